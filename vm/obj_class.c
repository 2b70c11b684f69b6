/*
** obj_class.c: classes, maps (hidden classes) and instances.
**
** A class holds its namespace dict, its bases and its C3 method resolution
** order; attribute lookup on a class walks the MRO with interned-name
** lookups. Instances do not have a dict: they point at a Map, the attribute
** layout shared by every instance of the class that gained the same
** attributes in the same order, and hold the values in a slot array. A map
** knows its parent, the name it added and that name's slot; maps are
** reached from the class's root map through a transitions table, and a long
** chain gets a name -> slot dict so lookups stay O(1).
*/
#include <string.h>
#include "vm.h"
#include "types.h"
#include "../gc/gc.h"

#define MAP_LINEAR_MAX 8   /* chains longer than this get a lookup dict */

/* ---- maps ----------------------------------------------------------------- */

/* A root map's `index` is not a slot: it holds the largest attribute count an
** instance of the class reached, used to size new instances' slot arrays. */
Map *map_new_root(VM *vm, Class *owner) {
  Map *m = gc_alloc(sizeof(Map));
  if (!m) return NULL;
  m->h.kind = T_MAP;
  m->h.cls = vm->cls[T_MAP];
  m->owner = owner;
  m->index = 0;
  m->nattrs = 0;
  return m;
}

static bool map_build_lookup(VM *vm, Map *m) {
  Dict *d = dict_new(vm);
  if (!d) return false;
  for (Map *p = m; p->parent; p = p->parent)
    if (!dict_set_str(vm, d, p->name, v_int(p->index))) return false;
  m->lookup = d;
  return true;
}

int32_t map_lookup(VM *vm, Map *m, Str *name) {
  if (m->nattrs <= MAP_LINEAR_MAX) {
    for (Map *p = m; p->parent; p = p->parent)
      if (p->name == name) return p->index;
    return -1;
  }
  if (!m->lookup && !map_build_lookup(vm, m)) {
    vm_exc_clear(vm);  /* out of memory: fall back to the linear walk */
    for (Map *p = m; p->parent; p = p->parent)
      if (p->name == name) return p->index;
    return -1;
  }
  Value v = dict_get_str(vm, m->lookup, name);
  return v.tag == T_INT ? (int32_t)v.u.i : -1;
}

Map *map_add(VM *vm, Map *m, Str *name) {
  if (m->transitions) {
    Value t = dict_get_str(vm, m->transitions, name);
    if (t.tag == T_MAP) return (Map *)t.u.o;
  } else {
    m->transitions = dict_new(vm);
    if (!m->transitions) return NULL;
  }
  Map *n = gc_alloc(sizeof(Map));
  if (!n) { vm_raise(vm, vm->exc_MemoryError, ""); return NULL; }
  n->h.kind = T_MAP;
  n->h.cls = vm->cls[T_MAP];
  n->parent = m;
  n->owner = m->owner;
  n->name = name;
  n->index = m->nattrs;
  n->nattrs = m->nattrs + 1;
  if (!dict_set_str(vm, m->transitions, name, v_obj(n))) return NULL;
  return n;
}

/* ---- instances ---------------------------------------------------------- */

Instance *instance_new(VM *vm, Class *cls) {
  Map *root = cls->root_map;
  int32_t hint = root ? root->index : 0;
  if (hint < 0) hint = 0;
  if (hint > 64) hint = 64;
  /* instances of int/float subclasses hold their value first (the box) */
  int32_t box = __builtin_expect(cls->inst_kind != T_INSTANCE, 0) && class_is_box(cls);
  Instance *o = gc_alloc(sizeof(Instance) + (size_t)(hint + box) * sizeof(Value));
  if (!o) { vm_raise(vm, vm->exc_MemoryError, ""); return NULL; }
  o->h.kind = T_INSTANCE;
  o->h.cls = cls;
  if (!root) {
    root = cls->root_map = map_new_root(vm, cls);
    if (!root) { vm_raise(vm, vm->exc_MemoryError, ""); return NULL; }
  }
  o->map = root;
  if (hint > 0) {
    o->slots = (Value *)(o + 1) + box;
    o->cap = hint;
  }
  if (__builtin_expect(cls->h.flags & CLS_HAS_DEL, 0)) vm_fin_register(vm, o);
  return o;
}

