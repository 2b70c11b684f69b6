/*
** obj_attr.c: the attribute protocol (vm_getattr / vm_setattr / vm_delattr)
** and descriptors.
**
** Instances look in their map slots, then along the class MRO (unless the
** class chain holds a data descriptor such as a property, which takes
** precedence), then call __getattr__. A function found on the class is bound
** into a Bound object; a CFunc method of a builtin class is bound by copying
** it with self set; staticmethod unwraps, classmethod binds the class,
** property calls its getter. Classes, modules, functions, bound methods and
** builtin values each have their own special attributes. Also here: super
** objects, properties, and object's attribute methods (__setattr__ & co).
*/
#include <string.h>
#include "vm.h"
#include "types.h"
#include "../gc/gc.h"

static inline Str *intern_name(VM *vm, Str *name) {
  return (name->h.flags & STR_INTERNED) ? name : str_intern(vm, name);
}

static inline bool name_is(Str *name, const char *s) {
  return strcmp(name->data, s) == 0;
}

/* ---- descriptors --------------------------------------------------------- */

static bool user_descr(VM *vm, Value v, Str *which) {
  if (v.tag != T_INSTANCE) return false;
  Class *c = v.u.o->cls;
  if (c->h.flags & CLS_BUILTIN) return false;
  return !v_isnull(class_lookup(vm, c, which));
}

static bool is_data_descr(VM *vm, Value v) {
  return v.tag == T_PROPERTY || user_descr(vm, v, vm->s___set__);
}

/* Store v (or delete, v T_NULL) through ca, the class attribute of the name:
** a property's fset/fdel or a user descriptor's __set__/__delete__.
** 1 done, 0 raised, -1 ca is no such descriptor. */
static int descr_store(VM *vm, Value ca, Value self, Value v) {
  bool del = v_isnull(v);
  if (ca.tag == T_PROPERTY) {
    Property *p = (Property *)ca.u.o;
    Value f = del ? p->fdel : p->fset;
    if (v_isnull(f) || v_isnone(f)) {
      vm_raise(vm, vm->exc_AttributeError, del ? "can't delete attribute" : "can't set attribute");
      return 0;
    }
    return !v_isnull(del ? vm_call1(vm, f, self) : vm_call2(vm, f, self, v));
  }
  Str *which = del ? vm->s___delete__ : vm->s___set__;
  if (!user_descr(vm, ca, which)) return -1;
  Class *owner;
  Value m = class_lookup_owner(vm, ca.u.o->cls, which, &owner);
  Value args[2] = { self, v };
  return !v_isnull(vm_call_with_self(vm, m, owner, ca, del ? 1 : 2, args));
}

static Value make_bound(VM *vm, Value self, Value func) {
  Bound *b = gc_alloc(sizeof(Bound));
  if (!b) return vm_raise(vm, vm->exc_MemoryError, "");
  b->h.kind = T_BOUND;
  b->h.cls = vm->cls[T_BOUND];
  b->self = self;
  b->func = func;
  return v_obj(b);
}

static Value bind_cfunc(VM *vm, Value f, Value self) {
  CFunc *c = gc_alloc(sizeof(CFunc));
  if (!c) return vm_raise(vm, vm->exc_MemoryError, "");
  *c = *AS_CFUNC(f);
  c->self = self;
  return v_obj(c);
}

Value vm_bind_attr(VM *vm, Value attr, Class *owner, Value self, Class *cls) {
  switch (attr.tag) {
  case T_FUNC:
    if (v_isnull(self)) return attr;
    return make_bound(vm, self, attr);
  case T_CFUNC:
    if (v_isnull(self) || !v_isnull(AS_CFUNC(attr)->self) ||
        !(attr.u.o->flags & CFUNC_METHOD))
      return attr;
    return bind_cfunc(vm, attr, self);
  case T_STATICMETHOD:
    return ((Wrapper *)attr.u.o)->func;
  case T_CLASSMETHOD:
    return make_bound(vm, v_obj(cls), ((Wrapper *)attr.u.o)->func);
  case T_PROPERTY: {
    if (v_isnull(self)) return attr;
    Property *p = (Property *)attr.u.o;
    if (v_isnull(p->fget) || v_isnone(p->fget))
      return vm_raise(vm, vm->exc_AttributeError, "unreadable attribute");
    return vm_call1(vm, p->fget, self);
  }
  case T_INSTANCE: {
    Class *dc = attr.u.o->cls;
    if (dc->h.flags & CLS_BUILTIN) return attr;
    Class *gowner;
    Value get = class_lookup_owner(vm, dc, vm->s___get__, &gowner);
    if (v_isnull(get)) return attr;
    Value args[2] = { v_isnull(self) ? v_none() : self, v_obj(cls) };
    return vm_call_with_self(vm, get, gowner, attr, 2, args);
  }
  default:
    return attr;
  }
}

Value vm_call_with_self(VM *vm, Value meth, Class *owner, Value self, int argc, Value *argv) {
  if (meth.tag == T_FUNC || (meth.tag == T_CFUNC && (meth.u.o->flags & CFUNC_METHOD) &&
                             v_isnull(AS_CFUNC(meth)->self))) {
    Value buf[8];
    Value *args = buf;
    if (argc + 1 > 8) {
      args = gc_alloc((size_t)(argc + 1) * sizeof(Value));
      if (!args) return vm_raise(vm, vm->exc_MemoryError, "");
    }
    args[0] = self;
    for (int i = 0; i < argc; i++) args[i + 1] = argv[i];
    return vm_call_as_method(vm, meth, argc + 1, args);   /* call.c: bound-method depth */
  }
  Value b = vm_bind_attr(vm, meth, owner, self, vm_class_of(vm, self));
  if (v_isnull(b)) return b;
  return vm_call(vm, b, argc, argv, NULL);
}

