/*
** interp.c: the bytecode interpreter, vm_run_frame().
**
** One C loop runs a frame and every Python function it calls: a call of a
** Python function pushes a frame and continues in the same loop (no C
** recursion), RETURN_VALUE pops back into the caller, and only a frame
** entered from C (c_entry) returns from vm_run_frame. Dispatch is computed
** goto under GCC (a switch otherwise), over fixed-width 32-bit instructions.
**
** Fast paths: int and float arithmetic and comparisons (a comparison fused
** with the conditional jump after it), fast locals, LOAD_GLOBAL / LOAD_NAME
** through per-instruction inline caches keyed by dict layout, instance
** attributes and methods through caches keyed by the instance's map (plus
** vm->class_epoch), list/tuple subscripts, list and range iteration, and
** range()/xrange() loops without a list (CALL_ITER).
**
** Exceptions: the pc is recomputed from the instruction pointer when an
** error reaches the unwinder; the Code.exc table (innermost entry first)
** gives the handler, else the frame is popped and the exception continues in
** the caller, gaining one traceback entry per frame.
**
** Generators (gen.c) run in a nested vm_run_frame on a frame whose `gen` is
** set: YIELD_VALUE saves the frame into the generator and returns the value;
** a generator resumed by throw() enters at the error label. Recursion depth
** is the frame count plus vm->rec_extra (the C-level call layers CPython
** counts), checked at every frame push.
*/
#include <string.h>

#include "vm.h"
#include "types.h"
#include "../gc/gc.h"
#include "../jit/jit.h"
#include "../stdlib/lib.h"

#if defined(__GNUC__) && !defined(RPY_NO_COMPUTED_GOTO)
#define USE_COMPUTED_GOTO 1
#endif

/* ---- helpers --------------------------------------------------------------- */

static inline Value *frame_stack_base(Frame *f) {
  Code *c = f->code;
  return f->base + c->nlocals + c->ncells + c->nfrees;
}

/* The module whose dict is globals (for Func.module). */
static Module *module_for_globals(VM *vm, Dict *globals) {
  if (vm->main_module && vm->main_module->dict == globals) return vm->main_module;
  if (!vm->modules) return NULL;
  Value k, v;
  for (int64_t p = 0; dict_next(vm->modules, &p, &k, &v); )
    if (v.tag == T_MODULE && AS_MODULE(v)->dict == globals) return AS_MODULE(v);
  return NULL;
}

static Module *frame_module(VM *vm, Frame *f) {
  if (f->func && f->func->globals == f->globals) return f->func->module;
  return module_for_globals(vm, f->globals);
}

Dict *vm_frame_locals(VM *vm, Frame *f) {
  Code *co = f->code;
  if (f->locals && !(co->flags & CO_NEWLOCALS)) return f->locals;   /* module, class body */
  /* A function frame: its fast locals and cells copied into a dict (the one
  ** a bare exec left in f->locals, refreshed as CPython's FastToLocals, or a
  ** fresh snapshot). */
  Dict *d = f->locals ? f->locals : dict_new(vm);
  if (!d) return NULL;
  /* the frame keeps it: locals() is the same dict each time, and what exec
  ** or execfile add to it stays (CPython's f_locals) */
  bool fresh = !f->locals;
  f->locals = d;
  int n = co->nlocals + co->ncells + co->nfrees;
  for (int i = 0; i < n; i++) {
    Value v = f->base[i];
    Str *name;
    if (i < co->nlocals) {
      name = co->varnames[i];
    } else {
      int k = i - co->nlocals;
      name = k < co->ncells ? co->cellnames[k] : co->freenames[k - co->ncells];
      v = v.tag == T_CELL ? ((Cell *)v.u.o)->v : v_null();
    }
    if (!v_isnull(v)) {
      if (!dict_set_str(vm, d, name, v)) return NULL;
    } else if (!fresh && dict_del(vm, d, v_obj(name)) < 0) {
      return NULL;
    }
  }
  return d;
}

/* After a bare exec in a function frame: the dict's values back into the
** fast locals and cells (CPython's LocalsToFast; names missing from the dict
** are left alone). */
static void frame_locals_writeback(VM *vm, Frame *f, Dict *d) {
  Code *co = f->code;
  for (int i = 0; i < co->nlocals; i++) {
    Value v = dict_get_str(vm, d, co->varnames[i]);
    if (!v_isnull(v)) f->base[i] = v;
  }
  for (int k = 0; k < co->ncells + co->nfrees; k++) {
    Str *name = k < co->ncells ? co->cellnames[k] : co->freenames[k - co->ncells];
    Value c = f->base[co->nlocals + k];
    Value v = dict_get_str(vm, d, name);
    if (c.tag == T_CELL && !v_isnull(v)) ((Cell *)c.u.o)->v = v;
  }
}

static Dict *kw_from_pairs(VM *vm, Value *kv, int nkw) {
  Dict *d = dict_new(vm);
  if (!d) return NULL;
  for (int i = 0; i < nkw; i++)
    if (!dict_set(vm, d, kv[2 * i], kv[2 * i + 1])) return NULL;
  return d;
}

static bool exc_match(VM *vm, Value exc, Value cls, int depth) {
  if (cls.tag == T_TUPLE) {
    if (depth > 100) return false;
    Tuple *t = AS_TUPLE(cls);
    for (int64_t i = 0; i < t->len; i++)
      if (exc_match(vm, exc, t->items[i], depth + 1)) return true;
    return false;
  }
  if (cls.tag == T_CLASS) {
    Class *ec = exc.tag == T_CLASS ? AS_CLASS(exc) : vm_class_of(vm, exc);
    return class_is_subclass(ec, AS_CLASS(cls));
  }
  return v_same(exc, cls);
}

static Value build_class(VM *vm, Value name, Value bases, Value dict) {
  if (name.tag != T_STR || bases.tag != T_TUPLE || dict.tag != T_DICT)
    return vm_raise(vm, vm->exc_SystemError, "BUILD_CLASS with bad operands");
  Value meta = dict_get_str(vm, AS_DICT(dict), vm->s___metaclass__);
  if (v_isnull(meta) && AS_TUPLE(bases)->len > 0) {
    Value b0 = AS_TUPLE(bases)->items[0];
    Class *mc = vm_class_of(vm, b0);
    if (b0.tag == T_CLASS && mc != vm->cls_type) meta = v_obj(mc);
  }
  if (!v_isnull(meta) && !(meta.tag == T_CLASS && AS_CLASS(meta) == vm->cls_type)) {
    Value args[3] = {name, bases, dict};
    return vm_call(vm, meta, 3, args, NULL);
  }
  /* A class statement without bases, or whose bases are all classic, makes
  ** what CPython 2 calls an old-style class: still a new-style class here,
  ** but flagged so that it (and its instances) may be raised. */
  bool classic = v_isnull(meta);
  for (int64_t i = 0; classic && i < AS_TUPLE(bases)->len; i++) {
    Value b = AS_TUPLE(bases)->items[i];
    classic = b.tag == T_CLASS && (AS_CLASS(b)->h.flags & CLS_CLASSIC);
  }
  Class *c = class_new(vm, AS_STR(name), AS_TUPLE(bases), AS_DICT(dict));
  if (c && classic) c->h.flags |= CLS_CLASSIC;
  return c ? v_obj(c) : v_null();
}

/* Positional arguments after `*`: a tuple (TypeError in CPython's words). */
static Tuple *star_args(VM *vm, Value callee, Value star) {
  if (star.tag == T_TUPLE) return AS_TUPLE(star);
  if (star.tag == T_LIST) return tuple_from(vm, AS_LIST(star)->len, AS_LIST(star)->items);
  Value t = vm_to_tuple(vm, star);
  if (v_isnull(t)) {
    if (vm_exc_matches(vm, vm->exc_TypeError)) {
      const char *desc, *name = vm_callable_name(vm, callee, &desc);
      vm_exc_clear(vm);
      vm_raise(vm, vm->exc_TypeError, "%s%s argument after * must be an iterable, not %s", name,
               desc, vm_type_name(vm, star));
    }
    return NULL;
  }
  return AS_TUPLE(t);
}

/* Keyword arguments after `**` merged with the call's keyword pairs. */
static Dict *star_kwargs(VM *vm, Value callee, Value dstar, Value *kv, int nkw) {
  Dict *d;
  if (v_isnull(dstar)) {
    d = dict_new(vm);
  } else if (dstar.tag == T_DICT) {
    d = dict_copy(vm, AS_DICT(dstar));
  } else {
    Value keys = vm_getattr_opt(vm, dstar, vm->s_keys);
    if (v_isnull(keys)) {
      if (v_isnull(vm->exc)) {
        const char *desc, *name = vm_callable_name(vm, callee, &desc);
        vm_raise(vm, vm->exc_TypeError, "%s%s argument after ** must be a mapping, not %s",
                 name, desc, vm_type_name(vm, dstar));
      }
      return NULL;
    }
    d = dict_new(vm);
    if (d && !dict_update(vm, d, dstar)) return NULL;
  }
  if (!d) return NULL;
  for (int i = 0; i < nkw; i++) {
    int has = dict_contains(vm, d, kv[2 * i]);
    if (has < 0) return NULL;
    if (has) {
      const char *desc, *name = vm_callable_name(vm, callee, &desc);
      vm_raise(vm, vm->exc_TypeError, "%s%s got multiple values for keyword argument '%S'",
               name, desc, AS_STR(kv[2 * i]));
      return NULL;
    }
    if (!dict_set(vm, d, kv[2 * i], kv[2 * i + 1])) return NULL;
  }
  return d;
}

