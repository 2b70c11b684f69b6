# A first rpyvm program: Python 2 syntax, run at once.
import sys

def greet(name):
    return "Hello, %s!" % name

print greet("rpyvm")
total = 0
for i in xrange(1, 11):
    total += i * i
print "sum of squares 1..10 =", total
