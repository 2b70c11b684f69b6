/*
** obj_complex.c: the complex type of Python 2.7. Complex numbers are
** instances (kind T_INSTANCE) of the builtin class vm->cls_complex whose C
** struct extends Instance with the two doubles, so the protocols reach their
** arithmetic through the special methods (__add__, __radd__, ...) as for any
** class, and int/float/long operands on either side work. Arithmetic, repr,
** hashing, parsing and error messages follow CPython 2.7's complexobject.c.
** The compiler makes imaginary literals (2j) with complex_new.
*/
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "vm/vm.h"
#include "vm/types.h"
#include "vm/long.h"
#include "gc/gc.h"

typedef struct Complex {
  Instance inst;
  double re, im;
} Complex;

typedef struct { double re, im; } C;

static Value complex_ctor(VM *vm, int argc, Value *argv, Dict *kw);

static Value complex_alloc(VM *vm, Class *cls, double re, double im) {
  Complex *c = gc_alloc(sizeof(Complex));
  if (!c) return vm_raise(vm, vm->exc_MemoryError, "");
  c->inst.h.kind = T_INSTANCE;
  c->inst.h.cls = cls;
  if (!cls->root_map) cls->root_map = map_new_root(vm, cls);
  c->inst.map = cls->root_map;
  c->re = re;
  c->im = im;
  return v_obj(c);
}

Value complex_new(VM *vm, double re, double im) {
  if (!vm->cls_complex) return vm_raise(vm, vm->exc_SystemError, "complex type missing");
  return complex_alloc(vm, vm->cls_complex, re, im);
}

bool complex_check(VM *vm, Value v) {
  if (v.tag != T_INSTANCE || !vm->cls_complex) return false;
  Class *c = v.u.o->cls;
  return c == vm->cls_complex || class_is_subclass(c, vm->cls_complex);
}

bool complex_parts(VM *vm, Value v, double *re, double *im) {
  if (!complex_check(vm, v)) return false;
  *re = ((Complex *)v.u.o)->re;
  *im = ((Complex *)v.u.o)->im;
  return true;
}

/* A real number operand (int, bool, float, long, or a subclass box). */
static bool real_of(VM *vm, Value v, double *out, bool *raised) {
  *raised = false;
  v = vm_unbox(v);
  switch (v.tag) {
  case T_INT: case T_BOOL: *out = (double)v.u.i; return true;
  case T_FLOAT: *out = v.u.f; return true;
  case T_LONG:
    if (!long_to_double(vm, v, out)) { *raised = true; return false; }
    return true;
  default: return false;
  }
}

/* Operand as a complex: 1 ok, 0 not a number (NotImplemented), -1 raised. */
static int to_c(VM *vm, Value v, C *out) {
  if (complex_check(vm, v)) {
    out->re = ((Complex *)v.u.o)->re;
    out->im = ((Complex *)v.u.o)->im;
    return 1;
  }
  bool raised;
  if (real_of(vm, v, &out->re, &raised)) { out->im = 0.0; return 1; }
  return raised ? -1 : 0;
}

static Value mk(VM *vm, C c) { return complex_new(vm, c.re, c.im); }

/* ---- arithmetic (CPython's c_sum, c_quot, c_pow, ...) ---------------------------- */

static C c_sum(C a, C b) { return (C){a.re + b.re, a.im + b.im}; }
static C c_diff(C a, C b) { return (C){a.re - b.re, a.im - b.im}; }
static C c_prod(C a, C b) { return (C){a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re}; }

static C c_quot(C a, C b, int *err) {
  C r;
  double abs_br = b.re < 0 ? -b.re : b.re, abs_bi = b.im < 0 ? -b.im : b.im;
  if (abs_br >= abs_bi) {
    if (abs_br == 0.0) {
      *err = EDOM;
      r.re = r.im = 0.0;
    } else {
      double ratio = b.im / b.re, denom = b.re + b.im * ratio;
      r.re = (a.re + a.im * ratio) / denom;
      r.im = (a.im - a.re * ratio) / denom;
    }
  } else if (abs_bi >= abs_br) {
    double ratio = b.re / b.im, denom = b.re * ratio + b.im;
    r.re = (a.re * ratio + a.im) / denom;
    r.im = (a.im * ratio - a.re) / denom;
  } else {
    r.re = r.im = NAN;
  }
  return r;
}

