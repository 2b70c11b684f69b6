/*
** obj_iter.c: iteration and the container protocols.
**
** vm_iter / vm_next over the builtin containers use Iter objects (one C
** struct, several CPython-named classes: listiterator, tupleiterator,
** rangeiterator, ...); user objects iterate through __iter__ / next or the
** old __getitem__ sequence protocol. Also here: xrange objects (never build
** a list), slice objects, vm_len, vm_contains, vm_to_list / vm_to_tuple and
** the subscript dispatch vm_getitem / vm_setitem / vm_delitem.
*/
#include <string.h>
#include "vm.h"
#include "types.h"
#include "../gc/gc.h"

static inline bool is_intlike(Value v) { return v.tag == T_INT || v.tag == T_BOOL; }

/* ---- iterator objects ----------------------------------------------------- */

static Iter *iter_alloc(VM *vm, IterKind kind, Value seq) {
  Iter *it = gc_alloc(sizeof(Iter));
  if (!it) { vm_raise(vm, vm->exc_MemoryError, ""); return NULL; }
  it->h.kind = T_ITER;
  it->h.cls = vm->cls_iter[kind] ? vm->cls_iter[kind] : vm->cls[T_ITER];
  it->ikind = kind;
  it->seq = seq;
  return it;
}

Value iter_new(VM *vm, IterKind kind, Value seq) {
  Iter *it = iter_alloc(vm, kind, seq);
  return it ? v_obj(it) : v_null();
}

Value iter_range_new(VM *vm, int64_t start, int64_t stop, int64_t step) {
  Iter *it = iter_alloc(vm, IT_RANGE, v_none());
  if (!it) return v_null();
  it->pos = start;
  it->stop = stop;
  it->step = step;
  return v_obj(it);
}

Value iter_callable_new(VM *vm, Value callable, Value sentinel) {
  Iter *it = iter_alloc(vm, IT_CALLABLE, callable);
  if (!it) return v_null();
  it->extra = sentinel;
  return v_obj(it);
}

Value iter_custom_new(VM *vm, Value state, CFn next) {
  CFunc *f = cfunc_new(vm, "next", next, 1, 1, false);
  if (!f) return v_null();
  Iter *it = iter_alloc(vm, IT_CUSTOM, state);
  if (!it) return v_null();
  it->extra = v_obj(f);
  return v_obj(it);
}

/* ---- xrange ------------------------------------------------------------------ */

static int64_t range_len(int64_t lo, int64_t hi, int64_t step) {
  if (step > 0 && lo < hi)
    return (int64_t)(1 + ((uint64_t)hi - 1 - (uint64_t)lo) / (uint64_t)step);
  if (step < 0 && lo > hi)
    return (int64_t)(1 + ((uint64_t)lo - 1 - (uint64_t)hi) / (0 - (uint64_t)step));
  return 0;
}

Value xrange_new(VM *vm, int64_t start, int64_t stop, int64_t step) {
  XRange *r = gc_alloc(sizeof(XRange));
  if (!r) return vm_raise(vm, vm->exc_MemoryError, "");
  r->h.kind = T_XRANGE;
  r->h.cls = vm->cls[T_XRANGE];
  r->start = start;
  r->step = step;
  r->len = range_len(start, stop, step);
  r->stop = (int64_t)((uint64_t)start + (uint64_t)r->len * (uint64_t)step);
  return v_obj(r);
}

int64_t xrange_item(XRange *r, int64_t i) {
  return (int64_t)((uint64_t)r->start + (uint64_t)i * (uint64_t)r->step);
}

static Value xrange_iter(VM *vm, XRange *r) {
  /* Iterate to the last item + step, clamped so that it cannot wrap. */
  int64_t stop;
  if (r->len == 0) stop = r->start;
  else {
    int64_t last = xrange_item(r, r->len - 1);
    if (__builtin_add_overflow(last, r->step > 0 ? 1 : -1, &stop))
      stop = r->step > 0 ? INT64_MAX : INT64_MIN;
  }
  return iter_range_new(vm, r->start, stop, r->step);
}

