/*
** obj_list.c: the list and tuple types. Construction, indexing and slicing
** (including slice assignment and deletion), repr, Python 2 comparisons,
** concatenation and repetition, tuple hashing (CPython 2.7's algorithm), the
** stable merge sort behind list.sort/sorted, the list and tuple methods, and the
** subscript helper and slot methods (__getitem__ .. __getslice__) that list,
** tuple and str share.
*/
#include <stdlib.h>
#include <string.h>

#include "vm/vm.h"
#include "vm/types.h"
#include "vm/long.h"
#include "gc/gc.h"

#define NARGS(name, min, max) \
  if (!types_nargs(vm, name, argc - 1, min, max)) return v_null()
#define SELF_LIST(name) \
  if (argv[0].tag != T_LIST) \
    return vm_raise(vm, vm->exc_TypeError, \
      "descriptor '%s' requires a 'list' object but received a '%s'", name, \
      vm_type_name(vm, argv[0])); \
  List *self = AS_LIST(argv[0]); (void)self
#define SELF_TUPLE(name) \
  if (argv[0].tag != T_TUPLE) \
    return vm_raise(vm, vm->exc_TypeError, \
      "descriptor '%s' requires a 'tuple' object but received a '%s'", name, \
      vm_type_name(vm, argv[0])); \
  Tuple *self = AS_TUPLE(argv[0]); (void)self

/* memmove that accepts a NULL pointer (an empty list's items) with size 0. */
static inline void vmove(void *dst, const void *src, size_t bytes) {
  if (bytes) memmove(dst, src, bytes);
}

/* ======================================================================== */
/* construction                                                              */
/* ======================================================================== */

Tuple *tuple_new(VM *vm, int64_t len) {
  if (len == 0 && vm->empty_tuple) return vm->empty_tuple;
  if (len < 0 || (uint64_t)len > (SIZE_MAX - sizeof(Tuple)) / sizeof(Value)) {
    vm_raise(vm, vm->exc_MemoryError, "out of memory");
    return NULL;
  }
  Tuple *t = gc_alloc(sizeof(Tuple) + (size_t)len * sizeof(Value));
  if (!t) {
    vm_raise(vm, vm->exc_MemoryError, "out of memory");
    return NULL;
  }
  t->h.kind = T_TUPLE;
  t->h.cls = vm->cls[T_TUPLE];
  t->len = len;
  t->hash = -1;
  for (int64_t i = 0; i < len; i++) t->items[i] = v_none();
  return t;
}

Tuple *tuple_from(VM *vm, int64_t len, const Value *items) {
  Tuple *t = tuple_new(vm, len);
  if (t && len) vmove(t->items, items, (size_t)len * sizeof(Value));
  return t;
}

static bool list_reserve(VM *vm, List *l, int64_t need) {
  if (need <= l->cap) return true;
  int64_t cap = l->cap + (l->cap >> 1) + 4;
  if (cap < need) cap = need;
  if ((uint64_t)cap > SIZE_MAX / sizeof(Value)) {
    vm_raise(vm, vm->exc_MemoryError, "out of memory");
    return false;
  }
  Value *items = l->items ? gc_realloc(l->items, (size_t)cap * sizeof(Value))
                          : gc_alloc((size_t)cap * sizeof(Value));
  if (!items) {
    vm_raise(vm, vm->exc_MemoryError, "out of memory");
    return false;
  }
  /* gc_realloc does not zero the tail: clear it so stale words are not scanned. */
  for (int64_t i = l->len; i < cap; i++) items[i] = v_null();
  l->items = items;
  l->cap = cap;
  return true;
}

List *list_new(VM *vm, int64_t len) {
  if (len < 0) {
    vm_raise(vm, vm->exc_MemoryError, "out of memory");
    return NULL;
  }
  List *l = gc_alloc(sizeof(List));
  if (!l) {
    vm_raise(vm, vm->exc_MemoryError, "out of memory");
    return NULL;
  }
  l->h.kind = T_LIST;
  l->h.cls = vm->cls[T_LIST];
  if (len && !list_reserve(vm, l, len)) return NULL;
  for (int64_t i = 0; i < len; i++) l->items[i] = v_none();
  l->len = len;
  return l;
}

List *list_from(VM *vm, int64_t len, const Value *items) {
  List *l = list_new(vm, len);
  if (l && len) vmove(l->items, items, (size_t)len * sizeof(Value));
  return l;
}

bool list_append(VM *vm, List *l, Value v) {
  if (l->len == l->cap && !list_reserve(vm, l, l->len + 1)) return false;
  l->items[l->len++] = v;
  return true;
}

/* ======================================================================== */
/* indices and slices                                                        */
/* ======================================================================== */

bool seq_index_value(VM *vm, Value index, const char *what, int64_t *out) {
  if (index.tag == T_INT || index.tag == T_BOOL) { *out = index.u.i; return true; }
  if (index.tag == T_LONG) {  /* protocols area: longs */
    if (long_fits_i64(AS_LONG(index))) { *out = long_as_i64(AS_LONG(index)); return true; }
    vm_raise(vm, vm->exc_IndexError, "cannot fit 'long' into an index-sized integer");
    return false;
  }
  if (index.tag == T_INSTANCE) {
    Value r = vm_call_special(vm, index, vm->s___index__, 0, NULL);
    if (v_isnull(r) && !v_isnull(vm->exc)) return false;
    if (r.tag == T_INT || r.tag == T_BOOL) { *out = r.u.i; return true; }
    if (!v_isnull(r)) {
      vm_raise(vm, vm->exc_TypeError, "__index__ returned non-(int,long) (type %s)",
               vm_type_name(vm, r));
      return false;
    }
  }
  vm_raise(vm, vm->exc_TypeError, "%s indices must be integers, not %s", what,
           vm_type_name(vm, index));
  return false;
}

/* One slice bound: None -> *set = false; an int (clamped to int64). */
static bool slice_bound(VM *vm, Value v, int64_t *out, bool *set) {
  *set = false;
  if (v_isnone(v) || v_isnull(v)) return true;
  if (v.tag == T_INT || v.tag == T_BOOL) { *out = v.u.i; *set = true; return true; }
  if (v.tag == T_LONG) {  /* protocols area: longs, clamped */
    *out = long_fits_i64(AS_LONG(v)) ? long_as_i64(AS_LONG(v))
                                     : long_sign(AS_LONG(v)) < 0 ? INT64_MIN : INT64_MAX;
    *set = true;
    return true;
  }
  if (v.tag == T_INSTANCE) {
    Value r = vm_call_special(vm, v, vm->s___index__, 0, NULL);
    if (v_isnull(r) && !v_isnull(vm->exc)) return false;
    if (r.tag == T_INT || r.tag == T_BOOL) { *out = r.u.i; *set = true; return true; }
  }
  vm_raise(vm, vm->exc_TypeError,
           "slice indices must be integers or None or have an __index__ method");
  return false;
}

