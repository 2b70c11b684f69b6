# __int__, __float__, __long__, __index__, __hex__, __oct__
class C(object):
    def __int__(self): return 42
    def __float__(self): return 2.5
    def __long__(self): return 7L
    def __index__(self): return 1
    def __hex__(self): return '0xC'
    def __oct__(self): return '0C'
c = C()
print int(c), float(c), long(c), hex(c), oct(c)
print [10, 20, 30][c], 'abc'[c], range(5)[c:]
print '%d %x %.1f' % (c, c, c)
# expect: 42 2.5 7 0xC 0C
# expect: 20 b [1, 2, 3, 4]
# expect: 42 2a 2.5
