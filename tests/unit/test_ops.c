/*
** test_ops.c: unit tests of vm/obj_ops.c (operators, comparison, hash,
** truth, str/repr) against CPython 2.7's results. A fresh VM per test.
*/
#define TEST_FIXTURE_VM
#include "test_util.h"

static const char *str(Value v) {
  Str *s = vm_str(vm, v);
  assert_non_null(s);
  return s->data;
}

static Value bin(Opcode op, Value a, Value b) { return vm_binop(vm, op, a, b); }

static void expect_int(Value v, int64_t i) {
  assert_int_equal(v.tag, T_INT);
  assert_int_equal(v.u.i, i);
}

static void expect_float(Value v, double d) {
  assert_int_equal(v.tag, T_FLOAT);
  assert_true(v.u.f == d);
}

static void test_int_arith(void **state) {
  expect_int(bin(OP_BINARY_ADD, v_int(2), v_int(3)), 5);
  expect_int(bin(OP_BINARY_DIV, v_int(7), v_int(2)), 3);
  expect_int(bin(OP_BINARY_DIV, v_int(-7), v_int(2)), -4);
  expect_int(bin(OP_BINARY_DIV, v_int(5), v_int(-2)), -3);
  expect_int(bin(OP_BINARY_FLOORDIV, v_int(-7), v_int(2)), -4);
  expect_int(bin(OP_BINARY_MOD, v_int(-7), v_int(3)), 2);
  expect_int(bin(OP_BINARY_MOD, v_int(7), v_int(-3)), -2);
  expect_int(bin(OP_BINARY_POW, v_int(2), v_int(10)), 1024);
  expect_int(bin(OP_BINARY_POW, v_int(-2), v_int(3)), -8);
  expect_float(bin(OP_BINARY_POW, v_int(2), v_int(-1)), 0.5);
  assert_string_equal(repr(bin(OP_BINARY_POW, v_int(3), v_int(-2))), "0.1111111111111111");
  expect_int(bin(OP_BINARY_LSHIFT, v_int(1), v_int(3)), 8);
  expect_int(bin(OP_BINARY_RSHIFT, v_int(-8), v_int(1)), -4);
  expect_int(bin(OP_BINARY_RSHIFT, v_int(-8), v_int(100)), -1);
  expect_int(bin(OP_BINARY_AND, v_int(12), v_int(10)), 8);
  expect_int(bin(OP_BINARY_OR, v_int(12), v_int(10)), 14);
  expect_int(bin(OP_BINARY_XOR, v_int(12), v_int(10)), 6);
  expect_int(bin(OP_INPLACE_SUB, v_int(12), v_int(10)), 2);
  expect_float(bin(OP_BINARY_TRUEDIV, v_int(1), v_int(2)), 0.5);
  expect_error(bin(OP_BINARY_DIV, v_int(1), v_int(0)),
               "ZeroDivisionError: integer division or modulo by zero");
  expect_error(bin(OP_BINARY_MOD, v_int(1), v_int(0)),
               "ZeroDivisionError: integer division or modulo by zero");
  expect_error(bin(OP_BINARY_TRUEDIV, v_int(1), v_int(0)), "ZeroDivisionError: division by zero");
  expect_error(bin(OP_BINARY_POW, v_int(0), v_int(-1)),
               "ZeroDivisionError: 0.0 cannot be raised to a negative power");
  expect_error(bin(OP_BINARY_LSHIFT, v_int(1), v_int(-1)), "ValueError: negative shift count");
  /* int results that overflow int64 promote to long */
  assert_string_equal(repr(bin(OP_BINARY_ADD, v_int(INT64_MAX), v_int(1))),
                      "9223372036854775808L");
  assert_string_equal(repr(bin(OP_BINARY_MUL, v_int(INT64_MAX), v_int(2))),
                      "18446744073709551614L");
  assert_string_equal(repr(bin(OP_BINARY_LSHIFT, v_int(1), v_int(63))), "9223372036854775808L");
  assert_string_equal(repr(bin(OP_BINARY_POW, v_int(2), v_int(63))), "9223372036854775808L");
  expect_int(bin(OP_BINARY_POW, v_int(2), v_int(62)), (int64_t)1 << 62);
}

