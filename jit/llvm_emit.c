/*
** llvm_emit.c: trace IR -> LLVM IR, one LLVM function per trace.
**
** Design
** ------
** A trace is already a compiled program in SSA form: the recorder and the
** optimizer did the language-level work (type specialisation, guards, CSE,
** loop peeling, allocation sinking). What is left for the backend is what
** LuaJIT's lj_asm.c does by hand -- instruction selection, register
** allocation, placing exits -- and we hand that to LLVM. So this file is a
** straight, single forward pass over IRBuf that maps every IR instruction to
** a few LLVM instructions; LLVM's scheduler and register allocator do the
** rest. The interesting decisions are about representation and exits.
**
** Values. Each typed IR value lives in one LLVM SSA value: INT and BOOL are
** i64, FLOAT is double, OBJ and PTR are ptr, NONE is the constant i64 0 (it
** has no runtime bits). A VAL (a whole 16-byte Value not yet unboxed) is
** split into two SSA values, an i32 tag and an i64 payload, kept in the
** parallel arrays e->tag[] and e->val[]; that way BOX/UNBOX are free moves
** and a guard on a tag is one compare, and LLVM never sees an aggregate.
** Memory accesses use byte offsets computed here with offsetof() on the real
** structs of vm/object.h and vm/vm.h (field_info[] below), so a layout
** change in the VM cannot silently break compiled code. Constants (IR refs
** < 0) are materialised at each use; object and pointer constants are
** `inttoptr` of their absolute address and are pinned for the GC by
** appending them to t->gcrefs.
**
** Guards. A guard is a conditional branch whose failing edge goes to a cold
** exit block carrying !prof branch weights (1 : 2000), so LLVM's block
** placement moves exits out of the hot path. The exit block of snapshot s
** boxes each snapshot entry into exitbuf[i] (i = position in the entry
** list) and jumps, with s, to one of two tails shared by all exits: the
** plain tail records the trace number in J->exit_trace and returns s; the
** bridge tail first looks up t->exit_bridges[s] and, when the driver has
** attached a bridge there, writes the exit state into the frame and
** tail-calls the bridge (llvm.h has the protocol). Exit blocks are shared
** by all guards of the same snapshot within one region (the preamble, or
** the loop body), since the entries are the same SSA values there. Keeping
** an exit down to its stores and a branch matters: LLVM's codegen time
** grows with the number of basic blocks, and a trace is mostly guards.
** Sunk allocations appear in exit buffers as a marker (llvm.h).
**
** Loops. After peeling (opt_loop.c) a loop trace is: preamble, LABEL, body,
** PHIs, JUMP. At LABEL we branch to a fresh header block and give every PHI
** an LLVM phi node there whose entry value is the preamble's value of `a`;
** from then on every use of `a` means the phi (we simply rebind e->val[a]),
** and JUMP adds the body's `b` as the back-edge value and branches back. A
** loop without LABEL but with PHIs gets its header after the leading
** SLOADs. A loop with neither (unpeeled) writes its last snapshot back into
** the frame at JUMP and restarts at the very top, re-reading the slots: slow
** but exact, whatever the optimizer did or did not do.
**
** Counters. The entry block increments t->runs (jit-backend-counts `entry N`
** / `bridge N`), so entries by LINK or by a parent's exit stub count too;
** with that log category on, the loop header also increments t->iters
** (`TargetToken(N)`), as PyPy's backend does only in debug mode.
**
** Calls. Residual calls go to the C helpers of the IRCALLS table through
** absolute addresses. Value helpers get (vm, out, args, nargs): arguments are
** boxed into a stack buffer allocated once in the entry block, and the
** result is read back from `out`. Float helpers (pow, fmod, sin, cos) are
** called directly with doubles. Overflow-checked arithmetic uses the
** llvm.s*.with.overflow intrinsics; the overflow bit is kept per ref for the
** GUARD_NO_OVERFLOW that follows.
**
** Errors. Anything the emitter cannot lower (an unknown op, a use of a value
** that was never computed, a malformed snapshot) longjmps out with a message:
** the trace is then not compiled and the program keeps interpreting. The
** module is verified before it is handed to ORC for the same reason.
*/
#define RPY_LLVM_INTERNAL 1
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "llvm.h"
#include "jit.h"
#include "jit_log.h"
#include "../gc/gc.h"

/* ---- field layout, from the real structs -------------------------------------- */

typedef struct FieldInfo { uint32_t off; uint8_t t; } FieldInfo;

static const FieldInfo field_info[IRFIELD__COUNT] = {
  [IRFIELD_LIST_LEN]     = {offsetof(List, len), IRT_INT},
  [IRFIELD_LIST_ITEMS]   = {offsetof(List, items), IRT_PTR},
  [IRFIELD_TUPLE_LEN]    = {offsetof(Tuple, len), IRT_INT},
  [IRFIELD_STR_LEN]      = {offsetof(Str, len), IRT_INT},
  [IRFIELD_INST_MAP]     = {offsetof(Instance, map), IRT_OBJ},
  [IRFIELD_INST_SLOTS]   = {offsetof(Instance, slots), IRT_PTR},
  [IRFIELD_OBJ_CLASS]    = {offsetof(Obj, cls), IRT_OBJ},
  [IRFIELD_CELL_VALUE]   = {offsetof(Cell, v), IRT_VAL},
  [IRFIELD_DICT_LAYOUT]  = {offsetof(Dict, layout), IRT_INT},
  [IRFIELD_FUNC_CODE]    = {offsetof(Func, code), IRT_OBJ},
  [IRFIELD_FUNC_GLOBALS] = {offsetof(Func, globals), IRT_OBJ},
  [IRFIELD_BOUND_SELF]   = {offsetof(Bound, self), IRT_VAL},
  [IRFIELD_BOUND_FUNC]   = {offsetof(Bound, func), IRT_VAL},
  [IRFIELD_ITER_POS]     = {offsetof(Iter, pos), IRT_INT},
  [IRFIELD_ITER_STOP]    = {offsetof(Iter, stop), IRT_INT},
  [IRFIELD_ITER_STEP]    = {offsetof(Iter, step), IRT_INT},
  [IRFIELD_ITER_SEQ]     = {offsetof(Iter, seq), IRT_VAL},
};

/* The field table's types must agree with ir.h's IRFIELDS column. */
static const uint8_t field_ir_type[IRFIELD__COUNT] = {
#define IRF_TYPE(n, t) IRT_##t,
  IRFIELDS(IRF_TYPE)
#undef IRF_TYPE
};

_Static_assert(sizeof(((List *)0)->len) == 8 && sizeof(((Tuple *)0)->len) == 8 &&
               sizeof(((Str *)0)->len) == 8 && sizeof(((Dict *)0)->layout) == 8 &&
               sizeof(((Iter *)0)->pos) == 8 && sizeof(((Iter *)0)->stop) == 8 &&
               sizeof(((Iter *)0)->step) == 8 && sizeof(((VM *)0)->class_epoch) == 8,
               "integer fields the JIT reads must be 64-bit");
_Static_assert(sizeof(Value) == 16 && offsetof(Value, tag) == 0 && offsetof(Value, aux) == 4 &&
               offsetof(Value, u) == 8, "Value layout");
_Static_assert(sizeof(((Value *)0)->tag) == 4 && sizeof(((Obj *)0)->kind) == 4, "tags are 32-bit");

#define OFF_TAG ((int64_t)offsetof(Value, tag))
#define OFF_AUX ((int64_t)offsetof(Value, aux))
#define OFF_PAY ((int64_t)offsetof(Value, u))

/* Value names appear only in logged IR (llvm_set_keep_ir): naming costs. */
#define NM(s) (e->names ? (s) : "")

/* ---- emitter state ------------------------------------------------------------- */

typedef struct VPair { LLVMValueRef tag, pay; } VPair;

typedef struct Emit {
  const LLVMApi *L;
  JitState *J;
  Trace *t;
  IRBuf *ir;
  VM *vm;
  LLVMContextRef cx;
  LLVMModuleRef M;
  LLVMBuilderRef B;
  LLVMValueRef fn;
  LLVMTypeRef t_i1, t_i8, t_i32, t_i64, t_f64, t_ptr, t_void, t_fn;
  LLVMTypeRef t_hval, t_hd1, t_hd2, t_wb;    /* helper function types */
  LLVMValueRef p_vm, p_base, p_exit;
  LLVMValueRef *val;          /* per ref: typed value, or the payload of a VAL */
  LLVMValueRef *tag;          /* per ref: i32 tag of a VAL */
  LLVMValueRef *ovf;          /* per ref: i1 overflow flag of a *_OVF op */
  LLVMBasicBlockRef *exitbb;  /* per snapshot: exit block in the current region */
  LLVMBasicBlockRef exit_plain, exit_bridge;  /* shared exit tails */
  LLVMValueRef exit_plain_s, exit_bridge_s;   /* their snapshot-number phis */
  LLVMValueRef argbuf, outbuf;
  int32_t maxargs;
  IRRef header;               /* ref at which the loop header starts, 0: no loop */
  bool writeback_loop;        /* unpeeled loop: JUMP writes back and restarts */
  bool terminated;            /* the current block is unreachable filler */
  LLVMBasicBlockRef loopbb;
  IRRef *phis;                /* live PHI instructions */
  int32_t nphi;
  LLVMValueRef *phi_v, *phi_t;/* per PHI: LLVM phi (value / tag) */
  LLVMValueRef *phi_bv;       /* per PHI: back-edge value and tag (2 each) */
  LLVMValueRef prof_cold;     /* !prof branch weights: hot edge first */
  unsigned kind_prof;
  IRRef cur;                  /* instruction being emitted (messages) */
  char nm[24];                /* name of the value being emitted */
  bool names;                 /* name values (for the IR text log); costs time */
  bool count_iters;           /* count loop header passes (jit-backend-counts) */
  jmp_buf fail;
  char *err;
  size_t errlen;
} Emit;

