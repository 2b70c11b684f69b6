/*
** compile_int.h: the compiler's internal state, shared by compile.c (code
** units, emission, constants, names, labels, exception regions, assembly),
** compile_stmt.c (statements) and compile_expr.c (expressions). Not part of
** any public interface.
**
** Memory: everything the compiler allocates comes from the GC heap (atomic
** when pointer-free), reachable from the Compiler struct on the C stack, so a
** syntax error can longjmp out of any depth without cleanup.
*/
#ifndef RPY_COMPILE_INT_H
#define RPY_COMPILE_INT_H

#include <setjmp.h>
#include <stdbool.h>
#include <stdint.h>

#include "compile.h"
#include "symtable.h"
#include "../gc/gc.h"

/* One instruction before assembly. Jumps hold a label number in arg. */
typedef struct Instr {
  uint32_t arg;
  int32_t line;
  int32_t prot;      /* innermost exception region active when emitted, -1 none */
  uint8_t op;        /* Opcode */
} Instr;

/* An exception region (a try body, a with body): instructions emitted while
** it is the current region (or one of its descendants) are covered by an
** ExcEntry whose handler is `handler` with stack depth `depth`. */
typedef struct Prot {
  int parent;        /* enclosing region, -1 none */
  int handler;       /* label */
  int depth;         /* statement-level stack depth when the region was opened */
  int level;         /* nesting level (0 outermost) */
} Prot;

/* Frame blocks: what break/continue/return must undo on their way out. */
typedef enum {
  FB_WHILE,          /* while loop body: nothing on the stack */
  FB_FOR,            /* for loop body: the iterator on the stack */
  FB_TRY_EXCEPT,     /* body of try/except (region prot) */
  FB_FINALLY_TRY,    /* body of try/finally (region prot): inline the finally body */
  FB_FINALLY_END,    /* normal-path copy of a finally body */
  FB_FINALLY_EXC,    /* exception-path finally body: [tb exc] on the stack */
  FB_EXCEPT,         /* except clause body: [tb] on the stack */
  FB_WITH            /* with body (region prot): [exit] on the stack */
} FBKind;

typedef struct FBlock {
  FBKind kind;
  int cont, brk;     /* loops: continue / break labels */
  int prot;          /* region opened by this block, -1 none */
  int sdepth;        /* statement-level depth where the construct started */
  Node *node;        /* FB_FINALLY_TRY: the TRY statement */
  bool has_value;    /* FB_FINALLY_END: a return value waits under the finally body */
} FBlock;

typedef enum { UNIT_MODULE, UNIT_FUNCTION, UNIT_LAMBDA, UNIT_CLASS, UNIT_COMP } UnitKind;

/* The code object being built. */
typedef struct Unit {
  struct Unit *parent;
  Scope *ste;
  UnitKind kind;
  Instr *code;                       /* atomic */
  int ncode, capcode;
  int *labels;                       /* atomic: label -> instruction index, -1 unbound */
  int nlabels, caplabels;
  Prot *prots;                       /* atomic */
  int nprots, capprots;
  int cur_prot;
  FBlock *fb;
  int nfb, capfb;
  Value *consts;                     /* scanned */
  int nconsts, capconsts;
  int *cindex;                       /* atomic hash: const number or -1 */
  int cindexcap;
  Str **names;                       /* scanned */
  int nnames, capnames;
  int *nindex;                       /* atomic hash: name number or -1 */
  int nindexcap;
  Str **varnames, **cellnames, **freenames;
  int nvarnames, ncells, nfrees;
  int32_t *cell2arg;
  int sdepth;                        /* statement-level stack depth */
  int line;                          /* current source line */
  int firstline;
  int flags;                         /* CO_* */
  int argcount;
  const char *private_name;
  Str *name;
  bool is_function;                  /* fast locals (CO_NEWLOCALS) */
} Unit;

