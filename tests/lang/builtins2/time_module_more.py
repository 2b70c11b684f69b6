# time: struct_time from gmtime, strftime, asctime, mktime round trip, sleep, clock.
import time
t = time.time()
print type(t).__name__, t > 1e9, type(time.clock()).__name__
time.sleep(0.01)
print time.time() - t >= 0.009
g = time.gmtime(0)
print type(g).__name__, len(tuple(g)), g[:6], g.tm_year, g.tm_wday, g.tm_yday
print time.strftime('%Y-%m-%d', time.gmtime(86400 * 365))
print time.strftime('%H:%M:%S %j %a %b %%', time.gmtime(3661))
print time.asctime(time.gmtime(0))
print time.mktime(time.localtime(1000000)) == 1000000
print time.gmtime(1e9)[:3], type(time.localtime()).__name__
# expect: float True float
# expect: True
# expect: struct_time 9 (1970, 1, 1, 0, 0, 0) 1970 3 1
# expect: 1971-01-01
# expect: 01:01:01 001 Thu Jan %
# expect: Thu Jan  1 00:00:00 1970
# expect: True
# expect: (2001, 9, 9) struct_time