static void fail(Emit *e, const char *fmt, ...) __attribute__((noreturn, format(printf, 2, 3)));

static void fail(Emit *e, const char *fmt, ...) {
  char msg[200];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  if (e->cur > 0 && e->cur < e->ir->nins)
    snprintf(e->err, e->errlen, "%s (at ref %d, %s)", msg, (int)e->cur,
             ir_op_names[e->ir->ins[e->cur].op]);
  else
    snprintf(e->err, e->errlen, "%s", msg);
  longjmp(e->fail, 1);
}

/* ---- small builders --------------------------------------------------------------- */

static LLVMValueRef ki64(Emit *e, int64_t v) {
  return e->L->ConstInt(e->t_i64, (unsigned long long)v, 1);
}

static LLVMValueRef ki32(Emit *e, uint32_t v) {
  return e->L->ConstInt(e->t_i32, v, 0);
}

static LLVMValueRef kptr(Emit *e, const void *p) {
  if (!p) return e->L->ConstNull(e->t_ptr);
  return e->L->ConstIntToPtr(ki64(e, (int64_t)(intptr_t)p), e->t_ptr);
}

static LLVMValueRef gep(Emit *e, LLVMValueRef base, LLVMValueRef byteoff) {
  return e->L->BuildGEP2(e->B, e->t_i8, base, &byteoff, 1, "");
}

static LLVMValueRef gepk(Emit *e, LLVMValueRef base, int64_t off) {
  if (off == 0) return base;
  return gep(e, base, ki64(e, off));
}

/* base + idx * scale + off, idx an i64 value. */
static LLVMValueRef gepi(Emit *e, LLVMValueRef base, LLVMValueRef idx, int64_t scale, int64_t off) {
  LLVMValueRef o = e->L->BuildMul(e->B, idx, ki64(e, scale), "");
  if (off) o = e->L->BuildAdd(e->B, o, ki64(e, off), "");
  return gep(e, base, o);
}

static LLVMValueRef load(Emit *e, LLVMTypeRef ty, LLVMValueRef p, const char *name) {
  return e->L->BuildLoad2(e->B, ty, p, name);
}

static void store(Emit *e, LLVMValueRef v, LLVMValueRef p) {
  e->L->BuildStore(e->B, v, p);
}

static LLVMValueRef zext64(Emit *e, LLVMValueRef b) {
  return e->L->BuildZExt(e->B, b, e->t_i64, e->nm);
}

static LLVMBasicBlockRef block(Emit *e, const char *name) {
  return e->L->AppendBasicBlockInContext(e->cx, e->fn, name);
}

static void position(Emit *e, LLVMBasicBlockRef bb) {
  e->L->PositionBuilderAtEnd(e->B, bb);
}

static LLVMValueRef intrinsic(Emit *e, const char *name, LLVMTypeRef *tys, size_t ntys,
                              LLVMTypeRef *fty) {
  unsigned id = e->L->LookupIntrinsicID(name, strlen(name));
  if (!id) fail(e, "no LLVM intrinsic %s", name);
  *fty = e->L->IntrinsicGetType(e->cx, id, tys, ntys);
  return e->L->GetIntrinsicDeclaration(e->M, id, tys, ntys);
}

static LLVMValueRef call_intrinsic(Emit *e, const char *name, LLVMTypeRef ty,
                                   LLVMValueRef *args, unsigned n) {
  LLVMTypeRef fty;
  LLVMValueRef f = intrinsic(e, name, &ty, 1, &fty);
  return e->L->BuildCall2(e->B, fty, f, args, n, e->nm);
}

/* ---- GC constants --------------------------------------------------------------------- */

static void gcref_add(Trace *t, Value v) {
  for (int32_t i = 0; i < t->ngcrefs; i++)
    if (t->gcrefs[i].u.p == v.u.p) return;
  if (t->ngcrefs >= t->gcrefcap) {
    int32_t ncap = t->gcrefcap ? t->gcrefcap * 2 : 16;
    Value *n = gc_alloc(sizeof(Value) * (size_t)ncap);
    if (!n) return;   /* out of memory: the constant is still referenced by the IR */
    if (t->ngcrefs) memcpy(n, t->gcrefs, sizeof(Value) * (size_t)t->ngcrefs);
    t->gcrefs = n;
    t->gcrefcap = ncap;
  }
  t->gcrefs[t->ngcrefs++] = v;
}

/* Pin every object / pointer constant of the trace. Raw pointers are stored
** with tag T_NULL so nobody mistakes them for objects. */
static void pin_constants(Emit *e) {
  for (int32_t i = 0; i < e->ir->nk; i++) {
    IRConst *k = &e->ir->k[i];
    if ((k->t == IRT_OBJ || k->t == IRT_PTR) && k->u.p) {
      Value v = {T_NULL, 0, {.p = k->u.p}};
      if (k->t == IRT_OBJ) v.tag = ((Obj *)k->u.p)->kind;
      gcref_add(e->t, v);
    }
  }
}

/* ---- reading IR values --------------------------------------------------------------- */

static IRType rtype(Emit *e, IRRef r) {
  return ir_type(e->ir, r);
}

static const char *tname(IRType t) {
  static const char *const names[] = {
#define IRT_STR(n, p) #n,
    IRTYPES(IRT_STR)
#undef IRT_STR
  };
  return t < IRT__COUNT ? names[t] : "?";
}

static void check_ref(Emit *e, IRRef r) {
  if (r == IRREF_NONE) fail(e, "missing operand");
  if (ir_isk(r)) {
    if (ir_kidx(r) >= e->ir->nk) fail(e, "bad constant ref %d", (int)r);
  } else {
    if (r >= e->ir->nins) fail(e, "bad ref %d", (int)r);
    if (!e->val[r]) {
      IRIns *ins = &e->ir->ins[r];
      fail(e, "ref %d (%s%s) used but not computed", (int)r, ir_op_names[ins->op],
           (ins->flags & IRF_SUNK) ? ", sunk" : (ins->flags & IRF_DEAD) ? ", dead" : "");
    }
  }
}

/* Compile-time Value of a constant. */
static Value kvalue(IRConst *k) {
  Value v = v_null();
  switch (k->t) {
  case IRT_INT: v = v_int(k->u.i); break;
  case IRT_BOOL: v = v_bool(k->u.i != 0); break;
  case IRT_FLOAT: v = v_float(k->u.f); break;
  case IRT_NONE: v = v_none(); break;
  case IRT_OBJ: if (k->u.p) v = v_obj(k->u.p); break;
  case IRT_PTR: v.u.p = k->u.p; break;
  default: break;
  }
  return v;
}

/* The value of r in its natural representation (see the design notes). */
static LLVMValueRef getv(Emit *e, IRRef r) {
  check_ref(e, r);
  if (!ir_isk(r)) return e->val[r];
  IRConst *k = ir_k(e->ir, r);
  switch (k->t) {
  case IRT_INT: case IRT_BOOL: return ki64(e, k->u.i);
  case IRT_NONE: return ki64(e, 0);
  case IRT_FLOAT: return e->L->ConstReal(e->t_f64, k->u.f);
  case IRT_OBJ: case IRT_PTR: return kptr(e, k->u.p);
  default: fail(e, "constant of type %s", tname((IRType)k->t));
  }
}

static LLVMValueRef as_i64(Emit *e, IRRef r) {
  LLVMValueRef v = getv(e, r);
  switch (rtype(e, r)) {
  case IRT_INT: case IRT_BOOL: case IRT_NONE: case IRT_VAL: return v;
  case IRT_OBJ: case IRT_PTR: return e->L->BuildPtrToInt(e->B, v, e->t_i64, "");
  case IRT_FLOAT: return e->L->BuildBitCast(e->B, v, e->t_i64, "");
  default: fail(e, "operand %d of type %s used as an integer", (int)r, tname(rtype(e, r)));
  }
}

static LLVMValueRef as_f64(Emit *e, IRRef r) {
  LLVMValueRef v = getv(e, r);
  switch (rtype(e, r)) {
  case IRT_FLOAT: return v;
  case IRT_INT: case IRT_BOOL: return e->L->BuildSIToFP(e->B, v, e->t_f64, "");
  case IRT_VAL: return e->L->BuildBitCast(e->B, v, e->t_f64, "");
  default: fail(e, "operand %d of type %s used as a float", (int)r, tname(rtype(e, r)));
  }
}

static LLVMValueRef as_ptr(Emit *e, IRRef r) {
  LLVMValueRef v = getv(e, r);
  switch (rtype(e, r)) {
  case IRT_OBJ: case IRT_PTR: return v;
  case IRT_VAL: case IRT_INT: return e->L->BuildIntToPtr(e->B, v, e->t_ptr, "");
  default: fail(e, "operand %d of type %s used as a pointer", (int)r, tname(rtype(e, r)));
  }
}

