/*
** opt_loop.c: loop peeling with PHIs (LuaJIT's lj_opt_loop.c), and the
** snapshot storage helpers the passes share.
**
** Design
** ------
** The recorder records one iteration of a loop, ending in JUMP with a
** snapshot of the interpreter state at the loop header (the values of the
** slots the iteration changed). Compiled as is, every iteration would re-read
** its slots from memory, re-check every guard and re-do every load. Peeling
** turns that into
**
**     preamble (the recorded iteration, run once)  LABEL  body  PHIs  JUMP
**
** by re-emitting the recorded iteration after LABEL through opt_emit(), with
** operands substituted (subst[ref] = the ref of its copy). An SLOAD of slot k
** is substituted by the value slot k had at the JUMP (from the JUMP's
** snapshot; the SLOAD itself if the iteration did not change the slot), with
** an UNBOX guard or BOX in between when the SLOAD was typed and the value is a
** VAL or the other way round. Because the copy goes through FOLD and CSE,
** everything whose operands do not change between iterations (loop
** invariants: class and map guards on invariant objects, loads from them with
** no aliasing store in the loop, pure arithmetic) folds into the preamble's
** instruction and costs nothing in the body.
**
** Loop-carried values. Inside the body a preamble ref r stands for "r as of
** one iteration later", i.e. the value the body's copy of r, subst[r],
** computed in the previous iteration. So every preamble ref r (not a constant)
** used in the body (by an operand, a snapshot entry of a body guard, or
** another PHI's right operand) with subst[r] != r gets PHI(r, subst[r]); refs
** with subst[r] == r are invariant (IRF_INVARIANT). CSE against the preamble
** is exactly what makes this work: see the note in opt_fold.c. CARG cells are
** argument lists, not values: the backend evaluates their operands at the
** call, so a preamble CARG used in the body is never PHI'd, its operands are.
** PHIs go right before the final JUMP, in the order of their left refs.
**
** Snapshots of the body. A body guard exits in iteration n >= 2: slots the
** iteration has not written yet hold the previous iteration's values, which
** memory does not have (nothing is written back inside the loop). So each
** copied snapshot = the original's entries, substituted, plus for every slot
** of the JUMP snapshot not in it, the slot's value at the start of the
** iteration (the preamble's JUMP value, PHI'd as needed).
**
** Failure. A PHI whose two sides differ in type or object kind means a
** loop-carried value changes type between iterations (the typed SLOAD copy
** would always fail); snapshots or a usable JUMP snapshot may be missing.
** Then the copy is thrown away and JUMP becomes EXIT through its snapshot
** (see opt.h): one iteration, then back to the interpreter at the header.
*/
#include <string.h>
#include "opt.h"
#include "../gc/gc.h"

const char opt_op_modes[IR__COUNT][4] = {
#define IROP_MODES(name, a, b, c, fl, t) #a #b #c,
  IROPS(IROP_MODES)
#undef IROP_MODES
};

static inline IRIns *I(Trace *t, IRRef r) { return ir_ins(&t->ir, r); }

/* ---- snapshot storage --------------------------------------------------------------- */

static void *grow(void *p, int32_t n, int32_t *cap, size_t elt) {
  if (n <= *cap && p) return p;
  int32_t ncap = *cap ? *cap : 16;
  while (ncap < n) ncap *= 2;
  void *np = p ? gc_realloc(p, elt * (size_t)ncap) : gc_alloc(elt * (size_t)ncap);
  *cap = ncap;
  return np;
}

void opt_snapmap_reserve(Trace *t, int32_t n) {
  t->snapmap = grow(t->snapmap, t->nsnapmap + n, &t->snapmapcap, sizeof(SnapEntry));
}

