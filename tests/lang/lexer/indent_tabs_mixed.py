# Python 2 treats a tab as advancing to the next multiple of 8 columns,
# so a tab and 8 spaces are the same indentation level.
if True:
        x = 1
	y = 2
        print x + y
if x:
    if y:
    	print "tab after 4 spaces is column 8"
	
        print "still inside"
    print "back at 4"
print "end"
# expect: 3
# expect: tab after 4 spaces is column 8
# expect: still inside
# expect: back at 4
# expect: end
