/*
** test_stdlib.c: unit tests of the standard-library area: str.format and
** format() through their C entry points (vm_str_format, vm_format_value),
** the _random Mersenne Twister against CPython 2.7's numbers, and the C
** modules operator, itertools, _collections, _heapq and re. Each test runs
** in a fresh VM whose stdout is captured through VMConfig.out.
*/
#define TEST_FIXTURE_VM
#include "test_util.h"

#include "stdlib/lib.h"
#include "stdlib/lib_std.h"

/* format(v, spec) through the C API. */
static const char *fmt(Value v, const char *spec) {
  static char buf[512];
  Str *s = vm_format_value(vm, v, str_from_cstr(vm, spec));
  if (!s) return exc_text();
  snprintf(buf, sizeof buf, "%s", s->data);
  return buf;
}

/* ---- str.format / format() ------------------------------------------------------- */

static void test_format_value(void **state) {
  (void)state;
  assert_string_equal(fmt(v_int(42), ""), "42");
  assert_string_equal(fmt(v_int(42), ">6"), "    42");
  assert_string_equal(fmt(v_int(-42), "08"), "-0000042");
  assert_string_equal(fmt(v_int(255), "#x"), "0xff");
  assert_string_equal(fmt(v_int(255), "#X"), "0XFF");
  assert_string_equal(fmt(v_int(5), "#b"), "0b101");
  assert_string_equal(fmt(v_int(1234567), ","), "1,234,567");
  assert_string_equal(fmt(v_int(1234), "010,"), "00,001,234");
  assert_string_equal(fmt(v_int(-5), "*=6"), "-****5");
  assert_string_equal(fmt(v_int(65), "c"), "A");
  assert_string_equal(fmt(v_bool(true), ""), "True");
  assert_string_equal(fmt(v_bool(true), "d"), "1");
  assert_string_equal(fmt(v_float(3.14159), ".2f"), "3.14");
  assert_string_equal(fmt(v_float(1234.5), ".3"), "1.23e+03");
  assert_string_equal(fmt(v_float(123456789012.0), "<20"), "1.23456789012e+11   ");
  assert_string_equal(fmt(v_float(0.5), ".0%"), "50%");
  assert_string_equal(fmt(v_float(1.0), "e"), "1.000000e+00");
  assert_string_equal(fmt(v_float(1.0), ""), "1.0");
  assert_string_equal(fmt(v_obj(str_from_cstr(vm, "ab")), "^6"), "  ab  ");
  assert_string_equal(fmt(v_obj(str_from_cstr(vm, "abcdef")), ".3"), "abc");
  assert_string_equal(fmt(v_int(5), ".2"),
                      "ValueError: Precision not allowed in integer format specifier");
  assert_string_equal(fmt(v_obj(str_from_cstr(vm, "x")), "d"),
                      "ValueError: Unknown format code 'd' for object of type 'str'");
  assert_string_equal(fmt(v_float(1.5), "#"),
                      "ValueError: Alternate form (#) not allowed in float format specifier");
  assert_string_equal(fmt(v_int(300), "c"), "OverflowError: %c arg not in range(0x100)");
}

static void test_str_format(void **state) {
  (void)state;
  Value args[3] = { v_int(1), v_obj(str_from_cstr(vm, "two")), v_float(3.5) };
  Str *r = vm_str_format(vm, str_from_cstr(vm, "{0}-{1!r}-{2:.2f}-{{}}"), 3, args, NULL);
  assert_non_null(r);
  assert_string_equal(r->data, "1-'two'-3.50-{}");
  r = vm_str_format(vm, str_from_cstr(vm, "{}{}"), 3, args, NULL);
  assert_non_null(r);
  assert_string_equal(r->data, "1two");
  RUN("print '{a}:{0[1]}:{0.__class__.__name__}'.format([5, 6], a='x')\n", "x:6:list\n");
  RUN("print '{:{}}|'.format('ab', 4)\n", "ab  |\n");
  ERR("'{'.format()", "ValueError: Single '{' encountered in format string");
  ERR("'{0} {}'.format(1, 2)",
      "ValueError: cannot switch from manual field specification to automatic field numbering");
  ERR("'{x}'.format()", "KeyError: 'x'");
  ERR("'{3}'.format(1)", "IndexError: tuple index out of range");
}

/* ---- _random ------------------------------------------------------------------------- */

