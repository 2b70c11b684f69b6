/*
** lib_struct.c: the struct module of Python 2.7: pack, unpack, calcsize,
** pack_into, unpack_from, the Struct class and struct.error. Formats take a
** byte-order prefix (@ native size and alignment, = < > ! standard sizes)
** and the codes x c b B ? h H i I l L q Q f d s p P with repeat counts, as
** CPython 2.7's _struct.c on an LP64 machine, with its range-check messages.
** Strings are byte strings (str), so packing and unpacking are byte copies;
** unpack_from also reads bytearray, buffer and memoryview objects, and
** pack_into writes into a bytearray (or writable memoryview) by slice assignment.
*/
#include <ctype.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "lib.h"
#include "lib_std.h"
#include "../vm/types.h"
#include "../vm/long.h"
#include "../gc/gc.h"

typedef struct Item {
  char code;
  int64_t count;       /* repeat (or length for s / p) */
  int64_t offset;      /* byte offset in the packed string */
  int size;            /* size of one element */
} Item;

typedef struct Layout {
  char order;          /* '@' native, '<' little, '>' big ('=' -> host order) */
  bool native;         /* native sizes and alignment */
  int nitems;
  Item *items;
  int64_t size;        /* total bytes */
  int64_t nvalues;     /* values pack takes / unpack returns */
} Layout;

typedef struct StructObj {
  Instance inst;
  Str *format;
  Layout lay;
} StructObj;

static Value struct_ctor(VM *vm, int argc, Value *argv, Dict *kw);

static Class *struct_error(VM *vm) {
  Value m = dict_get_str(vm, vm->modules, str_intern_cstr(vm, "struct"));
  Value e = m.tag == T_MODULE ? dict_get_str(vm, AS_MODULE(m)->dict, str_intern_cstr(vm, "error"))
                              : v_null();
  return e.tag == T_CLASS ? AS_CLASS(e) : vm->exc_Exception;
}

static bool serr(VM *vm, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vm_raisev(vm, struct_error(vm), fmt, ap);
  va_end(ap);
  return false;
}

/* ---- format parsing -------------------------------------------------------------- */

static int native_size(char c) {
  switch (c) {
  case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': return 1;
  case 'h': case 'H': return 2;
  case 'i': case 'I': case 'f': return 4;
  case 'l': case 'L': case 'q': case 'Q': case 'd': case 'P': return 8;
  default: return 0;
  }
}

static int std_size(char c) {
  switch (c) {
  case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': return 1;
  case 'h': case 'H': return 2;
  case 'i': case 'I': case 'l': case 'L': case 'f': return 4;
  case 'q': case 'Q': case 'd': return 8;
  default: return 0;
  }
}

static bool parse_format(VM *vm, Str *f, Layout *lay) {
  const char *p = f->data, *end = f->data + f->len;
  lay->order = '@';
  lay->native = true;
  if (p < end && strchr("@=<>!", *p)) {
    char o = *p++;
    lay->native = o == '@';
    lay->order = o == '!' ? '>' : o == '=' ? '<' : o;   /* x86-64 is little-endian */
  }
  int cap = 8, n = 0;
  Item *items = gc_alloc_atomic(sizeof(Item) * (size_t)cap);
  if (!items) { vm_raise(vm, vm->exc_MemoryError, ""); return false; }
  int64_t size = 0, nvalues = 0;
  while (p < end) {
    if (isspace((unsigned char)*p)) { p++; continue; }
    int64_t count = 1;
    if (isdigit((unsigned char)*p)) {
      count = 0;
      while (p < end && isdigit((unsigned char)*p)) {
        if (count > (INT64_MAX / 10) - 10) return serr(vm, "total struct size too long");
        count = count * 10 + (*p++ - '0');
      }
      if (p >= end) return serr(vm, "repeat count given without format specifier");
    }
    char c = *p++;
    int sz = lay->native ? native_size(c) : std_size(c);
    if (!sz || (c == 'P' && !lay->native)) return serr(vm, "bad char in struct format");
    if (lay->native && sz > 1 && c != 's' && c != 'p') size = (size + sz - 1) / sz * sz;
    if (n == cap) {
      Item *ni = gc_alloc_atomic(sizeof(Item) * (size_t)cap * 2);
      if (!ni) { vm_raise(vm, vm->exc_MemoryError, ""); return false; }
      memcpy(ni, items, sizeof(Item) * (size_t)n);
      items = ni;
      cap *= 2;
    }
    items[n].code = c;
    items[n].count = count;
    items[n].offset = size;
    items[n].size = sz;
    n++;
    if (c == 's' || c == 'p') { size += count; nvalues += 1; }
    else if (c == 'x') size += count;
    else { size += count * sz; nvalues += count; }
  }
  lay->items = items;
  lay->nitems = n;
  lay->size = size;
  lay->nvalues = nvalues;
  return true;
}

