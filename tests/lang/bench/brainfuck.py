# A tiny brainfuck interpreter running a program that prints text.
def run(program):
    tape = [0] * 300
    ptr = 0
    pc = 0
    out = []
    jumps = {}
    stack = []
    for i in range(len(program)):
        if program[i] == '[':
            stack.append(i)
        elif program[i] == ']':
            j = stack.pop()
            jumps[i] = j
            jumps[j] = i
    while pc < len(program):
        c = program[pc]
        if c == '>':
            ptr += 1
        elif c == '<':
            ptr -= 1
        elif c == '+':
            tape[ptr] = (tape[ptr] + 1) % 256
        elif c == '-':
            tape[ptr] = (tape[ptr] - 1) % 256
        elif c == '.':
            out.append(chr(tape[ptr]))
        elif c == '[' and tape[ptr] == 0:
            pc = jumps[pc]
        elif c == ']' and tape[ptr] != 0:
            pc = jumps[pc]
        pc += 1
    return ''.join(out)

HELLO = ('++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.'
         '------.--------.>>+.')
print repr(run(HELLO))
# expect: 'Hello World!'
