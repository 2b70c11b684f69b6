# Syntax errors in eval/exec/compile strings raise SyntaxError that can be caught.
for src in ['1 +', 'x = 1', 'def']:
    try:
        eval(src)
    except SyntaxError, e:
        print 'eval SyntaxError for %r' % src
try:
    exec 'if True print 1'
except SyntaxError:
    print 'exec SyntaxError'
try:
    compile('a b', '<test>', 'eval')
except SyntaxError, e:
    print 'compile SyntaxError', e.filename
try:
    compile('x', '<test>', 'bogus')
except ValueError, e:
    print 'ValueError:', e
# expect: eval SyntaxError for '1 +'
# expect: eval SyntaxError for 'x = 1'
# expect: eval SyntaxError for 'def'
# expect: exec SyntaxError
# expect: compile SyntaxError <test>
# expect: ValueError: compile() arg 3 must be 'exec', 'eval' or 'single'
