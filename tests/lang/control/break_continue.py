# break and continue in for and while loops, including nested loops.
for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print i,
print
for i in range(3):
    for j in range(3):
        if j == i:
            break
        print (i, j),
print
k = 0
while True:
    k += 1
    if k < 3:
        continue
    if k == 5:
        break
    print 'k', k
# expect: 1 3 5 7
# expect: (1, 0) (2, 0) (2, 1)
# expect: k 3
# expect: k 4
