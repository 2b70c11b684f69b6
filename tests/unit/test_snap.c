/*
** test_snap.c: unit tests of snapshots (jit/snap.c): capture from a
** recorder state built by hand, and restore of interpreter frames from
** hand-built traces with an exit buffer filled by hand, as compiled code
** would leave it (root frame slots, inlined frames pushed as interpreter
** frames, __init__ frames, pending exceptions, entering bridges).
*/
#include "test_util.h"
#include "jit/snap.h"
#include "jit/opt.h"

/* ---- harness ----------------------------------------------------------------- */

typedef struct T {
  VM *vm;
  JitState *J;
  Func *f, *g;        /* def f(a, b) / def g(x) from the test module */
} T;

static const char *SRC =
  "def g(x):\n"
  "    y = x + 1\n"
  "    return y * 2\n"
  "def f(a, b):\n"
  "    c = a + b\n"
  "    return g(c) + 1\n";

static int setup(void **state) {
  T *t = calloc(1, sizeof *t);
  t->vm = tu_vm_new(NULL, NULL, NULL);
  assert_non_null(t->vm);
  VM *vm = t->vm;
  assert_false(v_isnull(tu_exec(vm, SRC, "<snap>", COMPILE_FILE)));
  Value f = tu_global(vm, "f");
  Value g = tu_global(vm, "g");
  assert_int_equal(f.tag, T_FUNC);
  assert_int_equal(g.tag, T_FUNC);
  t->f = AS_FUNC(f);
  t->g = AS_FUNC(g);
  vm_code_prepare(vm, t->f->code);
  vm_code_prepare(vm, t->g->code);
  t->J = jit_state(vm);
  assert_non_null(t->J);
  *state = t;
  return 0;
}

static int teardown(void **state) {
  T *t = *state;
  vm_free(t->vm);
  free(t);
  return 0;
}

/* Push a frame of f with its arguments, as the interpreter would. */
static Frame *push_f(T *t, int64_t a, int64_t b) {
  Frame *fr = vm_push_frame(t->vm, t->f->code, t->f, t->f->globals, NULL);
  assert_non_null(fr);
  fr->base[0] = v_int(a);
  fr->base[1] = v_int(b);
  return fr;
}

static SnapFrame sframe(Func *fn, int32_t base, uint32_t pc, int32_t depth, uint32_t flags) {
  SnapFrame sf;
  memset(&sf, 0, sizeof sf);
  sf.code = fn->code;
  sf.func = fn;
  sf.globals = fn->globals;
  sf.base = base;
  sf.pc = pc;
  sf.depth = depth;
  sf.flags = flags;
  return sf;
}

/* Append a snapshot to t by hand. */
static int32_t add_snap(Trace *tr, const SnapFrame *frames, int32_t nframe,
                        const SnapEntry *ents, int32_t nent, uint32_t flags) {
  trace_snap_reserve(tr, nent, nframe);
  Snapshot *s = &tr->snaps[tr->nsnap];
  memset(s, 0, sizeof *s);
  s->ent = tr->nsnapmap;
  s->nent = nent;
  s->frame = tr->nsnapframes;
  s->nframe = nframe;
  s->flags = flags;
  s->ref = tr->ir.nins;
  for (int32_t i = 0; i < nframe; i++) tr->snapframes[tr->nsnapframes++] = frames[i];
  for (int32_t i = 0; i < nent; i++) tr->snapmap[tr->nsnapmap++] = ents[i];
  return tr->nsnap++;
}

/* ---- restore -------------------------------------------------------------------- */

