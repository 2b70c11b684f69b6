/*
** test_opt_mem.c: unit tests of jit/opt_mem.c: the alias rules
** (opt_alias_obj), what a location is known to hold (opt_mem_known), calls
** that clobber memory, and dead store elimination after recording (kept
** when a guard, a possibly aliasing load or a call comes in between).
*/
#include "opt_testlib.h"

static void test_alias(void **state) {
  (void)state;
  snap(0);
  IRRef o = sload_obj(0, T_INSTANCE), p = sload_obj(1, T_INSTANCE), l = sload_obj(2, T_LIST);
  IRRef kc = ir_kobj(&T->ir, vm->cls[T_LIST], T_CLASS);
  IRRef n = E(NEW_INSTANCE, OBJ, kc, 0, 0);
  IRRef q = E(UNBOX, OBJ, E(GETSLOT, VAL, n, 0, 0), T_INSTANCE, 0);  /* loaded after n */
  IRRef k1 = ir_kobj(&T->ir, vm, T_INSTANCE), k2 = ir_kobj(&T->ir, T, T_INSTANCE);
  assert_int_equal(opt_alias_obj(T, o, o), ALIAS_MUST);
  assert_int_equal(opt_alias_obj(T, o, p), ALIAS_MAY);
  assert_int_equal(opt_alias_obj(T, o, l), ALIAS_NO);     /* kinds differ */
  assert_int_equal(opt_alias_obj(T, n, o), ALIAS_NO);     /* o existed before n */
  assert_int_equal(opt_alias_obj(T, o, n), ALIAS_NO);
  assert_int_equal(opt_alias_obj(T, n, k1), ALIAS_NO);
  assert_int_equal(opt_alias_obj(T, k1, k2), ALIAS_NO);
  assert_int_equal(opt_alias_obj(T, n, q), ALIAS_MAY);    /* q may be n */
}

static void test_known(void **state) {
  (void)state;
  snap(0);
  IRRef o = sload_obj(0, T_INSTANCE), x = sload_int(1);
  IRRef kc = ir_kobj(&T->ir, vm->cls[T_LIST], T_CLASS);
  IRRef km = ir_kobj(&T->ir, vm->cls[T_LIST], T_MAP);     /* any object will do */
  IRRef n = E(NEW_INSTANCE, OBJ, kc, km, 0);
  assert_int_equal(opt_mem_known(J, T, IR_GETFIELD, n, IRFIELD_INST_MAP), km);
  assert_int_equal(opt_mem_known(J, T, IR_GETFIELD, n, IRFIELD_OBJ_CLASS), kc);
  assert_int_equal(opt_mem_known(J, T, IR_GETSLOT, n, 0), IRREF_NONE);
  E(SETSLOT, VOID, o, 3, x);
  assert_int_equal(opt_mem_known(J, T, IR_GETSLOT, o, 3), x);
  assert_int_equal(opt_mem_known(J, T, IR_GETSLOT, n, 3), IRREF_NONE);
  E(CALL, VAL, IRCALL_setattr, o, 0);
  assert_int_equal(opt_mem_known(J, T, IR_GETSLOT, o, 3), IRREF_NONE);
  assert_int_equal(opt_mem_known(J, T, IR_GETFIELD, n, IRFIELD_OBJ_CLASS), kc);  /* immutable */
  assert_int_equal(opt_mem_known(J, T, IR_GETFIELD, n, IRFIELD_INST_MAP), IRREF_NONE);
  assert_int_equal(opt_last_clobber(T, IR_GETSLOT, 3, T_INSTANCE), 5);
  assert_int_equal(opt_last_raising_call(T), 5);
}

static void test_dead_stores(void **state) {
  (void)state;
  snap(0);
  IRRef o = sload_obj(0, T_INSTANCE), p = sload_obj(1, T_INSTANCE);
  IRRef x = sload_int(2);
  E(SETSLOT, VOID, o, 0, KI(1));          /* 4: overwritten by 6: dead */
  E(SETSLOT, VOID, o, 1, KI(1));          /* 5: other slot */
  E(SETSLOT, VOID, o, 0, KI(2));          /* 6: a guard follows: kept */
  E(GUARD_TRUE, VOID, E(INT_LT, BOOL, x, KI(3), 0), 0, 0);   /* 7, 8 */
  E(SETSLOT, VOID, o, 0, KI(3));          /* 9: p.0 may read it: kept */
  IRRef l = E(GETSLOT, VAL, p, 0, 0);     /* 10 */
  E(SETSLOT, VOID, o, 0, KI(4));          /* 11: a call may read it: kept */
  E(CALL, VAL, IRCALL_getattr, l, 0);     /* 12 */
  E(SETSLOT, VOID, o, 0, KI(5));          /* 13: overwritten by 15: dead */
  E(SETSLOT, VOID, p, 1, KI(5));          /* 14: other slot */
  E(SETSLOT, VOID, o, 0, KI(6));          /* 15: the last one: kept */
  E(SETSLOT, VOID, o, 1, KI(6));          /* 16: 5 is dead? no: 9..12 in between */
  T->kind = TRACE_FUNC;
  opt_mem(J, T);
  EXPECT_IR("1 SLOAD #0 #1 :obj @0\n"
            "2 SLOAD #1 #1 :obj @0\n"
            "3 SLOAD #2 #1 :int @0\n"
            "5 SETSLOT %1 #1 1\n"
            "6 SETSLOT %1 #0 2\n"
            "7 INT_LT %3 3\n"
            "8 GUARD_TRUE %7 @0\n"
            "9 SETSLOT %1 #0 3\n"
            "10 GETSLOT %2 #0\n"
            "11 SETSLOT %1 #0 4\n"
            "12 CALL #0 %10 :val\n"
            "14 SETSLOT %2 #1 5\n"
            "15 SETSLOT %1 #0 6\n"
            "16 SETSLOT %1 #1 6\n");
}


