# Exceptions raised by evaluated code propagate out of eval and exec.
try:
    eval('1 / 0')
except ZeroDivisionError, e:
    print 'ZeroDivisionError:', e
try:
    exec 'raise KeyError("from exec")'
except KeyError, e:
    print 'KeyError:', e
def checker(v):
    return eval('v.upper()')
try:
    checker(5)
except AttributeError, e:
    print 'AttributeError:', e
# expect: ZeroDivisionError: integer division or modulo by zero
# expect: KeyError: 'from exec'
# expect: AttributeError: 'int' object has no attribute 'upper'