/* The object kind (ValueTag) of an OBJ operand, 0 if unknown. */
static uint32_t obj_kind(Emit *e, IRRef r) {
  if (ir_isk(r)) {
    IRConst *k = ir_k(e->ir, r);
    return (k->t == IRT_OBJ && k->u.p) ? ((Obj *)k->u.p)->kind : k->kind;
  }
  IRIns *ins = &e->ir->ins[r];
  if (ins->kind) return ins->kind;
  switch (ins->op) {
  case IR_NEW_TUPLE: return T_TUPLE;
  case IR_NEW_LIST: return T_LIST;
  case IR_NEW_INSTANCE: return T_INSTANCE;
  case IR_STRGETITEM: return T_STR;
  default: return 0;
  }
}

/* r boxed as a Value: (i32 tag, i64 payload). */
static VPair box(Emit *e, IRRef r) {
  VPair p;
  check_ref(e, r);
  if (ir_isk(r)) {
    IRConst *k = ir_k(e->ir, r);
    Value v = kvalue(k);
    p.tag = ki32(e, v.tag);
    p.pay = ki64(e, v.u.i);   /* objects and pointers: their address */
    return p;
  }
  LLVMValueRef v = e->val[r];
  switch ((IRType)e->ir->ins[r].t) {
  case IRT_INT: p.tag = ki32(e, T_INT); p.pay = v; break;
  case IRT_BOOL: p.tag = ki32(e, T_BOOL); p.pay = v; break;
  case IRT_NONE: p.tag = ki32(e, T_NONE); p.pay = ki64(e, 0); break;
  case IRT_FLOAT:
    p.tag = ki32(e, T_FLOAT);
    p.pay = e->L->BuildBitCast(e->B, v, e->t_i64, "");
    break;
  case IRT_OBJ: {
    uint32_t kind = obj_kind(e, r);
    p.tag = kind ? ki32(e, kind) : load(e, e->t_i32, gepk(e, v, offsetof(Obj, kind)), NM("kind"));
    p.pay = e->L->BuildPtrToInt(e->B, v, e->t_i64, "");
    break;
  }
  case IRT_PTR: p.tag = ki32(e, T_NULL); p.pay = e->L->BuildPtrToInt(e->B, v, e->t_i64, ""); break;
  case IRT_VAL: p.tag = e->tag[r]; p.pay = v; break;
  default: fail(e, "cannot box ref %d of type %s", (int)r, tname((IRType)e->ir->ins[r].t));
  }
  return p;
}

/* Value memory access. */
static VPair load_value(Emit *e, LLVMValueRef p) {
  VPair v;
  v.tag = load(e, e->t_i32, gepk(e, p, OFF_TAG), NM("tag"));
  v.pay = load(e, e->t_i64, gepk(e, p, OFF_PAY), e->nm);
  return v;
}

static void store_value(Emit *e, LLVMValueRef p, VPair v, uint32_t aux) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  /* tag and aux as one 64-bit word: half the stores in exit blocks */
  LLVMValueRef w = e->L->BuildZExt(e->B, v.tag, e->t_i64, "");
  if (aux) w = e->L->BuildOr(e->B, w, ki64(e, (int64_t)((uint64_t)aux << 32)), "");
  store(e, w, gepk(e, p, OFF_TAG));
#else
  store(e, v.tag, gepk(e, p, OFF_TAG));
  store(e, ki32(e, aux), gepk(e, p, OFF_AUX));
#endif
  store(e, v.pay, gepk(e, p, OFF_PAY));
}

/* Typed value of a payload. */
static LLVMValueRef from_payload(Emit *e, LLVMValueRef pay, IRType t) {
  switch (t) {
  case IRT_INT: case IRT_BOOL: return pay;
  case IRT_NONE: return ki64(e, 0);
  case IRT_FLOAT: return e->L->BuildBitCast(e->B, pay, e->t_f64, e->nm);
  case IRT_OBJ: case IRT_PTR: return e->L->BuildIntToPtr(e->B, pay, e->t_ptr, e->nm);
  default: fail(e, "cannot unbox to %s", tname(t));
  }
}

/* Load a typed value (t) stored as a Value's payload at p. */
static LLVMValueRef load_payload(Emit *e, LLVMValueRef p, IRType t) {
  LLVMValueRef a = gepk(e, p, OFF_PAY);
  switch (t) {
  case IRT_INT: case IRT_BOOL: return load(e, e->t_i64, a, e->nm);
  case IRT_NONE: return ki64(e, 0);
  case IRT_FLOAT: return load(e, e->t_f64, a, e->nm);
  case IRT_OBJ: case IRT_PTR: return load(e, e->t_ptr, a, e->nm);
  default: fail(e, "cannot load a %s", tname(t));
  }
}

static void set_val(Emit *e, IRRef r, LLVMValueRef v) {
  e->val[r] = v;
}

static void set_pair(Emit *e, IRRef r, VPair p) {
  e->tag[r] = p.tag;
  e->val[r] = p.pay;
}

/* ---- exits -------------------------------------------------------------------------- */

static Snapshot *get_snap(Emit *e, int32_t s) {
  if (s < 0 || s >= e->t->nsnap) fail(e, "bad snapshot %d", (int)s);
  Snapshot *sn = &e->t->snaps[s];
  if (sn->ent < 0 || sn->nent < 0 || sn->ent + sn->nent > e->t->nsnapmap)
    fail(e, "snapshot %d has bad entries", (int)s);
  return sn;
}

static bool is_sunk(Emit *e, IRRef r) {
  return !ir_isk(r) && r > 0 && r < e->ir->nins && (e->ir->ins[r].flags & IRF_SUNK);
}

/* Store the boxed entries of snapshot s at dst[i] (exitbuf) or, when
** to_slots, at base[slot]. */
static void store_snapshot(Emit *e, int32_t s, bool to_slots) {
  Snapshot *sn = get_snap(e, s);
  for (int32_t i = 0; i < sn->nent; i++) {
    SnapEntry *se = &e->t->snapmap[sn->ent + i];
    if (to_slots && se->slot < 0) continue;   /* sunk-store entries (opt_alloc.c) */
    LLVMValueRef dst = to_slots
      ? gepk(e, e->p_base, (int64_t)se->slot * (int64_t)sizeof(Value))
      : gepk(e, e->p_exit, (int64_t)i * (int64_t)sizeof(Value));
    if (se->ref == IRREF_NONE) {
      VPair p = {ki32(e, T_NULL), ki64(e, 0)};
      store_value(e, dst, p, 0);
    } else if (is_sunk(e, se->ref)) {
      VPair p = {ki32(e, T_NULL), ki64(e, se->ref)};
      store_value(e, dst, p, LLVM_SUNK_AUX);
    } else {
      store_value(e, dst, box(e, se->ref), 0);
    }
  }
}

/* Does snapshot s need materialisation (snap.c) rather than a plain write
** of its entries into the frame? */
static bool snap_has_sunk(Emit *e, int32_t s) {
  Snapshot *sn = get_snap(e, s);
  if (sn->flags & SNAP_NOTE) return true;
  for (int32_t i = 0; i < sn->nent; i++)
    if (is_sunk(e, e->t->snapmap[sn->ent + i].ref)) return true;
  return false;
}

/* Whether exit s may continue in a bridge (trace.h Trace.exit_bridges). */
static bool bridgeable(Emit *e, int32_t s) {
  Snapshot *sn = get_snap(e, s);
  return e->t->exit_bridges && !(sn->flags & (SNAP_EXC | SNAP_NOTE)) && !snap_has_sunk(e, s);
}

/* The two tails every exit ends in, made on first use:
**   plain:  %s = phi; exit_trace = t->no; ret %s
**   bridge: %s = phi; fp = exit_bridges[%s]; fp == NULL -> plain, else
**           jit_exit_writeback(t, %s, base, exitbuf); musttail fp(...)
** Sharing them keeps an exit down to its stores and one branch, which
** matters: the codegen's cost grows with the number of blocks. */
static LLVMBasicBlockRef exit_tail(Emit *e, bool bridge) {
  const LLVMApi *L = e->L;
  if (!e->exit_plain) {
    LLVMBasicBlockRef here = L->GetInsertBlock(e->B);
    e->exit_plain = block(e, NM("exit"));
    position(e, e->exit_plain);
    e->exit_plain_s = L->BuildPhi(e->B, e->t_i32, NM("snap"));
    /* core engineer (JIT driver protocol, trace.h JitState.exit_trace):
    ** report which trace exits, since LINK may have tail-called into this
    ** one. The JitState is the VM's, at a fixed address. */
    store(e, ki32(e, (uint32_t)e->t->no), kptr(e, &e->J->exit_trace));
    L->BuildRet(e->B, e->exit_plain_s);
    position(e, here);
  }
  if (bridge && !e->exit_bridge) {
    LLVMBasicBlockRef here = L->GetInsertBlock(e->B);
    e->exit_bridge = block(e, NM("exitb"));
    position(e, e->exit_bridge);
    LLVMValueRef sv = e->exit_bridge_s = L->BuildPhi(e->B, e->t_i32, NM("snap"));
    LLVMValueRef idx = L->BuildZExt(e->B, sv, e->t_i64, "");
    LLVMValueRef fp = load(e, e->t_ptr, gepi(e, kptr(e, e->t->exit_bridges), idx,
                                                 sizeof(void *), 0), NM("bridge"));
    LLVMValueRef isnull = L->BuildICmp(e->B, LLVMIntEQ, fp, L->ConstNull(e->t_ptr), "");
    LLVMBasicBlockRef go = block(e, NM("tobridge"));
    L->BuildCondBr(e->B, isnull, e->exit_plain, go);
    L->AddIncoming(e->exit_plain_s, &sv, &e->exit_bridge, 1);
    position(e, go);
    LLVMValueRef wargs[4] = {kptr(e, e->t), sv, e->p_base, e->p_exit};
    L->BuildCall2(e->B, e->t_wb, kptr(e, (const void *)(uintptr_t)jit_exit_writeback),
                  wargs, 4, "");
    LLVMValueRef args[3] = {e->p_vm, e->p_base, e->p_exit};
    LLVMValueRef c = L->BuildCall2(e->B, e->t_fn, fp, args, 3, "");
    L->SetTailCallKind(c, LLVMTailCallKindMustTail);
    L->BuildRet(e->B, c);
    position(e, here);
  }
  return bridge ? e->exit_bridge : e->exit_plain;
}

