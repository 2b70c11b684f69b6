/*
** compile_expr.c: expressions. Literals and constants, operators, and/or
** short-circuits, chained comparisons, calls (LOAD_METHOD/CALL_METHOD for
** plain method calls), attribute and subscript access with slice objects,
** displays, list comprehensions (inline, Python 2), generator expressions and
** set/dict comprehensions (nested code objects called with the outermost
** iterator), lambda, yield, backquotes, and assignment / deletion targets.
*/
#include "compile_int.h"
#include "vm/long.h"
#include "vm/types.h"

#include <string.h>

/* ---- helpers ---------------------------------------------------------------- */

const char *expr_kind_desc(Node *e)
{
  switch (e ? e->kind : E_INT) {
  case E_CALL: return "function call";
  case E_BINOP: case E_UNARYOP: case E_BOOLOP: return "operator";
  case E_LAMBDA: return "lambda";
  case E_GENEXP: return "generator expression";
  case E_YIELD: return "yield expression";
  case E_LISTCOMP: return "list comprehension";
  case E_SETCOMP: return "set comprehension";
  case E_DICTCOMP: return "dict comprehension";
  case E_COMPARE: return "comparison";
  case E_REPR: return "repr";
  case E_IFEXP: return "conditional expression";
  default: return "literal";
  }
}

bool is_constant_expr(Node *e)
{
  if (!e)
    return false;
  switch (e->kind) {
  case E_INT: case E_LONG: case E_FLOAT: case E_IMAG: case E_STR:
    return true;
  default:
    return false;
  }
}

Opcode binop_opcode(Compiler *c, AstOp op, bool inplace)
{
  switch (op) {
  case OP_ADD: return inplace ? OP_INPLACE_ADD : OP_BINARY_ADD;
  case OP_SUB: return inplace ? OP_INPLACE_SUB : OP_BINARY_SUB;
  case OP_MUL: return inplace ? OP_INPLACE_MUL : OP_BINARY_MUL;
  case OP_DIV:
    if (c->future & CO_FUTURE_DIVISION)
      return inplace ? OP_INPLACE_TRUEDIV : OP_BINARY_TRUEDIV;
    return inplace ? OP_INPLACE_DIV : OP_BINARY_DIV;
  case OP_FLOORDIV: return inplace ? OP_INPLACE_FLOORDIV : OP_BINARY_FLOORDIV;
  case OP_MOD: return inplace ? OP_INPLACE_MOD : OP_BINARY_MOD;
  case OP_POW: return inplace ? OP_INPLACE_POW : OP_BINARY_POW;
  case OP_LSHIFT: return inplace ? OP_INPLACE_LSHIFT : OP_BINARY_LSHIFT;
  case OP_RSHIFT: return inplace ? OP_INPLACE_RSHIFT : OP_BINARY_RSHIFT;
  case OP_BITOR: return inplace ? OP_INPLACE_OR : OP_BINARY_OR;
  case OP_BITXOR: return inplace ? OP_INPLACE_XOR : OP_BINARY_XOR;
  case OP_BITAND: return inplace ? OP_INPLACE_AND : OP_BINARY_AND;
  default:
    c_error(c, c->u->line, "invalid syntax");
  }
}

static CmpOp cmp_opcode(Compiler *c, AstOp op)
{
  switch (op) {
  case OP_EQ: return CMP_EQ;
  case OP_NE: return CMP_NE;
  case OP_LT: return CMP_LT;
  case OP_LE: return CMP_LE;
  case OP_GT: return CMP_GT;
  case OP_GE: return CMP_GE;
  case OP_IS: return CMP_IS;
  case OP_ISNOT: return CMP_IS_NOT;
  case OP_IN: return CMP_IN;
  case OP_NOTIN: return CMP_NOT_IN;
  default:
    c_error(c, c->u->line, "invalid syntax");
  }
}

