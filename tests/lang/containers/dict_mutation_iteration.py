# Changing a dict's size while iterating raises RuntimeError; iterating over a copy is fine.
d = {'a': 1, 'b': 2, 'c': 3}
try:
    for k in d:
        d['new_' + k] = 0
except RuntimeError, e:
    print 'RuntimeError:', e
d = {'a': 1, 'b': 2, 'c': 3}
for k in d.keys():
    if d[k] % 2:
        del d[k]
print d
for k in d:
    d[k] = 'changed values are fine'
print d
# expect: RuntimeError: dictionary changed size during iteration
# expect: {'b': 2}
# expect: {'b': 'changed values are fine'}
