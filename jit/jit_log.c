/*
** jit_log.c: PYPYLOG sections in PyPy's format, so that tools and people used
** to reading PyPy's JIT logs can read ours: traces before and after
** optimization (jit-log-noopt-*, jit-log-opt-*), aborts, the LLVM IR of each
** trace, and at exit a summary and per-trace entry counts.
**
** The IR printer names values by type as PyPy does (i = integer or bool,
** f = float, p = object / boxed value) and numbers them by IR ref, so a name
** is stable between the unoptimized and optimized listings of one trace.
** SLOADs are the trace's input arguments and print as the `[...]` line;
** guards print their snapshot's values as fail arguments.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "jit_log.h"
#include "../gc/gc.h"

typedef struct JitLog {
  FILE *f;
  bool owned;               /* we opened f (not stderr) */
  int ncats;
  char cats[16][48];
} JitLog;

/* ---- set-up ---------------------------------------------------------------- */

static JitLog *log_parse(void) {
  const char *env = getenv("PYPYLOG");
  if (!env || !*env) return NULL;
  JitLog *L = calloc(1, sizeof *L);
  if (!L) return NULL;
  const char *colon = strrchr(env, ':');
  const char *file = colon ? colon + 1 : env;
  size_t catlen = colon ? (size_t)(colon - env) : 0;
  if (!colon) {                     /* PYPYLOG=file: every jit category */
    strcpy(L->cats[0], "jit");
    L->ncats = 1;
  }
  for (size_t i = 0; i < catlen && L->ncats < 16;) {
    size_t j = i;
    while (j < catlen && env[j] != ',') j++;
    size_t n = j - i;
    if (n > 0 && n < sizeof L->cats[0]) {
      memcpy(L->cats[L->ncats], env + i, n);
      L->cats[L->ncats][n] = '\0';
      L->ncats++;
    }
    i = j + 1;
  }
  if (strcmp(file, "-") == 0 || *file == '\0') {
    L->f = stderr;
  } else {
    L->f = fopen(file, "w");
    L->owned = L->f != NULL;
    if (!L->f) {
      fprintf(stderr, "rpyvm: PYPYLOG: cannot open '%s' for writing\n", file);
      free(L);
      return NULL;
    }
  }
  return L;
}

static JitLog *log_of(VM *vm) {
  JitState *J = vm->jit;
  return J ? J->log : NULL;
}

void jitlog_init(VM *vm) {
  JitState *J = vm->jit;
  if (!J || J->log) return;
  J->log = log_parse();
}

static bool cat_enabled(JitLog *L, const char *cat) {
  if (!L) return false;
  for (int i = 0; i < L->ncats; i++) {
    size_t n = strlen(L->cats[i]);
    if (strncmp(cat, L->cats[i], n) == 0) return true;       /* "jit-log-opt" enables "jit-log-opt-loop" */
    if (strncmp(cat, L->cats[i], strlen(cat)) == 0) return true; /* asking for a prefix */
  }
  return false;
}

bool jitlog_enabled(VM *vm, const char *cat) { return cat_enabled(log_of(vm), cat); }

static unsigned long long stamp(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (unsigned long long)ts.tv_sec * 1000000000ull + (unsigned long long)ts.tv_nsec;
}

static void section_start(JitLog *L, const char *cat) {
  fprintf(L->f, "[%llx] {%s\n", stamp(), cat);
}

static void section_end(JitLog *L, const char *cat) {
  fprintf(L->f, "[%llx] %s}\n", stamp(), cat);
  fflush(L->f);
}

/* ---- locations ----------------------------------------------------------------- */

void jitlog_location(char *buf, size_t n, Code *code, uint32_t pc) {
  const char *op = "?";
  if (code && pc < (uint32_t)code->ninsns) op = opcode_names[INSN_OP(code->insns[pc])];
  snprintf(buf, n, "<code object %s. file '%s'. line %d> #%u %s",
           code && code->name ? code->name->data : "?",
           code && code->filename ? code->filename->data : "?",
           code ? code_line_at(code, pc) : 0, pc, op);
}

static void trace_location(char *buf, size_t n, Trace *t) {
  jitlog_location(buf, n, t->code, t->pc);
}

static unsigned guard_id(Trace *t, int32_t snap) {
  return (unsigned)t->no * 4096u + (unsigned)snap;
}

/* ---- values ----------------------------------------------------------------------- */

