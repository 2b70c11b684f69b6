/*
** jit_log.h: PYPYLOG support. `PYPYLOG=cat[,cat...]:file` (file `-` is
** stderr) selects log categories by prefix, as PyPy does (`jit-log-opt`
** enables jit-log-opt-loop and jit-log-opt-bridge, `jit` enables every jit-*
** category). Sections are written in PyPy's format:
**   [hex timestamp] {category
**   ...
**   [hex timestamp] category}
** All state is per VM (vm->jit->log, or a pending state before the JIT
** exists), created on first use.
*/
#ifndef RPY_JIT_LOG_H
#define RPY_JIT_LOG_H

#include "trace.h"

/* Read PYPYLOG for this VM (idempotent; a no-op when it is unset). */
void jitlog_init(VM *vm);
/* Is any category starting with `cat` (or that `cat` starts with) enabled? */
bool jitlog_enabled(VM *vm, const char *cat);
/* jit-log-noopt-{loop,bridge} (optimized = false) or jit-log-opt-{loop,bridge}. */
void jitlog_trace(JitState *J, Trace *t, bool optimized);
/* jit-abort: why recording stopped, with an optional detail ("opcode X"). */
void jitlog_abort(JitState *J, Trace *t, TraceAbort why, const char *detail);
/* jit-llvm-ir: the LLVM IR of a compiled trace. */
void jitlog_llvm_ir(JitState *J, Trace *t, const char *text);
/* At VM exit: jit-summary and jit-backend-counts, then close the log. */
void jitlog_summary(VM *vm);
/* Write the IR of a trace in PyPy's textual format (also used by tests). */
void jitlog_print_trace(FILE *f, Trace *t, bool optimized);
/* "<code object f. file 'x.py'. line 3> #12 LOAD_FAST" */
void jitlog_location(char *buf, size_t n, Code *code, uint32_t pc);

#endif
