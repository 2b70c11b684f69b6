/*
** call.c: calling things. Argument binding for Python functions exactly as
** CPython 2.7 does it (positional, keywords, defaults, *args, **kwargs, and
** its error messages), builtin functions (arity and keyword checks), bound
** methods, classes (ctor along the MRO, then a Python __init__), instances
** with __call__; plus the constructors of functions and builtin functions.
**
** A Python function called from C gets a c_entry frame and runs in a nested
** vm_run_frame; calls made by bytecode are set up here too (vm_call_frame)
** but run in the interpreter's own loop.
*/
#include <string.h>

#include "vm.h"
#include "types.h"
#include "../gc/gc.h"
#include "../jit/jit.h"

/* ---- names for messages -------------------------------------------------- */

/* CPython's PyEval_GetFuncName / PyEval_GetFuncDesc pair: "f" + "()",
** "C" + " constructor", "C" + " object". */
const char *vm_callable_name(VM *vm, Value f, const char **desc) {
  switch (f.tag) {
  case T_FUNC:
    *desc = "()";
    return AS_FUNC(f)->name ? AS_FUNC(f)->name->data : "?";
  case T_CFUNC:
    *desc = "()";
    return AS_CFUNC(f)->name ? AS_CFUNC(f)->name->data : "?";
  case T_BOUND:
    return vm_callable_name(vm, ((Bound *)f.u.o)->func, desc);
  case T_CLASS:
    *desc = " constructor";
    return AS_CLASS(f)->name->data;
  default:
    *desc = " object";
    return vm_type_name(vm, f);
  }
}

/* ---- frames for Python functions ------------------------------------------ */

/* Make the Code ready to run: inline caches and hot counters. */
void vm_code_prepare(VM *vm, Code *code) {
  if (!code->cache && code->ninsns > 0)
    code->cache = gc_alloc(sizeof(ICache) * (size_t)code->ninsns);
  if (!code->hot && code->ninsns > 0)
    code->hot = gc_alloc_atomic_zero(sizeof(uint16_t) * (size_t)code->ninsns);
}

static Value kw_error(VM *vm, Code *co, const char *fmt, Value name) {
  Str *s = name.tag == T_STR ? AS_STR(name) : NULL;
  if (!s) return vm_raise(vm, vm->exc_TypeError, "%S() keywords must be strings", co->name);
  return vm_raise(vm, vm->exc_TypeError, fmt, co->name, s);
}

/* Index of keyword `name` among the first n parameters, -1 if none. */
static int param_index(Code *co, int n, Str *name) {
  for (int j = 0; j < n; j++)
    if (co->varnames[j] == name) return j;
  for (int j = 0; j < n; j++)
    if (str_eq(co->varnames[j], name)) return j;
  return -1;
}

/* Bind one keyword argument; false with TypeError pending. */
static bool bind_kw(VM *vm, Code *co, Value *loc, Dict *kwd, Value name, Value value) {
  if (name.tag != T_STR) {
    kw_error(vm, co, NULL, name);
    return false;
  }
  int j = param_index(co, co->argcount, AS_STR(name));
  if (j < 0) {
    if (!kwd) {
      kw_error(vm, co, "%S() got an unexpected keyword argument '%S'", name);
      return false;
    }
    return dict_set(vm, kwd, name, value);
  }
  if (!v_isnull(loc[j])) {
    kw_error(vm, co, "%S() got multiple values for keyword argument '%S'", name);
    return false;
  }
  loc[j] = value;
  return true;
}

