# re.error messages for bad patterns and templates.
import re
for pat in ['(a', 'a)', '*a', '[a', '[z-a]', 'a**', '(?P<1>x)', '(?P=zz)', '(?Px)', '\\']:
    try:
        re.compile(pat)
        print pat, 'ok'
    except re.error as e:
        print repr(pat), e
for tpl in [r'\2', r'\g<x>', '\\']:
    try:
        re.sub('(a)', tpl, 'a')
    except (re.error, IndexError) as e:
        print repr(tpl), type(e).__name__, e
try:
    re.match(5, 'a')
except TypeError as e:
    print e
print issubclass(re.error, Exception)
# expect: '(a' unbalanced parenthesis
# expect: 'a)' unbalanced parenthesis
# expect: '*a' nothing to repeat
# expect: '[a' unexpected end of regular expression
# expect: '[z-a]' bad character range
# expect: 'a**' multiple repeat
# expect: '(?P<1>x)' bad character in group name '1'
# expect: '(?P=zz)' unknown group name: 'zz'
# expect: '(?Px)' unknown specifier: ?Px
# expect: '\\' bogus escape (end of line)
# expect: '\\2' error invalid group reference
# expect: '\\g<x>' IndexError unknown group name: 'x'
# expect: '\\' error bogus escape (end of line)
# expect: first argument must be string or compiled pattern
# expect: True
