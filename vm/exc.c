/*
** exc.c: exceptions. The builtin exception hierarchy (classes with
** CLS_EXCEPTION whose instances are ordinary Instances holding `args` and
** `message`, as Python 2.7's BaseException), raising (vm_raise*,
** vm_raise_obj), tracebacks, and printing an uncaught exception exactly as
** CPython 2.7's PyErr_Display does, syntax errors included.
*/
#include <stdio.h>
#include <stdlib.h>
#include <stddef.h>
#include <string.h>

#include "vm.h"
#include "types.h"
#include "../gc/gc.h"
#include "../frontend/ast.h"
#include "../stdlib/lib.h"

static void tb_init_types(VM *vm);

/* ---- small helpers ------------------------------------------------------- */

static Value exc_attr(VM *vm, Value self, Str *name) {
  Value v = vm_getattr_opt(vm, self, name);
  return v;
}

static bool exc_set(VM *vm, Value self, Str *name, Value v) {
  if (self.tag == T_INSTANCE) return instance_setattr_slot(vm, AS_INSTANCE(self), name, v);
  return vm_setattr(vm, self, name, v);
}

static Tuple *args_tuple(VM *vm, int argc, Value *argv) {
  if (argc <= 0) return vm->empty_tuple ? vm->empty_tuple : tuple_new(vm, 0);
  return tuple_from(vm, argc, argv);
}

/* Set args and message the way BaseException.__init__ does. */
static bool exc_set_args(VM *vm, Value self, int argc, Value *argv) {
  Tuple *t = args_tuple(vm, argc, argv);
  if (!t) return false;
  if (!exc_set(vm, self, vm->s_args, v_obj(t))) return false;
  Value msg = argc == 1 ? argv[0] : v_obj(vm->empty_str);
  return exc_set(vm, self, vm->s_message, msg);
}

static Tuple *get_args(VM *vm, Value self) {
  Value a = exc_attr(vm, self, vm->s_args);
  if (a.tag == T_TUPLE) return AS_TUPLE(a);
  vm_exc_clear(vm);
  return vm->empty_tuple;
}

#define SELF_EXC(name)                                                          \
  if (argc < 1 || !vm_isinstance(vm, argv[0], vm->exc_BaseException))          \
    return vm_raise(vm, vm->exc_TypeError,                                      \
                    "descriptor '" name "' requires a 'exceptions.BaseException' object"); \
  Value self = argv[0]

/* ---- BaseException ------------------------------------------------------ */

/* Class.ctor of every exception class: argv[0] is the class. Builds the
** instance, sets args/message and, when __init__ is not overridden by a
** Python function, runs the builtin __init__ of the class. */
static Value exc_ctor(VM *vm, int argc, Value *argv, Dict *kw) {
  Class *cls = AS_CLASS(argv[0]);
  Instance *inst = instance_new(vm, cls);
  if (!inst) return v_null();
  Value self = v_obj(inst);
  /* As BaseException.__new__: args start empty; __init__ sets them. */
  if (!exc_set_args(vm, self, 0, NULL)) return v_null();
  Value init = class_lookup(vm, cls, vm->s___init__);
  if (init.tag == T_CFUNC) {
    CFunc *cf = AS_CFUNC(init);
    Value tmp[8];
    Value *a = argc <= 8 ? tmp : gc_alloc(sizeof(Value) * (size_t)argc);
    if (!a) return vm_raise(vm, vm->exc_MemoryError, NULL);
    a[0] = self;
    for (int i = 1; i < argc; i++) a[i] = argv[i];
    if (kw && kw->used > 0)
      return vm_raise(vm, vm->exc_TypeError, "%S does not take keyword arguments",
                      cls->name);
    if (v_isnull(cf->fn(vm, argc, a, NULL))) return v_null();
  }
  return self;
}

static Value be_init(VM *vm, int argc, Value *argv, Dict *kw) {
  SELF_EXC("__init__");
  if (!exc_set_args(vm, self, argc - 1, argv + 1)) return v_null();
  return v_none();
}

static Str *args_str(VM *vm, Tuple *t) {
  if (t->len == 0) return vm->empty_str;
  if (t->len == 1) return vm_str(vm, t->items[0]);
  return vm_str(vm, v_obj(t));
}

