/*
** test_values.c: values from and to C. Constructors (rpy_none, rpy_bool,
** rpy_int, rpy_float, rpy_str, rpy_cstr), inspection (rpy_type_of,
** rpy_type_name, rpy_is_none, rpy_is_callable, rpy_is), checked conversions
** (rpy_to_int / _float / _str / _bool), rpy_str_of, rpy_repr, rpy_equal,
** containers (rpy_list_new, rpy_tuple_new, rpy_dict_new, rpy_list_append,
** rpy_len, rpy_get_item, rpy_set_item, rpy_del_item, rpy_get_index,
** rpy_dict_get, rpy_dict_set, rpy_dict_next) and attributes (rpy_get_attr,
** rpy_set_attr). Script: values.py.
*/
#include <math.h>
#include "api_test.h"

static rpy_vm *vm;

static rpy_value global(const char *name) {
  rpy_value v;
  CHECK_OK(vm, rpy_get_global(vm, name, &v));
  return v;
}

static const char *repr_of(rpy_value v) {
  rpy_value r;
  if (rpy_repr(vm, v, &r) != RPY_OK) return NULL;
  return str_of(vm, r);
}

static void test_scalars(void) {
  rpy_value n = rpy_none(), t = rpy_bool(5), f = rpy_bool(0), i = rpy_int(vm, -42),
            d = rpy_float(2.5), big = rpy_int(vm, INT64_MAX);
  CHECK(rpy_type_of(n) == RPY_TYPE_NONE && rpy_is_none(n));
  CHECK(rpy_type_of(t) == RPY_TYPE_BOOL && !rpy_is_none(t));
  CHECK(rpy_type_of(i) == RPY_TYPE_INT);
  CHECK(rpy_type_of(d) == RPY_TYPE_FLOAT);
  CHECK_STREQ(rpy_type_name(vm, n), "NoneType");
  CHECK_STREQ(rpy_type_name(vm, t), "bool");
  CHECK_STREQ(rpy_type_name(vm, i), "int");
  CHECK_STREQ(rpy_type_name(vm, d), "float");
  CHECK_STREQ(repr_of(t), "True");
  CHECK_STREQ(repr_of(f), "False");
  CHECK_STREQ(repr_of(big), "9223372036854775807");
  int64_t k = 0;
  double x = 0;
  int b = -1;
  CHECK_OK(vm, rpy_to_int(vm, i, &k));
  CHECK(k == -42);
  CHECK_OK(vm, rpy_to_int(vm, t, &k));
  CHECK(k == 1);
  CHECK_OK(vm, rpy_to_float(vm, d, &x));
  CHECK(x == 2.5);
  CHECK_OK(vm, rpy_to_float(vm, i, &x));
  CHECK(x == -42.0);
  CHECK_OK(vm, rpy_to_bool(vm, f, &b));
  CHECK(b == 0);
  CHECK_OK(vm, rpy_to_bool(vm, i, &b));
  CHECK(b == 1);
  CHECK_OK(vm, rpy_to_bool(vm, n, &b));
  CHECK(b == 0);
  /* Type mismatches are TypeErrors. */
  CHECK_ST(vm, rpy_to_int(vm, d, &k), RPY_ERR_RUNTIME);
  CHECK_STREQ(rpy_error_type(vm), "TypeError");
  CHECK_ST(vm, rpy_to_int(vm, n, &k), RPY_ERR_RUNTIME);
  CHECK_STREQ(rpy_error_text(vm), "TypeError: an integer is required\n");
  CHECK_ST(vm, rpy_to_float(vm, rpy_cstr(vm, "1.5"), &x), RPY_ERR_RUNTIME);
  CHECK_STREQ(rpy_error_type(vm), "TypeError");
  const char *s;
  size_t len;
  CHECK_ST(vm, rpy_to_str(vm, i, &s, &len), RPY_ERR_RUNTIME);
  CHECK_STREQ(rpy_error_text(vm), "TypeError: expected string, int found\n");
  CHECK(s == NULL && len == 0);
  rpy_error_clear(vm);
  /* nan and infinities pass through. */
  CHECK_OK(vm, rpy_to_float(vm, rpy_float(INFINITY), &x));
  CHECK(isinf(x));
  CHECK_STREQ(repr_of(rpy_float(NAN)), "nan");
  CHECK_STREQ(repr_of(rpy_float(0.1)), "0.1");
  /* identity */
  CHECK(rpy_is(rpy_none(), rpy_none()));
  CHECK(rpy_is(rpy_int(vm, 5), rpy_int(vm, 5)));
  CHECK(!rpy_is(rpy_int(vm, 5), rpy_int(vm, 6)));
  CHECK(!rpy_is(rpy_int(vm, 1), rpy_bool(1)));
}

