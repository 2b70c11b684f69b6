/*
** compile_stmt.c: statements. Control flow (if/while/for with else clauses,
** break/continue/return unwinding through try/finally, with and except
** blocks), exception handling through exception-table regions, function and
** class definitions, imports, print, exec, assert, del, assignments.
**
** Stack at an exception handler's entry: the region's depth, then [tb exc].
** - try/except: each clause DUP_TOPs exc, EXC_MATCHes, then binds or pops exc;
**   its body runs with [tb] on the stack and ends with POP_EXCEPT; no clause
**   matching ends in RERAISE.
** - try/finally: the exception path runs the finally body over [tb exc] and
**   ends with RERAISE; the normal path and every break/continue/return leaving
**   the body get an inline copy of the finally body.
** - with: [exit] stays on the stack during the body; WITH_EXIT on the normal
**   path, WITH_EXIT_EXC on [exit tb exc] at the handler.
*/
#include "compile_int.h"

#include <stdio.h>
#include <string.h>

/* ---- docstrings and __future__ ------------------------------------------------ */

const char *docstring_of(NodeList *body, size_t *len)
{
  if (body->n > 0 && body->items[0] && body->items[0]->kind == S_EXPR) {
    Node *v = body->items[0]->u.expr.value;
    if (v && v->kind == E_STR) {
      *len = v->u.str.len;
      return v->u.str.s;
    }
  }
  return NULL;
}

/* The docstring goes to consts[0] (None without one), and for modules and
** class bodies also to __doc__. */
void compile_body(Compiler *c, NodeList *body, bool is_namespace)
{
  int start = 0;
  size_t n = 0;
  const char *doc = docstring_of(body, &n);
  if (doc) {
    set_line(c, body->items[0]->line);
    c->u->consts[0] = v_obj(c_intern_len(c, doc, n));
    if (is_namespace) {
      emit(c, OP_LOAD_CONST, 0);
      emit(c, OP_STORE_NAME, (uint32_t)add_name_raw(c, "__doc__"));
    }
    start = 1;
  }
  for (int i = start; i < body->n; i++)
    if (body->items[i])
      compile_stmt(c, body->items[i]);
}

static bool is_future_import(Node *s)
{
  return s && s->kind == S_IMPORTFROM && s->u.importfrom.module &&
         s->u.importfrom.level == 0 && strcmp(s->u.importfrom.module, "__future__") == 0;
}

void check_future_features(Compiler *c)
{
  NodeList *b = &c->mod->body;
  int i = 0;
  size_t n;
  if (c->mode != COMPILE_EVAL && docstring_of(b, &n))
    i = 1;
  for (; i < b->n && is_future_import(b->items[i]); i++) {
    Node *s = b->items[i];
    if (s->u.importfrom.n == 0)
      c_error(c, s->line, "future feature * is not defined");
    for (int k = 0; k < s->u.importfrom.n; k++) {
      const char *f = s->u.importfrom.names[k].name;
      if (strcmp(f, "division") == 0)
        c->future |= CO_FUTURE_DIVISION;
      else if (strcmp(f, "print_function") == 0)
        c->future |= CO_FUTURE_PRINT;
      else if (strcmp(f, "absolute_import") == 0)
        c->absolute_import = true;
      else if (strcmp(f, "nested_scopes") == 0 || strcmp(f, "generators") == 0 ||
               strcmp(f, "with_statement") == 0 || strcmp(f, "unicode_literals") == 0)
        ;
      else if (strcmp(f, "braces") == 0)
        c_error(c, s->line, "not a chance");
      else
        c_error(c, s->line, "future feature %s is not defined", f);
    }
  }
  c->future_end = i;
}

/* ---- unwinding for break / continue / return -------------------------------------- */

