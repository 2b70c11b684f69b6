# Calling with keyword arguments in any order.
def box(width, height, depth=1):
    return width * 100 + height * 10 + depth
print box(1, 2)
print box(height=2, width=1)
print box(1, depth=5, height=3)
print box(depth=0, height=0, width=9)
try:
    box(1, width=2)
except TypeError, e:
    print 'TypeError:', e
try:
    box(1, 2, color=3)
except TypeError, e:
    print 'TypeError:', e
# expect: 121
# expect: 121
# expect: 135
# expect: 900
# expect: TypeError: box() got multiple values for keyword argument 'width'
# expect: TypeError: box() got an unexpected keyword argument 'color'
