/*
** opt_testlib.h: shared helpers of the optimizer unit tests (test_opt_*.c):
** a fresh VM, JitState and Trace per test, hand-made snapshots, loops
** (setup_entry, counter_loop, peel), and a compact rendering of the IR to
** compare whole instruction sequences:
**
**   one line per live instruction: "<ref> <OP> <operands>[ :type][ @snap][ sunk]"
**   operands: %N instruction, #N literal, 5 / -1 int, 2.5f float,
**   true/false, None, C:Name class constant, K obj constant
**
** Dead instructions are left out (render_all shows them with a "dead" mark).
*/
#ifndef OPT_TESTLIB_H
#define OPT_TESTLIB_H

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>
#include <stdio.h>
#include "vm/vm.h"
#include "gc/gc.h"
#include "jit/opt.h"

static VM *vm;
static JitState *J;
static Trace *T;

static int setup(void **state) {
  (void)state;
  vm = vm_new(NULL);
  if (!vm) return -1;
  J = gc_alloc(sizeof(JitState));
  J->vm = vm;
  T = gc_alloc(sizeof(Trace));
  T->kind = TRACE_LOOP;
  T->no = 1;
  ir_init(&T->ir);
  return 0;
}

static int teardown(void **state) {
  (void)state;
  vm_free(vm);
  vm = NULL; J = NULL; T = NULL;
  return 0;
}

/* ---- building -------------------------------------------------------------- */

#define E(op, ty, a, b, c) opt_emit(J, T, IR_##op, IRT_##ty, (a), (b), (c))
#define EK(op, ty, kind, a, b, c) opt_emitk(J, T, IR_##op, IRT_##ty, (kind), (a), (b), (c))
#define RAW(op, ty, a, b, c) ir_emit_raw(&T->ir, IR_##op, IRT_##ty, (a), (b), (c))
#define KI(v) ir_kint(&T->ir, (v))
#define KB(v) ir_kbool(&T->ir, (v))
#define KF(v) ir_kfloat(&T->ir, (v))
#define KN() ir_knone(&T->ir)

/* A typed SLOAD of an int slot. */
static inline IRRef sload_int(int32_t slot) { return E(SLOAD, INT, slot, IRSLOAD_TYPED, 0); }
static inline IRRef sload_float(int32_t slot) { return E(SLOAD, FLOAT, slot, IRSLOAD_TYPED, 0); }
static inline IRRef sload_obj(int32_t slot, uint8_t kind) {
  return EK(SLOAD, OBJ, kind, slot, IRSLOAD_TYPED, 0);
}

/* Add a snapshot of ents[0..n) whose ref is the next instruction, with one
** root frame resuming at pc. Returns its number. */
static inline int32_t snap_frame(const SnapEntry *ents, int n, uint32_t pc, int32_t depth) {
  /* A frame to copy (opt_snap_add copies frames: this one stays unused). */
  if (T->nsnapframes + 1 > T->snapframecap) {
    int32_t ncap = T->snapframecap ? T->snapframecap * 2 : 16;
    SnapFrame *nf = gc_alloc(sizeof(SnapFrame) * (size_t)ncap);
    if (T->nsnapframes) memcpy(nf, T->snapframes, sizeof(SnapFrame) * (size_t)T->nsnapframes);
    T->snapframes = nf;
    T->snapframecap = ncap;
  }
  SnapFrame *f = &T->snapframes[T->nsnapframes++];
  memset(f, 0, sizeof *f);
  f->pc = pc;
  f->depth = depth;
  return opt_snap_add(T, ents, n, T->nsnapframes - 1, 1, 0, T->ir.nins);
}

/* Add a snapshot with one root frame: snap(n, slot0, ref0, slot1, ref1, ...).
** Its ref is the next instruction. Returns its number. */
static inline int32_t snap(int n, ...) {
  SnapEntry ents[32];
  va_list ap;
  va_start(ap, n);
  for (int i = 0; i < n; i++) {
    ents[i].slot = va_arg(ap, int);
    ents[i].ref = va_arg(ap, IRRef);
  }
  va_end(ap);
  return snap_frame(ents, n, (uint32_t)T->nsnap, 8);
}

/* Hand-built (RAW) guards get snapshot s. */
static inline void raw_snaps(int32_t s) {
  for (IRRef r = 1; r < T->ir.nins; r++) {
    IRIns *ins = ir_ins(&T->ir, r);
    if (((ins->flags & IRF_GUARD) || ins->op == IR_JUMP) && ins->snap < 0) ins->snap = s;
  }
}

/* ---- loops ------------------------------------------------------------------ */

/* setup, then the entry snapshot (snapshot 0) a trace starts with. */
static inline int setup_entry(void **state) {
  int r = setup(state);
  if (r == 0) snap(0);
  return r;
}

/* Close the loop with a JUMP and peel it: whether opt_loop did. */
static inline bool peel(void) {
  E(JUMP, VOID, 0, 0, 0);
  return opt_loop(J, T);
}

