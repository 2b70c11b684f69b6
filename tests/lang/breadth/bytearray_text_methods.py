# bytearray's str-like methods return bytearrays (or lists/tuples of them); predicates return bools.
b = bytearray('hello world')
print b.split(), b.split('o'), b.rsplit(None, 1)
print b.upper(), b.title(), b.capitalize(), b.swapcase(), b.center(15, '*'), b.zfill(13)
print b.count('l'), b.find('o'), b.rfind('o'), b.index('w'), b.startswith('he'), b.endswith(('x', 'd'))
print b.replace('l', 'L'), b.strip('hd'), b.partition(' '), b.translate(None, 'lo')
print b.isalpha(), bytearray('abc').isalpha(), bytearray('12').isdigit(), bytearray('A B').istitle()
print bytearray(',').join(['a', bytearray('b'), 'c']), type(b.join([])).__name__
print bytearray('a\nb').splitlines(), bytearray('x\ty').expandtabs(4), bytearray('ab').decode('ascii')
print bytearray.fromhex('41 42 7a'), repr(bytearray('a\'b"\n\x00\xff')), repr(bytearray("it's"))
print bytearray('abc') == 'abc', 'abc' == bytearray('abc'), bytearray('a') < bytearray('b'), 'x' + bytearray('y')
print str(bytearray('abc')) + '!', '%s' % bytearray('fmt'), 'bc' in bytearray('abc'), bytearray('ab') in bytearray('xaby')
# expect: [bytearray(b'hello'), bytearray(b'world')] [bytearray(b'hell'), bytearray(b' w'), bytearray(b'rld')] [bytearray(b'hello'), bytearray(b'world')]
# expect: HELLO WORLD Hello World Hello world HELLO WORLD **hello world** 00hello world
# expect: 3 4 7 6 True True
# expect: heLLo worLd ello worl (bytearray(b'hello'), bytearray(b' '), bytearray(b'world')) he wrd
# expect: False True True True
# expect: a,b,c bytearray
# expect: [bytearray(b'a'), bytearray(b'b')] x   y ab
# expect: ABz bytearray(b'a\'b"\n\x00\xff') bytearray(b"it\'s")
# expect: True True True xy
# expect: abc! fmt True True