static void test_float_arith(void **state) {
  expect_float(bin(OP_BINARY_MOD, v_float(7.5), v_int(-2)), -0.5);
  expect_float(bin(OP_BINARY_FLOORDIV, v_float(-7.5), v_int(2)), -4.0);
  expect_float(bin(OP_BINARY_FLOORDIV, v_int(5), v_float(0.5)), 10.0);
  expect_float(bin(OP_BINARY_DIV, v_int(1), v_float(4.0)), 0.25);
  expect_float(bin(OP_BINARY_ADD, v_bool(true), v_float(1.5)), 2.5);
  expect_float(bin(OP_BINARY_POW, v_float(-2.0), v_int(3)), -8.0);
  assert_string_equal(repr(bin(OP_BINARY_POW, v_int(2), v_float(0.5))), "1.4142135623730951");
  assert_string_equal(repr(bin(OP_BINARY_MOD, v_float(-0.0), v_int(5))), "0.0");
  expect_error(bin(OP_BINARY_DIV, v_float(1.0), v_int(0)),
               "ZeroDivisionError: float division by zero");
  expect_error(bin(OP_BINARY_MOD, v_int(1), v_float(0.0)), "ZeroDivisionError: float modulo");
  expect_error(bin(OP_BINARY_FLOORDIV, v_float(1.0), v_int(0)),
               "ZeroDivisionError: float divmod()");
  expect_error(bin(OP_BINARY_POW, v_float(-8.0), v_float(0.5)),
               "ValueError: negative number cannot be raised to a fractional power");
  expect_error(bin(OP_BINARY_POW, v_float(10.0), v_int(400)),
               "OverflowError: (34, 'Numerical result out of range')");
  expect_error(bin(OP_BINARY_LSHIFT, v_float(1.0), v_int(1)),
               "TypeError: unsupported operand type(s) for <<: 'float' and 'int'");
  Value d = vm_divmod(vm, v_float(-7.5), v_int(2));
  assert_string_equal(repr(d), "(-4.0, 0.5)");
  d = vm_divmod(vm, v_int(7), v_int(-2));
  assert_string_equal(repr(d), "(-4, -1)");
}

static void test_bool_arith(void **state) {
  expect_int(bin(OP_BINARY_ADD, v_bool(true), v_bool(true)), 2);
  Value r = bin(OP_BINARY_AND, v_bool(true), v_bool(true));
  assert_int_equal(r.tag, T_BOOL);
  assert_int_equal(r.u.i, 1);
  expect_int(bin(OP_BINARY_OR, v_bool(true), v_int(0)), 1);
  expect_int(vm_unop(vm, OP_UNARY_INVERT, v_bool(true)), -2);
  expect_int(vm_unop(vm, OP_UNARY_NEGATIVE, v_bool(true)), -1);
  expect_int(vm_unop(vm, OP_UNARY_POSITIVE, v_bool(true)), 1);
}

static void test_unary(void **state) {
  expect_float(vm_unop(vm, OP_UNARY_NEGATIVE, v_float(1.5)), -1.5);
  Value r = vm_unop(vm, OP_UNARY_NOT, v_obj(list_new(vm, 0)));
  assert_int_equal(r.tag, T_BOOL);
  assert_int_equal(r.u.i, 1);
  r = vm_unop(vm, OP_UNARY_CONVERT, S("a"));
  assert_string_equal(AS_STR(r)->data, "'a'");
  expect_error(vm_unop(vm, OP_UNARY_NEGATIVE, S("a")),
               "TypeError: bad operand type for unary -: 'str'");
  expect_error(vm_unop(vm, OP_UNARY_POSITIVE, S("a")),
               "TypeError: bad operand type for unary +: 'str'");
  expect_error(vm_unop(vm, OP_UNARY_INVERT, v_float(1.5)),
               "TypeError: bad operand type for unary ~: 'float'");
  assert_string_equal(repr(vm_unop(vm, OP_UNARY_NEGATIVE, v_int(INT64_MIN))),
                      "9223372036854775808L");
}

