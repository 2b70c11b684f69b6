/*
** snap.c: snapshot capture (while recording) and restore (at exits).
**
** Design
** ------
** A snapshot is LuaJIT's idea: instead of keeping the interpreter's frames
** up to date while compiled code runs, the trace keeps values in registers
** and records, at each guard, how to rebuild the interpreter state should
** the guard fail. It lists
**
**   - the frames, outermost (the trace's root frame) first: code, function,
**     globals, base slot, resume pc and stack depth. The innermost frame
**     re-executes the instruction at its pc (so guards are taken before an
**     instruction has side effects, or describe the state after it: branch
**     guards resume at the other target); the others are callers stopped in
**     a call, which the interpreter continues at pc + 1 when the callee
**     returns. Inlined frames (virtual: compiled code never builds them) get
**     real interpreter frames only here, at an exit.
**   - the slots whose values are not in memory: a root-frame slot the trace
**     never wrote keeps its value in the frame, so it is left out; every
**     slot of an inlined frame is included (its memory is garbage: the
**     frame did not exist). Slots above the root frame's own extent are
**     always included, even when unchanged: the frame of a residual call
**     lands right above the root frame's extent (vm_stack_top) and may
**     overwrite them.
**
** Unbound locals of inlined frames are the constant T_NULL (rec.c keeps
** them that way), so every live slot of an inlined frame has an entry and
** restore never has to guess.
**
** Restore (the exit protocol of llvm.h): compiled code boxed the value of
** entry i into exitbuf[i]; sunk allocations come as markers, and
** opt_snap_values() (opt_alloc.c) builds them from the snapshot's extra
** entries (slot < 0). snap_restore() writes the slots, sets the root frame's
** pc and sp, and pushes one interpreter frame per inlined frame exactly as
** the interpreter's call fast path would have (callee base = where its
** arguments sit on the caller's stack; __init__ frames of class calls at the
** caller's stack top), so the interpreter cannot tell the difference.
**
** Entering a bridge (snap_write) only writes the slots: the bridge starts
** from the same root frame with the exit's inlined frames still virtual, so
** it can return from them into the root frame without ever leaving
** compiled code (see rec_start_bridge).
*/
#include <stdio.h>
#include <string.h>
#include "snap.h"
#include "opt.h"
#include "../gc/gc.h"

/* ---- capture ----------------------------------------------------------------- */

static bool is_self_sload(Rec *R, int32_t slot, IRRef r) {
  if (ir_isk(r) || slot >= R->safe) return false;
  IRIns *ins = ir_ins(&R->t->ir, r);
  return ins->op == IR_SLOAD && ins->a == slot;
}

int32_t snap_take(Rec *R, uint32_t pc, int32_t depth, uint32_t flags) {
  Trace *t = R->t;
  int32_t nfr = R->nfr, maxent = 0;
  for (int32_t i = 0; i < nfr; i++) maxent += i == nfr - 1 ? depth : R->fr[i].depth;
  trace_snap_reserve(t, maxent, nfr);
  Snapshot *s = &t->snaps[t->nsnap];
  memset(s, 0, sizeof *s);
  s->ref = t->ir.nins;
  s->ent = t->nsnapmap;
  s->frame = t->nsnapframes;
  s->nframe = nfr;
  s->flags = flags;
  for (int32_t i = 0; i < nfr; i++) {
    RecFrame *f = &R->fr[i];
    bool inner = i == nfr - 1;
    int32_t d = inner ? depth : f->depth;
    SnapFrame *sf = &t->snapframes[t->nsnapframes++];
    sf->code = f->code;
    sf->func = f->func;
    sf->globals = f->globals;
    sf->base = f->base;
    sf->pc = inner ? pc : f->pc;
    sf->depth = d;
    sf->flags = f->flags;
    for (int32_t k = f->base; k < f->base + d; k++) {
      IRRef r = R->slot[k];
      if (r == IRREF_NONE || is_self_sload(R, k, r)) continue;
      SnapEntry *e = &t->snapmap[t->nsnapmap++];
      e->slot = k;
      e->ref = r;
    }
  }
  s->nent = t->nsnapmap - s->ent;
  return t->nsnap++;
}

