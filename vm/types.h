/*
** types.h: the builtin data types (str, list, tuple, dict, set/frozenset, %
** formatting) beyond what object.h and vm.h declare. The generic protocol
** dispatch (obj_ops.c, obj_iter.c, obj_attr.c) and the builtins call these.
**
** Conventions: as everywhere, a function that can raise returns T_NULL / NULL /
** false / -1 with the exception pending in vm->exc. "int" results of
** predicates are 1 (true), 0 (false), -1 (raised).
**
** Hash contract shared with vm_hash (obj_ops.c), all as CPython 2.7 on a
** 64-bit build so that set iteration order matches CPython: str hashes are
** str_hash(s); an int i hashes to int_hash(i) below (bool as its int); a float
** to float_hash(d) (an integral float hashes as the equal int, so 1, 1.0 and
** True are one dict key); a tuple to tuple_hash, a frozenset to
** frozenset_hash.
*/
#ifndef RPY_TYPES_H
#define RPY_TYPES_H

#include <stdarg.h>
#include "vm.h"

/* ---- hashing helpers ------------------------------------------------------- */
static inline int64_t int_hash(int64_t i) { return i == -1 ? -2 : i; }

/* ---- type initialisation (called by obj_init_types after every builtin class
** exists: each adds its methods to vm->cls[T_...] with vm_add_method) ---- */
void str_init_type(VM *vm);     /* also sets vm->empty_str, vm->char_str[], fixes
                                   the class of strs interned before cls[T_STR] */
void list_init_type(VM *vm);
void tuple_init_type(VM *vm);   /* also sets vm->empty_tuple if still NULL */
void dict_init_type(VM *vm);
void set_init_type(VM *vm);     /* set and frozenset */

/* ---- str (obj_str.c) --------------------------------------------------------- */
/* str_printf's engine: printf formats plus %S (Str*) and %R (repr of a Value*).
** vm_raisev can format its message with it. NULL if a %R repr raised. */
Str *str_vprintf(VM *vm, const char *fmt, va_list ap);
Str *str_repr(VM *vm, Str *s);                       /* 'abc' with py2 escapes */
Value str_add(VM *vm, Str *a, Value b);              /* a + b; TypeError "cannot
                                                        concatenate 'str' and 'int' objects" */
Str *str_repeat(VM *vm, Str *s, int64_t n);          /* s * n (n <= 0: '') */
int str_contains(VM *vm, Str *s, Value item);        /* `item in s` (substring) */
Value str_join(VM *vm, Str *sep, Value iterable);    /* sep.join(iterable) */
/* Index of needle in hay[start:end], -1 if absent (pure helper). */
int64_t str_find_raw(const char *hay, int64_t hlen, const char *needle, int64_t nlen);

/* ---- sequences: indices and slices (obj_list.c) ------------------------------ */
/* Resolve a Slice (vm->cls[T_SLICE] object, fields None when omitted) against
** a sequence of length len, as CPython's PySlice_GetIndicesEx. Raises
** TypeError "slice indices must be integers or None or have an __index__
** method" and ValueError "slice step cannot be zero". */
bool slice_indices(VM *vm, Slice *sl, int64_t len, int64_t *start, int64_t *stop,
                   int64_t *step, int64_t *slicelen);
/* Turn an integer index value into a C index (int, bool, or an object with
** __index__ is not supported yet); false + TypeError "<what> indices must be
** integers, not <type>" otherwise. Does not bounds-check or wrap. */
bool seq_index_value(VM *vm, Value index, const char *what, int64_t *out);
/* A subscript of a sequence of length len, shared by list, tuple and str: a
** slice object gives *start, *step and the slice length *n (slice_indices) and
** returns 2; an integer index, wrapped once when negative, gives *start and
** returns 1. 0 raised: seq_index_value's TypeError, or IndexError(range_err)
** when out of range ("list index out of range"). */
int seq_subscript(VM *vm, Value index, int64_t len, const char *what, const char *range_err,
                  int64_t *start, int64_t *step, int64_t *n);
