# copy.copy is shallow, copy.deepcopy is deep (and handles cycles).
import copy
a = [1, [2, 3], {'k': [4]}]
b = copy.copy(a)
c = copy.deepcopy(a)
a[1].append(99)
a[2]['k'].append(5)
print b, c
print b[1] is a[1], c[1] is a[1]
t = (1, [2])
print copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy(t)
cyc = [1]
cyc.append(cyc)
d = copy.deepcopy(cyc)
print d[1] is d, d[1] is not cyc
print copy.copy(5), copy.deepcopy('s'), copy.copy({1: 2}), copy.deepcopy(set([1, 2])) == set([1, 2])
# expect: [1, [2, 3, 99], {'k': [4, 5]}] [1, [2, 3], {'k': [4]}]
# expect: True False
# expect: True False (1, [2])
# expect: True True
# expect: 5 s {1: 2} True
