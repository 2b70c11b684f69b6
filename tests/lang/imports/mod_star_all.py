# Module with __all__ limiting `from mod_star_all import *`.
__all__ = ['exported', '_also_exported']
exported = 1
_also_exported = 2
not_exported = 3
