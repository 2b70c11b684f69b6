/*
** test_dict.c: unit tests of vm/obj_dict.c and vm/obj_set.c: the ordered
** dict table (growth, deletion, str/int/float key equivalence), the dict
** methods and iterators, and sets/frozensets with CPython 2.7's iteration
** order, algebra and hashing. Fresh VM per test.
*/
#define TEST_FIXTURE_VM
#include "test_util.h"

static Value ints(int n, ...) {
  List *l = list_new(vm, 0);
  va_list ap;
  va_start(ap, n);
  for (int i = 0; i < n; i++) list_append(vm, l, v_int(va_arg(ap, int)));
  va_end(ap);
  return v_obj(l);
}

static Value pair(Value a, Value b) { return v_obj(tuple_from(vm, 2, (Value[]){a, b})); }

static Value set_of(Value iterable, bool frozen) {
  Set *s = set_from_iterable(vm, iterable, frozen);
  return s ? v_obj(s) : v_null();
}

static void test_table(void **state) {
  Dict *d = dict_new(vm);
  char key[32];
  for (int i = 0; i < 2000; i++) {
    snprintf(key, sizeof key, "k%d", i);
    assert_true(dict_set(vm, d, S(key), v_int(i)));
  }
  assert_int_equal(d->used, 2000);
  for (int i = 0; i < 2000; i += 2) {
    snprintf(key, sizeof key, "k%d", i);
    assert_int_equal(dict_del(vm, d, S(key)), 1);
  }
  assert_int_equal(dict_del(vm, d, S("k0")), 0);
  assert_int_equal(d->used, 1000);
  for (int i = 0; i < 2000; i++) {
    snprintf(key, sizeof key, "k%d", i);
    Value v = dict_get(vm, d, S(key));
    if (i % 2) assert_int_equal(v.u.i, i);
    else assert_true(v_isnull(v) && v_isnull(vm->exc));
  }
  /* order: insertion order of the survivors */
  Value k, v;
  int64_t pos = 0;
  assert_true(dict_next(d, &pos, &k, &v));
  assert_string_equal(AS_STR(k)->data, "k1");
  /* interned fast path */
  Str *name = str_intern_cstr(vm, "k7");
  assert_int_equal(dict_get_str(vm, d, name).u.i, 7);
  assert_true(dict_find_str(d, name) >= 0);
  assert_true(dict_set_str(vm, d, str_intern_cstr(vm, "new"), v_int(-1)));
  assert_int_equal(dict_get(vm, d, S("new")).u.i, -1);
  /* layout changes on insert and delete, not on update */
  uint64_t lay = d->layout;
  dict_set(vm, d, S("new"), v_int(5));
  assert_int_equal(d->layout, lay);
  dict_set(vm, d, S("newer"), v_int(5));
  assert_true(d->layout != lay);
}

static void test_numeric_keys(void **state) {
  Dict *d = dict_new(vm);
  dict_set(vm, d, v_int(1), S("x"));
  expect_repr(dict_get(vm, d, v_float(1.0)), "'x'");
  expect_repr(dict_get(vm, d, v_bool(true)), "'x'");
  dict_set(vm, d, v_float(1.0), S("y"));
  assert_int_equal(d->used, 1);
  expect_repr(v_obj(d), "{1: 'y'}");
  dict_set(vm, d, pair(v_int(1), v_int(2)), v_none());
  expect_repr(dict_get(vm, d, pair(v_float(1.0), v_int(2))), "None");
  expect_error(dict_getitem(vm, d, S("x")), "KeyError: 'x'");
  expect_error(dict_getitem(vm, d, pair(v_int(1), v_int(3))), "KeyError: (1, 3)");
  assert_false(dict_set(vm, d, ints(1, 1), v_none()));
  assert_string_equal(exc_text(), "TypeError: unhashable type: 'list'");
  assert_int_equal(dict_contains(vm, d, ints(0)), -1);
  vm_exc_clear(vm);
  assert_false(dict_delitem(vm, d, v_int(7)));
  assert_string_equal(exc_text(), "KeyError: 7");
}

static void test_repr_eq_cmp(void **state) {
  Dict *d = dict_new(vm);
  expect_repr(v_obj(d), "{}");
  dict_set(vm, d, S("a"), v_int(1));
  dict_set(vm, d, v_int(2), S("b"));
  expect_repr(v_obj(d), "{'a': 1, 2: 'b'}");
  dict_set(vm, d, S("self"), v_obj(d));
  expect_repr(v_obj(d), "{'a': 1, 2: 'b', 'self': {...}}");
  Dict *c = dict_copy(vm, d);
  assert_int_equal(dict_eq(vm, c, d), 1);
  dict_set(vm, c, S("a"), v_float(1.0));
  assert_int_equal(dict_eq(vm, c, d), 1);
  dict_set(vm, c, S("a"), v_int(2));
  assert_int_equal(dict_eq(vm, c, d), 0);
  Dict *x = dict_new(vm), *y = dict_new(vm);
  dict_set(vm, x, v_int(1), v_int(2));
  dict_set(vm, y, v_int(1), v_int(3));
  int out;
  assert_int_equal(dict_cmp3(vm, x, y, &out), 0);
  assert_int_equal(out, -1);
  dict_set(vm, y, v_int(1), v_int(2));
  assert_int_equal(dict_cmp3(vm, x, y, &out), 0);
  assert_int_equal(out, 0);
  dict_set(vm, y, v_int(3), v_int(4));
  assert_int_equal(dict_cmp3(vm, x, y, &out), 0);
  assert_int_equal(out, -1);
}