/* Undo one frame block on the way out. preserve: a return value sits on TOS. */
static void unwind_one(Compiler *c, FBlock *fb, bool preserve)
{
  Unit *u = c->u;
  switch (fb->kind) {
  case FB_WHILE:
    break;
  case FB_FOR:
    if (preserve)
      emit(c, OP_ROT_TWO, 0);
    emit(c, OP_POP_TOP, 0);
    u->sdepth--;
    break;
  case FB_TRY_EXCEPT:
    u->cur_prot = u->prots[fb->prot].parent;
    break;
  case FB_FINALLY_TRY: {
    u->cur_prot = u->prots[fb->prot].parent;
    int saved = u->sdepth;
    u->sdepth = fb->sdepth + (preserve ? 1 : 0);
    fb_push(c, FB_FINALLY_END, -1, -1, -1, NULL);
    u->fb[u->nfb - 1].has_value = preserve;
    compile_stmts(c, &fb->node->u.try_.finalbody);
    fb_pop(c);
    u->sdepth = saved;
    break;
  }
  case FB_FINALLY_END:
    if (fb->has_value) {
      if (preserve)
        emit(c, OP_ROT_TWO, 0);
      emit(c, OP_POP_TOP, 0);
      u->sdepth--;
    }
    break;
  case FB_FINALLY_EXC:
    if (preserve) {
      emit(c, OP_ROT_THREE, 0);
      emit(c, OP_POP_TOP, 0);
      emit(c, OP_POP_EXCEPT, 0);
    } else {
      emit(c, OP_POP_TOP, 0);
      emit(c, OP_POP_EXCEPT, 0);
    }
    u->sdepth -= 2;
    break;
  case FB_EXCEPT:
    if (preserve)
      emit(c, OP_ROT_TWO, 0);
    emit(c, OP_POP_EXCEPT, 0);
    u->sdepth--;
    break;
  case FB_WITH:
    u->cur_prot = u->prots[fb->prot].parent;
    if (preserve)
      emit(c, OP_ROT_TWO, 0);
    emit(c, OP_WITH_EXIT, 0);
    u->sdepth--;
    break;
  }
}

/* Unwind frame blocks from the innermost out: all of them, or (to_loop) up
** to the innermost loop, which is returned in *loop. */
static bool unwind_stack(Compiler *c, bool preserve, bool to_loop, FBlock *loop)
{
  Unit *u = c->u;
  if (u->nfb == 0)
    return false;
  FBlock top = u->fb[u->nfb - 1];
  if (to_loop && (top.kind == FB_WHILE || top.kind == FB_FOR)) {
    *loop = top;
    return true;
  }
  u->nfb--;
  unwind_one(c, &top, preserve);
  bool found = unwind_stack(c, preserve, to_loop, loop);
  u->fb[u->nfb++] = top;
  return found;
}

static void compile_break_continue(Compiler *c, Node *s, bool is_break)
{
  Unit *u = c->u;
  int i = u->nfb - 1;
  for (; i >= 0; i--) {
    FBKind k = u->fb[i].kind;
    if (k == FB_WHILE || k == FB_FOR)
      break;
    if (!is_break && (k == FB_FINALLY_END || k == FB_FINALLY_EXC))
      c_error(c, s->line, "'continue' not supported inside 'finally' clause");
  }
  if (i < 0)
    c_error(c, s->line, is_break ? "'break' outside loop" : "'continue' not properly in loop");
  int saved_prot = u->cur_prot, saved_depth = u->sdepth;
  FBlock loop;
  unwind_stack(c, false, true, &loop);
  if (is_break) {
    if (loop.kind == FB_FOR)
      emit(c, OP_POP_TOP, 0);
    emit_jump(c, OP_JUMP, loop.brk);
  } else {
    emit_jump(c, OP_JUMP_BACK, loop.cont);
  }
  u->cur_prot = saved_prot;
  u->sdepth = saved_depth;
}

static void compile_return(Compiler *c, Node *s)
{
  Unit *u = c->u;
  if (!u->is_function)
    c_error(c, s->line, "'return' outside function");
  Node *v = s->u.ret.value;
  if (v && u->ste->generator)
    c_error(c, s->line, "'return' with argument inside generator");
  int saved_prot = u->cur_prot, saved_depth = u->sdepth;
  if (v) {
    compile_expr(c, v);
    u->sdepth++;
    unwind_stack(c, true, false, NULL);
  } else {
    unwind_stack(c, false, false, NULL);
    emit(c, OP_LOAD_NONE, 0);
  }
  emit(c, OP_RETURN_VALUE, 0);
  u->cur_prot = saved_prot;
  u->sdepth = saved_depth;
}

/* ---- loops and conditionals ---------------------------------------------------- */

static bool is_true_constant(Node *e)
{
  return e && ((e->kind == E_INT && e->u.ival != 0) ||
               (e->kind == E_STR && e->u.str.len > 0));
}

