/*
** trace.c: traces: allocation and registry, the end of a recording
** (optimize, compile, install, or abort with penalties), and exit
** statistics for debugging.
**
** A Trace is GC memory reachable from JitState.traces, so everything it
** refers to (constants, snapshot frames, gcrefs, compiled code bookkeeping)
** lives as long as the VM's JIT state. Traces are numbered from 1 in the
** order recording started; the number is what logs print ("Loop 3") and
** what LINK and CALL_ASSEMBLER name. An aborted trace gives its number back
** when it was the last one, so the numbers of compiled traces stay dense.
**
** Snapshot storage (snaps, snapmap, snapframes) grows with gc_realloc, the
** same way the optimizer's opt_snap_add() grows it, so either side may
** append.
**
** Installing a compiled trace makes it reachable from where it starts:
** Code.hot[pc] = JIT_HOT_TRACE and JitCode.loops[pc] for a loop,
** JitCode.func_trace for a function trace, the green key's entry for a
** meta-tracing loop, and the parent's snapshot (Snapshot.bridge and
** Trace.exit_bridges) for a bridge. The snapshot of a trace's final EXIT is
** flagged SNAP_FINAL: the driver never records a bridge from it.
**
** Penalties: a failed recording makes its starting place wait 2^n more hot
** events (n failures so far) before the next attempt, and blacklists it
** after JIT_MAX_ATTEMPTS (logged as ABORT_BLACKLISTED). Aborts because of an
** inner loop without code are not counted: the inner loop is made hot so it
** is compiled first, and the next attempt links to it.
*/
#include <string.h>
#include <time.h>
#include <stdio.h>
#include <stdlib.h>
#include "snap.h"
#include "opt.h"
#include "llvm.h"
#include "jit_log.h"
#include "../gc/gc.h"

const char *const trace_abort_msgs[ABORT__COUNT] = {
#define TA_MSG(n, msg) msg,
  TRACE_ABORTS(TA_MSG)
#undef TA_MSG
};

double trace_now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static void *grow(void *p, int32_t need, int32_t *cap, size_t elt) {
  if (p && need <= *cap) return p;
  int32_t n = *cap > 0 ? *cap : 16;
  while (n < need) n *= 2;
  void *np = p ? gc_realloc(p, elt * (size_t)n) : gc_alloc(elt * (size_t)n);
  if (np) *cap = n;
  return np;
}

Trace *trace_new(JitState *J, TraceKind kind, Code *code, uint32_t pc) {
  Trace *t = gc_alloc(sizeof(Trace));
  if (!t) return NULL;
  int32_t no = J->ntraces > 0 ? J->ntraces : 1;
  Trace **tr = grow(J->traces, no + 1, &J->tracecap, sizeof(Trace *));
  if (!tr) return NULL;
  J->traces = tr;
  J->traces[no] = t;
  J->ntraces = no + 1;
  t->no = no;
  t->kind = kind;
  t->code = code;
  t->pc = pc;
  t->green = v_null();
  t->parent = 0;
  t->parent_exit = -1;
  ir_init(&t->ir);
  trace_snap_reserve(t, 64, 8);
  return t;
}

void trace_snap_reserve(Trace *t, int32_t nent, int32_t nframe) {
  t->snaps = grow(t->snaps, t->nsnap + 1, &t->snapcap, sizeof(Snapshot));
  t->snapmap = grow(t->snapmap, t->nsnapmap + nent, &t->snapmapcap, sizeof(SnapEntry));
  t->snapframes = grow(t->snapframes, t->nsnapframes + nframe, &t->snapframecap,
                       sizeof(SnapFrame));
}

int32_t trace_gcref(Trace *t, Value v) {
  for (int32_t i = 0; i < t->ngcrefs; i++)
    if (v_same(t->gcrefs[i], v)) return i;
  Value *g = grow(t->gcrefs, t->ngcrefs + 1, &t->gcrefcap, sizeof(Value));
  if (!g) return -1;
  t->gcrefs = g;
  t->gcrefs[t->ngcrefs] = v;
  return t->ngcrefs++;
}

Trace *trace_root(JitState *J, Trace *t) {
  int guard = 0;
  while (t && t->kind == TRACE_BRIDGE && t->parent > 0 && t->parent < J->ntraces &&
         guard++ < 10000) {
    Trace *p = J->traces[t->parent];
    if (!p) break;
    t = p;
  }
  return t;
}

