/*
** test_rec.c: unit tests of the recorder and the driver (jit/rec*.c,
** jit/jit.c): small programs run with a low threshold, recording without
** compiling (RPYVM_JIT_NOCOMPILE) so the recorded and optimized IR can be
** inspected, plus a few end-to-end runs through the backend that check the
** program's output when compiled code exits through guards, bridges and
** inlined frames.
*/
#include "test_util.h"
#include "jit/rec.h"

/* ---- harness ------------------------------------------------------------------- */

/* A test's JIT parameters (jit_params_parse syntax) and whether traces are
** compiled (else only recorded: RPYVM_JIT_NOCOMPILE); cmocka's prestate. */
typedef struct Params { const char *jit; bool compile; } Params;

#define REC_TEST(f, jit, compile) \
  cmocka_unit_test_prestate_setup_teardown(f, setup, teardown, (&(Params){jit, compile}))

typedef struct T { VM *vm; Out out; } T;

/* A fresh VM with the test's parameters; its stdout is captured. */
static int setup(void **state) {
  const Params *p = *state;
  T *t = calloc(1, sizeof *t);
  VMConfig cfg;
  vm_config_default(&cfg);
  char err[128];
  assert_int_equal(jit_params_parse(&cfg.jit, p->jit, err, sizeof err), 0);
  if (p->compile) unsetenv("RPYVM_JIT_NOCOMPILE");
  else setenv("RPYVM_JIT_NOCOMPILE", "1", 1);
  t->vm = tu_vm_new(&cfg, &t->out, NULL);
  assert_non_null(t->vm);
  *state = t;
  return 0;
}

static int teardown(void **state) {
  T *t = *state;
  vm_free(t->vm);
  unsetenv("RPYVM_JIT_NOCOMPILE");
  free(t);
  return 0;
}

/* Run src as __main__'s body; it must complete (else its traceback is printed). */
static void run(T *t, const char *src) {
  VM *vm = t->vm;
  Value r = tu_exec(vm, src, "<rec>", COMPILE_FILE);
  if (v_isnull(r)) vm_print_exception(vm, vm->exc, vm->exc_tb);
  assert_false(v_isnull(r));
  vm_flush(vm);
}

static JitState *J_of(T *t) { return t->vm->jit; }

/* The first trace of the given kind (NULL if none). */
static Trace *first(T *t, TraceKind kind) {
  JitState *J = J_of(t);
  if (!J) return NULL;
  for (int32_t i = 1; i < J->ntraces; i++)
    if (J->traces[i] && J->traces[i]->kind == kind) return J->traces[i];
  return NULL;
}

static int count_op(Trace *tr, IROp op) {
  int n = 0;
  for (IRRef r = 1; r < tr->ir.nins; r++) n += ir_ins(&tr->ir, r)->op == op;
  return n;
}

/* ---- recording ------------------------------------------------------------------- */

static void test_simple_loop(void **state) {
  T *t = *state;
  run(t, "def f(n):\n"
         "    s = 0\n"
         "    i = 0\n"
         "    while i < n:\n"
         "        s += i\n"
         "        i += 1\n"
         "    return s\n"
         "print f(100)\n");
  assert_string_equal(t->out.buf, "4950\n");
  Trace *tr = first(t, TRACE_LOOP);
  assert_non_null(tr);
  assert_true(count_op(tr, IR_INT_ADD_OVF) >= 1);
  assert_true(count_op(tr, IR_SLOAD) >= 2);
  assert_true(count_op(tr, IR_JUMP) == 1);
  assert_true(count_op(tr, IR_LABEL) == 1);     /* peeled */
  assert_true(tr->nsnap > 0);
  for (int32_t s = 0; s < tr->nsnap; s++) assert_int_equal(tr->snaps[s].nframe, 1);
  assert_int_equal(J_of(t)->stats.aborted, 0);
}

static void test_inlined_call(void **state) {
  T *t = *state;
  run(t, "def sq(x):\n"
         "    return x * x\n"
         "def f(n):\n"
         "    t = 0\n"
         "    for i in range(n):\n"
         "        t += sq(i)\n"
         "    return t\n"
         "print f(50)\n");
  assert_string_equal(t->out.buf, "40425\n");
  Trace *tr = first(t, TRACE_LOOP);
  assert_non_null(tr);
  assert_int_equal(count_op(tr, IR_CALL_ASSEMBLER), 0);
  bool callee = false;
  for (int32_t i = 0; i < tr->ngcrefs; i++)
    if (tr->gcrefs[i].tag == T_CODE && !strcmp(AS_CODE(tr->gcrefs[i])->name->data, "sq"))
      callee = true;
  assert_true(callee);
  /* some snapshot inside sq has two frames */
  bool two = false;
  for (int32_t s = 0; s < tr->nsnap; s++) two = two || tr->snaps[s].nframe == 2;
  assert_true(two);
}

