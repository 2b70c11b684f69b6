# Python 2's input() evaluates the line it reads as an expression.
# stdin: 6 * 7
# stdin: [1, 2] + [3]
# stdin: 'text'
x = input()
print x, type(x).__name__
print input('list? ')
print input().upper()
# expect: 42 int
# expect: list? [1, 2, 3]
# expect: TEXT
