/*
** ir.h: the trace IR, the one data structure every JIT pass shares.
**
** Design (after LuaJIT's lj_ir.h, with PyPy's operation names so that
** `jit-log-opt` reads like PyPy's):
**
** A trace is a linear array of IR instructions in SSA form. An instruction is
** referenced by its index (IRRef > 0); constants live in a separate table and
** are referenced by negative refs (ref = -1 - index), so `ir_isk(ref)` is a
** sign test and constants are interned (one ref per distinct constant).
** Ref 0 is "no operand".
**
** Every instruction has a result type (IRType). Values coming from memory or
** from residual calls are first IRT_VAL: a whole tagged 16-byte Value. An
** UNBOX guard turns a VAL into a typed value (INT, FLOAT, BOOL, OBJ with a
** known object kind, NONE) and exits the trace when the tag differs; typed
** values are what arithmetic works on and what compiled code keeps in
** registers (i64 / double / ptr). BOX goes the other way, for stores to memory
** and arguments of residual calls. Forwarding a store to a later load yields
** BOX(x), and UNBOX(BOX(x), same type) folds to x, so most boxing disappears.
**
** Guards carry a snapshot (snap.h): the interpreter state to rebuild when the
** guard fails. The recorder takes a snapshot before each guard that needs a new
** one; passes must keep snapshots valid (they refer to IR refs).
**
** Loop traces are recorded as one iteration ending in JUMP. The loop pass
** (opt_loop.c) peels it: the recorded iteration becomes the preamble, a copy
** follows after a LABEL, invariant code and guards CSE into the
** preamble, and values carried around the loop get PHI instructions placed
** before the final JUMP (LuaJIT's scheme).
**
** The op table below is the single source of truth: name (PyPy-style, printed
** lower-case in logs), operand modes for a, b, c, and flags:
**   R   a ref to another instruction or a constant
**   L   a literal (slot number, field index, CmpOp, helper id, tag...)
**   -   unused
**   G   guard (has a snapshot, may exit)      N   no result (statement)
**   S   side effect (stores, calls: not CSE'd, not DCE'd)   C  commutative
**   P   pure (CSE'able, DCE'able)             A   allocation
*/
#ifndef RPY_IR_H
#define RPY_IR_H

#include <stdint.h>
#include <stdbool.h>
#include "../vm/vm.h"

/* ---- types ---------------------------------------------------------------- */
#define IRTYPES(_) \
  _(VOID,  "v")  /* no result */ \
  _(NONE,  "n")  /* the None value (no runtime bits) */ \
  _(BOOL,  "i")  /* 0/1 in an i64 */ \
  _(INT,   "i")  /* int64 */ \
  _(FLOAT, "f")  /* double */ \
  _(OBJ,   "p")  /* heap object pointer; IRIns.kind says which kind */ \
  _(VAL,   "v")  /* a whole Value (tag + payload), not yet unboxed */ \
  _(PTR,   "p")  /* raw pointer that is not an object (items arrays, slot arrays) */

typedef enum {
#define IRT_ENUM(n, pfx) IRT_##n,
  IRTYPES(IRT_ENUM)
#undef IRT_ENUM
  IRT__COUNT
} IRType;

/* ---- operations (name, a, b, c, flags, result type rule) ------------------- */
/* Op flags (the table's flags column). */
#define IROPF_GUARD  0x01
#define IROPF_NORES  0x02
#define IROPF_SIDE   0x04
#define IROPF_COMM   0x08
#define IROPF_PURE   0x10
#define IROPF_ALLOC  0x20

