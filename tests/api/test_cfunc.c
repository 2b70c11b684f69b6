/*
** test_cfunc.c: C functions called by scripts. rpy_register_function
** (builtins, modules, dotted modules, replacing), rpy_register_module,
** rpy_register_value, rpy_check_args, rpy_raise / rpy_raisev /
** rpy_raise_value, errors crossing C frames in both directions, nested API
** calls from C functions. Scripts: cfunc.py, mods/cfmod.py.
*/
#include "api_test.h"

static rpy_vm *vm;

static rpy_value global(const char *name) {
  rpy_value v;
  CHECK_OK(vm, rpy_get_global(vm, name, &v));
  return v;
}

static const char *eval_repr(const char *expr) {
  rpy_value v, r;
  if (rpy_eval(vm, expr, &v) != RPY_OK || rpy_repr(vm, v, &r) != RPY_OK) {
    fprintf(stderr, "eval %s failed:\n%s", expr, rpy_error_text(vm));
    return NULL;
  }
  return str_of(vm, r);
}

/* ---- the C functions ---- */

static rpy_status c_add(rpy_vm *vm, int argc, const rpy_value *argv, rpy_value *result) {
  int64_t a, b;
  rpy_status st = rpy_check_args(vm, "c_add", argc, 2, 2);
  if (st == RPY_OK) st = rpy_to_int(vm, argv[0], &a);
  if (st == RPY_OK) st = rpy_to_int(vm, argv[1], &b);
  if (st != RPY_OK) return st;
  *result = rpy_int(vm, a + b);
  return RPY_OK;
}

static rpy_status c_scale(rpy_vm *vm, int argc, const rpy_value *argv, rpy_value *result) {
  int *factor = rpy_userdata(vm);
  double x;
  rpy_status st = rpy_check_args(vm, "scale", argc, 1, 1);
  if (st == RPY_OK) st = rpy_to_float(vm, argv[0], &x);
  if (st != RPY_OK) return st;
  *result = rpy_float(x * *factor);
  return RPY_OK;
}

static rpy_status c_twice(rpy_vm *vm, int argc, const rpy_value *argv, rpy_value *result) {
  const char *s;
  size_t n;
  rpy_status st = rpy_check_args(vm, "twice", argc, 1, 1);
  if (st == RPY_OK) st = rpy_to_str(vm, argv[0], &s, &n);
  if (st != RPY_OK) return st;
  char buf[256];
  if (n > 100) return rpy_raise(vm, "ValueError", "string too long (%zu bytes)", n);
  memcpy(buf, s, n);
  memcpy(buf + n, s, n);
  *result = rpy_str(vm, buf, 2 * n);
  return RPY_OK;
}

