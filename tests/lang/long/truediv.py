from __future__ import division
# true division of longs is correctly rounded
print 1 / 3, 10 ** 30 / 3, (10 ** 30 + 1) / 10 ** 30
print (2 ** 200) / (2 ** 199), (3 ** 100) / (2 ** 150)
print 10 ** 400 / 10 ** 399
print (2 ** 53 + 1) / 1, 9007199254740993 / 1
print -(10 ** 25) / 7, 0 / -(10 ** 20)
print 1 / (10 ** 400)
try:
    print 10 ** 400 / 1
except OverflowError as e:
    print 'OverflowError', e
try:
    print 5L / 0
except ZeroDivisionError as e:
    print 'ZeroDivisionError', e
# expect: 0.333333333333 3.33333333333e+29 1.0
# expect: 2.0 361.098864175
# expect: 10.0
# expect: 9.00719925474e+15 9.00719925474e+15
# expect: -1.42857142857e+24 -0.0
# expect: 0.0
# expect: OverflowError integer division result too large for a float
# expect: ZeroDivisionError division by zero