/* Result type: a fixed IRT_x, or "T" = given by the recorder in IRIns.t. */
#define IROPS(_) \
  /* -- trace structure -- */ \
  _(LABEL,         L, -, -, IROPF_NORES,  VOID)   /* a: unused; start of the loop body (after peeling) */ \
  _(JUMP,          -, -, -, IROPF_NORES|IROPF_SIDE, VOID)   /* end of a loop trace: back to LABEL (or trace start) */ \
  _(PHI,           R, R, -, IROPF_NORES,  VOID)   /* a: value entering the loop, b: value at JUMP */ \
  _(LINK,          L, -, -, IROPF_NORES|IROPF_SIDE, VOID)   /* a: trace number: leave this trace for another one \
                                             (bridge reaching a loop header): slots written back */ \
  _(EXIT,          -, -, -, IROPF_NORES|IROPF_GUARD|IROPF_SIDE, VOID)  /* unconditional exit through its snapshot (end of a \
                                             trace at a place the JIT does not continue) */ \
  _(RET,           R, -, -, IROPF_NORES|IROPF_SIDE, VOID)   /* function trace: return a (boxed by the backend) */ \
  /* -- interpreter state -- */ \
  _(SLOAD,         L, L, -, IROPF_GUARD,  T)      /* a: slot (relative to the trace's base), b: IRSLOAD_* \
                                             flags; typed results guard the tag */ \
  _(VMFIELD,       L, -, -, IROPF_PURE,  T)      /* a: IRVM_* field of the VM (e.g. class_epoch) */ \
  /* -- guards (all have a snapshot) -- */ \
  _(GUARD_TRUE,    R, -, -, IROPF_NORES|IROPF_GUARD, VOID) \
  _(GUARD_FALSE,   R, -, -, IROPF_NORES|IROPF_GUARD, VOID) \
  _(GUARD_VALUE,   R, R, -, IROPF_NORES|IROPF_GUARD, VOID)   /* a == b (ints, bools, pointers) */ \
  _(GUARD_CLASS,   R, R, -, IROPF_NORES|IROPF_GUARD, VOID)   /* a->h.cls == b */ \
  _(GUARD_MAP,     R, R, -, IROPF_NORES|IROPF_GUARD, VOID)   /* ((Instance *)a)->map == b */ \
  _(GUARD_NONNULL, R, -, -, IROPF_NORES|IROPF_GUARD, VOID)   /* VAL a is not T_NULL (unbound local, empty cell) */ \
  _(GUARD_NO_OVERFLOW, R, -, -, IROPF_NORES|IROPF_GUARD, VOID) /* a: the *_OVF op right before */ \
  _(GUARD_NO_EXCEPTION, -, -, -, IROPF_NORES|IROPF_GUARD, VOID) /* after a residual call: vm->exc is T_NULL */ \
  _(GUARD_INDEX,   R, R, -, IROPF_NORES|IROPF_GUARD, VOID)   /* 0 <= a < b (unsigned compare) */ \
  _(GUARD_NOT_INVALIDATED, -, -, -, IROPF_NORES|IROPF_GUARD, VOID) /* vm->class_epoch unchanged since recording */ \
  _(UNBOX,         R, L, -, IROPF_GUARD,  T)      /* a: VAL, b: expected ValueTag; result typed by t */ \
  _(BOX,           R, -, -, IROPF_PURE,  VAL)    /* typed a -> VAL */ \
  /* -- integers (i64; _OVF ops are followed by GUARD_NO_OVERFLOW) -- */ \
  _(INT_ADD,       R, R, -, IROPF_PURE|IROPF_COMM, INT) \
  _(INT_SUB,       R, R, -, IROPF_PURE,  INT) \
  _(INT_MUL,       R, R, -, IROPF_PURE|IROPF_COMM, INT) \
  _(INT_ADD_OVF,   R, R, -, IROPF_COMM,  INT) \
  _(INT_SUB_OVF,   R, R, -, 0,   INT) \
  _(INT_MUL_OVF,   R, R, -, IROPF_COMM,  INT) \
  _(INT_NEG_OVF,   R, -, -, 0,   INT) \
  _(INT_LSHIFT_OVF, R, R, -, 0,  INT)    /* b in [0, 63] guaranteed by a guard */ \
  _(INT_FLOORDIV,  R, R, -, IROPF_PURE,  INT)    /* Python semantics; b != 0 guaranteed by a guard */ \
  _(INT_MOD,       R, R, -, IROPF_PURE,  INT)    /* Python semantics (sign of b) */ \
  _(INT_AND,       R, R, -, IROPF_PURE|IROPF_COMM, INT) \
  _(INT_OR,        R, R, -, IROPF_PURE|IROPF_COMM, INT) \
  _(INT_XOR,       R, R, -, IROPF_PURE|IROPF_COMM, INT) \
  _(INT_RSHIFT,    R, R, -, IROPF_PURE,  INT)    /* arithmetic; b >= 0 guaranteed */ \
  _(INT_NEG,       R, -, -, IROPF_PURE,  INT) \
  _(INT_LT,        R, R, -, IROPF_PURE,  BOOL) \
  _(INT_LE,        R, R, -, IROPF_PURE,  BOOL) \
  _(INT_EQ,        R, R, -, IROPF_PURE|IROPF_COMM, BOOL) \
  _(INT_NE,        R, R, -, IROPF_PURE|IROPF_COMM, BOOL) \
  _(INT_GT,        R, R, -, IROPF_PURE,  BOOL) \
  _(INT_GE,        R, R, -, IROPF_PURE,  BOOL) \
  _(INT_IS_TRUE,   R, -, -, IROPF_PURE,  BOOL) \
  _(BOOL_NOT,      R, -, -, IROPF_PURE,  BOOL) \
  /* -- floats -- */ \
  _(FLOAT_ADD,     R, R, -, IROPF_PURE|IROPF_COMM, FLOAT) \
  _(FLOAT_SUB,     R, R, -, IROPF_PURE,  FLOAT) \
  _(FLOAT_MUL,     R, R, -, IROPF_PURE|IROPF_COMM, FLOAT) \
  _(FLOAT_TRUEDIV, R, R, -, IROPF_PURE,  FLOAT)  /* b != 0.0 guaranteed by a guard */ \
  _(FLOAT_NEG,     R, -, -, IROPF_PURE,  FLOAT) \
  _(FLOAT_ABS,     R, -, -, IROPF_PURE,  FLOAT) \
  _(FLOAT_LT,      R, R, -, IROPF_PURE,  BOOL) \
  _(FLOAT_LE,      R, R, -, IROPF_PURE,  BOOL) \
  _(FLOAT_EQ,      R, R, -, IROPF_PURE|IROPF_COMM, BOOL) \
  _(FLOAT_NE,      R, R, -, IROPF_PURE|IROPF_COMM, BOOL) \
  _(FLOAT_GT,      R, R, -, IROPF_PURE,  BOOL) \
  _(FLOAT_GE,      R, R, -, IROPF_PURE,  BOOL) \
  _(FLOAT_IS_TRUE, R, -, -, IROPF_PURE,  BOOL) \
  _(CAST_INT_TO_FLOAT, R, -, -, IROPF_PURE, FLOAT) \
  _(CAST_FLOAT_TO_INT, R, -, -, IROPF_PURE, INT) /* truncation; range guaranteed by the recorder */ \
  _(FLOAT_SQRT,    R, -, -, IROPF_PURE,  FLOAT)  /* a >= 0 guaranteed */ \
  /* -- pointers -- */ \
  _(PTR_EQ,        R, R, -, IROPF_PURE|IROPF_COMM, BOOL) \
  _(PTR_NE,        R, R, -, IROPF_PURE|IROPF_COMM, BOOL) \
  /* -- memory: loads are "P" for CSE but are killed by stores/calls (opt_mem.c) -- */ \
  _(GETFIELD,      R, L, -, IROPF_PURE,  T)      /* a: obj, b: IRFIELD_* (len of list/tuple/str, \
                                             instance map, cell value, ...) */ \
  _(SETFIELD,      R, L, R, IROPF_NORES|IROPF_SIDE, VOID)   /* a: obj, b: IRFIELD_*, c: typed value */ \
  _(GETSLOT,       R, L, -, IROPF_PURE,  VAL)    /* a: Instance, b: slot index -> VAL */ \
  _(SETSLOT,       R, L, R, IROPF_NORES|IROPF_SIDE, VOID)   /* a: Instance, b: slot index, c: typed value */ \
  _(GETITEM,       R, R, -, IROPF_PURE,  VAL)    /* a: list or tuple (by kind), b: INT index (checked) */ \
  _(SETITEM,       R, R, R, IROPF_NORES|IROPF_SIDE, VOID)   /* a: list, b: INT index (checked), c: typed value */ \
  _(GETDICTENTRY,  R, L, -, IROPF_PURE,  VAL)    /* a: Dict, b: entry number (layout guarded) */ \
  _(SETDICTENTRY,  R, L, R, IROPF_NORES|IROPF_SIDE, VOID) \
  _(STRGETITEM,    R, R, -, IROPF_PURE,  OBJ)    /* a: str, b: INT index (checked) -> 1-char str */ \
  /* -- allocation (removable by opt_alloc.c; virtual until it escapes) -- */ \
  _(NEW_INSTANCE,  R, R, -, IROPF_ALLOC,  OBJ)    /* a: Class (const), b: Map (const) */ \
  _(NEW_TUPLE,     L, -, -, IROPF_ALLOC,  OBJ)    /* a: length; items set by SETITEM before escaping */ \
  _(NEW_LIST,      L, -, -, IROPF_ALLOC,  OBJ)    /* a: length */ \
  /* -- residual calls -- */ \
  _(CARG,          R, R, -, IROPF_NORES,  VOID)   /* argument list cell: a = previous CARG or arg, b = arg */ \
  _(CALL,          L, R, -, IROPF_SIDE,  T)      /* a: IRCALL_* helper id, b: CARG chain or single arg \
                                             (or 0); pure helpers are marked in the table */ \
  _(CALL_PURE,     L, R, -, IROPF_PURE,  T)      /* same, known pure (elidable, math) */ \
  _(CALL_ASSEMBLER, L, R, -, IROPF_SIDE, VAL)    /* a: trace number of a function trace; b: args */ \
  _(DEBUG_MERGE_POINT, L, L, -, IROPF_NORES, VOID) /* a: Code constant index in the trace's gcref table, \
                                             b: pc; log only, removed before the backend */ \
  _(NOP,           -, -, -, IROPF_NORES,  VOID)

