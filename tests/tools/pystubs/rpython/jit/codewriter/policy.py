# Stub of rpython.jit.codewriter.policy for CPython 2.7 (reference output only).


class JitPolicy(object):
    def __init__(self, jithookiface=None):
        self.jithookiface = jithookiface

    def look_inside_function(self, func):
        return True
