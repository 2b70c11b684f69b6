# string.Template substitution.
from string import Template
t = Template('$who likes $what; ${who}s cost $$5')
print t.substitute(who='tim', what='kung pao')
print t.substitute({'who': 'ann', 'what': 'tea'})
print t.safe_substitute(who='bo')
try:
    t.substitute(who='x')
except KeyError as e:
    print 'KeyError', e
for bad in ['cost $', 'a\nb $!']:
    try:
        Template(bad).substitute()
    except ValueError as e:
        print e
print Template('$a$b').substitute(a=1, b=2), Template('x').template
# expect: tim likes kung pao; tims cost $5
# expect: ann likes tea; anns cost $5
# expect: bo likes $what; bos cost $5
# expect: KeyError 'what'
# expect: Invalid placeholder in string: line 1, col 6
# expect: Invalid placeholder in string: line 2, col 3
# expect: 12 x
