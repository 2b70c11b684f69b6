/*
** test_opt_random.c: randomized differential test of the whole optimizer.
**
** A generator plays recorder: from a seed it builds a loop trace over ten
** slots (ints, floats, instances, a counter and its limit) with integer and
** float arithmetic (overflow checks included), comparisons and guards,
** attribute loads and stores on instances that may be the same object, and
** fresh instances (candidates for sinking). It builds the same program twice:
** once with ir_emit_raw (the reference: no folding, unpeeled, the JUMP
** writes its snapshot back and restarts) and once through opt_emit and
** opt_run. A small IR evaluator runs both on identical fresh interpreter
** states (real Instance objects) until a guard fails; the resume point and the
** whole state after the exit (exits go through opt_snap_values, so sunk
** allocations are materialised) must be identical. opt_verify must accept
** every optimized trace.
*/
#include <math.h>
#include "opt_testlib.h"

/* ---- random numbers ---------------------------------------------------------- */

static uint64_t rng;
static uint32_t rnd(uint32_t n) {
  rng ^= rng << 13; rng ^= rng >> 7; rng ^= rng << 17;
  return (uint32_t)(rng % n);
}

/* ---- the generator ------------------------------------------------------------- */

enum { NSLOT = 10, S_I0 = 0, S_F0 = 4, S_O0 = 6, S_CNT = 8, S_LIM = 9 };

typedef struct Gen {
  bool raw;
  IRRef cur[NSLOT];       /* value of each slot (0: not loaded yet) */
  IRRef sload[NSLOT];
  bool dirty;             /* a slot changed since the last snapshot */
  uint32_t pc;            /* resume point of the next snapshot */
  IRRef kc, km;           /* class and map constants */
} Gen;

static Class *cls;
static Map *map2;

/* Guards whose direction is flipped (by the resume pc of their snapshot),
** so that the loop runs for a while instead of leaving at a random guard. */
#define MAXPC 4096
static uint8_t flip[MAXPC];
static uint8_t flippable[MAXPC];

static IRRef emit(Gen *g, IROp op, IRType t, uint8_t kind, IRRef a, IRRef b, IRRef c) {
  if (g->raw) {
    IRRef r = ir_emit_raw(&T->ir, op, t, a, b, c);
    ir_ins(&T->ir, r)->kind = kind;
    if (((ir_op_flags[op] & IROPF_GUARD) || op == IR_JUMP) && T->nsnap > 0)
      ir_ins(&T->ir, r)->snap = T->nsnap - 1;
    return r;
  }
  return opt_emitk(J, T, op, t, kind, a, b, c);
}

static void take_snap(Gen *g, bool force) {
  if (!g->dirty && !force && T->nsnap > 0) return;
  SnapEntry ents[NSLOT];
  int n = 0;
  for (int k = 0; k < NSLOT; k++)
    if (g->cur[k] && g->cur[k] != g->sload[k]) { ents[n].slot = k; ents[n].ref = g->cur[k]; n++; }
  snap_frame(ents, n, g->pc++, NSLOT);
  g->dirty = false;
}

/* Every guard gets its own snapshot: its resume pc names it. */
static IRRef guard(Gen *g, IROp op, IRRef a, IRRef b) {
  take_snap(g, true);
  uint32_t pc = g->pc - 1;
  if (pc < MAXPC && (op == IR_GUARD_TRUE || op == IR_GUARD_FALSE)) {
    flippable[pc] = 1;
    if (flip[pc]) op = op == IR_GUARD_TRUE ? IR_GUARD_FALSE : IR_GUARD_TRUE;
  }
  return emit(g, op, IRT_VOID, 0, a, b, 0);
}

static IRType slot_type(int k) {
  if (k < S_F0 || k >= S_CNT) return IRT_INT;
  if (k < S_O0) return IRT_FLOAT;
  return IRT_OBJ;
}

static IRRef get(Gen *g, int k) {
  if (g->cur[k]) return g->cur[k];
  take_snap(g, false);
  IRType t = slot_type(k);
  IRRef r = emit(g, IR_SLOAD, t, t == IRT_OBJ ? T_INSTANCE : 0, k, IRSLOAD_TYPED, 0);
  g->cur[k] = g->sload[k] = r;
  return r;
}

