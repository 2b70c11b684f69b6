/*
** rec.c: the trace recorder: state, slots, snapshots, guards, and the
** per-instruction loop. The opcodes themselves are in rec_ops.c (everything
** but calls) and rec_call.c (calls, returns, builtins, inlining).
**
** Design
** ------
** Like LuaJIT's lj_record.c, the recorder follows the interpreter instead of
** interpreting by itself: the interpreter calls rec_ins() before executing
** each instruction of the frames being recorded, the recorder emits the IR
** of that instruction specialised to the runtime values it finds in the
** frame, and the interpreter then executes it as usual. Recording one
** iteration of a loop is therefore the same as running it once, and every
** decision (which branch, which type, which method) is the one the program
** actually took; guards make the trace exit where a later run differs.
**
** The state model. Trace slot k is root->base[k], the root being the frame
** where recording started. The slot map holds, per slot, the IR ref of its
** current value: 0 means "what memory held at trace entry" for the root
** frame (read lazily with a typed SLOAD, which guards the tag) and T_NULL
** (the constant knull) for unbound locals of inlined frames. The operand
** stack is slots too, so an instruction is recorded by reading the refs of
** its operands and writing the ref of its result where the interpreter will
** put it; the stack depth itself comes from the interpreter's sp at the next
** instruction. Calls that are inlined push a RecFrame: the callee's slots
** continue above the caller's (the interpreter's own frame layout), and the
** interpreter really runs the callee meanwhile, so runtime values are always
** at hand in memory.
**
** Values. A ref is typed (INT, FLOAT, BOOL, NONE, OBJ with an object kind)
** or a VAL (a whole Value: results of residual calls and of loads from the
** heap). A VAL is unboxed lazily, where an instruction needs the type, with
** an UNBOX guard on the tag the value has right now.
**
** Guards and snapshots. A guard exits with a snapshot (snap.c): by default
** the state before the current instruction, so the interpreter re-executes
** it; every handler therefore emits its guards before any side effect, and
** only changes the slot map at its end. Residual calls that may raise are
** followed by GUARD_NO_EXCEPTION with a SNAP_EXC snapshot (resume by
** unwinding the exception at the instruction). Conditional jumps are guarded
** after the fact (PEND_BRANCH): at the next instruction the recorder sees
** which way the interpreter went and guards that, resuming at the other
** target, so a truth test with side effects never runs twice.
**
** Frames the recorder does not follow (residual calls of Python functions,
** which the interpreter runs in the same C loop, or nested C-level runs)
** call rec_ins() too; they are ignored because their Frame is not the
** innermost RecFrame's.
**
** Ending a trace: a loop trace closes with JUMP when the root frame jumps
** back to its header; any trace ends with LINK when it reaches a loop header
** (or a meta-tracing green key) that already has compiled code; bridges end
** with EXIT when they would leave the root frame; function traces with RET.
** Aborts (NYI opcodes, exceptions, trace_limit, inner loops without code)
** go to the driver, which applies penalties.
*/
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "snap.h"
#include "opt.h"
#include "llvm.h"
#include "jit_log.h"
#include "../gc/gc.h"

static const char *const call_flags[IRCALL__COUNT] = {
#define RC_FL(name, fn, t, n, fl) fl,
  IRCALLS(RC_FL)
#undef RC_FL
};

/* ---- emitting -------------------------------------------------------------------- */

IRRef rec_emitk(Rec *R, IROp op, IRType t, uint8_t kind, IRRef a, IRRef b, IRRef c) {
  return opt_emitk(R->J, R->t, op, t, kind, a, b, c);
}

IRRef rec_emit(Rec *R, IROp op, IRType t, IRRef a, IRRef b, IRRef c) {
  return opt_emitk(R->J, R->t, op, t, 0, a, b, c);
}

int32_t rec_snap_at(Rec *R, uint32_t pc, int32_t depth, uint32_t flags) {
  return snap_take(R, pc, depth, flags);
}

