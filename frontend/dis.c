/*
** dis.c: the disassembler behind `rpyvm --dis`. Prints each code object in
** the layout of CPython's dis module (line number, jump-target marker, pc,
** opcode name, argument and what it means), then its exception table, then
** the code objects among its constants, recursively.
*/
#include "compile.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef enum { A_NONE, A_EXT, A_KONST, A_SINT, A_LOCAL, A_CELL, A_NAME, A_COUNT, A_CMP,
               A_TARGET, A_DEPTH, A_CALL } ArgKind;

#define A_none A_NONE
#define A_ext A_EXT
#define A_konst A_KONST
#define A_sint A_SINT
#define A_local A_LOCAL
#define A_cell A_CELL
#define A_name A_NAME
#define A_count A_COUNT
#define A_cmp A_CMP
#define A_target A_TARGET
#define A_depth A_DEPTH
#define A_call A_CALL

static const unsigned char arg_kinds[OP__COUNT] = {
#define DIS_KIND(name, arg, cache) A_##arg,
  OPCODES(DIS_KIND)
#undef DIS_KIND
};

static void print_str_repr(FILE *out, const char *s, size_t n)
{
  bool has_sq = memchr(s, '\'', n) != NULL, has_dq = memchr(s, '"', n) != NULL;
  char q = has_sq && !has_dq ? '"' : '\'';
  fputc(q, out);
  for (size_t i = 0; i < n; i++) {
    unsigned char ch = (unsigned char)s[i];
    if (ch == (unsigned char)q || ch == '\\')
      fprintf(out, "\\%c", ch);
    else if (ch == '\n')
      fputs("\\n", out);
    else if (ch == '\r')
      fputs("\\r", out);
    else if (ch == '\t')
      fputs("\\t", out);
    else if (ch < 32 || ch >= 127)
      fprintf(out, "\\x%02x", ch);
    else
      fputc(ch, out);
  }
  fputc(q, out);
}

static void print_const(FILE *out, Value v, int depth)
{
  char buf[64];
  switch (v.tag) {
  case T_NULL:
    fputs("<NULL>", out);
    break;
  case T_NONE:
    fputs("None", out);
    break;
  case T_BOOL:
    fputs(v.u.i ? "True" : "False", out);
    break;
  case T_INT:
    fprintf(out, "%" PRId64, v.u.i);
    break;
  case T_FLOAT:
    float_repr(v.u.f, buf);
    fputs(buf, out);
    break;
  case T_STR:
    print_str_repr(out, AS_STR(v)->data, (size_t)AS_STR(v)->len);
    break;
  case T_CODE: {
    Code *co = AS_CODE(v);
    fprintf(out, "<code object %s, file \"%s\", line %d>", co->name ? co->name->data : "?",
            co->filename ? co->filename->data : "?", co->firstline);
    break;
  }
  case T_TUPLE: {
    Tuple *t = AS_TUPLE(v);
    fputc('(', out);
    for (int64_t i = 0; i < t->len; i++) {
      if (i)
        fputs(", ", out);
      if (depth > 8)
        fputs("...", out);
      else
        print_const(out, t->items[i], depth + 1);
    }
    if (t->len == 1)
      fputc(',', out);
    fputc(')', out);
    break;
  }
  default:
    fprintf(out, "<object tag %u>", (unsigned)v.tag);
    break;
  }
}

static const char *str_or(Str *s)
{
  return s ? s->data : "?";
}

static void print_flags(FILE *out, int flags)
{
  static const struct { int bit; const char *name; } names[] = {
    {CO_VARARGS, "VARARGS"}, {CO_VARKEYWORDS, "VARKEYWORDS"}, {CO_NEWLOCALS, "NEWLOCALS"},
    {CO_MODULE, "MODULE"}, {CO_CLASSBODY, "CLASSBODY"}, {CO_GENERATOR, "GENERATOR"},
    {CO_HAS_LOOP, "HAS_LOOP"}, {CO_NESTED, "NESTED"}, {CO_FUTURE_DIVISION, "FUTURE_DIVISION"},
    {CO_FUTURE_PRINT, "FUTURE_PRINT"}, {CO_LAMBDA, "LAMBDA"},
  };
  bool first = true;
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
    if (flags & names[i].bit) {
      fprintf(out, "%s%s", first ? "" : ", ", names[i].name);
      first = false;
    }
  if (first)
    fputs("none", out);
}

static void print_names(FILE *out, const char *what, Str **names, int n)
{
  if (n <= 0)
    return;
  fprintf(out, "%s:", what);
  for (int i = 0; i < n; i++)
    fprintf(out, " %d=%s", i, str_or(names[i]));
  fputc('\n', out);
}

