/*
** lib_collections.c: the _collections module: deque (a ring buffer with
** maxlen, rotate, extendleft, mutation-checked iteration) and defaultdict (a
** dict subclass whose __missing__ calls default_factory), with CPython 2.7's
** reprs and error messages, and the _heapq module (the heap primitives with
** CPython's sift algorithms). collections.py and heapq.py (stdlib/lib) build
** on them.
*/
#include <string.h>

#include "lib.h"
#include "lib_std.h"
#include "../vm/types.h"
#include "../gc/gc.h"

/* ---- deque ------------------------------------------------------------------------- */

typedef struct Deque {
  Instance inst;
  Value *buf;         /* cap slots, ring */
  int64_t cap, head, len;
  int64_t maxlen;     /* -1: unbounded */
  uint64_t state;     /* bumped by every mutation (iteration check) */
} Deque;

static Value deque_ctor(VM *vm, int argc, Value *argv, Dict *kw);

static Deque *as_deque(VM *vm, Value v, const char *meth) {
  if (!std_is(v, deque_ctor)) {
    std_bad_self(vm, meth, "collections.deque", v);
    return NULL;
  }
  return (Deque *)v.u.o;
}

#define DQ_AT(d, i) ((d)->buf[((d)->head + (i)) % (d)->cap])

static bool dq_grow(VM *vm, Deque *d) {
  if (d->len < d->cap) return true;
  int64_t ncap = d->cap ? d->cap * 2 : 8;
  Value *nb = gc_alloc(sizeof(Value) * (size_t)ncap);
  if (!nb) { vm_raise(vm, vm->exc_MemoryError, ""); return false; }
  for (int64_t i = 0; i < d->len; i++) nb[i] = DQ_AT(d, i);
  d->buf = nb;
  d->cap = ncap;
  d->head = 0;
  return true;
}

static Value dq_popright(Deque *d) {
  Value v = DQ_AT(d, d->len - 1);
  DQ_AT(d, d->len - 1) = v_null();
  d->len--;
  d->state++;
  return v;
}

static Value dq_popleft(Deque *d) {
  Value v = d->buf[d->head];
  d->buf[d->head] = v_null();
  d->head = (d->head + 1) % d->cap;
  d->len--;
  d->state++;
  return v;
}

static bool dq_append(VM *vm, Deque *d, Value v) {
  if (d->maxlen == 0) return true;
  if (!dq_grow(vm, d)) return false;
  DQ_AT(d, d->len) = v;
  d->len++;
  d->state++;
  if (d->maxlen >= 0 && d->len > d->maxlen) dq_popleft(d);
  return true;
}

static bool dq_appendleft(VM *vm, Deque *d, Value v) {
  if (d->maxlen == 0) return true;
  if (!dq_grow(vm, d)) return false;
  d->head = (d->head + d->cap - 1) % d->cap;
  d->buf[d->head] = v;
  d->len++;
  d->state++;
  if (d->maxlen >= 0 && d->len > d->maxlen) dq_popright(d);
  return true;
}

static bool dq_extend(VM *vm, Deque *d, Value iterable, bool left) {
  if (v_same(iterable, v_obj(d))) {
    /* d.extend(d): iterate a snapshot. */
    List *l = list_new(vm, d->len);
    if (!l) return false;
    for (int64_t i = 0; i < d->len; i++) l->items[i] = DQ_AT(d, i);
    iterable = v_obj(l);
  }
  Value it = vm_iter(vm, iterable);
  if (v_isnull(it)) return false;
  for (;;) {
    Value x = vm_next(vm, it);
    if (v_isnull(x)) return v_isnull(vm->exc);
    if (!(left ? dq_appendleft(vm, d, x) : dq_append(vm, d, x))) return false;
  }
}

static bool dq_init(VM *vm, Deque *d, int argc, Value *argv, Dict *kw) {
  static const char *const kws[] = {"iterable", "maxlen", NULL};
  if (!lib_kw_check(vm, kw, kws)) return false;
  if (argc > 2) {
    vm_raise(vm, vm->exc_TypeError, "deque() takes at most 2 arguments (%d given)", argc);
    return false;
  }
  Value iterable, maxlen;
  if (!lib_arg(vm, argc, argv, kw, 0, "iterable", "deque", &iterable) ||
      !lib_arg(vm, argc, argv, kw, 1, "maxlen", "deque", &maxlen))
    return false;
  int64_t ml = -1;
  if (!v_isnull(maxlen) && !v_isnone(maxlen)) {
    if (!lib_to_int(vm, maxlen, &ml)) return false;
    if (ml < 0) {
      vm_raise(vm, vm->exc_ValueError, "maxlen must be non-negative");
      return false;
    }
  }
  d->maxlen = ml;
  if (d->len > 0) {   /* __init__ on a live deque: clear first */
    d->buf = NULL;
    d->cap = d->len = d->head = 0;
    d->state++;
  }
  if (!v_isnull(iterable)) return dq_extend(vm, d, iterable, false);
  return true;
}