static void set(Gen *g, int k, IRRef r) {
  g->cur[k] = r;
  g->dirty = true;
}

static const int64_t kints[] = {0, 1, -1, 2, 3, 7, 100, -100, (int64_t)1 << 40,
                                (int64_t)1 << 62, -((int64_t)1 << 62), INT64_MAX, INT64_MIN};

static IRRef int_operand(Gen *g) {
  if (rnd(3) == 0) return ir_kint(&T->ir, kints[rnd(sizeof kints / sizeof kints[0])]);
  IRRef r = get(g, (int)rnd(4));
  if (ir_type(&T->ir, r) == IRT_VAL) {            /* a Value from memory or a call */
    take_snap(g, false);
    r = emit(g, IR_UNBOX, IRT_INT, 0, r, T_INT, 0);
  }
  return r;
}

static IRRef float_operand(Gen *g) {
  static const double kf[] = {0.0, -0.0, 1.0, 0.5, -2.0, 1e300};
  if (rnd(3) == 0) return ir_kfloat(&T->ir, kf[rnd(6)]);
  return get(g, S_F0 + (int)rnd(2));
}

static void stmt(Gen *g) {
  switch (rnd(13)) {
  case 0: case 1: case 2: {                      /* int arithmetic */
    static const IROp ops[] = {IR_INT_ADD_OVF, IR_INT_SUB_OVF, IR_INT_MUL_OVF, IR_INT_AND,
                               IR_INT_OR, IR_INT_XOR, IR_INT_ADD, IR_INT_SUB, IR_INT_FLOORDIV,
                               IR_INT_MOD, IR_INT_RSHIFT, IR_INT_NEG_OVF, IR_INT_LSHIFT_OVF};
    IROp op = ops[rnd(sizeof ops / sizeof ops[0])];
    IRRef a = int_operand(g), b;
    if (op == IR_INT_FLOORDIV || op == IR_INT_MOD) {
      static const int64_t d[] = {1, 2, 3, 7, -2, -7};
      b = ir_kint(&T->ir, d[rnd(6)]);
    } else if (op == IR_INT_RSHIFT || op == IR_INT_LSHIFT_OVF) {
      b = ir_kint(&T->ir, rnd(64));
    } else if (op == IR_INT_NEG_OVF) {
      b = 0;
    } else {
      b = int_operand(g);
    }
    IRRef r = emit(g, op, IRT_INT, 0, a, b, 0);
    if (op == IR_INT_ADD_OVF || op == IR_INT_SUB_OVF || op == IR_INT_MUL_OVF ||
        op == IR_INT_NEG_OVF || op == IR_INT_LSHIFT_OVF)
      guard(g, IR_GUARD_NO_OVERFLOW, r, 0);
    set(g, (int)rnd(4), r);
    break;
  }
  case 3: {                                      /* float arithmetic */
    static const IROp ops[] = {IR_FLOAT_ADD, IR_FLOAT_SUB, IR_FLOAT_MUL, IR_FLOAT_NEG, IR_FLOAT_ABS,
                               IR_FLOAT_TRUEDIV};
    IROp op = ops[rnd(6)];
    IRRef a = float_operand(g);
    IRRef b = (op == IR_FLOAT_NEG || op == IR_FLOAT_ABS) ? 0 :
              op == IR_FLOAT_TRUEDIV ? ir_kfloat(&T->ir, rnd(2) ? 1.0 : -0.25) : float_operand(g);
    set(g, S_F0 + (int)rnd(2), emit(g, op, IRT_FLOAT, 0, a, b, 0));
    break;
  }
  case 4: {                                      /* int -> float */
    set(g, S_F0 + (int)rnd(2), emit(g, IR_CAST_INT_TO_FLOAT, IRT_FLOAT, 0, int_operand(g), 0, 0));
    break;
  }
  case 5: case 6: {                              /* comparison and guard */
    static const IROp cmps[] = {IR_INT_LT, IR_INT_LE, IR_INT_EQ, IR_INT_NE, IR_INT_GT, IR_INT_GE};
    IRRef a = int_operand(g), b = int_operand(g);
    IRRef c;
    if (rnd(4) == 0) {
      static const IROp fc[] = {IR_FLOAT_LT, IR_FLOAT_LE, IR_FLOAT_EQ, IR_FLOAT_NE};
      c = emit(g, fc[rnd(4)], IRT_BOOL, 0, float_operand(g), float_operand(g), 0);
    } else {
      c = emit(g, cmps[rnd(6)], IRT_BOOL, 0, a, b, 0);
    }
    if (rnd(3) == 0) c = emit(g, IR_BOOL_NOT, IRT_BOOL, 0, c, 0, 0);
    guard(g, rnd(2) ? IR_GUARD_TRUE : IR_GUARD_FALSE, c, 0);
    break;
  }
  case 7: {                                      /* attribute load (maybe kept boxed) */
    IRRef o = get(g, S_O0 + (int)rnd(2));
    IRRef v = emit(g, IR_GETSLOT, IRT_VAL, 0, o, (IRRef)rnd(2), 0);
    if (rnd(3)) {
      take_snap(g, false);
      v = emit(g, IR_UNBOX, IRT_INT, 0, v, T_INT, 0);
    }
    set(g, (int)rnd(4), v);
    break;
  }
  case 8: case 9: {                              /* attribute store */
    IRRef o = get(g, S_O0 + (int)rnd(2));
    emit(g, IR_SETSLOT, IRT_VOID, 0, o, (IRRef)rnd(2), int_operand(g));
    g->dirty = true;                             /* memory changed: new snapshot */
    break;
  }
  case 11: {                                     /* a residual call: writes o.x */
    IRRef o = get(g, S_O0 + (int)rnd(2));
    IRRef v = emit(g, IR_CALL, IRT_VAL, 0, IRCALL_getattr, o, 0);
    g->dirty = true;
    take_snap(g, false);
    emit(g, IR_GUARD_NO_EXCEPTION, IRT_VOID, 0, 0, 0, 0);
    if (rnd(2)) set(g, (int)rnd(4), v);
    break;
  }
  case 10: {                                     /* a fresh instance */
    IRRef x = int_operand(g), y = int_operand(g);
    IRRef n = emit(g, IR_NEW_INSTANCE, IRT_OBJ, T_INSTANCE, g->kc, g->km, 0);
    emit(g, IR_SETSLOT, IRT_VOID, 0, n, 0, x);
    emit(g, IR_SETSLOT, IRT_VOID, 0, n, 1, y);
    set(g, S_O0 + (int)rnd(2), n);
    break;
  }
  default: {                                     /* index and value guards */
    IRRef a = int_operand(g);
    if (rnd(2)) guard(g, IR_GUARD_INDEX, emit(g, IR_INT_AND, IRT_INT, 0, a, ir_kint(&T->ir, 7), 0),
                      ir_kint(&T->ir, 6));
    else guard(g, IR_GUARD_VALUE, emit(g, IR_INT_AND, IRT_INT, 0, a, ir_kint(&T->ir, 1), 0),
               ir_kint(&T->ir, 0));
    break;
  }
  }
}

