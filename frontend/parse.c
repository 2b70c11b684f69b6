/*
** parse.c: the statement half of the Python 2.7 recursive-descent parser
** and its driver, parse_source(). Each parse function has its grammar rule
** (CPython 2.7's Grammar/Grammar) written above it. Errors found while
** parsing are reported at once, at the token CPython's LL(1) parser would
** reject; the checks CPython makes afterwards (ast.c, symtable.c) are kept
** as "late" errors and reported only if the whole input parses, in the order
** CPython would find them.
*/
#define RPY_PARSE_INTERNAL
#include "parse.h"

#include <stdio.h>
#include <string.h>

#define TOK (p->tok.type)

/* ---- helpers ----------------------------------------------------------- */

Pos p_pos(const Parser *p)
{
  Pos pos = {p->tok.line, p->tok.col};
  return pos;
}

Node *p_node(Parser *p, NodeKind k, Pos pos)
{
  Node *n = arena_alloc(p->a, sizeof *n);
  n->kind = k;
  n->line = pos.line;
  n->col = pos.col;
  return n;
}

char *p_strdup(Parser *p, const char *s, size_t n)
{
  return arena_strndup(p->a, s, n);
}

void vec_push(Parser *p, Vec *v, Node *n)
{
  if (v->n == v->cap) {
    int nc = v->cap ? v->cap * 2 : 4;
    Node **ni = arena_alloc(p->a, sizeof *ni * (size_t)nc);
    if (v->n)
      memcpy(ni, v->items, sizeof *ni * (size_t)v->n);
    v->items = ni;
    v->cap = nc;
  }
  v->items[v->n++] = n;
}

NodeList vec_list(const Vec *v)
{
  NodeList l = {v->n, v->items};
  return l;
}

/* ---- errors -------------------------------------------------------------- */

static void copy_text(SyntaxErr *e, const char *s, size_t n)
{
  if (n >= sizeof e->text)
    n = sizeof e->text - 1;
  memcpy(e->text, s, n);
  e->text[n] = '\0';
}

_Noreturn void p_error_at(Parser *p, const Token *t, const char *kind, const char *msg)
{
  SyntaxErr *e = p->err;
  size_t srclen;
  const char *src = lex_source(p->lx, &srclen);
  e->kind = kind;
  snprintf(e->msg, sizeof e->msg, "%s", msg);
  e->line = t->eline;
  /* CPython print_error_text: find the line of the (possibly multi-line)
     buffer text that holds the offset */
  /* CPython's err_input: the tokenizer's whole buffer (several lines for a
     token that spans lines) and the raw offset into it; the traceback
     printer picks the line and places the caret (print_error_text) */
  copy_text(e, src + t->etext, t->etextlen);
  e->col = t->eoff;
  longjmp(p->jb, 1);
}

/* The parser cannot use the current token (CPython err_input, E_SYNTAX). */
_Noreturn void p_syntax_error(Parser *p)
{
  const Token *t = &p->tok;
  if (t->eat_eof && t->eline <= 1)
    p_error_at(p, t, "SyntaxError", "unexpected EOF while parsing");
  if (t->type == T_INDENT)
    p_error_at(p, t, "IndentationError", "unexpected indent");
  if (t->type == T_DEDENT)
    p_error_at(p, t, "IndentationError", "unexpected unindent");
  p_error_at(p, t, "SyntaxError", "invalid syntax");
}

static _Noreturn void expected_indent(Parser *p)
{
  const Token *t = &p->tok;
  if (t->eat_eof && t->eline <= 1)
    p_error_at(p, t, "SyntaxError", "unexpected EOF while parsing");
  p_error_at(p, t, "IndentationError", "expected an indented block");
}

static _Noreturn void lex_fail(Parser *p)
{
  const Token *t = &p->tok;
  switch (lex_error(p->lx)) {
  case LEX_E_EOLS:
    p_error_at(p, t, "SyntaxError", "EOL while scanning string literal");
  case LEX_E_EOFS:
    p_error_at(p, t, "SyntaxError", "EOF while scanning triple-quoted string literal");
  case LEX_E_DEDENT:
    p_error_at(p, t, "IndentationError",
               "unindent does not match any outer indentation level");
  case LEX_E_TOODEEP:
    p_error_at(p, t, "IndentationError", "too many levels of indentation");
  case LEX_E_LINECONT:
    p_error_at(p, t, "SyntaxError",
               "unexpected character after line continuation character");
  case LEX_E_NONASCII: {
    SyntaxErr *e = p->err;
    char buf[600];
    e->kind = "SyntaxError";
    snprintf(buf, sizeof buf,
             "Non-ASCII character '\\x%.2x' in file %.200s on line %i, but no encoding "
             "declared; see http://python.org/dev/peps/pep-0263/ for details",
             t->eoff, p->filename, (int)t->etextlen);
    size_t n = strlen(buf);
    if (n >= sizeof e->msg)
      n = sizeof e->msg - 1;
    memcpy(e->msg, buf, n);
    e->msg[n] = '\0';
    e->line = t->eline;
    e->col = -1;
    e->text[0] = '\0';
    longjmp(p->jb, 1);
  }
  default:
    p_error_at(p, t, "SyntaxError", "invalid token");
  }
}

