# call.py: functions test_call.c calls from C.
import math

def greet(name, punctuation='!'):
    return 'hello, ' + name + punctuation

def add(a, b):
    return a + b

def total(*args, **kwargs):
    return sum(args) + sum(kwargs.values())

def describe(**kwargs):
    return ', '.join('%s=%r' % kv for kv in sorted(kwargs.items()))

def fail(kind):
    if kind == 'key':
        return {}['nothing']
    if kind == 'type':
        return 1 + 'a'
    raise ValueError(kind)

def countdown(n):
    while n > 0:
        yield n
        n -= 1

class Counter(object):
    def __init__(self, start):
        self.n = start
    def incr(self, by=1):
        self.n += by
        return self.n

def call_back(f, x):
    return f(x) * 2

def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)

answer = 42
