# sub with a replacement function; subn counts.
import re
def double(m):
    return str(int(m.group()) * 2)
print re.sub(r'\d+', double, 'a1 b20 c300')
print re.sub(r'[aeiou]', lambda m: m.group().upper(), 'programming language')
print re.subn(r'\s+', ' ', 'a  b   c d')
print re.subn('z', 'y', 'abc')
print re.sub('x*', '-', 'abc')
print re.sub(r'(\d)', lambda m: '' , 'a1b2')
# expect: a2 b40 c600
# expect: prOgrAmmIng lAngUAgE
# expect: ('a b c d', 3)
# expect: ('abc', 0)
# expect: -a-b-c-
# expect: ab