int32_t rec_snap(Rec *R) {
  if (R->snap >= 0 && R->snap == R->t->nsnap - 1) return R->snap;
  RecFrame *cf = rec_cur(R);
  R->snap = snap_take(R, R->pc, R->top - cf->base, 0);
  return R->snap;
}

/* Make snapshot s the current one (opt_emit gives guards t->nsnap - 1). */
static void use_snap(Rec *R, int32_t s) {
  Trace *t = R->t;
  if (s == t->nsnap - 1) return;
  Snapshot *o = &t->snaps[s];
  trace_snap_reserve(t, o->nent, o->nframe);
  o = &t->snaps[s];
  Snapshot *n = &t->snaps[t->nsnap];
  *n = *o;
  n->ref = t->ir.nins;
  n->ent = t->nsnapmap;
  n->frame = t->nsnapframes;
  memmove(&t->snapmap[t->nsnapmap], &t->snapmap[o->ent], sizeof(SnapEntry) * (size_t)o->nent);
  t->nsnapmap += o->nent;
  memmove(&t->snapframes[t->nsnapframes], &t->snapframes[o->frame],
          sizeof(SnapFrame) * (size_t)o->nframe);
  t->nsnapframes += o->nframe;
  int32_t no = t->nsnap++;
  if (R->snap == s) R->snap = no;
}

void rec_guard(Rec *R, IROp op, IRRef a, IRRef b) {
  int32_t s = rec_snap(R);
  use_snap(R, s);
  rec_emit(R, op, IRT_VOID, a, b, 0);
}

void rec_guard_snap(Rec *R, IROp op, IRRef a, IRRef b, int32_t s) {
  use_snap(R, s);
  rec_emit(R, op, IRT_VOID, a, b, 0);
}

void rec_guard_noexc(Rec *R) {
  RecFrame *cf = rec_cur(R);
  int32_t s = snap_take(R, R->pc, R->top - cf->base, SNAP_EXC);
  rec_emit(R, IR_GUARD_NO_EXCEPTION, IRT_VOID, 0, 0, 0);
  (void)s;
}

void rec_guard_epoch(Rec *R) {
  rec_guard(R, IR_GUARD_NOT_INVALIDATED, ir_kint(&R->t->ir, (int64_t)R->vm->class_epoch), 0);
}

void rec_guard_class(Rec *R, IRRef obj, Class *cls) {
  rec_guard(R, IR_GUARD_CLASS, obj, ir_kobj(&R->t->ir, cls, T_CLASS));
}

void rec_guard_map(Rec *R, IRRef obj, Map *m) {
  rec_guard(R, IR_GUARD_MAP, obj, ir_kobj(&R->t->ir, m, T_MAP));
}

static IRRef call_args(Rec *R, int n, const IRRef *args) {
  if (n == 0) return IRREF_NONE;
  if (n == 1) return args[0];
  IRRef c = rec_emit(R, IR_CARG, IRT_VOID, args[0], args[1], 0);
  for (int i = 2; i < n; i++) c = rec_emit(R, IR_CARG, IRT_VOID, c, args[i], 0);
  return c;
}

IRRef rec_call(Rec *R, IRCallId id, IRType t, int n, const IRRef *args) {
  IRRef b = call_args(R, n, args);
  IRRef r = rec_emit(R, IR_CALL, t, (IRRef)id, b, 0);
  if (strchr(call_flags[id], 'E')) rec_guard_noexc(R);
  return r;
}

IRRef rec_call_pure(Rec *R, IRCallId id, IRType t, int n, const IRRef *args) {
  IRRef b = call_args(R, n, args);
  IRRef r = rec_emit(R, IR_CALL_PURE, t, (IRRef)id, b, 0);
  if (strchr(call_flags[id], 'E')) rec_guard_noexc(R);
  return r;
}

/* ---- values ------------------------------------------------------------------------ */

IRType rec_irt(uint32_t tag) {
  switch (tag) {
  case T_NONE: return IRT_NONE;
  case T_BOOL: return IRT_BOOL;
  case T_INT: return IRT_INT;
  case T_FLOAT: return IRT_FLOAT;
  case T_NULL: return IRT_VOID;
  default: return IRT_OBJ;
  }
}

