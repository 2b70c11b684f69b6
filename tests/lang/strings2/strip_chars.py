# strip/lstrip/rstrip with explicit character sets; splitlines(keepends).
print repr('xxhixx'.strip('x')), repr('<<a>>'.lstrip('<')), repr('<<a>>'.rstrip('>'))
print repr('abcHELLOcba'.strip('abc')), repr('  \t\n ws \n'.strip())
print repr('...'.strip('.')), repr(''.strip('x')), repr('abc'.strip(''))
print 'one\ntwo\r\nthree\rfour'.splitlines()
print 'one\ntwo\r\nthree\n'.splitlines(True)
print ''.splitlines(), '\n'.splitlines(), '\n\n'.splitlines(True)
# expect: 'hi' 'a>>' '<<a'
# expect: 'HELLO' 'ws'
# expect: '' '' 'abc'
# expect: ['one', 'two', 'three', 'four']
# expect: ['one\n', 'two\r\n', 'three\n']
# expect: [] [''] ['\n', '\n']
