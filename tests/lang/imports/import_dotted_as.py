# import a.b as c binds the submodule itself; a plain `import a.b` binds only a.
import pkg_shapes.square as sq
print sq.NAME, sq.area(5), sq.__name__
print 'pkg_shapes' in dir()
import pkg_shapes.circle
print pkg_shapes.circle.NAME
import pkg_shapes.sub.deep as d
print d.LEVEL, d.where()
# expect: pkg_shapes/__init__ running as pkg_shapes
# expect: pkg_shapes.square running as pkg_shapes.square
# expect: square 25 pkg_shapes.square
# expect: False
# expect: pkg_shapes.circle running as pkg_shapes.circle
# expect: circle
# expect: pkg_shapes.sub running as pkg_shapes.sub
# expect: pkg_shapes.sub.deep running as pkg_shapes.sub.deep
# expect: 2 pkg_shapes.sub.deep
