/*
** lib_builtins.c: the __builtin__ module's functions (len, range, min, map,
** getattr, round, ...) with Python 2.7 semantics and CPython's error
** messages, the helpers the whole builtins area shares (arity checks,
** keyword fetching, errno exceptions), and lib_init_builtins, which fills
** vm->builtins. The builtin types' constructors live in lib_ctors.c.
*/
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "lib.h"
#include "../vm/types.h"
#include "../vm/long.h"
#include "../gc/gc.h"

#define EXC_PENDING(vm) (!v_isnull((vm)->exc))

/* ---- shared helpers ---------------------------------------------------------- */

bool lib_nargs(VM *vm, char style, const char *name, int argc, int min, int max) {
  if (argc >= min && (max < 0 || argc <= max)) return true;
  Class *te = vm->exc_TypeError;
  switch (style) {
  case 'O':
    vm_raise(vm, te, "%s() takes exactly one argument (%d given)", name, argc);
    break;
  case 'N':
    vm_raise(vm, te, "%s() takes no arguments (%d given)", name, argc);
    break;
  case 'U':
    if (min == max)
      vm_raise(vm, te, "%s expected %d arguments, got %d", name, min, argc);
    else if (argc < min)
      vm_raise(vm, te, "%s expected at least %d arguments, got %d", name, min, argc);
    else
      vm_raise(vm, te, "%s expected at most %d arguments, got %d", name, max, argc);
    break;
  default: {
    int n = argc < min ? min : max;
    const char *how = min == max ? "exactly" : argc < min ? "at least" : "at most";
    vm_raise(vm, te, "%s() takes %s %d argument%s (%d given)", name, how, n,
             n == 1 ? "" : "s", argc);
  }
  }
  return false;
}

bool lib_nokw(VM *vm, const char *name, Dict *kw) {
  if (!kw || kw->used == 0) return true;
  vm_raise(vm, vm->exc_TypeError, "%s() takes no keyword arguments", name);
  return false;
}

Value lib_kwarg(VM *vm, Dict *kw, const char *name) {
  if (!kw || kw->used == 0) return v_null();
  return dict_get_str(vm, kw, str_intern_cstr(vm, name));
}

bool lib_kw_check(VM *vm, Dict *kw, const char *const *allowed) {
  if (!kw || kw->used == 0) return true;
  Value k, v;
  for (int64_t pos = 0; dict_next(kw, &pos, &k, &v);) {
    bool ok = false;
    if (k.tag == T_STR)
      for (int i = 0; allowed[i]; i++)
        if (strcmp(AS_STR(k)->data, allowed[i]) == 0) { ok = true; break; }
    if (!ok) {
      if (k.tag == T_STR)
        vm_raise(vm, vm->exc_TypeError,
                 "'%S' is an invalid keyword argument for this function", AS_STR(k));
      else
        vm_raise(vm, vm->exc_TypeError, "keywords must be strings");
      return false;
    }
  }
  return true;
}

/* Positional argument i, or keyword `name`, or T_NULL. Raises (returns false)
** when both are given. */
bool lib_arg(VM *vm, int argc, Value *argv, Dict *kw, int i, const char *name,
             const char *fname, Value *out) {
  Value k = lib_kwarg(vm, kw, name);
  if (i < argc) {
    if (!v_isnull(k)) {
      vm_raise(vm, vm->exc_TypeError, "Argument given by name ('%s') and position (%d)",
               name, i + 1);
      return false;
    }
    *out = argv[i];
  } else {
    *out = k;
  }
  (void)fname;
  return true;
}

bool lib_parse_args(VM *vm, int argc, Value *argv, Dict *kw, const char *fname,
                    const char *const *names, int nreq, Value *out) {
  int n = 0;
  while (names[n]) n++;
  int given = argc + (kw ? (int)kw->used : 0);
  if (given > n) {
    vm_raise(vm, vm->exc_TypeError, "%s() takes at most %d argument%s (%d given)", fname, n,
             n == 1 ? "" : "s", given);
    return false;
  }
  for (int i = 0; i < n; i++) {
    if (!lib_arg(vm, argc, argv, kw, i, names[i], fname, &out[i])) return false;
    if (i < nreq && v_isnull(out[i])) {
      vm_raise(vm, vm->exc_TypeError, "Required argument '%s' (pos %d) not found", names[i],
               i + 1);
      return false;
    }
  }
  return lib_kw_check(vm, kw, names);
}

bool lib_to_int(VM *vm, Value v, int64_t *out) {
  if (v.tag == T_INT || v.tag == T_BOOL) { *out = v.u.i; return true; }
  if (v.tag == T_LONG) return long_to_i64(vm, v, out);  /* protocols area */
  if (v.tag == T_FLOAT) {
    vm_raise(vm, vm->exc_TypeError, "integer argument expected, got float");
    return false;
  }
  if (v.tag == T_INSTANCE) {
    Value r = vm_call_special(vm, v, vm->s___int__, 0, NULL);
    if (EXC_PENDING(vm)) return false;
    if (r.tag == T_INT || r.tag == T_BOOL) { *out = r.u.i; return true; }
  }
  vm_raise(vm, vm->exc_TypeError, "an integer is required");
  return false;
}

/* An index-like integer (PyNumber_AsSsize_t): the "cannot be interpreted as
** an index" message. */
static bool to_index(VM *vm, Value v, int64_t *out) {
  if (v.tag == T_INT || v.tag == T_BOOL) { *out = v.u.i; return true; }
  if (v.tag == T_LONG) return long_to_i64(vm, v, out);  /* protocols area */
  if (v.tag == T_INSTANCE) {
    Value r = vm_call_special(vm, v, vm->s___index__, 0, NULL);
    if (EXC_PENDING(vm)) return false;
    if (r.tag == T_INT || r.tag == T_BOOL) { *out = r.u.i; return true; }
  }
  vm_raise(vm, vm->exc_TypeError, "'%s' object cannot be interpreted as an index",
           vm_type_name(vm, v));
  return false;
}

bool lib_to_double(VM *vm, Value v, double *out) {
  if (v.tag == T_FLOAT) { *out = v.u.f; return true; }
  if (v.tag == T_INT || v.tag == T_BOOL) { *out = (double)v.u.i; return true; }
  if (v.tag == T_LONG) return long_to_double(vm, v, out);  /* protocols area */
  if (v.tag == T_INSTANCE) {
    Value r = vm_call_special(vm, v, vm->s___float__, 0, NULL);
    if (EXC_PENDING(vm)) return false;
    if (r.tag == T_FLOAT) { *out = r.u.f; return true; }
    if (!v_isnull(r)) {
      vm_raise(vm, vm->exc_TypeError, "nb_float should return float object");
      return false;
    }
  }
  vm_raise(vm, vm->exc_TypeError, "a float is required");
  return false;
}

Value lib_raise_args(VM *vm, Class *cls, int argc, Value *argv) {
  Value e = vm_new_exception(vm, cls, argc, argv);
  if (v_isnull(e)) return e;
  return vm_raise_obj(vm, e, v_none(), v_none());
}

Value lib_raise_errno(VM *vm, Class *cls, int err, const char *filename) {
  Value args[3];
  args[0] = v_int(err);
  args[1] = v_obj(str_from_cstr(vm, strerror(err)));
  int n = 2;
  if (filename) args[n++] = v_obj(str_from_cstr(vm, filename));
  Value e = vm_new_exception(vm, cls, n, args);
  if (v_isnull(e)) return e;
  return vm_raise_obj(vm, e, v_none(), v_none());
}

static Value raise_stop_iteration(VM *vm) {
  return lib_raise_args(vm, vm->exc_StopIteration, 0, NULL);
}

static Value new_str(VM *vm, const char *s, size_t n) {
  Str *r = str_new(vm, s, n);
  return r ? v_obj(r) : v_null();
}

static Value str_value(Str *s) { return s ? v_obj(s) : v_null(); }

/* Iterate: `Value it = vm_iter(...)` then `while (next_item(vm, it, &x))`;
** afterwards EXC_PENDING tells an error from the end. */
static inline bool next_item(VM *vm, Value it, Value *out) {
  *out = vm_next(vm, it);
  return !v_isnull(*out);
}

/* ---- len, repr, hash, id, callable -------------------------------------------- */

static Value bi_len(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'O', "len", argc, 1, 1)) return v_null();
  int64_t n;
  if (!vm_len(vm, argv[0], &n)) return v_null();
  return v_int(n);
}

static Value bi_repr(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'O', "repr", argc, 1, 1)) return v_null();
  return str_value(vm_repr(vm, argv[0]));
}

static Value bi_hash(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'O', "hash", argc, 1, 1)) return v_null();
  int64_t h;
  if (!vm_hash(vm, argv[0], &h)) return v_null();
  return v_int(h);
}

