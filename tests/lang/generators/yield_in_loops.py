# yield inside nested loops, with break/continue and else clauses.
def grid(n):
    for i in range(n):
        for j in range(n):
            if j > i:
                break
            if (i + j) % 2:
                continue
            yield (i, j)
        else:
            yield 'never'
    else:
        yield 'end'
print list(grid(4))

def chunks(seq, size):
    buf = []
    for x in seq:
        buf.append(x)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf
print list(chunks(range(7), 3))
# expect: [(0, 0), (1, 1), (2, 0), (2, 2), (3, 1), (3, 3), 'never', 'end']
# expect: [[0, 1, 2], [3, 4, 5], [6]]