/* ---- dict mode ------------------------------------------------------------ */

/* An instance whose __dict__ was asked for keeps its attributes in a real
** dict from then on (slot 0, under the VM's dict map), so the dict is live:
** the map fast paths in the interpreter never match the dict map. */
static Map *dict_map(VM *vm) {
  if (!vm->dict_map) {
    Map *m = gc_alloc(sizeof(Map));
    if (!m) return NULL;
    m->h.kind = T_MAP;
    m->h.cls = vm->cls[T_MAP];
    m->owner = NULL;
    m->index = 0;
    m->nattrs = 1;
    vm->dict_map = m;
  }
  return vm->dict_map;
}

static inline Dict *dm_dict(Instance *o) { return AS_DICT(o->slots[0]); }

Dict *instance_live_dict(VM *vm, Instance *o) {
  if (instance_dict_mode(o)) return dm_dict(o);
  Dict *d = instance_dict(vm, o);
  Map *dm = dict_map(vm);
  if (!d || !dm) { if (v_isnull(vm->exc)) vm_raise(vm, vm->exc_MemoryError, ""); return NULL; }
  if (o->cap < 1) {
    Value *s = gc_alloc(sizeof(Value));
    if (!s) { vm_raise(vm, vm->exc_MemoryError, ""); return NULL; }
    o->slots = s;
    o->cap = 1;
  }
  for (int32_t i = 1; i < o->cap; i++) o->slots[i] = v_null();
  o->slots[0] = v_obj(d);
  o->map = dm;
  return d;
}

Value instance_getattr_slot(Instance *o, Str *name) {
  Map *m = o->map;
  if (m->nattrs <= MAP_LINEAR_MAX || !m->lookup) {
    for (Map *p = m; p->parent; p = p->parent)
      if (p->name == name) return o->slots[p->index];
    if (!m->owner) {
      int64_t e = dict_find_str(dm_dict(o), name);
      return e < 0 ? v_null() : dm_dict(o)->entries[e].value;
    }
    return v_null();
  }
  int64_t e = dict_find_str(m->lookup, name);
  if (e < 0) return v_null();
  return o->slots[m->lookup->entries[e].value.u.i];
}

static bool instance_grow(VM *vm, Instance *o, int32_t need) {
  int32_t ncap = o->cap ? o->cap * 2 : 4;
  while (ncap < need) ncap *= 2;
  Value *s = gc_alloc((size_t)ncap * sizeof(Value));
  if (!s) { vm_raise(vm, vm->exc_MemoryError, ""); return false; }
  if (o->cap) memcpy(s, o->slots, (size_t)o->map->nattrs * sizeof(Value));
  o->slots = s;
  o->cap = ncap;
  return true;
}

/* __slots__: may instances of cls get an attribute called name? The names
** of the __slots__ of every user class of the MRO. */
static bool slots_allow(VM *vm, Class *cls, Str *name) {
  Tuple *mro = cls->mro;
  for (int64_t i = 0; mro && i < mro->len; i++) {
    Class *c = AS_CLASS(mro->items[i]);
    if (c->h.flags & CLS_BUILTIN) continue;
    Value sl = dict_get_str(vm, c->dict, vm->s___slots__);
    if (sl.tag == T_STR) {
      if (str_eq(AS_STR(sl), name)) return true;
      continue;
    }
    const Value *items = NULL;
    int64_t n = 0;
    if (sl.tag == T_TUPLE) { items = AS_TUPLE(sl)->items; n = AS_TUPLE(sl)->len; }
    else if (sl.tag == T_LIST) { items = AS_LIST(sl)->items; n = AS_LIST(sl)->len; }
    for (int64_t j = 0; j < n; j++)
      if (items[j].tag == T_STR && str_eq(AS_STR(items[j]), name)) return true;
  }
  return false;
}

