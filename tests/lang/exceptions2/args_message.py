# Exception .args and .message, and str/repr for zero, one and several arguments.
for e in [Exception(), Exception('one'), Exception('a', 2), ValueError(42),
          KeyError('key'), KeyError(), IndexError(1, 2, 3)]:
    print repr(e), '|', str(e), '|', e.args, '|', repr(e.message)
e = RuntimeError('x')
e.args = ('changed', 'args')
print str(e), e.args
e = ValueError('m')
e.extra = 5
print e.extra, e.args
print str(KeyError('k')), str(KeyError('a', 'b')), repr(str(KeyError()))
# expect: Exception() |  | () | ''
# expect: Exception('one',) | one | ('one',) | 'one'
# expect: Exception('a', 2) | ('a', 2) | ('a', 2) | ''
# expect: ValueError(42,) | 42 | (42,) | 42
# expect: KeyError('key',) | 'key' | ('key',) | 'key'
# expect: KeyError() |  | () | ''
# expect: IndexError(1, 2, 3) | (1, 2, 3) | (1, 2, 3) | ''
# expect: ('changed', 'args') ('changed', 'args')
# expect: 5 ('m',)
# expect: 'k' ('a', 'b') ''
