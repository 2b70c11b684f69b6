/*
** lib_bytes.c: the builtin types bytearray (a mutable byte sequence),
** buffer (a read-only view of a str or bytearray, Python 2's old buffer
** object) and memoryview (the new-style view), plus coerce().
**
** All three are instances (kind T_INSTANCE) of builtin classes whose C
** structs extend Instance, so the protocols reach them through their special
** methods. bytearray's text methods (split, upper, find, ...) run str's own
** method on a str copy and turn str results back into bytearrays, as
** CPython's bytearray methods behave.
*/
#include <string.h>

#include "lib.h"
#include "../vm/types.h"
#include "../vm/long.h"
#include "../gc/gc.h"

#define EXC_PENDING(vm) (!v_isnull((vm)->exc))

typedef struct ByteArray {
  Instance inst;
  char *data;           /* atomic, cap bytes */
  int64_t len, cap;
} ByteArray;

typedef struct Buffer {  /* buffer and memoryview */
  Instance inst;
  Value obj;            /* the str or bytearray viewed */
  int64_t offset;
  int64_t size;         /* -1: to the end */
} Buffer;

static Value ba_ctor(VM *vm, int argc, Value *argv, Dict *kw);
static Value buf_ctor(VM *vm, int argc, Value *argv, Dict *kw);
static Value mv_ctor(VM *vm, int argc, Value *argv, Dict *kw);

static Class *class_in_builtins(VM *vm, const char *name) {
  Value c = dict_get_str(vm, vm->builtins, str_intern_cstr(vm, name));
  return c.tag == T_CLASS ? AS_CLASS(c) : NULL;
}

static bool made_by(Value v, CFn ctor) {
  if (v.tag != T_INSTANCE) return false;
  Tuple *mro = v.u.o->cls->mro;
  for (int64_t i = 0; mro && i < mro->len; i++) {
    CFn c = AS_CLASS(mro->items[i])->ctor;
    if (c) return c == ctor;
  }
  return false;
}

static bool is_ba(Value v) { return made_by(v, ba_ctor); }
static bool is_buf(Value v) { return made_by(v, buf_ctor); }
static bool is_mv(Value v) { return made_by(v, mv_ctor); }

static void *obj_alloc(VM *vm, Class *cls, size_t size) {
  Instance *o = gc_alloc(size);
  if (!o) { vm_raise(vm, vm->exc_MemoryError, ""); return NULL; }
  o->h.kind = T_INSTANCE;
  o->h.cls = cls;
  if (!cls->root_map) cls->root_map = map_new_root(vm, cls);
  o->map = cls->root_map;
  return o;
}

/* The bytes of a str, bytearray, buffer or memoryview (false otherwise, no
** exception). The pointer is valid until the object changes. */
static bool bytes_of(Value v, const char **p, int64_t *n) {
  if (v.tag == T_STR) { *p = AS_STR(v)->data; *n = AS_STR(v)->len; return true; }
  if (is_ba(v)) {
    ByteArray *b = (ByteArray *)v.u.o;
    *p = b->data ? b->data : "";
    *n = b->len;
    return true;
  }
  if (is_buf(v) || is_mv(v)) {
    Buffer *b = (Buffer *)v.u.o;
    const char *bp;
    int64_t bn;
    if (!bytes_of(b->obj, &bp, &bn)) return false;
    int64_t off = b->offset < bn ? b->offset : bn;
    int64_t size = bn - off;
    if (b->size >= 0 && b->size < size) size = b->size;
    *p = bp + off;
    *n = size;
    return true;
  }
  return false;
}

bool lib_bytes_of(Value v, const char **p, int64_t *n) { return bytes_of(v, p, n); }

bool lib_bytes_writable(Value v, char **p, int64_t *n) {
  if (!is_ba(v) && !(is_mv(v) && is_ba(((Buffer *)v.u.o)->obj))) return false;
  const char *cp;
  if (!bytes_of(v, &cp, n)) return false;
  *p = (char *)cp;
  return true;
}

/* ---- bytearray storage -------------------------------------------------------------- */

static bool ba_reserve(VM *vm, ByteArray *b, int64_t n) {
  if (n <= b->cap) return true;
  int64_t cap = b->cap ? b->cap : 16;
  while (cap < n) cap *= 2;
  char *d = gc_alloc_atomic((size_t)cap);
  if (!d) { vm_raise(vm, vm->exc_MemoryError, ""); return false; }
  if (b->len) memcpy(d, b->data, (size_t)b->len);
  b->data = d;
  b->cap = cap;
  return true;
}

static ByteArray *ba_alloc(VM *vm, Class *cls, const char *p, int64_t n) {
  if (!cls) cls = class_in_builtins(vm, "bytearray");
  if (!cls) { vm_raise(vm, vm->exc_SystemError, "bytearray missing"); return NULL; }
  ByteArray *b = obj_alloc(vm, cls, sizeof(ByteArray));
  if (!b || !ba_reserve(vm, b, n)) return NULL;
  if (n && p) memcpy(b->data, p, (size_t)n);
  else if (n) memset(b->data, 0, (size_t)n);
  b->len = n;
  return b;
}

static Value ba_new(VM *vm, const char *p, int64_t n) {
  ByteArray *b = ba_alloc(vm, NULL, p, n);
  return b ? v_obj(b) : v_null();
}

static bool ba_append_bytes(VM *vm, ByteArray *b, const char *p, int64_t n) {
  if (!ba_reserve(vm, b, b->len + n)) return false;
  memmove(b->data + b->len, p, (size_t)n);
  b->len += n;
  return true;
}

/* One byte value from an int (0..255) or a 1-character str. */
static bool byte_value(VM *vm, Value v, int *out) {
  if (v.tag == T_STR && AS_STR(v)->len == 1) {
    *out = (unsigned char)AS_STR(v)->data[0];
    return true;
  }
  int64_t i;
  if (v.tag == T_INT || v.tag == T_BOOL || v.tag == T_LONG) {
    if (!lib_to_int(vm, v, &i)) {
      vm_exc_clear(vm);
      vm_raise(vm, vm->exc_ValueError, "byte must be in range(0, 256)");
      return false;
    }
  } else if (v.tag == T_INSTANCE && !v_isnull(vm_getattr_opt(vm, v, vm->s___index__))) {
    Value r = vm_call_method(vm, v, vm->s___index__, 0, NULL);
    if (v_isnull(r) || !lib_to_int(vm, r, &i)) return false;
  } else {
    vm_exc_clear(vm);
    vm_raise(vm, vm->exc_TypeError, "an integer or string of size 1 is required");
    return false;
  }
  if (i < 0 || i > 255) {
    vm_raise(vm, vm->exc_ValueError, "byte must be in range(0, 256)");
    return false;
  }
  *out = (int)i;
  return true;
}

