# eval accepts any expression: lambdas, conditionals, comprehensions, calls on literals.
print eval('(lambda a, b=2: a * b)(21)')
print eval('"yes" if 3 > 2 else "no"')
print eval('sorted({3: 1, 1: 2}.keys())')
print eval('[c for c in "hello" if c not in "l"]')
print eval('2 ** 10 - 24')
print eval('"-".join(map(str, range(3)))')
print eval('not 0 and (1 or x)')
print eval('repr(eval("1 + 1"))')
# expect: 42
# expect: yes
# expect: [1, 3]
# expect: ['h', 'e', 'o']
# expect: 1000
# expect: 0-1-2
# expect: 1
# expect: 2
