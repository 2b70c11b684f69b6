# bisect_left / bisect_right / insort on sorted lists.
import bisect
a = [1, 2, 4, 4, 8]
print bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 5), bisect.bisect(a, 0)
print bisect.bisect_left(a, 4, 3), bisect.bisect_right(a, 4, 0, 2)
bisect.insort(a, 3)
bisect.insort_left(a, 4)
bisect.insort_right(a, 9)
print a
def grade(score, breaks=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breaks, score)]
print [grade(s) for s in [33, 99, 77, 70, 89, 90, 100]]
try:
    bisect.bisect([], 1, -1)
except ValueError as e:
    print e
# expect: 2 4 4 0
# expect: 3 2
# expect: [1, 2, 3, 4, 4, 4, 8, 9]
# expect: ['F', 'A', 'C', 'C', 'B', 'A', 'A']
# expect: lo must be non-negative
