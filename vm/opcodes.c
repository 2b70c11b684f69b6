/*
** opcodes.c: the name tables of the instruction set (opcodes.h X-macros),
** used by the disassembler, the JIT's trace dumps and error messages.
*/
#include "opcodes.h"

const char *const opcode_names[OP__COUNT] = {
#define OP_NAME(name, arg, cache) #name,
  OPCODES(OP_NAME)
#undef OP_NAME
};

const char *const cmp_op_names[CMP__COUNT] = {
#define CMP_NAME(name, s) s,
  CMP_OPS(CMP_NAME)
#undef CMP_NAME
};
