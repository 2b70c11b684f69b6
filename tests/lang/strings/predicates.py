# isdigit, isalpha, isspace, isupper, islower.
for s in ['123', 'abc', 'ABC', 'aB', ' \t\n', 'a1', '', 'A1', ' ']:
    print repr(s), s.isdigit(), s.isalpha(), s.isspace(), s.isupper(), s.islower()
# expect: '123' True False False False False
# expect: 'abc' False True False False True
# expect: 'ABC' False True False True False
# expect: 'aB' False True False False False
# expect: ' \t\n' False False True False False
# expect: 'a1' False False False False True
# expect: '' False False False False False
# expect: 'A1' False False False True False
# expect: ' ' False False True False False
