/*
** obj_types.c: creation of the builtin classes (obj_init_types).
**
** Every value tag and object kind gets its class in vm->cls[], named as
** Python 2 shows it (<type 'int'>, <type 'builtin_function_or_method'>...),
** with `object` the root of everything and `type` the class of every class.
** Bootstrapping is circular (class objects need dicts, tuples and interned
** names, which need their own classes), so all class objects are allocated
** first, then the interned identifiers, then names, namespaces and MROs.
** Finally the data-types area and the other protocol files add methods.
*/
#include <math.h>
#include <string.h>
#include "vm.h"
#include "types.h"
#include "long.h"
#include "../gc/gc.h"

/* Pseudo tags for classes that are not the class of a value tag. */
enum { X_BASESTRING = T__MAX, X_UNICODE, X_NOTIMPL, X_LISTITER, X_TUPLEITER, X_KEYITER,
       X_VALUEITER, X_ITEMITER, X_RANGEITER, X_CALLITER, X_SETITER, X__MAX };

typedef struct TypeDef {
  int slot;           /* value tag, or X_* */
  const char *name;
  int base;           /* slot of the base; -1: object; -2: no base (object itself) */
  uint32_t inst_kind;
  uint32_t flags;
} TypeDef;

/* In dependency order: a base is defined before its subclasses. */
static const TypeDef typedefs[] = {
  { T_INSTANCE, "object", -2, T_INSTANCE, 0 },
  { T_CLASS, "type", -1, T_CLASS, 0 },
  { T_NULL, "NULL", -1, T_NULL, CLS_FINAL },
  { T_NONE, "NoneType", -1, T_NONE, CLS_FINAL },
  { T_INT, "int", -1, T_INT, 0 },
  { T_BOOL, "bool", T_INT, T_BOOL, CLS_FINAL },
  { T_FLOAT, "float", -1, T_FLOAT, 0 },
  { X_BASESTRING, "basestring", -1, T_INSTANCE, 0 },
  { T_STR, "str", X_BASESTRING, T_STR, 0 },
  { X_UNICODE, "unicode", X_BASESTRING, T_STR, 0 },
  { T_LONG, "long", -1, T_LONG, 0 },
  { T_TUPLE, "tuple", -1, T_TUPLE, 0 },
  { T_LIST, "list", -1, T_LIST, 0 },
  { T_DICT, "dict", -1, T_DICT, 0 },
  { T_SET, "set", -1, T_SET, 0 },
  { T_FROZENSET, "frozenset", -1, T_FROZENSET, 0 },
  { T_FUNC, "function", -1, T_FUNC, CLS_FINAL },
  { T_CFUNC, "builtin_function_or_method", -1, T_CFUNC, CLS_FINAL },
  { T_BOUND, "instancemethod", -1, T_BOUND, CLS_FINAL },
  { T_CODE, "code", -1, T_CODE, CLS_FINAL },
  { T_CELL, "cell", -1, T_CELL, CLS_FINAL },
  { T_MAP, "map", -1, T_MAP, CLS_FINAL },
  { T_MODULE, "module", -1, T_MODULE, 0 },
  { T_SLICE, "slice", -1, T_SLICE, CLS_FINAL },
  { T_XRANGE, "xrange", -1, T_XRANGE, CLS_FINAL },
  { T_ITER, "iterator", -1, T_ITER, CLS_FINAL },
  { T_TRACEBACK, "traceback", -1, T_TRACEBACK, CLS_FINAL },
  { T_FILE, "file", -1, T_FILE, 0 },
  { T_PROPERTY, "property", -1, T_PROPERTY, 0 },
  { T_STATICMETHOD, "staticmethod", -1, T_STATICMETHOD, 0 },
  { T_CLASSMETHOD, "classmethod", -1, T_CLASSMETHOD, 0 },
  { T_SUPER, "super", -1, T_SUPER, 0 },
  { T_GENERATOR, "generator", -1, T_GENERATOR, CLS_FINAL },
  { T_FRAME, "frame", -1, T_FRAME, CLS_FINAL },
  { T_NATIVE, "native", -1, T_NATIVE, CLS_FINAL },
  { X_NOTIMPL, "NotImplementedType", -1, T_INSTANCE, CLS_FINAL },
  { X_LISTITER, "listiterator", -1, T_ITER, CLS_FINAL },
  { X_TUPLEITER, "tupleiterator", -1, T_ITER, CLS_FINAL },
  { X_KEYITER, "dictionary-keyiterator", -1, T_ITER, CLS_FINAL },
  { X_VALUEITER, "dictionary-valueiterator", -1, T_ITER, CLS_FINAL },
  { X_ITEMITER, "dictionary-itemiterator", -1, T_ITER, CLS_FINAL },
  { X_RANGEITER, "rangeiterator", -1, T_ITER, CLS_FINAL },
  { X_CALLITER, "callable-iterator", -1, T_ITER, CLS_FINAL },
  { X_SETITER, "setiterator", -1, T_ITER, CLS_FINAL },
};