/* Code that raises cls(msg) when it runs: for literals the VM cannot
** represent yet. The constant's slot on the stack is never reached. */
static void emit_runtime_error(Compiler *c, const char *cls, const char *msg)
{
  emit(c, OP_LOAD_GLOBAL, (uint32_t)add_name_raw(c, cls));
  emit_str(c, msg, strlen(msg));
  emit(c, OP_RAISE_VARARGS, 2);
}

/* Value of a LONG literal's digits if it fits in int64. */
static bool long_digits_value(const char *d, bool negate, int64_t *out)
{
  if (!d)
    return false;
  int base = 10;
  const char *p = d;
  if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) {
    base = 16;
    p += 2;
  } else if (p[0] == '0' && (p[1] == 'o' || p[1] == 'O')) {
    base = 8;
    p += 2;
  } else if (p[0] == '0' && (p[1] == 'b' || p[1] == 'B')) {
    base = 2;
    p += 2;
  } else if (p[0] == '0' && p[1] >= '0' && p[1] <= '7') {
    base = 8;
    p += 1;
  }
  uint64_t v = 0;
  bool any = false;
  for (; *p && *p != 'l' && *p != 'L'; p++) {
    int dv;
    if (*p >= '0' && *p <= '9')
      dv = *p - '0';
    else if (*p >= 'a' && *p <= 'f')
      dv = *p - 'a' + 10;
    else if (*p >= 'A' && *p <= 'F')
      dv = *p - 'A' + 10;
    else
      return false;
    if (dv >= base)
      return false;
    if (v > (UINT64_MAX - (uint64_t)dv) / (uint64_t)base)
      return false;
    v = v * (uint64_t)base + (uint64_t)dv;
    any = true;
  }
  if (!any)
    return false;
  if (negate) {
    if (v > (uint64_t)INT64_MAX + 1)
      return false;
    *out = v == (uint64_t)INT64_MAX + 1 ? INT64_MIN : -(int64_t)v;
  } else {
    if (v > (uint64_t)INT64_MAX)
      return false;
    *out = (int64_t)v;
  }
  return true;
}

static void compile_long(Compiler *c, Node *e)
{
  /* A long constant (5L, or digits beyond int64). */
  Value v = long_from_decimal_string(c->vm, e->u.lng.digits);
  if (v_isnull(v)) {
    vm_exc_clear(c->vm);
    emit_runtime_error(c, "MemoryError", "long literal");
    return;
  }
  emit_const(c, v);
}

/* A dict display or comprehension entry, leaving [key value]. CPython 2.7
** evaluates the value first; when the order is observable (neither is a
** literal) do the same and swap. */
static void compile_dict_pair(Compiler *c, Node *key, Node *value)
{
  if (is_constant_expr(key) || is_constant_expr(value)) {
    compile_expr(c, key);
    compile_expr(c, value);
  } else {
    compile_expr(c, value);
    compile_expr(c, key);
    emit(c, OP_ROT_TWO, 0);
  }
}

/* ---- calls -------------------------------------------------------------------------- */

static void compile_call(Compiler *c, Node *e)
{
  Node *f = e->u.call.func;
  int npos = e->u.call.args.n, nkw = e->u.call.nkw;
  if (npos + nkw > 255)
    c_error(c, e->line, "more than 255 arguments");
  for (int i = 0; i < nkw; i++)
    for (int j = 0; j < i; j++)
      if (strcmp(e->u.call.keywords[i].name, e->u.call.keywords[j].name) == 0)
        c_error(c, e->line, "keyword argument repeated");
  if (f && f->kind == E_ATTR && nkw == 0 && !e->u.call.starargs && !e->u.call.kwargs) {
    compile_expr(c, f->u.attr.value);
    expr_line(c, f->line);
    emit(c, OP_LOAD_METHOD, (uint32_t)add_name(c, f->u.attr.attr));
    for (int i = 0; i < npos; i++)
      compile_expr(c, e->u.call.args.items[i]);
    emit(c, OP_CALL_METHOD, (uint32_t)npos);
    return;
  }
  compile_expr(c, f);
  for (int i = 0; i < npos; i++)
    compile_expr(c, e->u.call.args.items[i]);
  for (int i = 0; i < nkw; i++) {
    Keyword *k = &e->u.call.keywords[i];
    emit_str(c, k->name, strlen(k->name));
    compile_expr(c, k->value);
  }
  Opcode op = OP_CALL_FUNCTION;
  if (e->u.call.starargs) {
    compile_expr(c, e->u.call.starargs);
    op = OP_CALL_FUNCTION_VAR;
  }
  if (e->u.call.kwargs) {
    compile_expr(c, e->u.call.kwargs);
    op = op == OP_CALL_FUNCTION_VAR ? OP_CALL_FUNCTION_VAR_KW : OP_CALL_FUNCTION_KW;
  }
  emit(c, op, (uint32_t)(npos | (nkw << 8)));
}

