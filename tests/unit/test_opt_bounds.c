/*
** test_opt_bounds.c: unit tests of jit/opt_bounds.c: overflow checks and
** index guards removed when ranges prove them (guards refining ranges,
** lengths, masks, modulo, products), kept when they are not provable,
** induction over peeled loops (inductive assumptions for PHI'd refs) and no
** leaking of preamble facts about loop-carried refs into the body.
*/
#include "opt_testlib.h"

/* while i < n: i += 1 */
static void test_counter_loop(void **state) {
  counter_loop();
  assert_true(peel());
  opt_bounds(J, T);
  EXPECT_IR("1 SLOAD #0 #1 :int @0\n"
            "2 SLOAD #1 #1 :int @0\n"
            "3 INT_LT %1 %2\n"
            "4 GUARD_TRUE %3 @1\n"
            "5 INT_ADD %1 1\n"
            "7 LABEL #0\n"
            "8 INT_LT %5 %2\n"
            "9 GUARD_TRUE %8 @3\n"
            "10 INT_ADD %5 1\n"
            "12 PHI %5 %10\n"
            "13 JUMP @4\n");
  assert_int_equal(T->ir.chain[IR_INT_ADD_OVF], 0);      /* chains rebuilt */
  assert_int_equal(T->ir.chain[IR_INT_ADD], 10);
}

/* while True: i += 1; if i >= n: break  -- the increment comes before the
** test: only induction over the loop proves the body's add safe. */
static void test_induction(void **state) {
  IRRef i = sload_int(0), n = sload_int(1);
  IRRef i2 = E(INT_ADD_OVF, INT, i, KI(1), 0);
  E(GUARD_NO_OVERFLOW, VOID, i2, 0, 0);
  IRRef c = E(INT_GE, BOOL, i2, n, 0);
  snap(1, 0, i2);
  E(GUARD_FALSE, VOID, c, 0, 0);
  snap(1, 0, i2);
  assert_true(peel());
  opt_bounds(J, T);
  EXPECT_IR("1 SLOAD #0 #1 :int @0\n"
            "2 SLOAD #1 #1 :int @0\n"
            "3 INT_ADD_OVF %1 1\n"
            "4 GUARD_NO_OVERFLOW %3 @0\n"
            "5 INT_GE %3 %2\n"
            "6 GUARD_FALSE %5 @1\n"
            "7 LABEL #0\n"
            "8 INT_ADD %3 1\n"
            "10 INT_GE %8 %2\n"
            "11 GUARD_FALSE %10 @4\n"
            "12 PHI %3 %8\n"
            "13 JUMP @5\n");
}

/* while True: i += 1 (leaves through another guard): not provable. */
static void test_unbounded_stays(void **state) {
  IRRef i = sload_int(0);
  IRRef f = sload_float(1);
  IRRef i2 = E(INT_ADD_OVF, INT, i, KI(1), 0);
  E(GUARD_NO_OVERFLOW, VOID, i2, 0, 0);
  E(GUARD_TRUE, VOID, E(FLOAT_LT, BOOL, f, KF(1.0), 0), 0, 0);
  snap(1, 0, i2);
  assert_true(peel());
  opt_bounds(J, T);
  EXPECT_IR("1 SLOAD #0 #1 :int @0\n"
            "2 SLOAD #1 #1 :float @0\n"
            "3 INT_ADD_OVF %1 1\n"
            "4 GUARD_NO_OVERFLOW %3 @0\n"
            "5 FLOAT_LT %2 1f\n"
            "6 GUARD_TRUE %5 @0\n"
            "7 LABEL #0\n"
            "8 INT_ADD_OVF %3 1\n"
            "9 GUARD_NO_OVERFLOW %8 @2\n"
            "10 PHI %3 %8\n"
            "11 JUMP @3\n");
}

/* A fact about a loop-carried ref learned in the preamble must not be used
** in the body (hand-built peeled trace with no guard in the body). */
static void test_preamble_facts_do_not_leak(void **state) {
  IRRef i = RAW(SLOAD, INT, 0, IRSLOAD_TYPED, 0);
  IRRef c = RAW(INT_LT, BOOL, i, KI(5), 0);
  RAW(GUARD_TRUE, VOID, c, 0, 0);
  IRRef pre = RAW(INT_ADD_OVF, INT, i, KI(1), 0);       /* i <= 4: safe */
  RAW(GUARD_NO_OVERFLOW, VOID, pre, 0, 0);
  RAW(LABEL, VOID, 0, 0, 0);
  IRRef body = RAW(INT_ADD_OVF, INT, i, KI(1), 0);      /* i is the PHI: unknown */
  RAW(GUARD_NO_OVERFLOW, VOID, body, 0, 0);
  RAW(PHI, VOID, i, body, 0);
  RAW(JUMP, VOID, 0, 0, 0);
  raw_snaps(0);
  opt_bounds(J, T);
  EXPECT_IR("1 SLOAD #0 #1 :int @0\n"
            "2 INT_LT %1 5\n"
            "3 GUARD_TRUE %2 @0\n"
            "4 INT_ADD %1 1\n"
            "6 LABEL #0\n"
            "7 INT_ADD_OVF %1 1\n"
            "8 GUARD_NO_OVERFLOW %7 @0\n"
            "9 PHI %1 %7\n"
            "10 JUMP @0\n");
}

