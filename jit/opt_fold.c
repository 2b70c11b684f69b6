/*
** opt_fold.c: the emitting front door of the trace optimizer (LuaJIT's
** lj_opt_fold.c, much simplified): every instruction the recorder (and the
** loop peeler) emits goes through opt_emit(), which
**
**   1. normalises (constants to the right of commutative ops, fixed result
**      types, object kinds),
**   2. folds constants (ints with wrap-around or, for _OVF ops, only when the
**      result does not overflow; Python // and %; IEEE floats),
**   3. simplifies algebra (x+0, x*1, x-x, x&x, double negation, comparisons of
**      a ref with itself, inverted comparisons under BOOL_NOT, GUARD_TRUE of
**      BOOL_NOT, UNBOX(BOX(x)), BOX(UNBOX(v)), guards on constants or typed
**      values, ...),
**   4. hands memory operations and memory-dependent guards to opt_mem.c
**      (store-to-load forwarding, load CSE, known maps / classes),
**   5. CSEs pure instructions, _OVF arithmetic, CARG cells, UNBOX and
**      SLOAD, and drops guards identical to an earlier one,
**   6. appends what is left with ir_emit_raw(), giving guards (and JUMP) the
**      current snapshot t->nsnap - 1.
**
** Dropped guards and statements return IRREF_NONE. Rules rewrite the OptIns
** and return OPT_RETRY to run the rules again on the new instruction.
**
** Why CSE across a peeled loop is sound (opt_loop.c relies on it): a copied
** instruction that CSEs to a preamble ref r makes the body use r; r gets
** PHI(r, copy of r), so at iteration n it holds what the copy of r computed in
** iteration n-1, which is what the copied instruction would compute in
** iteration n (same expression on the values of one iteration later). The
** same argument covers guards: a copied guard identical to a preamble guard
** was checked one iteration earlier by the copy of that preamble guard.
*/
#include <math.h>
#include <string.h>
#include "opt.h"

#define OPT_RETRY (INT32_MIN + 1)

/* ---- small helpers ------------------------------------------------------------ */

static inline bool isk(IRRef r) { return ir_isk(r); }
static inline bool isins(IRRef r) { return r > 0; }

static inline IRConst *K(Trace *t, IRRef r) { return ir_k(&t->ir, r); }
static inline IRIns *I(Trace *t, IRRef r) { return ir_ins(&t->ir, r); }

static inline bool kisint(Trace *t, IRRef r) {
  return isk(r) && (K(t, r)->t == IRT_INT || K(t, r)->t == IRT_BOOL);
}
static inline bool kisfloat(Trace *t, IRRef r) { return isk(r) && K(t, r)->t == IRT_FLOAT; }
static inline int64_t kint(Trace *t, IRRef r) { return K(t, r)->u.i; }
static inline double kfloat(Trace *t, IRRef r) { return K(t, r)->u.f; }

static inline bool is_ovf(IROp op) {
  return op == IR_INT_ADD_OVF || op == IR_INT_SUB_OVF || op == IR_INT_MUL_OVF ||
         op == IR_INT_NEG_OVF || op == IR_INT_LSHIFT_OVF;
}

static inline IROp insop(Trace *t, IRRef r) { return isins(r) ? (IROp)I(t, r)->op : IR_NOP; }

uint8_t opt_kind(Trace *t, IRRef r) {
  if (r == IRREF_NONE) return 0;
  return isk(r) ? K(t, r)->kind : I(t, r)->kind;
}

uint8_t opt_tag_of(Trace *t, IRRef r) {
  switch (ir_type(&t->ir, r)) {
  case IRT_NONE: return T_NONE;
  case IRT_BOOL: return T_BOOL;
  case IRT_INT: return T_INT;
  case IRT_FLOAT: return T_FLOAT;
  case IRT_OBJ: return opt_kind(t, r);
  default: return T_NULL;
  }
}

bool opt_is_load(IROp op) {
  return op == IR_GETFIELD || op == IR_GETSLOT || op == IR_GETITEM ||
         op == IR_GETDICTENTRY || op == IR_VMFIELD;
}

