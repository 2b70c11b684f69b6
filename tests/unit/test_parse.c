/*
** test_parse.c: unit tests of the parser (frontend/parse.c, parse_expr.c)
** through ast_dump: every statement kind, expression precedence, literals,
** contexts, modes and future flags; and syntax errors, whose kind, message,
** line, column and text were all checked against CPython 2.7.18.
*/
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "frontend/parse.h"

static char *dump_mode(const char *src, ParseMode mode)
{
  static char out[8192];
  Arena *a = arena_new();
  SyntaxErr err;
  AstModule *m = parse_source(a, src, strlen(src), "t.py", mode, false, &err);
  if (!m) {
    snprintf(out, sizeof out, "ERROR %s: %s", err.kind, err.msg);
  } else {
    char *buf = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&buf, &n);
    ast_dump(f, m);
    fclose(f);
    snprintf(out, sizeof out, "%s", buf);
    free(buf);
    size_t l = strlen(out);
    if (l && out[l - 1] == '\n')
      out[l - 1] = '\0';
  }
  arena_free(a);
  return out;
}

static char *dump(const char *src)
{
  return dump_mode(src, PARSE_EXEC);
}

/* "Kind|msg|line|col|text" of the error, or "OK" */
static char *error_mode(const char *src, ParseMode mode)
{
  static char out[1024];
  Arena *a = arena_new();
  SyntaxErr err;
  AstModule *m = parse_source(a, src, strlen(src), "t.py", mode, false, &err);
  if (m)
    snprintf(out, sizeof out, "OK");
  else
    snprintf(out, sizeof out, "%s|%s|%d|%d|%s", err.kind, err.msg, err.line, err.col, err.text);
  arena_free(a);
  return out;
}

static char *error(const char *src)
{
  return error_mode(src, PARSE_EXEC);
}

static char *ferror_(const char *src)
{
  return error_mode(src, PARSE_FILE);
}

#define DUMP(src, expect) assert_string_equal(dump(src), expect)
#define ERR(src, expect) assert_string_equal(error(src), expect)
#define FERR(src, expect) assert_string_equal(ferror_(src), expect)

static void test_simple_statements(void **state)
{
  (void)state;
  DUMP("x = 1\n", "(ASSIGN (NAME x store) (INT 1))");
  DUMP("a = b = c = 1\n", "(ASSIGN (NAME a store) (NAME b store) (NAME c store) (INT 1))");
  DUMP("a.b = c[d] = e\n",
       "(ASSIGN (ATTR (NAME a) b store) (SUBSCRIPT (NAME c) (NAME d) store) (NAME e))");
  DUMP("x, y = y, x\n",
       "(ASSIGN (TUPLE store (NAME x store) (NAME y store)) (TUPLE (NAME y) (NAME x)))");
  DUMP("x, = 1\n", "(ASSIGN (TUPLE store (NAME x store)) (INT 1))");
  DUMP("[x, (y, z)] = 1\n",
       "(ASSIGN (LIST store (NAME x store) (TUPLE store (NAME y store) (NAME z store))) (INT 1))");
  DUMP("x += 1\n", "(AUGASSIGN (NAME x augstore) += (INT 1))");
  DUMP("a.b //= 2\n", "(AUGASSIGN (ATTR (NAME a) b augstore) //= (INT 2))");
  DUMP("a[1] **= 2\n", "(AUGASSIGN (SUBSCRIPT (NAME a) (INT 1) augstore) **= (INT 2))");
  DUMP("f(x)\n", "(EXPR (CALL (NAME f) (NAME x)))");
  DUMP("print\n", "(PRINT)");
  DUMP("print 1,\n", "(PRINT (INT 1) ,)");
  DUMP("print 1, 2\n", "(PRINT (INT 1) (INT 2))");
  DUMP("print(1)\n", "(PRINT (INT 1))");
  DUMP("print >>f\n", "(PRINT (>> (NAME f)))");
  DUMP("print >>sys.stderr, 'x', y,\n",
       "(PRINT (>> (ATTR (NAME sys) stderr)) (STR \"x\") (NAME y) ,)");
  DUMP("del x\n", "(DEL (NAME x del))");
  DUMP("del x,\n", "(DEL (NAME x del))");
  DUMP("del (a, b), [c], d.e, f[1]\n",
       "(DEL (TUPLE del (NAME a del) (NAME b del)) (LIST del (NAME c del)) "
       "(ATTR (NAME d) e del) (SUBSCRIPT (NAME f) (INT 1) del))");
  DUMP("pass; break; continue\n", "(PASS)\n(BREAK)\n(CONTINUE)");
  DUMP("return\n", "(RETURN)");
  DUMP("return 1, 2\n", "(RETURN (TUPLE (INT 1) (INT 2)))");
  DUMP("raise\n", "(RAISE)");
  DUMP("raise E\n", "(RAISE (NAME E))");
  DUMP("raise E, V\n", "(RAISE (NAME E) (NAME V))");
  DUMP("raise E, V, T\n", "(RAISE (NAME E) (NAME V) (NAME T))");
  DUMP("global a, b\n", "(GLOBAL a b)");
  DUMP("import a.b.c as d, e\n", "(IMPORT (a.b.c as d) e)");
  DUMP("from a.b import c as d, e\n", "(IMPORTFROM a.b (c as d) e)");
  DUMP("from . import x\n", "(IMPORTFROM . x)");
  DUMP("from ..a import (x, y,)\n", "(IMPORTFROM ..a x y)");
  DUMP("from a import *\n", "(IMPORTFROM a *)");
  DUMP("exec code\n", "(EXEC (NAME code))");
  DUMP("exec code in g\n", "(EXEC (NAME code) (NAME g))");
  DUMP("exec code in g, l\n", "(EXEC (NAME code) (NAME g) (NAME l))");
  DUMP("assert x\n", "(ASSERT (NAME x))");
  DUMP("assert x, 'm'\n", "(ASSERT (NAME x) (STR \"m\"))");
  DUMP("x = 1; y = 2;\n", "(ASSIGN (NAME x store) (INT 1))\n(ASSIGN (NAME y store) (INT 2))");
  DUMP("def f():\n  yield\n  x = yield 1, 2\n",
       "(FUNCDEF f (ARGS) (BODY (EXPR (YIELD)) (ASSIGN (NAME x store) "
       "(YIELD (TUPLE (INT 1) (INT 2))))))");
}

