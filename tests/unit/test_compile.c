/*
** test_compile.c: unit tests of the compiler (frontend/compile*.c,
** symtable.c, dis.c): emitted instruction sequences, scope decisions (fast
** locals, globals, cells, free variables, class bodies, comprehension
** scopes), stack sizes, exception tables, flags, compile-time errors, and
** robustness on hand-built and deeply nested ASTs. Snippets are parsed with
** the real parser; a few ASTs are built by hand.
*/
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "frontend/compile.h"
#include "frontend/parse.h"
#include "gc/gc.h"
#include "vm/long.h"

static VM *vm;

static int setup(void **state)
{
  (void)state;
  VMConfig cfg;
  vm_config_default(&cfg);
  vm = vm_new(&cfg);
  return vm ? 0 : -1;
}

static int teardown(void **state)
{
  (void)state;
  vm_free(vm);
  vm = NULL;
  return 0;
}

/* ---- helpers ------------------------------------------------------------------ */

static SyntaxErr last_err;

static Code *compile_flags(const char *src, CompileMode mode, int flags)
{
  Arena *a = arena_new();
  memset(&last_err, 0, sizeof last_err);
  ParseMode pm = mode == COMPILE_EVAL ? PARSE_EVAL : mode == COMPILE_SINGLE ? PARSE_SINGLE
                                                                            : PARSE_EXEC;
  AstModule *m = parse_source(a, src, strlen(src), "t.py", pm, false, &last_err);
  if (!m) {
    arena_free(a);
    fail_msg("parse error: %s: %s (line %d)", last_err.kind, last_err.msg, last_err.line);
  }
  Code *co = compile_module_src(vm, m, "t.py", mode, flags, src, strlen(src), &last_err);
  arena_free(a);
  return co;
}

static Code *compile_ok(const char *src)
{
  Code *co = compile_flags(src, COMPILE_FILE, 0);
  if (!co)
    fail_msg("compile error: %s: %s (line %d)", last_err.kind, last_err.msg, last_err.line);
  return co;
}

/* "kind: msg @line [text]" of a compile-time error */
static const char *compile_err(const char *src)
{
  static char out[1024];
  Code *co = compile_flags(src, COMPILE_FILE, 0);
  if (co)
    return "OK";
  snprintf(out, sizeof out, "%s: %s @%d [%s] col %d", last_err.kind, last_err.msg,
           last_err.line, last_err.text, last_err.col);
  return out;
}

static Code *find_code(Code *co, const char *name)
{
  if (strcmp(co->name->data, name) == 0)
    return co;
  for (int i = 0; i < co->nconsts; i++)
    if (co->consts[i].tag == T_CODE) {
      Code *r = find_code(AS_CODE(co->consts[i]), name);
      if (r)
        return r;
    }
  return NULL;
}

static void put_const(char **p, char *end, Value v)
{
  switch (v.tag) {
  case T_NONE: *p += snprintf(*p, (size_t)(end - *p), "None"); break;
  case T_INT: *p += snprintf(*p, (size_t)(end - *p), "%lld", (long long)v.u.i); break;
  case T_FLOAT: *p += snprintf(*p, (size_t)(end - *p), "%g", v.u.f); break;
  case T_STR: *p += snprintf(*p, (size_t)(end - *p), "'%s'", AS_STR(v)->data); break;
  case T_CODE: *p += snprintf(*p, (size_t)(end - *p), "<%s>", AS_CODE(v)->name->data); break;
  case T_LONG: *p += snprintf(*p, (size_t)(end - *p), "%s", long_repr(vm, AS_LONG(v))->data); break;
  case T_TUPLE: {
    Tuple *t = AS_TUPLE(v);
    *p += snprintf(*p, (size_t)(end - *p), "(");
    for (int64_t i = 0; i < t->len; i++) {
      if (i)
        *p += snprintf(*p, (size_t)(end - *p), ",");
      put_const(p, end, t->items[i]);
    }
    *p += snprintf(*p, (size_t)(end - *p), ")");
    break;
  }
  default: *p += snprintf(*p, (size_t)(end - *p), "?"); break;
  }
}

/* The instructions as "OP arg; OP arg", arguments shown symbolically. */
static const char *ops(Code *co)
{
  static char buf[16384];
  char *p = buf, *end = buf + sizeof buf - 64;
  buf[0] = '\0';
  uint32_t ext = 0;
  for (int pc = 0; pc < co->ninsns && p < end; pc++) {
    uint32_t w = co->insns[pc];
    Opcode op = INSN_OP(w);
    uint32_t arg = INSN_ARG(w) | ext;
    ext = 0;
    if (op == OP_EXTENDED_ARG) {
      ext = INSN_ARG(w) << 24;
      continue;
    }
    if (p != buf)
      p += snprintf(p, (size_t)(end - p), "; ");
    p += snprintf(p, (size_t)(end - p), "%s", opcode_names[op]);
    switch (op) {
    case OP_LOAD_CONST:
      *p++ = ' ';
      put_const(&p, end, co->consts[arg]);
      break;
    case OP_LOAD_SMALLINT:
      p += snprintf(p, (size_t)(end - p), " %lld", (long long)arg - SMALLINT_BIAS);
      break;
    case OP_LOAD_FAST: case OP_STORE_FAST: case OP_DELETE_FAST:
      p += snprintf(p, (size_t)(end - p), " %s", co->varnames[arg]->data);
      break;
    case OP_LOAD_DEREF: case OP_STORE_DEREF: case OP_DELETE_DEREF: case OP_LOAD_CLOSURE:
      p += snprintf(p, (size_t)(end - p), " %s",
                    arg < (uint32_t)co->ncells ? co->cellnames[arg]->data
                                               : co->freenames[arg - co->ncells]->data);
      break;
    case OP_LOAD_GLOBAL: case OP_STORE_GLOBAL: case OP_DELETE_GLOBAL: case OP_LOAD_NAME:
    case OP_STORE_NAME: case OP_DELETE_NAME: case OP_LOAD_ATTR: case OP_STORE_ATTR:
    case OP_DELETE_ATTR: case OP_LOAD_METHOD: case OP_IMPORT_NAME: case OP_IMPORT_FROM:
      p += snprintf(p, (size_t)(end - p), " %s", co->names[arg]->data);
      break;
    case OP_COMPARE_OP:
      p += snprintf(p, (size_t)(end - p), " %s", cmp_op_names[arg]);
      break;
    case OP_NOP: case OP_POP_TOP: case OP_ROT_TWO: case OP_ROT_THREE: case OP_ROT_FOUR:
    case OP_DUP_TOP: case OP_DUP_TOP_TWO: case OP_LOAD_NONE: case OP_LOAD_LOCALS:
    case OP_BINARY_SUBSCR: case OP_STORE_SUBSCR: case OP_DELETE_SUBSCR: case OP_GET_ITER:
    case OP_RETURN_VALUE: case OP_BUILD_CLASS: case OP_PRINT_ITEM: case OP_PRINT_ITEM_TO:
    case OP_PRINT_NEWLINE: case OP_PRINT_NEWLINE_TO: case OP_EXC_MATCH: case OP_POP_EXCEPT:
    case OP_RERAISE: case OP_IMPORT_STAR: case OP_YIELD_VALUE: case OP_SETUP_WITH:
    case OP_WITH_EXIT: case OP_WITH_EXIT_EXC: case OP_EXEC_STMT: case OP_JIT_MERGE_POINT:
    case OP_UNARY_POSITIVE: case OP_UNARY_NEGATIVE: case OP_UNARY_NOT: case OP_UNARY_INVERT:
    case OP_UNARY_CONVERT:
      break;
    default:
      if (op >= OP_BINARY_ADD && op <= OP_INPLACE_XOR)
        break;
      p += snprintf(p, (size_t)(end - p), " %u", arg);
      break;
    }
  }
  return buf;
}

static const char *exc_table(Code *co)
{
  static char buf[1024];
  char *p = buf;
  buf[0] = '\0';
  for (int i = 0; i < co->nexc; i++)
    p += snprintf(p, sizeof buf - (size_t)(p - buf), "%s%d-%d>%d[%d]", i ? " " : "",
                  co->exc[i].start, co->exc[i].end, co->exc[i].handler, co->exc[i].depth);
  return buf;
}

static const char *names_of(Str **names, int n)
{
  static char buf[1024];
  char *p = buf;
  buf[0] = '\0';
  for (int i = 0; i < n; i++)
    p += snprintf(p, sizeof buf - (size_t)(p - buf), "%s%s", i ? "," : "", names[i]->data);
  return buf;
}

/* ---- module level --------------------------------------------------------------- */

static void test_module_basic(void **state)
{
  (void)state;
  Code *co = compile_ok("x = 1\nprint x, 'a'\n");
  assert_string_equal(ops(co), "LOAD_SMALLINT 1; STORE_NAME x; LOAD_NAME x; PRINT_ITEM; "
                               "LOAD_CONST 'a'; PRINT_ITEM; PRINT_NEWLINE; LOAD_NONE; RETURN_VALUE");
  assert_int_equal(co->flags, CO_MODULE);
  assert_int_equal(co->stacksize, 1);
  assert_string_equal(co->name->data, "<module>");
  assert_string_equal(co->filename->data, "t.py");
  assert_int_equal(co->firstline, 1);
  assert_int_equal(co->lines[0], 1);
  assert_int_equal(co->lines[2], 2);
  assert_true(co->consts[0].tag == T_NONE);
  assert_non_null(co->cache);
  assert_non_null(co->hot);
  assert_int_equal(co->hot[0], 0);
}

