/*
** obj_long.c: Python 2's `long`, arbitrary-precision integers on GMP.
**
** A Long wraps an mpz_t; GMP allocates limbs through Boehm as atomic memory
** (mp_set_memory_functions, once per process: the allocators are stateless).
** Ints take part in mixed operations through read-only mpz views of one limb
** (mpz_roinit_n), so an int operand costs no allocation. Results follow
** CPython 2.7: floor division and modulo round toward minus infinity, the
** bitwise operators act on the infinite two's complement form, true division
** and conversion to float are correctly rounded, long_hash is CPython's.
*/
#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include "vm.h"
#include "types.h"
#include "long.h"
#include "../gc/gc.h"

/* Results larger than this many bits raise MemoryError instead of making
** GMP abort. */
#define LONG_MAX_BITS ((uint64_t)1 << 34)

/* ---- GMP memory -------------------------------------------------------------- */

/* Scanned memory, although limbs hold no pointers: GMP's temporary blocks
** (TMP_BALLOC, any size) hold pointers to each other -- the chain freed at
** TMP_FREE, FFT pointer tables -- and an atomic block would let the GC free
** them in the middle of a multiplication. (Limbs rarely look like heap
** addresses on 64 bits, so scanning them retains nothing in practice.) */
static void *gmp_alloc(size_t n) {
  void *p = gc_alloc(n);
  if (!p) abort();  /* GMP cannot recover from a failed allocation */
  return p;
}

static void *gmp_realloc(void *p, size_t old, size_t n) {
  (void)old;
  void *q = gc_realloc(p, n);
  if (!q) abort();
  return q;
}

static void gmp_free(void *p, size_t n) {
  (void)n;
  gc_free(p);
}

static pthread_once_t long_once = PTHREAD_ONCE_INIT;

static void long_init_once(void) {
  gc_init();
  mp_set_memory_functions(gmp_alloc, gmp_realloc, gmp_free);
}

void long_init(void) { pthread_once(&long_once, long_init_once); }

/* ---- construction ------------------------------------------------------------- */

Long *long_alloc(VM *vm) {
  Long *l = gc_alloc(sizeof(Long));
  if (!l) { vm_raise(vm, vm->exc_MemoryError, ""); return NULL; }
  l->h.kind = T_LONG;
  l->h.cls = vm->cls[T_LONG];
  mpz_init(l->z);
  return l;
}

Value long_from_i64(VM *vm, int64_t i) {
  Long *l = long_alloc(vm);
  if (!l) return v_null();
  mpz_set_si(l->z, (long)i);
  return v_obj(l);
}

Value long_from_u64(VM *vm, uint64_t u) {
  Long *l = long_alloc(vm);
  if (!l) return v_null();
  mpz_set_ui(l->z, (unsigned long)u);
  return v_obj(l);
}

Value long_from_mpz(VM *vm, const mpz_t z) {
  Long *l = long_alloc(vm);
  if (!l) return v_null();
  mpz_set(l->z, z);
  return v_obj(l);
}

Value long_from_double(VM *vm, double d) {
  if (isnan(d)) return vm_raise(vm, vm->exc_ValueError, "cannot convert float NaN to integer");
  if (isinf(d))
    return vm_raise(vm, vm->exc_OverflowError, "cannot convert float infinity to integer");
  Long *l = long_alloc(vm);
  if (!l) return v_null();
  mpz_set_d(l->z, d);
  return v_obj(l);
}

/* A read-only mpz view of an int/bool/long value (no allocation for ints). */
typedef struct ZView { mpz_t z; mp_limb_t limb; } ZView;

static inline mpz_srcptr zview(ZView *zv, Value v) {
  if (v.tag == T_LONG) return AS_LONG(v)->z;
  int64_t i = v.u.i;
  zv->limb = i < 0 ? (mp_limb_t)0 - (mp_limb_t)i : (mp_limb_t)i;
  return mpz_roinit_n(zv->z, &zv->limb, i < 0 ? -1 : i > 0 ? 1 : 0);
}

void long_get_mpz(mpz_t out, Value v) {
  ZView zv;
  mpz_set(out, zview(&zv, v));
}

/* ---- parsing -------------------------------------------------------------------- */

