# append and extend.
a = []
a.append(1)
a.append([2, 3])
print a
a.extend([4, 5])
print a
a.extend((6,))
a.extend('ab')
print a
b = [1]
b.extend(b)
print b
print a.append(0)
# expect: [1, [2, 3]]
# expect: [1, [2, 3], 4, 5]
# expect: [1, [2, 3], 4, 5, 6, 'a', 'b']
# expect: [1, 1]
# expect: None
