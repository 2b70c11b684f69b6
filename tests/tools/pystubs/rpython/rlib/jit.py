# Stub of rpython.rlib.jit for CPython 2.7, used only to produce the reference output of the
# test corpus. Untranslated RPython semantics: hints are no-ops, decorators return the
# function unchanged, we_are_jitted() is False, merge points check their arguments.

PARAMETERS = {
    'threshold': 1039,
    'function_threshold': 1619,
    'trace_eagerness': 200,
    'decay': 40,
    'trace_limit': 6000,
    'inlining': 1,
    'loop_longevity': 1000,
    'retrace_limit': 0,
    'max_retrace_guards': 15,
    'max_unroll_loops': 0,
    'disable_unrolling': 200,
    'enable_opts': 'all',
    'max_unroll_recursion': 7,
}


def elidable(func):
    return func

purefunction = elidable


def elidable_promote(promote_args='all'):
    def decorator(func):
        return func
    return decorator


def dont_look_inside(func):
    return func


def look_inside(func):
    return func


def unroll_safe(func):
    return func


def oopspec(spec):
    def decorator(func):
        return func
    return decorator


def promote(x):
    return x


def promote_string(x):
    return x


def hint(x, **kwds):
    return x


def we_are_jitted():
    return False


def isconstant(x):
    return False


def isvirtual(x):
    return False


class JitHintError(Exception):
    pass


class JitDriver(object):
    def __init__(self, greens=None, reds=None, virtualizables=None,
                 get_printable_location=None, confirm_enter_jit=None,
                 can_never_inline=None, should_unroll_one_iteration=None,
                 name='jitdriver', check_untranslated=True, vectorize=False,
                 get_unique_id=None, is_recursive=False, get_location=None):
        if greens is None:
            greens = []
        if reds is None:
            raise JitHintError("JitDriver needs reds")
        self.greens = list(greens)
        self.autoreds = reds == 'auto'
        self.reds = [] if self.autoreds else list(reds)
        self.name = name
        self.get_printable_location = get_printable_location

    def _check(self, livevars):
        if self.autoreds:
            expected = set(self.greens)
        else:
            expected = set(self.greens) | set(self.reds)
        if set(livevars) != expected:
            raise JitHintError("%s: wrong live variables %r, expected %r" % (
                self.name, sorted(livevars), sorted(expected)))

    def jit_merge_point(self, **livevars):
        self._check(livevars)

    def can_enter_jit(self, **livevars):
        self._check(livevars)

    def loop_header(self):
        pass


def set_param(driver, name, value):
    if name not in PARAMETERS:
        raise ValueError("no such JIT parameter: %s" % (name,))


def set_user_param(driver, text):
    pass
