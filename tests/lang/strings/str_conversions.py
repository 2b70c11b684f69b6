# str() and repr() of various values.
print str(42), str(-3), str(True), str(None)
print str([1, 'a']), str((1,)), str('x')
print repr('x'), repr("it's"), repr('a\\b')
print repr([1, 'two', 3.0, None])
print str(2.5), repr(2.5)
print repr('tab\there')
# expect: 42 -3 True None
# expect: [1, 'a'] (1,) x
# expect: 'x' "it's" 'a\\b'
# expect: [1, 'two', 3.0, None]
# expect: 2.5 2.5
# expect: 'tab\there'