/* obj.__class__ = v: another user class with the same layout. */
bool instance_set_class(VM *vm, Instance *o, Value v) {
  Class *cls = o->h.cls;
  if (v.tag != T_CLASS) {
    vm_raise(vm, vm->exc_TypeError, "__class__ must be set to new-style class, not '%s' object",
             vm_type_name(vm, v));
    return false;
  }
  Class *nc = AS_CLASS(v);
  if (nc->inst_kind != cls->inst_kind || (nc->h.flags & CLS_BUILTIN) ||
      (cls->h.flags & CLS_BUILTIN)) {
    vm_raise(vm, vm->exc_TypeError, "__class__ assignment: '%S' object layout differs from '%S'",
             nc->name, cls->name);
    return false;
  }
  o->h.cls = nc;   /* the map keeps its owner: the interpreter's fast paths miss */
  if ((nc->h.flags & CLS_HAS_DEL) && !(cls->h.flags & CLS_HAS_DEL)) vm_fin_register(vm, o);
  return true;
}

/* Store an attribute in the instance's slots (no descriptors, no
** __setattr__): the raw store used by vm_setattr and object.__setattr__. */
bool instance_setattr_slot(VM *vm, Instance *o, Str *name, Value v) {
  Map *m = o->map;
  if (!m->owner) {
    if (name == vm->s___class__) return instance_set_class(vm, o, v);
    return dict_set_str(vm, dm_dict(o), name, v);
  }
  /* A name with a cached transition is not in the chain yet. */
  if (m->transitions) {
    Value t = dict_get_str(vm, m->transitions, name);
    if (t.tag == T_MAP) goto add;
  }
  int32_t i = map_lookup(vm, m, name);
  if (i >= 0) { o->slots[i] = v; return true; }
  if (name == vm->s___class__) return instance_set_class(vm, o, v);
  if ((o->h.cls->h.flags & CLS_SLOTS) && !slots_allow(vm, o->h.cls, name)) {
    vm_raise(vm, vm->exc_AttributeError, "'%S' object has no attribute '%S'",
             o->h.cls->name, name);
    return false;
  }
add:;
  Map *n = map_add(vm, m, name);
  if (!n) return false;
  if (n->nattrs > o->cap && !instance_grow(vm, o, n->nattrs)) return false;
  o->slots[n->index] = v;
  o->map = n;
  Map *root = o->h.cls->root_map;
  if (root && root->index < n->nattrs) root->index = n->nattrs;
  return true;
}

/* Delete an attribute: 1 deleted, 0 absent. Maps only grow, so the instance
** moves to the map reached by re-adding its remaining attributes in order. */
int instance_delattr_slot(VM *vm, Instance *o, Str *name) {
  Map *m = o->map;
  if (!m->owner) return dict_del(vm, dm_dict(o), v_obj(name));
  int32_t idx = map_lookup(vm, m, name);
  if (idx < 0) return 0;
  int32_t n = m->nattrs;
  Str **names = gc_alloc((size_t)n * sizeof(Str *));
  Value *vals = gc_alloc((size_t)n * sizeof(Value));
  if (!names || !vals) { vm_raise(vm, vm->exc_MemoryError, ""); return -1; }
  for (Map *p = m; p->parent; p = p->parent) {
    names[p->index] = p->name;
    vals[p->index] = o->slots[p->index];
  }
  Map *root = o->h.cls->root_map;
  if (!root || m->owner != o->h.cls) {
    for (root = m; root->parent; root = root->parent) {}
  }
  Map *nm = root;
  int32_t j = 0;
  for (int32_t i = 0; i < n; i++) {
    if (i == idx) continue;
    nm = map_add(vm, nm, names[i]);
    if (!nm) return -1;
    o->slots[j++] = vals[i];
  }
  for (; j < n; j++) o->slots[j] = v_null();
  o->map = nm;
  return 1;
}

