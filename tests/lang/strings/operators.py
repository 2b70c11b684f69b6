# +, *, in, len on strings; strings are immutable.
a = 'ab'
print a + 'cd'
print a * 3
print 3 * a
print repr(a * 0)
print len(a), len('')
print 'b' in a
s = 'xyz'
try:
    s[0] = 'X'
except TypeError, e:
    print 'TypeError:', e
t = s
s += '!'
print s, t
# expect: abcd
# expect: ababab
# expect: ababab
# expect: ''
# expect: 2 0
# expect: True
# expect: TypeError: 'str' object does not support item assignment
# expect: xyz! xyz