bool trace_exit_is_final(Trace *t, int32_t s) {
  for (IRRef r = t->ir.nins - 1; r > 0; r--) {
    IRIns *ins = ir_ins(&t->ir, r);
    if (ins->flags & IRF_DEAD) continue;
    if (ins->op == IR_NOP || ins->op == IR_DEBUG_MERGE_POINT) continue;
    return ins->op == IR_EXIT && ins->snap == s;
  }
  return false;
}

/* ---- finishing a recording ------------------------------------------------------------------ */

static void free_trace_slot(JitState *J, Trace *t) {
  if (t->no == J->ntraces - 1) J->ntraces--;
  J->traces[t->no] = NULL;
}

/* Penalise the place a failed trace started from. */
static void penalise(JitState *J, Trace *t, TraceAbort why) {
  VM *vm = J->vm;
  bool counts = why != ABORT_INNER_LOOP;
  if (t->kind == TRACE_BRIDGE) {
    Trace *p = t->parent > 0 && t->parent < J->ntraces ? J->traces[t->parent] : NULL;
    if (p && t->parent_exit >= 0 && t->parent_exit < p->nsnap) {
      Snapshot *s = &p->snaps[t->parent_exit];
      s->count = 0;
      if (counts && s->bridge <= 0) s->bridge--;
    }
    return;
  }
  if (t->green.tag == T_TUPLE) {
    MPEntry *e = jit_trace_mp_entry(J, t);
    if (!e || !counts) return;
    if (++e->aborts >= JIT_MAX_ATTEMPTS) e->black = true;
    else e->skip = (uint16_t)((1u << e->aborts) - 1);
    return;
  }
  JitCode *jc = jit_code(J, t->code);
  if (!jc) return;
  if (t->kind == TRACE_FUNC) {
    if (!counts) return;
    if (++jc->func_aborts >= JIT_MAX_ATTEMPTS) jc->flags |= JC_FUNC_BLACK;
    else jc->func_skip = (uint16_t)((1u << jc->func_aborts) - 1);
    return;
  }
  Code *co = t->code;
  if (!counts) return;
  if (++jc->aborts[t->pc] >= JIT_MAX_ATTEMPTS) {
    co->hot[t->pc] = JIT_HOT_BLACK;
    jitlog_abort(J, t, ABORT_BLACKLISTED, NULL);
  } else {
    jc->skip[t->pc] = (uint16_t)((1u << jc->aborts[t->pc]) - 1);
  }
  (void)vm;
}

void jit_trace_aborted(JitState *J, Trace *t, TraceAbort why, const char *detail) {
  J->stats.aborted++;
  if (why < ABORT__COUNT) J->stats.aborts[why]++;
  J->stats.t_tracing += trace_now() - t->t_record;
  jitlog_abort(J, t, why, detail);
  penalise(J, t, why);
  free_trace_slot(J, t);
}

static void install(JitState *J, Trace *t) {
  for (IRRef r = t->ir.nins - 1; r > 0; r--) {
    IRIns *ins = ir_ins(&t->ir, r);
    if ((ins->flags & IRF_DEAD) || ins->op == IR_NOP || ins->op == IR_DEBUG_MERGE_POINT) continue;
    if (ins->op == IR_EXIT && ins->snap >= 0 && ins->snap < t->nsnap)
      t->snaps[ins->snap].flags |= SNAP_FINAL;
    break;
  }
  switch (t->kind) {
  case TRACE_BRIDGE: {
    Trace *p = J->traces[t->parent];
    if (p && t->parent_exit >= 0 && t->parent_exit < p->nsnap) {
      Snapshot *s = &p->snaps[t->parent_exit];
      s->bridge = t->no;
      if (p->exit_bridges && !(s->flags & (SNAP_NOTE | SNAP_EXC)))
        p->exit_bridges[t->parent_exit] = (void *)t->fn;
    }
    J->stats.compiled_bridges++;
    break;
  }
  case TRACE_FUNC: {
    JitCode *jc = jit_code(J, t->code);
    if (jc) jc->func_trace = t;
    J->stats.compiled_funcs++;
    break;
  }
  default:
    if (t->green.tag == T_TUPLE) {
      MPEntry *e = jit_trace_mp_entry(J, t);
      if (e) e->trace = t;
    } else {
      JitCode *jc = jit_code(J, t->code);
      if (jc) {
        jc->loops[t->pc] = t;
        t->code->hot[t->pc] = JIT_HOT_TRACE;
      }
    }
    J->stats.compiled_loops++;
    break;
  }
}

