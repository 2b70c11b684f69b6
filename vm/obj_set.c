/*
** obj_set.c: set and frozenset. The table is CPython 2.7's setobject.c
** (open addressing, the same probe sequence, fill/resize rules, pop finger
** and algorithms for the set operations), so iteration order, repr and
** frozenset hashes match CPython for ints and strs.
*/
#include <string.h>

#include "vm/vm.h"
#include "vm/types.h"
#include "gc/gc.h"

#define SET_MINSIZE 8
#define PERTURB_SHIFT 5

#define NARGS(name, min, max) \
  if (!types_nargs(vm, name, argc - 1, min, max)) return v_null()
#define SELF_SET(name) \
  if (!v_isanyset(argv[0])) \
    return vm_raise(vm, vm->exc_TypeError, \
      "descriptor '%s' requires a 'set' object but received a '%s'", name, \
      vm_type_name(vm, argv[0])); \
  Set *self = AS_SET(argv[0]); (void)self

static inline bool is_dummy(Value k) { return k.tag == T_NULL && k.aux == 1; }
static inline Value dummy(void) { Value v = v_null(); v.aux = 1; return v; }

/* ======================================================================== */
/* the table                                                                 */
/* ======================================================================== */

static SetEntry *new_table(VM *vm, int64_t size) {
  SetEntry *t = gc_alloc((size_t)size * sizeof(SetEntry));
  if (!t) vm_raise(vm, vm->exc_MemoryError, "out of memory");
  return t;
}

Set *set_new(VM *vm, bool frozen) {
  Set *s = gc_alloc(sizeof(Set));
  SetEntry *t = s ? new_table(vm, SET_MINSIZE) : NULL;
  if (!t) {
    if (!s) vm_raise(vm, vm->exc_MemoryError, "out of memory");
    return NULL;
  }
  s->h.kind = frozen ? T_FROZENSET : T_SET;
  s->h.cls = vm->cls[frozen ? T_FROZENSET : T_SET];
  s->table = t;
  s->mask = SET_MINSIZE - 1;
  s->hash = -1;
  return s;
}

int64_t set_len(Set *s) { return s->used; }

/* CPython's set_lookkey: the entry holding key, or the slot to put it in.
** NULL when a comparison raised. */
static SetEntry *lookkey(VM *vm, Set *so, Value key, int64_t hash) {
restart:;
  SetEntry *table = so->table;
  uint64_t mask = (uint64_t)so->mask;
  uint64_t i = (uint64_t)hash & mask;
  SetEntry *entry = &table[i], *freeslot = NULL;
  if (v_isnull(entry->key) && !is_dummy(entry->key)) return entry;
  if (v_same(entry->key, key)) return entry;
  if (is_dummy(entry->key)) freeslot = entry;
  else if (entry->hash == hash) {
    Value startkey = entry->key;
    int cmp = types_key_eq(vm, startkey, key);
    if (cmp < 0) return NULL;
    if (table != so->table || !v_same(entry->key, startkey)) goto restart;
    if (cmp > 0) return entry;
  }
  for (uint64_t perturb = (uint64_t)hash;; perturb >>= PERTURB_SHIFT) {
    i = (i << 2) + i + perturb + 1;
    entry = &table[i & mask];
    if (v_isnull(entry->key) && !is_dummy(entry->key)) return freeslot ? freeslot : entry;
    if (v_same(entry->key, key)) return entry;
    if (entry->hash == hash && !is_dummy(entry->key)) {
      Value startkey = entry->key;
      int cmp = types_key_eq(vm, startkey, key);
      if (cmp < 0) return NULL;
      if (table != so->table || !v_same(entry->key, startkey)) goto restart;
      if (cmp > 0) return entry;
    } else if (is_dummy(entry->key) && !freeslot) {
      freeslot = entry;
    }
  }
}