void p_next(Parser *p)
{
  lex_next(p->lx, &p->tok);
  if (p->tok.type == T_ERRORTOKEN)
    lex_fail(p);
}

bool p_accept(Parser *p, TokType t)
{
  if (TOK != t)
    return false;
  p_next(p);
  return true;
}

void p_expect(Parser *p, TokType t)
{
  if (TOK != t)
    p_syntax_error(p);
  p_next(p);
}

void p_enter(Parser *p)
{
  if (++p->depth > PARSE_MAX_DEPTH)
    p_error_at(p, &p->tok, "SyntaxError", "too many nested parentheses");
}

/* One more operator or trailer deepening the tree: bound it so that the
   recursive passes over the tree (compiler, dump) cannot overflow. */
void p_chain(Parser *p)
{
  if (++p->chain > PARSE_MAX_CHAIN)
    p_error_at(p, &p->tok, "SyntaxError", "expression too long");
}

void p_late_put(Parser *p, const LateErr *e)
{
  if (e->level > p->late.level)
    p->late = *e;
}

void p_late_take(Parser *p, LateErr *out)
{
  *out = p->late;
  p->late.level = 0;
}

void p_late_error(Parser *p, int level, int line, const char *kind, const char *msg)
{
  if (level <= p->late.level)
    return;
  p->late.level = level;
  p->late.kind = kind;
  p->late.line = line;
  snprintf(p->late.msg, sizeof p->late.msg, "%s", msg);
}

/* Replay the late errors of parts parsed in source order in the order
   CPython converts them: ast-level errors in `order`, symtable-level ones in
   source order. */
static void late_replay(Parser *p, const LateErr *outer, const LateErr *parts,
                        const int *order, int n)
{
  p->late.level = 0;
  p_late_put(p, outer);
  for (int i = 0; i < n; i++)
    if (parts[order[i]].level == 2)
      p_late_put(p, &parts[order[i]]);
  for (int i = 0; i < n; i++)
    p_late_put(p, &parts[i]);
}

/* ---- statements ------------------------------------------------------------ */

static void stmt(Parser *p, Vec *out);
static NodeList suite(Parser *p);

static bool augassign_op(TokType t, AstOp *op)
{
  switch (t) {
  case T_PLUSEQUAL: *op = OP_ADD; return true;
  case T_MINEQUAL: *op = OP_SUB; return true;
  case T_STAREQUAL: *op = OP_MUL; return true;
  case T_SLASHEQUAL: *op = OP_DIV; return true;
  case T_PERCENTEQUAL: *op = OP_MOD; return true;
  case T_AMPEREQUAL: *op = OP_BITAND; return true;
  case T_VBAREQUAL: *op = OP_BITOR; return true;
  case T_CIRCUMFLEXEQUAL: *op = OP_BITXOR; return true;
  case T_LEFTSHIFTEQUAL: *op = OP_LSHIFT; return true;
  case T_RIGHTSHIFTEQUAL: *op = OP_RSHIFT; return true;
  case T_DOUBLESTAREQUAL: *op = OP_POW; return true;
  case T_DOUBLESLASHEQUAL: *op = OP_FLOORDIV; return true;
  default: return false;
  }
}

/* expr_stmt: testlist (augassign (yield_expr|testlist) |
                        ('=' (yield_expr|testlist))*)
   augassign: ('+=' | '-=' | '*=' | '/=' | '%=' | '&=' | '|=' | '^=' |
               '<<=' | '>>=' | '**=' | '//=') */
static Node *expr_stmt(Parser *p)
{
  Pos pos = p_pos(p);
  Node *lhs = p_testlist(p);
  AstOp op;
  if (augassign_op(TOK, &op)) {
    if (p_set_context(p, lhs, CTX_STORE, pos.line)) {
      switch (lhs->kind) {
      case E_NAME: lhs->u.name.ctx = CTX_AUGSTORE; break;
      case E_ATTR: lhs->u.attr.ctx = CTX_AUGSTORE; break;
      case E_SUBSCRIPT: lhs->u.subscript.ctx = CTX_AUGSTORE; break;
      default:
        p_late_error(p, 2, pos.line, "SyntaxError",
                     "illegal expression for augmented assignment");
      }
    }
    p_next(p);
    Node *n = p_node(p, S_AUGASSIGN, pos);
    n->u.augassign.target = lhs;
    n->u.augassign.op = op;
    n->u.augassign.value = TOK == T_YIELD ? p_yield_expr(p) : p_testlist(p);
    return n;
  }
  if (TOK != T_EQUAL) {
    Node *n = p_node(p, S_EXPR, pos);
    n->u.expr.value = lhs;
    return n;
  }
  Vec targets = {0};
  Node *value = lhs;
  int vline = pos.line;
  while (TOK == T_EQUAL) {
    /* value is a target after all */
    p_set_context(p, value, CTX_STORE, vline);
    vec_push(p, &targets, value);
    p_next(p);
    vline = p_pos(p).line;
    if (TOK == T_YIELD) {
      value = p_yield_expr(p);
      if (TOK == T_EQUAL)
        p_late_error(p, 2, vline, "SyntaxError",
                     "assignment to yield expression not possible");
    } else {
      value = p_testlist(p);
    }
  }
  Node *n = p_node(p, S_ASSIGN, pos);
  n->u.assign.targets = vec_list(&targets);
  n->u.assign.value = value;
  return n;
}

