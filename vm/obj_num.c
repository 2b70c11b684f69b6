/*
** obj_num.c: the number types' methods, long(), and subclasses of the
** builtin value types.
**
** int, long and float get the special methods CPython 2 exposes (__add__,
** __radd__, ..., __neg__, __int__, __hash__, __repr__...), so that
** `int.__add__(self, x)` and `super(MyInt, self).__add__(x)` work and a
** subclass of a number inherits its arithmetic: each computes with vm_binop
** on the unboxed values and returns NotImplemented for an operand of a
** higher-ranked type (int < long < float), as CPython's coercion does.
**
** Subclasses of int and float (class MyInt(int)) make T_INSTANCE objects
** that carry the builtin value in a box slot after the Instance header
** (instance_new reserves it, vm_unbox reads it). Subclasses of long, str and
** tuple make objects of the builtin kind whose class is the subclass (the
** container subclasses list/dict/set work the same way, made by the
** builtins area's constructors); such objects get an attribute dict in a
** tail slot (OBJ_ATTRS flag) when this file allocates them.
*/
#include <math.h>
#include <string.h>
#include "vm.h"
#include "types.h"
#include "long.h"
#include "../gc/gc.h"

static inline Value notimpl(VM *vm) { return vm->not_implemented; }

/* ---- boxes: instances of user subclasses of int / float ----------------------- */

Value vm_unbox(Value v) {
  if (v.tag == T_INSTANCE && class_is_box(AS_INSTANCE(v)->h.cls))
    return *instance_box(AS_INSTANCE(v));
  return v;
}

/* The builtin value of a number of a subclass (boxed int/float, or a long of
** a subclass: copied into a plain long). */
static Value plain(VM *vm, Value v) {
  if (v.tag == T_INSTANCE) return vm_unbox(v);
  if (v.tag == T_LONG && v.u.o->cls != vm->cls[T_LONG]) return long_from_mpz(vm, AS_LONG(v)->z);
  return v;
}

/* Rank of a number for the binary special methods: int 0, long 1, float 2. */
static int num_rank(Value v) {
  switch (v.tag) {
  case T_INT: case T_BOOL: return 0;
  case T_LONG: return 1;
  case T_FLOAT: return 2;
  default: return -1;
  }
}

/* ---- attribute tails of builtin-kind objects of a subclass ---------------------- */

static size_t tail_offset(Value v) {
  switch (v.tag) {
  case T_LIST: return sizeof(List);
  case T_DICT: return sizeof(Dict);
  case T_SET: case T_FROZENSET: return sizeof(Set);
  case T_TUPLE: return offsetof(Tuple, items) + (size_t)AS_TUPLE(v)->len * sizeof(Value);
  case T_STR: return (offsetof(Str, data) + (size_t)AS_STR(v)->len + 1 + 7) & ~(size_t)7;
  case T_LONG: return sizeof(Long);
  default: return 0;
  }
}

Dict **obj_attr_tail(Value v) {
  if (v.tag < T_FIRSTOBJ || !(v.u.o->flags & OBJ_ATTRS)) return NULL;
  size_t off = tail_offset(v);
  if (!off) return NULL;
  return (Dict **)((char *)v.u.o + off);
}

/* A copy of the fresh builtin object v with class cls and an attribute tail. */
static Value subclass_copy(VM *vm, Value v, Class *cls) {
  size_t off = tail_offset(v);
  if (!off) {
    v.u.o->cls = cls;
    if (cls->h.flags & CLS_HAS_DEL) vm_fin_register(vm, v.u.o);
    return v;
  }
  Obj *o = gc_alloc(off + sizeof(Dict *));
  if (!o) return vm_raise(vm, vm->exc_MemoryError, "");
  memcpy(o, v.u.o, v.tag == T_STR ? offsetof(Str, data) + (size_t)AS_STR(v)->len + 1 : off);
  o->cls = cls;
  o->flags |= OBJ_ATTRS;
  if (v.tag == T_STR) o->flags &= ~STR_INTERNED;
  if (cls->h.flags & CLS_HAS_DEL) vm_fin_register(vm, o);
  return v_obj(o);
}

