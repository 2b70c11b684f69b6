"""Extract, format and print exceptions and stack traces, as Python 2.7's
traceback module does (interpreter area of rpyvm).

Traceback objects have tb_lineno, tb_next and tb_frame (whose f_code gives
co_filename and co_name); frame objects come from tb_frame and sys._getframe.
Source lines are read from the files named by the code objects.
"""
import sys

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'tb_lineno']

_line_cache = {}


def _getline(filename, lineno):
    """Line `lineno` (1-based) of `filename`, '' when unavailable."""
    lines = _line_cache.get(filename)
    if lines is None:
        lines = []
        if filename and not (filename.startswith('<') and filename.endswith('>')):
            try:
                f = open(filename)
                try:
                    lines = f.read().split('\n')
                finally:
                    f.close()
            except (IOError, OSError):
                lines = []
        _line_cache[filename] = lines
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1] + '\n'
    return ''


def _write(file, text='', end='\n'):
    file.write(text + end)


def _limit(limit):
    if limit is None:
        return getattr(sys, 'tracebacklimit', None)
    return limit


def _entry(filename, lineno, name):
    line = _getline(filename, lineno)
    line = line.strip() if line else None
    return (filename, lineno, name, line or None)


def extract_tb(tb, limit=None):
    """(filename, line number, function name, text) for each level of tb."""
    limit = _limit(limit)
    result = []
    n = 0
    while tb is not None and (limit is None or n < limit):
        co = tb.tb_frame.f_code
        result.append(_entry(co.co_filename, tb.tb_lineno, co.co_name))
        tb = tb.tb_next
        n += 1
    return result


def extract_stack(f=None, limit=None):
    """The entries of the stack above frame f (the caller's frame by default),
    oldest first."""
    if f is None:
        f = sys._getframe(1)
    limit = _limit(limit)
    result = []
    n = 0
    while f is not None and (limit is None or n < limit):
        co = f.f_code
        result.append(_entry(co.co_filename, f.f_lineno, co.co_name))
        f = f.f_back
        n += 1
    result.reverse()
    return result


def format_list(extracted_list):
    """Lines ready for printing from extract_tb / extract_stack entries."""
    result = []
    for filename, lineno, name, line in extracted_list:
        item = '  File "%s", line %d, in %s\n' % (filename, lineno, name)
        if line:
            item += '    %s\n' % line.strip()
        result.append(item)
    return result


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in format_list(extracted_list):
        _write(file, item, '')


def format_tb(tb, limit=None):
    return format_list(extract_tb(tb, limit))


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe(1)
    return format_list(extract_stack(f, limit))


def print_tb(tb, limit=None, file=None):
    if file is None:
        file = sys.stderr
    for item in format_tb(tb, limit):
        _write(file, item, '')


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe(1)
    print_list(extract_stack(f, limit), file)


def _some_str(value):
    try:
        return str(value)
    except Exception:
        return '<unprintable %s object>' % type(value).__name__


def _final_line(etype, value):
    text = _some_str(value)
    if value is None or not text:
        return '%s\n' % etype
    return '%s: %s\n' % (etype, text)


def format_exception_only(etype, value):
    """The last lines of a traceback: 'Type: message' (the class's bare name),
    preceded for syntax errors by the file, line, text and caret."""
    if isinstance(etype, BaseException) or etype is None or type(etype) is str:
        return [_final_line(etype, value)]
    stype = etype.__name__
    if not issubclass(etype, SyntaxError):
        return [_final_line(stype, value)]
    lines = []
    try:
        msg, (filename, lineno, offset, badline) = value.args
    except Exception:
        pass
    else:
        filename = filename or '<string>'
        lines.append('  File "%s", line %d\n' % (filename, lineno))
        if badline is not None:
            lines.append('    %s\n' % badline.strip())
            if offset is not None:
                text = badline.rstrip('\n')
                offset = min(len(text), offset) - 1
                text = text[:offset].lstrip()
                caret = ''.join([c if c.isspace() else ' ' for c in text])
                lines.append('    %s^\n' % caret)
        value = msg
    lines.append(_final_line(stype, value))
    return lines


def format_exception(etype, value, tb, limit=None):
    """The lines print_exception writes, as a list of strings."""
    if tb:
        result = ['Traceback (most recent call last):\n'] + format_tb(tb, limit)
    else:
        result = []
    return result + format_exception_only(etype, value)


def print_exception(etype, value, tb, limit=None, file=None):
    if file is None:
        file = sys.stderr
    for line in format_exception(etype, value, tb, limit):
        _write(file, line, '')


def print_exc(limit=None, file=None):
    """Print the exception being handled (sys.exc_info()) to file or stderr."""
    etype, value, tb = sys.exc_info()
    print_exception(etype, value, tb, limit, file)


def format_exc(limit=None):
    """print_exc's text as a string."""
    etype, value, tb = sys.exc_info()
    return ''.join(format_exception(etype, value, tb, limit))


def print_last(limit=None, file=None):
    if not hasattr(sys, 'last_type'):
        raise ValueError('no last exception')
    print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit, file)


def tb_lineno(tb):
    return tb.tb_lineno
