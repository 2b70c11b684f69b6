# Module functions share a cache; purge empties it.
import re
for i in range(300):
    re.match('a%d' % (i % 150), 'a%d' % (i % 150))
re.purge()
print re.sub('(b)', r'[\1]', 'abc'), re.template('a').match('a').group()
# expect: a[b]c a