void opt_rechain(Trace *t) {
  IRBuf *ir = &t->ir;
  for (int i = 0; i < IR__COUNT; i++) ir->chain[i] = 0;
  for (IRRef r = 1; r < ir->nins; r++) {
    IRIns *ins = ir_ins(ir, r);
    ins->prev = ir->chain[ins->op];
    ir->chain[ins->op] = r;
  }
}

/* Comparison inverses (for BOOL_NOT(cmp)); ints only: float compares are not
** invertible because of NaN. */
static IROp int_cmp_invert(IROp op) {
  switch (op) {
  case IR_INT_LT: return IR_INT_GE;
  case IR_INT_LE: return IR_INT_GT;
  case IR_INT_GT: return IR_INT_LE;
  case IR_INT_GE: return IR_INT_LT;
  case IR_INT_EQ: return IR_INT_NE;
  case IR_INT_NE: return IR_INT_EQ;
  case IR_PTR_EQ: return IR_PTR_NE;
  case IR_PTR_NE: return IR_PTR_EQ;
  default: return IR_NOP;
  }
}

/* ---- constant folding ------------------------------------------------------------ */

/* Python floor division and modulo; false if not foldable. */
static bool py_floordiv(int64_t x, int64_t y, int64_t *r) {
  if (y == 0 || (x == INT64_MIN && y == -1)) return false;
  int64_t q = x / y;
  if ((x % y != 0) && ((x < 0) != (y < 0))) q -= 1;
  *r = q;
  return true;
}

static bool py_mod(int64_t x, int64_t y, int64_t *r) {
  if (y == 0) return false;
  if (y == -1) { *r = 0; return true; }
  int64_t m = x % y;
  if (m != 0 && ((m < 0) != (y < 0))) m += y;
  *r = m;
  return true;
}

/* Fold an int op on constants x (and y). Returns a constant ref or OPT_EMIT. */
static IRRef fold_kint(Trace *t, IROp op, int64_t x, int64_t y) {
  IRBuf *ir = &t->ir;
  int64_t r;
  uint64_t ux = (uint64_t)x, uy = (uint64_t)y;
  switch (op) {
  case IR_INT_ADD: return ir_kint(ir, (int64_t)(ux + uy));
  case IR_INT_SUB: return ir_kint(ir, (int64_t)(ux - uy));
  case IR_INT_MUL: return ir_kint(ir, (int64_t)(ux * uy));
  case IR_INT_NEG: return ir_kint(ir, (int64_t)(0 - ux));
  case IR_INT_ADD_OVF: return __builtin_add_overflow(x, y, &r) ? OPT_EMIT : ir_kint(ir, r);
  case IR_INT_SUB_OVF: return __builtin_sub_overflow(x, y, &r) ? OPT_EMIT : ir_kint(ir, r);
  case IR_INT_MUL_OVF: return __builtin_mul_overflow(x, y, &r) ? OPT_EMIT : ir_kint(ir, r);
  case IR_INT_NEG_OVF: return x == INT64_MIN ? OPT_EMIT : ir_kint(ir, -x);
  case IR_INT_LSHIFT_OVF:
    if (y < 0 || y > 63) return OPT_EMIT;
    r = (int64_t)(ux << y);
    return (r >> y) != x ? OPT_EMIT : ir_kint(ir, r);
  case IR_INT_FLOORDIV: return py_floordiv(x, y, &r) ? ir_kint(ir, r) : OPT_EMIT;
  case IR_INT_MOD: return py_mod(x, y, &r) ? ir_kint(ir, r) : OPT_EMIT;
  case IR_INT_AND: return ir_kint(ir, x & y);
  case IR_INT_OR: return ir_kint(ir, x | y);
  case IR_INT_XOR: return ir_kint(ir, x ^ y);
  case IR_INT_RSHIFT:
    if (y < 0) return OPT_EMIT;
    return ir_kint(ir, y > 63 ? (x < 0 ? -1 : 0) : (x >> y));
  case IR_INT_LT: return ir_kbool(ir, x < y);
  case IR_INT_LE: return ir_kbool(ir, x <= y);
  case IR_INT_EQ: return ir_kbool(ir, x == y);
  case IR_INT_NE: return ir_kbool(ir, x != y);
  case IR_INT_GT: return ir_kbool(ir, x > y);
  case IR_INT_GE: return ir_kbool(ir, x >= y);
  case IR_INT_IS_TRUE: return ir_kbool(ir, x != 0);
  case IR_BOOL_NOT: return ir_kbool(ir, x == 0);
  case IR_CAST_INT_TO_FLOAT: return ir_kfloat(ir, (double)x);
  default: return OPT_EMIT;
  }
}