static void test_module_docstring(void **state)
{
  (void)state;
  Code *co = compile_ok("'''the doc'''\nx = 2\n");
  assert_string_equal(ops(co), "LOAD_CONST 'the doc'; STORE_NAME __doc__; LOAD_SMALLINT 2; "
                               "STORE_NAME x; LOAD_NONE; RETURN_VALUE");
  assert_true(co->consts[0].tag == T_STR);
}

static void test_constants(void **state)
{
  (void)state;
  Code *co = compile_ok("a = 0\nb = 0.0\nc = 10000000000\nd = 10000000000\ne = 'x'\n"
                        "f = 'x'\ng = 0.0\nh = -0.0\ni = None\nj = 8388607\nk = 8388608\n"
                        "l = -8388608\nm = -8388609\n1\n'docless'\n");
  assert_string_equal(ops(co),
                      "LOAD_SMALLINT 0; STORE_NAME a; LOAD_CONST 0; STORE_NAME b; "
                      "LOAD_CONST 10000000000; STORE_NAME c; LOAD_CONST 10000000000; STORE_NAME d; "
                      "LOAD_CONST 'x'; STORE_NAME e; LOAD_CONST 'x'; STORE_NAME f; "
                      "LOAD_CONST 0; STORE_NAME g; LOAD_CONST -0; STORE_NAME h; "
                      "LOAD_NONE; STORE_NAME i; LOAD_SMALLINT 8388607; STORE_NAME j; "
                      "LOAD_CONST 8388608; STORE_NAME k; LOAD_SMALLINT -8388608; STORE_NAME l; "
                      "LOAD_CONST -8388609; STORE_NAME m; LOAD_NONE; RETURN_VALUE");
  /* None (doc slot), 0.0, 10000000000, 'x', -0.0, 8388608, -8388609: 0.0 and
  ** -0.0 and 0 stay distinct, equal ones are shared */
  assert_int_equal(co->nconsts, 7);
  assert_true(co->consts[1].tag == T_FLOAT);
  assert_true(co->consts[2].tag == T_INT);
  assert_true(co->consts[3].tag == T_STR);
  assert_true((co->consts[3].u.o->flags & STR_INTERNED) != 0);
}

static void test_long_literal(void **state)
{
  (void)state;
  Code *co = compile_ok("x = 123456789012345678901234567890\ny = 5L\n");
  assert_string_equal(ops(co), "LOAD_CONST 123456789012345678901234567890L; STORE_NAME x; "
                               "LOAD_CONST 5L; STORE_NAME y; LOAD_NONE; RETURN_VALUE");
}

/* ---- functions and scopes ---------------------------------------------------------- */

static void test_function_locals(void **state)
{
  (void)state;
  Code *co = compile_ok("def f(a, b=1, *r, **k):\n  'doc'\n  x = a\n  return g\n");
  assert_string_equal(ops(co), "LOAD_SMALLINT 1; LOAD_CONST <f>; MAKE_FUNCTION 1; STORE_NAME f; "
                               "LOAD_NONE; RETURN_VALUE");
  Code *f = find_code(co, "f");
  assert_non_null(f);
  assert_string_equal(ops(f), "LOAD_FAST a; STORE_FAST x; LOAD_GLOBAL g; RETURN_VALUE");
  assert_int_equal(f->flags, CO_NEWLOCALS | CO_VARARGS | CO_VARKEYWORDS);
  assert_int_equal(f->argcount, 2);
  assert_int_equal(f->nlocals, 5);
  assert_string_equal(names_of(f->varnames, f->nlocals), "a,b,r,k,x");
  assert_true(f->consts[0].tag == T_STR);
  assert_string_equal(AS_STR(f->consts[0])->data, "doc");
  assert_int_equal(f->stacksize, 1);
  assert_int_equal(f->firstline, 1);

  Code *g = find_code(compile_ok("def g(): pass\n"), "g");
  assert_true(g->consts[0].tag == T_NONE);
  assert_string_equal(ops(g), "LOAD_NONE; RETURN_VALUE");
}

static void test_global_statement(void **state)
{
  (void)state;
  Code *co = compile_ok("global q\nq = 1\ndef f():\n  global x\n  x = 1\n  del x\n  y = 2\n"
                        "  del y\n  return x, y\n");
  assert_string_equal(ops(co), "LOAD_SMALLINT 1; STORE_GLOBAL q; LOAD_CONST <f>; MAKE_FUNCTION 0; "
                               "STORE_NAME f; LOAD_NONE; RETURN_VALUE");
  assert_string_equal(ops(find_code(co, "f")),
                      "LOAD_SMALLINT 1; STORE_GLOBAL x; DELETE_GLOBAL x; LOAD_SMALLINT 2; "
                      "STORE_FAST y; DELETE_FAST y; LOAD_GLOBAL x; LOAD_FAST y; BUILD_TUPLE 2; "
                      "RETURN_VALUE");
}

static void test_closures(void **state)
{
  (void)state;
  Code *co = compile_ok("def f(a, b):\n  c = 1\n  def g(d):\n    def h(): return a + c + d\n"
                        "    return h\n  return g\n");
  Code *f = find_code(co, "f"), *g = find_code(co, "g"), *h = find_code(co, "h");
  assert_string_equal(names_of(f->cellnames, f->ncells), "a,c");
  assert_int_equal(f->nfrees, 0);
  assert_int_equal(f->cell2arg[0], 0);   /* a is parameter 0 */
  assert_int_equal(f->cell2arg[1], -1);
  assert_string_equal(names_of(f->varnames, f->nlocals), "a,b,g");
  assert_string_equal(ops(f), "LOAD_SMALLINT 1; STORE_DEREF c; LOAD_CLOSURE a; LOAD_CLOSURE c; "
                              "BUILD_TUPLE 2; LOAD_CONST <g>; MAKE_CLOSURE 0; STORE_FAST g; "
                              "LOAD_FAST g; RETURN_VALUE");
  assert_string_equal(names_of(g->cellnames, g->ncells), "d");
  assert_string_equal(names_of(g->freenames, g->nfrees), "a,c");
  assert_int_equal(g->cell2arg[0], 0);
  assert_true((g->flags & CO_NESTED) != 0);
  /* LOAD_CLOSURE indexes: cells first, then frees */
  assert_string_equal(ops(g), "LOAD_CLOSURE a; LOAD_CLOSURE c; LOAD_CLOSURE d; BUILD_TUPLE 3; "
                              "LOAD_CONST <h>; MAKE_CLOSURE 0; STORE_FAST h; LOAD_FAST h; "
                              "RETURN_VALUE");
  assert_string_equal(names_of(h->freenames, h->nfrees), "a,c,d");
  assert_string_equal(ops(h), "LOAD_DEREF a; LOAD_DEREF c; BINARY_ADD; LOAD_DEREF d; BINARY_ADD; "
                              "RETURN_VALUE");
  assert_int_equal(h->ncells, 0);
}

static void test_closure_slots(void **state)
{
  (void)state;
  Code *g = find_code(compile_ok("def f(x):\n  def g(y):\n    def h(): return x, y\n"
                                 "    return x\n"),
                      "g");
  /* g: cellvars [y] (slot 0), freevars [x] (slot 1) */
  assert_string_equal(names_of(g->cellnames, g->ncells), "y");
  assert_string_equal(names_of(g->freenames, g->nfrees), "x");
  assert_int_equal(INSN_OP(g->insns[0]), OP_LOAD_CLOSURE);
  assert_int_equal(INSN_ARG(g->insns[0]), 1);   /* x: free 0 -> slot ncells + 0 */
  assert_int_equal(INSN_ARG(g->insns[1]), 0);   /* y: cell 0 */
}

static void test_tuple_params(void **state)
{
  (void)state;
  Code *f = find_code(compile_ok("def f(a, (b, (c, d)), *e):\n  def g(): return c\n  return a\n"),
                      "f");
  assert_string_equal(names_of(f->varnames, f->nlocals), "a,.1,e,b,c,d,g");
  assert_int_equal(f->argcount, 2);
  assert_string_equal(names_of(f->cellnames, f->ncells), "c");
  assert_int_equal(f->cell2arg[0], -1);
  assert_string_equal(ops(f), "LOAD_FAST .1; UNPACK_SEQUENCE 2; STORE_FAST b; UNPACK_SEQUENCE 2; "
                              "STORE_DEREF c; STORE_FAST d; LOAD_CLOSURE c; BUILD_TUPLE 1; "
                              "LOAD_CONST <g>; MAKE_CLOSURE 0; STORE_FAST g; LOAD_FAST a; "
                              "RETURN_VALUE");
  Code *l = find_code(compile_ok("f = lambda (x, y), z=2: x\n"), "<lambda>");
  assert_string_equal(names_of(l->varnames, l->nlocals), ".0,z,x,y");
  assert_int_equal(l->flags, CO_NEWLOCALS | CO_LAMBDA);
  assert_string_equal(ops(l), "LOAD_FAST .0; UNPACK_SEQUENCE 2; STORE_FAST x; STORE_FAST y; "
                              "LOAD_FAST x; RETURN_VALUE");
}