/* print_stmt: 'print' ( [ test (',' test)* [','] ] |
                         '>>' test [ (',' test)+ [','] ] ) */
static Node *print_stmt(Parser *p)
{
  Node *n = p_node(p, S_PRINT, p_pos(p));
  Vec values = {0};
  p_expect(p, T_PRINT);
  n->u.print.nl = true;
  if (p_accept(p, T_RIGHTSHIFT)) {
    n->u.print.dest = p_test(p);
    if (p_accept(p, T_COMMA)) {
      vec_push(p, &values, p_test(p));
      while (p_accept(p, T_COMMA)) {
        if (!p_starts_test(p)) {
          n->u.print.nl = false;
          break;
        }
        vec_push(p, &values, p_test(p));
      }
    }
  } else if (p_starts_test(p)) {
    vec_push(p, &values, p_test(p));
    while (p_accept(p, T_COMMA)) {
      if (!p_starts_test(p)) {
        n->u.print.nl = false;
        break;
      }
      vec_push(p, &values, p_test(p));
    }
  }
  n->u.print.values = vec_list(&values);
  return n;
}

/* del_stmt: 'del' exprlist */
static Node *del_stmt(Parser *p)
{
  Node *n = p_node(p, S_DEL, p_pos(p));
  p_expect(p, T_DEL);
  bool bare;
  Node *t = p_exprlist(p, CTX_DEL, &bare);
  if (bare) {
    n->u.del.targets = t->u.seq.elts;
  } else {
    Vec v = {0};
    vec_push(p, &v, t);
    n->u.del.targets = vec_list(&v);
  }
  return n;
}

/* return_stmt: 'return' [testlist] */
static Node *return_stmt(Parser *p)
{
  Node *n = p_node(p, S_RETURN, p_pos(p));
  p_expect(p, T_RETURN);
  if (p_starts_test(p))
    n->u.ret.value = p_testlist(p);
  return n;
}

/* raise_stmt: 'raise' [test [',' test [',' test]]] */
static Node *raise_stmt(Parser *p)
{
  Node *n = p_node(p, S_RAISE, p_pos(p));
  p_expect(p, T_RAISE);
  if (p_starts_test(p)) {
    n->u.raise.type = p_test(p);
    if (p_accept(p, T_COMMA)) {
      n->u.raise.inst = p_test(p);
      if (p_accept(p, T_COMMA))
        n->u.raise.tback = p_test(p);
    }
  }
  return n;
}

/* dotted_name: NAME ('.' NAME)* */
static const char *dotted_name(Parser *p, int *ncomp)
{
  if (TOK != T_NAME)
    p_syntax_error(p);
  const char *start = p->tok.s;
  size_t len = p->tok.len;
  char *buf = p_strdup(p, start, len);
  *ncomp = 1;
  p_next(p);
  while (TOK == T_DOT) {
    p_next(p);
    if (TOK != T_NAME)
      p_syntax_error(p);
    size_t bl = strlen(buf);
    char *nb = arena_alloc(p->a, bl + 1 + p->tok.len + 1);
    memcpy(nb, buf, bl);
    nb[bl] = '.';
    memcpy(nb + bl + 1, p->tok.s, p->tok.len);
    buf = nb;
    (*ncomp)++;
    p_next(p);
  }
  return buf;
}

static const char *name_token(Parser *p)
{
  if (TOK != T_NAME)
    p_syntax_error(p);
  const char *s = p_strdup(p, p->tok.s, p->tok.len);
  p_next(p);
  return s;
}

static bool forbidden_name(Parser *p, const char *name, int line)
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

/* import_name: 'import' dotted_as_names
   dotted_as_names: dotted_as_name (',' dotted_as_name)*
   dotted_as_name: dotted_name ['as' NAME] */