/* ---- constructors of object and type ------------------------------------------ */

/* object(): argv[0] is the class being instantiated (object or a subclass
** that inherits this ctor). Arguments are for __init__; object itself takes
** none unless __init__ is overridden. */
static Value object_ctor(VM *vm, int argc, Value *argv, Dict *kw) {
  Class *cls = AS_CLASS(argv[0]);
  if (argc > 1 || (kw && kw->used)) {
    Value init = class_lookup(vm, cls, vm->s___init__);
    if (v_isnull(init) || v_same(init, vm->obj_init_fn))
      return vm_raise(vm, vm->exc_TypeError, "object() takes no parameters");
  }
  if (cls->inst_kind != T_INSTANCE)
    return vm_raise(vm, vm->exc_TypeError, "cannot create '%S' instances", cls->name);
  Instance *o = instance_new(vm, cls);
  return o ? v_obj(o) : v_null();
}

/* type(x) / type(name, bases, dict) */
static Value type_ctor(VM *vm, int argc, Value *argv, Dict *kw) {
  int n = argc - 1;
  if (n == 1 && (!kw || !kw->used)) return v_obj(vm_class_of(vm, argv[1]));
  if (n != 3) return vm_raise(vm, vm->exc_TypeError, "type() takes 1 or 3 arguments");
  if (argv[1].tag != T_STR)
    return vm_raise(vm, vm->exc_TypeError,
                    "type() argument 1 must be string, not %s", vm_type_name(vm, argv[1]));
  if (argv[2].tag != T_TUPLE)
    return vm_raise(vm, vm->exc_TypeError,
                    "type() argument 2 must be tuple, not %s", vm_type_name(vm, argv[2]));
  if (argv[3].tag != T_DICT)
    return vm_raise(vm, vm->exc_TypeError,
                    "type() argument 3 must be dict, not %s", vm_type_name(vm, argv[3]));
  /* The namespace keys become attribute names: intern them. */
  Dict *src = AS_DICT(argv[3]), *d = dict_new(vm);
  if (!d) return v_null();
  Value k, v;
  for (int64_t pos = 0; dict_next(src, &pos, &k, &v); ) {
    if (k.tag == T_STR) k = v_obj(str_intern(vm, AS_STR(k)));
    if (!dict_set(vm, d, k, v)) return v_null();
  }
  Class *c = class_new_noprefix(vm, str_intern(vm, AS_STR(argv[1])), AS_TUPLE(argv[2]), d);
  return c ? v_obj(c) : v_null();
}

/* type.__new__(mcs, name, bases, dict): a class whose metaclass is mcs. */
static Value type_new(VM *vm, int argc, Value *argv, Dict *kw) {
  if (argc < 1 || argv[0].tag != T_CLASS)
    return vm_raise(vm, vm->exc_TypeError, "type.__new__(X): X is not a type object");
  Class *mcs = AS_CLASS(argv[0]);
  if (!class_is_subclass(mcs, vm->cls_type))
    return vm_raise(vm, vm->exc_TypeError, "type.__new__(%S): %S is not a subtype of type",
                    mcs->name, mcs->name);
  Value r = type_ctor(vm, argc, argv, kw);
  if (argc == 4 && r.tag == T_CLASS && mcs != vm->cls_type) r.u.o->cls = mcs;
  return r;
}