/* ---- instances ------------------------------------------------------------ */

/* The last resort of a lookup: cls's __getattr__, called; T_NULL without an
** exception when there is none. */
static Value getattr_hook(VM *vm, Class *cls, Value self, Str *name) {
  if (!(cls->h.flags & CLS_HAS_GETATTR)) return v_null();
  Class *owner;
  Value ga = class_lookup_owner(vm, cls, vm->s___getattr__, &owner);
  if (v_isnull(ga)) return v_null();
  Value arg = v_obj(name);
  return vm_call_with_self(vm, ga, owner, self, 1, &arg);
}

/* The instance's own attribute (map slots, or its dict in dict mode). */
static inline Value inst_slot(VM *vm, Instance *o, Str *name) {
  int32_t i = map_lookup(vm, o->map, name);
  if (i >= 0) return o->slots[i];
  if (!o->map->owner) return instance_getattr_slot(o, name);
  return v_null();
}

static Value inst_getattr(VM *vm, Value self, Str *name) {
  Instance *o = AS_INSTANCE(self);
  Class *cls = o->h.cls;
  Class *owner = NULL;
  Value ca, iv;
  if (!(cls->h.flags & CLS_HAS_DESCR)) {
    iv = inst_slot(vm, o, name);
    if (!v_isnull(iv)) return iv;
    ca = class_lookup_owner(vm, cls, name, &owner);
    if (!v_isnull(ca)) return vm_bind_attr(vm, ca, owner, self, cls);
  } else {
    ca = class_lookup_owner(vm, cls, name, &owner);
    if (!v_isnull(ca) && is_data_descr(vm, ca)) return vm_bind_attr(vm, ca, owner, self, cls);
    iv = inst_slot(vm, o, name);
    if (!v_isnull(iv)) return iv;
    if (!v_isnull(ca)) return vm_bind_attr(vm, ca, owner, self, cls);
  }
  if (name == vm->s___class__) return v_obj(cls);
  if (name == vm->s___dict__) {
    Dict *d = instance_live_dict(vm, o);
    return d ? v_obj(d) : v_null();
  }
  return getattr_hook(vm, cls, self, name);
}

/* The default instance setattr (object.__setattr__): descriptors, then slots. */
static bool inst_setattr_generic(VM *vm, Value self, Str *name, Value v) {
  Instance *o = AS_INSTANCE(self);
  Class *cls = o->h.cls;
  if (name == vm->s___class__) return instance_set_class(vm, o, v);
  if (cls->h.flags & CLS_HAS_DESCR) {
    int r = descr_store(vm, class_lookup(vm, cls, name), self, v);
    if (r >= 0) return r;
  }
  /* object() and the final builtin singletons (NotImplemented, Ellipsis) have
  ** no attributes; other builtin T_INSTANCE classes (exceptions, JitDriver) do. */
  if (cls == vm->cls_object ||
      (cls->h.flags & (CLS_BUILTIN | CLS_FINAL | CLS_EXCEPTION)) == (CLS_BUILTIN | CLS_FINAL)) {
    vm_raise(vm, vm->exc_AttributeError, "'%S' object has no attribute '%S'", cls->name, name);
    return false;
  }
  return instance_setattr_slot(vm, o, name, v);
}

static bool inst_delattr_generic(VM *vm, Value self, Str *name) {
  Instance *o = AS_INSTANCE(self);
  Class *cls = o->h.cls;
  if (cls->h.flags & CLS_HAS_DESCR) {
    int r = descr_store(vm, class_lookup(vm, cls, name), self, v_null());
    if (r >= 0) return r;
  }
  int r = instance_delattr_slot(vm, o, name);
  if (r < 0) return false;
  if (r == 0) {
    /* CPython: the bare name once the instance's __dict__ exists (it is made
    ** on the first attribute store; exceptions keep args/message apart) */
    int32_t n = o->map->owner ? o->map->nattrs : 1;
    if (cls->h.flags & CLS_CLASSIC)
      vm_raise(vm, vm->exc_AttributeError, "%S instance has no attribute '%S'", cls->name, name);
    else if ((cls->h.flags & CLS_SLOTS) || n == 0 || ((cls->h.flags & CLS_EXCEPTION) && n <= 2))
      vm_raise(vm, vm->exc_AttributeError, "'%S' object has no attribute '%S'", cls->name, name);
    else
      vm_raise(vm, vm->exc_AttributeError, "%S", name);
    return false;
  }
  return true;
}

/* ---- unbound methods -------------------------------------------------------- */

/* Python 2's unbound method (C.f): a Bound whose self is T_NULL, with the
** class it was taken from after it. */
typedef struct Unbound {
  Bound b;
  Class *cls;
} Unbound;

Value vm_unbound_new(VM *vm, Value func, Class *cls) {
  Unbound *u = gc_alloc(sizeof(Unbound));
  if (!u) return vm_raise(vm, vm->exc_MemoryError, "");
  u->b.h.kind = T_BOUND;
  u->b.h.cls = vm->cls[T_BOUND];
  u->b.self = v_null();
  u->b.func = func;
  u->cls = cls;
  return v_obj(u);
}

Class *vm_unbound_class(Value bound) {
  Bound *b = (Bound *)bound.u.o;
  return v_isnull(b->self) ? ((Unbound *)b)->cls : NULL;
}