IRRef rec_const(Rec *R, Value v) {
  IRBuf *ir = &R->t->ir;
  switch (v.tag) {
  case T_NULL: return R->knull;
  case T_NONE: return ir_knone(ir);
  case T_BOOL: return ir_kbool(ir, v.u.i != 0);
  case T_INT: return ir_kint(ir, v.u.i);
  case T_FLOAT: return ir_kfloat(ir, v.u.f);
  default: return ir_kobj(ir, v.u.o, (uint8_t)v.tag);
  }
}

Value rec_kvalue(Rec *R, IRRef k) {
  IRConst *c = ir_k(&R->t->ir, k);
  switch (c->t) {
  case IRT_INT: return v_int(c->u.i);
  case IRT_BOOL: return v_bool(c->u.i != 0);
  case IRT_FLOAT: return v_float(c->u.f);
  case IRT_NONE: return v_none();
  case IRT_OBJ: return c->u.p ? v_obj(c->u.p) : v_null();
  default: return v_null();
  }
}

static bool grow_slots(Rec *R, int32_t need) {
  if (need <= R->slotcap) return true;
  int32_t n = R->slotcap ? R->slotcap : 256;
  while (n < need) n *= 2;
  IRRef *s = gc_alloc_atomic_zero(sizeof(IRRef) * (size_t)n);
  if (!s) return false;
  if (R->slot) memcpy(s, R->slot, sizeof(IRRef) * (size_t)R->slotcap);
  R->slot = s;
  R->slotcap = n;
  return true;
}

Value rec_rt(Rec *R, int32_t slot) { return R->base[slot]; }

void rec_set(Rec *R, int32_t slot, IRRef ref) {
  if (slot >= R->slotcap && !grow_slots(R, slot + 1)) {
    rec_fail(R, ABORT_TOO_LONG, "out of memory for the slot map");
    return;
  }
  R->slot[slot] = ref;
}

static IRRef sload(Rec *R, int32_t slot, uint32_t flags) {
  Value v = R->base[slot];
  IRType ty = rec_irt(v.tag);
  if (ty == IRT_VOID) return IRREF_NONE;
  rec_snap(R);
  return rec_emitk(R, IR_SLOAD, ty, ty == IRT_OBJ ? (uint8_t)v.tag : 0, slot,
                   IRSLOAD_TYPED | flags, 0);
}

IRRef rec_slot(Rec *R, int32_t slot) {
  IRRef r = slot < R->slotcap ? R->slot[slot] : IRREF_NONE;
  if (r != IRREF_NONE) return r;
  if (slot < 0 || slot >= R->nload) {
    rec_fail(R, ABORT_BAD_INSTR, "slot %d read before written", (int)slot);
    return IRREF_NONE;
  }
  r = sload(R, slot, 0);
  if (r == IRREF_NONE) {
    rec_fail(R, ABORT_NYI, "unbound slot %d", (int)slot);
    return IRREF_NONE;
  }
  rec_set(R, slot, r);
  return r;
}

IRRef rec_typed(Rec *R, int32_t slot) {
  IRRef r = rec_slot(R, slot);
  if (r == IRREF_NONE) return r;
  if (ir_type(&R->t->ir, r) != IRT_VAL) return r;
  Value v = R->base[slot];
  IRType ty = rec_irt(v.tag);
  if (ty == IRT_VOID) {
    rec_fail(R, ABORT_NYI, "NULL value in slot %d", (int)slot);
    return IRREF_NONE;
  }
  rec_snap(R);
  use_snap(R, R->snap);
  IRRef u = rec_emitk(R, IR_UNBOX, ty, ty == IRT_OBJ ? (uint8_t)v.tag : 0, r, (IRRef)v.tag, 0);
  R->slot[slot] = u;
  return u;
}

/* ---- truth and branches -------------------------------------------------------------- */