/* Append the bytes an iterable or buffer-like value gives. */
static bool ba_extend_from(VM *vm, ByteArray *b, Value src) {
  const char *p;
  int64_t n;
  if (bytes_of(src, &p, &n)) {
    if (src.tag == T_INSTANCE && (void *)src.u.o == (void *)b) {
      char *copy = gc_alloc_atomic((size_t)n + 1);
      if (!copy) { vm_raise(vm, vm->exc_MemoryError, ""); return false; }
      memcpy(copy, p, (size_t)n);
      p = copy;
    }
    return ba_append_bytes(vm, b, p, n);
  }
  Value it = vm_iter(vm, src);
  if (v_isnull(it)) return false;
  for (;;) {
    Value x = vm_next(vm, it);
    if (v_isnull(x)) return !EXC_PENDING(vm);
    int c;
    if (!byte_value(vm, x, &c)) return false;
    char ch = (char)c;
    if (!ba_append_bytes(vm, b, &ch, 1)) return false;
  }
}

static ByteArray *self_ba(VM *vm, Value v, const char *name) {
  if (is_ba(v)) return (ByteArray *)v.u.o;
  vm_raise(vm, vm->exc_TypeError,
           "descriptor '%s' requires a 'bytearray' object but received a '%s'", name,
           vm_type_name(vm, v));
  return NULL;
}

#define BA_SELF(name) \
  ByteArray *self = self_ba(vm, argv[0], name); \
  if (!self) return v_null()

/* bytearray(source=None, encoding=None, errors=None) */
static Value ba_ctor(VM *vm, int argc, Value *argv, Dict *kw) {
  Class *cls = AS_CLASS(argv[0]);
  argc--;
  argv++;
  static const char *const kws[] = {"source", "encoding", "errors", NULL};
  if (!lib_kw_check(vm, kw, kws)) return v_null();
  if (argc > 3)
    return vm_raise(vm, vm->exc_TypeError, "bytearray() takes at most 3 arguments (%d given)",
                    argc);
  Value src, enc;
  if (!lib_arg(vm, argc, argv, kw, 0, "source", "bytearray", &src) ||
      !lib_arg(vm, argc, argv, kw, 1, "encoding", "bytearray", &enc))
    return v_null();
  ByteArray *b = ba_alloc(vm, cls, NULL, 0);
  if (!b) return v_null();
  if (v_isnull(src)) {
    if (!v_isnull(enc))
      return vm_raise(vm, vm->exc_TypeError, "encoding or errors without sequence argument");
    return v_obj(b);
  }
  if (vm->cls_unicode && vm->cls_unicode != vm->cls[T_STR] &&
      vm_isinstance(vm, src, vm->cls_unicode) && v_isnull(enc))
    return vm_raise(vm, vm->exc_TypeError, "unicode argument without an encoding");
  if (src.tag == T_INT || src.tag == T_BOOL || src.tag == T_LONG) {
    int64_t n;
    if (!lib_to_int(vm, src, &n)) return v_null();
    if (n < 0) return vm_raise(vm, vm->exc_ValueError, "negative count");
    if (!ba_reserve(vm, b, n)) return v_null();
    memset(b->data, 0, (size_t)n);
    b->len = n;
    return v_obj(b);
  }
  if (!v_isnull(enc) && src.tag != T_STR)
    return vm_raise(vm, vm->exc_TypeError, "encoding or errors without a string argument");
  if (!ba_extend_from(vm, b, src)) return v_null();
  return v_obj(b);
}

static Value ba_len(VM *vm, int argc, Value *argv, Dict *kw) {
  BA_SELF("__len__");
  return v_int(self->len);
}

static Value ba_str(VM *vm, int argc, Value *argv, Dict *kw) {
  BA_SELF("__str__");
  Str *s = str_new(vm, self->data ? self->data : "", (size_t)self->len);
  return s ? v_obj(s) : v_null();
}

static Value ba_repr(VM *vm, int argc, Value *argv, Dict *kw) {
  BA_SELF("__repr__");
  bool dq = false;
  for (int64_t i = 0; i < self->len; i++)
    if (self->data[i] == '\'') { dq = true; break; }
  for (int64_t i = 0; dq && i < self->len; i++)
    if (self->data[i] == '"') { dq = false; break; }
  SBuf b;
  sbuf_init(&b);
  sbuf_puts(&b, dq ? "bytearray(b\"" : "bytearray(b'");
  static const char hex[] = "0123456789abcdef";
  for (int64_t i = 0; i < self->len; i++) {
    unsigned char c = (unsigned char)self->data[i];
    if (c == '\'' || c == '\\') { sbuf_putc(&b, '\\'); sbuf_putc(&b, (char)c); }
    else if (c == '\t') sbuf_puts(&b, "\\t");
    else if (c == '\n') sbuf_puts(&b, "\\n");
    else if (c == '\r') sbuf_puts(&b, "\\r");
    else if (c < 32 || c >= 127) {
      char e[4] = {'\\', 'x', hex[c >> 4], hex[c & 15]};
      sbuf_put(&b, e, 4);
    } else {
      sbuf_putc(&b, (char)c);
    }
  }
  sbuf_puts(&b, dq ? "\")" : "')");
  Str *r = sbuf_finish(vm, &b);
  return r ? v_obj(r) : v_null();
}

static bool ba_index(VM *vm, ByteArray *b, Value key, int64_t *out) {
  int64_t i;
  if (!seq_index_value(vm, key, "bytearray", &i)) return false;
  if (i < 0) i += b->len;
  if (i < 0 || i >= b->len) {
    vm_raise(vm, vm->exc_IndexError, "bytearray index out of range");
    return false;
  }
  *out = i;
  return true;
}

static Value ba_getitem(VM *vm, int argc, Value *argv, Dict *kw) {
  BA_SELF("__getitem__");
  Value key = argv[1];
  if (key.tag == T_SLICE) {
    int64_t a, st, n, stop;
    if (!slice_indices(vm, (Slice *)key.u.o, self->len, &a, &stop, &st, &n)) return v_null();
    ByteArray *r = ba_alloc(vm, NULL, NULL, n);
    if (!r) return v_null();
    for (int64_t i = 0, j = a; i < n; i++, j += st) r->data[i] = self->data[j];
    return v_obj(r);
  }
  int64_t i;
  if (!ba_index(vm, self, key, &i)) return v_null();
  return v_int((unsigned char)self->data[i]);
}

