"""Record of phased-in incompatible language changes.

Each feature is a _Feature: the release (a 5-tuple like sys.version_info)
that first accepted `from __future__ import feature`, the release in which it
became (or will become) mandatory, and the compiler flag that compile() takes
to enable it. The statement itself is handled by the compiler; this module is
what `import __future__` finds, as CPython 2.7's Lib/__future__.py.
"""

all_feature_names = [
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
]

__all__ = ["all_feature_names"] + all_feature_names

CO_NESTED = 0x0010                   # nested_scopes
CO_GENERATOR_ALLOWED = 0             # generators (obsolete, was 0x1000)
CO_FUTURE_DIVISION = 0x2000          # division
CO_FUTURE_ABSOLUTE_IMPORT = 0x4000   # absolute_import
CO_FUTURE_WITH_STATEMENT = 0x8000    # with_statement
CO_FUTURE_PRINT_FUNCTION = 0x10000   # print_function
CO_FUTURE_UNICODE_LITERALS = 0x20000 # unicode_literals


class _Feature:
    def __init__(self, optionalRelease, mandatoryRelease, compiler_flag):
        self.optional = optionalRelease
        self.mandatory = mandatoryRelease
        self.compiler_flag = compiler_flag

    def getOptionalRelease(self):
        """Return first release in which this feature was recognized.

        This is a 5-tuple, of the same form as sys.version_info.
        """
        return self.optional

    def getMandatoryRelease(self):
        """Return release in which this feature will become mandatory.

        This is a 5-tuple, of the same form as sys.version_info, or, if
        the feature was dropped, is None.
        """
        return self.mandatory

    def __repr__(self):
        return "_Feature" + repr((self.optional, self.mandatory, self.compiler_flag))


nested_scopes = _Feature((2, 1, 0, "beta", 1), (2, 2, 0, "alpha", 0), CO_NESTED)
generators = _Feature((2, 2, 0, "alpha", 1), (2, 3, 0, "final", 0), CO_GENERATOR_ALLOWED)
division = _Feature((2, 2, 0, "alpha", 2), (3, 0, 0, "alpha", 0), CO_FUTURE_DIVISION)
absolute_import = _Feature((2, 5, 0, "alpha", 1), (3, 0, 0, "alpha", 0),
                           CO_FUTURE_ABSOLUTE_IMPORT)
with_statement = _Feature((2, 5, 0, "alpha", 1), (2, 6, 0, "alpha", 0),
                          CO_FUTURE_WITH_STATEMENT)
print_function = _Feature((2, 6, 0, "alpha", 2), (3, 0, 0, "alpha", 0),
                          CO_FUTURE_PRINT_FUNCTION)
unicode_literals = _Feature((2, 6, 0, "alpha", 2), (3, 0, 0, "alpha", 0),
                            CO_FUTURE_UNICODE_LITERALS)
