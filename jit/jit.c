/*
** jit.c: the JIT driver: hot counters, starting and ending recordings,
** penalties and blacklisting, the trace registry per code object, entering
** compiled code, exits and bridges, function traces, and meta-tracing merge
** points.
**
** Design
** ------
** The interpreter counts (Code.hot[pc] per loop header, Func.hot per
** function) and calls in here when a counter reaches its threshold, the way
** LuaJIT's lj_dispatch.c hotcount/hotcall handlers call lj_trace_hot(). The
** driver then records a trace starting at that place (rec.c), has it
** optimized (opt_run) and compiled (llvm_compile), and installs it:
**
**   - a loop trace at (code, pc): Code.hot[pc] becomes JIT_HOT_TRACE, which
**     the interpreter's JUMP_BACK checks first, so the next back edge enters
**     compiled code directly (jit_enter_loop);
**   - a function trace: JitCode.func_trace, checked by the interpreter right
**     after it pushed a frame for a call (jit_enter_func);
**   - a meta-tracing loop: in the merge point's table under its green key;
**   - a bridge: in its parent's snapshot (Snapshot.bridge).
**
** Running compiled code (run_trace): fn(vm, base, exitbuf) returns a
** snapshot number (or TRACE_RET_RETURN). Each exit counts; an exit with a
** compiled bridge writes the exit values into the frame's slots and calls
** the bridge with the same base (the bridge starts from the parent's frames,
** inlined ones still virtual); otherwise snap_restore() rebuilds the
** interpreter frames and the interpreter resumes. An exit taken
** trace_eagerness times starts recording a bridge from that state. Once a
** bridge is attached, Trace.exit_bridges lets the exit stub itself write
** the slots and jump to the bridge, so the driver only sees the first few.
** LINK lets compiled code continue in another trace without returning, so
** an exit may belong to another trace than the one called: compiled code
** reports it in JitState.exit_trace. A trace that ends with EXIT at a loop
** header continues in that loop's compiled code (header_trace).
**
** Returns (RET) come back as TRACE_RET_RETURN: after a call the caller pops
** the frame (jit_enter_func); entered at a loop header, the interpreter is
** made to execute a RETURN_VALUE with the value (return_from).
**
** Calls of Python functions from compiled code (CALL_ASSEMBLER, lowered to
** jit_call_assembler_h) push a frame the way the interpreter's call fast
** path does. A callee with a function trace runs it directly (run_trace,
** no interpreter entry); only if that code gives control back does the
** interpreter continue, from wherever the exit left vm->frame
** (vm_resume_frame). Other callees run with vm_run_frame. Recursion through
** compiled code costs one frame per level, like the interpreter, and no
** argument binding.
**
** Penalties (PyPy's and LuaJIT's idea): a place whose recording aborts waits
** 2^n more hot events before the next attempt (JitCode.skip), and after
** JIT_MAX_ATTEMPTS it is blacklisted (Code.hot[pc] = JIT_HOT_BLACK) and never
** traced again; inner-loop aborts are not penalised (the inner loop gets
** compiled first, then the outer recording links to it). Counters decay at
** each compilation by decay/1000 (PyPy's decay parameter), so places that
** were briefly warm long ago do not trigger recordings later.
**
** Meta-tracing (PyPy's JitDriver): a JIT_MERGE_POINT instruction follows
** every driver.jit_merge_point(...) call. Its green key is the tuple of the
** current values of the driver's greens (local variables of that frame);
** counting, recording and compiled loops are per key, so a user-level
** interpreter loop gets one trace per user-level loop, not per dispatch.
*/
#include <stdlib.h>
#include <string.h>
#include "snap.h"
#include "opt.h"
#include "llvm.h"
#include "jit_log.h"
#include "../stdlib/lib.h"
#include "../gc/gc.h"


static Driver *drv(JitState *J) { return J->drv; }