/* ---- packing ----------------------------------------------------------------------- */

static void put_bytes(char *dst, uint64_t v, int size, char order) {
  for (int i = 0; i < size; i++) {
    int shift = 8 * (order == '>' ? size - 1 - i : i);
    dst[i] = (char)((v >> shift) & 0xff);
  }
}

static uint64_t get_bytes(const char *src, int size, char order) {
  uint64_t v = 0;
  for (int i = 0; i < size; i++) {
    int shift = 8 * (order == '>' ? size - 1 - i : i);
    v |= (uint64_t)(unsigned char)src[i] << shift;
  }
  return v;
}

/* An integer argument: int, bool, long (that fits 64 bits signed or
** unsigned) or a float (truncated, as CPython 2.7 with its warning). */
static bool get_integer(VM *vm, Value v, char code, int64_t *out, bool *big_unsigned) {
  *big_unsigned = false;
  if (v.tag == T_INT || v.tag == T_BOOL) { *out = v.u.i; return true; }
  if (v.tag == T_FLOAT) {
    double d = v.u.f;
    if (isnan(d) || isinf(d) || d >= 9.3e18 || d <= -9.3e18)
      return serr(vm, "integer out of range for '%c' format code", code);
    *out = (int64_t)d;
    return true;
  }
  if (v.tag == T_LONG) {
    if (long_to_i64(vm, v, out)) return true;
    vm_exc_clear(vm);
    /* 2**63 .. 2**64-1: an unsigned value */
    Value hi = vm_binop(vm, OP_BINARY_RSHIFT, v, v_int(32));
    Value lo = vm_binop(vm, OP_BINARY_AND, v, v_int(0xffffffffLL));
    int64_t h, l;
    if (!v_isnull(hi) && !v_isnull(lo) && long_to_i64(vm, hi, &h) && long_to_i64(vm, lo, &l) &&
        h >= 0 && h <= 0xffffffffLL) {
      *out = (int64_t)(((uint64_t)h << 32) | (uint64_t)l);
      *big_unsigned = true;
      return true;
    }
    vm_exc_clear(vm);
    return serr(vm, "integer out of range for '%c' format code", code);
  }
  if (v.tag == T_INSTANCE) {
    Value r = vm_call_special(vm, v, vm->s___index__, 0, NULL);
    if (!v_isnull(vm->exc)) return false;
    if (r.tag == T_INT || r.tag == T_BOOL) { *out = r.u.i; return true; }
  }
  return serr(vm, "cannot convert argument to integer");
}

