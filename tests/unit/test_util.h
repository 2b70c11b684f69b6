/*
** test_util.h: shared harness of the unit tests that run code in a VM:
** capture of a VM's stdout/stderr (Out), a fresh VM writing into Out
** buffers, running source in __main__, reading its globals, and the text of
** the pending exception. All static inline: each test file uses what it
** needs. Two optional fixtures, chosen by a macro defined before inclusion:
**
**   TEST_FIXTURE_VM  a file-level `vm` made fresh per test by setup/teardown,
**                    its stdout captured in `out`; helpers on that vm
**                    (exc_text, repr, call, run / RUN, ev / EV, err / ERR ...)
**   TEST_FIXTURE_T   a T { vm, out, err } per test passed as cmocka's state;
**                    run(t, src), global / gint / gstr, exc_line, RUN_OK ...
*/
#ifndef TEST_UTIL_H
#define TEST_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vm/vm.h"
#include "vm/types.h"
#include "gc/gc.h"

/* ---- core -------------------------------------------------------------------- */

/* Captured output, always NUL-terminated; what does not fit is dropped. */
typedef struct Out { char buf[65536]; size_t len; } Out;

/* VMConfig.out / .err sink appending to the Out passed as ud. */
static inline void out_write(void *ud, const char *s, size_t n) {
  Out *o = ud;
  if (o->len + n >= sizeof o->buf) n = sizeof o->buf - 1 - o->len;
  memcpy(o->buf + o->len, s, n);
  o->len += n;
  o->buf[o->len] = '\0';
}

static inline void out_clear(Out *o) { o->len = 0; o->buf[0] = '\0'; }

/* A fresh VM configured by cfg (the defaults if NULL) whose stdout and
** stderr go to out and err where they are not NULL. */
static inline VM *tu_vm_new(VMConfig *cfg, Out *out, Out *err) {
  VMConfig def;
  if (!cfg) { vm_config_default(&def); cfg = &def; }
  if (out) { cfg->out = out_write; cfg->out_ud = out; }
  if (err) { cfg->err = out_write; cfg->err_ud = err; }
  return vm_new(cfg);
}

/* Compile src as filename in the given mode and run it in __main__'s
** namespace: its value, or null if compiling or running raised. */
static inline Value tu_exec(VM *vm, const char *src, const char *filename, CompileMode mode) {
  Code *c = vm_compile(vm, src, strlen(src), filename, mode, 0);
  if (!c) return v_null();
  return vm_exec_code(vm, c, vm->main_module->dict, vm->main_module->dict);
}

/* The global name of __main__ (null if unbound). */
static inline Value tu_global(VM *vm, const char *name) {
  return dict_get_str(vm, vm->main_module->dict, str_intern_cstr(vm, name));
}

/* "Type: message" of the pending exception, which is cleared. */
static inline const char *tu_exc_msg(VM *vm) {
  static char buf[1024];
  assert_false(v_isnull(vm->exc));
  Value e = vm->exc;
  vm_exc_clear(vm);
  Str *m = vm_str(vm, e);
  assert_non_null(m);
  snprintf(buf, sizeof buf, "%s: %s", vm_type_name(vm, e), m->data);
  return buf;
}

/* What vm_format_exception gives for the pending exception, which is
** cleared: with its traceback if tb, without the final newline if chomp. */
static inline const char *tu_exc_format(VM *vm, bool tb, bool chomp) {
  static char buf[4096];
  assert_false(v_isnull(vm->exc));
  Value e = vm->exc;
  Traceback *t = tb ? vm->exc_tb : NULL;
  vm_exc_clear(vm);
  Str *s = vm_format_exception(vm, e, t);
  assert_non_null(s);
  snprintf(buf, sizeof buf, "%s", s->data);
  size_t n = strlen(buf);
  if (chomp && n && buf[n - 1] == '\n') buf[n - 1] = '\0';
  return buf;
}

/* ---- fixture: a file-level vm -------------------------------------------------- */

#ifdef TEST_FIXTURE_VM

static VM *vm;
static Out out;           /* vm's stdout */

static inline int setup(void **state) {
  (void)state;
  out_clear(&out);
  vm = tu_vm_new(NULL, &out, NULL);
  return vm ? 0 : -1;
}

static inline int teardown(void **state) {
  (void)state;
  vm_free(vm);
  vm = NULL;
  return 0;
}

static inline Value S(const char *s) { return v_obj(str_from_cstr(vm, s)); }

