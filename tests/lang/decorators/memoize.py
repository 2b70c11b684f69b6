# A memoizing decorator makes naive recursion fast; the cache is a closure variable.
def memoize(func):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = func(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper

calls = [0]

@memoize
def fib(n):
    calls[0] += 1
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print fib(30)
print calls[0]
print len(fib.cache)
# expect: 832040
# expect: 31
# expect: 31