static bool int_arg(VM *vm, Value v, int64_t *out) {
  if (is_intlike(v)) { *out = v.u.i; return true; }
  if (v.tag == T_FLOAT)
    vm_raise(vm, vm->exc_TypeError, "integer argument expected, got float");
  else
    vm_raise(vm, vm->exc_TypeError, "an integer is required");
  return false;
}

/* xrange([start,] stop[, step]); argv[0] is the class. */
static Value xrange_ctor(VM *vm, int argc, Value *argv, Dict *kw) {
  int n = argc - 1;
  if (kw && kw->used)
    return vm_raise(vm, vm->exc_TypeError, "xrange() does not take keyword arguments");
  if (n < 1 || n > 3)
    return vm_raise(vm, vm->exc_TypeError, "xrange() requires 1-3 int arguments");
  int64_t a[3] = { 0, 0, 1 };
  for (int i = 0; i < n; i++)
    if (!int_arg(vm, argv[i + 1], &a[i])) return v_null();
  int64_t start = 0, stop, step = 1;
  if (n == 1) stop = a[0];
  else { start = a[0]; stop = a[1]; if (n == 3) step = a[2]; }
  if (step == 0) return vm_raise(vm, vm->exc_ValueError, "xrange() arg 3 must not be zero");
  return xrange_new(vm, start, stop, step);
}

static Value xrange_getitem(VM *vm, XRange *r, Value key) {
  if (!is_intlike(key))
    return vm_raise(vm, vm->exc_TypeError, "sequence index must be integer, not '%s'",
                    vm_type_name(vm, key));
  int64_t i = key.u.i;
  if (i < 0) i += r->len;
  if (i < 0 || i >= r->len)
    return vm_raise(vm, vm->exc_IndexError, "xrange object index out of range");
  return v_int(xrange_item(r, i));
}

static int xrange_contains_int(XRange *r, int64_t x) {
  if (r->len == 0) return 0;
  int64_t last = xrange_item(r, r->len - 1);
  if (r->step > 0 ? (x < r->start || x > last) : (x > r->start || x < last)) return 0;
  uint64_t d = r->step > 0 ? (uint64_t)x - (uint64_t)r->start : (uint64_t)r->start - (uint64_t)x;
  uint64_t s = r->step > 0 ? (uint64_t)r->step : 0 - (uint64_t)r->step;
  return d % s == 0;
}

/* ---- slice objects --------------------------------------------------------- */

Value slice_new(VM *vm, Value start, Value stop, Value step) {
  Slice *s = gc_alloc(sizeof(Slice));
  if (!s) return vm_raise(vm, vm->exc_MemoryError, "");
  s->h.kind = T_SLICE;
  s->h.cls = vm->cls[T_SLICE];
  s->start = v_isnull(start) ? v_none() : start;
  s->stop = v_isnull(stop) ? v_none() : stop;
  s->step = v_isnull(step) ? v_none() : step;
  return v_obj(s);
}

static Value slice_ctor(VM *vm, int argc, Value *argv, Dict *kw) {
  int n = argc - 1;
  if (n < 1)
    return vm_raise(vm, vm->exc_TypeError, "slice expected at least 1 arguments, got %d", n);
  if (n > 3)
    return vm_raise(vm, vm->exc_TypeError, "slice expected at most 3 arguments, got %d", n);
  if (n == 1) return slice_new(vm, v_none(), argv[1], v_none());
  return slice_new(vm, argv[1], argv[2], n == 3 ? argv[3] : v_none());
}

