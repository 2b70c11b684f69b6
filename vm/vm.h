/*
** vm.h: the VM state and the runtime API every part of the VM calls.
**
** Everything mutable hangs off one VM struct, so several VMs can live in one
** process. The VM struct is allocated uncollectable in the GC heap, so Boehm
** scans it and everything reachable from it (classes, modules, the value
** stack, frames).
**
** Error convention: a function that can raise returns T_NULL (Value), NULL
** (pointer), -1 (int) or false (bool) as its prototype says, with the
** exception pending in vm->exc. Callers propagate it unchanged.
*/
#ifndef RPY_VM_H
#define RPY_VM_H

#include <stdarg.h>
#include <stdio.h>
#include "value.h"
#include "object.h"
#include "opcodes.h"
#include "../jit/jit_params.h"

/* ---- builtin exception hierarchy (X-macro: name, base) ------------------ */
#define VM_EXCEPTIONS(_) \
  _(BaseException, NONE) \
  _(SystemExit, BaseException) \
  _(KeyboardInterrupt, BaseException) \
  _(GeneratorExit, BaseException) \
  _(Exception, BaseException) \
  _(StopIteration, Exception) \
  _(StandardError, Exception) \
  _(BufferError, StandardError) \
  _(ArithmeticError, StandardError) \
  _(FloatingPointError, ArithmeticError) \
  _(OverflowError, ArithmeticError) \
  _(ZeroDivisionError, ArithmeticError) \
  _(AssertionError, StandardError) \
  _(AttributeError, StandardError) \
  _(EnvironmentError, StandardError) \
  _(IOError, EnvironmentError) \
  _(OSError, EnvironmentError) \
  _(EOFError, StandardError) \
  _(ImportError, StandardError) \
  _(LookupError, StandardError) \
  _(IndexError, LookupError) \
  _(KeyError, LookupError) \
  _(MemoryError, StandardError) \
  _(NameError, StandardError) \
  _(UnboundLocalError, NameError) \
  _(ReferenceError, StandardError) \
  _(RuntimeError, StandardError) \
  _(NotImplementedError, RuntimeError) \
  _(SyntaxError, StandardError) \
  _(IndentationError, SyntaxError) \
  _(TabError, IndentationError) \
  _(SystemError, StandardError) \
  _(TypeError, StandardError) \
  _(ValueError, StandardError) \
  _(UnicodeError, ValueError) \
  _(UnicodeDecodeError, UnicodeError) \
  _(UnicodeEncodeError, UnicodeError) \
  _(UnicodeTranslateError, UnicodeError) \
  _(Warning, Exception) \
  _(UserWarning, Warning) \
  _(DeprecationWarning, Warning) \
  _(PendingDeprecationWarning, Warning) \
  _(SyntaxWarning, Warning) \
  _(RuntimeWarning, Warning) \
  _(FutureWarning, Warning) \
  _(ImportWarning, Warning) \
  _(UnicodeWarning, Warning) \
  _(BytesWarning, Warning)

/* ---- identifiers the VM needs often, interned once (X-macro) ------------- */
#define VM_NAMES(_) \
  _(__init__) _(__new__) _(__del__) _(__repr__) _(__str__) _(__call__) \
  _(__getattr__) _(__getattribute__) _(__setattr__) _(__delattr__) \
  _(__get__) _(__set__) _(__delete__) \
  _(__getitem__) _(__setitem__) _(__delitem__) _(__contains__) _(__len__) \
  _(__iter__) _(next) _(__nonzero__) _(__hash__) _(__eq__) _(__ne__) \
  _(__lt__) _(__le__) _(__gt__) _(__ge__) _(__cmp__) \
  _(__add__) _(__radd__) _(__iadd__) _(__sub__) _(__rsub__) _(__isub__) \
  _(__mul__) _(__rmul__) _(__imul__) _(__div__) _(__rdiv__) _(__idiv__) \
  _(__truediv__) _(__rtruediv__) _(__itruediv__) \
  _(__floordiv__) _(__rfloordiv__) _(__ifloordiv__) \
  _(__mod__) _(__rmod__) _(__imod__) _(__pow__) _(__rpow__) _(__ipow__) \
  _(__lshift__) _(__rlshift__) _(__ilshift__) _(__rshift__) _(__rrshift__) _(__irshift__) \
  _(__and__) _(__rand__) _(__iand__) _(__or__) _(__ror__) _(__ior__) \
  _(__xor__) _(__rxor__) _(__ixor__) \
  _(__neg__) _(__pos__) _(__abs__) _(__invert__) _(__int__) _(__float__) \
  _(__long__) _(__index__) _(__hex__) _(__oct__) \
  _(__enter__) _(__exit__) _(__name__) _(__module__) _(__doc__) _(__file__) \
  _(__dict__) _(__class__) _(__bases__) _(__mro__) _(__slots__) _(__main__) \
  _(__builtins__) _(__all__) _(__path__) _(__package__) _(__metaclass__) \
  _(args) _(message) _(code) _(errno) _(strerror) _(filename) _(lineno) \
  _(offset) _(text) _(msg) _(write) _(flush) _(softspace) _(self) \
  _(range) _(xrange) _(len) _(keys) _(items) _(values) _(append) _(sort) \
  _(key) _(reverse) _(cmp) _(sep) _(end) _(file) _(send) _(throw) _(close) \
  _(greens) _(reds) _(autoreds) _(check_untranslated)

