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

#endif
