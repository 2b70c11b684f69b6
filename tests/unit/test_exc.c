/*
** test_exc.c: unit tests of exceptions (vm/exc.c): the builtin hierarchy,
** exception objects' args / str / repr, raising from C, raise forms,
** tracebacks and the text CPython 2.7 prints for an uncaught exception or a
** syntax error.
*/
#define TEST_FIXTURE_T
#include "test_util.h"
#include <unistd.h>

/* Full text of the pending exception (traceback included), then cleared. */
static const char *exc_text(T *t) { return tu_exc_format(t->vm, true, false); }

/* ---- tests -------------------------------------------------------------------- */

static void test_hierarchy(void **state) {
  T *t = *state;
  VM *vm = t->vm;
  assert_true(class_is_subclass(vm->exc_KeyError, vm->exc_LookupError));
  assert_true(class_is_subclass(vm->exc_ZeroDivisionError, vm->exc_ArithmeticError));
  assert_true(class_is_subclass(vm->exc_TabError, vm->exc_SyntaxError));
  assert_true(class_is_subclass(vm->exc_SystemExit, vm->exc_BaseException));
  assert_false(class_is_subclass(vm->exc_SystemExit, vm->exc_Exception));
  assert_true(vm->exc_ValueError->h.flags & CLS_EXCEPTION);
  assert_string_equal(vm->exc_ValueError->module->data, "exceptions");
  RUN_OK("r = '%s %s' % (issubclass(IOError, EnvironmentError), ValueError.__name__)\n");
  assert_string_equal(gstr(t, "r"), "True ValueError");
}

static void test_args_str_repr(void **state) {
  T *t = *state;
  RUN_OK("e = ValueError('msg')\nr1 = '%s|%r|%r|%s' % (e, e, e.args, e.message)\n"
         "e2 = Exception('a', 2)\nr2 = '%s|%r|%r' % (e2, e2, e2.message)\n"
         "r3 = '%r|%r' % (str(Exception()), Exception())\n"
         "r4 = str(KeyError('k')) + '|' + str(KeyError()) + '|' + str(KeyError(1, 2))\n"
         "r5 = str(IOError(2, 'No such file or directory', 'x'))\n"
         "r6 = '%s|%s' % (IOError(2, 'nf'), IOError('plain'))\n"
         "r7 = '%r|%r|%r' % (SystemExit().code, SystemExit(3).code, SystemExit(1, 2).code)\n"
         "e8 = SyntaxError('bad', ('dir/f.py', 3, 4, 'txt'))\n"
         "r8 = '%s|%s|%s' % (e8, e8.lineno, e8.text)\n"
         "class MyE(Exception): pass\nr9 = '%r|%s' % (MyE('x'), MyE('x'))\n"
         "r10 = str(ValueError('x')[0])\n");
  assert_string_equal(gstr(t, "r1"), "msg|ValueError('msg',)|('msg',)|msg");
  assert_string_equal(gstr(t, "r2"), "('a', 2)|Exception('a', 2)|''");
  assert_string_equal(gstr(t, "r3"), "''|Exception()");
  assert_string_equal(gstr(t, "r4"), "'k'||(1, 2)");
  assert_string_equal(gstr(t, "r5"), "[Errno 2] No such file or directory: 'x'");
  assert_string_equal(gstr(t, "r6"), "[Errno 2] nf|plain");
  assert_string_equal(gstr(t, "r7"), "None|3|(1, 2)");
  assert_string_equal(gstr(t, "r8"), "bad (f.py, line 3)|3|txt");
  assert_string_equal(gstr(t, "r9"), "MyE('x',)|x");
  assert_string_equal(gstr(t, "r10"), "x");
}