/* py2 comparison of two item arrays (lists with lists, tuples with tuples),
** lexicographic. op is CMP_LT..CMP_GE; the result may be any Value when an
** item comparison decides (as CPython). */
Value seq_richcompare(VM *vm, const Value *a, int64_t na, const Value *b, int64_t nb,
                      CmpOp op);
/* Three-way form for vm_cmp / cmp(): *out < 0, 0, > 0; -1 raised, else 0. */
int seq_cmp3(VM *vm, const Value *a, int64_t na, const Value *b, int64_t nb, int *out);
/* seq * n for str/list/tuple seq, n an int, a long or an object with
** __index__ (OverflowError "cannot fit 'long' into an index-sized integer"
** when it does not fit): TypeError "can't multiply sequence by non-int of
** type 'float'" otherwise. */
Value seq_repeat(VM *vm, Value seq, Value n);
/* The same for an explicit seq.__mul__(n) call: TypeError "'str' object cannot
** be interpreted as an index" for a non-integer n. */
Value seq_repeat_method(VM *vm, Value seq, Value n);
/* Add the slot methods list, tuple and str share (__getitem__, __len__,
** __contains__, __add__, __mul__, __rmul__, __getslice__) to cls, the class of
** tag T_LIST, T_TUPLE or T_STR. */
void seq_add_slot_methods(VM *vm, Class *cls, uint32_t tag);
/* Explicit rich comparison methods (list.__eq__(a, b)): same-family operands
** compare directly, NotImplemented otherwise; types_add_richcmp adds
** __lt__ .. __ge__ built on it to a builtin class. */
Value types_richcmp_method(VM *vm, Value a, Value b, CmpOp op);
void types_add_richcmp(VM *vm, Class *cls);

/* ---- list (obj_list.c) ----------------------------------------------------- */
Str *list_repr(VM *vm, List *l);                     /* [1, 2]; recursive: [...] */
int list_eq(VM *vm, List *a, List *b);
Value list_concat(VM *vm, List *a, Value b);         /* a + b; TypeError "can only
                                                        concatenate list (not "tuple") to list" */
List *list_repeat(VM *vm, List *l, int64_t n);
int list_contains(VM *vm, List *l, Value item);
bool list_delitem(VM *vm, List *l, Value index);     /* del l[i], del l[slice] */
bool list_extend(VM *vm, List *l, Value iterable);   /* also `l += iterable` */
bool list_insert(VM *vm, List *l, int64_t i, Value v);
List *list_slice(VM *vm, List *l, int64_t start, int64_t stop); /* clamped copy */
/* In-place stable sort with py2 keywords: cmp (T_NULL/None: vm_cmp), key
** (T_NULL/None: identity), reverse. */
bool list_sort(VM *vm, List *l, Value cmp, Value key, bool reverse);
/* sorted(iterable, cmp, key, reverse): a new sorted list, T_NULL on error. */
Value list_sorted(VM *vm, Value iterable, Value cmp, Value key, bool reverse);
void list_reverse(List *l);

/* ---- tuple (obj_list.c) ---------------------------------------------------- */
Str *tuple_repr(VM *vm, Tuple *t);                   /* (1,)  ()  (1, 2) */
int tuple_eq(VM *vm, Tuple *a, Tuple *b);
bool tuple_hash(VM *vm, Tuple *t, int64_t *out);     /* false: an item is unhashable */
Value tuple_concat(VM *vm, Tuple *a, Value b);       /* "can only concatenate tuple
                                                        (not "list") to tuple" */
Tuple *tuple_repeat(VM *vm, Tuple *t, int64_t n);
int tuple_contains(VM *vm, Tuple *t, Value item);
Tuple *tuple_slice(VM *vm, Tuple *t, int64_t start, int64_t stop);

