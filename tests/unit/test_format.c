/*
** test_format.c: unit tests of vm/obj_format.c: `str % args`, float repr and
** str, the float hash, and int()/float() parsing of strings, all checked
** against CPython 2.7.18's output. Fresh VM per test.
*/
#define TEST_FIXTURE_VM
#include "test_util.h"
#include <math.h>

static Value tup(int n, ...) {
  Tuple *t = tuple_new(vm, n);
  va_list ap;
  va_start(ap, n);
  for (int i = 0; i < n; i++) t->items[i] = va_arg(ap, Value);
  va_end(ap);
  return v_obj(t);
}

/* fmt % args must give want (or, starting with "!", that error). */
static void fmt_is(const char *fmt, Value args, const char *want) {
  Str *r = vm_format_percent(vm, str_from_cstr(vm, fmt), args);
  if (want[0] == '!') {
    if (r) fail_msg("%s: expected error %s, got '%s'", fmt, want + 1, r->data);
    assert_string_equal(exc_text(), want + 1);
    return;
  }
  if (!r) fail_msg("%s: unexpected error %s", fmt, exc_text());
  assert_string_equal(r->data, want);
}

static void test_percent_basic(void **state) {
  fmt_is("%s", S("a"), "a");
  fmt_is("%s %s", tup(2, S("a"), v_int(1)), "a 1");
  fmt_is("%r", S("a"), "'a'");
  fmt_is("%s", tup(1, v_none()), "None");
  fmt_is("%s", tup(1, tup(2, v_int(1), v_int(2))), "(1, 2)");
  fmt_is("%5s|", S("ab"), "   ab|");
  fmt_is("%-5s|", S("ab"), "ab   |");
  fmt_is("%5.2s|", S("abc"), "   ab|");
  fmt_is("%%", tup(0), "%");
  fmt_is("%5%", tup(0), "    %");
  fmt_is("abc", tup(0), "abc");
  fmt_is("%s", tup(0), "!TypeError: not enough arguments for format string");
  fmt_is("%s", tup(2, v_int(1), v_int(2)),
         "!TypeError: not all arguments converted during string formatting");
  fmt_is("abc", v_int(5), "!TypeError: not all arguments converted during string formatting");
  fmt_is("%", tup(0), "!ValueError: incomplete format");
  fmt_is("%5", v_int(1), "!ValueError: incomplete format");
  fmt_is("%y", v_int(1), "!ValueError: unsupported format character 'y' (0x79) at index 1");
  fmt_is("%s %y", tup(2, v_int(1), v_int(2)),
         "!ValueError: unsupported format character 'y' (0x79) at index 4");
  fmt_is("%*d", tup(2, v_int(5), v_int(3)), "    3");
  fmt_is("%*d|", tup(2, v_int(-5), v_int(3)), "3    |");
  fmt_is("%.*f", tup(2, v_int(2), v_float(3.14159)), "3.14");
  fmt_is("%*.*f|", tup(3, v_int(8), v_int(2), v_float(3.14159)), "    3.14|");
  fmt_is("%*d", tup(2, S("a"), v_int(3)), "!TypeError: * wants int");
  fmt_is("%ld %hd", tup(2, v_int(5), v_int(6)), "5 6");
}

