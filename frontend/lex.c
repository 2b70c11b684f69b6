/*
** lex.c: the Python 2.7 tokenizer. The scanning code is a close port of
** CPython 2.7's Parser/tokenizer.c (tok_get / tok_nextc in string mode) plus
** the ENDMARKER handling of Parser/parsetok.c, so that tokens, INDENT/DEDENT
** and the error positions (line, cursor offset, buffer text) are exactly the
** ones CPython reports. Also here: conversion of NUMBER and STRING token text
** into values (CPython's parsenumber / parsestr).
*/
#include "lex.h"

#include <ctype.h>
#include <errno.h>
#include <gmp.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAXINDENT 100   /* CPython's limit: "too many levels of indentation" */
#define TABSIZE 8
#define LEX_EOFC (-1)

const char *const lex_token_names[T__MAX] = {
#define LEX_NAME(n, s) #n,
  LEX_TOKENS(LEX_NAME)
#undef LEX_NAME
};

const char *const lex_token_text[T__MAX] = {
#define LEX_TEXT(n, s) s,
  LEX_TOKENS(LEX_TEXT)
#undef LEX_TEXT
};

struct Lexer {
  Arena *arena;
  char *src;          /* normalized source, NUL-terminated, plus one spare '\n' */
  size_t len;
  size_t cur;         /* next character */
  size_t inp;         /* end of the data read so far (end of current line) */
  size_t buf;         /* start of the tokenizer's buffer (line start, or the
                         first line of a multi-line token) */
  size_t line_start;
  size_t start;       /* start of the current token */
  bool in_token;      /* CPython: tok->start != NULL */
  int lineno;
  LexErr done;
  bool atbol;
  int level;          /* bracket nesting */
  int indent;
  int indstack[MAXINDENT];
  int pendin;
  bool started;       /* parsetok: a token was seen since the last NEWLINE fix-up */
  bool print_function;
  bool file_mode;
  bool had_newline;   /* original source ended with a newline */
  bool has_coding;    /* PEP 263 cookie or UTF-8 BOM seen */
  int coding_lines;   /* lines checked for a cookie so far */
  /* file-mode end-of-input error position */
  bool eof_fixed;
  int eof_line;
  int eof_off;
  size_t eof_text, eof_textlen;
  int badchar;        /* LEX_E_NONASCII: the byte */
  int badline;
  int badline_msg;    /* the line number CPython's message says */
};

/* ---- construction ------------------------------------------------------- */

Lexer *lex_new(Arena *a, const char *src, size_t len, bool file_mode, bool exec_input)
{
  Lexer *lx = arena_alloc(a, sizeof *lx);
  char *d = arena_alloc(a, len + 3);
  size_t i = 0, n = 0;
  lx->arena = a;
  if (len >= 3 && (unsigned char)src[0] == 0xEF && (unsigned char)src[1] == 0xBB &&
      (unsigned char)src[2] == 0xBF) {
    i = 3;                          /* UTF-8 BOM */
    lx->has_coding = true;
  }
  for (; i < len; i++) {
    char c = src[i];
    if (c == '\r') {
      d[n++] = '\n';
      if (i + 1 < len && src[i + 1] == '\n')
        i++;
    } else {
      d[n++] = c;
    }
  }
  /* a final "\r" makes CPython's universal-newline reader look ahead and
     hit end of file, as a missing final newline does */
  lx->had_newline = len > 0 && src[len - 1] == '\n';
  if (exec_input && n > 0 && d[n - 1] != '\n')
    d[n++] = '\n';                  /* CPython fakes a final newline for file_input */
  d[n] = '\n';                      /* spare, used only for error texts */
  d[n + 1] = '\0';
  lx->src = d;
  lx->len = n;
  lx->atbol = true;
  lx->file_mode = file_mode;
  return lx;
}

void lex_set_print_function(Lexer *lx, bool on) { lx->print_function = on; }
LexErr lex_error(const Lexer *lx) { return lx->done; }

const char *lex_source(const Lexer *lx, size_t *len)
{
  *len = lx->len;
  return lx->src;
}

const char *lex_line_text(const Lexer *lx, int line, size_t *len)
{
  size_t p = 0;
  int l = 1;
  while (l < line && p < lx->len) {
    if (lx->src[p++] == '\n')
      l++;
  }
  if (l < line || p >= lx->len) {
    *len = 0;
    return NULL;
  }
  size_t e = p;
  while (e < lx->len && lx->src[e] != '\n')
    e++;
  *len = e - p;
  return lx->src + p;
}

