# Character classes and quantifiers, greedy and lazy.
import re
print re.findall(r'[aeiou]', 'education'), re.findall(r'[^a-z ]', 'Hello World 42!')
print re.findall(r'[]x]+', 'a]x]b'), re.findall(r'[a-c-]+', 'ab-c d')
print re.match(r'a{2,3}', 'aaaa').group(), re.match(r'a{,2}', 'aaaa').group(), re.match(r'a{2}', 'aaa').group()
print re.match(r'<.*>', '<a><b>').group(), re.match(r'<.*?>', '<a><b>').group()
print re.match(r'(ab)+', 'ababx').group(), re.match(r'(ab)*?x', 'ababx').group()
print re.findall(r'\d\.\d', '1.5 2x3 4.7'), re.findall(r'[\w.-]+', 'a-b.c d_e')
print re.findall(r'x{', 'x{y'), re.match(r'\q', 'q').group()
# expect: ['e', 'u', 'a', 'i', 'o'] ['H', 'W', '4', '2', '!']
# expect: [']x]'] ['ab-c']
# expect: aaa aa aa
# expect: <a><b> <a>
# expect: abab ababx
# expect: ['1.5', '4.7'] ['a-b.c', 'd_e']
# expect: ['x{'] q
