# for/else: searching with break.
def find(items, target):
    for i in range(len(items)):
        if items[i] == target:
            print 'found at', i
            break
    else:
        print 'not found'
find([1, 2, 3], 2)
find([1, 2, 3], 7)
find([], 1)
for x in []:
    print 'never'
else:
    print 'empty for else'
# expect: found at 1
# expect: not found
# expect: not found
# expect: empty for else
