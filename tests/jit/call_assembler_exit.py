# Compiled code calling a function that has its own compiled code
# (call_assembler) runs the callee's function trace directly; when that code
# exits to the interpreter (a guard without a bridge, inside an inlined call
# whose frame must be rebuilt; an exception; the recursion limit), the
# interpreter continues the callee and returns to the caller's compiled code.
# jit: threshold=5,function_threshold=5,trace_eagerness=1000
# pypylog: jit-log-opt,jit-summary
# log-contains: call_assembler(
import sys

def leaf(x):
    if x == 77:
        return "seventy-seven"
    return x + 1

def looper(n):
    # has a loop: called through call_assembler, not inlined
    t = 0
    for i in range(3):
        t += i
    if n % 50 == 49:
        raise ValueError(n)
    v = leaf(n)
    if not isinstance(v, int):
        return len(v)
    return v + t

def fib(n):
    for i in range(1):
        pass
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def deep(n):
    for i in range(1):
        pass
    return deep(n + 1)

total = 0
errors = 0
for k in range(200):
    try:
        total += looper(k)
    except ValueError as e:
        errors += e.args[0]
print total, errors

acc = 0
for k in range(40):
    acc += fib(k % 12)
print acc

old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
caught = 0
for k in range(30):
    try:
        deep(0)
    except RuntimeError:
        caught += 1
sys.setrecursionlimit(old)
print caught
# expect: 20120 496
# expect: 700
# expect: 30
