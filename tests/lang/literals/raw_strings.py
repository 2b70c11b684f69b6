# Raw strings keep backslashes.
print r"\n"
print len(r"\n")
print r'C:\temp\new'
print R"\t\x41"
print r"""raw \triple"""
print len(r'\\')
print r"quote \" kept"
print repr(r"\d+")
# expect: \n
# expect: 2
# expect: C:\temp\new
# expect: \t\x41
# expect: raw \triple
# expect: 2
# expect: quote \" kept
# expect: '\\d+'