static Value bi_id(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'O', "id", argc, 1, 1)) return v_null();
  Value v = argv[0];
  if (v_isobj(v)) return v_int((int64_t)(intptr_t)v.u.o);
  /* Immediates: odd numbers, which no (aligned) heap address can be. */
  uint64_t x = (uint64_t)v.u.i;
  return v_int((int64_t)(((x * 0x9E3779B97F4A7C15ull) ^ v.tag) << 3 | 1u | (uint64_t)v.tag << 1));
}

static bool is_callable(VM *vm, Value v) {
  switch (v.tag) {
  case T_FUNC: case T_CFUNC: case T_BOUND: case T_CLASS: return true;
  default: break;
  }
  if (v.tag < T_FIRSTOBJ) return false;
  return !v_isnull(class_lookup(vm, vm_class_of(vm, v), vm->s___call__));
}

static Value bi_callable(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'O', "callable", argc, 1, 1)) return v_null();
  return v_bool(is_callable(vm, argv[0]));
}

/* ---- range --------------------------------------------------------------------- */

static bool range_arg(VM *vm, Value v, const char *what, int64_t *out) {
  if (v.tag == T_INT || v.tag == T_BOOL) { *out = v.u.i; return true; }
  if (v.tag == T_LONG) return long_to_i64(vm, v, out);  /* protocols area */
  if (v.tag == T_INSTANCE) {
    Value r = vm_call_special(vm, v, vm->s___int__, 0, NULL);
    if (EXC_PENDING(vm)) return false;
    if (r.tag == T_INT || r.tag == T_BOOL) { *out = r.u.i; return true; }
  }
  vm_raise(vm, vm->exc_TypeError, "range() integer %s argument expected, got %s.", what,
           vm_type_name(vm, v));
  return false;
}

/* Number of items of range(lo, hi, step), step != 0. */
static uint64_t range_len(int64_t lo, int64_t hi, int64_t step) {
  if (step > 0 && lo < hi)
    return ((uint64_t)hi - (uint64_t)lo - 1) / (uint64_t)step + 1;
  if (step < 0 && lo > hi)
    return ((uint64_t)lo - (uint64_t)hi - 1) / (0 - (uint64_t)step) + 1;
  return 0;
}

static Value bi_range(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'U', "range", argc, 1, 3)) return v_null();
  int64_t lo = 0, hi, step = 1;
  if (argc == 1) {
    if (!range_arg(vm, argv[0], "end", &hi)) return v_null();
  } else {
    if (!range_arg(vm, argv[0], "start", &lo) || !range_arg(vm, argv[1], "end", &hi))
      return v_null();
    if (argc == 3 && !range_arg(vm, argv[2], "step", &step)) return v_null();
  }
  if (step == 0) return vm_raise(vm, vm->exc_ValueError, "range() step argument must not be zero");
  uint64_t n = range_len(lo, hi, step);
  if (n > (uint64_t)INT64_MAX / 32)
    return vm_raise(vm, vm->exc_OverflowError, "range() result has too many items");
  List *l = list_new(vm, (int64_t)n);
  if (!l) {
    if (!EXC_PENDING(vm)) vm_raise(vm, vm->exc_MemoryError, "");
    return v_null();
  }
  int64_t x = lo;
  for (uint64_t i = 0; i < n; i++) {
    l->items[i] = v_int(x);
    x = (int64_t)((uint64_t)x + (uint64_t)step);
  }
  return v_obj(l);
}

/* ---- isinstance, issubclass ----------------------------------------------------- */

static int isinstance_rec(VM *vm, Value v, Value c, int depth) {
  if (c.tag == T_CLASS) return vm_isinstance(vm, v, AS_CLASS(c)) ? 1 : 0;
  if (c.tag == T_TUPLE && depth < 100) {
    Tuple *t = AS_TUPLE(c);
    for (int64_t i = 0; i < t->len; i++) {
      int r = isinstance_rec(vm, v, t->items[i], depth + 1);
      if (r != 0) return r;
    }
    return 0;
  }
  vm_raise(vm, vm->exc_TypeError,
           "isinstance() arg 2 must be a class, type, or tuple of classes and types");
  return -1;
}

static Value bi_isinstance(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'U', "isinstance", argc, 2, 2)) return v_null();
  int r = isinstance_rec(vm, argv[0], argv[1], 0);
  return r < 0 ? v_null() : v_bool(r);
}

static int issubclass_rec(VM *vm, Class *c, Value b, int depth) {
  if (b.tag == T_CLASS) return class_is_subclass(c, AS_CLASS(b)) ? 1 : 0;
  if (b.tag == T_TUPLE && depth < 100) {
    Tuple *t = AS_TUPLE(b);
    for (int64_t i = 0; i < t->len; i++) {
      int r = issubclass_rec(vm, c, t->items[i], depth + 1);
      if (r != 0) return r;
    }
    return 0;
  }
  vm_raise(vm, vm->exc_TypeError, "issubclass() arg 2 must be a class or tuple of classes");
  return -1;
}

static Value bi_issubclass(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'U', "issubclass", argc, 2, 2)) return v_null();
  if (argv[0].tag != T_CLASS)
    return vm_raise(vm, vm->exc_TypeError, "issubclass() arg 1 must be a class");
  int r = issubclass_rec(vm, AS_CLASS(argv[0]), argv[1], 0);
  return r < 0 ? v_null() : v_bool(r);
}

/* ---- chr, ord, unichr ------------------------------------------------------------ */

static Value bi_chr(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "chr", argc, 1, 1)) return v_null();
  int64_t i;
  if (!lib_to_int(vm, argv[0], &i)) return v_null();
  if (i < 0 || i > 255) return vm_raise(vm, vm->exc_ValueError, "chr() arg not in range(256)");
  Str *s = vm->char_str[i];
  return s ? v_obj(s) : new_str(vm, (char[]){(char)i}, 1);
}

static Value bi_unichr(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "unichr", argc, 1, 1)) return v_null();
  int64_t c;
  if (!lib_to_int(vm, argv[0], &c)) return v_null();
  if (c < 0 || c > 0x10ffff)
    return vm_raise(vm, vm->exc_ValueError,
                    "unichr() arg not in range(0x110000) (wide Python build)");
  if (c < 256) return bi_chr(vm, argc, argv, kw);
  /* unicode is str for now: the UTF-8 encoding of the code point. */
  char b[4];
  size_t n;
  if (c < 0x800) { b[0] = (char)(0xc0 | (c >> 6)); b[1] = (char)(0x80 | (c & 0x3f)); n = 2; }
  else if (c < 0x10000) {
    b[0] = (char)(0xe0 | (c >> 12)); b[1] = (char)(0x80 | ((c >> 6) & 0x3f));
    b[2] = (char)(0x80 | (c & 0x3f)); n = 3;
  } else {
    b[0] = (char)(0xf0 | (c >> 18)); b[1] = (char)(0x80 | ((c >> 12) & 0x3f));
    b[2] = (char)(0x80 | ((c >> 6) & 0x3f)); b[3] = (char)(0x80 | (c & 0x3f)); n = 4;
  }
  return new_str(vm, b, n);
}

static Value bi_ord(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'O', "ord", argc, 1, 1)) return v_null();
  Value v = argv[0];
  if (v.tag != T_STR)
    return vm_raise(vm, vm->exc_TypeError, "ord() expected string of length 1, but %s found",
                    vm_type_name(vm, v));
  Str *s = AS_STR(v);
  if (s->len != 1)
    return vm_raise(vm, vm->exc_TypeError,
                    "ord() expected a character, but string of length %lld found",
                    (long long)s->len);
  return v_int((unsigned char)s->data[0]);
}

/* ---- abs, divmod, pow, round, cmp ------------------------------------------------- */

static Value bi_abs(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'O', "abs", argc, 1, 1)) return v_null();
  Value v = argv[0];
  switch (v.tag) {
  case T_BOOL: return v_int(v.u.i);
  case T_INT:
    if (v.u.i == INT64_MIN) return long_abs(vm, v);  /* protocols area */
    return v_int(v.u.i < 0 ? -v.u.i : v.u.i);
  case T_FLOAT: return v_float(fabs(v.u.f));
  default: break;
  }
  Value r = vm_call_special(vm, v, vm->s___abs__, 0, NULL);
  if (!v_isnull(r) || EXC_PENDING(vm)) return r;
  return vm_raise(vm, vm->exc_TypeError, "bad operand type for abs(): '%s'", vm_type_name(vm, v));
}

static bool is_number(Value v) {
  return v.tag == T_INT || v.tag == T_BOOL || v.tag == T_FLOAT || v.tag == T_LONG;
}