/* ---- PEP 263 (file mode) ------------------------------------------------- */

static bool is_coding_spec(const char *s, size_t size)
{
  size_t i;
  for (i = 0; i + 6 < size; i++) {
    if (s[i] == '#')
      break;
    if (s[i] != ' ' && s[i] != '\t' && s[i] != '\014')
      return false;
  }
  for (; i + 6 < size; i++) {
    const char *t = s + i;
    if (strncmp(t, "coding", 6) == 0) {
      t += 6;
      if (t[0] != ':' && t[0] != '=')
        continue;
      do {
        t++;
      } while (t[0] == ' ' || t[0] == '\t');
      const char *begin = t;
      while (isalnum((unsigned char)t[0]) || t[0] == '-' || t[0] == '_' || t[0] == '.')
        t++;
      if (begin < t)
        return true;
    }
  }
  return false;
}

/* Check a freshly read line [p, end) as CPython's decoding_fgets does. */
static bool check_line(Lexer *lx, size_t p, size_t end)
{
  if (!lx->file_mode || lx->has_coding)
    return true;
  if (lx->coding_lines < 2) {
    lx->coding_lines++;
    if (is_coding_spec(lx->src + p, end - p)) {
      lx->has_coding = true;
      return true;
    }
  }
  for (size_t i = p; i < end; i++) {
    unsigned char c = (unsigned char)lx->src[i];
    if (c > 127) {
      lx->badchar = c;
      lx->badline = lx->lineno + 1;
      /* inside a multi-line token CPython counts the line before reading */
      lx->badline_msg = lx->in_token ? lx->lineno + 2 : lx->lineno + 1;
      return false;
    }
  }
  return true;
}

/* ---- character input (CPython tok_nextc / tok_backup) -------------------- */

static void at_eof(Lexer *lx)
{
  lx->done = LEX_EOF;
  if (!lx->file_mode)
    return;
  /* Running a file, CPython's fgets-based reader counts one more line at
     end of input and reports an empty text; inside a string token it keeps
     the buffer and appends a newline. */
  lx->eof_fixed = true;
  if (lx->in_token) {
    lx->eof_text = lx->buf;
    if (lx->had_newline) {
      lx->eof_line = lx->lineno + 2;
      lx->eof_textlen = lx->inp - lx->buf + 1;   /* the spare '\n' */
    } else {
      lx->eof_line = lx->lineno + 1;
      lx->eof_textlen = lx->inp - lx->buf;
    }
    lx->eof_off = (int)lx->eof_textlen;
  } else {
    lx->eof_line = lx->lineno + 1;
    lx->eof_text = lx->inp;
    lx->eof_textlen = 0;
    lx->eof_off = (int)(lx->inp - lx->buf);
  }
}

static int nextc(Lexer *lx)
{
  for (;;) {
    if (lx->cur != lx->inp)
      return (unsigned char)lx->src[lx->cur++];
    if (lx->done != LEX_OK)
      return LEX_EOFC;
    if (lx->inp >= lx->len) {
      at_eof(lx);
      return LEX_EOFC;
    }
    size_t end = lx->inp;
    while (end < lx->len && lx->src[end] != '\n')
      end++;
    if (end < lx->len)
      end++;
    if (!check_line(lx, lx->inp, end)) {
      lx->done = LEX_E_NONASCII;
      return LEX_EOFC;
    }
    if (!lx->in_token)
      lx->buf = lx->cur;
    lx->line_start = lx->cur;
    lx->lineno++;
    lx->inp = end;
  }
}

static void backup(Lexer *lx, int c)
{
  if (c != LEX_EOFC)
    lx->cur--;
}

/* ---- operators ----------------------------------------------------------- */

static TokType one_char(int c)
{
  switch (c) {
  case '(': return T_LPAR;
  case ')': return T_RPAR;
  case '[': return T_LSQB;
  case ']': return T_RSQB;
  case ':': return T_COLON;
  case ',': return T_COMMA;
  case ';': return T_SEMI;
  case '+': return T_PLUS;
  case '-': return T_MINUS;
  case '*': return T_STAR;
  case '/': return T_SLASH;
  case '|': return T_VBAR;
  case '&': return T_AMPER;
  case '<': return T_LESS;
  case '>': return T_GREATER;
  case '=': return T_EQUAL;
  case '.': return T_DOT;
  case '%': return T_PERCENT;
  case '`': return T_BACKQUOTE;
  case '{': return T_LBRACE;
  case '}': return T_RBRACE;
  case '^': return T_CIRCUMFLEX;
  case '~': return T_TILDE;
  case '@': return T_AT;
  default: return T_OP;
  }
}

