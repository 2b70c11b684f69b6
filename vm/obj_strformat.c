/*
** obj_strformat.c: str.format and the format() builtin, as CPython 2.7's
** Objects/stringlib/string_format.h and formatter.h: the replacement-field
** parser ({0.attr[key]!r:spec}, auto/manual numbering, nested {} in specs),
** the format-spec mini-language ([[fill]align][sign][#][0][width][,][.prec]
** [type]) for str, int, long, bool and float, and __format__ dispatch for
** every other object (object.__format__ formats str(self)). Error messages
** follow CPython 2.7 word for word.
*/
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vm.h"
#include "types.h"
#include "../stdlib/lib.h"
#include "../stdlib/lib_std.h"

/* ---- the format spec --------------------------------------------------------- */

typedef struct FmtSpec {
  char fill;        /* '\0': default (space) */
  char align;       /* '<' '>' '^' '=' */
  char sign;        /* '\0' '+' '-' ' ' */
  bool alt;         /* '#' */
  bool comma;       /* ',' */
  int64_t width;    /* -1: none */
  int64_t prec;     /* -1: none */
  char type;        /* '\0': none given and no default */
} FmtSpec;

static bool is_align(char c) { return c == '<' || c == '>' || c == '=' || c == '^'; }
static bool is_sign(char c) { return c == ' ' || c == '+' || c == '-'; }

/* Digits at *p (advanced): -1 raised, else the count of digits read. */
static int read_int(VM *vm, const char **p, const char *end, int64_t *out) {
  int n = 0;
  int64_t v = 0;
  while (*p < end && isdigit((unsigned char)**p)) {
    int d = **p - '0';
    if (v > (INT64_MAX - d) / 10) {
      vm_raise(vm, vm->exc_ValueError, "Too many decimal digits in format string");
      return -1;
    }
    v = v * 10 + d;
    (*p)++;
    n++;
  }
  *out = v;
  return n;
}

static void bad_comma(VM *vm, char type) {
  if (type > ' ' && type < 127)
    vm_raise(vm, vm->exc_ValueError, "Cannot specify ',' with '%c'.", type);
  else
    vm_raise(vm, vm->exc_ValueError, "Cannot specify ',' with '\\x%x'.", (unsigned)(unsigned char)type);
}

static bool parse_spec(VM *vm, const char *s, size_t n, char def_type, char def_align,
                       FmtSpec *f) {
  const char *p = s, *end = s + n;
  bool align_given = false;
  f->fill = '\0';
  f->align = def_align;
  f->sign = '\0';
  f->alt = false;
  f->comma = false;
  f->width = -1;
  f->prec = -1;
  f->type = def_type;
  if (end - p >= 2 && is_align(p[1])) {
    f->align = p[1];
    f->fill = p[0];
    align_given = true;
    p += 2;
  } else if (end - p >= 1 && is_align(p[0])) {
    f->align = p[0];
    align_given = true;
    p++;
  }
  if (p < end && is_sign(*p)) f->sign = *p++;
  if (p < end && *p == '#') { f->alt = true; p++; }
  if (f->fill == '\0' && p < end && *p == '0') {
    f->fill = '0';
    if (!align_given) f->align = '=';
    p++;
  }
  int64_t w;
  int c = read_int(vm, &p, end, &w);
  if (c < 0) return false;
  if (c > 0) f->width = w;
  if (p < end && *p == ',') { f->comma = true; p++; }
  if (p < end && *p == '.') {
    p++;
    c = read_int(vm, &p, end, &w);
    if (c < 0) return false;
    if (c == 0) {
      vm_raise(vm, vm->exc_ValueError, "Format specifier missing precision");
      return false;
    }
    f->prec = w;
  }
  if (end - p > 1) {
    vm_raise(vm, vm->exc_ValueError, "Invalid conversion specification");
    return false;
  }
  if (end - p == 1) f->type = *p;
  if (f->comma) {
    switch (f->type) {
    case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case '\0':
      break;
    default:
      bad_comma(vm, f->type);
      return false;
    }
  }
  return true;
}

static Value unknown_code(VM *vm, char type, const char *tname) {
  if (type > ' ' && type < 127)
    return vm_raise(vm, vm->exc_ValueError, "Unknown format code '%c' for object of type '%s'",
                    type, tname);
  return vm_raise(vm, vm->exc_ValueError, "Unknown format code '\\x%x' for object of type '%s'",
                  (unsigned)(unsigned char)type, tname);
}

/* ---- padding and number layout ------------------------------------------------ */