Dict *instance_dict(VM *vm, Instance *o) {
  if (!o->map->owner) return dict_copy(vm, dm_dict(o));
  Dict *d = dict_new(vm);
  if (!d) return NULL;
  Map *m = o->map;
  int32_t n = m->nattrs;
  if (n == 0) return d;
  Map **chain = gc_alloc((size_t)n * sizeof(Map *));
  if (!chain) { vm_raise(vm, vm->exc_MemoryError, ""); return NULL; }
  for (Map *p = m; p->parent; p = p->parent) chain[p->index] = p;
  for (int32_t i = 0; i < n; i++)
    if (!dict_set_str(vm, d, chain[i]->name, o->slots[i])) return NULL;
  return d;
}

/* ---- lookup ------------------------------------------------------------- */

/* A direct-mapped cache of MRO lookups (like CPython's type attribute cache):
** entries are valid while vm->class_epoch, bumped on every change of a class
** namespace, is unchanged. Misses are cached too (special-method probes). */
#define MCACHE_BITS 10
#define MCACHE_SIZE (1u << MCACHE_BITS)
typedef struct MCacheEntry {
  Class *cls;
  Str *name;
  uint64_t epoch;
  Class *owner;
  Value value;
} MCacheEntry;

static inline uint32_t mcache_slot(Class *cls, Str *name) {
  uintptr_t h = ((uintptr_t)cls >> 4) * 31u ^ ((uintptr_t)name >> 4);
  h ^= h >> 11;
  return (uint32_t)(h & (MCACHE_SIZE - 1));
}

static Value mro_lookup(Class *cls, Str *name, Class **owner) {
  Tuple *mro = cls->mro;
  int64_t n = mro->len;
  for (int64_t i = 0; i < n; i++) {
    Class *c = AS_CLASS(mro->items[i]);
    int64_t e = dict_find_str(c->dict, name);
    if (e >= 0) { *owner = c; return c->dict->entries[e].value; }
  }
  *owner = NULL;
  return v_null();
}

void *class_mcache_new(void) {
  return gc_alloc(MCACHE_SIZE * sizeof(MCacheEntry));
}

Value class_lookup_owner(VM *vm, Class *cls, Str *name, Class **owner) {
  Tuple *mro = cls->mro;
  if (mro && vm->mcache) {
    MCacheEntry *e = &((MCacheEntry *)vm->mcache)[mcache_slot(cls, name)];
    if (e->cls == cls && e->name == name && e->epoch == vm->class_epoch) {
      if (owner) *owner = e->owner;
      return e->value;
    }
    Class *o;
    Value v = mro_lookup(cls, name, &o);
    /* Only interned names are cached: they are the keys class dicts use. */
    if (name->h.flags & STR_INTERNED) {
      e->cls = cls;
      e->name = name;
      e->epoch = vm->class_epoch;
      e->owner = o;
      e->value = v;
    }
    if (owner) *owner = o;
    return v;
  }
  if (!mro) {  /* during bootstrap, before the MRO exists */
    for (Class *c = cls; c; ) {
      if (c->dict) {
        int64_t e = dict_find_str(c->dict, name);
        if (e >= 0) { if (owner) *owner = c; return c->dict->entries[e].value; }
      }
      c = (c->bases && c->bases->len) ? AS_CLASS(c->bases->items[0]) : NULL;
    }
    return v_null();
  }
  int64_t n = mro->len;
  for (int64_t i = 0; i < n; i++) {
    Class *c = AS_CLASS(mro->items[i]);
    int64_t e = dict_find_str(c->dict, name);
    if (e >= 0) { if (owner) *owner = c; return c->dict->entries[e].value; }
  }
  return v_null();
}

Value class_lookup(VM *vm, Class *cls, Str *name) {
  return class_lookup_owner(vm, cls, name, NULL);
}

bool class_is_subclass(Class *sub, Class *sup) {
  if (sub == sup) return true;
  Tuple *mro = sub->mro;
  if (!mro) {
    for (Class *c = sub; c; c = (c->bases && c->bases->len) ? AS_CLASS(c->bases->items[0]) : NULL)
      if (c == sup) return true;
    return false;
  }
  for (int64_t i = 1; i < mro->len; i++)
    if (AS_CLASS(mro->items[i]) == sup) return true;
  return false;
}

/* ---- C3 linearisation --------------------------------------------------- */

typedef struct Seq { const Value *items; int64_t len, pos; } Seq;