static int digit_of(unsigned char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

static bool is_space(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

static Value literal_error(VM *vm, const char *s, size_t len, int base, const char *what) {
  Str *str = str_new(vm, s, len > 200 ? 200 : len);
  Str *r = str ? str_repr(vm, str) : NULL;
  if (!r) return v_null();
  return vm_raise(vm, vm->exc_ValueError, "invalid literal for %s() with base %d: %S", what,
                  base, r);
}

Value long_from_str(VM *vm, const char *s, size_t len, int base, const char *what) {
  if ((base != 0 && base < 2) || base > 36)
    return vm_raise(vm, vm->exc_ValueError, "%s() base must be >= 2 and <= 36, or 0", what);
  const char *orig = s, *end = s + len;
  int obase = base;
  while (s < end && is_space((unsigned char)*s)) s++;
  bool neg = false;
  if (s < end && (*s == '+' || *s == '-')) { neg = *s == '-'; s++; }
  while (s < end && is_space((unsigned char)*s)) s++;
  if (base == 0) {
    if (s < end && *s == '0') {
      char c = s + 1 < end ? (char)tolower((unsigned char)s[1]) : '\0';
      if (c == 'x') { base = 16; s += 2; }
      else if (c == 'o') { base = 8; s += 2; }
      else if (c == 'b') { base = 2; s += 2; }
      else base = 8;
    } else {
      base = 10;
    }
  } else if ((base == 16 || base == 8 || base == 2) && s + 1 < end && s[0] == '0') {
    char c = (char)tolower((unsigned char)s[1]);
    if ((base == 16 && c == 'x') || (base == 8 && c == 'o') || (base == 2 && c == 'b')) s += 2;
  }
  const char *ds = s;
  while (s < end && digit_of((unsigned char)*s) < base) s++;
  const char *de = s;
  if (de == ds) return literal_error(vm, orig, len, obase, what);
  if (s < end && (*s == 'l' || *s == 'L')) s++;
  while (s < end && is_space((unsigned char)*s)) s++;
  if (s != end) return literal_error(vm, orig, len, obase, what);
  size_t n = (size_t)(de - ds);
  char *buf = gc_alloc_atomic(n + 1);
  if (!buf) return vm_raise(vm, vm->exc_MemoryError, "");
  memcpy(buf, ds, n);
  buf[n] = '\0';
  Long *l = long_alloc(vm);
  if (!l) return v_null();
  if (mpz_set_str(l->z, buf, base) != 0) return literal_error(vm, orig, len, obase, what);
  if (neg) mpz_neg(l->z, l->z);
  return v_obj(l);
}

Value long_from_decimal_string(VM *vm, const char *digits) {
  Long *l = long_alloc(vm);
  if (!l) return v_null();
  bool neg = digits[0] == '-';
  if (mpz_set_str(l->z, digits + (neg ? 1 : 0), 10) != 0)
    return vm_raise(vm, vm->exc_ValueError, "invalid long literal");
  if (neg) mpz_neg(l->z, l->z);
  return v_obj(l);
}

/* ---- conversions ------------------------------------------------------------------ */

bool long_fits_i64(const Long *l) {
  return mpz_fits_slong_p(l->z) != 0;
}

int64_t long_as_i64(const Long *l) { return (int64_t)mpz_get_si(l->z); }

int long_sign(const Long *l) { return mpz_sgn(l->z); }

Value long_normalize(VM *vm, Value v) {
  if (v.tag == T_LONG && long_fits_i64(AS_LONG(v))) return v_int(long_as_i64(AS_LONG(v)));
  return v;
}

bool long_to_i64(VM *vm, Value v, int64_t *out) {
  if (v.tag != T_LONG) { *out = v.u.i; return true; }
  if (!long_fits_i64(AS_LONG(v))) {
    vm_raise(vm, vm->exc_OverflowError, "long int too large to convert to int");
    return false;
  }
  *out = long_as_i64(AS_LONG(v));
  return true;
}

/* The double nearest to q * 2**exp2 (q > 0), ties to even; sticky says the
** exact value is a little above q * 2**exp2 (callers give >= 2 spare bits).
** false on overflow. */
static bool scaled_to_double(mpz_srcptr q, bool sticky, long exp2, double *out) {
  long nb = (long)mpz_sizeinbase(q, 2);
  long e = nb - 1 + exp2;               /* exponent of the leading bit */
  if (e > 1023) return false;
  long p = 53;
  if (e < -1022) p = 53 - (-1022 - e);  /* subnormal: fewer bits */
  long shift = nb - p;
  double d;
  if (shift <= 0) {
    d = mpz_get_d(q);                   /* exact: at most 53 bits */
  } else {
    mpz_t m;
    mpz_init(m);
    mpz_tdiv_q_2exp(m, q, (mp_bitcnt_t)shift);
    bool half = mpz_tstbit(q, (mp_bitcnt_t)(shift - 1)) != 0;
    bool below = sticky || (shift >= 2 && mpz_scan1(q, 0) < (mp_bitcnt_t)(shift - 1));
    if (half && (below || mpz_odd_p(m))) mpz_add_ui(m, m, 1);
    d = mpz_get_d(m);                   /* <= 2**53: exact */
    mpz_clear(m);
    exp2 += shift;
  }
  d = ldexp(d, (int)exp2);
  if (isinf(d)) return false;
  *out = d;
  return true;
}

static bool mpz_to_double(mpz_srcptr z, double *out) {
  int s = mpz_sgn(z);
  if (s == 0) { *out = 0.0; return true; }
  if (mpz_sizeinbase(z, 2) <= 53) { *out = mpz_get_d(z); return true; }
  mpz_t a;
  mpz_init(a);
  mpz_abs(a, z);
  double d;
  bool ok = scaled_to_double(a, false, 0, &d);
  mpz_clear(a);
  if (!ok) return false;
  *out = s < 0 ? -d : d;
  return true;
}

bool long_to_double(VM *vm, Value v, double *out) {
  if (v.tag != T_LONG) { *out = (double)v.u.i; return true; }
  if (!mpz_to_double(AS_LONG(v)->z, out)) {
    vm_raise(vm, vm->exc_OverflowError, "long int too large to convert to float");
    return false;
  }
  return true;
}

/* ---- arithmetic ------------------------------------------------------------------ */

static Value zero_div(VM *vm) {
  return vm_raise(vm, vm->exc_ZeroDivisionError, "long division or modulo by zero");
}

static Value too_big(VM *vm) { return vm_raise(vm, vm->exc_MemoryError, ""); }

Value long_truediv(VM *vm, Value a, Value b) {
  ZView va, vb;
  mpz_srcptr x = zview(&va, a), y = zview(&vb, b);
  if (mpz_sgn(y) == 0) return vm_raise(vm, vm->exc_ZeroDivisionError, "division by zero");
  bool neg = (mpz_sgn(x) < 0) != (mpz_sgn(y) < 0);
  if (mpz_sgn(x) == 0) return v_float(neg ? -0.0 : 0.0);
  size_t na = mpz_sizeinbase(x, 2), nb = mpz_sizeinbase(y, 2);
  if (na <= 53 && nb <= 53) return v_float(mpz_get_d(x) / mpz_get_d(y));
  /* q = |x| * 2**s / |y| with 55 or 56 bits, then round. */
  long s = (long)nb - (long)na + 55;
  if ((long)na - (long)nb > 1100) goto overflow;
  if (s < -1200 || (long)na - (long)nb < -1200) return v_float(neg ? -0.0 : 0.0);
  mpz_t num, den, q, r;
  mpz_inits(num, den, q, r, NULL);
  mpz_abs(num, x);
  mpz_abs(den, y);
  if (s > 0) mpz_mul_2exp(num, num, (mp_bitcnt_t)s);
  else if (s < 0) mpz_mul_2exp(den, den, (mp_bitcnt_t)-s);
  mpz_tdiv_qr(q, r, num, den);
  double d = 0.0;
  bool ok = mpz_sgn(q) == 0 || scaled_to_double(q, mpz_sgn(r) != 0, -s, &d);
  mpz_clears(num, den, q, r, NULL);
  if (!ok) goto overflow;
  return v_float(neg ? -d : d);
overflow:
  return vm_raise(vm, vm->exc_OverflowError, "integer division result too large for a float");
}

/* x ** e for e >= 0. */
static Value long_pow_pos(VM *vm, mpz_srcptr x, mpz_srcptr e) {
  Long *l = long_alloc(vm);
  if (!l) return v_null();
  if (mpz_cmpabs_ui(x, 1) <= 0) {    /* 0, 1, -1: no size limit */
    if (mpz_sgn(x) == 0) mpz_set_ui(l->z, mpz_sgn(e) == 0 ? 1 : 0);
    else if (mpz_sgn(x) > 0 || mpz_even_p(e)) mpz_set_ui(l->z, 1);
    else mpz_set_si(l->z, -1);
    return v_obj(l);
  }
  if (!mpz_fits_ulong_p(e)) return too_big(vm);
  unsigned long n = mpz_get_ui(e);
  if (n > LONG_MAX_BITS / mpz_sizeinbase(x, 2)) return too_big(vm);  /* no wrap */
  mpz_pow_ui(l->z, x, n);
  return v_obj(l);
}

static Value float_pow_of(VM *vm, Value a, Value b) {
  double x, y;
  if (!long_to_double(vm, a, &x) || !long_to_double(vm, b, &y)) return v_null();
  if (x == 0.0)
    return vm_raise(vm, vm->exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
  return v_float(pow(x, y));
}

Value long_binop(VM *vm, int bop, Value a, Value b) {
  ZView va, vb;
  mpz_srcptr x = zview(&va, a), y = zview(&vb, b);
  Long *l;
  switch (bop) {
  case LB_TRUEDIV:
    return long_truediv(vm, a, b);
  case LB_POW:
    if (mpz_sgn(y) < 0) return float_pow_of(vm, a, b);
    return long_pow_pos(vm, x, y);
  case LB_DIV: case LB_FLOORDIV: case LB_MOD:
    if (mpz_sgn(y) == 0) return zero_div(vm);
    break;
  case LB_LSHIFT: case LB_RSHIFT:
    if (mpz_sgn(y) < 0) return vm_raise(vm, vm->exc_ValueError, "negative shift count");
    if (!mpz_fits_slong_p(y))
      return vm_raise(vm, vm->exc_OverflowError, "long int too large to convert to int");
    if (bop == LB_LSHIFT && mpz_sgn(x) != 0 &&
        (uint64_t)mpz_sizeinbase(x, 2) + (uint64_t)mpz_get_ui(y) > LONG_MAX_BITS)
      return too_big(vm);
    break;
  default:
    break;
  }
  l = long_alloc(vm);
  if (!l) return v_null();
  switch (bop) {
  case LB_ADD: mpz_add(l->z, x, y); break;
  case LB_SUB: mpz_sub(l->z, x, y); break;
  case LB_MUL:
    if ((uint64_t)mpz_sizeinbase(x, 2) + mpz_sizeinbase(y, 2) > LONG_MAX_BITS)
      return too_big(vm);
    mpz_mul(l->z, x, y);
    break;
  case LB_DIV: case LB_FLOORDIV: mpz_fdiv_q(l->z, x, y); break;
  case LB_MOD: mpz_fdiv_r(l->z, x, y); break;
  case LB_LSHIFT: mpz_mul_2exp(l->z, x, (mp_bitcnt_t)mpz_get_ui(y)); break;
  case LB_RSHIFT: mpz_fdiv_q_2exp(l->z, x, (mp_bitcnt_t)mpz_get_ui(y)); break;
  case LB_AND: mpz_and(l->z, x, y); break;
  case LB_OR: mpz_ior(l->z, x, y); break;
  case LB_XOR: mpz_xor(l->z, x, y); break;
  default: return vm_raise(vm, vm->exc_SystemError, "bad long operator");
  }
  return v_obj(l);
}

Value long_int_binop(VM *vm, int bop, int64_t a, int64_t b) {
  return long_binop(vm, bop, v_int(a), v_int(b));
}

Value long_divmod(VM *vm, Value a, Value b) {
  ZView va, vb;
  mpz_srcptr x = zview(&va, a), y = zview(&vb, b);
  if (mpz_sgn(y) == 0) return zero_div(vm);
  Long *q = long_alloc(vm), *r = long_alloc(vm);
  if (!q || !r) return v_null();
  mpz_fdiv_qr(q->z, r->z, x, y);
  Tuple *t = tuple_from(vm, 2, (Value[]){v_obj(q), v_obj(r)});
  return t ? v_obj(t) : v_null();
}

Value long_powmod(VM *vm, Value a, Value b, Value m) {
  ZView va, vb, vm_;
  mpz_srcptr x = zview(&va, a), e = zview(&vb, b), md = zview(&vm_, m);
  if (mpz_sgn(e) < 0)
    return vm_raise(vm, vm->exc_TypeError,
                    "pow() 2nd argument cannot be negative when 3rd argument specified");
  if (mpz_sgn(md) == 0) return vm_raise(vm, vm->exc_ValueError, "pow() 3rd argument cannot be 0");
  Long *l = long_alloc(vm);
  if (!l) return v_null();
  mpz_t am;
  mpz_init(am);
  mpz_abs(am, md);
  mpz_powm(l->z, x, e, am);          /* 0 <= r < |m| */
  if (mpz_sgn(md) < 0 && mpz_sgn(l->z) != 0) mpz_sub(l->z, l->z, am);
  mpz_clear(am);
  return v_obj(l);
}

Value long_neg(VM *vm, Value a) {
  ZView va;
  Long *l = long_alloc(vm);
  if (!l) return v_null();
  mpz_neg(l->z, zview(&va, a));
  return v_obj(l);
}

Value long_abs(VM *vm, Value a) {
  ZView va;
  Long *l = long_alloc(vm);
  if (!l) return v_null();
  mpz_abs(l->z, zview(&va, a));
  return v_obj(l);
}

Value long_invert(VM *vm, Value a) {
  ZView va;
  Long *l = long_alloc(vm);
  if (!l) return v_null();
  mpz_com(l->z, zview(&va, a));
  return v_obj(l);
}

/* ---- comparison, hash -------------------------------------------------------------- */

int long_cmp(Value a, Value b) {
  ZView va, vb;
  int c = mpz_cmp(zview(&va, a), zview(&vb, b));
  return c < 0 ? -1 : c > 0;
}

int long_cmp_double(Value a, double d) {
  ZView va;
  int c = mpz_cmp_d(zview(&va, a), d);
  return c < 0 ? -1 : c > 0;
}

/* CPython 2.7 (64-bit): the 30-bit digits of |v| folded with a rotate-add,
** i.e. |v| modulo 2**64 - 1, then the sign; -1 becomes -2. */
int64_t long_hash(const Long *l) {
  const mpz_t *z = &l->z;
  size_t nbits = mpz_sgn(*z) ? mpz_sizeinbase(*z, 2) : 0;
  size_t ndig = (nbits + 29) / 30;
  const mp_limb_t *limbs = mpz_limbs_read(*z);
  size_t nlimbs = mpz_size(*z);
  uint64_t x = 0;
  for (size_t i = ndig; i-- > 0; ) {
    size_t bit = i * 30, li = bit / 64, off = bit % 64;
    uint64_t d = (uint64_t)limbs[li] >> off;
    if (off > 34 && li + 1 < nlimbs) d |= (uint64_t)limbs[li + 1] << (64 - off);
    d &= (1u << 30) - 1;
    x = (x >> 34) | (x << 30);
    x += d;
    if (x < d) x++;
  }
  if (mpz_sgn(*z) < 0) x = (uint64_t)0 - x;
  if (x == (uint64_t)-1) x = (uint64_t)-2;
  return (int64_t)x;
}

/* ---- text ---------------------------------------------------------------------- */

char *long_digits(Value v, int base, bool upper, bool *neg) {
  ZView zv;
  mpz_srcptr z = zview(&zv, v);
  *neg = mpz_sgn(z) < 0;
  size_t n = mpz_sizeinbase(z, base) + 2;
  char *buf = gc_alloc_atomic(n + 1);
  if (!buf) return NULL;
  mpz_t a;
  mpz_init(a);
  mpz_abs(a, z);
  mpz_get_str(buf, upper ? -base : base, a);
  mpz_clear(a);
  return buf;
}

static Str *long_text(VM *vm, Long *l, bool suffix) {
  size_t n = mpz_sizeinbase(l->z, 10) + 3;
  char *buf = gc_alloc_atomic(n + 1);
  if (!buf) { vm_raise(vm, vm->exc_MemoryError, ""); return NULL; }
  mpz_get_str(buf, 10, l->z);
  size_t len = strlen(buf);
  if (suffix) { buf[len++] = 'L'; buf[len] = '\0'; }
  return str_new(vm, buf, len);
}

Str *long_repr(VM *vm, Long *l) { return long_text(vm, l, true); }
Str *long_str(VM *vm, Long *l) { return long_text(vm, l, false); }

Str *long_hexoct(VM *vm, Value v, int base) {
  bool neg;
  char *d = long_digits(v, base, false, &neg);
  if (!d) { vm_raise(vm, vm->exc_MemoryError, ""); return NULL; }
  bool islong = v.tag == T_LONG;
  const char *sfx = islong ? "L" : "";
  if (base == 16) return str_printf(vm, "%s0x%s%s", neg ? "-" : "", d, sfx);
  if (strcmp(d, "0") == 0) return str_printf(vm, "0%s", sfx);
  return str_printf(vm, "%s0%s%s", neg ? "-" : "", d, sfx);
}

size_t long_bit_length(Value v) {
  ZView zv;
  mpz_srcptr z = zview(&zv, v);
  return mpz_sgn(z) ? mpz_sizeinbase(z, 2) : 0;
}
