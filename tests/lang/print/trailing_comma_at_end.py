# A trailing-comma print at the end of the program: CPython 2 ends the pending line at exit.
print 'first line'
print 'last',
print 'item',
# expect: first line
# expect: last item
