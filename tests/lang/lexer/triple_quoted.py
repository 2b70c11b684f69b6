# Triple-quoted strings spanning several lines, with embedded quotes.
s = """first line
  second line with 'single' and "double" quotes
third"""
print s
t = '''a
b'''
print t
print len("""x
y""")
def f():
    """Docstring of f."""
    return 'ok'
print f()
u = """ends with quote\""""
print u
print """one"""
# expect: first line
# expect:   second line with 'single' and "double" quotes
# expect: third
# expect: a
# expect: b
# expect: 3
# expect: ok
# expect: ends with quote"
# expect: one