static Value slice_indices_m(VM *vm, int argc, Value *argv, Dict *kw) {
  if (argv[0].tag != T_SLICE)
    return vm_raise(vm, vm->exc_TypeError, "descriptor 'indices' requires a 'slice' object");
  int64_t len;
  if (!int_arg(vm, argv[1], &len)) return v_null();
  int64_t start, stop, step, slicelen;
  if (!slice_indices(vm, (Slice *)argv[0].u.o, len, &start, &stop, &step, &slicelen))
    return v_null();
  Value items[3] = { v_int(start), v_int(stop), v_int(step) };
  Tuple *t = tuple_from(vm, 3, items);
  return t ? v_obj(t) : v_null();
}

/* ---- special-method helpers ----------------------------------------------- */

static inline Value lookup_special(VM *vm, Value o, Str *name, Class **owner) {
  return class_lookup_owner(vm, vm_class_of(vm, o), name, owner);
}

/* A builtin-kind object (list, dict, str...) of a user subclass. */
static inline bool is_sub(VM *vm, Value o) {
  return o.tag >= T_FIRSTOBJ && o.tag != T_INSTANCE && o.u.o->cls != vm->cls[o.tag] &&
         !(o.u.o->cls->h.flags & CLS_BUILTIN);
}

/* A special method the user class of o defines itself (not inherited from
** a builtin type), T_NULL if none. */
static Value user_special(VM *vm, Value o, Str *name, Class **owner) {
  Value f = class_lookup_owner(vm, vm_class_of(vm, o), name, owner);
  if (v_isnull(f) || !*owner || ((*owner)->h.flags & CLS_BUILTIN)) return v_null();
  return f;
}

/* ---- vm_iter / vm_next ------------------------------------------------------ */

static bool is_iterator(VM *vm, Value v) {
  if (v.tag == T_ITER || v.tag == T_GENERATOR) return true;
  return !v_isnull(class_lookup(vm, vm_class_of(vm, v), vm->s_next));
}

Value vm_iter(VM *vm, Value o) {
  if (o.tag >= T_FIRSTOBJ && o.tag != T_INSTANCE && o.u.o->cls != vm->cls[o.tag] &&
      is_sub(vm, o)) {
    Class *owner;
    Value f = user_special(vm, o, vm->s___iter__, &owner);
    if (!v_isnull(f)) {
      Value r = vm_call_with_self(vm, f, owner, o, 0, NULL);
      if (v_isnull(r)) return r;
      if (!is_iterator(vm, r))
        return vm_raise(vm, vm->exc_TypeError, "iter() returned non-iterator of type '%s'",
                        vm_type_name(vm, r));
      return r;
    }
  }
  switch (o.tag) {
  case T_LIST: return iter_new(vm, IT_LIST, o);
  case T_TUPLE: return iter_new(vm, IT_TUPLE, o);
  case T_STR: return iter_new(vm, IT_STR, o);
  case T_XRANGE: return xrange_iter(vm, (XRange *)o.u.o);
  case T_ITER: case T_GENERATOR: return o;
  case T_DICT: case T_SET: case T_FROZENSET: {
    Value it = dict_iter_new(vm, o, IT_DICT_KEYS);
    if (v_isnull(it)) return it;
    Class *c = o.tag == T_DICT ? vm->cls_iter[IT_DICT_KEYS] : vm->cls_setiter;
    if (c && it.u.o->cls == vm->cls[T_ITER]) it.u.o->cls = c;
    return it;
  }
  default: break;
  }
  Class *owner;
  Value f = lookup_special(vm, o, vm->s___iter__, &owner);
  if (!v_isnull(f)) {
    Value r = vm_call_with_self(vm, f, owner, o, 0, NULL);
    if (v_isnull(r)) return r;
    if (!is_iterator(vm, r))
      return vm_raise(vm, vm->exc_TypeError, "iter() returned non-iterator of type '%s'",
                      vm_type_name(vm, r));
    return r;
  }
  f = lookup_special(vm, o, vm->s___getitem__, &owner);
  if (!v_isnull(f)) return iter_new(vm, IT_SEQ, o);
  return vm_raise(vm, vm->exc_TypeError, "'%s' object is not iterable", vm_type_name(vm, o));
}