/* The exit block of snapshot s in the current region: fill exitbuf, then
** continue in a tail. With bridges attached (core engineer's request in
** trace.h), the bridge tail writes the exit state into the frame (as for
** LINK, by jit_exit_writeback from the exit buffer) and tail-calls it. */
static LLVMBasicBlockRef exit_block(Emit *e, int32_t s) {
  get_snap(e, s);
  if (e->exitbb[s]) return e->exitbb[s];
  const LLVMApi *L = e->L;
  LLVMBasicBlockRef here = L->GetInsertBlock(e->B);
  char name[24];
  if (e->names) snprintf(name, sizeof name, "exit%d", (int)s);
  else name[0] = '\0';
  LLVMBasicBlockRef bb = block(e, name);
  bool br = bridgeable(e, s);
  LLVMBasicBlockRef tail = exit_tail(e, br);
  position(e, bb);
  store_snapshot(e, s, false);
  LLVMValueRef sv = ki32(e, (uint32_t)s);
  LLVMBasicBlockRef from = L->GetInsertBlock(e->B);
  L->AddIncoming(br ? e->exit_bridge_s : e->exit_plain_s, &sv, &from, 1);
  L->BuildBr(e->B, tail);
  position(e, here);
  e->exitbb[s] = bb;
  return bb;
}

/* core: exit blocks store JitState.exit_trace (see exit_block). */
const int llvm_sets_exit_trace = 1;

/* Continue when ok (i1) holds, else leave through snapshot s. */
static void guard(Emit *e, LLVMValueRef ok, int32_t s) {
  LLVMBasicBlockRef ex = exit_block(e, s);
  LLVMBasicBlockRef cont = block(e, "");
  LLVMValueRef br = e->L->BuildCondBr(e->B, ok, cont, ex);
  e->L->SetMetadata(br, e->kind_prof, e->prof_cold);
  position(e, cont);
}

static int32_t ins_snap(Emit *e, IRIns *ins) {
  if (ins->snap < 0) fail(e, "guard without a snapshot");
  return ins->snap;
}

/* The last snapshot taken at or before ref r (the recorder takes one right
** before LINK / JUMP / EXIT / RET). */
static int32_t last_snap(Emit *e, IRRef r) {
  int32_t best = -1;
  for (int32_t s = 0; s < e->t->nsnap; s++)
    if (e->t->snaps[s].ref <= r) best = s;
  return best;
}

/* After a terminator: later instructions (if any) go to an unreachable block. */
static void terminate(Emit *e) {
  position(e, block(e, NM("dead")));
  e->terminated = true;
}

static void emit_exit_now(Emit *e, int32_t s) {
  e->L->BuildBr(e->B, exit_block(e, s));
  terminate(e);
}

/* ---- run counters (jit-backend-counts) ------------------------------------------------ */

/* ++*p for a counter field of the Trace (t->runs, t->iters). The Trace is
** GC-allocated and reachable from J->traces while its code can run, and the
** code goes when the Trace's resource tracker is removed, so the absolute
** address is safe. One load/add/store: the cost of a trace entry. */
static void bump_counter(Emit *e, uint64_t *p) {
  LLVMValueRef a = kptr(e, p);
  LLVMValueRef v = load(e, e->t_i64, a, NM("count"));
  store(e, e->L->BuildAdd(e->B, v, ki64(e, 1), ""), a);
}

/* ---- loops ---------------------------------------------------------------------------- */

static LLVMTypeRef repr_type(Emit *e, IRType t) {
  switch (t) {
  case IRT_INT: case IRT_BOOL: case IRT_NONE: case IRT_VAL: return e->t_i64;
  case IRT_FLOAT: return e->t_f64;
  case IRT_OBJ: case IRT_PTR: return e->t_ptr;
  default: return NULL;
  }
}

static void begin_loop(Emit *e) {
  LLVMBasicBlockRef pre = e->L->GetInsertBlock(e->B);
  e->loopbb = block(e, NM("loop"));
  e->L->BuildBr(e->B, e->loopbb);
  position(e, e->loopbb);
  for (int32_t i = 0; i < e->nphi; i++) {
    IRIns *p = &e->ir->ins[e->phis[i]];
    e->cur = e->phis[i];
    if (ir_isk(p->a)) fail(e, "PHI of a constant");
    check_ref(e, p->a);
    IRType t = rtype(e, p->a);
    LLVMTypeRef ty = repr_type(e, t);
    if (!ty) fail(e, "PHI of type %s", tname(t));
    if (e->names) snprintf(e->nm, sizeof e->nm, "phi%d", (int)p->a);
    LLVMValueRef v = e->val[p->a];
    e->phi_v[i] = e->L->BuildPhi(e->B, ty, e->nm);
    e->L->AddIncoming(e->phi_v[i], &v, &pre, 1);
    e->val[p->a] = e->phi_v[i];
    if (t == IRT_VAL) {
      LLVMValueRef tv = e->tag[p->a];
      e->phi_t[i] = e->L->BuildPhi(e->B, e->t_i32, NM("phitag"));
      e->L->AddIncoming(e->phi_t[i], &tv, &pre, 1);
      e->tag[p->a] = e->phi_t[i];
    }
  }
  e->nm[0] = '\0';
  if (e->count_iters) bump_counter(e, &e->t->iters);   /* after the phis */
  /* Exits of the body see the phis: do not share the preamble's blocks. */
  memset(e->exitbb, 0, sizeof(LLVMBasicBlockRef) * (size_t)(e->t->nsnap ? e->t->nsnap : 1));
}

static void emit_jump(Emit *e, IRRef ref) {
  if (!e->loopbb) fail(e, "JUMP without a loop header");
  if (e->writeback_loop) {
    int32_t s = last_snap(e, ref);
    if (s >= 0 && snap_has_sunk(e, s)) {   /* cannot write a virtual object back */
      emit_exit_now(e, s);
      return;
    }
    if (s >= 0) store_snapshot(e, s, true);
  } else {
    LLVMBasicBlockRef here = e->L->GetInsertBlock(e->B);
    /* Compute every back-edge value first (boxing may emit instructions). */
    LLVMValueRef *bv = e->phi_bv;
    for (int32_t i = 0; i < e->nphi; i++) {
      IRIns *p = &e->ir->ins[e->phis[i]];
      IRType ta = rtype(e, p->a), tb = rtype(e, p->b);
      if (ta == IRT_VAL) {
        VPair v = box(e, p->b);
        bv[2 * i] = v.pay;
        bv[2 * i + 1] = v.tag;
      } else if (ta == IRT_FLOAT) {
        bv[2 * i] = as_f64(e, p->b);
      } else if (ta == IRT_OBJ || ta == IRT_PTR) {
        bv[2 * i] = as_ptr(e, p->b);
      } else if (tb == IRT_FLOAT) {
        fail(e, "PHI %s <- FLOAT", tname(ta));
      } else {
        bv[2 * i] = as_i64(e, p->b);
      }
    }
    here = e->L->GetInsertBlock(e->B);
    for (int32_t i = 0; i < e->nphi; i++) {
      e->L->AddIncoming(e->phi_v[i], &bv[2 * i], &here, 1);
      if (e->phi_t[i]) e->L->AddIncoming(e->phi_t[i], &bv[2 * i + 1], &here, 1);
    }
  }
  e->L->BuildBr(e->B, e->loopbb);
  terminate(e);
}

/* ---- calls ------------------------------------------------------------------------------ */

/* Flatten a CARG chain into args (in order); returns the count. */
static int32_t call_args(Emit *e, IRRef r, IRRef *args, int32_t max) {
  if (r == IRREF_NONE) return 0;
  if (!ir_isk(r) && r < e->ir->nins && e->ir->ins[r].op == IR_CARG) {
    IRIns *c = &e->ir->ins[r];
    int32_t n = call_args(e, c->a, args, max);
    if (n >= max) fail(e, "too many call arguments");
    args[n++] = c->b;
    return n;
  }
  if (max < 1) fail(e, "too many call arguments");
  args[0] = r;
  return 1;
}

static int32_t count_args(IRBuf *ir, IRRef r) {
  int32_t n = 0;
  while (r != IRREF_NONE && !ir_isk(r) && r < ir->nins && ir->ins[r].op == IR_CARG) {
    n++;
    r = ir->ins[r].a;
  }
  return r != IRREF_NONE ? n + 1 : n;
}

/* Call a Value-ABI helper with boxed args; returns nothing (result in outbuf). */
static void call_value_helper(Emit *e, JitAnyFn fnp, const IRRef *args, int32_t n,
                              const VPair *pre) {
  if (!e->argbuf) fail(e, "no argument buffer");
  for (int32_t i = 0; i < n; i++) {
    VPair v = pre ? pre[i] : box(e, args[i]);
    store_value(e, gepk(e, e->argbuf, (int64_t)i * (int64_t)sizeof(Value)), v, 0);
  }
  LLVMValueRef cargs[4] = {e->p_vm, e->outbuf, e->argbuf, ki32(e, (uint32_t)n)};
  e->L->BuildCall2(e->B, e->t_hval, kptr(e, (const void *)(uintptr_t)fnp), cargs, 4, "");
}