/* Build the program of `seed`: while cnt < lim: <stmts>; cnt += 1 */
static void generate(uint64_t seed, bool raw) {
  Gen g;
  memset(&g, 0, sizeof g);
  g.raw = raw;
  g.kc = ir_kobj(&T->ir, cls, T_CLASS);
  g.km = ir_kobj(&T->ir, map2, T_MAP);
  rng = seed * 2654435761u + 1;
  take_snap(&g, true);
  IRRef c = emit(&g, IR_INT_LT, IRT_BOOL, 0, get(&g, S_CNT), get(&g, S_LIM), 0);
  take_snap(&g, true);
  emit(&g, IR_GUARD_TRUE, IRT_VOID, 0, c, 0, 0);          /* the loop condition */
  int n = 3 + (int)rnd(30);
  for (int i = 0; i < n; i++) stmt(&g);
  IRRef i2 = emit(&g, IR_INT_ADD_OVF, IRT_INT, 0, get(&g, S_CNT), ir_kint(&T->ir, 1), 0);
  guard(&g, IR_GUARD_NO_OVERFLOW, i2, 0);
  set(&g, S_CNT, i2);
  g.pc = 100000;
  take_snap(&g, true);
  emit(&g, IR_JUMP, IRT_VOID, 0, 0, 0, 0);
}

