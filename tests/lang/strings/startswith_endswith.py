# startswith and endswith.
s = 'hello.py'
print s.startswith('hell')
print s.startswith('py')
print s.endswith('.py')
print s.endswith('.c')
print s.startswith('')
print s.endswith(s)
print 'ab'.startswith('abc')
print s.startswith(('x', 'he'))
print s.endswith(('.c', '.py'))
# expect: True
# expect: False
# expect: True
# expect: False
# expect: True
# expect: True
# expect: False
# expect: True
# expect: True