/* ---- comprehensions ----------------------------------------------------------------- */

/* One `for ... in ... if ...` level; the innermost level adds the element.
** in_scope: gens[0]'s iterator is the ".0" argument of a comprehension scope. */
static void comp_loop(Compiler *c, Node *e, int gi, bool in_scope)
{
  Comprehension *g = &e->u.comp.gens[gi];
  int ngen = e->u.comp.ngen;
  if (gi == 0 && in_scope) {
    nameop(c, ".0", CTX_LOAD, e->line);
  } else {
    compile_expr(c, g->iter);
    emit(c, OP_GET_ITER, 0);
  }
  int head = new_label(c), skip = new_label(c), end = new_label(c);
  bind_label(c, head);
  emit_jump(c, OP_FOR_ITER, end);
  compile_store(c, g->target);
  for (int i = 0; i < g->ifs.n; i++)
    compile_jump_if(c, g->ifs.items[i], false, skip);
  if (gi + 1 < ngen) {
    comp_loop(c, e, gi + 1, in_scope);
  } else {
    switch (e->kind) {
    case E_LISTCOMP:
      compile_expr(c, e->u.comp.elt);
      emit(c, OP_LIST_APPEND, (uint32_t)ngen);
      break;
    case E_GENEXP:
      compile_expr(c, e->u.comp.elt);
      emit(c, OP_YIELD_VALUE, 0);
      emit(c, OP_POP_TOP, 0);
      break;
    case E_SETCOMP:
      compile_expr(c, e->u.comp.elt);
      emit(c, OP_SET_ADD, (uint32_t)ngen);
      break;
    default: /* E_DICTCOMP */
      compile_dict_pair(c, e->u.comp.elt, e->u.comp.value);
      emit(c, OP_MAP_ADD, (uint32_t)ngen);
      break;
    }
  }
  bind_label(c, skip);
  emit_jump(c, OP_JUMP_BACK, head);
  bind_label(c, end);
}

static void compile_comp_scope(Compiler *c, Node *e)
{
  if (e->u.comp.ngen < 1)
    c_error(c, e->line, "invalid syntax");
  const char *name = e->kind == E_GENEXP ? "<genexpr>" : e->kind == E_SETCOMP ? "<setcomp>"
                                                                               : "<dictcomp>";
  Scope *ste = symtable_lookup(c->st, e);
  unit_enter(c, ste, UNIT_COMP, name, e->line);
  if (e->kind == E_SETCOMP)
    emit(c, OP_BUILD_SET, 0);
  else if (e->kind == E_DICTCOMP)
    emit(c, OP_BUILD_MAP, 0);
  comp_loop(c, e, 0, true);
  if (e->kind != E_GENEXP)
    emit(c, OP_RETURN_VALUE, 0);
  Code *co = unit_exit(c);
  make_closure(c, co, 0, e->line);
  compile_expr(c, e->u.comp.gens[0].iter);
  emit(c, OP_GET_ITER, 0);
  emit(c, OP_CALL_FUNCTION, 1);
}

