/*
** lib_sys.c: the sys module (argv, exit, maxint, std streams, modules, path,
** version, exc_info, recursion limit, ...) and lib_init_modules, which
** registers every builtin C module: sys, os, os.path, math, time and the
** rpython.* packages.
*/
#include <limits.h>
#include <string.h>
#include <unistd.h>

#include "lib.h"
#include "../vm/types.h"
#include "../gc/gc.h"

#define RPYVM_SYS_VERSION "2.7.18 (rpyvm 0.1.0)"

static void set_str(VM *vm, Dict *d, const char *name, const char *value) {
  dict_set_str(vm, d, str_intern_cstr(vm, name), v_obj(str_from_cstr(vm, value)));
}

static void set_val(VM *vm, Dict *d, const char *name, Value v) {
  dict_set_str(vm, d, str_intern_cstr(vm, name), v);
}

/* ---- functions ------------------------------------------------------------------- */

static Value sys_exit(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'U', "exit", argc, 0, 1)) return v_null();
  return lib_raise_args(vm, vm->exc_SystemExit, argc, argv);
}

static Value sys_getrecursionlimit(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'N', "getrecursionlimit", argc, 0, 0)) return v_null();
  return v_int(vm->cfg.recursion_limit);
}

static Value sys_setrecursionlimit(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "setrecursionlimit", argc, 1, 1)) return v_null();
  int64_t n;
  if (!lib_to_int(vm, argv[0], &n)) return v_null();
  if (n <= 0) return vm_raise(vm, vm->exc_ValueError, "recursion limit must be positive");
  if (n > INT_MAX) n = INT_MAX;
  vm->cfg.recursion_limit = (int)n;
  return v_none();
}

/* The exception an except clause of the innermost frame that has one is
** handling, as (type, value, traceback). */
static Value sys_exc_info(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'N', "exc_info", argc, 0, 0)) return v_null();
  for (Frame *f = vm->frame; f; f = f->prev) {
    if (v_isnull(f->handled_exc) || v_isnone(f->handled_exc)) continue;
    Value e = f->handled_exc;
    Value tb = v_isnull(f->handled_tb) ? v_none() : f->handled_tb;
    Tuple *t = tuple_from(vm, 3, (Value[]){v_obj(vm_class_of(vm, e)), e, tb});
    return t ? v_obj(t) : v_null();
  }
  Tuple *t = tuple_from(vm, 3, (Value[]){v_none(), v_none(), v_none()});
  return t ? v_obj(t) : v_null();
}

static Value sys_exc_clear(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'N', "exc_clear", argc, 0, 0)) return v_null();
  for (Frame *f = vm->frame; f; f = f->prev) {
    if (v_isnull(f->handled_exc) || v_isnone(f->handled_exc)) continue;
    f->handled_exc = v_null();
    f->handled_tb = v_null();
    break;
  }
  return v_none();
}

static Value sys_getrefcount(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'O', "getrefcount", argc, 1, 1)) return v_null();
  return v_int(2);
}

static Value sys_getdefaultencoding(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'N', "getdefaultencoding", argc, 0, 0)) return v_null();
  return v_obj(str_from_cstr(vm, "ascii"));
}

static Value sys_noop(VM *vm, int argc, Value *argv, Dict *kw) {
  return v_none();
}

static Value sys_getcheckinterval(VM *vm, int argc, Value *argv, Dict *kw) {
  return v_int(100);
}

/* ---- argv and path ------------------------------------------------------------------ */

void lib_set_argv(VM *vm, int argc, char **argv) {
  List *l = list_new(vm, 0);
  if (!l) { vm_exc_clear(vm); return; }
  for (int i = 0; i < argc; i++) list_append(vm, l, v_obj(str_from_cstr(vm, argv[i])));
  vm->sys_argv = l;
  if (vm->sys_module) set_val(vm, vm->sys_module->dict, "argv", v_obj(l));
}

void lib_set_path(VM *vm, const char *script_dir) {
  if (!vm->sys_path) {
    vm->sys_path = list_new(vm, 0);
    if (!vm->sys_path) { vm_exc_clear(vm); return; }
    if (vm->sys_module) set_val(vm, vm->sys_module->dict, "path", v_obj(vm->sys_path));
  }
  list_insert(vm, vm->sys_path, 0, v_obj(str_from_cstr(vm, script_dir ? script_dir : "")));
}

/* ---- the module ---------------------------------------------------------------------------- */

static void init_sys(VM *vm) {
  Module *m = vm_add_module(vm, "sys");
  if (!m) return;
  vm->sys_module = m;
  Dict *d = m->dict;

  vm_add_function(vm, d, "exit", sys_exit, 0, -1, false);
  vm_add_function(vm, d, "getrecursionlimit", sys_getrecursionlimit, 0, -1, false);
  vm_add_function(vm, d, "setrecursionlimit", sys_setrecursionlimit, 0, -1, false);
  vm_add_function(vm, d, "exc_info", sys_exc_info, 0, -1, false);
  vm_add_function(vm, d, "exc_clear", sys_exc_clear, 0, -1, false);
  vm_add_function(vm, d, "getrefcount", sys_getrefcount, 0, -1, false);
  vm_add_function(vm, d, "getdefaultencoding", sys_getdefaultencoding, 0, -1, false);
  vm_add_function(vm, d, "setcheckinterval", sys_noop, 1, 1, false);
  vm_add_function(vm, d, "getcheckinterval", sys_getcheckinterval, 0, 0, false);
  vm_add_function(vm, d, "settrace", sys_noop, 1, 1, false);
  vm_add_function(vm, d, "setprofile", sys_noop, 1, 1, false);

  if (!vm->sys_argv) vm->sys_argv = list_new(vm, 0);
  if (vm->sys_argv && vm->sys_argv->len == 0)
    list_append(vm, vm->sys_argv, v_obj(str_from_cstr(vm, "")));
  /* sys.path starts empty: lib_set_path adds the script's folder; import.c
  ** searches cfg.path after it. */
  if (!vm->sys_path) vm->sys_path = list_new(vm, 0);
  set_val(vm, d, "argv", vm->sys_argv ? v_obj(vm->sys_argv) : v_none());
  set_val(vm, d, "path", vm->sys_path ? v_obj(vm->sys_path) : v_none());
  set_val(vm, d, "modules", vm->modules ? v_obj(vm->modules) : v_none());
  set_val(vm, d, "stdout", vm->sys_stdout);
  set_val(vm, d, "stderr", vm->sys_stderr);
  set_val(vm, d, "stdin", vm->sys_stdin);
  set_val(vm, d, "__stdout__", vm->sys_stdout);
  set_val(vm, d, "__stderr__", vm->sys_stderr);
  set_val(vm, d, "__stdin__", vm->sys_stdin);

  set_val(vm, d, "maxint", v_int(INT64_MAX));
  set_val(vm, d, "maxsize", v_int(INT64_MAX));
  set_val(vm, d, "maxunicode", v_int(0x10ffff));
  set_str(vm, d, "version", RPYVM_SYS_VERSION);
  Tuple *vi = tuple_from(vm, 5, (Value[]){v_int(2), v_int(7), v_int(18),
                                          v_obj(str_from_cstr(vm, "final")), v_int(0)});
  if (vi) set_val(vm, d, "version_info", v_obj(vi));
  set_val(vm, d, "hexversion", v_int(0x020712f0));
  set_val(vm, d, "api_version", v_int(1013));
  set_str(vm, d, "platform", "linux2");
  set_str(vm, d, "byteorder", __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ ? "little" : "big");
  set_str(vm, d, "prefix", "");
  set_str(vm, d, "exec_prefix", "");
  set_val(vm, d, "dont_write_bytecode", v_bool(true));
  set_str(vm, d, "copyright", "Copyright (c) rpyvm authors.");
  char exe[4096];
  ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
  exe[n > 0 ? n : 0] = '\0';
  set_str(vm, d, "executable", exe);

  static const char *const builtin_names[] = {
    "__builtin__", "__main__", "math", "os", "sys", "time", NULL
  };
  int nb = 0;
  while (builtin_names[nb]) nb++;
  Tuple *bn = tuple_new(vm, nb);
  if (bn) {
    for (int i = 0; i < nb; i++) bn->items[i] = v_obj(str_from_cstr(vm, builtin_names[i]));
    set_val(vm, d, "builtin_module_names", v_obj(bn));
  }
}

void lib_init_modules(VM *vm) {
  lib_init_file(vm);
  init_sys(vm);
  if (vm->modules && vm->builtin_module)
    dict_set_str(vm, vm->modules, str_intern_cstr(vm, "__builtin__"), v_obj(vm->builtin_module));
  lib_init_os(vm);
  lib_init_math(vm);
  lib_init_time(vm);
  lib_init_jit(vm);
}
