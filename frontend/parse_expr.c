/*
** parse_expr.c: expressions of the Python 2.7 grammar (test, comparisons,
** arithmetic, atoms, trailers, displays, comprehensions, lambda, argument
** lists and parameter lists), plus the checks CPython's ast.c performs on
** them (assignment targets, keyword arguments, default arguments). Each
** function has its grammar rule above it. Node positions follow CPython
** 2.7's ast.c.
*/
#define RPY_PARSE_INTERNAL
#include "parse.h"

#include <stdio.h>
#include <string.h>

#define TOK (p->tok.type)

static Node *factor(Parser *p);
static Node *lambdef(Parser *p, bool old);

bool p_starts_expr(const Parser *p)
{
  switch (TOK) {
  case T_NAME: case T_NUMBER: case T_STRING: case T_LPAR: case T_LSQB:
  case T_LBRACE: case T_BACKQUOTE: case T_MINUS: case T_PLUS: case T_TILDE:
    return true;
  default:
    return false;
  }
}

bool p_starts_test(const Parser *p)
{
  return p_starts_expr(p) || TOK == T_NOT || TOK == T_LAMBDA;
}

/* ---- assignment targets (CPython ast.c set_context / forbidden_check) ---- */

static bool forbidden(Parser *p, const char *name, int line)
{
  if (strcmp(name, "None") == 0) {
    p_late_error(p, 2, line, "SyntaxError", "cannot assign to None");
    return true;
  }
  if (strcmp(name, "__debug__") == 0) {
    p_late_error(p, 2, line, "SyntaxError", "cannot assign to __debug__");
    return true;
  }
  return false;
}

bool p_set_context(Parser *p, Node *e, ExprCtx ctx, int line)
{
  const char *what = NULL;
  NodeList *elts = NULL;
  switch (e->kind) {
  case E_ATTR:
    if (ctx == CTX_STORE && forbidden(p, e->u.attr.attr, line))
      return false;
    e->u.attr.ctx = ctx;
    break;
  case E_SUBSCRIPT:
    e->u.subscript.ctx = ctx;
    break;
  case E_NAME:
    if (ctx == CTX_STORE && forbidden(p, e->u.name.id, line))
      return false;
    e->u.name.ctx = ctx;
    break;
  case E_LIST:
    e->u.seq.ctx = ctx;
    elts = &e->u.seq.elts;
    break;
  case E_TUPLE:
    if (e->u.seq.elts.n == 0) {
      what = "()";
    } else {
      e->u.seq.ctx = ctx;
      elts = &e->u.seq.elts;
    }
    break;
  case E_LAMBDA: what = "lambda"; break;
  case E_CALL: what = "function call"; break;
  case E_BOOLOP: case E_BINOP: case E_UNARYOP: what = "operator"; break;
  case E_GENEXP: what = "generator expression"; break;
  case E_YIELD: what = "yield expression"; break;
  case E_LISTCOMP: what = "list comprehension"; break;
  case E_SETCOMP: what = "set comprehension"; break;
  case E_DICTCOMP: what = "dict comprehension"; break;
  case E_DICT: case E_SET: case E_INT: case E_LONG: case E_FLOAT:
  case E_IMAG: case E_STR:
    what = "literal";
    break;
  case E_COMPARE: what = "comparison"; break;
  case E_REPR: what = "repr"; break;
  case E_IFEXP: what = "conditional expression"; break;
  default: what = "expression"; break;
  }
  if (what) {
    char buf[300];
    snprintf(buf, sizeof buf, "can't %s %s", ctx == CTX_DEL ? "delete" : "assign to", what);
    p_late_error(p, 2, line, "SyntaxError", buf);
    return false;
  }
  if (elts) {
    for (int i = 0; i < elts->n; i++)
      if (!p_set_context(p, elts->items[i], ctx, line))
        return false;
  }
  return true;
}

/* ---- atoms ---------------------------------------------------------------- */

/* Record an unprefixed string so that it can be redecoded as unicode if a
   `from __future__ import unicode_literals` turns up later in the file. */
static void remember_str(Parser *p, Node *n, const Token *toks, int ntok)
{
  StrFix *f = arena_alloc(p->a, sizeof *f);
  f->node = n;
  f->ntok = ntok;
  f->s = arena_alloc(p->a, sizeof(char *) * (size_t)ntok);
  f->len = arena_alloc(p->a, sizeof(size_t) * (size_t)ntok);
  for (int i = 0; i < ntok; i++) {
    f->s[i] = toks[i].s;
    f->len[i] = toks[i].len;
  }
  f->next = p->strfix;
  p->strfix = f;
}

static bool unprefixed(const char *s)
{
  return s[0] != 'u' && s[0] != 'U' && s[0] != 'b' && s[0] != 'B';
}

