# Nested blocks and several DEDENTs at once.
def classify(n):
    if n < 0:
        if n < -10:
            return "very negative"
        return "negative"
    elif n == 0:
        return "zero"
    else:
        for i in range(3):
            if i == n:
                return "small"
    return "large"

for v in [-20, -1, 0, 1, 5]:
    print v, classify(v)
print "done"
# expect: -20 very negative
# expect: -1 negative
# expect: 0 zero
# expect: 1 small
# expect: 5 large
# expect: done
