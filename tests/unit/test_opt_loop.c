/*
** test_opt_loop.c: unit tests of jit/opt_loop.c (loop peeling): the copied
** body, CSE of invariants into the preamble, PHIs for loop-carried values
** (including swaps and CSE hits on preamble refs), snapshots of the body
** (substituted and merged with the iteration-start slot values), typed
** SLOADs of VAL values, and the EXIT fallback for type-unstable loops.
*/
#include "opt_testlib.h"

/* while i < n: i += 1 */
static void test_counter_loop(void **state) {
  CounterLoop l = counter_loop();
  assert_true(peel());
  EXPECT_IR("1 SLOAD #0 #1 :int @0\n"
            "2 SLOAD #1 #1 :int @0\n"
            "3 INT_LT %1 %2\n"
            "4 GUARD_TRUE %3 @1\n"
            "5 INT_ADD_OVF %1 1\n"
            "6 GUARD_NO_OVERFLOW %5 @1\n"
            "7 LABEL #0\n"
            "8 INT_LT %5 %2\n"
            "9 GUARD_TRUE %8 @3\n"
            "10 INT_ADD_OVF %5 1\n"
            "11 GUARD_NO_OVERFLOW %10 @3\n"
            "12 PHI %5 %10\n"
            "13 JUMP @4\n");
  /* The body's guard sees i from the previous iteration in slot 0. */
  assert_string_equal(render_snap(3), "0=%5");
  assert_string_equal(render_snap(4), "0=%10");
  assert_int_equal(T->snaps[3].ref, 9);
  assert_true(ir_ins(&T->ir, l.n)->flags & IRF_INVARIANT);
  assert_false(ir_ins(&T->ir, l.i2)->flags & IRF_INVARIANT);
  /* Peeling twice does nothing. */
  assert_false(opt_loop(J, T));
}

/* while True: i += o.x  -- o invariant: its guard and load are hoisted. */
static void test_invariants_hoisted(void **state) {
  IRRef o = sload_obj(0, T_INSTANCE), i = sload_int(1);
  IRRef kc = ir_kobj(&T->ir, vm->cls[T_LIST], T_CLASS);
  E(GUARD_CLASS, VOID, o, kc, 0);
  IRRef x = E(UNBOX, INT, E(GETSLOT, VAL, o, 0, 0), T_INT, 0);
  IRRef s = E(INT_ADD_OVF, INT, i, x, 0);
  E(GUARD_NO_OVERFLOW, VOID, s, 0, 0);
  snap(1, 1, s);
  assert_true(peel());
  EXPECT_IR("1 SLOAD #0 #1 :obj @0\n"
            "2 SLOAD #1 #1 :int @0\n"
            "3 GUARD_CLASS %1 C:list @0\n"
            "4 GETSLOT %1 #0\n"
            "5 UNBOX %4 #3 :int @0\n"
            "6 INT_ADD_OVF %2 %5\n"
            "7 GUARD_NO_OVERFLOW %6 @0\n"
            "8 LABEL #0\n"
            "9 INT_ADD_OVF %6 %5\n"
            "10 GUARD_NO_OVERFLOW %9 @2\n"
            "11 PHI %6 %9\n"
            "12 JUMP @3\n");
  assert_string_equal(render_snap(2), "1=%6");
  assert_true(ir_ins(&T->ir, x)->flags & IRF_INVARIANT);
}

/* x = x + 0.5 with x an int at entry: the body would always fail. */
static void test_type_unstable_becomes_exit(void **state) {
  IRRef x = sload_int(0);
  IRRef f = E(FLOAT_ADD, FLOAT, E(CAST_INT_TO_FLOAT, FLOAT, x, 0, 0), KF(0.5), 0);
  int32_t js = snap(1, 0, f);
  assert_false(peel());
  EXPECT_IR("1 SLOAD #0 #1 :int @0\n"
            "2 CAST_INT_TO_FLOAT %1\n"
            "3 FLOAT_ADD %2 0.5f\n"
            "4 EXIT @1\n");
  assert_int_equal(T->nsnap, 2);
  assert_int_equal(ir_ins(&T->ir, 4)->snap, js);
  assert_int_equal(T->ir.chain[IR_EXIT], 4);
  assert_int_equal(T->ir.chain[IR_JUMP], 0);
  assert_int_equal(T->ir.chain[IR_LABEL], 0);
}