static Value be_str(VM *vm, int argc, Value *argv, Dict *kw) {
  SELF_EXC("__str__");
  Str *s = args_str(vm, get_args(vm, self));
  return s ? v_obj(s) : v_null();
}

static Value be_repr(VM *vm, int argc, Value *argv, Dict *kw) {
  SELF_EXC("__repr__");
  Tuple *t = get_args(vm, self);
  Class *cls = vm_class_of(vm, self);
  if (t->len == 0) return v_obj(str_printf(vm, "%S()", cls->name));
  Str *r = vm_repr(vm, v_obj(t));
  if (!r) return v_null();
  Str *s = str_printf(vm, "%S%S", cls->name, r);
  return s ? v_obj(s) : v_null();
}

static Value be_getitem(VM *vm, int argc, Value *argv, Dict *kw) {
  SELF_EXC("__getitem__");
  if (argc != 2)
    return vm_raise(vm, vm->exc_TypeError, "__getitem__() takes exactly one argument (%d given)",
                    argc - 1);
  return vm_getitem(vm, v_obj(get_args(vm, self)), argv[1]);
}

/* ---- KeyError ---------------------------------------------------------- */

static Value ke_str(VM *vm, int argc, Value *argv, Dict *kw) {
  SELF_EXC("__str__");
  Tuple *t = get_args(vm, self);
  Str *s = t->len == 1 ? vm_repr(vm, t->items[0]) : args_str(vm, t);
  return s ? v_obj(s) : v_null();
}

/* ---- EnvironmentError --------------------------------------------------- */

static Value env_init(VM *vm, int argc, Value *argv, Dict *kw) {
  SELF_EXC("__init__");
  int n = argc - 1;
  if (!exc_set_args(vm, self, n, argv + 1)) return v_null();
  Value none = v_none();
  if (!exc_set(vm, self, vm->s_errno, none) || !exc_set(vm, self, vm->s_strerror, none) ||
      !exc_set(vm, self, vm->s_filename, none))
    return v_null();
  if (n >= 2 && n <= 3) {
    if (!exc_set(vm, self, vm->s_errno, argv[1]) ||
        !exc_set(vm, self, vm->s_strerror, argv[2]))
      return v_null();
    if (n == 3) {
      if (!exc_set(vm, self, vm->s_filename, argv[3])) return v_null();
      Tuple *t = tuple_from(vm, 2, argv + 1);
      if (!t || !exc_set(vm, self, vm->s_args, v_obj(t))) return v_null();
    }
  }
  return v_none();
}

static Value env_str(VM *vm, int argc, Value *argv, Dict *kw) {
  SELF_EXC("__str__");
  Value eno = exc_attr(vm, self, vm->s_errno);
  Value ser = exc_attr(vm, self, vm->s_strerror);
  Value fn = exc_attr(vm, self, vm->s_filename);
  vm_exc_clear(vm);
  Str *s;
  if (!v_isnull(fn) && !v_isnone(fn)) {
    Str *a = vm_str(vm, eno), *b = vm_str(vm, ser), *c = vm_repr(vm, fn);
    if (!a || !b || !c) return v_null();
    s = str_printf(vm, "[Errno %S] %S: %S", a, b, c);
  } else if (!v_isnull(eno) && !v_isnone(eno) && !v_isnull(ser) && !v_isnone(ser)) {
    Str *a = vm_str(vm, eno), *b = vm_str(vm, ser);
    if (!a || !b) return v_null();
    s = str_printf(vm, "[Errno %S] %S", a, b);
  } else {
    s = args_str(vm, get_args(vm, self));
  }
  return s ? v_obj(s) : v_null();
}

/* ---- SyntaxError -------------------------------------------------------- */

