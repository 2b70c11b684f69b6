/*
** opt_mem.c: memory optimizations: alias analysis, store-to-load forwarding,
** load CSE (PyPy's heapcache), redundant stores and memory-dependent guards
** (emit time, called by opt_fold.c), and dead store elimination (after
** recording). Modelled on LuaJIT's lj_opt_mem.c.
**
** Memory model
** ------------
** A location is (kind of access, object, key):
**   GETFIELD/SETFIELD     key = IRFIELD_* literal
**   GETSLOT/SETSLOT       key = slot literal (Instance slot array)
**   GETITEM/SETITEM       key = INT index ref (list / tuple items)
**   GETDICTENTRY/...      key = entry literal
**   VMFIELD               key = IRVM_* literal (no stores: only calls write it)
** Two accesses of the same kind alias if their keys may be equal and their
** objects may be the same. Objects (opt_alias_obj): the same ref must alias;
** different known object kinds, two different constants, or a fresh
** allocation (NEW_*) against a constant, another allocation or any ref defined
** before it never alias; everything else may.
**
** Residual calls may write anything (CALL_ASSEMBLER, most IRCALLS helpers),
** except: alloc_* and str_concat write nothing visible; list_append writes
** lists only (LIST_LEN, LIST_ITEMS, list items). Immutable locations (tuple
** and str lengths, an object's class, bound method parts, tuple items) are
** not written by calls at all.
**
** Emit-time rules (opt_mem_fold)
** ------------------------------
** For a load, walk back over the stores of its kind (the op's CSE chain)
** until the last clobbering call: the first store that must alias gives the
** value (forwarding; a typed value stored where a VAL is loaded comes back as
** BOX(v)); a store that only may alias stops the walk. Then an earlier load
** of the same location after that point is reused (CSE). A fresh allocation
** gives its initial contents (length of NEW_TUPLE / NEW_LIST, class and map
** of NEW_INSTANCE) when nothing may have written them since.
** GUARD_MAP(x, M) and GUARD_CLASS(x, C) read INST_MAP / OBJ_CLASS: they are
** dropped when the location is known to hold M / C, and a passed guard acts
** as a load with that value for later lookups. A store of the value memory
** already holds is dropped (x.f = x.f). GUARD_NOT_INVALIDATED and
** GUARD_NO_EXCEPTION are dropped when no call that could invalidate /
** raise happened since the previous one (or since the trace started).
**
** After recording (opt_mem)
** -------------------------
** Dead store elimination: a store overwritten by a later store to the same
** location (must alias) with nothing in between that may read it: no load
** that may alias, no call, no guard or exit (an exit needs memory to be as
** the interpreter expects), no LABEL/JUMP. Snapshots never refer to memory,
** only to refs, so removing such a store is invisible. SETFIELD of lengths,
** item / slot arrays and maps is never removed (other accesses depend on
** them implicitly).
*/
#include "opt.h"

static inline IRIns *I(Trace *t, IRRef r) { return ir_ins(&t->ir, r); }
static inline IRConst *K(Trace *t, IRRef r) { return ir_k(&t->ir, r); }
static inline IROp insop(Trace *t, IRRef r) { return r > 0 ? (IROp)I(t, r)->op : IR_NOP; }

static const char *const call_flags[IRCALL__COUNT] = {
#define IRC_FL(name, fn, t, n, fl) fl,
  IRCALLS(IRC_FL)
#undef IRC_FL
};

static bool is_alloc(Trace *t, IRRef r) {
  return r > 0 && (ir_op_flags[I(t, r)->op] & IROPF_ALLOC);
}

/* ---- alias analysis ------------------------------------------------------------- */

OptAlias opt_alias_obj(Trace *t, IRRef o1, IRRef o2) {
  if (o1 == o2) return ALIAS_MUST;
  uint8_t k1 = opt_kind(t, o1), k2 = opt_kind(t, o2);
  if (k1 && k2 && k1 != k2) return ALIAS_NO;
  if (ir_isk(o1) && ir_isk(o2)) return ALIAS_NO;
  if (is_alloc(t, o1) && (ir_isk(o2) || o2 < o1 || is_alloc(t, o2))) return ALIAS_NO;
  if (is_alloc(t, o2) && (ir_isk(o1) || o1 < o2 || is_alloc(t, o1))) return ALIAS_NO;
  return ALIAS_MAY;
}