static rpy_status c_raise(rpy_vm *vm, int argc, const rpy_value *argv, rpy_value *result) {
  const char *kind = argc > 0 ? str_of(vm, argv[0]) : "";
  if (!kind) kind = "";
  if (strcmp(kind, "app") == 0) return rpy_raise(vm, "__main__.AppError", "app failure %d", 7);
  if (strcmp(kind, "value") == 0) return rpy_raise(vm, "ValueError", "bad value: %s", "v");
  if (strcmp(kind, "none") == 0) return rpy_raise(vm, NULL, NULL);
  if (strcmp(kind, "long") == 0) {
    char big[2000];
    memset(big, 'x', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    return rpy_raise(vm, "KeyError", "%s", big);
  }
  if (strcmp(kind, "silent") == 0) return RPY_ERR_RUNTIME;   /* no error set: SystemError */
  if (strcmp(kind, "invalid") == 0) {
    memset(result, 0xff, sizeof *result);                     /* garbage result */
    return RPY_OK;
  }
  if (strcmp(kind, "unknown") == 0) return rpy_raise(vm, "NoSuchError", "x");
  *result = rpy_cstr(vm, "no error");
  return RPY_OK;
}

/* c_apply(f, x): calls back into the script; errors pass through. */
static rpy_status c_apply(rpy_vm *vm, int argc, const rpy_value *argv, rpy_value *result) {
  rpy_status st = rpy_check_args(vm, "c_apply", argc, 2, 2);
  if (st != RPY_OK) return st;
  return rpy_call(vm, argv[0], 1, &argv[1], result);
}

/* c_try(f, x): calls f(x) and returns the error message instead of failing. */
static rpy_status c_try(rpy_vm *vm, int argc, const rpy_value *argv, rpy_value *result) {
  rpy_status st = rpy_call(vm, argv[0], 1, &argv[1], result);
  if (st != RPY_OK) {
    *result = rpy_cstr(vm, rpy_error_type(vm));
    rpy_error_clear(vm);
  }
  return RPY_OK;
}

/* c_exec(src): runs source in __main__ from inside a C function. */
static rpy_status c_exec(rpy_vm *vm, int argc, const rpy_value *argv, rpy_value *result) {
  const char *src;
  size_t n;
  rpy_status st = rpy_to_str(vm, argv[0], &src, &n);
  if (st != RPY_OK) return st;
  return rpy_exec_buffer(vm, src, n, "<c_exec>");
}

/* c_reraise(exc): raises an exception object it was given. */
static rpy_status c_reraise(rpy_vm *vm, int argc, const rpy_value *argv, rpy_value *result) {
  return rpy_raise_value(vm, argv[0]);
}

static rpy_status c_nothing(rpy_vm *vm, int argc, const rpy_value *argv, rpy_value *result) {
  return RPY_OK;   /* result left alone: None */
}

static rpy_status c_version1(rpy_vm *vm, int argc, const rpy_value *argv, rpy_value *result) {
  *result = rpy_int(vm, 1);
  return RPY_OK;
}

static rpy_status c_version2(rpy_vm *vm, int argc, const rpy_value *argv, rpy_value *result) {
  *result = rpy_int(vm, 2);
  return RPY_OK;
}

static const rpy_function_def hostlib_defs[] = {
  {"scale", c_scale},
  {"twice", c_twice},
  {"nothing", c_nothing},
  {NULL, NULL},
};

/* ---- tests ---- */

static void test_register(void) {
  CHECK_OK(vm, rpy_register_function(vm, NULL, "c_add", c_add));
  CHECK_OK(vm, rpy_register_function(vm, NULL, "c_raise", c_raise));
  CHECK_OK(vm, rpy_register_function(vm, NULL, "c_apply", c_apply));
  CHECK_OK(vm, rpy_register_function(vm, NULL, "c_try", c_try));
  CHECK_OK(vm, rpy_register_function(vm, NULL, "c_exec", c_exec));
  CHECK_OK(vm, rpy_register_function(vm, NULL, "c_reraise", c_reraise));
  CHECK_OK(vm, rpy_register_module(vm, "hostlib", hostlib_defs));
  CHECK_OK(vm, rpy_register_value(vm, "hostlib", "VERSION", rpy_cstr(vm, "1.0")));
  CHECK_OK(vm, rpy_register_value(vm, NULL, "BUILTIN_CONST", rpy_int(vm, 99)));
  CHECK_OK(vm, rpy_register_function(vm, "host.sub", "twice", c_twice));
  CHECK_OK(vm, run_script(vm, "cfunc.py"));
}

static void test_calls_from_scripts(void) {
  CHECK_STREQ(eval_repr("use_builtin()"), "35.0");
  CHECK_STREQ(eval_repr("use_module()"), "(12.0, '1.0', 'abab', 99)");
  CHECK_STREQ(eval_repr("c_add(-5, True)"), "-4");
  CHECK_STREQ(eval_repr("hostlib.nothing()"), "None");
  CHECK_STREQ(eval_repr("repr(c_add)"), "'<built-in function c_add>'");
  CHECK_STREQ(eval_repr("callable(c_add)"), "True");
  CHECK_STREQ(eval_repr("type(c_add).__name__"), "'builtin_function_or_method'");
  CHECK_STREQ(eval_repr("c_add.__name__"), "'c_add'");
  CHECK_STREQ(eval_repr("c_add.__self__ is None"), "True");
  CHECK_STREQ(eval_repr("map(hostlib.twice, ['a', 'bc'])"), "['aa', 'bcbc']");
  /* Builtins are visible in other modules. */
  CHECK_STREQ(eval_repr("__import__('cfmod').add_in_module(20, 22)"), "42");
  /* Called from C like any callable. */
  rpy_value r, args[2] = {rpy_int(vm, 1), rpy_int(vm, 2)};
  CHECK_OK(vm, rpy_call(vm, global("c_add"), 2, args, &r));
  CHECK(int_of(vm, r) == 3);
  /* A C function calling back into the script. */
  args[0] = global("square");
  args[1] = rpy_int(vm, 9);
  CHECK_OK(vm, rpy_call(vm, global("c_apply"), 2, args, &r));
  CHECK(int_of(vm, r) == 81);
  CHECK_STREQ(eval_repr("c_apply(c_apply, c_add) if False else c_apply(square, 12)"), "144");
  CHECK_STREQ(eval_repr("c_apply(lambda s: c_apply(hostlib.twice, s), 'xy')"), "'xyxy'");
  /* Errors handled inside the C function do not escape. */
  CHECK_STREQ(eval_repr("c_try(boom, 1)"), "'KeyError'");
  CHECK_STREQ(eval_repr("c_try(square, 3)"), "9");
  CHECK(rpy_error_status(vm) == RPY_OK);
  /* Replacing a registration. */
  CHECK_OK(vm, rpy_register_function(vm, "hostlib", "version", c_version1));
  CHECK_STREQ(eval_repr("hostlib.version()"), "1");
  CHECK_OK(vm, rpy_register_function(vm, "hostlib", "version", c_version2));
  CHECK_STREQ(eval_repr("hostlib.version()"), "2");
  /* Registering into __main__ makes a global. */
  CHECK_OK(vm, rpy_register_function(vm, "__main__", "main_fn", c_version1));
  CHECK_STREQ(eval_repr("main_fn()"), "1");
}

static void test_errors_from_c(void) {
  /* rpy_to_int's TypeError, caught by the script. */
  CHECK_STREQ(eval_repr("catch_c_error()"), "'caught: an integer is required'");
  CHECK_STREQ(eval_repr("catch_raised('app')"), "'AppError: app failure 7'");
  CHECK_STREQ(eval_repr("catch_raised('value')"), "'ValueError: bad value: v'");
  CHECK_STREQ(eval_repr("c_raise('ok')"), "'no error'");
  /* Arity from rpy_check_args. */
  rpy_value v;
  CHECK_ST(vm, rpy_eval(vm, "c_add(1)", &v), RPY_ERR_RUNTIME);
  CHECK_CONTAINS(rpy_error_text(vm), "TypeError: c_add() takes exactly 2 arguments (1 given)");
  CHECK_ST(vm, rpy_eval(vm, "hostlib.scale()", &v), RPY_ERR_RUNTIME);
  CHECK_CONTAINS(rpy_error_text(vm), "TypeError: scale() takes exactly 1 argument (0 given)");
  /* Keyword arguments are refused before the function runs. */
  CHECK_ST(vm, rpy_eval(vm, "c_add(1, b=2)", &v), RPY_ERR_RUNTIME);
  CHECK_CONTAINS(rpy_error_text(vm), "TypeError: c_add() takes no keyword arguments");
  /* An uncaught error from C: the traceback shows the script lines. */
  CHECK_ST(vm, rpy_eval(vm, "calls_c_raise()", &v), RPY_ERR_RUNTIME);
  CHECK_STREQ(rpy_error_text(vm),
              "Traceback (most recent call last):\n"
              "  File \"<string>\", line 1, in <module>\n"
              "  File \"tests/api/cfunc.py\", line 39, in calls_c_raise\n"
              "    c_raise('value')\n"
              "ValueError: bad value: v\n");
  /* An error of the script, through a C function, back to the script and C. */
  CHECK_ST(vm, rpy_call(vm, global("outer"), 0, NULL, &v), RPY_ERR_RUNTIME);
  CHECK_STREQ(rpy_error_text(vm),
              "Traceback (most recent call last):\n"
              "  File \"tests/api/cfunc.py\", line 36, in outer\n"
              "    return c_apply(boom, 'deep')\n"
              "  File \"tests/api/cfunc.py\", line 33, in boom\n"
              "    return {}[x]\n"
              "KeyError: 'deep'\n");
  CHECK_STREQ(rpy_error_type(vm), "KeyError");
  CHECK_STREQ(rpy_error_message(vm), "'deep'");
  /* rpy_raise with no type and no message: RuntimeError. */
  CHECK_ST(vm, rpy_eval(vm, "c_raise('none')", &v), RPY_ERR_RUNTIME);
  CHECK_CONTAINS(rpy_error_text(vm), "\nRuntimeError\n");
  /* Long messages are not truncated. */
  CHECK_ST(vm, rpy_eval(vm, "c_raise('long')", &v), RPY_ERR_RUNTIME);
  CHECK(strlen(rpy_error_message(vm)) == 2001);  /* repr adds quotes */
  /* An error status without an error, a garbage result, an unknown type. */
  CHECK_ST(vm, rpy_eval(vm, "c_raise('silent')", &v), RPY_ERR_RUNTIME);
  CHECK_CONTAINS(rpy_error_text(vm),
                 "SystemError: c_raise() returned an error status without setting an error");
  CHECK_ST(vm, rpy_eval(vm, "c_raise('invalid')", &v), RPY_ERR_RUNTIME);
  CHECK_CONTAINS(rpy_error_text(vm), "SystemError: c_raise() returned an invalid value");
  CHECK_ST(vm, rpy_eval(vm, "c_raise('unknown')", &v), RPY_ERR_RUNTIME);
  CHECK_CONTAINS(rpy_error_text(vm), "SystemError: rpy_raise: 'NoSuchError' is not an exception class");
  /* A syntax error of nested code is an ordinary exception in the script. */
  CHECK_STREQ(eval_repr("nested_syntax()"), "'SyntaxError: invalid syntax'");
  CHECK_STREQ(eval_repr("c_exec('nested_value = 5') or nested_value"), "5");
  /* rpy_raise_value: re-raise a caught exception object, or a class. */
  CHECK_STREQ(eval_repr("c_try(c_reraise, KeyError('k'))"), "'KeyError'");
  CHECK_ST(vm, rpy_eval(vm, "c_reraise(AppError('again'))", &v), RPY_ERR_RUNTIME);
  CHECK_CONTAINS(rpy_error_text(vm), "AppError: again");
  rpy_value exc;
  CHECK_OK(vm, rpy_error_value(vm, &exc));
  CHECK_STREQ(rpy_type_name(vm, exc), "AppError");
  rpy_error_clear(vm);
  CHECK_ST(vm, rpy_raise_value(vm, exc), RPY_ERR_RUNTIME);
  CHECK_STREQ(rpy_error_text(vm), "__main__.AppError: again\n");
  CHECK_ST(vm, rpy_raise_value(vm, global("StopIteration")), RPY_ERR_RUNTIME);
  CHECK_STREQ(rpy_error_text(vm), "StopIteration\n");
  CHECK_ST(vm, rpy_raise_value(vm, rpy_int(vm, 3)), RPY_ERR_API);
  CHECK_CONTAINS(rpy_error_text(vm), "exceptions must be old-style classes or derived from BaseException");
  /* Outside any C function rpy_raise just sets the last error. */
  CHECK_ST(vm, rpy_raise(vm, "IndexError", "%d out of %d", 5, 3), RPY_ERR_RUNTIME);
  CHECK_STREQ(rpy_error_text(vm), "IndexError: 5 out of 3\n");
  CHECK(rpy_error_matches(vm, "LookupError"));
  CHECK(!rpy_error_matches(vm, "KeyError"));
  CHECK_ST(vm, rpy_raise(vm, "MemoryError", "pretend"), RPY_ERR_RUNTIME);
  CHECK_ST(vm, rpy_raise(vm, "__main__.square", "not a class"), RPY_ERR_API);
  CHECK_ST(vm, rpy_raise(vm, "nomodule_xyz.Error", "x"), RPY_ERR_API);
  CHECK_ST(vm, rpy_raise(vm, "int", "x"), RPY_ERR_API);
  rpy_error_clear(vm);
  /* A C function failing while the error text is formatted does not
  ** replace the error being shown. */
  CHECK_ST(vm, rpy_exec_string(vm, "raise WeirdStr()", "weird.py"), RPY_ERR_RUNTIME);
  CHECK_STREQ(rpy_error_text(vm),
              "Traceback (most recent call last):\n"
              "  File \"weird.py\", line 1, in <module>\n"
              "    raise WeirdStr()\n"
              "__main__.WeirdStr: <exception str() failed>\n");
  CHECK_STREQ(rpy_error_type(vm), "WeirdStr");
  CHECK_STREQ(rpy_error_message(vm), "<exception str() failed>");
  CHECK(rpy_error_status(vm) == RPY_ERR_RUNTIME);
  rpy_error_clear(vm);
  /* And the VM is fine. */
  CHECK_STREQ(eval_repr("c_add(20, 22)"), "42");
}

int main(int argc, char **argv) {
  t_init(argc, argv);
  int factor = 3;
  char mods[512];
  snprintf(mods, sizeof mods, "%s/mods", t_dir);
  const char *path[] = {mods, NULL};
  rpy_config cfg;
  rpy_config_init(&cfg);
  cfg.userdata = &factor;
  cfg.path = path;
  vm = rpy_vm_new(&cfg);
  test_register();
  test_calls_from_scripts();
  test_errors_from_c();
  rpy_vm_free(vm);
  return t_finish("test_cfunc");
}