static void test_decorators(void **state)
{
  (void)state;
  Code *co = compile_ok("@d1\n@d2(3)\ndef f(): pass\n");
  assert_string_equal(ops(co), "LOAD_NAME d1; LOAD_NAME d2; LOAD_SMALLINT 3; CALL_FUNCTION 1; "
                               "LOAD_CONST <f>; MAKE_FUNCTION 0; CALL_FUNCTION 1; CALL_FUNCTION 1; "
                               "STORE_NAME f; LOAD_NONE; RETURN_VALUE");
  assert_int_equal(find_code(co, "f")->firstline, 1);
}

static void test_class(void **state)
{
  (void)state;
  Code *co = compile_ok("@deco\nclass C(B, object):\n  'cdoc'\n  x = 1\n  def m(self): "
                        "return x\n");
  assert_string_equal(ops(co), "LOAD_NAME deco; LOAD_CONST 'C'; LOAD_NAME B; LOAD_NAME object; "
                               "BUILD_TUPLE 2; LOAD_CONST <C>; MAKE_FUNCTION 0; CALL_FUNCTION 0; "
                               "BUILD_CLASS; CALL_FUNCTION 1; STORE_NAME C; LOAD_NONE; "
                               "RETURN_VALUE");
  Code *c = find_code(co, "C");
  assert_int_equal(c->flags, CO_CLASSBODY);
  assert_string_equal(ops(c), "LOAD_NAME __name__; STORE_NAME __module__; LOAD_CONST 'cdoc'; "
                              "STORE_NAME __doc__; LOAD_SMALLINT 1; STORE_NAME x; LOAD_CONST <m>; "
                              "MAKE_FUNCTION 0; STORE_NAME m; LOAD_LOCALS; RETURN_VALUE");
  /* class scope is skipped: m's x is a global */
  assert_string_equal(ops(find_code(co, "m")), "LOAD_GLOBAL x; RETURN_VALUE");
}

static void test_class_in_function(void **state)
{
  (void)state;
  Code *co = compile_ok("def f(a):\n  x = 1\n  class C:\n    y = x\n    a = 5\n"
                        "    def m(self): return a\n  return C\n");
  Code *f = find_code(co, "f"), *c = find_code(co, "C");
  assert_string_equal(names_of(f->cellnames, f->ncells), "a,x");
  /* C reads x from f (LOAD_DEREF), binds its own a (STORE_NAME) and passes f's a through */
  assert_string_equal(names_of(c->freenames, c->nfrees), "a,x");
  assert_string_equal(ops(c), "LOAD_NAME __name__; STORE_NAME __module__; LOAD_DEREF x; "
                              "STORE_NAME y; LOAD_SMALLINT 5; STORE_NAME a; LOAD_CLOSURE a; "
                              "BUILD_TUPLE 1; LOAD_CONST <m>; MAKE_CLOSURE 0; STORE_NAME m; "
                              "LOAD_LOCALS; RETURN_VALUE");
  assert_string_equal(ops(find_code(co, "m")), "LOAD_DEREF a; RETURN_VALUE");
  assert_string_equal(ops(f), "LOAD_SMALLINT 1; STORE_DEREF x; LOAD_CONST 'C'; BUILD_TUPLE 0; "
                              "LOAD_CLOSURE a; LOAD_CLOSURE x; BUILD_TUPLE 2; LOAD_CONST <C>; "
                              "MAKE_CLOSURE 0; CALL_FUNCTION 0; BUILD_CLASS; STORE_FAST C; "
                              "LOAD_FAST C; RETURN_VALUE");
}

static void test_mangling(void **state)
{
  (void)state;
  Code *co = compile_ok("class _K:\n  __x = 1\n  def __m(self, __p):\n    return self.__y, "
                        "__p, __z__, o.__x\n");
  assert_string_equal(ops(find_code(co, "_K")),
                      "LOAD_NAME __name__; STORE_NAME __module__; LOAD_SMALLINT 1; "
                      "STORE_NAME _K__x; LOAD_CONST <__m>; MAKE_FUNCTION 0; STORE_NAME _K__m; "
                      "LOAD_LOCALS; RETURN_VALUE");
  Code *m = find_code(co, "__m");
  assert_string_equal(names_of(m->varnames, m->nlocals), "self,_K__p");
  assert_string_equal(ops(m), "LOAD_FAST self; LOAD_ATTR _K__y; LOAD_FAST _K__p; "
                              "LOAD_GLOBAL __z__; LOAD_GLOBAL o; LOAD_ATTR _K__x; BUILD_TUPLE 4; "
                              "RETURN_VALUE");
}

/* ---- comprehensions --------------------------------------------------------------- */

static void test_listcomp_inline(void **state)
{
  (void)state;
  Code *co = compile_ok("r = [x * y for x in a if x for y in b]\n");
  assert_string_equal(ops(co), "BUILD_LIST 0; LOAD_NAME a; GET_ITER; FOR_ITER 17; STORE_NAME x; "
                               "LOAD_NAME x; POP_JUMP_IF_FALSE 16; LOAD_NAME b; GET_ITER; "
                               "FOR_ITER 16; STORE_NAME y; LOAD_NAME x; LOAD_NAME y; BINARY_MUL; "
                               "LIST_APPEND 2; JUMP_BACK 9; JUMP_BACK 3; STORE_NAME r; "
                               "LOAD_NONE; RETURN_VALUE");
  assert_int_equal(co->stacksize, 5);
  assert_true((co->flags & CO_HAS_LOOP) != 0);
  /* in a function the loop variable is a plain local */
  Code *f = find_code(compile_ok("def f(a):\n  return [x for x in a], x\n"), "f");
  assert_string_equal(names_of(f->varnames, f->nlocals), "a,x");
}

static void test_genexp(void **state)
{
  (void)state;
  Code *co = compile_ok("def f(a, n):\n  return sum(x + n for x in a if x)\n");
  Code *f = find_code(co, "f"), *g = find_code(co, "<genexpr>");
  assert_string_equal(ops(f), "LOAD_GLOBAL sum; LOAD_CLOSURE n; BUILD_TUPLE 1; "
                              "LOAD_CONST <<genexpr>>; MAKE_CLOSURE 0; LOAD_FAST a; GET_ITER; "
                              "CALL_FUNCTION 1; CALL_FUNCTION 1; RETURN_VALUE");
  assert_int_equal(f->flags & CO_HAS_LOOP, 0);
  assert_int_equal(g->flags, CO_NEWLOCALS | CO_NESTED | CO_GENERATOR | CO_HAS_LOOP);
  assert_int_equal(g->argcount, 1);
  assert_string_equal(names_of(g->varnames, g->nlocals), ".0,x");
  assert_string_equal(ops(g), "LOAD_FAST .0; FOR_ITER 11; STORE_FAST x; LOAD_FAST x; "
                              "POP_JUMP_IF_FALSE 10; LOAD_FAST x; LOAD_DEREF n; BINARY_ADD; "
                              "YIELD_VALUE; POP_TOP; JUMP_BACK 1; LOAD_NONE; RETURN_VALUE");
}

static void test_set_dict_comp(void **state)
{
  (void)state;
  /* values before keys, as CPython 2.7 evaluates them */
  Code *co = compile_ok("s = {x for x in a}\nd = {k: v for k, v in b for z in k}\n");
  assert_string_equal(ops(find_code(co, "<setcomp>")),
                      "BUILD_SET 0; LOAD_FAST .0; FOR_ITER 7; STORE_FAST x; LOAD_FAST x; "
                      "SET_ADD 1; JUMP_BACK 2; RETURN_VALUE");
  assert_string_equal(ops(find_code(co, "<dictcomp>")),
                      "BUILD_MAP 0; LOAD_FAST .0; FOR_ITER 16; UNPACK_SEQUENCE 2; STORE_FAST k; "
                      "STORE_FAST v; LOAD_FAST k; GET_ITER; FOR_ITER 15; STORE_FAST z; "
                      "LOAD_FAST v; LOAD_FAST k; ROT_TWO; MAP_ADD 2; JUMP_BACK 8; JUMP_BACK 2; "
                      "RETURN_VALUE");
  /* module-level comprehension scopes: names they do not bind are globals */
  assert_string_equal(ops(find_code(compile_ok("s = {x + y for x in a}\n"), "<setcomp>")),
                      "BUILD_SET 0; LOAD_FAST .0; FOR_ITER 9; STORE_FAST x; LOAD_FAST x; "
                      "LOAD_GLOBAL y; BINARY_ADD; SET_ADD 1; JUMP_BACK 2; RETURN_VALUE");
}

/* ---- control flow ------------------------------------------------------------------ */