/* Decode and concatenate string tokens into n (CPython parsestrplus). */
void p_decode_strings(Parser *p, Node *n, const char *const *s, const size_t *len,
                      int ntok, bool unicode_lits)
{
  char **pieces = arena_alloc(p->a, sizeof(char *) * (size_t)ntok);
  size_t *plens = arena_alloc(p->a, sizeof(size_t) * (size_t)ntok);
  size_t total = 0;
  bool uni = false;
  int ok = 0;
  for (; ok < ntok; ok++) {
    bool pu;
    const char *kind;
    char msg[256];
    if (!lex_string(p->a, s[ok], len[ok], unicode_lits, &pieces[ok], &plens[ok], &pu,
                    &kind, msg, sizeof msg)) {
      if (strcmp(kind, "SyntaxError") == 0)
        msg[127] = '\0';    /* CPython formats it into a 128-byte buffer */
      p_late_error(p, 2, n->line, kind, msg);
      break;
    }
    uni = uni || pu;
    total += plens[ok];
  }
  char *out = ok == 1 ? pieces[0] : arena_alloc(p->a, total + 1);
  if (ok != 1) {
    size_t o = 0;
    for (int i = 0; i < ok; i++) {
      memcpy(out + o, pieces[i], plens[i]);
      o += plens[i];
    }
  }
  n->u.str.s = out;
  n->u.str.len = total;
  n->u.str.unicode = uni;
}

/* STRING+ */
static Node *strings(Parser *p)
{
  Node *n = p_node(p, E_STR, p_pos(p));
  Token first[4];
  Token *toks = first;
  int ntok = 0, cap = 4;
  bool any_unprefixed = false;
  while (TOK == T_STRING) {
    if (ntok == cap) {
      Token *nt = arena_alloc(p->a, sizeof(Token) * (size_t)cap * 2);
      memcpy(nt, toks, sizeof(Token) * (size_t)cap);
      toks = nt;
      cap *= 2;
    }
    toks[ntok++] = p->tok;
    any_unprefixed = any_unprefixed || unprefixed(p->tok.s);
    p_next(p);
  }
  const char **s = arena_alloc(p->a, sizeof(char *) * (size_t)ntok);
  size_t *len = arena_alloc(p->a, sizeof(size_t) * (size_t)ntok);
  for (int i = 0; i < ntok; i++) {
    s[i] = toks[i].s;
    len[i] = toks[i].len;
  }
  p_decode_strings(p, n, s, len, ntok, p->unicode_literals);
  if (any_unprefixed && !p->unicode_literals)
    remember_str(p, n, toks, ntok);
  return n;
}

static Node *number(Parser *p, const Token *t, bool negate, Pos pos)
{
  LexNumber num;
  if (!lex_number(p->a, t->s, t->len, negate, &num))
    return NULL;
  Node *n = p_node(p, num.kind, pos);
  switch (num.kind) {
  case E_INT: n->u.ival = num.ival; break;
  case E_LONG: n->u.lng.digits = num.digits; break;
  default: n->u.fval = num.fval; break;
  }
  return n;
}

/* comp_for: 'for' exprlist 'in' or_test [comp_iter]
   comp_iter: comp_for | comp_if
   comp_if: 'if' old_test [comp_iter]
   list_for: 'for' exprlist 'in' testlist_safe [list_iter]
   list_iter: list_for | list_if
   list_if: 'if' old_test [list_iter]
   testlist_safe: old_test [(',' old_test)+ [',']] */
static Node *comprehension(Parser *p, NodeKind kind, Node *elt, Node *value, Pos pos)
{
  Node *n = p_node(p, kind, pos);
  int cap = 2;
  Comprehension *gens = arena_alloc(p->a, sizeof *gens * (size_t)cap);
  int ngen = 0;
  n->u.comp.elt = elt;
  n->u.comp.value = value;
  while (TOK == T_FOR) {
    if (ngen == cap) {
      Comprehension *ng = arena_alloc(p->a, sizeof *ng * (size_t)cap * 2);
      memcpy(ng, gens, sizeof *ng * (size_t)cap);
      gens = ng;
      cap *= 2;
    }
    Comprehension *g = &gens[ngen++];
    p_next(p);
    g->target = p_exprlist(p, CTX_STORE, NULL);
    p_expect(p, T_IN);
    if (kind == E_LISTCOMP) {
      Pos ipos = p_pos(p);
      Node *it = p_old_test(p);
      if (TOK == T_COMMA) {
        Vec v = {0};
        vec_push(p, &v, it);
        p_next(p);
        vec_push(p, &v, p_old_test(p));
        while (p_accept(p, T_COMMA)) {
          if (!p_starts_test(p))
            break;
          vec_push(p, &v, p_old_test(p));
        }
        it = p_node(p, E_TUPLE, ipos);
        it->u.seq.elts = vec_list(&v);
      }
      g->iter = it;
    } else {
      g->iter = p_or_test(p);
    }
    Vec ifs = {0};
    while (TOK == T_IF) {
      p_next(p);
      vec_push(p, &ifs, p_old_test(p));
    }
    g->ifs = vec_list(&ifs);
  }
  n->u.comp.ngen = ngen;
  n->u.comp.gens = gens;
  return n;
}

/* A comprehension in a display and the bracket that closes it. */
static Node *closed_comp(Parser *p, NodeKind kind, Node *elt, Node *value, Pos pos,
                         TokType close)
{
  Node *c = comprehension(p, kind, elt, value, pos);
  p_expect(p, close);
  return c;
}