/* ---- the evaluator ------------------------------------------------------------------ */

typedef struct Eval {
  Value *v;
  bool *ovf;
} Eval;

static Value kval(IRRef r) {
  IRConst *k = ir_k(&T->ir, r);
  switch (k->t) {
  case IRT_INT: return v_int(k->u.i);
  case IRT_BOOL: return v_bool(k->u.i != 0);
  case IRT_FLOAT: return v_float(k->u.f);
  case IRT_NONE: return v_none();
  default: return k->u.p ? v_obj(k->u.p) : v_null();
  }
}

static Value val(Eval *E, IRRef r) { return ir_isk(r) ? kval(r) : E->v[r]; }
static int64_t ival(Eval *E, IRRef r) { return val(E, r).u.i; }
static double fval(Eval *E, IRRef r) { return val(E, r).u.f; }

static int64_t floordiv(int64_t x, int64_t y) {
  if (x == INT64_MIN && y == -1) return INT64_MIN;
  int64_t q = x / y;
  if ((x % y != 0) && ((x < 0) != (y < 0))) q -= 1;
  return q;
}
static int64_t pymod(int64_t x, int64_t y) {
  if (y == -1) return 0;
  int64_t m = x % y;
  if (m != 0 && ((m < 0) != (y < 0))) m += y;
  return m;
}

static uint8_t tag_of_type(IRIns *ins) {
  switch (ins->t) {
  case IRT_INT: return T_INT;
  case IRT_FLOAT: return T_FLOAT;
  case IRT_BOOL: return T_BOOL;
  case IRT_OBJ: return ins->kind;
  default: return T_NULL;
  }
}

/* Leave through snapshot sn: write the state back, return its resume pc. */
static uint32_t do_exit(Eval *E, int32_t sn, Value *mem) {
  Snapshot *s = &T->snaps[sn];
  Value *buf = gc_alloc(sizeof(Value) * (size_t)(s->nent + 1));
  Value *out = gc_alloc(sizeof(Value) * (size_t)(s->nent + 1));
  for (int32_t i = 0; i < s->nent; i++) {
    IRRef r = T->snapmap[s->ent + i].ref;
    buf[i] = (r > 0 && (ir_ins(&T->ir, r)->flags & IRF_SUNK)) ? v_null() : val(E, r);
  }
  assert_true(opt_snap_values(vm, T, sn, buf, out));
  for (int32_t i = 0; i < s->nent; i++) {
    int32_t slot = T->snapmap[s->ent + i].slot;
    if (slot >= 0) mem[slot] = out[i];
  }
  return T->snapframes[s->frame].pc;
}

