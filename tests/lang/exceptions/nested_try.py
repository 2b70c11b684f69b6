# Nested try blocks; an exception in a handler; propagation through functions.
def level3():
    return {}['missing']
def level2():
    try:
        level3()
    except IndexError:
        print 'wrong handler'
def level1():
    try:
        level2()
    except KeyError, e:
        print 'level1 caught', e
        return 'handled'
print level1()
try:
    try:
        raise ValueError('a')
    except ValueError:
        raise TypeError('b')
except TypeError, e:
    print 'handler raised', e
# expect: level1 caught 'missing'
# expect: handled
# expect: handler raised b
