# % with a single non-tuple value, tuples as values, %c, %r of various objects, %%.
print '%s' % 5, '%s' % [1, 2], '%s' % ((1, 2),)
print '%r %r %r' % ('q', 1.5, None)
print '%c%c%c' % (72, 'i', 33)
print '%5.1f%%' % 99.44
print '%s|%s' % ('', 'text')
print '%i|%u|%d' % (3.9, 4, -2.5)
print '% d|% d' % (5, -5)
print '%#x %#o %#X' % (255, 8, 255)
print '%e %E' % (12345.678, 0.000123)
print '%g %g %g %G' % (100000, 1000000, 0.0001, 1e-10)
print '%10.3e|%-12g|' % (1234.5, 0.5)
print 'no args' % ()
# expect: 5 [1, 2] (1, 2)
# expect: 'q' 1.5 None
# expect: Hi!
# expect:  99.4%
# expect: |text
# expect: 3|4|-2
# expect:  5|-5
# expect: 0xff 010 0XFF
# expect: 1.234568e+04 1.230000E-04
# expect: 100000 1e+06 0.0001 1E-10
# expect:  1.234e+03|0.5         |
# expect: no args
