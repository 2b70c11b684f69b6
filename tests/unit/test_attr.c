/*
** test_attr.c: unit tests of vm/obj_attr.c (attribute protocol, descriptors,
** bound methods, super) and vm/obj_iter.c (iteration, containers,
** subscripts). A fresh VM per test.
*/
#define TEST_FIXTURE_VM
#include "test_util.h"

static Str *N(const char *s) { return str_intern_cstr(vm, s); }

static Class *mk(const char *name, Class *base) {
  Tuple *b = NULL;
  if (base) b = tuple_from(vm, 1, (Value[]){v_obj(base)});
  Class *c = class_new(vm, N(name), b, dict_new(vm));
  assert_non_null(c);
  return c;
}

static Value get(Value o, const char *name) { return vm_getattr(vm, o, N(name)); }

/* C helpers used as methods / property getters */
static Value c_double_x(VM *vm_, int argc, Value *argv, Dict *kw) {
  Value x = vm_getattr(vm_, argv[0], str_intern_cstr(vm_, "x"));
  if (v_isnull(x)) return x;
  return v_int(x.u.i * 2);
}
static Value c_argc(VM *vm_, int argc, Value *argv, Dict *kw) { return v_int(argc); }
static Value c_first(VM *vm_, int argc, Value *argv, Dict *kw) { return argv[0]; }

static void test_instance_attrs(void **state) {
  Class *c = mk("Point", NULL);
  dict_set_str(vm, c->dict, N("kind"), S("pt"));
  Value p = v_obj(instance_new(vm, c));
  assert_true(vm_setattr(vm, p, N("x"), v_int(3)));
  assert_int_equal(get(p, "x").u.i, 3);
  assert_string_equal(AS_STR(get(p, "kind"))->data, "pt");
  assert_true(v_isnull(get(p, "z")));
  assert_string_equal(exc_text(), "AttributeError: 'Point' object has no attribute 'z'");
  assert_true(v_isnull(vm_getattr_opt(vm, p, N("z"))));
  assert_true(v_isnull(vm->exc));
  /* instance attribute shadows the class attribute */
  assert_true(vm_setattr(vm, p, N("kind"), v_int(9)));
  assert_int_equal(get(p, "kind").u.i, 9);
  assert_true(vm_delattr(vm, p, N("kind")));
  assert_string_equal(AS_STR(get(p, "kind"))->data, "pt");
  assert_false(vm_delattr(vm, p, N("kind")));
  assert_string_equal(exc_text(), "AttributeError: kind");
  assert_true(v_same(get(p, "__class__"), v_obj(c)));
  Value d = get(p, "__dict__");
  assert_int_equal(d.tag, T_DICT);
  assert_string_equal(repr(d), "{'x': 3}");
  /* non-interned names work too */
  assert_true(vm_setattr(vm, p, str_from_cstr(vm, "y"), v_int(5)));
  assert_int_equal(vm_getattr(vm, p, str_from_cstr(vm, "y")).u.i, 5);
}

static void test_class_attrs(void **state) {
  Class *a = mk("A", NULL);
  Class *b = mk("B", a);
  uint64_t epoch = vm->class_epoch;
  assert_true(vm_setattr(vm, v_obj(a), N("x"), v_int(1)));
  assert_true(vm->class_epoch != epoch);
  assert_int_equal(get(v_obj(b), "x").u.i, 1);
  assert_true(v_isnull(get(v_obj(b), "y")));
  assert_string_equal(exc_text(), "AttributeError: type object 'B' has no attribute 'y'");
  assert_string_equal(AS_STR(get(v_obj(b), "__name__"))->data, "B");
  assert_string_equal(repr(get(v_obj(b), "__bases__")), "(<class 'A'>,)");
  assert_string_equal(repr(get(v_obj(vm->cls[T_BOOL]), "__mro__")),
                      "(<type 'bool'>, <type 'int'>, <type 'object'>)");
  assert_true(v_same(get(v_obj(b), "__class__"), v_obj(vm->cls_type)));
  assert_true(v_isnone(get(v_obj(b), "__doc__")));
  assert_string_equal(AS_STR(get(v_obj(vm->cls[T_INT]), "__module__"))->data, "__builtin__");
  assert_true(v_isnull(get(v_obj(vm->cls[T_INT]), "x")));
  assert_string_equal(exc_text(), "AttributeError: type object 'int' has no attribute 'x'");
  assert_false(vm_setattr(vm, v_obj(vm->cls[T_INT]), N("foo"), v_int(1)));
  assert_string_equal(exc_text(),
                      "TypeError: can't set attributes of built-in/extension type 'int'");
  assert_true(vm_delattr(vm, v_obj(a), N("x")));
  assert_false(vm_delattr(vm, v_obj(a), N("x")));
  assert_string_equal(exc_text(), "AttributeError: x");
  Value mro = vm_call_method(vm, v_obj(b), N("mro"), 0, NULL);
  assert_string_equal(repr(mro), "[<class 'B'>, <class 'A'>, <type 'object'>]");
}

