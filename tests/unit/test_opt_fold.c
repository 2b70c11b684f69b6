/*
** test_opt_fold.c: unit tests of jit/opt_fold.c and the emit-time memory
** rules of jit/opt_mem.c: constant folding (Python // and %, overflow,
** IEEE), algebra, UNBOX/BOX, guards, CSE, load forwarding and CSE with
** aliasing stores and calls. Hand-built IR, fresh VM per test; every test
** checks the exact instruction sequence.
*/
#include <math.h>
#include "opt_testlib.h"

static void test_int_constants(void **state) {
  (void)state;
  assert_int_equal(E(INT_ADD, INT, KI(2), KI(3), 0), KI(5));
  assert_int_equal(E(INT_SUB, INT, KI(2), KI(3), 0), KI(-1));
  assert_int_equal(E(INT_MUL, INT, KI(INT64_MAX), KI(2), 0), KI(-2));      /* wraps */
  assert_int_equal(E(INT_ADD_OVF, INT, KI(40), KI(2), 0), KI(42));
  assert_int_equal(E(INT_SUB_OVF, INT, KI(INT64_MIN + 1), KI(1), 0), KI(INT64_MIN));
  assert_int_equal(E(INT_MUL_OVF, INT, KI(-3), KI(7), 0), KI(-21));
  assert_int_equal(E(INT_FLOORDIV, INT, KI(-7), KI(2), 0), KI(-4));
  assert_int_equal(E(INT_FLOORDIV, INT, KI(7), KI(-2), 0), KI(-4));
  assert_int_equal(E(INT_FLOORDIV, INT, KI(-7), KI(-2), 0), KI(3));
  assert_int_equal(E(INT_MOD, INT, KI(-7), KI(2), 0), KI(1));
  assert_int_equal(E(INT_MOD, INT, KI(7), KI(-2), 0), KI(-1));
  assert_int_equal(E(INT_MOD, INT, KI(-6), KI(3), 0), KI(0));
  assert_int_equal(E(INT_MOD, INT, KI(INT64_MIN), KI(-1), 0), KI(0));
  assert_int_equal(E(INT_AND, INT, KI(12), KI(10), 0), KI(8));
  assert_int_equal(E(INT_OR, INT, KI(12), KI(10), 0), KI(14));
  assert_int_equal(E(INT_XOR, INT, KI(12), KI(10), 0), KI(6));
  assert_int_equal(E(INT_RSHIFT, INT, KI(-8), KI(1), 0), KI(-4));
  assert_int_equal(E(INT_RSHIFT, INT, KI(-8), KI(100), 0), KI(-1));
  assert_int_equal(E(INT_RSHIFT, INT, KI(8), KI(64), 0), KI(0));
  assert_int_equal(E(INT_LSHIFT_OVF, INT, KI(1), KI(62), 0), KI((int64_t)1 << 62));
  assert_int_equal(E(INT_LSHIFT_OVF, INT, KI(-1), KI(63), 0), KI(INT64_MIN));
  assert_int_equal(E(INT_NEG_OVF, INT, KI(5), 0, 0), KI(-5));
  assert_int_equal(E(INT_NEG, INT, KI(INT64_MIN), 0, 0), KI(INT64_MIN));
  assert_int_equal(E(INT_LT, BOOL, KI(1), KI(2), 0), KB(true));
  assert_int_equal(E(INT_GE, BOOL, KI(1), KI(2), 0), KB(false));
  assert_int_equal(E(INT_EQ, BOOL, KI(2), KI(2), 0), KB(true));
  assert_int_equal(E(INT_IS_TRUE, BOOL, KI(0), 0, 0), KB(false));
  assert_int_equal(E(BOOL_NOT, BOOL, KB(false), 0, 0), KB(true));
  assert_int_equal(E(CAST_INT_TO_FLOAT, FLOAT, KI(3), 0, 0), KF(3.0));
  EXPECT_IR("");
  /* Not foldable: overflow, division by zero, shifts out of range. */
  E(INT_ADD_OVF, INT, KI(INT64_MAX), KI(1), 0);
  E(INT_MUL_OVF, INT, KI((int64_t)1 << 32), KI((int64_t)1 << 32), 0);
  E(INT_FLOORDIV, INT, KI(7), KI(0), 0);
  E(INT_FLOORDIV, INT, KI(INT64_MIN), KI(-1), 0);
  E(INT_NEG_OVF, INT, KI(INT64_MIN), 0, 0);
  E(INT_LSHIFT_OVF, INT, KI(3), KI(62), 0);
  E(INT_MOD, INT, KI(3), KI(0), 0);
  /* ... and CSE'd when repeated. */
  assert_int_equal(E(INT_ADD_OVF, INT, KI(INT64_MAX), KI(1), 0), 1);
  EXPECT_IR("1 INT_ADD_OVF 9223372036854775807 1\n"
            "2 INT_MUL_OVF 4294967296 4294967296\n"
            "3 INT_FLOORDIV 7 0\n"
            "4 INT_FLOORDIV -9223372036854775808 -1\n"
            "5 INT_NEG_OVF -9223372036854775808\n"
            "6 INT_LSHIFT_OVF 3 62\n"
            "7 INT_MOD 3 0\n");
}

