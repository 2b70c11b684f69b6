/*
** lib_ctors.c: the builtin types called as constructors: int(x, base),
** float(x), str(x), bool(x), list/tuple/dict/set/frozenset(iterable),
** object(), type(x) and type(name, bases, dict), xrange, slice, property,
** staticmethod, classmethod, super, long and unicode. Each is a Class.ctor
** (argv[0] is the class being instantiated, possibly a subclass) installed by
** lib_init_ctors. Also the property type's getter/setter/deleter methods.
*/
#include <math.h>
#include <string.h>

#include "lib.h"
#include "../vm/types.h"
#include "../vm/long.h"
#include "../gc/gc.h"

#define EXC_PENDING(vm) (!v_isnull((vm)->exc))

/* Strip the class from a ctor's arguments. */
#define CTOR_PROLOGUE Class *cls = AS_CLASS(argv[0]); argc--; argv++; (void)cls

/* The class defines its own Python __init__ (a subclass of a builtin type):
** the builtin ctor then makes an empty object and lets __init__ fill it. */
static bool has_user_init(VM *vm, Class *cls, Class *builtin) {
  if (cls == builtin) return false;
  Value init = class_lookup(vm, cls, vm->s___init__);
  return init.tag == T_FUNC;
}

/* ---- object, type -------------------------------------------------------------- */

static Value object_ctor(VM *vm, int argc, Value *argv, Dict *kw) {
  CTOR_PROLOGUE;
  if (argc > 0 || (kw && kw->used)) {
    Value init = class_lookup(vm, cls, vm->s___init__);
    if (v_isnull(init) || v_same(init, vm->obj_init_fn))
      return vm_raise(vm, vm->exc_TypeError, "object() takes no parameters");
  }
  Instance *o = instance_new(vm, cls);
  return o ? v_obj(o) : v_null();
}

static Value type_ctor(VM *vm, int argc, Value *argv, Dict *kw) {
  CTOR_PROLOGUE;
  if (argc == 1 && (!kw || kw->used == 0)) return v_obj(vm_class_of(vm, argv[0]));
  if (argc != 3) return vm_raise(vm, vm->exc_TypeError, "type() takes 1 or 3 arguments");
  if (argv[0].tag != T_STR)
    return vm_raise(vm, vm->exc_TypeError, "type() argument 1 must be string, not %s",
                    vm_type_name(vm, argv[0]));
  if (argv[1].tag != T_TUPLE)
    return vm_raise(vm, vm->exc_TypeError, "type() argument 2 must be tuple, not %s",
                    vm_type_name(vm, argv[1]));
  if (argv[2].tag != T_DICT)
    return vm_raise(vm, vm->exc_TypeError, "type() argument 3 must be dict, not %s",
                    vm_type_name(vm, argv[2]));
  Dict *d = dict_copy(vm, AS_DICT(argv[2]));
  if (!d) return v_null();
  Class *c = class_new(vm, str_intern(vm, AS_STR(argv[0])), AS_TUPLE(argv[1]), d);
  if (!c) return v_null();
  if (cls != vm->cls_type && cls != vm->cls[T_CLASS]) c->h.cls = cls;  /* a metaclass */
  return v_obj(c);
}

/* ---- numbers ------------------------------------------------------------------------ */

static Value int_from_double(VM *vm, double d) {
  if (isnan(d)) return vm_raise(vm, vm->exc_ValueError, "cannot convert float NaN to integer");
  if (isinf(d))
    return vm_raise(vm, vm->exc_OverflowError, "cannot convert float infinity to integer");
  double t = trunc(d);
  if (t >= 9223372036854775808.0 || t < -9223372036854775808.0)
    return long_from_double(vm, t);  /* protocols area: a long */
  return v_int((int64_t)t);
}

