/*
** obj_dict.c: the dict type, an insertion-ordered compact hash table (as in
** CPython 3.6+ and PyPy): an int32 index table probed with CPython's
** perturbation scheme, pointing into a dense entries array. Str keys compare
** by pointer then bytes, int keys by value, anything else through
** vm_hash/vm_equal. Also the key hashing shared with sets, repr, equality and
** py2 ordering, iterators, and the dict methods.
*/
#include <stdlib.h>
#include <string.h>

#include "vm/vm.h"
#include "vm/types.h"
#include "gc/gc.h"

#define IX_EMPTY (-1)
#define IX_DUMMY (-2)
#define MIN_SIZE 8

#define NARGS(name, min, max) \
  if (!types_nargs(vm, name, argc - 1, min, max)) return v_null()
#define SELF_DICT(name) \
  if (argv[0].tag != T_DICT) \
    return vm_raise(vm, vm->exc_TypeError, \
      "descriptor '%s' requires a 'dict' object but received a '%s'", name, \
      vm_type_name(vm, argv[0])); \
  Dict *self = AS_DICT(argv[0]); (void)self

/* ======================================================================== */
/* key hashing and equality (shared with obj_set.c)                          */
/* ======================================================================== */

bool types_hash(VM *vm, Value k, int64_t *h) {
  switch (k.tag) {
  case T_STR: *h = str_hash(AS_STR(k)); return true;
  case T_INT: case T_BOOL: *h = int_hash(k.u.i); return true;
  case T_FLOAT: *h = float_hash(k.u.f); return true;
  case T_NONE: *h = 0x5f3759df; return true;
  case T_TUPLE: return tuple_hash(vm, AS_TUPLE(k), h);
  case T_FROZENSET: return frozenset_hash(vm, AS_SET(k), h);
  default: return vm_hash(vm, k, h);
  }
}

/* Key equality with fast paths: 1 equal, 0 not, -1 raised. */
int types_key_eq(VM *vm, Value a, Value b) {
  if (v_same(a, b)) return 1;
  uint32_t ta = a.tag, tb = b.tag;
  if (ta == T_STR && tb == T_STR) return str_eq(AS_STR(a), AS_STR(b));
  bool na = ta == T_INT || ta == T_BOOL || ta == T_FLOAT;
  bool nb = tb == T_INT || tb == T_BOOL || tb == T_FLOAT;
  if (na && nb) {
    if (ta != T_FLOAT && tb != T_FLOAT) return a.u.i == b.u.i;
    double x = ta == T_FLOAT ? a.u.f : (double)a.u.i;
    double y = tb == T_FLOAT ? b.u.f : (double)b.u.i;
    return x == y;
  }
  if (ta == T_TUPLE && tb == T_TUPLE) return tuple_eq(vm, AS_TUPLE(a), AS_TUPLE(b));
  if (v_isanyset(a) && v_isanyset(b)) return set_eq(vm, AS_SET(a), AS_SET(b));
  /* Immediates and strs never equal each other or other builtin scalars. */
  if ((na || ta == T_STR || ta == T_NONE) && (nb || tb == T_STR || tb == T_NONE)) return 0;
  return vm_equal(vm, a, b);
}

/* ======================================================================== */
/* the table                                                                 */
/* ======================================================================== */

Dict *dict_new(VM *vm) {
  Dict *d = gc_alloc(sizeof(Dict));
  if (!d) {
    vm_raise(vm, vm->exc_MemoryError, "out of memory");
    return NULL;
  }
  d->h.kind = T_DICT;
  d->h.cls = vm->cls[T_DICT];
  d->mask = -1;
  return d;
}

static int64_t usable(int64_t size) { return size * 2 / 3; }

/* Find an empty index slot for hash (the table has no key equal to it). */
static int64_t free_slot(Dict *d, int64_t hash) {
  uint64_t perturb = (uint64_t)hash;
  int64_t i = hash & d->mask;
  while (d->index[i] >= 0) {
    perturb >>= 5;
    i = (int64_t)(((uint64_t)i * 5 + perturb + 1) & (uint64_t)d->mask);
  }
  return i;
}

/* Rebuild with an index table of newsize slots, compacting entries. */
static bool dict_resize(VM *vm, Dict *d, int64_t newsize) {
  int64_t cap = usable(newsize);
  int32_t *index = gc_alloc_atomic((size_t)newsize * sizeof(int32_t));
  DictEntry *entries = gc_alloc((size_t)cap * sizeof(DictEntry));
  if (!index || !entries || newsize > INT32_MAX) {
    vm_raise(vm, vm->exc_MemoryError, "out of memory");
    return false;
  }
  memset(index, 0xff, (size_t)newsize * sizeof(int32_t));  /* all IX_EMPTY */
  int64_t n = 0;
  for (int64_t i = 0; i < d->nentries; i++)
    if (!v_isnull(d->entries[i].key)) entries[n++] = d->entries[i];
  d->index = index;
  d->entries = entries;
  d->mask = newsize - 1;
  d->cap = cap;
  d->nentries = n;
  d->used = n;
  for (int64_t i = 0; i < n; i++) index[free_slot(d, entries[i].hash)] = (int32_t)i;
  d->layout++;
  return true;
}

