/*
** lib_random.c: the _random module, the core generator under random.py: the
** Mersenne Twister MT19937 of CPython 2.7's _randommodule.c (same
** init_genrand / init_by_array seeding, same genrand_res53 doubles, same
** getrandbits, getstate / setstate / jumpahead), so a program seeded with
** random.seed(n) sees exactly CPython's sequence. The distributions
** (randrange, choice, shuffle, gauss, ...) live in stdlib/lib/random.py.
*/
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "lib.h"
#include "lib_std.h"
#include "../vm/types.h"
#include "../vm/long.h"
#include "../gc/gc.h"

#define MT_N 624
#define MT_M 397
#define MATRIX_A 0x9908b0dfU
#define UPPER_MASK 0x80000000U
#define LOWER_MASK 0x7fffffffU

typedef struct RandomObj {
  Instance inst;
  uint32_t *state;   /* MT_N words, atomic memory */
  int index;
} RandomObj;

/* ---- the generator ---------------------------------------------------------------- */

static uint32_t genrand_int32(RandomObj *self) {
  static const uint32_t mag01[2] = {0x0U, MATRIX_A};
  uint32_t y;
  uint32_t *mt = self->state;
  if (self->index >= MT_N) {
    int kk;
    for (kk = 0; kk < MT_N - MT_M; kk++) {
      y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
      mt[kk] = mt[kk + MT_M] ^ (y >> 1) ^ mag01[y & 0x1U];
    }
    for (; kk < MT_N - 1; kk++) {
      y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
      mt[kk] = mt[kk + (MT_M - MT_N)] ^ (y >> 1) ^ mag01[y & 0x1U];
    }
    y = (mt[MT_N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
    mt[MT_N - 1] = mt[MT_M - 1] ^ (y >> 1) ^ mag01[y & 0x1U];
    self->index = 0;
  }
  y = mt[self->index++];
  y ^= (y >> 11);
  y ^= (y << 7) & 0x9d2c5680U;
  y ^= (y << 15) & 0xefc60000U;
  y ^= (y >> 18);
  return y;
}

static double genrand_res53(RandomObj *self) {
  uint32_t a = genrand_int32(self) >> 5, b = genrand_int32(self) >> 6;
  return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

static void init_genrand(RandomObj *self, uint32_t s) {
  uint32_t *mt = self->state;
  mt[0] = s;
  for (int i = 1; i < MT_N; i++)
    mt[i] = 1812433253U * (mt[i - 1] ^ (mt[i - 1] >> 30)) + (uint32_t)i;
  self->index = MT_N;
}

static void init_by_array(RandomObj *self, const uint32_t *key, size_t klen) {
  uint32_t *mt = self->state;
  init_genrand(self, 19650218U);
  size_t i = 1, j = 0, k = MT_N > klen ? MT_N : klen;
  for (; k; k--) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + key[j] + (uint32_t)j;
    i++;
    j++;
    if (i >= MT_N) { mt[0] = mt[MT_N - 1]; i = 1; }
    if (j >= klen) j = 0;
  }
  for (k = MT_N - 1; k; k--) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - (uint32_t)i;
    i++;
    if (i >= MT_N) { mt[0] = mt[MT_N - 1]; i = 1; }
  }
  mt[0] = 0x80000000U;
}

/* ---- seeding ------------------------------------------------------------------------- */

static bool seed_from_os(RandomObj *self) {
  uint32_t key[MT_N];
  size_t got = 0;
  int fd = open("/dev/urandom", O_RDONLY);
  if (fd >= 0) {
    while (got < sizeof key) {
      ssize_t r = read(fd, (char *)key + got, sizeof key - got);
      if (r <= 0) break;
      got += (size_t)r;
    }
    close(fd);
  }
  if (got < sizeof key) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    uint32_t t = (uint32_t)ts.tv_sec * 1000003U ^ (uint32_t)ts.tv_nsec ^ (uint32_t)getpid();
    for (size_t i = 0; i < MT_N; i++) key[i] = t = t * 1103515245U + 12345U;
  }
  init_by_array(self, key, MT_N);
  return true;
}

/* An int, bool or long (that fits) as a C int64. */
static bool int_val(VM *vm, Value v, int64_t *out) {
  if (v.tag == T_LONG) return long_to_i64(vm, v, out);
  return lib_to_int(vm, v, out);
}