/* (',' test)* [','] after the first test of a testlist, testlist_comp,
   listmaker or set display: the elements, first included. */
static NodeList test_tail(Parser *p, Node *first)
{
  Vec v = {0};
  vec_push(p, &v, first);
  while (p_accept(p, T_COMMA)) {
    if (!p_starts_test(p))
      break;
    vec_push(p, &v, p_test(p));
  }
  return vec_list(&v);
}

/* The rest of a tuple, list or set display after its first test, up to and
   including the closing bracket. */
static Node *seq_display(Parser *p, NodeKind kind, Node *first, Pos pos, TokType close)
{
  NodeList elts = test_tail(p, first);
  p_expect(p, close);
  Node *n = p_node(p, kind, pos);
  n->u.seq.elts = elts;
  return n;
}

/* atom: ('(' [yield_expr|testlist_comp] ')' |
          '[' [listmaker] ']' |
          '{' [dictorsetmaker] '}' |
          '`' testlist1 '`' |
          NAME | NUMBER | STRING+)
   testlist_comp: test ( comp_for | (',' test)* [','] )
   listmaker: test ( list_for | (',' test)* [','] )
   dictorsetmaker: ( (test ':' test (comp_for | (',' test ':' test)* [','])) |
                     (test (comp_for | (',' test)* [','])) )
   testlist1: test (',' test)* */
static Node *atom(Parser *p)
{
  Pos pos = p_pos(p);
  switch (TOK) {
  case T_LPAR: {
    p_next(p);
    if (TOK == T_RPAR) {
      p_next(p);
      return p_node(p, E_TUPLE, pos);
    }
    if (TOK == T_YIELD) {
      Node *y = p_yield_expr(p);
      p_expect(p, T_RPAR);
      return y;
    }
    Pos ipos = p_pos(p);
    Node *first = p_test(p);
    if (TOK == T_FOR)
      return closed_comp(p, E_GENEXP, first, NULL, ipos, T_RPAR);
    if (TOK != T_COMMA) {
      p_expect(p, T_RPAR);
      return first;
    }
    return seq_display(p, E_TUPLE, first, ipos, T_RPAR);
  }
  case T_LSQB: {
    p_next(p);
    if (p_accept(p, T_RSQB))
      return p_node(p, E_LIST, pos);
    Node *first = p_test(p);
    if (TOK == T_FOR)
      return closed_comp(p, E_LISTCOMP, first, NULL, pos, T_RSQB);
    return seq_display(p, E_LIST, first, pos, T_RSQB);
  }
  case T_LBRACE: {
    p_next(p);
    if (p_accept(p, T_RBRACE))
      return p_node(p, E_DICT, pos);
    Node *k = p_test(p);
    if (p_accept(p, T_COLON)) {
      Node *v = p_test(p);
      if (TOK == T_FOR)
        return closed_comp(p, E_DICTCOMP, k, v, pos, T_RBRACE);
      Vec keys = {0}, vals = {0};
      vec_push(p, &keys, k);
      vec_push(p, &vals, v);
      while (p_accept(p, T_COMMA)) {
        if (!p_starts_test(p))
          break;
        vec_push(p, &keys, p_test(p));
        p_expect(p, T_COLON);
        vec_push(p, &vals, p_test(p));
      }
      p_expect(p, T_RBRACE);
      Node *d = p_node(p, E_DICT, pos);
      d->u.dict.keys = vec_list(&keys);
      d->u.dict.values = vec_list(&vals);
      return d;
    }
    if (TOK == T_FOR)
      return closed_comp(p, E_SETCOMP, k, NULL, pos, T_RBRACE);
    return seq_display(p, E_SET, k, pos, T_RBRACE);
  }
  case T_BACKQUOTE: {
    p_next(p);
    Pos ipos = p_pos(p);
    Node *e = p_test(p);
    if (TOK == T_COMMA) {
      Vec v = {0};
      vec_push(p, &v, e);
      while (p_accept(p, T_COMMA))
        vec_push(p, &v, p_test(p));
      e = p_node(p, E_TUPLE, ipos);
      e->u.seq.elts = vec_list(&v);
    }
    p_expect(p, T_BACKQUOTE);
    Node *r = p_node(p, E_REPR, pos);
    r->u.repr.value = e;
    return r;
  }
  case T_NAME: {
    Node *n = p_node(p, E_NAME, pos);
    n->u.name.id = p_strdup(p, p->tok.s, p->tok.len);
    p_next(p);
    return n;
  }
  case T_NUMBER: {
    Node *n = number(p, &p->tok, false, pos);
    p_next(p);
    return n;
  }
  case T_STRING:
    return strings(p);
  default:
    p_syntax_error(p);
  }
}

/* ---- trailers ------------------------------------------------------------- */

