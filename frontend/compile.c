/*
** compile.c: AST to Code objects, the core. Code units (one per code object),
** instruction emission with labels, constant and name tables, name resolution
** through the symbol table (symtable.c), exception regions, and the assembler:
** stack depth simulation over the control-flow graph (which also checks the
** compiler's own stack bookkeeping), EXTENDED_ARG expansion of jump targets,
** the exception table, and the final GC-allocated Code. Statements are in
** compile_stmt.c, expressions in compile_expr.c.
*/
#include "compile_int.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- errors and memory ---------------------------------------------------- */

static void c_fail(Compiler *c, const char *kind, int line, const char *fmt, va_list ap)
    __attribute__((noreturn));

static void c_fail(Compiler *c, const char *kind, int line, const char *fmt, va_list ap)
{
  SyntaxErr *e = c->err;
  e->kind = kind;
  vsnprintf(e->msg, sizeof e->msg, fmt, ap);
  e->line = line;
  e->col = -1;
  e->text[0] = '\0';
  longjmp(c->jb, 1);
}

void c_error(Compiler *c, int line, const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  c_fail(c, "SyntaxError", line, fmt, ap);
}

static void c_internal(Compiler *c, const char *fmt, ...)
    __attribute__((format(printf, 2, 3), noreturn));
/* A compiler bug (bad stack bookkeeping, unbound label): reported as a
** SystemError; RPYVM_COMPILE_DEBUG=1 dumps the unit's instructions. */
static void c_internal(Compiler *c, const char *fmt, ...)
{
  if (c->u && getenv("RPYVM_COMPILE_DEBUG")) {
    Unit *u = c->u;
    for (int i = 0; i < u->ncode; i++) {
      Instr *in = &u->code[i];
      fprintf(stderr, "%4d %-20s %u line %d prot %d", i, opcode_names[in->op], in->arg,
              in->line, in->prot);
      for (int l = 0; l < u->nlabels; l++)
        if (u->labels[l] == i)
          fprintf(stderr, " <L%d", l);
      fputc('\n', stderr);
    }
  }
  va_list ap;
  va_start(ap, fmt);
  c_fail(c, "SystemError", c->u ? c->u->line : 0, fmt, ap);
}

static void c_oom(Compiler *c) __attribute__((noreturn));
static void c_oom(Compiler *c)
{
  SyntaxErr *e = c->err;
  e->kind = "MemoryError";
  snprintf(e->msg, sizeof e->msg, "out of memory");
  e->line = 0;
  e->col = -1;
  e->text[0] = '\0';
  longjmp(c->jb, 1);
}

void *c_alloc(Compiler *c, size_t n)
{
  void *p = gc_alloc(n ? n : 1);
  if (!p)
    c_oom(c);
  return p;
}

void *c_alloc_atomic(Compiler *c, size_t n)
{
  void *p = gc_alloc_atomic_zero(n ? n : 1);
  if (!p)
    c_oom(c);
  return p;
}

/* Make room for `need` items in a GC array of capacity *cap. */
static void *grow(Compiler *c, void *arr, int *cap, int need, size_t elem, bool atomic)
{
  if (need <= *cap)
    return arr;
  int nc = *cap ? *cap : 8;
  while (nc < need) {
    if (nc > (1 << 29))
      c_oom(c);
    nc *= 2;
  }
  void *p = atomic ? c_alloc_atomic(c, (size_t)nc * elem) : c_alloc(c, (size_t)nc * elem);
  if (arr && *cap)
    memcpy(p, arr, (size_t)*cap * elem);
  *cap = nc;
  return p;
}

Str *c_intern(Compiler *c, const char *s)
{
  Str *r = str_intern_cstr(c->vm, s);
  if (!r)
    c_oom(c);
  return r;
}

Str *c_intern_len(Compiler *c, const char *s, size_t n)
{
  Str *r = str_new(c->vm, s ? s : "", s ? n : 0);
  if (r)
    r = str_intern(c->vm, r);
  if (!r)
    c_oom(c);
  return r;
}

void c_enter(Compiler *c, int line)
{
  if (++c->depth > COMPILE_MAX_NESTING)
    c_error(c, line, "too many nested expressions and blocks");
}

void c_leave(Compiler *c)
{
  c->depth--;
}

/* ---- emission ------------------------------------------------------------- */

int emit(Compiler *c, Opcode op, uint32_t arg)
{
  Unit *u = c->u;
  u->code = grow(c, u->code, &u->capcode, u->ncode + 1, sizeof(Instr), true);
  Instr *i = &u->code[u->ncode];
  i->op = (uint8_t)op;
  i->arg = arg;
  i->line = u->line;
  i->prot = u->cur_prot;
  return u->ncode++;
}

void emit_jump(Compiler *c, Opcode op, int label)
{
  emit(c, op, (uint32_t)label);
}