/* Root frame only: slots written from the exit buffer, pc and sp set. */
static void test_restore_root(void **state) {
  T *t = *state;
  VM *vm = t->vm;
  Frame *fr = push_f(t, 1, 2);
  Trace *tr = trace_new(t->J, TRACE_LOOP, t->f->code, 0);
  IRRef r1 = ir_emit_raw(&tr->ir, IR_SLOAD, IRT_INT, 0, IRSLOAD_TYPED, 0);
  IRRef r2 = ir_emit_raw(&tr->ir, IR_INT_ADD, IRT_INT, r1, ir_kint(&tr->ir, 5), 0);
  int32_t nl = t->f->code->nlocals + t->f->code->ncells + t->f->code->nfrees;
  SnapFrame sf = sframe(t->f, 0, 3, nl + 1, 0);
  SnapEntry ents[2] = {{2, r2}, {nl, ir_kint(&tr->ir, 7)}};
  int32_t s = add_snap(tr, &sf, 1, ents, 2, 0);
  Value exitbuf[2] = {v_int(6), v_int(7)};
  int depth = vm->depth;
  assert_true(snap_restore(t->J, tr, s, exitbuf, fr));
  assert_ptr_equal(vm->frame, fr);
  assert_int_equal(vm->depth, depth);
  assert_int_equal(fr->pc, 3);
  assert_ptr_equal(fr->sp, fr->base + nl + 1);
  assert_int_equal(fr->base[0].u.i, 1);     /* untouched */
  assert_int_equal(fr->base[2].tag, T_INT);
  assert_int_equal(fr->base[2].u.i, 6);
  assert_int_equal(fr->base[nl].u.i, 7);
  vm_pop_frame(vm);
}

/* An inlined frame becomes an interpreter frame above the root, where the
** interpreter's call fast path would have put it. */
static void test_restore_inlined(void **state) {
  T *t = *state;
  VM *vm = t->vm;
  Frame *fr = push_f(t, 10, 20);
  Code *fc = t->f->code, *gc = t->g->code;
  int32_t fnl = fc->nlocals + fc->ncells + fc->nfrees;
  int32_t gnl = gc->nlocals + gc->ncells + gc->nfrees;
  Trace *tr = trace_new(t->J, TRACE_LOOP, fc, 0);
  /* f is in its call of g: its stack holds nothing (the callee slot is
  ** the result slot); g's base is where its argument sits */
  int32_t gbase = fnl + 1;
  SnapFrame frames[2] = {sframe(t->f, 0, 7, fnl, 0), sframe(t->g, gbase, 2, gnl + 1, 0)};
  SnapEntry ents[4] = {
    {2, ir_kint(&tr->ir, 30)},            /* f: c = 30 */
    {gbase, ir_kint(&tr->ir, 30)},        /* g: x */
    {gbase + 1, ir_kobj(&tr->ir, NULL, T_NULL)},  /* g: y unbound */
    {gbase + gnl, ir_kint(&tr->ir, 1)},   /* g's stack */
  };
  int32_t s = add_snap(tr, frames, 2, ents, 4, 0);
  Value exitbuf[4] = {v_int(30), v_int(30), v_null(), v_int(1)};
  int depth = vm->depth;
  assert_true(snap_restore(t->J, tr, s, exitbuf, fr));
  assert_int_equal(vm->depth, depth + 1);
  Frame *gf = vm->frame;
  assert_ptr_not_equal(gf, fr);
  assert_ptr_equal(gf->prev, fr);
  assert_ptr_equal(gf->code, gc);
  assert_ptr_equal(gf->func, t->g);
  assert_ptr_equal(gf->base, fr->base + gbase);
  assert_int_equal(gf->pc, 2);
  assert_ptr_equal(gf->sp, gf->base + gnl + 1);
  assert_false(gf->c_entry);
  assert_false(gf->is_init);
  assert_int_equal(gf->base[0].u.i, 30);
  assert_true(v_isnull(gf->base[1]));
  assert_int_equal(fr->pc, 7);
  assert_ptr_equal(fr->sp, fr->base + fnl);
  assert_int_equal(fr->base[2].u.i, 30);
  vm_pop_frame(vm);
  vm_pop_frame(vm);
}