static void test_if_while(void **state)
{
  (void)state;
  Code *co = compile_ok("if a:\n  x\nelif not b:\n  y\nelse:\n  z\n");
  assert_string_equal(ops(co), "LOAD_NAME a; POP_JUMP_IF_FALSE 5; LOAD_NAME x; POP_TOP; JUMP 12; "
                               "LOAD_NAME b; POP_JUMP_IF_TRUE 10; LOAD_NAME y; POP_TOP; JUMP 12; "
                               "LOAD_NAME z; POP_TOP; LOAD_NONE; RETURN_VALUE");
  co = compile_ok("while a and b:\n  x\nelse:\n  y\n");
  assert_string_equal(ops(co), "LOAD_NAME a; POP_JUMP_IF_FALSE 7; LOAD_NAME b; "
                               "POP_JUMP_IF_FALSE 7; LOAD_NAME x; POP_TOP; JUMP_BACK 0; "
                               "LOAD_NAME y; POP_TOP; LOAD_NONE; RETURN_VALUE");
  co = compile_ok("while 1:\n  if x: break\n");
  assert_string_equal(ops(co), "LOAD_NAME x; POP_JUMP_IF_FALSE 3; JUMP 4; JUMP_BACK 0; "
                               "LOAD_NONE; RETURN_VALUE");
  assert_true((co->flags & CO_HAS_LOOP) != 0);
  co = compile_ok("if a or b: x\n");
  assert_string_equal(ops(co), "LOAD_NAME a; POP_JUMP_IF_TRUE 4; LOAD_NAME b; "
                               "POP_JUMP_IF_FALSE 6; LOAD_NAME x; POP_TOP; LOAD_NONE; RETURN_VALUE");
}

static void test_for_loops(void **state)
{
  (void)state;
  Code *co = compile_ok("for i in range(10):\n  if i: continue\n  if i > 5: break\nelse:\n"
                        "  print\n");
  assert_string_equal(ops(co), "LOAD_NAME range; LOAD_SMALLINT 10; CALL_ITER 1; FOR_ITER 15; "
                               "STORE_NAME i; LOAD_NAME i; POP_JUMP_IF_FALSE 8; JUMP_BACK 3; "
                               "LOAD_NAME i; LOAD_SMALLINT 5; COMPARE_OP >; POP_JUMP_IF_FALSE 14; "
                               "POP_TOP; JUMP 16; JUMP_BACK 3; PRINT_NEWLINE; LOAD_NONE; "
                               "RETURN_VALUE");
  assert_int_equal(co->stacksize, 3);
  /* CALL_ITER only for the global range/xrange, with keywords but no star-args */
  Code *f = find_code(compile_ok("def f(range, a):\n  for x in range(3): pass\n"
                                 "  for y in xrange(1, a): pass\n  for z in xrange(*a): pass\n"),
                      "f");
  assert_string_equal(ops(f), "LOAD_FAST range; LOAD_SMALLINT 3; CALL_FUNCTION 1; GET_ITER; "
                              "FOR_ITER 7; STORE_FAST x; JUMP_BACK 4; LOAD_GLOBAL xrange; "
                              "LOAD_SMALLINT 1; LOAD_FAST a; CALL_ITER 2; FOR_ITER 14; "
                              "STORE_FAST y; JUMP_BACK 11; LOAD_GLOBAL xrange; LOAD_FAST a; "
                              "CALL_FUNCTION_VAR 0; GET_ITER; FOR_ITER 21; STORE_FAST z; "
                              "JUMP_BACK 18; LOAD_NONE; RETURN_VALUE");
  assert_true((f->flags & CO_HAS_LOOP) != 0);
  assert_int_equal(find_code(compile_ok("def g(): return 1\n"), "g")->flags & CO_HAS_LOOP, 0);
}

static void test_try_except(void **state)
{
  (void)state;
  Code *co = compile_ok("try:\n  a\nexcept (E, F), e:\n  b\nexcept G:\n  pass\nelse:\n  c\n");
  assert_string_equal(ops(co), "LOAD_NAME a; POP_TOP; LOAD_NAME c; POP_TOP; JUMP 24; "
                               "DUP_TOP; LOAD_NAME E; LOAD_NAME F; BUILD_TUPLE 2; EXC_MATCH; "
                               "POP_JUMP_IF_FALSE 16; STORE_NAME e; LOAD_NAME b; POP_TOP; "
                               "POP_EXCEPT; JUMP 24; DUP_TOP; LOAD_NAME G; EXC_MATCH; "
                               "POP_JUMP_IF_FALSE 23; POP_TOP; POP_EXCEPT; JUMP 24; RERAISE; "
                               "LOAD_NONE; RETURN_VALUE");
  assert_string_equal(exc_table(co), "0-2>5[0]");
  assert_int_equal(co->stacksize, 5);   /* tb exc exc E F */
  co = compile_ok("try:\n  a\nexcept:\n  raise\n");
  assert_string_equal(ops(co), "LOAD_NAME a; POP_TOP; JUMP 5; POP_TOP; RAISE_VARARGS 0; "
                               "LOAD_NONE; RETURN_VALUE");
}

static void test_try_finally(void **state)
{
  (void)state;
  Code *co = compile_ok("try:\n  a\nfinally:\n  b\n");
  assert_string_equal(ops(co), "LOAD_NAME a; POP_TOP; LOAD_NAME b; POP_TOP; JUMP 8; LOAD_NAME b; "
                               "POP_TOP; RERAISE; LOAD_NONE; RETURN_VALUE");
  assert_string_equal(exc_table(co), "0-2>5[0]");
  assert_int_equal(co->stacksize, 3);
  /* return inside try/finally runs the finally body inline, outside the region */
  Code *f = find_code(compile_ok("def f():\n  try:\n    return g()\n  finally:\n    h()\n"), "f");
  assert_string_equal(ops(f), "LOAD_GLOBAL g; CALL_FUNCTION 0; LOAD_GLOBAL h; CALL_FUNCTION 0; "
                              "POP_TOP; RETURN_VALUE; LOAD_GLOBAL h; CALL_FUNCTION 0; POP_TOP; "
                              "JUMP 14; LOAD_GLOBAL h; CALL_FUNCTION 0; POP_TOP; RERAISE; "
                              "LOAD_NONE; RETURN_VALUE");
  assert_string_equal(exc_table(f), "0-2>10[0]");
}

static void test_try_except_finally(void **state)
{
  (void)state;
  Code *co = compile_ok("try:\n  a\nexcept E:\n  b\nelse:\n  c\nfinally:\n  d\n");
  assert_string_equal(ops(co), "LOAD_NAME a; POP_TOP; LOAD_NAME c; POP_TOP; JUMP 15; DUP_TOP; "
                               "LOAD_NAME E; EXC_MATCH; POP_JUMP_IF_FALSE 14; POP_TOP; LOAD_NAME b; "
                               "POP_TOP; POP_EXCEPT; JUMP 15; RERAISE; LOAD_NAME d; POP_TOP; "
                               "JUMP 21; LOAD_NAME d; POP_TOP; RERAISE; LOAD_NONE; RETURN_VALUE");
  /* inner region first; the handlers and else are inside the finally region */
  assert_string_equal(exc_table(co), "0-2>5[0] 0-15>18[0]");
}

static void test_loops_and_finally(void **state)
{
  (void)state;
  Code *f = find_code(compile_ok("def f(x):\n  for i in x:\n    try:\n      if i: break\n"
                                 "      if x: continue\n      return i\n    finally:\n"
                                 "      g()\n"),
                      "f");
  assert_string_equal(ops(f), "LOAD_FAST x; GET_ITER; FOR_ITER 33; STORE_FAST i; LOAD_FAST i; "
                              "POP_JUMP_IF_FALSE 11; LOAD_GLOBAL g; CALL_FUNCTION 0; POP_TOP; "
                              "POP_TOP; JUMP 33; LOAD_FAST x; POP_JUMP_IF_FALSE 17; "
                              "LOAD_GLOBAL g; CALL_FUNCTION 0; POP_TOP; JUMP_BACK 2; LOAD_FAST i; "
                              "LOAD_GLOBAL g; CALL_FUNCTION 0; POP_TOP; ROT_TWO; POP_TOP; "
                              "RETURN_VALUE; LOAD_GLOBAL g; CALL_FUNCTION 0; POP_TOP; JUMP 32; "
                              "LOAD_GLOBAL g; CALL_FUNCTION 0; POP_TOP; RERAISE; JUMP_BACK 2; "
                              "LOAD_NONE; RETURN_VALUE");
  /* regions cut around the inline finally copies, depth 1 (the iterator) */
  assert_string_equal(exc_table(f), "4-6>28[1] 11-13>28[1] 17-18>28[1]");
  assert_int_equal(f->stacksize, 4);
}

