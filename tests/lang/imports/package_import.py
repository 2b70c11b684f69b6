# import of a package runs its __init__.py; submodules must be imported explicitly.
import pkg_shapes
print pkg_shapes.VERSION, pkg_shapes.describe()
print hasattr(pkg_shapes, 'circle')
import pkg_shapes.circle
print hasattr(pkg_shapes, 'circle'), pkg_shapes.circle.NAME
print '%.4f' % pkg_shapes.circle.area(2)
import pkg_shapes
print pkg_shapes.__name__, pkg_shapes.circle.__name__
# expect: pkg_shapes/__init__ running as pkg_shapes
# expect: 1.2 shapes package 1.2
# expect: False
# expect: pkg_shapes.circle running as pkg_shapes.circle
# expect: True circle
# expect: 12.5664
# expect: pkg_shapes pkg_shapes.circle
