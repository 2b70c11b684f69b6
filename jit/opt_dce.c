/*
** opt_dce.c: dead code elimination (LuaJIT's lj_opt_dce.c), and the IR
** verifier (opt_verify) that checks what every pass must preserve.
**
** DCE marks IRF_DEAD every instruction whose result nothing needs.
** Instructions are never removed from the buffer (refs stay stable); the
** backend and the logs skip IRF_DEAD ones.
**
** Roots (always live unless already dead):
**   - guards (they may exit) with their snapshots' entries, sunk-store
**     entries included; an untyped SLOAD is not a guard (it cannot fail);
**   - side effects that are not sunk: stores, calls, JUMP, LINK (and its
**     snapshot: the slots it writes back), RET, EXIT;
**   - LABEL and DEBUG_MERGE_POINT (kept for the logs).
** Everything else (pure arithmetic, loads, BOX, CARG cells, _OVF ops whose
** guard was removed, allocations, PHIs) is live only if a live instruction
** or a live snapshot uses it. A PHI is live when its left ref is used in
** the body (after LABEL, by a live instruction, a live guard's snapshot or
** another live PHI's right side); a live PHI makes its right ref live. The
** final JUMP's snapshot is informational (the loop continues) and keeps
** nothing alive. A sunk allocation stays live while a live snapshot refers to
** it; its sunk stores stay with it (snap restore reads them).
*/
#include <stdio.h>
#include <stdarg.h>
#include "opt.h"
#include "../gc/gc.h"

static inline IRIns *I(Trace *t, IRRef r) { return ir_ins(&t->ir, r); }

static bool is_root(IRIns *ins) {
  IROp op = (IROp)ins->op;
  if (ins->flags & IRF_DEAD) return false;
  if (op == IR_SLOAD) return (ins->b & IRSLOAD_TYPED) != 0;
  if (op == IR_LABEL || op == IR_DEBUG_MERGE_POINT) return true;
  if (op == IR_PHI || op == IR_NOP) return false;
  if (ins->flags & IRF_GUARD) return true;
  if (ins->flags & IRF_SUNK) return false;
  return (ir_op_flags[op] & IROPF_SIDE) != 0;
}

typedef struct DceState {
  Trace *t;
  uint8_t *live;
  uint8_t *bodyuse;     /* used by a live instruction / snapshot after LABEL */
  IRRef label;
} DceState;

static void mark_ref(DceState *D, IRRef r, bool body) {
  if (r <= 0) return;
  D->live[r] = 1;
  if (body) D->bodyuse[r] = 1;
}

static void mark_snap(DceState *D, int32_t sn, bool body) {
  Trace *t = D->t;
  if (sn < 0 || sn >= t->nsnap) return;
  Snapshot *s = &t->snaps[sn];
  for (int32_t i = 0; i < s->nent; i++) mark_ref(D, t->snapmap[s->ent + i].ref, body);
}

/* One backward propagation pass over [1, nins). */
static void propagate(DceState *D) {
  Trace *t = D->t;
  for (IRRef r = t->ir.nins - 1; r > 0; r--) {
    if (!D->live[r]) continue;
    IRIns *ins = I(t, r);
    if (ins->op == IR_PHI) continue;              /* handled separately */
    bool body = D->label && r > D->label;
    const char *m = opt_op_modes[ins->op];
    if (m[0] == 'R') mark_ref(D, ins->a, body);
    if (m[1] == 'R') mark_ref(D, ins->b, body);
    if (m[2] == 'R') mark_ref(D, ins->c, body);
    if ((ins->flags & IRF_GUARD) || ins->op == IR_LINK) mark_snap(D, ins->snap, body);
  }
}

void opt_dce(JitState *J, Trace *t) {
  IRBuf *ir = &t->ir;
  (void)J;
  if (ir->nins < 2) return;
  DceState D;
  D.t = t;
  D.live = gc_alloc_atomic_zero((size_t)ir->nins);
  D.bodyuse = gc_alloc_atomic_zero((size_t)ir->nins);
  D.label = ir->chain[IR_LABEL];
  uint8_t *live = D.live;
  for (IRRef r = 1; r < ir->nins; r++)
    if (is_root(I(t, r))) live[r] = 1;
  /* A PHI is needed when the body uses its left ref; it then makes its
  ** right ref live (and used at the back edge, i.e. by the body). */
  for (;;) {
    propagate(&D);
    bool changed = false;
    for (IRRef r = 1; r < ir->nins; r++) {
      IRIns *p = I(t, r);
      if (p->op != IR_PHI || (p->flags & IRF_DEAD) || live[r]) continue;
      if (p->a > 0 && D.bodyuse[p->a]) {
        live[r] = 1;
        changed = true;
        mark_ref(&D, p->b, true);
      }
    }
    if (!changed) break;
  }
  /* Sunk stores follow their allocation. */
  for (IRRef r = 1; r < ir->nins; r++) {
    IRIns *ins = I(t, r);
    if ((ins->flags & IRF_SUNK) && !(ir_op_flags[ins->op] & IROPF_ALLOC) &&
        ins->a > 0 && live[ins->a])
      live[r] = 1;
  }
  for (IRRef r = 1; r < ir->nins; r++)
    if (!live[r]) I(t, r)->flags |= IRF_DEAD;
}