static void test_sequences(void **state) {
  assert_string_equal(str(bin(OP_BINARY_MUL, S("ab"), v_int(3))), "ababab");
  assert_string_equal(str(bin(OP_BINARY_MUL, v_int(3), S("ab"))), "ababab");
  assert_string_equal(str(bin(OP_BINARY_ADD, S("ab"), S("cd"))), "abcd");
  expect_error(bin(OP_BINARY_ADD, S("a"), v_int(1)),
               "TypeError: cannot concatenate 'str' and 'int' objects");
  expect_error(bin(OP_BINARY_ADD, v_int(1), S("a")),
               "TypeError: unsupported operand type(s) for +: 'int' and 'str'");
  expect_error(bin(OP_INPLACE_ADD, v_int(1), S("a")),
               "TypeError: unsupported operand type(s) for +=: 'int' and 'str'");
  expect_error(bin(OP_BINARY_ADD, v_int(1), v_none()),
               "TypeError: unsupported operand type(s) for +: 'int' and 'NoneType'");
  expect_error(bin(OP_BINARY_POW, S("a"), v_int(2)),
               "TypeError: unsupported operand type(s) for ** or pow(): 'str' and 'int'");
  Value l = v_obj(list_from(vm, 1, (Value[]){v_int(1)}));
  expect_error(bin(OP_BINARY_MUL, l, v_float(1.5)),
               "TypeError: can't multiply sequence by non-int of type 'float'");
  expect_error(bin(OP_BINARY_MUL, v_float(1.5), l),
               "TypeError: can't multiply sequence by non-int of type 'float'");
  Value d = v_obj(dict_new(vm));
  expect_error(bin(OP_BINARY_ADD, d, d),
               "TypeError: unsupported operand type(s) for +: 'dict' and 'dict'");
  /* list += iterable extends in place */
  Value t = v_obj(tuple_from(vm, 2, (Value[]){v_int(2), v_int(3)}));
  Value r = bin(OP_INPLACE_ADD, l, t);
  assert_true(v_same(r, l));
  assert_string_equal(repr(l), "[1, 2, 3]");
  r = bin(OP_BINARY_ADD, l, l);
  assert_false(v_same(r, l));
  assert_string_equal(repr(r), "[1, 2, 3, 1, 2, 3]");
  r = bin(OP_BINARY_MOD, S("%d-%s"), v_obj(tuple_from(vm, 2, (Value[]){v_int(1), S("x")})));
  assert_string_equal(str(r), "1-x");
}

static bool cmp(CmpOp op, Value a, Value b) {
  Value r = vm_compare(vm, op, a, b);
  assert_int_equal(r.tag, T_BOOL);
  return r.u.i != 0;
}

static void test_compare(void **state) {
  assert_true(cmp(CMP_LT, v_int(1), v_float(2.5)));
  assert_true(cmp(CMP_EQ, v_int(1), v_float(1.0)));
  assert_true(cmp(CMP_EQ, v_bool(true), v_int(1)));
  assert_true(cmp(CMP_LT, v_int(9007199254740992), v_float(9007199254740993.0)) == false);
  assert_true(cmp(CMP_GT, v_int(9007199254740993), v_float(9007199254740992.0)));
  assert_true(cmp(CMP_LT, v_none(), v_int(0)));
  assert_true(cmp(CMP_LT, v_int(1), S("a")));
  assert_true(cmp(CMP_LT, v_obj(list_new(vm, 0)), v_obj(tuple_new(vm, 0))));
  assert_true(cmp(CMP_LT, S("abc"), S("abd")));
  assert_true(cmp(CMP_NE, S("abc"), S("abd")));
  Value a = v_obj(list_from(vm, 2, (Value[]){v_int(1), v_int(2)}));
  Value b = v_obj(list_from(vm, 2, (Value[]){v_int(1), v_int(3)}));
  assert_true(cmp(CMP_LT, a, b));
  assert_false(cmp(CMP_EQ, a, b));
  assert_true(cmp(CMP_IN, v_int(2), a));
  assert_true(cmp(CMP_NOT_IN, v_int(5), a));
  assert_true(cmp(CMP_IS, a, a));
  assert_true(cmp(CMP_IS_NOT, a, b));
  assert_false(cmp(CMP_GT, v_none(), v_none()));
  Value nan = v_float(0.0 / 0.0);
  assert_false(cmp(CMP_EQ, nan, nan));
  assert_true(cmp(CMP_NE, nan, v_int(1)));
  /* set vs non-set: default ordering by type name */
  Value s = v_obj(set_new(vm, false));
  assert_false(cmp(CMP_LT, s, b));
  assert_true(cmp(CMP_LT, b, s));
  assert_false(cmp(CMP_EQ, s, b));
  assert_int_equal(vm_equal(vm, v_int(1), v_float(1.0)), 1);
  assert_int_equal(vm_equal(vm, S("x"), S("x")), 1);
  assert_int_equal(vm_equal(vm, v_none(), v_int(0)), 0);
}

