/*
** symtable.c: scope analysis (the compiler's first pass).
**
** Pass 1 walks the AST and records, per scope, every name with how it is used
** (DEF_* flags). Pass 2 (analyze_block) classifies each name exactly like
** CPython 2.7's symtable.c: explicit globals, locals, free variables resolved
** through enclosing *function* scopes (class bodies are skipped), cells for
** locals that inner functions capture, and pass-through free variables that
** class bodies and intermediate functions need to build closures.
*/
#include "symtable.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "../gc/gc.h"

/* ---- small helpers ---------------------------------------------------------- */

typedef struct Walk {
  SymTable *st;
  jmp_buf jb;
} Walk;

static void st_error(Walk *w, int line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4), noreturn));

static void st_error(Walk *w, int line, const char *fmt, ...)
{
  SyntaxErr *e = w->st->err;
  va_list ap;
  va_start(ap, fmt);
  e->kind = "SyntaxError";
  vsnprintf(e->msg, sizeof e->msg, fmt, ap);
  va_end(ap);
  e->line = line;
  e->col = -1;
  e->text[0] = '\0';
  w->st->failed = true;
  longjmp(w->jb, 1);
}

static void st_oom(Walk *w) __attribute__((noreturn));
static void st_oom(Walk *w)
{
  SyntaxErr *e = w->st->err;
  e->kind = "MemoryError";
  snprintf(e->msg, sizeof e->msg, "out of memory");
  e->line = 0;
  e->col = -1;
  e->text[0] = '\0';
  w->st->failed = true;
  longjmp(w->jb, 1);
}

static void *st_alloc(Walk *w, size_t n)
{
  void *p = gc_alloc(n ? n : 1);
  if (!p)
    st_oom(w);
  return p;
}

/* Grow a GC array of elem-sized items so that it holds at least need items. */
static void *st_grow(Walk *w, void *arr, int *cap, int need, size_t elem)
{
  if (need <= *cap)
    return arr;
  int nc = *cap ? *cap * 2 : 8;
  while (nc < need)
    nc *= 2;
  void *p = st_alloc(w, (size_t)nc * elem);
  if (arr && *cap)
    memcpy(p, arr, (size_t)*cap * elem);
  *cap = nc;
  return p;
}

static uint32_t str_hash_c(const char *s)
{
  uint32_t h = 2166136261u;
  for (; *s; s++)
    h = (h ^ (unsigned char)*s) * 16777619u;
  return h;
}

const char *symtable_mangle(const char *priv, const char *name)
{
  if (!priv || !name || name[0] != '_' || name[1] != '_')
    return name;
  size_t n = strlen(name);
  if (n >= 4 && name[n - 1] == '_' && name[n - 2] == '_')
    return name;                      /* __special__ */
  if (strchr(name, '.'))
    return name;                      /* dotted import names */
  while (*priv == '_')
    priv++;
  if (!*priv)
    return name;                      /* class name is all underscores */
  size_t pn = strlen(priv);
  char *r = gc_alloc_atomic(pn + n + 2);
  if (!r)
    return name;
  r[0] = '_';
  memcpy(r + 1, priv, pn);
  memcpy(r + 1 + pn, name, n + 1);
  return r;
}

/* ---- string sets (for the analysis) ------------------------------------------ */

typedef struct StrSet {
  const char **keys;   /* NULL empty, TOMB deleted */
  int cap, count, used;
  /* insertion order for deterministic iteration */
  const char **order;
  int norder, caporder;
} StrSet;

static const char tomb_marker[1];
#define TOMB ((const char *)tomb_marker)

static StrSet *set_new(Walk *w)
{
  StrSet *s = st_alloc(w, sizeof *s);
  return s;
}

