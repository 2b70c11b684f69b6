/*
** test_exec.c: configuration and running code. rpy_config_init and its
** fields (output callbacks, argv, path, recursion limit, userdata),
** rpy_vm_new / rpy_vm_free, rpy_exec_string / _buffer / _file, rpy_eval,
** rpy_disassemble / _file, rpy_flush, rpy_gc_collect, rpy_version,
** rpy_userdata / rpy_set_userdata. Script: exec.py.
*/
#include "api_test.h"

static void test_config_and_file(void) {
  Capture out = {0}, err = {0};
  static const char *argv[] = {"prog", "a b", NULL};
  static const char *path[] = {NULL, NULL};
  char mods[512];
  snprintf(mods, sizeof mods, "%s/mods", t_dir);
  path[0] = mods;
  int token = 42;
  rpy_config cfg;
  rpy_config_init(&cfg);
  CHECK(cfg.recursion_limit == 1000);
  CHECK(cfg.out == NULL && cfg.err == NULL && cfg.path == NULL && cfg.argc == 0);
  CHECK(cfg.jit[0] == '\0');
  cfg.out = capture_write;
  cfg.out_userdata = &out;
  cfg.err = capture_write;
  cfg.err_userdata = &err;
  cfg.argc = 2;
  cfg.argv = argv;
  cfg.path = path;
  cfg.recursion_limit = 60;
  cfg.userdata = &token;
  rpy_vm *vm = rpy_vm_new(&cfg);
  CHECK(vm != NULL);
  CHECK(rpy_userdata(vm) == &token);
  int other = 7;
  rpy_set_userdata(vm, &other);
  CHECK(rpy_userdata(vm) == &other);

  CHECK_OK(vm, run_script(vm, "exec.py"));
  CHECK_STREQ(capture_text(&out),
              "exec.py ran __main__ True ['prog', 'a b']\n"
              "apimod says hi from apimod\n"
              "path starts with True limit 60\n");
  CHECK_STREQ(capture_text(&err), "");

  /* The recursion limit holds, and the VM survives hitting it. */
  CHECK_ST(vm, rpy_exec_string(vm, "def deep(n):\n    return deep(n + 1)\ndeep(0)\n", "deep.py"),
           RPY_ERR_RUNTIME);
  CHECK_CONTAINS(rpy_error_text(vm), "RuntimeError: maximum recursion depth exceeded");
  CHECK_CONTAINS(rpy_error_text(vm), "File \"deep.py\", line 2, in deep");
  rpy_error_clear(vm);

  /* Globals of exec.py stay in __main__. */
  rpy_value r;
  CHECK_OK(vm, rpy_exec_string(vm, "bump(5)\nbump(6)\n", NULL));
  CHECK_OK(vm, rpy_eval(vm, "counter * 2", &r));
  CHECK(int_of(vm, r) == 22);

  /* A pending `print x,` ends its line when the VM is freed. */
  capture_reset(&out);
  CHECK_OK(vm, rpy_exec_string(vm, "print 'no newline yet',", "soft"));
  CHECK_STREQ(capture_text(&out), "no newline yet");
  rpy_vm_free(vm);
  CHECK_STREQ(capture_text(&out), "no newline yet\n");
  capture_free(&out);
  capture_free(&err);
}

