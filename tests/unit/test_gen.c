/*
** test_gen.c: unit tests of generators (vm/gen.c and YIELD_VALUE in
** vm/interp.c) and of the interpreter's breadth features that go with them:
** the recursion-depth accounting (vm_rec_enter), classic-class raising,
** sys.exc_info / exc_clear, traceback and frame objects, exec forms. Each
** test runs small programs in a fresh VM and checks globals, output or the
** pending exception.
*/
#define TEST_FIXTURE_T
#include "test_util.h"

/* ---- generators ------------------------------------------------------------- */

static void test_gen_basic(void **state) {
  T *t = *state;
  RUN_OK("def g(n):\n    for i in range(n):\n        yield i * i\n"
         "a = list(g(5))\ns = sum(g(4))\nx = g(2)\nn1 = x.next()\nn2 = next(x)\n"
         "n3 = next(x, 'end')\nr = repr(x)[:19]\nt = type(x).__name__\n"
         "e = ','.join([str(v) for v in g(3)])\n");
  assert_int_equal(gint(t, "s"), 0 + 1 + 4 + 9);
  assert_int_equal(gint(t, "n1"), 0);
  assert_int_equal(gint(t, "n2"), 1);
  assert_string_equal(gstr(t, "n3"), "end");
  assert_string_equal(gstr(t, "r"), "<generator object g");
  assert_string_equal(gstr(t, "t"), "generator");
  assert_string_equal(gstr(t, "e"), "0,1,4");
  assert_int_equal(t->vm->depth, 0);
  assert_int_equal(t->vm->rec_extra, 0);
}

static void test_gen_expressions(void **state) {
  T *t = *state;
  RUN_OK("a = sum(x * 2 for x in range(10) if x % 2)\n"
         "b = list((i, j) for i in range(2) for j in 'ab')\n"
         "c = dict((k, len(k)) for k in ['a', 'bb'])\n"
         "k = 10\nd = max(v + k for v in [1, 5, 3])\n");
  assert_int_equal(gint(t, "a"), 2 * (1 + 3 + 5 + 7 + 9));
  assert_int_equal(gint(t, "d"), 15);
  Value b = global(t, "b");
  assert_int_equal(b.tag, T_LIST);
  assert_int_equal(AS_LIST(b)->len, 4);
}

static void test_gen_send_throw_close(void **state) {
  T *t = *state;
  RUN_OK("def echo():\n    v = None\n    while True:\n        v = yield v\n"
         "        if v == 'q': return\n"
         "e = echo()\na = e.next()\nb = e.send(3)\ntry:\n    e.send('q')\n"
         "except StopIteration:\n    c = 'stopped'\n");
  assert_true(v_isnone(global(t, "a")));
  assert_int_equal(gint(t, "b"), 3);
  assert_string_equal(gstr(t, "c"), "stopped");
  RUN_RAISES("def g():\n    yield 1\ng().send(1)\n",
             "TypeError: can't send non-None value to a just-started generator");
  RUN_OK("log = []\ndef h():\n    try:\n        yield 1\n    except ValueError, e:\n"
         "        log.append(str(e))\n        yield 2\n    finally:\n        log.append('fin')\n"
         "x = h()\nx.next()\nv = x.throw(ValueError, 'boom')\nx.close()\ns = ' '.join(log)\n");
  assert_int_equal(gint(t, "v"), 2);
  assert_string_equal(gstr(t, "s"), "boom fin");
  RUN_RAISES("def i():\n    try:\n        yield 1\n    except GeneratorExit:\n        yield 2\n"
             "y = i()\ny.next()\ny.close()\n",
             "RuntimeError: generator ignored GeneratorExit");
  RUN_RAISES("def g():\n    yield 1\ng().throw(KeyError, 'k')\n", "KeyError: 'k'");
  RUN_RAISES("def g():\n    yield 1\ng().throw('x')\n",
             "TypeError: exceptions must be classes, or instances, not str");
}

static void test_gen_states(void **state) {
  T *t = *state;
  RUN_RAISES("def me():\n    yield g.next()\ng = me()\ng.next()\n",
             "ValueError: generator already executing");
  RUN_OK("def f():\n    yield 1\n    raise StopIteration\n    yield 2\nl = list(f())\n"
         "def z():\n    return\n    yield\nm = list(z())\n"
         "x = f()\nr0 = x.gi_running\nfor _ in x: pass\nc = x.close()\n");
  assert_int_equal(AS_LIST(global(t, "l"))->len, 1);
  assert_int_equal(AS_LIST(global(t, "m"))->len, 0);
  assert_int_equal(gint(t, "r0"), 0);
  assert_true(v_isnone(global(t, "c")));
  /* an exception inside finishes the generator */
  RUN_OK("def b():\n    yield 1\n    1 / 0\n    yield 2\n"
         "g = b()\ng.next()\ntry:\n    g.next()\nexcept ZeroDivisionError:\n    pass\n"
         "after = list(g)\n");
  assert_int_equal(AS_LIST(global(t, "after"))->len, 0);
  assert_int_equal(t->vm->depth, 0);
}

static void test_gen_closures_and_methods(void **state) {
  T *t = *state;
  RUN_OK("def outer(k):\n    def gen(n):\n        for i in range(n):\n            yield i + k\n"
         "    return gen\nl = list(outer(10)(3))\n"
         "class C(object):\n    def __init__(self, n): self.n = n\n"
         "    def __iter__(self):\n        for i in range(self.n):\n            yield i\n"
         "s = sum(C(5))\n"
         "def rec(n):\n    if n:\n        for x in rec(n - 1): yield x\n    yield n\n"
         "r = list(rec(50))\n");
  assert_int_equal(gint(t, "s"), 10);
  assert_int_equal(AS_LIST(global(t, "l"))->len, 3);
  assert_int_equal(AS_LIST(global(t, "r"))->len, 51);
}

