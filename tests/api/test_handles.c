/*
** test_handles.c: handles keep values alive in memory the collector does
** not scan. rpy_handle_new, rpy_handle_get, rpy_handle_free,
** rpy_handle_count; values on the C stack survive many calls and
** collections. Script: handles.py.
*/
#include "api_test.h"

#define N 3000

static rpy_vm *vm;

static rpy_value global(const char *name) {
  rpy_value v;
  CHECK_OK(vm, rpy_get_global(vm, name, &v));
  return v;
}

/* A host structure in malloc memory that keeps script objects. */
typedef struct Entry {
  rpy_handle *obj;
  int id;
} Entry;

static void churn(void) {
  rpy_value n = rpy_int(vm, 20000), r;
  CHECK_OK(vm, rpy_call(vm, global("churn"), 1, &n, &r));
  rpy_gc_collect(vm);
}

static void test_handles_in_malloc_memory(void) {
  Entry *entries = malloc(sizeof(Entry) * N);
  CHECK(rpy_handle_count(vm) == 0);
  for (int i = 0; i < N; i++) {
    rpy_value arg = rpy_int(vm, i), obj;
    CHECK_OK(vm, rpy_call(vm, global("make"), 1, &arg, &obj));
    entries[i].obj = rpy_handle_new(vm, obj);
    entries[i].id = i;
    CHECK(entries[i].obj != NULL);
  }
  CHECK(rpy_handle_count(vm) == N);
  for (int round = 0; round < 3; round++) churn();
  /* Every object is intact. */
  int bad = 0;
  for (int i = 0; i < N; i++) {
    rpy_value args[2] = {rpy_handle_get(vm, entries[i].obj), rpy_int(vm, entries[i].id)}, ok;
    int b = 0;
    if (rpy_call(vm, global("check"), 2, args, &ok) != RPY_OK || rpy_to_bool(vm, ok, &b) != RPY_OK ||
        !b)
      bad++;
  }
  CHECK(bad == 0);
  /* Free every other one; the rest stay valid; slots are reused. */
  for (int i = 0; i < N; i += 2) rpy_handle_free(vm, entries[i].obj);
  CHECK(rpy_handle_count(vm) == N / 2);
  churn();
  for (int i = 1; i < N; i += 2) {
    rpy_value d = rpy_handle_get(vm, entries[i].obj), name;
    CHECK_OK(vm, rpy_dict_get(vm, d, "id", &name));
    if (int_of(vm, name) != i) {
      CHECK(int_of(vm, name) == i);
      break;
    }
  }
  rpy_handle *again = rpy_handle_new(vm, rpy_cstr(vm, "reused"));
  CHECK(again != NULL);
  CHECK(rpy_handle_count(vm) == N / 2 + 1);
  CHECK_STREQ(str_of(vm, rpy_handle_get(vm, again)), "reused");
  rpy_handle_free(vm, again);
  for (int i = 1; i < N; i += 2) rpy_handle_free(vm, entries[i].obj);
  CHECK(rpy_handle_count(vm) == 0);
  free(entries);
}

static void test_immediates_and_misuse(void) {
  rpy_handle *h = rpy_handle_new(vm, rpy_float(1.25));
  double d = 0;
  CHECK_OK(vm, rpy_to_float(vm, rpy_handle_get(vm, h), &d));
  CHECK(d == 1.25);
  rpy_handle_free(vm, h);
  /* A freed handle is detected while its slot is unused. */
  rpy_value v = rpy_handle_get(vm, h);
  CHECK(rpy_type_of(v) == RPY_TYPE_INVALID);
  CHECK(rpy_error_status(vm) == RPY_ERR_API);
  CHECK_CONTAINS(rpy_error_text(vm), "rpy_handle_get: the handle is freed or belongs to another VM");
  rpy_handle_free(vm, h);   /* twice */
  CHECK(rpy_error_status(vm) == RPY_ERR_API);
  CHECK_CONTAINS(rpy_error_text(vm), "rpy_handle_free");
  rpy_error_clear(vm);
  rpy_handle_free(vm, NULL);   /* ignored */
  CHECK(rpy_error_status(vm) == RPY_OK);
  v = rpy_handle_get(vm, NULL);
  CHECK(rpy_type_of(v) == RPY_TYPE_INVALID);
  CHECK(rpy_error_status(vm) == RPY_ERR_API);
  /* An invalid value cannot be kept. */
  rpy_value zero;
  memset(&zero, 0, sizeof zero);
  CHECK(rpy_handle_new(vm, zero) == NULL);
  CHECK_CONTAINS(rpy_error_text(vm), "rpy_handle_new: the value is not a valid value");
  /* A handle of another VM. */
  rpy_vm *other = rpy_vm_new(NULL);
  rpy_handle *oh = rpy_handle_new(other, rpy_int(other, 5));
  v = rpy_handle_get(vm, oh);
  CHECK(rpy_type_of(v) == RPY_TYPE_INVALID);
  CHECK(int_of(other, rpy_handle_get(other, oh)) == 5);
  rpy_vm_free(other);   /* frees its handles too */
  rpy_error_clear(vm);
  /* Handles left at rpy_vm_free are released with the VM. */
  rpy_vm *third = rpy_vm_new(NULL);
  for (int i = 0; i < 1000; i++) rpy_handle_new(third, rpy_cstr(third, "leak"));
  CHECK(rpy_handle_count(third) == 1000);
  rpy_vm_free(third);
}

static void test_stack_values(void) {
  /* Values in local variables stay alive across calls and collections. */
  rpy_value kept[64];
  for (int i = 0; i < 64; i++) {
    rpy_value arg = rpy_int(vm, i);
    CHECK_OK(vm, rpy_call(vm, global("make"), 1, &arg, &kept[i]));
  }
  rpy_value s = rpy_cstr(vm, "a string on the stack");
  const char *bytes;
  size_t len;
  CHECK_OK(vm, rpy_to_str(vm, s, &bytes, &len));
  for (int round = 0; round < 3; round++) churn();
  CHECK_STREQ(bytes, "a string on the stack");
  int bad = 0;
  for (int i = 0; i < 64; i++) {
    rpy_value args[2] = {kept[i], rpy_int(vm, i)}, ok;
    int b = 0;
    if (rpy_call(vm, global("check"), 2, args, &ok) != RPY_OK || rpy_to_bool(vm, ok, &b) != RPY_OK ||
        !b)
      bad++;
  }
  CHECK(bad == 0);
}

int main(int argc, char **argv) {
  t_init(argc, argv);
  vm = rpy_vm_new(NULL);
  CHECK_OK(vm, run_script(vm, "handles.py"));
  test_handles_in_malloc_memory();
  test_immediates_and_misuse();
  test_stack_values();
  rpy_vm_free(vm);
  return t_finish("test_handles");
}
