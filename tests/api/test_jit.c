/*
** test_jit.c: JIT parameters per configuration and per VM.
** rpy_config_set_jit, rpy_config_set_jit_param, rpy_jit_set,
** rpy_jit_set_param, rpy_jit_get_param, rpy_jit_off, rpy_jit_enabled,
** rpy_jit_help; results agree with the JIT on, off and eager. Script: jit.py.
*/
#include "api_test.h"

static int64_t param(rpy_vm *vm, const char *name) {
  int64_t v = -1;
  CHECK_OK(vm, rpy_jit_get_param(vm, name, &v));
  return v;
}

static int64_t run_hot(rpy_vm *vm, int64_t n) {
  rpy_value f, arg = rpy_int(vm, n), r;
  CHECK_OK(vm, rpy_get_global(vm, "hot", &f));
  CHECK_OK(vm, rpy_call(vm, f, 1, &arg, &r));
  return int_of(vm, r);
}

static void test_config(void) {
  rpy_config cfg;
  rpy_config_init(&cfg);
  CHECK(rpy_config_set_jit(&cfg, "threshold=7") == RPY_OK);
  CHECK(rpy_config_set_jit(&cfg, "function_threshold=9,trace_eagerness=3") == RPY_OK);
  CHECK(rpy_config_set_jit_param(&cfg, "trace_limit", 500) == RPY_OK);
  CHECK_STREQ(cfg.jit, "threshold=7,function_threshold=9,trace_eagerness=3,trace_limit=500");
  CHECK_STREQ(cfg.error, "");
  /* Errors leave cfg.jit unchanged and say why. */
  CHECK(rpy_config_set_jit(&cfg, "bogus=1") == RPY_ERR_API);
  CHECK_STREQ(cfg.error, "no JIT parameter named 'bogus' (try --jit help)");
  CHECK(rpy_config_set_jit(&cfg, "threshold=abc") == RPY_ERR_API);
  CHECK_STREQ(cfg.error, "JIT parameter 'threshold' expects a non-negative integer, not 'abc'");
  CHECK(rpy_config_set_jit(&cfg, "threshold") == RPY_ERR_API);
  CHECK(rpy_config_set_jit(&cfg, "") == RPY_ERR_API);
  CHECK(rpy_config_set_jit(&cfg, NULL) == RPY_ERR_API);
  CHECK(rpy_config_set_jit_param(&cfg, "nope", 1) == RPY_ERR_API);
  CHECK_STREQ(cfg.error, "no JIT parameter named 'nope' (try --jit help)");
  CHECK(rpy_config_set_jit_param(&cfg, "threshold", -5) == RPY_ERR_API);
  CHECK(rpy_config_set_jit(NULL, "off") == RPY_ERR_API);
  CHECK_STREQ(cfg.jit, "threshold=7,function_threshold=9,trace_eagerness=3,trace_limit=500");
  char big[800];
  memset(big, 0, sizeof big);
  for (int i = 0; i < 60; i++) strcat(big, "decay=1,");
  strcat(big, "decay=2");
  CHECK(rpy_config_set_jit(&cfg, big) == RPY_ERR_API);
  CHECK_STREQ(cfg.error, "--jit argument too long");

  rpy_vm *vm = rpy_vm_new(&cfg);
  CHECK(vm != NULL);
  CHECK(param(vm, "threshold") == 7);
  CHECK(param(vm, "function_threshold") == 9);
  CHECK(param(vm, "trace_eagerness") == 3);
  CHECK(param(vm, "trace_limit") == 500);
  CHECK(param(vm, "decay") == 40);
  CHECK(rpy_jit_enabled(vm));
  rpy_vm_free(vm);

  /* "off" in the configuration. */
  rpy_config_init(&cfg);
  CHECK(rpy_config_set_jit(&cfg, "off") == RPY_OK);
  vm = rpy_vm_new(&cfg);
  CHECK(!rpy_jit_enabled(vm));
  CHECK(param(vm, "threshold") == 1039);
  rpy_vm_free(vm);
  /* A spec written by hand that does not parse: no VM. */
  rpy_config_init(&cfg);
  strcpy(cfg.jit, "threshold=x");
  CHECK(rpy_vm_new(&cfg) == NULL);
  memset(cfg.jit, 'a', sizeof cfg.jit);    /* not even terminated */
  CHECK(rpy_vm_new(&cfg) == NULL);
}