static void test_strings(void) {
  /* Byte strings with NUL bytes inside. */
  rpy_value s = rpy_str(vm, "a\0b", 3);
  const char *p;
  size_t n;
  CHECK_OK(vm, rpy_to_str(vm, s, &p, &n));
  CHECK(n == 3 && p[0] == 'a' && p[1] == '\0' && p[2] == 'b' && p[3] == '\0');
  CHECK_OK(vm, rpy_to_str(vm, s, &p, NULL));
  CHECK_STREQ(repr_of(s), "'a\\x00b'");
  int64_t len;
  CHECK_OK(vm, rpy_len(vm, s, &len));
  CHECK(len == 3);
  rpy_value e = rpy_str(vm, NULL, 0);
  CHECK(rpy_type_of(e) == RPY_TYPE_STR);
  CHECK_OK(vm, rpy_len(vm, e, &len));
  CHECK(len == 0);
  rpy_value c = rpy_cstr(vm, "caf\xc3\xa9");
  CHECK_OK(vm, rpy_len(vm, c, &len));
  CHECK(len == 5);
  CHECK_STREQ(rpy_type_name(vm, c), "str");
  /* str() and repr() of anything. */
  rpy_value r;
  CHECK_OK(vm, rpy_str_of(vm, rpy_float(1.0 / 3), &r));
  CHECK_STREQ(str_of(vm, r), "0.333333333333");
  CHECK_OK(vm, rpy_repr(vm, rpy_float(1.0 / 3), &r));
  CHECK_STREQ(str_of(vm, r), "0.3333333333333333");
  CHECK_OK(vm, rpy_str_of(vm, global("p"), &r));
  CHECK_STREQ(str_of(vm, r), "(3, -4)");
  CHECK_STREQ(repr_of(global("p")), "Point(3, -4)");
  CHECK_ST(vm, rpy_repr(vm, global("BadRepr"), &r), RPY_OK);
  rpy_value bad;
  CHECK_OK(vm, rpy_call(vm, global("BadRepr"), 0, NULL, &bad));
  CHECK_ST(vm, rpy_repr(vm, bad, &r), RPY_ERR_RUNTIME);
  CHECK_STREQ(rpy_error_text(vm),
              "Traceback (most recent call last):\n"
              "  File \"tests/api/values.py\", line 33, in __repr__\n"
              "    raise ValueError('no repr for you')\n"
              "ValueError: no repr for you\n");
  CHECK(rpy_type_of(r) == RPY_TYPE_INVALID);
  rpy_error_clear(vm);
}