static void test_break_in_handlers(void **state)
{
  (void)state;
  /* break out of an except clause and out of an exception-path finally */
  Code *co = compile_ok("while 1:\n  try:\n    a\n  except:\n    break\n"
                        "while 1:\n  try:\n    a\n  finally:\n    break\n");
  assert_string_equal(ops(co), "LOAD_NAME a; POP_TOP; JUMP 6; POP_TOP; POP_EXCEPT; JUMP 7; "
                               "JUMP_BACK 0; LOAD_NAME a; POP_TOP; JUMP 14; POP_TOP; POP_EXCEPT; "
                               "JUMP 14; JUMP_BACK 7; LOAD_NONE; RETURN_VALUE");
  /* return out of an except clause inside a with, inside a for */
  Code *f = find_code(compile_ok("def f(x):\n  for i in x:\n    with i as j:\n      try:\n"
                                 "        pass\n      except E:\n        return j\n"),
                      "f");
  assert_string_equal(ops(f), "LOAD_FAST x; GET_ITER; FOR_ITER 26; STORE_FAST i; LOAD_FAST i; "
                              "SETUP_WITH; STORE_FAST j; JUMP 22; DUP_TOP; LOAD_GLOBAL E; "
                              "EXC_MATCH; POP_JUMP_IF_FALSE 21; POP_TOP; LOAD_FAST j; ROT_TWO; "
                              "POP_EXCEPT; ROT_TWO; WITH_EXIT; ROT_TWO; POP_TOP; RETURN_VALUE; "
                              "RERAISE; WITH_EXIT; JUMP 25; WITH_EXIT_EXC; JUMP_BACK 2; "
                              "LOAD_NONE; RETURN_VALUE");
  /* the empty try body has no region; the with region skips the unwinding
  ** code that leaves it (ROT_TWO; WITH_EXIT; ROT_TWO; POP_TOP; RETURN_VALUE) */
  assert_string_equal(exc_table(f), "6-16>24[2] 21-22>24[2]");
  /* the return value survives a finally body that breaks out: it is dropped */
  Code *g = find_code(compile_ok("def g(x):\n  for i in x:\n    try:\n      return 1\n"
                                 "    finally:\n      break\n"),
                      "g");
  assert_string_equal(ops(g), "LOAD_FAST x; GET_ITER; FOR_ITER 18; STORE_FAST i; LOAD_SMALLINT 1; "
                              "POP_TOP; POP_TOP; JUMP 18; ROT_TWO; POP_TOP; RETURN_VALUE; "
                              "POP_TOP; JUMP 18; POP_TOP; POP_EXCEPT; POP_TOP; JUMP 18; "
                              "JUMP_BACK 2; LOAD_NONE; RETURN_VALUE");
}

static void test_with(void **state)
{
  (void)state;
  Code *co = compile_ok("with a as (b, c):\n  d\nwith e:\n  pass\n");
  assert_string_equal(ops(co), "LOAD_NAME a; SETUP_WITH; UNPACK_SEQUENCE 2; STORE_NAME b; "
                               "STORE_NAME c; LOAD_NAME d; POP_TOP; WITH_EXIT; JUMP 10; "
                               "WITH_EXIT_EXC; LOAD_NAME e; SETUP_WITH; POP_TOP; WITH_EXIT; "
                               "JUMP 16; WITH_EXIT_EXC; LOAD_NONE; RETURN_VALUE");
  assert_string_equal(exc_table(co), "2-7>9[1] 12-13>15[1]");
  assert_int_equal(co->stacksize, 3);
}

/* ---- statements -------------------------------------------------------------------- */

static void test_assignments(void **state)
{
  (void)state;
  Code *co = compile_ok("a = b = c\nx, (y, z) = t\na, b = b, a\na, b, c = c, b, a\n"
                        "o.x = 1\no[i] = 2\no[1:2] = 3\n");
  assert_string_equal(ops(co), "LOAD_NAME c; DUP_TOP; STORE_NAME a; STORE_NAME b; LOAD_NAME t; "
                               "UNPACK_SEQUENCE 2; STORE_NAME x; UNPACK_SEQUENCE 2; STORE_NAME y; "
                               "STORE_NAME z; LOAD_NAME b; LOAD_NAME a; ROT_TWO; STORE_NAME a; "
                               "STORE_NAME b; LOAD_NAME c; LOAD_NAME b; LOAD_NAME a; ROT_THREE; "
                               "ROT_TWO; STORE_NAME a; STORE_NAME b; STORE_NAME c; "
                               "LOAD_SMALLINT 1; LOAD_NAME o; STORE_ATTR x; LOAD_SMALLINT 2; "
                               "LOAD_NAME o; LOAD_NAME i; STORE_SUBSCR; LOAD_SMALLINT 3; "
                               "LOAD_NAME o; LOAD_SMALLINT 1; LOAD_SMALLINT 2; BUILD_SLICE 2; "
                               "STORE_SUBSCR; LOAD_NONE; RETURN_VALUE");
}

static void test_augassign(void **state)
{
  (void)state;
  Code *co = compile_ok("x += 1\no.a -= 2\no[i] *= 3\no[:j] /= 4\n");
  assert_string_equal(ops(co), "LOAD_NAME x; LOAD_SMALLINT 1; INPLACE_ADD; STORE_NAME x; "
                               "LOAD_NAME o; DUP_TOP; LOAD_ATTR a; LOAD_SMALLINT 2; INPLACE_SUB; "
                               "ROT_TWO; STORE_ATTR a; LOAD_NAME o; LOAD_NAME i; DUP_TOP_TWO; "
                               "BINARY_SUBSCR; LOAD_SMALLINT 3; INPLACE_MUL; ROT_THREE; "
                               "STORE_SUBSCR; LOAD_NAME o; LOAD_NONE; LOAD_NAME j; BUILD_SLICE 2; "
                               "DUP_TOP_TWO; BINARY_SUBSCR; LOAD_SMALLINT 4; INPLACE_DIV; "
                               "ROT_THREE; STORE_SUBSCR; LOAD_NONE; RETURN_VALUE");
  assert_int_equal(co->stacksize, 4);
}

static void test_del(void **state)
{
  (void)state;
  Code *co = compile_ok("del a, o.b, o[1], o[::2], (c, [d])\n");
  assert_string_equal(ops(co), "DELETE_NAME a; LOAD_NAME o; DELETE_ATTR b; LOAD_NAME o; "
                               "LOAD_SMALLINT 1; DELETE_SUBSCR; LOAD_NAME o; LOAD_NONE; LOAD_NONE; "
                               "LOAD_SMALLINT 2; BUILD_SLICE 3; DELETE_SUBSCR; DELETE_NAME c; "
                               "DELETE_NAME d; LOAD_NONE; RETURN_VALUE");
}

static void test_print(void **state)
{
  (void)state;
  Code *co = compile_ok("print\nprint a,\nprint >>f, a, b\nprint >>f, a,\nprint >>f\n");
  assert_string_equal(ops(co), "PRINT_NEWLINE; LOAD_NAME a; PRINT_ITEM; LOAD_NAME f; DUP_TOP; "
                               "LOAD_NAME a; ROT_TWO; PRINT_ITEM_TO; DUP_TOP; LOAD_NAME b; "
                               "ROT_TWO; PRINT_ITEM_TO; PRINT_NEWLINE_TO; LOAD_NAME f; DUP_TOP; "
                               "LOAD_NAME a; ROT_TWO; PRINT_ITEM_TO; POP_TOP; LOAD_NAME f; "
                               "PRINT_NEWLINE_TO; LOAD_NONE; RETURN_VALUE");
}

static void test_raise_assert_exec(void **state)
{
  (void)state;
  Code *co = compile_ok("raise\nraise E\nraise E, v\nraise E, v, t\nassert x\nassert x, m\n"
                        "exec c\nexec c in g\nexec c in g, l\n");
  assert_string_equal(ops(co), "RAISE_VARARGS 0; LOAD_NAME E; RAISE_VARARGS 1; LOAD_NAME E; "
                               "LOAD_NAME v; RAISE_VARARGS 2; LOAD_NAME E; LOAD_NAME v; "
                               "LOAD_NAME t; RAISE_VARARGS 3; LOAD_NAME x; POP_JUMP_IF_TRUE 13; "
                               "ASSERT_FAIL 0; LOAD_NAME x; POP_JUMP_IF_TRUE 17; LOAD_NAME m; "
                               "ASSERT_FAIL 1; LOAD_NAME c; LOAD_NONE; LOAD_NONE; EXEC_STMT; "
                               "LOAD_NAME c; LOAD_NAME g; DUP_TOP; EXEC_STMT; LOAD_NAME c; "
                               "LOAD_NAME g; LOAD_NAME l; EXEC_STMT; LOAD_NONE; RETURN_VALUE");
  co = compile_flags("assert x\nassert y, z\n", COMPILE_FILE, COMPILE_OPTIMIZE);
  assert_string_equal(ops(co), "LOAD_NONE; RETURN_VALUE");
}

