# Module two levels down.
print 'pkg_shapes.sub.deep running as', __name__
LEVEL = 2

def where():
    return __name__