void compile_lambda(Compiler *c, Node *e)
{
  Arguments *args = e->u.lambda.args;
  int ndefaults = args ? args->defaults.n : 0;
  for (int i = 0; i < ndefaults; i++)
    compile_expr(c, args->defaults.items[i]);
  Scope *ste = symtable_lookup(c->st, e);
  unit_enter(c, ste, UNIT_LAMBDA, "<lambda>", e->line);
  unpack_tuple_params(c, args);
  compile_expr(c, e->u.lambda.body);
  if (ste->generator)
    emit(c, OP_POP_TOP, 0);
  else
    emit(c, OP_RETURN_VALUE, 0);
  Code *co = unit_exit(c);
  make_closure(c, co, ndefaults, e->line);
}

/* ---- subscripts, targets -------------------------------------------------------------- */

void compile_index(Compiler *c, Node *ix)
{
  if (!ix) {
    emit(c, OP_LOAD_NONE, 0);
    return;
  }
  switch (ix->kind) {
  case E_SLICE: {
    Node *parts[3] = {ix->u.slice.lower, ix->u.slice.upper, ix->u.slice.step};
    int n = ix->u.slice.has_step || ix->u.slice.step ? 3 : 2;
    for (int i = 0; i < n; i++) {
      if (parts[i])
        compile_expr(c, parts[i]);
      else
        emit(c, OP_LOAD_NONE, 0);
    }
    emit(c, OP_BUILD_SLICE, (uint32_t)n);
    break;
  }
  case E_ELLIPSIS:
    emit(c, OP_LOAD_GLOBAL, (uint32_t)add_name_raw(c, "Ellipsis"));
    break;
  case E_TUPLE:
    for (int i = 0; i < ix->u.seq.elts.n; i++)
      compile_index(c, ix->u.seq.elts.items[i]);
    emit(c, OP_BUILD_TUPLE, (uint32_t)ix->u.seq.elts.n);
    break;
  default:
    compile_expr(c, ix);
    break;
  }
}

/* Assignment (CTX_STORE: the value on TOS is stored and popped) and del
   (CTX_DEL) targets: one walk, the opcodes chosen by ctx. */
static void compile_target(Compiler *c, Node *t, ExprCtx ctx)
{
  bool del = ctx == CTX_DEL;
  if (!t)
    c_error(c, c->u->line, "invalid syntax");
  c_enter(c, t->line);
  switch (t->kind) {
  case E_NAME:
    nameop(c, t->u.name.id, ctx, t->line);
    break;
  case E_ATTR:
    compile_expr(c, t->u.attr.value);
    emit(c, del ? OP_DELETE_ATTR : OP_STORE_ATTR, (uint32_t)add_name(c, t->u.attr.attr));
    break;
  case E_SUBSCRIPT:
    compile_expr(c, t->u.subscript.value);
    compile_index(c, t->u.subscript.index);
    emit(c, del ? OP_DELETE_SUBSCR : OP_STORE_SUBSCR, 0);
    break;
  case E_TUPLE:
  case E_LIST:
    if (!del)
      emit(c, OP_UNPACK_SEQUENCE, (uint32_t)t->u.seq.elts.n);
    for (int i = 0; i < t->u.seq.elts.n; i++)
      compile_target(c, t->u.seq.elts.items[i], ctx);
    break;
  default:
    c_error(c, t->line, "can't %s %s", del ? "delete" : "assign to", expr_kind_desc(t));
  }
  c_leave(c);
}

void compile_store(Compiler *c, Node *t)
{
  compile_target(c, t, CTX_STORE);
}

void compile_delete(Compiler *c, Node *t)
{
  compile_target(c, t, CTX_DEL);
}

/* ---- conditions ------------------------------------------------------------------------ */