typedef enum {
#define IROP_ENUM(name, a, b, c, fl, t) IR_##name,
  IROPS(IROP_ENUM)
#undef IROP_ENUM
  IR__COUNT
} IROp;

/* SLOAD flags (b operand). */
#define IRSLOAD_TYPED   1   /* guard the tag and unbox to IRIns.t */
#define IRSLOAD_INHERIT 2   /* bridge: value inherited from the parent's exit state */

/* Fields for GETFIELD/SETFIELD (X-macro: name, result type). */
#define IRFIELDS(_) \
  _(LIST_LEN, INT) _(LIST_ITEMS, PTR) _(TUPLE_LEN, INT) _(STR_LEN, INT) \
  _(INST_MAP, OBJ) _(INST_SLOTS, PTR) _(OBJ_CLASS, OBJ) _(CELL_VALUE, VAL) \
  _(DICT_LAYOUT, INT) _(FUNC_CODE, OBJ) _(FUNC_GLOBALS, OBJ) _(BOUND_SELF, VAL) \
  _(BOUND_FUNC, VAL) _(ITER_POS, INT) _(ITER_STOP, INT) _(ITER_STEP, INT) _(ITER_SEQ, VAL)

typedef enum {
#define IRF_ENUM(n, t) IRFIELD_##n,
  IRFIELDS(IRF_ENUM)
#undef IRF_ENUM
  IRFIELD__COUNT
} IRField;