static Value syn_init(VM *vm, int argc, Value *argv, Dict *kw) {
  SELF_EXC("__init__");
  int n = argc - 1;
  if (!exc_set_args(vm, self, n, argv + 1)) return v_null();
  Value none = v_none();
  Str *names[5] = {vm->s_msg, vm->s_filename, vm->s_lineno, vm->s_offset, vm->s_text};
  for (int i = 0; i < 5; i++)
    if (!exc_set(vm, self, names[i], none)) return v_null();
  if (!exc_set(vm, self, str_intern_cstr(vm, "print_file_and_line"), none)) return v_null();
  if (n >= 1 && !exc_set(vm, self, vm->s_msg, argv[1])) return v_null();
  if (n == 2) {
    Value info = vm_to_tuple(vm, argv[2]);
    if (v_isnull(info)) return v_null();
    Tuple *t = AS_TUPLE(info);
    if (t->len != 4)
      return vm_raise(vm, vm->exc_IndexError, "tuple index out of range");
    for (int i = 0; i < 4; i++)
      if (!exc_set(vm, self, names[i + 1], t->items[i])) return v_null();
  }
  return v_none();
}

static Value syn_str(VM *vm, int argc, Value *argv, Dict *kw) {
  SELF_EXC("__str__");
  Value msg = exc_attr(vm, self, vm->s_msg);
  Value fn = exc_attr(vm, self, vm->s_filename);
  Value ln = exc_attr(vm, self, vm->s_lineno);
  vm_exc_clear(vm);
  Str *m = v_isnull(msg) ? args_str(vm, get_args(vm, self)) : vm_str(vm, msg);
  if (!m) return v_null();
  bool have_fn = fn.tag == T_STR, have_ln = ln.tag == T_INT;
  if (!have_fn && !have_ln) return v_obj(m);
  const char *base = NULL;
  if (have_fn) {
    base = strrchr(AS_STR(fn)->data, '/');
    base = base ? base + 1 : AS_STR(fn)->data;
  }
  Str *s;
  if (have_fn && have_ln)
    s = str_printf(vm, "%S (%s, line %lld)", m, base, (long long)ln.u.i);
  else if (have_fn)
    s = str_printf(vm, "%S (%s)", m, base);
  else
    s = str_printf(vm, "%S (line %lld)", m, (long long)ln.u.i);
  return s ? v_obj(s) : v_null();
}

/* ---- SystemExit --------------------------------------------------------- */

static Value sysexit_init(VM *vm, int argc, Value *argv, Dict *kw) {
  SELF_EXC("__init__");
  int n = argc - 1;
  if (!exc_set_args(vm, self, n, argv + 1)) return v_null();
  Value code = v_none();
  if (n == 1) code = argv[1];
  else if (n > 1) code = exc_attr(vm, self, vm->s_args);
  if (!exc_set(vm, self, vm->s_code, code)) return v_null();
  return v_none();
}

/* ---- hierarchy ----------------------------------------------------------- */

/* The hierarchy as a table: name, base name, where the class goes in VM. */
typedef struct ExcDef { const char *name, *base; size_t field; } ExcDef;
static const ExcDef exc_defs[] = {
#define D(name, base) {#name, #base, offsetof(VM, exc_##name)},
  VM_EXCEPTIONS(D)
#undef D
};

void exc_init(VM *vm) {
  Str *modname = str_intern_cstr(vm, "exceptions");
  size_t n = sizeof exc_defs / sizeof exc_defs[0];
  for (size_t i = 0; i < n; i++) {
    Class *base = NULL;
    if (strcmp(exc_defs[i].base, "NONE") != 0) {
      for (size_t j = 0; j < i; j++)
        if (strcmp(exc_defs[j].name, exc_defs[i].base) == 0)
          base = *(Class **)((char *)vm + exc_defs[j].field);
    }
    Class *c = class_new_builtin(vm, exc_defs[i].name, base, T_INSTANCE, CLS_EXCEPTION);
    c->module = modname;
    c->ctor = exc_ctor;
    dict_set_str(vm, c->dict, vm->s___module__, v_obj(modname));
    dict_set_str(vm, c->dict, vm->s___doc__, v_none());
    *(Class **)((char *)vm + exc_defs[i].field) = c;
  }

  Class *be = vm->exc_BaseException;
  vm_add_method(vm, be, "__init__", be_init, 0, -1, true);
  vm_add_method(vm, be, "__str__", be_str, 0, 0, false);
  vm_add_method(vm, be, "__repr__", be_repr, 0, 0, false);
  vm_add_method(vm, be, "__getitem__", be_getitem, 1, 1, false);
  vm_add_method(vm, vm->exc_KeyError, "__str__", ke_str, 0, 0, false);
  vm_add_method(vm, vm->exc_EnvironmentError, "__init__", env_init, 0, -1, true);
  vm_add_method(vm, vm->exc_EnvironmentError, "__str__", env_str, 0, 0, false);
  vm_add_method(vm, vm->exc_SyntaxError, "__init__", syn_init, 0, -1, true);
  vm_add_method(vm, vm->exc_SyntaxError, "__str__", syn_str, 0, 0, false);
  vm_add_method(vm, vm->exc_SystemExit, "__init__", sysexit_init, 0, -1, true);
  tb_init_types(vm);
}

