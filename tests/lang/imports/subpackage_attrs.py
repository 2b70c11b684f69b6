# Packages have __path__ (a list) and __name__; submodules are attributes after import.
import pkg_shapes.sub.deep
import sys
print pkg_shapes.sub.__name__, pkg_shapes.sub.deep.__name__
print type(pkg_shapes.__path__).__name__, len(pkg_shapes.__path__)
for name in ['pkg_shapes', 'pkg_shapes.sub', 'pkg_shapes.sub.deep', 'pkg_shapes.circle']:
    print name, name in sys.modules
print sys.modules['pkg_shapes.sub.deep'] is pkg_shapes.sub.deep
# expect: pkg_shapes/__init__ running as pkg_shapes
# expect: pkg_shapes.sub running as pkg_shapes.sub
# expect: pkg_shapes.sub.deep running as pkg_shapes.sub.deep
# expect: pkg_shapes.sub pkg_shapes.sub.deep
# expect: list 1
# expect: pkg_shapes True
# expect: pkg_shapes.sub True
# expect: pkg_shapes.sub.deep True
# expect: pkg_shapes.circle False
# expect: True