/* The 32-bit words of a non-negative integer value (int or long), least
** significant first. */
static bool int_words(VM *vm, Value n, uint32_t **out, size_t *len) {
  if (n.tag == T_INT || n.tag == T_BOOL) {
    uint64_t u = (uint64_t)n.u.i;
    uint32_t *k = gc_alloc_atomic(2 * sizeof(uint32_t));
    if (!k) { vm_raise(vm, vm->exc_MemoryError, ""); return false; }
    k[0] = (uint32_t)u;
    k[1] = (uint32_t)(u >> 32);
    *out = k;
    *len = k[1] ? 2 : 1;
    return true;
  }
  /* A long: peel 32 bits at a time with the generic operators. */
  size_t cap = 8, used = 0;
  uint32_t *k = gc_alloc_atomic(cap * sizeof(uint32_t));
  if (!k) { vm_raise(vm, vm->exc_MemoryError, ""); return false; }
  Value mask = v_int(0xffffffffLL), shift = v_int(32);
  for (;;) {
    int z = vm_truthy(vm, n);
    if (z < 0) return false;
    if (!z) break;
    Value w = vm_binop(vm, OP_BINARY_AND, n, mask);
    if (v_isnull(w)) return false;
    int64_t wi;
    if (!int_val(vm, w, &wi)) return false;
    if (used == cap) {
      uint32_t *nk = gc_alloc_atomic(2 * cap * sizeof(uint32_t));
      if (!nk) { vm_raise(vm, vm->exc_MemoryError, ""); return false; }
      memcpy(nk, k, used * sizeof(uint32_t));
      k = nk;
      cap *= 2;
    }
    k[used++] = (uint32_t)wi;
    n = vm_binop(vm, OP_BINARY_RSHIFT, n, shift);
    if (v_isnull(n)) return false;
  }
  if (used == 0) k[used++] = 0;
  *out = k;
  *len = used;
  return true;
}

static bool do_seed(VM *vm, RandomObj *self, Value arg) {
  if (v_isnull(arg) || v_isnone(arg)) return seed_from_os(self);
  Value n;
  if (arg.tag == T_INT || arg.tag == T_BOOL) {
    int64_t i = arg.u.i;
    if (i < 0) {
      uint32_t key[2];
      uint64_t u = (uint64_t)0 - (uint64_t)i;
      key[0] = (uint32_t)u;
      key[1] = (uint32_t)(u >> 32);
      init_by_array(self, key, key[1] ? 2 : 1);
      return true;
    }
    n = v_int(i);
  } else if (arg.tag == T_LONG) {
    Value f = dict_get_str(vm, vm->builtins, str_intern_cstr(vm, "abs"));
    n = vm_call1(vm, f, arg);
    if (v_isnull(n)) return false;
  } else {
    int64_t h;
    if (!vm_hash(vm, arg, &h)) return false;
    uint64_t u = (uint64_t)h;   /* PyLong_FromUnsignedLong((unsigned long)hash) */
    uint32_t key[2] = { (uint32_t)u, (uint32_t)(u >> 32) };
    init_by_array(self, key, key[1] ? 2 : 1);
    return true;
  }
  uint32_t *key;
  size_t klen;
  if (!int_words(vm, n, &key, &klen)) return false;
  init_by_array(self, key, klen);
  return true;
}

/* ---- the Random type --------------------------------------------------------------------- */

static Value random_ctor(VM *vm, int argc, Value *argv, Dict *kw);

static RandomObj *self_of(VM *vm, Value v, const char *meth) {
  if (!std_is(v, random_ctor)) {
    std_bad_self(vm, meth, "_random.Random", v);
    return NULL;
  }
  return (RandomObj *)v.u.o;
}

static Value random_ctor(VM *vm, int argc, Value *argv, Dict *kw) {
  Class *cls = AS_CLASS(argv[0]);
  if (cls->ctor == random_ctor && !lib_nokw(vm, "Random()", kw)) return v_null();
  /* random_new seeds with the arguments, whatever the class (a subclass's
  ** __init__ usually seeds again). */
  if (!lib_nargs(vm, 'U', "seed", argc - 1, 0, 1)) return v_null();
  RandomObj *r = std_alloc(vm, cls, sizeof(RandomObj));
  if (!r) return v_null();
  r->state = gc_alloc_atomic(MT_N * sizeof(uint32_t));
  if (!r->state) return vm_raise(vm, vm->exc_MemoryError, "");
  if (!do_seed(vm, r, argc > 1 ? argv[1] : v_null())) return v_null();
  return v_obj(r);
}