static Node *import_name(Parser *p)
{
  Node *n = p_node(p, S_IMPORT, p_pos(p));
  p_expect(p, T_IMPORT);
  int cap = 4, cnt = 0;
  Alias *names = arena_alloc(p->a, sizeof *names * (size_t)cap);
  do {
    if (cnt == cap) {
      Alias *nn = arena_alloc(p->a, sizeof *nn * (size_t)cap * 2);
      memcpy(nn, names, sizeof *nn * (size_t)cap);
      names = nn;
      cap *= 2;
    }
    Alias *al = &names[cnt++];
    int line = p_pos(p).line, ncomp;
    al->name = dotted_name(p, &ncomp);
    if (p_accept(p, T_AS)) {
      int aline = p_pos(p).line;
      al->asname = name_token(p);
      forbidden_name(p, al->asname, aline);
    } else if (ncomp == 1) {
      forbidden_name(p, al->name, line);
    }
  } while (p_accept(p, T_COMMA));
  n->u.import.n = cnt;
  n->u.import.names = names;
  return n;
}

/* import_from: ('from' ('.'* dotted_name | '.'+)
                 'import' ('*' | '(' import_as_names ')' | import_as_names))
   import_as_names: import_as_name (',' import_as_name)* [',']
   import_as_name: NAME ['as' NAME] */
static Node *import_from(Parser *p)
{
  Node *n = p_node(p, S_IMPORTFROM, p_pos(p));
  p_expect(p, T_FROM);
  int level = 0, ncomp = 0;
  while (TOK == T_DOT) {
    level++;
    p_next(p);
  }
  if (level == 0 || TOK == T_NAME)
    n->u.importfrom.module = dotted_name(p, &ncomp);
  n->u.importfrom.level = level;
  p_expect(p, T_IMPORT);
  if (p_accept(p, T_STAR))
    return n;
  bool paren = p_accept(p, T_LPAR);
  int cap = 4, cnt = 0;
  Alias *names = arena_alloc(p->a, sizeof *names * (size_t)cap);
  int *lines = arena_alloc(p->a, sizeof(int) * 2 * (size_t)cap);
  int list_line = p_pos(p).line;
  bool trailing = false;
  for (;;) {
    if (cnt == cap) {
      Alias *nn = arena_alloc(p->a, sizeof *nn * (size_t)cap * 2);
      int *nl = arena_alloc(p->a, sizeof(int) * 4 * (size_t)cap);
      memcpy(nn, names, sizeof *nn * (size_t)cap);
      memcpy(nl, lines, sizeof(int) * 2 * (size_t)cap);
      names = nn;
      lines = nl;
      cap *= 2;
    }
    Alias *al = &names[cnt];
    lines[2 * cnt] = p_pos(p).line;
    al->name = name_token(p);
    if (p_accept(p, T_AS)) {
      lines[2 * cnt + 1] = p_pos(p).line;
      al->asname = name_token(p);
    }
    cnt++;
    if (!p_accept(p, T_COMMA))
      break;
    if (TOK != T_NAME) {
      trailing = true;
      break;
    }
  }
  if (paren)
    p_expect(p, T_RPAR);
  if (trailing && !paren)
    p_late_error(p, 2, list_line, "SyntaxError",
                 "trailing comma not allowed without surrounding parentheses");
  for (int i = 0; i < cnt; i++) {
    if (names[i].asname) {
      if (forbidden_name(p, names[i].asname, lines[2 * i + 1]))
        break;
    } else if (forbidden_name(p, names[i].name, lines[2 * i])) {
      break;
    }
  }
  n->u.importfrom.n = cnt;
  n->u.importfrom.names = names;

  /* CPython's parser (future_hack) switches `print` to a name, and string
     literals to unicode, as soon as it has seen such an import anywhere */
  const char *mod = n->u.importfrom.module;
  if ((level == 0 && (ncomp > 1 || strcmp(mod, "__future__") == 0)) ||
      (level == 1 && !mod)) {
    for (int i = 0; i < cnt; i++) {
      if (strcmp(names[i].name, "print_function") == 0) {
        p->print_function = true;
        lex_set_print_function(p->lx, true);
      } else if (strcmp(names[i].name, "unicode_literals") == 0) {
        p->unicode_literals = true;
      }
    }
  }
  return n;
}

/* global_stmt: 'global' NAME (',' NAME)* */
static Node *global_stmt(Parser *p)
{
  Node *n = p_node(p, S_GLOBAL, p_pos(p));
  p_expect(p, T_GLOBAL);
  int cap = 4, cnt = 0;
  const char **names = arena_alloc(p->a, sizeof *names * (size_t)cap);
  do {
    if (cnt == cap) {
      const char **nn = arena_alloc(p->a, sizeof *nn * (size_t)cap * 2);
      memcpy(nn, names, sizeof *nn * (size_t)cap);
      names = nn;
      cap *= 2;
    }
    names[cnt++] = name_token(p);
  } while (p_accept(p, T_COMMA));
  n->u.global.n = cnt;
  n->u.global.names = names;
  return n;
}