/* while x < y: x, y = y, x */
static void test_swap(void **state) {
  IRRef x = sload_int(0), y = sload_int(1);
  IRRef c = E(INT_LT, BOOL, x, y, 0);
  snap(0);
  E(GUARD_TRUE, VOID, c, 0, 0);
  snap(2, 0, y, 1, x);
  assert_true(peel());
  EXPECT_IR("1 SLOAD #0 #1 :int @0\n"
            "2 SLOAD #1 #1 :int @0\n"
            "3 INT_LT %1 %2\n"
            "4 GUARD_TRUE %3 @1\n"
            "5 LABEL #0\n"
            "6 INT_LT %2 %1\n"
            "7 GUARD_TRUE %6 @3\n"
            "8 PHI %1 %2\n"
            "9 PHI %2 %1\n"
            "10 JUMP @4\n");
  assert_string_equal(render_snap(3), "0=%2 1=%1");
  assert_string_equal(render_snap(4), "0=%1 1=%2");
}

/* A slot holding the VAL result of a call is UNBOXed in the body. */
static void test_val_slot(void **state) {
  IRRef x = sload_int(0);
  IRRef v = E(CALL, VAL, IRCALL_getattr, x, 0);
  snap(0);
  E(GUARD_NO_EXCEPTION, VOID, 0, 0, 0);
  snap(1, 0, v);
  assert_true(peel());
  EXPECT_IR("1 SLOAD #0 #1 :int @0\n"
            "2 CALL #0 %1 :val\n"
            "3 GUARD_NO_EXCEPTION @1\n"
            "4 LABEL #0\n"
            "5 UNBOX %2 #3 :int @3\n"
            "6 CALL #0 %5 :val\n"
            "7 GUARD_NO_EXCEPTION @4\n"
            "8 PHI %2 %6\n"
            "9 JUMP @5\n");
  assert_string_equal(render_snap(3), "0=%2");   /* entry state of the body */
  assert_string_equal(render_snap(4), "0=%2");
  assert_string_equal(render_snap(5), "0=%6");
}

/* j = i * 2; i = i + 1; k = i * 2: the body's j CSEs to the preamble's k,
** which therefore needs its own PHI. */
static void test_cse_into_preamble_needs_phi(void **state) {
  IRRef i = sload_int(0);
  IRRef j = E(INT_MUL, INT, i, KI(2), 0);
  IRRef i2 = E(INT_ADD, INT, i, KI(1), 0);
  IRRef k = E(INT_MUL, INT, i2, KI(2), 0);
  snap(3, 0, i2, 1, j, 2, k);
  assert_true(peel());
  EXPECT_IR("1 SLOAD #0 #1 :int @0\n"
            "2 INT_MUL %1 2\n"
            "3 INT_ADD %1 1\n"
            "4 INT_MUL %3 2\n"
            "5 LABEL #0\n"
            "6 INT_ADD %3 1\n"
            "7 INT_MUL %6 2\n"
            "8 PHI %3 %6\n"
            "9 PHI %4 %7\n"
            "10 JUMP @2\n");
  assert_string_equal(render_snap(2), "0=%6 1=%4 2=%7");
}

