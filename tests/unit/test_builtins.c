/*
** test_builtins.c: unit tests of the builtins area (stdlib/): __builtin__
** functions and type constructors, file objects and the print statement,
** sys, os, os.path, math, time and rpython.rlib.jit. Each test runs small
** programs in a fresh VM whose stdout is captured through VMConfig.out.
*/
#define TEST_FIXTURE_VM
#include "test_util.h"
#include <math.h>
#include <unistd.h>

#include "stdlib/lib.h"

/* ---- __builtin__ functions --------------------------------------------------------- */

static void test_len_range(void **state) {
  EV("len('abc') + len([1]) + len({}) + len((1, 2))", "6");
  EV("range(5)", "[0, 1, 2, 3, 4]");
  EV("range(2, 8, 2)", "[2, 4, 6]");
  EV("range(10, 0, -3)", "[10, 7, 4, 1]");
  EV("range(-3)", "[]");
  EV("list(xrange(1, 10, 3))", "[1, 4, 7]");
  EV("len(xrange(0, 100, 7))", "15");
  ERR("len(1, 2)", "TypeError: len() takes exactly one argument (2 given)");
  ERR("len(1)", "TypeError: object of type 'int' has no len()");
  ERR("range()", "TypeError: range expected at least 1 arguments, got 0");
  ERR("range(1, 2, 3, 4)", "TypeError: range expected at most 3 arguments, got 4");
  ERR("range(1.5)", "TypeError: range() integer end argument expected, got float.");
  ERR("range(1, 2, 0)", "ValueError: range() step argument must not be zero");
  ERR("xrange(1, 2, 0)", "ValueError: xrange() arg 3 must not be zero");
  ERR("xrange()", "TypeError: xrange() requires 1-3 int arguments");
  ERR("xrange(1.5)", "TypeError: integer argument expected, got float");
  assert_true(vm->builtin_range.tag == T_CFUNC);
  assert_true(vm->builtin_xrange.tag == T_CLASS);
}

static void test_chr_ord_hex(void **state) {
  EV("chr(65) + chr(0x7a)", "'Az'");
  EV("ord('A')", "65");
  EV("hex(255), hex(-1), hex(0)", "('0xff', '-0x1', '0x0')");
  EV("oct(8), oct(0), oct(-8)", "('010', '0', '-010')");
  EV("bin(5), bin(0), bin(-5)", "('0b101', '0b0', '-0b101')");
  EV("hex(-9223372036854775807 - 1)", "'-0x8000000000000000'");
  ERR("chr(256)", "ValueError: chr() arg not in range(256)");
  ERR("ord('ab')", "TypeError: ord() expected a character, but string of length 2 found");
  ERR("ord(1)", "TypeError: ord() expected string of length 1, but int found");
  ERR("hex(1.5)", "TypeError: hex() argument can't be converted to hex");
}

static void test_numbers(void **state) {
  EV("abs(-3), abs(-2.5), abs(True)", "(3, 2.5, 1)");
  EV("divmod(7, 2), divmod(-7, 2), divmod(7.5, 2)", "((3, 1), (-4, 1), (3.0, 1.5))");
  EV("pow(2, 10), pow(2, 10, 1000), pow(-3, 3, 5), pow(2, -1)", "(1024, 24, 3, 0.5)");
  EV("round(2.5), round(-2.5), round(0.5), round(7)", "(3.0, -3.0, 1.0, 7.0)");
  EV("round(2.675, 2), round(1234, -2), round(15, -1), round(0.285, 2)",
     "(2.67, 1200.0, 20.0, 0.28)");
  EV("round(1.005, 2), round(-0.0), round(1e300, 2)", "(1.0, -0.0, 1e+300)");
  EV("cmp(1, 2), cmp('b', 'a'), cmp([1], [1])", "(-1, 1, 0)");
  EV("sum([1, 2, 3]), sum([0.5, 0.25], 1), sum([[1], [2]], [])", "(6, 1.75, [1, 2])");
  ERR("round()", "TypeError: Required argument 'number' (pos 1) not found");
  ERR("round('a')", "TypeError: a float is required");
  ERR("round(1.5e308, -308)", "OverflowError: rounded value too large to represent");
  ERR("abs('a')", "TypeError: bad operand type for abs(): 'str'");
  ERR("divmod('a', 1)", "TypeError: unsupported operand type(s) for divmod(): 'str' and 'int'");
  ERR("pow(3, -1, 5)",
      "TypeError: pow() 2nd argument cannot be negative when 3rd argument specified");
  ERR("sum(['a'], '')", "TypeError: sum() can't sum strings [use ''.join(seq) instead]");
}