static IRRef fold_kfloat(Trace *t, IROp op, double x, double y) {
  IRBuf *ir = &t->ir;
  switch (op) {
  case IR_FLOAT_ADD: return ir_kfloat(ir, x + y);
  case IR_FLOAT_SUB: return ir_kfloat(ir, x - y);
  case IR_FLOAT_MUL: return ir_kfloat(ir, x * y);
  case IR_FLOAT_TRUEDIV: return y == 0.0 ? OPT_EMIT : ir_kfloat(ir, x / y);
  case IR_FLOAT_NEG: return ir_kfloat(ir, -x);
  case IR_FLOAT_ABS: return ir_kfloat(ir, fabs(x));
  case IR_FLOAT_LT: return ir_kbool(ir, x < y);
  case IR_FLOAT_LE: return ir_kbool(ir, x <= y);
  case IR_FLOAT_EQ: return ir_kbool(ir, x == y);
  case IR_FLOAT_NE: return ir_kbool(ir, x != y);
  case IR_FLOAT_GT: return ir_kbool(ir, x > y);
  case IR_FLOAT_GE: return ir_kbool(ir, x >= y);
  case IR_FLOAT_IS_TRUE: return ir_kbool(ir, x != 0.0);
  case IR_FLOAT_SQRT: return x < 0.0 ? OPT_EMIT : ir_kfloat(ir, sqrt(x));
  case IR_CAST_FLOAT_TO_INT:
    if (!(x > -9223372036854775808.0 - 1.0 && x < 9223372036854775808.0)) return OPT_EMIT;
    return ir_kint(ir, (int64_t)x);
  default: return OPT_EMIT;
  }
}

static bool is_int_op(IROp op) { return op >= IR_INT_ADD && op <= IR_BOOL_NOT; }
static bool is_float_op(IROp op) { return op >= IR_FLOAT_ADD && op <= IR_FLOAT_SQRT; }
static bool is_unary(IROp op) {
  return op == IR_INT_NEG || op == IR_INT_NEG_OVF || op == IR_INT_IS_TRUE ||
         op == IR_BOOL_NOT || op == IR_FLOAT_NEG || op == IR_FLOAT_ABS ||
         op == IR_FLOAT_IS_TRUE || op == IR_CAST_INT_TO_FLOAT ||
         op == IR_CAST_FLOAT_TO_INT || op == IR_FLOAT_SQRT;
}

/* Is r a fresh allocation of this trace? */
static bool is_alloc(Trace *t, IRRef r) {
  return isins(r) && (ir_op_flags[I(t, r)->op] & IROPF_ALLOC);
}

/* The class of object ref r if known statically, else NULL. */
static Class *known_class(JitState *J, Trace *t, IRRef r) {
  if (isk(r)) {
    IRConst *k = K(t, r);
    return k->t == IRT_OBJ && k->u.p ? ((Obj *)k->u.p)->cls : NULL;
  }
  IRIns *ins = I(t, r);
  switch (ins->op) {
  case IR_NEW_INSTANCE:
    return isk(ins->a) && K(t, ins->a)->t == IRT_OBJ ? (Class *)K(t, ins->a)->u.p : NULL;
  case IR_NEW_TUPLE: return J && J->vm ? J->vm->cls[T_TUPLE] : NULL;
  case IR_NEW_LIST: return J && J->vm ? J->vm->cls[T_LIST] : NULL;
  default: return NULL;
  }
}