bool slice_indices(VM *vm, Slice *sl, int64_t len, int64_t *start, int64_t *stop,
                   int64_t *step, int64_t *slicelen) {
  int64_t st = 1, a = 0, b = 0;
  bool has_st, has_a, has_b;
  if (!slice_bound(vm, sl->step, &st, &has_st)) return false;
  if (!has_st) st = 1;
  if (st == 0) {
    vm_raise(vm, vm->exc_ValueError, "slice step cannot be zero");
    return false;
  }
  if (st < -INT64_MAX) st = -INT64_MAX;
  if (!slice_bound(vm, sl->start, &a, &has_a)) return false;
  if (!slice_bound(vm, sl->stop, &b, &has_b)) return false;
  if (!has_a) a = st < 0 ? len - 1 : 0;
  else {
    if (a < 0) { a += len; if (a < 0) a = st < 0 ? -1 : 0; }
    else if (a >= len) a = st < 0 ? len - 1 : len;
  }
  if (!has_b) b = st < 0 ? -1 : len;
  else {
    if (b < 0) { b += len; if (b < 0) b = st < 0 ? -1 : 0; }
    else if (b >= len) b = st < 0 ? len - 1 : len;
  }
  int64_t n;
  if ((st < 0 && b >= a) || (st > 0 && a >= b)) n = 0;
  else if (st < 0) n = (b - a + 1) / st + 1;
  else n = (b - a - 1) / st + 1;
  *start = a; *stop = b; *step = st; *slicelen = n;
  return true;
}

/* Clamp [a, b) for simple slices. */
static void clamp_range(int64_t len, int64_t *a, int64_t *b) {
  if (*a < 0) *a = 0;
  if (*a > len) *a = len;
  if (*b < *a) *b = *a;
  if (*b > len) *b = len;
}

/* An argument of a slot taking C longs (__getslice__'s "nn", the index of
** list.insert and list.pop: getargs 'n' on LP64), as CPython's PyInt_AsLong:
** an int, a long that fits, or an object with __int__ (not __index__). */
static bool slot_long_arg(VM *vm, Value v, int64_t *out) {
  Value u = vm_unbox(v);
  if (u.tag == T_FLOAT) {
    vm_raise(vm, vm->exc_TypeError, "integer argument expected, got float");
    return false;
  }
  if (u.tag == T_INSTANCE && !v_isnull(class_lookup(vm, u.u.o->cls, vm->s___int__))) {
    u = vm_call_special(vm, u, vm->s___int__, 0, NULL);
    if (v_isnull(u)) return false;
    if (u.tag != T_INT && u.tag != T_BOOL && u.tag != T_LONG) {
      vm_raise(vm, vm->exc_TypeError, "__int__ method should return an integer");
      return false;
    }
  }
  if (u.tag == T_INT || u.tag == T_BOOL) { *out = u.u.i; return true; }
  if (u.tag == T_LONG) {
    if (long_fits_i64(AS_LONG(u))) { *out = long_as_i64(AS_LONG(u)); return true; }
    vm_raise(vm, vm->exc_OverflowError, "Python int too large to convert to C long");
    return false;
  }
  vm_raise(vm, vm->exc_TypeError, "an integer is required");
  return false;
}

/* The (i, j) of an old-style slice method (__getslice__, __setslice__,
** __delslice__), clamped to [0, len]. */
static bool seq_slice_args(VM *vm, const Value *args, int64_t len, int64_t *a, int64_t *b) {
  if (!slot_long_arg(vm, args[0], a) || !slot_long_arg(vm, args[1], b)) return false;
  if (*a < 0) *a = 0;   /* explicit calls: negative bounds mean 0 (no len adjustment) */
  if (*b < 0) *b = 0;
  clamp_range(len, a, b);
  return true;
}

List *list_slice(VM *vm, List *l, int64_t a, int64_t b) {
  clamp_range(l->len, &a, &b);
  return list_from(vm, b - a, l->items + a);
}

Tuple *tuple_slice(VM *vm, Tuple *t, int64_t a, int64_t b) {
  clamp_range(t->len, &a, &b);
  if (a == 0 && b == t->len && t->h.cls == vm->cls[T_TUPLE]) return t;
  return tuple_from(vm, b - a, t->items + a);
}

int seq_subscript(VM *vm, Value index, int64_t len, const char *what, const char *range_err,
                  int64_t *start, int64_t *step, int64_t *n) {
  if (index.tag == T_SLICE) {
    int64_t stop;
    return slice_indices(vm, (Slice *)AS_OBJ(index), len, start, &stop, step, n) ? 2 : 0;
  }
  int64_t i;
  if (!seq_index_value(vm, index, what, &i)) return 0;
  if (i < 0) i += len;
  if (i < 0 || i >= len) {
    vm_raise(vm, vm->exc_IndexError, "%s", range_err);
    return 0;
  }
  *start = i;
  return 1;
}

Value list_getitem(VM *vm, List *l, Value index) {
  int64_t a, st, n;
  int k = seq_subscript(vm, index, l->len, "list", "list index out of range", &a, &st, &n);
  if (k != 2) return k ? l->items[a] : v_null();
  List *r = list_new(vm, n);
  if (!r) return v_null();
  for (int64_t i = 0, j = a; i < n; i++, j += st) r->items[i] = l->items[j];
  return v_obj(r);
}

Value tuple_getitem(VM *vm, Tuple *t, Value index) {
  int64_t a, st, n;
  int k = seq_subscript(vm, index, t->len, "tuple", "tuple index out of range", &a, &st, &n);
  if (k != 2) return k ? t->items[a] : v_null();
  if (st == 1 && n == t->len && t->h.cls == vm->cls[T_TUPLE]) return v_obj(t);
  Tuple *r = tuple_new(vm, n);
  if (!r) return v_null();
  for (int64_t i = 0, j = a; i < n; i++, j += st) r->items[i] = t->items[j];
  return v_obj(r);
}

/* The items of an iterable as an array: lists and tuples directly (a copy
** when it is `self`), anything else through vm_to_list. errmsg: TypeError
** message when v is not iterable. */
static bool items_of(VM *vm, Value v, List *self, const char *errmsg,
                     Value **items, int64_t *n) {
  if (v.tag == T_LIST && AS_LIST(v) != self) {
    *items = AS_LIST(v)->items; *n = AS_LIST(v)->len; return true;
  }
  if (v.tag == T_TUPLE) { *items = AS_TUPLE(v)->items; *n = AS_TUPLE(v)->len; return true; }
  if (v.tag == T_LIST) {
    List *c = list_slice(vm, self, 0, self->len);
    if (!c) return false;
    *items = c->items; *n = c->len;
    return true;
  }
  Value l = vm_to_list(vm, v);
  if (v_isnull(l)) {
    if (errmsg && vm_exc_matches(vm, vm->exc_TypeError)) {
      vm_exc_clear(vm);
      vm_raise(vm, vm->exc_TypeError, "%s", errmsg);
    }
    return false;
  }
  *items = AS_LIST(l)->items; *n = AS_LIST(l)->len;
  return true;
}