static Value r_random(VM *vm, int argc, Value *argv, Dict *kw) {
  RandomObj *self = self_of(vm, argv[0], "random");
  if (!self) return v_null();
  if (argc != 1) return vm_raise(vm, vm->exc_TypeError, "random() takes no arguments (%d given)", argc - 1);
  return v_float(genrand_res53(self));
}

static Value r_seed(VM *vm, int argc, Value *argv, Dict *kw) {
  RandomObj *self = self_of(vm, argv[0], "seed");
  if (!self) return v_null();
  if (!lib_nokw(vm, "seed", kw) || !lib_nargs(vm, 'U', "seed", argc - 1, 0, 1)) return v_null();
  return do_seed(vm, self, argc > 1 ? argv[1] : v_null()) ? v_none() : v_null();
}

static Value r_getrandbits(VM *vm, int argc, Value *argv, Dict *kw) {
  RandomObj *self = self_of(vm, argv[0], "getrandbits");
  if (!self) return v_null();
  if (!lib_nargs(vm, 'P', "getrandbits", argc - 1, 1, 1)) return v_null();
  int64_t k;
  if (!int_val(vm, argv[1], &k)) return v_null();
  if (k <= 0) return vm_raise(vm, vm->exc_ValueError, "number of bits must be greater than zero");
  /* CPython 2.7 returns a long whatever k. */
  if (k <= 32) return long_from_u64(vm, genrand_int32(self) >> (32 - k));
  if (k <= 64) {
    uint64_t lo = genrand_int32(self), hi = genrand_int32(self);
    hi >>= (64 - k);
    return long_from_u64(vm, lo | (hi << 32));
  }
  /* Larger: build the value word by word with the generic operators (longs). */
  Value r = long_from_i64(vm, 0);
  if (v_isnull(r)) return r;
  int shift = 0;
  for (int64_t left = k; left > 0; left -= 32, shift += 32) {
    uint32_t w = genrand_int32(self);
    if (left < 32) w >>= (32 - left);
    Value wv = vm_binop(vm, OP_BINARY_LSHIFT, v_int(w), v_int(shift));
    if (v_isnull(wv)) return wv;
    r = vm_binop(vm, OP_BINARY_OR, r, wv);
    if (v_isnull(r)) return r;
  }
  return r;
}

static Value r_getstate(VM *vm, int argc, Value *argv, Dict *kw) {
  RandomObj *self = self_of(vm, argv[0], "getstate");
  if (!self) return v_null();
  if (argc != 1) return vm_raise(vm, vm->exc_TypeError, "getstate() takes no arguments (%d given)", argc - 1);
  Tuple *t = tuple_new(vm, MT_N + 1);
  if (!t) return v_null();
  for (int i = 0; i < MT_N; i++) {   /* longs, as CPython */
    t->items[i] = long_from_u64(vm, self->state[i]);
    if (v_isnull(t->items[i])) return v_null();
  }
  t->items[MT_N] = long_from_i64(vm, self->index);
  if (v_isnull(t->items[MT_N])) return v_null();
  return v_obj(t);
}

static Value r_setstate(VM *vm, int argc, Value *argv, Dict *kw) {
  RandomObj *self = self_of(vm, argv[0], "setstate");
  if (!self) return v_null();
  if (!lib_nargs(vm, 'O', "setstate", argc - 1, 1, 1)) return v_null();
  Value st = argv[1];
  if (st.tag != T_TUPLE) return vm_raise(vm, vm->exc_TypeError, "state vector must be a tuple");
  Tuple *t = AS_TUPLE(st);
  if (t->len != MT_N + 1) return vm_raise(vm, vm->exc_ValueError, "state vector is the wrong size");
  uint32_t tmp[MT_N];
  for (int i = 0; i < MT_N; i++) {
    Value v = t->items[i];
    int64_t x;
    if (v.tag == T_LONG) {
      Value m = vm_binop(vm, OP_BINARY_AND, v, v_int(0xffffffffLL));
      if (v_isnull(m) || !int_val(vm, m, &x)) return v_null();
    } else if (!lib_to_int(vm, v, &x)) {
      return v_null();
    }
    tmp[i] = (uint32_t)x;
  }
  int64_t idx;
  if (!int_val(vm, t->items[MT_N], &idx)) return v_null();
  if (idx < 0 || idx > MT_N) return vm_raise(vm, vm->exc_ValueError, "invalid state");
  memcpy(self->state, tmp, sizeof tmp);
  self->index = (int)idx;
  return v_none();
}

