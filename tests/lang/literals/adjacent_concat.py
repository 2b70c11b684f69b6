# Adjacent string literals are concatenated at compile time.
print "abc" "def"
print 'a' "b" '''c''' """d"""
s = ("first "
     "second "
     'third')
print s
print "x" r"\n" "y"
print len("ab" "cd")
# expect: abcdef
# expect: abcd
# expect: first second third
# expect: x\ny
# expect: 4
