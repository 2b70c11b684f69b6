/*
** test_llvm.c: unit tests of the LLVM backend (jit/llvm_*.c, jit_helpers.c).
** Traces are built by hand with ir_emit_raw / ir_k* and hand-made snapshots,
** compiled with llvm_compile, and run directly through t->fn. A fresh VM and
** JitState per test. Also measures compile times (printed) and checks that
** nothing loads libLLVM before the first compile.
*/
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "vm/vm.h"
#include "gc/gc.h"
#include "jit/llvm.h"

static VM *vm;
static JitState *J;

static JitState *jit_new(VM *v) {
  JitState *j = gc_alloc(sizeof *j);
  j->vm = v;
  j->tracecap = 64;
  j->traces = gc_alloc(sizeof(Trace *) * (size_t)j->tracecap);
  j->ntraces = 1;   /* trace numbers start at 1 */
  return j;
}

static int setup(void **state) {
  (void)state;
  vm = vm_new(NULL);
  if (!vm) return -1;
  J = jit_new(vm);
  return 0;
}

static int teardown(void **state) {
  (void)state;
  llvm_shutdown(J);
  J = NULL;
  vm_free(vm);
  vm = NULL;
  return 0;
}

/* ---- building traces by hand ------------------------------------------------- */

static Trace *trace_new(JitState *j) {
  Trace *t = gc_alloc(sizeof *t);
  t->no = j->ntraces;
  j->traces[j->ntraces++] = t;
  t->kind = TRACE_LOOP;
  ir_init(&t->ir);
  t->snapcap = 256;
  t->snaps = gc_alloc(sizeof(Snapshot) * (size_t)t->snapcap);
  t->snapmapcap = 4096;
  t->snapmap = gc_alloc(sizeof(SnapEntry) * (size_t)t->snapmapcap);
  return t;
}

/* Snapshot at ref with n (slot, ref) pairs. */
static int32_t snap(Trace *t, IRRef ref, int n, ...) {
  va_list ap;
  Snapshot *s = &t->snaps[t->nsnap];
  s->ref = ref;
  s->ent = t->nsnapmap;
  s->nent = n;
  va_start(ap, n);
  for (int i = 0; i < n; i++) {
    SnapEntry *e = &t->snapmap[t->nsnapmap++];
    e->slot = va_arg(ap, int);
    e->ref = va_arg(ap, IRRef);
  }
  va_end(ap);
  return t->nsnap++;
}

static IRRef emit(Trace *t, IROp op, IRType ty, IRRef a, IRRef b, IRRef c) {
  return ir_emit_raw(&t->ir, op, ty, a, b, c);
}

static IRRef guard(Trace *t, IROp op, IRRef a, IRRef b, int32_t s) {
  IRRef r = emit(t, op, IRT_VOID, a, b, 0);
  t->ir.ins[r].snap = s;
  return r;
}

static IRRef sload(Trace *t, int slot, IRType ty, uint8_t kind, int32_t s) {
  IRRef r = emit(t, IR_SLOAD, ty, slot, ty == IRT_VAL ? 0 : IRSLOAD_TYPED, 0);
  t->ir.ins[r].kind = kind;
  t->ir.ins[r].snap = ty == IRT_VAL ? -1 : s;
  return r;
}

static IRRef unbox(Trace *t, IRRef a, IRType ty, uint32_t tag, int32_t s) {
  IRRef r = emit(t, IR_UNBOX, ty, a, (IRRef)tag, 0);
  t->ir.ins[r].snap = s;
  if (ty == IRT_OBJ) t->ir.ins[r].kind = (uint8_t)tag;
  return r;
}

static IRRef kint(Trace *t, int64_t v) { return ir_kint(&t->ir, v); }

static void compile(JitState *j, Trace *t) {
  bool ok = llvm_compile(j, t);
  if (!ok) fprintf(stderr, "llvm_compile: %s\n", llvm_last_error(j));
  assert_true(ok);
  assert_non_null(t->fn);
}

static uint32_t run(JitState *j, Trace *t, Value *base) {
  return t->fn(j->vm, base, j->exitbuf);
}

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* ---- tests ----------------------------------------------------------------- */

static bool libllvm_mapped(void) {
  FILE *f = fopen("/proc/self/maps", "r");
  char line[1024];
  bool found = false;
  if (!f) return false;
  while (fgets(line, sizeof line, f))
    if (strstr(line, "libLLVM")) found = true;
  fclose(f);
  return found;
}

/* Must run first: nothing before a compile may load LLVM. */
static void test_no_llvm_before_compile(void **state) {
  const char *src = "x = 0\nfor i in range(100): x += i\n";
  Code *co = vm_compile(vm, src, strlen(src), "<t>", COMPILE_FILE, 0);
  assert_non_null(co);
  assert_false(v_isnull(vm_exec_code(vm, co, vm->main_module->dict, vm->main_module->dict)));
  assert_false(libllvm_mapped());
  assert_false(llvm_load_failed());
  llvm_set_keep_ir(J, true);   /* must not load either */
  assert_false(libllvm_mapped());
  assert_string_equal(llvm_last_error(J), "");
}

