/*
** test_lex.c: unit tests of the tokenizer (frontend/lex.c): token streams,
** INDENT/DEDENT, line joining, positions, every numeric and string literal
** form, and tokenizer errors.
*/
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "frontend/lex.h"

/* Tokenize src into "NAME(x) EQUAL NUMBER(1) NEWLINE ..." (up to ENDMARKER
   or an error token, which prints as ERROR(code)). */
static const char *toks(Arena *a, const char *src, bool print_function)
{
  static char out[4096];
  Lexer *lx = lex_new(a, src, strlen(src), false, true);
  lex_set_print_function(lx, print_function);
  size_t n = 0;
  out[0] = '\0';
  for (;;) {
    Token t;
    lex_next(lx, &t);
    if (n > sizeof out - 64)
      n = 0;                   /* long streams: keep only the tail */
    if (n)
      n += (size_t)snprintf(out + n, sizeof out - n, " ");
    if (t.type == T_ERRORTOKEN) {
      n += (size_t)snprintf(out + n, sizeof out - n, "ERROR(%d)", (int)lex_error(lx));
      break;
    }
    if (t.type == T_NAME || t.type == T_NUMBER || t.type == T_STRING)
      n += (size_t)snprintf(out + n, sizeof out - n, "%s(%.*s)", lex_token_names[t.type],
                            (int)t.len, t.s);
    else
      n += (size_t)snprintf(out + n, sizeof out - n, "%s", lex_token_names[t.type]);
    if (t.type == T_ENDMARKER)
      break;
  }
  return out;
}

static void test_simple_tokens(void **state)
{
  (void)state;
  Arena *a = arena_new();
  assert_string_equal(toks(a, "x = 1\n", false),
                      "NAME(x) EQUAL NUMBER(1) NEWLINE NEWLINE ENDMARKER");
  assert_string_equal(toks(a, "a<>b != c <= d >= e == f << g >> h ** i // j\n", false),
                      "NAME(a) NOTEQUAL NAME(b) NOTEQUAL NAME(c) LESSEQUAL NAME(d) "
                      "GREATEREQUAL NAME(e) EQEQUAL NAME(f) LEFTSHIFT NAME(g) RIGHTSHIFT "
                      "NAME(h) DOUBLESTAR NAME(i) DOUBLESLASH NAME(j) NEWLINE NEWLINE ENDMARKER");
  assert_string_equal(toks(a, "a += b -= c *= d /= e %= f &= g |= h ^= i <<= j >>= k **= l //= m\n",
                           false),
                      "NAME(a) PLUSEQUAL NAME(b) MINEQUAL NAME(c) STAREQUAL NAME(d) SLASHEQUAL "
                      "NAME(e) PERCENTEQUAL NAME(f) AMPEREQUAL NAME(g) VBAREQUAL NAME(h) "
                      "CIRCUMFLEXEQUAL NAME(i) LEFTSHIFTEQUAL NAME(j) RIGHTSHIFTEQUAL NAME(k) "
                      "DOUBLESTAREQUAL NAME(l) DOUBLESLASHEQUAL NAME(m) NEWLINE NEWLINE ENDMARKER");
  assert_string_equal(toks(a, "@d `x` ~y; a.b\n", false),
                      "AT NAME(d) BACKQUOTE NAME(x) BACKQUOTE TILDE NAME(y) SEMI NAME(a) DOT "
                      "NAME(b) NEWLINE NEWLINE ENDMARKER");
  /* no final newline: one is faked */
  assert_string_equal(toks(a, "x", false), "NAME(x) NEWLINE NEWLINE ENDMARKER");
  assert_string_equal(toks(a, "", false), "ENDMARKER");
  assert_string_equal(toks(a, "$\n", false), "OP NEWLINE NEWLINE ENDMARKER");
  arena_free(a);
}

static void test_keywords(void **state)
{
  (void)state;
  Arena *a = arena_new();
  assert_string_equal(toks(a, "if not x in y: print lambda_ yield\n", false),
                      "IF NOT NAME(x) IN NAME(y) COLON PRINT NAME(lambda_) YIELD NEWLINE "
                      "NEWLINE ENDMARKER");
  assert_string_equal(toks(a, "print exec with as None True\n", true),
                      "NAME(print) EXEC WITH AS NAME(None) NAME(True) NEWLINE NEWLINE ENDMARKER");
  arena_free(a);
}