static bool pack_int(VM *vm, char *dst, const Item *it, Value v, const Layout *lay) {
  int64_t x;
  bool bigu;
  char c = it->code;
  if (!get_integer(vm, v, c, &x, &bigu)) return false;
  bool is_unsigned = strchr("BHILQP", c) != NULL;
  int size = it->size;
  if (bigu && !(is_unsigned && size == 8))
    return serr(vm, "integer out of range for '%c' format code", c);
  switch (c) {
  case 'b':
    if (x < -128 || x > 127) return serr(vm, "byte format requires -128 <= number <= 127");
    break;
  case 'B':
    if (x < 0 || x > 255) return serr(vm, "ubyte format requires 0 <= number <= 255");
    break;
  case 'h':
    if (x < -32768 || x > 32767)
      return serr(vm, "short format requires SHRT_MIN <= number <= SHRT_MAX");
    break;
  case 'H':
    if (x < 0 || x > 65535) return serr(vm, "ushort format requires 0 <= number <= USHRT_MAX");
    break;
  default:
    if (is_unsigned) {
      if (x < 0 && !bigu) return serr(vm, "integer out of range for '%c' format code", c);
      if (size == 4 && x > 0xffffffffLL)
        return serr(vm, "'%c' format requires 0 <= number <= 4294967295", c);
    } else if (size == 4 && (x < INT32_MIN || x > INT32_MAX)) {
      return serr(vm, "'%c' format requires -2147483648 <= number <= 2147483647", c);
    }
    break;
  }
  put_bytes(dst, (uint64_t)x, size, lay->order == '@' ? '<' : lay->order);
  return true;
}

/* Pack lay->nvalues values of argv into buf (lay->size bytes, zeroed). */
static bool pack_items(VM *vm, const Layout *lay, char *buf, Value *argv) {
  int ai = 0;
  char order = lay->order == '@' ? '<' : lay->order;
  for (int k = 0; k < lay->nitems; k++) {
    const Item *it = &lay->items[k];
    char *dst = buf + it->offset;
    char c = it->code;
    if (c == 'x') continue;
    if (c == 's' || c == 'p') {
      Value v = argv[ai++];
      if (v.tag != T_STR) return serr(vm, "argument for '%c' must be a string", c);
      Str *s = AS_STR(v);
      int64_t n = it->count;
      if (c == 's') {
        int64_t m = s->len < n ? s->len : n;
        memcpy(dst, s->data, (size_t)m);
      } else if (n > 0) {
        int64_t m = s->len < n - 1 ? s->len : n - 1;
        memcpy(dst + 1, s->data, (size_t)m);
        dst[0] = (char)(m > 255 ? 255 : m);
      }
      continue;
    }
    for (int64_t r = 0; r < it->count; r++, dst += it->size) {
      Value v = argv[ai++];
      if (c == 'c') {
        if (v.tag != T_STR || AS_STR(v)->len != 1)
          return serr(vm, "char format require string of length 1");
        dst[0] = AS_STR(v)->data[0];
      } else if (c == '?') {
        int t = vm_truthy(vm, v);
        if (t < 0) return false;
        dst[0] = (char)t;
      } else if (c == 'f' || c == 'd') {
        double d;
        if (v.tag == T_LONG) {
          if (!long_to_double(vm, v, &d)) return false;
        } else if (v.tag != T_FLOAT && v.tag != T_INT && v.tag != T_BOOL && v.tag != T_INSTANCE) {
          return serr(vm, "required argument is not a float");
        } else if (!lib_to_double(vm, v, &d)) {
          vm_exc_clear(vm);
          return serr(vm, "required argument is not a float");
        }
        if (c == 'f') {
          float fl = (float)d;
          if (!lay->native && isinf(fl) && !isinf(d))
            return vm_raise(vm, vm->exc_OverflowError, "float too large to pack with f format"),
                   false;
          uint32_t bits;
          memcpy(&bits, &fl, 4);
          put_bytes(dst, bits, 4, order);
        } else {
          uint64_t bits;
          memcpy(&bits, &d, 8);
          put_bytes(dst, bits, 8, order);
        }
      } else if (!pack_int(vm, dst, it, v, lay)) {
        return false;
      }
    }
  }
  return true;
}

static Value do_pack(VM *vm, const Layout *lay, int argc, Value *argv) {
  Str *s = str_alloc(vm, (size_t)lay->size);
  if (!s) return v_null();
  memset(s->data, 0, (size_t)lay->size);
  if (argc != lay->nvalues)
    return serr(vm, "pack expected %lld items for packing (got %d)", (long long)lay->nvalues, argc),
           v_null();
  if (!pack_items(vm, lay, s->data, argv)) return v_null();
  return v_obj(s);
}

