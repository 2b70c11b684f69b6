/*
** rec_call.c: recording calls and returns.
**
** A call of a Python function without loops is inlined (PyPy's rule, and
** LuaJIT's for non-looping functions): the recorder pushes a RecFrame whose
** slots start where the interpreter's call fast path puts the callee's
** locals (its arguments on the caller's stack), fills defaults and unbound
** locals, and keeps following the interpreter, which really runs the callee
** meanwhile. RETURN_VALUE pops the frame and writes the result where the
** caller's stack top was. A class call with a plain Python __init__ becomes
** NEW_INSTANCE (which allocation sinking can remove) plus an inlined
** __init__ frame placed where the interpreter places it (above the caller's
** whole extent, flagged SNAPFRAME_INIT).
**
** Everything else is a residual call through the `call` helper (vm_call):
** functions with loops (they get their own traces, and vm_call enters
** their compiled code), recursion deeper than max_unroll_recursion, keyword
** calls, builtins the recorder does not know. Known builtins become IR
** (len, abs, min/max of two numbers, math.sqrt, isinstance with a constant
** class, list.append), and the rpython.rlib.jit hints keep PyPy's meaning:
** promote() guards a value and makes it a constant, an @elidable function
** called with constant arguments is folded to its result (observed after
** the interpreter ran the call), jit_merge_point() costs nothing.
*/
#include <string.h>
#include "snap.h"
#include "opt.h"
#include "../stdlib/lib.h"
#include "../vm/types.h"
#include "../gc/gc.h"

static inline IRBuf *IR(Rec *R) { return &R->t->ir; }

/* ---- builtins the recorder knows --------------------------------------------------- */

static Value cf_print_item(VM *vm, int argc, Value *argv, Dict *kw) {
  return lib_print_item(vm, v_null(), argv[0]) ? v_none() : v_null();
}

static Value cf_print_newline(VM *vm, int argc, Value *argv, Dict *kw) {
  return lib_print_newline(vm, v_null()) ? v_none() : v_null();
}

static Value cf_range_iter(VM *vm, int argc, Value *argv, Dict *kw) {
  if (argc != 3 || argv[0].tag != T_INT || argv[1].tag != T_INT || argv[2].tag != T_INT ||
      argv[2].u.i == 0)
    return vm_raise(vm, vm->exc_SystemError, "JIT range iterator: bad arguments");
  return iter_range_new(vm, argv[0].u.i, argv[1].u.i, argv[2].u.i);
}

/* f(a1..an, k1=v1..): argv = [f, n, a1..an, k1, v1, ...] */
static Value cf_call_kw(VM *vm, int argc, Value *argv, Dict *kw) {
  int n = (int)argv[1].u.i;
  Dict *d = dict_new(vm);
  if (!d) return v_null();
  for (int i = 2 + n; i + 1 < argc; i += 2)
    if (!dict_set(vm, d, argv[i], argv[i + 1])) return v_null();
  return vm_call(vm, argv[0], n, argv + 2, d);
}

static Value cf_build_map(VM *vm, int argc, Value *argv, Dict *kw) {
  Dict *d = dict_new(vm);
  if (!d) return v_null();
  for (int i = 0; i + 1 < argc; i += 2)
    if (!dict_set(vm, d, argv[i], argv[i + 1])) return v_null();
  return v_obj(d);
}

static Value cf_build_set(VM *vm, int argc, Value *argv, Dict *kw) {
  Set *st = set_new(vm, false);
  if (!st) return v_null();
  for (int i = 0; i < argc; i++)
    if (!set_add(vm, st, argv[i])) return v_null();
  return v_obj(st);
}

static Value cf_build_slice(VM *vm, int argc, Value *argv, Dict *kw) {
  return slice_new(vm, argv[0], argv[1], argc > 2 ? argv[2] : v_none());
}

static Value cf_set_add(VM *vm, int argc, Value *argv, Dict *kw) {
  return set_add(vm, (Set *)argv[0].u.o, argv[1]) ? v_none() : v_null();
}

static Value cf_map_add(VM *vm, int argc, Value *argv, Dict *kw) {
  return dict_set(vm, AS_DICT(argv[0]), argv[1], argv[2]) ? v_none() : v_null();
}

static Value cf_del_item(VM *vm, int argc, Value *argv, Dict *kw) {
  return vm_delitem(vm, argv[0], argv[1]) ? v_none() : v_null();
}

static Value cf_repr(VM *vm, int argc, Value *argv, Dict *kw) {
  Str *s = vm_repr(vm, argv[0]);
  return s ? v_obj(s) : v_null();
}

/* STORE_GLOBAL / STORE_NAME of a name not bound yet: [dict, name, value] */
static Value cf_store_global(VM *vm, int argc, Value *argv, Dict *kw) {
  return dict_set_str(vm, AS_DICT(argv[0]), AS_STR(argv[1]), argv[2]) ? v_none() : v_null();
}

