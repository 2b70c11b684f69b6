/*
** gen.c: generator objects (functions whose code has CO_GENERATOR, and
** generator expressions, which the compiler emits as such functions).
**
** Calling a generator function binds the arguments in a frame as any call
** does (vm_call_generator in call.c), then gen_new copies the frame's locals,
** cells and free variables into the generator's own GC array and pops the
** frame. Resuming (next, send, throw, close, a for loop through vm_next)
** copies the saved slots and operand stack back onto the value stack above
** the caller, pushes a frame whose `gen` points at the generator and runs it
** in a nested vm_run_frame (c_entry). YIELD_VALUE (interp.c) stores pc and sp,
** calls gen_suspend, which copies the slots back, and returns the value from
** vm_run_frame. A return or an uncaught exception leaves the frame as usual;
** gen_resume then marks the generator finished.
**
** Frames therefore never point into a generator's array: the value stack
** stays one contiguous region, and calls made by the generator body are laid
** out above it exactly like calls from any other frame.
*/
#include <string.h>

#include "vm.h"
#include "types.h"
#include "../gc/gc.h"

static inline int frame_fixed(Code *co) {
  return co->nlocals + co->ncells + co->nfrees;
}

/* ---- core --------------------------------------------------------------- */

Value gen_new(VM *vm, Frame *f) {
  Code *co = f->code;
  Generator *g = gc_alloc(sizeof(Generator));
  Value *slots = gc_alloc(sizeof(Value) * vm_frame_size(co));
  if (!g || !slots) {
    vm_pop_frame(vm);
    return vm_raise(vm, vm->exc_MemoryError, NULL);
  }
  g->h.kind = T_GENERATOR;
  g->h.cls = vm->cls[T_GENERATOR];
  memcpy(slots, f->base, sizeof(Value) * (size_t)frame_fixed(co));
  g->slots = slots;
  g->nstack = 0;
  g->frame = *f;
  g->frame.base = g->frame.sp = NULL;
  g->frame.prev = NULL;
  g->frame.pc = 0;
  g->frame.c_entry = false;
  g->frame.is_init = false;
  g->frame.gen = NULL;
  g->state = GEN_CREATED;
  vm_pop_frame(vm);
  return v_obj(g);
}

/* A yield at pc is inside a protected region (try/except/finally/with). */
static bool pc_in_handler(Code *co, uint32_t pc) {
  for (int32_t i = 0; i < co->nexc; i++)
    if ((int32_t)pc >= co->exc[i].start && (int32_t)pc < co->exc[i].end) return true;
  return false;
}

bool gen_in_handler(Generator *g) {
  return g->state == GEN_SUSPENDED && pc_in_handler(g->frame.code, g->frame.pc);
}

void gen_suspend(VM *vm, Frame *f) {
  Generator *g = f->gen;
  Code *co = f->code;
  int nfix = frame_fixed(co);
  int nstack = (int)(f->sp - (f->base + nfix));
  memcpy(g->slots, f->base, sizeof(Value) * (size_t)(nfix + nstack));
  g->nstack = nstack;
  g->frame = *f;
  g->frame.base = g->frame.sp = NULL;
  g->frame.prev = NULL;
  g->frame.c_entry = false;
  g->frame.gen = NULL;
  /* As CPython 2: yielding restores the caller's exception state, so after
  ** the resume sys.exc_info() (and a bare raise) see the resumer's. */
  g->frame.handled_exc = v_null();
  g->frame.handled_tb = v_null();
  g->state = GEN_SUSPENDED;
  /* Closed when found unreachable (as CPython's gen_del, which closes a
  ** generator with active blocks): registered the first time it suspends
  ** inside a protected region. */
  if (!(g->h.flags & GEN_FINALIZE) && co->nexc && pc_in_handler(co, f->pc)) {
    g->h.flags |= GEN_FINALIZE;
    vm_fin_register(vm, g);
  }
}

/* The generator is finished: drop its frame state. */
static void gen_finish(Generator *g) {
  g->state = GEN_DONE;
  g->slots = NULL;
  g->nstack = 0;
  g->frame.handled_exc = v_null();
  g->frame.handled_tb = v_null();
}