static Value int_ctor(VM *vm, int argc, Value *argv, Dict *kw) {
  CTOR_PROLOGUE;
  const char *name = cls == vm->cls[T_LONG] ? "long" : "int";
  static const char *const kws[] = {"x", "base", NULL};
  if (!lib_nargs(vm, 'P', name, argc, 0, 2) || !lib_kw_check(vm, kw, kws)) return v_null();
  Value x, b;
  if (!lib_arg(vm, argc, argv, kw, 0, "x", name, &x) ||
      !lib_arg(vm, argc, argv, kw, 1, "base", name, &b))
    return v_null();
  if (v_isnull(x)) {
    if (!v_isnull(b))
      return vm_raise(vm, vm->exc_TypeError, "%s() missing string argument", name);
    return v_int(0);
  }
  if (!v_isnull(b)) {
    int64_t base;
    if (!lib_to_int(vm, b, &base)) return v_null();
    if (x.tag != T_STR)
      return vm_raise(vm, vm->exc_TypeError, "%s() can't convert non-string with explicit base",
                      name);
    if (base != 0 && (base < 2 || base > 36))
      return vm_raise(vm, vm->exc_ValueError, "%s() base must be >= 2 and <= 36, or 0", name);
    return vm_int_from_str(vm, AS_STR(x)->data, (size_t)AS_STR(x)->len, (int)base);
  }
  switch (x.tag) {
  case T_INT: return x;
  case T_BOOL: return v_int(x.u.i);
  case T_LONG: return long_normalize(vm, x);  /* protocols area */
  case T_FLOAT: return int_from_double(vm, x.u.f);
  case T_STR: return vm_int_from_str(vm, AS_STR(x)->data, (size_t)AS_STR(x)->len, 10);
  default: break;
  }
  Str *special = cls == vm->cls[T_LONG] ? vm->s___long__ : vm->s___int__;
  Value r = vm_call_special(vm, x, special, 0, NULL);
  if (v_isnull(r) && !EXC_PENDING(vm) && special != vm->s___int__)
    r = vm_call_special(vm, x, vm->s___int__, 0, NULL);
  if (EXC_PENDING(vm)) return v_null();
  if (!v_isnull(r)) {
    if (r.tag == T_INT) return r;
    if (r.tag == T_BOOL) return v_int(r.u.i);
    if (r.tag == T_LONG) return r;
    return vm_raise(vm, vm->exc_TypeError, "__int__ returned non-int (type %s)",
                    vm_type_name(vm, r));
  }
  return vm_raise(vm, vm->exc_TypeError, "%s() argument must be a string or a number, not '%s'",
                  name, vm_type_name(vm, x));
}

static Value float_ctor(VM *vm, int argc, Value *argv, Dict *kw) {
  CTOR_PROLOGUE;
  static const char *const kws[] = {"x", NULL};
  if (!lib_nargs(vm, 'P', "float", argc, 0, 1) || !lib_kw_check(vm, kw, kws)) return v_null();
  Value x;
  if (!lib_arg(vm, argc, argv, kw, 0, "x", "float", &x)) return v_null();
  if (v_isnull(x)) return v_float(0.0);
  switch (x.tag) {
  case T_FLOAT: return x;
  case T_INT: case T_BOOL: return v_float((double)x.u.i);
  case T_LONG: {  /* protocols area */
    double d;
    return long_to_double(vm, x, &d) ? v_float(d) : v_null();
  }
  case T_STR: return vm_float_from_str(vm, AS_STR(x)->data, (size_t)AS_STR(x)->len);
  default: break;
  }
  Value r = vm_call_special(vm, x, vm->s___float__, 0, NULL);
  if (EXC_PENDING(vm)) return v_null();
  if (!v_isnull(r)) {
    if (r.tag == T_FLOAT) return r;
    return vm_raise(vm, vm->exc_TypeError, "__float__ returned non-float (type %s)",
                    vm_type_name(vm, r));
  }
  return vm_raise(vm, vm->exc_TypeError, "float() argument must be a string or a number");
}

static Value bool_ctor(VM *vm, int argc, Value *argv, Dict *kw) {
  CTOR_PROLOGUE;
  static const char *const kws[] = {"x", NULL};
  if (!lib_nargs(vm, 'P', "bool", argc, 0, 1) || !lib_kw_check(vm, kw, kws)) return v_null();
  Value x;
  if (!lib_arg(vm, argc, argv, kw, 0, "x", "bool", &x)) return v_null();
  if (v_isnull(x)) return v_bool(false);
  int t = vm_truthy(vm, x);
  return t < 0 ? v_null() : v_bool(t);
}

/* ---- str ----------------------------------------------------------------------------- */

