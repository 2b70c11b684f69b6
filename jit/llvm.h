/*
** llvm.h: the LLVM backend of the tracing JIT, as the rest of the VM sees it
** (and, under RPY_LLVM_INTERNAL, the private interface of llvm_load.c,
** llvm_emit.c and llvm_orc.c).
**
** libLLVM is never linked: the first llvm_compile() dlopen()s it and resolves
** every LLVM-C function the backend uses into a process-wide table (once,
** pthread_once), then initialises the native target. A program that never
** compiles a trace never loads LLVM. Each VM gets its own ORC LLJIT instance
** (JitState.llvm, created on the VM's first compile), so VMs on different
** threads compile concurrently.
**
** ---- Compiled code -------------------------------------------------------
** A trace compiles to `uint32_t fn(VM *vm, Value *base, Value *exitbuf)`
** (TraceFn in trace.h). base is the root frame's base (slot k = base[k]);
** exitbuf must hold at least llvm_exitbuf_size(t) Values (llvm_compile grows
** J->exitbuf to the largest size any compiled trace needs; pass a buffer
** that stays the same during the call and read the exit values from the
** pointer you passed: a nested compile during a residual call may replace
** J->exitbuf).
**
** Return value and exit buffer (the exit protocol, exactly):
**   - a guard failing, or an EXIT, with snapshot s: for i in [0, nent) of
**     snapshot s, exitbuf[i] = the value of snapmap[snaps[s].ent + i].ref,
**     boxed as a Value (tag, aux 0, payload). Constants are materialised
**     as their Value. An entry whose ref is an allocation flagged IRF_SUNK
**     is stored as the marker {tag T_NULL, aux LLVM_SUNK_AUX, payload.i =
**     the ref} (a genuine T_NULL value always has aux 0). Then fn returns s.
**     Before returning, the exit stores the trace's number in
**     J->exit_trace (JitState of the VM), because a LINK or a bridge
**     tail call may have moved execution into another trace: the driver
**     zeroes it before the call and reads which trace's snapshot s is.
**     Nothing else (base, the heap) is written by a plain exit.
**   - exits into bridges (t->exit_bridges, allocated by the driver with
**     nsnap entries before llvm_compile, never moved): if exit_bridges[s]
**     is non-NULL at run time, snapshot s has no SNAP_EXC / SNAP_NOTE flag
**     and no sunk entry, the exit (after filling exitbuf) writes the
**     entries into base[slot] (jit_exit_writeback) and tail-calls the
**     bridge with (vm, base, exitbuf); its result is returned.
**   - RET a: exitbuf[0] = a boxed; returns TRACE_RET_RETURN.
**   - JUMP in a trace without LABEL and without PHIs (an unpeeled loop):
**     the last snapshot's entries (the last snapshot whose ref <= JUMP) are
**     written back into base[slot], then the loop restarts at its first
**     instruction (the SLOADs read them again). With LABEL (or PHIs) the
**     loop keeps values in registers: no write-back.
**   - LINK n: the last snapshot's entries are written back into base[slot],
**     then the code tail-calls J->traces[n]->fn (loaded at run time) with the
**     same (vm, base, exitbuf), and returns what it returns. If that fn is
**     NULL (not compiled / freed), or the snapshot holds a sunk allocation,
**     the LINK exits through the last snapshot instead (return s).
**   - guards never call bridges themselves: t->exit_bridges is the driver's.
**
** LINK and bridge tail calls are `musttail`: chains of traces never grow
** the C stack.
**
** GC: every object constant of the trace (and raw pointer constants, and
** the Trace structures LINK reads) is appended to t->gcrefs (once; entries
** already there are reused), so Boehm keeps them alive while the code lives.
**
** ---- Residual call helpers (IRCALLS in ir.h; implemented in jit_helpers.c)
** Two ABIs, chosen by the helper's result type in the IRCALLS table:
**   JIT_ABI_VALUE  (every helper except the FLOAT ones):
**       void h(VM *vm, Value *out, const Value *args, int32_t nargs)
**     args[0..nargs) are the arguments boxed as Values in CARG order (INT
**     arguments such as binop's opcode arrive as T_INT Values). The result
**     is written to *out: the VAL result, an INT as a T_INT Value (truthy:
**     -1 = raised), an OBJ as its Value; VOID helpers write None. A helper
**     that raised writes T_NULL and leaves the exception in vm->exc (the
**     trace follows it with GUARD_NO_EXCEPTION). The emitter passes a
**     stack buffer for args and out.
**   JIT_ABI_DOUBLE (result FLOAT: new_float_pow, float_mod, math_sin,
**     math_cos): plain C `double f(double[, double])`, no VM argument;
**     INT arguments are converted with sitofp.
** CALL_ASSEMBLER (a: trace number, b: CARG chain callee first, then the
** positional arguments) calls the driver's jit_call_assembler_h (jit.h),
** a Value-ABI helper.
*/
#ifndef RPY_LLVM_H
#define RPY_LLVM_H