IRRef rec_truth(Rec *R, int32_t slot, bool *known, bool *value) {
  Value v = R->base[slot];
  IRBuf *ir = &R->t->ir;
  *known = false;
  IRRef r = rec_typed(R, slot);
  if (r == IRREF_NONE) return r;
  switch (v.tag) {
  case T_NONE:
    *known = true; *value = false;
    return ir_kbool(ir, false);
  case T_BOOL:
    return r;
  case T_INT:
    return rec_emit(R, IR_INT_IS_TRUE, IRT_BOOL, r, 0, 0);
  case T_FLOAT:
    return rec_emit(R, IR_FLOAT_IS_TRUE, IRT_BOOL, r, 0, 0);
  case T_STR: case T_LIST: case T_TUPLE: {
    /* as the interpreter's fast_truth: the exact builtin class only (a
    ** subclass may define __nonzero__ / __len__: vm_truthy residually) */
    if (v.u.o->cls != R->vm->cls[v.tag]) goto generic;
    rec_guard_class(R, r, R->vm->cls[v.tag]);
    IRField fld = v.tag == T_STR ? IRFIELD_STR_LEN : v.tag == T_LIST ? IRFIELD_LIST_LEN
                                                                       : IRFIELD_TUPLE_LEN;
    IRRef n = rec_emit(R, IR_GETFIELD, IRT_INT, r, fld, 0);
    return rec_emit(R, IR_INT_IS_TRUE, IRT_BOOL, n, 0, 0);
  }
  default: generic: {
    IRRef c = rec_call(R, IRCALL_truthy, IRT_INT, 1, &r);
    return rec_emit(R, IR_INT_IS_TRUE, IRT_BOOL, c, 0, 0);
  }
  }
}

void rec_branch(Rec *R, IRRef cond, bool iftrue, uint32_t target, int32_t depth_t,
                uint32_t next, int32_t depth_n) {
  R->pend = PEND_BRANCH;
  R->pend_null = false;
  R->pend_ref = cond;
  R->pend_iftrue = iftrue;
  R->pend_target = target;
  R->pend_next = next;
  R->pend_depth_target = depth_t;
  R->pend_depth_next = depth_n;
}

/* The jump recorded at the previous instruction went to pc: guard that. */
static bool resolve_branch(Rec *R, uint32_t pc) {
  R->pend = PEND_NONE;
  if (R->pend_target == R->pend_next) return true;
  bool taken;
  if (pc == R->pend_target) taken = true;
  else if (pc == R->pend_next) taken = false;
  else return rec_fail(R, ABORT_BAD_INSTR, "branch went to pc %u", pc);
  uint32_t other = taken ? R->pend_next : R->pend_target;
  int32_t odepth = taken ? R->pend_depth_next : R->pend_depth_target;
  /* jumps when cond == iftrue: so taken means cond == iftrue */
  bool cond_true = taken == R->pend_iftrue;
  IRRef c = R->pend_ref;
  if (ir_isk(c)) return true;   /* a constant condition needs no guard */
  int32_t s = snap_take(R, other, odepth, 0);
  if (R->pend_null) {
    /* FOR_ITER over a generic iterator: the target means exhausted (NULL) */
    if (taken) rec_guard_snap(R, IR_GUARD_VALUE, c, R->knull, s);
    else rec_guard_snap(R, IR_GUARD_NONNULL, c, 0, s);
  } else if (ir_type(&R->t->ir, c) == IRT_VAL) {
    /* a VAL known to be a bool (compare results): guard its value */
    rec_guard_snap(R, IR_GUARD_VALUE, c, ir_kbool(&R->t->ir, cond_true), s);
  } else {
    rec_guard_snap(R, cond_true ? IR_GUARD_TRUE : IR_GUARD_FALSE, c, 0, s);
  }
  return true;
}

/* ---- aborting and finishing ------------------------------------------------------------- */

static void stop(Rec *R) {
  R->done = true;
  R->pend = PEND_NONE;
  R->J->cur = NULL;
}

