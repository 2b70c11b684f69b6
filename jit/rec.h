/*
** rec.h: the trace recorder (rec.c, rec_ops.c, rec_call.c) and the parts of
** the driver (jit.c) the recorder and snapshots (snap.c) use.
**
** The recorder runs alongside the interpreter: before each instruction of a
** frame it records, the interpreter calls rec_ins() with the frame, pc and
** stack pointer; the recorder emits IR for the instruction using the runtime
** values it finds in the frame (type specialisation), then the interpreter
** executes the instruction as usual. Its model of the interpreter state is a
** slot map (trace slot -> IR ref) covering the root frame and the frames of
** inlined calls above it, plus a stack of RecFrames. See rec.c for the design.
*/
#ifndef RPY_REC_H
#define RPY_REC_H

#include "jit.h"
#include "trace.h"

#define REC_MAXFRAMES 24    /* inlined frames (root included) */
#define REC_MAXVISIT  16    /* loop headers / green keys remembered per trace */
#define JIT_MAX_ATTEMPTS 5  /* failed recordings at one place before blacklisting it */

typedef struct RecFrame {
  Code *code;
  Func *func;
  Dict *globals;
  Frame *frame;        /* the interpreter frame running it during recording */
  int32_t base;        /* slot of its base, relative to the root base */
  uint32_t pc;         /* callers: pc of their call instruction */
  int32_t depth;       /* callers: slots in use above base after the call */
  uint32_t flags;      /* SNAPFRAME_* */
  int32_t ins_start;   /* IR size when entered (inlining cost for trace_limit) */
  bool unroll;         /* inlined with loops (unroll_safe): follow its back edges */
} RecFrame;

/* What to finish at the next instruction, once the interpreter executed the
** current one (results the recorder cannot know beforehand). */
typedef enum {
  PEND_NONE,
  PEND_BRANCH,         /* a conditional jump: guard the direction taken */
  PEND_CONST,          /* slot pend_slot becomes the constant it now holds */
  PEND_ENTER           /* an inlined call: the callee frame must be running */
} RecPend;

typedef struct Rec {
  JitState *J;
  VM *vm;
  Trace *t;
  Trace *root_trace;   /* bridges: the root of the parent chain */
  Value *base;         /* runtime base of the root frame */
  IRRef *slot;         /* slot -> ref; 0: unchanged memory (root) or unbound (inlined) */
  int32_t slotcap;
  int32_t nload;       /* root slots [0, nload) hold entry values (SLOAD-able) */
  int32_t safe;        /* slots below never get clobbered by residual calls' frames */
  RecFrame fr[REC_MAXFRAMES];
  int32_t nfr;
  bool meta;           /* a meta-tracing loop (started at a JIT_MERGE_POINT) */
  /* the instruction being recorded */
  uint32_t pc;
  Opcode op;
  uint32_t arg;
  int32_t top;         /* slot of the innermost frame's stack top, before it */
  int32_t snap;        /* snapshot of the state before it, -1: none yet */
  bool done;           /* the trace was completed or aborted by this instruction */
  bool started;        /* at least one instruction was recorded */
  /* pending work for the next instruction */
  RecPend pend;
  IRRef pend_ref;      /* PEND_BRANCH: the condition (BOOL) */
  int32_t pend_slot;   /* PEND_CONST: slot */
  uint32_t pend_target, pend_next;  /* PEND_BRANCH: jump target, fall-through pc */
  bool pend_iftrue;    /* PEND_BRANCH: jumps when the condition is true */
  bool pend_null;      /* PEND_BRANCH: "the condition" is a VAL that is T_NULL at the target */
  /* loop headers (and merge-point keys, by hash) already passed */
  uint64_t visit[REC_MAXVISIT];
  int32_t nvisit;
  int32_t pend_depth_target, pend_depth_next; /* PEND_BRANCH: stack depth after each way */
  /* inlining cost per code, for trace_limit */
  Code *cost_code[32];
  int64_t cost[32];
  int32_t ncost;
  /* constants the recorder needs often */
  IRRef knull;         /* the T_NULL marker (LOAD_METHOD's [NULL attr]) */
  struct RecBuiltins *B; /* builtins the recorder recognises (kept across traces) */
  char why[160];       /* abort detail */
} Rec;

/* ---- recorder entry points (rec.c) ------------------------------------------- */