/* Keys of two accesses of the same kind. */
static OptAlias alias_key(Trace *t, IROp load, IRRef k1, IRRef k2) {
  if (k1 == k2) return ALIAS_MUST;
  /* A map change may move the slot array (growing it). */
  if (load == IR_GETFIELD && ((k1 == IRFIELD_INST_MAP && k2 == IRFIELD_INST_SLOTS) ||
                              (k1 == IRFIELD_INST_SLOTS && k2 == IRFIELD_INST_MAP)))
    return ALIAS_MAY;
  if (load != IR_GETITEM) return ALIAS_NO;            /* literals */
  if (ir_isk(k1) && ir_isk(k2)) return ALIAS_NO;      /* different constants */
  return ALIAS_MAY;
}

static IROp store_of(IROp load) {
  switch (load) {
  case IR_GETFIELD: return IR_SETFIELD;
  case IR_GETSLOT: return IR_SETSLOT;
  case IR_GETITEM: return IR_SETITEM;
  case IR_GETDICTENTRY: return IR_SETDICTENTRY;
  default: return IR_NOP;
  }
}

static IROp load_of(IROp store) {
  switch (store) {
  case IR_SETFIELD: return IR_GETFIELD;
  case IR_SETSLOT: return IR_GETSLOT;
  case IR_SETITEM: return IR_GETITEM;
  case IR_SETDICTENTRY: return IR_GETDICTENTRY;
  default: return IR_NOP;
  }
}

/* Locations no call can write. */
static bool immutable_loc(IROp load, IRRef key, uint8_t kind) {
  if (load == IR_GETFIELD)
    return key == IRFIELD_TUPLE_LEN || key == IRFIELD_STR_LEN || key == IRFIELD_OBJ_CLASS ||
           key == IRFIELD_BOUND_SELF || key == IRFIELD_BOUND_FUNC;
  if (load == IR_GETITEM) return kind == T_TUPLE;
  return false;
}

/* May helper `id` write location (load, key) of an object of `kind`? */
static bool call_writes(int32_t id, IROp load, IRRef key, uint8_t kind) {
  switch (id) {
  case IRCALL_alloc_instance: case IRCALL_alloc_tuple: case IRCALL_alloc_list:
  case IRCALL_str_concat:
    return false;
  case IRCALL_list_append:
    if (load == IR_NOP) return true;
    if (load == IR_VMFIELD) return false;          /* runs no Python code */
    if (kind && kind != T_LIST) return false;
    if (load == IR_GETFIELD) return key == IRFIELD_LIST_LEN || key == IRFIELD_LIST_ITEMS;
    return load == IR_GETITEM;
  default:
    return true;
  }
}

IRRef opt_last_clobber(Trace *t, IROp load, IRRef key, uint8_t kind) {
  IRRef ca = t->ir.chain[IR_CALL_ASSEMBLER];
  if (load != IR_NOP && immutable_loc(load, key, kind)) return 0;
  for (IRRef r = t->ir.chain[IR_CALL]; r > ca; r = I(t, r)->prev)
    if (call_writes(I(t, r)->a, load, key, kind)) return r;
  return ca;
}

IRRef opt_last_raising_call(Trace *t) {
  IRRef ca = t->ir.chain[IR_CALL_ASSEMBLER];
  for (IRRef r = t->ir.chain[IR_CALL]; r > ca; r = I(t, r)->prev) {
    int32_t id = I(t, r)->a;
    if (id < 0 || id >= IRCALL__COUNT) return r;
    for (const char *p = call_flags[id]; *p; p++)
      if (*p == 'E') return r;
  }
  return ca;
}

/* ---- lookup ----------------------------------------------------------------------- */

