/*
** lib_itertools.c: the itertools module of Python 2.7 in C: count, cycle,
** repeat, chain (+ from_iterable), compress, dropwhile, takewhile, groupby,
** ifilter, ifilterfalse, imap, islice, izip, izip_longest, starmap, tee,
** product, permutations, combinations, combinations_with_replacement.
**
** Each type is a class (itertools.count is a type, as in CPython) whose
** objects are iterators of kind T_ITER / IT_CUSTOM: Iter.seq holds an ItObj
** with the iterator's state and Iter.extra the C next function. The
** algorithms (index arithmetic of the combinatoric iterators, islice's
** skipping, groupby's shared cursor, tee's linked buffers) and error
** messages follow CPython 2.7's itertoolsmodule.c.
*/
#include <string.h>

#include "lib.h"
#include "lib_std.h"
#include "../vm/types.h"
#include "../gc/gc.h"

#define TEE_BLOCK 57

typedef struct TeeBlock {
  Obj h;                 /* kind T_NATIVE */
  struct TeeBlock *next;
  int n;
  Value items[TEE_BLOCK];
} TeeBlock;

typedef struct ItObj {
  Obj h;                 /* kind T_NATIVE */
  Value it;              /* source iterator */
  Value fn;              /* function / predicate / key func */
  Value v1, v2;          /* count: value, step; repeat: object; groupby: key, value; fill */
  Value tgt;             /* groupby: target key; grouper: its groupby's ItObj */
  List *its;             /* several iterators / product pools */
  List *saved;           /* cycle: saved items; permutations/combinations: pool */
  int64_t *idx;          /* index vector */
  int64_t *cyc;          /* permutations cycles */
  int64_t a, b, c, d;    /* counters (islice: next, stop, step, cnt) */
  int state;             /* 0 fresh, 1 running, 2 done */
  TeeBlock *blk;         /* tee: current block */
  struct ItObj *shared;  /* tee: the shared source holder */
} ItObj;

/* ---- plumbing ------------------------------------------------------------------- */

static ItObj *it_state(VM *vm) {
  ItObj *s = gc_alloc(sizeof(ItObj));
  if (!s) { vm_raise(vm, vm->exc_MemoryError, ""); return NULL; }
  s->h.kind = T_NATIVE;
  s->h.cls = vm->cls[T_NATIVE];
  return s;
}

static Value it_make(VM *vm, Class *cls, ItObj *s, CFn next) {
  Value v = iter_custom_new(vm, v_obj(s), next);
  if (v_isnull(v)) return v;
  v.u.o->cls = cls;
  return v;
}

#define STATE(argv) ((ItObj *)((Iter *)(argv)[0].u.o)->seq.u.o)

static int64_t *idx_alloc(VM *vm, int64_t n) {
  int64_t *p = gc_alloc_atomic_zero(sizeof(int64_t) * (size_t)(n > 0 ? n : 1));
  if (!p) vm_raise(vm, vm->exc_MemoryError, "");
  return p;
}

/* T_NULL with no exception: the end. */
static Value done(ItObj *s) { s->state = 2; return v_null(); }

static Value m_iter_self(VM *vm, int argc, Value *argv, Dict *kw) { return argv[0]; }

static Value m_next(VM *vm, int argc, Value *argv, Dict *kw) {
  if (argv[0].tag != T_ITER) return vm_raise(vm, vm->exc_TypeError, "next() on a non-iterator");
  Value r = vm_next(vm, argv[0]);
  if (v_isnull(r) && v_isnull(vm->exc)) return vm_raise(vm, vm->exc_StopIteration, NULL);
  return r;
}

static bool pos_kw(VM *vm, const char *name, Dict *kw) {
  if (!kw || !kw->used) return true;
  vm_raise(vm, vm->exc_TypeError, "%s does not take keyword arguments", name);
  return false;
}

static Value iter_arg(VM *vm, Value v) { return vm_iter(vm, v); }

/* The two arguments (after the class) of a constructor name(kws[0], kws[1])
   whose first nreq are required ("|OO:name", "O|O:name" or "OO:name");
   absent ones are T_NULL. */
static bool args2(VM *vm, int argc, Value *argv, Dict *kw, const char *name,
                  const char *const *kws, int nreq, Value *a, Value *b) {
  Value out[2];
  if (!lib_parse_args(vm, argc - 1, argv + 1, kw, name, kws, nreq, out)) return false;
  *a = out[0];
  *b = out[1];
  return true;
}

/* ---- count ---------------------------------------------------------------------- */

static bool is_number(Value v) {
  return v.tag == T_INT || v.tag == T_BOOL || v.tag == T_FLOAT || v.tag == T_LONG;
}

