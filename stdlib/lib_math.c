/*
** lib_math.c: the math module, after CPython 2.7's mathmodule.c: the same
** libm calls, the same special-value handling and the same errors
** ("math domain error", "math range error"), so results are the same doubles.
** floor and ceil return floats, as in Python 2.
*/
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "lib.h"
#include "../vm/types.h"
#include "../gc/gc.h"

#define EXC_PENDING(vm) (!v_isnull((vm)->exc))

/* Raise for errno (EDOM / ERANGE) as CPython's is_error; false if not an
** error after all (an underflow). */
static bool is_error(VM *vm, double r, int err) {
  if (err == EDOM) {
    vm_raise(vm, vm->exc_ValueError, "math domain error");
    return true;
  }
  if (err == ERANGE) {
    if (fabs(r) < 1.5) return false;  /* underflow: result is fine */
    vm_raise(vm, vm->exc_OverflowError, "math range error");
    return true;
  }
  vm_raise(vm, vm->exc_ValueError, "unexpected math error");
  return true;
}

static Value result(VM *vm, double r, int err) {
  if (err && is_error(vm, r, err)) return v_null();
  return v_float(r);
}

/* math_1: a function of one float, with CPython's NaN / infinity rules. */
static Value math_1(VM *vm, int argc, Value *argv, const char *name, double (*f)(double),
                    bool can_overflow) {
  if (!lib_nargs(vm, 'O', name, argc, 1, 1)) return v_null();
  double x;
  if (!lib_to_double(vm, argv[0], &x)) return v_null();
  errno = 0;
  double r = f(x);
  int err = 0;
  if (isnan(r)) err = isnan(x) ? 0 : EDOM;
  else if (isinf(r)) err = isfinite(x) ? (can_overflow ? ERANGE : EDOM) : 0;
  return result(vm, r, err);
}

#define FUNC1(name, fn, ovf) \
  static Value m_##name(VM *vm, int argc, Value *argv, Dict *kw) { \
    return math_1(vm, argc, argv, #name, fn, ovf); \
  }

FUNC1(acos, acos, false)
FUNC1(acosh, acosh, false)
FUNC1(asin, asin, false)
FUNC1(asinh, asinh, false)
FUNC1(atan, atan, false)
FUNC1(atanh, atanh, false)
FUNC1(ceil, ceil, false)
FUNC1(cos, cos, false)
FUNC1(cosh, cosh, true)
FUNC1(exp, exp, true)
FUNC1(expm1, expm1, true)
FUNC1(fabs, fabs, false)
FUNC1(floor, floor, false)
FUNC1(log1p, log1p, false)
FUNC1(sin, sin, false)
FUNC1(sinh, sinh, true)
FUNC1(sqrt, sqrt, false)
FUNC1(tan, tan, false)
FUNC1(tanh, tanh, false)

static bool arg1(VM *vm, int argc, Value *argv, const char *name, double *x) {
  return lib_nargs(vm, 'O', name, argc, 1, 1) && lib_to_double(vm, argv[0], x);
}

static bool arg2(VM *vm, int argc, Value *argv, const char *name, double *x, double *y) {
  return lib_nargs(vm, 'U', name, argc, 2, 2) && lib_to_double(vm, argv[0], x) &&
         lib_to_double(vm, argv[1], y);
}

/* gamma, lgamma, erf and erfc are CPython 2.7's own implementations (not
** libm's), so that the results are the same doubles: Lanczos' approximation
** (N=13, g=6.024680040776729583740234375, Boost's rational form) with the
** reflection formula for x < 0, and a series / continued fraction for erf. */
static const double m_pi = 3.141592653589793238462643383279502884197;
static const double m_sqrtpi = 1.772453850905516027298167483341145182798;
static const double m_logpi = 1.144729885849400174143427351353058711647;