static Value bi_divmod(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'U', "divmod", argc, 2, 2)) return v_null();
  Value a = argv[0], b = argv[1];
  if (is_number(a) && is_number(b)) {
    Value q = vm_binop(vm, OP_BINARY_FLOORDIV, a, b);
    if (v_isnull(q)) return q;
    Value r = vm_binop(vm, OP_BINARY_MOD, a, b);
    if (v_isnull(r)) return r;
    Tuple *t = tuple_from(vm, 2, (Value[]){q, r});
    return t ? v_obj(t) : v_null();
  }
  Value r = vm_call_special(vm, a, str_intern_cstr(vm, "__divmod__"), 1, &b);
  if (EXC_PENDING(vm)) return v_null();
  if (!v_isnull(r) && !v_same(r, vm_not_implemented(vm))) return r;
  r = vm_call_special(vm, b, str_intern_cstr(vm, "__rdivmod__"), 1, &a);
  if (EXC_PENDING(vm)) return v_null();
  if (!v_isnull(r) && !v_same(r, vm_not_implemented(vm))) return r;
  return vm_raise(vm, vm->exc_TypeError,
                  "unsupported operand type(s) for divmod(): '%s' and '%s'",
                  vm_type_name(vm, a), vm_type_name(vm, b));
}

static Value bi_pow(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'U', "pow", argc, 2, 3)) return v_null();
  if (argc == 2 || v_isnone(argv[2])) return vm_binop(vm, OP_BINARY_POW, argv[0], argv[1]);
  Value a = argv[0], b = argv[1], c = argv[2];
  bool ints = (a.tag == T_INT || a.tag == T_BOOL) && (b.tag == T_INT || b.tag == T_BOOL) &&
              (c.tag == T_INT || c.tag == T_BOOL);
  if (!ints) {
    if (is_number(a) && is_number(b) && is_number(c) && a.tag != T_FLOAT && b.tag != T_FLOAT &&
        c.tag != T_FLOAT)
      return long_powmod(vm, a, b, c);  /* protocols area: longs */
    if (is_number(a) && is_number(b) && is_number(c))
      return vm_raise(vm, vm->exc_TypeError,
                      "pow() 3rd argument not allowed unless all arguments are integers");
    Value r = vm_call_special(vm, a, vm->s___pow__, 2, (Value[]){b, c});
    if (!v_isnull(r) || EXC_PENDING(vm)) return r;
    return vm_raise(vm, vm->exc_TypeError,
                    "unsupported operand type(s) for pow(): '%s', '%s', '%s'",
                    vm_type_name(vm, a), vm_type_name(vm, b), vm_type_name(vm, c));
  }
  int64_t base = a.u.i, e = b.u.i, m = c.u.i;
  if (e < 0)
    return vm_raise(vm, vm->exc_TypeError,
                    "pow() 2nd argument cannot be negative when 3rd argument specified");
  if (m == 0) return vm_raise(vm, vm->exc_ValueError, "pow() 3rd argument cannot be 0");
  __int128 mod = m < 0 ? -(__int128)m : m;
  __int128 r = 1 % mod, x = ((__int128)base % mod + mod) % mod;
  while (e > 0) {
    if (e & 1) r = r * x % mod;
    x = x * x % mod;
    e >>= 1;
  }
  if (m < 0 && r != 0) r -= mod;   /* result takes the sign of the modulus */
  return v_int((int64_t)r);
}

/* Round x to ndigits decimal places, half away from zero on its exact value
** (CPython 2.7's _Py_double_round). */
static Value round_double(VM *vm, double x, int64_t nd) {
  if (!isfinite(x) || x == 0.0) return v_float(x);
  if (nd > 323) return v_float(x);
  if (nd < -308) return v_float(0.0 * x);
  /* Exact decimal expansion of |x| (glibc prints doubles exactly). */
  static const int FRAC = 1100;
  char *buf = malloc(1500);
  if (!buf) return vm_raise(vm, vm->exc_MemoryError, "");
  int n = snprintf(buf, 1500, "%.*f", FRAC, fabs(x));
  char *dot = strchr(buf, '.');
  int intlen = (int)(dot - buf);
  /* digits without the point */
  memmove(dot, dot + 1, (size_t)(n - intlen));
  int ndig = n - 1;
  int64_t keep = intlen + nd;
  double r;
  if (keep < 0) {
    r = 0.0;
  } else if (keep >= ndig) {
    free(buf);
    return v_float(x);
  } else {
    bool up = buf[keep] >= '5';
    /* mantissa: buf[0..keep) plus carry, with a leading slot for overflow */
    char *m = malloc((size_t)keep + 32);
    if (!m) { free(buf); return vm_raise(vm, vm->exc_MemoryError, ""); }
    m[0] = '0';
    memcpy(m + 1, buf, (size_t)keep);
    int64_t len = keep + 1;
    if (up) {
      int64_t i = len - 1;
      while (i >= 0 && m[i] == '9') m[i--] = '0';
      if (i >= 0) m[i]++;
    }
    snprintf(m + len, 32, "e%lld", (long long)-nd);
    r = strtod(m, NULL);
    free(m);
  }
  free(buf);
  if (isinf(r)) return vm_raise(vm, vm->exc_OverflowError, "rounded value too large to represent");
  return v_float(x < 0 ? -r : r);
}

static Value bi_round(VM *vm, int argc, Value *argv, Dict *kw) {
  static const char *const kws[] = {"number", "ndigits", NULL};
  if (!lib_nargs(vm, 'P', "round", argc, 0, 2) || !lib_kw_check(vm, kw, kws)) return v_null();
  Value num, nd;
  if (!lib_arg(vm, argc, argv, kw, 0, "number", "round", &num) ||
      !lib_arg(vm, argc, argv, kw, 1, "ndigits", "round", &nd))
    return v_null();
  if (v_isnull(num))
    return vm_raise(vm, vm->exc_TypeError, "Required argument 'number' (pos 1) not found");
  double x;
  if (!lib_to_double(vm, num, &x)) return v_null();
  int64_t n = 0;
  if (!v_isnull(nd) && !to_index(vm, nd, &n)) return v_null();
  return round_double(vm, x, n);
}

static Value bi_cmp(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'U', "cmp", argc, 2, 2)) return v_null();
  int out;
  if (vm_cmp(vm, argv[0], argv[1], &out) < 0) return v_null();
  return v_int(out < 0 ? -1 : out > 0 ? 1 : 0);
}

/* ---- hex, oct, bin ----------------------------------------------------------------- */

static Value int_to_base(VM *vm, int64_t v, int base, const char *prefix) {
  char buf[80];
  char *p = buf + sizeof buf;
  *--p = '\0';
  uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
  const char *digits = "0123456789abcdef";
  if (u == 0 && base != 8) *--p = '0';
  while (u) { *--p = digits[u % (uint64_t)base]; u /= (uint64_t)base; }
  size_t pl = strlen(prefix);
  p -= pl;
  memcpy(p, prefix, pl);
  if (base == 8 && v == 0) { p = buf + sizeof buf - 2; *p = '0'; }
  if (v < 0) *--p = '-';
  return v_obj(str_from_cstr(vm, p));
}

static Value hexoct(VM *vm, int argc, Value *argv, const char *name, Str *special, int base,
                    const char *prefix) {
  if (!lib_nargs(vm, 'O', name, argc, 1, 1)) return v_null();
  Value v = argv[0];
  if (v.tag == T_INT || v.tag == T_BOOL) return int_to_base(vm, v.u.i, base, prefix);
  if (v.tag >= T_FIRSTOBJ) {  /* instances, longs (protocols area) */
    Value r = vm_call_special(vm, v, special, 0, NULL);
    if (EXC_PENDING(vm)) return v_null();
    if (!v_isnull(r)) {
      if (r.tag != T_STR)
        return vm_raise(vm, vm->exc_TypeError, "__%s__ returned non-string (type %s)", name,
                        vm_type_name(vm, r));
      return r;
    }
  }
  return vm_raise(vm, vm->exc_TypeError, "%s() argument can't be converted to %s", name, name);
}

static Value bi_hex(VM *vm, int argc, Value *argv, Dict *kw) {
  return hexoct(vm, argc, argv, "hex", vm->s___hex__, 16, "0x");
}

static Value bi_oct(VM *vm, int argc, Value *argv, Dict *kw) {
  return hexoct(vm, argc, argv, "oct", vm->s___oct__, 8, "0");
}

static Value bi_bin(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'O', "bin", argc, 1, 1)) return v_null();
  if (argv[0].tag == T_LONG) {  /* protocols area */
    bool neg;
    char *d = long_digits(argv[0], 2, false, &neg);
    if (!d) return vm_raise(vm, vm->exc_MemoryError, "");
    Str *s = str_printf(vm, "%s0b%s", neg ? "-" : "", d);
    return s ? v_obj(s) : v_null();
  }
  int64_t i;
  if (!to_index(vm, argv[0], &i)) return v_null();
  return int_to_base(vm, i, 2, "0b");
}

