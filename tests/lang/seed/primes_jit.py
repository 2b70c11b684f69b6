import os
import sys
from rpython.rlib.jit import JitDriver
from rpython.jit.codewriter.policy import JitPolicy


def jitpolicy(driver):
    return JitPolicy()

jitdriver = JitDriver(greens=["num", "n"], reds=["primes"])

def prime(n):
    primes = []
    num = 0
    while num < n:
        jitdriver.jit_merge_point(n=n, num=num, primes=primes)
        if num > 1:
            for i in range(2, num):
                if (num % i) == 0:
                    break
            else:
                primes.append(num)
        num += 1
    return primes

def entry_point(argv):
    num = int(argv[1])
    primes = prime(num)
    os.write(1, bytes('calculated primes: \n'))
    for p in primes:
        os.write(1, bytes(str(p) + ' '))
    os.write(1, '\n')
    return 0


def target(*args):
    return entry_point, None

if __name__ == "__main__":
    entry_point(sys.argv)
# args: 10
# expect: calculated primes: 
# expect: 2 3 5 7 