/* ---- dict (obj_dict.c) ------------------------------------------------------ */
Str *dict_repr(VM *vm, Dict *d);                     /* {'a': 1}; recursive: {...} */
int dict_eq(VM *vm, Dict *a, Dict *b);
/* py2 dict ordering (cmp(d1, d2)): by length, then by the smallest differing
** key, then its value. -1 raised, else 0 and *out set. */
int dict_cmp3(VM *vm, Dict *a, Dict *b, int *out);
Value dict_getitem(VM *vm, Dict *d, Value key);      /* d[k]: KeyError(k) if missing */
bool dict_delitem(VM *vm, Dict *d, Value key);       /* del d[k]: KeyError(k) if missing */
int dict_contains(VM *vm, Dict *d, Value key);
Dict *dict_copy(VM *vm, Dict *d);
void dict_clear(VM *vm, Dict *d);
/* d.update(other): a dict, or an iterable of pairs (ValueError / TypeError as
** CPython: "dictionary update sequence element #0 has length 3; 2 is required"). */
bool dict_update(VM *vm, Dict *d, Value other);
bool dict_merge_kw(VM *vm, Dict *d, Dict *kw);       /* d.update(**kw) */
List *dict_keys(VM *vm, Dict *d);
List *dict_values(VM *vm, Dict *d);
List *dict_items(VM *vm, Dict *d);
/* Iterators over a dict, or over a set / frozenset: kind IT_DICT_KEYS /
** IT_DICT_VALUES / IT_DICT_ITEMS (sets: IT_DICT_KEYS only). vm_iter makes
** them with dict_iter_new; vm_next calls dict_iter_next for these kinds: the
** next key / value / (key, value) tuple, T_NULL with no exception at the end,
** RuntimeError "dictionary changed size during iteration" ("Set changed size
** during iteration"). */
Value dict_iter_new(VM *vm, Value dict_or_set, IterKind kind);
Value dict_iter_next(VM *vm, Iter *it);

/* ---- set / frozenset (obj_set.c) ----------------------------------------------- */
/* CPython 2.7's set table (open addressing, same probing and resizing), so
** that iteration order and repr match CPython for ints and strs. */
typedef struct SetEntry {
  Value key;        /* T_NULL aux 0: never used; T_NULL aux 1: dummy (deleted) */
  int64_t hash;
} SetEntry;
typedef struct Set {
  Obj h;            /* kind T_SET or T_FROZENSET */
  int64_t fill;     /* active + dummy entries */
  int64_t used;     /* active entries */
  int64_t mask;     /* table size - 1 */
  SetEntry *table;
  int64_t hash;     /* frozenset: -1 until computed */
} Set;
#define AS_SET(v) ((Set *)(v).u.o)
#define v_isanyset(v) ((v).tag == T_SET || (v).tag == T_FROZENSET)

Set *set_new(VM *vm, bool frozen);                   /* empty */
/* set(iterable) / frozenset(iterable); iterable T_NULL: empty. */
Set *set_from_iterable(VM *vm, Value iterable, bool frozen);
bool set_add(VM *vm, Set *s, Value key);
int set_contains(VM *vm, Set *s, Value key);         /* a set key is looked up as a
                                                        frozenset, as CPython */
int set_discard(VM *vm, Set *s, Value key);          /* 1 removed, 0 absent, -1 raised */
int64_t set_len(Set *s);
Str *set_repr(VM *vm, Set *s);                       /* set([1, 2]), frozenset([]) */
int set_eq(VM *vm, Set *a, Set *b);
bool frozenset_hash(VM *vm, Set *s, int64_t *out);
/* a | b, a & b, a - b, a ^ b and the INPLACE_ forms (in place for a set a).
** Returns T_NULL with NO exception when a or b is not a set/frozenset, so
** the dispatcher raises its usual "unsupported operand type(s)" error. The
** result's type follows a's (set or frozenset). */
Value set_binop(VM *vm, Opcode op, Value a, Value b);
/* ==, !=, <, <=, >, >= between a set and b: subset/superset order. With a
** non-set b: == False, != True, and for an ordering T_NULL with NO exception
** (NotImplemented: CPython 2 then falls back to its default ordering). */
Value set_richcompare(VM *vm, Set *a, Value b, CmpOp op);

