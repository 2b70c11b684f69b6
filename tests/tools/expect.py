#!/usr/bin/env python2.7
# Regenerates the trailing "# expect" block of rpyvm language tests from CPython 2.7.18.
#
# Developers only: tests and CI never run this; the generated blocks are checked in.
#
#   $(pyenv prefix 2.7.18)/bin/python tests/tools/expect.py [--check] [files or dirs...]
#
# Each test runs from the repo root as `python <path relative to repo root> <# args:>`, with
# tests/tools/pystubs (the rpython stub package) on PYTHONPATH and the test's "# stdin:" lines
# (each followed by a newline) on its standard input, /dev/null if it has none. Files named
# mod_*.py and everything inside a package directory (one with an __init__.py) are skipped.
# The old block (the trailing lines that are expect directives) is removed and a new one
# appended:
#   # expect: <stdout line>          (one per line; "# expect:" alone for an empty line)
#   # expect-no-newline              (stdout does not end with a newline)
#   # expect stderr: <stderr line>
#   # expect-stderr-no-newline
#   # expect exit: <code>            (when non-zero, or when the block would be empty)
# The test is then run again until the block is stable (a syntax error at EOF moves when the
# block's length changes) and to catch non-deterministic output.
# --check writes nothing and lists the tests whose block is out of date (exit 1 if any).
import os
import shlex
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
STUBS = os.path.join(ROOT, 'tests', 'tools', 'pystubs')
DEFAULT_DIR = os.path.join('tests', 'lang')

EXPECT_PREFIXES = ('# expect:', '# expect stderr:', '# expect exit:',
                   '# expect-no-newline', '# expect-stderr-no-newline')


def is_expect_line(line):
    return line.startswith(EXPECT_PREFIXES)


def find_tests(paths):
    found = []
    for p in paths:
        if os.path.isdir(p):
            for dirpath, dirnames, filenames in os.walk(p):
                dirnames.sort()
                if '__init__.py' in filenames:
                    dirnames[:] = []
                    continue
                for name in sorted(filenames):
                    if name.endswith('.py') and not name.startswith('mod_'):
                        found.append(os.path.join(dirpath, name))
        elif os.path.basename(p).startswith('mod_'):
            sys.stderr.write('skipping helper module %s\n' % p)
        elif os.path.isfile(os.path.join(os.path.dirname(p) or '.', '__init__.py')):
            sys.stderr.write('skipping package module %s\n' % p)
        else:
            found.append(p)
    return found


def split_body(text):
    """Returns the file's text without its trailing expect block."""
    lines = text.split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    while lines and is_expect_line(lines[-1]):
        lines.pop()
    body = '\n'.join(lines)
    if lines:
        body += '\n'
    return body


def read_args(text):
    for line in text.split('\n'):
        if line.startswith('# args:'):
            return shlex.split(line[len('# args:'):])
    return []


def read_stdin(text):
    """The test's standard input: its "# stdin:" lines, or None for /dev/null."""
    lines = []
    for line in text.split('\n'):
        if line.startswith('# stdin:'):
            rest = line[len('# stdin:'):]
            lines.append((rest[1:] if rest.startswith(' ') else rest) + '\n')
    return ''.join(lines) if lines else None


def env_for_test():
    env = dict((k, v) for k, v in os.environ.items() if not k.startswith('PYTHON'))
    env['PYTHONPATH'] = STUBS
    env['PYTHONDONTWRITEBYTECODE'] = '1'
    return env


def run(relpath, args, stdin):
    proc = subprocess.Popen([sys.executable, relpath] + args, cwd=ROOT, env=env_for_test(),
                            stdin=open(os.devnull) if stdin is None else subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = proc.communicate(stdin)
    return out, err, proc.returncode


def lines_of(stream, prefix, no_newline_directive):
    if stream == '':
        return []
    for bad in ('\r', '\0'):
        if bad in stream:
            raise ValueError('output contains %r; change the test' % bad)
    if stream.endswith('\n'):
        lines, tail = stream[:-1].split('\n'), []
    else:
        lines, tail = stream.split('\n'), [no_newline_directive]
    result = []
    for line in lines:
        result.append(prefix + (' ' + line if line else ''))
    return result + tail


def make_block(out, err, code):
    block = lines_of(out, '# expect:', '# expect-no-newline')
    block += lines_of(err, '# expect stderr:', '# expect-stderr-no-newline')
    if code != 0 or not block:
        block.append('# expect exit: %d' % code)
    return '\n'.join(block) + '\n'


def regenerate(path, check_only):
    relpath = os.path.relpath(os.path.abspath(path), ROOT)
    full = os.path.join(ROOT, relpath)
    f = open(full, 'rb')
    original = f.read()
    f.close()
    body = split_body(original)
    args = read_args(original)
    stdin = read_stdin(original)
    text = original
    for attempt in range(5):
        out, err, code = run(relpath, args, stdin)
        new_text = body + make_block(out, err, code)
        if new_text == text:
            return text != original
        if check_only:
            return True
        f = open(full, 'wb')
        f.write(new_text)
        f.close()
        text = new_text
    raise ValueError('expectations not stable after 5 runs (non-deterministic test?)')


def main(argv):
    check_only = False
    if argv and argv[0] == '--check':
        check_only = True
        argv = argv[1:]
    if not sys.version.startswith('2.7'):
        sys.stderr.write('expect.py must run under CPython 2.7 (have %s)\n' % sys.version)
        return 2
    tests = find_tests(argv or [os.path.join(ROOT, DEFAULT_DIR)])
    changed = errors = 0
    for path in tests:
        try:
            if regenerate(path, check_only):
                changed += 1
                print '%s %s' % ('out of date:' if check_only else 'updated:', path)
        except (ValueError, IOError, OSError), e:
            errors += 1
            print 'ERROR %s: %s' % (path, e)
    print '%d tests, %d %s, %d errors' % (len(tests), changed,
                                          'out of date' if check_only else 'updated', errors)
    return 1 if errors or (check_only and changed) else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