static void test_float_constants(void **state) {
  (void)state;
  assert_int_equal(E(FLOAT_ADD, FLOAT, KF(1.5), KF(2.25), 0), KF(3.75));
  assert_int_equal(E(FLOAT_TRUEDIV, FLOAT, KF(1.0), KF(4.0), 0), KF(0.25));
  assert_int_equal(E(FLOAT_NEG, FLOAT, KF(0.0), 0, 0), KF(-0.0));
  assert_true(KF(-0.0) != KF(0.0));
  assert_int_equal(E(FLOAT_ABS, FLOAT, KF(-2.0), 0, 0), KF(2.0));
  assert_int_equal(E(FLOAT_SQRT, FLOAT, KF(9.0), 0, 0), KF(3.0));
  assert_int_equal(E(FLOAT_EQ, BOOL, KF(NAN), KF(NAN), 0), KB(false));
  assert_int_equal(E(FLOAT_NE, BOOL, KF(NAN), KF(NAN), 0), KB(true));
  assert_int_equal(E(FLOAT_LT, BOOL, KF(1.0), KF(NAN), 0), KB(false));
  assert_int_equal(E(FLOAT_IS_TRUE, BOOL, KF(-0.0), 0, 0), KB(false));
  assert_int_equal(E(FLOAT_IS_TRUE, BOOL, KF(NAN), 0, 0), KB(true));
  assert_int_equal(E(CAST_FLOAT_TO_INT, INT, KF(-2.7), 0, 0), KI(-2));
  EXPECT_IR("");
  E(FLOAT_TRUEDIV, FLOAT, KF(1.0), KF(0.0), 0);
  E(CAST_FLOAT_TO_INT, INT, KF(1e30), 0, 0);
  E(CAST_FLOAT_TO_INT, INT, KF(NAN), 0, 0);
  E(FLOAT_SQRT, FLOAT, KF(-1.0), 0, 0);
  EXPECT_IR("1 FLOAT_TRUEDIV 1f 0f\n"
            "2 CAST_FLOAT_TO_INT 1e+30f\n"
            "3 CAST_FLOAT_TO_INT nanf\n"
            "4 FLOAT_SQRT -1f\n");
}