static Value deque_ctor(VM *vm, int argc, Value *argv, Dict *kw) {
  Class *cls = AS_CLASS(argv[0]);
  Deque *d = std_alloc(vm, cls, sizeof(Deque));
  if (!d) return v_null();
  d->maxlen = -1;
  /* A subclass with its own (Python) __init__ initialises through it. */
  if (class_lookup(vm, cls, vm->s___init__).tag == T_FUNC) return v_obj(d);
  if (!dq_init(vm, d, argc - 1, argv + 1, kw)) return v_null();
  return v_obj(d);
}

static Value dq_m_init(VM *vm, int argc, Value *argv, Dict *kw) {
  Deque *d = as_deque(vm, argv[0], "__init__");
  if (!d || !dq_init(vm, d, argc - 1, argv + 1, kw)) return v_null();
  return v_none();
}

#define DQ_SELF(name) \
  Deque *d = as_deque(vm, argv[0], name); \
  if (!d) return v_null();

static Value dq_m_append(VM *vm, int argc, Value *argv, Dict *kw) {
  DQ_SELF("append");
  if (!lib_nargs(vm, 'O', "append", argc - 1, 1, 1)) return v_null();
  return dq_append(vm, d, argv[1]) ? v_none() : v_null();
}
static Value dq_m_appendleft(VM *vm, int argc, Value *argv, Dict *kw) {
  DQ_SELF("appendleft");
  if (!lib_nargs(vm, 'O', "appendleft", argc - 1, 1, 1)) return v_null();
  return dq_appendleft(vm, d, argv[1]) ? v_none() : v_null();
}
static Value dq_m_pop(VM *vm, int argc, Value *argv, Dict *kw) {
  DQ_SELF("pop");
  if (!lib_nargs(vm, 'N', "pop", argc - 1, 0, 0)) return v_null();
  if (d->len == 0) return vm_raise(vm, vm->exc_IndexError, "pop from an empty deque");
  return dq_popright(d);
}
static Value dq_m_popleft(VM *vm, int argc, Value *argv, Dict *kw) {
  DQ_SELF("popleft");
  if (!lib_nargs(vm, 'N', "popleft", argc - 1, 0, 0)) return v_null();
  if (d->len == 0) return vm_raise(vm, vm->exc_IndexError, "pop from an empty deque");
  return dq_popleft(d);
}
static Value dq_m_extend(VM *vm, int argc, Value *argv, Dict *kw) {
  DQ_SELF("extend");
  if (!lib_nargs(vm, 'O', "extend", argc - 1, 1, 1)) return v_null();
  return dq_extend(vm, d, argv[1], false) ? v_none() : v_null();
}
static Value dq_m_iadd(VM *vm, int argc, Value *argv, Dict *kw) {
  DQ_SELF("__iadd__");
  if (!lib_nargs(vm, 'O', "__iadd__", argc - 1, 1, 1)) return v_null();
  return dq_extend(vm, d, argv[1], false) ? argv[0] : v_null();
}
static Value dq_m_extendleft(VM *vm, int argc, Value *argv, Dict *kw) {
  DQ_SELF("extendleft");
  if (!lib_nargs(vm, 'O', "extendleft", argc - 1, 1, 1)) return v_null();
  return dq_extend(vm, d, argv[1], true) ? v_none() : v_null();
}
static Value dq_m_clear(VM *vm, int argc, Value *argv, Dict *kw) {
  DQ_SELF("clear");
  if (!lib_nargs(vm, 'N', "clear", argc - 1, 0, 0)) return v_null();
  d->buf = NULL;
  d->cap = d->len = d->head = 0;
  d->state++;
  return v_none();
}

static void dq_rotate(Deque *d, int64_t n) {
  if (d->len <= 1) return;
  n %= d->len;
  if (n < 0) n += d->len;
  /* rotate right by n: the last n items move to the front */
  for (int64_t i = 0; i < n; i++) {
    int64_t last = (d->head + d->len - 1) % d->cap;
    Value v = d->buf[last];
    if (d->len < d->cap) {
      d->buf[last] = v_null();
      d->head = (d->head + d->cap - 1) % d->cap;
      d->buf[d->head] = v;
    } else {
      d->head = last;   /* full ring: moving the head is the rotation */
    }
  }
  d->state++;
}

