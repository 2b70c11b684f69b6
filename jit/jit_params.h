/*
** jit_params.h: the JIT parameters, PyPy's names and defaults, defined once.
** Used by `--jit` parsing, `--jit help`, rpython.rlib.jit.set_param and the
** embedding API.
*/
#ifndef RPY_JIT_PARAMS_H
#define RPY_JIT_PARAMS_H

#include <stdint.h>
#include <stdbool.h>

/* name, default, help. enable_opts is a string in PyPy: 1 stands for "all"
** (the only value rpyvm knows), 0 for any other list. */
#define JIT_PARAMS(_) \
  _(threshold,            1039, "number of times a loop has to run for it to become hot") \
  _(function_threshold,   1619, "number of times a function must run for it to become traced from start") \
  _(trace_eagerness,       200, "number of times a guard has to fail before we start compiling a bridge") \
  _(decay,                  40, "amount to regularly decay counters by (0=none, 1000=max)") \
  _(trace_limit,          6000, "number of recorded operations before we abort tracing with ABORT_TOO_LONG") \
  _(inlining,                1, "inline python functions or not (1/0)") \
  _(loop_longevity,       1000, "a parameter controlling how long loops will be kept before being freed, an estimate") \
  _(retrace_limit,           0, "how many times we can try retracing before giving up") \
  _(max_retrace_guards,     15, "number of extra guards a retrace can cause") \
  _(max_unroll_loops,        0, "number of extra unrollings a loop can cause") \
  _(disable_unrolling,     200, "after how many operations we should not unroll") \
  _(enable_opts,             1, "internal use only (may not work or lead to crashes): optimizations to enable, or all, INTERNAL USE ONLY") \
  _(max_unroll_recursion,    7, "how many levels deep to unroll a recursive function") \
  _(vec,                     0, "turn on the vectorization optimization (vecopt). Supports x86 (SSE 4.1), powerpc (SVX), s390x SIMD") \
  _(vec_all,                 0, "try to vectorize trace loops that occur outside of the numpypy library") \
  _(vec_cost,                0, "threshold for which traces to bail. Unpacking increases the counter, vector operation decrease the cost") \
  _(vec_length,             60, "the amount of instructions allowed in \"all\" traces.") \
  _(vec_ratio,               2, "an integer (0-10 transfored into a float by X / 10.0) statements that have vector equivalents divided by the total number of trace instructions.") \
  _(vec_guard_ratio,         5, "an integer (0-10 transfored into a float by X / 10.0) divided by the total number of trace instructions.") \
  _(llvm_opt,                1, "rpyvm: LLVM optimization level for compiled traces (0-3)")

typedef enum {
#define JP_ENUM(name, def, help) JIT_P_##name,
  JIT_PARAMS(JP_ENUM)
#undef JP_ENUM
  JIT_P__COUNT
} JitParam;

typedef struct JitParams {
  bool off;                        /* --jit off */
  int64_t v[JIT_P__COUNT];
} JitParams;

extern const char *const jit_param_names[JIT_P__COUNT];
extern const char *const jit_param_help[JIT_P__COUNT];
extern const int64_t jit_param_defaults[JIT_P__COUNT];

void jit_params_default(JitParams *p);
/* Parse PyPy's --jit syntax ("off", "default", "name=value,name=value").
** Returns 0, or -1 with a message in err ("no JIT parameter named 'x'"). */
int jit_params_parse(JitParams *p, const char *spec, char *err, size_t errlen);
int jit_param_index(const char *name);   /* -1 if unknown */
/* Print `--jit help` text. */
void jit_params_help(void *file);

#endif