static Value str_ctor(VM *vm, int argc, Value *argv, Dict *kw) {
  CTOR_PROLOGUE;
  const char *name = cls == vm->cls_unicode && cls != vm->cls[T_STR] ? "unicode" : "str";
  static const char *const kws[] = {"object", "encoding", "errors", NULL};
  static const char *const str_kws[] = {"object", NULL};
  int max = name[0] == 'u' ? 3 : 1;
  if (!lib_nargs(vm, 'P', name, argc, 0, max) || !lib_kw_check(vm, kw, max == 1 ? str_kws : kws))
    return v_null();
  Value x;
  if (!lib_arg(vm, argc, argv, kw, 0, "object", name, &x)) return v_null();
  if (v_isnull(x)) return v_obj(vm->empty_str ? vm->empty_str : str_new(vm, "", 0));
  if (x.tag == T_STR && x.u.o->cls == vm->cls[T_STR]) return x;  /* subclasses: a copy */
  Str *s = vm_str(vm, x);
  return s ? v_obj(s) : v_null();
}

static Value basestring_ctor(VM *vm, int argc, Value *argv, Dict *kw) {
  return vm_raise(vm, vm->exc_TypeError, "The basestring type cannot be instantiated");
}

/* ---- containers ------------------------------------------------------------------------- */

static Value list_ctor(VM *vm, int argc, Value *argv, Dict *kw) {
  CTOR_PROLOGUE;
  static const char *const kws[] = {"sequence", NULL};
  if (has_user_init(vm, cls, vm->cls[T_LIST])) {
    List *l = list_new(vm, 0);
    if (l) l->h.cls = cls;
    return l ? v_obj(l) : v_null();
  }
  if (!lib_nargs(vm, 'P', "list", argc, 0, 1) || !lib_kw_check(vm, kw, kws)) return v_null();
  Value x;
  if (!lib_arg(vm, argc, argv, kw, 0, "sequence", "list", &x)) return v_null();
  Value r;
  if (v_isnull(x)) {
    List *l = list_new(vm, 0);
    r = l ? v_obj(l) : v_null();
  } else {
    r = vm_to_list(vm, x);
    if (!v_isnull(r) && v_same(r, x)) {  /* never alias the argument */
      List *src = AS_LIST(x);
      List *l = list_from(vm, src->len, src->items);
      r = l ? v_obj(l) : v_null();
    }
  }
  if (!v_isnull(r) && cls != vm->cls[T_LIST]) r.u.o->cls = cls;
  return r;
}

static Value tuple_ctor(VM *vm, int argc, Value *argv, Dict *kw) {
  CTOR_PROLOGUE;
  static const char *const kws[] = {"sequence", NULL};
  if (!lib_nargs(vm, 'P', "tuple", argc, 0, 1) || !lib_kw_check(vm, kw, kws)) return v_null();
  Value x;
  if (!lib_arg(vm, argc, argv, kw, 0, "sequence", "tuple", &x)) return v_null();
  Value r;
  if (v_isnull(x)) {
    r = v_obj(vm->empty_tuple ? vm->empty_tuple : tuple_new(vm, 0));
    if (cls == vm->cls[T_TUPLE]) return r;
  } else if (x.tag == T_TUPLE && x.u.o->cls == vm->cls[T_TUPLE] && cls == vm->cls[T_TUPLE]) {
    return x;
  } else {
    r = vm_to_tuple(vm, x);
    if (v_isnull(r)) return r;
  }
  if (cls != vm->cls[T_TUPLE] || r.u.o->cls != cls) {
    Tuple *t = AS_TUPLE(r);
    Tuple *c = tuple_from(vm, t->len, t->items);  /* a fresh object for the subclass */
    if (!c) return v_null();
    c->h.cls = cls;
    r = v_obj(c);
  }
  return r;
}

static Value dict_ctor(VM *vm, int argc, Value *argv, Dict *kw) {
  CTOR_PROLOGUE;
  Dict *d = dict_new(vm);
  if (!d) return v_null();
  if (cls != vm->cls[T_DICT]) d->h.cls = cls;
  if (has_user_init(vm, cls, vm->cls[T_DICT])) return v_obj(d);
  if (!lib_nargs(vm, 'U', "dict", argc, 0, 1)) return v_null();
  if (argc == 1 && !dict_update(vm, d, argv[0])) return v_null();
  if (kw && kw->used && !dict_merge_kw(vm, d, kw)) return v_null();
  return v_obj(d);
}