static Value dq_m_rotate(VM *vm, int argc, Value *argv, Dict *kw) {
  DQ_SELF("rotate");
  if (!lib_nargs(vm, 'P', "rotate", argc - 1, 0, 1)) return v_null();
  int64_t n = 1;
  if (argc > 1 && !lib_to_int(vm, argv[1], &n)) return v_null();
  dq_rotate(d, n);
  return v_none();
}
static Value dq_m_reverse(VM *vm, int argc, Value *argv, Dict *kw) {
  DQ_SELF("reverse");
  if (!lib_nargs(vm, 'N', "reverse", argc - 1, 0, 0)) return v_null();
  for (int64_t i = 0, j = d->len - 1; i < j; i++, j--) {
    Value t = DQ_AT(d, i);
    DQ_AT(d, i) = DQ_AT(d, j);
    DQ_AT(d, j) = t;
  }
  d->state++;
  return v_none();
}
static Value dq_m_count(VM *vm, int argc, Value *argv, Dict *kw) {
  DQ_SELF("count");
  if (!lib_nargs(vm, 'O', "count", argc - 1, 1, 1)) return v_null();
  int64_t n = 0;
  uint64_t st = d->state;
  for (int64_t i = 0; i < d->len; i++) {
    int e = vm_equal(vm, DQ_AT(d, i), argv[1]);
    if (e < 0) return v_null();
    if (d->state != st)
      return vm_raise(vm, vm->exc_RuntimeError, "deque mutated during iteration");
    n += e;
  }
  return v_int(n);
}
static Value dq_m_remove(VM *vm, int argc, Value *argv, Dict *kw) {
  DQ_SELF("remove");
  if (!lib_nargs(vm, 'O', "remove", argc - 1, 1, 1)) return v_null();
  for (int64_t i = 0; i < d->len; i++) {
    uint64_t st = d->state;
    int e = vm_equal(vm, DQ_AT(d, i), argv[1]);
    if (e < 0) return v_null();
    if (d->state != st)
      return vm_raise(vm, vm->exc_IndexError, "deque mutated during remove().");
    if (e) {
      for (int64_t j = i; j < d->len - 1; j++) DQ_AT(d, j) = DQ_AT(d, j + 1);
      dq_popright(d);
      return v_none();
    }
  }
  return vm_raise(vm, vm->exc_ValueError, "deque.remove(x): x not in deque");
}

static bool dq_index(VM *vm, Deque *d, Value key, int64_t *out) {
  int64_t i;
  if (!seq_index_value(vm, key, "sequence", &i)) return false;
  if (i < 0) i += d->len;
  if (i < 0 || i >= d->len) {
    vm_raise(vm, vm->exc_IndexError, "deque index out of range");
    return false;
  }
  *out = i;
  return true;
}

static Value dq_m_getitem(VM *vm, int argc, Value *argv, Dict *kw) {
  DQ_SELF("__getitem__");
  if (!lib_nargs(vm, 'O', "__getitem__", argc - 1, 1, 1)) return v_null();
  int64_t i;
  if (!dq_index(vm, d, argv[1], &i)) return v_null();
  return DQ_AT(d, i);
}
static Value dq_m_setitem(VM *vm, int argc, Value *argv, Dict *kw) {
  DQ_SELF("__setitem__");
  if (!lib_nargs(vm, 'U', "__setitem__", argc - 1, 2, 2)) return v_null();
  int64_t i;
  if (!dq_index(vm, d, argv[1], &i)) return v_null();
  DQ_AT(d, i) = argv[2];
  return v_none();
}
static Value dq_m_delitem(VM *vm, int argc, Value *argv, Dict *kw) {
  DQ_SELF("__delitem__");
  if (!lib_nargs(vm, 'O', "__delitem__", argc - 1, 1, 1)) return v_null();
  int64_t i;
  if (!dq_index(vm, d, argv[1], &i)) return v_null();
  for (int64_t j = i; j < d->len - 1; j++) DQ_AT(d, j) = DQ_AT(d, j + 1);
  dq_popright(d);
  return v_none();
}
static Value dq_m_len(VM *vm, int argc, Value *argv, Dict *kw) {
  DQ_SELF("__len__");
  return v_int(d->len);
}
static Value dq_m_contains(VM *vm, int argc, Value *argv, Dict *kw) {
  DQ_SELF("__contains__");
  if (!lib_nargs(vm, 'O', "__contains__", argc - 1, 1, 1)) return v_null();
  uint64_t st = d->state;
  for (int64_t i = 0; i < d->len; i++) {
    int e = vm_equal(vm, DQ_AT(d, i), argv[1]);
    if (e < 0) return v_null();
    if (d->state != st)
      return vm_raise(vm, vm->exc_RuntimeError, "deque mutated during iteration");
    if (e) return v_bool(true);
  }
  return v_bool(false);
}