/* ---- raising ------------------------------------------------------------- */

Value vm_new_exception(VM *vm, Class *cls, int argc, Value *argv) {
  if (cls->ctor == exc_ctor) {
    /* Builtin exception classes: the ctor does everything (no Python __init__). */
    Value init = class_lookup(vm, cls, vm->s___init__);
    if (init.tag == T_CFUNC) {
      Value tmp[8];
      Value *a = argc < 8 ? tmp : gc_alloc(sizeof(Value) * (size_t)(argc + 1));
      if (!a) return v_null();
      a[0] = v_obj(cls);
      for (int i = 0; i < argc; i++) a[i + 1] = argv[i];
      return exc_ctor(vm, argc + 1, a, NULL);
    }
  }
  return vm_call(vm, v_obj(cls), argc, argv, NULL);
}

Value vm_raisev(VM *vm, Class *cls, const char *fmt, va_list ap) {
  Value e;
  if (fmt && fmt[0]) {
    Str *msg = str_vprintf(vm, fmt, ap);
    if (!msg) {
      vm_exc_clear(vm);
      msg = str_from_cstr(vm, fmt);
    }
    Value a = v_obj(msg);
    e = vm_new_exception(vm, cls, 1, &a);
    if (e.tag == T_INSTANCE) e.u.o->flags |= EXC_RUNTIME_MSG;
  } else {
    e = vm_new_exception(vm, cls, 0, NULL);
  }
  if (v_isnull(e)) return v_null();   /* creating it raised: that one is pending */
  vm->exc = e;
  vm->exc_tb = NULL;
  return v_null();
}

Value vm_raise(VM *vm, Class *cls, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vm_raisev(vm, cls, fmt, ap);
  va_end(ap);
  return v_null();
}

/* Classes that may be raised: BaseException and its subclasses, and
** classic classes (CPython 2 raises any old-style class or instance). */
static bool is_exc_class(VM *vm, Value v) {
  return v.tag == T_CLASS && (class_is_subclass(AS_CLASS(v), vm->exc_BaseException) ||
                              (AS_CLASS(v)->h.flags & CLS_CLASSIC));
}

static bool is_exc_instance(VM *vm, Value v) {
  if (v.tag < T_FIRSTOBJ || v.tag == T_CLASS) return false;
  Class *c = v.u.o->cls;
  return class_is_subclass(c, vm->exc_BaseException) || (c->h.flags & CLS_CLASSIC);
}

Value vm_make_exception(VM *vm, Value type, Value value) {
  if (v_isnull(value)) value = v_none();
  /* py2 allows a tuple as the type: its first item is used, recursively. */
  while (type.tag == T_TUPLE && AS_TUPLE(type)->len > 0) type = AS_TUPLE(type)->items[0];
  Value inst;
  if (is_exc_class(vm, type)) {
    Class *cls = AS_CLASS(type);
    if (value.tag >= T_FIRSTOBJ && class_is_subclass(value.u.o->cls, cls)) {
      inst = value;
    } else if (v_isnone(value)) {
      inst = vm_call(vm, type, 0, NULL, NULL);
    } else if (value.tag == T_TUPLE) {
      Tuple *t = AS_TUPLE(value);
      inst = vm_call(vm, type, (int)t->len, t->items, NULL);
    } else {
      inst = vm_call(vm, type, 1, &value, NULL);
    }
    if (v_isnull(inst)) return v_null();
    if (!is_exc_instance(vm, inst))
      return vm_raise(vm, vm->exc_TypeError,
                      "calling %R should have returned an instance of BaseException, not %s",
                      &type, vm_type_name(vm, inst));
  } else if (is_exc_instance(vm, type)) {
    if (!v_isnone(value))
      return vm_raise(vm, vm->exc_TypeError, "instance exception may not have a separate value");
    inst = type;
  } else {
    return vm_raise(vm, vm->exc_TypeError,
                    "exceptions must be old-style classes or derived from BaseException, not %s",
                    vm_type_name(vm, type));
  }
  return inst;
}