static void put_padded(SBuf *b, const FmtSpec *f, const char *s, int64_t len) {
  int64_t total = f->width >= 0 && f->width > len ? f->width : len;
  int64_t lpad;
  if (f->align == '>') lpad = total - len;
  else if (f->align == '^') lpad = (total - len) / 2;
  else lpad = 0;
  char fill = f->fill ? f->fill : ' ';
  sbuf_fill(b, fill, lpad);
  sbuf_put(b, s, (size_t)len);
  sbuf_fill(b, fill, total - len - lpad);
}

/* The digits of a number's integer part, zero-padded to min_width and
** grouped by threes with ',' when grouping (CPython's
** _PyString_InsertThousandsGrouping). grouped_len counts the characters;
** put_grouped writes them. */
static int64_t grouped_len(int64_t ndigits, int64_t min_width, bool grouping) {
  int64_t remaining = ndigits, count = 0;
  if (min_width < 0) min_width = 0;
  bool use_sep = false;
  if (grouping) {
    for (;;) {
      int64_t m = remaining > min_width ? remaining : min_width;
      int64_t l = m < 1 ? 1 : (m < 3 ? m : 3);
      int64_t nchars = remaining < l ? (remaining > 0 ? remaining : 0) : l;
      count += (use_sep ? 1 : 0) + l;   /* nzeros + nchars == l */
      remaining -= nchars;
      min_width -= l;
      if (remaining <= 0 && min_width <= 0) return count;
      min_width -= 1;
      use_sep = true;
    }
  }
  int64_t l = remaining > min_width ? remaining : min_width;
  return l < 1 ? 1 : l;
}

static void put_grouped(SBuf *b, const char *digits, int64_t ndigits, int64_t min_width,
                        bool grouping, bool upper) {
  int64_t n = grouped_len(ndigits, min_width, grouping);
  sbuf_fill(b, '0', n);               /* zeros where padding goes */
  if (b->oom) return;
  char *q = b->p + b->len;            /* write backwards from the end */
  int64_t remaining = ndigits, pos = ndigits;
  if (min_width < 0) min_width = 0;
  bool use_sep = false;
  for (;;) {
    int64_t m = remaining > min_width ? remaining : min_width;
    int64_t l = grouping ? (m < 1 ? 1 : (m < 3 ? m : 3)) : (m < 1 ? 1 : m);
    int64_t nchars = remaining < l ? (remaining > 0 ? remaining : 0) : l;
    if (use_sep) *--q = ',';
    for (int64_t i = 0; i < nchars; i++) {
      char c = digits[--pos];
      *--q = upper ? (char)toupper((unsigned char)c) : c;
    }
    q -= l - nchars;                  /* the zeros are already there */
    remaining -= nchars;
    min_width -= l;
    if (!grouping || (remaining <= 0 && min_width <= 0)) break;
    min_width -= 1;
    use_sep = true;
  }
}

/* A formatted number: sign_char '-' or 0, prefix ("0x"), the integer part's
** digits, an optional decimal point, then the remainder (fraction, exponent,
** '%', or the character of a 'c' format). CPython's calc_number_widths and
** fill_number. */
static void put_number(SBuf *b, const FmtSpec *f, char sign_char, const char *prefix,
                       int64_t nprefix, const char *digits, int64_t ndigits, bool has_decimal,
                       const char *rem, int64_t nrem, bool upper) {
  char sign = 0;
  int64_t nsign = 0;
  if (f->sign == '+') { nsign = 1; sign = sign_char == '-' ? '-' : '+'; }
  else if (f->sign == ' ') { nsign = 1; sign = sign_char == '-' ? '-' : ' '; }
  else if (sign_char == '-') { nsign = 1; sign = '-'; }
  int64_t ndecimal = has_decimal ? 1 : 0;
  int64_t nondigit = nsign + nprefix + ndecimal + nrem;
  int64_t min_width = (f->fill == '0' && f->align == '=') ? f->width - nondigit : 0;
  bool grouping = f->comma;
  int64_t ngrouped = ndigits == 0 ? 0 : grouped_len(ndigits, min_width, grouping);
  int64_t npad = f->width - (nondigit + ngrouped);
  int64_t lpad = 0, spad = 0, rpad = 0;
  if (npad > 0) {
    switch (f->align) {
    case '<': rpad = npad; break;
    case '^': lpad = npad / 2; rpad = npad - lpad; break;
    case '=': spad = npad; break;
    default: lpad = npad; break;
    }
  }
  char fill = f->fill ? f->fill : ' ';
  sbuf_fill(b, fill, lpad);
  if (nsign) sbuf_putc(b, sign);
  for (int64_t i = 0; i < nprefix; i++)
    sbuf_putc(b, upper ? (char)toupper((unsigned char)prefix[i]) : prefix[i]);
  sbuf_fill(b, fill, spad);
  if (ndigits) put_grouped(b, digits, ndigits, min_width, grouping, upper);
  if (has_decimal) sbuf_putc(b, '.');
  sbuf_put(b, rem, (size_t)nrem);
  sbuf_fill(b, fill, rpad);
}