/* ---- values at an exit ---------------------------------------------------------- */

static bool has_sunk(Trace *t, Snapshot *s) {
  if (s->flags & SNAP_NOTE) return true;
  for (int32_t i = 0; i < s->nent; i++) {
    IRRef r = t->snapmap[s->ent + i].ref;
    if (r > 0 && (ir_ins(&t->ir, r)->flags & IRF_SUNK)) return true;
  }
  return false;
}

/* The Value of a constant entry (compiled code writes them too; reading the
** constant here keeps restore independent of that). */
static Value kvalue(IRConst *k) {
  switch (k->t) {
  case IRT_INT: return v_int(k->u.i);
  case IRT_BOOL: return v_bool(k->u.i != 0);
  case IRT_FLOAT: return v_float(k->u.f);
  case IRT_NONE: return v_none();
  case IRT_OBJ: return k->u.p ? v_obj(k->u.p) : v_null();
  default: return v_null();
  }
}

bool snap_values(JitState *J, Trace *t, int32_t sn, const Value *exitbuf, Value *out) {
  Snapshot *s = &t->snaps[sn];
  if (has_sunk(t, s)) {
    if (!opt_snap_values(J->vm, t, sn, exitbuf, out)) return false;
  } else {
    for (int32_t i = 0; i < s->nent; i++) out[i] = exitbuf[i];
  }
  for (int32_t i = 0; i < s->nent; i++) {
    IRRef r = t->snapmap[s->ent + i].ref;
    if (ir_isk(r)) out[i] = kvalue(ir_k(&t->ir, r));
  }
  return true;
}

/* A scratch array for the values of one snapshot (GC memory, reused: it may
** hold the only reference to materialised objects until they are stored). */
static Value *scratch(JitState *J, int32_t n) {
  return jit_scratch(J, n);
}

/* ---- restore ------------------------------------------------------------------------- */

Frame *snap_push_frame(VM *vm, const SnapFrame *sf, Value *base) {
  Frame *nf = vm_next_frame(vm);
  if (!nf) return NULL;
  vm_frame_enter(vm, nf, sf->code, sf->func, base, base + sf->depth, sf->globals, NULL);
  nf->pc = sf->pc;
  nf->is_init = (sf->flags & SNAPFRAME_INIT) != 0;
  /* recursion units (vm.h): the interpreter's class-call path enters 3 for
  ** an __init__ frame (PyObject_Call, bound method, function), owned by it */
  nf->rec_extra = nf->is_init ? 3 : 0;
  vm->rec_extra += nf->rec_extra;
  return nf;
}

static bool write_slots(JitState *J, Trace *t, int32_t sn, const Value *exitbuf, Value *base) {
  Snapshot *s = &t->snaps[sn];
  SnapEntry *ent = &t->snapmap[s->ent];
  if (!(s->flags & SNAP_NOTE)) {
    /* the common case: compiled code boxed every value (constants included) */
    for (int32_t i = 0; i < s->nent; i++)
      if (ent[i].slot >= 0) base[ent[i].slot] = exitbuf[i];
    return true;
  }
  Value *vals = scratch(J, s->nent);
  if (!vals) {
    vm_raise(J->vm, J->vm->exc_MemoryError, "");
    return false;
  }
  if (!snap_values(J, t, sn, exitbuf, vals)) return false;
  for (int32_t i = 0; i < s->nent; i++)
    if (ent[i].slot >= 0) base[ent[i].slot] = vals[i];
  return true;
}

bool snap_restore(JitState *J, Trace *t, int32_t sn, const Value *exitbuf, Frame *root) {
  VM *vm = J->vm;
  Snapshot *s = &t->snaps[sn];
  SnapFrame *sf = &t->snapframes[s->frame];
  Value *base = root->base;
  bool ok = write_slots(J, t, sn, exitbuf, base);
  vm->frame = root;
  root->pc = sf[0].pc;
  root->sp = base + sf[0].depth;
  for (int32_t i = 1; i < s->nframe; i++) {
    if (!snap_push_frame(vm, &sf[i], base + sf[i].base)) {
      vm_raise_recursion(vm);
      return false;
    }
  }
  return ok;
}

