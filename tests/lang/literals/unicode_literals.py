# u'' literals (printed only as ASCII).
u = u'hello'
print u
print u"double"
print u'abc' == 'abc'
print len(u'four')
print u'a' + 'b'
print U'upper'
# expect: hello
# expect: double
# expect: True
# expect: 4
# expect: ab
# expect: upper