/* ---- min, max, sum, any, all, reduce -------------------------------------------------- */

static Value minmax(VM *vm, int argc, Value *argv, Dict *kw, const char *name, CmpOp op) {
  Value key = v_null();
  if (kw && kw->used) {
    Value k, v;
    for (int64_t pos = 0; dict_next(kw, &pos, &k, &v);) {
      if (k.tag == T_STR && strcmp(AS_STR(k)->data, "key") == 0) key = v;
      else return vm_raise(vm, vm->exc_TypeError, "%s() got an unexpected keyword argument", name);
    }
  }
  if (argc == 0) return vm_raise(vm, vm->exc_TypeError, "%s expected 1 arguments, got 0", name);
  Value seq = argc == 1 ? argv[0] : v_obj(tuple_from(vm, argc, argv));
  Value it = vm_iter(vm, seq);
  if (v_isnull(it)) return it;
  Value best = v_null(), bestkey = v_null(), item;
  while (next_item(vm, it, &item)) {
    Value k = item;
    if (!v_isnull(key) && !v_isnone(key)) {
      k = vm_call1(vm, key, item);
      if (v_isnull(k)) return k;
    }
    if (v_isnull(best)) { best = item; bestkey = k; continue; }
    Value c = vm_compare(vm, op, k, bestkey);
    if (v_isnull(c)) return c;
    int t = vm_truthy(vm, c);
    if (t < 0) return v_null();
    if (t) { best = item; bestkey = k; }
  }
  if (EXC_PENDING(vm)) return v_null();
  if (v_isnull(best))
    return vm_raise(vm, vm->exc_ValueError, "%s() arg is an empty sequence", name);
  return best;
}

static Value bi_min(VM *vm, int argc, Value *argv, Dict *kw) {
  return minmax(vm, argc, argv, kw, "min", CMP_LT);
}

static Value bi_max(VM *vm, int argc, Value *argv, Dict *kw) {
  return minmax(vm, argc, argv, kw, "max", CMP_GT);
}

static Value bi_sum(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'U', "sum", argc, 1, 2)) return v_null();
  Value acc = argc == 2 ? argv[1] : v_int(0);
  if (acc.tag == T_STR)
    return vm_raise(vm, vm->exc_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
  Value it = vm_iter(vm, argv[0]);
  if (v_isnull(it)) return it;
  Value item;
  while (next_item(vm, it, &item)) {
    if (acc.tag == T_INT && item.tag == T_INT) {
      int64_t r;
      if (!__builtin_add_overflow(acc.u.i, item.u.i, &r)) { acc = v_int(r); continue; }
    } else if (acc.tag == T_FLOAT && item.tag == T_FLOAT) {
      acc = v_float(acc.u.f + item.u.f);
      continue;
    }
    acc = vm_binop(vm, OP_BINARY_ADD, acc, item);
    if (v_isnull(acc)) return acc;
  }
  if (EXC_PENDING(vm)) return v_null();
  return acc;
}

static Value anyall(VM *vm, int argc, Value *argv, const char *name, bool want) {
  if (!lib_nargs(vm, 'O', name, argc, 1, 1)) return v_null();
  Value it = vm_iter(vm, argv[0]);
  if (v_isnull(it)) return it;
  Value item;
  while (next_item(vm, it, &item)) {
    int t = vm_truthy(vm, item);
    if (t < 0) return v_null();
    if ((t != 0) == want) return v_bool(want);
  }
  if (EXC_PENDING(vm)) return v_null();
  return v_bool(!want);
}

static Value bi_any(VM *vm, int argc, Value *argv, Dict *kw) {
  return anyall(vm, argc, argv, "any", true);
}

static Value bi_all(VM *vm, int argc, Value *argv, Dict *kw) {
  return anyall(vm, argc, argv, "all", false);
}

static Value bi_reduce(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'U', "reduce", argc, 2, 3)) return v_null();
  Value it = vm_iter(vm, argv[1]);
  if (v_isnull(it)) return it;
  Value acc = argc == 3 ? argv[2] : v_null(), item;
  while (next_item(vm, it, &item)) {
    if (v_isnull(acc)) { acc = item; continue; }
    acc = vm_call2(vm, argv[0], acc, item);
    if (v_isnull(acc)) return acc;
  }
  if (EXC_PENDING(vm)) return v_null();
  if (v_isnull(acc))
    return vm_raise(vm, vm->exc_TypeError, "reduce() of empty sequence with no initial value");
  return acc;
}

/* ---- sorted, reversed, enumerate, zip, map, filter -------------------------------------- */

static Value bi_sorted(VM *vm, int argc, Value *argv, Dict *kw) {
  static const char *const kws[] = {"iterable", "cmp", "key", "reverse", NULL};
  if (!lib_nargs(vm, 'P', "sorted", argc, 0, 4) || !lib_kw_check(vm, kw, kws)) return v_null();
  Value a[4];
  for (int i = 0; i < 4; i++)
    if (!lib_arg(vm, argc, argv, kw, i, kws[i], "sorted", &a[i])) return v_null();
  if (v_isnull(a[0]))
    return vm_raise(vm, vm->exc_TypeError, "Required argument 'iterable' (pos 1) not found");
  int rev = 0;
  if (!v_isnull(a[3]) && (rev = vm_truthy(vm, a[3])) < 0) return v_null();
  return list_sorted(vm, a[0], a[1], a[2], rev != 0);
}

/* reversed() over a sequence: Iter.seq is the sequence, pos the next index. */
static Value reversed_next(VM *vm, int argc, Value *argv, Dict *kw) {
  Iter *it = (Iter *)argv[0].u.o;
  if (it->pos < 0) return v_null();
  Value seq = it->seq;
  int64_t i = it->pos--;
  switch (seq.tag) {
  case T_LIST:
    if (i >= AS_LIST(seq)->len) { it->pos = -1; return v_null(); }
    return AS_LIST(seq)->items[i];
  case T_TUPLE: return AS_TUPLE(seq)->items[i];
  case T_STR: {
    unsigned char c = (unsigned char)AS_STR(seq)->data[i];
    return vm->char_str[c] ? v_obj(vm->char_str[c]) : new_str(vm, (char *)&c, 1);
  }
  default: {
    Value r = vm_getitem(vm, seq, v_int(i));
    if (v_isnull(r) && (vm_exc_matches(vm, vm->exc_IndexError) ||
                        vm_exc_matches(vm, vm->exc_StopIteration))) {
      vm_exc_clear(vm);
      it->pos = -1;
    }
    return r;
  }
  }
}

static Value bi_reversed_ctor(VM *vm, int argc, Value *argv, Dict *kw) {
  argc--; argv++;  /* the class */
  if (!lib_nokw(vm, "reversed", kw)) return v_null();
  if (!lib_nargs(vm, 'U', "reversed", argc, 1, 1)) return v_null();
  Value seq = argv[0];
  int64_t n = -1;
  if (seq.tag >= T_FIRSTOBJ && seq.tag != T_INSTANCE && seq.u.o->cls != vm->cls[seq.tag]) {
    /* a subclass of a builtin sequence may define its own __reversed__ */
    Class *owner;
    Value f = class_lookup_owner(vm, seq.u.o->cls, str_intern_cstr(vm, "__reversed__"), &owner);
    if (!v_isnull(f) && !(owner->h.flags & CLS_BUILTIN))
      return vm_call_with_self(vm, f, owner, seq, 0, NULL);
  }
  switch (seq.tag) {
  case T_LIST: n = AS_LIST(seq)->len; break;
  case T_TUPLE: n = AS_TUPLE(seq)->len; break;
  case T_STR: n = AS_STR(seq)->len; break;
  case T_XRANGE: {
    XRange *r = (XRange *)seq.u.o;
    if (r->len == 0) return iter_range_new(vm, 0, 0, 1);
    int64_t last = xrange_item(r, r->len - 1);
    return iter_range_new(vm, last, r->start - r->step, -r->step);
  }
  default: break;
  }
  if (n < 0) {
    Value r = vm_call_special(vm, seq, str_intern_cstr(vm, "__reversed__"), 0, NULL);
    if (!v_isnull(r) || EXC_PENDING(vm)) return r;
    Class *c = vm_class_of(vm, seq);
    if (seq.tag == T_DICT || seq.tag < T_FIRSTOBJ ||
        v_isnull(class_lookup(vm, c, vm->s___getitem__)) ||
        v_isnull(class_lookup(vm, c, vm->s___len__)))
      return vm_raise(vm, vm->exc_TypeError, "argument to reversed() must be a sequence");
    if (!vm_len(vm, seq, &n)) return v_null();
  }
  Value it = iter_custom_new(vm, seq, reversed_next);
  if (v_isnull(it)) return it;
  Iter *o = (Iter *)it.u.o;
  o->pos = n - 1;
  Value cls = dict_get_str(vm, vm->builtins, str_intern_cstr(vm, "reversed"));
  if (seq.tag == T_LIST && vm->cls_listrevit) cls = v_obj(vm->cls_listrevit);
  if (cls.tag == T_CLASS) o->h.cls = AS_CLASS(cls);
  return it;
}

