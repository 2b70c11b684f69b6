/*
** opt_bounds.c: integer range analysis (PyPy's intbounds, in LuaJIT's style
** of one forward pass over the linear trace).
**
** Every int/bool ref gets an interval [lo, hi]. Sources: constants; bools and
** comparisons [0, 1]; container lengths [0, 2^60]; arithmetic on intervals
** (add, sub, mul, neg, and with a non-negative operand, or/xor of
** non-negatives, shifts by constants, Python // and % by known-sign divisors).
** Guards refine the intervals of their operands for everything after them:
** GUARD_TRUE(INT_LT(i, n)) gives i <= hi(n) - 1 and n >= lo(i) + 1, GUARD_INDEX
** (i, n) gives 0 <= i < hi(n), GUARD_VALUE(i, k) gives i = k. Since the trace
** is linear SSA, a fact learned at a guard holds for every later instruction.
** Guards also record relations between two refs (i < n, i <= n), so that
** GUARD_INDEX(i, len) after GUARD_TRUE(INT_LT(i, len)) and i >= 0 goes, and
** a repeated comparison of the same refs is decided.
**
** With the intervals:
**   - an INT_ADD_OVF / INT_SUB_OVF / INT_MUL_OVF / INT_NEG_OVF whose result
**     interval fits in int64 becomes the plain op and its GUARD_NO_OVERFLOW is
**     marked IRF_DEAD (INT_LSHIFT_OVF has no plain counterpart: kept);
**   - a GUARD_TRUE / GUARD_FALSE whose int comparison is decided by the
**     intervals, a GUARD_INDEX that is in range, a GUARD_VALUE that is
**     decided, are marked IRF_DEAD.
**
** Loops. After LABEL, the left refs of PHIs change every iteration, so their
** preamble facts do not hold in the body. The body is analysed with an
** assumed interval per PHI'd ref: first the type's full range; then the union
** of its preamble interval and the interval the PHI's right operand has at
** the end of the body, iterated until the assumption is inductive (entry
** value inside it, and the body maps it into itself; anything still growing
** after a few rounds is widened to full). That proves e.g. that an index
** counting up from 0 stays >= 0, and i + 1 under a guard i < n cannot
** overflow. Only the final, verified round changes the trace.
*/
#include <string.h>
#include "opt.h"
#include "../gc/gc.h"

typedef struct Range { int64_t lo, hi; } Range;

#define FULL ((Range){INT64_MIN, INT64_MAX})
#define LEN_MAX ((int64_t)1 << 60)

/* A relation learned from a guard: a < b (strict) or a <= b. */
typedef struct Fact { IRRef a, b; bool strict; } Fact;

typedef struct BState {
  Trace *t;
  Range *rg;            /* per ref */
  Fact *facts;
  int32_t nfacts, factcap;
  bool apply;           /* last round: change the trace */
} BState;

static inline IRIns *I(Trace *t, IRRef r) { return ir_ins(&t->ir, r); }

static bool is_intlike(IRType ty) { return ty == IRT_INT || ty == IRT_BOOL; }

static Range get(BState *B, IRRef r) {
  Trace *t = B->t;
  if (ir_isk(r)) {
    IRConst *k = ir_k(&t->ir, r);
    if (k->t == IRT_INT || k->t == IRT_BOOL) return (Range){k->u.i, k->u.i};
    return FULL;
  }
  if (r <= 0) return FULL;
  return B->rg[r];
}

static void set(BState *B, IRRef r, Range x) {
  if (r > 0) B->rg[r] = x;
}

/* Narrow r to [lo, hi] (intersection). */
static void narrow(BState *B, IRRef r, int64_t lo, int64_t hi) {
  if (r <= 0) return;
  Range x = B->rg[r];
  if (lo > x.lo) x.lo = lo;
  if (hi < x.hi) x.hi = hi;
  if (x.lo > x.hi) return;         /* contradiction: the guard always fails; keep old */
  B->rg[r] = x;
}