/* `while i < n: i += 1` (i in slot 0, n in slot 1) after the entry
** snapshot, up to its JUMP: refs 1 i, 2 n, 3 i < n and 4 its guard,
** 5 i + 1 and 6 its overflow guard; the snapshot at the end holds i + 1. */
typedef struct CounterLoop { IRRef i, n, i2; } CounterLoop;

static inline CounterLoop counter_loop(void) {
  CounterLoop l;
  l.i = sload_int(0);
  l.n = sload_int(1);
  IRRef c = E(INT_LT, BOOL, l.i, l.n, 0);
  snap(0);
  E(GUARD_TRUE, VOID, c, 0, 0);
  l.i2 = E(INT_ADD_OVF, INT, l.i, KI(1), 0);
  E(GUARD_NO_OVERFLOW, VOID, l.i2, 0, 0);
  snap(1, 0, l.i2);
  return l;
}

/* ---- rendering -------------------------------------------------------------- */

static const char *const tynames[IRT__COUNT] = {"void", "none", "bool", "int", "float", "obj", "val", "ptr"};

static void render_ref(char *buf, size_t n, IRRef r) {
  if (r == 0) { snprintf(buf, n, "0"); return; }
  if (r > 0) { snprintf(buf, n, "%%%d", r); return; }
  IRConst *k = ir_k(&T->ir, r);
  switch (k->t) {
  case IRT_INT: snprintf(buf, n, "%lld", (long long)k->u.i); break;
  case IRT_BOOL: snprintf(buf, n, "%s", k->u.i ? "true" : "false"); break;
  case IRT_FLOAT: snprintf(buf, n, "%gf", k->u.f); break;
  case IRT_NONE: snprintf(buf, n, "None"); break;
  case IRT_OBJ:
    if (k->kind == T_CLASS && k->u.p) snprintf(buf, n, "C:%s", ((Class *)k->u.p)->name->data);
    else snprintf(buf, n, "K");
    break;
  default: snprintf(buf, n, "P"); break;
  }
}

static char rbuf[16384];

static const char *render_x(bool all) {
  size_t len = 0;
  rbuf[0] = '\0';
  for (IRRef r = 1; r < T->ir.nins; r++) {
    IRIns *ins = ir_ins(&T->ir, r);
    if ((ins->flags & IRF_DEAD) && !all) continue;
    char line[256], op[64];
    int p = snprintf(line, sizeof line, "%d %s", r, ir_op_names[ins->op]);
    const char *m = opt_op_modes[ins->op];
    IRRef ops[3] = {ins->a, ins->b, ins->c};
    for (int i = 0; i < 3; i++) {
      if (m[i] == 'R') { render_ref(op, sizeof op, ops[i]); p += snprintf(line + p, sizeof line - (size_t)p, " %s", op); }
      else if (m[i] == 'L') p += snprintf(line + p, sizeof line - (size_t)p, " #%d", ops[i]);
    }
    if (ir_op_type[ins->op] < 0) p += snprintf(line + p, sizeof line - (size_t)p, " :%s", tynames[ins->t]);
    if ((ins->flags & IRF_GUARD) || ins->op == IR_JUMP)
      p += snprintf(line + p, sizeof line - (size_t)p, " @%d", ins->snap);
    if (ins->flags & IRF_SUNK) p += snprintf(line + p, sizeof line - (size_t)p, " sunk");
    if ((ins->flags & IRF_DEAD)) p += snprintf(line + p, sizeof line - (size_t)p, " dead");
    snprintf(line + p, sizeof line - (size_t)p, "\n");
    size_t l = strlen(line);
    if (len + l + 1 < sizeof rbuf) { memcpy(rbuf + len, line, l + 1); len += l; }
  }
  return rbuf;
}

static inline const char *render(void) { return render_x(false); }
static inline const char *render_all(void) { return render_x(true); }

/* "slot=ref slot=ref" of snapshot s (sunk-store entries as "s<store>=ref"). */
static char sbuf[2048];
static inline const char *render_snap(int32_t s) {
  size_t len = 0;
  sbuf[0] = '\0';
  Snapshot *sn = &T->snaps[s];
  for (int32_t i = 0; i < sn->nent; i++) {
    SnapEntry e = T->snapmap[sn->ent + i];
    char r[64], item[96];
    render_ref(r, sizeof r, e.ref);
    if (e.slot >= 0) snprintf(item, sizeof item, "%s%d=%s", i ? " " : "", e.slot, r);
    else snprintf(item, sizeof item, "%ss%d=%s", i ? " " : "", SNAP_SUNK_STORE_REF(e.slot), r);
    size_t l = strlen(item);
    if (len + l + 1 < sizeof sbuf) { memcpy(sbuf + len, item, l + 1); len += l; }
  }
  return sbuf;
}

#define EXPECT_IR(want) do { VERIFY(); assert_string_equal(render(), want); } while (0)

/* The IR invariants hold (opt_verify). */
#define VERIFY() do { \
    char verr_[256]; \
    if (!opt_verify(T, verr_, sizeof verr_)) fail_msg("IR invalid: %s\n%s", verr_, render_all()); \
  } while (0)

#endif