/* l[i] for 0 <= i < len(l): the index guard goes. */
static void test_index_guard(void **state) {
  IRRef l = sload_obj(0, T_LIST), i = sload_int(1), j = sload_int(2);
  IRRef len = E(GETFIELD, INT, l, IRFIELD_LIST_LEN, 0);
  E(GUARD_FALSE, VOID, E(INT_LT, BOOL, i, KI(0), 0), 0, 0);
  E(GUARD_TRUE, VOID, E(INT_LT, BOOL, i, len, 0), 0, 0);
  E(GUARD_INDEX, VOID, i, len, 0);
  E(GUARD_INDEX, VOID, j, len, 0);                       /* unknown j: kept */
  E(GUARD_INDEX, VOID, j, len, 0);                       /* (CSE'd) */
  IRRef k = E(INT_ADD_OVF, INT, j, KI(1), 0);            /* 0 <= j < len: safe */
  E(GUARD_NO_OVERFLOW, VOID, k, 0, 0);
  T->kind = TRACE_FUNC;
  opt_bounds(J, T);
  EXPECT_IR("1 SLOAD #0 #1 :obj @0\n"
            "2 SLOAD #1 #1 :int @0\n"
            "3 SLOAD #2 #1 :int @0\n"
            "4 GETFIELD %1 #0 :int\n"
            "5 INT_LT %2 0\n"
            "6 GUARD_FALSE %5 @0\n"
            "7 INT_LT %2 %4\n"
            "8 GUARD_TRUE %7 @0\n"
            "10 GUARD_INDEX %3 %4 @0\n"
            "11 INT_ADD %3 1\n");
}

static void test_masks_and_mod(void **state) {
  IRRef x = sload_int(0), y = sload_int(1);
  IRRef a = E(INT_AND, INT, x, KI(0xffff), 0);
  IRRef b = E(INT_AND, INT, y, KI(0xffff), 0);
  IRRef p = E(INT_MUL_OVF, INT, a, b, 0);                /* < 2^32: safe */
  E(GUARD_NO_OVERFLOW, VOID, p, 0, 0);
  IRRef q = E(INT_MUL_OVF, INT, p, p, 0);                /* < 2^64: may overflow */
  E(GUARD_NO_OVERFLOW, VOID, q, 0, 0);
  IRRef m = E(INT_MOD, INT, x, KI(10), 0);
  E(GUARD_TRUE, VOID, E(INT_LT, BOOL, m, KI(10), 0), 0, 0);   /* always true */
  E(GUARD_TRUE, VOID, E(INT_LT, BOOL, m, KI(0), 0), 0, 0);    /* always false: kept */
  IRRef s = E(INT_SUB_OVF, INT, m, KI(1), 0);            /* [-1, 8] */
  E(GUARD_NO_OVERFLOW, VOID, s, 0, 0);
  IRRef r = E(INT_RSHIFT, INT, x, KI(60), 0);            /* [-8, 7] */
  IRRef ng = E(INT_NEG_OVF, INT, r, 0, 0);
  E(GUARD_NO_OVERFLOW, VOID, ng, 0, 0);
  E(GUARD_VALUE, VOID, y, KI(3), 0);
  IRRef t = E(INT_ADD_OVF, INT, y, KI(INT64_MAX - 3), 0); /* y == 3: safe */
  E(GUARD_NO_OVERFLOW, VOID, t, 0, 0);
  T->kind = TRACE_FUNC;
  opt_bounds(J, T);
  EXPECT_IR("1 SLOAD #0 #1 :int @0\n"
            "2 SLOAD #1 #1 :int @0\n"
            "3 INT_AND %1 65535\n"
            "4 INT_AND %2 65535\n"
            "5 INT_MUL %3 %4\n"
            "7 INT_MUL_OVF %5 %5\n"
            "8 GUARD_NO_OVERFLOW %7 @0\n"
            "9 INT_MOD %1 10\n"
            "10 INT_LT %9 10\n"
            "12 INT_LT %9 0\n"
            "13 GUARD_TRUE %12 @0\n"
            "14 INT_SUB %9 1\n"
            "16 INT_RSHIFT %1 60\n"
            "17 INT_NEG %16\n"
            "19 GUARD_VALUE %2 3 @0\n"
            "20 INT_ADD %2 9223372036854775804\n");
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown(test_counter_loop, setup_entry, teardown),
    cmocka_unit_test_setup_teardown(test_induction, setup_entry, teardown),
    cmocka_unit_test_setup_teardown(test_unbounded_stays, setup_entry, teardown),
    cmocka_unit_test_setup_teardown(test_preamble_facts_do_not_leak, setup_entry, teardown),
    cmocka_unit_test_setup_teardown(test_index_guard, setup_entry, teardown),
    cmocka_unit_test_setup_teardown(test_masks_and_mod, setup_entry, teardown),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
