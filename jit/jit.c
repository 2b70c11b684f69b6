/*
** jit.c: JIT driver. Hot counters fire here; until the recorder exists the
** counter is simply reset so the interpreter keeps running at full speed.
*/
#include "jit.h"

void jit_hot(VM *vm, Frame *f, uint32_t pc) {
  (void)vm;
  if (f->code->hot && pc < (uint32_t)f->code->ninsns) f->code->hot[pc] = 0;
}
