# os.path: relpath, commonprefix, expandvars, splitdrive, samefile, ismount, getatime/getctime.
import os
print os.path.relpath('/a/b/c', '/a'), os.path.relpath('/a', '/a/b/c'), os.path.relpath('/a', '/a')
print os.path.relpath('x') == 'x', os.path.relpath('/x/./y/../z', '/x')
print repr(os.path.commonprefix([])), os.path.commonprefix(['abc', 'abd', 'ab']), os.path.commonprefix([[1, 2], [1, 3]])
os.environ['RPYVM_X'] = 'val'
print os.path.expandvars('$RPYVM_X/a ${RPYVM_X}b $RPYVM_NOPE ${} $ $$ ${RPYVM_X')
print os.path.splitdrive('/a/b'), os.path.normcase('/A/b'), os.path.samefile('/', '/.')
print os.path.ismount('/'), type(os.path.getatime('/')).__name__, type(os.path.getctime('/')).__name__
try:
    os.path.relpath('')
except ValueError, e:
    print 'ValueError:', e
# expect: b/c ../.. .
# expect: True z
# expect: '' ab [1]
# expect: val/a valb $RPYVM_NOPE ${} $ $$ ${RPYVM_X
# expect: ('', '/a/b') /A/b True
# expect: True float float
# expect: ValueError: no path specified
