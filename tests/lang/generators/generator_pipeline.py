# Generators feeding generators: a lazy processing pipeline.
def numbers(n):
    for i in range(n):
        print 'produce', i
        yield i

def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x

def scaled(src, k):
    for x in src:
        yield x * k

for v in scaled(evens(numbers(5)), 3):
    print 'consume', v
# expect: produce 0
# expect: consume 0
# expect: produce 1
# expect: produce 2
# expect: consume 6
# expect: produce 3
# expect: produce 4
# expect: consume 12