static void compile_if(Compiler *c, Node *s)
{
  int end = new_label(c);
  if (s->u.if_.orelse.n > 0) {
    int other = new_label(c);
    compile_jump_if(c, s->u.if_.test, false, other);
    compile_stmts(c, &s->u.if_.body);
    if (!last_is_terminal(c))
      emit_jump(c, OP_JUMP, end);
    bind_label(c, other);
    compile_stmts(c, &s->u.if_.orelse);
  } else {
    compile_jump_if(c, s->u.if_.test, false, end);
    compile_stmts(c, &s->u.if_.body);
  }
  bind_label(c, end);
}

static void compile_while(Compiler *c, Node *s)
{
  int head = new_label(c), other = new_label(c), brk = new_label(c);
  bind_label(c, head);
  if (!is_true_constant(s->u.if_.test))
    compile_jump_if(c, s->u.if_.test, false, other);
  fb_push(c, FB_WHILE, head, brk, -1, NULL);
  compile_stmts(c, &s->u.if_.body);
  fb_pop(c);
  emit_jump(c, OP_JUMP_BACK, head);
  bind_label(c, other);
  compile_stmts(c, &s->u.if_.orelse);
  bind_label(c, brk);
}

/* for x in range(...) / xrange(...) with the builtin: CALL_ITER. */
static bool compile_range_iter(Compiler *c, Node *it)
{
  if (!it || it->kind != E_CALL || it->u.call.starargs || it->u.call.kwargs)
    return false;
  Node *f = it->u.call.func;
  if (!f || f->kind != E_NAME)
    return false;
  if (strcmp(f->u.name.id, "range") != 0 && strcmp(f->u.name.id, "xrange") != 0)
    return false;
  if (!name_is_global(c, f->u.name.id))
    return false;
  int npos = it->u.call.args.n, nkw = it->u.call.nkw;
  if (npos + nkw > 255)
    return false;
  expr_line(c, it->line);
  nameop(c, f->u.name.id, CTX_LOAD, f->line);
  for (int i = 0; i < npos; i++)
    compile_expr(c, it->u.call.args.items[i]);
  for (int i = 0; i < nkw; i++) {
    Keyword *k = &it->u.call.keywords[i];
    emit_str(c, k->name, strlen(k->name));
    compile_expr(c, k->value);
  }
  emit(c, OP_CALL_ITER, (uint32_t)(npos | (nkw << 8)));
  return true;
}

static void compile_for(Compiler *c, Node *s)
{
  Unit *u = c->u;
  int head = new_label(c), done = new_label(c), brk = new_label(c);
  if (!compile_range_iter(c, s->u.for_.iter)) {
    compile_expr(c, s->u.for_.iter);
    emit(c, OP_GET_ITER, 0);
  }
  set_line(c, s->line);
  bind_label(c, head);
  emit_jump(c, OP_FOR_ITER, done);
  u->sdepth++;
  compile_store(c, s->u.for_.target);
  fb_push(c, FB_FOR, head, brk, -1, NULL);
  compile_stmts(c, &s->u.for_.body);
  fb_pop(c);
  emit_jump(c, OP_JUMP_BACK, head);
  u->sdepth--;
  bind_label(c, done);
  compile_stmts(c, &s->u.for_.orelse);
  bind_label(c, brk);
}

/* ---- exceptions ------------------------------------------------------------------ */

static void compile_try_except(Compiler *c, Node *s)
{
  Unit *u = c->u;
  int handler = new_label(c), end = new_label(c);
  int base = u->sdepth;
  int p = prot_push(c, handler);
  fb_push(c, FB_TRY_EXCEPT, -1, -1, p, NULL);
  compile_stmts(c, &s->u.try_.body);
  fb_pop(c);
  prot_pop(c, p);
  compile_stmts(c, &s->u.try_.orelse);
  if (!last_is_terminal(c))
    emit_jump(c, OP_JUMP, end);

  bind_label(c, handler);
  int nh = s->u.try_.nhandlers;
  bool catch_all = false;
  for (int i = 0; i < nh; i++) {
    ExceptHandler *h = &s->u.try_.handlers[i];
    if (!h->type && i < nh - 1)
      c_error(c, u->line, "default 'except:' must be last");
    set_line(c, h->line);
    u->sdepth = base + 2;             /* [tb exc] */
    int next = -1;
    if (h->type) {
      next = new_label(c);
      emit(c, OP_DUP_TOP, 0);
      compile_expr(c, h->type);
      emit(c, OP_EXC_MATCH, 0);
      emit_jump(c, OP_POP_JUMP_IF_FALSE, next);
    } else {
      catch_all = true;
    }
    if (h->name)
      compile_store(c, h->name);
    else
      emit(c, OP_POP_TOP, 0);
    u->sdepth = base + 1;             /* [tb] */
    fb_push(c, FB_EXCEPT, -1, -1, -1, NULL);
    compile_stmts(c, &h->body);
    fb_pop(c);
    if (!last_is_terminal(c)) {
      emit(c, OP_POP_EXCEPT, 0);
      emit_jump(c, OP_JUMP, end);
    }
    if (next >= 0)
      bind_label(c, next);
  }
  u->sdepth = base;
  if (!catch_all)
    emit(c, OP_RERAISE, 0);
  bind_label(c, end);
}