#define LANCZOS_N 13
static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_g_minus_half = 5.524680040776729583740234375;
static const double lanczos_num[LANCZOS_N] = {
  23531376880.410759688572007674451636754734846804940,
  42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843,
  17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708,
  1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801,
  31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768,
  186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024,
  210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408
};
static const double lanczos_den[LANCZOS_N] = {
  0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
  13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0
};
#define NGAMMA_INTEGRAL 23
static const double gamma_integral[NGAMMA_INTEGRAL] = {
  1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0,
  3628800.0, 39916800.0, 479001600.0, 6227020800.0, 87178291200.0,
  1307674368000.0, 20922789888000.0, 355687428096000.0,
  6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
  51090942171709440000.0, 1124000727777607680000.0,
};

static double lanczos_sum(double x) {
  double num = 0.0, den = 0.0;
  if (x < 5.0) {
    for (int i = LANCZOS_N; --i >= 0;) {
      num = num * x + lanczos_num[i];
      den = den * x + lanczos_den[i];
    }
  } else {
    for (int i = 0; i < LANCZOS_N; i++) {
      num = num / x + lanczos_num[i];
      den = den / x + lanczos_den[i];
    }
  }
  return num / den;
}

static double sinpi(double x) {
  double y = fmod(fabs(x), 2.0), r;
  int n = (int)round(2.0 * y);
  switch (n) {
  case 0: r = sin(m_pi * y); break;
  case 1: r = cos(m_pi * (y - 0.5)); break;
  case 2: r = sin(m_pi * (1.0 - y)); break;
  case 3: r = -cos(m_pi * (y - 1.5)); break;
  default: r = sin(m_pi * (y - 2.0)); break;
  }
  return copysign(1.0, x) * r;
}

