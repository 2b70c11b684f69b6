# `import __future__` finds a module with CPython 2.7's feature records, while
# `from __future__ import ...` at the top of a file stays a compiler directive.
from __future__ import division
import __future__
import __future__ as fut

print 7 / 2, 7 // 2
print __future__ is fut, __future__.__name__
print __future__.all_feature_names
print sorted(__future__.__all__)
for name in __future__.all_feature_names:
    f = getattr(__future__, name)
    print name, f.getOptionalRelease(), f.getMandatoryRelease(), hex(f.compiler_flag)
    print repr(f)
print isinstance(__future__.division, __future__._Feature)
print __future__.CO_FUTURE_DIVISION, __future__.CO_FUTURE_PRINT_FUNCTION, __future__.CO_NESTED
print __future__.division.optional < __future__.division.mandatory
import sys
print sys.version_info[:2] >= __future__.with_statement.getMandatoryRelease()[:2]
print 'division' in dir(__future__), '_Feature' in dir(__future__)

# the module does not change what the compiler does with the statement
src = "from __future__ import division\nprint 1 / 4\n"
exec compile(src, '<future>', 'exec')
exec "print 1 / 4"
try:
    exec "x = 1\nfrom __future__ import division\n"
except SyntaxError as e:
    print 'SyntaxError', e.msg
try:
    exec "from __future__ import braces\n"
except SyntaxError as e:
    print 'SyntaxError', e.msg
try:
    exec "from __future__ import no_such_thing\n"
except SyntaxError as e:
    print 'SyntaxError', e.msg
# expect: 3.5 3
# expect: True __future__
# expect: ['nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement', 'print_function', 'unicode_literals']
# expect: ['absolute_import', 'all_feature_names', 'division', 'generators', 'nested_scopes', 'print_function', 'unicode_literals', 'with_statement']
# expect: nested_scopes (2, 1, 0, 'beta', 1) (2, 2, 0, 'alpha', 0) 0x10
# expect: _Feature((2, 1, 0, 'beta', 1), (2, 2, 0, 'alpha', 0), 16)
# expect: generators (2, 2, 0, 'alpha', 1) (2, 3, 0, 'final', 0) 0x0
# expect: _Feature((2, 2, 0, 'alpha', 1), (2, 3, 0, 'final', 0), 0)
# expect: division (2, 2, 0, 'alpha', 2) (3, 0, 0, 'alpha', 0) 0x2000
# expect: _Feature((2, 2, 0, 'alpha', 2), (3, 0, 0, 'alpha', 0), 8192)
# expect: absolute_import (2, 5, 0, 'alpha', 1) (3, 0, 0, 'alpha', 0) 0x4000
# expect: _Feature((2, 5, 0, 'alpha', 1), (3, 0, 0, 'alpha', 0), 16384)
# expect: with_statement (2, 5, 0, 'alpha', 1) (2, 6, 0, 'alpha', 0) 0x8000
# expect: _Feature((2, 5, 0, 'alpha', 1), (2, 6, 0, 'alpha', 0), 32768)
# expect: print_function (2, 6, 0, 'alpha', 2) (3, 0, 0, 'alpha', 0) 0x10000
# expect: _Feature((2, 6, 0, 'alpha', 2), (3, 0, 0, 'alpha', 0), 65536)
# expect: unicode_literals (2, 6, 0, 'alpha', 2) (3, 0, 0, 'alpha', 0) 0x20000
# expect: _Feature((2, 6, 0, 'alpha', 2), (3, 0, 0, 'alpha', 0), 131072)
# expect: True
# expect: 8192 65536 16
# expect: True
# expect: True
# expect: True True
# expect: 0.25
# expect: 0.25
# expect: SyntaxError from __future__ imports must occur at the beginning of the file
# expect: SyntaxError not a chance
# expect: SyntaxError future feature no_such_thing is not defined
