/*
** rec_ops.c: recording of every instruction except calls and returns
** (rec_call.c): stack shuffles, variables, globals, attributes through maps,
** subscripts, arithmetic and comparisons specialised to the runtime types,
** conditional jumps, loops (closing, linking, inner loops), iteration over
** ranges and lists without allocation, tuples, and meta-tracing merge
** points.
**
** Each handler reads the refs of its operands (rec_slot / rec_typed), emits
** guards first (they resume before the instruction), then the operation,
** and writes its result ref where the interpreter will leave the result.
** Mirroring the interpreter's fast paths exactly matters: a handler must
** take the same decision the interpreter takes for the same values, or the
** trace would compute something the interpreter never does. Anything
** unusual becomes a residual call of the runtime function the interpreter's
** slow path calls (jit_helpers.c), or an abort (NYI).
*/
#include <math.h>
#include <string.h>
#include "snap.h"
#include "opt.h"
#include "../gc/gc.h"

#define KINT(R, v) ir_kint(&(R)->t->ir, (v))

static inline IRBuf *IR(Rec *R) { return &R->t->ir; }

static int32_t depth_of(Rec *R) { return R->top - rec_cur(R)->base; }

static bool nyi(Rec *R) {
  return rec_fail(R, ABORT_NYI, "%s", opcode_names[R->op]);
}

/* ---- variables ---------------------------------------------------------------------- */

static bool rec_load_fast(Rec *R) {
  RecFrame *cf = rec_cur(R);
  int32_t s = cf->base + (int32_t)R->arg;
  if (v_isnull(rec_rt(R, s))) return rec_fail(R, ABORT_EXCEPTION, "unbound local");
  IRRef r = rec_slot(R, s);
  if (!r) return false;
  rec_set(R, R->top, r);
  return true;
}

static int32_t cell_slot(Rec *R) {
  RecFrame *cf = rec_cur(R);
  return cf->base + cf->code->nlocals + (int32_t)R->arg;
}

static bool rec_deref(Rec *R, bool store) {
  int32_t cs = cell_slot(R);
  Value c = rec_rt(R, cs);
  if (c.tag != T_CELL) return rec_fail(R, ABORT_NYI, "no cell");
  IRRef cr = rec_typed(R, cs);
  if (!cr) return false;
  if (store) {
    IRRef v = rec_slot(R, rec_sp(R, 1));
    if (!v) return false;
    rec_emit(R, IR_SETFIELD, IRT_VOID, cr, IRFIELD_CELL_VALUE, v);
    return true;
  }
  if (v_isnull(((Cell *)c.u.o)->v)) return rec_fail(R, ABORT_EXCEPTION, "empty cell");
  IRRef v = rec_emit(R, IR_GETFIELD, IRT_VAL, cr, IRFIELD_CELL_VALUE, 0);
  rec_guard(R, IR_GUARD_NONNULL, v, 0);
  rec_set(R, R->top, v);
  return true;
}

/* ---- globals ------------------------------------------------------------------------------ */

/* Guard that dict d still has the layout it has now. */
static void guard_layout(Rec *R, Dict *d) {
  IRRef kd = ir_kobj(IR(R), d, T_DICT);
  IRRef lay = rec_emit(R, IR_GETFIELD, IRT_INT, kd, IRFIELD_DICT_LAYOUT, 0);
  rec_guard(R, IR_GUARD_VALUE, lay, KINT(R, (int64_t)d->layout));
}

/* Values worth turning into constants (guarded): things that are called or
** have attributes looked up on them, and rarely rebound. */
static bool promotable(Value v) {
  return v.tag == T_FUNC || v.tag == T_CFUNC || v.tag == T_CLASS || v.tag == T_MODULE;
}

/* The value of dict entry e of d (layout guarded by the caller). */
static IRRef dict_entry(Rec *R, Dict *d, int64_t e) {
  Value v = d->entries[e].value;
  IRRef r = rec_emit(R, IR_GETDICTENTRY, IRT_VAL, ir_kobj(IR(R), d, T_DICT), (IRRef)e, 0);
  if (promotable(v)) {
    IRRef k = rec_const(R, v);
    rec_guard(R, IR_GUARD_VALUE, r, k);
    return k;
  }
  return r;
}

static bool rec_load_global(Rec *R, Dict *g) {
  RecFrame *cf = rec_cur(R);
  Str *name = cf->code->names[R->arg];
  int64_t e = dict_find_str(g, name);
  IRRef r;
  if (e >= 0) {
    guard_layout(R, g);
    r = dict_entry(R, g, e);
  } else {
    Dict *b = cf->frame->builtins;
    int64_t be = b ? dict_find_str(b, name) : -1;
    if (be < 0) return rec_fail(R, ABORT_EXCEPTION, "NameError");
    guard_layout(R, g);
    guard_layout(R, b);
    r = dict_entry(R, b, be);
  }
  rec_set(R, R->top, r);
  return true;
}

static bool rec_store_global(Rec *R, Dict *g) {
  RecFrame *cf = rec_cur(R);
  Str *name = cf->code->names[R->arg];
  int64_t e = dict_find_str(g, name);
  IRRef v = rec_slot(R, rec_sp(R, 1));
  if (!v) return false;
  if (e < 0) {
    RecBuiltins *B = rec_builtins(R);
    if (!B) return nyi(R);
    IRRef args[4] = {rec_const(R, v_obj(B->store_global)), ir_kobj(IR(R), g, T_DICT),
                     ir_kobj(IR(R), name, T_STR), v};
    rec_call(R, IRCALL_call, IRT_VAL, 4, args);
    return true;
  }
  guard_layout(R, g);
  rec_emit(R, IR_SETDICTENTRY, IRT_VOID, ir_kobj(IR(R), g, T_DICT), (IRRef)e, v);
  return true;
}

/* Module and class bodies: LOAD_NAME / STORE_NAME on the globals dict only. */
static Dict *name_dict(Rec *R) {
  Frame *f = rec_cur(R)->frame;
  if (!f->locals || f->locals == f->globals) return f->globals;
  return NULL;
}

/* ---- attributes --------------------------------------------------------------------------- */

static bool plain_class_attr(Value v) {
  switch (v.tag) {
  case T_NONE: case T_BOOL: case T_INT: case T_FLOAT: case T_STR: case T_LONG:
  case T_TUPLE: case T_LIST: case T_DICT: case T_SET: case T_FROZENSET: case T_CLASS:
  case T_MODULE:
    return true;
  default:
    return false;
  }
}

static IRRef generic_getattr(Rec *R, IRRef o, Str *name) {
  IRRef args[2] = {o, ir_kobj(IR(R), name, T_STR)};
  return rec_call(R, IRCALL_getattr, IRT_VAL, 2, args);
}

/* Ensure a ref is the constant of its runtime value (guard if not). */
static IRRef promote(Rec *R, int32_t slot) {
  Value v = rec_rt(R, slot);
  IRRef r = rec_slot(R, slot);
  if (!r) return r;
  IRRef k = rec_const(R, v);
  if (r != k) {
    rec_guard(R, IR_GUARD_VALUE, r, k);
    rec_set(R, slot, k);
  }
  return k;
}

/* o.name where o is a module: its dict entry. */
static IRRef module_attr(Rec *R, int32_t slot, Str *name) {
  Module *m = AS_MODULE(rec_rt(R, slot));
  int64_t e = dict_find_str(m->dict, name);
  if (e < 0) return IRREF_NONE;
  if (!promote(R, slot)) return IRREF_NONE;
  guard_layout(R, m->dict);
  return dict_entry(R, m->dict, e);
}