static double tgamma_c(double x, int *err) {
  if (!isfinite(x)) {
    if (isnan(x) || x > 0.0) return x;
    *err = EDOM;
    return NAN;
  }
  if (x == 0.0) { *err = EDOM; return copysign(HUGE_VAL, x); }
  if (x == floor(x)) {
    if (x < 0.0) { *err = EDOM; return NAN; }
    if (x <= NGAMMA_INTEGRAL) return gamma_integral[(int)x - 1];
  }
  double absx = fabs(x), r, y, z, sqrtpow;
  if (absx < 1e-20) {
    r = 1.0 / x;
    if (isinf(r)) *err = ERANGE;
    return r;
  }
  if (absx > 200.0) {
    if (x < 0.0) return 0.0 / sinpi(x);
    *err = ERANGE;
    return HUGE_VAL;
  }
  y = absx + lanczos_g_minus_half;
  if (absx > lanczos_g_minus_half) {
    volatile double q = y - absx;
    z = q - lanczos_g_minus_half;
  } else {
    volatile double q = y - lanczos_g_minus_half;
    z = q - absx;
  }
  z = z * lanczos_g / y;
  if (x < 0.0) {
    r = -m_pi / sinpi(absx) / absx * exp(y) / lanczos_sum(absx);
    r -= z * r;
    if (absx < 140.0) r /= pow(y, absx - 0.5);
    else {
      sqrtpow = pow(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczos_sum(absx) / exp(y);
    r += z * r;
    if (absx < 140.0) r *= pow(y, absx - 0.5);
    else {
      sqrtpow = pow(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  if (isinf(r)) *err = ERANGE;
  return r;
}

static double lgamma_c(double x, int *err) {
  if (!isfinite(x)) return isnan(x) ? x : HUGE_VAL;
  if (x == floor(x) && x <= 2.0) {
    if (x <= 0.0) { *err = EDOM; return HUGE_VAL; }
    return 0.0;
  }
  double absx = fabs(x);
  if (absx < 1e-20) return -log(absx);
  double r = log(lanczos_sum(absx)) - lanczos_g;
  r += (absx - 0.5) * (log(absx + lanczos_g - 0.5) - 1);
  if (x < 0.0) r = m_logpi - log(fabs(sinpi(absx))) - log(absx) - r;
  if (isinf(r)) *err = ERANGE;
  return r;
}

#define ERF_SERIES_CUTOFF 1.5
#define ERF_SERIES_TERMS 25
#define ERFC_CONTFRAC_CUTOFF 30.0
#define ERFC_CONTFRAC_TERMS 50

static double erf_series(double x) {
  double x2 = x * x, acc = 0.0, fk = (double)ERF_SERIES_TERMS + 0.5;
  for (int i = 0; i < ERF_SERIES_TERMS; i++) {
    acc = 2.0 + x2 * acc / fk;
    fk -= 1.0;
  }
  return acc * x * exp(-x2) / m_sqrtpi;
}

static double erfc_contfrac(double x) {
  if (x >= ERFC_CONTFRAC_CUTOFF) return 0.0;
  double x2 = x * x, a = 0.0, da = 0.5, p = 1.0, p_last = 0.0, q = da + x2, q_last = 1.0, b;
  for (int i = 0; i < ERFC_CONTFRAC_TERMS; i++) {
    double temp;
    a += da;
    da += 2.0;
    b = da + x2;
    temp = p; p = b * p - a * p_last; p_last = temp;
    temp = q; q = b * q - a * q_last; q_last = temp;
  }
  return p / q * x * exp(-x2) / m_sqrtpi;
}

static double erf_c(double x) {
  if (isnan(x)) return x;
  double absx = fabs(x);
  if (absx < ERF_SERIES_CUTOFF) return erf_series(x);
  double cf = erfc_contfrac(absx);
  return x > 0.0 ? 1.0 - cf : cf - 1.0;
}

static double erfc_c(double x) {
  if (isnan(x)) return x;
  double absx = fabs(x);
  if (absx < ERF_SERIES_CUTOFF) return 1.0 - erf_series(x);
  double cf = erfc_contfrac(absx);
  return x > 0.0 ? cf : 2.0 - cf;
}

/* math_1a: the function reports its own errors. */
static Value math_1a(VM *vm, int argc, Value *argv, const char *name,
                     double (*f)(double, int *)) {
  double x;
  if (!arg1(vm, argc, argv, name, &x)) return v_null();
  int err = 0;
  double r = f(x, &err);
  return result(vm, r, err);
}

static double erf_e(double x, int *err) { return erf_c(x); }
static double erfc_e(double x, int *err) { return erfc_c(x); }

static Value m_erf(VM *vm, int argc, Value *argv, Dict *kw) {
  return math_1a(vm, argc, argv, "erf", erf_e);
}

static Value m_erfc(VM *vm, int argc, Value *argv, Dict *kw) {
  return math_1a(vm, argc, argv, "erfc", erfc_e);
}

static Value m_gamma(VM *vm, int argc, Value *argv, Dict *kw) {
  return math_1a(vm, argc, argv, "gamma", tgamma_c);
}

static Value m_lgamma(VM *vm, int argc, Value *argv, Dict *kw) {
  return math_1a(vm, argc, argv, "lgamma", lgamma_c);
}

/* log of a positive finite or infinite x; EDOM for x <= 0 and -inf. */
static bool m_log_c(VM *vm, double x, double (*f)(double), double *out) {
  if (isfinite(x)) {
    if (x > 0.0) { *out = f(x); return true; }
    vm_raise(vm, vm->exc_ValueError, "math domain error");
    return false;
  }
  if (isnan(x) || x > 0) { *out = x; return true; }
  vm_raise(vm, vm->exc_ValueError, "math domain error");
  return false;
}

static Value m_log(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'U', "log", argc, 1, 2)) return v_null();
  double x, num;
  if (!lib_to_double(vm, argv[0], &x) || !m_log_c(vm, x, log, &num)) return v_null();
  if (argc == 1) return v_float(num);
  double b, den;
  if (!lib_to_double(vm, argv[1], &b) || !m_log_c(vm, b, log, &den)) return v_null();
  if (den == 0.0) return vm_raise(vm, vm->exc_ZeroDivisionError, "float division by zero");
  return v_float(num / den);
}

static Value m_log10(VM *vm, int argc, Value *argv, Dict *kw) {
  double x, r;
  if (!arg1(vm, argc, argv, "log10", &x) || !m_log_c(vm, x, log10, &r)) return v_null();
  return v_float(r);
}

static Value m_pow(VM *vm, int argc, Value *argv, Dict *kw) {
  double x, y, r;
  if (!arg2(vm, argc, argv, "pow", &x, &y)) return v_null();
  int err = 0;
  if (!isfinite(x) || !isfinite(y)) {
    if (isnan(x)) r = y == 0.0 ? 1.0 : x;
    else if (isnan(y)) r = x == 1.0 ? 1.0 : y;
    else if (isinf(x)) {
      bool odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
      if (y > 0.0) r = odd_y ? x : fabs(x);
      else if (y == 0.0) r = 1.0;
      else r = odd_y ? copysign(0.0, x) : 0.0;
    } else {  /* y infinite */
      if (fabs(x) == 1.0) r = 1.0;
      else if (y > 0.0 && fabs(x) > 1.0) r = y;
      else if (y < 0.0 && fabs(x) < 1.0) {
        r = -y;
        if (x == 0.0) err = EDOM;
      } else r = 0.0;
    }
  } else {
    r = pow(x, y);
    if (!isfinite(r)) {
      if (isnan(r)) err = EDOM;
      else err = x == 0.0 ? EDOM : ERANGE;
    }
  }
  return result(vm, r, err);
}

static Value m_atan2(VM *vm, int argc, Value *argv, Dict *kw) {
  double y, x;
  if (!arg2(vm, argc, argv, "atan2", &y, &x)) return v_null();
  return v_float(atan2(y, x));
}

static Value m_fmod(VM *vm, int argc, Value *argv, Dict *kw) {
  double x, y;
  if (!arg2(vm, argc, argv, "fmod", &x, &y)) return v_null();
  if (isinf(y) && isfinite(x)) return v_float(x);
  double r = fmod(x, y);
  int err = 0;
  if (isnan(r) && !isnan(x) && !isnan(y)) err = EDOM;
  return result(vm, r, err);
}

static Value m_hypot(VM *vm, int argc, Value *argv, Dict *kw) {
  double x, y;
  if (!arg2(vm, argc, argv, "hypot", &x, &y)) return v_null();
  if (isinf(x)) return v_float(fabs(x));
  if (isinf(y)) return v_float(fabs(y));
  double r = hypot(x, y);
  int err = 0;
  if (isnan(r)) err = !isnan(x) && !isnan(y) ? EDOM : 0;
  else if (isinf(r)) err = isfinite(x) && isfinite(y) ? ERANGE : 0;
  return result(vm, r, err);
}

static Value m_copysign(VM *vm, int argc, Value *argv, Dict *kw) {
  double x, y;
  if (!arg2(vm, argc, argv, "copysign", &x, &y)) return v_null();
  return v_float(copysign(x, y));
}

static Value m_ldexp(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "ldexp", argc, 2, 2)) return v_null();
  double x;
  if (!lib_to_double(vm, argv[0], &x)) return v_null();
  Value e = argv[1];
  if (e.tag != T_INT && e.tag != T_BOOL)
    return vm_raise(vm, vm->exc_TypeError, "Expected an int or long as second argument to ldexp.");
  int64_t exp = e.u.i;
  double r;
  int err = 0;
  if (x == 0.0 || !isfinite(x)) r = x;
  else if (exp > INT_MAX) { r = copysign(HUGE_VAL, x); err = ERANGE; }
  else if (exp < INT_MIN) r = copysign(0.0, x);
  else {
    r = ldexp(x, (int)exp);
    if (isinf(r)) err = ERANGE;
  }
  return result(vm, r, err);
}

static Value pair(VM *vm, Value a, Value b) {
  Tuple *t = tuple_from(vm, 2, (Value[]){a, b});
  return t ? v_obj(t) : v_null();
}

static Value m_frexp(VM *vm, int argc, Value *argv, Dict *kw) {
  double x;
  if (!arg1(vm, argc, argv, "frexp", &x)) return v_null();
  int e = 0;
  double m = x;
  if (!(isnan(x) || isinf(x) || x == 0.0)) m = frexp(x, &e);
  return pair(vm, v_float(m), v_int(e));
}

static Value m_modf(VM *vm, int argc, Value *argv, Dict *kw) {
  double x;
  if (!arg1(vm, argc, argv, "modf", &x)) return v_null();
  if (isinf(x)) return pair(vm, v_float(copysign(0.0, x)), v_float(x));
  if (isnan(x)) return pair(vm, v_float(x), v_float(x));
  double ip;
  double fp = modf(x, &ip);
  return pair(vm, v_float(fp), v_float(ip));
}

static Value m_degrees(VM *vm, int argc, Value *argv, Dict *kw) {
  double x;
  if (!arg1(vm, argc, argv, "degrees", &x)) return v_null();
  return v_float(x * (180.0 / M_PI));
}

static Value m_radians(VM *vm, int argc, Value *argv, Dict *kw) {
  double x;
  if (!arg1(vm, argc, argv, "radians", &x)) return v_null();
  return v_float(x * (M_PI / 180.0));
}

static Value m_isinf(VM *vm, int argc, Value *argv, Dict *kw) {
  double x;
  if (!arg1(vm, argc, argv, "isinf", &x)) return v_null();
  return v_bool(isinf(x));
}

static Value m_isnan(VM *vm, int argc, Value *argv, Dict *kw) {
  double x;
  if (!arg1(vm, argc, argv, "isnan", &x)) return v_null();
  return v_bool(isnan(x));
}

static Value m_trunc(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'O', "trunc", argc, 1, 1)) return v_null();
  Value x = argv[0];
  if (x.tag == T_INT) return x;
  if (x.tag == T_BOOL) return v_int(x.u.i);
  if (x.tag == T_FLOAT) {
    double d = x.u.f;
    if (isnan(d)) return vm_raise(vm, vm->exc_ValueError, "cannot convert float NaN to integer");
    if (isinf(d))
      return vm_raise(vm, vm->exc_OverflowError, "cannot convert float infinity to integer");
    double t = trunc(d);
    if (t >= 9223372036854775808.0 || t < -9223372036854775808.0)
      return vm_raise(vm, vm->exc_OverflowError, "integer overflow");
    return v_int((int64_t)t);
  }
  Value r = vm_call_special(vm, x, str_intern_cstr(vm, "__trunc__"), 0, NULL);
  if (!v_isnull(r) || EXC_PENDING(vm)) return r;
  return vm_raise(vm, vm->exc_AttributeError, "%s instance has no attribute '__trunc__'",
                  vm_type_name(vm, x));
}