/* f(*star, **dstar) with star an exact tuple or list and dstar an exact dict
** (the recorder guards that): [f, npos, nkw, flags (1 star, 2 dstar),
** positional..., keyword pairs..., star?, dstar?] -- interp.c's rules. */
static Value cf_call_ex(VM *vm, int argc, Value *argv, Dict *kw) {
  Value f = argv[0];
  int npos = (int)argv[1].u.i, nkw = (int)argv[2].u.i, fl = (int)argv[3].u.i;
  Value *pos = argv + 4, *kv = pos + npos, *rest = kv + 2 * nkw;
  Value star = (fl & 1) ? *rest++ : v_null();
  Value dstar = (fl & 2) ? *rest : v_null();
  int64_t ns = 0;
  Value *sitems = NULL;
  if (star.tag == T_TUPLE) { ns = AS_TUPLE(star)->len; sitems = AS_TUPLE(star)->items; }
  else if (star.tag == T_LIST) { ns = AS_LIST(star)->len; sitems = AS_LIST(star)->items; }
  Value *args = gc_alloc(sizeof(Value) * (size_t)(npos + ns + 1));
  if (!args) return vm_raise(vm, vm->exc_MemoryError, NULL);
  for (int i = 0; i < npos; i++) args[i] = pos[i];
  for (int64_t i = 0; i < ns; i++) args[npos + i] = sitems[i];
  Dict *d = NULL;
  if (nkw || !v_isnull(dstar)) {
    d = v_isnull(dstar) ? dict_new(vm) : dict_copy(vm, AS_DICT(dstar));
    if (!d) return v_null();
    for (int i = 0; i < nkw; i++) {
      int has = dict_contains(vm, d, kv[2 * i]);
      if (has < 0) return v_null();
      if (has) {
        const char *desc, *name = vm_callable_name(vm, f, &desc);
        return vm_raise(vm, vm->exc_TypeError, "%s%s got multiple values for keyword argument '%S'",
                        name, desc, AS_STR(kv[2 * i]));
      }
      if (!dict_set(vm, d, kv[2 * i], kv[2 * i + 1])) return v_null();
    }
    if (d->used == 0) d = NULL;
  }
  return vm_call(vm, f, npos + (int)ns, args, d);
}

/* UNARY_* on what the recorder does not specialise: [opcode, value] */
static Value cf_unop(VM *vm, int argc, Value *argv, Dict *kw) {
  return vm_unop(vm, (Opcode)argv[0].u.i, argv[1]);
}

/* MAKE_FUNCTION / MAKE_CLOSURE: [code, globals, module or None, cells or None, defaults...] */
static Value cf_make_func(VM *vm, int argc, Value *argv, Dict *kw) {
  Module *m = argv[2].tag == T_MODULE ? AS_MODULE(argv[2]) : NULL;
  Func *fn = func_new(vm, AS_CODE(argv[0]), AS_DICT(argv[1]), m);
  if (!fn) return v_null();
  if (argv[3].tag == T_TUPLE) fn->closure = AS_TUPLE(argv[3]);
  if (argc > 4) {
    fn->defaults = tuple_from(vm, argc - 4, argv + 4);
    if (!fn->defaults) return v_null();
  }
  return v_obj(fn);
}

static Value module_attr(VM *vm, const char *mod, const char *name) {
  Value m = dict_get_str(vm, vm->modules, str_intern_cstr(vm, mod));
  if (m.tag != T_MODULE) return v_null();
  return dict_get_str(vm, AS_MODULE(m)->dict, str_intern_cstr(vm, name));
}