/* ---- frames ------------------------------------------------------------- */

typedef struct Frame {
  Code *code;
  Func *func;              /* NULL for module bodies, class bodies, exec */
  Value *base;             /* locals[nlocals], then cells[ncells+nfrees], then the value stack */
  Value *sp;               /* stack top, saved while a callee runs */
  uint32_t pc;             /* instruction being executed (saved before anything that can raise) */
  Dict *globals;
  Dict *locals;            /* module/class bodies (LOAD_NAME); == globals for modules */
  Dict *builtins;
  struct Frame *prev;      /* caller */
  Value handled_exc;       /* the exception an except clause is handling (bare raise, exc_info) */
  Value handled_tb;
  bool c_entry;            /* returning from this frame returns from vm_run_frame() */
  int32_t line;            /* scratch for tracebacks */
  /* -- interpreter area -- */
  bool is_init;            /* __init__ run by a class call inside the loop: it must
                              return None, and the instance (already in the caller's
                              result slot) is the call's value */
  struct Generator *gen;   /* the generator this frame runs, NULL for ordinary frames
                              (code pushing frames by hand must set it to NULL) */
  int32_t rec_extra;       /* recursion-depth units the call that made this frame
                              added beyond the frame itself (vm->rec_extra); undone by
                              vm_pop_frame. Code pushing frames by hand sets it to 0. */
} Frame;

/* ---- the VM ------------------------------------------------------------- */

typedef void (*VMWriteFn)(void *ud, const char *s, size_t n);

typedef struct VMConfig {
  int recursion_limit;     /* default 1000, like CPython */
  JitParams jit;
  VMWriteFn out, err;      /* NULL: stdout / stderr */
  void *out_ud, *err_ud;
  const char **path;       /* module search path entries (NULL-terminated), may be NULL */
} VMConfig;

struct VM {
  VMConfig cfg;

  /* builtin classes: one per object kind and immediate tag (cls[T_INT] is
  ** int, cls[T_LIST] is list, ...), plus object and type. */
  Class *cls[T__MAX];
  Class *cls_object, *cls_type, *cls_basestring, *cls_unicode;
#define VM_EXC_FIELD(name, base) Class *exc_##name;
  VM_EXCEPTIONS(VM_EXC_FIELD)
#undef VM_EXC_FIELD

  /* interned identifiers */
  Dict *interned;          /* str -> same str */
#define VM_NAME_FIELD(n) Str *s_##n;
  VM_NAMES(VM_NAME_FIELD)
#undef VM_NAME_FIELD
  Str *empty_str;
  Str *char_str[256];      /* one-byte strings, preallocated */
  Tuple *empty_tuple;

  /* modules */
  Dict *builtins;          /* the __builtin__ module's dict */
  Module *builtin_module;
  Module *main_module;
  Module *sys_module;
  Dict *modules;           /* sys.modules */
  List *sys_path;
  List *sys_argv;
  Value sys_stdout, sys_stderr, sys_stdin;  /* file objects */

  /* execution state */
  Value *stack;            /* value stack: frames' locals, cells and operands */
  Value *stack_end;
  Frame *frames;           /* frame array, frames[0..depth) in use */
  int depth;
  int max_depth;
  Frame *frame;            /* currently executing frame, NULL at top level */
  int c_depth;             /* nested C -> VM re-entries (bounded) */

  Value exc;               /* pending exception instance, T_NULL if none */
  Traceback *exc_tb;       /* its traceback, outermost frame first */

  uint64_t class_epoch;    /* bumped when any class namespace changes */
  int softspace;           /* print statement state for sys.stdout */
  int exit_code;           /* set by SystemExit handling in the CLI */

  void *jit;               /* jit/ state, NULL until the first trace (opaque) */
  void *host;              /* embedding API state (opaque) */

  /* -- data types area (vm/types.h) -- */
  List *repr_active;       /* containers whose repr is in progress ([...] on recursion) */
  Class *cls_dictview[3];  /* dict_keys, dict_values, dict_items (obj_dict.c) */
  Class *cls_complex;      /* complex (obj_complex.c) */

  /* -- protocols area (obj_types.c, obj_class.c, obj_ops.c, obj_attr.c, obj_iter.c) -- */
  Value not_implemented;   /* the NotImplemented singleton (an Instance of cls_notimpl) */
  Class *cls_notimpl;      /* NotImplementedType */
  Class *cls_iter[IT_CUSTOM + 1]; /* per-IterKind iterator classes (all kind T_ITER):
                              listiterator, tupleiterator, iterator, dictionary-keyiterator... */
  Class *cls_setiter;      /* setiterator (for dict_iter_new on a set) */
  Value obj_repr_fn, obj_str_fn, obj_init_fn, obj_setattr_fn; /* object's default methods */
  void *mcache;            /* class_lookup cache: (class, name) -> value, valid for one
                              class_epoch (obj_class.c) */
  Map *dict_map;           /* the map of instances in dict mode (live __dict__): slot 0
                              holds their attribute dict (obj_class.c) */

