# TypeError wording for bad operand types, calls, subscripts, iteration and hashing.
def show(expr):
    try:
        eval(expr)
    except TypeError, e:
        print e
for expr in ['1 + "a"', '"a" + 1', '[1] + (2,)', '"a" * "b"', '-"x"', '~1.5',
             '1 < 2 < []', '5()', '"s"()', '5[0]', 'len(5)', 'iter(3)',
             'hash([])', '{[]: 1}', 'set([{}])', '"abc"[1.5]', '[1][None]',
             'int([1])', 'float(None)', 'abs("x")', 'sum(["a"])', 'ord("ab")',
             'chr("a")', '"%d" % "x"', '"%s %s" % (1,)', '"%s" % (1, 2)',
             'None.x', 'for_x']:
    try:
        show(expr)
    except Exception, e:
        print type(e).__name__ + ':', e
try:
    t = (1, 2)
    t[0] = 5
except TypeError, e:
    print e
try:
    s = 'abc'
    s[0] = 'x'
except TypeError, e:
    print e
try:
    del (1, 2)[0]
except TypeError, e:
    print e
# expect: unsupported operand type(s) for +: 'int' and 'str'
# expect: cannot concatenate 'str' and 'int' objects
# expect: can only concatenate list (not "tuple") to list
# expect: can't multiply sequence by non-int of type 'str'
# expect: bad operand type for unary -: 'str'
# expect: bad operand type for unary ~: 'float'
# expect: 'int' object is not callable
# expect: 'str' object is not callable
# expect: 'int' object has no attribute '__getitem__'
# expect: object of type 'int' has no len()
# expect: 'int' object is not iterable
# expect: unhashable type: 'list'
# expect: unhashable type: 'list'
# expect: unhashable type: 'dict'
# expect: string indices must be integers, not float
# expect: list indices must be integers, not NoneType
# expect: int() argument must be a string or a number, not 'list'
# expect: float() argument must be a string or a number
# expect: bad operand type for abs(): 'str'
# expect: unsupported operand type(s) for +: 'int' and 'str'
# expect: ord() expected a character, but string of length 2 found
# expect: an integer is required
# expect: %d format: a number is required, not str
# expect: not enough arguments for format string
# expect: not all arguments converted during string formatting
# expect: AttributeError: 'NoneType' object has no attribute 'x'
# expect: NameError: name 'for_x' is not defined
# expect: 'tuple' object does not support item assignment
# expect: 'str' object does not support item assignment
# expect: 'tuple' object doesn't support item deletion
