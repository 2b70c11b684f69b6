# choice and shuffle.
import random
random.seed(2024)
print [random.choice('abcdefg') for i in range(10)]
print random.choice([10, 20, 30])
l = range(15)
random.shuffle(l)
print l
t = list('python')
random.shuffle(t)
print ''.join(t)
try:
    random.choice([])
except IndexError as e:
    print 'IndexError'
# expect: ['d', 'f', 'c', 'g', 'c', 'f', 'b', 'b', 'f', 'd']
# expect: 20
# expect: [9, 6, 0, 12, 3, 2, 14, 1, 11, 7, 5, 8, 4, 13, 10]
# expect: nohypt
# expect: IndexError