static void test_int_algebra(void **state) {
  (void)state;
  snap(0);
  IRRef x = sload_int(0), y = sload_int(1);
  IRRef b = E(INT_LT, BOOL, x, y, 0);
  assert_int_equal(E(INT_ADD, INT, x, KI(0), 0), x);
  assert_int_equal(E(INT_ADD, INT, KI(0), x, 0), x);     /* constant moved right */
  assert_int_equal(E(INT_ADD_OVF, INT, x, KI(0), 0), x);
  assert_int_equal(E(INT_SUB_OVF, INT, x, KI(0), 0), x);
  assert_int_equal(E(INT_SUB, INT, x, x, 0), KI(0));
  assert_int_equal(E(INT_SUB_OVF, INT, y, y, 0), KI(0));
  assert_int_equal(E(INT_MUL, INT, KI(1), x, 0), x);
  assert_int_equal(E(INT_MUL_OVF, INT, x, KI(0), 0), KI(0));
  assert_int_equal(E(INT_AND, INT, x, x, 0), x);
  assert_int_equal(E(INT_AND, INT, x, KI(-1), 0), x);
  assert_int_equal(E(INT_AND, INT, x, KI(0), 0), KI(0));
  assert_int_equal(E(INT_OR, INT, x, KI(0), 0), x);
  assert_int_equal(E(INT_OR, INT, x, KI(-1), 0), KI(-1));
  assert_int_equal(E(INT_XOR, INT, x, x, 0), KI(0));
  assert_int_equal(E(INT_RSHIFT, INT, x, KI(0), 0), x);
  assert_int_equal(E(INT_LSHIFT_OVF, INT, x, KI(0), 0), x);
  assert_int_equal(E(INT_FLOORDIV, INT, x, KI(1), 0), x);
  assert_int_equal(E(INT_MOD, INT, x, KI(1), 0), KI(0));
  assert_int_equal(E(INT_LT, BOOL, x, x, 0), KB(false));
  assert_int_equal(E(INT_GE, BOOL, x, x, 0), KB(true));
  assert_int_equal(E(INT_NE, BOOL, x, x, 0), KB(false));
  assert_int_equal(E(INT_IS_TRUE, BOOL, b, 0, 0), b);
  IRRef n = E(INT_NEG, INT, x, 0, 0);
  assert_int_equal(E(INT_NEG, INT, n, 0, 0), x);
  assert_int_equal(E(INT_SUB, INT, KI(0), x, 0), n);      /* 0 - x -> INT_NEG x (CSE) */
  /* A bool plus 0 is an int, not the bool. */
  IRRef s = E(INT_ADD, INT, b, KI(0), 0);
  assert_true(s != b);
  /* BOOL_NOT of a comparison inverts it; twice gives the bool back. */
  IRRef nb = E(BOOL_NOT, BOOL, b, 0, 0);
  assert_int_equal(E(BOOL_NOT, BOOL, nb, 0, 0), E(INT_LT, BOOL, x, y, 0));
  IRRef eq = E(PTR_EQ, BOOL, x, y, 0);
  IRRef t = E(BOOL_NOT, BOOL, eq, 0, 0);
  EXPECT_IR("1 SLOAD #0 #1 :int @0\n"
            "2 SLOAD #1 #1 :int @0\n"
            "3 INT_LT %1 %2\n"
            "4 INT_NEG %1\n"
            "5 INT_ADD %3 0\n"
            "6 INT_GE %1 %2\n"
            "7 PTR_EQ %1 %2\n"
            "8 PTR_NE %1 %2\n");
  assert_int_equal(nb, 6);
  assert_int_equal(t, 8);
}

static void test_float_algebra(void **state) {
  (void)state;
  snap(0);
  IRRef x = sload_float(0);
  assert_int_equal(E(FLOAT_MUL, FLOAT, x, KF(1.0), 0), x);
  assert_int_equal(E(FLOAT_MUL, FLOAT, KF(1.0), x, 0), x);
  assert_int_equal(E(FLOAT_TRUEDIV, FLOAT, x, KF(1.0), 0), x);
  assert_int_equal(E(FLOAT_SUB, FLOAT, x, KF(0.0), 0), x);
  assert_int_equal(E(FLOAT_ADD, FLOAT, x, KF(-0.0), 0), x);
  IRRef n = E(FLOAT_NEG, FLOAT, x, 0, 0);
  assert_int_equal(E(FLOAT_NEG, FLOAT, n, 0, 0), x);
  /* Not valid for floats: x + 0.0 (-0.0 + 0.0 is 0.0), x * 0.0 (inf, nan),
  ** x - x (nan), x == x (nan). */
  E(FLOAT_ADD, FLOAT, x, KF(0.0), 0);
  E(FLOAT_MUL, FLOAT, x, KF(0.0), 0);
  E(FLOAT_SUB, FLOAT, x, x, 0);
  E(FLOAT_EQ, BOOL, x, x, 0);
  EXPECT_IR("1 SLOAD #0 #1 :float @0\n"
            "2 FLOAT_NEG %1\n"
            "3 FLOAT_ADD %1 0f\n"
            "4 FLOAT_MUL %1 0f\n"
            "5 FLOAT_SUB %1 %1\n"
            "6 FLOAT_EQ %1 %1\n");
}