/* ---- str ---------------------------------------------------------------------- */

static bool format_str_into(VM *vm, SBuf *b, const char *s, int64_t len, const char *spec,
                            size_t nspec) {
  if (nspec == 0) { sbuf_put(b, s, (size_t)len); return true; }
  FmtSpec f;
  if (!parse_spec(vm, spec, nspec, 's', '<', &f)) return false;
  if (f.type != 's') { unknown_code(vm, f.type, "str"); return false; }
  if (f.sign) {
    vm_raise(vm, vm->exc_ValueError, "Sign not allowed in string format specifier");
    return false;
  }
  if (f.alt) {
    vm_raise(vm, vm->exc_ValueError, "Alternate form (#) not allowed in string format specifier");
    return false;
  }
  if (f.align == '=') {
    vm_raise(vm, vm->exc_ValueError, "'=' alignment not allowed in string format specifier");
    return false;
  }
  if (f.prec >= 0 && len >= f.prec) len = f.prec;
  put_padded(b, &f, s, len);
  return true;
}

/* ---- float -------------------------------------------------------------------- */

/* snprintf(fmt, prec, d): into buf (size 128) when it fits, else into a
** malloc'd string (*heap set, caller frees). NULL: out of memory. */
static char *cfmt(char *buf, const char *fmt, int prec, double d, bool *heap) {
  *heap = false;
  int n = snprintf(buf, 128, fmt, prec, d);
  if (n < 128) return buf;
  char *p = malloc((size_t)n + 1);
  if (p) {
    snprintf(p, (size_t)n + 1, fmt, prec, d);
    *heap = true;
  }
  return p;
}

/* Drop trailing zeros of the fraction in s[0..n) (and a bare '.'). */
static size_t strip_zeros(const char *s, size_t n) {
  if (!memchr(s, '.', n)) return n;
  while (n > 0 && s[n - 1] == '0') n--;
  if (n > 0 && s[n - 1] == '.') n--;
  return n;
}

/* The text of d as PyOS_double_to_string(d, type, prec, flags) gives it, into
** b (sign included). add_dot0 is Py_DTSF_ADD_DOT_0: 'g' then switches to
** exponent notation one digit earlier and integral results get ".0". */
static void double_text(SBuf *b, double d, char type, int64_t prec, bool add_dot0) {
  bool upper = type == 'E' || type == 'F' || type == 'G';
  if (isnan(d)) { sbuf_puts(b, upper ? "NAN" : "nan"); return; }
  if (isinf(d)) {
    if (d < 0) sbuf_putc(b, '-');
    sbuf_puts(b, upper ? "INF" : "inf");
    return;
  }
  char lt = (char)tolower((unsigned char)type);
  if (prec > 1000000) prec = 1000000;
  if (lt == 'g' && prec == 0) prec = 1;
  char small[128];
  bool heap;
  char *buf;
  if (lt == 'g' && add_dot0) {
    buf = cfmt(small, "%.*e", (int)prec - 1, d, &heap);
    if (!buf) { b->oom = true; return; }
    char *e = strchr(buf, 'e');
    int64_t decpt = (e ? strtol(e + 1, NULL, 10) : 0) + 1;
    if (decpt <= -4 || decpt > prec - 1) {
      size_t m = strip_zeros(buf, (size_t)(e - buf));
      sbuf_put(b, buf, m);
      sbuf_puts(b, e);
    } else {
      if (heap) free(buf);
      buf = cfmt(small, "%.*f", (int)(prec - decpt), d, &heap);
      if (!buf) { b->oom = true; return; }
      size_t m = strip_zeros(buf, strlen(buf));
      sbuf_put(b, buf, m);
      if (!memchr(buf, '.', m)) sbuf_puts(b, ".0");
    }
    if (heap) free(buf);
    return;
  }
  char fmt[8] = {'%', '.', '*', lt, 0};
  buf = cfmt(small, fmt, (int)prec, d, &heap);
  if (!buf) { b->oom = true; return; }
  size_t n = strlen(buf);
  if (upper)
    for (size_t i = 0; i < n; i++) buf[i] = (char)toupper((unsigned char)buf[i]);
  sbuf_put(b, buf, n);
  if (heap) free(buf);
}

