/*
** test_opt_alloc.c: unit tests of jit/opt_alloc.c: which allocations sink
** (stores into themselves, snapshots, nesting in other sunk allocations) and
** which escape (calls, stores into real objects, nesting in escaping ones),
** the sunk-store snapshot entries (only stores before the guard), the
** materialisation at exits (opt_snap_values: contents, maps, identity,
** nesting) and loop-carried allocations after peeling (PHI sinking).
*/
#include "opt_testlib.h"

static Class *vec_class(void) {
  Value base = v_obj(vm->cls_object);
  Class *c = class_new(vm, str_intern_cstr(vm, "Vec"), tuple_from(vm, 1, &base), dict_new(vm));
  assert_non_null(c);
  if (!c->root_map) c->root_map = map_new_root(vm, c);
  return c;
}

typedef struct VecIR { IRRef kc, kroot, km1, km2; Map *m2; Class *cls; } VecIR;

static VecIR vec_ir(void) {
  VecIR v;
  v.cls = vec_class();
  Map *m1 = map_add(vm, v.cls->root_map, str_intern_cstr(vm, "x"));
  v.m2 = map_add(vm, m1, str_intern_cstr(vm, "y"));
  v.kc = ir_kobj(&T->ir, v.cls, T_CLASS);
  v.kroot = ir_kobj(&T->ir, v.cls->root_map, T_MAP);
  v.km1 = ir_kobj(&T->ir, m1, T_MAP);
  v.km2 = ir_kobj(&T->ir, v.m2, T_MAP);
  return v;
}

/* Vec(x, y) as the recorder emits it (allocation, then __init__'s stores). */
static IRRef new_vec(VecIR *v, IRRef x, IRRef y) {
  IRRef n = E(NEW_INSTANCE, OBJ, v->kc, v->kroot, 0);
  E(SETFIELD, VOID, n, IRFIELD_INST_MAP, v->km1);
  E(SETSLOT, VOID, n, 0, x);
  E(SETFIELD, VOID, n, IRFIELD_INST_MAP, v->km2);
  E(SETSLOT, VOID, n, 1, y);
  return n;
}

static void test_sink_and_materialise(void **state) {
  (void)state;
  VecIR v = vec_ir();
  snap(0);
  IRRef x = sload_float(0), y = sload_float(1);
  IRRef n = new_vec(&v, x, y);
  assert_int_equal(E(UNBOX, FLOAT, E(GETSLOT, VAL, n, 0, 0), T_FLOAT, 0), x);
  IRRef c = E(FLOAT_LT, BOOL, x, y, 0);
  int32_t s1 = snap(1, 2, n);
  E(GUARD_TRUE, VOID, c, 0, 0);
  IRRef d = E(FLOAT_GT, BOOL, x, KF(0.0), 0);
  int32_t s2 = snap(2, 2, n, 3, n);
  E(GUARD_TRUE, VOID, d, 0, 0);
  T->kind = TRACE_FUNC;
  opt_alloc(J, T);
  EXPECT_IR("1 SLOAD #0 #1 :float @0\n"
            "2 SLOAD #1 #1 :float @0\n"
            "3 NEW_INSTANCE C:Vec K sunk\n"
            "4 SETFIELD %3 #4 K sunk\n"
            "5 SETSLOT %3 #0 %1 sunk\n"
            "6 SETFIELD %3 #4 K sunk\n"
            "7 SETSLOT %3 #1 %2 sunk\n"
            "8 BOX %1\n"
            "9 FLOAT_LT %1 %2\n"
            "10 GUARD_TRUE %9 @1\n"
            "11 FLOAT_GT %1 0f\n"
            "12 GUARD_TRUE %11 @2\n");
  assert_string_equal(render_snap(s1), "2=%3 s4=K s5=%1 s6=K s7=%2");
  assert_true(T->snaps[s1].flags & SNAP_NOTE);
  assert_false(T->snaps[0].flags & SNAP_NOTE);
  IRRef st[8];
  assert_int_equal(opt_sunk_stores(T, n, st, 8), 4);
  assert_int_equal(st[0], 4);
  assert_int_equal(st[3], 7);
  /* Materialise at the exit of s2: one object for both slots. */
  Value exitbuf[8], out[8];
  for (int i = 0; i < 8; i++) exitbuf[i] = v_null();
  assert_string_equal(render_snap(s2), "2=%3 3=%3 s4=K s5=%1 s6=K s7=%2");
  exitbuf[3] = v_float(1.5);
  exitbuf[5] = v_float(2.5);
  assert_true(opt_snap_values(vm, T, s2, exitbuf, out));
  assert_int_equal(out[0].tag, T_INSTANCE);
  assert_true(out[0].u.o == out[1].u.o);
  Instance *o = AS_INSTANCE(out[0]);
  assert_true(o->h.cls == v.cls);
  assert_true(o->map == v.m2);
  assert_true(o->slots[0].tag == T_FLOAT && o->slots[0].u.f == 1.5);
  assert_true(o->slots[1].tag == T_FLOAT && o->slots[1].u.f == 2.5);
  assert_int_equal(out[2].tag, T_MAP);          /* sunk-store entries get values too */
  Value got = vm_getattr(vm, out[0], str_intern_cstr(vm, "y"));
  assert_true(got.tag == T_FLOAT && got.u.f == 2.5);
}

