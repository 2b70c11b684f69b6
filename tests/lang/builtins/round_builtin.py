# round: Python 2 rounds halves away from zero and returns a float.
print round(2.5)
print round(3.5)
print round(-2.5)
print round(0.5)
print round(1.4)
print round(7)
print round(1.2345, 2)
print round(-1.5)
print round(1234.5678, -2)
print type(round(1))
# expect: 3.0
# expect: 4.0
# expect: -3.0
# expect: 1.0
# expect: 1.0
# expect: 7.0
# expect: 1.23
# expect: -2.0
# expect: 1200.0
# expect: <type 'float'>