static void compile_try(Compiler *c, Node *s)
{
  Unit *u = c->u;
  if (s->u.try_.finalbody.n == 0) {
    compile_try_except(c, s);
    return;
  }
  int handler = new_label(c), end = new_label(c);
  int base = u->sdepth;
  int p = prot_push(c, handler);
  fb_push(c, FB_FINALLY_TRY, -1, -1, p, s);
  if (s->u.try_.nhandlers > 0)
    compile_try_except(c, s);
  else
    compile_stmts(c, &s->u.try_.body);
  fb_pop(c);
  prot_pop(c, p);
  /* normal path */
  fb_push(c, FB_FINALLY_END, -1, -1, -1, NULL);
  compile_stmts(c, &s->u.try_.finalbody);
  fb_pop(c);
  if (!last_is_terminal(c))
    emit_jump(c, OP_JUMP, end);
  /* exception path: [tb exc] */
  bind_label(c, handler);
  u->sdepth = base + 2;
  fb_push(c, FB_FINALLY_EXC, -1, -1, -1, NULL);
  compile_stmts(c, &s->u.try_.finalbody);
  fb_pop(c);
  if (!last_is_terminal(c))
    emit(c, OP_RERAISE, 0);
  u->sdepth = base;
  bind_label(c, end);
}

static void compile_with(Compiler *c, Node *s)
{
  Unit *u = c->u;
  int handler = new_label(c), end = new_label(c);
  compile_expr(c, s->u.with.context);
  set_line(c, s->line);
  emit(c, OP_SETUP_WITH, 0);          /* [exit enter-result] */
  u->sdepth++;
  int p = prot_push(c, handler);      /* depth: [exit] */
  fb_push(c, FB_WITH, -1, -1, p, NULL);
  if (s->u.with.vars)
    compile_store(c, s->u.with.vars);
  else
    emit(c, OP_POP_TOP, 0);
  compile_stmts(c, &s->u.with.body);
  fb_pop(c);
  prot_pop(c, p);
  if (!last_is_terminal(c)) {
    emit(c, OP_WITH_EXIT, 0);
    emit_jump(c, OP_JUMP, end);
  }
  bind_label(c, handler);             /* [exit tb exc] */
  emit(c, OP_WITH_EXIT_EXC, 0);
  u->sdepth--;
  bind_label(c, end);
}

static void compile_raise(Compiler *c, Node *s)
{
  int n = 0;
  if (s->u.raise.type) {
    compile_expr(c, s->u.raise.type);
    n = 1;
    if (s->u.raise.inst || s->u.raise.tback) {
      if (s->u.raise.inst)
        compile_expr(c, s->u.raise.inst);
      else
        emit(c, OP_LOAD_NONE, 0);
      n = 2;
      if (s->u.raise.tback) {
        compile_expr(c, s->u.raise.tback);
        n = 3;
      }
    }
  }
  emit(c, OP_RAISE_VARARGS, (uint32_t)n);
}

static void compile_assert(Compiler *c, Node *s)
{
  if (c->optimize)
    return;
  int ok = new_label(c);
  compile_jump_if(c, s->u.assert_.test, true, ok);
  if (s->u.assert_.msg) {
    compile_expr(c, s->u.assert_.msg);
    emit(c, OP_ASSERT_FAIL, 1);
  } else {
    emit(c, OP_ASSERT_FAIL, 0);
  }
  bind_label(c, ok);
}

/* ---- imports ----------------------------------------------------------------------- */

static int import_level(Compiler *c, int level)
{
  if (level > 0)
    return level;
  return c->absolute_import ? 0 : -1;
}