static bool rec_load_attr(Rec *R) {
  RecFrame *cf = rec_cur(R);
  Str *name = cf->code->names[R->arg];
  int32_t so = rec_sp(R, 1);
  Value o = rec_rt(R, so);
  IRRef r = IRREF_NONE;
  if (o.tag == T_INSTANCE && R->vm->cls_jitdriver &&
      class_is_subclass(o.u.o->cls, R->vm->cls_jitdriver) &&
      (!strcmp(name->data, "jit_merge_point") || !strcmp(name->data, "can_enter_jit"))) {
    /* driver.jit_merge_point(...) costs nothing in a trace: the call is
    ** skipped (rec_call.c); the bound method becomes a constant */
    R->pend = PEND_CONST;
    R->pend_slot = so;
    return true;
  }
  if (o.tag == T_INSTANCE) {
    Instance *in = AS_INSTANCE(o);
    Class *cls = in->h.cls;
    if (!(cls->h.flags & CLS_HAS_DESCR) && in->map->owner == cls) {
      int32_t idx = map_lookup(R->vm, in->map, name);
      /* the map gives the slot; the class (which __class__ assignment can
      ** change under the same map) gives descriptors and class attributes */
      if (idx >= 0) {
        IRRef ro = rec_typed(R, so);
        if (!ro) return false;
        rec_guard_class(R, ro, cls);
        rec_guard_map(R, ro, in->map);
        rec_guard_epoch(R);
        r = rec_emit(R, IR_GETSLOT, IRT_VAL, ro, idx, 0);
      } else {
        Value cv = class_lookup(R->vm, cls, name);
        if (plain_class_attr(cv)) {
          IRRef ro = rec_typed(R, so);
          if (!ro) return false;
          rec_guard_class(R, ro, cls);
          rec_guard_map(R, ro, in->map);
          rec_guard_epoch(R);
          r = rec_const(R, cv);
        }
      }
    }
  } else if (o.tag == T_MODULE) {
    r = module_attr(R, so, name);
    if (R->done) return false;
  }
  if (!r) {
    IRRef ro = rec_slot(R, so);
    if (!ro) return false;
    r = generic_getattr(R, ro, name);
  }
  rec_set(R, so, r);
  return true;
}

static bool is_fresh_instance(Rec *R, IRRef r) {
  return r > 0 && ir_ins(IR(R), r)->op == IR_NEW_INSTANCE;
}

static bool rec_store_attr(Rec *R) {
  RecFrame *cf = rec_cur(R);
  Str *name = cf->code->names[R->arg];
  int32_t so = rec_sp(R, 1), sv = rec_sp(R, 2);
  Value o = rec_rt(R, so);
  IRRef v = rec_slot(R, sv);
  if (!v) return false;
  if (o.tag == T_INSTANCE) {
    Instance *in = AS_INSTANCE(o);
    Class *cls = in->h.cls;
    if (!(cls->h.flags & (CLS_HAS_SETATTR | CLS_HAS_DESCR | CLS_BUILTIN)) && in->map->owner == cls) {
      IRRef ro = rec_typed(R, so);
      if (!ro) return false;
      int32_t idx = map_lookup(R->vm, in->map, name);
      if (idx >= 0) {
        rec_guard_class(R, ro, cls);
        rec_guard_map(R, ro, in->map);
        rec_guard_epoch(R);
        rec_emit(R, IR_SETSLOT, IRT_VOID, ro, idx, v);
        return true;
      }
      if (is_fresh_instance(R, ro)) {
        Map *nm = map_add(R->vm, in->map, name);
        if (!nm) {
          vm_exc_clear(R->vm);
        } else if (nm->parent == in->map && nm->nattrs <= 64) {
          rec_guard_class(R, ro, cls);
          rec_guard_map(R, ro, in->map);
          rec_guard_epoch(R);
          rec_emit(R, IR_SETSLOT, IRT_VOID, ro, nm->index, v);
          rec_emit(R, IR_SETFIELD, IRT_VOID, ro, IRFIELD_INST_MAP, ir_kobj(IR(R), nm, T_MAP));
          return true;
        }
      }
    }
  }
  IRRef ro = rec_slot(R, so);
  if (!ro) return false;
  IRRef args[3] = {ro, ir_kobj(IR(R), name, T_STR), v};
  rec_call(R, IRCALL_setattr, IRT_VOID, 3, args);
  return true;
}

/* LOAD_METHOD: predicts what vm_load_method() will push ([method self] or
** [NULL attr]) from the object's class, without side effects. */
static bool rec_load_method(Rec *R) {
  VM *vm = R->vm;
  RecFrame *cf = rec_cur(R);
  Str *name = cf->code->names[R->arg];
  int32_t so = rec_sp(R, 1);
  Value o = rec_rt(R, so);
  IRRef first = R->knull, second = IRREF_NONE;
  if (o.tag == T_INSTANCE) {
    /* exactly vm_load_method's decisions (the model must match the stack) */
    Instance *in = AS_INSTANCE(o);
    Class *cls = in->h.cls;
    if (!(cls->h.flags & CLS_HAS_DESCR)) {
      IRRef ro = rec_typed(R, so);
      if (!ro) return false;
      rec_guard_class(R, ro, cls);
      rec_guard_map(R, ro, in->map);
      rec_guard_epoch(R);
      int32_t idx = map_lookup(vm, in->map, name);
      if (idx >= 0) {
        second = rec_emit(R, IR_GETSLOT, IRT_VAL, ro, idx, 0);
      } else {
        Value ca = class_lookup(vm, cls, name);
        if (ca.tag == T_FUNC || (ca.tag == T_CFUNC && v_isnull(AS_CFUNC(ca)->self) &&
                                 (ca.u.o->flags & CFUNC_METHOD))) {
          first = rec_const(R, ca);
          second = ro;
        }
      }
    }
  } else if (o.tag < T_FIRSTOBJ || o.tag == T_STR || o.tag == T_LIST || o.tag == T_DICT ||
             o.tag == T_TUPLE || o.tag == T_SET || o.tag == T_FROZENSET || o.tag == T_FILE ||
             o.tag == T_ITER || o.tag == T_XRANGE || o.tag == T_GENERATOR) {
    Class *cls = vm_class_of(vm, o);
    Value ca = class_lookup(vm, cls, name);
    if (ca.tag == T_FUNC || (ca.tag == T_CFUNC && v_isnull(AS_CFUNC(ca)->self) &&
                             (ca.u.o->flags & CFUNC_METHOD))) {
      IRRef ro = rec_typed(R, so);
      if (!ro) return false;
      if (o.tag >= T_FIRSTOBJ) rec_guard_class(R, ro, cls);
      rec_guard_epoch(R);
      first = rec_const(R, ca);
      second = ro;
    }
  } else if (o.tag == T_MODULE) {
    second = module_attr(R, so, name);
    if (R->done) return false;
  }
  if (!second) {
    IRRef ro = rec_slot(R, so);
    if (!ro) return false;
    first = R->knull;
    second = generic_getattr(R, ro, name);
  }
  rec_set(R, so, first);
  rec_set(R, so + 1, second);
  return true;
}

/* ---- subscripts --------------------------------------------------------------------------- */

