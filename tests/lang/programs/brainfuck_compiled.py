# A Brainfuck interpreter that first compiles to run-length ops with matched jumps.
class BFError(Exception):
    pass


def compile_bf(src):
    ops = []
    stack = []
    i = 0
    src = [c for c in src if c in '+-<>[].,']
    while i < len(src):
        c = src[i]
        if c in '+-<>':
            n = 1
            while i + n < len(src) and src[i + n] == c:
                n += 1
            ops.append([c, n])
            i += n
            continue
        if c == '[':
            if src[i + 1:i + 3] == ['-', ']']:
                ops.append(['0', 0])
                i += 3
                continue
            stack.append(len(ops))
            ops.append(['[', 0])
        elif c == ']':
            if not stack:
                raise BFError('unmatched ] at op %d' % len(ops))
            j = stack.pop()
            ops[j][1] = len(ops)
            ops.append([']', j])
        else:
            ops.append([c, 0])
        i += 1
    if stack:
        raise BFError('unmatched [ at op %d' % stack[-1])
    return ops


def run(ops, data=''):
    tape = [0] * 1000
    ptr = 0
    pc = 0
    out = []
    inp = list(data)
    steps = 0
    while pc < len(ops):
        op, arg = ops[pc]
        steps += 1
        if op == '+':
            tape[ptr] = (tape[ptr] + arg) % 256
        elif op == '-':
            tape[ptr] = (tape[ptr] - arg) % 256
        elif op == '>':
            ptr += arg
        elif op == '<':
            ptr -= arg
        elif op == '0':
            tape[ptr] = 0
        elif op == '[':
            if tape[ptr] == 0:
                pc = arg
        elif op == ']':
            if tape[ptr] != 0:
                pc = arg
        elif op == '.':
            out.append(chr(tape[ptr]))
        elif op == ',':
            tape[ptr] = ord(inp.pop(0)) if inp else 0
        pc += 1
    return ''.join(out), steps

HELLO = ('++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.'
         '------.--------.>>+.>++.')
REVERSE = '>,[>,]<[.<]'
UPPER = ',[>++++[<-------->-]<.[-],]'
ADD_DIGITS = ',>,[<+>-]<------------------------------------------------.'

prog = compile_bf(HELLO)
print len(HELLO), 'chars ->', len(prog), 'ops'
text, steps = run(prog)
print repr(text), steps
print run(compile_bf(REVERSE), 'stressed')[0]
print run(compile_bf(UPPER), 'shout')[0]
print run(compile_bf(ADD_DIGITS), '34')[0]
print compile_bf('+++[-]>>--<')
for bad in ['[[]', '+]']:
    try:
        compile_bf(bad)
    except BFError, e:
        print 'BFError:', e
# expect: 106 chars -> 59 ops
# expect: 'Hello World!\n' 583
# expect: desserts
# expect: SHOUT
# expect: 7
# expect: [['+', 3], ['0', 0], ['>', 2], ['-', 2], ['<', 1]]
# expect: BFError: unmatched [ at op 0
# expect: BFError: unmatched ] at op 1
