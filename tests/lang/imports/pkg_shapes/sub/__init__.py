# Subpackage of pkg_shapes.
print 'pkg_shapes.sub running as', __name__