/* Run the trace on mem until an exit; returns the resume pc (or ~0u). */
static uint32_t run(Value *mem) {
  IRBuf *ir = &T->ir;
  Eval E;
  E.v = gc_alloc(sizeof(Value) * (size_t)ir->nins);
  E.ovf = gc_alloc_atomic_zero((size_t)ir->nins);
  IRRef label = ir->chain[IR_LABEL];
  Value *tmp = gc_alloc(sizeof(Value) * (size_t)ir->nins);
  for (int steps = 0; steps < 200000;) {
    for (IRRef r = 1; r < ir->nins; r++, steps++) {
      if (steps > 200000) return ~0u;
      IRIns *ins = ir_ins(ir, r);
      if (ins->flags & (IRF_DEAD | IRF_SUNK)) continue;
      IROp op = (IROp)ins->op;
      int64_t x = 0, y = 0, z;
      const char *m = opt_op_modes[op];
      if (m[0] == 'R' && ins->a && ir_type(ir, ins->a) != IRT_FLOAT) x = ival(&E, ins->a);
      if (m[1] == 'R' && ins->b && ir_type(ir, ins->b) != IRT_FLOAT) y = ival(&E, ins->b);
      switch (op) {
      case IR_SLOAD:
        E.v[r] = mem[ins->a];
        if ((ins->b & IRSLOAD_TYPED) && E.v[r].tag != tag_of_type(ins)) return do_exit(&E, ins->snap, mem);
        break;
      case IR_INT_ADD: E.v[r] = v_int((int64_t)((uint64_t)x + (uint64_t)y)); break;
      case IR_INT_SUB: E.v[r] = v_int((int64_t)((uint64_t)x - (uint64_t)y)); break;
      case IR_INT_MUL: E.v[r] = v_int((int64_t)((uint64_t)x * (uint64_t)y)); break;
      case IR_INT_NEG: E.v[r] = v_int((int64_t)(0 - (uint64_t)x)); break;
      case IR_INT_ADD_OVF: E.ovf[r] = __builtin_add_overflow(x, y, &z); E.v[r] = v_int(z); break;
      case IR_INT_SUB_OVF: E.ovf[r] = __builtin_sub_overflow(x, y, &z); E.v[r] = v_int(z); break;
      case IR_INT_MUL_OVF: E.ovf[r] = __builtin_mul_overflow(x, y, &z); E.v[r] = v_int(z); break;
      case IR_INT_NEG_OVF: E.ovf[r] = x == INT64_MIN; E.v[r] = v_int((int64_t)(0 - (uint64_t)x)); break;
      case IR_INT_LSHIFT_OVF:
        z = (int64_t)((uint64_t)x << y);
        E.ovf[r] = (z >> y) != x;
        E.v[r] = v_int(z);
        break;
      case IR_INT_FLOORDIV: E.v[r] = v_int(floordiv(x, y)); break;
      case IR_INT_MOD: E.v[r] = v_int(pymod(x, y)); break;
      case IR_INT_AND: E.v[r] = v_int(x & y); break;
      case IR_INT_OR: E.v[r] = v_int(x | y); break;
      case IR_INT_XOR: E.v[r] = v_int(x ^ y); break;
      case IR_INT_RSHIFT: E.v[r] = v_int(y > 63 ? (x < 0 ? -1 : 0) : x >> y); break;
      case IR_INT_LT: E.v[r] = v_bool(x < y); break;
      case IR_INT_LE: E.v[r] = v_bool(x <= y); break;
      case IR_INT_EQ: E.v[r] = v_bool(x == y); break;
      case IR_INT_NE: E.v[r] = v_bool(x != y); break;
      case IR_INT_GT: E.v[r] = v_bool(x > y); break;
      case IR_INT_GE: E.v[r] = v_bool(x >= y); break;
      case IR_INT_IS_TRUE: E.v[r] = v_bool(x != 0); break;
      case IR_BOOL_NOT: E.v[r] = v_bool(x == 0); break;
      case IR_FLOAT_ADD: E.v[r] = v_float(fval(&E, ins->a) + fval(&E, ins->b)); break;
      case IR_FLOAT_SUB: E.v[r] = v_float(fval(&E, ins->a) - fval(&E, ins->b)); break;
      case IR_FLOAT_MUL: E.v[r] = v_float(fval(&E, ins->a) * fval(&E, ins->b)); break;
      case IR_FLOAT_NEG: E.v[r] = v_float(-fval(&E, ins->a)); break;
      case IR_FLOAT_ABS: E.v[r] = v_float(fabs(fval(&E, ins->a))); break;
      case IR_FLOAT_TRUEDIV: E.v[r] = v_float(fval(&E, ins->a) / fval(&E, ins->b)); break;
      case IR_CALL: {                              /* the fake residual call */
        Instance *o = AS_INSTANCE(val(&E, ins->b));
        o->slots[0] = v_int((int64_t)((uint64_t)o->slots[0].u.i * 3 + 1));
        E.v[r] = v_int(o->slots[0].u.i & 15);
        break;
      }
      case IR_FLOAT_LT: E.v[r] = v_bool(fval(&E, ins->a) < fval(&E, ins->b)); break;
      case IR_FLOAT_LE: E.v[r] = v_bool(fval(&E, ins->a) <= fval(&E, ins->b)); break;
      case IR_FLOAT_EQ: E.v[r] = v_bool(fval(&E, ins->a) == fval(&E, ins->b)); break;
      case IR_FLOAT_NE: E.v[r] = v_bool(fval(&E, ins->a) != fval(&E, ins->b)); break;
      case IR_CAST_INT_TO_FLOAT: E.v[r] = v_float((double)x); break;
      case IR_PTR_EQ: E.v[r] = v_bool(val(&E, ins->a).u.p == val(&E, ins->b).u.p); break;
      case IR_PTR_NE: E.v[r] = v_bool(val(&E, ins->a).u.p != val(&E, ins->b).u.p); break;
      case IR_GUARD_TRUE: if (x == 0) return do_exit(&E, ins->snap, mem); break;
      case IR_GUARD_FALSE: if (x != 0) return do_exit(&E, ins->snap, mem); break;
      case IR_GUARD_VALUE: if (x != y) return do_exit(&E, ins->snap, mem); break;
      case IR_GUARD_INDEX: if ((uint64_t)x >= (uint64_t)y) return do_exit(&E, ins->snap, mem); break;
      case IR_GUARD_NO_OVERFLOW: if (E.ovf[ins->a]) return do_exit(&E, ins->snap, mem); break;
      case IR_BOX: E.v[r] = val(&E, ins->a); break;
      case IR_UNBOX:
        E.v[r] = val(&E, ins->a);
        if (E.v[r].tag != (uint32_t)ins->b) return do_exit(&E, ins->snap, mem);
        break;
      case IR_GETSLOT: E.v[r] = AS_INSTANCE(val(&E, ins->a))->slots[ins->b]; break;
      case IR_SETSLOT: AS_INSTANCE(val(&E, ins->a))->slots[ins->b] = val(&E, ins->c); break;
      case IR_NEW_INSTANCE: {
        Instance *o = instance_new(vm, (Class *)ir_k(ir, ins->a)->u.p);
        o->map = (Map *)ir_k(ir, ins->b)->u.p;
        o->slots = gc_alloc(sizeof(Value) * 4);
        o->cap = 4;
        E.v[r] = v_obj(o);
        break;
      }
      case IR_EXIT: return do_exit(&E, ins->snap, mem);
      case IR_PHI: {                               /* the PHIs, then JUMP */
        IRRef q = r;
        for (; ir_ins(ir, q)->op == IR_PHI; q++)
          if (!(ir_ins(ir, q)->flags & IRF_DEAD)) tmp[q] = val(&E, ir_ins(ir, q)->b);
        for (IRRef p = r; p < q; p++)
          if (!(ir_ins(ir, p)->flags & IRF_DEAD)) E.v[ir_ins(ir, p)->a] = tmp[p];
        r = q - 1;                                 /* the JUMP is next */
        break;
      }
      case IR_JUMP:
        if (label) { r = label; break; }
        do_exit(&E, ins->snap, mem);               /* unpeeled: write back, restart */
        r = ir->nins;
        break;
      default:
        break;
      }
    }
  }
  return ~0u;
}