Value vm_handled_exception(VM *vm, Value *tb) {
  for (Frame *f = vm->frame; f; f = f->prev) {
    if (v_isnone(f->handled_exc)) break;   /* sys.exc_clear() */
    if (!v_isnull(f->handled_exc)) {
      if (tb) *tb = v_isnull(f->handled_tb) ? v_none() : f->handled_tb;
      return f->handled_exc;
    }
  }
  if (tb) *tb = v_none();
  return v_null();
}

/* The __init__ function of a class whose instances are made by object's
** ctor with no Python __new__ (the interpreter then runs __init__ in its own
** loop), else T_NULL. */
static Value plain_class_init(VM *vm, Class *cls) {
  if (cls->inst_kind != T_INSTANCE || !cls->mro) return v_null();
  if (cls->h.cls != vm->cls_type) return v_null();  /* a metaclass may define __call__ */
  CFn ctor = NULL;
  for (int64_t i = 0; i < cls->mro->len && !ctor; i++) ctor = AS_CLASS(cls->mro->items[i])->ctor;
  if (!ctor || ctor != vm->cls_object->ctor) return v_null();
  Value nw = class_lookup(vm, cls, vm->s___new__);
  if (nw.tag == T_FUNC || nw.tag == T_STATICMETHOD) return v_null();
  Value init = class_lookup(vm, cls, vm->s___init__);
  if (init.tag != T_FUNC || (AS_FUNC(init)->code->flags & CO_GENERATOR)) return v_null();
  return init;
}

/* Class attribute values an instance LOAD_ATTR may cache: no binding happens. */
static inline bool plain_class_attr(Value v) {
  switch (v.tag) {
  case T_NONE: case T_BOOL: case T_INT: case T_FLOAT: case T_STR: case T_LONG:
  case T_TUPLE: case T_LIST: case T_DICT: case T_SET: case T_FROZENSET: case T_CLASS:
  case T_MODULE:
    return true;
  default:
    return false;
  }
}

static bool unpack_iterable(VM *vm, Value seq, int n, Value *out) {
  Value it = vm_iter(vm, seq);
  if (v_isnull(it)) return false;
  int i = 0;
  for (; i < n; i++) {
    Value v = vm_next(vm, it);
    if (v_isnull(v)) {
      if (!v_isnull(vm->exc)) return false;
      vm_raise(vm, vm->exc_ValueError, "need more than %d value%s to unpack", i,
               i == 1 ? "" : "s");
      return false;
    }
    out[n - 1 - i] = v;
  }
  Value extra = vm_next(vm, it);
  if (!v_isnull(extra)) {
    vm_raise(vm, vm->exc_ValueError, "too many values to unpack");
    return false;
  }
  return v_isnull(vm->exc);
}

static Value exec_stmt(VM *vm, Frame *f, Value c, Value g, Value l) {
  Dict *gd, *ld;
  Dict *snapshot = NULL;
  if (c.tag == T_TUPLE && v_isnone(g) && v_isnone(l)) {
    /* exec(code, globals[, locals]): the tuple form of Python 2 */
    Tuple *t = AS_TUPLE(c);
    if (t->len < 2 || t->len > 3)
      return vm_raise(vm, vm->exc_TypeError, "exec: arg 1 must be a string, file, or code object");
    c = t->items[0];
    g = t->items[1];
    if (t->len == 3) l = t->items[2];
  }
  if (v_isnone(g)) {
    gd = f->globals;
    if (v_isnone(l)) {
      if (f->code->flags & CO_NEWLOCALS) {
        /* a bare exec in a function: the frame keeps the dict, so names the
        ** code defines stay visible to LOAD_NAME (the compiler emits it for
        ** implicit globals of such functions) */
        snapshot = vm_frame_locals(vm, f);   /* kept in f->locals */
        if (!snapshot) return v_null();
        ld = snapshot;
      } else {
        ld = f->locals ? f->locals : gd;
      }
    } else if (l.tag == T_DICT) {
      ld = AS_DICT(l);
    } else {
      return vm_raise(vm, vm->exc_TypeError, "exec: arg 3 must be a mapping or None");
    }
  } else {
    if (g.tag != T_DICT)
      return vm_raise(vm, vm->exc_TypeError, "exec: arg 2 must be a dictionary or None");
    gd = AS_DICT(g);
    if (v_isnone(l)) ld = gd;
    else if (l.tag == T_DICT) ld = AS_DICT(l);
    else return vm_raise(vm, vm->exc_TypeError, "exec: arg 3 must be a mapping or None");
  }
  Code *code;
  if (c.tag == T_CODE) {
    code = AS_CODE(c);
  } else if (c.tag == T_STR) {
    int flags = VM_COMPILE_STRING | (f->code->flags & (CO_FUTURE_DIVISION | CO_FUTURE_PRINT));
    code = vm_compile(vm, AS_STR(c)->data, (size_t)AS_STR(c)->len, "<string>", COMPILE_FILE,
                      flags);
    if (!code) return v_null();
  } else {
    return vm_raise(vm, vm->exc_TypeError,
                    "exec: arg 1 must be a string, file, or code object");
  }
  Value r = vm_exec_code(vm, code, gd, ld);
  if (snapshot) frame_locals_writeback(vm, f, snapshot);
  return r;
}

/* ---- the loop ----------------------------------------------------------------- */

#ifdef USE_COMPUTED_GOTO
#define TARGET(name) L_##name:
#define DISPATCH() do { insn = *ip++; oparg = INSN_ARG(insn); \
                        goto *dt[INSN_OP(insn)]; } while (0)
#define DISPATCH_CURRENT() goto *dt[INSN_OP(insn)]
/* JIT: dispatch through record_table (every entry records first) while a
** trace is being recorded. */
#define JIT_DT()      (dt = jit_recording(vm) ? record_table : dispatch_table)
#define JIT_RECORDING() (dt != dispatch_table)
#else
#define TARGET(name) case OP_##name:
#define DISPATCH() goto dispatch
#define DISPATCH_CURRENT() goto dispatch_op
#define JIT_DT()      (jit_rec = jit_recording(vm))
#define JIT_RECORDING() jit_rec
#endif

#define PC()          ((uint32_t)(ip - insns - 1))
#define PUSH(v)       (*sp++ = (v))
#define POP()         (*--sp)
#define TOP()         (sp[-1])
#define LOAD_FRAME()  do { code = f->code; insns = code->insns; consts = code->consts; \
                           names = code->names; locals = f->base; } while (0)
#define CHECK(v)      do { if (v_isnull(v)) goto error; } while (0)

/* After a JIT hook: resume wherever the frame says (the JIT may move it). */
#define RESUME_FRAME() do { f = vm->frame; LOAD_FRAME(); sp = f->sp; \
                            ip = insns + f->pc; } while (0)
/* After a hook that may have run compiled code or started recording: resume
** at vm->frame; an exit through a residual call that raised leaves the
** exception pending, to unwind at the frame's pc. */
#define JIT_RESUME()  do { RESUME_FRAME(); JIT_DT(); \
                           if (!v_isnull(vm->exc)) { ip++; goto error; } } while (0)

static inline bool int_compare(uint32_t op, int64_t a, int64_t b, bool *out) {
  switch (op) {
  case CMP_LT: *out = a < b; return true;
  case CMP_LE: *out = a <= b; return true;
  case CMP_EQ: *out = a == b; return true;
  case CMP_NE: *out = a != b; return true;
  case CMP_GT: *out = a > b; return true;
  case CMP_GE: *out = a >= b; return true;
  default: return false;
  }
}

static inline bool float_compare(uint32_t op, double a, double b, bool *out) {
  switch (op) {
  case CMP_LT: *out = a < b; return true;
  case CMP_LE: *out = a <= b; return true;
  case CMP_EQ: *out = a == b; return true;
  case CMP_NE: *out = a != b; return true;
  case CMP_GT: *out = a > b; return true;
  case CMP_GE: *out = a >= b; return true;
  default: return false;
  }
}

/* Truth of common values without a call: 1, 0, or -2 (ask vm_truthy).
** Containers only of their exact builtin class: a subclass may define
** __nonzero__ or __len__. */
static inline int fast_truth(VM *vm, Value v) {
  switch (v.tag) {
  case T_BOOL: case T_INT: return v.u.i != 0;
  case T_NONE: return 0;
  case T_FLOAT: return v.u.f != 0.0;
  case T_STR: case T_LIST: case T_TUPLE:
    if (v.u.o->cls != vm->cls[v.tag]) return -2;
    return (v.tag == T_STR ? AS_STR(v)->len : v.tag == T_LIST ? AS_LIST(v)->len
                                                               : AS_TUPLE(v)->len) != 0;
  default: return -2;
  }
}

/* LOAD_GLOBAL (and LOAD_NAME in a module body): name in f's globals, else its
** builtins, through the inline cache c (key = globals dict at its layout;
** value NULL for a globals entry, else the builtins' layout). NULL if unbound. */
static inline Value cached_global(Frame *f, ICache *c, Str *name) {
  Dict *g = f->globals, *b = f->builtins;
  if (c->key == g && c->version == g->layout) {
    if (c->value.tag == T_NULL) return g->entries[c->index].value;
    if ((uint64_t)c->value.u.i == b->layout) return b->entries[c->index].value;
  }
  int64_t e = dict_find_str(g, name);
  if (e >= 0) {
    c->key = g; c->version = g->layout; c->index = e; c->value = v_null();
    return g->entries[e].value;
  }
  e = b ? dict_find_str(b, name) : -1;
  if (e >= 0) {
    c->key = g; c->version = g->layout; c->index = e;
    c->value = v_int((int64_t)b->layout);
    return b->entries[e].value;
  }
  return v_null();
}

