# Lists are mutable and shared by reference.
def add_item(lst, item):
    lst.append(item)
a = []
add_item(a, 1)
add_item(a, 2)
print a
b = a
b.append(3)
print a
c = list(a)
c.append(4)
print a, c
# expect: [1, 2]
# expect: [1, 2, 3]
# expect: [1, 2, 3] [1, 2, 3, 4]
