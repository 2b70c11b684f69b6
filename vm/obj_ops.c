/*
** obj_ops.c: operators and the generic value protocols.
**
** vm_binop / vm_unop (int, float and bool arithmetic with Python 2's rules,
** sequences, str % args, user special methods with NotImplemented and the
** reflected forms), vm_compare / vm_equal / vm_cmp (rich comparison, __cmp__
** and CPython 2's default ordering of unrelated types), vm_truthy, vm_hash,
** vm_str / vm_repr and the small type queries. Every entry has an int/float
** fast path first that neither allocates nor looks anything up.
*/
#include <math.h>
#include <string.h>
#include <stddef.h>
#include <errno.h>
#include "vm.h"
#include "types.h"
#include "long.h"
#include "../gc/gc.h"

/* Binary operators, indexed by opcode - OP_BINARY_ADD (INPLACE_ forms map to
** the same index). */
enum { B_ADD, B_SUB, B_MUL, B_DIV, B_TRUEDIV, B_FLOORDIV, B_MOD, B_POW, B_LSHIFT,
       B_RSHIFT, B_AND, B_OR, B_XOR, B__COUNT };

static const char *const binop_sym[B__COUNT] = {
  "+", "-", "*", "/", "/", "//", "%", "** or pow()", "<<", ">>", "&", "|", "^" };
static const char *const inplace_sym[B__COUNT] = {
  "+=", "-=", "*=", "/=", "/=", "//=", "%=", "** or pow()", "<<=", ">>=", "&=", "|=", "^=" };

#define SNAME(n) offsetof(VM, s_##n)
static const size_t binop_meth[B__COUNT][3] = {
  { SNAME(__add__), SNAME(__radd__), SNAME(__iadd__) },
  { SNAME(__sub__), SNAME(__rsub__), SNAME(__isub__) },
  { SNAME(__mul__), SNAME(__rmul__), SNAME(__imul__) },
  { SNAME(__div__), SNAME(__rdiv__), SNAME(__idiv__) },
  { SNAME(__truediv__), SNAME(__rtruediv__), SNAME(__itruediv__) },
  { SNAME(__floordiv__), SNAME(__rfloordiv__), SNAME(__ifloordiv__) },
  { SNAME(__mod__), SNAME(__rmod__), SNAME(__imod__) },
  { SNAME(__pow__), SNAME(__rpow__), SNAME(__ipow__) },
  { SNAME(__lshift__), SNAME(__rlshift__), SNAME(__ilshift__) },
  { SNAME(__rshift__), SNAME(__rrshift__), SNAME(__irshift__) },
  { SNAME(__and__), SNAME(__rand__), SNAME(__iand__) },
  { SNAME(__or__), SNAME(__ror__), SNAME(__ior__) },
  { SNAME(__xor__), SNAME(__rxor__), SNAME(__ixor__) },
};
#define VM_NAME_AT(vm, off) (*(Str **)((char *)(vm) + (off)))

static inline bool is_intlike(Value v) { return v.tag == T_INT || v.tag == T_BOOL; }
static inline bool is_num(Value v) { return v.tag >= T_BOOL && v.tag <= T_FLOAT; }
static inline double num_as_double(Value v) {
  return v.tag == T_FLOAT ? v.u.f : (double)v.u.i;
}
static inline bool is_user_inst(Value v) { return v.tag == T_INSTANCE; }
/* An instance, or a builtin-kind object of a user subclass (class L(list)):
** its class may define special methods. */
static inline bool is_user_obj(Value v) {
  return v.tag == T_INSTANCE ||
         (v.tag >= T_FIRSTOBJ && !(v.u.o->cls->h.flags & CLS_BUILTIN));
}
/* A long of the builtin class. */
static inline bool is_plain_long(VM *vm, Value v) {
  return v.tag == T_LONG && v.u.o->cls == vm->cls[T_LONG];
}
/* Numbers for the arithmetic of this file: ints, bools, floats, longs. */
static inline bool is_numeric(Value v) { return (v.tag >= T_BOOL && v.tag <= T_FLOAT) || v.tag == T_LONG; }
static inline bool is_notimpl(VM *vm, Value v) {
  return v.tag == vm->not_implemented.tag && v.u.o == vm->not_implemented.u.o;
}

Value vm_not_implemented(VM *vm) { return vm->not_implemented; }


/* ---- int arithmetic --------------------------------------------------------- */

static inline int64_t floordiv64(int64_t a, int64_t b) {
  int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) q--;
  return q;
}
static inline int64_t mod64(int64_t a, int64_t b) {
  if (b == -1) return 0;
  int64_t r = a % b;
  if (r != 0 && ((r < 0) != (b < 0))) r += b;
  return r;
}

static Value float_binop(VM *vm, int bop, double a, double b);

