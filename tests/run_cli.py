#!/usr/bin/env python3
"""Checks the `rpyvm` command line itself (options, exit codes, messages).

    python3 tests/run_cli.py --vm build/rpyvm [-v]

Exit codes are checked strictly; wording is checked with loose regular expressions where
our messages are not fixed yet. Programs used by the checks live in tests/cli/.
Prints one line per failing check and ends with "N passed, M failed".
"""
import argparse
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CLI_DIR = os.path.join('tests', 'cli')
HELLO = os.path.join(CLI_DIR, 'hello.py')
ARGS = os.path.join(CLI_DIR, 'args.py')
HELLO_OUT = 'hello from tests/cli\n6\n'

# Each check: name, argv after the VM, and expectations:
#   exit: an int, or 'nonzero'
#   stdout / stderr: exact text;  stdout_re / stderr_re / output_re: regex searched in
#   stdout / stderr / both;  stdout_nonempty / output_nonempty: True
#   cwd: directory to run in (relative to the repo root), stdin: text fed to the VM
CHECKS = [
    dict(name='missing script file', argv=['nope.py'], cwd=CLI_DIR, exit=2, stdout='',
         stderr_re=r"^\S*rpyvm: can't open file 'nope\.py': \[Errno 2\] "
                   r"No such file or directory\n$"),
    dict(name='unknown option', argv=['--bogus-option'], exit=2, stdout='',
         stderr_re=r'(?i)(unknown option|usage).*'),
    dict(name='unknown option names the option', argv=['--bogus-option', HELLO], exit=2,
         stdout='', stderr_re=r'--bogus-option'),
    dict(name='--jit with a bad parameter', argv=['--jit', 'bogus=1', HELLO],
         exit='nonzero', stdout='', stderr_re=r'bogus'),
    dict(name='--jit with a bad value', argv=['--jit', 'threshold=abc', HELLO],
         exit='nonzero', stdout='', stderr_re=r'threshold'),
    dict(name='--jit help', argv=['--jit', 'help'], exit=0,
         output_re=r'(?s)(\bthreshold\b.*\bfunction_threshold\b|'
                   r'\bfunction_threshold\b.*\bthreshold\b)'),
    dict(name='--jit help lists PyPy parameters', argv=['--jit', 'help'], exit=0,
         output_re=r'\btrace_eagerness\b'),
    dict(name='--jit off runs the script', argv=['--jit', 'off', HELLO], exit=0,
         stdout=HELLO_OUT, stderr=''),
    dict(name='--jit default runs the script', argv=['--jit', 'default', HELLO], exit=0,
         stdout=HELLO_OUT, stderr=''),
    dict(name='--jit parameters run the script',
         argv=['--jit', 'threshold=1,function_threshold=1,trace_eagerness=1', HELLO],
         exit=0, stdout=HELLO_OUT, stderr=''),
    dict(name='plain script', argv=[HELLO], exit=0, stdout=HELLO_OUT, stderr=''),
    dict(name='-c command', argv=['-c', 'print 1+1'], exit=0, stdout='2\n', stderr=''),
    dict(name='-c sys.argv', argv=['-c', 'import sys; print sys.argv', 'a', 'b'], exit=0,
         stdout="['-c', 'a', 'b']\n", stderr=''),
    dict(name='-c uncaught exception',
         argv=['-c', 'raise ValueError("bad")'], exit=1, stdout='',
         stderr='Traceback (most recent call last):\n'
                '  File "<string>", line 1, in <module>\n'
                'ValueError: bad\n'),
    dict(name='-c sys.exit status', argv=['-c', 'import sys; sys.exit(4)'], exit=4,
         stdout='', stderr=''),
    dict(name='script arguments in sys.argv', argv=[ARGS, 'x', '--jit', '-c'], exit=0,
         stdout="%s\n['x', '--jit', '-c']\n" % ARGS, stderr=''),
    dict(name='program from stdin', argv=['-'], stdin='print 6 * 7\n', exit=0,
         stdout='42\n', stderr=''),
    dict(name='--version', argv=['--version'], exit=0, output_re=r'\d+\.\d+'),
    dict(name='--dis', argv=['--dis', HELLO], exit=0, stdout_nonempty=True),
    dict(name='-h', argv=['-h'], exit=0, output_re=r'(?i)usage'),
]


def run_check(vm, check, timeout):
    cwd = os.path.join(ROOT, check.get('cwd', ''))
    env = dict(os.environ)
    env.pop('PYPYLOG', None)
    try:
        proc = subprocess.run(vm + check['argv'], cwd=cwd, env=env,
                              input=check.get('stdin', '').encode(),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
    except subprocess.TimeoutExpired:
        return ['timed out after %g s' % timeout]
    except OSError as e:
        return ['cannot run %s: %s' % (vm[0], e)]
    out = proc.stdout.decode('latin-1')
    err = proc.stderr.decode('latin-1')
    problems = []
    want = check['exit']
    if want == 'nonzero':
        if proc.returncode == 0:
            problems.append('exit code 0, expected non-zero')
        elif proc.returncode < 0:
            problems.append('killed by signal %d' % -proc.returncode)
    elif proc.returncode != want:
        problems.append('exit code %d, expected %d' % (proc.returncode, want))
    for name, text in (('stdout', out), ('stderr', err)):
        if name in check and text != check[name]:
            problems.append('%s: expected %r, got %r' % (name, check[name], clip(text)))
        pattern = check.get(name + '_re')
        if pattern and not re.search(pattern, text):
            problems.append('%s does not match /%s/: %r' % (name, pattern, clip(text)))
    if check.get('output_re') and not re.search(check['output_re'], out + err):
        problems.append('output does not match /%s/: %r' % (check['output_re'],
                                                           clip(out + err)))
    if check.get('stdout_nonempty') and not out:
        problems.append('stdout is empty')
    return problems


def clip(text):
    return text if len(text) <= 200 else text[:200] + '...'


def main():
    parser = argparse.ArgumentParser(description='Check the rpyvm command line.')
    parser.add_argument('--vm', required=True, help='the rpyvm binary, e.g. build/rpyvm')
    parser.add_argument('--timeout', type=float, default=10.0, help='seconds per check')
    parser.add_argument('-v', '--verbose', action='store_true', help='list passing checks')
    args = parser.parse_args()
    vm = [os.path.abspath(args.vm) if os.sep in args.vm else args.vm]
    passed = failed = 0
    for check in CHECKS:
        problems = run_check(vm, check, args.timeout)
        if problems:
            failed += 1
            print('FAIL %s (rpyvm %s): %s' % (check['name'], ' '.join(check['argv']),
                                              '; '.join(problems)), flush=True)
        else:
            passed += 1
            if args.verbose:
                print('ok   %s' % check['name'], flush=True)
    print('%d passed, %d failed' % (passed, failed))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
