/*
** test_class.c: unit tests of vm/obj_class.c and vm/obj_types.c: builtin
** classes, class creation and C3 MRO, maps and instances. A fresh VM per test.
*/
#define TEST_FIXTURE_VM
#include "test_util.h"

static Str *N(const char *s) { return str_intern_cstr(vm, s); }

static Tuple *bases(int n, ...) {
  va_list ap;
  va_start(ap, n);
  Tuple *t = tuple_new(vm, n);
  for (int i = 0; i < n; i++) t->items[i] = v_obj(va_arg(ap, Class *));
  va_end(ap);
  return t;
}

static Class *mk(const char *name, Tuple *b) {
  Class *c = class_new(vm, N(name), b, dict_new(vm));
  assert_non_null(c);
  return c;
}

static const char *mro_names(Class *c) {
  static char buf[256];
  buf[0] = 0;
  for (int64_t i = 0; i < c->mro->len; i++) {
    if (i) strcat(buf, " ");
    strcat(buf, AS_CLASS(c->mro->items[i])->name->data);
  }
  return buf;
}

static void test_builtin_classes(void **state) {
  assert_string_equal(vm->cls[T_INT]->name->data, "int");
  assert_string_equal(vm->cls[T_NONE]->name->data, "NoneType");
  assert_string_equal(vm->cls[T_CFUNC]->name->data, "builtin_function_or_method");
  assert_string_equal(vm->cls[T_BOUND]->name->data, "instancemethod");
  assert_string_equal(vm->cls[T_FUNC]->name->data, "function");
  assert_true(vm->cls[T_INSTANCE] == vm->cls_object);
  assert_true(vm->cls[T_CLASS] == vm->cls_type);
  assert_true(vm->cls_type->h.cls == vm->cls_type);
  assert_true(vm->cls[T_INT]->h.cls == vm->cls_type);
  assert_string_equal(mro_names(vm->cls[T_BOOL]), "bool int object");
  assert_string_equal(mro_names(vm->cls[T_STR]), "str basestring object");
  assert_string_equal(mro_names(vm->cls_object), "object");
  assert_true(vm->cls[T_INT]->h.flags & CLS_BUILTIN);
  assert_true(vm->cls[T_BOOL]->h.flags & CLS_FINAL);
  for (int t = 0; t < T__MAX; t++) {
    assert_non_null(vm->cls[t]);
    assert_non_null(vm->cls[t]->name);
    assert_non_null(vm->cls[t]->dict);
    assert_non_null(vm->cls[t]->mro);
  }
  assert_non_null(vm->s___init__);
  assert_true(vm->s___init__ == N("__init__"));
  assert_true(class_is_subclass(vm->cls[T_BOOL], vm->cls[T_INT]));
  assert_false(class_is_subclass(vm->cls[T_INT], vm->cls[T_BOOL]));
  assert_true(class_is_subclass(vm->exc_ZeroDivisionError, vm->exc_ArithmeticError));
}

static void test_class_new(void **state) {
  Class *c = mk("C", NULL);
  assert_string_equal(mro_names(c), "C object");
  assert_int_equal(c->bases->len, 1);
  assert_true(c->h.cls == vm->cls_type);
  assert_int_equal(c->inst_kind, T_INSTANCE);
  assert_false(c->h.flags & CLS_BUILTIN);
  assert_true(v_isnone(dict_get_str(vm, c->dict, vm->s___doc__)));
  assert_non_null(c->root_map);
  Class *e = mk("MyError", bases(1, vm->exc_ValueError));
  assert_true(e->h.flags & CLS_EXCEPTION);
  assert_false(c->h.flags & CLS_EXCEPTION);
  /* module from the class body's dict */
  Dict *d = dict_new(vm);
  dict_set_str(vm, d, vm->s___module__, v_obj(N("mymod")));
  Class *m = class_new(vm, N("M"), NULL, d);
  assert_string_equal(m->module->data, "mymod");
}