static void test_dict_and_cells(void **state) {
  (void)state;
  snap(0);
  IRRef d = sload_obj(0, T_DICT), c = sload_obj(1, T_CELL), x = sload_int(2);
  E(SETDICTENTRY, VOID, d, 3, x);
  IRRef f = E(GETDICTENTRY, VAL, d, 3, 0);
  assert_int_equal(ir_ins(&T->ir, f)->op, IR_BOX);
  assert_int_equal(E(UNBOX, INT, f, T_INT, 0), x);
  IRRef e4 = E(GETDICTENTRY, VAL, d, 4, 0);
  E(SETDICTENTRY, VOID, d, 5, x);                 /* another entry */
  assert_int_equal(E(GETDICTENTRY, VAL, d, 4, 0), e4);
  E(SETFIELD, VOID, c, IRFIELD_CELL_VALUE, e4);
  assert_int_equal(E(GETFIELD, VAL, c, IRFIELD_CELL_VALUE, 0), e4);
  assert_int_equal(E(GETDICTENTRY, VAL, d, 4, 0), e4);   /* cells and dicts never alias */
  E(CALL, VAL, IRCALL_call, c, 0);
  assert_true(E(GETDICTENTRY, VAL, d, 4, 0) != e4);
  assert_true(E(GETFIELD, VAL, c, IRFIELD_CELL_VALUE, 0) != e4);
  EXPECT_IR("1 SLOAD #0 #1 :obj @0\n"
            "2 SLOAD #1 #1 :obj @0\n"
            "3 SLOAD #2 #1 :int @0\n"
            "4 SETDICTENTRY %1 #3 %3\n"
            "5 BOX %3\n"
            "6 GETDICTENTRY %1 #4\n"
            "7 SETDICTENTRY %1 #5 %3\n"
            "8 SETFIELD %2 #7 %6\n"
            "9 CALL #7 %2 :val\n"
            "10 GETDICTENTRY %1 #4\n"
            "11 GETFIELD %2 #7 :val\n");
}

static void test_dead_store_fields(void **state) {
  (void)state;
  snap(0);
  IRRef c = sload_obj(0, T_CELL), o = sload_obj(1, T_INSTANCE);
  IRRef km = ir_kobj(&T->ir, vm->cls[T_LIST], T_MAP);
  E(SETFIELD, VOID, c, IRFIELD_CELL_VALUE, KI(1));     /* dead */
  E(SETFIELD, VOID, o, IRFIELD_INST_MAP, km);          /* maps are never removed */
  E(SETFIELD, VOID, c, IRFIELD_CELL_VALUE, KI(2));
  E(SETFIELD, VOID, o, IRFIELD_INST_MAP, KN());
  T->kind = TRACE_FUNC;
  opt_mem(J, T);
  EXPECT_IR("1 SLOAD #0 #1 :obj @0\n"
            "2 SLOAD #1 #1 :obj @0\n"
            "4 SETFIELD %2 #4 K\n"
            "5 SETFIELD %1 #7 2\n"
            "6 SETFIELD %2 #4 None\n");
}

/* A map change may move the slot array. */
static void test_slots_follow_map(void **state) {
  (void)state;
  snap(0);
  IRRef o = sload_obj(0, T_INSTANCE);
  IRRef km = ir_kobj(&T->ir, vm->cls[T_LIST], T_MAP);
  IRRef p = E(GETFIELD, PTR, o, IRFIELD_INST_SLOTS, 0);
  assert_int_equal(E(GETFIELD, PTR, o, IRFIELD_INST_SLOTS, 0), p);
  E(SETFIELD, VOID, o, IRFIELD_INST_MAP, km);
  assert_true(E(GETFIELD, PTR, o, IRFIELD_INST_SLOTS, 0) != p);
  VERIFY();
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown(test_alias, setup, teardown),
    cmocka_unit_test_setup_teardown(test_known, setup, teardown),
    cmocka_unit_test_setup_teardown(test_dead_stores, setup, teardown),
    cmocka_unit_test_setup_teardown(test_dict_and_cells, setup, teardown),
    cmocka_unit_test_setup_teardown(test_dead_store_fields, setup, teardown),
    cmocka_unit_test_setup_teardown(test_slots_follow_map, setup, teardown),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
