# Recursive Fibonacci (small size).
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

for n in [0, 1, 2, 10, 20]:
    print 'fib(%d) = %d' % (n, fib(n))
# expect: fib(0) = 0
# expect: fib(1) = 1
# expect: fib(2) = 1
# expect: fib(10) = 55
# expect: fib(20) = 6765
