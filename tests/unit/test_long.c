/*
** test_long.c: unit tests of vm/obj_long.c and vm/obj_num.c (Python 2's
** long on GMP: parsing, arithmetic, promotion of int overflow, rounding to
** float, hashing, text) against CPython 2.7's results. A fresh VM per test.
*/
#define TEST_FIXTURE_VM
#include "test_util.h"
#include <math.h>
#include "vm/long.h"

static Value L(const char *digits) {
  Value v = long_from_decimal_string(vm, digits);
  assert_int_equal(v.tag, T_LONG);
  return v;
}

static Value bin(Opcode op, Value a, Value b) { return vm_binop(vm, op, a, b); }

static void test_construct(void **state) {
  assert_string_equal(repr(long_from_i64(vm, 5)), "5L");
  assert_string_equal(repr(long_from_i64(vm, INT64_MIN)), "-9223372036854775808L");
  assert_string_equal(repr(long_from_u64(vm, UINT64_MAX)), "18446744073709551615L");
  assert_string_equal(repr(L("123456789012345678901234567890")),
                      "123456789012345678901234567890L");
  assert_string_equal(repr(L("-42")), "-42L");
  assert_string_equal(repr(long_from_double(vm, 1e30)), "1000000000000000019884624838656L");
  assert_string_equal(repr(long_from_double(vm, -5.9)), "-5L");
  assert_true(v_isnull(long_from_double(vm, NAN)));
  assert_string_equal(exc_text(), "ValueError: cannot convert float NaN to integer");
  assert_true(v_isnull(long_from_double(vm, INFINITY)));
  assert_string_equal(exc_text(), "OverflowError: cannot convert float infinity to integer");
  Str *s = long_str(vm, AS_LONG(L("-7")));
  assert_string_equal(s->data, "-7");
}

static void test_parse(void **state) {
  const char *t = " -0x1fL ";
  assert_string_equal(repr(long_from_str(vm, t, strlen(t), 16, "long")), "-31L");
  t = "0b101";
  assert_string_equal(repr(long_from_str(vm, t, strlen(t), 0, "long")), "5L");
  t = "017";
  assert_string_equal(repr(long_from_str(vm, t, strlen(t), 0, "long")), "15L");
  t = "- 5";
  assert_string_equal(repr(long_from_str(vm, t, strlen(t), 10, "long")), "-5L");
  t = "z";
  assert_string_equal(repr(long_from_str(vm, t, strlen(t), 36, "long")), "35L");
  t = "1_0";
  assert_true(v_isnull(long_from_str(vm, t, strlen(t), 10, "long")));
  assert_string_equal(exc_text(), "ValueError: invalid literal for long() with base 10: '1_0'");
  t = "";
  assert_true(v_isnull(long_from_str(vm, t, 0, 10, "int")));
  assert_string_equal(exc_text(), "ValueError: invalid literal for int() with base 10: ''");
  assert_true(v_isnull(long_from_str(vm, "1", 1, 37, "long")));
  assert_string_equal(exc_text(), "ValueError: long() base must be >= 2 and <= 36, or 0");
  /* int() of a string beyond int64 gives a long */
  t = "99999999999999999999";
  assert_string_equal(repr(vm_int_from_str(vm, t, strlen(t), 10)), "99999999999999999999L");
  t = "123";
  Value v = vm_int_from_str(vm, t, strlen(t), 10);
  assert_int_equal(v.tag, T_INT);
}

static void test_promotion(void **state) {
  assert_string_equal(repr(bin(OP_BINARY_ADD, v_int(INT64_MAX), v_int(1))),
                      "9223372036854775808L");
  assert_string_equal(repr(bin(OP_BINARY_SUB, v_int(INT64_MIN), v_int(1))),
                      "-9223372036854775809L");
  assert_string_equal(repr(bin(OP_INPLACE_MUL, v_int(INT64_MAX), v_int(3))),
                      "27670116110564327421L");
  assert_string_equal(repr(bin(OP_BINARY_FLOORDIV, v_int(INT64_MIN), v_int(-1))),
                      "9223372036854775808L");
  assert_string_equal(repr(bin(OP_BINARY_MOD, v_int(INT64_MIN), v_int(-1))), "0L");
  assert_string_equal(repr(vm_divmod(vm, v_int(INT64_MIN), v_int(-1))),
                      "(9223372036854775808L, 0L)");
  assert_string_equal(repr(bin(OP_BINARY_POW, v_int(3), v_int(40))), "12157665459056928801L");
  Value p = bin(OP_BINARY_POW, v_int(-2), v_int(63));
  assert_int_equal(p.tag, T_INT);
  assert_string_equal(repr(bin(OP_BINARY_LSHIFT, v_int(5), v_int(70))),
                      "5902958103587056517120L");
  assert_string_equal(repr(vm_unop(vm, OP_UNARY_NEGATIVE, v_int(INT64_MIN))),
                      "9223372036854775808L");
  /* results stay long */
  Value big = L("18446744073709551616");
  assert_string_equal(repr(bin(OP_BINARY_SUB, big, big)), "0L");
  assert_string_equal(repr(long_normalize(vm, bin(OP_BINARY_SUB, big, big))), "0");
}

