# A generator function yields values one at a time; calling it runs nothing yet.
def count_to(n):
    print 'start'
    i = 1
    while i <= n:
        yield i
        i += 1
    print 'done'

g = count_to(3)
print 'created'
for x in g:
    print 'got', x
print list(count_to(2))
print list(count_to(0))
# expect: created
# expect: start
# expect: got 1
# expect: got 2
# expect: got 3
# expect: done
# expect: start
# expect: done
# expect: [1, 2]
# expect: start
# expect: done
# expect: []
