# time functions taking a 9-tuple: validation messages and two-digit years (accept2dyear).
import time
t = (2001, 2, 3, 4, 5, 6, 5, 34, 0)
print time.asctime(t), time.strftime('%Y-%m-%d %H:%M:%S %a %b %j', t)
print time.strftime('%Y', (1,) * 9), time.strftime('%Y', (99, 1, 1, 0, 0, 0, 0, 1, 0))
print time.struct_time(t) == t, time.gmtime(0) < time.gmtime(1), hash(time.gmtime(0)) == hash(tuple(time.gmtime(0)))
for bad in [lambda: time.asctime((1, 2)), lambda: time.strftime(5), lambda: time.gmtime('x'),
            lambda: time.mktime(5), lambda: time.strftime('%Y', (500,) + (1,) * 8)]:
    try:
        bad()
    except (TypeError, ValueError), e:
        print type(e).__name__ + ':', e
# expect: Sat Feb  3 04:05:06 2001 2001-02-03 04:05:06 Sat Feb 034
# expect: 2001 1999
# expect: True True True
# expect: TypeError: argument must be sequence of length 9, not 2
# expect: TypeError: strftime() argument 1 must be string, not int
# expect: TypeError: a float is required
# expect: TypeError: argument must be 9-item sequence, not int
# expect: ValueError: year out of range