/* Start recording t (kind LOOP, FUNC or meta LOOP) in frame f at f->pc. */
bool rec_start(JitState *J, Trace *t, Frame *f);
/* Start recording bridge t from exit snapno of trace parent; the exit's
** frames were restored as interpreter frames, the innermost is vm->frame. */
bool rec_start_bridge(JitState *J, Trace *t, Trace *parent, int32_t snapno);
/* Before the interpreter executes the instruction at pc of f. */
void rec_ins(JitState *J, Frame *f, uint32_t pc, Value *sp);
/* An exception is being raised in frame f while recording. */
void rec_error(JitState *J, Frame *f);
/* Is f a frame whose instructions the recorder follows (or is about to)? */
bool rec_owns_frame(JitState *J, Frame *f);
/* Stop recording (abort). */
void rec_abort(JitState *J, TraceAbort why, const char *detail);

/* ---- shared between rec*.c ------------------------------------------------------- */

IRRef rec_emit(Rec *R, IROp op, IRType t, IRRef a, IRRef b, IRRef c);
IRRef rec_emitk(Rec *R, IROp op, IRType t, uint8_t kind, IRRef a, IRRef b, IRRef c);
/* Emit a guard with the snapshot of the state before the instruction. */
void rec_guard(Rec *R, IROp op, IRRef a, IRRef b);
/* Emit a guard with a given snapshot. */
void rec_guard_snap(Rec *R, IROp op, IRRef a, IRRef b, int32_t snap);
/* Snapshot of the state before the instruction (taken once per instruction). */
int32_t rec_snap(Rec *R);
/* GUARD_NO_EXCEPTION after a residual call that may raise. */
void rec_guard_noexc(Rec *R);
/* Abort with a reason; returns false so handlers can `return rec_fail(...)`. */
bool rec_fail(Rec *R, TraceAbort why, const char *fmt, ...);

IRType rec_irt(uint32_t tag);                 /* IR type of a value with this tag */
IRRef rec_const(Rec *R, Value v);             /* the constant for a runtime value */
Value rec_kvalue(Rec *R, IRRef k);            /* the Value of a constant ref */
Value rec_rt(Rec *R, int32_t slot);           /* runtime value of a slot */
IRRef rec_slot(Rec *R, int32_t slot);         /* ref of a slot (SLOAD if needed) */
IRRef rec_typed(Rec *R, int32_t slot);        /* ... unboxed to its runtime tag */
void rec_set(Rec *R, int32_t slot, IRRef ref);
static inline int32_t rec_sp(Rec *R, int k) { return R->top - k; } /* k = 1: TOS */
static inline RecFrame *rec_cur(Rec *R) { return &R->fr[R->nfr - 1]; }
/* Ensure the object ref is of class cls (GUARD_CLASS unless known). */
void rec_guard_class(Rec *R, IRRef obj, Class *cls);
/* Ensure an instance ref has map m (GUARD_MAP unless known). */
void rec_guard_map(Rec *R, IRRef obj, Map *m);
/* GUARD_NOT_INVALIDATED with the current class epoch. */
void rec_guard_epoch(Rec *R);
/* A residual call of helper id with n arguments (boxed by the backend). */
IRRef rec_call(Rec *R, IRCallId id, IRType t, int n, const IRRef *args);
IRRef rec_call_pure(Rec *R, IRCallId id, IRType t, int n, const IRRef *args);
/* Truth value (BOOL) of the value in slot; 0 after an abort. */
IRRef rec_truth(Rec *R, int32_t slot, bool *known, bool *value);
/* Finish the trace after its terminating instruction (JUMP / LINK / EXIT / RET). */
void rec_finish(Rec *R);
/* End with LINK to target's loop header at pc (root frame, depth slots). */
void rec_link(Rec *R, Trace *target, uint32_t pc, int32_t depth);
/* End with EXIT: the interpreter continues at the current instruction. */
void rec_exit(Rec *R);
/* Snapshot where the innermost frame resumes at pc with depth slots. */
int32_t rec_snap_at(Rec *R, uint32_t pc, int32_t depth, uint32_t flags);
/* Pending conditional jump on cond (BOOL): jumps to target (leaving depth_t
** slots) when cond == iftrue, else falls through to next (depth_n slots). */
void rec_branch(Rec *R, IRRef cond, bool iftrue, uint32_t target, int32_t depth_t,
                uint32_t next, int32_t depth_n);