#include "trace.h"

/* ---- entry points ---------------------------------------------------------- */

/* Compile t (optimized IR) to machine code: sets t->fn, t->backend,
** t->t_backend, appends GC constants to t->gcrefs, grows J->exitbuf.
** false: not compiled; llvm_last_error(J) says why. */
bool llvm_compile(JitState *J, Trace *t);
/* llvm_compile with an explicit LLVM pass pipeline (NULL: the llvm_opt
** level's list, "" none): for tests and measurements. */
bool llvm_compile_passes(JitState *J, Trace *t, const char *passes);
/* Why the last llvm_compile of this VM failed ("" if it did not). */
const char *llvm_last_error(JitState *J);
/* Optional: start loading libLLVM on a background thread now (once per
** process), so the first llvm_compile does not wait ~15 ms for dlopen.
** Call it when a first trace is likely (e.g. recording started). */
void llvm_preload(void);
/* true once loading libLLVM failed in this process (the driver then stops
** compiling for good). false before the first compile: it never loads. */
bool llvm_load_failed(void);
/* Release the machine code of t (its resource tracker); t->fn becomes NULL. */
void llvm_free_trace(JitState *J, Trace *t);
/* Textual LLVM IR of a compiled trace (malloc'd, caller frees), or NULL
** unless llvm_set_keep_ir(J, true) was in effect when t was compiled. */
char *llvm_trace_ir_text(JitState *J, Trace *t);
/* Keep the LLVM IR text of traces compiled from now on (jit-llvm-ir). */
void llvm_set_keep_ir(JitState *J, bool on);
/* Free the VM's LLJIT and all its code (at VM free). */
void llvm_shutdown(JitState *J);
/* Values exitbuf must hold for t (max snapshot entries, at least 1). */
int32_t llvm_exitbuf_size(Trace *t);

/* Marker for sunk allocations in exit buffers: Value.aux of a T_NULL entry. */
#define LLVM_SUNK_AUX 0x53554e4bu   /* "SUNK" */

/* Read a Value that compiled code just stored (exit buffer, RET value,
** boxed helper arguments): compiled code writes a Value as two 8-byte
** stores (tag+aux, payload), and a 16-byte load of it right after cannot be
** store-forwarded (a ~12-cycle stall per Value on x86). The volatile payload
** access keeps the compiler from merging the two 8-byte loads into one. */
static inline Value llvm_read_value(const Value *p) {
  Value v;
  v.tag = p->tag;
  v.aux = p->aux;
  v.u.i = ((const volatile Value *)p)->u.i;
  return v;
}

/* ---- residual call helpers (jit_helpers.c) ----------------------------------- */

#define JIT_ABI_VALUE  0
#define JIT_ABI_DOUBLE 1

typedef void (*JitAnyFn)(void);
typedef void (*JitValueHelper)(VM *vm, Value *out, const Value *args, int32_t nargs);