static C c_pow(C a, C b, int *err) {
  C r;
  if (b.re == 0.0 && b.im == 0.0) {
    r.re = 1.0;
    r.im = 0.0;
  } else if (a.re == 0.0 && a.im == 0.0) {
    if (b.im != 0.0 || b.re < 0.0) *err = EDOM;
    r.re = r.im = 0.0;
  } else {
    double vabs = hypot(a.re, a.im), len = pow(vabs, b.re), at = atan2(a.im, a.re);
    double phase = at * b.re;
    if (b.im != 0.0) {
      len /= exp(at * b.im);
      phase += b.im * log(vabs);
    }
    r.re = len * cos(phase);
    r.im = len * sin(phase);
  }
  return r;
}

static C c_powu(C x, long n) {
  C r = {1.0, 0.0}, p = x;
  long mask = 1;
  while (mask > 0 && n >= mask) {
    if (n & mask) r = c_prod(r, p);
    mask <<= 1;
    p = c_prod(p, p);
  }
  return r;
}

static C c_powi(C x, long n, int *err) {
  if (n > 100 || n < -100) return c_pow(x, (C){(double)n, 0.0}, err);
  if (n > 0) return c_powu(x, n);
  return c_quot((C){1.0, 0.0}, c_powu(x, -n), err);
}

/* The binary operations: self op other, or other op self (reflected). */
enum { CX_ADD, CX_SUB, CX_MUL, CX_DIV, CX_FLOORDIV, CX_MOD, CX_DIVMOD, CX_POW };

static Value cx_binop(VM *vm, int op, Value x, Value y, bool reflected) {
  C a, b;
  int ra = to_c(vm, x, &a);
  if (ra <= 0) return ra < 0 ? v_null() : vm_not_implemented(vm);
  int rb = to_c(vm, y, &b);
  if (rb <= 0) return rb < 0 ? v_null() : vm_not_implemented(vm);
  if (reflected) { C t = a; a = b; b = t; }
  int err = 0;
  switch (op) {
  case CX_ADD: return mk(vm, c_sum(a, b));
  case CX_SUB: return mk(vm, c_diff(a, b));
  case CX_MUL: return mk(vm, c_prod(a, b));
  case CX_DIV: {
    C r = c_quot(a, b, &err);
    if (err) return vm_raise(vm, vm->exc_ZeroDivisionError, "complex division by zero");
    return mk(vm, r);
  }
  case CX_FLOORDIV: case CX_MOD: case CX_DIVMOD: {
    C div = c_quot(a, b, &err);
    if (err)
      return vm_raise(vm, vm->exc_ZeroDivisionError,
                      op == CX_MOD ? "complex remainder" : "complex divmod()");
    div.re = floor(div.re);
    div.im = 0.0;
    C mod = c_diff(a, c_prod(b, div));
    if (op == CX_FLOORDIV) return mk(vm, div);
    if (op == CX_MOD) return mk(vm, mod);
    Value d = mk(vm, div), m = mk(vm, mod);
    if (v_isnull(d) || v_isnull(m)) return v_null();
    Tuple *t = tuple_from(vm, 2, (Value[]){d, m});
    return t ? v_obj(t) : v_null();
  }
  case CX_POW: {
    C r;
    long ie = (long)b.re;
    if (b.im == 0.0 && b.re == (double)ie) r = c_powi(a, ie, &err);
    else r = c_pow(a, b, &err);
    if (err == EDOM)
      return vm_raise(vm, vm->exc_ZeroDivisionError, "0.0 to a negative or complex power");
    if ((isinf(r.re) || isinf(r.im)) && isfinite(a.re) && isfinite(a.im) &&
        isfinite(b.re) && isfinite(b.im))
      return vm_raise(vm, vm->exc_OverflowError, "complex exponentiation");
    return mk(vm, r);
  }
  }
  return vm_not_implemented(vm);
}

#define CX_BINOP(name, op, refl) \
  static Value name(VM *vm, int argc, Value *argv, Dict *kw) { \
    return cx_binop(vm, op, argv[0], argv[1], refl); \
  }
