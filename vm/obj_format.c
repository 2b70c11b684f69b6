/*
** obj_format.c: text <-> number conversions as Python 2.7 does them. The
** `str % args` operator (vm_format_percent, a port of PyString_Format), float
** repr (shortest round-trip) and str (12 significant digits), the float hash,
** and int()/float() parsing of strings (PyInt_FromString / PyFloat_FromString).
*/
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "vm/vm.h"
#include "vm/types.h"
#include "vm/long.h"
#include "gc/gc.h"

/* ======================================================================== */
/* float repr / str / hash                                                   */
/* ======================================================================== */

/* Non-finite values the way Python spells them. */
static bool float_special(double d, char *buf, bool upper) {
  if (isnan(d)) { strcpy(buf, upper ? "NAN" : "nan"); return true; }
  if (isinf(d)) { strcpy(buf, d < 0 ? (upper ? "-INF" : "-inf") : (upper ? "INF" : "inf")); return true; }
  return false;
}

void float_repr(double d, char *buf) {
  if (float_special(d, buf, false)) return;
  if (d == 0) { strcpy(buf, signbit(d) ? "-0.0" : "0.0"); return; }
  /* Shortest %.Ne that reads back as d. */
  char tmp[40];
  for (int p = 0; p < 17; p++) {
    snprintf(tmp, sizeof tmp, "%.*e", p, d);
    if (strtod(tmp, NULL) == d) break;
  }
  /* tmp: [-]D[.DDD]e[+-]XX */
  char digits[24];
  int nd = 0;
  const char *q = tmp;
  bool neg = false;
  if (*q == '-') { neg = true; q++; }
  for (; *q && *q != 'e'; q++)
    if (isdigit((unsigned char)*q)) digits[nd++] = *q;
  int exp10 = atoi(q + 1);
  while (nd > 1 && digits[nd - 1] == '0') nd--;
  digits[nd] = '\0';
  int decpt = exp10 + 1;
  char *o = buf;
  if (neg) *o++ = '-';
  if (decpt <= -4 || decpt > 16) {
    *o++ = digits[0];
    if (nd > 1) { *o++ = '.'; memcpy(o, digits + 1, (size_t)nd - 1); o += nd - 1; }
    sprintf(o, "e%c%02d", exp10 < 0 ? '-' : '+', exp10 < 0 ? -exp10 : exp10);
    return;
  }
  if (decpt <= 0) {
    *o++ = '0'; *o++ = '.';
    for (int i = 0; i < -decpt; i++) *o++ = '0';
    memcpy(o, digits, (size_t)nd); o += nd;
  } else if (decpt >= nd) {
    memcpy(o, digits, (size_t)nd); o += nd;
    for (int i = nd; i < decpt; i++) *o++ = '0';
    *o++ = '.'; *o++ = '0';
  } else {
    memcpy(o, digits, (size_t)decpt); o += decpt;
    *o++ = '.';
    memcpy(o, digits + decpt, (size_t)(nd - decpt)); o += nd - decpt;
  }
  *o = '\0';
}

/* Add ".0" when a %g result looks like an integer. */
static void add_dot_0(char *buf) {
  for (char *p = buf; *p; p++)
    if (*p == '.' || *p == 'e' || *p == 'E' || *p == 'n' || *p == 'N' || *p == 'i' || *p == 'I')
      return;
  strcat(buf, ".0");
}

void float_str(double d, char *buf) {
  if (float_special(d, buf, false)) return;
  snprintf(buf, 64, "%.12g", d);
  /* Python's 'g' with "add .0" switches to an exponent one digit early (so
  ** that 12 integer digits plus ".0" never show): str(1e11) is '1e+11'. */
  const char *q = buf + (buf[0] == '-');
  if (!strpbrk(buf, ".e") && strlen(q) >= 12) {
    char m[64];
    snprintf(m, sizeof m, "%.11e", d);
    char *e = strchr(m, 'e');
    char *t = e;
    while (t > m && t[-1] == '0') t--;
    if (t > m && t[-1] == '.') t--;
    snprintf(buf, 64, "%.*s%s", (int)(t - m), m, e);
    return;
  }
  add_dot_0(buf);
}