/* Make an object of the user class cls (a subclass of a builtin value type)
** from the builtin value v. */
Value vm_subclass_wrap(VM *vm, Class *cls, Value v) {
  if (v_isnull(v)) return v;
  uint32_t k = cls->inst_kind;
  if (k == T_INT || k == T_FLOAT) {
    if (k == T_INT && v.tag == T_BOOL) v = v_int(v.u.i);
    if (k == T_INT && v.tag == T_LONG) {
      if (!long_fits_i64(AS_LONG(v)))
        return vm_raise(vm, vm->exc_OverflowError, "Python int too large to convert to C long");
      v = v_int(long_as_i64(AS_LONG(v)));
    }
    Instance *o = instance_new(vm, cls);
    if (!o) return v_null();
    *instance_box(o) = v;
    return v_obj(o);
  }
  if (k == T_LONG && v.tag == T_INT) v = long_from_i64(vm, v.u.i);
  if (v_isnull(v)) return v;
  return subclass_copy(vm, v, cls);
}

/* The constructor of user subclasses of int, float, long, str, tuple: the
** builtin type's constructor, then wrapped into the subclass. */
static Value subclass_ctor(VM *vm, int argc, Value *argv, Dict *kw) {
  Class *cls = AS_CLASS(argv[0]);
  uint32_t k = cls->inst_kind;
  Class *base = vm->cls[k];
  if (!base || !base->ctor)
    return vm_raise(vm, vm->exc_TypeError, "cannot create '%S' instances", cls->name);
  if (k == T_LIST || k == T_DICT || k == T_SET) {
    /* A mutable container: a Python __init__ fills it (list.__new__ takes any
    ** arguments); otherwise the builtin constructor does. */
    Value init = class_lookup(vm, cls, vm->s___init__);
    if (init.tag == T_FUNC) {
      Value e = k == T_LIST ? v_obj(list_new(vm, 0)) : k == T_DICT ? v_obj(dict_new(vm))
                                                      : v_obj(set_new(vm, false));
      return vm_subclass_wrap(vm, cls, e);
    }
  }
  argv[0] = v_obj(base);
  Value r = base->ctor(vm, argc, argv, kw);
  argv[0] = v_obj(cls);
  return vm_subclass_wrap(vm, cls, r);
}

/* Classes whose instances the subclass constructor makes. */
bool class_wants_subclass_ctor(uint32_t inst_kind) {
  switch (inst_kind) {
  case T_INT: case T_FLOAT: case T_LONG: case T_STR: case T_TUPLE: case T_LIST: case T_DICT:
  case T_SET: case T_FROZENSET:
    return true;
  default:
    return false;
  }
}

CFn vm_subclass_ctor(void) { return subclass_ctor; }

/* T.__new__(cls, *args) for the builtin value types. */
static Value builtin_new(VM *vm, Class *builtin, int argc, Value *argv, Dict *kw) {
  if (argc < 1)
    return vm_raise(vm, vm->exc_TypeError, "%S.__new__(): not enough arguments", builtin->name);
  if (argv[0].tag != T_CLASS)
    return vm_raise(vm, vm->exc_TypeError, "%S.__new__(X): X is not a type object (%s)",
                    builtin->name, vm_type_name(vm, argv[0]));
  Class *cls = AS_CLASS(argv[0]);
  if (!class_is_subclass(cls, builtin))
    return vm_raise(vm, vm->exc_TypeError, "%S.__new__(%S): %S is not a subtype of %S",
                    builtin->name, cls->name, cls->name, builtin->name);
  CFn ctor = builtin->ctor;
  if (!ctor) return vm_raise(vm, vm->exc_TypeError, "cannot create '%S' instances", builtin->name);
  argv[0] = v_obj(builtin);
  Value r = ctor(vm, argc, argv, kw);
  argv[0] = v_obj(cls);
  if (v_isnull(r) || cls == builtin) return r;
  return vm_subclass_wrap(vm, cls, r);
}

