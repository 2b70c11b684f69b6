/*
** test_list.c: unit tests of vm/obj_list.c (list and tuple: indexing,
** slicing, slice assignment and deletion, repr, comparison, hashing,
** sorting and the methods), checked against CPython 2.7. Fresh VM per test.
*/
#define TEST_FIXTURE_VM
#include "test_util.h"

/* A list of ints. */
static List *ints(int n, ...) {
  List *l = list_new(vm, 0);
  va_list ap;
  va_start(ap, n);
  for (int i = 0; i < n; i++) list_append(vm, l, v_int(va_arg(ap, int)));
  va_end(ap);
  return l;
}

static Value L(List *l) { return v_obj(l); }

#define N v_none()

static void test_basics(void **state) {
  List *l = list_new(vm, 0);
  for (int i = 0; i < 1000; i++) assert_true(list_append(vm, l, v_int(i)));
  assert_int_equal(l->len, 1000);
  assert_int_equal(l->items[999].u.i, 999);
  expect_repr(L(list_new(vm, 2)), "[None, None]");
  expect_repr(v_obj(tuple_new(vm, 0)), "()");
  assert_ptr_equal(tuple_new(vm, 0), vm->empty_tuple);
  Value one = v_int(1);
  expect_repr(v_obj(tuple_from(vm, 1, &one)), "(1,)");
  Value items[3] = {v_int(1), S("a"), v_float(2.5)};
  expect_repr(v_obj(tuple_from(vm, 3, items)), "(1, 'a', 2.5)");
  expect_repr(L(list_from(vm, 3, items)), "[1, 'a', 2.5]");
}

static void test_recursive_repr(void **state) {
  List *l = ints(2, 1, 2);
  list_append(vm, l, L(l));
  expect_repr(L(l), "[1, 2, [...]]");
  Value t = v_obj(tuple_from(vm, 1, (Value[]){L(l)}));
  expect_repr(t, "([1, 2, [...]],)");
  assert_true(vm->repr_active == NULL || vm->repr_active->len == 0);
}

static void test_getitem(void **state) {
  Value l = L(ints(5, 1, 2, 3, 4, 5));
  expect_repr(list_getitem(vm, AS_LIST(l), v_int(-1)), "5");
  expect_repr(list_getitem(vm, AS_LIST(l), v_bool(true)), "2");
  expect_error(list_getitem(vm, AS_LIST(l), v_int(5)), "IndexError: list index out of range");
  expect_error(list_getitem(vm, AS_LIST(l), S("a")),
               "TypeError: list indices must be integers, not str");
  expect_repr(list_getitem(vm, AS_LIST(l), slice(v_int(1), v_int(4), v_int(2))), "[2, 4]");
  expect_repr(list_getitem(vm, AS_LIST(l), slice(v_int(4), v_int(0), v_int(-2))), "[5, 3]");
  expect_repr(list_getitem(vm, AS_LIST(l), slice(v_int(-100), v_int(100), N)), "[1, 2, 3, 4, 5]");
  expect_repr(list_getitem(vm, AS_LIST(l), slice(N, N, v_int(-1))), "[5, 4, 3, 2, 1]");
  expect_error(list_getitem(vm, AS_LIST(l), slice(S("a"), N, N)),
               "TypeError: slice indices must be integers or None or have an __index__ method");
  Value t = v_obj(tuple_from(vm, 3, (Value[]){v_int(1), v_int(2), v_int(3)}));
  expect_repr(tuple_getitem(vm, AS_TUPLE(t), v_int(1)), "2");
  expect_error(tuple_getitem(vm, AS_TUPLE(t), v_int(5)), "IndexError: tuple index out of range");
  expect_error(tuple_getitem(vm, AS_TUPLE(t), S("x")),
               "TypeError: tuple indices must be integers, not str");
  expect_repr(tuple_getitem(vm, AS_TUPLE(t), slice(N, v_int(2), N)), "(1, 2)");
  assert_ptr_equal(tuple_getitem(vm, AS_TUPLE(t), slice(N, N, N)).u.o, t.u.o);
}