static bool dict_grow(VM *vm, Dict *d) {
  int64_t size = MIN_SIZE;
  while (usable(size) <= d->used * 2 + 1 && size < ((int64_t)1 << 31)) size <<= 1;
  if (usable(size) <= d->used) {
    vm_raise(vm, vm->exc_MemoryError, "out of memory");
    return false;
  }
  return dict_resize(vm, d, size);
}

/* Look key up. Returns the entry number, -1 if absent (then *slot is where
** to insert it), -2 if a comparison raised. */
static int64_t lookup(VM *vm, Dict *d, Value key, int64_t hash, int64_t *slot) {
restart:
  *slot = -1;
  if (!d->index) return -1;
  uint64_t perturb = (uint64_t)hash;
  int64_t i = hash & d->mask;
  int64_t freeslot = -1;
  for (;;) {
    int32_t ix = d->index[i];
    if (ix == IX_EMPTY) {
      *slot = freeslot >= 0 ? freeslot : i;
      return -1;
    }
    if (ix == IX_DUMMY) {
      if (freeslot < 0) freeslot = i;
    } else {
      DictEntry *e = &d->entries[ix];
      if (v_same(e->key, key)) return ix;
      if (e->hash == hash) {
        Value ek = e->key;
        uint32_t ta = ek.tag, tb = key.tag;
        int eq;
        if (ta == T_STR && tb == T_STR) eq = str_eq(AS_STR(ek), AS_STR(key));
        else {
          DictEntry *entries = d->entries;
          uint64_t layout = d->layout;
          eq = types_key_eq(vm, ek, key);
          if (eq < 0) return -2;
          if (d->entries != entries || d->layout != layout || !v_same(entries[ix].key, ek))
            goto restart;  /* the dict changed under the comparison */
        }
        if (eq) return ix;
      }
    }
    perturb >>= 5;
    i = (int64_t)(((uint64_t)i * 5 + perturb + 1) & (uint64_t)d->mask);
  }
}

Value dict_get(VM *vm, Dict *d, Value key) {
  int64_t h, slot;
  if (d->used == 0) {   /* still TypeError for an unhashable key */
    if (key.tag != T_STR && key.tag != T_INT) types_hash(vm, key, &h);
    return v_null();
  }
  if (!types_hash(vm, key, &h)) return v_null();
  int64_t ix = lookup(vm, d, key, h, &slot);
  return ix >= 0 ? d->entries[ix].value : v_null();
}

int64_t dict_find_str(Dict *d, Str *key) {
  if (d->used == 0) return -1;
  int64_t hash = str_hash(key);
  uint64_t perturb = (uint64_t)hash;
  int64_t i = hash & d->mask;
  for (;;) {
    int32_t ix = d->index[i];
    if (ix == IX_EMPTY) return -1;
    if (ix >= 0) {
      DictEntry *e = &d->entries[ix];
      if (e->key.u.o == (Obj *)key) return ix;
      if (e->hash == hash && e->key.tag == T_STR && str_eq(AS_STR(e->key), key)) return ix;
    }
    perturb >>= 5;
    i = (int64_t)(((uint64_t)i * 5 + perturb + 1) & (uint64_t)d->mask);
  }
}

Value dict_get_str(VM *vm, Dict *d, Str *key) {
  int64_t ix = dict_find_str(d, key);
  return ix >= 0 ? d->entries[ix].value : v_null();
}

static bool insert_new(VM *vm, Dict *d, Value key, Value value, int64_t hash, int64_t slot) {
  if (slot < 0 || d->nentries >= d->cap) {
    if (!dict_grow(vm, d)) return false;
    slot = free_slot(d, hash);
  }
  int64_t n = d->nentries++;
  d->entries[n].key = key;
  d->entries[n].value = value;
  d->entries[n].hash = hash;
  d->index[slot] = (int32_t)n;
  d->used++;
  d->layout++;
  return true;
}

bool dict_set(VM *vm, Dict *d, Value key, Value value) {
  int64_t h, slot;
  if (!types_hash(vm, key, &h)) return false;
  int64_t ix = lookup(vm, d, key, h, &slot);
  if (ix == -2) return false;
  if (ix >= 0) { d->entries[ix].value = value; return true; }
  return insert_new(vm, d, key, value, h, slot);
}

bool dict_set_str(VM *vm, Dict *d, Str *key, Value value) {
  int64_t ix = dict_find_str(d, key);
  if (ix >= 0) { d->entries[ix].value = value; return true; }
  int64_t h = str_hash(key);
  int64_t slot = d->index && d->nentries < d->cap ? free_slot(d, h) : -1;
  return insert_new(vm, d, v_obj(key), value, h, slot);
}

/* Remove entry ix found at index slot position. */
static void remove_entry(Dict *d, int64_t ix) {
  int64_t hash = d->entries[ix].hash;
  uint64_t perturb = (uint64_t)hash;
  int64_t i = hash & d->mask;
  while (d->index[i] != ix) {
    perturb >>= 5;
    i = (int64_t)(((uint64_t)i * 5 + perturb + 1) & (uint64_t)d->mask);
  }
  d->index[i] = IX_DUMMY;
  d->entries[ix].key = v_null();
  d->entries[ix].value = v_null();
  d->used--;
  d->layout++;
}