/* exec_stmt: 'exec' expr ['in' test [',' test]] */
static Node *exec_stmt(Parser *p)
{
  Node *n = p_node(p, S_EXEC, p_pos(p));
  p_expect(p, T_EXEC);
  n->u.exec.body = p_expr(p);
  if (p_accept(p, T_IN)) {
    n->u.exec.globals = p_test(p);
    if (p_accept(p, T_COMMA))
      n->u.exec.locals = p_test(p);
  }
  return n;
}

/* assert_stmt: 'assert' test [',' test] */
static Node *assert_stmt(Parser *p)
{
  Node *n = p_node(p, S_ASSERT, p_pos(p));
  p_expect(p, T_ASSERT);
  n->u.assert_.test = p_test(p);
  if (p_accept(p, T_COMMA))
    n->u.assert_.msg = p_test(p);
  return n;
}

/* small_stmt: (expr_stmt | print_stmt  | del_stmt | pass_stmt | flow_stmt |
                import_stmt | global_stmt | exec_stmt | assert_stmt)
   flow_stmt: break_stmt | continue_stmt | return_stmt | raise_stmt | yield_stmt
   pass_stmt: 'pass'   break_stmt: 'break'   continue_stmt: 'continue'
   yield_stmt: yield_expr
   import_stmt: import_name | import_from */
static Node *small_stmt(Parser *p)
{
  Pos pos = p_pos(p);
  Node *n;
  switch (TOK) {
  case T_PRINT: return print_stmt(p);
  case T_DEL: return del_stmt(p);
  case T_PASS: n = p_node(p, S_PASS, pos); p_next(p); return n;
  case T_BREAK: n = p_node(p, S_BREAK, pos); p_next(p); return n;
  case T_CONTINUE: n = p_node(p, S_CONTINUE, pos); p_next(p); return n;
  case T_RETURN: return return_stmt(p);
  case T_RAISE: return raise_stmt(p);
  case T_YIELD:
    n = p_node(p, S_EXPR, pos);
    n->u.expr.value = p_yield_expr(p);
    return n;
  case T_IMPORT: return import_name(p);
  case T_FROM: return import_from(p);
  case T_GLOBAL: return global_stmt(p);
  case T_EXEC: return exec_stmt(p);
  case T_ASSERT: return assert_stmt(p);
  default: return expr_stmt(p);
  }
}

/* simple_stmt: small_stmt (';' small_stmt)* [';'] NEWLINE */
static void simple_stmt(Parser *p, Vec *out)
{
  vec_push(p, out, small_stmt(p));
  while (p_accept(p, T_SEMI)) {
    if (TOK == T_NEWLINE)
      break;
    vec_push(p, out, small_stmt(p));
  }
  p_expect(p, T_NEWLINE);
}

/* suite: simple_stmt | NEWLINE INDENT stmt+ DEDENT */
static NodeList suite(Parser *p)
{
  Vec v = {0};
  if (TOK != T_NEWLINE) {
    simple_stmt(p, &v);
    return vec_list(&v);
  }
  p_next(p);
  if (TOK != T_INDENT)
    expected_indent(p);
  p_next(p);
  do {
    stmt(p, &v);
  } while (TOK != T_DEDENT);
  p_next(p);
  return vec_list(&v);
}

/* ':' suite, as one part whose late errors are kept in *err */
static NodeList colon_suite(Parser *p, LateErr *err)
{
  p_expect(p, T_COLON);
  NodeList l = suite(p);
  if (err)
    p_late_take(p, err);
  return l;
}

typedef struct Parts {     /* late-error slots of a statement's parts */
  LateErr *e;
  int n, cap;
} Parts;

static LateErr *part(Parser *p, Parts *ps)
{
  if (ps->n == ps->cap) {
    int nc = ps->cap ? ps->cap * 2 : 4;
    LateErr *ne = arena_alloc(p->a, sizeof *ne * (size_t)nc);
    if (ps->n)
      memcpy(ne, ps->e, sizeof *ne * (size_t)ps->n);
    ps->e = ne;
    ps->cap = nc;
  }
  return &ps->e[ps->n++];
}

/* if_stmt: 'if' test ':' suite ('elif' test ':' suite)* ['else' ':' suite] */
static Node *if_stmt(Parser *p)
{
  LateErr outer;
  p_late_take(p, &outer);
  Parts ps = {0};
  Node *n = p_node(p, S_IF, p_pos(p));
  p_expect(p, T_IF);
  n->u.if_.test = p_test(p);
  n->u.if_.body = colon_suite(p, part(p, &ps));
  Node *cur = n;
  int nelif = 0;
  while (TOK == T_ELIF) {
    p_next(p);
    Node *e = p_node(p, S_IF, p_pos(p));
    e->u.if_.test = p_test(p);
    e->u.if_.body = colon_suite(p, part(p, &ps));
    Vec v = {0};
    vec_push(p, &v, e);
    cur->u.if_.orelse = vec_list(&v);
    cur = e;
    nelif++;
  }
  bool has_else = false;
  if (p_accept(p, T_ELSE)) {
    cur->u.if_.orelse = colon_suite(p, part(p, &ps));
    has_else = true;
  }
  /* CPython ast_for_if_stmt converts the last elif (with the else) first,
     then the other elifs backwards, then the if */
  int *order = arena_alloc(p->a, sizeof(int) * (size_t)ps.n);
  int k = 0;
  if (nelif == 0) {
    for (int i = 0; i < ps.n; i++)
      order[k++] = i;
  } else {
    order[k++] = nelif;
    if (has_else)
      order[k++] = nelif + 1;
    for (int i = nelif - 1; i >= 0; i--)
      order[k++] = i;
  }
  late_replay(p, &outer, ps.e, order, ps.n);
  return n;
}

