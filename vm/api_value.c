/*
** api_value.c: the embedding API (include/rpyvm.h), part two: values
** (constructors, inspection, checked conversions), containers, globals,
** modules and attributes, and calls from C into scripts. Every entry point
** goes through API_ENTER / API_RETURN (api.h), so a failure becomes the
** VM's last error and leaves the VM usable.
*/
#include <stdlib.h>
#include <string.h>

#include "api.h"
#include "types.h"
#include "../gc/gc.h"
#include "../stdlib/lib.h"

/* Zero *out (if given) so a failed call leaves an invalid value there. */
#define CLEAR_OUT(out) do { if (out) memset((out), 0, sizeof *(out)); } while (0)

/* ==== constructors ============================================================ */

rpy_value rpy_none(void) { return api_out(v_none()); }

rpy_value rpy_bool(int b) { return api_out(v_bool(b != 0)); }

rpy_value rpy_int(rpy_vm *rvm, int64_t i) {
  (void)rvm;
  return api_out(v_int(i));
}

rpy_value rpy_float(double d) { return api_out(v_float(d)); }

rpy_value rpy_str(rpy_vm *rvm, const char *bytes, size_t len) {
  rpy_value r;
  memset(&r, 0, sizeof r);
  VM *vm = api_check_vm(rvm);
  if (!vm) return r;
  ApiFrame af;
  api_enter(vm, &af);
  if (!bytes && len) {
    api_leave(&af, api_misuse(vm, "rpy_str: bytes is NULL"));
    return r;
  }
  Str *s = str_new(vm, bytes ? bytes : "", len);
  if (!s) {
    if (v_isnull(vm->exc)) vm_raise(vm, vm->exc_MemoryError, NULL);
    api_leave(&af, RPY_ERR_MEMORY);
    return r;
  }
  r = api_out(v_obj(s));
  api_leave(&af, RPY_OK);
  return r;
}

rpy_value rpy_cstr(rpy_vm *rvm, const char *s) {
  return rpy_str(rvm, s, s ? strlen(s) : 1);  /* NULL: rpy_str reports the misuse */
}

/* ==== inspection =============================================================== */

rpy_type rpy_type_of(rpy_value value) {
  Value v = api_in(value);
  if (!api_valid(v)) return RPY_TYPE_INVALID;
  switch (v.tag) {
  case T_NONE: return RPY_TYPE_NONE;
  case T_BOOL: return RPY_TYPE_BOOL;
  case T_INT: case T_LONG: return RPY_TYPE_INT;
  case T_FLOAT: return RPY_TYPE_FLOAT;
  case T_STR: return RPY_TYPE_STR;
  case T_TUPLE: return RPY_TYPE_TUPLE;
  case T_LIST: return RPY_TYPE_LIST;
  case T_DICT: return RPY_TYPE_DICT;
  case T_FUNC: case T_CFUNC: case T_BOUND: return RPY_TYPE_FUNCTION;
  case T_CLASS: return RPY_TYPE_CLASS;
  case T_MODULE: return RPY_TYPE_MODULE;
  default: return RPY_TYPE_OBJECT;
  }
}

const char *rpy_type_name(rpy_vm *rvm, rpy_value value) {
  VM *vm = api_check_vm(rvm);
  Value v = api_in(value);
  if (!vm || !api_valid(v)) return "<invalid>";
  return vm_type_name(vm, v);
}

int rpy_is_none(rpy_value v) { return api_in(v).tag == T_NONE; }

int rpy_is_callable(rpy_vm *rvm, rpy_value value) {
  VM *vm = api_check_vm(rvm);
  Value v = api_in(value);
  if (!vm || !api_valid(v)) return 0;
  switch (v.tag) {
  case T_FUNC: case T_CFUNC: case T_BOUND: case T_CLASS: return 1;
  case T_STATICMETHOD: case T_CLASSMETHOD: return 0;
  default: return !v_isnull(class_lookup(vm, vm_class_of(vm, v), vm->s___call__));
  }
}