static void test_compound_statements(void **state)
{
  (void)state;
  DUMP("if a: pass\n", "(IF (NAME a) (BODY (PASS)))");
  DUMP("if a:\n  x\nelif b:\n  y\nelif c: z\nelse:\n  w\n",
       "(IF (NAME a) (BODY (EXPR (NAME x))) (ELSE (IF (NAME b) (BODY (EXPR (NAME y))) "
       "(ELSE (IF (NAME c) (BODY (EXPR (NAME z))) (ELSE (EXPR (NAME w))))))))");
  DUMP("if a: b; c;\n", "(IF (NAME a) (BODY (EXPR (NAME b)) (EXPR (NAME c))))");
  DUMP("while x:\n  break\nelse:\n  pass\n",
       "(WHILE (NAME x) (BODY (BREAK)) (ELSE (PASS)))");
  DUMP("for x in y: pass\n", "(FOR (NAME x store) (NAME y) (BODY (PASS)))");
  DUMP("for x, (y, z) in a, b:\n  pass\nelse: pass\n",
       "(FOR (TUPLE store (NAME x store) (TUPLE store (NAME y store) (NAME z store))) "
       "(TUPLE (NAME a) (NAME b)) (BODY (PASS)) (ELSE (PASS)))");
  DUMP("for x, in y: pass\n", "(FOR (TUPLE store (NAME x store)) (NAME y) (BODY (PASS)))");
  DUMP("try:\n  a\nexcept:\n  b\n",
       "(TRY (BODY (EXPR (NAME a))) (EXCEPT _ _ (BODY (EXPR (NAME b)))))");
  DUMP("try:\n  a\nexcept E, e:\n  b\nexcept (A, B) as e:\n  c\nelse:\n  d\nfinally:\n  f\n",
       "(TRY (BODY (EXPR (NAME a))) (EXCEPT (NAME E) (NAME e store) (BODY (EXPR (NAME b)))) "
       "(EXCEPT (TUPLE (NAME A) (NAME B)) (NAME e store) (BODY (EXPR (NAME c)))) "
       "(ELSE (EXPR (NAME d))) (FINALLY (EXPR (NAME f))))");
  DUMP("try: a\nfinally: b\n", "(TRY (BODY (EXPR (NAME a))) (FINALLY (EXPR (NAME b))))");
  DUMP("with a: pass\n", "(WITH (NAME a) _ (BODY (PASS)))");
  DUMP("with a as b, c as (d, e): pass\n",
       "(WITH (NAME a) (NAME b store) (BODY (WITH (NAME c) (TUPLE store (NAME d store) "
       "(NAME e store)) (BODY (PASS)))))");
  DUMP("def f(): pass\n", "(FUNCDEF f (ARGS) (BODY (PASS)))");
  DUMP("def f(a, (b, c), d=1, (e, f)=(1, 2), *g, **h): pass\n",
       "(FUNCDEF f (ARGS (NAME a param) (TUPLE param (NAME b param) (NAME c param)) "
       "(NAME d param) (TUPLE param (NAME e param) (NAME f param)) (DEFAULTS (INT 1) "
       "(TUPLE (INT 1) (INT 2))) (VARARG g) (KWARG h)) (BODY (PASS)))");
  DUMP("def f(a, b,): pass\n", "(FUNCDEF f (ARGS (NAME a param) (NAME b param)) (BODY (PASS)))");
  DUMP("def f((a)): pass\n", "(FUNCDEF f (ARGS (NAME a param)) (BODY (PASS)))");
  DUMP("def f(**k): pass\n", "(FUNCDEF f (ARGS (KWARG k)) (BODY (PASS)))");
  DUMP("@d\n@e.f(1, x=2)\ndef g(): pass\n",
       "(FUNCDEF g (ARGS) (DECORATORS (NAME d) (CALL (ATTR (NAME e) f) (INT 1) (KW x (INT 2)))) "
       "(BODY (PASS)))");
  DUMP("class A: pass\n", "(CLASSDEF A (BODY (PASS)))");
  DUMP("class A(): pass\n", "(CLASSDEF A (BODY (PASS)))");
  DUMP("class A(B, C,):\n  x = 1\n  def f(self): pass\n",
       "(CLASSDEF A (BASES (NAME B) (NAME C)) (BODY (ASSIGN (NAME x store) (INT 1)) "
       "(FUNCDEF f (ARGS (NAME self param)) (BODY (PASS)))))");
  DUMP("class A((B, C)): pass\n",
       "(CLASSDEF A (BASES (TUPLE (NAME B) (NAME C))) (BODY (PASS)))");
  DUMP("@dec\nclass A: pass\n", "(CLASSDEF A (DECORATORS (NAME dec)) (BODY (PASS)))");
}