int new_label(Compiler *c)
{
  Unit *u = c->u;
  u->labels = grow(c, u->labels, &u->caplabels, u->nlabels + 1, sizeof(int), true);
  u->labels[u->nlabels] = -1;
  return u->nlabels++;
}

void bind_label(Compiler *c, int label)
{
  c->u->labels[label] = c->u->ncode;
}

static bool op_is_jump(int op)
{
  switch (op) {
  case OP_JUMP: case OP_JUMP_BACK: case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE:
  case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP: case OP_FOR_ITER:
    return true;
  default:
    return false;
  }
}

static bool op_is_terminal(int op)
{
  switch (op) {
  case OP_RETURN_VALUE: case OP_RAISE_VARARGS: case OP_RERAISE: case OP_JUMP:
  case OP_JUMP_BACK: case OP_ASSERT_FAIL:
    return true;
  default:
    return false;
  }
}

bool last_is_terminal(Compiler *c)
{
  Unit *u = c->u;
  if (u->ncode == 0 || !op_is_terminal(u->code[u->ncode - 1].op))
    return false;
  for (int l = 0; l < u->nlabels; l++)
    if (u->labels[l] == u->ncode)
      return false;
  return true;
}

void set_line(Compiler *c, int line)
{
  if (line > 0)
    c->u->line = line;
}

void expr_line(Compiler *c, int line)
{
  if (line > c->u->line)
    c->u->line = line;
}

/* ---- constants -------------------------------------------------------------- */

static uint32_t const_hash(Value v)
{
  uint64_t h = (uint64_t)v.tag * 0x9E3779B97F4A7C15ull ^ (uint64_t)v.u.i * 0xff51afd7ed558ccdull;
  return (uint32_t)(h ^ (h >> 29));
}

static void cindex_rebuild(Compiler *c, Unit *u, int ncap)
{
  u->cindex = c_alloc_atomic(c, sizeof(int) * (size_t)ncap);
  u->cindexcap = ncap;
  memset(u->cindex, 0xff, sizeof(int) * (size_t)ncap);
  for (int k = 1; k < u->nconsts; k++) {
    Value v = u->consts[k];
    if (v.tag == T_CODE || v.tag == T_TUPLE)
      continue;
    int i = (int)(const_hash(v) & (uint32_t)(ncap - 1));
    while (u->cindex[i] >= 0)
      i = (i + 1) & (ncap - 1);
    u->cindex[i] = k;
  }
}

/* Constants are deduplicated by tag and payload: 0, 0.0 and False never
** merge, and strings are interned so equal strings share a pointer. Code
** objects and tuples are never shared. consts[0] is the docstring slot. */
int add_const(Compiler *c, Value v)
{
  Unit *u = c->u;
  bool dedup = v.tag != T_CODE && v.tag != T_TUPLE;
  if (dedup && u->cindexcap) {
    int i = (int)(const_hash(v) & (uint32_t)(u->cindexcap - 1));
    for (; u->cindex[i] >= 0; i = (i + 1) & (u->cindexcap - 1)) {
      Value w = u->consts[u->cindex[i]];
      if (w.tag == v.tag && w.u.i == v.u.i)
        return u->cindex[i];
    }
  }
  u->consts = grow(c, u->consts, &u->capconsts, u->nconsts + 1, sizeof(Value), false);
  int k = u->nconsts++;
  u->consts[k] = v;
  if (dedup) {
    if ((u->nconsts + 1) * 2 > u->cindexcap) {
      cindex_rebuild(c, u, u->cindexcap ? u->cindexcap * 2 : 16);
    } else {
      int i = (int)(const_hash(v) & (uint32_t)(u->cindexcap - 1));
      while (u->cindex[i] >= 0)
        i = (i + 1) & (u->cindexcap - 1);
      u->cindex[i] = k;
    }
  }
  return k;
}

void emit_const(Compiler *c, Value v)
{
  if (v.tag == T_NONE) {
    emit(c, OP_LOAD_NONE, 0);
    return;
  }
  if (v.tag == T_INT && v.u.i >= -SMALLINT_BIAS && v.u.i < SMALLINT_BIAS) {
    emit(c, OP_LOAD_SMALLINT, (uint32_t)(v.u.i + SMALLINT_BIAS));
    return;
  }
  emit(c, OP_LOAD_CONST, (uint32_t)add_const(c, v));
}

void emit_int(Compiler *c, int64_t i)
{
  emit_const(c, v_int(i));
}

void emit_str(Compiler *c, const char *s, size_t n)
{
  emit_const(c, v_obj(c_intern_len(c, s, n)));
}

/* ---- names ------------------------------------------------------------------ */