JitState *jit_state(VM *vm) {
  if (vm->jit) return vm->jit;
  JitState *J = gc_alloc(sizeof(JitState));
  Driver *D = gc_alloc(sizeof(Driver));
  if (!J || !D) return NULL;
  J->vm = vm;
  J->drv = D;
  J->t_start = trace_now();
  J->ntraces = 1;
  const char *nc = getenv("RPYVM_JIT_NOCOMPILE");
  D->nocompile = nc && *nc && strcmp(nc, "0") != 0;
  vm->jit = J;
  jitlog_init(vm);
  if (jitlog_enabled(vm, "jit-llvm-ir")) llvm_set_keep_ir(J, true);
  return J;
}

static int64_t threshold(VM *vm) {
  int64_t t = vm->cfg.jit.v[JIT_P_threshold];
  if (t < 1) t = 1;
  if (t > JIT_HOT_MAX) t = JIT_HOT_MAX;
  return t;
}

JitCode *jit_code(JitState *J, Code *co) {
  if (co->jit) return co->jit;
  JitCode *jc = gc_alloc(sizeof(JitCode));
  if (!jc) return NULL;
  jc->code = co;
  int32_t n = co->ninsns > 0 ? co->ninsns : 1;
  jc->loops = gc_alloc(sizeof(Trace *) * (size_t)n);
  jc->aborts = gc_alloc_atomic_zero((size_t)n);
  jc->skip = gc_alloc_atomic_zero(sizeof(uint16_t) * (size_t)n);
  if (!jc->loops || !jc->aborts || !jc->skip) return NULL;
  Driver *D = drv(J);
  jc->next = D->codes;
  D->codes = jc;
  co->jit = jc;
  return jc;
}

Trace *jit_loop_trace(JitState *J, Code *co, uint32_t pc) {
  JitCode *jc = co->jit;
  if (!jc || pc >= (uint32_t)co->ninsns) return NULL;
  Trace *t = jc->loops[pc];
  return t && t->fn ? t : NULL;
}

void jit_boost_loop(JitState *J, Code *co, uint32_t pc) {
  if (!co->hot || pc >= (uint32_t)co->ninsns || co->hot[pc] >= JIT_HOT_BLACK) return;
  int64_t thr = threshold(J->vm);
  co->hot[pc] = (uint16_t)(thr > 1 ? thr - 1 : 0);
  JitCode *jc = jit_code(J, co);
  if (jc) jc->skip[pc] = 0;
}

/* Decay every known counter by decay/1000 (PyPy's `decay`). */
void jit_decay_counters(JitState *J) {
  int64_t d = J->vm->cfg.jit.v[JIT_P_decay];
  if (d <= 0) return;
  if (d > 1000) d = 1000;
  for (JitCode *jc = drv(J)->codes; jc; jc = jc->next) {
    Code *co = jc->code;
    if (!co->hot) continue;
    for (int32_t i = 0; i < co->ninsns; i++)
      if (co->hot[i] && co->hot[i] < JIT_HOT_BLACK)
        co->hot[i] = (uint16_t)((int64_t)co->hot[i] * (1000 - d) / 1000);
  }
}

/* ---- merge points: finding the driver and its greens -------------------------------------- */

static Value eval_load(VM *vm, Frame *f, uint32_t w) {
  Code *co = f->code;
  uint32_t arg = INSN_ARG(w);
  switch (INSN_OP(w)) {
  case OP_LOAD_GLOBAL: case OP_LOAD_NAME: {
    Str *name = co->names[arg];
    Value v = v_null();
    if (INSN_OP(w) == OP_LOAD_NAME && f->locals) v = dict_get_str(vm, f->locals, name);
    if (v_isnull(v)) v = dict_get_str(vm, f->globals, name);
    if (v_isnull(v) && f->builtins) v = dict_get_str(vm, f->builtins, name);
    return v;
  }
  case OP_LOAD_FAST:
    return arg < (uint32_t)co->nlocals ? f->base[arg] : v_null();
  case OP_LOAD_DEREF: {
    Value c = f->base[co->nlocals + arg];
    return c.tag == T_CELL ? ((Cell *)c.u.o)->v : v_null();
  }
  default:
    return v_null();
  }
}