int rpy_is(rpy_value a, rpy_value b) {
  Value x = api_in(a), y = api_in(b);
  return api_valid(x) && api_valid(y) && v_same(x, y);
}

/* ==== conversions ================================================================ */

rpy_status rpy_to_int(rpy_vm *rvm, rpy_value value, int64_t *out) {
  API_ENTER(rvm, "rpy_to_int");
  Value v = api_in(value);
  API_VALUE(v, "the value");
  API_REQUIRE(out, "rpy_to_int: out is NULL");
  API_RETURN(lib_to_int(vm, v, out) ? RPY_OK : RPY_ERR_RUNTIME);
}

rpy_status rpy_to_float(rpy_vm *rvm, rpy_value value, double *out) {
  API_ENTER(rvm, "rpy_to_float");
  Value v = api_in(value);
  API_VALUE(v, "the value");
  API_REQUIRE(out, "rpy_to_float: out is NULL");
  API_RETURN(lib_to_double(vm, v, out) ? RPY_OK : RPY_ERR_RUNTIME);
}

rpy_status rpy_to_str(rpy_vm *rvm, rpy_value value, const char **bytes, size_t *len) {
  API_ENTER(rvm, "rpy_to_str");
  if (bytes) *bytes = NULL;
  if (len) *len = 0;
  Value v = api_in(value);
  API_VALUE(v, "the value");
  API_REQUIRE(bytes, "rpy_to_str: bytes is NULL");
  if (v.tag != T_STR) {
    vm_raise(vm, vm->exc_TypeError, "expected string, %s found", vm_type_name(vm, v));
    API_RETURN(RPY_ERR_RUNTIME);
  }
  *bytes = AS_STR(v)->data;
  if (len) *len = (size_t)AS_STR(v)->len;
  API_RETURN(RPY_OK);
}

rpy_status rpy_to_bool(rpy_vm *rvm, rpy_value value, int *out) {
  API_ENTER(rvm, "rpy_to_bool");
  Value v = api_in(value);
  API_VALUE(v, "the value");
  API_REQUIRE(out, "rpy_to_bool: out is NULL");
  int t = vm_truthy(vm, v);
  if (t < 0) API_RETURN(RPY_ERR_RUNTIME);
  *out = t;
  API_RETURN(RPY_OK);
}

/* Hand a result to the host: RPY_ERR_RUNTIME when r is T_NULL (raised). */
static rpy_status put_result(Value r, rpy_value *out) {
  if (v_isnull(r)) return RPY_ERR_RUNTIME;
  *out = api_out(r);
  return RPY_OK;
}

/* str(value) or repr(value) as a Python string. */
static rpy_status to_text(rpy_vm *rvm, const char *fn, Str *(*conv)(VM *, Value),
                          rpy_value value, rpy_value *out) {
  API_ENTER(rvm, fn);
  CLEAR_OUT(out);
  Value v = api_in(value);
  API_VALUE(v, "the value");
  API_REQUIRE(out, "%s: out is NULL", fn);
  Str *s = conv(vm, v);
  API_RETURN(put_result(s ? v_obj(s) : v_null(), out));
}

rpy_status rpy_str_of(rpy_vm *rvm, rpy_value value, rpy_value *out) {
  return to_text(rvm, "rpy_str_of", vm_str, value, out);
}

rpy_status rpy_repr(rpy_vm *rvm, rpy_value value, rpy_value *out) {
  return to_text(rvm, "rpy_repr", vm_repr, value, out);
}

rpy_status rpy_equal(rpy_vm *rvm, rpy_value a, rpy_value b, int *out) {
  API_ENTER(rvm, "rpy_equal");
  Value x = api_in(a), y = api_in(b);
  API_VALUE(x, "the first value");
  API_VALUE(y, "the second value");
  API_REQUIRE(out, "rpy_equal: out is NULL");
  int r = vm_equal(vm, x, y);
  if (r < 0) API_RETURN(RPY_ERR_RUNTIME);
  *out = r;
  API_RETURN(RPY_OK);
}