int add_name_raw(Compiler *c, const char *name)
{
  Unit *u = c->u;
  Str *s = c_intern(c, name);
  uint32_t h = (uint32_t)(((uintptr_t)s >> 4) * 2654435761u);
  if (u->nindexcap) {
    int i = (int)(h & (uint32_t)(u->nindexcap - 1));
    for (; u->nindex[i] >= 0; i = (i + 1) & (u->nindexcap - 1))
      if (u->names[u->nindex[i]] == s)
        return u->nindex[i];
  }
  u->names = grow(c, u->names, &u->capnames, u->nnames + 1, sizeof(Str *), false);
  int k = u->nnames++;
  u->names[k] = s;
  if ((u->nnames + 1) * 2 > u->nindexcap) {
    int ncap = u->nindexcap ? u->nindexcap * 2 : 16;
    u->nindex = c_alloc_atomic(c, sizeof(int) * (size_t)ncap);
    u->nindexcap = ncap;
    memset(u->nindex, 0xff, sizeof(int) * (size_t)ncap);
    for (int j = 0; j < u->nnames; j++) {
      uint32_t hj = (uint32_t)(((uintptr_t)u->names[j] >> 4) * 2654435761u);
      int i = (int)(hj & (uint32_t)(ncap - 1));
      while (u->nindex[i] >= 0)
        i = (i + 1) & (ncap - 1);
      u->nindex[i] = j;
    }
  } else {
    int i = (int)(h & (uint32_t)(u->nindexcap - 1));
    while (u->nindex[i] >= 0)
      i = (i + 1) & (u->nindexcap - 1);
    u->nindex[i] = k;
  }
  return k;
}

int add_name(Compiler *c, const char *name)
{
  return add_name_raw(c, symtable_mangle(c->u->private_name, name));
}

void emit_name(Compiler *c, Opcode op, const char *name)
{
  emit(c, op, (uint32_t)add_name(c, name));
}

typedef enum { NK_FAST, NK_DEREF, NK_GLOBAL, NK_NAME } NameKind;

static NameKind name_kind(Compiler *c, const char *mangled, Sym **out)
{
  Unit *u = c->u;
  Sym *y = scope_find(u->ste, mangled);
  *out = y;
  SymScope sc = y ? y->scope : SC_GLOBAL_IMPLICIT;
  switch (sc) {
  case SC_FREE:
  case SC_CELL:
    return NK_DEREF;
  case SC_LOCAL:
    return u->is_function ? NK_FAST : NK_NAME;
  case SC_GLOBAL_EXPLICIT:
    return NK_GLOBAL;
  default:
    /* as CPython 2: a function with a bare exec (or import *) looks its
    ** implicit globals up by name, so the names exec defines are found */
    return u->is_function && !u->ste->unoptimized ? NK_GLOBAL : NK_NAME;
  }
}

bool name_is_global(Compiler *c, const char *id)
{
  Sym *y;
  NameKind k = name_kind(c, symtable_mangle(c->u->private_name, id), &y);
  return k == NK_GLOBAL || k == NK_NAME;
}

void nameop(Compiler *c, const char *id, ExprCtx ctx, int line)
{
  const char *m = symtable_mangle(c->u->private_name, id);
  bool load = ctx == CTX_LOAD || ctx == CTX_AUGLOAD;
  bool del = ctx == CTX_DEL;
  if (load && strcmp(id, "None") == 0) {
    emit(c, OP_LOAD_NONE, 0);
    return;
  }
  if (!load && strcmp(id, "None") == 0)
    c_error(c, line, del ? "deleting None" : "cannot assign to None");
  Sym *y;
  NameKind k = name_kind(c, m, &y);
  switch (k) {
  case NK_FAST:
    if (!y || y->slot < 0)
      c_internal(c, "no fast slot for '%s'", m);
    emit(c, load ? OP_LOAD_FAST : del ? OP_DELETE_FAST : OP_STORE_FAST, (uint32_t)y->slot);
    break;
  case NK_DEREF:
    if (del)
      c_error(c, line, "can not delete variable '%s' referenced in nested scope", id);
    if (!y || y->slot < 0)
      c_internal(c, "no cell slot for '%s'", m);
    emit(c, load ? OP_LOAD_DEREF : OP_STORE_DEREF, (uint32_t)y->slot);
    break;
  case NK_GLOBAL:
    emit(c, load ? OP_LOAD_GLOBAL : del ? OP_DELETE_GLOBAL : OP_STORE_GLOBAL,
         (uint32_t)add_name_raw(c, m));
    break;
  case NK_NAME:
    emit(c, load ? OP_LOAD_NAME : del ? OP_DELETE_NAME : OP_STORE_NAME,
         (uint32_t)add_name_raw(c, m));
    break;
  }
}

/* ---- exception regions and frame blocks --------------------------------------- */

int prot_push(Compiler *c, int handler_label)
{
  Unit *u = c->u;
  u->prots = grow(c, u->prots, &u->capprots, u->nprots + 1, sizeof(Prot), true);
  Prot *p = &u->prots[u->nprots];
  p->parent = u->cur_prot;
  p->handler = handler_label;
  p->depth = u->sdepth;
  p->level = u->cur_prot >= 0 ? u->prots[u->cur_prot].level + 1 : 0;
  u->cur_prot = u->nprots;
  return u->nprots++;
}

