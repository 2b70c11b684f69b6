/*
** test_call.c: calling scripts from C. rpy_get_global / rpy_set_global,
** rpy_call, rpy_call_kw, rpy_call_method, rpy_import. Script: call.py.
*/
#include "api_test.h"

static rpy_vm *vm;

static rpy_value global(const char *name) {
  rpy_value v;
  CHECK_OK(vm, rpy_get_global(vm, name, &v));
  return v;
}

static const char *repr_of(rpy_value v) {
  rpy_value r;
  if (rpy_repr(vm, v, &r) != RPY_OK) return NULL;
  return str_of(vm, r);
}

static void test_globals(void) {
  rpy_value v;
  CHECK(int_of(vm, global("answer")) == 42);
  CHECK_OK(vm, rpy_set_global(vm, "answer", rpy_int(vm, 43)));
  CHECK_OK(vm, rpy_set_global(vm, "brand_new", rpy_cstr(vm, "from C")));
  CHECK_OK(vm, rpy_eval(vm, "(answer, brand_new)", &v));
  CHECK_STREQ(repr_of(v), "(43, 'from C')");
  /* Builtins are found too, unless a global hides them. */
  CHECK(rpy_type_of(global("len")) == RPY_TYPE_FUNCTION);
  CHECK_OK(vm, rpy_set_global(vm, "len", rpy_int(vm, 0)));
  CHECK(int_of(vm, global("len")) == 0);
  CHECK_OK(vm, rpy_exec_string(vm, "del len", NULL));
  CHECK(rpy_type_of(global("len")) == RPY_TYPE_FUNCTION);
  CHECK_ST(vm, rpy_get_global(vm, "no_such_global", &v), RPY_ERR_RUNTIME);
  CHECK_STREQ(rpy_error_text(vm), "NameError: name 'no_such_global' is not defined\n");
  CHECK(rpy_type_of(v) == RPY_TYPE_INVALID);
  rpy_error_clear(vm);
}

static void test_calls(void) {
  rpy_value r, args[3];
  /* A string in, a string out. */
  args[0] = rpy_cstr(vm, "world");
  CHECK_OK(vm, rpy_call(vm, global("greet"), 1, args, &r));
  CHECK_STREQ(str_of(vm, r), "hello, world!");
  args[1] = rpy_cstr(vm, "?");
  CHECK_OK(vm, rpy_call(vm, global("greet"), 2, args, &r));
  CHECK_STREQ(str_of(vm, r), "hello, world?");
  /* Numbers. */
  args[0] = rpy_int(vm, 40);
  args[1] = rpy_float(2.5);
  CHECK_OK(vm, rpy_call(vm, global("add"), 2, args, &r));
  CHECK_STREQ(repr_of(r), "42.5");
  /* Result not wanted. */
  CHECK_OK(vm, rpy_call(vm, global("add"), 2, args, NULL));
  /* Builtins and classes are callables too. */
  args[0] = rpy_cstr(vm, "four");
  CHECK_OK(vm, rpy_call(vm, global("len"), 1, args, &r));
  CHECK(int_of(vm, r) == 4);
  rpy_value counter;
  args[0] = rpy_int(vm, 10);
  CHECK_OK(vm, rpy_call(vm, global("Counter"), 1, args, &counter));
  CHECK_STREQ(rpy_type_name(vm, counter), "Counter");
  /* Methods. */
  CHECK_OK(vm, rpy_call_method(vm, counter, "incr", 0, NULL, &r));
  CHECK(int_of(vm, r) == 11);
  args[0] = rpy_int(vm, 5);
  CHECK_OK(vm, rpy_call_method(vm, counter, "incr", 1, args, &r));
  CHECK(int_of(vm, r) == 16);
  rpy_value bound;
  CHECK_OK(vm, rpy_get_attr(vm, counter, "incr", &bound));
  CHECK_OK(vm, rpy_call(vm, bound, 0, NULL, &r));
  CHECK(int_of(vm, r) == 17);
  CHECK_OK(vm, rpy_call_method(vm, rpy_cstr(vm, "a,b,c"), "split", 1,
                               (rpy_value[]){rpy_cstr(vm, ",")}, &r));
  CHECK_STREQ(repr_of(r), "['a', 'b', 'c']");
  CHECK_ST(vm, rpy_call_method(vm, counter, "nope", 0, NULL, &r), RPY_ERR_RUNTIME);
  CHECK_STREQ(rpy_error_text(vm), "AttributeError: 'Counter' object has no attribute 'nope'\n");
  /* *args with many arguments (more than fit on the C stack copy). */
  rpy_value many[50];
  for (int i = 0; i < 50; i++) many[i] = rpy_int(vm, i);
  CHECK_OK(vm, rpy_call(vm, global("total"), 50, many, &r));
  CHECK(int_of(vm, r) == 1225);
  /* A generator. */
  args[0] = rpy_int(vm, 3);
  CHECK_OK(vm, rpy_call(vm, global("countdown"), 1, args, &r));
  CHECK_OK(vm, rpy_call(vm, global("list"), 1, &r, &r));
  CHECK_STREQ(repr_of(r), "[3, 2, 1]");
  /* Deep recursion from C, then the VM is still fine. */
  args[0] = rpy_int(vm, 20);
  CHECK_OK(vm, rpy_call(vm, global("fact"), 1, args, &r));
  CHECK(int_of(vm, r) == 2432902008176640000LL);
  args[0] = rpy_int(vm, 100000);
  CHECK_ST(vm, rpy_call(vm, global("fact"), 1, args, &r), RPY_ERR_RUNTIME);
  CHECK_CONTAINS(rpy_error_text(vm), "RuntimeError: maximum recursion depth exceeded");
  args[0] = rpy_int(vm, 5);
  CHECK_OK(vm, rpy_call(vm, global("fact"), 1, args, &r));
  CHECK(int_of(vm, r) == 120);
  /* A C-passed callable called back by the script. */
  args[0] = global("len");
  args[1] = rpy_cstr(vm, "abc");
  CHECK_OK(vm, rpy_call(vm, global("call_back"), 2, args, &r));
  CHECK(int_of(vm, r) == 6);
}