/* i = SLOAD 0; n = SLOAD 1; LABEL; i' = i + 1; guard no overflow;
** guard i' < n; PHI i, i'; JUMP. Exits when i' reaches n. */
static Trace *counting_loop(JitState *j) {
  Trace *t = trace_new(j);
  int32_t s0 = snap(t, 1, 0);
  IRRef i = sload(t, 0, IRT_INT, 0, s0);
  IRRef n = sload(t, 1, IRT_INT, 0, s0);
  emit(t, IR_LABEL, IRT_VOID, 0, 0, 0);
  int32_t s1 = snap(t, 4, 1, 0, i);
  IRRef i2 = emit(t, IR_INT_ADD_OVF, IRT_INT, i, kint(t, 1), 0);
  guard(t, IR_GUARD_NO_OVERFLOW, i2, 0, s1);
  IRRef lt = emit(t, IR_INT_LT, IRT_BOOL, i2, n, 0);
  int32_t s2 = snap(t, 7, 1, 0, i2);
  guard(t, IR_GUARD_TRUE, lt, 0, s2);
  emit(t, IR_PHI, IRT_VOID, i, i2, 0);
  emit(t, IR_JUMP, IRT_VOID, 0, 0, 0);
  return t;
}

static void test_counting_loop(void **state) {
  Trace *t = counting_loop(J);
  llvm_set_keep_ir(J, true);
  double c0 = now();
  compile(J, t);
  double first = now() - c0;
  assert_true(libllvm_mapped());
  c0 = now();
  compile(J, counting_loop(J));
  double second = now() - c0;
  VM *v2 = vm_new(NULL);
  JitState *j2 = jit_new(v2);
  c0 = now();
  compile(j2, counting_loop(j2));
  double other_vm = now() - c0;
  llvm_shutdown(j2);
  vm_free(v2);
  printf("  first compile of the process %.2f ms (dlopen, target init, LLJIT), "
         "next %.2f ms, first of another VM %.2f ms\n", first * 1e3, second * 1e3, other_vm * 1e3);
  Value base[2] = {v_int(0), v_int(10)};
  assert_int_equal(run(J, t, base), 2);
  assert_int_equal(J->exitbuf[0].tag, T_INT);
  assert_int_equal(J->exitbuf[0].u.i, 10);
  assert_int_equal(base[0].u.i, 0);          /* exits do not write the frame */
  base[1] = v_int(1000000);
  double t0 = now();
  assert_int_equal(run(J, t, base), 2);
  double dt = now() - t0;
  assert_int_equal(J->exitbuf[0].u.i, 1000000);
  printf("  counting loop: 10^6 iterations in %.2f ms\n", dt * 1e3);
  /* overflow exit: i = INT64_MAX - 1 -> exits through snapshot 1 with i */
  base[0] = v_int(INT64_MAX - 1);
  base[1] = v_int(INT64_MAX);
  assert_int_equal(run(J, t, base), 2);      /* i' = MAX, not < MAX */
  base[0] = v_int(INT64_MAX);
  assert_int_equal(run(J, t, base), 1);
  assert_int_equal(J->exitbuf[0].u.i, INT64_MAX);
  /* type guard of the SLOAD: a float in slot 0 -> snapshot 0 */
  base[0] = v_float(1.0);
  assert_int_equal(run(J, t, base), 0);
  char *ir = llvm_trace_ir_text(J, t);
  assert_non_null(ir);
  assert_non_null(strstr(ir, "llvm.sadd.with.overflow"));
  assert_non_null(strstr(ir, "branch_weights"));
  free(ir);
  llvm_free_trace(J, t);
  assert_null(t->fn);
  assert_null(t->backend);
}

/* The same loop without LABEL/PHI: JUMP writes the last snapshot back and
** restarts at the SLOADs. */
static void test_unpeeled_loop(void **state) {
  llvm_preload();   /* already loaded: the background thread finds it done */
  Trace *t = trace_new(J);
  int32_t s0 = snap(t, 1, 0);
  IRRef i = sload(t, 0, IRT_INT, 0, s0);
  IRRef n = sload(t, 1, IRT_INT, 0, s0);
  int32_t s1 = snap(t, 3, 0);
  IRRef i2 = emit(t, IR_INT_ADD_OVF, IRT_INT, i, kint(t, 1), 0);
  guard(t, IR_GUARD_NO_OVERFLOW, i2, 0, s1);
  IRRef lt = emit(t, IR_INT_LT, IRT_BOOL, i2, n, 0);
  int32_t s2 = snap(t, 6, 1, 0, i2);
  guard(t, IR_GUARD_TRUE, lt, 0, s2);
  snap(t, 7, 1, 0, i2);
  emit(t, IR_JUMP, IRT_VOID, 0, 0, 0);
  compile(J, t);
  Value base[2] = {v_int(5), v_int(100)};
  assert_int_equal(run(J, t, base), s2);
  assert_int_equal(J->exitbuf[0].u.i, 100);
  assert_int_equal(base[0].u.i, 99);         /* written back by the last JUMP */
}