static void compile_import(Compiler *c, Node *s)
{
  for (int i = 0; i < s->u.import.n; i++) {
    Alias *a = &s->u.import.names[i];
    emit_int(c, import_level(c, 0));
    emit(c, OP_LOAD_NONE, 0);
    emit(c, OP_IMPORT_NAME, (uint32_t)add_name_raw(c, a->name));
    if (a->asname) {
      /* import a.b.c as d: the top package comes back; walk to the submodule */
      const char *p = strchr(a->name, '.');
      while (p) {
        const char *q = strchr(p + 1, '.');
        size_t n = q ? (size_t)(q - (p + 1)) : strlen(p + 1);
        char *comp = c_alloc_atomic(c, n + 1);
        memcpy(comp, p + 1, n);
        emit(c, OP_LOAD_ATTR, (uint32_t)add_name(c, comp));
        p = q;
      }
      nameop(c, a->asname, CTX_STORE, s->line);
    } else {
      const char *dot = strchr(a->name, '.');
      if (dot) {
        size_t n = (size_t)(dot - a->name);
        char *first = c_alloc_atomic(c, n + 1);
        memcpy(first, a->name, n);
        nameop(c, first, CTX_STORE, s->line);
      } else {
        nameop(c, a->name, CTX_STORE, s->line);
      }
    }
  }
}

static void compile_import_from(Compiler *c, Node *s)
{
  VM *vm = c->vm;
  if (is_future_import(s)) {
    /* the features were set by check_future_features; as in CPython the
       statement still runs, binding the _Feature objects of __future__ */
    bool leading = false;
    for (int i = 0; i < c->future_end; i++)
      if (c->mod->body.items[i] == s)
        leading = true;
    if (!leading)
      c_error(c, s->line, "from __future__ imports must occur at the beginning of the file");
  }
  const char *mod = s->u.importfrom.module ? s->u.importfrom.module : "";
  int n = s->u.importfrom.n;
  emit_int(c, import_level(c, s->u.importfrom.level));
  Tuple *t = tuple_new(vm, n == 0 ? 1 : n);
  if (!t)
    c_error(c, s->line, "out of memory");
  if (n == 0) {
    t->items[0] = v_obj(c_intern(c, "*"));
  } else {
    for (int i = 0; i < n; i++)
      t->items[i] = v_obj(c_intern(c, s->u.importfrom.names[i].name));
  }
  emit(c, OP_LOAD_CONST, (uint32_t)add_const(c, v_obj(t)));
  emit(c, OP_IMPORT_NAME, (uint32_t)add_name_raw(c, mod));
  if (n == 0) {
    emit(c, OP_IMPORT_STAR, 0);
    return;
  }
  for (int i = 0; i < n; i++) {
    Alias *a = &s->u.importfrom.names[i];
    emit(c, OP_IMPORT_FROM, (uint32_t)add_name_raw(c, a->name));
    nameop(c, a->asname ? a->asname : a->name, CTX_STORE, s->line);
  }
  emit(c, OP_POP_TOP, 0);
}

/* ---- definitions ----------------------------------------------------------------------- */

static void compile_funcdef(Compiler *c, Node *s)
{
  NodeList *decos = &s->u.funcdef.decorators;
  Arguments *args = s->u.funcdef.args;
  for (int i = 0; i < decos->n; i++)
    compile_expr(c, decos->items[i]);
  int ndefaults = args ? args->defaults.n : 0;
  for (int i = 0; i < ndefaults; i++)
    compile_expr(c, args->defaults.items[i]);
  int firstline = decos->n > 0 && decos->items[0] ? decos->items[0]->line : s->line;
  Scope *ste = symtable_lookup(c->st, s);
  unit_enter(c, ste, UNIT_FUNCTION, s->u.funcdef.name, firstline);
  set_line(c, s->line);
  unpack_tuple_params(c, args);
  compile_body(c, &s->u.funcdef.body, false);
  Code *co = unit_exit(c);
  set_line(c, s->line);
  make_closure(c, co, ndefaults, s->line);
  for (int i = 0; i < decos->n; i++)
    emit(c, OP_CALL_FUNCTION, 1);
  nameop(c, s->u.funcdef.name, CTX_STORE, s->line);
}