static void test_expressions(void **state)
{
  (void)state;
  DUMP("a | b ^ c & d << e >> f + g - h * i / j // k % l ** m\n",
       "(EXPR (BINOP | (NAME a) (BINOP ^ (NAME b) (BINOP & (NAME c) (BINOP >> (BINOP << "
       "(NAME d) (NAME e)) (BINOP - (BINOP + (NAME f) (NAME g)) (BINOP % (BINOP // (BINOP / "
       "(BINOP * (NAME h) (NAME i)) (NAME j)) (NAME k)) (BINOP ** (NAME l) (NAME m)))))))))");
  DUMP("a - b - c\n", "(EXPR (BINOP - (BINOP - (NAME a) (NAME b)) (NAME c)))");
  DUMP("a ** b ** c\n", "(EXPR (BINOP ** (NAME a) (BINOP ** (NAME b) (NAME c))))");
  DUMP("-a ** -b\n", "(EXPR (UNARYOP - (BINOP ** (NAME a) (UNARYOP - (NAME b)))))");
  DUMP("-2 ** -1\n", "(EXPR (UNARYOP - (BINOP ** (INT 2) (INT -1))))");
  DUMP("~x ** y\n", "(EXPR (UNARYOP ~ (BINOP ** (NAME x) (NAME y))))");
  DUMP("+a\n", "(EXPR (UNARYOP + (NAME a)))");
  DUMP("- 5\n", "(EXPR (INT -5))");
  DUMP("--5\n", "(EXPR (UNARYOP - (INT -5)))");
  DUMP("-(5)\n", "(EXPR (UNARYOP - (INT 5)))");
  DUMP("-5 .real\n", "(EXPR (UNARYOP - (ATTR (INT 5) real)))");
  DUMP("-9223372036854775808\n", "(EXPR (INT -9223372036854775808))");
  DUMP("-9223372036854775809\n", "(EXPR (UNARYOP - (LONG 9223372036854775809)))");
  DUMP("-1.5\n", "(EXPR (FLOAT -1.5))");
  DUMP("a or b and not c or d\n",
       "(EXPR (BOOLOP or (NAME a) (BOOLOP and (NAME b) (UNARYOP not (NAME c))) (NAME d)))");
  DUMP("not a == b\n", "(EXPR (UNARYOP not (COMPARE (NAME a) == (NAME b))))");
  DUMP("a == b != c <> d < e > f <= g >= h in i not in j is k is not l\n",
       "(EXPR (COMPARE (NAME a) == (NAME b) != (NAME c) != (NAME d) < (NAME e) > (NAME f) "
       "<= (NAME g) >= (NAME h) in (NAME i) not in (NAME j) is (NAME k) is not (NAME l)))");
  DUMP("a < b | c\n", "(EXPR (COMPARE (NAME a) < (BINOP | (NAME b) (NAME c))))");
  DUMP("1 if 2 else 3 if 4 else 5\n",
       "(EXPR (IFEXP (INT 2) (INT 1) (IFEXP (INT 4) (INT 3) (INT 5))))");
  DUMP("lambda: a if b else c\n",
       "(EXPR (LAMBDA (ARGS) (IFEXP (NAME b) (NAME a) (NAME c))))");
  DUMP("lambda (a, b), c=1, *d, **e: 1\n",
       "(EXPR (LAMBDA (ARGS (TUPLE param (NAME a param) (NAME b param)) (NAME c param) "
       "(DEFAULTS (INT 1)) (VARARG d) (KWARG e)) (INT 1)))");
  DUMP("a.b.c[1][2](3)(4).d\n",
       "(EXPR (ATTR (CALL (CALL (SUBSCRIPT (SUBSCRIPT (ATTR (ATTR (NAME a) b) c) (INT 1)) "
       "(INT 2)) (INT 3)) (INT 4)) d))");
  DUMP("f(a, b=1, *c, **d)\n",
       "(EXPR (CALL (NAME f) (NAME a) (KW b (INT 1)) (STAR (NAME c)) (DSTAR (NAME d))))");
  DUMP("f(a, *c, b=1, **d)\n",
       "(EXPR (CALL (NAME f) (NAME a) (KW b (INT 1)) (STAR (NAME c)) (DSTAR (NAME d))))");
  DUMP("f(**d)\n", "(EXPR (CALL (NAME f) (DSTAR (NAME d))))");
  DUMP("f(a,)\n", "(EXPR (CALL (NAME f) (NAME a)))");
  DUMP("f(x for x in y if z for w in v)\n",
       "(EXPR (CALL (NAME f) (GENEXP (NAME x) (FOR (NAME x store) (NAME y) (IF (NAME z))) "
       "(FOR (NAME w store) (NAME v)))))");
  DUMP("`a, b`\n", "(EXPR (REPR (TUPLE (NAME a) (NAME b))))");
  DUMP("(yield)\n", "(EXPR (YIELD))");
  DUMP("(lambda: 1)()\n", "(EXPR (CALL (LAMBDA (ARGS) (INT 1))))");
}

