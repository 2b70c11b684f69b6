# ZeroDivisionError wording for int and float division, modulo, divmod and power.
def show(expr):
    try:
        eval(expr)
    except ZeroDivisionError, e:
        print '%-12s %s' % (expr, e)
for expr in ['1 / 0', '1 // 0', '1 % 0', 'divmod(1, 0)', '1.0 / 0', '1 / 0.0',
             '1.0 // 0', '1.0 % 0', 'divmod(1.0, 0)', '0.0 ** -1', '0 ** -1']:
    show(expr)
# expect: 1 / 0        integer division or modulo by zero
# expect: 1 // 0       integer division or modulo by zero
# expect: 1 % 0        integer division or modulo by zero
# expect: divmod(1, 0) integer division or modulo by zero
# expect: 1.0 / 0      float division by zero
# expect: 1 / 0.0      float division by zero
# expect: 1.0 // 0     float divmod()
# expect: 1.0 % 0      float modulo
# expect: divmod(1.0, 0) float divmod()
# expect: 0.0 ** -1    0.0 cannot be raised to a negative power
# expect: 0 ** -1      0.0 cannot be raised to a negative power