/* CPython 2.7's long_hash of an integral double too big for a C long. */
static int64_t big_integral_hash(double v) {
  int sign = v < 0 ? -1 : 1;
  v = fabs(v);
  uint32_t dig[40];
  int n = 0;
  while (v > 0 && n < 40) {
    double r = fmod(v, 1073741824.0);
    dig[n++] = (uint32_t)r;
    v = (v - r) / 1073741824.0;
  }
  uint64_t x = 0;
  for (int i = n - 1; i >= 0; i--) {
    x = (x << 30) | (x >> (64 - 30));
    x += dig[i];
    if (x < dig[i]) x++;
  }
  if (sign < 0) x = (uint64_t)0 - x;
  if (x == (uint64_t)-1) x = (uint64_t)-2;
  return (int64_t)x;
}

int64_t float_hash(double v) {
  if (!isfinite(v)) return isinf(v) ? (v < 0 ? -271828 : 314159) : 0;
  double intpart, fractpart = modf(v, &intpart);
  if (fractpart == 0.0) {
    if (intpart > (double)(INT64_MAX / 2) || -intpart > (double)(INT64_MAX / 2))
      return big_integral_hash(intpart);
    return int_hash((int64_t)intpart);
  }
  int expo;
  v = frexp(v, &expo);
  v *= 2147483648.0;
  int64_t hipart = (int64_t)v;
  v = (v - (double)hipart) * 2147483648.0;
  int64_t x = hipart + (int64_t)v + ((int64_t)expo * 32768);
  return int_hash(x);
}

/* ======================================================================== */
/* str % args                                                                */
/* ======================================================================== */

#define F_LJUST 1
#define F_SIGN  2
#define F_BLANK 4
#define F_ALT   8
#define F_ZERO 16

typedef struct FmtArgs {
  Value args;
  int64_t arglen, argidx;
} FmtArgs;

static bool next_arg(VM *vm, FmtArgs *a, Value *out) {
  if (a->argidx < a->arglen) {
    int64_t i = a->argidx++;
    *out = a->arglen < 0 ? a->args : AS_TUPLE(a->args)->items[i];
    return true;
  }
  vm_raise(vm, vm->exc_TypeError, "not enough arguments for format string");
  return false;
}

/* An integer from a %d/%x/... argument: ints directly, floats truncated,
** instances through __int__. 1 ok (*big set for floats out of int64 range),
** 0 not a number, -1 raised. */
static int number_to_int(VM *vm, Value v, int64_t *out, double *big, Value *lng) {
  *big = 0;
  v = vm_unbox(v);
  switch (v.tag) {
  case T_INT: case T_BOOL: *out = v.u.i; return 1;
  case T_LONG:
    if (long_fits_i64(AS_LONG(v))) { *out = long_as_i64(AS_LONG(v)); return 1; }
    *lng = v;
    return 1;
  case T_FLOAT: {
    double t = trunc(v.u.f);
    if (!isfinite(t)) {
      vm_raise(vm, vm->exc_OverflowError, "cannot convert float %s to integer",
               isnan(t) ? "NaN" : "infinity");
      return -1;
    }
    if (t >= 9223372036854775808.0 || t < -9223372036854775808.0) { *big = t; *out = 0; return 1; }
    *out = (int64_t)t;
    return 1;
  }
  case T_INSTANCE: {
    Value r = vm_call_special(vm, v, vm->s___int__, 0, NULL);
    if (v_isnull(r)) return v_isnull(vm->exc) ? 0 : -1;
    if (r.tag == T_INT || r.tag == T_BOOL) { *out = r.u.i; return 1; }
    if (r.tag == T_LONG) return number_to_int(vm, r, out, big, lng);
    return 0;
  }
  default: return 0;
  }
}

