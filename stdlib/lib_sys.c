/*
** lib_sys.c: the sys module (argv, exit, maxint, std streams, modules, path,
** version, exc_info, recursion limit, ...) and lib_init_modules, which
** registers every builtin C module: sys, os, os.path, math, time and the
** rpython.* packages.
*/
#include <float.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lib.h"
#include "lib_std.h"
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
  Value tb;
  Value e = vm_handled_exception(vm, &tb);   /* interpreter area (interp.c) */
  if (!v_isnull(e)) {
    Tuple *t = tuple_from(vm, 3, (Value[]){v_obj(vm_class_of(vm, e)), e, tb});
    return t ? v_obj(t) : v_null();
  }
  Tuple *t = tuple_from(vm, 3, (Value[]){v_none(), v_none(), v_none()});
  return t ? v_obj(t) : v_null();
}

static Value sys_exc_clear(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'N', "exc_clear", argc, 0, 0)) return v_null();
  vm_exc_info_clear(vm);   /* interpreter area (exc.c) */
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

static Value sys_none0(VM *vm, int argc, Value *argv, Dict *kw) {
  return v_none();
}

static Value sys_getfilesystemencoding(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'N', "getfilesystemencoding", argc, 0, 0)) return v_null();
  return v_obj(str_from_cstr(vm, "UTF-8"));
}

/* getsizeof(object[, default]): CPython 2.7's sizes on a 64-bit build for the
** common types (an estimate for the others). */
static Value sys_getsizeof(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "getsizeof", argc, 1, 2)) return v_null();
  Value v = argv[0];
  int64_t n = 0;
  switch (v.tag) {
  case T_NONE: n = 16; break;
  case T_BOOL: case T_INT: n = 24; break;
  case T_FLOAT: n = 24; break;
  case T_STR: n = 37 + AS_STR(v)->len; break;
  case T_TUPLE: n = 56 + 8 * AS_TUPLE(v)->len; break;
  case T_LIST: n = 72 + 8 * AS_LIST(v)->cap; break;
  case T_DICT: n = AS_DICT(v)->used <= 5 ? 280 : 280 + 24 * AS_DICT(v)->cap; break;
  case T_SET: case T_FROZENSET: n = 232; break;
  default: n = 64; break;
  }
  return v_int(n);
}

/* excepthook(type, value, traceback): print the exception as the top level does. */
static Value sys_excepthook(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'U', "excepthook", argc, 3, 3)) return v_null();
  Traceback *tb = argv[2].tag == T_TRACEBACK ? (Traceback *)argv[2].u.o : NULL;
  vm_print_exception(vm, argv[1], tb);
  return v_none();
}

static Value sys_getcheckinterval(VM *vm, int argc, Value *argv, Dict *kw) {
  return v_int(100);
}

/* ---- struct sequences ------------------------------------------------------------- */
/* CPython's structseq: a tuple subclass whose first nvisible items are the
** sequence and whose named fields are read-only attributes. Fields past
** nvisible live in the same tuple allocation after len (hidden items). A
** field's property getter is ss_getters[i]: the repr finds the field names
** by looking for those getters in the class dict. */

static Value ss_field(VM *vm, Value self, int i) {
  if (self.tag != T_TUPLE) return v_none();
  return AS_TUPLE(self)->items[i];
}

#define SS_GETTER(i) \
  static Value ss_get##i(VM *vm, int argc, Value *argv, Dict *kw) { \
    return ss_field(vm, argv[0], i); \
  }
SS_GETTER(0) SS_GETTER(1) SS_GETTER(2) SS_GETTER(3) SS_GETTER(4) SS_GETTER(5)
SS_GETTER(6) SS_GETTER(7) SS_GETTER(8) SS_GETTER(9) SS_GETTER(10) SS_GETTER(11)
SS_GETTER(12) SS_GETTER(13) SS_GETTER(14) SS_GETTER(15)
#define SS_MAX 16
static const CFn ss_getters[SS_MAX] = {
  ss_get0, ss_get1, ss_get2, ss_get3, ss_get4, ss_get5, ss_get6, ss_get7, ss_get8, ss_get9,
  ss_get10, ss_get11, ss_get12, ss_get13, ss_get14, ss_get15
};

