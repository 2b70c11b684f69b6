/*
** opt_alloc.c: allocation sinking (LuaJIT's lj_opt_sink.c; PyPy's virtuals)
** and the materialisation of sunk allocations at exits.
**
** Design
** ------
** Python code allocates a lot of short-lived objects: `Vec(x + o.x, ...)`,
** tuples for multiple assignment, bound methods. Emit-time forwarding
** (opt_mem.c) already replaces the loads from such a fresh object by the
** values stored into it, and folds the guards on its class and map. What is
** left of the object are its allocation and its stores. If nothing else uses
** it, it only matters when a guard fails and the interpreter needs it: so
** the allocation and its stores are *sunk*: no code is emitted for them, and
** the exit (snap_restore) rebuilds the object from the values the stores
** would have written.
**
** An allocation (NEW_INSTANCE, NEW_TUPLE, NEW_LIST) may be sunk when every use
** of it is one of:
**   - a store into it: SETSLOT, SETFIELD INST_MAP (instances), SETITEM with a
**     constant index below the length (tuples, lists);
**   - a snapshot entry of a guard (the reason we bother);
**   - being the value of a store into another allocation that is sunk too.
** Anything else (a load that was not forwarded, a guard, a call argument,
** RET, LINK, a store into a real object, a comparison...) makes it escape;
** escaping is propagated to allocations stored into escaping ones until
** nothing changes. The final JUMP's snapshot of a peeled loop is no use: the
** loop goes on, nothing reads it.
**
** Loop-carried allocations (`acc = acc.add(step)`): after peeling, the
** preamble's allocation a and the body's copy b meet in PHI(a, b), and the
** body's loads from a were forwarded to the values the preamble stored, so
** those values flow around the loop in PHIs of their own. Then a and b can be
** sunk as a pair: the PHI(a, b) dies, and in the body `a` (the object of the
** previous iteration) is materialised, when an exit needs it, from a's
** preamble stores, whose values are the PHI'd ones, i.e. those of b's stores
** one iteration earlier. Conditions (phi_shape): same op and operands, stores
** matching one to one (op, key, order: b's stores are the copies of a's), and
** for every pair of stored values (va, vb): va == vb, or PHI(va, vb) exists,
** or one can be added because the body does not use va otherwise. A pair
** that fails escapes as a whole (and what is stored in it).
**
** Exits. For every snapshot of a guard that reaches a sunk allocation
** (directly, or through the stores into another sunk allocation), the
** snapshot's entries are rewritten: the original entries, then one extra
** entry per sunk store into a reached allocation that executed before the
** first guard using the snapshot: slot = SNAP_SUNK_STORE(store ref), ref =
** the stored value; and SNAP_NOTE is set. The backend writes these like any
** entry (nothing for an entry whose ref is sunk); opt_snap_values() turns the
** exit buffer into Values, allocating each reached object once (so identity
** is preserved when a snapshot references it twice) and applying its stores
** in trace order. Constants are taken from the IR, not from the buffer.
*/
#include <string.h>
#include <stdlib.h>
#include "opt.h"
#include "../gc/gc.h"

static inline IRIns *I(Trace *t, IRRef r) { return ir_ins(&t->ir, r); }

static bool is_alloc_op(IROp op) {
  return op == IR_NEW_INSTANCE || op == IR_NEW_TUPLE || op == IR_NEW_LIST;
}

static bool is_alloc(Trace *t, IRRef r) {
  return r > 0 && r < t->ir.nins && is_alloc_op((IROp)I(t, r)->op);
}