/* enumerate: Iter.seq the underlying iterator, pos the next count. */
static Value enumerate_next(VM *vm, int argc, Value *argv, Dict *kw) {
  Iter *it = (Iter *)argv[0].u.o;
  Value item = vm_next(vm, it->seq);
  if (v_isnull(item)) return item;
  Tuple *t = tuple_from(vm, 2, (Value[]){v_int(it->pos), item});
  if (!t) return v_null();
  it->pos++;
  return v_obj(t);
}

static Value bi_enumerate_ctor(VM *vm, int argc, Value *argv, Dict *kw) {
  Class *cls = AS_CLASS(argv[0]);
  argc--; argv++;
  static const char *const kws[] = {"sequence", "start", NULL};
  if (!lib_nargs(vm, 'P', "enumerate", argc, 0, 2) || !lib_kw_check(vm, kw, kws))
    return v_null();
  Value seq, start;
  if (!lib_arg(vm, argc, argv, kw, 0, "sequence", "enumerate", &seq) ||
      !lib_arg(vm, argc, argv, kw, 1, "start", "enumerate", &start))
    return v_null();
  if (v_isnull(seq))
    return vm_raise(vm, vm->exc_TypeError, "Required argument 'sequence' (pos 1) not found");
  int64_t n = 0;
  if (!v_isnull(start) && !to_index(vm, start, &n)) return v_null();
  Value inner = vm_iter(vm, seq);
  if (v_isnull(inner)) return inner;
  Value it = iter_custom_new(vm, inner, enumerate_next);
  if (v_isnull(it)) return it;
  ((Iter *)it.u.o)->pos = n;
  it.u.o->cls = cls;
  return it;
}

static Value bi_zip(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nokw(vm, "zip", kw)) return v_null();
  List *out = list_new(vm, 0);
  if (!out || argc == 0) return out ? v_obj(out) : v_null();
  Value *its = gc_alloc(sizeof(Value) * (size_t)argc);
  if (!its) return vm_raise(vm, vm->exc_MemoryError, "");
  for (int i = 0; i < argc; i++) {
    its[i] = vm_iter(vm, argv[i]);
    if (v_isnull(its[i])) {
      if (vm_exc_matches(vm, vm->exc_TypeError)) {
        vm_exc_clear(vm);
        vm_raise(vm, vm->exc_TypeError, "zip argument #%d must support iteration", i + 1);
      }
      return v_null();
    }
  }
  for (;;) {
    Tuple *t = tuple_new(vm, argc);
    if (!t) return v_null();
    for (int i = 0; i < argc; i++) {
      Value x = vm_next(vm, its[i]);
      if (v_isnull(x)) return EXC_PENDING(vm) ? v_null() : v_obj(out);
      t->items[i] = x;
    }
    if (!list_append(vm, out, v_obj(t))) return v_null();
  }
}

static Value bi_map(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nokw(vm, "map", kw)) return v_null();
  if (argc < 2) return vm_raise(vm, vm->exc_TypeError, "map() requires at least two args");
  Value f = argv[0];
  int n = argc - 1;
  Value *its = gc_alloc(sizeof(Value) * (size_t)n);
  bool *done = calloc((size_t)n, 1);
  if (!its || !done) { free(done); return vm_raise(vm, vm->exc_MemoryError, ""); }
  for (int i = 0; i < n; i++) {
    its[i] = vm_iter(vm, argv[i + 1]);
    if (v_isnull(its[i])) {
      if (vm_exc_matches(vm, vm->exc_TypeError)) {
        vm_exc_clear(vm);
        vm_raise(vm, vm->exc_TypeError, "argument %d to map() must support iteration", i + 2);
      }
      free(done);
      return v_null();
    }
  }
  List *out = list_new(vm, 0);
  if (!out) { free(done); return v_null(); }
  Value *args = gc_alloc(sizeof(Value) * (size_t)n);
  for (;;) {
    int live = 0;
    for (int i = 0; i < n; i++) {
      Value x = v_none();
      if (!done[i]) {
        x = vm_next(vm, its[i]);
        if (v_isnull(x)) {
          if (EXC_PENDING(vm)) { free(done); return v_null(); }
          done[i] = true;
          x = v_none();
        } else {
          live++;
        }
      }
      args[i] = x;
    }
    if (live == 0) break;
    Value r;
    if (v_isnone(f)) {
      if (n == 1) r = args[0];
      else {
        Tuple *t = tuple_from(vm, n, args);
        r = t ? v_obj(t) : v_null();
      }
    } else {
      r = vm_call(vm, f, n, args, NULL);
    }
    if (v_isnull(r) || !list_append(vm, out, r)) { free(done); return v_null(); }
  }
  free(done);
  return v_obj(out);
}

static Value bi_filter(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'U', "filter", argc, 2, 2)) return v_null();
  Value f = argv[0], seq = argv[1];
  Value it = vm_iter(vm, seq);
  if (v_isnull(it)) return it;
  List *out = list_new(vm, 0);
  if (!out) return v_null();
  Value item;
  while (next_item(vm, it, &item)) {
    Value t = item;
    if (!v_isnone(f)) {
      t = vm_call1(vm, f, item);
      if (v_isnull(t)) return t;
    }
    int ok = vm_truthy(vm, t);
    if (ok < 0) return v_null();
    if (ok && !list_append(vm, out, item)) return v_null();
  }
  if (EXC_PENDING(vm)) return v_null();
  if (seq.tag == T_STR) {
    Str *s = str_alloc(vm, (size_t)out->len);
    if (!s) return v_null();
    for (int64_t i = 0; i < out->len; i++) {
      Value c = out->items[i];
      if (c.tag != T_STR || AS_STR(c)->len != 1)
        return vm_raise(vm, vm->exc_TypeError, "can't filter str to str: __getitem__ returned different type");
      s->data[i] = AS_STR(c)->data[0];
    }
    return v_obj(s);
  }
  if (seq.tag == T_TUPLE) {
    Tuple *t = tuple_from(vm, out->len, out->items);
    return t ? v_obj(t) : v_null();
  }
  return v_obj(out);
}

/* ---- attributes --------------------------------------------------------------------- */

static Str *attr_name(VM *vm, Value v, const char *fname) {
  if (v.tag != T_STR) {
    if (fname)
      vm_raise(vm, vm->exc_TypeError, "%s(): attribute name must be string", fname);
    else
      vm_raise(vm, vm->exc_TypeError, "attribute name must be string, not '%s'",
               vm_type_name(vm, v));
    return NULL;
  }
  return str_intern(vm, AS_STR(v));
}

static Value bi_hasattr(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'U', "hasattr", argc, 2, 2)) return v_null();
  Str *name = attr_name(vm, argv[1], "hasattr");
  if (!name) return v_null();
  Value r = vm_getattr(vm, argv[0], name);
  if (!v_isnull(r)) return v_bool(true);
  if (!vm_exc_matches(vm, vm->exc_Exception)) return v_null();
  vm_exc_clear(vm);
  return v_bool(false);
}

static Value bi_getattr(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'U', "getattr", argc, 2, 3)) return v_null();
  Str *name = attr_name(vm, argv[1], "getattr");
  if (!name) return v_null();
  Value r = vm_getattr(vm, argv[0], name);
  if (v_isnull(r) && argc == 3 && vm_exc_matches(vm, vm->exc_AttributeError)) {
    vm_exc_clear(vm);
    return argv[2];
  }
  return r;
}

static Value bi_setattr(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'U', "setattr", argc, 3, 3)) return v_null();
  Str *name = attr_name(vm, argv[1], NULL);
  if (!name || !vm_setattr(vm, argv[0], name, argv[2])) return v_null();
  return v_none();
}

static Value bi_delattr(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'U', "delattr", argc, 2, 2)) return v_null();
  Str *name = attr_name(vm, argv[1], NULL);
  if (!name || !vm_delattr(vm, argv[0], name)) return v_null();
  return v_none();
}

/* ---- iter, next ----------------------------------------------------------------------- */

static Value bi_iter(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'U', "iter", argc, 1, 2)) return v_null();
  if (argc == 1) return vm_iter(vm, argv[0]);
  if (!is_callable(vm, argv[0]))
    return vm_raise(vm, vm->exc_TypeError, "iter(v, w): v must be callable");
  return iter_callable_new(vm, argv[0], argv[1]);
}