bool snap_write(JitState *J, Trace *t, int32_t sn, const Value *exitbuf, Value *base) {
  return write_slots(J, t, sn, exitbuf, base);
}

/* ---- checking (RPYVM_JIT_CHECK=1) ---------------------------------------------------- */

/* Is snapshot s of t well formed? Frames outermost first with bases that do
** not overlap the frame below's live slots, pcs inside their code, one entry
** per slot, inside some frame's live range (sunk-store extras, slot < 0,
** after them), refs that exist. On failure a message in err. */
bool snap_check(Trace *t, int32_t sn, char *err, size_t n) {
  Snapshot *s = &t->snaps[sn];
  if (s->frame < 0 || s->frame + s->nframe > t->nsnapframes || s->nframe < 1 ||
      s->ent < 0 || s->ent + s->nent > t->nsnapmap) {
    snprintf(err, n, "snapshot %d: bad ranges", (int)sn);
    return false;
  }
  SnapFrame *sf = &t->snapframes[s->frame];
  if (sf[0].base != 0) {
    snprintf(err, n, "snapshot %d: root frame at slot %d", (int)sn, (int)sf[0].base);
    return false;
  }
  for (int32_t i = 0; i < s->nframe; i++) {
    Code *co = sf[i].code;
    int32_t nl = co->nlocals + co->ncells + co->nfrees;
    if (sf[i].pc >= (uint32_t)co->ninsns || sf[i].depth < nl ||
        sf[i].depth > nl + co->stacksize + VM_FRAME_MARGIN) {
      snprintf(err, n, "snapshot %d frame %d: pc %u depth %d", (int)sn, (int)i, sf[i].pc,
               (int)sf[i].depth);
      return false;
    }
    if (i > 0 && sf[i].base < sf[i - 1].base + sf[i - 1].depth) {
      snprintf(err, n, "snapshot %d frame %d: base %d overlaps its caller", (int)sn, (int)i,
               (int)sf[i].base);
      return false;
    }
    /* a call's arguments sit right above the callee slot (+1), or above
    ** LOAD_METHOD's NULL marker and the callable (+2) */
    if (i > 0 && (sf[i].flags & SNAPFRAME_INIT) == 0 &&
        (sf[i].base < sf[i - 1].base + sf[i - 1].depth ||
         sf[i].base > sf[i - 1].base + sf[i - 1].depth + 2)) {
      snprintf(err, n, "snapshot %d frame %d: base %d is not at its caller's stack top",
               (int)sn, (int)i, (int)sf[i].base);
      return false;
    }
  }
  bool extras = false;
  for (int32_t i = 0; i < s->nent; i++) {
    SnapEntry *e = &t->snapmap[s->ent + i];
    if (e->ref > 0 && e->ref >= t->ir.nins) {
      snprintf(err, n, "snapshot %d: entry %d refers to %d", (int)sn, (int)i, (int)e->ref);
      return false;
    }
    if (e->ref < 0 && ir_kidx(e->ref) >= t->ir.nk) {
      snprintf(err, n, "snapshot %d: entry %d: bad constant", (int)sn, (int)i);
      return false;
    }
    if (e->slot < 0) {
      extras = true;
      continue;
    }
    if (extras) {
      snprintf(err, n, "snapshot %d: slot entry %d after sunk-store entries", (int)sn, (int)i);
      return false;
    }
    for (int32_t j = 0; j < i; j++)
      if (t->snapmap[s->ent + j].slot == e->slot) {
        snprintf(err, n, "snapshot %d: two entries for slot %d", (int)sn, (int)e->slot);
        return false;
      }
    bool inside = false;
    for (int32_t k = 0; k < s->nframe && !inside; k++)
      inside = e->slot >= sf[k].base && e->slot < sf[k].base + sf[k].depth;
    if (!inside) {
      snprintf(err, n, "snapshot %d: slot %d is in no frame", (int)sn, (int)e->slot);
      return false;
    }
  }
  return true;
}

bool snap_check_all(Trace *t, char *err, size_t n) {
  for (int32_t s = 0; s < t->nsnap; s++)
    if (!snap_check(t, s, err, n)) return false;
  return true;
}