/* Is instruction s a store into allocation A that sinking can handle? */
static bool sinkable_store(Trace *t, IRIns *s, IRRef A) {
  IRIns *ai = I(t, A);
  switch (s->op) {
  case IR_SETSLOT:
    return ai->op == IR_NEW_INSTANCE && s->b >= 0;
  case IR_SETFIELD:
    return ai->op == IR_NEW_INSTANCE && s->b == IRFIELD_INST_MAP &&
           ir_isk(s->c) && ir_k(&t->ir, s->c)->t == IRT_OBJ;
  case IR_SETITEM:
    if (ai->op == IR_NEW_INSTANCE || !ir_isk(s->b)) return false;
    {
      IRConst *k = ir_k(&t->ir, s->b);
      return (k->t == IRT_INT) && k->u.i >= 0 && k->u.i < ai->a;
    }
  default:
    return false;
  }
}

static bool is_store(IROp op) {
  return op == IR_SETSLOT || op == IR_SETFIELD || op == IR_SETITEM || op == IR_SETDICTENTRY;
}

/* ---- marking --------------------------------------------------------------------- */

/* esc[r] for allocations: 1 = escapes. Plus dependencies "B stored into A". */
typedef struct SinkState {
  Trace *t;
  uint8_t *esc;
  IRRef *dep_val, *dep_into;    /* value B stored into allocation A */
  int32_t ndep, depcap;
  IRRef *phis;                  /* PHIs whose both sides are allocations */
  int32_t nphi;
} SinkState;

static void escape(SinkState *S, IRRef r) {
  if (is_alloc(S->t, r)) S->esc[r] = 1;
}

static void add_dep(SinkState *S, IRRef val, IRRef into) {
  if (S->ndep >= S->depcap) {
    int32_t ncap = S->depcap ? S->depcap * 2 : 32;
    IRRef *a = gc_alloc_atomic(sizeof(IRRef) * (size_t)ncap);
    IRRef *b = gc_alloc_atomic(sizeof(IRRef) * (size_t)ncap);
    if (S->ndep) {
      memcpy(a, S->dep_val, sizeof(IRRef) * (size_t)S->ndep);
      memcpy(b, S->dep_into, sizeof(IRRef) * (size_t)S->ndep);
    }
    S->dep_val = a; S->dep_into = b; S->depcap = ncap;
  }
  S->dep_val[S->ndep] = val;
  S->dep_into[S->ndep] = into;
  S->ndep++;
}

static void mark(SinkState *S) {
  Trace *t = S->t;
  IRBuf *ir = &t->ir;
  for (IRRef r = 1; r < ir->nins; r++) {
    IRIns *ins = I(t, r);
    if (ins->flags & IRF_DEAD) continue;
    const char *m = opt_op_modes[ins->op];
    if (is_store((IROp)ins->op)) {
      /* a: the object; c: the value. */
      if (is_alloc(t, ins->a) && ins->c != ins->a && sinkable_store(t, ins, ins->a)) {
        if (is_alloc(t, ins->c)) add_dep(S, ins->c, ins->a);
      } else {
        escape(S, ins->a);
        escape(S, ins->c);
      }
      if (m[1] == 'R') escape(S, ins->b);
      continue;
    }
    if (ins->op == IR_PHI && is_alloc(t, ins->a) && is_alloc(t, ins->b)) {
      S->phis[S->nphi++] = r;                 /* decided by sink_phis() */
      continue;
    }
    if (m[0] == 'R') escape(S, ins->a);
    if (m[1] == 'R') escape(S, ins->b);
    if (m[2] == 'R') escape(S, ins->c);
    /* LINK writes its snapshot's slots back for real. */
    if (ins->op == IR_LINK && ins->snap >= 0) {
      Snapshot *s = &t->snaps[ins->snap];
      for (int32_t i = 0; i < s->nent; i++) escape(S, t->snapmap[s->ent + i].ref);
    }
  }
}

/* Propagate: a value stored into an escaping allocation escapes. */
static void propagate(SinkState *S) {
  for (bool changed = true; changed;) {
    changed = false;
    for (int32_t i = 0; i < S->ndep; i++) {
      if (S->esc[S->dep_into[i]] && !S->esc[S->dep_val[i]]) {
        S->esc[S->dep_val[i]] = 1;
        changed = true;
      }
    }
  }
}

