# finditer yields match objects, including empty matches.
import re
for m in re.finditer(r'\d+', 'x12y345z6'):
    print m.group(), m.span()
print [m.span() for m in re.finditer(r'\d*', 'a12b')]
it = re.finditer(r'o', 'foo')
print next(it).start(), next(it).start()
# expect: 12 (1, 3)
# expect: 345 (4, 7)
# expect: 6 (8, 9)
# expect: [(0, 0), (1, 3), (3, 3), (4, 4)]
# expect: 1 2
