#!/usr/bin/env python3
"""Mutation fuzzer for rpyvm: bad input must give a Python-style error, never a crash.

    python3 tests/fuzz/fuzz.py [--vm build/rpyvm] [--seconds N] [--seed S] [--jobs N]
                               [--timeout S] [--out DIR] [--no-minimize]
    python3 tests/fuzz/fuzz.py --vm build/rpyvm --check FILE...   (classify given files)

Seeds are the programs of tests/lang (their "# expect" lines stripped). Each mutant gets
1-3 mutations (byte flips, line edits, inserted keywords/operators/brackets, truncation,
deep nesting, huge literals, odd indentation, non-ASCII/NUL/CRLF bytes, numbers replaced
with edge values, identifiers swapped) and runs under "--jit off" and under an eager JIT.
A mutant is a finding when either run
  - dies by a signal, or exits with a code other than 0/1/2 without calling exit itself,
  - prints a sanitizer report or an internal-error line on stderr,
  - times out while the "--jit off" run finished (a JIT hang), or `--dis` alone hangs,
  - or when both runs end normally but their output or exit code differ (addresses masked;
    programs using id()/hash()/object reprs are not compared).
Findings are minimized with a line-based delta debugger and written, one per distinct
signature, to tests/fuzz/crashers/ (delete them once fixed; fixed bugs get a regression
test in tests/lang). Exit status 1 when anything was found.
"""
import argparse
import concurrent.futures
import glob
import hashlib
import os
import random
import re
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MODES = [['--jit', 'off'],
         ['--jit', 'threshold=1,function_threshold=1,trace_eagerness=1']]
SAN_ENV = {
    'ASAN_OPTIONS': 'detect_leaks=0:exitcode=86:abort_on_error=0:allocator_may_return_null=1'
                    ':detect_stack_use_after_return=0',
    'UBSAN_OPTIONS': 'print_stacktrace=1:exitcode=87',
}
BAD_STDERR = re.compile(r'AddressSanitizer|LeakSanitizer|UndefinedBehaviorSanitizer|'
                        r'runtime error:|Assertion .* failed|internal error|'
                        r'rpyvm: fatal|Segmentation fault|stack-overflow|SystemError')
MASK_ADDR = re.compile(rb'0x[0-9a-fA-F]+')
NO_COMPARE = re.compile(r'\bid\(|\bhash\(|object at|__repr__|\brandom\b|\btime\b|'
                        r'\bos\b|globals\(\)|locals\(\)|vars\(|dir\(|gc\b|sys\.')

KEYWORDS = ['if', 'else', 'elif', 'while', 'for', 'in', 'def', 'class', 'return', 'yield',
            'lambda', 'try', 'except', 'finally', 'raise', 'with', 'as', 'import', 'from',
            'global', 'del', 'pass', 'break', 'continue', 'print', 'exec', 'assert', 'not',
            'and', 'or', 'is', 'None', 'True', 'False', 'self', 'super', '__init__']
OPERATORS = ['+', '-', '*', '/', '//', '%', '**', '<<', '>>', '&', '|', '^', '~', '<', '>',
             '<=', '>=', '==', '!=', '<>', '=', '+=', '-=', '*=', '**=', '//=', '>>=', '.',
             ',', ':', ';', '@', '`', '\\', '...', '->', 'lambda:']
BRACKETS = ['(', ')', '[', ']', '{', '}', '"', "'", '"""', "'''", '#', '\n', '\t']
EDGE_NUMBERS = ['0', '-1', '1', '2**64', '2**63-1', '-2**63', '18446744073709551616',
                '9' * 400, '1e308', '1e309', '-1e308', '0.0', '-0.0', '1e-320', '0x7fffffff',
                '0L', '2**31', '-2**31', '0j', '1e308j', 'float("nan")', 'float("inf")',
                '10**10', '-10**100', '3.5', '017', '0b1', '0o7']
NUM_RE = re.compile(rb'(?<![\w.])\d+(\.\d*)?([eE][-+]?\d+)?[lLjJ]?')
IDENT_RE = re.compile(rb'\b[A-Za-z_]\w*\b')


# ---- mutations -----------------------------------------------------------------------------

def m_byteflip(r, s):
    if not s:
        return s
    b = bytearray(s)
    for _ in range(r.randint(1, 4)):
        i = r.randrange(len(b))
        b[i] = r.choice([b[i] ^ (1 << r.randrange(8)), r.randrange(256),
                         ord(r.choice('()[]{}:,.=\'"\\#\n \t'))])
    return bytes(b)