/* The bytes to store for a slice assignment: a buffer-like value, an int
** (that many zero bytes is not allowed: TypeError), or an iterable of bytes. */
static bool assigned_bytes(VM *vm, Value v, const char **p, int64_t *n) {
  if (bytes_of(v, p, n)) {
    char *copy = gc_alloc_atomic((size_t)*n + 1);
    if (!copy) { vm_raise(vm, vm->exc_MemoryError, ""); return false; }
    memcpy(copy, *p, (size_t)*n);
    *p = copy;
    return true;
  }
  if (v.tag == T_INT || v.tag == T_BOOL) {
    vm_raise(vm, vm->exc_TypeError,
             "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    return false;
  }
  ByteArray *tmp = ba_alloc(vm, NULL, NULL, 0);
  if (!tmp || !ba_extend_from(vm, tmp, v)) return false;
  *p = tmp->data ? tmp->data : "";
  *n = tmp->len;
  return true;
}

/* Replace self[a:b] by n bytes at p. */
static bool ba_splice(VM *vm, ByteArray *s, int64_t a, int64_t b, const char *p, int64_t n) {
  if (b < a) b = a;
  int64_t nl = s->len - (b - a) + n;
  if (!ba_reserve(vm, s, nl)) return false;
  memmove(s->data + a + n, s->data + b, (size_t)(s->len - b));
  if (n) memcpy(s->data + a, p, (size_t)n);
  s->len = nl;
  return true;
}

static Value ba_setitem(VM *vm, int argc, Value *argv, Dict *kw) {
  BA_SELF("__setitem__");
  Value key = argv[1], v = argv[2];
  if (key.tag == T_SLICE) {
    int64_t a, b, st, n;
    if (!slice_indices(vm, (Slice *)key.u.o, self->len, &a, &b, &st, &n)) return v_null();
    const char *p;
    int64_t m;
    if (!assigned_bytes(vm, v, &p, &m)) return v_null();
    if (st == 1) return ba_splice(vm, self, a, b, p, m) ? v_none() : v_null();
    if (m != n)
      return vm_raise(vm, vm->exc_ValueError,
                      "attempt to assign bytes of size %lld to extended slice of size %lld",
                      (long long)m, (long long)n);
    for (int64_t i = 0, j = a; i < n; i++, j += st) self->data[j] = p[i];
    return v_none();
  }
  int64_t i;
  if (!ba_index(vm, self, key, &i)) return v_null();
  int c;
  if (!byte_value(vm, v, &c)) return v_null();
  self->data[i] = (char)c;
  return v_none();
}

static Value ba_delitem(VM *vm, int argc, Value *argv, Dict *kw) {
  BA_SELF("__delitem__");
  Value key = argv[1];
  if (key.tag == T_SLICE) {
    int64_t a, b, st, n;
    if (!slice_indices(vm, (Slice *)key.u.o, self->len, &a, &b, &st, &n)) return v_null();
    if (st == 1) return ba_splice(vm, self, a, b, NULL, 0) ? v_none() : v_null();
    if (n == 0) return v_none();
    if (st < 0) { a = a + st * (n - 1); st = -st; }
    int64_t w = a, next = a, k = 0;
    for (int64_t r = a; r < self->len; r++) {
      if (k < n && r == next) { k++; next += st; continue; }
      self->data[w++] = self->data[r];
    }
    self->len = w;
    return v_none();
  }
  int64_t i;
  if (!ba_index(vm, self, key, &i)) return v_null();
  return ba_splice(vm, self, i, i + 1, NULL, 0) ? v_none() : v_null();
}

static Value ba_iter_next(VM *vm, int argc, Value *argv, Dict *kw) {
  Iter *it = (Iter *)argv[0].u.o;
  if (v_isnull(it->seq)) return v_null();
  ByteArray *b = (ByteArray *)it->seq.u.o;
  if (it->pos >= b->len) { it->seq = v_null(); return v_null(); }
  return v_int((unsigned char)b->data[it->pos++]);
}

static Value ba_iter(VM *vm, int argc, Value *argv, Dict *kw) {
  BA_SELF("__iter__");
  return iter_custom_new(vm, argv[0], ba_iter_next);
}

static Value ba_contains(VM *vm, int argc, Value *argv, Dict *kw) {
  BA_SELF("__contains__");
  Value x = argv[1];
  const char *p;
  int64_t n;
  if (bytes_of(x, &p, &n))
    return v_bool(str_find_raw(self->data ? self->data : "", self->len, p, n) >= 0);
  int c;
  if (!byte_value(vm, x, &c)) return v_null();
  return v_bool(self->len > 0 && memchr(self->data, c, (size_t)self->len) != NULL);
}

static int bytes_cmp(const char *a, int64_t na, const char *b, int64_t nb) {
  int64_t n = na < nb ? na : nb;
  int c = n ? memcmp(a, b, (size_t)n) : 0;
  if (c) return c;
  return na < nb ? -1 : na > nb ? 1 : 0;
}

static Value ba_compare(VM *vm, int argc, Value *argv, CmpOp op) {
  const char *a, *b;
  int64_t na, nb;
  if (!bytes_of(argv[0], &a, &na) || !bytes_of(argv[1], &b, &nb)) return vm_not_implemented(vm);
  int c = bytes_cmp(a, na, b, nb);
  bool r = false;
  switch (op) {
  case CMP_LT: r = c < 0; break;
  case CMP_LE: r = c <= 0; break;
  case CMP_EQ: r = c == 0; break;
  case CMP_NE: r = c != 0; break;
  case CMP_GT: r = c > 0; break;
  case CMP_GE: r = c >= 0; break;
  default: break;
  }
  return v_bool(r);
}

#define BA_CMP(name, op) \
  static Value name(VM *vm, int argc, Value *argv, Dict *kw) { \
    return ba_compare(vm, argc, argv, op); \
  }
BA_CMP(ba_lt, CMP_LT)
BA_CMP(ba_le, CMP_LE)
BA_CMP(ba_eq, CMP_EQ)
BA_CMP(ba_ne, CMP_NE)
BA_CMP(ba_gt, CMP_GT)
BA_CMP(ba_ge, CMP_GE)

static Value ba_concat(VM *vm, Value x, Value y) {
  const char *a, *b;
  int64_t na, nb;
  if (!bytes_of(x, &a, &na) || !bytes_of(y, &b, &nb))
    return vm_raise(vm, vm->exc_TypeError, "can't concat %s to %s", vm_type_name(vm, y),
                    vm_type_name(vm, x));
  ByteArray *r = ba_alloc(vm, NULL, NULL, na + nb);
  if (!r) return v_null();
  if (na) memcpy(r->data, a, (size_t)na);
  if (nb) memcpy(r->data + na, b, (size_t)nb);
  return v_obj(r);
}

static Value ba_add(VM *vm, int argc, Value *argv, Dict *kw) {
  BA_SELF("__add__");
  return ba_concat(vm, argv[0], argv[1]);
}

static Value ba_radd(VM *vm, int argc, Value *argv, Dict *kw) {
  BA_SELF("__radd__");
  const char *p;
  int64_t n;
  if (!bytes_of(argv[1], &p, &n)) return vm_not_implemented(vm);
  return ba_concat(vm, argv[1], argv[0]);
}

static Value ba_iadd(VM *vm, int argc, Value *argv, Dict *kw) {
  BA_SELF("__iadd__");
  const char *p;
  int64_t n;
  if (!bytes_of(argv[1], &p, &n))
    return vm_raise(vm, vm->exc_TypeError, "can't concat %s to %s", vm_type_name(vm, argv[1]),
                    vm_type_name(vm, argv[0]));
  if (!ba_extend_from(vm, self, argv[1])) return v_null();
  return argv[0];
}

static bool repeat_count(VM *vm, Value v, int64_t *n) {
  if (v.tag != T_INT && v.tag != T_BOOL && v.tag != T_LONG) {
    vm_raise(vm, vm->exc_TypeError, "can't multiply sequence by non-int of type '%s'",
             vm_type_name(vm, v));
    return false;
  }
  if (!lib_to_int(vm, v, n)) return false;
  if (*n < 0) *n = 0;
  return true;
}

static Value ba_mul(VM *vm, int argc, Value *argv, Dict *kw) {
  BA_SELF("__mul__");
  int64_t n;
  if (!repeat_count(vm, argv[1], &n)) return v_null();
  if (n && self->len > INT64_MAX / n) return vm_raise(vm, vm->exc_MemoryError, "");
  ByteArray *r = ba_alloc(vm, NULL, NULL, self->len * n);
  if (!r) return v_null();
  for (int64_t i = 0; i < n; i++) memcpy(r->data + i * self->len, self->data, (size_t)self->len);
  return v_obj(r);
}

static Value ba_imul(VM *vm, int argc, Value *argv, Dict *kw) {
  BA_SELF("__imul__");
  Value r = ba_mul(vm, argc, argv, kw);
  if (v_isnull(r)) return r;
  ByteArray *s = (ByteArray *)r.u.o;
  self->data = s->data;
  self->len = s->len;
  self->cap = s->cap;
  return argv[0];
}

/* ---- list-like methods ------------------------------------------------------------------ */

static Value ba_append(VM *vm, int argc, Value *argv, Dict *kw) {
  BA_SELF("append");
  int c;
  if (!byte_value(vm, argv[1], &c)) return v_null();
  char ch = (char)c;
  return ba_append_bytes(vm, self, &ch, 1) ? v_none() : v_null();
}

static Value ba_extend(VM *vm, int argc, Value *argv, Dict *kw) {
  BA_SELF("extend");
  return ba_extend_from(vm, self, argv[1]) ? v_none() : v_null();
}

static Value ba_insert(VM *vm, int argc, Value *argv, Dict *kw) {
  BA_SELF("insert");
  int64_t i;
  if (!lib_to_int(vm, argv[1], &i)) return v_null();
  int c;
  if (!byte_value(vm, argv[2], &c)) return v_null();
  if (i < 0) { i += self->len; if (i < 0) i = 0; }
  if (i > self->len) i = self->len;
  char ch = (char)c;
  return ba_splice(vm, self, i, i, &ch, 1) ? v_none() : v_null();
}

static Value ba_pop(VM *vm, int argc, Value *argv, Dict *kw) {
  BA_SELF("pop");
  int64_t i = -1;
  if (argc > 1 && !lib_to_int(vm, argv[1], &i)) return v_null();
  if (self->len == 0) return vm_raise(vm, vm->exc_IndexError, "pop from empty bytearray");
  if (i < 0) i += self->len;
  if (i < 0 || i >= self->len) return vm_raise(vm, vm->exc_IndexError, "pop index out of range");
  int c = (unsigned char)self->data[i];
  if (!ba_splice(vm, self, i, i + 1, NULL, 0)) return v_null();
  return v_int(c);
}

static Value ba_remove(VM *vm, int argc, Value *argv, Dict *kw) {
  BA_SELF("remove");
  int c;
  if (!byte_value(vm, argv[1], &c)) return v_null();
  char *at = self->len ? memchr(self->data, c, (size_t)self->len) : NULL;
  if (!at) return vm_raise(vm, vm->exc_ValueError, "value not found in bytearray");
  int64_t i = at - self->data;
  return ba_splice(vm, self, i, i + 1, NULL, 0) ? v_none() : v_null();
}

static Value ba_reverse(VM *vm, int argc, Value *argv, Dict *kw) {
  BA_SELF("reverse");
  for (int64_t i = 0, j = self->len - 1; i < j; i++, j--) {
    char t = self->data[i];
    self->data[i] = self->data[j];
    self->data[j] = t;
  }
  return v_none();
}

static int hexval(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/* bytearray.fromhex(string): pairs of hex digits, spaces between pairs. */
static Value ba_fromhex(VM *vm, int argc, Value *argv, Dict *kw) {
  if (argc < 2 || argv[1].tag != T_STR)
    return vm_raise(vm, vm->exc_TypeError, "fromhex() argument 1 must be unicode, not %s",
                    argc < 2 ? "nothing" : vm_type_name(vm, argv[1]));
  Str *s = AS_STR(argv[1]);
  ByteArray *r = ba_alloc(vm, argv[0].tag == T_CLASS ? AS_CLASS(argv[0]) : NULL, NULL, 0);
  if (!r) return v_null();
  for (int64_t i = 0; i < s->len;) {
    if (s->data[i] == ' ') { i++; continue; }
    int hi = hexval(s->data[i]), lo = i + 1 < s->len ? hexval(s->data[i + 1]) : -1;
    if (hi < 0 || lo < 0)
      return vm_raise(vm, vm->exc_ValueError,
                      "non-hexadecimal number found in fromhex() arg at position %lld",
                      (long long)(hi < 0 ? i : i + 1));
    char c = (char)(hi * 16 + lo);
    if (!ba_append_bytes(vm, r, &c, 1)) return v_null();
    i += 2;
  }
  return v_obj(r);
}

static Value ba_alloc_size(VM *vm, int argc, Value *argv, Dict *kw) {
  BA_SELF("__alloc__");
  return v_int(self->cap ? self->cap + 1 : 0);
}

static Value ba_reduce(VM *vm, int argc, Value *argv, Dict *kw) {
  BA_SELF("__reduce__");
  Value s = ba_str(vm, argc, argv, kw);
  if (v_isnull(s)) return s;
  Tuple *args = tuple_from(vm, 2, (Value[]){s, v_obj(str_from_cstr(vm, "latin-1"))});
  if (!args) return v_null();
  Tuple *r = tuple_from(vm, 3, (Value[]){v_obj(self->inst.h.cls), v_obj(args), v_none()});
  return r ? v_obj(r) : v_null();
}

/* ---- text methods: str's method on a copy ---------------------------------------------- */

/* Arguments for a str method: bytearrays/buffers (and tuples of them) as strs. */
static Value as_str_arg(VM *vm, Value v) {
  const char *p;
  int64_t n;
  if (v.tag != T_STR && bytes_of(v, &p, &n)) {
    Str *s = str_new(vm, p, (size_t)n);
    return s ? v_obj(s) : v_null();
  }
  if (v.tag == T_TUPLE) {
    Tuple *t = AS_TUPLE(v), *r = NULL;
    for (int64_t i = 0; i < t->len; i++) {
      Value x = as_str_arg(vm, t->items[i]);
      if (v_isnull(x)) return x;
      if (!v_same(x, t->items[i])) {
        if (!r && !(r = tuple_from(vm, t->len, t->items))) return v_null();
        r->items[i] = x;
      }
    }
    return r ? v_obj(r) : v;
  }
  return v;
}

/* A str result as a bytearray; lists and tuples of strs item by item. */
static Value to_ba_result(VM *vm, Value r) {
  if (r.tag == T_STR) return ba_new(vm, AS_STR(r)->data, AS_STR(r)->len);
  if (r.tag == T_LIST || r.tag == T_TUPLE) {
    int64_t n = r.tag == T_LIST ? AS_LIST(r)->len : AS_TUPLE(r)->len;
    Value *items = r.tag == T_LIST ? AS_LIST(r)->items : AS_TUPLE(r)->items;
    for (int64_t i = 0; i < n; i++) {
      Value x = to_ba_result(vm, items[i]);
      if (v_isnull(x)) return x;
      items[i] = x;
    }
  }
  return r;
}

static Value ba_strmeth(VM *vm, const char *name, bool convert, int argc, Value *argv,
                        Dict *kw) {
  ByteArray *self = self_ba(vm, argv[0], name);
  if (!self) return v_null();
  Class *sc = vm->cls[T_STR];
  Value f = class_lookup(vm, sc, str_intern_cstr(vm, name));
  if (v_isnull(f))
    return vm_raise(vm, vm->exc_AttributeError, "'str' object has no attribute '%s'", name);
  Str *s = str_new(vm, self->data ? self->data : "", (size_t)self->len);
  if (!s) return v_null();
  Value args[8];
  int n = argc - 1 < 8 ? argc - 1 : 8;
  for (int i = 0; i < n; i++) {
    args[i] = as_str_arg(vm, argv[i + 1]);
    if (v_isnull(args[i])) return v_null();
  }
  Value r = vm_call_with_self(vm, f, sc, v_obj(s), n, args);
  if (v_isnull(r) || !convert) return r;
  return to_ba_result(vm, r);
}

#define BA_STRMETH(cname, pyname, conv) \
  static Value cname(VM *vm, int argc, Value *argv, Dict *kw) { \
    return ba_strmeth(vm, pyname, conv, argc, argv, kw); \
  }
BA_STRMETH(bs_capitalize, "capitalize", true)
BA_STRMETH(bs_center, "center", true)
BA_STRMETH(bs_count, "count", false)
BA_STRMETH(bs_decode, "decode", false)
BA_STRMETH(bs_endswith, "endswith", false)
BA_STRMETH(bs_expandtabs, "expandtabs", true)
BA_STRMETH(bs_find, "find", false)
BA_STRMETH(bs_index, "index", false)
BA_STRMETH(bs_isalnum, "isalnum", false)
BA_STRMETH(bs_isalpha, "isalpha", false)
BA_STRMETH(bs_isdigit, "isdigit", false)
BA_STRMETH(bs_islower, "islower", false)
BA_STRMETH(bs_isspace, "isspace", false)
BA_STRMETH(bs_istitle, "istitle", false)
BA_STRMETH(bs_isupper, "isupper", false)
BA_STRMETH(bs_ljust, "ljust", true)
BA_STRMETH(bs_lower, "lower", true)
BA_STRMETH(bs_lstrip, "lstrip", true)
BA_STRMETH(bs_partition, "partition", true)
BA_STRMETH(bs_replace, "replace", true)
BA_STRMETH(bs_rfind, "rfind", false)
BA_STRMETH(bs_rindex, "rindex", false)
BA_STRMETH(bs_rjust, "rjust", true)
BA_STRMETH(bs_rpartition, "rpartition", true)
BA_STRMETH(bs_rsplit, "rsplit", true)
BA_STRMETH(bs_rstrip, "rstrip", true)
BA_STRMETH(bs_split, "split", true)
BA_STRMETH(bs_splitlines, "splitlines", true)
BA_STRMETH(bs_startswith, "startswith", false)
BA_STRMETH(bs_strip, "strip", true)
BA_STRMETH(bs_swapcase, "swapcase", true)
BA_STRMETH(bs_title, "title", true)
BA_STRMETH(bs_translate, "translate", true)
BA_STRMETH(bs_upper, "upper", true)
BA_STRMETH(bs_zfill, "zfill", true)

/* join(iterable of bytes-like) -> bytearray */
static Value ba_join(VM *vm, int argc, Value *argv, Dict *kw) {
  BA_SELF("join");
  Value l = vm_to_list(vm, argv[1]);
  if (v_isnull(l)) return l;
  ByteArray *r = ba_alloc(vm, NULL, NULL, 0);
  if (!r) return v_null();
  List *items = AS_LIST(l);
  for (int64_t i = 0; i < items->len; i++) {
    const char *p;
    int64_t n;
    if (!bytes_of(items->items[i], &p, &n))
      return vm_raise(vm, vm->exc_TypeError,
                      "can only join an iterable of bytes (item %lld has type '%s')",
                      (long long)i, vm_type_name(vm, items->items[i]));
    if (i && !ba_append_bytes(vm, r, self->data, self->len)) return v_null();
    if (!ba_append_bytes(vm, r, p, n)) return v_null();
  }
  return v_obj(r);
}

/* ---- buffer and memoryview ---------------------------------------------------------------- */

static Buffer *buf_make(VM *vm, Class *cls, Value obj, int64_t off, int64_t size) {
  Buffer *b = obj_alloc(vm, cls, sizeof(Buffer));
  if (!b) return NULL;
  b->obj = obj;
  b->offset = off;
  b->size = size;
  return b;
}

/* buffer(object[, offset[, size]]) */
static Value buf_ctor(VM *vm, int argc, Value *argv, Dict *kw) {
  Class *cls = AS_CLASS(argv[0]);
  argc--;
  argv++;
  if (!lib_nokw(vm, "buffer", kw) || !lib_nargs(vm, 'P', "buffer", argc, 1, 3)) return v_null();
  const char *p;
  int64_t n, off = 0, size = -1;
  if (!bytes_of(argv[0], &p, &n))
    return vm_raise(vm, vm->exc_TypeError, "buffer object expected");
  if (argc > 1 && !lib_to_int(vm, argv[1], &off)) return v_null();
  if (argc > 2 && !lib_to_int(vm, argv[2], &size)) return v_null();
  if (off < 0) return vm_raise(vm, vm->exc_ValueError, "offset must be zero or positive");
  if (size < -1) return vm_raise(vm, vm->exc_ValueError, "size must be zero or positive");
  Value obj = argv[0];
  if (is_buf(obj)) {   /* a buffer of a buffer views the base object */
    Buffer *inner = (Buffer *)obj.u.o;
    off += inner->offset;
    if (inner->size >= 0) {
      int64_t avail = inner->size - (off - inner->offset);
      if (avail < 0) avail = 0;
      if (size < 0 || size > avail) size = avail;
    }
    obj = inner->obj;
  }
  Buffer *b = buf_make(vm, cls, obj, off, size);
  return b ? v_obj(b) : v_null();
}

static Value mv_ctor(VM *vm, int argc, Value *argv, Dict *kw) {
  Class *cls = AS_CLASS(argv[0]);
  argc--;
  argv++;
  static const char *const kws[] = {"object", NULL};
  if (!lib_kw_check(vm, kw, kws)) return v_null();
  Value obj;
  if (argc > 1)
    return vm_raise(vm, vm->exc_TypeError, "memoryview() takes at most 1 argument (%d given)",
                    argc);
  if (!lib_arg(vm, argc, argv, kw, 0, "object", "memoryview", &obj)) return v_null();
  if (v_isnull(obj))
    return vm_raise(vm, vm->exc_TypeError, "Required argument 'object' (pos 1) not found");
  const char *p;
  int64_t n;
  if (!bytes_of(obj, &p, &n) || is_buf(obj))
    return vm_raise(vm, vm->exc_TypeError,
                    "cannot make memory view because object does not have the buffer interface");
  int64_t off = 0, size = -1;
  if (is_mv(obj)) {
    Buffer *inner = (Buffer *)obj.u.o;
    off = inner->offset;
    size = inner->size;
    obj = inner->obj;
  }
  Buffer *b = buf_make(vm, cls, obj, off, size);
  return b ? v_obj(b) : v_null();
}

static Buffer *self_view(VM *vm, Value v, const char *name) {
  if (is_buf(v) || is_mv(v)) return (Buffer *)v.u.o;
  vm_raise(vm, vm->exc_TypeError, "descriptor '%s' requires a buffer object but received a '%s'",
           name, vm_type_name(vm, v));
  return NULL;
}

#define VIEW_SELF(name) \
  Buffer *self = self_view(vm, argv[0], name); \
  if (!self) return v_null(); \
  const char *data; \
  int64_t len; \
  bytes_of(argv[0], &data, &len)

static Value view_len(VM *vm, int argc, Value *argv, Dict *kw) {
  VIEW_SELF("__len__");
  return v_int(len);
}

static Value view_str(VM *vm, int argc, Value *argv, Dict *kw) {
  VIEW_SELF("__str__");
  Str *s = str_new(vm, data, (size_t)len);
  return s ? v_obj(s) : v_null();
}

static Value view_getitem(VM *vm, int argc, Value *argv, Dict *kw) {
  VIEW_SELF("__getitem__");
  Value key = argv[1];
  bool mv = is_mv(argv[0]);
  if (key.tag == T_SLICE) {
    int64_t a, b, st, n;
    if (!slice_indices(vm, (Slice *)key.u.o, len, &a, &b, &st, &n)) return v_null();
    if (mv) {
      if (st != 1) return vm_raise(vm, vm->exc_NotImplementedError, "");
      Buffer *r = buf_make(vm, self->inst.h.cls, self->obj, self->offset + a, n);
      return r ? v_obj(r) : v_null();
    }
    Str *s = str_alloc(vm, (size_t)n);
    if (!s) return v_null();
    for (int64_t i = 0, j = a; i < n; i++, j += st) s->data[i] = data[j];
    return v_obj(s);
  }
  int64_t i;
  if (!seq_index_value(vm, key, mv ? "memoryview" : "buffer", &i)) return v_null();
  if (i < 0) i += len;
  if (i < 0 || i >= len)
    return vm_raise(vm, vm->exc_IndexError,
                    mv ? "index out of bounds" : "buffer index out of range");
  return v_obj(vm->char_str[(unsigned char)data[i]]);
}

/* memoryview of a bytearray: m[i] = 'x', m[a:b] = 'xy' (same size). */
static Value mv_setitem(VM *vm, int argc, Value *argv, Dict *kw) {
  VIEW_SELF("__setitem__");
  if (!is_ba(self->obj)) return vm_raise(vm, vm->exc_TypeError, "cannot modify read-only memory");
  ByteArray *ba = (ByteArray *)self->obj.u.o;
  int64_t base = data - ba->data;
  int64_t a, b, st, n;
  if (argv[1].tag == T_SLICE) {
    if (!slice_indices(vm, (Slice *)argv[1].u.o, len, &a, &b, &st, &n)) return v_null();
    if (st != 1) return vm_raise(vm, vm->exc_NotImplementedError, "");
  } else {
    if (!seq_index_value(vm, argv[1], "memoryview", &a)) return v_null();
    if (a < 0) a += len;
    if (a < 0 || a >= len) return vm_raise(vm, vm->exc_IndexError, "index out of bounds");
    n = 1;
  }
  const char *p;
  int64_t m;
  if (!bytes_of(argv[2], &p, &m))
    return vm_raise(vm, vm->exc_TypeError, "'%s' does not have the buffer interface",
                    vm_type_name(vm, argv[2]));
  if (m != n)
    return vm_raise(vm, vm->exc_ValueError,
                    "cannot modify size of memoryview object");
  memmove(ba->data + base + a, p, (size_t)n);
  return v_none();
}

/* buffers compare only with buffers; memoryviews test == and != against
** any bytes-like object and leave ordering to the default. */
static Value view_compare(VM *vm, int argc, Value *argv, CmpOp op) {
  if (!self_view(vm, argv[0], "__eq__")) return v_null();
  if (is_buf(argv[0]) && !is_buf(argv[1])) return vm_not_implemented(vm);
  if (is_mv(argv[0]) && op != CMP_EQ && op != CMP_NE) return vm_not_implemented(vm);
  return ba_compare(vm, argc, argv, op);
}

#define VIEW_CMP(name, op) \
  static Value name(VM *vm, int argc, Value *argv, Dict *kw) { \
    return view_compare(vm, argc, argv, op); \
  }
VIEW_CMP(view_lt, CMP_LT)
VIEW_CMP(view_le, CMP_LE)
VIEW_CMP(view_eq, CMP_EQ)
VIEW_CMP(view_ne, CMP_NE)
VIEW_CMP(view_gt, CMP_GT)
VIEW_CMP(view_ge, CMP_GE)

static Value buf_add(VM *vm, int argc, Value *argv, Dict *kw) {
  VIEW_SELF("__add__");
  const char *p;
  int64_t n;
  if (!bytes_of(argv[1], &p, &n))
    return vm_raise(vm, vm->exc_TypeError, "cannot concatenate 'buffer' and '%s' objects",
                    vm_type_name(vm, argv[1]));
  Str *s = str_alloc(vm, (size_t)(len + n));
  if (!s) return v_null();
  memcpy(s->data, data, (size_t)len);
  memcpy(s->data + len, p, (size_t)n);
  return v_obj(s);
}

static Value buf_mul(VM *vm, int argc, Value *argv, Dict *kw) {
  VIEW_SELF("__mul__");
  int64_t n;
  if (!repeat_count(vm, argv[1], &n)) return v_null();
  Str *s = str_new(vm, data, (size_t)len);
  return s ? v_obj(str_repeat(vm, s, n)) : v_null();
}

static Value buf_hash(VM *vm, int argc, Value *argv, Dict *kw) {
  VIEW_SELF("__hash__");
  if (is_ba(self->obj)) return vm_raise(vm, vm->exc_TypeError, "unhashable type");
  Str *s = str_new(vm, data, (size_t)len);
  return s ? v_int(str_hash(s)) : v_null();
}

static Value buf_repr(VM *vm, int argc, Value *argv, Dict *kw) {
  VIEW_SELF("__repr__");
  Str *s = str_printf(vm, "<read-only buffer for %p, size %lld, offset %lld at %p>",
                      (void *)self->obj.u.o, (long long)self->size, (long long)self->offset,
                      (void *)self);
  return s ? v_obj(s) : v_null();
}

static Value mv_repr(VM *vm, int argc, Value *argv, Dict *kw) {
  VIEW_SELF("__repr__");
  Str *s = str_printf(vm, "<memory at %p>", (void *)self);
  return s ? v_obj(s) : v_null();
}

static Value mv_tolist(VM *vm, int argc, Value *argv, Dict *kw) {
  VIEW_SELF("tolist");
  List *l = list_new(vm, len);
  if (!l) return v_null();
  for (int64_t i = 0; i < len; i++) l->items[i] = v_int((unsigned char)data[i]);
  return v_obj(l);
}

static Value mv_readonly(VM *vm, int argc, Value *argv, Dict *kw) {
  VIEW_SELF("readonly");
  return v_bool(!is_ba(self->obj));
}

static Value mv_format(VM *vm, int argc, Value *argv, Dict *kw) {
  return v_obj(str_from_cstr(vm, "B"));
}

static Value mv_one(VM *vm, int argc, Value *argv, Dict *kw) { return v_int(1); }

static Value mv_shape(VM *vm, int argc, Value *argv, Dict *kw) {
  VIEW_SELF("shape");
  Value n = long_from_i64(vm, len);
  if (v_isnull(n)) return n;
  Tuple *t = tuple_from(vm, 1, &n);
  return t ? v_obj(t) : v_null();
}

static Value mv_strides(VM *vm, int argc, Value *argv, Dict *kw) {
  Value n = long_from_i64(vm, 1);
  if (v_isnull(n)) return n;
  Tuple *t = tuple_from(vm, 1, &n);
  return t ? v_obj(t) : v_null();
}

static Value mv_none(VM *vm, int argc, Value *argv, Dict *kw) { return v_none(); }

static Value mv_enter(VM *vm, int argc, Value *argv, Dict *kw) { return argv[0]; }

/* ---- coerce ---------------------------------------------------------------------------- */

static int num_rank(Value v) {
  switch (v.tag) {
  case T_INT: case T_BOOL: return 1;
  case T_LONG: return 2;
  case T_FLOAT: return 3;
  default: return 0;
  }
}

/* coerce(x, y): the pair converted to a common numeric type. */
static Value bi_coerce(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'U', "coerce", argc, 2, 2)) return v_null();
  Value x = argv[0], y = argv[1];
  /* Objects of one (non-instance) type come back unchanged. */
  if (x.tag != T_INSTANCE && vm_class_of(vm, x) == vm_class_of(vm, y)) {
    Tuple *t = tuple_from(vm, 2, argv);
    return t ? v_obj(t) : v_null();
  }
  /* __coerce__ of a user object. */
  for (int side = 0; side < 2; side++) {
    Value a = side ? y : x, b = side ? x : y;
    if (a.tag != T_INSTANCE) continue;
    Str *name = str_intern_cstr(vm, "__coerce__");
    if (v_isnull(class_lookup(vm, a.u.o->cls, name))) continue;
    Value r = vm_call_method(vm, a, name, 1, &b);
    if (v_isnull(r)) return r;
    if (v_same(r, vm_not_implemented(vm)) || v_isnone(r)) continue;
    if (r.tag != T_TUPLE || AS_TUPLE(r)->len != 2)
      return vm_raise(vm, vm->exc_TypeError, "coercion should return None or 2-tuple");
    if (side) {
      Tuple *t = tuple_from(vm, 2, (Value[]){AS_TUPLE(r)->items[1], AS_TUPLE(r)->items[0]});
      return t ? v_obj(t) : v_null();
    }
    return r;
  }
  Value ux = vm_unbox(x), uy = vm_unbox(y);
  double re, im;
  bool cx = complex_check(vm, x), cy = complex_check(vm, y);
  if (cx || cy) {
    Value c[2] = {x, y};
    for (int i = 0; i < 2; i++) {
      if (complex_check(vm, c[i])) continue;
      double d;
      if (!num_rank(vm_unbox(c[i]))) goto fail;
      if (!lib_to_double(vm, vm_unbox(c[i]), &d)) return v_null();
      c[i] = complex_new(vm, d, 0.0);
      if (v_isnull(c[i])) return c[i];
    }
    (void)re; (void)im;
    Tuple *t = tuple_from(vm, 2, c);
    return t ? v_obj(t) : v_null();
  }
  int rx = num_rank(ux), ry = num_rank(uy);
  if (!rx || !ry) goto fail;
  Value c[2] = {x, y};
  int top = rx > ry ? rx : ry;
  for (int i = 0; i < 2; i++) {
    Value u = i ? uy : ux;
    int r = i ? ry : rx;
    if (r == top) continue;
    if (top == 3) {
      double d;
      if (!lib_to_double(vm, u, &d)) return v_null();
      c[i] = v_float(d);
    } else {   /* int -> long */
      Value lf = dict_get_str(vm, vm->builtins, str_intern_cstr(vm, "long"));
      c[i] = vm_call1(vm, lf, u);
      if (v_isnull(c[i])) return c[i];
    }
  }
  Tuple *t = tuple_from(vm, 2, c);
  return t ? v_obj(t) : v_null();
fail:
  return vm_raise(vm, vm->exc_TypeError, "number coercion failed");
}

