# A from-import of a name that a half-initialised module has not defined yet fails.
try:
    import mod_circ_from_a
except ImportError, e:
    print 'ImportError:', e
# expect: ImportError: cannot import name A_VALUE
