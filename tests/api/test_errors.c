/*
** test_errors.c: errors as values and recovery. rpy_error_text,
** rpy_error_status, rpy_error_type, rpy_error_message, rpy_error_matches,
** rpy_error_value, rpy_error_exit_status, rpy_error_print, rpy_error_clear,
** the status of each kind of failure, and the VM working normally after
** each. Script: errors.py.
*/
#include "api_test.h"

static rpy_vm *vm;
static Capture out, err;

static rpy_value global(const char *name) {
  rpy_value v;
  CHECK_OK(vm, rpy_get_global(vm, name, &v));
  return v;
}

static rpy_status call1(const char *fn, rpy_value arg, rpy_value *res) {
  return rpy_call(vm, global(fn), 1, &arg, res);
}

/* The VM still runs code and keeps its state. */
static void check_alive(void) {
  rpy_value v;
  CHECK_OK(vm, rpy_eval(vm, "len(cleanup) + 40 + (2 if sys.exc_info()[0] is None else 100)", &v));
  CHECK(int_of(vm, v) == 42 + (int)0);
}

static void test_no_error(void) {
  CHECK(rpy_error_status(vm) == RPY_OK);
  CHECK_STREQ(rpy_error_text(vm), "");
  CHECK(rpy_error_type(vm) == NULL);
  CHECK_STREQ(rpy_error_message(vm), "");
  CHECK(!rpy_error_matches(vm, "Exception"));
  rpy_value v;
  CHECK_OK(vm, rpy_error_value(vm, &v));
  CHECK(rpy_is_none(v));
  int status = -1;
  CHECK(!rpy_error_exit_status(vm, &status));
  CHECK(status == -1);
  rpy_error_print(vm);   /* nothing to print */
  CHECK_STREQ(capture_text(&err), "");
}

static void test_key_error(void) {
  rpy_value table, res;
  CHECK_OK(vm, rpy_dict_new(vm, &table));
  rpy_value args[2] = {table, rpy_cstr(vm, "missing")};
  CHECK_ST(vm, rpy_call(vm, global("lookup"), 2, args, &res), RPY_ERR_RUNTIME);
  CHECK(rpy_error_status(vm) == RPY_ERR_RUNTIME);
  CHECK_STREQ(rpy_error_text(vm),
              "Traceback (most recent call last):\n"
              "  File \"tests/api/errors.py\", line 14, in lookup\n"
              "    return table[key]\n"
              "KeyError: 'missing'\n");
  CHECK_STREQ(rpy_error_type(vm), "KeyError");
  CHECK_STREQ(rpy_error_message(vm), "'missing'");
  CHECK(rpy_error_matches(vm, "KeyError"));
  CHECK(rpy_error_matches(vm, "LookupError"));
  CHECK(rpy_error_matches(vm, "Exception"));
  CHECK(rpy_error_matches(vm, "BaseException"));
  CHECK(!rpy_error_matches(vm, "IndexError"));
  CHECK(!rpy_error_matches(vm, "NoSuchName"));
  CHECK(!rpy_error_matches(vm, NULL));
  rpy_value e, a;
  CHECK_OK(vm, rpy_error_value(vm, &e));
  CHECK_STREQ(rpy_type_name(vm, e), "KeyError");
  CHECK_OK(vm, rpy_get_attr(vm, e, "args", &a));
  CHECK_OK(vm, rpy_get_index(vm, a, 0, &a));
  CHECK_STREQ(str_of(vm, a), "missing");
  /* The text stays the same until the next error or a clear. */
  const char *t1 = rpy_error_text(vm);
  CHECK(t1 == rpy_error_text(vm));
  rpy_error_clear(vm);
  CHECK(rpy_error_status(vm) == RPY_OK);
  CHECK_STREQ(rpy_error_text(vm), "");
  check_alive();
}

static void test_syntax_errors(void) {
  CHECK_ST(vm, rpy_exec_string(vm, "x = 1\nif x\n    pass\n", "syn.py"), RPY_ERR_SYNTAX);
  CHECK(rpy_error_status(vm) == RPY_ERR_SYNTAX);
  CHECK_STREQ(rpy_error_text(vm),
              "  File \"syn.py\", line 2\n"
              "    if x\n"
              "       ^\n"
              "SyntaxError: invalid syntax\n");
  CHECK_STREQ(rpy_error_type(vm), "SyntaxError");
  CHECK_STREQ(rpy_error_message(vm), "invalid syntax (syn.py, line 2)");
  rpy_value e, ln;
  CHECK_OK(vm, rpy_error_value(vm, &e));
  CHECK_OK(vm, rpy_get_attr(vm, e, "lineno", &ln));
  CHECK(int_of(vm, ln) == 2);
  CHECK_ST(vm, rpy_exec_string(vm, "def f():\nreturn 1\n", "indent.py"), RPY_ERR_SYNTAX);
  CHECK_STREQ(rpy_error_type(vm), "IndentationError");
  CHECK(rpy_error_matches(vm, "SyntaxError"));
  CHECK_ST(vm, rpy_exec_string(vm, "return 5\n", "ret.py"), RPY_ERR_SYNTAX);
  CHECK_CONTAINS(rpy_error_text(vm), "SyntaxError: 'return' outside function");
  /* Nothing of the failed chunk ran; the VM is fine. */
  rpy_value v;
  CHECK_ST(vm, rpy_exec_string(vm, "never_set = 1\n)", "half.py"), RPY_ERR_SYNTAX);
  CHECK_ST(vm, rpy_get_global(vm, "never_set", &v), RPY_ERR_RUNTIME);
  rpy_error_clear(vm);
  check_alive();
  /* A syntax error while importing at run time is a runtime error. */
  CHECK_ST(vm, rpy_exec_string(vm, "exec 'def g(:'", "exec.py"), RPY_ERR_RUNTIME);
  CHECK_STREQ(rpy_error_type(vm), "SyntaxError");
  rpy_error_clear(vm);
}

