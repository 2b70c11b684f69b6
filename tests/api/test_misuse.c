/*
** test_misuse.c: misuse of the API returns RPY_ERR_API (or an invalid
** value / 0 / NULL), sets a SystemError naming the function as the last
** error, and leaves the VM usable: NULL VMs, NULL pointers, zeroed
** (invalid) values, negative counts, freeing a running VM, bad names, bad
** configurations. Also rpy_raisev. Script: misuse.py.
*/
#include <stdarg.h>
#include "api_test.h"

static rpy_vm *vm;
static rpy_value zero;   /* all bits zero: not a valid value */

/* The VM answers normally. */
static void check_alive(void) {
  rpy_value f, r;
  CHECK_OK(vm, rpy_get_global(vm, "ping", &f));
  CHECK_OK(vm, rpy_call(vm, f, 0, NULL, &r));
  CHECK_CONTAINS(str_of(vm, r), "pong ");
}

#define MISUSE(expr, fragment)                                   \
  do {                                                           \
    rpy_error_clear(vm);                                         \
    CHECK_ST(vm, (expr), RPY_ERR_API);                           \
    CHECK(rpy_error_status(vm) == RPY_ERR_API);                  \
    CHECK_STREQ(rpy_error_type(vm), "SystemError");              \
    CHECK_CONTAINS(rpy_error_text(vm), fragment);                \
    check_alive();                                               \
  } while (0)