typedef struct ArgItem {
  int kind;          /* 0 positional, 1 generator, 2 keyword, 3 *, 4 ** */
  Node *value;
  Node *key;         /* keyword: the expression left of '=' */
  int line;          /* start of the argument */
  LateErr err1;      /* errors found converting the key (or the value) */
  LateErr err2;      /* ... the value of a keyword argument */
} ArgItem;

/* arglist: (argument ',')* (argument [',']
                            |'*' test (',' argument)* [',' '**' test]
                            |'**' test)
   argument: test [comp_for] | test '=' test */
static void argument(Parser *p, ArgItem *it)
{
  Pos pos = p_pos(p);
  it->line = pos.line;
  Node *e = p_test(p);
  if (TOK == T_FOR) {
    it->kind = 1;
    it->value = comprehension(p, E_GENEXP, e, NULL, pos);
  } else if (TOK == T_EQUAL) {
    p_late_take(p, &it->err1);
    p_next(p);
    it->kind = 2;
    it->key = e;
    it->value = p_test(p);
    p_late_take(p, &it->err2);
    return;
  } else {
    it->kind = 0;
    it->value = e;
  }
  p_late_take(p, &it->err1);
}

/* The test after '*' (kind 3) or '**' (kind 4). */
static void star_arg(Parser *p, ArgItem *it, int kind)
{
  it->kind = kind;
  it->value = p_test(p);
  p_late_take(p, &it->err1);
}

static ArgItem *arg_slot(Parser *p, ArgItem **items, int *n, int *cap)
{
  if (*n == *cap) {
    int nc = *cap ? *cap * 2 : 8;
    ArgItem *ni = arena_alloc(p->a, sizeof *ni * (size_t)nc);
    if (*n)
      memcpy(ni, *items, sizeof *ni * (size_t)*n);
    *items = ni;
    *cap = nc;
  }
  return &(*items)[(*n)++];
}

/* Called with '(' current. The arguments are parsed in source order, each
   with its own late-error slot, then checked in CPython's ast_for_call
   order (which looks at the argument counts first). */
Node *p_arglist_call(Parser *p, Node *func, Pos start)
{
  p_next(p);
  Pos alpos = p_pos(p);
  LateErr outer;
  p_late_take(p, &outer);
  ArgItem *items = NULL;
  int n = 0, cap = 0;
  for (;;) {
    if (TOK == T_RPAR)
      break;
    ArgItem *it;
    if (TOK == T_STAR) {
      it = arg_slot(p, &items, &n, &cap);
      p_next(p);
      star_arg(p, it, 3);
      while (p_accept(p, T_COMMA)) {
        it = arg_slot(p, &items, &n, &cap);
        if (p_accept(p, T_DOUBLESTAR)) {
          star_arg(p, it, 4);
          break;
        }
        argument(p, it);
      }
      break;
    }
    it = arg_slot(p, &items, &n, &cap);
    if (TOK == T_DOUBLESTAR) {
      p_next(p);
      star_arg(p, it, 4);
      break;
    }
    argument(p, it);
    if (!p_accept(p, T_COMMA))
      break;
  }
  p_expect(p, T_RPAR);

  /* CPython ast_for_call */
  p_late_put(p, &outer);
  Node *c = p_node(p, E_CALL, start);
  c->u.call.func = func;
  int nargs = 0, nkw = 0, ngens = 0;
  for (int i = 0; i < n; i++) {
    if (items[i].kind == 0) nargs++;
    else if (items[i].kind == 1) ngens++;
    else if (items[i].kind == 2) nkw++;
  }
  if (ngens > 1 || (ngens && (nargs || nkw)))
    p_late_error(p, 2, alpos.line, "SyntaxError",
                 "Generator expression must be parenthesized if not sole argument");
  if (nargs + nkw + ngens > 255)
    p_late_error(p, 2, alpos.line, "SyntaxError", "more than 255 arguments");
  Vec args = {0};
  Keyword *kws = nkw ? arena_alloc(p->a, sizeof *kws * (size_t)nkw) : NULL;
  int kn = 0;
  bool vararg = false;
  for (int i = 0; i < n; i++) {
    ArgItem *it = &items[i];
    switch (it->kind) {
    case 0:
      if (kn)
        p_late_error(p, 2, it->line, "SyntaxError", "non-keyword arg after keyword arg");
      if (vararg)
        p_late_error(p, 2, it->line, "SyntaxError",
                     "only named arguments may follow *expression");
      p_late_put(p, &it->err1);
      vec_push(p, &args, it->value);
      break;
    case 1:
      p_late_put(p, &it->err1);
      vec_push(p, &args, it->value);
      break;
    case 2: {
      p_late_put(p, &it->err1);
      const char *name = it->key->kind == E_NAME ? it->key->u.name.id : "";
      if (it->key->kind == E_LAMBDA)
        p_late_error(p, 2, it->line, "SyntaxError", "lambda cannot contain assignment");
      else if (it->key->kind != E_NAME)
        p_late_error(p, 2, it->line, "SyntaxError", "keyword can't be an expression");
      else if (!forbidden(p, name, it->line)) {
        for (int k = 0; k < kn; k++) {
          if (strcmp(kws[k].name, name) == 0) {
            p_late_error(p, 2, it->line, "SyntaxError", "keyword argument repeated");
            break;
          }
        }
      }
      p_late_put(p, &it->err2);
      kws[kn].name = name;
      kws[kn].value = it->value;
      kn++;
      break;
    }
    case 3:
      p_late_put(p, &it->err1);
      c->u.call.starargs = it->value;
      vararg = true;
      break;
    case 4:
      p_late_put(p, &it->err1);
      c->u.call.kwargs = it->value;
      break;
    }
  }
  c->u.call.args = vec_list(&args);
  c->u.call.nkw = kn;
  c->u.call.keywords = kws;
  return c;
}

