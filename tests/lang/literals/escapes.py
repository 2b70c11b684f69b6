# Escape sequences in string literals (control characters shown through repr/ord).
print "a\nb"
print "tab\there"
print "back\\slash"
print 'it\'s'
print "say \"x\""
print "\x41\x42\x43"
print "\101\102\103"
print ord("\a"), ord("\b"), ord("\f"), ord("\v"), ord("\r"), ord("\0")
print repr("\a\b\f\v\r")
print repr("\t\n")
print len("\x00\x01")
print "\7" == "\a"
print "\q\d"
print len("\q")
print "\x4a\x4B"
# expect: a
# expect: b
# expect: tab	here
# expect: back\slash
# expect: it's
# expect: say "x"
# expect: ABC
# expect: ABC
# expect: 7 8 12 11 13 0
# expect: '\x07\x08\x0c\x0b\r'
# expect: '\t\n'
# expect: 2
# expect: True
# expect: \q\d
# expect: 2
# expect: JK
