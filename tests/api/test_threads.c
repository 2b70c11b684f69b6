/*
** test_threads.c: several VMs on several threads at once (JIT on), a VM
** handed from thread to thread, threads that come and go while others
** allocate. Exercises rpy_vm_new / rpy_vm_free / rpy_exec_file /
** rpy_register_function / rpy_call / handles from threads other than the
** main one. Script: threads.py.
*/
#include <pthread.h>
#include "api_test.h"

#define NTHREADS 4
#define NITER 200000

static rpy_status c_mix(rpy_vm *vm, int argc, const rpy_value *argv, rpy_value *result) {
  int64_t acc, i;
  rpy_status st = rpy_check_args(vm, "mix", argc, 2, 2);
  if (st == RPY_OK) st = rpy_to_int(vm, argv[0], &acc);
  if (st == RPY_OK) st = rpy_to_int(vm, argv[1], &i);
  if (st != RPY_OK) return st;
  *result = rpy_int(vm, (acc * 31 + i) % 1000003);
  return RPY_OK;
}

static int64_t mix_in_c(int64_t seed, int64_t n) {
  int64_t acc = seed;
  for (int64_t i = 0; i < n; i++) acc = (acc * 31 + i) % 1000003;
  return acc;
}

typedef struct Job {
  int seed;
  int64_t result;
  int ok;
  Capture out;
} Job;

static rpy_vm *new_worker_vm(Capture *out) {
  rpy_config cfg;
  rpy_config_init(&cfg);
  cfg.out = capture_write;
  cfg.out_userdata = out;
  CHECK(RPY_OK == rpy_config_set_jit(&cfg, "threshold=50,function_threshold=50,trace_eagerness=5"));
  rpy_vm *vm = rpy_vm_new(&cfg);
  CHECK(vm != NULL);
  CHECK_OK(vm, rpy_register_function(vm, NULL, "mix", c_mix));
  CHECK_OK(vm, run_script(vm, "threads.py"));
  return vm;
}

static void *worker(void *arg) {
  Job *job = arg;
  rpy_vm *vm = new_worker_vm(&job->out);
  rpy_value work, args[2] = {rpy_int(vm, job->seed), rpy_int(vm, NITER)}, res, first;
  CHECK_OK(vm, rpy_get_global(vm, "work", &work));
  CHECK_OK(vm, rpy_call(vm, work, 2, args, &res));
  CHECK_OK(vm, rpy_get_index(vm, res, 0, &first));
  job->result = int_of(vm, first);
  job->ok = job->result == mix_in_c(job->seed, NITER);
  rpy_vm_free(vm);
  return NULL;
}

static void test_parallel_vms(void) {
  Job jobs[NTHREADS];
  pthread_t tid[NTHREADS];
  memset(jobs, 0, sizeof jobs);
  for (int i = 0; i < NTHREADS; i++) {
    jobs[i].seed = i + 1;
    CHECK(pthread_create(&tid[i], NULL, worker, &jobs[i]) == 0);
  }
  for (int i = 0; i < NTHREADS; i++) pthread_join(tid[i], NULL);
  for (int i = 0; i < NTHREADS; i++) {
    CHECK(jobs[i].ok);
    char want[64];
    snprintf(want, sizeof want, "vm %d done\n", i + 1);
    CHECK_STREQ(capture_text(&jobs[i].out), want);   /* no cross-talk */
    capture_free(&jobs[i].out);
  }
}

/* One VM used by one thread at a time: created here, used there. */
typedef struct Relay {
  rpy_vm *vm;
  rpy_handle *box;
  int step;
} Relay;

static void *relay_step(void *arg) {
  Relay *r = arg;
  rpy_value box = rpy_handle_get(r->vm, r->box), v;
  CHECK_OK(r->vm, rpy_call_method(r->vm, box, "get", 0, NULL, &v));
  CHECK(int_of(r->vm, v) == r->step);
  rpy_value next = rpy_int(r->vm, r->step + 1);
  CHECK_OK(r->vm, rpy_set_attr(r->vm, box, "v", next));
  /* allocate here so a collection may happen while other threads exist */
  rpy_value junk;
  CHECK_OK(r->vm, rpy_eval(r->vm, "[str(i) for i in range(3000)]", &junk));
  r->step++;
  return NULL;
}