/* ==== containers ==================================================================== */

/* Copy n host values into GC-visible memory (the C stack for a few). */
#define SMALL_ARGS 16
static Value *copy_values(VM *vm, const char *fn, int64_t n, const rpy_value *items,
                          Value *small, rpy_status *st) {
  *st = RPY_OK;
  if (n == 0) return small;
  if (!items) return NULL;
  Value *a = n <= SMALL_ARGS ? small : gc_alloc(sizeof(Value) * (size_t)n);
  if (!a) {
    vm_raise(vm, vm->exc_MemoryError, NULL);
    *st = RPY_ERR_MEMORY;
    return NULL;
  }
  for (int64_t i = 0; i < n; i++) {
    a[i] = api_in(items[i]);
    if (!api_valid(a[i])) {
      *st = api_misuse(vm, "%s: item %lld is not a valid value", fn, (long long)i);
      return NULL;
    }
  }
  return a;
}

static rpy_status seq_new(rpy_vm *rvm, const char *fn, bool tuple, int64_t n,
                          const rpy_value *items, rpy_value *out) {
  API_ENTER(rvm, fn);
  API_REQUIRE(out, "%s: out is NULL", fn);
  if (n < 0 || n >= ((int64_t)1 << 40)) {
    CLEAR_OUT(out);
    API_RETURN(api_misuse(vm, "%s: bad length %lld", fn, (long long)n));
  }
  Value v;
  if (!items) {
    if (tuple) {
      Tuple *t = tuple_new(vm, n);
      v = t ? v_obj(t) : v_null();
    } else {
      List *l = list_new(vm, n);
      v = l ? v_obj(l) : v_null();
    }
  } else {
    Value small[SMALL_ARGS];
    rpy_status st;
    Value *a = copy_values(vm, fn, n, items, small, &st);
    CLEAR_OUT(out);  /* only now: out may alias items */
    if (st != RPY_OK) API_RETURN(st);
    if (tuple) {
      Tuple *t = tuple_from(vm, n, a);
      v = t ? v_obj(t) : v_null();
    } else {
      List *l = list_from(vm, n, a);
      v = l ? v_obj(l) : v_null();
    }
  }
  if (v_isnull(v)) {
    CLEAR_OUT(out);
    if (v_isnull(vm->exc)) vm_raise(vm, vm->exc_MemoryError, NULL);
    API_RETURN(RPY_ERR_MEMORY);
  }
  *out = api_out(v);
  API_RETURN(RPY_OK);
}

rpy_status rpy_list_new(rpy_vm *vm, int64_t n, const rpy_value *items, rpy_value *out) {
  return seq_new(vm, "rpy_list_new", false, n, items, out);
}

rpy_status rpy_tuple_new(rpy_vm *vm, int64_t n, const rpy_value *items, rpy_value *out) {
  return seq_new(vm, "rpy_tuple_new", true, n, items, out);
}

rpy_status rpy_dict_new(rpy_vm *rvm, rpy_value *out) {
  API_ENTER(rvm, "rpy_dict_new");
  CLEAR_OUT(out);
  API_REQUIRE(out, "rpy_dict_new: out is NULL");
  Dict *d = dict_new(vm);
  if (!d) {
    if (v_isnull(vm->exc)) vm_raise(vm, vm->exc_MemoryError, NULL);
    API_RETURN(RPY_ERR_MEMORY);
  }
  *out = api_out(v_obj(d));
  API_RETURN(RPY_OK);
}

