# Imports inside try/except ImportError, if statements and functions.
try:
    import no_such_fast_module as impl
    print 'fast'
except ImportError:
    import mod_counter as impl
    print 'fallback', impl.__name__
USE_CIRCLE = False
if USE_CIRCLE:
    from pkg_shapes import circle as shape
else:
    from pkg_shapes import square as shape
print shape.NAME
def lazy():
    import pkg_shapes.sub.deep
    return pkg_shapes.sub.deep.LEVEL
print 'before lazy'
print lazy()
print 'pkg_shapes' in globals()
# expect: mod_counter executing
# expect: fallback mod_counter
# expect: pkg_shapes/__init__ running as pkg_shapes
# expect: pkg_shapes.square running as pkg_shapes.square
# expect: square
# expect: before lazy
# expect: pkg_shapes.sub running as pkg_shapes.sub
# expect: pkg_shapes.sub.deep running as pkg_shapes.sub.deep
# expect: 2
# expect: False
