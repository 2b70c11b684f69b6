# Handlers catch subclasses: LookupError catches KeyError and IndexError, and so on.
def classify(exc):
    try:
        raise exc
    except LookupError, e:
        return 'LookupError'
    except ArithmeticError:
        return 'ArithmeticError'
    except EnvironmentError:
        return 'EnvironmentError'
    except StandardError:
        return 'StandardError'
    except Exception:
        return 'Exception'
    except BaseException:
        return 'BaseException'

for exc in [KeyError('k'), IndexError(), ZeroDivisionError(), OverflowError(),
            IOError(), OSError(), TypeError(), NameError(), StopIteration(),
            Warning(), SystemExit(), KeyboardInterrupt(), GeneratorExit()]:
    print type(exc).__name__, '->', classify(exc)
print [c.__name__ for c in KeyError.__mro__]
print [c.__name__ for c in UnboundLocalError.__mro__]
# expect: KeyError -> LookupError
# expect: IndexError -> LookupError
# expect: ZeroDivisionError -> ArithmeticError
# expect: OverflowError -> ArithmeticError
# expect: IOError -> EnvironmentError
# expect: OSError -> EnvironmentError
# expect: TypeError -> StandardError
# expect: NameError -> StandardError
# expect: StopIteration -> Exception
# expect: Warning -> Exception
# expect: SystemExit -> BaseException
# expect: KeyboardInterrupt -> BaseException
# expect: GeneratorExit -> BaseException
# expect: ['KeyError', 'LookupError', 'StandardError', 'Exception', 'BaseException', 'object']
# expect: ['UnboundLocalError', 'NameError', 'StandardError', 'Exception', 'BaseException', 'object']