static inline int64_t sat_add(int64_t a, int64_t b, bool *ovf) {
  int64_t r;
  if (__builtin_add_overflow(a, b, &r)) { *ovf = true; return a < 0 ? INT64_MIN : INT64_MAX; }
  return r;
}
static inline int64_t sat_sub(int64_t a, int64_t b, bool *ovf) {
  int64_t r;
  if (__builtin_sub_overflow(a, b, &r)) { *ovf = true; return a < 0 ? INT64_MIN : INT64_MAX; }
  return r;
}

/* Range of a op b; *ovf set if the exact result may not fit in int64. */
static Range arith(IROp op, Range a, Range b, bool *ovf) {
  Range r = FULL;
  *ovf = false;
  switch (op) {
  case IR_INT_ADD: case IR_INT_ADD_OVF:
    r.lo = sat_add(a.lo, b.lo, ovf);
    r.hi = sat_add(a.hi, b.hi, ovf);
    return r;
  case IR_INT_SUB: case IR_INT_SUB_OVF:
    r.lo = sat_sub(a.lo, b.hi, ovf);
    r.hi = sat_sub(a.hi, b.lo, ovf);
    return r;
  case IR_INT_MUL: case IR_INT_MUL_OVF: {
    int64_t c[4];
    int64_t xs[2] = {a.lo, a.hi}, ys[2] = {b.lo, b.hi};
    for (int i = 0; i < 2; i++)
      for (int j = 0; j < 2; j++)
        if (__builtin_mul_overflow(xs[i], ys[j], &c[i * 2 + j])) { *ovf = true; return FULL; }
    r.lo = r.hi = c[0];
    for (int i = 1; i < 4; i++) { if (c[i] < r.lo) r.lo = c[i]; if (c[i] > r.hi) r.hi = c[i]; }
    return r;
  }
  case IR_INT_NEG: case IR_INT_NEG_OVF:
    if (a.lo == INT64_MIN) { *ovf = true; return FULL; }
    return (Range){-a.hi, -a.lo};
  default:
    return FULL;
  }
}

static int64_t pow2_above(int64_t x) {      /* smallest 2^k - 1 >= x, x >= 0 */
  uint64_t v = (uint64_t)x;
  v |= v >> 1; v |= v >> 2; v |= v >> 4; v |= v >> 8; v |= v >> 16; v |= v >> 32;
  return (int64_t)v;
}

static int64_t floordiv(int64_t x, int64_t y) {  /* y > 0 */
  int64_t q = x / y;
  if ((x % y != 0) && (x < 0)) q -= 1;
  return q;
}

static void add_fact(BState *B, IRRef a, IRRef b, bool strict) {
  if (a == b || B->nfacts >= B->factcap) return;
  B->facts[B->nfacts++] = (Fact){a, b, strict};
}

/* Known relation between refs a and b: 2 a < b, 1 a <= b, 0 unknown. */
static int related(BState *B, IRRef a, IRRef b) {
  int best = 0;
  for (int32_t i = 0; i < B->nfacts; i++)
    if (B->facts[i].a == a && B->facts[i].b == b) {
      if (B->facts[i].strict) return 2;
      best = 1;
    }
  return best;
}

/* Decided by facts? 1 true, 0 false, -1 unknown. */
static int decide_rel(BState *B, IROp op, IRRef a, IRRef b) {
  int ab = related(B, a, b), ba = related(B, b, a);
  switch (op) {
  case IR_INT_LT: if (ab == 2) return 1; if (ba) return 0; return -1;
  case IR_INT_LE: if (ab) return 1; if (ba == 2) return 0; return -1;
  case IR_INT_GT: if (ba == 2) return 1; if (ab) return 0; return -1;
  case IR_INT_GE: if (ba) return 1; if (ab == 2) return 0; return -1;
  case IR_INT_NE: if (ab == 2 || ba == 2) return 1; return -1;
  case IR_INT_EQ: if (ab == 2 || ba == 2) return 0; return -1;
  default: return -1;
  }
}