/* Replace l[a:b] (clamped) with n items. */
static bool list_replace_range(VM *vm, List *l, int64_t a, int64_t b, const Value *items,
                               int64_t n) {
  clamp_range(l->len, &a, &b);
  int64_t d = n - (b - a);
  if (d > 0 && !list_reserve(vm, l, l->len + d)) return false;
  vmove(l->items + b + d, l->items + b, (size_t)(l->len - b) * sizeof(Value));
  if (n) vmove(l->items + a, items, (size_t)n * sizeof(Value));
  l->len += d;
  for (int64_t i = l->len; i < l->len - d; i++) l->items[i] = v_null();
  return true;
}

bool list_setitem(VM *vm, List *l, Value index, Value v) {
  int64_t a, st, n;
  int k = seq_subscript(vm, index, l->len, "list", "list assignment index out of range", &a,
                        &st, &n);
  if (k == 0) return false;
  if (k == 1) {
    l->items[a] = v;
    return true;
  }
  Value *items;
  int64_t m;
  if (st == 1) {
    if (!items_of(vm, v, l, "can only assign an iterable", &items, &m)) return false;
    return list_replace_range(vm, l, a, a + n, items, m);
  }
  if (!items_of(vm, v, l, "must assign iterable to extended slice", &items, &m)) return false;
  if (m != n) {
    vm_raise(vm, vm->exc_ValueError,
             "attempt to assign sequence of size %lld to extended slice of size %lld",
             (long long)m, (long long)n);
    return false;
  }
  for (int64_t i = 0, j = a; i < n; i++, j += st) l->items[j] = items[i];
  return true;
}

bool list_delitem(VM *vm, List *l, Value index) {
  int64_t a, st, n;
  int k = seq_subscript(vm, index, l->len, "list", "list assignment index out of range", &a,
                        &st, &n);
  if (k == 0) return false;
  if (k == 2) {
    if (st == 1) return list_replace_range(vm, l, a, a + n, NULL, 0);
    if (n == 0) return true;
    if (st < 0) { a = a + st * (n - 1); st = -st; }
    int64_t w = a;
    for (int64_t r = a, d = 0; r < l->len; r++) {
      if (d < n && r == a + d * st) { d++; continue; }
      l->items[w++] = l->items[r];
    }
    for (int64_t i = w; i < l->len; i++) l->items[i] = v_null();
    l->len = w;
    return true;
  }
  vmove(l->items + a, l->items + a + 1, (size_t)(l->len - a - 1) * sizeof(Value));
  l->items[--l->len] = v_null();
  return true;
}

bool list_insert(VM *vm, List *l, int64_t i, Value v) {
  if (i < 0) { i += l->len; if (i < 0) i = 0; }
  if (i > l->len) i = l->len;
  if (l->len == l->cap && !list_reserve(vm, l, l->len + 1)) return false;
  vmove(l->items + i + 1, l->items + i, (size_t)(l->len - i) * sizeof(Value));
  l->items[i] = v;
  l->len++;
  return true;
}

bool list_extend(VM *vm, List *l, Value iterable) {
  Value *items;
  int64_t n;
  if (iterable.tag == T_LIST || iterable.tag == T_TUPLE) {
    if (!items_of(vm, iterable, l, NULL, &items, &n)) return false;
    if (!list_reserve(vm, l, l->len + n)) return false;
    vmove(l->items + l->len, items, (size_t)n * sizeof(Value));
    l->len += n;
    return true;
  }
  Value it = vm_iter(vm, iterable);
  if (v_isnull(it)) return false;
  for (;;) {
    Value x = vm_next(vm, it);
    if (v_isnull(x)) return v_isnull(vm->exc);
    if (!list_append(vm, l, x)) return false;
  }
}

void list_reverse(List *l) {
  for (int64_t i = 0, j = l->len - 1; i < j; i++, j--) {
    Value t = l->items[i];
    l->items[i] = l->items[j];
    l->items[j] = t;
  }
}

/* ======================================================================== */
/* repr, comparison, hashing                                                 */
/* ======================================================================== */

static Str *items_repr(VM *vm, Value self, const Value *items, int64_t n, char open,
                       char close, bool one_comma) {
  int r = types_repr_enter(vm, self);
  if (r < 0) return NULL;
  if (r == 0) {
    char buf[6] = {open, '.', '.', '.', close, 0};
    return str_new(vm, buf, 5);
  }
  SBuf b;
  sbuf_init(&b);
  sbuf_putc(&b, open);
  for (int64_t i = 0; i < n; i++) {
    if (i) sbuf_put(&b, ", ", 2);
    Str *s = vm_repr(vm, items[i]);
    if (!s) { sbuf_free(&b); types_repr_leave(vm, self); return NULL; }
    sbuf_putstr(&b, s);
  }
  if (one_comma && n == 1) sbuf_putc(&b, ',');
  sbuf_putc(&b, close);
  types_repr_leave(vm, self);
  return sbuf_finish(vm, &b);
}

Str *list_repr(VM *vm, List *l) {
  if (l->len == 0) return str_new(vm, "[]", 2);
  /* items may change while reprs run: work on the live list each step. */
  int r = types_repr_enter(vm, v_obj(l));
  if (r < 0) return NULL;
  if (r == 0) return str_new(vm, "[...]", 5);
  SBuf b;
  sbuf_init(&b);
  sbuf_putc(&b, '[');
  for (int64_t i = 0; i < l->len; i++) {
    if (i) sbuf_put(&b, ", ", 2);
    Str *s = vm_repr(vm, l->items[i]);
    if (!s) { sbuf_free(&b); types_repr_leave(vm, v_obj(l)); return NULL; }
    sbuf_putstr(&b, s);
  }
  sbuf_putc(&b, ']');
  types_repr_leave(vm, v_obj(l));
  return sbuf_finish(vm, &b);
}

Str *tuple_repr(VM *vm, Tuple *t) {
  Class *c = t->h.cls;
  if (c && c != vm->cls[T_TUPLE] && (c->h.flags & CLS_BUILTIN)) {
    /* A builtin tuple type with its own C __repr__ (struct sequences such as
    ** time.struct_time): the protocols dispatch builtin kinds here directly. */
    Class *owner;
    Value f = class_lookup_owner(vm, c, vm->s___repr__, &owner);
    if (f.tag == T_CFUNC && owner != vm->cls[T_TUPLE]) {
      Value r = vm_call_with_self(vm, f, owner, v_obj(t), 0, NULL);
      if (v_isnull(r)) return NULL;
      if (r.tag != T_STR)
        return (Str *)(vm_raise(vm, vm->exc_TypeError, "__repr__ returned non-string"), NULL);
      return AS_STR(r);
    }
  }
  if (t->len == 0) return str_new(vm, "()", 2);
  return items_repr(vm, v_obj(t), t->items, t->len, '(', ')', true);
}