static void test_subscripts(void **state)
{
  (void)state;
  DUMP("a[1]\n", "(EXPR (SUBSCRIPT (NAME a) (INT 1)))");
  DUMP("a[i:j]\n", "(EXPR (SUBSCRIPT (NAME a) (SLICE (NAME i) (NAME j))))");
  DUMP("a[i:j:k]\n", "(EXPR (SUBSCRIPT (NAME a) (SLICE (NAME i) (NAME j) (NAME k))))");
  DUMP("a[:]\n", "(EXPR (SUBSCRIPT (NAME a) (SLICE _ _)))");
  DUMP("a[::]\n", "(EXPR (SUBSCRIPT (NAME a) (SLICE _ _ _)))");
  DUMP("a[::2]\n", "(EXPR (SUBSCRIPT (NAME a) (SLICE _ _ (INT 2))))");
  DUMP("a[i, j]\n", "(EXPR (SUBSCRIPT (NAME a) (TUPLE (NAME i) (NAME j))))");
  DUMP("a[1,]\n", "(EXPR (SUBSCRIPT (NAME a) (TUPLE (INT 1))))");
  DUMP("a[...]\n", "(EXPR (SUBSCRIPT (NAME a) (ELLIPSIS)))");
  DUMP("a[. . .]\n", "(EXPR (SUBSCRIPT (NAME a) (ELLIPSIS)))");
  DUMP("a[1:2, ::3, ...]\n",
       "(EXPR (SUBSCRIPT (NAME a) (TUPLE (SLICE (INT 1) (INT 2)) (SLICE _ _ (INT 3)) "
       "(ELLIPSIS))))");
}

static void test_displays(void **state)
{
  (void)state;
  DUMP("()\n", "(EXPR (TUPLE))");
  DUMP("(1,)\n", "(EXPR (TUPLE (INT 1)))");
  DUMP("(1)\n", "(EXPR (INT 1))");
  DUMP("1, 2\n", "(EXPR (TUPLE (INT 1) (INT 2)))");
  DUMP("[]\n", "(EXPR (LIST))");
  DUMP("[1, 2,]\n", "(EXPR (LIST (INT 1) (INT 2)))");
  DUMP("{}\n", "(EXPR (DICT))");
  DUMP("{1: 2, 3: 4,}\n", "(EXPR (DICT (INT 1):(INT 2) (INT 3):(INT 4)))");
  DUMP("{1, 2}\n", "(EXPR (SET (INT 1) (INT 2)))");
  DUMP("[x for x in 1, 2]\n",
       "(EXPR (LISTCOMP (NAME x) (FOR (NAME x store) (TUPLE (INT 1) (INT 2)))))");
  DUMP("[x for x in lambda: 1, lambda: 2]\n",
       "(EXPR (LISTCOMP (NAME x) (FOR (NAME x store) (TUPLE (LAMBDA (ARGS) (INT 1)) "
       "(LAMBDA (ARGS) (INT 2))))))");
  DUMP("[x for x in a if b if c for y in z]\n",
       "(EXPR (LISTCOMP (NAME x) (FOR (NAME x store) (NAME a) (IF (NAME b)) (IF (NAME c))) "
       "(FOR (NAME y store) (NAME z))))");
  DUMP("(x for x, y in z)\n",
       "(EXPR (GENEXP (NAME x) (FOR (TUPLE store (NAME x store) (NAME y store)) (NAME z))))");
  DUMP("{a for a in b}\n", "(EXPR (SETCOMP (NAME a) (FOR (NAME a store) (NAME b))))");
  DUMP("{k: v for k, v in d}\n",
       "(EXPR (DICTCOMP (NAME k) (NAME v) (FOR (TUPLE store (NAME k store) (NAME v store)) "
       "(NAME d))))");
}

