# if / elif / else chains.
def sign(x):
    if x > 0:
        return 'positive'
    elif x < 0:
        return 'negative'
    elif x == 0:
        return 'zero'
    else:
        return 'unreachable'
for v in [5, -2, 0]:
    print sign(v)
if []:
    print 'no'
elif {}:
    print 'no'
else:
    print 'else branch'
if 0:
    print 'skipped'
print 'end'
# expect: positive
# expect: negative
# expect: zero
# expect: else branch
# expect: end