static void test_indentation(void **state)
{
  (void)state;
  Arena *a = arena_new();
  assert_string_equal(toks(a, "if x:\n    y\n    z\nw\n", false),
                      "IF NAME(x) COLON NEWLINE INDENT NAME(y) NEWLINE NAME(z) NEWLINE DEDENT "
                      "NAME(w) NEWLINE NEWLINE ENDMARKER");
  /* two dedents at end of input */
  assert_string_equal(toks(a, "if x:\n  if y:\n    z\n", false),
                      "IF NAME(x) COLON NEWLINE INDENT IF NAME(y) COLON NEWLINE INDENT NAME(z) "
                      "NEWLINE DEDENT DEDENT NEWLINE ENDMARKER");
  /* a tab advances to the next multiple of 8: same level as 8 spaces */
  assert_string_equal(toks(a, "if x:\n\ty\n        z\n", false),
                      "IF NAME(x) COLON NEWLINE INDENT NAME(y) NEWLINE NAME(z) NEWLINE DEDENT "
                      "NEWLINE ENDMARKER");
  assert_string_equal(toks(a, "if x:\n    \ty\n\tz\n", false),
                      "IF NAME(x) COLON NEWLINE INDENT NAME(y) NEWLINE NAME(z) NEWLINE DEDENT "
                      "NEWLINE ENDMARKER");
  /* blank, whitespace-only and comment-only lines are ignored */
  assert_string_equal(toks(a, "if x:\n\n   \n# c\n        # c\n  y\n", false),
                      "IF NAME(x) COLON NEWLINE INDENT NAME(y) NEWLINE DEDENT NEWLINE ENDMARKER");
  /* form feed resets the column */
  assert_string_equal(toks(a, "if x:\n  y\n  \fz\n", false),
                      "IF NAME(x) COLON NEWLINE INDENT NAME(y) NEWLINE DEDENT NAME(z) NEWLINE "
                      "NEWLINE ENDMARKER");
  /* dedent to an unknown level */
  assert_string_equal(toks(a, "if x:\n    y\n  z\n", false),
                      "IF NAME(x) COLON NEWLINE INDENT NAME(y) NEWLINE ERROR(5)");
  /* \r\n and \r line ends */
  assert_string_equal(toks(a, "if x:\r\n  y\rz\r\n", false),
                      "IF NAME(x) COLON NEWLINE INDENT NAME(y) NEWLINE DEDENT NAME(z) NEWLINE "
                      "NEWLINE ENDMARKER");
  arena_free(a);
}

static void test_line_joining(void **state)
{
  (void)state;
  Arena *a = arena_new();
  /* no NEWLINE / INDENT inside brackets */
  assert_string_equal(toks(a, "x = (1,\n        2)\n", false),
                      "NAME(x) EQUAL LPAR NUMBER(1) COMMA NUMBER(2) RPAR NEWLINE NEWLINE ENDMARKER");
  assert_string_equal(toks(a, "x = [1,\n# c\n\n 2]\n", false),
                      "NAME(x) EQUAL LSQB NUMBER(1) COMMA NUMBER(2) RSQB NEWLINE NEWLINE "
                      "ENDMARKER");
  /* backslash continuation */
  assert_string_equal(toks(a, "x = 1 + \\\n      2\n", false),
                      "NAME(x) EQUAL NUMBER(1) PLUS NUMBER(2) NEWLINE NEWLINE ENDMARKER");
  assert_string_equal(toks(a, "x = 1 \\ 2\n", false), "NAME(x) EQUAL NUMBER(1) ERROR(7)");
  arena_free(a);
}

