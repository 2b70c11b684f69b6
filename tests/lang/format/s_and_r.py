# %s and %r.
print '%s' % 'text'
print '%r' % 'text'
print '%s|%r' % (42, 42)
print '%s' % None
print '%s %s' % (True, 1.5)
print '%r' % 1.5
print '%s' % [1, 'a']
print '%r' % "it's"
print '%s' % (1.0 / 3)
print '%r' % (1.0 / 3)
# expect: text
# expect: 'text'
# expect: 42|42
# expect: None
# expect: True 1.5
# expect: 1.5
# expect: [1, 'a']
# expect: "it's"
# expect: 0.333333333333
# expect: 0.3333333333333333
