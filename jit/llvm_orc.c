/*
** llvm_orc.c: the per-VM LLVM session (ORC LLJIT) and llvm_compile().
**
** Each VM owns one LLJIT (JitState.llvm, made on its first compile), built
** for the host (CPU name and features detected) with the CodeGen level of
** the llvm_opt JIT parameter. Each trace becomes one module in its own
** ThreadSafeContext (so its types and constants are freed with it), added
** under a fresh ResourceTracker kept in t->backend: llvm_free_trace() removes
** exactly that trace's code. Nothing here is shared between VMs except the
** immutable function table of llvm_load.c, so VMs on different threads
** compile concurrently.
**
** Optimisation. Traces are straight-line code with one loop, already
** CSE'd and folded by jit/opt_*.c, so LLVM's job is mostly instruction
** selection and register allocation; what the IR passes still find is the
** emitter's redundancy (repeated tag and `items` loads, boxing, address
** arithmetic) and loop-invariant loads. Per llvm_opt:
**   0: no IR passes, CodeGen None (FastISel, fast register allocator)
**   1: LLVM_PASSES_1, CodeGen Less with FastISel (default)
**   2: LLVM_PASSES_2, CodeGen Default (SelectionDAG)
**   3: default<O2>,   CodeGen Aggressive
** Measured with tests/unit/test_llvm.c's big_loop (105 IR ops: a peeled
** loop of int/float arithmetic, list reads, 33 guards, 8 snapshots) on
** x86-64, LLVM 19.1.7. Instructions executed per compile (callgrind, all of
** llvm_compile: emit, verify, passes, codegen, JITLink; deterministic, the
** build machine being too loaded for stable wall-clock figures: ~7.3 M
** instructions per ms there when quiet) and instructions executed per loop
** iteration of the compiled code:
**   passes / codegen                                   compile    loop
**   none / None (llvm_opt=0)                            6.6 M     351
**   early-cse,instcombine,simplifycfg / Less, SDAG     39.2 M     116
**   ... + licm,gvn,instcombine,simplifycfg / SDAG      41.3 M     104
**   early-cse,instcombine,simplifycfg / Less, FastISel 28.5 M     116
**   LLVM_PASSES_1 / Less, FastISel (llvm_opt=1)        29.4 M     104
**   LLVM_PASSES_2 / Less, FastISel                     31.9 M     104
**   LLVM_PASSES_2 / Default, SDAG (llvm_opt=2)         41.2 M      96
**   default<O1> / Less, FastISel                       53.8 M     103
**   default<O2> / Aggressive (llvm_opt=3)              69.6 M      94
** Wall clock on a quiet moment of the same machine (test_llvm output; the
** loop timed for 2e6 iterations): level 0 0.80 ms / 42.7 ms, level 1
** without passes 3.23 ms / 19.5 ms, level 1 3.95 ms / 6.9 ms, level 2
** 5.65 ms / 6.8 ms, level 3 9.74 ms / 7.1 ms. So level 1 is ~4 ms for a
** 100-op trace and its code is as fast as -O2's here. Of its time, ~75% is LLVM's codegen pipeline
** (ISel ~5%, register allocation ~9%, machine scheduling ~6%, loop
** strength reduction + SCEV ~8%, building the legacy pass pipeline for
** each module ~7%), ~11% the IR passes, ~3% our emitter. The first compile
** of a process adds dlopen + target initialisation and the first of each
** VM the LLJIT creation (test_llvm prints both).
*/
#define RPY_LLVM_INTERNAL 1
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "llvm.h"
#include "../gc/gc.h"

/* Pass lists (see the table above). early-cse folds the emitter's repeated
** loads and boxing, instcombine the address arithmetic and compare chains,
** simplifycfg merges the exits' returns, licm hoists invariant loads and
** guards' operands out of the loop, then a MemorySSA-based CSE (level 1)
** or GVN (level 2) removes what became redundant. */
#define LLVM_IC "instcombine<no-verify-fixpoint>"
#define LLVM_PASSES_1 \
  "early-cse," LLVM_IC ",simplifycfg,loop-mssa(licm),early-cse<memssa>," LLVM_IC ",simplifycfg"
#define LLVM_PASSES_2 \
  "early-cse," LLVM_IC ",simplifycfg,loop-mssa(licm),gvn," LLVM_IC ",simplifycfg"