static bool format_float_into(VM *vm, SBuf *b, double d, const char *spec, size_t nspec,
                              const char *tname) {
  if (nspec == 0) {
    char buf[64];
    float_str(d, buf);
    sbuf_puts(b, buf);
    return true;
  }
  FmtSpec f;
  if (!parse_spec(vm, spec, nspec, '\0', '>', &f)) return false;
  char type = f.type;
  switch (type) {
  case '\0': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
    break;
  default:
    unknown_code(vm, type, tname);
    return false;
  }
  if (f.alt) {
    vm_raise(vm, vm->exc_ValueError, "Alternate form (#) not allowed in float format specifier");
    return false;
  }
  if (type == 'n' && f.comma) { bad_comma(vm, 'n'); return false; }
  int64_t defprec = 6;
  bool add_dot0 = false, pct = false;
  if (type == '\0') { type = 'g'; defprec = 12; add_dot0 = true; }
  if (type == 'n') type = 'g';
  if (type == '%') { type = 'f'; d *= 100; pct = true; }
  int64_t prec = f.prec < 0 ? defprec : f.prec;
  SBuf t;
  sbuf_init(&t);
  double_text(&t, d, type, prec, add_dot0);
  if (pct) sbuf_putc(&t, '%');
  if (t.oom) { sbuf_free(&t); b->oom = true; return true; }
  const char *p = t.p;
  int64_t n = (int64_t)t.len;
  char sign_char = 0;
  if (n > 0 && *p == '-') { sign_char = '-'; p++; n--; }
  int64_t nd = 0;
  while (nd < n && isdigit((unsigned char)p[nd])) nd++;
  bool has_dec = nd < n && p[nd] == '.';
  const char *rem = p + nd + (has_dec ? 1 : 0);
  int64_t nrem = n - nd - (has_dec ? 1 : 0);
  FmtSpec g = f;
  put_number(b, &g, sign_char, "", 0, p, nd, has_dec, rem, nrem, false);
  sbuf_free(&t);
  return true;
}

/* ---- int / long --------------------------------------------------------------- */

/* Digits of a long in base 10/16/8/2 through the builtins (str, hex, oct, bin),
** without sign, prefix or 'L'. */
static bool long_digits(VM *vm, Value v, int base, SBuf *out, bool *neg) {
  Str *s;
  if (base == 10) {
    s = vm_str(vm, v);
  } else {
    const char *fn = base == 16 ? "hex" : base == 8 ? "oct" : "bin";
    Value f = dict_get_str(vm, vm->builtins, str_intern_cstr(vm, fn));
    if (v_isnull(f)) { vm_raise(vm, vm->exc_SystemError, "no builtin %s", fn); return false; }
    Value r = vm_call1(vm, f, v);
    if (v_isnull(r)) return false;
    if (r.tag != T_STR) { vm_raise(vm, vm->exc_TypeError, "bad %s result", fn); return false; }
    s = AS_STR(r);
  }
  if (!s) return false;
  const char *p = s->data;
  int64_t n = s->len;
  *neg = false;
  if (n > 0 && *p == '-') { *neg = true; p++; n--; }
  if (n > 0 && (p[n - 1] == 'L' || p[n - 1] == 'l')) n--;
  if (base != 10 && n >= 2 && p[0] == '0' && (p[1] == 'x' || p[1] == 'X' || p[1] == 'b' ||
                                               p[1] == 'o')) {
    p += 2;
    n -= 2;
  } else if (base == 8 && n > 1 && p[0] == '0') {
    p++;
    n--;
  }
  sbuf_put(out, p, (size_t)n);
  return true;
}

