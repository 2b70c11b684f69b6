/*
** test_vm.c: unit tests of the VM plumbing (vm/vm.c, vm/call.c, vm/import.c):
** configuration, VM lifecycle, output sinks, compiling and running code,
** frames, calling from C, builtin functions, modules and imports.
*/
#define TEST_FIXTURE_T
#include "test_util.h"
#include <sys/stat.h>
#include <unistd.h>

static void write_file(const char *path, const char *text) {
  FILE *f = fopen(path, "w");
  assert_non_null(f);
  fputs(text, f);
  fclose(f);
}

/* ---- tests -------------------------------------------------------------------- */

static void test_config_defaults(void **state) {
  (void)state;
  VMConfig cfg;
  vm_config_default(&cfg);
  assert_int_equal(cfg.recursion_limit, 1000);
  assert_false(cfg.jit.off);
  assert_int_equal(cfg.jit.v[JIT_P_threshold], 1039);
  assert_int_equal(cfg.jit.v[JIT_P_function_threshold], 1619);
  assert_null(cfg.out);
  assert_null(cfg.path);
}

static void test_lifecycle(void **state) {
  (void)state;
  VM *a = vm_new(NULL);
  VM *b = vm_new(NULL);
  assert_non_null(a);
  assert_non_null(b);
  assert_ptr_not_equal(a->main_module, b->main_module);
  assert_string_equal(a->main_module->name->data, "__main__");
  Value n = dict_get_str(a, a->main_module->dict, a->s___name__);
  assert_string_equal(AS_STR(n)->data, "__main__");
  assert_false(v_isnull(dict_get_str(a, a->main_module->dict, a->s___builtins__)));
  assert_int_equal(a->depth, 0);
  assert_null(a->frame);
  assert_true(v_isnull(a->exc));
  assert_false(v_isnull(a->builtin_range));
  vm_free(a);
  vm_free(b);
}

static void test_output_sinks(void **state) {
  T *t = *state;
  vm_write_out(t->vm, "ab", 2);
  vm_write_err(t->vm, "e", 1);
  vm_flush(t->vm);
  RUN_OK("print 'hi', 3\n");
  assert_string_equal(t->out.buf, "abhi 3\n");
  assert_string_equal(t->err.buf, "e");
}

static void test_compile_modes(void **state) {
  T *t = *state;
  VM *vm = t->vm;
  const char *e = "6 * 7";
  Code *c = vm_compile(vm, e, strlen(e), "<eval>", COMPILE_EVAL, 0);
  assert_non_null(c);
  Value r = vm_exec_code(vm, c, vm->main_module->dict, NULL);
  assert_int_equal(r.tag, T_INT);
  assert_int_equal(r.u.i, 42);
  const char *f = "x = 1\n";
  c = vm_compile(vm, f, strlen(f), "<file>", COMPILE_FILE, 0);
  assert_non_null(c);
  Dict *g = dict_new(vm), *l = dict_new(vm);
  r = vm_exec_code(vm, c, g, l);
  assert_true(v_isnone(r));
  assert_false(v_isnull(dict_get_str(vm, l, str_intern_cstr(vm, "x"))));
  assert_true(v_isnull(dict_get_str(vm, g, str_intern_cstr(vm, "x"))));
  /* __future__ division inherited through the flags. */
  const char *d = "1 / 2";
  c = vm_compile(vm, d, strlen(d), "<eval>", COMPILE_EVAL, CO_FUTURE_DIVISION);
  assert_non_null(c);
  r = vm_exec_code(vm, c, g, NULL);
  assert_int_equal(r.tag, T_FLOAT);
  const char *bad = "x = (";
  assert_null(vm_compile(vm, bad, strlen(bad), "<bad>", COMPILE_FILE, 0));
  assert_true(vm_exc_matches(vm, vm->exc_SyntaxError));
  vm_exc_clear(vm);
}

static void test_frames(void **state) {
  T *t = *state;
  VM *vm = t->vm;
  const char *src = "a = 1\n";
  Code *c = vm_compile(vm, src, strlen(src), "<f>", COMPILE_FILE, 0);
  assert_non_null(c);
  Dict *g = dict_new(vm);
  Frame *f1 = vm_push_frame(vm, c, NULL, g, g);
  assert_non_null(f1);
  assert_ptr_equal(vm->frame, f1);
  assert_int_equal(vm->depth, 1);
  assert_ptr_equal(f1->base, vm->stack);
  Frame *f2 = vm_push_frame(vm, c, NULL, g, g);
  assert_ptr_equal(f2->prev, f1);
  assert_ptr_equal(f2->base, f1->base + vm_frame_size(c));
  assert_ptr_equal(vm_stack_top(vm), f2->base + vm_frame_size(c));
  vm_pop_frame(vm);
  assert_ptr_equal(vm->frame, f1);
  Value r = vm_run_frame(vm, f1);  /* runs and pops it */
  assert_true(v_isnone(r));
  assert_int_equal(vm->depth, 0);
  assert_null(vm->frame);
  assert_int_equal(vm->c_depth, 0);
  assert_false(v_isnull(dict_get_str(vm, g, str_intern_cstr(vm, "a"))));
}