void prot_pop(Compiler *c, int prot)
{
  c->u->cur_prot = c->u->prots[prot].parent;
}

void fb_push(Compiler *c, FBKind kind, int cont, int brk, int prot, Node *node)
{
  Unit *u = c->u;
  u->fb = grow(c, u->fb, &u->capfb, u->nfb + 1, sizeof(FBlock), false);
  FBlock *f = &u->fb[u->nfb++];
  f->kind = kind;
  f->cont = cont;
  f->brk = brk;
  f->prot = prot;
  f->sdepth = u->sdepth;
  f->node = node;
  f->has_value = false;
}

void fb_pop(Compiler *c)
{
  c->u->nfb--;
}

/* ---- code units ------------------------------------------------------------- */

static int cmp_sym_name(const void *a, const void *b)
{
  return strcmp((*(Sym *const *)a)->name, (*(Sym *const *)b)->name);
}

void unit_enter(Compiler *c, Scope *ste, UnitKind kind, const char *name, int firstline)
{
  if (!ste)
    c_internal(c, "no scope for '%s'", name);
  Unit *u = c_alloc(c, sizeof *u);
  Unit *parent = c->u;
  u->parent = parent;
  u->ste = ste;
  u->kind = kind;
  u->cur_prot = -1;
  u->line = firstline;
  u->firstline = firstline;
  u->name = c_intern(c, name);
  if (kind == UNIT_CLASS)
    u->private_name = ste->name;
  else
    u->private_name = parent ? parent->private_name : NULL;
  u->is_function = ste->type == BLOCK_FUNCTION;
  c->u = u;

  int flags = c->future;
  if (kind == UNIT_MODULE)
    flags |= CO_MODULE;
  else if (kind == UNIT_CLASS)
    flags |= CO_CLASSBODY;
  else
    flags |= CO_NEWLOCALS;
  if (ste->nested)
    flags |= CO_NESTED;
  if (u->is_function) {
    if (ste->generator)
      flags |= CO_GENERATOR;
    if (ste->varargs)
      flags |= CO_VARARGS;
    if (ste->varkeywords)
      flags |= CO_VARKEYWORDS;
    if (kind == UNIT_LAMBDA)
      flags |= CO_LAMBDA;
  }
  u->flags = flags;
  add_const(c, v_none());             /* consts[0]: the docstring slot */

  /* fast locals: parameters, then the other locals in order of first mention */
  if (u->is_function) {
    int nv = ste->nvarnames;
    for (int i = 0; i < ste->nsyms; i++)
      if (ste->syms[i]->scope == SC_LOCAL && !(ste->syms[i]->flags & DEF_PARAM))
        nv++;
    u->varnames = c_alloc(c, sizeof(Str *) * (size_t)nv);
    for (int i = 0; i < ste->nvarnames; i++) {
      u->varnames[u->nvarnames++] = c_intern(c, ste->varnames[i]);
      Sym *y = scope_find(ste, ste->varnames[i]);
      if (y && y->scope == SC_LOCAL)
        y->slot = i;
    }
    for (int i = 0; i < ste->nsyms; i++) {
      Sym *y = ste->syms[i];
      if (y->scope == SC_LOCAL && !(y->flags & DEF_PARAM)) {
        y->slot = u->nvarnames;
        u->varnames[u->nvarnames++] = c_intern(c, y->name);
      }
    }
    u->argcount = ste->argcount;
  }

  /* cells and free variables, each sorted by name like CPython */
  int ncell = 0, nfree = 0;
  for (int i = 0; i < ste->nsyms; i++) {
    Sym *y = ste->syms[i];
    if (y->scope == SC_CELL)
      ncell++;
    else if (y->scope == SC_FREE || (y->flags & DEF_FREE_CLASS))
      nfree++;
  }
  Sym **cells = c_alloc(c, sizeof(Sym *) * (size_t)ncell);
  Sym **frees = c_alloc(c, sizeof(Sym *) * (size_t)nfree);
  ncell = nfree = 0;
  for (int i = 0; i < ste->nsyms; i++) {
    Sym *y = ste->syms[i];
    if (y->scope == SC_CELL)
      cells[ncell++] = y;
    else if (y->scope == SC_FREE || (y->flags & DEF_FREE_CLASS))
      frees[nfree++] = y;
  }
  qsort(cells, (size_t)ncell, sizeof(Sym *), cmp_sym_name);
  qsort(frees, (size_t)nfree, sizeof(Sym *), cmp_sym_name);
  u->ncells = ncell;
  u->nfrees = nfree;
  u->cellnames = c_alloc(c, sizeof(Str *) * (size_t)ncell);
  u->freenames = c_alloc(c, sizeof(Str *) * (size_t)nfree);
  u->cell2arg = c_alloc_atomic(c, sizeof(int32_t) * (size_t)ncell);
  int nargs = ste->argcount + (ste->varargs ? 1 : 0) + (ste->varkeywords ? 1 : 0);
  for (int i = 0; i < ncell; i++) {
    Sym *y = cells[i];
    u->cellnames[i] = c_intern(c, y->name);
    y->slot = y->cell_slot = i;
    u->cell2arg[i] = -1;
    for (int a = 0; a < nargs && a < ste->nvarnames; a++)
      if (strcmp(ste->varnames[a], y->name) == 0) {
        u->cell2arg[i] = a;
        break;
      }
  }
  for (int i = 0; i < nfree; i++) {
    Sym *y = frees[i];
    u->freenames[i] = c_intern(c, y->name);
    y->cell_slot = ncell + i;
    if (y->scope == SC_FREE)
      y->slot = ncell + i;
  }
}