static bool format_int_into(VM *vm, SBuf *b, Value v, const char *spec, size_t nspec,
                            const char *tname) {
  if (nspec == 0) {
    Str *s = vm_str(vm, v);
    if (!s) return false;
    sbuf_putstr(b, s);
    return true;
  }
  FmtSpec f;
  if (!parse_spec(vm, spec, nspec, 'd', '>', &f)) return false;
  int base = 10;
  switch (f.type) {
  case 'b': base = 2; break;
  case 'o': base = 8; break;
  case 'x': case 'X': base = 16; break;
  case 'd': case 'n': case 'c': break;
  case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
    double d;
    if (v.tag == T_INT || v.tag == T_BOOL) d = (double)v.u.i;
    else if (!lib_to_double(vm, v, &d)) return false;
    return format_float_into(vm, b, d, spec, nspec, "float");
  }
  default:
    unknown_code(vm, f.type, tname);
    return false;
  }
  if (f.prec != -1) {
    vm_raise(vm, vm->exc_ValueError, "Precision not allowed in integer format specifier");
    return false;
  }
  if (f.type == 'n' && f.comma) { bad_comma(vm, 'n'); return false; }
  if (f.type == 'c') {
    if (f.sign) {
      vm_raise(vm, vm->exc_ValueError, "Sign not allowed with integer format specifier 'c'");
      return false;
    }
    if (v.tag != T_INT && v.tag != T_BOOL) {
      vm_raise(vm, vm->exc_OverflowError, "Python int too large to convert to C long");
      return false;
    }
    if (v.u.i < 0 || v.u.i > 255) {
      vm_raise(vm, vm->exc_OverflowError, "%%c arg not in range(0x100)");
      return false;
    }
    char ch = (char)v.u.i;
    put_number(b, &f, 0, "", 0, "", 0, false, &ch, 1, false);
    return true;
  }
  bool neg = false;
  const char *prefix = base == 16 ? "0x" : base == 8 ? "0o" : base == 2 ? "0b" : "";
  int64_t nprefix = f.alt && base != 10 ? 2 : 0;
  if (v.tag == T_INT || v.tag == T_BOOL) {
    int64_t i = v.u.i;
    neg = i < 0;
    uint64_t u = neg ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
    char tmp[72];
    int n = 72;
    do {
      int dg = (int)(u % (uint64_t)base);
      tmp[--n] = (char)(dg < 10 ? '0' + dg : 'a' + dg - 10);
      u /= (uint64_t)base;
    } while (u);
    put_number(b, &f, neg ? '-' : 0, prefix, nprefix, tmp + n, 72 - n, false, "", 0,
               f.type == 'X');
    return true;
  }
  SBuf d;
  sbuf_init(&d);
  if (!long_digits(vm, v, base, &d, &neg)) {
    sbuf_free(&d);
    return false;
  }
  if (d.oom) { sbuf_free(&d); b->oom = true; return true; }
  put_number(b, &f, neg ? '-' : 0, prefix, nprefix, d.p, (int64_t)d.len, false, "", 0,
             f.type == 'X');
  sbuf_free(&d);
  return true;
}

/* ---- format(value, spec) ------------------------------------------------------- */

static bool is_exact(VM *vm, Value v, uint32_t tag) {
  return v.tag == tag && (v.tag < T_FIRSTOBJ || v.u.o->cls == vm->cls[tag]);
}

/* object.__format__: format str(self) as a string. */
static bool format_object_into(VM *vm, SBuf *b, Value v, const char *spec, size_t nspec) {
  Str *s = vm_str(vm, v);
  if (!s) return false;
  return format_str_into(vm, b, s->data, s->len, spec, nspec);
}

/* Append format(v, spec) to b. */
static bool format_into(VM *vm, SBuf *b, Value v, const char *spec, size_t nspec) {
  switch (v.tag) {
  case T_INT:
    return format_int_into(vm, b, v, spec, nspec, "int");
  case T_BOOL:
    if (nspec == 0) { sbuf_puts(b, v.u.i ? "True" : "False"); return true; }
    return format_int_into(vm, b, v, spec, nspec, "bool");
  case T_FLOAT:
    return format_float_into(vm, b, v.u.f, spec, nspec, "float");
  default:
    break;
  }
  if (is_exact(vm, v, T_STR))
    return format_str_into(vm, b, AS_STR(v)->data, AS_STR(v)->len, spec, nspec);
  if (is_exact(vm, v, T_LONG)) return format_int_into(vm, b, v, spec, nspec, "long");
  Class *cls = vm_class_of(vm, v), *owner = NULL;
  Value m = class_lookup_owner(vm, cls, str_intern_cstr(vm, "__format__"), &owner);
  if (v_isnull(m)) return format_object_into(vm, b, v, spec, nspec);
  Str *ss = str_new(vm, spec, nspec);
  if (!ss) return false;
  Value sv = v_obj(ss);
  Value r = vm_call_with_self(vm, m, owner, v, 1, &sv);
  if (v_isnull(r)) return false;
  if (r.tag != T_STR) {
    vm_raise(vm, vm->exc_TypeError, "%S.__format__ must return string or unicode, not %s",
             cls->name, vm_type_name(vm, r));
    return false;
  }
  sbuf_putstr(b, AS_STR(r));
  return true;
}

