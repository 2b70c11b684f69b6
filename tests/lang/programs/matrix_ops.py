# A matrix class with operator overloading: +, -, *, scalar *, ==, [], transpose, det.
class Matrix(object):
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(self.rows)
        self.m = len(self.rows[0]) if self.rows else 0

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]

    def __setitem__(self, ij, v):
        i, j = ij
        self.rows[i][j] = v

    def _check(self, other):
        if (self.n, self.m) != (other.n, other.m):
            raise ValueError('shape mismatch: %dx%d vs %dx%d' % (self.n, self.m, other.n, other.m))

    def __add__(self, other):
        self._check(other)
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])

    def __sub__(self, other):
        return self + other * -1

    def __mul__(self, other):
        if isinstance(other, Matrix):
            if self.m != other.n:
                raise ValueError('cannot multiply %dx%d by %dx%d' % (self.n, self.m, other.n, other.m))
            cols = other.transpose().rows
            return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
        return Matrix([[a * other for a in r] for r in self.rows])

    def __rmul__(self, k):
        return self * k

    def __neg__(self):
        return self * -1

    def __pow__(self, k):
        result = Matrix.identity(self.n)
        base = self
        while k:
            if k & 1:
                result = result * base
            base = base * base
            k >>= 1
        return result

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __ne__(self, other):
        return not self == other

    def transpose(self):
        return Matrix(zip(*self.rows))

    def det(self):
        if self.n == 1:
            return self.rows[0][0]
        total = 0
        for j in range(self.m):
            minor = Matrix([r[:j] + r[j + 1:] for r in self.rows[1:]])
            total += (-1) ** j * self.rows[0][j] * minor.det()
        return total

    def __str__(self):
        width = max(len(str(v)) for r in self.rows for v in r)
        return '\n'.join('[' + ' '.join(str(v).rjust(width) for v in r) + ']' for r in self.rows)

    def __repr__(self):
        return 'Matrix(%r)' % (self.rows,)


a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print a + b
print a - b
print a * b
print b * a
print 3 * a
print -a
print repr(a.transpose())
print a * Matrix.identity(2) == a, a == b, a != b
fib = Matrix([[1, 1], [1, 0]]) ** 30
print fib[0, 1]
m = Matrix([[2, -3, 1], [2, 0, -1], [1, 4, 5]])
print m.det(), a.det(), Matrix.identity(4).det()
m[0, 0] = 10
print m[0, 0], m.det()
v = Matrix([[1], [2], [3]])
print m * v
try:
    a * v
except ValueError, e:
    print 'ValueError:', e
try:
    a + v
except ValueError, e:
    print 'ValueError:', e
# expect: [1 3]
# expect: [4 4]
# expect: [1 1]
# expect: [2 4]
# expect: [2 1]
# expect: [4 3]
# expect: [3 4]
# expect: [1 2]
# expect: [ 3  6]
# expect: [ 9 12]
# expect: [-1 -2]
# expect: [-3 -4]
# expect: Matrix([[1, 3], [2, 4]])
# expect: True False True
# expect: 832040
# expect: 49 -2 1
# expect: 10 81
# expect: [ 7]
# expect: [-1]
# expect: [24]
# expect: ValueError: cannot multiply 2x2 by 3x1
# expect: ValueError: shape mismatch: 2x2 vs 3x1
