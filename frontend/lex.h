/*
** lex.h: the tokenizer for the Python 2.7 grammar. It follows CPython 2.7's
** Parser/tokenizer.c closely (INDENT/DEDENT stack, NEWLINE suppression inside
** brackets, continuation lines, literal scanning) so that the position
** reported for a syntax error matches CPython's exactly. Literal *values*
** (numbers, string escapes) are converted by lex_number() / lex_string(),
** which the parser calls on NUMBER and STRING tokens.
*/
#ifndef RPY_LEX_H
#define RPY_LEX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "ast.h"

/* Token kinds: X(name, spelling). Keywords come last, from T_AND on. */
#define LEX_TOKENS(X) \
  X(ENDMARKER, "end of file") X(NAME, "name") X(NUMBER, "number") \
  X(STRING, "string") X(NEWLINE, "newline") X(INDENT, "indent") \
  X(DEDENT, "dedent") X(ERRORTOKEN, "error") \
  X(OP, "unknown character") \
  X(LPAR, "(") X(RPAR, ")") X(LSQB, "[") X(RSQB, "]") X(LBRACE, "{") \
  X(RBRACE, "}") X(COLON, ":") X(COMMA, ",") X(SEMI, ";") X(PLUS, "+") \
  X(MINUS, "-") X(STAR, "*") X(SLASH, "/") X(VBAR, "|") X(AMPER, "&") \
  X(LESS, "<") X(GREATER, ">") X(EQUAL, "=") X(DOT, ".") X(PERCENT, "%") \
  X(BACKQUOTE, "`") X(EQEQUAL, "==") X(NOTEQUAL, "!=") X(LESSEQUAL, "<=") \
  X(GREATEREQUAL, ">=") X(TILDE, "~") X(CIRCUMFLEX, "^") \
  X(LEFTSHIFT, "<<") X(RIGHTSHIFT, ">>") X(DOUBLESTAR, "**") \
  X(PLUSEQUAL, "+=") X(MINEQUAL, "-=") X(STAREQUAL, "*=") \
  X(SLASHEQUAL, "/=") X(PERCENTEQUAL, "%=") X(AMPEREQUAL, "&=") \
  X(VBAREQUAL, "|=") X(CIRCUMFLEXEQUAL, "^=") X(LEFTSHIFTEQUAL, "<<=") \
  X(RIGHTSHIFTEQUAL, ">>=") X(DOUBLESTAREQUAL, "**=") \
  X(DOUBLESLASH, "//") X(DOUBLESLASHEQUAL, "//=") X(AT, "@") \
  X(AND, "and") X(AS, "as") X(ASSERT, "assert") X(BREAK, "break") \
  X(CLASS, "class") X(CONTINUE, "continue") X(DEF, "def") X(DEL, "del") \
  X(ELIF, "elif") X(ELSE, "else") X(EXCEPT, "except") X(EXEC, "exec") \
  X(FINALLY, "finally") X(FOR, "for") X(FROM, "from") X(GLOBAL, "global") \
  X(IF, "if") X(IMPORT, "import") X(IN, "in") X(IS, "is") \
  X(LAMBDA, "lambda") X(NOT, "not") X(OR, "or") X(PASS, "pass") \
  X(PRINT, "print") X(RAISE, "raise") X(RETURN, "return") X(TRY, "try") \
  X(WHILE, "while") X(WITH, "with") X(YIELD, "yield")

typedef enum {
#define LEX_ENUM(n, s) T_##n,
  LEX_TOKENS(LEX_ENUM)
#undef LEX_ENUM
  T__MAX
} TokType;

#define T_FIRST_KEYWORD T_AND

extern const char *const lex_token_names[T__MAX]; /* "NAME", "LPAR", ... */
extern const char *const lex_token_text[T__MAX];  /* "name", "(", "if" ... */

/* Tokenizer error codes (CPython's E_* values that the tokenizer raises). */
typedef enum {
  LEX_OK, LEX_EOF, LEX_E_TOKEN, LEX_E_EOLS, LEX_E_EOFS, LEX_E_DEDENT,
  LEX_E_TOODEEP, LEX_E_LINECONT, LEX_E_NONASCII
} LexErr;

typedef struct Token {
  TokType type;
  const char *s;          /* token text (points into the lexer's buffer) */
  size_t len;
  int line;               /* CPython's lineno of the token (its last line) */
  int col;                /* 0-based start column, -1 for multi-line strings */
  /* Where CPython reports an error if the parser rejects this token:
     line, offset of the tokenizer's cursor from its buffer start, and the
     buffer text (possibly several lines). */
  int eline;
  int eoff;
  size_t etext;           /* buffer start (offset in source) */
  size_t etextlen;        /* buffer length */
  bool eat_eof;           /* tokenizer had hit end of input (E_EOF) */
  /* For a LEX_E_NONASCII error token: eline is the line, eoff the byte and
     etextlen the line number CPython's message names. */
} Token;

typedef struct Lexer Lexer;

/* Make a lexer over src[0..len). The text is copied into the arena with
   \r\n and \r turned into \n and a final newline added. file_mode selects
   how CPython reports errors at end of input (running a file vs compile()
   of a string) and enables the PEP 263 non-ASCII check. */
/* file_mode: source read from a file (CPython's fgets reader: coding checks,
** one more line counted at EOF). exec_input: file_input grammar, so a final
** newline is supplied when missing (CPython translate_newlines). */
Lexer *lex_new(Arena *a, const char *src, size_t len, bool file_mode, bool exec_input);

/* Next token. On a tokenizer error returns T_ERRORTOKEN and lex_error()
   tells which. */
void lex_next(Lexer *lx, Token *t);
LexErr lex_error(const Lexer *lx);

/* `print` is a plain name when the print_function future is in effect. */
void lex_set_print_function(Lexer *lx, bool on);

/* The (normalized) source buffer and its length, for error texts. */
const char *lex_source(const Lexer *lx, size_t *len);
/* Start of the text of line `line` (1-based) and its length without "\n". */
const char *lex_line_text(const Lexer *lx, int line, size_t *len);

/* ---- literal conversion ------------------------------------------------ */

typedef struct LexNumber {
  NodeKind kind;          /* E_INT, E_LONG, E_FLOAT or E_IMAG */
  int64_t ival;
  double fval;
  const char *digits;     /* E_LONG: decimal digits, arena-allocated */
} LexNumber;

/* Convert a NUMBER token's text. With negate, the literal had a unary
   minus folded into it (CPython 2 does this for `-5`): the value is negated
   and an int64 overflow is decided on the negative value. Returns false if
   the literal is a long that must stay positive (negate not applied). */
bool lex_number(Arena *a, const char *s, size_t len, bool negate, LexNumber *out);

/* Decode a STRING token (prefix, quotes and body) into bytes. unicode_lits
   makes unprefixed literals unicode (from __future__ import
   unicode_literals). Unicode literals are encoded as UTF-8. On error returns
   false and writes CPython's exception kind ("SyntaxError" or "ValueError")
   and message. */
bool lex_string(Arena *a, const char *s, size_t len, bool unicode_lits,
                char **out, size_t *outlen, bool *is_unicode,
                const char **errkind, char *errmsg, size_t errmsg_size);

#endif
