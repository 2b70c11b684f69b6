# Program used by tests/run_cli.py (not a tests/lang test: no expect block).
def f(n):
    return n * 2
print 'hello from tests/cli'
print f(3)
