# A small report formatted with str.format.
rows = [('apples', 3, 0.5), ('bananas', 12, 0.25), ('cherries', 100, 12.125)]
print '{:<10}|{:>5}|{:>9}'.format('item', 'qty', 'price')
print '-' * 26
for name, qty, price in rows:
    print '{:<10}|{:>5d}|{:>9.2f}'.format(name, qty, price)
total = sum(q * p for _, q, p in rows)
print '{:<10}|{:>5}|{:>9,.2f}'.format('total', '', total)
print '{0:>3}%'.format(int(round(99.5)))
# expect: item      |  qty|    price
# expect: --------------------------
# expect: apples    |    3|     0.50
# expect: bananas   |   12|     0.25
# expect: cherries  |  100|    12.12
# expect: total     |     | 1,217.00
# expect: 100%
