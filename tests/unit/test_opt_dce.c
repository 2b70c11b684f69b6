/*
** test_opt_dce.c: unit tests of jit/opt_dce.c (what stays live: guards and
** their snapshots, side effects, PHIs whose left ref is used, sunk
** allocations referenced by live snapshots with their stores) and of the
** whole pipeline opt_run() on small loops.
*/
#include "opt_testlib.h"

static void test_pure_and_guards(void **state) {
  (void)state;
  snap(0);
  IRRef x = sload_int(0), y = sload_int(1);
  IRRef v = E(SLOAD, VAL, 2, 0, 0);               /* untyped, unused: dead */
  IRRef a = E(INT_ADD, INT, x, y, 0);             /* used by a guard */
  IRRef m = E(INT_MUL, INT, x, y, 0);             /* unused: dead */
  IRRef b = E(BOX, VAL, m, 0, 0);                 /* unused: dead */
  IRRef s = E(INT_SUB, INT, x, y, 0);             /* only in a snapshot: live */
  IRRef c = E(INT_LT, BOOL, a, KI(10), 0);
  snap(1, 3, s);
  E(GUARD_TRUE, VOID, c, 0, 0);
  IRRef k1 = E(CARG, VOID, x, y, 0);
  E(CALL_PURE, FLOAT, IRCALL_new_float_pow, k1, 0);   /* unused: dead, CARG too */
  IRRef k2 = E(CARG, VOID, x, x, 0);
  E(CALL, VAL, IRCALL_binop, k2, 0);              /* side effect: live */
  (void)v; (void)b;
  T->kind = TRACE_FUNC;
  opt_dce(J, T);
  EXPECT_IR("1 SLOAD #0 #1 :int @0\n"
            "2 SLOAD #1 #1 :int @0\n"
            "4 INT_ADD %1 %2\n"
            "7 INT_SUB %1 %2\n"
            "8 INT_LT %4 10\n"
            "9 GUARD_TRUE %8 @1\n"
            "12 CARG %1 %1\n"
            "13 CALL #4 %12 :val\n");
}

static void test_phis(void **state) {
  (void)state;
  snap(0);
  IRRef i = RAW(SLOAD, INT, 0, IRSLOAD_TYPED, 0);
  IRRef j = RAW(SLOAD, INT, 1, IRSLOAD_TYPED, 0);
  RAW(LABEL, VOID, 0, 0, 0);
  IRRef i2 = RAW(INT_ADD, INT, i, KI(1), 0);
  IRRef j2 = RAW(INT_ADD, INT, j, KI(1), 0);      /* j is carried but never used */
  IRRef c = RAW(INT_LT, BOOL, i2, KI(100), 0);
  RAW(GUARD_TRUE, VOID, c, 0, 0);
  RAW(PHI, VOID, i, i2, 0);
  RAW(PHI, VOID, j, j2, 0);
  RAW(JUMP, VOID, 0, 0, 0);
  raw_snaps(0);
  opt_dce(J, T);
  EXPECT_IR("1 SLOAD #0 #1 :int @0\n"
            "2 SLOAD #1 #1 :int @0\n"
            "3 LABEL #0\n"
            "4 INT_ADD %1 1\n"
            "6 INT_LT %4 100\n"
            "7 GUARD_TRUE %6 @0\n"
            "8 PHI %1 %4\n"
            "10 JUMP @0\n");
}

static void test_sunk_allocations(void **state) {
  (void)state;
  snap(0);
  IRRef x = sload_int(0);
  IRRef t1 = E(NEW_TUPLE, OBJ, 1, 0, 0);          /* referenced by a snapshot */
  E(SETITEM, VOID, t1, KI(0), x);
  IRRef t2 = E(NEW_TUPLE, OBJ, 1, 0, 0);          /* referenced by nothing */
  E(SETITEM, VOID, t2, KI(0), x);
  IRRef c = E(INT_LT, BOOL, x, KI(3), 0);
  snap(1, 1, t1);
  E(GUARD_TRUE, VOID, c, 0, 0);
  T->kind = TRACE_FUNC;
  opt_alloc(J, T);
  opt_dce(J, T);
  EXPECT_IR("1 SLOAD #0 #1 :int @0\n"
            "2 NEW_TUPLE #1 sunk\n"
            "3 SETITEM %2 0 %1 sunk\n"
            "6 INT_LT %1 3\n"
            "7 GUARD_TRUE %6 @1\n");
  (void)t2;
}

/* Whole pipeline on `while i < n: total += i * 2; i += 1` with total a
** float accumulated from ints. */
static void test_pipeline(void **state) {
  (void)state;
  snap(0);
  IRRef i = sload_int(0), n = sload_int(1), tot = sload_float(2);
  IRRef c = E(INT_LT, BOOL, i, n, 0);
  snap(0);
  E(GUARD_TRUE, VOID, c, 0, 0);
  IRRef d = E(INT_MUL_OVF, INT, i, KI(2), 0);
  E(GUARD_NO_OVERFLOW, VOID, d, 0, 0);
  IRRef tot2 = E(FLOAT_ADD, FLOAT, tot, E(CAST_INT_TO_FLOAT, FLOAT, d, 0, 0), 0);
  IRRef i2 = E(INT_ADD_OVF, INT, i, KI(1), 0);
  snap(1, 2, tot2);
  E(GUARD_NO_OVERFLOW, VOID, i2, 0, 0);
  snap(2, 0, i2, 2, tot2);
  E(JUMP, VOID, 0, 0, 0);
  opt_run(J, T);
  EXPECT_IR("1 SLOAD #0 #1 :int @0\n"
            "2 SLOAD #1 #1 :int @0\n"
            "3 SLOAD #2 #1 :float @0\n"
            "4 INT_LT %1 %2\n"
            "5 GUARD_TRUE %4 @1\n"
            "6 INT_MUL_OVF %1 2\n"
            "7 GUARD_NO_OVERFLOW %6 @1\n"
            "8 CAST_INT_TO_FLOAT %6\n"
            "9 FLOAT_ADD %3 %8\n"
            "10 INT_ADD %1 1\n"
            "12 LABEL #0\n"
            "13 INT_LT %10 %2\n"
            "14 GUARD_TRUE %13 @4\n"
            "15 INT_MUL_OVF %10 2\n"
            "16 GUARD_NO_OVERFLOW %15 @4\n"
            "17 CAST_INT_TO_FLOAT %15\n"
            "18 FLOAT_ADD %9 %17\n"
            "19 INT_ADD %10 1\n"
            "21 PHI %9 %18\n"
            "22 PHI %10 %19\n"
            "23 JUMP @6\n");
  assert_string_equal(render_snap(4), "0=%10 2=%9");
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown(test_pure_and_guards, setup, teardown),
    cmocka_unit_test_setup_teardown(test_phis, setup, teardown),
    cmocka_unit_test_setup_teardown(test_sunk_allocations, setup, teardown),
    cmocka_unit_test_setup_teardown(test_pipeline, setup, teardown),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