/* ---- loop-carried allocations ------------------------------------------------------- */

/* Non-dead stores into allocation A, in trace order. */
static int32_t stores_into(Trace *t, IRRef A, IRRef *out) {
  int32_t n = 0;
  for (IRRef r = A + 1; r < t->ir.nins; r++) {
    IRIns *s = I(t, r);
    if (is_store((IROp)s->op) && s->a == A && !(s->flags & IRF_DEAD)) out[n++] = r;
  }
  return n;
}

typedef struct PhiPlan {
  IRRef label;
  uint8_t *body_used;           /* preamble refs used after LABEL */
  IRRef *sa, *sb;               /* scratch: stores of both sides */
  IRRef *na, *nb;               /* PHIs to add */
  int32_t nnew;
} PhiPlan;

/* The right side of the live PHI with left side a (existing or planned), or 0. */
static IRRef phi_of(Trace *t, PhiPlan *P, IRRef a) {
  for (IRRef r = t->ir.chain[IR_PHI]; r > 0; r = I(t, r)->prev) {
    IRIns *p = I(t, r);
    if (p->a == a && !(p->flags & IRF_DEAD)) return p->b;
  }
  for (int32_t i = 0; i < P->nnew; i++)
    if (P->na[i] == a) return P->nb[i];
  return IRREF_NONE;
}

/* Can PHI(pa, pb) of two allocations be sunk? pb must be the body's copy of
** pa: same op and operands, stores matching one to one (op, key, order).
** Each pair of stored values must already flow around the loop: equal, or
** carried by a PHI(va, vb); a missing PHI is planned when va is a preamble
** instruction the body does not use otherwise (so no use changes meaning). */
static bool phi_shape(SinkState *S, PhiPlan *P, IRRef pa, IRRef pb) {
  Trace *t = S->t;
  IRIns *A = I(t, pa), *B = I(t, pb);
  if (A->op != B->op || A->a != B->a || A->b != B->b) return false;
  if (pa >= P->label || pb <= P->label) return false;
  int32_t n = stores_into(t, pa, P->sa);
  if (stores_into(t, pb, P->sb) != n) return false;
  for (int32_t k = 0; k < n; k++) {
    IRIns *x = I(t, P->sa[k]), *y = I(t, P->sb[k]);
    if (x->op != y->op || x->b != y->b || P->sa[k] > P->label || P->sb[k] < P->label) return false;
    IRRef va = x->c, vb = y->c;
    if (va == vb) continue;
    if (is_alloc(t, va) || is_alloc(t, vb)) return false;
    IRRef cur = phi_of(t, P, va);
    if (cur) { if (cur == vb) continue; return false; }
    if (ir_isk(va) || va <= 0 || va > P->label || P->body_used[va]) return false;
    IRType ta = ir_type(&t->ir, va), tb = ir_type(&t->ir, vb);
    if (ta != tb || ta == IRT_VOID) return false;
    P->na[P->nnew] = va;
    P->nb[P->nnew] = vb;
    P->nnew++;
  }
  return true;
}

static void body_uses(Trace *t, PhiPlan *P) {
  IRRef label = P->label;
  for (IRRef r = label + 1; r < t->ir.nins; r++) {
    IRIns *ins = I(t, r);
    if (ins->flags & IRF_DEAD) continue;
    const char *m = opt_op_modes[ins->op];
    IRRef ops[3] = {ins->a, ins->b, ins->c};
    for (int i = (ins->op == IR_PHI ? 1 : 0); i < 3; i++)
      if (m[i] == 'R' && ops[i] > 0 && ops[i] < label) P->body_used[ops[i]] = 1;
    if (((ins->flags & IRF_GUARD) || ins->op == IR_JUMP) && ins->snap >= 0) {
      Snapshot *s = &t->snaps[ins->snap];
      for (int32_t i = 0; i < s->nent; i++) {
        IRRef e = t->snapmap[s->ent + i].ref;
        if (e > 0 && e < label) P->body_used[e] = 1;
      }
    }
  }
}