RecBuiltins *rec_builtins(Rec *R) {
  if (R->B) return R->B;
  VM *vm = R->vm;
  RecBuiltins *B = gc_alloc(sizeof(RecBuiltins));
  if (!B) return NULL;
  Dict *b = vm->builtins;
#define BI(field, name) B->field = dict_get_str(vm, b, str_intern_cstr(vm, name))
  BI(len, "len"); BI(abs, "abs"); BI(min, "min"); BI(max, "max"); BI(chr, "chr");
  BI(ord, "ord"); BI(isinstance, "isinstance"); BI(iter, "iter"); BI(float_, "float");
  BI(int_, "int");
#undef BI
  B->math_sqrt = module_attr(vm, "math", "sqrt");
  B->math_sin = module_attr(vm, "math", "sin");
  B->math_cos = module_attr(vm, "math", "cos");
  B->math_floor = module_attr(vm, "math", "floor");
  B->promote = module_attr(vm, "rpython.rlib.jit", "promote");
  B->we_are_jitted = module_attr(vm, "rpython.rlib.jit", "we_are_jitted");
  B->list_append = class_lookup(vm, vm->cls[T_LIST], vm->s_append);
  B->print_item = cfunc_new(vm, "print_item", cf_print_item, 1, 1, false);
  B->print_newline = cfunc_new(vm, "print_newline", cf_print_newline, 0, 0, false);
  B->range_iter = cfunc_new(vm, "range_iter", cf_range_iter, 3, 3, false);
  B->call_kw = cfunc_new(vm, "call_kw", cf_call_kw, 2, -1, false);
  B->make_func = cfunc_new(vm, "make_func", cf_make_func, 4, -1, false);
  B->call_ex = cfunc_new(vm, "call_ex", cf_call_ex, 4, -1, false);
  B->unop = cfunc_new(vm, "unop", cf_unop, 2, 2, false);
  B->build_map = cfunc_new(vm, "build_map", cf_build_map, 0, -1, false);
  B->build_set = cfunc_new(vm, "build_set", cf_build_set, 0, -1, false);
  B->build_slice = cfunc_new(vm, "build_slice", cf_build_slice, 2, 3, false);
  B->set_add = cfunc_new(vm, "set_add", cf_set_add, 2, 2, false);
  B->map_add = cfunc_new(vm, "map_add", cf_map_add, 3, 3, false);
  B->del_item = cfunc_new(vm, "del_item", cf_del_item, 2, 2, false);
  B->repr = cfunc_new(vm, "repr", cf_repr, 1, 1, false);
  B->store_global = cfunc_new(vm, "store_global", cf_store_global, 3, 3, false);
  vm_exc_clear(vm);
  R->B = B;
  return B;
}

/* ---- helpers ---------------------------------------------------------------------------- */

/* The slot's ref made the constant of its runtime value (guarded). */
static IRRef promote(Rec *R, int32_t slot) {
  Value v = rec_rt(R, slot);
  IRRef r = rec_slot(R, slot);
  if (!r) return r;
  IRRef k = rec_const(R, v);
  if (r != k) {
    if (v.tag == T_FLOAT) return r;   /* no value guard on floats */
    rec_guard(R, IR_GUARD_VALUE, r, k);
    rec_set(R, slot, k);
  }
  return k;
}

/* A residual call: callee in fslot, nargs arguments from slot a0. */
static IRRef residual(Rec *R, int32_t fslot, int32_t a0, int nargs, bool pure) {
  IRRef args[256];
  if (nargs > 255) {
    rec_fail(R, ABORT_NYI, "call with %d arguments", nargs);
    return 0;
  }
  args[0] = rec_slot(R, fslot);
  if (!args[0]) return 0;
  for (int i = 0; i < nargs; i++) {
    args[1 + i] = rec_slot(R, a0 + i);
    if (!args[1 + i]) return 0;
  }
  if (!pure && rec_rt(R, fslot).tag == T_FUNC && ir_isk(args[0])) {
    /* a Python function: CALL_ASSEMBLER (a: its function trace, if any) */
    Func *fn = AS_FUNC(rec_rt(R, fslot));
    JitCode *jc = fn->code->jit;
    int32_t no = jc && jc->func_trace ? jc->func_trace->no : 0;
    IRRef b = IRREF_NONE;
    for (int i = 0; i <= nargs; i++)
      b = i == 0 ? args[0] : rec_emit(R, IR_CARG, IRT_VOID, b, args[i], 0);
    IRRef r = rec_emit(R, IR_CALL_ASSEMBLER, IRT_VAL, no, b, 0);
    rec_guard_noexc(R);
    return r;
  }
  return pure ? rec_call_pure(R, IRCALL_call, IRT_VAL, nargs + 1, args)
              : rec_call(R, IRCALL_call, IRT_VAL, nargs + 1, args);
}

static bool has_flag(Rec *R, Func *fn, const char *flag) {
  return fn->attrs && lib_jit_has_flag(R->vm, v_obj(fn), flag);
}

static bool can_inline(Rec *R, Func *fn, int nargs) {
  VM *vm = R->vm;
  Code *co = fn->code;
  if (!vm->cfg.jit.v[JIT_P_inlining]) return false;
  if (co->flags & (CO_VARARGS | CO_VARKEYWORDS | CO_GENERATOR | CO_CLASSBODY)) return false;
  if (co->ncells) return false;
  int n = co->argcount;
  if (nargs > n) return false;
  if (nargs < n && (!fn->defaults || nargs < n - (int)fn->defaults->len)) return false;
  if (R->nfr >= REC_MAXFRAMES) return false;
  if (!co->cache || !co->hot) return false;
  JitCode *jc = co->jit;
  if (jc && (jc->flags & JC_NOINLINE)) return false;
  if (has_flag(R, fn, "_dont_look_inside_")) return false;
  if ((co->flags & CO_HAS_LOOP) && !has_flag(R, fn, "_unroll_safe_")) return false;
  int same = 0;
  for (int32_t i = 0; i < R->nfr; i++) same += R->fr[i].code == co;
  if (same >= vm->cfg.jit.v[JIT_P_max_unroll_recursion]) return false;
  Trace *root = R->root_trace;
  /* Self-recursion of a function trace: a few levels inlined make recursive
  ** code (fib) pay the call of compiled code once per 2^k calls; more levels
  ** multiply the bridges (every leaf guard) and compile time. */
  if (root && root->kind == TRACE_FUNC && R->fr[0].code == co &&
      same >= (vm->cfg.jit.v[JIT_P_max_unroll_recursion] < 3 ? vm->cfg.jit.v[JIT_P_max_unroll_recursion] : 3))
    return false;
  return true;
}