/* while_stmt: 'while' test ':' suite ['else' ':' suite] */
static Node *while_stmt(Parser *p)
{
  Node *n = p_node(p, S_WHILE, p_pos(p));
  p_expect(p, T_WHILE);
  n->u.if_.test = p_test(p);
  n->u.if_.body = colon_suite(p, NULL);
  if (p_accept(p, T_ELSE))
    n->u.if_.orelse = colon_suite(p, NULL);
  return n;
}

/* for_stmt: 'for' exprlist 'in' testlist ':' suite ['else' ':' suite] */
static Node *for_stmt(Parser *p)
{
  LateErr outer, parts[2];
  p_late_take(p, &outer);
  Node *n = p_node(p, S_FOR, p_pos(p));
  p_expect(p, T_FOR);
  n->u.for_.target = p_exprlist(p, CTX_STORE, NULL);
  p_expect(p, T_IN);
  n->u.for_.iter = p_testlist(p);
  n->u.for_.body = colon_suite(p, &parts[0]);
  memset(&parts[1], 0, sizeof parts[1]);
  if (p_accept(p, T_ELSE))
    n->u.for_.orelse = colon_suite(p, &parts[1]);
  /* CPython converts the else suite first */
  static const int order[2] = {1, 0};
  late_replay(p, &outer, parts, order, 2);
  return n;
}

/* try_stmt: ('try' ':' suite
              ((except_clause ':' suite)+
               ['else' ':' suite]
               ['finally' ':' suite] |
              'finally' ':' suite))
   except_clause: 'except' [test [('as' | ',') test]] */
static Node *try_stmt(Parser *p)
{
  LateErr outer;
  p_late_take(p, &outer);
  Parts ps = {0};
  Node *n = p_node(p, S_TRY, p_pos(p));
  p_expect(p, T_TRY);
  n->u.try_.body = colon_suite(p, part(p, &ps));
  int cap = 2, cnt = 0;
  ExceptHandler *hs = arena_alloc(p->a, sizeof *hs * (size_t)cap);
  int else_part = -1, finally_part = -1;
  if (TOK != T_EXCEPT && TOK != T_FINALLY)
    p_syntax_error(p);
  while (TOK == T_EXCEPT) {
    if (cnt == cap) {
      ExceptHandler *nh = arena_alloc(p->a, sizeof *nh * (size_t)cap * 2);
      memcpy(nh, hs, sizeof *nh * (size_t)cap);
      hs = nh;
      cap *= 2;
    }
    ExceptHandler *h = &hs[cnt++];
    h->line = p->tok.line;
    h->col = p->tok.col;
    p_next(p);
    if (p_starts_test(p)) {
      h->type = p_test(p);
      if (TOK == T_AS || TOK == T_COMMA) {
        p_next(p);
        int line = p_pos(p).line;
        h->name = p_test(p);
        p_set_context(p, h->name, CTX_STORE, line);
      }
    }
    h->body = colon_suite(p, part(p, &ps));
  }
  if (cnt && p_accept(p, T_ELSE)) {
    else_part = ps.n;
    n->u.try_.orelse = colon_suite(p, part(p, &ps));
  }
  if (p_accept(p, T_FINALLY)) {
    finally_part = ps.n;
    n->u.try_.finalbody = colon_suite(p, part(p, &ps));
  }
  n->u.try_.nhandlers = cnt;
  n->u.try_.handlers = hs;
  /* CPython ast_for_try_stmt: body, else, finally, then the handlers */
  int *order = arena_alloc(p->a, sizeof(int) * (size_t)ps.n);
  int k = 0;
  order[k++] = 0;
  if (else_part >= 0)
    order[k++] = else_part;
  if (finally_part >= 0)
    order[k++] = finally_part;
  for (int i = 1; i <= cnt; i++)
    order[k++] = i;
  late_replay(p, &outer, ps.e, order, ps.n);
  return n;
}

/* with_stmt: 'with' with_item (',' with_item)*  ':' suite
   with_item: test ['as' expr] */