static int set_slot(const StrSet *s, const char *k, uint32_t h)
{
  if (!s->cap)
    return -1;
  int mask = s->cap - 1;
  int i = (int)(h & (uint32_t)mask), tomb = -1;
  for (;;) {
    const char *x = s->keys[i];
    if (!x)
      return tomb >= 0 ? tomb : i;
    if (x == TOMB) {
      if (tomb < 0)
        tomb = i;
    } else if (strcmp(x, k) == 0) {
      return i;
    }
    i = (i + 1) & mask;
  }
}

static bool set_has(const StrSet *s, const char *k)
{
  if (!s || !s->count)
    return false;
  int i = set_slot(s, k, str_hash_c(k));
  return s->keys[i] && s->keys[i] != TOMB;
}

static void set_add(Walk *w, StrSet *s, const char *k);

static void set_rehash(Walk *w, StrSet *s, int ncap)
{
  const char **old = s->keys;
  int oc = s->cap;
  s->keys = st_alloc(w, sizeof(char *) * (size_t)ncap);
  s->cap = ncap;
  s->count = s->used = 0;
  for (int i = 0; i < oc; i++)
    if (old[i] && old[i] != TOMB) {
      int j = set_slot(s, old[i], str_hash_c(old[i]));
      s->keys[j] = old[i];
      s->count++;
      s->used++;
    }
}

static void set_add(Walk *w, StrSet *s, const char *k)
{
  if ((s->used + 1) * 2 > s->cap)
    set_rehash(w, s, s->cap ? s->cap * 2 : 16);
  int i = set_slot(s, k, str_hash_c(k));
  if (s->keys[i] && s->keys[i] != TOMB)
    return;
  if (!s->keys[i])
    s->used++;
  s->keys[i] = k;
  s->count++;
  s->order = st_grow(w, s->order, &s->caporder, s->norder + 1, sizeof(char *));
  s->order[s->norder++] = k;
}

static void set_del(StrSet *s, const char *k)
{
  if (!s || !s->count)
    return;
  int i = set_slot(s, k, str_hash_c(k));
  if (s->keys[i] && s->keys[i] != TOMB) {
    s->keys[i] = TOMB;
    s->count--;
  }
}

/* Iterate the live keys in insertion order. */
#define SET_FOREACH(s, k)                                                    \
  for (int _i = 0; (s) && _i < (s)->norder; _i++)                            \
    for (const char *k = (s)->order[_i]; k && set_has((s), k); k = NULL)

static void set_update(Walk *w, StrSet *dst, const StrSet *src)
{
  SET_FOREACH(src, k)
    set_add(w, dst, k);
}

/* ---- scopes and symbols ---------------------------------------------------- */

Sym *scope_find(Scope *s, const char *name)
{
  if (!s || !s->indexcap)
    return NULL;
  uint32_t h = str_hash_c(name);
  int mask = s->indexcap - 1;
  for (int i = (int)(h & (uint32_t)mask);; i = (i + 1) & mask) {
    int k = s->index[i];
    if (k < 0)
      return NULL;
    Sym *y = s->syms[k];
    if (y->hash == h && strcmp(y->name, name) == 0)
      return y;
  }
}

static void scope_reindex(Walk *w, Scope *s, int ncap)
{
  s->index = st_alloc(w, sizeof(int) * (size_t)ncap);
  s->indexcap = ncap;
  for (int i = 0; i < ncap; i++)
    s->index[i] = -1;
  for (int k = 0; k < s->nsyms; k++) {
    int mask = ncap - 1;
    int i = (int)(s->syms[k]->hash & (uint32_t)mask);
    while (s->index[i] >= 0)
      i = (i + 1) & mask;
    s->index[i] = k;
  }
}