static void test_builtin_values(void **state) {
  assert_true(v_isnull(get(v_int(1), "foo")));
  assert_string_equal(exc_text(), "AttributeError: 'int' object has no attribute 'foo'");
  Value r = get(v_int(7), "real");
  assert_int_equal(r.tag, T_INT);
  assert_int_equal(r.u.i, 7);
  r = get(v_bool(true), "real");
  assert_int_equal(r.tag, T_INT);
  r = get(v_float(1.5), "imag");
  assert_int_equal(r.tag, T_FLOAT);
  assert_true(r.u.f == 0.0);
  assert_false(vm_setattr(vm, v_int(1), N("real"), v_int(2)));
  assert_string_equal(exc_text(), "AttributeError: attribute 'real' of 'int' objects is not writable");
  Value l = v_obj(list_new(vm, 0));
  assert_false(vm_setattr(vm, l, N("append"), v_int(2)));
  assert_string_equal(exc_text(), "AttributeError: 'list' object attribute 'append' is read-only");
  assert_false(vm_setattr(vm, v_int(1), N("foo"), v_int(2)));
  assert_string_equal(exc_text(), "AttributeError: 'int' object has no attribute 'foo'");
  Value o = v_obj(instance_new(vm, vm->cls_object));
  assert_false(vm_setattr(vm, o, N("attr"), v_int(1)));
  assert_string_equal(exc_text(), "AttributeError: 'object' object has no attribute 'attr'");
  assert_true(v_same(get(v_none(), "__class__"), v_obj(vm->cls[T_NONE])));
  r = vm_call_method(vm, v_int(255), N("bit_length"), 0, NULL);
  assert_int_equal(r.u.i, 8);
  r = vm_call_method(vm, v_float(2.0), N("is_integer"), 0, NULL);
  assert_int_equal(r.tag, T_BOOL);
  assert_int_equal(r.u.i, 1);
}

static void test_bound_cfuncs(void **state) {
  Value l = v_obj(list_new(vm, 0));
  Value app = get(l, "append");
  assert_int_equal(app.tag, T_CFUNC);
  assert_true(v_same(AS_CFUNC(app)->self, l));
  assert_true(strncmp(repr(app), "<built-in method append of list object at 0x", 44) == 0);
  assert_false(v_isnull(vm_call1(vm, app, v_int(5))));
  assert_int_equal(AS_LIST(l)->len, 1);
  Value m;
  assert_int_equal(vm_load_method(vm, l, N("append"), &m), 1);
  assert_int_equal(m.tag, T_CFUNC);
  assert_true(v_isnull(AS_CFUNC(m)->self));
  /* unbound through the class */
  Value ua = get(v_obj(vm->cls[T_LIST]), "append");
  assert_string_equal(repr(ua), "<method 'append' of 'list' objects>");
  Value args[2] = { l, v_int(6) };
  assert_false(v_isnull(vm_call(vm, ua, 2, args, NULL)));
  assert_int_equal(AS_LIST(l)->len, 2);
  assert_string_equal(repr(get(v_obj(vm->cls_object), "__init__")),
                      "<slot wrapper '__init__' of 'object' objects>");
  /* a CFunc method on a user class binds; a plain builtin function does not */
  Class *c = mk("C", NULL);
  vm_add_method(vm, c, "meth", c_argc, 0, -1, false);
  dict_set_str(vm, c->dict, N("plain"), v_obj(cfunc_new(vm, "plain", c_argc, 0, -1, false)));
  Value o = v_obj(instance_new(vm, c));
  assert_int_equal(vm_call0(vm, get(o, "meth")).u.i, 1);
  assert_int_equal(vm_call0(vm, get(o, "plain")).u.i, 0);
  assert_int_equal(vm_call_method(vm, o, N("meth"), 0, NULL).u.i, 1);
}