/* Enter an inlined frame of fn at slot nb. Arguments: for a plain call they
** already sit at nb (the caller's stack); for __init__, self and the
** arguments are copied there. */
static bool push_frame(Rec *R, Func *fn, int32_t nb, int32_t cres, int nargs, int32_t a0,
                       bool init, IRRef self) {
  VM *vm = R->vm;
  Code *co = fn->code;
  RecFrame *cf = rec_cur(R);
  IRRef args[256];
  if (nargs > 255) return rec_fail(R, ABORT_NYI, "too many arguments");
  if (init) {
    for (int i = 0; i < nargs; i++) {
      args[i] = rec_slot(R, a0 + i);
      if (!args[i]) return false;
    }
  }
  cf->pc = R->pc;
  cf->depth = (init ? cres + 1 : cres) - cf->base;
  int given = init ? nargs + 1 : nargs;
  if (init) {
    rec_set(R, nb, self);
    for (int i = 0; i < nargs; i++) rec_set(R, nb + 1 + i, args[i]);
  }
  int n = co->argcount;
  if (given < n) {
    Tuple *d = fn->defaults;
    int m = n - (int)d->len;
    for (int i = given; i < n; i++) rec_set(R, nb + i, rec_const(R, d->items[i - m]));
  }
  for (int i = n; i < co->nlocals; i++) rec_set(R, nb + i, R->knull);
  for (int i = 0; i < co->nfrees; i++) {
    Tuple *cl = fn->closure;
    Value c = cl && i < cl->len ? cl->items[i] : v_null();
    rec_set(R, nb + co->nlocals + co->ncells + i, rec_const(R, c));
  }
  if (R->done) return false;
  RecFrame *nf = &R->fr[R->nfr++];
  memset(nf, 0, sizeof *nf);
  nf->code = co;
  nf->func = fn;
  nf->globals = fn->globals;
  nf->frame = vm_frame_slot(vm, vm->depth);
  nf->base = nb;
  nf->flags = init ? SNAPFRAME_INIT : 0;
  nf->ins_start = R->t->ir.nins;
  nf->unroll = (co->flags & CO_HAS_LOOP) != 0;
  R->pend = PEND_ENTER;
  return true;
}

/* ---- calls of Python functions ------------------------------------------------------------ */

/* Is the slot a function MAKE_FUNCTION made in this trace? A new object each
** time round: a value guard on it would always fail, growing a chain of
** bridges (one per trace_eagerness iterations, each a guard longer). */
static bool made_in_trace(Rec *R, int32_t fslot) {
  IRBuf *ir = IR(R);
  IRRef r = rec_slot(R, fslot);
  if (!r || ir_isk(r) || ir_ins(ir, r)->op != IR_CALL || ir_ins(ir, r)->a != IRCALL_call)
    return false;
  IRRef c = ir_ins(ir, r)->b;   /* CARG chain: the first CARG holds the callee */
  while (c && !ir_isk(c) && ir_ins(ir, c)->op == IR_CARG) c = ir_ins(ir, c)->a;
  RecBuiltins *B = rec_builtins(R);
  return B && c && ir_isk(c) && ir_k(ir, c)->t == IRT_OBJ && ir_k(ir, c)->u.p == B->make_func;
}

static bool call_py(Rec *R, Func *fn, int32_t cres, int32_t fslot, int32_t a0, int nargs) {
  if (made_in_trace(R, fslot)) {
    IRRef r = residual(R, fslot, a0, nargs, false);
    if (!r) return false;
    rec_set(R, cres, r);
    return true;
  }
  if (!promote(R, fslot)) return false;
  if (has_flag(R, fn, "_elidable_")) {
    bool allk = true;
    for (int i = 0; i < nargs && allk; i++) {
      IRRef a = rec_slot(R, a0 + i);
      if (!a) return false;
      allk = ir_isk(a);
    }
    if (allk) {
      /* fold: the interpreter runs it, the result becomes a constant */
      R->pend = PEND_CONST;
      R->pend_slot = cres;
      return true;
    }
    IRRef r = residual(R, fslot, a0, nargs, true);
    if (!r) return false;
    rec_set(R, cres, r);
    return true;
  }
  if (!can_inline(R, fn, nargs)) {
    IRRef r = residual(R, fslot, a0, nargs, false);
    if (!r) return false;
    rec_set(R, cres, r);
    return true;
  }
  return push_frame(R, fn, a0, cres, nargs, a0, false, 0);
}