static Sym *scope_sym(Walk *w, Scope *s, const char *name)
{
  Sym *y = scope_find(s, name);
  if (y)
    return y;
  y = st_alloc(w, sizeof *y);
  y->name = name;
  y->hash = str_hash_c(name);
  y->scope = SC_NONE;
  y->slot = -1;
  y->cell_slot = -1;
  s->syms = st_grow(w, s->syms, &s->capsyms, s->nsyms + 1, sizeof(Sym *));
  s->syms[s->nsyms++] = y;
  if ((s->nsyms + 1) * 2 > s->indexcap)
    scope_reindex(w, s, s->indexcap ? s->indexcap * 2 : 16);
  else {
    int mask = s->indexcap - 1;
    int i = (int)(y->hash & (uint32_t)mask);
    while (s->index[i] >= 0)
      i = (i + 1) & mask;
    s->index[i] = s->nsyms - 1;
  }
  return y;
}

static void map_put(Walk *w, const Node *n, Scope *sc)
{
  SymTable *st = w->st;
  if ((st->count + 1) * 2 > st->cap) {
    int oc = st->cap, nc = oc ? oc * 2 : 64;
    const Node **ok = st->keys;
    Scope **ov = st->vals;
    st->keys = st_alloc(w, sizeof(Node *) * (size_t)nc);
    st->vals = st_alloc(w, sizeof(Scope *) * (size_t)nc);
    st->cap = nc;
    for (int i = 0; i < oc; i++)
      if (ok[i]) {
        size_t j = ((uintptr_t)ok[i] >> 4) & (size_t)(nc - 1);
        while (st->keys[j])
          j = (j + 1) & (size_t)(nc - 1);
        st->keys[j] = ok[i];
        st->vals[j] = ov[i];
      }
  }
  size_t j = ((uintptr_t)n >> 4) & (size_t)(st->cap - 1);
  while (st->keys[j])
    j = (j + 1) & (size_t)(st->cap - 1);
  st->keys[j] = n;
  st->vals[j] = sc;
  st->count++;
}

Scope *symtable_lookup(SymTable *st, const Node *n)
{
  if (!st || !st->cap)
    return NULL;
  size_t j = ((uintptr_t)n >> 4) & (size_t)(st->cap - 1);
  while (st->keys[j]) {
    if (st->keys[j] == n)
      return st->vals[j];
    j = (j + 1) & (size_t)(st->cap - 1);
  }
  return NULL;
}

static Scope *enter_scope(Walk *w, const char *name, BlockType type, const Node *n, int line)
{
  SymTable *st = w->st;
  Scope *s = st_alloc(w, sizeof *s);
  s->type = type;
  s->name = name;
  s->node = n;
  s->line = line;
  s->parent = st->cur;
  if (st->cur) {
    Scope *p = st->cur;
    s->nested = p->nested || p->type == BLOCK_FUNCTION;
    p->children = st_grow(w, p->children, &p->capchildren, p->nchildren + 1, sizeof(Scope *));
    p->children[p->nchildren++] = s;
  }
  if (n)
    map_put(w, n, s);
  st->cur = s;
  return s;
}

static void exit_scope(Walk *w)
{
  w->st->cur = w->st->cur->parent;
}

/* Record a use/definition of name in the current scope. */
static void add_def(Walk *w, const char *name, int flag, int line)
{
  SymTable *st = w->st;
  Scope *s = st->cur;
  if (!name)
    st_error(w, line, "invalid syntax");
  const char *m = symtable_mangle(st->private_name, name);
  Sym *y = scope_sym(w, s, m);
  if ((flag & DEF_PARAM) && (y->flags & DEF_PARAM))
    st_error(w, line, "duplicate argument '%s' in function definition", name);
  y->flags |= flag;
  if (flag & DEF_PARAM) {
    s->varnames = st_grow(w, s->varnames, &s->capvarnames, s->nvarnames + 1, sizeof(char *));
    s->varnames[s->nvarnames++] = m;
  }
}

/* ---- pass 1: the walk ------------------------------------------------------ */

/* The walk also checks the AST's shape, so that the compiler, which runs
** only on a tree that passed, never meets a missing identifier or array. */
static void need(Walk *w, bool ok, int line)
{
  if (!ok)
    st_error(w, line, "invalid syntax");
}

static void visit_expr(Walk *w, Node *e);
static void visit_stmt(Walk *w, Node *s);