/* Float arithmetic, float helpers, RET. */
static void test_float_arith(void **state) {
  Trace *t = trace_new(J);
  t->kind = TRACE_FUNC;
  int32_t s0 = snap(t, 1, 0);
  IRRef x = sload(t, 0, IRT_FLOAT, 0, s0);
  IRRef y = sload(t, 1, IRT_FLOAT, 0, s0);
  IRRef k = sload(t, 2, IRT_INT, 0, s0);
  IRRef m = emit(t, IR_FLOAT_MUL, IRT_FLOAT, x, y, 0);                    /* 3*-2.5 = -7.5 */
  IRRef md = emit(t, IR_CALL_PURE, IRT_FLOAT, IRCALL_float_mod,
                  emit(t, IR_CARG, IRT_VOID, m, ir_kfloat(&t->ir, 2.0), 0), 0); /* 0.5 */
  IRRef fk = emit(t, IR_CAST_INT_TO_FLOAT, IRT_FLOAT, k, 0, 0);          /* 4.0 */
  IRRef sq = emit(t, IR_FLOAT_SQRT, IRT_FLOAT, fk, 0, 0);                /* 2.0 */
  IRRef p = emit(t, IR_CALL_PURE, IRT_FLOAT, IRCALL_new_float_pow,
                 emit(t, IR_CARG, IRT_VOID, sq, ir_kfloat(&t->ir, 10.0), 0), 0); /* 1024 */
  IRRef a = emit(t, IR_FLOAT_ADD, IRT_FLOAT, md, p, 0);                  /* 1024.5 */
  IRRef ab = emit(t, IR_FLOAT_ABS, IRT_FLOAT, emit(t, IR_FLOAT_NEG, IRT_FLOAT, a, 0, 0), 0, 0);
  IRRef d = emit(t, IR_FLOAT_TRUEDIV, IRT_FLOAT, ab, ir_kfloat(&t->ir, 4.0), 0); /* 256.125 */
  IRRef s = emit(t, IR_FLOAT_SUB, IRT_FLOAT, d, ir_kfloat(&t->ir, 0.125), 0);    /* 256.0 */
  IRRef lt = emit(t, IR_FLOAT_LT, IRT_BOOL, s, x, 0);                    /* false */
  int32_t s1 = snap(t, 16, 1, 0, s);
  guard(t, IR_GUARD_FALSE, lt, 0, s1);
  IRRef ne = emit(t, IR_FLOAT_NE, IRT_BOOL, s, s, 0);                    /* nan check: false */
  guard(t, IR_GUARD_FALSE, ne, 0, s1);
  IRRef ci = emit(t, IR_CAST_FLOAT_TO_INT, IRT_INT, s, 0, 0);            /* 256 */
  IRRef f2 = emit(t, IR_CAST_INT_TO_FLOAT, IRT_FLOAT,
                  emit(t, IR_INT_ADD, IRT_INT, ci, kint(t, 1), 0), 0, 0);  /* 257.0 */
  snap(t, 23, 0);
  emit(t, IR_RET, IRT_VOID, f2, 0, 0);
  compile(J, t);
  Value base[3] = {v_float(3.0), v_float(-2.5), v_int(4)};
  assert_int_equal(run(J, t, base), TRACE_RET_RETURN);
  assert_int_equal(J->exitbuf[0].tag, T_FLOAT);
  assert_true(J->exitbuf[0].u.f == 257.0);
  /* x = 1000 -> 256 < 1000 -> guard_false fails: exit 1 with s */
  base[0] = v_float(1000.0);
  base[1] = v_float(0.5);    /* 500 % 2 = 0, pow(2,10) = 1024, (1024/4) - 0.125 */
  assert_int_equal(run(J, t, base), s1);
  assert_true(J->exitbuf[0].u.f == 255.875);
  /* float helpers directly: Python semantics */
  assert_true(jit_float_mod(-7.5, 2.0) == 0.5);
  assert_true(jit_float_mod(7.5, -2.0) == -0.5);
  assert_true(signbit(jit_float_mod(4.0, -2.0)));
  assert_true(jit_float_floordiv(-7.0, 2.0) == -4.0);
  assert_true(jit_float_floordiv(7.0, 2.0) == 3.0);
}