static Value anyset_ctor(VM *vm, int argc, Value *argv, Dict *kw, bool frozen) {
  CTOR_PROLOGUE;
  const char *name = frozen ? "frozenset" : "set";
  Class *builtin = vm->cls[frozen ? T_FROZENSET : T_SET];
  if (!frozen && has_user_init(vm, cls, builtin)) {
    Set *s = set_new(vm, false);
    if (s) s->h.cls = cls;
    return s ? v_obj(s) : v_null();
  }
  if (kw && kw->used)
    return vm_raise(vm, vm->exc_TypeError, "%s() does not take keyword arguments", name);
  if (!lib_nargs(vm, 'U', name, argc, 0, 1)) return v_null();
  if (frozen && argc == 1 && argv[0].tag == T_FROZENSET && cls == builtin &&
      argv[0].u.o->cls == builtin)
    return argv[0];
  Set *s = set_from_iterable(vm, argc ? argv[0] : v_null(), frozen);
  if (!s) return v_null();
  if (cls != builtin) s->h.cls = cls;
  return v_obj(s);
}

static Value set_ctor_fn(VM *vm, int argc, Value *argv, Dict *kw) {
  return anyset_ctor(vm, argc, argv, kw, false);
}

static Value frozenset_ctor(VM *vm, int argc, Value *argv, Dict *kw) {
  return anyset_ctor(vm, argc, argv, kw, true);
}

/* ---- xrange, slice --------------------------------------------------------------------- */

static bool xrange_arg(VM *vm, Value v, int64_t *out) {
  if (v.tag == T_INT || v.tag == T_BOOL) { *out = v.u.i; return true; }
  if (v.tag == T_LONG) return long_to_i64(vm, v, out);  /* protocols area */
  if (v.tag == T_FLOAT) {
    vm_raise(vm, vm->exc_TypeError, "integer argument expected, got float");
    return false;
  }
  if (v.tag == T_INSTANCE) {
    Value r = vm_call_special(vm, v, vm->s___int__, 0, NULL);
    if (EXC_PENDING(vm)) return false;
    if (r.tag == T_INT || r.tag == T_BOOL) { *out = r.u.i; return true; }
  }
  vm_raise(vm, vm->exc_TypeError, "an integer is required");
  return false;
}

static Value xrange_ctor(VM *vm, int argc, Value *argv, Dict *kw) {
  CTOR_PROLOGUE;
  if (kw && kw->used)
    return vm_raise(vm, vm->exc_TypeError, "xrange() does not take keyword arguments");
  if (argc < 1 || argc > 3)
    return vm_raise(vm, vm->exc_TypeError, "xrange() requires 1-3 int arguments");
  int64_t lo = 0, hi, step = 1;
  if (argc == 1) {
    if (!xrange_arg(vm, argv[0], &hi)) return v_null();
  } else {
    if (!xrange_arg(vm, argv[0], &lo) || !xrange_arg(vm, argv[1], &hi)) return v_null();
    if (argc == 3 && !xrange_arg(vm, argv[2], &step)) return v_null();
  }
  if (step == 0) return vm_raise(vm, vm->exc_ValueError, "xrange() arg 3 must not be zero");
  return xrange_new(vm, lo, hi, step);
}

static Value slice_ctor(VM *vm, int argc, Value *argv, Dict *kw) {
  CTOR_PROLOGUE;
  if (!lib_nokw(vm, "slice", kw) || !lib_nargs(vm, 'U', "slice", argc, 1, 3)) return v_null();
  if (argc == 1) return slice_new(vm, v_none(), argv[0], v_none());
  return slice_new(vm, argv[0], argv[1], argc == 3 ? argv[2] : v_none());
}

/* ---- property, staticmethod, classmethod, super --------------------------------------------- */

static Value new_property(VM *vm, Class *cls, Value fget, Value fset, Value fdel, Value doc) {
  Property *p = gc_alloc(sizeof(Property));
  if (!p) return vm_raise(vm, vm->exc_MemoryError, "");
  p->h.kind = T_PROPERTY;
  p->h.cls = cls;
  p->fget = v_isnull(fget) ? v_none() : fget;
  p->fset = v_isnull(fset) ? v_none() : fset;
  p->fdel = v_isnull(fdel) ? v_none() : fdel;
  if ((v_isnull(doc) || v_isnone(doc)) && !v_isnull(fget) && !v_isnone(fget)) {
    doc = v_null();
    if (fget.tag == T_FUNC) doc = AS_FUNC(fget)->doc;
    else {
      doc = vm_getattr_opt(vm, fget, vm->s___doc__);
      vm_exc_clear(vm);
    }
  }
  p->doc = v_isnull(doc) ? v_none() : doc;
  return v_obj(p);
}