/* The helper's result (in outbuf) as the instruction's value. */
static void call_result(Emit *e, IRRef ref, IRType t) {
  switch (t) {
  case IRT_VOID: break;
  case IRT_VAL: set_pair(e, ref, load_value(e, e->outbuf)); break;
  case IRT_NONE: set_val(e, ref, ki64(e, 0)); break;
  default: set_val(e, ref, load_payload(e, e->outbuf, t)); break;
  }
}

static void emit_call(Emit *e, IRRef ref, IRIns *ins) {
  IRRef args[64];
  IRCallId id = (IRCallId)ins->a;
  if (ins->op == IR_CALL_ASSEMBLER) {
    /* core engineer: a call of a Python function (callee first, then the
    ** positional arguments) through the driver's fast path (jit.h) */
    int32_t n = call_args(e, ins->b, args, 64);
    call_value_helper(e, (JitAnyFn)jit_call_assembler_h, args, n, NULL);
    call_result(e, ref, (IRType)ins->t);
    return;
  }
  if ((uint32_t)id >= IRCALL__COUNT) fail(e, "bad helper id %d", (int)ins->a);
  const JitHelperInfo *h = &jit_helpers[id];
  int32_t n = call_args(e, ins->b, args, 64);
  if (h->nargs >= 0 && n != h->nargs)
    fail(e, "helper %s takes %d arguments, got %d", h->name, h->nargs, (int)n);
  IRType t = (IRType)ins->t;
  if (h->abi == JIT_ABI_DOUBLE) {
    LLVMValueRef a[2];
    if (n < 1 || n > 2) fail(e, "float helper %s with %d arguments", h->name, (int)n);
    for (int32_t i = 0; i < n; i++) a[i] = as_f64(e, args[i]);
    LLVMValueRef r = e->L->BuildCall2(e->B, n == 1 ? e->t_hd1 : e->t_hd2,
                                      kptr(e, (const void *)(uintptr_t)h->fn), a,
                                      (unsigned)n, e->nm);
    if (t == IRT_FLOAT) set_val(e, ref, r);
    else if (t == IRT_VAL) {
      VPair p = {ki32(e, T_FLOAT), e->L->BuildBitCast(e->B, r, e->t_i64, "")};
      set_pair(e, ref, p);
    } else if (t != IRT_VOID) fail(e, "float helper %s typed %s", h->name, tname(t));
    return;
  }
  call_value_helper(e, h->fn, args, n, NULL);
  call_result(e, ref, t);
}

/* NEW_INSTANCE / NEW_TUPLE / NEW_LIST through the allocation helpers. */
static void emit_alloc(Emit *e, IRRef ref, IRIns *ins) {
  VPair a[2];
  int32_t n;
  JitAnyFn fnp;
  if (ins->op == IR_NEW_INSTANCE) {
    a[0] = box(e, ins->a);
    a[1] = box(e, ins->b);
    n = 2;
    fnp = jit_helpers[IRCALL_alloc_instance].fn;
  } else {
    a[0].tag = ki32(e, T_INT);
    a[0].pay = ki64(e, ins->a);
    n = 1;
    fnp = jit_helpers[ins->op == IR_NEW_TUPLE ? IRCALL_alloc_tuple : IRCALL_alloc_list].fn;
  }
  call_value_helper(e, fnp, NULL, n, a);
  set_val(e, ref, load_payload(e, e->outbuf, IRT_OBJ));
}

/* ---- arithmetic ------------------------------------------------------------------------- */

static void emit_ovf(Emit *e, IRRef ref, IRIns *ins) {
  const char *name;
  LLVMValueRef a, b;
  if (ins->op == IR_INT_LSHIFT_OVF) {
    a = as_i64(e, ins->a);
    b = as_i64(e, ins->b);
    LLVMValueRef r = e->L->BuildShl(e->B, a, b, e->nm);
    LLVMValueRef back = e->L->BuildAShr(e->B, r, b, "");
    set_val(e, ref, r);
    e->ovf[ref] = e->L->BuildICmp(e->B, LLVMIntNE, back, a, NM("ovf"));
    return;
  }
  switch (ins->op) {
  case IR_INT_ADD_OVF: name = "llvm.sadd.with.overflow"; break;
  case IR_INT_SUB_OVF: case IR_INT_NEG_OVF: name = "llvm.ssub.with.overflow"; break;
  default: name = "llvm.smul.with.overflow"; break;
  }
  if (ins->op == IR_INT_NEG_OVF) {
    a = ki64(e, 0);
    b = as_i64(e, ins->a);
  } else {
    a = as_i64(e, ins->a);
    b = as_i64(e, ins->b);
  }
  LLVMValueRef args[2] = {a, b};
  LLVMValueRef pair = call_intrinsic(e, name, e->t_i64, args, 2);
  set_val(e, ref, e->L->BuildExtractValue(e->B, pair, 0, e->nm));
  e->ovf[ref] = e->L->BuildExtractValue(e->B, pair, 1, NM("ovf"));
}

/* Python's // and % on int64 (result sign follows the divisor). b != 0 is
** guaranteed; b == -1 is handled without trapping (INT64_MIN // -1 wraps). */
static void emit_divmod(Emit *e, IRRef ref, IRIns *ins) {
  const LLVMApi *L = e->L;
  LLVMValueRef a = as_i64(e, ins->a), b = as_i64(e, ins->b);
  LLVMValueRef m1 = L->BuildICmp(e->B, LLVMIntEQ, b, ki64(e, -1), "");
  LLVMValueRef bs = L->BuildSelect(e->B, m1, ki64(e, 1), b, "");
  LLVMValueRef r = L->BuildSRem(e->B, a, bs, "");
  LLVMValueRef nz = L->BuildICmp(e->B, LLVMIntNE, r, ki64(e, 0), "");
  LLVMValueRef sg = L->BuildICmp(e->B, LLVMIntSLT, L->BuildXor(e->B, r, b, ""), ki64(e, 0), "");
  LLVMValueRef adj = L->BuildAnd(e->B, nz, sg, "");
  if (ins->op == IR_INT_MOD) {
    LLVMValueRef rb = L->BuildAdd(e->B, r, b, "");
    set_val(e, ref, L->BuildSelect(e->B, adj, rb, r, e->nm));
  } else {
    LLVMValueRef q = L->BuildSDiv(e->B, a, bs, "");
    q = L->BuildSub(e->B, q, L->BuildZExt(e->B, adj, e->t_i64, ""), "");
    LLVMValueRef neg = L->BuildSub(e->B, ki64(e, 0), a, "");
    set_val(e, ref, L->BuildSelect(e->B, m1, neg, q, e->nm));
  }
}

static LLVMIntPredicate int_pred(IROp op) {
  switch (op) {
  case IR_INT_LT: return LLVMIntSLT;
  case IR_INT_LE: return LLVMIntSLE;
  case IR_INT_EQ: case IR_PTR_EQ: return LLVMIntEQ;
  case IR_INT_NE: case IR_PTR_NE: return LLVMIntNE;
  case IR_INT_GT: return LLVMIntSGT;
  default: return LLVMIntSGE;
  }
}

static LLVMRealPredicate float_pred(IROp op) {
  switch (op) {
  case IR_FLOAT_LT: return LLVMRealOLT;
  case IR_FLOAT_LE: return LLVMRealOLE;
  case IR_FLOAT_EQ: return LLVMRealOEQ;
  case IR_FLOAT_NE: return LLVMRealUNE;   /* nan != nan is True */
  case IR_FLOAT_GT: return LLVMRealOGT;
  default: return LLVMRealOGE;
  }
}

/* ---- memory ------------------------------------------------------------------------------ */

/* Address of item b (INT) of the list or tuple a. */
static LLVMValueRef item_addr(Emit *e, IRRef a, IRRef b) {
  uint32_t kind = obj_kind(e, a);
  LLVMValueRef o = as_ptr(e, a), i = as_i64(e, b);
  if (kind == T_LIST) {
    LLVMValueRef items = load(e, e->t_ptr, gepk(e, o, offsetof(List, items)), NM("items"));
    return gepi(e, items, i, sizeof(Value), 0);
  }
  if (kind == T_TUPLE) return gepi(e, o, i, sizeof(Value), offsetof(Tuple, items));
  fail(e, "item access on an object of kind %u (not list/tuple)", (unsigned)kind);
}

static LLVMValueRef slot_addr(Emit *e, IRRef a, int32_t k) {
  LLVMValueRef o = as_ptr(e, a);
  LLVMValueRef slots = load(e, e->t_ptr, gepk(e, o, offsetof(Instance, slots)), NM("slots"));
  return gepk(e, slots, (int64_t)k * (int64_t)sizeof(Value));
}

static LLVMValueRef dictentry_addr(Emit *e, IRRef a, int32_t k) {
  LLVMValueRef o = as_ptr(e, a);
  LLVMValueRef ents = load(e, e->t_ptr, gepk(e, o, offsetof(Dict, entries)), NM("entries"));
  return gepk(e, ents, (int64_t)k * (int64_t)sizeof(DictEntry) + (int64_t)offsetof(DictEntry, value));
}

