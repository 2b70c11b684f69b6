# str.format: !r and !s conversions with and without a spec.
class C(object):
    def __str__(self):
        return 'str-C'
    def __repr__(self):
        return 'repr-C'
print '{0!s} {0!r} {0}'.format(C())
print '{0!r:>10}|{0!s:<8}|'.format('hi')
print '{!r}'.format([1, 'a'])
print '{0!r}'.format(1.1)
# expect: str-C repr-C str-C
# expect:       'hi'|hi      |
# expect: [1, 'a']
# expect: 1.1