Value vm_raise_obj(VM *vm, Value type, Value value, Value tb) {
  if (!v_isnull(tb) && !v_isnone(tb) && tb.tag != T_TRACEBACK)
    return vm_raise(vm, vm->exc_TypeError, "raise: arg 3 must be a traceback or None");
  Value inst = vm_make_exception(vm, type, value);
  if (v_isnull(inst)) return v_null();
  vm->exc = inst;
  vm->exc_tb = tb.tag == T_TRACEBACK ? (Traceback *)tb.u.o : NULL;
  return v_null();
}

bool vm_exc_matches(VM *vm, Class *cls) {
  if (v_isnull(vm->exc)) return false;
  return class_is_subclass(vm_class_of(vm, vm->exc), cls);
}

void vm_exc_clear(VM *vm) {
  vm->exc = v_null();
  vm->exc_tb = NULL;
}

/* ---- tracebacks ---------------------------------------------------------- */

/* A new traceback entry for code at line, in front of tb (the exception is
** moving outwards, so the list stays outermost-first). */
Traceback *traceback_push(VM *vm, Traceback *tb, Code *code, int line) {
  TracebackFull *tf = gc_alloc(sizeof(TracebackFull));
  if (!tf) return tb;
  Traceback *t = &tf->tb;
  t->h.kind = T_TRACEBACK;
  t->h.cls = vm->cls[T_TRACEBACK];
  t->next = tb;
  t->code = code;
  t->line = line;
  return t;
}

Traceback *traceback_push_frame(VM *vm, Traceback *tb, Frame *f, int line) {
  Traceback *t = traceback_push(vm, tb, f->code, line);
  if (t != tb) {
    TracebackFull *tf = (TracebackFull *)t;
    tf->globals = f->globals;
    tf->locals = f->locals;
  }
  return t;
}

/* ---- traceback and frame objects ---------------------------------------------- */

static FrameObj *frameobj_new(VM *vm, Code *code, Dict *globals, Dict *locals, int line) {
  FrameObj *fo = gc_alloc(sizeof(FrameObj));
  if (!fo) {
    vm_raise(vm, vm->exc_MemoryError, NULL);
    return NULL;
  }
  fo->h.kind = T_FRAME;
  fo->h.cls = vm->cls[T_FRAME];
  fo->code = code;
  fo->globals = globals;
  fo->locals = locals;
  fo->line = line;
  fo->back = v_none();
  return fo;
}

Value vm_frame_object(VM *vm, Frame *f) {
  FrameObj *first = NULL, *prev = NULL;
  for (; f; f = f->prev) {
    Dict *loc = vm_frame_locals(vm, f);
    if (!loc) return v_null();
    FrameObj *fo = frameobj_new(vm, f->code, f->globals, loc,
                                code_line_at(f->code, f->pc));
    if (!fo) return v_null();
    if (prev) prev->back = v_obj(fo);
    else first = fo;
    prev = fo;
  }
  return first ? v_obj(first) : v_none();
}

static Traceback *self_tb(VM *vm, int argc, Value *argv) {
  if (argc < 1 || argv[0].tag != T_TRACEBACK) {
    vm_raise(vm, vm->exc_TypeError, "descriptor requires a 'traceback' object");
    return NULL;
  }
  return (Traceback *)argv[0].u.o;
}

static Value tb_lineno(VM *vm, int argc, Value *argv, Dict *kw) {
  Traceback *t = self_tb(vm, argc, argv);
  return t ? v_int(t->line) : v_null();
}