static void emit_getfield(Emit *e, IRRef ref, IRIns *ins) {
  if ((uint32_t)ins->b >= IRFIELD__COUNT) fail(e, "bad field %d", (int)ins->b);
  const FieldInfo *f = &field_info[ins->b];
  LLVMValueRef p = gepk(e, as_ptr(e, ins->a), f->off);
  if (f->t == IRT_VAL) {
    VPair v = load_value(e, p);
    IRType t = (IRType)ins->t;
    if (t == IRT_VAL) set_pair(e, ref, v);
    else set_val(e, ref, from_payload(e, v.pay, t));   /* typed read of a Value field */
  } else if (f->t == IRT_INT) {
    set_val(e, ref, load(e, e->t_i64, p, e->nm));
  } else {
    set_val(e, ref, load(e, e->t_ptr, p, e->nm));
  }
}

static void emit_setfield(Emit *e, IRIns *ins) {
  if ((uint32_t)ins->b >= IRFIELD__COUNT) fail(e, "bad field %d", (int)ins->b);
  const FieldInfo *f = &field_info[ins->b];
  LLVMValueRef p = gepk(e, as_ptr(e, ins->a), f->off);
  if (f->t == IRT_VAL) store_value(e, p, box(e, ins->c), 0);
  else if (f->t == IRT_INT) store(e, as_i64(e, ins->c), p);
  else store(e, as_ptr(e, ins->c), p);
}

/* ---- guards -------------------------------------------------------------------------------- */

/* vm_class_of(a) for an OBJ or a VAL operand. */
static LLVMValueRef class_of(Emit *e, IRRef a) {
  const LLVMApi *L = e->L;
  IRType t = rtype(e, a);
  if (t == IRT_OBJ || t == IRT_PTR)
    return load(e, e->t_ptr, gepk(e, as_ptr(e, a), offsetof(Obj, cls)), NM("cls"));
  if (t != IRT_VAL) {   /* an immediate of known type: its builtin class */
    uint32_t tag = t == IRT_INT ? T_INT : t == IRT_BOOL ? T_BOOL : t == IRT_FLOAT ? T_FLOAT : T_NONE;
    return load(e, e->t_ptr, gepk(e, e->p_vm, (int64_t)offsetof(VM, cls) + tag * (int64_t)sizeof(Class *)), NM("cls"));
  }
  VPair v = box(e, a);
  LLVMBasicBlockRef isobj = block(e, NM("isobj")), imm = block(e, NM("imm")), join = block(e, NM("cls"));
  LLVMValueRef c = L->BuildICmp(e->B, LLVMIntUGE, v.tag, ki32(e, T_FIRSTOBJ), "");
  L->BuildCondBr(e->B, c, isobj, imm);
  position(e, isobj);
  LLVMValueRef c1 = load(e, e->t_ptr, gepk(e, L->BuildIntToPtr(e->B, v.pay, e->t_ptr, ""),
                                           offsetof(Obj, cls)), "");
  L->BuildBr(e->B, join);
  position(e, imm);
  LLVMValueRef idx = L->BuildZExt(e->B, v.tag, e->t_i64, "");
  LLVMValueRef c2 = load(e, e->t_ptr, gepi(e, e->p_vm, idx, sizeof(Class *), offsetof(VM, cls)), "");
  L->BuildBr(e->B, join);
  position(e, join);
  LLVMValueRef phi = L->BuildPhi(e->B, e->t_ptr, NM("cls"));
  LLVMValueRef vs[2] = {c1, c2};
  LLVMBasicBlockRef bs[2] = {isobj, imm};
  L->AddIncoming(phi, vs, bs, 2);
  return phi;
}

/* i1: tag matches the expected tag (0 with an OBJ type: any object). */
static LLVMValueRef tag_ok(Emit *e, LLVMValueRef tag, uint32_t expect, IRType t) {
  if (t == IRT_OBJ && expect == 0)
    return e->L->BuildICmp(e->B, LLVMIntUGE, tag, ki32(e, T_FIRSTOBJ), "");
  return e->L->BuildICmp(e->B, LLVMIntEQ, tag, ki32(e, expect), "");
}

static uint32_t type_tag(IRType t, uint32_t kind) {
  switch (t) {
  case IRT_INT: return T_INT;
  case IRT_BOOL: return T_BOOL;
  case IRT_FLOAT: return T_FLOAT;
  case IRT_NONE: return T_NONE;
  case IRT_OBJ: return kind;
  default: return T_NULL;
  }
}

static void emit_guard_value(Emit *e, IRIns *ins) {
  const LLVMApi *L = e->L;
  IRType ta = rtype(e, ins->a), tb = rtype(e, ins->b);
  LLVMValueRef ok;
  if (ta == IRT_VAL || tb == IRT_VAL) {
    VPair a = box(e, ins->a), b = box(e, ins->b);
    ok = L->BuildAnd(e->B, L->BuildICmp(e->B, LLVMIntEQ, a.tag, b.tag, ""),
                     L->BuildICmp(e->B, LLVMIntEQ, a.pay, b.pay, ""), "");
  } else {
    ok = L->BuildICmp(e->B, LLVMIntEQ, as_i64(e, ins->a), as_i64(e, ins->b), "");
  }
  guard(e, ok, ins_snap(e, ins));
}

static void emit_sload(Emit *e, IRRef ref, IRIns *ins) {
  LLVMValueRef p = gepk(e, e->p_base, (int64_t)ins->a * (int64_t)sizeof(Value));
  IRType t = (IRType)ins->t;
  if (t == IRT_VAL || t == IRT_VOID) {
    set_pair(e, ref, load_value(e, p));
    return;
  }
  if ((ins->b & IRSLOAD_TYPED) && ins->snap >= 0) {
    LLVMValueRef tag = load(e, e->t_i32, gepk(e, p, OFF_TAG), NM("tag"));
    guard(e, tag_ok(e, tag, type_tag(t, ins->kind), t), ins->snap);
  }
  set_val(e, ref, load_payload(e, p, t));
}

static void emit_unbox(Emit *e, IRRef ref, IRIns *ins) {
  IRType t = (IRType)ins->t;
  VPair v = box(e, ins->a);
  if (ins->snap >= 0) guard(e, tag_ok(e, v.tag, (uint32_t)ins->b, t), ins->snap);
  if (t == IRT_VAL) set_pair(e, ref, v);
  else set_val(e, ref, from_payload(e, v.pay, t));
}

static void emit_guard(Emit *e, IRRef ref, IRIns *ins) {
  const LLVMApi *L = e->L;
  LLVMValueRef ok = NULL;
  switch (ins->op) {
  case IR_GUARD_TRUE: ok = L->BuildICmp(e->B, LLVMIntNE, as_i64(e, ins->a), ki64(e, 0), ""); break;
  case IR_GUARD_FALSE: ok = L->BuildICmp(e->B, LLVMIntEQ, as_i64(e, ins->a), ki64(e, 0), ""); break;
  case IR_GUARD_VALUE: emit_guard_value(e, ins); return;
  case IR_GUARD_CLASS:
    ok = L->BuildICmp(e->B, LLVMIntEQ, class_of(e, ins->a), as_ptr(e, ins->b), "");
    break;
  case IR_GUARD_MAP: {
    LLVMValueRef m = load(e, e->t_ptr, gepk(e, as_ptr(e, ins->a), offsetof(Instance, map)), NM("map"));
    ok = L->BuildICmp(e->B, LLVMIntEQ, m, as_ptr(e, ins->b), "");
    break;
  }
  case IR_GUARD_NONNULL: {
    IRType t = rtype(e, ins->a);
    if (t == IRT_VAL) ok = L->BuildICmp(e->B, LLVMIntNE, box(e, ins->a).tag, ki32(e, T_NULL), "");
    else if (t == IRT_OBJ || t == IRT_PTR)
      ok = L->BuildICmp(e->B, LLVMIntNE, as_ptr(e, ins->a), L->ConstNull(e->t_ptr), "");
    else return;   /* a typed immediate is never null */
    break;
  }
  case IR_GUARD_NO_OVERFLOW:
    if (ir_isk(ins->a) || ins->a >= ref || !e->ovf[ins->a]) return;  /* folded: cannot overflow */
    ok = L->BuildXor(e->B, e->ovf[ins->a], L->ConstInt(e->t_i1, 1, 0), "");
    break;
  case IR_GUARD_NO_EXCEPTION: {
    LLVMValueRef tag = load(e, e->t_i32, gepk(e, e->p_vm, (int64_t)offsetof(VM, exc) + OFF_TAG), NM("exc"));
    ok = L->BuildICmp(e->B, LLVMIntEQ, tag, ki32(e, T_NULL), "");
    break;
  }
  case IR_GUARD_INDEX:
    ok = L->BuildICmp(e->B, LLVMIntULT, as_i64(e, ins->a), as_i64(e, ins->b), "");
    break;
  case IR_GUARD_NOT_INVALIDATED: {
    /* The epoch recorded: an INT constant operand a if the recorder gave
    ** one, else the epoch at compile time (recording and compiling happen
    ** without user code in between). */
    uint64_t want = e->vm->class_epoch;
    if (ir_isk(ins->a) && ins->a != IRREF_NONE && ir_k(e->ir, ins->a)->t == IRT_INT)
      want = (uint64_t)ir_k(e->ir, ins->a)->u.i;
    LLVMValueRef ep = load(e, e->t_i64, gepk(e, e->p_vm, offsetof(VM, class_epoch)), NM("epoch"));
    ok = L->BuildICmp(e->B, LLVMIntEQ, ep, ki64(e, (int64_t)want), "");
    break;
  }
  default: fail(e, "unknown guard");
  }
  guard(e, ok, ins_snap(e, ins));
}