/* ---- registration ----------------------------------------------------------------------- */

typedef struct { const char *name; CFn fn; int min, max; } BMeth;

static const BMeth ba_methods[] = {
  {"__len__", ba_len, 0, 0}, {"__str__", ba_str, 0, 0}, {"__repr__", ba_repr, 0, 0},
  {"__getitem__", ba_getitem, 1, 1}, {"__setitem__", ba_setitem, 2, 2},
  {"__delitem__", ba_delitem, 1, 1}, {"__iter__", ba_iter, 0, 0},
  {"__contains__", ba_contains, 1, 1}, {"__lt__", ba_lt, 1, 1}, {"__le__", ba_le, 1, 1},
  {"__eq__", ba_eq, 1, 1}, {"__ne__", ba_ne, 1, 1}, {"__gt__", ba_gt, 1, 1},
  {"__ge__", ba_ge, 1, 1}, {"__add__", ba_add, 1, 1}, {"__radd__", ba_radd, 1, 1},
  {"__iadd__", ba_iadd, 1, 1}, {"__mul__", ba_mul, 1, 1}, {"__rmul__", ba_mul, 1, 1},
  {"__imul__", ba_imul, 1, 1}, {"__alloc__", ba_alloc_size, 0, 0},
  {"__reduce__", ba_reduce, 0, 0},
  {"append", ba_append, 1, 1}, {"extend", ba_extend, 1, 1}, {"insert", ba_insert, 2, 2},
  {"pop", ba_pop, 0, 1}, {"remove", ba_remove, 1, 1}, {"reverse", ba_reverse, 0, 0},
  {"join", ba_join, 1, 1},
  {"capitalize", bs_capitalize, 0, -1}, {"center", bs_center, 0, -1},
  {"count", bs_count, 0, -1}, {"decode", bs_decode, 0, -1}, {"endswith", bs_endswith, 0, -1},
  {"expandtabs", bs_expandtabs, 0, -1}, {"find", bs_find, 0, -1}, {"index", bs_index, 0, -1},
  {"isalnum", bs_isalnum, 0, -1}, {"isalpha", bs_isalpha, 0, -1},
  {"isdigit", bs_isdigit, 0, -1}, {"islower", bs_islower, 0, -1},
  {"isspace", bs_isspace, 0, -1}, {"istitle", bs_istitle, 0, -1},
  {"isupper", bs_isupper, 0, -1}, {"ljust", bs_ljust, 0, -1}, {"lower", bs_lower, 0, -1},
  {"lstrip", bs_lstrip, 0, -1}, {"partition", bs_partition, 0, -1},
  {"replace", bs_replace, 0, -1}, {"rfind", bs_rfind, 0, -1}, {"rindex", bs_rindex, 0, -1},
  {"rjust", bs_rjust, 0, -1}, {"rpartition", bs_rpartition, 0, -1},
  {"rsplit", bs_rsplit, 0, -1}, {"rstrip", bs_rstrip, 0, -1}, {"split", bs_split, 0, -1},
  {"splitlines", bs_splitlines, 0, -1}, {"startswith", bs_startswith, 0, -1},
  {"strip", bs_strip, 0, -1}, {"swapcase", bs_swapcase, 0, -1}, {"title", bs_title, 0, -1},
  {"translate", bs_translate, 0, -1}, {"upper", bs_upper, 0, -1}, {"zfill", bs_zfill, 0, -1},
  {NULL, NULL, 0, 0}
};

