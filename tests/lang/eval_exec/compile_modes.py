# compile() in 'eval', 'exec' and 'single' modes; code objects are reusable.
c = compile('a + b', '<expr>', 'eval')
print type(c).__name__
print eval(c, {'a': 1, 'b': 2}), eval(c, {'a': 'x', 'b': 'y'})
s = compile('out.append(n * 2)', '<stmt>', 'exec')
out = []
for n in range(3):
    exec s
print out
single = compile('1 + 2', '<single>', 'single')
exec single
exec compile('print "hi from single"', '<s>', 'single')
print c.co_filename, s.co_filename
# expect: code
# expect: 3 xy
# expect: [0, 2, 4]
# expect: 3
# expect: hi from single
# expect: <expr> <stmt>