bool vm_unbound_check(VM *vm, Value bound, int argc, const Value *argv) {
  Unbound *u = (Unbound *)bound.u.o;
  if (argc > 0 && vm_isinstance(vm, argv[0], u->cls)) return true;
  const char *desc, *fname = vm_callable_name(vm, u->b.func, &desc);
  Str *got;
  if (argc > 0) {
    Value a = argv[0];
    Class *ac = vm_class_of(vm, a);
    got = str_printf(vm, "%S instance", a.tag == T_CLASS ? vm->cls_type->name : ac->name);
  } else {
    got = str_intern_cstr(vm, "nothing");
  }
  vm_raise(vm, vm->exc_TypeError,
           "unbound method %s%s must be called with %S instance as first argument "
           "(got %S instead)", fname, desc, u->cls->name, got);
  return false;
}

/* ---- classes -------------------------------------------------------------- */

static Value class_getattr(VM *vm, Class *c, Str *name) {
  if (name->data[0] == '_' && name->data[1] == '_') {
    if (name == vm->s___name__) return v_obj(c->name);
    if (name == vm->s___bases__) return v_obj(c->bases);
    if (name == vm->s___mro__) return v_obj(c->mro);
    if (name == vm->s___class__) return v_obj(c->h.cls);
    if (name == vm->s___dict__) {
      Dict *d = dict_copy(vm, c->dict);
      return d ? v_obj(d) : v_null();
    }
  }
  Class *owner;
  Value ca = class_lookup_owner(vm, c, name, &owner);
  if (ca.tag == T_FUNC) return vm_unbound_new(vm, ca, c);
  if (!v_isnull(ca)) return vm_bind_attr(vm, ca, owner, v_null(), c);
  if (name == vm->s___module__) {
    if (c->module) return v_obj(c->module);
    return v_obj(str_intern_cstr(vm, "__builtin__"));
  }
  if (name == vm->s___doc__) return v_none();
  /* Attributes of the metaclass (type): methods bind to the class. */
  Class *meta = c->h.cls ? c->h.cls : vm->cls_type;
  ca = class_lookup_owner(vm, meta, name, &owner);
  if (!v_isnull(ca)) return vm_bind_attr(vm, ca, owner, v_obj(c), meta);
  return v_null();
}

static bool class_setattr(VM *vm, Class *c, Str *name, Value v) {
  if (c->h.flags & CLS_BUILTIN) {
    vm_raise(vm, vm->exc_TypeError, "can't set attributes of built-in/extension type '%S'",
             c->name);
    return false;
  }
  if (name == vm->s___name__) {
    if (v.tag != T_STR) {
      vm_raise(vm, vm->exc_TypeError, "can only assign string to %S.__name__, not '%s'",
               c->name, vm_type_name(vm, v));
      return false;
    }
    c->name = AS_STR(v);
    return true;
  }
  if (name == vm->s___bases__ || name == vm->s___mro__ || name == vm->s___dict__) {
    vm_raise(vm, vm->exc_TypeError, "can't set %S.%S", c->name, name);
    return false;
  }
  if (!dict_set_str(vm, c->dict, name, v)) return false;
  vm->class_epoch++;
  if (name == vm->s___module__ && v.tag == T_STR) c->module = AS_STR(v);
  if (name->data[0] == '_' || is_data_descr(vm, v)) {
    class_update_flags(vm, c);
    if (is_data_descr(vm, v)) c->h.flags |= CLS_HAS_DESCR;
  }
  return true;
}

static bool class_delattr(VM *vm, Class *c, Str *name) {
  if (c->h.flags & CLS_BUILTIN) {
    vm_raise(vm, vm->exc_TypeError, "can't set attributes of built-in/extension type '%S'",
             c->name);
    return false;
  }
  int r = dict_del(vm, c->dict, v_obj(name));
  if (r < 0) return false;
  if (r == 0) {
    vm_raise(vm, vm->exc_AttributeError, "%S", name);
    return false;
  }
  vm->class_epoch++;
  if (name->data[0] == '_') class_update_flags(vm, c);
  return true;
}

/* ---- functions and other builtin objects ------------------------------------ */

static Value func_getattr(VM *vm, Func *f, Str *name) {
  if (f->attrs) {
    Value v = dict_get_str(vm, f->attrs, name);
    if (!v_isnull(v)) return v;
  }
  const char *s = name->data;
  if (s[0] == '_' || s[0] == 'f') {
    if (name == vm->s___name__ || name_is(name, "func_name")) return v_obj(f->name);
    if (name == vm->s___doc__ || name_is(name, "func_doc"))
      return v_isnull(f->doc) ? v_none() : f->doc;
    if (name_is(name, "func_defaults") || name_is(name, "__defaults__"))
      return f->defaults ? v_obj(f->defaults) : v_none();
    if (name == vm->s___module__) {
      Value m = f->globals ? dict_get_str(vm, f->globals, vm->s___name__) : v_null();
      return v_isnull(m) ? v_none() : m;
    }
    if (name_is(name, "func_globals") || name_is(name, "__globals__"))
      return f->globals ? v_obj(f->globals) : v_none();
    if (name == vm->s___dict__ || name_is(name, "func_dict")) {
      if (!f->attrs && !(f->attrs = dict_new(vm))) return v_null();
      return v_obj(f->attrs);
    }
    if (name_is(name, "func_code") || name_is(name, "__code__")) return v_obj(f->code);
    if (name_is(name, "func_closure") || name_is(name, "__closure__"))
      return f->closure ? v_obj(f->closure) : v_none();
  }
  return v_null();
}