/* The interpreter loop. resume: compiled code already ran for entry (the
** JIT's CALL_ASSEMBLER helper entered its function trace directly, see
** vm_resume_frame) and gave control back: continue wherever vm->frame says
** (entry or a frame above it), maybe with a pending exception. */
static Value run_frame(VM *vm, Frame *entry, bool resume) {
#ifdef USE_COMPUTED_GOTO
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Woverride-init"
#pragma GCC diagnostic ignored "-Wpedantic"
  static const void *const dispatch_table[256] = {
    [0 ... 255] = &&L_bad_opcode,
#define OP_LABEL(name, arg, cache) [OP_##name] = &&L_##name,
    OPCODES(OP_LABEL)
#undef OP_LABEL
  };
  static const void *const record_table[256] = { [0 ... 255] = &&L_jit_record };
  const void *const *dt = dispatch_table;
#pragma GCC diagnostic pop
#else
  bool jit_rec = false;
#endif
  if (!vm_c_stack_check(vm)) {
    if (resume)
      while (vm->frame && vm->frame != entry) vm_pop_frame(vm);
    if (vm->frame == entry) vm_pop_frame(vm);
    return v_null();
  }
  vm->c_depth++;
  entry->c_entry = true;

  Frame *f = entry;
  Code *code;
  const uint32_t *insns, *ip;
  Value *consts, *locals, *sp;
  Str **names;
  uint32_t insn, oparg;
  bool reraise = false;

  /* call state, set before `goto do_call` */
  Value callee, cself;
  Value *cargs, *cres;
  int cnpos, cnkw;
  Dict *ckw;
  bool cinplace;

  LOAD_FRAME();
  sp = f->sp ? f->sp : frame_stack_base(f);
  ip = insns + f->pc;
  JIT_DT();
  if (f->gen && f->gen->throwing) {
    /* generator.throw(): the exception is raised at the suspended yield */
    f->gen->throwing = false;   /* f->pc is the yield + 1: PC() is the yield */
    goto error;
  }
  if (resume) {
    JIT_RESUME();
  } else if (f->pc == 0 && !f->gen && !vm->cfg.jit.off && jit_has_func_trace(code)) {
    /* a call from C of a function with compiled code */
    Value jr;
    if (jit_enter_func(vm, f, &jr) == 1) {
      vm_pop_frame(vm);
      vm->c_depth--;
      return jr;
    }
    JIT_RESUME();
  }

#ifdef USE_COMPUTED_GOTO
  DISPATCH();
#else
dispatch:
  insn = *ip++;
  oparg = INSN_ARG(insn);
dispatch_op:
  if (jit_rec) {
    jit_record(vm, f, PC(), sp);
    JIT_DT();
  }
  switch (INSN_OP(insn)) {
#endif

  /* -- stack ------------------------------------------------------------------ */
  TARGET(NOP) DISPATCH();
  TARGET(EXTENDED_ARG) {
    uint32_t ext = oparg;
    insn = *ip++;
    oparg = (ext << 24) | INSN_ARG(insn);
    DISPATCH_CURRENT();
  }
  TARGET(POP_TOP) sp--; DISPATCH();
  TARGET(ROT_TWO) { Value t = sp[-1]; sp[-1] = sp[-2]; sp[-2] = t; DISPATCH(); }
  TARGET(ROT_THREE) {
    Value t = sp[-1]; sp[-1] = sp[-2]; sp[-2] = sp[-3]; sp[-3] = t;
    DISPATCH();
  }
  TARGET(ROT_FOUR) {
    Value t = sp[-1]; sp[-1] = sp[-2]; sp[-2] = sp[-3]; sp[-3] = sp[-4]; sp[-4] = t;
    DISPATCH();
  }
  TARGET(DUP_TOP) { Value t = sp[-1]; PUSH(t); DISPATCH(); }
  TARGET(DUP_TOP_TWO) { sp[0] = sp[-2]; sp[1] = sp[-1]; sp += 2; DISPATCH(); }

  /* -- constants and variables --------------------------------------------------- */
  TARGET(LOAD_CONST) PUSH(consts[oparg]); DISPATCH();
  TARGET(LOAD_NONE) PUSH(v_none()); DISPATCH();
  TARGET(LOAD_SMALLINT) PUSH(v_int((int64_t)oparg - SMALLINT_BIAS)); DISPATCH();
  TARGET(LOAD_FAST) {
    Value v = locals[oparg];
    if (v.tag == T_NULL) {
      vm_raise(vm, vm->exc_UnboundLocalError, "local variable '%S' referenced before assignment",
               code->varnames[oparg]);
      goto error;
    }
    PUSH(v);
    DISPATCH();
  }
  TARGET(STORE_FAST) locals[oparg] = POP(); DISPATCH();
  TARGET(DELETE_FAST) {
    if (v_isnull(locals[oparg])) {
      vm_raise(vm, vm->exc_UnboundLocalError, "local variable '%S' referenced before assignment",
               code->varnames[oparg]);
      goto error;
    }
    locals[oparg] = v_null();
    DISPATCH();
  }
  TARGET(LOAD_DEREF) {
    Value c = locals[code->nlocals + oparg];
    Value v = c.tag == T_CELL ? ((Cell *)c.u.o)->v : v_null();
    if (v.tag == T_NULL) {
      if ((int)oparg < code->ncells)
        vm_raise(vm, vm->exc_UnboundLocalError,
                 "local variable '%S' referenced before assignment", code->cellnames[oparg]);
      else
        vm_raise(vm, vm->exc_NameError,
                 "free variable '%S' referenced before assignment in enclosing scope",
                 code->freenames[oparg - code->ncells]);
      goto error;
    }
    PUSH(v);
    DISPATCH();
  }
  TARGET(STORE_DEREF) {
    Value c = locals[code->nlocals + oparg];
    Value v = POP();
    if (c.tag == T_CELL) ((Cell *)c.u.o)->v = v;
    DISPATCH();
  }
  TARGET(DELETE_DEREF) {
    Value c = locals[code->nlocals + oparg];
    if (c.tag == T_CELL) ((Cell *)c.u.o)->v = v_null();
    DISPATCH();
  }
  TARGET(LOAD_CLOSURE) PUSH(locals[code->nlocals + oparg]); DISPATCH();

  TARGET(LOAD_GLOBAL) {
    Value v = cached_global(f, &code->cache[PC()], names[oparg]);
    if (!v_isnull(v)) { PUSH(v); DISPATCH(); }
    vm_raise(vm, vm->exc_NameError, "global name '%S' is not defined", names[oparg]);
    goto error;
  }
  TARGET(STORE_GLOBAL) {
    Dict *g = f->globals;
    ICache *c = &code->cache[PC()];
    if (c->key == g && c->version == g->layout) {
      g->entries[c->index].value = POP();
      DISPATCH();
    }
    if (!dict_set_str(vm, g, names[oparg], sp[-1])) goto error;
    sp--;
    int64_t e = dict_find_str(g, names[oparg]);
    if (e >= 0) { c->key = g; c->version = g->layout; c->index = e; }
    DISPATCH();
  }
  TARGET(DELETE_GLOBAL) {
    int r = dict_del(vm, f->globals, v_obj(names[oparg]));
    if (r < 0) goto error;
    if (r == 0) {
      vm_raise(vm, vm->exc_NameError, "global name '%S' is not defined", names[oparg]);
      goto error;
    }
    DISPATCH();
  }
  TARGET(LOAD_NAME) {
    Str *name = names[oparg];
    Dict *l = f->locals, *g = f->globals;
    if (l == g || !l) {
      /* module body: the LOAD_GLOBAL cache */
      Value v = cached_global(f, &code->cache[PC()], name);
      if (!v_isnull(v)) { PUSH(v); DISPATCH(); }
    } else {
      Value v = dict_get_str(vm, l, name);
      if (v_isnull(v)) v = dict_get_str(vm, g, name);
      if (v_isnull(v) && f->builtins) v = dict_get_str(vm, f->builtins, name);
      if (!v_isnull(v)) { PUSH(v); DISPATCH(); }
    }
    vm_raise(vm, vm->exc_NameError, "name '%S' is not defined", name);
    goto error;
  }
  TARGET(STORE_NAME) {
    Dict *l = f->locals ? f->locals : f->globals;
    ICache *c = &code->cache[PC()];
    if (c->key == l && c->version == l->layout) {
      l->entries[c->index].value = POP();
      DISPATCH();
    }
    if (!dict_set_str(vm, l, names[oparg], sp[-1])) goto error;
    sp--;
    int64_t e = dict_find_str(l, names[oparg]);
    if (e >= 0) { c->key = l; c->version = l->layout; c->index = e; }
    DISPATCH();
  }
  TARGET(DELETE_NAME) {
    Dict *l = f->locals ? f->locals : f->globals;
    int r = dict_del(vm, l, v_obj(names[oparg]));
    if (r < 0) goto error;
    if (r == 0) {
      vm_raise(vm, vm->exc_NameError, "name '%S' is not defined", names[oparg]);
      goto error;
    }
    DISPATCH();
  }
  TARGET(LOAD_LOCALS) {
    Dict *d = vm_frame_locals(vm, f);
    if (!d) goto error;
    PUSH(v_obj(d));
    DISPATCH();
  }

  /* -- attributes and items --------------------------------------------------------- */
  TARGET(LOAD_ATTR) {
    Value o = sp[-1];
    Str *name = names[oparg];
    if (o.tag == T_INSTANCE) {
      Instance *in = AS_INSTANCE(o);
      ICache *c = &code->cache[PC()];
      if (c->key == in->map && c->version == vm->class_epoch) {
        sp[-1] = c->index >= 0 ? in->slots[c->index] : c->value;
        DISPATCH();
      }
      Class *cls = in->h.cls;
      if (!(cls->h.flags & CLS_HAS_DESCR) && in->map->owner == cls) {
        int32_t idx = map_lookup(vm, in->map, name);
        if (idx >= 0) {
          c->key = in->map; c->version = vm->class_epoch; c->index = idx; c->value = v_null();
          sp[-1] = in->slots[idx];
          DISPATCH();
        }
        Value cv = class_lookup(vm, cls, name);
        if (plain_class_attr(cv)) {
          c->key = in->map; c->version = vm->class_epoch; c->index = -1; c->value = cv;
          sp[-1] = cv;
          DISPATCH();
        }
      }
    } else if (o.tag == T_MODULE) {
      Dict *d = AS_MODULE(o)->dict;
      ICache *c = &code->cache[PC()];
      if (c->key == d && c->version == d->layout) {
        sp[-1] = d->entries[c->index].value;
        DISPATCH();
      }
      int64_t e = dict_find_str(d, name);
      if (e >= 0) {
        c->key = d; c->version = d->layout; c->index = e;
        sp[-1] = d->entries[e].value;
        DISPATCH();
      }
    }
    Value v = vm_getattr(vm, o, name);
    CHECK(v);
    sp[-1] = v;
    DISPATCH();
  }
  TARGET(STORE_ATTR) {
    Value o = sp[-1], v = sp[-2];
    Str *name = names[oparg];
    if (o.tag == T_INSTANCE) {
      Instance *in = AS_INSTANCE(o);
      ICache *c = &code->cache[PC()];
      if (c->key == in->map && c->version == vm->class_epoch) {
        if (c->value.tag == T_NULL) {
          in->slots[c->index] = v;
          sp -= 2;
          DISPATCH();
        }
        Map *nm = (Map *)c->value.u.o;
        if (nm->nattrs <= in->cap) {
          in->slots[c->index] = v;
          in->map = nm;
          sp -= 2;
          DISPATCH();
        }
      }
      Class *cls = in->h.cls;
      if (!(cls->h.flags & (CLS_HAS_SETATTR | CLS_HAS_DESCR | CLS_BUILTIN))) {
        Map *old = in->map;
        int32_t idx = map_lookup(vm, old, name);
        if (idx >= 0) {
          in->slots[idx] = v;
          c->key = old; c->version = vm->class_epoch; c->index = idx; c->value = v_null();
          sp -= 2;
          DISPATCH();
        }
        if (!instance_setattr_slot(vm, in, name, v)) goto error;
        Map *nm = in->map;
        if (nm->parent == old && nm->name == name) {
          c->key = old; c->version = vm->class_epoch; c->index = nm->index; c->value = v_obj(nm);
        }
        sp -= 2;
        DISPATCH();
      }
    }
    if (!vm_setattr(vm, o, name, v)) goto error;
    sp -= 2;
    DISPATCH();
  }
  TARGET(DELETE_ATTR) {
    if (!vm_delattr(vm, sp[-1], names[oparg])) goto error;
    sp--;
    DISPATCH();
  }
  TARGET(LOAD_METHOD) {
    Value o = sp[-1];
    Str *name = names[oparg];
    ICache *c = &code->cache[PC()];
    if (o.tag == T_INSTANCE) {
      if (c->key == AS_INSTANCE(o)->map && c->version == vm->class_epoch) {
        sp[-1] = c->value;
        PUSH(o);
        DISPATCH();
      }
    } else if (o.tag == T_MODULE) {
      Dict *d = AS_MODULE(o)->dict;
      if (c->key == d && c->version == d->layout) {
        sp[-1] = v_null();
        PUSH(d->entries[c->index].value);
        DISPATCH();
      }
    } else if (c->key == vm_class_of(vm, o) && c->version == vm->class_epoch) {
      sp[-1] = c->value;
      PUSH(o);
      DISPATCH();
    }
    Value m;
    int r = vm_load_method(vm, o, name, &m);
    if (r < 0) goto error;
    if (r == 1) {
      if (o.tag == T_INSTANCE) {
        if (m.tag == T_FUNC) {
          c->key = AS_INSTANCE(o)->map; c->version = vm->class_epoch; c->value = m;
        }
      } else if (o.tag != T_MODULE && o.tag != T_CLASS) {
        c->key = vm_class_of(vm, o); c->version = vm->class_epoch; c->value = m;
      }
      sp[-1] = m;
      PUSH(o);
    } else {
      if (o.tag == T_MODULE) {
        Dict *d = AS_MODULE(o)->dict;
        int64_t e = dict_find_str(d, name);
        if (e >= 0 && v_same(d->entries[e].value, m)) {
          c->key = d; c->version = d->layout; c->index = e;
        }
      }
      sp[-1] = v_null();
      PUSH(m);
    }
    DISPATCH();
  }
  TARGET(BINARY_SUBSCR) {
    Value o = sp[-2], i = sp[-1];
    if (i.tag == T_INT) {
      int64_t k = i.u.i;
      if (o.tag == T_LIST && o.u.o->cls == vm->cls[T_LIST]) {
        List *l = AS_LIST(o);
        if (k < 0) k += l->len;
        if ((uint64_t)k < (uint64_t)l->len) { sp--; sp[-1] = l->items[k]; DISPATCH(); }
      } else if (o.tag == T_TUPLE && o.u.o->cls == vm->cls[T_TUPLE]) {
        Tuple *t = AS_TUPLE(o);
        if (k < 0) k += t->len;
        if ((uint64_t)k < (uint64_t)t->len) { sp--; sp[-1] = t->items[k]; DISPATCH(); }
      } else if (o.tag == T_STR && o.u.o->cls == vm->cls[T_STR]) {
        Str *s = AS_STR(o);
        if (k < 0) k += s->len;
        if ((uint64_t)k < (uint64_t)s->len) {
          sp--;
          sp[-1] = v_obj(vm->char_str[(unsigned char)s->data[k]]);
          DISPATCH();
        }
      }
    }
    if (o.tag == T_DICT && o.u.o->cls == vm->cls[T_DICT]) {
      Value v = dict_getitem(vm, AS_DICT(o), i);
      CHECK(v);
      sp--;
      sp[-1] = v;
      DISPATCH();
    }
    Value v = vm_getitem(vm, o, i);
    CHECK(v);
    sp--;
    sp[-1] = v;
    DISPATCH();
  }
  TARGET(STORE_SUBSCR) {
    Value v = sp[-3], o = sp[-2], i = sp[-1];
    if (o.tag == T_LIST && i.tag == T_INT && o.u.o->cls == vm->cls[T_LIST]) {
      List *l = AS_LIST(o);
      int64_t k = i.u.i;
      if (k < 0) k += l->len;
      if ((uint64_t)k < (uint64_t)l->len) { l->items[k] = v; sp -= 3; DISPATCH(); }
    }
    if (o.tag == T_DICT && o.u.o->cls == vm->cls[T_DICT]) {
      if (!dict_set(vm, AS_DICT(o), i, v)) goto error;
      sp -= 3;
      DISPATCH();
    }
    if (!vm_setitem(vm, o, i, v)) goto error;
    sp -= 3;
    DISPATCH();
  }
  TARGET(DELETE_SUBSCR) {
    if (!vm_delitem(vm, sp[-2], sp[-1])) goto error;
    sp -= 2;
    DISPATCH();
  }
  TARGET(BUILD_SLICE) {
    Value v;
    if (oparg == 3) { v = slice_new(vm, sp[-3], sp[-2], sp[-1]); CHECK(v); sp -= 2; }
    else { v = slice_new(vm, sp[-2], sp[-1], v_none()); CHECK(v); sp -= 1; }
    sp[-1] = v;
    DISPATCH();
  }

  /* -- operators -------------------------------------------------------------------- */
  TARGET(UNARY_POSITIVE) {
    Value a = sp[-1];
    if (a.tag == T_INT || a.tag == T_FLOAT) DISPATCH();
    Value v = vm_unop(vm, OP_UNARY_POSITIVE, a);
    CHECK(v);
    sp[-1] = v;
    DISPATCH();
  }
  TARGET(UNARY_NEGATIVE) {
    Value a = sp[-1];
    if (a.tag == T_INT && a.u.i != INT64_MIN) { sp[-1] = v_int(-a.u.i); DISPATCH(); }
    if (a.tag == T_FLOAT) { sp[-1] = v_float(-a.u.f); DISPATCH(); }
    Value v = vm_unop(vm, OP_UNARY_NEGATIVE, a);
    CHECK(v);
    sp[-1] = v;
    DISPATCH();
  }
  TARGET(UNARY_NOT) {
    int t = fast_truth(vm, sp[-1]);
    if (t == -2) { t = vm_truthy(vm, sp[-1]); if (t < 0) goto error; }
    sp[-1] = v_bool(!t);
    DISPATCH();
  }
  TARGET(UNARY_INVERT) {
    Value a = sp[-1];
    if (a.tag == T_INT) { sp[-1] = v_int(~a.u.i); DISPATCH(); }
    Value v = vm_unop(vm, OP_UNARY_INVERT, a);
    CHECK(v);
    sp[-1] = v;
    DISPATCH();
  }
  TARGET(UNARY_CONVERT) {
    Str *s = vm_repr(vm, sp[-1]);
    if (!s) goto error;
    sp[-1] = v_obj(s);
    DISPATCH();
  }

#define BINOP_GENERIC(OPC) do { \
    Value r_ = vm_binop(vm, OPC, sp[-2], sp[-1]); \
    CHECK(r_); sp--; sp[-1] = r_; DISPATCH(); } while (0)
#define ARITH(NAME, OPC, IOP, FOP) \
  TARGET(NAME) { \
    Value a = sp[-2], b = sp[-1]; \
    if (a.tag == T_INT && b.tag == T_INT) { \
      int64_t r; \
      if (!IOP(a.u.i, b.u.i, &r)) { sp--; sp[-1] = v_int(r); DISPATCH(); } \
    } else if (a.tag == T_FLOAT) { \
      if (b.tag == T_FLOAT) { sp--; sp[-1] = v_float(a.u.f FOP b.u.f); DISPATCH(); } \
      if (b.tag == T_INT) { sp--; sp[-1] = v_float(a.u.f FOP (double)b.u.i); DISPATCH(); } \
    } else if (a.tag == T_INT && b.tag == T_FLOAT) { \
      sp--; sp[-1] = v_float((double)a.u.i FOP b.u.f); DISPATCH(); \
    } \
    BINOP_GENERIC(OPC); \
  }
  ARITH(BINARY_ADD, OP_BINARY_ADD, __builtin_add_overflow, +)
  ARITH(BINARY_SUB, OP_BINARY_SUB, __builtin_sub_overflow, -)
  ARITH(BINARY_MUL, OP_BINARY_MUL, __builtin_mul_overflow, *)
  ARITH(INPLACE_ADD, OP_INPLACE_ADD, __builtin_add_overflow, +)
  ARITH(INPLACE_SUB, OP_INPLACE_SUB, __builtin_sub_overflow, -)
  ARITH(INPLACE_MUL, OP_INPLACE_MUL, __builtin_mul_overflow, *)
#undef ARITH

  /* Floor division and modulo of ints with a positive divisor. */
#define INTDIV(NAME, OPC, EXPR) \
  TARGET(NAME) { \
    Value a = sp[-2], b = sp[-1]; \
    if (a.tag == T_INT && b.tag == T_INT && b.u.i > 0) { \
      int64_t x = a.u.i, y = b.u.i, q = x / y, m = x % y; \
      if (m < 0) { m += y; q--; } \
      sp--; sp[-1] = v_int(EXPR); DISPATCH(); \
    } \
    BINOP_GENERIC(OPC); \
  }
  INTDIV(BINARY_DIV, OP_BINARY_DIV, q)
  INTDIV(BINARY_FLOORDIV, OP_BINARY_FLOORDIV, q)
  INTDIV(BINARY_MOD, OP_BINARY_MOD, m)
  INTDIV(INPLACE_DIV, OP_INPLACE_DIV, q)
  INTDIV(INPLACE_FLOORDIV, OP_INPLACE_FLOORDIV, q)
  INTDIV(INPLACE_MOD, OP_INPLACE_MOD, m)
#undef INTDIV

#define BITOP(NAME, OPC, OPR) \
  TARGET(NAME) { \
    Value a = sp[-2], b = sp[-1]; \
    if (a.tag == T_INT && b.tag == T_INT) { sp--; sp[-1] = v_int(a.u.i OPR b.u.i); DISPATCH(); } \
    BINOP_GENERIC(OPC); \
  }
  BITOP(BINARY_AND, OP_BINARY_AND, &)
  BITOP(BINARY_OR, OP_BINARY_OR, |)
  BITOP(BINARY_XOR, OP_BINARY_XOR, ^)
  BITOP(INPLACE_AND, OP_INPLACE_AND, &)
  BITOP(INPLACE_OR, OP_INPLACE_OR, |)
  BITOP(INPLACE_XOR, OP_INPLACE_XOR, ^)
#undef BITOP

  TARGET(BINARY_TRUEDIV) {
    Value a = sp[-2], b = sp[-1];
    if (a.tag == T_FLOAT && b.tag == T_FLOAT && b.u.f != 0.0) {
      sp--; sp[-1] = v_float(a.u.f / b.u.f); DISPATCH();
    }
    BINOP_GENERIC(OP_BINARY_TRUEDIV);
  }
  TARGET(INPLACE_TRUEDIV) BINOP_GENERIC(OP_INPLACE_TRUEDIV);
  TARGET(BINARY_POW) BINOP_GENERIC(OP_BINARY_POW);
  TARGET(INPLACE_POW) BINOP_GENERIC(OP_INPLACE_POW);
  TARGET(BINARY_LSHIFT) {
    Value a = sp[-2], b = sp[-1];
    if (a.tag == T_INT && b.tag == T_INT && b.u.i >= 0 && b.u.i < 63 && a.u.i >= 0 &&
        (a.u.i >> (62 - b.u.i)) == 0) {
      sp--; sp[-1] = v_int(a.u.i << b.u.i); DISPATCH();
    }
    BINOP_GENERIC(OP_BINARY_LSHIFT);
  }
  TARGET(INPLACE_LSHIFT) BINOP_GENERIC(OP_INPLACE_LSHIFT);
  TARGET(BINARY_RSHIFT) {
    Value a = sp[-2], b = sp[-1];
    if (a.tag == T_INT && b.tag == T_INT && b.u.i >= 0) {
      sp--; sp[-1] = v_int(b.u.i > 63 ? (a.u.i < 0 ? -1 : 0) : a.u.i >> b.u.i); DISPATCH();
    }
    BINOP_GENERIC(OP_BINARY_RSHIFT);
  }
  TARGET(INPLACE_RSHIFT) BINOP_GENERIC(OP_INPLACE_RSHIFT);

  TARGET(COMPARE_OP) {
    Value a = sp[-2], b = sp[-1];
    bool res;
    if (a.tag == T_INT && b.tag == T_INT) {
      if (int_compare(oparg, a.u.i, b.u.i, &res)) goto cmp_done;
    } else if (a.tag == T_FLOAT && b.tag == T_FLOAT) {
      if (float_compare(oparg, a.u.f, b.u.f, &res)) goto cmp_done;
    }
    if (oparg == CMP_IS || oparg == CMP_IS_NOT) {
      res = v_same(a, b) == (oparg == CMP_IS);
      goto cmp_done;
    }
    if (oparg == CMP_IN || oparg == CMP_NOT_IN) {
      int r = vm_contains(vm, b, a);
      if (r < 0) goto error;
      res = (r == 1) == (oparg == CMP_IN);
      goto cmp_done;
    }
    {
      Value r = vm_compare(vm, (CmpOp)oparg, a, b);
      CHECK(r);
      sp--;
      sp[-1] = r;
      DISPATCH();
    }
  cmp_done: {
      uint32_t nx = *ip;
      Opcode nop = INSN_OP(nx);
      if (nop == OP_POP_JUMP_IF_FALSE) {
        sp -= 2;
        ip = res ? ip + 1 : insns + INSN_ARG(nx);
        DISPATCH();
      }
      if (nop == OP_POP_JUMP_IF_TRUE) {
        sp -= 2;
        ip = res ? insns + INSN_ARG(nx) : ip + 1;
        DISPATCH();
      }
      sp--;
      sp[-1] = v_bool(res);
      DISPATCH();
    }
  }

  /* -- jumps -------------------------------------------------------------------------- */
  TARGET(JUMP) ip = insns + oparg; DISPATCH();
  TARGET(JUMP_BACK) {
    ip = insns + oparg;
    if (!vm->cfg.jit.off) {
      uint32_t h = code->hot[oparg];
      if (h >= JIT_HOT_BLACK) {
        if (h == JIT_HOT_TRACE) {     /* compiled: enter the loop trace */
          f->pc = oparg;
          f->sp = sp;
          jit_enter_loop(vm, f, oparg);
          JIT_RESUME();
        }
      } else {
        int64_t thr = vm->cfg.jit.v[JIT_P_threshold];
        if (thr > JIT_HOT_MAX) thr = JIT_HOT_MAX;
        if ((int64_t)h + 1 >= thr) {
          code->hot[oparg] = 0;
          f->pc = oparg;
          f->sp = sp;
          jit_loop_hot(vm, f, oparg);
          JIT_RESUME();
        } else {
          code->hot[oparg] = (uint16_t)(h + 1);
        }
      }
    }
    DISPATCH();
  }
  TARGET(POP_JUMP_IF_FALSE) {
    Value v = POP();
    int t = fast_truth(vm, v);
    if (t == -2) { t = vm_truthy(vm, v); if (t < 0) goto error; }
    if (!t) ip = insns + oparg;
    DISPATCH();
  }
  TARGET(POP_JUMP_IF_TRUE) {
    Value v = POP();
    int t = fast_truth(vm, v);
    if (t == -2) { t = vm_truthy(vm, v); if (t < 0) goto error; }
    if (t) ip = insns + oparg;
    DISPATCH();
  }
  TARGET(JUMP_IF_FALSE_OR_POP) {
    int t = fast_truth(vm, sp[-1]);
    if (t == -2) { t = vm_truthy(vm, sp[-1]); if (t < 0) goto error; }
    if (!t) ip = insns + oparg; else sp--;
    DISPATCH();
  }
  TARGET(JUMP_IF_TRUE_OR_POP) {
    int t = fast_truth(vm, sp[-1]);
    if (t == -2) { t = vm_truthy(vm, sp[-1]); if (t < 0) goto error; }
    if (t) ip = insns + oparg; else sp--;
    DISPATCH();
  }

  /* -- iteration ------------------------------------------------------------------------ */
  TARGET(GET_ITER) {
    Value it = vm_iter(vm, sp[-1]);
    CHECK(it);
    sp[-1] = it;
    DISPATCH();
  }
  TARGET(FOR_ITER) {
    Value itv = sp[-1];
    if (itv.tag == T_ITER) {
      Iter *it = (Iter *)itv.u.o;
      if (it->ikind == IT_LIST) {
        if (it->seq.tag == T_LIST) {
          List *l = AS_LIST(it->seq);
          if (it->pos < l->len) { PUSH(l->items[it->pos++]); DISPATCH(); }
        }
      } else if (it->ikind == IT_RANGE) {
        int64_t p = it->pos;
        if (it->step > 0 ? p < it->stop : p > it->stop) {
          if (__builtin_add_overflow(p, it->step, &it->pos)) it->pos = it->stop;
          PUSH(v_int(p));
          DISPATCH();
        }
        sp--;
        ip = insns + oparg;
        DISPATCH();
      } else if (it->ikind == IT_TUPLE) {
        if (it->seq.tag == T_TUPLE) {
          Tuple *t = AS_TUPLE(it->seq);
          if (it->pos < t->len) { PUSH(t->items[it->pos++]); DISPATCH(); }
        }
      }
    }
    Value v = vm_next(vm, itv);
    if (v_isnull(v)) {
      if (!v_isnull(vm->exc)) goto error;
      sp--;
      ip = insns + oparg;
      DISPATCH();
    }
    PUSH(v);
    DISPATCH();
  }
  TARGET(CALL_ITER) {
    cnpos = (int)CALL_NPOS(oparg);
    cnkw = (int)CALL_NKW(oparg);
    Value *slot = sp - cnpos - 2 * cnkw - 1;
    Value fnv = slot[0];
    f->pc = PC();
    if (cnkw == 0 && cnpos >= 1 && cnpos <= 3 && !v_isnull(fnv) &&
        (v_same(fnv, vm->builtin_range) || v_same(fnv, vm->builtin_xrange))) {
      bool ints = true;
      for (int i = 0; i < cnpos; i++)
        if (slot[1 + i].tag != T_INT) ints = false;
      if (ints) {
        int64_t start = 0, stop, step = 1;
        if (cnpos == 1) stop = slot[1].u.i;
        else { start = slot[1].u.i; stop = slot[2].u.i; if (cnpos == 3) step = slot[3].u.i; }
        if (step != 0) {
          Value it = iter_range_new(vm, start, stop, step);
          CHECK(it);
          sp = slot;
          PUSH(it);
          DISPATCH();
        }
      }
    }
    Dict *kw = NULL;
    if (cnkw) { kw = kw_from_pairs(vm, slot + 1 + cnpos, cnkw); if (!kw) goto error; }
    Value r = vm_call(vm, fnv, cnpos, slot + 1, kw);
    CHECK(r);
    sp = slot;
    PUSH(r);
    Value it = vm_iter(vm, r);
    CHECK(it);
    sp[-1] = it;
    DISPATCH();
  }

  /* -- building ------------------------------------------------------------------------- */
  TARGET(BUILD_TUPLE) {
    Tuple *t = oparg == 0 && vm->empty_tuple ? vm->empty_tuple
                                             : tuple_from(vm, oparg, sp - oparg);
    if (!t) goto error;
    sp -= oparg;
    PUSH(v_obj(t));
    DISPATCH();
  }
  TARGET(BUILD_LIST) {
    List *l = list_from(vm, oparg, sp - oparg);
    if (!l) goto error;
    sp -= oparg;
    PUSH(v_obj(l));
    DISPATCH();
  }
  TARGET(BUILD_SET) {
    Set *s = set_new(vm, false);
    if (!s) goto error;
    for (uint32_t i = 0; i < oparg; i++)
      if (!set_add(vm, s, sp[(int)i - (int)oparg])) goto error;
    sp -= oparg;
    PUSH(v_obj(s));
    DISPATCH();
  }
  TARGET(BUILD_MAP) {
    Dict *d = dict_new(vm);
    if (!d) goto error;
    Value *kv = sp - 2 * oparg;
    for (uint32_t i = 0; i < oparg; i++)
      if (!dict_set(vm, d, kv[2 * i], kv[2 * i + 1])) goto error;
    sp = kv;
    PUSH(v_obj(d));
    DISPATCH();
  }
  TARGET(LIST_APPEND) {
    Value v = sp[-1];
    Value l = sp[-(int)oparg - 2];
    if (!list_append(vm, AS_LIST(l), v)) goto error;
    sp--;
    DISPATCH();
  }
  TARGET(SET_ADD) {
    Value v = sp[-1];
    Value s = sp[-(int)oparg - 2];
    if (!set_add(vm, AS_SET(s), v)) goto error;
    sp--;
    DISPATCH();
  }
  TARGET(MAP_ADD) {
    Value k = sp[-2], v = sp[-1];
    Value d = sp[-(int)oparg - 3];
    if (!dict_set(vm, AS_DICT(d), k, v)) goto error;
    sp -= 2;
    DISPATCH();
  }
  TARGET(UNPACK_SEQUENCE) {
    Value seq = sp[-1];
    int n = (int)oparg;
    Value *items = NULL;
    int64_t len = -1;
    if (seq.tag == T_TUPLE) { items = AS_TUPLE(seq)->items; len = AS_TUPLE(seq)->len; }
    else if (seq.tag == T_LIST) { items = AS_LIST(seq)->items; len = AS_LIST(seq)->len; }
    if (items || len >= 0) {
      if (len == n) {
        sp--;
        for (int i = 0; i < n; i++) sp[n - 1 - i] = items[i];
        sp += n;
        DISPATCH();
      }
      if (len < n)
        vm_raise(vm, vm->exc_ValueError, "need more than %d value%s to unpack", (int)len,
                 len == 1 ? "" : "s");
      else
        vm_raise(vm, vm->exc_ValueError, "too many values to unpack");
      goto error;
    }
    sp--;
    if (!unpack_iterable(vm, seq, n, sp)) { sp++; goto error; }
    sp += n;
    DISPATCH();
  }

  /* -- calls and functions ---------------------------------------------------------------- */
  TARGET(CALL_FUNCTION) {
    cnpos = (int)CALL_NPOS(oparg);
    cnkw = (int)CALL_NKW(oparg);
    cres = sp - cnpos - 2 * cnkw - 1;
    callee = cres[0];
    cargs = cres + 1;
    cself = v_null();
    ckw = NULL;
    cinplace = true;
    goto do_call;
  }
  TARGET(CALL_METHOD) {
    cnpos = (int)CALL_NPOS(oparg);
    cnkw = (int)CALL_NKW(oparg);
    cres = sp - cnpos - 2 * cnkw - 2;
    if (v_isnull(cres[0])) {
      callee = cres[1];
      cargs = cres + 2;
    } else {
      callee = cres[0];
      cargs = cres + 1;
      cnpos++;
    }
    cself = v_null();
    ckw = NULL;
    cinplace = true;
    goto do_call;
  }
  TARGET(CALL_FUNCTION_VAR)
  TARGET(CALL_FUNCTION_KW)
  TARGET(CALL_FUNCTION_VAR_KW) {
    Opcode op = INSN_OP(insn);
    bool has_star = op == OP_CALL_FUNCTION_VAR || op == OP_CALL_FUNCTION_VAR_KW;
    bool has_dstar = op == OP_CALL_FUNCTION_KW || op == OP_CALL_FUNCTION_VAR_KW;
    int extra = (has_star ? 1 : 0) + (has_dstar ? 1 : 0);
    cnpos = (int)CALL_NPOS(oparg);
    cnkw = (int)CALL_NKW(oparg);
    cres = sp - cnpos - 2 * cnkw - extra - 1;
    callee = cres[0];
    f->pc = PC();
    Value star = has_star ? sp[-extra] : v_null();
    Value dstar = has_dstar ? sp[-1] : v_null();
    cargs = cres + 1;
    cinplace = true;
    if (has_star) {
      Tuple *t = star_args(vm, callee, star);
      if (!t) goto error;
      if (t->len > 0) {
        int total = cnpos + (int)t->len;
        Value *a = gc_alloc(sizeof(Value) * (size_t)total);
        if (!a) { vm_raise(vm, vm->exc_MemoryError, NULL); goto error; }
        if (cnpos > 0) memcpy(a, cargs, sizeof(Value) * (size_t)cnpos);
        memcpy(a + cnpos, t->items, sizeof(Value) * (size_t)t->len);
        cargs = a;
        cnpos = total;
        cinplace = false;
      }
    }
    ckw = NULL;
    if (has_dstar || cnkw) {
      if (has_dstar || !cinplace) {
        ckw = star_kwargs(vm, callee, dstar, cres + 1 + CALL_NPOS(oparg), cnkw);
        if (!ckw) goto error;
        cnkw = 0;
        if (ckw->used == 0) ckw = NULL;
      }
    }
    cself = v_null();
    cinplace = false;
    goto do_call;
  }
  TARGET(MAKE_FUNCTION) {
    Value cv = sp[-1];
    if (cv.tag != T_CODE) { vm_raise(vm, vm->exc_SystemError, "MAKE_FUNCTION without code"); goto error; }
    Func *fn = func_new(vm, AS_CODE(cv), f->globals, frame_module(vm, f));
    if (!fn) goto error;
    if (oparg) {
      fn->defaults = tuple_from(vm, oparg, sp - 1 - oparg);
      if (!fn->defaults) goto error;
    }
    sp -= oparg + 1;
    PUSH(v_obj(fn));
    DISPATCH();
  }
  TARGET(MAKE_CLOSURE) {
    Value cv = sp[-1], cells = sp[-2];
    if (cv.tag != T_CODE) { vm_raise(vm, vm->exc_SystemError, "MAKE_CLOSURE without code"); goto error; }
    Func *fn = func_new(vm, AS_CODE(cv), f->globals, frame_module(vm, f));
    if (!fn) goto error;
    if (cells.tag == T_TUPLE) fn->closure = AS_TUPLE(cells);
    if (oparg) {
      fn->defaults = tuple_from(vm, oparg, sp - 2 - oparg);
      if (!fn->defaults) goto error;
    }
    sp -= oparg + 2;
    PUSH(v_obj(fn));
    DISPATCH();
  }
  TARGET(RETURN_VALUE) {
    Value r = sp[-1];
    if (f->c_entry) {
      vm_pop_frame(vm);
      vm->c_depth--;
      return r;
    }
    bool was_init = f->is_init;
    /* vm_pop_frame, inlined (a frame returning here has no generator) */
    vm->frame = f->prev;
    vm->depth--;
    vm->rec_extra -= f->rec_extra;
    f->handled_exc = v_null();
    f->handled_tb = v_null();
    f = vm->frame;
    LOAD_FRAME();
    sp = f->sp;
    ip = insns + f->pc + 1;
    if (was_init) {
      /* the instance is already on the caller's stack */
      if (!v_isnone(r)) {
        vm_raise(vm, vm->exc_TypeError, "__init__() should return None, not '%s'",
                 vm_type_name(vm, r));
        goto error;
      }
      DISPATCH();
    }
    PUSH(r);
    DISPATCH();
  }
  TARGET(BUILD_CLASS) {
    Value c = build_class(vm, sp[-3], sp[-2], sp[-1]);
    CHECK(c);
    sp -= 2;
    sp[-1] = c;
    DISPATCH();
  }

  /* -- print statement ---------------------------------------------------------------------- */
  TARGET(PRINT_ITEM) {
    if (!lib_print_item(vm, v_null(), sp[-1])) goto error;
    sp--;
    DISPATCH();
  }
  TARGET(PRINT_ITEM_TO) {
    if (!lib_print_item(vm, sp[-1], sp[-2])) goto error;
    sp -= 2;
    DISPATCH();
  }
  TARGET(PRINT_NEWLINE) {
    if (!lib_print_newline(vm, v_null())) goto error;
    DISPATCH();
  }
  TARGET(PRINT_NEWLINE_TO) {
    if (!lib_print_newline(vm, sp[-1])) goto error;
    sp--;
    DISPATCH();
  }

  /* -- exceptions ------------------------------------------------------------------------------ */
  TARGET(RAISE_VARARGS) {
    if (oparg == 0) {
      Value tb;
      Value e = vm_handled_exception(vm, &tb);
      if (v_isnull(e)) {
        vm_raise(vm, vm->exc_TypeError,
                 "exceptions must be old-style classes or derived from BaseException, not NoneType");
        goto error;
      }
      vm->exc = e;
      vm->exc_tb = tb.tag == T_TRACEBACK ? (Traceback *)tb.u.o : NULL;
      reraise = true;
      goto error;
    }
    Value t = sp[-(int)oparg];
    Value v = oparg >= 2 ? sp[1 - (int)oparg] : v_null();
    Value tb = oparg >= 3 ? sp[-1] : v_null();
    sp -= oparg;
    vm_raise_obj(vm, t, v, tb);
    /* with a traceback this frame gets no new entry (CPython's WHY_RERAISE) */
    if (tb.tag == T_TRACEBACK && v_same(vm->exc_tb ? v_obj(vm->exc_tb) : v_none(), tb))
      reraise = true;
    goto error;
  }
  TARGET(EXC_MATCH) {
    bool m = exc_match(vm, sp[-2], sp[-1], 0);
    sp--;
    sp[-1] = v_bool(m);
    DISPATCH();
  }
  TARGET(POP_EXCEPT) sp--; DISPATCH();
  TARGET(RERAISE) {
    Value e = sp[-1], tb = sp[-2];
    sp -= 2;
    vm->exc = e;
    vm->exc_tb = tb.tag == T_TRACEBACK ? (Traceback *)tb.u.o : NULL;
    reraise = true;
    goto error;
  }
  TARGET(ASSERT_FAIL) {
    Value e;
    if (oparg) {
      Value msg = sp[-1];
      sp--;
      e = vm_new_exception(vm, vm->exc_AssertionError, 1, &msg);
    } else {
      e = vm_new_exception(vm, vm->exc_AssertionError, 0, NULL);
    }
    CHECK(e);
    vm->exc = e;
    vm->exc_tb = NULL;
    goto error;
  }

  /* -- imports --------------------------------------------------------------------------------- */
  TARGET(IMPORT_NAME) {
    Value fromlist = sp[-1], level = sp[-2];
    f->pc = PC();
    Value m = vm_import(vm, names[oparg], fromlist, level.tag == T_INT ? (int)level.u.i : -1,
                        f->globals);
    CHECK(m);
    sp--;
    sp[-1] = m;
    DISPATCH();
  }
  TARGET(IMPORT_FROM) {
    Value m = sp[-1];
    Value v = vm_getattr_opt(vm, m, names[oparg]);
    if (v_isnull(v)) {
      if (!v_isnull(vm->exc)) goto error;
      vm_raise(vm, vm->exc_ImportError, "cannot import name %S", names[oparg]);
      goto error;
    }
    PUSH(v);
    DISPATCH();
  }
  TARGET(IMPORT_STAR) {
    Dict *dest = f->locals ? f->locals : f->globals;
    if (!vm_import_star(vm, sp[-1], dest)) goto error;
    sp--;
    DISPATCH();
  }

  /* -- generators, with, exec -------------------------------------------------------------------- */
  TARGET(YIELD_VALUE) {
    /* Suspend: the generator keeps the frame's slots; resume continues at
    ** the next instruction with the sent value pushed (gen_resume). */
    if (!f->gen || !f->c_entry) {
      vm_raise(vm, vm->exc_SystemError, "yield outside a generator frame");
      goto error;
    }
    Value v = POP();
    f->sp = sp;
    f->pc = PC() + 1;
    gen_suspend(vm, f);
    vm_pop_frame(vm);
    vm->c_depth--;
    return v;
  }
  TARGET(SETUP_WITH) {
    Value cm = sp[-1];
    Class *cls = vm_class_of(vm, cm);
    Class *owner = NULL;
    Value ex = class_lookup_owner(vm, cls, vm->s___exit__, &owner);
    if (v_isnull(ex)) { vm_raise(vm, vm->exc_AttributeError, "__exit__"); goto error; }
    Value exit = vm_bind_attr(vm, ex, owner, cm, cls);
    CHECK(exit);
    Value en = class_lookup_owner(vm, cls, vm->s___enter__, &owner);
    if (v_isnull(en)) { vm_raise(vm, vm->exc_AttributeError, "__enter__"); goto error; }
    Value enter = vm_bind_attr(vm, en, owner, cm, cls);
    CHECK(enter);
    sp[-1] = exit;
    f->pc = PC();
    Value r = vm_call(vm, enter, 0, NULL, NULL);
    CHECK(r);
    PUSH(r);
    DISPATCH();
  }
  TARGET(WITH_EXIT) {
    Value args[3] = {v_none(), v_none(), v_none()};
    f->pc = PC();
    Value r = vm_call(vm, sp[-1], 3, args, NULL);
    CHECK(r);
    sp--;
    DISPATCH();
  }
  TARGET(WITH_EXIT_EXC) {
    Value exit = sp[-3], tb = sp[-2], e = sp[-1];
    Value args[3] = {v_obj(vm_class_of(vm, e)), e, v_isnull(tb) ? v_none() : tb};
    f->pc = PC();
    Value r = vm_call(vm, exit, 3, args, NULL);
    CHECK(r);
    int t = vm_truthy(vm, r);
    if (t < 0) goto error;
    sp -= 3;
    if (t) DISPATCH();
    vm->exc = e;
    vm->exc_tb = tb.tag == T_TRACEBACK ? (Traceback *)tb.u.o : NULL;
    reraise = true;
    goto error;
  }
  TARGET(EXEC_STMT) {
    f->pc = PC();
    Value r = exec_stmt(vm, f, sp[-3], sp[-2], sp[-1]);
    CHECK(r);
    sp -= 3;
    DISPATCH();
  }
  TARGET(JIT_MERGE_POINT) {
    if (!vm->cfg.jit.off) {
      f->pc = PC();
      f->sp = sp;
      if (jit_merge_point(vm, f, PC())) JIT_RESUME();
    }
    DISPATCH();
  }

#ifndef USE_COMPUTED_GOTO
  default:
    goto bad_opcode;
  }