static TokType two_chars(int c1, int c2)
{
  switch (c1) {
  case '=': if (c2 == '=') return T_EQEQUAL; break;
  case '!': if (c2 == '=') return T_NOTEQUAL; break;
  case '<':
    if (c2 == '>') return T_NOTEQUAL;
    if (c2 == '=') return T_LESSEQUAL;
    if (c2 == '<') return T_LEFTSHIFT;
    break;
  case '>':
    if (c2 == '=') return T_GREATEREQUAL;
    if (c2 == '>') return T_RIGHTSHIFT;
    break;
  case '+': if (c2 == '=') return T_PLUSEQUAL; break;
  case '-': if (c2 == '=') return T_MINEQUAL; break;
  case '*':
    if (c2 == '*') return T_DOUBLESTAR;
    if (c2 == '=') return T_STAREQUAL;
    break;
  case '/':
    if (c2 == '/') return T_DOUBLESLASH;
    if (c2 == '=') return T_SLASHEQUAL;
    break;
  case '|': if (c2 == '=') return T_VBAREQUAL; break;
  case '%': if (c2 == '=') return T_PERCENTEQUAL; break;
  case '&': if (c2 == '=') return T_AMPEREQUAL; break;
  case '^': if (c2 == '=') return T_CIRCUMFLEXEQUAL; break;
  }
  return T_OP;
}

static TokType three_chars(int c1, int c2, int c3)
{
  if (c3 != '=')
    return T_OP;
  if (c1 == '<' && c2 == '<') return T_LEFTSHIFTEQUAL;
  if (c1 == '>' && c2 == '>') return T_RIGHTSHIFTEQUAL;
  if (c1 == '*' && c2 == '*') return T_DOUBLESTAREQUAL;
  if (c1 == '/' && c2 == '/') return T_DOUBLESLASHEQUAL;
  return T_OP;
}

static const struct { const char *s; TokType t; } keywords[] = {
  {"and", T_AND}, {"as", T_AS}, {"assert", T_ASSERT}, {"break", T_BREAK},
  {"class", T_CLASS}, {"continue", T_CONTINUE}, {"def", T_DEF}, {"del", T_DEL},
  {"elif", T_ELIF}, {"else", T_ELSE}, {"except", T_EXCEPT}, {"exec", T_EXEC},
  {"finally", T_FINALLY}, {"for", T_FOR}, {"from", T_FROM}, {"global", T_GLOBAL},
  {"if", T_IF}, {"import", T_IMPORT}, {"in", T_IN}, {"is", T_IS},
  {"lambda", T_LAMBDA}, {"not", T_NOT}, {"or", T_OR}, {"pass", T_PASS},
  {"print", T_PRINT}, {"raise", T_RAISE}, {"return", T_RETURN}, {"try", T_TRY},
  {"while", T_WHILE}, {"with", T_WITH}, {"yield", T_YIELD},
};

static TokType classify_name(const Lexer *lx, const char *s, size_t n)
{
  if (n < 2 || n > 8)
    return T_NAME;
  for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++) {
    if (strlen(keywords[i].s) == n && memcmp(keywords[i].s, s, n) == 0) {
      if (keywords[i].t == T_PRINT && lx->print_function)
        return T_NAME;
      return keywords[i].t;
    }
  }
  return T_NAME;
}

/* ---- the tokenizer proper (CPython tok_get) ------------------------------- */

#define TOKEN_ERROR(code) do { lx->done = (code); return T_ERRORTOKEN; } while (0)