/* ---- the rules --------------------------------------------------------------------- */

/* Same value as `x`, type-compatible with the op's int result? */
static inline bool is_int_ref(Trace *t, IRRef x) { return ir_type(&t->ir, x) == IRT_INT; }

static IRRef fold_arith(JitState *J, Trace *t, OptIns *f) {
  IRBuf *ir = &t->ir;
  IROp op = f->op;
  IRRef a = f->a, b = f->b;
  /* Constant folding. */
  if (is_int_op(op) || op == IR_CAST_INT_TO_FLOAT) {
    if (kisint(t, a) && (is_unary(op) || kisint(t, b)))
      return fold_kint(t, op, kint(t, a), is_unary(op) ? 0 : kint(t, b));
  } else if (is_float_op(op)) {
    if (kisfloat(t, a) && (is_unary(op) || kisfloat(t, b)))
      return fold_kfloat(t, op, kfloat(t, a), is_unary(op) ? 0.0 : kfloat(t, b));
  }
  switch (op) {
  case IR_INT_ADD: case IR_INT_ADD_OVF:
    if (kisint(t, b) && kint(t, b) == 0 && is_int_ref(t, a)) return a;
    break;
  case IR_INT_SUB: case IR_INT_SUB_OVF:
    if (kisint(t, b) && kint(t, b) == 0 && is_int_ref(t, a)) return a;
    if (a == b) return ir_kint(ir, 0);
    if (op == IR_INT_SUB && kisint(t, a) && kint(t, a) == 0) {
      f->op = IR_INT_NEG; f->a = b; f->b = 0;
      return OPT_RETRY;
    }
    break;
  case IR_INT_MUL: case IR_INT_MUL_OVF:
    if (kisint(t, b) && kint(t, b) == 1 && is_int_ref(t, a)) return a;
    if (kisint(t, b) && kint(t, b) == 0) return ir_kint(ir, 0);
    break;
  case IR_INT_LSHIFT_OVF: case IR_INT_RSHIFT:
    if (kisint(t, b) && kint(t, b) == 0 && is_int_ref(t, a)) return a;
    break;
  case IR_INT_FLOORDIV:
    if (kisint(t, b) && kint(t, b) == 1 && is_int_ref(t, a)) return a;
    break;
  case IR_INT_MOD:
    if (kisint(t, b) && (kint(t, b) == 1 || kint(t, b) == -1)) return ir_kint(ir, 0);
    break;
  case IR_INT_AND:
    if (kisint(t, b) && kint(t, b) == 0) return ir_kint(ir, 0);
    if (kisint(t, b) && kint(t, b) == -1 && is_int_ref(t, a)) return a;
    if (a == b && is_int_ref(t, a)) return a;
    break;
  case IR_INT_OR:
    if (kisint(t, b) && kint(t, b) == 0 && is_int_ref(t, a)) return a;
    if (kisint(t, b) && kint(t, b) == -1) return ir_kint(ir, -1);
    if (a == b && is_int_ref(t, a)) return a;
    break;
  case IR_INT_XOR:
    if (kisint(t, b) && kint(t, b) == 0 && is_int_ref(t, a)) return a;
    if (a == b) return ir_kint(ir, 0);
    break;
  case IR_INT_NEG:
    if (insop(t, a) == IR_INT_NEG) return I(t, a)->a;
    break;
  case IR_INT_LT: case IR_INT_GT: case IR_INT_NE:
    if (a == b) return ir_kbool(ir, false);
    break;
  case IR_INT_LE: case IR_INT_GE: case IR_INT_EQ:
    if (a == b) return ir_kbool(ir, true);
    break;
  case IR_INT_IS_TRUE:
    if (ir_type(ir, a) == IRT_BOOL) return a;
    break;
  case IR_BOOL_NOT: {
    IROp aop = insop(t, a);
    if (aop == IR_BOOL_NOT && ir_type(ir, I(t, a)->a) == IRT_BOOL) return I(t, a)->a;
    IROp inv = int_cmp_invert(aop);
    if (inv != IR_NOP) {
      IRIns *ai = I(t, a);
      f->op = inv; f->a = ai->a; f->b = ai->b;
      return OPT_RETRY;
    }
    break;
  }
  case IR_FLOAT_MUL: case IR_FLOAT_TRUEDIV:
    if (kisfloat(t, b) && kfloat(t, b) == 1.0) return a;
    break;
  case IR_FLOAT_SUB:   /* x - (+0.0) == x for every x, -0.0 included */
    if (kisfloat(t, b) && K(t, b)->u.i == 0) return a;
    break;
  case IR_FLOAT_ADD: { /* x + (-0.0) == x for every x */
    double z = -0.0;
    int64_t zbits;
    memcpy(&zbits, &z, sizeof zbits);
    if (kisfloat(t, b) && K(t, b)->u.i == zbits) return a;
    break;
  }
  case IR_FLOAT_NEG:
    if (insop(t, a) == IR_FLOAT_NEG) return I(t, a)->a;
    break;
  case IR_PTR_EQ: case IR_PTR_NE: {
    bool eq = op == IR_PTR_EQ;
    if (a == b) return ir_kbool(ir, eq);
    if (isk(a) && isk(b)) return ir_kbool(ir, (K(t, a)->u.p == K(t, b)->u.p) == eq);
    /* A fresh allocation differs from everything that existed before it. */
    if ((is_alloc(t, a) && (isk(b) || b < a || is_alloc(t, b))) ||
        (is_alloc(t, b) && (isk(a) || a < b || is_alloc(t, a))))
      return ir_kbool(ir, !eq);
    break;
  }
  default: break;
  }
  (void)J;
  return OPT_EMIT;
}

