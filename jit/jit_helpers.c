/*
** jit_helpers.c: the C functions compiled traces call (the IRCALLS table of
** ir.h), and the table the LLVM emitter reads their addresses and ABIs from.
**
** ABI (see llvm.h for the full contract):
**   Value helpers: void h(VM *vm, Value *out, const Value *args, int32_t nargs)
**     args are the CALL's arguments boxed as Values, in CARG order; the
**     result goes to *out; T_NULL there means "raised" (exception pending
**     in vm->exc) for the helpers flagged "E" (the trace checks with
**     GUARD_NO_EXCEPTION, which reads vm->exc, not *out). VOID helpers
**     write None on success.
**   Float helpers (result FLOAT): double f(double[, double]), no VM.
** The helpers are thin wrappers around the runtime API of vm.h / object.h
** so that the recorder's residual calls behave exactly like the
** interpreter's instructions. They validate what a wrong IR could get wrong
** (an attribute name that is not a str, a negative length) and raise
** SystemError rather than crash.
*/
#include <math.h>
#include <string.h>
#include "llvm.h"
#include "../gc/gc.h"

/* ---- the table ---------------------------------------------------------------- */

#define JH_ENTRY(name, fn, t, n, fl) \
  { #name, (JitAnyFn)fn, IRT_##t == IRT_FLOAT ? JIT_ABI_DOUBLE : JIT_ABI_VALUE, IRT_##t, n, fl },

const JitHelperInfo jit_helpers[IRCALL__COUNT] = {
  IRCALLS(JH_ENTRY)
};
#undef JH_ENTRY

/* ---- small tools -------------------------------------------------------------- */

static void bad_call(VM *vm, Value *out, const char *what) {
  *out = vm_raise(vm, vm->exc_SystemError, "JIT helper %s: bad arguments", what);
}

static bool want(VM *vm, Value *out, int32_t nargs, int32_t n, const char *what) {
  if (nargs == n) return true;
  bad_call(vm, out, what);
  return false;
}

/* An interned attribute name, or NULL (SystemError pending in *out). */
static Str *attr_name(VM *vm, Value *out, Value name, const char *what) {
  if (name.tag != T_STR) { bad_call(vm, out, what); return NULL; }
  Str *s = str_intern(vm, AS_STR(name));
  if (!s) *out = v_null();
  return s;
}

static void set_ok(Value *out, bool ok) {
  *out = ok ? v_none() : v_null();
}

/* ---- attribute and item access ---------------------------------------------------- */

void vm_getattr_h(VM *vm, Value *out, const Value *args, int32_t nargs) {
  if (!want(vm, out, nargs, 2, "getattr")) return;
  Str *name = attr_name(vm, out, args[1], "getattr");
  if (!name) return;
  *out = vm_getattr(vm, args[0], name);
}

void vm_setattr_h(VM *vm, Value *out, const Value *args, int32_t nargs) {
  if (!want(vm, out, nargs, 3, "setattr")) return;
  Str *name = attr_name(vm, out, args[1], "setattr");
  if (!name) return;
  set_ok(out, vm_setattr(vm, args[0], name, args[2]));
}

void vm_getitem_h(VM *vm, Value *out, const Value *args, int32_t nargs) {
  if (!want(vm, out, nargs, 2, "getitem")) return;
  *out = vm_getitem(vm, args[0], args[1]);
}

void vm_setitem_h(VM *vm, Value *out, const Value *args, int32_t nargs) {
  if (!want(vm, out, nargs, 3, "setitem")) return;
  set_ok(out, vm_setitem(vm, args[0], args[1], args[2]));
}

/* ---- operators --------------------------------------------------------------------- */

void vm_binop_h(VM *vm, Value *out, const Value *args, int32_t nargs) {
  if (!want(vm, out, nargs, 3, "binop")) return;
  if (args[0].tag != T_INT || args[0].u.i < 0 || args[0].u.i >= OP__COUNT) {
    bad_call(vm, out, "binop");
    return;
  }
  *out = vm_binop(vm, (Opcode)args[0].u.i, args[1], args[2]);
}

void vm_compare_h(VM *vm, Value *out, const Value *args, int32_t nargs) {
  if (!want(vm, out, nargs, 3, "compare")) return;
  if (args[0].tag != T_INT || args[0].u.i < 0) {
    bad_call(vm, out, "compare");
    return;
  }
  *out = vm_compare(vm, (CmpOp)args[0].u.i, args[1], args[2]);
}

void vm_truthy_h(VM *vm, Value *out, const Value *args, int32_t nargs) {
  if (!want(vm, out, nargs, 1, "truthy")) return;
  *out = v_int(vm_truthy(vm, args[0]));   /* -1: raised */
}

/* ---- calls and iteration --------------------------------------------------------------- */

void vm_call_h(VM *vm, Value *out, const Value *args, int32_t nargs) {
  if (nargs < 1) { bad_call(vm, out, "call"); return; }
  /* The argument buffer belongs to the calling trace's frame and is dead
  ** after the call: the callee may use it as its argv. */
  *out = vm_call(vm, args[0], nargs - 1, (Value *)(uintptr_t)(args + 1), NULL);
}

void list_append_h(VM *vm, Value *out, const Value *args, int32_t nargs) {
  if (!want(vm, out, nargs, 2, "list_append")) return;
  if (args[0].tag != T_LIST) { bad_call(vm, out, "list_append"); return; }
  set_ok(out, list_append(vm, AS_LIST(args[0]), args[1]));
}

void vm_next_h(VM *vm, Value *out, const Value *args, int32_t nargs) {
  if (!want(vm, out, nargs, 1, "iter_next")) return;
  *out = vm_next(vm, args[0]);   /* T_NULL without exception: exhausted */
}

void str_concat_h(VM *vm, Value *out, const Value *args, int32_t nargs) {
  if (!want(vm, out, nargs, 2, "str_concat")) return;
  if (args[0].tag != T_STR || args[1].tag != T_STR) {
    *out = vm_binop(vm, OP_BINARY_ADD, args[0], args[1]);
    return;
  }
  Str *s = str_concat(vm, AS_STR(args[0]), AS_STR(args[1]));
  *out = s ? v_obj(s) : v_null();
}

/* ---- allocation -------------------------------------------------------------------------- */

Instance *jit_new_instance(VM *vm, Class *cls, Map *m) {
  Instance *o = instance_new(vm, cls);
  if (!o || !m) return o;
  if (m->nattrs > o->cap) {
    Value *slots = gc_alloc(sizeof(Value) * (size_t)m->nattrs);   /* zeroed: T_NULL */
    if (!slots) {
      vm_raise(vm, vm->exc_MemoryError, "");
      return NULL;
    }
    o->slots = slots;
    o->cap = m->nattrs;
  }
  o->map = m;
  return o;
}

void jit_alloc_instance(VM *vm, Value *out, const Value *args, int32_t nargs) {
  if (!want(vm, out, nargs, 2, "alloc_instance")) return;
  if (args[0].tag != T_CLASS || (args[1].tag != T_MAP && args[1].tag != T_NULL)) {
    bad_call(vm, out, "alloc_instance");
    return;
  }
  Map *m = args[1].tag == T_MAP ? (Map *)args[1].u.o : NULL;
  Instance *o = jit_new_instance(vm, AS_CLASS(args[0]), m);
  *out = o ? v_obj(o) : v_null();
}

void jit_alloc_tuple(VM *vm, Value *out, const Value *args, int32_t nargs) {
  if (!want(vm, out, nargs, 1, "alloc_tuple")) return;
  if (args[0].tag != T_INT || args[0].u.i < 0) { bad_call(vm, out, "alloc_tuple"); return; }
  Tuple *t = tuple_new(vm, args[0].u.i);
  *out = t ? v_obj(t) : v_null();
}

void jit_alloc_list(VM *vm, Value *out, const Value *args, int32_t nargs) {
  if (!want(vm, out, nargs, 1, "alloc_list")) return;
  if (args[0].tag != T_INT || args[0].u.i < 0) { bad_call(vm, out, "alloc_list"); return; }
  List *l = list_new(vm, args[0].u.i);
  *out = l ? v_obj(l) : v_null();
}

/* ---- exits into bridges ------------------------------------------------------------ */

void jit_exit_writeback(Trace *t, int32_t s, Value *base, const Value *exitbuf) {
  Snapshot *sn = &t->snaps[s];
  for (int32_t i = 0; i < sn->nent; i++) {
    int32_t slot = t->snapmap[sn->ent + i].slot;
    if (slot >= 0) base[slot] = llvm_read_value(&exitbuf[i]);   /* < 0: sunk-store entries */
  }
}

/* ---- float arithmetic (Python 2 semantics, as vm/obj_ops.c) --------------------------------- */

double jit_float_mod(double a, double b) {
  double m = fmod(a, b);
  if (m != 0.0) {
    if ((b < 0) != (m < 0)) m += b;
  } else {
    m = copysign(0.0, b);
  }
  return m;
}

double jit_float_floordiv(double a, double b) {
  double mod = fmod(a, b);
  double div = (a - mod) / b;
  if (mod != 0.0) {
    if ((b < 0) != (mod < 0)) div -= 1.0;
  }
  double fd;
  if (div != 0.0) {
    fd = floor(div);
    if (div - fd > 0.5) fd += 1.0;
  } else {
    fd = copysign(0.0, a / b);
  }
  return fd;
}
