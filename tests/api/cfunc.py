# cfunc.py: a script using the C functions test_cfunc.c registers.
import hostlib
from hostlib import scale
import host.sub

class AppError(Exception):
    pass

def use_builtin():
    return c_add(2, 3) + scale(10)

def use_module():
    return hostlib.scale(4), hostlib.VERSION, host.sub.twice('ab'), BUILTIN_CONST

def catch_c_error():
    try:
        c_add('x', 1)
    except TypeError as e:
        return 'caught: %s' % e

def catch_raised(kind):
    try:
        c_raise(kind)
    except AppError as e:
        return 'AppError: %s' % e
    except ValueError as e:
        return 'ValueError: %s' % e

def square(x):
    return x * x

def boom(x):
    return {}[x]

def outer():
    return c_apply(boom, 'deep')

def calls_c_raise():
    c_raise('value')

def nested_syntax():
    try:
        c_exec('x = (')
    except SyntaxError as e:
        return 'SyntaxError: %s' % e.msg

class WeirdStr(Exception):
    def __str__(self):
        c_raise('value')     # fails inside str(): the error shown stays WeirdStr
