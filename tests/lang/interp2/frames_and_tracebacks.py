# Frame objects from sys._getframe and tb_frame; traceback attributes.
import sys

def current():
    f = sys._getframe()
    return f.f_code.co_name, f.f_back.f_code.co_name, f.f_back.f_lineno

def caller_name():
    return sys._getframe(1).f_code.co_name

def named_caller():
    return caller_name()

print current()
print named_caller()
print sys._getframe().f_code.co_name, sys._getframe().f_back

def locals_of_caller():
    return sorted(sys._getframe(1).f_locals.items())

def has_locals():
    alpha = 1
    beta = 'b'
    return locals_of_caller()
print has_locals()
print sys._getframe().f_globals is globals()
try:
    sys._getframe(1000)
except ValueError, e:
    print 'ValueError:', e

def fail():
    x = 1
    return x / 0
try:
    fail()
except ZeroDivisionError:
    tb = sys.exc_info()[2]
    print type(tb).__name__, tb.tb_lineno, tb.tb_next.tb_lineno, tb.tb_next.tb_next
    fr = tb.tb_next.tb_frame
    print type(fr).__name__, fr.f_code.co_name, fr.f_lineno, fr.f_code.co_filename.endswith('.py')
    print fr.f_globals is globals()

code = fail.func_code
print code.co_name, code.co_argcount, code.co_varnames, code.co_nlocals
def outer_fn():
    v = 1
    def inner_fn():
        return v
    return inner_fn
print outer_fn.func_code.co_cellvars, outer_fn().func_code.co_freevars
print [c.cell_contents for c in outer_fn().func_closure]
print outer_fn.func_code.co_flags & 0x20, (x for x in []).gi_code.co_flags & 0x20
# expect: ('current', '<module>', 14)
# expect: named_caller
# expect: <module> None
# expect: [('alpha', 1), ('beta', 'b')]
# expect: True
# expect: ValueError: call stack is not deep enough
# expect: traceback 36 34 None
# expect: frame fail 34 True
# expect: True
# expect: fail 0 ('x',) 1
# expect: ('v',) ('v',)
# expect: [1]
# expect: 0 32