static IRRef fold_box(JitState *J, Trace *t, OptIns *f) {
  IRBuf *ir = &t->ir;
  IRRef a = f->a;
  if (f->op == IR_BOX) {
    if (ir_type(ir, a) == IRT_VAL) return a;          /* already a Value */
    if (insop(t, a) == IR_UNBOX) return I(t, a)->a;   /* BOX(UNBOX(v)) == v */
    return OPT_EMIT;
  }
  /* UNBOX(x, tag). */
  uint8_t tag = (uint8_t)f->b;
  if (f->t == IRT_OBJ && f->kind == 0) f->kind = tag;
  if (ir_type(ir, a) != IRT_VAL) {                    /* constant or typed ref */
    if (opt_tag_of(t, a) == tag && ir_type(ir, a) == f->t) return a;
    /* Always fails: keep the guard, on a real Value (the backend unboxes VALs). */
    f->a = opt_emit(J, t, IR_BOX, IRT_VAL, a, 0, 0);
    return OPT_EMIT;
  }
  if (insop(t, a) == IR_BOX) {
    IRRef x = I(t, a)->a;
    if (opt_tag_of(t, x) == tag && ir_type(ir, x) == f->t) return x;
  }
  (void)J;
  return OPT_EMIT;
}

static IRRef fold_guard(JitState *J, Trace *t, OptIns *f) {
  IRBuf *ir = &t->ir;
  IRRef a = f->a, b = f->b;
  switch (f->op) {
  case IR_GUARD_TRUE: case IR_GUARD_FALSE:
    if (kisint(t, a)) {
      bool v = kint(t, a) != 0;
      if (v == (f->op == IR_GUARD_TRUE)) return IRREF_NONE;
      return OPT_EMIT;                          /* always exits: keep */
    }
    if (insop(t, a) == IR_BOOL_NOT && ir_type(ir, I(t, a)->a) == IRT_BOOL) {
      f->op = f->op == IR_GUARD_TRUE ? IR_GUARD_FALSE : IR_GUARD_TRUE;
      f->a = I(t, a)->a;
      return OPT_RETRY;
    }
    break;
  case IR_GUARD_VALUE:
    if (a == b) return IRREF_NONE;
    if (isk(a) && isk(b)) {
      IRConst *ka = K(t, a), *kb = K(t, b);
      bool fa = ka->t == IRT_FLOAT, fb = kb->t == IRT_FLOAT;
      if (fa != fb) return OPT_EMIT;
      if (fa ? ka->u.f == kb->u.f : ka->u.i == kb->u.i) return IRREF_NONE;
    }
    break;
  case IR_GUARD_CLASS: {
    Class *c = known_class(J, t, a);
    if (c && isk(b) && K(t, b)->u.p == (void *)c) return IRREF_NONE;
    if (c) return OPT_EMIT;                     /* known and different: always exits */
    break;
  }
  case IR_GUARD_NONNULL:
    if (isk(a) || ir_type(ir, a) != IRT_VAL || insop(t, a) == IR_BOX) return IRREF_NONE;
    break;
  case IR_GUARD_NO_OVERFLOW:
    if (!is_ovf(insop(t, a))) return IRREF_NONE;
    break;
  case IR_GUARD_INDEX:
    if (kisint(t, a) && kisint(t, b) && (uint64_t)kint(t, a) < (uint64_t)kint(t, b))
      return IRREF_NONE;
    break;
  default: break;
  }
  return OPT_EMIT;
}