/* CPython's formatint: "[-][0x]digits" with at least prec digits. */
static void format_int(char *buf, size_t cap, int flags, int prec, char type, int64_t x) {
  if (x < 0 && type == 'u') type = 'd';
  bool neg = x < 0 && (type == 'x' || type == 'X' || type == 'o');
  uint64_t ux = neg ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
  if (prec < 0) prec = 1;
  char fmt[32];
  if (type == 'd') {
    snprintf(buf, cap, "%.*lld", prec, (long long)x);
    return;
  }
  if ((flags & F_ALT) && (type == 'x' || type == 'X'))
    snprintf(fmt, sizeof fmt, "%s0%c%%.%dll%c", neg ? "-" : "", type, prec, type);
  else
    snprintf(fmt, sizeof fmt, "%s%%%s.%dll%c", neg ? "-" : "", (flags & F_ALT) ? "#" : "", prec, type);
  snprintf(buf, cap, fmt, (unsigned long long)ux);
}

/* %d/%x/%o of an integral float beyond int64, as Python 2 formats the long
** it converts to: "[-][0x|0X|0][zeros to prec]digits". malloc'd. */
static char *format_digits(const char *digits, bool neg, int flags, int prec, char type);

/* The same for a long. */
static char *format_long(Value v, int flags, int prec, char type) {
  bool neg;
  int base = type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
  char *d = long_digits(v, base, type == 'X', &neg);
  if (!d) return NULL;
  return format_digits(d, neg, flags, prec, type);
}

static char *format_big(double v, int flags, int prec, char type) {
  bool neg = v < 0;
  v = fabs(v);
  char digits[1100];
  if (type == 'd' || type == 'u') {
    snprintf(digits, sizeof digits, "%.0f", v);
  } else {
    int base = type == 'o' ? 8 : 16;
    const char *set = type == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
    char rev[1100];
    int n = 0;
    while (v > 0 && n < (int)sizeof rev - 1) {
      double r = fmod(v, (double)base);
      rev[n++] = set[(int)r];
      v = (v - r) / base;
    }
    for (int i = 0; i < n; i++) digits[i] = rev[n - 1 - i];
    digits[n] = '\0';
  }
  return format_digits(digits, neg, flags, prec, type);
}

static char *format_digits(const char *digits, bool neg, int flags, int prec, char type) {
  const char *prefix = "";
  if (flags & F_ALT) prefix = type == 'x' ? "0x" : type == 'X' ? "0X" : type == 'o' ? "0" : "";
  size_t nd = strlen(digits);
  size_t zeros = prec > 0 && (size_t)prec > nd ? (size_t)prec - nd : 0;
  char *out = malloc(nd + zeros + 4);
  if (!out) return NULL;
  char *o = out;
  if (neg) *o++ = '-';
  for (const char *q = prefix; *q; q++) *o++ = *q;
  memset(o, '0', zeros);
  o += zeros;
  memcpy(o, digits, nd + 1);
  return out;
}

/* A double from a %e/%f/%g argument. */
static bool number_to_double(VM *vm, Value v, double *out) {
  v = vm_unbox(v);
  switch (v.tag) {
  case T_LONG:
    if (long_to_double(vm, v, out)) return true;
    vm_exc_clear(vm);
    break;
  case T_FLOAT: *out = v.u.f; return true;
  case T_INT: case T_BOOL: *out = (double)v.u.i; return true;
  case T_INSTANCE: {
    Value r = vm_call_special(vm, v, vm->s___float__, 0, NULL);
    if (v_isnull(r) && !v_isnull(vm->exc)) return false;
    if (r.tag == T_FLOAT) { *out = r.u.f; return true; }
    break;
  }
  default: break;
  }
  vm_raise(vm, vm->exc_TypeError, "float argument required, not %s", vm_type_name(vm, v));
  return false;
}

/* Does args count as a mapping for %(name)s (CPython: has mp_subscript and
** is not a tuple or a string)? */
static bool is_mapping(VM *vm, Value args) {
  switch (args.tag) {
  case T_DICT: case T_LIST: return true;
  case T_INSTANCE: return !v_isnull(class_lookup(vm, vm_class_of(vm, args), vm->s___getitem__));
  default: return false;
  }
}

