# subclassing str
class Shout(str):
    def shout(self): return self.upper() + '!'
s = Shout('hey')
print s, repr(s), s.shout(), len(s), s + 'x', type(s + 'x').__name__, type(s).__name__
print s == 'hey', isinstance(s, str), s.startswith('h'), s[1], {s: 1}['hey'], 'e' in s
print '%s|' % s, '-'.join([s, s]), str(s), type(str(s)).__name__
class Tag(str):
    def __new__(cls, v):
        return str.__new__(cls, '<' + v + '>')
print Tag('b'), Tag('b').upper()
class R(str):
    def __repr__(self): return 'R' + str.__repr__(self)
print repr(R('q')), [R('q')]
# expect: hey 'hey' HEY! 3 heyx str Shout
# expect: True True True e 1 True
# expect: hey| hey-hey hey str
# expect: <b> <B>
# expect: R'q' [R'q']
