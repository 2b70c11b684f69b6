# re.match anchors at the start, re.search scans.
import re
print re.match(r'\d+', '123abc').group()
print re.match(r'\d+', 'abc123')
print re.search(r'\d+', 'abc123def').group()
print re.search(r'x', 'abc')
m = re.search(r'b+', 'abbbc')
print m.start(), m.end(), m.span(), m.group(0)
print bool(re.match('', 'x')), re.match('.*', '').span()
# expect: 123
# expect: None
# expect: 123
# expect: None
# expect: 1 4 (1, 4) bbb
# expect: True (0, 0)