static bool func_setattr(VM *vm, Func *f, Str *name, Value v) {
  const char *s = name->data;
  if (s[0] == '_' || s[0] == 'f') {
    if (name == vm->s___name__ || name_is(name, "func_name")) {
      if (v.tag != T_STR) {
        vm_raise(vm, vm->exc_TypeError, "__name__ must be set to a string object");
        return false;
      }
      f->name = AS_STR(v);
      return true;
    }
    if (name == vm->s___doc__ || name_is(name, "func_doc")) { f->doc = v; return true; }
    if (name_is(name, "func_defaults") || name_is(name, "__defaults__")) {
      if (v.tag != T_TUPLE && v.tag != T_NONE) {
        vm_raise(vm, vm->exc_TypeError, "func_defaults must be set to a tuple object");
        return false;
      }
      f->defaults = v.tag == T_TUPLE && AS_TUPLE(v)->len ? AS_TUPLE(v) : NULL;
      return true;
    }
    if (name == vm->s___dict__ || name_is(name, "func_dict")) {
      if (v.tag != T_DICT) {
        vm_raise(vm, vm->exc_TypeError, "setting function's dictionary to a non-dict");
        return false;
      }
      f->attrs = AS_DICT(v);
      return true;
    }
  }
  if (!f->attrs && !(f->attrs = dict_new(vm))) return false;
  return dict_set_str(vm, f->attrs, name, v);
}

static Value super_getattr(VM *vm, Super *s, Str *name) {
  if (name == vm->s___class__) return v_obj(s->h.cls);
  Tuple *mro = s->objcls->mro;
  int64_t i = 0;
  while (i < mro->len && AS_CLASS(mro->items[i]) != s->type) i++;
  for (i++; i < mro->len; i++) {
    Class *c = AS_CLASS(mro->items[i]);
    int64_t e = dict_find_str(c->dict, name);
    if (e < 0) continue;
    Value ca = c->dict->entries[e].value;
    if (s->obj.tag == T_CLASS && s->objcls == AS_CLASS(s->obj) &&
        !class_is_subclass(vm_class_of(vm, s->obj), s->type))
      return vm_bind_attr(vm, ca, c, v_null(), s->objcls);
    return vm_bind_attr(vm, ca, c, s->obj, s->objcls);
  }
  return v_null();
}

Value super_new(VM *vm, Class *type, Value obj) {
  Class *objcls;
  if (obj.tag == T_CLASS && class_is_subclass(AS_CLASS(obj), type))
    objcls = AS_CLASS(obj);
  else if (class_is_subclass(vm_class_of(vm, obj), type))
    objcls = vm_class_of(vm, obj);
  else
    return vm_raise(vm, vm->exc_TypeError,
                    "super(type, obj): obj must be an instance or subtype of type");
  Super *s = gc_alloc(sizeof(Super));
  if (!s) return vm_raise(vm, vm->exc_MemoryError, "");
  s->h.kind = T_SUPER;
  s->h.cls = vm->cls[T_SUPER];
  s->type = type;
  s->obj = obj;
  s->objcls = objcls;
  return v_obj(s);
}

/* Attributes of a builtin value: its class's methods and properties. */
/* Attributes of a builtin-kind object of a user subclass (class L(list)):
** data descriptors, its attribute dict (OBJ_ATTRS), class attributes,
** __getattr__. */
static Value sub_getattr(VM *vm, Value o, Class *cls, Str *name) {
  Class *owner;
  Value ca = class_lookup_owner(vm, cls, name, &owner);
  if (!v_isnull(ca) && is_data_descr(vm, ca)) return vm_bind_attr(vm, ca, owner, o, cls);
  Dict **tail = obj_attr_tail(o);
  if (tail && *tail) {
    Value v = dict_get_str(vm, *tail, name);
    if (!v_isnull(v)) return v;
  }
  if (!v_isnull(ca)) return vm_bind_attr(vm, ca, owner, o, cls);
  if (name == vm->s___class__) return v_obj(cls);
  if (name == vm->s___dict__ && tail) {
    if (!*tail && !(*tail = dict_new(vm))) return v_null();
    return v_obj(*tail);
  }
  return getattr_hook(vm, cls, o, name);
}

static Value builtin_getattr(VM *vm, Value o, Str *name) {
  Class *cls = vm_class_of(vm, o);
  if (!(cls->h.flags & CLS_BUILTIN) && o.tag != T_CLASS) return sub_getattr(vm, o, cls, name);
  Class *owner;
  Value ca = class_lookup_owner(vm, cls, name, &owner);
  if (!v_isnull(ca)) return vm_bind_attr(vm, ca, owner, o, cls);
  if (name == vm->s___class__) return v_obj(cls);
  if (name == vm->s___doc__) return v_none();
  return v_null();
}

/* A class with a user __getattribute__: call it; on AttributeError, the
** class's __getattr__ if any. */
static Value user_getattribute(VM *vm, Value o, Class *cls, Str *name) {
  Class *owner;
  Value ga = class_lookup_owner(vm, cls, vm->s___getattribute__, &owner);
  Value arg = v_obj(name);
  Value r = vm_call_with_self(vm, ga, owner, o, 1, &arg);
  if (v_isnull(r) && (cls->h.flags & CLS_HAS_GETATTR) &&
      vm_exc_matches(vm, vm->exc_AttributeError)) {
    Value g = class_lookup_owner(vm, cls, vm->s___getattr__, &owner);
    if (!v_isnull(g)) {
      vm_exc_clear(vm);
      r = vm_call_with_self(vm, g, owner, o, 1, &arg);
    }
  }
  return r;
}

