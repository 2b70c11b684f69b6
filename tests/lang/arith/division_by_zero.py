# Division and modulo by zero raise ZeroDivisionError.
def attempt(f):
    try:
        f()
        print "no error"
    except ZeroDivisionError, e:
        print "ZeroDivisionError:", e

attempt(lambda: 1 / 0)
attempt(lambda: 1 % 0)
attempt(lambda: 1 // 0)
attempt(lambda: 1.0 / 0)
attempt(lambda: 1.5 % 0.0)
attempt(lambda: divmod(1, 0))
attempt(lambda: 0 / 1)
# expect: ZeroDivisionError: integer division or modulo by zero
# expect: ZeroDivisionError: integer division or modulo by zero
# expect: ZeroDivisionError: integer division or modulo by zero
# expect: ZeroDivisionError: float division by zero
# expect: ZeroDivisionError: float modulo
# expect: ZeroDivisionError: integer division or modulo by zero
# expect: no error