static void dis_one(VM *vm, Code *co, FILE *out)
{
  fprintf(out, "Disassembly of %s (file \"%s\", line %d):\n", str_or(co->name),
          str_or(co->filename), co->firstline);
  fputs("flags: ", out);
  print_flags(out, co->flags);
  fprintf(out, "; argcount %d, nlocals %d, stacksize %d\n", co->argcount, co->nlocals,
          co->stacksize);
  print_names(out, "varnames", co->varnames, co->nlocals);
  print_names(out, "cellvars", co->cellnames, co->ncells);
  print_names(out, "freevars", co->freenames, co->nfrees);
  if (co->ncells > 0 && co->cell2arg) {
    bool any = false;
    for (int i = 0; i < co->ncells; i++)
      if (co->cell2arg[i] >= 0) {
        fprintf(out, "%s %s<-arg%d", any ? "," : "cell2arg:", str_or(co->cellnames[i]),
                co->cell2arg[i]);
        any = true;
      }
    if (any)
      fputc('\n', out);
  }

  /* jump targets and handlers get a ">>" marker */
  int n = co->ninsns;
  unsigned char *mark = calloc((size_t)(n > 0 ? n : 1), 1);
  if (!mark)
    return;
  uint32_t ext = 0;
  for (int pc = 0; pc < n; pc++) {
    uint32_t w = co->insns[pc];
    Opcode op = INSN_OP(w);
    uint32_t arg = INSN_ARG(w) | ext;
    ext = op == OP_EXTENDED_ARG ? INSN_ARG(w) << 24 : 0;
    if (op < OP__COUNT && arg_kinds[op] == A_TARGET && arg < (uint32_t)n)
      mark[arg] = 1;
  }
  for (int i = 0; i < co->nexc; i++)
    if (co->exc[i].handler >= 0 && co->exc[i].handler < n)
      mark[co->exc[i].handler] = 1;

  int prev_line = -1;
  ext = 0;
  for (int pc = 0; pc < n; pc++) {
    uint32_t w = co->insns[pc];
    Opcode op = INSN_OP(w);
    uint32_t arg = INSN_ARG(w) | ext;
    ext = op == OP_EXTENDED_ARG ? INSN_ARG(w) << 24 : 0;
    int line = co->lines ? co->lines[pc] : 0;
    char lbuf[16] = "";
    if (line != prev_line) {
      if (pc > 0)
        fputc('\n', out);
      snprintf(lbuf, sizeof lbuf, "%d", line);
      prev_line = line;
    }
    const char *name = op < OP__COUNT ? opcode_names[op] : "<bad opcode>";
    fprintf(out, "%3s %3s %2s %4d %-20s", lbuf, "", mark[pc] ? ">>" : "", pc, name);
    ArgKind k = op < OP__COUNT ? (ArgKind)arg_kinds[op] : A_NONE;
    if (k == A_NONE) {
      fputc('\n', out);
      continue;
    }
    fprintf(out, " %5" PRIu32, arg);
    switch (k) {
    case A_KONST:
      fputs(" (", out);
      if (arg < (uint32_t)co->nconsts)
        print_const(out, co->consts[arg], 0);
      else
        fputs("<bad const>", out);
      fputc(')', out);
      break;
    case A_SINT:
      fprintf(out, " (%" PRId64 ")", (int64_t)arg - SMALLINT_BIAS);
      break;
    case A_LOCAL:
      fprintf(out, " (%s)", arg < (uint32_t)co->nlocals ? str_or(co->varnames[arg]) : "<bad>");
      break;
    case A_CELL:
      if (arg < (uint32_t)co->ncells)
        fprintf(out, " (%s)", str_or(co->cellnames[arg]));
      else if (arg < (uint32_t)(co->ncells + co->nfrees))
        fprintf(out, " (%s)", str_or(co->freenames[arg - (uint32_t)co->ncells]));
      else
        fputs(" (<bad>)", out);
      break;
    case A_NAME:
      fprintf(out, " (%s)", arg < (uint32_t)co->nnames ? str_or(co->names[arg]) : "<bad>");
      break;
    case A_CMP:
      fprintf(out, " (%s)", arg < CMP__COUNT ? cmp_op_names[arg] : "<bad>");
      break;
    case A_TARGET:
      fprintf(out, " (to %" PRIu32 ")", arg);
      break;
    case A_CALL:
      fprintf(out, " (%u positional, %u keyword pair)", (unsigned)CALL_NPOS(arg),
              (unsigned)CALL_NKW(arg));
      break;
    default:
      break;
    }
    fputc('\n', out);
  }
  if (co->nexc > 0) {
    fputs("Exception table:\n", out);
    for (int i = 0; i < co->nexc; i++)
      fprintf(out, "  %d to %d -> %d [%d]\n", co->exc[i].start, co->exc[i].end,
              co->exc[i].handler, co->exc[i].depth);
  }
  fputc('\n', out);
  free(mark);
  (void)vm;
}

void dis_code(VM *vm, Code *code, FILE *out)
{
  if (!code)
    return;
  dis_one(vm, code, out);
  for (int i = 0; i < code->nconsts; i++)
    if (code->consts[i].tag == T_CODE)
      dis_code(vm, AS_CODE(code->consts[i]), out);
}