Str *vm_format_percent(VM *vm, Str *fmtstr, Value args) {
  const char *fmt = fmtstr->data;
  const char *end = fmt + fmtstr->len;
  FmtArgs a;
  a.args = args;
  if (args.tag == T_TUPLE) { a.arglen = AS_TUPLE(args)->len; a.argidx = 0; }
  else { a.arglen = -1; a.argidx = -2; }
  bool dict = is_mapping(vm, args);
  Value dictv = args;
  SBuf b;
  sbuf_init(&b);
  char numbuf[128];
  char *heapbuf = NULL;

  while (fmt < end) {
    if (*fmt != '%') {
      const char *p = memchr(fmt, '%', (size_t)(end - fmt));
      if (!p) p = end;
      sbuf_put(&b, fmt, (size_t)(p - fmt));
      fmt = p;
      continue;
    }
    const char *spec_start = fmt;
    (void)spec_start;
    fmt++;
    int flags = 0;
    int64_t width = -1;
    int prec = -1;
    char c = 0;
    Value v = v_null();
    if (fmt < end && *fmt == '(') {
      if (!dict) { vm_raise(vm, vm->exc_TypeError, "format requires a mapping"); goto error; }
      fmt++;
      const char *keystart = fmt;
      int pcount = 1;
      while (pcount > 0 && fmt < end) {
        if (*fmt == ')') pcount--;
        else if (*fmt == '(') pcount++;
        fmt++;
      }
      if (pcount > 0) { vm_raise(vm, vm->exc_ValueError, "incomplete format key"); goto error; }
      Str *key = str_new(vm, keystart, (size_t)(fmt - keystart - 1));
      if (!key) goto error;
      Value item = vm_getitem(vm, dictv, v_obj(key));
      if (v_isnull(item)) goto error;
      a.args = item;
      a.arglen = -1;
      a.argidx = -2;
    }
    /* flags */
    while (fmt < end) {
      c = *fmt++;
      if (c == '-') flags |= F_LJUST;
      else if (c == '+') flags |= F_SIGN;
      else if (c == ' ') flags |= F_BLANK;
      else if (c == '#') flags |= F_ALT;
      else if (c == '0') flags |= F_ZERO;
      else goto flags_done;
    }
    c = 0;
    goto incomplete;
  flags_done:
    if (c == '*') {
      Value w;
      if (!next_arg(vm, &a, &w)) goto error;
      if (w.tag != T_INT && w.tag != T_BOOL) { vm_raise(vm, vm->exc_TypeError, "* wants int"); goto error; }
      width = w.u.i;
      if (width < 0) { flags |= F_LJUST; width = -width; }
      if (fmt >= end) goto incomplete;
      c = *fmt++;
    } else if (isdigit((unsigned char)c)) {
      width = c - '0';
      for (;;) {
        if (fmt >= end) goto incomplete;
        c = *fmt++;
        if (!isdigit((unsigned char)c)) break;
        if (width > (INT64_MAX - (c - '0')) / 10) { vm_raise(vm, vm->exc_ValueError, "width too big"); goto error; }
        width = width * 10 + (c - '0');
      }
    }
    if (c == '.') {
      prec = 0;
      if (fmt >= end) goto incomplete;
      c = *fmt++;
      if (c == '*') {
        Value w;
        if (!next_arg(vm, &a, &w)) goto error;
        if (w.tag != T_INT && w.tag != T_BOOL) { vm_raise(vm, vm->exc_TypeError, "* wants int"); goto error; }
        prec = w.u.i < 0 ? 0 : w.u.i > INT32_MAX ? INT32_MAX : (int)w.u.i;
        if (fmt >= end) goto incomplete;
        c = *fmt++;
      } else if (isdigit((unsigned char)c)) {
        prec = c - '0';
        for (;;) {
          if (fmt >= end) goto incomplete;
          c = *fmt++;
          if (!isdigit((unsigned char)c)) break;
          if (prec > (INT32_MAX - (c - '0')) / 10) { vm_raise(vm, vm->exc_ValueError, "prec too big"); goto error; }
          prec = prec * 10 + (c - '0');
        }
      }
    }
    if (c == 'h' || c == 'l' || c == 'L') {
      if (fmt >= end) goto incomplete;
      c = *fmt++;
    }
    if (c != '%' && !next_arg(vm, &a, &v)) goto error;

    const char *pbuf = NULL;
    int64_t len = 0;
    char sign = 0;
    bool signed_conv = false;
    char fill = ' ';
    Str *temp = NULL;
    switch (c) {
    case '%':
      pbuf = "%";
      len = 1;
      break;
    case 's': case 'r':
      temp = c == 's' ? vm_str(vm, v) : vm_repr(vm, v);
      if (!temp) goto error;
      pbuf = temp->data;
      len = temp->len;
      if (prec >= 0 && len > prec) len = prec;
      break;
    case 'i': case 'd': case 'u': case 'o': case 'x': case 'X': {
      if (c == 'i') c = 'd';
      int64_t x = 0;
      double big;
      Value lng = v_null();
      int ok = number_to_int(vm, v, &x, &big, &lng);
      if (ok < 0) goto error;
      if (ok == 0) {
        vm_raise(vm, vm->exc_TypeError, "%%%c format: a number is required, not %s", c,
                 vm_type_name(vm, v));
        goto error;
      }
      if (big != 0 || !v_isnull(lng)) {
        free(heapbuf);
        heapbuf = v_isnull(lng) ? format_big(big, flags, prec, c) : format_long(lng, flags, prec, c);
        if (!heapbuf) { vm_raise(vm, vm->exc_MemoryError, "out of memory"); goto error; }
        pbuf = heapbuf;
      } else {
        if (prec >= 117) {
          vm_raise(vm, vm->exc_OverflowError, "formatted integer is too long (precision too large?)");
          goto error;
        }
        format_int(numbuf, sizeof numbuf, flags, prec, c, x);
        pbuf = numbuf;
      }
      len = (int64_t)strlen(pbuf);
      signed_conv = true;
      if (flags & F_ZERO) fill = '0';
      break;
    }
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
      double x;
      if (!number_to_double(vm, v, &x)) goto error;
      int p = prec < 0 ? 6 : prec;
      if (!float_special(x, numbuf, isupper((unsigned char)c))) {
        char f[16];
        snprintf(f, sizeof f, "%%%s.*%c", (flags & F_ALT) ? "#" : "", c);
        int n = snprintf(numbuf, sizeof numbuf, f, p, x);
        if (n >= (int)sizeof numbuf) {
          free(heapbuf);
          heapbuf = malloc((size_t)n + 1);
          if (!heapbuf) { vm_raise(vm, vm->exc_MemoryError, "out of memory"); goto error; }
          snprintf(heapbuf, (size_t)n + 1, f, p, x);
          pbuf = heapbuf;
          len = n;
        }
      }
      if (!pbuf) { pbuf = numbuf; len = (int64_t)strlen(numbuf); }
      signed_conv = true;
      if (flags & F_ZERO) fill = '0';
      break;
    }
    case 'c':
      if (v.tag == T_STR) {
        if (AS_STR(v)->len != 1) { vm_raise(vm, vm->exc_TypeError, "%%c requires int or char"); goto error; }
        numbuf[0] = AS_STR(v)->data[0];
      } else if (v.tag == T_INT || v.tag == T_BOOL) {
        if (v.u.i < 0) { vm_raise(vm, vm->exc_OverflowError, "unsigned byte integer is less than minimum"); goto error; }
        if (v.u.i > 255) { vm_raise(vm, vm->exc_OverflowError, "unsigned byte integer is greater than maximum"); goto error; }
        numbuf[0] = (char)v.u.i;
      } else if (v.tag == T_FLOAT) {
        vm_raise(vm, vm->exc_TypeError, "integer argument expected, got float");
        goto error;
      } else {
        vm_raise(vm, vm->exc_TypeError, "%%c requires int or char");
        goto error;
      }
      pbuf = numbuf;
      len = 1;
      break;
    default:
      vm_raise(vm, vm->exc_ValueError, "unsupported format character '%c' (0x%x) at index %lld",
               c, (unsigned)(unsigned char)c, (long long)(fmt - 1 - fmtstr->data));
      goto error;
    }
    if (signed_conv) {
      if (*pbuf == '-' || *pbuf == '+') { sign = *pbuf++; len--; }
      else if (flags & F_SIGN) sign = '+';
      else if (flags & F_BLANK) sign = ' ';
    }
    if (width < len) width = len;
    if (sign) {
      if (fill != ' ') sbuf_putc(&b, sign);
      if (width > len) width--;
    }
    bool alt_hex = (flags & F_ALT) && (c == 'x' || c == 'X');
    if (alt_hex) {
      if (fill != ' ') { sbuf_put(&b, pbuf, 2); pbuf += 2; }
      width -= 2;
      if (width < 0) width = 0;
      len -= 2;
    }
    if (width > len && !(flags & F_LJUST)) { sbuf_fill(&b, fill, width - len); width = len; }
    if (fill == ' ') {
      if (sign) sbuf_putc(&b, sign);
      if (alt_hex) { sbuf_put(&b, pbuf, 2); pbuf += 2; }
    }
    sbuf_put(&b, pbuf, (size_t)len);
    if (width > len) sbuf_fill(&b, ' ', width - len);
    free(heapbuf);
    heapbuf = NULL;
    if (dict && a.argidx < a.arglen && c != '%') {
      vm_raise(vm, vm->exc_TypeError, "not all arguments converted during string formatting");
      goto error;
    }
    continue;
  incomplete:
    vm_raise(vm, vm->exc_ValueError, "incomplete format");
    goto error;
  }
  if (a.argidx < a.arglen && !dict) {
    vm_raise(vm, vm->exc_TypeError, "not all arguments converted during string formatting");
    goto error;
  }
  return sbuf_finish(vm, &b);