static Value count_next(VM *vm, int argc, Value *argv, Dict *kw) {
  ItObj *s = STATE(argv);
  Value r = s->v1;
  if (r.tag == T_INT && s->v2.tag == T_INT) {
    int64_t n;
    if (!__builtin_add_overflow(r.u.i, s->v2.u.i, &n)) {
      s->v1 = v_int(n);
      return r;
    }
  }
  Value n = vm_binop(vm, OP_BINARY_ADD, r, s->v2);
  if (v_isnull(n)) return n;
  s->v1 = n;
  return r;
}

static Value count_new(VM *vm, int argc, Value *argv, Dict *kw) {
  static const char *const kws[] = {"start", "step", NULL};
  Value start, step;
  if (!args2(vm, argc, argv, kw, "count", kws, 0, &start, &step)) return v_null();
  if (v_isnull(start)) start = v_int(0);
  if (v_isnull(step)) step = v_int(1);
  if (!is_number(start) || !is_number(step))
    return vm_raise(vm, vm->exc_TypeError, "a number is required");
  if (start.tag == T_BOOL) start = v_int(start.u.i);
  if (step.tag == T_BOOL) step = v_int(step.u.i);
  ItObj *s = it_state(vm);
  if (!s) return v_null();
  s->v1 = start;
  s->v2 = step;
  return it_make(vm, AS_CLASS(argv[0]), s, count_next);
}

static Value count_repr(VM *vm, int argc, Value *argv, Dict *kw) {
  ItObj *s = STATE(argv);
  Str *a = vm_repr(vm, s->v1);
  if (!a) return v_null();
  if (s->v2.tag == T_INT && s->v2.u.i == 1) return v_obj(str_printf(vm, "count(%S)", a));
  Str *b = vm_repr(vm, s->v2);
  if (!b) return v_null();
  return v_obj(str_printf(vm, "count(%S, %S)", a, b));
}

/* ---- cycle ---------------------------------------------------------------------- */

static Value cycle_next(VM *vm, int argc, Value *argv, Dict *kw) {
  ItObj *s = STATE(argv);
  if (s->state == 0) {
    Value x = vm_next(vm, s->it);
    if (!v_isnull(x)) {
      if (!list_append(vm, s->saved, x)) return vm_raise(vm, vm->exc_MemoryError, "");
      return x;
    }
    if (!v_isnull(vm->exc)) return x;
    s->state = 1;
    s->a = 0;
  }
  if (s->saved->len == 0) return done(s);
  Value r = s->saved->items[s->a];
  s->a = (s->a + 1) % s->saved->len;
  return r;
}

static Value cycle_new(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!pos_kw(vm, "cycle()", kw) || !lib_nargs(vm, 'U', "cycle", argc - 1, 1, 1)) return v_null();
  ItObj *s = it_state(vm);
  if (!s) return v_null();
  s->it = iter_arg(vm, argv[1]);
  s->saved = list_new(vm, 0);
  if (v_isnull(s->it) || !s->saved) return v_null();
  return it_make(vm, AS_CLASS(argv[0]), s, cycle_next);
}

/* ---- repeat --------------------------------------------------------------------- */

static Value repeat_next(VM *vm, int argc, Value *argv, Dict *kw) {
  ItObj *s = STATE(argv);
  if (s->a == 0) return done(s);
  if (s->a > 0) s->a--;
  return s->v1;
}

static Value repeat_new(VM *vm, int argc, Value *argv, Dict *kw) {
  static const char *const kws[] = {"object", "times", NULL};
  Value obj, times;
  if (!args2(vm, argc, argv, kw, "repeat", kws, 1, &obj, &times)) return v_null();
  ItObj *s = it_state(vm);
  if (!s) return v_null();
  s->v1 = obj;
  s->a = -1;
  if (!v_isnull(times)) {
    if (!lib_to_int(vm, times, &s->a)) return v_null();
    if (s->a < 0) s->a = 0;
  }
  return it_make(vm, AS_CLASS(argv[0]), s, repeat_next);
}

static Value repeat_repr(VM *vm, int argc, Value *argv, Dict *kw) {
  ItObj *s = STATE(argv);
  Str *a = vm_repr(vm, s->v1);
  if (!a) return v_null();
  if (s->a < 0) return v_obj(str_printf(vm, "repeat(%S)", a));
  return v_obj(str_printf(vm, "repeat(%S, %lld)", a, (long long)s->a));
}

static Value repeat_len(VM *vm, int argc, Value *argv, Dict *kw) {
  ItObj *s = STATE(argv);
  if (s->a < 0) return vm_raise(vm, vm->exc_TypeError, "len() of unsized object");
  return v_int(s->a);
}

/* ---- chain ------------------------------------------------------------------------ */

/* s->it: iterator over the iterables; s->fn: the current iterator (T_NULL none). */
static Value chain_next(VM *vm, int argc, Value *argv, Dict *kw) {
  ItObj *s = STATE(argv);
  if (s->state == 2) return v_null();
  for (;;) {
    if (v_isnull(s->fn)) {
      Value src = vm_next(vm, s->it);
      if (v_isnull(src)) {
        if (v_isnull(vm->exc)) s->state = 2;
        return src;
      }
      s->fn = vm_iter(vm, src);
      if (v_isnull(s->fn)) return v_null();
    }
    Value x = vm_next(vm, s->fn);
    if (!v_isnull(x) || !v_isnull(vm->exc)) return x;
    s->fn = v_null();
  }
}