/* Is the comparison op(a, b) decided by the ranges? 1 true, 0 false, -1 unknown. */
static int decide(IROp op, Range a, Range b) {
  switch (op) {
  case IR_INT_LT: if (a.hi < b.lo) return 1; if (a.lo >= b.hi) return 0; return -1;
  case IR_INT_LE: if (a.hi <= b.lo) return 1; if (a.lo > b.hi) return 0; return -1;
  case IR_INT_GT: if (a.lo > b.hi) return 1; if (a.hi <= b.lo) return 0; return -1;
  case IR_INT_GE: if (a.lo >= b.hi) return 1; if (a.hi < b.lo) return 0; return -1;
  case IR_INT_EQ:
    if (a.lo == a.hi && b.lo == b.hi && a.lo == b.lo) return 1;
    if (a.hi < b.lo || b.hi < a.lo) return 0;
    return -1;
  case IR_INT_NE:
    if (a.hi < b.lo || b.hi < a.lo) return 1;
    if (a.lo == a.hi && b.lo == b.hi && a.lo == b.lo) return 0;
    return -1;
  default: return -1;
  }
}

/* Learn from "op(a, b) is true". */
static void learn(BState *B, IROp op, IRRef a, IRRef b) {
  Range ra = get(B, a), rb = get(B, b);
  switch (op) {
  case IR_INT_LT:
    if (rb.hi != INT64_MIN) narrow(B, a, INT64_MIN, rb.hi - 1);
    if (ra.lo != INT64_MAX) narrow(B, b, ra.lo + 1, INT64_MAX);
    add_fact(B, a, b, true);
    break;
  case IR_INT_LE:
    narrow(B, a, INT64_MIN, rb.hi);
    narrow(B, b, ra.lo, INT64_MAX);
    add_fact(B, a, b, false);
    break;
  case IR_INT_GT: learn(B, IR_INT_LT, b, a); break;
  case IR_INT_GE: learn(B, IR_INT_LE, b, a); break;
  case IR_INT_EQ:
    narrow(B, a, rb.lo, rb.hi);
    narrow(B, b, ra.lo, ra.hi);
    break;
  case IR_INT_NE:
    if (rb.lo == rb.hi) {
      if (ra.lo == rb.lo && ra.lo != INT64_MAX) narrow(B, a, ra.lo + 1, INT64_MAX);
      else if (ra.hi == rb.lo && ra.hi != INT64_MIN) narrow(B, a, INT64_MIN, ra.hi - 1);
    }
    break;
  default: break;
  }
}

static IROp negate(IROp op) {
  switch (op) {
  case IR_INT_LT: return IR_INT_GE;
  case IR_INT_LE: return IR_INT_GT;
  case IR_INT_GT: return IR_INT_LE;
  case IR_INT_GE: return IR_INT_LT;
  case IR_INT_EQ: return IR_INT_NE;
  case IR_INT_NE: return IR_INT_EQ;
  default: return IR_NOP;
  }
}

static bool is_cmp(IROp op) { return op >= IR_INT_LT && op <= IR_INT_GE; }

static void kill_guard(BState *B, IRRef g) {
  if (B->apply) I(B->t, g)->flags |= IRF_DEAD;
}

/* Kill the GUARD_NO_OVERFLOWs of the _OVF op at r (one, normally right
** after it). */
static void kill_ovf_guard(BState *B, IRRef r) {
  Trace *t = B->t;
  for (IRRef q = t->ir.chain[IR_GUARD_NO_OVERFLOW]; q > r; q = I(t, q)->prev)
    if (I(t, q)->a == r) kill_guard(B, q);
}