static void test_imports(void **state)
{
  (void)state;
  Code *co = compile_ok("import os, a.b.c, a.b.c as d\nfrom x.y import p, q as r\n"
                        "from . import s\nfrom ..m import *\n");
  assert_string_equal(ops(co), "LOAD_SMALLINT -1; LOAD_NONE; IMPORT_NAME os; STORE_NAME os; "
                               "LOAD_SMALLINT -1; LOAD_NONE; IMPORT_NAME a.b.c; STORE_NAME a; "
                               "LOAD_SMALLINT -1; LOAD_NONE; IMPORT_NAME a.b.c; LOAD_ATTR b; "
                               "LOAD_ATTR c; STORE_NAME d; LOAD_SMALLINT -1; LOAD_CONST ('p','q'); "
                               "IMPORT_NAME x.y; IMPORT_FROM p; STORE_NAME p; IMPORT_FROM q; "
                               "STORE_NAME r; POP_TOP; LOAD_SMALLINT 1; LOAD_CONST ('s'); "
                               "IMPORT_NAME ; IMPORT_FROM s; STORE_NAME s; POP_TOP; "
                               "LOAD_SMALLINT 2; LOAD_CONST ('*'); IMPORT_NAME m; IMPORT_STAR; "
                               "LOAD_NONE; RETURN_VALUE");
  /* the future statement still imports and binds (CPython 2.7); after
     absolute_import, `import os` is level 0 */
  co = compile_ok("from __future__ import absolute_import\nimport os\n");
  assert_string_equal(ops(co), "LOAD_SMALLINT 0; LOAD_CONST ('absolute_import'); "
                               "IMPORT_NAME __future__; IMPORT_FROM absolute_import; "
                               "STORE_NAME absolute_import; POP_TOP; "
                               "LOAD_SMALLINT 0; LOAD_NONE; IMPORT_NAME os; STORE_NAME os; "
                               "LOAD_NONE; RETURN_VALUE");
  Code *f = find_code(compile_ok("def f():\n  import a.b\n  from c import d\n"), "f");
  assert_string_equal(ops(f), "LOAD_SMALLINT -1; LOAD_NONE; IMPORT_NAME a.b; STORE_FAST a; "
                              "LOAD_SMALLINT -1; LOAD_CONST ('d'); IMPORT_NAME c; IMPORT_FROM d; "
                              "STORE_FAST d; POP_TOP; LOAD_NONE; RETURN_VALUE");
}

static void test_future_division(void **state)
{
  (void)state;
  Code *co = compile_ok("'doc'\nfrom __future__ import division, print_function\n"
                        "def f(a, b):\n  a /= b\n  return a / b // b\n");
  assert_int_equal(co->flags, CO_MODULE | CO_FUTURE_DIVISION | CO_FUTURE_PRINT);
  Code *f = find_code(co, "f");
  assert_true((f->flags & CO_FUTURE_DIVISION) != 0);
  assert_string_equal(ops(f), "LOAD_FAST a; LOAD_FAST b; INPLACE_TRUEDIV; STORE_FAST a; "
                              "LOAD_FAST a; LOAD_FAST b; BINARY_TRUEDIV; LOAD_FAST b; "
                              "BINARY_FLOORDIV; RETURN_VALUE");
  /* inherited through the flags argument (exec / eval of such code) */
  co = compile_flags("x = a / b\n", COMPILE_FILE, CO_FUTURE_DIVISION);
  assert_string_equal(ops(co), "LOAD_NAME a; LOAD_NAME b; BINARY_TRUEDIV; STORE_NAME x; "
                               "LOAD_NONE; RETURN_VALUE");
  co = compile_ok("x = a / b\n");
  assert_string_equal(ops(co), "LOAD_NAME a; LOAD_NAME b; BINARY_DIV; STORE_NAME x; LOAD_NONE; "
                               "RETURN_VALUE");
}

/* ---- expressions -------------------------------------------------------------------- */

static void test_compare_boolops(void **state)
{
  (void)state;
  Code *co = compile_ok("r = a < b <= c\ns = a in b\nt = a is not b\nu = a and b or c\n"
                        "v = not a\n");
  assert_string_equal(ops(co), "LOAD_NAME a; LOAD_NAME b; DUP_TOP; ROT_THREE; COMPARE_OP <; "
                               "JUMP_IF_FALSE_OR_POP 9; LOAD_NAME c; COMPARE_OP <=; JUMP 11; "
                               "ROT_TWO; POP_TOP; STORE_NAME r; LOAD_NAME a; LOAD_NAME b; "
                               "COMPARE_OP in; STORE_NAME s; LOAD_NAME a; LOAD_NAME b; "
                               "COMPARE_OP is not; STORE_NAME t; LOAD_NAME a; "
                               "JUMP_IF_FALSE_OR_POP 23; LOAD_NAME b; JUMP_IF_TRUE_OR_POP 25; "
                               "LOAD_NAME c; STORE_NAME u; LOAD_NAME a; UNARY_NOT; STORE_NAME v; "
                               "LOAD_NONE; RETURN_VALUE");
  assert_int_equal(co->stacksize, 3);
}

static void test_calls(void **state)
{
  (void)state;
  Code *co = compile_ok("f(1, k=2)\nf(*a, **k)\nf(1, *a)\no.m(1, 2)\no.m(k=1)\no.m(*a)\n");
  assert_string_equal(ops(co), "LOAD_NAME f; LOAD_SMALLINT 1; LOAD_CONST 'k'; LOAD_SMALLINT 2; "
                               "CALL_FUNCTION 257; POP_TOP; LOAD_NAME f; LOAD_NAME a; LOAD_NAME k; "
                               "CALL_FUNCTION_VAR_KW 0; POP_TOP; LOAD_NAME f; LOAD_SMALLINT 1; "
                               "LOAD_NAME a; CALL_FUNCTION_VAR 1; POP_TOP; LOAD_NAME o; "
                               "LOAD_METHOD m; LOAD_SMALLINT 1; LOAD_SMALLINT 2; CALL_METHOD 2; "
                               "POP_TOP; LOAD_NAME o; LOAD_ATTR m; LOAD_CONST 'k'; "
                               "LOAD_SMALLINT 1; CALL_FUNCTION 256; POP_TOP; LOAD_NAME o; "
                               "LOAD_ATTR m; LOAD_NAME a; CALL_FUNCTION_VAR 0; POP_TOP; LOAD_NONE; "
                               "RETURN_VALUE");
  assert_int_equal(co->stacksize, 4);
}

static void test_displays_and_subscripts(void **state)
{
  (void)state;
  Code *co = compile_ok("x = (1, a), [b], {c}, {d: e, 'k': 2}, {}, ()\n"
                        "y = a[1], a[1:], a[:2:], a[::], a[1, 2:3, ...], `a`\n"
                        "z = b if c else d\n");
  assert_string_equal(ops(co), "LOAD_SMALLINT 1; LOAD_NAME a; BUILD_TUPLE 2; LOAD_NAME b; "
                               "BUILD_LIST 1; LOAD_NAME c; BUILD_SET 1; LOAD_NAME e; LOAD_NAME d; "
                               "ROT_TWO; LOAD_CONST 'k'; LOAD_SMALLINT 2; BUILD_MAP 2; BUILD_MAP 0; "
                               "BUILD_TUPLE 0; BUILD_TUPLE 6; STORE_NAME x; LOAD_NAME a; "
                               "LOAD_SMALLINT 1; BINARY_SUBSCR; LOAD_NAME a; LOAD_SMALLINT 1; "
                               "LOAD_NONE; BUILD_SLICE 2; BINARY_SUBSCR; LOAD_NAME a; LOAD_NONE; "
                               "LOAD_SMALLINT 2; LOAD_NONE; BUILD_SLICE 3; BINARY_SUBSCR; "
                               "LOAD_NAME a; LOAD_NONE; LOAD_NONE; LOAD_NONE; BUILD_SLICE 3; "
                               "BINARY_SUBSCR; LOAD_NAME a; LOAD_SMALLINT 1; LOAD_SMALLINT 2; "
                               "LOAD_SMALLINT 3; BUILD_SLICE 2; LOAD_GLOBAL Ellipsis; "
                               "BUILD_TUPLE 3; BINARY_SUBSCR; LOAD_NAME a; UNARY_CONVERT; "
                               "BUILD_TUPLE 6; STORE_NAME y; LOAD_NAME c; POP_JUMP_IF_FALSE 53; "
                               "LOAD_NAME b; JUMP 54; LOAD_NAME d; STORE_NAME z; LOAD_NONE; "
                               "RETURN_VALUE");
}

static void test_yield_generator(void **state)
{
  (void)state;
  Code *f = find_code(compile_ok("def f():\n  x = yield\n  yield x + 1\n  return\n"), "f");
  assert_int_equal(f->flags, CO_NEWLOCALS | CO_GENERATOR);
  assert_string_equal(ops(f), "LOAD_NONE; YIELD_VALUE; STORE_FAST x; LOAD_FAST x; "
                              "LOAD_SMALLINT 1; BINARY_ADD; YIELD_VALUE; POP_TOP; LOAD_NONE; "
                              "RETURN_VALUE");
}

static void test_merge_point(void **state)
{
  (void)state;
  Code *f = find_code(compile_ok("def f(n):\n  while n:\n    d.jit_merge_point(n=n)\n"
                                 "    n -= 1\n"),
                      "f");
  assert_string_equal(ops(f), "LOAD_FAST n; POP_JUMP_IF_FALSE 14; LOAD_GLOBAL d; "
                              "LOAD_ATTR jit_merge_point; LOAD_CONST 'n'; LOAD_FAST n; "
                              "CALL_FUNCTION 256; POP_TOP; JIT_MERGE_POINT; LOAD_FAST n; "
                              "LOAD_SMALLINT 1; INPLACE_SUB; STORE_FAST n; JUMP_BACK 0; "
                              "LOAD_NONE; RETURN_VALUE");
}