static bool starts_subscript(const Parser *p)
{
  return p_starts_test(p) || TOK == T_DOT || TOK == T_COLON;
}

/* subscript: '.' '.' '.' | test | [test] ':' [test] [sliceop]
   sliceop: ':' [test] */
static Node *subscript(Parser *p, bool *plain)
{
  Pos pos = p_pos(p);
  if (TOK == T_DOT) {
    p_next(p);
    p_expect(p, T_DOT);
    p_expect(p, T_DOT);
    *plain = false;
    return p_node(p, E_ELLIPSIS, pos);
  }
  Node *lower = NULL;
  if (TOK != T_COLON) {
    lower = p_test(p);
    if (TOK != T_COLON) {
      *plain = true;
      return lower;
    }
  }
  *plain = false;
  p_expect(p, T_COLON);
  Node *s = p_node(p, E_SLICE, pos);
  s->u.slice.lower = lower;
  if (p_starts_test(p))
    s->u.slice.upper = p_test(p);
  if (p_accept(p, T_COLON)) {
    s->u.slice.has_step = true;
    if (p_starts_test(p))
      s->u.slice.step = p_test(p);
  }
  return s;
}

/* trailer: '(' [arglist] ')' | '[' subscriptlist ']' | '.' NAME
   subscriptlist: subscript (',' subscript)* [','] */
static Node *trailer(Parser *p, Node *e)
{
  Pos epos = {e->line, e->col};
  if (TOK == T_LPAR)
    return p_arglist_call(p, e, epos);
  if (TOK == T_DOT) {
    p_next(p);
    if (TOK != T_NAME)
      p_syntax_error(p);
    Node *a = p_node(p, E_ATTR, epos);
    a->u.attr.value = e;
    a->u.attr.attr = p_strdup(p, p->tok.s, p->tok.len);
    p_next(p);
    return a;
  }
  /* '[' */
  p_next(p);
  Pos ipos = p_pos(p);
  bool plain;
  Node *first = subscript(p, &plain);
  Node *index = first;
  if (TOK == T_COMMA) {
    Vec v = {0};
    vec_push(p, &v, first);
    while (p_accept(p, T_COMMA)) {
      if (!starts_subscript(p))
        break;
      vec_push(p, &v, subscript(p, &plain));
    }
    index = p_node(p, E_TUPLE, ipos);
    index->u.seq.elts = vec_list(&v);
  }
  p_expect(p, T_RSQB);
  Node *s = p_node(p, E_SUBSCRIPT, epos);
  s->u.subscript.value = e;
  s->u.subscript.index = index;
  return s;
}

/* ---- operators ------------------------------------------------------------ */

/* power: atom trailer* ['**' factor] */
static Node *power(Parser *p, bool *bare_number, Token *numtok)
{
  Pos pos = p_pos(p);
  *bare_number = TOK == T_NUMBER;
  if (*bare_number)
    *numtok = p->tok;
  Node *e = atom(p);
  int ntrailers = 0;
  while (TOK == T_LPAR || TOK == T_LSQB || TOK == T_DOT) {
    *bare_number = false;
    p_chain(p);
    ntrailers++;
    e = trailer(p, e);
  }
  p->chain -= ntrailers;
  if (TOK == T_DOUBLESTAR) {
    *bare_number = false;
    p_next(p);
    p_enter(p);
    Node *r = factor(p);
    p->depth--;
    Node *b = p_node(p, E_BINOP, pos);
    b->u.binop.left = e;
    b->u.binop.op = OP_POW;
    b->u.binop.right = r;
    e = b;
  }
  return e;
}

/* factor: ('+'|'-'|'~') factor | power */
static Node *factor_ex(Parser *p, bool *bare_number, Token *numtok)
{
  Pos pos = p_pos(p);
  AstOp op;
  switch (TOK) {
  case T_PLUS: op = OP_UADD; break;
  case T_MINUS: op = OP_USUB; break;
  case T_TILDE: op = OP_INVERT; break;
  default:
    return power(p, bare_number, numtok);
  }
  p_enter(p);
  p_next(p);
  bool bare = false;
  Token nt;
  Node *operand = factor_ex(p, &bare, &nt);
  p->depth--;
  *bare_number = false;
  if (op == OP_USUB && bare) {
    /* CPython folds "-NUMBER" into a negative literal */
    Node *n = number(p, &nt, true, (Pos){operand->line, operand->col});
    if (n)
      return n;
  }
  Node *u = p_node(p, E_UNARYOP, pos);
  u->u.unary.op = op;
  u->u.unary.operand = operand;
  return u;
}