static Value chain_new(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!pos_kw(vm, "chain()", kw)) return v_null();
  Tuple *t = tuple_from(vm, argc - 1, argv + 1);
  ItObj *s = it_state(vm);
  if (!t || !s) return v_null();
  s->it = vm_iter(vm, v_obj(t));
  if (v_isnull(s->it)) return v_null();
  return it_make(vm, AS_CLASS(argv[0]), s, chain_next);
}

/* The class of an itertools type, for functions that are not constructors. */
static Class *it_class(VM *vm, const char *name) {
  Value m = dict_get_str(vm, vm->modules, str_intern_cstr(vm, "itertools"));
  if (m.tag != T_MODULE) return vm->cls[T_ITER];
  Value c = dict_get_str(vm, AS_MODULE(m)->dict, str_intern_cstr(vm, name));
  return c.tag == T_CLASS ? AS_CLASS(c) : vm->cls[T_ITER];
}

static Value chain_from_iterable(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'O', "from_iterable", argc, 1, 1)) return v_null();
  ItObj *s = it_state(vm);
  if (!s) return v_null();
  s->it = vm_iter(vm, argv[0]);
  if (v_isnull(s->it)) return v_null();
  return it_make(vm, it_class(vm, "chain"), s, chain_next);
}

/* ---- compress / dropwhile / takewhile / ifilter / ifilterfalse ------------------------ */

static Value compress_next(VM *vm, int argc, Value *argv, Dict *kw) {
  ItObj *s = STATE(argv);
  for (;;) {
    Value d = vm_next(vm, s->it);
    if (v_isnull(d)) return d;
    Value sel = vm_next(vm, s->fn);
    if (v_isnull(sel)) return sel;
    int t = vm_truthy(vm, sel);
    if (t < 0) return v_null();
    if (t) return d;
  }
}

static Value compress_new(VM *vm, int argc, Value *argv, Dict *kw) {
  static const char *const kws[] = {"data", "selectors", NULL};
  Value data, sel;
  if (!args2(vm, argc, argv, kw, "compress", kws, 2, &data, &sel)) return v_null();
  ItObj *s = it_state(vm);
  if (!s) return v_null();
  s->it = vm_iter(vm, data);
  if (v_isnull(s->it)) return v_null();
  s->fn = vm_iter(vm, sel);
  if (v_isnull(s->fn)) return v_null();
  return it_make(vm, AS_CLASS(argv[0]), s, compress_next);
}

/* pred(x) truth: 1, 0, -1 raised. None predicate: truth of x. */
static int pred_true(VM *vm, Value pred, Value x) {
  if (v_isnone(pred)) return vm_truthy(vm, x);
  Value r = vm_call1(vm, pred, x);
  if (v_isnull(r)) return -1;
  return vm_truthy(vm, r);
}

static Value dropwhile_next(VM *vm, int argc, Value *argv, Dict *kw) {
  ItObj *s = STATE(argv);
  for (;;) {
    Value x = vm_next(vm, s->it);
    if (v_isnull(x)) return x;
    if (s->state == 1) return x;
    int t = pred_true(vm, s->fn, x);
    if (t < 0) return v_null();
    if (!t) { s->state = 1; return x; }
  }
}

static Value takewhile_next(VM *vm, int argc, Value *argv, Dict *kw) {
  ItObj *s = STATE(argv);
  if (s->state == 2) return v_null();
  Value x = vm_next(vm, s->it);
  if (v_isnull(x)) return x;
  int t = pred_true(vm, s->fn, x);
  if (t < 0) return v_null();
  if (t) return x;
  return done(s);
}

static Value ifilter_next(VM *vm, int argc, Value *argv, Dict *kw) {
  ItObj *s = STATE(argv);
  for (;;) {
    Value x = vm_next(vm, s->it);
    if (v_isnull(x)) return x;
    int t = pred_true(vm, s->fn, x);
    if (t < 0) return v_null();
    if (t != (int)s->a) return x;   /* a: 0 ifilter (keep true), 1 ifilterfalse */
  }
}

static Value pred_iter_new(VM *vm, int argc, Value *argv, Dict *kw, const char *name,
                           CFn next, int64_t mode) {
  char buf[40];
  snprintf(buf, sizeof buf, "%s()", name);
  if (!pos_kw(vm, buf, kw) || !lib_nargs(vm, 'U', name, argc - 1, 2, 2)) return v_null();
  ItObj *s = it_state(vm);
  if (!s) return v_null();
  s->fn = argv[1];
  s->a = mode;
  s->it = vm_iter(vm, argv[2]);
  if (v_isnull(s->it)) return v_null();
  return it_make(vm, AS_CLASS(argv[0]), s, next);
}

