/*
** opt.h: the trace optimizer's entry points (jit/opt_*.c).
**
** Two halves, as in LuaJIT:
**
**  - opt_emit() is the front door the recorder emits EVERY instruction
**    through. It folds constants, simplifies algebra, forwards loads from
**    earlier stores / loads (opt_mem.c's emit-time alias analysis), drops
**    redundant guards and CSEs pure instructions. It may therefore return a
**    constant ref, an older ref, or IRREF_NONE (a statement/guard that was
**    dropped because it is redundant or always succeeds).
**
**  - opt_run() runs the passes over a recorded trace, in this order:
**    loop peeling (opt_loop.c) -> memory (opt_mem.c) -> integer bounds
**    (opt_bounds.c) -> allocation sinking (opt_alloc.c) -> DCE (opt_dce.c).
**
** Contracts the recorder (core) must follow
** -----------------------------------------
**  - Guards take the current snapshot: opt_emit sets ins->snap = t->nsnap-1
**    for every instruction with IROPF_GUARD (SLOAD and UNBOX included), for
**    JUMP and for LINK. So take a snapshot BEFORE emitting a guard whenever
**    the state changed, one before LINK (the slots it writes back), and one
**    right before the final JUMP of a loop trace: it must describe the
**    interpreter state at the loop header (root frame only, pc = the loop
**    header, the stack depth at entry). Peeling reads the loop-carried slot
**    values from it; an entry may be left out for a slot whose value is the
**    SLOAD of that same slot (unchanged).
**  - A statement or guard that opt_emit drops returns IRREF_NONE.
**  - Where the recorder asked for a VAL it may get a ref of the same VAL
**    type (forwarded loads are BOX(x)); UNBOX(BOX(x), tag of x) folds to x
**    and UNBOX(k, tag) of a constant whose type matches the tag folds to k,
**    so the recorder may UNBOX anything without checking first (an UNBOX of
**    a typed value with another tag always fails: it is emitted on BOX(x),
**    so the backend only ever sees UNBOX of a VAL).
**  - IRIns.kind of IRT_OBJ results: opt_emit derives it for UNBOX (= b),
**    NEW_* and fields with an object type; for SLOAD typed OBJ and CALL
**    results use opt_emitk() to pass the kind (it takes part in CSE and in
**    alias analysis: objects of different kinds never alias).
**  - Residual calls are assumed to write any memory (see opt_mem.c for the
**    few IRCALLS helpers known not to) and to change the class epoch; a
**    GUARD_NO_EXCEPTION right after a call that cannot raise is dropped.
**
** Loop traces and PHIs (contract with the backend)
** ------------------------------------------------
** A trace whose last instruction is JUMP and that has no LABEL yet (kind
** TRACE_LOOP, TRACE_FUNC or TRACE_ENTRY; never bridges) is peeled:
**
**     <preamble: the recorded iteration>  LABEL  <loop body>  PHI...  JUMP
**
** Instructions before LABEL run once; the body between LABEL and JUMP loops.
** PHI a, b (placed just before JUMP): a is a non-constant ref defined before
** LABEL and used in the body; on the back edge a takes the value of b. b is
** a constant, a ref before LABEL, or a ref in the body. PHIs are parallel
** (LLVM phi semantics): if b is itself the `a` of another PHI, the value of
** that ref during the iteration that just ended is meant. In LLVM terms:
** the loop header block gets, per PHI, `%a' = phi [%a, preamble], [%b, latch]`
** and every use of a inside the body (and in snapshots of guards in the
** body) uses %a'. Refs defined before LABEL that are used in the body and
** have no PHI are loop-invariant (flag IRF_INVARIANT).
**
** PHIs marked IRF_DEAD (by DCE or allocation sinking) must be ignored. A
** CARG cell is never PHI'd: when the body calls with a preamble CARG chain,
** the backend evaluates the chain's operands at the call, in the body (so a
** PHI'd operand means its phi value there).
**
** If peeling is impossible (a loop-carried value changes type or object
** kind between iterations, the JUMP has no usable snapshot), opt_loop() turns the final
** JUMP into EXIT with the JUMP's snapshot: the trace runs one iteration and
** leaves at the loop header (re-entering the trace from the interpreter is
** the driver's business). So after opt_run a JUMP is always preceded by a
** LABEL: the backend never sees an unpeeled JUMP.
**
** Sunk allocations (contract with snap.c and the backend)
** --------------------------------------------------------
** opt_alloc sets IRF_SUNK on NEW_INSTANCE / NEW_TUPLE / NEW_LIST that never
** escape, and on their stores (SETFIELD INST_MAP / SETSLOT / SETITEM with the
** allocation as operand a). The backend emits no code for IRF_SUNK (or
** IRF_DEAD) instructions. Snapshots still reference sunk allocations; such a
** snapshot gets SNAP_NOTE and, appended after its slot entries, one extra
** entry per sunk store that had executed at the snapshot's position:
**
**     SnapEntry { slot = SNAP_SUNK_STORE(store ref) (< 0), ref = value stored }
**
** in store order. The backend treats these entries like any other (writes
** the boxed value of ref into exitbuf[i]) except that for an entry whose
** ref is an IRF_SUNK allocation it writes nothing. snap_restore must skip
** entries with slot < 0 when writing frame slots, and materialise every
** entry whose ref is a sunk allocation: opt_snap_values() below does all of
** it (allocates the objects, applies the stores, keeps identity when one
** allocation is referenced twice, handles allocations stored in others).
** Loop-carried allocations may be sunk too (opt_alloc.c): then their PHI is
** IRF_DEAD and body exits rebuild the object from PHI'd values.
**
** Removed instructions
** --------------------
** Nothing is ever deleted from the buffer (refs stay stable): passes set
** IRF_DEAD (DCE, dead stores, guards proven by opt_bounds) or IRF_SUNK.
** The backend emits nothing for either; logs should skip both (PyPy's
** jit-log-opt does not show virtuals either).
*/
#ifndef RPY_OPT_H
#define RPY_OPT_H

