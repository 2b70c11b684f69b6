/*
** api.c: the embedding API (include/rpyvm.h), part one: configuration, VM
** lifecycle, entering and leaving the API (the protected boundary), running
** code, the last error, C functions registered by the host, handles, and
** JIT control. Values, conversions, containers and calls are in
** api_value.c. See api.h for how the pieces fit.
*/
#define _GNU_SOURCE 1
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "api.h"
#include "types.h"
#include "../gc/gc.h"
#include "../frontend/compile.h"
#include "../stdlib/lib.h"

/* ==== entering and leaving =============================================== */

VM *api_check_vm(rpy_vm *rvm) {
  VM *vm = api_vm(rvm);
  if (!vm || !vm->host || ((Host *)vm->host)->magic != HOST_MAGIC) return NULL;
  return vm;
}

Host *api_enter(VM *vm, ApiFrame *af) {
  gc_thread_attach();
  Host *h = vm->host;
  af->vm = vm;
  af->h = h;
  af->frame = vm->frame;
  af->depth = vm->depth;
  af->c_depth = vm->c_depth;
  h->depth++;
  /* Work starts with nothing pending. Should the host be called while an
  ** exception is in flight (a C function run by cleanup code), that one is
  ** put back by api_leave. */
  af->saved_exc = vm->exc;
  af->saved_tb = vm->exc_tb;
  vm_exc_clear(vm);
  return h;
}

void api_set_error(VM *vm, Host *h, rpy_status st, Value exc, Traceback *tb) {
  h->err_status = st;
  h->err_exc = exc;
  h->err_tb = tb;
  h->err_text = NULL;
  h->err_msg = NULL;
  h->err_seq++;
  (void)vm;
}

static bool exc_is(VM *vm, Value exc, Class *cls) {
  if (!cls || v_isnull(exc)) return false;
  Class *c = exc.tag == T_CLASS ? AS_CLASS(exc) : vm_class_of(vm, exc);
  return class_is_subclass(c, cls);
}

rpy_status api_leave(ApiFrame *af, rpy_status st) {
  VM *vm = af->vm;
  Host *h = af->h;
  if (st != RPY_OK || !v_isnull(vm->exc)) {
    if (st == RPY_OK) st = RPY_ERR_RUNTIME;
    Value exc = vm->exc;
    Traceback *tb = vm->exc_tb;
    vm_exc_clear(vm);
    if (v_isnull(exc)) {
      /* A failure with nothing pending: an internal inconsistency. */
      vm_raise(vm, vm->exc_SystemError, "error return without exception set");
      exc = vm->exc;
      tb = NULL;
      vm_exc_clear(vm);
    }
    if (st != RPY_ERR_API) {
      if (exc_is(vm, exc, vm->exc_MemoryError)) st = RPY_ERR_MEMORY;
      else if (exc_is(vm, exc, vm->exc_KeyboardInterrupt)) st = RPY_ERR_INTERRUPTED;
    }
    api_set_error(vm, h, st, exc, tb);
    /* Frames and C nesting as they were when the host called in. */
    vm->frame = af->frame;
    vm->depth = af->depth;
    vm->c_depth = af->c_depth;
  }
  vm->exc = af->saved_exc;
  vm->exc_tb = af->saved_tb;
  h->depth--;
  return st;
}