static void visit_exprs(Walk *w, NodeList *l)
{
  for (int i = 0; i < l->n; i++)
    if (l->items[i])
      visit_expr(w, l->items[i]);
}

static void visit_stmts(Walk *w, NodeList *l)
{
  for (int i = 0; i < l->n; i++)
    if (l->items[i])
      visit_stmt(w, l->items[i]);
}

static char *hidden_param_name(Walk *w, int i)
{
  char buf[32];
  int n = snprintf(buf, sizeof buf, ".%d", i);
  char *r = gc_alloc_atomic((size_t)n + 1);
  if (!r)
    st_oom(w);
  memcpy(r, buf, (size_t)n + 1);
  return r;
}

static void visit_params_nested(Walk *w, Node *t, int line)
{
  for (int i = 0; i < t->u.seq.elts.n; i++) {
    Node *e = t->u.seq.elts.items[i];
    if (!e)
      continue;
    if (e->kind == E_NAME)
      add_def(w, e->u.name.id, DEF_PARAM, line);
    else if (e->kind == E_TUPLE || e->kind == E_LIST)
      visit_params_nested(w, e, line);
  }
}

static void visit_arguments(Walk *w, Arguments *a, int line)
{
  Scope *s = w->st->cur;
  if (!a)
    return;
  for (int i = 0; i < a->args.n; i++) {
    Node *e = a->args.items[i];
    if (e && e->kind == E_NAME)
      add_def(w, e->u.name.id, DEF_PARAM, line);
    else
      add_def(w, hidden_param_name(w, i), DEF_PARAM, line);
  }
  s->argcount = a->args.n;
  if (a->vararg) {
    add_def(w, a->vararg, DEF_PARAM, line);
    s->varargs = true;
  }
  if (a->kwarg) {
    add_def(w, a->kwarg, DEF_PARAM, line);
    s->varkeywords = true;
  }
  for (int i = 0; i < a->args.n; i++) {
    Node *e = a->args.items[i];
    if (e && (e->kind == E_TUPLE || e->kind == E_LIST))
      visit_params_nested(w, e, line);
  }
}

static void visit_defaults(Walk *w, Arguments *a)
{
  if (a)
    visit_exprs(w, &a->defaults);
}

/* Generator expression, set and dict comprehensions: a function scope whose
** only parameter ".0" is the outermost iterator. */
static void visit_comp_scope(Walk *w, Node *e, const char *name)
{
  need(w, e->u.comp.ngen >= 1 && e->u.comp.gens, e->line);
  visit_expr(w, e->u.comp.gens[0].iter);
  enter_scope(w, name, BLOCK_FUNCTION, e, e->line);
  Scope *s = w->st->cur;
  add_def(w, ".0", DEF_PARAM, e->line);
  s->argcount = 1;
  if (e->kind == E_GENEXP)
    s->generator = true;
  for (int i = 0; i < e->u.comp.ngen; i++) {
    Comprehension *g = &e->u.comp.gens[i];
    visit_expr(w, g->target);
    if (i > 0)
      visit_expr(w, g->iter);
    visit_exprs(w, &g->ifs);
  }
  if (e->u.comp.value)
    visit_expr(w, e->u.comp.value);
  visit_expr(w, e->u.comp.elt);
  exit_scope(w);
}

static void visit_name(Walk *w, Node *e)
{
  switch (e->u.name.ctx) {
  case CTX_LOAD:
  case CTX_AUGLOAD:
    add_def(w, e->u.name.id, DEF_USE, e->line);
    break;
  case CTX_PARAM:
    add_def(w, e->u.name.id, DEF_PARAM, e->line);
    break;
  default:
    add_def(w, e->u.name.id, DEF_LOCAL, e->line);
    break;
  }
}