static void test_min_max_sorted(void **state) {
  EV("min([3, 1, 2]), max('hello'), min(3, 1, 2), max(1, 5, 3)", "(1, 'o', 1, 5)");
  EV("max([1, 2], key=lambda x: -x), min('b', 'A', key=str.lower)", "(1, 'A')");
  EV("sorted([3, 1, 2]), sorted('cba', reverse=True)", "([1, 2, 3], ['c', 'b', 'a'])");
  EV("sorted(['bb', 'a', 'ccc'], key=len)", "['a', 'bb', 'ccc']");
  EV("sorted([1, 2, 3], lambda a, b: b - a)", "[3, 2, 1]");
  EV("list(reversed([1, 2, 3])), list(reversed('ab')), list(reversed(xrange(3)))",
     "([3, 2, 1], ['b', 'a'], [2, 1, 0])");
  EV("type(reversed([])).__name__, type(reversed(())).__name__",
     "('listreverseiterator', 'reversed')");
  ERR("min()", "TypeError: min expected 1 arguments, got 0");
  ERR("min([])", "ValueError: min() arg is an empty sequence");
  ERR("max(1)", "TypeError: 'int' object is not iterable");
  ERR("min(1, 2, foo=3)", "TypeError: min() got an unexpected keyword argument");
  ERR("sorted()", "TypeError: Required argument 'iterable' (pos 1) not found");
  ERR("reversed(1)", "TypeError: argument to reversed() must be a sequence");
}

static void test_functional(void **state) {
  EV("list(enumerate('ab')), list(enumerate('xy', 5))",
     "([(0, 'a'), (1, 'b')], [(5, 'x'), (6, 'y')])");
  EV("zip('ab', [1, 2, 3]), zip()", "([('a', 1), ('b', 2)], [])");
  EV("map(lambda x: x * 2, [1, 2]), map(None, [1, 2], [3])",
     "([2, 4], [(1, 3), (2, None)])");
  EV("filter(None, [0, 1, '', 'a']), filter(None, 'a b'), filter(None, (0, 1, 2))",
     "([1, 'a'], 'a b', (1, 2))");
  EV("reduce(lambda a, b: a * b, [1, 2, 3, 4]), reduce(lambda a, b: a + b, [], 7)", "(24, 7)");
  EV("any([0, 1]), all([1, 0]), any([]), all([])", "(True, False, False, True)");
  EV("apply(max, (1, 2)), apply(lambda a, b=0: a + b, (1,), {'b': 5})", "(2, 6)");
  ERR("zip(1)", "TypeError: zip argument #1 must support iteration");
  ERR("map(None)", "TypeError: map() requires at least two args");
  ERR("map(len, 1)", "TypeError: argument 2 to map() must support iteration");
  ERR("reduce(len, [])", "TypeError: reduce() of empty sequence with no initial value");
  ERR("filter(None)", "TypeError: filter expected 2 arguments, got 1");
}

static void test_attrs_iter(void **state) {
  RUN("class A(object):\n"
      "    x = 1\n"
      "a = A()\n"
      "print hasattr(a, 'x'), hasattr(a, 'y'), getattr(a, 'x'), getattr(a, 'y', 'd')\n"
      "setattr(a, 'y', 5)\n"
      "print a.y\n"
      "delattr(a, 'y')\n"
      "print hasattr(a, 'y'), callable(a), callable(A), callable(len)\n"
      "it = iter([1, 2])\n"
      "print next(it), next(it), next(it, 'done')\n"
      "n = [0]\n"
      "def f():\n"
      "    n[0] += 1\n"
      "    return n[0]\n"
      "print list(iter(f, 3))\n",
      "True False 1 d\n5\nFalse False True True\n1 2 done\n[1, 2]\n");
  ERR("getattr(1)", "TypeError: getattr expected at least 2 arguments, got 1");
  ERR("getattr(1, 2)", "TypeError: getattr(): attribute name must be string");
  ERR("getattr(1, 'x')", "AttributeError: 'int' object has no attribute 'x'");
  ERR("setattr(1, 2, 3)", "TypeError: attribute name must be string, not 'int'");
  ERR("next([])", "TypeError: list object is not an iterator");
  ERR("next(iter([]))", "StopIteration: ");
  ERR("iter(1, 2)", "TypeError: iter(v, w): v must be callable");
}

static void test_types_and_isinstance(void **state) {
  EV("isinstance(1, int), isinstance(1, (str, (int,))), isinstance('a', basestring)",
     "(True, True, True)");
  EV("issubclass(bool, int), issubclass(bool, (str, int)), issubclass(int, object)",
     "(True, True, True)");
  EV("type(1) is int, type(int) is type, type('a') is str, bytes is str", "(True, True, True, True)");
  ERR("isinstance(1, 2)",
      "TypeError: isinstance() arg 2 must be a class, type, or tuple of classes and types");
  ERR("issubclass(1, int)", "TypeError: issubclass() arg 1 must be a class");
  RUN("X = type('X', (object,), {'v': 5, 'get': lambda self: self.v})\n"
      "print X().get(), X.__name__\n",
      "5 X\n");
  ERR("type(1, 2)", "TypeError: type() takes 1 or 3 arguments");
  EV("True, False, None, NotImplemented, Ellipsis",
     "(True, False, None, NotImplemented, Ellipsis)");
}

static void test_constructors(void **state) {
  EV("int(), int('ff', 16), int(' -12 '), int(3.9), int(-3.9), int(True), int('0x1f', 0)",
     "(0, 255, -12, 3, -3, 1, 31)");
  EV("float(), float('1e3'), float(3), float(True)", "(0.0, 1000.0, 3.0, 1.0)");
  EV("str(), str(12), str([1, 'a']), bool(), bool([0])", "('', '12', \"[1, 'a']\", False, True)");
  EV("list('ab'), tuple([1, 2]), dict([('a', 1)]), dict(a=1)",
     "(['a', 'b'], (1, 2), {'a': 1}, {'a': 1})");
  EV("sorted(set([3, 1, 2])), frozenset([1]) == frozenset([1])", "([1, 2, 3], True)");
  EV("slice(1, 2), slice(5), xrange(5)", "(slice(1, 2, None), slice(None, 5, None), xrange(5))");
  EV("int(x=1.5), int('1', base=2), float(x=1), str(object=1)", "(1, 1, 1.0, '1')");
  ERR("int([])", "TypeError: int() argument must be a string or a number, not 'list'");
  ERR("int('x')", "ValueError: invalid literal for int() with base 10: 'x'");
  ERR("int(12, 16)", "TypeError: int() can't convert non-string with explicit base");
  ERR("int(float('nan'))", "ValueError: cannot convert float NaN to integer");
  ERR("float([])", "TypeError: float() argument must be a string or a number");
  ERR("str(1, 2)", "TypeError: str() takes at most 1 argument (2 given)");
  ERR("object(1)", "TypeError: object() takes no parameters");
  ERR("basestring()", "TypeError: The basestring type cannot be instantiated");
  RUN("class L(list):\n"
      "    pass\n"
      "l = L([1, 2])\n"
      "print l, type(l).__name__, isinstance(l, list)\n"
      "class I(object):\n"
      "    def __int__(self): return 42\n"
      "    def __float__(self): return 4.5\n"
      "print int(I()), float(I())\n",
      "[1, 2] L True\n42 4.5\n");
}

static void test_descriptors(void **state) {
  RUN("class P(object):\n"
      "    def __init__(self): self._x = 0\n"
      "    @property\n"
      "    def x(self): return self._x\n"
      "    @x.setter\n"
      "    def x(self, v): self._x = v * 2\n"
      "p = P()\n"
      "p.x = 5\n"
      "print p.x\n"
      "class S(object):\n"
      "    @staticmethod\n"
      "    def s(a): return a + 1\n"
      "    @classmethod\n"
      "    def c(cls, a): return cls.__name__, a\n"
      "print S.s(1), S().s(2), S.c(3)\n"
      "class B(object):\n"
      "    def m(self): return 'B'\n"
      "class C(B):\n"
      "    def m(self): return 'C' + super(C, self).m()\n"
      "print C().m()\n",
      "10\n2 3 ('S', 3)\nCB\n");
  ERR("super()", "TypeError: super() takes at least 1 argument (0 given)");
  ERR("super(1)", "TypeError: super() argument 1 must be type, not int");
  ERR("staticmethod()", "TypeError: staticmethod expected 1 arguments, got 0");
}

static void test_namespaces(void **state) {
  RUN("def loc(x, y=2):\n"
      "    z = x + y\n"
      "    return sorted(locals().items())\n"
      "print loc(1)\n"
      "print globals()['loc'] is loc\n"
      "print eval('1 + 2'), eval('x * 2', {'x': 4}), eval('a + b', {'a': 1}, {'b': 2})\n"
      "class A(object):\n"
      "    def f(self): pass\n"
      "a = A()\n"
      "a.x = 1\n"
      "print [n for n in dir(a) if not n.startswith('__')], vars(a)\n"
      "print __import__('math').sqrt(4.0), intern('ab') == 'ab'\n",
      "[('x', 1), ('y', 2), ('z', 3)]\nTrue\n3 8 3\n['f', 'x'] {'x': 1}\n2.0 True\n");
  ERR("globals(1)", "TypeError: globals() takes no arguments (1 given)");
  ERR("vars(1)", "TypeError: vars() argument must have __dict__ attribute");
  ERR("exit(3)", "SystemExit: 3");
}

static void test_id_hash(void **state) {
  EV("id(None) == id(None), id(1) == id(1), id([]) != 0", "(True, True, True)");
  EV("hash(1) == hash(1.0), hash('a') == hash('a')", "(True, True)");
  ERR("hash([])", "TypeError: unhashable type: 'list'");
}

/* ---- print statement, files ------------------------------------------------------- */

static void test_print_softspace(void **state) {
  RUN("print 'a', 1, 2.5\n"
      "print 'line\\n',\n"
      "print 'next'\n"
      "print 'tab\\t',\n"
      "print 'x'\n"
      "print 'end ',\n"
      "print 'space'\n"
      "import sys\n"
      "print 'a',\n"
      "sys.stdout.write('b')\n"
      "print 'c'\n",
      "a 1 2.5\nline\nnext\ntab\tx\nend  space\nabc\n");
  RUN("class W(object):\n"
      "    def __init__(self): self.buf = []\n"
      "    def write(self, s): self.buf.append(s)\n"
      "w = W()\n"
      "print >>w, 'a', 1\n"
      "print >>w, 'c',\n"
      "print >>w\n"
      "print w.buf, w.softspace\n",
      "['a', ' ', '1', '\\n', 'c', '\\n'] 0\n");
  /* lib_print_item / lib_print_newline directly, and the line ending at exit. */
  out_clear(&out);
  assert_true(lib_print_item(vm, v_null(), v_int(7)));
  assert_true(lib_print_item(vm, v_none(), v_obj(str_from_cstr(vm, "x"))));
  lib_flush_line(vm);
  lib_flush_line(vm);
  assert_true(lib_print_newline(vm, v_null()));
  vm_flush(vm);
  assert_string_equal(out.buf, "7 x\n\n");
}

static void test_print_function(void **state) {
  const char *src = "print('a', 1, sep='-', end='!\\n')\nprint()\n";
  Code *c = vm_compile(vm, src, strlen(src), "<t>", COMPILE_FILE, CO_FUTURE_PRINT);
  assert_non_null(c);
  out_clear(&out);
  Value r = vm_exec_code(vm, c, vm->main_module->dict, vm->main_module->dict);
  vm_flush(vm);
  assert_false(v_isnull(r));
  assert_string_equal(out.buf, "a-1!\n\n");
}