static void test_c3(void **state) {
  Class *a = mk("A", NULL);
  Class *b = mk("B", bases(1, a));
  Class *c = mk("C", bases(1, a));
  Class *d = mk("D", bases(2, b, c));
  assert_string_equal(mro_names(d), "D B C A object");
  /* CPython's classic example */
  Class *o = vm->cls_object;
  (void)o;
  Class *F = mk("F", NULL), *E = mk("E", NULL), *Dd = mk("DD", NULL);
  Class *C2 = mk("C2", bases(2, Dd, F));
  Class *B2 = mk("B2", bases(2, Dd, E));
  Class *A2 = mk("A2", bases(2, B2, C2));
  assert_string_equal(mro_names(A2), "A2 B2 C2 DD E F object");
  assert_true(class_is_subclass(d, a));
  assert_false(class_is_subclass(b, c));
}

static void test_class_errors(void **state) {
  Class *a = mk("A", NULL);
  Class *b = mk("B", bases(1, a));
  assert_null(class_new(vm, N("C"), bases(2, a, b), dict_new(vm)));
  assert_string_equal(exc_text(),
                      "TypeError: Error when calling the metaclass bases\n    Cannot create a "
                      "consistent method resolution\norder (MRO) for bases A, B");
  assert_null(class_new(vm, N("D"), bases(2, a, a), dict_new(vm)));
  assert_string_equal(exc_text(),
                      "TypeError: Error when calling the metaclass bases\n    duplicate base class A");
  assert_null(class_new(vm, N("E"), bases(1, vm->cls[T_BOOL]), dict_new(vm)));
  assert_string_equal(exc_text(), "TypeError: Error when calling the metaclass bases\n"
                                  "    type 'bool' is not an acceptable base type");
  assert_null(class_new(vm, N("F"), bases(2, vm->cls[T_LIST], vm->cls[T_DICT]), dict_new(vm)));
  assert_string_equal(exc_text(), "TypeError: Error when calling the metaclass bases\n"
                                  "    multiple bases have instance lay-out conflict");
}

static void test_lookup(void **state) {
  Class *a = mk("A", NULL);
  dict_set_str(vm, a->dict, N("x"), v_int(1));
  Class *b = mk("B", bases(1, a));
  Class *c = mk("C", bases(1, a));
  dict_set_str(vm, c->dict, N("x"), v_int(2));
  Class *d = mk("D", bases(2, b, c));
  Class *owner = NULL;
  Value v = class_lookup_owner(vm, d, N("x"), &owner);
  assert_int_equal(v.u.i, 2);
  assert_true(owner == c);
  v = class_lookup(vm, b, N("x"));
  assert_int_equal(v.u.i, 1);
  assert_true(v_isnull(class_lookup(vm, d, N("nope"))));
  assert_false(v_isnull(class_lookup(vm, d, vm->s___init__)));  /* object's */
  /* the lookup cache follows class changes (vm_setattr bumps class_epoch) */
  assert_true(v_isnull(class_lookup(vm, d, N("y"))));
  assert_true(vm_setattr(vm, v_obj(a), N("y"), v_int(5)));
  assert_int_equal(class_lookup(vm, d, N("y")).u.i, 5);
  assert_true(vm_setattr(vm, v_obj(c), N("y"), v_int(6)));
  assert_int_equal(class_lookup(vm, d, N("y")).u.i, 6);
  assert_true(vm_delattr(vm, v_obj(c), N("y")));
  assert_int_equal(class_lookup(vm, d, N("y")).u.i, 5);
}

