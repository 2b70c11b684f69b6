# while loops with complex conditions and counters.
a, b = 0, 1
fibs = []
while b < 100:
    fibs.append(b)
    a, b = b, a + b
print fibs
n = 27
steps = 0
while n != 1:
    if n % 2:
        n = 3 * n + 1
    else:
        n = n / 2
    steps += 1
print steps
i = 10
while i > 0 and i % 7 != 0:
    i -= 1
print i
# expect: [1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89]
# expect: 111
# expect: 7