static TokType tok_get(Lexer *lx)
{
  int c;
  bool blankline;

nextline:
  lx->in_token = false;
  blankline = false;

  /* Get indentation level */
  if (lx->atbol) {
    int col = 0;
    lx->atbol = false;
    for (;;) {
      c = nextc(lx);
      if (c == ' ')
        col++;
      else if (c == '\t')
        col = (col / TABSIZE + 1) * TABSIZE;
      else if (c == '\014')
        col = 0;
      else
        break;
    }
    backup(lx, c);
    if (c == '#' || c == '\n')
      blankline = true;
    if (lx->done > LEX_EOF)
      return T_ERRORTOKEN;
    if (!blankline && lx->level == 0) {
      if (col == lx->indstack[lx->indent]) {
        /* no change */
      } else if (col > lx->indstack[lx->indent]) {
        if (lx->indent + 1 >= MAXINDENT) {
          lx->cur = lx->inp;
          TOKEN_ERROR(LEX_E_TOODEEP);
        }
        lx->pendin++;
        lx->indstack[++lx->indent] = col;
      } else {
        while (lx->indent > 0 && col < lx->indstack[lx->indent]) {
          lx->pendin--;
          lx->indent--;
        }
        if (col != lx->indstack[lx->indent]) {
          lx->cur = lx->inp;
          TOKEN_ERROR(LEX_E_DEDENT);
        }
      }
    }
  }

  lx->start = lx->cur;
  lx->in_token = true;
  /* Return pending indents/dedents */
  if (lx->pendin != 0) {
    if (lx->pendin < 0) {
      lx->pendin++;
      return T_DEDENT;
    }
    lx->pendin--;
    return T_INDENT;
  }

again:
  lx->in_token = false;
  do {
    c = nextc(lx);
  } while (c == ' ' || c == '\t' || c == '\014');
  lx->start = lx->cur - 1;
  lx->in_token = true;

  if (c == '#') {
    while (c != LEX_EOFC && c != '\n')
      c = nextc(lx);
  }

  if (c == LEX_EOFC) {
    lx->start = lx->cur;
    return lx->done == LEX_EOF ? T_ENDMARKER : T_ERRORTOKEN;
  }

  /* Identifier (most frequent token!) */
  if (isalpha(c) || c == '_') {
    switch (c) {
    case 'b': case 'B':
      c = nextc(lx);
      if (c == 'r' || c == 'R')
        c = nextc(lx);
      if (c == '"' || c == '\'')
        goto letter_quote;
      break;
    case 'r': case 'R':
      c = nextc(lx);
      if (c == '"' || c == '\'')
        goto letter_quote;
      break;
    case 'u': case 'U':
      c = nextc(lx);
      if (c == 'r' || c == 'R')
        c = nextc(lx);
      if (c == '"' || c == '\'')
        goto letter_quote;
      break;
    }
    while (c != LEX_EOFC && (isalnum(c) || c == '_'))
      c = nextc(lx);
    backup(lx, c);
    return classify_name(lx, lx->src + lx->start, lx->cur - lx->start);
  }

  /* Newline */
  if (c == '\n') {
    lx->atbol = true;
    if (blankline || lx->level > 0)
      goto nextline;
    return T_NEWLINE;
  }

  /* Period or number starting with period? */
  if (c == '.') {
    c = nextc(lx);
    if (isdigit(c))
      goto fraction;
    backup(lx, c);
    return T_DOT;
  }

  /* Number */
  if (isdigit(c)) {
    if (c == '0') {
      /* Hex, octal or binary -- maybe. */
      c = nextc(lx);
      if (c == '.')
        goto fraction;
      if (c == 'j' || c == 'J')
        goto imaginary;
      if (c == 'x' || c == 'X') {
        c = nextc(lx);
        if (!isxdigit(c)) {
          backup(lx, c);
          TOKEN_ERROR(LEX_E_TOKEN);
        }
        do {
          c = nextc(lx);
        } while (isxdigit(c));
      } else if (c == 'o' || c == 'O') {
        c = nextc(lx);
        if (c < '0' || c >= '8') {
          backup(lx, c);
          TOKEN_ERROR(LEX_E_TOKEN);
        }
        do {
          c = nextc(lx);
        } while ('0' <= c && c < '8');
      } else if (c == 'b' || c == 'B') {
        c = nextc(lx);
        if (c != '0' && c != '1') {
          backup(lx, c);
          TOKEN_ERROR(LEX_E_TOKEN);
        }
        do {
          c = nextc(lx);
        } while (c == '0' || c == '1');
      } else {
        bool found_decimal = false;
        while ('0' <= c && c < '8')
          c = nextc(lx);
        if (isdigit(c)) {
          found_decimal = true;
          do {
            c = nextc(lx);
          } while (isdigit(c));
        }
        if (c == '.')
          goto fraction;
        else if (c == 'e' || c == 'E')
          goto exponent;
        else if (c == 'j' || c == 'J')
          goto imaginary;
        else if (found_decimal) {
          backup(lx, c);
          TOKEN_ERROR(LEX_E_TOKEN);
        }
      }
      if (c == 'l' || c == 'L')
        c = nextc(lx);
    } else {
      /* Decimal */
      do {
        c = nextc(lx);
      } while (isdigit(c));
      if (c == 'l' || c == 'L') {
        c = nextc(lx);
      } else {
        if (c == '.') {
        fraction:
          do {
            c = nextc(lx);
          } while (isdigit(c));
        }
        if (c == 'e' || c == 'E') {
          int e;
        exponent:
          e = c;
          c = nextc(lx);
          if (c == '+' || c == '-') {
            c = nextc(lx);
            if (!isdigit(c)) {
              backup(lx, c);
              TOKEN_ERROR(LEX_E_TOKEN);
            }
          } else if (!isdigit(c)) {
            backup(lx, c);
            backup(lx, e);
            return T_NUMBER;
          }
          do {
            c = nextc(lx);
          } while (isdigit(c));
        }
        if (c == 'j' || c == 'J') {
        imaginary:
          c = nextc(lx);
        }
      }
    }
    backup(lx, c);
    return T_NUMBER;
  }

letter_quote:
  /* String */
  if (c == '\'' || c == '"') {
    size_t quote2 = lx->cur - lx->start + 1;
    int quote = c;
    bool triple = false;
    int tripcount = 0;
    for (;;) {
      c = nextc(lx);
      if (c == '\n') {
        if (!triple) {
          backup(lx, c);
          TOKEN_ERROR(LEX_E_EOLS);
        }
        tripcount = 0;
      } else if (c == LEX_EOFC) {
        if (lx->done > LEX_EOF)
          return T_ERRORTOKEN;
        lx->cur = lx->inp;
        TOKEN_ERROR(triple ? LEX_E_EOFS : LEX_E_EOLS);
      } else if (c == quote) {
        tripcount++;
        if (lx->cur - lx->start == quote2) {
          c = nextc(lx);
          if (c == quote) {
            triple = true;
            tripcount = 0;
            continue;
          }
          backup(lx, c);
        }
        if (!triple || tripcount == 3)
          break;
      } else if (c == '\\') {
        tripcount = 0;
        c = nextc(lx);
        if (c == LEX_EOFC) {
          if (lx->done > LEX_EOF)
            return T_ERRORTOKEN;
          lx->cur = lx->inp;
          TOKEN_ERROR(LEX_E_EOLS);
        }
      } else {
        tripcount = 0;
      }
    }
    return T_STRING;
  }

  /* Line continuation */
  if (c == '\\') {
    c = nextc(lx);
    if (c != '\n') {
      if (lx->done > LEX_EOF)
        return T_ERRORTOKEN;
      lx->cur = lx->inp;
      TOKEN_ERROR(LEX_E_LINECONT);
    }
    goto again;
  }

  /* Check for two-character token */
  {
    int c2 = nextc(lx);
    TokType token = two_chars(c, c2);
    if (token != T_OP) {
      int c3 = nextc(lx);
      TokType token3 = three_chars(c, c2, c3);
      if (token3 != T_OP)
        token = token3;
      else
        backup(lx, c3);
      return token;
    }
    backup(lx, c2);
  }

  switch (c) {
  case '(': case '[': case '{':
    lx->level++;
    break;
  case ')': case ']': case '}':
    lx->level--;
    break;
  }
  return one_char(c);
}