static int item_eq(VM *vm, Value a, Value b) {
  if (v_same(a, b)) return 1;
  return vm_equal(vm, a, b);
}

Value seq_richcompare(VM *vm, const Value *a, int64_t na, const Value *b, int64_t nb,
                      CmpOp op) {
  int64_t i = 0;
  for (; i < na && i < nb; i++) {
    int k = item_eq(vm, a[i], b[i]);
    if (k < 0) return v_null();
    if (!k) break;
  }
  if (i >= na || i >= nb) {
    bool r;
    switch (op) {
    case CMP_LT: r = na < nb; break;
    case CMP_LE: r = na <= nb; break;
    case CMP_EQ: r = na == nb; break;
    case CMP_NE: r = na != nb; break;
    case CMP_GT: r = na > nb; break;
    default: r = na >= nb; break;
    }
    return v_bool(r);
  }
  if (op == CMP_EQ) return v_bool(false);
  if (op == CMP_NE) return v_bool(true);
  return vm_compare(vm, op, a[i], b[i]);
}

int seq_cmp3(VM *vm, const Value *a, int64_t na, const Value *b, int64_t nb, int *out) {
  int64_t i = 0;
  for (; i < na && i < nb; i++) {
    int k = item_eq(vm, a[i], b[i]);
    if (k < 0) return -1;
    if (!k) return vm_cmp(vm, a[i], b[i], out);
  }
  *out = na < nb ? -1 : na > nb ? 1 : 0;
  return 0;
}

int list_eq(VM *vm, List *a, List *b) {
  if (a->len != b->len) return 0;
  for (int64_t i = 0; i < a->len && i < b->len; i++) {
    int k = item_eq(vm, a->items[i], b->items[i]);
    if (k <= 0) return k;
  }
  return a->len == b->len;
}

int tuple_eq(VM *vm, Tuple *a, Tuple *b) {
  if (a->len != b->len) return 0;
  for (int64_t i = 0; i < a->len; i++) {
    int k = item_eq(vm, a->items[i], b->items[i]);
    if (k <= 0) return k;
  }
  return 1;
}

/* CPython 2.7's tuplehash (64-bit longs). */
bool tuple_hash(VM *vm, Tuple *t, int64_t *out) {
  if (t->hash != -1) { *out = t->hash; return true; }
  uint64_t x = 0x345678u, mult = 1000003u;
  int64_t len = t->len;
  for (int64_t i = 0; i < t->len; i++) {
    int64_t y;
    if (!types_hash(vm, t->items[i], &y)) return false;
    len--;
    x = (x ^ (uint64_t)y) * mult;
    mult += (uint64_t)(82520 + len + len);
  }
  x += 97531u;
  int64_t h = (int64_t)x;
  if (h == -1) h = -2;
  t->hash = h;
  *out = h;
  return true;
}

/* ======================================================================== */
/* concat, repeat, contains                                                  */
/* ======================================================================== */

Value list_concat(VM *vm, List *a, Value b) {
  if (b.tag != T_LIST)
    return vm_raise(vm, vm->exc_TypeError, "can only concatenate list (not \"%s\") to list",
                    vm_type_name(vm, b));
  List *lb = AS_LIST(b);
  List *r = list_new(vm, a->len + lb->len);
  if (!r) return v_null();
  vmove(r->items, a->items, (size_t)a->len * sizeof(Value));
  vmove(r->items + a->len, lb->items, (size_t)lb->len * sizeof(Value));
  return v_obj(r);
}

Value tuple_concat(VM *vm, Tuple *a, Value b) {
  if (b.tag != T_TUPLE)
    return vm_raise(vm, vm->exc_TypeError, "can only concatenate tuple (not \"%s\") to tuple",
                    vm_type_name(vm, b));
  Tuple *tb = AS_TUPLE(b);
  if (tb->len == 0) return v_obj(a);
  if (a->len == 0) return b;
  Tuple *r = tuple_new(vm, a->len + tb->len);
  if (!r) return v_null();
  vmove(r->items, a->items, (size_t)a->len * sizeof(Value));
  vmove(r->items + a->len, tb->items, (size_t)tb->len * sizeof(Value));
  return v_obj(r);
}

static bool repeat_size(VM *vm, int64_t len, int64_t n, int64_t *out) {
  if (n <= 0 || len == 0) { *out = 0; return true; }
  if (len > INT64_MAX / n || (uint64_t)(len * n) > SIZE_MAX / sizeof(Value)) {
    vm_raise(vm, vm->exc_MemoryError, "out of memory");
    return false;
  }
  *out = len * n;
  return true;
}

List *list_repeat(VM *vm, List *l, int64_t n) {
  int64_t total;
  if (!repeat_size(vm, l->len, n, &total)) return NULL;
  int64_t len = l->len;
  List *r = list_new(vm, total);
  if (!r) return NULL;
  for (int64_t i = 0; i < total; i += len)
    vmove(r->items + i, l->items, (size_t)len * sizeof(Value));
  return r;
}

Tuple *tuple_repeat(VM *vm, Tuple *t, int64_t n) {
  if (n == 1) return t;
  int64_t total;
  if (!repeat_size(vm, t->len, n, &total)) return NULL;
  Tuple *r = tuple_new(vm, total);
  if (!r) return NULL;
  for (int64_t i = 0; i < total; i += t->len)
    vmove(r->items + i, t->items, (size_t)t->len * sizeof(Value));
  return r;
}

/* The rich comparison methods of the builtin containers and str, called
** explicitly (list.__eq__(a, b), tuple.__lt__ ...): both operands of the
** same family (str, list, tuple, dict, set/frozenset) compare directly;
** NotImplemented otherwise. dict orders only by == and !=. */
Value types_richcmp_method(VM *vm, Value a, Value b, CmpOp op) {
  bool same = a.tag == b.tag || (v_isanyset(a) && v_isanyset(b));
  if (!same) return vm_not_implemented(vm);
  switch (a.tag) {
  case T_STR: {
    int c = str_cmp(AS_STR(a), AS_STR(b));
    bool r = op == CMP_LT ? c < 0 : op == CMP_LE ? c <= 0 : op == CMP_EQ ? c == 0
           : op == CMP_NE ? c != 0 : op == CMP_GT ? c > 0 : c >= 0;
    return v_bool(r);
  }
  case T_LIST:
    return seq_richcompare(vm, AS_LIST(a)->items, AS_LIST(a)->len, AS_LIST(b)->items,
                           AS_LIST(b)->len, op);
  case T_TUPLE:
    return seq_richcompare(vm, AS_TUPLE(a)->items, AS_TUPLE(a)->len, AS_TUPLE(b)->items,
                           AS_TUPLE(b)->len, op);
  case T_DICT: {
    if (op != CMP_EQ && op != CMP_NE) return vm_not_implemented(vm);
    int r = dict_eq(vm, AS_DICT(a), AS_DICT(b));
    if (r < 0) return v_null();
    return v_bool(op == CMP_EQ ? r : !r);
  }
  case T_SET: case T_FROZENSET:
    return set_richcompare(vm, AS_SET(a), b, op);
  default:
    return vm_not_implemented(vm);
  }
}