#endif

#ifdef USE_COMPUTED_GOTO
L_jit_record:
  /* recording a trace: the recorder sees the instruction before it runs */
  jit_record(vm, f, PC(), sp);
  JIT_DT();
  goto *dispatch_table[INSN_OP(insn)];
L_bad_opcode:
#else
bad_opcode:
#endif
  vm_raise(vm, vm->exc_SystemError, "unknown opcode %u", (unsigned)INSN_OP(insn));
  goto error;

  /* ---- calls ------------------------------------------------------------------------------------ */
do_call: {
    /* callee, cargs[0..cnpos), keyword pairs at cargs+cnpos (cnkw), ckw, cres */
    f->pc = PC();
    if (__builtin_expect(vm_fin_ready(vm), 0) && !jit_recording(vm)) {
      /* safe point: finalizers (fin.c); not while recording, where the
      ** recorder may expect this call's frame next */
      f->sp = sp;
      vm_run_finalizers(vm);
    }
    if (callee.tag == T_BOUND && ((Bound *)callee.u.o)->func.tag == T_FUNC && v_isnull(cself)) {
      Bound *b = (Bound *)callee.u.o;
      if (v_isnull(b->self)) {
        /* an unbound method C.f (protocols area): check the first argument */
        if (!vm_unbound_check(vm, callee, cnpos, cargs)) goto error;
      } else if (cinplace) {
        /* the callee's own slot takes self: [self a1..an] */
        cargs[-1] = b->self;
        cargs--;
        cnpos++;
      } else {
        cself = b->self;
      }
      callee = b->func;
    }
    if (callee.tag == T_CLASS) {
      /* A plain class with a Python __init__: make the instance and run
      ** __init__ in this loop. */
      Class *cls = AS_CLASS(callee);
      ICache *c = &code->cache[PC()];
      Value init;
      if (c->key == cls && c->version == vm->class_epoch) {
        init = c->value;
      } else {
        init = plain_class_init(vm, cls);
        c->key = cls;
        c->version = vm->class_epoch;
        c->value = init;
      }
      if (init.tag == T_FUNC) {
        Instance *in = instance_new(vm, cls);
        if (!in) goto error;
        cres[0] = v_obj(in);
        f->sp = cres + 1;
        /* CPython: PyObject_Call(class), then the bound __init__ and its
        ** function: three levels besides the frame */
        if (!vm_rec_enter(vm, 3, VM_REC_CALL)) goto error;
        Frame *nf = vm_call_frame_ex(vm, AS_FUNC(init), v_obj(in), cnpos, cargs, cnkw,
                                     cargs + cnpos, ckw, 3);
        if (!nf) goto error;
        nf->is_init = true;
        JIT_RESUME();
        DISPATCH();
      }
    }
    if (callee.tag == T_FUNC) {
      Func *fn = AS_FUNC(callee);
      Code *co = fn->code;
      Frame *nf;
      int n = co->argcount;
      if (cinplace && cnkw == 0 && !ckw && v_isnull(cself) &&
          !(co->flags & (CO_VARARGS | CO_VARKEYWORDS | CO_GENERATOR | CO_CLASSBODY)) &&
          cnpos <= n && (cnpos == n || (fn->defaults && cnpos >= n - fn->defaults->len))) {
        /* The arguments already sit where the callee's locals go. */
        Value *base = cargs;
        if (vm->depth + vm->rec_extra >= vm->cfg.recursion_limit ||
            base + vm_frame_size(co) > vm->stack_end) {
          vm_raise_recursion(vm);
          goto error;
        }
        nf = vm_next_frame(vm);
        if (!nf) { vm_raise_recursion(vm); goto error; }
        int nl = vm_frame_bind_defaults(fn, base, (int)cnpos);
        vm_frame_enter(vm, nf, co, fn, base, base + nl, fn->globals, NULL);
        f->sp = cres;
        if ((co->ncells | co->nfrees) && !vm_frame_init_cells(vm, nf)) {
          vm_pop_frame(vm);
          goto error;
        }
        if (!vm->cfg.jit.off) {
          if (jit_has_func_trace(co)) {
            /* compiled code for the function: run it */
            Value jr;
            if (jit_enter_func(vm, nf, &jr) == 1) {
              vm_pop_frame(vm);
              f = vm->frame;
              LOAD_FRAME();
              sp = f->sp;
              ip = insns + f->pc + 1;
              PUSH(jr);
              DISPATCH();
            }
            JIT_RESUME();
            DISPATCH();
          }
          if (++fn->hot >= vm->cfg.jit.v[JIT_P_function_threshold]) {
            fn->hot = 0;
            jit_hot(vm, nf, 0);
            JIT_RESUME();
            DISPATCH();
          }
        }
      } else if (co->flags & CO_GENERATOR) {
        Value g = vm_call_generator(vm, fn, cself, cnpos, cargs, cnkw, cargs + cnpos, ckw);
        CHECK(g);
        sp = cres;
        PUSH(g);
        DISPATCH();
      } else {
        if (!co->cache) vm_code_prepare(vm, co);
        f->sp = cres;
        /* f(*a, **k) goes through PyObject_Call in CPython: one more level,
        ** two for a bound method (cres[0] is still the callee as written) */
        Opcode cop = INSN_OP(insn);
        int ext = cop == OP_CALL_FUNCTION_VAR || cop == OP_CALL_FUNCTION_KW ||
                  cop == OP_CALL_FUNCTION_VAR_KW ? (cres[0].tag == T_BOUND ? 2 : 1) : 0;
        if (ext && !vm_rec_enter(vm, ext, VM_REC_CALL)) goto error;
        nf = vm_call_frame_ex(vm, fn, cself, cnpos, cargs, cnkw, cargs + cnpos, ckw, ext);
        if (!nf) goto error;
        JIT_RESUME();   /* vm_call_frame may have run the JIT hook */
        DISPATCH();
      }
      f = nf;
      LOAD_FRAME();
      sp = f->sp;
      ip = insns;
      DISPATCH();
    }
    Value r;
    if (callee.tag == T_CFUNC && v_isnull(AS_CFUNC(callee)->self) && v_isnull(cself)) {
      CFunc *cf = AS_CFUNC(callee);
      Dict *kw = ckw;
      if (cnkw) { kw = kw_from_pairs(vm, cargs + cnpos, cnkw); if (!kw) goto error; }
      if (!vm_cfunc_check(vm, cf, cnpos, kw && kw->used > 0)) goto error;
      r = cf->fn(vm, cnpos, cargs, kw && kw->used > 0 ? kw : NULL);
    } else {
      Dict *kw = ckw;
      if (cnkw) { kw = kw_from_pairs(vm, cargs + cnpos, cnkw); if (!kw) goto error; }
      if (!v_isnull(cself)) {
        Value *a = gc_alloc(sizeof(Value) * (size_t)(cnpos + 1));
        if (!a) { vm_raise(vm, vm->exc_MemoryError, NULL); goto error; }
        a[0] = cself;
        if (cnpos > 0) memcpy(a + 1, cargs, sizeof(Value) * (size_t)cnpos);
        r = vm_call(vm, callee, cnpos + 1, a, kw);
      } else {
        r = vm_call(vm, callee, cnpos, cargs, kw);
      }
    }
    if (v_isnull(r)) {
      if (v_isnull(vm->exc))
        vm_raise(vm, vm->exc_SystemError, "error return without exception set");
      goto error;
    }
    sp = cres;
    PUSH(r);
    DISPATCH();
  }

  /* ---- exceptions ---------------------------------------------------------------------------------- */
