# findall with zero, one and several groups.
import re
s = 'a1 b22 c333 d'
print re.findall(r'\d+', s)
print re.findall(r'([a-z])(\d*)', s)
print re.findall(r'[a-z](\d+)', s)
print re.findall(r'\w*', 'ab cd')
print re.findall('', 'abc')
print re.findall(r'(a)|(b)', 'ab')
# expect: ['1', '22', '333']
# expect: [('a', '1'), ('b', '22'), ('c', '333'), ('d', '')]
# expect: ['1', '22', '333']
# expect: ['ab', '', 'cd', '']
# expect: ['', '', '', '']
# expect: [('a', ''), ('', 'b')]