static MergePoint *mp_make(JitState *J, Frame *f, uint32_t pc) {
  VM *vm = J->vm;
  Code *co = f->code;
  MergePoint *mp = gc_alloc(sizeof(MergePoint));
  if (!mp) return NULL;
  mp->pc = pc;
  mp->ngreens = -1;
  /* the driver: LOAD_x driver; LOAD_METHOD jit_merge_point; ... CALL; POP_TOP */
  Value driver = v_null();
  for (int32_t i = (int32_t)pc - 1; i > 0 && i > (int32_t)pc - 400; i--) {
    uint32_t w = co->insns[i];
    Opcode op = INSN_OP(w);
    if ((op == OP_LOAD_METHOD || op == OP_LOAD_ATTR) &&
        strcmp(co->names[INSN_ARG(w)]->data, "jit_merge_point") == 0) {
      driver = eval_load(vm, f, co->insns[i - 1]);
      break;
    }
  }
  vm_exc_clear(vm);
  if (driver.tag != T_INSTANCE || !(co->flags & CO_NEWLOCALS) || f->locals) return mp;
  Value g = instance_getattr_slot(AS_INSTANCE(driver), str_intern_cstr(vm, "greens"));
  if (g.tag != T_LIST || AS_LIST(g)->len > 16) return mp;
  List *gl = AS_LIST(g);
  for (int64_t k = 0; k < gl->len; k++) {
    if (gl->items[k].tag != T_STR) return mp;
    Str *name = AS_STR(gl->items[k]);
    int32_t slot = -1;
    for (int32_t j = 0; j < co->nlocals; j++)
      if (co->varnames[j] == name || str_eq(co->varnames[j], name)) slot = j;
    if (slot < 0) return mp;
    mp->gslot[k] = slot;
  }
  mp->ngreens = (int32_t)gl->len;
  return mp;
}

MergePoint *jit_mp_get(JitState *J, Frame *f, uint32_t pc) {
  JitCode *jc = jit_code(J, f->code);
  if (!jc) return NULL;
  MergePoint *mp = jc->mps;
  for (; mp; mp = mp->next)
    if (mp->pc == pc) break;
  if (!mp) {
    mp = mp_make(J, f, pc);
    if (!mp) return NULL;
    mp->next = jc->mps;
    jc->mps = mp;
  }
  return mp->ngreens >= 0 ? mp : NULL;
}

int32_t jit_mp_ngreens(MergePoint *mp) { return mp->ngreens; }
int32_t jit_mp_slot(MergePoint *mp, int32_t i) { return mp->gslot[i]; }

bool jit_mp_greens(MergePoint *mp, Frame *f, Value *out) {
  for (int32_t i = 0; i < mp->ngreens; i++) {
    out[i] = f->base[mp->gslot[i]];
    if (v_isnull(out[i])) return false;
  }
  return true;
}

uint64_t jit_mp_hash(MergePoint *mp, const Value *g) {
  uint64_t h = 1469598103934665603ull ^ mp->pc;
  for (int32_t i = 0; i < mp->ngreens; i++) {
    h = (h ^ g[i].tag) * 1099511628211ull;
    h = (h ^ (uint64_t)g[i].u.i) * 1099511628211ull;
    h ^= h >> 29;
  }
  return h;
}

MPEntry *jit_mp_find(MergePoint *mp, const Value *g, bool create) {
  uint64_t h = jit_mp_hash(mp, g);
  if (mp->tab) {
    for (int32_t i = (int32_t)(h & (uint64_t)(mp->cap - 1));; i = (i + 1) & (mp->cap - 1)) {
      MPEntry *e = mp->tab[i];
      if (!e) break;
      if (e->hash != h) continue;
      bool same = true;
      for (int32_t k = 0; k < mp->ngreens && same; k++) same = v_same(e->greens[k], g[k]);
      if (same) return e;
    }
  }
  if (!create) return NULL;
  if (!mp->tab || (mp->n + 1) * 2 > mp->cap) {
    int32_t ncap = mp->cap ? mp->cap * 2 : 64;
    MPEntry **nt = gc_alloc(sizeof(MPEntry *) * (size_t)ncap);
    if (!nt) return NULL;
    for (int32_t i = 0; i < mp->cap; i++) {
      MPEntry *e = mp->tab[i];
      if (!e) continue;
      int32_t j = (int32_t)(e->hash & (uint64_t)(ncap - 1));
      while (nt[j]) j = (j + 1) & (ncap - 1);
      nt[j] = e;
    }
    mp->tab = nt;
    mp->cap = ncap;
  }
  MPEntry *e = gc_alloc(sizeof(MPEntry) + sizeof(Value) * (size_t)mp->ngreens);
  if (!e) return NULL;
  e->hash = h;
  for (int32_t k = 0; k < mp->ngreens; k++) e->greens[k] = g[k];
  int32_t j = (int32_t)(h & (uint64_t)(mp->cap - 1));
  while (mp->tab[j]) j = (j + 1) & (mp->cap - 1);
  mp->tab[j] = e;
  mp->n++;
  return e;
}

