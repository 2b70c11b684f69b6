# AttributeError wording for old-style classes and their instances, and the
# two wordings of "does not support item deletion" (index vs slice key).
class Old:
    x = 1
class New(object):
    pass

def attempt(f):
    try:
        f()
        print 'no error'
    except Exception as e:
        print type(e).__name__ + ':', e

o = Old()
attempt(lambda: o.missing)
attempt(lambda: Old.missing)
attempt(lambda: getattr(o, 'nope'))
attempt(lambda: New().missing)
attempt(lambda: New.missing)
def delete_twice():
    o.y = 2
    del o.y
    del o.y
attempt(delete_twice)
def delete_class_attr():
    del o.x
attempt(delete_class_attr)
print hasattr(o, 'missing'), getattr(o, 'missing', 'default')

def d(src):
    def f():
        exec src in {'New': New}
    return f
for src in ['del (1, 2)[0]', 'del (1, 2)[1L]', 'del (1, 2)[True]', 'del (1, 2)[::-1]',
            'del (1, 2)[0:1]', "del 'ab'[0]", "del 'ab'[::1]", 'del xrange(3)[0]',
            'del xrange(3)[::2]', 'del frozenset()[0]', 'x = 5\ndel x[0]',
            'del New()[0]', 'del New()[::1]']:
    attempt(d(src))
# expect: AttributeError: Old instance has no attribute 'missing'
# expect: AttributeError: class Old has no attribute 'missing'
# expect: AttributeError: Old instance has no attribute 'nope'
# expect: AttributeError: 'New' object has no attribute 'missing'
# expect: AttributeError: type object 'New' has no attribute 'missing'
# expect: AttributeError: Old instance has no attribute 'y'
# expect: AttributeError: Old instance has no attribute 'x'
# expect: False default
# expect: TypeError: 'tuple' object doesn't support item deletion
# expect: TypeError: 'tuple' object doesn't support item deletion
# expect: TypeError: 'tuple' object doesn't support item deletion
# expect: TypeError: 'tuple' object does not support item deletion
# expect: TypeError: 'tuple' object does not support item deletion
# expect: TypeError: 'str' object doesn't support item deletion
# expect: TypeError: 'str' object does not support item deletion
# expect: TypeError: 'xrange' object doesn't support item deletion
# expect: TypeError: 'xrange' object does not support item deletion
# expect: TypeError: 'frozenset' object doesn't support item deletion
# expect: TypeError: 'int' object does not support item deletion
# expect: TypeError: 'New' object doesn't support item deletion
# expect: TypeError: 'New' object does not support item deletion
