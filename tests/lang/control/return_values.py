# return from inside loops, return without a value, implicit None.
def first_even(seq):
    for x in seq:
        if x % 2 == 0:
            return x
    return -1
def nothing():
    return
def implicit():
    x = 1
def multi():
    return 1, 2
def nested_loops():
    for i in range(3):
        while True:
            return i * 10
print first_even([1, 3, 4, 6]), first_even([1])
print nothing(), implicit()
print multi()
print nested_loops()
# expect: 4 -1
# expect: None None
# expect: (1, 2)
# expect: 0
