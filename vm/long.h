/*
** long.h: Python 2's arbitrary-precision `long` (protocols area, obj_long.c).
**
** A Long holds a GMP mpz_t inside the GC object; GMP allocates the limbs
** through Boehm (atomic memory), set up once per process by long_init. Longs
** are immutable once made. Python 2 keeps long results long (2**64 - 2**64 is
** 0L); int operations that overflow int64 promote to long (obj_ops.c).
**
** The binary operators take operands that are ints, bools or longs (any mix)
** and the operator index bop (opcode - OP_BINARY_ADD, the LB_* order).
*/
#ifndef RPY_LONG_H
#define RPY_LONG_H

#include <gmp.h>
#include "vm.h"

typedef struct Long {
  Obj h;            /* kind T_LONG; cls is long (or a subclass) */
  mpz_t z;
} Long;

#define AS_LONG(v) ((Long *)(v).u.o)

/* Binary operator indices: opcode - OP_BINARY_ADD (INPLACE_ forms map to the
** same index). */
enum { LB_ADD, LB_SUB, LB_MUL, LB_DIV, LB_TRUEDIV, LB_FLOORDIV, LB_MOD, LB_POW, LB_LSHIFT,
       LB_RSHIFT, LB_AND, LB_OR, LB_XOR, LB__COUNT };

void long_init(void);                            /* GMP memory functions (idempotent) */
Long *long_alloc(VM *vm);                        /* 0L; NULL + MemoryError */
Value long_from_i64(VM *vm, int64_t i);
Value long_from_u64(VM *vm, uint64_t u);
Value long_from_mpz(VM *vm, const mpz_t z);      /* a copy */
Value long_from_double(VM *vm, double d);        /* truncates; ValueError/OverflowError */
/* Python 2 long(text, base) parsing (trailing 'l'/'L' allowed); ValueError
** "invalid literal for <what>() with base N: '...'". what is "int" or "long". */
Value long_from_str(VM *vm, const char *s, size_t len, int base, const char *what);
Value long_from_decimal_string(VM *vm, const char *digits);  /* compiler literals */

bool long_fits_i64(const Long *l);
int64_t long_as_i64(const Long *l);              /* only when it fits */
/* int if it fits in int64, else the long itself (int(x), __int__). */
Value long_normalize(VM *vm, Value v);
/* To a C int64: OverflowError "long int too large to convert to int". */
bool long_to_i64(VM *vm, Value v, int64_t *out);
/* Correctly rounded to a double; OverflowError "long int too large to convert
** to float". */
bool long_to_double(VM *vm, Value v, double *out);
/* An int/bool/long as an mpz (init'ed by the caller; set here). */
void long_get_mpz(mpz_t out, Value v);

/* a OP b with a, b ints/bools/longs; T_NULL + exception on error. */
Value long_binop(VM *vm, int bop, Value a, Value b);
/* int OP int that overflowed int64 (or INT64_MIN // -1): redone in longs. */
Value long_int_binop(VM *vm, int bop, int64_t a, int64_t b);
/* a / b true division of integers, correctly rounded (ints or longs). */
Value long_truediv(VM *vm, Value a, Value b);
Value long_divmod(VM *vm, Value a, Value b);     /* (a // b, a % b) as longs */
Value long_powmod(VM *vm, Value a, Value b, Value m);  /* pow(a, b, m), integers */
Value long_neg(VM *vm, Value a);                 /* a long (int operand ok) */
Value long_abs(VM *vm, Value a);
Value long_invert(VM *vm, Value a);
/* Three-way compare of two integers (int/bool/long mix). */
int long_cmp(Value a, Value b);
/* Exact compare of an integer with a double; NaN compares as unordered: the
** caller handles it. */
int long_cmp_double(Value a, double d);
int64_t long_hash(const Long *l);                /* CPython 2.7's long_hash */
int long_sign(const Long *l);
Str *long_repr(VM *vm, Long *l);                 /* 123L */
Str *long_str(VM *vm, Long *l);                  /* 123 */
/* Digits of |v| in base 8/10/16 (lowercase, or uppercase when upper), no
** prefix/sign/suffix: malloc'd, caller frees. v an int/bool/long. */
char *long_digits(Value v, int base, bool upper, bool *neg);
/* hex()/oct() text of an integer: 0x1fL, 017L (ints: 0x1f, 017). */
Str *long_hexoct(VM *vm, Value v, int base);
size_t long_bit_length(Value v);

/* Methods of long (and the int methods that need longs): obj_init_types. */
void long_init_type(VM *vm);

#endif