static void test_setitem_delitem(void **state) {
  Value l = L(ints(4, 1, 2, 3, 4));
  assert_true(list_setitem(vm, AS_LIST(l), v_int(-1), v_int(9)));
  expect_repr(l, "[1, 2, 3, 9]");
  expect_fail(list_setitem(vm, AS_LIST(l), v_int(4), v_int(0)),
              "IndexError: list assignment index out of range");
  /* slice assignment, growing and shrinking */
  assert_true(list_setitem(vm, AS_LIST(l), slice(v_int(1), v_int(3), N), L(ints(3, 7, 7, 7))));
  expect_repr(l, "[1, 7, 7, 7, 9]");
  assert_true(list_setitem(vm, AS_LIST(l), slice(v_int(0), v_int(4), N), L(ints(0))));
  expect_repr(l, "[9]");
  assert_true(list_setitem(vm, AS_LIST(l), slice(v_int(5), v_int(0), N), S("ab")));
  expect_repr(l, "[9, 'a', 'b']");
  assert_true(list_setitem(vm, AS_LIST(l), slice(N, N, N), l));  /* l[:] = l */
  expect_repr(l, "[9, 'a', 'b']");
  expect_fail(list_setitem(vm, AS_LIST(l), slice(v_int(0), v_int(1), N), v_int(5)),
              "TypeError: can only assign an iterable");
  /* extended slices */
  Value m = L(ints(4, 1, 2, 3, 4));
  assert_true(list_setitem(vm, AS_LIST(m), slice(N, N, v_int(2)), L(ints(2, 0, 0))));
  expect_repr(m, "[0, 2, 0, 4]");
  expect_fail(list_setitem(vm, AS_LIST(m), slice(N, N, v_int(2)), L(ints(3, 1, 2, 3))),
              "ValueError: attempt to assign sequence of size 3 to extended slice of size 2");
  expect_fail(list_setitem(vm, AS_LIST(m), slice(N, N, v_int(2)), v_int(5)),
              "TypeError: must assign iterable to extended slice");
  assert_true(list_setitem(vm, AS_LIST(m), slice(N, N, v_int(-1)), L(ints(4, 1, 2, 3, 4))));
  expect_repr(m, "[4, 3, 2, 1]");
  /* deletion */
  Value d = L(ints(6, 0, 1, 2, 3, 4, 5));
  assert_true(list_delitem(vm, AS_LIST(d), v_int(0)));
  expect_repr(d, "[1, 2, 3, 4, 5]");
  assert_true(list_delitem(vm, AS_LIST(d), slice(N, N, v_int(2))));
  expect_repr(d, "[2, 4]");
  Value e = L(ints(6, 0, 1, 2, 3, 4, 5));
  assert_true(list_delitem(vm, AS_LIST(e), slice(N, N, v_int(-2))));
  expect_repr(e, "[0, 2, 4]");
  assert_true(list_delitem(vm, AS_LIST(e), slice(v_int(1), N, N)));
  expect_repr(e, "[0]");
  expect_fail(list_delitem(vm, AS_LIST(e), v_int(3)),
              "IndexError: list assignment index out of range");
}

static void test_compare_hash(void **state) {
  List *a = ints(2, 1, 2), *b = ints(2, 1, 3), *c = ints(3, 1, 2, 0);
  assert_int_equal(list_eq(vm, a, ints(2, 1, 2)), 1);
  assert_int_equal(list_eq(vm, a, b), 0);
  expect_repr(seq_richcompare(vm, a->items, a->len, b->items, b->len, CMP_LT), "True");
  expect_repr(seq_richcompare(vm, a->items, a->len, c->items, c->len, CMP_LT), "True");
  expect_repr(seq_richcompare(vm, c->items, c->len, a->items, a->len, CMP_LE), "False");
  expect_repr(seq_richcompare(vm, a->items, a->len, a->items, a->len, CMP_GE), "True");
  expect_repr(seq_richcompare(vm, a->items, a->len, b->items, b->len, CMP_NE), "True");
  int out;
  assert_int_equal(seq_cmp3(vm, a->items, a->len, b->items, b->len, &out), 0);
  assert_int_equal(out, -1);
  assert_int_equal(seq_cmp3(vm, c->items, c->len, a->items, a->len, &out), 0);
  assert_int_equal(out, 1);
  int64_t h;
  Tuple *t = tuple_from(vm, 2, (Value[]){v_int(1), v_int(2)});
  assert_true(tuple_hash(vm, t, &h));
  assert_int_equal(h, 3713081631934410656LL);
  assert_true(tuple_hash(vm, tuple_new(vm, 0), &h));
  assert_int_equal(h, 3527539LL);
  Tuple *u = tuple_from(vm, 1, (Value[]){L(a)});
  assert_false(tuple_hash(vm, u, &h));
  assert_string_equal(exc_text(), "TypeError: unhashable type: 'list'");
}