static void test_escape_via_call(void **state) {
  (void)state;
  VecIR v = vec_ir();
  snap(0);
  IRRef x = sload_float(0);
  IRRef n = new_vec(&v, x, x);
  snap(1, 2, n);
  E(CALL, VAL, IRCALL_getattr, n, 0);
  T->kind = TRACE_FUNC;
  opt_alloc(J, T);
  EXPECT_IR("1 SLOAD #0 #1 :float @0\n"
            "2 NEW_INSTANCE C:Vec K\n"
            "3 SETFIELD %2 #4 K\n"
            "4 SETSLOT %2 #0 %1\n"
            "5 SETFIELD %2 #4 K\n"
            "6 SETSLOT %2 #1 %1\n"
            "7 CALL #0 %2 :val\n");
}

/* A Vec inside a tuple: both sink; when the tuple escapes, so does the Vec. */
static void test_nested(void **state) {
  (void)state;
  VecIR v = vec_ir();
  snap(0);
  IRRef x = sload_float(0);
  IRRef n = new_vec(&v, x, x);                 /* 2..6 */
  IRRef tu = E(NEW_TUPLE, OBJ, 2, 0, 0);       /* 7 */
  E(SETITEM, VOID, tu, KI(0), n);
  E(SETITEM, VOID, tu, KI(1), KI(42));
  IRRef c = E(FLOAT_LT, BOOL, x, KF(1.0), 0);  /* 10 */
  int32_t s1 = snap(1, 4, tu);
  E(GUARD_TRUE, VOID, c, 0, 0);
  T->kind = TRACE_FUNC;
  opt_alloc(J, T);
  EXPECT_IR("1 SLOAD #0 #1 :float @0\n"
            "2 NEW_INSTANCE C:Vec K sunk\n"
            "3 SETFIELD %2 #4 K sunk\n"
            "4 SETSLOT %2 #0 %1 sunk\n"
            "5 SETFIELD %2 #4 K sunk\n"
            "6 SETSLOT %2 #1 %1 sunk\n"
            "7 NEW_TUPLE #2 sunk\n"
            "8 SETITEM %7 0 %2 sunk\n"
            "9 SETITEM %7 1 42 sunk\n"
            "10 FLOAT_LT %1 1f\n"
            "11 GUARD_TRUE %10 @1\n");
  assert_string_equal(render_snap(s1), "4=%7 s3=K s4=%1 s5=K s6=%1 s8=%2 s9=42");
  Value exitbuf[8], out[8];
  for (int i = 0; i < 8; i++) exitbuf[i] = v_null();
  exitbuf[2] = exitbuf[4] = v_float(0.5);
  assert_true(opt_snap_values(vm, T, s1, exitbuf, out));
  assert_int_equal(out[0].tag, T_TUPLE);
  Tuple *tp = AS_TUPLE(out[0]);
  assert_int_equal(tp->len, 2);
  assert_int_equal(tp->items[0].tag, T_INSTANCE);
  assert_true(tp->items[1].tag == T_INT && tp->items[1].u.i == 42);
  assert_true(tp->items[0].u.o == out[5].u.o);
}

static void test_nested_escape(void **state) {
  (void)state;
  VecIR v = vec_ir();
  snap(0);
  IRRef x = sload_float(0);
  IRRef n = new_vec(&v, x, x);
  IRRef tu = E(NEW_TUPLE, OBJ, 1, 0, 0);
  E(SETITEM, VOID, tu, KI(0), n);
  E(CALL, VAL, IRCALL_getattr, tu, 0);         /* the tuple escapes, the Vec with it */
  IRRef o = sload_obj(1, T_INSTANCE);
  IRRef n2 = E(NEW_TUPLE, OBJ, 1, 0, 0);
  E(SETSLOT, VOID, o, 0, n2);                   /* stored into a real object */
  T->kind = TRACE_FUNC;
  opt_alloc(J, T);
  for (IRRef r = 1; r < T->ir.nins; r++)
    assert_false(ir_ins(&T->ir, r)->flags & IRF_SUNK);
}