/* Iteration: Iter.seq = the deque, pos = next index, stop = state at start,
** step = +1 forward / -1 reversed. */
static Value dq_iter_next(VM *vm, int argc, Value *argv, Dict *kw) {
  Iter *it = (Iter *)argv[0].u.o;
  if (v_isnull(it->seq)) return v_null();
  Deque *d = (Deque *)it->seq.u.o;
  if ((uint64_t)it->stop != d->state) {
    it->seq = v_null();
    return vm_raise(vm, vm->exc_RuntimeError, "deque mutated during iteration");
  }
  int64_t n = it->pos;   /* items already produced */
  if (n >= d->len) { it->seq = v_null(); return v_null(); }
  it->pos++;
  return it->step > 0 ? DQ_AT(d, n) : DQ_AT(d, d->len - 1 - n);
}

static Value dq_make_iter(VM *vm, Deque *d, int dir) {
  Value it = iter_custom_new(vm, v_obj(d), dq_iter_next);
  if (v_isnull(it)) return it;
  Iter *i = (Iter *)it.u.o;
  i->pos = 0;
  i->stop = (int64_t)d->state;
  i->step = dir;
  return it;
}
static Value dq_m_iter(VM *vm, int argc, Value *argv, Dict *kw) {
  DQ_SELF("__iter__");
  return dq_make_iter(vm, d, 1);
}
static Value dq_m_reversed(VM *vm, int argc, Value *argv, Dict *kw) {
  DQ_SELF("__reversed__");
  return dq_make_iter(vm, d, -1);
}

static List *dq_to_list(VM *vm, Deque *d) {
  List *l = list_new(vm, d->len);
  if (!l) return NULL;
  for (int64_t i = 0; i < d->len; i++) l->items[i] = DQ_AT(d, i);
  return l;
}

static Value dq_m_repr(VM *vm, int argc, Value *argv, Dict *kw) {
  DQ_SELF("__repr__");
  int r = types_repr_enter(vm, argv[0]);
  if (r < 0) return v_null();
  if (r == 0) return v_obj(str_from_cstr(vm, "[...]"));
  List *l = dq_to_list(vm, d);
  Str *ls = l ? list_repr(vm, l) : NULL;
  types_repr_leave(vm, argv[0]);
  if (!ls) return v_null();
  Str *s = d->maxlen >= 0 ? str_printf(vm, "deque(%S, maxlen=%lld)", ls, (long long)d->maxlen)
                          : str_printf(vm, "deque(%S)", ls);
  return s ? v_obj(s) : v_null();
}

static Value dq_richcmp(VM *vm, int argc, Value *argv, CmpOp op) {
  Deque *a = as_deque(vm, argv[0], "__eq__");
  if (!a) return v_null();
  if (argc != 2 || !std_is(argv[1], deque_ctor)) return vm_not_implemented(vm);
  Deque *b = (Deque *)argv[1].u.o;
  List *la = dq_to_list(vm, a), *lb = dq_to_list(vm, b);
  if (!la || !lb) return v_null();
  return seq_richcompare(vm, la->items, la->len, lb->items, lb->len, op);
}
static Value dq_m_eq(VM *vm, int argc, Value *argv, Dict *kw) { return dq_richcmp(vm, argc, argv, CMP_EQ); }
static Value dq_m_ne(VM *vm, int argc, Value *argv, Dict *kw) { return dq_richcmp(vm, argc, argv, CMP_NE); }
static Value dq_m_lt(VM *vm, int argc, Value *argv, Dict *kw) { return dq_richcmp(vm, argc, argv, CMP_LT); }
static Value dq_m_le(VM *vm, int argc, Value *argv, Dict *kw) { return dq_richcmp(vm, argc, argv, CMP_LE); }
static Value dq_m_gt(VM *vm, int argc, Value *argv, Dict *kw) { return dq_richcmp(vm, argc, argv, CMP_GT); }
static Value dq_m_ge(VM *vm, int argc, Value *argv, Dict *kw) { return dq_richcmp(vm, argc, argv, CMP_GE); }

static Value dq_m_copy(VM *vm, int argc, Value *argv, Dict *kw) {
  DQ_SELF("__copy__");
  Value args[3] = { v_obj(d->inst.h.cls), v_null(), v_null() };
  List *l = dq_to_list(vm, d);
  if (!l) return v_null();
  args[1] = v_obj(l);
  if (d->maxlen >= 0) {
    args[2] = v_int(d->maxlen);
    return vm_call(vm, args[0], 2, args + 1, NULL);
  }
  return vm_call(vm, args[0], 1, args + 1, NULL);
}