static void test_literals(void **state)
{
  (void)state;
  DUMP("0, 00, 0L, 0j, 0., 0e1, 09.5, 09j, 0xfFL, 1.e5, 1e5j\n",
       "(EXPR (TUPLE (INT 0) (INT 0) (LONG 0) (IMAG 0) (FLOAT 0) (FLOAT 0) (FLOAT 9.5) "
       "(IMAG 9) (LONG 255) (FLOAT 100000) (IMAG 100000)))");
  DUMP("0777, 0o777, 0b101, 0x7f, 10l\n",
       "(EXPR (TUPLE (INT 511) (INT 511) (INT 5) (INT 127) (LONG 10)))");
  DUMP("9223372036854775807, 9223372036854775808, 0xffffffffffffffffff\n",
       "(EXPR (TUPLE (INT 9223372036854775807) (LONG 9223372036854775808) "
       "(LONG 4722366482869645213695)))");
  DUMP("1..real, 1 .real\n", "(EXPR (TUPLE (ATTR (FLOAT 1) real) (ATTR (INT 1) real)))");
  DUMP("'a' \"b\" '''c''' \"\"\"d\"\"\"\n", "(EXPR (STR \"abcd\"))");
  DUMP("'a' u'b'\n", "(EXPR (STR u\"ab\"))");
  DUMP("'a' \\\n  'b'\n", "(EXPR (STR \"ab\"))");
  DUMP("('a'\n 'b')\n", "(EXPR (STR \"ab\"))");
  DUMP("r'\\n' b'\\n' br'\\n' Rb'x'\n", "ERROR SyntaxError: invalid syntax");
  DUMP("r'\\n' b'\\n' br'\\n'\n", "(EXPR (STR \"\\\\n\\n\\\\n\"))");
  DUMP("u'\\u00e9'\n", "(EXPR (STR u\"\\xc3\\xa9\"))");
}

static void test_module(void **state)
{
  (void)state;
  Arena *a = arena_new();
  SyntaxErr err;
  const char *src = "'''doc'''\nfrom __future__ import division\n"
                    "from __future__ import print_function\nprint(1, end='')\n";
  AstModule *m = parse_source(a, src, strlen(src), "t.py", PARSE_FILE, false, &err);
  assert_non_null(m);
  assert_string_equal(m->docstring, "doc");
  assert_true(m->future_division);
  assert_true(m->future_print_function);
  assert_int_equal(m->body.n, 4);
  assert_int_equal(m->body.items[3]->kind, S_EXPR);
  assert_int_equal(m->body.items[3]->u.expr.value->kind, E_CALL);
  assert_int_equal(m->body.items[3]->line, 4);

  /* a future import after other code does not count (the compiler reports it) */
  src = "x = 1\nfrom __future__ import division\n";
  m = parse_source(a, src, strlen(src), "t.py", PARSE_FILE, false, &err);
  assert_non_null(m);
  assert_false(m->future_division);
  assert_null(m->docstring);

  /* print_function preset (exec / eval inheriting it) */
  src = "print(1, file=f)\n";
  m = parse_source(a, src, strlen(src), "t.py", PARSE_EXEC, true, &err);
  assert_non_null(m);
  assert_true(m->future_print_function);
  m = parse_source(a, src, strlen(src), "t.py", PARSE_EXEC, false, &err);
  assert_null(m);
  assert_string_equal(err.msg, "invalid syntax");

  /* unicode_literals applies to every unprefixed literal of the file */
  src = "'a'\nfrom __future__ import unicode_literals\nb'b'\n";
  m = parse_source(a, src, strlen(src), "t.py", PARSE_FILE, false, &err);
  assert_non_null(m);
  assert_true(m->body.items[0]->u.expr.value->u.str.unicode);
  assert_false(m->body.items[2]->u.expr.value->u.str.unicode);

  /* positions */
  src = "if x:\n    y = f(1,\n          2)\n";
  m = parse_source(a, src, strlen(src), "t.py", PARSE_FILE, false, &err);
  assert_non_null(m);
  Node *y = m->body.items[0]->u.if_.body.items[0];
  assert_int_equal(y->line, 2);
  assert_int_equal(y->col, 4);
  assert_int_equal(y->u.assign.value->line, 2);
  assert_int_equal(y->u.assign.value->col, 8);
  assert_int_equal(y->u.assign.value->u.call.args.items[1]->line, 3);
  arena_free(a);
}

static void test_modes(void **state)
{
  (void)state;
  assert_string_equal(dump_mode("1 + 2\n\n", PARSE_EVAL), "(EXPR (BINOP + (INT 1) (INT 2)))");
  assert_string_equal(dump_mode("a, b", PARSE_EVAL), "(EXPR (TUPLE (NAME a) (NAME b)))");
  assert_string_equal(dump_mode("x = 1", PARSE_EVAL), "ERROR SyntaxError: invalid syntax");
  assert_string_equal(dump_mode("x = 1; y\n", PARSE_SINGLE),
                      "(ASSIGN (NAME x store) (INT 1))\n(EXPR (NAME y))");
  assert_string_equal(dump_mode("if x:\n  y\n", PARSE_SINGLE),
                      "(IF (NAME x) (BODY (EXPR (NAME y))))");
  assert_string_equal(dump_mode("\n", PARSE_SINGLE),
                      "ERROR SyntaxError: unexpected EOF while parsing");
  assert_string_equal(error_mode("if x:\n  y\nz\n", PARSE_SINGLE),
                      "SyntaxError|invalid syntax|3|1|z\n");
  assert_string_equal(error_mode("# c\n", PARSE_SINGLE),
                      "SyntaxError|unexpected EOF while parsing|1|4|# c\n");
  assert_string_equal(dump_mode("", PARSE_FILE), "");
  assert_string_equal(dump_mode("\n\n# c\n", PARSE_FILE), "");
}