static void test_strings_and_buffers(void) {
  Capture out = {0}, err = {0};
  rpy_vm *vm = new_captured_vm(&out, &err);
  CHECK(vm != NULL);
  CHECK_OK(vm, rpy_exec_string(vm, "x = 1 + 2\nprint 'x is', x\n", "chunk"));
  CHECK_STREQ(capture_text(&out), "x is 3\n");
  /* Only len bytes count. */
  const char buf[] = "y = 7*6 and garbage that is not code";
  CHECK_OK(vm, rpy_exec_buffer(vm, buf, 7, "buf"));
  rpy_value v;
  CHECK_OK(vm, rpy_eval(vm, "x + y", &v));
  CHECK(int_of(vm, v) == 45);
  CHECK(rpy_type_of(v) == RPY_TYPE_INT);
  /* chunk_name NULL shows as <string> in tracebacks. */
  CHECK_ST(vm, rpy_exec_string(vm, "1/0", NULL), RPY_ERR_RUNTIME);
  CHECK_CONTAINS(rpy_error_text(vm), "File \"<string>\", line 1, in <module>");
  CHECK_CONTAINS(rpy_error_text(vm), "ZeroDivisionError: integer division or modulo by zero");
  /* eval: syntax errors and runtime errors. */
  CHECK_ST(vm, rpy_eval(vm, "1 +", &v), RPY_ERR_SYNTAX);
  CHECK(rpy_type_of(v) == RPY_TYPE_INVALID);
  CHECK_ST(vm, rpy_eval(vm, "undefined_name", &v), RPY_ERR_RUNTIME);
  CHECK_CONTAINS(rpy_error_text(vm), "NameError: name 'undefined_name' is not defined");
  CHECK_ST(vm, rpy_eval(vm, "x = 1", &v), RPY_ERR_SYNTAX);
  /* The VM is still fine. */
  CHECK_OK(vm, rpy_eval(vm, "'%s-%d' % ('ok', x)", &v));
  CHECK_STREQ(str_of(vm, v), "ok-3");
  /* Two VMs do not share globals. */
  rpy_vm *vm2 = new_captured_vm(&out, &err);
  CHECK_ST(vm2, rpy_eval(vm2, "x", &v), RPY_ERR_RUNTIME);
  CHECK_OK(vm2, rpy_exec_string(vm2, "x = 'second'", "two"));
  CHECK_OK(vm, rpy_eval(vm, "x", &v));
  CHECK(int_of(vm, v) == 3);
  rpy_vm_free(vm2);
  rpy_vm_free(vm);
  capture_free(&out);
  capture_free(&err);
}

static void test_files(void) {
  Capture out = {0}, err = {0};
  rpy_vm *vm = new_captured_vm(&out, &err);
  CHECK_ST(vm, rpy_exec_file(vm, t_path("no_such_file.py")), RPY_ERR_IO);
  CHECK_CONTAINS(rpy_error_text(vm), "IOError: [Errno 2] No such file or directory: '");
  CHECK_CONTAINS(rpy_error_text(vm), "no_such_file.py'");
  CHECK_STREQ(rpy_error_type(vm), "IOError");
  CHECK_ST(vm, rpy_disassemble_file(vm, t_path("no_such_file.py")), RPY_ERR_IO);
  rpy_error_clear(vm);
  /* Disassembly goes to the VM's output and runs nothing. */
  CHECK_OK(vm, rpy_disassemble(vm, "z = 41 + 1\nprint z\n", 19, "dis.py"));
  CHECK_CONTAINS(capture_text(&out), "Disassembly of <module>");
  CHECK_CONTAINS(capture_text(&out), "dis.py");
  CHECK(strstr(capture_text(&out), "42\n") == NULL);
  rpy_value v;
  CHECK_ST(vm, rpy_get_global(vm, "z", &v), RPY_ERR_RUNTIME);
  capture_reset(&out);
  CHECK_OK(vm, rpy_disassemble_file(vm, t_path("exec.py")));
  CHECK_CONTAINS(capture_text(&out), "bump");
  CHECK_ST(vm, rpy_disassemble(vm, "def (", 5, "bad.py"), RPY_ERR_SYNTAX);
  CHECK_CONTAINS(rpy_error_text(vm), "File \"bad.py\", line 1");
  rpy_vm_free(vm);
  capture_free(&out);
  capture_free(&err);
}

static void test_defaults(void) {
  /* NULL config: stdout/stderr. Nothing is printed here; flush and collect. */
  rpy_vm *vm = rpy_vm_new(NULL);
  CHECK(vm != NULL);
  CHECK(rpy_userdata(vm) == NULL);
  rpy_value v;
  CHECK_OK(vm, rpy_eval(vm, "__import__('sys').argv", &v));
  rpy_value s;
  CHECK_OK(vm, rpy_repr(vm, v, &s));
  CHECK_STREQ(str_of(vm, s), "['']");
  CHECK_OK(vm, rpy_eval(vm, "__import__('sys').getrecursionlimit()", &v));
  CHECK(int_of(vm, v) == 1000);
  rpy_flush(vm);
  rpy_gc_collect(vm);
  CHECK_STREQ(rpy_version(), RPYVM_VERSION);
  rpy_vm_free(vm);
  rpy_vm_free(NULL);  /* ignored */
}

int main(int argc, char **argv) {
  t_init(argc, argv);
  test_config_and_file();
  test_strings_and_buffers();
  test_files();
  test_defaults();
  return t_finish("test_exec");
}