int dict_del(VM *vm, Dict *d, Value key) {
  int64_t h, slot;
  if (!types_hash(vm, key, &h)) return -1;
  int64_t ix = lookup(vm, d, key, h, &slot);
  if (ix == -2) return -1;
  if (ix < 0) return 0;
  remove_entry(d, ix);
  return 1;
}

bool dict_next(Dict *d, int64_t *pos, Value *key, Value *value) {
  while (*pos < d->nentries) {
    DictEntry *e = &d->entries[(*pos)++];
    if (!v_isnull(e->key)) {
      if (key) *key = e->key;
      if (value) *value = e->value;
      return true;
    }
  }
  return false;
}

void dict_clear(VM *vm, Dict *d) {
  d->index = NULL;
  d->entries = NULL;
  d->used = d->nentries = d->cap = 0;
  d->mask = -1;
  d->layout++;
}

Dict *dict_copy(VM *vm, Dict *d) {
  Dict *r = dict_new(vm);
  if (!r) return NULL;
  r->h.cls = vm->cls[T_DICT];
  if (d->used == 0) return r;
  int64_t size = MIN_SIZE;
  while (usable(size) < d->used) size <<= 1;
  int32_t *index = gc_alloc_atomic((size_t)size * sizeof(int32_t));
  DictEntry *entries = gc_alloc((size_t)usable(size) * sizeof(DictEntry));
  if (!index || !entries) {
    vm_raise(vm, vm->exc_MemoryError, "out of memory");
    return NULL;
  }
  memset(index, 0xff, (size_t)size * sizeof(int32_t));
  r->index = index;
  r->entries = entries;
  r->mask = size - 1;
  r->cap = usable(size);
  int64_t n = 0;
  for (int64_t i = 0; i < d->nentries; i++)
    if (!v_isnull(d->entries[i].key)) {
      entries[n] = d->entries[i];
      index[free_slot(r, entries[n].hash)] = (int32_t)n;
      n++;
    }
  r->nentries = r->used = n;
  return r;
}

/* ======================================================================== */
/* protocol helpers                                                          */
/* ======================================================================== */

Value dict_getitem(VM *vm, Dict *d, Value key) {
  Value v = dict_get(vm, d, key);
  if (v_isnull(v) && v_isnull(vm->exc)) types_raise_with(vm, vm->exc_KeyError, key);
  return v;
}

bool dict_delitem(VM *vm, Dict *d, Value key) {
  int r = dict_del(vm, d, key);
  if (r == 0) types_raise_with(vm, vm->exc_KeyError, key);
  return r == 1;
}

int dict_contains(VM *vm, Dict *d, Value key) {
  Value v = dict_get(vm, d, key);
  if (v_isnull(v)) return v_isnull(vm->exc) ? 0 : -1;
  return 1;
}

Str *dict_repr(VM *vm, Dict *d) {
  if (d->used == 0) return str_new(vm, "{}", 2);
  Value self = v_obj(d);
  int r = types_repr_enter(vm, self);
  if (r < 0) return NULL;
  if (r == 0) return str_new(vm, "{...}", 5);
  SBuf b;
  sbuf_init(&b);
  sbuf_putc(&b, '{');
  Value k, v;
  bool first = true;
  for (int64_t pos = 0; dict_next(d, &pos, &k, &v);) {
    if (!first) sbuf_put(&b, ", ", 2);
    first = false;
    Str *ks = vm_repr(vm, k);
    Str *vs = ks ? vm_repr(vm, v) : NULL;
    if (!vs) { sbuf_free(&b); types_repr_leave(vm, self); return NULL; }
    sbuf_putstr(&b, ks);
    sbuf_put(&b, ": ", 2);
    sbuf_putstr(&b, vs);
  }
  sbuf_putc(&b, '}');
  types_repr_leave(vm, self);
  return sbuf_finish(vm, &b);
}

int dict_eq(VM *vm, Dict *a, Dict *b) {
  if (a == b) return 1;
  if (a->used != b->used) return 0;
  Value k, v;
  for (int64_t pos = 0; dict_next(a, &pos, &k, &v);) {
    Value bv = dict_get(vm, b, k);
    if (v_isnull(bv)) return v_isnull(vm->exc) ? 0 : -1;
    if (v_same(v, bv)) continue;
    int eq = vm_equal(vm, v, bv);
    if (eq <= 0) return eq;
  }
  return 1;
}

/* CPython 2.7's characterize(): the smallest key of a whose value differs in
** b (or is missing from b). Returns 1 found, 0 none, -1 raised. */
static int characterize(VM *vm, Dict *a, Dict *b, Value *key, Value *val) {
  Value akey = v_null(), aval = v_null(), k, v;
  for (int64_t pos = 0; dict_next(a, &pos, &k, &v);) {
    if (!v_isnull(akey)) {
      Value lt = vm_compare(vm, CMP_LT, akey, k);
      if (v_isnull(lt)) return -1;
      int t = vm_truthy(vm, lt);
      if (t < 0) return -1;
      if (t) continue;
    }
    Value bv = dict_get(vm, b, k);
    int eq = 0;
    if (v_isnull(bv)) { if (!v_isnull(vm->exc)) return -1; }
    else {
      eq = v_same(v, bv) ? 1 : vm_equal(vm, v, bv);
      if (eq < 0) return -1;
    }
    if (!eq) { akey = k; aval = v; }
  }
  *key = akey;
  *val = aval;
  return v_isnull(akey) ? 0 : 1;
}