static void test_syntax_errors(void **state)
{
  (void)state;
  /* the parser's: positions of the token CPython's parser rejects */
  ERR("if x\n", "SyntaxError|invalid syntax|1|5|if x\n");
  ERR("if x:\npass\n", "IndentationError|expected an indented block|2|4|pass\n");
  ERR("x = 1\n  y = 2\n", "IndentationError|unexpected indent|2|2|  y = 2\n");
  ERR("   x = 1\n", "IndentationError|unexpected indent|1|3|   x = 1\n");
  ERR("if x:\n    pass\n  else:\n    pass\n", "IndentationError|unindent does not match any outer indentation level|3|8|  else:\n");
  ERR("if 1:\n  if 2:\n    pass\n pass\n", "IndentationError|unindent does not match any outer indentation level|4|6| pass\n");
  ERR("x = (1,\n", "SyntaxError|unexpected EOF while parsing|1|8|x = (1,\n");
  ERR("x = 1\nf(1,\n\n\n", "SyntaxError|invalid syntax|4|1|\n");
  ERR("def f():\n", "SyntaxError|unexpected EOF while parsing|1|9|def f():\n");
  ERR("x = 'abc\n", "SyntaxError|EOL while scanning string literal|1|8|x = 'abc\n");
  ERR("x = '''abc\n\n", "SyntaxError|EOF while scanning triple-quoted string literal|2|12|x = '''abc\n\n");
  ERR("x = '''abc\n", "SyntaxError|EOF while scanning triple-quoted string literal|1|11|x = '''abc\n");
  ERR("x = \"\"\"abc\ndef\"\"\" y\n", "SyntaxError|invalid syntax|2|19|x = \"\"\"abc\ndef\"\"\" y\n");
  ERR("x = 0778\n", "SyntaxError|invalid token|1|8|x = 0778\n");
  ERR("x = 0x\n", "SyntaxError|invalid token|1|6|x = 0x\n");
  ERR("x = 1e\n", "SyntaxError|invalid syntax|1|6|x = 1e\n");
  ERR("x = a \\ b\n", "SyntaxError|unexpected character after line continuation character|1|10|x = a \\ b\n");
  ERR("x = $\n", "SyntaxError|invalid syntax|1|5|x = $\n");
  ERR("print >>f,\n", "SyntaxError|invalid syntax|1|11|print >>f,\n");
  ERR("print a b\n", "SyntaxError|invalid syntax|1|9|print a b\n");
  ERR("x = a[1:2:3:4]\n", "SyntaxError|invalid syntax|1|12|x = a[1:2:3:4]\n");
  ERR("x = {1: 2, 3}\n", "SyntaxError|invalid syntax|1|13|x = {1: 2, 3}\n");
  ERR("x = [x for x in a if b else c]\n", "SyntaxError|invalid syntax|1|27|x = [x for x in a if b else c]\n");
  ERR("x = (x for x in 1, 2)\n", "SyntaxError|invalid syntax|1|18|x = (x for x in 1, 2)\n");
  ERR("def f(*, a): pass\n", "SyntaxError|invalid syntax|1|8|def f(*, a): pass\n");
  ERR("f(**k, a)\n", "SyntaxError|invalid syntax|1|6|f(**k, a)\n");
  ERR("try:\n    pass\nelse:\n    pass\n", "SyntaxError|invalid syntax|3|4|else:\n");
  ERR("x = a not b\n", "SyntaxError|invalid syntax|1|11|x = a not b\n");
  ERR("x = 1; ; y = 2\n", "SyntaxError|invalid syntax|1|8|x = 1; ; y = 2\n");
  ERR(")\n", "SyntaxError|invalid syntax|1|1|)\n");
  ERR("if x:\n  # comment only\n", "IndentationError|expected an indented block|2|17|  # comment only\n");
  ERR("print(1, file=f)\n", "SyntaxError|invalid syntax|1|14|print(1, file=f)\n");
  ERR("from __future__ import division, print_function; print 1\n", "SyntaxError|invalid syntax|1|56|from __future__ import division, print_function; print 1\n");
}