static void test_modes(void **state)
{
  (void)state;
  Code *co = compile_flags("a + 1", COMPILE_EVAL, 0);
  assert_non_null(co);
  assert_string_equal(ops(co), "LOAD_NAME a; LOAD_SMALLINT 1; BINARY_ADD; RETURN_VALUE");
  co = compile_flags("a + 1\n", COMPILE_SINGLE, 0);
  assert_non_null(co);
  assert_string_equal(ops(co), "LOAD_GLOBAL __displayhook__; LOAD_NAME a; LOAD_SMALLINT 1; "
                               "BINARY_ADD; CALL_FUNCTION 1; POP_TOP; LOAD_NONE; RETURN_VALUE");
}

static void test_line_numbers(void **state)
{
  (void)state;
  Code *co = compile_ok("x = f(1,\n      2)\ny = 3\n");
  /* as in CPython 2.7 the line only moves forward inside a statement */
  assert_string_equal(ops(co), "LOAD_NAME f; LOAD_SMALLINT 1; LOAD_SMALLINT 2; CALL_FUNCTION 2; "
                               "STORE_NAME x; LOAD_SMALLINT 3; STORE_NAME y; LOAD_NONE; "
                               "RETURN_VALUE");
  int want[] = {1, 1, 2, 2, 2, 3, 3, 3, 3};
  for (int i = 0; i < co->ninsns; i++)
    assert_int_equal(co->lines[i], want[i]);
}

/* ---- errors ------------------------------------------------------------------------- */