/* Attribute lookup; T_NULL with no exception when simply missing. */
static Value getattr_impl(VM *vm, Value o, Str *name) {
  switch (o.tag) {
  case T_INSTANCE:
    if (o.u.o->cls->h.flags & CLS_HAS_GETATTRIBUTE)
      return user_getattribute(vm, o, o.u.o->cls, name);
    return inst_getattr(vm, o, name);
  case T_CLASS: return class_getattr(vm, AS_CLASS(o), name);
  case T_MODULE: {
    Module *m = AS_MODULE(o);
    Value v = dict_get_str(vm, m->dict, name);
    if (!v_isnull(v)) return v;
    if (name == vm->s___dict__) return v_obj(m->dict);
    if (name == vm->s___name__) return v_obj(m->name);
    if (name == vm->s___class__) return v_obj(vm->cls[T_MODULE]);
    return v_null();
  }
  case T_FUNC: {
    Value v = func_getattr(vm, AS_FUNC(o), name);
    if (!v_isnull(v) || vm->exc.tag != T_NULL) return v;
    return builtin_getattr(vm, o, name);
  }
  case T_BOUND: {
    Bound *b = (Bound *)o.u.o;
    const char *s = name->data;
    if (s[0] == 'i' || s[0] == '_') {
      if (name_is(name, "im_self") || name_is(name, "__self__"))
        return v_isnull(b->self) ? v_none() : b->self;
      if (name_is(name, "im_func") || name_is(name, "__func__")) return b->func;
      if (name_is(name, "im_class"))
        return v_obj(v_isnull(b->self) ? ((Unbound *)b)->cls : vm_class_of(vm, b->self));
    }
    Value v = builtin_getattr(vm, o, name);
    if (!v_isnull(v) || vm->exc.tag != T_NULL) return v;
    return getattr_impl(vm, b->func, name);
  }
  case T_CFUNC: {
    CFunc *f = AS_CFUNC(o);
    if (name == vm->s___name__) return v_obj(f->name);
    if (name_is(name, "__self__"))
      return v_isnull(f->self) || f->self.tag == T_NATIVE ? v_none() : f->self;
    if (name == vm->s___module__) return v_none();
    return builtin_getattr(vm, o, name);
  }
  case T_SUPER: {
    Value v = super_getattr(vm, (Super *)o.u.o, name);
    if (!v_isnull(v) || vm->exc.tag != T_NULL) return v;
    return builtin_getattr(vm, o, name);
  }
  case T_PROPERTY: {
    Property *p = (Property *)o.u.o;
    if (name_is(name, "fget")) return v_isnull(p->fget) ? v_none() : p->fget;
    if (name_is(name, "fset")) return v_isnull(p->fset) ? v_none() : p->fset;
    if (name_is(name, "fdel")) return v_isnull(p->fdel) ? v_none() : p->fdel;
    if (name == vm->s___doc__) return v_isnull(p->doc) ? v_none() : p->doc;
    return builtin_getattr(vm, o, name);
  }
  case T_STATICMETHOD: case T_CLASSMETHOD:
    if (name_is(name, "__func__")) return ((Wrapper *)o.u.o)->func;
    return builtin_getattr(vm, o, name);
  case T_SLICE: {
    Slice *s = (Slice *)o.u.o;
    if (name_is(name, "start")) return s->start;
    if (name_is(name, "stop")) return s->stop;
    if (name_is(name, "step")) return s->step;
    return builtin_getattr(vm, o, name);
  }
  case T_CODE: {
    Code *c = AS_CODE(o);
    if (name_is(name, "co_name")) return v_obj(c->name);
    if (name_is(name, "co_filename")) return v_obj(c->filename);
    if (name_is(name, "co_firstlineno")) return v_int(c->firstline);
    if (name_is(name, "co_argcount")) return v_int(c->argcount);
    return builtin_getattr(vm, o, name);
  }
  default:
    return builtin_getattr(vm, o, name);
  }
}

static Value attr_error(VM *vm, Value o, Str *name) {
  /* old-style classes and their instances word it as CPython 2's classobject.c */
  if (o.tag == T_CLASS && (AS_CLASS(o)->h.flags & CLS_CLASSIC))
    return vm_raise(vm, vm->exc_AttributeError, "class %S has no attribute '%S'",
                    AS_CLASS(o)->name, name);
  if (o.tag == T_INSTANCE && (AS_INSTANCE(o)->h.cls->h.flags & CLS_CLASSIC))
    return vm_raise(vm, vm->exc_AttributeError, "%S instance has no attribute '%S'",
                    AS_INSTANCE(o)->h.cls->name, name);
  if (o.tag == T_CLASS)
    return vm_raise(vm, vm->exc_AttributeError, "type object '%S' has no attribute '%S'",
                    AS_CLASS(o)->name, name);
  return vm_raise(vm, vm->exc_AttributeError, "'%s' object has no attribute '%S'",
                  vm_type_name(vm, o), name);
}

Value vm_getattr(VM *vm, Value o, Str *name) {
  name = intern_name(vm, name);
  Value v = getattr_impl(vm, o, name);
  if (v_isnull(v) && vm->exc.tag == T_NULL) return attr_error(vm, o, name);
  return v;
}

Value vm_getattr_opt(VM *vm, Value o, Str *name) {
  name = intern_name(vm, name);
  Value v = getattr_impl(vm, o, name);
  if (v_isnull(v) && vm->exc.tag != T_NULL && vm_exc_matches(vm, vm->exc_AttributeError))
    vm_exc_clear(vm);
  return v;
}