static void insert_clean(Set *so, Value key, int64_t hash) {
  uint64_t mask = (uint64_t)so->mask;
  uint64_t i = (uint64_t)hash & mask;
  SetEntry *entry = &so->table[i];
  for (uint64_t perturb = (uint64_t)hash; !v_isnull(entry->key) || is_dummy(entry->key);
       perturb >>= PERTURB_SHIFT) {
    i = (i << 2) + i + perturb + 1;
    entry = &so->table[i & mask];
  }
  so->fill++;
  entry->key = key;
  entry->hash = hash;
  so->used++;
}

static bool insert_key(VM *vm, Set *so, Value key, int64_t hash) {
  SetEntry *entry = lookkey(vm, so, key, hash);
  if (!entry) return false;
  if (v_isnull(entry->key)) {
    if (!is_dummy(entry->key)) so->fill++;
    entry->key = key;
    entry->hash = hash;
    so->used++;
  }
  return true;
}

static bool table_resize(VM *vm, Set *so, int64_t minused) {
  int64_t newsize = SET_MINSIZE;
  while (newsize <= minused && newsize > 0) newsize <<= 1;
  SetEntry *newtable = new_table(vm, newsize);
  if (!newtable) return false;
  SetEntry *old = so->table;
  int64_t oldsize = so->mask + 1;
  so->table = newtable;
  so->mask = newsize - 1;
  so->fill = so->used = 0;
  for (int64_t i = 0; i < oldsize; i++)
    if (!v_isnull(old[i].key)) insert_clean(so, old[i].key, old[i].hash);
  return true;
}