static char type_prefix(IRType t) {
  switch (t) {
  case IRT_BOOL: case IRT_INT: return 'i';
  case IRT_FLOAT: return 'f';
  default: return 'p';
  }
}

static void print_ref(FILE *f, Trace *t, IRRef r) {
  IRBuf *ir = &t->ir;
  if (r == IRREF_NONE) { fputs("NULL", f); return; }
  if (ir_isk(r)) {
    IRConst *k = ir_k(ir, r);
    switch (k->t) {
    case IRT_INT: fprintf(f, "%lld", (long long)k->u.i); break;
    case IRT_BOOL: fprintf(f, "%d", (int)k->u.i); break;
    case IRT_FLOAT: fprintf(f, "%f", k->u.f); break;
    case IRT_NONE: fputs("ConstPtr(None)", f); break;
    case IRT_OBJ: {
      Obj *o = k->u.p;
      if (o && k->kind == T_STR) fprintf(f, "ConstPtr(str '%.20s')", ((Str *)o)->data);
      else if (o && k->kind == T_CLASS && ((Class *)o)->name)
        fprintf(f, "ConstClass(%s)", ((Class *)o)->name->data);
      else if (o && k->kind == T_FUNC && ((Func *)o)->name)
        fprintf(f, "ConstPtr(function %s)", ((Func *)o)->name->data);
      else fprintf(f, "ConstPtr(ptr%d)", ir_kidx(r));
      break;
    }
    default: fprintf(f, "ConstPtr(ptr%d)", ir_kidx(r)); break;
    }
    return;
  }
  fprintf(f, "%c%d", type_prefix((IRType)ir_ins(ir, r)->t), r);
}

static void print_failargs(FILE *f, Trace *t, int32_t snap) {
  fputs(" [", f);
  if (snap >= 0 && snap < t->nsnap) {
    Snapshot *s = &t->snaps[snap];
    for (int32_t i = 0; i < s->nent; i++) {
      if (i) fputs(", ", f);
      print_ref(f, t, t->snapmap[s->ent + i].ref);
    }
  }
  fputs("]", f);
}

/* Arguments of a CALL: a CARG chain (left-nested) or a single value. */
static void print_call_args(FILE *f, Trace *t, IRRef r, bool *first) {
  if (r == IRREF_NONE) return;
  if (!ir_isk(r) && ir_ins(&t->ir, r)->op == IR_CARG) {
    IRIns *ins = ir_ins(&t->ir, r);
    print_call_args(f, t, ins->a, first);
    print_call_args(f, t, ins->b, first);
    return;
  }
  if (!*first) fputs(", ", f);
  *first = false;
  print_ref(f, t, r);
}

/* ---- one instruction ------------------------------------------------------------- */

static const char *kind_name(uint8_t kind) {
  switch (kind) {
  case T_LIST: return "list";
  case T_TUPLE: return "tuple";
  case T_STR: return "str";
  case T_INSTANCE: return "instance";
  default: return "obj";
  }
}