/* Object kind of a result the recorder did not give one for. */
static uint8_t derive_kind(Trace *t, OptIns *f) {
  switch (f->op) {
  case IR_UNBOX: return (uint8_t)f->b;
  case IR_NEW_INSTANCE: return T_INSTANCE;
  case IR_NEW_TUPLE: return T_TUPLE;
  case IR_NEW_LIST: return T_LIST;
  case IR_STRGETITEM: return T_STR;
  case IR_GETFIELD:
    switch (f->b) {
    case IRFIELD_INST_MAP: return T_MAP;
    case IRFIELD_OBJ_CLASS: return T_CLASS;
    case IRFIELD_FUNC_CODE: return T_CODE;
    case IRFIELD_FUNC_GLOBALS: return T_DICT;
    default: return 0;
    }
  case IR_CALL: case IR_CALL_PURE:
    switch (f->a) {
    case IRCALL_alloc_instance: return T_INSTANCE;
    case IRCALL_alloc_tuple: return T_TUPLE;
    case IRCALL_alloc_list: return T_LIST;
    default: return 0;
    }
  default: (void)t; return 0;
  }
}

/* Run the rules. Returns OPT_EMIT or the result. */
static IRRef fold(JitState *J, Trace *t, OptIns *f) {
  for (int iter = 0; iter < 8; iter++) {
    IROp op = f->op;
    uint8_t flags = ir_op_flags[op];
    IRRef r = OPT_EMIT;
    /* Normalise: fixed result types, constants right of commutative ops. */
    if (ir_op_type[op] >= 0) f->t = (IRType)ir_op_type[op];
    if ((flags & IROPF_COMM) && isk(f->a) && !isk(f->b)) {
      IRRef tmp = f->a; f->a = f->b; f->b = tmp;
    }
    if (f->t == IRT_OBJ && f->kind == 0) f->kind = derive_kind(t, f);
    if (is_int_op(op) || is_float_op(op) || op == IR_PTR_EQ || op == IR_PTR_NE)
      r = fold_arith(J, t, f);
    else if (op == IR_BOX || op == IR_UNBOX)
      r = fold_box(J, t, f);
    else if (flags & IROPF_GUARD)
      r = fold_guard(J, t, f);
    if (r == OPT_RETRY) continue;
    if (r != OPT_EMIT) return r;
    /* Memory and memory-dependent guards. */
    switch (op) {
    case IR_GETFIELD: case IR_GETSLOT: case IR_GETITEM: case IR_GETDICTENTRY:
    case IR_VMFIELD: case IR_SETFIELD: case IR_SETSLOT: case IR_SETITEM:
    case IR_SETDICTENTRY: case IR_GUARD_MAP: case IR_GUARD_CLASS:
    case IR_GUARD_NOT_INVALIDATED: case IR_GUARD_NO_EXCEPTION:
      return opt_mem_fold(J, t, f);
    default:
      return OPT_EMIT;
    }
  }
  return OPT_EMIT;
}

