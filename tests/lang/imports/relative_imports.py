# A package using explicit relative imports and Python 2's implicit relative import.
import pkg_rel
print pkg_rel.shout('hi')
print pkg_rel.helper.__name__
print pkg_rel.combined('yo')
import sys
print 'helper' in sys.modules, 'pkg_rel.helper' in sys.modules
# expect: HI!
# expect: pkg_rel.helper
# expect: YO! (via pkg_rel.helper)
# expect: False True