static void compile_classdef(Compiler *c, Node *s)
{
  NodeList *decos = &s->u.classdef.decorators;
  NodeList *bases = &s->u.classdef.bases;
  for (int i = 0; i < decos->n; i++)
    compile_expr(c, decos->items[i]);
  set_line(c, s->line);
  emit_str(c, s->u.classdef.name, strlen(s->u.classdef.name));
  for (int i = 0; i < bases->n; i++)
    compile_expr(c, bases->items[i]);
  emit(c, OP_BUILD_TUPLE, (uint32_t)bases->n);
  int firstline = decos->n > 0 && decos->items[0] ? decos->items[0]->line : s->line;
  Scope *ste = symtable_lookup(c->st, s);
  unit_enter(c, ste, UNIT_CLASS, s->u.classdef.name, firstline);
  set_line(c, s->line);
  emit(c, OP_LOAD_NAME, (uint32_t)add_name_raw(c, "__name__"));
  emit(c, OP_STORE_NAME, (uint32_t)add_name_raw(c, "__module__"));
  compile_body(c, &s->u.classdef.body, true);
  emit(c, OP_LOAD_LOCALS, 0);
  emit(c, OP_RETURN_VALUE, 0);
  Code *co = unit_exit(c);
  set_line(c, s->line);
  make_closure(c, co, 0, s->line);
  emit(c, OP_CALL_FUNCTION, 0);
  emit(c, OP_BUILD_CLASS, 0);
  for (int i = 0; i < decos->n; i++)
    emit(c, OP_CALL_FUNCTION, 1);
  nameop(c, s->u.classdef.name, CTX_STORE, s->line);
}

/* ---- simple statements -------------------------------------------------------------------- */

static bool is_seq(Node *e)
{
  return e && (e->kind == E_TUPLE || e->kind == E_LIST);
}

static void compile_assign(Compiler *c, Node *s)
{
  NodeList *t = &s->u.assign.targets;
  Node *v = s->u.assign.value;
  /* a, b = b, a: no tuple (CPython's peephole does the same) */
  if (t->n == 1 && is_seq(t->items[0]) && is_seq(v) && v->u.seq.elts.n == t->items[0]->u.seq.elts.n &&
      (v->u.seq.elts.n == 2 || v->u.seq.elts.n == 3)) {
    Node *tg = t->items[0];
    for (int i = 0; i < v->u.seq.elts.n; i++)
      compile_expr(c, v->u.seq.elts.items[i]);
    if (v->u.seq.elts.n == 3)
      emit(c, OP_ROT_THREE, 0);
    emit(c, OP_ROT_TWO, 0);
    for (int i = 0; i < tg->u.seq.elts.n; i++)
      compile_store(c, tg->u.seq.elts.items[i]);
    return;
  }
  compile_expr(c, v);
  for (int i = 0; i < t->n; i++) {
    if (i < t->n - 1)
      emit(c, OP_DUP_TOP, 0);
    compile_store(c, t->items[i]);
  }
}

static void compile_augassign(Compiler *c, Node *s)
{
  Node *t = s->u.augassign.target;
  Opcode op = binop_opcode(c, s->u.augassign.op, true);
  switch (t ? t->kind : E_INT) {
  case E_NAME:
    nameop(c, t->u.name.id, CTX_LOAD, t->line);
    compile_expr(c, s->u.augassign.value);
    emit(c, op, 0);
    nameop(c, t->u.name.id, CTX_STORE, t->line);
    break;
  case E_ATTR: {
    compile_expr(c, t->u.attr.value);
    emit(c, OP_DUP_TOP, 0);
    int name = add_name(c, t->u.attr.attr);
    emit(c, OP_LOAD_ATTR, (uint32_t)name);
    compile_expr(c, s->u.augassign.value);
    emit(c, op, 0);
    emit(c, OP_ROT_TWO, 0);
    emit(c, OP_STORE_ATTR, (uint32_t)name);
    break;
  }
  case E_SUBSCRIPT:
    compile_expr(c, t->u.subscript.value);
    compile_index(c, t->u.subscript.index);
    emit(c, OP_DUP_TOP_TWO, 0);
    emit(c, OP_BINARY_SUBSCR, 0);
    compile_expr(c, s->u.augassign.value);
    emit(c, op, 0);
    emit(c, OP_ROT_THREE, 0);
    emit(c, OP_STORE_SUBSCR, 0);
    break;
  default:
    c_error(c, s->line, "illegal expression for augmented assignment");
  }
}