/* An index into a sequence of length ref len: guards it in range. */
static IRRef seq_index(Rec *R, IRRef ri, int64_t i, IRRef len) {
  if (i < 0) {
    rec_guard(R, IR_GUARD_TRUE, rec_emit(R, IR_INT_LT, IRT_BOOL, ri, KINT(R, 0), 0), 0);
    ri = rec_emit(R, IR_INT_ADD, IRT_INT, ri, len, 0);
  }
  rec_guard(R, IR_GUARD_INDEX, ri, len);
  return ri;
}

static bool rec_subscr(Rec *R) {
  VM *vm = R->vm;
  int32_t so = rec_sp(R, 2), si = rec_sp(R, 1);
  Value o = rec_rt(R, so), i = rec_rt(R, si);
  IRRef r = IRREF_NONE;
  if (i.tag == T_INT && (o.tag == T_LIST || o.tag == T_TUPLE || o.tag == T_STR) &&
      o.u.o->cls == vm->cls[o.tag]) {
    int64_t k = i.u.i;
    int64_t n = o.tag == T_LIST ? AS_LIST(o)->len : o.tag == T_TUPLE ? AS_TUPLE(o)->len
                                                                      : AS_STR(o)->len;
    if ((k < 0 ? k + n : k) < 0 || (k < 0 ? k + n : k) >= n)
      return rec_fail(R, ABORT_EXCEPTION, "index out of range");
    IRRef ro = rec_typed(R, so), ri = rec_typed(R, si);
    if (!ro || !ri) return false;
    rec_guard_class(R, ro, vm->cls[o.tag]);
    if (o.tag == T_STR && ir_isk(ro) && ir_isk(ri)) {
      Str *s = AS_STR(o);
      int64_t j = k < 0 ? k + n : k;
      r = rec_const(R, v_obj(vm->char_str[(unsigned char)s->data[j]]));
    } else {
      IRField fl = o.tag == T_LIST ? IRFIELD_LIST_LEN : o.tag == T_TUPLE ? IRFIELD_TUPLE_LEN
                                                                         : IRFIELD_STR_LEN;
      IRRef len = rec_emit(R, IR_GETFIELD, IRT_INT, ro, fl, 0);
      IRRef idx = seq_index(R, ri, k, len);
      if (o.tag == T_STR) r = rec_emitk(R, IR_STRGETITEM, IRT_OBJ, T_STR, ro, idx, 0);
      else r = rec_emit(R, IR_GETITEM, IRT_VAL, ro, idx, 0);
    }
  } else {
    IRRef ro = rec_slot(R, so), ri = rec_slot(R, si);
    if (!ro || !ri) return false;
    IRRef args[2] = {ro, ri};
    r = rec_call(R, IRCALL_getitem, IRT_VAL, 2, args);
  }
  rec_set(R, so, r);
  return true;
}

static bool rec_store_subscr(Rec *R) {
  VM *vm = R->vm;
  int32_t sv = rec_sp(R, 3), so = rec_sp(R, 2), si = rec_sp(R, 1);
  Value o = rec_rt(R, so), i = rec_rt(R, si);
  IRRef v = rec_slot(R, sv);
  if (!v) return false;
  if (o.tag == T_LIST && i.tag == T_INT && o.u.o->cls == vm->cls[T_LIST]) {
    int64_t k = i.u.i, n = AS_LIST(o)->len;
    int64_t j = k < 0 ? k + n : k;
    if (j >= 0 && j < n) {
      IRRef ro = rec_typed(R, so), ri = rec_typed(R, si);
      if (!ro || !ri) return false;
      rec_guard_class(R, ro, vm->cls[T_LIST]);
      IRRef len = rec_emit(R, IR_GETFIELD, IRT_INT, ro, IRFIELD_LIST_LEN, 0);
      IRRef idx = seq_index(R, ri, k, len);
      rec_emit(R, IR_SETITEM, IRT_VOID, ro, idx, v);
      return true;
    }
  }
  IRRef ro = rec_slot(R, so), ri = rec_slot(R, si);
  if (!ro || !ri) return false;
  IRRef args[3] = {ro, ri, v};
  rec_call(R, IRCALL_setitem, IRT_VOID, 3, args);
  return true;
}

/* ---- arithmetic ---------------------------------------------------------------------------- */

static Opcode binary_of(Opcode op) {
  switch (op) {
  case OP_INPLACE_ADD: return OP_BINARY_ADD;
  case OP_INPLACE_SUB: return OP_BINARY_SUB;
  case OP_INPLACE_MUL: return OP_BINARY_MUL;
  case OP_INPLACE_DIV: return OP_BINARY_DIV;
  case OP_INPLACE_TRUEDIV: return OP_BINARY_TRUEDIV;
  case OP_INPLACE_FLOORDIV: return OP_BINARY_FLOORDIV;
  case OP_INPLACE_MOD: return OP_BINARY_MOD;
  case OP_INPLACE_POW: return OP_BINARY_POW;
  case OP_INPLACE_LSHIFT: return OP_BINARY_LSHIFT;
  case OP_INPLACE_RSHIFT: return OP_BINARY_RSHIFT;
  case OP_INPLACE_AND: return OP_BINARY_AND;
  case OP_INPLACE_OR: return OP_BINARY_OR;
  case OP_INPLACE_XOR: return OP_BINARY_XOR;
  default: return op;
  }
}

/* int OP int; 0 when the interpreter would take its generic path. */
static IRRef arith_int(Rec *R, Opcode op, int32_t sa, int32_t sb, int64_t x, int64_t y) {
  int64_t tmp;
  IROp iop;
  switch (op) {
  case OP_BINARY_ADD:
    if (__builtin_add_overflow(x, y, &tmp)) return 0;
    iop = IR_INT_ADD_OVF;
    goto ovf;
  case OP_BINARY_SUB:
    if (__builtin_sub_overflow(x, y, &tmp)) return 0;
    iop = IR_INT_SUB_OVF;
    goto ovf;
  case OP_BINARY_MUL:
    if (__builtin_mul_overflow(x, y, &tmp)) return 0;
    iop = IR_INT_MUL_OVF;
  ovf: {
      IRRef a = rec_typed(R, sa), b = rec_typed(R, sb);
      if (!a || !b) return 0;
      IRRef r = rec_emit(R, iop, IRT_INT, a, b, 0);
      rec_guard(R, IR_GUARD_NO_OVERFLOW, r, 0);
      return r;
    }
  case OP_BINARY_DIV: case OP_BINARY_FLOORDIV: case OP_BINARY_MOD: {
    if (y <= 0) return 0;
    IRRef a = rec_typed(R, sa), b = rec_typed(R, sb);
    if (!a || !b) return 0;
    rec_guard(R, IR_GUARD_TRUE, rec_emit(R, IR_INT_GT, IRT_BOOL, b, KINT(R, 0), 0), 0);
    return rec_emit(R, op == OP_BINARY_MOD ? IR_INT_MOD : IR_INT_FLOORDIV, IRT_INT, a, b, 0);
  }
  case OP_BINARY_AND: case OP_BINARY_OR: case OP_BINARY_XOR: {
    IRRef a = rec_typed(R, sa), b = rec_typed(R, sb);
    if (!a || !b) return 0;
    iop = op == OP_BINARY_AND ? IR_INT_AND : op == OP_BINARY_OR ? IR_INT_OR : IR_INT_XOR;
    return rec_emit(R, iop, IRT_INT, a, b, 0);
  }
  case OP_BINARY_LSHIFT: {
    if (!(y >= 0 && y < 63 && x >= 0 && (x >> (62 - y)) == 0)) return 0;
    IRRef a = rec_typed(R, sa), b = rec_typed(R, sb);
    if (!a || !b) return 0;
    rec_guard(R, IR_GUARD_INDEX, b, KINT(R, 63));
    rec_guard(R, IR_GUARD_TRUE, rec_emit(R, IR_INT_GE, IRT_BOOL, a, KINT(R, 0), 0), 0);
    IRRef r = rec_emit(R, IR_INT_LSHIFT_OVF, IRT_INT, a, b, 0);
    rec_guard(R, IR_GUARD_NO_OVERFLOW, r, 0);
    return r;
  }
  case OP_BINARY_RSHIFT: {
    if (y < 0 || y > 63) return 0;
    IRRef a = rec_typed(R, sa), b = rec_typed(R, sb);
    if (!a || !b) return 0;
    rec_guard(R, IR_GUARD_INDEX, b, KINT(R, 64));
    return rec_emit(R, IR_INT_RSHIFT, IRT_INT, a, b, 0);
  }
  default:
    return 0;
  }
}