static bool seq_tail_has(const Seq *s, Class *c) {
  for (int64_t i = s->pos + 1; i < s->len; i++)
    if (AS_CLASS(s->items[i]) == c) return true;
  return false;
}

static const char *MSG_PREFIX = "Error when calling the metaclass bases\n    ";

static Tuple *c3_mro(VM *vm, Class *cls, Tuple *bases, bool prefix) {
  int64_t nb = bases->len, total = 1;
  Seq *seqs = gc_alloc((size_t)(nb + 1) * sizeof(Seq));
  if (!seqs) { vm_raise(vm, vm->exc_MemoryError, ""); return NULL; }
  for (int64_t i = 0; i < nb; i++) {
    Class *b = AS_CLASS(bases->items[i]);
    seqs[i].items = b->mro->items;
    seqs[i].len = b->mro->len;
    total += b->mro->len;
  }
  seqs[nb].items = bases->items;
  seqs[nb].len = nb;
  Value *out = gc_alloc((size_t)total * sizeof(Value));
  if (!out) { vm_raise(vm, vm->exc_MemoryError, ""); return NULL; }
  int64_t nout = 0;
  out[nout++] = v_obj(cls);
  for (;;) {
    bool any = false, found = false;
    Class *cand = NULL;
    for (int64_t i = 0; i <= nb && !found; i++) {
      if (seqs[i].pos >= seqs[i].len) continue;
      any = true;
      cand = AS_CLASS(seqs[i].items[seqs[i].pos]);
      found = true;
      for (int64_t j = 0; j <= nb; j++)
        if (seq_tail_has(&seqs[j], cand)) { found = false; break; }
    }
    if (!any) break;
    if (!found) {
      /* "for bases A, B": the heads still to merge, without repeats. */
      Str *list = NULL;
      Class **seen = gc_alloc((size_t)(nb + 1) * sizeof(Class *));
      int nseen = 0;
      for (int64_t i = 0; i <= nb; i++) {
        if (seqs[i].pos >= seqs[i].len) continue;
        Class *h = AS_CLASS(seqs[i].items[seqs[i].pos]);
        bool dup = false;
        for (int k = 0; k < nseen; k++) if (seen[k] == h) dup = true;
        if (dup) continue;
        seen[nseen++] = h;
        list = list ? str_printf(vm, "%S, %S", list, h->name) : h->name;
      }
      vm_raise(vm, vm->exc_TypeError,
               "%sCannot create a consistent method resolution\norder (MRO) for bases %S",
               prefix ? MSG_PREFIX : "", list);
      return NULL;
    }
    out[nout++] = v_obj(cand);
    for (int64_t i = 0; i <= nb; i++)
      if (seqs[i].pos < seqs[i].len && AS_CLASS(seqs[i].items[seqs[i].pos]) == cand)
        seqs[i].pos++;
  }
  return tuple_from(vm, nout, out);
}

/* ---- class creation ------------------------------------------------------- */

static Class *class_alloc(VM *vm) {
  Class *c = gc_alloc(sizeof(Class));
  if (!c) return NULL;
  c->h.kind = T_CLASS;
  c->h.cls = vm->cls_type;
  c->inst_kind = T_INSTANCE;
  return c;
}

static bool is_data_descr(VM *vm, Value v) {
  if (v.tag == T_PROPERTY) return true;
  if (v.tag == T_INSTANCE && vm->s___set__) {
    Class *c = v.u.o->cls;
    if (!(c->h.flags & CLS_BUILTIN) && !v_isnull(class_lookup(vm, c, vm->s___set__))) return true;
  }
  return false;
}

