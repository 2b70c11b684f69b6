/*
** trace.h: traces, snapshots and the per-VM JIT state.
**
** Slot numbering. A trace runs on the interpreter frame it started in (the
** root frame). Slot k of the trace is root_frame->base[k]: locals first, then
** cells, then the operand stack (Frame layout in vm.h). A call inlined into the
** trace gets a *virtual* frame whose slots continue above: its base slot is the
** caller's stack depth at the call (where the interpreter would put the callee
** frame). Virtual frames exist only in snapshots: when a guard fails, snapshot
** restore pushes real interpreter frames for them.
**
** Snapshots. A snapshot describes the interpreter state at one point of the
** trace: the frames (outermost first: code, function, base slot, resume pc,
** stack depth) and, for every slot whose value differs from what memory holds
** at trace entry, the IR ref holding its value (constants allowed). Slots the
** trace never wrote keep their values in memory. The innermost frame resumes
** by re-executing the instruction at its pc (guards come before side effects
** of an instruction); SNAP_EXC snapshots resume with vm->exc pending at pc
** (GUARD_NO_EXCEPTION after a residual call that raised).
**
** Exits. A failing guard's exit block stores the values of its snapshot
** entries into the exit buffer (exitbuf[i] for snapmap entry i of the
** snapshot, boxed as Values), then returns the snapshot number. snap_restore()
** (snap.c) writes them into the frames, materialises sunk allocations, pushes
** frames for virtual ones, and sets vm->frame so the interpreter resumes.
*/
#ifndef RPY_TRACE_H
#define RPY_TRACE_H

#include "ir.h"

typedef struct SnapEntry {
  int32_t slot;        /* slot number relative to the root frame's base */
  IRRef ref;           /* value: IR ref or constant */
} SnapEntry;

typedef struct SnapFrame {
  Code *code;
  Func *func;          /* NULL for module-level code */
  Dict *globals;
  int32_t base;        /* slot number of this frame's base, relative to the root base */
  uint32_t pc;         /* resume pc (innermost: re-execute; callers: after their CALL) */
  int32_t depth;       /* slots in use above base (locals + cells + operand stack) */
  uint32_t flags;      /* core: SNAPFRAME_* (appended by the core engineer) */
} SnapFrame;

/* SnapFrame.flags (core). */
#define SNAPFRAME_INIT 1u  /* the __init__ frame of a class call (Frame.is_init): the
                              caller's stack already holds the instance; the frame sits
                              at the caller's stack top (vm_stack_top), not at its args */

#define SNAP_EXC     1u    /* resume with the pending exception at pc */
#define SNAP_NOTE    2u    /* has sunk allocations to materialise */
#define SNAP_FINAL 0x100u  /* core: the snapshot of the trace's final EXIT (set by the
                              driver when the trace is installed: never bridged) */

typedef struct Snapshot {
  IRRef ref;           /* first instruction this snapshot belongs to */
  int32_t ent, nent;   /* entries: trace->snapmap[ent .. ent+nent) */
  int32_t frame, nframe; /* frames: trace->snapframes[frame .. frame+nframe) */
  uint32_t flags;      /* SNAP_* */
  uint32_t count;      /* how often this exit was taken (trace_eagerness) */
  int32_t bridge;      /* trace number of the bridge attached here, or 0 */
} Snapshot;

typedef enum { TRACE_LOOP, TRACE_BRIDGE, TRACE_FUNC, TRACE_ENTRY } TraceKind;

/* Special return values of compiled traces (besides snapshot numbers). */
#define TRACE_RET_RETURN 0xfffffffeu   /* function trace returned; value in exitbuf[0] */

/* Compiled code: returns a snapshot number or TRACE_RET_RETURN. */
typedef uint32_t (*TraceFn)(VM *vm, Value *base, Value *exitbuf);