CX_BINOP(cx_add, CX_ADD, false)
CX_BINOP(cx_radd, CX_ADD, true)
CX_BINOP(cx_sub, CX_SUB, false)
CX_BINOP(cx_rsub, CX_SUB, true)
CX_BINOP(cx_mul, CX_MUL, false)
CX_BINOP(cx_rmul, CX_MUL, true)
CX_BINOP(cx_div, CX_DIV, false)
CX_BINOP(cx_rdiv, CX_DIV, true)
CX_BINOP(cx_floordiv, CX_FLOORDIV, false)
CX_BINOP(cx_rfloordiv, CX_FLOORDIV, true)
CX_BINOP(cx_mod, CX_MOD, false)
CX_BINOP(cx_rmod, CX_MOD, true)
CX_BINOP(cx_divmod, CX_DIVMOD, false)
CX_BINOP(cx_rdivmod, CX_DIVMOD, true)
CX_BINOP(cx_rpow, CX_POW, true)

static Value cx_pow(VM *vm, int argc, Value *argv, Dict *kw) {
  if (argc > 2 && !v_isnone(argv[2]))
    return vm_raise(vm, vm->exc_ValueError, "complex modulo");
  return cx_binop(vm, CX_POW, argv[0], argv[1], false);
}

static Complex *self_cx(VM *vm, Value v, const char *name) {
  if (complex_check(vm, v)) return (Complex *)v.u.o;
  vm_raise(vm, vm->exc_TypeError, "descriptor '%s' requires a 'complex' object but received a '%s'",
           name, vm_type_name(vm, v));
  return NULL;
}

static Value cx_neg(VM *vm, int argc, Value *argv, Dict *kw) {
  Complex *c = self_cx(vm, argv[0], "__neg__");
  return c ? complex_new(vm, -c->re, -c->im) : v_null();
}

static Value cx_pos(VM *vm, int argc, Value *argv, Dict *kw) {
  Complex *c = self_cx(vm, argv[0], "__pos__");
  if (!c) return v_null();
  if (c->inst.h.cls == vm->cls_complex) return argv[0];
  return complex_new(vm, c->re, c->im);
}

static Value cx_abs(VM *vm, int argc, Value *argv, Dict *kw) {
  Complex *c = self_cx(vm, argv[0], "__abs__");
  if (!c) return v_null();
  if (isinf(c->re) || isinf(c->im)) return v_float(INFINITY);
  if (isnan(c->re) || isnan(c->im)) return v_float(NAN);
  double r = hypot(c->re, c->im);
  if (isinf(r)) return vm_raise(vm, vm->exc_OverflowError, "absolute value too large");
  return v_float(r);
}

static Value cx_nonzero(VM *vm, int argc, Value *argv, Dict *kw) {
  Complex *c = self_cx(vm, argv[0], "__nonzero__");
  return c ? v_bool(c->re != 0.0 || c->im != 0.0) : v_null();
}

static Value cx_conjugate(VM *vm, int argc, Value *argv, Dict *kw) {
  Complex *c = self_cx(vm, argv[0], "conjugate");
  return c ? complex_new(vm, c->re, -c->im) : v_null();
}

static Value cx_real(VM *vm, int argc, Value *argv, Dict *kw) {
  Complex *c = self_cx(vm, argv[0], "real");
  return c ? v_float(c->re) : v_null();
}

static Value cx_imag(VM *vm, int argc, Value *argv, Dict *kw) {
  Complex *c = self_cx(vm, argv[0], "imag");
  return c ? v_float(c->im) : v_null();
}

static Value cx_hash(VM *vm, int argc, Value *argv, Dict *kw) {
  Complex *c = self_cx(vm, argv[0], "__hash__");
  if (!c) return v_null();
  uint64_t hr = (uint64_t)float_hash(c->re), hi = (uint64_t)float_hash(c->im);
  int64_t h = (int64_t)(hr + 1000003u * hi);
  return v_int(h == -1 ? -2 : h);
}

static Value cx_getnewargs(VM *vm, int argc, Value *argv, Dict *kw) {
  Complex *c = self_cx(vm, argv[0], "__getnewargs__");
  if (!c) return v_null();
  Tuple *t = tuple_from(vm, 2, (Value[]){v_float(c->re), v_float(c->im)});
  return t ? v_obj(t) : v_null();
}

static Value cx_coerce(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!self_cx(vm, argv[0], "__coerce__")) return v_null();
  C b;
  int r = to_c(vm, argv[1], &b);
  if (r <= 0) return r < 0 ? v_null() : vm_not_implemented(vm);
  Value o = complex_check(vm, argv[1]) ? argv[1] : mk(vm, b);
  if (v_isnull(o)) return o;
  Tuple *t = tuple_from(vm, 2, (Value[]){argv[0], o});
  return t ? v_obj(t) : v_null();
}