/* Python's // and % on ints, shifts, bit ops, comparisons. */
static void test_int_ops(void **state) {
  static const int64_t cases[][2] = {{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {6, 3}, {-6, 3},
                                     {0, 5}, {INT64_MIN, -1}, {INT64_MIN, 3}, {5, 1}};
  Trace *t = trace_new(J);
  t->kind = TRACE_FUNC;
  int32_t s0 = snap(t, 1, 0);
  IRRef a = sload(t, 0, IRT_INT, 0, s0);
  IRRef b = sload(t, 1, IRT_INT, 0, s0);
  IRRef q = emit(t, IR_INT_FLOORDIV, IRT_INT, a, b, 0);
  IRRef r = emit(t, IR_INT_MOD, IRT_INT, a, b, 0);
  IRRef tup = emit(t, IR_NEW_TUPLE, IRT_OBJ, 4, 0, 0);
  IRRef sh = emit(t, IR_INT_RSHIFT, IRT_INT, a, kint(t, 70), 0);   /* clamped to 63 */
  IRRef x = emit(t, IR_INT_XOR, IRT_INT, emit(t, IR_INT_AND, IRT_INT, a, kint(t, 0xff), 0),
                 emit(t, IR_INT_OR, IRT_INT, b, kint(t, 0x100), 0), 0);
  emit(t, IR_SETITEM, IRT_VOID, tup, kint(t, 0), q);
  emit(t, IR_SETITEM, IRT_VOID, tup, kint(t, 1), r);
  emit(t, IR_SETITEM, IRT_VOID, tup, kint(t, 2), sh);
  emit(t, IR_SETITEM, IRT_VOID, tup, kint(t, 3), x);
  snap(t, t->ir.nins, 0);
  emit(t, IR_RET, IRT_VOID, tup, 0, 0);
  compile(J, t);
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    int64_t x0 = cases[i][0], y0 = cases[i][1];
    Value base[2] = {v_int(x0), v_int(y0)};
    assert_int_equal(run(J, t, base), TRACE_RET_RETURN);
    assert_int_equal(J->exitbuf[0].tag, T_TUPLE);
    Tuple *tp = AS_TUPLE(J->exitbuf[0]);
    int64_t eq, er;
    if (y0 == -1) { eq = (int64_t)(0 - (uint64_t)x0); er = 0; }
    else {
      eq = x0 / y0; er = x0 % y0;
      if (er != 0 && ((er < 0) != (y0 < 0))) { eq -= 1; er += y0; }
    }
    assert_int_equal(tp->items[0].u.i, eq);
    assert_int_equal(tp->items[1].u.i, er);
    assert_int_equal(tp->items[2].u.i, x0 < 0 ? -1 : 0);
    assert_int_equal(tp->items[3].u.i, (x0 & 0xff) ^ (y0 | 0x100));
  }
}

/* Several guards with snapshots holding values and constants of each kind. */
static void test_guard_exits(void **state) {
  Trace *t = trace_new(J);
  Str *hello = str_from_cstr(vm, "hello");
  int32_t s0 = snap(t, 1, 0);
  IRRef x = sload(t, 0, IRT_INT, 0, s0);
  IRRef y = emit(t, IR_INT_ADD, IRT_INT, x, kint(t, 5), 0);
  IRRef gt = emit(t, IR_INT_GT, IRT_BOOL, y, kint(t, 100), 0);
  IRRef sunk = emit(t, IR_NEW_TUPLE, IRT_OBJ, 2, 0, 0);
  t->ir.ins[sunk].flags |= IRF_SUNK;
  int32_t s1 = snap(t, 5, 7, 0, y, 1, kint(t, 7), 2, ir_knone(&t->ir), 3, ir_kfloat(&t->ir, 2.5),
                    4, ir_kobj(&t->ir, hello, T_STR), 5, sunk, 6, ir_kbool(&t->ir, true));
  guard(t, IR_GUARD_FALSE, gt, 0, s1);
  int32_t s2 = snap(t, 6, 1, 0, y);
  emit(t, IR_EXIT, IRT_VOID, 0, 0, 0);
  t->ir.ins[t->ir.nins - 1].snap = s2;
  hello = NULL;
  compile(J, t);
  bool pinned = false;
  for (int32_t i = 0; i < t->ngcrefs; i++)
    if (t->gcrefs[i].tag == T_STR && !strcmp(AS_STR(t->gcrefs[i])->data, "hello")) pinned = true;
  assert_true(pinned);
  gc_collect();
  Value base[1] = {v_int(200)};
  assert_int_equal(run(J, t, base), s1);
  Value *e = J->exitbuf;
  assert_int_equal(e[0].tag, T_INT); assert_int_equal(e[0].u.i, 205);
  assert_int_equal(e[1].tag, T_INT); assert_int_equal(e[1].u.i, 7);
  assert_int_equal(e[2].tag, T_NONE);
  assert_int_equal(e[3].tag, T_FLOAT); assert_true(e[3].u.f == 2.5);
  assert_int_equal(e[4].tag, T_STR); assert_string_equal(AS_STR(e[4])->data, "hello");
  assert_int_equal(e[5].tag, T_NULL); assert_int_equal(e[5].aux, LLVM_SUNK_AUX);
  assert_int_equal(e[5].u.i, sunk);
  assert_int_equal(e[6].tag, T_BOOL); assert_int_equal(e[6].u.i, 1);
  base[0] = v_int(1);
  assert_int_equal(run(J, t, base), s2);
  assert_int_equal(J->exitbuf[0].u.i, 6);
  base[0] = v_none();
  assert_int_equal(run(J, t, base), s0);
  assert_true(llvm_exitbuf_size(t) >= 7);
  assert_true(J->exitcap >= 7);
}