static Node *with_stmt(Parser *p)
{
  LateErr outer;
  p_late_take(p, &outer);
  Parts ps = {0};
  Vec items = {0};
  p_expect(p, T_WITH);
  do {
    Pos pos = p_pos(p);
    Node *w = p_node(p, S_WITH, pos);
    w->u.with.context = p_test(p);
    if (p_accept(p, T_AS)) {
      w->u.with.vars = p_expr(p);
      p_set_context(p, w->u.with.vars, CTX_STORE, pos.line);
    }
    p_late_take(p, part(p, &ps));
    vec_push(p, &items, w);
  } while (p_accept(p, T_COMMA));
  NodeList body = colon_suite(p, part(p, &ps));
  for (int i = items.n - 1; i >= 0; i--) {
    items.items[i]->u.with.body = body;
    Vec v = {0};
    vec_push(p, &v, items.items[i]);
    body = vec_list(&v);
  }
  /* CPython ast_for_with_stmt: the suite first, then the items inside out */
  int *order = arena_alloc(p->a, sizeof(int) * (size_t)ps.n);
  int k = 0;
  for (int i = ps.n - 1; i >= 0; i--)
    order[k++] = i;
  late_replay(p, &outer, ps.e, order, ps.n);
  return items.items[0];
}

/* funcdef: 'def' NAME parameters ':' suite
   parameters: '(' [varargslist] ')' */
static Node *funcdef(Parser *p, Pos pos, NodeList decorators)
{
  Node *n = p_node(p, S_FUNCDEF, pos);
  p_expect(p, T_DEF);
  int line = p_pos(p).line;
  n->u.funcdef.name = name_token(p);
  forbidden_name(p, n->u.funcdef.name, line);
  p_expect(p, T_LPAR);
  if (TOK == T_RPAR)
    n->u.funcdef.args = arena_alloc(p->a, sizeof(Arguments));
  else
    n->u.funcdef.args = p_varargslist(p, T_RPAR, pos);
  p_expect(p, T_RPAR);
  n->u.funcdef.body = colon_suite(p, NULL);
  n->u.funcdef.decorators = decorators;
  return n;
}

/* classdef: 'class' NAME ['(' [testlist] ')'] ':' suite */
static Node *classdef(Parser *p, Pos pos, NodeList decorators)
{
  Node *n = p_node(p, S_CLASSDEF, pos);
  p_expect(p, T_CLASS);
  int line = p_pos(p).line;
  n->u.classdef.name = name_token(p);
  forbidden_name(p, n->u.classdef.name, line);
  if (p_accept(p, T_LPAR)) {
    /* testlist: a single test is one base even if it is a tuple */
    Vec v = {0};
    if (TOK != T_RPAR) {
      vec_push(p, &v, p_test(p));
      while (p_accept(p, T_COMMA)) {
        if (!p_starts_test(p))
          break;
        vec_push(p, &v, p_test(p));
      }
    }
    n->u.classdef.bases = vec_list(&v);
    p_expect(p, T_RPAR);
  }
  n->u.classdef.body = colon_suite(p, NULL);
  n->u.classdef.decorators = decorators;
  return n;
}

/* decorated: decorators (classdef | funcdef)
   decorators: decorator+
   decorator: '@' dotted_name [ '(' [arglist] ')' ] NEWLINE */
static Node *decorated(Parser *p)
{
  Pos pos = p_pos(p);
  Vec decs = {0};
  while (TOK == T_AT) {
    Pos apos = p_pos(p);
    p_next(p);
    if (TOK != T_NAME)
      p_syntax_error(p);
    Node *d = p_node(p, E_NAME, p_pos(p));
    d->u.name.id = name_token(p);
    while (p_accept(p, T_DOT)) {
      Node *a = p_node(p, E_ATTR, (Pos){d->line, d->col});
      a->u.attr.value = d;
      a->u.attr.attr = name_token(p);
      d = a;
    }
    if (TOK == T_LPAR)
      d = p_arglist_call(p, d, apos);
    p_expect(p, T_NEWLINE);
    vec_push(p, &decs, d);
  }
  if (TOK == T_DEF)
    return funcdef(p, pos, vec_list(&decs));
  if (TOK == T_CLASS)
    return classdef(p, pos, vec_list(&decs));
  p_syntax_error(p);
}

/* compound_stmt: if_stmt | while_stmt | for_stmt | try_stmt | with_stmt |
                  funcdef | classdef | decorated */
static Node *compound_stmt(Parser *p)
{
  NodeList none = {0, NULL};
  switch (TOK) {
  case T_IF: return if_stmt(p);
  case T_WHILE: return while_stmt(p);
  case T_FOR: return for_stmt(p);
  case T_TRY: return try_stmt(p);
  case T_WITH: return with_stmt(p);
  case T_DEF: return funcdef(p, p_pos(p), none);
  case T_CLASS: return classdef(p, p_pos(p), none);
  default: return decorated(p);
  }
}