/* The __init__ the interpreter runs in its own loop for cls(...), else T_NULL
** (the same rule as interp.c's plain_class_init). */
static Value plain_init(VM *vm, Class *cls) {
  if (cls->inst_kind != T_INSTANCE || !cls->mro) return v_null();
  CFn ctor = NULL;
  for (int64_t i = 0; i < cls->mro->len && !ctor; i++) ctor = AS_CLASS(cls->mro->items[i])->ctor;
  if (!ctor || ctor != vm->cls_object->ctor) return v_null();
  Value nw = class_lookup(vm, cls, vm->s___new__);
  if (nw.tag == T_FUNC || nw.tag == T_STATICMETHOD) return v_null();
  Value init = class_lookup(vm, cls, vm->s___init__);
  if (init.tag != T_FUNC || (AS_FUNC(init)->code->flags & CO_GENERATOR)) return v_null();
  return init;
}

static bool call_class(Rec *R, Class *cls, int32_t cres, int32_t fslot, int32_t a0, int nargs) {
  VM *vm = R->vm;
  Value init = plain_init(vm, cls);
  /* Instances of a class with __del__ are made by the interpreter's call
  ** (residual): a NEW_INSTANCE could be sunk and never registered. The
  ** epoch guard catches a __del__ added later. */
  if (init.tag == T_FUNC && cls->root_map && !(cls->h.flags & CLS_HAS_DEL) &&
      can_inline(R, AS_FUNC(init), nargs + 1)) {
    if (!promote(R, fslot)) return false;
    rec_guard_epoch(R);
    RecFrame *cf = rec_cur(R);
    IRRef inst = rec_emit(R, IR_NEW_INSTANCE, IRT_OBJ, ir_kobj(IR(R), cls, T_CLASS),
                          ir_kobj(IR(R), cls->root_map, T_MAP), 0);
    int32_t nb = cf->base + (int32_t)vm_frame_size(cf->code);
    rec_set(R, cres, inst);
    return push_frame(R, AS_FUNC(init), nb, cres, nargs, a0, true, inst);
  }
  IRRef r = residual(R, fslot, a0, nargs, false);
  if (!r) return false;
  rec_set(R, cres, r);
  return true;
}

/* ---- builtins ------------------------------------------------------------------------------- */

bool rec_is_merge_point_fn(Rec *R, Value fv) {
  Class *jd = R->vm->cls_jitdriver;
  if (fv.tag == T_BOUND) fv = ((Bound *)fv.u.o)->func;
  if (fv.tag != T_CFUNC || !jd) return false;
  CFunc *cf = AS_CFUNC(fv);
  if (!cf->name) return false;
  if (strcmp(cf->name->data, "jit_merge_point") && strcmp(cf->name->data, "can_enter_jit"))
    return false;
  if (cf->data.tag == T_CLASS && class_is_subclass(AS_CLASS(cf->data), jd)) return true;
  return cf->self.tag == T_INSTANCE && class_is_subclass(cf->self.u.o->cls, jd);
}

/* A number as FLOAT. */
static IRRef num_float(Rec *R, int32_t s) {
  IRRef r = rec_typed(R, s);
  if (r && ir_type(IR(R), r) == IRT_INT) r = rec_emit(R, IR_CAST_INT_TO_FLOAT, IRT_FLOAT, r, 0, 0);
  return r;
}