/* An exit before a store does not see it. */
static void test_store_after_guard(void **state) {
  (void)state;
  snap(0);
  IRRef x = sload_int(0);
  IRRef l = E(NEW_LIST, OBJ, 2, 0, 0);
  E(SETITEM, VOID, l, KI(0), x);
  IRRef c = E(INT_LT, BOOL, x, KI(3), 0);
  int32_t s1 = snap(1, 1, l);
  E(GUARD_TRUE, VOID, c, 0, 0);
  E(SETITEM, VOID, l, KI(1), KI(7));
  E(SETITEM, VOID, l, KI(0), KI(8));
  IRRef c2 = E(INT_GT, BOOL, x, KI(0), 0);
  int32_t s2 = snap(1, 1, l);
  E(GUARD_TRUE, VOID, c2, 0, 0);
  E(SETITEM, VOID, l, KI(2), KI(9));            /* out of range: escapes */
  T->kind = TRACE_FUNC;
  opt_alloc(J, T);
  assert_false(ir_ins(&T->ir, l)->flags & IRF_SUNK);
  ir_ins(&T->ir, T->ir.nins - 1)->flags |= IRF_DEAD;   /* drop that store: now it sinks */
  opt_alloc(J, T);
  assert_true(ir_ins(&T->ir, l)->flags & IRF_SUNK);
  assert_string_equal(render_snap(s1), "1=%2 s3=%1");
  assert_string_equal(render_snap(s2), "1=%2 s3=%1 s6=7 s7=8");
  Value exitbuf[8], out[8];
  for (int i = 0; i < 8; i++) exitbuf[i] = v_null();
  exitbuf[1] = v_int(5);
  assert_true(opt_snap_values(vm, T, s2, exitbuf, out));
  List *li = AS_LIST(out[0]);
  assert_int_equal(li->len, 2);
  assert_int_equal(li->items[0].u.i, 8);
  assert_int_equal(li->items[1].u.i, 7);
  assert_true(opt_snap_values(vm, T, s1, exitbuf, out));
  li = AS_LIST(out[0]);
  assert_int_equal(li->items[0].u.i, 5);
  assert_int_equal(li->items[1].tag, T_NONE);
}