rpy_status rpy_list_append(rpy_vm *rvm, rpy_value list, rpy_value item) {
  API_ENTER(rvm, "rpy_list_append");
  Value l = api_in(list), v = api_in(item);
  API_VALUE(l, "the list");
  API_VALUE(v, "the item");
  if (l.tag == T_LIST) {
    if (!list_append(vm, AS_LIST(l), v)) {
      if (v_isnull(vm->exc)) vm_raise(vm, vm->exc_MemoryError, NULL);
      API_RETURN(RPY_ERR_MEMORY);
    }
    API_RETURN(RPY_OK);
  }
  Value r = vm_call_method(vm, l, vm->s_append, 1, &v);
  API_RETURN(v_isnull(r) ? RPY_ERR_RUNTIME : RPY_OK);
}

rpy_status rpy_len(rpy_vm *rvm, rpy_value value, int64_t *out) {
  API_ENTER(rvm, "rpy_len");
  Value v = api_in(value);
  API_VALUE(v, "the value");
  API_REQUIRE(out, "rpy_len: out is NULL");
  API_RETURN(vm_len(vm, v, out) ? RPY_OK : RPY_ERR_RUNTIME);
}

rpy_status rpy_get_item(rpy_vm *rvm, rpy_value container, rpy_value key, rpy_value *out) {
  API_ENTER(rvm, "rpy_get_item");
  CLEAR_OUT(out);
  Value c = api_in(container), k = api_in(key);
  API_VALUE(c, "the container");
  API_VALUE(k, "the key");
  API_REQUIRE(out, "rpy_get_item: out is NULL");
  API_RETURN(put_result(vm_getitem(vm, c, k), out));
}

rpy_status rpy_set_item(rpy_vm *rvm, rpy_value container, rpy_value key, rpy_value value) {
  API_ENTER(rvm, "rpy_set_item");
  Value c = api_in(container), k = api_in(key), v = api_in(value);
  API_VALUE(c, "the container");
  API_VALUE(k, "the key");
  API_VALUE(v, "the value");
  API_RETURN(vm_setitem(vm, c, k, v) ? RPY_OK : RPY_ERR_RUNTIME);
}

rpy_status rpy_del_item(rpy_vm *rvm, rpy_value container, rpy_value key) {
  API_ENTER(rvm, "rpy_del_item");
  Value c = api_in(container), k = api_in(key);
  API_VALUE(c, "the container");
  API_VALUE(k, "the key");
  API_RETURN(vm_delitem(vm, c, k) ? RPY_OK : RPY_ERR_RUNTIME);
}

rpy_status rpy_get_index(rpy_vm *rvm, rpy_value seq, int64_t i, rpy_value *out) {
  API_ENTER(rvm, "rpy_get_index");
  CLEAR_OUT(out);
  Value s = api_in(seq);
  API_VALUE(s, "the sequence");
  API_REQUIRE(out, "rpy_get_index: out is NULL");
  API_RETURN(put_result(vm_getitem(vm, s, v_int(i)), out));
}

rpy_status rpy_dict_get(rpy_vm *rvm, rpy_value dict, const char *key, rpy_value *out) {
  API_ENTER(rvm, "rpy_dict_get");
  CLEAR_OUT(out);
  Value d = api_in(dict);
  API_VALUE(d, "the dict");
  API_REQUIRE(key, "rpy_dict_get: key is NULL");
  API_REQUIRE(out, "rpy_dict_get: out is NULL");
  Str *k = str_from_cstr(vm, key);
  if (!k) API_RETURN(RPY_ERR_MEMORY);
  API_RETURN(put_result(vm_getitem(vm, d, v_obj(k)), out));
}

rpy_status rpy_dict_set(rpy_vm *rvm, rpy_value dict, const char *key, rpy_value value) {
  API_ENTER(rvm, "rpy_dict_set");
  Value d = api_in(dict), v = api_in(value);
  API_VALUE(d, "the dict");
  API_VALUE(v, "the value");
  API_REQUIRE(key, "rpy_dict_set: key is NULL");
  Str *k = str_from_cstr(vm, key);
  if (!k) API_RETURN(RPY_ERR_MEMORY);
  API_RETURN(vm_setitem(vm, d, v_obj(k), v) ? RPY_OK : RPY_ERR_RUNTIME);
}