static Node *factor(Parser *p)
{
  bool bare;
  Token nt;
  return factor_ex(p, &bare, &nt);
}

/* term: factor (('*'|'/'|'%'|'//') factor)*
   arith_expr: term (('+'|'-') term)*
   shift_expr: arith_expr (('<<'|'>>') arith_expr)*
   and_expr: shift_expr ('&' shift_expr)*
   xor_expr: and_expr ('^' and_expr)*
   expr: xor_expr ('|' xor_expr)*
   (one function, by precedence level 0 = expr .. 5 = term) */
static bool binop_at(TokType t, int level, AstOp *op)
{
  switch (level) {
  case 0: if (t == T_VBAR) { *op = OP_BITOR; return true; } break;
  case 1: if (t == T_CIRCUMFLEX) { *op = OP_BITXOR; return true; } break;
  case 2: if (t == T_AMPER) { *op = OP_BITAND; return true; } break;
  case 3:
    if (t == T_LEFTSHIFT) { *op = OP_LSHIFT; return true; }
    if (t == T_RIGHTSHIFT) { *op = OP_RSHIFT; return true; }
    break;
  case 4:
    if (t == T_PLUS) { *op = OP_ADD; return true; }
    if (t == T_MINUS) { *op = OP_SUB; return true; }
    break;
  case 5:
    if (t == T_STAR) { *op = OP_MUL; return true; }
    if (t == T_SLASH) { *op = OP_DIV; return true; }
    if (t == T_PERCENT) { *op = OP_MOD; return true; }
    if (t == T_DOUBLESLASH) { *op = OP_FLOORDIV; return true; }
    break;
  }
  return false;
}

static Node *binary(Parser *p, int level)
{
  Pos pos = p_pos(p);
  Node *e = level == 5 ? factor(p) : binary(p, level + 1);
  AstOp op;
  bool first = true;
  int nops = 0;
  while (binop_at(TOK, level, &op)) {
    p_chain(p);
    nops++;
    /* CPython positions the first BinOp at the expression start and each
       further one at its operator */
    Pos opos = first ? pos : p_pos(p);
    first = false;
    p_next(p);
    Node *r = level == 5 ? factor(p) : binary(p, level + 1);
    Node *b = p_node(p, E_BINOP, opos);
    b->u.binop.left = e;
    b->u.binop.op = op;
    b->u.binop.right = r;
    e = b;
  }
  p->chain -= nops;
  return e;
}

Node *p_expr(Parser *p)
{
  return binary(p, 0);
}

/* comparison: expr (comp_op expr)*
   comp_op: '<'|'>'|'=='|'>='|'<='|'<>'|'!='|'in'|'not' 'in'|'is'|'is' 'not' */
static Node *comparison(Parser *p)
{
  Pos pos = p_pos(p);
  Node *e = p_expr(p);
  int n = 0, cap = 0;
  AstOp *ops = NULL;
  Node **cmps = NULL;
  for (;;) {
    AstOp op;
    switch (TOK) {
    case T_LESS: op = OP_LT; break;
    case T_GREATER: op = OP_GT; break;
    case T_EQEQUAL: op = OP_EQ; break;
    case T_GREATEREQUAL: op = OP_GE; break;
    case T_LESSEQUAL: op = OP_LE; break;
    case T_NOTEQUAL: op = OP_NE; break;
    case T_IN: op = OP_IN; break;
    case T_NOT: op = OP_NOTIN; break;
    case T_IS: op = OP_IS; break;
    default: goto done;
    }
    p_next(p);
    if (op == OP_NOTIN)
      p_expect(p, T_IN);
    else if (op == OP_IS && p_accept(p, T_NOT))
      op = OP_ISNOT;
    if (n == cap) {
      int nc = cap ? cap * 2 : 2;
      AstOp *no = arena_alloc(p->a, sizeof *no * (size_t)nc);
      Node **nn = arena_alloc(p->a, sizeof *nn * (size_t)nc);
      if (n) {
        memcpy(no, ops, sizeof *no * (size_t)n);
        memcpy(nn, cmps, sizeof *nn * (size_t)n);
      }
      ops = no;
      cmps = nn;
      cap = nc;
    }
    ops[n] = op;
    cmps[n] = p_expr(p);
    n++;
  }
done:
  if (n == 0)
    return e;
  Node *c = p_node(p, E_COMPARE, pos);
  c->u.compare.left = e;
  c->u.compare.n = n;
  c->u.compare.ops = ops;
  c->u.compare.comparators = cmps;
  return c;
}

/* not_test: 'not' not_test | comparison */
static Node *not_test(Parser *p)
{
  if (TOK != T_NOT)
    return comparison(p);
  Pos pos = p_pos(p);
  p_enter(p);
  p_next(p);
  Node *operand = not_test(p);
  p->depth--;
  Node *u = p_node(p, E_UNARYOP, pos);
  u->u.unary.op = OP_NOT;
  u->u.unary.operand = operand;
  return u;
}