/* ---- assembly ------------------------------------------------------------------ */

/* Stack effect of an instruction; jump selects the effect along its jump edge. */
static int stack_effect(int op, uint32_t arg, bool jump)
{
  int npos = (int)CALL_NPOS(arg), nkw = (int)CALL_NKW(arg);
  switch (op) {
  case OP_NOP: case OP_EXTENDED_ARG: case OP_ROT_TWO: case OP_ROT_THREE: case OP_ROT_FOUR:
    return 0;
  case OP_POP_TOP:
    return -1;
  case OP_DUP_TOP:
    return 1;
  case OP_DUP_TOP_TWO:
    return 2;
  case OP_LOAD_CONST: case OP_LOAD_NONE: case OP_LOAD_SMALLINT: case OP_LOAD_FAST:
  case OP_LOAD_DEREF: case OP_LOAD_CLOSURE: case OP_LOAD_GLOBAL: case OP_LOAD_NAME:
  case OP_LOAD_LOCALS:
    return 1;
  case OP_STORE_FAST: case OP_STORE_DEREF: case OP_STORE_GLOBAL: case OP_STORE_NAME:
    return -1;
  case OP_DELETE_FAST: case OP_DELETE_DEREF: case OP_DELETE_GLOBAL: case OP_DELETE_NAME:
    return 0;
  case OP_LOAD_ATTR:
    return 0;
  case OP_STORE_ATTR:
    return -2;
  case OP_DELETE_ATTR:
    return -1;
  case OP_LOAD_METHOD:
    return 1;
  case OP_BINARY_SUBSCR:
    return -1;
  case OP_STORE_SUBSCR:
    return -3;
  case OP_DELETE_SUBSCR:
    return -2;
  case OP_BUILD_SLICE:
    return 1 - (int)arg;
  case OP_UNARY_POSITIVE: case OP_UNARY_NEGATIVE: case OP_UNARY_NOT: case OP_UNARY_INVERT:
  case OP_UNARY_CONVERT:
    return 0;
  case OP_BINARY_ADD: case OP_BINARY_SUB: case OP_BINARY_MUL: case OP_BINARY_DIV:
  case OP_BINARY_TRUEDIV: case OP_BINARY_FLOORDIV: case OP_BINARY_MOD: case OP_BINARY_POW:
  case OP_BINARY_LSHIFT: case OP_BINARY_RSHIFT: case OP_BINARY_AND: case OP_BINARY_OR:
  case OP_BINARY_XOR: case OP_INPLACE_ADD: case OP_INPLACE_SUB: case OP_INPLACE_MUL:
  case OP_INPLACE_DIV: case OP_INPLACE_TRUEDIV: case OP_INPLACE_FLOORDIV: case OP_INPLACE_MOD:
  case OP_INPLACE_POW: case OP_INPLACE_LSHIFT: case OP_INPLACE_RSHIFT: case OP_INPLACE_AND:
  case OP_INPLACE_OR: case OP_INPLACE_XOR:
  case OP_COMPARE_OP:
    return -1;
  case OP_JUMP: case OP_JUMP_BACK:
    return 0;
  case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE:
    return -1;
  case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP:
    return jump ? 0 : -1;
  case OP_GET_ITER:
    return 0;
  case OP_FOR_ITER:
    return jump ? -1 : 1;
  case OP_CALL_ITER: case OP_CALL_FUNCTION:
    return -(npos + 2 * nkw);
  case OP_CALL_FUNCTION_VAR: case OP_CALL_FUNCTION_KW:
    return -(npos + 2 * nkw) - 1;
  case OP_CALL_FUNCTION_VAR_KW:
    return -(npos + 2 * nkw) - 2;
  case OP_CALL_METHOD:
    return -(npos + 2 * nkw) - 1;
  case OP_BUILD_TUPLE: case OP_BUILD_LIST: case OP_BUILD_SET:
    return 1 - (int)arg;
  case OP_BUILD_MAP:
    return 1 - 2 * (int)arg;
  case OP_LIST_APPEND: case OP_SET_ADD:
    return -1;
  case OP_MAP_ADD:
    return -2;
  case OP_UNPACK_SEQUENCE:
    return (int)arg - 1;
  case OP_MAKE_FUNCTION:
    return -(int)arg;
  case OP_MAKE_CLOSURE:
    return -(int)arg - 1;
  case OP_RETURN_VALUE:
    return -1;
  case OP_BUILD_CLASS:
    return -2;
  case OP_PRINT_ITEM:
    return -1;
  case OP_PRINT_ITEM_TO:
    return -2;
  case OP_PRINT_NEWLINE:
    return 0;
  case OP_PRINT_NEWLINE_TO:
    return -1;
  case OP_RAISE_VARARGS:
    return -(int)arg;
  case OP_EXC_MATCH:
    return -1;
  case OP_POP_EXCEPT:
    return -1;
  case OP_RERAISE:
    return -2;
  case OP_ASSERT_FAIL:
    return -(int)arg;
  case OP_IMPORT_NAME:
    return -1;
  case OP_IMPORT_FROM:
    return 1;
  case OP_IMPORT_STAR:
    return -1;
  case OP_YIELD_VALUE:
    return 0;
  case OP_SETUP_WITH:
    return 1;
  case OP_WITH_EXIT:
    return -1;
  case OP_WITH_EXIT_EXC:
    return -3;
  case OP_EXEC_STMT:
    return -3;
  case OP_JIT_MERGE_POINT:
    return 0;
  }
  return 0;
}