static void compile_print(Compiler *c, Node *s)
{
  Node *dest = s->u.print.dest;
  NodeList *vals = &s->u.print.values;
  if (dest)
    compile_expr(c, dest);
  for (int i = 0; i < vals->n; i++) {
    if (dest) {
      emit(c, OP_DUP_TOP, 0);
      compile_expr(c, vals->items[i]);
      emit(c, OP_ROT_TWO, 0);
      emit(c, OP_PRINT_ITEM_TO, 0);
    } else {
      compile_expr(c, vals->items[i]);
      emit(c, OP_PRINT_ITEM, 0);
    }
  }
  if (s->u.print.nl)
    emit(c, dest ? OP_PRINT_NEWLINE_TO : OP_PRINT_NEWLINE, 0);
  else if (dest)
    emit(c, OP_POP_TOP, 0);
}

static void compile_exec(Compiler *c, Node *s)
{
  compile_expr(c, s->u.exec.body);
  if (s->u.exec.globals) {
    compile_expr(c, s->u.exec.globals);
    if (s->u.exec.locals)
      compile_expr(c, s->u.exec.locals);
    else
      emit(c, OP_DUP_TOP, 0);
  } else {
    emit(c, OP_LOAD_NONE, 0);
    emit(c, OP_LOAD_NONE, 0);
  }
  emit(c, OP_EXEC_STMT, 0);
}

static bool is_merge_point_call(Node *e)
{
  return e && e->kind == E_CALL && e->u.call.func && e->u.call.func->kind == E_ATTR &&
         strcmp(e->u.call.func->u.attr.attr, "jit_merge_point") == 0;
}

static void compile_expr_stmt(Compiler *c, Node *s)
{
  Node *v = s->u.expr.value;
  if (!v)
    return;
  if (c->mode == COMPILE_SINGLE && c->u->kind == UNIT_MODULE) {
    /* interactive: __displayhook__(value) prints the repr of non-None values */
    emit(c, OP_LOAD_GLOBAL, (uint32_t)add_name_raw(c, "__displayhook__"));
    compile_expr(c, v);
    emit(c, OP_CALL_FUNCTION, 1);
    emit(c, OP_POP_TOP, 0);
    return;
  }
  if (is_constant_expr(v))
    return;
  compile_expr(c, v);
  emit(c, OP_POP_TOP, 0);
  if (is_merge_point_call(v))
    emit(c, OP_JIT_MERGE_POINT, 0);
}

/* ---- dispatch ------------------------------------------------------------------------------ */

void compile_stmts(Compiler *c, NodeList *l)
{
  for (int i = 0; i < l->n; i++)
    if (l->items[i])
      compile_stmt(c, l->items[i]);
}

void compile_stmt(Compiler *c, Node *s)
{
  c_enter(c, s->line);
  set_line(c, s->line);
  switch (s->kind) {
  case S_EXPR:
    compile_expr_stmt(c, s);
    break;
  case S_ASSIGN:
    compile_assign(c, s);
    break;
  case S_AUGASSIGN:
    compile_augassign(c, s);
    break;
  case S_PRINT:
    compile_print(c, s);
    break;
  case S_DEL:
    for (int i = 0; i < s->u.del.targets.n; i++)
      compile_delete(c, s->u.del.targets.items[i]);
    break;
  case S_PASS:
    break;
  case S_BREAK:
    compile_break_continue(c, s, true);
    break;
  case S_CONTINUE:
    compile_break_continue(c, s, false);
    break;
  case S_RETURN:
    compile_return(c, s);
    break;
  case S_RAISE:
    compile_raise(c, s);
    break;
  case S_GLOBAL:
    break;
  case S_IMPORT:
    compile_import(c, s);
    break;
  case S_IMPORTFROM:
    compile_import_from(c, s);
    break;
  case S_EXEC:
    compile_exec(c, s);
    break;
  case S_ASSERT:
    compile_assert(c, s);
    break;
  case S_IF:
    compile_if(c, s);
    break;
  case S_WHILE:
    compile_while(c, s);
    break;
  case S_FOR:
    compile_for(c, s);
    break;
  case S_TRY:
    compile_try(c, s);
    break;
  case S_WITH:
    compile_with(c, s);
    break;
  case S_FUNCDEF:
    compile_funcdef(c, s);
    break;
  case S_CLASSDEF:
    compile_classdef(c, s);
    break;
  default:
    c_error(c, s->line, "invalid syntax");
  }
  c_leave(c);
}