static Value dropwhile_new(VM *vm, int argc, Value *argv, Dict *kw) {
  return pred_iter_new(vm, argc, argv, kw, "dropwhile", dropwhile_next, 0);
}
static Value takewhile_new(VM *vm, int argc, Value *argv, Dict *kw) {
  return pred_iter_new(vm, argc, argv, kw, "takewhile", takewhile_next, 0);
}
static Value ifilter_new(VM *vm, int argc, Value *argv, Dict *kw) {
  return pred_iter_new(vm, argc, argv, kw, "ifilter", ifilter_next, 0);
}
static Value ifilterfalse_new(VM *vm, int argc, Value *argv, Dict *kw) {
  return pred_iter_new(vm, argc, argv, kw, "ifilterfalse", ifilter_next, 1);
}

/* ---- groupby ------------------------------------------------------------------------ */

/* groupby state: it, fn (key func or None), v1 currkey, v2 currvalue, tgt tgtkey
** (T_NULL when unset). */
static bool gb_step(VM *vm, ItObj *g) {
  Value nv = vm_next(vm, g->it);
  if (v_isnull(nv)) return false;
  Value nk = nv;
  if (!v_isnone(g->fn)) {
    nk = vm_call1(vm, g->fn, nv);
    if (v_isnull(nk)) return false;
  }
  g->v1 = nk;
  g->v2 = nv;
  return true;
}

static Value grouper_next(VM *vm, int argc, Value *argv, Dict *kw) {
  ItObj *s = STATE(argv);
  ItObj *g = (ItObj *)s->tgt.u.o;
  if (v_isnull(g->v2) && !gb_step(vm, g)) return v_null();
  int e = vm_equal(vm, s->v1, g->v1);
  if (e <= 0) return v_null();
  Value r = g->v2;
  g->v2 = v_null();
  g->v1 = v_null();
  return r;
}

static Value groupby_next(VM *vm, int argc, Value *argv, Dict *kw) {
  ItObj *g = STATE(argv);
  for (;;) {
    if (v_isnull(g->v1)) {
      /* nothing current: fetch */
    } else if (v_isnull(g->tgt)) {
      break;
    } else {
      int e = vm_equal(vm, g->tgt, g->v1);
      if (e < 0) return v_null();
      if (!e) break;
    }
    if (!gb_step(vm, g)) return v_null();
  }
  g->tgt = g->v1;
  ItObj *s = it_state(vm);
  if (!s) return v_null();
  s->v1 = g->tgt;
  s->tgt = v_obj(g);
  Value grouper = it_make(vm, it_class(vm, "_grouper"), s, grouper_next);
  if (v_isnull(grouper)) return grouper;
  Value pair[2] = { g->v1, grouper };
  Tuple *t = tuple_from(vm, 2, pair);
  return t ? v_obj(t) : v_null();
}

static Value groupby_new(VM *vm, int argc, Value *argv, Dict *kw) {
  static const char *const kws[] = {"iterable", "key", NULL};
  Value iterable, key;
  if (!args2(vm, argc, argv, kw, "groupby", kws, 1, &iterable, &key)) return v_null();
  ItObj *s = it_state(vm);
  if (!s) return v_null();
  s->fn = v_isnull(key) ? v_none() : key;
  s->it = vm_iter(vm, iterable);
  if (v_isnull(s->it)) return v_null();
  return it_make(vm, AS_CLASS(argv[0]), s, groupby_next);
}

/* ---- imap / izip / izip_longest / starmap --------------------------------------------- */

static bool iters_of(VM *vm, ItObj *s, int n, Value *argv, const char *zipname) {
  s->its = list_new(vm, n);
  if (!s->its) return false;
  for (int i = 0; i < n; i++) {
    Value it = vm_iter(vm, argv[i]);
    if (v_isnull(it)) {
      if (zipname && vm_exc_matches(vm, vm->exc_TypeError)) {
        vm_exc_clear(vm);
        vm_raise(vm, vm->exc_TypeError, "%s argument #%d must support iteration", zipname, i + 1);
      }
      return false;
    }
    s->its->items[i] = it;
  }
  return true;
}

/* Next item of every iterator as a tuple; NULL at the first exhausted one. */
static Tuple *next_all(VM *vm, ItObj *s) {
  int64_t n = s->its->len;
  if (n == 0) return NULL;
  Tuple *t = tuple_new(vm, n);
  if (!t) return NULL;
  for (int64_t i = 0; i < n; i++) {
    Value x = vm_next(vm, s->its->items[i]);
    if (v_isnull(x)) return NULL;
    t->items[i] = x;
  }
  return t;
}

static Value imap_next(VM *vm, int argc, Value *argv, Dict *kw) {
  ItObj *s = STATE(argv);
  Tuple *t = next_all(vm, s);
  if (!t) return v_null();
  if (v_isnone(s->fn)) return v_obj(t);
  return vm_call(vm, s->fn, (int)t->len, t->items, NULL);
}