/* Decide the allocation PHIs (fixpoint with escape propagation), then
** apply: sunk pairs get their PHI marked dead and the planned PHIs added
** before the JUMP. */
static void sink_phis(SinkState *S) {
  Trace *t = S->t;
  IRBuf *ir = &t->ir;
  PhiPlan P;
  memset(&P, 0, sizeof P);
  P.label = ir->chain[IR_LABEL];
  if (!S->nphi || !P.label) {
    for (int32_t i = 0; i < S->nphi; i++) { escape(S, I(t, S->phis[i])->a); escape(S, I(t, S->phis[i])->b); }
    propagate(S);
    return;
  }
  size_t n = (size_t)ir->nins;
  P.body_used = gc_alloc_atomic_zero(n);
  P.sa = gc_alloc_atomic(sizeof(IRRef) * n);
  P.sb = gc_alloc_atomic(sizeof(IRRef) * n);
  P.na = gc_alloc_atomic(sizeof(IRRef) * n);
  P.nb = gc_alloc_atomic(sizeof(IRRef) * n);
  body_uses(t, &P);
  for (;;) {
    propagate(S);
    bool changed = false;
    P.nnew = 0;
    for (int32_t i = 0; i < S->nphi; i++) {
      IRRef a = I(t, S->phis[i])->a, b = I(t, S->phis[i])->b;
      if (S->esc[a] || S->esc[b]) {
        if (!S->esc[a] || !S->esc[b]) { S->esc[a] = S->esc[b] = 1; changed = true; }
        continue;
      }
      int32_t save = P.nnew;
      if (!phi_shape(S, &P, a, b)) {
        P.nnew = save;
        S->esc[a] = S->esc[b] = 1;
        changed = true;
      }
    }
    if (!changed) break;
  }
  for (int32_t i = 0; i < S->nphi; i++) {
    IRIns *p = I(t, S->phis[i]);
    if (!S->esc[p->a] && !S->esc[p->b]) p->flags |= IRF_DEAD;
  }
  if (!P.nnew) return;
  /* Insert the new PHIs before the final JUMP. */
  IRRef j = ir->nins - 1;
  IRIns jump = *I(t, j);
  if (jump.op != IR_JUMP) return;
  IRIns *first = I(t, j);
  first->op = IR_PHI;
  first->t = IRT_VOID;
  first->flags = 0;
  first->a = P.na[0];
  first->b = P.nb[0];
  first->c = 0;
  first->snap = -1;
  for (int32_t i = 1; i < P.nnew; i++) ir_emit_raw(ir, IR_PHI, IRT_VOID, P.na[i], P.nb[i], 0);
  IRRef nj = ir_emit_raw(ir, IR_JUMP, IRT_VOID, 0, 0, 0);
  I(t, nj)->snap = jump.snap;
  I(t, nj)->flags = jump.flags;
  opt_rechain(t);
}

/* ---- sunk stores and snapshots ------------------------------------------------------- */

int opt_sunk_stores(Trace *t, IRRef alloc, IRRef *out, int max) {
  int n = 0;
  if (!is_alloc(t, alloc)) return 0;
  for (IRRef r = alloc + 1; r < t->ir.nins; r++) {
    IRIns *s = I(t, r);
    if (is_store((IROp)s->op) && s->a == alloc && (s->flags & IRF_SUNK) && !(s->flags & IRF_DEAD)) {
      if (n < max) out[n] = r;
      n++;
    }
  }
  return n;
}