/* Cells of a new frame: fresh cells for cellvars (seeded from the parameter
** in cell2arg), the function's closure for freevars. */
bool vm_frame_init_cells(VM *vm, Frame *f) {
  Code *co = f->code;
  Value *cells = f->base + co->nlocals;
  for (int i = 0; i < co->ncells; i++) {
    Cell *c = gc_alloc(sizeof(Cell));
    if (!c) { vm_raise(vm, vm->exc_MemoryError, NULL); return false; }
    c->h.kind = T_CELL;
    c->h.cls = vm->cls[T_CELL];
    c->v = v_null();
    if (co->cell2arg && co->cell2arg[i] >= 0) c->v = f->base[co->cell2arg[i]];
    cells[i] = v_obj(c);
  }
  Tuple *cl = f->func ? f->func->closure : NULL;
  for (int i = 0; i < co->nfrees; i++)
    cells[co->ncells + i] = (cl && i < cl->len) ? cl->items[i] : v_null();
  return true;
}

/* Push a frame for fn and bind the arguments (self, if not T_NULL, first;
** then argv; keyword pairs kwv[2i] = name, kwv[2i+1] = value; then the
** entries of kwdict). NULL with TypeError pending, frame popped, on error. */
static Frame *bind_frame(VM *vm, Func *fn, Value self, int argc, Value *argv, int nkw,
                         Value *kwv, Dict *kwdict) {
  Code *co = fn->code;
  if (!co->cache) vm_code_prepare(vm, co);
  Frame *f = vm_push_frame_raw(vm, co, fn, fn->globals, NULL);
  if (!f) return NULL;
  Value *loc = f->base;
  int n = co->argcount, flags = co->flags;
  Tuple *defs = fn->defaults;
  int ndef = defs ? (int)defs->len : 0;
  int nself = v_isnull(self) ? 0 : 1;
  int total = argc + nself;
  int nkwall = nkw + (kwdict ? (int)kwdict->used : 0);
  if (n > 0 || (flags & (CO_VARARGS | CO_VARKEYWORDS))) {
    Dict *kwd = NULL;
    if (flags & CO_VARKEYWORDS) {
      kwd = dict_new(vm);
      if (!kwd) goto fail;
      loc[n + ((flags & CO_VARARGS) ? 1 : 0)] = v_obj(kwd);
    }
    if (total > n && !(flags & CO_VARARGS)) {
      vm_raise(vm, vm->exc_TypeError, "%S() takes %s %d argument%s (%d given)", co->name,
               ndef ? "at most" : "exactly", n, n == 1 ? "" : "s", total + nkwall);
      goto fail;
    }
    int ncopy = total < n ? total : n;
    int k = 0;
    if (nself && ncopy > 0) loc[k++] = self;
    for (; k < ncopy; k++) loc[k] = argv[k - nself];
    if (flags & CO_VARARGS) {
      if (total > n) {
        int extra = total - n;
        Tuple *t = tuple_new(vm, extra);
        if (!t) goto fail;
        for (int i = 0; i < extra; i++) {
          int ai = n + i;   /* index in the self+argv sequence */
          t->items[i] = (nself && ai == 0) ? self : argv[ai - nself];
        }
        loc[n] = v_obj(t);
      } else {
        loc[n] = v_obj(vm->empty_tuple ? vm->empty_tuple : tuple_new(vm, 0));
      }
    }
    for (int i = 0; i < nkw; i++)
      if (!bind_kw(vm, co, loc, kwd, kwv[2 * i], kwv[2 * i + 1])) goto fail;
    if (kwdict) {
      Value key, val;
      for (int64_t p = 0; dict_next(kwdict, &p, &key, &val); )
        if (!bind_kw(vm, co, loc, kwd, key, val)) goto fail;
    }
    if (total < n) {
      int m = n - ndef;
      for (int i = total; i < m; i++) {
        if (v_isnull(loc[i])) {
          int given = 0;
          for (int j = 0; j < n; j++)
            if (!v_isnull(loc[j])) given++;
          vm_raise(vm, vm->exc_TypeError, "%S() takes %s %d argument%s (%d given)", co->name,
                   ((flags & CO_VARARGS) || ndef) ? "at least" : "exactly", m,
                   m == 1 ? "" : "s", given);
          goto fail;
        }
      }
      for (int i = total > m ? total - m : 0; i < ndef; i++)
        if (v_isnull(loc[m + i])) loc[m + i] = defs->items[i];
    }
  } else if (total > 0 || nkwall > 0) {
    vm_raise(vm, vm->exc_TypeError, "%S() takes no arguments (%d given)", co->name,
             total + nkwall);
    goto fail;
  }
  if ((co->ncells | co->nfrees) && !vm_frame_init_cells(vm, f)) goto fail;
  if (flags & CO_CLASSBODY) {
    f->locals = dict_new(vm);
    if (!f->locals) goto fail;
  }
  return f;
fail:
  vm_pop_frame(vm);
  return NULL;
}

