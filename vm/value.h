/*
** value.h: the tagged value every slot of the VM holds.
**
** A Value is 16 bytes: a tag and a payload, like Lua's TValue. Immediates (None,
** bool, int, float) live in the payload unboxed. For heap objects the tag is the
** object's kind (>= T_STR), so a type test such as "is this a list" is one
** compare on the tag with no memory load. Pointers are stored unmodified so that
** Boehm's conservative scan sees them.
**
** T_NULL is not a Python value: it marks "no value" (an empty slot, an unbound
** local, or the error return of a function that raised: the exception is then
** pending in vm->exc).
*/
#ifndef RPY_VALUE_H
#define RPY_VALUE_H

#include <stdint.h>
#include <stdbool.h>
#include <stddef.h>

struct Obj;

/* Immediate tags, then one tag per heap object kind (X-macro: name). The
** object kinds double as Obj.kind. */
#define VALUE_IMMEDIATE_TAGS(_) _(NULL) _(NONE) _(BOOL) _(INT) _(FLOAT)

#define OBJ_KINDS(_) \
  _(STR) _(LONG) _(TUPLE) _(LIST) _(DICT) _(SET) _(FROZENSET) \
  _(FUNC) _(CFUNC) _(BOUND) _(CODE) _(CELL) _(CLASS) _(INSTANCE) _(MAP) \
  _(MODULE) _(SLICE) _(XRANGE) _(ITER) _(TRACEBACK) _(FILE) _(PROPERTY) \
  _(STATICMETHOD) _(CLASSMETHOD) _(SUPER) _(GENERATOR) _(FRAME) _(NATIVE)

typedef enum {
#define VT_ENUM(n) T_##n,
  VALUE_IMMEDIATE_TAGS(VT_ENUM)
  OBJ_KINDS(VT_ENUM)
#undef VT_ENUM
  T__MAX
} ValueTag;

#define T_FIRSTOBJ T_STR

typedef struct Value {
  uint32_t tag;     /* ValueTag */
  uint32_t aux;     /* free for the owner of the slot (0 in general) */
  union {
    int64_t i;      /* T_INT, T_BOOL (0/1) */
    double f;       /* T_FLOAT */
    struct Obj *o;  /* tag >= T_FIRSTOBJ */
    void *p;
  } u;
} Value;

/* Constructors. */
static inline Value v_null(void) { Value v = {T_NULL, 0, {.i = 0}}; return v; }
static inline Value v_none(void) { Value v = {T_NONE, 0, {.i = 0}}; return v; }
static inline Value v_bool(bool b) { Value v = {T_BOOL, 0, {.i = b ? 1 : 0}}; return v; }
static inline Value v_int(int64_t i) { Value v = {T_INT, 0, {.i = i}}; return v; }
static inline Value v_float(double f) { Value v = {T_FLOAT, 0, {.f = f}}; return v; }
/* v_obj is defined in object.h (it reads the object's kind). */

/* Tests. */
#define v_isnull(v)   ((v).tag == T_NULL)
#define v_isnone(v)   ((v).tag == T_NONE)
#define v_isbool(v)   ((v).tag == T_BOOL)
#define v_isint(v)    ((v).tag == T_INT)
#define v_isfloat(v)  ((v).tag == T_FLOAT)
#define v_isobj(v)    ((v).tag >= T_FIRSTOBJ)
#define v_is(v, T)    ((v).tag == T_##T)

/* Identity, as Python's `is`: same tag and same payload (ints and floats
** compare by value, which is what CPython's small-int/float caching makes
** observable for the values programs test with `is`). */
static inline bool v_same(Value a, Value b) {
  return a.tag == b.tag && a.u.i == b.u.i;
}

#endif