int vm_load_method(VM *vm, Value o, Str *name, Value *out) {
  name = intern_name(vm, name);
  Class *cls, *owner;
  Value ca;
  if (o.tag == T_INSTANCE) {
    Instance *io = AS_INSTANCE(o);
    cls = io->h.cls;
    if (cls->h.flags & CLS_HAS_DESCR) goto generic;
    int32_t i = map_lookup(vm, io->map, name);
    if (i >= 0) { *out = io->slots[i]; return 0; }
    ca = class_lookup_owner(vm, cls, name, &owner);
    if (v_isnull(ca)) goto generic;
  } else if (o.tag < T_FIRSTOBJ || o.tag == T_STR || o.tag == T_LIST || o.tag == T_DICT ||
             o.tag == T_TUPLE || o.tag == T_SET || o.tag == T_FROZENSET || o.tag == T_FILE ||
             o.tag == T_ITER || o.tag == T_XRANGE || o.tag == T_GENERATOR) {
    cls = vm_class_of(vm, o);
    ca = class_lookup_owner(vm, cls, name, &owner);
    if (v_isnull(ca)) goto generic;
  } else {
    goto generic;
  }
  if (ca.tag == T_FUNC) { *out = ca; return 1; }
  if (ca.tag == T_CFUNC && v_isnull(AS_CFUNC(ca)->self) && (ca.u.o->flags & CFUNC_METHOD)) {
    *out = ca;
    return 1;
  }
  *out = vm_bind_attr(vm, ca, owner, o, cls);
  return v_isnull(*out) ? -1 : 0;
generic:
  *out = vm_getattr(vm, o, name);
  return v_isnull(*out) ? -1 : 0;
}

/* ---- setattr / delattr ---------------------------------------------------------- */

static bool readonly_error(VM *vm, Value o, Str *name) {
  Class *cls = vm_class_of(vm, o);
  Value ca = class_lookup(vm, cls, name);
  if (ca.tag == T_PROPERTY)
    vm_raise(vm, vm->exc_AttributeError, "attribute '%S' of '%S' objects is not writable",
             name, cls->name);
  else if (!v_isnull(ca))
    vm_raise(vm, vm->exc_AttributeError, "'%S' object attribute '%S' is read-only",
             cls->name, name);
  else
    vm_raise(vm, vm->exc_AttributeError, "'%S' object has no attribute '%S'", cls->name, name);
  return false;
}

/* object.__setattr__ for a builtin-kind object of a user subclass. */
static bool sub_setattr_generic(VM *vm, Value o, Class *cls, Str *name, Value v) {
  int r = descr_store(vm, class_lookup(vm, cls, name), o, v);
  if (r >= 0) return r;
  Dict **tail = obj_attr_tail(o);
  if (!tail) {
    vm_raise(vm, vm->exc_AttributeError, "'%S' object has no attribute '%S'", cls->name, name);
    return false;
  }
  if (!*tail && !(*tail = dict_new(vm))) return false;
  return dict_set_str(vm, *tail, name, v);
}

/* A __setattr__ of cls other than object's: called (1 done, 0 raised), or -1
** when there is none. */
static int user_setattr(VM *vm, Class *cls, Value o, Str *name, Value v) {
  if (!(cls->h.flags & CLS_HAS_SETATTR)) return -1;
  Class *owner;
  Value sa = class_lookup_owner(vm, cls, vm->s___setattr__, &owner);
  if (v_isnull(sa) || v_same(sa, vm->obj_setattr_fn)) return -1;
  Value args[2] = { v_obj(name), v };
  return !v_isnull(vm_call_with_self(vm, sa, owner, o, 2, args));
}

bool vm_setattr(VM *vm, Value o, Str *name, Value v) {
  name = intern_name(vm, name);
  switch (o.tag) {
  case T_INSTANCE: {
    Instance *io = AS_INSTANCE(o);
    Class *cls = io->h.cls;
    if (!(cls->h.flags & (CLS_HAS_SETATTR | CLS_HAS_DESCR | CLS_BUILTIN)))
      return instance_setattr_slot(vm, io, name, v);
    int r = user_setattr(vm, cls, o, name, v);
    return r >= 0 ? r : inst_setattr_generic(vm, o, name, v);
  }
  case T_CLASS: return class_setattr(vm, AS_CLASS(o), name, v);
  case T_MODULE: return dict_set_str(vm, AS_MODULE(o)->dict, name, v);
  case T_FUNC: return func_setattr(vm, AS_FUNC(o), name, v);
  default: {
    Class *cls = vm_class_of(vm, o);
    if (!(cls->h.flags & CLS_BUILTIN)) {
      int r = user_setattr(vm, cls, o, name, v);
      return r >= 0 ? r : sub_setattr_generic(vm, o, cls, name, v);
    }
    Value ca = class_lookup(vm, cls, name);
    if (ca.tag == T_PROPERTY) {
      Property *p = (Property *)ca.u.o;
      if (!v_isnull(p->fset) && !v_isnone(p->fset))
        return !v_isnull(vm_call2(vm, p->fset, o, v));
    }
    return readonly_error(vm, o, name);
  }
  }
}