typedef struct LLVMSession {
  const LLVMApi *L;
  LLVMOrcLLJITRef jit;
  LLVMOrcJITDylibRef jd;
  LLVMTargetMachineRef tm;       /* for the IR passes (codegen has its own) */
  const char *triple, *layout;   /* owned by the LLJIT */
  int opt;                       /* llvm_opt at session creation */
  uint32_t serial;               /* unique function names */
  bool keep_ir;
  bool broken;                   /* creating the LLJIT failed: do not retry */
  const char *passes_override;   /* tests: a pass list instead of the level's */
  char err[600];
} LLVMSession;

typedef struct LLVMTraceCode {
  LLVMOrcResourceTrackerRef rt;
  char *ir_text;                 /* malloc'd, when keep_ir */
  char name[40];
} LLVMTraceCode;

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Error text of an LLVMErrorRef (consumes it). */
static void set_llvm_error(LLVMSession *S, const LLVMApi *L, const char *what, LLVMErrorRef e) {
  char *m = L->GetErrorMessage(e);
  snprintf(S->err, sizeof S->err, "%s: %s", what, m ? m : "?");
  if (m) L->DisposeErrorMessage(m);
}

static LLVMCodeGenOptLevel cg_level(int opt) {
  switch (opt) {
  case 0: return LLVMCodeGenLevelNone;
  case 1: return LLVMCodeGenLevelLess;
  case 2: return LLVMCodeGenLevelDefault;
  default: return LLVMCodeGenLevelAggressive;
  }
}

static const char *pass_list(LLVMSession *S) {
  if (S->passes_override) return S->passes_override;
  switch (S->opt) {
  case 0: return NULL;
  case 1: return LLVM_PASSES_1;
  case 2: return LLVM_PASSES_2;
  default: return "default<O2>";
  }
}

static LLVMTargetMachineRef host_tm(const LLVMApi *L, int opt, char *err, size_t errlen) {
  char *triple = L->GetDefaultTargetTriple();
  char *cpu = L->GetHostCPUName();
  char *features = L->GetHostCPUFeatures();
  LLVMTargetRef target = NULL;
  char *msg = NULL;
  LLVMTargetMachineRef tm = NULL;
  if (L->GetTargetFromTriple(triple, &target, &msg)) {
    snprintf(err, errlen, "no LLVM target for %s: %s", triple, msg ? msg : "?");
  } else {
    tm = L->CreateTargetMachine(target, triple, cpu, features, cg_level(opt),
                                LLVMRelocDefault, LLVMCodeModelJITDefault);
    if (!tm) snprintf(err, errlen, "cannot create an LLVM target machine for %s", triple);
    /* Level 1: FastISel (falling back to SelectionDAG per block) with the
    ** optimizing register allocator: ~25% less compile time than
    ** SelectionDAG, same code speed on our traces (measurements above). */
    else if (opt == 1) L->SetTargetMachineFastISel(tm, 1);
  }
  if (msg) L->DisposeMessage(msg);
  L->DisposeMessage(triple);
  L->DisposeMessage(cpu);
  L->DisposeMessage(features);
  return tm;
}

static void session_free(LLVMSession *S) {
  if (!S) return;
  const LLVMApi *L = S->L;
  if (!L) { free(S); return; }
  if (S->jit) {
    LLVMErrorRef e = L->OrcDisposeLLJIT(S->jit);
    if (e) {
      char *m = L->GetErrorMessage(e);
      if (m) L->DisposeErrorMessage(m);
    }
  }
  if (S->tm) L->DisposeTargetMachine(S->tm);
  free(S);
}

