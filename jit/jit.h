/*
** jit.h: the tracing JIT's entry points as the interpreter sees them.
**
** Hot counting lives in the interpreter: Code.hot[pc] counts the back edges
** of the loop whose header is pc, Func.hot the calls of a function. When a
** counter reaches its threshold the interpreter calls jit_hot(). The driver
** (jit.c) then starts recording a trace, or enters compiled code.
**
** While a trace is being recorded (jit_recording) the interpreter dispatches
** every instruction through jit_record() first (a second dispatch table), and
** reports exceptions with jit_record_error(). After any hook that can run
** compiled code (jit_hot, jit_enter_loop, jit_merge_point, jit_enter_func
** returning 0) the interpreter must resume at vm->frame's pc and sp, and if
** vm->exc is pending, unwind it at that pc (an exit through a residual call
** that raised).
*/
#ifndef RPY_JIT_H
#define RPY_JIT_H

#include "../vm/vm.h"
#include "trace.h"

/* Code.hot[pc] values above any counter (the threshold is clamped below). */
#define JIT_HOT_TRACE 0xffffu   /* a compiled loop trace starts at pc: enter it */
#define JIT_HOT_BLACK 0xfffeu   /* never trace the loop at pc */
#define JIT_HOT_MAX   0xfff0u   /* counters saturate below the sentinels */

/* Per-Code JIT data (Code.jit, made by the driver). The interpreter reads
** func_trace only. */
typedef struct MergePoint MergePoint;
typedef struct JitCode {
  Trace *func_trace;      /* compiled function trace entered at pc 0, or NULL */
  Code *code;
  Trace **loops;          /* [ninsns]: compiled loop trace whose header is pc */
  uint8_t *aborts;        /* [ninsns]: failed recordings started at pc */
  uint16_t *skip;         /* [ninsns]: hot events to ignore before retrying (backoff) */
  uint8_t func_aborts;    /* the same for the function trace */
  uint16_t func_skip;
  uint32_t flags;         /* JC_* */
  MergePoint *mps;        /* meta-tracing: the JIT_MERGE_POINTs of this code */
  int32_t ret_pc;         /* a RETURN_VALUE of the code (+1; 0: not looked up yet) */
  struct JitCode *next;   /* every JitCode of the VM (counter decay) */
} JitCode;

#define JC_NOINLINE   1u  /* never inline calls of this code (trace_limit) */
#define JC_FUNC_BLACK 2u  /* never record a function trace for this code */

static inline bool jit_has_func_trace(Code *co) {
  return co->jit && ((JitCode *)co->jit)->func_trace;
}

/* A loop header (pc > 0 from JUMP_BACK, or any pc from jit_loop_hot) or a
** function entry (pc 0: f was just pushed for a call) became hot. */
void jit_hot(VM *vm, Frame *f, uint32_t pc);
/* The loop header pc of f became hot (JUMP_BACK; f->pc == pc, f->sp set). */
void jit_loop_hot(VM *vm, Frame *f, uint32_t pc);
/* Code.hot[pc] == JIT_HOT_TRACE: run the loop trace (f->pc == pc, f->sp set). */
void jit_enter_loop(VM *vm, Frame *f, uint32_t pc);
/* JIT_MERGE_POINT at pc of f (f->pc, f->sp set): counts the green key, may
** start recording or run compiled code. true when the interpreter must
** resume from vm->frame. */
bool jit_merge_point(VM *vm, Frame *f, uint32_t pc);
/* f was just pushed for a call of a function whose code has a function trace
** (jit_has_func_trace). 1: the call returned *ret (f is still vm->frame; the
** caller pops it); 0: the interpreter resumes at vm->frame (pc, sp, maybe a
** pending exception), which may be f itself at pc 0 (nothing ran). */
int jit_enter_func(VM *vm, Frame *f, Value *ret);

/* Recording. */
static inline bool jit_recording(VM *vm) {
  return vm->jit && ((JitState *)vm->jit)->cur;
}
void jit_record(VM *vm, Frame *f, uint32_t pc, Value *sp);
void jit_record_error(VM *vm, Frame *f);

/* CALL_ASSEMBLER in compiled code (llvm_emit.c lowers it to this Value-ABI
** helper): call args[0], a Python function, with args[1..nargs) as positional
** arguments the way the interpreter's call fast path does (one frame, no
** C-level recursion unit, its compiled code entered by vm_run_frame); other
** callees and argument shapes go through vm_call. *out: the result, or
** T_NULL with the exception pending. */
void jit_call_assembler_h(VM *vm, Value *out, const Value *args, int32_t nargs);

/* At VM exit: jit-summary / jit-backend-counts, release compiled code. */
void jit_free(VM *vm);

#endif
