# repr of strings picks quotes like CPython and escapes control and high bytes.
for s in ['plain', "it's", 'say "hi"', 'both \' and "', 'tab\there', 'nl\n',
          '\x00\x01\x7f\x80\xff', 'back\\slash', '\a\b\f\v']:
    print repr(s)
print str(['a', "b'c"]), str(("x",))
# expect: 'plain'
# expect: "it's"
# expect: 'say "hi"'
# expect: 'both \' and "'
# expect: 'tab\there'
# expect: 'nl\n'
# expect: '\x00\x01\x7f\x80\xff'
# expect: 'back\\slash'
# expect: '\x07\x08\x0c\x0b'
# expect: ['a', "b'c"] ('x',)