Value gen_resume(VM *vm, Generator *g, Value arg, bool throw) {
  if (g->state == GEN_RUNNING)
    return vm_raise(vm, vm->exc_ValueError, "generator already executing");
  if (g->state == GEN_DONE) return v_null();   /* throw: its exception stays pending */
  Code *co = g->frame.code;
  if (g->state == GEN_CREATED && throw) {
    /* Raised before the first instruction: the generator's frame appears in
    ** the traceback at its first line, and it is finished. */
    vm->exc_tb = traceback_push(vm, vm->exc_tb, co, co->firstline);
    gen_finish(g);
    return v_null();
  }
  if (vm->depth + vm->rec_extra >= vm->cfg.recursion_limit) return vm_raise_recursion(vm);
  Value *base = vm_stack_top(vm);
  if (base + vm_frame_size(co) > vm->stack_end) return vm_raise_recursion(vm);
  Frame *f = vm_frame_slot(vm, vm->depth);
  if (!f) return vm_raise_recursion(vm);
  int nfix = frame_fixed(co);
  memcpy(base, g->slots, sizeof(Value) * (size_t)(nfix + g->nstack));
  *f = g->frame;
  f->base = base;
  f->sp = base + nfix + g->nstack;
  f->prev = vm->frame;
  f->c_entry = false;
  f->is_init = false;
  f->rec_extra = 0;
  f->gen = g;
  if (g->state == GEN_SUSPENDED && !throw) *f->sp++ = arg;
  vm->depth++;
  vm->frame = f;
  g->state = GEN_RUNNING;
  g->throwing = throw;
  Value r = vm_run_frame(vm, f);
  g->throwing = false;
  if (g->state == GEN_RUNNING) {
    /* returned or raised: finished */
    gen_finish(g);
    if (!v_isnull(r)) r = v_null();
  }
  return r;
}

Value gen_next(VM *vm, Value gv) {
  Value r = gen_resume(vm, (Generator *)gv.u.o, v_none(), false);
  if (v_isnull(r) && vm_exc_matches(vm, vm->exc_StopIteration)) vm_exc_clear(vm);
  return r;
}

/* ---- methods ------------------------------------------------------------ */

static Generator *self_gen(VM *vm, int argc, Value *argv, const char *name) {
  if (argc < 1 || argv[0].tag != T_GENERATOR) {
    vm_raise(vm, vm->exc_TypeError, "descriptor '%s' requires a 'generator' object but received a '%s'",
             name, argc < 1 ? "NoneType" : vm_type_name(vm, argv[0]));
    return NULL;
  }
  return (Generator *)argv[0].u.o;
}

/* A finished resume: StopIteration unless an exception is pending. */
static Value stop_or_error(VM *vm) {
  if (v_isnull(vm->exc)) vm_raise(vm, vm->exc_StopIteration, NULL);
  return v_null();
}

static Value gen_next_m(VM *vm, int argc, Value *argv, Dict *kw) {
  Generator *g = self_gen(vm, argc, argv, "next");
  if (!g) return v_null();
  Value r = gen_resume(vm, g, v_none(), false);
  return v_isnull(r) ? stop_or_error(vm) : r;
}

static Value gen_send_m(VM *vm, int argc, Value *argv, Dict *kw) {
  Generator *g = self_gen(vm, argc, argv, "send");
  if (!g) return v_null();
  if (g->state == GEN_CREATED && !v_isnone(argv[1]))
    return vm_raise(vm, vm->exc_TypeError,
                    "can't send non-None value to a just-started generator");
  Value r = gen_resume(vm, g, argv[1], false);
  return v_isnull(r) ? stop_or_error(vm) : r;
}

