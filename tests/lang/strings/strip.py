# strip, lstrip and rstrip, with and without characters.
s = '  \t hello world \n '
print '[' + s.strip() + ']'
print '[' + s.lstrip() + ']'
print '[' + s.rstrip() + ']'
print 'xxhixx'.strip('x')
print 'xyhiyx'.strip('xy')
print '...a.'.lstrip('.')
print 'a...'.rstrip('.')
print '[' + ''.strip() + ']'
# expect: [hello world]
# expect: [hello world 
# expect:  ]
# expect: [  	 hello world]
# expect: hi
# expect: hi
# expect: a.
# expect: a
# expect: []
