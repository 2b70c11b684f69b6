# Every Python 2.7 builtin name exists (interactive helpers like help/license excluded).
import __builtin__
names = '''abs all any apply basestring bin bool buffer bytearray bytes callable chr
classmethod cmp coerce compile complex delattr dict dir divmod enumerate eval execfile file
filter float format frozenset getattr globals hasattr hash hex id input int intern isinstance
issubclass iter len list locals long map max memoryview min next object oct open ord pow
property range raw_input reduce reload repr reversed round set setattr slice sorted
staticmethod str sum super tuple type unichr unicode vars xrange zip True False None
Ellipsis NotImplemented __import__ __debug__ __name__ exit quit'''.split()
missing = [n for n in names if not hasattr(__builtin__, n)]
print 'missing:', missing
print len(names)
# expect: missing: []
# expect: 88