Str *vm_format_value(VM *vm, Value v, Str *spec) {
  SBuf b;
  sbuf_init(&b);
  if (!format_into(vm, &b, v, spec ? spec->data : "", spec ? (size_t)spec->len : 0)) {
    sbuf_free(&b);
    return NULL;
  }
  return sbuf_finish(vm, &b);
}

/* ---- str.format: the replacement-field parser ------------------------------------ */

typedef struct FmtArgs {
  Value *args;
  int nargs;
  Dict *kw;
  int an_state;      /* 0 init, 1 auto, 2 manual */
  int64_t an_next;
} FmtArgs;

/* "123" -> 123; -1 if not all digits or empty; -2 raised. */
static int64_t sub_int(VM *vm, const char *p, const char *end) {
  if (p >= end) return -1;
  int64_t v = 0;
  for (const char *q = p; q < end; q++) {
    if (!isdigit((unsigned char)*q)) return -1;
    int d = *q - '0';
    if (v > (INT64_MAX - d) / 10) {
      vm_raise(vm, vm->exc_ValueError, "Too many decimal digits in format string");
      return -2;
    }
    v = v * 10 + d;
  }
  return v;
}

/* The object a field name designates: arg, then .attr / [key] steps. */
static Value field_object(VM *vm, const char *p, const char *end, FmtArgs *fa) {
  const char *q = p;
  while (q < end && *q != '.' && *q != '[') q++;
  int64_t idx = sub_int(vm, p, q);
  if (idx == -2) return v_null();
  bool empty = p == q;
  bool numeric = empty || idx != -1;
  if (fa->an_state == 0 && numeric) fa->an_state = empty ? 1 : 2;
  if (numeric) {
    if (fa->an_state == 2 && empty)
      return vm_raise(vm, vm->exc_ValueError,
                      "cannot switch from manual field specification to automatic field numbering");
    if (fa->an_state == 1 && !empty)
      return vm_raise(vm, vm->exc_ValueError,
                      "cannot switch from automatic field numbering to manual field specification");
  }
  if (empty) idx = fa->an_next++;
  Value obj;
  if (idx == -1) {
    Str *key = str_new(vm, p, (size_t)(q - p));
    if (!key) return v_null();
    obj = fa->kw ? dict_get(vm, fa->kw, v_obj(key)) : v_null();
    if (v_isnull(obj)) {
      if (v_isnull(vm->exc)) types_raise_with(vm, vm->exc_KeyError, v_obj(key));
      return v_null();
    }
  } else {
    if (idx >= fa->nargs) return vm_raise(vm, vm->exc_IndexError, "tuple index out of range");
    obj = fa->args[idx];
  }
  p = q;
  while (p < end) {
    char c = *p++;
    const char *ns = p;
    bool attr = c == '.';
    if (c == '.') {
      while (p < end && *p != '.' && *p != '[') p++;
    } else if (c == '[') {
      while (p < end && *p != ']') p++;
      if (p >= end) return vm_raise(vm, vm->exc_ValueError, "Missing ']' in format string");
    } else {
      return vm_raise(vm, vm->exc_ValueError,
                      "Only '.' or '[' may follow ']' in format field specifier");
    }
    const char *ne = p;
    if (c == '[') p++;
    if (ns == ne) return vm_raise(vm, vm->exc_ValueError, "Empty attribute in format string");
    if (attr) {
      Str *name = str_new(vm, ns, (size_t)(ne - ns));
      if (!name) return v_null();
      obj = vm_getattr(vm, obj, name);
    } else {
      int64_t i = sub_int(vm, ns, ne);
      if (i == -2) return v_null();
      Value key;
      if (i >= 0) {
        key = v_int(i);
      } else {
        Str *ks = str_new(vm, ns, (size_t)(ne - ns));
        if (!ks) return v_null();
        key = v_obj(ks);
      }
      obj = vm_getitem(vm, obj, key);
    }
    if (v_isnull(obj)) return obj;
  }
  return obj;
}

static bool build_string(VM *vm, SBuf *out, const char *s, size_t n, FmtArgs *fa, int depth);

