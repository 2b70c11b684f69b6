# Importing a module that does not exist raises ImportError.
try:
    import mod_does_not_exist
except ImportError, e:
    print 'ImportError:', e
try:
    from mod_helper import nothing_here
except ImportError, e:
    print 'ImportError:', e
# expect: ImportError: No module named mod_does_not_exist
# expect: mod_helper imported as mod_helper
# expect: ImportError: cannot import name nothing_here
