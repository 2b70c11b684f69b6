/*
** ir.c: the IR buffer: op tables from the X-macros, appending instructions,
** interning constants. No optimization happens here; opt_fold.c is the
** front door the recorder emits through (folding, CSE), and it ends in
** ir_emit_raw().
*/
#include <stdlib.h>
#include <string.h>
#include "ir.h"
#include "../gc/gc.h"

/* ---- tables ---------------------------------------------------------------- */

const char *const ir_op_names[IR__COUNT] = {
#define IROP_NAME(name, a, b, c, fl, t) #name,
  IROPS(IROP_NAME)
#undef IROP_NAME
};

const uint8_t ir_op_flags[IR__COUNT] = {
#define IROP_FL(name, a, b, c, fl, t) fl,
  IROPS(IROP_FL)
#undef IROP_FL
};

#define T_IRT_VOID IRT_VOID
#define T_IRT_NONE IRT_NONE
#define T_IRT_BOOL IRT_BOOL
#define T_IRT_INT IRT_INT
#define T_IRT_FLOAT IRT_FLOAT
#define T_IRT_OBJ IRT_OBJ
#define T_IRT_VAL IRT_VAL
#define T_IRT_PTR IRT_PTR
#define T_IRT_T (-1)

const int8_t ir_op_type[IR__COUNT] = {
#define IROP_TYPE(name, a, b, c, fl, t) T_IRT_##t,
  IROPS(IROP_TYPE)
#undef IROP_TYPE
};

const char *const ir_field_names[IRFIELD__COUNT] = {
#define IRF_NAME(n, t) #n,
  IRFIELDS(IRF_NAME)
#undef IRF_NAME
};

const char *const ir_call_names[IRCALL__COUNT] = {
#define IRC_NAME(name, fn, t, n, fl) #name,
  IRCALLS(IRC_NAME)
#undef IRC_NAME
};

const char *ir_op_name(IROp op, char *buf, size_t n) {
  const char *s = ir_op_names[op];
  size_t i = 0;
  for (; s[i] && i + 1 < n; i++) buf[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
  buf[i] = '\0';
  return buf;
}

/* ---- buffer ------------------------------------------------------------------ */

void ir_init(IRBuf *ir) {
  memset(ir, 0, sizeof *ir);
  ir->cap = 256;
  ir->ins = gc_alloc_atomic_zero(sizeof(IRIns) * (size_t)ir->cap);
  ir->nins = 1;                 /* ref 0 is "none" */
  ir->kcap = 64;
  ir->k = gc_alloc(sizeof(IRConst) * (size_t)ir->kcap);  /* scanned: holds GC pointers */
}

void ir_free(IRBuf *ir) {
  ir->ins = NULL;
  ir->k = NULL;
  ir->nins = ir->nk = ir->cap = ir->kcap = 0;
}

IRRef ir_emit_raw(IRBuf *ir, IROp op, IRType t, IRRef a, IRRef b, IRRef c) {
  if (ir->nins >= ir->cap) {
    int32_t ncap = ir->cap * 2;
    IRIns *n = gc_alloc_atomic_zero(sizeof(IRIns) * (size_t)ncap);
    memcpy(n, ir->ins, sizeof(IRIns) * (size_t)ir->nins);
    ir->ins = n;
    ir->cap = ncap;
  }
  IRRef r = ir->nins++;
  IRIns *ins = &ir->ins[r];
  ins->op = (uint8_t)op;
  ins->t = (uint8_t)t;
  ins->kind = 0;
  ins->flags = (ir_op_flags[op] & IROPF_GUARD) ? IRF_GUARD : 0;
  ins->a = a;
  ins->b = b;
  ins->c = c;
  ins->snap = -1;
  ins->prev = ir->chain[op];
  ir->chain[op] = r;
  return r;
}

static IRRef kintern(IRBuf *ir, IRConst c) {
  for (int32_t i = 0; i < ir->nk; i++) {
    IRConst *k = &ir->k[i];
    if (k->t == c.t && k->kind == c.kind && k->u.i == c.u.i) return -1 - i;
  }
  if (ir->nk >= ir->kcap) {
    int32_t ncap = ir->kcap * 2;
    IRConst *n = gc_alloc(sizeof(IRConst) * (size_t)ncap);
    memcpy(n, ir->k, sizeof(IRConst) * (size_t)ir->nk);
    ir->k = n;
    ir->kcap = ncap;
  }
  ir->k[ir->nk] = c;
  return -1 - ir->nk++;
}

IRRef ir_kint(IRBuf *ir, int64_t v) {
  IRConst c = {IRT_INT, 0, {.i = v}};
  return kintern(ir, c);
}

IRRef ir_kbool(IRBuf *ir, bool v) {
  IRConst c = {IRT_BOOL, 0, {.i = v ? 1 : 0}};
  return kintern(ir, c);
}

IRRef ir_kfloat(IRBuf *ir, double v) {
  IRConst c = {IRT_FLOAT, 0, {.f = v}};
  return kintern(ir, c);   /* compares bit patterns: 0.0 and -0.0 stay distinct */
}

IRRef ir_knone(IRBuf *ir) {
  IRConst c = {IRT_NONE, 0, {.i = 0}};
  return kintern(ir, c);
}

IRRef ir_kobj(IRBuf *ir, void *obj, uint8_t kind) {
  IRConst c = {IRT_OBJ, kind, {.p = obj}};
  return kintern(ir, c);
}

IRRef ir_kptr(IRBuf *ir, void *p) {
  IRConst c = {IRT_PTR, 0, {.p = p}};
  return kintern(ir, c);
}

IRType ir_type(IRBuf *ir, IRRef r) {
  if (r == IRREF_NONE) return IRT_VOID;
  if (ir_isk(r)) return (IRType)ir_k(ir, r)->t;
  return (IRType)ir_ins(ir, r)->t;
}