static Value int_pow(VM *vm, int64_t a, int64_t b) {
  if (b < 0) {
    if (a == 0)
      return vm_raise(vm, vm->exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
    return float_binop(vm, B_POW, (double)a, (double)b);
  }
  int64_t r = 1, base = a, e = b;
  while (e) {
    if (e & 1) { if (__builtin_mul_overflow(r, base, &r)) return long_int_binop(vm, B_POW, a, b); }
    e >>= 1;
    if (e && __builtin_mul_overflow(base, base, &base)) return long_int_binop(vm, B_POW, a, b);
  }
  return v_int(r);
}

/* a OP b for two ints; T_NULL with an exception on error. */
static Value int_binop(VM *vm, int bop, int64_t a, int64_t b) {
  int64_t r;
  switch (bop) {
  case B_ADD: if (__builtin_add_overflow(a, b, &r)) break; return v_int(r);
  case B_SUB: if (__builtin_sub_overflow(a, b, &r)) break; return v_int(r);
  case B_MUL: if (__builtin_mul_overflow(a, b, &r)) break; return v_int(r);
  case B_DIV: case B_FLOORDIV:
    if (b == 0)
      return vm_raise(vm, vm->exc_ZeroDivisionError, "integer division or modulo by zero");
    if (b == -1 && a == INT64_MIN) break;
    return v_int(floordiv64(a, b));
  case B_MOD:
    if (b == 0)
      return vm_raise(vm, vm->exc_ZeroDivisionError, "integer division or modulo by zero");
    if (b == -1 && a == INT64_MIN) break;
    return v_int(mod64(a, b));
  case B_TRUEDIV: {
    if (b == 0) return vm_raise(vm, vm->exc_ZeroDivisionError, "division by zero");
    const int64_t lim = (int64_t)1 << 53;
    if (a > lim || a < -lim || b > lim || b < -lim) return long_truediv(vm, v_int(a), v_int(b));
    return v_float((double)a / (double)b);
  }
  case B_POW: return int_pow(vm, a, b);
  case B_LSHIFT:
    if (b < 0) return vm_raise(vm, vm->exc_ValueError, "negative shift count");
    if (a == 0) return v_int(0);
    if (b >= 63) break;
    r = (int64_t)((uint64_t)a << b);
    if ((r >> b) != a) break;
    return v_int(r);
  case B_RSHIFT:
    if (b < 0) return vm_raise(vm, vm->exc_ValueError, "negative shift count");
    if (b >= 64) return v_int(a < 0 ? -1 : 0);
    return v_int(a >> b);
  case B_AND: return v_int(a & b);
  case B_OR: return v_int(a | b);
  case B_XOR: return v_int(a ^ b);
  }
  return long_int_binop(vm, bop, a, b);  /* overflowed: redo in longs */
}

/* ---- float arithmetic ------------------------------------------------------ */

static Value float_pow(VM *vm, double a, double b) {
  if (b == 0.0) return v_float(1.0);
  if (isnan(a)) return v_float(a);
  if (isnan(b)) return v_float(a == 1.0 ? 1.0 : b);
  if (a == 0.0 && b < 0.0 && !isinf(b))
    return vm_raise(vm, vm->exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
  if (a < 0.0 && isfinite(a) && isfinite(b) && b != floor(b))
    return vm_raise(vm, vm->exc_ValueError,
                    "negative number cannot be raised to a fractional power");
  double r = pow(a, b);
  if (isinf(r) && isfinite(a) && isfinite(b))
    return vm_raise(vm, vm->exc_OverflowError, "(34, 'Numerical result out of range')");
  return v_float(r);
}

/* Python 2's float divmod: *div is the floor quotient, *mod the remainder. */
static void float_divmod(double vx, double wx, double *floordiv, double *modp) {
  double mod = fmod(vx, wx);
  double div = (vx - mod) / wx;
  if (mod) {
    if ((wx < 0) != (mod < 0)) { mod += wx; div -= 1.0; }
  } else {
    mod = copysign(0.0, wx);
  }
  double fd;
  if (div) {
    fd = floor(div);
    if (div - fd > 0.5) fd += 1.0;
  } else {
    fd = copysign(0.0, vx / wx);
  }
  *floordiv = fd;
  *modp = mod;
}

/* T_NULL without an exception: the operator does not apply to floats. */
static Value float_binop(VM *vm, int bop, double a, double b) {
  switch (bop) {
  case B_ADD: return v_float(a + b);
  case B_SUB: return v_float(a - b);
  case B_MUL: return v_float(a * b);
  case B_DIV: case B_TRUEDIV:
    if (b == 0.0) return vm_raise(vm, vm->exc_ZeroDivisionError, "float division by zero");
    return v_float(a / b);
  case B_FLOORDIV: {
    if (b == 0.0) return vm_raise(vm, vm->exc_ZeroDivisionError, "float divmod()");
    double d, m;
    float_divmod(a, b, &d, &m);
    return v_float(d);
  }
  case B_MOD: {
    if (b == 0.0) return vm_raise(vm, vm->exc_ZeroDivisionError, "float modulo");
    double m = fmod(a, b);
    if (m) { if ((b < 0) != (m < 0)) m += b; }
    else m = copysign(0.0, b);
    return v_float(m);
  }
  case B_POW: return float_pow(vm, a, b);
  default: return v_null();
  }
}

/* divmod() for numbers, shared with the builtins: (a // b, a % b). */
Value vm_divmod(VM *vm, Value a, Value b) {
  if (is_intlike(a) && is_intlike(b)) {
    int64_t x = a.u.i, y = b.u.i;
    if (y == 0)
      return vm_raise(vm, vm->exc_ZeroDivisionError, "integer division or modulo by zero");
    if (y == -1 && x == INT64_MIN) return long_divmod(vm, a, b);
    Value items[2] = { v_int(floordiv64(x, y)), v_int(mod64(x, y)) };
    return v_obj(tuple_from(vm, 2, items));
  }
  if (is_plain_long(vm, a) || is_plain_long(vm, b)) {
    if (is_numeric(a) && is_numeric(b) && a.tag != T_FLOAT && b.tag != T_FLOAT)
      return long_divmod(vm, a, b);
  }
  if (is_numeric(a) && is_numeric(b)) {
    double x, y, d, m;
    if (!long_to_double(vm, a.tag == T_FLOAT ? v_int(0) : a, &x) ||
        !long_to_double(vm, b.tag == T_FLOAT ? v_int(0) : b, &y))
      return v_null();
    if (a.tag == T_FLOAT) x = a.u.f;
    if (b.tag == T_FLOAT) y = b.u.f;
    if (y == 0.0) return vm_raise(vm, vm->exc_ZeroDivisionError, "float divmod()");
    float_divmod(x, y, &d, &m);
    Value items[2] = { v_float(d), v_float(m) };
    return v_obj(tuple_from(vm, 2, items));
  }
  Value q = vm_binop(vm, OP_BINARY_FLOORDIV, a, b);
  if (v_isnull(q)) return q;
  Value r = vm_binop(vm, OP_BINARY_MOD, a, b);
  if (v_isnull(r)) return r;
  Value items[2] = { q, r };
  return v_obj(tuple_from(vm, 2, items));
}

/* ---- user special methods ----------------------------------------------------- */

/* Look up a special method on the class of an instance; T_NULL if absent. */
static inline Value special(VM *vm, Value o, Str *name, Class **owner) {
  return class_lookup_owner(vm, o.u.o->cls, name, owner);
}

/* a OP b through __op__ / __rop__; T_NULL with no exception when neither
** handled it (absent or NotImplemented). */
static Value user_binop(VM *vm, int bop, Value a, Value b) {
  Str *op = VM_NAME_AT(vm, binop_meth[bop][0]);
  Str *rop = VM_NAME_AT(vm, binop_meth[bop][1]);
  Class *ca = vm_class_of(vm, a), *cb = vm_class_of(vm, b);
  Class *oa = NULL, *ob = NULL;
  Value r;
  /* b's reflected method first when b's class is a proper subclass of a's. */
  bool try_b = is_user_obj(b) && cb != ca;
  if (try_b && class_is_subclass(cb, ca)) {
    Value fb = special(vm, b, rop, &ob);
    if (!v_isnull(fb)) {
      r = vm_call_with_self(vm, fb, ob, b, 1, &a);
      if (v_isnull(r) || !is_notimpl(vm, r)) return r;
    }
    try_b = false;
  }
  if (is_user_obj(a)) {
    Value fa = special(vm, a, op, &oa);
    if (!v_isnull(fa)) {
      r = vm_call_with_self(vm, fa, oa, a, 1, &b);
      if (v_isnull(r) || !is_notimpl(vm, r)) return r;
    }
  }
  if (try_b) {
    Value fb = special(vm, b, rop, &ob);
    if (!v_isnull(fb)) {
      r = vm_call_with_self(vm, fb, ob, b, 1, &a);
      if (v_isnull(r) || !is_notimpl(vm, r)) return r;
    }
  }
  return v_null();
}

static Value unsupported(VM *vm, int bop, bool inplace, Value a, Value b) {
  return vm_raise(vm, vm->exc_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'",
                  inplace ? inplace_sym[bop] : binop_sym[bop], vm_type_name(vm, a),
                  vm_type_name(vm, b));
}

static inline bool is_seq(Value v) {
  return v.tag == T_STR || v.tag == T_LIST || v.tag == T_TUPLE;
}

/* Numbers of any kind (ints, bools, floats, longs: plain values). */
static Value num_binop(VM *vm, int bop, bool inplace, Value a, Value b) {
  if (a.tag != T_FLOAT && b.tag != T_FLOAT) {
    if (a.tag == T_LONG || b.tag == T_LONG) return long_binop(vm, bop, a, b);
    if (a.tag == T_BOOL && b.tag == T_BOOL && (bop == B_AND || bop == B_OR || bop == B_XOR))
      return v_bool(bop == B_AND ? (a.u.i & b.u.i) : bop == B_OR ? (a.u.i | b.u.i)
                                                                  : (a.u.i ^ b.u.i));
    return int_binop(vm, bop, a.u.i, b.u.i);
  }
  double x, y;
  if (a.tag == T_FLOAT) x = a.u.f;
  else if (a.tag == T_LONG) { if (!long_to_double(vm, a, &x)) return v_null(); }
  else x = (double)a.u.i;
  if (b.tag == T_FLOAT) y = b.u.f;
  else if (b.tag == T_LONG) { if (!long_to_double(vm, b, &y)) return v_null(); }
  else y = (double)b.u.i;
  Value r = float_binop(vm, bop, x, y);
  if (!v_isnull(r) || vm->exc.tag != T_NULL) return r;
  return unsupported(vm, bop, inplace, a, b);
}

static Value binop_slow(VM *vm, Opcode opc, int bop, bool inplace, Value a, Value b) {
  Value r;
  if ((a.tag == T_LONG || b.tag == T_LONG) && is_numeric(a) && is_numeric(b) &&
      !is_user_obj(a) && !is_user_obj(b))
    return num_binop(vm, bop, inplace, a, b);
  if (inplace) {
    if (a.tag == T_LIST) {
      if (bop == B_ADD) return list_extend(vm, AS_LIST(a), b) ? a : v_null();
      if (bop == B_MUL && is_intlike(b)) {
        List *l = AS_LIST(a);
        List *rep = list_repeat(vm, l, b.u.i);
        if (!rep) return v_null();
        l->items = rep->items;
        l->len = rep->len;
        l->cap = rep->cap;
        return a;
      }
    }
    if (a.tag == T_SET && (bop == B_AND || bop == B_OR || bop == B_XOR || bop == B_SUB)) {
      r = set_binop(vm, opc, a, b);
      if (!v_isnull(r) || vm->exc.tag != T_NULL) return r;
    }
    if (is_user_obj(a)) {
      Class *owner;
      Value f = special(vm, a, VM_NAME_AT(vm, binop_meth[bop][2]), &owner);
      if (!v_isnull(f)) {
        r = vm_call_with_self(vm, f, owner, a, 1, &b);
        if (v_isnull(r) || !is_notimpl(vm, r)) return r;
      }
    }
  }
  if (is_user_obj(a) || is_user_obj(b)) {
    r = user_binop(vm, bop, a, b);
    if (!v_isnull(r) || vm->exc.tag != T_NULL) return r;
    Value ua = vm_unbox(a), ub = vm_unbox(b);
    if (is_numeric(ua) && is_numeric(ub) && (ua.tag != a.tag || ub.tag != b.tag))
      return num_binop(vm, bop, inplace, ua, ub);
  }
  switch (bop) {
  case B_ADD:
    if (a.tag == T_STR) return str_add(vm, AS_STR(a), b);
    if (a.tag == T_LIST) return list_concat(vm, AS_LIST(a), b);
    if (a.tag == T_TUPLE) return tuple_concat(vm, AS_TUPLE(a), b);
    break;
  case B_MUL:
    if (is_seq(a) || is_seq(b)) {
      return is_seq(a) ? seq_repeat(vm, a, b) : seq_repeat(vm, b, a);
    }
    break;
  case B_MOD:
    if (a.tag == T_STR) {
      Str *s = vm_format_percent(vm, AS_STR(a), b);
      return s ? v_obj(s) : v_null();
    }
    break;
  case B_SUB: case B_AND: case B_OR: case B_XOR:
    if (v_isanyset(a) && v_isanyset(b)) {
      r = set_binop(vm, bop == B_SUB ? OP_BINARY_SUB : bop == B_AND ? OP_BINARY_AND
                        : bop == B_OR ? OP_BINARY_OR : OP_BINARY_XOR, a, b);
      if (!v_isnull(r) || vm->exc.tag != T_NULL) return r;
    }
    break;
  }
  return unsupported(vm, bop, inplace, a, b);
}

Value vm_binop(VM *vm, Opcode op, Value a, Value b) {
  bool inplace = op >= OP_INPLACE_ADD;
  int bop = inplace ? (int)(op - OP_INPLACE_ADD) : (int)(op - OP_BINARY_ADD);
  if (a.tag == T_INT && b.tag == T_INT) {
    int64_t x = a.u.i, y = b.u.i, r;
    switch (bop) {  /* the hottest cases inline */
    case B_ADD: if (!__builtin_add_overflow(x, y, &r)) return v_int(r); break;
    case B_SUB: if (!__builtin_sub_overflow(x, y, &r)) return v_int(r); break;
    case B_MUL: if (!__builtin_mul_overflow(x, y, &r)) return v_int(r); break;
    default: break;
    }
    return int_binop(vm, bop, x, y);
  }
  if (a.tag == T_FLOAT && b.tag == T_FLOAT) {
    Value r = float_binop(vm, bop, a.u.f, b.u.f);
    if (!v_isnull(r) || vm->exc.tag != T_NULL) return r;
    return unsupported(vm, bop, inplace, a, b);
  }
  if (is_num(a) && is_num(b)) {
    if (a.tag != T_FLOAT && b.tag != T_FLOAT) {
      if (a.tag == T_BOOL && b.tag == T_BOOL && (bop == B_AND || bop == B_OR || bop == B_XOR))
        return v_bool(bop == B_AND ? (a.u.i & b.u.i) : bop == B_OR ? (a.u.i | b.u.i)
                                                                    : (a.u.i ^ b.u.i));
      return int_binop(vm, bop, a.u.i, b.u.i);
    }
    Value r = float_binop(vm, bop, num_as_double(a), num_as_double(b));
    if (!v_isnull(r) || vm->exc.tag != T_NULL) return r;
    return unsupported(vm, bop, inplace, a, b);
  }
  return binop_slow(vm, op, bop, inplace, a, b);
}

/* ---- unary ------------------------------------------------------------------ */

Value vm_unop(VM *vm, Opcode op, Value a) {
  switch (op) {
  case OP_UNARY_NOT: {
    int t = vm_truthy(vm, a);
    if (t < 0) return v_null();
    return v_bool(!t);
  }
  case OP_UNARY_CONVERT: {
    Str *s = vm_repr(vm, a);
    return s ? v_obj(s) : v_null();
  }
  case OP_UNARY_NEGATIVE:
    if (is_intlike(a)) {
      if (a.u.i == INT64_MIN) return long_neg(vm, a);
      return v_int(-a.u.i);
    }
    if (a.tag == T_FLOAT) return v_float(-a.u.f);
    if (is_plain_long(vm, a)) return long_neg(vm, a);
    break;
  case OP_UNARY_POSITIVE:
    if (is_intlike(a)) return v_int(a.u.i);
    if (a.tag == T_FLOAT || is_plain_long(vm, a)) return a;
    break;
  case OP_UNARY_INVERT:
    if (is_intlike(a)) return v_int(~a.u.i);
    if (is_plain_long(vm, a)) return long_invert(vm, a);
    break;
  default:
    break;
  }
  Str *name = op == OP_UNARY_NEGATIVE ? vm->s___neg__
            : op == OP_UNARY_POSITIVE ? vm->s___pos__ : vm->s___invert__;
  const char *sym = op == OP_UNARY_NEGATIVE ? "-" : op == OP_UNARY_POSITIVE ? "+" : "~";
  if (is_user_obj(a)) {
    Class *owner;
    Value f = special(vm, a, name, &owner);
    if (!v_isnull(f)) return vm_call_with_self(vm, f, owner, a, 0, NULL);
  }
  return vm_raise(vm, vm->exc_TypeError, "bad operand type for unary %s: '%s'", sym,
                  vm_type_name(vm, a));
}

/* ---- comparison -------------------------------------------------------------- */

static inline bool cmp_apply(CmpOp op, int c) {
  switch (op) {
  case CMP_LT: return c < 0;
  case CMP_LE: return c <= 0;
  case CMP_EQ: return c == 0;
  case CMP_NE: return c != 0;
  case CMP_GT: return c > 0;
  case CMP_GE: return c >= 0;
  default: return false;
  }
}

/* Exact three-way comparison of an int with a non-NaN double. */
static int cmp_int_double(int64_t i, double d) {
  if (d >= 9223372036854775808.0) return -1;
  if (d < -9223372036854775808.0) return 1;
  double di = (double)i;
  if (di < d) return -1;
  if (di > d) return 1;
  /* di == d: d is integral and in range (di is an integer-valued double). */
  if (d == 9223372036854775808.0) return -1;
  int64_t j = (int64_t)d;
  return i < j ? -1 : i > j ? 1 : 0;
}

/* Numbers: ints, bools, floats in any mix. */
static bool num_compare(CmpOp op, Value a, Value b) {
  if (a.tag != T_FLOAT && b.tag != T_FLOAT) {
    int64_t x = a.u.i, y = b.u.i;
    return cmp_apply(op, x < y ? -1 : x > y);
  }
  if (a.tag == T_FLOAT && b.tag == T_FLOAT) {
    double x = a.u.f, y = b.u.f;
    switch (op) {
    case CMP_LT: return x < y;
    case CMP_LE: return x <= y;
    case CMP_EQ: return x == y;
    case CMP_NE: return x != y;
    case CMP_GT: return x > y;
    case CMP_GE: return x >= y;
    default: return false;
    }
  }
  if (a.tag == T_FLOAT) {
    if (isnan(a.u.f)) return op == CMP_NE;
    return cmp_apply(op, -cmp_int_double(b.u.i, a.u.f));
  }
  if (isnan(b.u.f)) return op == CMP_NE;
  return cmp_apply(op, cmp_int_double(a.u.i, b.u.f));
}

static int num_cmp3(Value a, Value b) {
  if (a.tag != T_FLOAT && b.tag != T_FLOAT) return a.u.i < b.u.i ? -1 : a.u.i > b.u.i;
  if (a.tag == T_FLOAT && b.tag == T_FLOAT)
    return a.u.f < b.u.f ? -1 : a.u.f > b.u.f ? 1 : a.u.f == b.u.f ? 0 : -1;
  if (a.tag == T_FLOAT) return isnan(a.u.f) ? -1 : -cmp_int_double(b.u.i, a.u.f);
  return isnan(b.u.f) ? -1 : cmp_int_double(a.u.i, b.u.f);
}

/* Numbers where one is a long: three-way, *nan set when a float is NaN. */
static int long_num_cmp3(Value a, Value b, bool *nan) {
  *nan = false;
  if (a.tag == T_FLOAT) {
    if (isnan(a.u.f)) { *nan = true; return -1; }
    return -long_cmp_double(b, a.u.f);
  }
  if (b.tag == T_FLOAT) {
    if (isnan(b.u.f)) { *nan = true; return -1; }
    return long_cmp_double(a, b.u.f);
  }
  return long_cmp(a, b);
}

/* Both plain numbers and at least one a long. */
static inline bool long_pair(VM *vm, Value a, Value b) {
  return (is_plain_long(vm, a) && (is_num(b) || is_plain_long(vm, b))) ||
         (is_plain_long(vm, b) && is_num(a));
}

static const CmpOp cmp_swapped[6] = { CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE };

static Str *rich_name(VM *vm, CmpOp op) {
  switch (op) {
  case CMP_LT: return vm->s___lt__;
  case CMP_LE: return vm->s___le__;
  case CMP_EQ: return vm->s___eq__;
  case CMP_NE: return vm->s___ne__;
  case CMP_GT: return vm->s___gt__;
  default: return vm->s___ge__;
  }
}

/* Rich comparison through user methods; T_NULL without an exception when
** nobody implemented it. */
static Value user_richcmp(VM *vm, CmpOp op, Value a, Value b) {
  Class *ca = vm_class_of(vm, a), *cb = vm_class_of(vm, b);
  Class *oa = NULL, *ob = NULL;
  Value r;
  bool try_b = is_user_obj(b);
  if (try_b && ca != cb && class_is_subclass(cb, ca)) {
    Value fb = special(vm, b, rich_name(vm, cmp_swapped[op]), &ob);
    if (!v_isnull(fb)) {
      r = vm_call_with_self(vm, fb, ob, b, 1, &a);
      if (v_isnull(r) || !is_notimpl(vm, r)) return r;
    }
    try_b = false;
  }
  if (is_user_obj(a)) {
    Value fa = special(vm, a, rich_name(vm, op), &oa);
    if (!v_isnull(fa)) {
      r = vm_call_with_self(vm, fa, oa, a, 1, &b);
      if (v_isnull(r) || !is_notimpl(vm, r)) return r;
    }
  }
  if (try_b) {
    Value fb = special(vm, b, rich_name(vm, cmp_swapped[op]), &ob);
    if (!v_isnull(fb)) {
      r = vm_call_with_self(vm, fb, ob, b, 1, &a);
      if (v_isnull(r) || !is_notimpl(vm, r)) return r;
    }
  }
  return v_null();
}

/* __cmp__: 0 and *out set, 1 when nobody defines it, -1 raised. */
static int user_cmp3(VM *vm, Value a, Value b, int *out) {
  for (int side = 0; side < 2; side++) {
    Value self = side ? b : a, other = side ? a : b;
    if (!is_user_obj(self)) continue;
    Class *owner;
    Value f = special(vm, self, vm->s___cmp__, &owner);
    if (v_isnull(f)) continue;
    Value r = vm_call_with_self(vm, f, owner, self, 1, &other);
    if (v_isnull(r)) return -1;
    if (is_notimpl(vm, r)) continue;
    if (!is_intlike(r)) {
      vm_raise(vm, vm->exc_TypeError, "comparison did not return an int");
      return -1;
    }
    int c = r.u.i < 0 ? -1 : r.u.i > 0;
    *out = side ? -c : c;
    return 0;
  }
  return 1;
}

static bool is_number_for_order(VM *vm, Value v) {
  if (is_num(v) || v.tag == T_LONG) return true;
  if (is_user_inst(v)) {
    Class *c = v.u.o->cls;
    return !v_isnull(class_lookup(vm, c, vm->s___int__)) ||
           !v_isnull(class_lookup(vm, c, vm->s___float__));
  }
  return false;
}

/* CPython 2's default_3way_compare: identity/address within a type, None
** first, then numbers, then other types by type name, then type address. */
static int default_cmp3(VM *vm, Value a, Value b) {
  Class *ca = vm_class_of(vm, a), *cb = vm_class_of(vm, b);
  if (ca == cb) {
    if (a.tag < T_FIRSTOBJ || b.tag < T_FIRSTOBJ) {
      if (a.tag != b.tag) return a.tag < b.tag ? -1 : 1;
      return a.u.i < b.u.i ? -1 : a.u.i > b.u.i;
    }
    uintptr_t x = (uintptr_t)a.u.o, y = (uintptr_t)b.u.o;
    return x < y ? -1 : x > y;
  }
  if (a.tag == T_NONE) return -1;
  if (b.tag == T_NONE) return 1;
  const char *na = is_number_for_order(vm, a) ? "" : ca->name->data;
  const char *nb = is_number_for_order(vm, b) ? "" : cb->name->data;
  int c = strcmp(na, nb);
  if (c) return c < 0 ? -1 : 1;
  return (uintptr_t)ca < (uintptr_t)cb ? -1 : 1;
}

/* Builtin rich comparisons of the same kind of container; T_NULL without an
** exception when the pair has none (NotImplemented). */
static Value builtin_richcmp(VM *vm, CmpOp op, Value a, Value b) {
  switch (a.tag) {
  case T_STR:
    if (b.tag == T_STR) {
      if (op == CMP_EQ || op == CMP_NE)
        return v_bool(str_eq(AS_STR(a), AS_STR(b)) == (op == CMP_EQ));
      return v_bool(cmp_apply(op, str_cmp(AS_STR(a), AS_STR(b))));
    }
    break;
  case T_LIST:
    if (b.tag == T_LIST)
      return seq_richcompare(vm, AS_LIST(a)->items, AS_LIST(a)->len, AS_LIST(b)->items,
                             AS_LIST(b)->len, op);
    break;
  case T_TUPLE:
    if (b.tag == T_TUPLE)
      return seq_richcompare(vm, AS_TUPLE(a)->items, AS_TUPLE(a)->len, AS_TUPLE(b)->items,
                             AS_TUPLE(b)->len, op);
    break;
  case T_DICT:
    if (b.tag == T_DICT) {
      if (op == CMP_EQ || op == CMP_NE) {
        int e = dict_eq(vm, AS_DICT(a), AS_DICT(b));
        if (e < 0) return v_null();
        return v_bool((e == 1) == (op == CMP_EQ));
      }
      int c;
      if (dict_cmp3(vm, AS_DICT(a), AS_DICT(b), &c) < 0) return v_null();
      return v_bool(cmp_apply(op, c));
    }
    break;
  case T_SET: case T_FROZENSET:
    if (v_isanyset(b)) return set_richcompare(vm, AS_SET(a), b, op);
    break;
  case T_BOUND:
    if (b.tag == T_BOUND && (op == CMP_EQ || op == CMP_NE)) {
      Bound *x = (Bound *)a.u.o, *y = (Bound *)b.u.o;
      bool eq = v_same(x->self, y->self) && v_same(x->func, y->func);
      return v_bool(eq == (op == CMP_EQ));
    }
    break;
  case T_LONG:
    if (is_numeric(b)) {
      bool nan;
      int c = long_num_cmp3(a, b, &nan);
      return v_bool(nan ? op == CMP_NE : cmp_apply(op, c));
    }
    break;
  default:
    break;
  }
  return v_null();
}

static Value richcmp_slow_impl(VM *vm, CmpOp op, Value a, Value b);

/* PyObject_RichCompare's recursion level (interpreter area: vm_rec_enter). */
static Value richcmp_slow(VM *vm, CmpOp op, Value a, Value b) {
  if (!vm_rec_enter(vm, 1, " in cmp")) return v_null();
  Value r = richcmp_slow_impl(vm, op, a, b);
  vm_rec_leave(vm, 1);
  return r;
}

static Value richcmp_slow_impl(VM *vm, CmpOp op, Value a, Value b) {
  Value r;
  if (is_user_obj(a) || is_user_obj(b)) {
    r = user_richcmp(vm, op, a, b);
    if (!v_isnull(r) || vm->exc.tag != T_NULL) return r;
    int c;
    int k = user_cmp3(vm, a, b, &c);
    if (k < 0) return v_null();
    if (k == 0) return v_bool(cmp_apply(op, c));
    if (a.tag != T_INSTANCE && b.tag != T_INSTANCE) {  /* e.g. a list subclass */
      r = builtin_richcmp(vm, op, a, b);
      if (!v_isnull(r) || vm->exc.tag != T_NULL) return r;
    }
  } else {
    r = builtin_richcmp(vm, op, a, b);
    if (!v_isnull(r) || vm->exc.tag != T_NULL) return r;
  }
  return v_bool(cmp_apply(op, default_cmp3(vm, a, b)));
}

Value vm_compare(VM *vm, CmpOp op, Value a, Value b) {
  if (a.tag == T_INT && b.tag == T_INT) {
    int64_t x = a.u.i, y = b.u.i;
    switch (op) {
    case CMP_LT: return v_bool(x < y);
    case CMP_LE: return v_bool(x <= y);
    case CMP_EQ: return v_bool(x == y);
    case CMP_NE: return v_bool(x != y);
    case CMP_GT: return v_bool(x > y);
    case CMP_GE: return v_bool(x >= y);
    default: break;
    }
  }
  switch (op) {
  case CMP_IS: return v_bool(v_same(a, b));
  case CMP_IS_NOT: return v_bool(!v_same(a, b));
  case CMP_IN: case CMP_NOT_IN: {
    int c = vm_contains(vm, b, a);
    if (c < 0) return v_null();
    return v_bool((c == 1) == (op == CMP_IN));
  }
  default: break;
  }
  if (is_num(a) && is_num(b)) return v_bool(num_compare(op, a, b));
  if (long_pair(vm, a, b)) {
    bool nan;
    int c = long_num_cmp3(a, b, &nan);
    if (nan) return v_bool(op == CMP_NE);
    return v_bool(cmp_apply(op, c));
  }
  if (a.tag == T_STR && b.tag == T_STR) {
    if (op == CMP_EQ) return v_bool(str_eq(AS_STR(a), AS_STR(b)));
    if (op == CMP_NE) return v_bool(!str_eq(AS_STR(a), AS_STR(b)));
    return v_bool(cmp_apply(op, str_cmp(AS_STR(a), AS_STR(b))));
  }
  return richcmp_slow(vm, op, a, b);
}

int vm_equal(VM *vm, Value a, Value b) {
  if (v_same(a, b)) return 1;
  if (a.tag == T_INT && b.tag == T_INT) return 0;
  if (is_num(a) && is_num(b)) return num_compare(CMP_EQ, a, b);
  if (a.tag == T_STR && b.tag == T_STR) return str_eq(AS_STR(a), AS_STR(b));
  if (a.tag < T_FIRSTOBJ && b.tag < T_FIRSTOBJ) return 0;  /* None vs numbers */
  Value r = vm_compare(vm, CMP_EQ, a, b);
  if (v_isnull(r)) return -1;
  if (r.tag == T_BOOL) return (int)r.u.i;
  return vm_truthy(vm, r);
}

/* Rich comparison via user methods as a three-way result (CPython's
** try_rich_to_3way_compare): 0 set, 1 not decided, -1 raised. */
static int user_rich3(VM *vm, Value a, Value b, int *out) {
  static const CmpOp tries[3] = { CMP_EQ, CMP_LT, CMP_GT };
  static const int res[3] = { 0, -1, 1 };
  for (int i = 0; i < 3; i++) {
    Value r = user_richcmp(vm, tries[i], a, b);
    if (v_isnull(r)) {
      if (vm->exc.tag != T_NULL) return -1;
      continue;
    }
    int t = vm_truthy(vm, r);
    if (t < 0) return -1;
    if (t) { *out = res[i]; return 0; }
  }
  return 1;
}

int vm_cmp(VM *vm, Value a, Value b, int *out) {
  if (is_num(a) && is_num(b)) { *out = num_cmp3(a, b); return 0; }
  if (long_pair(vm, a, b)) { bool nan; *out = long_num_cmp3(a, b, &nan); return 0; }
  switch (a.tag) {
  case T_STR:
    if (b.tag == T_STR) { int c = str_cmp(AS_STR(a), AS_STR(b)); *out = c < 0 ? -1 : c > 0; return 0; }
    break;
  case T_LIST:
    if (b.tag == T_LIST)
      return seq_cmp3(vm, AS_LIST(a)->items, AS_LIST(a)->len, AS_LIST(b)->items,
                      AS_LIST(b)->len, out);
    break;
  case T_TUPLE:
    if (b.tag == T_TUPLE)
      return seq_cmp3(vm, AS_TUPLE(a)->items, AS_TUPLE(a)->len, AS_TUPLE(b)->items,
                      AS_TUPLE(b)->len, out);
    break;
  case T_DICT:
    if (b.tag == T_DICT) return dict_cmp3(vm, AS_DICT(a), AS_DICT(b), out);
    break;
  case T_SET: case T_FROZENSET:
    if (v_isanyset(b)) {
      vm_raise(vm, vm->exc_TypeError, "cannot compare sets using cmp()");
      return -1;
    }
    break;
  default:
    break;
  }
  if (is_user_obj(a) || is_user_obj(b)) {
    int k = user_rich3(vm, a, b, out);
    if (k <= 0) return k;
    k = user_cmp3(vm, a, b, out);
    if (k <= 0) return k;
  }
  *out = default_cmp3(vm, a, b);
  return 0;
}

/* ---- truth, hash -------------------------------------------------------------- */

int vm_truthy(VM *vm, Value v) {
  if (v.tag >= T_FIRSTOBJ && v.tag <= T_FROZENSET && v.u.o->cls != vm->cls[v.tag] &&
      !(v.u.o->cls->h.flags & CLS_BUILTIN)) {
    /* str/long/tuple/list/dict/set of a user subclass: its __nonzero__ / __len__ */
    Class *owner;
    Value f = special(vm, v, vm->s___nonzero__, &owner);
    if (!v_isnull(f) && !(owner->h.flags & CLS_BUILTIN)) goto user;
    f = special(vm, v, vm->s___len__, &owner);
    if (!v_isnull(f) && !(owner->h.flags & CLS_BUILTIN)) goto user;
  }
  switch (v.tag) {
  case T_BOOL: case T_INT: return v.u.i != 0;
  case T_NONE: return 0;
  case T_FLOAT: return v.u.f != 0.0;
  case T_STR: return AS_STR(v)->len != 0;
  case T_LIST: return AS_LIST(v)->len != 0;
  case T_TUPLE: return AS_TUPLE(v)->len != 0;
  case T_DICT: return AS_DICT(v)->used != 0;
  case T_SET: case T_FROZENSET: return AS_SET(v)->used != 0;
  case T_XRANGE: return ((XRange *)v.u.o)->len != 0;
  case T_LONG:
    if (is_plain_long(vm, v)) return long_sign(AS_LONG(v)) != 0;
    /* fall through */
  case T_INSTANCE: user: {
    if (is_notimpl(vm, v)) return 1;
    Class *owner;
    Value f = special(vm, v, vm->s___nonzero__, &owner);
    if (!v_isnull(f)) {
      Value r = vm_call_with_self(vm, f, owner, v, 0, NULL);
      if (v_isnull(r)) return -1;
      if (!is_intlike(r)) {
        vm_raise(vm, vm->exc_TypeError, "__nonzero__ should return bool or int, returned %s",
                 vm_type_name(vm, r));
        return -1;
      }
      return r.u.i != 0;
    }
    f = special(vm, v, vm->s___len__, &owner);
    if (!v_isnull(f)) {
      int64_t n;
      if (!vm_len(vm, v, &n)) return -1;
      return n != 0;
    }
    return 1;
  }
  default:
    return 1;
  }
}

static inline int64_t ptr_hash(const void *p) {
  uint64_t y = (uint64_t)(uintptr_t)p;
  y = (y >> 4) | (y << 60);
  return int_hash((int64_t)y);
}

static bool unhashable(VM *vm, Value v) {
  vm_raise(vm, vm->exc_TypeError, "unhashable type: '%s'", vm_type_name(vm, v));
  return false;
}

bool vm_hash(VM *vm, Value v, int64_t *out) {
  switch (v.tag) {
  case T_INT: case T_BOOL: *out = int_hash(v.u.i); return true;
  case T_FLOAT: *out = float_hash(v.u.f); return true;
  case T_STR: *out = str_hash(AS_STR(v)); return true;
  case T_NONE: *out = 0x5f3759df; return true;
  case T_TUPLE: return tuple_hash(vm, AS_TUPLE(v), out);
  case T_FROZENSET: return frozenset_hash(vm, AS_SET(v), out);
  case T_LONG:
    if (!is_plain_long(vm, v)) goto user;
    *out = long_hash(AS_LONG(v));
    return true;
  case T_LIST: case T_DICT: case T_SET: case T_SLICE: return unhashable(vm, v);
  case T_INSTANCE: user: {
    Class *owner;
    Value f = special(vm, v, vm->s___hash__, &owner);
    if (v_isnull(f) || (f.tag == T_CFUNC && owner == vm->cls_object)) break;
    if (f.tag == T_NONE) return unhashable(vm, v);
    Value r = vm_call_with_self(vm, f, owner, v, 0, NULL);
    if (v_isnull(r)) return false;
    if (is_intlike(r)) { *out = int_hash(r.u.i); return true; }
    if (r.tag == T_FLOAT) { *out = float_hash(r.u.f); return true; }
    if (r.tag == T_LONG) { *out = long_hash(AS_LONG(r)); return true; }
    vm_raise(vm, vm->exc_TypeError, "an integer is required");
    return false;
  }
  default:
    break;
  }
  if (v.tag < T_FIRSTOBJ) { *out = int_hash(v.u.i); return true; }
  *out = ptr_hash(v.u.o);
  return true;
}

/* ---- str / repr ------------------------------------------------------------------ */

static Str *cstr(VM *vm, const char *s) { return str_new(vm, s, strlen(s)); }

static Str *int_str(VM *vm, int64_t i) {
  if (i >= 0 && i < 10 && vm->char_str['0' + i]) return vm->char_str['0' + i];
  char buf[24];
  char *p = buf + sizeof buf;
  uint64_t u = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
  do { *--p = (char)('0' + u % 10); u /= 10; } while (u);
  if (i < 0) *--p = '-';
  return str_new(vm, p, (size_t)(buf + sizeof buf - p));
}

/* "__main__.C" for user classes, "int" for builtins. */
static Str *qualname(VM *vm, Class *c) {
  if (c->module && strcmp(c->module->data, "__builtin__") != 0)
    return str_printf(vm, "%S.%S", c->module, c->name);
  return c->name;
}

Str *vm_default_repr(VM *vm, Value v) {
  Class *c = vm_class_of(vm, v);
  Str *q = qualname(vm, c);
  if (!q) return NULL;
  if (v.tag < T_FIRSTOBJ) return str_printf(vm, "<%S object>", q);
  if (c->h.flags & CLS_CLASSIC)   /* old-style class (interpreter area, vm.h) */
    return str_printf(vm, "<%S instance at %p>", q, (void *)v.u.o);
  return str_printf(vm, "<%S object at %p>", q, (void *)v.u.o);
}

static Str *class_repr(VM *vm, Class *c) {
  bool builtin = (c->h.flags & CLS_BUILTIN) != 0;
  if (c->module && strcmp(c->module->data, "__builtin__") != 0)
    return str_printf(vm, builtin ? "<type '%S.%S'>" : "<class '%S.%S'>", c->module, c->name);
  return str_printf(vm, builtin ? "<type '%S'>" : "<class '%S'>", c->name);
}

static Str *func_name_of(VM *vm, Value f) {
  if (f.tag == T_FUNC) return AS_FUNC(f)->name;
  if (f.tag == T_CFUNC) return AS_CFUNC(f)->name;
  Value n = vm_getattr_opt(vm, f, vm->s___name__);
  if (n.tag == T_STR) return AS_STR(n);
  vm_exc_clear(vm);
  return str_intern_cstr(vm, "?");
}

static Str *check_str_result(VM *vm, Value r, const char *which) {
  if (v_isnull(r)) return NULL;
  if (r.tag != T_STR) {
    vm_raise(vm, vm->exc_TypeError, "%s returned non-string (type %s)", which,
             vm_type_name(vm, r));
    return NULL;
  }
  return AS_STR(r);
}

/* Call a user-level __repr__/__str__ found on v's class (T_NULL: none). */
static Str *call_special_str(VM *vm, Value v, Str *name, Value deflt, const char *which,
                             bool *found) {
  Class *owner;
  Value f = class_lookup_owner(vm, vm_class_of(vm, v), name, &owner);
  *found = false;
  if (v_isnull(f) || v_same(f, deflt)) return NULL;
  *found = true;
  return check_str_result(vm, vm_call_with_self(vm, f, owner, v, 0, NULL), which);
}

static Str *repr_impl(VM *vm, Value v);

/* A builtin-kind object of a user subclass (or a class of a user metaclass)
** whose class defines name itself: call it (*called set). */
static Str *sub_override(VM *vm, Value v, Str *name, const char *which, bool *called) {
  *called = false;
  if (v.tag < T_FIRSTOBJ || v.tag == T_INSTANCE || (v.u.o->cls->h.flags & CLS_BUILTIN))
    return NULL;
  Class *owner;
  Value f = class_lookup_owner(vm, v.u.o->cls, name, &owner);
  if (v_isnull(f) || !owner || (owner->h.flags & CLS_BUILTIN)) return NULL;
  *called = true;
  return check_str_result(vm, vm_call_with_self(vm, f, owner, v, 0, NULL), which);
}

/* PyObject_Repr's recursion level (interpreter area: vm_rec_enter). */
Str *vm_repr(VM *vm, Value v) {
  if (v.tag < T_FIRSTOBJ || v.tag == T_STR) return repr_impl(vm, v);
  if (!vm_rec_enter(vm, 1, " while getting the repr of an object")) return NULL;
  Str *s = repr_impl(vm, v);
  vm_rec_leave(vm, 1);
  return s;
}

static Str *repr_impl(VM *vm, Value v) {
  char buf[64];
  if (v.tag >= T_FIRSTOBJ && v.tag != T_INSTANCE && !(v.u.o->cls->h.flags & CLS_BUILTIN)) {
    bool called;
    Str *s = sub_override(vm, v, vm->s___repr__, "__repr__", &called);
    if (called) return s;
  }
  switch (v.tag) {
  case T_LONG: return long_repr(vm, AS_LONG(v));
  case T_NONE: return cstr(vm, "None");
  case T_BOOL: return cstr(vm, v.u.i ? "True" : "False");
  case T_INT: return int_str(vm, v.u.i);
  case T_FLOAT: float_repr(v.u.f, buf); return cstr(vm, buf);
  case T_STR: return str_repr(vm, AS_STR(v));
  case T_LIST: return list_repr(vm, AS_LIST(v));
  case T_TUPLE: return tuple_repr(vm, AS_TUPLE(v));
  case T_DICT: return dict_repr(vm, AS_DICT(v));
  case T_SET: case T_FROZENSET: return set_repr(vm, AS_SET(v));
  case T_CLASS: return class_repr(vm, AS_CLASS(v));
  case T_FUNC:
    return str_printf(vm, "<function %S at %p>", AS_FUNC(v)->name, (void *)v.u.o);
  case T_CFUNC: {
    CFunc *f = AS_CFUNC(v);
    const char *nm = f->name->data;
    size_t nl = (size_t)f->name->len;
    bool dunder = nl > 4 && nm[0] == '_' && nm[1] == '_' && nm[nl - 1] == '_' &&
                  nm[nl - 2] == '_';
    if ((v.u.o->flags & CFUNC_METHOD) && f->data.tag == T_CLASS) {
      if (v_isnull(f->self))
        return str_printf(vm, dunder ? "<slot wrapper '%S' of '%S' objects>"
                                     : "<method '%S' of '%S' objects>",
                          f->name, AS_CLASS(f->data)->name);
      if (dunder) {
        if (f->self.tag < T_FIRSTOBJ)
          return str_printf(vm, "<method-wrapper '%S' of %s object>", f->name,
                            vm_type_name(vm, f->self));
        return str_printf(vm, "<method-wrapper '%S' of %s object at %p>", f->name,
                          vm_type_name(vm, f->self), (void *)f->self.u.o);
      }
    }
    if (v_isnull(f->self) || f->self.tag == T_MODULE || f->self.tag == T_NATIVE)
      return str_printf(vm, "<built-in function %S>", f->name);
    if (f->self.tag == T_CLASS)
      return str_printf(vm, "<built-in method %S of type object at %p>", f->name,
                        (void *)f->self.u.o);
    if (f->self.tag < T_FIRSTOBJ)
      return str_printf(vm, "<built-in method %S of %s object>", f->name,
                        vm_type_name(vm, f->self));
    return str_printf(vm, "<built-in method %S of %s object at %p>", f->name,
                      vm_type_name(vm, f->self), (void *)f->self.u.o);
  }
  case T_BOUND: {
    Bound *b = (Bound *)v.u.o;
    if (v_isnull(b->self))
      return str_printf(vm, "<unbound method %S.%S>", vm_unbound_class(v)->name,
                        func_name_of(vm, b->func));
    Str *sr = vm_repr(vm, b->self);
    if (!sr) return NULL;
    return str_printf(vm, "<bound method %S.%S of %S>", vm_class_of(vm, b->self)->name,
                      func_name_of(vm, b->func), sr);
  }
  case T_MODULE: {
    Module *m = AS_MODULE(v);
    if (m->file) return str_printf(vm, "<module '%S' from '%S'>", m->name, m->file);
    return str_printf(vm, "<module '%S' (built-in)>", m->name);
  }
  case T_XRANGE: {
    XRange *r = (XRange *)v.u.o;
    int64_t stop = r->start + r->len * r->step;
    if (r->start == 0 && r->step == 1)
      return str_printf(vm, "xrange(%lld)", (long long)stop);
    if (r->step == 1)
      return str_printf(vm, "xrange(%lld, %lld)", (long long)r->start, (long long)stop);
    return str_printf(vm, "xrange(%lld, %lld, %lld)", (long long)r->start, (long long)stop,
                      (long long)r->step);
  }
  case T_SLICE: {
    Slice *s = (Slice *)v.u.o;
    return str_printf(vm, "slice(%R, %R, %R)", &s->start, &s->stop, &s->step);
  }
  case T_CODE: {
    Code *c = AS_CODE(v);
    return str_printf(vm, "<code object %S at %p, file \"%S\", line %d>", c->name,
                      (void *)c, c->filename, (int)c->firstline);
  }
  case T_CELL: {
    Cell *c = (Cell *)v.u.o;
    if (v_isnull(c->v)) return str_printf(vm, "<cell at %p: empty>", (void *)c);
    if (c->v.tag < T_FIRSTOBJ)
      return str_printf(vm, "<cell at %p: %s object>", (void *)c, vm_type_name(vm, c->v));
    return str_printf(vm, "<cell at %p: %s object at %p>", (void *)c,
                      vm_type_name(vm, c->v), (void *)c->v.u.o);
  }
  default: {
    bool found;
    Str *s = call_special_str(vm, v, vm->s___repr__, vm->obj_repr_fn, "__repr__", &found);
    if (found) return s;
    return vm_default_repr(vm, v);
  }
  }
}

Str *vm_str(VM *vm, Value v) {
  char buf[64];
  if (v.tag >= T_FIRSTOBJ && v.tag != T_INSTANCE && !(v.u.o->cls->h.flags & CLS_BUILTIN)) {
    bool called;
    Str *s = sub_override(vm, v, vm->s___str__, "__str__", &called);
    if (called) return s;
    if (v.tag == T_STR) return str_new(vm, AS_STR(v)->data, (size_t)AS_STR(v)->len);
    if (v.tag == T_LONG) return long_str(vm, AS_LONG(v));
    return vm_repr(vm, v);
  }
  switch (v.tag) {
  case T_STR: return AS_STR(v);
  case T_LONG: return long_str(vm, AS_LONG(v));
  case T_INT: return int_str(vm, v.u.i);
  case T_FLOAT: float_str(v.u.f, buf); return cstr(vm, buf);
  case T_NONE: case T_BOOL: case T_LIST: case T_TUPLE: case T_DICT: case T_SET:
  case T_FROZENSET: case T_CLASS: case T_FUNC: case T_CFUNC: case T_BOUND: case T_MODULE:
  case T_XRANGE: case T_SLICE: case T_CODE: case T_CELL:
    return vm_repr(vm, v);
  default: {
    /* PyObject_Str's recursion level (interpreter area: vm_rec_enter) */
    if (!vm_rec_enter(vm, 1, " while getting the str of an object")) return NULL;
    bool found;
    Str *s = call_special_str(vm, v, vm->s___str__, vm->obj_str_fn, "__str__", &found);
    if (!found) s = repr_impl(vm, v);
    vm_rec_leave(vm, 1);
    return s;
  }
  }
}

/* ---- type queries ------------------------------------------------------------- */

const char *vm_type_name(VM *vm, Value v) {
  Class *c = vm_class_of(vm, v);
  return c && c->name ? c->name->data : "?";
}

bool vm_isinstance(VM *vm, Value v, Class *cls) {
  Class *c = vm_class_of(vm, v);
  return c == cls || class_is_subclass(c, cls);
}