static void visit_expr(Walk *w, Node *e)
{
  if (!e)
    return;
  SymTable *st = w->st;
  if (++st->depth > COMPILE_MAX_NESTING)
    st_error(w, e->line, "too many nested expressions and blocks");
  switch (e->kind) {
  case E_NAME:
    visit_name(w, e);
    break;
  case E_STR:
    need(w, e->u.str.s || e->u.str.len == 0, e->line);
    break;
  case E_INT: case E_LONG: case E_FLOAT: case E_IMAG: case E_ELLIPSIS:
    break;
  case E_TUPLE: case E_LIST: case E_SET:
    visit_exprs(w, &e->u.seq.elts);
    break;
  case E_DICT:
    need(w, e->u.dict.keys.n == e->u.dict.values.n, e->line);
    for (int i = 0; i < e->u.dict.keys.n; i++) {
      visit_expr(w, e->u.dict.keys.items[i]);
      if (i < e->u.dict.values.n)
        visit_expr(w, e->u.dict.values.items[i]);
    }
    break;
  case E_BINOP:
    visit_expr(w, e->u.binop.left);
    visit_expr(w, e->u.binop.right);
    break;
  case E_UNARYOP:
    visit_expr(w, e->u.unary.operand);
    break;
  case E_BOOLOP:
    visit_exprs(w, &e->u.boolop.values);
    break;
  case E_COMPARE:
    need(w, e->u.compare.n >= 1 && e->u.compare.ops && e->u.compare.comparators, e->line);
    visit_expr(w, e->u.compare.left);
    for (int i = 0; i < e->u.compare.n; i++)
      visit_expr(w, e->u.compare.comparators[i]);
    break;
  case E_CALL:
    need(w, e->u.call.nkw == 0 || e->u.call.keywords, e->line);
    visit_expr(w, e->u.call.func);
    visit_exprs(w, &e->u.call.args);
    for (int i = 0; i < e->u.call.nkw; i++) {
      need(w, e->u.call.keywords[i].name != NULL, e->line);
      visit_expr(w, e->u.call.keywords[i].value);
    }
    visit_expr(w, e->u.call.starargs);
    visit_expr(w, e->u.call.kwargs);
    break;
  case E_ATTR:
    need(w, e->u.attr.attr != NULL, e->line);
    visit_expr(w, e->u.attr.value);
    break;
  case E_SUBSCRIPT:
    visit_expr(w, e->u.subscript.value);
    visit_expr(w, e->u.subscript.index);
    break;
  case E_SLICE:
    visit_expr(w, e->u.slice.lower);
    visit_expr(w, e->u.slice.upper);
    visit_expr(w, e->u.slice.step);
    break;
  case E_IFEXP:
    visit_expr(w, e->u.ifexp.test);
    visit_expr(w, e->u.ifexp.body);
    visit_expr(w, e->u.ifexp.orelse);
    break;
  case E_LAMBDA:
    visit_defaults(w, e->u.lambda.args);
    enter_scope(w, "lambda", BLOCK_FUNCTION, e, e->line);
    visit_arguments(w, e->u.lambda.args, e->line);
    visit_expr(w, e->u.lambda.body);
    exit_scope(w);
    break;
  case E_LISTCOMP:
    need(w, e->u.comp.ngen == 0 || e->u.comp.gens, e->line);
    /* Python 2: no scope of its own, the loop variables leak */
    for (int i = 0; i < e->u.comp.ngen; i++) {
      Comprehension *g = &e->u.comp.gens[i];
      visit_expr(w, g->iter);
      visit_expr(w, g->target);
      visit_exprs(w, &g->ifs);
    }
    visit_expr(w, e->u.comp.elt);
    break;
  case E_GENEXP:
    visit_comp_scope(w, e, "genexpr");
    break;
  case E_SETCOMP:
    visit_comp_scope(w, e, "setcomp");
    break;
  case E_DICTCOMP:
    visit_comp_scope(w, e, "dictcomp");
    break;
  case E_YIELD:
    if (st->cur->type != BLOCK_FUNCTION)
      st_error(w, e->line, "'yield' outside function");
    st->cur->generator = true;
    if (st->cur->returns_value)
      st_error(w, st->cur->return_line, "'return' with argument inside generator");
    visit_expr(w, e->u.yield.value);
    break;
  case E_REPR:
    visit_expr(w, e->u.repr.value);
    break;
  default:
    break;
  }
  st->depth--;
}