static void test_arith(void **state) {
  Value a = L("1000000000000000000000000000000"), m = L("-7");
  assert_string_equal(repr(bin(OP_BINARY_FLOORDIV, a, v_int(-3))),
                      "-333333333333333333333333333334L");
  assert_string_equal(repr(bin(OP_BINARY_MOD, a, v_int(-3))), "-2L");
  assert_string_equal(repr(bin(OP_BINARY_MOD, m, v_int(2))), "1L");
  assert_string_equal(repr(bin(OP_BINARY_DIV, m, v_int(2))), "-4L");
  assert_string_equal(repr(vm_divmod(vm, m, v_int(2))), "(-4L, 1L)");
  assert_true(v_isnull(bin(OP_BINARY_MOD, a, v_int(0))));
  assert_string_equal(exc_text(), "ZeroDivisionError: long division or modulo by zero");
  assert_string_equal(repr(bin(OP_BINARY_POW, L("2"), v_int(100))),
                      "1267650600228229401496703205376L");
  assert_string_equal(repr(bin(OP_BINARY_POW, L("2"), v_int(-2))), "0.25");
  assert_string_equal(repr(long_powmod(vm, v_int(3), L("200"), v_int(-7))), "-5L");
  assert_true(v_isnull(long_powmod(vm, v_int(3), v_int(-1), v_int(7))));
  assert_string_equal(exc_text(), "TypeError: pow() 2nd argument cannot be negative when 3rd "
                                  "argument specified");
  /* mixed with floats */
  assert_string_equal(repr(bin(OP_BINARY_MUL, a, v_float(1.5))), "1.5000000000000002e+30");
  Value huge = bin(OP_BINARY_POW, L("2"), v_int(1024));
  assert_true(v_isnull(bin(OP_BINARY_ADD, huge, v_float(0.5))));
  assert_string_equal(exc_text(), "OverflowError: long int too large to convert to float");
}

static void test_bitwise(void **state) {
  Value a = bin(OP_BINARY_POW, L("2"), v_int(70));
  Value na = vm_unop(vm, OP_UNARY_NEGATIVE, a);
  assert_string_equal(repr(bin(OP_BINARY_OR, na, v_int(5))), "-1180591620717411303419L");
  assert_string_equal(repr(vm_unop(vm, OP_UNARY_INVERT, a)), "-1180591620717411303425L");
  assert_string_equal(repr(bin(OP_BINARY_AND, na, v_int(0xFFFF))), "0L");
  assert_string_equal(repr(bin(OP_BINARY_RSHIFT, na, v_int(3))), "-147573952589676412928L");
  assert_string_equal(repr(bin(OP_BINARY_RSHIFT, L("-1"), v_int(100))), "-1L");
  assert_true(v_isnull(bin(OP_BINARY_LSHIFT, L("1"), v_int(-1))));
  assert_string_equal(exc_text(), "ValueError: negative shift count");
  assert_true(v_isnull(bin(OP_BINARY_RSHIFT, v_int(1), a)));
  assert_string_equal(exc_text(), "OverflowError: long int too large to convert to int");
}

static void test_truediv_and_float(void **state) {
  double d;
  Value p53 = bin(OP_BINARY_ADD, bin(OP_BINARY_POW, L("2"), v_int(53)), v_int(1));
  assert_true(long_to_double(vm, p53, &d));
  assert_true(d == 9007199254740992.0);          /* ties to even */
  Value p = bin(OP_BINARY_ADD, bin(OP_BINARY_POW, L("2"), v_int(53)), v_int(3));
  assert_true(long_to_double(vm, p, &d));
  assert_true(d == 9007199254740996.0);
  Value t = long_truediv(vm, L("1000000000000000000000000000001"),
                         L("1000000000000000000000000000000"));
  assert_string_equal(repr(t), "1.0");
  t = long_truediv(vm, bin(OP_BINARY_POW, L("3"), v_int(100)),
                   bin(OP_BINARY_POW, L("2"), v_int(150)));
  assert_string_equal(repr(t), "361.0988641746495");
  t = long_truediv(vm, v_int(1), bin(OP_BINARY_POW, L("10"), v_int(400)));
  assert_string_equal(repr(t), "0.0");
  assert_true(v_isnull(long_truediv(vm, bin(OP_BINARY_POW, L("10"), v_int(400)), v_int(1))));
  assert_string_equal(exc_text(), "OverflowError: integer division result too large for a float");
  assert_true(v_isnull(long_truediv(vm, v_int(5), L("0"))));
  assert_string_equal(exc_text(), "ZeroDivisionError: division by zero");
  /* int / int beyond 2**53 is exact too */
  t = bin(OP_BINARY_TRUEDIV, v_int(9007199254740993), v_int(1));
  assert_string_equal(repr(t), "9007199254740992.0");
}

