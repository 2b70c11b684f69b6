/*
** snap.h: snapshots, the bridge between compiled code and the interpreter
** (snap.c). A snapshot taken while recording describes every live frame and
** every slot whose value is not in memory; at an exit, snap_restore() turns
** it back into interpreter state. Layout: see trace.h (SnapEntry, SnapFrame,
** Snapshot) and the exit protocol in llvm.h.
*/
#ifndef RPY_SNAP_H
#define RPY_SNAP_H

#include "rec.h"

/* Snapshot of the recorder's state with the innermost frame resuming at pc
** with depth slots in use (its other frames resume after their calls).
** Appends to R->t and returns the snapshot number. */
int32_t snap_take(Rec *R, uint32_t pc, int32_t depth, uint32_t flags);

/* The value of each entry of snapshot s at an exit (exitbuf as written by
** compiled code; sunk allocations materialised). out needs nent Values.
** false with MemoryError pending. */
bool snap_values(JitState *J, Trace *t, int32_t s, const Value *exitbuf, Value *out);

/* Exit to the interpreter through snapshot s of t, entered on frame root:
** writes the slots, pushes an interpreter frame per inlined frame, sets each
** frame's pc and sp and vm->frame. With SNAP_EXC the pending exception stays
** in vm->exc (the interpreter unwinds it at the innermost frame's pc).
** false: an allocation failed (MemoryError pending: unwind it the same way). */
bool snap_restore(JitState *J, Trace *t, int32_t s, const Value *exitbuf, Frame *root);

/* Enter a bridge from exit s: write the slot values into memory relative to
** base (inlined frames stay virtual: the bridge starts from the same frames). */
bool snap_write(JitState *J, Trace *t, int32_t s, const Value *exitbuf, Value *base);

/* Consistency checks of snapshot s / of all of t's (RPYVM_JIT_CHECK=1 runs
** them before compiling each trace); false with a message in err. */
bool snap_check(Trace *t, int32_t s, char *err, size_t n);
bool snap_check_all(Trace *t, char *err, size_t n);

/* Push an interpreter frame as the interpreter's call fast path does. */
Frame *snap_push_frame(VM *vm, const SnapFrame *sf, Value *base);

#endif