/* and_test: not_test ('and' not_test)*
   or_test: and_test ('or' and_test)* */
static Node *boolop(Parser *p, bool is_or)
{
  Pos pos = p_pos(p);
  TokType t = is_or ? T_OR : T_AND;
  Node *e = is_or ? boolop(p, false) : not_test(p);
  if (TOK != t)
    return e;
  Vec v = {0};
  vec_push(p, &v, e);
  while (p_accept(p, t))
    vec_push(p, &v, is_or ? boolop(p, false) : not_test(p));
  Node *b = p_node(p, E_BOOLOP, pos);
  b->u.boolop.op = is_or ? OP_OR : OP_AND;
  b->u.boolop.values = vec_list(&v);
  return b;
}

Node *p_or_test(Parser *p)
{
  return boolop(p, true);
}

/* test: or_test ['if' or_test 'else' test] | lambdef */
Node *p_test(Parser *p)
{
  if (TOK == T_LAMBDA)
    return lambdef(p, false);
  Pos pos = p_pos(p);
  p_enter(p);
  Node *e = p_or_test(p);
  if (TOK == T_IF) {
    p_next(p);
    Node *cond = p_or_test(p);
    p_expect(p, T_ELSE);
    Node *orelse = p_test(p);
    Node *x = p_node(p, E_IFEXP, pos);
    x->u.ifexp.test = cond;
    x->u.ifexp.body = e;
    x->u.ifexp.orelse = orelse;
    e = x;
  }
  p->depth--;
  return e;
}

/* old_test: or_test | old_lambdef */
Node *p_old_test(Parser *p)
{
  if (TOK == T_LAMBDA)
    return lambdef(p, true);
  p_enter(p);
  Node *e = p_or_test(p);
  p->depth--;
  return e;
}

/* testlist: test (',' test)* [','] */
Node *p_testlist(Parser *p)
{
  Pos pos = p_pos(p);
  Node *e = p_test(p);
  if (TOK != T_COMMA)
    return e;
  NodeList elts = test_tail(p, e);
  Node *t = p_node(p, E_TUPLE, pos);
  t->u.seq.elts = elts;
  return t;
}

/* exprlist: expr (',' expr)* [','] -- with ctx != LOAD each element is
   checked as a target on its own (CPython ast_for_exprlist). *bare_tuple is
   set when the result is a tuple made by the commas here. */
Node *p_exprlist(Parser *p, ExprCtx ctx, bool *bare_tuple)
{
  Pos pos = p_pos(p);
  Node *e = p_expr(p);
  if (ctx != CTX_LOAD)
    p_set_context(p, e, ctx, pos.line);
  if (bare_tuple)
    *bare_tuple = false;
  if (TOK != T_COMMA)
    return e;
  Vec v = {0};
  vec_push(p, &v, e);
  while (p_accept(p, T_COMMA)) {
    if (!p_starts_expr(p))
      break;
    Pos epos = p_pos(p);
    Node *x = p_expr(p);
    if (ctx != CTX_LOAD)
      p_set_context(p, x, ctx, epos.line);
    vec_push(p, &v, x);
  }
  Node *t = p_node(p, E_TUPLE, pos);
  t->u.seq.elts = vec_list(&v);
  t->u.seq.ctx = ctx;
  if (bare_tuple)
    *bare_tuple = true;
  return t;
}

/* yield_expr: 'yield' [testlist] */
Node *p_yield_expr(Parser *p)
{
  Node *y = p_node(p, E_YIELD, p_pos(p));
  p_expect(p, T_YIELD);
  if (p_starts_test(p))
    y->u.yield.value = p_testlist(p);
  return y;
}

/* ---- parameters ------------------------------------------------------------ */

/* fpdef: NAME | '(' fplist ')'
   fplist: fpdef (',' fpdef)* [','] */
static Node *fpdef(Parser *p)
{
  Pos pos = p_pos(p);
  if (TOK == T_NAME) {
    Node *n = p_node(p, E_NAME, pos);
    n->u.name.id = p_strdup(p, p->tok.s, p->tok.len);
    n->u.name.ctx = CTX_PARAM;
    p_next(p);
    return n;
  }
  p_expect(p, T_LPAR);
  Pos ipos = p_pos(p);
  Node *first = fpdef(p);
  if (TOK != T_COMMA) {
    p_expect(p, T_RPAR);
    return first;          /* (x) is just x */
  }
  Vec v = {0};
  vec_push(p, &v, first);
  while (p_accept(p, T_COMMA)) {
    if (TOK != T_NAME && TOK != T_LPAR)
      break;
    vec_push(p, &v, fpdef(p));
  }
  p_expect(p, T_RPAR);
  Node *t = p_node(p, E_TUPLE, ipos);
  t->u.seq.elts = vec_list(&v);
  t->u.seq.ctx = CTX_PARAM;
  return t;
}

/* CPython's forbidden_check on parameter names: a top-level name reports
   at the parameter list's line, a name inside a tuple at the tuple's. */
