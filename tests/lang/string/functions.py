# The string module functions.
import string
print string.capwords('  hello   big world '), string.capwords('a-b-c', '-')
print string.join(['a', 'b', 'c']), string.join(['a', 'b'], '+'), string.split('a b  c'), string.split('a,b', ',')
print string.upper('abc'), string.lower('ABC'), string.strip('  x '), string.replace('aaa', 'a', 'b', 2)
print string.atoi('42'), string.atoi('ff', 16), string.atof('2.5'), string.zfill('42', 5), string.zfill(-7, 4)
print string.find('hello', 'l'), string.rfind('hello', 'l'), string.count('banana', 'a'), string.index('abc', 'c')
print string.ljust('a', 3) + '|', string.rjust('a', 3), string.center('a', 5, '*'), string.swapcase('aBc')
t = string.maketrans('abc', 'xyz')
print len(t), 'aabbcc'.translate(t), string.translate('abc', t, 'b')
try:
    string.maketrans('ab', 'c')
except ValueError as e:
    print e
# expect: Hello Big World A-B-C
# expect: a b c a+b ['a', 'b', 'c'] ['a', 'b']
# expect: ABC abc x bba
# expect: 42 255 2.5 00042 -007
# expect: 2 3 3 2
# expect: a  |   a **a** AbC
# expect: 256 xxyyzz xz
# expect: maketrans arguments must have same length