/* A number slot as a FLOAT ref (ints converted as the interpreter does). */
static IRRef as_float(Rec *R, int32_t s) {
  IRRef r = rec_typed(R, s);
  if (!r) return r;
  if (ir_type(IR(R), r) == IRT_INT) r = rec_emit(R, IR_CAST_INT_TO_FLOAT, IRT_FLOAT, r, 0, 0);
  return r;
}

static IRRef arith_float(Rec *R, Opcode op, int32_t sa, int32_t sb, double x, double y) {
  IRBuf *ir = IR(R);
  IROp fop;
  switch (op) {
  case OP_BINARY_ADD: fop = IR_FLOAT_ADD; break;
  case OP_BINARY_SUB: fop = IR_FLOAT_SUB; break;
  case OP_BINARY_MUL: fop = IR_FLOAT_MUL; break;
  case OP_BINARY_DIV: case OP_BINARY_TRUEDIV: {
    if (y == 0.0) return 0;
    IRRef a = as_float(R, sa), b = as_float(R, sb);
    if (!a || !b) return 0;
    rec_guard(R, IR_GUARD_TRUE, rec_emit(R, IR_FLOAT_NE, IRT_BOOL, b, ir_kfloat(ir, 0.0), 0), 0);
    return rec_emit(R, IR_FLOAT_TRUEDIV, IRT_FLOAT, a, b, 0);
  }
  case OP_BINARY_MOD: {
    if (y == 0.0) return 0;
    IRRef a = as_float(R, sa), b = as_float(R, sb);
    if (!a || !b) return 0;
    rec_guard(R, IR_GUARD_TRUE, rec_emit(R, IR_FLOAT_NE, IRT_BOOL, b, ir_kfloat(ir, 0.0), 0), 0);
    IRRef args[2] = {a, b};
    return rec_call_pure(R, IRCALL_float_mod, IRT_FLOAT, 2, args);
  }
  case OP_BINARY_POW: {
    if (!(x > 0.0) || y == 0.0 || isnan(y)) return 0;
    double r = pow(x, y);
    if (isinf(r) || isnan(r)) return 0;
    IRRef a = as_float(R, sa), b = as_float(R, sb);
    if (!a || !b) return 0;
    rec_guard(R, IR_GUARD_TRUE, rec_emit(R, IR_FLOAT_GT, IRT_BOOL, a, ir_kfloat(ir, 0.0), 0), 0);
    rec_guard(R, IR_GUARD_TRUE, rec_emit(R, IR_FLOAT_NE, IRT_BOOL, b, ir_kfloat(ir, 0.0), 0), 0);
    IRRef args[2] = {a, b};
    IRRef p = rec_call_pure(R, IRCALL_new_float_pow, IRT_FLOAT, 2, args);
    IRRef ab = rec_emit(R, IR_FLOAT_ABS, IRT_FLOAT, p, 0, 0);
    rec_guard(R, IR_GUARD_TRUE,
              rec_emit(R, IR_FLOAT_LT, IRT_BOOL, ab, ir_kfloat(ir, INFINITY), 0), 0);
    return p;
  }
  default:
    return 0;
  }
  IRRef a = as_float(R, sa), b = as_float(R, sb);
  if (!a || !b) return 0;
  return rec_emit(R, fop, IRT_FLOAT, a, b, 0);
}

static IRRef generic_binop(Rec *R, Opcode op, int32_t sa, int32_t sb) {
  IRRef a = rec_slot(R, sa), b = rec_slot(R, sb);
  if (!a || !b) return 0;
  IRRef args[3] = {KINT(R, op), a, b};
  return rec_call(R, IRCALL_binop, IRT_VAL, 3, args);
}

static bool rec_arith(Rec *R) {
  Opcode op = binary_of(R->op);
  int32_t sa = rec_sp(R, 2), sb = rec_sp(R, 1);
  Value a = rec_rt(R, sa), b = rec_rt(R, sb);
  IRRef r = 0;
  if (a.tag == T_INT && b.tag == T_INT) {
    r = arith_int(R, op, sa, sb, a.u.i, b.u.i);
  } else if ((a.tag == T_FLOAT || a.tag == T_INT) && (b.tag == T_FLOAT || b.tag == T_INT)) {
    /* the interpreter's fast paths: float op float/int, int op float (not POW,
    ** MOD, FLOORDIV, which go through vm_binop: the same semantics) */
    double x = a.tag == T_FLOAT ? a.u.f : (double)a.u.i;
    double y = b.tag == T_FLOAT ? b.u.f : (double)b.u.i;
    r = arith_float(R, op, sa, sb, x, y);
  }
  if (R->done) return false;
  if (!r) r = generic_binop(R, R->op, sa, sb);
  if (!r) return false;
  rec_set(R, sa, r);
  return true;
}

static bool rec_unary(Rec *R) {
  int32_t s = rec_sp(R, 1);
  Value a = rec_rt(R, s);
  IRRef r = 0;
  switch (R->op) {
  case OP_UNARY_POSITIVE:
    if (a.tag == T_INT || a.tag == T_FLOAT) return true;
    break;
  case OP_UNARY_NEGATIVE:
    if (a.tag == T_INT && a.u.i != INT64_MIN) {
      IRRef x = rec_typed(R, s);
      if (!x) return false;
      r = rec_emit(R, IR_INT_NEG_OVF, IRT_INT, x, 0, 0);
      rec_guard(R, IR_GUARD_NO_OVERFLOW, r, 0);
    } else if (a.tag == T_FLOAT) {
      IRRef x = rec_typed(R, s);
      if (!x) return false;
      r = rec_emit(R, IR_FLOAT_NEG, IRT_FLOAT, x, 0, 0);
    }
    break;
  case OP_UNARY_INVERT:
    if (a.tag == T_INT) {
      IRRef x = rec_typed(R, s);
      if (!x) return false;
      r = rec_emit(R, IR_INT_XOR, IRT_INT, x, KINT(R, -1), 0);
    }
    break;
  case OP_UNARY_NOT: {
    bool known, val;
    IRRef c = rec_truth(R, s, &known, &val);
    if (!c) return false;
    r = rec_emit(R, IR_BOOL_NOT, IRT_BOOL, c, 0, 0);
    break;
  }
  default:
    break;
  }
  if (!r && !R->done) {
    /* anything else: vm_unop residually */
    RecBuiltins *B = rec_builtins(R);
    IRRef x = rec_slot(R, s);
    if (!B || !x) return nyi(R);
    IRRef args[3] = {rec_const(R, v_obj(B->unop)), KINT(R, R->op), x};
    r = rec_call(R, IRCALL_call, IRT_VAL, 3, args);
  }
  if (!r) return false;
  rec_set(R, s, r);
  return true;
}