static void visit_stmt(Walk *w, Node *s)
{
  SymTable *st = w->st;
  if (++st->depth > COMPILE_MAX_NESTING)
    st_error(w, s->line, "too many nested expressions and blocks");
  switch (s->kind) {
  case S_EXPR:
    visit_expr(w, s->u.expr.value);
    break;
  case S_ASSIGN:
    need(w, s->u.assign.targets.n >= 1, s->line);
    visit_exprs(w, &s->u.assign.targets);
    visit_expr(w, s->u.assign.value);
    break;
  case S_AUGASSIGN: {
    Node *t = s->u.augassign.target;
    if (t && t->kind == E_NAME) {
      add_def(w, t->u.name.id, DEF_USE, t->line);
      add_def(w, t->u.name.id, DEF_LOCAL, t->line);
    } else if (t && t->kind == E_ATTR) {
      need(w, t->u.attr.attr != NULL, t->line);
      visit_expr(w, t->u.attr.value);
    } else if (t && t->kind == E_SUBSCRIPT) {
      visit_expr(w, t->u.subscript.value);
      visit_expr(w, t->u.subscript.index);
    } else {
      visit_expr(w, t);
    }
    visit_expr(w, s->u.augassign.value);
    break;
  }
  case S_PRINT:
    visit_expr(w, s->u.print.dest);
    visit_exprs(w, &s->u.print.values);
    break;
  case S_DEL:
    visit_exprs(w, &s->u.del.targets);
    break;
  case S_PASS: case S_BREAK: case S_CONTINUE:
    break;
  case S_RETURN:
    if (s->u.ret.value) {
      visit_expr(w, s->u.ret.value);
      if (st->cur->type == BLOCK_FUNCTION) {
        if (st->cur->generator)
          st_error(w, s->line, "'return' with argument inside generator");
        if (!st->cur->returns_value) {
          st->cur->returns_value = true;
          st->cur->return_line = s->line;
        }
      }
    }
    break;
  case S_RAISE:
    visit_expr(w, s->u.raise.type);
    visit_expr(w, s->u.raise.inst);
    visit_expr(w, s->u.raise.tback);
    break;
  case S_GLOBAL:
    need(w, s->u.global.n == 0 || s->u.global.names, s->line);
    for (int i = 0; i < s->u.global.n; i++)
      add_def(w, s->u.global.names[i], DEF_GLOBAL, s->line);
    break;
  case S_IMPORT:
    need(w, s->u.import.n == 0 || s->u.import.names, s->line);
    for (int i = 0; i < s->u.import.n; i++) {
      Alias *a = &s->u.import.names[i];
      need(w, a->name != NULL, s->line);
      if (a->asname) {
        add_def(w, a->asname, DEF_LOCAL, s->line);
      } else {
        const char *dot = strchr(a->name, '.');
        if (dot) {
          size_t n = (size_t)(dot - a->name);
          char *first = gc_alloc_atomic(n + 1);
          if (!first)
            st_oom(w);
          memcpy(first, a->name, n);
          first[n] = '\0';
          add_def(w, first, DEF_LOCAL, s->line);
        } else {
          add_def(w, a->name, DEF_LOCAL, s->line);
        }
      }
    }
    break;
  case S_IMPORTFROM:
    need(w, s->u.importfrom.n == 0 || s->u.importfrom.names, s->line);
    for (int i = 0; i < s->u.importfrom.n; i++)
      need(w, s->u.importfrom.names[i].name != NULL, s->line);
    if (s->u.importfrom.n == 0) {
      if (st->cur->type != BLOCK_MODULE) {
        st->cur->unoptimized |= OPT_IMPORT_STAR;
        st->cur->opt_line = s->line;
      }
    }
    for (int i = 0; i < s->u.importfrom.n; i++) {
      Alias *a = &s->u.importfrom.names[i];
      add_def(w, a->asname ? a->asname : a->name, DEF_LOCAL, s->line);
    }
    break;
  case S_EXEC:
    visit_expr(w, s->u.exec.body);
    visit_expr(w, s->u.exec.globals);
    visit_expr(w, s->u.exec.locals);
    if (!s->u.exec.globals && st->cur->type != BLOCK_MODULE) {
      st->cur->unoptimized |= OPT_BARE_EXEC;
      st->cur->opt_line = s->line;
    }
    break;
  case S_ASSERT:
    visit_expr(w, s->u.assert_.test);
    visit_expr(w, s->u.assert_.msg);
    break;
  case S_IF:
  case S_WHILE:
    visit_expr(w, s->u.if_.test);
    visit_stmts(w, &s->u.if_.body);
    visit_stmts(w, &s->u.if_.orelse);
    break;
  case S_FOR:
    visit_expr(w, s->u.for_.target);
    visit_expr(w, s->u.for_.iter);
    visit_stmts(w, &s->u.for_.body);
    visit_stmts(w, &s->u.for_.orelse);
    break;
  case S_TRY:
    need(w, s->u.try_.nhandlers == 0 || s->u.try_.handlers, s->line);
    visit_stmts(w, &s->u.try_.body);
    for (int i = 0; i < s->u.try_.nhandlers; i++) {
      ExceptHandler *h = &s->u.try_.handlers[i];
      visit_expr(w, h->type);
      visit_expr(w, h->name);
      visit_stmts(w, &h->body);
    }
    visit_stmts(w, &s->u.try_.orelse);
    visit_stmts(w, &s->u.try_.finalbody);
    break;
  case S_WITH:
    visit_expr(w, s->u.with.context);
    visit_expr(w, s->u.with.vars);
    visit_stmts(w, &s->u.with.body);
    break;
  case S_FUNCDEF: {
    add_def(w, s->u.funcdef.name, DEF_LOCAL, s->line);
    visit_defaults(w, s->u.funcdef.args);
    visit_exprs(w, &s->u.funcdef.decorators);
    enter_scope(w, s->u.funcdef.name, BLOCK_FUNCTION, s, s->line);
    visit_arguments(w, s->u.funcdef.args, s->line);
    visit_stmts(w, &s->u.funcdef.body);
    exit_scope(w);
    break;
  }
  case S_CLASSDEF: {
    add_def(w, s->u.classdef.name, DEF_LOCAL, s->line);
    visit_exprs(w, &s->u.classdef.bases);
    visit_exprs(w, &s->u.classdef.decorators);
    enter_scope(w, s->u.classdef.name, BLOCK_CLASS, s, s->line);
    const char *saved = st->private_name;
    st->private_name = s->u.classdef.name;
    st->cur->private_name = s->u.classdef.name;
    visit_stmts(w, &s->u.classdef.body);
    st->private_name = saved;
    exit_scope(w);
    break;
  }
  default:
    break;
  }
  st->depth--;
}