static Value seq_next(VM *vm, Iter *it) {
  if (v_isnull(it->seq)) return v_null();
  Value r = vm_getitem(vm, it->seq, v_int(it->pos));
  if (v_isnull(r)) {
    if (vm_exc_matches(vm, vm->exc_IndexError) || vm_exc_matches(vm, vm->exc_StopIteration)) {
      vm_exc_clear(vm);
      it->seq = v_null();
    }
    return r;
  }
  it->pos++;
  return r;
}

Value vm_next(VM *vm, Value v) {
  if (v.tag == T_ITER) {
    Iter *it = (Iter *)v.u.o;
    switch (it->ikind) {
    case IT_LIST:
      if (it->seq.tag == T_LIST) {
        List *l = AS_LIST(it->seq);
        if (it->pos < l->len) return l->items[it->pos++];
        it->seq = v_null();
      }
      return v_null();
    case IT_TUPLE:
      if (it->seq.tag == T_TUPLE) {
        Tuple *t = AS_TUPLE(it->seq);
        if (it->pos < t->len) return t->items[it->pos++];
        it->seq = v_null();
      }
      return v_null();
    case IT_STR:
      if (it->seq.tag == T_STR) {
        Str *s = AS_STR(it->seq);
        if (it->pos < s->len) {
          unsigned char c = (unsigned char)s->data[it->pos++];
          if (vm->char_str[c]) return v_obj(vm->char_str[c]);
          Str *cs = str_new(vm, (const char *)&c, 1);
          return cs ? v_obj(cs) : v_null();
        }
        it->seq = v_null();
      }
      return v_null();
    case IT_DICT_KEYS: case IT_DICT_VALUES: case IT_DICT_ITEMS:
      return dict_iter_next(vm, it);
    case IT_RANGE: {
      int64_t p = it->pos;
      if (it->step > 0 ? p < it->stop : p > it->stop) {
        if (__builtin_add_overflow(p, it->step, &it->pos)) it->pos = it->stop;
        return v_int(p);
      }
      return v_null();
    }
    case IT_SEQ:
      return seq_next(vm, it);
    case IT_CALLABLE: {
      if (v_isnull(it->seq)) return v_null();
      Value r = vm_call(vm, it->seq, 0, NULL, NULL);
      if (v_isnull(r)) {
        if (vm_exc_matches(vm, vm->exc_StopIteration)) {
          vm_exc_clear(vm);
          it->seq = v_null();
        }
        return r;
      }
      int eq = vm_equal(vm, r, it->extra);
      if (eq < 0) return v_null();
      if (eq) { it->seq = v_null(); return v_null(); }
      return r;
    }
    case IT_CUSTOM: {
      CFunc *f = AS_CFUNC(it->extra);
      return f->fn(vm, 1, &v, NULL);
    }
    }
    return v_null();
  }
  if (v.tag == T_GENERATOR) return gen_next(vm, v);   /* gen.c (interpreter area) */
  Class *owner;
  Value f = lookup_special(vm, v, vm->s_next, &owner);
  if (v_isnull(f))
    return vm_raise(vm, vm->exc_TypeError, "%s object is not an iterator", vm_type_name(vm, v));
  Value r = vm_call_with_self(vm, f, owner, v, 0, NULL);
  if (v_isnull(r) && vm_exc_matches(vm, vm->exc_StopIteration)) vm_exc_clear(vm);
  return r;
}

/* iterator.next() and iterator.__iter__() as methods */
static Value iter_next_m(VM *vm, int argc, Value *argv, Dict *kw) {
  Value r = vm_next(vm, argv[0]);
  if (v_isnull(r) && vm->exc.tag == T_NULL) return vm_raise(vm, vm->exc_StopIteration, NULL);
  return r;
}

static Value iter_iter_m(VM *vm, int argc, Value *argv, Dict *kw) { return argv[0]; }

/* ---- len / contains ---------------------------------------------------------- */