static Value cx_noconv(VM *vm, const char *to) {
  return vm_raise(vm, vm->exc_TypeError, "can't convert complex to %s", to);
}
static Value cx_int(VM *vm, int argc, Value *argv, Dict *kw) { return cx_noconv(vm, "int"); }
static Value cx_long(VM *vm, int argc, Value *argv, Dict *kw) { return cx_noconv(vm, "long"); }
static Value cx_float(VM *vm, int argc, Value *argv, Dict *kw) { return cx_noconv(vm, "float"); }

/* ==, != with numbers; ordering raises TypeError for numbers. */
static Value cx_compare(VM *vm, Value x, Value y, CmpOp op) {
  C a, b;
  int ra = to_c(vm, x, &a);
  if (ra <= 0) return ra < 0 ? v_null() : vm_not_implemented(vm);
  int rb = to_c(vm, y, &b);
  if (rb <= 0) return rb < 0 ? v_null() : vm_not_implemented(vm);
  if (op != CMP_EQ && op != CMP_NE)
    return vm_raise(vm, vm->exc_TypeError, "no ordering relation is defined for complex numbers");
  bool eq = a.re == b.re && a.im == b.im;
  return v_bool(op == CMP_EQ ? eq : !eq);
}

#define CX_CMP(name, op) \
  static Value name(VM *vm, int argc, Value *argv, Dict *kw) { \
    return cx_compare(vm, argv[0], argv[1], op); \
  }
CX_CMP(cx_eq, CMP_EQ)
CX_CMP(cx_ne, CMP_NE)
CX_CMP(cx_lt, CMP_LT)
CX_CMP(cx_le, CMP_LE)
CX_CMP(cx_gt, CMP_GT)
CX_CMP(cx_ge, CMP_GE)

/* ---- repr and str ------------------------------------------------------------------ */

/* One part as PyOS_double_to_string without a forced ".0": 'r' (repr) or
** 'g' with 12 digits (str); sign forces a leading '+'. */
static void fmt_part(double d, bool repr, bool sign, char *out, size_t n) {
  char buf[64];
  if (isnan(d)) {
    snprintf(buf, sizeof buf, "nan");
  } else if (isinf(d)) {
    snprintf(buf, sizeof buf, d < 0 ? "-inf" : "inf");
  } else if (repr) {
    float_repr(d, buf);
    size_t l = strlen(buf);
    if (l > 2 && buf[l - 2] == '.' && buf[l - 1] == '0') buf[l - 2] = '\0';
  } else {
    snprintf(buf, sizeof buf, "%.12g", d);
  }
  snprintf(out, n, "%s%s", sign && buf[0] != '-' ? "+" : "", buf);
}

static Str *cx_format(VM *vm, double re, double im, bool repr) {
  char a[80], b[80];
  if (re == 0.0 && copysign(1.0, re) == 1.0) {
    fmt_part(im, repr, false, b, sizeof b);
    return str_printf(vm, "%sj", b);
  }
  fmt_part(re, repr, false, a, sizeof a);
  fmt_part(im, repr, true, b, sizeof b);
  return str_printf(vm, "(%s%sj)", a, b);
}

Str *complex_repr(VM *vm, double re, double im) { return cx_format(vm, re, im, true); }

static Value cx_repr(VM *vm, int argc, Value *argv, Dict *kw) {
  Complex *c = self_cx(vm, argv[0], "__repr__");
  if (!c) return v_null();
  Str *s = cx_format(vm, c->re, c->im, true);
  return s ? v_obj(s) : v_null();
}

static Value cx_str(VM *vm, int argc, Value *argv, Dict *kw) {
  Complex *c = self_cx(vm, argv[0], "__str__");
  if (!c) return v_null();
  Str *s = cx_format(vm, c->re, c->im, false);
  return s ? v_obj(s) : v_null();
}

/* ---- construction ------------------------------------------------------------------ */

