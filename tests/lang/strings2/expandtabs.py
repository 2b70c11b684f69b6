# expandtabs with the default tab size 8 and explicit sizes; newlines reset the column.
s = 'a\tbc\tdef\tg'
print repr(s.expandtabs())
print repr(s.expandtabs(4))
print repr(s.expandtabs(1))
print repr(s.expandtabs(0))
print repr('x\ty\nab\tc'.expandtabs(3))
print repr('\t'.expandtabs(2)), repr(''.expandtabs())
# expect: 'a       bc      def     g'
# expect: 'a   bc  def g'
# expect: 'a bc def g'
# expect: 'abcdefg'
# expect: 'x  y\nab c'
# expect: '  ' ''
