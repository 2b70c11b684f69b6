/*
** opcodes.h: the bytecode instruction set, defined once as an X-macro.
**
** Encoding: one 32-bit word per instruction, opcode in the low 8 bits and a
** 24-bit unsigned argument above it (INSN_OP / INSN_ARG). An argument that
** does not fit is prefixed by EXTENDED_ARG words, each supplying 24 more high
** bits to the next instruction's argument. Jump targets are absolute
** instruction indexes. The machine is a stack machine; below, "TOS" is the top
** of the value stack, "TOS1" the one under it; stack effects read
** [before] -> [after] with the top on the right.
**
** Exception handling uses a table (Code.exc), not block-setup opcodes: no
** instruction runs to enter a `try`. See ExcEntry in object.h. When a handler
** is entered the stack holds [..., tb, exc]: `except` clauses test exc with
** EXC_MATCH, bind or pop it, then POP_EXCEPT drops tb and marks the exception
** handled; a `finally` body run on the exception path ends with RERAISE. The
** normal-path copy of a finally body is emitted inline by the compiler (also
** before return/break/continue that leave the try).
**
** Columns: name, argument meaning, uses an inline cache (Code.cache[pc]).
*/
#ifndef RPY_OPCODES_H
#define RPY_OPCODES_H

#include <stdint.h>