/* trace_limit: the inlined code that cost the most ops becomes not-inlinable. */
static void blame_inlining(Rec *R) {
  int32_t now = R->t->ir.nins;
  for (int32_t i = 1; i < R->nfr; i++) {
    Code *co = R->fr[i].code;
    int32_t k = 0;
    while (k < R->ncost && R->cost_code[k] != co) k++;
    if (k == R->ncost && R->ncost < 32) { R->cost_code[k] = co; R->cost[k] = 0; R->ncost++; }
    if (k < R->ncost) R->cost[k] += now - R->fr[i].ins_start;
  }
  int32_t best = -1;
  for (int32_t k = 0; k < R->ncost; k++)
    if (best < 0 || R->cost[k] > R->cost[best]) best = k;
  if (best >= 0) {
    JitCode *jc = jit_code(R->J, R->cost_code[best]);
    if (jc) jc->flags |= JC_NOINLINE;
  }
}

bool rec_fail(Rec *R, TraceAbort why, const char *fmt, ...) {
  if (R->done) return false;
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(R->why, sizeof R->why, fmt, ap);
  va_end(ap);
  if (why == ABORT_TOO_LONG) blame_inlining(R);
  Trace *t = R->t;
  stop(R);
  jit_trace_aborted(R->J, t, why, R->why);
  return false;
}

void rec_abort(JitState *J, TraceAbort why, const char *detail) {
  Rec *R = J->rec;
  if (!R || !J->cur) return;
  rec_fail(R, why, "%s", detail ? detail : "");
}

void rec_finish(Rec *R) {
  Trace *t = R->t;
  stop(R);
  jit_trace_done(R->J, t);
}

/* Defined by the backend when its exit blocks report JitState.exit_trace. */
extern const int llvm_sets_exit_trace __attribute__((weak));

void rec_link(Rec *R, Trace *target, uint32_t pc, int32_t depth) {
  snap_take(R, pc, depth, 0);
  if (&llvm_sets_exit_trace && llvm_sets_exit_trace) {
    rec_emit(R, IR_LINK, IRT_VOID, target->no, 0, 0);
  } else {
    /* Without exit_trace reports an exit after LINK (a tail call into the
    ** target) would be ambiguous: leave at the header instead, the driver
    ** enters the target's code from there (run_trace). */
    rec_emit(R, IR_EXIT, IRT_VOID, 0, 0, 0);
  }
  rec_finish(R);
}

void rec_exit(Rec *R) {
  rec_snap(R);
  rec_emit(R, IR_EXIT, IRT_VOID, 0, 0, 0);
  rec_finish(R);
}

void rec_error(JitState *J, Frame *f) {
  Rec *R = J->rec;
  if (!R || !J->cur) return;
  for (int32_t i = 0; i < R->nfr; i++)
    if (R->fr[i].frame == f) {
      Value e = J->vm->exc;
      const char *cls = v_isnull(e) ? "?" : vm_type_name(J->vm, e);
      rec_fail(R, ABORT_EXCEPTION, "%s at pc %u of %s", cls, f->pc,
               f->code && f->code->name ? f->code->name->data : "?");
      return;
    }
}

bool rec_owns_frame(JitState *J, Frame *f) {
  Rec *R = J->rec;
  if (!R || !J->cur) return false;
  for (int32_t i = 0; i < R->nfr; i++)
    if (R->fr[i].frame == f) return true;
  return false;
}

/* ---- starting ------------------------------------------------------------------------------ */

static Rec *rec_state(JitState *J) {
  Rec *R = J->rec;
  if (!R) {
    R = gc_alloc(sizeof(Rec));
    if (!R) return NULL;
    J->rec = R;
  }
  IRRef *slot = R->slot;
  int32_t cap = R->slotcap;
  struct RecBuiltins *B = R->B;
  memset(R, 0, sizeof *R);
  R->slot = slot;
  R->slotcap = cap;
  R->B = B;
  if (slot) memset(slot, 0, sizeof(IRRef) * (size_t)cap);
  R->J = J;
  R->vm = J->vm;
  R->snap = -1;
  return R;
}