static Value tb_lasti(VM *vm, int argc, Value *argv, Dict *kw) {
  Traceback *t = self_tb(vm, argc, argv);
  return t ? v_int(0) : v_null();
}

static Value tb_next(VM *vm, int argc, Value *argv, Dict *kw) {
  Traceback *t = self_tb(vm, argc, argv);
  if (!t) return v_null();
  return t->next ? v_obj(t->next) : v_none();
}

static Value tb_frame(VM *vm, int argc, Value *argv, Dict *kw) {
  Traceback *t = self_tb(vm, argc, argv);
  if (!t) return v_null();
  TracebackFull *tf = (TracebackFull *)t;
  if (!tf->frame) {
    Dict *g = tf->globals ? tf->globals : vm->main_module->dict;
    tf->frame = frameobj_new(vm, t->code, g, tf->locals, t->line);
    if (!tf->frame) return v_null();
  }
  return v_obj(tf->frame);
}

static FrameObj *self_frame(VM *vm, int argc, Value *argv) {
  if (argc < 1 || argv[0].tag != T_FRAME) {
    vm_raise(vm, vm->exc_TypeError, "descriptor requires a 'frame' object");
    return NULL;
  }
  return (FrameObj *)argv[0].u.o;
}

static Value f_code(VM *vm, int argc, Value *argv, Dict *kw) {
  FrameObj *fo = self_frame(vm, argc, argv);
  return fo ? v_obj(fo->code) : v_null();
}

static Value f_lineno(VM *vm, int argc, Value *argv, Dict *kw) {
  FrameObj *fo = self_frame(vm, argc, argv);
  return fo ? v_int(fo->line) : v_null();
}

static Value f_globals(VM *vm, int argc, Value *argv, Dict *kw) {
  FrameObj *fo = self_frame(vm, argc, argv);
  return fo ? v_obj(fo->globals) : v_null();
}

static Value f_locals(VM *vm, int argc, Value *argv, Dict *kw) {
  FrameObj *fo = self_frame(vm, argc, argv);
  if (!fo) return v_null();
  if (!fo->locals) fo->locals = dict_new(vm);
  return fo->locals ? v_obj(fo->locals) : v_null();
}

static Value f_back(VM *vm, int argc, Value *argv, Dict *kw) {
  FrameObj *fo = self_frame(vm, argc, argv);
  return fo ? fo->back : v_null();
}

static Value f_builtins(VM *vm, int argc, Value *argv, Dict *kw) {
  FrameObj *fo = self_frame(vm, argc, argv);
  return fo ? v_obj(vm->builtins) : v_null();
}

static void tb_init_types(VM *vm) {
  Class *tc = vm->cls[T_TRACEBACK], *fc = vm->cls[T_FRAME];
  if (tc) {
    vm_add_property(vm, tc, "tb_lineno", tb_lineno, NULL);
    vm_add_property(vm, tc, "tb_lasti", tb_lasti, NULL);
    vm_add_property(vm, tc, "tb_next", tb_next, NULL);
    vm_add_property(vm, tc, "tb_frame", tb_frame, NULL);
  }
  if (fc) {
    vm_add_property(vm, fc, "f_code", f_code, NULL);
    vm_add_property(vm, fc, "f_lineno", f_lineno, NULL);
    vm_add_property(vm, fc, "f_globals", f_globals, NULL);
    vm_add_property(vm, fc, "f_locals", f_locals, NULL);
    vm_add_property(vm, fc, "f_back", f_back, NULL);
    vm_add_property(vm, fc, "f_builtins", f_builtins, NULL);
  }
}

/* ---- sys.exc_info state ------------------------------------------------------- */

void vm_exc_info_clear(VM *vm) {
  for (Frame *f = vm->frame; f; f = f->prev) {
    if (v_isnull(f->handled_exc)) continue;
    f->handled_exc = v_none();   /* None: "no exception", hides outer frames' */
    f->handled_tb = v_none();
    return;
  }
}

int code_line_at(Code *code, uint32_t pc) {
  if (!code) return 0;
  if (code->lines && code->ninsns > 0) {
    if (pc >= (uint32_t)code->ninsns) pc = (uint32_t)code->ninsns - 1;
    return code->lines[pc];
  }
  return code->firstline;
}