static void test_file_mode_eof(void **state)
{
  (void)state;
  /* running a file, CPython reports end-of-input errors one line further */
  FERR("x = (1,\n", "SyntaxError|invalid syntax|2|8|");
  FERR("x=1\nf(1,", "SyntaxError|invalid syntax|3|5|");
  FERR("def f():\n", "IndentationError|expected an indented block|2|9|");
  FERR("x = '''abc\n", "SyntaxError|EOF while scanning triple-quoted string literal|3|12|x = '''abc\n\n");
  FERR("x = '''abc", "SyntaxError|EOF while scanning triple-quoted string literal|2|11|x = '''abc\n");
  FERR("x = 'abc", "SyntaxError|EOL while scanning string literal|1|8|x = 'abc\n");
  FERR("if x\n", "SyntaxError|invalid syntax|1|5|if x\n");
  FERR("# caf\xc3\xa9\n",
       "SyntaxError|Non-ASCII character '\\xc3' in file t.py on line 1, but no encoding "
       "declared; see http://python.org/dev/peps/pep-0263/ for details|1|-1|");
  FERR("# -*- coding: utf-8 -*-\nx = 'caf\xc3\xa9'\n", "OK");
  FERR("\xef\xbb\xbfx = 'caf\xc3\xa9'\n", "OK");
  /* the AST-level errors carry the line, stripped, without a caret */
  FERR("def f():\n    1 = x\n", "SyntaxError|can't assign to literal|2|-1|1 = x");
}

static void test_ast_errors(void **state)
{
  (void)state;
  ERR("x = 1 = y\n", "SyntaxError|can't assign to literal|1|-1|");
  ERR("del f()\n", "SyntaxError|can't delete function call|1|-1|");
  ERR("del a + b\n", "SyntaxError|can't delete operator|1|-1|");
  ERR("a, b += 1\n", "SyntaxError|illegal expression for augmented assignment|1|-1|");
  ERR("f() += 1\n", "SyntaxError|can't assign to function call|1|-1|");
  ERR("None = 1\n", "SyntaxError|cannot assign to None|1|-1|");
  ERR("x.None = 1\n", "SyntaxError|cannot assign to None|1|-1|");
  ERR("__debug__ = 1\n", "SyntaxError|cannot assign to __debug__|1|-1|");
  ERR("def f(a, (b, None)): pass\n", "SyntaxError|cannot assign to None|1|-1|");
  ERR("import a as None\n", "SyntaxError|cannot assign to None|1|-1|");
  ERR("def f(a=1, b): pass\n",
      "SyntaxError|non-default argument follows default argument|1|-1|");
  ERR("lambda a=1, b: 1\n", "SyntaxError|non-default argument follows default argument|1|-1|");
  ERR("def f(a, a): pass\n", "SyntaxError|duplicate argument 'a' in function definition|1|-1|");
  ERR("def f(a, (b, a)): pass\n",
      "SyntaxError|duplicate argument 'a' in function definition|1|-1|");
  ERR("def f(a, **a): pass\n",
      "SyntaxError|duplicate argument 'a' in function definition|1|-1|");
  ERR("f(a=1, a=2)\n", "SyntaxError|keyword argument repeated|1|-1|");
  ERR("f(a=1, b)\n", "SyntaxError|non-keyword arg after keyword arg|1|-1|");
  ERR("f(*a, b)\n", "SyntaxError|only named arguments may follow *expression|1|-1|");
  ERR("f(a for a in b, c)\n",
      "SyntaxError|Generator expression must be parenthesized if not sole argument|1|-1|");
  ERR("f(x.y=1)\n", "SyntaxError|keyword can't be an expression|1|-1|");
  ERR("f(lambda: x=1)\n", "SyntaxError|lambda cannot contain assignment|1|-1|");
  ERR("x = yield = 1\n", "SyntaxError|assignment to yield expression not possible|1|-1|");
  ERR("(yield) = 1\n", "SyntaxError|can't assign to yield expression|1|-1|");
  ERR("[x for x in y] = 1\n", "SyntaxError|can't assign to list comprehension|1|-1|");
  ERR("(x for x in y) = 1\n", "SyntaxError|can't assign to generator expression|1|-1|");
  ERR("{x: 1 for x in y} = 1\n", "SyntaxError|can't assign to dict comprehension|1|-1|");
  ERR("`x` = 1\n", "SyntaxError|can't assign to repr|1|-1|");
  ERR("x if y else z = 1\n", "SyntaxError|can't assign to conditional expression|1|-1|");
  ERR("a < b = 1\n", "SyntaxError|can't assign to comparison|1|-1|");
  ERR("lambda: 1 = 1\n", "SyntaxError|can't assign to lambda|1|-1|");
  ERR("() = 1\n", "SyntaxError|can't assign to ()|1|-1|");
  ERR("-1 = 1\n", "SyntaxError|can't assign to literal|1|-1|");
  ERR("not x = 1\n", "SyntaxError|can't assign to operator|1|-1|");
  ERR("for x, 1 in y: pass\n", "SyntaxError|can't assign to literal|1|-1|");
  ERR("with x as (a, 1): pass\n", "SyntaxError|can't assign to literal|1|-1|");
  ERR("try:\n    pass\nexcept E as 1:\n    pass\n", "SyntaxError|can't assign to literal|3|-1|");
  ERR("from a import b,\n",
      "SyntaxError|trailing comma not allowed without surrounding parentheses|1|-1|");
  ERR("x = \"\\x4\"\n", "ValueError|invalid \\x escape|0|-1|");
  ERR("x = u\"\\x4\"\n",
      "SyntaxError|(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: "
      "truncated \\xXX escape|1|-1|");
  /* parse errors come first, wherever they are */
  ERR("1 = x\nif x\n", "SyntaxError|invalid syntax|2|5|if x\n");
  /* ast.c errors before symtable.c errors */
  ERR("def f(a, a): pass\n1 = 2\n", "SyntaxError|can't assign to literal|2|-1|");
  /* CPython's conversion order: the generator check before the arguments */
  ERR("f(g(1=2), x for x in y)\n",
      "SyntaxError|Generator expression must be parenthesized if not sole argument|1|-1|");
  /* ... the else suite of a for first, the last elif first */
  ERR("for x in y:\n  1 = 2\nelse:\n  3 = 4\n", "SyntaxError|can't assign to literal|4|-1|");
  ERR("if a:\n  1 = 2\nelif b:\n  3 = 4\n", "SyntaxError|can't assign to literal|4|-1|");
}