static bool parse_complex(const char *s, size_t len, double *re, double *im) {
  const char *p = s, *end = s + len;
  bool bracket = false;
  *re = *im = 0.0;
  if (strlen(s) != len) return false;   /* embedded NUL */
  while (p < end && strchr(" \t\n\r\f\v", *p)) p++;
  if (p < end && *p == '(') {
    bracket = true;
    p++;
    while (p < end && strchr(" \t\n\r\f\v", *p)) p++;
  }
  if (p + 1 < end && p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) return false;
  char *q;
  double z = strtod(p, &q);
  if (q == p) {
    /* no number: "j", "+j", "-j" */
    if (p + 1 < end && (*p == '+' || *p == '-') && (p[1] == 'j' || p[1] == 'J')) {
      *im = *p == '-' ? -1.0 : 1.0;
      p += 2;
    } else if (p < end && (*p == 'j' || *p == 'J')) {
      *im = 1.0;
      p++;
    } else {
      return false;
    }
  } else if (q < end && (*q == '+' || *q == '-')) {
    *re = z;
    p = q;
    if (p + 1 < end && (p[1] == 'j' || p[1] == 'J')) {
      *im = *p == '-' ? -1.0 : 1.0;
      p += 2;
    } else {
      char *q2;
      double z2 = strtod(p, &q2);
      if (q2 == p || q2 >= end || (*q2 != 'j' && *q2 != 'J')) return false;
      *im = z2;
      p = q2 + 1;
    }
  } else if (q < end && (*q == 'j' || *q == 'J')) {
    *im = z;
    p = q + 1;
  } else {
    *re = z;
    p = q;
  }
  while (p < end && strchr(" \t\n\r\f\v", *p)) p++;
  if (bracket) {
    if (p >= end || *p != ')') return false;
    p++;
    while (p < end && strchr(" \t\n\r\f\v", *p)) p++;
  }
  return p == end;
}

/* x.__float__() as a C double. */
static bool float_of(VM *vm, Value x, double *out) {
  Value f = vm_call_special(vm, x, vm->s___float__, 0, NULL);
  if (v_isnull(f)) return false;
  if (f.tag != T_FLOAT) {
    vm_raise(vm, vm->exc_TypeError, "nb_float should return float object");
    return false;
  }
  *out = f.u.f;
  return true;
}

/* complex(real=0, imag=0): numbers, complex numbers, objects with
** __complex__ / __float__, or one string. */
static Value complex_ctor(VM *vm, int argc, Value *argv, Dict *kw) {
  Class *cls = AS_CLASS(argv[0]);
  argc--;
  argv++;
  Value a[2] = {v_null(), v_null()};
  if (argc > 2)
    return vm_raise(vm, vm->exc_TypeError, "complex() takes at most 2 arguments (%d given)", argc);
  for (int i = 0; i < argc; i++) a[i] = argv[i];
  if (kw) {
    static const char *const names[2] = {"real", "imag"};
    Value k, v;
    for (int64_t pos = 0; dict_next(kw, &pos, &k, &v); ) {
      int j = -1;
      for (int i = 0; i < 2; i++)
        if (k.tag == T_STR && strcmp(AS_STR(k)->data, names[i]) == 0) j = i;
      if (j < 0)
        return vm_raise(vm, vm->exc_TypeError,
                        "'%S' is an invalid keyword argument for this function", AS_STR(k));
      if (!v_isnull(a[j]))
        return vm_raise(vm, vm->exc_TypeError,
                        "Argument given by name ('%s') and position (%d)", names[j], j + 1);
      a[j] = v;
    }
  }
  Value r = a[0], i = a[1];
  if (v_isnull(r)) r = v_int(0);
  if (r.tag == T_STR) {
    if (!v_isnull(i))
      return vm_raise(vm, vm->exc_TypeError,
                      "complex() can't take second arg if first is a string");
    double re, im;
    if (!parse_complex(AS_STR(r)->data, (size_t)AS_STR(r)->len, &re, &im))
      return vm_raise(vm, vm->exc_ValueError, "complex() arg is a malformed string");
    return complex_alloc(vm, cls, re, im);
  }
  if (!v_isnull(i) && i.tag == T_STR)
    return vm_raise(vm, vm->exc_TypeError, "complex() second arg can't be a string");
  if (complex_check(vm, r) && v_isnull(i) && cls == vm->cls_complex &&
      r.u.o->cls == vm->cls_complex)
    return r;
  /* __complex__ of a non-complex first argument */
  if (r.tag == T_INSTANCE && !complex_check(vm, r)) {
    Str *name = str_intern_cstr(vm, "__complex__");
    Value f = class_lookup(vm, r.u.o->cls, name);
    if (!v_isnull(f)) {
      Value c = vm_call_method(vm, r, name, 0, NULL);
      if (v_isnull(c)) return c;
      if (!complex_check(vm, c))
        return vm_raise(vm, vm->exc_TypeError, "__complex__ should return a complex object");
      r = c;
    }
  }
  C cr, ci = {0.0, 0.0};
  bool ci_is_complex = false;
  int ok = to_c(vm, r, &cr);
  if (ok < 0) return v_null();
  if (ok == 0) {
    double d;
    if (r.tag == T_INSTANCE && !v_isnull(class_lookup(vm, r.u.o->cls, vm->s___float__))) {
      if (!float_of(vm, r, &d)) return v_null();
      cr.re = d;
      cr.im = 0.0;
    } else {
      return vm_raise(vm, vm->exc_TypeError, "complex() argument must be a string or a number");
    }
  }
  if (!v_isnull(i)) {
    ok = to_c(vm, i, &ci);
    if (ok < 0) return v_null();
    if (ok == 0) {
      double d;
      if (i.tag == T_INSTANCE && !v_isnull(class_lookup(vm, i.u.o->cls, vm->s___float__))) {
        if (!float_of(vm, i, &d)) return v_null();
        ci.re = d;
      } else {
        return vm_raise(vm, vm->exc_TypeError, "complex() argument must be a string or a number");
      }
    }
    ci_is_complex = complex_check(vm, i);
  }
  double re = cr.re - (ci_is_complex ? ci.im : 0.0);
  double im = cr.im + ci.re;
  return complex_alloc(vm, cls, re, im);
}

