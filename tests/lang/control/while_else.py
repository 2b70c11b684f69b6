# while/else: the else runs when the loop ends without break.
i = 0
while i < 3:
    print 'loop', i
    i += 1
else:
    print 'else ran'
n = 0
while n < 10:
    if n == 2:
        print 'break at', n
        break
    n += 1
else:
    print 'not printed'
while False:
    pass
else:
    print 'else of empty loop'
# expect: loop 0
# expect: loop 1
# expect: loop 2
# expect: else ran
# expect: break at 2
# expect: else of empty loop
