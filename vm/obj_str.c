/*
** obj_str.c: the str type (Python 2 byte strings). Allocation and interning,
** hashing (CPython 2.7's string hash), comparison, indexing and slicing, repr,
** str_printf, and the str methods as CFuncs (the sequence slot methods list and
** tuple share come from obj_list.c). Also the small helpers the
** data-types files share (SBuf byte buffers, argument count checks, the repr
** recursion guard).
*/
#include <ctype.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "vm/vm.h"
#include "vm/types.h"
#include "vm/long.h"
#include "gc/gc.h"

/* ======================================================================== */
/* shared helpers                                                            */
/* ======================================================================== */

void sbuf_init(SBuf *b) { b->p = NULL; b->len = b->cap = 0; b->oom = false; }

static bool sbuf_grow(SBuf *b, size_t need) {
  if (b->oom) return false;
  if (b->len + need <= b->cap) return true;
  size_t cap = b->cap ? b->cap : 64;
  while (cap < b->len + need) {
    if (cap > SIZE_MAX / 2) { b->oom = true; return false; }
    cap *= 2;
  }
  char *p = realloc(b->p, cap);
  if (!p) { b->oom = true; return false; }
  b->p = p;
  b->cap = cap;
  return true;
}

void sbuf_put(SBuf *b, const char *s, size_t n) {
  if (n == 0 || !sbuf_grow(b, n)) return;
  memcpy(b->p + b->len, s, n);
  b->len += n;
}

void sbuf_putc(SBuf *b, char c) {
  if (!sbuf_grow(b, 1)) return;
  b->p[b->len++] = c;
}

void sbuf_puts(SBuf *b, const char *s) { sbuf_put(b, s, strlen(s)); }
void sbuf_putstr(SBuf *b, Str *s) { sbuf_put(b, s->data, (size_t)s->len); }

void sbuf_fill(SBuf *b, char c, int64_t n) {
  if (n <= 0 || !sbuf_grow(b, (size_t)n)) return;
  memset(b->p + b->len, c, (size_t)n);
  b->len += (size_t)n;
}

void sbuf_free(SBuf *b) { free(b->p); sbuf_init(b); }

Str *sbuf_finish(VM *vm, SBuf *b) {
  if (b->oom) {
    sbuf_free(b);
    vm_raise(vm, vm->exc_MemoryError, "out of memory");
    return NULL;
  }
  Str *s = str_new(vm, b->p ? b->p : "", b->len);
  sbuf_free(b);
  return s;
}

bool types_nargs(VM *vm, const char *name, int nargs, int min, int max) {
  if (nargs >= min && (max < 0 || nargs <= max)) return true;
  if (name[0] == '@') {  /* slot wrapper: "expected 1 arguments, got 0" */
    vm_raise(vm, vm->exc_TypeError, "%sexpected %d arguments, got %d", name[1] == ' ' ? " " : "",
             min, nargs);
    return false;
  }
  if (name[0] == '%') {  /* slot wrapper parsing "nn": "function takes exactly 2 arguments" */
    vm_raise(vm, vm->exc_TypeError, "function takes exactly %d argument%s (%d given)", min,
             min == 1 ? "" : "s", nargs);
    return false;
  }
  if (name[0] == '#') {  /* PyArg_ParseTuple style: "exactly 1 argument" */
    name++;
    if (min == max) {
      vm_raise(vm, vm->exc_TypeError, "%s() takes exactly %d argument%s (%d given)", name,
               min, min == 1 ? "" : "s", nargs);
      return false;
    }
  }
  if (name[0] == '*') {  /* PyArg_UnpackTuple style */
    if (nargs < min)
      vm_raise(vm, vm->exc_TypeError, "%s expected at least %d arguments, got %d",
               name + 1, min, nargs);
    else
      vm_raise(vm, vm->exc_TypeError, "%s expected at most %d arguments, got %d",
               name + 1, max, nargs);
    return false;
  }
  if (min == 0 && max == 0)
    vm_raise(vm, vm->exc_TypeError, "%s() takes no arguments (%d given)", name, nargs);
  else if (min == 1 && max == 1)
    vm_raise(vm, vm->exc_TypeError, "%s() takes exactly one argument (%d given)", name, nargs);
  else if (min == max)
    vm_raise(vm, vm->exc_TypeError, "%s() takes exactly %d argument%s (%d given)", name,
             min, min == 1 ? "" : "s", nargs);
  else if (nargs < min)
    vm_raise(vm, vm->exc_TypeError, "%s() takes at least %d argument%s (%d given)", name,
             min, min == 1 ? "" : "s", nargs);
  else
    vm_raise(vm, vm->exc_TypeError, "%s() takes at most %d argument%s (%d given)", name,
             max, max == 1 ? "" : "s", nargs);
  return false;
}

int types_repr_enter(VM *vm, Value c) {
  List *l = vm->repr_active;
  if (!l) {
    l = list_new(vm, 0);
    if (!l) return -1;
    vm->repr_active = l;
  }
  for (int64_t i = 0; i < l->len; i++)
    if (v_same(l->items[i], c)) return 0;
  return list_append(vm, l, c) ? 1 : -1;
}

void types_repr_leave(VM *vm, Value c) {
  List *l = vm->repr_active;
  if (!l) return;
  for (int64_t i = l->len - 1; i >= 0; i--)
    if (v_same(l->items[i], c)) {
      if (i + 1 < l->len)
        memmove(&l->items[i], &l->items[i + 1], (size_t)(l->len - i - 1) * sizeof(Value));
      l->len--;
      l->items[l->len] = v_null();
      return;
    }
}

void types_raise_with(VM *vm, Class *cls, Value v) {
  Value e = vm_new_exception(vm, cls, 1, &v);
  if (v_isnull(e)) return;
  vm_raise_obj(vm, e, v_none(), v_none());
}

/* ======================================================================== */
/* allocation, interning, hashing                                            */
/* ======================================================================== */

Str *str_alloc(VM *vm, size_t len) {
  if (len > (size_t)INT64_MAX - sizeof(Str) - 1) {
    vm_raise(vm, vm->exc_OverflowError, "string is too large to make");
    return NULL;
  }
  Str *s = gc_alloc_atomic(sizeof(Str) + len + 1);
  if (!s) {
    vm_raise(vm, vm->exc_MemoryError, "out of memory");
    return NULL;
  }
  s->h.kind = T_STR;
  s->h.flags = 0;
  s->h.cls = vm->cls[T_STR];
  s->hash = -1;
  s->len = (int64_t)len;
  s->data[len] = '\0';
  return s;
}

Str *str_new(VM *vm, const char *p, size_t len) {
  if (len == 0 && vm->empty_str) return vm->empty_str;
  if (len == 1 && vm->char_str[(unsigned char)p[0]]) return vm->char_str[(unsigned char)p[0]];
  Str *s = str_alloc(vm, len);
  if (s && len) memcpy(s->data, p, len);
  return s;
}