rpy_status api_misuse(VM *vm, const char *fmt, ...) {
  char msg[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  vm_exc_clear(vm);
  vm_raise(vm, vm->exc_SystemError, "%s", msg);
  return RPY_ERR_API;
}

bool api_valid(Value v) {
  if (v.tag == T_NULL || v.tag >= T__MAX) return false;
  if (v.tag < T_FIRSTOBJ) return true;
  return v.u.o != NULL && v.u.o->kind == v.tag;
}

rpy_status api_check_value(VM *vm, const char *fn, const char *what, Value v) {
  if (api_valid(v)) return RPY_OK;
  return api_misuse(vm, "%s: %s is not a valid value", fn, what);
}

/* ==== configuration ======================================================= */

void rpy_config_init(rpy_config *cfg) {
  if (!cfg) return;
  memset(cfg, 0, sizeof *cfg);
  cfg->recursion_limit = 1000;
}

/* Parse a --jit spec onto p; false with the message in err. */
static bool jit_parse(JitParams *p, const char *spec, char *err, size_t errlen) {
  if (!spec) {
    snprintf(err, errlen, "no JIT parameters given");
    return false;
  }
  err[0] = '\0';
  return jit_params_parse(p, spec, err, errlen) == 0;
}

rpy_status rpy_config_set_jit(rpy_config *cfg, const char *spec) {
  if (!cfg) return RPY_ERR_API;
  char buf[sizeof cfg->jit];
  size_t have = strnlen(cfg->jit, sizeof cfg->jit);
  if (have == sizeof cfg->jit) have = 0;  /* garbage: start over */
  int n = have ? snprintf(buf, sizeof buf, "%.*s,%s", (int)have, cfg->jit, spec ? spec : "")
               : snprintf(buf, sizeof buf, "%s", spec ? spec : "");
  if (n < 0 || (size_t)n >= sizeof buf) {
    snprintf(cfg->error, sizeof cfg->error, "--jit argument too long");
    return RPY_ERR_API;
  }
  JitParams p;
  jit_params_default(&p);
  char err[256];
  /* Check the new part on its own first, so the message names it. */
  if (!jit_parse(&p, spec, err, sizeof err) ||
      (jit_params_default(&p), !jit_parse(&p, buf, err, sizeof err))) {
    snprintf(cfg->error, sizeof cfg->error, "%s", err);
    return RPY_ERR_API;
  }
  memcpy(cfg->jit, buf, (size_t)n + 1);
  cfg->error[0] = '\0';
  return RPY_OK;
}

rpy_status rpy_config_set_jit_param(rpy_config *cfg, const char *name, int64_t value) {
  if (!cfg) return RPY_ERR_API;
  if (!name || jit_param_index(name) < 0) {
    snprintf(cfg->error, sizeof cfg->error, "no JIT parameter named '%s' (try --jit help)",
             name ? name : "(null)");
    return RPY_ERR_API;
  }
  char spec[128];
  snprintf(spec, sizeof spec, "%s=%lld", name, (long long)value);
  return rpy_config_set_jit(cfg, spec);
}

/* ==== VMs ================================================================== */

rpy_vm *rpy_vm_new(const rpy_config *cfg) {
  gc_thread_attach();
  VMConfig vc;
  vm_config_default(&vc);
  if (cfg) {
    vc.out = cfg->out;
    vc.out_ud = cfg->out_userdata;
    vc.err = cfg->err;
    vc.err_ud = cfg->err_userdata;
    if (cfg->recursion_limit > 0) vc.recursion_limit = cfg->recursion_limit;
    if (memchr(cfg->jit, '\0', sizeof cfg->jit) == NULL) return NULL;
    char err[256];
    if (cfg->jit[0] && !jit_parse(&vc.jit, cfg->jit, err, sizeof err)) return NULL;
    if (cfg->argc < 0 || (cfg->argc > 0 && !cfg->argv)) return NULL;
    for (int i = 0; i < cfg->argc; i++)
      if (!cfg->argv[i]) return NULL;
  }
  VM *vm = vm_new(&vc);
  if (!vm) return NULL;
  Host *h = gc_alloc(sizeof(Host));
  if (!h) {
    vm_free(vm);
    return NULL;
  }
  h->magic = HOST_MAGIC;
  h->err_exc = v_null();
  vm->host = h;
  if (cfg) {
    h->userdata = cfg->userdata;
    if (cfg->argc > 0) lib_set_argv(vm, cfg->argc, (char **)cfg->argv);
    if (cfg->path) {
      int n = 0;
      while (cfg->path[n]) n++;
      for (int i = n - 1; i >= 0; i--) lib_set_path(vm, cfg->path[i]);
    }
  }
  vm_exc_clear(vm);
  return (rpy_vm *)(void *)vm;
}

void rpy_vm_free(rpy_vm *rvm) {
  VM *vm = api_check_vm(rvm);
  if (!vm) return;
  gc_thread_attach();
  Host *h = vm->host;
  if (h->depth > 0) {
    /* Called from a C function the VM is running: refuse. */
    Value se = vm->exc;
    Traceback *st = vm->exc_tb;
    vm->exc = v_null();
    vm_raise(vm, vm->exc_SystemError, "rpy_vm_free: the VM is running (called from a C function)");
    api_set_error(vm, h, RPY_ERR_API, vm->exc, NULL);
    vm->exc = se;
    vm->exc_tb = st;
    return;
  }
  vm_exc_clear(vm);
  vm_fin_exit(vm);   /* finalizers of the garbage, while host functions still work */
  vm_exc_clear(vm);
  h->magic = 0;
  /* Handles die with the VM: mark them so stale uses are caught while the
  ** memory is not reused. */
  for (int c = 0; c < h->nchunks; c++)
    for (int i = 0; i < HANDLE_CHUNK; i++) h->chunks[c][i].owner = NULL;
  vm->host = NULL;
  vm_free(vm);
}

void *rpy_userdata(rpy_vm *rvm) {
  VM *vm = api_check_vm(rvm);
  return vm ? ((Host *)vm->host)->userdata : NULL;
}

void rpy_set_userdata(rpy_vm *rvm, void *userdata) {
  VM *vm = api_check_vm(rvm);
  if (vm) ((Host *)vm->host)->userdata = userdata;
}

void rpy_flush(rpy_vm *rvm) {
  VM *vm = api_check_vm(rvm);
  if (vm) vm_flush(vm);
}

void rpy_gc_collect(rpy_vm *rvm) {
  (void)rvm;
  gc_thread_attach();
  gc_collect();
}

const char *rpy_version(void) { return RPYVM_VERSION; }

/* ==== running code ========================================================= */

/* Compile; NULL (error pending) on a syntax error. */
static Code *compile(VM *vm, const char *src, size_t len, const char *name, CompileMode mode) {
  return vm_compile(vm, src, len, name ? name : "<string>", mode, 0);
}

static rpy_status run_code(VM *vm, Code *code, Value *result) {
  Dict *g = vm->main_module->dict;
  Value r = vm_exec_code(vm, code, g, g);
  if (v_isnull(r)) return RPY_ERR_RUNTIME;
  if (result) *result = r;
  return RPY_OK;
}

/* Keep the source of a named chunk so tracebacks can show its lines (as
** they show the lines of files). Names like "<string>" are not kept:
** CPython shows no source for them. */
static void remember_source(VM *vm, Host *h, const char *name, const char *src, size_t len) {
  if (!name || name[0] == '<' || name[0] == '\0') return;
  if (!h->sources && !(h->sources = dict_new(vm))) {
    vm_exc_clear(vm);
    return;
  }
  Str *k = str_from_cstr(vm, name), *v = str_new(vm, src, len);
  if (!k || !v || !dict_set(vm, h->sources, v_obj(k), v_obj(v))) vm_exc_clear(vm);
}

bool vm_chunk_source_line(VM *vm, const char *name, int line, char *buf, size_t cap) {
  Host *h = vm->host;
  if (!h || h->magic != HOST_MAGIC || !h->sources || !name || line <= 0 || cap == 0) return false;
  Value se = vm->exc;
  Traceback *st = vm->exc_tb;
  vm->exc = v_null();
  Str *k = str_from_cstr(vm, name);
  Value src = k ? dict_get(vm, h->sources, v_obj(k)) : v_null();
  vm->exc = se;
  vm->exc_tb = st;
  if (src.tag != T_STR) return false;
  /* Line `line`, the way exc.c reads it from a file. */
  const char *p = AS_STR(src)->data, *end = p + AS_STR(src)->len;
  for (int cur = 1; cur < line; p++) {
    if (p >= end) return false;
    if (*p == '\n') cur++;
  }
  if (p >= end) return false;
  size_t n = 0;
  while (p + n < end && p[n] != '\n' && n + 1 < cap) n++;
  memcpy(buf, p, n);
  buf[n] = '\0';
  return true;
}

rpy_status rpy_exec_buffer(rpy_vm *rvm, const char *source, size_t len, const char *chunk_name) {
  API_ENTER(rvm, "rpy_exec_buffer");
  API_REQUIRE(source, "rpy_exec_buffer: source is NULL");
  remember_source(vm, host, chunk_name, source, len);
  Code *code = compile(vm, source, len, chunk_name, COMPILE_FILE);
  if (!code) API_RETURN(RPY_ERR_SYNTAX);
  API_RETURN(run_code(vm, code, NULL));
}

rpy_status rpy_exec_string(rpy_vm *rvm, const char *source, const char *chunk_name) {
  if (!source) {
    API_ENTER(rvm, "rpy_exec_string");
    API_RETURN(api_misuse(vm, "rpy_exec_string: source is NULL"));
  }
  return rpy_exec_buffer(rvm, source, strlen(source), chunk_name);
}

/* Read a whole file into malloc memory; NULL with errno set. */
static char *read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  size_t cap = 1 << 14, n = 0;
  char *buf = malloc(cap);
  while (buf) {
    n += fread(buf + n, 1, cap - n, f);
    if (n < cap) break;
    cap *= 2;
    char *nb = realloc(buf, cap);
    if (!nb) {
      free(buf);
      buf = NULL;
      errno = ENOMEM;
    } else {
      buf = nb;
    }
  }
  int err = ferror(f) ? errno : 0;
  fclose(f);
  if (buf && err) {
    free(buf);
    buf = NULL;
    errno = err;
  }
  if (buf) *len = n;
  return buf;
}