static void test_positions(void **state)
{
  (void)state;
  Arena *a = arena_new();
  const char *src = "x = 1\nif y:\n    zz = 'a\\\nb' + w\n";
  Lexer *lx = lex_new(a, src, strlen(src), false, true);
  Token t;
  int expect[][3] = {
    {T_NAME, 1, 0}, {T_EQUAL, 1, 2}, {T_NUMBER, 1, 4}, {T_NEWLINE, 1, 5},
    {T_IF, 2, 0}, {T_NAME, 2, 3}, {T_COLON, 2, 4}, {T_NEWLINE, 2, 5},
    {T_INDENT, 3, 4}, {T_NAME, 3, 4}, {T_EQUAL, 3, 7},
    {T_STRING, 4, -1},  /* a multi-line token: CPython's end line, no column */
    {T_PLUS, 4, 3}, {T_NAME, 4, 5},
  };
  for (size_t i = 0; i < sizeof expect / sizeof expect[0]; i++) {
    lex_next(lx, &t);
    assert_int_equal(t.type, expect[i][0]);
    assert_int_equal(t.line, expect[i][1]);
    assert_int_equal(t.col, expect[i][2]);
  }
  arena_free(a);
}

static const char *num(Arena *a, const char *s, bool neg)
{
  static char out[256];
  LexNumber n;
  if (!lex_number(a, s, strlen(s), neg, &n))
    return "positive-long";
  switch (n.kind) {
  case E_INT: snprintf(out, sizeof out, "INT %lld", (long long)n.ival); break;
  case E_LONG: snprintf(out, sizeof out, "LONG %s", n.digits); break;
  case E_FLOAT: snprintf(out, sizeof out, "FLOAT %.17g", n.fval); break;
  case E_IMAG: snprintf(out, sizeof out, "IMAG %.17g", n.fval); break;
  default: return "?";
  }
  return out;
}

static void test_numbers(void **state)
{
  (void)state;
  Arena *a = arena_new();
  assert_string_equal(num(a, "0", false), "INT 0");
  assert_string_equal(num(a, "42", false), "INT 42");
  assert_string_equal(num(a, "0xff", false), "INT 255");
  assert_string_equal(num(a, "0XfF", false), "INT 255");
  assert_string_equal(num(a, "0777", false), "INT 511");
  assert_string_equal(num(a, "0o777", false), "INT 511");
  assert_string_equal(num(a, "0O17", false), "INT 15");
  assert_string_equal(num(a, "0b101", false), "INT 5");
  assert_string_equal(num(a, "0B11", false), "INT 3");
  assert_string_equal(num(a, "10L", false), "LONG 10");
  assert_string_equal(num(a, "10l", false), "LONG 10");
  assert_string_equal(num(a, "0xffL", false), "LONG 255");
  assert_string_equal(num(a, "0777L", false), "LONG 511");
  assert_string_equal(num(a, "0L", false), "LONG 0");
  assert_string_equal(num(a, "9223372036854775807", false), "INT 9223372036854775807");
  assert_string_equal(num(a, "9223372036854775808", false), "LONG 9223372036854775808");
  assert_string_equal(num(a, "123456789012345678901234567890", false),
                      "LONG 123456789012345678901234567890");
  assert_string_equal(num(a, "0xffffffffffffffff", false), "LONG 18446744073709551615");
  assert_string_equal(num(a, "0x10000000000000000", false), "LONG 18446744073709551616");
  assert_string_equal(num(a, "01777777777777777777777", false), "LONG 18446744073709551615");
  assert_string_equal(num(a, "0b" "1111111111111111111111111111111111111111111111111111111111111111",
                          false), "LONG 18446744073709551615");
  assert_string_equal(num(a, "1.5", false), "FLOAT 1.5");
  assert_string_equal(num(a, "1e10", false), "FLOAT 10000000000");
  assert_string_equal(num(a, ".5", false), "FLOAT 0.5");
  assert_string_equal(num(a, "5.", false), "FLOAT 5");
  assert_string_equal(num(a, "1.5e-3", false), "FLOAT 0.0015");
  assert_string_equal(num(a, "1E+5", false), "FLOAT 100000");
  assert_string_equal(num(a, "09.5", false), "FLOAT 9.5");
  assert_string_equal(num(a, "0e0", false), "FLOAT 0");
  assert_string_equal(num(a, "1j", false), "IMAG 1");
  assert_string_equal(num(a, "2.5J", false), "IMAG 2.5");
  assert_string_equal(num(a, "09j", false), "IMAG 9");
  /* folded unary minus */
  assert_string_equal(num(a, "5", true), "INT -5");
  assert_string_equal(num(a, "9223372036854775808", true), "INT -9223372036854775808");
  assert_string_equal(num(a, "9223372036854775809", true), "positive-long");
  assert_string_equal(num(a, "5L", true), "positive-long");
  assert_string_equal(num(a, "1.5", true), "FLOAT -1.5");
  assert_string_equal(num(a, "1j", true), "IMAG -1");
  arena_free(a);
}