/* Analyse instructions [from, to). */
static void analyse(BState *B, IRRef from, IRRef to) {
  Trace *t = B->t;
  for (IRRef r = from; r < to; r++) {
    IRIns *ins = I(t, r);
    IROp op = (IROp)ins->op;
    if (ins->flags & IRF_DEAD) continue;
    if (ins->t == IRT_BOOL) set(B, r, (Range){0, 1});
    else if (is_intlike((IRType)ins->t)) set(B, r, FULL);
    switch (op) {
    case IR_INT_ADD: case IR_INT_SUB: case IR_INT_MUL: case IR_INT_NEG:
    case IR_INT_ADD_OVF: case IR_INT_SUB_OVF: case IR_INT_MUL_OVF: case IR_INT_NEG_OVF: {
      bool ovf;
      Range x = arith(op, get(B, ins->a), op == IR_INT_NEG || op == IR_INT_NEG_OVF
                                          ? FULL : get(B, ins->b), &ovf);
      bool isovf = op == IR_INT_ADD_OVF || op == IR_INT_SUB_OVF || op == IR_INT_MUL_OVF ||
                   op == IR_INT_NEG_OVF;
      if (!isovf) { set(B, r, ovf ? FULL : x); break; }
      set(B, r, x);                      /* saturated: after the guard it is exact */
      if (!ovf && B->apply) {
        ins->op = op == IR_INT_ADD_OVF ? IR_INT_ADD : op == IR_INT_SUB_OVF ? IR_INT_SUB :
                  op == IR_INT_MUL_OVF ? IR_INT_MUL : IR_INT_NEG;
        kill_ovf_guard(B, r);
      }
      break;
    }
    case IR_INT_AND: {
      Range a = get(B, ins->a), b = get(B, ins->b);
      if (a.lo >= 0 && b.lo >= 0) set(B, r, (Range){0, a.hi < b.hi ? a.hi : b.hi});
      else if (a.lo >= 0) set(B, r, (Range){0, a.hi});
      else if (b.lo >= 0) set(B, r, (Range){0, b.hi});
      break;
    }
    case IR_INT_OR: case IR_INT_XOR: {
      Range a = get(B, ins->a), b = get(B, ins->b);
      if (a.lo >= 0 && b.lo >= 0) set(B, r, (Range){0, pow2_above(a.hi > b.hi ? a.hi : b.hi)});
      break;
    }
    case IR_INT_RSHIFT: {
      Range a = get(B, ins->a), b = get(B, ins->b);
      if (b.lo == b.hi && b.lo >= 0 && b.lo < 64) set(B, r, (Range){a.lo >> b.lo, a.hi >> b.lo});
      else if (b.lo >= 0) set(B, r, (Range){a.lo < 0 ? a.lo : 0, a.hi > 0 ? a.hi : 0});
      break;
    }
    case IR_INT_MOD: {
      Range b = get(B, ins->b);
      if (b.lo > 0) set(B, r, (Range){0, b.hi - 1});
      else if (b.hi < 0) set(B, r, (Range){b.lo + 1, 0});
      break;
    }
    case IR_INT_FLOORDIV: {
      Range a = get(B, ins->a), b = get(B, ins->b);
      if (b.lo == b.hi && b.lo > 0) set(B, r, (Range){floordiv(a.lo, b.lo), floordiv(a.hi, b.lo)});
      break;
    }
    case IR_GETFIELD:
      if (ins->b == IRFIELD_LIST_LEN || ins->b == IRFIELD_TUPLE_LEN || ins->b == IRFIELD_STR_LEN)
        set(B, r, (Range){0, LEN_MAX});
      break;
    case IR_GUARD_TRUE: case IR_GUARD_FALSE: {
      IRRef c = ins->a;
      if (c <= 0) break;
      IRIns *ci = I(t, c);
      IROp cop = (IROp)ci->op;
      if (!is_cmp(cop) || (ci->flags & IRF_DEAD)) break;
      if (op == IR_GUARD_FALSE) cop = negate(cop);
      int d = decide(cop, get(B, ci->a), get(B, ci->b));
      if (d == -1) d = decide_rel(B, cop, ci->a, ci->b);
      if (d == 1) kill_guard(B, r);
      else if (d == -1) learn(B, cop, ci->a, ci->b);
      break;
    }
    case IR_GUARD_INDEX: {
      Range i = get(B, ins->a), n = get(B, ins->b);
      if (i.lo >= 0 && (i.hi < n.lo || related(B, ins->a, ins->b) == 2)) { kill_guard(B, r); break; }
      if (n.hi > 0) narrow(B, ins->a, 0, n.hi - 1);
      narrow(B, ins->b, i.lo < 0 ? 1 : i.lo + 1, INT64_MAX);
      add_fact(B, ins->a, ins->b, true);
      break;
    }
    case IR_GUARD_VALUE: {
      if (!is_intlike(ir_type(&t->ir, ins->a))) break;
      Range a = get(B, ins->a), b = get(B, ins->b);
      if (a.lo == a.hi && b.lo == b.hi && a.lo == b.lo) { kill_guard(B, r); break; }
      learn(B, IR_INT_EQ, ins->a, ins->b);
      break;
    }
    default:
      break;
    }
  }
}