static Value dq_m_reduce(VM *vm, int argc, Value *argv, Dict *kw) {
  DQ_SELF("__reduce__");
  List *l = dq_to_list(vm, d);
  if (!l) return v_null();
  Value a[2] = { v_obj(l), d->maxlen >= 0 ? v_int(d->maxlen) : v_none() };
  Tuple *args = tuple_from(vm, d->maxlen >= 0 ? 2 : 1, a);
  if (!args) return v_null();
  Value r[2] = { v_obj(d->inst.h.cls), v_obj(args) };
  Tuple *t = tuple_from(vm, 2, r);
  return t ? v_obj(t) : v_null();
}

static Value dq_maxlen(VM *vm, int argc, Value *argv, Dict *kw) {
  DQ_SELF("maxlen");
  return d->maxlen >= 0 ? v_int(d->maxlen) : v_none();
}

/* ---- defaultdict ----------------------------------------------------------------------- */

/* The layout keeps the attribute-dict slot that user subclasses of builtin
** containers have right after their data (OBJ_ATTRS, obj_attr_tail). */
typedef struct DefDict {
  Dict d;
  Dict *attrs;        /* instance attributes (subclasses only: OBJ_ATTRS) */
  Value factory;      /* None or a callable */
} DefDict;

static Value defdict_ctor(VM *vm, int argc, Value *argv, Dict *kw);

/* A dict made by defdict_ctor (of defaultdict or of a subclass). */
static bool is_defdict(VM *vm, Value v) {
  return v.tag == T_DICT && (v.u.o->flags & STD_DEFDICT_OBJ);
}

static bool callable(VM *vm, Value f) {
  if (f.tag == T_FUNC || f.tag == T_CFUNC || f.tag == T_BOUND || f.tag == T_CLASS) return true;
  return !v_isnull(class_lookup(vm, vm_class_of(vm, f), vm->s___call__));
}

static bool defdict_init(VM *vm, DefDict *dd, int argc, Value *argv, Dict *kw) {
  Value f = v_none();
  if (argc > 0) {
    f = argv[0];
    if (!v_isnone(f) && !callable(vm, f)) {
      vm_raise(vm, vm->exc_TypeError, "first argument must be callable or None");
      return false;
    }
    argc--;
    argv++;
  }
  dd->factory = f;
  if (argc > 1) {
    vm_raise(vm, vm->exc_TypeError, "dict expected at most 1 arguments, got %d", argc);
    return false;
  }
  if (argc == 1 && !dict_update(vm, &dd->d, argv[0])) return false;
  if (kw && kw->used && !dict_merge_kw(vm, &dd->d, kw)) return false;
  return true;
}

static Value defdict_ctor(VM *vm, int argc, Value *argv, Dict *kw) {
  Class *cls = AS_CLASS(argv[0]);
  Dict *fresh = dict_new(vm);
  if (!fresh) return v_null();
  DefDict *dd = gc_alloc(sizeof(DefDict));
  if (!dd) return vm_raise(vm, vm->exc_MemoryError, "");
  memcpy(&dd->d, fresh, sizeof(Dict));
  dd->d.h.cls = cls;
  dd->d.h.flags |= STD_DEFDICT_OBJ;
  if (cls->ctor != defdict_ctor) dd->d.h.flags |= OBJ_ATTRS;   /* a user subclass */
  dd->factory = v_none();
  if (class_lookup(vm, cls, vm->s___init__).tag == T_FUNC) return v_obj(dd);
  if (!defdict_init(vm, dd, argc - 1, argv + 1, kw)) return v_null();
  return v_obj(dd);
}

static DefDict *as_defdict(VM *vm, Value v, const char *meth) {
  if (!is_defdict(vm, v)) {
    std_bad_self(vm, meth, "collections.defaultdict", v);
    return NULL;
  }
  return (DefDict *)v.u.o;
}

static Value dd_m_init(VM *vm, int argc, Value *argv, Dict *kw) {
  DefDict *dd = as_defdict(vm, argv[0], "__init__");
  if (!dd || !defdict_init(vm, dd, argc - 1, argv + 1, kw)) return v_null();
  return v_none();
}

static Value dd_missing(VM *vm, DefDict *dd, Value key) {
  if (v_isnone(dd->factory)) {
    types_raise_with(vm, vm->exc_KeyError, key);
    return v_null();
  }
  Value v = vm_call(vm, dd->factory, 0, NULL, NULL);
  if (v_isnull(v)) return v;
  if (!vm_setitem(vm, v_obj(dd), key, v)) return v_null();
  return v;
}