static void test_objects(void) {
  rpy_value p = global("p"), v;
  CHECK(rpy_type_of(p) == RPY_TYPE_OBJECT);
  CHECK_STREQ(rpy_type_name(vm, p), "Point");
  CHECK(rpy_type_of(global("Point")) == RPY_TYPE_CLASS);
  CHECK_STREQ(rpy_type_name(vm, global("Point")), "type");
  CHECK_OK(vm, rpy_get_attr(vm, p, "x", &v));
  CHECK(int_of(vm, v) == 3);
  CHECK_OK(vm, rpy_set_attr(vm, p, "x", rpy_int(vm, -10)));
  CHECK_OK(vm, rpy_set_attr(vm, p, "label", rpy_cstr(vm, "new attribute")));
  CHECK_OK(vm, rpy_eval(vm, "(p.x, p.label, p.norm1())", &v));
  CHECK_STREQ(repr_of(v), "(-10, 'new attribute', 14)");
  CHECK_ST(vm, rpy_get_attr(vm, p, "nope", &v), RPY_ERR_RUNTIME);
  CHECK_STREQ(rpy_error_text(vm), "AttributeError: 'Point' object has no attribute 'nope'\n");
  CHECK_ST(vm, rpy_set_attr(vm, rpy_int(vm, 1), "real", rpy_none()), RPY_ERR_RUNTIME);
  CHECK_STREQ(rpy_error_type(vm), "AttributeError");
  /* __int__ */
  rpy_value seven;
  CHECK_OK(vm, rpy_call(vm, global("Seven"), 0, NULL, &seven));
  CHECK(int_of(vm, seven) == 7);
  /* callables */
  rpy_value adder;
  CHECK_OK(vm, rpy_call(vm, global("Adder"), 0, NULL, &adder));
  CHECK(rpy_is_callable(vm, adder));
  CHECK(rpy_is_callable(vm, global("Point")));
  CHECK(rpy_is_callable(vm, global("len")));
  CHECK(!rpy_is_callable(vm, p));
  CHECK(!rpy_is_callable(vm, rpy_int(vm, 3)));
  CHECK(rpy_type_of(global("len")) == RPY_TYPE_FUNCTION);
  CHECK_OK(vm, rpy_get_attr(vm, p, "norm1", &v));
  CHECK(rpy_type_of(v) == RPY_TYPE_FUNCTION && rpy_is_callable(vm, v));
  rpy_value falsy;
  int b = 1;
  CHECK_OK(vm, rpy_call(vm, global("Falsy"), 0, NULL, &falsy));
  CHECK_OK(vm, rpy_to_bool(vm, falsy, &b));
  CHECK(b == 0);
  rpy_value m;
  CHECK_OK(vm, rpy_import(vm, "math", &m));
  CHECK(rpy_type_of(m) == RPY_TYPE_MODULE);
  /* equality */
  int eq = -1;
  CHECK_OK(vm, rpy_equal(vm, rpy_int(vm, 2), rpy_float(2.0), &eq));
  CHECK(eq == 1);
  CHECK_OK(vm, rpy_equal(vm, rpy_cstr(vm, "ab"), rpy_cstr(vm, "ab"), &eq));
  CHECK(eq == 1);
  CHECK_OK(vm, rpy_equal(vm, rpy_cstr(vm, "ab"), rpy_none(), &eq));
  CHECK(eq == 0);
  CHECK(!rpy_is(rpy_cstr(vm, "a long string"), rpy_cstr(vm, "a long string")));
  CHECK(rpy_is(p, p));
}

