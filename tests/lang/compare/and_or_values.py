# and/or return one of their operands and short-circuit.
print 0 or 'x'
print 'a' or 'b'
print [] and 1
print 2 and 3
print None or [] or 0
print '' or 0 or 'last'
print 1 and 0 and 2
def loud(v):
    print 'eval', v
    return v
print loud(0) and loud(1)
print loud(1) or loud(2)
x = None
print x or 'default'
# expect: x
# expect: a
# expect: []
# expect: 3
# expect: 0
# expect: last
# expect: 0
# expect: eval 0
# expect: 0
# expect: eval 1
# expect: 1
# expect: default