static void test_box_unbox(void **state) {
  (void)state;
  snap(0);
  IRRef v = E(SLOAD, VAL, 0, 0, 0);
  IRRef x = sload_int(1);
  IRRef bx = E(BOX, VAL, x, 0, 0);
  assert_int_equal(E(UNBOX, INT, bx, T_INT, 0), x);
  assert_int_equal(E(BOX, VAL, v, 0, 0), v);               /* already a Value */
  assert_int_equal(E(UNBOX, INT, KI(5), T_INT, 0), KI(5)); /* constants */
  assert_int_equal(E(UNBOX, NONE, KN(), T_NONE, 0), KN());
  assert_int_equal(E(UNBOX, INT, x, T_INT, 0), x);         /* already typed */
  IRRef u = E(UNBOX, INT, v, T_INT, 0);
  assert_int_equal(E(UNBOX, INT, v, T_INT, 0), u);         /* CSE */
  assert_int_equal(E(BOX, VAL, u, 0, 0), v);               /* BOX(UNBOX(v)) */
  E(UNBOX, FLOAT, bx, T_FLOAT, 0);                         /* wrong tag: always exits, kept */
  E(UNBOX, FLOAT, KI(1), T_FLOAT, 0);
  IRRef o = E(UNBOX, OBJ, v, T_LIST, 0);
  assert_int_equal(ir_ins(&T->ir, o)->kind, T_LIST);
  assert_int_equal(E(BOX, VAL, x, 0, 0), bx);              /* CSE */
  EXPECT_IR("1 SLOAD #0 #0 :val @0\n"
            "2 SLOAD #1 #1 :int @0\n"
            "3 BOX %2\n"
            "4 UNBOX %1 #3 :int @0\n"
            "5 UNBOX %3 #4 :float @0\n"
            "6 BOX 1\n"
            "7 UNBOX %6 #4 :float @0\n"
            "8 UNBOX %1 #8 :obj @0\n");
}

static void test_guards(void **state) {
  (void)state;
  int32_t s0 = snap(0);
  IRRef x = sload_int(0), y = sload_int(1);
  IRRef v = E(SLOAD, VAL, 2, 0, 0);
  IRRef c = E(INT_LT, BOOL, x, y, 0);
  int32_t s1 = snap(1, 0, x);
  assert_int_equal(E(GUARD_TRUE, VOID, KB(true), 0, 0), IRREF_NONE);
  assert_int_equal(E(GUARD_FALSE, VOID, KB(false), 0, 0), IRREF_NONE);
  assert_int_equal(E(GUARD_VALUE, VOID, x, x, 0), IRREF_NONE);
  assert_int_equal(E(GUARD_VALUE, VOID, KI(3), KI(3), 0), IRREF_NONE);
  assert_int_equal(E(GUARD_NONNULL, VOID, x, 0, 0), IRREF_NONE);     /* typed */
  assert_int_equal(E(GUARD_NONNULL, VOID, KN(), 0, 0), IRREF_NONE);
  assert_int_equal(E(GUARD_INDEX, VOID, KI(2), KI(3), 0), IRREF_NONE);
  assert_int_equal(E(GUARD_NO_OVERFLOW, VOID, x, 0, 0), IRREF_NONE);  /* not an _OVF op */
  IRRef g1 = E(GUARD_TRUE, VOID, c, 0, 0);
  assert_int_equal(E(GUARD_TRUE, VOID, c, 0, 0), IRREF_NONE);        /* identical */
  IRRef nc = E(BOOL_NOT, BOOL, c, 0, 0);                             /* INT_GE */
  E(GUARD_FALSE, VOID, nc, 0, 0);
  IRRef b2 = E(FLOAT_LT, BOOL, KF(1.0), E(CAST_INT_TO_FLOAT, FLOAT, x, 0, 0), 0);
  IRRef nb2 = E(BOOL_NOT, BOOL, b2, 0, 0);
  E(GUARD_TRUE, VOID, nb2, 0, 0);                                    /* -> GUARD_FALSE b2 */
  E(GUARD_TRUE, VOID, KB(false), 0, 0);                              /* always exits: kept */
  E(GUARD_INDEX, VOID, KI(3), KI(3), 0);
  E(GUARD_NONNULL, VOID, v, 0, 0);
  assert_int_equal(E(GUARD_NONNULL, VOID, v, 0, 0), IRREF_NONE);
  IRRef add = E(INT_ADD_OVF, INT, x, y, 0);
  E(GUARD_NO_OVERFLOW, VOID, add, 0, 0);
  assert_int_equal(E(INT_ADD_OVF, INT, y, x, 0), add);              /* commutative CSE */
  assert_int_equal(E(GUARD_NO_OVERFLOW, VOID, add, 0, 0), IRREF_NONE);
  assert_int_equal(ir_ins(&T->ir, g1)->snap, s1);
  (void)s0;
  EXPECT_IR("1 SLOAD #0 #1 :int @0\n"
            "2 SLOAD #1 #1 :int @0\n"
            "3 SLOAD #2 #0 :val @0\n"
            "4 INT_LT %1 %2\n"
            "5 GUARD_TRUE %4 @1\n"
            "6 INT_GE %1 %2\n"
            "7 GUARD_FALSE %6 @1\n"
            "8 CAST_INT_TO_FLOAT %1\n"
            "9 FLOAT_LT 1f %8\n"
            "10 BOOL_NOT %9\n"
            "11 GUARD_FALSE %9 @1\n"
            "12 GUARD_TRUE false @1\n"
            "13 GUARD_INDEX 3 3 @1\n"
            "14 GUARD_NONNULL %3 @1\n"
            "15 INT_ADD_OVF %1 %2\n"
            "16 GUARD_NO_OVERFLOW %15 @1\n");
}