  /* -- interpreter area (vm.c, interp.c, call.c, exc.c, import.c) -- */
  Value builtin_range, builtin_xrange; /* builtins' range / xrange at init (CALL_ITER) */
  Frame **frame_chunks;    /* frames deeper than max_depth (vm_frame_slot), NULL until used */
  uintptr_t c_stack_low;   /* C stack guard: lowest address nested runs may reach */
  uintptr_t c_stack_thread;/* thread c_stack_low was computed for */
  int rec_extra;           /* recursion depth beyond the frame count, as CPython counts it:
                              one unit per active PyObject_Call-like C-level call into
                              Python (vm_rec_enter), so the limit and the "while
                              calling a Python object" wording match CPython 2 */

  /* -- builtins area (stdlib/lib*.c) -- */
  List *open_files;        /* files opened by open(), flushed before the next open */
  Class *cls_jitdriver;    /* rpython.rlib.jit.JitDriver */
  Class *cls_listrevit;    /* listreverseiterator (reversed(list)) */
  struct {                 /* jit_merge_point's driver fields: the slots of the
                              greens, reds, autoreds, check_untranslated
                              attributes under the map last seen (lib_jit.c) */
    Map *map;
    int32_t slot[4];
  } mp_cache;

  /* -- finalization area (vm/fin.c) -- */
  int fin_pending;         /* objects wait in fin_queue (set by any thread: relaxed
                              atomic reads; the interpreter polls it at every call
                              instruction, vm_fin_ready) */
  bool fin_running;        /* finalizers are running: no nested run */
  bool fin_used;           /* something was ever registered */
  void *fin_queue;         /* this VM's gc/ finalization queue (GCFinQueue) */
};

/* ---- lifecycle ---------------------------------------------------------- */
void vm_config_default(VMConfig *cfg);
VM *vm_new(const VMConfig *cfg);     /* NULL on out of memory */
void vm_free(VM *vm);

/* ---- running code ------------------------------------------------------- */
typedef enum { COMPILE_FILE, COMPILE_EVAL, COMPILE_SINGLE } CompileMode;
/* Compile source; on a syntax error raises SyntaxError (with filename, lineno,
** offset, text attributes) and returns NULL. */
Code *vm_compile(VM *vm, const char *src, size_t len, const char *filename,
                 CompileMode mode, int inherit_flags);
/* Run a code object as a module/eval body with the given namespaces. */
Value vm_exec_code(VM *vm, Code *code, Dict *globals, Dict *locals);
/* Run the interpreter on a frame pushed with vm_push_frame until it returns. */
Value vm_run_frame(VM *vm, Frame *f);
/* vm_run_frame for a frame f (pushed for a call) whose compiled code already
** ran and returned to the interpreter: continue at vm->frame (f or a frame
** above it, maybe with a pending exception) until f returns. */
Value vm_resume_frame(VM *vm, Frame *f);
Frame *vm_push_frame(VM *vm, Code *code, Func *func, Dict *globals, Dict *locals);
void vm_pop_frame(VM *vm);

/* ---- calls -------------------------------------------------------------- */
Value vm_call(VM *vm, Value f, int argc, Value *argv, Dict *kw);
Value vm_call0(VM *vm, Value f);
Value vm_call1(VM *vm, Value f, Value a);
Value vm_call2(VM *vm, Value f, Value a, Value b);
/* Look up name on obj's class (special-method lookup, not the instance) and
** call it with obj as self. T_NULL without an exception if the class has no
** such method (check vm->exc to tell). */
Value vm_call_special(VM *vm, Value obj, Str *name, int argc, Value *argv);
/* obj.name(*argv): normal attribute lookup then call. */
Value vm_call_method(VM *vm, Value obj, Str *name, int argc, Value *argv);
CFunc *cfunc_new(VM *vm, const char *name, CFn fn, int minargs, int maxargs, bool takes_kw);
Func *func_new(VM *vm, Code *code, Dict *globals, Module *module);

/* ---- exceptions --------------------------------------------------------- */
/* Raise cls(message formatted) and return T_NULL. printf format plus %S for a
** Str* and %R for the repr of a Value* (pointer to Value). */
Value vm_raise(VM *vm, Class *cls, const char *fmt, ...);
Value vm_raisev(VM *vm, Class *cls, const char *fmt, va_list ap);
/* Raise an exception object, class or (class, value) pair as `raise` does. */
Value vm_raise_obj(VM *vm, Value type, Value value, Value tb);
Value vm_new_exception(VM *vm, Class *cls, int argc, Value *argv);
bool vm_exc_matches(VM *vm, Class *cls);   /* pending exception is a cls */
void vm_exc_clear(VM *vm);
/* Print "Traceback (most recent call last):" ... "Type: message" like CPython. */
void vm_print_exception(VM *vm, Value exc, Traceback *tb);
/* Text of the pending exception as CPython prints it (for the API). */
Str *vm_format_exception(VM *vm, Value exc, Traceback *tb);
Traceback *traceback_push(VM *vm, Traceback *tb, Code *code, int line);
int code_line_at(Code *code, uint32_t pc);