/* ---- recursion ----------------------------------------------------------------- */

static void test_recursion_messages(void **state) {
  T *t = *state;
  RUN_RAISES("def f(): f()\nf()\n", "RuntimeError: maximum recursion depth exceeded");
  RUN_RAISES("import sys\nsys.setrecursionlimit(61)\n"
             "class B(object):\n    def __getattr__(self, n): return getattr(self, n)\nB().x\n",
             "RuntimeError: maximum recursion depth exceeded while calling a Python object");
  /* which level crosses the limit decides the wording, as in CPython 2 */
  RUN_RAISES("import sys\nsys.setrecursionlimit(62)\n"
             "class A(object):\n    def __repr__(self): return repr(self)\nrepr(A())\n",
             "RuntimeError: maximum recursion depth exceeded while calling a Python object");
  RUN_RAISES("import sys\nsys.setrecursionlimit(61)\n"
             "class A(object):\n    def __repr__(self): return repr(self)\nrepr(A())\n",
             "RuntimeError: maximum recursion depth exceeded while getting the repr of an object");
  RUN_RAISES("import sys\nsys.setrecursionlimit(60)\n"
             "class A(object):\n    def __repr__(self): return repr(self)\nrepr(A())\n",
             "RuntimeError: maximum recursion depth exceeded");
  RUN_RAISES("l = []\nfor i in range(5000): l = [l]\nrepr(l)\n",
             "RuntimeError: maximum recursion depth exceeded while getting the repr of an object");
  assert_int_equal(t->vm->rec_extra, 0);
  assert_int_equal(t->vm->depth, 0);
}

/* ---- exceptions ---------------------------------------------------------------- */

static void test_classic_raise(void **state) {
  T *t = *state;
  RUN_OK("class E: pass\nclass F(E): pass\ntry:\n    raise F\nexcept E, e:\n"
         "    n = e.__class__.__name__\ntry:\n    raise E()\nexcept:\n    m = 'bare'\n");
  assert_string_equal(gstr(t, "n"), "F");
  assert_string_equal(gstr(t, "m"), "bare");
  RUN_RAISES("class N(object): pass\nraise N\n",
             "TypeError: exceptions must be old-style classes or derived from BaseException, "
             "not type");
  RUN_RAISES("class E: pass\nraise E, 'msg'\n", "TypeError: this constructor takes no arguments");
}

static void test_exc_info(void **state) {
  T *t = *state;
  RUN_OK("import sys\ndef f():\n    try:\n        raise ValueError('v')\n    except ValueError:\n"
         "        pass\n    a = sys.exc_info()[0].__name__\n    sys.exc_clear()\n"
         "    return a, sys.exc_info()[0]\n"
         "try:\n    raise IndexError('i')\nexcept IndexError:\n    r = f()\n"
         "    after = sys.exc_info()[0].__name__\n"
         "try:\n    1 / 0\nexcept ZeroDivisionError:\n    tb = sys.exc_info()[2]\n"
         "    ln = tb.tb_lineno\n    nx = tb.tb_next\n    co = tb.tb_frame.f_code.co_name\n");
  assert_string_equal(gstr(t, "after"), "IndexError");
  assert_int_equal(gint(t, "ln"), 16);
  assert_true(v_isnone(global(t, "nx")));
  assert_string_equal(gstr(t, "co"), "<module>");
  Value r = global(t, "r");
  assert_int_equal(r.tag, T_TUPLE);
  assert_string_equal(AS_STR(AS_TUPLE(r)->items[0])->data, "ValueError");
  assert_true(v_isnone(AS_TUPLE(r)->items[1]));
  RUN_OK("import sys\ndef src(): raise KeyError(1)\ntry:\n    src()\nexcept KeyError:\n"
         "    saved = sys.exc_info()\ntry:\n    raise saved[0], saved[1], saved[2]\n"
         "except KeyError:\n    tb = sys.exc_info()[2]\n    d = 0\n"
         "    while tb is not None:\n        d += 1\n        tb = tb.tb_next\n");
  assert_int_equal(gint(t, "d"), 2);
}

static void test_exec_forms(void **state) {
  T *t = *state;
  RUN_OK("ns = {'x': 3}\nexec('y = x * 2', ns)\ny = ns['y']\n"
         "def f():\n    a = 1\n    exec 'a = a + 41'\n    return a\nz = f()\n"
         "c = compile('1 + 2', '<s>', 'eval')\nv = eval(c)\n");
  assert_int_equal(gint(t, "y"), 6);
  assert_int_equal(gint(t, "z"), 42);
  assert_int_equal(gint(t, "v"), 3);
  RUN_OK("try:\n    exec 'x = (' in {}\nexcept SyntaxError, e:\n    m = str(e)\n");
  assert_string_equal(gstr(t, "m"), "unexpected EOF while parsing (<string>, line 1)");
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown(test_gen_basic, setup, teardown),
    cmocka_unit_test_setup_teardown(test_gen_expressions, setup, teardown),
    cmocka_unit_test_setup_teardown(test_gen_send_throw_close, setup, teardown),
    cmocka_unit_test_setup_teardown(test_gen_states, setup, teardown),
    cmocka_unit_test_setup_teardown(test_gen_closures_and_methods, setup, teardown),
    cmocka_unit_test_setup_teardown(test_recursion_messages, setup, teardown),
    cmocka_unit_test_setup_teardown(test_classic_raise, setup, teardown),
    cmocka_unit_test_setup_teardown(test_exc_info, setup, teardown),
    cmocka_unit_test_setup_teardown(test_exec_forms, setup, teardown),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