#define RICH_METHOD(cname, op) \
  static Value cname(VM *vm, int argc, Value *argv, Dict *kw) { \
    if (!types_nargs(vm, "@cmp", argc - 1, 1, 1)) return v_null(); \
    return types_richcmp_method(vm, argv[0], argv[1], op); \
  }
RICH_METHOD(rich_lt, CMP_LT)
RICH_METHOD(rich_le, CMP_LE)
RICH_METHOD(rich_eq, CMP_EQ)
RICH_METHOD(rich_ne, CMP_NE)
RICH_METHOD(rich_gt, CMP_GT)
RICH_METHOD(rich_ge, CMP_GE)

void types_add_richcmp(VM *vm, Class *cls) {
  static const struct { const char *name; CFn fn; } m[] = {
    {"__lt__", rich_lt}, {"__le__", rich_le}, {"__eq__", rich_eq}, {"__ne__", rich_ne},
    {"__gt__", rich_gt}, {"__ge__", rich_ge},
  };
  if (!cls) return;
  for (size_t i = 0; i < sizeof m / sizeof m[0]; i++)
    vm_add_method(vm, cls, m[i].name, m[i].fn, 0, -1, false);
}

/* n as a repeat count, as CPython's PyNumber_AsSsize_t(n, OverflowError): an
** int, a long that fits or an object with __index__. 1 done, 0 n is none of
** these (nothing raised), -1 raised. */
static int repeat_count(VM *vm, Value n, int64_t *out) {
  Value u = vm_unbox(n);
  if (u.tag == T_INSTANCE && !v_isnull(class_lookup(vm, u.u.o->cls, vm->s___index__))) {
    u = vm_call_special(vm, u, vm->s___index__, 0, NULL);
    if (v_isnull(u)) return -1;
    if (u.tag != T_INT && u.tag != T_BOOL && u.tag != T_LONG) {
      vm_raise(vm, vm->exc_TypeError, "__index__ returned non-(int,long) (type %s)",
               vm_type_name(vm, u));
      return -1;
    }
  }
  if (u.tag == T_INT || u.tag == T_BOOL) { *out = u.u.i; return 1; }
  if (u.tag != T_LONG) return 0;
  if (long_fits_i64(AS_LONG(u))) { *out = long_as_i64(AS_LONG(u)); return 1; }
  vm_raise(vm, vm->exc_OverflowError, "cannot fit '%s' into an index-sized integer",
           vm_type_name(vm, n));
  return -1;
}

/* seq.__mul__(n) called as a method: CPython's wrap_indexargfunc wording. */
Value seq_repeat_method(VM *vm, Value seq, Value n) {
  int64_t count;
  int k = repeat_count(vm, n, &count);
  if (k < 0) return v_null();
  if (k == 0)
    return vm_raise(vm, vm->exc_TypeError, "'%s' object cannot be interpreted as an index",
                    vm_type_name(vm, n));
  return seq_repeat(vm, seq, v_int(count));
}

Value seq_repeat(VM *vm, Value seq, Value n) {
  int64_t count;
  int k = repeat_count(vm, n, &count);
  if (k < 0) return v_null();
  if (k == 0)
    return vm_raise(vm, vm->exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                    vm_type_name(vm, n));
  void *r = NULL;
  switch (seq.tag) {
  case T_STR: r = str_repeat(vm, AS_STR(seq), count); break;
  case T_LIST: r = list_repeat(vm, AS_LIST(seq), count); break;
  case T_TUPLE: r = tuple_repeat(vm, AS_TUPLE(seq), count); break;
  default:
    return vm_raise(vm, vm->exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                    vm_type_name(vm, n));
  }
  return r ? v_obj(r) : v_null();
}

int list_contains(VM *vm, List *l, Value item) {
  for (int64_t i = 0; i < l->len; i++) {
    int k = item_eq(vm, l->items[i], item);
    if (k) return k;
  }
  return 0;
}

int tuple_contains(VM *vm, Tuple *t, Value item) {
  for (int64_t i = 0; i < t->len; i++) {
    int k = item_eq(vm, t->items[i], item);
    if (k) return k;
  }
  return 0;
}

/* ======================================================================== */
/* sorting                                                                   */
/* ======================================================================== */

typedef struct SortItem { Value key, value; } SortItem;

typedef struct SortCtx {
  VM *vm;
  Value cmp;      /* T_NULL: default ordering */
  int fast;       /* 0 general, 1 all ints, 2 all floats, 3 all strs */
  bool err;
} SortCtx;

/* a < b under the sort's ordering; on error sets c->err (and then answers 0,
** which keeps the merge going to a valid permutation). */
static int sort_lt(SortCtx *c, Value a, Value b) {
  if (c->err) return 0;
  switch (c->fast) {
  case 1: return a.u.i < b.u.i;
  case 2: return a.u.f < b.u.f;
  case 3: return str_cmp(AS_STR(a), AS_STR(b)) < 0;
  default: break;
  }
  VM *vm = c->vm;
  if (!v_isnull(c->cmp)) {
    Value r = vm_call2(vm, c->cmp, a, b);
    if (v_isnull(r)) { c->err = true; return 0; }
    if (r.tag != T_INT && r.tag != T_BOOL) {
      vm_raise(vm, vm->exc_TypeError, "comparison function must return int, not %s",
               vm_type_name(vm, r));
      c->err = true;
      return 0;
    }
    return r.u.i < 0;
  }
  Value r = vm_compare(vm, CMP_LT, a, b);
  if (v_isnull(r)) { c->err = true; return 0; }
  if (r.tag == T_BOOL) return (int)r.u.i;
  int t = vm_truthy(vm, r);
  if (t < 0) { c->err = true; return 0; }
  return t;
}

static void merge_sort(SortCtx *c, SortItem *a, SortItem *tmp, int64_t n) {
  if (n < 2) return;
  if (n <= 16) {  /* insertion sort (binary search would save compares; keep it simple) */
    for (int64_t i = 1; i < n; i++) {
      SortItem x = a[i];
      int64_t j = i;
      while (j > 0 && sort_lt(c, x.key, a[j - 1].key)) { a[j] = a[j - 1]; j--; }
      a[j] = x;
    }
    return;
  }
  int64_t m = n / 2;
  merge_sort(c, a, tmp, m);
  merge_sort(c, a + m, tmp, n - m);
  /* already ordered? */
  if (!sort_lt(c, a[m].key, a[m - 1].key)) return;
  vmove(tmp, a, (size_t)m * sizeof(SortItem));
  int64_t i = 0, j = m, k = 0;
  while (i < m && j < n) {
    if (sort_lt(c, a[j].key, tmp[i].key)) a[k++] = a[j++];
    else a[k++] = tmp[i++];
  }
  while (i < m) a[k++] = tmp[i++];
}