static void test_guard_class_map(void **state) {
  (void)state;
  snap(0);
  Class *cls = vm->cls[T_LIST];
  IRRef kc = ir_kobj(&T->ir, cls, T_CLASS);
  IRRef o = sload_obj(0, T_INSTANCE);
  IRRef kt = ir_kobj(&T->ir, vm->cls[T_TUPLE], T_CLASS);
  E(GUARD_CLASS, VOID, o, kc, 0);
  assert_int_equal(E(GUARD_CLASS, VOID, o, kc, 0), IRREF_NONE);
  E(GUARD_CLASS, VOID, o, kt, 0);                        /* contradicts: kept */
  /* Constants and fresh allocations have a known class. */
  List *l = list_new(vm, 0);
  assert_int_equal(E(GUARD_CLASS, VOID, ir_kobj(&T->ir, l, T_LIST), kc, 0), IRREF_NONE);
  IRRef nl = E(NEW_LIST, OBJ, 2, 0, 0);
  assert_int_equal(ir_ins(&T->ir, nl)->kind, T_LIST);
  assert_int_equal(E(GUARD_CLASS, VOID, nl, kc, 0), IRREF_NONE);
  /* Maps: known after a guard until a map store or a call. */
  Map *m1 = map_new_root(vm, cls), *m2 = map_new_root(vm, cls);
  IRRef km1 = ir_kobj(&T->ir, m1, T_MAP), km2 = ir_kobj(&T->ir, m2, T_MAP);
  E(GUARD_MAP, VOID, o, km1, 0);
  assert_int_equal(E(GUARD_MAP, VOID, o, km1, 0), IRREF_NONE);
  assert_int_equal(E(GETFIELD, OBJ, o, IRFIELD_INST_MAP, 0), km1);
  E(SETFIELD, VOID, o, IRFIELD_INST_MAP, km2);
  assert_int_equal(E(GUARD_MAP, VOID, o, km2, 0), IRREF_NONE);
  E(CALL, VAL, IRCALL_getattr, o, 0);
  E(GUARD_MAP, VOID, o, km2, 0);
  assert_int_equal(E(GUARD_CLASS, VOID, o, kc, 0), IRREF_NONE);   /* classes never change */
  /* NEW_INSTANCE knows its class and map. */
  IRRef ni = E(NEW_INSTANCE, OBJ, kc, km1, 0);
  assert_int_equal(E(GUARD_CLASS, VOID, ni, kc, 0), IRREF_NONE);
  assert_int_equal(E(GUARD_MAP, VOID, ni, km1, 0), IRREF_NONE);
  EXPECT_IR("1 SLOAD #0 #1 :obj @0\n"
            "2 GUARD_CLASS %1 C:list @0\n"
            "3 GUARD_CLASS %1 C:tuple @0\n"
            "4 NEW_LIST #2\n"
            "5 GUARD_MAP %1 K @0\n"
            "6 SETFIELD %1 #4 K\n"
            "7 CALL #0 %1 :val\n"
            "8 GUARD_MAP %1 K @0\n"
            "9 NEW_INSTANCE C:list K\n");
}

