/*
** ast.h: the abstract syntax tree produced by the parser and consumed by the
** compiler. Nodes live in an Arena (plain malloc memory, no GC pointers), and
** the whole tree is freed at once after compilation.
*/
#ifndef RPY_AST_H
#define RPY_AST_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

/* ---- Arena ------------------------------------------------------------ */

typedef struct Arena Arena;
Arena *arena_new(void);
void *arena_alloc(Arena *a, size_t size);          /* zeroed, 16-aligned */
char *arena_strndup(Arena *a, const char *s, size_t n); /* NUL-terminated */
void arena_free(Arena *a);

/* ---- Node kinds (X-macro: name) --------------------------------------- */

#define AST_EXPR_KINDS(_) \
  _(NAME)      /* id */ \
  _(INT)       /* int64 value */ \
  _(LONG)      /* decimal digits of a literal too big for int64, or with L suffix */ \
  _(FLOAT)     /* double */ \
  _(IMAG)      /* imaginary literal 1j (parsed; compiler may reject) */ \
  _(STR)       /* byte string, already unescaped and concatenated */ \
  _(TUPLE)     /* elts */ \
  _(LIST)      /* elts */ \
  _(SET)       /* elts */ \
  _(DICT)      /* keys, values */ \
  _(BINOP)     /* left op right */ \
  _(UNARYOP)   /* op operand */ \
  _(BOOLOP)    /* and/or over values (n >= 2) */ \
  _(COMPARE)   /* left, ops[i], comparators[i]: chained a < b < c */ \
  _(CALL)      /* func(args, keywords, *starargs, **kwargs) */ \
  _(ATTR)      /* value.attr */ \
  _(SUBSCRIPT) /* value[index]; index may be a SLICE or ELLIPSIS node or a TUPLE of them */ \
  _(SLICE)     /* lower:upper:step (each may be NULL); has_step if a second colon was written */ \
  _(ELLIPSIS)  /* ... inside a subscript */ \
  _(IFEXP)     /* body if test else orelse */ \
  _(LAMBDA)    /* args: body */ \
  _(LISTCOMP)  /* [elt for ...] */ \
  _(GENEXP)    /* (elt for ...) */ \
  _(SETCOMP)   /* {elt for ...} */ \
  _(DICTCOMP)  /* {key: value for ...} */ \
  _(YIELD)     /* yield value (value may be NULL) */ \
  _(REPR)      /* `value` */

#define AST_STMT_KINDS(_) \
  _(EXPR)      /* expression statement */ \
  _(ASSIGN)    /* t1 = t2 = ... = value  (targets) */ \
  _(AUGASSIGN) /* target op= value */ \
  _(PRINT)     /* print >>dest, values [,] */ \
  _(DEL)       /* del targets */ \
  _(PASS) \
  _(BREAK) \
  _(CONTINUE) \
  _(RETURN)    /* value may be NULL */ \
  _(RAISE)     /* raise type, inst, tback (all may be NULL) */ \
  _(GLOBAL)    /* names */ \
  _(IMPORT)    /* import a.b.c as d, e */ \
  _(IMPORTFROM)/* from [level dots]module import names (or *) */ \
  _(EXEC)      /* exec body in globals, locals */ \
  _(ASSERT)    /* assert test, msg */ \
  _(IF)        /* test, body, orelse (elif is a nested IF in orelse) */ \
  _(WHILE)     /* test, body, orelse */ \
  _(FOR)       /* target in iter: body else orelse */ \
  _(TRY)       /* body, handlers, orelse, finalbody (try/except/finally all in one) */ \
  _(WITH)      /* with expr as vars: body (several items are nested WITH nodes) */ \
  _(FUNCDEF)   /* decorators, name, args, body */ \
  _(CLASSDEF)  /* decorators, name, bases, body */

typedef enum {
#define AST_ENUM_E(n) E_##n,
#define AST_ENUM_S(n) S_##n,
  AST_EXPR_KINDS(AST_ENUM_E)
  AST_STMT_KINDS(AST_ENUM_S)
  AST__MAX
#undef AST_ENUM_E
#undef AST_ENUM_S
} NodeKind;

/* Operators for BINOP / AUGASSIGN / UNARYOP / BOOLOP / COMPARE. */
#define AST_OPS(_) \
  _(ADD, "+") _(SUB, "-") _(MUL, "*") _(DIV, "/") _(FLOORDIV, "//") \
  _(MOD, "%") _(POW, "**") _(LSHIFT, "<<") _(RSHIFT, ">>") \
  _(BITOR, "|") _(BITXOR, "^") _(BITAND, "&") \
  _(UADD, "+") _(USUB, "-") _(INVERT, "~") _(NOT, "not") \
  _(AND, "and") _(OR, "or") \
  _(EQ, "==") _(NE, "!=") _(LT, "<") _(LE, "<=") _(GT, ">") _(GE, ">=") \
  _(IS, "is") _(ISNOT, "is not") _(IN, "in") _(NOTIN, "not in")

typedef enum {
#define AST_ENUM_OP(n, s) OP_##n,
  AST_OPS(AST_ENUM_OP)
#undef AST_ENUM_OP
  OP__MAX
} AstOp;