int32_t opt_snap_add(Trace *t, const SnapEntry *ents, int32_t nent, int32_t frame,
                     int32_t nframe, uint32_t flags, IRRef ref) {
  t->snaps = grow(t->snaps, t->nsnap + 1, &t->snapcap, sizeof(Snapshot));
  opt_snapmap_reserve(t, nent);
  t->snapframes = grow(t->snapframes, t->nsnapframes + nframe, &t->snapframecap,
                       sizeof(SnapFrame));
  Snapshot *s = &t->snaps[t->nsnap];
  memset(s, 0, sizeof *s);
  s->ref = ref;
  s->ent = t->nsnapmap;
  s->nent = nent;
  s->frame = t->nsnapframes;
  s->nframe = nframe;
  s->flags = flags;
  if (nent) memcpy(&t->snapmap[t->nsnapmap], ents, sizeof(SnapEntry) * (size_t)nent);
  t->nsnapmap += nent;
  for (int32_t i = 0; i < nframe; i++) t->snapframes[t->nsnapframes + i] = t->snapframes[frame + i];
  t->nsnapframes += nframe;
  return t->nsnap++;
}

/* ---- peeling ---------------------------------------------------------------------------- */

typedef struct LoopState {
  JitState *J;
  Trace *t;
  IRRef label;          /* the old JUMP, now LABEL */
  IRRef *subst;         /* [0, label): ref of the copy */
  int32_t *snapmap;     /* old snapshot -> its copy (-1: not made yet) */
  int32_t jsnap;        /* the JUMP's snapshot */
  SnapEntry *jents;     /* its entries (slot >= 0) */
  int32_t njents;
  SnapEntry *scratch;   /* entry buffer for building copies */
  int32_t scratchcap;
} LoopState;

static inline IRRef subst(LoopState *L, IRRef r) {
  return (r > 0 && r < L->label) ? L->subst[r] : r;
}

/* Value of slot k at the JUMP, or 0 when the iteration did not change it. */
static IRRef jump_value(LoopState *L, int32_t slot) {
  for (int32_t i = 0; i < L->njents; i++)
    if (L->jents[i].slot == slot) return L->jents[i].ref;
  return IRREF_NONE;
}

/* Copy of snapshot `old` for the body: substituted entries plus the
** iteration-start values of loop-carried slots it does not mention. */
static int32_t copy_snapshot(LoopState *L, int32_t old, bool final) {
  Trace *t = L->t;
  Snapshot *s = &t->snaps[old];
  int32_t need = s->nent + L->njents;
  if (need > L->scratchcap) {
    L->scratchcap = need * 2;
    L->scratch = gc_alloc_atomic(sizeof(SnapEntry) * (size_t)L->scratchcap);
  }
  int32_t n = 0;
  for (int32_t i = 0; i < s->nent; i++) {
    SnapEntry e = t->snapmap[s->ent + i];
    e.ref = subst(L, e.ref);
    L->scratch[n++] = e;
  }
  if (!final) {
    for (int32_t j = 0; j < L->njents; j++) {
      bool present = false;
      for (int32_t i = 0; i < s->nent && !present; i++)
        present = t->snapmap[s->ent + i].slot == L->jents[j].slot;
      if (!present) L->scratch[n++] = L->jents[j];
    }
  }
  return opt_snap_add(t, L->scratch, n, s->frame, s->nframe, s->flags & SNAP_EXC, t->ir.nins);
}

static int32_t body_snapshot(LoopState *L, int32_t old) {
  if (L->snapmap[old] < 0) L->snapmap[old] = copy_snapshot(L, old, false);
  return L->snapmap[old];
}