typedef struct Trace {
  int32_t no;          /* trace number: "Loop 3", "Bridge 4" in logs */
  TraceKind kind;
  Code *code;          /* where it starts */
  uint32_t pc;
  Value green;         /* meta-tracing: green key (tuple) or T_NULL */
  int32_t parent;      /* bridges: parent trace number and exit (snapshot) */
  int32_t parent_exit;
  int32_t nslots;      /* slots of the root frame at entry (locals+cells+stack) */

  IRBuf ir;
  Snapshot *snaps; int32_t nsnap, snapcap;
  SnapEntry *snapmap; int32_t nsnapmap, snapmapcap;
  SnapFrame *snapframes; int32_t nsnapframes, snapframecap;

  Value *gcrefs; int32_t ngcrefs, gcrefcap; /* GC objects compiled code refers to */

  TraceFn fn;          /* entry point, NULL until compiled */
  void **exit_bridges; /* per snapshot: compiled bridge entry (TraceFn) or NULL. The driver
                          allocates it (nsnap entries) before llvm_compile and sets entry s
                          when a bridge is attached to exit s and entering it needs no C:
                          snapshot s has no sunk allocations, no SNAP_EXC. REQUEST to the
                          backend: an exit stub may load exit_bridges[s] and, if non-NULL,
                          write the snapshot's entries back into base[slot] (as for LINK)
                          and tail-call it with (vm, base, exitbuf) instead of returning;
                          exits of the bridge then report their own trace (exit_trace). */
  void *backend;       /* LLVM resource tracker etc. (opaque to everyone else) */
  uint64_t runs;       /* entries, counted by the compiled code itself at its entry
                          (llvm_emit.c): from the driver, a LINK, a parent's exit stub */
  uint64_t iters;      /* passes through the loop header (jit-backend-counts TargetToken),
                          counted only when that log category is enabled at compile time */
  double t_record, t_opt, t_backend;  /* seconds */
  int32_t nops_noopt, nops_opt, nguards;     /* nguards: recorded guards */
} Trace;

/* Why a trace was aborted (X-macro: name, message for jit-abort). */
#define TRACE_ABORTS(_) \
  _(TOO_LONG,     "trace too long (trace_limit)") \
  _(NYI,          "not yet implemented in the recorder") \
  _(EXCEPTION,    "an exception was raised while tracing") \
  _(RECURSION,    "recursion too deep to inline (max_unroll_recursion)") \
  _(LEFT_FRAME,   "the traced loop's frame returned") \
  _(BAD_INSTR,    "instruction cannot be traced") \
  _(BLACKLISTED,  "position blacklisted") \
  _(BACKEND,      "the backend failed to compile the trace") \
  _(INNER_LOOP,   "entered an inner loop that is not compiled yet")

typedef enum {
#define TA_ENUM(n, msg) ABORT_##n,
  TRACE_ABORTS(TA_ENUM)
#undef TA_ENUM
  ABORT__COUNT
} TraceAbort;

extern const char *const trace_abort_msgs[ABORT__COUNT];

/* Counters for jit-summary. */
typedef struct JitStats {
  uint64_t traced, aborted, compiled_loops, compiled_bridges, compiled_funcs;
  uint64_t ops_recorded, ops_optimized, guards, opt_guards;
  uint64_t exits, bridges_entered;
  double t_tracing, t_backend;
  uint64_t aborts[ABORT__COUNT];
} JitStats;

/* The per-VM JIT state (vm->jit), created at the first hot counter, so a
** program that never gets hot never pays for it. GC-allocated (reachable
** from the VM), so everything it points at stays alive. Each pass file keeps
** its private state behind its own pointer here. */
typedef struct JitState {
  VM *vm;
  Trace **traces;            /* traces[no], no >= 1 */
  int32_t ntraces, tracecap;
  Trace *cur;                /* trace being recorded, or NULL */
  void *rec;                 /* recorder state (rec.c) */
  void *llvm;                /* backend session (llvm_orc.c); NULL until first compile */
  void *log;                 /* PYPYLOG state (jit_log.c) */
  Value *exitbuf;            /* exit values written by compiled code (GC-scanned) */
  int32_t exitcap;
  JitStats stats;
  double t_start;            /* when the JIT state was created (for jit-summary) */
  /* -- core additions (jit.c, rec*.c, snap.c) -- */
  int32_t exit_trace;        /* exit protocol: number of the trace whose exit compiled code
                                returned (set by exit stubs, needed because LINK tail-calls
                                into another trace); 0 = the trace the driver called.
                                REQUEST to the backend: every exit block stores t->no here
                                (vm->jit->exit_trace) before `ret s`, and llvm.h then
                                #defines LLVM_SETS_EXIT_TRACE 1: only then does the recorder
                                emit LINK (until then it ends such traces with EXIT at the
                                loop header and the driver enters the target itself). */
  void *drv;                 /* driver state (jit.c) */
} JitState;

#endif