#define BUILTIN_NEW(T) \
  static Value new_##T(VM *vm, int argc, Value *argv, Dict *kw) { \
    return builtin_new(vm, vm->cls[T_##T], argc, argv, kw); }
BUILTIN_NEW(INT) BUILTIN_NEW(FLOAT) BUILTIN_NEW(LONG) BUILTIN_NEW(STR) BUILTIN_NEW(TUPLE)
BUILTIN_NEW(LIST) BUILTIN_NEW(DICT) BUILTIN_NEW(SET) BUILTIN_NEW(FROZENSET)
#undef BUILTIN_NEW

/* ---- long() -------------------------------------------------------------------- */

static Value long_ctor(VM *vm, int argc, Value *argv, Dict *kw) {
  argc--; argv++;
  Value x = argc > 0 ? argv[0] : v_null(), b = argc > 1 ? argv[1] : v_null();
  if (argc > 2)
    return vm_raise(vm, vm->exc_TypeError, "long() takes at most 2 arguments (%d given)", argc);
  if (kw) {
    Value k, v;
    for (int64_t p = 0; dict_next(kw, &p, &k, &v); ) {
      const char *n = k.tag == T_STR ? AS_STR(k)->data : "";
      Value *slot = strcmp(n, "x") == 0 ? &x : strcmp(n, "base") == 0 ? &b : NULL;
      if (!slot)
        return vm_raise(vm, vm->exc_TypeError,
                        "'%s' is an invalid keyword argument for this function", n);
      if (!v_isnull(*slot))
        return vm_raise(vm, vm->exc_TypeError,
                        "Argument given by name ('%s') and position (%d)", n,
                        slot == &x ? 1 : 2);
      *slot = v;
    }
  }
  if (v_isnull(x)) {
    if (!v_isnull(b)) return vm_raise(vm, vm->exc_TypeError, "long() missing string argument");
    return long_from_i64(vm, 0);
  }
  if (!v_isnull(b)) {
    Value bv = vm_unbox(b);
    if (bv.tag != T_INT && bv.tag != T_BOOL)
      return vm_raise(vm, vm->exc_TypeError, "an integer is required");
    if (x.tag != T_STR)
      return vm_raise(vm, vm->exc_TypeError, "long() can't convert non-string with explicit base");
    return long_from_str(vm, AS_STR(x)->data, (size_t)AS_STR(x)->len, (int)bv.u.i, "long");
  }
  x = vm_unbox(x);
  switch (x.tag) {
  case T_INT: case T_BOOL: return long_from_i64(vm, x.u.i);
  case T_LONG:
    if (x.u.o->cls == vm->cls[T_LONG]) return x;
    return long_from_mpz(vm, AS_LONG(x)->z);
  case T_FLOAT: return long_from_double(vm, x.u.f);
  case T_STR:
    if (memchr(AS_STR(x)->data, '\0', (size_t)AS_STR(x)->len))
      return vm_raise(vm, vm->exc_ValueError, "null byte in argument for long()");
    return long_from_str(vm, AS_STR(x)->data, (size_t)AS_STR(x)->len, 10, "long");
  default: break;
  }
  Value r = vm_call_special(vm, x, vm->s___long__, 0, NULL);
  if (v_isnull(r) && v_isnull(vm->exc)) {
    Value t = vm_call_special(vm, x, str_intern_cstr(vm, "__trunc__"), 0, NULL);
    if (!v_isnull(vm->exc)) return v_null();
    if (v_isnull(t))
      return vm_raise(vm, vm->exc_TypeError,
                      "long() argument must be a string or a number, not '%s'",
                      vm_type_name(vm, x));
    r = vm_unbox(t);
    if (r.tag != T_INT && r.tag != T_LONG && r.tag != T_BOOL)
      return vm_raise(vm, vm->exc_TypeError, "__trunc__ returned non-Integral (type %s)",
                      vm_type_name(vm, t));
  }
  if (v_isnull(r)) return r;
  r = vm_unbox(r);
  if (r.tag == T_INT || r.tag == T_BOOL) return long_from_i64(vm, r.u.i);
  if (r.tag != T_LONG)
    return vm_raise(vm, vm->exc_TypeError, "__long__ returned non-long (type %s)",
                    vm_type_name(vm, r));
  return r;
}

typedef struct MethDef { const char *name; CFn fn; int min, max; } MethDef;

static void add_methods(VM *vm, Class *c, const MethDef *defs) {
  for (; defs->name; defs++)
    if (dict_find_str(c->dict, str_intern_cstr(vm, defs->name)) < 0)
      vm_add_method(vm, c, defs->name, defs->fn, defs->min, defs->max, false);
}

/* ---- the binary special methods --------------------------------------------------- */

static Value num_binary(VM *vm, int argc, Value *argv, int bop, bool reflected) {
  Value a = plain(vm, argv[0]), b = plain(vm, argv[1]);
  int ra = num_rank(a), rb = num_rank(b);
  if (ra < 0 || rb < 0 || rb > ra) return notimpl(vm);
  if (ra == 2 && bop >= LB_LSHIFT) return notimpl(vm);
  Opcode op = (Opcode)(OP_BINARY_ADD + bop);
  if (ra == 1 && a.tag != T_LONG) a = long_from_i64(vm, a.u.i);
  if (ra == 1 && b.tag != T_LONG) b = long_from_i64(vm, b.u.i);
  if (v_isnull(a) || v_isnull(b)) return v_null();
  return reflected ? vm_binop(vm, op, b, a) : vm_binop(vm, op, a, b);
}

#define NUM_BINARY(name, bop) \
  static Value m_##name(VM *vm, int argc, Value *argv, Dict *kw) { \
    return num_binary(vm, argc, argv, bop, false); } \
  static Value m_r##name(VM *vm, int argc, Value *argv, Dict *kw) { \
    return num_binary(vm, argc, argv, bop, true); }
