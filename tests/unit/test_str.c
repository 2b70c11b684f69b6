/*
** test_str.c: unit tests of vm/obj_str.c (str allocation, interning, hash,
** indexing and slicing, repr, str_printf and the str methods), checked
** against CPython 2.7's results. A fresh VM per test.
*/
#define TEST_FIXTURE_VM
#include "test_util.h"

static Value SN(const char *s, size_t n) { return v_obj(str_new(vm, s, n)); }

static void test_alloc_and_intern(void **state) {
  Str *a = str_from_cstr(vm, "hello");
  assert_int_equal(a->len, 5);
  assert_int_equal(a->data[5], '\0');
  assert_ptr_equal(a->h.cls, vm->cls[T_STR]);
  Str *i1 = str_intern_cstr(vm, "hello");
  Str *i2 = str_intern(vm, str_from_cstr(vm, "hello"));
  assert_ptr_equal(i1, i2);
  assert_true(i1->h.flags & STR_INTERNED);
  assert_ptr_equal(str_new(vm, "", 0), vm->empty_str);
  assert_ptr_equal(str_new(vm, "x", 1), vm->char_str['x']);
  assert_true(str_eq(a, i1));
  assert_true(str_cmp(str_from_cstr(vm, "abc"), str_from_cstr(vm, "abd")) < 0);
  assert_true(str_cmp(str_from_cstr(vm, "ab"), str_from_cstr(vm, "abc")) < 0);
  assert_int_equal(str_cmp(str_from_cstr(vm, "ab"), str_from_cstr(vm, "ab")), 0);
  expect_repr(v_obj(str_concat(vm, a, str_from_cstr(vm, "!"))), "'hello!'");
}

static void test_hash(void **state) {
  /* CPython 2.7 (64-bit) values */
  assert_int_equal(str_hash(str_from_cstr(vm, "abc")), 1453079729188098211LL);
  assert_int_equal(str_hash(str_from_cstr(vm, "")), 0);
  assert_int_equal(str_hash(str_from_cstr(vm, "a")), 12416037344LL);
  assert_int_equal(str_hash(str_from_cstr(vm, "hello world")), -2324238377118044897LL);
}

static void test_repr(void **state) {
  expect_repr(S("abc"), "'abc'");
  expect_repr(S("it's"), "\"it's\"");
  expect_repr(S("say \"hi\""), "'say \"hi\"'");
  expect_repr(S("both ' and \""), "'both \\' and \"'");
  expect_repr(SN("t\tn\nr\r\0\x7f\xff\\", 10), "'t\\tn\\nr\\r\\x00\\x7f\\xff\\\\'");
}

static void test_getitem(void **state) {
  Value s = S("hello");
  expect_repr(str_getitem(vm, AS_STR(s), v_int(1)), "'e'");
  expect_repr(str_getitem(vm, AS_STR(s), v_int(-1)), "'o'");
  assert_ptr_equal(str_getitem(vm, AS_STR(s), v_int(0)).u.o, (Obj *)vm->char_str['h']);
  expect_error(str_getitem(vm, AS_STR(s), v_int(5)), "IndexError: string index out of range");
  expect_error(str_getitem(vm, AS_STR(s), S("a")),
               "TypeError: string indices must be integers, not str");
  expect_repr(str_getitem(vm, AS_STR(s), slice(v_int(1), v_int(3), v_none())), "'el'");
  expect_repr(str_getitem(vm, AS_STR(s), slice(v_none(), v_none(), v_int(-1))), "'olleh'");
  expect_repr(str_getitem(vm, AS_STR(s), slice(v_none(), v_none(), v_int(2))), "'hlo'");
  expect_repr(str_getitem(vm, AS_STR(s), slice(v_int(-3), v_none(), v_none())), "'llo'");
  expect_repr(str_getitem(vm, AS_STR(s), slice(v_int(10), v_none(), v_none())), "''");
  expect_repr(str_getitem(vm, AS_STR(s), slice(v_int(4), v_int(1), v_int(-1))), "'oll'");
  expect_error(str_getitem(vm, AS_STR(s), slice(v_none(), v_none(), v_int(0))),
               "ValueError: slice step cannot be zero");
}

static void test_concat_repeat_contains(void **state) {
  expect_repr(str_add(vm, AS_STR(S("ab")), S("cd")), "'abcd'");
  expect_error(str_add(vm, AS_STR(S("ab")), v_int(1)),
               "TypeError: cannot concatenate 'str' and 'int' objects");
  expect_repr(v_obj(str_repeat(vm, AS_STR(S("ab")), 3)), "'ababab'");
  expect_repr(v_obj(str_repeat(vm, AS_STR(S("ab")), -1)), "''");
  expect_repr(seq_repeat(vm, S("ab"), v_int(2)), "'abab'");
  expect_error(seq_repeat(vm, S("ab"), S("c")),
               "TypeError: can't multiply sequence by non-int of type 'str'");
  assert_int_equal(str_contains(vm, AS_STR(S("abc")), S("bc")), 1);
  assert_int_equal(str_contains(vm, AS_STR(S("abc")), S("bd")), 0);
  assert_int_equal(str_contains(vm, AS_STR(S("abc")), S("")), 1);
  assert_int_equal(str_contains(vm, AS_STR(S("abc")), v_int(1)), -1);
  assert_string_equal(exc_text(),
                      "TypeError: 'in <string>' requires string as left operand, not int");
}