Frame *vm_call_frame_ex(VM *vm, Func *fn, Value self, int argc, Value *argv, int nkw,
                        Value *kwv, Dict *kwdict, int rec_extra) {
  Frame *f = NULL;
  if (fn->code->flags & CO_GENERATOR)
    vm_raise(vm, vm->exc_SystemError, "vm_call_frame of a generator function");
  else
    f = bind_frame(vm, fn, self, argc, argv, nkw, kwv, kwdict);
  if (!f) {
    vm_rec_leave(vm, rec_extra);
    return NULL;
  }
  f->rec_extra = rec_extra;
  if (!vm->cfg.jit.off && ++fn->hot >= vm->cfg.jit.v[JIT_P_function_threshold]) {
    fn->hot = 0;
    jit_hot(vm, f, 0);
  }
  return f;
}

Frame *vm_call_frame(VM *vm, Func *fn, Value self, int argc, Value *argv, int nkw,
                     Value *kwv, Dict *kwdict) {
  return vm_call_frame_ex(vm, fn, self, argc, argv, nkw, kwv, kwdict, 0);
}

/* A call of a generator function: the arguments are bound in a frame that
** becomes the generator's saved state. */
Value vm_call_generator(VM *vm, Func *fn, Value self, int argc, Value *argv, int nkw,
                        Value *kwv, Dict *kwdict) {
  Frame *f = bind_frame(vm, fn, self, argc, argv, nkw, kwv, kwdict);
  if (!f) return v_null();
  return gen_new(vm, f);
}

/* ---- builtin functions ----------------------------------------------------- */

CFunc *cfunc_new(VM *vm, const char *name, CFn fn, int minargs, int maxargs, bool takes_kw) {
  CFunc *c = gc_alloc(sizeof(CFunc));
  if (!c) return NULL;
  c->h.kind = T_CFUNC;
  c->h.cls = vm->cls[T_CFUNC];
  c->fn = fn;
  c->name = str_intern_cstr(vm, name);
  c->self = v_null();
  c->data = v_null();
  c->minargs = (int16_t)minargs;
  c->maxargs = (int16_t)maxargs;
  c->takes_kw = takes_kw;
  return c;
}

void vm_add_function(VM *vm, Dict *d, const char *name, CFn fn, int minargs, int maxargs,
                     bool kw) {
  CFunc *c = cfunc_new(vm, name, fn, minargs, maxargs, kw);
  if (c) dict_set_str(vm, d, c->name, v_obj(c));
}

void vm_add_method(VM *vm, Class *cls, const char *name, CFn fn, int minargs, int maxargs,
                   bool kw) {
  CFunc *c = cfunc_new(vm, name, fn, minargs, maxargs, kw);
  if (!c) return;
  c->h.flags |= CFUNC_METHOD;
  c->data = v_obj(cls);
  dict_set_str(vm, cls->dict, c->name, v_obj(c));
  vm->class_epoch++;
}