static bool within(Range x, Range cover) { return x.lo >= cover.lo && x.hi <= cover.hi; }
static Range join(Range a, Range b) {
  return (Range){a.lo < b.lo ? a.lo : b.lo, a.hi > b.hi ? a.hi : b.hi};
}

void opt_bounds(JitState *J, Trace *t) {
  IRBuf *ir = &t->ir;
  (void)J;
  if (ir->nins < 2) return;
  BState B;
  memset(&B, 0, sizeof B);
  B.t = t;
  B.rg = gc_alloc_atomic(sizeof(Range) * (size_t)ir->nins);
  B.factcap = 256;
  B.facts = gc_alloc_atomic(sizeof(Fact) * (size_t)B.factcap);
  for (IRRef r = 0; r < ir->nins; r++) B.rg[r] = FULL;
  IRRef label = ir->chain[IR_LABEL];
  if (!label) {
    B.apply = true;
    analyse(&B, 1, ir->nins);
    opt_rechain(t);
    return;
  }
  /* Preamble. */
  B.apply = true;
  analyse(&B, 1, label);
  Range *pre = gc_alloc_atomic(sizeof(Range) * (size_t)ir->nins);
  memcpy(pre, B.rg, sizeof(Range) * (size_t)ir->nins);
  int32_t prefacts;
  /* PHIs. */
  int32_t nphi = 0;
  for (IRRef r = label + 1; r < ir->nins; r++)
    if (I(t, r)->op == IR_PHI && !(I(t, r)->flags & IRF_DEAD)) nphi++;
  IRRef *pa = gc_alloc_atomic(sizeof(IRRef) * (size_t)(nphi + 1));
  IRRef *pb = gc_alloc_atomic(sizeof(IRRef) * (size_t)(nphi + 1));
  Range *assume = gc_alloc_atomic(sizeof(Range) * (size_t)(nphi + 1));
  int32_t np = 0;
  for (IRRef r = label + 1; r < ir->nins; r++) {
    IRIns *p = I(t, r);
    if (p->op != IR_PHI || (p->flags & IRF_DEAD)) continue;
    pa[np] = p->a;
    pb[np] = p->b;
    assume[np] = FULL;
    np++;
  }
  /* Relations involving a PHI'd ref do not hold in the body. */
  {
    int32_t k = 0;
    for (int32_t f = 0; f < B.nfacts; f++) {
      bool phid = false;
      for (int32_t i = 0; i < np && !phid; i++)
        phid = B.facts[f].a == pa[i] || B.facts[f].b == pa[i];
      if (!phid) B.facts[k++] = B.facts[f];
    }
    prefacts = B.nfacts = k;
  }
  /* Find an inductive assumption for the PHI'd refs: start from what one
  ** pass with no assumption gives, grow until the body maps it into itself. */
  B.apply = false;
  memcpy(B.rg, pre, sizeof(Range) * (size_t)ir->nins);
  B.nfacts = prefacts;
  analyse(&B, label + 1, ir->nins);
  for (int32_t i = 0; i < np; i++) assume[i] = join(pre[pa[i]], get(&B, pb[i]));
  bool verified = false;
  for (int round = 1; round <= 6 && !verified; round++) {
    memcpy(B.rg, pre, sizeof(Range) * (size_t)ir->nins);
    B.nfacts = prefacts;
    for (int32_t i = 0; i < np; i++) set(&B, pa[i], assume[i]);
    analyse(&B, label + 1, ir->nins);
    verified = true;
    for (int32_t i = 0; i < np; i++) {
      Range want = join(pre[pa[i]], get(&B, pb[i]));
      if (within(want, assume[i])) continue;
      verified = false;
      assume[i] = round >= 3 ? FULL : join(assume[i], want);   /* widen */
    }
  }
  if (!verified) for (int32_t i = 0; i < np; i++) assume[i] = FULL;
  /* Final, verified round. A full assumption is always sound. */
  memcpy(B.rg, pre, sizeof(Range) * (size_t)ir->nins);
  B.nfacts = prefacts;
  for (int32_t i = 0; i < np; i++) set(&B, pa[i], assume[i]);
  B.apply = true;
  analyse(&B, label + 1, ir->nins);
  opt_rechain(t);
}