/* The source of a file, or IOError pending (status RPY_ERR_IO). */
static char *load_file(VM *vm, const char *path, size_t *len) {
  lib_flush_files(vm);
  char *src = read_file(path, len);
  if (!src) {
    int e = errno ? errno : EIO;
    if (e == ENOMEM) vm_raise(vm, vm->exc_MemoryError, NULL);
    else lib_raise_errno(vm, vm->exc_IOError, e, path);
  }
  return src;
}

rpy_status rpy_exec_file(rpy_vm *rvm, const char *path) {
  API_ENTER(rvm, "rpy_exec_file");
  API_REQUIRE(path, "rpy_exec_file: path is NULL");
  size_t len = 0;
  char *src = load_file(vm, path, &len);
  if (!src) API_RETURN(RPY_ERR_IO);
  Dict *g = vm->main_module->dict;
  Str *file = str_from_cstr(vm, path);
  if (!file || !dict_set_str(vm, g, vm->s___file__, v_obj(file))) {
    free(src);
    API_RETURN(RPY_ERR_RUNTIME);
  }
  Code *code = compile(vm, src, len, path, COMPILE_FILE);
  free(src);
  if (!code) API_RETURN(RPY_ERR_SYNTAX);
  API_RETURN(run_code(vm, code, NULL));
}