static void test_residual_call(void **state) {
  T *t = *state;
  run(t, "def tot(k):\n"
         "    s = 0\n"
         "    for j in range(k):\n"
         "        s += j\n"
         "    return s\n"
         "def f(n):\n"
         "    t = 0\n"
         "    for i in range(n):\n"
         "        t += tot(3)\n"
         "    return t\n"
         "print f(20)\n");
  assert_string_equal(t->out.buf, "60\n");
  JitState *J = J_of(t);
  bool ca = false;
  for (int32_t i = 1; i < J->ntraces; i++)
    if (J->traces[i] && J->traces[i]->code->name->data[0] == 'f')
      ca = ca || count_op(J->traces[i], IR_CALL_ASSEMBLER) > 0;
  assert_true(ca);
}

static void test_abort_nyi(void **state) {
  T *t = *state;
  run(t, "def f(n):\n"
         "    t = 0\n"
         "    for i in range(n):\n"
         "        x = i\n"
         "        t += x\n"
         "        del x\n"
         "    return t\n"
         "print f(100)\n");
  assert_string_equal(t->out.buf, "4950\n");
  JitState *J = J_of(t);
  assert_true(J->stats.aborts[ABORT_NYI] > 0);
  /* penalties: far fewer attempts than hot events */
  assert_true(J->stats.aborts[ABORT_NYI] <= 5);
}

static void test_class_alloc(void **state) {
  T *t = *state;
  run(t, "class P(object):\n"
         "    def __init__(self, x):\n"
         "        self.x = x\n"
         "def f(n):\n"
         "    t = 0\n"
         "    for i in range(n):\n"
         "        t += P(i).x\n"
         "    return t\n"
         "print f(30)\n");
  assert_string_equal(t->out.buf, "435\n");
  Trace *tr = first(t, TRACE_LOOP);
  assert_non_null(tr);
  assert_true(count_op(tr, IR_NEW_INSTANCE) >= 1);
  assert_int_equal(count_op(tr, IR_CALL_ASSEMBLER), 0);
  bool init = false;
  for (int32_t s = 0; s < tr->nsnapframes; s++) init = init || (tr->snapframes[s].flags & SNAPFRAME_INIT);
  assert_true(init);
}

static void test_meta_trace(void **state) {
  T *t = *state;
  run(t, "from rpython.rlib.jit import JitDriver\n"
         "d = JitDriver(greens=['pc', 'code'], reds=['n'])\n"
         "def run(code, n):\n"
         "    pc = 0\n"
         "    while pc < len(code):\n"
         "        d.jit_merge_point(pc=pc, code=code, n=n)\n"
         "        c = code[pc]\n"
         "        if c == 'd':\n"
         "            n -= 1\n"
         "        elif c == 'j' and n > 0:\n"
         "            pc = -1\n"
         "        pc += 1\n"
         "    return n\n"
         "print run('xdj', 50)\n");
  assert_string_equal(t->out.buf, "0\n");
  Trace *tr = first(t, TRACE_LOOP);
  assert_non_null(tr);
  assert_int_equal(tr->green.tag, T_TUPLE);
  assert_int_equal(AS_TUPLE(tr->green)->len, 2);
  assert_int_equal(count_op(tr, IR_CALL), 0);   /* the merge point call costs nothing */
}

/* ---- end to end (compiled code) ---------------------------------------------------- */

static void test_exit_through_inlined(void **state) {
  T *t = *state;
  run(t, "def g(x):\n"
         "    if x > 50:\n"
         "        return x - 1\n"
         "    return x + 1\n"
         "def f(n):\n"
         "    t = 0\n"
         "    for i in range(n):\n"
         "        t += g(i)\n"
         "    return t\n"
         "print f(100)\n"
         "try:\n"
         "    f(None)\n"
         "except TypeError as e:\n"
         "    print 'TypeError'\n");
  assert_string_equal(t->out.buf, "4952\nTypeError\n");
}

static void test_bridges_and_exceptions(void **state) {
  T *t = *state;
  run(t, "def f(xs):\n"
         "    out = []\n"
         "    for x in xs:\n"
         "        try:\n"
         "            out.append(10 // x)\n"
         "        except ZeroDivisionError:\n"
         "            out.append(-1)\n"
         "    return out\n"
         "print f([1, 2, 0, 5, 0, 10])\n"
         "print f(range(-3, 4))\n");
  assert_string_equal(t->out.buf, "[10, 5, -1, 2, -1, 1]\n[-4, -5, -10, -1, 10, 5, 3]\n");
  JitState *J = J_of(t);
  if (J && J->stats.compiled_loops > 0) assert_true(J->stats.exits > 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    REC_TEST(test_simple_loop, "threshold=3", false),
    REC_TEST(test_inlined_call, "threshold=3", false),
    REC_TEST(test_residual_call, "threshold=3", false),
    REC_TEST(test_abort_nyi, "threshold=2", false),
    REC_TEST(test_class_alloc, "threshold=3", false),
    REC_TEST(test_meta_trace, "threshold=5", false),
    REC_TEST(test_exit_through_inlined, "threshold=2,trace_eagerness=2", true),
    REC_TEST(test_bridges_and_exceptions, "threshold=1,function_threshold=1,trace_eagerness=1", true),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