static Value bi_next(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'U', "next", argc, 1, 2)) return v_null();
  Value it = argv[0];
  if (it.tag != T_ITER && it.tag != T_GENERATOR &&
      (it.tag < T_FIRSTOBJ || v_isnull(class_lookup(vm, vm_class_of(vm, it), vm->s_next))))
    return vm_raise(vm, vm->exc_TypeError, "%s object is not an iterator", vm_type_name(vm, it));
  Value r = vm_next(vm, it);
  if (!v_isnull(r)) return r;
  if (EXC_PENDING(vm)) {
    if (argc == 2 && vm_exc_matches(vm, vm->exc_StopIteration)) {
      vm_exc_clear(vm);
      return argv[1];
    }
    return r;
  }
  if (argc == 2) return argv[1];
  return raise_stop_iteration(vm);
}

/* ---- namespaces: globals, locals, vars, dir ----------------------------------------------- */

static Dict *frame_globals(VM *vm) {
  if (vm->frame && vm->frame->globals) return vm->frame->globals;
  return vm->main_module ? vm->main_module->dict : vm->builtins;
}

/* locals() of the innermost frame: its locals dict, or a snapshot of the fast
** locals and cells of a function frame. */
static Dict *frame_locals(VM *vm) {
  Frame *f = vm->frame;
  if (!f) return frame_globals(vm);
  return vm_frame_locals(vm, f);   /* interpreter area (interp.c) */
}

static Value bi_globals(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'N', "globals", argc, 0, 0)) return v_null();
  return v_obj(frame_globals(vm));
}

static Value bi_locals(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'N', "locals", argc, 0, 0)) return v_null();
  Dict *d = frame_locals(vm);
  return d ? v_obj(d) : v_null();
}

static Value bi_vars(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'U', "vars", argc, 0, 1)) return v_null();
  if (argc == 0) return bi_locals(vm, 0, argv, kw);
  Value d = vm_getattr(vm, argv[0], vm->s___dict__);
  if (v_isnull(d) && vm_exc_matches(vm, vm->exc_AttributeError)) {
    vm_exc_clear(vm);
    return vm_raise(vm, vm->exc_TypeError, "vars() argument must have __dict__ attribute");
  }
  return d;
}

static bool add_keys(VM *vm, Dict *set, Dict *from) {
  if (!from) return true;
  Value k, v;
  for (int64_t pos = 0; dict_next(from, &pos, &k, &v);)
    if (!dict_set(vm, set, k, v_none())) return false;
  return true;
}

static bool add_class_keys(VM *vm, Dict *set, Class *c) {
  if (!c->mro) return add_keys(vm, set, c->dict);
  for (int64_t i = 0; i < c->mro->len; i++)
    if (c->mro->items[i].tag == T_CLASS && !add_keys(vm, set, AS_CLASS(c->mro->items[i])->dict))
      return false;
  return true;
}

static Value bi_dir(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'U', "dir", argc, 0, 1)) return v_null();
  Dict *names = dict_new(vm);
  if (!names) return v_null();
  if (argc == 0) {
    Dict *l = frame_locals(vm);
    if (!l || !add_keys(vm, names, l)) return v_null();
  } else {
    Value o = argv[0];
    Value special = vm_call_special(vm, o, str_intern_cstr(vm, "__dir__"), 0, NULL);
    if (EXC_PENDING(vm)) return v_null();
    if (!v_isnull(special)) {
      Value l = vm_to_list(vm, special);
      if (v_isnull(l) || !list_sort(vm, AS_LIST(l), v_null(), v_null(), false)) return v_null();
      return l;
    }
    bool ok = true;
    if (o.tag == T_MODULE) ok = add_keys(vm, names, AS_MODULE(o)->dict);
    else if (o.tag == T_CLASS) ok = add_class_keys(vm, names, AS_CLASS(o));
    else {
      ok = dict_set_str(vm, names, vm->s___class__, v_none()) &&
           dict_set_str(vm, names, vm->s___doc__, v_none());
      if (ok && o.tag == T_INSTANCE) {
        Dict *d = instance_dict(vm, AS_INSTANCE(o));
        ok = d && add_keys(vm, names, d);
      } else if (o.tag == T_FUNC && AS_FUNC(o)->attrs) {
        ok = add_keys(vm, names, AS_FUNC(o)->attrs);
      }
      ok = ok && add_class_keys(vm, names, vm_class_of(vm, o));
    }
    if (!ok) return v_null();
  }
  List *l = dict_keys(vm, names);
  if (!l || !list_sort(vm, l, v_null(), v_null(), false)) return v_null();
  return v_obj(l);
}

static Value bi_intern(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "intern", argc, 1, 1)) return v_null();
  if (argv[0].tag != T_STR)
    return vm_raise(vm, vm->exc_TypeError, "intern() argument 1 must be string, not %s",
                    vm_type_name(vm, argv[0]));
  return str_value(str_intern(vm, AS_STR(argv[0])));
}

/* ---- eval, input, raw_input, exit, __import__, apply ------------------------------------------ */

static Value do_eval(VM *vm, Value src, Value g, Value l, const char *fname) {
  Dict *globals = NULL, *locals = NULL;
  if (!v_isnull(g) && !v_isnone(g)) {
    if (g.tag != T_DICT) return vm_raise(vm, vm->exc_TypeError, "globals must be a dict");
    globals = AS_DICT(g);
  }
  if (!v_isnull(l) && !v_isnone(l)) {
    if (l.tag != T_DICT) return vm_raise(vm, vm->exc_TypeError, "locals must be a mapping");
    locals = AS_DICT(l);
  }
  if (!globals) {
    globals = frame_globals(vm);
    if (!locals) locals = frame_locals(vm);
    if (!locals) return v_null();
  } else if (!locals) {
    locals = globals;
  }
  if (dict_find_str(globals, vm->s___builtins__) < 0 &&
      !dict_set_str(vm, globals, vm->s___builtins__, v_obj(vm->builtin_module)))
    return v_null();
  Code *code;
  if (src.tag == T_CODE) {
    code = AS_CODE(src);
  } else if (src.tag == T_STR) {
    const char *s = AS_STR(src)->data;
    size_t n = (size_t)AS_STR(src)->len;
    while (n && (*s == ' ' || *s == '\t')) { s++; n--; }
    int flags = vm->frame && vm->frame->code
                ? vm->frame->code->flags & (CO_FUTURE_DIVISION | CO_FUTURE_PRINT) : 0;
    code = vm_compile(vm, s, n, "<string>", COMPILE_EVAL, flags);
    if (!code) return v_null();
  } else {
    return vm_raise(vm, vm->exc_TypeError, "%s() arg 1 must be a string or code object", fname);
  }
  return vm_exec_code(vm, code, globals, locals);
}

static Value bi_eval(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'U', "eval", argc, 1, 3)) return v_null();
  return do_eval(vm, argv[0], argc > 1 ? argv[1] : v_null(), argc > 2 ? argv[2] : v_null(),
                 "eval");
}

/* Read one line (without the newline) from sys.stdin; T_NULL + EOFError at EOF. */
static Value read_input_line(VM *vm) {
  Value in = vm->sys_module ? dict_get_str(vm, vm->sys_module->dict,
                                           str_intern_cstr(vm, "stdin")) : v_null();
  if (v_isnull(in)) in = vm->sys_stdin;
  Value line;
  if (v_isnull(in))
    return vm_raise(vm, vm->exc_RuntimeError, "[raw_]input: lost sys.stdin");
  line = vm_call_method(vm, in, str_intern_cstr(vm, "readline"), 0, NULL);
  if (v_isnull(line)) return line;
  if (line.tag != T_STR)
    return vm_raise(vm, vm->exc_TypeError, "object.readline() returned non-string");
  Str *s = AS_STR(line);
  if (s->len == 0) return vm_raise(vm, vm->exc_EOFError, "EOF when reading a line");
  if (s->data[s->len - 1] == '\n') return new_str(vm, s->data, (size_t)s->len - 1);
  return line;
}

static Value bi_raw_input(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'U', "[raw_]input", argc, 0, 1)) return v_null();
  Value out = vm->sys_module ? dict_get_str(vm, vm->sys_module->dict,
                                            str_intern_cstr(vm, "stdout")) : v_null();
  if (v_isnull(out)) out = vm->sys_stdout;
  if (!v_isnull(out) && lib_softspace_swap(vm, out, 0)) {
    Str *sp = str_new(vm, " ", 1);
    if (!sp || !lib_file_write(vm, out, sp)) return v_null();
  }
  if (argc == 1 && !v_isnull(out)) {
    Str *p = vm_str(vm, argv[0]);
    if (!p || !lib_file_write(vm, out, p)) return v_null();
  }
  vm_flush(vm);
  return read_input_line(vm);
}