rpy_status rpy_eval(rpy_vm *rvm, const char *expression, rpy_value *result) {
  API_ENTER(rvm, "rpy_eval");
  if (result) memset(result, 0, sizeof *result);
  API_REQUIRE(expression, "rpy_eval: expression is NULL");
  API_REQUIRE(result, "rpy_eval: result is NULL");
  Code *code = compile(vm, expression, strlen(expression), "<string>", COMPILE_EVAL);
  if (!code) API_RETURN(RPY_ERR_SYNTAX);
  Value r = v_null();
  rpy_status st = run_code(vm, code, &r);
  if (st == RPY_OK) *result = api_out(r);
  API_RETURN(st);
}

static rpy_status disassemble(VM *vm, const char *src, size_t len, const char *name) {
  Code *code = compile(vm, src, len, name, COMPILE_FILE);
  if (!code) return RPY_ERR_SYNTAX;
  char *buf = NULL;
  size_t n = 0;
  FILE *f = open_memstream(&buf, &n);
  if (!f) {
    vm_raise(vm, vm->exc_MemoryError, NULL);
    return RPY_ERR_MEMORY;
  }
  dis_code(vm, code, f);
  fclose(f);
  if (buf) vm_write_out(vm, buf, n);
  free(buf);
  return RPY_OK;
}

rpy_status rpy_disassemble(rpy_vm *rvm, const char *source, size_t len, const char *chunk_name) {
  API_ENTER(rvm, "rpy_disassemble");
  API_REQUIRE(source, "rpy_disassemble: source is NULL");
  API_RETURN(disassemble(vm, source, len, chunk_name));
}

rpy_status rpy_disassemble_file(rpy_vm *rvm, const char *path) {
  API_ENTER(rvm, "rpy_disassemble_file");
  API_REQUIRE(path, "rpy_disassemble_file: path is NULL");
  size_t len = 0;
  char *src = load_file(vm, path, &len);
  if (!src) API_RETURN(RPY_ERR_IO);
  rpy_status st = disassemble(vm, src, len, path);
  free(src);
  API_RETURN(st);
}

/* ==== errors ================================================================ */

/* An exception class by name: a builtin ("KeyError") or "module.Class". NULL
** (nothing pending) if there is none. */
static Class *find_exc_class(VM *vm, const char *name) {
  Value v = v_null();
  const char *dot = strrchr(name, '.');
  if (!dot) {
    v = dict_get_str(vm, vm->builtins, str_intern_cstr(vm, name));
  } else {
    Str *mod = str_intern(vm, str_new(vm, name, (size_t)(dot - name)));
    Value m = mod ? dict_get_str(vm, vm->modules, mod) : v_null();
    if (v_isnull(m) && mod) {
      vm_import(vm, mod, v_none(), 0, vm->main_module->dict);
      vm_exc_clear(vm);
      m = dict_get_str(vm, vm->modules, mod);
    }
    if (!v_isnull(m)) {
      v = vm_getattr_opt(vm, m, str_intern_cstr(vm, dot + 1));
      vm_exc_clear(vm);
    }
  }
  if (v.tag != T_CLASS || !class_is_subclass(AS_CLASS(v), vm->exc_BaseException)) return NULL;
  return AS_CLASS(v);
}

