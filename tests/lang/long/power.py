# powers with longs, negative exponents, three-argument pow
print 2 ** 100, (-2) ** 101, 10L ** 0, 0L ** 0, 1L ** (10 ** 30), (-1L) ** (10 ** 30 + 1)
print 2 ** -2, (2 ** 70) ** -1, 2L ** 0.5, 2.5 ** 2L
print pow(2, 100, 7), pow(2L, 100L, 10L ** 20), pow(-2, 3, 5L), pow(3, 4, -5), pow(3L, 200, -7)
print pow(12345678901234567890, 98765, 1000000007)
for args in ((3L, -4, 5), (3L, 4, 0), (3.0, 4, 5L)):
    try:
        print pow(*args)
    except (TypeError, ValueError) as e:
        print type(e).__name__, e
# expect: 1267650600228229401496703205376 -2535301200456458802993406410752 1 1 1 -1
# expect: 0.25 8.47032947254e-22 1.41421356237 6.25
# expect: 2 28229401496703205376 2 -4 -5
# expect: 508039537
# expect: TypeError pow() 2nd argument cannot be negative when 3rd argument specified
# expect: ValueError pow() 3rd argument cannot be 0
# expect: TypeError pow() 3rd argument not allowed unless all arguments are integers