/* ---- printing ------------------------------------------------------------ */

/* Line `line` of file `path` (1-based) into buf, without the newline; false if
** unreadable. */
static bool read_source_line(const char *path, int line, char *buf, size_t cap) {
  if (!path || line <= 0 || path[0] == '<') return false;
  FILE *f = fopen(path, "rb");
  if (!f) return false;
  int cur = 1;
  int c;
  while (cur < line && (c = fgetc(f)) != EOF)
    if (c == '\n') cur++;
  if (cur != line) { fclose(f); return false; }
  size_t n = 0;
  bool any = false;
  while ((c = fgetc(f)) != EOF && c != '\n') {
    any = true;
    if (n + 1 < cap) buf[n++] = (char)c;
  }
  buf[n] = '\0';
  fclose(f);
  return any || c == '\n';
}

/* str(v) for printing: never leaves an exception pending; NULL on failure. */
static Str *safe_str(VM *vm, Value v) {
  Value se = vm->exc;
  Traceback *st = vm->exc_tb;
  vm->exc = v_null();
  Str *s = vm_str(vm, v);
  vm->exc = se;
  vm->exc_tb = st;
  return s;
}

static Value safe_attr(VM *vm, Value o, Str *name) {
  Value se = vm->exc;
  Traceback *st = vm->exc_tb;
  vm->exc = v_null();
  Value v = vm_getattr_opt(vm, o, name);
  vm->exc = se;
  vm->exc_tb = st;
  return v;
}

/* CPython 2.7's print_error_text(): text may hold several lines. */
static void put_error_text(SBuf *b, int offset, const char *text) {
  if (offset >= 0) {
    size_t tl = strlen(text);
    if (offset > 0 && (size_t)offset == tl && text[offset - 1] == '\n') offset--;
    for (;;) {
      const char *nl = strchr(text, '\n');
      if (!nl || nl - text >= offset) break;
      offset -= (int)(nl + 1 - text);
      text = nl + 1;
    }
    while (*text == ' ' || *text == '\t') {
      text++;
      offset--;
    }
  }
  sbuf_puts(b, "    ");
  sbuf_puts(b, text);
  size_t tl = strlen(text);
  if (tl == 0 || text[tl - 1] != '\n') sbuf_putc(b, '\n');
  if (offset == -1) return;
  sbuf_puts(b, "    ");
  offset--;
  while (offset > 0) {
    sbuf_putc(b, ' ');
    offset--;
  }
  sbuf_puts(b, "^\n");
}

static void format_exception(VM *vm, Value exc, Traceback *tb, SBuf *b) {
  if (tb) {
    sbuf_puts(b, "Traceback (most recent call last):\n");
    char line[4096];
    for (Traceback *t = tb; t; t = t->next) {
      const char *fname = t->code && t->code->filename ? t->code->filename->data : "?";
      const char *name = t->code && t->code->name ? t->code->name->data : "?";
      char head[1200];
      snprintf(head, sizeof head, "  File \"%.500s\", line %d, in %.500s\n", fname, t->line,
               name);
      sbuf_puts(b, head);
      if (vm_chunk_source_line(vm, fname, t->line, line, sizeof line) ||
          read_source_line(fname, t->line, line, sizeof line)) {
        const char *p = line;
        while (*p == ' ' || *p == '\t' || *p == '\014') p++;
        sbuf_puts(b, "    ");
        sbuf_puts(b, p);
        sbuf_putc(b, '\n');
      }
    }
  }
  if (v_isnull(exc)) return;
  Class *cls = exc.tag == T_CLASS ? AS_CLASS(exc) : vm_class_of(vm, exc);
  Value shown = exc;
  /* Syntax errors: file, line, text and caret, then the bare message. */
  if (exc.tag == T_INSTANCE && vm->exc_SyntaxError &&
      class_is_subclass(cls, vm->exc_SyntaxError)) {
    Value pfl = safe_attr(vm, exc, str_intern_cstr(vm, "print_file_and_line"));
    if (!v_isnull(pfl)) {
      Value msg = safe_attr(vm, exc, vm->s_msg);
      Value fn = safe_attr(vm, exc, vm->s_filename);
      Value ln = safe_attr(vm, exc, vm->s_lineno);
      Value off = safe_attr(vm, exc, vm->s_offset);
      Value text = safe_attr(vm, exc, vm->s_text);
      if (!v_isnull(msg)) {
        const char *fname = fn.tag == T_STR ? AS_STR(fn)->data : "<string>";
        long lineno = ln.tag == T_INT ? (long)ln.u.i : 0;
        char head[700];
        snprintf(head, sizeof head, "  File \"%.500s\", line %ld\n", fname, lineno);
        sbuf_puts(b, head);
        if (text.tag == T_STR) {
          int offset = off.tag == T_INT ? (int)off.u.i : -1;
          put_error_text(b, offset, AS_STR(text)->data);
        }
        shown = msg;
      }
    }
  }
  /* The class name, qualified by its module unless that is `exceptions`. */
  if (cls->module && strcmp(cls->module->data, "exceptions") != 0) {
    sbuf_putstr(b, cls->module);
    sbuf_putc(b, '.');
  }
  sbuf_putstr(b, cls->name);
  if (exc.tag != T_CLASS && !v_isnone(shown)) {
    Str *s = safe_str(vm, shown);
    if (!s) {
      sbuf_puts(b, ": <exception str() failed>");
    } else if (s->len > 0) {
      sbuf_puts(b, ": ");
      sbuf_putstr(b, s);
    }
  }
  sbuf_putc(b, '\n');
}

