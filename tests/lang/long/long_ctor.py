# the long() constructor
def t(*a, **k):
    try:
        print repr(long(*a, **k))
    except (ValueError, TypeError, OverflowError) as e:
        print type(e).__name__, e
t(); t(5); t(True); t(5.9); t(-1e20); t('123'); t(' -12 '); t('- 5'); t('12L'); t('0x1fL', 16)
t('ff', 16); t('0b101', 0); t('017', 0); t('0o17', 0); t('z', 36); t('12', base=8); t(x='7')
t(''); t('1_0'); t('12', 1); t('12', 37); t('9' * 30, 5); t(None); t([]); t(float('inf')); t(float('nan'))
t(5, 10)
class A(object):
    def __long__(self): return 7
class B(object):
    def __int__(self): return 8
class C(object):
    def __long__(self): return 'x'
t(A()); t(B()); t(C())
print long, long.__name__, isinstance(5L, long), isinstance(5, long), issubclass(long, object)
# expect: 0L
# expect: 5L
# expect: 1L
# expect: 5L
# expect: -100000000000000000000L
# expect: 123L
# expect: -12L
# expect: -5L
# expect: 12L
# expect: 31L
# expect: 255L
# expect: 5L
# expect: 15L
# expect: 15L
# expect: 35L
# expect: 10L
# expect: 7L
# expect: ValueError invalid literal for long() with base 10: ''
# expect: ValueError invalid literal for long() with base 10: '1_0'
# expect: ValueError long() base must be >= 2 and <= 36, or 0
# expect: ValueError long() base must be >= 2 and <= 36, or 0
# expect: ValueError invalid literal for long() with base 5: '999999999999999999999999999999'
# expect: TypeError long() argument must be a string or a number, not 'NoneType'
# expect: TypeError long() argument must be a string or a number, not 'list'
# expect: OverflowError cannot convert float infinity to integer
# expect: ValueError cannot convert float NaN to integer
# expect: TypeError long() can't convert non-string with explicit base
# expect: 7L
# expect: TypeError long() argument must be a string or a number, not 'B'
# expect: TypeError __long__ returned non-long (type str)
# expect: <type 'long'> long True False True