/* Emit the copy of instruction r. Returns false on failure. */
static bool copy_ins(LoopState *L, IRRef r) {
  JitState *J = L->J;
  Trace *t = L->t;
  IRIns ins = *I(t, r);             /* by value: emitting may move the buffer */
  IROp op = (IROp)ins.op;
  const char *m = opt_op_modes[op];
  bool guard = (ir_op_flags[op] & IROPF_GUARD) != 0;
  int32_t nsnap = -1;
  if (ins.flags & IRF_DEAD) { L->subst[r] = r; return true; }
  if (op == IR_NOP) { L->subst[r] = IRREF_NONE; return true; }
  if (op == IR_SLOAD) {
    IRRef v = jump_value(L, ins.a);
    if (!v) { L->subst[r] = r; return true; }        /* slot unchanged: invariant */
    IRType vt = ir_type(&t->ir, v);
    if (ins.b & IRSLOAD_TYPED) {
      uint8_t tag = ins.t == IRT_OBJ ? ins.kind :
                    ins.t == IRT_INT ? T_INT : ins.t == IRT_FLOAT ? T_FLOAT :
                    ins.t == IRT_BOOL ? T_BOOL : ins.t == IRT_NONE ? T_NONE : T_NULL;
      if (vt == IRT_VAL) {
        if (ins.snap < 0 || tag == T_NULL) return false;
        nsnap = body_snapshot(L, ins.snap);
        IRRef before = t->ir.nins;
        IRRef u = opt_emitk(J, t, IR_UNBOX, (IRType)ins.t, ins.kind, v, tag, 0);
        if (u >= before) I(t, u)->snap = nsnap;
        L->subst[r] = u;
        return true;
      }
      if (vt != ins.t || opt_tag_of(t, v) != tag) return false;   /* type unstable */
      L->subst[r] = v;
      return true;
    }
    L->subst[r] = vt == IRT_VAL ? v : opt_emit(J, t, IR_BOX, IRT_VAL, v, 0, 0);
    return true;
  }
  if (op == IR_LABEL || op == IR_JUMP || op == IR_PHI || op == IR_LINK || op == IR_RET ||
      op == IR_EXIT)
    return false;                                   /* not in the middle of a loop */
  IRRef a = m[0] == 'R' ? subst(L, ins.a) : ins.a;
  IRRef b = m[1] == 'R' ? subst(L, ins.b) : ins.b;
  IRRef c = m[2] == 'R' ? subst(L, ins.c) : ins.c;
  if (guard) {
    if (ins.snap < 0) return false;
    nsnap = body_snapshot(L, ins.snap);
  }
  IRRef before = t->ir.nins;
  IRRef nr;
  if (op == IR_DEBUG_MERGE_POINT) nr = ir_emit_raw(&t->ir, op, (IRType)ins.t, a, b, c);
  else nr = opt_emitk(J, t, op, (IRType)ins.t, ins.kind, a, b, c);
  if (guard && nr >= before && (ir_op_flags[I(t, nr)->op] & IROPF_GUARD))
    I(t, nr)->snap = nsnap;      /* the copied guard (maybe rewritten by FOLD) */
  L->subst[r] = nr;
  return true;
}

/* Undo a failed peel: drop everything after the old JUMP, restore it. */
static void rollback(Trace *t, IRRef label, int32_t nsnap, int32_t nsnapmap, int32_t nframes) {
  t->ir.nins = label + 1;
  t->nsnap = nsnap;
  t->nsnapmap = nsnapmap;
  t->nsnapframes = nframes;
  for (IRRef r = 1; r < label; r++) I(t, r)->flags &= (uint8_t)~(IRF_INVARIANT | IRF_MARK);
  opt_rechain(t);
}

static void to_exit(Trace *t, IRRef jref, int32_t jsnap) {
  IRIns *ins = I(t, jref);
  if (jsnap < 0) { ins->op = IR_JUMP; opt_rechain(t); return; }   /* recorder bug: no snapshot */
  ins->op = IR_EXIT;
  ins->t = IRT_VOID;
  ins->flags |= IRF_GUARD;
  ins->snap = jsnap;
  opt_rechain(t);
}

static bool same_type(Trace *t, IRRef x, IRRef y) {
  IRType tx = ir_type(&t->ir, x), ty = ir_type(&t->ir, y);
  if (tx != ty || tx == IRT_VOID) return false;
  if (tx == IRT_OBJ) {
    uint8_t kx = opt_kind(t, x), ky = opt_kind(t, y);
    if (kx && ky && kx != ky) return false;
  }
  return true;
}

/* Mark preamble ref r as used by the body (through CARG cells). */
static void mark_used(LoopState *L, uint8_t *used, IRRef r) {
  while (r > 0 && r < L->label && !used[r]) {
    used[r] = 1;
    IRIns *ins = I(L->t, r);
    if (ins->op != IR_CARG) return;
    mark_used(L, used, ins->a);
    r = ins->b;
  }
}