static Value imap_new(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!pos_kw(vm, "imap()", kw)) return v_null();
  if (argc < 3) return vm_raise(vm, vm->exc_TypeError, "imap() must have at least two arguments.");
  ItObj *s = it_state(vm);
  if (!s) return v_null();
  s->fn = argv[1];
  if (!iters_of(vm, s, argc - 2, argv + 2, NULL)) return v_null();
  return it_make(vm, AS_CLASS(argv[0]), s, imap_next);
}

static Value izip_next(VM *vm, int argc, Value *argv, Dict *kw) {
  ItObj *s = STATE(argv);
  Tuple *t = next_all(vm, s);
  return t ? v_obj(t) : v_null();
}

static Value izip_new(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!pos_kw(vm, "izip()", kw)) return v_null();
  ItObj *s = it_state(vm);
  if (!s || !iters_of(vm, s, argc - 1, argv + 1, "izip")) return v_null();
  return it_make(vm, AS_CLASS(argv[0]), s, izip_next);
}

/* izip_longest: a = number of live iterators; exhausted ones become T_NULL. */
static Value izipl_next(VM *vm, int argc, Value *argv, Dict *kw) {
  ItObj *s = STATE(argv);
  int64_t n = s->its->len;
  if (n == 0 || s->a == 0) return v_null();
  Tuple *t = tuple_new(vm, n);
  if (!t) return v_null();
  for (int64_t i = 0; i < n; i++) {
    Value x = v_null();
    if (!v_isnull(s->its->items[i])) {
      x = vm_next(vm, s->its->items[i]);
      if (v_isnull(x)) {
        if (!v_isnull(vm->exc)) return x;
        s->its->items[i] = v_null();
        if (--s->a == 0) return v_null();
      }
    }
    t->items[i] = v_isnull(x) ? s->v1 : x;
  }
  return v_obj(t);
}

static Value izipl_new(VM *vm, int argc, Value *argv, Dict *kw) {
  Value fill = v_none();
  if (kw && kw->used) {
    Value f = lib_kwarg(vm, kw, "fillvalue");
    if (v_isnull(f) || kw->used > 1)
      return vm_raise(vm, vm->exc_TypeError,
                      "izip_longest() got an unexpected keyword argument");
    fill = f;
  }
  ItObj *s = it_state(vm);
  if (!s || !iters_of(vm, s, argc - 1, argv + 1, "izip_longest")) return v_null();
  s->v1 = fill;
  s->a = argc - 1;
  return it_make(vm, AS_CLASS(argv[0]), s, izipl_next);
}

static Value starmap_next(VM *vm, int argc, Value *argv, Dict *kw) {
  ItObj *s = STATE(argv);
  Value a = vm_next(vm, s->it);
  if (v_isnull(a)) return a;
  if (a.tag != T_TUPLE) {
    a = vm_to_tuple(vm, a);
    if (v_isnull(a)) return a;
  }
  return vm_call(vm, s->fn, (int)AS_TUPLE(a)->len, AS_TUPLE(a)->items, NULL);
}

static Value starmap_new(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!pos_kw(vm, "starmap()", kw) || !lib_nargs(vm, 'U', "starmap", argc - 1, 2, 2))
    return v_null();
  ItObj *s = it_state(vm);
  if (!s) return v_null();
  s->fn = argv[1];
  s->it = vm_iter(vm, argv[2]);
  if (v_isnull(s->it)) return v_null();
  return it_make(vm, AS_CLASS(argv[0]), s, starmap_next);
}

/* ---- islice -------------------------------------------------------------------------- */

/* a: next index to return, b: stop (-1 none), c: step, d: items consumed */
static Value islice_next(VM *vm, int argc, Value *argv, Dict *kw) {
  ItObj *s = STATE(argv);
  if (s->state == 2) return v_null();
  while (s->d < s->a) {
    Value x = vm_next(vm, s->it);
    if (v_isnull(x)) return x;
    s->d++;
  }
  if (s->b != -1 && s->d >= s->b) return done(s);
  Value x = vm_next(vm, s->it);
  if (v_isnull(x)) return x;
  s->d++;
  int64_t old = s->a;
  s->a += s->c;
  if (s->a < old || (s->b != -1 && s->a > s->b)) s->a = s->b;
  return x;
}

static bool islice_index(VM *vm, Value v, int64_t *out, const char *what) {
  if (v_isnone(v)) { *out = -1; return true; }
  if ((v.tag == T_INT || v.tag == T_BOOL) && v.u.i >= 0) { *out = v.u.i; return true; }
  if (v.tag == T_INT || v.tag == T_BOOL || v.tag == T_LONG || v.tag == T_INSTANCE) {
    int64_t i;
    if (v.tag == T_INSTANCE && lib_to_int(vm, v, &i) && i >= 0) { *out = i; return true; }
    vm_exc_clear(vm);
  }
  vm_raise(vm, vm->exc_ValueError, "%s for islice() must be None or an integer: 0 <= x <= maxint.",
           what);
  return false;
}