static bool add_entry(VM *vm, Set *so, Value key, int64_t hash) {
  int64_t n_used = so->used;
  if (!insert_key(vm, so, key, hash)) return false;
  if (!(so->used > n_used && so->fill * 3 >= (so->mask + 1) * 2)) return true;
  return table_resize(vm, so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

/* The hash of a key; a set key is hashed as a frozenset (for lookups). */
static bool key_hash(VM *vm, Value key, int64_t *h) {
  if (key.tag == T_FROZENSET) return frozenset_hash(vm, AS_SET(key), h);
  return types_hash(vm, key, h);
}

bool set_add(VM *vm, Set *s, Value key) {
  int64_t h;
  if (!key_hash(vm, key, &h)) return false;
  return add_entry(vm, s, key, h);
}

/* 1 present, 0 absent, -1 raised. */
static int contains_entry(VM *vm, Set *so, Value key, int64_t hash) {
  SetEntry *e = lookkey(vm, so, key, hash);
  if (!e) return -1;
  return !v_isnull(e->key);
}

/* DISCARD: 1 found, 0 not found, -1 raised. */
static int discard_entry(VM *vm, Set *so, Value key, int64_t hash) {
  SetEntry *e = lookkey(vm, so, key, hash);
  if (!e) return -1;
  if (v_isnull(e->key)) return 0;
  e->key = dummy();
  so->used--;
  return 1;
}

/* A set used as a key is looked up as the equal frozenset. */
static bool lookup_key(VM *vm, Value *key, int64_t *h) {
  if (key->tag == T_SET) {
    Set *f = set_new(vm, true);
    if (!f) return false;
    Set *s = AS_SET(*key);
    for (int64_t i = 0; i <= s->mask; i++)
      if (!v_isnull(s->table[i].key) && !add_entry(vm, f, s->table[i].key, s->table[i].hash))
        return false;
    *key = v_obj(f);
  }
  return key_hash(vm, *key, h);
}

int set_contains(VM *vm, Set *s, Value key) {
  int64_t h;
  if (!lookup_key(vm, &key, &h)) return -1;
  return contains_entry(vm, s, key, h);
}

int set_discard(VM *vm, Set *s, Value key) {
  int64_t h;
  if (!lookup_key(vm, &key, &h)) return -1;
  return discard_entry(vm, s, key, h);
}

static void set_clear_internal(VM *vm, Set *so) {
  SetEntry *t = new_table(vm, SET_MINSIZE);
  if (!t) { vm_exc_clear(vm); memset(so->table, 0, (size_t)(so->mask + 1) * sizeof(SetEntry)); }
  else { so->table = t; so->mask = SET_MINSIZE - 1; }
  so->fill = so->used = 0;
}

static bool set_merge(VM *vm, Set *so, Set *other) {
  if (other == so || other->used == 0) return true;
  if ((so->fill + other->used) * 3 >= (so->mask + 1) * 2 &&
      !table_resize(vm, so, (so->used + other->used) * 2))
    return false;
  for (int64_t i = 0; i <= other->mask; i++) {
    SetEntry *e = &other->table[i];
    if (!v_isnull(e->key) && !insert_key(vm, so, e->key, e->hash)) return false;
  }
  return true;
}

static bool set_update_internal(VM *vm, Set *so, Value other) {
  if (v_isanyset(other)) return set_merge(vm, so, AS_SET(other));
  if (other.tag == T_DICT) {
    Dict *d = AS_DICT(other);
    if ((so->fill + d->used) * 3 >= (so->mask + 1) * 2 &&
        !table_resize(vm, so, (so->used + d->used) * 2))
      return false;
    Value k;
    for (int64_t pos = 0; dict_next(d, &pos, &k, NULL);) {
      int64_t h;
      if (!key_hash(vm, k, &h) || !insert_key(vm, so, k, h)) return false;
    }
    return true;
  }
  if (other.tag == T_LIST || other.tag == T_TUPLE) {
    Value *items = other.tag == T_LIST ? AS_LIST(other)->items : AS_TUPLE(other)->items;
    int64_t n = other.tag == T_LIST ? AS_LIST(other)->len : AS_TUPLE(other)->len;
    for (int64_t i = 0; i < n; i++) {
      if (!set_add(vm, so, items[i])) return false;
      if (other.tag == T_LIST) {  /* the list may change under __hash__/__eq__ */
        items = AS_LIST(other)->items;
        n = AS_LIST(other)->len;
      }
    }
    return true;
  }
  Value it = vm_iter(vm, other);
  if (v_isnull(it)) return false;
  for (;;) {
    Value k = vm_next(vm, it);
    if (v_isnull(k)) return v_isnull(vm->exc);
    if (!set_add(vm, so, k)) return false;
  }
}

Set *set_from_iterable(VM *vm, Value iterable, bool frozen) {
  Set *s = set_new(vm, frozen);
  if (!s) return NULL;
  if (!v_isnull(iterable) && !set_update_internal(vm, s, iterable)) return NULL;
  return s;
}

/* A new set of the same kind (set / frozenset) as so, with its items. */
static Set *set_copy_as(VM *vm, Set *so, bool frozen) {
  Set *r = set_new(vm, frozen);
  if (!r || !set_merge(vm, r, so)) return NULL;
  return r;
}

static bool is_frozen(Set *s) { return s->h.kind == T_FROZENSET; }

/* Replace so's contents with tmp's (set_swap_bodies). */
static void take_body(Set *so, Set *tmp) {
  so->table = tmp->table;
  so->mask = tmp->mask;
  so->fill = tmp->fill;
  so->used = tmp->used;
  so->hash = -1;
}

/* ======================================================================== */
/* set algebra (CPython's algorithms, for identical iteration order)         */
/* ======================================================================== */

static Set *set_intersection(VM *vm, Set *so, Value other) {
  bool frozen = is_frozen(so);
  if (v_isanyset(other) && AS_SET(other) == so) return set_copy_as(vm, so, frozen);
  Set *result = set_new(vm, frozen);
  if (!result) return NULL;
  if (v_isanyset(other)) {
    Set *o = AS_SET(other), *s = so;
    if (o->used > s->used) { Set *t = s; s = o; o = t; }
    for (int64_t i = 0; i <= o->mask; i++) {
      SetEntry *e = &o->table[i];
      if (v_isnull(e->key)) continue;
      Value k = e->key;
      int64_t h = e->hash;
      int rv = contains_entry(vm, s, k, h);
      if (rv < 0) return NULL;
      if (rv && !add_entry(vm, result, k, h)) return NULL;
    }
    return result;
  }
  Value it = vm_iter(vm, other);
  if (v_isnull(it)) return NULL;
  for (;;) {
    Value k = vm_next(vm, it);
    if (v_isnull(k)) return v_isnull(vm->exc) ? result : NULL;
    int64_t h;
    if (!key_hash(vm, k, &h)) return NULL;
    int rv = contains_entry(vm, so, k, h);
    if (rv < 0) return NULL;
    if (rv && !add_entry(vm, result, k, h)) return NULL;
  }
}

static bool set_difference_update_internal(VM *vm, Set *so, Value other) {
  if (v_isanyset(other) && AS_SET(other) == so) { set_clear_internal(vm, so); return true; }
  if (v_isanyset(other)) {
    Set *o = AS_SET(other);
    for (int64_t i = 0; i <= o->mask; i++) {
      SetEntry *e = &o->table[i];
      if (!v_isnull(e->key) && discard_entry(vm, so, e->key, e->hash) < 0) return false;
    }
  } else {
    Value it = vm_iter(vm, other);
    if (v_isnull(it)) return false;
    for (;;) {
      Value k = vm_next(vm, it);
      if (v_isnull(k)) { if (!v_isnull(vm->exc)) return false; break; }
      if (set_discard(vm, so, k) < 0) return false;
    }
  }
  if ((so->fill - so->used) * 5 < so->mask) return true;
  return table_resize(vm, so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

static Set *set_difference(VM *vm, Set *so, Value other) {
  bool frozen = is_frozen(so);
  if (!v_isanyset(other) && other.tag != T_DICT) {
    Set *r = set_copy_as(vm, so, frozen);
    if (!r || !set_difference_update_internal(vm, r, other)) return NULL;
    return r;
  }
  Set *result = set_new(vm, frozen);
  if (!result) return NULL;
  for (int64_t i = 0; i <= so->mask; i++) {
    SetEntry *e = &so->table[i];
    if (v_isnull(e->key)) continue;
    Value k = e->key;
    int64_t h = e->hash;
    int rv;
    if (other.tag == T_DICT) rv = dict_contains(vm, AS_DICT(other), k);
    else rv = contains_entry(vm, AS_SET(other), k, h);
    if (rv < 0) return NULL;
    if (!rv && !add_entry(vm, result, k, h)) return NULL;
  }
  return result;
}

static bool set_symmetric_difference_update(VM *vm, Set *so, Value other) {
  if (v_isanyset(other) && AS_SET(other) == so) { set_clear_internal(vm, so); return true; }
  Set *o;
  if (v_isanyset(other)) o = AS_SET(other);
  else {
    o = set_from_iterable(vm, other, is_frozen(so));
    if (!o) return false;
  }
  for (int64_t i = 0; i <= o->mask; i++) {
    SetEntry *e = &o->table[i];
    if (v_isnull(e->key)) continue;
    Value k = e->key;
    int64_t h = e->hash;
    int rv = discard_entry(vm, so, k, h);
    if (rv < 0) return false;
    if (rv == 0 && !add_entry(vm, so, k, h)) return false;
  }
  return true;
}

static Set *set_symmetric_difference(VM *vm, Set *so, Value other) {
  Set *r = set_from_iterable(vm, other, is_frozen(so));
  if (!r || !set_symmetric_difference_update(vm, r, v_obj(so))) return NULL;
  return r;
}

/* so <= other. 1, 0, -1. */
static int set_issubset(VM *vm, Set *so, Value other) {
  if (!v_isanyset(other)) {
    Set *tmp = set_from_iterable(vm, other, false);
    if (!tmp) return -1;
    other = v_obj(tmp);
  }
  Set *o = AS_SET(other);
  if (so->used > o->used) return 0;
  for (int64_t i = 0; i <= so->mask; i++) {
    SetEntry *e = &so->table[i];
    if (v_isnull(e->key)) continue;
    int rv = contains_entry(vm, o, e->key, e->hash);
    if (rv <= 0) return rv;
  }
  return 1;
}

static int set_issuperset(VM *vm, Set *so, Value other) {
  if (v_isanyset(other)) return set_issubset(vm, AS_SET(other), v_obj(so));
  Set *tmp = set_from_iterable(vm, other, false);
  if (!tmp) return -1;
  return set_issubset(vm, tmp, v_obj(so));
}

bool frozenset_hash(VM *vm, Set *so, int64_t *out) {
  if (so->hash != -1) { *out = so->hash; return true; }
  uint64_t hash = 1927868237u;
  hash *= (uint64_t)so->used + 1;
  for (int64_t i = 0; i <= so->mask; i++) {
    SetEntry *e = &so->table[i];
    if (v_isnull(e->key)) continue;
    uint64_t h = (uint64_t)e->hash;
    hash ^= (h ^ (h << 16) ^ 89869747u) * 3644798167u;
  }
  hash = hash * 69069u + 907133923u;
  int64_t r = (int64_t)hash;
  if (r == -1) r = 590923713;
  so->hash = r;
  *out = r;
  return true;
}

int set_eq(VM *vm, Set *a, Set *b) {
  if (a == b) return 1;
  if (a->used != b->used) return 0;
  if (a->hash != -1 && b->hash != -1 && a->hash != b->hash) return 0;
  return set_issubset(vm, a, v_obj(b));
}

Value set_richcompare(VM *vm, Set *a, Value b, CmpOp op) {
  if (!v_isanyset(b)) {
    if (op == CMP_EQ) return v_bool(false);
    if (op == CMP_NE) return v_bool(true);
    return v_null();  /* NotImplemented: py2 falls back to the default order */
  }
  Set *o = AS_SET(b);
  int r;
  switch (op) {
  case CMP_EQ: r = set_eq(vm, a, o); break;
  case CMP_NE: r = set_eq(vm, a, o); if (r >= 0) r = !r; break;
  case CMP_LE: r = set_issubset(vm, a, b); break;
  case CMP_GE: r = set_issuperset(vm, a, b); break;
  case CMP_LT: r = a->used < o->used ? set_issubset(vm, a, b) : 0; break;
  case CMP_GT: r = a->used > o->used ? set_issuperset(vm, a, b) : 0; break;
  default: return vm_raise(vm, vm->exc_TypeError, "can only compare to a set");
  }
  return r < 0 ? v_null() : v_bool(r);
}

Value set_binop(VM *vm, Opcode op, Value a, Value b) {
  if (!v_isanyset(a) || !v_isanyset(b)) return v_null();
  Set *so = AS_SET(a);
  bool inplace = so->h.kind == T_SET;
  Set *r = NULL;
  switch (op) {
  case OP_INPLACE_OR:
    if (inplace) return set_update_internal(vm, so, b) ? a : v_null();
    /* fall through */
  case OP_BINARY_OR:
    r = set_copy_as(vm, so, is_frozen(so));
    if (r && !set_update_internal(vm, r, b)) r = NULL;
    break;
  case OP_INPLACE_AND:
    if (inplace) {
      r = set_intersection(vm, so, b);
      if (!r) return v_null();
      take_body(so, r);
      return a;
    }
    /* fall through */
  case OP_BINARY_AND: r = set_intersection(vm, so, b); break;
  case OP_INPLACE_SUB:
    if (inplace) return set_difference_update_internal(vm, so, b) ? a : v_null();
    /* fall through */
  case OP_BINARY_SUB: r = set_difference(vm, so, b); break;
  case OP_INPLACE_XOR:
    if (inplace) return set_symmetric_difference_update(vm, so, b) ? a : v_null();
    /* fall through */
  case OP_BINARY_XOR: r = set_symmetric_difference(vm, so, b); break;
  default: return v_null();
  }
  return r ? v_obj(r) : v_null();
}

Str *set_repr(VM *vm, Set *s) {
  Value self = v_obj(s);
  const char *tn = vm_type_name(vm, self);
  int st = types_repr_enter(vm, self);
  if (st < 0) return NULL;
  if (st == 0) return str_printf(vm, "%s(...)", tn);
  List *keys = list_new(vm, 0);
  Str *lr = NULL;
  if (keys) {
    for (int64_t i = 0; i <= s->mask; i++)
      if (!v_isnull(s->table[i].key) && !list_append(vm, keys, s->table[i].key)) { keys = NULL; break; }
    if (keys) lr = list_repr(vm, keys);
  }
  types_repr_leave(vm, self);
  if (!lr) return NULL;
  return str_printf(vm, "%s(%S)", tn, lr);
}

/* ======================================================================== */
/* methods                                                                   */
/* ======================================================================== */

#define RET_SET(expr) do { Set *r_ = (expr); return r_ ? v_obj(r_) : v_null(); } while (0)

static Value s_add(VM *vm, int argc, Value *argv, Dict *kw) {
  SELF_SET("add");
  NARGS("add", 1, 1);
  return set_add(vm, self, argv[1]) ? v_none() : v_null();
}

static Value s_remove(VM *vm, int argc, Value *argv, Dict *kw) {
  SELF_SET("remove");
  NARGS("remove", 1, 1);
  int r = set_discard(vm, self, argv[1]);
  if (r < 0) return v_null();
  if (r == 0) { types_raise_with(vm, vm->exc_KeyError, argv[1]); return v_null(); }
  return v_none();
}

static Value s_discard(VM *vm, int argc, Value *argv, Dict *kw) {
  SELF_SET("discard");
  NARGS("discard", 1, 1);
  return set_discard(vm, self, argv[1]) < 0 ? v_null() : v_none();
}

static Value s_pop(VM *vm, int argc, Value *argv, Dict *kw) {
  SELF_SET("pop");
  NARGS("pop", 0, 0);
  Set *so = self;
  if (so->used == 0) {
    Str *m = str_from_cstr(vm, "pop from an empty set");
    if (m) types_raise_with(vm, vm->exc_KeyError, v_obj(m));
    return v_null();
  }
  int64_t i = 0;
  SetEntry *entry = &so->table[0];
  if (v_isnull(entry->key)) {
    i = entry->hash;
    if (i > so->mask || i < 1) i = 1;
    while (v_isnull((entry = &so->table[i])->key)) {
      i++;
      if (i > so->mask) i = 1;
    }
  }
  Value key = entry->key;
  entry->key = dummy();
  so->used--;
  so->table[0].hash = i + 1;
  return key;
}

static Value s_clear(VM *vm, int argc, Value *argv, Dict *kw) {
  SELF_SET("clear");
  NARGS("clear", 0, 0);
  set_clear_internal(vm, self);
  return v_none();
}

static Value s_copy(VM *vm, int argc, Value *argv, Dict *kw) {
  SELF_SET("copy");
  NARGS("copy", 0, 0);
  if (is_frozen(self) && self->h.cls == vm->cls[T_FROZENSET]) return argv[0];
  RET_SET(set_copy_as(vm, self, is_frozen(self)));
}

static Value s_update(VM *vm, int argc, Value *argv, Dict *kw) {
  SELF_SET("update");
  for (int i = 1; i < argc; i++)
    if (!set_update_internal(vm, self, argv[i])) return v_null();
  return v_none();
}

static Value s_union(VM *vm, int argc, Value *argv, Dict *kw) {
  SELF_SET("union");
  Set *r = set_copy_as(vm, self, is_frozen(self));
  for (int i = 1; r && i < argc; i++)
    if (!set_update_internal(vm, r, argv[i])) r = NULL;
  RET_SET(r);
}

static Value s_intersection(VM *vm, int argc, Value *argv, Dict *kw) {
  SELF_SET("intersection");
  if (argc == 1) RET_SET(set_copy_as(vm, self, is_frozen(self)));
  Set *r = self;
  for (int i = 1; r && i < argc; i++) r = set_intersection(vm, r, argv[i]);
  RET_SET(r);
}

static Value s_intersection_update(VM *vm, int argc, Value *argv, Dict *kw) {
  SELF_SET("intersection_update");
  Set *r = self;
  for (int i = 1; r && i < argc; i++) r = set_intersection(vm, r, argv[i]);
  if (!r) return v_null();
  if (r != self) take_body(self, r);
  return v_none();
}

static Value s_difference(VM *vm, int argc, Value *argv, Dict *kw) {
  SELF_SET("difference");
  if (argc == 1) RET_SET(set_copy_as(vm, self, is_frozen(self)));
  Set *r = set_difference(vm, self, argv[1]);
  for (int i = 2; r && i < argc; i++)
    if (!set_difference_update_internal(vm, r, argv[i])) r = NULL;
  RET_SET(r);
}

static Value s_difference_update(VM *vm, int argc, Value *argv, Dict *kw) {
  SELF_SET("difference_update");
  for (int i = 1; i < argc; i++)
    if (!set_difference_update_internal(vm, self, argv[i])) return v_null();
  return v_none();
}

static Value s_symmetric_difference(VM *vm, int argc, Value *argv, Dict *kw) {
  SELF_SET("symmetric_difference");
  NARGS("symmetric_difference", 1, 1);
  RET_SET(set_symmetric_difference(vm, self, argv[1]));
}

static Value s_symmetric_difference_update(VM *vm, int argc, Value *argv, Dict *kw) {
  SELF_SET("symmetric_difference_update");
  NARGS("symmetric_difference_update", 1, 1);
  return set_symmetric_difference_update(vm, self, argv[1]) ? v_none() : v_null();
}

static Value s_issubset(VM *vm, int argc, Value *argv, Dict *kw) {
  SELF_SET("issubset");
  NARGS("issubset", 1, 1);
  int r = set_issubset(vm, self, argv[1]);
  return r < 0 ? v_null() : v_bool(r);
}

static Value s_issuperset(VM *vm, int argc, Value *argv, Dict *kw) {
  SELF_SET("issuperset");
  NARGS("issuperset", 1, 1);
  int r = set_issuperset(vm, self, argv[1]);
  return r < 0 ? v_null() : v_bool(r);
}

static Value s_isdisjoint(VM *vm, int argc, Value *argv, Dict *kw) {
  SELF_SET("isdisjoint");
  NARGS("isdisjoint", 1, 1);
  Value other = argv[1];
  if (v_isanyset(other)) {
    Set *o = AS_SET(other), *s = self;
    if (o == s) return v_bool(s->used == 0);
    if (o->used > s->used) { Set *t = s; s = o; o = t; }
    for (int64_t i = 0; i <= o->mask; i++) {
      SetEntry *e = &o->table[i];
      if (v_isnull(e->key)) continue;
      int rv = contains_entry(vm, s, e->key, e->hash);
      if (rv < 0) return v_null();
      if (rv) return v_bool(false);
    }
    return v_bool(true);
  }
  Value it = vm_iter(vm, other);
  if (v_isnull(it)) return v_null();
  for (;;) {
    Value k = vm_next(vm, it);
    if (v_isnull(k)) return v_isnull(vm->exc) ? v_bool(true) : v_null();
    int rv = set_contains(vm, self, k);
    if (rv < 0) return v_null();
    if (rv) return v_bool(false);
  }
}

static Value s_contains(VM *vm, int argc, Value *argv, Dict *kw) {
  SELF_SET("__contains__");
  NARGS("__contains__", 1, 1);
  int r = set_contains(vm, self, argv[1]);
  return r < 0 ? v_null() : v_bool(r);
}

static Value s_len(VM *vm, int argc, Value *argv, Dict *kw) {
  SELF_SET("__len__");
  NARGS("@__len__", 0, 0);
  return v_int(self->used);
}

typedef struct { const char *name; CFn fn; bool mutating; } SetMethod;

/* The operator methods (set.__or__(a, b), super().__and__(x) ...): set_binop,
** NotImplemented for a non-set operand. */
static Value set_dunder(VM *vm, int argc, Value *argv, Opcode op, bool reflected) {
  if (!v_isanyset(argv[0]))
    return vm_raise(vm, vm->exc_TypeError,
                    "descriptor requires a 'set' object but received a '%s'",
                    vm_type_name(vm, argv[0]));
  NARGS("op", 1, 1);
  Value a = reflected ? argv[1] : argv[0], b = reflected ? argv[0] : argv[1];
  Value r = set_binop(vm, op, a, b);
  if (v_isnull(r) && v_isnull(vm->exc)) return vm_not_implemented(vm);
  return r;
}

#define SET_DUNDER(cname, op, refl) \
  static Value cname(VM *vm, int argc, Value *argv, Dict *kw) { \
    return set_dunder(vm, argc, argv, op, refl); \
  }
SET_DUNDER(s_or, OP_BINARY_OR, false)
SET_DUNDER(s_and, OP_BINARY_AND, false)
SET_DUNDER(s_sub, OP_BINARY_SUB, false)
SET_DUNDER(s_xor, OP_BINARY_XOR, false)
SET_DUNDER(s_ror, OP_BINARY_OR, true)
SET_DUNDER(s_rand, OP_BINARY_AND, true)
SET_DUNDER(s_rsub, OP_BINARY_SUB, true)
SET_DUNDER(s_rxor, OP_BINARY_XOR, true)
SET_DUNDER(s_ior, OP_INPLACE_OR, false)
SET_DUNDER(s_iand, OP_INPLACE_AND, false)
SET_DUNDER(s_isub, OP_INPLACE_SUB, false)
SET_DUNDER(s_ixor, OP_INPLACE_XOR, false)

static Value s_hash(VM *vm, int argc, Value *argv, Dict *kw) {
  SELF_SET("__hash__");
  NARGS("@__hash__", 0, 0);
  int64_t h;
  if (!vm_hash(vm, argv[0], &h)) return v_null();
  return v_int(h);
}

void set_init_type(VM *vm) {
  static const SetMethod methods[] = {
    {"add", s_add, true}, {"remove", s_remove, true}, {"discard", s_discard, true},
    {"pop", s_pop, true}, {"clear", s_clear, true}, {"copy", s_copy, false},
    {"update", s_update, true}, {"union", s_union, false},
    {"intersection", s_intersection, false},
    {"intersection_update", s_intersection_update, true},
    {"difference", s_difference, false}, {"difference_update", s_difference_update, true},
    {"symmetric_difference", s_symmetric_difference, false},
    {"symmetric_difference_update", s_symmetric_difference_update, true},
    {"issubset", s_issubset, false}, {"issuperset", s_issuperset, false},
    {"isdisjoint", s_isdisjoint, false}, {"__contains__", s_contains, false},
    {"__len__", s_len, false},
    {"__or__", s_or, false}, {"__and__", s_and, false}, {"__sub__", s_sub, false},
    {"__xor__", s_xor, false}, {"__ror__", s_ror, false}, {"__rand__", s_rand, false},
    {"__rsub__", s_rsub, false}, {"__rxor__", s_rxor, false},
    {"__ior__", s_ior, true}, {"__iand__", s_iand, true}, {"__isub__", s_isub, true},
    {"__ixor__", s_ixor, true},
  };
  types_add_richcmp(vm, vm->cls[T_SET]);
  types_add_richcmp(vm, vm->cls[T_FROZENSET]);
  if (vm->cls[T_SET]) dict_set_str(vm, vm->cls[T_SET]->dict, vm->s___hash__, v_none());
  if (vm->cls[T_FROZENSET])
    vm_add_method(vm, vm->cls[T_FROZENSET], "__hash__", s_hash, 0, -1, false);
  for (size_t i = 0; i < sizeof methods / sizeof methods[0]; i++) {
    if (vm->cls[T_SET])
      vm_add_method(vm, vm->cls[T_SET], methods[i].name, methods[i].fn, 0, -1, false);
    if (vm->cls[T_FROZENSET] && !methods[i].mutating)
      vm_add_method(vm, vm->cls[T_FROZENSET], methods[i].name, methods[i].fn, 0, -1, false);
  }
}