/* l[i] * 2 with the index checked by GUARD_INDEX. */
static void test_list_getitem(void **state) {
  Trace *t = trace_new(J);
  t->kind = TRACE_FUNC;
  int32_t s0 = snap(t, 1, 0);
  IRRef l = sload(t, 0, IRT_OBJ, T_LIST, s0);
  IRRef i = sload(t, 1, IRT_INT, 0, s0);
  IRRef n = emit(t, IR_GETFIELD, IRT_INT, l, IRFIELD_LIST_LEN, 0);
  int32_t s1 = snap(t, 4, 1, 2, n);
  guard(t, IR_GUARD_INDEX, i, n, s1);
  IRRef v = emit(t, IR_GETITEM, IRT_VAL, l, i, 0);
  IRRef iv = unbox(t, v, IRT_INT, T_INT, s1);
  IRRef r = emit(t, IR_INT_MUL, IRT_INT, iv, kint(t, 2), 0);
  IRRef tl = emit(t, IR_GETFIELD, IRT_INT, l, IRFIELD_TUPLE_LEN, 0);   /* unused */
  (void)tl;
  snap(t, 9, 0);
  emit(t, IR_RET, IRT_VOID, r, 0, 0);
  t->ir.ins[tl].flags |= IRF_DEAD;
  compile(J, t);
  List *lst = list_new(vm, 0);
  for (int k = 0; k < 5; k++) list_append(vm, lst, v_int(k * 10));
  list_append(vm, lst, v_float(1.5));
  Value base[3] = {v_obj(lst), v_int(3), v_none()};
  assert_int_equal(run(J, t, base), TRACE_RET_RETURN);
  assert_int_equal(J->exitbuf[0].u.i, 60);
  base[1] = v_int(6);
  assert_int_equal(run(J, t, base), s1);
  assert_int_equal(J->exitbuf[0].u.i, 6);
  base[1] = v_int(-1);
  assert_int_equal(run(J, t, base), s1);
  base[1] = v_int(5);                        /* a float item: the UNBOX guard */
  assert_int_equal(run(J, t, base), s1);
  base[0] = v_obj(tuple_new(vm, 2));         /* not a list: the SLOAD guard */
  base[1] = v_int(0);
  assert_int_equal(run(J, t, base), s0);
}

static Class *make_class(const char *name) {
  Class *c = class_new(vm, str_intern_cstr(vm, name), NULL, dict_new(vm));
  assert_non_null(c);
  return c;
}

/* Residual getattr call + GUARD_NO_EXCEPTION, and the map fast path. */
static void test_call_getattr(void **state) {
  Class *C = make_class("C");
  Str *nx = str_intern_cstr(vm, "x"), *ny = str_intern_cstr(vm, "y");
  Instance *o = instance_new(vm, C);
  assert_true(instance_setattr_slot(vm, o, ny, v_int(1)));
  assert_true(instance_setattr_slot(vm, o, nx, v_int(42)));
  Map *m = o->map;
  int32_t slot = map_lookup(vm, m, nx);
  assert_true(slot >= 0);

  Trace *t = trace_new(J);
  t->kind = TRACE_FUNC;
  int32_t s0 = snap(t, 1, 0);
  IRRef a = sload(t, 0, IRT_VAL, 0, -1);
  IRRef call = emit(t, IR_CALL, IRT_VAL, IRCALL_getattr,
                    emit(t, IR_CARG, IRT_VOID, a, ir_kobj(&t->ir, nx, T_STR), 0), 0);
  int32_t s1 = snap(t, 4, 1, 0, a);
  t->snaps[s1].flags = SNAP_EXC;
  guard(t, IR_GUARD_NO_EXCEPTION, 0, 0, s1);
  IRRef iv = unbox(t, call, IRT_INT, T_INT, s1);
  /* direct path too: guard class + map, read the slot */
  IRRef ob = unbox(t, a, IRT_OBJ, T_INSTANCE, s0);
  guard(t, IR_GUARD_CLASS, ob, ir_kobj(&t->ir, C, T_CLASS), s0);
  guard(t, IR_GUARD_MAP, ob, ir_kobj(&t->ir, m, T_MAP), s0);
  IRRef sv = unbox(t, emit(t, IR_GETSLOT, IRT_VAL, ob, slot, 0), IRT_INT, T_INT, s0);
  IRRef sum = emit(t, IR_INT_ADD, IRT_INT, iv, sv, 0);
  emit(t, IR_SETSLOT, IRT_VOID, ob, slot, sum);
  snap(t, t->ir.nins, 0);
  emit(t, IR_RET, IRT_VOID, sum, 0, 0);
  compile(J, t);

  Value base[1] = {v_obj(o)};
  assert_int_equal(run(J, t, base), TRACE_RET_RETURN);
  assert_int_equal(J->exitbuf[0].u.i, 84);
  assert_int_equal(instance_getattr_slot(o, nx).u.i, 84);
  /* no attribute x: AttributeError pending, exit through s1 */
  Instance *o2 = instance_new(vm, C);
  base[0] = v_obj(o2);
  assert_int_equal(run(J, t, base), s1);
  assert_false(v_isnull(vm->exc));
  assert_true(vm_exc_matches(vm, vm->exc_AttributeError));
  vm_exc_clear(vm);
  /* an int: getattr raises too */
  base[0] = v_int(3);
  assert_int_equal(run(J, t, base), s1);
  vm_exc_clear(vm);
  /* an instance of another class with x: the class guard fails */
  Instance *o3 = instance_new(vm, make_class("D"));
  assert_true(instance_setattr_slot(vm, o3, nx, v_int(1)));
  base[0] = v_obj(o3);
  assert_int_equal(run(J, t, base), s0);
  /* residual binop through the helper: "ab" * 2 */
  Trace *t2 = trace_new(J);
  t2->kind = TRACE_FUNC;
  IRRef sa = sload(t2, 0, IRT_VAL, 0, -1);
  IRRef c2 = emit(t2, IR_CARG, IRT_VOID, emit(t2, IR_CARG, IRT_VOID, kint(t2, OP_BINARY_MUL), sa, 0),
                  kint(t2, 2), 0);
  IRRef bo = emit(t2, IR_CALL, IRT_VAL, IRCALL_binop, c2, 0);
  int32_t e1 = snap(t2, 4, 0);
  guard(t2, IR_GUARD_NO_EXCEPTION, 0, 0, e1);
  snap(t2, 5, 0);
  emit(t2, IR_RET, IRT_VOID, bo, 0, 0);
  compile(J, t2);
  Value b2[1] = {v_obj(str_from_cstr(vm, "ab"))};
  assert_int_equal(run(J, t2, b2), TRACE_RET_RETURN);
  assert_string_equal(AS_STR(J->exitbuf[0])->data, "abab");
  b2[0] = v_none();
  assert_int_equal(run(J, t2, b2), e1);
  assert_true(vm_exc_matches(vm, vm->exc_TypeError));
  vm_exc_clear(vm);
}