/* ---- one instruction ---------------------------------------------------------------------- */

static void emit_ins(Emit *e, IRRef ref, IRIns *ins) {
  const LLVMApi *L = e->L;
  LLVMBuilderRef B = e->B;
  switch ((IROp)ins->op) {
  case IR_LABEL: case IR_PHI: case IR_CARG: case IR_DEBUG_MERGE_POINT: case IR_NOP:
    break;
  case IR_JUMP: emit_jump(e, ref); break;
  case IR_LINK: {
    int32_t s = last_snap(e, ref);
    if (ins->a <= 0 || ins->a >= e->J->ntraces || !e->J->traces[ins->a])
      fail(e, "LINK to unknown trace %d", (int)ins->a);
    if (s < 0) fail(e, "LINK without a snapshot");
    if (snap_has_sunk(e, s)) { emit_exit_now(e, s); break; }
    Trace *target = e->J->traces[ins->a];
    Value tv = {T_NULL, 0, {.p = target}};
    gcref_add(e->t, tv);
    store_snapshot(e, s, true);
    LLVMValueRef fp = load(e, e->t_ptr, kptr(e, &target->fn), NM("target"));
    LLVMValueRef isnull = L->BuildICmp(B, LLVMIntEQ, fp, L->ConstNull(e->t_ptr), "");
    LLVMBasicBlockRef go = block(e, NM("link"));
    LLVMValueRef br = L->BuildCondBr(B, isnull, exit_block(e, s), go);
    LLVMMetadataRef w[3] = {L->MDStringInContext2(e->cx, "branch_weights", 14),
                            L->ValueAsMetadata(ki32(e, 1)), L->ValueAsMetadata(ki32(e, 2000))};
    L->SetMetadata(br, e->kind_prof, L->MetadataAsValue(e->cx, L->MDNodeInContext2(e->cx, w, 3)));
    position(e, go);
    LLVMValueRef args[3] = {e->p_vm, e->p_base, e->p_exit};
    LLVMValueRef c = L->BuildCall2(B, e->t_fn, fp, args, 3, "");
    L->SetTailCallKind(c, LLVMTailCallKindMustTail);
    L->BuildRet(B, c);
    terminate(e);
    break;
  }
  case IR_EXIT: emit_exit_now(e, ins_snap(e, ins)); break;
  case IR_RET: {
    store_value(e, e->p_exit, box(e, ins->a), 0);
    L->BuildRet(B, ki32(e, TRACE_RET_RETURN));
    terminate(e);
    break;
  }
  case IR_SLOAD: emit_sload(e, ref, ins); break;
  case IR_VMFIELD:
    if (ins->a == IRVM_CLASS_EPOCH)
      set_val(e, ref, load(e, e->t_i64, gepk(e, e->p_vm, offsetof(VM, class_epoch)), e->nm));
    else if (ins->a == IRVM_EXC_TAG)
      set_val(e, ref, zext64(e, load(e, e->t_i32, gepk(e, e->p_vm, (int64_t)offsetof(VM, exc) + OFF_TAG), "")));
    else fail(e, "unknown VM field %d", (int)ins->a);
    break;
  case IR_GUARD_TRUE: case IR_GUARD_FALSE: case IR_GUARD_VALUE: case IR_GUARD_CLASS:
  case IR_GUARD_MAP: case IR_GUARD_NONNULL: case IR_GUARD_NO_OVERFLOW:
  case IR_GUARD_NO_EXCEPTION: case IR_GUARD_INDEX: case IR_GUARD_NOT_INVALIDATED:
    emit_guard(e, ref, ins);
    break;
  case IR_UNBOX: emit_unbox(e, ref, ins); break;
  case IR_BOX: set_pair(e, ref, box(e, ins->a)); break;
  case IR_INT_ADD: set_val(e, ref, L->BuildAdd(B, as_i64(e, ins->a), as_i64(e, ins->b), e->nm)); break;
  case IR_INT_SUB: set_val(e, ref, L->BuildSub(B, as_i64(e, ins->a), as_i64(e, ins->b), e->nm)); break;
  case IR_INT_MUL: set_val(e, ref, L->BuildMul(B, as_i64(e, ins->a), as_i64(e, ins->b), e->nm)); break;
  case IR_INT_ADD_OVF: case IR_INT_SUB_OVF: case IR_INT_MUL_OVF: case IR_INT_NEG_OVF:
  case IR_INT_LSHIFT_OVF:
    emit_ovf(e, ref, ins);
    break;
  case IR_INT_FLOORDIV: case IR_INT_MOD: emit_divmod(e, ref, ins); break;
  case IR_INT_AND: set_val(e, ref, L->BuildAnd(B, as_i64(e, ins->a), as_i64(e, ins->b), e->nm)); break;
  case IR_INT_OR: set_val(e, ref, L->BuildOr(B, as_i64(e, ins->a), as_i64(e, ins->b), e->nm)); break;
  case IR_INT_XOR: set_val(e, ref, L->BuildXor(B, as_i64(e, ins->a), as_i64(e, ins->b), e->nm)); break;
  case IR_INT_RSHIFT: {
    LLVMValueRef b = as_i64(e, ins->b);
    LLVMValueRef big = L->BuildICmp(B, LLVMIntUGT, b, ki64(e, 63), "");
    b = L->BuildSelect(B, big, ki64(e, 63), b, "");
    set_val(e, ref, L->BuildAShr(B, as_i64(e, ins->a), b, e->nm));
    break;
  }
  case IR_INT_NEG: set_val(e, ref, L->BuildNeg(B, as_i64(e, ins->a), e->nm)); break;
  case IR_INT_LT: case IR_INT_LE: case IR_INT_EQ: case IR_INT_NE: case IR_INT_GT: case IR_INT_GE:
  case IR_PTR_EQ: case IR_PTR_NE:
    set_val(e, ref, zext64(e, L->BuildICmp(B, int_pred((IROp)ins->op), as_i64(e, ins->a),
                                           as_i64(e, ins->b), "")));
    break;
  case IR_INT_IS_TRUE:
    set_val(e, ref, zext64(e, L->BuildICmp(B, LLVMIntNE, as_i64(e, ins->a), ki64(e, 0), "")));
    break;
  case IR_BOOL_NOT:
    set_val(e, ref, zext64(e, L->BuildICmp(B, LLVMIntEQ, as_i64(e, ins->a), ki64(e, 0), "")));
    break;
  case IR_FLOAT_ADD: set_val(e, ref, L->BuildFAdd(B, as_f64(e, ins->a), as_f64(e, ins->b), e->nm)); break;
  case IR_FLOAT_SUB: set_val(e, ref, L->BuildFSub(B, as_f64(e, ins->a), as_f64(e, ins->b), e->nm)); break;
  case IR_FLOAT_MUL: set_val(e, ref, L->BuildFMul(B, as_f64(e, ins->a), as_f64(e, ins->b), e->nm)); break;
  case IR_FLOAT_TRUEDIV: set_val(e, ref, L->BuildFDiv(B, as_f64(e, ins->a), as_f64(e, ins->b), e->nm)); break;
  case IR_FLOAT_NEG: set_val(e, ref, L->BuildFNeg(B, as_f64(e, ins->a), e->nm)); break;
  case IR_FLOAT_ABS: {
    LLVMValueRef a = as_f64(e, ins->a);
    set_val(e, ref, call_intrinsic(e, "llvm.fabs", e->t_f64, &a, 1));
    break;
  }
  case IR_FLOAT_SQRT: {
    LLVMValueRef a = as_f64(e, ins->a);
    set_val(e, ref, call_intrinsic(e, "llvm.sqrt", e->t_f64, &a, 1));
    break;
  }
  case IR_FLOAT_LT: case IR_FLOAT_LE: case IR_FLOAT_EQ: case IR_FLOAT_NE: case IR_FLOAT_GT:
  case IR_FLOAT_GE:
    set_val(e, ref, zext64(e, L->BuildFCmp(B, float_pred((IROp)ins->op), as_f64(e, ins->a),
                                           as_f64(e, ins->b), "")));
    break;
  case IR_FLOAT_IS_TRUE:
    set_val(e, ref, zext64(e, L->BuildFCmp(B, LLVMRealUNE, as_f64(e, ins->a),
                                           L->ConstReal(e->t_f64, 0.0), "")));
    break;
  case IR_CAST_INT_TO_FLOAT: set_val(e, ref, L->BuildSIToFP(B, as_i64(e, ins->a), e->t_f64, e->nm)); break;
  case IR_CAST_FLOAT_TO_INT: {
    LLVMValueRef a = as_f64(e, ins->a);
    LLVMTypeRef tys[2] = {e->t_i64, e->t_f64}, fty;
    LLVMValueRef f = intrinsic(e, "llvm.fptosi.sat", tys, 2, &fty);
    set_val(e, ref, L->BuildCall2(B, fty, f, &a, 1, e->nm));
    break;
  }
  case IR_GETFIELD: emit_getfield(e, ref, ins); break;
  case IR_SETFIELD: emit_setfield(e, ins); break;
  case IR_GETSLOT: set_pair(e, ref, load_value(e, slot_addr(e, ins->a, ins->b))); break;
  case IR_SETSLOT: store_value(e, slot_addr(e, ins->a, ins->b), box(e, ins->c), 0); break;
  case IR_GETITEM: set_pair(e, ref, load_value(e, item_addr(e, ins->a, ins->b))); break;
  case IR_SETITEM: store_value(e, item_addr(e, ins->a, ins->b), box(e, ins->c), 0); break;
  case IR_GETDICTENTRY: set_pair(e, ref, load_value(e, dictentry_addr(e, ins->a, ins->b))); break;
  case IR_SETDICTENTRY: store_value(e, dictentry_addr(e, ins->a, ins->b), box(e, ins->c), 0); break;
  case IR_STRGETITEM: {
    LLVMValueRef s = as_ptr(e, ins->a), i = as_i64(e, ins->b);
    LLVMValueRef ch = load(e, e->t_i8, gepi(e, s, i, 1, offsetof(Str, data)), NM("ch"));
    LLVMValueRef idx = L->BuildZExt(B, ch, e->t_i64, "");
    set_val(e, ref, load(e, e->t_ptr, gepi(e, e->p_vm, idx, sizeof(Str *), offsetof(VM, char_str)), e->nm));
    break;
  }
  case IR_NEW_INSTANCE: case IR_NEW_TUPLE: case IR_NEW_LIST: emit_alloc(e, ref, ins); break;
  case IR_CALL: case IR_CALL_PURE: case IR_CALL_ASSEMBLER: emit_call(e, ref, ins); break;
  default: fail(e, "op %d not supported by the LLVM backend", (int)ins->op);
  }
}