int rpy_dict_next(rpy_vm *rvm, rpy_value dict, size_t *pos, rpy_value *key, rpy_value *value) {
  VM *vm = api_check_vm(rvm);
  if (!vm) return 0;
  CLEAR_OUT(key);
  CLEAR_OUT(value);
  Value d = api_in(dict);
  if (!api_valid(d) || d.tag != T_DICT || !pos) {
    ApiFrame af;
    api_enter(vm, &af);
    if (!pos) api_leave(&af, api_misuse(vm, "rpy_dict_next: pos is NULL"));
    else if (!api_valid(d)) api_leave(&af, api_misuse(vm, "rpy_dict_next: the dict is not a valid value"));
    else {
      vm_raise(vm, vm->exc_TypeError, "expected dict, %s found", vm_type_name(vm, d));
      api_leave(&af, RPY_ERR_RUNTIME);
    }
    return 0;
  }
  int64_t p = (int64_t)*pos;
  Value k, v;
  if (p < 0 || !dict_next(AS_DICT(d), &p, &k, &v)) return 0;
  *pos = (size_t)p;
  if (key) *key = api_out(k);
  if (value) *value = api_out(v);
  return 1;
}

/* ==== globals, modules, attributes ========================================================= */

rpy_status rpy_get_global(rpy_vm *rvm, const char *name, rpy_value *out) {
  API_ENTER(rvm, "rpy_get_global");
  CLEAR_OUT(out);
  API_REQUIRE(name, "rpy_get_global: name is NULL");
  API_REQUIRE(out, "rpy_get_global: out is NULL");
  Str *k = str_intern_cstr(vm, name);
  if (!k) API_RETURN(RPY_ERR_MEMORY);
  Value v = dict_get_str(vm, vm->main_module->dict, k);
  if (v_isnull(v)) v = dict_get_str(vm, vm->builtins, k);
  if (v_isnull(v)) {
    vm_raise(vm, vm->exc_NameError, "name '%s' is not defined", name);
    API_RETURN(RPY_ERR_RUNTIME);
  }
  *out = api_out(v);
  API_RETURN(RPY_OK);
}

rpy_status rpy_set_global(rpy_vm *rvm, const char *name, rpy_value value) {
  API_ENTER(rvm, "rpy_set_global");
  API_REQUIRE(name, "rpy_set_global: name is NULL");
  Value v = api_in(value);
  API_VALUE(v, "the value");
  Str *k = str_intern_cstr(vm, name);
  if (!k) API_RETURN(RPY_ERR_MEMORY);
  API_RETURN(dict_set_str(vm, vm->main_module->dict, k, v) ? RPY_OK : RPY_ERR_RUNTIME);
}

rpy_status rpy_import(rpy_vm *rvm, const char *name, rpy_value *out) {
  API_ENTER(rvm, "rpy_import");
  CLEAR_OUT(out);
  API_REQUIRE(name && name[0], "rpy_import: name is NULL or empty");
  Str *k = str_intern_cstr(vm, name);
  if (!k) API_RETURN(RPY_ERR_MEMORY);
  Value m = vm_import(vm, k, v_none(), 0, vm->main_module->dict);
  if (v_isnull(m)) {
    if (v_isnull(vm->exc)) vm_raise(vm, vm->exc_ImportError, "No module named %s", name);
    API_RETURN(RPY_ERR_RUNTIME);
  }
  /* `import a.b` gives a; the caller wants b. */
  Value leaf = dict_get_str(vm, vm->modules, k);
  if (!v_isnull(leaf) && !v_isnone(leaf)) m = leaf;
  if (out) *out = api_out(m);
  API_RETURN(RPY_OK);
}