NUM_BINARY(add, LB_ADD) NUM_BINARY(sub, LB_SUB) NUM_BINARY(mul, LB_MUL)
NUM_BINARY(div, LB_DIV) NUM_BINARY(truediv, LB_TRUEDIV) NUM_BINARY(floordiv, LB_FLOORDIV)
NUM_BINARY(mod, LB_MOD) NUM_BINARY(lshift, LB_LSHIFT) NUM_BINARY(rshift, LB_RSHIFT)
NUM_BINARY(and, LB_AND) NUM_BINARY(or, LB_OR) NUM_BINARY(xor, LB_XOR)
#undef NUM_BINARY

static Value num_pow(VM *vm, int argc, Value *argv, bool reflected) {
  if (argc == 3 && !v_isnone(argv[2])) {
    Value a = plain(vm, argv[0]), b = plain(vm, argv[1]), m = plain(vm, argv[2]);
    if (reflected) { Value t = a; a = b; b = t; }
    int ra = num_rank(a), rb = num_rank(b), rm = num_rank(m);
    if (ra < 0 || rb < 0 || rm < 0) return notimpl(vm);
    if (ra == 2 || rb == 2 || rm == 2)
      return vm_raise(vm, vm->exc_TypeError,
                      "pow() 3rd argument not allowed unless all arguments are integers");
    Value r = long_powmod(vm, a, b, m);
    if (v_isnull(r)) return r;
    return (ra | rb | rm) == 0 ? long_normalize(vm, r) : r;
  }
  return num_binary(vm, 2, argv, LB_POW, reflected);
}

static Value m_pow(VM *vm, int argc, Value *argv, Dict *kw) { return num_pow(vm, argc, argv, false); }
static Value m_rpow(VM *vm, int argc, Value *argv, Dict *kw) { return num_pow(vm, argc, argv, true); }

static Value num_divmod(VM *vm, Value a, Value b) {
  a = plain(vm, a); b = plain(vm, b);
  int ra = num_rank(a), rb = num_rank(b);
  if (ra < 0 || rb < 0) return notimpl(vm);
  return vm_divmod(vm, a, b);
}

static Value m_divmod(VM *vm, int argc, Value *argv, Dict *kw) {
  if (num_rank(plain(vm, argv[1])) > num_rank(plain(vm, argv[0]))) return notimpl(vm);
  return num_divmod(vm, argv[0], argv[1]);
}