static void test_cse_pure(void **state) {
  (void)state;
  snap(0);
  IRRef x = sload_int(0), y = sload_int(1);
  IRRef a = E(INT_ADD, INT, x, y, 0);
  assert_int_equal(E(INT_ADD, INT, y, x, 0), a);            /* commutative */
  IRRef s = E(INT_SUB, INT, x, y, 0);
  assert_true(E(INT_SUB, INT, y, x, 0) != s);               /* not commutative */
  assert_int_equal(sload_int(0), x);                        /* same slot */
  assert_true(E(SLOAD, FLOAT, 0, IRSLOAD_TYPED, 0) != x);   /* other type */
  IRRef c1 = E(CARG, VOID, x, y, 0);
  assert_int_equal(E(CARG, VOID, x, y, 0), c1);
  IRRef p = E(CALL_PURE, FLOAT, IRCALL_new_float_pow, c1, 0);
  assert_int_equal(E(CALL_PURE, FLOAT, IRCALL_new_float_pow, c1, 0), p);
  IRRef cl = E(CALL, VAL, IRCALL_binop, c1, 0);
  assert_true(E(CALL, VAL, IRCALL_binop, c1, 0) != cl);     /* side effects: never */
  IRRef bx = E(BOX, VAL, x, 0, 0);
  assert_int_equal(E(BOX, VAL, x, 0, 0), bx);
  EXPECT_IR("1 SLOAD #0 #1 :int @0\n"
            "2 SLOAD #1 #1 :int @0\n"
            "3 INT_ADD %1 %2\n"
            "4 INT_SUB %1 %2\n"
            "5 INT_SUB %2 %1\n"
            "6 SLOAD #0 #1 :float @0\n"
            "7 CARG %1 %2\n"
            "8 CALL_PURE #10 %7 :float\n"
            "9 CALL #4 %7 :val\n"
            "10 CALL #4 %7 :val\n"
            "11 BOX %1\n");
}

static void test_load_forwarding(void **state) {
  (void)state;
  snap(0);
  IRRef o = sload_obj(0, T_INSTANCE), p = sload_obj(1, T_INSTANCE);
  IRRef x = sload_int(2);
  IRRef l1 = E(GETSLOT, VAL, o, 0, 0);
  assert_int_equal(E(GETSLOT, VAL, o, 0, 0), l1);           /* load CSE */
  assert_true(E(GETSLOT, VAL, o, 1, 0) != l1);              /* other slot */
  E(SETSLOT, VOID, o, 0, x);
  IRRef f = E(GETSLOT, VAL, o, 0, 0);                       /* forwarded: BOX(x) */
  assert_int_equal(ir_ins(&T->ir, f)->op, IR_BOX);
  assert_int_equal(E(UNBOX, INT, f, T_INT, 0), x);
  E(SETSLOT, VOID, p, 0, KI(7));                            /* p may be o */
  IRRef l2 = E(GETSLOT, VAL, o, 0, 0);
  assert_true(l2 != f);
  assert_int_equal(E(GETSLOT, VAL, p, 0, 0), E(BOX, VAL, KI(7), 0, 0));
  E(SETSLOT, VOID, p, 1, KI(8));                            /* other slot: no alias */
  assert_int_equal(E(GETSLOT, VAL, o, 0, 0), l2);
  /* A store of what memory holds is dropped. */
  assert_int_equal(E(SETSLOT, VOID, o, 0, l2), IRREF_NONE);
  IRRef u = E(UNBOX, INT, l2, T_INT, 0);
  assert_int_equal(E(SETSLOT, VOID, o, 0, u), IRREF_NONE);
  /* A residual call clobbers memory. */
  E(CALL, VAL, IRCALL_getattr, o, 0);
  assert_true(E(GETSLOT, VAL, o, 0, 0) != l2);
  EXPECT_IR("1 SLOAD #0 #1 :obj @0\n"
            "2 SLOAD #1 #1 :obj @0\n"
            "3 SLOAD #2 #1 :int @0\n"
            "4 GETSLOT %1 #0\n"
            "5 GETSLOT %1 #1\n"
            "6 SETSLOT %1 #0 %3\n"
            "7 BOX %3\n"
            "8 SETSLOT %2 #0 7\n"
            "9 GETSLOT %1 #0\n"
            "10 BOX 7\n"
            "11 SETSLOT %2 #1 8\n"
            "12 UNBOX %9 #3 :int @0\n"
            "13 CALL #0 %1 :val\n"
            "14 GETSLOT %1 #0\n");
}

