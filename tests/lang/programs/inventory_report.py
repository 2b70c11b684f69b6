# Parse CSV-like inventory text, validate rows, aggregate by category and print a report.
DATA = """sku,name,category,qty,price
A100,Widget,tools,12,2.50
A101,Gadget,tools,0,12.00
B200,Apple,food,150,0.30
B201,Bread,food,20,1.99
C300,Novel,books,7,8.75
C301,Atlas,books,x,30.00
D400,Lamp,,3,15.00
B202,Cheese,food,8,4.25
A102,Wrench,tools,5,7.10
"""


class RowError(Exception):
    def __init__(self, lineno, msg):
        Exception.__init__(self, lineno, msg)
        self.lineno = lineno
        self.msg = msg


class Item(object):
    __slots__ = ('sku', 'name', 'category', 'qty', 'price')

    def __init__(self, sku, name, category, qty, price):
        self.sku, self.name, self.category = sku, name, category
        self.qty, self.price = qty, price

    @property
    def value(self):
        return self.qty * self.price


def parse(text):
    lines = text.strip().split('\n')
    header = lines[0].split(',')
    items, errors = [], []
    for lineno, line in enumerate(lines[1:], 2):
        fields = dict(zip(header, line.split(',')))
        try:
            if not fields['category']:
                raise RowError(lineno, 'missing category')
            try:
                qty = int(fields['qty'])
            except ValueError:
                raise RowError(lineno, 'bad qty %r' % fields['qty'])
            items.append(Item(fields['sku'], fields['name'], fields['category'],
                              qty, float(fields['price'])))
        except RowError, e:
            errors.append(e)
    return items, errors


items, errors = parse(DATA)
print 'parsed %d items, %d errors' % (len(items), len(errors))
for e in errors:
    print '  line %d: %s' % (e.lineno, e.msg)
by_cat = {}
for it in items:
    by_cat.setdefault(it.category, []).append(it)
print '%-8s %5s %9s  %s' % ('category', 'qty', 'value', 'items')
grand = 0.0
for cat in sorted(by_cat):
    group = sorted(by_cat[cat], key=lambda i: -i.value)
    qty = sum(i.qty for i in group)
    value = sum(i.value for i in group)
    grand += value
    print '%-8s %5d %9.2f  %s' % (cat, qty, value, ', '.join(i.name for i in group))
print '%-8s %5s %9.2f' % ('total', '', grand)
out_of_stock = [i.sku for i in items if not i.qty]
print 'out of stock:', out_of_stock
cheapest = min(items, key=lambda i: i.price)
print 'cheapest: %s at %.2f' % (cheapest.name, cheapest.price)
print 'dearest: %s' % max(items, key=lambda i: i.price).name
# expect: parsed 7 items, 2 errors
# expect:   line 7: bad qty 'x'
# expect:   line 8: missing category
# expect: category   qty     value  items
# expect: books        7     61.25  Novel
# expect: food       178    118.80  Apple, Bread, Cheese
# expect: tools       17     65.50  Wrench, Widget, Gadget
# expect: total             245.55
# expect: out of stock: ['A101']
# expect: cheapest: Apple at 0.30
# expect: dearest: Gadget