static Value m_rdivmod(VM *vm, int argc, Value *argv, Dict *kw) {
  if (num_rank(plain(vm, argv[1])) > num_rank(plain(vm, argv[0]))) return notimpl(vm);
  return num_divmod(vm, argv[1], argv[0]);
}

/* ---- unary and conversion methods -------------------------------------------------- */

static Value m_neg(VM *vm, int argc, Value *argv, Dict *kw) {
  return vm_unop(vm, OP_UNARY_NEGATIVE, plain(vm, argv[0]));
}
static Value m_pos(VM *vm, int argc, Value *argv, Dict *kw) {
  return vm_unop(vm, OP_UNARY_POSITIVE, plain(vm, argv[0]));
}
static Value m_invert(VM *vm, int argc, Value *argv, Dict *kw) {
  return vm_unop(vm, OP_UNARY_INVERT, plain(vm, argv[0]));
}

static Value m_abs(VM *vm, int argc, Value *argv, Dict *kw) {
  Value a = plain(vm, argv[0]);
  switch (a.tag) {
  case T_FLOAT: return v_float(fabs(a.u.f));
  case T_LONG: return mpz_sgn(AS_LONG(a)->z) < 0 ? long_abs(vm, a) : a;
  default:
    if (a.u.i == INT64_MIN) return long_abs(vm, a);
    return v_int(a.u.i < 0 ? -a.u.i : a.u.i);
  }
}

static Value m_nonzero(VM *vm, int argc, Value *argv, Dict *kw) {
  int t = vm_truthy(vm, plain(vm, argv[0]));
  return t < 0 ? v_null() : v_bool(t);
}

static Value m_int(VM *vm, int argc, Value *argv, Dict *kw) {
  Value a = plain(vm, argv[0]);
  switch (a.tag) {
  case T_FLOAT: {
    double t = trunc(a.u.f);
    if (isfinite(t) && t >= -9223372036854775808.0 && t < 9223372036854775808.0)
      return v_int((int64_t)t);
    return long_from_double(vm, a.u.f);
  }
  case T_LONG: return long_normalize(vm, a);
  default: return v_int(a.u.i);
  }
}

static Value m_long(VM *vm, int argc, Value *argv, Dict *kw) {
  Value a = plain(vm, argv[0]);
  switch (a.tag) {
  case T_FLOAT: return long_from_double(vm, a.u.f);
  case T_LONG: return a.u.o->cls == vm->cls[T_LONG] ? a : long_from_mpz(vm, AS_LONG(a)->z);
  default: return long_from_i64(vm, a.u.i);
  }
}

static Value m_float(VM *vm, int argc, Value *argv, Dict *kw) {
  Value a = plain(vm, argv[0]);
  if (a.tag == T_FLOAT) return a;
  double d;
  if (!long_to_double(vm, a, &d)) return v_null();
  return v_float(d);
}

static Value m_index(VM *vm, int argc, Value *argv, Dict *kw) {
  Value a = plain(vm, argv[0]);
  if (a.tag == T_LONG) return a;
  return v_int(a.u.i);
}

static Value m_hash(VM *vm, int argc, Value *argv, Dict *kw) {
  int64_t h;
  if (!vm_hash(vm, plain(vm, argv[0]), &h)) return v_null();
  return v_int(h);
}

static Value m_repr(VM *vm, int argc, Value *argv, Dict *kw) {
  Str *s = vm_repr(vm, plain(vm, argv[0]));
  return s ? v_obj(s) : v_null();
}

static Value m_str(VM *vm, int argc, Value *argv, Dict *kw) {
  Str *s = vm_str(vm, plain(vm, argv[0]));
  return s ? v_obj(s) : v_null();
}

static Value m_cmp(VM *vm, int argc, Value *argv, Dict *kw) {
  Value a = plain(vm, argv[0]), b = plain(vm, argv[1]);
  if (num_rank(a) < 0 || num_rank(b) < 0) return notimpl(vm);
  int c;
  if (vm_cmp(vm, a, b, &c) < 0) return v_null();
  return v_int(c);
}

static Value m_hex(VM *vm, int argc, Value *argv, Dict *kw) {
  Str *s = long_hexoct(vm, plain(vm, argv[0]), 16);
  return s ? v_obj(s) : v_null();
}