/* A bridge-like trace that LINKs to a compiled loop. */
static void test_link(void **state) {
  Trace *loop = counting_loop(J);
  compile(J, loop);
  Trace *t = trace_new(J);
  t->kind = TRACE_BRIDGE;
  int32_t s0 = snap(t, 1, 0);
  IRRef i = sload(t, 0, IRT_INT, 0, s0);
  IRRef j = emit(t, IR_INT_ADD, IRT_INT, i, kint(t, 100), 0);
  snap(t, 3, 1, 0, j);
  emit(t, IR_LINK, IRT_VOID, loop->no, 0, 0);
  compile(J, t);
  Value base[2] = {v_int(0), v_int(1000)};
  J->exit_trace = 0;
  assert_int_equal(run(J, t, base), 2);      /* the loop's exit */
  assert_int_equal(J->exit_trace, loop->no); /* reported by the loop's exit */
  assert_int_equal(J->exitbuf[0].u.i, 1000);
  assert_int_equal(base[0].u.i, 100);        /* written back before the link */
  /* the target freed: the LINK exits through its snapshot instead */
  llvm_free_trace(J, loop);
  base[0] = v_int(1);
  assert_int_equal(run(J, t, base), 1);
  assert_int_equal(J->exitbuf[0].u.i, 101);
}

/* An exit with a bridge attached (t->exit_bridges) continues in it. */
static void test_exit_bridge(void **state) {
  Trace *loop = counting_loop(J);
  loop->exit_bridges = gc_alloc(sizeof(void *) * (size_t)loop->nsnap);
  compile(J, loop);
  Trace *b = trace_new(J);
  b->kind = TRACE_BRIDGE;
  int32_t s0 = snap(b, 1, 0);
  IRRef i = sload(b, 0, IRT_INT, 0, s0);
  IRRef d = emit(b, IR_INT_MUL, IRT_INT, i, kint(b, 2), 0);
  int32_t s1 = snap(b, 3, 1, 1, d);
  emit(b, IR_EXIT, IRT_VOID, 0, 0, 0);
  b->ir.ins[b->ir.nins - 1].snap = s1;
  compile(J, b);
  Value base[2] = {v_int(0), v_int(10)};
  J->exit_trace = 0;
  assert_int_equal(run(J, loop, base), 2);   /* no bridge yet */
  assert_int_equal(J->exit_trace, loop->no);
  assert_int_equal(base[0].u.i, 0);
  loop->exit_bridges[2] = (void *)(uintptr_t)b->fn;
  base[0] = v_int(3);
  J->exit_trace = 0;
  assert_int_equal(run(J, loop, base), s1);  /* the bridge's exit */
  assert_int_equal(J->exit_trace, b->no);
  assert_int_equal(base[0].u.i, 10);         /* written back for the bridge */
  assert_int_equal(J->exitbuf[0].u.i, 20);
  /* the overflow exit (snapshot 1) has no bridge: a plain exit */
  base[0] = v_int(INT64_MAX);
  base[1] = v_int(INT64_MAX);
  assert_int_equal(run(J, loop, base), 1);
  assert_int_equal(J->exit_trace, loop->no);
}