typedef struct Asm {
  int *depth;     /* per instruction, -1 unreachable */
  int *work;
  int nwork;
  int maxdepth;
} Asm;

static int label_target(Compiler *c, Unit *u, int label)
{
  if (label < 0 || label >= u->nlabels || u->labels[label] < 0)
    c_internal(c, "unbound label %d in %s", label, u->name->data);
  return u->labels[label];
}

static void sim_reach(Compiler *c, Unit *u, Asm *a, int i, int d)
{
  if (i >= u->ncode)
    c_internal(c, "control flow falls off the end of %s", u->name->data);
  if (d < 0)
    c_internal(c, "stack underflow at %d in %s", i, u->name->data);
  if (a->depth[i] < 0) {
    a->depth[i] = d;
    a->work[a->nwork++] = i;
    if (d > a->maxdepth)
      a->maxdepth = d;
  } else if (a->depth[i] != d) {
    c_internal(c, "inconsistent stack depth at %d in %s (%d vs %d)", i, u->name->data,
               a->depth[i], d);
  }
}

/* Max stack depth by simulation over the CFG, exception edges included. */
static int stack_depth(Compiler *c, Unit *u)
{
  Asm a;
  a.depth = c_alloc_atomic(c, sizeof(int) * (size_t)u->ncode);
  a.work = c_alloc_atomic(c, sizeof(int) * (size_t)u->ncode);
  a.nwork = 0;
  a.maxdepth = 0;
  memset(a.depth, 0xff, sizeof(int) * (size_t)u->ncode);
  sim_reach(c, u, &a, 0, 0);
  while (a.nwork > 0) {
    int i = a.work[--a.nwork];
    int d = a.depth[i];
    Instr *in = &u->code[i];
    if (in->prot >= 0) {
      Prot *p = &u->prots[in->prot];
      if (d < p->depth)
        c_internal(c, "stack below its exception region depth at %d in %s", i, u->name->data);
      sim_reach(c, u, &a, label_target(c, u, p->handler), p->depth + 2);
    }
    if (op_is_jump(in->op))
      sim_reach(c, u, &a, label_target(c, u, (int)in->arg),
                d + stack_effect(in->op, in->arg, true));
    if (!op_is_terminal(in->op)) {
      int nd = d + stack_effect(in->op, in->arg, false);
      sim_reach(c, u, &a, i + 1, nd);
    }
  }
  return a.maxdepth;
}

static int ext_words(uint32_t arg)
{
  return arg > INSN_ARG_MAX ? 1 : 0;
}

typedef struct ExcRun {
  ExcEntry e;
  int level;
} ExcRun;

static int cmp_run(const void *pa, const void *pb)
{
  const ExcRun *a = pa, *b = pb;
  if (a->level != b->level)
    return b->level - a->level;
  return a->e.start - b->e.start;
}