/* ---- comparisons and jumps --------------------------------------------------------------------- */

static const IROp int_cmp[6] = {IR_INT_LT, IR_INT_LE, IR_INT_EQ, IR_INT_NE, IR_INT_GT, IR_INT_GE};
static const IROp float_cmp[6] = {IR_FLOAT_LT, IR_FLOAT_LE, IR_FLOAT_EQ, IR_FLOAT_NE,
                                  IR_FLOAT_GT, IR_FLOAT_GE};

/* Values whose comparisons are pure and can be folded when both are constant. */
static bool foldable(Value v) {
  return v.tag == T_STR || v.tag == T_INT || v.tag == T_FLOAT || v.tag == T_BOOL ||
         v.tag == T_NONE;
}

static IRRef generic_compare(Rec *R, CmpOp op, int32_t sa, int32_t sb) {
  IRRef a = rec_slot(R, sa), b = rec_slot(R, sb);
  if (!a || !b) return 0;
  Value va = rec_rt(R, sa), vb = rec_rt(R, sb);
  if (ir_isk(a) && ir_isk(b) && foldable(va) && foldable(vb) && op <= CMP_GE &&
      (va.tag == T_STR) == (vb.tag == T_STR)) {
    Value r = vm_compare(R->vm, op, va, vb);
    if (r.tag == T_BOOL) return ir_kbool(IR(R), r.u.i != 0);
    vm_exc_clear(R->vm);
  }
  IRRef args[3] = {KINT(R, op), a, b};
  return rec_call(R, IRCALL_compare, IRT_VAL, 3, args);
}

/* `a is b` on typed refs (the tags are guarded by typing). */
static IRRef is_compare(Rec *R, bool is, int32_t sa, int32_t sb, Value a, Value b) {
  IRRef ra = rec_typed(R, sa), rb = rec_typed(R, sb);
  if (!ra || !rb) return 0;
  if (a.tag != b.tag) return ir_kbool(IR(R), !is);
  switch (a.tag) {
  case T_NONE: return ir_kbool(IR(R), is);
  case T_BOOL: case T_INT:
    return rec_emit(R, is ? IR_INT_EQ : IR_INT_NE, IRT_BOOL, ra, rb, 0);
  case T_FLOAT:
    return generic_compare(R, is ? CMP_IS : CMP_IS_NOT, sa, sb);
  default:
    return rec_emit(R, is ? IR_PTR_EQ : IR_PTR_NE, IRT_BOOL, ra, rb, 0);
  }
}

/* A small int constant compares exactly with a double after conversion. */
static bool exact_float_int(Rec *R, int32_t s, Value v) {
  IRRef r = rec_slot(R, s);
  return v.tag == T_INT && ir_isk(r) && v.u.i > -(1LL << 53) && v.u.i < (1LL << 53);
}

static bool rec_compare(Rec *R) {
  CmpOp op = (CmpOp)R->arg;
  int32_t sa = rec_sp(R, 2), sb = rec_sp(R, 1);
  Value a = rec_rt(R, sa), b = rec_rt(R, sb);
  IRRef r = 0;
  bool fused = false;
  if (a.tag == T_INT && b.tag == T_INT && op <= CMP_GE) {
    IRRef ra = rec_typed(R, sa), rb = rec_typed(R, sb);
    if (!ra || !rb) return false;
    r = rec_emit(R, int_cmp[op], IRT_BOOL, ra, rb, 0);
    fused = true;
  } else if (a.tag == T_FLOAT && b.tag == T_FLOAT && op <= CMP_GE) {
    IRRef ra = rec_typed(R, sa), rb = rec_typed(R, sb);
    if (!ra || !rb) return false;
    r = rec_emit(R, float_cmp[op], IRT_BOOL, ra, rb, 0);
    fused = true;
  } else if (op == CMP_IS || op == CMP_IS_NOT) {
    r = is_compare(R, op == CMP_IS, sa, sb, a, b);
    fused = true;
  } else if (op == CMP_IN || op == CMP_NOT_IN) {
    r = generic_compare(R, op, sa, sb);
    fused = true;
  } else if (op <= CMP_GE && ((a.tag == T_FLOAT && exact_float_int(R, sb, b)) ||
                              (b.tag == T_FLOAT && exact_float_int(R, sa, a)))) {
    IRRef ra = as_float(R, sa), rb = as_float(R, sb);
    if (!ra || !rb) return false;
    r = rec_emit(R, float_cmp[op], IRT_BOOL, ra, rb, 0);
  } else {
    r = generic_compare(R, op, sa, sb);
  }
  if (!r) return false;
  RecFrame *cf = rec_cur(R);
  uint32_t nx = R->pc + 1 < (uint32_t)cf->code->ninsns ? cf->code->insns[R->pc + 1] : 0;
  Opcode nop = INSN_OP(nx);
  if (fused && (nop == OP_POP_JUMP_IF_FALSE || nop == OP_POP_JUMP_IF_TRUE)) {
    int32_t d = depth_of(R) - 2;
    rec_branch(R, r, nop == OP_POP_JUMP_IF_TRUE, INSN_ARG(nx), d, R->pc + 2, d);
    return true;
  }
  rec_set(R, sa, r);
  return true;
}

static bool rec_cond_jump(Rec *R) {
  int32_t s = rec_sp(R, 1);
  bool known, val;
  IRRef c = rec_truth(R, s, &known, &val);
  if (!c) return false;
  int32_t d = depth_of(R);
  switch (R->op) {
  case OP_POP_JUMP_IF_FALSE: rec_branch(R, c, false, R->arg, d - 1, R->pc + 1, d - 1); break;
  case OP_POP_JUMP_IF_TRUE: rec_branch(R, c, true, R->arg, d - 1, R->pc + 1, d - 1); break;
  case OP_JUMP_IF_FALSE_OR_POP: rec_branch(R, c, false, R->arg, d, R->pc + 1, d - 1); break;
  default: rec_branch(R, c, true, R->arg, d, R->pc + 1, d - 1); break;
  }
  return true;
}

static bool visited(Rec *R, uint64_t key) {
  for (int32_t i = 0; i < R->nvisit; i++)
    if (R->visit[i] == key) return true;
  if (R->nvisit < REC_MAXVISIT) R->visit[R->nvisit++] = key;
  return false;
}

static void close_loop(Rec *R, uint32_t header, int32_t depth) {
  snap_take(R, header, depth, 0);
  rec_emit(R, IR_JUMP, IRT_VOID, 0, 0, 0);
  rec_finish(R);
}

