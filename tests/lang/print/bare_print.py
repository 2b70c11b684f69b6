# A bare print writes just a newline.
print
print 'between'
print
print
# expect:
# expect: between
# expect:
# expect:
