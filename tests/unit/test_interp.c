/*
** test_interp.c: unit tests of the interpreter loop (vm/interp.c) and calls
** (vm/call.c): small programs run in a fresh VM, checked through their
** globals, their output, or the exception they leave pending.
*/
#define TEST_FIXTURE_T
#include "test_util.h"

/* ---- tests -------------------------------------------------------------------- */

static void test_arith_fast_paths(void **state) {
  T *t = *state;
  RUN_OK("a = 7 + 5\nb = 7 - 12\nc = 6 * 7\nd = -7 // 2\ne = -7 % 3\nf = 7 / 2\n"
         "g = 1 << 10\nh = -9 >> 1\ni = 6 & 3 | 8 ^ 1\nj = ~5\nk = -(3)\n");
  assert_int_equal(gint(t, "a"), 12);
  assert_int_equal(gint(t, "b"), -5);
  assert_int_equal(gint(t, "c"), 42);
  assert_int_equal(gint(t, "d"), -4);
  assert_int_equal(gint(t, "e"), 2);
  assert_int_equal(gint(t, "f"), 3);
  assert_int_equal(gint(t, "g"), 1024);
  assert_int_equal(gint(t, "h"), -5);
  assert_int_equal(gint(t, "i"), (6 & 3) | (8 ^ 1));
  assert_int_equal(gint(t, "j"), -6);
  assert_int_equal(gint(t, "k"), -3);
  RUN_OK("x = 1.5 * 2\ny = 3 + 0.5\nz = 1.0 / 4\n");
  assert_true(global(t, "x").u.f == 3.0);
  assert_true(global(t, "y").u.f == 3.5);
  assert_true(global(t, "z").u.f == 0.25);
}

static void test_compare_and_jumps(void **state) {
  T *t = *state;
  RUN_OK("r = []\nfor i in range(5):\n    if i < 2: r.append('a')\n"
         "    elif i >= 4: r.append('b')\n    else: r.append('c')\n"
         "s = ''.join(r)\nu = 1 < 2 < 3\nv = 3 > 2 > 2\nw = 'x' in 'xyz'\n"
         "q = None is None\nn = 1.5 <= 1.5\n");
  assert_string_equal(gstr(t, "s"), "aaccb");
  assert_true(global(t, "u").u.i == 1);
  assert_true(global(t, "v").u.i == 0);
  assert_true(global(t, "w").u.i == 1);
  assert_true(global(t, "q").u.i == 1);
  assert_true(global(t, "n").u.i == 1);
}

static void test_loops_and_iterators(void **state) {
  T *t = *state;
  RUN_OK("def f():\n    s = 0\n    for i in range(10): s += i\n"
         "    for i in xrange(10, 0, -3): s += i\n"
         "    for x in [1, 2, 3]: s += x\n"
         "    for x in (4, 5): s += x\n"
         "    for c in 'ab': s += len(c)\n"
         "    i = 0\n    while i < 5:\n        i += 1\n        if i == 2: continue\n"
         "        s += 100\n    return s\nr = f()\n"
         "big = 0\nfor i in range(9223372036854775800, 9223372036854775807, 3): big += 1\n");
  assert_int_equal(gint(t, "r"), 45 + (10 + 7 + 4 + 1) + 6 + 9 + 2 + 400);
  assert_int_equal(gint(t, "big"), 3);
}

static void test_globals_cache_invalidation(void **state) {
  T *t = *state;
  RUN_OK("def g(): return k\nk = 1\na = g()\nk = 2\nb = g()\nlen = lambda x: 42\n"
         "def h(): return len([])\nc = h()\ndel len\nd = h()\n");
  assert_int_equal(gint(t, "a"), 1);
  assert_int_equal(gint(t, "b"), 2);
  assert_int_equal(gint(t, "c"), 42);
  assert_int_equal(gint(t, "d"), 0);
  RUN_RAISES("def m(): return nope\nm()\n", "NameError: global name 'nope' is not defined");
  RUN_RAISES("print nope2\n", "NameError: name 'nope2' is not defined");
  RUN_RAISES("def u():\n    x = x + 1\nu()\n",
             "UnboundLocalError: local variable 'x' referenced before assignment");
}

static void test_attribute_caches(void **state) {
  T *t = *state;
  RUN_OK("class P(object):\n    K = 10\n    def __init__(self, x):\n        self.x = x\n"
         "    def get(self): return self.x + self.K\n"
         "ps = [P(i) for i in range(4)]\ns = 0\nfor p in ps: s += p.get()\n"
         "P.K = 100\ns2 = 0\nfor p in ps: s2 += p.get()\n"
         "def get2(self): return -self.x\nP.get = get2\ns3 = 0\nfor p in ps: s3 += p.get()\n"
         "ps[0].get = lambda: 1000\ns4 = 0\nfor p in ps: s4 += p.get()\n"
         "ps[1].y = 5\ns5 = 0\nfor p in ps: s5 += p.x\n");
  assert_int_equal(gint(t, "s"), 0 + 1 + 2 + 3 + 40);
  assert_int_equal(gint(t, "s2"), 6 + 400);
  assert_int_equal(gint(t, "s3"), -6);
  assert_int_equal(gint(t, "s4"), 1000 - 1 - 2 - 3);
  assert_int_equal(gint(t, "s5"), 6);
  /* A property added after the cache was filled takes precedence. */
  RUN_OK("class Q(object):\n    def __init__(self): self.v = 1\n"
         "q = Q()\ndef rd(o): return o.v\na = rd(q)\nb = rd(q)\n"
         "Q.v = property(lambda self: 99)\nc = rd(q)\n");
  assert_int_equal(gint(t, "a"), 1);
  assert_int_equal(gint(t, "c"), 99);
  RUN_RAISES("class R(object): pass\nR().zz\n",
             "AttributeError: 'R' object has no attribute 'zz'");
}

static void test_calls_and_binding(void **state) {
  T *t = *state;
  RUN_OK("def f(a, b=2, *args, **kw):\n    return a + b + len(args) * 10 + len(kw) * 100\n"
         "r1 = f(1)\nr2 = f(1, 3, 4, 5, x=1)\nr3 = f(b=5, a=1)\nr4 = f(*[1, 2, 3])\n"
         "r5 = f(1, **{'z': 1, 'y': 2})\n"
         "def fib(n):\n    if n < 2: return n\n    return fib(n - 1) + fib(n - 2)\nr6 = fib(20)\n");
  assert_int_equal(gint(t, "r1"), 3);
  assert_int_equal(gint(t, "r2"), 1 + 3 + 20 + 100);
  assert_int_equal(gint(t, "r3"), 6);
  assert_int_equal(gint(t, "r4"), 13);
  assert_int_equal(gint(t, "r5"), 203);
  assert_int_equal(gint(t, "r6"), 6765);
  RUN_RAISES("def two(a, b): pass\ntwo(1)\n",
             "TypeError: two() takes exactly 2 arguments (1 given)");
  RUN_RAISES("def opt(a, b=1): pass\nopt(1, 2, 3)\n",
             "TypeError: opt() takes at most 2 arguments (3 given)");
  RUN_RAISES("def opt(a, b=1): pass\nopt()\n",
             "TypeError: opt() takes at least 1 argument (0 given)");
  RUN_RAISES("def n(): pass\nn(1)\n", "TypeError: n() takes no arguments (1 given)");
  RUN_RAISES("def k(a): pass\nk(1, z=2)\n",
             "TypeError: k() got an unexpected keyword argument 'z'");
  RUN_RAISES("def k(a): pass\nk(1, a=2)\n",
             "TypeError: k() got multiple values for keyword argument 'a'");
  RUN_RAISES("def k(a): pass\nk(**[1])\n",
             "TypeError: k() argument after ** must be a mapping, not list");
  RUN_RAISES("len(1, 2)\n", "TypeError: len() takes exactly one argument (2 given)");
  RUN_RAISES("1()\n", "TypeError: 'int' object is not callable");
  RUN_RAISES("class A(object):\n    def __init__(self): return 1\nA()\n",
             "TypeError: __init__() should return None, not 'int'");
}

static void test_closures_and_classes(void **state) {
  T *t = *state;
  RUN_OK("def counter():\n    n = [0]\n    def inc():\n        n[0] += 1\n        return n[0]\n"
         "    return inc\nc = counter()\nc()\nc()\nr = c()\n"
         "def adder(a):\n    def add(b): return a + b\n    return add\nr2 = adder(3)(4)\n"
         "class B(object):\n    def m(self): return 'B'\n"
         "class D(B):\n    def m(self): return 'D' + B.m(self)\n"
         "r3 = D().m()\nbm = D().m\nr4 = bm()\n"
         "class S(object):\n    @staticmethod\n    def s(x): return x * 2\n"
         "    @classmethod\n    def c(cls): return cls.__name__\n"
         "r5 = S.s(4) + S().s(1)\nr6 = S.c()\n");
  assert_int_equal(gint(t, "r"), 3);
  assert_int_equal(gint(t, "r2"), 7);
  assert_string_equal(gstr(t, "r3"), "DB");
  assert_string_equal(gstr(t, "r4"), "DB");
  assert_int_equal(gint(t, "r5"), 10);
  assert_string_equal(gstr(t, "r6"), "S");
  /* Class calls: __init__ run in the loop keeps the original instance. */
  RUN_OK("class I(object):\n    def __init__(self, v, w=2):\n        self.v = v + w\n"
         "        self = None\n"
         "objs = [I(i) for i in range(3)] + [I(1, w=5)]\n"
         "r7 = objs[0].v + objs[2].v + objs[3].v\n"
         "class J(I):\n    def __new__(cls, *a): return 'new'\nr8 = J(1)\n");
  assert_int_equal(gint(t, "r7"), 2 + 4 + 6);
  assert_string_equal(gstr(t, "r8"), "new");
  RUN_RAISES("class I2(object):\n    def __init__(self): raise KeyError('in init')\nI2()\n",
             "KeyError: 'in init'");
  RUN_RAISES("class I3(object):\n    def __init__(self, a): pass\nI3()\n",
             "TypeError: __init__() takes exactly 2 arguments (1 given)");
}

static void test_unpacking(void **state) {
  T *t = *state;
  RUN_OK("a, b = 1, 2\nc, d = [3, 4]\n(e, f), g = (5, 6), 7\nh, i = 'xy'\na, b = b, a\n");
  assert_int_equal(gint(t, "a"), 2);
  assert_int_equal(gint(t, "b"), 1);
  assert_int_equal(gint(t, "d"), 4);
  assert_int_equal(gint(t, "f"), 6);
  assert_string_equal(gstr(t, "i"), "y");
  RUN_RAISES("a, b = 1, 2, 3\n", "ValueError: too many values to unpack");
  RUN_RAISES("a, b = [1]\n", "ValueError: need more than 1 value to unpack");
  RUN_RAISES("a, b, c = 'ab'\n", "ValueError: need more than 2 values to unpack");
  RUN_RAISES("a, b = 1\n", "TypeError: 'int' object is not iterable");
}

static void test_exceptions_flow(void **state) {
  T *t = *state;
  RUN_OK("log = []\n"
         "def f(x):\n    try:\n        if x: raise ValueError('v')\n        log.append('body')\n"
         "    except ValueError as e:\n        log.append('exc:' + str(e))\n"
         "    else:\n        log.append('else')\n    finally:\n        log.append('fin')\n"
         "f(0)\nf(1)\n"
         "def g():\n    for i in range(3):\n        try:\n            return i\n"
         "        finally:\n            log.append('gfin')\ng()\n"
         "try:\n    try:\n        {}['k']\n    except KeyError:\n        raise\n"
         "except LookupError as e:\n    log.append('re:' + repr(e))\n"
         "r = ','.join(log)\n");
  assert_string_equal(gstr(t, "r"), "body,else,fin,exc:v,fin,gfin,re:KeyError('k',)");
  assert_int_equal(t->vm->depth, 0);
}

static void test_with_and_exec(void **state) {
  T *t = *state;
  RUN_OK("log = []\nclass W(object):\n    def __enter__(self):\n        log.append('in')\n"
         "        return 7\n    def __exit__(self, ty, v, tb):\n"
         "        log.append('out:%s' % (ty is not None))\n        return True\n"
         "with W() as x:\n    log.append(str(x))\n    raise KeyError('swallowed')\n"
         "with W():\n    pass\nexec 'z = 40 + 2'\nd = {}\nexec 'q = 1' in d\nr = ','.join(log)\n"
         "qq = d['q']\n");
  assert_string_equal(gstr(t, "r"), "in,7,out:True,in,out:False");
  assert_int_equal(gint(t, "z"), 42);
  assert_int_equal(gint(t, "qq"), 1);
}

