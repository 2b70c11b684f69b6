# Helper module of pkg_rel.
def shout(s):
    return s.upper() + '!'