static Value property_ctor(VM *vm, int argc, Value *argv, Dict *kw) {
  CTOR_PROLOGUE;
  static const char *const kws[] = {"fget", "fset", "fdel", "doc", NULL};
  if (!lib_nargs(vm, 'P', "property", argc, 0, 4) || !lib_kw_check(vm, kw, kws))
    return v_null();
  Value a[4];
  for (int i = 0; i < 4; i++)
    if (!lib_arg(vm, argc, argv, kw, i, kws[i], "property", &a[i])) return v_null();
  return new_property(vm, cls, a[0], a[1], a[2], a[3]);
}

static Value property_copy(VM *vm, Value self, int which, Value f) {
  if (self.tag != T_PROPERTY)
    return vm_raise(vm, vm->exc_TypeError, "descriptor requires a 'property' object");
  Property *p = (Property *)self.u.o;
  Value g = p->fget, s = p->fset, d = p->fdel;
  if (which == 0) g = f; else if (which == 1) s = f; else d = f;
  Value doc = p->doc;
  if (which == 0) doc = v_null();  /* re-derived from the new getter */
  return new_property(vm, p->h.cls, g, s, d, doc);
}

static Value property_getter(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'O', "getter", argc - 1, 1, 1)) return v_null();
  return property_copy(vm, argv[0], 0, argv[1]);
}

static Value property_setter(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'O', "setter", argc - 1, 1, 1)) return v_null();
  return property_copy(vm, argv[0], 1, argv[1]);
}

static Value property_deleter(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'O', "deleter", argc - 1, 1, 1)) return v_null();
  return property_copy(vm, argv[0], 2, argv[1]);
}

static Value property_field(VM *vm, Value self, int which) {
  if (self.tag != T_PROPERTY) return v_none();
  Property *p = (Property *)self.u.o;
  return which == 0 ? p->fget : which == 1 ? p->fset : which == 2 ? p->fdel : p->doc;
}

static Value prop_fget(VM *vm, int argc, Value *argv, Dict *kw) { return property_field(vm, argv[0], 0); }
static Value prop_fset(VM *vm, int argc, Value *argv, Dict *kw) { return property_field(vm, argv[0], 1); }
static Value prop_fdel(VM *vm, int argc, Value *argv, Dict *kw) { return property_field(vm, argv[0], 2); }
static Value prop_doc(VM *vm, int argc, Value *argv, Dict *kw) { return property_field(vm, argv[0], 3); }

static Value wrapper_new(VM *vm, Class *cls, uint32_t kind, Value f) {
  Wrapper *w = gc_alloc(sizeof(Wrapper));
  if (!w) return vm_raise(vm, vm->exc_MemoryError, "");
  w->h.kind = kind;
  w->h.cls = cls;
  w->func = f;
  return v_obj(w);
}

static Value staticmethod_ctor(VM *vm, int argc, Value *argv, Dict *kw) {
  CTOR_PROLOGUE;
  if (!lib_nokw(vm, "staticmethod", kw) || !lib_nargs(vm, 'U', "staticmethod", argc, 1, 1))
    return v_null();
  return wrapper_new(vm, cls, T_STATICMETHOD, argv[0]);
}

static Value classmethod_ctor(VM *vm, int argc, Value *argv, Dict *kw) {
  CTOR_PROLOGUE;
  if (!lib_nokw(vm, "classmethod", kw) || !lib_nargs(vm, 'U', "classmethod", argc, 1, 1))
    return v_null();
  if (!(argv[0].tag == T_FUNC || argv[0].tag == T_CFUNC || argv[0].tag == T_BOUND ||
        argv[0].tag == T_CLASS ||
        (argv[0].tag >= T_FIRSTOBJ &&
         !v_isnull(class_lookup(vm, vm_class_of(vm, argv[0]), vm->s___call__)))))
    return vm_raise(vm, vm->exc_TypeError, "'%s' object is not callable",
                    vm_type_name(vm, argv[0]));
  return wrapper_new(vm, cls, T_CLASSMETHOD, argv[0]);
}

