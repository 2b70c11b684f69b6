# Identifiers that start like keywords, and names with digits and underscores.
iffy = 1
forty = 2
_private = 3
name_2 = 4
print_me = 5
notable = 6
None_like = 7
print iffy, forty, _private, name_2, print_me, notable, None_like
__dunder__ = "d"
print __dunder__
# expect: 1 2 3 4 5 6 7
# expect: d