static void test_methods(void **state) {
  Dict *d = dict_new(vm);
  Value dv = v_obj(d);
  dict_set(vm, d, S("a"), v_int(1));
  expect_repr(call(dv, "get", 1, S("a")), "1");
  expect_repr(call(dv, "get", 1, S("b")), "None");
  expect_repr(call(dv, "get", 2, S("b"), v_int(5)), "5");
  expect_error(call(dv, "get", 0), "TypeError: get expected at least 1 arguments, got 0");
  expect_repr(call(dv, "keys", 0), "['a']");
  expect_repr(call(dv, "values", 0), "[1]");
  expect_repr(call(dv, "items", 0), "[('a', 1)]");
  expect_repr(call(dv, "has_key", 1, S("a")), "True");
  expect_repr(call(dv, "setdefault", 2, S("b"), v_int(5)), "5");
  expect_repr(call(dv, "setdefault", 2, S("b"), v_int(6)), "5");
  expect_repr(call(dv, "pop", 1, S("b")), "5");
  expect_error(call(dv, "pop", 1, S("b")), "KeyError: 'b'");
  expect_repr(call(dv, "pop", 2, S("b"), v_int(3)), "3");
  expect_repr(call(dv, "popitem", 0), "('a', 1)");
  expect_error(call(dv, "popitem", 0), "KeyError: 'popitem(): dictionary is empty'");
  expect_repr(call(dv, "update", 1, v_obj(list_from(vm, 1, (Value[]){pair(S("x"), v_int(1))}))), "None");
  expect_repr(dv, "{'x': 1}");
  Value bad = v_obj(list_from(vm, 1, (Value[]){v_obj(tuple_new(vm, 3))}));
  expect_error(call(dv, "update", 1, bad),
               "ValueError: dictionary update sequence element #0 has length 3; 2 is required");
  expect_error(call(dv, "update", 1, ints(1, 1)),
               "TypeError: cannot convert dictionary update sequence element #0 to a sequence");
  Dict *kw = dict_new(vm);
  dict_set_str(vm, kw, str_intern_cstr(vm, "k"), v_int(9));
  assert_true(dict_merge_kw(vm, d, kw));
  expect_repr(dv, "{'x': 1, 'k': 9}");
  expect_repr(call(dv, "copy", 0), "{'x': 1, 'k': 9}");
  expect_repr(call(dv, "clear", 0), "None");
  expect_repr(dv, "{}");
  expect_repr(call(dv, "fromkeys", 2, S("ab"), v_int(0)), "{'a': 0, 'b': 0}");
  expect_repr(call(dv, "fromkeys", 1, ints(2, 1, 2)), "{1: None, 2: None}");
}

static void test_iterators(void **state) {
  Dict *d = dict_new(vm);
  dict_set(vm, d, S("a"), v_int(1));
  dict_set(vm, d, S("b"), v_int(2));
  Value it = dict_iter_new(vm, v_obj(d), IT_DICT_ITEMS);
  expect_repr(dict_iter_next(vm, (Iter *)it.u.o), "('a', 1)");
  expect_repr(dict_iter_next(vm, (Iter *)it.u.o), "('b', 2)");
  assert_true(v_isnull(dict_iter_next(vm, (Iter *)it.u.o)) && v_isnull(vm->exc));
  it = dict_iter_new(vm, v_obj(d), IT_DICT_VALUES);
  expect_repr(dict_iter_next(vm, (Iter *)it.u.o), "1");
  dict_set(vm, d, S("c"), v_int(3));
  expect_error(dict_iter_next(vm, (Iter *)it.u.o),
               "RuntimeError: dictionary changed size during iteration");
  Value s = set_of(ints(3, 3, 1, 2), false);
  it = dict_iter_new(vm, s, IT_DICT_KEYS);
  expect_repr(dict_iter_next(vm, (Iter *)it.u.o), "1");
  set_add(vm, AS_SET(s), v_int(10));
  expect_error(dict_iter_next(vm, (Iter *)it.u.o),
               "RuntimeError: Set changed size during iteration");
}