static void test_alias_rules(void **state) {
  (void)state;
  snap(0);
  IRRef o = sload_obj(0, T_INSTANCE), l = sload_obj(1, T_LIST), tu = sload_obj(2, T_TUPLE);
  IRRef i = sload_int(3);
  IRRef kc = ir_kobj(&T->ir, vm->cls[T_LIST], T_CLASS);
  IRRef g = E(GETSLOT, VAL, o, 0, 0);
  IRRef n = E(NEW_INSTANCE, OBJ, kc, 0, 0);
  E(SETSLOT, VOID, n, 0, KI(1));                  /* fresh object: cannot be o */
  assert_int_equal(E(GETSLOT, VAL, o, 0, 0), g);
  IRRef li = E(GETITEM, VAL, l, i, 0);
  E(SETITEM, VOID, l, KI(5), KI(2));              /* i may be 5 */
  IRRef li2 = E(GETITEM, VAL, l, i, 0);
  assert_true(li2 != li);
  IRRef l5 = E(GETITEM, VAL, l, KI(5), 0);
  assert_int_equal(ir_ins(&T->ir, l5)->op, IR_BOX);
  E(SETITEM, VOID, l, KI(6), KI(3));              /* 6 != 5 */
  assert_int_equal(E(GETITEM, VAL, l, KI(5), 0), l5);
  /* Immutable locations survive calls; list items not even list_append
  ** survives; tuple items do. */
  IRRef tl = E(GETFIELD, INT, tu, IRFIELD_TUPLE_LEN, 0);
  IRRef ti = E(GETITEM, VAL, tu, KI(0), 0);
  IRRef ll = E(GETFIELD, INT, l, IRFIELD_LIST_LEN, 0);
  IRRef carg = E(CARG, VOID, l, KI(1), 0);
  E(CALL, VOID, IRCALL_list_append, carg, 0);
  assert_int_equal(E(GETSLOT, VAL, o, 0, 0), g);  /* list_append leaves instances alone */
  assert_true(E(GETFIELD, INT, l, IRFIELD_LIST_LEN, 0) != ll);
  E(CALL, VAL, IRCALL_getattr, o, 0);
  assert_int_equal(E(GETFIELD, INT, tu, IRFIELD_TUPLE_LEN, 0), tl);
  assert_int_equal(E(GETITEM, VAL, tu, KI(0), 0), ti);
  /* A fresh tuple knows its length. */
  IRRef nt = E(NEW_TUPLE, OBJ, 3, 0, 0);
  assert_int_equal(E(GETFIELD, INT, nt, IRFIELD_TUPLE_LEN, 0), KI(3));
  EXPECT_IR("1 SLOAD #0 #1 :obj @0\n"
            "2 SLOAD #1 #1 :obj @0\n"
            "3 SLOAD #2 #1 :obj @0\n"
            "4 SLOAD #3 #1 :int @0\n"
            "5 GETSLOT %1 #0\n"
            "6 NEW_INSTANCE C:list 0\n"
            "7 SETSLOT %6 #0 1\n"
            "8 GETITEM %2 %4\n"
            "9 SETITEM %2 5 2\n"
            "10 GETITEM %2 %4\n"
            "11 BOX 2\n"
            "12 SETITEM %2 6 3\n"
            "13 GETFIELD %3 #2 :int\n"
            "14 GETITEM %3 0\n"
            "15 GETFIELD %2 #0 :int\n"
            "16 CARG %2 1\n"
            "17 CALL #8 %16 :void\n"
            "18 GETFIELD %2 #0 :int\n"
            "19 CALL #0 %1 :val\n"
            "20 NEW_TUPLE #3\n");
}

