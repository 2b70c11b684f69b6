# An RPython-style stack bytecode interpreter with a JitDriver, running two programs.
from rpython.rlib.jit import JitDriver, elidable, promote, unroll_safe

PUSH, LOAD, STORE, ADD, SUB, MUL, LT, JUMP_IF_FALSE, JUMP, PRINT, HALT, DUP, MOD = range(13)
NAMES = ['PUSH', 'LOAD', 'STORE', 'ADD', 'SUB', 'MUL', 'LT', 'JUMP_IF_FALSE', 'JUMP',
         'PRINT', 'HALT', 'DUP', 'MOD']


def get_printable_location(pc, code):
    return '%d:%s' % (pc, NAMES[code.ops[pc]])

driver = JitDriver(greens=['pc', 'code'], reds=['frame'],
                   get_printable_location=get_printable_location)


class Code(object):
    _immutable_fields_ = ['ops[*]', 'args[*]', 'nvars']

    def __init__(self, ops, args, nvars):
        self.ops = ops
        self.args = args
        self.nvars = nvars


class Frame(object):
    def __init__(self, code):
        self.stack = [0] * 16
        self.sp = 0
        self.vars = [0] * code.nvars
        self.output = []

    def push(self, v):
        self.stack[self.sp] = v
        self.sp += 1

    def pop(self):
        self.sp -= 1
        return self.stack[self.sp]


def assemble(text):
    ops = []
    args = []
    labels = {}
    lines = [l.split() for l in text.strip().split('\n')]
    for parts in lines:
        if parts[0].endswith(':'):
            labels[parts[0][:-1]] = len(ops)
        else:
            ops.append(NAMES.index(parts[0]))
            args.append(0)
    i = 0
    for parts in lines:
        if parts[0].endswith(':'):
            continue
        if len(parts) > 1:
            a = parts[1]
            args[i] = labels[a] if a in labels else int(a)
        i += 1
    nvars = max([args[k] for k in range(len(ops)) if ops[k] in (LOAD, STORE)] + [0]) + 1
    return Code(ops, args, nvars)


def interpret(code):
    frame = Frame(code)
    pc = 0
    while True:
        driver.jit_merge_point(pc=pc, code=code, frame=frame)
        op = code.ops[pc]
        arg = code.args[pc]
        pc += 1
        if op == PUSH:
            frame.push(arg)
        elif op == LOAD:
            frame.push(frame.vars[arg])
        elif op == STORE:
            frame.vars[arg] = frame.pop()
        elif op == DUP:
            v = frame.pop()
            frame.push(v)
            frame.push(v)
        elif op in (ADD, SUB, MUL, LT, MOD):
            b = frame.pop()
            a = frame.pop()
            if op == ADD:
                frame.push(a + b)
            elif op == SUB:
                frame.push(a - b)
            elif op == MUL:
                frame.push(a * b)
            elif op == MOD:
                frame.push(a % b)
            else:
                frame.push(1 if a < b else 0)
        elif op == JUMP_IF_FALSE:
            if not frame.pop():
                pc = arg
        elif op == JUMP:
            pc = arg
        elif op == PRINT:
            frame.output.append(frame.pop())
        elif op == HALT:
            return frame
        else:
            raise ValueError('bad opcode %d' % op)

SUM_TO = '''
PUSH 0
STORE 0
PUSH 0
STORE 1
loop:
LOAD 0
PUSH 2000
LT
JUMP_IF_FALSE done
LOAD 1
LOAD 0
LOAD 0
PUSH 7
MOD
MUL
ADD
STORE 1
LOAD 0
PUSH 1
ADD
STORE 0
JUMP loop
done:
LOAD 1
PRINT
HALT
'''
FACTS = '''
PUSH 1
STORE 0
PUSH 1
STORE 1
again:
LOAD 1
LOAD 0
MUL
DUP
PRINT
STORE 1
LOAD 0
PUSH 1
ADD
DUP
STORE 0
PUSH 11
LT
JUMP_IF_FALSE end
JUMP again
end:
HALT
'''
code = assemble(SUM_TO)
print len(code.ops), code.nvars, get_printable_location(4, code)
print interpret(code).output
print interpret(assemble(FACTS)).output
# expect: 24 2 4:LOAD
# expect: [5995005]
# expect: [1, 2, 6, 24, 120, 720, 5040, 40320, 362880, 3628800]