/* ---- unpacking --------------------------------------------------------------------- */

static Value unpack_buf(VM *vm, const Layout *lay, const char *buf) {
  Tuple *t = tuple_new(vm, lay->nvalues);
  if (!t) return v_null();
  int64_t ti = 0;
  char order = lay->order == '@' ? '<' : lay->order;
  for (int k = 0; k < lay->nitems; k++) {
    const Item *it = &lay->items[k];
    const char *src = buf + it->offset;
    char c = it->code;
    if (c == 'x') continue;
    if (c == 's' || c == 'p') {
      int64_t n = it->count, start = 0;
      if (c == 'p' && n > 0) {
        int64_t m = (unsigned char)src[0];
        if (m > n - 1) m = n - 1;
        start = 1;
        n = m;
      } else if (c == 'p') {
        n = 0;
      }
      Str *s = str_new(vm, src + start, (size_t)n);
      if (!s) return v_null();
      t->items[ti++] = v_obj(s);
      continue;
    }
    for (int64_t r = 0; r < it->count; r++, src += it->size) {
      Value v;
      if (c == 'c') {
        v = v_obj(vm->char_str[(unsigned char)src[0]]);
      } else if (c == '?') {
        v = v_bool(src[0] != 0);
      } else if (c == 'f') {
        uint32_t bits = (uint32_t)get_bytes(src, 4, order);
        float fl;
        memcpy(&fl, &bits, 4);
        v = v_float((double)fl);
      } else if (c == 'd') {
        uint64_t bits = get_bytes(src, 8, order);
        double d;
        memcpy(&d, &bits, 8);
        v = v_float(d);
      } else {
        uint64_t u = get_bytes(src, it->size, order);
        bool is_unsigned = strchr("BHILQP", c) != NULL;
        if (is_unsigned) {
          v = u > (uint64_t)INT64_MAX ? long_from_u64(vm, u) : v_int((int64_t)u);
        } else {
          int bits = it->size * 8;
          int64_t x = bits == 64 ? (int64_t)u
                                 : (int64_t)(u ^ (1ULL << (bits - 1))) - (int64_t)(1ULL << (bits - 1));
          v = v_int(x);
        }
        if (v_isnull(v)) return v;
      }
      t->items[ti++] = v;
    }
  }
  return v_obj(t);
}

static bool layout_of(VM *vm, Value fmt, Layout *lay) {
  if (fmt.tag != T_STR) {
    vm_raise(vm, vm->exc_TypeError, "Struct() argument 1 must be string, not %s", vm_type_name(vm, fmt));
    return false;
  }
  return parse_format(vm, AS_STR(fmt), lay);
}

static Value do_unpack(VM *vm, const Layout *lay, Value data) {
  if (data.tag != T_STR) return vm_raise(vm, vm->exc_TypeError, "unpack requires a string argument");
  if (AS_STR(data)->len != lay->size)
    return serr(vm, "unpack requires a string argument of length %lld", (long long)lay->size), v_null();
  return unpack_buf(vm, lay, AS_STR(data)->data);
}

/* ---- buffers ---------------------------------------------------------------------------- */

/* An offset into a buffer of len bytes that must hold size bytes from it
** (negative offsets count from the end); -1 + struct.error otherwise. */
static int64_t buffer_offset(VM *vm, Value off, int64_t len, int64_t size, const char *who) {
  int64_t o = 0;
  if (!v_isnull(off) && !lib_to_int(vm, off, &o)) return -1;
  if (o < 0) o += len;
  if (o < 0 || len - o < size)
    return serr(vm, "%s requires a buffer of at least %lld bytes", who, (long long)size), -1;
  return o;
}