extern const char *const ast_op_names[OP__MAX];   /* "+", "not in", ... */
extern const char *const ast_kind_names[AST__MAX]; /* "NAME", "ASSIGN", ... */

/* Expression context, set by the parser on NAME/ATTR/SUBSCRIPT/TUPLE/LIST. */
typedef enum { CTX_LOAD, CTX_STORE, CTX_DEL, CTX_AUGLOAD, CTX_AUGSTORE, CTX_PARAM } ExprCtx;

typedef struct Node Node;

typedef struct NodeList {
  int n;
  Node **items;
} NodeList;

typedef struct Keyword {     /* name=value in a call */
  const char *name;
  Node *value;
} Keyword;

typedef struct Alias {       /* import name as asname; name may be dotted "a.b.c" */
  const char *name;
  const char *asname;        /* NULL if none */
} Alias;

typedef struct Comprehension { /* for target in iter if ifs... */
  Node *target;
  Node *iter;
  NodeList ifs;
} Comprehension;

typedef struct ExceptHandler { /* except type, name: body */
  Node *type;                  /* NULL for bare except */
  Node *name;                  /* target expression (NAME usually), may be NULL */
  NodeList body;
  int line, col;
} ExceptHandler;

typedef struct Arguments {     /* formal parameters of def / lambda */
  NodeList args;               /* NAME (ctx PARAM) or TUPLE of them for py2 nested params */
  NodeList defaults;           /* for the last defaults.n args */
  const char *vararg;          /* *name, or NULL */
  const char *kwarg;           /* **name, or NULL */
} Arguments;

struct Node {
  NodeKind kind;
  int line;                    /* 1-based */
  int col;                     /* 0-based byte offset in the line */
  union {
    /* expressions */
    struct { const char *id; ExprCtx ctx; } name;
    int64_t ival;                                     /* INT */
    struct { const char *digits; } lng;               /* LONG: decimal digits, optional '-' never */
    double fval;                                      /* FLOAT, IMAG */
    struct { const char *s; size_t len; bool unicode; } str;
    struct { NodeList elts; ExprCtx ctx; } seq;       /* TUPLE, LIST, SET */
    struct { NodeList keys, values; } dict;
    struct { Node *left; AstOp op; Node *right; } binop;
    struct { AstOp op; Node *operand; } unary;
    struct { AstOp op; NodeList values; } boolop;
    struct { Node *left; int n; AstOp *ops; Node **comparators; } compare;
    struct { Node *func; NodeList args; int nkw; Keyword *keywords;
             Node *starargs; Node *kwargs; } call;
    struct { Node *value; const char *attr; ExprCtx ctx; } attr;
    struct { Node *value; Node *index; ExprCtx ctx; } subscript;
    struct { Node *lower, *upper, *step; bool has_step; } slice;
    struct { Node *test, *body, *orelse; } ifexp;
    struct { Arguments *args; Node *body; } lambda;
    struct { Node *elt; Node *value; int ngen; Comprehension *gens; } comp; /* LISTCOMP, GENEXP, SETCOMP, DICTCOMP (elt=key) */
    struct { Node *value; } yield;
    struct { Node *value; } repr;

    /* statements */
    struct { Node *value; } expr;
    struct { NodeList targets; Node *value; } assign;
    struct { Node *target; AstOp op; Node *value; } augassign;
    struct { Node *dest; NodeList values; bool nl; } print;
    struct { NodeList targets; } del;
    struct { Node *value; } ret;
    struct { Node *type, *inst, *tback; } raise;
    struct { int n; const char **names; } global;
    struct { int n; Alias *names; } import;
    struct { const char *module; int level; int n; Alias *names; } importfrom; /* n == 0 means "*"; module NULL for "from . import x" */
    struct { Node *body, *globals, *locals; } exec;
    struct { Node *test, *msg; } assert_;
    struct { Node *test; NodeList body, orelse; } if_;      /* IF, WHILE */
    struct { Node *target, *iter; NodeList body, orelse; } for_;
    struct { NodeList body; int nhandlers; ExceptHandler *handlers;
             NodeList orelse, finalbody; } try_;
    struct { Node *context, *vars; NodeList body; } with;
    struct { const char *name; Arguments *args; NodeList body;
             NodeList decorators; } funcdef;
    struct { const char *name; NodeList bases; NodeList body;
             NodeList decorators; } classdef;
  } u;
};

/* A parsed module (file, -c string, or eval input). */
typedef struct AstModule {
  NodeList body;
  bool future_division;        /* from __future__ import division seen */
  bool future_print_function;  /* from __future__ import print_function seen */
  const char *docstring;       /* NULL if none (kept in body too) */
} AstModule;

/* Syntax error report, filled by lexer/parser. */
typedef struct SyntaxError_ {
  const char *kind;            /* "SyntaxError", "IndentationError" or "TabError" */
  char msg[256];               /* e.g. "invalid syntax", "unexpected indent" */
  int line;                    /* 1-based */
  int col;                     /* SyntaxError.offset as CPython 2.7 sets it, -1: none */
  char text[512];              /* the offending source line (the parser keeps its
                                  newline; other reporters leave it off) */
} SyntaxErr;

#endif