static inline const char *exc_text(void) { return tu_exc_msg(vm); }

/* repr(v); a null v (an error) fails the test with the exception. */
static inline const char *repr(Value v) {
  if (v_isnull(v)) fail_msg("unexpected error: %s", exc_text());
  Str *s = vm_repr(vm, v);
  assert_non_null(s);
  return s->data;
}

static inline void expect_repr(Value v, const char *want) { assert_string_equal(repr(v), want); }

/* v is an error whose exception is text. */
static inline void expect_error(Value v, const char *text) {
  assert_true(v_isnull(v));
  assert_string_equal(exc_text(), text);
}

static inline void expect_fail(bool ok, const char *text) {
  assert_false(ok);
  assert_string_equal(exc_text(), text);
}

/* recv.name(args...), at most 8 Value arguments. */
static inline Value call(Value recv, const char *name, int argc, ...) {
  Value argv[8];
  va_list ap;
  va_start(ap, argc);
  for (int i = 0; i < argc; i++) argv[i] = va_arg(ap, Value);
  va_end(ap);
  return vm_call_method(vm, recv, str_intern_cstr(vm, name), argc, argv);
}

static inline Value slice(Value a, Value b, Value c) {
  Slice *s = gc_alloc(sizeof(Slice));
  s->h.kind = T_SLICE;
  s->h.cls = vm->cls[T_SLICE];
  s->start = a; s->stop = b; s->step = c;
  return v_obj(s);
}

/* Run a module body; returns its captured stdout (fails the test if it raised). */
static inline const char *run(const char *src) {
  out_clear(&out);
  Value r = tu_exec(vm, src, "<test>", COMPILE_FILE);
  vm_flush(vm);
  if (v_isnull(r)) fail_msg("raised %s running: %s", exc_text(), src);
  return out.buf;
}

#define RUN(src, expected) assert_string_equal(run(src), expected)

/* Evaluate an expression; returns its repr (fails the test if it raised). */
static inline const char *ev(const char *expr) {
  static char buf[4096];
  Value r = tu_exec(vm, expr, "<test>", COMPILE_EVAL);
  if (v_isnull(r)) fail_msg("raised %s evaluating: %s", exc_text(), expr);
  Str *s = vm_repr(vm, r);
  assert_non_null(s);
  snprintf(buf, sizeof buf, "%s", s->data);
  return buf;
}

#define EV(expr, expected) assert_string_equal(ev(expr), expected)

/* Evaluate an expression that must raise (or not compile); "Type: message". */
static inline const char *err(const char *expr) {
  Value r = tu_exec(vm, expr, "<test>", COMPILE_EVAL);
  if (!v_isnull(r)) fail_msg("no exception from: %s", expr);
  return exc_text();
}

#define ERR(expr, expected) assert_string_equal(err(expr), expected)

#endif

/* ---- fixture: a T per test ------------------------------------------------------ */

#ifdef TEST_FIXTURE_T

typedef struct T { VM *vm; Out out, err; } T;

static inline int setup(void **state) {
  T *t = calloc(1, sizeof *t);
  t->vm = tu_vm_new(NULL, &t->out, &t->err);
  assert_non_null(t->vm);
  *state = t;
  return 0;
}

static inline int teardown(void **state) {
  T *t = *state;
  vm_free(t->vm);
  free(t);
  return 0;
}

/* Run src as __main__'s body; true if it completed. */
static inline bool run(T *t, const char *src) {
  return !v_isnull(tu_exec(t->vm, src, "<test>", COMPILE_FILE));
}

static inline Value global(T *t, const char *name) { return tu_global(t->vm, name); }

static inline int64_t gint(T *t, const char *name) {
  Value v = global(t, name);
  assert_int_equal(v.tag, T_INT);
  return v.u.i;
}

static inline const char *gstr(T *t, const char *name) {
  Value v = global(t, name);
  assert_int_equal(v.tag, T_STR);
  return AS_STR(v)->data;
}

/* The pending exception's "Type: message" line, which is cleared. */
static inline const char *exc_line(T *t) { return tu_exc_format(t->vm, false, true); }

#define RUN_OK(src) do { if (!run(t, src)) \
                           fail_msg("raised: %s", tu_exc_format(t->vm, true, false)); } while (0)
#define RUN_RAISES(src, line) do { assert_false(run(t, src)); \
                                   assert_string_equal(exc_line(t), line); } while (0)

#endif

#endif
