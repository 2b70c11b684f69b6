# math functions beyond the basics: fmod/modf/frexp/ldexp, logs, trig, hypot, errors.
import math
print math.floor(-1.5), math.ceil(1.2), math.trunc(-2.7), math.fabs(-3)
print math.fmod(-7, 3), math.modf(2.5), math.frexp(8.0), math.ldexp(0.5, 4)
print math.log(math.e), math.log(8, 2), math.log10(1000), math.exp(0), math.pow(2, 0.5)
print math.hypot(3, 4), math.degrees(math.pi), math.radians(180)
print '%.6f %.6f %.6f' % (math.sin(1), math.cos(1), math.tan(1))
print '%.6f %.6f %.6f %.6f' % (math.asin(0.5), math.acos(0.5), math.atan(1), math.atan2(1, -1))
print math.isinf(float('inf')), math.isnan(float('nan')), math.copysign(1, -0.0)
print math.factorial(10), math.fsum([0.1] * 10), sum([0.1] * 10)
print math.floor(2), type(math.floor(2)).__name__, math.sqrt(16)
for expr in ['math.sqrt(-1)', 'math.log(0)', 'math.exp(1000)', 'math.factorial(-1)',
             'math.acos(2)']:
    try:
        eval(expr)
    except (ValueError, OverflowError), e:
        print expr, type(e).__name__, e
# expect: -2.0 2.0 -2 3.0
# expect: -1.0 (0.5, 2.0) (0.5, 4) 8.0
# expect: 1.0 3.0 3.0 1.0 1.41421356237
# expect: 5.0 180.0 3.14159265359
# expect: 0.841471 0.540302 1.557408
# expect: 0.523599 1.047198 0.785398 2.356194
# expect: True True -1.0
# expect: 3628800 1.0 1.0
# expect: 2.0 float 4.0
# expect: math.sqrt(-1) ValueError math domain error
# expect: math.log(0) ValueError math domain error
# expect: math.exp(1000) OverflowError math range error
# expect: math.factorial(-1) ValueError factorial() not defined for negative values
# expect: math.acos(2) ValueError math domain error
