/*
** jit_params.c: PyPy's JIT parameters: defaults, `--jit` parsing, `--jit help`.
** The table itself is the X-macro in jit_params.h.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include "jit_params.h"

const char *const jit_param_names[JIT_P__COUNT] = {
#define JP_NAME(name, def, help) #name,
  JIT_PARAMS(JP_NAME)
#undef JP_NAME
};

const char *const jit_param_help[JIT_P__COUNT] = {
#define JP_HELP(name, def, help) help,
  JIT_PARAMS(JP_HELP)
#undef JP_HELP
};

const int64_t jit_param_defaults[JIT_P__COUNT] = {
#define JP_DEF(name, def, help) def,
  JIT_PARAMS(JP_DEF)
#undef JP_DEF
};

void jit_params_default(JitParams *p) {
  p->off = false;
  for (int i = 0; i < JIT_P__COUNT; i++) p->v[i] = jit_param_defaults[i];
}

int jit_param_index(const char *name) {
  for (int i = 0; i < JIT_P__COUNT; i++)
    if (strcmp(jit_param_names[i], name) == 0) return i;
  return -1;
}

/* One "name=value" item; name and value are NUL-terminated. */
static int set_one(JitParams *p, const char *name, const char *value,
                   char *err, size_t errlen) {
  int idx = jit_param_index(name);
  if (idx < 0) {
    snprintf(err, errlen, "no JIT parameter named '%s' (try --jit help)", name);
    return -1;
  }
  if (value == NULL) {
    snprintf(err, errlen, "JIT parameter '%s' needs a value (%s=N)", name, name);
    return -1;
  }
  if (idx == JIT_P_enable_opts) {  /* a string in PyPy: "all" or a ':'-list */
    p->v[idx] = strcmp(value, "all") == 0 ? 1 : 0;
    return 0;
  }
  char *end;
  errno = 0;
  long long n = strtoll(value, &end, 10);
  if (*value == '\0' || *end != '\0' || errno != 0 || n < 0) {
    snprintf(err, errlen, "JIT parameter '%s' expects a non-negative integer, not '%s'",
             name, value);
    return -1;
  }
  p->v[idx] = n;
  return 0;
}

int jit_params_parse(JitParams *p, const char *spec, char *err, size_t errlen) {
  if (strcmp(spec, "off") == 0) { p->off = true; return 0; }
  if (strcmp(spec, "default") == 0) { jit_params_default(p); return 0; }
  if (*spec == '\0') { snprintf(err, errlen, "empty --jit argument"); return -1; }
  char buf[512];
  size_t n = strlen(spec);
  if (n >= sizeof buf) { snprintf(err, errlen, "--jit argument too long"); return -1; }
  memcpy(buf, spec, n + 1);
  for (char *item = buf; item; ) {
    char *next = strchr(item, ',');
    if (next) *next++ = '\0';
    if (strcmp(item, "off") == 0) p->off = true;
    else if (strcmp(item, "default") == 0) jit_params_default(p);
    else {
      char *eq = strchr(item, '=');
      if (eq) *eq++ = '\0';
      if (set_one(p, item, eq, err, errlen) < 0) return -1;
    }
    item = next;
  }
  return 0;
}

void jit_params_help(void *file) {
  FILE *f = file;
  fprintf(f, "Advanced JIT options: a comma-separated list of OPTION=VALUE:\n");
  for (int i = 0; i < JIT_P__COUNT; i++) {
    if (i == JIT_P_enable_opts)
      fprintf(f, " %s=...\n    %s (default all)\n", jit_param_names[i], jit_param_help[i]);
    else
      fprintf(f, " %s=N\n    %s (default %lld)\n", jit_param_names[i], jit_param_help[i],
              (long long)jit_param_defaults[i]);
  }
  fprintf(f, " off\n    turn off the JIT\n");
  fprintf(f, " default\n    reset all parameters to their default values\n");
  fprintf(f, " help\n    print this page\n");
  fprintf(f, "\nThe 'pypyjit' module can be used to control the JIT from inside python\n"
             "(in rpyvm: rpython.rlib.jit.set_param(None, name, value)).\n");
}