static Value m_oct(VM *vm, int argc, Value *argv, Dict *kw) {
  Str *s = long_hexoct(vm, plain(vm, argv[0]), 8);
  return s ? v_obj(s) : v_null();
}

static Value m_bit_length(VM *vm, int argc, Value *argv, Dict *kw) {
  return v_int((int64_t)long_bit_length(plain(vm, argv[0])));
}

static Value m_conjugate(VM *vm, int argc, Value *argv, Dict *kw) {
  Value a = plain(vm, argv[0]);
  if (a.tag == T_BOOL) return v_int(a.u.i);
  if (a.tag == T_LONG && a.u.o->cls != vm->cls[T_LONG]) return long_from_mpz(vm, AS_LONG(a)->z);
  return a;
}

static Value m_zero(VM *vm, int argc, Value *argv, Dict *kw) {
  Value a = plain(vm, argv[0]);
  if (a.tag == T_FLOAT) return v_float(0.0);
  if (a.tag == T_LONG) return long_from_i64(vm, 0);
  return v_int(0);
}

static Value m_one(VM *vm, int argc, Value *argv, Dict *kw) {
  Value a = plain(vm, argv[0]);
  if (a.tag == T_LONG) return long_from_i64(vm, 1);
  return v_int(1);
}

static Value m_getnewargs(VM *vm, int argc, Value *argv, Dict *kw) {
  Tuple *t = tuple_from(vm, 1, (Value[]){plain(vm, argv[0])});
  return t ? v_obj(t) : v_null();
}

/* ---- container methods that subclasses call (list.__init__(self, ...)) ------------- */

static Value list_init_m(VM *vm, int argc, Value *argv, Dict *kw) {
  if (argv[0].tag != T_LIST)
    return vm_raise(vm, vm->exc_TypeError, "descriptor '__init__' requires a 'list' object");
  if (kw && kw->used)
    return vm_raise(vm, vm->exc_TypeError, "'%S' is an invalid keyword argument for this function",
                    str_intern_cstr(vm, "x"));
  List *l = AS_LIST(argv[0]);
  l->len = 0;
  if (argc > 1 && !list_extend(vm, l, argv[1])) return v_null();
  return v_none();
}

static Value dict_init_m(VM *vm, int argc, Value *argv, Dict *kw) {
  if (argv[0].tag != T_DICT)
    return vm_raise(vm, vm->exc_TypeError, "descriptor '__init__' requires a 'dict' object");
  if (argc > 2)
    return vm_raise(vm, vm->exc_TypeError, "dict expected at most 1 arguments, got %d", argc - 1);
  Dict *d = AS_DICT(argv[0]);
  if (argc > 1 && !dict_update(vm, d, argv[1])) return v_null();
  if (kw && kw->used && !dict_merge_kw(vm, d, kw)) return v_null();
  return v_none();
}

static Value set_init_m(VM *vm, int argc, Value *argv, Dict *kw) {
  if (argv[0].tag != T_SET)
    return vm_raise(vm, vm->exc_TypeError, "descriptor '__init__' requires a 'set' object");
  if (argc > 2)
    return vm_raise(vm, vm->exc_TypeError, "set expected at most 1 arguments, got %d", argc - 1);
  if (argc > 1) {
    Value it = vm_iter(vm, argv[1]);
    if (v_isnull(it)) return it;
    for (;;) {
      Value x = vm_next(vm, it);
      if (v_isnull(x)) break;
      if (!set_add(vm, AS_SET(argv[0]), x)) return v_null();
    }
    if (!v_isnull(vm->exc)) return v_null();
  }
  return v_none();
}

/* The builtin repr of a str/list/tuple/dict/set, whatever the subclass says. */
static Value builtin_repr_m(VM *vm, int argc, Value *argv, Dict *kw) {
  Value v = argv[0];
  Str *s;
  switch (v.tag) {
  case T_STR: s = str_repr(vm, AS_STR(v)); break;
  case T_LIST: s = list_repr(vm, AS_LIST(v)); break;
  case T_TUPLE: s = tuple_repr(vm, AS_TUPLE(v)); break;
  case T_DICT: s = dict_repr(vm, AS_DICT(v)); break;
  case T_SET: case T_FROZENSET: s = set_repr(vm, AS_SET(v)); break;
  default: s = vm_repr(vm, v); break;
  }
  return s ? v_obj(s) : v_null();
}