bool vm_len(VM *vm, Value o, int64_t *out) {
  if (o.tag >= T_FIRSTOBJ && o.tag != T_INSTANCE && o.u.o->cls != vm->cls[o.tag] &&
      is_sub(vm, o)) {
    Class *owner;
    if (!v_isnull(user_special(vm, o, vm->s___len__, &owner))) goto special;
  }
  switch (o.tag) {
  case T_STR: *out = AS_STR(o)->len; return true;
  case T_LIST: *out = AS_LIST(o)->len; return true;
  case T_TUPLE: *out = AS_TUPLE(o)->len; return true;
  case T_DICT: *out = AS_DICT(o)->used; return true;
  case T_SET: case T_FROZENSET: *out = AS_SET(o)->used; return true;
  case T_XRANGE: *out = ((XRange *)o.u.o)->len; return true;
  default: break;
  }
special:;
  Class *owner;
  Value f = lookup_special(vm, o, vm->s___len__, &owner);
  if (v_isnull(f)) {
    vm_raise(vm, vm->exc_TypeError, "object of type '%s' has no len()", vm_type_name(vm, o));
    return false;
  }
  Value r = vm_call_with_self(vm, f, owner, o, 0, NULL);
  if (v_isnull(r)) return false;
  if (!is_intlike(r)) {
    vm_raise(vm, vm->exc_TypeError, "an integer is required");
    return false;
  }
  if (r.u.i < 0) {
    vm_raise(vm, vm->exc_ValueError, "__len__() should return >= 0");
    return false;
  }
  *out = r.u.i;
  return true;
}

static int contains_by_iter(VM *vm, Value it, Value item) {
  for (;;) {
    Value x = vm_next(vm, it);
    if (v_isnull(x)) return vm->exc.tag != T_NULL ? -1 : 0;
    int eq = vm_equal(vm, x, item);
    if (eq) return eq;
  }
}

int vm_contains(VM *vm, Value c, Value item) {
  if (c.tag >= T_FIRSTOBJ && c.tag != T_INSTANCE && c.u.o->cls != vm->cls[c.tag] &&
      is_sub(vm, c)) {
    Class *owner;
    Value f = user_special(vm, c, vm->s___contains__, &owner);
    if (!v_isnull(f)) {
      Value r = vm_call_with_self(vm, f, owner, c, 1, &item);
      if (v_isnull(r)) return -1;
      return vm_truthy(vm, r);
    }
  }
  switch (c.tag) {
  case T_STR: return str_contains(vm, AS_STR(c), item);
  case T_LIST: return list_contains(vm, AS_LIST(c), item);
  case T_TUPLE: return tuple_contains(vm, AS_TUPLE(c), item);
  case T_DICT: return dict_contains(vm, AS_DICT(c), item);
  case T_SET: case T_FROZENSET: return set_contains(vm, AS_SET(c), item);
  case T_XRANGE:
    if (is_intlike(item)) return xrange_contains_int((XRange *)c.u.o, item.u.i);
    break;
  default: break;
  }
  Class *owner;
  Value f = lookup_special(vm, c, vm->s___contains__, &owner);
  if (!v_isnull(f)) {
    Value r = vm_call_with_self(vm, f, owner, c, 1, &item);
    if (v_isnull(r)) return -1;
    return vm_truthy(vm, r);
  }
  if (c.tag != T_XRANGE && c.tag != T_ITER && c.tag != T_GENERATOR &&
      v_isnull(lookup_special(vm, c, vm->s___iter__, &owner)) &&
      v_isnull(lookup_special(vm, c, vm->s___getitem__, &owner))) {
    vm_raise(vm, vm->exc_TypeError, "argument of type '%s' is not iterable",
             vm_type_name(vm, c));
    return -1;
  }
  Value it = vm_iter(vm, c);
  if (v_isnull(it)) return -1;
  return contains_by_iter(vm, it, item);
}

/* ---- conversions --------------------------------------------------------------- */

