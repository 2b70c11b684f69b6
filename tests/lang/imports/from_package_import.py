# from package import submodule, and from package.module import names.
from pkg_shapes import square
print square.area(3)
from pkg_shapes.circle import area, NAME as circle_name
print '%.2f' % area(1), circle_name
from pkg_shapes.sub.deep import where
print where()
from pkg_shapes import VERSION, describe
print VERSION, describe()
# expect: pkg_shapes/__init__ running as pkg_shapes
# expect: pkg_shapes.square running as pkg_shapes.square
# expect: 9
# expect: pkg_shapes.circle running as pkg_shapes.circle
# expect: 3.14 circle
# expect: pkg_shapes.sub running as pkg_shapes.sub
# expect: pkg_shapes.sub.deep running as pkg_shapes.sub.deep
# expect: pkg_shapes.sub.deep
# expect: 1.2 shapes package 1.2
