# str.format: attribute and index access in field names.
class P(object):
    def __init__(self):
        self.x = 3
        self.inner = {'k': [10, 20]}
p = P()
print '{0.x} {0.inner[k][1]}'.format(p)
print '{0[0]} {0[2]}'.format('xyz')
print '{d[key]} {d[1]}'.format(d={'key': 'v', 1: 'one', '1': 'str one'})
print '{0[1][0]}'.format([[1, 2], [3, 4]])
print '{.real}'.format(7)
# expect: 3 20
# expect: x z
# expect: v one
# expect: 3
# expect: 7