static void test_compare_hash(void **state) {
  Value p53 = bin(OP_BINARY_ADD, bin(OP_BINARY_POW, L("2"), v_int(53)), v_int(1));
  Value r = vm_compare(vm, CMP_GT, p53, v_float(9007199254740992.0));
  assert_true(r.tag == T_BOOL && r.u.i == 1);
  r = vm_compare(vm, CMP_EQ, L("5"), v_int(5));
  assert_true(r.tag == T_BOOL && r.u.i == 1);
  r = vm_compare(vm, CMP_NE, L("5"), v_float(NAN));
  assert_true(r.tag == T_BOOL && r.u.i == 1);
  assert_int_equal(vm_equal(vm, L("7"), v_float(7.0)), 1);
  int c;
  assert_int_equal(vm_cmp(vm, L("-3"), v_int(2), &c), 0);
  assert_int_equal(c, -1);
  int64_t h1, h2;
  assert_true(vm_hash(vm, L("-1"), &h1));
  assert_int_equal(h1, -2);
  assert_true(vm_hash(vm, L("12345"), &h1) && vm_hash(vm, v_int(12345), &h2));
  assert_int_equal(h1, h2);
  assert_true(vm_hash(vm, L("18446744073709551616"), &h1));
  assert_int_equal(h1, 1);
  assert_true(vm_hash(vm, L("9223372036854775808"), &h1));
  assert_int_equal(h1, INT64_MIN);
  Value big = bin(OP_BINARY_POW, L("2"), v_int(100));
  double d;
  assert_true(long_to_double(vm, big, &d));
  assert_true(vm_hash(vm, big, &h1) && vm_hash(vm, v_float(d), &h2));
  assert_int_equal(h1, h2);
  assert_int_equal(vm_truthy(vm, L("0")), 0);
  assert_int_equal(vm_truthy(vm, L("-3")), 1);
}

static void test_text(void **state) {
  Value big = bin(OP_BINARY_POW, L("2"), v_int(70));
  assert_string_equal(long_hexoct(vm, big, 16)->data, "0x400000000000000000L");
  assert_string_equal(long_hexoct(vm, L("-255"), 16)->data, "-0xffL");
  assert_string_equal(long_hexoct(vm, L("0"), 8)->data, "0L");
  assert_string_equal(long_hexoct(vm, L("-8"), 8)->data, "-010L");
  assert_string_equal(long_hexoct(vm, v_int(8), 8)->data, "010");
  Str *f = vm_format_percent(vm, str_from_cstr(vm, "%d|%#x|%o|%+d"),
                             v_obj(tuple_from(vm, 4, (Value[]){big, big, big, big})));
  assert_non_null(f);
  assert_string_equal(f->data, "1180591620717411303424|0x400000000000000000|"
                               "200000000000000000000000|+1180591620717411303424");
  Str *s = vm_str(vm, big);
  assert_string_equal(s->data, "1180591620717411303424");
  assert_int_equal((int)long_bit_length(big), 71);
  assert_int_equal((int)long_bit_length(v_int(-255)), 8);
}

static void test_limits(void **state) {
  /* a result too large to hold raises MemoryError instead of aborting */
  assert_true(v_isnull(bin(OP_BINARY_LSHIFT, L("1"), v_int((int64_t)1 << 40))));
  assert_string_equal(exc_text(), "MemoryError: ");
  assert_true(v_isnull(bin(OP_BINARY_POW, L("10"), L("100000000000000"))));
  assert_string_equal(exc_text(), "MemoryError: ");
  assert_string_equal(repr(bin(OP_BINARY_POW, L("-1"), L("100000000000000000001"))), "-1L");
  /* 10 ** 2**62: bits(10) * 2**62 wraps to 0 in 64 bits (GMP used to abort) */
  assert_true(v_isnull(bin(OP_BINARY_POW, v_int(10), L("4611686018427387904"))));
  assert_string_equal(exc_text(), "MemoryError: ");
  int64_t i;
  assert_false(long_to_i64(vm, bin(OP_BINARY_POW, L("2"), v_int(63)), &i));
  assert_string_equal(exc_text(), "OverflowError: long int too large to convert to int");
  assert_true(long_to_i64(vm, L("-9223372036854775808"), &i));
  assert_true(i == INT64_MIN);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown(test_construct, setup, teardown),
    cmocka_unit_test_setup_teardown(test_parse, setup, teardown),
    cmocka_unit_test_setup_teardown(test_promotion, setup, teardown),
    cmocka_unit_test_setup_teardown(test_arith, setup, teardown),
    cmocka_unit_test_setup_teardown(test_bitwise, setup, teardown),
    cmocka_unit_test_setup_teardown(test_truediv_and_float, setup, teardown),
    cmocka_unit_test_setup_teardown(test_compare_hash, setup, teardown),
    cmocka_unit_test_setup_teardown(test_text, setup, teardown),
    cmocka_unit_test_setup_teardown(test_limits, setup, teardown),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