static void test_concat_contains(void **state) {
  expect_repr(list_concat(vm, ints(1, 1), L(ints(1, 2))), "[1, 2]");
  Value t1 = v_obj(tuple_from(vm, 1, (Value[]){v_int(3)}));
  expect_error(list_concat(vm, ints(1, 1), t1),
               "TypeError: can only concatenate list (not \"tuple\") to list");
  expect_repr(tuple_concat(vm, AS_TUPLE(t1), t1), "(3, 3)");
  expect_error(tuple_concat(vm, AS_TUPLE(t1), L(ints(0))),
               "TypeError: can only concatenate tuple (not \"list\") to tuple");
  expect_repr(L(list_repeat(vm, ints(2, 1, 2), 2)), "[1, 2, 1, 2]");
  expect_repr(L(list_repeat(vm, ints(2, 1, 2), -1)), "[]");
  expect_repr(v_obj(tuple_repeat(vm, AS_TUPLE(t1), 3)), "(3, 3, 3)");
  expect_error(seq_repeat(vm, L(ints(1, 1)), v_float(2.0)),
               "TypeError: can't multiply sequence by non-int of type 'float'");
  assert_int_equal(list_contains(vm, ints(2, 1, 2), v_float(2.0)), 1);
  assert_int_equal(list_contains(vm, ints(2, 1, 2), v_int(3)), 0);
  assert_int_equal(tuple_contains(vm, AS_TUPLE(t1), v_int(3)), 1);
  List *l = ints(1, 1);
  assert_true(list_extend(vm, l, S("ab")));
  assert_true(list_extend(vm, l, t1));
  assert_true(list_extend(vm, l, L(l)));
  expect_repr(L(l), "[1, 'a', 'b', 3, 1, 'a', 'b', 3]");
}

static void test_methods(void **state) {
  Value l = L(ints(3, 1, 2, 1));
  expect_repr(call(l, "index", 1, v_int(2)), "1");
  expect_repr(call(l, "index", 2, v_int(1), v_int(1)), "2");
  expect_repr(call(l, "index", 2, v_int(1), v_int(-1)), "2");
  expect_error(call(l, "index", 3, v_int(1), v_int(1), v_int(2)), "ValueError: 1 is not in list");
  expect_error(call(l, "index", 1, v_int(5)), "ValueError: 5 is not in list");
  expect_repr(call(l, "count", 1, v_int(1)), "2");
  expect_repr(call(l, "append", 1, v_int(4)), "None");
  expect_repr(call(l, "insert", 2, v_int(-1), v_int(7)), "None");
  expect_repr(call(l, "insert", 2, v_int(100), v_int(8)), "None");
  expect_repr(l, "[1, 2, 1, 7, 4, 8]");
  expect_error(call(l, "insert", 2, v_float(1.5), v_int(2)),
               "TypeError: integer argument expected, got float");
  expect_repr(call(l, "pop", 0), "8");
  expect_repr(call(l, "pop", 1, v_int(0)), "1");
  expect_error(call(l, "pop", 1, v_int(10)), "IndexError: pop index out of range");
  expect_error(call(L(ints(0)), "pop", 0), "IndexError: pop from empty list");
  expect_repr(call(l, "remove", 1, v_int(7)), "None");
  expect_error(call(l, "remove", 1, v_int(7)), "ValueError: list.remove(x): x not in list");
  expect_repr(call(l, "reverse", 0), "None");
  expect_repr(l, "[4, 1, 2]");
  expect_error(call(l, "append", 0), "TypeError: append() takes exactly one argument (0 given)");
  expect_error(call(l, "pop", 2, v_int(1), v_int(2)),
               "TypeError: pop() takes at most 1 argument (2 given)");
  Value t = v_obj(tuple_from(vm, 3, (Value[]){v_int(1), v_int(2), v_int(2)}));
  expect_repr(call(t, "count", 1, v_int(2)), "2");
  expect_repr(call(t, "index", 1, v_int(2)), "1");
  expect_error(call(t, "index", 1, v_int(5)), "ValueError: tuple.index(x): x not in tuple");
}