static void test_files(void **state) {
  char path[64];
  snprintf(path, sizeof path, "/tmp/rpyvm_test_builtins_%d.txt", (int)getpid());
  char src[2048];
  snprintf(src, sizeof src,
           "p = '%s'\n"
           "f = open(p, 'w')\n"
           "print f.name == p, f.mode, f.closed\n"
           "f.write('one\\ntwo\\n')\n"
           "f.writelines(['three\\n'])\n"
           "print >>f, 'four', 4\n"
           "f.close()\n"
           "print f.closed\n"
           "f = open(p)\n"
           "print repr(f.readline()), repr(f.read(3)), f.readlines()\n"
           "f.close()\n"
           "print [l for l in open(p)]\n"
           "with open(p, 'a') as g:\n"
           "    g.write('five\\n')\n"
           "print g.closed, len(open(p).read())\n"
           "open(p, 'w').write('unclosed')\n"
           "print open(p).read()\n"
           "try:\n"
           "    f.write('x')\n"
           "except ValueError, e:\n"
           "    print e\n"
           "try:\n"
           "    open(p).write('x')\n"
           "except IOError, e:\n"
           "    print e\n"
           "try:\n"
           "    open('/nonexistent/x')\n"
           "except IOError, e:\n"
           "    print e, e.errno, e.filename\n"
           "try:\n"
           "    open(p, 'x')\n"
           "except ValueError, e:\n"
           "    print e\n",
           path);
  RUN(src,
      "True w False\nTrue\n'one\\n' 'two' ['\\n', 'three\\n', 'four 4\\n']\n"
      "['one\\n', 'two\\n', 'three\\n', 'four 4\\n']\nTrue 26\nunclosed\n"
      "I/O operation on closed file\nFile not open for writing\n"
      "[Errno 2] No such file or directory: '/nonexistent/x' 2 /nonexistent/x\n"
      "mode string must begin with one of 'r', 'w', 'a' or 'U', not 'x'\n");
  unlink(path);
}

/* ---- sys ------------------------------------------------------------------------ */

static void test_sys(void **state) {
  char *argv[] = {"prog.py", "a", "b"};
  lib_set_argv(vm, 3, argv);
  lib_set_path(vm, "/some/dir");
  RUN("import sys\n"
      "print sys.argv, sys.path[0]\n"
      "print sys.maxint, sys.maxsize == sys.maxint, sys.version[:6], sys.version_info\n"
      "print sys.platform, sys.byteorder, sys.modules['sys'] is sys\n"
      "print sys.getrecursionlimit()\n"
      "print sys.exc_info()\n"
      "try:\n"
      "    raise KeyError('k')\n"
      "except KeyError:\n"
      "    t, v, tb = sys.exc_info()\n"
      "    print t.__name__, repr(v), tb is not None\n"
      "try:\n"
      "    sys.exit(3)\n"
      "except SystemExit, e:\n"
      "    print 'exit', e.code\n"
      "try:\n"
      "    sys.exit()\n"
      "except SystemExit, e:\n"
      "    print 'exit', e.code\n"
      "print sys.stdout.name, sys.stderr.mode, sys.stdin.mode\n",
      "['prog.py', 'a', 'b'] /some/dir\n"
      "9223372036854775807 True 2.7.18 sys.version_info(major=2, minor=7, micro=18, releaselevel='final', serial=0)\n"
      "linux2 little True\n1000\n(None, None, None)\n"
      "KeyError KeyError('k',) True\nexit 3\nexit None\n<stdout> w r\n");
  RUN("import sys\nsys.setrecursionlimit(50)\nprint sys.getrecursionlimit()\n", "50\n");
  assert_int_equal(vm->cfg.recursion_limit, 50);
  ERR("__import__('sys').setrecursionlimit(0)", "ValueError: recursion limit must be positive");
}

/* ---- os ------------------------------------------------------------------------- */