/* ---- IR verification -------------------------------------------------------------------- */

/* The invariants every pass must keep (checked by the unit tests after each
** pass, and usable by the driver in debug runs):
**   - operands: constants in range, instruction refs defined before use
**     (SSA), never a statement without a result except CARG cells inside
**     call argument lists and the _OVF op of GUARD_NO_OVERFLOW;
**   - nothing live uses a dead instruction; only sunk stores (and
**     snapshots) use a sunk allocation;
**   - live guards have a valid snapshot whose entries are defined before the
**     guard, are not dead, and are either live values or sunk allocations;
**     sunk-store entries (slot < 0) name sunk stores before the guard;
**   - at most one LABEL; with a LABEL the trace ends in JUMP, PHIs sit
**     right before it, their left refs are instructions before LABEL, and
**     nothing before LABEL uses a ref after it;
**   - GUARD_NO_OVERFLOW guards an _OVF op; UNBOX unboxes a VAL.
** Returns true, or false with a message in err. */

static bool vfail(char *err, size_t n, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  if (err && n) vsnprintf(err, n, fmt, ap);
  va_end(ap);
  return false;
}

static bool is_ovf_op(IROp op) {
  return op == IR_INT_ADD_OVF || op == IR_INT_SUB_OVF || op == IR_INT_MUL_OVF ||
         op == IR_INT_NEG_OVF || op == IR_INT_LSHIFT_OVF;
}

static bool is_alloc_op(IROp op) { return (ir_op_flags[op] & IROPF_ALLOC) != 0; }

static bool is_store_op(IROp op) {
  return op == IR_SETFIELD || op == IR_SETSLOT || op == IR_SETITEM || op == IR_SETDICTENTRY;
}

static bool check_operand(Trace *t, IRRef r, int i, IRRef x, char *err, size_t n) {
  IRBuf *ir = &t->ir;
  IRIns *ins = I(t, r);
  IROp op = (IROp)ins->op;
  if (x == IRREF_NONE) return true;
  if (ir_isk(x)) {
    if (ir_kidx(x) >= ir->nk) return vfail(err, n, "%d: constant %d out of range", r, x);
    return true;
  }
  if (x >= r) return vfail(err, n, "%d %s: operand %d not defined before", r, ir_op_names[op], x);
  IRIns *xi = I(t, x);
  IROp xop = (IROp)xi->op;
  bool live = !(ins->flags & (IRF_DEAD | IRF_SUNK));
  if (xop == IR_CARG) {
    bool ok = (op == IR_CALL || op == IR_CALL_PURE || op == IR_CALL_ASSEMBLER) && i == 1;
    ok = ok || (op == IR_CARG && i == 0);
    if (!ok) return vfail(err, n, "%d %s: uses CARG %d", r, ir_op_names[op], x);
  } else if ((ir_op_flags[xop] & IROPF_NORES) || xi->t == IRT_VOID) {
    return vfail(err, n, "%d %s: operand %d (%s) has no result", r, ir_op_names[op], x,
                 ir_op_names[xop]);
  }
  if (live && (xi->flags & IRF_DEAD))
    return vfail(err, n, "%d %s: uses dead %d", r, ir_op_names[op], x);
  if ((xi->flags & IRF_SUNK) && is_alloc_op(xop) && !(ins->flags & (IRF_SUNK | IRF_DEAD)) &&
      op != IR_PHI)
    return vfail(err, n, "%d %s: uses sunk allocation %d", r, ir_op_names[op], x);
  if (op == IR_PHI && (xi->flags & IRF_SUNK) && !(ins->flags & IRF_DEAD))
    return vfail(err, n, "%d PHI: carries sunk allocation %d", r, x);
  return true;
}