static void test_limits(void **state)
{
  (void)state;
  static char src[400000];
  size_t n = 0;
  n += (size_t)sprintf(src, "x = ");
  for (int i = 0; i < 5000; i++)
    src[n++] = '(';
  src[n++] = '1';
  for (int i = 0; i < 5000; i++)
    src[n++] = ')';
  src[n++] = '\n';
  src[n] = '\0';
  assert_string_equal(dump(src), "ERROR SyntaxError: too many nested parentheses");
  n = (size_t)sprintf(src, "x = 1");
  for (int i = 0; i < 50000; i++)
    n += (size_t)sprintf(src + n, " + 1");
  sprintf(src + n, "\n");
  assert_string_equal(dump(src), "ERROR SyntaxError: expression too long");
  n = (size_t)sprintf(src, "x = ");
  for (int i = 0; i < 30000; i++)
    n += (size_t)sprintf(src + n, "lambda: ");
  sprintf(src + n, "1\n");
  assert_string_equal(dump(src), "ERROR SyntaxError: too many nested parentheses");
  /* 100 arguments and 150 nested brackets are fine */
  n = (size_t)sprintf(src, "f(");
  for (int i = 0; i < 100; i++)
    n += (size_t)sprintf(src + n, "a%d, ", i);
  sprintf(src + n, ")\n");
  assert_string_equal(error(src), "OK");
  n = (size_t)sprintf(src, "x = ");
  for (int i = 0; i < 150; i++)
    src[n++] = '[';
  for (int i = 0; i < 150; i++)
    src[n++] = ']';
  src[n++] = '\n';
  src[n] = '\0';
  assert_string_equal(error(src), "OK");
}

/* Random bytes and truncated programs must give a result, never a crash. */
static void test_robustness(void **state)
{
  (void)state;
  static const char prog[] =
      "class A(B):\n    '''doc'''\n    def f(self, (a, b)=(1, 2), *c, **d):\n"
      "        x = [i for i in range(10) if i % 2]\n        return lambda y: x[y:-1:2]\n"
      "try:\n    print >>f, u'\\u00e9', 0x10L, 1e-5j\nexcept (E, F) as e:\n    raise\n"
      "with open(p) as f, g:\n    exec 'x' in {}\n";
  unsigned state_ = 12345;
  char buf[512];
  for (size_t cut = 0; cut <= sizeof prog - 1; cut++) {
    Arena *a = arena_new();
    SyntaxErr err;
    parse_source(a, prog, cut, "t.py", PARSE_FILE, false, &err);
    arena_free(a);
  }
  for (int iter = 0; iter < 3000; iter++) {
    size_t len = (size_t)(iter % 200);
    for (size_t i = 0; i < len; i++) {
      state_ = state_ * 1103515245u + 12345u;
      unsigned r = (state_ >> 16) & 0xff;
      buf[i] = iter % 2 ? (char)r : "()[]{}:,.=\"'\\#\n \t;@`+-*/%<>!01xjLeurb"[r % 38];
    }
    Arena *a = arena_new();
    SyntaxErr err;
    parse_source(a, buf, len, "t.py", iter % 3 ? PARSE_FILE : PARSE_EXEC, false, &err);
    arena_free(a);
  }
}

int main(void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_simple_statements),
    cmocka_unit_test(test_compound_statements),
    cmocka_unit_test(test_expressions),
    cmocka_unit_test(test_subscripts),
    cmocka_unit_test(test_displays),
    cmocka_unit_test(test_literals),
    cmocka_unit_test(test_module),
    cmocka_unit_test(test_modes),
    cmocka_unit_test(test_syntax_errors),
    cmocka_unit_test(test_file_mode_eof),
    cmocka_unit_test(test_ast_errors),
    cmocka_unit_test(test_limits),
    cmocka_unit_test(test_robustness),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