#include "trace.h"

/* ---- emit-time (opt_fold.c, opt_mem.c) ------------------------------------- */

/* Emit through folding / CSE. Returns the result ref (maybe a constant or an
** older instruction), or IRREF_NONE for a dropped statement. */
IRRef opt_emit(JitState *J, Trace *t, IROp op, IRType ty, IRRef a, IRRef b, IRRef c);
/* Same, with the object kind of an IRT_OBJ result (0 = derive/unknown). */
IRRef opt_emitk(JitState *J, Trace *t, IROp op, IRType ty, uint8_t kind,
                IRRef a, IRRef b, IRRef c);

/* ---- passes ----------------------------------------------------------------- */

/* All passes, in order, after recording and before the backend. */
void opt_run(JitState *J, Trace *t);

/* Loop peeling (opt_loop.c). Returns true if the trace was peeled; false if
** there was nothing to peel or peeling failed (then JUMP became EXIT). */
bool opt_loop(JitState *J, Trace *t);
/* Post-recording memory pass (opt_mem.c): dead stores, heap cache leftovers. */
void opt_mem(JitState *J, Trace *t);
/* Integer range analysis (opt_bounds.c): drops overflow / index guards. */
void opt_bounds(JitState *J, Trace *t);
/* Allocation sinking (opt_alloc.c). */
void opt_alloc(JitState *J, Trace *t);
/* Dead code elimination (opt_dce.c): marks IRF_DEAD. */
void opt_dce(JitState *J, Trace *t);
/* Check the IR invariants the passes keep (opt_dce.c documents them): true,
** or false with a message in err (the tests call it after every pass). */
bool opt_verify(Trace *t, char *err, size_t n);

/* ---- sunk allocations (opt_alloc.c) -------------------------------------------- */

