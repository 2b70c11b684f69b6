# Dedenting several levels at once, and to a level between two others.
def g():
    for i in range(2):
        for j in range(2):
            if i == j:
                print "same", i
            else:
                print "diff", i, j
    print "after loops"
g()
x = 0
while x < 3:
    x += 1
    if x == 2:
        continue
    print "x", x
print "end"
# expect: same 0
# expect: diff 0 1
# expect: diff 1 0
# expect: same 1
# expect: after loops
# expect: x 1
# expect: x 3
# expect: end