int dict_cmp3(VM *vm, Dict *a, Dict *b, int *out) {
  if (a->used != b->used) { *out = a->used < b->used ? -1 : 1; return 0; }
  Value adiff, aval, bdiff = v_null(), bval = v_null();
  int r = characterize(vm, a, b, &adiff, &aval);
  if (r < 0) return -1;
  if (r == 0) { *out = 0; return 0; }
  r = characterize(vm, b, a, &bdiff, &bval);
  if (r < 0) return -1;
  int res = 0;
  if (r > 0 && vm_cmp(vm, adiff, bdiff, &res) < 0) return -1;
  if (res == 0 && r > 0 && vm_cmp(vm, aval, bval, &res) < 0) return -1;
  *out = res;
  return 0;
}

bool dict_merge_kw(VM *vm, Dict *d, Dict *kw) {
  Value k, v;
  for (int64_t pos = 0; dict_next(kw, &pos, &k, &v);)
    if (!dict_set(vm, d, k, v)) return false;
  return true;
}

bool dict_update(VM *vm, Dict *d, Value other) {
  if (other.tag == T_DICT) {
    Dict *o = AS_DICT(other);
    if (o == d) return true;
    return dict_merge_kw(vm, d, o);
  }
  /* A mapping: anything with keys() (not a list/tuple/str). */
  if (other.tag == T_INSTANCE) {
    Value keys = vm_getattr_opt(vm, other, vm->s_keys);
    if (!v_isnull(keys)) {
      Value ks = vm_call0(vm, keys);
      if (v_isnull(ks)) return false;
      Value it = vm_iter(vm, ks);
      if (v_isnull(it)) return false;
      for (;;) {
        Value k = vm_next(vm, it);
        if (v_isnull(k)) return v_isnull(vm->exc);
        Value v = vm_getitem(vm, other, k);
        if (v_isnull(v) || !dict_set(vm, d, k, v)) return false;
      }
    }
    if (!v_isnull(vm->exc)) return false;
  }
  Value it = vm_iter(vm, other);
  if (v_isnull(it)) return false;
  for (int64_t n = 0;; n++) {
    Value item = vm_next(vm, it);
    if (v_isnull(item)) return v_isnull(vm->exc);
    Value pair = item;
    if (item.tag != T_TUPLE && item.tag != T_LIST) {
      pair = vm_to_tuple(vm, item);
      if (v_isnull(pair)) {
        if (vm_exc_matches(vm, vm->exc_TypeError)) {
          vm_exc_clear(vm);
          vm_raise(vm, vm->exc_TypeError,
                   "cannot convert dictionary update sequence element #%lld to a sequence",
                   (long long)n);
        }
        return false;
      }
    }
    int64_t len = pair.tag == T_TUPLE ? AS_TUPLE(pair)->len : AS_LIST(pair)->len;
    Value *items = pair.tag == T_TUPLE ? AS_TUPLE(pair)->items : AS_LIST(pair)->items;
    if (len != 2) {
      vm_raise(vm, vm->exc_ValueError,
               "dictionary update sequence element #%lld has length %lld; 2 is required",
               (long long)n, (long long)len);
      return false;
    }
    if (!dict_set(vm, d, items[0], items[1])) return false;
  }
}

/* which: 0 keys, 1 values, 2 items */
static List *dict_list(VM *vm, Dict *d, int which) {
  List *l = list_new(vm, d->used);
  if (!l) return NULL;
  Value k, v;
  int64_t n = 0;
  for (int64_t pos = 0; dict_next(d, &pos, &k, &v) && n < l->len;) {
    if (which == 0) l->items[n++] = k;
    else if (which == 1) l->items[n++] = v;
    else {
      Value kv[2] = {k, v};
      Tuple *t = tuple_from(vm, 2, kv);
      if (!t) return NULL;
      l->items[n++] = v_obj(t);
    }
  }
  return l;
}

List *dict_keys(VM *vm, Dict *d) { return dict_list(vm, d, 0); }
List *dict_values(VM *vm, Dict *d) { return dict_list(vm, d, 1); }
List *dict_items(VM *vm, Dict *d) { return dict_list(vm, d, 2); }

/* ======================================================================== */
/* iterators                                                                 */
/* ======================================================================== */

Value dict_iter_new(VM *vm, Value dict_or_set, IterKind kind) {
  Iter *it = gc_alloc(sizeof(Iter));
  if (!it) return vm_raise(vm, vm->exc_MemoryError, "out of memory");
  it->h.kind = T_ITER;
  Class *cls = v_isanyset(dict_or_set) ? vm->cls_setiter : vm->cls_iter[kind];
  it->h.cls = cls ? cls : vm->cls[T_ITER];
  it->ikind = kind;
  it->seq = dict_or_set;
  it->pos = 0;
  it->stop = v_isanyset(dict_or_set) ? set_len(AS_SET(dict_or_set)) : AS_DICT(dict_or_set)->used;
  it->step = 0;
  it->extra = v_null();
  return v_obj(it);
}