static void test_errors(void **state)
{
  (void)state;
  static const char *const cases[][2] = {
    {"x = 1\nif x:\n    return x\n",
     "SyntaxError: 'return' outside function @3 [return x] col -1"},
    {"class C:\n  return 1\n", "SyntaxError: 'return' outside function @2 [return 1] col -1"},
    {"def f():\n    yield 1\n    return 2\n",
     "SyntaxError: 'return' with argument inside generator @3 [return 2] col -1"},
    {"def f():\n    return 2\n    yield 1\n",
     "SyntaxError: 'return' with argument inside generator @2 [return 2] col -1"},
    {"for i in x:\n    try:\n        pass\n    finally:\n        continue\n",
     "SyntaxError: 'continue' not supported inside 'finally' clause @5 [continue] col -1"},
    {"for i in x:\n    try:\n        pass\n    except:\n        continue\n", "OK"},
    {"while 1:\n  try: pass\n  finally:\n    for i in x: continue\n", "OK"},
    {"x = 1\nbreak\n", "SyntaxError: 'break' outside loop @2 [break] col -1"},
    {"while 1:\n  def f():\n    continue\n",
     "SyntaxError: 'continue' not properly in loop @3 [continue] col -1"},
    {"def f(a):\n  global a\n", "SyntaxError: name 'a' is local and global @1 [def f(a):] col -1"},
    {"x = 1\nfrom __future__ import division\n",
     "SyntaxError: from __future__ imports must occur at the beginning of the file @2 "
     "[from __future__ import division] col -1"},
    {"from __future__ import blah\n",
     "SyntaxError: future feature blah is not defined @1 [from __future__ import blah] col -1"},
    {"from __future__ import braces\n",
     "SyntaxError: not a chance @1 [from __future__ import braces] col -1"},
    {"def f():\n  x = 1\n  def g(): return x\n  del x\n",
     "SyntaxError: can not delete variable 'x' referenced in nested scope @4 [del x] col -1"},
    {"try:\n  pass\nexcept:\n  pass\nexcept E:\n  pass\n",
     "SyntaxError: default 'except:' must be last @2 [pass] col -1"},
    {"x = 1; yield 3\n", "SyntaxError: 'yield' outside function @1 [x = 1; yield 3] col -1"},
    {"class C:\n  x = yield\n", "SyntaxError: 'yield' outside function @2 [x = yield] col -1"},
    {"def f(x):\n  from os import *\n  def g(): return x\n",
     "SyntaxError: import * is not allowed in function 'f' because it contains a nested "
     "function with free variables @2 [from os import *] col -1"},
    {"def f():\n  x = 1\n  def g():\n    exec 'y'\n    return x\n",
     "SyntaxError: unqualified exec is not allowed in function 'g' because it is a nested "
     "function @4 [exec 'y'] col -1"},
    {"def f():\n  return [x for x in 1]\n", "OK"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
    assert_string_equal(compile_err(cases[i][0]), cases[i][1]);
}

/* ---- hand-built ASTs -------------------------------------------------------------- */

static Node *mk(Arena *a, NodeKind k, int line)
{
  Node *n = arena_alloc(a, sizeof *n);
  n->kind = k;
  n->line = line;
  return n;
}

static Node *mk_name(Arena *a, const char *id, ExprCtx ctx, int line)
{
  Node *n = mk(a, E_NAME, line);
  n->u.name.id = id;
  n->u.name.ctx = ctx;
  return n;
}

static NodeList list1(Arena *a, Node *x)
{
  NodeList l;
  l.n = 1;
  l.items = arena_alloc(a, sizeof(Node *));
  l.items[0] = x;
  return l;
}

static NodeList list2(Arena *a, Node *x, Node *y)
{
  NodeList l;
  l.n = 2;
  l.items = arena_alloc(a, 2 * sizeof(Node *));
  l.items[0] = x;
  l.items[1] = y;
  return l;
}

static Code *compile_ast(AstModule *m)
{
  memset(&last_err, 0, sizeof last_err);
  return compile_module(vm, m, "hand.py", COMPILE_FILE, &last_err);
}

static void test_hand_built_scopes(void **state)
{
  (void)state;
  /* def f(a):
  **     def g(): return a
  **     a = 2
  **     return g */
  Arena *a = arena_new();
  Node *ret_a = mk(a, S_RETURN, 2);
  ret_a->u.ret.value = mk_name(a, "a", CTX_LOAD, 2);
  Node *g = mk(a, S_FUNCDEF, 2);
  g->u.funcdef.name = "g";
  g->u.funcdef.args = arena_alloc(a, sizeof(Arguments));
  g->u.funcdef.body = list1(a, ret_a);
  Node *asg = mk(a, S_ASSIGN, 3);
  asg->u.assign.targets = list1(a, mk_name(a, "a", CTX_STORE, 3));
  asg->u.assign.value = mk(a, E_INT, 3);
  asg->u.assign.value->u.ival = 2;
  Node *ret_g = mk(a, S_RETURN, 4);
  ret_g->u.ret.value = mk_name(a, "g", CTX_LOAD, 4);
  Node *f = mk(a, S_FUNCDEF, 1);
  f->u.funcdef.name = "f";
  f->u.funcdef.args = arena_alloc(a, sizeof(Arguments));
  f->u.funcdef.args->args = list1(a, mk_name(a, "a", CTX_PARAM, 1));
  NodeList body;
  body.n = 3;
  body.items = arena_alloc(a, 3 * sizeof(Node *));
  body.items[0] = g;
  body.items[1] = asg;
  body.items[2] = ret_g;
  f->u.funcdef.body = body;
  AstModule m;
  memset(&m, 0, sizeof m);
  m.body = list1(a, f);
  Code *co = compile_ast(&m);
  assert_non_null(co);
  Code *fc = find_code(co, "f"), *gc = find_code(co, "g");
  assert_string_equal(names_of(fc->varnames, fc->nlocals), "a,g");
  assert_string_equal(names_of(fc->cellnames, fc->ncells), "a");
  assert_int_equal(fc->cell2arg[0], 0);
  assert_string_equal(ops(fc), "LOAD_CLOSURE a; BUILD_TUPLE 1; LOAD_CONST <g>; MAKE_CLOSURE 0; "
                               "STORE_FAST g; LOAD_SMALLINT 2; STORE_DEREF a; LOAD_FAST g; "
                               "RETURN_VALUE");
  assert_string_equal(names_of(gc->freenames, gc->nfrees), "a");
  assert_string_equal(ops(gc), "LOAD_DEREF a; RETURN_VALUE");
  assert_string_equal(co->filename->data, "hand.py");
  arena_free(a);
}

static void test_hand_built_bad_targets(void **state)
{
  (void)state;
  Arena *a = arena_new();
  AstModule m;
  memset(&m, 0, sizeof m);
  /* f() = 1 */
  Node *call = mk(a, E_CALL, 1);
  call->u.call.func = mk_name(a, "f", CTX_LOAD, 1);
  Node *asg = mk(a, S_ASSIGN, 1);
  asg->u.assign.targets = list1(a, call);
  asg->u.assign.value = mk(a, E_INT, 1);
  m.body = list1(a, asg);
  assert_null(compile_ast(&m));
  assert_string_equal(last_err.msg, "can't assign to function call");
  assert_string_equal(last_err.text, "");
  /* del 1 */
  Node *del = mk(a, S_DEL, 2);
  del->u.del.targets = list1(a, mk(a, E_INT, 2));
  m.body = list1(a, del);
  assert_null(compile_ast(&m));
  assert_string_equal(last_err.msg, "can't delete literal");
  assert_int_equal(last_err.line, 2);
  /* (a, b) += 1 */
  Node *aug = mk(a, S_AUGASSIGN, 3);
  aug->u.augassign.target = mk(a, E_TUPLE, 3);
  aug->u.augassign.target->u.seq.elts = list2(a, mk_name(a, "a", CTX_STORE, 3),
                                              mk_name(a, "b", CTX_STORE, 3));
  aug->u.augassign.op = OP_ADD;
  aug->u.augassign.value = mk(a, E_INT, 3);
  m.body = list1(a, aug);
  assert_null(compile_ast(&m));
  assert_string_equal(last_err.msg, "illegal expression for augmented assignment");
  /* f(a=1, a=2) */
  Node *c2 = mk(a, E_CALL, 4);
  c2->u.call.func = mk_name(a, "f", CTX_LOAD, 4);
  c2->u.call.nkw = 2;
  c2->u.call.keywords = arena_alloc(a, 2 * sizeof(Keyword));
  c2->u.call.keywords[0].name = "a";
  c2->u.call.keywords[0].value = mk(a, E_INT, 4);
  c2->u.call.keywords[1].name = "a";
  c2->u.call.keywords[1].value = mk(a, E_INT, 4);
  Node *es = mk(a, S_EXPR, 4);
  es->u.expr.value = c2;
  m.body = list1(a, es);
  assert_null(compile_ast(&m));
  assert_string_equal(last_err.msg, "keyword argument repeated");
  /* x = None; an empty BOOLOP and a DICT with missing values do not crash */
  Node *none = mk(a, S_ASSIGN, 5);
  none->u.assign.targets = list1(a, mk_name(a, "None", CTX_STORE, 5));
  none->u.assign.value = mk(a, E_INT, 5);
  m.body = list1(a, none);
  assert_null(compile_ast(&m));
  assert_string_equal(last_err.msg, "cannot assign to None");
  Node *bo = mk(a, S_EXPR, 6);
  bo->u.expr.value = mk(a, E_BOOLOP, 6);
  m.body = list1(a, bo);
  assert_non_null(compile_ast(&m));
  Node *d = mk(a, S_EXPR, 7);
  d->u.expr.value = mk(a, E_DICT, 7);
  d->u.expr.value->u.dict.keys = list1(a, mk(a, E_INT, 7));
  m.body = list1(a, d);
  assert_null(compile_ast(&m));
  arena_free(a);
}

static void test_deep_nesting(void **state)
{
  (void)state;
  Arena *a = arena_new();
  AstModule m;
  memset(&m, 0, sizeof m);
  /* x = 1 + 1 + ... with 5000 terms compiles; 200000 nested ones fail cleanly */
  for (int round = 0; round < 2; round++) {
    int n = round == 0 ? 5000 : 200000;
    Node *e = mk(a, E_INT, 1);
    e->u.ival = 1;
    for (int i = 0; i < n; i++) {
      Node *b = mk(a, E_BINOP, 1);
      b->u.binop.left = e;
      b->u.binop.op = OP_ADD;
      b->u.binop.right = mk(a, E_INT, 1);
      b->u.binop.right->u.ival = 1;
      e = b;
    }
    Node *asg = mk(a, S_ASSIGN, 1);
    asg->u.assign.targets = list1(a, mk_name(a, "x", CTX_STORE, 1));
    asg->u.assign.value = e;
    m.body = list1(a, asg);
    Code *co = compile_ast(&m);
    if (round == 0) {
      assert_non_null(co);
      assert_int_equal(co->ninsns, 2 * n + 1 + 3);
      assert_int_equal(co->stacksize, 2);
    } else {
      assert_null(co);
      assert_string_equal(last_err.kind, "SyntaxError");
    }
  }
  arena_free(a);
}

static void test_big_code(void **state)
{
  (void)state;
  /* many statements, names and constants: dynamic tables, no fixed limits */
  size_t cap = 1 << 22, n = 0;
  char *src = malloc(cap);
  n += (size_t)snprintf(src + n, cap - n, "def f(x):\n  t = 0\n");
  for (int i = 0; i < 20000; i++)
    n += (size_t)snprintf(src + n, cap - n, "  v%d = x + %d.5\n  t += v%d * 'c%d'.find(x)\n", i,
                          i, i, i);
  n += (size_t)snprintf(src + n, cap - n, "  return t\n");
  Code *f = find_code(compile_ok(src), "f");
  free(src);
  assert_non_null(f);
  assert_int_equal(f->nlocals, 20002);
  assert_int_equal(f->nconsts, 1 + 20000 + 20000);
  assert_int_equal(f->stacksize, 5);
}

static void test_dis_output(void **state)
{
  (void)state;
  Code *co = compile_ok("def f(a):\n  try:\n    return a[0]\n  except IndexError:\n"
                        "    return 'x'\n");
  char *buf = NULL;
  size_t n = 0;
  FILE *out = open_memstream(&buf, &n);
  dis_code(vm, co, out);
  fclose(out);
  assert_non_null(strstr(buf, "Disassembly of <module> (file \"t.py\", line 1):"));
  assert_non_null(strstr(buf, "Disassembly of f (file \"t.py\", line 1):"));
  assert_non_null(strstr(buf, "  3           0 LOAD_FAST                0 (a)\n"));
  assert_non_null(strstr(buf, "LOAD_CONST               1 ('x')"));
  assert_non_null(strstr(buf, "Exception table:\n  0 to 3 -> 4 [0]\n"));
  assert_non_null(strstr(buf, "  4     >>    4 DUP_TOP"));
  free(buf);
}

int main(void)
{
  gc_init();
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown(test_module_basic, setup, teardown),
    cmocka_unit_test_setup_teardown(test_module_docstring, setup, teardown),
    cmocka_unit_test_setup_teardown(test_constants, setup, teardown),
    cmocka_unit_test_setup_teardown(test_long_literal, setup, teardown),
    cmocka_unit_test_setup_teardown(test_function_locals, setup, teardown),
    cmocka_unit_test_setup_teardown(test_global_statement, setup, teardown),
    cmocka_unit_test_setup_teardown(test_closures, setup, teardown),
    cmocka_unit_test_setup_teardown(test_closure_slots, setup, teardown),
    cmocka_unit_test_setup_teardown(test_tuple_params, setup, teardown),
    cmocka_unit_test_setup_teardown(test_decorators, setup, teardown),
    cmocka_unit_test_setup_teardown(test_class, setup, teardown),
    cmocka_unit_test_setup_teardown(test_class_in_function, setup, teardown),
    cmocka_unit_test_setup_teardown(test_mangling, setup, teardown),
    cmocka_unit_test_setup_teardown(test_listcomp_inline, setup, teardown),
    cmocka_unit_test_setup_teardown(test_genexp, setup, teardown),
    cmocka_unit_test_setup_teardown(test_set_dict_comp, setup, teardown),
    cmocka_unit_test_setup_teardown(test_if_while, setup, teardown),
    cmocka_unit_test_setup_teardown(test_for_loops, setup, teardown),
    cmocka_unit_test_setup_teardown(test_try_except, setup, teardown),
    cmocka_unit_test_setup_teardown(test_try_finally, setup, teardown),
    cmocka_unit_test_setup_teardown(test_try_except_finally, setup, teardown),
    cmocka_unit_test_setup_teardown(test_loops_and_finally, setup, teardown),
    cmocka_unit_test_setup_teardown(test_break_in_handlers, setup, teardown),
    cmocka_unit_test_setup_teardown(test_with, setup, teardown),
    cmocka_unit_test_setup_teardown(test_assignments, setup, teardown),
    cmocka_unit_test_setup_teardown(test_augassign, setup, teardown),
    cmocka_unit_test_setup_teardown(test_del, setup, teardown),
    cmocka_unit_test_setup_teardown(test_print, setup, teardown),
    cmocka_unit_test_setup_teardown(test_raise_assert_exec, setup, teardown),
    cmocka_unit_test_setup_teardown(test_imports, setup, teardown),
    cmocka_unit_test_setup_teardown(test_future_division, setup, teardown),
    cmocka_unit_test_setup_teardown(test_compare_boolops, setup, teardown),
    cmocka_unit_test_setup_teardown(test_calls, setup, teardown),
    cmocka_unit_test_setup_teardown(test_displays_and_subscripts, setup, teardown),
    cmocka_unit_test_setup_teardown(test_yield_generator, setup, teardown),
    cmocka_unit_test_setup_teardown(test_merge_point, setup, teardown),
    cmocka_unit_test_setup_teardown(test_modes, setup, teardown),
    cmocka_unit_test_setup_teardown(test_line_numbers, setup, teardown),
    cmocka_unit_test_setup_teardown(test_errors, setup, teardown),
    cmocka_unit_test_setup_teardown(test_hand_built_scopes, setup, teardown),
    cmocka_unit_test_setup_teardown(test_hand_built_bad_targets, setup, teardown),
    cmocka_unit_test_setup_teardown(test_deep_nesting, setup, teardown),
    cmocka_unit_test_setup_teardown(test_big_code, setup, teardown),
    cmocka_unit_test_setup_teardown(test_dis_output, setup, teardown),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
