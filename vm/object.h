/*
** object.h: layout of every heap object and the per-type C APIs.
**
** Every heap object starts with an Obj header: its kind (the same number as the
** Value tag that points at it) and its class. Builtin objects point at the
** VM's builtin class for their kind (vm->cls[kind]); instances point at their
** user class. Strings are allocated atomic (Boehm does not scan them): their
** cls pointer is always a VM-rooted builtin class, so that is safe.
**
** Functions that can raise return a Value with tag T_NULL (or NULL / false /
** -1 as documented) and leave the exception pending in vm->exc.
*/
#ifndef RPY_OBJECT_H
#define RPY_OBJECT_H

#include "value.h"
#include <stdio.h>

typedef struct VM VM;
typedef struct Obj Obj;
typedef struct Str Str;
typedef struct Tuple Tuple;
typedef struct List List;
typedef struct Dict Dict;
typedef struct Class Class;
typedef struct Map Map;
typedef struct Instance Instance;
typedef struct Code Code;
typedef struct Func Func;
typedef struct CFunc CFunc;
typedef struct Module Module;

/* Native functions: argv[0..argc-1] positional, kw NULL or a dict of keyword
** arguments (str -> value). Methods of builtin types get self as argv[0].
** Return T_NULL with an exception pending on error. */
typedef Value (*CFn)(VM *vm, int argc, Value *argv, Dict *kw);

struct Obj {
  uint32_t kind;    /* ValueTag of this object */
  uint32_t flags;   /* per-kind flags */
  Class *cls;       /* the object's class (type(x)) */
};

static inline Value v_obj(void *o) {
  Value v;
  v.tag = ((Obj *)o)->kind;
  v.aux = 0;
  v.u.o = (Obj *)o;
  return v;
}
#define AS_OBJ(v)      ((v).u.o)
#define AS_STR(v)      ((Str *)(v).u.o)
#define AS_TUPLE(v)    ((Tuple *)(v).u.o)
#define AS_LIST(v)     ((List *)(v).u.o)
#define AS_DICT(v)     ((Dict *)(v).u.o)
#define AS_CLASS(v)    ((Class *)(v).u.o)
#define AS_INSTANCE(v) ((Instance *)(v).u.o)
#define AS_FUNC(v)     ((Func *)(v).u.o)
#define AS_CFUNC(v)    ((CFunc *)(v).u.o)
#define AS_CODE(v)     ((Code *)(v).u.o)
#define AS_MODULE(v)   ((Module *)(v).u.o)

/* ---- str ---------------------------------------------------------------- */

#define STR_INTERNED 1u  /* Obj.flags: this is the VM's interned copy */

struct Str {
  Obj h;
  int64_t hash;     /* -1 until computed */
  int64_t len;
  char data[];      /* len bytes, then a NUL */
};

Str *str_new(VM *vm, const char *s, size_t len);      /* copies */
Str *str_from_cstr(VM *vm, const char *s);
Str *str_alloc(VM *vm, size_t len);                    /* data to fill; NUL added */
Str *str_intern(VM *vm, Str *s);                       /* the interned copy */
Str *str_intern_cstr(VM *vm, const char *s);           /* identifiers: use this */
Str *str_printf(VM *vm, const char *fmt, ...);         /* C printf into a new str */
Str *str_concat(VM *vm, Str *a, Str *b);
int64_t str_hash(Str *s);
bool str_eq(Str *a, Str *b);
int str_cmp(Str *a, Str *b);                           /* <0, 0, >0 */
Value str_getitem(VM *vm, Str *s, Value index);        /* s[i], s[slice] */

/* ---- tuple / list ------------------------------------------------------- */

struct Tuple {
  Obj h;
  int64_t len;
  int64_t hash;     /* -1 until computed */
  Value items[];
};

struct List {
  Obj h;
  int64_t len;
  int64_t cap;
  Value *items;     /* GC-scanned array of cap slots */
};

Tuple *tuple_new(VM *vm, int64_t len);                 /* items set to None */
Tuple *tuple_from(VM *vm, int64_t len, const Value *items);
List *list_new(VM *vm, int64_t len);                   /* items set to None */
List *list_from(VM *vm, int64_t len, const Value *items);
bool list_append(VM *vm, List *l, Value v);            /* false on MemoryError */
Value list_getitem(VM *vm, List *l, Value index);      /* l[i], l[slice] */
bool list_setitem(VM *vm, List *l, Value index, Value v);
Value tuple_getitem(VM *vm, Tuple *t, Value index);

/* ---- dict --------------------------------------------------------------- */

typedef struct DictEntry {
  Value key;        /* T_NULL: deleted */
  Value value;
  int64_t hash;
} DictEntry;

