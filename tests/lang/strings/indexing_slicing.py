# Indexing and slicing strings.
s = 'abcdefg'
print s[0], s[-1], s[3]
print s[1:4]
print s[:3], s[3:]
print s[-3:]
print s[::2]
print s[::-1]
print s[5:1:-1]
print s[1:100]
print repr(s[4:2])
print s[:]
try:
    s[10]
except IndexError, e:
    print 'IndexError:', e
# expect: a g d
# expect: bcd
# expect: abc defg
# expect: efg
# expect: aceg
# expect: gfedcba
# expect: fedc
# expect: bcdefg
# expect: ''
# expect: abcdefg
# expect: IndexError: string index out of range