static Value do_unpack_from(VM *vm, const Layout *lay, int argc, Value *argv, Dict *kw) {
  static const char *const kws[] = {"buffer", "offset", NULL};
  Value a[2];
  if (!lib_parse_args(vm, argc, argv, kw, "unpack_from", kws, 1, a)) return v_null();
  Value buf = a[0], off = a[1];
  const char *data;
  int64_t len;
  if (!lib_bytes_of(buf, &data, &len))   /* CPython's "s*": str or a buffer object */
    return vm_raise(vm, vm->exc_TypeError,
                    "unpack_from() argument 1 must be string or buffer, not %s",
                    vm_type_name(vm, buf));
  int64_t o = buffer_offset(vm, off, len, lay->size, "unpack_from");
  return o < 0 ? v_null() : unpack_buf(vm, lay, data + o);
}

/* pack_into(buffer, offset, v1, v2, ...): the packed bytes are written into a
** bytearray (or a memoryview of one) once every value has packed. */
static Value do_pack_into(VM *vm, const Layout *lay, int argc, Value *argv, Dict *kw) {
  if (!lib_nokw(vm, "pack_into", kw)) return v_null();
  if (argc == 0) return serr(vm, "pack_into expected buffer argument"), v_null();
  if (argc == 1) return serr(vm, "pack_into expected offset argument"), v_null();
  if (argc != lay->nvalues + 2)
    return serr(vm, "pack_into expected %lld items for packing (got %d)",
                (long long)lay->nvalues, argc - 2), v_null();
  Value buf = argv[0];
  char *data;
  int64_t len;
  if (!lib_bytes_writable(buf, &data, &len))
    return vm_raise(vm, vm->exc_TypeError, "argument must be read-write buffer, not %s",
                    vm_type_name(vm, buf));
  int64_t o = buffer_offset(vm, argv[1], len, lay->size, "pack_into");
  if (o < 0) return v_null();
  Str *s = str_alloc(vm, (size_t)lay->size);
  if (!s) return v_null();
  memset(s->data, 0, (size_t)lay->size);
  if (!pack_items(vm, lay, s->data, argv + 2)) return v_null();
  /* packing ran Python code (__int__, __index__...): the buffer may have moved */
  if (!lib_bytes_writable(buf, &data, &len) || len - o < lay->size)
    return serr(vm, "pack_into requires a buffer of at least %lld bytes",
                (long long)lay->size), v_null();
  if (lay->size) memcpy(data + o, s->data, (size_t)lay->size);
  return v_none();
}

/* ---- module functions ------------------------------------------------------------------- */

static Value st_calcsize(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'O', "calcsize", argc, 1, 1)) return v_null();
  Layout lay;
  if (!layout_of(vm, argv[0], &lay)) return v_null();
  return v_int(lay.size);
}

static Value st_pack(VM *vm, int argc, Value *argv, Dict *kw) {
  if (argc < 1) return vm_raise(vm, vm->exc_TypeError, "pack expected at least 1 arguments, got 0");
  Layout lay;
  if (!layout_of(vm, argv[0], &lay)) return v_null();
  return do_pack(vm, &lay, argc - 1, argv + 1);
}

static Value st_unpack(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'U', "unpack", argc, 2, 2)) return v_null();
  Layout lay;
  if (!layout_of(vm, argv[0], &lay)) return v_null();
  return do_unpack(vm, &lay, argv[1]);
}

static Value st_pack_into(VM *vm, int argc, Value *argv, Dict *kw) {
  if (argc < 1) return vm_raise(vm, vm->exc_TypeError, "missing format argument");
  Layout lay;
  if (!layout_of(vm, argv[0], &lay)) return v_null();
  return do_pack_into(vm, &lay, argc - 1, argv + 1, kw);
}

static Value st_unpack_from(VM *vm, int argc, Value *argv, Dict *kw) {
  if (argc < 1) return vm_raise(vm, vm->exc_TypeError, "missing format argument");
  Layout lay;
  if (!layout_of(vm, argv[0], &lay)) return v_null();
  return do_unpack_from(vm, &lay, argc - 1, argv + 1, kw);
}