static void test_exception_guards(void **state) {
  (void)state;
  snap(0);
  IRRef v = E(SLOAD, VAL, 0, 0, 0);
  /* No call yet: nothing can have raised. */
  assert_int_equal(E(GUARD_NO_EXCEPTION, VOID, 0, 0, 0), IRREF_NONE);
  E(GUARD_NOT_INVALIDATED, VOID, 0, 0, 0);
  assert_int_equal(E(GUARD_NOT_INVALIDATED, VOID, 0, 0, 0), IRREF_NONE);
  E(CALL, VAL, IRCALL_getattr, v, 0);
  E(GUARD_NO_EXCEPTION, VOID, 0, 0, 0);
  assert_int_equal(E(GUARD_NO_EXCEPTION, VOID, 0, 0, 0), IRREF_NONE);
  E(GUARD_NOT_INVALIDATED, VOID, 0, 0, 0);
  IRRef carg = E(CARG, VOID, v, v, 0);
  E(CALL, VAL, IRCALL_str_concat, carg, 0);   /* cannot raise nor write */
  assert_int_equal(E(GUARD_NO_EXCEPTION, VOID, 0, 0, 0), IRREF_NONE);
  assert_int_equal(E(GUARD_NOT_INVALIDATED, VOID, 0, 0, 0), IRREF_NONE);
  IRRef e1 = E(VMFIELD, INT, IRVM_CLASS_EPOCH, 0, 0);
  assert_int_equal(E(VMFIELD, INT, IRVM_CLASS_EPOCH, 0, 0), e1);
  /* list.append runs no Python code: classes stay as they are. */
  E(CALL, VOID, IRCALL_list_append, carg, 0);
  assert_int_equal(E(GUARD_NOT_INVALIDATED, VOID, 0, 0, 0), IRREF_NONE);
  assert_int_equal(E(GUARD_NO_EXCEPTION, VOID, 0, 0, 0), IRREF_NONE);
  assert_int_equal(E(VMFIELD, INT, IRVM_CLASS_EPOCH, 0, 0), e1);
  E(CALL, VAL, IRCALL_binop, carg, 0);
  assert_true(E(VMFIELD, INT, IRVM_CLASS_EPOCH, 0, 0) != e1);
  EXPECT_IR("1 SLOAD #0 #0 :val @0\n"
            "2 GUARD_NOT_INVALIDATED @0\n"
            "3 CALL #0 %1 :val\n"
            "4 GUARD_NO_EXCEPTION @0\n"
            "5 GUARD_NOT_INVALIDATED @0\n"
            "6 CARG %1 %1\n"
            "7 CALL #14 %6 :val\n"
            "8 VMFIELD #0 :int\n"
            "9 CALL #8 %6 :void\n"
            "10 CALL #4 %6 :val\n"
            "11 VMFIELD #0 :int\n");
}

static void test_ptr_and_alloc(void **state) {
  (void)state;
  snap(0);
  IRRef o = sload_obj(0, T_INSTANCE);
  IRRef kc = ir_kobj(&T->ir, vm->cls[T_LIST], T_CLASS);
  IRRef n = E(NEW_INSTANCE, OBJ, kc, 0, 0);
  assert_int_equal(E(PTR_EQ, BOOL, n, o, 0), KB(false));
  assert_int_equal(E(PTR_NE, BOOL, o, n, 0), KB(true));
  assert_int_equal(E(PTR_EQ, BOOL, n, n, 0), KB(true));
  assert_int_equal(E(PTR_EQ, BOOL, kc, kc, 0), KB(true));
  IRRef n2 = E(NEW_INSTANCE, OBJ, kc, 0, 0);
  assert_true(n2 != n);                          /* allocations are never CSE'd */
  assert_int_equal(E(PTR_EQ, BOOL, n, n2, 0), KB(false));
  EXPECT_IR("1 SLOAD #0 #1 :obj @0\n"
            "2 NEW_INSTANCE C:list 0\n"
            "3 NEW_INSTANCE C:list 0\n");
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown(test_int_constants, setup, teardown),
    cmocka_unit_test_setup_teardown(test_float_constants, setup, teardown),
    cmocka_unit_test_setup_teardown(test_int_algebra, setup, teardown),
    cmocka_unit_test_setup_teardown(test_float_algebra, setup, teardown),
    cmocka_unit_test_setup_teardown(test_box_unbox, setup, teardown),
    cmocka_unit_test_setup_teardown(test_guards, setup, teardown),
    cmocka_unit_test_setup_teardown(test_guard_class_map, setup, teardown),
    cmocka_unit_test_setup_teardown(test_cse_pure, setup, teardown),
    cmocka_unit_test_setup_teardown(test_load_forwarding, setup, teardown),
    cmocka_unit_test_setup_teardown(test_alias_rules, setup, teardown),
    cmocka_unit_test_setup_teardown(test_exception_guards, setup, teardown),
    cmocka_unit_test_setup_teardown(test_ptr_and_alloc, setup, teardown),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
