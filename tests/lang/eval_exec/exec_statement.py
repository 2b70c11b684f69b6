# The exec statement runs code in the current scope or in given dictionaries.
exec 'z = 41 + 1'
print z
exec "def made(n):\n    return n * 3\n"
print made(5)
ns = {}
exec 'p = 1; q = p + 1' in ns
print ns['p'], ns['q']
g = {'base': 100}
l = {}
exec 'result = base + 1' in g, l
print l['result'], 'result' in g
code = '''
total = 0
for i in range(5):
    total += i
'''
exec code
print total
# expect: 42
# expect: 15
# expect: 1 2
# expect: 101 False
# expect: 10