static void test_null_vm(void) {
  rpy_value v;
  int64_t i;
  double d;
  int b;
  const char *s;
  size_t n = 0;
  CHECK(rpy_vm_new(NULL) != NULL || 1);
  CHECK(rpy_exec_string(NULL, "1", NULL) == RPY_ERR_API);
  CHECK(rpy_exec_buffer(NULL, "1", 1, NULL) == RPY_ERR_API);
  CHECK(rpy_exec_file(NULL, "x.py") == RPY_ERR_API);
  CHECK(rpy_eval(NULL, "1", &v) == RPY_ERR_API);
  CHECK(rpy_disassemble(NULL, "1", 1, NULL) == RPY_ERR_API);
  CHECK(rpy_disassemble_file(NULL, "x.py") == RPY_ERR_API);
  CHECK(rpy_get_global(NULL, "x", &v) == RPY_ERR_API);
  CHECK(rpy_set_global(NULL, "x", rpy_none()) == RPY_ERR_API);
  CHECK(rpy_import(NULL, "sys", &v) == RPY_ERR_API);
  CHECK(rpy_get_attr(NULL, rpy_none(), "x", &v) == RPY_ERR_API);
  CHECK(rpy_set_attr(NULL, rpy_none(), "x", rpy_none()) == RPY_ERR_API);
  CHECK(rpy_call(NULL, rpy_none(), 0, NULL, &v) == RPY_ERR_API);
  CHECK(rpy_call_kw(NULL, rpy_none(), 0, NULL, rpy_none(), &v) == RPY_ERR_API);
  CHECK(rpy_call_method(NULL, rpy_none(), "x", 0, NULL, &v) == RPY_ERR_API);
  CHECK(rpy_type_of(rpy_str(NULL, "x", 1)) == RPY_TYPE_INVALID);
  CHECK(rpy_type_of(rpy_cstr(NULL, "x")) == RPY_TYPE_INVALID);
  CHECK(rpy_type_of(rpy_int(NULL, 5)) == RPY_TYPE_INT);    /* needs no VM */
  CHECK_STREQ(rpy_type_name(NULL, rpy_none()), "<invalid>");
  CHECK(!rpy_is_callable(NULL, rpy_none()));
  CHECK(rpy_to_int(NULL, rpy_int(NULL, 1), &i) == RPY_ERR_API);
  CHECK(rpy_to_float(NULL, rpy_float(1), &d) == RPY_ERR_API);
  CHECK(rpy_to_str(NULL, rpy_none(), &s, &n) == RPY_ERR_API);
  CHECK(rpy_to_bool(NULL, rpy_none(), &b) == RPY_ERR_API);
  CHECK(rpy_str_of(NULL, rpy_none(), &v) == RPY_ERR_API);
  CHECK(rpy_repr(NULL, rpy_none(), &v) == RPY_ERR_API);
  CHECK(rpy_equal(NULL, rpy_none(), rpy_none(), &b) == RPY_ERR_API);
  CHECK(rpy_list_new(NULL, 0, NULL, &v) == RPY_ERR_API);
  CHECK(rpy_tuple_new(NULL, 0, NULL, &v) == RPY_ERR_API);
  CHECK(rpy_dict_new(NULL, &v) == RPY_ERR_API);
  CHECK(rpy_list_append(NULL, rpy_none(), rpy_none()) == RPY_ERR_API);
  CHECK(rpy_len(NULL, rpy_none(), &i) == RPY_ERR_API);
  CHECK(rpy_get_item(NULL, rpy_none(), rpy_none(), &v) == RPY_ERR_API);
  CHECK(rpy_set_item(NULL, rpy_none(), rpy_none(), rpy_none()) == RPY_ERR_API);
  CHECK(rpy_del_item(NULL, rpy_none(), rpy_none()) == RPY_ERR_API);
  CHECK(rpy_get_index(NULL, rpy_none(), 0, &v) == RPY_ERR_API);
  CHECK(rpy_dict_get(NULL, rpy_none(), "k", &v) == RPY_ERR_API);
  CHECK(rpy_dict_set(NULL, rpy_none(), "k", rpy_none()) == RPY_ERR_API);
  size_t pos = 0;
  CHECK(rpy_dict_next(NULL, rpy_none(), &pos, &v, &v) == 0);
  CHECK(rpy_register_function(NULL, NULL, "f", NULL) == RPY_ERR_API);
  CHECK(rpy_register_module(NULL, "m", NULL) == RPY_ERR_API);
  CHECK(rpy_register_value(NULL, NULL, "x", rpy_none()) == RPY_ERR_API);
  CHECK(rpy_check_args(NULL, "f", 0, 0, 0) == RPY_ERR_API);
  CHECK(rpy_raise(NULL, "ValueError", "x") == RPY_ERR_API);
  CHECK(rpy_raise_value(NULL, rpy_none()) == RPY_ERR_API);
  CHECK_STREQ(rpy_error_text(NULL), "");
  CHECK(rpy_error_status(NULL) == RPY_ERR_API);
  CHECK(rpy_error_type(NULL) == NULL);
  CHECK_STREQ(rpy_error_message(NULL), "");
  CHECK(!rpy_error_matches(NULL, "Exception"));
  CHECK(rpy_error_value(NULL, &v) == RPY_ERR_API);
  CHECK(!rpy_error_exit_status(NULL, &b));
  rpy_error_print(NULL);
  rpy_error_clear(NULL);
  CHECK(rpy_handle_new(NULL, rpy_none()) == NULL);
  CHECK(rpy_type_of(rpy_handle_get(NULL, NULL)) == RPY_TYPE_INVALID);
  rpy_handle_free(NULL, NULL);
  CHECK(rpy_handle_count(NULL) == 0);
  CHECK(rpy_jit_set(NULL, "off") == RPY_ERR_API);
  CHECK(rpy_jit_set_param(NULL, "threshold", 1) == RPY_ERR_API);
  CHECK(rpy_jit_get_param(NULL, "threshold", &i) == RPY_ERR_API);
  CHECK(rpy_jit_off(NULL) == RPY_ERR_API);
  CHECK(!rpy_jit_enabled(NULL));
  CHECK(rpy_userdata(NULL) == NULL);
  rpy_set_userdata(NULL, NULL);
  rpy_flush(NULL);
  rpy_vm_free(NULL);
  rpy_config_init(NULL);
  CHECK(rpy_config_set_jit_param(NULL, "threshold", 1) == RPY_ERR_API);
  /* Something that is not a VM at all. */
  static char not_a_vm[1 << 16];   /* larger than a VM: reading it is defined */
  CHECK(rpy_exec_string((rpy_vm *)(void *)not_a_vm, "1", NULL) == RPY_ERR_API);
}