static void test_number_tokens(void **state)
{
  (void)state;
  Arena *a = arena_new();
  assert_string_equal(toks(a, "1e5 1E+5j 0x1fL 0o7 0b1l .5 5. 1..real\n", false),
                      "NUMBER(1e5) NUMBER(1E+5j) NUMBER(0x1fL) NUMBER(0o7) NUMBER(0b1l) "
                      "NUMBER(.5) NUMBER(5.) NUMBER(1.) DOT NAME(real) NEWLINE NEWLINE ENDMARKER");
  /* "1e" is the number 1 followed by the name e */
  assert_string_equal(toks(a, "1e\n", false), "NUMBER(1) NAME(e) NEWLINE NEWLINE ENDMARKER");
  assert_string_equal(toks(a, "0778\n", false), "ERROR(2)");
  assert_string_equal(toks(a, "0x\n", false), "ERROR(2)");
  assert_string_equal(toks(a, "0b2\n", false), "ERROR(2)");
  assert_string_equal(toks(a, "0o8\n", false), "ERROR(2)");
  assert_string_equal(toks(a, "1e+\n", false), "ERROR(2)");
  arena_free(a);
}

static const char *str(Arena *a, const char *s, bool uni_lits)
{
  static char out[512];
  char *v, msg[256];
  size_t n;
  bool u;
  const char *kind;
  if (!lex_string(a, s, strlen(s), uni_lits, &v, &n, &u, &kind, msg, sizeof msg)) {
    snprintf(out, sizeof out, "%s: %s", kind, msg);
    return out;
  }
  size_t o = 0;
  o += (size_t)snprintf(out, sizeof out, "%s", u ? "u:" : "");
  for (size_t i = 0; i < n && o + 5 < sizeof out; i++) {
    unsigned char c = (unsigned char)v[i];
    if (c < 32 || c >= 127 || c == '\\')
      o += (size_t)snprintf(out + o, sizeof out - o, "\\%02x", c);
    else
      out[o++] = (char)c;
  }
  out[o] = '\0';
  return out;
}

