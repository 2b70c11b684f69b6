# Basic try/except catching built-in exceptions.
try:
    x = 1 / 0
    print 'not reached'
except ZeroDivisionError:
    print 'caught division'
try:
    [][1]
except IndexError:
    print 'caught index'
try:
    {}['k']
except KeyError:
    print 'caught key'
try:
    int('abc')
except ValueError:
    print 'caught value'
try:
    undefined_name
except NameError:
    print 'caught name'
try:
    None.attr
except AttributeError:
    print 'caught attribute'
try:
    'a' + 1
except TypeError:
    print 'caught type'
# expect: caught division
# expect: caught index
# expect: caught key
# expect: caught value
# expect: caught name
# expect: caught attribute
# expect: caught type