/* The sunk stores of every sunk allocation, in trace order (CSR arrays). */
typedef struct StoreIndex {
  int32_t *first;       /* [nins + 1]: stores of allocation A are list[first[A] .. first[A+1]) */
  IRRef *list;
  uint8_t *seen;        /* scratch marks */
  IRRef *work;          /* scratch: reached allocations */
  IRRef *found;         /* scratch: stores to add */
} StoreIndex;

static bool sunk_store(IRIns *st) {
  return is_store((IROp)st->op) && (st->flags & IRF_SUNK) && !(st->flags & IRF_DEAD) && st->a > 0;
}

static void index_stores(Trace *t, StoreIndex *X) {
  int32_t n = t->ir.nins;
  X->first = gc_alloc_atomic_zero(sizeof(int32_t) * (size_t)(n + 1));
  for (IRRef r = 1; r < n; r++)
    if (sunk_store(I(t, r))) X->first[I(t, r)->a + 1]++;
  for (int32_t a = 0; a < n; a++) X->first[a + 1] += X->first[a];
  int32_t total = X->first[n];
  X->list = gc_alloc_atomic(sizeof(IRRef) * (size_t)(total + 1));
  int32_t *fill = gc_alloc_atomic(sizeof(int32_t) * (size_t)(n + 1));
  memcpy(fill, X->first, sizeof(int32_t) * (size_t)(n + 1));
  for (IRRef r = 1; r < n; r++)
    if (sunk_store(I(t, r))) X->list[fill[I(t, r)->a]++] = r;
  X->seen = gc_alloc_atomic_zero((size_t)n);
  X->work = gc_alloc_atomic(sizeof(IRRef) * (size_t)n);
  X->found = gc_alloc_atomic(sizeof(IRRef) * (size_t)(total + 1));
}

static int cmp_ref(const void *a, const void *b) {
  IRRef x = *(const IRRef *)a, y = *(const IRRef *)b;
  return (x > y) - (x < y);
}

/* Rewrite snapshot sn for exits at `pos`: add the sunk store entries. */
static void note_snapshot(Trace *t, int32_t sn, IRRef pos, StoreIndex *X) {
  Snapshot *s = &t->snaps[sn];
  int32_t nwork = 0, nfound = 0;
  for (int32_t i = 0; i < s->nent; i++) {
    IRRef r = t->snapmap[s->ent + i].ref;
    if (is_alloc(t, r) && (I(t, r)->flags & IRF_SUNK) && !X->seen[r]) { X->seen[r] = 1; X->work[nwork++] = r; }
  }
  if (!nwork) return;
  /* Close over allocations stored into reached ones (before pos). */
  for (int32_t w = 0; w < nwork; w++) {
    IRRef A = X->work[w];
    for (int32_t k = X->first[A]; k < X->first[A + 1] && X->list[k] < pos; k++) {
      IRRef v = I(t, X->list[k])->c;
      X->found[nfound++] = X->list[k];
      if (is_alloc(t, v) && (I(t, v)->flags & IRF_SUNK) && !X->seen[v]) { X->seen[v] = 1; X->work[nwork++] = v; }
    }
  }
  for (int32_t w = 0; w < nwork; w++) X->seen[X->work[w]] = 0;
  qsort(X->found, (size_t)nfound, sizeof(IRRef), cmp_ref);
  /* New entry list: old entries + one per store into a reached allocation. */
  opt_snapmap_reserve(t, s->nent + nfound);
  s = &t->snaps[sn];
  int32_t ent = t->nsnapmap;
  memmove(&t->snapmap[ent], &t->snapmap[s->ent], sizeof(SnapEntry) * (size_t)s->nent);
  int32_t n = s->nent;
  for (int32_t k = 0; k < nfound; k++) {
    t->snapmap[ent + n].slot = SNAP_SUNK_STORE(X->found[k]);
    t->snapmap[ent + n].ref = I(t, X->found[k])->c;
    n++;
  }
  t->nsnapmap += n;
  s->ent = ent;
  s->nent = n;
  s->flags |= SNAP_NOTE;
}