static void test_call_errors(void) {
  rpy_value r, args[2];
  args[0] = rpy_cstr(vm, "key");
  CHECK_ST(vm, rpy_call(vm, global("fail"), 1, args, &r), RPY_ERR_RUNTIME);
  CHECK_STREQ(rpy_error_text(vm),
              "Traceback (most recent call last):\n"
              "  File \"tests/api/call.py\", line 18, in fail\n"
              "    return {}['nothing']\n"
              "KeyError: 'nothing'\n");
  CHECK(rpy_type_of(r) == RPY_TYPE_INVALID);
  args[0] = rpy_cstr(vm, "type");
  CHECK_ST(vm, rpy_call(vm, global("fail"), 1, args, &r), RPY_ERR_RUNTIME);
  CHECK_CONTAINS(rpy_error_text(vm), "TypeError: unsupported operand type(s) for +: 'int' and 'str'");
  args[0] = rpy_cstr(vm, "custom");
  CHECK_ST(vm, rpy_call(vm, global("fail"), 1, args, &r), RPY_ERR_RUNTIME);
  CHECK_STREQ(rpy_error_message(vm), "custom");
  /* Arity errors. */
  CHECK_ST(vm, rpy_call(vm, global("add"), 1, args, &r), RPY_ERR_RUNTIME);
  CHECK_STREQ(rpy_error_text(vm), "TypeError: add() takes exactly 2 arguments (1 given)\n");
  /* Not callable. */
  CHECK_ST(vm, rpy_call(vm, rpy_int(vm, 3), 0, NULL, &r), RPY_ERR_RUNTIME);
  CHECK_STREQ(rpy_error_text(vm), "TypeError: 'int' object is not callable\n");
  rpy_error_clear(vm);
}

static void test_kwargs(void) {
  rpy_value kw, r, args[2];
  CHECK_OK(vm, rpy_dict_new(vm, &kw));
  CHECK_OK(vm, rpy_dict_set(vm, kw, "punctuation", rpy_cstr(vm, "!!!")));
  args[0] = rpy_cstr(vm, "kw");
  CHECK_OK(vm, rpy_call_kw(vm, global("greet"), 1, args, kw, &r));
  CHECK_STREQ(str_of(vm, r), "hello, kw!!!");
  CHECK_OK(vm, rpy_dict_set(vm, kw, "b", rpy_int(vm, 2)));
  CHECK_ST(vm, rpy_call_kw(vm, global("greet"), 1, args, kw, &r), RPY_ERR_RUNTIME);
  CHECK_STREQ(rpy_error_text(vm), "TypeError: greet() got an unexpected keyword argument 'b'\n");
  CHECK_OK(vm, rpy_dict_new(vm, &kw));
  CHECK_OK(vm, rpy_dict_set(vm, kw, "x", rpy_int(vm, 1)));
  CHECK_OK(vm, rpy_dict_set(vm, kw, "y", rpy_cstr(vm, "two")));
  CHECK_OK(vm, rpy_call_kw(vm, global("describe"), 0, NULL, kw, &r));
  CHECK_STREQ(str_of(vm, r), "x=1, y='two'");
  /* None or a zeroed value: no keywords. */
  rpy_value zero;
  memset(&zero, 0, sizeof zero);
  CHECK_OK(vm, rpy_call_kw(vm, global("describe"), 0, NULL, rpy_none(), &r));
  CHECK_STREQ(str_of(vm, r), "");
  CHECK_OK(vm, rpy_call_kw(vm, global("describe"), 0, NULL, zero, &r));
  CHECK_ST(vm, rpy_call_kw(vm, global("describe"), 0, NULL, rpy_int(vm, 1), &r), RPY_ERR_RUNTIME);
  CHECK_CONTAINS(rpy_error_text(vm), "keyword arguments must be a dict, not int");
  rpy_error_clear(vm);
}

static void test_import(void) {
  rpy_value m, f, r;
  CHECK_OK(vm, rpy_import(vm, "math", &m));
  CHECK_OK(vm, rpy_get_attr(vm, m, "sqrt", &f));
  rpy_value x = rpy_float(2.25);
  CHECK_OK(vm, rpy_call(vm, f, 1, &x, &r));
  CHECK_STREQ(repr_of(r), "1.5");
  /* A dotted name gives the leaf module. */
  CHECK_OK(vm, rpy_import(vm, "os.path", &m));
  CHECK_OK(vm, rpy_get_attr(vm, m, "__name__", &r));
  CHECK_CONTAINS(str_of(vm, r), "path");
  CHECK_OK(vm, rpy_get_attr(vm, m, "join", &f));
  CHECK_ST(vm, rpy_import(vm, "no_such_module_xyz", &m), RPY_ERR_RUNTIME);
  CHECK_STREQ(rpy_error_text(vm), "ImportError: No module named no_such_module_xyz\n");
  CHECK(rpy_type_of(m) == RPY_TYPE_INVALID);
  CHECK_OK(vm, rpy_import(vm, "sys", NULL));
  rpy_error_clear(vm);
}

int main(int argc, char **argv) {
  t_init(argc, argv);
  vm = rpy_vm_new(NULL);
  CHECK_OK(vm, run_script(vm, "call.py"));
  test_globals();
  test_calls();
  test_call_errors();
  test_kwargs();
  test_import();
  rpy_vm_free(vm);
  return t_finish("test_call");
}