static void reverse_items(SortItem *a, int64_t n) {
  for (int64_t i = 0, j = n - 1; i < j; i++, j--) {
    SortItem t = a[i];
    a[i] = a[j];
    a[j] = t;
  }
}

bool list_sort(VM *vm, List *l, Value cmp, Value key, bool reverse) {
  if (v_isnone(cmp)) cmp = v_null();
  if (v_isnone(key)) key = v_null();
  int64_t n = l->len;
  if (n < 2 && v_isnull(key)) return true;
  /* Take the items out, as CPython does, so that changes to the list while
  ** it sorts are detected. */
  Value *saved = l->items;
  int64_t saved_cap = l->cap;
  l->items = NULL;
  l->len = l->cap = 0;
  SortItem *a = gc_alloc((size_t)n * sizeof(SortItem) * 2 + 1);
  SortItem *tmp = a ? a + n : NULL;
  bool ok = a != NULL;
  if (!ok) vm_raise(vm, vm->exc_MemoryError, "out of memory");
  for (int64_t i = 0; ok && i < n; i++) {
    a[i].value = saved[i];
    if (v_isnull(key)) a[i].key = saved[i];
    else {
      a[i].key = vm_call1(vm, key, saved[i]);
      if (v_isnull(a[i].key)) ok = false;
    }
  }
  if (ok) {
    SortCtx c = {vm, cmp, 0, false};
    if (v_isnull(cmp) && n > 0) {
      uint32_t tag = a[0].key.tag;
      bool same = tag == T_INT || tag == T_FLOAT || tag == T_STR;
      for (int64_t i = 1; same && i < n; i++) same = a[i].key.tag == tag;
      if (same) c.fast = tag == T_INT ? 1 : tag == T_FLOAT ? 2 : 3;
    }
    if (reverse) reverse_items(a, n);
    merge_sort(&c, a, tmp, n);
    if (reverse) reverse_items(a, n);
    ok = !c.err;
    if (ok) for (int64_t i = 0; i < n; i++) saved[i] = a[i].value;
  }
  bool modified = l->items != NULL || l->len != 0;
  l->items = saved;
  l->len = n;
  l->cap = saved_cap;
  if (ok && modified) {
    vm_raise(vm, vm->exc_ValueError, "list modified during sort");
    return false;
  }
  return ok;
}

Value list_sorted(VM *vm, Value iterable, Value cmp, Value key, bool reverse) {
  List *l;
  if (iterable.tag == T_LIST) l = list_slice(vm, AS_LIST(iterable), 0, AS_LIST(iterable)->len);
  else {
    Value v = vm_to_list(vm, iterable);
    if (v_isnull(v)) return v_null();
    l = AS_LIST(v);
    if (v_same(v, iterable)) l = list_slice(vm, l, 0, l->len);
  }
  if (!l) return v_null();
  if (!list_sort(vm, l, cmp, key, reverse)) return v_null();
  return v_obj(l);
}

/* ======================================================================== */
/* list methods                                                              */
/* ======================================================================== */

static Value l_append(VM *vm, int argc, Value *argv, Dict *kw) {
  SELF_LIST("append");
  NARGS("append", 1, 1);
  return list_append(vm, self, argv[1]) ? v_none() : v_null();
}

static Value l_extend(VM *vm, int argc, Value *argv, Dict *kw) {
  SELF_LIST("extend");
  NARGS("extend", 1, 1);
  return list_extend(vm, self, argv[1]) ? v_none() : v_null();
}

static Value l_insert(VM *vm, int argc, Value *argv, Dict *kw) {
  SELF_LIST("insert");
  NARGS("insert", 2, 2);
  int64_t i;
  if (!slot_long_arg(vm, argv[1], &i)) return v_null();
  return list_insert(vm, self, i, argv[2]) ? v_none() : v_null();
}

static Value l_pop(VM *vm, int argc, Value *argv, Dict *kw) {
  SELF_LIST("pop");
  NARGS("pop", 0, 1);
  int64_t i = -1;
  if (argc > 1 && !slot_long_arg(vm, argv[1], &i)) return v_null();
  if (self->len == 0) return vm_raise(vm, vm->exc_IndexError, "pop from empty list");
  if (i < 0) i += self->len;
  if (i < 0 || i >= self->len) return vm_raise(vm, vm->exc_IndexError, "pop index out of range");
  Value v = self->items[i];
  vmove(self->items + i, self->items + i + 1, (size_t)(self->len - i - 1) * sizeof(Value));
  self->items[--self->len] = v_null();
  return v;
}

static Value l_remove(VM *vm, int argc, Value *argv, Dict *kw) {
  SELF_LIST("remove");
  NARGS("remove", 1, 1);
  for (int64_t i = 0; i < self->len; i++) {
    int k = item_eq(vm, self->items[i], argv[1]);
    if (k < 0) return v_null();
    if (k && i < self->len) {
      vmove(self->items + i, self->items + i + 1, (size_t)(self->len - i - 1) * sizeof(Value));
      self->items[--self->len] = v_null();
      return v_none();
    }
  }
  return vm_raise(vm, vm->exc_ValueError, "list.remove(x): x not in list");
}

/* index(x, [start, [stop]]) for lists and tuples. */
static Value seq_index_method(VM *vm, int argc, Value *argv, const Value *items,
                              const int64_t *lenp, bool is_list) {
  NARGS("index", 1, 3);
  int64_t start = 0, stop = INT64_MAX;
  bool set;
  /* _PyEval_SliceIndex through O&: None is not accepted here. */
  for (int i = 2; i < argc && i < 4; i++)
    if (!slice_bound(vm, argv[i], i == 2 ? &start : &stop, &set) || !set) {
      vm_exc_clear(vm);
      return vm_raise(vm, vm->exc_TypeError,
                      "slice indices must be integers or have an __index__ method");
    }
  int64_t len = *lenp;
  if (start < 0) { start += len; if (start < 0) start = 0; }
  if (stop < 0) { stop += len; if (stop < 0) stop = 0; }
  for (int64_t i = start; i < stop && i < *lenp; i++) {
    int k = item_eq(vm, items[i], argv[1]);
    if (k < 0) return v_null();
    if (k) return v_int(i);
    if (is_list) items = AS_LIST(argv[0])->items;
  }
  if (is_list) return vm_raise(vm, vm->exc_ValueError, "%R is not in list", &argv[1]);
  return vm_raise(vm, vm->exc_ValueError, "tuple.index(x): x not in tuple");
}

static Value l_index(VM *vm, int argc, Value *argv, Dict *kw) {
  SELF_LIST("index");
  return seq_index_method(vm, argc, argv, self->items, &self->len, true);
}