void opt_alloc(JitState *J, Trace *t) {
  IRBuf *ir = &t->ir;
  (void)J;
  bool any = false;
  for (IRRef r = 1; r < ir->nins && !any; r++)
    any = is_alloc_op((IROp)I(t, r)->op) && !(I(t, r)->flags & IRF_DEAD);
  if (!any) return;
  SinkState S;
  memset(&S, 0, sizeof S);
  S.t = t;
  S.esc = gc_alloc_atomic_zero((size_t)ir->nins);
  S.phis = gc_alloc_atomic(sizeof(IRRef) * (size_t)ir->nins);
  mark(&S);
  sink_phis(&S);
  /* Sink. */
  int32_t nsunk = 0;
  for (IRRef r = 1; r < ir->nins; r++) {
    IRIns *ins = I(t, r);
    if (is_alloc_op((IROp)ins->op) && !(ins->flags & IRF_DEAD) && !S.esc[r]) {
      ins->flags |= IRF_SUNK;
      nsunk++;
    }
  }
  if (!nsunk) return;
  for (IRRef r = 1; r < ir->nins; r++) {
    IRIns *ins = I(t, r);
    if (is_store((IROp)ins->op) && is_alloc(t, ins->a) && (I(t, ins->a)->flags & IRF_SUNK))
      ins->flags |= IRF_SUNK;
  }
  /* Snapshots: position = the first guard using each one. */
  IRRef *pos = gc_alloc_atomic_zero(sizeof(IRRef) * (size_t)(t->nsnap + 1));
  for (IRRef r = 1; r < ir->nins; r++) {
    IRIns *ins = I(t, r);
    if ((ins->flags & IRF_GUARD) && !(ins->flags & IRF_DEAD) && ins->snap >= 0 &&
        ins->snap < t->nsnap && !pos[ins->snap])
      pos[ins->snap] = r;
  }
  StoreIndex X;
  index_stores(t, &X);
  for (int32_t sn = 0; sn < t->nsnap; sn++)
    if (pos[sn]) note_snapshot(t, sn, pos[sn], &X);
}

/* ---- materialisation at exits ------------------------------------------------------------ */

typedef struct MatState {
  VM *vm;
  Trace *t;
  Snapshot *s;
  const Value *exitbuf;
  IRRef *memo_ref;
  Value *memo_val;
  int32_t nmemo;
} MatState;

static Value kvalue(Trace *t, IRRef r) {
  IRConst *k = ir_k(&t->ir, r);
  switch (k->t) {
  case IRT_INT: return v_int(k->u.i);
  case IRT_BOOL: return v_bool(k->u.i != 0);
  case IRT_FLOAT: return v_float(k->u.f);
  case IRT_NONE: return v_none();
  case IRT_OBJ: return k->u.p ? v_obj(k->u.p) : v_null();
  default: return v_null();
  }
}

static Value materialise(MatState *M, IRRef A);

/* Value of snapshot entry i. */
static Value entry_value(MatState *M, int32_t i) {
  IRRef r = M->t->snapmap[M->s->ent + i].ref;
  if (ir_isk(r)) return kvalue(M->t, r);
  if (is_alloc(M->t, r) && (I(M->t, r)->flags & IRF_SUNK)) return materialise(M, r);
  return M->exitbuf[i];
}

static bool inst_reserve(Instance *o, int32_t need) {
  if (need <= o->cap) return true;
  int32_t ncap = o->cap ? o->cap * 2 : 4;
  while (ncap < need) ncap *= 2;
  Value *s = gc_alloc((size_t)ncap * sizeof(Value));
  if (!s) return false;
  if (o->cap && o->slots) memcpy(s, o->slots, (size_t)o->cap * sizeof(Value));
  o->slots = s;
  o->cap = ncap;
  return true;
}