static Code *assemble(Compiler *c, Unit *u)
{
  int n = u->ncode;
  int stacksize = stack_depth(c, u);

  /* positions, with EXTENDED_ARG prefixes for big arguments (jumps iterate) */
  int *pos = c_alloc_atomic(c, sizeof(int) * (size_t)(n + 1));
  int *size = c_alloc_atomic(c, sizeof(int) * (size_t)n);
  for (int i = 0; i < n; i++)
    size[i] = 1 + (op_is_jump(u->code[i].op) ? 0 : ext_words(u->code[i].arg));
  for (;;) {
    int p = 0;
    for (int i = 0; i < n; i++) {
      pos[i] = p;
      p += size[i];
    }
    pos[n] = p;
    bool changed = false;
    for (int i = 0; i < n; i++) {
      if (!op_is_jump(u->code[i].op))
        continue;
      int s = 1 + ext_words((uint32_t)pos[label_target(c, u, (int)u->code[i].arg)]);
      if (s != size[i]) {
        size[i] = s;
        changed = true;
      }
    }
    if (!changed)
      break;
  }
  int total = pos[n];

  uint32_t *insns = gc_alloc_atomic(sizeof(uint32_t) * (size_t)(total ? total : 1));
  int32_t *lines = gc_alloc_atomic(sizeof(int32_t) * (size_t)(total ? total : 1));
  if (!insns || !lines)
    c_oom(c);
  for (int i = 0; i < n; i++) {
    Instr *in = &u->code[i];
    uint32_t arg = in->arg;
    if (op_is_jump(in->op))
      arg = (uint32_t)pos[label_target(c, u, (int)arg)];
    int p = pos[i];
    if (size[i] > 1) {
      insns[p] = INSN_MAKE(OP_EXTENDED_ARG, arg >> 24);
      lines[p++] = in->line;
      arg &= INSN_ARG_MAX;
    }
    insns[p] = INSN_MAKE(in->op, arg);
    lines[p] = in->line;
  }

  /* exception table: maximal runs of instructions covered by each region */
  int nruns = 0, caprun = 0;
  ExcRun *runs = NULL;
  int *open = c_alloc_atomic(c, sizeof(int) * (size_t)(u->nprots ? u->nprots : 1));
  memset(open, 0xff, sizeof(int) * (size_t)(u->nprots ? u->nprots : 1));
  int prev = -1;
#define PLEVEL(p) ((p) < 0 ? -1 : u->prots[p].level)
  for (int i = 0; i <= n; i++) {
    int cur = i < n ? u->code[i].prot : -1;
    if (cur == prev)
      continue;
    int a = prev, b = cur;
    while (a != b) {
      if (a >= 0 && PLEVEL(a) >= PLEVEL(b)) {
        runs = grow(c, runs, &caprun, nruns + 1, sizeof(ExcRun), true);
        ExcRun *r = &runs[nruns++];
        r->e.start = open[a];
        r->e.end = pos[i];
        r->e.handler = pos[label_target(c, u, u->prots[a].handler)];
        r->e.depth = u->prots[a].depth;
        r->level = u->prots[a].level;
        open[a] = -1;
        a = u->prots[a].parent;
      } else {
        b = u->prots[b].parent;
      }
    }
    for (int p = cur; p != a; p = u->prots[p].parent)
      open[p] = pos[i];
    prev = cur;
  }
#undef PLEVEL
  if (nruns > 1)
    qsort(runs, (size_t)nruns, sizeof(ExcRun), cmp_run);

  VM *vm = c->vm;
  Code *co = gc_alloc(sizeof(Code));
  if (!co)
    c_oom(c);
  co->h.kind = T_CODE;
  co->h.cls = vm->cls[T_CODE];
  co->insns = insns;
  co->ninsns = total;
  co->flags = u->flags;
  co->argcount = u->argcount;
  co->nlocals = u->nvarnames;
  co->ncells = u->ncells;
  co->nfrees = u->nfrees;
  co->stacksize = stacksize;
  co->nconsts = u->nconsts;
  co->nnames = u->nnames;
  co->nexc = nruns;
  co->firstline = u->firstline;
  co->consts = c_alloc(c, sizeof(Value) * (size_t)u->nconsts);
  memcpy(co->consts, u->consts, sizeof(Value) * (size_t)u->nconsts);
  co->names = c_alloc(c, sizeof(Str *) * (size_t)u->nnames);
  if (u->nnames)
    memcpy(co->names, u->names, sizeof(Str *) * (size_t)u->nnames);
  co->varnames = u->varnames ? u->varnames : c_alloc(c, sizeof(Str *));
  co->cellnames = u->cellnames;
  co->freenames = u->freenames;
  co->cell2arg = u->cell2arg;
  co->exc = c_alloc_atomic(c, sizeof(ExcEntry) * (size_t)nruns);
  for (int i = 0; i < nruns; i++)
    co->exc[i] = runs[i].e;
  co->lines = lines;
  co->name = u->name;
  co->filename = c->filename_str;
  co->cache = c_alloc(c, sizeof(ICache) * (size_t)(total ? total : 1));
  co->hot = c_alloc_atomic(c, sizeof(uint16_t) * (size_t)(total ? total : 1));
  co->jit = NULL;
  return co;
}

