# Stub of the rpython package, for running tests under CPython 2.7 only.