Value vm_to_list(VM *vm, Value o) {
  List *l;
  switch (o.tag) {
  case T_LIST: l = list_from(vm, AS_LIST(o)->len, AS_LIST(o)->items); break;
  case T_TUPLE: l = list_from(vm, AS_TUPLE(o)->len, AS_TUPLE(o)->items); break;
  case T_DICT: l = dict_keys(vm, AS_DICT(o)); break;
  case T_XRANGE: {
    XRange *r = (XRange *)o.u.o;
    l = list_new(vm, r->len);
    if (l) for (int64_t i = 0; i < r->len; i++) l->items[i] = v_int(xrange_item(r, i));
    break;
  }
  default: {
    Value it = vm_iter(vm, o);
    if (v_isnull(it)) return it;
    l = list_new(vm, 0);
    if (!l) return v_null();
    for (;;) {
      Value x = vm_next(vm, it);
      if (v_isnull(x)) {
        if (vm->exc.tag != T_NULL) return v_null();
        break;
      }
      if (!list_append(vm, l, x)) return v_null();
    }
    break;
  }
  }
  return l ? v_obj(l) : v_null();
}

Value vm_to_tuple(VM *vm, Value o) {
  if (o.tag == T_TUPLE) return o;
  Tuple *t;
  if (o.tag == T_LIST) {
    t = tuple_from(vm, AS_LIST(o)->len, AS_LIST(o)->items);
  } else {
    Value l = vm_to_list(vm, o);
    if (v_isnull(l)) return l;
    t = tuple_from(vm, AS_LIST(l)->len, AS_LIST(l)->items);
  }
  return t ? v_obj(t) : v_null();
}

/* ---- subscripts ------------------------------------------------------------------ */

/* py2 simple slices o[i:j] on objects whose class defines __getslice__ &
** co: the bounds as CPython's apply_slice gives them (None: 0 and maxint;
** negative ones get len(o) added when the object has a length). */
static bool simple_slice(VM *vm, Value o, Value key, Str *name, Value *f, Class **owner,
                         Value *i, Value *j) {
  if (key.tag != T_SLICE) return false;
  Slice *sl = (Slice *)key.u.o;
  if (!v_isnone(sl->step)) return false;
  if ((sl->start.tag != T_NONE && sl->start.tag != T_INT && sl->start.tag != T_BOOL) ||
      (sl->stop.tag != T_NONE && sl->stop.tag != T_INT && sl->stop.tag != T_BOOL))
    return false;
  *f = user_special(vm, o, name, owner);
  if (v_isnull(*f)) return false;
  int64_t a = v_isnone(sl->start) ? 0 : sl->start.u.i;
  int64_t b = v_isnone(sl->stop) ? INT64_MAX : sl->stop.u.i;
  if (a < 0 || b < 0) {
    Class *lo;
    if (!v_isnull(class_lookup_owner(vm, vm_class_of(vm, o), vm->s___len__, &lo))) {
      int64_t n;
      if (!vm_len(vm, o, &n)) return true;   /* *f set: the caller sees the exception */
      if (a < 0) a += n;
      if (b < 0) b += n;
    }
  }
  *i = v_int(a);
  *j = v_int(b);
  return true;
}

static Str *s_getslice(VM *vm) { return str_intern_cstr(vm, "__getslice__"); }
static Str *s_setslice(VM *vm) { return str_intern_cstr(vm, "__setslice__"); }
static Str *s_delslice(VM *vm) { return str_intern_cstr(vm, "__delslice__"); }