static void test_os(void **state) {
  char src[2048];
  snprintf(src, sizeof src,
           "import os\n"
           "d = '/tmp/rpyvm_test_os_%d'\n"
           "os.mkdir(d)\n"
           "p = os.path.join(d, 'f.txt')\n"
           "fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0644)\n"
           "print os.write(fd, 'hello\\n')\n"
           "os.close(fd)\n"
           "fd = os.open(p, os.O_RDONLY)\n"
           "print repr(os.read(fd, 3)), repr(os.read(fd, 100)), repr(os.read(fd, 5))\n"
           "os.close(fd)\n"
           "print os.listdir(d), os.path.getsize(p), os.path.isfile(p), os.path.isdir(d)\n"
           "os.rename(p, p + '2')\n"
           "try:\n"
           "    os.remove(p)\n"
           "except OSError, e:\n"
           "    print e.errno, e.strerror\n"
           "os.remove(p + '2')\n"
           "os.rmdir(d)\n"
           "print os.path.exists(d)\n"
           "try:\n"
           "    os.close(9999)\n"
           "except OSError, e:\n"
           "    print e\n",
           (int)getpid());
  RUN(src,
      "6\n'hel' 'lo\\n' ''\n['f.txt'] 6 True True\n2 No such file or directory\nFalse\n"
      "[Errno 9] Bad file descriptor\n");
  RUN("import os\n"
      "print os.name, os.sep, os.O_RDONLY, os.error is OSError\n"
      "print os.path.join('a', 'b', 'c'), os.path.join('a', '/b'), os.path.join('a/', 'b')\n"
      "print os.path.split('/a/b/c'), os.path.split('abc'), os.path.split('/')\n"
      "print os.path.basename('/x/y.txt'), os.path.dirname('/x/y.txt')\n"
      "print os.path.splitext('a/b.c.txt'), os.path.splitext('.bashrc')\n"
      "print os.path.normpath('/a/./b/../c//d/'), os.path.normpath(''), "
      "os.path.normpath('../a/..')\n"
      "print os.path.abspath('/a/b/../c'), os.path.isabs('a')\n"
      "print os.getenv('RPYVM_NO_SUCH_VAR'), os.getenv('RPYVM_NO_SUCH_VAR', 1)\n"
      "print len(os.urandom(8)), os.strerror(2)\n",
      "posix / 0 True\na/b/c /b a/b\n('/a/b', 'c') ('', 'abc') ('/', '')\n"
      "y.txt /x\n('a/b.c', '.txt') ('.bashrc', '')\n/a/c/d . ..\n/a/c False\n"
      "None 1\n8 No such file or directory\n");
}

/* ---- math, time ------------------------------------------------------------------- */

static void test_math(void **state) {
  EV("__import__('math').pi, __import__('math').e", "(3.141592653589793, 2.718281828459045)");
  RUN("import math\n"
      "print math.sqrt(2), math.floor(-0.5), math.ceil(2.1), type(math.floor(3))\n"
      "print math.log(8, 2), math.log10(1000), math.exp(1), math.pow(2, 0.5)\n"
      "print math.atan2(1, 1), math.hypot(3, 4), math.fmod(7, 3), math.copysign(2, -0.0)\n"
      "print math.frexp(8.0), math.modf(-3.5), math.ldexp(1.5, 3), math.factorial(10)\n"
      "print math.gamma(0.5), math.lgamma(2.5), math.erf(1.0), math.erfc(2.0)\n"
      "print math.fsum([0.1] * 10), math.trunc(-3.7), math.degrees(math.pi)\n"
      "print math.isinf(float('inf')), math.isnan(float('nan'))\n",
      "1.41421356237 -1.0 3.0 <type 'float'>\n"
      "3.0 3.0 2.71828182846 1.41421356237\n"
      "0.785398163397 5.0 1.0 -2.0\n"
      "(0.5, 4) (-0.5, -3.0) 12.0 3628800\n"
      "1.77245385091 0.284682870473 0.84270079295 0.00467773498105\n"
      "1.0 -3 180.0\nTrue True\n");
  EV("__import__('math').gamma(0.5), __import__('math').erf(1.0)",
     "(1.7724538509055159, 0.842700792949715)");
  ERR("__import__('math').sqrt(-1)", "ValueError: math domain error");
  ERR("__import__('math').log(0)", "ValueError: math domain error");
  ERR("__import__('math').exp(1000)", "OverflowError: math range error");
  ERR("__import__('math').sqrt('x')", "TypeError: a float is required");
  ERR("__import__('math').sqrt()", "TypeError: sqrt() takes exactly one argument (0 given)");
  ERR("__import__('math').pow(1)", "TypeError: pow expected 2 arguments, got 1");
  ERR("__import__('math').factorial(-1)",
      "ValueError: factorial() not defined for negative values");
}

static void test_time(void **state) {
  RUN("import time\n"
      "t = time.gmtime(0)\n"
      "print t[0], t.tm_year, t.tm_mon, t.tm_wday, t.tm_yday, len(t)\n"
      "print time.strftime('%Y-%m-%d %H:%M:%S', t), time.asctime(t)\n"
      "print type(time.time()), time.clock() >= 0, time.time() > 1e9\n"
      "time.sleep(0.001)\n",
      "1970 1970 1 3 1 9\n1970-01-01 00:00:00 Thu Jan  1 00:00:00 1970\n"
      "<type 'float'> True True\n");
}