/* Initial contents of a fresh allocation, or 0 when unknown. */
static IRRef alloc_initial(JitState *J, Trace *t, IRRef obj, IROp load, IRRef key) {
  IRIns *ai = I(t, obj);
  if (load != IR_GETFIELD) return IRREF_NONE;
  switch (ai->op) {
  case IR_NEW_INSTANCE:
    if (key == IRFIELD_INST_MAP) return ai->b;
    if (key == IRFIELD_OBJ_CLASS) return ai->a;
    return IRREF_NONE;
  case IR_NEW_TUPLE:
    if (key == IRFIELD_TUPLE_LEN) return ir_kint(&t->ir, ai->a);
    if (key == IRFIELD_OBJ_CLASS && J && J->vm) return ir_kobj(&t->ir, J->vm->cls[T_TUPLE], T_CLASS);
    return IRREF_NONE;
  case IR_NEW_LIST:
    if (key == IRFIELD_LIST_LEN) return ir_kint(&t->ir, ai->a);
    if (key == IRFIELD_OBJ_CLASS && J && J->vm) return ir_kobj(&t->ir, J->vm->cls[T_LIST], T_CLASS);
    return IRREF_NONE;
  default:
    return IRREF_NONE;
  }
}

/* Value location (load, obj, key) holds at the end of the trace, or 0.
** Guards act as loads: GUARD_MAP for INST_MAP, GUARD_CLASS for OBJ_CLASS. */
static IRRef mem_lookup(JitState *J, Trace *t, IROp load, IRRef obj, IRRef key) {
  IRBuf *ir = &t->ir;
  uint8_t okind = opt_kind(t, obj);
  IRRef lim = opt_last_clobber(t, load, key, okind);
  if (is_alloc(t, obj) && obj > lim) lim = obj;
  IRRef lim0 = lim;
  /* Stores. */
  IRRef st = IRREF_NONE;
  IROp sop = store_of(load);
  if (sop != IR_NOP) {
    for (IRRef r = ir->chain[sop]; r > lim; r = I(t, r)->prev) {
      IRIns *s = I(t, r);
      OptAlias ka = alias_key(t, load, s->b, key);
      if (ka == ALIAS_NO) continue;
      OptAlias oa = opt_alias_obj(t, s->a, obj);
      if (oa == ALIAS_NO) continue;
      if (oa == ALIAS_MUST && ka == ALIAS_MUST) st = r;
      else lim = r;                                   /* may alias: a barrier */
      break;
    }
  }
  IRRef lo = st ? st : lim;
  /* Loads (and guards acting as loads) after that. */
  IRRef best = IRREF_NONE, bestval = IRREF_NONE;
  for (IRRef r = ir->chain[load]; r > lo; r = I(t, r)->prev) {
    IRIns *l = I(t, r);
    bool match = load == IR_VMFIELD ? l->a == obj : (l->a == obj && l->b == key);
    if (match) { best = r; bestval = r; break; }
  }
  IROp gop = IR_NOP;
  if (load == IR_GETFIELD && key == IRFIELD_INST_MAP) gop = IR_GUARD_MAP;
  if (load == IR_GETFIELD && key == IRFIELD_OBJ_CLASS) gop = IR_GUARD_CLASS;
  if (gop != IR_NOP) {
    for (IRRef r = ir->chain[gop]; r > lo && r > best; r = I(t, r)->prev) {
      IRIns *g = I(t, r);
      if (g->a == obj && !(g->flags & IRF_DEAD)) { best = r; bestval = g->b; break; }
    }
  }
  if (best) return bestval;
  if (st) return I(t, st)->c;
  if (is_alloc(t, obj) && lim == obj && lim0 == obj) return alloc_initial(J, t, obj, load, key);
  return IRREF_NONE;
}

IRRef opt_mem_known(JitState *J, Trace *t, IROp load, IRRef obj, IRRef key) {
  return mem_lookup(J, t, load, obj, key);
}

/* Convert a known value to what the load returns; OPT_EMIT if impossible. */
static IRRef as_loaded(JitState *J, Trace *t, IRRef v, IRType want) {
  IRType vt = ir_type(&t->ir, v);
  if (vt == want) return v;
  if (want == IRT_VAL && vt != IRT_VOID && vt != IRT_PTR)
    return opt_emit(J, t, IR_BOX, IRT_VAL, v, 0, 0);
  return OPT_EMIT;
}

/* Do v (stored) and known (in memory) denote the same Value? */
static bool same_value(Trace *t, IRRef v, IRRef known) {
  if (v == known) return true;
  if (insop(t, v) == IR_UNBOX && I(t, v)->a == known) return true;
  if (insop(t, known) == IR_BOX && I(t, known)->a == v) return true;
  return false;
}