static void test_set_order_repr_hash(void **state) {
  Value v = v_obj(list_from(vm, 7, (Value[]){v_int(3), v_int(1), v_int(2), S("a"), S("b"),
                                             v_int(10), v_int(100)}));
  expect_repr(set_of(v, false), "set(['a', 1, 2, 3, 100, 10, 'b'])");
  expect_repr(set_of(S("abcdefgh"), false), "set(['a', 'c', 'b', 'e', 'd', 'g', 'f', 'h'])");
  expect_repr(set_of(v_null(), false), "set([])");
  expect_repr(set_of(v_null(), true), "frozenset([])");
  expect_repr(set_of(ints(3, 1, 1, 1), true), "frozenset([1])");
  Value mixed = v_obj(list_from(vm, 5, (Value[]){v_float(1.5), v_float(2.5), v_int(-1), S("abc"),
                                                 pair(v_int(1), v_int(2))}));
  expect_repr(set_of(mixed, false), "set([1.5, 2.5, 'abc', (1, 2), -1])");
  int64_t h;
  assert_true(frozenset_hash(vm, AS_SET(set_of(ints(2, 1, 2), true)), &h));
  assert_int_equal(h, -1834016341293975159LL);
  Value sv = set_of(ints(2, 1, 2), false);
  set_add(vm, AS_SET(sv), sv);  /* unhashable: a set */
  assert_string_equal(exc_text(), "TypeError: unhashable type: 'set'");
  Value fs = set_of(ints(1, 1), true);
  Value outer = set_of(v_obj(list_from(vm, 1, &fs)), false);
  assert_int_equal(set_contains(vm, AS_SET(outer), set_of(ints(1, 1), false)), 1);
  expect_repr(outer, "set([frozenset([1])])");
}

static void test_set_ops(void **state) {
  Value a = set_of(ints(3, 1, 2, 3), false), b = set_of(ints(2, 3, 4), false);
  expect_repr(set_binop(vm, OP_BINARY_OR, a, b), "set([1, 2, 3, 4])");
  expect_repr(set_binop(vm, OP_BINARY_AND, a, b), "set([3])");
  expect_repr(set_binop(vm, OP_BINARY_SUB, a, b), "set([1, 2])");
  expect_repr(set_binop(vm, OP_BINARY_XOR, a, b), "set([1, 2, 4])");
  Value f = set_of(ints(1, 1), true);
  expect_repr(set_binop(vm, OP_BINARY_OR, f, b), "frozenset([1, 3, 4])");
  assert_true(v_isnull(set_binop(vm, OP_BINARY_OR, a, ints(0))) && v_isnull(vm->exc));
  Value c = set_of(a, false);
  assert_ptr_equal(set_binop(vm, OP_INPLACE_AND, c, b).u.o, c.u.o);
  expect_repr(c, "set([3])");
  expect_repr(set_richcompare(vm, AS_SET(c), a, CMP_LT), "True");
  expect_repr(set_richcompare(vm, AS_SET(a), a, CMP_LT), "False");
  expect_repr(set_richcompare(vm, AS_SET(a), a, CMP_LE), "True");
  expect_repr(set_richcompare(vm, AS_SET(a), ints(0), CMP_EQ), "False");
  expect_repr(set_richcompare(vm, AS_SET(f), set_of(ints(1, 1), false), CMP_EQ), "True");
  expect_repr(call(a, "union", 2, ints(1, 5), ints(1, 6)), "set([1, 2, 3, 5, 6])");
  expect_repr(call(a, "intersection", 2, ints(2, 2, 3), ints(1, 3)), "set([3])");
  expect_repr(call(a, "difference", 2, ints(1, 2), ints(1, 3)), "set([1])");
  expect_repr(call(a, "symmetric_difference", 1, ints(2, 3, 4)), "set([1, 2, 4])");
  expect_repr(call(a, "issubset", 1, ints(4, 1, 2, 3, 4)), "True");
  expect_repr(call(a, "issuperset", 1, ints(1, 1)), "True");
  expect_repr(call(a, "isdisjoint", 1, ints(1, 9)), "True");
  expect_repr(call(a, "add", 1, v_int(7)), "None");
  expect_repr(call(a, "remove", 1, v_int(7)), "None");
  expect_error(call(a, "remove", 1, v_int(7)), "KeyError: 7");
  expect_repr(call(a, "discard", 1, v_int(7)), "None");
  expect_repr(call(a, "pop", 0), "1");
  expect_repr(call(a, "pop", 0), "2");
  expect_repr(a, "set([3])");
  expect_repr(call(a, "clear", 0), "None");
  expect_error(call(a, "pop", 0), "KeyError: 'pop from an empty set'");
  assert_ptr_equal(call(f, "copy", 0).u.o, f.u.o);
  expect_repr(call(f, "union", 0), "frozenset([1])");
  assert_int_equal(set_contains(vm, AS_SET(set_of(ints(1, 1), false)), v_float(1.0)), 1);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown(test_table, setup, teardown),
    cmocka_unit_test_setup_teardown(test_numeric_keys, setup, teardown),
    cmocka_unit_test_setup_teardown(test_repr_eq_cmp, setup, teardown),
    cmocka_unit_test_setup_teardown(test_methods, setup, teardown),
    cmocka_unit_test_setup_teardown(test_iterators, setup, teardown),
    cmocka_unit_test_setup_teardown(test_set_order_repr_hash, setup, teardown),
    cmocka_unit_test_setup_teardown(test_set_ops, setup, teardown),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