struct Dict {
  Obj h;
  int64_t used;     /* live entries */
  int64_t nentries; /* entries[] slots in use, deleted ones included */
  int64_t cap;      /* entries[] capacity */
  int64_t mask;     /* index table size - 1 */
  int32_t *index;   /* atomic: -1 empty, -2 deleted, else entry number */
  DictEntry *entries;
  uint64_t layout;  /* bumped on insert of a new key, delete, resize: a cached
                       entry number stays valid while layout is unchanged */
};

Dict *dict_new(VM *vm);
/* Lookups return T_NULL with no exception when the key is missing; T_NULL with
** an exception pending when hashing/comparing raised: check vm->exc. */
Value dict_get(VM *vm, Dict *d, Value key);
Value dict_get_str(VM *vm, Dict *d, Str *interned_key); /* fast path, never raises */
int64_t dict_find_str(Dict *d, Str *interned_key);      /* entry number or -1 */
bool dict_set(VM *vm, Dict *d, Value key, Value value); /* false if raised */
bool dict_set_str(VM *vm, Dict *d, Str *interned_key, Value value);
int dict_del(VM *vm, Dict *d, Value key);               /* 1 deleted, 0 missing, -1 raised */
/* Iterate: for (int64_t i = 0; dict_next(d, &i, &k, &v); ) ... */
bool dict_next(Dict *d, int64_t *pos, Value *key, Value *value);

/* ---- classes, maps, instances ------------------------------------------- */

/* Class.flags */
#define CLS_BUILTIN     1u   /* a builtin type (int, list, ...) */
#define CLS_EXCEPTION   2u   /* BaseException or a subclass */
#define CLS_HAS_GETATTR 4u   /* defines __getattr__ (looked up on miss) */
#define CLS_HAS_SETATTR 8u   /* defines __setattr__ */
#define CLS_FINAL      16u   /* may not be subclassed (bool, function, ...) */

struct Class {
  Obj h;
  Str *name;            /* "int", "Point" */
  Str *module;          /* "__main__", NULL for builtins */
  Tuple *bases;
  Tuple *mro;           /* C3 linearisation, self first */
  Dict *dict;           /* the class namespace */
  Map *root_map;        /* empty map instances start from */
  uint32_t inst_kind;   /* ValueTag of its instances: T_INSTANCE for user classes */
  CFn ctor;             /* builtin constructor, called for cls(...) with argv[0] = the
                           class being instantiated (a subclass may inherit it); NULL
                           for plain user classes (instance_new + __init__) */
};

/* A map (hidden class): the attribute layout shared by instances that gained
** the same attributes in the same order. */
struct Map {
  Obj h;
  Map *parent;          /* NULL for a root map */
  Class *owner;         /* the class whose instances use it */
  Str *name;            /* the attribute this map added (interned) */
  int32_t index;        /* its slot number */
  int32_t nattrs;       /* slots in instances with this map */
  Dict *transitions;    /* name -> Map, created lazily */
  Dict *lookup;         /* name -> int index, built lazily for long chains */
};

struct Instance {
  Obj h;                /* h.cls is the instance's class */
  Map *map;
  Value *slots;         /* map->nattrs values, capacity grows */
  int32_t cap;
};

Map *map_new_root(VM *vm, Class *owner);
int32_t map_lookup(VM *vm, Map *m, Str *interned_name);  /* slot or -1 */
Map *map_add(VM *vm, Map *m, Str *interned_name);        /* transition (cached) */
Instance *instance_new(VM *vm, Class *cls);
Value instance_getattr_slot(Instance *o, Str *name);     /* T_NULL if absent */

/* Class creation: computes the MRO, flags, map. Raises TypeError on a bad MRO. */
Class *class_new(VM *vm, Str *name, Tuple *bases, Dict *dict);
/* Find an attribute along the MRO, T_NULL if absent (never raises). */
Value class_lookup(VM *vm, Class *cls, Str *interned_name);
bool class_is_subclass(Class *sub, Class *sup);

/* ---- functions, code, cells, bound methods ------------------------------ */

/* Code.flags */
#define CO_VARARGS    0x0001
#define CO_VARKEYWORDS 0x0002
#define CO_NEWLOCALS  0x0004  /* function: locals are fast slots */
#define CO_MODULE     0x0008  /* module body: names go to globals dict */
#define CO_CLASSBODY  0x0010  /* class body: names go to a locals dict */
#define CO_GENERATOR  0x0020
#define CO_HAS_LOOP   0x0040  /* contains a loop (JIT inlining rule) */
#define CO_NESTED     0x0080
#define CO_FUTURE_DIVISION 0x0100
#define CO_FUTURE_PRINT    0x0200
#define CO_LAMBDA     0x0400

