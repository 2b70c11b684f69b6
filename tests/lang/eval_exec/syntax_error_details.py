# SyntaxError raised by compile/eval/exec carries msg, filename, lineno, offset and text.
def show(src, mode='exec', filename='<src>'):
    try:
        compile(src, filename, mode)
    except SyntaxError, e:
        print '%-22r %s | %s | %s | %s | %r' % (src, type(e).__name__, e.msg, e.filename,
                                                 e.lineno, e.text)
show('1 +', 'eval')
show('x = (1,\n2', 'exec')
show('x = = 2')
show('def f(:\n  pass')
show('if 1:\nprint 2')
show('for x in y:\n    pass\n  print x')
show('return 5')
show('"unterminated')
show('x +* 2', 'eval', 'calc.py')
try:
    eval('1 +')
except SyntaxError, e:
    print str(e)
# expect: '1 +'                  SyntaxError | unexpected EOF while parsing | <src> | 1 | '1 +'
# expect: 'x = (1,\n2'           SyntaxError | invalid syntax | <src> | 2 | '2\n'
# expect: 'x = = 2'              SyntaxError | invalid syntax | <src> | 1 | 'x = = 2\n'
# expect: 'def f(:\n  pass'      SyntaxError | invalid syntax | <src> | 1 | 'def f(:\n'
# expect: 'if 1:\nprint 2'       IndentationError | expected an indented block | <src> | 2 | 'print 2\n'
# expect: 'for x in y:\n    pass\n  print x' IndentationError | unindent does not match any outer indentation level | <src> | 3 | '  print x\n'
# expect: 'return 5'             SyntaxError | 'return' outside function | <src> | 1 | None
# expect: '"unterminated'        SyntaxError | EOL while scanning string literal | <src> | 1 | '"unterminated\n'
# expect: 'x +* 2'               SyntaxError | invalid syntax | calc.py | 1 | 'x +* 2'
# expect: unexpected EOF while parsing (<string>, line 1)
