# time.struct_time: a tuple subclass with tm_* attributes, its repr and constructor.
import time
g = time.gmtime(86400 * 365 + 3661)
print g
print type(g).__name__, len(g), g[0], g[-1], g[:3], g.tm_yday, g.tm_wday, tuple(g)[3:6]
print type(g[:]).__name__, type(tuple(g)).__name__, g == tuple(g), g.n_fields, g.n_sequence_fields
t = time.struct_time((2001, 2, 3, 4, 5, 6, 0, 34, 0))
print t, t.tm_mon, time.strftime('%Y-%m-%d %H:%M:%S', t)
for bad in [(1, 2), range(11)]:
    try:
        time.struct_time(bad)
    except TypeError, e:
        print 'TypeError:', e
try:
    g.tm_year = 5
except (TypeError, AttributeError), e:
    print 'cannot set'
# expect: time.struct_time(tm_year=1971, tm_mon=1, tm_mday=1, tm_hour=1, tm_min=1, tm_sec=1, tm_wday=4, tm_yday=1, tm_isdst=0)
# expect: struct_time 9 1971 0 (1971, 1, 1) 1 4 (1, 1, 1)
# expect: tuple tuple True 9 9
# expect: time.struct_time(tm_year=2001, tm_mon=2, tm_mday=3, tm_hour=4, tm_min=5, tm_sec=6, tm_wday=0, tm_yday=34, tm_isdst=0) 2 2001-02-03 04:05:06
# expect: TypeError: time.struct_time() takes a 9-sequence (2-sequence given)
# expect: TypeError: time.struct_time() takes a 9-sequence (11-sequence given)
# expect: cannot set