void compile_jump_if(Compiler *c, Node *e, bool cond, int label)
{
  if (!e)
    c_error(c, c->u->line, "invalid syntax");
  c_enter(c, e->line);
  if (e->kind == E_UNARYOP && e->u.unary.op == OP_NOT) {
    compile_jump_if(c, e->u.unary.operand, !cond, label);
  } else if (e->kind == E_BOOLOP && e->u.boolop.values.n > 0) {
    NodeList *v = &e->u.boolop.values;
    bool is_and = e->u.boolop.op == OP_AND;
    if (is_and != cond) {
      /* and/false, or/true: any operand decides */
      for (int i = 0; i < v->n; i++)
        compile_jump_if(c, v->items[i], cond, label);
    } else {
      int skip = new_label(c);
      for (int i = 0; i < v->n - 1; i++)
        compile_jump_if(c, v->items[i], !cond, skip);
      compile_jump_if(c, v->items[v->n - 1], cond, label);
      bind_label(c, skip);
    }
  } else {
    compile_expr(c, e);
    emit_jump(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, label);
  }
  c_leave(c);
}

/* ---- expressions ---------------------------------------------------------------------------- */

static void compile_compare(Compiler *c, Node *e)
{
  int n = e->u.compare.n;
  if (n < 1)
    c_error(c, e->line, "invalid syntax");
  compile_expr(c, e->u.compare.left);
  if (n == 1) {
    compile_expr(c, e->u.compare.comparators[0]);
    emit(c, OP_COMPARE_OP, cmp_opcode(c, e->u.compare.ops[0]));
    return;
  }
  int cleanup = new_label(c), end = new_label(c);
  for (int i = 0; i < n - 1; i++) {
    compile_expr(c, e->u.compare.comparators[i]);
    emit(c, OP_DUP_TOP, 0);
    emit(c, OP_ROT_THREE, 0);
    emit(c, OP_COMPARE_OP, cmp_opcode(c, e->u.compare.ops[i]));
    emit_jump(c, OP_JUMP_IF_FALSE_OR_POP, cleanup);
  }
  compile_expr(c, e->u.compare.comparators[n - 1]);
  emit(c, OP_COMPARE_OP, cmp_opcode(c, e->u.compare.ops[n - 1]));
  emit_jump(c, OP_JUMP, end);
  bind_label(c, cleanup);
  emit(c, OP_ROT_TWO, 0);
  emit(c, OP_POP_TOP, 0);
  bind_label(c, end);
}

static void compile_unary(Compiler *c, Node *e)
{
  Node *x = e->u.unary.operand;
  int64_t v;
  /* -9223372036854775808 is an int, though its digits are not */
  if (e->u.unary.op == OP_USUB && x && x->kind == E_LONG &&
      long_digits_value(x->u.lng.digits, true, &v) && v == INT64_MIN) {
    emit_int(c, v);
    return;
  }
  compile_expr(c, x);
  switch (e->u.unary.op) {
  case OP_UADD: emit(c, OP_UNARY_POSITIVE, 0); break;
  case OP_USUB: emit(c, OP_UNARY_NEGATIVE, 0); break;
  case OP_INVERT: emit(c, OP_UNARY_INVERT, 0); break;
  case OP_NOT: emit(c, OP_UNARY_NOT, 0); break;
  default: c_error(c, e->line, "invalid syntax");
  }
}