/* Snapshot entry slot number of the extra entry carrying a sunk store's value. */
#define SNAP_SUNK_STORE(storeref) (-1 - (int32_t)(storeref))
#define SNAP_SUNK_STORE_REF(slot) (-1 - (slot))

/* The sunk stores of a sunk allocation, in trace order (all of them; at an
** exit only those listed in the snapshot's extra entries had executed).
** Returns the number found (may exceed max: only max are written). */
int opt_sunk_stores(Trace *t, IRRef alloc, IRRef *out, int max);

/* Values of the entries of snapshot `snapno` at an exit: out[i] for entry i
** (exitbuf[i] as written by compiled code, or the new object for an entry
** whose ref is a sunk allocation, materialised from the extra entries).
** Entries with slot < 0 get their value too but are not frame slots.
** Returns false with MemoryError pending if an allocation failed. */
bool opt_snap_values(VM *vm, Trace *t, int32_t snapno, const Value *exitbuf, Value *out);

/* ---- helpers shared by the passes --------------------------------------------- */

/* Rebuild the per-op CSE chains (after a pass rewrote ops in place). */
void opt_rechain(Trace *t);
/* Is the instruction a memory load that stores / calls can invalidate? */
bool opt_is_load(IROp op);

/* ---- internal: between the opt_*.c files only ----------------------------------- */

/* An instruction being folded (opt_emit's arguments, rewritten by rules). */
typedef struct OptIns {
  IROp op;
  IRType t;
  uint8_t kind;
  IRRef a, b, c;
} OptIns;

/* Fold result meaning "emit the (possibly rewritten) instruction". */
#define OPT_EMIT INT32_MIN

/* Alias analysis of two object refs (opt_mem.c). */
typedef enum { ALIAS_NO, ALIAS_MAY, ALIAS_MUST } OptAlias;
OptAlias opt_alias_obj(Trace *t, IRRef o1, IRRef o2);
/* Emit-time memory rules (opt_mem.c): loads (forwarding, CSE), stores of
** the value memory already holds, GUARD_MAP / GUARD_CLASS of known maps and
** classes, GUARD_NOT_INVALIDATED / GUARD_NO_EXCEPTION without a call since
** the previous one. Returns OPT_EMIT, a result ref, or IRREF_NONE (dropped). */
IRRef opt_mem_fold(JitState *J, Trace *t, OptIns *f);
/* The value the memory location (load op, obj, key) is known to hold at the
** end of the trace, or IRREF_NONE. */
IRRef opt_mem_known(JitState *J, Trace *t, IROp load, IRRef obj, IRRef key);
/* Ref of the last call (CALL / CALL_ASSEMBLER) that may write the memory
** read by (load, key) on an object of `kind` (load IR_NOP: any memory;
** IR_VMFIELD: the VM field key, e.g. the class epoch), or 0. */
IRRef opt_last_clobber(Trace *t, IROp load, IRRef key, uint8_t kind);
/* Ref of the last call that may raise (IRCALLS flag "E", CALL_ASSEMBLER). */
IRRef opt_last_raising_call(Trace *t);
/* Operand modes of an op: "R", "L" or "-" for a, b, c (from the IROPS table). */
extern const char opt_op_modes[IR__COUNT][4];
/* Snapshot storage (GC memory, grown with gc_realloc: whoever allocates
** t->snaps / snapmap / snapframes must use gc_alloc too). Appends a snapshot
** with a copy of `nent` entries and of frames [frame, frame+nframe) of t;
** returns its number. */
int32_t opt_snap_add(Trace *t, const SnapEntry *ents, int32_t nent, int32_t frame,
                     int32_t nframe, uint32_t flags, IRRef ref);
/* Make room for n more snapmap entries. */
void opt_snapmap_reserve(Trace *t, int32_t n);
/* Object kind of a ref (0 if unknown) and the ValueTag a typed ref boxes to
** (T_NULL for VAL / unknown). */
uint8_t opt_kind(Trace *t, IRRef r);
uint8_t opt_tag_of(Trace *t, IRRef r);

#endif