static Value c_add(VM *vm, int argc, Value *argv, Dict *kw) {
  int64_t s = 0;
  for (int i = 0; i < argc; i++) s += argv[i].u.i;
  if (kw) s += 1000 * kw->used;
  return v_int(s);
}

static void test_calls_from_c(void **state) {
  T *t = *state;
  VM *vm = t->vm;
  RUN_OK("def f(a, b=10): return a * b\n"
         "class K(object):\n    def __init__(self, v): self.v = v\n"
         "    def get(self, d): return self.v + d\n    def __len__(self): return 5\n");
  Value f = global(t, "f");
  Value r = vm_call1(vm, f, v_int(4));
  assert_int_equal(r.u.i, 40);
  r = vm_call2(vm, f, v_int(4), v_int(2));
  assert_int_equal(r.u.i, 8);
  Dict *kw = dict_new(vm);
  dict_set_str(vm, kw, str_intern_cstr(vm, "b"), v_int(3));
  Value a = v_int(5);
  r = vm_call(vm, f, 1, &a, kw);
  assert_int_equal(r.u.i, 15);
  r = vm_call0(vm, f);
  assert_true(v_isnull(r));
  assert_string_equal(exc_line(t), "TypeError: f() takes at least 1 argument (0 given)");
  Value k = vm_call1(vm, global(t, "K"), v_int(7));
  assert_int_equal(k.tag, T_INSTANCE);
  Value d = v_int(1);
  r = vm_call_method(vm, k, str_intern_cstr(vm, "get"), 1, &d);
  assert_int_equal(r.u.i, 8);
  r = vm_call_special(vm, k, vm->s___len__, 0, NULL);
  assert_int_equal(r.u.i, 5);
  r = vm_call_special(vm, k, vm->s___iter__, 0, NULL);
  assert_true(v_isnull(r));
  assert_true(v_isnull(vm->exc));
  assert_int_equal(vm->depth, 0);

  /* builtin functions: arity and keyword checks */
  vm_add_function(vm, vm->main_module->dict, "cadd", c_add, 1, 2, false);
  vm_add_function(vm, vm->main_module->dict, "cadd_kw", c_add, 0, -1, true);
  RUN_OK("x1 = cadd(1, 2)\nx2 = cadd_kw(1, 2, 3, z=1)\n");
  assert_int_equal(global(t, "x1").u.i, 3);
  assert_int_equal(global(t, "x2").u.i, 1006);
  assert_false(run(t, "cadd()\n"));
  assert_string_equal(exc_line(t), "TypeError: cadd() takes at least 1 argument (0 given)");
  assert_false(run(t, "cadd(1, 2, 3)\n"));
  assert_string_equal(exc_line(t), "TypeError: cadd() takes at most 2 arguments (3 given)");
  assert_false(run(t, "cadd(1, k=2)\n"));
  assert_string_equal(exc_line(t), "TypeError: cadd() takes no keyword arguments");
  CFunc *cf = cfunc_new(vm, "one", c_add, 1, 1, false);
  assert_non_null(cf);
  r = vm_call0(vm, v_obj(cf));
  assert_string_equal(exc_line(t), "TypeError: one() takes exactly one argument (0 given)");
}

static Value m_twice(VM *vm, int argc, Value *argv, Dict *kw) {
  Value v = vm_getattr(vm, argv[0], str_intern_cstr(vm, "v"));
  if (v_isnull(v)) return v;
  return v_int(v.u.i * 2 + (argc > 1 ? argv[1].u.i : 0));
}

static void test_add_method(void **state) {
  T *t = *state;
  VM *vm = t->vm;
  RUN_OK("class M(object):\n    def __init__(self): self.v = 21\n");
  Class *m = AS_CLASS(global(t, "M"));
  vm_add_method(vm, m, "twice", m_twice, 0, 1, false);
  RUN_OK("o = M()\na = o.twice()\nb = o.twice(1)\ng = o.twice\nc = g()\nd = M.twice(o)\n");
  assert_int_equal(global(t, "a").u.i, 42);
  assert_int_equal(global(t, "b").u.i, 43);
  assert_int_equal(global(t, "c").u.i, 42);
  assert_int_equal(global(t, "d").u.i, 42);
  assert_false(run(t, "o.twice(1, 2)\n"));
  assert_string_equal(exc_line(t), "TypeError: twice() takes at most 1 argument (2 given)");
}