Value dict_iter_next(VM *vm, Iter *it) {
  if (v_isnull(it->seq)) return v_null();
  if (v_isanyset(it->seq)) {
    Set *s = AS_SET(it->seq);
    if (s->used != it->stop) {
      it->stop = -1;
      return vm_raise(vm, vm->exc_RuntimeError, "Set changed size during iteration");
    }
    while (s->table && it->pos <= s->mask) {
      SetEntry *e = &s->table[it->pos++];
      if (!v_isnull(e->key)) return e->key;
    }
    it->seq = v_null();
    return v_null();
  }
  Dict *d = AS_DICT(it->seq);
  if (d->used != it->stop) {
    it->stop = -1;
    return vm_raise(vm, vm->exc_RuntimeError, "dictionary changed size during iteration");
  }
  Value k, v;
  if (!dict_next(d, &it->pos, &k, &v)) {
    it->seq = v_null();
    return v_null();
  }
  if (it->ikind == IT_DICT_VALUES) return v;
  if (it->ikind == IT_DICT_ITEMS) {
    Value kv[2] = {k, v};
    Tuple *t = tuple_from(vm, 2, kv);
    return t ? v_obj(t) : v_null();
  }
  return k;
}

/* ======================================================================== */
/* methods                                                                   */
/* ======================================================================== */

static Value d_get(VM *vm, int argc, Value *argv, Dict *kw) {
  SELF_DICT("get");
  NARGS("*get", 1, 2);
  Value v = dict_get(vm, self, argv[1]);
  if (v_isnull(v)) {
    if (!v_isnull(vm->exc)) return v;
    return argc > 2 ? argv[2] : v_none();
  }
  return v;
}

#define LIST_METHOD(cname, pyname, which) \
  static Value cname(VM *vm, int argc, Value *argv, Dict *kw) { \
    SELF_DICT(pyname); \
    NARGS(pyname, 0, 0); \
    List *l = dict_list(vm, self, which); \
    return l ? v_obj(l) : v_null(); \
  }
LIST_METHOD(d_keys, "keys", 0)
LIST_METHOD(d_values, "values", 1)
LIST_METHOD(d_items, "items", 2)

#define ITER_METHOD(cname, pyname, kind) \
  static Value cname(VM *vm, int argc, Value *argv, Dict *kw) { \
    SELF_DICT(pyname); \
    NARGS(pyname, 0, 0); \
    return dict_iter_new(vm, argv[0], kind); \
  }
ITER_METHOD(d_iterkeys, "iterkeys", IT_DICT_KEYS)
ITER_METHOD(d_itervalues, "itervalues", IT_DICT_VALUES)
ITER_METHOD(d_iteritems, "iteritems", IT_DICT_ITEMS)

/* ---- views: dict_keys, dict_values, dict_items ---------------------------------------- */
/* View objects are instances (kind T_INSTANCE) of the builtin classes
** vm->cls_dictview[0..2], a C struct extending Instance, so the protocols
** reach their special methods as for any class. Keys and items views
** behave as sets in comparisons and &, |, -, ^ (results are sets). */

typedef struct DictView {
  Instance inst;
  Value dict;       /* the dict (T_DICT) */
  int which;        /* 0 keys, 1 values, 2 items */
} DictView;

static Value view_new(VM *vm, Value d, int which) {
  Class *c = vm->cls_dictview[which];
  if (!c) return vm_raise(vm, vm->exc_SystemError, "dict views missing");
  DictView *v = gc_alloc(sizeof(DictView));
  if (!v) return vm_raise(vm, vm->exc_MemoryError, "");
  v->inst.h.kind = T_INSTANCE;
  v->inst.h.cls = c;
  if (!c->root_map) c->root_map = map_new_root(vm, c);
  v->inst.map = c->root_map;
  v->dict = d;
  v->which = which;
  return v_obj(v);
}

static DictView *as_view(VM *vm, Value v, int which) {
  if (v.tag == T_INSTANCE && vm->cls_dictview[which] &&
      class_is_subclass(v.u.o->cls, vm->cls_dictview[which]))
    return (DictView *)v.u.o;
  static const char *const names[3] = {"dict_keys", "dict_values", "dict_items"};
  vm_raise(vm, vm->exc_TypeError, "descriptor requires a '%s' object but received a '%s'",
           names[which], vm_type_name(vm, v));
  return NULL;
}

static bool is_setlike_view(VM *vm, Value v) {
  if (v.tag != T_INSTANCE) return false;
  Class *c = v.u.o->cls;
  return (vm->cls_dictview[0] && class_is_subclass(c, vm->cls_dictview[0])) ||
         (vm->cls_dictview[2] && class_is_subclass(c, vm->cls_dictview[2]));
}

#define VIEW_SELF(which) \
  DictView *self = as_view(vm, argv[0], which); \
  if (!self) return v_null(); \
  Dict *d = AS_DICT(self->dict); (void)d

static Value view_len(VM *vm, int argc, Value *argv, Dict *kw, int which) {
  VIEW_SELF(which);
  return v_int(d->used);
}

static Value view_iter(VM *vm, int argc, Value *argv, Dict *kw, int which) {
  VIEW_SELF(which);
  static const IterKind kinds[3] = {IT_DICT_KEYS, IT_DICT_VALUES, IT_DICT_ITEMS};
  return dict_iter_new(vm, self->dict, kinds[which]);
}