rpy_status rpy_raisev(rpy_vm *rvm, const char *exc_type, const char *fmt, va_list ap) {
  API_ENTER(rvm, "rpy_raise");
  Class *cls = find_exc_class(vm, exc_type ? exc_type : "RuntimeError");
  API_REQUIRE(cls, "rpy_raise: '%s' is not an exception class",
              exc_type ? exc_type : "RuntimeError");
  char small[256];
  char *msg = small;
  int n = 0;
  if (fmt) {
    va_list aq;
    va_copy(aq, ap);
    n = vsnprintf(small, sizeof small, fmt, aq);
    va_end(aq);
    if (n < 0) n = 0, small[0] = '\0';
    if ((size_t)n >= sizeof small) {
      msg = malloc((size_t)n + 1);
      if (msg) vsnprintf(msg, (size_t)n + 1, fmt, ap);
      else msg = small;
    }
  }
  if (fmt) vm_raise(vm, cls, "%s", msg);
  else vm_raise(vm, cls, NULL);
  if (msg != small) free(msg);
  if (v_isnull(vm->exc)) vm_raise(vm, vm->exc_SystemError, "rpy_raise: could not raise");
  api_leave(&af_, RPY_ERR_RUNTIME);
  /* The contract: raising returns RPY_ERR_RUNTIME whatever the class. */
  host->err_status = RPY_ERR_RUNTIME;
  return RPY_ERR_RUNTIME;
}

rpy_status rpy_raise(rpy_vm *rvm, const char *exc_type, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  rpy_status st = rpy_raisev(rvm, exc_type, fmt, ap);
  va_end(ap);
  return st;
}

rpy_status rpy_raise_value(rpy_vm *rvm, rpy_value exception) {
  API_ENTER(rvm, "rpy_raise_value");
  Value e = api_in(exception);
  API_VALUE(e, "the exception");
  vm_raise_obj(vm, e, v_null(), v_null());
  if (v_isnull(vm->exc)) vm_raise(vm, vm->exc_SystemError, "rpy_raise_value: could not raise");
  bool bad = vm_exc_matches(vm, vm->exc_TypeError) && !exc_is(vm, e, vm->exc_TypeError);
  API_RETURN(bad ? RPY_ERR_API : RPY_ERR_RUNTIME);
}

/* The host struct of a VM for the error getters (no entry bookkeeping). */
static Host *host_of(rpy_vm *rvm, VM **vmp) {
  VM *vm = api_check_vm(rvm);
  *vmp = vm;
  if (!vm) return NULL;
  gc_thread_attach();
  return vm->host;
}

/* Run f(vm, exc) with nothing pending and the caller's exception state kept. */
static Str *safe_format(VM *vm, Host *h, bool text) {
  Value se = vm->exc;
  Traceback *st = vm->exc_tb;
  vm->exc = v_null();
  Frame *fr = vm->frame;
  int d = vm->depth, cd = vm->c_depth;
  h->depth++;   /* str() may run script code, which may call C functions */
  Host saved = *h;   /* errors of that code must not replace the one shown */
  Str *s;
  if (text) {
    s = vm_format_exception(vm, h->err_exc, h->err_tb);
  } else {
    s = vm_str(vm, h->err_exc);
    if (!s) s = str_from_cstr(vm, "<exception str() failed>");
  }
  h->err_status = saved.err_status;
  h->err_exc = saved.err_exc;
  h->err_tb = saved.err_tb;
  h->err_text = saved.err_text;
  h->err_msg = saved.err_msg;
  h->err_seq = saved.err_seq;
  h->depth--;
  vm->frame = fr;
  vm->depth = d;
  vm->c_depth = cd;
  vm->exc = se;
  vm->exc_tb = st;
  return s;
}

const char *rpy_error_text(rpy_vm *rvm) {
  VM *vm;
  Host *h = host_of(rvm, &vm);
  if (!h || h->err_status == RPY_OK || v_isnull(h->err_exc)) return "";
  if (!h->err_text) h->err_text = safe_format(vm, h, true);
  return h->err_text ? h->err_text->data : "";
}

rpy_status rpy_error_status(rpy_vm *rvm) {
  VM *vm;
  Host *h = host_of(rvm, &vm);
  return h ? h->err_status : RPY_ERR_API;
}

const char *rpy_error_type(rpy_vm *rvm) {
  VM *vm;
  Host *h = host_of(rvm, &vm);
  if (!h || h->err_status == RPY_OK || v_isnull(h->err_exc)) return NULL;
  Value e = h->err_exc;
  Class *c = e.tag == T_CLASS ? AS_CLASS(e) : vm_class_of(vm, e);
  return c->name->data;
}

const char *rpy_error_message(rpy_vm *rvm) {
  VM *vm;
  Host *h = host_of(rvm, &vm);
  if (!h || h->err_status == RPY_OK || v_isnull(h->err_exc)) return "";
  if (!h->err_msg) h->err_msg = safe_format(vm, h, false);
  return h->err_msg ? h->err_msg->data : "";
}