/* ---- states ---------------------------------------------------------------------------- */

static Value new_obj(int64_t x, int64_t y) {
  Instance *o = instance_new(vm, cls);
  o->map = map2;
  o->slots = gc_alloc(sizeof(Value) * 4);
  o->cap = 4;
  o->slots[0] = v_int(x);
  o->slots[1] = v_int(y);
  return v_obj(o);
}

static void make_state(uint64_t seed, Value *mem) {
  uint64_t save = rng;
  rng = seed * 7919 + 17;
  for (int k = 0; k < 4; k++) mem[k] = v_int(rnd(3) ? (int64_t)rnd(40) - 20 : kints[rnd(13)]);
  mem[4] = v_float((double)rnd(100) / 8.0);
  mem[5] = v_float(-(double)rnd(100) / 4.0);
  mem[6] = new_obj(rnd(10), rnd(10));
  mem[7] = rnd(3) == 0 ? mem[6] : new_obj(rnd(10), rnd(10));   /* aliasing */
  mem[8] = v_int(0);
  mem[9] = v_int(rnd(12));
  rng = save;
}

static void describe(Value v, char *buf, size_t n) {
  switch (v.tag) {
  case T_INT: snprintf(buf, n, "%lld", (long long)v.u.i); break;
  case T_FLOAT: { uint64_t b; memcpy(&b, &v.u.f, 8); snprintf(buf, n, "f%llx", (unsigned long long)b); break; }
  case T_BOOL: snprintf(buf, n, "b%d", (int)v.u.i); break;
  case T_INSTANCE: {
    Instance *o = AS_INSTANCE(v);
    char a[64], b[64];
    describe(o->slots[0], a, sizeof a);
    describe(o->slots[1], b, sizeof b);
    snprintf(buf, n, "<%s,%s%s>", a, b, o->map == map2 ? "" : " badmap");
    break;
  }
  default: snprintf(buf, n, "tag%u", v.tag); break;
  }
}