/* ---- pass 2: analysis (mirrors CPython 2.7's analyze_block) ----------------- */

static void analyze_name(Walk *w, Scope *s, Sym *y, StrSet *bound, StrSet *local,
                         StrSet *free, StrSet *global)
{
  const char *name = y->name;
  if (y->flags & DEF_GLOBAL) {
    if (y->flags & DEF_PARAM)
      st_error(w, s->line, "name '%s' is local and global", name);
    y->scope = SC_GLOBAL_EXPLICIT;
    set_add(w, global, name);
    if (bound)
      set_del(bound, name);
    return;
  }
  if (y->flags & DEF_BOUND) {
    y->scope = SC_LOCAL;
    set_add(w, local, name);
    set_del(global, name);
    return;
  }
  if (bound && set_has(bound, name)) {
    y->scope = SC_FREE;
    s->has_free = true;
    set_add(w, free, name);
    return;
  }
  if (s->nested)
    s->has_free = true;
  y->scope = SC_GLOBAL_IMPLICIT;
}

static void check_unoptimized(Walk *w, Scope *s)
{
  if (s->type != BLOCK_FUNCTION || !s->unoptimized || !(s->has_free || s->child_free))
    return;
  const char *why = s->child_free ? "contains a nested function with free variables"
                                  : "is a nested function";
  switch (s->unoptimized) {
  case OPT_IMPORT_STAR:
    st_error(w, s->opt_line, "import * is not allowed in function '%s' because it %s",
             s->name, why);
  case OPT_BARE_EXEC:
    st_error(w, s->opt_line, "unqualified exec is not allowed in function '%s' because it %s",
             s->name, why);
  default:
    st_error(w, s->opt_line,
             "function '%s' uses import * and bare exec, which are illegal because it %s",
             s->name, why);
  }
}