static void test_percent_numbers(void **state) {
  fmt_is("%d", v_int(42), "42");
  fmt_is("%5d|", v_int(42), "   42|");
  fmt_is("%-5d|", v_int(42), "42   |");
  fmt_is("%05d", v_int(-42), "-0042");
  fmt_is("%+d % d", tup(2, v_int(5), v_int(5)), "+5  5");
  fmt_is("%.3d", v_int(5), "005");
  fmt_is("%i %u", tup(2, v_int(7), v_int(-3)), "7 -3");
  fmt_is("%x %X", tup(2, v_int(255), v_int(255)), "ff FF");
  fmt_is("%#x %#X", tup(2, v_int(255), v_int(255)), "0xff 0XFF");
  fmt_is("%#o %o", tup(2, v_int(8), v_int(8)), "010 10");
  fmt_is("%#x %#o", tup(2, v_int(0), v_int(0)), "0x0 0");
  fmt_is("%x %#x", tup(2, v_int(-255), v_int(-255)), "-ff -0xff");
  fmt_is("%08x", v_int(255), "000000ff");
  fmt_is("%#08x", v_int(255), "0x0000ff");
  fmt_is("%#8x|", v_int(255), "    0xff|");
  fmt_is("%-#8x|", v_int(255), "0xff    |");
  fmt_is("%d", v_float(3.7), "3");
  fmt_is("%d", v_float(-3.7), "-3");
  fmt_is("%d", v_bool(true), "1");
  fmt_is("%d", v_float(1e20), "100000000000000000000");
  fmt_is("%d", v_int(INT64_MIN), "-9223372036854775808");
  fmt_is("%x", v_int(INT64_MIN), "-8000000000000000");
  fmt_is("%d", S("3"), "!TypeError: %d format: a number is required, not str");
  fmt_is("%x", S("a"), "!TypeError: %x format: a number is required, not str");
  fmt_is("%c%c", tup(2, v_int(65), S("z")), "Az");
  fmt_is("%c", S("ab"), "!TypeError: %c requires int or char");
  fmt_is("%c", v_int(256), "!OverflowError: unsigned byte integer is greater than maximum");
  fmt_is("%c", v_int(-1), "!OverflowError: unsigned byte integer is less than minimum");
}

static void test_percent_floats(void **state) {
  fmt_is("%f", v_float(3.14159), "3.141590");
  fmt_is("%.2f", v_float(3.14159), "3.14");
  fmt_is("%10.3f|", v_float(3.14159), "     3.142|");
  fmt_is("%-10.3f|", v_float(3.14159), "3.142     |");
  fmt_is("%010.3f", v_float(-3.14159), "-00003.142");
  fmt_is("%+.1f", v_float(2.0), "+2.0");
  fmt_is("%e", v_float(12345.678), "1.234568e+04");
  fmt_is("%E", v_float(0.000123), "1.230000E-04");
  fmt_is("%g %g", tup(2, v_float(0.0001), v_float(0.00001)), "0.0001 1e-05");
  fmt_is("%g", v_float(123456789.0), "1.23457e+08");
  fmt_is("%.3g", v_float(1234.5), "1.23e+03");
  fmt_is("%#g", v_float(1.0), "1.00000");
  fmt_is("%#.0f", v_int(3), "3.");
  fmt_is("%f", v_int(5), "5.000000");
  fmt_is("%f", v_float(1e50), "100000000000000007629769841091887003294964970946560.000000");
  fmt_is("%f %f %f", tup(3, v_float(INFINITY), v_float(-INFINITY), v_float(NAN)), "inf -inf nan");
  fmt_is("%F", v_float(INFINITY), "INF");
  fmt_is("%5.1f%%", v_float(99.5), " 99.5%");
  fmt_is("%e", S("a"), "!TypeError: float argument required, not str");
  fmt_is("%f", v_none(), "!TypeError: float argument required, not NoneType");
  fmt_is("%s %r", tup(2, v_float(0.1), v_float(0.1)), "0.1 0.1");
  fmt_is("%s %r", tup(2, v_float(1.0 / 3), v_float(1.0 / 3)), "0.333333333333 0.3333333333333333");
}

static void test_percent_mapping(void **state) {
  Dict *d = dict_new(vm);
  dict_set(vm, d, S("a"), v_int(1));
  dict_set(vm, d, S("b"), S("x"));
  dict_set(vm, d, S("a(b)"), v_int(2));
  Value dv = v_obj(d);
  fmt_is("%(a)s", dv, "1");
  fmt_is("%(a)s-%(b)r", dv, "1-'x'");
  fmt_is("%(a)5d|", dv, "    1|");
  fmt_is("%(a(b))s", dv, "2");
  fmt_is("abc", dv, "abc");
  fmt_is("%s", dv, "{'a': 1, 'b': 'x', 'a(b)': 2}");
  fmt_is("%(c)s", dv, "!KeyError: 'c'");
  fmt_is("%(a)s %s", dv, "!TypeError: not enough arguments for format string");
  fmt_is("%(a", dv, "!ValueError: incomplete format key");
  fmt_is("%(a)s", v_int(5), "!TypeError: format requires a mapping");
}