bool vm_delattr(VM *vm, Value o, Str *name) {
  name = intern_name(vm, name);
  switch (o.tag) {
  case T_INSTANCE: {
    Class *cls = AS_INSTANCE(o)->h.cls;
    if (cls->h.flags & CLS_HAS_SETATTR) {
      Class *owner;
      Value da = class_lookup_owner(vm, cls, vm->s___delattr__, &owner);
      if (da.tag == T_FUNC) {
        Value arg = v_obj(name);
        return !v_isnull(vm_call_with_self(vm, da, owner, o, 1, &arg));
      }
    }
    return inst_delattr_generic(vm, o, name);
  }
  case T_CLASS: return class_delattr(vm, AS_CLASS(o), name);
  case T_MODULE: {
    int r = dict_del(vm, AS_MODULE(o)->dict, v_obj(name));
    if (r < 0) return false;
    if (r == 0) { attr_error(vm, o, name); return false; }
    return true;
  }
  case T_FUNC: {
    Func *f = AS_FUNC(o);
    int r = f->attrs ? dict_del(vm, f->attrs, v_obj(name)) : 0;
    if (r < 0) return false;
    if (r == 0) { attr_error(vm, o, name); return false; }
    return true;
  }
  default: {
    Class *cls = vm_class_of(vm, o);
    if (!(cls->h.flags & CLS_BUILTIN)) {  /* a subclass of a builtin type */
      int r = descr_store(vm, class_lookup(vm, cls, name), o, v_null());
      if (r >= 0) return r;
    }
    Dict **tail = obj_attr_tail(o);
    if (tail && *tail) {
      int r = dict_del(vm, *tail, v_obj(name));
      if (r < 0) return false;
      if (r > 0) return true;
    }
    Value ca = class_lookup(vm, cls, name);
    if (v_isnull(ca)) { attr_error(vm, o, name); return false; }
    return readonly_error(vm, o, name);
  }
  }
}

/* ---- properties, wrappers, builtin data attributes -------------------------- */

static Value property_alloc(VM *vm, Class *cls, Value fget, Value fset, Value fdel, Value doc) {
  Property *p = gc_alloc(sizeof(Property));
  if (!p) return vm_raise(vm, vm->exc_MemoryError, "");
  p->h.kind = T_PROPERTY;
  p->h.cls = cls ? cls : vm->cls[T_PROPERTY];
  p->fget = fget; p->fset = fset; p->fdel = fdel; p->doc = doc;
  return v_obj(p);
}

void vm_add_property(VM *vm, Class *cls, const char *name, CFn getter, CFn setter) {
  Value g = v_obj(cfunc_new(vm, name, getter, 1, 1, false));
  Value s = setter ? v_obj(cfunc_new(vm, name, setter, 2, 2, false)) : v_none();
  Value p = property_alloc(vm, NULL, g, s, v_none(), v_none());
  if (v_isnull(p)) return;
  dict_set_str(vm, cls->dict, str_intern_cstr(vm, name), p);
  cls->h.flags |= CLS_HAS_DESCR;
  vm->class_epoch++;
}

/* property(fget=None, fset=None, fdel=None, doc=None) */
static Value property_ctor(VM *vm, int argc, Value *argv, Dict *kw) {
  Value a[4] = { v_none(), v_none(), v_none(), v_none() };
  static const char *const names[4] = { "fget", "fset", "fdel", "doc" };
  if (argc - 1 > 4)
    return vm_raise(vm, vm->exc_TypeError, "property() takes at most 4 arguments (%d given)",
                    argc - 1);
  for (int i = 1; i < argc; i++) a[i - 1] = argv[i];
  if (kw) {
    Value k, v;
    for (int64_t pos = 0; dict_next(kw, &pos, &k, &v); ) {
      int j = 0;
      while (j < 4 && strcmp(AS_STR(k)->data, names[j]) != 0) j++;
      if (j == 4)
        return vm_raise(vm, vm->exc_TypeError,
                        "'%S' is an invalid keyword argument for this function", AS_STR(k));
      a[j] = v;
    }
  }
  if (v_isnone(a[3]) && !v_isnone(a[0])) {
    Value d = vm_getattr_opt(vm, a[0], vm->s___doc__);
    if (vm->exc.tag != T_NULL) return v_null();
    if (!v_isnull(d)) a[3] = d;
  }
  Class *cls = argv[0].tag == T_CLASS ? AS_CLASS(argv[0]) : NULL;
  return property_alloc(vm, cls, a[0], a[1], a[2], a[3]);
}

static Value property_copy_with(VM *vm, Value self, int which, Value f) {
  if (self.tag != T_PROPERTY)
    return vm_raise(vm, vm->exc_TypeError, "descriptor requires a 'property' object");
  Property *p = (Property *)self.u.o;
  Value a[3] = { p->fget, p->fset, p->fdel };
  a[which] = f;
  return property_alloc(vm, p->h.cls, a[0], a[1], a[2], p->doc);
}
static Value property_getter(VM *vm, int argc, Value *argv, Dict *kw) {
  return property_copy_with(vm, argv[0], 0, argv[1]);
}
static Value property_setter(VM *vm, int argc, Value *argv, Dict *kw) {
  return property_copy_with(vm, argv[0], 1, argv[1]);
}
static Value property_deleter(VM *vm, int argc, Value *argv, Dict *kw) {
  return property_copy_with(vm, argv[0], 2, argv[1]);
}
static Value property_get(VM *vm, int argc, Value *argv, Dict *kw) {
  Value obj = argc > 1 ? argv[1] : v_none();
  if (v_isnone(obj)) return argv[0];
  return vm_bind_attr(vm, argv[0], NULL, obj, vm_class_of(vm, obj));
}

