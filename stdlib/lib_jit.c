/*
** lib_jit.c: the rpython.* packages as a program running on rpyvm sees them:
** rpython.rlib.jit (JitDriver, the hints and decorators, set_param),
** rpython.jit.codewriter.policy (JitPolicy), and the few helpers of
** rpython.rlib.objectmodel and rpython.rlib.rarithmetic that RPython-style
** interpreters import.
**
** In the interpreter the hints behave as untranslated RPython: decorators
** return the function unchanged (marking it with a `_<flag>_` attribute in
** Func.attrs for the JIT to read, see LIB_JIT_FLAGS), promote/hint return
** their argument, we_are_jitted() is False, and jit_merge_point checks its
** live variables against the driver's greens and reds (lib_jit_merge_point,
** the entry point the JIT hooks). set_param changes vm->cfg.jit.
*/
#include <string.h>

#include "lib.h"
#include "../vm/types.h"
#include "../gc/gc.h"
#include "../jit/jit_params.h"

#define EXC_PENDING(vm) (!v_isnull((vm)->exc))

static Str *intern(VM *vm, const char *s) { return str_intern_cstr(vm, s); }

static Value mod_attr(VM *vm, const char *module, const char *name) {
  Value m = dict_get_str(vm, vm->modules, intern(vm, module));
  if (m.tag != T_MODULE) return v_null();
  return dict_get_str(vm, AS_MODULE(m)->dict, intern(vm, name));
}

static Value raise_hint_error(VM *vm, Str *msg) {
  Value cls = mod_attr(vm, "rpython.rlib.jit", "JitHintError");
  Value a = v_obj(msg);
  if (cls.tag != T_CLASS) return vm_raise(vm, vm->exc_AssertionError, "%S", msg);
  return lib_raise_args(vm, AS_CLASS(cls), 1, &a);
}

/* ---- flags on functions ------------------------------------------------------------- */

static void set_flag(VM *vm, Value f, const char *flag, Value value) {
  if (f.tag == T_STATICMETHOD || f.tag == T_CLASSMETHOD) f = ((Wrapper *)f.u.o)->func;
  if (f.tag == T_FUNC) {
    Func *fn = AS_FUNC(f);
    if (!fn->attrs) fn->attrs = dict_new(vm);
    if (fn->attrs) dict_set_str(vm, fn->attrs, intern(vm, flag), value);
  } else if (f.tag == T_INSTANCE || f.tag == T_CLASS) {
    if (!vm_setattr(vm, f, intern(vm, flag), value)) vm_exc_clear(vm);
  }
}

bool lib_jit_has_flag(VM *vm, Value f, const char *flag) {
  if (f.tag == T_BOUND) f = ((Bound *)f.u.o)->func;
  if (f.tag != T_FUNC || !AS_FUNC(f)->attrs) return false;
  Value v = dict_get_str(vm, AS_FUNC(f)->attrs, intern(vm, flag));
  return !v_isnull(v) && !(v.tag == T_BOOL && v.u.i == 0) && !v_isnone(v);
}

/* A plain decorator: mark and return the function. */
#define MARKER(name, flag) \
  static Value d_##name(VM *vm, int argc, Value *argv, Dict *kw) { \
    if (!lib_nargs(vm, 'O', #name, argc, 1, 1)) return v_null(); \
    set_flag(vm, argv[0], flag, v_bool(true)); \
    return argv[0]; \
  }

MARKER(elidable, "_elidable_")
MARKER(dont_look_inside, "_dont_look_inside_")
MARKER(unroll_safe, "_unroll_safe_")
MARKER(look_inside, "_look_inside_")
MARKER(loop_invariant, "_loop_invariant_")
MARKER(not_rpython, "_not_rpython_")
MARKER(always_inline, "_always_inline_")
MARKER(dont_inline, "_dont_inline_")

/* A decorator made by a factory (oopspec(spec), elidable_promote(args), ...):
** a CFunc whose bound self is the tuple (flag, value, also-elidable). */
static Value apply_marker(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'O', "decorator", argc - 1, 1, 1)) return v_null();
  Tuple *t = AS_TUPLE(argv[0]);
  set_flag(vm, argv[1], AS_STR(t->items[0])->data, t->items[1]);
  if (t->items[2].tag == T_BOOL && t->items[2].u.i) set_flag(vm, argv[1], "_elidable_", v_bool(true));
  return argv[1];
}

static Value make_marker(VM *vm, const char *flag, Value value, bool elidable) {
  Tuple *t = tuple_from(vm, 3, (Value[]){v_obj(intern(vm, flag)), value, v_bool(elidable)});
  CFunc *c = t ? cfunc_new(vm, "decorator", apply_marker, 0, -1, false) : NULL;
  if (!c) return v_null();
  c->self = v_obj(t);
  return v_obj(c);
}

static Value d_oopspec(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'O', "oopspec", argc, 1, 1)) return v_null();
  return make_marker(vm, "_oopspec_", argv[0], false);
}

static Value d_elidable_promote(VM *vm, int argc, Value *argv, Dict *kw) {
  static const char *const kws[] = {"promote_args", NULL};
  if (!lib_nargs(vm, 'P', "elidable_promote", argc, 0, 1) || !lib_kw_check(vm, kw, kws))
    return v_null();
  Value a;
  if (!lib_arg(vm, argc, argv, kw, 0, "promote_args", "elidable_promote", &a)) return v_null();
  if (v_isnull(a)) a = v_obj(str_from_cstr(vm, "all"));
  return make_marker(vm, "_elidable_promote_", a, true);
}

static Value d_jit_callback(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'O', "jit_callback", argc, 1, 1)) return v_null();
  return make_marker(vm, "_jit_callback_", argv[0], false);
}

/* objectmodel.specialize.argtype(0) etc.: a decorator factory of any arguments. */
static Value d_specialize_any(VM *vm, int argc, Value *argv, Dict *kw) {
  return make_marker(vm, "_specialize_", v_bool(true), false);
}

static Value d_enforceargs(VM *vm, int argc, Value *argv, Dict *kw) {
  return make_marker(vm, "_enforceargs_", v_bool(true), false);
}

/* ---- hints ------------------------------------------------------------------------------- */

static Value h_identity(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'O', "promote", argc, 1, 1)) return v_null();
  return argv[0];
}

static Value h_hint(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "hint", argc, 1, 1)) return v_null();
  return argv[0];
}

static Value h_false(VM *vm, int argc, Value *argv, Dict *kw) {
  return v_bool(false);
}

static Value h_none(VM *vm, int argc, Value *argv, Dict *kw) {
  return v_none();
}

static Value h_we_are_jitted(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'N', "we_are_jitted", argc, 0, 0)) return v_null();
  return v_bool(false);
}

static Value h_current_trace_length(VM *vm, int argc, Value *argv, Dict *kw) {
  return v_int(-1);
}

/* conditional_call(cond, func, *args): func(*args) if cond. */
static Value h_conditional_call(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "conditional_call", argc, 2, -1)) return v_null();
  int t = vm_truthy(vm, argv[0]);
  if (t < 0) return v_null();
  if (!t) return v_none();
  Value r = vm_call(vm, argv[1], argc - 2, argv + 2, NULL);
  return v_isnull(r) ? r : v_none();
}

/* conditional_call_elidable(value, func, *args): value if not None else func(*args). */
static Value h_conditional_call_elidable(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "conditional_call_elidable", argc, 2, -1)) return v_null();
  if (!v_isnone(argv[0])) return argv[0];
  return vm_call(vm, argv[1], argc - 2, argv + 2, NULL);
}

/* record_exact_class(value, cls) / record_known_result(...): no-ops. */

/* ---- parameters ------------------------------------------------------------------------------ */

static Value j_set_param(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "set_param", argc, 3, 3)) return v_null();
  Value name = argv[1], value = argv[2];
  if (name.tag != T_STR)
    return vm_raise(vm, vm->exc_TypeError, "set_param() argument 2 must be string, not %s",
                    vm_type_name(vm, name));
  int idx = jit_param_index(AS_STR(name)->data);
  if (idx < 0) return vm_raise(vm, vm->exc_ValueError, "no such JIT parameter: %S", AS_STR(name));
  if (idx == JIT_P_enable_opts) {
    if (value.tag != T_STR)
      return vm_raise(vm, vm->exc_TypeError, "enable_opts expects a string, not %s",
                      vm_type_name(vm, value));
    vm->cfg.jit.v[idx] = strcmp(AS_STR(value)->data, "all") == 0 ? 1 : 0;
    return v_none();
  }
  int64_t n;
  if (!lib_to_int(vm, value, &n)) return v_null();
  vm->cfg.jit.v[idx] = n;
  return v_none();
}

static Value j_set_user_param(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "set_user_param", argc, 2, 2)) return v_null();
  if (argv[1].tag != T_STR)
    return vm_raise(vm, vm->exc_TypeError, "set_user_param() argument 2 must be string, not %s",
                    vm_type_name(vm, argv[1]));
  char err[256];
  if (jit_params_parse(&vm->cfg.jit, AS_STR(argv[1])->data, err, sizeof err) < 0)
    return vm_raise(vm, vm->exc_ValueError, "%s", err);
  return v_none();
}

/* ---- JitDriver ------------------------------------------------------------------------------------ */

static const char *const driver_kws[] = {
  "greens", "reds", "virtualizables", "get_jitcell_at", "set_jitcell_at",
  "get_printable_location", "confirm_enter_jit", "can_never_inline",
  "should_unroll_one_iteration", "name", "check_untranslated", "vectorize",
  "get_unique_id", "is_recursive", "get_location", NULL
};

static Value driver_init(VM *vm, int argc, Value *argv, Dict *kw) {
  if (argc < 1 || argv[0].tag != T_INSTANCE)
    return vm_raise(vm, vm->exc_TypeError, "JitDriver.__init__ needs an instance");
  Value self = argv[0];
  argc--; argv++;
  if (!lib_nargs(vm, 'P', "__init__", argc + 1, 1, 16) || !lib_kw_check(vm, kw, driver_kws))
    return v_null();
  Value a[15];
  for (int i = 0; i < 15; i++)
    if (!lib_arg(vm, argc, argv, kw, i, driver_kws[i], "__init__", &a[i])) return v_null();
  Class *cls = self.u.o->cls;
  /* greens / reds: arguments, else class attributes (RPython allows both). */
  Value greens = a[0], reds = a[1];
  if (v_isnull(greens) || v_isnone(greens)) greens = class_lookup(vm, cls, intern(vm, "greens"));
  if (v_isnull(reds) || v_isnone(reds)) reds = class_lookup(vm, cls, intern(vm, "reds"));
  if (v_isnull(greens) || v_isnone(greens)) greens = v_obj(list_new(vm, 0));
  if (v_isnull(reds) || v_isnone(reds))
    return raise_hint_error(vm, str_from_cstr(vm, "JitDriver needs reds"));
  bool autoreds = reds.tag == T_STR && strcmp(AS_STR(reds)->data, "auto") == 0;
  Value gl = vm_to_list(vm, greens);
  if (v_isnull(gl)) return gl;
  Value rl = autoreds ? v_obj(list_new(vm, 0)) : vm_to_list(vm, reds);
  if (v_isnull(rl)) return rl;
  for (int k = 0; k < 2; k++) {
    List *l = AS_LIST(k ? rl : gl);
    for (int64_t i = 0; i < l->len; i++) {
      if (l->items[i].tag != T_STR)
        return vm_raise(vm, vm->exc_TypeError, "JitDriver %s must be names (strings)",
                        k ? "reds" : "greens");
      l->items[i] = v_obj(str_intern(vm, AS_STR(l->items[i])));
    }
  }
  struct { const char *n; Value v; } attrs[] = {
    {"greens", gl}, {"reds", rl}, {"autoreds", v_bool(autoreds)},
    {"numreds", autoreds ? v_none() : v_int(AS_LIST(rl)->len)},
    {"virtualizables", v_isnull(a[2]) ? v_obj(list_new(vm, 0)) : a[2]},
    {"get_printable_location", v_isnull(a[5]) ? v_none() : a[5]},
    {"confirm_enter_jit", v_isnull(a[6]) ? v_none() : a[6]},
    {"can_never_inline", v_isnull(a[7]) ? v_none() : a[7]},
    {"should_unroll_one_iteration", v_isnull(a[8]) ? v_none() : a[8]},
    {"name", v_isnull(a[9]) ? v_obj(str_from_cstr(vm, "jitdriver")) : a[9]},
    {"check_untranslated", v_isnull(a[10]) ? v_bool(true) : a[10]},
    {"vectorize", v_isnull(a[11]) ? v_bool(false) : a[11]},
    {"get_unique_id", v_isnull(a[12]) ? v_none() : a[12]},
    {"is_recursive", v_isnull(a[13]) ? v_bool(false) : a[13]},
    {"get_location", v_isnull(a[14]) ? v_none() : a[14]},
  };
  for (size_t i = 0; i < sizeof attrs / sizeof attrs[0]; i++)
    if (!vm_setattr(vm, self, intern(vm, attrs[i].n), attrs[i].v)) return v_null();
  return v_none();
}

static Value driver_ctor(VM *vm, int argc, Value *argv, Dict *kw) {
  Class *cls = AS_CLASS(argv[0]);
  Instance *o = instance_new(vm, cls);
  if (!o) return v_null();
  Value init = class_lookup(vm, cls, vm->s___init__);
  if (init.tag == T_FUNC) return v_obj(o);  /* a subclass's __init__ runs next */
  argv[0] = v_obj(o);
  Value r = driver_init(vm, argc, argv, kw);
  argv[0] = v_obj(cls);
  return v_isnull(r) ? r : v_obj(o);
}

static bool name_in(Str *k, List *l) {
  for (int64_t i = 0; i < l->len; i++) {
    Value x = l->items[i];
    if (x.tag == T_STR && (AS_STR(x) == k || str_eq(AS_STR(x), k))) return true;
  }
  return false;
}

static Value sorted_names(VM *vm, List *a, List *b) {
  List *l = list_new(vm, 0);
  if (!l) return v_null();
  if (a) for (int64_t i = 0; i < a->len; i++) list_append(vm, l, a->items[i]);
  if (b) for (int64_t i = 0; i < b->len; i++) list_append(vm, l, b->items[i]);
  if (!list_sort(vm, l, v_null(), v_null(), false)) return v_null();
  return v_obj(l);
}

Value lib_jit_merge_point(VM *vm, Value driver, Dict *live) {
  if (driver.tag != T_INSTANCE) return v_none();
  Instance *o = AS_INSTANCE(driver);
  Value g, r, ar, chk;
  if (o->map != vm->mp_cache.map && o->map->owner) {
    /* once per driver layout: where the four fields live */
    Str *names[4] = {vm->s_greens, vm->s_reds, vm->s_autoreds, vm->s_check_untranslated};
    bool all = true;
    for (int i = 0; i < 4; i++)
      all = (vm->mp_cache.slot[i] = map_lookup(vm, o->map, names[i])) >= 0 && all;
    vm->mp_cache.map = all ? o->map : NULL;
  }
  if (o->map == vm->mp_cache.map) {
    g = o->slots[vm->mp_cache.slot[0]];
    r = o->slots[vm->mp_cache.slot[1]];
    ar = o->slots[vm->mp_cache.slot[2]];
    chk = o->slots[vm->mp_cache.slot[3]];
  } else {
    g = instance_getattr_slot(o, vm->s_greens);
    r = instance_getattr_slot(o, vm->s_reds);
    ar = instance_getattr_slot(o, vm->s_autoreds);
    chk = instance_getattr_slot(o, vm->s_check_untranslated);
  }
  if (g.tag != T_LIST || r.tag != T_LIST) return v_none();
  if (chk.tag == T_BOOL && !chk.u.i) return v_none();
  bool autoreds = ar.tag == T_BOOL && ar.u.i;
  List *gl = AS_LIST(g), *rl = autoreds ? NULL : AS_LIST(r);
  int64_t expected = gl->len + (rl ? rl->len : 0);
  int64_t n = live ? live->used : 0;
  bool ok = n == expected;
  if (ok && live) {
    Value k, v;
    for (int64_t pos = 0; ok && dict_next(live, &pos, &k, &v);)
      ok = k.tag == T_STR && (name_in(AS_STR(k), gl) || (rl && name_in(AS_STR(k), rl)));
  }
  if (ok) return v_none();
  Value have = live ? v_obj(dict_keys(vm, live)) : v_obj(list_new(vm, 0));
  if (v_isnull(have) || !list_sort(vm, AS_LIST(have), v_null(), v_null(), false)) return v_null();
  Value want = sorted_names(vm, gl, rl);
  if (v_isnull(want)) return want;
  Value name = instance_getattr_slot(o, intern(vm, "name"));
  Str *ns = v_isnull(name) ? str_from_cstr(vm, "jitdriver") : vm_str(vm, name);
  if (!ns) return v_null();
  Str *msg = str_printf(vm, "%S: wrong live variables %R, expected %R", ns, &have, &want);
  if (!msg) return v_null();
  return raise_hint_error(vm, msg);
}

static Value driver_merge_point(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "jit_merge_point", argc, 1, 1)) return v_null();
  return lib_jit_merge_point(vm, argv[0], kw);
}

static Value driver_can_enter_jit(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "can_enter_jit", argc, 1, 1)) return v_null();
  return lib_jit_merge_point(vm, argv[0], kw);
}

/* driver.set_param(name, value), driver.set_user_param(text): the module
** functions with the driver as first argument. */
static Value driver_set_param(VM *vm, int argc, Value *argv, Dict *kw) {
  return j_set_param(vm, argc, argv, kw);
}

static Value driver_set_user_param(VM *vm, int argc, Value *argv, Dict *kw) {
  return j_set_user_param(vm, argc, argv, kw);
}

static Value driver_noop(VM *vm, int argc, Value *argv, Dict *kw) {
  return v_none();
}

/* ---- JitPolicy, JitHookInterface, Counters -------------------------------------------------------------- */

static Value policy_init(VM *vm, int argc, Value *argv, Dict *kw) {
  static const char *const kws[] = {"jithookiface", NULL};
  if (argc < 1) return vm_raise(vm, vm->exc_TypeError, "JitPolicy.__init__ needs an instance");
  if (!lib_nargs(vm, 'P', "__init__", argc, 1, 2) || !lib_kw_check(vm, kw, kws)) return v_null();
  Value h;
  if (!lib_arg(vm, argc - 1, argv + 1, kw, 0, "jithookiface", "__init__", &h)) return v_null();
  if (!vm_setattr(vm, argv[0], intern(vm, "jithookiface"), v_isnull(h) ? v_none() : h))
    return v_null();
  return v_none();
}

static Value policy_ctor(VM *vm, int argc, Value *argv, Dict *kw) {
  Class *cls = AS_CLASS(argv[0]);
  Instance *o = instance_new(vm, cls);
  if (!o) return v_null();
  Value init = class_lookup(vm, cls, vm->s___init__);
  if (init.tag == T_FUNC) return v_obj(o);
  argv[0] = v_obj(o);
  Value r = policy_init(vm, argc, argv, kw);
  argv[0] = v_obj(cls);
  return v_isnull(r) ? r : v_obj(o);
}

static Value policy_true(VM *vm, int argc, Value *argv, Dict *kw) {
  return v_bool(true);
}

static const char *const counter_names[] = {
  "TRACING", "BACKEND", "OPS", "HEAPCACHED_OPS", "RECORDED_OPS", "GUARDS", "OPT_OPS",
  "OPT_GUARDS", "OPT_GUARDS_SHARED", "OPT_FORCINGS", "OPT_VECTORIZE_TRY", "OPT_VECTORIZED",
  "ABORT_TOO_LONG", "ABORT_BRIDGE", "ABORT_BAD_LOOP", "ABORT_ESCAPE",
  "ABORT_FORCE_QUASIIMMUT", "ABORT_SEGMENTED_TRACE", "NVIRTUALS", "NVHOLES", "NVREUSED",
  "TOTAL_COMPILED_LOOPS", "TOTAL_COMPILED_BRIDGES", "TOTAL_FREED_LOOPS",
  "TOTAL_FREED_BRIDGES", NULL
};

/* ---- module setup ---------------------------------------------------------------------------------------- */

static Module *package(VM *vm, const char *name) {
  Module *m = vm_add_module(vm, name);
  if (m && v_isnull(dict_get_str(vm, m->dict, vm->s___path__)))
    dict_set_str(vm, m->dict, vm->s___path__, v_obj(list_new(vm, 0)));
  return m;
}

static void link_child(VM *vm, Module *parent, const char *child, Module *m) {
  if (parent && m) dict_set_str(vm, parent->dict, intern(vm, child), v_obj(m));
}

static void fn(VM *vm, Dict *d, const char *name, CFn f, bool kw) {
  vm_add_function(vm, d, name, f, 0, -1, kw);
}

static void init_rlib_jit(VM *vm, Module *m) {
  Dict *d = m->dict;
  fn(vm, d, "elidable", d_elidable, false);
  fn(vm, d, "purefunction", d_elidable, false);
  fn(vm, d, "dont_look_inside", d_dont_look_inside, false);
  fn(vm, d, "look_inside", d_look_inside, false);
  fn(vm, d, "unroll_safe", d_unroll_safe, false);
  fn(vm, d, "loop_invariant", d_loop_invariant, false);
  fn(vm, d, "not_rpython", d_not_rpython, false);
  fn(vm, d, "elidable_promote", d_elidable_promote, true);
  fn(vm, d, "purefunction_promote", d_elidable_promote, true);
  fn(vm, d, "oopspec", d_oopspec, false);
  fn(vm, d, "jit_callback", d_jit_callback, false);
  fn(vm, d, "promote", h_identity, false);
  fn(vm, d, "promote_string", h_identity, false);
  fn(vm, d, "promote_unicode", h_identity, false);
  fn(vm, d, "hint", h_hint, true);
  fn(vm, d, "we_are_jitted", h_we_are_jitted, false);
  fn(vm, d, "isconstant", h_false, false);
  fn(vm, d, "isvirtual", h_false, false);
  fn(vm, d, "assert_green", h_none, false);
  fn(vm, d, "jit_debug", h_none, false);
  fn(vm, d, "record_exact_class", h_none, false);
  fn(vm, d, "record_known_result", h_none, false);
  fn(vm, d, "enter_portal_frame", h_none, false);
  fn(vm, d, "leave_portal_frame", h_none, false);
  fn(vm, d, "current_trace_length", h_current_trace_length, false);
  fn(vm, d, "conditional_call", h_conditional_call, false);
  fn(vm, d, "conditional_call_elidable", h_conditional_call_elidable, false);
  fn(vm, d, "set_param", j_set_param, false);
  fn(vm, d, "set_user_param", j_set_user_param, false);

  /* PARAMETERS: name -> default, as RPython's dict. */
  Dict *params = dict_new(vm);
  if (params) {
    for (int i = 0; i < JIT_P__COUNT; i++) {
      Value v = i == JIT_P_enable_opts ? v_obj(str_from_cstr(vm, "all"))
                                       : v_int(jit_param_defaults[i]);
      dict_set_str(vm, params, intern(vm, jit_param_names[i]), v);
    }
    dict_set_str(vm, d, intern(vm, "PARAMETERS"), v_obj(params));
  }

  Class *hint_err = class_new(vm, intern(vm, "JitHintError"),
                              tuple_from(vm, 1, (Value[]){v_obj(vm->exc_Exception)}), NULL);
  if (hint_err) {
    hint_err->module = intern(vm, "rpython.rlib.jit");
    dict_set_str(vm, hint_err->dict, vm->s___module__, v_obj(hint_err->module));
    dict_set_str(vm, d, intern(vm, "JitHintError"), v_obj(hint_err));
  }
  vm_exc_clear(vm);

  Class *drv = lib_class(vm, "JitDriver", NULL, "rpython.rlib.jit");
  if (drv) {
    drv->ctor = driver_ctor;
    vm_add_method(vm, drv, "__init__", driver_init, 0, -1, true);
    vm_add_method(vm, drv, "jit_merge_point", driver_merge_point, 0, 0, true);
    vm_add_method(vm, drv, "can_enter_jit", driver_can_enter_jit, 0, 0, true);
    vm_add_method(vm, drv, "loop_header", driver_noop, 0, 0, false);
    vm_add_method(vm, drv, "set_param", driver_set_param, 2, 2, false);
    vm_add_method(vm, drv, "set_user_param", driver_set_user_param, 1, 1, false);
    vm_add_method(vm, drv, "inline", driver_noop, 0, -1, true);
    vm_add_method(vm, drv, "clone", driver_noop, 0, 0, false);
    dict_set_str(vm, d, intern(vm, "JitDriver"), v_obj(drv));
    vm->cls_jitdriver = drv;
  }

  Class *hooks = lib_class(vm, "JitHookInterface", NULL, "rpython.rlib.jit");
  if (hooks) {
    static const char *const cbs[] = {"on_abort", "on_trace_too_long", "before_compile",
                                      "before_compile_bridge", "after_compile",
                                      "after_compile_bridge", NULL};
    for (int i = 0; cbs[i]; i++) vm_add_method(vm, hooks, cbs[i], driver_noop, 0, -1, true);
    vm_add_method(vm, hooks, "are_hooks_enabled", policy_true, 0, 0, false);
    dict_set_str(vm, d, intern(vm, "JitHookInterface"), v_obj(hooks));
  }

  Class *counters = lib_class(vm, "Counters", NULL, "rpython.rlib.jit");
  if (counters) {
    int n = 0;
    for (; counter_names[n]; n++)
      dict_set_str(vm, counters->dict, intern(vm, counter_names[n]), v_int(n));
    dict_set_str(vm, counters->dict, intern(vm, "ncounters"), v_int(n));
    Tuple *names = tuple_new(vm, n);
    if (names) {
      for (int i = 0; i < n; i++) names->items[i] = v_obj(str_from_cstr(vm, counter_names[i]));
      dict_set_str(vm, counters->dict, intern(vm, "counter_names"), v_obj(names));
    }
    dict_set_str(vm, d, intern(vm, "Counters"), v_obj(counters));
  }
}

static void init_policy(VM *vm, Module *m) {
  Class *p = lib_class(vm, "JitPolicy", NULL, "rpython.jit.codewriter.policy");
  if (!p) return;
  p->ctor = policy_ctor;
  vm_add_method(vm, p, "__init__", policy_init, 0, -1, true);
  vm_add_method(vm, p, "look_inside_function", policy_true, 1, 1, false);
  vm_add_method(vm, p, "look_inside_graph", policy_true, 1, 1, false);
  dict_set_str(vm, m->dict, intern(vm, "JitPolicy"), v_obj(p));
}

static Value om_we_are_translated(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'N', "we_are_translated", argc, 0, 0)) return v_null();
  return v_bool(false);
}

static Value ra_identity(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'O', "intmask", argc, 1, 1)) return v_null();
  Value x = argv[0];
  if (x.tag == T_BOOL) return v_int(x.u.i);
  return x;
}

static void init_objectmodel(VM *vm, Module *m) {
  Dict *d = m->dict;
  fn(vm, d, "we_are_translated", om_we_are_translated, false);
  fn(vm, d, "not_rpython", d_not_rpython, false);
  fn(vm, d, "always_inline", d_always_inline, false);
  fn(vm, d, "dont_inline", d_dont_inline, false);
  fn(vm, d, "enforceargs", d_enforceargs, true);
  /* specialize.argtype(0), specialize.memo(), ...: a namespace of decorator factories. */
  Class *sp = lib_class(vm, "specialize", NULL, "rpython.rlib.objectmodel");
  if (sp) {
    static const char *const kinds[] = {"memo", "arg", "argtype", "ll", "ll_and_arg",
                                        "call_location", "arglistitemtype", "c_call", NULL};
    for (int i = 0; kinds[i]; i++)
      vm_add_function(vm, sp->dict, kinds[i], d_specialize_any, 0, -1, true);
    dict_set_str(vm, d, intern(vm, "specialize"), v_obj(sp));
  }
}

static void init_rarithmetic(VM *vm, Module *m) {
  Dict *d = m->dict;
  fn(vm, d, "intmask", ra_identity, false);
  fn(vm, d, "ovfcheck", ra_identity, false);
  dict_set_str(vm, d, intern(vm, "LONG_BIT"), v_int(64));
  dict_set_str(vm, d, intern(vm, "maxint"), v_int(INT64_MAX));
}

void lib_init_jit(VM *vm) {
  Module *rpython = package(vm, "rpython");
  Module *rlib = package(vm, "rpython.rlib");
  Module *rjit = vm_add_module(vm, "rpython.rlib.jit");
  Module *om = vm_add_module(vm, "rpython.rlib.objectmodel");
  Module *ra = vm_add_module(vm, "rpython.rlib.rarithmetic");
  Module *jit = package(vm, "rpython.jit");
  Module *cw = package(vm, "rpython.jit.codewriter");
  Module *pol = vm_add_module(vm, "rpython.jit.codewriter.policy");
  link_child(vm, rpython, "rlib", rlib);
  link_child(vm, rlib, "jit", rjit);
  link_child(vm, rlib, "objectmodel", om);
  link_child(vm, rlib, "rarithmetic", ra);
  link_child(vm, rpython, "jit", jit);
  link_child(vm, jit, "codewriter", cw);
  link_child(vm, cw, "policy", pol);
  if (rjit) init_rlib_jit(vm, rjit);
  if (om) init_objectmodel(vm, om);
  if (ra) init_rarithmetic(vm, ra);
  if (pol) init_policy(vm, pol);
  vm_exc_clear(vm);
}