#define OPCODES(_) \
  /* -- stack ------------------------------------------------------------ */ \
  _(NOP,             none,   0) /* [] -> [] */ \
  _(EXTENDED_ARG,    ext,    0) /* supplies high bits of the next arg */ \
  _(POP_TOP,         none,   0) /* [a] -> [] */ \
  _(ROT_TWO,         none,   0) /* [a b] -> [b a] */ \
  _(ROT_THREE,       none,   0) /* [a b c] -> [c a b] */ \
  _(ROT_FOUR,        none,   0) /* [a b c d] -> [d a b c] */ \
  _(DUP_TOP,         none,   0) /* [a] -> [a a] */ \
  _(DUP_TOP_TWO,     none,   0) /* [a b] -> [a b a b] */ \
  /* -- constants and variables ------------------------------------------- */ \
  _(LOAD_CONST,      konst,  0) /* [] -> [consts[arg]] */ \
  _(LOAD_NONE,       none,   0) /* [] -> [None] */ \
  _(LOAD_SMALLINT,   sint,   0) /* [] -> [int(arg - 0x800000)] (24-bit signed, biased) */ \
  _(LOAD_FAST,       local,  0) /* [] -> [locals[arg]]; UnboundLocalError if unset */ \
  _(STORE_FAST,      local,  0) /* [v] -> []; locals[arg] = v */ \
  _(DELETE_FAST,     local,  0) /* locals[arg] = unset (UnboundLocalError if unset) */ \
  _(LOAD_DEREF,      cell,   0) /* [] -> [cell[arg].v]; arg < ncells: cellvars, else freevars[arg-ncells] */ \
  _(STORE_DEREF,     cell,   0) /* [v] -> []; cell[arg].v = v */ \
  _(DELETE_DEREF,    cell,   0) /* cell[arg].v = unset */ \
  _(LOAD_CLOSURE,    cell,   0) /* [] -> [the Cell object arg itself] (for MAKE_CLOSURE) */ \
  _(LOAD_GLOBAL,     name,   1) /* [] -> [globals[names[arg]] or builtins[...]]; NameError */ \
  _(STORE_GLOBAL,    name,   0) /* [v] -> [] */ \
  _(DELETE_GLOBAL,   name,   0) \
  _(LOAD_NAME,       name,   0) /* module/class bodies: locals dict, then globals, then builtins */ \
  _(STORE_NAME,      name,   0) /* [v] -> []; into the frame's locals dict */ \
  _(DELETE_NAME,     name,   0) \
  _(LOAD_LOCALS,     none,   0) /* [] -> [the frame's locals dict] (class body end) */ \
  /* -- attributes and items ---------------------------------------------- */ \
  _(LOAD_ATTR,       name,   1) /* [o] -> [o.names[arg]] */ \
  _(STORE_ATTR,      name,   1) /* [v o] -> []; o.names[arg] = v */ \
  _(DELETE_ATTR,     name,   0) /* [o] -> [] */ \
  _(LOAD_METHOD,     name,   1) /* [o] -> [f o] when o.name is a plain function found on the class \
                                   (unbound, self follows), else [NULL attr] */ \
  _(BINARY_SUBSCR,   none,   0) /* [o i] -> [o[i]] (i may be a slice object) */ \
  _(STORE_SUBSCR,    none,   0) /* [v o i] -> []; o[i] = v */ \
  _(DELETE_SUBSCR,   none,   0) /* [o i] -> [] */ \
  _(BUILD_SLICE,     count,  0) /* arg 2: [a b] -> [slice(a,b)], 3: [a b c] -> [slice(a,b,c)] */ \
  /* -- operators ---------------------------------------------------------- */ \
  _(UNARY_POSITIVE,  none,   0) /* [a] -> [+a] */ \
  _(UNARY_NEGATIVE,  none,   0) \
  _(UNARY_NOT,       none,   0) /* [a] -> [not a] (bool) */ \
  _(UNARY_INVERT,    none,   0) \
  _(UNARY_CONVERT,   none,   0) /* [a] -> [repr(a)] (backquotes) */ \
  _(BINARY_ADD,      none,   0) /* [a b] -> [a + b]; same shape for all BINARY_* and INPLACE_* */ \
  _(BINARY_SUB,      none,   0) \
  _(BINARY_MUL,      none,   0) \
  _(BINARY_DIV,      none,   0) /* classic py2 division: ints floor */ \
  _(BINARY_TRUEDIV,  none,   0) /* `from __future__ import division` */ \
  _(BINARY_FLOORDIV, none,   0) \
  _(BINARY_MOD,      none,   0) /* also str % args */ \
  _(BINARY_POW,      none,   0) \
  _(BINARY_LSHIFT,   none,   0) \
  _(BINARY_RSHIFT,   none,   0) \
  _(BINARY_AND,      none,   0) \
  _(BINARY_OR,       none,   0) \
  _(BINARY_XOR,      none,   0) \
  _(INPLACE_ADD,     none,   0) /* a += b: __iadd__ first, list += extends in place */ \
  _(INPLACE_SUB,     none,   0) \
  _(INPLACE_MUL,     none,   0) \
  _(INPLACE_DIV,     none,   0) \
  _(INPLACE_TRUEDIV, none,   0) \
  _(INPLACE_FLOORDIV, none,  0) \
  _(INPLACE_MOD,     none,   0) \
  _(INPLACE_POW,     none,   0) \
  _(INPLACE_LSHIFT,  none,   0) \
  _(INPLACE_RSHIFT,  none,   0) \
  _(INPLACE_AND,     none,   0) \
  _(INPLACE_OR,      none,   0) \
  _(INPLACE_XOR,     none,   0) \
  _(COMPARE_OP,      cmp,    0) /* [a b] -> [a OP b]; arg is a CmpOp below */ \
  /* -- jumps (arg = absolute target) ---------------------------------------- */ \
  _(JUMP,            target, 0) /* forward (or any non-loop) jump */ \
  _(JUMP_BACK,       target, 0) /* backward jump closing a loop: hot counter on target */ \
  _(POP_JUMP_IF_FALSE, target, 0) /* [a] -> []; jump if not a */ \
  _(POP_JUMP_IF_TRUE,  target, 0) \
  _(JUMP_IF_FALSE_OR_POP, target, 0) /* [a] -> [a] and jump if not a, else [] */ \
  _(JUMP_IF_TRUE_OR_POP,  target, 0) \
  /* -- iteration ------------------------------------------------------------ */ \
  _(GET_ITER,        none,   0) /* [o] -> [iter(o)] */ \
  _(FOR_ITER,        target, 0) /* [it] -> [it next(it)], or on exhaustion [] and jump */ \
  _(CALL_ITER,       call,   0) /* like CALL_FUNCTION then GET_ITER, but a call of the builtin \
                                   range/xrange makes a range iterator without a list */ \
  /* -- building ----------------------------------------------------------- */ \
  _(BUILD_TUPLE,     count,  0) /* [a1..an] -> [(a1..an)] */ \
  _(BUILD_LIST,      count,  0) \
  _(BUILD_SET,       count,  0) \
  _(BUILD_MAP,       count,  0) /* [k1 v1 .. kn vn] -> [{k1: v1, ..}] (n pairs) */ \
  _(LIST_APPEND,     depth,  0) /* [L .. x] -> [L ..]: list at stack[-arg-1] (after pop) gets x */ \
  _(SET_ADD,         depth,  0) /* same for sets */ \
  _(MAP_ADD,         depth,  0) /* [D .. k v] -> [D ..]: D[k] = v, dict at stack[-arg-1] after pops */ \
  _(UNPACK_SEQUENCE, count,  0) /* [seq] -> [x_n-1 .. x0] (x0 on top); ValueError on length */ \
  /* -- calls and functions -------------------------------------------------- */ \
  _(CALL_FUNCTION,   call,   0) /* arg = npos | nkw << 8: [f a1..an k1 v1 .. km vm] -> [result]; \
                                   ki are str constants naming the keyword */ \
  _(CALL_FUNCTION_VAR, call, 0) /* same, plus [.. *args] on top */ \
  _(CALL_FUNCTION_KW,  call, 0) /* same, plus [.. **kwargs] on top */ \
  _(CALL_FUNCTION_VAR_KW, call, 0) /* same, plus [.. *args **kwargs] on top */ \
  _(CALL_METHOD,     call,   0) /* after LOAD_METHOD: [f o a1..an ...] or [NULL attr a1..an ...] -> [result] */ \
  _(MAKE_FUNCTION,   count,  0) /* [d1..dn code] -> [function]; arg = number of defaults */ \
  _(MAKE_CLOSURE,    count,  0) /* [d1..dn cells-tuple code] -> [function] */ \
  _(RETURN_VALUE,    none,   0) /* [v] -> return v */ \
  _(BUILD_CLASS,     none,   0) /* [name bases dict] -> [class]; metaclass-free py2 style */ \
  /* -- print statement ------------------------------------------------------ */ \
  _(PRINT_ITEM,      none,   0) /* [v] -> []; softspace rules of Python 2 to sys.stdout */ \
  _(PRINT_ITEM_TO,   none,   0) /* [v f] -> [] */ \
  _(PRINT_NEWLINE,   none,   0) \
  _(PRINT_NEWLINE_TO, none,  0) /* [f] -> [] */ \
  /* -- exceptions ----------------------------------------------------------- */ \
  _(RAISE_VARARGS,   count,  0) /* 0: re-raise the exception being handled; \
                                   1: [t]; 2: [t v]; 3: [t v tb] (py2 raise forms) */ \
  _(EXC_MATCH,       none,   0) /* [exc cls] -> [bool]: isinstance of cls (or a tuple of them) */ \
  _(POP_EXCEPT,      none,   0) /* [tb] -> []: handler done; the exception stays sys.exc_info() */ \
  _(RERAISE,         none,   0) /* [tb exc] -> raise exc again with its traceback */ \
  _(ASSERT_FAIL,     count,  0) /* arg 0: [] / arg 1: [msg] -> raise AssertionError(msg) */ \
  /* -- imports --------------------------------------------------------------- */ \
  _(IMPORT_NAME,     name,   0) /* [level fromlist] -> [module]: __import__(names[arg], ...) */ \
  _(IMPORT_FROM,     name,   0) /* [m] -> [m m.names[arg]]; ImportError if missing */ \
  _(IMPORT_STAR,     none,   0) /* [m] -> []: copy public names into the frame's namespace */ \
  /* -- generators, with, exec (later issues; the compiler may emit them) -------- */ \
  _(YIELD_VALUE,     none,   0) /* [v] -> [sent] */ \
  _(SETUP_WITH,      none,   0) /* [cm] -> [exit enter-result] */ \
  _(WITH_EXIT,       none,   0) /* [exit] -> []: exit(None, None, None) on the normal path */ \
  _(WITH_EXIT_EXC,   none,   0) /* [exit tb exc] -> [] if exit() swallowed it, else re-raise */ \
  _(EXEC_STMT,       none,   0) /* [code globals locals] -> [] */ \
  /* -- meta-tracing --------------------------------------------------------- */ \
  _(JIT_MERGE_POINT, none,   0) /* emitted after a driver.jit_merge_point(...) call site (JIT) */