static void test_null_pointers(void) {
  rpy_value v;
  MISUSE(rpy_exec_string(vm, NULL, NULL), "rpy_exec_string: source is NULL");
  MISUSE(rpy_exec_buffer(vm, NULL, 3, NULL), "rpy_exec_buffer: source is NULL");
  MISUSE(rpy_exec_file(vm, NULL), "rpy_exec_file: path is NULL");
  MISUSE(rpy_eval(vm, NULL, &v), "rpy_eval: expression is NULL");
  MISUSE(rpy_eval(vm, "1", NULL), "rpy_eval: result is NULL");
  MISUSE(rpy_disassemble(vm, NULL, 0, NULL), "rpy_disassemble: source is NULL");
  MISUSE(rpy_disassemble_file(vm, NULL), "rpy_disassemble_file: path is NULL");
  MISUSE(rpy_get_global(vm, NULL, &v), "rpy_get_global: name is NULL");
  MISUSE(rpy_get_global(vm, "ping", NULL), "rpy_get_global: out is NULL");
  MISUSE(rpy_set_global(vm, NULL, rpy_none()), "rpy_set_global: name is NULL");
  MISUSE(rpy_import(vm, NULL, &v), "rpy_import: name is NULL or empty");
  MISUSE(rpy_import(vm, "", &v), "rpy_import: name is NULL or empty");
  MISUSE(rpy_get_attr(vm, rpy_none(), NULL, &v), "rpy_get_attr: name is NULL");
  MISUSE(rpy_get_attr(vm, rpy_none(), "x", NULL), "rpy_get_attr: out is NULL");
  MISUSE(rpy_set_attr(vm, rpy_none(), NULL, rpy_none()), "rpy_set_attr: name is NULL");
  MISUSE(rpy_call(vm, rpy_none(), 2, NULL, &v), "rpy_call: argv is NULL but argc is 2");
  MISUSE(rpy_call(vm, rpy_none(), -1, NULL, &v), "rpy_call: argc is negative (-1)");
  MISUSE(rpy_call_method(vm, rpy_none(), NULL, 0, NULL, &v), "rpy_call_method: name is NULL");
  int64_t i;
  double d;
  int b;
  MISUSE(rpy_to_int(vm, rpy_int(vm, 1), NULL), "rpy_to_int: out is NULL");
  MISUSE(rpy_to_float(vm, rpy_int(vm, 1), NULL), "rpy_to_float: out is NULL");
  MISUSE(rpy_to_str(vm, rpy_cstr(vm, "s"), NULL, NULL), "rpy_to_str: bytes is NULL");
  MISUSE(rpy_to_bool(vm, rpy_none(), NULL), "rpy_to_bool: out is NULL");
  MISUSE(rpy_str_of(vm, rpy_none(), NULL), "rpy_str_of: out is NULL");
  MISUSE(rpy_repr(vm, rpy_none(), NULL), "rpy_repr: out is NULL");
  MISUSE(rpy_equal(vm, rpy_none(), rpy_none(), NULL), "rpy_equal: out is NULL");
  MISUSE(rpy_list_new(vm, 1, NULL, NULL), "rpy_list_new: out is NULL");
  MISUSE(rpy_list_new(vm, -1, NULL, &v), "rpy_list_new: bad length -1");
  MISUSE(rpy_tuple_new(vm, -3, NULL, &v), "rpy_tuple_new: bad length -3");
  MISUSE(rpy_dict_new(vm, NULL), "rpy_dict_new: out is NULL");
  MISUSE(rpy_len(vm, rpy_none(), NULL), "rpy_len: out is NULL");
  MISUSE(rpy_get_item(vm, rpy_none(), rpy_none(), NULL), "rpy_get_item: out is NULL");
  MISUSE(rpy_get_index(vm, rpy_none(), 0, NULL), "rpy_get_index: out is NULL");
  MISUSE(rpy_dict_get(vm, rpy_none(), NULL, &v), "rpy_dict_get: key is NULL");
  MISUSE(rpy_dict_get(vm, rpy_none(), "k", NULL), "rpy_dict_get: out is NULL");
  MISUSE(rpy_dict_set(vm, rpy_none(), NULL, rpy_none()), "rpy_dict_set: key is NULL");
  MISUSE(rpy_error_value(vm, NULL), "rpy_error_value: out is NULL");
  rpy_error_clear(vm);
  size_t pos = 0;
  CHECK(!rpy_dict_next(vm, rpy_none(), NULL, &v, &v));
  CHECK_CONTAINS(rpy_error_text(vm), "rpy_dict_next: pos is NULL");
  CHECK(rpy_type_of(rpy_str(vm, NULL, 3)) == RPY_TYPE_INVALID);
  CHECK_CONTAINS(rpy_error_text(vm), "rpy_str: bytes is NULL");
  CHECK(rpy_type_of(rpy_cstr(vm, NULL)) == RPY_TYPE_INVALID);
  CHECK(rpy_error_status(vm) == RPY_ERR_API);
  (void)pos, (void)i, (void)d, (void)b;
  check_alive();
}

