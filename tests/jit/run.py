#!/usr/bin/env python3
"""Runs the JIT tests (tests/jit/*.py): each program's output and its JIT log.

    python3 tests/jit/run.py --vm build/rpyvm [-v] [tests...]

A test is a Python 2 program with directives (comment lines from column 0):

    # jit: threshold=10,trace_eagerness=5   the --jit parameters of the run
    # args: a b                             extra sys.argv
    # expect: <line>                        expected stdout, line by line (optional:
                                            stdout must in any case equal the output
                                            of the same program under --jit off)
    # pypylog: jit-log-opt,jit-abort        PYPYLOG categories (default: jit)
    # log-contains: <text>                  the log contains text
    # log-not-contains: <text>              ... does not contain it
    # section-contains: <cat> <text>        some section {cat ... cat} contains text
    # section-not-contains: <cat> <text>    no section {cat ... cat} contains text
    # count-at-least: <n> <text>            text occurs at least n times in the log
    # log-matches: <regex>                  some line of the log matches (re.search,
                                            multiline: ^ and $ are line ends)

Each test runs from the repo root with PYPYLOG=<cats>:<temporary file>. Prints one
line per failing check and "N passed, M failed"; exits 1 on failure.
"""
import argparse
import os
import re
import shlex
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
HERE = os.path.dirname(os.path.abspath(__file__))


def parse(path):
    t = {'jit': 'default', 'args': [], 'expect': [], 'has_expect': False,
         'pypylog': 'jit', 'checks': []}
    for line in open(path, encoding='latin-1').read().split('\n'):
        if not line.startswith('# '):
            continue
        key, _, val = line[2:].partition(':')
        val = val[1:] if val.startswith(' ') else val
        if key == 'jit':
            t['jit'] = val.strip()
        elif key == 'args':
            t['args'] = shlex.split(val)
        elif key == 'expect':
            t['expect'].append(val)
            t['has_expect'] = True
        elif key == 'pypylog':
            t['pypylog'] = val.strip()
        elif key in ('log-contains', 'log-not-contains', 'section-contains',
                     'section-not-contains', 'count-at-least', 'log-matches'):
            t['checks'].append((key, val))
    return t


def sections(log, cat):
    """Bodies of the log sections {cat ... cat} (cat may be a prefix)."""
    out = []
    for m in re.finditer(r'\{(' + re.escape(cat) + r'[^\s]*)\n(.*?)\n\[[0-9a-f]+\] \1\}',
                         log, re.S):
        out.append(m.group(2))
    return out


def check(t, log):
    errors = []
    for key, val in t['checks']:
        if key == 'log-contains' and val not in log:
            errors.append('log does not contain %r' % val)
        elif key == 'log-not-contains' and val in log:
            errors.append('log contains %r' % val)
        elif key in ('section-contains', 'section-not-contains'):
            cat, _, text = val.partition(' ')
            secs = sections(log, cat)
            found = any(text in s for s in secs)
            if key == 'section-contains' and not found:
                errors.append('no %s section contains %r (%d sections)' % (cat, text, len(secs)))
            if key == 'section-not-contains' and found:
                errors.append('a %s section contains %r' % (cat, text))
        elif key == 'count-at-least':
            n, _, text = val.partition(' ')
            c = log.count(text)
            if c < int(n):
                errors.append('%r occurs %d times, expected at least %s' % (text, c, n))
        elif key == 'log-matches' and not re.search(val, log, re.M):
            errors.append('no line of the log matches %r' % val)
    return errors


def run_test(vm, path, verbose):
    t = parse(path)
    rel = os.path.relpath(path, ROOT)
    ref = subprocess.run([vm, '--jit', 'off', rel] + t['args'], cwd=ROOT,
                         capture_output=True, timeout=60)
    fd, logpath = tempfile.mkstemp(prefix='rpyvm-jitlog-')
    os.close(fd)
    try:
        env = dict(os.environ, PYPYLOG='%s:%s' % (t['pypylog'], logpath))
        r = subprocess.run([vm, '--jit', t['jit'], rel] + t['args'], cwd=ROOT, env=env,
                           capture_output=True, timeout=60)
        log = open(logpath, encoding='latin-1').read()
    finally:
        os.unlink(logpath)
    errors = []
    out = r.stdout.decode('latin-1')
    if r.returncode != ref.returncode:
        errors.append('exit code %d, --jit off gives %d' % (r.returncode, ref.returncode))
    if r.stdout != ref.stdout:
        errors.append('stdout differs from --jit off')
    if r.stderr != ref.stderr:
        errors.append('stderr differs from --jit off: %r' % r.stderr.decode('latin-1')[-300:])
    if t['has_expect']:
        want = '\n'.join(t['expect']) + '\n'
        if out != want:
            errors.append('stdout %r, expected %r' % (out[:200], want[:200]))
    errors += check(t, log)
    if verbose and errors:
        sys.stdout.write(log[:4000])
    return rel, errors


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--vm', default=os.path.join(ROOT, 'build', 'rpyvm'))
    ap.add_argument('-v', action='store_true')
    ap.add_argument('tests', nargs='*')
    a = ap.parse_args()
    vm = os.path.abspath(a.vm)
    tests = a.tests or sorted(os.path.join(HERE, f) for f in os.listdir(HERE)
                              if f.endswith('.py') and f != 'run.py')
    passed = failed = 0
    for path in tests:
        rel, errors = run_test(vm, os.path.abspath(path), a.v)
        if errors:
            failed += 1
            for e in errors:
                print('FAIL %s: %s' % (rel, e))
        else:
            passed += 1
    print('%d passed, %d failed' % (passed, failed))
    sys.exit(1 if failed else 0)


if __name__ == '__main__':
    main()
