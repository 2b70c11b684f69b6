# swapcase, istitle and isalnum, including on empty strings and digits.
for s in ['Hello World', 'hELLO', 'abc123', '', '123', 'Title Case Words', 'Not title',
          'A1 B2', 'ALL CAPS', "Don'T", 'x y']:
    print repr(s), repr(s.swapcase()), s.istitle(), s.isalnum()
# expect: 'Hello World' 'hELLO wORLD' True False
# expect: 'hELLO' 'Hello' False True
# expect: 'abc123' 'ABC123' False True
# expect: '' '' False False
# expect: '123' '123' False True
# expect: 'Title Case Words' 'tITLE cASE wORDS' True False
# expect: 'Not title' 'nOT TITLE' False False
# expect: 'A1 B2' 'a1 b2' True False
# expect: 'ALL CAPS' 'all caps' False False
# expect: "Don'T" "dON't" True False
# expect: 'x y' 'X Y' False False