/* list.count / tuple.count (a list's items are re-read: __eq__ may change it). */
static Value seq_count_method(VM *vm, int argc, Value *argv, const Value *items,
                              const int64_t *lenp, bool is_list) {
  NARGS("count", 1, 1);
  int64_t n = 0;
  for (int64_t i = 0; i < *lenp; i++) {
    int k = item_eq(vm, items[i], argv[1]);
    if (k < 0) return v_null();
    n += k;
    if (is_list) items = AS_LIST(argv[0])->items;
  }
  return v_int(n);
}

static Value l_count(VM *vm, int argc, Value *argv, Dict *kw) {
  SELF_LIST("count");
  return seq_count_method(vm, argc, argv, self->items, &self->len, true);
}

static Value l_reverse(VM *vm, int argc, Value *argv, Dict *kw) {
  SELF_LIST("reverse");
  NARGS("reverse", 0, 0);
  list_reverse(self);
  return v_none();
}

static Value l_sort(VM *vm, int argc, Value *argv, Dict *kw) {
  SELF_LIST("sort");
  NARGS("sort", 0, 3);
  Value cmp = argc > 1 ? argv[1] : v_null();
  Value key = argc > 2 ? argv[2] : v_null();
  Value rev = argc > 3 ? argv[3] : v_null();
  if (kw) {
    Value k, v;
    for (int64_t pos = 0; dict_next(kw, &pos, &k, &v);) {
      Str *name = AS_STR(k);
      Value *slot = NULL;
      int idx = 0;
      if (k.tag == T_STR && strcmp(name->data, "cmp") == 0) { slot = &cmp; idx = 1; }
      else if (k.tag == T_STR && strcmp(name->data, "key") == 0) { slot = &key; idx = 2; }
      else if (k.tag == T_STR && strcmp(name->data, "reverse") == 0) { slot = &rev; idx = 3; }
      if (!slot)
        return vm_raise(vm, vm->exc_TypeError, "'%S' is an invalid keyword argument for this function",
                        name);
      if (argc > idx)
        return vm_raise(vm, vm->exc_TypeError,
                        "Argument given by name ('%S') and position (%d)", name, idx);
      *slot = v;
    }
  }
  bool reverse = false;
  if (!v_isnull(rev)) {
    int t = vm_truthy(vm, rev);
    if (t < 0) return v_null();
    reverse = t;
  }
  return list_sort(vm, self, cmp, key, reverse) ? v_none() : v_null();
}

static Value l_setitem(VM *vm, int argc, Value *argv, Dict *kw) {
  SELF_LIST("__setitem__");
  NARGS("@ __setitem__", 2, 2);
  return list_setitem(vm, self, argv[1], argv[2]) ? v_none() : v_null();
}

static Value l_delitem(VM *vm, int argc, Value *argv, Dict *kw) {
  SELF_LIST("__delitem__");
  NARGS("@__delitem__", 1, 1);
  return list_delitem(vm, self, argv[1]) ? v_none() : v_null();
}

static Value l_iadd(VM *vm, int argc, Value *argv, Dict *kw) {
  SELF_LIST("__iadd__");
  NARGS("@__iadd__", 1, 1);
  return list_extend(vm, self, argv[1]) ? argv[0] : v_null();
}

static Value l_imul(VM *vm, int argc, Value *argv, Dict *kw) {
  SELF_LIST("__imul__");
  NARGS("@ __imul__", 1, 1);
  Value r = seq_repeat_method(vm, argv[0], argv[1]);
  if (v_isnull(r)) return r;
  List *nl = AS_LIST(r);
  self->items = nl->items;
  self->len = nl->len;
  self->cap = nl->cap;
  return argv[0];
}

/* ======================================================================== */
/* tuple methods                                                             */
/* ======================================================================== */

static Value t_index(VM *vm, int argc, Value *argv, Dict *kw) {
  SELF_TUPLE("index");
  return seq_index_method(vm, argc, argv, self->items, &self->len, false);
}

static Value t_count(VM *vm, int argc, Value *argv, Dict *kw) {
  SELF_TUPLE("count");
  return seq_count_method(vm, argc, argv, self->items, &self->len, false);
}

/* ======================================================================== */
/* slot methods shared by list, tuple and str                               */
/* ======================================================================== */

/* __getitem__, __len__, __contains__, __add__, __mul__ (and __rmul__) and
** __getslice__ as methods, so that explicit calls (list.__len__(l)) and
** subclasses work. One body serves the three types; tag is the owner's. */
typedef enum SeqSlot {
  SEQ_GETITEM, SEQ_LEN, SEQ_CONTAINS, SEQ_ADD, SEQ_MUL, SEQ_GETSLICE, SEQ__N
} SeqSlot;

static Value seq_slot(VM *vm, uint32_t tag, SeqSlot slot, int argc, Value *argv) {
  static const struct { const char *name, *arity; int nargs; } info[SEQ__N] = {
    {"__getitem__", "@__getitem__", 1}, {"__len__", "@__len__", 0},
    {"__contains__", "@__contains__", 1}, {"__add__", "@__add__", 1},
    {"__mul__", "@ __mul__", 1}, {"__getslice__", "%__getslice__", 2},
  };
  Value self = argv[0];
  if (self.tag != tag)
    return vm_raise(vm, vm->exc_TypeError,
                    "descriptor '%s' requires a '%s' object but received a '%s'",
                    info[slot].name, tag == T_LIST ? "list" : tag == T_TUPLE ? "tuple" : "str",
                    vm_type_name(vm, self));
  /* list.__getitem__ is a METH_O method in CPython, the others slot wrappers. */
  const char *arity = slot == SEQ_GETITEM && tag == T_LIST ? info[slot].name : info[slot].arity;
  if (!types_nargs(vm, arity, argc - 1, info[slot].nargs, info[slot].nargs)) return v_null();
  List *l = tag == T_LIST ? AS_LIST(self) : NULL;
  Tuple *t = tag == T_TUPLE ? AS_TUPLE(self) : NULL;
  Str *s = tag == T_STR ? AS_STR(self) : NULL;
  int64_t len = l ? l->len : t ? t->len : s->len;
  switch (slot) {
  case SEQ_GETITEM:
    return l ? list_getitem(vm, l, argv[1]) : t ? tuple_getitem(vm, t, argv[1])
                                                : str_getitem(vm, s, argv[1]);
  case SEQ_LEN:
    return v_int(len);
  case SEQ_CONTAINS: {
    int r = l ? list_contains(vm, l, argv[1]) : t ? tuple_contains(vm, t, argv[1])
                                                  : str_contains(vm, s, argv[1]);
    return r < 0 ? v_null() : v_bool(r);
  }
  case SEQ_ADD:
    return l ? list_concat(vm, l, argv[1]) : t ? tuple_concat(vm, t, argv[1])
                                               : str_add(vm, s, argv[1]);
  case SEQ_MUL:
    return seq_repeat_method(vm, self, argv[1]);
  case SEQ_GETSLICE: {
    int64_t a, b;
    if (!seq_slice_args(vm, argv + 1, len, &a, &b)) return v_null();
    void *r;
    if (l) r = list_slice(vm, l, a, b);
    else if (t) r = tuple_slice(vm, t, a, b);
    else if (a == 0 && b == len && s->h.cls == vm->cls[T_STR]) r = s;
    else r = str_new(vm, s->data + a, (size_t)(b - a));
    return r ? v_obj(r) : v_null();
  }
  default:
    return v_null();
  }
}