static Value islice_new(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!pos_kw(vm, "islice()", kw) || !lib_nargs(vm, 'U', "islice", argc - 1, 2, 4))
    return v_null();
  int64_t start = 0, stop = -1, step = 1;
  if (argc == 3) {
    if (!islice_index(vm, argv[2], &stop, "Stop argument")) return v_null();
  } else {
    if (!v_isnone(argv[2]) && !islice_index(vm, argv[2], &start, "Indices")) return v_null();
    if (!islice_index(vm, argv[3], &stop, "Stop argument")) return v_null();
    if (argc > 4 && !v_isnone(argv[4])) {
      if ((argv[4].tag != T_INT && argv[4].tag != T_BOOL) || argv[4].u.i < 1)
        return vm_raise(vm, vm->exc_ValueError, "Step for islice() must be a positive integer or None.");
      step = argv[4].u.i;
    }
    if (start < 0) start = 0;
  }
  ItObj *s = it_state(vm);
  if (!s) return v_null();
  s->it = vm_iter(vm, argv[1]);
  if (v_isnull(s->it)) return v_null();
  s->a = start;
  s->b = stop;
  s->c = step;
  return it_make(vm, AS_CLASS(argv[0]), s, islice_next);
}

/* ---- tee ------------------------------------------------------------------------------- */

static TeeBlock *tee_block(VM *vm) {
  TeeBlock *b = gc_alloc(sizeof(TeeBlock));
  if (!b) { vm_raise(vm, vm->exc_MemoryError, ""); return NULL; }
  b->h.kind = T_NATIVE;
  b->h.cls = vm->cls[T_NATIVE];
  return b;
}

/* A tee: blk = current block, a = index in it; shared->it = source. */
static Value tee_next(VM *vm, int argc, Value *argv, Dict *kw) {
  ItObj *s = STATE(argv);
  TeeBlock *b = s->blk;
  if (s->a == TEE_BLOCK) {
    if (!b->next && !(b->next = tee_block(vm))) return v_null();
    b = s->blk = b->next;
    s->a = 0;
  }
  if (s->a < b->n) return b->items[s->a++];
  /* s->a == b->n: this tee is the most advanced: read the source. */
  ItObj *sh = s->shared;
  if (sh->state == 2) return v_null();
  Value x = vm_next(vm, sh->it);
  if (v_isnull(x)) {
    if (v_isnull(vm->exc)) sh->state = 2;
    return x;
  }
  b->items[b->n++] = x;
  s->a++;
  return x;
}

static Value tee_copy_of(VM *vm, ItObj *src, Class *cls) {
  ItObj *s = it_state(vm);
  if (!s) return v_null();
  s->blk = src->blk;
  s->a = src->a;
  s->shared = src->shared;
  return it_make(vm, cls, s, tee_next);
}

static Value tee_m_copy(VM *vm, int argc, Value *argv, Dict *kw) {
  return tee_copy_of(vm, STATE(argv), argv[0].u.o->cls);
}

static Value tee_from(VM *vm, Value iterable, Class *cls) {
  ItObj *sh = it_state(vm), *s = it_state(vm);
  if (!sh || !s) return v_null();
  sh->it = vm_iter(vm, iterable);
  if (v_isnull(sh->it)) return v_null();
  s->shared = sh;
  if (!(s->blk = tee_block(vm))) return v_null();
  return it_make(vm, cls, s, tee_next);
}

static Value tee_new(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!pos_kw(vm, "tee()", kw) || !lib_nargs(vm, 'U', "tee", argc - 1, 1, 1)) return v_null();
  return tee_from(vm, argv[1], AS_CLASS(argv[0]));
}

static Value tee_fn(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nokw(vm, "tee", kw) || !lib_nargs(vm, 'U', "tee", argc, 1, 2)) return v_null();
  int64_t n = 2;
  if (argc > 1 && !lib_to_int(vm, argv[1], &n)) return v_null();
  if (n < 0) return vm_raise(vm, vm->exc_ValueError, "n must be >= 0");
  Tuple *t = tuple_new(vm, n);
  if (!t) return v_null();
  if (n == 0) {
    Value it = vm_iter(vm, argv[0]);
    return v_isnull(it) ? it : v_obj(t);
  }
  Class *tc = it_class(vm, "_tee");
  Value first;
  Value it = vm_iter(vm, argv[0]);
  if (v_isnull(it)) return it;
  if (it.tag == T_ITER && it.u.o->cls == tc) {
    first = tee_copy_of(vm, (ItObj *)((Iter *)it.u.o)->seq.u.o, tc);
  } else {
    Class *owner;
    Value cp = class_lookup_owner(vm, vm_class_of(vm, it), str_intern_cstr(vm, "__copy__"), &owner);
    first = v_isnull(cp) ? tee_from(vm, it, tc) : it;
  }
  if (v_isnull(first)) return first;
  t->items[0] = first;
  for (int64_t i = 1; i < n; i++) {
    Value c;
    if (first.tag == T_ITER && first.u.o->cls == tc)
      c = tee_copy_of(vm, (ItObj *)((Iter *)first.u.o)->seq.u.o, tc);
    else
      c = vm_call_method(vm, first, str_intern_cstr(vm, "__copy__"), 0, NULL);
    if (v_isnull(c)) return c;
    t->items[i] = c;
  }
  return v_obj(t);
}