IRRef opt_mem_fold(JitState *J, Trace *t, OptIns *f) {
  IRRef known;
  switch (f->op) {
  case IR_GETFIELD: case IR_GETSLOT: case IR_GETITEM: case IR_GETDICTENTRY:
    known = mem_lookup(J, t, f->op, f->a, f->b);
    if (known) return as_loaded(J, t, known, f->t);
    return OPT_EMIT;
  case IR_VMFIELD:
    known = mem_lookup(J, t, f->op, f->a, 0);
    if (known && ir_type(&t->ir, known) == f->t) return known;
    return OPT_EMIT;
  case IR_SETFIELD: case IR_SETSLOT: case IR_SETITEM: case IR_SETDICTENTRY:
    known = mem_lookup(J, t, load_of(f->op), f->a, f->b);
    if (known && same_value(t, f->c, known)) return IRREF_NONE;
    return OPT_EMIT;
  case IR_GUARD_MAP:
    known = mem_lookup(J, t, IR_GETFIELD, f->a, IRFIELD_INST_MAP);
    if (known && known == f->b) return IRREF_NONE;
    return OPT_EMIT;
  case IR_GUARD_CLASS:
    known = mem_lookup(J, t, IR_GETFIELD, f->a, IRFIELD_OBJ_CLASS);
    if (known && known == f->b) return IRREF_NONE;
    return OPT_EMIT;
  case IR_GUARD_NOT_INVALIDATED: {               /* the class epoch: a VM field */
    IRRef prev = t->ir.chain[IR_GUARD_NOT_INVALIDATED];
    if (prev && prev > opt_last_clobber(t, IR_VMFIELD, IRVM_CLASS_EPOCH, 0)) return IRREF_NONE;
    return OPT_EMIT;
  }
  case IR_GUARD_NO_EXCEPTION: {
    IRRef prev = t->ir.chain[IR_GUARD_NO_EXCEPTION];
    IRRef call = opt_last_raising_call(t);
    if (call == IRREF_NONE || prev > call) return IRREF_NONE;
    return OPT_EMIT;
  }
  default:
    return OPT_EMIT;
  }
}

/* ---- dead store elimination (after recording) ------------------------------------ */

/* Can instruction r read location (load, obj, key) or need memory intact? */
static bool reads_loc(Trace *t, IRIns *ins, IROp load, IRRef obj, IRRef key) {
  IROp op = (IROp)ins->op;
  if (ins->flags & IRF_DEAD) return false;
  if (ins->flags & IRF_GUARD) return true;            /* exits see memory */
  switch (op) {
  case IR_CALL: case IR_CALL_ASSEMBLER: case IR_LABEL: case IR_JUMP: case IR_LINK:
  case IR_RET: case IR_EXIT: case IR_PHI:
    return true;
  case IR_CALL_PURE:
    return false;
  default:
    break;
  }
  if (op == load) {
    return alias_key(t, load, ins->b, key) != ALIAS_NO &&
           opt_alias_obj(t, ins->a, obj) != ALIAS_NO;
  }
  return false;
}

void opt_mem(JitState *J, Trace *t) {
  IRBuf *ir = &t->ir;
  (void)J;
  for (IRRef r = 1; r < ir->nins; r++) {
    IRIns *s = I(t, r);
    IROp load = load_of((IROp)s->op);
    if (load == IR_NOP || (s->flags & (IRF_DEAD | IRF_SUNK))) continue;
    /* Fields other loads depend on (slot and item arrays, lengths, maps that
    ** may grow the slots) are left alone. */
    if (s->op == IR_SETFIELD && s->b != IRFIELD_CELL_VALUE && s->b != IRFIELD_ITER_POS &&
        s->b != IRFIELD_ITER_STOP && s->b != IRFIELD_ITER_STEP && s->b != IRFIELD_ITER_SEQ)
      continue;
    /* Look for an overwriting store before anything that may read. */
    for (IRRef q = r + 1; q < ir->nins && q < r + 64; q++) {
      IRIns *n = I(t, q);
      if (n->op == s->op && !(n->flags & IRF_DEAD)) {
        OptAlias ka = alias_key(t, load, n->b, s->b);
        OptAlias oa = opt_alias_obj(t, n->a, s->a);
        if (ka == ALIAS_MUST && oa == ALIAS_MUST) { s->flags |= IRF_DEAD; break; }
        continue;
      }
      if (reads_loc(t, n, load, s->a, s->b)) break;
    }
  }
}