error: {
    uint32_t pc = PC();
    f->pc = pc;
    if (JIT_RECORDING()) jit_record_error(vm, f);
    if (v_isnull(vm->exc))
      vm_raise(vm, vm->exc_SystemError, "error return without exception set");
    if (!reraise)
      vm->exc_tb = traceback_push_frame(vm, vm->exc_tb, f, code_line_at(code, pc));
    reraise = false;
    for (int i = 0; i < code->nexc; i++) {
      ExcEntry *e = &code->exc[i];
      if (pc >= (uint32_t)e->start && pc < (uint32_t)e->end) {
        Value tbv = vm->exc_tb ? v_obj(vm->exc_tb) : v_none();
        Value ev = vm->exc;
        sp = frame_stack_base(f) + e->depth;
        PUSH(tbv);
        PUSH(ev);
        f->handled_exc = ev;
        f->handled_tb = tbv;
        vm->exc = v_null();
        vm->exc_tb = NULL;
        ip = insns + e->handler;
        DISPATCH();
      }
    }
    /* No handler here: the exception leaves this frame. */
    if (f->c_entry) {
      vm_pop_frame(vm);
      vm->c_depth--;
      return v_null();
    }
    vm_pop_frame(vm);
    f = vm->frame;
    LOAD_FRAME();
    ip = insns + f->pc + 1;
    goto error;
  }
}

Value vm_run_frame(VM *vm, Frame *entry) {
  return run_frame(vm, entry, false);
}

Value vm_resume_frame(VM *vm, Frame *entry) {
  return run_frame(vm, entry, true);
}