static Value m_factorial(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'O', "factorial", argc, 1, 1)) return v_null();
  Value x = argv[0];
  int64_t n;
  if (x.tag == T_FLOAT) {
    if (!isfinite(x.u.f) || x.u.f != floor(x.u.f))
      return vm_raise(vm, vm->exc_ValueError, "factorial() only accepts integral values");
    if (x.u.f < 0)
      return vm_raise(vm, vm->exc_ValueError, "factorial() not defined for negative values");
    if (x.u.f > 1e6) return vm_raise(vm, vm->exc_OverflowError, "integer overflow");
    n = (int64_t)x.u.f;
  } else if (!lib_to_int(vm, x, &n)) {
    return v_null();
  }
  if (n < 0) return vm_raise(vm, vm->exc_ValueError, "factorial() not defined for negative values");
  int64_t r = 1, i = 2, t;
  for (; i <= n && !__builtin_mul_overflow(r, i, &t); i++) r = t;
  Value acc = v_int(r);  /* beyond int64 the product goes on in longs (protocols area) */
  for (; i <= n; i++) {
    acc = vm_binop(vm, OP_BINARY_MUL, acc, v_int(i));
    if (v_isnull(acc)) return acc;
  }
  return acc;
}

/* fsum: Shewchuk's exact summation, exactly as CPython 2.7's math_fsum. */
static Value m_fsum(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'O', "fsum", argc, 1, 1)) return v_null();
  Value it = vm_iter(vm, argv[0]);
  if (v_isnull(it)) return it;
  size_t m = 32, n = 0;
  double *p = malloc(m * sizeof(double));
  if (!p) return vm_raise(vm, vm->exc_MemoryError, "");
  double special_sum = 0.0, inf_sum = 0.0, x, y, t, hi, yr, lo = 0.0;
  for (;;) {
    Value item = vm_next(vm, it);
    if (v_isnull(item)) {
      if (EXC_PENDING(vm)) { free(p); return v_null(); }
      break;
    }
    if (!lib_to_double(vm, item, &x)) { free(p); return v_null(); }
    double xsave = x;
    size_t i = 0;
    for (size_t j = 0; j < n; j++) {
      y = p[j];
      if (fabs(x) < fabs(y)) { t = x; x = y; y = t; }
      hi = x + y;
      yr = hi - x;
      lo = y - yr;
      if (lo != 0.0) p[i++] = lo;
      x = hi;
    }
    n = i;
    if (x != 0.0) {
      if (!isfinite(x)) {
        if (isfinite(xsave)) {
          free(p);
          return vm_raise(vm, vm->exc_OverflowError, "intermediate overflow in fsum");
        }
        if (isinf(xsave)) inf_sum += xsave;
        special_sum += xsave;
        n = 0;
      } else {
        if (n >= m) {
          double *np = realloc(p, 2 * m * sizeof(double));
          if (!np) { free(p); return vm_raise(vm, vm->exc_MemoryError, ""); }
          p = np;
          m *= 2;
        }
        p[n++] = x;
      }
    }
  }
  if (special_sum != 0.0) {
    free(p);
    if (isnan(inf_sum)) return vm_raise(vm, vm->exc_ValueError, "-inf + inf in fsum");
    return v_float(special_sum);
  }
  hi = 0.0;
  if (n > 0) {
    hi = p[--n];
    while (n > 0) {
      x = hi;
      y = p[--n];
      hi = x + y;
      yr = hi - x;
      lo = y - yr;
      if (lo != 0.0) break;
    }
    if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
      y = lo * 2.0;
      x = hi + y;
      yr = x - hi;
      if (y == yr) hi = x;
    }
  }
  free(p);
  return v_float(hi);
}