static IRRef call_builtin(Rec *R, Value fv, int32_t fslot, int32_t a0, int nargs) {
  VM *vm = R->vm;
  RecBuiltins *B = rec_builtins(R);
  IRBuf *ir = IR(R);
  if (!B) return 0;
  Value a = nargs >= 1 ? rec_rt(R, a0) : v_null();
  Value b = nargs >= 2 ? rec_rt(R, a0 + 1) : v_null();
  if (v_same(fv, B->len) && nargs == 1 &&
      (a.tag == T_LIST || a.tag == T_TUPLE || a.tag == T_STR) && a.u.o->cls == vm->cls[a.tag]) {
    if (!promote(R, fslot)) return 0;
    IRRef x = rec_typed(R, a0);
    if (!x) return 0;
    if (ir_isk(x) && a.tag != T_LIST)   /* immutable constant */
      return ir_kint(ir, a.tag == T_STR ? AS_STR(a)->len : AS_TUPLE(a)->len);
    rec_guard_class(R, x, vm->cls[a.tag]);
    IRField f = a.tag == T_LIST ? IRFIELD_LIST_LEN : a.tag == T_TUPLE ? IRFIELD_TUPLE_LEN
                                                                      : IRFIELD_STR_LEN;
    return rec_emit(R, IR_GETFIELD, IRT_INT, x, f, 0);
  }
  if (v_same(fv, B->abs) && nargs == 1 && (a.tag == T_FLOAT || (a.tag == T_INT && a.u.i != INT64_MIN))) {
    if (!promote(R, fslot)) return 0;
    IRRef x = rec_typed(R, a0);
    if (!x) return 0;
    if (a.tag == T_FLOAT) return rec_emit(R, IR_FLOAT_ABS, IRT_FLOAT, x, 0, 0);
    if (a.u.i >= 0) {
      rec_guard(R, IR_GUARD_TRUE, rec_emit(R, IR_INT_GE, IRT_BOOL, x, ir_kint(ir, 0), 0), 0);
      return x;
    }
    rec_guard(R, IR_GUARD_TRUE, rec_emit(R, IR_INT_LT, IRT_BOOL, x, ir_kint(ir, 0), 0), 0);
    IRRef r = rec_emit(R, IR_INT_NEG_OVF, IRT_INT, x, 0, 0);
    rec_guard(R, IR_GUARD_NO_OVERFLOW, r, 0);
    return r;
  }
  if ((v_same(fv, B->max) || v_same(fv, B->min)) && nargs == 2 && a.tag == b.tag &&
      (a.tag == T_INT || a.tag == T_FLOAT)) {
    bool mx = v_same(fv, B->max);
    if (!promote(R, fslot)) return 0;
    IRRef x = rec_typed(R, a0), y = rec_typed(R, a0 + 1);
    if (!x || !y) return 0;
    bool fl = a.tag == T_FLOAT;
    bool c = fl ? (mx ? b.u.f > a.u.f : b.u.f < a.u.f) : (mx ? b.u.i > a.u.i : b.u.i < a.u.i);
    IROp op = fl ? (mx ? IR_FLOAT_GT : IR_FLOAT_LT) : (mx ? IR_INT_GT : IR_INT_LT);
    IRRef cond = rec_emit(R, op, IRT_BOOL, y, x, 0);
    rec_guard(R, c ? IR_GUARD_TRUE : IR_GUARD_FALSE, cond, 0);
    return c ? y : x;
  }
  if ((v_same(fv, B->chr) || v_same(fv, B->ord)) && nargs == 1) {
    IRRef r = residual(R, fslot, a0, nargs, true);
    return r;
  }
  if (v_same(fv, B->isinstance) && nargs == 2 && b.tag == T_CLASS) {
    if (!promote(R, fslot) || !promote(R, a0 + 1)) return 0;
    IRRef x = rec_typed(R, a0);
    if (!x) return 0;
    if (a.tag >= T_FIRSTOBJ) rec_guard_class(R, x, a.u.o->cls);
    return ir_kbool(ir, vm_isinstance(vm, a, AS_CLASS(b)));
  }
  if (v_same(fv, B->math_sqrt) && nargs == 1 && (a.tag == T_FLOAT || a.tag == T_INT)) {
    double d = a.tag == T_FLOAT ? a.u.f : (double)a.u.i;
    if (d >= 0.0) {
      if (!promote(R, fslot)) return 0;
      IRRef x = num_float(R, a0);
      if (!x) return 0;
      rec_guard(R, IR_GUARD_TRUE, rec_emit(R, IR_FLOAT_GE, IRT_BOOL, x, ir_kfloat(ir, 0.0), 0), 0);
      return rec_emit(R, IR_FLOAT_SQRT, IRT_FLOAT, x, 0, 0);
    }
  }
  if ((v_same(fv, B->math_sin) || v_same(fv, B->math_cos)) && nargs == 1 &&
      (a.tag == T_FLOAT || a.tag == T_INT)) {
    double d = a.tag == T_FLOAT ? a.u.f : (double)a.u.i;
    if (d > -1e300 && d < 1e300) {
      if (!promote(R, fslot)) return 0;
      IRRef x = num_float(R, a0);
      if (!x) return 0;
      IRRef ab = rec_emit(R, IR_FLOAT_ABS, IRT_FLOAT, x, 0, 0);
      rec_guard(R, IR_GUARD_TRUE, rec_emit(R, IR_FLOAT_LT, IRT_BOOL, ab, ir_kfloat(ir, 1e300), 0), 0);
      return rec_call_pure(R, v_same(fv, B->math_sin) ? IRCALL_math_sin : IRCALL_math_cos,
                           IRT_FLOAT, 1, &x);
    }
  }
  if (v_same(fv, B->promote) && nargs == 1) {
    if (!promote(R, fslot)) return 0;
    return promote(R, a0);
  }
  if (v_same(fv, B->we_are_jitted) && nargs == 0) {
    if (!promote(R, fslot)) return 0;
    return ir_kbool(ir, false);
  }
  if (v_same(fv, B->list_append) && nargs == 2 && a.tag == T_LIST &&
      a.u.o->cls == vm->cls[T_LIST]) {
    if (!promote(R, fslot)) return 0;
    IRRef l = rec_typed(R, a0), x = rec_slot(R, a0 + 1);
    if (!l || !x) return 0;
    rec_guard_class(R, l, vm->cls[T_LIST]);
    IRRef args[2] = {l, x};
    rec_call(R, IRCALL_list_append, IRT_VOID, 2, args);
    return ir_knone(ir);
  }
  return 0;
}