/* ---- complex (obj_complex.c) ------------------------------------------------------ */
/* Complex numbers are instances of vm->cls_complex (a C struct after the
** Instance header); complex_init_type makes the class and binds the builtin
** name `complex` (call it once vm->builtins exists). */
void complex_init_type(VM *vm);
Value complex_new(VM *vm, double re, double im);
bool complex_check(VM *vm, Value v);                 /* a complex or a subclass */
bool complex_parts(VM *vm, Value v, double *re, double *im);  /* false: not complex */
Str *complex_repr(VM *vm, double re, double im);     /* (1+2j), 1j, (-0-1j) */

/* ---- shared inside the data-types area (obj_str.c) ------------------------------ */
/* A growable byte buffer (malloc'd; sbuf_finish turns it into a Str and frees
** it, sbuf_free just frees it). Out of memory sets b->oom; sbuf_finish then
** raises MemoryError. */
typedef struct SBuf { char *p; size_t len, cap; bool oom; } SBuf;
void sbuf_init(SBuf *b);
void sbuf_put(SBuf *b, const char *s, size_t n);
void sbuf_putc(SBuf *b, char c);
void sbuf_puts(SBuf *b, const char *s);
void sbuf_putstr(SBuf *b, Str *s);
void sbuf_fill(SBuf *b, char c, int64_t n);
Str *sbuf_finish(VM *vm, SBuf *b);
void sbuf_free(SBuf *b);
/* Argument count check for CFunc methods (nargs excludes self), with
** CPython's messages: name "f" gives "f() takes exactly one argument (0 given)"
** style; a name starting with '*' ("*get") gives "get expected at least 1
** arguments, got 0" style; a name starting with '#' ("#zfill") gives
** PyArg_ParseTuple's "zfill() takes exactly 1 argument (0 given)"; '@' a slot
** wrapper's "expected 1 arguments, got 0" ("@ " with CPython's leading space);
** '%' a "nn" slot wrapper's "function takes exactly 2 arguments (1 given)". */
bool types_nargs(VM *vm, const char *name, int nargs, int min, int max);
/* Repr recursion guard on vm->repr_active: 1 entered, 0 already active
** (print the [...] form), -1 raised. types_repr_leave after a 1. */
int types_repr_enter(VM *vm, Value container);
void types_repr_leave(VM *vm, Value container);
/* Raise an exception of class cls with one argument v (KeyError(key)). */
void types_raise_with(VM *vm, Class *cls, Value v);
/* Hash and equality of dict/set keys: fast paths for str, int, bool, float,
** None, tuple; vm_hash / vm_equal otherwise. */
bool types_hash(VM *vm, Value key, int64_t *out);
int types_key_eq(VM *vm, Value a, Value b);
/* CPython's hash of an integral value too large for int64 (long hash), and
** the hash of a float, _Py_HashDouble of Python 2.7. */
int64_t float_hash(double d);

/* ---- protocols area notes ------------------------------------------------------ */
/* vm_hash uses float_hash (obj_format.c) for floats. vm_iter gives dict/set iterators from dict_iter_new their
** CPython class (dictionary-keyiterator, setiterator, ...: vm->cls_iter[kind],
** vm->cls_setiter); dict_iter_new may set them itself. vm_compare calls
** set_richcompare only when both operands are sets (CPython 2.7.18's set
** returns NotImplemented for a non-set, so `set() < []` uses the default
** ordering: False, no TypeError). */

#endif