typedef struct JitHelperInfo {
  const char *name;   /* IRCALLS name ("getattr") */
  JitAnyFn fn;        /* the C function */
  uint8_t abi;        /* JIT_ABI_* */
  uint8_t t;          /* result IRType */
  int8_t nargs;       /* -1: variable (call) */
  const char *flags;  /* "SE", "P", ... as in IRCALLS */
} JitHelperInfo;

extern const JitHelperInfo jit_helpers[IRCALL__COUNT];

void vm_getattr_h(VM *vm, Value *out, const Value *args, int32_t nargs);  /* obj, name */
void vm_setattr_h(VM *vm, Value *out, const Value *args, int32_t nargs);  /* obj, name, v */
void vm_getitem_h(VM *vm, Value *out, const Value *args, int32_t nargs);  /* obj, key */
void vm_setitem_h(VM *vm, Value *out, const Value *args, int32_t nargs);  /* obj, key, v */
void vm_binop_h(VM *vm, Value *out, const Value *args, int32_t nargs);    /* opcode, a, b */
void vm_compare_h(VM *vm, Value *out, const Value *args, int32_t nargs);  /* CmpOp, a, b */
void vm_truthy_h(VM *vm, Value *out, const Value *args, int32_t nargs);   /* v -> int */
void vm_call_h(VM *vm, Value *out, const Value *args, int32_t nargs);     /* f, args... */
void list_append_h(VM *vm, Value *out, const Value *args, int32_t nargs); /* list, v */
void vm_next_h(VM *vm, Value *out, const Value *args, int32_t nargs);     /* iterator */
void str_concat_h(VM *vm, Value *out, const Value *args, int32_t nargs);  /* str, str */
void jit_alloc_instance(VM *vm, Value *out, const Value *args, int32_t nargs); /* class, map */
void jit_alloc_tuple(VM *vm, Value *out, const Value *args, int32_t nargs);    /* len */
void jit_alloc_list(VM *vm, Value *out, const Value *args, int32_t nargs);     /* len */
double jit_float_mod(double a, double b);   /* Python's float %: sign of b */
double jit_float_floordiv(double a, double b); /* Python's float // (b != 0) */
/* Exit into a bridge: base[slot of entry i] = exitbuf[i] for the entries
** of snapshot s (what snap_restore does for the root frame's slots). */
void jit_exit_writeback(Trace *t, int32_t s, Value *base, const Value *exitbuf);
/* An instance of cls with map m and zeroed (T_NULL) slots for m->nattrs
** attributes; NULL + MemoryError. For snap.c's materialisation too. */
Instance *jit_new_instance(VM *vm, Class *cls, Map *m);

/* ---- backend internals (llvm_*.c only) ------------------------------------- */
#ifdef RPY_LLVM_INTERNAL

#include <llvm-c/Core.h>
#include <llvm-c/Analysis.h>
#include <llvm-c/Error.h>
#include <llvm-c/Target.h>
#include <llvm-c/TargetMachine.h>
#include <llvm-c/LLJIT.h>
#include <llvm-c/Orc.h>
#include <llvm-c/Transforms/PassBuilder.h>