/* An IR the backend cannot handle fails cleanly with a message. */
static void test_errors(void **state) {
  Trace *t = trace_new(J);
  int32_t s0 = snap(t, 1, 0);
  IRRef x = sload(t, 0, IRT_INT, 0, s0);
  IRRef y = emit(t, IR_INT_ADD, IRT_INT, x, 77, 0);   /* ref 77 does not exist */
  snap(t, 3, 1, 0, y);
  emit(t, IR_RET, IRT_VOID, y, 0, 0);
  assert_false(llvm_compile(J, t));
  assert_non_null(strstr(llvm_last_error(J), "bad ref 77"));
  assert_null(t->fn);
  /* guard without snapshot */
  Trace *t2 = trace_new(J);
  IRRef z = sload(t2, 0, IRT_INT, 0, -1);
  guard(t2, IR_GUARD_TRUE, z, 0, -1);
  assert_false(llvm_compile(J, t2));
  assert_non_null(strstr(llvm_last_error(J), "snapshot"));
  /* and a good one still compiles afterwards */
  Trace *t3 = counting_loop(J);
  compile(J, t3);
}

/* ---- two VMs on two threads ---------------------------------------------------- */

typedef struct ThreadArg { int64_t n; int64_t result; uint32_t exitno; bool ok; char err[256]; } ThreadArg;

static void *thread_main(void *p) {
  ThreadArg *a = p;
  gc_register_thread();
  VM *v = vm_new(NULL);
  JitState *j = jit_new(v);
  for (int k = 0; k < 3; k++) {
    Trace *t = counting_loop(j);
    a->ok = llvm_compile(j, t);
    if (!a->ok) { snprintf(a->err, sizeof a->err, "%s", llvm_last_error(j)); break; }
    Value base[2] = {v_int(0), v_int(a->n + k)};
    a->exitno = t->fn(v, base, j->exitbuf);
    a->result = j->exitbuf[0].u.i - k;
  }
  llvm_shutdown(j);
  vm_free(v);
  gc_unregister_thread();
  return NULL;
}

static void test_two_threads(void **state) {
  pthread_t th[2];
  ThreadArg args[2] = {{.n = 12345}, {.n = 67890}};
  for (int i = 0; i < 2; i++) assert_int_equal(pthread_create(&th[i], NULL, thread_main, &args[i]), 0);
  for (int i = 0; i < 2; i++) pthread_join(th[i], NULL);
  for (int i = 0; i < 2; i++) {
    if (!args[i].ok) fprintf(stderr, "thread %d: %s\n", i, args[i].err);
    assert_true(args[i].ok);
    assert_int_equal(args[i].exitno, 2);
    assert_int_equal(args[i].result, args[i].n);
  }
}

/* ---- compile time ---------------------------------------------------------------- */

/* A loop trace of about 100 ops: float and int arithmetic, list reads with
** index, type and overflow guards (6 times the same pattern). Slots:
** 0 i, 1 n, 2 x (float), 3 acc (int), 4 list of ints. */
static Trace *big_loop(JitState *j) {
  Trace *t = trace_new(j);
  int32_t s0 = snap(t, 1, 0);
  IRRef i = sload(t, 0, IRT_INT, 0, s0);
  IRRef n = sload(t, 1, IRT_INT, 0, s0);
  IRRef x = sload(t, 2, IRT_FLOAT, 0, s0);
  IRRef acc = sload(t, 3, IRT_INT, 0, s0);
  IRRef l = sload(t, 4, IRT_OBJ, T_LIST, s0);
  IRRef len = emit(t, IR_GETFIELD, IRT_INT, l, IRFIELD_LIST_LEN, 0);
  emit(t, IR_LABEL, IRT_VOID, 0, 0, 0);
  IRRef xi = x, ai = acc;
  for (int k = 0; k < 6; k++) {
    int32_t s = snap(t, t->ir.nins, 4, 0, i, 2, xi, 3, ai, 5, kint(t, k));
    IRRef fi = emit(t, IR_CAST_INT_TO_FLOAT, IRT_FLOAT, i, 0, 0);
    IRRef d = emit(t, IR_FLOAT_MUL, IRT_FLOAT, fi, ir_kfloat(&t->ir, 0.5 + k), 0);
    IRRef c = emit(t, IR_FLOAT_LT, IRT_BOOL, d, ir_kfloat(&t->ir, 1e300), 0);
    guard(t, IR_GUARD_TRUE, c, 0, s);
    xi = emit(t, IR_FLOAT_ADD, IRT_FLOAT, xi, d, 0);
    IRRef idx = emit(t, IR_INT_AND, IRT_INT, emit(t, IR_INT_ADD, IRT_INT, i, kint(t, k), 0),
                     kint(t, 3), 0);
    guard(t, IR_GUARD_INDEX, idx, len, s);
    IRRef it = emit(t, IR_GETITEM, IRT_VAL, l, idx, 0);
    IRRef iv = unbox(t, it, IRT_INT, T_INT, s);
    IRRef p = emit(t, IR_INT_MUL_OVF, IRT_INT, iv, kint(t, 3 + k), 0);
    guard(t, IR_GUARD_NO_OVERFLOW, p, 0, s);
    IRRef q = emit(t, IR_INT_ADD_OVF, IRT_INT, ai, p, 0);
    guard(t, IR_GUARD_NO_OVERFLOW, q, 0, s);
    ai = emit(t, IR_INT_AND, IRT_INT, q, kint(t, 0xffffff), 0);
  }
  int32_t s9 = snap(t, t->ir.nins, 3, 2, xi, 3, ai, 0, i);
  IRRef i2 = emit(t, IR_INT_ADD_OVF, IRT_INT, i, kint(t, 1), 0);
  guard(t, IR_GUARD_NO_OVERFLOW, i2, 0, s9);
  IRRef lt = emit(t, IR_INT_LT, IRT_BOOL, i2, n, 0);
  int32_t s10 = snap(t, t->ir.nins, 3, 0, i2, 2, xi, 3, ai);
  guard(t, IR_GUARD_TRUE, lt, 0, s10);
  emit(t, IR_PHI, IRT_VOID, i, i2, 0);
  emit(t, IR_PHI, IRT_VOID, x, xi, 0);
  emit(t, IR_PHI, IRT_VOID, acc, ai, 0);
  emit(t, IR_JUMP, IRT_VOID, 0, 0, 0);
  return t;
}