/* Prints the instruction; returns false if it was not printed (not an op in
** PyPy's sense: SLOAD, PHI, CARG, NOP, dead code, and sunk allocations and
** stores, which exist only in snapshots: PyPy's logs omit virtuals too). */
static bool print_ins(FILE *f, Trace *t, IRRef r, int labelno) {
  IRBuf *ir = &t->ir;
  IRIns *ins = ir_ins(ir, r);
  IROp op = (IROp)ins->op;
  char name[48];
  if (ins->flags & (IRF_DEAD | IRF_SUNK)) return false;
  switch (op) {
  case IR_SLOAD: case IR_PHI: case IR_CARG: case IR_NOP: return false;
  case IR_DEBUG_MERGE_POINT: {
    char loc[256];
    Code *code = (ins->a >= 0 && ins->a < t->ngcrefs && t->gcrefs[ins->a].tag == T_CODE)
                 ? AS_CODE(t->gcrefs[ins->a]) : t->code;
    jitlog_location(loc, sizeof loc, code, (uint32_t)ins->b);
    fprintf(f, "debug_merge_point(0, 0, '%s')\n", loc);
    return true;
  }
  case IR_LABEL: case IR_JUMP: {
    fputs(op == IR_LABEL ? "label(" : "jump(", f);
    bool first = true;
    for (IRRef p = 1; p < ir->nins; p++) {      /* loop-carried values */
      IRIns *pi = ir_ins(ir, p);
      if (pi->op != IR_PHI || (pi->flags & IRF_DEAD)) continue;
      if (!first) fputs(", ", f);
      first = false;
      print_ref(f, t, op == IR_LABEL ? pi->a : pi->b);
    }
    fprintf(f, "%sdescr=TargetToken(%d))\n", first ? "" : ", ", labelno);
    return true;
  }
  default: break;
  }
  ir_op_name(op, name, sizeof name);
  if (!(ir_op_flags[op] & IROPF_NORES) && ins->t != IRT_VOID) {
    print_ref(f, t, r);
    fputs(" = ", f);
  }
  switch (op) {
  case IR_GETFIELD: case IR_SETFIELD:
    fprintf(f, "%s(", op == IR_GETFIELD ? "getfield_gc" : "setfield_gc");
    print_ref(f, t, ins->a);
    if (op == IR_SETFIELD) { fputs(", ", f); print_ref(f, t, ins->c); }
    fprintf(f, ", descr=<Field %s>)\n",
            ins->b >= 0 && ins->b < IRFIELD__COUNT ? ir_field_names[ins->b] : "?");
    return true;
  case IR_GETSLOT: case IR_SETSLOT:
    fprintf(f, "%s(", op == IR_GETSLOT ? "getfield_gc_r" : "setfield_gc");
    print_ref(f, t, ins->a);
    if (op == IR_SETSLOT) { fputs(", ", f); print_ref(f, t, ins->c); }
    fprintf(f, ", descr=<FieldP slot %d>)\n", ins->b);
    return true;
  case IR_GETITEM: case IR_SETITEM: {
    uint8_t kind = ir_isk(ins->a) ? ir_k(ir, ins->a)->kind : ir_ins(ir, ins->a)->kind;
    fprintf(f, "%s(", op == IR_GETITEM ? "getarrayitem_gc_r" : "setarrayitem_gc");
    print_ref(f, t, ins->a);
    fputs(", ", f);
    print_ref(f, t, ins->b);
    if (op == IR_SETITEM) { fputs(", ", f); print_ref(f, t, ins->c); }
    fprintf(f, ", descr=<ArrayP %s>)\n", kind_name(kind));
    return true;
  }
  case IR_GETDICTENTRY: case IR_SETDICTENTRY:
    fprintf(f, "%s(", op == IR_GETDICTENTRY ? "getdictentry" : "setdictentry");
    print_ref(f, t, ins->a);
    fprintf(f, ", %d", ins->b);
    if (op == IR_SETDICTENTRY) { fputs(", ", f); print_ref(f, t, ins->c); }
    fputs(")\n", f);
    return true;
  case IR_CALL: case IR_CALL_PURE: case IR_CALL_ASSEMBLER: {
    bool first = false;
    if (op == IR_CALL_ASSEMBLER) fprintf(f, "call_assembler(ConstInt(%d)", ins->a);
    else fprintf(f, "%s(ConstClass(%s)", op == IR_CALL ? "call" : "call_pure",
                 ins->a >= 0 && ins->a < IRCALL__COUNT ? ir_call_names[ins->a] : "?");
    print_call_args(f, t, ins->b, &first);
    fputs(", descr=<Call>)\n", f);
    return true;
  }
  case IR_SLOAD: return false;
  case IR_UNBOX: {
    static const char *const tn[IRT__COUNT] = {"void", "none", "bool", "int", "float", "obj", "val", "ptr"};
    fprintf(f, "unbox_%s(", tn[ins->t < IRT__COUNT ? ins->t : 0]);
    print_ref(f, t, ins->a);
    fprintf(f, ", descr=<Guard0x%x>)", guard_id(t, ins->snap));
    print_failargs(f, t, ins->snap);
    fputc('\n', f);
    return true;
  }
  case IR_VMFIELD:
    fprintf(f, "%s(%s)\n", name, ins->a == IRVM_CLASS_EPOCH ? "class_epoch" : "exc");
    return true;
  case IR_NEW_INSTANCE:
    fputs("new_with_vtable(", f);
    print_ref(f, t, ins->a);
    fputs(")\n", f);
    return true;
  case IR_NEW_TUPLE: case IR_NEW_LIST:
    fprintf(f, "new_array(%d, descr=<ArrayP %s>)\n", ins->a, op == IR_NEW_TUPLE ? "tuple" : "list");
    return true;
  case IR_LINK:
    fprintf(f, "jump(descr=<Loop%d>)\n", ins->a);
    return true;
  case IR_EXIT:
    fprintf(f, "finish(descr=<Guard0x%x>)", guard_id(t, ins->snap));
    print_failargs(f, t, ins->snap);
    fputc('\n', f);
    return true;
  case IR_RET:
    fputs("finish(", f);
    print_ref(f, t, ins->a);
    fputs(")\n", f);
    return true;
  default: break;
  }
  /* Generic form: name(operands [, descr]) [fail args]. */
  fprintf(f, "%s(", name);
  int n = 0;
  IRRef ops[3] = {ins->a, ins->b, ins->c};
  int nops = op == IR_GUARD_NO_EXCEPTION || op == IR_GUARD_NOT_INVALIDATED ? 0 : 3;
  for (int i = 0; i < nops; i++) {
    if (ops[i] == IRREF_NONE) continue;
    if (n++) fputs(", ", f);
    print_ref(f, t, ops[i]);
  }
  if (ins->flags & IRF_GUARD) {
    fprintf(f, "%sdescr=<Guard0x%x>)", n ? ", " : "", guard_id(t, ins->snap));
    print_failargs(f, t, ins->snap);
    fputc('\n', f);
  } else {
    fputs(")\n", f);
  }
  return true;
}

