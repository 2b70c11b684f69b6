/*
** api_test.h: a tiny check library for the embedding API tests. Each
** tests/api/test_*.c is an ordinary host program built on include/rpyvm.h
** only; it runs from the repo root as `test_x tests/api` (the folder of its
** paired script) and exits non-zero if a check failed.
*/
#ifndef RPY_API_TEST_H
#define RPY_API_TEST_H

#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rpyvm.h"

static atomic_int t_checks, t_failed;
static const char *t_dir = "tests/api";

#define CHECK(cond)                                                              \
  do {                                                                           \
    atomic_fetch_add(&t_checks, 1);                                              \
    if (!(cond)) {                                                               \
      atomic_fetch_add(&t_failed, 1);                                            \
      fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond);   \
    }                                                                            \
  } while (0)

/* expr must return st; on a mismatch print the VM's last error. */
#define CHECK_ST(vm, expr, st)                                                   \
  do {                                                                           \
    atomic_fetch_add(&t_checks, 1);                                              \
    rpy_status s_ = (expr);                                                      \
    if (s_ != (st)) {                                                            \
      atomic_fetch_add(&t_failed, 1);                                            \
      fprintf(stderr, "%s:%d: %s returned %d, expected %d\n%s", __FILE__, __LINE__, \
              #expr, (int)s_, (int)(st), rpy_error_text(vm));                    \
    }                                                                            \
  } while (0)
#define CHECK_OK(vm, expr) CHECK_ST(vm, expr, RPY_OK)

#define CHECK_STREQ(a, b)                                                        \
  do {                                                                           \
    atomic_fetch_add(&t_checks, 1);                                              \
    const char *a_ = (a), *b_ = (b);                                             \
    if (!a_ || !b_ || strcmp(a_, b_) != 0) {                                     \
      atomic_fetch_add(&t_failed, 1);                                            \
      fprintf(stderr, "%s:%d: %s == %s\n  got:      \"%s\"\n  expected: \"%s\"\n", \
              __FILE__, __LINE__, #a, #b, a_ ? a_ : "(null)", b_ ? b_ : "(null)"); \
    }                                                                            \
  } while (0)

#define CHECK_CONTAINS(hay, needle)                                              \
  do {                                                                           \
    atomic_fetch_add(&t_checks, 1);                                              \
    const char *h_ = (hay), *n_ = (needle);                                      \
    if (!h_ || !strstr(h_, n_)) {                                                \
      atomic_fetch_add(&t_failed, 1);                                            \
      fprintf(stderr, "%s:%d: %s does not contain \"%s\":\n%s\n", __FILE__, __LINE__, \
              #hay, n_, h_ ? h_ : "(null)");                                     \
    }                                                                            \
  } while (0)

/* ---- output capture: a growable buffer used as the VM's out / err sink ---- */

typedef struct Capture {
  char *buf;
  size_t len, cap;
} Capture;

static inline void capture_write(void *ud, const char *s, size_t n) {
  Capture *c = ud;
  if (c->len + n + 1 > c->cap) {
    size_t cap = c->cap ? c->cap * 2 : 256;
    while (cap < c->len + n + 1) cap *= 2;
    char *nb = realloc(c->buf, cap);
    if (!nb) return;
    c->buf = nb;
    c->cap = cap;
  }
  memcpy(c->buf + c->len, s, n);
  c->len += n;
  c->buf[c->len] = '\0';
}

static inline const char *capture_text(Capture *c) { return c->buf ? c->buf : ""; }

static inline void capture_reset(Capture *c) {
  c->len = 0;
  if (c->buf) c->buf[0] = '\0';
}

static inline void capture_free(Capture *c) {
  free(c->buf);
  c->buf = NULL;
  c->len = c->cap = 0;
}

/* A VM whose stdout and stderr go to the two captures. */
static inline rpy_vm *new_captured_vm(Capture *out, Capture *err) {
  rpy_config cfg;
  rpy_config_init(&cfg);
  cfg.out = capture_write;
  cfg.out_userdata = out;
  cfg.err = capture_write;
  cfg.err_userdata = err;
  return rpy_vm_new(&cfg);
}

/* The path of a file of the tests folder. */
static inline const char *t_path(const char *name) {
  static _Thread_local char buf[1024];
  snprintf(buf, sizeof buf, "%s/%s", t_dir, name);
  return buf;
}

/* Run the script paired with the test (tests/api/<name>) in vm. */
static inline rpy_status run_script(rpy_vm *vm, const char *name) {
  return rpy_exec_file(vm, t_path(name));
}

/* A str value's bytes (NULL if it is not a str). */
static inline const char *str_of(rpy_vm *vm, rpy_value v) {
  const char *s = NULL;
  size_t n;
  if (rpy_to_str(vm, v, &s, &n) != RPY_OK) return NULL;
  return s;
}

/* An int value (or -999999 if it is not one). */
static inline int64_t int_of(rpy_vm *vm, rpy_value v) {
  int64_t i;
  if (rpy_to_int(vm, v, &i) != RPY_OK) return -999999;
  return i;
}

static inline int t_finish(const char *name) {
  int failed = atomic_load(&t_failed);
  printf("%s: %d checks, %d failed\n", name, atomic_load(&t_checks), failed);
  return failed ? 1 : 0;
}

static inline void t_init(int argc, char **argv) {
  if (argc > 1) t_dir = argv[1];
  setvbuf(stdout, NULL, _IOLBF, 0);
}

#endif