/* rec_ops.c: instructions other than calls. false: aborted. */
bool rec_op(Rec *R);
/* rec_call.c: calls, returns, builtins. */
bool rec_op_call(Rec *R);
bool rec_return(Rec *R);
/* Is fv a JitDriver's jit_merge_point / can_enter_jit (bound or not)? */
bool rec_is_merge_point_fn(Rec *R, Value fv);
/* CFuncs the recorder calls residually (print, iterators...), made once. */
typedef struct RecBuiltins {
  Value len, abs, min, max, chr, ord, isinstance, iter, float_, int_;
  Value math_sqrt, math_sin, math_cos, math_floor;
  Value promote, we_are_jitted, list_append;
  CFunc *print_item, *print_newline, *range_iter, *build_map, *store_global,
        *set_add, *map_add, *build_set, *build_slice, *call_kw, *del_item, *repr, *make_func,
        *call_ex, *unop;
} RecBuiltins;
RecBuiltins *rec_builtins(Rec *R);

/* ---- the driver, as the recorder sees it (jit.c) ----------------------------------- */

/* The VM's JIT state, created on first use (NULL: out of memory). */
JitState *jit_state(VM *vm);
JitCode *jit_code(JitState *J, Code *co);
/* The compiled loop trace whose header is pc of co, or NULL. */
Trace *jit_loop_trace(JitState *J, Code *co, uint32_t pc);
/* Make the loop at pc hot at its next back edge (an inner loop to compile first). */
void jit_boost_loop(JitState *J, Code *co, uint32_t pc);
/* Meta-tracing: the merge point at pc of co (NULL: not usable), its green
** values in frame f, the compiled trace for greens (or NULL), boosting a key. */
MergePoint *jit_mp_get(JitState *J, Frame *f, uint32_t pc);
int32_t jit_mp_ngreens(MergePoint *mp);
bool jit_mp_greens(MergePoint *mp, Frame *f, Value *out);
int32_t jit_mp_slot(MergePoint *mp, int32_t i);
Trace *jit_mp_trace(MergePoint *mp, const Value *greens);
void jit_mp_boost(JitState *J, MergePoint *mp, const Value *greens);
uint64_t jit_mp_hash(MergePoint *mp, const Value *greens);
/* A GC-scanned scratch array of at least n Values (reused by every exit). */
Value *jit_scratch(JitState *J, int32_t n);
/* Called by the recorder when a trace is complete: optimize, compile, install. */
void jit_trace_done(JitState *J, Trace *t);
/* Called by the recorder when recording stopped (logs, penalties). */
void jit_trace_aborted(JitState *J, Trace *t, TraceAbort why, const char *detail);

/* Merge points (meta-tracing): per JIT_MERGE_POINT pc, a table of green keys. */

typedef struct MPEntry {
  uint64_t hash;
  uint32_t count;
  uint16_t skip;
  uint8_t aborts;
  bool black;
  Trace *trace;
  Value greens[];
} MPEntry;

struct MergePoint {
  uint32_t pc;
  int32_t ngreens;        /* -1: not a usable merge point */
  int32_t gslot[16];      /* local slot of each green */
  MPEntry **tab;
  int32_t cap, n;
  MergePoint *next;
};

/* The driver's private state (JitState.drv). */

typedef struct Driver {
  JitCode *codes;         /* every JitCode (decay) */
  bool disabled;          /* the backend cannot be loaded: interpret only */
  bool nocompile;         /* RPYVM_JIT_NOCOMPILE: record and optimize only */
  Value *scratch;          /* exit values (snap.c) */
  int32_t scratchcap;
} Driver;

MPEntry *jit_mp_find(MergePoint *mp, const Value *greens, bool create);
/* The merge point entry a meta-tracing trace belongs to. */
MPEntry *jit_trace_mp_entry(JitState *J, Trace *t);
/* Counter decay after a compilation (PyPy's decay parameter). */
void jit_decay_counters(JitState *J);

/* ---- traces (trace.c) ------------------------------------------------------------------- */

Trace *trace_new(JitState *J, TraceKind kind, Code *code, uint32_t pc);
/* Index of a GC object in t->gcrefs (appended if missing). */
int32_t trace_gcref(Trace *t, Value v);
/* Append storage (GC memory). */
void trace_snap_reserve(Trace *t, int32_t nent, int32_t nframe);
/* The root of a trace's parent chain (itself for root traces). */
Trace *trace_root(JitState *J, Trace *t);
/* Does the trace end in an EXIT whose snapshot is s? */
bool trace_exit_is_final(Trace *t, int32_t s);
/* RPYVM_JIT_EXITS=1: print the most taken exits (at VM exit). */
void trace_dump_exits(JitState *J);
double trace_now(void);

#endif