Trace *jit_mp_trace(MergePoint *mp, const Value *greens) {
  MPEntry *e = jit_mp_find(mp, greens, false);
  return e && e->trace && e->trace->fn ? e->trace : NULL;
}

void jit_mp_boost(JitState *J, MergePoint *mp, const Value *greens) {
  MPEntry *e = jit_mp_find(mp, greens, true);
  if (!e) return;
  int64_t thr = threshold(J->vm);
  e->count = (uint32_t)(thr > 1 ? thr - 1 : 0);
  e->skip = 0;
}

/* The merge point entry a meta trace belongs to. */
MPEntry *jit_trace_mp_entry(JitState *J, Trace *t) {
  if (t->green.tag != T_TUPLE || !t->code->jit) return NULL;
  JitCode *jc = t->code->jit;
  for (MergePoint *mp = jc->mps; mp; mp = mp->next)
    if (mp->pc == t->pc && mp->ngreens == AS_TUPLE(t->green)->len) {
      return jit_mp_find(mp, AS_TUPLE(t->green)->items, true);
    }
  return NULL;
}

Value *jit_scratch(JitState *J, int32_t n) {
  Driver *D = drv(J);
  int32_t cap = D->scratch ? D->scratchcap : 0;
  if (!D->scratch || n > cap) {
    int32_t c = n < 64 ? 64 : n * 2;
    Value *s = gc_alloc(sizeof(Value) * (size_t)c);
    if (!s) return NULL;
    D->scratch = s;
    D->scratchcap = c;
  }
  return D->scratch;
}

/* ---- running compiled code ---------------------------------------------------------------------- */

static bool bridge_due(JitState *J, Snapshot *s) {
  if (s->flags & SNAP_EXC) return false;
  if (s->bridge > 0) return false;
  int32_t attempts = -s->bridge;
  if (attempts >= JIT_MAX_ATTEMPTS) return false;
  int64_t need = J->vm->cfg.jit.v[JIT_P_trace_eagerness];
  if (need < 1) need = 1;
  need <<= attempts;
  return (int64_t)s->count >= need;
}

static void start_bridge(JitState *J, Trace *parent, int32_t sn) {
  VM *vm = J->vm;
  Snapshot *s = &parent->snaps[sn];
  s->count = 0;
  Frame *f = vm->frame;
  Trace *t = trace_new(J, TRACE_BRIDGE, f->code, f->pc);
  if (!t) return;
  t->parent = parent->no;
  t->parent_exit = sn;
  if (!rec_start_bridge(J, t, parent, sn)) {
    if (J->cur == t) rec_abort(J, ABORT_BAD_INSTR, "cannot start the bridge");
    else if (J->traces[t->no] == t) jit_trace_aborted(J, t, ABORT_BAD_INSTR, "cannot start the bridge");
  }
}

/* The compiled loop whose header is where frame f stands (a loop header or a
** merge point with a compiled green key), or NULL. */
static Trace *header_trace(JitState *J, Frame *f) {
  Code *co = f->code;
  if (f->pc >= (uint32_t)co->ninsns) return NULL;
  if (INSN_OP(co->insns[f->pc]) == OP_JIT_MERGE_POINT) {
    MergePoint *mp = jit_mp_get(J, f, f->pc);
    Value g[16];
    if (!mp || !jit_mp_greens(mp, f, g)) return NULL;
    Trace *t = jit_mp_trace(mp, g);
    if (t && t->nslots == (int32_t)(f->sp - f->base)) {
      f->pc++;
      return t;
    }
    return NULL;
  }
  Trace *t = jit_loop_trace(J, co, f->pc);
  return t && t->nslots == (int32_t)(f->sp - f->base) ? t : NULL;
}

