#!/usr/bin/env python3
"""Runs the rpyvm language test corpus (tests/lang) and checks each program's output.

    python3 tests/run.py --vm build/rpyvm [--jit-args "..."] [--compare-modes]
                         [--modes MODE...] [-j N] [--timeout S] [-v] [paths or dirs...]

A test is a .py file with "# expect" directives (see tests/README.md); files named mod_*.py
are helper modules and are skipped, as is everything inside a package directory (one that
holds an __init__.py). Each test runs from the repo root as
    <vm> <jit args> <path relative to the repo root> <# args:>
with the "# stdin:" lines (if any) on its standard input (otherwise /dev/null),
and its stdout, stderr and exit code are compared byte-exactly with the expectations.
With --modes (or --compare-modes, which picks "--jit off" and an eager-JIT mode) every test
runs once per mode, each run is checked, and the modes must agree with each other.
Prints one line per failing test and ends with "N passed, M failed". Never writes files.
"""
import argparse
import concurrent.futures
import os
import re
import shlex
import signal
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_DIR = os.path.join('tests', 'lang')
DEFAULT_MODES = ['--jit off', '--jit threshold=1,function_threshold=1,trace_eagerness=1']


class Test:
    """A test file's path (relative to ROOT) and the expectations parsed from it."""

    def __init__(self, relpath):
        self.relpath = relpath
        self.args = []
        self.stdin_lines = []
        self.out_lines = []
        self.err_lines = []
        self.out_newline = True
        self.err_newline = True
        self.exit_code = 0
        self.has_expect = False
        with open(os.path.join(ROOT, relpath), 'rb') as f:
            text = f.read().decode('latin-1')
        for line in text.split('\n'):
            if line.startswith('# args:'):
                self.args = shlex.split(line[len('# args:'):])
                continue
            if line.startswith('# stdin:'):
                self.stdin_lines.append(directive_text(line, '# stdin:'))
                continue
            if line.startswith('# expect:'):
                self.out_lines.append(directive_text(line, '# expect:'))
            elif line.startswith('# expect stderr:'):
                self.err_lines.append(directive_text(line, '# expect stderr:'))
            elif line.startswith('# expect exit:'):
                self.exit_code = int(line[len('# expect exit:'):])
            elif line.rstrip() == '# expect-no-newline':
                self.out_newline = False
            elif line.rstrip() == '# expect-stderr-no-newline':
                self.err_newline = False
            else:
                continue
            self.has_expect = True
        self.stdout = join_lines(self.out_lines, self.out_newline)
        self.stderr = join_lines(self.err_lines, self.err_newline)
        self.stdin = join_lines(self.stdin_lines, True) if self.stdin_lines else None


def directive_text(line, prefix):
    rest = line[len(prefix):]
    return rest[1:] if rest.startswith(' ') else rest


def join_lines(lines, newline):
    if not lines:
        return b''
    text = '\n'.join(lines) + ('\n' if newline else '')
    return text.encode('latin-1')


class Result:
    def __init__(self, stdout=b'', stderr=b'', code=None, error=None):
        self.stdout = stdout
        self.stderr = stderr
        self.code = code
        self.error = error  # why the program did not run to completion, or None


def run_vm(vm, mode_args, test, timeout):
    cmd = vm + mode_args + [test.relpath] + test.args
    env = dict(os.environ)
    env.pop('PYPYLOG', None)
    try:
        stdin = subprocess.DEVNULL if test.stdin is None else subprocess.PIPE
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdin=stdin,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                start_new_session=True)
    except OSError as e:
        return Result(error='cannot run %s: %s' % (vm[0], e))
    try:
        out, err = proc.communicate(input=test.stdin, timeout=timeout)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except OSError:
            pass
        out, err = proc.communicate()
        return Result(out, err, None, 'timed out after %g s' % timeout)
    if proc.returncode < 0:
        try:
            name = signal.Signals(-proc.returncode).name
        except ValueError:
            name = 'signal %d' % -proc.returncode
        return Result(out, err, proc.returncode, 'killed by %s' % name)
    return Result(out, err, proc.returncode)


def short(line, keep_newline=False):
    if line is None:
        return '<end of output>'
    if not keep_newline:
        line = line.rstrip(b'\n')
    text = repr(line)[1:]
    return text if len(text) < 100 else text[:96] + '...' + text[-1]


def split_lines(data):
    """Splits output into lines that keep their '\n' (the last one may lack it)."""
    return re.findall(rb'[^\n]*\n|[^\n]+\Z', data)


def first_difference(name, expected, actual, labels=('expected', 'got')):
    """Describes the first differing line of two outputs (bytes), or returns None."""
    if expected == actual:
        return None
    exp_lines = split_lines(expected)
    act_lines = split_lines(actual)
    for i in range(max(len(exp_lines), len(act_lines))):
        e = exp_lines[i] if i < len(exp_lines) else None
        a = act_lines[i] if i < len(act_lines) else None
        if e != a:
            # Lines that differ only by their final newline are shown with it.
            nl = e is not None and a is not None and e.rstrip(b'\n') == a.rstrip(b'\n')
            return '%s line %d: %s %s, %s %s' % (name, i + 1, labels[0], short(e, nl),
                                                 labels[1], short(a, nl))
    return '%s differs' % name


def check(test, result):
    """Returns the list of problems of one run against the test's expectations."""
    if result.error and result.code is None and not result.stdout and not result.stderr:
        return [result.error]
    problems = []
    if result.error:
        problems.append(result.error)
    diff = first_difference('stdout', test.stdout, result.stdout)
    if diff:
        problems.append(diff)
    diff = first_difference('stderr', test.stderr, result.stderr)
    if diff:
        problems.append(diff)
    if result.code is not None and result.code >= 0 and result.code != test.exit_code:
        problems.append('exit code %d, expected %d' % (result.code, test.exit_code))
    return problems