static Value dd_m_missing(VM *vm, int argc, Value *argv, Dict *kw) {
  DefDict *dd = as_defdict(vm, argv[0], "__missing__");
  if (!dd || !lib_nargs(vm, 'O', "__missing__", argc - 1, 1, 1)) return v_null();
  return dd_missing(vm, dd, argv[1]);
}

static Value dd_m_repr(VM *vm, int argc, Value *argv, Dict *kw) {
  DefDict *dd = as_defdict(vm, argv[0], "__repr__");
  if (!dd) return v_null();
  Str *fs;
  if (v_isnone(dd->factory)) {
    fs = str_from_cstr(vm, "None");
  } else {
    int r = types_repr_enter(vm, argv[0]);
    if (r < 0) return v_null();
    if (r == 0) fs = str_from_cstr(vm, "...");
    else {
      fs = vm_repr(vm, dd->factory);
      types_repr_leave(vm, argv[0]);
    }
  }
  if (!fs) return v_null();
  Str *ds = dict_repr(vm, &dd->d);
  if (!ds) return v_null();
  Str *s = str_printf(vm, "defaultdict(%S, %S)", fs, ds);
  return s ? v_obj(s) : v_null();
}

static Value dd_m_copy(VM *vm, int argc, Value *argv, Dict *kw) {
  DefDict *dd = as_defdict(vm, argv[0], "copy");
  if (!dd) return v_null();
  Value a[2] = { dd->factory, argv[0] };
  return vm_call(vm, v_obj(dd->d.h.cls), 2, a, NULL);
}

static Value dd_m_reduce(VM *vm, int argc, Value *argv, Dict *kw) {
  DefDict *dd = as_defdict(vm, argv[0], "__reduce__");
  if (!dd) return v_null();
  Tuple *args = v_isnone(dd->factory) ? vm->empty_tuple : tuple_from(vm, 1, &dd->factory);
  if (!args) return v_null();
  Value it = vm_call_method(vm, argv[0], str_intern_cstr(vm, "iteritems"), 0, NULL);
  if (v_isnull(it)) return it;
  Value r[5] = { v_obj(dd->d.h.cls), v_obj(args), v_none(), v_none(), it };
  Tuple *t = tuple_from(vm, 5, r);
  return t ? v_obj(t) : v_null();
}

static Value dd_factory_get(VM *vm, int argc, Value *argv, Dict *kw) {
  DefDict *dd = as_defdict(vm, argv[0], "default_factory");
  return dd ? dd->factory : v_null();
}

static Value dd_factory_set(VM *vm, int argc, Value *argv, Dict *kw) {
  DefDict *dd = as_defdict(vm, argv[0], "default_factory");
  if (!dd) return v_null();
  dd->factory = argc > 1 ? argv[1] : v_none();
  return v_none();
}

/* ---- _heapq ------------------------------------------------------------------------------ */

/* x < y for the heap; max heaps swap the operands. 1, 0, -1 raised. */
static int heap_lt(VM *vm, Value x, Value y) {
  Value r = vm_compare(vm, CMP_LT, x, y);
  if (v_isnull(r)) return -1;
  return vm_truthy(vm, r);
}

static bool heap_changed(VM *vm, List *h, int64_t size) {
  if (h->len == size) return false;
  vm_raise(vm, vm->exc_RuntimeError, "list changed size during iteration");
  return true;
}

static bool siftdown(VM *vm, List *h, int64_t start, int64_t pos, bool max) {
  int64_t size = h->len;
  Value item = h->items[pos];
  while (pos > start) {
    int64_t ppos = (pos - 1) >> 1;
    Value parent = h->items[ppos];
    int lt = max ? heap_lt(vm, parent, item) : heap_lt(vm, item, parent);
    if (lt < 0 || heap_changed(vm, h, size)) return false;
    if (!lt) break;
    h->items[pos] = parent;
    pos = ppos;
  }
  h->items[pos] = item;
  return true;
}

static bool siftup(VM *vm, List *h, int64_t pos, bool max) {
  int64_t end = h->len, start = pos;
  Value item = h->items[pos];
  int64_t child = 2 * pos + 1;
  while (child < end) {
    int64_t right = child + 1;
    if (right < end) {
      int lt = max ? heap_lt(vm, h->items[right], h->items[child])
                   : heap_lt(vm, h->items[child], h->items[right]);
      if (lt < 0 || heap_changed(vm, h, end)) return false;
      if (!lt) child = right;
    }
    h->items[pos] = h->items[child];
    pos = child;
    child = 2 * pos + 1;
  }
  h->items[pos] = item;
  return siftdown(vm, h, start, pos, max);
}