void lex_next(Lexer *lx, Token *t)
{
  TokType type = tok_get(lx);
  if (lx->done == LEX_E_NONASCII) {
    type = T_ERRORTOKEN;
  } else if (type == T_ENDMARKER && lx->started) {
    /* parsetok: add an extra NEWLINE and the implied DEDENTs */
    type = T_NEWLINE;
    lx->started = false;
    if (lx->indent) {
      lx->pendin = -lx->indent;
      lx->indent = 0;
    }
  } else {
    lx->started = true;
  }
  t->type = type;
  size_t start = lx->start <= lx->cur ? lx->start : lx->cur;
  t->s = lx->src + start;
  t->len = lx->cur - start;
  if (type == T_NEWLINE || type == T_INDENT || type == T_DEDENT || type == T_ENDMARKER)
    t->len = 0;
  t->line = lx->lineno;
  t->col = start >= lx->line_start ? (int)(start - lx->line_start) : -1;
  if (lx->eof_fixed) {
    t->eline = lx->eof_line;
    t->eoff = lx->eof_off;
    t->etext = lx->eof_text;
    t->etextlen = lx->eof_textlen;
  } else {
    t->eline = lx->lineno;
    t->eoff = (int)(lx->cur - lx->buf);
    t->etext = lx->buf;
    t->etextlen = lx->inp - lx->buf;
  }
  t->eat_eof = lx->done == LEX_EOF;
  if (lx->done == LEX_E_NONASCII) {
    t->eline = lx->badline;
    t->eoff = lx->badchar;     /* the parser formats the message */
    t->etextlen = (size_t)lx->badline_msg;
  }
}