static bool param_forbidden(Parser *p, Node *a, int line)
{
  if (a->kind == E_NAME)
    return forbidden(p, a->u.name.id, line);
  for (int i = 0; i < a->u.seq.elts.n; i++)
    if (param_forbidden(p, a->u.seq.elts.items[i], a->line))
      return true;
  return false;
}

/* Names bound by the parameters, in CPython symtable order, for the
   duplicate check. */
static void collect_params(Parser *p, const NodeList *args, bool top, Vec *names);

static void collect_nested(Parser *p, const NodeList *args, Vec *names)
{
  for (int i = 0; i < args->n; i++) {
    Node *a = args->items[i];
    if (a->kind == E_TUPLE)
      collect_params(p, &a->u.seq.elts, false, names);
  }
}

static void collect_params(Parser *p, const NodeList *args, bool top, Vec *names)
{
  for (int i = 0; i < args->n; i++) {
    Node *a = args->items[i];
    if (a->kind == E_NAME)
      vec_push(p, names, a);
  }
  if (!top)
    collect_nested(p, args, names);
}

static void check_duplicates(Parser *p, Arguments *args, int line)
{
  Vec names = {0};
  collect_params(p, &args->args, true, &names);
  int ntop = names.n;
  Node vn, kn;
  memset(&vn, 0, sizeof vn);
  memset(&kn, 0, sizeof kn);
  if (args->vararg) {
    vn.kind = E_NAME;
    vn.u.name.id = args->vararg;
    vec_push(p, &names, &vn);
  }
  if (args->kwarg) {
    kn.kind = E_NAME;
    kn.u.name.id = args->kwarg;
    vec_push(p, &names, &kn);
  }
  (void)ntop;
  collect_nested(p, &args->args, &names);
  for (int i = 1; i < names.n; i++) {
    for (int j = 0; j < i; j++) {
      if (strcmp(names.items[i]->u.name.id, names.items[j]->u.name.id) == 0) {
        char buf[300];
        snprintf(buf, sizeof buf, "duplicate argument '%s' in function definition",
                 names.items[i]->u.name.id);
        p_late_error(p, 1, line, "SyntaxError", buf);
        return;
      }
    }
  }
}

/* The NAME after '*' or '**' in a varargslist. */
static const char *star_name(Parser *p)
{
  if (TOK != T_NAME)
    p_syntax_error(p);
  forbidden(p, arena_strndup(p->a, p->tok.s, p->tok.len), p_pos(p).line);
  const char *name = p_strdup(p, p->tok.s, p->tok.len);
  p_next(p);
  return name;
}

/* varargslist: ((fpdef ['=' test] ',')*
                 ('*' NAME [',' '**' NAME] | '**' NAME) |
                 fpdef ['=' test] (',' fpdef ['=' test])* [','])
   `end` is the token that closes the list (')' for def, ':' for lambda);
   owner_line is the line of the def / lambda for the duplicate check. */
Arguments *p_varargslist(Parser *p, TokType end, Pos owner)
{
  Arguments *a = arena_alloc(p->a, sizeof *a);
  Vec args = {0}, defaults = {0};
  int list_line = p_pos(p).line;
  bool found_default = false, reported = false;
  (void)end;
  for (;;) {
    if (TOK == T_STAR) {
      p_next(p);
      a->vararg = star_name(p);
      if (p_accept(p, T_COMMA)) {
        p_expect(p, T_DOUBLESTAR);
        a->kwarg = star_name(p);
      }
      break;
    }
    if (TOK == T_DOUBLESTAR) {
      p_next(p);
      a->kwarg = star_name(p);
      break;
    }
    if (TOK != T_NAME && TOK != T_LPAR)
      p_syntax_error(p);
    Node *arg = fpdef(p);
    vec_push(p, &args, arg);
    if (p_accept(p, T_EQUAL)) {
      vec_push(p, &defaults, p_test(p));
      found_default = true;
    } else if (found_default && !reported) {
      p_late_error(p, 2, list_line, "SyntaxError",
                   "non-default argument follows default argument");
      reported = true;
    }
    param_forbidden(p, arg, list_line);
    if (!p_accept(p, T_COMMA))
      break;
    if (TOK != T_NAME && TOK != T_LPAR && TOK != T_STAR && TOK != T_DOUBLESTAR)
      break;
  }
  a->args = vec_list(&args);
  a->defaults = vec_list(&defaults);
  check_duplicates(p, a, owner.line);
  return a;
}

/* lambdef: 'lambda' [varargslist] ':' test
   old_lambdef: 'lambda' [varargslist] ':' old_test */
static Node *lambdef(Parser *p, bool old)
{
  Pos pos = p_pos(p);
  p_enter(p);
  p_expect(p, T_LAMBDA);
  Arguments *args;
  if (TOK == T_COLON)
    args = arena_alloc(p->a, sizeof *args);
  else
    args = p_varargslist(p, T_COLON, pos);
  p_expect(p, T_COLON);
  Node *body = old ? p_old_test(p) : p_test(p);
  p->depth--;
  Node *l = p_node(p, E_LAMBDA, pos);
  l->u.lambda.args = args;
  l->u.lambda.body = body;
  return l;
}
