# Named groups, groupdict, lastgroup, (?P=name).
import re
m = re.match(r'(?P<key>\w+)=(?P<val>\w*)', 'color=blue')
print m.group('key'), m.group('val'), m.group(1)
print sorted(m.groupdict().items())
print m.lastgroup, m.lastindex
print re.match(r'(?P<q>[\'"]).*?(?P=q)', '"hi" there').group()
print sorted(re.compile(r'(?P<a>x)(?P<b>y)').groupindex.items())
print m.expand(r'\g<val>:\g<key>:\1')
# expect: color blue color
# expect: [('key', 'color'), ('val', 'blue')]
# expect: val 2
# expect: "hi"
# expect: [('a', 1), ('b', 2)]
# expect: blue:color:color