static bool rec_jump_back(Rec *R) {
  uint32_t target = R->arg;
  RecFrame *cf = rec_cur(R);
  Trace *t = R->t;
  if (R->nfr > 1) {
    if (cf->unroll) return true;
    return rec_fail(R, ABORT_NYI, "loop in an inlined function");
  }
  if (t->kind == TRACE_LOOP && !R->meta && target == t->pc && cf->code == t->code) {
    close_loop(R, target, depth_of(R));
    return true;
  }
  if (t->kind == TRACE_LOOP && !R->meta && cf->code == t->code && target < t->pc) {
    /* left the loop for an outer one: not a loop trace */
    jit_boost_loop(R->J, cf->code, t->pc);
    return rec_fail(R, ABORT_INNER_LOOP, "left the loop at pc %u", R->pc);
  }
  if (jit_loop_trace(R->J, cf->code, target)) return true;  /* links at the header */
  Trace *root = R->root_trace;
  if (R->meta && root && cf->code == root->code && target <= root->pc && root->pc < R->pc)
    return true;   /* the user interpreter's dispatch loop */
  if ((t->kind == TRACE_BRIDGE || R->meta) && !visited(R, ((uint64_t)(uintptr_t)cf->code << 20) ^ target))
    return true;
  jit_boost_loop(R->J, cf->code, target);
  return rec_fail(R, ABORT_INNER_LOOP, "loop at pc %u", target);
}

/* ---- meta-tracing ----------------------------------------------------------------------------------- */

static bool rec_merge_point(Rec *R) {
  RecFrame *cf = rec_cur(R);
  if (R->nfr != 1) return true;
  MergePoint *mp = jit_mp_get(R->J, cf->frame, R->pc);
  if (!mp) return true;
  int32_t n = jit_mp_ngreens(mp);
  Value greens[16];
  if (n > 16 || !jit_mp_greens(mp, cf->frame, greens)) return true;
  Trace *t = R->t;
  if (R->meta && t->kind == TRACE_LOOP && R->pc == t->pc && t->green.tag == T_TUPLE) {
    Tuple *g = AS_TUPLE(t->green);
    bool same = g->len == n;
    for (int32_t i = 0; same && i < n; i++) same = v_same(g->items[i], greens[i]);
    if (same) {
      close_loop(R, R->pc + 1, depth_of(R));
      return true;
    }
  }
  Trace *lt = jit_mp_trace(mp, greens);
  if (lt) {
    rec_link(R, lt, R->pc, depth_of(R));
    return true;
  }
  if (!visited(R, jit_mp_hash(mp, greens) | 1)) return true;
  jit_mp_boost(R->J, mp, greens);
  return rec_fail(R, ABORT_INNER_LOOP, "merge point revisited");
}

/* ---- iteration ---------------------------------------------------------------------------------------- */

static bool rec_get_iter(Rec *R) {
  int32_t s = rec_sp(R, 1);
  IRRef o = rec_slot(R, s);
  if (!o) return false;
  RecBuiltins *B = rec_builtins(R);
  if (!B || v_isnull(B->iter)) return nyi(R);
  IRRef args[2] = {rec_const(R, B->iter), o};
  IRRef r = rec_call(R, IRCALL_call, IRT_VAL, 2, args);
  rec_set(R, s, r);
  return true;
}

static bool rec_for_iter(Rec *R) {
  VM *vm = R->vm;
  int32_t si = rec_sp(R, 1);
  Value itv = rec_rt(R, si);
  int32_t d = depth_of(R);
  IRBuf *ir = IR(R);
  /* A loop trace whose first iteration is the loop's exit is not a loop:
  ** try again at the next hot event. */
  RecFrame *cf = rec_cur(R);
  Trace *t = R->t;
  if (t->kind == TRACE_LOOP && !R->meta && R->nfr == 1 && R->pc == t->pc && cf->code == t->code &&
      itv.tag == T_ITER) {
    Iter *it = (Iter *)itv.u.o;
    bool done = it->ikind == IT_RANGE ? (it->step > 0 ? it->pos >= it->stop : it->pos <= it->stop)
              : it->ikind == IT_LIST ? (it->seq.tag != T_LIST || it->pos >= AS_LIST(it->seq)->len)
              : false;
    if (done) {
      jit_boost_loop(R->J, cf->code, t->pc);
      return rec_fail(R, ABORT_INNER_LOOP, "the loop ends in the recorded iteration");
    }
  }
  if (itv.tag == T_ITER) {
    Iter *it = (Iter *)itv.u.o;
    Class *cls = it->h.cls;
    if (it->ikind == IT_RANGE && cls == vm->cls_iter[IT_RANGE] && it->step != 0) {
      IRRef ri = rec_typed(R, si);
      if (!ri) return false;
      rec_guard_class(R, ri, cls);
      IRRef step = rec_emit(R, IR_GETFIELD, IRT_INT, ri, IRFIELD_ITER_STEP, 0);
      IRRef kstep = KINT(R, it->step);
      rec_guard(R, IR_GUARD_VALUE, step, kstep);
      IRRef pos = rec_emit(R, IR_GETFIELD, IRT_INT, ri, IRFIELD_ITER_POS, 0);
      IRRef stop = rec_emit(R, IR_GETFIELD, IRT_INT, ri, IRFIELD_ITER_STOP, 0);
      bool more = it->step > 0 ? it->pos < it->stop : it->pos > it->stop;
      IRRef cond = rec_emit(R, it->step > 0 ? IR_INT_LT : IR_INT_GT, IRT_BOOL, pos, stop, 0);
      if (!more) {
        rec_guard(R, IR_GUARD_FALSE, cond, 0);
        return true;
      }
      int64_t np;
      if (__builtin_add_overflow(it->pos, it->step, &np)) return rec_fail(R, ABORT_NYI, "range end");
      rec_guard(R, IR_GUARD_TRUE, cond, 0);
      IRRef next = rec_emit(R, IR_INT_ADD_OVF, IRT_INT, pos, kstep, 0);
      rec_guard(R, IR_GUARD_NO_OVERFLOW, next, 0);
      rec_emit(R, IR_SETFIELD, IRT_VOID, ri, IRFIELD_ITER_POS, next);
      rec_set(R, si + 1, pos);
      return true;
    }
    if ((it->ikind == IT_LIST && it->seq.tag == T_LIST) ||
        (it->ikind == IT_TUPLE && it->seq.tag == T_TUPLE)) {
      if (cls != vm->cls_iter[it->ikind]) goto generic;
      uint32_t kind = it->seq.tag;
      IRRef ri = rec_typed(R, si);
      if (!ri) return false;
      rec_guard_class(R, ri, cls);
      IRRef sv = rec_emit(R, IR_GETFIELD, IRT_VAL, ri, IRFIELD_ITER_SEQ, 0);
      rec_snap(R);
      IRRef seq = rec_emitk(R, IR_UNBOX, IRT_OBJ, (uint8_t)kind, sv, (IRRef)kind, 0);
      IRRef pos = rec_emit(R, IR_GETFIELD, IRT_INT, ri, IRFIELD_ITER_POS, 0);
      int64_t n = kind == T_LIST ? AS_LIST(it->seq)->len : AS_TUPLE(it->seq)->len;
      IRRef len = rec_emit(R, IR_GETFIELD, IRT_INT, seq,
                           kind == T_LIST ? IRFIELD_LIST_LEN : IRFIELD_TUPLE_LEN, 0);
      IRRef cond = rec_emit(R, IR_INT_LT, IRT_BOOL, pos, len, 0);
      if (it->pos < n) {
        rec_guard(R, IR_GUARD_TRUE, cond, 0);
        IRRef item = rec_emit(R, IR_GETITEM, IRT_VAL, seq, pos, 0);
        IRRef next = rec_emit(R, IR_INT_ADD, IRT_INT, pos, KINT(R, 1), 0);
        rec_emit(R, IR_SETFIELD, IRT_VOID, ri, IRFIELD_ITER_POS, next);
        rec_set(R, si + 1, item);
      } else {
        rec_guard(R, IR_GUARD_FALSE, cond, 0);
        rec_call(R, IRCALL_iter_next, IRT_VAL, 1, &ri);   /* drops the sequence */
      }
      return true;
    }
  }
generic: {
    IRRef ri = rec_slot(R, si);
    if (!ri) return false;
    IRRef r = rec_call(R, IRCALL_iter_next, IRT_VAL, 1, &ri);
    rec_set(R, si + 1, r);
    rec_branch(R, r, true, R->arg, d - 1, R->pc + 1, d + 1);
    R->pend_null = true;
    (void)ir;
    return true;
  }
}

