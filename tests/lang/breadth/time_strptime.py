# time.strptime parses into a struct_time (weekday and day of year computed, tm_isdst -1).
import time
t = time.strptime('2024-03-15 10:20:30', '%Y-%m-%d %H:%M:%S')
print t
print time.strptime('15 Mar 2001', '%d %b %Y')[:8], time.strptime('1999', '%Y')[:3]
print time.strftime('%j %a', time.strptime('2000-12-31', '%Y-%m-%d'))
for s, f in [('xx', '%Y'), ('2001x', '%Y'), ('2001-13-01', '%Y-%m-%d')]:
    try:
        time.strptime(s, f)
    except ValueError, e:
        print 'ValueError:', e
print time.asctime(time.strptime('2010-06-07 08:09:10', '%Y-%m-%d %H:%M:%S'))
time.tzset()
print type(time.timezone).__name__, time.accept2dyear
# expect: time.struct_time(tm_year=2024, tm_mon=3, tm_mday=15, tm_hour=10, tm_min=20, tm_sec=30, tm_wday=4, tm_yday=75, tm_isdst=-1)
# expect: (2001, 3, 15, 0, 0, 0, 3, 74) (1999, 1, 1)
# expect: 366 Sun
# expect: ValueError: time data 'xx' does not match format '%Y'
# expect: ValueError: unconverted data remains: x
# expect: ValueError: time data '2001-13-01' does not match format '%Y-%m-%d'
# expect: Mon Jun  7 08:09:10 2010
# expect: int 1