/* ---- object protocols ------------------------------------------------------ */
static inline Class *vm_class_of(VM *vm, Value v) {
  return v.tag >= T_FIRSTOBJ ? v.u.o->cls : vm->cls[v.tag];
}
const char *vm_type_name(VM *vm, Value v);          /* "int", "Point" */
Value vm_getattr(VM *vm, Value o, Str *name);        /* AttributeError if missing */
Value vm_getattr_opt(VM *vm, Value o, Str *name);    /* T_NULL, no exception, if missing */
bool vm_setattr(VM *vm, Value o, Str *name, Value v);
bool vm_delattr(VM *vm, Value o, Str *name);
Value vm_getitem(VM *vm, Value o, Value key);
bool vm_setitem(VM *vm, Value o, Value key, Value v);
bool vm_delitem(VM *vm, Value o, Value key);
Value vm_binop(VM *vm, Opcode op, Value a, Value b); /* BINARY_* and INPLACE_* */
Value vm_unop(VM *vm, Opcode op, Value a);           /* UNARY_* */
Value vm_compare(VM *vm, CmpOp op, Value a, Value b);
int vm_equal(VM *vm, Value a, Value b);              /* 1, 0, -1 raised */
int vm_cmp(VM *vm, Value a, Value b, int *out);      /* three-way py2 cmp; -1 raised else 0 */
int vm_truthy(VM *vm, Value v);                      /* 1, 0, -1 raised */
bool vm_hash(VM *vm, Value v, int64_t *out);         /* false: raised (unhashable) */
Str *vm_str(VM *vm, Value v);                        /* str(v) */
Str *vm_repr(VM *vm, Value v);                       /* repr(v) */
Value vm_iter(VM *vm, Value o);                      /* iter(o) */
Value vm_next(VM *vm, Value it);                     /* T_NULL and no exception at the end */
bool vm_len(VM *vm, Value o, int64_t *out);
int vm_contains(VM *vm, Value container, Value item);/* 1, 0, -1 raised */
bool vm_isinstance(VM *vm, Value v, Class *cls);
Str *vm_format_percent(VM *vm, Str *fmt, Value args);/* str % args */
Value vm_to_list(VM *vm, Value iterable);            /* list(iterable) */
Value vm_to_tuple(VM *vm, Value iterable);
/* Float formatting as Python 2.7: repr (shortest round-trip, 17 digits max)
** and str (12 significant digits). buf needs 64 bytes. */
void float_repr(double d, char *buf);
void float_str(double d, char *buf);
/* int(text, base) parsing as Python 2 does it; raises ValueError. */
Value vm_int_from_str(VM *vm, const char *s, size_t len, int base);
Value vm_float_from_str(VM *vm, const char *s, size_t len);

/* ---- modules and output ------------------------------------------------------ */
Value vm_import(VM *vm, Str *name, Value fromlist, int level, Dict *globals);
Module *module_new(VM *vm, Str *name);
/* Register a builtin (C) module: name may be dotted ("rpython.rlib.jit"). */
Module *vm_add_module(VM *vm, const char *name);
void vm_add_function(VM *vm, Dict *d, const char *name, CFn fn, int minargs, int maxargs, bool kw);
void vm_add_method(VM *vm, Class *cls, const char *name, CFn fn, int minargs, int maxargs, bool kw);
void vm_write_out(VM *vm, const char *s, size_t n);  /* to the VM's stdout */
void vm_write_err(VM *vm, const char *s, size_t n);  /* to the VM's stderr */
void vm_flush(VM *vm);

/* ---- protocols area (obj_types.c, obj_class.c, obj_ops.c, obj_attr.c, obj_iter.c) ---- */
/* Class.flags beyond object.h's: some class of the MRO holds a data descriptor
** (property, or an object whose class defines __set__), so instance attribute
** lookup must consult the class before the instance slots. */
#define CLS_HAS_DESCR  32u
/* super(type, obj) objects: kind T_SUPER, class vm->cls[T_SUPER]. */
typedef struct Super {
  Obj h;
  Class *type;          /* lookup starts after this class in the MRO of... */
  Value obj;            /* ...type(obj), or obj itself when obj is a class */
  Class *objcls;        /* the class whose MRO is searched */
} Super;
Value vm_not_implemented(VM *vm);              /* the NotImplemented singleton */
/* A builtin class (CLS_BUILTIN, module NULL) with a single base (NULL: object). */
Class *class_new_builtin(VM *vm, const char *name, Class *base, uint32_t inst_kind,
                         uint32_t flags);