int rpy_error_matches(rpy_vm *rvm, const char *exc_type) {
  VM *vm;
  Host *h = host_of(rvm, &vm);
  if (!h || !exc_type || h->err_status == RPY_OK || v_isnull(h->err_exc)) return 0;
  Value se = vm->exc;
  Traceback *st = vm->exc_tb;
  vm->exc = v_null();
  Class *cls = find_exc_class(vm, exc_type);
  vm->exc = se;
  vm->exc_tb = st;
  return cls && exc_is(vm, h->err_exc, cls);
}

rpy_status rpy_error_value(rpy_vm *rvm, rpy_value *out) {
  API_ENTER(rvm, "rpy_error_value");
  if (out) memset(out, 0, sizeof *out);
  API_REQUIRE(out, "rpy_error_value: out is NULL");
  if (host->err_status == RPY_OK || v_isnull(host->err_exc)) *out = api_out(v_none());
  else *out = api_out(host->err_exc);
  API_RETURN(RPY_OK);
}

int rpy_error_exit_status(rpy_vm *rvm, int *status) {
  VM *vm;
  Host *h = host_of(rvm, &vm);
  if (!h || h->err_status == RPY_OK || !exc_is(vm, h->err_exc, vm->exc_SystemExit)) return 0;
  Value e = h->err_exc;
  int code = 0;
  Value se = vm->exc;
  Traceback *stb = vm->exc_tb;
  vm->exc = v_null();
  h->depth++;
  Value c = e.tag == T_CLASS ? v_none() : vm_getattr_opt(vm, e, vm->s_code);
  vm_exc_clear(vm);
  if (v_isnull(c) || v_isnone(c)) {
    code = 0;
  } else if (v_isint(c) || v_isbool(c)) {
    code = (int)c.u.i;
  } else {
    Str *s = vm_str(vm, c);
    vm_exc_clear(vm);
    vm_flush(vm);
    if (s) {
      vm_write_err(vm, s->data, (size_t)s->len);
      vm_write_err(vm, "\n", 1);
    }
    code = 1;
  }
  h->depth--;
  vm->exc = se;
  vm->exc_tb = stb;
  if (status) *status = code;
  api_set_error(vm, h, RPY_OK, v_null(), NULL);
  return 1;
}

void rpy_error_print(rpy_vm *rvm) {
  VM *vm;
  Host *h = host_of(rvm, &vm);
  if (!h || h->err_status == RPY_OK || v_isnull(h->err_exc)) return;
  Value se = vm->exc;
  Traceback *stb = vm->exc_tb;
  vm->exc = v_null();
  h->depth++;
  vm_print_exception(vm, h->err_exc, h->err_tb);
  h->depth--;
  vm_exc_clear(vm);
  vm->exc = se;
  vm->exc_tb = stb;
  api_set_error(vm, h, RPY_OK, v_null(), NULL);
}

void rpy_error_clear(rpy_vm *rvm) {
  VM *vm;
  Host *h = host_of(rvm, &vm);
  if (h) api_set_error(vm, h, RPY_OK, v_null(), NULL);
}

/* ==== C functions ============================================================ */

/* The CFn of every registered host function: argv[0] is the HostFn (the
** CFunc's bound self), the script's arguments follow. */
static Value host_trampoline(VM *vm, int argc, Value *argv, Dict *kw) {
  (void)kw;
  HostFn *hf = (HostFn *)argv[0].u.o;
  Host *h = vm->host;
  if (!h || h->magic != HOST_MAGIC)
    return vm_raise(vm, vm->exc_SystemError, "%S(): the VM has no embedding state", hf->name);
  uint64_t seq = h->err_seq;
  Value result = v_none();
  Frame *fr = vm->frame;
  int d = vm->depth, cd = vm->c_depth;
  rpy_status st = hf->fn((rpy_vm *)(void *)vm, argc - 1, (const rpy_value *)(argv + 1),
                         (rpy_value *)&result);
  /* Nested entries restore these themselves; be safe anyway. */
  vm->frame = fr;
  vm->depth = d;
  vm->c_depth = cd;
  if (st == RPY_OK) {
    vm_exc_clear(vm);
    if (v_isnull(result)) return v_none();
    if (!api_valid(result))
      return vm_raise(vm, vm->exc_SystemError, "%S() returned an invalid value", hf->name);
    return result;
  }
  if (h->err_seq != seq && h->err_status != RPY_OK && !v_isnull(h->err_exc)) {
    /* The error the function got from the API (or raised): it now
    ** propagates in the script, so it is no longer the host's last error. */
    vm->exc = h->err_exc;
    vm->exc_tb = h->err_tb;
    api_set_error(vm, h, RPY_OK, v_null(), NULL);
    return v_null();
  }
  if (!v_isnull(vm->exc)) return v_null();
  return vm_raise(vm, vm->exc_SystemError, "%S() returned an error status without setting an error",
                  hf->name);
}

/* The namespace a registration goes to: the builtins, or a module's dict. */
static Dict *target_dict(VM *vm, const char *module) {
  if (!module) return vm->builtins;
  Module *m = vm_add_module(vm, module);
  if (!m && v_isnull(vm->exc)) vm_raise(vm, vm->exc_MemoryError, NULL);
  return m ? m->dict : NULL;
}

static rpy_status register_fn(VM *vm, Dict *d, const char *name, rpy_cfunction fn) {
  HostFn *hf = gc_alloc(sizeof(HostFn));
  CFunc *cf = hf ? cfunc_new(vm, name, host_trampoline, 0, -1, false) : NULL;
  if (!cf) {
    vm_raise(vm, vm->exc_MemoryError, NULL);
    return RPY_ERR_MEMORY;
  }
  hf->h.kind = T_NATIVE;
  hf->h.cls = vm->cls[T_NATIVE];
  hf->fn = fn;
  hf->name = cf->name;
  cf->self = v_obj(hf);
  if (!dict_set_str(vm, d, cf->name, v_obj(cf))) return RPY_ERR_RUNTIME;
  return RPY_OK;
}

rpy_status rpy_register_function(rpy_vm *rvm, const char *module, const char *name,
                                 rpy_cfunction fn) {
  API_ENTER(rvm, "rpy_register_function");
  API_REQUIRE(name && name[0], "rpy_register_function: name is NULL or empty");
  API_REQUIRE(fn, "rpy_register_function: function '%s' is NULL", name);
  API_REQUIRE(!module || module[0], "rpy_register_function: module name is empty");
  Dict *d = target_dict(vm, module);
  if (!d) API_RETURN(RPY_ERR_RUNTIME);
  API_RETURN(register_fn(vm, d, name, fn));
}

rpy_status rpy_register_module(rpy_vm *rvm, const char *module, const rpy_function_def *defs) {
  API_ENTER(rvm, "rpy_register_module");
  API_REQUIRE(defs, "rpy_register_module: defs is NULL");
  API_REQUIRE(!module || module[0], "rpy_register_module: module name is empty");
  for (const rpy_function_def *p = defs; p->name; p++) {
    API_REQUIRE(p->name[0], "rpy_register_module: an entry has an empty name");
    API_REQUIRE(p->fn, "rpy_register_module: function '%s' is NULL", p->name);
  }
  Dict *d = target_dict(vm, module);
  if (!d) API_RETURN(RPY_ERR_RUNTIME);
  for (const rpy_function_def *p = defs; p->name; p++) {
    rpy_status st = register_fn(vm, d, p->name, p->fn);
    if (st != RPY_OK) API_RETURN(st);
  }
  API_RETURN(RPY_OK);
}

rpy_status rpy_register_value(rpy_vm *rvm, const char *module, const char *name,
                              rpy_value value) {
  API_ENTER(rvm, "rpy_register_value");
  API_REQUIRE(name && name[0], "rpy_register_value: name is NULL or empty");
  API_REQUIRE(!module || module[0], "rpy_register_value: module name is empty");
  Value v = api_in(value);
  API_VALUE(v, "the value");
  Dict *d = target_dict(vm, module);
  if (!d) API_RETURN(RPY_ERR_RUNTIME);
  if (!dict_set_str(vm, d, str_intern_cstr(vm, name), v)) API_RETURN(RPY_ERR_RUNTIME);
  API_RETURN(RPY_OK);
}

rpy_status rpy_check_args(rpy_vm *rvm, const char *name, int argc, int min, int max) {
  API_ENTER(rvm, "rpy_check_args");
  if (!lib_nargs(vm, 'P', name ? name : "function", argc, min, max))
    API_RETURN(RPY_ERR_RUNTIME);
  API_RETURN(RPY_OK);
}

/* ==== handles ================================================================ */

