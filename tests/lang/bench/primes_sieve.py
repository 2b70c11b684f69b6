# Sieve of Eratosthenes and trial division agree.
def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0] = is_prime[1] = False
    i = 2
    while i * i <= n:
        if is_prime[i]:
            for j in xrange(i * i, n + 1, i):
                is_prime[j] = False
        i += 1
    return [i for i in range(n + 1) if is_prime[i]]

def trial(n):
    result = []
    for k in range(2, n + 1):
        for d in result:
            if d * d > k:
                result.append(k)
                break
            if k % d == 0:
                break
        else:
            result.append(k)
    return result

p = sieve(5000)
print len(p), p[:10], p[-3:]
print p == trial(5000)
print sum(p)
# expect: 669 [2, 3, 5, 7, 11, 13, 17, 19, 23, 29] [4987, 4993, 4999]
# expect: True
# expect: 1548136