/* Arity and keyword checks of a builtin; argc counts self for methods. */
bool vm_cfunc_check(VM *vm, CFunc *cf, int argc, bool has_kw) {
  if (has_kw && !cf->takes_kw) {
    vm_raise(vm, vm->exc_TypeError, "%S() takes no keyword arguments", cf->name);
    return false;
  }
  int nargs = argc;
  if (cf->h.flags & CFUNC_METHOD) {
    if (argc < 1) {
      Class *owner = cf->data.tag == T_CLASS ? AS_CLASS(cf->data) : vm->cls_object;
      vm_raise(vm, vm->exc_TypeError, "descriptor '%S' of '%S' object needs an argument",
               cf->name, owner->name);
      return false;
    }
    nargs--;
  }
  if (nargs < cf->minargs || (cf->maxargs >= 0 && nargs > cf->maxargs))
    return types_nargs(vm, cf->name->data, nargs, cf->minargs, cf->maxargs);
  return true;
}

static Value call_cfunc(VM *vm, CFunc *cf, int argc, Value *argv, Dict *kw) {
  bool has_kw = kw && kw->used > 0;
  if (!v_isnull(cf->self)) {
    Value tmp[16];
    Value *a = argc < 16 ? tmp : gc_alloc(sizeof(Value) * (size_t)(argc + 1));
    if (!a) return vm_raise(vm, vm->exc_MemoryError, NULL);
    a[0] = cf->self;
    if (argc > 0) memcpy(a + 1, argv, sizeof(Value) * (size_t)argc);
    if (!vm_cfunc_check(vm, cf, argc + 1, has_kw)) return v_null();
    return cf->fn(vm, argc + 1, a, has_kw ? kw : NULL);
  }
  if (!vm_cfunc_check(vm, cf, argc, has_kw)) return v_null();
  return cf->fn(vm, argc, argv, has_kw ? kw : NULL);
}

/* ---- calls ------------------------------------------------------------------ */

/* A call from C of a Python function: `units` recursion levels for the
** PyObject_Call layers CPython goes through (1 for a function, 2 for a bound
** method), held while the frame runs. */
static Value call_func_self(VM *vm, Func *fn, Value self, int argc, Value *argv, Dict *kw,
                            int units) {
  if (kw && !kw->used) kw = NULL;
  if (fn->code->flags & CO_GENERATOR) {
    if (!vm_rec_enter(vm, units, VM_REC_CALL)) return v_null();
    Value g = vm_call_generator(vm, fn, self, argc, argv, 0, NULL, kw);
    vm_rec_leave(vm, units);
    return g;
  }
  if (!vm_rec_enter(vm, units, VM_REC_CALL)) return v_null();
  Frame *f = vm_call_frame_ex(vm, fn, self, argc, argv, 0, NULL, kw, units);
  if (!f) return v_null();
  return vm_run_frame(vm, f);
}

/* Call a value found on a class (in `owner`) as a method of self. */
static Value call_with_self(VM *vm, Value m, Class *owner, Value self, int argc, Value *argv,
                            Dict *kw) {
  if (m.tag == T_FUNC) return call_func_self(vm, AS_FUNC(m), self, argc, argv, kw, 2);
  if (m.tag == T_CFUNC && (m.u.o->flags & CFUNC_METHOD) && v_isnull(AS_CFUNC(m)->self)) {
    Value tmp[16];
    Value *a = argc < 16 ? tmp : gc_alloc(sizeof(Value) * (size_t)(argc + 1));
    if (!a) return vm_raise(vm, vm->exc_MemoryError, NULL);
    a[0] = self;
    if (argc > 0) memcpy(a + 1, argv, sizeof(Value) * (size_t)argc);
    return call_cfunc(vm, AS_CFUNC(m), argc + 1, a, kw);
  }
  Value b = vm_bind_attr(vm, m, owner, self, vm_class_of(vm, self));
  if (v_isnull(b)) return v_null();
  return vm_call(vm, b, argc, argv, kw);
}

