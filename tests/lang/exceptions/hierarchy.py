# Built-in exception hierarchy: base classes catch subclasses.
def catch(exc, base):
    try:
        raise exc
    except base:
        return True
    except Exception:
        return False
print catch(KeyError('k'), LookupError)
print catch(IndexError('i'), LookupError)
print catch(ZeroDivisionError('z'), ArithmeticError)
print catch(ValueError('v'), LookupError)
print catch(KeyError('k'), Exception)
print catch(AssertionError('a'), Exception)
print catch(NameError('n'), Exception)
print catch(StopIteration(), Exception)
# expect: True
# expect: True
# expect: True
# expect: False
# expect: True
# expect: True
# expect: True
# expect: True