static void frame_init(RecFrame *rf, Frame *f, int32_t base) {
  memset(rf, 0, sizeof *rf);
  rf->code = f->code;
  rf->func = f->func;
  rf->globals = f->globals;
  rf->frame = f;
  rf->base = base;
  rf->pc = f->pc;
  rf->depth = (int32_t)(f->sp - f->base);
  rf->flags = f->is_init ? SNAPFRAME_INIT : 0;
}

static void begin(Rec *R, Trace *t, Frame *root) {
  R->t = t;
  R->root_trace = t;
  R->base = root->base;
  R->safe = (int32_t)vm_frame_size(root->code);
  R->knull = ir_kobj(&t->ir, NULL, T_NULL);
  R->J->cur = t;
  t->t_record = trace_now();
  R->J->stats.traced++;
  grow_slots(R, R->safe + 64);
}

/* Meta-tracing: the greens become constants, guarded once at the start. */
static bool start_greens(Rec *R, Frame *f) {
  MergePoint *mp = jit_mp_get(R->J, f, R->t->pc);
  if (!mp) return rec_fail(R, ABORT_BAD_INSTR, "merge point without greens");
  int32_t n = jit_mp_ngreens(mp);
  RecFrame *cf = rec_cur(R);
  R->pc = R->t->pc + 1;
  R->top = (int32_t)(f->sp - f->base);
  int32_t s = snap_take(R, R->t->pc + 1, R->top - cf->base, 0);
  for (int32_t i = 0; i < n; i++) {
    int32_t slot = jit_mp_slot(mp, i);
    Value v = R->base[slot];
    IRRef r = rec_slot(R, slot);
    if (r == IRREF_NONE) return false;
    if (v.tag != T_FLOAT) {
      IRRef k = rec_const(R, v);
      use_snap(R, s);
      rec_emit(R, IR_GUARD_VALUE, IRT_VOID, r, k, 0);
      rec_set(R, slot, k);
    }
  }
  R->snap = -1;
  return true;
}

bool rec_start(JitState *J, Trace *t, Frame *f) {
  Rec *R = rec_state(J);
  if (!R) return false;
  R->nfr = 1;
  frame_init(&R->fr[0], f, 0);
  R->nload = (int32_t)(f->sp - f->base);
  t->nslots = R->nload;
  R->meta = !v_isnull(t->green);
  begin(R, t, f);
  if (R->meta && !start_greens(R, f)) return false;
  return true;
}

bool rec_start_bridge(JitState *J, Trace *t, Trace *parent, int32_t snapno) {
  VM *vm = J->vm;
  Snapshot *s = &parent->snaps[snapno];
  SnapFrame *sf = &parent->snapframes[s->frame];
  int32_t n = s->nframe;
  if (n > REC_MAXFRAMES) return false;
  Frame *frames[REC_MAXFRAMES];
  Frame *f = vm->frame;
  for (int32_t i = n - 1; i >= 0; i--) {
    if (!f) return false;
    frames[i] = f;
    f = f->prev;
  }
  Rec *R = rec_state(J);
  if (!R) return false;
  R->nfr = n;
  for (int32_t i = 0; i < n; i++) {
    RecFrame *rf = &R->fr[i];
    memset(rf, 0, sizeof *rf);
    rf->code = sf[i].code;
    rf->func = sf[i].func;
    rf->globals = sf[i].globals;
    rf->frame = frames[i];
    rf->base = sf[i].base;
    rf->pc = sf[i].pc;
    rf->depth = sf[i].depth;
    rf->flags = sf[i].flags;
  }
  R->nload = sf[0].depth;
  t->nslots = R->nload;
  t->parent = parent->no;
  t->parent_exit = snapno;
  begin(R, t, frames[0]);
  R->root_trace = trace_root(J, parent);
  R->meta = R->root_trace && !v_isnull(R->root_trace->green);
  /* Slots of inlined frames live above the root frame: residual calls may
  ** overwrite them, so load them all now (they are in memory right now). */
  int32_t top = sf[n - 1].base + sf[n - 1].depth;
  if (!grow_slots(R, top + 64)) return false;
  RecFrame *cf = rec_cur(R);
  R->pc = cf->pc;
  R->top = top;
  for (int32_t i = 1; i < n; i++) {
    for (int32_t k = sf[i].base; k < sf[i].base + sf[i].depth; k++) {
      Value v = R->base[k];
      if (v_isnull(v)) { R->slot[k] = R->knull; continue; }
      IRRef r = sload(R, k, IRSLOAD_INHERIT);
      if (r == IRREF_NONE) return rec_fail(R, ABORT_NYI, "bad inherited slot %d", (int)k);
      R->slot[k] = r;
    }
  }
  R->nload = top;   /* inherited slots were all loaded above */
  R->snap = -1;
  return true;
}