static bool check_snapshot(Trace *t, IRRef g, char *err, size_t n) {
  IRIns *ins = I(t, g);
  int32_t sn = ins->snap;
  if (sn < 0 || sn >= t->nsnap) return vfail(err, n, "%d %s: bad snapshot %d", g, ir_op_names[ins->op], sn);
  Snapshot *s = &t->snaps[sn];
  if (s->ent < 0 || s->nent < 0 || s->ent + s->nent > t->nsnapmap)
    return vfail(err, n, "snapshot %d: entries out of range", sn);
  if (s->frame < 0 || s->nframe < 1 || s->frame + s->nframe > t->nsnapframes)
    return vfail(err, n, "snapshot %d: frames out of range", sn);
  for (int32_t i = 0; i < s->nent; i++) {
    SnapEntry e = t->snapmap[s->ent + i];
    if (ir_isk(e.ref)) {
      if (ir_kidx(e.ref) >= t->ir.nk) return vfail(err, n, "snapshot %d: bad constant", sn);
    } else if (e.ref > 0) {
      if (e.ref >= g) return vfail(err, n, "snapshot %d of %d: entry %d not defined before", sn, g, e.ref);
      IRIns *x = I(t, e.ref);
      if (x->flags & IRF_DEAD) return vfail(err, n, "snapshot %d of %d: dead entry %d", sn, g, e.ref);
      if ((x->flags & IRF_SUNK) && !is_alloc_op((IROp)x->op))
        return vfail(err, n, "snapshot %d: entry %d is a sunk store", sn, e.ref);
      if ((ir_op_flags[x->op] & IROPF_NORES) || x->t == IRT_VOID)
        return vfail(err, n, "snapshot %d: entry %d has no value", sn, e.ref);
    }
    if (e.slot < 0) {
      IRRef st = SNAP_SUNK_STORE_REF(e.slot);
      if (st <= 0 || st >= g || !is_store_op((IROp)I(t, st)->op) || !(I(t, st)->flags & IRF_SUNK))
        return vfail(err, n, "snapshot %d: entry slot %d is not a sunk store before %d", sn, e.slot, g);
      if (!(s->flags & SNAP_NOTE)) return vfail(err, n, "snapshot %d: sunk stores without SNAP_NOTE", sn);
    }
  }
  return true;
}

bool opt_verify(Trace *t, char *err, size_t n) {
  IRBuf *ir = &t->ir;
  IRRef label = 0, firstphi = 0, last = 0;
  if (err && n) err[0] = '\0';
  for (IRRef r = 1; r < ir->nins; r++) {
    IRIns *ins = I(t, r);
    IROp op = (IROp)ins->op;
    if (op >= IR__COUNT) return vfail(err, n, "%d: bad op %d", r, op);
    const char *m = opt_op_modes[op];
    IRRef ops[3] = {ins->a, ins->b, ins->c};
    for (int i = 0; i < 3; i++)
      if (m[i] == 'R' && !check_operand(t, r, i, ops[i], err, n)) return false;
    if (ins->flags & IRF_DEAD) continue;
    last = r;
    switch (op) {
    case IR_LABEL:
      if (label) return vfail(err, n, "%d: second LABEL", r);
      label = r;
      break;
    case IR_PHI:
      if (!label) return vfail(err, n, "%d: PHI without LABEL", r);
      if (ir_isk(ins->a) || ins->a <= 0 || ins->a >= label)
        return vfail(err, n, "%d: PHI left side %d is not an instruction before LABEL", r, ins->a);
      if (!firstphi) firstphi = r;
      break;
    case IR_GUARD_NO_OVERFLOW:
      if (ir_isk(ins->a) || ins->a <= 0 || !is_ovf_op((IROp)I(t, ins->a)->op))
        return vfail(err, n, "%d: GUARD_NO_OVERFLOW of a non-overflow op", r);
      break;
    case IR_UNBOX:
      if (ir_type(ir, ins->a) != IRT_VAL) return vfail(err, n, "%d: UNBOX of a non-VAL", r);
      break;
    default:
      break;
    }
    if (firstphi && op != IR_PHI && op != IR_JUMP)
      return vfail(err, n, "%d %s: between the PHIs and JUMP", r, ir_op_names[op]);
    bool real_guard = (ins->flags & IRF_GUARD) && !(op == IR_SLOAD && !(ins->b & IRSLOAD_TYPED));
    if (real_guard && !(ins->flags & IRF_SUNK) && !check_snapshot(t, r, err, n)) return false;
  }
  if (label) {
    if (!last || I(t, last)->op != IR_JUMP) return vfail(err, n, "LABEL but the trace does not end in JUMP");
    for (IRRef r = 1; r < label; r++) {
      IRIns *ins = I(t, r);
      const char *m = opt_op_modes[ins->op];
      IRRef ops[3] = {ins->a, ins->b, ins->c};
      for (int i = 0; i < 3; i++)
        if (m[i] == 'R' && ops[i] > label)
          return vfail(err, n, "%d: preamble uses body ref %d", r, ops[i]);
    }
  } else if (last && I(t, last)->op == IR_JUMP && ir->chain[IR_PHI]) {
    return vfail(err, n, "PHIs without LABEL");
  }
  return true;
}