static void test_descriptors(void **state) {
  Class *c = mk("C", NULL);
  Value getter = v_obj(cfunc_new(vm, "dx", c_double_x, 1, 1, false));
  Value pargs[1] = { getter };
  Value prop = vm_call(vm, v_obj(vm->cls[T_PROPERTY]), 1, pargs, NULL);
  assert_int_equal(prop.tag, T_PROPERTY);
  assert_true(vm_setattr(vm, v_obj(c), N("dx"), prop));
  assert_true(c->h.flags & CLS_HAS_DESCR);
  Value o = v_obj(instance_new(vm, c));
  assert_true(vm_setattr(vm, o, N("x"), v_int(21)));
  assert_int_equal(get(o, "dx").u.i, 42);
  assert_int_equal(get(o, "x").u.i, 21);
  assert_false(vm_setattr(vm, o, N("dx"), v_int(1)));
  assert_string_equal(exc_text(), "AttributeError: can't set attribute");
  assert_true(v_same(get(v_obj(c), "dx"), prop));  /* through the class: itself */
  /* a subclass made later inherits the flag */
  Class *d = mk("D", c);
  assert_true(d->h.flags & CLS_HAS_DESCR);

  Value fn = v_obj(cfunc_new(vm, "first", c_first, 0, -1, false));
  Value sm = vm_call1(vm, v_obj(vm->cls[T_STATICMETHOD]), fn);
  Value cm = vm_call1(vm, v_obj(vm->cls[T_CLASSMETHOD]), fn);
  assert_true(vm_setattr(vm, v_obj(c), N("sm"), sm));
  assert_true(vm_setattr(vm, v_obj(c), N("cm"), cm));
  assert_true(v_same(get(o, "sm"), fn));
  assert_true(v_same(get(v_obj(c), "sm"), fn));
  Value b = get(o, "cm");
  assert_int_equal(b.tag, T_BOUND);
  assert_true(v_same(vm_call0(vm, b), v_obj(c)));
  b = get(v_obj(d), "cm");
  assert_true(v_same(vm_call0(vm, b), v_obj(d)));
}

static void test_super(void **state) {
  Class *a = mk("A", NULL);
  Class *b = mk("B", a);
  dict_set_str(vm, a->dict, N("who"), S("A"));
  dict_set_str(vm, b->dict, N("who"), S("B"));
  vm_add_method(vm, a, "meth", c_first, 0, -1, false);
  Value o = v_obj(instance_new(vm, b));
  assert_string_equal(AS_STR(get(o, "who"))->data, "B");
  Value s = super_new(vm, b, o);
  assert_string_equal(AS_STR(get(s, "who"))->data, "A");
  assert_true(v_same(vm_call0(vm, get(s, "meth")), o));
  assert_true(v_isnull(get(super_new(vm, a, o), "who")));
  vm_exc_clear(vm);
  assert_true(v_isnull(super_new(vm, b, v_int(1))));
  assert_string_equal(exc_text(),
                      "TypeError: super(type, obj): obj must be an instance or subtype of type");
}

static Value collect(Value iterable) {
  Value l = vm_to_list(vm, iterable);
  assert_false(v_isnull(l));
  return l;
}

static void test_iteration(void **state) {
  assert_string_equal(repr(collect(xrange_new(vm, 5, 0, -2))), "[5, 3, 1]");
  assert_string_equal(repr(collect(S("ab"))), "['a', 'b']");
  Value t = v_obj(tuple_from(vm, 2, (Value[]){v_int(1), v_int(2)}));
  assert_string_equal(repr(collect(t)), "[1, 2]");
  assert_true(v_same(vm_to_tuple(vm, t), t));
  Value it = vm_iter(vm, v_obj(list_new(vm, 0)));
  assert_string_equal(vm_type_name(vm, it), "listiterator");
  assert_string_equal(vm_type_name(vm, vm_iter(vm, t)), "tupleiterator");
  assert_string_equal(vm_type_name(vm, vm_iter(vm, S("x"))), "iterator");
  assert_string_equal(vm_type_name(vm, vm_iter(vm, xrange_new(vm, 0, 3, 1))), "rangeiterator");
  assert_string_equal(vm_type_name(vm, vm_iter(vm, v_obj(dict_new(vm)))),
                      "dictionary-keyiterator");
  assert_true(v_isnull(vm_next(vm, it)));
  assert_true(v_isnull(vm->exc));
  assert_true(v_isnull(vm_iter(vm, v_int(3))));
  assert_string_equal(exc_text(), "TypeError: 'int' object is not iterable");
  /* next() method of iterators */
  it = vm_iter(vm, xrange_new(vm, 0, 1, 1));
  assert_int_equal(vm_call_method(vm, it, vm->s_next, 0, NULL).u.i, 0);
  assert_true(v_isnull(vm_call_method(vm, it, vm->s_next, 0, NULL)));
  assert_string_equal(exc_text(), "StopIteration: ");
  /* range iterators near the int64 limits do not wrap */
  it = iter_range_new(vm, INT64_MAX - 2, INT64_MAX, 1);
  assert_int_equal(vm_next(vm, it).u.i, INT64_MAX - 2);
  assert_int_equal(vm_next(vm, it).u.i, INT64_MAX - 1);
  assert_true(v_isnull(vm_next(vm, it)));
}