def lines_of(s):
    return s.split(b'\n')


def m_delete_line(r, s):
    ls = lines_of(s)
    if len(ls) > 1:
        del ls[r.randrange(len(ls))]
    return b'\n'.join(ls)


def m_dup_line(r, s):
    ls = lines_of(s)
    i = r.randrange(len(ls))
    ls.insert(r.randrange(len(ls) + 1), ls[i])
    return b'\n'.join(ls)


def m_swap_lines(r, s):
    ls = lines_of(s)
    i, j = r.randrange(len(ls)), r.randrange(len(ls))
    ls[i], ls[j] = ls[j], ls[i]
    return b'\n'.join(ls)


def m_insert_token(r, s):
    tok = r.choice([r.choice(KEYWORDS), r.choice(OPERATORS), r.choice(BRACKETS)])
    i = r.randint(0, len(s))
    pad = r.choice(['', ' '])
    return s[:i] + (pad + tok + pad).encode() + s[i:]


def m_truncate(r, s):
    return s[:r.randint(0, len(s))]


def m_deep_nesting(r, s):
    n = r.choice([100, 1000, 3000, 10000, 100000])
    kind = r.randrange(8)
    if kind == 0:
        e = '(' * n + '1' + ')' * n
    elif kind == 1:
        e = '[' * n + ']' * n
    elif kind == 2:
        e = '{1:' * n + '1' + '}' * n
    elif kind == 3:
        e = '-' * n + '1'
    elif kind == 4:
        e = 'not ' * n + 'True'
    elif kind == 5:
        e = '+'.join(['1'] * n)
    elif kind == 6:
        e = 'lambda: ' * min(n, 20000) + '1'
    else:
        e = '(' * n  # unbalanced
    stmt = r.choice(['x = %s', 'print %s', 'print(%s)', '%s']) % e
    if r.random() < 0.2:
        depth = min(n, 300)
        stmt = ''.join(' ' * i + 'if 1:\n' for i in range(depth)) + ' ' * depth + 'pass'
    if r.random() < 0.1:
        depth = min(n, 200)
        stmt = ''.join(' ' * i + 'def f%d():\n' % i for i in range(depth)) + ' ' * depth + 'pass'
    ls = lines_of(s)
    ls.insert(r.randrange(len(ls) + 1), stmt.encode())
    return b'\n'.join(ls)