/* ---- the type ------------------------------------------------------------------------ */

void complex_init_type(VM *vm) {
  Class *c = class_new_builtin(vm, "complex", NULL, T_INSTANCE, 0);
  if (!c) { vm_exc_clear(vm); return; }
  vm->cls_complex = c;
  c->ctor = complex_ctor;
  static const struct { const char *name; CFn fn; int min, max; } methods[] = {
    {"__add__", cx_add, 1, 1}, {"__radd__", cx_radd, 1, 1},
    {"__sub__", cx_sub, 1, 1}, {"__rsub__", cx_rsub, 1, 1},
    {"__mul__", cx_mul, 1, 1}, {"__rmul__", cx_rmul, 1, 1},
    {"__div__", cx_div, 1, 1}, {"__rdiv__", cx_rdiv, 1, 1},
    {"__truediv__", cx_div, 1, 1}, {"__rtruediv__", cx_rdiv, 1, 1},
    {"__floordiv__", cx_floordiv, 1, 1}, {"__rfloordiv__", cx_rfloordiv, 1, 1},
    {"__mod__", cx_mod, 1, 1}, {"__rmod__", cx_rmod, 1, 1},
    {"__divmod__", cx_divmod, 1, 1}, {"__rdivmod__", cx_rdivmod, 1, 1},
    {"__pow__", cx_pow, 1, 2}, {"__rpow__", cx_rpow, 1, 2},
    {"__neg__", cx_neg, 0, 0}, {"__pos__", cx_pos, 0, 0}, {"__abs__", cx_abs, 0, 0},
    {"__nonzero__", cx_nonzero, 0, 0}, {"conjugate", cx_conjugate, 0, 0},
    {"__hash__", cx_hash, 0, 0}, {"__getnewargs__", cx_getnewargs, 0, 0},
    {"__coerce__", cx_coerce, 1, 1},
    {"__int__", cx_int, 0, 0}, {"__long__", cx_long, 0, 0}, {"__float__", cx_float, 0, 0},
    {"__eq__", cx_eq, 1, 1}, {"__ne__", cx_ne, 1, 1}, {"__lt__", cx_lt, 1, 1},
    {"__le__", cx_le, 1, 1}, {"__gt__", cx_gt, 1, 1}, {"__ge__", cx_ge, 1, 1},
    {"__repr__", cx_repr, 0, 0}, {"__str__", cx_str, 0, 0},
  };
  for (size_t i = 0; i < sizeof methods / sizeof methods[0]; i++)
    vm_add_method(vm, c, methods[i].name, methods[i].fn, methods[i].min, methods[i].max, false);
  vm_add_property(vm, c, "real", cx_real, NULL);
  vm_add_property(vm, c, "imag", cx_imag, NULL);
  dict_set_str(vm, c->dict, vm->s___doc__, v_obj(str_from_cstr(vm,
    "complex(real[, imag]) -> complex number\n\n"
    "Create a complex number from a real part and an optional imaginary part.\n"
    "This is equivalent to (real + imag*1j) where imag defaults to 0.")));
  class_update_flags(vm, c);
  if (vm->builtins) dict_set_str(vm, vm->builtins, str_intern_cstr(vm, "complex"), v_obj(c));
  vm_exc_clear(vm);
}