static void test_vm_raise_from_c(void **state) {
  T *t = *state;
  VM *vm = t->vm;
  Value v = v_int(5);
  Value r = vm_raise(vm, vm->exc_TypeError, "bad %s: %d %S %R", "thing", 42,
                     str_from_cstr(vm, "s"), &v);
  assert_true(v_isnull(r));
  assert_true(vm_exc_matches(vm, vm->exc_TypeError));
  assert_true(vm_exc_matches(vm, vm->exc_StandardError));
  assert_false(vm_exc_matches(vm, vm->exc_ValueError));
  assert_string_equal(exc_text(t), "TypeError: bad thing: 42 s 5\n");
  vm_raise(vm, vm->exc_StopIteration, NULL);
  assert_string_equal(exc_text(t), "StopIteration\n");
  assert_true(v_isnull(vm->exc));
}

static void test_raise_forms(void **state) {
  T *t = *state;
  RUN_OK("out = []\n"
         "def f(form):\n"
         "    if form == 1: raise ValueError\n"
         "    if form == 2: raise ValueError('m')\n"
         "    if form == 3: raise ValueError, 'old'\n"
         "    if form == 4: raise ValueError, ('a', 'b')\n"
         "    if form == 5: raise ValueError('inst'), None\n"
         "for i in range(1, 6):\n"
         "    try: f(i)\n"
         "    except ValueError as e: out.append(repr(e.args))\n"
         "try: raise 'str'\nexcept TypeError as e: out.append(str(e))\n"
         "try: raise ValueError('a'), 'b'\nexcept TypeError as e: out.append(str(e))\n"
         "def bare():\n    raise\n"
         "try: bare()\nexcept TypeError as e: out.append(str(e))\n"
         "try:\n    raise KeyError('z')\nexcept (TypeError, (IndexError, KeyError)) as e:\n"
         "    out.append('tuple')\n"
         "r = '|'.join(out)\n");
  assert_string_equal(gstr(t, "r"),
    "()|('m',)|('old',)|('a', 'b')|('inst',)|"
    "exceptions must be old-style classes or derived from BaseException, not str|"
    "instance exception may not have a separate value|"
    "instance exception may not have a separate value|tuple");
}

static void test_traceback_text(void **state) {
  T *t = *state;
  char path[] = "/tmp/rpyvm_test_excXXXXXX";
  int fd = mkstemp(path);
  assert_true(fd >= 0);
  const char *src =
    "def inner(x):\n"
    "    raise ValueError('bad %d' % x)\n"
    "\n"
    "def outer():\n"
    "    \tinner(3)\n"
    "outer()\n";
  assert_int_equal(write(fd, src, strlen(src)), (ssize_t)strlen(src));
  close(fd);
  assert_true(v_isnull(tu_exec(t->vm, src, path, COMPILE_FILE)));
  char want[2048];
  snprintf(want, sizeof want,
           "Traceback (most recent call last):\n"
           "  File \"%s\", line 6, in <module>\n    outer()\n"
           "  File \"%s\", line 5, in outer\n    inner(3)\n"
           "  File \"%s\", line 2, in inner\n    raise ValueError('bad %%d' %% x)\n"
           "ValueError: bad 3\n", path, path, path);
  assert_string_equal(exc_text(t), want);
  unlink(path);
  /* Unreadable source: no source lines; user classes get their module. */
  assert_false(run(t, "class Oops(Exception): pass\ndef f():\n    raise Oops()\nf()\n"));
  assert_string_equal(exc_text(t),
    "Traceback (most recent call last):\n"
    "  File \"<test>\", line 4, in <module>\n"
    "  File \"<test>\", line 3, in f\n"
    "__main__.Oops\n");
  /* A bare raise keeps the original traceback. */
  assert_false(run(t, "def g():\n    return [][1]\ndef h():\n    try:\n        g()\n"
                      "    except IndexError:\n        raise\nh()\n"));
  assert_string_equal(exc_text(t),
    "Traceback (most recent call last):\n"
    "  File \"<test>\", line 8, in <module>\n"
    "  File \"<test>\", line 5, in h\n"
    "  File \"<test>\", line 2, in g\n"
    "IndexError: list index out of range\n");
}