static void test_printf(void **state) {
  Value v = v_int(42);
  Str *s = str_printf(vm, "%d-%s-%S-%R-%5.2f-%lld-%%-%x", 7, "c", str_from_cstr(vm, "str"), &v,
                      3.14159, (long long)1 << 40, 255);
  assert_string_equal(s->data, "7-c-str-42- 3.14-1099511627776-%-ff");
  Value sv = S("q");
  s = str_printf(vm, "[%R] %.*s %zu", &sv, 2, "abcdef", (size_t)9);
  assert_string_equal(s->data, "['q'] ab 9");
}

static void test_split_join(void **state) {
  expect_repr(call(S("  a b  c  "), "split", 0), "['a', 'b', 'c']");
  expect_repr(call(S("  a b  c  "), "split", 2, v_none(), v_int(1)), "['a', 'b  c  ']");
  expect_repr(call(S("  a b  c  "), "rsplit", 2, v_none(), v_int(1)), "['  a b', 'c']");
  expect_repr(call(S("a,b,,c"), "split", 1, S(",")), "['a', 'b', '', 'c']");
  expect_repr(call(S("a,b,,c"), "split", 2, S(","), v_int(2)), "['a', 'b', ',c']");
  expect_repr(call(S("a,b,,c"), "rsplit", 2, S(","), v_int(2)), "['a,b', '', 'c']");
  expect_repr(call(S(""), "split", 0), "[]");
  expect_repr(call(S(""), "split", 1, S(",")), "['']");
  expect_error(call(S("a"), "split", 1, S("")), "ValueError: empty separator");
  expect_error(call(S("a"), "split", 3, v_int(1), v_int(2), v_int(3)),
               "TypeError: split() takes at most 2 arguments (3 given)");
  expect_repr(call(S(","), "join", 1, S("abc")), "'a,b,c'");
  Value items[2] = {S("x"), S("y")};
  expect_repr(call(S("-"), "join", 1, v_obj(list_from(vm, 2, items))), "'x-y'");
  items[1] = v_int(1);
  expect_error(call(S("-"), "join", 1, v_obj(tuple_from(vm, 2, items))),
               "TypeError: sequence item 1: expected string, int found");
  expect_repr(call(S("a\nb\r\nc\rd"), "splitlines", 0), "['a', 'b', 'c', 'd']");
  expect_repr(call(S("a\nb\r\n"), "splitlines", 1, v_bool(true)), "['a\\n', 'b\\r\\n']");
  expect_repr(call(S("a.b.c"), "partition", 1, S(".")), "('a', '.', 'b.c')");
  expect_repr(call(S("a.b.c"), "rpartition", 1, S(".")), "('a.b', '.', 'c')");
  expect_repr(call(S("abc"), "partition", 1, S(".")), "('abc', '', '')");
  expect_repr(call(S("abc"), "rpartition", 1, S(".")), "('', '', 'abc')");
}

static void test_strip_case(void **state) {
  expect_repr(call(S("  x  "), "strip", 0), "'x'");
  expect_repr(call(S("  x  "), "lstrip", 0), "'x  '");
  expect_repr(call(S("  x  "), "rstrip", 0), "'  x'");
  expect_repr(call(S("xxaxx"), "strip", 1, S("x")), "'a'");
  expect_error(call(S("x"), "strip", 1, v_int(3)),
               "TypeError: strip arg must be None, str or unicode");
  expect_repr(call(S("Hello World"), "upper", 0), "'HELLO WORLD'");
  expect_repr(call(S("Hello World"), "lower", 0), "'hello world'");
  expect_repr(call(S("Hello World"), "swapcase", 0), "'hELLO wORLD'");
  expect_repr(call(S("hello wORLD"), "capitalize", 0), "'Hello world'");
  expect_repr(call(S("they're bill's"), "title", 0), "\"They'Re Bill'S\"");
  expect_error(call(S("a"), "upper", 1, v_int(1)), "TypeError: upper() takes no arguments (1 given)");
}