static Value bi_input(VM *vm, int argc, Value *argv, Dict *kw) {
  Value line = bi_raw_input(vm, argc, argv, kw);
  if (v_isnull(line)) return line;
  return do_eval(vm, line, v_null(), v_null(), "input");
}

/* exit and quit: instances of site.Quitter, as in CPython. */
static Value quitter_call(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "__call__", argc, 1, 2)) return v_null();
  Value code = argc > 1 ? argv[1] : v_none();
  return lib_raise_args(vm, vm->exc_SystemExit, 1, &code);
}

static Value quitter_repr(VM *vm, int argc, Value *argv, Dict *kw) {
  Value name = vm_getattr(vm, argv[0], vm->s___name__);
  if (v_isnull(name)) return name;
  Str *n = vm_str(vm, name);
  if (!n) return v_null();
  return str_value(str_printf(vm, "Use %S() or Ctrl-D (i.e. EOF) to exit", n));
}

/* compile(source, filename, mode[, flags[, dont_inherit]]) -> code object. */
static Value bi_compile(VM *vm, int argc, Value *argv, Dict *kw) {
  static const char *const kws[] = {"source", "filename", "mode", "flags", "dont_inherit", NULL};
  if (!lib_nargs(vm, 'P', "compile", argc, 0, 5) || !lib_kw_check(vm, kw, kws)) return v_null();
  Value a[5];
  for (int i = 0; i < 5; i++)
    if (!lib_arg(vm, argc, argv, kw, i, kws[i], "compile", &a[i])) return v_null();
  for (int i = 0; i < 3; i++)
    if (v_isnull(a[i]))
      return vm_raise(vm, vm->exc_TypeError, "Required argument '%s' (pos %d) not found",
                      kws[i], i + 1);
  if (a[0].tag != T_STR || a[1].tag != T_STR || a[2].tag != T_STR)
    return vm_raise(vm, vm->exc_TypeError, "compile() expected string without null bytes");
  const char *mode = AS_STR(a[2])->data;
  CompileMode m;
  if (strcmp(mode, "exec") == 0) m = COMPILE_FILE;
  else if (strcmp(mode, "eval") == 0) m = COMPILE_EVAL;
  else if (strcmp(mode, "single") == 0) m = COMPILE_SINGLE;
  else return vm_raise(vm, vm->exc_ValueError, "compile() arg 3 must be 'exec', 'eval' or 'single'");
  int64_t flags = 0, dont_inherit = 0;
  if (!v_isnull(a[3]) && !lib_to_int(vm, a[3], &flags)) return v_null();
  if (!v_isnull(a[4]) && !lib_to_int(vm, a[4], &dont_inherit)) return v_null();
  /* flags are CPython 2.7's (__future__.division.compiler_flag etc.) */
  int cflags = ((flags & 0x2000) ? CO_FUTURE_DIVISION : 0) |
               ((flags & 0x10000) ? CO_FUTURE_PRINT : 0);
  if (!dont_inherit && vm->frame && vm->frame->code)
    cflags |= vm->frame->code->flags & (CO_FUTURE_DIVISION | CO_FUTURE_PRINT);
  Str *src = AS_STR(a[0]);
  Code *c = vm_compile(vm, src->data, (size_t)src->len, AS_STR(a[1])->data, m,
                       cflags |
                       VM_COMPILE_STRING);   /* source from a string: string-mode errors */
  return c ? v_obj(c) : v_null();
}

/* execfile(filename[, globals[, locals]]). */
static Value bi_execfile(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "execfile", argc, 1, 3)) return v_null();
  if (argv[0].tag != T_STR)
    return vm_raise(vm, vm->exc_TypeError, "execfile() argument 1 must be string, not %s",
                    vm_type_name(vm, argv[0]));
  const char *path = AS_STR(argv[0])->data;
  lib_flush_files(vm);
  FILE *fp = fopen(path, "rb");
  if (!fp) return lib_raise_errno(vm, vm->exc_IOError, errno, path);
  SBuf b;
  sbuf_init(&b);
  char buf[8192];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, fp)) > 0) sbuf_put(&b, buf, n);
  fclose(fp);
  Str *src = sbuf_finish(vm, &b);
  if (!src) return v_null();
  Code *c = vm_compile(vm, src->data, (size_t)src->len, path, COMPILE_FILE, 0);
  if (!c) return v_null();
  Value r = do_eval(vm, v_obj(c), argc > 1 ? argv[1] : v_null(), argc > 2 ? argv[2] : v_null(),
                    "execfile");
  return v_isnull(r) ? r : v_none();
}

static Value bi_import(VM *vm, int argc, Value *argv, Dict *kw) {
  static const char *const kws[] = {"name", "globals", "locals", "fromlist", "level", NULL};
  if (!lib_nargs(vm, 'P', "__import__", argc, 0, 5) || !lib_kw_check(vm, kw, kws))
    return v_null();
  Value a[5];
  for (int i = 0; i < 5; i++)
    if (!lib_arg(vm, argc, argv, kw, i, kws[i], "__import__", &a[i])) return v_null();
  if (v_isnull(a[0]))
    return vm_raise(vm, vm->exc_TypeError, "Required argument 'name' (pos 1) not found");
  if (a[0].tag != T_STR)
    return vm_raise(vm, vm->exc_TypeError, "__import__() argument 1 must be string, not %s",
                    vm_type_name(vm, a[0]));
  int64_t level = -1;
  if (!v_isnull(a[4]) && !lib_to_int(vm, a[4], &level)) return v_null();
  Dict *g = a[1].tag == T_DICT ? AS_DICT(a[1]) : NULL;
  Value fromlist = v_isnull(a[3]) ? v_none() : a[3];
  return vm_import(vm, str_intern(vm, AS_STR(a[0])), fromlist, (int)level, g);
}

static Value bi_apply(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'U', "apply", argc, 1, 3)) return v_null();
  Value args = argc > 1 ? argv[1] : v_null();
  Dict *k = NULL;
  if (argc > 2 && !v_isnone(argv[2])) {
    if (argv[2].tag != T_DICT)
      return vm_raise(vm, vm->exc_TypeError,
                      "apply() arg 3 expected dictionary, found %s", vm_type_name(vm, argv[2]));
    k = AS_DICT(argv[2]);
  }
  if (v_isnull(args) || v_isnone(args)) return vm_call(vm, argv[0], 0, NULL, k);
  if (args.tag != T_TUPLE) {
    args = vm_to_tuple(vm, args);
    if (v_isnull(args)) return args;
  }
  return vm_call(vm, argv[0], (int)AS_TUPLE(args)->len, AS_TUPLE(args)->items, k);
}

static Value bi_open(VM *vm, int argc, Value *argv, Dict *kw) {
  static const char *const kws[] = {"name", "mode", "buffering", NULL};
  if (!lib_nargs(vm, 'P', "open", argc, 0, 3) || !lib_kw_check(vm, kw, kws)) return v_null();
  Value name, mode;
  if (!lib_arg(vm, argc, argv, kw, 0, "name", "open", &name) ||
      !lib_arg(vm, argc, argv, kw, 1, "mode", "open", &mode))
    return v_null();
  if (v_isnull(name))
    return vm_raise(vm, vm->exc_TypeError, "Required argument 'name' (pos 1) not found");
  if (name.tag != T_STR)
    return vm_raise(vm, vm->exc_TypeError, "coercing to Unicode: need string or buffer, %s found",
                    vm_type_name(vm, name));
  if (!v_isnull(mode) && mode.tag != T_STR)
    return vm_raise(vm, vm->exc_TypeError, "open() argument 2 must be string, not %s",
                    vm_type_name(vm, mode));
  return lib_file_open(vm, AS_STR(name)->data, v_isnull(mode) ? "r" : AS_STR(mode)->data);
}

static Value bi_print(VM *vm, int argc, Value *argv, Dict *kw) {
  static const char *const kws[] = {"sep", "end", "file", NULL};
  if (!lib_kw_check(vm, kw, kws)) return v_null();
  Value sep = lib_kwarg(vm, kw, "sep"), end = lib_kwarg(vm, kw, "end");
  Value file = lib_kwarg(vm, kw, "file");
  if (v_isnull(file) || v_isnone(file)) {
    file = vm->sys_module ? dict_get_str(vm, vm->sys_module->dict, str_intern_cstr(vm, "stdout"))
                          : vm->sys_stdout;
    if (v_isnull(file) || v_isnone(file)) return v_none();
  }
  if (!v_isnull(sep) && !v_isnone(sep) && sep.tag != T_STR)
    return vm_raise(vm, vm->exc_TypeError, "sep must be None, str or unicode, not %s",
                    vm_type_name(vm, sep));
  if (!v_isnull(end) && !v_isnone(end) && end.tag != T_STR)
    return vm_raise(vm, vm->exc_TypeError, "end must be None, str or unicode, not %s",
                    vm_type_name(vm, end));
  Str *sp = sep.tag == T_STR ? AS_STR(sep) : str_from_cstr(vm, " ");
  Str *en = end.tag == T_STR ? AS_STR(end) : str_from_cstr(vm, "\n");
  for (int i = 0; i < argc; i++) {
    if (i > 0 && !lib_file_write(vm, file, sp)) return v_null();
    Str *s = vm_str(vm, argv[i]);
    if (!s || !lib_file_write(vm, file, s)) return v_null();
  }
  if (!lib_file_write(vm, file, en)) return v_null();
  return v_none();
}