static Value wrapper_alloc(VM *vm, uint32_t kind, Class *cls, Value f) {
  Wrapper *w = gc_alloc(sizeof(Wrapper));
  if (!w) return vm_raise(vm, vm->exc_MemoryError, "");
  w->h.kind = kind;
  w->h.cls = cls ? cls : vm->cls[kind];
  w->func = f;
  return v_obj(w);
}
static Value staticmethod_ctor(VM *vm, int argc, Value *argv, Dict *kw) {
  if (argc != 2)
    return vm_raise(vm, vm->exc_TypeError, "staticmethod expected 1 arguments, got %d",
                    argc - 1);
  return wrapper_alloc(vm, T_STATICMETHOD, NULL, argv[1]);
}
static Value classmethod_ctor(VM *vm, int argc, Value *argv, Dict *kw) {
  if (argc != 2)
    return vm_raise(vm, vm->exc_TypeError, "classmethod expected 1 arguments, got %d",
                    argc - 1);
  return wrapper_alloc(vm, T_CLASSMETHOD, NULL, argv[1]);
}

/* super(type, obj) */
static Value super_ctor(VM *vm, int argc, Value *argv, Dict *kw) {
  if (argc < 2 || argc > 3)
    return vm_raise(vm, vm->exc_TypeError, "super() takes at least 1 argument (%d given)",
                    argc - 1);
  if (argv[1].tag != T_CLASS)
    return vm_raise(vm, vm->exc_TypeError, "must be type, not %s", vm_type_name(vm, argv[1]));
  if (argc == 2) return vm_raise(vm, vm->exc_TypeError, "unbound super objects are not supported");
  return super_new(vm, AS_CLASS(argv[1]), argv[2]);
}

/* ---- object's attribute methods ------------------------------------------- */

static bool want_str(VM *vm, Value v) {
  if (v.tag == T_STR) return true;
  vm_raise(vm, vm->exc_TypeError, "attribute name must be string, not '%s'",
           vm_type_name(vm, v));
  return false;
}

static Value object_setattr(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!want_str(vm, argv[1])) return v_null();
  Str *name = intern_name(vm, AS_STR(argv[1]));
  Class *cls = vm_class_of(vm, argv[0]);
  bool ok = argv[0].tag == T_INSTANCE ? inst_setattr_generic(vm, argv[0], name, argv[2])
          : (!(cls->h.flags & CLS_BUILTIN) && argv[0].tag != T_CLASS)
              ? sub_setattr_generic(vm, argv[0], cls, name, argv[2])
              : vm_setattr(vm, argv[0], name, argv[2]);
  return ok ? v_none() : v_null();
}

static Value object_delattr(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!want_str(vm, argv[1])) return v_null();
  Str *name = intern_name(vm, AS_STR(argv[1]));
  bool ok = argv[0].tag == T_INSTANCE ? inst_delattr_generic(vm, argv[0], name)
                                      : vm_delattr(vm, argv[0], name);
  return ok ? v_none() : v_null();
}

static Value object_getattribute(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!want_str(vm, argv[1])) return v_null();
  Str *name = intern_name(vm, AS_STR(argv[1]));
  Value v;
  if (argv[0].tag == T_INSTANCE) {
    /* Without __getattr__: that hook runs after __getattribute__ fails. */
    Instance *io = AS_INSTANCE(argv[0]);
    uint32_t saved = io->h.cls->h.flags;
    io->h.cls->h.flags &= ~CLS_HAS_GETATTR;
    v = inst_getattr(vm, argv[0], name);
    io->h.cls->h.flags = saved;
  } else {
    v = getattr_impl(vm, argv[0], name);
  }
  if (v_isnull(v) && vm->exc.tag == T_NULL) return attr_error(vm, argv[0], name);
  return v;
}

/* Data attributes of numbers: real, imag, numerator, denominator. */
static Value num_self(VM *vm, int argc, Value *argv, Dict *kw) {
  Value v = argv[0];
  if (v.tag == T_BOOL) return v_int(v.u.i);
  return v;
}
static Value num_zero(VM *vm, int argc, Value *argv, Dict *kw) {
  return argv[0].tag == T_FLOAT ? v_float(0.0) : v_int(0);
}
static Value num_one(VM *vm, int argc, Value *argv, Dict *kw) { return v_int(1); }

void obj_attr_init(VM *vm) {
  Class *o = vm->cls_object;
  vm_add_method(vm, o, "__setattr__", object_setattr, 2, 2, false);
  vm_add_method(vm, o, "__delattr__", object_delattr, 1, 1, false);
  vm_add_method(vm, o, "__getattribute__", object_getattribute, 1, 1, false);
  vm->obj_setattr_fn = dict_get_str(vm, o->dict, vm->s___setattr__);

  Class *p = vm->cls[T_PROPERTY];
  p->ctor = property_ctor;
  vm_add_method(vm, p, "getter", property_getter, 1, 1, false);
  vm_add_method(vm, p, "setter", property_setter, 1, 1, false);
  vm_add_method(vm, p, "deleter", property_deleter, 1, 1, false);
  vm_add_method(vm, p, "__get__", property_get, 1, 2, false);
  vm->cls[T_STATICMETHOD]->ctor = staticmethod_ctor;
  vm->cls[T_CLASSMETHOD]->ctor = classmethod_ctor;
  vm->cls[T_SUPER]->ctor = super_ctor;

  Class *nums[3] = { vm->cls[T_INT], vm->cls[T_BOOL], vm->cls[T_FLOAT] };
  for (int i = 0; i < 3; i++) {
    vm_add_property(vm, nums[i], "real", num_self, NULL);
    vm_add_property(vm, nums[i], "imag", num_zero, NULL);
    if (i < 2) {
      vm_add_property(vm, nums[i], "numerator", num_self, NULL);
      vm_add_property(vm, nums[i], "denominator", num_one, NULL);
    }
  }
}