static Value call_class(VM *vm, Class *cls, int argc, Value *argv, Dict *kw) {
  Value obj;
  if ((cls->h.flags & CLS_CLASSIC) && (argc > 0 || (kw && kw->used > 0)) &&
      class_lookup(vm, cls, vm->s___init__).tag != T_FUNC)
    return vm_raise(vm, vm->exc_TypeError, "this constructor takes no arguments");
  Class *nowner = NULL;
  Value newf = class_lookup_owner(vm, cls, vm->s___new__, &nowner);
  if (newf.tag == T_STATICMETHOD) newf = ((Wrapper *)newf.u.o)->func;
  if (newf.tag == T_FUNC) {
    /* A Python __new__(cls, *args). */
    obj = call_func_self(vm, AS_FUNC(newf), v_obj(cls), argc, argv, kw, 1);
  } else {
    CFn ctor = NULL;
    Tuple *mro = cls->mro;
    if (cls->ctor) ctor = cls->ctor;
    else if (mro) {
      for (int64_t i = 0; i < mro->len && !ctor; i++) ctor = AS_CLASS(mro->items[i])->ctor;
    }
    if (ctor) {
      Value tmp[16];
      Value *a = argc < 16 ? tmp : gc_alloc(sizeof(Value) * (size_t)(argc + 1));
      if (!a) return vm_raise(vm, vm->exc_MemoryError, NULL);
      a[0] = v_obj(cls);
      if (argc > 0) memcpy(a + 1, argv, sizeof(Value) * (size_t)argc);
      obj = ctor(vm, argc + 1, a, kw && kw->used ? kw : NULL);
    } else {
      Instance *in = instance_new(vm, cls);
      obj = in ? v_obj(in) : v_null();
    }
  }
  if (v_isnull(obj)) return v_null();
  if (!class_is_subclass(vm_class_of(vm, obj), cls)) return obj;
  Class *owner = NULL;
  Value init = class_lookup_owner(vm, vm_class_of(vm, obj), vm->s___init__, &owner);
  if (init.tag == T_FUNC) {
    Value r = call_func_self(vm, AS_FUNC(init), obj, argc, argv, kw, 2);
    if (v_isnull(r)) return v_null();
    if (!v_isnone(r))
      return vm_raise(vm, vm->exc_TypeError, "__init__() should return None, not '%s'",
                      vm_type_name(vm, r));
  }
  return obj;
}

Value vm_call(VM *vm, Value f, int argc, Value *argv, Dict *kw) {
  switch (f.tag) {
  case T_FUNC:
    return call_func_self(vm, AS_FUNC(f), v_null(), argc, argv, kw, 1);
  case T_CFUNC:
    return call_cfunc(vm, AS_CFUNC(f), argc, argv, kw);
  case T_BOUND: {
    Bound *b = (Bound *)f.u.o;
    if (v_isnull(b->self)) {  /* an unbound method C.f (protocols area) */
      if (!vm_unbound_check(vm, f, argc, argv)) return v_null();
      return vm_call(vm, b->func, argc, argv, kw);
    }
    if (b->func.tag == T_FUNC)
      return call_func_self(vm, AS_FUNC(b->func), b->self, argc, argv, kw, 2);
    Value tmp[16];
    Value *a = argc < 16 ? tmp : gc_alloc(sizeof(Value) * (size_t)(argc + 1));
    if (!a) return vm_raise(vm, vm->exc_MemoryError, NULL);
    a[0] = b->self;
    if (argc > 0) memcpy(a + 1, argv, sizeof(Value) * (size_t)argc);
    return vm_call(vm, b->func, argc + 1, a, kw);
  }
  case T_CLASS: {
    if (f.u.o->cls != vm->cls_type) {
      /* a user metaclass defining __call__ (protocols area) */
      Class *mowner = NULL;
      Value mc = class_lookup_owner(vm, f.u.o->cls, vm->s___call__, &mowner);
      if (!v_isnull(mc) && mowner && !(mowner->h.flags & CLS_BUILTIN))
        return call_with_self(vm, mc, mowner, f, argc, argv, kw);
    }
    /* PyObject_Call(class) is one level; __init__ adds its own */
    if (!vm_rec_enter(vm, 1, VM_REC_CALL)) return v_null();
    Value r = call_class(vm, AS_CLASS(f), argc, argv, kw);
    vm_rec_leave(vm, 1);
    return r;
  }
  default: {
    if (f.tag == T_NULL) return vm_raise(vm, vm->exc_SystemError, "call of a NULL value");
    Class *cls = vm_class_of(vm, f);
    Class *owner = NULL;
    Value m = class_lookup_owner(vm, cls, vm->s___call__, &owner);
    if (!v_isnull(m) && !(f.tag == T_STATICMETHOD || f.tag == T_CLASSMETHOD)) {
      if (!vm_rec_enter(vm, 1, VM_REC_CALL)) return v_null();
      Value r = call_with_self(vm, m, owner, f, argc, argv, kw);
      vm_rec_leave(vm, 1);
      return r;
    }
    return vm_raise(vm, vm->exc_TypeError, "'%s' object is not callable", vm_type_name(vm, f));
  }
  }
}