static void test_maps(void **state) {
  Class *c = mk("P", NULL);
  Instance *p = instance_new(vm, c), *q = instance_new(vm, c), *r = instance_new(vm, c);
  assert_true(p->map == c->root_map);
  assert_true(instance_setattr_slot(vm, p, N("x"), v_int(1)));
  assert_true(instance_setattr_slot(vm, p, N("y"), v_int(2)));
  assert_true(instance_setattr_slot(vm, q, N("x"), v_int(3)));
  assert_true(instance_setattr_slot(vm, q, N("y"), v_int(4)));
  assert_true(p->map == q->map);
  assert_true(instance_setattr_slot(vm, r, N("y"), v_int(5)));
  assert_true(instance_setattr_slot(vm, r, N("x"), v_int(6)));
  assert_true(r->map != p->map);
  assert_int_equal(map_lookup(vm, p->map, N("x")), 0);
  assert_int_equal(map_lookup(vm, p->map, N("y")), 1);
  assert_int_equal(map_lookup(vm, r->map, N("x")), 1);
  assert_int_equal(map_lookup(vm, p->map, N("z")), -1);
  assert_int_equal(instance_getattr_slot(q, N("y")).u.i, 4);
  assert_true(v_isnull(instance_getattr_slot(q, N("z"))));
  /* overwrite keeps the map */
  Map *m = p->map;
  assert_true(instance_setattr_slot(vm, p, N("x"), v_int(10)));
  assert_true(p->map == m);
  assert_int_equal(instance_getattr_slot(p, N("x")).u.i, 10);
  /* a new instance is pre-sized from the class's experience */
  Instance *s = instance_new(vm, c);
  assert_true(s->cap >= 2);
}

static void test_many_attrs(void **state) {
  Class *c = mk("Big", NULL);
  Instance *o = instance_new(vm, c);
  char name[16];
  for (int i = 0; i < 40; i++) {
    snprintf(name, sizeof name, "a%d", i);
    assert_true(instance_setattr_slot(vm, o, N(name), v_int(i * 10)));
  }
  assert_int_equal(o->map->nattrs, 40);
  for (int i = 0; i < 40; i++) {
    snprintf(name, sizeof name, "a%d", i);
    assert_int_equal(map_lookup(vm, o->map, N(name)), i);
    assert_int_equal(instance_getattr_slot(o, N(name)).u.i, i * 10);
  }
  assert_int_equal(map_lookup(vm, o->map, N("zz")), -1);
  /* delete one: the others keep their values */
  assert_int_equal(instance_delattr_slot(vm, o, N("a5")), 1);
  assert_int_equal(instance_delattr_slot(vm, o, N("a5")), 0);
  assert_int_equal(o->map->nattrs, 39);
  for (int i = 0; i < 40; i++) {
    snprintf(name, sizeof name, "a%d", i);
    Value v = instance_getattr_slot(o, N(name));
    if (i == 5) assert_true(v_isnull(v));
    else assert_int_equal(v.u.i, i * 10);
  }
  Dict *d = instance_dict(vm, o);
  assert_int_equal(d->used, 39);
}

static void test_type_ctor(void **state) {
  Value t = v_obj(vm->cls_type);
  Value r = vm_call1(vm, t, v_int(1));
  assert_true(v_same(r, v_obj(vm->cls[T_INT])));
  Dict *ns = dict_new(vm);
  dict_set(vm, ns, v_obj(str_from_cstr(vm, "k")), v_int(7));
  Value args[3] = { v_obj(str_from_cstr(vm, "Dyn")), v_obj(tuple_new(vm, 0)), v_obj(ns) };
  r = vm_call(vm, t, 3, args, NULL);
  assert_int_equal(r.tag, T_CLASS);
  assert_string_equal(AS_CLASS(r)->name->data, "Dyn");
  assert_int_equal(class_lookup(vm, AS_CLASS(r), N("k")).u.i, 7);
  Value inst = vm_call0(vm, r);
  assert_int_equal(inst.tag, T_INSTANCE);
  assert_true(inst.u.o->cls == AS_CLASS(r));
  r = vm_call1(vm, v_obj(vm->cls_object), v_int(1));
  assert_true(v_isnull(r));
  assert_string_equal(exc_text(), "TypeError: object() takes no parameters");
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown(test_builtin_classes, setup, teardown),
    cmocka_unit_test_setup_teardown(test_class_new, setup, teardown),
    cmocka_unit_test_setup_teardown(test_c3, setup, teardown),
    cmocka_unit_test_setup_teardown(test_class_errors, setup, teardown),
    cmocka_unit_test_setup_teardown(test_lookup, setup, teardown),
    cmocka_unit_test_setup_teardown(test_maps, setup, teardown),
    cmocka_unit_test_setup_teardown(test_many_attrs, setup, teardown),
    cmocka_unit_test_setup_teardown(test_type_ctor, setup, teardown),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
