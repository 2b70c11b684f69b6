# division by zero messages with longs
def t(f):
    try:
        print f()
    except ZeroDivisionError as e:
        print 'ZeroDivisionError:', e
t(lambda: 5L / 0)
t(lambda: 5L // 0)
t(lambda: 5L % 0)
t(lambda: divmod(5L, 0))
t(lambda: 5 / 0L)
t(lambda: 2 ** 70 / 0.0)
t(lambda: 0L ** -1)
# expect: ZeroDivisionError: long division or modulo by zero
# expect: ZeroDivisionError: long division or modulo by zero
# expect: ZeroDivisionError: long division or modulo by zero
# expect: ZeroDivisionError: long division or modulo by zero
# expect: ZeroDivisionError: long division or modulo by zero
# expect: ZeroDivisionError: float division by zero
# expect: ZeroDivisionError: 0.0 cannot be raised to a negative power