static Value gen_throw_m(VM *vm, int argc, Value *argv, Dict *kw) {
  Generator *g = self_gen(vm, argc, argv, "throw");
  if (!g) return v_null();
  Value typ = argv[1];
  Value val = argc > 2 ? argv[2] : v_none();
  Value tb = argc > 3 ? argv[3] : v_none();
  if (!v_isnone(tb) && tb.tag != T_TRACEBACK)
    return vm_raise(vm, vm->exc_TypeError, "throw() third argument must be a traceback object");
  Value t = typ;
  while (t.tag == T_TUPLE && AS_TUPLE(t)->len > 0) t = AS_TUPLE(t)->items[0];
  bool ok = false;
  if (t.tag == T_CLASS) {
    Class *c = AS_CLASS(t);
    ok = class_is_subclass(c, vm->exc_BaseException) || (c->h.flags & CLS_CLASSIC);
  } else if (t.tag >= T_FIRSTOBJ) {
    Class *c = t.u.o->cls;
    ok = class_is_subclass(c, vm->exc_BaseException) || (c->h.flags & CLS_CLASSIC);
  }
  if (!ok)
    return vm_raise(vm, vm->exc_TypeError, "exceptions must be classes, or instances, not %s",
                    vm_type_name(vm, t));
  Value e = vm_make_exception(vm, typ, val);
  if (v_isnull(e)) return v_null();
  if (g->state == GEN_RUNNING)
    return vm_raise(vm, vm->exc_ValueError, "generator already executing");
  vm->exc = e;
  vm->exc_tb = tb.tag == T_TRACEBACK ? (Traceback *)tb.u.o : NULL;
  Value r = gen_resume(vm, g, v_none(), true);
  return v_isnull(r) ? stop_or_error(vm) : r;
}

static Value gen_close_m(VM *vm, int argc, Value *argv, Dict *kw) {
  Generator *g = self_gen(vm, argc, argv, "close");
  if (!g) return v_null();
  return gen_close(vm, g);
}

Value gen_close(VM *vm, Generator *g) {
  if (g->state == GEN_RUNNING)
    return vm_raise(vm, vm->exc_ValueError, "generator already executing");
  if (g->state != GEN_SUSPENDED) {
    gen_finish(g);
    return v_none();
  }
  vm_raise(vm, vm->exc_GeneratorExit, NULL);
  if (v_isnull(vm->exc)) return v_null();
  Value r = gen_resume(vm, g, v_none(), true);
  if (!v_isnull(r))
    return vm_raise(vm, vm->exc_RuntimeError, "generator ignored GeneratorExit");
  if (v_isnull(vm->exc) || vm_exc_matches(vm, vm->exc_GeneratorExit) ||
      vm_exc_matches(vm, vm->exc_StopIteration)) {
    vm_exc_clear(vm);
    return v_none();
  }
  return v_null();
}

static Value gen_iter_m(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!self_gen(vm, argc, argv, "__iter__")) return v_null();
  return argv[0];
}

static Value gen_repr_m(VM *vm, int argc, Value *argv, Dict *kw) {
  Generator *g = self_gen(vm, argc, argv, "__repr__");
  if (!g) return v_null();
  Str *s = str_printf(vm, "<generator object %S at %p>", g->frame.code->name, (void *)g);
  return s ? v_obj(s) : v_null();
}

static Value gen_running_p(VM *vm, int argc, Value *argv, Dict *kw) {
  Generator *g = self_gen(vm, argc, argv, "gi_running");
  if (!g) return v_null();
  return v_int(g->state == GEN_RUNNING);   /* an int in CPython 2 */
}

static Value gen_code_p(VM *vm, int argc, Value *argv, Dict *kw) {
  Generator *g = self_gen(vm, argc, argv, "gi_code");
  if (!g) return v_null();
  return v_obj(g->frame.code);
}

static Value gen_name_p(VM *vm, int argc, Value *argv, Dict *kw) {
  Generator *g = self_gen(vm, argc, argv, "__name__");
  if (!g) return v_null();
  return v_obj(g->frame.code->name);
}

void gen_init(VM *vm) {
  Class *c = vm->cls[T_GENERATOR];
  if (!c) return;
  vm_add_method(vm, c, "next", gen_next_m, 0, 0, false);
  vm_add_method(vm, c, "send", gen_send_m, 1, 1, false);
  vm_add_method(vm, c, "throw", gen_throw_m, 1, 3, false);
  vm_add_method(vm, c, "close", gen_close_m, 0, 0, false);
  vm_add_method(vm, c, "__iter__", gen_iter_m, 0, 0, false);
  vm_add_method(vm, c, "__repr__", gen_repr_m, 0, 0, false);
  vm_add_property(vm, c, "gi_running", gen_running_p, NULL);
  vm_add_property(vm, c, "gi_code", gen_code_p, NULL);
  vm_add_property(vm, c, "__name__", gen_name_p, NULL);
}
