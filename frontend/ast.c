/*
** ast.c: the Arena that holds AST nodes, the operator / node-kind name
** tables, and ast_dump(), a stable S-expression rendering of a Module used
** by the unit tests.
**
** Dump format: one top-level statement per line. A node prints as
** (KIND field...), NULL children as _, a non-load context as a trailing
** word (store, del, augload, augstore, param). Statement bodies print as
** (BODY ...), else parts as (ELSE ...). Examples:
**   (ASSIGN (NAME x store) (BINOP + (INT 1) (INT 2)))
**   (IF (NAME a) (BODY (PASS)) (ELSE (IF (NAME b) (BODY (BREAK)))))
**   (CALL (NAME f) (INT 1) (KW k (NAME v)) (STAR (NAME a)) (DSTAR (NAME k)))
**   (FUNCDEF f (ARGS (NAME a param) (DEFAULTS (INT 1)) (VARARG r)) (BODY ...))
*/
#include "ast.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- Arena --------------------------------------------------------------- */

#define ARENA_CHUNK 65536

typedef struct Chunk {
  struct Chunk *next;
  size_t used, size;
  _Alignas(16) unsigned char data[];
} Chunk;

struct Arena {
  Chunk *head;
};

Arena *arena_new(void)
{
  Arena *a = calloc(1, sizeof *a);
  if (!a) {
    fputs("rpyvm: out of memory\n", stderr);
    abort();
  }
  return a;
}

void *arena_alloc(Arena *a, size_t size)
{
  size = (size + 15) & ~(size_t)15;
  if (size == 0)
    size = 16;
  Chunk *c = a->head;
  if (!c || c->size - c->used < size) {
    size_t cap = size > ARENA_CHUNK / 4 ? size : ARENA_CHUNK;
    c = malloc(sizeof(Chunk) + cap);
    if (!c) {
      fputs("rpyvm: out of memory\n", stderr);
      abort();
    }
    c->size = cap;
    c->used = 0;
    if (size > ARENA_CHUNK / 4 && a->head) {
      /* big block: keep the current chunk in front for small allocations */
      c->next = a->head->next;
      a->head->next = c;
    } else {
      c->next = a->head;
      a->head = c;
    }
  }
  void *p = c->data + c->used;
  c->used += size;
  memset(p, 0, size);
  return p;
}

char *arena_strndup(Arena *a, const char *s, size_t n)
{
  char *p = arena_alloc(a, n + 1);
  if (n)
    memcpy(p, s, n);
  p[n] = '\0';
  return p;
}

void arena_free(Arena *a)
{
  if (!a)
    return;
  Chunk *c = a->head;
  while (c) {
    Chunk *next = c->next;
    free(c);
    c = next;
  }
  free(a);
}

/* ---- name tables ----------------------------------------------------------- */

const char *const ast_op_names[OP__MAX] = {
#define AST_OP_NAME(n, s) s,
  AST_OPS(AST_OP_NAME)
#undef AST_OP_NAME
};

const char *const ast_kind_names[AST__MAX] = {
#define AST_KIND_NAME(n) #n,
  AST_EXPR_KINDS(AST_KIND_NAME)
  AST_STMT_KINDS(AST_KIND_NAME)
#undef AST_KIND_NAME
};

/* ---- dump ----------------------------------------------------------------- */

static void dump(FILE *f, const Node *n);

static const char *ctx_name(ExprCtx c)
{
  switch (c) {
  case CTX_STORE: return " store";
  case CTX_DEL: return " del";
  case CTX_AUGLOAD: return " augload";
  case CTX_AUGSTORE: return " augstore";
  case CTX_PARAM: return " param";
  default: return "";
  }
}

static void dump_list(FILE *f, const NodeList *l)
{
  for (int i = 0; i < l->n; i++) {
    fputc(' ', f);
    dump(f, l->items[i]);
  }
}

static void dump_block(FILE *f, const char *tag, const NodeList *l, bool always)
{
  if (!always && l->n == 0)
    return;
  fprintf(f, " (%s", tag);
  dump_list(f, l);
  fputc(')', f);
}

static void dump_str(FILE *f, const char *s, size_t len)
{
  fputc('"', f);
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    switch (c) {
    case '"': fputs("\\\"", f); break;
    case '\\': fputs("\\\\", f); break;
    case '\n': fputs("\\n", f); break;
    case '\t': fputs("\\t", f); break;
    case '\r': fputs("\\r", f); break;
    default:
      if (c < 32 || c >= 127)
        fprintf(f, "\\x%02x", c);
      else
        fputc(c, f);
    }
  }
  fputc('"', f);
}

static void dump_args(FILE *f, const Arguments *a)
{
  fputs("(ARGS", f);
  dump_list(f, &a->args);
  dump_block(f, "DEFAULTS", &a->defaults, false);
  if (a->vararg)
    fprintf(f, " (VARARG %s)", a->vararg);
  if (a->kwarg)
    fprintf(f, " (KWARG %s)", a->kwarg);
  fputc(')', f);
}