/* One replacement field: the text between the braces. */
static bool render_field(VM *vm, SBuf *out, const char *p, const char *end, bool expand,
                         FmtArgs *fa, int depth) {
  const char *q = p;
  while (q < end && *q != ':' && *q != '!') q++;
  const char *fend = q, *spec = q, *spec_end = q;
  char conv = 0;
  if (q < end) {
    spec = q + 1;
    spec_end = end;
    if (*q == '!') {
      if (spec >= spec_end) {
        vm_raise(vm, vm->exc_ValueError, "end of format while looking for conversion specifier");
        return false;
      }
      conv = *spec++;
      if (spec < spec_end && *spec++ != ':') {
        vm_raise(vm, vm->exc_ValueError, "expected ':' after format specifier");
        return false;
      }
    }
  }
  Value obj = field_object(vm, p, fend, fa);
  if (v_isnull(obj)) return false;
  if (conv) {
    Str *cs;
    if (conv == 'r') cs = vm_repr(vm, obj);
    else if (conv == 's') cs = vm_str(vm, obj);
    else {
      if (conv > 32 && conv < 127)
        vm_raise(vm, vm->exc_ValueError, "Unknown conversion specifier %c", conv);
      else
        vm_raise(vm, vm->exc_ValueError, "Unknown conversion specifier \\x%x",
                 (unsigned)(unsigned char)conv);
      return false;
    }
    if (!cs) return false;
    obj = v_obj(cs);
  }
  if (expand) {
    SBuf sb;
    sbuf_init(&sb);
    if (!build_string(vm, &sb, spec, (size_t)(spec_end - spec), fa, depth - 1)) {
      sbuf_free(&sb);
      return false;
    }
    Str *ss = sbuf_finish(vm, &sb);
    if (!ss) return false;
    return format_into(vm, out, obj, ss->data, (size_t)ss->len);
  }
  return format_into(vm, out, obj, spec, (size_t)(spec_end - spec));
}

static bool build_string(VM *vm, SBuf *out, const char *s, size_t n, FmtArgs *fa, int depth) {
  if (depth <= 0) {
    vm_raise(vm, vm->exc_ValueError, "Max string recursion exceeded");
    return false;
  }
  const char *p = s, *end = s + n;
  while (p < end) {
    const char *start = p;
    char c = 0;
    bool markup = false;
    while (p < end) {
      c = *p++;
      if (c == '{' || c == '}') { markup = true; break; }
    }
    bool at_end = p >= end;
    size_t len = (size_t)(p - start);
    if (markup && c == '}' && (at_end || *p != '}')) {
      vm_raise(vm, vm->exc_ValueError, "Single '}' encountered in format string");
      return false;
    }
    if (markup && at_end && c == '{') {
      vm_raise(vm, vm->exc_ValueError, "Single '{' encountered in format string");
      return false;
    }
    if (markup && !at_end) {
      if (*p == c) { p++; markup = false; }
      else len--;
    }
    sbuf_put(out, start, len);
    if (!markup) continue;
    int count = 1;
    bool expand = false;
    const char *fs = p;
    for (;;) {
      if (p >= end) {
        vm_raise(vm, vm->exc_ValueError, "unmatched '{' in format");
        return false;
      }
      c = *p++;
      if (c == '{') { expand = true; count++; }
      else if (c == '}' && --count <= 0) break;
    }
    if (!render_field(vm, out, fs, p - 1, expand, fa, depth)) return false;
  }
  return true;
}

Str *vm_str_format(VM *vm, Str *fmt, int argc, Value *argv, Dict *kw) {
  FmtArgs fa = { argv, argc, kw, 0, 0 };
  SBuf b;
  sbuf_init(&b);
  if (!build_string(vm, &b, fmt->data, (size_t)fmt->len, &fa, 2)) {
    sbuf_free(&b);
    return NULL;
  }
  return sbuf_finish(vm, &b);
}

/* ---- methods and the builtin ------------------------------------------------------- */

static Value m_format(VM *vm, int argc, Value *argv, Dict *kw) {
  if (argc < 1 || argv[0].tag != T_STR)
    return vm_raise(vm, vm->exc_TypeError, "descriptor 'format' requires a 'str' object");
  Str *r = vm_str_format(vm, AS_STR(argv[0]), argc - 1, argv + 1, kw);
  return r ? v_obj(r) : v_null();
}

static bool spec_arg(VM *vm, int argc, Value *argv, const char *what, Str **out) {
  if (argc != 2)
    return types_nargs(vm, what, argc - 1, 1, 1);
  if (argv[1].tag != T_STR) {
    vm_raise(vm, vm->exc_TypeError, "%s() argument 1 must be string, not %s", what,
             vm_type_name(vm, argv[1]));
    return false;
  }
  *out = AS_STR(argv[1]);
  return true;
}

static Value fmt_result(VM *vm, SBuf *b, bool ok) {
  if (!ok) { sbuf_free(b); return v_null(); }
  Str *s = sbuf_finish(vm, b);
  return s ? v_obj(s) : v_null();
}

