# Catching exceptions inside loops and continuing.
results = []
for v in ['1', 'x', '3', '', '5']:
    try:
        results.append(int(v))
    except ValueError:
        results.append(None)
print results
total = 0
i = 0
while True:
    try:
        total += [1, 2, 3][i]
        i += 1
    except IndexError:
        break
print total
# expect: [1, None, 3, None, 5]
# expect: 6