static void test_strings(void **state)
{
  (void)state;
  Arena *a = arena_new();
  assert_string_equal(str(a, "'abc'", false), "abc");
  assert_string_equal(str(a, "\"abc\"", false), "abc");
  assert_string_equal(str(a, "''", false), "");
  assert_string_equal(str(a, "''''''", false), "");
  assert_string_equal(str(a, "'''a'b\"\"c'''", false), "a'b\"\"c");
  assert_string_equal(str(a, "\"\"\"x\ny\"\"\"", false), "x\\0ay");
  assert_string_equal(str(a, "'\\n\\t\\\\\\'\\\"\\a\\b\\f\\v\\r\\0'", false),
                      "\\0a\\09\\5c'\"\\07\\08\\0c\\0b\\0d\\00");
  assert_string_equal(str(a, "'\\101\\7\\777x'", false), "A\\07\\ffx");
  assert_string_equal(str(a, "'\\x41\\xfF'", false), "A\\ff");
  assert_string_equal(str(a, "'a\\\nb'", false), "ab");
  /* unknown escapes keep the backslash */
  assert_string_equal(str(a, "'\\q\\u0041\\N{x}\\8'", false), "\\5cq\\5cu0041\\5cN{x}\\5c8");
  /* raw strings */
  assert_string_equal(str(a, "r'\\n\\x'", false), "\\5cn\\5cx");
  assert_string_equal(str(a, "R'\\''", false), "\\5c'");
  assert_string_equal(str(a, "b'\\n'", false), "\\0a");
  assert_string_equal(str(a, "Br'\\n'", false), "\\5cn");
  /* unicode: \u, \U, \x and octal escapes are code points, stored as UTF-8 */
  assert_string_equal(str(a, "u'\\u00e9\\xe9\\351'", false), "u:\\c3\\a9\\c3\\a9\\c3\\a9");
  assert_string_equal(str(a, "U'\\u20ac'", false), "u:\\e2\\82\\ac");
  assert_string_equal(str(a, "u'\\U0001F600'", false), "u:\\f0\\9f\\98\\80");
  assert_string_equal(str(a, "u'\\ud83d\\ude00'", false), "u:\\f0\\9f\\98\\80");
  assert_string_equal(str(a, "u'\\q'", false), "u:\\5cq");
  /* raw unicode decodes only \u and \U */
  assert_string_equal(str(a, "ur'\\u0041\\n\\\\u0041'", false), "u:A\\5cn\\5c\\5cu0041");
  assert_string_equal(str(a, "UR'x'", false), "u:x");
  /* from __future__ import unicode_literals */
  assert_string_equal(str(a, "'\\u00e9'", true), "u:\\c3\\a9");
  assert_string_equal(str(a, "b'\\u00e9'", true), "\\5cu00e9");
  /* errors, worded as CPython 2.7 */
  assert_string_equal(str(a, "'\\x4'", false), "ValueError: invalid \\x escape");
  assert_string_equal(str(a, "u'\\x4'", false),
                      "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes "
                      "in position 0-2: truncated \\xXX escape");
  assert_string_equal(str(a, "u'ab\\u12'", false),
                      "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes "
                      "in position 2-5: truncated \\uXXXX escape");
  assert_string_equal(str(a, "u'\\U00110000'", false),
                      "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes "
                      "in position 0-9: illegal Unicode character");
  assert_string_equal(str(a, "ur'\\u12'", false),
                      "SyntaxError: (unicode error) 'rawunicodeescape' codec can't decode "
                      "bytes in position 0-3: truncated \\uXXXX");
  arena_free(a);
}

static void test_string_tokens(void **state)
{
  (void)state;
  Arena *a = arena_new();
  assert_string_equal(toks(a, "r'a' u'b' ur'c' b'd' br'e' U\"f\" BR'g' x'h'\n", false),
                      "STRING(r'a') STRING(u'b') STRING(ur'c') STRING(b'd') STRING(br'e') "
                      "STRING(U\"f\") STRING(BR'g') NAME(x) STRING('h') NEWLINE NEWLINE "
                      "ENDMARKER");
  assert_string_equal(toks(a, "'''a\n'b'\n'''\n", false),
                      "STRING('''a\n'b'\n''') NEWLINE NEWLINE ENDMARKER");
  assert_string_equal(toks(a, "'a\\'b'\n", false), "STRING('a\\'b') NEWLINE NEWLINE ENDMARKER");
  assert_string_equal(toks(a, "x = 'abc\n", false), "NAME(x) EQUAL ERROR(3)");
  assert_string_equal(toks(a, "x = '''abc\n", false), "NAME(x) EQUAL ERROR(4)");
  assert_string_equal(toks(a, "x = 'abc\\\n", false), "NAME(x) EQUAL ERROR(3)");
  arena_free(a);
}

static void test_too_deep(void **state)
{
  (void)state;
  Arena *a = arena_new();
  char src[20000];
  size_t n = 0;
  for (int i = 0; i < 120; i++) {
    for (int j = 0; j < i; j++)
      src[n++] = ' ';
    memcpy(src + n, "if 1:\n", 6);
    n += 6;
  }
  src[n] = '\0';
  const char *t = toks(a, src, false);
  assert_non_null(strstr(t, "ERROR(6)"));
  arena_free(a);
}

int main(void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_simple_tokens),
    cmocka_unit_test(test_keywords),
    cmocka_unit_test(test_indentation),
    cmocka_unit_test(test_line_joining),
    cmocka_unit_test(test_positions),
    cmocka_unit_test(test_numbers),
    cmocka_unit_test(test_number_tokens),
    cmocka_unit_test(test_strings),
    cmocka_unit_test(test_string_tokens),
    cmocka_unit_test(test_too_deep),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