/* ---- the trace ------------------------------------------------------------------------------ */

static bool live(IRIns *ins) {
  return !(ins->flags & (IRF_DEAD | IRF_SUNK));
}

/* Find the loop structure and the sizes the emitter needs. */
static void scan(Emit *e) {
  IRBuf *ir = e->ir;
  IRRef label = 0, jump = 0;
  e->nphi = 0;
  for (IRRef r = 1; r < ir->nins; r++) {
    IRIns *ins = &ir->ins[r];
    if (!live(ins)) continue;
    switch (ins->op) {
    case IR_LABEL: if (!label) label = r; break;
    case IR_JUMP: if (!jump) jump = r; break;
    case IR_PHI: e->phis[e->nphi++] = r; break;
    case IR_CALL: case IR_CALL_PURE: case IR_CALL_ASSEMBLER: {
      int32_t n = count_args(ir, ins->b);
      if (n > e->maxargs) e->maxargs = n;
      break;
    }
    case IR_NEW_INSTANCE: case IR_NEW_TUPLE: case IR_NEW_LIST:
      if (e->maxargs < 2) e->maxargs = 2;
      break;
    default: break;
    }
  }
  if (label) e->header = label;
  else if (jump && e->nphi) {
    /* Header after the leading SLOADs. */
    IRRef r = 1;
    for (; r < jump; r++) {
      IRIns *ins = &ir->ins[r];
      if (live(ins) && ins->op != IR_SLOAD && ins->op != IR_NOP && ins->op != IR_DEBUG_MERGE_POINT)
        break;
    }
    e->header = r;
  } else if (jump) {
    e->header = 1;
    e->writeback_loop = true;
  }
  if (e->nphi && !e->header) fail(e, "PHI outside a loop");
}

static void setup_types(Emit *e) {
  const LLVMApi *L = e->L;
  e->t_i1 = L->Int1TypeInContext(e->cx);
  e->t_i8 = L->Int8TypeInContext(e->cx);
  e->t_i32 = L->Int32TypeInContext(e->cx);
  e->t_i64 = L->Int64TypeInContext(e->cx);
  e->t_f64 = L->DoubleTypeInContext(e->cx);
  e->t_ptr = L->PointerTypeInContext(e->cx, 0);
  e->t_void = L->VoidTypeInContext(e->cx);
  LLVMTypeRef p3[3] = {e->t_ptr, e->t_ptr, e->t_ptr};
  e->t_fn = L->FunctionType(e->t_i32, p3, 3, 0);
  LLVMTypeRef h[4] = {e->t_ptr, e->t_ptr, e->t_ptr, e->t_i32};
  e->t_hval = L->FunctionType(e->t_void, h, 4, 0);
  LLVMTypeRef d[2] = {e->t_f64, e->t_f64};
  e->t_hd1 = L->FunctionType(e->t_f64, d, 1, 0);
  e->t_hd2 = L->FunctionType(e->t_f64, d, 2, 0);
  LLVMTypeRef wb[4] = {e->t_ptr, e->t_i32, e->t_ptr, e->t_ptr};
  e->t_wb = L->FunctionType(e->t_void, wb, 4, 0);
  for (int i = 0; i < IRFIELD__COUNT; i++)
    if (field_info[i].t != field_ir_type[i]) fail(e, "field table of llvm_emit.c out of date");
  e->kind_prof = L->GetMDKindIDInContext(e->cx, "prof", 4);
  LLVMMetadataRef w[3] = {L->MDStringInContext2(e->cx, "branch_weights", 14),
                          L->ValueAsMetadata(ki32(e, 2000)), L->ValueAsMetadata(ki32(e, 1))};
  e->prof_cold = L->MetadataAsValue(e->cx, L->MDNodeInContext2(e->cx, w, 3));
}

static void emit_body(Emit *e, const char *name) {
  const LLVMApi *L = e->L;
  e->fn = L->AddFunction(e->M, name, e->t_fn);
  e->p_vm = L->GetParam(e->fn, 0);
  e->p_base = L->GetParam(e->fn, 1);
  e->p_exit = L->GetParam(e->fn, 2);
  position(e, block(e, NM("entry")));
  if (e->maxargs > 0) {
    e->argbuf = L->BuildAlloca(e->B, L->ArrayType2(e->t_i64, (uint64_t)e->maxargs * 2), NM("args"));
    e->outbuf = L->BuildAlloca(e->B, L->ArrayType2(e->t_i64, 2), NM("out"));
  }
  /* Every entry counts, however it comes: driver call, LINK, a parent's exit
  ** stub. The loop header (begin_loop) is a later block: not per iteration. */
  bump_counter(e, &e->t->runs);
  IRBuf *ir = e->ir;
  for (IRRef r = 1; r < ir->nins; r++) {
    IRIns *ins = &ir->ins[r];
    e->cur = r;
    if (r == e->header) begin_loop(e);
    if (!live(ins)) continue;
    if (e->names && (ins->op == IR_SLOAD || ins->t != IRT_VOID))
      snprintf(e->nm, sizeof e->nm, "r%d", (int)r);
    else e->nm[0] = '\0';
    emit_ins(e, r, ins);
    if ((ir_op_flags[ins->op] & IROPF_NORES) == 0 && ins->t != IRT_VOID && !e->val[r])
      fail(e, "no value produced");
  }
  e->cur = 0;
  if (e->terminated) {
    L->BuildUnreachable(e->B);
  } else {
    int32_t s = last_snap(e, ir->nins);
    if (s < 0) fail(e, "trace does not end in JUMP, LINK, EXIT or RET");
    L->BuildBr(e->B, exit_block(e, s));
  }
}

bool llvm_emit_trace(const LLVMApi *L, JitState *J, Trace *t, LLVMContextRef cx,
                     const char *triple, const char *datalayout, const char *name,
                     bool names, LLVMModuleRef *mod, char *err, size_t errlen) {
  Emit em;
  Emit *volatile e = &em;
  memset(&em, 0, sizeof em);
  em.L = L;
  em.J = J;
  em.t = t;
  em.ir = &t->ir;
  em.vm = J->vm;
  em.cx = cx;
  em.names = names;
  em.count_iters = jitlog_enabled(J->vm, "jit-backend-counts");
  em.err = err;
  em.errlen = errlen;
  err[0] = '\0';
  *mod = NULL;
  size_t n = (size_t)(t->ir.nins > 0 ? t->ir.nins : 1);
  em.val = calloc(n, sizeof(LLVMValueRef));
  em.tag = calloc(n, sizeof(LLVMValueRef));
  em.ovf = calloc(n, sizeof(LLVMValueRef));
  em.phis = calloc(n, sizeof(IRRef));
  em.phi_v = calloc(n, sizeof(LLVMValueRef));
  em.phi_t = calloc(n, sizeof(LLVMValueRef));
  em.phi_bv = calloc(2 * n, sizeof(LLVMValueRef));
  em.exitbb = calloc((size_t)(t->nsnap > 0 ? t->nsnap : 1), sizeof(LLVMBasicBlockRef));
  volatile bool ok = false;
  if (!em.val || !em.tag || !em.ovf || !em.phis || !em.phi_v || !em.phi_t || !em.phi_bv ||
      !em.exitbb) {
    snprintf(err, errlen, "out of memory");
    goto done;
  }
  em.M = L->ModuleCreateWithNameInContext(name, cx);
  if (triple) L->SetTarget(em.M, triple);
  if (datalayout) L->SetDataLayout(em.M, datalayout);
  em.B = L->CreateBuilderInContext(cx);
  if (setjmp(em.fail) == 0) {
    setup_types(e);
    scan(e);
    pin_constants(e);
    emit_body(e, name);
    char *msg = NULL;
    if (L->VerifyModule(e->M, LLVMReturnStatusAction, &msg)) {
      snprintf(err, errlen, "LLVM verifier: %.400s", msg ? msg : "?");
      if (msg) L->DisposeMessage(msg);
    } else {
      if (msg) L->DisposeMessage(msg);
      ok = true;
    }
  }
  L->DisposeBuilder(e->B);
  if (ok) *mod = e->M;
  else L->DisposeModule(e->M);
done:
  free(em.val);
  free(em.tag);
  free(em.ovf);
  free(em.phis);
  free(em.phi_v);
  free(em.phi_t);
  free(em.phi_bv);
  free(em.exitbb);
  return ok;
}