Str *str_from_cstr(VM *vm, const char *s) { return str_new(vm, s, strlen(s)); }

/* CPython 2.7's string hash (no hash randomisation), 64-bit. */
int64_t str_hash(Str *s) {
  if (s->hash != -1) return s->hash;
  int64_t len = s->len;
  uint64_t x;
  if (len == 0) {
    x = 0;
  } else {
    const unsigned char *p = (const unsigned char *)s->data;
    x = (uint64_t)*p << 7;
    for (int64_t i = 0; i < len; i++) x = (1000003u * x) ^ p[i];
    x ^= (uint64_t)len;
  }
  int64_t h = (int64_t)x;
  if (h == -1) h = -2;
  s->hash = h;
  return h;
}

bool str_eq(Str *a, Str *b) {
  if (a == b) return true;
  if (a->len != b->len) return false;
  if (a->hash != -1 && b->hash != -1 && a->hash != b->hash) return false;
  return memcmp(a->data, b->data, (size_t)a->len) == 0;
}

int str_cmp(Str *a, Str *b) {
  int64_t n = a->len < b->len ? a->len : b->len;
  int c = memcmp(a->data, b->data, (size_t)n);
  if (c) return c < 0 ? -1 : 1;
  return a->len < b->len ? -1 : a->len > b->len ? 1 : 0;
}

Str *str_intern(VM *vm, Str *s) {
  if (s->h.flags & STR_INTERNED) return s;
  if (!vm->interned) {
    vm->interned = dict_new(vm);
    if (!vm->interned) return NULL;
  }
  Value k = v_obj(s);
  Value found = dict_get_str(vm, vm->interned, s);
  if (!v_isnull(found)) return AS_STR(found);
  s->h.flags |= STR_INTERNED;
  if (!dict_set(vm, vm->interned, k, k)) return NULL;
  return s;
}

Str *str_intern_cstr(VM *vm, const char *cs) {
  size_t n = strlen(cs);
  if (vm->interned) {
    /* Probe with a stack copy to avoid allocating when already interned. */
    _Alignas(Str) char buf[sizeof(Str) + 64];
    if (n < 64) {
      Str *tmp = (Str *)(void *)buf;
      tmp->h.kind = T_STR;
      tmp->h.flags = 0;
      tmp->h.cls = vm->cls[T_STR];
      tmp->hash = -1;
      tmp->len = (int64_t)n;
      memcpy(tmp->data, cs, n + 1);
      Value found = dict_get_str(vm, vm->interned, tmp);
      if (!v_isnull(found)) return AS_STR(found);
    }
  }
  Str *s = str_alloc(vm, n);   /* a fresh copy: never a shared char_str */
  if (!s) return NULL;
  memcpy(s->data, cs, n);
  return str_intern(vm, s);
}

Str *str_concat(VM *vm, Str *a, Str *b) {
  if (a->len == 0) return b;
  if (b->len == 0) return a;
  Str *s = str_alloc(vm, (size_t)(a->len + b->len));
  if (!s) return NULL;
  memcpy(s->data, a->data, (size_t)a->len);
  memcpy(s->data + a->len, b->data, (size_t)b->len);
  return s;
}

Value str_add(VM *vm, Str *a, Value b) {
  if (b.tag != T_STR)
    return vm_raise(vm, vm->exc_TypeError, "cannot concatenate 'str' and '%s' objects",
                    vm_type_name(vm, b));
  Str *s = str_concat(vm, a, AS_STR(b));
  return s ? v_obj(s) : v_null();
}

Str *str_repeat(VM *vm, Str *s, int64_t n) {
  if (n <= 0 || s->len == 0) return str_new(vm, "", 0);
  if (n == 1) return s;
  if (s->len > INT64_MAX / n) {
    vm_raise(vm, vm->exc_OverflowError, "repeated string is too long");
    return NULL;
  }
  Str *r = str_alloc(vm, (size_t)(s->len * n));
  if (!r) return NULL;
  if (s->len == 1) {
    memset(r->data, s->data[0], (size_t)n);
  } else {
    for (int64_t i = 0; i < n; i++) memcpy(r->data + i * s->len, s->data, (size_t)s->len);
  }
  return r;
}

int64_t str_find_raw(const char *hay, int64_t hlen, const char *needle, int64_t nlen) {
  if (nlen == 0) return 0;
  if (nlen > hlen) return -1;
  if (nlen == 1) {
    const char *p = memchr(hay, needle[0], (size_t)hlen);
    return p ? p - hay : -1;
  }
  const char *p = memmem(hay, (size_t)hlen, needle, (size_t)nlen);
  return p ? p - hay : -1;
}

static int64_t str_rfind_raw(const char *hay, int64_t hlen, const char *needle, int64_t nlen) {
  if (nlen > hlen) return -1;
  for (int64_t i = hlen - nlen; i >= 0; i--)
    if (hay[i] == needle[0] && memcmp(hay + i, needle, (size_t)nlen) == 0) return i;
  return -1;
}

int str_contains(VM *vm, Str *s, Value item) {
  if (item.tag != T_STR) {
    vm_raise(vm, vm->exc_TypeError, "'in <string>' requires string as left operand, not %s",
             vm_type_name(vm, item));
    return -1;
  }
  Str *n = AS_STR(item);
  return str_find_raw(s->data, s->len, n->data, n->len) >= 0;
}

Value str_getitem(VM *vm, Str *s, Value index) {
  int64_t start, step, n;
  int k = seq_subscript(vm, index, s->len, "string", "string index out of range", &start,
                        &step, &n);
  if (k == 0) return v_null();
  if (k == 1) {
    Str *c = vm->char_str[(unsigned char)s->data[start]];
    if (!c) c = str_new(vm, s->data + start, 1);
    return c ? v_obj(c) : v_null();
  }
  if (step == 1) {
    if (n == s->len) return v_obj(s);
    Str *r = str_new(vm, s->data + start, (size_t)n);
    return r ? v_obj(r) : v_null();
  }
  Str *r = str_alloc(vm, (size_t)n);
  if (!r) return v_null();
  for (int64_t i = 0, j = start; i < n; i++, j += step) r->data[i] = s->data[j];
  if (n <= 1) return v_obj(str_new(vm, r->data, (size_t)n));
  return v_obj(r);
}