static Value r_jumpahead(VM *vm, int argc, Value *argv, Dict *kw) {
  RandomObj *self = self_of(vm, argv[0], "jumpahead");
  if (!self) return v_null();
  if (!lib_nargs(vm, 'O', "jumpahead", argc - 1, 1, 1)) return v_null();
  Value n = argv[1];
  if (n.tag != T_INT && n.tag != T_BOOL && n.tag != T_LONG)
    return vm_raise(vm, vm->exc_TypeError, "jumpahead requires an integer, not '%s'",
                    vm_type_name(vm, n));
  uint32_t *mt = self->state;
  for (int i = MT_N - 1; i > 1; i--) {
    int64_t j;
    if (n.tag == T_LONG) {
      Value r = vm_binop(vm, OP_BINARY_MOD, n, v_int(i));
      if (v_isnull(r) || !int_val(vm, r, &j)) return v_null();
    } else {
      j = n.u.i % i;
      if (j < 0) j += i;
    }
    uint32_t t = mt[i];
    mt[i] = mt[j];
    mt[j] = t;
  }
  for (int i = 0; i < MT_N; i++) mt[i] += (uint32_t)i + 1;
  self->index = MT_N;
  return v_none();
}

/* ---- fast paths used by random.py when random() is not overridden ------------------------ */

/* _random.Random._randbelow_fast(n): int(random() * n) for 0 < n < 2**53. */
static Value r_below(VM *vm, int argc, Value *argv, Dict *kw) {
  RandomObj *self = self_of(vm, argv[0], "_below");
  if (!self) return v_null();
  if (argc != 2 || argv[1].tag != T_INT)
    return vm_raise(vm, vm->exc_TypeError, "_below expects an int");
  return v_int((int64_t)(genrand_res53(self) * (double)argv[1].u.i));
}

/* _shuffle(list): CPython's shuffle loop with the builtin random(). */
static Value r_shuffle(VM *vm, int argc, Value *argv, Dict *kw) {
  RandomObj *self = self_of(vm, argv[0], "_shuffle");
  if (!self) return v_null();
  if (argc != 2 || argv[1].tag != T_LIST)
    return vm_raise(vm, vm->exc_TypeError, "_shuffle expects a list");
  List *l = AS_LIST(argv[1]);
  for (int64_t i = l->len - 1; i > 0; i--) {
    int64_t j = (int64_t)(genrand_res53(self) * (double)(i + 1));
    if (i >= l->len || j >= l->len) break;
    Value t = l->items[i];
    l->items[i] = l->items[j];
    l->items[j] = t;
  }
  return v_none();
}

void lib_init_random(VM *vm) {
  Module *m = vm_add_module(vm, "_random");
  if (!m) return;
  Class *c = std_class(vm, "Random", "_random", random_ctor);
  if (!c) return;
  vm_add_method(vm, c, "random", r_random, 0, -1, false);
  vm_add_method(vm, c, "seed", r_seed, 0, -1, true);
  vm_add_method(vm, c, "getrandbits", r_getrandbits, 0, -1, false);
  vm_add_method(vm, c, "getstate", r_getstate, 0, -1, false);
  vm_add_method(vm, c, "setstate", r_setstate, 0, -1, false);
  vm_add_method(vm, c, "jumpahead", r_jumpahead, 0, -1, false);
  vm_add_method(vm, c, "_below", r_below, 0, -1, false);
  vm_add_method(vm, c, "_shuffle", r_shuffle, 0, -1, false);
  std_set(vm, m->dict, "Random", v_obj(c));
}