/* ---- rpython.rlib.jit ------------------------------------------------------------ */

static void test_jit(void **state) {
  RUN("from rpython.rlib.jit import JitDriver, elidable, promote, hint, we_are_jitted\n"
      "from rpython.rlib.jit import set_param, JitHintError, dont_look_inside, oopspec\n"
      "from rpython.jit.codewriter.policy import JitPolicy\n"
      "d = JitDriver(greens=['pc'], reds=['acc'])\n"
      "print d.greens, d.reds\n"
      "d.jit_merge_point(pc=0, acc=1)\n"
      "d.can_enter_jit(pc=0, acc=1)\n"
      "try:\n"
      "    d.jit_merge_point(pc=0)\n"
      "except JitHintError, e:\n"
      "    print e\n"
      "def f(x): return x\n"
      "print elidable(f) is f, promote(3), hint(4, promote=True), we_are_jitted()\n"
      "@dont_look_inside\n"
      "def g(): pass\n"
      "@oopspec('spec(x)')\n"
      "def h(x): return x\n"
      "set_param(None, 'threshold', 7)\n"
      "set_param(d, 'enable_opts', 'all')\n"
      "try:\n"
      "    set_param(None, 'nope', 1)\n"
      "except ValueError, e:\n"
      "    print e\n"
      "print JitPolicy().look_inside_function(f)\n",
      "['pc'] ['acc']\n"
      "jitdriver: wrong live variables ['pc'], expected ['acc', 'pc']\n"
      "True 3 4 False\nno such JIT parameter: nope\nTrue\n");
  assert_int_equal(vm->cfg.jit.v[JIT_P_threshold], 7);
  assert_int_equal(vm->cfg.jit.v[JIT_P_enable_opts], 1);
  Value f = dict_get_str(vm, vm->main_module->dict, str_intern_cstr(vm, "f"));
  Value g = dict_get_str(vm, vm->main_module->dict, str_intern_cstr(vm, "g"));
  Value h = dict_get_str(vm, vm->main_module->dict, str_intern_cstr(vm, "h"));
  assert_true(lib_jit_has_flag(vm, f, "_elidable_"));
  assert_false(lib_jit_has_flag(vm, f, "_dont_look_inside_"));
  assert_true(lib_jit_has_flag(vm, g, "_dont_look_inside_"));
  assert_true(lib_jit_has_flag(vm, h, "_oopspec_"));
  assert_non_null(vm->cls_jitdriver);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown(test_len_range, setup, teardown),
    cmocka_unit_test_setup_teardown(test_chr_ord_hex, setup, teardown),
    cmocka_unit_test_setup_teardown(test_numbers, setup, teardown),
    cmocka_unit_test_setup_teardown(test_min_max_sorted, setup, teardown),
    cmocka_unit_test_setup_teardown(test_functional, setup, teardown),
    cmocka_unit_test_setup_teardown(test_attrs_iter, setup, teardown),
    cmocka_unit_test_setup_teardown(test_types_and_isinstance, setup, teardown),
    cmocka_unit_test_setup_teardown(test_constructors, setup, teardown),
    cmocka_unit_test_setup_teardown(test_descriptors, setup, teardown),
    cmocka_unit_test_setup_teardown(test_namespaces, setup, teardown),
    cmocka_unit_test_setup_teardown(test_id_hash, setup, teardown),
    cmocka_unit_test_setup_teardown(test_print_softspace, setup, teardown),
    cmocka_unit_test_setup_teardown(test_print_function, setup, teardown),
    cmocka_unit_test_setup_teardown(test_files, setup, teardown),
    cmocka_unit_test_setup_teardown(test_sys, setup, teardown),
    cmocka_unit_test_setup_teardown(test_os, setup, teardown),
    cmocka_unit_test_setup_teardown(test_math, setup, teardown),
    cmocka_unit_test_setup_teardown(test_time, setup, teardown),
    cmocka_unit_test_setup_teardown(test_jit, setup, teardown),
  };
  return cmocka_run_group_tests_name("builtins", tests, NULL, NULL);
}