static void test_syntax_error_text(void **state) {
  T *t = *state;
  VM *vm = t->vm;
  const char *src = "x = 1\nif x > 0\n    print x\n";
  assert_null(vm_compile(vm, src, strlen(src), "s.py", COMPILE_FILE, 0));
  assert_true(vm_exc_matches(vm, vm->exc_SyntaxError));
  assert_string_equal(exc_text(t),
    "  File \"s.py\", line 2\n"
    "    if x > 0\n"
    "           ^\n"
    "SyntaxError: invalid syntax\n");
  const char *src2 = "def f():\nreturn 1\n";
  assert_null(vm_compile(vm, src2, strlen(src2), "i.py", COMPILE_FILE, 0));
  assert_true(vm_exc_matches(vm, vm->exc_IndentationError));
  assert_string_equal(exc_text(t),
    "  File \"i.py\", line 2\n"
    "    return 1\n"
    "         ^\n"
    "IndentationError: expected an indented block\n");
  const char *src3 = "x = 1\nif x:\n    return x\n";
  assert_null(vm_compile(vm, src3, strlen(src3), "r.py", COMPILE_FILE, 0));
  assert_string_equal(exc_text(t),
    "  File \"r.py\", line 3\n"
    "    return x\n"
    "SyntaxError: 'return' outside function\n");
  /* The attributes, as CPython sets them. */
  assert_null(vm_compile(vm, src, strlen(src), "s.py", COMPILE_FILE, 0));
  Value e = vm->exc;
  vm_exc_clear(vm);
  Value v = vm_getattr(vm, e, vm->s_lineno);
  assert_int_equal(v.tag, T_INT);
  assert_int_equal(v.u.i, 2);
  v = vm_getattr(vm, e, vm->s_filename);
  assert_string_equal(AS_STR(v)->data, "s.py");
  v = vm_getattr(vm, e, vm->s_text);
  assert_string_equal(AS_STR(v)->data, "if x > 0\n");
  v = vm_getattr(vm, e, vm->s_msg);
  assert_string_equal(AS_STR(v)->data, "invalid syntax");
}

static void test_print_exception_flushes_line(void **state) {
  T *t = *state;
  VM *vm = t->vm;
  assert_false(run(t, "print 'partial',\n{}['boom']\n"));
  Value e = vm->exc;
  Traceback *tb = vm->exc_tb;
  vm_exc_clear(vm);
  vm_print_exception(vm, e, tb);
  assert_string_equal(t->out.buf, "partial\n");
  assert_string_equal(t->err.buf,
    "Traceback (most recent call last):\n"
    "  File \"<test>\", line 2, in <module>\n"
    "KeyError: 'boom'\n");
}

static void test_handled_exception(void **state) {
  T *t = *state;
  RUN_OK("import sys\n"
         "def show(): return sys.exc_info()[0].__name__\n"
         "try:\n    1 / 0\nexcept ZeroDivisionError:\n    r = show()\n");
  assert_string_equal(gstr(t, "r"), "ZeroDivisionError");
  assert_true(v_isnull(t->vm->exc));
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown(test_hierarchy, setup, teardown),
    cmocka_unit_test_setup_teardown(test_args_str_repr, setup, teardown),
    cmocka_unit_test_setup_teardown(test_vm_raise_from_c, setup, teardown),
    cmocka_unit_test_setup_teardown(test_raise_forms, setup, teardown),
    cmocka_unit_test_setup_teardown(test_traceback_text, setup, teardown),
    cmocka_unit_test_setup_teardown(test_syntax_error_text, setup, teardown),
    cmocka_unit_test_setup_teardown(test_print_exception_flushes_line, setup, teardown),
    cmocka_unit_test_setup_teardown(test_handled_exception, setup, teardown),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