typedef enum {
#define OP_ENUM(name, arg, cache) OP_##name,
  OPCODES(OP_ENUM)
#undef OP_ENUM
  OP__COUNT
} Opcode;

/* COMPARE_OP arguments. */
#define CMP_OPS(_) _(LT, "<") _(LE, "<=") _(EQ, "==") _(NE, "!=") _(GT, ">") _(GE, ">=") \
                   _(IN, "in") _(NOT_IN, "not in") _(IS, "is") _(IS_NOT, "is not")
typedef enum {
#define CMP_ENUM(name, s) CMP_##name,
  CMP_OPS(CMP_ENUM)
#undef CMP_ENUM
  CMP__COUNT
} CmpOp;

#define INSN_OP(w)        ((Opcode)((w) & 0xffu))
#define INSN_ARG(w)       ((uint32_t)(w) >> 8)
#define INSN_MAKE(op, a)  ((uint32_t)(op) | ((uint32_t)(a) << 8))
#define INSN_ARG_MAX      0xffffffu
#define SMALLINT_BIAS     0x800000
#define CALL_NPOS(a)      ((a) & 0xffu)
#define CALL_NKW(a)       (((a) >> 8) & 0xffu)

extern const char *const opcode_names[OP__COUNT];
extern const char *const cmp_op_names[CMP__COUNT];

#endif
