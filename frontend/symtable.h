/*
** symtable.h: scope analysis, the compiler's first pass. One Scope per module,
** function, lambda, class body and generator expression / set / dict
** comprehension (list comprehensions bind in the enclosing scope, as in
** Python 2). Every name a scope mentions gets a Sym classified as local,
** global (explicit or implicit), free (from an enclosing function) or cell (a
** local captured by an inner function), following CPython 2.7's symtable.c.
**
** All memory comes from the GC heap (atomic where pointer-free), so a syntax
** error can abandon the tables without cleanup.
*/
#ifndef RPY_SYMTABLE_H
#define RPY_SYMTABLE_H

#include <stdbool.h>
#include <stdint.h>
#include "ast.h"

/* Sym.flags: how a scope uses a name. */
#define DEF_GLOBAL     0x01  /* `global` statement */
#define DEF_LOCAL      0x02  /* bound: assignment, def, class, import, for, del, except */
#define DEF_PARAM      0x04  /* formal parameter */
#define DEF_USE        0x08  /* read */
#define DEF_FREE_CLASS 0x10  /* class body: also passed through as a free variable */
#define DEF_BOUND      (DEF_LOCAL | DEF_PARAM)

/* Sym.scope: the result of the analysis. */
typedef enum {
  SC_NONE,            /* not analysed (names the compiler invents) */
  SC_LOCAL,           /* fast slot in a function, a name in a module/class dict */
  SC_GLOBAL_EXPLICIT, /* `global x`: LOAD_GLOBAL everywhere */
  SC_GLOBAL_IMPLICIT, /* unbound here and in enclosing functions */
  SC_FREE,            /* bound in an enclosing function */
  SC_CELL             /* local captured by an inner function */
} SymScope;

typedef enum { BLOCK_MODULE, BLOCK_FUNCTION, BLOCK_CLASS } BlockType;

typedef struct Sym {
  const char *name;   /* mangled */
  uint32_t hash;
  int flags;          /* DEF_* */
  SymScope scope;
  int slot;           /* set by the compiler: fast-local, cell or free index */
  int cell_slot;      /* set by the compiler: index for LOAD_CLOSURE, -1 if none */
} Sym;

typedef struct Scope Scope;
struct Scope {
  BlockType type;
  const char *name;   /* "top", function or class name, "lambda", "genexpr", ... */
  const Node *node;   /* FUNCDEF, CLASSDEF, LAMBDA, GENEXP, SETCOMP, DICTCOMP; NULL: module */
  int line;
  Scope *parent;
  const char *private_name; /* class name for __private mangling, or NULL */

  Sym **syms;         /* in order of first mention */
  int nsyms, capsyms;
  int *index;         /* open-addressing table of sym numbers, -1 empty */
  int indexcap;

  const char **varnames; /* parameters in CPython 2.7 order: positional (".N" for
                            nested tuples), *args, **kwargs, then nested-tuple names */
  int nvarnames, capvarnames;
  int argcount;       /* positional parameters */
  bool varargs, varkeywords;

  bool generator;     /* contains yield */
  bool nested;        /* inside a function scope */
  bool has_free;      /* uses free variables */
  bool child_free;    /* a child scope has free variables */
  int unoptimized;    /* OPT_IMPORT_STAR | OPT_BARE_EXEC */
  int opt_line;
  bool returns_value; /* has `return expr` */
  int return_line;

  Scope **children;
  int nchildren, capchildren;
};

#define OPT_IMPORT_STAR 1
#define OPT_BARE_EXEC   2

typedef struct SymTable {
  Scope *top;
  /* node -> scope map (open addressing on the node pointer) */
  const Node **keys;
  Scope **vals;
  int cap, count;
  /* error state */
  SyntaxErr *err;
  bool failed;
  int depth;          /* recursion guard */
  Scope *cur;
  const char *private_name;
} SymTable;

/* Build the tables for a module. Returns NULL and fills *err on a
** SyntaxError (err->text is left empty: the compiler fills it). */
SymTable *symtable_build(AstModule *m, SyntaxErr *err);
/* The scope a FUNCDEF / CLASSDEF / LAMBDA / GENEXP / SETCOMP / DICTCOMP node opened. */
Scope *symtable_lookup(SymTable *st, const Node *n);
/* A name's Sym in a scope (already mangled), NULL if the scope never saw it. */
Sym *scope_find(Scope *s, const char *name);
/* __private name mangling as CPython 2.7's _Py_Mangle. Returns name itself
** when nothing changes, else a new GC string. */
const char *symtable_mangle(const char *private_name, const char *name);

/* Recursion limit of the compiler passes over deeply nested ASTs. */
#define COMPILE_MAX_NESTING 10000

#endif
