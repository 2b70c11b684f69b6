/*
** fin.c: finalization, as PyPy does it on a GC. Instances of classes with
** __del__ and generators suspended inside a try/except/finally/with block
** are registered with the VM's gc/ queue; when Boehm finds one unreachable
** it only queues it (from any thread). The VM runs the queue at safe points
** (the interpreter polls vm_fin_ready at every call instruction), in
** gc.collect() and when it is freed: __del__ is called, a generator is
** closed. The pending exception is saved around each; an error is printed
** as CPython 2's PyErr_WriteUnraisable does and otherwise ignored.
*/
#include <string.h>
#include "vm.h"
#include "types.h"
#include "../gc/gc.h"
#include "../stdlib/lib.h"

void vm_fin_register(VM *vm, void *obj) {
  if (vm->fin_queue && gc_register_finalizer(vm->fin_queue, obj) == 0) vm->fin_used = true;
}

/* "Exception ValueError: ValueError('x',) in <bound method C.__del__ of
** <__main__.C object at 0x...>> ignored" on sys.stderr for the pending
** exception, which is cleared. CPython shows the repr of the exception's
** value: the message string for errors the runtime raised, else the
** instance. */
static void write_unraisable(VM *vm, Value where) {
  Value exc = vm->exc;
  vm_exc_clear(vm);
  if (v_isnull(exc)) return;
  if (!vm->sys_module) return;
  Value f = dict_get_str(vm, vm->sys_module->dict, str_intern_cstr(vm, "stderr"));
  if (v_isnull(f) || v_isnone(f)) return;
  Class *cls = vm_class_of(vm, exc);
  Value shown = exc;
  bool builtin = !cls->module || strcmp(cls->module->data, "exceptions") == 0;
  if (exc.tag == T_INSTANCE && (exc.u.o->flags & EXC_RUNTIME_MSG)) {
    Value a = vm_getattr_opt(vm, exc, vm->s_args);
    if (a.tag == T_TUPLE && AS_TUPLE(a)->len == 1 && AS_TUPLE(a)->items[0].tag == T_STR)
      shown = AS_TUPLE(a)->items[0];
    vm_exc_clear(vm);
  }
  SBuf b;
  sbuf_init(&b);
  sbuf_puts(&b, "Exception ");
  if (!builtin) {
    sbuf_putstr(&b, cls->module);
    sbuf_putc(&b, '.');
  }
  sbuf_putstr(&b, cls->name);
  Str *r = vm_repr(vm, shown);
  if (r) {
    sbuf_puts(&b, ": ");
    sbuf_putstr(&b, r);
  }
  vm_exc_clear(vm);
  r = vm_repr(vm, where);
  sbuf_puts(&b, " in ");
  if (r) sbuf_putstr(&b, r);
  vm_exc_clear(vm);
  sbuf_puts(&b, " ignored\n");
  Str *s = sbuf_finish(vm, &b);
  if (s) lib_file_write(vm, f, s);
  vm_exc_clear(vm);
}

static void fin_instance(VM *vm, Value self) {
  Class *cls = vm_class_of(vm, self), *owner = NULL;
  Value meth = class_lookup_owner(vm, cls, vm->s___del__, &owner);
  if (v_isnull(meth)) return;   /* __del__ was deleted meanwhile */
  Value bound = vm_bind_attr(vm, meth, owner, self, cls);
  if (v_isnull(bound)) {
    write_unraisable(vm, meth);
    return;
  }
  if (v_isnull(vm_call(vm, bound, 0, NULL, NULL))) write_unraisable(vm, bound);
}

static void fin_generator(VM *vm, Generator *g) {
  if (!gen_in_handler(g)) return;   /* finished, or suspended outside any block */
  if (v_isnull(gen_close(vm, g))) write_unraisable(vm, v_obj(g));
}

void vm_run_finalizers(VM *vm) {
  if (vm->fin_running || !vm->fin_queue) return;
  vm->fin_running = true;
  Value se = vm->exc;
  Traceback *stb = vm->exc_tb;
  vm->exc = v_null();
  vm->exc_tb = NULL;
  __atomic_store_n(&vm->fin_pending, 0, __ATOMIC_RELAXED);
  gc_invoke_finalizers();
  void *o;
  while ((o = gc_finq_pop(vm->fin_queue)) != NULL) {
    Value v = v_obj(o);
    if (v.tag == T_GENERATOR) fin_generator(vm, (Generator *)o);
    else fin_instance(vm, v);
    vm_exc_clear(vm);
  }
  vm->exc = se;
  vm->exc_tb = stb;
  vm->fin_running = false;
}

void vm_gc_collect(VM *vm) {
  gc_collect();
  vm_run_finalizers(vm);   /* which first has Boehm queue what it found */
}

void vm_fin_exit(VM *vm) {
  /* As CPython at exit: finalize what is garbage now (not what module
  ** globals still reach). */
  if (vm->fin_queue && vm->fin_used) vm_gc_collect(vm);
}

void vm_fin_free(VM *vm) {
  if (!vm->fin_queue) return;
  gc_finq_close(vm->fin_queue);
  vm->fin_queue = NULL;
}

/* ---- the gc module ---------------------------------------------------------- */

static Value gc_collect_fn(VM *vm, int argc, Value *argv, Dict *kw) {
  if (argc > 1)
    return vm_raise(vm, vm->exc_TypeError, "function takes at most 1 argument (%d given)",
                    argc);
  vm_gc_collect(vm);
  return v_int(0);
}

static Value gc_noop(VM *vm, int argc, Value *argv, Dict *kw) { return v_none(); }

static Value gc_isenabled(VM *vm, int argc, Value *argv, Dict *kw) { return v_bool(true); }

void vm_fin_init(VM *vm) {
  vm->fin_queue = gc_finq_new(&vm->fin_pending);
  Module *m = vm_add_module(vm, "gc");
  if (!m) return;
  Dict *d = m->dict;
  vm_add_function(vm, d, "collect", gc_collect_fn, 0, -1, false);
  vm_add_function(vm, d, "enable", gc_noop, 0, 0, false);
  vm_add_function(vm, d, "disable", gc_noop, 0, 0, false);
  vm_add_function(vm, d, "isenabled", gc_isenabled, 0, 0, false);
  List *garbage = list_new(vm, 0);
  if (garbage) dict_set_str(vm, d, str_intern_cstr(vm, "garbage"), v_obj(garbage));
}