def run_test(vm, modes, test, timeout):
    """Runs one test in every mode; returns a list of failure lines (empty if it passed)."""
    failures = []
    results = []
    for mode in modes:
        result = run_vm(vm, shlex.split(mode), test, timeout)
        results.append(result)
        problems = check(test, result)
        if problems:
            where = ' [%s]' % mode if len(modes) > 1 or mode else ''
            failures.append('FAIL %s%s: %s' % (test.relpath, where, '; '.join(problems)))
    for mode, result in zip(modes[1:], results[1:]):
        if result.code != results[0].code:
            failures.append('FAIL %s: modes disagree: exit code %s in [%s], %s in [%s]' % (
                test.relpath, results[0].code, modes[0], result.code, mode))
            continue
        for name in ('stdout', 'stderr'):
            diff = first_difference(name, getattr(results[0], name), getattr(result, name),
                                    ('[%s] has' % modes[0], '[%s] has' % mode))
            if diff:
                failures.append('FAIL %s: modes disagree: %s' % (test.relpath, diff))
                break
    return failures


def collect(paths):
    """Finds test files under the given files and directories, as paths relative to ROOT."""
    tests = []
    for p in paths:
        full = os.path.abspath(p)
        if os.path.isdir(full):
            for dirpath, dirnames, filenames in os.walk(full):
                dirnames.sort()
                if '__init__.py' in filenames:
                    dirnames[:] = []  # a package: its modules are imported, not run
                    continue
                for name in sorted(filenames):
                    if name.endswith('.py') and not name.startswith('mod_'):
                        tests.append(os.path.join(dirpath, name))
        elif os.path.isfile(full):
            if not os.path.basename(full).startswith('mod_') and not in_package(full):
                tests.append(full)
        else:
            sys.exit('run.py: no such test file or directory: %s' % p)
    result = []
    for full in tests:
        test = Test(os.path.relpath(full, ROOT))
        if test.has_expect:
            result.append(test)
    return result


def in_package(path):
    """True if the file lies in a package directory (one that holds an __init__.py)."""
    return os.path.isfile(os.path.join(os.path.dirname(path), '__init__.py'))


def resolve_vm(text):
    vm = shlex.split(text)
    if not vm:
        sys.exit('run.py: --vm is empty')
    if os.sep in vm[0]:
        vm[0] = os.path.abspath(vm[0])
        if not os.access(vm[0], os.X_OK):
            sys.exit('run.py: %s is not an executable file' % vm[0])
    return vm


def main():
    parser = argparse.ArgumentParser(
        description='Run the rpyvm language tests and compare their output.')
    parser.add_argument('--vm', required=True, help='the rpyvm binary, e.g. build/rpyvm')
    parser.add_argument('--jit-args', default='',
                        help='extra VM arguments before the script, e.g. "--jit off"')
    parser.add_argument('--modes', dest='modes_flag', action='store_true',
                        help='followed by MODE...: run every test once per mode (each a '
                             'string of VM arguments, e.g. "--jit off") and require '
                             'identical results')
    parser.add_argument('--mode', dest='modes', action='append', help=argparse.SUPPRESS)
    parser.add_argument('--compare-modes', action='store_true',
                        help='same as --modes %s' % ' '.join('"%s"' % m for m in DEFAULT_MODES))
    parser.add_argument('-j', '--jobs', type=int, default=2, help='parallel tests (default 2)')
    parser.add_argument('--timeout', type=float, default=10.0,
                        help='seconds per run (default 10)')
    parser.add_argument('-v', '--verbose', action='store_true', help='also list passing tests')
    parser.add_argument('paths', nargs='*', help='test files or directories (default tests/lang)')
    args = parser.parse_args(fix_dashed_values(sys.argv[1:]))

    vm = resolve_vm(args.vm)
    modes = args.modes or (DEFAULT_MODES if args.compare_modes else [''])
    if args.jit_args:
        modes = [(args.jit_args + ' ' + m).strip() for m in modes]
    tests = collect(args.paths or [os.path.join(ROOT, DEFAULT_DIR)])
    if not tests:
        print('run.py: no tests found', file=sys.stderr)

    passed = failed = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        futures = [pool.submit(run_test, vm, modes, t, args.timeout) for t in tests]
        for test, future in zip(tests, futures):
            failures = future.result()
            if failures:
                failed += 1
                for line in failures:
                    print(line, flush=True)
            else:
                passed += 1
                if args.verbose:
                    print('ok   %s' % test.relpath, flush=True)
    print('%d passed, %d failed' % (passed, failed))
    return 1 if failed or not tests else 0


def fix_dashed_values(argv):
    """Lets option values start with '-': --jit-args "--jit off", --modes "--jit off" "...".

    argparse would take them for options, so they are rewritten as --jit-args=VALUE and
    --mode=VALUE. --modes takes every following argument that is empty or starts with '-'
    (a string of VM arguments) and is not one of this script's options.
    """
    own = ('--vm', '--jit-args', '--modes', '--compare-modes', '-j', '--jobs', '--timeout',
           '-v', '--verbose', '-h', '--help', '--')
    fixed = []
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg in ('--jit-args', '--vm') and i + 1 < len(argv):
            fixed.append('%s=%s' % (arg, argv[i + 1]))
            i += 2
        elif arg == '--modes':
            i += 1
            while i < len(argv) and (argv[i] == '' or argv[i].startswith('-')) \
                    and argv[i].split('=')[0] not in own:
                fixed.append('--mode=' + argv[i])
                i += 1
        else:
            fixed.append(arg)
            i += 1
    return fixed


if __name__ == '__main__':
    sys.exit(main())