/* ---- Struct objects --------------------------------------------------------------------- */

static Value struct_ctor(VM *vm, int argc, Value *argv, Dict *kw) {
  static const char *const kws[] = {"format", NULL};
  if (!lib_kw_check(vm, kw, kws)) return v_null();
  Value f;
  if (!lib_arg(vm, argc - 1, argv + 1, kw, 0, "format", "Struct", &f)) return v_null();
  if (v_isnull(f))
    return vm_raise(vm, vm->exc_TypeError, "Required argument 'format' (pos 1) not found");
  StructObj *s = std_alloc(vm, AS_CLASS(argv[0]), sizeof(StructObj));
  if (!s || !layout_of(vm, f, &s->lay)) return v_null();
  s->format = AS_STR(f);
  return v_obj(s);
}

static StructObj *as_struct(VM *vm, Value v, const char *meth) {
  if (!std_is(v, struct_ctor)) {
    std_bad_self(vm, meth, "Struct", v);
    return NULL;
  }
  return (StructObj *)v.u.o;
}

static Value so_pack(VM *vm, int argc, Value *argv, Dict *kw) {
  StructObj *s = as_struct(vm, argv[0], "pack");
  return s ? do_pack(vm, &s->lay, argc - 1, argv + 1) : v_null();
}
static Value so_pack_into(VM *vm, int argc, Value *argv, Dict *kw) {
  StructObj *s = as_struct(vm, argv[0], "pack_into");
  return s ? do_pack_into(vm, &s->lay, argc - 1, argv + 1, kw) : v_null();
}
static Value so_unpack(VM *vm, int argc, Value *argv, Dict *kw) {
  StructObj *s = as_struct(vm, argv[0], "unpack");
  if (!s || !lib_nargs(vm, 'O', "unpack", argc - 1, 1, 1)) return v_null();
  return do_unpack(vm, &s->lay, argv[1]);
}
static Value so_unpack_from(VM *vm, int argc, Value *argv, Dict *kw) {
  StructObj *s = as_struct(vm, argv[0], "unpack_from");
  return s ? do_unpack_from(vm, &s->lay, argc - 1, argv + 1, kw) : v_null();
}
static Value so_format(VM *vm, int argc, Value *argv, Dict *kw) {
  StructObj *s = as_struct(vm, argv[0], "format");
  return s ? v_obj(s->format) : v_null();
}
static Value so_size(VM *vm, int argc, Value *argv, Dict *kw) {
  StructObj *s = as_struct(vm, argv[0], "size");
  return s ? v_int(s->lay.size) : v_null();
}

void lib_init_struct(VM *vm) {
  Module *m = vm_add_module(vm, "struct");
  if (!m) return;
  Dict *d = m->dict;
  Class *err = lib_class(vm, "error", vm->exc_Exception, "struct");
  if (err) std_set(vm, d, "error", v_obj(err));
  vm_add_function(vm, d, "calcsize", st_calcsize, 0, -1, false);
  vm_add_function(vm, d, "pack", st_pack, 0, -1, false);
  vm_add_function(vm, d, "pack_into", st_pack_into, 0, -1, true);
  vm_add_function(vm, d, "unpack", st_unpack, 0, -1, false);
  vm_add_function(vm, d, "unpack_from", st_unpack_from, 0, -1, true);
  Class *c = std_class(vm, "Struct", "struct", struct_ctor);
  if (c) {
    vm_add_method(vm, c, "pack", so_pack, 0, -1, false);
    vm_add_method(vm, c, "pack_into", so_pack_into, 0, -1, true);
    vm_add_method(vm, c, "unpack", so_unpack, 0, -1, false);
    vm_add_method(vm, c, "unpack_from", so_unpack_from, 0, -1, true);
    vm_add_property(vm, c, "format", so_format, NULL);
    vm_add_property(vm, c, "size", so_size, NULL);
    std_set(vm, d, "Struct", v_obj(c));
  }
}