static const BMeth view_methods[] = {
  {"__len__", view_len, 0, 0}, {"__str__", view_str, 0, 0},
  {"__getitem__", view_getitem, 1, 1}, {"__lt__", view_lt, 1, 1}, {"__le__", view_le, 1, 1},
  {"__eq__", view_eq, 1, 1}, {"__ne__", view_ne, 1, 1}, {"__gt__", view_gt, 1, 1},
  {"__ge__", view_ge, 1, 1},
  {NULL, NULL, 0, 0}
};

static Class *bytes_class(VM *vm, const char *name, CFn ctor, const BMeth *m1, const BMeth *m2) {
  Class *c = class_new_builtin(vm, name, NULL, T_INSTANCE, 0);
  if (!c) { vm_exc_clear(vm); return NULL; }
  c->ctor = ctor;
  for (const BMeth *m = m1; m && m->name; m++)
    vm_add_method(vm, c, m->name, m->fn, m->min, m->max, false);
  for (const BMeth *m = m2; m && m->name; m++)
    vm_add_method(vm, c, m->name, m->fn, m->min, m->max, false);
  dict_set_str(vm, c->dict, vm->s___doc__, v_none());
  dict_set_str(vm, vm->builtins, str_intern_cstr(vm, name), v_obj(c));
  return c;
}