Str *str_repr(VM *vm, Str *s) {
  char quote = '\'';
  if (memchr(s->data, '\'', (size_t)s->len) && !memchr(s->data, '"', (size_t)s->len))
    quote = '"';
  SBuf b;
  sbuf_init(&b);
  sbuf_putc(&b, quote);
  static const char hex[] = "0123456789abcdef";
  for (int64_t i = 0; i < s->len; i++) {
    unsigned char c = (unsigned char)s->data[i];
    if (c == (unsigned char)quote || c == '\\') { sbuf_putc(&b, '\\'); sbuf_putc(&b, (char)c); }
    else if (c == '\t') sbuf_put(&b, "\\t", 2);
    else if (c == '\n') sbuf_put(&b, "\\n", 2);
    else if (c == '\r') sbuf_put(&b, "\\r", 2);
    else if (c < ' ' || c >= 0x7f) {
      char e[4] = {'\\', 'x', hex[c >> 4], hex[c & 15]};
      sbuf_put(&b, e, 4);
    } else sbuf_putc(&b, (char)c);
  }
  sbuf_putc(&b, quote);
  return sbuf_finish(vm, &b);
}

/* ======================================================================== */
/* str_printf                                                                */
/* ======================================================================== */

Str *str_vprintf(VM *vm, const char *fmt, va_list ap) {
  SBuf b;
  sbuf_init(&b);
  const char *p = fmt ? fmt : "";
  while (*p) {
    const char *pct = strchr(p, '%');
    if (!pct) { sbuf_puts(&b, p); break; }
    sbuf_put(&b, p, (size_t)(pct - p));
    p = pct + 1;
    if (*p == '%') { sbuf_putc(&b, '%'); p++; continue; }
    if (*p == 'S') {
      Str *s = va_arg(ap, Str *);
      if (s) sbuf_putstr(&b, s); else sbuf_puts(&b, "(null)");
      p++;
      continue;
    }
    if (*p == 'R') {
      Value *v = va_arg(ap, Value *);
      Str *r = vm_repr(vm, *v);
      if (!r) { sbuf_free(&b); return NULL; }
      sbuf_putstr(&b, r);
      p++;
      continue;
    }
    /* A C conversion: copy the spec and hand it to snprintf with the right
    ** argument type. */
    char spec[32];
    size_t n = 0;
    spec[n++] = '%';
    int stars[2], nstars = 0;
    while (*p && strchr("-+ #0", *p) && n < 20) spec[n++] = *p++;
    if (*p == '*') { stars[nstars++] = va_arg(ap, int); spec[n++] = *p++; }
    else while (isdigit((unsigned char)*p) && n < 20) spec[n++] = *p++;
    if (*p == '.') {
      spec[n++] = *p++;
      if (*p == '*') { stars[nstars++] = va_arg(ap, int); spec[n++] = *p++; }
      else while (isdigit((unsigned char)*p) && n < 24) spec[n++] = *p++;
    }
    int lng = 0;  /* 1 h, 2 hh, 3 l, 4 ll, 5 z, 6 j, 7 t, 8 L */
    if (*p == 'h') { spec[n++] = *p++; lng = 1; if (*p == 'h') { spec[n++] = *p++; lng = 2; } }
    else if (*p == 'l') { spec[n++] = *p++; lng = 3; if (*p == 'l') { spec[n++] = *p++; lng = 4; } }
    else if (*p == 'z') { spec[n++] = *p++; lng = 5; }
    else if (*p == 'j') { spec[n++] = *p++; lng = 6; }
    else if (*p == 't') { spec[n++] = *p++; lng = 7; }
    else if (*p == 'L') { spec[n++] = *p++; lng = 8; }
    char conv = *p;
    if (!conv) break;
    p++;
    spec[n++] = conv;
    spec[n] = '\0';
    char tmp[512];
    char *out = tmp;
    int len = 0;
#define EMIT(val) do { \
      if (nstars == 2) len = snprintf(tmp, sizeof tmp, spec, stars[0], stars[1], val); \
      else if (nstars == 1) len = snprintf(tmp, sizeof tmp, spec, stars[0], val); \
      else len = snprintf(tmp, sizeof tmp, spec, val); \
    } while (0)
    switch (conv) {
    case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': case 'c':
      switch (lng) {
      case 3: { long v = va_arg(ap, long); EMIT(v); break; }
      case 4: { long long v = va_arg(ap, long long); EMIT(v); break; }
      case 5: { size_t v = va_arg(ap, size_t); EMIT(v); break; }
      case 6: { intmax_t v = va_arg(ap, intmax_t); EMIT(v); break; }
      case 7: { ptrdiff_t v = va_arg(ap, ptrdiff_t); EMIT(v); break; }
      default: { int v = va_arg(ap, int); EMIT(v); break; }
      }
      break;
    case 'f': case 'F': case 'e': case 'E': case 'g': case 'G': case 'a': case 'A':
      if (lng == 8) { long double v = va_arg(ap, long double); EMIT(v); }
      else { double v = va_arg(ap, double); EMIT(v); }
      break;
    case 's': {
      const char *v = va_arg(ap, const char *);
      if (!v) v = "(null)";
      if (n == 2 && nstars == 0) { sbuf_puts(&b, v); continue; }  /* plain %s: no limit */
      EMIT(v);
      break;
    }
    case 'p': { void *v = va_arg(ap, void *); EMIT(v); break; }
    default:  /* unknown: copy verbatim */
      sbuf_put(&b, spec, n);
      continue;
    }
#undef EMIT
    if (len < 0) len = 0;
    if ((size_t)len >= sizeof tmp) len = sizeof tmp - 1;
    sbuf_put(&b, out, (size_t)len);
  }
  return sbuf_finish(vm, &b);
}

Str *str_printf(VM *vm, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  Str *s = str_vprintf(vm, fmt, ap);
  va_end(ap);
  return s;
}

/* ======================================================================== */
/* methods                                                                   */
/* ======================================================================== */

#define SELF_STR(name) \
  if (argv[0].tag != T_STR) \
    return vm_raise(vm, vm->exc_TypeError, \
      "descriptor '%s' requires a 'str' object but received a '%s'", name, \
      vm_type_name(vm, argv[0])); \
  Str *self = AS_STR(argv[0]); (void)self; \
  int nargs = argc - 1; (void)nargs
#define NARGS(name, min, max) \
  if (!types_nargs(vm, name, nargs, min, max)) return v_null()
#define RET_STR(expr) do { Str *r_ = (expr); return r_ ? v_obj(r_) : v_null(); } while (0)