Str *vm_format_exception(VM *vm, Value exc, Traceback *tb) {
  SBuf b;
  sbuf_init(&b);
  format_exception(vm, exc, tb, &b);
  return sbuf_finish(vm, &b);
}

void vm_print_exception(VM *vm, Value exc, Traceback *tb) {
  /* Like Py_FlushLine() + fflush(stdout): a pending `print x,` ends its line
  ** and buffered output comes out before the traceback. */
  lib_flush_line(vm);
  vm_flush(vm);
  SBuf b;
  sbuf_init(&b);
  format_exception(vm, exc, tb, &b);
  if (b.p) vm_write_err(vm, b.p, b.len);
  sbuf_free(&b);
}

/* A SyntaxError (or IndentationError, TabError, ValueError) from a parser or
** compiler report, pending in vm->exc. */
void vm_raise_syntax(VM *vm, const SyntaxErr *err, const char *filename) {
  vm_raise_syntax_ex(vm, err, filename, true);
}

void vm_raise_syntax_ex(VM *vm, const SyntaxErr *err, const char *filename, bool text_newline) {
  const char *kind = err->kind ? err->kind : "SyntaxError";
  Class *cls = vm->exc_SyntaxError;
  if (strcmp(kind, "IndentationError") == 0) cls = vm->exc_IndentationError;
  else if (strcmp(kind, "TabError") == 0) cls = vm->exc_TabError;
  else if (strcmp(kind, "ValueError") == 0 || strcmp(kind, "SystemError") == 0) {
    vm_raise(vm, kind[0] == 'V' ? vm->exc_ValueError : vm->exc_SystemError, "%s", err->msg);
    return;
  }
  Value msg = v_obj(str_from_cstr(vm, err->msg));
  Value text = v_none();
  if (err->col >= 0 || err->text[0]) {
    size_t tl = strlen(err->text);
    bool add_nl = text_newline && (tl == 0 || err->text[tl - 1] != '\n');
    Str *t = str_alloc(vm, tl + (add_nl ? 1 : 0));
    memcpy(t->data, err->text, tl);
    if (add_nl) t->data[tl] = '\n';
    if (tl == 0) t = vm->empty_str;
    text = v_obj(t);
  }
  Value info[4] = {
    v_obj(str_from_cstr(vm, filename ? filename : "<string>")),
    v_int(err->line),
    err->col >= 0 ? v_int(err->col) : v_none(),
    text,
  };
  Tuple *t = tuple_from(vm, 4, info);
  if (!t) return;
  Value args[2] = {msg, v_obj(t)};
  Value e = vm_new_exception(vm, cls, 2, args);
  if (v_isnull(e)) return;
  vm->exc = e;
  vm->exc_tb = NULL;
}
