# Default argument values.
def greet(name, greeting='Hello', punct='!'):
    return greeting + ', ' + name + punct
print greet('Ann')
print greet('Bob', 'Hi')
print greet('Cy', 'Yo', '?')
print greet('Di', punct='.')
x = 10
def f(a=x):
    return a
x = 20
print f()
# expect: Hello, Ann!
# expect: Hi, Bob!
# expect: Yo, Cy?
# expect: Hello, Di.
# expect: 10