/* type.__call__(cls, *args): what calling a class does (for metaclasses that
** override __call__ and call up): __new__, then a Python __init__. */
static Value type_call(VM *vm, int argc, Value *argv, Dict *kw) {
  if (argv[0].tag != T_CLASS)
    return vm_raise(vm, vm->exc_TypeError, "descriptor '__call__' requires a 'type' object");
  Class *cls = AS_CLASS(argv[0]);
  Value obj;
  Value newf = class_lookup(vm, cls, vm->s___new__);
  if (newf.tag == T_STATICMETHOD) newf = ((Wrapper *)newf.u.o)->func;
  if (newf.tag == T_FUNC) {
    obj = vm_call(vm, newf, argc, argv, kw);
  } else {
    CFn ctor = NULL;
    for (int64_t i = 0; cls->mro && i < cls->mro->len && !ctor; i++)
      ctor = AS_CLASS(cls->mro->items[i])->ctor;
    if (!ctor) return vm_raise(vm, vm->exc_TypeError, "cannot create '%S' instances", cls->name);
    obj = ctor(vm, argc, argv, kw);
  }
  if (v_isnull(obj) || !class_is_subclass(vm_class_of(vm, obj), cls)) return obj;
  Value init = class_lookup(vm, vm_class_of(vm, obj), vm->s___init__);
  if (init.tag == T_FUNC) {
    Value save = argv[0];
    argv[0] = obj;
    Value r = vm_call(vm, init, argc, argv, kw);
    argv[0] = save;
    if (v_isnull(r)) return r;
    if (!v_isnone(r))
      return vm_raise(vm, vm->exc_TypeError, "__init__() should return None, not '%s'",
                      vm_type_name(vm, r));
  }
  return obj;
}

/* function.__get__(obj, type=None): a bound method, or an unbound one. */
static Value func_get(VM *vm, int argc, Value *argv, Dict *kw) {
  Value obj = argc > 1 ? argv[1] : v_none();
  if (!v_isnone(obj)) return vm_bind_attr(vm, argv[0], NULL, obj, vm_class_of(vm, obj));
  if (argc > 2 && argv[2].tag == T_CLASS) {
    return vm_unbound_new(vm, argv[0], AS_CLASS(argv[2]));
  }
  return argv[0];
}

static Value type_mro(VM *vm, int argc, Value *argv, Dict *kw) {
  if (argv[0].tag != T_CLASS)
    return vm_raise(vm, vm->exc_TypeError, "descriptor 'mro' requires a 'type' object");
  Tuple *m = AS_CLASS(argv[0])->mro;
  List *l = list_from(vm, m->len, m->items);
  return l ? v_obj(l) : v_null();
}

/* ---- methods of object, int, float ---------------------------------------------- */

static Value object_init(VM *vm, int argc, Value *argv, Dict *kw) { return v_none(); }

static Value object_repr(VM *vm, int argc, Value *argv, Dict *kw) {
  Str *s = vm_default_repr(vm, argv[0]);
  return s ? v_obj(s) : v_null();
}

static Value object_str(VM *vm, int argc, Value *argv, Dict *kw) {
  Str *s = vm_repr(vm, argv[0]);
  return s ? v_obj(s) : v_null();
}

/* Identity hash, as CPython's _Py_HashPointer (vm_hash of plain instances). */
static Value object_hash(VM *vm, int argc, Value *argv, Dict *kw) {
  Value v = argv[0];
  if (v.tag < T_FIRSTOBJ) return v_int(int_hash(v.u.i));
  uint64_t y = (uint64_t)(uintptr_t)v.u.o;
  y = (y >> 4) | (y << 60);
  return v_int(int_hash((int64_t)y));
}

static Value object_new(VM *vm, int argc, Value *argv, Dict *kw) {
  if (argv[0].tag != T_CLASS)
    return vm_raise(vm, vm->exc_TypeError, "object.__new__(X): X is not a type object (%s)",
                    vm_type_name(vm, argv[0]));
  Class *c = AS_CLASS(argv[0]);
  if (c->inst_kind != T_INSTANCE)
    return vm_raise(vm, vm->exc_TypeError, "object.__new__(%S) is not safe, use %S.__new__()",
                    c->name, c->name);
  Instance *o = instance_new(vm, c);
  return o ? v_obj(o) : v_null();
}

static Value notimpl_repr(VM *vm, int argc, Value *argv, Dict *kw) {
  return v_obj(str_from_cstr(vm, "NotImplemented"));
}

static Value float_is_integer(VM *vm, int argc, Value *argv, Dict *kw) {
  double d = argv[0].u.f;
  return v_bool(isfinite(d) && floor(d) == d);
}

static Value float_conjugate(VM *vm, int argc, Value *argv, Dict *kw) {
  return argv[0];
}

