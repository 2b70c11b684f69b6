# str() and repr() builtins.
print str(12), repr(12)
print str('s'), repr('s')
print str(1.5), repr(1.5)
print str([1, 'a']), repr([1, 'a'])
print str(None), repr(True)
print str(), repr('')
print repr(repr('q'))
# expect: 12 12
# expect: s 's'
# expect: 1.5 1.5
# expect: [1, 'a'] [1, 'a']
# expect: None True
# expect:  ''
# expect: "'q'"