/* ---- whole traces ------------------------------------------------------------------- */

static int count_ops(Trace *t) {
  int n = 0;
  FILE *null = fopen("/dev/null", "w");
  if (!null) return 0;
  for (IRRef r = 1; r < t->ir.nins; r++) n += print_ins(null, t, r, 0);
  fclose(null);
  return n;
}

void jitlog_print_trace(FILE *f, Trace *t, bool optimized) {
  char loc[256];
  int nops = count_ops(t);
  trace_location(loc, sizeof loc, t);
  if (t->kind == TRACE_BRIDGE)
    fprintf(f, "# bridge out of Guard 0x%x with %d ops\n",
            (unsigned)t->parent * 4096u + (unsigned)t->parent_exit, nops);
  else if (t->kind == TRACE_FUNC)
    fprintf(f, "# Loop %d (%s) : entry bridge with %d ops\n", t->no, loc, nops);
  else
    fprintf(f, "# Loop %d (%s) : %s with %d ops\n", t->no, loc, optimized ? "loop" : "noopt",
            nops);
  /* input arguments: the SLOADs */
  fputc('[', f);
  bool first = true;
  for (IRRef r = 1; r < t->ir.nins; r++) {
    IRIns *ins = ir_ins(&t->ir, r);
    if (ins->op != IR_SLOAD || (ins->flags & IRF_DEAD)) continue;
    if (!first) fputs(", ", f);
    first = false;
    print_ref(f, t, r);
  }
  fputs("]\n", f);
  for (IRRef r = 1; r < t->ir.nins; r++) print_ins(f, t, r, t->no);
  fputs("--end of the loop--\n", f);
}

void jitlog_trace(JitState *J, Trace *t, bool optimized) {
  JitLog *L = J->log;
  const char *cat;
  if (t->kind == TRACE_BRIDGE) cat = optimized ? "jit-log-opt-bridge" : "jit-log-noopt-bridge";
  else cat = optimized ? "jit-log-opt-loop" : "jit-log-noopt-loop";
  if (!cat_enabled(L, cat)) return;
  section_start(L, cat);
  jitlog_print_trace(L->f, t, optimized);
  section_end(L, cat);
}

void jitlog_abort(JitState *J, Trace *t, TraceAbort why, const char *detail) {
  JitLog *L = J->log;
  if (!cat_enabled(L, "jit-abort")) return;
  static const char *const names[ABORT__COUNT] = {
#define TA_NAME(n, msg) "ABORT_" #n,
    TRACE_ABORTS(TA_NAME)
#undef TA_NAME
  };
  char loc[256] = "?";
  if (t) trace_location(loc, sizeof loc, t);
  section_start(L, "jit-abort");
  fprintf(L->f, "%s: %s%s%s\n", why < ABORT__COUNT ? names[why] : "ABORT_?",
          why < ABORT__COUNT ? trace_abort_msgs[why] : "", detail ? ": " : "",
          detail ? detail : "");
  fprintf(L->f, "at %s\n", loc);
  section_end(L, "jit-abort");
}

void jitlog_llvm_ir(JitState *J, Trace *t, const char *text) {
  JitLog *L = J->log;
  if (!cat_enabled(L, "jit-llvm-ir") || !text) return;
  section_start(L, "jit-llvm-ir");
  fprintf(L->f, "; trace %d\n%s", t->no, text);
  if (*text && text[strlen(text) - 1] != '\n') fputc('\n', L->f);
  section_end(L, "jit-llvm-ir");
}