Class *lib_class(VM *vm, const char *name, Class *base, const char *module) {
  Class *c = class_new_builtin(vm, name, base, T_INSTANCE, 0);
  if (!c) { vm_exc_clear(vm); return NULL; }
  c->h.flags &= ~CLS_BUILTIN;
  if (module) {
    c->module = str_intern_cstr(vm, module);
    dict_set_str(vm, c->dict, vm->s___module__, v_obj(c->module));
  }
  if (v_isnull(dict_get_str(vm, c->dict, vm->s___doc__)))
    dict_set_str(vm, c->dict, vm->s___doc__, v_none());
  return c;
}

/* ---- Ellipsis ----------------------------------------------------------------------- */

static Value ellipsis_repr(VM *vm, int argc, Value *argv, Dict *kw) {
  return v_obj(str_from_cstr(vm, "Ellipsis"));
}

/* ---- registration ----------------------------------------------------------------------- */

typedef struct BuiltinDef {
  const char *name;
  CFn fn;
  bool kw;
} BuiltinDef;

static const BuiltinDef builtin_defs[] = {
  {"len", bi_len, false}, {"repr", bi_repr, false}, {"hash", bi_hash, false},
  {"id", bi_id, false}, {"callable", bi_callable, false},
  {"isinstance", bi_isinstance, false}, {"issubclass", bi_issubclass, false},
  {"chr", bi_chr, false}, {"unichr", bi_unichr, false}, {"ord", bi_ord, false},
  {"abs", bi_abs, false}, {"divmod", bi_divmod, false}, {"pow", bi_pow, false},
  {"round", bi_round, true}, {"cmp", bi_cmp, false},
  {"hex", bi_hex, false}, {"oct", bi_oct, false}, {"bin", bi_bin, false},
  {"min", bi_min, true}, {"max", bi_max, true}, {"sum", bi_sum, false},
  {"any", bi_any, false}, {"all", bi_all, false}, {"reduce", bi_reduce, false},
  {"sorted", bi_sorted, true}, {"zip", bi_zip, false}, {"map", bi_map, false},
  {"filter", bi_filter, false},
  {"hasattr", bi_hasattr, false}, {"getattr", bi_getattr, false},
  {"setattr", bi_setattr, false}, {"delattr", bi_delattr, false},
  {"iter", bi_iter, false}, {"next", bi_next, false},
  {"globals", bi_globals, false}, {"locals", bi_locals, false}, {"vars", bi_vars, false},
  {"dir", bi_dir, false}, {"intern", bi_intern, false},
  {"eval", bi_eval, false}, {"input", bi_input, false}, {"raw_input", bi_raw_input, false},
  {"compile", bi_compile, true}, {"execfile", bi_execfile, false},
  {"__import__", bi_import, true}, {"print", bi_print, true}, {"apply", bi_apply, false}, {"open", bi_open, true},
  {NULL, NULL, false}
};

static void set_builtin(VM *vm, const char *name, Value v) {
  dict_set_str(vm, vm->builtins, str_intern_cstr(vm, name), v);
}

static Class *iter_class(VM *vm, const char *name, CFn ctor) {
  Class *base = vm->cls[T_ITER];
  Class *c = class_new_builtin(vm, name, base, T_ITER, CLS_FINAL);
  if (c) c->ctor = ctor;
  return c;
}

void lib_init_builtins(VM *vm) {
  if (!vm->builtin_module) {
    Module *m = module_new(vm, str_intern_cstr(vm, "__builtin__"));
    if (vm->builtins && m->dict != vm->builtins) {
      Value k, v;
      for (int64_t pos = 0; dict_next(vm->builtins, &pos, &k, &v);) dict_set(vm, m->dict, k, v);
    }
    vm->builtin_module = m;
  }
  if (vm->modules)
    dict_set_str(vm, vm->modules, str_intern_cstr(vm, "__builtin__"), v_obj(vm->builtin_module));
  vm->builtins = vm->builtin_module->dict;
  set_builtin(vm, "__name__", v_obj(str_intern_cstr(vm, "__builtin__")));
  set_builtin(vm, "__doc__", v_none());

  for (const BuiltinDef *d = builtin_defs; d->name; d++)
    vm_add_function(vm, vm->builtins, d->name, d->fn, 0, -1, d->kw);
  vm_add_function(vm, vm->builtins, "range", bi_range, 0, -1, false);
  vm->builtin_range = dict_get_str(vm, vm->builtins, str_intern_cstr(vm, "range"));

  set_builtin(vm, "True", v_bool(true));
  set_builtin(vm, "False", v_bool(false));
  set_builtin(vm, "None", v_none());
  set_builtin(vm, "__debug__", v_bool(true));
  set_builtin(vm, "NotImplemented", vm_not_implemented(vm));

  /* Ellipsis: the only instance of `ellipsis`. */
  Class *ell = class_new_builtin(vm, "ellipsis", NULL, T_INSTANCE, CLS_FINAL);
  if (ell) {
    vm_add_method(vm, ell, "__repr__", ellipsis_repr, 0, 0, false);
    Instance *e = instance_new(vm, ell);
    if (e) set_builtin(vm, "Ellipsis", v_obj(e));
  }

  /* Exceptions. */
#define SET_EXC(name, base) if (vm->exc_##name) set_builtin(vm, #name, v_obj(vm->exc_##name));
  VM_EXCEPTIONS(SET_EXC)
#undef SET_EXC

  /* Types (their constructors are set by lib_init_ctors). */
  static const struct { const char *name; int tag; } types[] = {
    {"int", T_INT}, {"float", T_FLOAT}, {"str", T_STR}, {"bytes", T_STR}, {"bool", T_BOOL},
    {"list", T_LIST}, {"tuple", T_TUPLE}, {"dict", T_DICT}, {"set", T_SET},
    {"frozenset", T_FROZENSET}, {"type", T_CLASS}, {"xrange", T_XRANGE}, {"slice", T_SLICE},
    {"long", T_LONG}, {"property", T_PROPERTY}, {"staticmethod", T_STATICMETHOD},
    {"classmethod", T_CLASSMETHOD}, {"super", T_SUPER}, {"file", T_FILE},
  };
  for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
    if (vm->cls[types[i].tag]) set_builtin(vm, types[i].name, v_obj(vm->cls[types[i].tag]));
  if (vm->cls_object) set_builtin(vm, "object", v_obj(vm->cls_object));
  if (vm->cls_type) set_builtin(vm, "type", v_obj(vm->cls_type));
  if (vm->cls_basestring) set_builtin(vm, "basestring", v_obj(vm->cls_basestring));
  set_builtin(vm, "unicode", v_obj(vm->cls_unicode ? vm->cls_unicode : vm->cls[T_STR]));
  vm->builtin_xrange = vm->cls[T_XRANGE] ? v_obj(vm->cls[T_XRANGE]) : v_null();

  Class *en = iter_class(vm, "enumerate", bi_enumerate_ctor);
  if (en) set_builtin(vm, "enumerate", v_obj(en));
  Class *rev = iter_class(vm, "reversed", bi_reversed_ctor);
  if (rev) set_builtin(vm, "reversed", v_obj(rev));
  vm->cls_listrevit = iter_class(vm, "listreverseiterator", NULL);

  Class *quitter = lib_class(vm, "Quitter", NULL, "site");
  if (quitter) {
    vm_add_method(vm, quitter, "__call__", quitter_call, 0, -1, false);
    vm_add_method(vm, quitter, "__repr__", quitter_repr, 0, 0, false);
    static const char *const qn[] = {"exit", "quit"};
    for (int i = 0; i < 2; i++) {
      Instance *q = instance_new(vm, quitter);
      if (!q || !vm_setattr(vm, v_obj(q), vm->s___name__, v_obj(str_from_cstr(vm, qn[i])))) {
        vm_exc_clear(vm);
        continue;
      }
      set_builtin(vm, qn[i], v_obj(q));
    }
  }

  complex_init_type(vm);   /* vm/obj_complex.c */
  lib_init_bytes(vm);      /* bytearray, buffer, memoryview, coerce (lib_bytes.c) */
  lib_init_ctors(vm);
}