static List *heap_arg(VM *vm, Value v) {
  if (v.tag != T_LIST) {
    vm_raise(vm, vm->exc_TypeError, "heap argument must be a list");
    return NULL;
  }
  return AS_LIST(v);
}

static Value hq_push(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'U', "heappush", argc, 2, 2)) return v_null();
  List *h = heap_arg(vm, argv[0]);
  if (!h || !list_append(vm, h, argv[1])) return v_null();
  return siftdown(vm, h, 0, h->len - 1, false) ? v_none() : v_null();
}

static Value heap_pop(VM *vm, Value hv, bool max) {
  List *h = heap_arg(vm, hv);
  if (!h) return v_null();
  if (h->len == 0) return vm_raise(vm, vm->exc_IndexError, "index out of range");
  Value last = h->items[--h->len];
  h->items[h->len] = v_null();
  if (h->len == 0) return last;
  Value r = h->items[0];
  h->items[0] = last;
  return siftup(vm, h, 0, max) ? r : v_null();
}

static Value hq_pop(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'O', "heappop", argc, 1, 1)) return v_null();
  return heap_pop(vm, argv[0], false);
}

static Value hq_replace(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'U', "heapreplace", argc, 2, 2)) return v_null();
  List *h = heap_arg(vm, argv[0]);
  if (!h) return v_null();
  if (h->len == 0) return vm_raise(vm, vm->exc_IndexError, "index out of range");
  Value r = h->items[0];
  h->items[0] = argv[1];
  return siftup(vm, h, 0, false) ? r : v_null();
}

static Value heap_pushpop(VM *vm, Value hv, Value item, bool max) {
  List *h = heap_arg(vm, hv);
  if (!h) return v_null();
  if (h->len == 0) return item;
  int lt = max ? heap_lt(vm, item, h->items[0]) : heap_lt(vm, h->items[0], item);
  if (lt < 0) return v_null();
  if (!lt) return item;
  if (h->len == 0) return vm_raise(vm, vm->exc_IndexError, "index out of range");
  Value r = h->items[0];
  h->items[0] = item;
  return siftup(vm, h, 0, max) ? r : v_null();
}

static Value hq_pushpop(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'U', "heappushpop", argc, 2, 2)) return v_null();
  return heap_pushpop(vm, argv[0], argv[1], false);
}

static bool heapify(VM *vm, List *h, bool max) {
  for (int64_t i = h->len / 2 - 1; i >= 0; i--)
    if (!siftup(vm, h, i, max)) return false;
  return true;
}

static Value hq_heapify(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'O', "heapify", argc, 1, 1)) return v_null();
  List *h = heap_arg(vm, argv[0]);
  return h && heapify(vm, h, false) ? v_none() : v_null();
}

static Value hq_heapify_max(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'O', "_heapify_max", argc, 1, 1)) return v_null();
  List *h = heap_arg(vm, argv[0]);
  return h && heapify(vm, h, true) ? v_none() : v_null();
}

/* nlargest(n, iterable) / nsmallest(n, iterable) without key (CPython's C
** versions): a heap of the first n, then pushpop the rest, then sort. */
static Value heap_nbest(VM *vm, int argc, Value *argv, bool largest) {
  const char *name = largest ? "nlargest" : "nsmallest";
  if (!lib_nargs(vm, 'P', name, argc, 2, 2)) return v_null();
  int64_t n;
  if (!lib_to_int(vm, argv[0], &n)) return v_null();
  Value it = vm_iter(vm, argv[1]);
  if (v_isnull(it)) return it;
  List *h = list_new(vm, 0);
  if (!h) return v_null();
  if (n <= 0) return v_obj(h);
  for (int64_t i = 0; i < n; i++) {
    Value x = vm_next(vm, it);
    if (v_isnull(x)) {
      if (!v_isnull(vm->exc)) return x;
      break;
    }
    if (!list_append(vm, h, x)) return v_null();
  }
  if (h->len == 0) return v_obj(h);
  if (!heapify(vm, h, !largest)) return v_null();
  for (;;) {
    Value x = vm_next(vm, it);
    if (v_isnull(x)) {
      if (!v_isnull(vm->exc)) return x;
      break;
    }
    if (v_isnull(heap_pushpop(vm, v_obj(h), x, !largest))) return v_null();
  }
  if (!list_sort(vm, h, v_null(), v_null(), largest)) return v_null();
  return v_obj(h);
}

static Value hq_nlargest(VM *vm, int argc, Value *argv, Dict *kw) {
  return heap_nbest(vm, argc, argv, true);
}
static Value hq_nsmallest(VM *vm, int argc, Value *argv, Dict *kw) {
  return heap_nbest(vm, argc, argv, false);
}