/* An __init__ frame of a class call: flagged, with the recursion units the
** interpreter's class-call path gives it. */
static void test_restore_init_frame(void **state) {
  T *t = *state;
  VM *vm = t->vm;
  Frame *fr = push_f(t, 1, 1);
  Code *fc = t->f->code;
  int32_t fnl = fc->nlocals + fc->ncells + fc->nfrees;
  Trace *tr = trace_new(t->J, TRACE_LOOP, fc, 0);
  int32_t gbase = (int32_t)vm_frame_size(fc);
  SnapFrame frames[2] = {sframe(t->f, 0, 7, fnl + 1, 0),
                         sframe(t->g, gbase, 0, 2, SNAPFRAME_INIT)};
  SnapEntry ents[2] = {{gbase, ir_kint(&tr->ir, 4)}, {gbase + 1, ir_kobj(&tr->ir, NULL, T_NULL)}};
  int32_t s = add_snap(tr, frames, 2, ents, 2, 0);
  Value exitbuf[2] = {v_int(4), v_null()};
  int extra = vm->rec_extra;
  assert_true(snap_restore(t->J, tr, s, exitbuf, fr));
  Frame *gf = vm->frame;
  assert_true(gf->is_init);
  assert_ptr_equal(gf->base, fr->base + gbase);
  assert_int_equal(vm->rec_extra, extra + 3);
  vm_pop_frame(vm);
  assert_int_equal(vm->rec_extra, extra);
  vm_pop_frame(vm);
}

/* SNAP_EXC: the pending exception survives the restore. */
static void test_restore_exception(void **state) {
  T *t = *state;
  VM *vm = t->vm;
  Frame *fr = push_f(t, 1, 2);
  Trace *tr = trace_new(t->J, TRACE_LOOP, t->f->code, 0);
  int32_t nl = t->f->code->nlocals + t->f->code->ncells + t->f->code->nfrees;
  SnapFrame sf = sframe(t->f, 0, 4, nl, 0);
  int32_t s = add_snap(tr, &sf, 1, NULL, 0, SNAP_EXC);
  vm_raise(vm, vm->exc_KeyError, "k");
  assert_true(snap_restore(t->J, tr, s, NULL, fr));
  assert_true(vm_exc_matches(vm, vm->exc_KeyError));
  assert_int_equal(fr->pc, 4);
  vm_exc_clear(vm);
  vm_pop_frame(vm);
}

/* Entering a bridge: slots written relative to the root base, no frames. */
static void test_write_for_bridge(void **state) {
  T *t = *state;
  VM *vm = t->vm;
  Frame *fr = push_f(t, 1, 2);
  Trace *tr = trace_new(t->J, TRACE_LOOP, t->f->code, 0);
  int32_t nl = t->f->code->nlocals + t->f->code->ncells + t->f->code->nfrees;
  SnapFrame frames[2] = {sframe(t->f, 0, 7, nl, 0), sframe(t->g, nl + 1, 1, 3, 0)};
  SnapEntry ents[2] = {{0, ir_kint(&tr->ir, 9)}, {nl + 1, ir_kfloat(&tr->ir, 2.5)}};
  int32_t s = add_snap(tr, frames, 2, ents, 2, 0);
  Value exitbuf[2] = {v_int(9), v_float(2.5)};
  int depth = vm->depth;
  uint32_t pc = fr->pc;
  assert_true(snap_write(t->J, tr, s, exitbuf, fr->base));
  assert_int_equal(vm->depth, depth);
  assert_ptr_equal(vm->frame, fr);
  assert_int_equal(fr->pc, pc);
  assert_int_equal(fr->base[0].u.i, 9);
  assert_true(fr->base[nl + 1].tag == T_FLOAT && fr->base[nl + 1].u.f == 2.5);
  vm_pop_frame(vm);
}

/* Constants come from the IR even if the buffer holds something else. */
static void test_values_constants(void **state) {
  T *t = *state;
  Trace *tr = trace_new(t->J, TRACE_LOOP, t->f->code, 0);
  SnapFrame sf = sframe(t->f, 0, 0, 2, 0);
  SnapEntry ents[3] = {{0, ir_knone(&tr->ir)}, {1, ir_kbool(&tr->ir, true)},
                       {2, ir_kobj(&tr->ir, NULL, T_NULL)}};
  int32_t s = add_snap(tr, &sf, 1, ents, 3, 0);
  Value exitbuf[3] = {v_int(0), v_int(0), v_int(0)};
  Value out[3];
  assert_true(snap_values(t->J, tr, s, exitbuf, out));
  assert_int_equal(out[0].tag, T_NONE);
  assert_int_equal(out[1].tag, T_BOOL);
  assert_int_equal(out[1].u.i, 1);
  assert_int_equal(out[2].tag, T_NULL);
}