static void test_per_vm(void) {
  rpy_vm *vm = rpy_vm_new(NULL);
  CHECK_OK(vm, run_script(vm, "jit.py"));
  CHECK(rpy_jit_enabled(vm));
  CHECK(param(vm, "threshold") == 1039);
  CHECK(param(vm, "function_threshold") == 1619);
  CHECK(param(vm, "trace_eagerness") == 200);
  CHECK(param(vm, "max_unroll_recursion") == 7);
  int64_t expect = run_hot(vm, 5000);
  CHECK_OK(vm, rpy_jit_set_param(vm, "threshold", 2));
  CHECK(param(vm, "threshold") == 2);
  CHECK_OK(vm, rpy_jit_set(vm, "function_threshold=3,trace_eagerness=1"));
  CHECK(param(vm, "function_threshold") == 3 && param(vm, "trace_eagerness") == 1);
  CHECK(run_hot(vm, 5000) == expect);
  /* From the script, seen from C. */
  rpy_value f, args[2] = {rpy_cstr(vm, "trace_limit"), rpy_int(vm, 1234)};
  CHECK_OK(vm, rpy_get_global(vm, "set_from_script", &f));
  CHECK_OK(vm, rpy_call(vm, f, 2, args, NULL));
  CHECK(param(vm, "trace_limit") == 1234);
  /* Off and on again. */
  CHECK_OK(vm, rpy_jit_off(vm));
  CHECK(!rpy_jit_enabled(vm));
  CHECK(run_hot(vm, 5000) == expect);
  CHECK_OK(vm, rpy_jit_set(vm, "default"));
  CHECK(rpy_jit_enabled(vm));
  CHECK(param(vm, "threshold") == 1039 && param(vm, "trace_limit") == 6000);
  CHECK_OK(vm, rpy_jit_set(vm, "off"));
  CHECK(!rpy_jit_enabled(vm));
  CHECK_OK(vm, rpy_jit_set(vm, "default,threshold=1"));
  CHECK(rpy_jit_enabled(vm) && param(vm, "threshold") == 1);
  CHECK(run_hot(vm, 5000) == expect);
  /* Errors: nothing changes. */
  CHECK_ST(vm, rpy_jit_set(vm, "threshold=5,bogus=2"), RPY_ERR_API);
  CHECK_STREQ(rpy_error_text(vm),
              "SystemError: rpy_jit_set: no JIT parameter named 'bogus' (try --jit help)\n");
  CHECK(param(vm, "threshold") == 1);
  CHECK_ST(vm, rpy_jit_set_param(vm, "bogus", 1), RPY_ERR_API);
  CHECK_ST(vm, rpy_jit_set_param(vm, "threshold", -1), RPY_ERR_API);
  CHECK_ST(vm, rpy_jit_set_param(vm, NULL, 1), RPY_ERR_API);
  int64_t v;
  CHECK_ST(vm, rpy_jit_get_param(vm, "bogus", &v), RPY_ERR_API);
  CHECK_ST(vm, rpy_jit_get_param(vm, "threshold", NULL), RPY_ERR_API);
  CHECK_ST(vm, rpy_jit_set(vm, NULL), RPY_ERR_API);
  rpy_error_clear(vm);
  rpy_vm_free(vm);
  /* Two VMs have their own parameters. */
  rpy_vm *a = rpy_vm_new(NULL), *b = rpy_vm_new(NULL);
  CHECK_OK(a, rpy_jit_set_param(a, "threshold", 11));
  CHECK_OK(b, rpy_jit_off(b));
  CHECK(param(a, "threshold") == 11 && param(b, "threshold") == 1039);
  CHECK(rpy_jit_enabled(a) && !rpy_jit_enabled(b));
  rpy_vm_free(a);
  rpy_vm_free(b);
}

static void test_help(void) {
  size_t n = rpy_jit_help(NULL, 0);
  CHECK(n > 500);
  char *text = malloc(n + 1);
  CHECK(rpy_jit_help(text, n + 1) == n);
  CHECK(strlen(text) == n);
  CHECK_CONTAINS(text, " threshold=N");
  CHECK_CONTAINS(text, "function_threshold");
  CHECK_CONTAINS(text, "trace_eagerness");
  CHECK_CONTAINS(text, " off\n");
  char small[10];
  CHECK(rpy_jit_help(small, sizeof small) == n);
  CHECK(strlen(small) == 9 && strncmp(small, text, 9) == 0);
  free(text);
}

int main(int argc, char **argv) {
  t_init(argc, argv);
  test_config();
  test_per_vm();
  test_help();
  return t_finish("test_jit");
}