static void analyze_block(Walk *w, Scope *s, StrSet *bound, StrSet *free, StrSet *global)
{
  StrSet *local = set_new(w), *newglobal = set_new(w), *newfree = set_new(w),
         *newbound = set_new(w);
  if (s->type == BLOCK_CLASS) {
    set_update(w, newglobal, global);
    if (bound)
      set_update(w, newbound, bound);
  }
  for (int i = 0; i < s->nsyms; i++)
    analyze_name(w, s, s->syms[i], bound, local, free, global);
  if (s->type != BLOCK_CLASS) {
    if (s->type == BLOCK_FUNCTION)
      set_update(w, newbound, local);
    if (bound)
      set_update(w, newbound, bound);
    set_update(w, newglobal, global);
  }
  for (int i = 0; i < s->nchildren; i++) {
    Scope *c = s->children[i];
    analyze_block(w, c, newbound, newfree, newglobal);
    if (c->has_free || c->child_free)
      s->child_free = true;
  }
  if (s->type == BLOCK_FUNCTION) {
    /* analyze_cells: locals that a child needs become cells */
    for (int i = 0; i < s->nsyms; i++) {
      Sym *y = s->syms[i];
      if (y->scope == SC_LOCAL && set_has(newfree, y->name)) {
        y->scope = SC_CELL;
        set_del(newfree, y->name);
      }
    }
  }
  /* update_symbols: free variables that only pass through this scope */
  SET_FOREACH(newfree, name) {
    Sym *y = scope_find(s, name);
    if (y) {
      if (s->type == BLOCK_CLASS && (y->flags & (DEF_BOUND | DEF_GLOBAL)))
        y->flags |= DEF_FREE_CLASS;
      continue;
    }
    if (!bound || !set_has(bound, name))
      continue;                       /* a global */
    y = scope_sym(w, s, name);
    y->scope = SC_FREE;
  }
  check_unoptimized(w, s);
  set_update(w, free, newfree);
}

/* ---- entry point ------------------------------------------------------------ */

SymTable *symtable_build(AstModule *m, SyntaxErr *err)
{
  Walk w;
  SymTable *st = gc_alloc(sizeof *st);
  if (!st) {
    err->kind = "MemoryError";
    snprintf(err->msg, sizeof err->msg, "out of memory");
    err->line = 0;
    err->col = -1;
    err->text[0] = '\0';
    return NULL;
  }
  st->err = err;
  w.st = st;
  if (setjmp(w.jb))
    return NULL;
  st->top = enter_scope(&w, "top", BLOCK_MODULE, NULL, 1);
  visit_stmts(&w, &m->body);
  st->cur = NULL;
  StrSet *free = set_new(&w), *global = set_new(&w);
  analyze_block(&w, st->top, NULL, free, global);
  return st;
}