/* class_lookup that also reports the class of the MRO where name was found. */
Value class_lookup_owner(VM *vm, Class *cls, Str *interned_name, Class **owner);
/* Attribute lookup for a method call (LOAD_METHOD). Returns 1 when *out is an
** unbound callable (a Python function found on the class, or a CFUNC_METHOD
** CFunc) to be called with o prepended as the first argument; 0
** when *out is the attribute itself (already bound, or not a method); -1 when
** it raised (AttributeError included). */
int vm_load_method(VM *vm, Value o, Str *name, Value *out);
/* The descriptor step: what `cls.attr` / `obj.attr` yields for a value `attr`
** found in the dict of class `owner` (functions bind, staticmethod unwraps,
** classmethod binds the class, property calls fget, __get__ is called).
** self is T_NULL for an access through the class itself. */
Value vm_bind_attr(VM *vm, Value attr, Class *owner, Value self, Class *cls);
/* Add a property with C getter/setter (fn(vm, 1 or 2, [self, value], NULL)),
** setter may be NULL: read-only. For builtin types' data attributes. */
void vm_add_property(VM *vm, Class *cls, const char *name, CFn getter, CFn setter);
/* Instance attributes as a fresh dict (the __dict__ snapshot). */
Dict *instance_dict(VM *vm, Instance *o);
/* Raw instance slot store / delete (no descriptors, no __setattr__);
** delete returns 1 deleted, 0 absent, -1 raised. */
bool instance_setattr_slot(VM *vm, Instance *o, Str *interned_name, Value v);
int instance_delattr_slot(VM *vm, Instance *o, Str *interned_name);
/* Builtin class plumbing: set the single base (and MRO) of a class made by
** hand; recompute CLS_HAS_GETATTR/SETATTR/DESCR after the namespace changed. */
void class_set_base(VM *vm, Class *c, Class *base);
void class_update_flags(VM *vm, Class *cls);
void *class_mcache_new(void);                /* the lookup cache vm->mcache */
/* type(name, bases, dict): class_new without BUILD_CLASS's "Error when calling
** the metaclass bases" message prefix. */
Class *class_new_noprefix(VM *vm, Str *name, Tuple *bases, Dict *dict);
/* Objects of the protocols area. */
Value slice_new(VM *vm, Value start, Value stop, Value step); /* None when omitted */
/* xrange(start, stop, step): step must not be 0 (the caller raises). */
Value xrange_new(VM *vm, int64_t start, int64_t stop, int64_t step);
int64_t xrange_item(XRange *r, int64_t i);           /* r[i], i in [0, len) */
/* An iterator of the given kind over seq (IT_LIST, IT_TUPLE, IT_STR, IT_SEQ). */
Value iter_new(VM *vm, IterKind kind, Value seq);
/* Range iterator (what CALL_ITER makes for range/xrange): no list is built. */
Value iter_range_new(VM *vm, int64_t start, int64_t stop, int64_t step);
/* iter(callable, sentinel). */
Value iter_callable_new(VM *vm, Value callable, Value sentinel);
/* An iterator driven by C: vm_next calls next(vm, 1, &iterator, NULL), which
** returns the next item, or T_NULL with no exception at the end. state is
** kept in Iter.seq, next as a CFunc in Iter.extra; pos/stop/step are free. */
Value iter_custom_new(VM *vm, Value state, CFn next);   /* class: cls[T_ITER] (settable) */
Value super_new(VM *vm, Class *type, Value obj);     /* TypeError on a bad obj */
/* Call a method value found on a class (in owner) with self prepended: functions
** and CFUNC_METHOD CFuncs get self as their first argument, other values are
** bound by vm_bind_attr first. */
Value vm_call_with_self(VM *vm, Value meth, Class *owner, Value self, int argc, Value *argv);
/* The default repr `<__main__.C object at 0x...>`. */
Str *vm_default_repr(VM *vm, Value v);
/* divmod(a, b) for numbers (and anything with // and %): a 2-tuple. */
Value vm_divmod(VM *vm, Value a, Value b);
/* Obj.flags of a builtin-kind object (list, dict, set, tuple, str, long) of a
** user subclass made with an attribute dict pointer after its data
** (obj_attr_tail). */
#define OBJ_ATTRS 0x40000000u
/* Class.flags: the class and its user bases all define __slots__, so
** instances reject other attribute names. */
#define CLS_SLOTS 64u
/* Instances of user subclasses of int and float are T_INSTANCE objects whose
** builtin value sits right after the Instance header (the box). */
static inline bool class_is_box(const Class *c) {
  return c->inst_kind == T_INT || c->inst_kind == T_FLOAT;
}
static inline Value *instance_box(Instance *o) { return (Value *)(o + 1); }
/* The int/float of a box instance; any other value unchanged. */
Value vm_unbox(Value v);
/* An object of user class cls (a subclass of a builtin value type) holding the
** builtin value v (T_NULL passes through). */
Value vm_subclass_wrap(VM *vm, Class *cls, Value v);
/* Where the attribute dict of an OBJ_ATTRS object lives, NULL for others. */
Dict **obj_attr_tail(Value v);
bool class_wants_subclass_ctor(uint32_t inst_kind);
CFn vm_subclass_ctor(void);        /* Class.ctor of such subclasses */
/* Instances in dict mode: is_dict_mode, and the live dict (converting the
** instance on first use; NULL + MemoryError). */
static inline bool instance_dict_mode(const Instance *o) { return o->map->owner == NULL; }
Dict *instance_live_dict(VM *vm, Instance *o);
bool instance_set_class(VM *vm, Instance *o, Value cls);  /* obj.__class__ = cls */
/* Unbound methods (C.f in Python 2): T_BOUND objects whose self is T_NULL.
** vm_unbound_check raises TypeError "unbound method f() must be called with
** C instance as first argument (got int instance instead)" unless argv[0] is
** an instance of the class; callers then call the function with argv as is. */
bool vm_unbound_check(VM *vm, Value bound, int argc, const Value *argv);
Class *vm_unbound_class(Value bound);          /* NULL for a bound method */
Value vm_unbound_new(VM *vm, Value func, Class *cls);
/* Class.flags: a user class defines __getattribute__ (CLS_HAS_DESCR is set
** too, so that the interpreter's attribute fast paths stay off). */
#define CLS_HAS_GETATTRIBUTE 128u
/* Initialisers of the protocols files, called by obj_init_types. */
void obj_attr_init(VM *vm);
void obj_iter_init(VM *vm);