static void test_modules(void **state) {
  T *t = *state;
  VM *vm = t->vm;
  Module *m = vm_add_module(vm, "alpha.beta.gamma");
  assert_non_null(m);
  assert_string_equal(m->name->data, "alpha.beta.gamma");
  vm_add_function(vm, m->dict, "cadd", c_add, 0, -1, false);
  RUN_OK("import alpha.beta.gamma\nr = alpha.beta.gamma.cadd(2, 3)\n"
         "from alpha.beta import gamma as g\nr2 = g.cadd(1)\n"
         "import sys\nok = sys.modules['alpha.beta'] is alpha.beta\n");
  assert_int_equal(global(t, "r").u.i, 5);
  assert_int_equal(global(t, "r2").u.i, 1);
  assert_int_equal(global(t, "ok").u.i, 1);
  Module *x = module_new(vm, str_intern_cstr(vm, "x"));
  assert_non_null(x);
  assert_true(v_isnone(dict_get_str(vm, x->dict, vm->s___doc__)));
  assert_false(run(t, "import no_such_module_here\n"));
  assert_string_equal(exc_line(t), "ImportError: No module named no_such_module_here");
  assert_false(run(t, "import alpha.nope\n"));
  assert_string_equal(exc_line(t), "ImportError: No module named nope");
  assert_false(run(t, "from alpha import nope\n"));
  assert_string_equal(exc_line(t), "ImportError: cannot import name nope");
}

static void test_user_modules(void **state) {
  T *t = *state;
  VM *vm = t->vm;
  char dir[] = "/tmp/rpyvm_test_vmXXXXXX";
  assert_non_null(mkdtemp(dir));
  char p[256];
  snprintf(p, sizeof p, "%s/umod.py", dir);
  write_file(p, "import ucirc\nVALUE = 42\ndef get(): return ucirc.OTHER\nprint 'umod', __name__\n");
  snprintf(p, sizeof p, "%s/ucirc.py", dir);
  write_file(p, "import umod\nOTHER = 7\n");
  snprintf(p, sizeof p, "%s/upkg", dir);
  mkdir(p, 0700);
  snprintf(p, sizeof p, "%s/upkg/__init__.py", dir);
  write_file(p, "INIT = 1\n");
  snprintf(p, sizeof p, "%s/upkg/leaf.py", dir);
  write_file(p, "import sibling\nfrom . import sibling as s2\nL = sibling.S + s2.S\n");
  snprintf(p, sizeof p, "%s/upkg/sibling.py", dir);
  write_file(p, "S = 5\n");
  snprintf(p, sizeof p, "%s/ubad.py", dir);
  write_file(p, "X = 1\n1 / 0\n");
  char src[512];
  snprintf(src, sizeof src, "import sys\nsys.path.insert(0, '%s')\n", dir);
  RUN_OK(src);
  RUN_OK("import umod\nimport umod as again\nsame = umod is again\nv = umod.VALUE + umod.get()\n"
         "from upkg import leaf\nl = leaf.L\nimport upkg.leaf\nup = upkg.INIT\n"
         "fname = umod.__file__\n");
  assert_string_equal(t->out.buf, "umod umod\n");
  assert_int_equal(global(t, "same").u.i, 1);
  assert_int_equal(global(t, "v").u.i, 49);
  assert_int_equal(global(t, "l").u.i, 10);
  assert_int_equal(global(t, "up").u.i, 1);
  char want[256];
  snprintf(want, sizeof want, "%s/umod.py", dir);
  assert_string_equal(AS_STR(global(t, "fname"))->data, want);
  assert_false(run(t, "import ubad\n"));
  assert_string_equal(exc_line(t), "ZeroDivisionError: integer division or modulo by zero");
  RUN_OK("import sys\nbad_gone = 'ubad' not in sys.modules\n");
  assert_int_equal(global(t, "bad_gone").u.i, 1);
  RUN_OK("from umod import *\nstar = VALUE\n");
  assert_int_equal(global(t, "star").u.i, 42);
  (void)vm;
  char cmd[300];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
  assert_int_equal(system(cmd), 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_config_defaults),
    cmocka_unit_test(test_lifecycle),
    cmocka_unit_test_setup_teardown(test_output_sinks, setup, teardown),
    cmocka_unit_test_setup_teardown(test_compile_modes, setup, teardown),
    cmocka_unit_test_setup_teardown(test_frames, setup, teardown),
    cmocka_unit_test_setup_teardown(test_calls_from_c, setup, teardown),
    cmocka_unit_test_setup_teardown(test_add_method, setup, teardown),
    cmocka_unit_test_setup_teardown(test_modules, setup, teardown),
    cmocka_unit_test_setup_teardown(test_user_modules, setup, teardown),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