static Value m_int_format(VM *vm, int argc, Value *argv, Dict *kw) {
  Str *spec;
  if (!spec_arg(vm, argc, argv, "__format__", &spec)) return v_null();
  Value v = vm_unbox(argv[0]);   /* an instance of a subclass of int */
  SBuf b;
  sbuf_init(&b);
  bool ok;
  if (v.tag == T_BOOL && spec->len == 0) {
    sbuf_puts(&b, v.u.i ? "True" : "False");
    ok = true;
  } else if (v.tag == T_INT || v.tag == T_BOOL || v.tag == T_LONG) {
    ok = format_int_into(vm, &b, v, spec->data, (size_t)spec->len,
                         v.tag == T_LONG ? "long" : vm_type_name(vm, v));
  } else {
    ok = format_object_into(vm, &b, v, spec->data, (size_t)spec->len);
  }
  return fmt_result(vm, &b, ok);
}

static Value m_float_format(VM *vm, int argc, Value *argv, Dict *kw) {
  Str *spec;
  if (!spec_arg(vm, argc, argv, "__format__", &spec)) return v_null();
  double d;
  Value v = vm_unbox(argv[0]);   /* an instance of a subclass of float */
  if (v.tag == T_FLOAT) d = v.u.f;
  else if (!lib_to_double(vm, v, &d)) return v_null();
  SBuf b;
  sbuf_init(&b);
  bool ok = format_float_into(vm, &b, d, spec->data, (size_t)spec->len, "float");
  return fmt_result(vm, &b, ok);
}

static Value m_str_format(VM *vm, int argc, Value *argv, Dict *kw) {
  Str *spec;
  if (!spec_arg(vm, argc, argv, "__format__", &spec)) return v_null();
  SBuf b;
  sbuf_init(&b);
  bool ok;
  if (argv[0].tag == T_STR)
    ok = format_str_into(vm, &b, AS_STR(argv[0])->data, AS_STR(argv[0])->len, spec->data,
                         (size_t)spec->len);
  else
    ok = format_object_into(vm, &b, argv[0], spec->data, (size_t)spec->len);
  return fmt_result(vm, &b, ok);
}

static Value m_object_format(VM *vm, int argc, Value *argv, Dict *kw) {
  Str *spec;
  if (!spec_arg(vm, argc, argv, "__format__", &spec)) return v_null();
  SBuf b;
  sbuf_init(&b);
  bool ok = format_object_into(vm, &b, argv[0], spec->data, (size_t)spec->len);
  return fmt_result(vm, &b, ok);
}

static Value bi_format(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nokw(vm, "format", kw)) return v_null();
  if (argc < 1)
    return vm_raise(vm, vm->exc_TypeError, "format() takes at least 1 argument (0 given)");
  if (argc > 2)
    return vm_raise(vm, vm->exc_TypeError, "format() takes at most 2 arguments (%d given)", argc);
  Str *spec = vm->empty_str;
  if (argc == 2) {
    if (argv[1].tag != T_STR)
      return vm_raise(vm, vm->exc_TypeError,
                      "format expects arg 2 to be string or unicode, not %s",
                      vm_type_name(vm, argv[1]));
    spec = AS_STR(argv[1]);
  }
  Str *r = vm_format_value(vm, argv[0], spec);
  return r ? v_obj(r) : v_null();
}

void lib_init_strformat(VM *vm) {
  vm_add_method(vm, vm->cls[T_STR], "format", m_format, 0, -1, true);
  vm_add_method(vm, vm->cls[T_STR], "__format__", m_str_format, 0, -1, false);
  vm_add_method(vm, vm->cls[T_INT], "__format__", m_int_format, 0, -1, false);
  if (vm->cls[T_BOOL] && vm->cls[T_BOOL] != vm->cls[T_INT] &&
      v_isnull(dict_get_str(vm, vm->cls[T_BOOL]->dict, str_intern_cstr(vm, "__format__"))) &&
      !class_is_subclass(vm->cls[T_BOOL], vm->cls[T_INT]))
    vm_add_method(vm, vm->cls[T_BOOL], "__format__", m_int_format, 0, -1, false);
  vm_add_method(vm, vm->cls[T_LONG], "__format__", m_int_format, 0, -1, false);
  vm_add_method(vm, vm->cls[T_FLOAT], "__format__", m_float_format, 0, -1, false);
  vm_add_method(vm, vm->cls_object, "__format__", m_object_format, 0, -1, false);
  vm_add_function(vm, vm->builtins, "format", bi_format, 0, -1, true);
}