static Value builtin_str_m(VM *vm, int argc, Value *argv, Dict *kw) {
  Value v = argv[0];
  if (v.tag == T_STR) return v_obj(str_new(vm, AS_STR(v)->data, (size_t)AS_STR(v)->len));
  return builtin_repr_m(vm, argc, argv, kw);
}

/* list.__iter__ & co: the builtin iterator, whatever the subclass says. */
static Value builtin_iter_m(VM *vm, int argc, Value *argv, Dict *kw) {
  Value v = argv[0];
  switch (v.tag) {
  case T_LIST: return iter_new(vm, IT_LIST, v);
  case T_TUPLE: return iter_new(vm, IT_TUPLE, v);
  case T_DICT: case T_SET: case T_FROZENSET: {
    Value it = dict_iter_new(vm, v, IT_DICT_KEYS);
    if (v_isnull(it)) return it;
    Class *c = v.tag == T_DICT ? vm->cls_iter[IT_DICT_KEYS] : vm->cls_setiter;
    if (c && it.u.o->cls == vm->cls[T_ITER]) it.u.o->cls = c;
    return it;
  }
  default: return vm_iter(vm, v);
  }
}

static Value builtin_hash_m(VM *vm, int argc, Value *argv, Dict *kw) {
  Value v = argv[0];
  int64_t h;
  bool ok;
  switch (v.tag) {
  case T_STR: h = str_hash(AS_STR(v)); ok = true; break;
  case T_TUPLE: ok = tuple_hash(vm, AS_TUPLE(v), &h); break;
  case T_FROZENSET: ok = frozenset_hash(vm, AS_SET(v), &h); break;
  default: ok = vm_hash(vm, v, &h); break;
  }
  return ok ? v_int(h) : v_null();
}

static void containers_init(VM *vm) {
  static const MethDef init_list[] = {{"__init__", list_init_m, 0, 1}, {NULL, NULL, 0, 0}};
  static const MethDef init_set[] = {{"__init__", set_init_m, 0, 1}, {NULL, NULL, 0, 0}};
  static const MethDef reprs[] = {{"__repr__", builtin_repr_m, 0, 0},
                                  {"__str__", builtin_str_m, 0, 0}, {NULL, NULL, 0, 0}};
  static const MethDef hashes[] = {{"__hash__", builtin_hash_m, 0, 0}, {NULL, NULL, 0, 0}};
  add_methods(vm, vm->cls[T_LIST], init_list);
  add_methods(vm, vm->cls[T_SET], init_set);
  if (dict_find_str(vm->cls[T_DICT]->dict, vm->s___init__) < 0)
    vm_add_method(vm, vm->cls[T_DICT], "__init__", dict_init_m, 0, -1, true);
  static const int kinds[] = { T_STR, T_LIST, T_TUPLE, T_DICT, T_SET, T_FROZENSET };
  for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++)
    add_methods(vm, vm->cls[kinds[k]], reprs);
  static const MethDef iters[] = {{"__iter__", builtin_iter_m, 0, 0}, {NULL, NULL, 0, 0}};
  static const int itkinds[] = { T_LIST, T_TUPLE, T_DICT, T_SET, T_FROZENSET };
  for (size_t k = 0; k < sizeof itkinds / sizeof itkinds[0]; k++)
    add_methods(vm, vm->cls[itkinds[k]], iters);
  add_methods(vm, vm->cls[T_STR], hashes);
  add_methods(vm, vm->cls[T_TUPLE], hashes);
  add_methods(vm, vm->cls[T_FROZENSET], hashes);
}

/* ---- registration ------------------------------------------------------------------ */