static void dump_gens(FILE *f, int n, const Comprehension *g)
{
  for (int i = 0; i < n; i++) {
    fputs(" (FOR ", f);
    dump(f, g[i].target);
    fputc(' ', f);
    dump(f, g[i].iter);
    for (int j = 0; j < g[i].ifs.n; j++) {
      fputs(" (IF ", f);
      dump(f, g[i].ifs.items[j]);
      fputc(')', f);
    }
    fputc(')', f);
  }
}

static void dump_alias(FILE *f, const Alias *a)
{
  if (a->asname)
    fprintf(f, " (%s as %s)", a->name, a->asname);
  else
    fprintf(f, " %s", a->name);
}

static void dump_opt(FILE *f, const Node *n)
{
  fputc(' ', f);
  dump(f, n);
}

static void dump(FILE *f, const Node *n)
{
  if (!n) {
    fputc('_', f);
    return;
  }
  fprintf(f, "(%s", ast_kind_names[n->kind]);
  switch (n->kind) {
  case E_NAME:
    fprintf(f, " %s%s", n->u.name.id, ctx_name(n->u.name.ctx));
    break;
  case E_INT:
    fprintf(f, " %lld", (long long)n->u.ival);
    break;
  case E_LONG:
    fprintf(f, " %s", n->u.lng.digits);
    break;
  case E_FLOAT:
  case E_IMAG:
    fprintf(f, " %.17g", n->u.fval);
    break;
  case E_STR:
    fputs(n->u.str.unicode ? " u" : " ", f);
    dump_str(f, n->u.str.s, n->u.str.len);
    break;
  case E_TUPLE:
  case E_LIST:
  case E_SET:
    fputs(ctx_name(n->u.seq.ctx), f);
    dump_list(f, &n->u.seq.elts);
    break;
  case E_DICT:
    for (int i = 0; i < n->u.dict.keys.n; i++) {
      fputc(' ', f);
      dump(f, n->u.dict.keys.items[i]);
      fputc(':', f);
      dump(f, n->u.dict.values.items[i]);
    }
    break;
  case E_BINOP:
    fprintf(f, " %s", ast_op_names[n->u.binop.op]);
    dump_opt(f, n->u.binop.left);
    dump_opt(f, n->u.binop.right);
    break;
  case E_UNARYOP:
    fprintf(f, " %s", ast_op_names[n->u.unary.op]);
    dump_opt(f, n->u.unary.operand);
    break;
  case E_BOOLOP:
    fprintf(f, " %s", ast_op_names[n->u.boolop.op]);
    dump_list(f, &n->u.boolop.values);
    break;
  case E_COMPARE:
    dump_opt(f, n->u.compare.left);
    for (int i = 0; i < n->u.compare.n; i++) {
      fprintf(f, " %s", ast_op_names[n->u.compare.ops[i]]);
      dump_opt(f, n->u.compare.comparators[i]);
    }
    break;
  case E_CALL:
    dump_opt(f, n->u.call.func);
    dump_list(f, &n->u.call.args);
    for (int i = 0; i < n->u.call.nkw; i++) {
      fprintf(f, " (KW %s ", n->u.call.keywords[i].name);
      dump(f, n->u.call.keywords[i].value);
      fputc(')', f);
    }
    if (n->u.call.starargs) {
      fputs(" (STAR ", f);
      dump(f, n->u.call.starargs);
      fputc(')', f);
    }
    if (n->u.call.kwargs) {
      fputs(" (DSTAR ", f);
      dump(f, n->u.call.kwargs);
      fputc(')', f);
    }
    break;
  case E_ATTR:
    dump_opt(f, n->u.attr.value);
    fprintf(f, " %s%s", n->u.attr.attr, ctx_name(n->u.attr.ctx));
    break;
  case E_SUBSCRIPT:
    dump_opt(f, n->u.subscript.value);
    dump_opt(f, n->u.subscript.index);
    fputs(ctx_name(n->u.subscript.ctx), f);
    break;
  case E_SLICE:
    dump_opt(f, n->u.slice.lower);
    dump_opt(f, n->u.slice.upper);
    if (n->u.slice.has_step)
      dump_opt(f, n->u.slice.step);
    break;
  case E_ELLIPSIS:
    break;
  case E_IFEXP:
    dump_opt(f, n->u.ifexp.test);
    dump_opt(f, n->u.ifexp.body);
    dump_opt(f, n->u.ifexp.orelse);
    break;
  case E_LAMBDA:
    fputc(' ', f);
    dump_args(f, n->u.lambda.args);
    dump_opt(f, n->u.lambda.body);
    break;
  case E_DICTCOMP:
    dump_opt(f, n->u.comp.elt);
    dump_opt(f, n->u.comp.value);
    dump_gens(f, n->u.comp.ngen, n->u.comp.gens);
    break;
  case E_LISTCOMP:
  case E_GENEXP:
  case E_SETCOMP:
    dump_opt(f, n->u.comp.elt);
    dump_gens(f, n->u.comp.ngen, n->u.comp.gens);
    break;
  case E_YIELD:
    if (n->u.yield.value)
      dump_opt(f, n->u.yield.value);
    break;
  case E_REPR:
    dump_opt(f, n->u.repr.value);
    break;

  case S_EXPR:
    dump_opt(f, n->u.expr.value);
    break;
  case S_ASSIGN:
    dump_list(f, &n->u.assign.targets);
    dump_opt(f, n->u.assign.value);
    break;
  case S_AUGASSIGN:
    dump_opt(f, n->u.augassign.target);
    fprintf(f, " %s=", ast_op_names[n->u.augassign.op]);
    dump_opt(f, n->u.augassign.value);
    break;
  case S_PRINT:
    if (n->u.print.dest) {
      fputs(" (>> ", f);
      dump(f, n->u.print.dest);
      fputc(')', f);
    }
    dump_list(f, &n->u.print.values);
    if (!n->u.print.nl)
      fputs(" ,", f);
    break;
  case S_DEL:
    dump_list(f, &n->u.del.targets);
    break;
  case S_PASS:
  case S_BREAK:
  case S_CONTINUE:
    break;
  case S_RETURN:
    if (n->u.ret.value)
      dump_opt(f, n->u.ret.value);
    break;
  case S_RAISE:
    if (n->u.raise.type || n->u.raise.inst || n->u.raise.tback)
      dump_opt(f, n->u.raise.type);
    if (n->u.raise.inst || n->u.raise.tback)
      dump_opt(f, n->u.raise.inst);
    if (n->u.raise.tback)
      dump_opt(f, n->u.raise.tback);
    break;
  case S_GLOBAL:
    for (int i = 0; i < n->u.global.n; i++)
      fprintf(f, " %s", n->u.global.names[i]);
    break;
  case S_IMPORT:
    for (int i = 0; i < n->u.import.n; i++)
      dump_alias(f, &n->u.import.names[i]);
    break;
  case S_IMPORTFROM:
    fputc(' ', f);
    for (int i = 0; i < n->u.importfrom.level; i++)
      fputc('.', f);
    if (n->u.importfrom.module)
      fputs(n->u.importfrom.module, f);
    if (n->u.importfrom.n == 0)
      fputs(" *", f);
    for (int i = 0; i < n->u.importfrom.n; i++)
      dump_alias(f, &n->u.importfrom.names[i]);
    break;
  case S_EXEC:
    dump_opt(f, n->u.exec.body);
    if (n->u.exec.globals || n->u.exec.locals)
      dump_opt(f, n->u.exec.globals);
    if (n->u.exec.locals)
      dump_opt(f, n->u.exec.locals);
    break;
  case S_ASSERT:
    dump_opt(f, n->u.assert_.test);
    if (n->u.assert_.msg)
      dump_opt(f, n->u.assert_.msg);
    break;
  case S_IF:
  case S_WHILE:
    dump_opt(f, n->u.if_.test);
    dump_block(f, "BODY", &n->u.if_.body, true);
    dump_block(f, "ELSE", &n->u.if_.orelse, false);
    break;
  case S_FOR:
    dump_opt(f, n->u.for_.target);
    dump_opt(f, n->u.for_.iter);
    dump_block(f, "BODY", &n->u.for_.body, true);
    dump_block(f, "ELSE", &n->u.for_.orelse, false);
    break;
  case S_TRY:
    dump_block(f, "BODY", &n->u.try_.body, true);
    for (int i = 0; i < n->u.try_.nhandlers; i++) {
      const ExceptHandler *h = &n->u.try_.handlers[i];
      fputs(" (EXCEPT ", f);
      dump(f, h->type);
      fputc(' ', f);
      dump(f, h->name);
      dump_block(f, "BODY", &h->body, true);
      fputc(')', f);
    }
    dump_block(f, "ELSE", &n->u.try_.orelse, false);
    dump_block(f, "FINALLY", &n->u.try_.finalbody, false);
    break;
  case S_WITH:
    dump_opt(f, n->u.with.context);
    dump_opt(f, n->u.with.vars);
    dump_block(f, "BODY", &n->u.with.body, true);
    break;
  case S_FUNCDEF:
    fprintf(f, " %s ", n->u.funcdef.name);
    dump_args(f, n->u.funcdef.args);
    dump_block(f, "DECORATORS", &n->u.funcdef.decorators, false);
    dump_block(f, "BODY", &n->u.funcdef.body, true);
    break;
  case S_CLASSDEF:
    fprintf(f, " %s", n->u.classdef.name);
    dump_block(f, "BASES", &n->u.classdef.bases, false);
    dump_block(f, "DECORATORS", &n->u.classdef.decorators, false);
    dump_block(f, "BODY", &n->u.classdef.body, true);
    break;
  default:
    break;
  }
  fputc(')', f);
}

void ast_dump(FILE *f, const AstModule *m)
{
  for (int i = 0; i < m->body.n; i++) {
    dump(f, m->body.items[i]);
    fputc('\n', f);
  }
}
