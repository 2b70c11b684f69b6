# Augmented assignment on names, attributes and subscripts evaluates the target once.
class Box(object):
    def __init__(self):
        self.n = 1
b = Box()
b.n += 5
b.n *= 2
print b.n
lst = [1, 2, 3]
lst[0] += 10
lst[-1] -= 1
print lst
d = {'k': 'a'}
d['k'] += 'b'
print d['k']
calls = []
def idx():
    calls.append(1)
    return 1
lst[idx()] **= 2
print lst, len(calls)
m = [[1, 2], [3, 4]]
m[1][1] += 100
print m
s = 'x'
s *= 3
print s
# expect: 12
# expect: [11, 2, 2]
# expect: ab
# expect: [11, 4, 2] 1
# expect: [[1, 2], [3, 104]]
# expect: xxx
