# Module for `from mod_star import *`: names with a leading underscore are not exported.
public = 'public'
_private = 'private'

def helper():
    return 'helper'
