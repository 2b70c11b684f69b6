/*
** jit.h: the tracing JIT's entry points as the interpreter sees them.
** For now only hot detection reaches here; recording, optimization and LLVM
** code generation arrive with the JIT issue.
*/
#ifndef RPY_JIT_H
#define RPY_JIT_H

#include "../vm/vm.h"

/* A loop header (pc) or a function entry (pc 0) became hot. */
void jit_hot(VM *vm, Frame *f, uint32_t pc);

#endif