static void test_nested_and_finally(void) {
  rpy_value res;
  CHECK_ST(vm, rpy_call(vm, global("level1"), 0, NULL, &res), RPY_ERR_RUNTIME);
  CHECK_STREQ(rpy_error_text(vm),
              "Traceback (most recent call last):\n"
              "  File \"tests/api/errors.py\", line 24, in level1\n"
              "    level2()\n"
              "  File \"tests/api/errors.py\", line 20, in level2\n"
              "    level3()\n"
              "  File \"tests/api/errors.py\", line 17, in level3\n"
              "    raise MyError(3)\n"
              "__main__.MyError: my error 3\n");
  CHECK_STREQ(rpy_error_type(vm), "MyError");
  rpy_value e, code;
  CHECK_OK(vm, rpy_error_value(vm, &e));
  CHECK_OK(vm, rpy_get_attr(vm, e, "code", &code));
  CHECK(int_of(vm, code) == 3);
  CHECK(rpy_error_matches(vm, "__main__.MyError"));
  rpy_value cleanup;
  int64_t n;
  CHECK_OK(vm, rpy_len(vm, global("cleanup"), &n));
  CHECK(n == 1);
  CHECK_OK(vm, rpy_exec_string(vm, "del cleanup[:]", NULL));
  (void)cleanup;
  /* No exception is left "being handled" at the top level. */
  CHECK_OK(vm, rpy_call(vm, global("exc_state"), 0, NULL, &res));
  CHECK_OK(vm, rpy_get_index(vm, res, 0, &res));
  CHECK(rpy_is_none(res));
  /* An exception whose str() fails. */
  CHECK_ST(vm, rpy_exec_string(vm, "raise BadStr()", "badstr"), RPY_ERR_RUNTIME);
  CHECK_CONTAINS(rpy_error_text(vm), "__main__.BadStr: <exception str() failed>");
  CHECK_STREQ(rpy_error_message(vm), "<exception str() failed>");
  rpy_error_clear(vm);
  check_alive();
}

static void test_statuses(void) {
  rpy_value res;
  CHECK_ST(vm, rpy_call(vm, global("interrupt"), 0, NULL, &res), RPY_ERR_INTERRUPTED);
  CHECK(rpy_error_status(vm) == RPY_ERR_INTERRUPTED);
  CHECK_STREQ(rpy_error_type(vm), "KeyboardInterrupt");
  CHECK_ST(vm, rpy_call(vm, global("no_memory"), 0, NULL, &res), RPY_ERR_MEMORY);
  CHECK_STREQ(rpy_error_type(vm), "MemoryError");
  /* Real exhaustion: a 4 TB string. */
  CHECK_ST(vm, rpy_call(vm, global("huge"), 0, NULL, &res), RPY_ERR_MEMORY);
  CHECK_STREQ(rpy_error_type(vm), "MemoryError");
  rpy_error_clear(vm);
  check_alive();
}

static void test_exit(void) {
  int status = -1;
  rpy_value res;
  CHECK_ST(vm, call1("exit_with", rpy_int(vm, 3), &res), RPY_ERR_RUNTIME);
  CHECK_STREQ(rpy_error_type(vm), "SystemExit");
  CHECK(rpy_error_exit_status(vm, &status) == 1);
  CHECK(status == 3);
  CHECK(rpy_error_status(vm) == RPY_OK);   /* forgotten */
  CHECK_ST(vm, call1("exit_with", rpy_cstr(vm, "none"), &res), RPY_ERR_RUNTIME);
  CHECK(rpy_error_exit_status(vm, &status) == 1);
  CHECK(status == 0);
  CHECK_ST(vm, call1("exit_with", rpy_none(), &res), RPY_ERR_RUNTIME);
  CHECK(rpy_error_exit_status(vm, &status) == 1);
  CHECK(status == 0);
  CHECK_ST(vm, call1("exit_with", rpy_bool(1), &res), RPY_ERR_RUNTIME);
  CHECK(rpy_error_exit_status(vm, NULL) == 1);
  capture_reset(&err);
  CHECK_ST(vm, call1("exit_with", rpy_cstr(vm, "fatal: bye"), &res), RPY_ERR_RUNTIME);
  CHECK(rpy_error_exit_status(vm, &status) == 1);
  CHECK(status == 1);
  CHECK_STREQ(capture_text(&err), "fatal: bye\n");
  CHECK_ST(vm, rpy_exec_string(vm, "raise SystemExit", "exit"), RPY_ERR_RUNTIME);
  CHECK(rpy_error_exit_status(vm, &status) == 1);
  CHECK(status == 0);
  /* Not a SystemExit: left alone. */
  CHECK_ST(vm, rpy_exec_string(vm, "raise ValueError(1)", "exit"), RPY_ERR_RUNTIME);
  CHECK(rpy_error_exit_status(vm, &status) == 0);
  CHECK_STREQ(rpy_error_type(vm), "ValueError");
  rpy_error_clear(vm);
  check_alive();
}

