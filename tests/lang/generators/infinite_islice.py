# An infinite generator consumed partially with a manual loop.
def naturals():
    n = 0
    while True:
        yield n
        n += 1

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

out = []
for n in naturals():
    if n >= 5:
        break
    out.append(n)
print out
f = fib()
print [f.next() for i in range(12)]
# expect: [0, 1, 2, 3, 4]
# expect: [0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89]