static int32_t live_ops(Trace *t) {
  int32_t n = 0;
  for (IRRef r = 1; r < t->ir.nins; r++) {
    IRIns *ins = ir_ins(&t->ir, r);
    if (!(ins->flags & (IRF_DEAD | IRF_SUNK)) && ins->op != IR_NOP) n++;
  }
  return n;
}

void jit_trace_done(JitState *J, Trace *t) {
  Driver *D = J->drv;
  double now = trace_now();
  t->t_record = now - t->t_record;
  J->stats.t_tracing += t->t_record;
  t->nops_noopt = t->ir.nins - 1;
  J->stats.ops_recorded += (uint64_t)t->nops_noopt;
  for (IRRef r = 1; r < t->ir.nins; r++)
    if (ir_ins(&t->ir, r)->flags & IRF_GUARD) t->nguards++;
  J->stats.guards += (uint64_t)t->nguards;
  jitlog_trace(J, t, false);
  double t0 = trace_now();
  opt_run(J, t);
  t->t_opt = trace_now() - t0;
  t->nops_opt = live_ops(t);
  J->stats.ops_optimized += (uint64_t)t->nops_opt;
  for (IRRef r = 1; r < t->ir.nins; r++) {
    IRIns *ins = ir_ins(&t->ir, r);
    if ((ins->flags & IRF_GUARD) && !(ins->flags & (IRF_DEAD | IRF_SUNK)) && ins->op != IR_NOP)
      J->stats.opt_guards++;
  }
  jitlog_trace(J, t, true);
  const char *chk = getenv("RPYVM_JIT_CHECK");
  if (chk && *chk && strcmp(chk, "0") != 0) {
    char err[200];
    if (!snap_check_all(t, err, sizeof err)) {
      fprintf(stderr, "rpyvm: JIT: trace %d: %s\n", t->no, err);
      abort();
    }
  }
  if (D->nocompile) return;   /* kept (not installed) for inspection */
  t->exit_bridges = gc_alloc(sizeof(void *) * (size_t)(t->nsnap > 0 ? t->nsnap : 1));
  if (!llvm_compile(J, t)) {
    if (llvm_load_failed()) D->disabled = true;
    J->stats.aborted++;
    J->stats.aborts[ABORT_BACKEND]++;
    jitlog_abort(J, t, ABORT_BACKEND, llvm_last_error(J));
    penalise(J, t, ABORT_BACKEND);
    free_trace_slot(J, t);
    return;
  }
  J->stats.t_backend += t->t_backend;
  if (jitlog_enabled(J->vm, "jit-llvm-ir")) {
    char *txt = llvm_trace_ir_text(J, t);
    jitlog_llvm_ir(J, t, txt);
    free(txt);
  }
  install(J, t);
  jit_decay_counters(J);
}


/* RPYVM_JIT_EXITS=1: the most taken exits at VM exit (a debugging aid). */
void trace_dump_exits(JitState *J) {
  const char *e = getenv("RPYVM_JIT_EXITS");
  if (!e || !*e || !strcmp(e, "0")) return;
  for (int round = 0; round < 20; round++) {
    Trace *bt = NULL;
    int32_t bs = -1;
    uint64_t best = 0;
    for (int32_t i = 1; i < J->ntraces; i++) {
      Trace *t = J->traces[i];
      if (!t) continue;
      for (int32_t k = 0; k < t->nsnap; k++)
        if (t->snaps[k].count > best && !(t->snaps[k].flags & 0x80000000u)) {
          best = t->snaps[k].count;
          bt = t;
          bs = k;
        }
    }
    if (!bt) break;
    Snapshot *s = &bt->snaps[bs];
    SnapFrame *sf = &bt->snapframes[s->frame + s->nframe - 1];
    char loc[256];
    jitlog_location(loc, sizeof loc, sf->code, sf->pc);
    fprintf(stderr, "exit trace %d snap %d: %llu times, bridge %d, frames %d, %d entries, flags %x at %s\n",
            bt->no, bs, (unsigned long long)s->count, s->bridge, s->nframe, s->nent, s->flags, loc);
    s->flags |= 0x80000000u;
  }
}