/* VM fields readable with VMFIELD. */
#define IRVM_CLASS_EPOCH 0
#define IRVM_EXC_TAG     1

/* ---- instructions and constants ------------------------------------------------ */

typedef int32_t IRRef;
#define IRREF_NONE 0
#define ir_isk(r) ((r) < 0)
#define ir_kidx(r) (-(r) - 1)

/* IRIns.flags */
#define IRF_GUARD   0x01   /* this instruction may exit (has snap) */
#define IRF_SUNK    0x02   /* allocation / store removed by allocation sinking */
#define IRF_DEAD    0x04   /* removed by DCE (skipped by the backend and logs) */
#define IRF_MARK    0x08   /* scratch mark for passes */
#define IRF_INVARIANT 0x10 /* loop-invariant (set by opt_loop) */

typedef struct IRIns {
  uint8_t op;        /* IROp */
  uint8_t t;         /* IRType of the result */
  uint8_t kind;      /* IRT_OBJ: the ValueTag of the object (T_LIST, T_INSTANCE, ...) */
  uint8_t flags;     /* IRF_* */
  IRRef a, b, c;     /* operands (refs or literals per the op's modes) */
  int32_t snap;      /* guards: snapshot number; -1 otherwise */
  IRRef prev;        /* CSE chain: previous instruction with the same op (0 = none) */
} IRIns;

typedef struct IRConst {
  uint8_t t;         /* IRT_INT, IRT_BOOL, IRT_FLOAT, IRT_NONE, IRT_OBJ, IRT_PTR */
  uint8_t kind;      /* IRT_OBJ: ValueTag */
  union { int64_t i; double f; void *p; } u;
} IRConst;

