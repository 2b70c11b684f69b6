# Each call of the factory creates an independent cell; mutation through a list box.
def make_counter(start):
    box = [start]
    def incr(step=1):
        box[0] += step
        return box[0]
    return incr

a = make_counter(0)
b = make_counter(100)
print a(), a(), a(5)
print b(), b(-50)
print a()
# expect: 1 2 7
# expect: 101 51
# expect: 8
