# Recursive functions.
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)
def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)
print fact(10), fact(20)
print [fib(i) for i in range(15)]
print is_even(10), is_odd(7), is_even(3)
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print depth(500)
# expect: 3628800 2432902008176640000
# expect: [0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377]
# expect: True True False
# expect: 500