static Value view_repr(VM *vm, int argc, Value *argv, Dict *kw, int which) {
  VIEW_SELF(which);
  static const char *const names[3] = {"dict_keys", "dict_values", "dict_items"};
  List *l = dict_list(vm, d, which);
  if (!l) return v_null();
  Str *r = list_repr(vm, l);
  if (!r) return v_null();
  Str *s = str_printf(vm, "%s(%S)", names[which], r);
  return s ? v_obj(s) : v_null();
}

static Value view_contains(VM *vm, int argc, Value *argv, Dict *kw, int which) {
  VIEW_SELF(which);
  Value x = argv[1];
  if (which == 0) {
    int r = dict_contains(vm, d, x);
    return r < 0 ? v_null() : v_bool(r);
  }
  if (which == 2) {
    if (x.tag != T_TUPLE || AS_TUPLE(x)->len != 2) return v_bool(false);
    Value v = dict_get(vm, d, AS_TUPLE(x)->items[0]);
    if (v_isnull(v)) return v_isnull(vm->exc) ? v_bool(false) : v_null();
    int r = vm_equal(vm, v, AS_TUPLE(x)->items[1]);
    return r < 0 ? v_null() : v_bool(r);
  }
  Value k, v;
  for (int64_t pos = 0; dict_next(d, &pos, &k, &v); ) {
    int r = vm_equal(vm, v, x);
    if (r) return r < 0 ? v_null() : v_bool(true);
  }
  return v_bool(false);
}

/* set(x) for a view operand or any iterable. */
static Value view_as_set(VM *vm, Value x) {
  Set *s = set_from_iterable(vm, x, false);
  return s ? v_obj(s) : v_null();
}

/* The set operations: set(a) op b, with a or b the view (reflected forms). */
static Value view_setop(VM *vm, int argc, Value *argv, Opcode op, bool reflected) {
  if (!is_setlike_view(vm, argv[0]))
    return vm_raise(vm, vm->exc_TypeError, "descriptor requires a dict view");
  Value a = reflected ? argv[1] : argv[0], b = reflected ? argv[0] : argv[1];
  Value sa = view_as_set(vm, a);
  if (v_isnull(sa)) return sa;
  Value sb = v_isanyset(b) ? b : view_as_set(vm, b);
  if (v_isnull(sb)) return sb;
  return set_binop(vm, op, sa, sb);
}

#define VIEW_SETOP(cname, op, refl) \
  static Value cname(VM *vm, int argc, Value *argv, Dict *kw) { \
    if (!types_nargs(vm, "op", argc - 1, 1, 1)) return v_null(); \
    return view_setop(vm, argc, argv, op, refl); \
  }
VIEW_SETOP(view_and, OP_INPLACE_AND, false)
VIEW_SETOP(view_or, OP_INPLACE_OR, false)
VIEW_SETOP(view_sub, OP_INPLACE_SUB, false)
VIEW_SETOP(view_xor, OP_INPLACE_XOR, false)
VIEW_SETOP(view_rand, OP_INPLACE_AND, true)
VIEW_SETOP(view_ror, OP_INPLACE_OR, true)
VIEW_SETOP(view_rsub, OP_INPLACE_SUB, true)
VIEW_SETOP(view_rxor, OP_INPLACE_XOR, true)

/* Comparisons with sets and set-like views: as sets; anything else:
** NotImplemented. */
static Value view_cmp(VM *vm, int argc, Value *argv, CmpOp op) {
  if (!types_nargs(vm, "cmp", argc - 1, 1, 1)) return v_null();
  if (!is_setlike_view(vm, argv[0])) return vm_not_implemented(vm);
  Value o = argv[1];
  if (!v_isanyset(o) && !is_setlike_view(vm, o)) return vm_not_implemented(vm);
  Value sa = view_as_set(vm, argv[0]);
  if (v_isnull(sa)) return sa;
  Value sb = v_isanyset(o) ? o : view_as_set(vm, o);
  if (v_isnull(sb)) return sb;
  return set_richcompare(vm, AS_SET(sa), sb, op);
}

#define VIEW_CMP(cname, op) \
  static Value cname(VM *vm, int argc, Value *argv, Dict *kw) { \
    return view_cmp(vm, argc, argv, op); \
  }
VIEW_CMP(view_lt, CMP_LT)
VIEW_CMP(view_le, CMP_LE)
VIEW_CMP(view_eq, CMP_EQ)
VIEW_CMP(view_ne, CMP_NE)
VIEW_CMP(view_gt, CMP_GT)
VIEW_CMP(view_ge, CMP_GE)

#define VIEW_FN(kind, which) \
  static Value kind##_len##which(VM *vm, int argc, Value *argv, Dict *kw) { \
    return view_len(vm, argc, argv, kw, which); } \
  static Value kind##_iter##which(VM *vm, int argc, Value *argv, Dict *kw) { \
    return view_iter(vm, argc, argv, kw, which); } \
  static Value kind##_repr##which(VM *vm, int argc, Value *argv, Dict *kw) { \
    return view_repr(vm, argc, argv, kw, which); } \
  static Value kind##_contains##which(VM *vm, int argc, Value *argv, Dict *kw) { \
    return view_contains(vm, argc, argv, kw, which); }
VIEW_FN(v, 0)
VIEW_FN(v, 1)
VIEW_FN(v, 2)