/* An exception-table entry: an exception raised at a pc in [start, end) is
** handled at `handler` with the value stack cut back to `depth` entries
** (above the frame's locals/cells), then the traceback and the exception value
** pushed (exception on top). Entries are ordered innermost first. */
typedef struct ExcEntry {
  int32_t start, end, handler, depth;
} ExcEntry;

/* Inline cache, one per instruction that uses it (indexed by pc). */
typedef struct ICache {
  void *key;            /* map / class / dict the entry is valid for */
  uint64_t version;     /* dict layout or vm->class_epoch it was filled at */
  int64_t index;        /* slot or entry number */
  Value value;          /* cached value (e.g. a method) */
} ICache;

struct Code {
  Obj h;
  uint32_t *insns;      /* atomic; see opcodes.h for the encoding */
  int32_t ninsns;
  int32_t flags;        /* CO_* */
  int32_t argcount;     /* positional parameters (not counting *args and **kw) */
  int32_t nlocals;      /* fast locals, parameters first, then *args, **kw */
  int32_t ncells;       /* cellvars: locals captured by inner functions */
  int32_t nfrees;       /* freevars: cells received from the enclosing function */
  int32_t stacksize;    /* maximum value stack depth */
  int32_t nconsts, nnames, nexc;
  int32_t firstline;
  Value *consts;        /* constants: None, ints, floats, strs, Code, tuples */
  Str **names;          /* interned: globals, attributes, imports */
  Str **varnames;       /* nlocals interned local names */
  Str **cellnames;      /* ncells names */
  Str **freenames;      /* nfrees names */
  int32_t *cell2arg;    /* ncells entries: param index a cell starts from, or -1 */
  ExcEntry *exc;        /* nexc entries */
  int32_t *lines;       /* atomic: source line of each instruction */
  Str *name;            /* "f", "<module>", "<lambda>", "C" (class body) */
  Str *filename;
  ICache *cache;        /* ninsns entries, for the ops that use one */
  uint16_t *hot;        /* atomic: per-instruction hot counters (loop headers), JIT */
  void *jit;            /* JIT state of this code object (opaque) */
};

struct Func {
  Obj h;
  Code *code;
  Dict *globals;
  Module *module;
  Tuple *defaults;      /* NULL if none */
  Tuple *closure;       /* cells for code->nfrees, NULL if none */
  Str *name;
  Value doc;
  Dict *attrs;          /* func.__dict__, NULL until used */
  int32_t hot;          /* call counter (function_threshold) */
};


struct CFunc {
  Obj h;
  CFn fn;
  Str *name;
  Value self;           /* bound receiver, or T_NULL */
  Value data;           /* free for the implementation (e.g. a module) */
  int16_t minargs, maxargs; /* positional arity check done by the caller; maxargs -1 = any */
  bool takes_kw;        /* false: keyword arguments raise TypeError before the call */
};

typedef struct Cell {
  Obj h;
  Value v;              /* T_NULL while unbound */
} Cell;

typedef struct Bound {  /* bound method */
  Obj h;
  Value self;
  Value func;
} Bound;

struct Module {
  Obj h;
  Str *name;
  Dict *dict;           /* module globals */
  Str *file;            /* NULL for builtin modules */
};

typedef struct Slice {
  Obj h;
  Value start, stop, step;  /* None when omitted */
} Slice;

typedef struct XRange {
  Obj h;
  int64_t start, stop, step, len;
} XRange;

/* Generic iterator over the builtin containers (list, tuple, str, dict views,
** xrange): what GET_ITER makes for them. */
typedef enum { IT_LIST, IT_TUPLE, IT_STR, IT_DICT_KEYS, IT_DICT_VALUES,
               IT_DICT_ITEMS, IT_RANGE, IT_SEQ, IT_CALLABLE, IT_CUSTOM } IterKind;
typedef struct Iter {
  Obj h;
  IterKind ikind;
  Value seq;            /* the container */
  int64_t pos;          /* next index / range value */
  int64_t stop, step;   /* IT_RANGE: bounds */
  Value extra;          /* free for the iterator kind */
} Iter;

typedef struct Traceback { /* one frame of a traceback, outermost first */
  Obj h;
  struct Traceback *next;
  Code *code;
  int32_t line;
} Traceback;

typedef struct Property {
  Obj h;
  Value fget, fset, fdel, doc;
} Property;

typedef struct Wrapper {  /* staticmethod / classmethod */
  Obj h;
  Value func;
} Wrapper;

#endif