/* The VM's session, created on first use (LLVM loaded by the caller). */
static LLVMSession *session(JitState *J, const LLVMApi *L) {
  LLVMSession *S = J->llvm;
  if (S && (S->jit || S->broken)) return S;
  if (!S) {
    S = calloc(1, sizeof *S);
    if (!S) return NULL;
    J->llvm = S;
  }
  S->L = L;
  S->broken = true;   /* until the LLJIT exists */
  int64_t opt = J->vm->cfg.jit.v[JIT_P_llvm_opt];
  S->opt = opt < 0 ? 0 : opt > 3 ? 3 : (int)opt;
  /* Codegen target machine -> JITTargetMachineBuilder (takes ownership). */
  LLVMTargetMachineRef cgtm = host_tm(L, S->opt, S->err, sizeof S->err);
  if (!cgtm) return S;
  S->tm = host_tm(L, S->opt, S->err, sizeof S->err);
  if (!S->tm) { L->DisposeTargetMachine(cgtm); return S; }
  LLVMOrcJITTargetMachineBuilderRef jtmb = L->OrcJITTargetMachineBuilderCreateFromTargetMachine(cgtm);
  LLVMOrcLLJITBuilderRef b = L->OrcCreateLLJITBuilder();
  L->OrcLLJITBuilderSetJITTargetMachineBuilder(b, jtmb);
  LLVMErrorRef e = L->OrcCreateLLJIT(&S->jit, b);
  if (e) {
    S->jit = NULL;
    set_llvm_error(S, L, "cannot create the LLJIT", e);
    return S;
  }
  S->jd = L->OrcLLJITGetMainJITDylib(S->jit);
  S->triple = L->OrcLLJITGetTripleString(S->jit);
  S->layout = L->OrcLLJITGetDataLayoutStr(S->jit);
  /* Resolve any libc/libm symbol the code generator may introduce
  ** (memcpy, fmod...); our own helpers are absolute addresses. */
  LLVMOrcDefinitionGeneratorRef gen = NULL;
  e = L->OrcCreateDynamicLibrarySearchGeneratorForProcess(&gen, L->OrcLLJITGetGlobalPrefix(S->jit),
                                                         NULL, NULL);
  if (e) {
    set_llvm_error(S, L, "process symbol generator", e);
    LLVMErrorRef e2 = L->OrcDisposeLLJIT(S->jit);
    (void)e2;
    S->jit = NULL;
    return S;
  }
  L->OrcJITDylibAddGenerator(S->jd, gen);
  S->broken = false;
  return S;
}

int32_t llvm_exitbuf_size(Trace *t) {
  int32_t n = 1;
  for (int32_t s = 0; s < t->nsnap; s++)
    if (t->snaps[s].nent > n) n = t->snaps[s].nent;
  return n;
}

static bool grow_exitbuf(JitState *J, int32_t n) {
  if (J->exitbuf && J->exitcap >= n) return true;
  int32_t cap = J->exitcap > 0 ? J->exitcap : 16;
  while (cap < n) cap *= 2;
  Value *b = gc_alloc(sizeof(Value) * (size_t)cap);
  if (!b) return false;
  J->exitbuf = b;
  J->exitcap = cap;
  return true;
}