/* ---- product ---------------------------------------------------------------------------- */

/* its: the pools (tuples), idx: indices, saved: the last result as a list. */
static Value product_next(VM *vm, int argc, Value *argv, Dict *kw) {
  ItObj *s = STATE(argv);
  if (s->state == 2) return v_null();
  int64_t n = s->its->len;
  if (s->state == 0) {
    s->state = 1;
    for (int64_t i = 0; i < n; i++)
      if (AS_TUPLE(s->its->items[i])->len == 0) return done(s);
  } else {
    if (n == 0) return done(s);
    int64_t i = n - 1;
    for (; i >= 0; i--) {
      Tuple *pool = AS_TUPLE(s->its->items[i]);
      if (++s->idx[i] < pool->len) break;
      s->idx[i] = 0;
    }
    if (i < 0) return done(s);
  }
  Tuple *t = tuple_new(vm, n);
  if (!t) return v_null();
  for (int64_t i = 0; i < n; i++) t->items[i] = AS_TUPLE(s->its->items[i])->items[s->idx[i]];
  return v_obj(t);
}

static Value product_new(VM *vm, int argc, Value *argv, Dict *kw) {
  int64_t repeat = 1;
  if (kw && kw->used) {
    Value r = lib_kwarg(vm, kw, "repeat");
    if (v_isnull(r) || kw->used > 1)
      return vm_raise(vm, vm->exc_TypeError, "product() got an unexpected keyword argument");
    if (!lib_to_int(vm, r, &repeat)) return v_null();
    if (repeat < 0) repeat = 0;
  }
  int64_t npools = (argc - 1) * repeat;
  ItObj *s = it_state(vm);
  if (!s || !(s->its = list_new(vm, npools)) || !(s->idx = idx_alloc(vm, npools))) return v_null();
  for (int i = 1; i < argc; i++) {
    Value t = vm_to_tuple(vm, argv[i]);
    if (v_isnull(t)) return t;
    for (int64_t r = 0; r < repeat; r++) s->its->items[r * (argc - 1) + i - 1] = t;
  }
  return it_make(vm, AS_CLASS(argv[0]), s, product_next);
}

/* ---- combinations / combinations_with_replacement / permutations ---------------------------- */

/* saved: the pool (as a list), a: n, b: r. */
static Value comb_result(VM *vm, ItObj *s) {
  Tuple *t = tuple_new(vm, s->b);
  if (!t) return v_null();
  for (int64_t i = 0; i < s->b; i++) t->items[i] = s->saved->items[s->idx[i]];
  return v_obj(t);
}

static Value combinations_next(VM *vm, int argc, Value *argv, Dict *kw) {
  ItObj *s = STATE(argv);
  int64_t n = s->a, r = s->b;
  if (s->state == 2) return v_null();
  if (s->state == 0) {
    s->state = 1;
    if (r > n) return done(s);
  } else {
    int64_t i = r - 1;
    while (i >= 0 && s->idx[i] == i + n - r) i--;
    if (i < 0) return done(s);
    s->idx[i]++;
    for (int64_t j = i + 1; j < r; j++) s->idx[j] = s->idx[j - 1] + 1;
  }
  return comb_result(vm, s);
}

static Value cwr_next(VM *vm, int argc, Value *argv, Dict *kw) {
  ItObj *s = STATE(argv);
  int64_t n = s->a, r = s->b;
  if (s->state == 2) return v_null();
  if (s->state == 0) {
    s->state = 1;
    if (n == 0 && r > 0) return done(s);
  } else {
    int64_t i = r - 1;
    while (i >= 0 && s->idx[i] == n - 1) i--;
    if (i < 0) return done(s);
    int64_t v = s->idx[i] + 1;
    for (int64_t j = i; j < r; j++) s->idx[j] = v;
  }
  return comb_result(vm, s);
}

static Value permutations_next(VM *vm, int argc, Value *argv, Dict *kw) {
  ItObj *s = STATE(argv);
  int64_t n = s->a, r = s->b;
  if (s->state == 2) return v_null();
  if (s->state == 0) {
    s->state = 1;
    if (r > n) return done(s);
  } else {
    if (n == 0) return done(s);
    int64_t i = r - 1;
    for (; i >= 0; i--) {
      s->cyc[i]--;
      if (s->cyc[i] == 0) {
        int64_t first = s->idx[i];
        for (int64_t j = i; j < n - 1; j++) s->idx[j] = s->idx[j + 1];
        s->idx[n - 1] = first;
        s->cyc[i] = n - i;
      } else {
        int64_t j = s->cyc[i];
        int64_t t = s->idx[i];
        s->idx[i] = s->idx[n - j];
        s->idx[n - j] = t;
        break;
      }
    }
    if (i < 0) return done(s);
  }
  return comb_result(vm, s);
}