/* ---- interpreter area (vm.c, interp.c, call.c, exc.c, import.c) ---- */
/* CFunc.h.flags: a method of a builtin class (made by vm_add_method): argv[0]
** is self and minargs/maxargs count the arguments after it; CFunc.data holds
** the class. */
#define CFUNC_METHOD 1u
/* vm_compile inherit_flags bit: source from a string (exec, compile()), not a
** file: the parser's string-mode error positions. */
#define VM_COMPILE_STRING 0x40000000
struct SyntaxError_;
/* Raise the SyntaxError / IndentationError / TabError (or ValueError) of a
** parser or compiler report, with msg, filename, lineno, offset, text. */
void vm_raise_syntax(VM *vm, const struct SyntaxError_ *err, const char *filename);
/* The same; text_newline false leaves the text without the '\n' CPython adds
** for file input (eval and single modes). */
void vm_raise_syntax_ex(VM *vm, const struct SyntaxError_ *err, const char *filename,
                        bool text_newline);
/* Allocate a code object's inline caches and hot counters if missing. */
void vm_code_prepare(VM *vm, Code *code);
/* Push a frame for a call of fn and bind its arguments as Python 2 does:
** self (if not T_NULL) first, then argv, keyword pairs kwv[2i] (name str),
** kwv[2i+1] (value), then kwdict's entries. Makes cells, a locals dict for
** class bodies, counts the call for the JIT. NULL (frame popped, TypeError
** pending) on a binding error. The caller runs it (vm_run_frame, or the
** interpreter loop). */
Frame *vm_call_frame(VM *vm, Func *fn, Value self, int argc, Value *argv, int nkw,
                     Value *kwv, Dict *kwdict);
/* vm_call_frame for a call that already entered `rec_extra` recursion units
** (vm_rec_enter): the frame owns them (released when it is popped, or at
** once if binding fails). */
Frame *vm_call_frame_ex(VM *vm, Func *fn, Value self, int argc, Value *argv, int nkw,
                        Value *kwv, Dict *kwdict, int rec_extra);