/* o.x += 1 with o invariant: the load is forwarded from the previous
** iteration's store, the value is carried in a register. */
static void test_heap_value_carried(void **state) {
  IRRef o = sload_obj(0, T_INSTANCE);
  IRRef x = E(UNBOX, INT, E(GETSLOT, VAL, o, 0, 0), T_INT, 0);
  IRRef x2 = E(INT_ADD_OVF, INT, x, KI(1), 0);
  E(GUARD_NO_OVERFLOW, VOID, x2, 0, 0);
  E(SETSLOT, VOID, o, 0, x2);
  snap(0);
  assert_true(peel());
  EXPECT_IR("1 SLOAD #0 #1 :obj @0\n"
            "2 GETSLOT %1 #0\n"
            "3 UNBOX %2 #3 :int @0\n"
            "4 INT_ADD_OVF %3 1\n"
            "5 GUARD_NO_OVERFLOW %4 @0\n"
            "6 SETSLOT %1 #0 %4\n"
            "7 LABEL #0\n"
            "8 BOX %4\n"
            "9 INT_ADD_OVF %4 1\n"
            "10 GUARD_NO_OVERFLOW %9 @2\n"
            "11 SETSLOT %1 #0 %9\n"
            "12 PHI %4 %9\n"
            "13 JUMP @3\n");
}

/* A residual call in the loop: its arguments are CARG cells; a CARG of the
** body that CSEs to the preamble's is not PHI'd, its operands are. */
static void test_call_args_not_phied(void **state) {
  IRRef i = sload_int(0), f = E(SLOAD, VAL, 1, 0, 0);
  IRRef bi = E(BOX, VAL, i, 0, 0);
  IRRef a1 = E(CARG, VOID, f, bi, 0);
  IRRef r = E(CALL, VAL, IRCALL_call, a1, 0);
  snap(0);
  E(GUARD_NO_EXCEPTION, VOID, 0, 0, 0);
  IRRef i2 = E(INT_ADD_OVF, INT, i, KI(1), 0);
  E(GUARD_NO_OVERFLOW, VOID, i2, 0, 0);
  snap(2, 0, i2, 2, r);
  assert_true(peel());
  EXPECT_IR("1 SLOAD #0 #1 :int @0\n"
            "2 SLOAD #1 #0 :val @0\n"
            "3 BOX %1\n"
            "4 CARG %2 %3\n"
            "5 CALL #7 %4 :val\n"
            "6 GUARD_NO_EXCEPTION @1\n"
            "7 INT_ADD_OVF %1 1\n"
            "8 GUARD_NO_OVERFLOW %7 @1\n"
            "9 LABEL #0\n"
            "10 BOX %7\n"
            "11 CARG %2 %10\n"
            "12 CALL #7 %11 :val\n"
            "13 GUARD_NO_EXCEPTION @3\n"
            "14 INT_ADD_OVF %7 1\n"
            "15 GUARD_NO_OVERFLOW %14 @3\n"
            "16 PHI %5 %12\n"
            "17 PHI %7 %14\n"
            "18 JUMP @4\n");
  assert_string_equal(render_snap(3), "0=%7 2=%5");
}

/* Only loop traces ending in JUMP are peeled; bridges never. */
static void test_not_peeled(void **state) {
  IRRef i = sload_int(0);
  snap(1, 0, i);
  E(EXIT, VOID, 0, 0, 0);
  assert_false(opt_loop(J, T));
  T->kind = TRACE_BRIDGE;
  assert_false(peel());
  EXPECT_IR("1 SLOAD #0 #1 :int @0\n"
            "2 EXIT @1\n"
            "3 JUMP @1\n");
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown(test_counter_loop, setup_entry, teardown),
    cmocka_unit_test_setup_teardown(test_invariants_hoisted, setup_entry, teardown),
    cmocka_unit_test_setup_teardown(test_type_unstable_becomes_exit, setup_entry, teardown),
    cmocka_unit_test_setup_teardown(test_swap, setup_entry, teardown),
    cmocka_unit_test_setup_teardown(test_val_slot, setup_entry, teardown),
    cmocka_unit_test_setup_teardown(test_cse_into_preamble_needs_phi, setup_entry, teardown),
    cmocka_unit_test_setup_teardown(test_heap_value_carried, setup_entry, teardown),
    cmocka_unit_test_setup_teardown(test_call_args_not_phied, setup_entry, teardown),
    cmocka_unit_test_setup_teardown(test_not_peeled, setup_entry, teardown),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