static bool is_ws(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

/* An optional slice-style int argument (None means "use the default"). */
static bool opt_index(VM *vm, Value v, int64_t *out) {
  if (v_isnone(v)) return true;
  if (v.tag == T_INT || v.tag == T_BOOL) { *out = v.u.i; return true; }
  if (v.tag == T_INSTANCE) {
    Value r = vm_call_special(vm, v, vm->s___index__, 0, NULL);
    if (v_isnull(r) && vm->exc.tag != T_NULL) return false;
    if (r.tag == T_INT || r.tag == T_BOOL) { *out = r.u.i; return true; }
  }
  vm_raise(vm, vm->exc_TypeError,
           "slice indices must be integers or None or have an __index__ method");
  return false;
}

/* An int argument: TypeError "an integer is required" otherwise. */
static bool int_arg(VM *vm, Value v, int64_t *out) {
  if (v.tag == T_INT || v.tag == T_BOOL) { *out = v.u.i; return true; }
  if (v.tag == T_LONG) {
    if (long_to_i64(vm, v, out)) return true;
    vm_exc_clear(vm);
    vm_raise(vm, vm->exc_OverflowError, "cannot fit 'long' into an index-sized integer");
    return false;
  }
  if (v.tag == T_INSTANCE) {
    Value u = vm_unbox(v);
    if (u.tag == T_INT) { *out = u.u.i; return true; }
    if (u.tag == T_INSTANCE && !v_isnull(class_lookup(vm, u.u.o->cls, vm->s___index__))) {
      Value r = vm_call_special(vm, u, vm->s___index__, 0, NULL);
      if (v_isnull(r)) return false;
      if (r.tag == T_INT || r.tag == T_BOOL || r.tag == T_LONG) return int_arg(vm, r, out);
      vm_raise(vm, vm->exc_TypeError, "__index__ returned non-(int,long) (type %s)",
               vm_type_name(vm, r));
      return false;
    }
  }
  if (v.tag == T_FLOAT) {
    vm_raise(vm, vm->exc_TypeError, "integer argument expected, got float");
    return false;
  }
  vm_raise(vm, vm->exc_TypeError, "an integer is required");
  return false;
}

/* Python 2's ADJUST_INDICES. */
static void adjust_indices(int64_t *start, int64_t *end, int64_t len) {
  if (*end > len) *end = len;
  else if (*end < 0) { *end += len; if (*end < 0) *end = 0; }
  if (*start < 0) { *start += len; if (*start < 0) *start = 0; }
}

static Value m_join(VM *vm, int argc, Value *argv, Dict *kw) {
  SELF_STR("join");
  NARGS("join", 1, 1);
  return str_join(vm, self, argv[1]);
}

Value str_join(VM *vm, Str *sep, Value iterable) {
  Value seqv = iterable;
  if (seqv.tag != T_LIST && seqv.tag != T_TUPLE) {
    seqv = vm_to_list(vm, iterable);
    if (v_isnull(seqv)) {
      if (vm_exc_matches(vm, vm->exc_TypeError)) {
        vm_exc_clear(vm);
        return vm_raise(vm, vm->exc_TypeError, "can only join an iterable");
      }
      return v_null();
    }
  }
  Value *items;
  int64_t n;
  if (seqv.tag == T_LIST) { items = AS_LIST(seqv)->items; n = AS_LIST(seqv)->len; }
  else { items = AS_TUPLE(seqv)->items; n = AS_TUPLE(seqv)->len; }
  if (n == 0) return v_obj(str_new(vm, "", 0));
  if (n == 1 && items[0].tag == T_STR) return items[0];
  int64_t total = 0;
  for (int64_t i = 0; i < n; i++) {
    if (items[i].tag != T_STR)
      return vm_raise(vm, vm->exc_TypeError, "sequence item %lld: expected string, %s found",
                      (long long)i, vm_type_name(vm, items[i]));
    total += AS_STR(items[i])->len;
  }
  total += sep->len * (n - 1);
  Str *r = str_alloc(vm, (size_t)total);
  if (!r) return v_null();
  char *d = r->data;
  for (int64_t i = 0; i < n; i++) {
    if (i && sep->len) { memcpy(d, sep->data, (size_t)sep->len); d += sep->len; }
    Str *it = AS_STR(items[i]);
    memcpy(d, it->data, (size_t)it->len);
    d += it->len;
  }
  return v_obj(r);
}

static bool push_sub(VM *vm, List *l, Str *s, int64_t a, int64_t b) {
  Str *p = (a == 0 && b == s->len) ? s : str_new(vm, s->data + a, (size_t)(b - a));
  return p && list_append(vm, l, v_obj(p));
}

/* split/rsplit argument parsing: sep (None or str), maxsplit. */
static bool split_args(VM *vm, int argc, Value *argv, Str **sep, int64_t *maxsplit) {
  *sep = NULL;
  *maxsplit = -1;
  if (argc > 2 && !int_arg(vm, argv[2], maxsplit)) return false;   /* parsed first */
  if (argc > 1 && !v_isnone(argv[1])) {
    if (argv[1].tag != T_STR) {
      vm_raise(vm, vm->exc_TypeError, "expected a string or other character buffer object");
      return false;
    }
    *sep = AS_STR(argv[1]);
    if ((*sep)->len == 0) {
      vm_raise(vm, vm->exc_ValueError, "empty separator");
      return false;
    }
  }
  if (*maxsplit < 0) *maxsplit = INT64_MAX;
  return true;
}

static Value m_split(VM *vm, int argc, Value *argv, Dict *kw) {
  SELF_STR("split");
  NARGS("split", 0, 2);
  Str *sep;
  int64_t maxsplit;
  if (!split_args(vm, argc, argv, &sep, &maxsplit)) return v_null();
  List *l = list_new(vm, 0);
  if (!l) return v_null();
  const char *s = self->data;
  int64_t n = self->len, i = 0;
  if (!sep) {
    while (maxsplit-- > 0) {
      while (i < n && is_ws((unsigned char)s[i])) i++;
      if (i == n) break;
      int64_t j = i;
      while (j < n && !is_ws((unsigned char)s[j])) j++;
      if (!push_sub(vm, l, self, i, j)) return v_null();
      i = j;
    }
    if (i < n) {
      while (i < n && is_ws((unsigned char)s[i])) i++;
      if (i < n && !push_sub(vm, l, self, i, n)) return v_null();
    }
    return v_obj(l);
  }
  while (maxsplit-- > 0) {
    int64_t k = str_find_raw(s + i, n - i, sep->data, sep->len);
    if (k < 0) break;
    if (!push_sub(vm, l, self, i, i + k)) return v_null();
    i += k + sep->len;
  }
  if (!push_sub(vm, l, self, i, n)) return v_null();
  return v_obj(l);
}

static Value m_rsplit(VM *vm, int argc, Value *argv, Dict *kw) {
  SELF_STR("rsplit");
  NARGS("rsplit", 0, 2);
  Str *sep;
  int64_t maxsplit;
  if (!split_args(vm, argc, argv, &sep, &maxsplit)) return v_null();
  List *l = list_new(vm, 0);
  if (!l) return v_null();
  const char *s = self->data;
  int64_t j = self->len;
  if (!sep) {
    while (maxsplit-- > 0) {
      while (j > 0 && is_ws((unsigned char)s[j - 1])) j--;
      if (j == 0) break;
      int64_t i = j;
      while (i > 0 && !is_ws((unsigned char)s[i - 1])) i--;
      if (!push_sub(vm, l, self, i, j)) return v_null();
      j = i;
    }
    if (j > 0) {
      while (j > 0 && is_ws((unsigned char)s[j - 1])) j--;
      if (j > 0 && !push_sub(vm, l, self, 0, j)) return v_null();
    }
  } else {
    while (maxsplit-- > 0) {
      int64_t k = str_rfind_raw(s, j, sep->data, sep->len);
      if (k < 0) break;
      if (!push_sub(vm, l, self, k + sep->len, j)) return v_null();
      j = k;
    }
    if (!push_sub(vm, l, self, 0, j)) return v_null();
  }
  list_reverse(l);
  return v_obj(l);
}

/* which: 1 left, 2 right, 3 both. */
static Value do_strip(VM *vm, int argc, Value *argv, int which, const char *name) {
  SELF_STR(name);
  NARGS(name, 0, 1);
  const char *chars = NULL;
  int64_t nchars = 0;
  if (argc > 1 && !v_isnone(argv[1])) {
    if (argv[1].tag != T_STR)
      return vm_raise(vm, vm->exc_TypeError, "%s arg must be None, str or unicode", name);
    chars = AS_STR(argv[1])->data;
    nchars = AS_STR(argv[1])->len;
  }
  const char *s = self->data;
  int64_t i = 0, j = self->len;
#define STRIPPABLE(c) (chars ? memchr(chars, (c), (size_t)nchars) != NULL : is_ws((unsigned char)(c)))
  if (which & 1) while (i < j && STRIPPABLE(s[i])) i++;
  if (which & 2) while (j > i && STRIPPABLE(s[j - 1])) j--;
#undef STRIPPABLE
  if (i == 0 && j == self->len) return argv[0];
  RET_STR(str_new(vm, s + i, (size_t)(j - i)));
}

static Value m_strip(VM *vm, int argc, Value *argv, Dict *kw) { return do_strip(vm, argc, argv, 3, "strip"); }
static Value m_lstrip(VM *vm, int argc, Value *argv, Dict *kw) { return do_strip(vm, argc, argv, 1, "lstrip"); }
static Value m_rstrip(VM *vm, int argc, Value *argv, Dict *kw) { return do_strip(vm, argc, argv, 2, "rstrip"); }

/* Case mappings: 0 upper, 1 lower, 2 swapcase, 3 capitalize, 4 title. */
static Value do_case(VM *vm, int argc, Value *argv, int mode, const char *name) {
  SELF_STR(name);
  NARGS(name, 0, 0);
  Str *r = str_alloc(vm, (size_t)self->len);
  if (!r) return v_null();
  bool prev_cased = false;
  for (int64_t i = 0; i < self->len; i++) {
    int c = (unsigned char)self->data[i];
    switch (mode) {
    case 0: c = toupper(c); break;
    case 1: c = tolower(c); break;
    case 2: c = isupper(c) ? tolower(c) : islower(c) ? toupper(c) : c; break;
    case 3: c = i == 0 ? toupper(c) : tolower(c); break;
    case 4:
      if (isalpha(c)) { c = prev_cased ? tolower(c) : toupper(c); prev_cased = true; }
      else prev_cased = false;
      break;
    }
    r->data[i] = (char)c;
  }
  if (r->len <= 1) RET_STR(str_new(vm, r->data, (size_t)r->len));
  return v_obj(r);
}

static Value m_upper(VM *vm, int argc, Value *argv, Dict *kw) { return do_case(vm, argc, argv, 0, "upper"); }
static Value m_lower(VM *vm, int argc, Value *argv, Dict *kw) { return do_case(vm, argc, argv, 1, "lower"); }
static Value m_swapcase(VM *vm, int argc, Value *argv, Dict *kw) { return do_case(vm, argc, argv, 2, "swapcase"); }
static Value m_capitalize(VM *vm, int argc, Value *argv, Dict *kw) { return do_case(vm, argc, argv, 3, "capitalize"); }
static Value m_title(VM *vm, int argc, Value *argv, Dict *kw) { return do_case(vm, argc, argv, 4, "title"); }

/* startswith/endswith: one prefix at [start, end). */
static bool tailmatch(Str *self, Str *sub, int64_t start, int64_t end, bool at_end) {
  adjust_indices(&start, &end, self->len);
  end -= sub->len;
  if (end < start) return false;
  if (at_end) start = end;
  return memcmp(self->data + start, sub->data, (size_t)sub->len) == 0;
}

static Value do_startsend(VM *vm, int argc, Value *argv, bool at_end, const char *name) {
  SELF_STR(name);
  NARGS(name, 1, 3);
  int64_t start = 0, end = INT64_MAX;
  if (argc > 2 && !opt_index(vm, argv[2], &start)) return v_null();
  if (argc > 3 && !opt_index(vm, argv[3], &end)) return v_null();
  Value p = argv[1];
  if (p.tag == T_TUPLE) {
    Tuple *t = AS_TUPLE(p);
    for (int64_t i = 0; i < t->len; i++) {
      if (t->items[i].tag != T_STR)
        return vm_raise(vm, vm->exc_TypeError, "expected a string or other character buffer object");
      if (tailmatch(self, AS_STR(t->items[i]), start, end, at_end)) return v_bool(true);
    }
    return v_bool(false);
  }
  if (p.tag != T_STR)
    return vm_raise(vm, vm->exc_TypeError,
                    "%s first arg must be str, unicode, or tuple, not %s", name,
                    vm_type_name(vm, p));
  return v_bool(tailmatch(self, AS_STR(p), start, end, at_end));
}

static Value m_startswith(VM *vm, int argc, Value *argv, Dict *kw) { return do_startsend(vm, argc, argv, false, "startswith"); }
static Value m_endswith(VM *vm, int argc, Value *argv, Dict *kw) { return do_startsend(vm, argc, argv, true, "endswith"); }

/* find family: sub, [start, [end]]. mode: 0 find, 1 rfind, 2 index, 3 rindex, 4 count. */
static Value do_find(VM *vm, int argc, Value *argv, int mode) {
  static const char *const names[] = {"find", "rfind", "index", "rindex", "count"};
  SELF_STR(names[mode]);
  NARGS(mode == 4 ? "count" : "find/rfind/index/rindex", 1, 3);
  int64_t start = 0, end = INT64_MAX;
  if (argc > 2 && !opt_index(vm, argv[2], &start)) return v_null();
  if (argc > 3 && !opt_index(vm, argv[3], &end)) return v_null();
  if (argv[1].tag != T_STR)
    return vm_raise(vm, vm->exc_TypeError, "expected a string or other character buffer object");
  Str *sub = AS_STR(argv[1]);
  adjust_indices(&start, &end, self->len);
  int64_t r = -1;
  if (mode == 4) {
    if (end - start < 0) return v_int(0);
    if (sub->len == 0) return v_int(end - start + 1);
    int64_t cnt = 0, i = start;
    for (;;) {
      int64_t k = str_find_raw(self->data + i, end - i, sub->data, sub->len);
      if (k < 0) break;
      cnt++;
      i += k + sub->len;
    }
    return v_int(cnt);
  }
  if (end - start >= 0) {
    int64_t k = (mode & 1) ? str_rfind_raw(self->data + start, end - start, sub->data, sub->len)
                           : (sub->len == 0 ? 0
                              : str_find_raw(self->data + start, end - start, sub->data, sub->len));
    if (mode & 1 && sub->len == 0) k = end - start;
    if (k >= 0) r = start + k;
  }
  if (r < 0 && mode >= 2) return vm_raise(vm, vm->exc_ValueError, "substring not found");
  return v_int(r);
}

static Value m_find(VM *vm, int argc, Value *argv, Dict *kw) { return do_find(vm, argc, argv, 0); }
static Value m_rfind(VM *vm, int argc, Value *argv, Dict *kw) { return do_find(vm, argc, argv, 1); }
static Value m_index(VM *vm, int argc, Value *argv, Dict *kw) { return do_find(vm, argc, argv, 2); }
static Value m_rindex(VM *vm, int argc, Value *argv, Dict *kw) { return do_find(vm, argc, argv, 3); }
static Value m_count(VM *vm, int argc, Value *argv, Dict *kw) { return do_find(vm, argc, argv, 4); }

static Value m_replace(VM *vm, int argc, Value *argv, Dict *kw) {
  SELF_STR("replace");
  NARGS("replace", 2, 3);
  int64_t count = -1;
  if (argc > 3 && !int_arg(vm, argv[3], &count)) return v_null();
  if (argv[1].tag != T_STR || argv[2].tag != T_STR)
    return vm_raise(vm, vm->exc_TypeError, "expected a string or other character buffer object");
  Str *old = AS_STR(argv[1]), *new_ = AS_STR(argv[2]);
  /* CPython 2.7 quirk: an explicit count on an empty string returns it. */
  if (count < 0) count = INT64_MAX;
  else if (count == 0 || self->len == 0) return argv[0];
  SBuf b;
  sbuf_init(&b);
  const char *s = self->data;
  int64_t n = self->len, i = 0, done = 0;
  if (old->len == 0) {
    /* insert new before every character and at the end */
    for (; i <= n && done < count; i++, done++) {
      sbuf_putstr(&b, new_);
      if (i < n) sbuf_putc(&b, s[i]);
    }
    if (i < n) sbuf_put(&b, s + i, (size_t)(n - i));
    return v_obj(sbuf_finish(vm, &b));
  }
  while (done < count) {
    int64_t k = str_find_raw(s + i, n - i, old->data, old->len);
    if (k < 0) break;
    sbuf_put(&b, s + i, (size_t)k);
    sbuf_putstr(&b, new_);
    i += k + old->len;
    done++;
  }
  if (done == 0) { sbuf_free(&b); return argv[0]; }
  sbuf_put(&b, s + i, (size_t)(n - i));
  RET_STR(sbuf_finish(vm, &b));
}

/* Character class predicates: 0 digit, 1 alpha, 2 alnum, 3 space. */
static Value do_isclass(VM *vm, int argc, Value *argv, int cls, const char *name) {
  SELF_STR(name);
  NARGS(name, 0, 0);
  if (self->len == 0) return v_bool(false);
  for (int64_t i = 0; i < self->len; i++) {
    int c = (unsigned char)self->data[i];
    bool ok = cls == 0 ? isdigit(c) : cls == 1 ? isalpha(c) : cls == 2 ? isalnum(c) : is_ws((unsigned char)c);
    if (!ok) return v_bool(false);
  }
  return v_bool(true);
}

static Value m_isdigit(VM *vm, int argc, Value *argv, Dict *kw) { return do_isclass(vm, argc, argv, 0, "isdigit"); }
static Value m_isalpha(VM *vm, int argc, Value *argv, Dict *kw) { return do_isclass(vm, argc, argv, 1, "isalpha"); }
static Value m_isalnum(VM *vm, int argc, Value *argv, Dict *kw) { return do_isclass(vm, argc, argv, 2, "isalnum"); }
static Value m_isspace(VM *vm, int argc, Value *argv, Dict *kw) { return do_isclass(vm, argc, argv, 3, "isspace"); }

/* isupper (upper) / islower: a cased character, and none of the other case. */
static Value do_iscase(VM *vm, int argc, Value *argv, bool upper, const char *name) {
  SELF_STR(name);
  NARGS(name, 0, 0);
  bool cased = false;
  for (int64_t i = 0; i < self->len; i++) {
    int c = (unsigned char)self->data[i];
    if (upper ? islower(c) : isupper(c)) return v_bool(false);
    if (upper ? isupper(c) : islower(c)) cased = true;
  }
  return v_bool(cased);
}

static Value m_isupper(VM *vm, int argc, Value *argv, Dict *kw) { return do_iscase(vm, argc, argv, true, "isupper"); }
static Value m_islower(VM *vm, int argc, Value *argv, Dict *kw) { return do_iscase(vm, argc, argv, false, "islower"); }

static Value m_istitle(VM *vm, int argc, Value *argv, Dict *kw) {
  SELF_STR("istitle");
  NARGS("istitle", 0, 0);
  bool cased = false, prev_cased = false;
  for (int64_t i = 0; i < self->len; i++) {
    int c = (unsigned char)self->data[i];
    if (isupper(c)) {
      if (prev_cased) return v_bool(false);
      prev_cased = cased = true;
    } else if (islower(c)) {
      if (!prev_cased) return v_bool(false);
      prev_cased = cased = true;
    } else prev_cased = false;
  }
  return v_bool(cased);
}

static Value m_zfill(VM *vm, int argc, Value *argv, Dict *kw) {
  SELF_STR("zfill");
  NARGS("#zfill", 1, 1);
  int64_t width;
  if (!int_arg(vm, argv[1], &width)) return v_null();
  if (width <= self->len) return argv[0];
  int64_t fill = width - self->len;
  Str *r = str_alloc(vm, (size_t)width);
  if (!r) return v_null();
  memset(r->data, '0', (size_t)fill);
  memcpy(r->data + fill, self->data, (size_t)self->len);
  if (self->len && (self->data[0] == '+' || self->data[0] == '-')) {
    r->data[0] = self->data[0];
    r->data[fill] = '0';
  }
  return v_obj(r);
}

/* 0 ljust, 1 rjust, 2 center. */
static Value do_just(VM *vm, int argc, Value *argv, int mode, const char *name) {
  SELF_STR(name);
  NARGS(name, 1, 2);
  int64_t width;
  if (!int_arg(vm, argv[1], &width)) return v_null();
  char fill = ' ';
  if (argc > 2) {
    if (argv[2].tag != T_STR || AS_STR(argv[2])->len != 1)
      return vm_raise(vm, vm->exc_TypeError, "%s() argument 2 must be char, not %s", name,
                      vm_type_name(vm, argv[2]));
    fill = AS_STR(argv[2])->data[0];
  }
  if (width <= self->len) return argv[0];
  int64_t marg = width - self->len, left;
  if (mode == 0) left = 0;
  else if (mode == 1) left = marg;
  else left = marg / 2 + (marg & width & 1);
  Str *r = str_alloc(vm, (size_t)width);
  if (!r) return v_null();
  memset(r->data, fill, (size_t)width);
  memcpy(r->data + left, self->data, (size_t)self->len);
  return v_obj(r);
}

static Value m_ljust(VM *vm, int argc, Value *argv, Dict *kw) { return do_just(vm, argc, argv, 0, "ljust"); }
static Value m_rjust(VM *vm, int argc, Value *argv, Dict *kw) { return do_just(vm, argc, argv, 1, "rjust"); }
static Value m_center(VM *vm, int argc, Value *argv, Dict *kw) { return do_just(vm, argc, argv, 2, "center"); }

static Value m_splitlines(VM *vm, int argc, Value *argv, Dict *kw) {
  SELF_STR("splitlines");
  NARGS("splitlines", 0, 1);
  bool keep = false;
  if (argc > 1) {
    int64_t t;
    if (!int_arg(vm, argv[1], &t)) return v_null();
    keep = t != 0;
  }
  List *l = list_new(vm, 0);
  if (!l) return v_null();
  const char *s = self->data;
  int64_t n = self->len, i = 0;
  while (i < n) {
    int64_t j = i;
    while (j < n && s[j] != '\n' && s[j] != '\r') j++;
    int64_t eol = j;
    if (j < n) {
      if (s[j] == '\r' && j + 1 < n && s[j + 1] == '\n') j += 2;
      else j++;
      if (keep) eol = j;
    }
    if (!push_sub(vm, l, self, i, eol)) return v_null();
    i = j;
  }
  return v_obj(l);
}

static Value do_partition(VM *vm, int argc, Value *argv, bool right, const char *name) {
  SELF_STR(name);
  NARGS(name, 1, 1);
  if (argv[1].tag != T_STR)
    return vm_raise(vm, vm->exc_TypeError, "expected a string or other character buffer object");
  Str *sep = AS_STR(argv[1]);
  if (sep->len == 0) return vm_raise(vm, vm->exc_ValueError, "empty separator");
  int64_t k = right ? str_rfind_raw(self->data, self->len, sep->data, sep->len)
                    : str_find_raw(self->data, self->len, sep->data, sep->len);
  Value items[3];
  Str *empty = str_new(vm, "", 0);
  if (!empty) return v_null();
  if (k < 0) {
    if (right) { items[0] = v_obj(empty); items[1] = v_obj(empty); items[2] = argv[0]; }
    else { items[0] = argv[0]; items[1] = v_obj(empty); items[2] = v_obj(empty); }
  } else {
    Str *a = str_new(vm, self->data, (size_t)k);
    Str *c = a ? str_new(vm, self->data + k + sep->len, (size_t)(self->len - k - sep->len)) : NULL;
    if (!c) return v_null();
    items[0] = v_obj(a); items[1] = argv[1]; items[2] = v_obj(c);
  }
  Tuple *t = tuple_from(vm, 3, items);
  return t ? v_obj(t) : v_null();
}

static Value m_partition(VM *vm, int argc, Value *argv, Dict *kw) { return do_partition(vm, argc, argv, false, "partition"); }
static Value m_rpartition(VM *vm, int argc, Value *argv, Dict *kw) { return do_partition(vm, argc, argv, true, "rpartition"); }

static Value m_expandtabs(VM *vm, int argc, Value *argv, Dict *kw) {
  SELF_STR("expandtabs");
  NARGS("expandtabs", 0, 1);
  int64_t tab = 8;
  if (argc > 1 && !int_arg(vm, argv[1], &tab)) return v_null();
  SBuf b;
  sbuf_init(&b);
  int64_t col = 0;
  for (int64_t i = 0; i < self->len; i++) {
    char c = self->data[i];
    if (c == '\t') {
      if (tab > 0) { int64_t k = tab - col % tab; sbuf_fill(&b, ' ', k); col += k; }
    } else {
      sbuf_putc(&b, c);
      col++;
      if (c == '\n' || c == '\r') col = 0;
    }
  }
  RET_STR(sbuf_finish(vm, &b));
}

/* Normalised codec name: lower case, '-' and ' ' as '_'. */
static void codec_name(Str *s, char *out, size_t cap) {
  size_t n = 0;
  for (int64_t i = 0; i < s->len && n + 1 < cap; i++) {
    char c = (char)tolower((unsigned char)s->data[i]);
    out[n++] = (c == '-' || c == ' ') ? '_' : c;
  }
  out[n] = '\0';
}

static bool identity_codec(const char *n) {
  static const char *const names[] = {
    "ascii", "us_ascii", "646", "utf_8", "utf8", "u8", "utf", "latin_1", "latin1", "latin",
    "iso_8859_1", "iso8859_1", "8859", "cp819", "l1", "iso_ir_100", NULL};
  for (int i = 0; names[i]; i++) if (strcmp(n, names[i]) == 0) return true;
  return false;
}

static Value do_codec(VM *vm, int argc, Value *argv, bool encode, const char *name) {
  SELF_STR(name);
  NARGS(name, 0, 2);
  if (argc < 2) return argv[0];
  if (argv[1].tag != T_STR)
    return vm_raise(vm, vm->exc_TypeError, "%s() argument 1 must be string, not %s", name,
                    vm_type_name(vm, argv[1]));
  if (argc > 2 && argv[2].tag != T_STR)
    return vm_raise(vm, vm->exc_TypeError, "%s() argument 2 must be string, not %s", name,
                    vm_type_name(vm, argv[2]));
  char n[64];
  codec_name(AS_STR(argv[1]), n, sizeof n);
  if (identity_codec(n)) return argv[0];
  if (strcmp(n, "hex") == 0 || strcmp(n, "hex_codec") == 0) {
    static const char hex[] = "0123456789abcdef";
    if (encode) {
      Str *r = str_alloc(vm, (size_t)self->len * 2);
      if (!r) return v_null();
      for (int64_t i = 0; i < self->len; i++) {
        unsigned char c = (unsigned char)self->data[i];
        r->data[2 * i] = hex[c >> 4];
        r->data[2 * i + 1] = hex[c & 15];
      }
      return v_obj(r);
    }
    if (self->len % 2) return vm_raise(vm, vm->exc_TypeError, "Odd-length string");
    Str *r = str_alloc(vm, (size_t)self->len / 2);
    if (!r) return v_null();
    for (int64_t i = 0; i < self->len / 2; i++) {
      int v = 0;
      for (int k = 0; k < 2; k++) {
        int c = tolower((unsigned char)self->data[2 * i + k]);
        const char *p = c ? strchr(hex, c) : NULL;
        if (!p) return vm_raise(vm, vm->exc_TypeError, "Non-hexadecimal digit found");
        v = v * 16 + (int)(p - hex);
      }
      r->data[i] = (char)v;
    }
    RET_STR(r->len <= 1 ? str_new(vm, r->data, (size_t)r->len) : r);
  }
  return vm_raise(vm, vm->exc_LookupError, "unknown encoding: %S", AS_STR(argv[1]));
}

static Value m_encode(VM *vm, int argc, Value *argv, Dict *kw) { return do_codec(vm, argc, argv, true, "encode"); }
static Value m_decode(VM *vm, int argc, Value *argv, Dict *kw) { return do_codec(vm, argc, argv, false, "decode"); }

static Value m_translate(VM *vm, int argc, Value *argv, Dict *kw) {
  SELF_STR("translate");
  NARGS("*translate", 1, 2);
  const char *table = NULL;
  if (!v_isnone(argv[1])) {
    if (argv[1].tag != T_STR)
      return vm_raise(vm, vm->exc_TypeError, "expected a string or other character buffer object");
    if (AS_STR(argv[1])->len != 256)
      return vm_raise(vm, vm->exc_ValueError, "translation table must be 256 characters long");
    table = AS_STR(argv[1])->data;
  }
  bool del[256] = {false};
  if (argc > 2) {
    if (argv[2].tag != T_STR)
      return vm_raise(vm, vm->exc_TypeError, "expected a string or other character buffer object");
    Str *d = AS_STR(argv[2]);
    for (int64_t i = 0; i < d->len; i++) del[(unsigned char)d->data[i]] = true;
  }
  SBuf b;
  sbuf_init(&b);
  for (int64_t i = 0; i < self->len; i++) {
    unsigned char c = (unsigned char)self->data[i];
    if (del[c]) continue;
    sbuf_putc(&b, table ? table[c] : (char)c);
  }
  RET_STR(sbuf_finish(vm, &b));
}

/* __mod__ and __rmod__ as methods so that explicit calls (str.__mod__(s, x))
** and subclasses work; __getitem__, __len__, __contains__, __add__, __mul__
** and __getslice__ are the ones list and tuple share (seq_add_slot_methods). */
static Value m_mod(VM *vm, int argc, Value *argv, Dict *kw) {
  SELF_STR("__mod__");
  NARGS("@__mod__", 1, 1);
  RET_STR(vm_format_percent(vm, self, argv[1]));
}

static Value m_rmod(VM *vm, int argc, Value *argv, Dict *kw) {
  SELF_STR("__rmod__");
  NARGS("@__rmod__", 1, 1);
  if (argv[1].tag != T_STR) return vm_not_implemented(vm);
  RET_STR(vm_format_percent(vm, AS_STR(argv[1]), argv[0]));
}

static Value m_hash(VM *vm, int argc, Value *argv, Dict *kw) {
  SELF_STR("__hash__");
  NARGS("@__hash__", 0, 0);
  return v_int(str_hash(self));
}

static Value m_getnewargs(VM *vm, int argc, Value *argv, Dict *kw) {
  SELF_STR("__getnewargs__");
  NARGS("__getnewargs__", 0, 0);
  Str *copy = str_new(vm, self->data, (size_t)self->len);
  if (!copy) return v_null();
  Value c = v_obj(copy);
  Tuple *t = tuple_from(vm, 1, &c);
  return t ? v_obj(t) : v_null();
}

/* ======================================================================== */
/* type setup                                                                */
/* ======================================================================== */

void str_init_type(VM *vm) {
  Class *cls = vm->cls[T_STR];
  /* Strings made before the str class existed (interned identifiers, class
  ** names) get their class now. */
  if (vm->interned) {
    if (!vm->interned->h.cls) vm->interned->h.cls = vm->cls[T_DICT];
    Value k, v;
    for (int64_t pos = 0; dict_next(vm->interned, &pos, &k, &v);)
      if (!AS_STR(k)->h.cls) AS_STR(k)->h.cls = cls;
  }
  for (int i = 0; i < T__MAX; i++) {
    Class *c = vm->cls[i];
    if (c && c->name && !c->name->h.cls) c->name->h.cls = cls;
  }
  if (!vm->empty_str) {
    Str *e = str_alloc(vm, 0);
    if (e) vm->empty_str = str_intern(vm, e);
  } else if (!vm->empty_str->h.cls) {
    vm->empty_str->h.cls = cls;
  }
  for (int c = 0; c < 256; c++) {
    if (vm->char_str[c]) { if (!vm->char_str[c]->h.cls) vm->char_str[c]->h.cls = cls; continue; }
    Str *s = str_alloc(vm, 1);
    if (!s) return;
    s->data[0] = (char)c;
    vm->char_str[c] = str_intern(vm, s);
  }
  if (!cls) return;
  static const struct { const char *name; CFn fn; } methods[] = {
    {"join", m_join}, {"split", m_split}, {"rsplit", m_rsplit},
    {"strip", m_strip}, {"lstrip", m_lstrip}, {"rstrip", m_rstrip},
    {"upper", m_upper}, {"lower", m_lower}, {"swapcase", m_swapcase},
    {"capitalize", m_capitalize}, {"title", m_title},
    {"startswith", m_startswith}, {"endswith", m_endswith},
    {"find", m_find}, {"rfind", m_rfind}, {"index", m_index}, {"rindex", m_rindex},
    {"count", m_count}, {"replace", m_replace},
    {"isdigit", m_isdigit}, {"isalpha", m_isalpha}, {"isalnum", m_isalnum},
    {"isspace", m_isspace}, {"isupper", m_isupper}, {"islower", m_islower},
    {"istitle", m_istitle}, {"zfill", m_zfill}, {"ljust", m_ljust}, {"rjust", m_rjust},
    {"center", m_center}, {"splitlines", m_splitlines}, {"partition", m_partition},
    {"rpartition", m_rpartition}, {"expandtabs", m_expandtabs}, {"encode", m_encode},
    {"decode", m_decode}, {"translate", m_translate},
    {"__mod__", m_mod}, {"__rmod__", m_rmod}, {"__getnewargs__", m_getnewargs},
    {"__hash__", m_hash},
  };
  /* Arity is checked inside each method (CPython's messages), so the generic
  ** check is disabled with 0..-1. */
  for (size_t i = 0; i < sizeof methods / sizeof methods[0]; i++)
    vm_add_method(vm, cls, methods[i].name, methods[i].fn, 0, -1, false);
  seq_add_slot_methods(vm, cls, T_STR);
  types_add_richcmp(vm, cls);
}