rpy_status rpy_get_attr(rpy_vm *rvm, rpy_value obj, const char *name, rpy_value *out) {
  API_ENTER(rvm, "rpy_get_attr");
  CLEAR_OUT(out);
  Value o = api_in(obj);
  API_VALUE(o, "the object");
  API_REQUIRE(name, "rpy_get_attr: name is NULL");
  API_REQUIRE(out, "rpy_get_attr: out is NULL");
  Str *k = str_intern_cstr(vm, name);
  if (!k) API_RETURN(RPY_ERR_MEMORY);
  API_RETURN(put_result(vm_getattr(vm, o, k), out));
}

rpy_status rpy_set_attr(rpy_vm *rvm, rpy_value obj, const char *name, rpy_value value) {
  API_ENTER(rvm, "rpy_set_attr");
  Value o = api_in(obj), v = api_in(value);
  API_VALUE(o, "the object");
  API_VALUE(v, "the value");
  API_REQUIRE(name, "rpy_set_attr: name is NULL");
  Str *k = str_intern_cstr(vm, name);
  if (!k) API_RETURN(RPY_ERR_MEMORY);
  API_RETURN(vm_setattr(vm, o, k, v) ? RPY_OK : RPY_ERR_RUNTIME);
}

/* ==== calls ================================================================================ */

static rpy_status call(rpy_vm *rvm, const char *fn, Value f, const char *method, int argc,
                       const rpy_value *argv, Value kwargs, rpy_value *result) {
  API_ENTER(rvm, fn);
  if (!api_valid(f) || argc < 0 || (argc > 0 && !argv)) {
    CLEAR_OUT(result);
    API_VALUE(f, method ? "the object" : "the callable");
    API_REQUIRE(argc >= 0, "%s: argc is negative (%d)", fn, argc);
    API_RETURN(api_misuse(vm, "%s: argv is NULL but argc is %d", fn, argc));
  }
  Dict *kw = NULL;
  if (!v_isnull(kwargs) && !v_isnone(kwargs)) {
    if (!api_valid(kwargs)) CLEAR_OUT(result);
    API_VALUE(kwargs, "kwargs");
    if (kwargs.tag != T_DICT) {
      CLEAR_OUT(result);
      vm_raise(vm, vm->exc_TypeError, "%s: keyword arguments must be a dict, not %s", fn,
               vm_type_name(vm, kwargs));
      API_RETURN(RPY_ERR_RUNTIME);
    }
    kw = AS_DICT(kwargs);
  }
  Value small[SMALL_ARGS];
  rpy_status st;
  Value *a = copy_values(vm, fn, argc, argv, small, &st);
  CLEAR_OUT(result);  /* only now: result may alias argv */
  if (st != RPY_OK) API_RETURN(st);
  Value r;
  if (method) {
    Str *k = str_intern_cstr(vm, method);
    if (!k) API_RETURN(RPY_ERR_MEMORY);
    r = vm_call_method(vm, f, k, argc, a);
  } else {
    r = vm_call(vm, f, argc, a, kw);
  }
  if (v_isnull(r)) API_RETURN(RPY_ERR_RUNTIME);
  if (result) *result = api_out(r);
  API_RETURN(RPY_OK);
}

rpy_status rpy_call(rpy_vm *vm, rpy_value callable, int argc, const rpy_value *argv,
                    rpy_value *result) {
  return call(vm, "rpy_call", api_in(callable), NULL, argc, argv, v_null(), result);
}

rpy_status rpy_call_kw(rpy_vm *vm, rpy_value callable, int argc, const rpy_value *argv,
                       rpy_value kwargs, rpy_value *result) {
  return call(vm, "rpy_call_kw", api_in(callable), NULL, argc, argv, api_in(kwargs), result);
}

rpy_status rpy_call_method(rpy_vm *rvm, rpy_value obj, const char *name, int argc,
                           const rpy_value *argv, rpy_value *result) {
  if (!name) {
    CLEAR_OUT(result);
    API_ENTER(rvm, "rpy_call_method");
    API_RETURN(api_misuse(vm, "rpy_call_method: name is NULL"));
  }
  return call(rvm, "rpy_call_method", api_in(obj), name, argc, argv, v_null(), result);
}