static void test_print(void) {
  capture_reset(&out);
  capture_reset(&err);
  CHECK_ST(vm, rpy_exec_string(vm, "print 'pending',\nraise ValueError('shown')", "p.py"),
           RPY_ERR_RUNTIME);
  CHECK_STREQ(capture_text(&out), "pending");
  rpy_error_print(vm);
  /* A pending `print x,` ends its line before the traceback, as in CPython. */
  CHECK_STREQ(capture_text(&out), "pending\n");
  CHECK_STREQ(capture_text(&err),
              "Traceback (most recent call last):\n"
              "  File \"p.py\", line 2, in <module>\n"
              "    raise ValueError('shown')\n"
              "ValueError: shown\n");
  CHECK(rpy_error_status(vm) == RPY_OK);
  CHECK_STREQ(rpy_error_text(vm), "");
  check_alive();
}

static void test_chunk_source_lines(void) {
  /* Tracebacks show the lines of chunks run from strings, like those of files. */
  CHECK_OK(vm, rpy_exec_string(vm, "def first(d):\n"
                                   "    return second(d)\n"
                                   "\n"
                                   "def second(d):\n"
                                   "\treturn d['gone']   # tab-indented\n", "lib_chunk.py"));
  rpy_value f, d;
  CHECK_OK(vm, rpy_get_global(vm, "first", &f));
  CHECK_OK(vm, rpy_dict_new(vm, &d));
  CHECK_ST(vm, rpy_call(vm, f, 1, &d, NULL), RPY_ERR_RUNTIME);
  CHECK_STREQ(rpy_error_text(vm),
              "Traceback (most recent call last):\n"
              "  File \"lib_chunk.py\", line 2, in first\n"
              "    return second(d)\n"
              "  File \"lib_chunk.py\", line 5, in second\n"
              "    return d['gone']   # tab-indented\n"
              "KeyError: 'gone'\n");
  /* Buffers count only their length; a chunk run again under the same name
  ** replaces the kept source. */
  CHECK_OK(vm, rpy_exec_buffer(vm, "def third():\n    raise KeyError(3)\nGARBAGE", 35,
                               "lib_chunk.py"));
  CHECK_OK(vm, rpy_get_global(vm, "third", &f));
  CHECK_ST(vm, rpy_call(vm, f, 0, NULL, NULL), RPY_ERR_RUNTIME);
  CHECK_STREQ(rpy_error_text(vm),
              "Traceback (most recent call last):\n"
              "  File \"lib_chunk.py\", line 2, in third\n"
              "    raise KeyError(3)\n"
              "KeyError: 3\n");
  /* "<...>" names show no source, as in CPython. */
  CHECK_ST(vm, rpy_exec_string(vm, "x = 1\n1/0\n", "<embedded>"), RPY_ERR_RUNTIME);
  CHECK_STREQ(rpy_error_text(vm),
              "Traceback (most recent call last):\n"
              "  File \"<embedded>\", line 2, in <module>\n"
              "ZeroDivisionError: integer division or modulo by zero\n");
  rpy_error_clear(vm);
}

static void test_many_errors(void) {
  /* Errors again and again do not wear the VM down. */
  for (int i = 0; i < 2000; i++) {
    rpy_value res;
    rpy_value args[2] = {global("cleanup"), rpy_int(vm, i)};
    rpy_status st = rpy_call(vm, global("lookup"), 2, args, &res);
    if (st != RPY_ERR_RUNTIME) {
      CHECK(st == RPY_ERR_RUNTIME);
      break;
    }
    if (i % 3 == 0) rpy_error_text(vm);
    if (i % 500 == 0) rpy_gc_collect(vm);
  }
  CHECK_STREQ(rpy_error_text(vm),
              "Traceback (most recent call last):\n"
              "  File \"tests/api/errors.py\", line 14, in lookup\n"
              "    return table[key]\n"
              "IndexError: list index out of range\n");
  rpy_error_clear(vm);
  check_alive();
}

int main(int argc, char **argv) {
  t_init(argc, argv);
  vm = new_captured_vm(&out, &err);
  CHECK_OK(vm, run_script(vm, "errors.py"));
  test_no_error();
  test_key_error();
  test_syntax_errors();
  test_nested_and_finally();
  test_statuses();
  test_exit();
  test_print();
  test_chunk_source_lines();
  test_many_errors();
  rpy_vm_free(vm);
  capture_free(&out);
  capture_free(&err);
  return t_finish("test_errors");
}