static void object_methods_init(VM *vm) {
  Class *o = vm->cls_object;
  vm_add_method(vm, o, "__init__", object_init, 0, -1, true);
  vm_add_method(vm, o, "__repr__", object_repr, 0, 0, false);
  vm_add_method(vm, o, "__str__", object_str, 0, 0, false);
  vm_add_method(vm, o, "__hash__", object_hash, 0, 0, false);
  vm_add_method(vm, o, "__new__", object_new, 0, -1, true);
  vm->obj_init_fn = dict_get_str(vm, o->dict, vm->s___init__);
  vm->obj_repr_fn = dict_get_str(vm, o->dict, vm->s___repr__);
  vm->obj_str_fn = dict_get_str(vm, o->dict, vm->s___str__);

  vm_add_method(vm, vm->cls_notimpl, "__repr__", notimpl_repr, 0, 0, false);

  vm_add_method(vm, vm->cls[T_FLOAT], "is_integer", float_is_integer, 0, 0, false);
  vm_add_method(vm, vm->cls[T_FLOAT], "conjugate", float_conjugate, 0, 0, false);
}

/* ---- bootstrap ------------------------------------------------------------------ */

void obj_init_types(VM *vm) {
  const size_t ndefs = sizeof typedefs / sizeof typedefs[0];
  Class *slots[X__MAX];
  memset(slots, 0, sizeof slots);

  /* 1. Bare class objects, so that every later dict/tuple/str gets a class. */
  for (size_t i = 0; i < ndefs; i++) {
    Class *c = gc_alloc(sizeof(Class));
    if (!c) return;
    c->h.kind = T_CLASS;
    c->inst_kind = typedefs[i].inst_kind;
    c->h.flags = typedefs[i].flags | CLS_BUILTIN;
    slots[typedefs[i].slot] = c;
  }
  for (int t = 0; t < T__MAX; t++) vm->cls[t] = slots[t];
  vm->cls_object = slots[T_INSTANCE];
  vm->cls_type = slots[T_CLASS];
  vm->cls_basestring = slots[X_BASESTRING];
  vm->cls_unicode = slots[X_UNICODE];
  vm->cls_notimpl = slots[X_NOTIMPL];
  for (size_t i = 0; i < ndefs; i++) slots[typedefs[i].slot]->h.cls = vm->cls_type;

  /* 2. Interned identifiers. */
#define VM_NAME_INIT(n) if (!vm->s_##n) vm->s_##n = str_intern_cstr(vm, #n);
  VM_NAMES(VM_NAME_INIT)
#undef VM_NAME_INIT

  /* 3. Names, namespaces, bases and MROs. */
  for (size_t i = 0; i < ndefs; i++) {
    const TypeDef *td = &typedefs[i];
    Class *c = slots[td->slot];
    c->name = str_intern_cstr(vm, td->name);
    c->dict = dict_new(vm);
    Class *base = td->base == -2 ? NULL : td->base == -1 ? vm->cls_object : slots[td->base];
    class_set_base(vm, c, base);
  }

  /* Iterator classes by kind. */
  vm->cls_iter[IT_LIST] = slots[X_LISTITER];
  vm->cls_iter[IT_TUPLE] = slots[X_TUPLEITER];
  vm->cls_iter[IT_STR] = vm->cls[T_ITER];
  vm->cls_iter[IT_DICT_KEYS] = slots[X_KEYITER];
  vm->cls_iter[IT_DICT_VALUES] = slots[X_VALUEITER];
  vm->cls_iter[IT_DICT_ITEMS] = slots[X_ITEMITER];
  vm->cls_iter[IT_RANGE] = slots[X_RANGEITER];
  vm->cls_iter[IT_SEQ] = vm->cls[T_ITER];
  vm->cls_iter[IT_CALLABLE] = slots[X_CALLITER];
  vm->cls_iter[IT_CUSTOM] = vm->cls[T_ITER];
  vm->cls_setiter = slots[X_SETITER];

  /* 4. Methods: the data types, then this area's. */
  str_init_type(vm);
  list_init_type(vm);
  tuple_init_type(vm);
  dict_init_type(vm);
  set_init_type(vm);
  object_methods_init(vm);
  long_init_type(vm);
  obj_attr_init(vm);
  obj_iter_init(vm);

  vm->cls_object->ctor = object_ctor;
  vm->cls_type->ctor = type_ctor;
  vm_add_method(vm, vm->cls_type, "mro", type_mro, 0, 0, false);
  vm_add_method(vm, vm->cls_type, "__call__", type_call, 0, -1, true);
  vm_add_method(vm, vm->cls[T_FUNC], "__get__", func_get, 1, 2, false);
  CFunc *tn = cfunc_new(vm, "__new__", type_new, 1, -1, true);  /* static: no self */
  if (tn) dict_set_str(vm, vm->cls_type->dict, vm->s___new__, v_obj(tn));

  vm->mcache = class_mcache_new();
  Instance *ni = instance_new(vm, vm->cls_notimpl);
  if (ni) vm->not_implemented = v_obj(ni);
  vm->class_epoch++;
}
