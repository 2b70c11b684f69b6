# Compiled pattern objects: pos/endpos, attributes, reuse.
import re
p = re.compile(r'\d+')
print p.pattern, p.flags, p.groups, p.groupindex
print p.search('ab12cd34', 4).group()
print p.match('ab12', 2).group(), p.match('ab12', 1)
print p.findall('1 22 333', 2), p.search('12345', 0, 3).group()
print p.sub('#', 'a1b2'), p.split('a1b2c')
print re.compile(p) is p
try:
    re.compile(p, re.I)
except ValueError as e:
    print e
m = p.search('xx99')
print m.re is p, m.string, m.pos, m.endpos
# expect: \d+ 0 0 {}
# expect: 34
# expect: 12 None
# expect: ['22', '333'] 123
# expect: a#b# ['a', 'b', 'c']
# expect: True
# expect: Cannot process flags argument with a compiled pattern
# expect: True xx99 0 4