void lib_init_bytes(VM *vm) {
  Class *ba = bytes_class(vm, "bytearray", ba_ctor, ba_methods, NULL);
  if (ba) {
    dict_set_str(vm, ba->dict, vm->s___hash__, v_none());
    CFunc *f = cfunc_new(vm, "fromhex", ba_fromhex, 0, -1, false);
    Wrapper *w = f ? gc_alloc(sizeof(Wrapper)) : NULL;
    if (w) {
      w->h.kind = T_CLASSMETHOD;
      w->h.cls = vm->cls[T_CLASSMETHOD];
      w->func = v_obj(f);
      dict_set_str(vm, ba->dict, str_intern_cstr(vm, "fromhex"), v_obj(w));
    }
    class_update_flags(vm, ba);
  }
  static const BMeth buf_extra[] = {
    {"__add__", buf_add, 1, 1}, {"__mul__", buf_mul, 1, 1}, {"__hash__", buf_hash, 0, 0},
    {"__repr__", buf_repr, 0, 0}, {NULL, NULL, 0, 0}
  };
  Class *buf = bytes_class(vm, "buffer", buf_ctor, view_methods, buf_extra);
  if (buf) class_update_flags(vm, buf);
  static const BMeth mv_extra[] = {
    {"__setitem__", mv_setitem, 2, 2}, {"__repr__", mv_repr, 0, 0},
    {"tobytes", view_str, 0, 0}, {"tolist", mv_tolist, 0, 0},
    {"__enter__", mv_enter, 0, 0}, {"__exit__", mv_none, 0, -1}, {NULL, NULL, 0, 0}
  };
  Class *mv = bytes_class(vm, "memoryview", mv_ctor, view_methods, mv_extra);
  if (mv) {
    dict_set_str(vm, mv->dict, vm->s___hash__, v_none());
    vm_add_property(vm, mv, "readonly", mv_readonly, NULL);
    vm_add_property(vm, mv, "format", mv_format, NULL);
    vm_add_property(vm, mv, "itemsize", mv_one, NULL);
    vm_add_property(vm, mv, "ndim", mv_one, NULL);
    vm_add_property(vm, mv, "shape", mv_shape, NULL);
    vm_add_property(vm, mv, "strides", mv_strides, NULL);
    vm_add_property(vm, mv, "suboffsets", mv_none, NULL);
    class_update_flags(vm, mv);
  }
  vm_add_function(vm, vm->builtins, "coerce", bi_coerce, 0, -1, false);
  vm_exc_clear(vm);
}
