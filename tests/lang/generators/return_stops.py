# A bare return inside a generator ends the iteration.
def upto_negative(items):
    for it in items:
        if it < 0:
            return
        yield it
print list(upto_negative([3, 2, 0, -1, 5]))
print list(upto_negative([]))

def early(flag):
    if flag:
        return
    yield 'value'
print list(early(True)), list(early(False))
# expect: [3, 2, 0]
# expect: []
# expect: [] ['value']
