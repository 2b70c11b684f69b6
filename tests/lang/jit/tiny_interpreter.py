# A small bytecode interpreter written in the RPython style, with a JitDriver.
from rpython.rlib.jit import JitDriver, elidable, promote, unroll_safe, we_are_jitted, hint
from rpython.jit.codewriter.policy import JitPolicy

def jitpolicy(driver):
    return JitPolicy()

def get_location(pc, program):
    return '%d:%s' % (pc, program[pc])

driver = JitDriver(greens=['pc', 'program'], reds=['acc', 'counter', 'trace'],
                   get_printable_location=get_location)

def opcode_cost(op):
    if op == 'D':
        return 2
    return 1
opcode_cost = elidable(opcode_cost)

def interpret(program, start):
    pc = 0
    acc = start
    counter = 0
    trace = []
    while pc < len(program):
        driver.jit_merge_point(pc=pc, program=program, acc=acc, counter=counter, trace=trace)
        op = program[pc]
        counter += opcode_cost(op)
        if op == 'I':
            acc += 1
        elif op == 'D':
            acc -= 1
        elif op == 'T':
            acc = promote(acc) * 2
        elif op == 'J':
            if acc > 0 and acc < 1000:
                pc = 0
                driver.can_enter_jit(pc=pc, program=program, acc=acc, counter=counter,
                                     trace=trace)
                continue
        if we_are_jitted():
            trace.append(0)
        pc += 1
    return acc, counter

print interpret('IIT', 1)
print interpret('DITJ', 3)
print interpret('ITDJ', 1)
# expect: (6, 3)
# expect: (1536, 45)
# expect: (1023, 45)