static void test_relay(void) {
  Capture out = {0}, err = {0};
  Relay r = {0};
  r.vm = new_worker_vm(&out);
  rpy_value cls, box, zero = rpy_int(r.vm, 0);
  CHECK_OK(r.vm, rpy_get_global(r.vm, "Box", &cls));
  CHECK_OK(r.vm, rpy_call(r.vm, cls, 1, &zero, &box));
  r.box = rpy_handle_new(r.vm, box);
  for (int i = 0; i < 8; i++) {
    pthread_t t;
    CHECK(pthread_create(&t, NULL, relay_step, &r) == 0);
    pthread_join(t, NULL);
  }
  CHECK(r.step == 8);
  rpy_value v;
  CHECK_OK(r.vm, rpy_call_method(r.vm, rpy_handle_get(r.vm, r.box), "get", 0, NULL, &v));
  CHECK(int_of(r.vm, v) == 8);
  rpy_handle_free(r.vm, r.box);
  rpy_vm_free(r.vm);
  capture_free(&out);
  capture_free(&err);
}

/* Short-lived threads that each make a VM and exit, while a long-running
** thread keeps allocating (and collecting) in its own VM. */
static atomic_int stop_flag;

static void *allocator(void *arg) {
  Capture *out = arg;
  rpy_vm *vm = new_worker_vm(out);
  int rounds = 0;
  while (!atomic_load(&stop_flag) || rounds < 3) {
    rpy_value v;
    CHECK_OK(vm, rpy_eval(vm, "len([str(i) * 3 for i in range(20000)])", &v));
    CHECK(int_of(vm, v) == 20000);
    rounds++;
  }
  rpy_vm_free(vm);
  return NULL;
}

static void *short_lived(void *arg) {
  (void)arg;
  rpy_vm *vm = rpy_vm_new(NULL);
  rpy_value v;
  CHECK_OK(vm, rpy_eval(vm, "sum([len(str(i)) for i in range(2000)])", &v));
  CHECK(int_of(vm, v) == 6890);
  rpy_vm_free(vm);
  return NULL;
}

static void test_threads_come_and_go(void) {
  Capture out = {0};
  pthread_t a;
  CHECK(pthread_create(&a, NULL, allocator, &out) == 0);
  for (int round = 0; round < 20; round++) {
    pthread_t t[3];
    for (int i = 0; i < 3; i++) CHECK(pthread_create(&t[i], NULL, short_lived, NULL) == 0);
    for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
  }
  atomic_store(&stop_flag, 1);
  pthread_join(a, NULL);
  capture_free(&out);
}

/* A thread with a small stack: deep recursion through C is a RuntimeError,
** not a crash (the C stack guard scales with the thread's stack). */
static void *small_stack_worker(void *arg) {
  (void)arg;
  rpy_vm *vm = rpy_vm_new(NULL);
  rpy_value v;
  CHECK_OK(vm, rpy_exec_string(vm,
                               "def k(n):\n"
                               "    return sorted([n], key=lambda x: k(x + 1))\n"
                               "def depth(n):\n"
                               "    return 0 if n == 0 else 1 + depth(n - 1)\n", "small.py"));
  CHECK_ST(vm, rpy_eval(vm, "k(0)", &v), RPY_ERR_RUNTIME);
  CHECK_CONTAINS(rpy_error_text(vm), "RuntimeError: maximum recursion depth exceeded");
  CHECK_OK(vm, rpy_eval(vm, "depth(50)", &v));
  CHECK(int_of(vm, v) == 50);
  rpy_vm_free(vm);
  return NULL;
}

static void test_small_stack(void) {
  static const size_t sizes[] = {128 * 1024, 256 * 1024};
  for (int i = 0; i < 2; i++) {
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    CHECK(pthread_attr_setstacksize(&attr, sizes[i]) == 0);
    pthread_t t;
    CHECK(pthread_create(&t, &attr, small_stack_worker, NULL) == 0);
    pthread_join(t, NULL);
    pthread_attr_destroy(&attr);
  }
}

int main(int argc, char **argv) {
  t_init(argc, argv);
  test_parallel_vms();
  test_relay();
  test_threads_come_and_go();
  test_small_stack();
  /* The main thread can still make VMs after all that. */
  rpy_vm *vm = rpy_vm_new(NULL);
  rpy_value v;
  CHECK_OK(vm, rpy_eval(vm, "6 * 7", &v));
  CHECK(int_of(vm, v) == 42);
  rpy_vm_free(vm);
  return t_finish("test_threads");
}
