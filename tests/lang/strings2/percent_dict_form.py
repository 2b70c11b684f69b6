# % formatting with a mapping: %(name)s, repeated keys, flags and widths with names.
d = {'name': 'Ann', 'age': 31, 'score': 9.5}
print '%(name)s is %(age)d' % d
print '%(name)s / %(name)r / %(name)10s|' % d
print '%(age)05d %(score).2f %(score)-8.1f|' % d
print '%(age)x %(age)o %(age)+d' % d
print '%(name)s has 100%% of %(age)s' % d
print '%(missing)s' % {'missing': None}
class Lookup(object):
    def __getitem__(self, key):
        return key.upper()
print '%(abc)s and %(xyz)s' % Lookup()
try:
    '%(nope)s' % d
except KeyError, e:
    print 'KeyError:', e
try:
    '%(name)s' % ('tuple',)
except TypeError, e:
    print 'TypeError:', e
print '%s' % {'one': 1}
# expect: Ann is 31
# expect: Ann / 'Ann' /        Ann|
# expect: 00031 9.50 9.5     |
# expect: 1f 37 +31
# expect: Ann has 100% of 31
# expect: None
# expect: ABC and XYZ
# expect: KeyError: 'nope'
# expect: TypeError: format requires a mapping
# expect: {'one': 1}