/* Recompute the flags that depend on the namespace of cls and its MRO. */
void class_update_flags(VM *vm, Class *cls) {
  uint32_t f = cls->h.flags & ~(CLS_HAS_GETATTR | CLS_HAS_SETATTR | CLS_HAS_DESCR |
                                CLS_HAS_GETATTRIBUTE | CLS_HAS_DEL);
  if (!(cls->h.flags & CLS_BUILTIN)) {
    Class *gowner;
    Value ga = class_lookup_owner(vm, cls, vm->s___getattribute__, &gowner);
    if (!v_isnull(ga) && gowner && !(gowner->h.flags & CLS_BUILTIN))
      f |= CLS_HAS_GETATTRIBUTE | CLS_HAS_DESCR;
  }
  if (!v_isnull(class_lookup(vm, cls, vm->s___getattr__))) f |= CLS_HAS_GETATTR;
  if (!(cls->h.flags & CLS_BUILTIN) && !v_isnull(class_lookup(vm, cls, vm->s___del__)))
    f |= CLS_HAS_DEL;
  Value sa = class_lookup(vm, cls, vm->s___setattr__);
  if (!v_isnull(sa) && !v_same(sa, vm->obj_setattr_fn)) f |= CLS_HAS_SETATTR;
  Value da = class_lookup(vm, cls, vm->s___delattr__);
  if (da.tag == T_FUNC) f |= CLS_HAS_SETATTR;
  if (cls->mro) {
    for (int64_t i = 0; i < cls->mro->len && !(f & CLS_HAS_DESCR); i++) {
      Class *c = AS_CLASS(cls->mro->items[i]);
      if (c != cls && (c->h.flags & CLS_HAS_DESCR)) { f |= CLS_HAS_DESCR; break; }
      if (c->h.flags & CLS_BUILTIN && c != cls) continue;
      Value k, v;
      for (int64_t p = 0; dict_next(c->dict, &p, &k, &v); )
        if (is_data_descr(vm, v)) { f |= CLS_HAS_DESCR; break; }
    }
  }
  cls->h.flags = f;
}

/* Do the instances of cls take only the names of __slots__: every user class
** of the MRO defines __slots__, and none lists __dict__. */
static bool slots_restrict(VM *vm, Class *cls) {
  for (int64_t i = 0; i < cls->mro->len; i++) {
    Class *c = AS_CLASS(cls->mro->items[i]);
    if (c->h.flags & CLS_BUILTIN) continue;
    Value sl = dict_get_str(vm, c->dict, vm->s___slots__);
    if (v_isnull(sl)) return false;
    if (sl.tag == T_STR && strcmp(AS_STR(sl)->data, "__dict__") == 0) return false;
    const Value *items = NULL;
    int64_t n = 0;
    if (sl.tag == T_TUPLE) { items = AS_TUPLE(sl)->items; n = AS_TUPLE(sl)->len; }
    else if (sl.tag == T_LIST) { items = AS_LIST(sl)->items; n = AS_LIST(sl)->len; }
    for (int64_t j = 0; j < n; j++)
      if (items[j].tag == T_STR && strcmp(AS_STR(items[j])->data, "__dict__") == 0) return false;
  }
  return true;
}