def m_huge_literal(r, s):
    n = r.choice([1000, 100000, 1000000])
    lit = r.choice(['9' * n, '"%s"' % ('a' * n), "'%s'" % ('\\x41' * (n // 4)),
                    '1' + '0' * n + '.0', '0x' + 'f' * n, '1e' + '9' * 20,
                    '"' + '\\' * (n | 1), 'u"\\U0010ffff\\N{x}"', '"%s" %% ()' % ('%' * 9)])
    ls = lines_of(s)
    ls.insert(r.randrange(len(ls) + 1), ('x = ' + lit).encode())
    return b'\n'.join(ls)


def m_indent(r, s):
    ls = lines_of(s)
    i = r.randrange(len(ls))
    ls[i] = r.choice([b' ', b'\t', b'    ', b'        ', b' \t', b'\x0c']) * r.randint(1, 3) + \
        ls[i].lstrip() if r.random() < 0.7 else ls[i].lstrip()
    return b'\n'.join(ls)


def m_weird_bytes(r, s):
    ins = r.choice([b'\x00', b'\xff', b'\xc3\xa9', b'\xe2\x82\xac', b'\r\n', b'\r', b'\x1a',
                    b'\xef\xbb\xbf', b'\x80', b'\\\n', b'# -*- coding: latin-1 -*-\n',
                    b'# coding: bogus\n'])
    if r.random() < 0.2:
        return s.replace(b'\n', b'\r\n')
    i = r.randint(0, len(s))
    return s[:i] + ins + s[i:]


def m_numbers(r, s):
    ms = list(NUM_RE.finditer(s))
    if not ms:
        return s
    for _ in range(r.randint(1, 3)):
        m = r.choice(ms)
        rep = r.choice(EDGE_NUMBERS).encode()
        if r.random() < 0.5:
            rep = b'(' + rep + b')'
        s = s[:m.start()] + rep + s[m.end():]
        ms = list(NUM_RE.finditer(s))
        if not ms:
            break
    return s


def m_swap_idents(r, s):
    ms = list(IDENT_RE.finditer(s))
    if len(ms) < 2:
        return s
    a, b = r.choice(ms), r.choice(ms)
    name = b.group()
    return s[:a.start()] + name + s[a.end():]


MUTATIONS = [m_byteflip, m_delete_line, m_dup_line, m_swap_lines, m_insert_token,
             m_insert_token, m_truncate, m_deep_nesting, m_huge_literal, m_indent,
             m_weird_bytes, m_numbers, m_numbers, m_swap_idents, m_swap_idents]


def mutate(r, seed):
    s = seed
    for _ in range(r.randint(1, 3)):
        s = r.choice(MUTATIONS)(r, s)
    return s


def load_seeds():
    seeds = []
    for path in sorted(glob.glob(os.path.join(ROOT, 'tests', 'lang', '**', '*.py'),
                                 recursive=True)):
        with open(path, 'rb') as f:
            data = f.read()
        kept = [l for l in data.split(b'\n') if not l.startswith(b'# expect')]
        seeds.append((os.path.relpath(path, ROOT), b'\n'.join(kept)))
    return seeds


# ---- running and classifying ---------------------------------------------------------------

def run_vm(vm, args, path, timeout):
    env = dict(os.environ)
    env.update(SAN_ENV)
    env.pop('PYPYLOG', None)
    try:
        p = subprocess.run([vm] + args + [path], stdin=subprocess.DEVNULL,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=timeout, env=env, cwd=os.path.dirname(path))
        return p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired as e:
        return None, e.stdout or b'', e.stderr or b''


def stderr_sig(err):
    """A short signature of a bad stderr: the sanitizer's error line and top VM frames."""
    text = err.decode('latin-1')
    m = BAD_STDERR.search(text)
    head = text[m.start():].split('\n', 1)[0][:120] if m else ''
    head = re.sub(r'0x[0-9a-f]+', '', head)
    frames = re.findall(r'#\d+ 0x[0-9a-f]+ in (\w+)', text)
    frames = [f for f in frames if not f.startswith(('__asan', '__interceptor', '__sanitizer'))]
    return head + ' @ ' + '<'.join(frames[:3])


def check(vm, src, timeout):
    """Runs the source in both modes; returns (kind, signature) of a finding or None."""
    text = src.decode('latin-1')
    with tempfile.TemporaryDirectory(prefix='rpyfuzz') as d:
        path = os.path.join(d, 'mutant.py')
        with open(path, 'wb') as f:
            f.write(src)
        res = []
        for mode in MODES:
            rc, out, err = run_vm(vm, mode, path, timeout)
            tag = 'jit' if mode is not MODES[0] else 'interp'
            if rc is not None and rc < 0:
                return ('signal', '%s sig%d %s' % (tag, -rc, stderr_sig(err)))
            if BAD_STDERR.search(err.decode('latin-1')):
                return ('stderr', '%s %s' % (tag, stderr_sig(err)))
            if rc is not None and rc not in (0, 1, 2) and 'exit' not in text \
                    and 'SystemExit' not in text:
                return ('exitcode', '%s rc%d %s' % (tag, rc, stderr_sig(err)))
            res.append((rc, out, err))
        (rc0, out0, err0), (rc1, out1, err1) = res
        if rc0 is None and rc1 is None:
            rc, _, err = run_vm(vm, ['--dis'], path, timeout)
            if rc is None:
                return ('hang', 'parse hang (--dis)')
            if rc < 0 or BAD_STDERR.search(err.decode('latin-1')):
                return ('signal', 'dis rc%d %s' % (rc, stderr_sig(err)))
            return None
        if rc0 is not None and rc1 is None:
            # A slow JIT (many traces compiled) is not a hang: retry with more time.
            rc1, out1, err1 = run_vm(vm, MODES[1], path, timeout * 4)
            if rc1 is None:
                return ('hang', 'jit hang')
            if rc1 < 0 or BAD_STDERR.search(err1.decode('latin-1')):
                return ('signal', 'jit rc%d %s' % (rc1, stderr_sig(err1)))
        if rc0 is None:
            return None  # interpreter slower than the JIT: not a bug by itself
        if NO_COMPARE.search(text):
            return None
        if (rc0, MASK_ADDR.sub(b'0x?', out0), MASK_ADDR.sub(b'0x?', err0)) != \
                (rc1, MASK_ADDR.sub(b'0x?', out1), MASK_ADDR.sub(b'0x?', err1)):
            what = 'rc' if rc0 != rc1 else ('stdout' if out0 != out1 else 'stderr')
            return ('mismatch', 'mismatch %s' % what)
    return None


def minimize(vm, src, finding, timeout, deadline):
    """Line-based delta debugging (ddmin) keeping the same finding signature, then a pass
    that shortens each remaining line from the right."""
    def same(cand):
        if time.time() > deadline:
            return False
        return check(vm, cand, timeout) == finding
    lines = src.split(b'\n')
    n = 2
    while len(lines) >= 2 and time.time() < deadline:
        chunk = max(1, len(lines) // n)
        reduced = False
        for i in range(0, len(lines), chunk):
            cand = lines[:i] + lines[i + chunk:]
            if cand and same(b'\n'.join(cand)):
                lines = cand
                n = max(n - 1, 2)
                reduced = True
                break
        if not reduced:
            if chunk == 1:
                break
            n = min(n * 2, len(lines))
    # Halve very long lines (huge literals, deep nesting) while the finding stays.
    for i in range(len(lines)):
        while len(lines[i]) > 200 and time.time() < deadline:
            half = len(lines[i]) // 2
            cand_line = lines[i][:half // 2] + lines[i][len(lines[i]) - half // 2:]
            cand = lines[:i] + [cand_line] + lines[i + 1:]
            if same(b'\n'.join(cand)):
                lines = cand
            else:
                break
    return b'\n'.join(lines)


def crasher_name(finding, prefix=''):
    return '%s%s-%s.py' % (prefix, finding[0], hashlib.sha1(repr(finding).encode()).hexdigest()[:10])


# ---- driver --------------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--vm', default=os.path.join(ROOT, 'build', 'rpyvm'))
    ap.add_argument('--seconds', type=float, default=60)
    ap.add_argument('--seed', type=int, default=None)
    ap.add_argument('--jobs', type=int, default=2)
    ap.add_argument('--timeout', type=float, default=5)
    ap.add_argument('--out', default=os.path.join(ROOT, 'tests', 'fuzz', 'crashers'))
    ap.add_argument('--no-minimize', action='store_true')
    ap.add_argument('--check', nargs='+', metavar='FILE',
                    help='classify the given files instead of fuzzing')
    args = ap.parse_args()
    vm = os.path.abspath(args.vm)
    if not os.path.exists(vm):
        sys.exit('fuzz: no VM at %s (build it first)' % vm)

    if args.check:
        bad = 0
        for path in args.check:
            with open(path, 'rb') as f:
                finding = check(vm, f.read(), args.timeout)
            print('%s: %s' % (path, finding[1] if finding else 'ok'))
            bad += finding is not None
        sys.exit(1 if bad else 0)

    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    print('fuzz: vm %s, seed %d, %gs, %d jobs' % (vm, seed, args.seconds, args.jobs))
    seeds = load_seeds()
    end = time.time() + args.seconds
    lock = threading.Lock()
    stats = {'mutants': 0, 'findings': 0}
    found = {}  # signature -> (kind, source, origin)

    def worker(wid):
        r = random.Random(seed * 1000 + wid)
        while time.time() < end:
            origin, base = r.choice(seeds)
            src = mutate(r, base)
            finding = check(vm, src, args.timeout)
            with lock:
                stats['mutants'] += 1
                if finding is None:
                    continue
                stats['findings'] += 1
                if finding in found:
                    continue
                found[finding] = (src, origin)
                os.makedirs(args.out, exist_ok=True)
                with open(os.path.join(args.out, crasher_name(finding, 'raw-')), 'wb') as f:
                    f.write(src)  # kept until the minimized one is written
            print('fuzz: %s: %s (from %s)' % (finding[0], finding[1], origin), flush=True)

    with concurrent.futures.ThreadPoolExecutor(args.jobs) as ex:
        for f in [ex.submit(worker, i) for i in range(args.jobs)]:
            f.result()

    for finding, (src, origin) in sorted(found.items()):
        if not args.no_minimize:
            src = minimize(vm, src, finding, args.timeout, time.time() + 120)
        name = crasher_name(finding)
        with open(os.path.join(args.out, name), 'wb') as f:
            f.write(b'# fuzz: %s (seed %d, from %s)\n' %
                    (finding[1].encode('latin-1', 'replace'), seed, origin.encode()))
            f.write(src)
        os.remove(os.path.join(args.out, crasher_name(finding, 'raw-')))
        print('fuzz: wrote %s' % os.path.relpath(os.path.join(args.out, name)))
    print('fuzz: %d mutants, %d findings, %d distinct' %
          (stats['mutants'], stats['findings'], len(found)))
    sys.exit(1 if found else 0)


if __name__ == '__main__':
    main()