/* stmt: simple_stmt | compound_stmt */
static void stmt(Parser *p, Vec *out)
{
  switch (TOK) {
  case T_IF: case T_WHILE: case T_FOR: case T_TRY: case T_WITH:
  case T_DEF: case T_CLASS: case T_AT:
    vec_push(p, out, compound_stmt(p));
    break;
  default:
    simple_stmt(p, out);
  }
}

/* ---- driver ---------------------------------------------------------------- */

/* Module.future_* as CPython's future.c finds them: only future imports
   at the start of the module (after an optional docstring) count. */
static void scan_future(AstModule *m)
{
  bool done = false, found_doc = false;
  int prev_line = 0;
  for (int i = 0; i < m->body.n; i++) {
    Node *s = m->body.items[i];
    if (done && s->line > prev_line)
      return;
    prev_line = s->line;
    if (s->kind == S_IMPORTFROM) {
      const char *mod = s->u.importfrom.module;
      if (mod && strcmp(mod, "__future__") == 0) {
        if (done)
          return;
        for (int j = 0; j < s->u.importfrom.n; j++) {
          const char *f = s->u.importfrom.names[j].name;
          if (strcmp(f, "division") == 0)
            m->future_division = true;
          else if (strcmp(f, "print_function") == 0)
            m->future_print_function = true;
        }
      } else {
        done = true;
      }
    } else if (s->kind == S_EXPR && !found_doc) {
      if (s->u.expr.value->kind != E_STR)
        done = true;
      else
        found_doc = true;
    } else {
      done = true;
    }
  }
}

static void late_report(Parser *p)
{
  SyntaxErr *e = p->err;
  e->kind = p->late.kind;
  snprintf(e->msg, sizeof e->msg, "%s", p->late.msg);
  e->line = p->late.line;
  e->col = -1;
  e->text[0] = '\0';
  if (strcmp(e->kind, "SyntaxError") != 0) {
    e->line = 0;          /* ValueError: CPython prints no location */
    return;
  }
  if (p->mode == PARSE_FILE) {
    /* CPython rereads the line from the file */
    size_t n;
    const char *t = lex_line_text(p->lx, e->line, &n);
    while (t && n && (*t == ' ' || *t == '\t' || *t == '\014')) {
      t++;      /* PyErr_ProgramText strips the indentation */
      n--;
    }
    if (t)
      copy_text(e, t, n);
  }
}

AstModule *parse_source(Arena *a, const char *src, size_t len, const char *filename,
                     ParseMode mode, bool print_function, SyntaxErr *err)
{
  Parser *p = arena_alloc(a, sizeof *p);
  AstModule *m = arena_alloc(a, sizeof *m);
  memset(err, 0, sizeof *err);
  p->a = a;
  p->filename = filename ? filename : "<string>";
  p->mode = mode;
  p->err = err;
  p->lx = lex_new(a, src, len, mode == PARSE_FILE,
                  mode == PARSE_FILE || mode == PARSE_EXEC);
  p->print_function = print_function;
  lex_set_print_function(p->lx, print_function);
  if (setjmp(p->jb))
    return NULL;
  Vec body = {0};
  p_next(p);
  switch (mode) {
  case PARSE_EVAL: {
    /* eval_input: testlist NEWLINE* ENDMARKER */
    Node *s = p_node(p, S_EXPR, p_pos(p));
    s->u.expr.value = p_testlist(p);
    vec_push(p, &body, s);
    while (p_accept(p, T_NEWLINE))
      ;
    if (TOK != T_ENDMARKER)
      p_syntax_error(p);
    break;
  }
  case PARSE_SINGLE:
    /* single_input: NEWLINE | simple_stmt | compound_stmt NEWLINE */
    if (TOK == T_NEWLINE)
      break;
    switch (TOK) {
    case T_IF: case T_WHILE: case T_FOR: case T_TRY: case T_WITH:
    case T_DEF: case T_CLASS: case T_AT:
      vec_push(p, &body, compound_stmt(p));
      if (TOK != T_NEWLINE)
        p_syntax_error(p);
      break;
    default:
      simple_stmt(p, &body);
    }
    break;
  default:
    /* file_input: (NEWLINE | stmt)* ENDMARKER */
    while (TOK != T_ENDMARKER) {
      if (p_accept(p, T_NEWLINE))
        continue;
      stmt(p, &body);
    }
    break;
  }
  /* unicode_literals applies to the whole file, as in CPython */
  if (p->unicode_literals) {
    for (StrFix *f = p->strfix; f; f = f->next)
      p_decode_strings(p, f->node, f->s, f->len, f->ntok, true);
  }
  if (p->late.level) {
    late_report(p);
    return NULL;
  }
  m->body = vec_list(&body);
  if (mode != PARSE_EVAL) {
    scan_future(m);
    if (m->body.n && m->body.items[0]->kind == S_EXPR &&
        m->body.items[0]->u.expr.value->kind == E_STR)
      m->docstring = m->body.items[0]->u.expr.value->u.str.s;
  }
  if (print_function)
    m->future_print_function = true;
  return m;
}
