# A backslash-newline inside a string literal is removed.
s = "abc\
def"
print s
t = """line1\
line2"""
print t
print len('x\
y')
# expect: abcdef
# expect: line1line2
# expect: 2