Value vm_call_as_method(VM *vm, Value meth, int argc, Value *argv) {
  if (meth.tag == T_FUNC && argc >= 1)
    return call_func_self(vm, AS_FUNC(meth), argv[0], argc - 1, argv + 1, NULL, 2);
  return vm_call(vm, meth, argc, argv, NULL);
}

Value vm_call0(VM *vm, Value f) { return vm_call(vm, f, 0, NULL, NULL); }

Value vm_call1(VM *vm, Value f, Value a) { return vm_call(vm, f, 1, &a, NULL); }

Value vm_call2(VM *vm, Value f, Value a, Value b) {
  Value args[2] = {a, b};
  return vm_call(vm, f, 2, args, NULL);
}

Value vm_call_special(VM *vm, Value obj, Str *name, int argc, Value *argv) {
  Class *owner = NULL;
  Value m = class_lookup_owner(vm, vm_class_of(vm, obj), name, &owner);
  if (v_isnull(m)) return v_null();
  return call_with_self(vm, m, owner, obj, argc, argv, NULL);
}

Value vm_call_method(VM *vm, Value obj, Str *name, int argc, Value *argv) {
  Value m;
  int r = vm_load_method(vm, obj, name, &m);
  if (r < 0) return v_null();
  if (r == 0) return vm_call(vm, m, argc, argv, NULL);
  if (m.tag == T_FUNC) return call_func_self(vm, AS_FUNC(m), obj, argc, argv, NULL, 2);
  Value tmp[16];
  Value *a = argc < 16 ? tmp : gc_alloc(sizeof(Value) * (size_t)(argc + 1));
  if (!a) return vm_raise(vm, vm->exc_MemoryError, NULL);
  a[0] = obj;
  if (argc > 0) memcpy(a + 1, argv, sizeof(Value) * (size_t)argc);
  return vm_call(vm, m, argc + 1, a, NULL);
}

/* ---- function objects -------------------------------------------------------- */

Func *func_new(VM *vm, Code *code, Dict *globals, Module *module) {
  Func *fn = gc_alloc(sizeof(Func));
  if (!fn) {
    vm_raise(vm, vm->exc_MemoryError, NULL);
    return NULL;
  }
  fn->h.kind = T_FUNC;
  fn->h.cls = vm->cls[T_FUNC];
  fn->code = code;
  fn->globals = globals;
  fn->module = module;
  fn->name = code->name;
  /* The compiler's convention (CPython's): a function's first constant is
  ** its docstring, or None when it has none. */
  fn->doc = (code->nconsts > 0 && code->consts[0].tag == T_STR && !(code->flags & CO_LAMBDA))
              ? code->consts[0] : v_none();
  vm_code_prepare(vm, code);
  return fn;
}