typedef struct Compiler {
  VM *vm;
  SymTable *st;
  SyntaxErr *err;
  jmp_buf jb;
  const char *filename;
  Str *filename_str;
  const char *src;
  size_t srclen;
  CompileMode mode;
  int future;                        /* CO_FUTURE_* for every code object */
  bool absolute_import;
  bool optimize;                     /* -O: drop asserts */
  int depth;                         /* recursion guard */
  Unit *u;
  AstModule *mod;
  int future_end;                    /* m->body.items[0..future_end) may be __future__ imports */
} Compiler;

/* ---- compile.c ------------------------------------------------------------- */
void c_error(Compiler *c, int line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4), noreturn));
void *c_alloc(Compiler *c, size_t n);         /* scanned, zeroed */
void *c_alloc_atomic(Compiler *c, size_t n);  /* not scanned, zeroed */
Str *c_intern(Compiler *c, const char *s);
Str *c_intern_len(Compiler *c, const char *s, size_t n);
void c_enter(Compiler *c, int line);           /* recursion guard */
void c_leave(Compiler *c);

int emit(Compiler *c, Opcode op, uint32_t arg);
void emit_jump(Compiler *c, Opcode op, int label);
int new_label(Compiler *c);
void bind_label(Compiler *c, int label);
bool last_is_terminal(Compiler *c);            /* last instruction ends the flow */
void set_line(Compiler *c, int line);          /* statement start */
void expr_line(Compiler *c, int line);         /* expression: only moves forward */

int add_const(Compiler *c, Value v);
void emit_const(Compiler *c, Value v);
void emit_int(Compiler *c, int64_t i);
void emit_str(Compiler *c, const char *s, size_t n);
int add_name(Compiler *c, const char *name);   /* mangled by the unit's class */
int add_name_raw(Compiler *c, const char *name);
void emit_name(Compiler *c, Opcode op, const char *name);

void nameop(Compiler *c, const char *id, ExprCtx ctx, int line);
bool name_is_global(Compiler *c, const char *id); /* resolves to globals/builtins */

int prot_push(Compiler *c, int handler_label);
void prot_pop(Compiler *c, int prot);
void fb_push(Compiler *c, FBKind kind, int cont, int brk, int prot, Node *node);
void fb_pop(Compiler *c);

void unit_enter(Compiler *c, Scope *ste, UnitKind kind, const char *name, int firstline);
Code *unit_exit(Compiler *c);                  /* assemble and pop */
/* Push the function object for code (built in the current unit's scope): closure
** cells, code, MAKE_FUNCTION/MAKE_CLOSURE with ndefaults defaults already pushed. */
void make_closure(Compiler *c, Code *code, int ndefaults, int line);
/* Unpack py2 nested tuple parameters at the start of a function body. */
void unpack_tuple_params(Compiler *c, Arguments *a);

/* ---- compile_stmt.c ----------------------------------------------------------- */
void compile_stmt(Compiler *c, Node *s);
void compile_stmts(Compiler *c, NodeList *l);
void compile_body(Compiler *c, NodeList *body, bool is_module_or_class);
const char *docstring_of(NodeList *body, size_t *len);
void check_future_features(Compiler *c);

/* ---- compile_expr.c ----------------------------------------------------------- */
void compile_expr(Compiler *c, Node *e);
void compile_store(Compiler *c, Node *target);  /* value on TOS is stored and popped */
void compile_delete(Compiler *c, Node *target);
void compile_index(Compiler *c, Node *index);   /* subscript index (slices built) */
/* Jump to label when the truth of e equals cond; falls through otherwise. */
void compile_jump_if(Compiler *c, Node *e, bool cond, int label);
void compile_lambda(Compiler *c, Node *e);
const char *expr_kind_desc(Node *e);            /* "function call", "literal", ... */
bool is_constant_expr(Node *e);                 /* literal without side effects */
Opcode binop_opcode(Compiler *c, AstOp op, bool inplace);

#endif
