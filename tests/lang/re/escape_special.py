# re.escape and special sequences: \b, \B, \A, \Z, lookarounds.
import re
print re.escape('a.b*c?d(e)_1 2')
print re.findall(re.escape('1+1'), '1+1=2, 1+1')
print re.findall(r'\bcat\b', 'cat concat cat.')
print re.findall(r'\Bat', 'cat at bat')
print re.search(r'\Aab', 'ab ab').span(), re.search(r'ab\Z', 'ab ab').span(), re.search(r'b\Z', 'ab\n')
print re.findall(r'\w+(?=!)', 'hi! ho hey!'), re.findall(r'(?<!-)\b\d', '1 -2 3')
print re.findall(r'(?<=\$)\d+', 'cost $45 or $7')
# expect: a\.b\*c\?d\(e\)\_1\ 2
# expect: ['1+1', '1+1']
# expect: ['cat', 'cat']
# expect: ['at', 'at']
# expect: (0, 2) (3, 5) None
# expect: ['hi', 'hey'] ['1', '3']
# expect: ['45', '7']
