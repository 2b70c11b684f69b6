/*
** parse.h: the recursive-descent parser for the Python 2.7 grammar. It turns
** source text into the AST of ast.h and reports syntax errors exactly as
** CPython 2.7.18 does (kind, message, line, caret column, source line).
**
** Error report conventions (SyntaxErr):
**   kind  "SyntaxError", "IndentationError", or "ValueError" (CPython raises
**         ValueError for a bad \x escape in a byte string: print just
**         "ValueError: invalid \x escape", no location).
**   line  1-based line CPython reports.
**   text  the source line (raw, leading whitespace kept, no newline).
**   col   1-based caret column within text as CPython computes it, or -1
**         when CPython has no offset (errors found after parsing, like
**         "can't assign to literal"): then print no caret and do not strip
**         the text. If col == -1 and text is empty, print no source line.
** Printing like CPython's traceback: if col >= 0, strip leading spaces and
** tabs from text, lowering col by the count; print
**   '  File "NAME", line L\n    TEXT\n    ' + (col-1 spaces) + '^\n'
** then "KIND: MSG".
*/
#ifndef RPY_PARSE_H
#define RPY_PARSE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "ast.h"

typedef enum {
  PARSE_FILE,    /* a module run from a file: CPython's file-mode error positions */
  PARSE_EVAL,    /* one expression: body = one S_EXPR */
  PARSE_SINGLE,  /* one interactive statement */
  PARSE_EXEC     /* a module compiled from a string (exec, compile(..., 'exec')) */
} ParseMode;

/* Returns NULL on error and fills *err (never prints). src need not be
   NUL-terminated. print_function presets the future flag. */
AstModule *parse_source(Arena *a, const char *src, size_t len, const char *filename,
                     ParseMode mode, bool print_function, SyntaxErr *err);

/* S-expression dump of a module, one top-level statement per line (ast.c). */
void ast_dump(FILE *f, const AstModule *m);

/* ---- internal to parse.c / parse_expr.c ---------------------------------- */
#ifdef RPY_PARSE_INTERNAL
#include <setjmp.h>
#include "lex.h"

#define PARSE_MAX_DEPTH 200   /* nesting limit of expressions */
#define PARSE_MAX_CHAIN 5000  /* operators / trailers making one path of the tree */

typedef struct Vec {          /* growable Node* array in the arena */
  Node **items;
  int n, cap;
} Vec;

typedef struct StrFix {       /* unprefixed string literal, redecoded if a
                                 unicode_literals future import shows up */
  Node *node;
  int ntok;
  const char **s;
  size_t *len;
  struct StrFix *next;
} StrFix;

/* An error CPython reports only after the whole file parsed: level 2 from
   ast.c (first in its conversion order), level 1 from symtable.c. */
typedef struct LateErr {
  int level;                  /* 0: none */
  const char *kind;
  char msg[256];
  int line;
} LateErr;

typedef struct Parser {
  Arena *a;
  Lexer *lx;
  Token tok;                  /* lookahead */
  const char *filename;
  ParseMode mode;
  SyntaxErr *err;
  jmp_buf jb;
  int depth;                  /* expression nesting (PARSE_MAX_DEPTH) */
  int chain;                  /* chained binary operators / trailers on the
                                 current path (PARSE_MAX_CHAIN) */
  bool print_function;        /* parser flag (CPython future_hack) */
  bool unicode_literals;
  StrFix *strfix;
  LateErr late;               /* first error CPython finds after parsing */
} Parser;

typedef struct Pos { int line, col; } Pos;

/* parse.c */
_Noreturn void p_syntax_error(Parser *p);
_Noreturn void p_error_at(Parser *p, const Token *t, const char *kind, const char *msg);
void p_next(Parser *p);
bool p_accept(Parser *p, TokType t);
void p_expect(Parser *p, TokType t);
void p_late_error(Parser *p, int level, int line, const char *kind, const char *msg);
void p_late_take(Parser *p, LateErr *out);   /* move the slot out, clear it */
void p_late_put(Parser *p, const LateErr *e); /* record e unless outranked */
void p_enter(Parser *p);
void p_chain(Parser *p);
Node *p_node(Parser *p, NodeKind k, Pos pos);
Pos p_pos(const Parser *p);
void vec_push(Parser *p, Vec *v, Node *n);
NodeList vec_list(const Vec *v);
char *p_strdup(Parser *p, const char *s, size_t n);

/* parse_expr.c */
bool p_starts_test(const Parser *p);
bool p_starts_expr(const Parser *p);
Node *p_test(Parser *p);
Node *p_old_test(Parser *p);
Node *p_expr(Parser *p);
Node *p_or_test(Parser *p);
Node *p_testlist(Parser *p);
Node *p_yield_expr(Parser *p);
Node *p_exprlist(Parser *p, ExprCtx ctx, bool *bare_tuple);
void p_decode_strings(Parser *p, Node *n, const char *const *s, const size_t *len,
                      int ntok, bool unicode_lits);
Node *p_arglist_call(Parser *p, Node *func, Pos start);
Arguments *p_varargslist(Parser *p, TokType end, Pos owner);
bool p_set_context(Parser *p, Node *e, ExprCtx ctx, int line);
#endif

#endif