typedef struct { const char *name; CFn fn; } FnDef;

static const FnDef math_fns[] = {
  {"acos", m_acos}, {"acosh", m_acosh}, {"asin", m_asin}, {"asinh", m_asinh},
  {"atan", m_atan}, {"atanh", m_atanh}, {"atan2", m_atan2}, {"ceil", m_ceil},
  {"copysign", m_copysign}, {"cos", m_cos}, {"cosh", m_cosh}, {"degrees", m_degrees},
  {"erf", m_erf}, {"erfc", m_erfc}, {"exp", m_exp}, {"expm1", m_expm1}, {"fabs", m_fabs},
  {"factorial", m_factorial}, {"floor", m_floor}, {"fmod", m_fmod}, {"frexp", m_frexp},
  {"fsum", m_fsum}, {"gamma", m_gamma}, {"hypot", m_hypot}, {"isinf", m_isinf},
  {"isnan", m_isnan}, {"ldexp", m_ldexp}, {"lgamma", m_lgamma}, {"log", m_log},
  {"log10", m_log10}, {"log1p", m_log1p}, {"modf", m_modf}, {"pow", m_pow},
  {"radians", m_radians}, {"sin", m_sin}, {"sinh", m_sinh}, {"sqrt", m_sqrt},
  {"tan", m_tan}, {"tanh", m_tanh}, {"trunc", m_trunc},
  {NULL, NULL}
};

void lib_init_math(VM *vm) {
  Module *m = vm_add_module(vm, "math");
  if (!m) return;
  for (const FnDef *f = math_fns; f->name; f++)
    vm_add_function(vm, m->dict, f->name, f->fn, 0, -1, false);
  dict_set_str(vm, m->dict, str_intern_cstr(vm, "pi"), v_float(M_PI));
  dict_set_str(vm, m->dict, str_intern_cstr(vm, "e"), v_float(M_E));
}