static int cmp_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

static void measure(const char *label, int opt, const char *passes) {
  VMConfig cfg;
  vm_config_default(&cfg);
  cfg.jit.v[JIT_P_llvm_opt] = opt;
  VM *v = vm_new(&cfg);
  JitState *j = jit_new(v);
  double times[20], run_s = 0;
  int nops = 0;
  List *lst = list_new(v, 0);
  for (int k = 0; k < 7; k++) list_append(v, lst, v_int(k + 1));
  for (int r = 0; r < 20; r++) {
    Trace *t = big_loop(j);
    nops = t->ir.nins - 1;
    bool ok = llvm_compile_passes(j, t, passes);
    if (!ok) fprintf(stderr, "%s: %s\n", label, llvm_last_error(j));
    assert_true(ok);
    times[r] = t->t_backend;
    if (r == 19) {
      Value base[6] = {v_int(0), v_int(2000000), v_float(1.0), v_int(0), v_obj(lst), v_none()};
      double t0 = now();
      uint32_t e = t->fn(v, base, j->exitbuf);
      run_s = now() - t0;
      assert_int_equal(e, (uint32_t)(t->nsnap - 1));   /* the loop condition */
      assert_int_equal(j->exitbuf[0].u.i, 2000000);
    }
    llvm_free_trace(j, t);
    j->traces[t->no] = NULL;
  }
  qsort(times, 20, sizeof times[0], cmp_double);
  printf("  %-48s %3d ops: compile %.2f ms (min %.2f)  loop 2e6 iters %.1f ms\n",
         label, nops, times[10] * 1e3, times[0] * 1e3, run_s * 1e3);
  llvm_shutdown(j);
  vm_free(v);
}

static void test_compile_time(void **state) {
  /* the process's first compile happened in earlier tests */
  measure("llvm_opt=0 (no passes, CodeGen None)", 0, NULL);
  measure("llvm_opt=1 without IR passes", 1, "");
  measure("llvm_opt=1 (default)", 1, NULL);
  measure("llvm_opt=2", 2, NULL);
  measure("llvm_opt=3 (default<O2>, Aggressive)", 3, NULL);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown(test_no_llvm_before_compile, setup, teardown),
    cmocka_unit_test_setup_teardown(test_counting_loop, setup, teardown),
    cmocka_unit_test_setup_teardown(test_unpeeled_loop, setup, teardown),
    cmocka_unit_test_setup_teardown(test_float_arith, setup, teardown),
    cmocka_unit_test_setup_teardown(test_int_ops, setup, teardown),
    cmocka_unit_test_setup_teardown(test_guard_exits, setup, teardown),
    cmocka_unit_test_setup_teardown(test_list_getitem, setup, teardown),
    cmocka_unit_test_setup_teardown(test_call_getattr, setup, teardown),
    cmocka_unit_test_setup_teardown(test_link, setup, teardown),
    cmocka_unit_test_setup_teardown(test_exit_bridge, setup, teardown),
    cmocka_unit_test_setup_teardown(test_errors, setup, teardown),
    cmocka_unit_test_setup_teardown(test_two_threads, setup, teardown),
    cmocka_unit_test_setup_teardown(test_compile_time, setup, teardown),
  };
  return cmocka_run_group_tests_name("llvm", tests, NULL, NULL);
}