static void test_float_repr_str(void **state) {
  static const struct { double d; const char *repr, *str; } cases[] = {
    {1.0, "1.0", "1.0"}, {0.1, "0.1", "0.1"}, {-0.0, "-0.0", "-0.0"}, {0.0, "0.0", "0.0"},
    {1e16, "1e+16", "1e+16"}, {1e15, "1000000000000000.0", "1e+15"},
    {123456789012.0, "123456789012.0", "1.23456789012e+11"},
    {12345678901.0, "12345678901.0", "12345678901.0"}, {1e11, "100000000000.0", "1e+11"},
    {1e-4, "0.0001", "0.0001"}, {1e-5, "1e-05", "1e-05"}, {1.5e-5, "1.5e-05", "1.5e-05"},
    {1e300, "1e+300", "1e+300"}, {5e-324, "5e-324", "4.94065645841e-324"},
    {1.7976931348623157e308, "1.7976931348623157e+308", "1.79769313486e+308"},
    {2.675, "2.675", "2.675"}, {3.14159265358979, "3.14159265358979", "3.14159265359"},
    {1234.5678, "1234.5678", "1234.5678"}, {100.0, "100.0", "100.0"},
    {9007199254740993.0, "9007199254740992.0", "9.00719925474e+15"},
    {INFINITY, "inf", "inf"}, {-INFINITY, "-inf", "-inf"}, {NAN, "nan", "nan"},
  };
  char buf[64];
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    float_repr(cases[i].d, buf);
    assert_string_equal(buf, cases[i].repr);
    float_str(cases[i].d, buf);
    assert_string_equal(buf, cases[i].str);
  }
  float_repr(1.0 / 3, buf);
  assert_string_equal(buf, "0.3333333333333333");
}

static void test_float_hash(void **state) {
  assert_int_equal(float_hash(1.5), 1610645504);
  assert_int_equal(float_hash(2.0), 2);
  assert_int_equal(float_hash(-1.0), -2);
  assert_int_equal(float_hash(NAN), 0);
  assert_int_equal(float_hash(INFINITY), 314159);
  assert_int_equal(float_hash(-INFINITY), -271828);
  assert_int_equal(float_hash(1e100), -5970202163673034167LL);
  assert_int_equal(float_hash(1e18), 1000000000000000000LL);
}

static void int_is(const char *s, int base, const char *want) {
  Value v = vm_int_from_str(vm, s, strlen(s), base);
  if (want[0] == '!') {
    if (!v_isnull(v)) fail_msg("int(%s): expected error %s", s, want + 1);
    assert_string_equal(exc_text(), want + 1);
    return;
  }
  if (v_isnull(v)) fail_msg("int(%s): unexpected error %s", s, exc_text());
  assert_int_equal(v.tag, T_INT);
  char buf[32];
  snprintf(buf, sizeof buf, "%lld", (long long)v.u.i);
  assert_string_equal(buf, want);
}