bool llvm_compile_passes(JitState *J, Trace *t, const char *passes) {
  double t0 = now();
  const char *lerr = NULL;
  const LLVMApi *L = llvm_api(&lerr);
  if (!L) {
    LLVMSession *S = J->llvm;
    if (!S) S = J->llvm = calloc(1, sizeof *S);
    if (S) snprintf(S->err, sizeof S->err, "%s", lerr);
    return false;
  }
  LLVMSession *S = session(J, L);
  if (!S) return false;
  if (!S->jit) return false;   /* S->err says why */
  S->err[0] = '\0';
  S->passes_override = passes;
  if (!grow_exitbuf(J, llvm_exitbuf_size(t))) {
    snprintf(S->err, sizeof S->err, "out of memory (exit buffer)");
    return false;
  }
  LLVMTraceCode *tc = calloc(1, sizeof *tc);
  if (!tc) { snprintf(S->err, sizeof S->err, "out of memory"); return false; }
  snprintf(tc->name, sizeof tc->name, "trace_%d_%u", (int)t->no, (unsigned)++S->serial);

  LLVMOrcThreadSafeContextRef tsc = L->OrcCreateNewThreadSafeContext();
  LLVMContextRef cx = L->OrcThreadSafeContextGetContext(tsc);
  LLVMModuleRef M = NULL;
  if (!llvm_emit_trace(L, J, t, cx, S->triple, S->layout, tc->name, S->keep_ir, &M,
                       S->err, sizeof S->err)) {
    L->OrcDisposeThreadSafeContext(tsc);
    free(tc);
    S->passes_override = NULL;
    return false;
  }
  const char *pl = pass_list(S);
  S->passes_override = NULL;
  if (pl && *pl) {
    LLVMPassBuilderOptionsRef po = L->CreatePassBuilderOptions();
    LLVMErrorRef e = L->RunPasses(M, pl, S->tm, po);
    L->DisposePassBuilderOptions(po);
    if (e) {
      set_llvm_error(S, L, "LLVM passes", e);
      L->DisposeModule(M);
      L->OrcDisposeThreadSafeContext(tsc);
      free(tc);
      return false;
    }
  }
  if (S->keep_ir) {
    char *txt = L->PrintModuleToString(M);
    if (txt) {
      tc->ir_text = strdup(txt);
      L->DisposeMessage(txt);
    }
  }
  LLVMOrcThreadSafeModuleRef tsm = L->OrcCreateNewThreadSafeModule(M, tsc);
  L->OrcDisposeThreadSafeContext(tsc);   /* the module holds its own reference */
  tc->rt = L->OrcJITDylibCreateResourceTracker(S->jd);
  LLVMErrorRef e = L->OrcLLJITAddLLVMIRModuleWithRT(S->jit, tc->rt, tsm);
  if (e) {
    set_llvm_error(S, L, "adding the module", e);
    L->OrcReleaseResourceTracker(tc->rt);
    free(tc->ir_text);
    free(tc);
    return false;
  }
  LLVMOrcExecutorAddress addr = 0;
  e = L->OrcLLJITLookup(S->jit, &addr, tc->name);
  if (e || !addr) {
    if (e) set_llvm_error(S, L, "compiling the trace", e);
    else snprintf(S->err, sizeof S->err, "compiling the trace: no address");
    LLVMErrorRef e2 = L->OrcResourceTrackerRemove(tc->rt);
    if (e2) L->DisposeErrorMessage(L->GetErrorMessage(e2));
    L->OrcReleaseResourceTracker(tc->rt);
    free(tc->ir_text);
    free(tc);
    return false;
  }
  if (t->backend) llvm_free_trace(J, t);   /* recompiled: drop the old code */
  t->backend = tc;
  t->fn = (TraceFn)(uintptr_t)addr;
  t->t_backend = now() - t0;
  return true;
}

bool llvm_compile(JitState *J, Trace *t) {
  return llvm_compile_passes(J, t, NULL);
}

const char *llvm_last_error(JitState *J) {
  LLVMSession *S = J ? J->llvm : NULL;
  return S ? S->err : "";
}

void llvm_free_trace(JitState *J, Trace *t) {
  LLVMTraceCode *tc = t->backend;
  LLVMSession *S = J ? J->llvm : NULL;
  if (!tc) return;
  t->backend = NULL;
  t->fn = NULL;
  if (S && S->L && S->jit && tc->rt) {
    LLVMErrorRef e = S->L->OrcResourceTrackerRemove(tc->rt);
    if (e) S->L->DisposeErrorMessage(S->L->GetErrorMessage(e));
    S->L->OrcReleaseResourceTracker(tc->rt);
  }
  free(tc->ir_text);
  free(tc);
}

char *llvm_trace_ir_text(JitState *J, Trace *t) {
  LLVMTraceCode *tc = t ? t->backend : NULL;
  if (!tc || !tc->ir_text) return NULL;
  return strdup(tc->ir_text);
}

void llvm_set_keep_ir(JitState *J, bool on) {
  LLVMSession *S = J->llvm;
  if (!S) {   /* no LLVM work: just remember the flag */
    S = calloc(1, sizeof *S);
    if (!S) return;
    J->llvm = S;
  }
  S->keep_ir = on;
}

void llvm_shutdown(JitState *J) {
  LLVMSession *S = J ? J->llvm : NULL;
  if (!S) return;
  /* Resource trackers of traces still compiled die with the LLJIT; their
  ** LLVMTraceCode records are released here so the traces stay consistent. */
  for (int32_t i = 0; i < J->ntraces; i++) {
    Trace *t = J->traces ? J->traces[i] : NULL;
    if (t && t->backend) {
      LLVMTraceCode *tc = t->backend;
      if (S->L && tc->rt) S->L->OrcReleaseResourceTracker(tc->rt);
      free(tc->ir_text);
      free(tc);
      t->backend = NULL;
      t->fn = NULL;
    }
  }
  J->llvm = NULL;
  session_free(S);
}