/* vm_push_frame without making cells (locals and cells all unbound). */
Frame *vm_push_frame_raw(VM *vm, Code *code, Func *func, Dict *globals, Dict *locals);
bool vm_frame_init_cells(VM *vm, Frame *f);  /* cells for a frame just pushed */
Frame *vm_frame_slot(VM *vm, int depth);     /* where the frame at depth lives */
bool vm_c_stack_check(VM *vm);               /* false + RuntimeError when too deep */
Value vm_raise_recursion(VM *vm);            /* RuntimeError: maximum recursion depth exceeded */
/* Recursion depth accounting. A frame push fails when depth + rec_extra
** reaches the limit ("maximum recursion depth exceeded"); C code calling into
** Python enters `units` extra levels around the call (CPython's
** Py_EnterRecursiveCall in PyObject_Call, PyObject_Repr, ...). */
#define VM_REC_CALL " while calling a Python object"
bool vm_rec_enter_slow(VM *vm, const char *where);
static inline bool vm_rec_enter(VM *vm, int units, const char *where) {
  if (vm->depth + vm->rec_extra + units > vm->cfg.recursion_limit)
    return vm_rec_enter_slow(vm, where);
  vm->rec_extra += units;
  return true;
}
static inline void vm_rec_leave(VM *vm, int units) { vm->rec_extra -= units; }
/* Call a method value found on a class with self as argv[0]: a Python
** function counts as a bound-method call (two levels, as CPython). */
Value vm_call_as_method(VM *vm, Value meth, int argc, Value *argv);
/* Values a frame of code occupies on the value stack (locals, cells,
** operand stack, a small margin). */
#define VM_FRAME_MARGIN 8
static inline size_t vm_frame_size(Code *co) {
  return (size_t)co->nlocals + (size_t)co->ncells + (size_t)co->nfrees +
         (size_t)co->stacksize + VM_FRAME_MARGIN;
}
/* First free Value above everything the current frame may use. */
static inline Value *vm_stack_top(VM *vm) {
  Frame *f = vm->frame;
  return f ? f->base + vm_frame_size(f->code) : vm->stack;
}
/* The slot for the next frame push (vm_frame_slot, inline for the common
** depth); NULL when frames run out. */
static inline Frame *vm_next_frame(VM *vm) {
  return vm->depth < vm->max_depth ? &vm->frames[vm->depth] : vm_frame_slot(vm, vm->depth);
}
/* Fill slot nf as a fresh activation of co at base (pc 0, operand stack at
** sp) above the current frame and make it current. Every frame push goes
** through here: vm_push_frame, the interpreter's call fast path, compiled
** calls and guard exits (which then set their own pc and init state). */
static inline void vm_frame_enter(VM *vm, Frame *nf, Code *co, Func *fn, Value *base,
                                  Value *sp, Dict *globals, Dict *locals) {
  nf->code = co;
  nf->func = fn;
  nf->base = base;
  nf->sp = sp;
  nf->pc = 0;
  nf->globals = globals;
  nf->locals = locals;
  nf->builtins = vm->builtins;
  nf->prev = vm->frame;
  nf->handled_exc = v_null();
  nf->handled_tb = v_null();
  nf->c_entry = false;
  nf->line = 0;
  nf->is_init = false;
  nf->gen = NULL;
  nf->rec_extra = 0;
  vm->depth++;
  vm->frame = nf;
}
/* The locals of a plain positional call of fn, given arguments already in
** base[0..given): missing ones from fn's defaults, the other locals and the
** cells unbound. Returns the number of slots set (the operand stack starts
** there). */
static inline int vm_frame_bind_defaults(Func *fn, Value *base, int given) {
  Code *co = fn->code;
  int n = co->argcount;
  if (given < n) {
    Tuple *d = fn->defaults;
    int m = n - (int)d->len;
    for (int i = given; i < n; i++) base[i] = d->items[i - m];
  }
  int nl = co->nlocals + co->ncells + co->nfrees;
  for (int i = n; i < nl; i++) base[i] = v_null();
  return nl;
}
/* The namespace of a frame as a dict (locals()): module and class bodies
** give their dict; a function frame a fresh snapshot of its bound locals
** and cells. */
Dict *vm_frame_locals(VM *vm, Frame *f);
/* import * : copy m's public names (its __all__, else names not starting
** with '_') into dest. */
bool vm_import_star(VM *vm, Value m, Dict *dest);
/* Arity / keyword check of a builtin before calling cf->fn (argc counts self
** for CFUNC_METHOD functions). */
bool vm_cfunc_check(VM *vm, CFunc *cf, int argc, bool has_kw);
/* CPython's PyEval_GetFuncName + GetFuncDesc ("f" "()", "C" " constructor"). */
const char *vm_callable_name(VM *vm, Value f, const char **desc);
/* The exception an enclosing except clause is handling (bare raise,
** sys.exc_info()): nearest frame with one, T_NULL if none; *tb gets its
** traceback (Traceback value or None). */
Value vm_handled_exception(VM *vm, Value *tb);

/* Generators (gen.c). A generator owns a heap copy of its frame's locals,
** cells and operand stack (slots) plus the saved Frame fields; resuming copies
** them onto the value stack above the caller and runs the frame in a nested
** vm_run_frame (c_entry); YIELD_VALUE copies them back and returns from it. */
typedef enum { GEN_CREATED, GEN_SUSPENDED, GEN_RUNNING, GEN_DONE } GenState;
typedef struct Generator {
  Obj h;                   /* kind T_GENERATOR, class vm->cls[T_GENERATOR] */
  Frame frame;             /* saved frame state (base, sp, prev unused while suspended) */
  Value *slots;            /* locals, cells, freevars, then the saved operand stack */
  int32_t nstack;          /* operand stack values saved in slots */
  int32_t state;           /* GenState */
  bool throwing;           /* resume by raising the pending vm->exc at the yield */
} Generator;
/* Make a generator from a frame just pushed and bound (vm_call_frame style)
** for a CO_GENERATOR function; pops the frame. T_NULL on MemoryError. */
Value gen_new(VM *vm, Frame *f);
/* Call of a generator function: bind the arguments and make the generator. */
Value vm_call_generator(VM *vm, Func *fn, Value self, int argc, Value *argv, int nkw,
                        Value *kwv, Dict *kwdict);
