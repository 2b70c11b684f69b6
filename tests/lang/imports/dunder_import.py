# __import__ returns the top-level package unless a fromlist is given.
m = __import__('pkg_shapes.circle')
print m.__name__
m = __import__('pkg_shapes.circle', globals(), locals(), ['area'])
print m.__name__
m = __import__('mod_counter')
print m.__name__, m.count
# expect: pkg_shapes/__init__ running as pkg_shapes
# expect: pkg_shapes.circle running as pkg_shapes.circle
# expect: pkg_shapes
# expect: pkg_shapes.circle
# expect: mod_counter executing
# expect: mod_counter 0
