# Single, double and triple quotes, and quotes inside each other.
print 'single'
print "double"
print '''triple single'''
print """triple double"""
print "it's"
print 'say "hi"'
print '''both ' and "'''
print ""
print ''
print len("")
print repr('a"b')
print repr("a'b")
# expect: single
# expect: double
# expect: triple single
# expect: triple double
# expect: it's
# expect: say "hi"
# expect: both ' and "
# expect:
# expect:
# expect: 0
# expect: 'a"b'
# expect: "a'b"