static Class *class_new_ex(VM *vm, Str *name, Tuple *bases, Dict *dict, bool prefix) {
  const char *pre = prefix ? MSG_PREFIX : "";
  if (!bases || bases->len == 0) {
    bases = tuple_from(vm, 1, (Value[]){v_obj(vm->cls_object)});
    if (!bases) return NULL;
  }
  if (!dict) { dict = dict_new(vm); if (!dict) return NULL; }
  uint32_t inst_kind = T_INSTANCE, flags = 0;
  for (int64_t i = 0; i < bases->len; i++) {
    Value b = bases->items[i];
    if (b.tag != T_CLASS) {
      vm_raise(vm, vm->exc_TypeError, "%sbases must be types", pre);
      return NULL;
    }
    Class *bc = AS_CLASS(b);
    if (bc->h.flags & CLS_FINAL) {
      vm_raise(vm, vm->exc_TypeError, "%stype '%S' is not an acceptable base type", pre,
               bc->name);
      return NULL;
    }
    for (int64_t j = 0; j < i; j++)
      if (v_same(bases->items[j], b)) {
        vm_raise(vm, vm->exc_TypeError, "%sduplicate base class %S", pre, bc->name);
        return NULL;
      }
    if (bc->inst_kind != T_INSTANCE) {
      if (inst_kind != T_INSTANCE && inst_kind != bc->inst_kind) {
        vm_raise(vm, vm->exc_TypeError, "%smultiple bases have instance lay-out conflict",
                 pre);
        return NULL;
      }
      inst_kind = bc->inst_kind;
    }
    flags |= bc->h.flags & (CLS_EXCEPTION | CLS_HAS_DESCR);
  }
  /* __new__ is a static method even without the decorator (as CPython). */
  Value nw = dict_get_str(vm, dict, vm->s___new__);
  if (nw.tag == T_FUNC) {
    Wrapper *w = gc_alloc(sizeof(Wrapper));
    if (!w) { vm_raise(vm, vm->exc_MemoryError, ""); return NULL; }
    w->h.kind = T_STATICMETHOD;
    w->h.cls = vm->cls[T_STATICMETHOD];
    w->func = nw;
    if (!dict_set_str(vm, dict, vm->s___new__, v_obj(w))) return NULL;
  }
  Class *cls = class_alloc(vm);
  if (!cls) { vm_raise(vm, vm->exc_MemoryError, ""); return NULL; }
  cls->name = name;
  cls->bases = bases;
  cls->dict = dict;
  cls->inst_kind = inst_kind;
  cls->h.flags = flags;
  cls->mro = c3_mro(vm, cls, bases, prefix);
  if (!cls->mro) return NULL;
  /* __module__: the class body's global __name__ unless the body set it. */
  Value mod = dict_get_str(vm, dict, vm->s___module__);
  if (v_isnull(mod) && vm->frame && vm->frame->globals) {
    mod = dict_get_str(vm, vm->frame->globals, vm->s___name__);
    if (!v_isnull(mod) && !dict_set_str(vm, dict, vm->s___module__, mod)) return NULL;
  }
  if (mod.tag == T_STR) cls->module = AS_STR(mod);
  if (dict_find_str(dict, vm->s___doc__) < 0 &&
      !dict_set_str(vm, dict, vm->s___doc__, v_none()))
    return NULL;
  cls->root_map = map_new_root(vm, cls);
  if (!cls->root_map) { vm_raise(vm, vm->exc_MemoryError, ""); return NULL; }
  if (class_wants_subclass_ctor(inst_kind)) cls->ctor = vm_subclass_ctor();
  if (inst_kind == T_INSTANCE && slots_restrict(vm, cls)) cls->h.flags |= CLS_SLOTS;
  class_update_flags(vm, cls);
  return cls;
}

Class *class_new(VM *vm, Str *name, Tuple *bases, Dict *dict) {
  return class_new_ex(vm, name, bases, dict, true);
}

/* type(name, bases, dict): the same without BUILD_CLASS's message prefix. */
Class *class_new_noprefix(VM *vm, Str *name, Tuple *bases, Dict *dict) {
  return class_new_ex(vm, name, bases, dict, false);
}

Class *class_new_builtin(VM *vm, const char *name, Class *base, uint32_t inst_kind,
                         uint32_t flags) {
  Class *c = class_alloc(vm);
  if (!c) return NULL;
  c->name = str_intern_cstr(vm, name);
  c->dict = dict_new(vm);
  c->inst_kind = inst_kind;
  c->h.flags = flags | CLS_BUILTIN;
  if (!base) base = vm->cls_object;
  class_set_base(vm, c, base);
  return c;
}

/* Set the single base of a builtin class and its MRO (base's MRO + itself). */
void class_set_base(VM *vm, Class *c, Class *base) {
  if (!base || base == c) {
    c->bases = tuple_new(vm, 0);
    c->mro = tuple_from(vm, 1, (Value[]){v_obj(c)});
  } else {
    c->bases = tuple_from(vm, 1, (Value[]){v_obj(base)});
    int64_t n = base->mro ? base->mro->len : 0;
    Tuple *mro = tuple_new(vm, n + 1);
    mro->items[0] = v_obj(c);
    for (int64_t i = 0; i < n; i++) mro->items[i + 1] = base->mro->items[i];
    c->mro = mro;
    c->h.flags |= base->h.flags & CLS_EXCEPTION;
  }
  if (!c->root_map) c->root_map = map_new_root(vm, c);
}