static void test_find_family(void **state) {
  expect_repr(call(S("hello"), "find", 1, S("l")), "2");
  expect_repr(call(S("hello"), "rfind", 1, S("l")), "3");
  expect_repr(call(S("hello"), "find", 1, S("z")), "-1");
  expect_repr(call(S("hello"), "find", 2, S("l"), v_int(-2)), "3");
  expect_repr(call(S("hello"), "find", 2, S(""), v_int(5)), "5");
  expect_repr(call(S("hello"), "find", 2, S(""), v_int(6)), "-1");
  expect_repr(call(S("hello"), "rfind", 3, S(""), v_int(2), v_int(4)), "4");
  expect_repr(call(S("hello"), "find", 3, S("l"), v_none(), v_int(3)), "2");
  expect_error(call(S("hello"), "index", 1, S("z")), "ValueError: substring not found");
  expect_repr(call(S("hello"), "rindex", 1, S("h")), "0");
  expect_repr(call(S("hello"), "count", 1, S("l")), "2");
  expect_repr(call(S("hello"), "count", 1, S("")), "6");
  expect_repr(call(S("aaaa"), "count", 1, S("aa")), "2");
  expect_error(call(S("hello"), "find", 0),
               "TypeError: find/rfind/index/rindex() takes at least 1 argument (0 given)");
  expect_error(call(S("abc"), "find", 1, v_int(1)),
               "TypeError: expected a string or other character buffer object");
  Value pre[2] = {S("x"), S("a")};
  expect_repr(call(S("abc"), "startswith", 1, v_obj(tuple_from(vm, 2, pre))), "True");
  expect_repr(call(S("abc"), "startswith", 3, S("b"), v_int(1), v_int(1)), "False");
  expect_repr(call(S("abc"), "endswith", 3, S("b"), v_int(-3), v_int(-1)), "True");
  expect_error(call(S("abc"), "startswith", 1, v_int(1)),
               "TypeError: startswith first arg must be str, unicode, or tuple, not int");
}

static void test_replace_misc(void **state) {
  expect_repr(call(S("aaa"), "replace", 2, S("a"), S("b")), "'bbb'");
  expect_repr(call(S("aaa"), "replace", 3, S("a"), S("b"), v_int(2)), "'bba'");
  expect_repr(call(S("abc"), "replace", 2, S(""), S("-")), "'-a-b-c-'");
  expect_repr(call(S("abc"), "replace", 3, S(""), S("-"), v_int(2)), "'-a-bc'");
  expect_repr(call(S("123"), "isdigit", 0), "True");
  expect_repr(call(S(""), "isdigit", 0), "False");
  expect_repr(call(S("ab1"), "isalnum", 0), "True");
  expect_repr(call(S("ab1"), "isalpha", 0), "False");
  expect_repr(call(S(" \t"), "isspace", 0), "True");
  expect_repr(call(S("ABC1"), "isupper", 0), "True");
  expect_repr(call(S("1"), "islower", 0), "False");
  expect_repr(call(S("Hello World"), "istitle", 0), "True");
  expect_repr(call(S("HEllo"), "istitle", 0), "False");
  expect_repr(call(S("-42"), "zfill", 1, v_int(5)), "'-0042'");
  expect_repr(call(S("ab"), "ljust", 1, v_int(5)), "'ab   '");
  expect_repr(call(S("ab"), "rjust", 2, v_int(5), S("*")), "'***ab'");
  expect_repr(call(S("ab"), "center", 1, v_int(5)), "'  ab '");
  expect_repr(call(S("abc"), "center", 1, v_int(6)), "' abc  '");
  expect_error(call(S("ab"), "ljust", 2, v_int(5), S("xy")),
               "TypeError: ljust() argument 2 must be char, not str");
  expect_repr(call(S("a\tb\tc"), "expandtabs", 1, v_int(4)), "'a   b   c'");
  expect_repr(call(S("abc"), "encode", 1, S("utf-8")), "'abc'");
  expect_repr(call(S("abc"), "encode", 1, S("hex")), "'616263'");
  expect_repr(call(S("616263"), "decode", 1, S("hex")), "'abc'");
  expect_error(call(S("abc"), "encode", 1, S("foo")), "LookupError: unknown encoding: foo");
  expect_repr(call(S("abc"), "translate", 2, v_none(), S("b")), "'ac'");
  char table[256];
  for (int i = 0; i < 256; i++) table[i] = (char)(i == 'a' ? 'A' : i);
  expect_repr(call(S("abca"), "translate", 1, SN(table, 256)), "'AbcA'");
  expect_error(call(S("abc"), "translate", 1, S("x")),
               "ValueError: translation table must be 256 characters long");
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown(test_alloc_and_intern, setup, teardown),
    cmocka_unit_test_setup_teardown(test_hash, setup, teardown),
    cmocka_unit_test_setup_teardown(test_repr, setup, teardown),
    cmocka_unit_test_setup_teardown(test_getitem, setup, teardown),
    cmocka_unit_test_setup_teardown(test_concat_repeat_contains, setup, teardown),
    cmocka_unit_test_setup_teardown(test_printf, setup, teardown),
    cmocka_unit_test_setup_teardown(test_split_join, setup, teardown),
    cmocka_unit_test_setup_teardown(test_strip_case, setup, teardown),
    cmocka_unit_test_setup_teardown(test_find_family, setup, teardown),
    cmocka_unit_test_setup_teardown(test_replace_misc, setup, teardown),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