bool opt_loop(JitState *J, Trace *t) {
  IRBuf *ir = &t->ir;
  if (ir->nins < 2) return false;
  IRRef jref = ir->nins - 1;
  if (I(t, jref)->op != IR_JUMP || t->kind == TRACE_BRIDGE) return false;
  if (ir->chain[IR_LABEL]) return false;            /* already peeled */
  int32_t jsnap = I(t, jref)->snap >= 0 ? I(t, jref)->snap : t->nsnap - 1;
  int32_t nsnap0 = t->nsnap, nsnapmap0 = t->nsnapmap, nframes0 = t->nsnapframes;
  if (jsnap < 0 || jsnap >= t->nsnap) { to_exit(t, jref, -1); return false; }

  LoopState L;
  memset(&L, 0, sizeof L);
  L.J = J;
  L.t = t;
  L.label = jref;
  L.jsnap = jsnap;
  L.subst = gc_alloc_atomic_zero(sizeof(IRRef) * (size_t)(jref + 1));
  L.snapmap = gc_alloc_atomic(sizeof(int32_t) * (size_t)(t->nsnap + 1));
  for (int32_t i = 0; i < t->nsnap; i++) L.snapmap[i] = -1;
  {
    Snapshot *js = &t->snaps[jsnap];
    L.jents = gc_alloc_atomic(sizeof(SnapEntry) * (size_t)(js->nent + 1));
    for (int32_t i = 0; i < js->nent; i++) {
      SnapEntry e = t->snapmap[js->ent + i];
      if (e.slot >= 0) L.jents[L.njents++] = e;
    }
  }

  /* JUMP -> LABEL. */
  {
    IRIns *ji = I(t, jref);
    ji->op = IR_LABEL;
    ji->snap = -1;
    opt_rechain(t);
  }

  /* Copy the iteration. */
  for (IRRef r = 1; r < jref; r++) {
    if (!copy_ins(&L, r)) goto fail;
  }

  /* PHIs: preamble refs the body uses whose copy differs. */
  {
    IRRef end = ir->nins;
    uint8_t *used = gc_alloc_atomic_zero((size_t)jref + 1);
    uint8_t *isphi = gc_alloc_atomic_zero((size_t)jref + 1);
    for (IRRef r = jref + 1; r < end; r++) {
      IRIns *ins = I(t, r);
      const char *m = opt_op_modes[ins->op];
      if (m[0] == 'R') mark_used(&L, used, ins->a);
      if (m[1] == 'R') mark_used(&L, used, ins->b);
      if (m[2] == 'R') mark_used(&L, used, ins->c);
    }
    for (int32_t s = nsnap0; s < t->nsnap; s++) {
      Snapshot *sn = &t->snaps[s];
      for (int32_t i = 0; i < sn->nent; i++) mark_used(&L, used, t->snapmap[sn->ent + i].ref);
    }
    /* The final JUMP's state: the slots' values after the body. */
    int32_t fsnap = copy_snapshot(&L, jsnap, true);
    {
      Snapshot *sn = &t->snaps[fsnap];
      for (int32_t i = 0; i < sn->nent; i++) mark_used(&L, used, t->snapmap[sn->ent + i].ref);
    }
    for (bool changed = true; changed;) {
      changed = false;
      for (IRRef r = 1; r < jref; r++) {
        if (!used[r] || isphi[r] || I(t, r)->op == IR_CARG) continue;
        IRRef b = L.subst[r];
        if (b == r) continue;
        if (!same_type(t, r, b)) goto fail;
        isphi[r] = 1;
        if (b > 0 && b < jref && !used[b]) { mark_used(&L, used, b); changed = true; }
      }
    }
    for (IRRef r = 1; r < jref; r++) {
      if (isphi[r]) ir_emit_raw(ir, IR_PHI, IRT_VOID, r, L.subst[r], 0);
      else if (used[r]) I(t, r)->flags |= IRF_INVARIANT;
    }
    IRRef j = ir_emit_raw(ir, IR_JUMP, IRT_VOID, 0, 0, 0);
    I(t, j)->snap = fsnap;
  }
  return true;

fail:
  rollback(t, jref, nsnap0, nsnapmap0, nframes0);
  to_exit(t, jref, jsnap);
  return false;
}