/* o[key] for a builtin-kind object of a user subclass. */
static Value sub_getitem(VM *vm, Value o, Value key) {
  Class *owner;
  Value f, i, j;
  if (simple_slice(vm, o, key, s_getslice(vm), &f, &owner, &i, &j)) {
    if (!v_isnull(vm->exc)) return v_null();
    Value args[2] = { i, j };
    return vm_call_with_self(vm, f, owner, o, 2, args);
  }
  f = user_special(vm, o, vm->s___getitem__, &owner);
  if (!v_isnull(f)) return vm_call_with_self(vm, f, owner, o, 1, &key);
  switch (o.tag) {
  case T_LIST: return list_getitem(vm, AS_LIST(o), key);
  case T_TUPLE: return tuple_getitem(vm, AS_TUPLE(o), key);
  case T_STR: return str_getitem(vm, AS_STR(o), key);
  case T_DICT: {
    Value v = dict_get(vm, AS_DICT(o), key);
    if (!v_isnull(v) || !v_isnull(vm->exc)) return v;
    f = user_special(vm, o, str_intern_cstr(vm, "__missing__"), &owner);
    if (!v_isnull(f)) return vm_call_with_self(vm, f, owner, o, 1, &key);
    return dict_getitem(vm, AS_DICT(o), key);
  }
  default: break;
  }
  f = class_lookup_owner(vm, vm_class_of(vm, o), vm->s___getitem__, &owner);
  if (!v_isnull(f)) return vm_call_with_self(vm, f, owner, o, 1, &key);
  return vm_raise(vm, vm->exc_TypeError, "'%s' object has no attribute '__getitem__'",
                  vm_type_name(vm, o));
}

Value vm_getitem(VM *vm, Value o, Value key) {
  if (o.tag >= T_FIRSTOBJ && o.tag != T_INSTANCE && o.u.o->cls != vm->cls[o.tag] &&
      is_sub(vm, o))
    return sub_getitem(vm, o, key);
  switch (o.tag) {
  case T_LIST: {
    List *l = AS_LIST(o);
    if (key.tag == T_INT) {
      int64_t i = key.u.i;
      if (i < 0) i += l->len;
      if ((uint64_t)i < (uint64_t)l->len) return l->items[i];
    }
    return list_getitem(vm, l, key);
  }
  case T_TUPLE: {
    Tuple *t = AS_TUPLE(o);
    if (key.tag == T_INT) {
      int64_t i = key.u.i;
      if (i < 0) i += t->len;
      if ((uint64_t)i < (uint64_t)t->len) return t->items[i];
    }
    return tuple_getitem(vm, t, key);
  }
  case T_STR: return str_getitem(vm, AS_STR(o), key);
  case T_DICT: return dict_getitem(vm, AS_DICT(o), key);
  case T_XRANGE: return xrange_getitem(vm, (XRange *)o.u.o, key);
  default: break;
  }
  Class *owner;
  Value f, i, j;
  if (o.tag == T_INSTANCE && key.tag == T_SLICE &&
      simple_slice(vm, o, key, s_getslice(vm), &f, &owner, &i, &j)) {
    if (!v_isnull(vm->exc)) return v_null();
    Value args[2] = { i, j };
    return vm_call_with_self(vm, f, owner, o, 2, args);
  }
  f = lookup_special(vm, o, vm->s___getitem__, &owner);
  if (!v_isnull(f)) return vm_call_with_self(vm, f, owner, o, 1, &key);
  if (is_intlike(key) && (o.tag == T_SET || o.tag == T_FROZENSET || o.tag == T_INSTANCE))
    return vm_raise(vm, vm->exc_TypeError, "'%s' object does not support indexing",
                    vm_type_name(vm, o));
  return vm_raise(vm, vm->exc_TypeError, "'%s' object has no attribute '__getitem__'",
                  vm_type_name(vm, o));
}

