# __class__, __name__, __module__, __doc__, __bases__
class C(object):
    "The doc."
    pass
class E(object):
    pass
c = C()
print c.__class__.__name__, C.__name__, C.__module__, C.__doc__, E.__doc__
print C.__bases__, c.__class__ is C, type(c) is C
print c.__doc__, c.__module__
C.__name__ = 'Renamed'
print C.__name__, repr(C).split("'")[1]
# expect: C C __main__ The doc. None
# expect: (<type 'object'>,) True True
# expect: The doc. __main__
# expect: Renamed __main__.Renamed