/* Run t on root until it returns to the interpreter (0: resume at vm->frame)
** or returns from the root frame (1, function traces: *ret). The compiled
** code counts its own entries (t->runs, llvm_emit.c). stats.exits counts the
** exits that give control back to the interpreter, not those that go on in
** a bridge or in a loop trace at the header the trace ended at. */
static int run_trace(JitState *J, Trace *t, Frame *root, Value *ret) {
  VM *vm = J->vm;
  for (;;) {
    Value *eb = J->exitbuf;
    J->exit_trace = 0;
    uint32_t ex = t->fn(vm, root->base, eb);
    if (ex == TRACE_RET_RETURN) {
      *ret = llvm_read_value(&eb[0]);
      return 1;
    }
    Trace *xt = t;
    if (J->exit_trace > 0 && J->exit_trace < J->ntraces && J->traces[J->exit_trace])
      xt = J->traces[J->exit_trace];
    if ((int32_t)ex < 0 || (int32_t)ex >= xt->nsnap) {
      fprintf(stderr, "rpyvm: JIT: trace %d returned bad exit %u\n", xt->no, ex);
      abort();
    }
    Snapshot *s = &xt->snaps[ex];
    if (s->count < UINT32_MAX) s->count++;
    if (s->bridge > 0 && !(s->flags & SNAP_EXC)) {
      Trace *b = s->bridge < J->ntraces ? J->traces[s->bridge] : NULL;
      if (b && b->fn && snap_write(J, xt, (int32_t)ex, eb, root->base)) {
        J->stats.bridges_entered++;
        t = b;
        continue;
      }
      if (!v_isnull(vm->exc)) vm_exc_clear(vm);
    }
    if (!snap_restore(J, xt, (int32_t)ex, eb, root)) break;
    if (!v_isnull(vm->exc) || J->cur) break;
    if (s->flags & SNAP_FINAL) {
      /* The trace ended (EXIT: at a loop header, or leaving its frame): no
      ** bridge; at a loop header with compiled code continue there. */
      Trace *lt = vm->frame == root ? header_trace(J, root) : NULL;
      if (lt) {
        t = lt;
        continue;
      }
      break;
    }
    if (bridge_due(J, s)) start_bridge(J, xt, (int32_t)ex);
    break;
  }
  J->stats.exits++;
  return 0;
}

/* Compiled code entered at a loop header returned from the root frame f
** (RET): make the interpreter do the return, by executing a RETURN_VALUE of
** f's code with the value on the stack (it handles c_entry frames, __init__,
** generators). */
static void return_from(JitState *J, Frame *f, Value ret) {
  Code *co = f->code;
  JitCode *jc = jit_code(J, co);
  if (jc && jc->ret_pc == 0) {
    jc->ret_pc = -1;
    for (int32_t i = co->ninsns - 1; i >= 0; i--)
      if (INSN_OP(co->insns[i]) == OP_RETURN_VALUE) {
        jc->ret_pc = i + 1;
        break;
      }
  }
  if (!jc || jc->ret_pc <= 0) {
    vm_raise(J->vm, J->vm->exc_SystemError, "JIT: no RETURN_VALUE to return through");
    return;
  }
  Value *sb = f->base + co->nlocals + co->ncells + co->nfrees;
  sb[0] = ret;
  f->sp = sb + 1;
  f->pc = (uint32_t)(jc->ret_pc - 1);
}

/* ---- entry points from the interpreter --------------------------------------------------------- */

static bool jit_usable(JitState *J) {
  return J && !drv(J)->disabled && !J->cur;
}