void compile_expr(Compiler *c, Node *e)
{
  if (!e)
    c_error(c, c->u->line, "invalid syntax");
  c_enter(c, e->line);
  expr_line(c, e->line);
  switch (e->kind) {
  case E_NAME:
    nameop(c, e->u.name.id, CTX_LOAD, e->line);
    break;
  case E_INT:
    emit_int(c, e->u.ival);
    break;
  case E_LONG:
    compile_long(c, e);
    break;
  case E_FLOAT:
    emit_const(c, v_float(e->u.fval));
    break;
  case E_IMAG: {
    /* An imaginary literal is a complex constant (vm/obj_complex.c). */
    Value v = complex_new(c->vm, 0.0, e->u.fval);
    if (v_isnull(v)) {
      vm_exc_clear(c->vm);
      emit_runtime_error(c, "MemoryError", "complex literal");
      break;
    }
    emit_const(c, v);
    break;
  }
  case E_STR:
    emit_str(c, e->u.str.s, e->u.str.len);
    break;
  case E_TUPLE:
  case E_LIST:
  case E_SET:
    for (int i = 0; i < e->u.seq.elts.n; i++)
      compile_expr(c, e->u.seq.elts.items[i]);
    emit(c, e->kind == E_TUPLE ? OP_BUILD_TUPLE : e->kind == E_LIST ? OP_BUILD_LIST : OP_BUILD_SET,
         (uint32_t)e->u.seq.elts.n);
    break;
  case E_DICT: {
    int n = e->u.dict.keys.n;
    if (e->u.dict.values.n != n)
      c_error(c, e->line, "invalid syntax");
    for (int i = 0; i < n; i++)
      compile_dict_pair(c, e->u.dict.keys.items[i], e->u.dict.values.items[i]);
    emit(c, OP_BUILD_MAP, (uint32_t)n);
    break;
  }
  case E_BINOP:
    compile_expr(c, e->u.binop.left);
    compile_expr(c, e->u.binop.right);
    emit(c, binop_opcode(c, e->u.binop.op, false), 0);
    break;
  case E_UNARYOP:
    compile_unary(c, e);
    break;
  case E_BOOLOP: {
    NodeList *v = &e->u.boolop.values;
    int end = new_label(c);
    Opcode op = e->u.boolop.op == OP_AND ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP;
    for (int i = 0; i < v->n - 1; i++) {
      compile_expr(c, v->items[i]);
      emit_jump(c, op, end);
    }
    if (v->n > 0)
      compile_expr(c, v->items[v->n - 1]);
    else
      emit(c, OP_LOAD_NONE, 0);
    bind_label(c, end);
    break;
  }
  case E_COMPARE:
    compile_compare(c, e);
    break;
  case E_CALL:
    compile_call(c, e);
    break;
  case E_ATTR:
    compile_expr(c, e->u.attr.value);
    emit(c, OP_LOAD_ATTR, (uint32_t)add_name(c, e->u.attr.attr));
    break;
  case E_SUBSCRIPT:
    compile_expr(c, e->u.subscript.value);
    compile_index(c, e->u.subscript.index);
    emit(c, OP_BINARY_SUBSCR, 0);
    break;
  case E_SLICE:
  case E_ELLIPSIS:
    compile_index(c, e);
    break;
  case E_IFEXP: {
    int other = new_label(c), end = new_label(c);
    compile_jump_if(c, e->u.ifexp.test, false, other);
    compile_expr(c, e->u.ifexp.body);
    emit_jump(c, OP_JUMP, end);
    bind_label(c, other);
    compile_expr(c, e->u.ifexp.orelse);
    bind_label(c, end);
    break;
  }
  case E_LAMBDA:
    compile_lambda(c, e);
    break;
  case E_LISTCOMP:
    if (e->u.comp.ngen < 1)
      c_error(c, e->line, "invalid syntax");
    emit(c, OP_BUILD_LIST, 0);
    comp_loop(c, e, 0, false);
    break;
  case E_GENEXP:
  case E_SETCOMP:
  case E_DICTCOMP:
    compile_comp_scope(c, e);
    break;
  case E_YIELD:
    if (!c->u->is_function)
      c_error(c, e->line, "'yield' outside function");
    if (e->u.yield.value)
      compile_expr(c, e->u.yield.value);
    else
      emit(c, OP_LOAD_NONE, 0);
    emit(c, OP_YIELD_VALUE, 0);
    break;
  case E_REPR:
    compile_expr(c, e->u.repr.value);
    emit(c, OP_UNARY_CONVERT, 0);
    break;
  default:
    c_error(c, e->line, "invalid syntax");
  }
  c_leave(c);
}