static bool rec_build_seq(Rec *R, bool list) {
  int32_t n = (int32_t)R->arg;
  int32_t first = R->top - n;
  IRRef items[64];
  if (n > 64) return nyi(R);
  for (int32_t i = 0; i < n; i++) {
    items[i] = rec_slot(R, first + i);
    if (!items[i]) return false;
  }
  IRRef r;
  if (!list && n == 0) {
    r = rec_const(R, v_obj(R->vm->empty_tuple));
  } else {
    r = rec_emit(R, list ? IR_NEW_LIST : IR_NEW_TUPLE, IRT_OBJ, n, 0, 0);
    for (int32_t i = 0; i < n; i++) rec_emit(R, IR_SETITEM, IRT_VOID, r, KINT(R, i), items[i]);
  }
  rec_set(R, first, r);
  return true;
}

static bool rec_unpack(Rec *R) {
  int32_t n = (int32_t)R->arg;
  int32_t s = rec_sp(R, 1);
  Value seq = rec_rt(R, s);
  if (seq.tag != T_TUPLE && seq.tag != T_LIST) return nyi(R);
  int64_t len = seq.tag == T_TUPLE ? AS_TUPLE(seq)->len : AS_LIST(seq)->len;
  if (len != n) return rec_fail(R, ABORT_EXCEPTION, "unpack length");
  IRRef r = rec_typed(R, s);
  if (!r) return false;
  IRIns *def = r > 0 ? ir_ins(IR(R), r) : NULL;
  bool fresh = def && (def->op == IR_NEW_TUPLE || def->op == IR_NEW_LIST) && def->a == n;
  if (!fresh) {
    IRRef lr = rec_emit(R, IR_GETFIELD, IRT_INT, r,
                        seq.tag == T_TUPLE ? IRFIELD_TUPLE_LEN : IRFIELD_LIST_LEN, 0);
    rec_guard(R, IR_GUARD_VALUE, lr, KINT(R, n));
  }
  IRRef items[256];
  if (n > 256) return nyi(R);
  for (int32_t i = 0; i < n; i++) items[i] = rec_emit(R, IR_GETITEM, IRT_VAL, r, KINT(R, i), 0);
  for (int32_t i = 0; i < n; i++) rec_set(R, s + n - 1 - i, items[i]);
  return true;
}

static bool rec_list_append(Rec *R) {
  int32_t sv = rec_sp(R, 1), sl = rec_sp(R, (int)R->arg + 2);
  Value l = rec_rt(R, sl);
  if (l.tag != T_LIST) return nyi(R);
  IRRef rl = rec_typed(R, sl), v = rec_slot(R, sv);
  if (!rl || !v) return false;
  IRRef args[2] = {rl, v};
  rec_call(R, IRCALL_list_append, IRT_VOID, 2, args);
  return true;
}

/* ---- residual calls of the recorder's own builtins ------------------------------------------------- */

/* cf(slots...) residually; the result (if res >= 0) goes to slot res. */
static bool call_cf(Rec *R, CFunc *cf, int32_t first, int n, int32_t res) {
  IRRef args[130];
  if (!cf || n > 128) return nyi(R);
  args[0] = rec_const(R, v_obj(cf));
  for (int i = 0; i < n; i++) {
    args[1 + i] = rec_slot(R, first + i);
    if (!args[1 + i]) return false;
  }
  IRRef r = rec_call(R, IRCALL_call, IRT_VAL, n + 1, args);
  if (res >= 0) rec_set(R, res, r);
  return true;
}

static bool rec_builtin_op(Rec *R) {
  RecBuiltins *B = rec_builtins(R);
  if (!B) return nyi(R);
  int32_t n = (int32_t)R->arg;
  switch (R->op) {
  case OP_BUILD_MAP: return call_cf(R, B->build_map, R->top - 2 * n, 2 * n, R->top - 2 * n);
  case OP_BUILD_SET: return call_cf(R, B->build_set, R->top - n, n, R->top - n);
  case OP_BUILD_SLICE: return call_cf(R, B->build_slice, R->top - n, n, R->top - n);
  case OP_UNARY_CONVERT: return call_cf(R, B->repr, R->top - 1, 1, R->top - 1);
  case OP_DELETE_SUBSCR: return call_cf(R, B->del_item, R->top - 2, 2, -1);
  case OP_SET_ADD: {
    int32_t ss = rec_sp(R, n + 2), sv = rec_sp(R, 1);
    if (rec_rt(R, ss).tag != T_SET) return nyi(R);
    IRRef args[3] = {rec_const(R, v_obj(B->set_add)), rec_slot(R, ss), rec_slot(R, sv)};
    if (!args[1] || !args[2]) return false;
    rec_call(R, IRCALL_call, IRT_VAL, 3, args);
    return true;
  }
  case OP_MAP_ADD: {
    int32_t sd = rec_sp(R, n + 3), sk = rec_sp(R, 2), sv = rec_sp(R, 1);
    if (rec_rt(R, sd).tag != T_DICT) return nyi(R);
    IRRef args[4] = {rec_const(R, v_obj(B->map_add)), rec_slot(R, sd), rec_slot(R, sk),
                     rec_slot(R, sv)};
    if (!args[1] || !args[2] || !args[3]) return false;
    rec_call(R, IRCALL_call, IRT_VAL, 4, args);
    return true;
  }
  case OP_MAKE_FUNCTION: case OP_MAKE_CLOSURE: {
    bool closure = R->op == OP_MAKE_CLOSURE;
    int32_t first = R->top - n - (closure ? 2 : 1);
    Value cv = rec_rt(R, R->top - 1);
    if (cv.tag != T_CODE || n > 100) return nyi(R);
    /* the module the interpreter gives the function (interp.c frame_module) */
    RecFrame *cf = rec_cur(R);
    Module *m = NULL;
    if (cf->func && cf->func->globals == cf->globals) {
      m = cf->func->module;
    } else if (R->vm->main_module && R->vm->main_module->dict == cf->globals) {
      m = R->vm->main_module;
    } else {
      Value k, v;
      for (int64_t p = 0; R->vm->modules && dict_next(R->vm->modules, &p, &k, &v);)
        if (v.tag == T_MODULE && AS_MODULE(v)->dict == cf->globals) { m = AS_MODULE(v); break; }
    }
    IRRef args[110];
    args[0] = rec_const(R, v_obj(B->make_func));
    args[1] = rec_slot(R, R->top - 1);
    args[2] = ir_kobj(IR(R), cf->globals, T_DICT);
    args[3] = m ? ir_kobj(IR(R), m, T_MODULE) : ir_knone(IR(R));
    args[4] = closure ? rec_slot(R, R->top - 2) : ir_knone(IR(R));
    for (int32_t i = 0; i < n; i++) args[5 + i] = rec_slot(R, first + i);
    for (int32_t i = 0; i < n + 5; i++)
      if (!args[i]) return false;
    IRRef r = rec_call(R, IRCALL_call, IRT_VAL, n + 5, args);
    rec_set(R, first, r);
    return true;
  }
  default:
    return nyi(R);
  }
}