/* Residual call helpers compiled code may call (X-macro: name, C function,
** result type, number of Value arguments, flags "P" pure / "S" side effects /
** "E" may raise (followed by GUARD_NO_EXCEPTION)). Every helper takes VM* first;
** arguments are VAL (boxed) unless noted in jit_helpers.c. */
#define IRCALLS(_) \
  _(getattr,   vm_getattr_h,   VAL, 2, "SE") \
  _(setattr,   vm_setattr_h,   VOID, 3, "SE") \
  _(getitem,   vm_getitem_h,   VAL, 2, "SE") \
  _(setitem,   vm_setitem_h,   VOID, 3, "SE") \
  _(binop,     vm_binop_h,     VAL, 3, "SE") /* first arg: INT opcode */ \
  _(compare,   vm_compare_h,   VAL, 3, "SE") /* first arg: INT CmpOp */ \
  _(truthy,    vm_truthy_h,    INT, 1, "SE") /* -1 raised */ \
  _(call,      vm_call_h,      VAL, -1, "SE") /* callee, then args */ \
  _(list_append, list_append_h, VOID, 2, "S") \
  _(iter_next, vm_next_h,      VAL, 1, "SE") /* T_NULL at the end: guard with GUARD_NONNULL */ \
  _(new_float_pow, pow,        FLOAT, 2, "P") /* double pow(double, double) */ \
  _(float_mod, jit_float_mod,  FLOAT, 2, "P") \
  _(math_sin,  sin,            FLOAT, 1, "P") \
  _(math_cos,  cos,            FLOAT, 1, "P") \
  _(str_concat, str_concat_h,  VAL, 2, "S") \
  _(alloc_instance, jit_alloc_instance, OBJ, 2, "S") \
  _(alloc_tuple, jit_alloc_tuple, OBJ, 1, "S") \
  _(alloc_list, jit_alloc_list, OBJ, 1, "S")

typedef enum {
#define IRCALL_ENUM(name, fn, t, n, fl) IRCALL_##name,
  IRCALLS(IRCALL_ENUM)
#undef IRCALL_ENUM
  IRCALL__COUNT
} IRCallId;

/* ---- the IR buffer of one trace --------------------------------------------- */

typedef struct IRBuf {
  IRIns *ins;        /* ins[1..nins) in use; ins[0] unused */
  int32_t nins, cap;
  IRConst *k;        /* constants */
  int32_t nk, kcap;
  IRRef chain[IR__COUNT]; /* last instruction of each op (CSE chains) */
} IRBuf;

/* Op properties from the table. */
extern const char *const ir_op_names[IR__COUNT];   /* "INT_ADD_OVF", ... as in the table */
extern const uint8_t ir_op_flags[IR__COUNT];       /* IROPF_* */
/* PyPy's lower-case spelling ("int_add_ovf") into buf; returns buf. */
const char *ir_op_name(IROp op, char *buf, size_t n);
extern const int8_t ir_op_type[IR__COUNT];         /* IRType or -1 for "T" */
extern const char *const ir_field_names[IRFIELD__COUNT];
extern const char *const ir_call_names[IRCALL__COUNT];

void ir_init(IRBuf *ir);
void ir_free(IRBuf *ir);
/* Append an instruction (no folding, no CSE: see opt_fold.c for the
** emitting front door the recorder uses). Returns its ref. */
IRRef ir_emit_raw(IRBuf *ir, IROp op, IRType t, IRRef a, IRRef b, IRRef c);
IRRef ir_kint(IRBuf *ir, int64_t v);
IRRef ir_kbool(IRBuf *ir, bool v);
IRRef ir_kfloat(IRBuf *ir, double v);
IRRef ir_knone(IRBuf *ir);
IRRef ir_kobj(IRBuf *ir, void *obj, uint8_t kind);  /* GC object constant */
IRRef ir_kptr(IRBuf *ir, void *p);                  /* raw pointer constant */
static inline IRIns *ir_ins(IRBuf *ir, IRRef r) { return &ir->ins[r]; }
static inline IRConst *ir_k(IRBuf *ir, IRRef r) { return &ir->k[ir_kidx(r)]; }
IRType ir_type(IRBuf *ir, IRRef r);

#endif
