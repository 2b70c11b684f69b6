# Truth values of all types.
class C(object):
    pass
values = [0, 1, -1, 0.0, 0.5, '', 'a', ' ', [], [0], (), (None,), {}, {'a': 0},
          None, True, False, C()]
for v in values:
    if v:
        print 'true ',
    else:
        print 'false',
print
print bool(0), bool(3), bool(''), bool('0'), bool([]), bool(C())
print not [], not [1]
i = 0
while [1, 2][i:]:
    i += 1
print i
# expect: false true  true  false true  false true  true  false true  false true  false true  false true  false true 
# expect: False True False True False True
# expect: True False
# expect: 2
