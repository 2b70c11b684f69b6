#!/usr/bin/env python
# -*- coding: utf-8 -*-
# Comments after code, after colons, and a '#' inside strings.
x = 1  # trailing comment
if x:  # comment after a colon
    print "hash # inside a string"  # comment
    print '#not a comment'
def f():  # comment
    # only a comment line, then code
    return 2
print f()  #
#
print "end"
# expect: hash # inside a string
# expect: #not a comment
# expect: 2
# expect: end