/* YIELD_VALUE: save the running frame f (sp and pc already stored in f) into
** its generator. The caller then pops the frame. */
void gen_suspend(VM *vm, Frame *f);
/* Resume g: send `arg` (ignored when just started), or with throw raise the
** pending vm->exc at the yield. Returns the next yielded value; T_NULL with
** an exception pending, or T_NULL without one when the generator finished. */
Value gen_resume(VM *vm, Generator *g, Value arg, bool throw);
/* vm_next for generators: T_NULL without an exception at the end
** (StopIteration raised inside the generator counts as the end). */
Value gen_next(VM *vm, Value g);
void gen_init(VM *vm);            /* the generator type's methods (vm_new) */
/* Class.flags (interpreter area): a class statement without bases, or whose
** bases are all classic (an old-style class in CPython 2): its class objects
** and instances may be raised. */
#define CLS_CLASSIC 0x100u
/* The exception instance `raise type, value` makes (normalized as CPython 2
** does); T_NULL with an error pending if it cannot be made. */
Value vm_make_exception(VM *vm, Value type, Value value);

/* Tracebacks and frame objects (exc.c). Every Traceback is allocated by
** traceback_push / traceback_push_frame as a TracebackFull, which also
** records the frame's namespaces for tb.tb_frame. */
typedef struct FrameObj {  /* a frame object (kind T_FRAME): tb_frame, sys._getframe */
  Obj h;
  Code *code;
  Dict *globals;
  Dict *locals;            /* the namespace or a snapshot of the fast locals; NULL: {} */
  int32_t line;
  Value back;              /* the calling frame object, or None */
} FrameObj;
typedef struct TracebackFull {
  Traceback tb;
  Dict *globals, *locals;  /* of the frame (locals: module/class namespace or NULL) */
  FrameObj *frame;         /* tb_frame, made on first use */
} TracebackFull;
/* traceback_push for the running frame f (records its namespaces). */
Traceback *traceback_push_frame(VM *vm, Traceback *tb, Frame *f, int line);
/* A frame object for the live frame f (locals snapshot, f_back chain). */
Value vm_frame_object(VM *vm, Frame *f);
/* sys.exc_clear(): the innermost handled exception is forgotten; until the
** frame that handled it returns, sys.exc_info() is (None, None, None). */
void vm_exc_info_clear(VM *vm);

/* Builtins of import.c (reload), added by vm_new when missing. */
void vm_import_init(VM *vm);

/* Finalization (fin.c), as PyPy does it on a GC: an instance of a class
** with __del__ (CLS_HAS_DEL, kept by class_update_flags; instance_new
** registers it) gets __del__ called some time after it became unreachable;
** a generator suspended inside a try/except/finally/with block (gen_suspend
** registers it) is closed. Boehm queues such objects (gc/); the VM runs
** them at safe points (call instructions in the interpreter, gc.collect(),
** rpy_vm_free) with its state saved; errors print "Exception ...: ... in ...
** ignored" on sys.stderr as CPython 2's PyErr_WriteUnraisable. */
#define CLS_HAS_DEL 0x200u
#define GEN_FINALIZE 1u            /* Generator h.flags: registered */
#define EXC_RUNTIME_MSG 1u         /* exception Instance h.flags: raised by the runtime
                                      with a message (vm_raise): CPython's value is the
                                      bare string there, which unraisable errors show */
void vm_fin_init(VM *vm);          /* vm_new: the queue and the gc module */
/* The program finished (rpy_vm_free, before the host state goes): a last
** collection, then this VM's finalizers. */
void vm_fin_exit(VM *vm);
void vm_fin_free(VM *vm);          /* vm_free: objects found unreachable later are dropped */
void vm_fin_register(VM *vm, void *obj);   /* out of memory: never finalized */
/* Run the queued finalizers (not nested), as a C function calling Python
** does. The interpreter's safe point skips it while a trace is recorded. */
void vm_run_finalizers(VM *vm);
static inline bool vm_fin_ready(VM *vm) {
  return __atomic_load_n(&vm->fin_pending, __ATOMIC_RELAXED) != 0;
}
/* gc.collect(): a full collection, then this VM's finalizers. */
void vm_gc_collect(VM *vm);
/* Close a generator as close() does (GeneratorExit at its yield): None, or
** T_NULL with the exception pending (RuntimeError if it yielded again). */
Value gen_close(VM *vm, Generator *g);
/* g is suspended at a yield inside a try/except/finally/with block. */
bool gen_in_handler(Generator *g);

/* ---- embedding area (vm/api.c) ---- */
/* Line `line` (1-based) of a chunk the host ran with rpy_exec_string /
** rpy_exec_buffer under `name`, into buf without the newline; false if no
** such chunk (then tracebacks read the file, as CPython does). */
bool vm_chunk_source_line(VM *vm, const char *name, int line, char *buf, size_t cap);

/* Per-module initialisers, called by vm_new in this order. */
void obj_init_types(VM *vm);      /* builtin classes and their methods */
void exc_init(VM *vm);            /* exception classes */
void lib_init_builtins(VM *vm);   /* __builtin__ */
void lib_init_modules(VM *vm);    /* sys, os, math, time, rpython.*, ... */

#endif