/* ---- numbers --------------------------------------------------------------- */

static int digit_value(int c)
{
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return 99;
}

bool lex_number(Arena *a, const char *s, size_t len, bool negate, LexNumber *out)
{
  memset(out, 0, sizeof *out);
  char last = len ? s[len - 1] : 0;
  if (last == 'j' || last == 'J') {
    char *tmp = arena_strndup(a, s, len - 1);
    out->kind = E_IMAG;
    out->fval = strtod(tmp, NULL);
    if (negate)
      out->fval = -out->fval;
    return true;
  }
  bool is_long = last == 'l' || last == 'L';
  size_t n = is_long ? len - 1 : len;
  int base = 10;
  size_t p = 0;
  if (n >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
    base = 16; p = 2;
  } else if (n >= 2 && s[0] == '0' && (s[1] == 'o' || s[1] == 'O')) {
    base = 8; p = 2;
  } else if (n >= 2 && s[0] == '0' && (s[1] == 'b' || s[1] == 'B')) {
    base = 2; p = 2;
  } else if (n >= 1 && s[0] == '0') {
    base = 8; p = 1;
  }
  /* Integer literal? (all remaining characters are digits of the base) */
  bool integer = true;
  for (size_t i = p; i < n; i++) {
    if (digit_value((unsigned char)s[i]) >= base) {
      integer = false;
      break;
    }
  }
  if (!integer) {
    char *tmp = arena_strndup(a, s, n);
    out->kind = E_FLOAT;
    out->fval = strtod(tmp, NULL);
    if (negate)
      out->fval = -out->fval;
    return true;
  }
  /* Accumulate in unsigned 64 bits, falling back to decimal digits. */
  uint64_t v = 0;
  bool overflow = false;
  for (size_t i = p; i < n; i++) {
    int d = digit_value((unsigned char)s[i]);
    if (v > (UINT64_MAX - (uint64_t)d) / (uint64_t)base) {
      overflow = true;
      break;
    }
    v = v * (uint64_t)base + (uint64_t)d;
  }
  uint64_t limit = negate ? (uint64_t)INT64_MAX + 1 : (uint64_t)INT64_MAX;
  if (!is_long && !overflow && v <= limit) {
    out->kind = E_INT;
    out->ival = negate ? (int64_t)(0 - v) : (int64_t)v;
    return true;
  }
  if (negate)
    return false;    /* a long: the minus stays a unary operator */
  /* Long: convert to decimal digits with GMP (subquadratic: a literal of
     10^5 digits must not take seconds). */
  mpz_t z;
  mpz_init(z);
  if (n > p)  /* digits checked above; "0L" has none */
    mpz_set_str(z, arena_strndup(a, s + p, n - p), base);
  char *buf = arena_alloc(a, mpz_sizeinbase(z, 10) + 2);
  mpz_get_str(buf, 10, z);
  mpz_clear(z);
  out->kind = E_LONG;
  out->digits = buf;
  return true;
}

/* ---- strings --------------------------------------------------------------- */

typedef struct {
  Arena *a;
  char *p;
  size_t n, cap;
} SBuf;

static void sb_put(SBuf *b, char c)
{
  if (b->n + 1 >= b->cap) {
    size_t nc = b->cap ? b->cap * 2 : 64;
    char *np = arena_alloc(b->a, nc);
    if (b->n)
      memcpy(np, b->p, b->n);
    b->p = np;
    b->cap = nc;
  }
  b->p[b->n++] = c;
}

