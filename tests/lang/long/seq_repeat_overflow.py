# A long repeat count or index that does not fit an index-sized integer:
# sequence repeat raises OverflowError and indexing IndexError, both with
# CPython's "cannot fit 'long' into an index-sized integer"; a long that
# fits works as the int would.
def t(f):
    try:
        print repr(f())[:40]
    except Exception as e:
        print type(e).__name__, e

big = 2 ** 70
t(lambda: [1] * big)
t(lambda: big * [1])
t(lambda: 'ab' * big)
t(lambda: big * 'ab')
t(lambda: (1,) * big)
t(lambda: u'ab' * big)
t(lambda: [1] * -big)
t(lambda: 'ab' * -big)
t(lambda: (1,) * -big)
t(lambda: [] * big)
t(lambda: '' * big)
t(lambda: () * big)
t(lambda: [1] * 2 ** 63)
t(lambda: [1] * -2 ** 63)
t(lambda: [1, 2] * 3L)
t(lambda: 'ab' * 2L)
t(lambda: (1,) * -1L)
t(lambda: [1].__mul__(big))
t(lambda: 'ab'.__rmul__(big))

def inplace_list():
    l = [1]
    l *= big
    return l
def inplace_str():
    s = 'x'
    s *= big
    return s
t(inplace_list)
t(inplace_str)

class Idx(object):
    def __index__(self):
        return big
t(lambda: [1] * Idx())
t(lambda: 'ab' * Idx())

class L(long):
    pass
class I(int):
    pass
class F(float):
    pass
t(lambda: [1] * L(big))
t(lambda: L(big) * (1,))
t(lambda: [1, 2] * L(2))
t(lambda: 'ab' * I(2))
t(lambda: I(2) * (1,))
t(lambda: [1] * F(2))
t(lambda: 'ab' * 2.0)

t(lambda: 'abc'[big])
t(lambda: 'abc'[-big])
t(lambda: [1][big])
t(lambda: [1][-big])
t(lambda: (1,)[big])
t(lambda: u'abc'[big])
t(lambda: 'abc'[2 ** 63])
t(lambda: 'abc'[2 ** 63 - 1])
t(lambda: 'abc'[1:big])
t(lambda: 'abc'[-big:big])
t(lambda: [1, 2][-big:big])
t(lambda: [1, 2][1L])

def setitem():
    l = [1, 2]
    l[big] = 3
def delitem():
    l = [1, 2]
    del l[big]
t(setitem)
t(delitem)

# repeated in a loop, so the traced code meets the same counts
out = []
for i in range(30):
    try:
        out.append(len([0] * (big if i % 3 == 0 else i)))
    except OverflowError as e:
        out.append(str(e)[:10])
print out
# expect: OverflowError cannot fit 'long' into an index-sized integer
# expect: OverflowError cannot fit 'long' into an index-sized integer
# expect: OverflowError cannot fit 'long' into an index-sized integer
# expect: OverflowError cannot fit 'long' into an index-sized integer
# expect: OverflowError cannot fit 'long' into an index-sized integer
# expect: OverflowError cannot fit 'long' into an index-sized integer
# expect: OverflowError cannot fit 'long' into an index-sized integer
# expect: OverflowError cannot fit 'long' into an index-sized integer
# expect: OverflowError cannot fit 'long' into an index-sized integer
# expect: OverflowError cannot fit 'long' into an index-sized integer
# expect: OverflowError cannot fit 'long' into an index-sized integer
# expect: OverflowError cannot fit 'long' into an index-sized integer
# expect: OverflowError cannot fit 'long' into an index-sized integer
# expect: []
# expect: [1, 2, 1, 2, 1, 2]
# expect: 'abab'
# expect: ()
# expect: OverflowError cannot fit 'long' into an index-sized integer
# expect: OverflowError cannot fit 'long' into an index-sized integer
# expect: OverflowError cannot fit 'long' into an index-sized integer
# expect: OverflowError cannot fit 'long' into an index-sized integer
# expect: OverflowError cannot fit 'Idx' into an index-sized integer
# expect: OverflowError cannot fit 'Idx' into an index-sized integer
# expect: OverflowError cannot fit 'L' into an index-sized integer
# expect: OverflowError cannot fit 'L' into an index-sized integer
# expect: [1, 2, 1, 2]
# expect: 'abab'
# expect: (1, 1)
# expect: TypeError can't multiply sequence by non-int of type 'F'
# expect: TypeError can't multiply sequence by non-int of type 'float'
# expect: IndexError cannot fit 'long' into an index-sized integer
# expect: IndexError cannot fit 'long' into an index-sized integer
# expect: IndexError cannot fit 'long' into an index-sized integer
# expect: IndexError cannot fit 'long' into an index-sized integer
# expect: IndexError cannot fit 'long' into an index-sized integer
# expect: IndexError cannot fit 'long' into an index-sized integer
# expect: IndexError cannot fit 'long' into an index-sized integer
# expect: IndexError string index out of range
# expect: 'bc'
# expect: 'abc'
# expect: [1, 2]
# expect: 2
# expect: IndexError cannot fit 'long' into an index-sized integer
# expect: IndexError cannot fit 'long' into an index-sized integer
# expect: ['cannot fit', 1, 2, 'cannot fit', 4, 5, 'cannot fit', 7, 8, 'cannot fit', 10, 11, 'cannot fit', 13, 14, 'cannot fit', 16, 17, 'cannot fit', 19, 20, 'cannot fit', 22, 23, 'cannot fit', 25, 26, 'cannot fit', 28, 29]
