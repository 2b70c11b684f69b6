# Several conversions in one format string, building a table.
rows = [('apples', 3, 0.5), ('kiwis', 12, 0.25), ('melons', 1, 3.0)]
for name, count, price in rows:
    print '%-8s %3d x %5.2f = %6.2f' % (name, count, price, count * price)
print '%s has %d chars' % ('word', len('word'))
s = '%d%%' % 7
print s, len(s)
# expect: apples     3 x  0.50 =   1.50
# expect: kiwis     12 x  0.25 =   3.00
# expect: melons     1 x  3.00 =   3.00
# expect: word has 4 chars
# expect: 7% 2