static Value key_neg(VM *vm_, int argc, Value *argv, Dict *kw) { return v_int(-argv[0].u.i); }
static Value key_mod3(VM *vm_, int argc, Value *argv, Dict *kw) { return v_int(argv[0].u.i % 3); }
static Value cmp_rev(VM *vm_, int argc, Value *argv, Dict *kw) {
  return v_int(argv[1].u.i < argv[0].u.i ? -1 : argv[1].u.i > argv[0].u.i);
}
static Value cmp_bad(VM *vm_, int argc, Value *argv, Dict *kw) { return v_float(1.0); }

static void test_sort(void **state) {
  List *l = ints(23, 5, 4, 3, 2, 1, 0, 9, 8, 7, 6, 15, 14, 13, 12, 11, 10, 19, 18, 17, 16, 20, 25, 21);
  assert_true(list_sort(vm, l, v_null(), v_null(), false));
  expect_repr(L(l), "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 25]");
  Value neg = v_obj(cfunc_new(vm, "neg", key_neg, 1, 1, false));
  assert_true(list_sort(vm, l, v_none(), neg, false));
  assert_int_equal(l->items[0].u.i, 25);
  /* stability, with and without reverse */
  List *m = ints(9, 1, 2, 3, 4, 5, 6, 7, 8, 9);
  Value mod3 = v_obj(cfunc_new(vm, "mod3", key_mod3, 1, 1, false));
  assert_true(list_sort(vm, m, v_null(), mod3, false));
  expect_repr(L(m), "[3, 6, 9, 1, 4, 7, 2, 5, 8]");
  List *r = ints(9, 1, 2, 3, 4, 5, 6, 7, 8, 9);
  assert_true(list_sort(vm, r, v_null(), mod3, true));
  expect_repr(L(r), "[2, 5, 8, 1, 4, 7, 3, 6, 9]");
  Value rev = v_obj(cfunc_new(vm, "rev", cmp_rev, 2, 2, false));
  assert_true(list_sort(vm, m, rev, v_null(), false));
  expect_repr(L(m), "[9, 8, 7, 6, 5, 4, 3, 2, 1]");
  Value bad = v_obj(cfunc_new(vm, "bad", cmp_bad, 2, 2, false));
  expect_fail(list_sort(vm, m, bad, v_null(), false),
              "TypeError: comparison function must return int, not float");
  assert_int_equal(m->len, 9);
  /* mixed types use the py2 order; strs */
  Value s = list_sorted(vm, S("hello"), v_null(), v_null(), false);
  expect_repr(s, "['e', 'h', 'l', 'l', 'o']");
  List *f = list_from(vm, 3, (Value[]){v_int(3), v_float(1.5), v_int(2)});
  expect_repr(list_sorted(vm, L(f), v_null(), v_null(), true), "[3, 2, 1.5]");
  expect_repr(L(f), "[3, 1.5, 2]");
  /* the method with keywords */
  Value lv = L(ints(3, 2, 3, 1));
  Dict *kw = dict_new(vm);
  dict_set_str(vm, kw, str_intern_cstr(vm, "reverse"), v_bool(true));
  Value argv[1] = {lv};
  Value sortm = class_lookup(vm, vm->cls[T_LIST], str_intern_cstr(vm, "sort"));
  assert_int_equal(sortm.tag, T_CFUNC);
  expect_repr(AS_CFUNC(sortm)->fn(vm, 1, argv, kw), "None");
  expect_repr(lv, "[3, 2, 1]");
  dict_set_str(vm, kw, str_intern_cstr(vm, "foo"), v_bool(true));
  expect_error(AS_CFUNC(sortm)->fn(vm, 1, argv, kw),
               "TypeError: 'foo' is an invalid keyword argument for this function");
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown(test_basics, setup, teardown),
    cmocka_unit_test_setup_teardown(test_recursive_repr, setup, teardown),
    cmocka_unit_test_setup_teardown(test_getitem, setup, teardown),
    cmocka_unit_test_setup_teardown(test_setitem_delitem, setup, teardown),
    cmocka_unit_test_setup_teardown(test_compare_hash, setup, teardown),
    cmocka_unit_test_setup_teardown(test_concat_contains, setup, teardown),
    cmocka_unit_test_setup_teardown(test_methods, setup, teardown),
    cmocka_unit_test_setup_teardown(test_sort, setup, teardown),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
