# eval of expressions in the caller's globals and locals.
x = 10
print eval('x * 2 + 1')
print eval('[i * i for i in range(4)]')
print eval('  "padded"  ')
def f():
    y = 5
    return eval('x + y')
print f()
print eval('len("abc")'), eval('max(3, 7)')
print repr(eval('1.5')), eval('0x1f'), eval("'a' 'b'")
# expect: 21
# expect: [0, 1, 4, 9]
# expect: padded
# expect: 15
# expect: 3 7
# expect: 1.5 31 ab