/* The CFn of one slot for one owner type. */
#define SEQ_SLOT_FN(fn, tag, slot) \
  static Value fn(VM *vm, int argc, Value *argv, Dict *kw) { \
    (void)kw; \
    return seq_slot(vm, tag, slot, argc, argv); \
  }
#define SEQ_SLOT_FNS(p, tag) \
  SEQ_SLOT_FN(p##_getitem, tag, SEQ_GETITEM) SEQ_SLOT_FN(p##_len, tag, SEQ_LEN) \
  SEQ_SLOT_FN(p##_contains, tag, SEQ_CONTAINS) SEQ_SLOT_FN(p##_add, tag, SEQ_ADD) \
  SEQ_SLOT_FN(p##_mul, tag, SEQ_MUL) SEQ_SLOT_FN(p##_getslice, tag, SEQ_GETSLICE)
SEQ_SLOT_FNS(l, T_LIST)
SEQ_SLOT_FNS(t, T_TUPLE)
SEQ_SLOT_FNS(s, T_STR)

void seq_add_slot_methods(VM *vm, Class *cls, uint32_t tag) {
  static const CFn fns[3][SEQ__N] = {
    {l_getitem, l_len, l_contains, l_add, l_mul, l_getslice},
    {t_getitem, t_len, t_contains, t_add, t_mul, t_getslice},
    {s_getitem, s_len, s_contains, s_add, s_mul, s_getslice},
  };
  static const char *const names[SEQ__N] = {
    "__getitem__", "__len__", "__contains__", "__add__", "__mul__", "__getslice__",
  };
  if (!cls) return;
  const CFn *f = fns[tag == T_LIST ? 0 : tag == T_TUPLE ? 1 : 2];
  /* Arity is checked inside each method with CPython's messages. */
  for (int i = 0; i < SEQ__N; i++) vm_add_method(vm, cls, names[i], f[i], 0, -1, false);
  vm_add_method(vm, cls, "__rmul__", f[SEQ_MUL], 0, -1, false);
}

typedef struct MethodDef { const char *name; CFn fn; bool kw; } MethodDef;

static void add_methods(VM *vm, Class *cls, const MethodDef *m, size_t n) {
  if (!cls) return;
  /* Arity is checked inside each method with CPython's messages. */
  for (size_t i = 0; i < n; i++) vm_add_method(vm, cls, m[i].name, m[i].fn, 0, -1, m[i].kw);
}

/* ---- __getslice__ / __setslice__ / __delslice__, __reversed__, __getnewargs__ ---- */

static Value l_setslice(VM *vm, int argc, Value *argv, Dict *kw) {
  SELF_LIST("__setslice__");
  NARGS("%__setslice__", 3, 3);
  int64_t a, b, m;
  Value *items;
  if (!seq_slice_args(vm, argv + 1, self->len, &a, &b) ||
      !items_of(vm, argv[3], self, "can only assign an iterable", &items, &m) ||
      !list_replace_range(vm, self, a, b, items, m))
    return v_null();
  return v_none();
}

static Value l_delslice(VM *vm, int argc, Value *argv, Dict *kw) {
  SELF_LIST("__delslice__");
  NARGS("%__delslice__", 2, 2);
  int64_t a, b;
  if (!seq_slice_args(vm, argv + 1, self->len, &a, &b) ||
      !list_replace_range(vm, self, a, b, NULL, 0))
    return v_null();
  return v_none();
}

static Value l_reversed(VM *vm, int argc, Value *argv, Dict *kw) {
  SELF_LIST("__reversed__");
  NARGS("__reversed__", 0, 0);
  Value rev = vm->builtins ? dict_get_str(vm, vm->builtins, str_intern_cstr(vm, "reversed"))
                           : v_null();
  if (v_isnull(rev)) return vm_raise(vm, vm->exc_SystemError, "reversed missing");
  return vm_call1(vm, rev, argv[0]);
}

static Value t_hash(VM *vm, int argc, Value *argv, Dict *kw) {
  SELF_TUPLE("__hash__");
  NARGS("@__hash__", 0, 0);
  int64_t h;
  if (!vm_hash(vm, argv[0], &h)) return v_null();
  return v_int(h);
}

static Value t_getnewargs(VM *vm, int argc, Value *argv, Dict *kw) {
  SELF_TUPLE("__getnewargs__");
  NARGS("__getnewargs__", 0, 0);
  Tuple *copy = tuple_from(vm, self->len, self->items);
  if (!copy) return v_null();
  Value c = v_obj(copy);
  Tuple *r = tuple_from(vm, 1, &c);
  return r ? v_obj(r) : v_null();
}

void list_init_type(VM *vm) {
  static const MethodDef methods[] = {
    {"append", l_append, false}, {"extend", l_extend, false}, {"insert", l_insert, false},
    {"pop", l_pop, false}, {"remove", l_remove, false}, {"index", l_index, false},
    {"count", l_count, false}, {"reverse", l_reverse, false}, {"sort", l_sort, true},
    {"__setitem__", l_setitem, false}, {"__delitem__", l_delitem, false},
    {"__iadd__", l_iadd, false}, {"__imul__", l_imul, false},
    {"__setslice__", l_setslice, false}, {"__delslice__", l_delslice, false},
    {"__reversed__", l_reversed, false},
  };
  add_methods(vm, vm->cls[T_LIST], methods, sizeof methods / sizeof methods[0]);
  seq_add_slot_methods(vm, vm->cls[T_LIST], T_LIST);
  types_add_richcmp(vm, vm->cls[T_LIST]);
  if (vm->cls[T_LIST]) dict_set_str(vm, vm->cls[T_LIST]->dict, vm->s___hash__, v_none());
}

void tuple_init_type(VM *vm) {
  if (!vm->empty_tuple) {
    Tuple *t = gc_alloc(sizeof(Tuple));
    if (t) {
      t->h.kind = T_TUPLE;
      t->h.cls = vm->cls[T_TUPLE];
      t->hash = -1;
      vm->empty_tuple = t;
    }
  } else if (!vm->empty_tuple->h.cls) {
    vm->empty_tuple->h.cls = vm->cls[T_TUPLE];
  }
  static const MethodDef methods[] = {
    {"index", t_index, false}, {"count", t_count, false},
    {"__getnewargs__", t_getnewargs, false}, {"__hash__", t_hash, false},
  };
  add_methods(vm, vm->cls[T_TUPLE], methods, sizeof methods / sizeof methods[0]);
  seq_add_slot_methods(vm, vm->cls[T_TUPLE], T_TUPLE);
  types_add_richcmp(vm, vm->cls[T_TUPLE]);
}