static void test_cmp3(void **state) {
  int c;
  assert_int_equal(vm_cmp(vm, v_int(1), S("a"), &c), 0);
  assert_int_equal(c, -1);
  assert_int_equal(vm_cmp(vm, v_none(), v_none(), &c), 0);
  assert_int_equal(c, 0);
  assert_int_equal(vm_cmp(vm, v_obj(list_new(vm, 0)), v_obj(tuple_new(vm, 0)), &c), 0);
  assert_int_equal(c, -1);
  assert_int_equal(vm_cmp(vm, S("b"), S("a"), &c), 0);
  assert_int_equal(c, 1);
  assert_int_equal(vm_cmp(vm, v_float(2.0), v_int(2), &c), 0);
  assert_int_equal(c, 0);
  Value s = v_obj(set_new(vm, false));
  assert_int_equal(vm_cmp(vm, s, s, &c), -1);
  assert_string_equal(exc_text(), "TypeError: cannot compare sets using cmp()");
}

static int64_t hash(Value v) {
  int64_t h;
  assert_true(vm_hash(vm, v, &h));
  return h;
}

static void test_hash(void **state) {
  assert_true(hash(v_int(1)) == hash(v_float(1.0)));
  assert_true(hash(v_int(1)) == hash(v_bool(true)));
  assert_true(hash(v_int(-1)) == -2);
  assert_true(hash(v_float(1.5)) == 1610645504);
  assert_true(hash(v_float(1099511627776.5)) == 1076133888);
  assert_true(hash(v_float(1.0 / 0.0)) == 314159);
  assert_true(hash(v_float(-0.0)) == 0);
  assert_true(hash(S("abc")) == hash(S("abc")));
  Value t1 = v_obj(tuple_from(vm, 2, (Value[]){v_int(1), S("a")}));
  Value t2 = v_obj(tuple_from(vm, 2, (Value[]){v_float(1.0), S("a")}));
  assert_true(hash(t1) == hash(t2));
  int64_t h;
  assert_false(vm_hash(vm, v_obj(list_new(vm, 0)), &h));
  assert_string_equal(exc_text(), "TypeError: unhashable type: 'list'");
  assert_false(vm_hash(vm, v_obj(dict_new(vm)), &h));
  assert_string_equal(exc_text(), "TypeError: unhashable type: 'dict'");
  Instance *o = instance_new(vm, vm->cls_object);
  assert_true(hash(v_obj(o)) == hash(v_obj(o)));
}