static Value wrapper_func(VM *vm, int argc, Value *argv, Dict *kw) {
  Value w = argv[0];
  if (w.tag != T_STATICMETHOD && w.tag != T_CLASSMETHOD) return v_none();
  return ((Wrapper *)w.u.o)->func;
}

static Value super_ctor(VM *vm, int argc, Value *argv, Dict *kw) {
  CTOR_PROLOGUE;
  if (!lib_nokw(vm, "super", kw) || !lib_nargs(vm, 'P', "super", argc, 1, 2)) return v_null();
  if (argv[0].tag != T_CLASS)
    return vm_raise(vm, vm->exc_TypeError, "super() argument 1 must be type, not %s",
                    vm_type_name(vm, argv[0]));
  Value obj = argc == 2 ? argv[1] : v_null();
  if (argc == 2 && v_isnone(obj)) obj = v_null();
  return super_new(vm, AS_CLASS(argv[0]), obj);
}

/* ---- registration --------------------------------------------------------------------------- */

static void set_ctor(Class *c, CFn fn) {
  if (c) c->ctor = fn;
}

static bool has_attr(VM *vm, Class *c, const char *name) {
  return !v_isnull(class_lookup(vm, c, str_intern_cstr(vm, name)));
}

void lib_init_ctors(VM *vm) {
  set_ctor(vm->cls_object, object_ctor);
  set_ctor(vm->cls_type, type_ctor);
  set_ctor(vm->cls[T_CLASS], type_ctor);
  set_ctor(vm->cls[T_INT], int_ctor);
  set_ctor(vm->cls[T_FLOAT], float_ctor);
  set_ctor(vm->cls[T_BOOL], bool_ctor);
  set_ctor(vm->cls[T_STR], str_ctor);
  if (vm->cls_unicode && vm->cls_unicode != vm->cls[T_STR]) set_ctor(vm->cls_unicode, str_ctor);
  if (vm->cls_basestring && vm->cls_basestring != vm->cls[T_STR])
    set_ctor(vm->cls_basestring, basestring_ctor);
  set_ctor(vm->cls[T_LIST], list_ctor);
  set_ctor(vm->cls[T_TUPLE], tuple_ctor);
  set_ctor(vm->cls[T_DICT], dict_ctor);
  set_ctor(vm->cls[T_SET], set_ctor_fn);
  set_ctor(vm->cls[T_FROZENSET], frozenset_ctor);
  set_ctor(vm->cls[T_XRANGE], xrange_ctor);
  set_ctor(vm->cls[T_SLICE], slice_ctor);
  set_ctor(vm->cls[T_PROPERTY], property_ctor);
  set_ctor(vm->cls[T_STATICMETHOD], staticmethod_ctor);
  set_ctor(vm->cls[T_CLASSMETHOD], classmethod_ctor);
  set_ctor(vm->cls[T_SUPER], super_ctor);

  /* property's methods and data attributes, unless the protocols area made them. */
  Class *p = vm->cls[T_PROPERTY];
  if (p) {
    if (!has_attr(vm, p, "getter")) vm_add_method(vm, p, "getter", property_getter, 1, 1, false);
    if (!has_attr(vm, p, "setter")) vm_add_method(vm, p, "setter", property_setter, 1, 1, false);
    if (!has_attr(vm, p, "deleter")) vm_add_method(vm, p, "deleter", property_deleter, 1, 1, false);
    if (!has_attr(vm, p, "fget")) vm_add_property(vm, p, "fget", prop_fget, NULL);
    if (!has_attr(vm, p, "fset")) vm_add_property(vm, p, "fset", prop_fset, NULL);
    if (!has_attr(vm, p, "fdel")) vm_add_property(vm, p, "fdel", prop_fdel, NULL);
    if (v_isnull(dict_get_str(vm, p->dict, vm->s___doc__)) ||
        v_isnone(dict_get_str(vm, p->dict, vm->s___doc__)))
      vm_add_property(vm, p, "__doc__", prop_doc, NULL);
  }
  Class *w[2] = {vm->cls[T_STATICMETHOD], vm->cls[T_CLASSMETHOD]};
  for (int i = 0; i < 2; i++)
    if (w[i] && !has_attr(vm, w[i], "__func__")) vm_add_property(vm, w[i], "__func__", wrapper_func, NULL);
}