bool vm_setitem(VM *vm, Value o, Value key, Value v) {
  Class *owner;
  Value f, i, j;
  if (o.tag >= T_FIRSTOBJ && (o.tag == T_INSTANCE || is_sub(vm, o))) {
    if (key.tag == T_SLICE && simple_slice(vm, o, key, s_setslice(vm), &f, &owner, &i, &j)) {
      if (!v_isnull(vm->exc)) return false;
      Value args[3] = { i, j, v };
      return !v_isnull(vm_call_with_self(vm, f, owner, o, 3, args));
    }
    if (o.tag != T_INSTANCE) {
      f = user_special(vm, o, vm->s___setitem__, &owner);
      if (!v_isnull(f)) {
        Value args[2] = { key, v };
        return !v_isnull(vm_call_with_self(vm, f, owner, o, 2, args));
      }
    }
  }
  switch (o.tag) {
  case T_LIST: {
    List *l = AS_LIST(o);
    if (key.tag == T_INT) {
      int64_t i = key.u.i;
      if (i < 0) i += l->len;
      if ((uint64_t)i < (uint64_t)l->len) { l->items[i] = v; return true; }
    }
    return list_setitem(vm, l, key, v);
  }
  case T_DICT: return dict_set(vm, AS_DICT(o), key, v);
  default: break;
  }
  f = lookup_special(vm, o, vm->s___setitem__, &owner);
  if (!v_isnull(f)) {
    Value args[2] = { key, v };
    return !v_isnull(vm_call_with_self(vm, f, owner, o, 2, args));
  }
  vm_raise(vm, vm->exc_TypeError, "'%s' object does not support item assignment",
           vm_type_name(vm, o));
  return false;
}

bool vm_delitem(VM *vm, Value o, Value key) {
  Class *owner;
  Value f, i, j;
  if (o.tag >= T_FIRSTOBJ && (o.tag == T_INSTANCE || is_sub(vm, o))) {
    if (key.tag == T_SLICE && simple_slice(vm, o, key, s_delslice(vm), &f, &owner, &i, &j)) {
      if (!v_isnull(vm->exc)) return false;
      Value args[2] = { i, j };
      return !v_isnull(vm_call_with_self(vm, f, owner, o, 2, args));
    }
    if (o.tag != T_INSTANCE) {
      f = user_special(vm, o, vm->s___delitem__, &owner);
      if (!v_isnull(f)) return !v_isnull(vm_call_with_self(vm, f, owner, o, 1, &key));
    }
  }
  switch (o.tag) {
  case T_LIST: return list_delitem(vm, AS_LIST(o), key);
  case T_DICT: return dict_delitem(vm, AS_DICT(o), key);
  default: break;
  }
  f = lookup_special(vm, o, vm->s___delitem__, &owner);
  if (!v_isnull(f)) return !v_isnull(vm_call_with_self(vm, f, owner, o, 1, &key));
  /* CPython: a sequence asked with an index goes through PySequence_DelItem */
  bool seq = (o.tag == T_STR || o.tag == T_TUPLE || o.tag == T_XRANGE || o.tag == T_SET ||
              o.tag == T_FROZENSET || o.tag == T_INSTANCE) &&
             (key.tag == T_INT || key.tag == T_BOOL || key.tag == T_LONG);
  vm_raise(vm, vm->exc_TypeError, seq ? "'%s' object doesn't support item deletion"
                                      : "'%s' object does not support item deletion",
           vm_type_name(vm, o));
  return false;
}

/* ---- init ------------------------------------------------------------------------ */

void obj_iter_init(VM *vm) {
  vm->cls[T_XRANGE]->ctor = xrange_ctor;
  vm->cls[T_SLICE]->ctor = slice_ctor;
  vm_add_method(vm, vm->cls[T_SLICE], "indices", slice_indices_m, 1, 1, false);
  Class *seen[IT_CUSTOM + 3];
  int nseen = 0;
  Class *all[IT_CUSTOM + 3];
  int nall = 0;
  all[nall++] = vm->cls[T_ITER];
  all[nall++] = vm->cls_setiter;
  for (int k = 0; k <= IT_CUSTOM; k++) all[nall++] = vm->cls_iter[k];
  for (int i = 0; i < nall; i++) {
    Class *c = all[i];
    bool dup = !c;
    for (int j = 0; j < nseen && !dup; j++) dup = seen[j] == c;
    if (dup) continue;
    seen[nseen++] = c;
    vm_add_method(vm, c, "next", iter_next_m, 0, 0, false);
    vm_add_method(vm, c, "__iter__", iter_iter_m, 0, 0, false);
  }
}