static void test_int_from_str(void **state) {
  int_is("42", 10, "42");
  int_is("  -42  ", 10, "-42");
  int_is("+7", 10, "7");
  int_is("- 5", 10, "-5");
  int_is("\t12\n", 10, "12");
  int_is("010", 10, "10");
  int_is("0x10", 16, "16");
  int_is("0x10", 0, "16");
  int_is("0X1f", 0, "31");
  int_is("010", 0, "8");
  int_is("0o10", 0, "8");
  int_is("0o10", 8, "8");
  int_is("0b101", 0, "5");
  int_is("0b101", 2, "5");
  int_is("0", 0, "0");
  int_is("00", 0, "0");
  int_is("z", 36, "35");
  int_is("12", 3, "5");
  int_is("9223372036854775807", 10, "9223372036854775807");
  int_is("-9223372036854775808", 10, "-9223372036854775808");
  int_is("", 10, "!ValueError: invalid literal for int() with base 10: ''");
  int_is("abc", 10, "!ValueError: invalid literal for int() with base 10: 'abc'");
  int_is(" abc ", 10, "!ValueError: invalid literal for int() with base 10: 'abc '");
  int_is("1_0", 10, "!ValueError: invalid literal for int() with base 10: '1_0'");
  int_is("10L", 10, "!ValueError: invalid literal for int() with base 10: '10L'");
  int_is("08", 0, "!ValueError: invalid literal for int() with base 0: '08'");
  int_is("0x", 16, "!ValueError: invalid literal for int() with base 16: '0x'");
  int_is("3", 3, "!ValueError: invalid literal for int() with base 3: '3'");
  int_is("-", 10, "!ValueError: invalid literal for int() with base 10: '-'");
  int_is("1 2", 10, "!ValueError: invalid literal for int() with base 10: '1 2'");
  int_is("1e5", 10, "!ValueError: invalid literal for int() with base 10: '1e5'");
  int_is("1", 1, "!ValueError: int() base must be >= 2 and <= 36, or 0");
  int_is("1", 37, "!ValueError: int() base must be >= 2 and <= 36, or 0");
  Value v = vm_int_from_str(vm, "12\0", 3, 10);
  assert_true(v_isnull(v));
  assert_string_equal(exc_text(), "ValueError: null byte in argument for int()");
}

static void float_is(const char *s, const char *want) {
  Value v = vm_float_from_str(vm, s, strlen(s));
  if (want[0] == '!') {
    if (!v_isnull(v)) fail_msg("float(%s): expected error %s", s, want + 1);
    assert_string_equal(exc_text(), want + 1);
    return;
  }
  if (v_isnull(v)) fail_msg("float(%s): unexpected error %s", s, exc_text());
  assert_int_equal(v.tag, T_FLOAT);
  char buf[64];
  float_repr(v.u.f, buf);
  assert_string_equal(buf, want);
}

static void test_float_from_str(void **state) {
  float_is("1.5", "1.5");
  float_is("  -1.5e3  ", "-1500.0");
  float_is(".5", "0.5");
  float_is("5.", "5.0");
  float_is("inf", "inf");
  float_is("-Infinity", "-inf");
  float_is("+nan", "nan");
  float_is("1e500", "inf");
  float_is("-1e-500", "-0.0");
  float_is("abc", "!ValueError: could not convert string to float: abc");
  float_is("", "!ValueError: could not convert string to float: ");
  float_is(".", "!ValueError: could not convert string to float: .");
  float_is("e5", "!ValueError: could not convert string to float: e5");
  float_is("1e", "!ValueError: invalid literal for float(): 1e");
  float_is(" 1.5 x", "!ValueError: invalid literal for float(): 1.5 x");
  float_is("0x10", "!ValueError: invalid literal for float(): 0x10");
  float_is("1_0", "!ValueError: invalid literal for float(): 1_0");
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown(test_percent_basic, setup, teardown),
    cmocka_unit_test_setup_teardown(test_percent_numbers, setup, teardown),
    cmocka_unit_test_setup_teardown(test_percent_floats, setup, teardown),
    cmocka_unit_test_setup_teardown(test_percent_mapping, setup, teardown),
    cmocka_unit_test_setup_teardown(test_float_repr_str, setup, teardown),
    cmocka_unit_test_setup_teardown(test_float_hash, setup, teardown),
    cmocka_unit_test_setup_teardown(test_int_from_str, setup, teardown),
    cmocka_unit_test_setup_teardown(test_float_from_str, setup, teardown),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