static void test_lists_tuples(void) {
  rpy_value items = global("items"), v;
  int64_t n;
  CHECK(rpy_type_of(items) == RPY_TYPE_LIST);
  CHECK_OK(vm, rpy_len(vm, items, &n));
  CHECK(n == 5);
  CHECK_OK(vm, rpy_get_index(vm, items, 1, &v));
  CHECK_STREQ(str_of(vm, v), "two");
  CHECK_OK(vm, rpy_get_index(vm, items, -1, &v));
  CHECK(rpy_type_of(v) == RPY_TYPE_BOOL);
  CHECK_ST(vm, rpy_get_index(vm, items, 5, &v), RPY_ERR_RUNTIME);
  CHECK_STREQ(rpy_error_text(vm), "IndexError: list index out of range\n");
  CHECK_OK(vm, rpy_get_item(vm, items, rpy_int(vm, 2), &v));
  CHECK(rpy_type_of(v) == RPY_TYPE_FLOAT);
  CHECK_OK(vm, rpy_set_item(vm, items, rpy_int(vm, 0), rpy_cstr(vm, "one")));
  CHECK_OK(vm, rpy_del_item(vm, items, rpy_int(vm, 3)));
  CHECK_OK(vm, rpy_list_append(vm, items, rpy_float(9.25)));
  CHECK_STREQ(repr_of(items), "['one', 'two', 3.5, True, 9.25]");
  /* New lists and tuples from C. */
  rpy_value parts[3] = {rpy_int(vm, 1), rpy_cstr(vm, "b"), rpy_none()}, l, t;
  CHECK_OK(vm, rpy_list_new(vm, 3, parts, &l));
  CHECK_STREQ(repr_of(l), "[1, 'b', None]");
  CHECK_OK(vm, rpy_list_new(vm, 2, NULL, &l));
  CHECK_STREQ(repr_of(l), "[None, None]");
  CHECK_OK(vm, rpy_list_new(vm, 0, NULL, &l));
  for (int i = 0; i < 100; i++) CHECK_OK(vm, rpy_list_append(vm, l, rpy_int(vm, i * i)));
  CHECK_OK(vm, rpy_len(vm, l, &n));
  CHECK(n == 100);
  CHECK_OK(vm, rpy_get_index(vm, l, 99, &v));
  CHECK(int_of(vm, v) == 9801);
  CHECK_OK(vm, rpy_tuple_new(vm, 2, parts, &t));
  CHECK(rpy_type_of(t) == RPY_TYPE_TUPLE);
  CHECK_STREQ(repr_of(t), "(1, 'b')");
  CHECK_OK(vm, rpy_tuple_new(vm, 1, NULL, &t));
  CHECK_STREQ(repr_of(t), "(None,)");
  CHECK_ST(vm, rpy_set_item(vm, t, rpy_int(vm, 0), rpy_none()), RPY_ERR_RUNTIME);
  CHECK_STREQ(rpy_error_text(vm), "TypeError: 'tuple' object does not support item assignment\n");
  /* out may be the same memory as items. */
  rpy_value same = rpy_int(vm, 8);
  CHECK_OK(vm, rpy_list_new(vm, 1, &same, &same));
  CHECK_STREQ(repr_of(same), "[8]");
  CHECK_OK(vm, rpy_tuple_new(vm, 1, &same, &same));
  CHECK_STREQ(repr_of(same), "([8],)");
  /* Many items (not on the C stack). */
  rpy_value many[40];
  for (int i = 0; i < 40; i++) many[i] = rpy_int(vm, i);
  CHECK_OK(vm, rpy_tuple_new(vm, 40, many, &t));
  CHECK_OK(vm, rpy_get_index(vm, t, 39, &v));
  CHECK(int_of(vm, v) == 39);
  /* Handing them to the script. */
  CHECK_OK(vm, rpy_set_global(vm, "from_c", l));
  CHECK_OK(vm, rpy_eval(vm, "sum(from_c)", &v));
  CHECK(int_of(vm, v) == 328350);
  /* Appending to a non-list calls its append method. */
  CHECK_ST(vm, rpy_list_append(vm, t, rpy_none()), RPY_ERR_RUNTIME);
  CHECK_STREQ(rpy_error_type(vm), "AttributeError");
  /* A user __getitem__ / __len__. */
  rpy_value g;
  CHECK_OK(vm, rpy_call(vm, global("Grid"), 0, NULL, &g));
  CHECK_OK(vm, rpy_get_index(vm, g, 4, &v));
  CHECK(int_of(vm, v) == 40);
  CHECK_OK(vm, rpy_len(vm, g, &n));
  CHECK(n == 99);
  CHECK_ST(vm, rpy_len(vm, rpy_int(vm, 3), &n), RPY_ERR_RUNTIME);
  CHECK_STREQ(rpy_error_text(vm), "TypeError: object of type 'int' has no len()\n");
  rpy_error_clear(vm);
}