/* ---- print ------------------------------------------------------------------------------------------------- */

static bool rec_print(Rec *R) {
  RecBuiltins *B = rec_builtins(R);
  if (!B || !B->print_item) return nyi(R);
  if (R->op == OP_PRINT_ITEM) {
    IRRef v = rec_slot(R, rec_sp(R, 1));
    if (!v) return false;
    IRRef args[2] = {rec_const(R, v_obj(B->print_item)), v};
    rec_call(R, IRCALL_call, IRT_VAL, 2, args);
  } else {
    IRRef args[1] = {rec_const(R, v_obj(B->print_newline))};
    rec_call(R, IRCALL_call, IRT_VAL, 1, args);
  }
  return true;
}

/* ---- dispatch ------------------------------------------------------------------------------------------------- */

bool rec_op(Rec *R) {
  RecFrame *cf = rec_cur(R);
  switch (R->op) {
  case OP_NOP: case OP_POP_TOP: case OP_JUMP: case OP_EXTENDED_ARG:
    return true;
  case OP_ROT_TWO: {
    IRRef a = rec_slot(R, rec_sp(R, 1)), b = rec_slot(R, rec_sp(R, 2));
    if (!a || !b) return false;
    rec_set(R, rec_sp(R, 1), b);
    rec_set(R, rec_sp(R, 2), a);
    return true;
  }
  case OP_ROT_THREE: {
    IRRef a = rec_slot(R, rec_sp(R, 1)), b = rec_slot(R, rec_sp(R, 2)),
          c = rec_slot(R, rec_sp(R, 3));
    if (!a || !b || !c) return false;
    rec_set(R, rec_sp(R, 1), b);
    rec_set(R, rec_sp(R, 2), c);
    rec_set(R, rec_sp(R, 3), a);
    return true;
  }
  case OP_ROT_FOUR: {
    IRRef a = rec_slot(R, rec_sp(R, 1)), b = rec_slot(R, rec_sp(R, 2)),
          c = rec_slot(R, rec_sp(R, 3)), d = rec_slot(R, rec_sp(R, 4));
    if (!a || !b || !c || !d) return false;
    rec_set(R, rec_sp(R, 1), b);
    rec_set(R, rec_sp(R, 2), c);
    rec_set(R, rec_sp(R, 3), d);
    rec_set(R, rec_sp(R, 4), a);
    return true;
  }
  case OP_DUP_TOP: {
    IRRef a = rec_slot(R, rec_sp(R, 1));
    if (!a) return false;
    rec_set(R, R->top, a);
    return true;
  }
  case OP_DUP_TOP_TWO: {
    IRRef a = rec_slot(R, rec_sp(R, 2)), b = rec_slot(R, rec_sp(R, 1));
    if (!a || !b) return false;
    rec_set(R, R->top, a);
    rec_set(R, R->top + 1, b);
    return true;
  }
  case OP_LOAD_CONST:
    rec_set(R, R->top, rec_const(R, cf->code->consts[R->arg]));
    return true;
  case OP_LOAD_NONE:
    rec_set(R, R->top, ir_knone(IR(R)));
    return true;
  case OP_LOAD_SMALLINT:
    rec_set(R, R->top, KINT(R, (int64_t)R->arg - SMALLINT_BIAS));
    return true;
  case OP_LOAD_FAST:
    return rec_load_fast(R);
  case OP_STORE_FAST: {
    IRRef v = rec_slot(R, rec_sp(R, 1));
    if (!v) return false;
    rec_set(R, cf->base + (int32_t)R->arg, v);
    return true;
  }
  case OP_LOAD_DEREF: return rec_deref(R, false);
  case OP_STORE_DEREF: return rec_deref(R, true);
  case OP_LOAD_CLOSURE: {
    IRRef c = rec_slot(R, cell_slot(R));
    if (!c) return false;
    rec_set(R, R->top, c);
    return true;
  }
  case OP_LOAD_GLOBAL: return rec_load_global(R, cf->globals);
  case OP_STORE_GLOBAL: return rec_store_global(R, cf->globals);
  case OP_LOAD_NAME: {
    Dict *d = name_dict(R);
    return d ? rec_load_global(R, d) : nyi(R);
  }
  case OP_STORE_NAME: {
    Dict *d = name_dict(R);
    return d ? rec_store_global(R, d) : nyi(R);
  }
  case OP_LOAD_ATTR: return rec_load_attr(R);
  case OP_STORE_ATTR: return rec_store_attr(R);
  case OP_LOAD_METHOD: return rec_load_method(R);
  case OP_BINARY_SUBSCR: return rec_subscr(R);
  case OP_STORE_SUBSCR: return rec_store_subscr(R);
  case OP_UNARY_POSITIVE: case OP_UNARY_NEGATIVE: case OP_UNARY_NOT: case OP_UNARY_INVERT:
    return rec_unary(R);
  case OP_BINARY_ADD: case OP_BINARY_SUB: case OP_BINARY_MUL: case OP_BINARY_DIV:
  case OP_BINARY_TRUEDIV: case OP_BINARY_FLOORDIV: case OP_BINARY_MOD: case OP_BINARY_POW:
  case OP_BINARY_LSHIFT: case OP_BINARY_RSHIFT: case OP_BINARY_AND: case OP_BINARY_OR:
  case OP_BINARY_XOR: case OP_INPLACE_ADD: case OP_INPLACE_SUB: case OP_INPLACE_MUL:
  case OP_INPLACE_DIV: case OP_INPLACE_TRUEDIV: case OP_INPLACE_FLOORDIV: case OP_INPLACE_MOD:
  case OP_INPLACE_POW: case OP_INPLACE_LSHIFT: case OP_INPLACE_RSHIFT: case OP_INPLACE_AND:
  case OP_INPLACE_OR: case OP_INPLACE_XOR:
    return rec_arith(R);
  case OP_COMPARE_OP: return rec_compare(R);
  case OP_JUMP_BACK: return rec_jump_back(R);
  case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE: case OP_JUMP_IF_FALSE_OR_POP:
  case OP_JUMP_IF_TRUE_OR_POP:
    return rec_cond_jump(R);
  case OP_GET_ITER: return rec_get_iter(R);
  case OP_FOR_ITER: return rec_for_iter(R);
  case OP_BUILD_TUPLE: return rec_build_seq(R, false);
  case OP_BUILD_LIST: return rec_build_seq(R, true);
  case OP_LIST_APPEND: return rec_list_append(R);
  case OP_UNPACK_SEQUENCE: return rec_unpack(R);
  case OP_PRINT_ITEM: case OP_PRINT_NEWLINE: return rec_print(R);
  case OP_BUILD_MAP: case OP_BUILD_SET: case OP_BUILD_SLICE: case OP_UNARY_CONVERT:
  case OP_DELETE_SUBSCR: case OP_SET_ADD: case OP_MAP_ADD: case OP_MAKE_FUNCTION:
  case OP_MAKE_CLOSURE:
    return rec_builtin_op(R);
  case OP_JIT_MERGE_POINT: return rec_merge_point(R);
  case OP_YIELD_VALUE: return rec_fail(R, ABORT_NYI, "YIELD_VALUE");
  default:
    return nyi(R);
  }
}