/* ---- CSE ------------------------------------------------------------------------------ */

/* Ops CSE'd structurally (same op, operands, type, kind). Loads are CSE'd by
** opt_mem.c (they depend on memory), GUARD_MAP too. */
static bool cse_op(IROp op) {
  uint8_t fl = ir_op_flags[op];
  if (opt_is_load(op)) return false;
  if (fl & IROPF_PURE) return true;
  switch (op) {
  case IR_INT_ADD_OVF: case IR_INT_SUB_OVF: case IR_INT_MUL_OVF:
  case IR_INT_NEG_OVF: case IR_INT_LSHIFT_OVF:
  case IR_CARG: case IR_SLOAD: case IR_UNBOX:
  case IR_GUARD_TRUE: case IR_GUARD_FALSE: case IR_GUARD_VALUE: case IR_GUARD_CLASS:
  case IR_GUARD_NONNULL: case IR_GUARD_NO_OVERFLOW: case IR_GUARD_INDEX:
    return true;
  default:
    return false;
  }
}

static IRRef cse(Trace *t, OptIns *f) {
  IRBuf *ir = &t->ir;
  /* An instruction comes after its operands: stop the search there. */
  IRRef lim = f->a > f->b ? f->a : f->b;
  if (f->c > lim) lim = f->c;
  if (f->op == IR_SLOAD) lim = 0;                  /* literal operands */
  else if (f->op == IR_UNBOX) lim = f->a;          /* b: a tag */
  else if (f->op == IR_CALL_PURE) lim = f->b;      /* a: a helper id */
  if (lim < 0) lim = 0;
  bool comm = (ir_op_flags[f->op] & IROPF_COMM) != 0;
  for (IRRef r = ir->chain[f->op]; r > lim; r = I(t, r)->prev) {
    IRIns *ins = I(t, r);
    if (ins->t != f->t || ins->kind != f->kind || ins->c != f->c) continue;
    if ((ins->a == f->a && ins->b == f->b) || (comm && ins->a == f->b && ins->b == f->a)) {
      if (ir_op_flags[f->op] & IROPF_NORES && f->op != IR_CARG) return IRREF_NONE;
      return r;
    }
  }
  return OPT_EMIT;
}

/* ---- the front door ----------------------------------------------------------------------- */

IRRef opt_emitk(JitState *J, Trace *t, IROp op, IRType ty, uint8_t kind,
                IRRef a, IRRef b, IRRef c) {
  OptIns f = {op, ty, kind, a, b, c};
  IRRef r = fold(J, t, &f);
  if (r != OPT_EMIT) return r;
  if (cse_op(f.op)) {
    r = cse(t, &f);
    if (r != OPT_EMIT) return r;
  }
  r = ir_emit_raw(&t->ir, f.op, f.t, f.a, f.b, f.c);
  IRIns *ins = I(t, r);
  ins->kind = f.kind;
  if (((ir_op_flags[f.op] & IROPF_GUARD) || f.op == IR_JUMP || f.op == IR_LINK) && t->nsnap > 0)
    ins->snap = t->nsnap - 1;
  return r;
}

IRRef opt_emit(JitState *J, Trace *t, IROp op, IRType ty, IRRef a, IRRef b, IRRef c) {
  return opt_emitk(J, t, op, ty, 0, a, b, c);
}

/* ---- the pipeline ---------------------------------------------------------------------------- */

void opt_run(JitState *J, Trace *t) {
  IRBuf *ir = &t->ir;
  if (ir->nins > 1 && t->kind != TRACE_BRIDGE && ir_ins(ir, ir->nins - 1)->op == IR_JUMP)
    opt_loop(J, t);
  opt_mem(J, t);
  opt_bounds(J, t);
  opt_alloc(J, t);
  opt_dce(J, t);
}