/* ---- the per-instruction hook -------------------------------------------------------------- */

static uint32_t decode_arg(Code *co, uint32_t pc) {
  uint32_t w = co->insns[pc];
  uint32_t arg = INSN_ARG(w);
  if (pc > 0 && INSN_OP(co->insns[pc - 1]) == OP_EXTENDED_ARG)
    arg |= INSN_ARG(co->insns[pc - 1]) << 24;
  return arg;
}

static bool check_limits(Rec *R) {
  int64_t limit = R->vm->cfg.jit.v[JIT_P_trace_limit];
  if (limit > 0 && R->t->ir.nins > limit)
    return rec_fail(R, ABORT_TOO_LONG, "%d IR instructions", (int)R->t->ir.nins);
  if (R->t->nsnap > 60000) return rec_fail(R, ABORT_TOO_LONG, "too many snapshots");
  return true;
}

void rec_ins(JitState *J, Frame *f, uint32_t pc, Value *sp) {
  Rec *R = J->rec;
  if (!R || !J->cur) return;
  RecFrame *cf = rec_cur(R);
  if (R->pend == PEND_ENTER) {
    if (f != cf->frame) {
      if (R->nfr >= 2 && f == R->fr[R->nfr - 2].frame)
        rec_fail(R, ABORT_BAD_INSTR, "inlined call did not enter %s", cf->code->name->data);
      return;
    }
    if (f->code != cf->code || pc != 0 || f->base != R->base + cf->base) {
      rec_fail(R, ABORT_BAD_INSTR, "inlined frame of %s not where expected",
               cf->code->name->data);
      return;
    }
    R->pend = PEND_NONE;
  }
  if (f != cf->frame) return;
  if (!grow_slots(R, cf->base + (int32_t)(sp - f->base) + 64)) {
    rec_fail(R, ABORT_TOO_LONG, "out of memory for the slot map");
    return;
  }
  R->top = cf->base + (int32_t)(sp - f->base);
  R->snap = -1;
  if (R->pend == PEND_BRANCH) {
    if (!resolve_branch(R, pc)) return;
  } else if (R->pend == PEND_CONST) {
    R->pend = PEND_NONE;
    rec_set(R, R->pend_slot, rec_const(R, R->base[R->pend_slot]));
  }
  Code *co = cf->code;
  uint32_t w = co->insns[pc];
  R->pc = pc;
  R->op = INSN_OP(w);
  R->arg = decode_arg(co, pc);
  R->snap = -1;
  if (R->op == OP_EXTENDED_ARG) return;
  if (!check_limits(R)) return;
  /* Reaching a loop header that has compiled code: continue there. */
  if (R->started && R->nfr == 1) {
    Trace *lt = jit_loop_trace(J, co, pc);
    if (lt) {
      rec_link(R, lt, pc, R->top - cf->base);
      return;
    }
  }
  R->started = true;
  int32_t ci = trace_gcref(R->t, v_obj(co));
  rec_emit(R, IR_DEBUG_MERGE_POINT, IRT_VOID, ci, (IRRef)pc, 0);
  switch (R->op) {
  case OP_CALL_FUNCTION: case OP_CALL_METHOD: case OP_CALL_FUNCTION_VAR:
  case OP_CALL_FUNCTION_KW: case OP_CALL_FUNCTION_VAR_KW: case OP_CALL_ITER:
    rec_op_call(R);
    break;
  case OP_RETURN_VALUE:
    rec_return(R);
    break;
  default:
    rec_op(R);
    break;
  }
}