static void test_dicts(void) {
  rpy_value cfg = global("config"), v, d;
  CHECK(rpy_type_of(cfg) == RPY_TYPE_DICT);
  CHECK_OK(vm, rpy_dict_get(vm, cfg, "name", &v));
  CHECK_STREQ(str_of(vm, v), "rpyvm");
  CHECK_ST(vm, rpy_dict_get(vm, cfg, "missing", &v), RPY_ERR_RUNTIME);
  CHECK_STREQ(rpy_error_text(vm), "KeyError: 'missing'\n");
  CHECK(rpy_error_matches(vm, "KeyError"));
  CHECK(rpy_error_matches(vm, "LookupError"));
  CHECK_OK(vm, rpy_dict_set(vm, cfg, "level", rpy_int(vm, 4)));
  CHECK_OK(vm, rpy_dict_set(vm, cfg, "extra", rpy_float(0.5)));
  CHECK_OK(vm, rpy_eval(vm, "sorted(config.items())", &v));
  CHECK_STREQ(repr_of(v), "[('extra', 0.5), ('level', 4), ('name', 'rpyvm')]");
  /* Iteration in insertion order, keys of any type. */
  CHECK_OK(vm, rpy_dict_new(vm, &d));
  CHECK_OK(vm, rpy_set_item(vm, d, rpy_int(vm, 10), rpy_cstr(vm, "ten")));
  CHECK_OK(vm, rpy_set_item(vm, d, rpy_cstr(vm, "k"), rpy_int(vm, 2)));
  CHECK_OK(vm, rpy_set_item(vm, d, rpy_none(), rpy_bool(1)));
  CHECK_OK(vm, rpy_del_item(vm, d, rpy_cstr(vm, "k")));
  CHECK_OK(vm, rpy_set_item(vm, d, rpy_float(1.5), rpy_none()));
  size_t pos = 0;
  rpy_value k;
  int count = 0;
  const char *want[] = {"10: 'ten'", "None: True", "1.5: None"};
  while (rpy_dict_next(vm, d, &pos, &k, &v)) {
    char buf[64];
    snprintf(buf, sizeof buf, "%s: %s", repr_of(k), repr_of(v));
    if (count < 3) CHECK_STREQ(buf, want[count]);
    count++;
  }
  CHECK(count == 3);
  CHECK(!rpy_dict_next(vm, d, &pos, &k, &v));
  pos = 0;
  CHECK(rpy_dict_next(vm, d, &pos, NULL, NULL));
  /* Unhashable keys, missing keys. */
  rpy_value l;
  CHECK_OK(vm, rpy_list_new(vm, 0, NULL, &l));
  CHECK_ST(vm, rpy_set_item(vm, d, l, rpy_none()), RPY_ERR_RUNTIME);
  CHECK_STREQ(rpy_error_text(vm), "TypeError: unhashable type: 'list'\n");
  CHECK_ST(vm, rpy_del_item(vm, d, rpy_cstr(vm, "gone")), RPY_ERR_RUNTIME);
  CHECK_STREQ(rpy_error_type(vm), "KeyError");
  CHECK_ST(vm, rpy_get_item(vm, d, rpy_int(vm, 11), &v), RPY_ERR_RUNTIME);
  CHECK_STREQ(rpy_error_text(vm), "KeyError: 11\n");
  /* rpy_dict_next on something else. */
  pos = 0;
  CHECK(!rpy_dict_next(vm, l, &pos, &k, &v));
  CHECK_STREQ(rpy_error_text(vm), "TypeError: expected dict, list found\n");
  /* Nested containers. */
  rpy_value nested = global("nested"), inner;
  CHECK_OK(vm, rpy_dict_get(vm, nested, "tuple", &inner));
  CHECK_OK(vm, rpy_get_index(vm, inner, 1, &v));
  CHECK(int_of(vm, v) == 5);
  rpy_error_clear(vm);
}

int main(int argc, char **argv) {
  t_init(argc, argv);
  vm = rpy_vm_new(NULL);
  CHECK_OK(vm, run_script(vm, "values.py"));
  test_scalars();
  test_strings();
  test_objects();
  test_lists_tuples();
  test_dicts();
  rpy_vm_free(vm);
  return t_finish("test_values");
}