static void sb_utf8(SBuf *b, uint32_t cp)
{
  if (cp < 0x80) {
    sb_put(b, (char)cp);
  } else if (cp < 0x800) {
    sb_put(b, (char)(0xC0 | (cp >> 6)));
    sb_put(b, (char)(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    sb_put(b, (char)(0xE0 | (cp >> 12)));
    sb_put(b, (char)(0x80 | ((cp >> 6) & 0x3F)));
    sb_put(b, (char)(0x80 | (cp & 0x3F)));
  } else {
    sb_put(b, (char)(0xF0 | (cp >> 18)));
    sb_put(b, (char)(0x80 | ((cp >> 12) & 0x3F)));
    sb_put(b, (char)(0x80 | ((cp >> 6) & 0x3F)));
    sb_put(b, (char)(0x80 | (cp & 0x3F)));
  }
}

/* Read exactly `count` hex digits at s[*i]; false if fewer are there. */
static bool read_hex(const char *s, size_t end, size_t *i, int count, uint32_t *out)
{
  uint32_t v = 0;
  for (int k = 0; k < count; k++) {
    if (*i >= end || !isxdigit((unsigned char)s[*i]))
      return false;
    v = v * 16 + (uint32_t)digit_value((unsigned char)s[*i]);
    (*i)++;
  }
  *out = v;
  return true;
}

/* Append a code point, joining a UTF-16 surrogate pair written as two
   escapes into one character. */
static void put_codepoint(SBuf *b, uint32_t cp, uint32_t *pending_hi)
{
  if (*pending_hi) {
    uint32_t hi = *pending_hi;
    *pending_hi = 0;
    if (cp >= 0xDC00 && cp <= 0xDFFF) {
      sb_utf8(b, 0x10000 + ((hi - 0xD800) << 10) + (cp - 0xDC00));
      return;
    }
    sb_utf8(b, hi);
  }
  if (cp >= 0xD800 && cp <= 0xDBFF) {
    *pending_hi = cp;
    return;
  }
  sb_utf8(b, cp);
}

static void flush_hi(SBuf *b, uint32_t *pending_hi)
{
  if (*pending_hi) {
    sb_utf8(b, *pending_hi);
    *pending_hi = 0;
  }
}

bool lex_string(Arena *a, const char *s, size_t len, bool unicode_lits,
                char **out, size_t *outlen, bool *is_unicode,
                const char **errkind, char *errmsg, size_t errmsg_size)
{
  bool unicode = unicode_lits, raw = false;
  size_t i = 0;
  if (s[i] == 'u' || s[i] == 'U') {
    unicode = true;
    i++;
  }
  if (s[i] == 'b' || s[i] == 'B') {
    unicode = false;
    i++;
  }
  if (s[i] == 'r' || s[i] == 'R') {
    raw = true;
    i++;
  }
  char quote = s[i];
  size_t body = i + 1, end = len - 1;
  if (end - body >= 4 && s[body] == quote && s[body + 1] == quote) {
    body += 2;
    end -= 2;
  }
  *is_unicode = unicode;
  SBuf b = {a, NULL, 0, 0};
  if (raw && !unicode) {
    char *p = arena_alloc(a, end - body + 1);
    memcpy(p, s + body, end - body);
    *out = p;
    *outlen = end - body;
    return true;
  }
  uint32_t hi = 0;
  if (raw) {
    /* raw-unicode-escape: only \uXXXX / \UXXXXXXXX after an odd number of
       backslashes are decoded */
    size_t k = body;
    while (k < end) {
      char c = s[k];
      if (c != '\\') {
        flush_hi(&b, &hi);
        sb_put(&b, c);
        k++;
        continue;
      }
      size_t bs = k;
      while (k < end && s[k] == '\\')
        k++;
      size_t nbs = k - bs;
      if (nbs % 2 == 0 || k >= end || (s[k] != 'u' && s[k] != 'U')) {
        flush_hi(&b, &hi);
        for (size_t q = 0; q < nbs; q++)
          sb_put(&b, '\\');
        continue;
      }
      flush_hi(&b, &hi);
      for (size_t q = 0; q + 1 < nbs; q++)
        sb_put(&b, '\\');
      int count = s[k] == 'u' ? 4 : 8;
      size_t esc = k - 1;
      k++;
      uint32_t cp;
      if (!read_hex(s, end, &k, count, &cp)) {
        *errkind = "SyntaxError";
        snprintf(errmsg, errmsg_size,
                 "(unicode error) 'rawunicodeescape' codec can't decode bytes in "
                 "position %zu-%zu: truncated %s",
                 esc - body, k - body - 1, count == 4 ? "\\uXXXX" : "\\UXXXXXXXX");
        return false;
      }
      if (cp > 0x10FFFF) {
        *errkind = "SyntaxError";
        snprintf(errmsg, errmsg_size,
                 "(unicode error) 'rawunicodeescape' codec can't decode bytes in "
                 "position %zu-%zu: \\Uxxxxxxxx out of range",
                 esc - body, k - body - 1);
        return false;
      }
      put_codepoint(&b, cp, &hi);
    }
    flush_hi(&b, &hi);
    sb_put(&b, '\0');
    *out = b.p;
    *outlen = b.n - 1;
    return true;
  }
  size_t k = body;
  while (k < end) {
    char c = s[k];
    if (c != '\\') {
      flush_hi(&b, &hi);
      sb_put(&b, c);
      k++;
      continue;
    }
    size_t esc = k;
    k++;
    c = s[k++];
    uint32_t cp = 0;
    bool is_cp = false;     /* a code point (unicode) / byte (str) value */
    switch (c) {
    case '\n': break;
    case '\\': cp = '\\'; is_cp = true; break;
    case '\'': cp = '\''; is_cp = true; break;
    case '"': cp = '"'; is_cp = true; break;
    case 'b': cp = '\b'; is_cp = true; break;
    case 'f': cp = '\f'; is_cp = true; break;
    case 't': cp = '\t'; is_cp = true; break;
    case 'n': cp = '\n'; is_cp = true; break;
    case 'r': cp = '\r'; is_cp = true; break;
    case 'v': cp = '\v'; is_cp = true; break;
    case 'a': cp = '\a'; is_cp = true; break;
    case '0': case '1': case '2': case '3':
    case '4': case '5': case '6': case '7':
      cp = (uint32_t)(c - '0');
      if (k < end && s[k] >= '0' && s[k] <= '7') {
        cp = cp * 8 + (uint32_t)(s[k++] - '0');
        if (k < end && s[k] >= '0' && s[k] <= '7')
          cp = cp * 8 + (uint32_t)(s[k++] - '0');
      }
      is_cp = true;
      break;
    case 'x':
      if (!unicode) {
        if (k + 1 < end && isxdigit((unsigned char)s[k]) && isxdigit((unsigned char)s[k + 1])) {
          cp = (uint32_t)(digit_value((unsigned char)s[k]) * 16 +
                          digit_value((unsigned char)s[k + 1]));
          k += 2;
          is_cp = true;
          break;
        }
        *errkind = "ValueError";
        snprintf(errmsg, errmsg_size, "invalid \\x escape");
        return false;
      }
      /* fall through */
    case 'u':
    case 'U':
      if (unicode) {
        int count = c == 'x' ? 2 : c == 'u' ? 4 : 8;
        if (!read_hex(s, end, &k, count, &cp)) {
          /* CPython's error range ends at the last hex digit seen */
          *errkind = "SyntaxError";
          snprintf(errmsg, errmsg_size,
                   "(unicode error) 'unicodeescape' codec can't decode bytes in "
                   "position %zu-%zu: truncated %s",
                   esc - body, k - body - 1,
                   count == 2 ? "\\xXX escape" : count == 4 ? "\\uXXXX escape"
                                                            : "\\UXXXXXXXX escape");
          return false;
        }
        if (cp > 0x10FFFF) {
          *errkind = "SyntaxError";
          snprintf(errmsg, errmsg_size,
                   "(unicode error) 'unicodeescape' codec can't decode bytes in "
                   "position %zu-%zu: illegal Unicode character",
                   esc - body, k - body - 1);
          return false;
        }
        is_cp = true;
        break;
      }
      flush_hi(&b, &hi);      /* \u in a byte string is kept as is */
      sb_put(&b, '\\');
      k--;
      continue;
    default:
      flush_hi(&b, &hi);
      sb_put(&b, '\\');
      k--;
      continue;
    }
    if (is_cp) {
      if (unicode) {
        put_codepoint(&b, cp, &hi);
      } else {
        sb_put(&b, (char)(cp & 0xFF));
      }
    } else {
      flush_hi(&b, &hi);
    }
  }
  flush_hi(&b, &hi);
  sb_put(&b, '\0');
  *out = b.p;
  *outlen = b.n - 1;
  return true;
}
