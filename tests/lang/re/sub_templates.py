# sub with backreferences, \g<name>, \g<0> and escapes in the template.
import re
print re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world, good day')
print re.sub(r'(?P<first>\w)(\w*)', r'\g<first>.\g<2>', 'abc def')
print re.sub(r'\d+', r'<\g<0>>', 'a1b22')
print re.sub(r'x', r'\n', 'axb') == 'a\nb'
print re.sub(r'x', r'\d', 'axb')
print re.sub(r'(a)', r'\1\1', 'banana')
print re.sub('a', 'b', 'aaaa', 2), re.sub('a', 'b', 'aaaa', count=1)
# expect: world hello, day good
# expect: a.bc d.ef
# expect: a<1>b<22>
# expect: True
# expect: a\db
# expect: baanaanaa
# expect: bbaa baaa