static void test_recursion_limit(void **state) {
  T *t = *state;
  RUN_RAISES("def r(n): return r(n + 1)\nr(0)\n",
             "RuntimeError: maximum recursion depth exceeded");
  assert_int_equal(t->vm->depth, 0);
  assert_null(t->vm->frame);
  /* Recursion through C re-entry (a class's __add__) is bounded too. */
  RUN_RAISES("class A(object):\n    def __add__(self, o): return self + o\nA() + 1\n",
             "RuntimeError: maximum recursion depth exceeded while calling a Python object");
  assert_int_equal(t->vm->rec_extra, 0);
  assert_int_equal(t->vm->c_depth, 0);
  RUN_OK("def d(n):\n    if n == 0: return 0\n    return 1 + d(n - 1)\nr = d(900)\n");
  assert_int_equal(gint(t, "r"), 900);
}

static void test_print_statement(void **state) {
  T *t = *state;
  RUN_OK("print 1, 'a'\nprint\nprint 'x',\nprint 'y'\n");
  assert_string_equal(t->out.buf, "1 a\n\nx y\n");
}

static void test_builds_and_comprehensions(void **state) {
  T *t = *state;
  RUN_OK("l = [x * x for x in range(5) if x % 2 == 0]\nd = {k: v for k, v in [(1, 2), (3, 4)]}\n"
         "s = {x for x in 'abca'}\nt = (1, 2, 3)[1:]\nn = len(l) + len(d) + len(s) + len(t)\n"
         "m = {'a': 1, 'b': 2}\nmm = m['b']\nsl = [1, 2, 3, 4][::2]\nsn = sum(sl)\n");
  assert_int_equal(gint(t, "n"), 3 + 2 + 3 + 2);
  assert_int_equal(gint(t, "mm"), 2);
  assert_int_equal(gint(t, "sn"), 4);
}

/* A hand-built code object: EXTENDED_ARG supplies the high bits. */
static void test_extended_arg(void **state) {
  T *t = *state;
  VM *vm = t->vm;
  static uint32_t insns[4];
  insns[0] = INSN_MAKE(OP_EXTENDED_ARG, 1);
  insns[1] = INSN_MAKE(OP_LOAD_SMALLINT, 5);
  insns[2] = INSN_MAKE(OP_RETURN_VALUE, 0);
  static int32_t lines[3] = {1, 1, 1};
  Code *c = gc_alloc(sizeof(Code));
  c->h.kind = T_CODE;
  c->h.cls = vm->cls[T_CODE];
  c->insns = insns;
  c->ninsns = 3;
  c->flags = CO_MODULE;
  c->stacksize = 2;
  c->lines = lines;
  c->firstline = 1;
  c->name = str_intern_cstr(vm, "<hand>");
  c->filename = str_intern_cstr(vm, "<hand>");
  Value r = vm_exec_code(vm, c, vm->main_module->dict, NULL);
  assert_int_equal(r.tag, T_INT);
  assert_int_equal(r.u.i, (int64_t)((1u << 24) | 5u) - SMALLINT_BIAS);
  assert_int_equal(vm->depth, 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown(test_arith_fast_paths, setup, teardown),
    cmocka_unit_test_setup_teardown(test_compare_and_jumps, setup, teardown),
    cmocka_unit_test_setup_teardown(test_loops_and_iterators, setup, teardown),
    cmocka_unit_test_setup_teardown(test_globals_cache_invalidation, setup, teardown),
    cmocka_unit_test_setup_teardown(test_attribute_caches, setup, teardown),
    cmocka_unit_test_setup_teardown(test_calls_and_binding, setup, teardown),
    cmocka_unit_test_setup_teardown(test_closures_and_classes, setup, teardown),
    cmocka_unit_test_setup_teardown(test_unpacking, setup, teardown),
    cmocka_unit_test_setup_teardown(test_exceptions_flow, setup, teardown),
    cmocka_unit_test_setup_teardown(test_with_and_exec, setup, teardown),
    cmocka_unit_test_setup_teardown(test_recursion_limit, setup, teardown),
    cmocka_unit_test_setup_teardown(test_print_statement, setup, teardown),
    cmocka_unit_test_setup_teardown(test_builds_and_comprehensions, setup, teardown),
    cmocka_unit_test_setup_teardown(test_extended_arg, setup, teardown),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