static const MethDef arith_defs[] = {
  {"__add__", m_add, 1, 1}, {"__radd__", m_radd, 1, 1},
  {"__sub__", m_sub, 1, 1}, {"__rsub__", m_rsub, 1, 1},
  {"__mul__", m_mul, 1, 1}, {"__rmul__", m_rmul, 1, 1},
  {"__div__", m_div, 1, 1}, {"__rdiv__", m_rdiv, 1, 1},
  {"__truediv__", m_truediv, 1, 1}, {"__rtruediv__", m_rtruediv, 1, 1},
  {"__floordiv__", m_floordiv, 1, 1}, {"__rfloordiv__", m_rfloordiv, 1, 1},
  {"__mod__", m_mod, 1, 1}, {"__rmod__", m_rmod, 1, 1},
  {"__divmod__", m_divmod, 1, 1}, {"__rdivmod__", m_rdivmod, 1, 1},
  {"__pow__", m_pow, 1, 2}, {"__rpow__", m_rpow, 1, 2},
  {"__neg__", m_neg, 0, 0}, {"__pos__", m_pos, 0, 0}, {"__abs__", m_abs, 0, 0},
  {"__nonzero__", m_nonzero, 0, 0}, {"__int__", m_int, 0, 0}, {"__long__", m_long, 0, 0},
  {"__float__", m_float, 0, 0}, {"__trunc__", m_int, 0, 0}, {"__hash__", m_hash, 0, 0},
  {"__repr__", m_repr, 0, 0}, {"__str__", m_str, 0, 0}, {"__cmp__", m_cmp, 1, 1},
  {"__getnewargs__", m_getnewargs, 0, 0}, {"conjugate", m_conjugate, 0, 0},
  {NULL, NULL, 0, 0}
};

static const MethDef integer_defs[] = {
  {"__lshift__", m_lshift, 1, 1}, {"__rlshift__", m_rlshift, 1, 1},
  {"__rshift__", m_rshift, 1, 1}, {"__rrshift__", m_rrshift, 1, 1},
  {"__and__", m_and, 1, 1}, {"__rand__", m_rand, 1, 1},
  {"__or__", m_or, 1, 1}, {"__ror__", m_ror, 1, 1},
  {"__xor__", m_xor, 1, 1}, {"__rxor__", m_rxor, 1, 1},
  {"__invert__", m_invert, 0, 0}, {"__index__", m_index, 0, 0},
  {"__hex__", m_hex, 0, 0}, {"__oct__", m_oct, 0, 0}, {"bit_length", m_bit_length, 0, 0},
  {NULL, NULL, 0, 0}
};

static CFunc *add_new(VM *vm, Class *c, CFn fn) {
  if (!c) return NULL;
  CFunc *f = cfunc_new(vm, "__new__", fn, 1, -1, true);
  if (!f) return NULL;
  dict_set_str(vm, c->dict, vm->s___new__, v_obj(f));  /* a static method: no self */
  return f;
}

void long_init_type(VM *vm) {
  long_init();
  Class *i = vm->cls[T_INT], *l = vm->cls[T_LONG], *f = vm->cls[T_FLOAT];
  l->ctor = long_ctor;
  Class *nums[3] = { i, l, f };
  for (int k = 0; k < 3; k++) {
    add_methods(vm, nums[k], arith_defs);
    if (k < 2) add_methods(vm, nums[k], integer_defs);
  }
  /* Data attributes of long (int's and float's are made by obj_attr.c). */
  vm_add_property(vm, l, "real", m_conjugate, NULL);
  vm_add_property(vm, l, "imag", m_zero, NULL);
  vm_add_property(vm, l, "numerator", m_conjugate, NULL);
  vm_add_property(vm, l, "denominator", m_one, NULL);
  add_new(vm, i, new_INT);
  add_new(vm, f, new_FLOAT);
  add_new(vm, l, new_LONG);
  add_new(vm, vm->cls[T_STR], new_STR);
  add_new(vm, vm->cls[T_TUPLE], new_TUPLE);
  add_new(vm, vm->cls[T_LIST], new_LIST);
  add_new(vm, vm->cls[T_DICT], new_DICT);
  add_new(vm, vm->cls[T_SET], new_SET);
  add_new(vm, vm->cls[T_FROZENSET], new_FROZENSET);
  containers_init(vm);
  vm->class_epoch++;
}