error:
  free(heapbuf);
  sbuf_free(&b);
  return NULL;
}

/* ======================================================================== */
/* int() and float() of strings                                              */
/* ======================================================================== */

static int digit_value(unsigned char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 37;
}

static bool py_isspace(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

static Value int_literal_error(VM *vm, const char *s, size_t len, int base) {
  Str *str = str_new(vm, s, len > 200 ? 200 : len);
  Str *r = str ? str_repr(vm, str) : NULL;
  if (!r) return v_null();
  return vm_raise(vm, vm->exc_ValueError, "invalid literal for int() with base %d: %S", base, r);
}

/* PyOS_strtoul on [p, end): the value (saturating, *ovf set on overflow) and
** where scanning stopped. */
static uint64_t py_strtoul(const char *p, const char *end, int base, const char **stop, bool *ovf) {
  *ovf = false;
  while (p < end && py_isspace((unsigned char)*p)) p++;
  char c1 = p + 1 < end ? p[1] : '\0';
  char c2 = p + 2 < end ? p[2] : '\0';
  if (base == 0) {
    if (p < end && *p == '0') {
      p++;
      if (c1 == 'x' || c1 == 'X') {
        if (digit_value((unsigned char)c2) >= 16) { *stop = p; return 0; }
        p++; base = 16;
      } else if (c1 == 'o' || c1 == 'O') {
        if (digit_value((unsigned char)c2) >= 8) { *stop = p; return 0; }
        p++; base = 8;
      } else if (c1 == 'b' || c1 == 'B') {
        if (digit_value((unsigned char)c2) >= 2) { *stop = p; return 0; }
        p++; base = 2;
      } else {
        base = 8;
      }
    } else {
      base = 10;
    }
  } else if ((base == 2 || base == 8 || base == 16) && p < end && *p == '0') {
    char want = base == 2 ? 'b' : base == 8 ? 'o' : 'x';
    p++;
    if (tolower((unsigned char)c1) == want) {
      if (digit_value((unsigned char)c2) >= base) { *stop = p; return 0; }
      p++;
    }
  }
  if (base < 2 || base > 36) { *stop = p; return 0; }
  while (p < end && *p == '0') p++;
  uint64_t r = 0;
  int d;
  while (p < end && (d = digit_value((unsigned char)*p)) < base) {
    if (!*ovf) {
      if (r > (UINT64_MAX - (uint64_t)d) / (uint64_t)base) *ovf = true;
      else r = r * (uint64_t)base + (uint64_t)d;
    }
    p++;
  }
  *stop = p;
  return r;
}

Value vm_int_from_str(VM *vm, const char *s, size_t len, int base) {
  if ((base != 0 && base < 2) || base > 36)
    return vm_raise(vm, vm->exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
  if (memchr(s, '\0', len)) {
    if (base == 10) return vm_raise(vm, vm->exc_ValueError, "null byte in argument for int()");
    Str *str = str_new(vm, s, len);
    Str *r = str ? str_repr(vm, str) : NULL;
    if (!r) return v_null();
    return vm_raise(vm, vm->exc_ValueError, "invalid literal for int() with base %d: %S", base, r);
  }
  const char *end = s + len;
  while (s < end && py_isspace((unsigned char)*s)) s++;
  const char *start = s, *stop;
  bool ovf, neg = false;
  uint64_t u;
  if (base == 0 && s < end && s[0] == '0') {
    u = py_strtoul(s, end, base, &stop, &ovf);
  } else {
    const char *p = s;
    if (p < end && (*p == '+' || *p == '-')) { neg = *p == '-'; p++; }
    u = py_strtoul(p, end, base, &stop, &ovf);
  }
  if (stop == start || !isalnum((unsigned char)stop[-1]))
    return int_literal_error(vm, start, (size_t)(end - start), base);
  while (stop < end && py_isspace((unsigned char)*stop)) stop++;
  if (stop != end) return int_literal_error(vm, start, (size_t)(end - start), base);
  if (ovf || u > (uint64_t)INT64_MAX + (neg ? 1u : 0u))
    return long_from_str(vm, start, (size_t)(end - start), base, "int");
  return v_int(neg ? (int64_t)(0 - u) : (int64_t)u);
}

/* Case-insensitive prefix match of word at p (within end). */
static bool match_word(const char *p, const char *end, const char *word) {
  size_t n = strlen(word);
  if ((size_t)(end - p) < n) return false;
  for (size_t i = 0; i < n; i++)
    if (tolower((unsigned char)p[i]) != word[i]) return false;
  return true;
}

/* Python's float syntax (no hex): where a valid float prefix of [s, end)
** ends, s itself if there is none. */
static const char *float_syntax(const char *s, const char *end, double *out) {
  const char *p = s;
  bool neg = false;
  if (p < end && (*p == '+' || *p == '-')) { neg = *p == '-'; p++; }
  if (match_word(p, end, "infinity")) { *out = neg ? -INFINITY : INFINITY; return p + 8; }
  if (match_word(p, end, "inf")) { *out = neg ? -INFINITY : INFINITY; return p + 3; }
  if (match_word(p, end, "nan")) { *out = NAN; return p + 3; }
  int nd = 0;
  while (p < end && isdigit((unsigned char)*p)) { p++; nd++; }
  if (p < end && *p == '.') {
    p++;
    while (p < end && isdigit((unsigned char)*p)) { p++; nd++; }
  }
  if (nd == 0) return s;
  if (p < end && (*p == 'e' || *p == 'E')) {
    const char *q = p + 1;
    if (q < end && (*q == '+' || *q == '-')) q++;
    if (q < end && isdigit((unsigned char)*q)) {
      while (q < end && isdigit((unsigned char)*q)) q++;
      p = q;
    }
  }
  size_t n = (size_t)(p - s);
  char buf[128];
  char *tmp = n < sizeof buf ? buf : malloc(n + 1);
  if (!tmp) { *out = 0; return p; }
  memcpy(tmp, s, n);
  tmp[n] = '\0';
  *out = strtod(tmp, NULL);
  if (tmp != buf) free(tmp);
  return p;
}

Value vm_float_from_str(VM *vm, const char *s, size_t len) {
  const char *end = s + len;
  while (s < end && py_isspace((unsigned char)*s)) s++;
  size_t shown = (size_t)(end - s);
  const char *nul = memchr(s, '\0', shown);
  if (nul) shown = (size_t)(nul - s);
  if (shown > 200) shown = 200;
  double d = 0;
  const char *stop = float_syntax(s, end, &d);
  bool ok = stop != s;
  while (ok && stop < end && py_isspace((unsigned char)*stop)) stop++;
  if (ok && stop == end) return v_float(d);
  Str *text = str_new(vm, s, shown);
  if (!text) return v_null();
  if (!ok) return vm_raise(vm, vm->exc_ValueError, "could not convert string to float: %S", text);
  return vm_raise(vm, vm->exc_ValueError, "invalid literal for float(): %S", text);
}