static void test_invalid_values(void) {
  rpy_value v, l;
  int64_t i;
  CHECK_OK(vm, rpy_list_new(vm, 0, NULL, &l));
  MISUSE(rpy_set_global(vm, "x", zero), "rpy_set_global: the value is not a valid value");
  MISUSE(rpy_call(vm, zero, 0, NULL, &v), "rpy_call: the callable is not a valid value");
  rpy_value f;
  CHECK_OK(vm, rpy_get_global(vm, "ping", &f));
  rpy_value args[3] = {rpy_none(), zero, rpy_none()};
  MISUSE(rpy_call(vm, f, 3, args, &v), "rpy_call: item 1 is not a valid value");
  rpy_value garbage;
  memset(&garbage, 0x7f, sizeof garbage);
  MISUSE(rpy_to_int(vm, garbage, &i), "rpy_to_int: the value is not a valid value");
  MISUSE(rpy_list_append(vm, l, zero), "rpy_list_append: the item is not a valid value");
  MISUSE(rpy_list_new(vm, 2, args + 1, &v), "rpy_list_new: item 0 is not a valid value");
  MISUSE(rpy_set_item(vm, l, zero, rpy_none()), "rpy_set_item: the key is not a valid value");
  MISUSE(rpy_get_attr(vm, zero, "x", &v), "rpy_get_attr: the object is not a valid value");
  MISUSE(rpy_register_value(vm, NULL, "x", zero), "rpy_register_value: the value is not a valid value");
  MISUSE(rpy_raise_value(vm, zero), "rpy_raise_value: the exception is not a valid value");
  MISUSE(rpy_equal(vm, zero, zero, (int *)&i), "rpy_equal: the first value is not a valid value");
  CHECK(rpy_type_of(zero) == RPY_TYPE_INVALID);
  CHECK_STREQ(rpy_type_name(vm, zero), "<invalid>");
  CHECK(!rpy_is_callable(vm, zero));
  CHECK(!rpy_is(zero, zero));
  CHECK(!rpy_is_none(zero));
  /* A failed call leaves an invalid value in *out. */
  v = rpy_int(vm, 3);
  CHECK_ST(vm, rpy_get_global(vm, "nope", &v), RPY_ERR_RUNTIME);
  CHECK(rpy_type_of(v) == RPY_TYPE_INVALID);
  MISUSE(rpy_set_global(vm, "y", v), "not a valid value");
}

static void test_registration(void) {
  static const rpy_function_def bad_defs[] = {{"ok", NULL}, {NULL, NULL}};
  static const rpy_function_def empty_name[] = {{"", NULL}, {NULL, NULL}};
  MISUSE(rpy_register_function(vm, NULL, NULL, NULL), "rpy_register_function: name is NULL or empty");
  MISUSE(rpy_register_function(vm, NULL, "f", NULL), "rpy_register_function: function 'f' is NULL");
  MISUSE(rpy_register_function(vm, "", "f", NULL), "rpy_register_function: function 'f' is NULL");
  MISUSE(rpy_register_module(vm, "m", NULL), "rpy_register_module: defs is NULL");
  MISUSE(rpy_register_module(vm, "m", bad_defs), "rpy_register_module: function 'ok' is NULL");
  MISUSE(rpy_register_module(vm, "m", empty_name), "rpy_register_module: an entry has an empty name");
  MISUSE(rpy_register_value(vm, NULL, "", rpy_none()), "rpy_register_value: name is NULL or empty");
  MISUSE(rpy_register_value(vm, "", "x", rpy_none()), "rpy_register_value: module name is empty");
  /* Nothing half-registered: module m does not exist. */
  rpy_value m;
  CHECK_ST(vm, rpy_import(vm, "m", &m), RPY_ERR_RUNTIME);
  rpy_error_clear(vm);
}