static void test_repr_str(void **state) {
  assert_string_equal(repr(v_int(-42)), "-42");
  assert_string_equal(repr(v_float(1.0)), "1.0");
  assert_string_equal(repr(v_float(0.1)), "0.1");
  assert_string_equal(str(v_float(1.0 / 3)), "0.333333333333");
  assert_string_equal(repr(v_float(1.0 / 3)), "0.3333333333333333");
  assert_string_equal(repr(v_none()), "None");
  assert_string_equal(str(v_bool(true)), "True");
  assert_string_equal(repr(S("it's")), "\"it's\"");
  assert_string_equal(str(S("it's")), "it's");
  assert_string_equal(repr(v_obj(list_from(vm, 2, (Value[]){v_int(1), S("a")}))), "[1, 'a']");
  assert_string_equal(repr(v_obj(vm->cls[T_INT])), "<type 'int'>");
  assert_string_equal(repr(v_obj(vm->cls[T_CFUNC])), "<type 'builtin_function_or_method'>");
  assert_string_equal(repr(v_obj(vm->cls[T_BOUND])), "<type 'instancemethod'>");
  assert_string_equal(repr(v_obj(vm->cls[T_NONE])), "<type 'NoneType'>");
  assert_string_equal(repr(v_obj(vm->cls_type)), "<type 'type'>");
  assert_string_equal(repr(v_obj(vm->cls_object)), "<type 'object'>");
  assert_string_equal(repr(v_obj(vm->exc_ValueError)), "<type 'exceptions.ValueError'>");
  assert_string_equal(repr(vm_not_implemented(vm)), "NotImplemented");
  assert_string_equal(repr(v_obj(vm_class_of(vm, vm_not_implemented(vm)))),
                      "<type 'NotImplementedType'>");
  assert_string_equal(repr(xrange_new(vm, 1, 10, 2)), "xrange(1, 11, 2)");
  assert_string_equal(repr(xrange_new(vm, 0, 10, 1)), "xrange(10)");
  assert_string_equal(repr(xrange_new(vm, 2, 10, 1)), "xrange(2, 10)");
  assert_string_equal(repr(xrange_new(vm, 0, -5, 1)), "xrange(0)");
  assert_string_equal(repr(slice_new(vm, v_int(1), v_int(2), v_none())), "slice(1, 2, None)");
  Instance *o = instance_new(vm, vm->cls_object);
  assert_true(strncmp(repr(v_obj(o)), "<object object at 0x", 20) == 0);
  assert_true(strncmp(str(v_obj(o)), "<object object at 0x", 20) == 0);
  Value len = dict_get_str(vm, vm->builtins, str_intern_cstr(vm, "len"));
  if (!v_isnull(len)) assert_string_equal(repr(len), "<built-in function len>");
}

static void test_truthy(void **state) {
  assert_int_equal(vm_truthy(vm, v_int(0)), 0);
  assert_int_equal(vm_truthy(vm, v_float(0.0)), 0);
  assert_int_equal(vm_truthy(vm, S("")), 0);
  assert_int_equal(vm_truthy(vm, v_none()), 0);
  assert_int_equal(vm_truthy(vm, v_obj(list_new(vm, 0))), 0);
  assert_int_equal(vm_truthy(vm, v_obj(dict_new(vm))), 0);
  assert_int_equal(vm_truthy(vm, v_obj(set_new(vm, false))), 0);
  assert_int_equal(vm_truthy(vm, xrange_new(vm, 0, 0, 1)), 0);
  assert_int_equal(vm_truthy(vm, v_int(-3)), 1);
  assert_int_equal(vm_truthy(vm, S("a")), 1);
  assert_int_equal(vm_truthy(vm, v_obj(list_from(vm, 1, (Value[]){v_int(0)}))), 1);
  assert_int_equal(vm_truthy(vm, v_obj(instance_new(vm, vm->cls_object))), 1);
  assert_int_equal(vm_truthy(vm, v_obj(vm->cls_object)), 1);
}

static void test_type_queries(void **state) {
  assert_string_equal(vm_type_name(vm, v_bool(false)), "bool");
  assert_string_equal(vm_type_name(vm, v_obj(vm->cls_object)), "type");
  assert_true(vm_isinstance(vm, v_bool(true), vm->cls[T_INT]));
  assert_true(vm_isinstance(vm, v_int(1), vm->cls_object));
  assert_true(vm_isinstance(vm, S("a"), vm->cls_basestring));
  assert_false(vm_isinstance(vm, v_int(1), vm->cls[T_FLOAT]));
  assert_true(vm_isinstance(vm, v_obj(vm->cls[T_INT]), vm->cls_type));
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown(test_int_arith, setup, teardown),
    cmocka_unit_test_setup_teardown(test_float_arith, setup, teardown),
    cmocka_unit_test_setup_teardown(test_bool_arith, setup, teardown),
    cmocka_unit_test_setup_teardown(test_unary, setup, teardown),
    cmocka_unit_test_setup_teardown(test_sequences, setup, teardown),
    cmocka_unit_test_setup_teardown(test_compare, setup, teardown),
    cmocka_unit_test_setup_teardown(test_cmp3, setup, teardown),
    cmocka_unit_test_setup_teardown(test_hash, setup, teardown),
    cmocka_unit_test_setup_teardown(test_repr_str, setup, teardown),
    cmocka_unit_test_setup_teardown(test_truthy, setup, teardown),
    cmocka_unit_test_setup_teardown(test_type_queries, setup, teardown),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
