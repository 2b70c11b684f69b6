# upper, lower, capitalize, title.
print 'Hello World'.upper()
print 'Hello World'.lower()
print 'hello world'.capitalize()
print 'HELLO'.capitalize()
print 'hello big world'.title()
print "they're 2nd".title()
print 'abc123'.upper()
print ''.upper()
# expect: HELLO WORLD
# expect: hello world
# expect: Hello world
# expect: Hello
# expect: Hello Big World
# expect: They'Re 2Nd
# expect: ABC123
# expect:
