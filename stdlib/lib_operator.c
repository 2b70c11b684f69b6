/*
** lib_operator.c: the operator module (the function forms of every operator,
** itemgetter / attrgetter / methodcaller) and _functools.partial, as CPython
** 2.7's operator.c and _functoolsmodule.c, with the same error messages. Also
** the helpers the standard-library C files share (std_*), the os.path
** functions the foundation lacks (walk, defpath, devnull) and
** lib_init_stdlib, which registers the whole standard-library area.
*/
#include <string.h>

#include "lib.h"
#include "lib_std.h"
#include "../vm/types.h"
#include "../gc/gc.h"

/* ---- shared helpers ------------------------------------------------------------ */

void std_set(VM *vm, Dict *d, const char *name, Value v) {
  dict_set_str(vm, d, str_intern_cstr(vm, name), v);
}

CFn std_ctor_of(Class *cls) {
  if (cls->ctor) return cls->ctor;
  Tuple *mro = cls->mro;
  if (!mro) return NULL;
  for (int64_t i = 0; i < mro->len; i++) {
    CFn c = AS_CLASS(mro->items[i])->ctor;
    if (c) return c;
  }
  return NULL;
}

bool std_is(Value v, CFn ctor) {
  return v.tag == T_INSTANCE && std_ctor_of(AS_INSTANCE(v)->h.cls) == ctor;
}

Class *std_class(VM *vm, const char *name, const char *module, CFn ctor) {
  Class *c = class_new_builtin(vm, name, NULL, T_INSTANCE, 0);
  if (!c) { vm_exc_clear(vm); return NULL; }
  if (module) {
    c->module = str_intern_cstr(vm, module);
    dict_set_str(vm, c->dict, vm->s___module__, v_obj(c->module));
  }
  dict_set_str(vm, c->dict, vm->s___doc__, v_none());
  c->ctor = ctor;
  return c;
}

void *std_alloc(VM *vm, Class *cls, size_t size) {
  Instance *o = gc_alloc(size);
  if (!o) { vm_raise(vm, vm->exc_MemoryError, ""); return NULL; }
  o->h.kind = T_INSTANCE;
  o->h.cls = cls;
  if (!cls->root_map) cls->root_map = map_new_root(vm, cls);
  o->map = cls->root_map;
  o->slots = NULL;
  o->cap = 0;
  return o;
}

Value std_bad_self(VM *vm, const char *meth, const char *tname, Value got) {
  return vm_raise(vm, vm->exc_TypeError, "descriptor '%s' requires a '%s' object but received a '%s'",
                  meth, tname, vm_type_name(vm, got));
}

/* ---- os.path additions (the foundation's os.path lacks these) ---------------------- */

static Value mod_fn(VM *vm, const char *mod, const char *name) {
  Value m = dict_get_str(vm, vm->modules, str_intern_cstr(vm, mod));
  if (m.tag != T_MODULE) return vm_raise(vm, vm->exc_ImportError, "No module named %s", mod);
  Value f = dict_get_str(vm, AS_MODULE(m)->dict, str_intern_cstr(vm, name));
  if (v_isnull(f)) return vm_raise(vm, vm->exc_AttributeError, "'module' object has no attribute '%s'", name);
  return f;
}

/* os.path.walk(top, func, arg): Python 2's callback directory walk. */
static Value ospath_walk(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nokw(vm, "walk", kw) || !lib_nargs(vm, 'P', "walk", argc, 3, 3)) return v_null();
  Value listdir = mod_fn(vm, "os", "listdir");
  Value join = mod_fn(vm, "os.path", "join");
  Value isdir = mod_fn(vm, "os.path", "isdir");
  Value islink = mod_fn(vm, "os.path", "islink");
  if (v_isnull(listdir) || v_isnull(join) || v_isnull(isdir) || v_isnull(islink)) return v_null();
  Value names = vm_call1(vm, listdir, argv[0]);
  if (v_isnull(names)) {
    if (vm_exc_matches(vm, vm->exc_OSError)) { vm_exc_clear(vm); return v_none(); }
    return names;
  }
  Value cargs[3] = { argv[2], argv[0], names };
  if (v_isnull(vm_call(vm, argv[1], 3, cargs, NULL))) return v_null();
  if (names.tag != T_LIST) return v_none();
  List *l = AS_LIST(names);
  for (int64_t i = 0; i < l->len; i++) {
    Value full = vm_call2(vm, join, argv[0], l->items[i]);
    if (v_isnull(full)) return full;
    Value d = vm_call1(vm, isdir, full), k = vm_call1(vm, islink, full);
    if (v_isnull(d) || v_isnull(k)) return v_null();
    if (vm_truthy(vm, d) == 1 && vm_truthy(vm, k) == 0) {
      Value wargs[3] = { full, argv[1], argv[2] };
      if (v_isnull(ospath_walk(vm, 3, wargs, NULL))) return v_null();
    }
  }
  return v_none();
}

static void init_ospath_extras(VM *vm) {
  Value os = dict_get_str(vm, vm->modules, str_intern_cstr(vm, "os"));
  Value op = dict_get_str(vm, vm->modules, str_intern_cstr(vm, "os.path"));
  if (op.tag == T_MODULE) {
    Dict *d = AS_MODULE(op)->dict;
    if (dict_find_str(d, str_intern_cstr(vm, "walk")) < 0)
      vm_add_function(vm, d, "walk", ospath_walk, 0, -1, true);
    if (dict_find_str(d, str_intern_cstr(vm, "defpath")) < 0)
      std_set(vm, d, "defpath", v_obj(str_from_cstr(vm, ":/bin:/usr/bin")));
    if (dict_find_str(d, str_intern_cstr(vm, "devnull")) < 0)
      std_set(vm, d, "devnull", v_obj(str_from_cstr(vm, "/dev/null")));
    if (dict_find_str(d, str_intern_cstr(vm, "supports_unicode_filenames")) < 0)
      std_set(vm, d, "supports_unicode_filenames", v_bool(false));
  }
  if (os.tag == T_MODULE && dict_find_str(AS_MODULE(os)->dict, str_intern_cstr(vm, "defpath")) < 0)
    std_set(vm, AS_MODULE(os)->dict, "defpath", v_obj(str_from_cstr(vm, ":/bin:/usr/bin")));
}

void lib_init_stdlib(VM *vm) {
  init_ospath_extras(vm);
  lib_init_strformat(vm);
  lib_init_operator(vm);
  lib_init_functools(vm);
  lib_init_random(vm);
  lib_init_itertools(vm);
  lib_init_collections(vm);
  lib_init_re(vm);
  lib_init_struct(vm);
}

/* ---- operator: plain functions ----------------------------------------------------- */

static bool nargs2(VM *vm, const char *name, int argc) {
  return lib_nargs(vm, 'U', name, argc, 2, 2);
}

typedef struct BinDef {
  const char *name;     /* operator.<name> */
  const char *err;      /* the name in arity errors */
  int op;               /* Opcode, or CMP_* + 1000 */
} BinDef;

#define CMPBASE 1000
static const BinDef bin_defs[] = {
  {"add", "op_add", OP_BINARY_ADD}, {"sub", "op_sub", OP_BINARY_SUB},
  {"mul", "op_mul", OP_BINARY_MUL}, {"div", "op_div", OP_BINARY_DIV},
  {"truediv", "op_truediv", OP_BINARY_TRUEDIV}, {"floordiv", "op_floordiv", OP_BINARY_FLOORDIV},
  {"mod", "op_mod", OP_BINARY_MOD}, {"pow", "op_pow", OP_BINARY_POW},
  {"lshift", "op_lshift", OP_BINARY_LSHIFT}, {"rshift", "op_rshift", OP_BINARY_RSHIFT},
  {"and_", "op_and_", OP_BINARY_AND}, {"or_", "op_or_", OP_BINARY_OR},
  {"xor", "op_xor", OP_BINARY_XOR},
  {"iadd", "op_iadd", OP_INPLACE_ADD}, {"isub", "op_isub", OP_INPLACE_SUB},
  {"imul", "op_imul", OP_INPLACE_MUL}, {"idiv", "op_idiv", OP_INPLACE_DIV},
  {"itruediv", "op_itruediv", OP_INPLACE_TRUEDIV},
  {"ifloordiv", "op_ifloordiv", OP_INPLACE_FLOORDIV}, {"imod", "op_imod", OP_INPLACE_MOD},
  {"ipow", "op_ipow", OP_INPLACE_POW}, {"ilshift", "op_ilshift", OP_INPLACE_LSHIFT},
  {"irshift", "op_irshift", OP_INPLACE_RSHIFT}, {"iand", "op_iand", OP_INPLACE_AND},
  {"ior", "op_ior", OP_INPLACE_OR}, {"ixor", "op_ixor", OP_INPLACE_XOR},
  {"lt", "op_lt", CMPBASE + CMP_LT}, {"le", "op_le", CMPBASE + CMP_LE},
  {"eq", "op_eq", CMPBASE + CMP_EQ}, {"ne", "op_ne", CMPBASE + CMP_NE},
  {"gt", "op_gt", CMPBASE + CMP_GT}, {"ge", "op_ge", CMPBASE + CMP_GE},
  {NULL, NULL, 0}
};

/* Each binary operator is a CFunc whose data is the index into bin_defs; the
** CFn has no access to its CFunc, so one small wrapper per entry. */
static Value do_bin(VM *vm, int idx, int argc, Value *argv, Dict *kw) {
  const BinDef *d = &bin_defs[idx];
  if (!lib_nokw(vm, d->err, kw) || !nargs2(vm, d->err, argc)) return v_null();
  if (d->op >= CMPBASE) return vm_compare(vm, (CmpOp)(d->op - CMPBASE), argv[0], argv[1]);
  return vm_binop(vm, (Opcode)d->op, argv[0], argv[1]);
}

#define BINW(i) static Value bin_##i(VM *vm, int argc, Value *argv, Dict *kw) { \
    return do_bin(vm, i, argc, argv, kw); }
BINW(0) BINW(1) BINW(2) BINW(3) BINW(4) BINW(5) BINW(6) BINW(7) BINW(8) BINW(9)
BINW(10) BINW(11) BINW(12) BINW(13) BINW(14) BINW(15) BINW(16) BINW(17) BINW(18)
BINW(19) BINW(20) BINW(21) BINW(22) BINW(23) BINW(24) BINW(25) BINW(26) BINW(27)
BINW(28) BINW(29) BINW(30) BINW(31)
static const CFn bin_fns[] = {
  bin_0, bin_1, bin_2, bin_3, bin_4, bin_5, bin_6, bin_7, bin_8, bin_9, bin_10, bin_11,
  bin_12, bin_13, bin_14, bin_15, bin_16, bin_17, bin_18, bin_19, bin_20, bin_21, bin_22,
  bin_23, bin_24, bin_25, bin_26, bin_27, bin_28, bin_29, bin_30, bin_31
};

static bool one(VM *vm, const char *name, int argc, Dict *kw) {
  return lib_nokw(vm, name, kw) && lib_nargs(vm, 'O', name, argc, 1, 1);
}

static Value op_neg(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!one(vm, "neg", argc, kw)) return v_null();
  return vm_unop(vm, OP_UNARY_NEGATIVE, argv[0]);
}
static Value op_pos(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!one(vm, "pos", argc, kw)) return v_null();
  return vm_unop(vm, OP_UNARY_POSITIVE, argv[0]);
}
static Value op_invert(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!one(vm, "invert", argc, kw)) return v_null();
  return vm_unop(vm, OP_UNARY_INVERT, argv[0]);
}
static Value op_inv(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!one(vm, "inv", argc, kw)) return v_null();
  return vm_unop(vm, OP_UNARY_INVERT, argv[0]);
}
static Value op_not(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!one(vm, "not_", argc, kw)) return v_null();
  int t = vm_truthy(vm, argv[0]);
  return t < 0 ? v_null() : v_bool(!t);
}
static Value op_truth(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!one(vm, "truth", argc, kw)) return v_null();
  int t = vm_truthy(vm, argv[0]);
  return t < 0 ? v_null() : v_bool(t);
}

static Value call_builtin(VM *vm, const char *name, int argc, Value *argv) {
  Value f = dict_get_str(vm, vm->builtins, str_intern_cstr(vm, name));
  if (v_isnull(f)) return vm_raise(vm, vm->exc_SystemError, "builtin %s missing", name);
  return vm_call(vm, f, argc, argv, NULL);
}

static Value op_abs(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!one(vm, "abs", argc, kw)) return v_null();
  return call_builtin(vm, "abs", 1, argv);
}
static Value op_index(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!one(vm, "index", argc, kw)) return v_null();
  Value v = argv[0];
  if (v.tag == T_INT || v.tag == T_LONG) return v;
  if (v.tag == T_BOOL) return v_int(v.u.i);
  if (v.tag == T_INSTANCE) {
    Value r = vm_call_special(vm, v, vm->s___index__, 0, NULL);
    if (!v_isnull(vm->exc)) return v_null();
    if (!v_isnull(r)) {
      if (r.tag == T_INT || r.tag == T_LONG) return r;
      if (r.tag == T_BOOL) return v_int(r.u.i);
      return vm_raise(vm, vm->exc_TypeError, "__index__ returned non-(int,long) (type %s)",
                      vm_type_name(vm, r));
    }
  }
  return vm_raise(vm, vm->exc_TypeError, "'%s' object cannot be interpreted as an index",
                  vm_type_name(vm, v));
}
static Value op_is(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nokw(vm, "is_", kw) || !nargs2(vm, "is_", argc)) return v_null();
  return vm_compare(vm, CMP_IS, argv[0], argv[1]);
}
static Value op_is_not(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nokw(vm, "is_not", kw) || !nargs2(vm, "is_not", argc)) return v_null();
  return vm_compare(vm, CMP_IS_NOT, argv[0], argv[1]);
}

/* PySequence_Check: has __getitem__ and is not a dict. */
static bool is_sequence(VM *vm, Value v) {
  switch (v.tag) {
  case T_STR: case T_LIST: case T_TUPLE: case T_XRANGE: return true;
  case T_DICT: case T_INT: case T_BOOL: case T_FLOAT: case T_NONE: return false;
  default: break;
  }
  if (vm_isinstance(vm, v, vm->cls[T_DICT])) return false;
  return !v_isnull(class_lookup(vm, vm_class_of(vm, v), vm->s___getitem__));
}

static Value op_contains(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nokw(vm, "op_contains", kw) || !nargs2(vm, "op_contains", argc)) return v_null();
  int r = vm_contains(vm, argv[0], argv[1]);
  return r < 0 ? v_null() : v_bool(r);
}
static Value op_seqincludes(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nokw(vm, "sequenceIncludes", kw) || !nargs2(vm, "sequenceIncludes", argc))
    return v_null();
  int r = vm_contains(vm, argv[0], argv[1]);
  return r < 0 ? v_null() : v_bool(r);
}
static Value concat(VM *vm, int argc, Value *argv, Dict *kw, const char *name, Opcode op) {
  if (!lib_nokw(vm, name, kw) || !nargs2(vm, name, argc)) return v_null();
  if (!is_sequence(vm, argv[0]))
    return vm_raise(vm, vm->exc_TypeError, "'%s' object can't be concatenated",
                    vm_type_name(vm, argv[0]));
  return vm_binop(vm, op, argv[0], argv[1]);
}
static Value op_concat(VM *vm, int argc, Value *argv, Dict *kw) {
  return concat(vm, argc, argv, kw, "op_concat", OP_BINARY_ADD);
}
static Value op_iconcat(VM *vm, int argc, Value *argv, Dict *kw) {
  return concat(vm, argc, argv, kw, "op_iconcat", OP_INPLACE_ADD);
}
static Value repeat(VM *vm, int argc, Value *argv, Dict *kw, const char *name, Opcode op) {
  if (!lib_nokw(vm, name, kw) || !nargs2(vm, name, argc)) return v_null();
  if (!is_sequence(vm, argv[0]))
    return vm_raise(vm, vm->exc_TypeError, "'%s' object can't be repeated",
                    vm_type_name(vm, argv[0]));
  if (argv[1].tag != T_INT && argv[1].tag != T_BOOL && argv[1].tag != T_LONG)
    return vm_raise(vm, vm->exc_TypeError, "an integer is required");
  return vm_binop(vm, op, argv[0], argv[1]);
}
static Value op_repeat(VM *vm, int argc, Value *argv, Dict *kw) {
  return repeat(vm, argc, argv, kw, "op_repeat", OP_BINARY_MUL);
}
static Value op_irepeat(VM *vm, int argc, Value *argv, Dict *kw) {
  return repeat(vm, argc, argv, kw, "op_irepeat", OP_INPLACE_MUL);
}
static Value op_getitem(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nokw(vm, "op_getitem", kw) || !nargs2(vm, "op_getitem", argc)) return v_null();
  return vm_getitem(vm, argv[0], argv[1]);
}
static Value op_setitem(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nokw(vm, "op_setitem", kw) || !lib_nargs(vm, 'U', "op_setitem", argc, 3, 3))
    return v_null();
  return vm_setitem(vm, argv[0], argv[1], argv[2]) ? v_none() : v_null();
}
static Value op_delitem(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nokw(vm, "op_delitem", kw) || !nargs2(vm, "op_delitem", argc)) return v_null();
  return vm_delitem(vm, argv[0], argv[1]) ? v_none() : v_null();
}
static Value op_getslice(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nokw(vm, "getslice", kw) || !lib_nargs(vm, 'U', "getslice", argc, 3, 3))
    return v_null();
  Value s = slice_new(vm, argv[1], argv[2], v_none());
  return v_isnull(s) ? s : vm_getitem(vm, argv[0], s);
}
static Value op_setslice(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nokw(vm, "setslice", kw) || !lib_nargs(vm, 'U', "setslice", argc, 4, 4))
    return v_null();
  Value s = slice_new(vm, argv[1], argv[2], v_none());
  if (v_isnull(s)) return s;
  return vm_setitem(vm, argv[0], s, argv[3]) ? v_none() : v_null();
}
static Value op_delslice(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nokw(vm, "delslice", kw) || !lib_nargs(vm, 'U', "delslice", argc, 3, 3))
    return v_null();
  Value s = slice_new(vm, argv[1], argv[2], v_none());
  if (v_isnull(s)) return s;
  return vm_delitem(vm, argv[0], s) ? v_none() : v_null();
}
/* countOf / indexOf: 0 count, 1 index. */
static Value seq_search(VM *vm, int argc, Value *argv, Dict *kw, const char *name, int mode) {
  if (!lib_nokw(vm, name, kw) || !nargs2(vm, name, argc)) return v_null();
  Value it = vm_iter(vm, argv[0]);
  if (v_isnull(it)) return it;
  int64_t n = 0, i = 0;
  for (;; i++) {
    Value x = vm_next(vm, it);
    if (v_isnull(x)) {
      if (!v_isnull(vm->exc)) return v_null();
      break;
    }
    int e = vm_equal(vm, x, argv[1]);
    if (e < 0) return v_null();
    if (e) {
      if (mode == 1) return v_int(i);
      n++;
    }
  }
  if (mode == 1)
    return vm_raise(vm, vm->exc_ValueError, "sequence.index(x): x not in sequence");
  return v_int(n);
}
static Value op_countof(VM *vm, int argc, Value *argv, Dict *kw) {
  return seq_search(vm, argc, argv, kw, "countOf", 0);
}
static Value op_indexof(VM *vm, int argc, Value *argv, Dict *kw) {
  return seq_search(vm, argc, argv, kw, "indexOf", 1);
}
static Value op_iscallable(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!one(vm, "isCallable", argc, kw)) return v_null();
  return call_builtin(vm, "callable", 1, argv);
}
static Value op_ismapping(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!one(vm, "isMappingType", argc, kw)) return v_null();
  Value v = argv[0];
  if (v.tag == T_DICT) return v_bool(true);
  if (v.tag < T_FIRSTOBJ || v.tag == T_STR || v.tag == T_LIST || v.tag == T_TUPLE)
    return v_bool(false);
  return v_bool(!v_isnull(class_lookup(vm, vm_class_of(vm, v), vm->s___getitem__)));
}
static Value op_isnumber(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!one(vm, "isNumberType", argc, kw)) return v_null();
  Value v = argv[0];
  if (v.tag == T_INT || v.tag == T_BOOL || v.tag == T_FLOAT || v.tag == T_LONG) return v_bool(true);
  if (v.tag != T_INSTANCE) return v_bool(false);
  Class *c = vm_class_of(vm, v);
  return v_bool(!v_isnull(class_lookup(vm, c, vm->s___int__)) ||
                !v_isnull(class_lookup(vm, c, vm->s___float__)));
}
static Value op_issequence(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!one(vm, "isSequenceType", argc, kw)) return v_null();
  return v_bool(is_sequence(vm, argv[0]));
}

/* ---- itemgetter / attrgetter / methodcaller -------------------------------------- */

typedef struct Getter {
  Instance inst;
  Tuple *items;     /* itemgetter: keys; attrgetter: tuples of name parts */
  Str *name;        /* methodcaller */
  Tuple *args;
  Dict *kw;
} Getter;

static Value itemgetter_ctor(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nokw(vm, "itemgetter()", kw)) return v_null();
  if (argc < 2) return vm_raise(vm, vm->exc_TypeError, "itemgetter expected 1 arguments, got 0");
  Getter *g = std_alloc(vm, AS_CLASS(argv[0]), sizeof(Getter));
  if (!g || !(g->items = tuple_from(vm, argc - 1, argv + 1))) return v_null();
  return v_obj(g);
}

static Value itemgetter_call(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!std_is(argv[0], itemgetter_ctor))
    return std_bad_self(vm, "__call__", "operator.itemgetter", argv[0]);
  Getter *g = (Getter *)argv[0].u.o;
  if (!lib_nokw(vm, "itemgetter", kw) || !lib_nargs(vm, 'U', "itemgetter", argc - 1, 1, 1))
    return v_null();
  Value obj = argv[1];
  if (g->items->len == 1) return vm_getitem(vm, obj, g->items->items[0]);
  Tuple *t = tuple_new(vm, g->items->len);
  if (!t) return v_null();
  for (int64_t i = 0; i < g->items->len; i++) {
    Value v = vm_getitem(vm, obj, g->items->items[i]);
    if (v_isnull(v)) return v;
    t->items[i] = v;
  }
  return v_obj(t);
}

static Value attrgetter_ctor(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nokw(vm, "attrgetter()", kw)) return v_null();
  if (argc < 2) return vm_raise(vm, vm->exc_TypeError, "attrgetter expected 1 arguments, got 0");
  Getter *g = std_alloc(vm, AS_CLASS(argv[0]), sizeof(Getter));
  if (!g || !(g->items = tuple_new(vm, argc - 1))) return v_null();
  for (int i = 1; i < argc; i++) {
    if (argv[i].tag != T_STR) {   /* checked when called, as CPython 2.7 */
      g->items->items[i - 1] = argv[i];
      continue;
    }
    Str *s = AS_STR(argv[i]);
    int64_t nparts = 1;
    for (int64_t j = 0; j < s->len; j++) nparts += s->data[j] == '.';
    Tuple *parts = tuple_new(vm, nparts);
    if (!parts) return v_null();
    int64_t start = 0, k = 0;
    for (int64_t j = 0; j <= s->len; j++) {
      if (j < s->len && s->data[j] != '.') continue;
      parts->items[k++] = v_obj(str_intern(vm, str_new(vm, s->data + start, (size_t)(j - start))));
      start = j + 1;
    }
    g->items->items[i - 1] = v_obj(parts);
  }
  return v_obj(g);
}

static Value attrgetter_call(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!std_is(argv[0], attrgetter_ctor))
    return std_bad_self(vm, "__call__", "operator.attrgetter", argv[0]);
  Getter *g = (Getter *)argv[0].u.o;
  if (!lib_nokw(vm, "attrgetter", kw) || !lib_nargs(vm, 'U', "attrgetter", argc - 1, 1, 1))
    return v_null();
  int64_t n = g->items->len;
  Tuple *t = n == 1 ? NULL : tuple_new(vm, n);
  if (n != 1 && !t) return v_null();
  for (int64_t i = 0; i < n; i++) {
    if (g->items->items[i].tag != T_TUPLE)
      return vm_raise(vm, vm->exc_TypeError, "attribute name must be a string");
    Tuple *parts = AS_TUPLE(g->items->items[i]);
    Value v = argv[1];
    for (int64_t j = 0; j < parts->len; j++) {
      v = vm_getattr(vm, v, AS_STR(parts->items[j]));
      if (v_isnull(v)) return v;
    }
    if (n == 1) return v;
    t->items[i] = v;
  }
  return v_obj(t);
}

static Value methodcaller_ctor(VM *vm, int argc, Value *argv, Dict *kw) {
  if (argc < 2)
    return vm_raise(vm, vm->exc_TypeError,
                    "methodcaller needs at least one argument, the method name");
  if (argv[1].tag != T_STR)
    return vm_raise(vm, vm->exc_TypeError, "method name must be a string");
  Getter *g = std_alloc(vm, AS_CLASS(argv[0]), sizeof(Getter));
  if (!g) return v_null();
  g->name = str_intern(vm, AS_STR(argv[1]));
  g->args = tuple_from(vm, argc - 2, argv + 2);
  g->kw = kw && kw->used ? dict_copy(vm, kw) : NULL;
  return g->args ? v_obj(g) : v_null();
}

static Value methodcaller_call(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!std_is(argv[0], methodcaller_ctor))
    return std_bad_self(vm, "__call__", "operator.methodcaller", argv[0]);
  Getter *g = (Getter *)argv[0].u.o;
  if (!lib_nokw(vm, "methodcaller", kw) || !lib_nargs(vm, 'U', "methodcaller", argc - 1, 1, 1))
    return v_null();
  Value m = vm_getattr(vm, argv[1], g->name);
  if (v_isnull(m)) return m;
  return vm_call(vm, m, (int)g->args->len, g->args->items, g->kw);
}

/* ---- _functools.partial ---------------------------------------------------------- */

typedef struct Partial {
  Instance inst;
  Value fn;
  Tuple *args;
  Dict *kw;
} Partial;

static Value partial_ctor(VM *vm, int argc, Value *argv, Dict *kw) {
  if (argc < 2)
    return vm_raise(vm, vm->exc_TypeError, "type 'partial' takes at least one argument");
  Value fn = argv[1];
  Class *fc = vm_class_of(vm, fn);
  bool callable = fn.tag == T_FUNC || fn.tag == T_CFUNC || fn.tag == T_BOUND ||
                  fn.tag == T_CLASS ||
                  !v_isnull(class_lookup(vm, fc, vm->s___call__));
  if (!callable)
    return vm_raise(vm, vm->exc_TypeError, "the first argument must be callable");
  Partial *p = std_alloc(vm, AS_CLASS(argv[0]), sizeof(Partial));
  if (!p) return v_null();
  p->fn = fn;
  p->args = tuple_from(vm, argc - 2, argv + 2);
  p->kw = kw && kw->used ? dict_copy(vm, kw) : dict_new(vm);
  if (!p->args || !p->kw) return v_null();
  return v_obj(p);
}

static Partial *as_partial(VM *vm, Value v, const char *meth) {
  if (!std_is(v, partial_ctor)) {
    std_bad_self(vm, meth, "functools.partial", v);
    return NULL;
  }
  return (Partial *)v.u.o;
}

static Value partial_call(VM *vm, int argc, Value *argv, Dict *kw) {
  Partial *p = as_partial(vm, argv[0], "__call__");
  if (!p) return v_null();
  int64_t na = p->args->len, n = na + argc - 1;
  Value tmp[16];
  Value *a = n <= 16 ? tmp : gc_alloc(sizeof(Value) * (size_t)n);
  if (!a) return vm_raise(vm, vm->exc_MemoryError, "");
  memcpy(a, p->args->items, sizeof(Value) * (size_t)na);
  if (argc > 1) memcpy(a + na, argv + 1, sizeof(Value) * (size_t)(argc - 1));
  Dict *k = p->kw;
  if (kw && kw->used) {
    k = dict_copy(vm, p->kw);
    if (!k || !dict_merge_kw(vm, k, kw)) return v_null();
  }
  return vm_call(vm, p->fn, (int)n, a, k && k->used ? k : NULL);
}

static Value partial_func(VM *vm, int argc, Value *argv, Dict *kw) {
  Partial *p = as_partial(vm, argv[0], "func");
  return p ? p->fn : v_null();
}
static Value partial_args(VM *vm, int argc, Value *argv, Dict *kw) {
  Partial *p = as_partial(vm, argv[0], "args");
  return p ? v_obj(p->args) : v_null();
}
static Value partial_keywords(VM *vm, int argc, Value *argv, Dict *kw) {
  Partial *p = as_partial(vm, argv[0], "keywords");
  return p ? v_obj(p->kw) : v_null();
}

/* ---- registration ------------------------------------------------------------------- */

typedef struct FnDef { const char *name; CFn fn; } FnDef;

static const FnDef op_fns[] = {
  {"neg", op_neg}, {"pos", op_pos}, {"invert", op_invert}, {"inv", op_inv},
  {"not_", op_not}, {"truth", op_truth}, {"abs", op_abs}, {"index", op_index},
  {"is_", op_is}, {"is_not", op_is_not}, {"contains", op_contains},
  {"sequenceIncludes", op_seqincludes}, {"concat", op_concat}, {"iconcat", op_iconcat},
  {"repeat", op_repeat}, {"irepeat", op_irepeat}, {"getitem", op_getitem},
  {"setitem", op_setitem}, {"delitem", op_delitem}, {"getslice", op_getslice},
  {"setslice", op_setslice}, {"delslice", op_delslice}, {"countOf", op_countof},
  {"indexOf", op_indexof}, {"isCallable", op_iscallable}, {"isMappingType", op_ismapping},
  {"isNumberType", op_isnumber}, {"isSequenceType", op_issequence},
  {NULL, NULL}
};

/* Names that also exist as __name__ aliases in CPython's operator module. */
static const char *const dunder_aliases[] = {
  "neg", "pos", "invert", "inv", "not_", "abs", "index", "contains", "concat", "iconcat",
  "repeat", "irepeat", "getitem", "setitem", "delitem", "getslice", "setslice", "delslice",
  NULL
};

void lib_init_operator(VM *vm) {
  Module *m = vm_add_module(vm, "operator");
  if (!m) return;
  Dict *d = m->dict;
  char buf[64];
  for (int i = 0; bin_defs[i].name; i++) {
    vm_add_function(vm, d, bin_defs[i].name, bin_fns[i], 0, -1, true);
    Value f = dict_get_str(vm, d, str_intern_cstr(vm, bin_defs[i].name));
    snprintf(buf, sizeof buf, "__%s__", bin_defs[i].name);
    size_t l = strlen(buf);
    if (buf[l - 3] == '_') memmove(buf + l - 3, buf + l - 2, 3);   /* __and___ -> __and__ */
    std_set(vm, d, buf, f);
  }
  for (const FnDef *f = op_fns; f->name; f++) vm_add_function(vm, d, f->name, f->fn, 0, -1, true);
  for (int i = 0; dunder_aliases[i]; i++) {
    Value f = dict_get_str(vm, d, str_intern_cstr(vm, dunder_aliases[i]));
    snprintf(buf, sizeof buf, "__%s__", dunder_aliases[i]);
    size_t l = strlen(buf);
    if (buf[l - 3] == '_') memmove(buf + l - 3, buf + l - 2, 3);
    std_set(vm, d, buf, f);
  }
  Class *c = std_class(vm, "itemgetter", "operator", itemgetter_ctor);
  if (c) {
    vm_add_method(vm, c, "__call__", itemgetter_call, 0, -1, true);
    std_set(vm, d, "itemgetter", v_obj(c));
  }
  c = std_class(vm, "attrgetter", "operator", attrgetter_ctor);
  if (c) {
    vm_add_method(vm, c, "__call__", attrgetter_call, 0, -1, true);
    std_set(vm, d, "attrgetter", v_obj(c));
  }
  c = std_class(vm, "methodcaller", "operator", methodcaller_ctor);
  if (c) {
    vm_add_method(vm, c, "__call__", methodcaller_call, 0, -1, true);
    std_set(vm, d, "methodcaller", v_obj(c));
  }
}

void lib_init_functools(VM *vm) {
  Module *m = vm_add_module(vm, "_functools");
  if (!m) return;
  Class *c = std_class(vm, "partial", "functools", partial_ctor);
  if (c) {
    vm_add_method(vm, c, "__call__", partial_call, 0, -1, true);
    vm_add_property(vm, c, "func", partial_func, NULL);
    vm_add_property(vm, c, "args", partial_args, NULL);
    vm_add_property(vm, c, "keywords", partial_keywords, NULL);
    std_set(vm, m->dict, "partial", v_obj(c));
  }
  Value r = dict_get_str(vm, vm->builtins, str_intern_cstr(vm, "reduce"));
  if (!v_isnull(r)) std_set(vm, m->dict, "reduce", r);
}