static void test_random_core(void **state) {
  (void)state;
  RUN("import _random\n"
      "r = _random.Random(42)\n"
      "print repr(r.random()), r.getrandbits(32)\n"
      "r = _random.Random(2**40)\n"
      "print repr(r.random())\n"
      "r = _random.Random(1)\n"
      "r.jumpahead(5)\n"
      "print repr(r.random())\n",
      "0.6394267984578837 107420369\n"
      "0.1036394562812375\n"
      "0.23106912160017312\n");
  RUN("import _random\n"
      "r = _random.Random(7)\n"
      "s = r.getstate()\n"
      "a = r.random()\n"
      "r.setstate(s)\n"
      "print a == r.random(), len(s)\n",
      "True 625\n");
  ERR("__import__('_random').Random().getrandbits(0)",
      "ValueError: number of bits must be greater than zero");
  ERR("__import__('_random').Random().setstate(())", "ValueError: state vector is the wrong size");
}

/* ---- operator / itertools / _collections / _heapq ------------------------------------------ */

static void test_operator(void **state) {
  (void)state;
  RUN("import operator as o\n"
      "print o.add(1, 2), o.mul('a', 3), o.itemgetter(1, 0)('xy'), o.attrgetter('real')(5)\n"
      "print o.methodcaller('count', 'a')('banana'), o.not_(0), o.lt(1, 2), o.__sub__(5, 3)\n",
      "3 aaa ('y', 'x') 5\n3 True True 2\n");
  ERR("__import__('operator').add(1)", "TypeError: op_add expected 2 arguments, got 1");
}

static void test_itertools(void **state) {
  (void)state;
  RUN("import itertools as it\n"
      "print list(it.islice(it.count(3, 2), 4)), list(it.chain('ab', [1]))\n"
      "print list(it.permutations('abc', 2))[:3], list(it.combinations(range(4), 3))\n"
      "print list(it.product('ab', repeat=2)), [(k, list(g)) for k, g in it.groupby('aab')]\n"
      "a, b = it.tee([1, 2])\n"
      "print list(a), list(b), list(it.izip_longest('ab', 'c', fillvalue='-'))\n",
      "[3, 5, 7, 9] ['a', 'b', 1]\n"
      "[('a', 'b'), ('a', 'c'), ('b', 'a')] [(0, 1, 2), (0, 1, 3), (0, 2, 3), (1, 2, 3)]\n"
      "[('a', 'a'), ('a', 'b'), ('b', 'a'), ('b', 'b')] [('a', ['a', 'a']), ('b', ['b'])]\n"
      "[1, 2] [1, 2] [('a', 'c'), ('b', '-')]\n");
}

static void test_deque_heapq(void **state) {
  (void)state;
  RUN("from _collections import deque\n"
      "d = deque([1, 2, 3], 4)\n"
      "d.appendleft(0); d.append(4); d.rotate(1)\n"
      "print d, d.maxlen, len(d), d[0]\n"
      "import _heapq\n"
      "h = [5, 3, 9, 1]\n"
      "_heapq.heapify(h)\n"
      "print h, _heapq.heappop(h), h\n",
      "deque([4, 1, 2, 3], maxlen=4) 4 4 4\n[1, 3, 9, 5] 1 [3, 5, 9]\n");
  ERR("__import__('_collections').deque().pop()", "IndexError: pop from an empty deque");
}

/* ---- re --------------------------------------------------------------------------------- */

static void test_re(void **state) {
  (void)state;
  RUN("import re\n"
      "m = re.match(r'(?P<k>\\w+)=(\\d+)', 'x=42')\n"
      "print m.group('k'), m.group(2), m.span(2), m.lastindex\n"
      "print re.findall(r'\\d+', 'a1b22'), re.sub(r'(\\w)(\\d)', r'\\2\\1', 'a1 b2')\n"
      "print re.split(r'x*', 'axbxc'), re.sub('x*', '-', 'abc')\n"
      "print re.match(r'a{,2}', 'aaa').group(), re.search(r'a\\Z', 'a\\n')\n",
      "x 42 (2, 4) 2\n['1', '22'] 1a 2b\n['a', 'b', 'c'] -a-b-c-\naa None\n");
  ERR("__import__('re').compile('(a')", "error: unbalanced parenthesis");
  ERR("__import__('re').compile('a**')", "error: multiple repeat");
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown(test_format_value, setup, teardown),
    cmocka_unit_test_setup_teardown(test_str_format, setup, teardown),
    cmocka_unit_test_setup_teardown(test_random_core, setup, teardown),
    cmocka_unit_test_setup_teardown(test_operator, setup, teardown),
    cmocka_unit_test_setup_teardown(test_itertools, setup, teardown),
    cmocka_unit_test_setup_teardown(test_deque_heapq, setup, teardown),
    cmocka_unit_test_setup_teardown(test_re, setup, teardown),
  };
  return cmocka_run_group_tests_name("stdlib", tests, NULL, NULL);
}
