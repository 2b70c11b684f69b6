# Package for the import tests: prints when it is first imported.
print 'pkg_shapes/__init__ running as', __name__
VERSION = '1.2'
__all__ = ['circle', 'square']

def describe():
    return 'shapes package ' + VERSION
