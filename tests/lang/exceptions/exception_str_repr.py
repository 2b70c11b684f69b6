# str(), repr() and args of exceptions.
e = ValueError('msg')
print str(e)
print repr(e)
print e.args
e2 = Exception('a', 2)
print str(e2)
print e2.args
e3 = Exception()
print repr(str(e3)), e3.args
print str(KeyError('k'))
print str(IndexError('list index out of range'))
# expect: msg
# expect: ValueError('msg',)
# expect: ('msg',)
# expect: ('a', 2)
# expect: ('a', 2)
# expect: '' ()
# expect: 'k'
# expect: list index out of range
