# Match groups: group(), groups(), defaults, spans of unmatched groups.
import re
m = re.match(r'(\w+)@(\w+)\.(com|org)?', 'joe@site.net')
print m.group(0), m.group(1), m.group(2), m.group(3)
print m.groups(), m.groups('-')
print m.group(1, 2), m.span(3), m.start(3)
print m.regs
m = re.match(r'(a(b(c)))', 'abc')
print m.groups(), m.lastindex
try:
    m.group(9)
except IndexError as e:
    print 'IndexError', e
# expect: joe@site. joe site None
# expect: ('joe', 'site', None) ('joe', 'site', '-')
# expect: ('joe', 'site') (-1, -1) -1
# expect: ((0, 9), (0, 3), (4, 8), (-1, -1))
# expect: ('abc', 'bc', 'c') 1
# expect: IndexError no such group
