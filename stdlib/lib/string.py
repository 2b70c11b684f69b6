"""string: common string constants and the old string functions of Python 2.7.

Constants (ascii_letters, digits, punctuation, ...), capwords, maketrans,
the deprecated function forms of the str methods (lower, split, join,
atoi, zfill, ...) and Template ($-substitution). Template's placeholder
scanner is written by hand (no regular expressions): delimiter and the
identifier rule [_a-zA-Z][_a-zA-Z0-9]* as CPython's default idpattern.
"""

whitespace = ' \t\n\r\v\f'
lowercase = 'abcdefghijklmnopqrstuvwxyz'
uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
letters = lowercase + uppercase
ascii_lowercase = lowercase
ascii_uppercase = uppercase
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = """!"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"""
printable = digits + letters + punctuation + whitespace
# CPython 2.7 then takes whitespace from strop (a different order); printable
# keeps the order above.
whitespace = '\t\n\x0b\x0c\r '

_idmap = ''.join(map(chr, xrange(256)))


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string"""
    return (sep or ' ').join(x.capitalize() for x in s.split(sep))


def maketrans(fromstr, tostr):
    """maketrans(frm, to) -> string (a 256-byte translation table)"""
    if len(fromstr) != len(tostr):
        raise ValueError("maketrans arguments must have same length")
    L = list(_idmap)
    for i in range(len(fromstr)):
        L[ord(fromstr[i])] = tostr[i]
    return ''.join(L)


class _multimap:
    def __init__(self, primary, secondary):
        self._primary = primary
        self._secondary = secondary

    def __getitem__(self, key):
        try:
            return self._primary[key]
        except KeyError:
            return self._secondary[key]


_idstart = '_' + ascii_letters
_idchars = _idstart + digits


class Template(object):
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = r'[_a-z][_a-z0-9]*'

    def __init__(self, template):
        self.template = template

    def _invalid(self, i):
        lines = self.template[:i].splitlines(True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def _scan(self, mapping, safe):
        t = self.template
        d = self.delimiter
        dl = len(d)
        out = []
        i = 0
        n = len(t)
        while True:
            j = t.find(d, i)
            if j < 0:
                out.append(t[i:])
                break
            out.append(t[i:j])
            k = j + dl
            if t.startswith(d, k):
                out.append(d)
                i = k + dl
                continue
            if k < n and t[k] == '{':
                e = k + 1
                if e < n and t[e] in _idstart:
                    e += 1
                    while e < n and t[e] in _idchars:
                        e += 1
                    if e < n and t[e] == '}':
                        name = t[k + 1:e]
                        i = e + 1
                        out.append(self._lookup(mapping, name, t[j:i], safe))
                        continue
            elif k < n and t[k] in _idstart:
                e = k + 1
                while e < n and t[e] in _idchars:
                    e += 1
                name = t[k:e]
                i = e
                out.append(self._lookup(mapping, name, t[j:i], safe))
                continue
            if not safe:
                self._invalid(k)
            out.append(d)
            i = k
        return ''.join(out)

    def _lookup(self, mapping, name, whole, safe):
        if safe:
            try:
                return '%s' % (mapping[name],)
            except KeyError:
                return whole
        return '%s' % (mapping[name],)

    def substitute(*args, **kws):
        if not args:
            raise TypeError("descriptor 'substitute' of 'Template' object "
                            "needs an argument")
        self, args = args[0], args[1:]
        if len(args) > 1:
            raise TypeError('Too many positional arguments')
        if not args:
            mapping = kws
        elif kws:
            mapping = _multimap(kws, args[0])
        else:
            mapping = args[0]
        return self._scan(mapping, False)

    def safe_substitute(*args, **kws):
        if not args:
            raise TypeError("descriptor 'safe_substitute' of 'Template' object "
                            "needs an argument")
        self, args = args[0], args[1:]
        if len(args) > 1:
            raise TypeError('Too many positional arguments')
        if not args:
            mapping = kws
        elif kws:
            mapping = _multimap(kws, args[0])
        else:
            mapping = args[0]
        return self._scan(mapping, True)


# ---- the deprecated function forms of the str methods

index_error = ValueError
atoi_error = ValueError
atof_error = ValueError
atol_error = ValueError


def lower(s):
    return s.lower()


def upper(s):
    return s.upper()


def swapcase(s):
    return s.swapcase()


def strip(s, chars=None):
    return s.strip(chars)


def lstrip(s, chars=None):
    return s.lstrip(chars)


def rstrip(s, chars=None):
    return s.rstrip(chars)


def split(s, sep=None, maxsplit=-1):
    return s.split(sep, maxsplit)

splitfields = split


def rsplit(s, sep=None, maxsplit=-1):
    return s.rsplit(sep, maxsplit)


def join(words, sep=' '):
    return sep.join(words)

joinfields = join


def index(s, *args):
    return s.index(*args)


def rindex(s, *args):
    return s.rindex(*args)


def count(s, *args):
    return s.count(*args)


def find(s, *args):
    return s.find(*args)


def rfind(s, *args):
    return s.rfind(*args)

_float = float
_int = int
_long = long


def atof(s):
    return _float(s)


def atoi(s, base=10):
    return _int(s, base)


def atol(s, base=10):
    return _long(s, base)


def ljust(s, width, *args):
    return s.ljust(width, *args)


def rjust(s, width, *args):
    return s.rjust(width, *args)


def center(s, width, *args):
    return s.center(width, *args)


def zfill(x, width):
    if not isinstance(x, basestring):
        x = repr(x)
    return x.zfill(width)


def expandtabs(s, tabsize=8):
    return s.expandtabs(tabsize)


def translate(s, table, deletions=""):
    if deletions or table is None:
        return s.translate(table, deletions)
    else:
        return s.translate(table + s[:0])


def capitalize(s):
    return s.capitalize()


def replace(s, old, new, maxreplace=-1):
    return s.replace(old, new, maxreplace)


class Formatter(object):
    """string.Formatter: format() with overridable pieces."""

    def format(*args, **kwargs):
        if not args:
            raise TypeError("descriptor 'format' of 'Formatter' object "
                            "needs an argument")
        self, args = args[0], args[1:]
        if not args:
            raise TypeError("format() missing 1 required positional "
                            "argument: 'format_string'")
        format_string, args = args[0], args[1:]
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in \
                self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec = self._vformat(format_spec, args, kwargs,
                                            used_args, recursion_depth - 1)
                result.append(self.format_field(obj, format_spec))
        return ''.join(result)

    def get_value(self, key, args, kwargs):
        if isinstance(key, (int, long)):
            return args[key]
        else:
            return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        elif conversion == 's':
            return str(value)
        elif conversion == 'r':
            return repr(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        """(literal_text, field_name, format_spec, conversion) tuples."""
        s = format_string
        n = len(s)
        i = 0
        lit = []
        while i < n:
            c = s[i]
            if c == '{':
                if i + 1 < n and s[i + 1] == '{':
                    lit.append('{')
                    i += 2
                    continue
                depth = 1
                j = i + 1
                while j < n and depth:
                    if s[j] == '{':
                        depth += 1
                    elif s[j] == '}':
                        depth -= 1
                    j += 1
                if depth:
                    raise ValueError("unmatched '{' in format")
                field = s[i + 1:j - 1]
                k = 0
                while k < len(field) and field[k] not in '!:':
                    k += 1
                name = field[:k]
                conv = None
                spec = ''
                if k < len(field):
                    rest = field[k + 1:]
                    if field[k] == '!':
                        if not rest:
                            raise ValueError("end of format while looking for "
                                             "conversion specifier")
                        conv = rest[0]
                        if len(rest) > 1:
                            if rest[1] != ':':
                                raise ValueError("expected ':' after format specifier")
                            spec = rest[2:]
                    else:
                        spec = rest
                yield ''.join(lit), name, spec, conv
                lit = []
                i = j
            elif c == '}':
                if i + 1 < n and s[i + 1] == '}':
                    lit.append('}')
                    i += 2
                    continue
                raise ValueError("Single '}' encountered in format string")
            else:
                lit.append(c)
                i += 1
        if lit:
            yield ''.join(lit), None, None, None

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first


def _split_field(name):
    k = 0
    while k < len(name) and name[k] not in '.[':
        k += 1
    first = name[:k]
    if first.isdigit():
        first = int(first)
    rest = []
    while k < len(name):
        if name[k] == '.':
            e = k + 1
            while e < len(name) and name[e] not in '.[':
                e += 1
            rest.append((True, name[k + 1:e]))
            k = e
        elif name[k] == '[':
            e = name.find(']', k)
            if e < 0:
                raise ValueError("Missing ']' in format string")
            key = name[k + 1:e]
            if key.isdigit():
                key = int(key)
            rest.append((False, key))
            k = e + 1
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, rest
