# set methods and operators; results printed sorted.
a = set([1, 2, 3, 4])
b = set([3, 4, 5])
print sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b)
print sorted(a.union(b, [9])), sorted(a.intersection(b, [4])), sorted(a.difference([1], [2]))
print sorted(a.symmetric_difference([4, 10]))
print a.issubset(range(10)), a <= a, a < a, set([3]) < a, a.issuperset([1, 2]), a >= b
print a.isdisjoint([7, 8]), a.isdisjoint(b)
c = a.copy()
c.add(100)
c.discard(1)
c.discard(12345)
c.remove(2)
print sorted(c), sorted(a)
c.update([7], (8,))
c.intersection_update(range(50))
print sorted(c)
c.difference_update([3])
c.symmetric_difference_update([4, 6])
print sorted(c)
x = set([1])
print x.pop(), x, len(x)
a |= set([0])
a &= set([0, 1, 2])
a -= set([2])
a ^= set([5])
print sorted(a)
c.clear()
print c, set(), set('aab') == set(['a', 'b'])
# expect: [1, 2, 3, 4, 5] [3, 4] [1, 2] [1, 2, 5]
# expect: [1, 2, 3, 4, 5, 9] [4] [3, 4]
# expect: [1, 2, 3, 10]
# expect: True True False True True False
# expect: True False
# expect: [3, 4, 100] [1, 2, 3, 4]
# expect: [3, 4, 7, 8]
# expect: [6, 7, 8]
# expect: 1 set([]) 0
# expect: [0, 1, 5]
# expect: set([]) set([]) True