/* ---- the call instructions ---------------------------------------------------------------------- */

static bool rec_call_op(Rec *R, bool method) {
  int npos = (int)CALL_NPOS(R->arg), nkw = (int)CALL_NKW(R->arg);
  int32_t cres = R->top - npos - 2 * nkw - (method ? 2 : 1);
  int32_t fslot = cres, a0 = cres + 1;
  int nargs = npos;
  if (method) {
    IRRef r0 = rec_slot(R, cres);
    if (!r0) return false;
    bool isnull = r0 == R->knull;
    if (isnull != v_isnull(rec_rt(R, cres)))
      return rec_fail(R, ABORT_BAD_INSTR, "LOAD_METHOD model differs from the stack");
    if (isnull) { fslot = cres + 1; a0 = cres + 2; }
    else nargs = npos + 1;
  }
  Value fv = rec_rt(R, fslot);
  if (rec_is_merge_point_fn(R, fv)) {
    rec_set(R, cres, ir_knone(IR(R)));
    return true;
  }
  if (nkw) {
    /* residual: call_kw(f, npos, args..., names and values...) */
    RecBuiltins *B = rec_builtins(R);
    IRRef args[256];
    int n = 0;
    if (!B || nargs + 2 * nkw + 2 > 256) return rec_fail(R, ABORT_NYI, "keyword call");
    args[n++] = rec_const(R, v_obj(B->call_kw));
    args[n++] = rec_slot(R, fslot);
    args[n++] = ir_kint(IR(R), nargs);
    for (int i = 0; i < nargs + 2 * nkw; i++) args[n++] = rec_slot(R, a0 + i);
    for (int i = 0; i < n; i++)
      if (!args[i]) return false;
    IRRef r = rec_call(R, IRCALL_call, IRT_VAL, n, args);
    rec_set(R, cres, r);
    return true;
  }
  switch (fv.tag) {
  case T_FUNC:
    return call_py(R, AS_FUNC(fv), cres, fslot, a0, nargs);
  case T_CLASS:
    return call_class(R, AS_CLASS(fv), cres, fslot, a0, nargs);
  case T_CFUNC: {
    IRRef r = call_builtin(R, fv, fslot, a0, nargs);
    if (R->done) return false;
    if (r) {
      rec_set(R, cres, r);
      return true;
    }
    break;
  }
  default:
    break;
  }
  IRRef r = residual(R, fslot, a0, nargs, false);
  if (!r) return false;
  rec_set(R, cres, r);
  return true;
}

/* CALL_ITER: range()/xrange() make a range iterator without a list. */
static bool rec_call_iter(Rec *R) {
  VM *vm = R->vm;
  int npos = (int)CALL_NPOS(R->arg), nkw = (int)CALL_NKW(R->arg);
  int32_t slot = R->top - npos - 2 * nkw - 1;
  Value fv = rec_rt(R, slot);
  if (nkw) return rec_fail(R, ABORT_NYI, "CALL_ITER with keyword arguments");
  RecBuiltins *B = rec_builtins(R);
  if (!B) return false;
  if (npos >= 1 && npos <= 3 && !v_isnull(fv) &&
      (v_same(fv, vm->builtin_range) || v_same(fv, vm->builtin_xrange))) {
    bool ints = true;
    for (int i = 0; i < npos; i++) ints = ints && rec_rt(R, slot + 1 + i).tag == T_INT;
    if (ints && (npos < 3 || rec_rt(R, slot + 3).u.i != 0)) {
      if (!promote(R, slot)) return false;
      IRRef a[3];
      for (int i = 0; i < npos; i++) {
        a[i] = rec_typed(R, slot + 1 + i);
        if (!a[i]) return false;
      }
      IRRef start = npos == 1 ? ir_kint(IR(R), 0) : a[0];
      IRRef stop = npos == 1 ? a[0] : a[1];
      IRRef step = npos == 3 ? a[2] : ir_kint(IR(R), 1);
      if (npos == 3)
        rec_guard(R, IR_GUARD_TRUE, rec_emit(R, IR_INT_NE, IRT_BOOL, step, ir_kint(IR(R), 0), 0), 0);
      IRRef args[4] = {rec_const(R, v_obj(B->range_iter)), start, stop, step};
      IRRef r = rec_call(R, IRCALL_call, IRT_VAL, 4, args);
      rec_set(R, slot, r);
      return true;
    }
  }
  IRRef r = residual(R, slot, slot + 1, npos, false);
  if (!r) return false;
  IRRef args[2] = {rec_const(R, B->iter), r};
  r = rec_call(R, IRCALL_call, IRT_VAL, 2, args);
  rec_set(R, slot, r);
  return true;
}

