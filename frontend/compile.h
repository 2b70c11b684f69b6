/*
** compile.h: AST to bytecode. Resolves scopes (locals, globals, cells and
** free variables of closures) and emits one Code object per module, function,
** lambda, class body and comprehension scope that needs one.
*/
#ifndef RPY_COMPILE_H
#define RPY_COMPILE_H

#include "ast.h"
#include "../vm/vm.h"

/* Compile a parsed module. mode: COMPILE_FILE (module body, returns None),
** COMPILE_EVAL (body is one expression statement whose value is returned),
** COMPILE_SINGLE (interactive: expression statements print their repr).
** On a compile-time error ('return' outside function, etc.) fills *err and
** returns NULL. Never raises a VM exception. */
Code *compile_module(VM *vm, AstModule *m, const char *filename, CompileMode mode,
                     SyntaxErr *err);

/* Disassembly for `rpyvm --dis`: prints every code object, nested ones after. */
void dis_code(VM *vm, Code *code, FILE *out);

/* ---- compiler area additions ------------------------------------------------ */

/* compile_module with the source text (for the `text` of syntax errors) and
** flags: CO_FUTURE_DIVISION / CO_FUTURE_PRINT inherited by the new code (exec,
** eval and compile() of code that runs under those futures), plus
** COMPILE_OPTIMIZE (-O: assert statements compile to nothing). src may be NULL.
** Errors: err->kind is "SyntaxError" (compile-time errors report col -1: no
** caret, as CPython 2.7 prints them; see parse.h), "MemoryError", or
** "SystemError" (a compiler bug: inconsistent stack bookkeeping). text is the
** source line with its leading whitespace stripped (as CPython's
** PyErr_ProgramText gives it) when src was given, else empty. */
#define COMPILE_OPTIMIZE 0x10000
Code *compile_module_src(VM *vm, AstModule *m, const char *filename, CompileMode mode,
                         int flags, const char *src, size_t len, SyntaxErr *err);

#endif