static void describe_state(const Value *mem, uint32_t pc, char *buf, size_t n) {
  size_t len = (size_t)snprintf(buf, n, "pc %u:", pc);
  for (int k = 0; k < NSLOT && len < n; k++) {
    char item[160];
    describe(mem[k], item, sizeof item);
    len += (size_t)snprintf(buf + len, n - len, " %s", item);
  }
  /* Aliasing of the two object slots is part of the state. */
  if (len < n) snprintf(buf + len, n - len, " %s", mem[6].u.o == mem[7].u.o ? "same" : "distinct");
}

static void fresh_trace(void) {
  T = gc_alloc(sizeof(Trace));
  T->kind = TRACE_LOOP;
  T->no = 1;
  ir_init(&T->ir);
}

static int iter_hist[4];

static void check_seed(uint64_t seed) {
  char want[2][1024], got[2][1024];
  Trace *tr[2];
  /* Flip the comparison guards that make the reference leave in its first
  ** iteration (state 0). */
  memset(flip, 0, sizeof flip);
  for (int attempt = 0; attempt < 10; attempt++) {
    memset(flippable, 0, sizeof flippable);
    fresh_trace();
    generate(seed, true);
    Value mem[NSLOT];
    make_state(seed * 3, mem);
    uint32_t pc = run(mem);
    if (mem[S_CNT].u.i != 0 || pc >= MAXPC || !flippable[pc] || flip[pc]) {
      int64_t it = mem[S_CNT].u.i;
      iter_hist[it == 0 ? 0 : it < 3 ? 1 : it < 8 ? 2 : 3]++;
      break;
    }
    flip[pc] = 1;
  }
  for (int pass = 0; pass < 2; pass++) {
    fresh_trace();
    generate(seed, pass == 0);
    if (pass == 1) {
      opt_run(J, T);
      char err[256];
      if (!opt_verify(T, err, sizeof err)) fail_msg("seed %llu: invalid IR: %s\n%s", (unsigned long long)seed, err, render_all());
    }
    tr[pass] = T;
  }
  for (int st = 0; st < 2; st++) {
    for (int pass = 0; pass < 2; pass++) {
      Value mem[NSLOT];
      make_state(seed * 3 + (uint64_t)st, mem);
      T = tr[pass];
      uint32_t pc = run(mem);
      describe_state(mem, pc, pass == 0 ? want[st] : got[st], sizeof want[st]);
    }
    if (strcmp(want[st], got[st]) != 0) {
      T = tr[1];
      fail_msg("seed %llu state %d:\n reference %s\n optimized %s\n%s", (unsigned long long)seed, st,
               want[st], got[st], render_all());
    }
  }
}

static void test_random_programs(void **state) {
  (void)state;
  Value base = v_obj(vm->cls_object);
  cls = class_new(vm, str_intern_cstr(vm, "R"), tuple_from(vm, 1, &base), dict_new(vm));
  if (!cls->root_map) cls->root_map = map_new_root(vm, cls);
  Map *m1 = map_add(vm, cls->root_map, str_intern_cstr(vm, "x"));
  map2 = map_add(vm, m1, str_intern_cstr(vm, "y"));
  for (uint64_t seed = 1; seed <= 5000; seed++) check_seed(seed);
  /* The programs do loop (the test would be weak otherwise). */
  assert_true(iter_hist[2] + iter_hist[3] > 1000);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown(test_random_programs, setup, teardown),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
