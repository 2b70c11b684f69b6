# The built-in exception hierarchy of Python 2.7: each class's direct base.
names = '''BaseException SystemExit KeyboardInterrupt GeneratorExit Exception StopIteration
StandardError BufferError ArithmeticError FloatingPointError OverflowError ZeroDivisionError
AssertionError AttributeError EnvironmentError IOError OSError EOFError ImportError
LookupError IndexError KeyError MemoryError NameError UnboundLocalError ReferenceError
RuntimeError NotImplementedError SyntaxError IndentationError TabError SystemError TypeError
ValueError UnicodeError UnicodeDecodeError UnicodeEncodeError UnicodeTranslateError
Warning DeprecationWarning PendingDeprecationWarning RuntimeWarning SyntaxWarning
UserWarning FutureWarning ImportWarning UnicodeWarning BytesWarning'''.split()
import __builtin__
for n in names:
    cls = getattr(__builtin__, n)
    print n, '<-', ', '.join([b.__name__ for b in cls.__bases__])
# expect: BaseException <- object
# expect: SystemExit <- BaseException
# expect: KeyboardInterrupt <- BaseException
# expect: GeneratorExit <- BaseException
# expect: Exception <- BaseException
# expect: StopIteration <- Exception
# expect: StandardError <- Exception
# expect: BufferError <- StandardError
# expect: ArithmeticError <- StandardError
# expect: FloatingPointError <- ArithmeticError
# expect: OverflowError <- ArithmeticError
# expect: ZeroDivisionError <- ArithmeticError
# expect: AssertionError <- StandardError
# expect: AttributeError <- StandardError
# expect: EnvironmentError <- StandardError
# expect: IOError <- EnvironmentError
# expect: OSError <- EnvironmentError
# expect: EOFError <- StandardError
# expect: ImportError <- StandardError
# expect: LookupError <- StandardError
# expect: IndexError <- LookupError
# expect: KeyError <- LookupError
# expect: MemoryError <- StandardError
# expect: NameError <- StandardError
# expect: UnboundLocalError <- NameError
# expect: ReferenceError <- StandardError
# expect: RuntimeError <- StandardError
# expect: NotImplementedError <- RuntimeError
# expect: SyntaxError <- StandardError
# expect: IndentationError <- SyntaxError
# expect: TabError <- IndentationError
# expect: SystemError <- StandardError
# expect: TypeError <- StandardError
# expect: ValueError <- StandardError
# expect: UnicodeError <- ValueError
# expect: UnicodeDecodeError <- UnicodeError
# expect: UnicodeEncodeError <- UnicodeError
# expect: UnicodeTranslateError <- UnicodeError
# expect: Warning <- Exception
# expect: DeprecationWarning <- Warning
# expect: PendingDeprecationWarning <- Warning
# expect: RuntimeWarning <- Warning
# expect: SyntaxWarning <- Warning
# expect: UserWarning <- Warning
# expect: FutureWarning <- Warning
# expect: ImportWarning <- Warning
# expect: UnicodeWarning <- Warning
# expect: BytesWarning <- Warning