static int64_t ss_count(VM *vm, Class *c, const char *what) {
  Value v = class_lookup(vm, c, str_intern_cstr(vm, what));
  return v.tag == T_INT ? v.u.i : 0;
}

/* Field names of a struct sequence class by item index (NULL: unnamed). */
static void ss_names(VM *vm, Class *c, Str **names) {
  for (int i = 0; i < SS_MAX; i++) names[i] = NULL;
  for (int64_t mi = 0; mi < c->mro->len; mi++) {
    Class *k = AS_CLASS(c->mro->items[mi]);
    Value key, val;
    for (int64_t pos = 0; dict_next(k->dict, &pos, &key, &val); ) {
      if (val.tag != T_PROPERTY || key.tag != T_STR) continue;
      Value g = ((Property *)val.u.o)->fget;
      if (g.tag != T_CFUNC) continue;
      for (int i = 0; i < SS_MAX; i++)
        if (AS_CFUNC(g)->fn == ss_getters[i] && !names[i]) names[i] = AS_STR(key);
    }
    if (names[0]) break;
  }
}

static Value ss_repr(VM *vm, int argc, Value *argv, Dict *kw) {
  Value self = argv[0];
  if (self.tag != T_TUPLE) return vm_raise(vm, vm->exc_TypeError, "bad struct sequence");
  Class *c = self.u.o->cls;
  Str *names[SS_MAX];
  ss_names(vm, c, names);
  Str *members[SS_MAX];
  int nm = 0;
  for (int i = 0; i < SS_MAX; i++)
    if (names[i]) members[nm++] = names[i];
  SBuf b;
  sbuf_init(&b);
  if (c->module) { sbuf_putstr(&b, c->module); sbuf_putc(&b, '.'); }
  sbuf_putstr(&b, c->name);
  sbuf_putc(&b, '(');
  Tuple *t = AS_TUPLE(self);
  for (int64_t i = 0; i < t->len && i < nm; i++) {
    if (i) sbuf_puts(&b, ", ");
    sbuf_putstr(&b, members[i]);
    sbuf_putc(&b, '=');
    Str *r = vm_repr(vm, t->items[i]);
    if (!r) { sbuf_free(&b); return v_null(); }
    sbuf_putstr(&b, r);
  }
  sbuf_putc(&b, ')');
  Str *r = sbuf_finish(vm, &b);
  return r ? v_obj(r) : v_null();
}

static Value ss_reduce(VM *vm, int argc, Value *argv, Dict *kw) {
  Tuple *t = AS_TUPLE(argv[0]);
  Value seq = v_obj(tuple_from(vm, t->len, t->items));
  Tuple *args = tuple_from(vm, 1, &seq);
  if (!args) return v_null();
  Tuple *r = tuple_from(vm, 2, (Value[]){v_obj(t->h.cls), v_obj(args)});
  return r ? v_obj(r) : v_null();
}

/* cls(sequence): an n_sequence_fields..n_fields sequence; missing hidden
** fields are None. */
static Value ss_ctor(VM *vm, int argc, Value *argv, Dict *kw) {
  Class *cls = AS_CLASS(argv[0]);
  argc--; argv++;
  if (!lib_nargs(vm, 'P', "structseq", argc, 1, 2)) return v_null();
  int64_t nf = ss_count(vm, cls, "n_fields"), ns = ss_count(vm, cls, "n_sequence_fields");
  Value seq = vm_to_tuple(vm, argv[0]);
  if (v_isnull(seq)) {
    if (vm_exc_matches(vm, vm->exc_TypeError)) {
      vm_exc_clear(vm);
      return vm_raise(vm, vm->exc_TypeError, "constructor requires a sequence");
    }
    return seq;
  }
  Tuple *in = AS_TUPLE(seq);
  char full[128];
  snprintf(full, sizeof full, "%s%s%s", cls->module ? cls->module->data : "",
           cls->module ? "." : "", cls->name->data);
  if (in->len < ns) {
    if (ns == nf)
      return vm_raise(vm, vm->exc_TypeError, "%s() takes a %lld-sequence (%lld-sequence given)",
                      full, (long long)ns, (long long)in->len);
    return vm_raise(vm, vm->exc_TypeError,
                    "%s() takes an at least %lld-sequence (%lld-sequence given)", full,
                    (long long)ns, (long long)in->len);
  }
  if (in->len > nf) {
    if (ns == nf)
      return vm_raise(vm, vm->exc_TypeError, "%s() takes a %lld-sequence (%lld-sequence given)",
                      full, (long long)ns, (long long)in->len);
    return vm_raise(vm, vm->exc_TypeError,
                    "%s() takes an at most %lld-sequence (%lld-sequence given)", full,
                    (long long)nf, (long long)in->len);
  }
  Value items[SS_MAX];
  for (int64_t i = 0; i < nf && i < SS_MAX; i++) items[i] = i < in->len ? in->items[i] : v_none();
  return lib_structseq_new(vm, cls, items);
}

Class *lib_structseq_class(VM *vm, const char *name, const char *module,
                           const char *const *fields, int nfields, int nvisible) {
  if (nfields > SS_MAX) nfields = SS_MAX;
  Class *c = class_new_builtin(vm, name, vm->cls[T_TUPLE], T_TUPLE, 0);
  if (!c) { vm_exc_clear(vm); return NULL; }
  /* CLS_BUILTIN (repr <type 'time.struct_time'>): tuple_repr calls the C __repr__. */
  c->module = str_intern_cstr(vm, module);
  dict_set_str(vm, c->dict, vm->s___module__, v_obj(c->module));
  dict_set_str(vm, c->dict, vm->s___doc__, v_none());
  c->ctor = ss_ctor;
  int unnamed = 0;
  for (int i = 0; i < nfields; i++) {
    if (fields[i]) vm_add_property(vm, c, fields[i], ss_getters[i], NULL);
    else unnamed++;
  }
  set_val(vm, c->dict, "n_fields", v_int(nfields));
  set_val(vm, c->dict, "n_sequence_fields", v_int(nvisible));
  set_val(vm, c->dict, "n_unnamed_fields", v_int(unnamed));
  vm_add_method(vm, c, "__repr__", ss_repr, 0, 0, false);
  vm_add_method(vm, c, "__reduce__", ss_reduce, 0, 0, false);
  class_update_flags(vm, c);
  vm_exc_clear(vm);
  return c;
}

Value lib_structseq_new(VM *vm, Class *cls, const Value *items) {
  int64_t nf = ss_count(vm, cls, "n_fields"), ns = ss_count(vm, cls, "n_sequence_fields");
  Tuple *t = tuple_from(vm, nf, items);
  if (!t) return v_null();
  t->len = ns;          /* the hidden fields stay in the allocation */
  t->h.cls = cls;
  return v_obj(t);
}

/* The struct sequence class `name` stored in module `module` (NULL if absent). */
Class *lib_structseq_lookup(VM *vm, const char *module, const char *name) {
  Value m = dict_get_str(vm, vm->modules, str_intern_cstr(vm, module));
  if (m.tag != T_MODULE) return NULL;
  Value c = dict_get_str(vm, AS_MODULE(m)->dict, str_intern_cstr(vm, name));
  return c.tag == T_CLASS ? AS_CLASS(c) : NULL;
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
  /* Interpreter area: as CPython 2's PySys_SetArgv, the script's folder is
  ** absolute and symlink-resolved (realpath of sys.argv[0] when it names
  ** the script in script_dir, else of script_dir); '' stays '' (-c, stdin). */
  const char *d = script_dir ? script_dir : "";
  char resolved[PATH_MAX];
  bool done = false;
  if (vm->sys_argv && vm->sys_argv->len > 0 && vm->sys_argv->items[0].tag == T_STR) {
    const char *a0 = AS_STR(vm->sys_argv->items[0])->data;
    const char *sl = strrchr(a0, '/');
    size_t dl = sl ? (size_t)(sl - a0) : 0;
    struct stat st;
    if (strcmp(a0, "-c") != 0 && strcmp(a0, "-") != 0 && strlen(d) == dl &&
        strncmp(a0, d, dl) == 0 && stat(a0, &st) == 0 && S_ISREG(st.st_mode) &&
        realpath(a0, resolved)) {
      char *rs = strrchr(resolved, '/');
      if (rs == resolved) rs[1] = '\0';
      else if (rs) *rs = '\0';
      d = resolved;
      done = true;
    }
  }
  if (!done && *d && realpath(d, resolved)) d = resolved;
  list_insert(vm, vm->sys_path, 0, v_obj(str_from_cstr(vm, d)));
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
  vm_add_function(vm, d, "gettrace", sys_none0, 0, 0, false);
  vm_add_function(vm, d, "getprofile", sys_none0, 0, 0, false);
  vm_add_function(vm, d, "getfilesystemencoding", sys_getfilesystemencoding, 0, -1, false);
  vm_add_function(vm, d, "getsizeof", sys_getsizeof, 0, -1, false);
  vm_add_function(vm, d, "excepthook", sys_excepthook, 0, -1, false);
  set_val(vm, d, "__excepthook__", dict_get_str(vm, d, str_intern_cstr(vm, "excepthook")));
  set_val(vm, d, "meta_path", v_obj(list_new(vm, 0)));
  set_val(vm, d, "path_hooks", v_obj(list_new(vm, 0)));
  set_val(vm, d, "path_importer_cache", v_obj(dict_new(vm)));
  set_val(vm, d, "warnoptions", v_obj(list_new(vm, 0)));

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
  static const char *const vi_fields[] = {"major", "minor", "micro", "releaselevel", "serial"};
  Class *vic = lib_structseq_class(vm, "version_info", "sys", vi_fields, 5, 5);
  if (vic) {
    Value vi = lib_structseq_new(vm, vic, (Value[]){v_int(2), v_int(7), v_int(18),
                                                    v_obj(str_from_cstr(vm, "final")), v_int(0)});
    if (!v_isnull(vi)) set_val(vm, d, "version_info", vi);
  }
  static const char *const fi_fields[] = {"max", "max_exp", "max_10_exp", "min", "min_exp",
                                          "min_10_exp", "dig", "mant_dig", "epsilon", "radix",
                                          "rounds"};
  Class *fic = lib_structseq_class(vm, "float_info", "sys", fi_fields, 11, 11);
  if (fic) {
    Value fi = lib_structseq_new(vm, fic, (Value[]){
      v_float(DBL_MAX), v_int(DBL_MAX_EXP), v_int(DBL_MAX_10_EXP), v_float(DBL_MIN),
      v_int(DBL_MIN_EXP), v_int(DBL_MIN_10_EXP), v_int(DBL_DIG), v_int(DBL_MANT_DIG),
      v_float(DBL_EPSILON), v_int(FLT_RADIX), v_int(FLT_ROUNDS)});
    if (!v_isnull(fi)) set_val(vm, d, "float_info", fi);
  }
  static const char *const li_fields[] = {"bits_per_digit", "sizeof_digit"};
  Class *lic = lib_structseq_class(vm, "long_info", "sys", li_fields, 2, 2);
  if (lic) {
    Value li = lib_structseq_new(vm, lic, (Value[]){v_int(30), v_int(4)});
    if (!v_isnull(li)) set_val(vm, d, "long_info", li);
  }
  static const char *const fl_fields[] = {
    "debug", "py3k_warning", "division_warning", "division_new", "inspect", "interactive",
    "optimize", "dont_write_bytecode", "no_user_site", "no_site", "ignore_environment",
    "tabcheck", "verbose", "unicode", "bytes_warning", "hash_randomization"};
  Class *flc = lib_structseq_class(vm, "flags", "sys", fl_fields, 16, 16);
  if (flc) {
    Value fv[16];
    for (int i = 0; i < 16; i++) fv[i] = v_int(i == 7);
    Value fl = lib_structseq_new(vm, flc, fv);
    if (!v_isnull(fl)) set_val(vm, d, "flags", fl);
  }
  set_str(vm, d, "float_repr_style", "short");
  set_val(vm, d, "py3kwarning", v_bool(false));
  set_val(vm, d, "subversion", v_obj(tuple_from(vm, 3, (Value[]){
    v_obj(str_from_cstr(vm, "CPython")), v_obj(str_from_cstr(vm, "")),
    v_obj(str_from_cstr(vm, ""))})));
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
  lib_init_stdlib(vm);   /* standard-library area (lib_std.h) */
}