static Value comb_setup(VM *vm, int argc, Value *argv, Dict *kw, const char *name, bool r_required,
                        int mode, CFn next) {
  static const char *const kws[] = {"iterable", "r", NULL};
  Value iterable, rv;
  if (!args2(vm, argc, argv, kw, name, kws, r_required ? 2 : 1, &iterable, &rv)) return v_null();
  Value pool = vm_to_list(vm, iterable);
  if (v_isnull(pool)) return pool;
  ItObj *s = it_state(vm);
  if (!s) return v_null();
  s->saved = AS_LIST(pool);
  s->a = s->saved->len;
  s->b = s->a;
  if (!v_isnull(rv) && !v_isnone(rv)) {
    if (!lib_to_int(vm, rv, &s->b)) return v_null();
    if (s->b < 0) return vm_raise(vm, vm->exc_ValueError, "r must be non-negative");
  }
  int64_t n = s->a, r = s->b;
  if (mode == 2) {   /* permutations: indices over the whole pool, cycles */
    if (!(s->idx = idx_alloc(vm, n)) || !(s->cyc = idx_alloc(vm, r))) return v_null();
    for (int64_t i = 0; i < n; i++) s->idx[i] = i;
    for (int64_t i = 0; i < r; i++) s->cyc[i] = n - i;
  } else {
    if (!(s->idx = idx_alloc(vm, r))) return v_null();
    for (int64_t i = 0; i < r; i++) s->idx[i] = mode == 0 ? i : 0;
  }
  return it_make(vm, AS_CLASS(argv[0]), s, next);
}

static Value combinations_new(VM *vm, int argc, Value *argv, Dict *kw) {
  return comb_setup(vm, argc, argv, kw, "combinations", true, 0, combinations_next);
}
static Value cwr_new(VM *vm, int argc, Value *argv, Dict *kw) {
  return comb_setup(vm, argc, argv, kw, "combinations_with_replacement", true, 1, cwr_next);
}
static Value permutations_new(VM *vm, int argc, Value *argv, Dict *kw) {
  return comb_setup(vm, argc, argv, kw, "permutations", false, 2, permutations_next);
}

/* ---- registration ---------------------------------------------------------------------------- */

typedef struct TypeDef { const char *name; CFn ctor; } TypeDef;

static const TypeDef it_types[] = {
  {"count", count_new}, {"cycle", cycle_new}, {"repeat", repeat_new}, {"chain", chain_new},
  {"compress", compress_new}, {"dropwhile", dropwhile_new}, {"takewhile", takewhile_new},
  {"groupby", groupby_new}, {"_grouper", NULL}, {"ifilter", ifilter_new},
  {"ifilterfalse", ifilterfalse_new}, {"imap", imap_new}, {"islice", islice_new},
  {"izip", izip_new}, {"izip_longest", izipl_new}, {"starmap", starmap_new},
  {"_tee", tee_new}, {"product", product_new}, {"permutations", permutations_new},
  {"combinations", combinations_new},
  {"combinations_with_replacement", cwr_new},
  {NULL, NULL}
};

void lib_init_itertools(VM *vm) {
  Module *m = vm_add_module(vm, "itertools");
  if (!m) return;
  for (const TypeDef *t = it_types; t->name; t++) {
    Class *c = class_new_builtin(vm, t->name, NULL, T_ITER, 0);
    if (!c) { vm_exc_clear(vm); continue; }
    c->module = str_intern_cstr(vm, "itertools");
    dict_set_str(vm, c->dict, vm->s___module__, v_obj(c->module));
    c->ctor = t->ctor;
    vm_add_method(vm, c, "__iter__", m_iter_self, 0, -1, false);
    vm_add_method(vm, c, "next", m_next, 0, -1, false);
    if (t->ctor == count_new) vm_add_method(vm, c, "__repr__", count_repr, 0, -1, false);
    if (t->ctor == repeat_new) {
      vm_add_method(vm, c, "__repr__", repeat_repr, 0, -1, false);
      vm_add_method(vm, c, "__length_hint__", repeat_len, 0, -1, false);
    }
    if (t->ctor == tee_new) vm_add_method(vm, c, "__copy__", tee_m_copy, 0, -1, false);
    if (t->ctor == chain_new)
      vm_add_function(vm, c->dict, "from_iterable", chain_from_iterable, 0, -1, false);
    std_set(vm, m->dict, t->name, v_obj(c));
  }
  vm_add_function(vm, m->dict, "tee", tee_fn, 0, -1, true);
}