Code *unit_exit(Compiler *c)
{
  Unit *u = c->u;
  if (!last_is_terminal(c)) {
    emit(c, OP_LOAD_NONE, 0);
    emit(c, OP_RETURN_VALUE, 0);
  }
  for (int i = 0; i < u->ncode; i++) {
    int op = u->code[i].op;
    if (op == OP_FOR_ITER || op == OP_JUMP_BACK) {
      u->flags |= CO_HAS_LOOP;
      break;
    }
  }
  Code *co = assemble(c, u);
  c->u = u->parent;
  return co;
}

void make_closure(Compiler *c, Code *code, int ndefaults, int line)
{
  if (code->nfrees > 0) {
    for (int i = 0; i < code->nfrees; i++) {
      Sym *y = scope_find(c->u->ste, code->freenames[i]->data);
      if (!y || y->cell_slot < 0)
        c_internal(c, "free variable '%s' of %s not found in %s", code->freenames[i]->data,
                   code->name->data, c->u->name->data);
      emit(c, OP_LOAD_CLOSURE, (uint32_t)y->cell_slot);
    }
    emit(c, OP_BUILD_TUPLE, (uint32_t)code->nfrees);
    emit(c, OP_LOAD_CONST, (uint32_t)add_const(c, v_obj(code)));
    emit(c, OP_MAKE_CLOSURE, (uint32_t)ndefaults);
  } else {
    emit(c, OP_LOAD_CONST, (uint32_t)add_const(c, v_obj(code)));
    emit(c, OP_MAKE_FUNCTION, (uint32_t)ndefaults);
  }
}

void unpack_tuple_params(Compiler *c, Arguments *a)
{
  if (!a)
    return;
  for (int i = 0; i < a->args.n; i++) {
    Node *e = a->args.items[i];
    if (!e || (e->kind != E_TUPLE && e->kind != E_LIST))
      continue;
    char buf[32];
    snprintf(buf, sizeof buf, ".%d", i);
    nameop(c, buf, CTX_LOAD, e->line);
    compile_store(c, e);
  }
}

/* ---- entry points ------------------------------------------------------------- */

static void fill_text(Compiler *c)
{
  SyntaxErr *e = c->err;
  e->text[0] = '\0';
  if (!c->src || e->line <= 0)
    return;
  const char *p = c->src, *end = c->src + c->srclen;
  for (int l = 1; l < e->line && p < end; l++) {
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    if (!nl)
      return;
    p = nl + 1;
  }
  /* like CPython's PyErr_ProgramText: leading whitespace stripped */
  while (p < end && (*p == ' ' || *p == '\t' || *p == '\f'))
    p++;
  const char *q = p;
  while (q < end && *q != '\n' && *q != '\r')
    q++;
  size_t n = (size_t)(q - p);
  if (n >= sizeof e->text)
    n = sizeof e->text - 1;
  memcpy(e->text, p, n);
  e->text[n] = '\0';
}

Code *compile_module_src(VM *vm, AstModule *m, const char *filename, CompileMode mode,
                         int flags, const char *src, size_t len, SyntaxErr *err)
{
  Compiler c;
  memset(&c, 0, sizeof c);
  c.vm = vm;
  c.err = err;
  c.filename = filename ? filename : "<string>";
  c.src = src;
  c.srclen = len;
  c.mode = mode;
  c.mod = m;
  c.future = flags & (CO_FUTURE_DIVISION | CO_FUTURE_PRINT);
  c.optimize = (flags & COMPILE_OPTIMIZE) != 0;
  if (m->future_division)
    c.future |= CO_FUTURE_DIVISION;
  if (m->future_print_function)
    c.future |= CO_FUTURE_PRINT;
  if (setjmp(c.jb)) {
    fill_text(&c);
    return NULL;
  }
  c.st = symtable_build(m, err);
  if (!c.st) {
    fill_text(&c);
    return NULL;
  }
  c.filename_str = c_intern(&c, c.filename);
  check_future_features(&c);

  int firstline = 1;
  unit_enter(&c, c.st->top, UNIT_MODULE, "<module>", firstline);
  switch (mode) {
  case COMPILE_EVAL:
    if (m->body.n != 1 || !m->body.items[0] || m->body.items[0]->kind != S_EXPR)
      c_error(&c, m->body.n > 0 && m->body.items[0] ? m->body.items[0]->line : 1,
              "invalid syntax");
    set_line(&c, m->body.items[0]->line);
    compile_expr(&c, m->body.items[0]->u.expr.value);
    emit(&c, OP_RETURN_VALUE, 0);
    break;
  case COMPILE_SINGLE:
    compile_stmts(&c, &m->body);
    break;
  default:
    compile_body(&c, &m->body, true);
    break;
  }
  return unit_exit(&c);
}

Code *compile_module(VM *vm, AstModule *m, const char *filename, CompileMode mode,
                     SyntaxErr *err)
{
  return compile_module_src(vm, m, filename, mode, 0, NULL, 0, err);
}