/* ---- capture --------------------------------------------------------------------- */

/* snap_take from a recorder state: unchanged root slots (their own SLOAD)
** are left out, changed ones and every slot of an inlined frame are in. */
static void test_take(void **state) {
  T *t = *state;
  Trace *tr = trace_new(t->J, TRACE_LOOP, t->f->code, 0);
  Rec *R = gc_alloc(sizeof(Rec));
  R->J = t->J;
  R->vm = t->vm;
  R->t = tr;
  R->slotcap = 64;
  R->slot = gc_alloc_atomic_zero(sizeof(IRRef) * 64);
  R->safe = (int32_t)vm_frame_size(t->f->code);
  R->knull = ir_kobj(&tr->ir, NULL, T_NULL);
  Code *fc = t->f->code;
  int32_t fnl = fc->nlocals + fc->ncells + fc->nfrees;
  R->nfr = 2;
  R->fr[0].code = fc; R->fr[0].func = t->f; R->fr[0].globals = t->f->globals;
  R->fr[0].base = 0; R->fr[0].pc = 11; R->fr[0].depth = fnl;
  R->fr[1].code = t->g->code; R->fr[1].func = t->g; R->fr[1].globals = t->g->globals;
  R->fr[1].base = fnl + 1;
  IRRef s0 = ir_emit_raw(&tr->ir, IR_SLOAD, IRT_INT, 0, IRSLOAD_TYPED, 0);
  IRRef s1 = ir_emit_raw(&tr->ir, IR_SLOAD, IRT_INT, 1, IRSLOAD_TYPED, 0);
  IRRef add = ir_emit_raw(&tr->ir, IR_INT_ADD, IRT_INT, s0, s1, 0);
  R->slot[0] = s0;           /* unchanged: left out */
  R->slot[1] = s0;           /* holds slot 0's value: in */
  R->slot[2] = add;          /* in */
  R->slot[fnl + 1] = add;    /* g: x */
  R->slot[fnl + 2] = R->knull;
  R->slot[fnl + 1 + t->g->code->nlocals] = ir_kint(&tr->ir, 1);
  (void)s1;
  int32_t sn = snap_take(R, 5, t->g->code->nlocals + 1, SNAP_EXC);
  Snapshot *s = &tr->snaps[sn];
  assert_int_equal(s->nframe, 2);
  assert_int_equal(s->flags, SNAP_EXC);
  SnapFrame *sf = &tr->snapframes[s->frame];
  assert_int_equal(sf[0].pc, 11);
  assert_int_equal(sf[0].depth, fnl);
  assert_int_equal(sf[1].pc, 5);
  assert_int_equal(sf[1].base, fnl + 1);
  assert_int_equal(s->nent, 5);
  SnapEntry *e = &tr->snapmap[s->ent];
  assert_int_equal(e[0].slot, 1);
  assert_int_equal(e[0].ref, s0);
  assert_int_equal(e[1].slot, 2);
  assert_int_equal(e[2].slot, fnl + 1);
  assert_int_equal(e[3].ref, R->knull);
  assert_int_equal(s->ref, tr->ir.nins);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown(test_restore_root, setup, teardown),
    cmocka_unit_test_setup_teardown(test_restore_inlined, setup, teardown),
    cmocka_unit_test_setup_teardown(test_restore_init_frame, setup, teardown),
    cmocka_unit_test_setup_teardown(test_restore_exception, setup, teardown),
    cmocka_unit_test_setup_teardown(test_write_for_bridge, setup, teardown),
    cmocka_unit_test_setup_teardown(test_values_constants, setup, teardown),
    cmocka_unit_test_setup_teardown(test_take, setup, teardown),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