static void test_containers(void **state) {
  int64_t n;
  Value r = xrange_new(vm, 10, 0, -3);
  assert_true(vm_len(vm, r, &n));
  assert_int_equal(n, 4);
  assert_int_equal(vm_getitem(vm, r, v_int(-1)).u.i, 1);
  assert_true(v_isnull(vm_getitem(vm, r, v_int(4))));
  assert_string_equal(exc_text(), "IndexError: xrange object index out of range");
  assert_true(v_isnull(vm_getitem(vm, r, S("a"))));
  assert_string_equal(exc_text(), "TypeError: sequence index must be integer, not 'str'");
  assert_int_equal(vm_contains(vm, r, v_int(7)), 1);
  assert_int_equal(vm_contains(vm, r, v_int(8)), 0);
  assert_int_equal(vm_contains(vm, r, v_float(4.0)), 1);
  assert_false(vm_len(vm, v_int(1), &n));
  assert_string_equal(exc_text(), "TypeError: object of type 'int' has no len()");
  assert_int_equal(vm_contains(vm, v_int(1), v_int(1)), -1);
  assert_string_equal(exc_text(), "TypeError: argument of type 'int' is not iterable");
  assert_true(v_isnull(vm_getitem(vm, v_int(1), v_int(0))));
  assert_string_equal(exc_text(), "TypeError: 'int' object has no attribute '__getitem__'");
  assert_false(vm_setitem(vm, v_int(1), v_int(0), v_int(2)));
  assert_string_equal(exc_text(), "TypeError: 'int' object does not support item assignment");
  assert_false(vm_delitem(vm, v_int(1), v_int(0)));
  assert_string_equal(exc_text(), "TypeError: 'int' object does not support item deletion");
  Value t = v_obj(tuple_from(vm, 1, (Value[]){v_int(1)}));
  assert_false(vm_setitem(vm, t, v_int(0), v_int(2)));
  assert_string_equal(exc_text(), "TypeError: 'tuple' object does not support item assignment");
  assert_false(vm_delitem(vm, t, v_int(0)));
  assert_string_equal(exc_text(), "TypeError: 'tuple' object doesn't support item deletion");
  assert_true(v_isnull(vm_getitem(vm, v_obj(set_new(vm, false)), v_int(0))));
  assert_string_equal(exc_text(), "TypeError: 'set' object does not support indexing");
  Value l = v_obj(list_from(vm, 3, (Value[]){v_int(1), v_int(2), v_int(3)}));
  assert_int_equal(vm_getitem(vm, l, v_int(-1)).u.i, 3);
  assert_true(vm_setitem(vm, l, v_int(0), v_int(9)));
  assert_string_equal(repr(l), "[9, 2, 3]");
  Value sl = slice_new(vm, v_int(1), v_none(), v_none());
  assert_string_equal(repr(vm_getitem(vm, l, sl)), "[2, 3]");
  Value d = v_obj(dict_new(vm));
  assert_true(vm_setitem(vm, d, S("k"), v_int(1)));
  assert_int_equal(vm_getitem(vm, d, S("k")).u.i, 1);
  assert_int_equal(vm_contains(vm, d, S("k")), 1);
  assert_true(vm_delitem(vm, d, S("k")));
  assert_true(v_isnull(vm_getitem(vm, d, S("k"))));
  assert_string_equal(exc_text(), "KeyError: 'k'");
  Value sargs[3] = { v_int(1), v_int(2), v_int(3) };
  Value so = vm_call(vm, v_obj(vm->cls[T_SLICE]), 3, sargs, NULL);
  Value ind = vm_call_method(vm, so, N("indices"), 1, (Value[]){v_int(10)});
  assert_string_equal(repr(ind), "(1, 2, 3)");
  Value xargs[3] = { v_int(1), v_int(2), v_int(0) };
  assert_true(v_isnull(vm_call(vm, v_obj(vm->cls[T_XRANGE]), 3, xargs, NULL)));
  assert_string_equal(exc_text(), "ValueError: xrange() arg 3 must not be zero");
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown(test_instance_attrs, setup, teardown),
    cmocka_unit_test_setup_teardown(test_class_attrs, setup, teardown),
    cmocka_unit_test_setup_teardown(test_builtin_values, setup, teardown),
    cmocka_unit_test_setup_teardown(test_bound_cfuncs, setup, teardown),
    cmocka_unit_test_setup_teardown(test_descriptors, setup, teardown),
    cmocka_unit_test_setup_teardown(test_super, setup, teardown),
    cmocka_unit_test_setup_teardown(test_iteration, setup, teardown),
    cmocka_unit_test_setup_teardown(test_containers, setup, teardown),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
