# Iterating a dict yields its keys.
d = {'one': 1, 'two': 2, 'three': 3}
keys = []
for k in d:
    keys.append(k)
print sorted(keys)
total = 0
for k, v in d.items():
    total += v
print total
print sorted([k.upper() for k in d])
print sum(d.values())
# expect: ['one', 'three', 'two']
# expect: 6
# expect: ['ONE', 'THREE', 'TWO']
# expect: 6