rpy_handle *rpy_handle_new(rpy_vm *rvm, rpy_value value) {
  VM *vm = api_check_vm(rvm);
  if (!vm) return NULL;
  ApiFrame af;
  Host *h = api_enter(vm, &af);
  Value v = api_in(value);
  if (!api_valid(v)) {
    api_leave(&af, api_misuse(vm, "rpy_handle_new: the value is not a valid value"));
    return NULL;
  }
  if (!h->free_list) {
    if (h->nchunks == h->capchunks) {
      int cap = h->capchunks ? h->capchunks * 2 : 8;
      struct rpy_handle **nc = gc_alloc(sizeof(*nc) * (size_t)cap);
      if (!nc) goto oom;
      if (h->nchunks) memcpy(nc, h->chunks, sizeof(*nc) * (size_t)h->nchunks);
      h->chunks = nc;
      h->capchunks = cap;
    }
    struct rpy_handle *c = gc_alloc(sizeof(struct rpy_handle) * HANDLE_CHUNK);
    if (!c) goto oom;
    h->chunks[h->nchunks++] = c;
    for (int i = HANDLE_CHUNK - 1; i >= 0; i--) {
      c[i].next_free = h->free_list;
      h->free_list = &c[i];
    }
  }
  struct rpy_handle *hd = h->free_list;
  h->free_list = hd->next_free;
  hd->next_free = NULL;
  hd->v = v;
  hd->owner = vm;
  h->nhandles++;
  api_leave(&af, RPY_OK);
  return hd;
oom:
  vm_raise(vm, vm->exc_MemoryError, NULL);
  api_leave(&af, RPY_ERR_MEMORY);
  return NULL;
}

rpy_value rpy_handle_get(rpy_vm *rvm, const rpy_handle *hd) {
  rpy_value bad;
  memset(&bad, 0, sizeof bad);
  VM *vm = api_check_vm(rvm);
  if (!vm) return bad;
  if (!hd || hd->owner != vm) {
    ApiFrame af;
    api_enter(vm, &af);
    api_leave(&af, api_misuse(vm, hd ? "rpy_handle_get: the handle is freed or belongs to another VM"
                                     : "rpy_handle_get: the handle is NULL"));
    return bad;
  }
  return api_out(hd->v);
}

void rpy_handle_free(rpy_vm *rvm, rpy_handle *hd) {
  VM *vm = api_check_vm(rvm);
  if (!vm || !hd) return;
  if (hd->owner != vm) {
    ApiFrame af;
    api_enter(vm, &af);
    api_leave(&af, api_misuse(vm, "rpy_handle_free: the handle is freed or belongs to another VM"));
    return;
  }
  Host *h = vm->host;
  hd->v = v_null();
  hd->owner = NULL;
  hd->next_free = h->free_list;
  h->free_list = hd;
  h->nhandles--;
}

size_t rpy_handle_count(rpy_vm *rvm) {
  VM *vm = api_check_vm(rvm);
  return vm ? ((Host *)vm->host)->nhandles : 0;
}

/* ==== JIT ==================================================================== */

rpy_status rpy_jit_set(rpy_vm *rvm, const char *spec) {
  API_ENTER(rvm, "rpy_jit_set");
  JitParams p = vm->cfg.jit;
  char err[256];
  API_REQUIRE(jit_parse(&p, spec, err, sizeof err), "rpy_jit_set: %s", err);
  vm->cfg.jit = p;
  API_RETURN(RPY_OK);
}

rpy_status rpy_jit_set_param(rpy_vm *rvm, const char *name, int64_t value) {
  API_ENTER(rvm, "rpy_jit_set_param");
  int idx = name ? jit_param_index(name) : -1;
  API_REQUIRE(idx >= 0, "rpy_jit_set_param: no JIT parameter named '%s' (try --jit help)",
              name ? name : "(null)");
  API_REQUIRE(value >= 0, "rpy_jit_set_param: JIT parameter '%s' expects a non-negative "
              "integer, not %lld", name, (long long)value);
  vm->cfg.jit.v[idx] = value;
  API_RETURN(RPY_OK);
}

rpy_status rpy_jit_get_param(rpy_vm *rvm, const char *name, int64_t *value) {
  API_ENTER(rvm, "rpy_jit_get_param");
  int idx = name ? jit_param_index(name) : -1;
  API_REQUIRE(idx >= 0, "rpy_jit_get_param: no JIT parameter named '%s' (try --jit help)",
              name ? name : "(null)");
  API_REQUIRE(value, "rpy_jit_get_param: value is NULL");
  *value = vm->cfg.jit.v[idx];
  API_RETURN(RPY_OK);
}

rpy_status rpy_jit_off(rpy_vm *rvm) {
  API_ENTER(rvm, "rpy_jit_off");
  vm->cfg.jit.off = true;
  API_RETURN(RPY_OK);
}

int rpy_jit_enabled(rpy_vm *rvm) {
  VM *vm = api_check_vm(rvm);
  return vm && !vm->cfg.jit.off;
}

size_t rpy_jit_help(char *buf, size_t size) {
  char *text = NULL;
  size_t n = 0;
  FILE *f = open_memstream(&text, &n);
  if (!f) {
    if (buf && size) buf[0] = '\0';
    return 0;
  }
  jit_params_help(f);
  fclose(f);
  if (buf && size) {
    size_t k = n < size - 1 ? n : size - 1;
    memcpy(buf, text, k);
    buf[k] = '\0';
  }
  free(text);
  return n;
}