static void start_loop(JitState *J, Frame *f, uint32_t pc) {
  Code *co = f->code;
  JitCode *jc = jit_code(J, co);
  if (!jc) return;
  if (jc->skip[pc] > 0) {
    jc->skip[pc]--;
    return;
  }
  /* Loops of a user-level interpreter (holding a merge point) are traced
  ** per green key, not as plain loops. */
  for (int32_t i = (int32_t)pc; i < co->ninsns; i++) {
    uint32_t w = co->insns[i];
    if (INSN_OP(w) == OP_JIT_MERGE_POINT) {
      if (!jit_mp_get(J, f, (uint32_t)i)) break;   /* not usable: trace as a plain loop */
      for (int32_t j = i; j < co->ninsns; j++)
        if (INSN_OP(co->insns[j]) == OP_JUMP_BACK && INSN_ARG(co->insns[j]) == pc) {
          co->hot[pc] = JIT_HOT_BLACK;
          return;
        }
      break;
    }
    if (INSN_OP(w) == OP_JUMP_BACK && INSN_ARG(w) == pc) break;
  }
  Trace *t = trace_new(J, TRACE_LOOP, co, pc);
  if (!t) return;
  if (!rec_start(J, t, f) && J->cur == t) rec_abort(J, ABORT_BAD_INSTR, "cannot start");
}

void jit_loop_hot(VM *vm, Frame *f, uint32_t pc) {
  JitState *J = jit_state(vm);
  if (!jit_usable(J) || !f->code->hot || pc >= (uint32_t)f->code->ninsns) return;
  if (f->code->hot[pc] == JIT_HOT_TRACE) {
    jit_enter_loop(vm, f, pc);
    return;
  }
  start_loop(J, f, pc);
}

static void start_func(JitState *J, Frame *f) {
  Code *co = f->code;
  if (co->flags & (CO_GENERATOR | CO_CLASSBODY | CO_MODULE) || !f->func || f->pc != 0) return;
  JitCode *jc = jit_code(J, co);
  if (!jc || jc->func_trace || (jc->flags & JC_FUNC_BLACK)) return;
  if (jc->func_skip > 0) {
    jc->func_skip--;
    return;
  }
  Trace *t = trace_new(J, TRACE_FUNC, co, 0);
  if (!t) return;
  if (!rec_start(J, t, f) && J->cur == t) rec_abort(J, ABORT_BAD_INSTR, "cannot start");
}

void jit_hot(VM *vm, Frame *f, uint32_t pc) {
  JitState *J = jit_state(vm);
  if (!jit_usable(J)) return;
  if (pc == 0 && f->pc == 0 && f->func && f->sp == f->base + f->code->nlocals +
                                                    f->code->ncells + f->code->nfrees) {
    start_func(J, f);
    return;
  }
  jit_loop_hot(vm, f, pc);
}

void jit_enter_loop(VM *vm, Frame *f, uint32_t pc) {
  JitState *J = vm->jit;
  if (!jit_usable(J)) return;
  Trace *t = jit_loop_trace(J, f->code, pc);
  if (!t) {
    if (f->code->hot[pc] == JIT_HOT_TRACE) f->code->hot[pc] = 0;
    return;
  }
  Value ret;
  if (run_trace(J, t, f, &ret)) return_from(J, f, ret);
}

int jit_enter_func(VM *vm, Frame *f, Value *ret) {
  JitState *J = vm->jit;
  if (!jit_usable(J) || vm->frame != f) return 0;
  JitCode *jc = f->code->jit;
  Trace *t = jc ? jc->func_trace : NULL;
  if (!t || !t->fn) return 0;
  return run_trace(J, t, f, ret);
}

