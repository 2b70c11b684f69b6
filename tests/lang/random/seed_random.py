# random.seed(n) then random(): the Mersenne Twister sequence of CPython 2.7.
import random
random.seed(12345)
for i in range(5):
    print '%.17f' % random.random()
random.seed(0)
print repr(random.random())
# expect: 0.41661987254534116
# expect: 0.01016916945706836
# expect: 0.82520650925374317
# expect: 0.29863985519959280
# expect: 0.36841168948847569
# expect: 0.8444218515250481