#define VIEW_METHOD(cname, pyname, which) \
  static Value cname(VM *vm, int argc, Value *argv, Dict *kw) { \
    SELF_DICT(pyname); \
    NARGS(pyname, 0, 0); \
    return view_new(vm, argv[0], which); \
  }
VIEW_METHOD(d_viewkeys, "viewkeys", 0)
VIEW_METHOD(d_viewvalues, "viewvalues", 1)
VIEW_METHOD(d_viewitems, "viewitems", 2)

static void view_init_types(VM *vm) {
  static const char *const names[3] = {"dict_keys", "dict_values", "dict_items"};
  static const CFn lens[3] = {v_len0, v_len1, v_len2};
  static const CFn iters[3] = {v_iter0, v_iter1, v_iter2};
  static const CFn reprs[3] = {v_repr0, v_repr1, v_repr2};
  static const CFn contains[3] = {v_contains0, v_contains1, v_contains2};
  static const struct { const char *name; CFn fn; } setops[] = {
    {"__and__", view_and}, {"__or__", view_or}, {"__sub__", view_sub}, {"__xor__", view_xor},
    {"__rand__", view_rand}, {"__ror__", view_ror}, {"__rsub__", view_rsub},
    {"__rxor__", view_rxor}, {"__lt__", view_lt}, {"__le__", view_le}, {"__eq__", view_eq},
    {"__ne__", view_ne}, {"__gt__", view_gt}, {"__ge__", view_ge},
  };
  for (int w = 0; w < 3; w++) {
    Class *c = class_new_builtin(vm, names[w], NULL, T_INSTANCE, CLS_FINAL);
    if (!c) { vm_exc_clear(vm); continue; }
    vm->cls_dictview[w] = c;
    vm_add_method(vm, c, "__len__", lens[w], 0, 0, false);
    vm_add_method(vm, c, "__iter__", iters[w], 0, 0, false);
    vm_add_method(vm, c, "__repr__", reprs[w], 0, 0, false);
    if (w != 1) {
      vm_add_method(vm, c, "__contains__", contains[w], 1, 1, false);
      for (size_t i = 0; i < sizeof setops / sizeof setops[0]; i++)
        vm_add_method(vm, c, setops[i].name, setops[i].fn, 1, 1, false);
      dict_set_str(vm, c->dict, vm->s___hash__, v_none());
    }
    class_update_flags(vm, c);
  }
}

static Value d_has_key(VM *vm, int argc, Value *argv, Dict *kw) {
  SELF_DICT("has_key");
  NARGS("has_key", 1, 1);
  int r = dict_contains(vm, self, argv[1]);
  return r < 0 ? v_null() : v_bool(r);
}

static Value d_contains(VM *vm, int argc, Value *argv, Dict *kw) {
  SELF_DICT("__contains__");
  NARGS("__contains__", 1, 1);
  int r = dict_contains(vm, self, argv[1]);
  return r < 0 ? v_null() : v_bool(r);
}

static Value d_pop(VM *vm, int argc, Value *argv, Dict *kw) {
  SELF_DICT("pop");
  NARGS("*pop", 1, 2);
  if (self->used == 0) {   /* CPython checks this before hashing the key */
    if (argc > 2) return argv[2];
    types_raise_with(vm, vm->exc_KeyError, argv[1]);
    return v_null();
  }
  int64_t h, slot;
  if (!types_hash(vm, argv[1], &h)) return v_null();
  int64_t ix = self->used ? lookup(vm, self, argv[1], h, &slot) : -1;
  if (ix == -2) return v_null();
  if (ix < 0) {
    if (argc > 2) return argv[2];
    types_raise_with(vm, vm->exc_KeyError, argv[1]);
    return v_null();
  }
  Value v = self->entries[ix].value;
  remove_entry(self, ix);
  return v;
}

static Value d_popitem(VM *vm, int argc, Value *argv, Dict *kw) {
  SELF_DICT("popitem");
  NARGS("popitem", 0, 0);
  if (self->used == 0) {
    Str *m = str_from_cstr(vm, "popitem(): dictionary is empty");
    if (m) types_raise_with(vm, vm->exc_KeyError, v_obj(m));
    return v_null();
  }
  int64_t ix = self->nentries - 1;
  while (v_isnull(self->entries[ix].key)) ix--;
  Value kv[2] = {self->entries[ix].key, self->entries[ix].value};
  Tuple *t = tuple_from(vm, 2, kv);
  if (!t) return v_null();
  remove_entry(self, ix);
  return v_obj(t);
}

static Value d_setdefault(VM *vm, int argc, Value *argv, Dict *kw) {
  SELF_DICT("setdefault");
  NARGS("*setdefault", 1, 2);
  Value v = dict_get(vm, self, argv[1]);
  if (!v_isnull(v)) return v;
  if (!v_isnull(vm->exc)) return v_null();
  Value dflt = argc > 2 ? argv[2] : v_none();
  return dict_set(vm, self, argv[1], dflt) ? dflt : v_null();
}

static Value d_update(VM *vm, int argc, Value *argv, Dict *kw) {
  SELF_DICT("update");
  NARGS("*update", 0, 1);
  if (argc > 1 && !dict_update(vm, self, argv[1])) return v_null();
  if (kw && !dict_merge_kw(vm, self, kw)) return v_null();
  return v_none();
}