/* Every LLVM-C function the backend calls (name without the LLVM prefix). */
#define LLVM_FUNCS(_) \
  _(GetVersion) _(DisposeMessage) \
  _(ModuleCreateWithNameInContext) _(DisposeModule) _(SetDataLayout) _(SetTarget) \
  _(PrintModuleToString) _(VerifyModule) \
  _(Int1TypeInContext) _(Int8TypeInContext) _(Int32TypeInContext) _(Int64TypeInContext) \
  _(DoubleTypeInContext) _(PointerTypeInContext) _(VoidTypeInContext) _(FunctionType) \
  _(ArrayType2) _(ConstInt) _(ConstReal) _(ConstNull) _(ConstIntToPtr) \
  _(AddFunction) _(GetParam) _(SetLinkage) _(AppendBasicBlockInContext) \
  _(GetBasicBlockTerminator) _(GetInsertBlock) _(PositionBuilderAtEnd) \
  _(CreateBuilderInContext) _(DisposeBuilder) \
  _(BuildAdd) _(BuildSub) _(BuildMul) _(BuildSDiv) _(BuildSRem) _(BuildAnd) \
  _(BuildOr) _(BuildXor) _(BuildShl) _(BuildAShr) _(BuildNeg) _(BuildICmp) \
  _(BuildFCmp) _(BuildFAdd) _(BuildFSub) _(BuildFMul) _(BuildFDiv) _(BuildFNeg) \
  _(BuildSIToFP) _(BuildZExt) _(BuildBitCast) _(BuildIntToPtr) _(BuildPtrToInt) \
  _(BuildSelect) _(BuildLoad2) _(BuildStore) _(BuildGEP2) _(BuildAlloca) \
  _(BuildBr) _(BuildCondBr) _(BuildRet) _(BuildCall2) _(BuildPhi) _(AddIncoming) \
  _(BuildExtractValue) _(BuildUnreachable) _(SetTailCallKind) \
  _(MDStringInContext2) _(MDNodeInContext2) _(ValueAsMetadata) _(MetadataAsValue) \
  _(GetMDKindIDInContext) _(SetMetadata) \
  _(LookupIntrinsicID) _(GetIntrinsicDeclaration) _(IntrinsicGetType) \
  _(GetErrorMessage) _(DisposeErrorMessage) \
  _(GetDefaultTargetTriple) _(GetHostCPUName) _(GetHostCPUFeatures) \
  _(GetTargetFromTriple) _(CreateTargetMachine) _(DisposeTargetMachine) \
  _(SetTargetMachineFastISel) \
  _(RunPasses) _(CreatePassBuilderOptions) _(DisposePassBuilderOptions) \
  _(OrcCreateLLJITBuilder) _(OrcDisposeLLJITBuilder) \
  _(OrcLLJITBuilderSetJITTargetMachineBuilder) \
  _(OrcJITTargetMachineBuilderCreateFromTargetMachine) \
  _(OrcCreateLLJIT) _(OrcDisposeLLJIT) _(OrcLLJITGetMainJITDylib) \
  _(OrcLLJITGetTripleString) _(OrcLLJITGetDataLayoutStr) _(OrcLLJITGetGlobalPrefix) \
  _(OrcCreateDynamicLibrarySearchGeneratorForProcess) _(OrcJITDylibAddGenerator) \
  _(OrcJITDylibCreateResourceTracker) _(OrcResourceTrackerRemove) \
  _(OrcReleaseResourceTracker) _(OrcCreateNewThreadSafeContext) \
  _(OrcThreadSafeContextGetContext) _(OrcDisposeThreadSafeContext) \
  _(OrcCreateNewThreadSafeModule) _(OrcDisposeThreadSafeModule) \
  _(OrcLLJITAddLLVMIRModuleWithRT) _(OrcLLJITLookup)

/* The function table: L->BuildAdd(...) calls LLVMBuildAdd. Filled once per
** process by llvm_api() and immutable afterwards. */
typedef struct LLVMApi {
#define LLVM_FN_FIELD(n) __typeof__(LLVM##n) *n;
  LLVM_FUNCS(LLVM_FN_FIELD)
#undef LLVM_FN_FIELD
  void *handle;               /* dlopen handle */
  unsigned major, minor, patch;
} LLVMApi;

/* Load libLLVM and initialise the native target (once per process,
** thread-safe). NULL if that failed; *err (static text) says why. */
const LLVMApi *llvm_api(const char **err);

/* Emit the LLVM function `name` for t into a new module of context cx.
** false + a message in err on an IR the emitter cannot handle. */
bool llvm_emit_trace(const LLVMApi *L, JitState *J, Trace *t, LLVMContextRef cx,
                     const char *triple, const char *datalayout, const char *name,
                     bool names, LLVMModuleRef *mod, char *err, size_t errlen);

#endif /* RPY_LLVM_INTERNAL */

#endif
