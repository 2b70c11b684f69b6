# A closure keeps its environment alive; mutation through a list cell.
def make_counter():
    count = [0]
    def incr():
        count[0] += 1
        return count[0]
    return incr
c1 = make_counter()
c2 = make_counter()
print c1(), c1(), c1()
print c2()
# expect: 1 2 3
# expect: 1