static Value d_clear(VM *vm, int argc, Value *argv, Dict *kw) {
  SELF_DICT("clear");
  NARGS("clear", 0, 0);
  dict_clear(vm, self);
  return v_none();
}

static Value d_copy(VM *vm, int argc, Value *argv, Dict *kw) {
  SELF_DICT("copy");
  NARGS("copy", 0, 0);
  Dict *r = dict_copy(vm, self);
  return r ? v_obj(r) : v_null();
}

/* dict.fromkeys(seq[, value]): a classmethod; argv[0] is the class. */
static Value d_fromkeys(VM *vm, int argc, Value *argv, Dict *kw) {
  NARGS("*fromkeys", 1, 2);
  Value fill = argc > 2 ? argv[2] : v_none();
  Value dv;
  if (argv[0].tag == T_CLASS && AS_CLASS(argv[0]) != vm->cls[T_DICT]) {
    dv = vm_call0(vm, argv[0]);
    if (v_isnull(dv)) return dv;
  } else {
    Dict *d = dict_new(vm);
    if (!d) return v_null();
    dv = v_obj(d);
  }
  Value it = vm_iter(vm, argv[1]);
  if (v_isnull(it)) return v_null();
  for (;;) {
    Value k = vm_next(vm, it);
    if (v_isnull(k)) return v_isnull(vm->exc) ? dv : v_null();
    bool ok = dv.tag == T_DICT ? dict_set(vm, AS_DICT(dv), k, fill) : vm_setitem(vm, dv, k, fill);
    if (!ok) return v_null();
  }
}

static Value d_getitem(VM *vm, int argc, Value *argv, Dict *kw) {
  SELF_DICT("__getitem__");
  NARGS("__getitem__", 1, 1);
  if (self->h.cls && self->h.cls != vm->cls[T_DICT]) {
    /* dict_subscript: a subclass's __missing__ supplies absent keys. */
    Value v = dict_get(vm, self, argv[1]);
    if (!v_isnull(v) || !v_isnull(vm->exc)) return v;
    Class *owner;
    Value m = class_lookup_owner(vm, self->h.cls, str_intern_cstr(vm, "__missing__"), &owner);
    if (!v_isnull(m)) return vm_call_with_self(vm, m, owner, argv[0], 1, &argv[1]);
  }
  return dict_getitem(vm, self, argv[1]);
}

static Value d_setitem(VM *vm, int argc, Value *argv, Dict *kw) {
  SELF_DICT("__setitem__");
  NARGS("@ __setitem__", 2, 2);
  return dict_set(vm, self, argv[1], argv[2]) ? v_none() : v_null();
}

static Value d_delitem(VM *vm, int argc, Value *argv, Dict *kw) {
  SELF_DICT("__delitem__");
  NARGS("@__delitem__", 1, 1);
  return dict_delitem(vm, self, argv[1]) ? v_none() : v_null();
}

static Value d_len(VM *vm, int argc, Value *argv, Dict *kw) {
  SELF_DICT("__len__");
  NARGS("@__len__", 0, 0);
  return v_int(self->used);
}

void dict_init_type(VM *vm) {
  if (vm->interned && !vm->interned->h.cls) vm->interned->h.cls = vm->cls[T_DICT];
  Class *cls = vm->cls[T_DICT];
  if (!cls) return;
  static const struct { const char *name; CFn fn; bool kw; } methods[] = {
    {"get", d_get, false}, {"keys", d_keys, false}, {"values", d_values, false},
    {"items", d_items, false}, {"iterkeys", d_iterkeys, false},
    {"itervalues", d_itervalues, false}, {"iteritems", d_iteritems, false},
    {"has_key", d_has_key, false}, {"__contains__", d_contains, false},
    {"pop", d_pop, false}, {"popitem", d_popitem, false},
    {"setdefault", d_setdefault, false}, {"update", d_update, true},
    {"clear", d_clear, false}, {"copy", d_copy, false},
    {"__getitem__", d_getitem, false}, {"__setitem__", d_setitem, false},
    {"__delitem__", d_delitem, false}, {"__len__", d_len, false},
    {"viewkeys", d_viewkeys, false}, {"viewvalues", d_viewvalues, false},
    {"viewitems", d_viewitems, false},
  };
  view_init_types(vm);
  types_add_richcmp(vm, cls);
  dict_set_str(vm, cls->dict, vm->s___hash__, v_none());
  for (size_t i = 0; i < sizeof methods / sizeof methods[0]; i++)
    vm_add_method(vm, cls, methods[i].name, methods[i].fn, 0, -1, methods[i].kw);
  /* fromkeys is a classmethod: wrap the function. */
  CFunc *f = cfunc_new(vm, "fromkeys", d_fromkeys, 0, -1, false);
  Wrapper *w = f ? gc_alloc(sizeof(Wrapper)) : NULL;
  Str *name = str_intern_cstr(vm, "fromkeys");
  if (!w || !name || !cls->dict) return;
  w->h.kind = T_CLASSMETHOD;
  w->h.cls = vm->cls[T_CLASSMETHOD];
  w->func = v_obj(f);
  dict_set_str(vm, cls->dict, name, v_obj(w));
}