bool jit_merge_point(VM *vm, Frame *f, uint32_t pc) {
  JitState *J = jit_state(vm);
  if (!jit_usable(J)) return false;
  MergePoint *mp = jit_mp_get(J, f, pc);
  if (!mp) return false;
  Value g[16];
  if (!jit_mp_greens(mp, f, g)) return false;
  MPEntry *e = jit_mp_find(mp, g, true);
  if (!e) return false;
  if (e->trace && e->trace->fn) {
    Value ret;
    if (run_trace(J, e->trace, f, &ret)) return_from(J, f, ret);
    return true;
  }
  if (e->black) return false;
  if (++e->count < (uint32_t)threshold(vm)) return false;
  e->count = 0;
  if (e->skip > 0) {
    e->skip--;
    return false;
  }
  Tuple *key = tuple_from(vm, mp->ngreens, g);
  if (!key) {
    vm_exc_clear(vm);
    return false;
  }
  Trace *t = trace_new(J, TRACE_LOOP, f->code, pc);
  if (!t) return false;
  t->green = v_obj(key);
  f->pc = pc + 1;
  if (!rec_start(J, t, f) && J->cur == t) rec_abort(J, ABORT_BAD_INSTR, "cannot start");
  return true;
}

/* nf (just pushed, pc 0) has a function trace: what vm_run_frame's entry
** would do (C stack check, jit_enter_func, then interpret), without
** entering the interpreter loop unless the compiled code exits to it. */
static Value call_func_trace(VM *vm, Frame *nf) {
  JitState *J = vm->jit;
  Trace *t = ((JitCode *)nf->code->jit)->func_trace;
  if (!jit_usable(J) || !t->fn) return vm_run_frame(vm, nf);
  if (!vm_c_stack_check(vm)) {
    vm_pop_frame(vm);
    return v_null();
  }
  Value ret;
  vm->c_depth++;
  int done = run_trace(J, t, nf, &ret);
  vm->c_depth--;
  if (done) {
    vm_pop_frame(vm);
    return ret;
  }
  return vm_resume_frame(vm, nf);
}

void jit_call_assembler_h(VM *vm, Value *out, const Value *args, int32_t nargs) {
  Value fv = args[0];
  int given = (int)nargs - 1;
  if (fv.tag == T_FUNC) {
    Func *fn = AS_FUNC(fv);
    Code *co = fn->code;
    int n = co->argcount;
    if (!(co->flags & (CO_VARARGS | CO_VARKEYWORDS | CO_GENERATOR | CO_CLASSBODY)) && co->cache &&
        given <= n && (given == n || (fn->defaults && given >= n - (int)fn->defaults->len))) {
      Value *base = vm_stack_top(vm);
      if (vm->depth + vm->rec_extra >= vm->cfg.recursion_limit ||
          base + vm_frame_size(co) > vm->stack_end) {
        *out = vm_raise_recursion(vm);
        return;
      }
      Frame *nf = vm_next_frame(vm);
      if (!nf) {
        *out = vm_raise_recursion(vm);
        return;
      }
      for (int i = 0; i < given; i++) base[i] = llvm_read_value(&args[1 + i]);
      int nl = vm_frame_bind_defaults(fn, base, given);
      vm_frame_enter(vm, nf, co, fn, base, base + nl, fn->globals, NULL);
      if ((co->ncells | co->nfrees) && !vm_frame_init_cells(vm, nf)) {
        vm_pop_frame(vm);
        *out = v_null();
        return;
      }
      if (!vm->cfg.jit.off) {
        if (jit_has_func_trace(co)) {
          *out = call_func_trace(vm, nf);
          return;
        }
        if (++fn->hot >= vm->cfg.jit.v[JIT_P_function_threshold]) {
          fn->hot = 0;
          jit_hot(vm, nf, 0);
        }
      }
      *out = vm_run_frame(vm, nf);
      return;
    }
  }
  *out = vm_call(vm, fv, given, (Value *)(uintptr_t)(args + 1), NULL);
}

void jit_record(VM *vm, Frame *f, uint32_t pc, Value *sp) {
  JitState *J = vm->jit;
  if (J && J->cur) rec_ins(J, f, pc, sp);
}

void jit_record_error(VM *vm, Frame *f) {
  JitState *J = vm->jit;
  if (J && J->cur) rec_error(J, f);
}

void jit_free(VM *vm) {
  JitState *J = vm->jit;
  if (J) trace_dump_exits(J);
  if (J && J->cur) rec_abort(J, ABORT_BAD_INSTR, "the VM exits");
  jitlog_summary(vm);
  if (J && J->llvm) llvm_shutdown(J);
}