static Value materialise(MatState *M, IRRef A) {
  Trace *t = M->t;
  VM *vm = M->vm;
  for (int32_t i = 0; i < M->nmemo; i++)
    if (M->memo_ref[i] == A) return M->memo_val[i];
  IRIns *ai = I(t, A);
  Value obj = v_null();
  switch (ai->op) {
  case IR_NEW_INSTANCE: {
    Class *cls = ir_k(&t->ir, ai->a)->u.p;
    Instance *o = instance_new(vm, cls);
    if (!o) return v_null();
    if (ai->b && ir_isk(ai->b)) {
      Map *m = ir_k(&t->ir, ai->b)->u.p;
      if (m) {
        o->map = m;
        if (!inst_reserve(o, m->nattrs)) goto oom;
      }
    }
    obj = v_obj(o);
    break;
  }
  case IR_NEW_TUPLE: {
    Tuple *tu = tuple_new(vm, ai->a);
    if (!tu) return v_null();
    obj = v_obj(tu);
    break;
  }
  case IR_NEW_LIST: {
    List *l = list_new(vm, ai->a);
    if (!l) return v_null();
    obj = v_obj(l);
    break;
  }
  default:
    return v_null();
  }
  M->memo_ref[M->nmemo] = A;
  M->memo_val[M->nmemo] = obj;
  M->nmemo++;
  /* Apply the stores recorded in this snapshot, in order. */
  for (int32_t i = 0; i < M->s->nent; i++) {
    int32_t slot = t->snapmap[M->s->ent + i].slot;
    if (slot >= 0) continue;
    IRIns *st = I(t, SNAP_SUNK_STORE_REF(slot));
    if (st->a != A) continue;
    Value v = entry_value(M, i);
    if (v_isnull(v) && !v_isnull(vm->exc)) return v_null();
    switch (st->op) {
    case IR_SETSLOT: {
      Instance *o = AS_INSTANCE(obj);
      if (!inst_reserve(o, st->b + 1)) goto oom;
      o->slots[st->b] = v;
      break;
    }
    case IR_SETFIELD: {
      Instance *o = AS_INSTANCE(obj);
      if (v.tag == T_MAP) {
        Map *m = (Map *)v.u.o;
        o->map = m;
        if (!inst_reserve(o, m->nattrs)) goto oom;
      }
      break;
    }
    case IR_SETITEM: {
      int64_t idx = ir_k(&t->ir, st->b)->u.i;
      if (obj.tag == T_TUPLE) AS_TUPLE(obj)->items[idx] = v;
      else AS_LIST(obj)->items[idx] = v;
      break;
    }
    default:
      break;
    }
  }
  return obj;
oom:
  vm_raise(vm, vm->exc_MemoryError, "");
  return v_null();
}

bool opt_snap_values(VM *vm, Trace *t, int32_t snapno, const Value *exitbuf, Value *out) {
  Snapshot *s = &t->snaps[snapno];
  if (!(s->flags & SNAP_NOTE)) {
    for (int32_t i = 0; i < s->nent; i++) {
      IRRef r = t->snapmap[s->ent + i].ref;
      out[i] = ir_isk(r) ? kvalue(t, r) : exitbuf[i];
    }
    return true;
  }
  MatState M = {vm, t, s, exitbuf, NULL, NULL, 0};
  M.memo_ref = gc_alloc_atomic(sizeof(IRRef) * (size_t)(s->nent + 1));
  M.memo_val = gc_alloc(sizeof(Value) * (size_t)(s->nent + 1));
  if (!M.memo_ref || !M.memo_val) { vm_raise(vm, vm->exc_MemoryError, ""); return false; }
  for (int32_t i = 0; i < s->nent; i++) {
    out[i] = entry_value(&M, i);
    IRRef r = t->snapmap[s->ent + i].ref;
    if (v_isnull(out[i]) && is_alloc(t, r) && !v_isnull(vm->exc)) return false;
  }
  return true;
}
