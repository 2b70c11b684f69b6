# subclassing float
class Meters(float):
    def __str__(self): return '%gm' % self
m = Meters(2.5)
print m, repr(m), m * 2, type(m * 2).__name__, m + 1, isinstance(m, float), int(m)
print Meters('1.5'), m > 2, round(m), '%.2f' % m
# expect: 2.5m 2.5 5.0 float 3.5 True 2
# expect: 1.5m True 3.0 2.50