static int cmp_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

/* Does t loop (a live JUMP: its code has a loop header)? */
static bool has_loop(Trace *t) {
  for (IRRef r = 1; r < t->ir.nins; r++) {
    IRIns *ins = ir_ins(&t->ir, r);
    if (ins->op == IR_JUMP && !(ins->flags & (IRF_DEAD | IRF_SUNK))) return true;
  }
  return false;
}

static void write_summary(JitLog *L, JitState *J) {
  JitStats z;
  memset(&z, 0, sizeof z);
  JitStats *s = J ? &J->stats : &z;
  if (cat_enabled(L, "jit-summary")) {
    section_start(L, "jit-summary");
    fprintf(L->f, "Tracing:      \t%llu\t%f\n", (unsigned long long)s->traced, s->t_tracing);
    fprintf(L->f, "Backend:      \t%llu\t%f\n",
            (unsigned long long)(s->compiled_loops + s->compiled_bridges + s->compiled_funcs),
            s->t_backend);
    fprintf(L->f, "TOTAL:      \t\t%f\n", s->t_tracing + s->t_backend);
    fprintf(L->f, "ops:             \t%llu\n", (unsigned long long)s->ops_recorded);
    fprintf(L->f, "recorded ops:    \t%llu\n", (unsigned long long)s->ops_recorded);
    fprintf(L->f, "guards:          \t%llu\n", (unsigned long long)s->guards);
    fprintf(L->f, "opt ops:         \t%llu\n", (unsigned long long)s->ops_optimized);
    fprintf(L->f, "opt guards:      \t%llu\n", (unsigned long long)s->opt_guards);
    fprintf(L->f, "exits:           \t%llu\n", (unsigned long long)s->exits);
    fprintf(L->f, "aborts:          \t%llu\n", (unsigned long long)s->aborted);
    for (int i = 0; i < ABORT__COUNT; i++)
      fprintf(L->f, "abort: %s:\t%llu\n", trace_abort_msgs[i], (unsigned long long)s->aborts[i]);
    fprintf(L->f, "Total # of loops:\t%llu\n",
            (unsigned long long)(s->compiled_loops + s->compiled_funcs));
    fprintf(L->f, "Total # of bridges:\t%llu\n", (unsigned long long)s->compiled_bridges);
    fprintf(L->f, "Freed # of loops:\t0\nFreed # of bridges:\t0\n");
    /* Per-trace backend (LLVM) compile times: median and worst. */
    int n = 0;
    double *times = NULL;
    if (J && J->ntraces > 0) times = malloc(sizeof(double) * (size_t)J->ntraces);
    for (int i = 1; J && times && i < J->ntraces; i++)
      if (J->traces[i] && J->traces[i]->fn) times[n++] = J->traces[i]->t_backend;
    if (n > 0) {
      qsort(times, (size_t)n, sizeof(double), cmp_double);
      fprintf(L->f, "backend time per trace: median %.6f s, worst %.6f s (%d traces)\n",
              times[n / 2], times[n - 1], n);
    }
    free(times);
    section_end(L, "jit-summary");
  }
  if (cat_enabled(L, "jit-backend-counts") && J) {
    section_start(L, "jit-backend-counts");
    /* PyPy's lines: `entry N:k` (loop and function traces) and `bridge N:k`
    ** count entries into the code, `TargetToken(N):k` passes through the
    ** label of loop N (the TargetToken of its jit-log-opt listing). */
    for (int i = 1; i < J->ntraces; i++) {
      Trace *t = J->traces[i];
      if (!t || !t->fn) continue;
      fprintf(L->f, "%s %d:%llu\n", t->kind == TRACE_BRIDGE ? "bridge" : "entry", t->no,
              (unsigned long long)t->runs);
      if (has_loop(t))
        fprintf(L->f, "TargetToken(%d):%llu\n", t->no, (unsigned long long)t->iters);
    }
    section_end(L, "jit-backend-counts");
  }
}

void jitlog_summary(VM *vm) {
  JitState *J = vm->jit;
  JitLog *L = J ? J->log : NULL;
  bool temp = false;
  if (!L) {                       /* the JIT never started: still honour PYPYLOG */
    L = log_parse();
    temp = true;
  }
  if (!L) return;
  write_summary(L, J);
  if (L->owned) fclose(L->f);
  else fflush(L->f);
  if (temp || J) free(L);
  if (J) J->log = NULL;
}