static void init_heapq(VM *vm) {
  Module *m = vm_add_module(vm, "_heapq");
  if (!m) return;
  vm_add_function(vm, m->dict, "heappush", hq_push, 0, -1, false);
  vm_add_function(vm, m->dict, "heappop", hq_pop, 0, -1, false);
  vm_add_function(vm, m->dict, "heapreplace", hq_replace, 0, -1, false);
  vm_add_function(vm, m->dict, "heappushpop", hq_pushpop, 0, -1, false);
  vm_add_function(vm, m->dict, "heapify", hq_heapify, 0, -1, false);
  vm_add_function(vm, m->dict, "_heapify_max", hq_heapify_max, 0, -1, false);
  vm_add_function(vm, m->dict, "nlargest", hq_nlargest, 0, -1, false);
  vm_add_function(vm, m->dict, "nsmallest", hq_nsmallest, 0, -1, false);
}

/* ---- registration ------------------------------------------------------------------------ */

typedef struct MDef { const char *name; CFn fn; bool kw; } MDef;

static const MDef deque_methods[] = {
  {"__init__", dq_m_init, true}, {"append", dq_m_append, false},
  {"appendleft", dq_m_appendleft, false}, {"pop", dq_m_pop, false},
  {"popleft", dq_m_popleft, false}, {"extend", dq_m_extend, false},
  {"extendleft", dq_m_extendleft, false}, {"clear", dq_m_clear, false},
  {"rotate", dq_m_rotate, false}, {"reverse", dq_m_reverse, false},
  {"count", dq_m_count, false}, {"remove", dq_m_remove, false},
  {"__getitem__", dq_m_getitem, false}, {"__setitem__", dq_m_setitem, false},
  {"__delitem__", dq_m_delitem, false}, {"__len__", dq_m_len, false},
  {"__contains__", dq_m_contains, false}, {"__iter__", dq_m_iter, false},
  {"__reversed__", dq_m_reversed, false}, {"__repr__", dq_m_repr, false},
  {"__eq__", dq_m_eq, false}, {"__ne__", dq_m_ne, false}, {"__lt__", dq_m_lt, false},
  {"__le__", dq_m_le, false}, {"__gt__", dq_m_gt, false}, {"__ge__", dq_m_ge, false},
  {"__copy__", dq_m_copy, false}, {"__reduce__", dq_m_reduce, false},
  {"__iadd__", dq_m_iadd, false},
  {NULL, NULL, false}
};

static const MDef defdict_methods[] = {
  {"__init__", dd_m_init, true}, {"__missing__", dd_m_missing, false},
  {"__repr__", dd_m_repr, false},
  {"copy", dd_m_copy, false}, {"__copy__", dd_m_copy, false},
  {"__reduce__", dd_m_reduce, false},
  {NULL, NULL, false}
};

void lib_init_collections(VM *vm) {
  init_heapq(vm);
  Module *m = vm_add_module(vm, "_collections");
  if (!m) return;
  Class *c = std_class(vm, "deque", "collections", deque_ctor);
  if (c) {
    for (const MDef *f = deque_methods; f->name; f++)
      vm_add_method(vm, c, f->name, f->fn, 0, -1, f->kw);
    vm_add_property(vm, c, "maxlen", dq_maxlen, NULL);
    dict_set_str(vm, c->dict, vm->s___hash__, v_none());
    std_set(vm, m->dict, "deque", v_obj(c));
  }
  /* defaultdict: objects are dicts (kind T_DICT) with a factory after the
  ** Dict fields. Not CLS_BUILTIN, so the protocols dispatch to its __repr__,
  ** __getitem__ and __missing__ as for any dict subclass. */
  c = class_new_builtin(vm, "defaultdict", vm->cls[T_DICT], T_DICT, 0);
  if (c) {
    c->h.flags &= ~CLS_BUILTIN;
    c->module = str_intern_cstr(vm, "collections");
    dict_set_str(vm, c->dict, vm->s___module__, v_obj(c->module));
    dict_set_str(vm, c->dict, vm->s___doc__, v_none());
    c->ctor = defdict_ctor;
    for (const MDef *f = defdict_methods; f->name; f++)
      vm_add_method(vm, c, f->name, f->fn, 0, -1, f->kw);
    vm_add_property(vm, c, "default_factory", dd_factory_get, dd_factory_set);
    class_update_flags(vm, c);
    std_set(vm, m->dict, "defaultdict", v_obj(c));
  } else {
    vm_exc_clear(vm);
  }
}
