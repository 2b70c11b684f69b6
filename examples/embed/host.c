/*
** host.c: a small C program that embeds rpyvm, written only against the
** public API (rpyvm.h). It shows what an embedding host usually needs:
**
**  1. two VMs on two threads at the same time, each running a script that
**     calls a C function registered by the host, with the JIT on;
**  2. a call from C into a script function with a string argument and a
**     string result;
**  3. errors as values: a KeyError comes back as RPY_ERR_RUNTIME with the
**     traceback CPython would print, a syntax error as RPY_ERR_SYNTAX, and
**     the VM keeps working afterwards.
**
** Build against an installed rpyvm:
**   cc -O2 -pthread host.c $(pkg-config --cflags --libs rpyvm) -o host
** Exit status 0 when every step behaved as expected.
*/
#include <inttypes.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include <rpyvm.h>

static int failures = 0;

static void expect(int ok, const char *what) {
  printf("%s: %s\n", ok ? "ok  " : "FAIL", what);
  if (!ok) failures++;
}

/* ---- 1. a C function, two VMs, two threads -------------------------------- */

/* mix(acc, i): a tiny hash step, computed in C. */
static rpy_status c_mix(rpy_vm *vm, int argc, const rpy_value *argv, rpy_value *result) {
  int64_t acc, i;
  rpy_status st;
  if (argc != 2)
    return rpy_raise(vm, "TypeError", "mix() takes exactly 2 arguments (%d given)", argc);
  if ((st = rpy_to_int(vm, argv[0], &acc)) != RPY_OK) return st;
  if ((st = rpy_to_int(vm, argv[1], &i)) != RPY_OK) return st;
  *result = rpy_int(vm, (acc * 31 + i) % 1000003);
  return RPY_OK;
}

static int64_t mix_in_c(int64_t n) {
  int64_t acc = 0;
  for (int64_t i = 0; i < n; i++) acc = (acc * 31 + i) % 1000003;
  return acc;
}

static const char *worker_script =
  "def work(n):\n"
  "    acc = 0\n"
  "    for i in xrange(n):\n"
  "        acc = mix(acc, i)\n"
  "    return acc\n";

typedef struct Job {
  int64_t n, result;
  rpy_status status;
  char error[1024];
} Job;

static void *worker(void *arg) {
  Job *job = arg;
  rpy_config cfg;
  rpy_config_init(&cfg);
  /* JIT on, with PyPy's parameter names (hot after 100 iterations). */
  rpy_config_set_jit(&cfg, "threshold=100,function_threshold=100,trace_eagerness=20");
  rpy_vm *vm = rpy_vm_new(&cfg);
  if (!vm) {
    job->status = RPY_ERR_MEMORY;
    return NULL;
  }
  rpy_value work, n = rpy_int(vm, job->n), res;
  rpy_status st = rpy_register_function(vm, NULL, "mix", c_mix);
  if (st == RPY_OK) st = rpy_exec_string(vm, worker_script, "worker.py");
  if (st == RPY_OK) st = rpy_get_global(vm, "work", &work);
  if (st == RPY_OK) st = rpy_call(vm, work, 1, &n, &res);
  if (st == RPY_OK) st = rpy_to_int(vm, res, &job->result);
  if (st != RPY_OK) snprintf(job->error, sizeof job->error, "%s", rpy_error_text(vm));
  job->status = st;
  rpy_vm_free(vm);
  return NULL;
}

static void threads_demo(void) {
  Job jobs[2] = {{.n = 200000}, {.n = 300000}};
  pthread_t tid[2];
  for (int i = 0; i < 2; i++) pthread_create(&tid[i], NULL, worker, &jobs[i]);
  for (int i = 0; i < 2; i++) pthread_join(tid[i], NULL);
  for (int i = 0; i < 2; i++) {
    if (jobs[i].status != RPY_OK) printf("%s", jobs[i].error);
    printf("thread %d: work(%" PRId64 ") = %" PRId64 "\n", i, jobs[i].n, jobs[i].result);
    expect(jobs[i].status == RPY_OK && jobs[i].result == mix_in_c(jobs[i].n),
           "a VM per thread, calling a C function, JIT on");
  }
}

/* ---- 2 and 3: one VM, strings in and out, errors as values ----------------- */

static const char *main_script =
  "table = {'apple': 3, 'pear': 5}\n"
  "\n"
  "def greet(name):\n"
  "    return 'hello, %s! (%d letters)' % (name.upper(), len(name))\n"
  "\n"
  "def price(fruit):\n"
  "    return table[fruit]\n";

static void errors_demo(void) {
  rpy_vm *vm = rpy_vm_new(NULL);
  expect(vm != NULL, "rpy_vm_new(NULL)");
  if (!vm) return;
  rpy_status st = rpy_exec_string(vm, main_script, "shop.py");
  expect(st == RPY_OK, "run shop.py");

  /* A string in, a string out. */
  rpy_value greet, name = rpy_str(vm, "world", 5), res;
  const char *text = NULL;
  size_t len = 0;
  st = rpy_get_global(vm, "greet", &greet);
  if (st == RPY_OK) st = rpy_call(vm, greet, 1, &name, &res);
  if (st == RPY_OK) st = rpy_to_str(vm, res, &text, &len);
  printf("greet('world') -> %s\n", st == RPY_OK ? text : rpy_error_text(vm));
  expect(st == RPY_OK && strcmp(text, "hello, WORLD! (5 letters)") == 0,
         "string argument, string result");

  /* A KeyError raised in the script. */
  rpy_value price, fruit = rpy_str(vm, "kiwi", 4);
  rpy_get_global(vm, "price", &price);
  st = rpy_call(vm, price, 1, &fruit, &res);
  const char *err = rpy_error_text(vm);
  printf("price('kiwi') -> status %d\n%s", (int)st, err);
  expect(st == RPY_ERR_RUNTIME && strstr(err, "KeyError: 'kiwi'") &&
         strstr(err, "File \"shop.py\", line 7, in price"),
         "KeyError as RPY_ERR_RUNTIME, with the exception and the script line");
  rpy_error_clear(vm);

  /* A syntax error. */
  st = rpy_exec_string(vm, "def broken(:\n    pass\n", "broken.py");
  printf("broken.py -> status %d\n%s", (int)st, rpy_error_text(vm));
  expect(st == RPY_ERR_SYNTAX, "syntax error as RPY_ERR_SYNTAX");
  rpy_error_clear(vm);

  /* The VM is fine afterwards. */
  fruit = rpy_str(vm, "pear", 4);
  int64_t p = 0;
  st = rpy_call(vm, price, 1, &fruit, &res);
  if (st == RPY_OK) st = rpy_to_int(vm, res, &p);
  if (st == RPY_OK) st = rpy_exec_string(vm, "print 'still working:', greet('again')", "after");
  expect(st == RPY_OK && p == 5, "the VM works normally after the errors");
  rpy_vm_free(vm);
}

int main(void) {
  threads_demo();
  errors_demo();
  printf("%s\n", failures ? "SOME CHECKS FAILED" : "all checks passed");
  return failures != 0;
}