/* while i < 10: acc = Vec(acc.x + 0.5, acc.y + 0.25); i += 1 */
static void test_loop_carried_allocation(void **state) {
  (void)state;
  VecIR v = vec_ir();
  snap(0);
  IRRef acc = sload_obj(0, T_INSTANCE), i = sload_int(1);          /* 1, 2 */
  E(GUARD_CLASS, VOID, acc, v.kc, 0);                               /* 3 */
  E(GUARD_MAP, VOID, acc, v.km2, 0);                                /* 4 */
  IRRef c = E(INT_LT, BOOL, i, KI(10), 0);                          /* 5 */
  snap(0);
  E(GUARD_TRUE, VOID, c, 0, 0);                                     /* 6 */
  IRRef ax = E(UNBOX, FLOAT, E(GETSLOT, VAL, acc, 0, 0), T_FLOAT, 0); /* 7, 8 */
  IRRef ay = E(UNBOX, FLOAT, E(GETSLOT, VAL, acc, 1, 0), T_FLOAT, 0); /* 9, 10 */
  IRRef nx = E(FLOAT_ADD, FLOAT, ax, KF(0.5), 0);                   /* 11 */
  IRRef ny = E(FLOAT_ADD, FLOAT, ay, KF(0.25), 0);                  /* 12 */
  IRRef n = new_vec(&v, nx, ny);                                    /* 13..17 */
  IRRef i2 = E(INT_ADD_OVF, INT, i, KI(1), 0);                      /* 18 */
  snap(1, 0, n);
  E(GUARD_NO_OVERFLOW, VOID, i2, 0, 0);                             /* 19 */
  snap(2, 0, n, 1, i2);
  E(JUMP, VOID, 0, 0, 0);                                           /* 20 */
  assert_true(opt_loop(J, T));
  opt_alloc(J, T);
  EXPECT_IR("1 SLOAD #0 #1 :obj @0\n"
            "2 SLOAD #1 #1 :int @0\n"
            "3 GUARD_CLASS %1 C:Vec @0\n"
            "4 GUARD_MAP %1 K @0\n"
            "5 INT_LT %2 10\n"
            "6 GUARD_TRUE %5 @1\n"
            "7 GETSLOT %1 #0\n"
            "8 UNBOX %7 #4 :float @1\n"
            "9 GETSLOT %1 #1\n"
            "10 UNBOX %9 #4 :float @1\n"
            "11 FLOAT_ADD %8 0.5f\n"
            "12 FLOAT_ADD %10 0.25f\n"
            "13 NEW_INSTANCE C:Vec K sunk\n"
            "14 SETFIELD %13 #4 K sunk\n"
            "15 SETSLOT %13 #0 %11 sunk\n"
            "16 SETFIELD %13 #4 K sunk\n"
            "17 SETSLOT %13 #1 %12 sunk\n"
            "18 INT_ADD_OVF %2 1\n"
            "19 GUARD_NO_OVERFLOW %18 @2\n"
            "20 LABEL #0\n"
            "21 INT_LT %18 10\n"
            "22 GUARD_TRUE %21 @5\n"
            "23 BOX %11\n"
            "24 BOX %12\n"
            "25 FLOAT_ADD %11 0.5f\n"
            "26 FLOAT_ADD %12 0.25f\n"
            "27 NEW_INSTANCE C:Vec K sunk\n"
            "28 SETFIELD %27 #4 K sunk\n"
            "29 SETSLOT %27 #0 %25 sunk\n"
            "30 SETFIELD %27 #4 K sunk\n"
            "31 SETSLOT %27 #1 %26 sunk\n"
            "32 INT_ADD_OVF %18 1\n"
            "33 GUARD_NO_OVERFLOW %32 @6\n"
            "34 PHI %11 %25\n"
            "35 PHI %12 %26\n"
            "37 PHI %18 %32\n"
            "38 JUMP @7\n");
  assert_true(ir_ins(&T->ir, 36)->flags & IRF_DEAD);    /* PHI %13 %27 */
  assert_string_equal(render_snap(2), "0=%13 s14=K s15=%11 s16=K s17=%12");
  assert_string_equal(render_snap(5), "0=%13 1=%18 s14=K s15=%11 s16=K s17=%12");
  assert_string_equal(render_snap(6), "0=%27 1=%18 s28=K s29=%25 s30=K s31=%26");
  /* At a body exit, acc is rebuilt from the PHI'd values. */
  Value exitbuf[8], out[8];
  for (int k = 0; k < 8; k++) exitbuf[k] = v_null();
  exitbuf[1] = v_int(4);
  exitbuf[3] = v_float(2.0);
  exitbuf[5] = v_float(1.0);
  assert_true(opt_snap_values(vm, T, 5, exitbuf, out));
  Instance *o = AS_INSTANCE(out[0]);
  assert_true(o->map == v.m2);
  assert_true(o->slots[0].u.f == 2.0 && o->slots[1].u.f == 1.0);
  assert_int_equal(out[1].u.i, 4);
}

/* A loop-carried allocation whose stored value the body also uses in
** another way cannot get a new PHI: the pair escapes. */
static void test_loop_carried_allocation_escapes(void **state) {
  (void)state;
  VecIR v = vec_ir();
  snap(0);
  IRRef acc = sload_obj(0, T_INSTANCE);
  E(GUARD_MAP, VOID, acc, v.km2, 0);
  IRRef ax = E(UNBOX, FLOAT, E(GETSLOT, VAL, acc, 0, 0), T_FLOAT, 0);
  IRRef n = new_vec(&v, ax, ax);
  E(CALL, VAL, IRCALL_getattr, n, 0);          /* escapes in every iteration */
  snap(1, 0, n);
  E(JUMP, VOID, 0, 0, 0);
  assert_true(opt_loop(J, T));
  opt_alloc(J, T);
  for (IRRef r = 1; r < T->ir.nins; r++)
    assert_false(ir_ins(&T->ir, r)->flags & IRF_SUNK);
  IRRef phi = T->ir.chain[IR_PHI];
  assert_true(phi > 0);
  assert_false(ir_ins(&T->ir, phi)->flags & IRF_DEAD);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown(test_sink_and_materialise, setup, teardown),
    cmocka_unit_test_setup_teardown(test_escape_via_call, setup, teardown),
    cmocka_unit_test_setup_teardown(test_nested, setup, teardown),
    cmocka_unit_test_setup_teardown(test_nested_escape, setup, teardown),
    cmocka_unit_test_setup_teardown(test_store_after_guard, setup, teardown),
    cmocka_unit_test_setup_teardown(test_loop_carried_allocation, setup, teardown),
    cmocka_unit_test_setup_teardown(test_loop_carried_allocation_escapes, setup, teardown),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