/* CALL_FUNCTION_VAR / _KW / _VAR_KW: residual through call_ex, with *args an
** exact tuple or list and **kwargs an exact dict (guarded). */
static bool rec_call_ex(Rec *R) {
  VM *vm = R->vm;
  bool star = R->op == OP_CALL_FUNCTION_VAR || R->op == OP_CALL_FUNCTION_VAR_KW;
  bool dstar = R->op == OP_CALL_FUNCTION_KW || R->op == OP_CALL_FUNCTION_VAR_KW;
  int extra = (star ? 1 : 0) + (dstar ? 1 : 0);
  int npos = (int)CALL_NPOS(R->arg), nkw = (int)CALL_NKW(R->arg);
  int32_t cres = R->top - npos - 2 * nkw - extra - 1;
  RecBuiltins *B = rec_builtins(R);
  if (!B || npos + 2 * nkw + extra + 5 > 250) return rec_fail(R, ABORT_NYI, "%s", opcode_names[R->op]);
  int32_t ss = R->top - extra, sd = R->top - 1;
  if (star) {
    Value v = rec_rt(R, ss);
    if (!((v.tag == T_TUPLE || v.tag == T_LIST) && v.u.o->cls == vm->cls[v.tag]))
      return rec_fail(R, ABORT_NYI, "*args of type %s", vm_type_name(vm, v));
    IRRef r = rec_typed(R, ss);
    if (!r) return false;
    rec_guard_class(R, r, vm->cls[v.tag]);
  }
  if (dstar) {
    Value v = rec_rt(R, sd);
    if (!(v.tag == T_DICT && v.u.o->cls == vm->cls[T_DICT]))
      return rec_fail(R, ABORT_NYI, "**kwargs of type %s", vm_type_name(vm, v));
    IRRef r = rec_typed(R, sd);
    if (!r) return false;
    rec_guard_class(R, r, vm->cls[T_DICT]);
  }
  IRRef args[256];
  int n = 0;
  args[n++] = rec_const(R, v_obj(B->call_ex));
  args[n++] = rec_slot(R, cres);
  args[n++] = ir_kint(IR(R), npos);
  args[n++] = ir_kint(IR(R), nkw);
  args[n++] = ir_kint(IR(R), (star ? 1 : 0) | (dstar ? 2 : 0));
  for (int i = 0; i < npos + 2 * nkw + extra; i++) args[n++] = rec_slot(R, cres + 1 + i);
  for (int i = 0; i < n; i++)
    if (!args[i]) return false;
  IRRef r = rec_call(R, IRCALL_call, IRT_VAL, n, args);
  rec_set(R, cres, r);
  return true;
}

bool rec_op_call(Rec *R) {
  switch (R->op) {
  case OP_CALL_FUNCTION: return rec_call_op(R, false);
  case OP_CALL_METHOD: return rec_call_op(R, true);
  case OP_CALL_ITER: return rec_call_iter(R);
  case OP_CALL_FUNCTION_VAR: case OP_CALL_FUNCTION_KW: case OP_CALL_FUNCTION_VAR_KW:
    return rec_call_ex(R);
  default: return rec_fail(R, ABORT_NYI, "%s", opcode_names[R->op]);
  }
}

/* ---- returns ---------------------------------------------------------------------------------------- */

bool rec_return(Rec *R) {
  RecFrame *cf = rec_cur(R);
  int32_t s = rec_sp(R, 1);
  IRRef v = rec_slot(R, s);
  if (!v) return false;
  if (R->nfr > 1) {
    if (cf->flags & SNAPFRAME_INIT) {
      if (!v_isnone(rec_rt(R, s))) return rec_fail(R, ABORT_EXCEPTION, "__init__ returned a value");
      if (!rec_typed(R, s)) return false;
    }
    int32_t k = 0;
    while (k < R->ncost && R->cost_code[k] != cf->code) k++;
    if (k == R->ncost && R->ncost < 32) { R->cost_code[k] = cf->code; R->cost[k] = 0; R->ncost++; }
    if (k < R->ncost) R->cost[k] += R->t->ir.nins - cf->ins_start;
    bool init = (cf->flags & SNAPFRAME_INIT) != 0;
    R->nfr--;
    RecFrame *caller = rec_cur(R);
    if (!init) rec_set(R, caller->base + caller->depth, v);
    return true;
  }
  /* Returning from the root frame: RET (the driver returns the value to
  ** the caller, whichever way the trace was entered). A loop trace that
  ** leaves its frame in its first iteration is not a loop: abort. */
  if (R->t->kind == TRACE_LOOP)
    return rec_fail(R, ABORT_LEFT_FRAME, "return from %s", cf->code->name->data);
  rec_emit(R, IR_RET, IRT_VOID, v, 0, 0);
  rec_finish(R);
  return true;
}