/* ---- misuse from inside a C function ---- */

static rpy_status c_free_me(rpy_vm *vm, int argc, const rpy_value *argv, rpy_value *result) {
  rpy_vm_free(vm);   /* refused: the VM is running */
  CHECK(rpy_error_status(vm) == RPY_ERR_API);
  CHECK_CONTAINS(rpy_error_text(vm), "rpy_vm_free: the VM is running");
  rpy_error_clear(vm);
  *result = rpy_cstr(vm, "still here");
  return RPY_OK;
}

static rpy_status c_misuse(rpy_vm *vm, int argc, const rpy_value *argv, rpy_value *result) {
  return rpy_to_int(vm, argv[0], NULL);   /* RPY_ERR_API: propagates as SystemError */
}

static rpy_status raise_fmt(rpy_vm *vm, const char *type, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  rpy_status st = rpy_raisev(vm, type, fmt, ap);
  va_end(ap);
  return st;
}

static void test_inside_c_functions(void) {
  CHECK_OK(vm, rpy_register_function(vm, NULL, "c_free_me", c_free_me));
  CHECK_OK(vm, rpy_register_function(vm, NULL, "c_misuse", c_misuse));
  rpy_value v;
  CHECK_OK(vm, rpy_eval(vm, "c_free_me()", &v));
  CHECK_STREQ(str_of(vm, v), "still here");
  CHECK_ST(vm, rpy_eval(vm, "c_misuse(1)", &v), RPY_ERR_RUNTIME);
  CHECK_CONTAINS(rpy_error_text(vm), "SystemError: rpy_to_int: out is NULL");
  CHECK_OK(vm, rpy_eval(vm, "call_c(c_free_me)", &v));
  CHECK_OK(vm, rpy_exec_string(vm, "try:\n    c_misuse(2)\nexcept SystemError as e:\n    caught = str(e)\n", NULL));
  CHECK_OK(vm, rpy_get_global(vm, "caught", &v));
  CHECK_STREQ(str_of(vm, v), "rpy_to_int: out is NULL");
  CHECK_ST(vm, raise_fmt(vm, "ValueError", "%s=%d", "n", 5), RPY_ERR_RUNTIME);
  CHECK_STREQ(rpy_error_text(vm), "ValueError: n=5\n");
  CHECK_ST(vm, raise_fmt(vm, "NotAnException", "%d", 1), RPY_ERR_API);
  rpy_error_clear(vm);
  check_alive();
}

static void test_bad_configs(void) {
  rpy_config cfg;
  rpy_config_init(&cfg);
  cfg.argc = 2;
  cfg.argv = NULL;
  CHECK(rpy_vm_new(&cfg) == NULL);
  const char *argv[] = {"a", NULL};
  cfg.argv = argv;
  CHECK(rpy_vm_new(&cfg) == NULL);   /* argv[1] is NULL */
  cfg.argc = -1;
  CHECK(rpy_vm_new(&cfg) == NULL);
  rpy_config_init(&cfg);
  cfg.recursion_limit = -5;          /* non-positive: the default */
  rpy_vm *v2 = rpy_vm_new(&cfg);
  rpy_value r;
  CHECK_OK(v2, rpy_eval(v2, "__import__('sys').getrecursionlimit()", &r));
  CHECK(int_of(v2, r) == 1000);
  rpy_vm_free(v2);
}

int main(int argc, char **argv) {
  t_init(argc, argv);
  memset(&zero, 0, sizeof zero);
  vm = rpy_vm_new(NULL);
  CHECK_OK(vm, run_script(vm, "misuse.py"));
  test_null_vm();
  test_null_pointers();
  test_invalid_values();
  test_registration();
  test_inside_c_functions();
  test_bad_configs();
  check_alive();
  rpy_vm_free(vm);
  return t_finish("test_misuse");
}
