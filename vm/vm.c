/*
** vm.c: the VM's lifecycle and plumbing. Configuration defaults, vm_new /
** vm_free (the value stack, the frame array, the initialisers of every area,
** the __main__ module), output sinks, compiling source (parser + compiler,
** syntax errors turned into SyntaxError instances), running a code object
** as a module body, and pushing / popping frames.
**
** Frames carve their locals, cells and operand stack out of one big value
** stack; a new frame starts above the whole extent of the current one, so
** nothing a caller (or a C function's argv in it) still uses is overwritten.
*/
#define _GNU_SOURCE 1
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vm.h"
#include "types.h"
#include "../gc/gc.h"
#include "../frontend/compile.h"
#include "../frontend/parse.h"
#include "../stdlib/lib.h"
#include "../jit/jit.h"

#define VALUE_STACK_MIN   (256 * 1024)  /* Values */
#define FRAME_CHUNK       1024          /* frames per extra chunk beyond the first array */
#define MAX_FRAME_CHUNKS  1024
#define C_STACK_MARGIN    (256 * 1024)  /* bytes of C stack kept free */
#define C_DEPTH_MAX       20000

/* ---- configuration ------------------------------------------------------ */

void vm_config_default(VMConfig *cfg) {
  memset(cfg, 0, sizeof *cfg);
  cfg->recursion_limit = 1000;
  jit_params_default(&cfg->jit);
}

/* ---- output -------------------------------------------------------------- */

void vm_write_out(VM *vm, const char *s, size_t n) {
  if (vm->cfg.out) vm->cfg.out(vm->cfg.out_ud, s, n);
  else if (n) fwrite(s, 1, n, stdout);
}

void vm_write_err(VM *vm, const char *s, size_t n) {
  if (vm->cfg.err) {
    vm->cfg.err(vm->cfg.err_ud, s, n);
  } else if (n) {
    fwrite(s, 1, n, stderr);
    fflush(stderr);
  }
}

void vm_flush(VM *vm) {
  if (!vm->cfg.out) fflush(stdout);
}

/* ---- frames --------------------------------------------------------------- */

/* The frame slot for depth d: the first max_depth live in vm->frames, deeper
** ones in chunks allocated on demand (frames never move). */
Frame *vm_frame_slot(VM *vm, int d) {
  if (d < vm->max_depth) return &vm->frames[d];
  int k = (d - vm->max_depth) / FRAME_CHUNK;
  if (k >= MAX_FRAME_CHUNKS) return NULL;
  if (!vm->frame_chunks) {
    vm->frame_chunks = gc_alloc(sizeof(Frame *) * MAX_FRAME_CHUNKS);
    if (!vm->frame_chunks) return NULL;
  }
  if (!vm->frame_chunks[k]) {
    vm->frame_chunks[k] = gc_alloc(sizeof(Frame) * FRAME_CHUNK);
    if (!vm->frame_chunks[k]) return NULL;
  }
  return &vm->frame_chunks[k][(d - vm->max_depth) % FRAME_CHUNK];
}


Value vm_raise_recursion(VM *vm) {
  return vm_raise(vm, vm->exc_RuntimeError, "maximum recursion depth exceeded");
}

bool vm_rec_enter_slow(VM *vm, const char *where) {
  vm_raise(vm, vm->exc_RuntimeError, "maximum recursion depth exceeded%s", where ? where : "");
  return false;
}

/* Push a frame with its locals unbound and no cells made yet. */
Frame *vm_push_frame_raw(VM *vm, Code *code, Func *func, Dict *globals, Dict *locals) {
  if (vm->depth + vm->rec_extra >= vm->cfg.recursion_limit) {
    vm_raise_recursion(vm);
    return NULL;
  }
  Value *base = vm_stack_top(vm);
  size_t need = vm_frame_size(code);
  if (base + need > vm->stack_end) {
    vm_raise_recursion(vm);
    return NULL;
  }
  Frame *f = vm_frame_slot(vm, vm->depth);
  if (!f) {
    vm_raise_recursion(vm);
    return NULL;
  }
  int nl = code->nlocals + code->ncells + code->nfrees;
  for (int i = 0; i < nl; i++) base[i] = v_null();
  vm_frame_enter(vm, f, code, func, base, base + nl, globals, locals);
  return f;
}

Frame *vm_push_frame(VM *vm, Code *code, Func *func, Dict *globals, Dict *locals) {
  vm_code_prepare(vm, code);
  Frame *f = vm_push_frame_raw(vm, code, func, globals, locals);
  if (!f) return NULL;
  if ((code->ncells | code->nfrees) && !vm_frame_init_cells(vm, f)) {
    vm_pop_frame(vm);
    return NULL;
  }
  return f;
}

void vm_pop_frame(VM *vm) {
  Frame *f = vm->frame;
  if (!f) return;
  vm->frame = f->prev;
  vm->depth--;
  vm->rec_extra -= f->rec_extra;
  f->handled_exc = v_null();
  f->handled_tb = v_null();
}

/* C stack guard for nested vm_run_frame calls: the lowest address the
** current thread's stack may reach before we refuse to go deeper. */
void vm_c_stack_setup(VM *vm) {
  pthread_t self = pthread_self();
  if (vm->c_stack_low && (uintptr_t)self == vm->c_stack_thread) return;
  vm->c_stack_thread = (uintptr_t)self;
  vm->c_stack_low = 0;
  pthread_attr_t attr;
  if (pthread_getattr_np(self, &attr) == 0) {
    void *addr = NULL;
    size_t size = 0;
    /* Small stacks (host threads of an embedding program) keep half free. */
    if (pthread_attr_getstack(&attr, &addr, &size) == 0 && addr && size > 0)
      vm->c_stack_low = (uintptr_t)addr +
                        (size > 2 * C_STACK_MARGIN ? C_STACK_MARGIN : size / 2);
    pthread_attr_destroy(&attr);
  }
}

bool vm_c_stack_check(VM *vm) {
  char probe;
  if (vm->c_depth == 0) vm_c_stack_setup(vm);
  if (vm->c_depth >= C_DEPTH_MAX ||
      (vm->c_stack_low && (uintptr_t)&probe < vm->c_stack_low)) {
    vm_raise_recursion(vm);
    return false;
  }
  return true;
}

/* ---- lifecycle -------------------------------------------------------------- */

/* sys.displayhook, and the __displayhook__ builtin the compiler's 'single'
** mode calls: print repr(v) on its own line, keep it in __builtin__._ */
static Value displayhook(VM *vm, int argc, Value *argv, Dict *kw) {
  Value v = argv[0];
  if (v_isnone(v)) return v_none();
  Str *us = str_intern_cstr(vm, "_");
  if (!dict_set_str(vm, vm->builtins, us, v_none())) return v_null();
  Str *r = vm_repr(vm, v);
  if (!r) return v_null();
  lib_flush_line(vm);
  if (!v_isnull(vm->exc)) return v_null();
  if (!lib_print_item(vm, v_null(), v_obj(r)) || !lib_print_newline(vm, v_null()))
    return v_null();
  if (!dict_set_str(vm, vm->builtins, us, v)) return v_null();
  return v_none();
}

static Value cell_contents(VM *vm, int argc, Value *argv, Dict *kw) {
  if (argv[0].tag != T_CELL)
    return vm_raise(vm, vm->exc_TypeError, "descriptor 'cell_contents' requires a 'cell' object");
  Value v = ((Cell *)argv[0].u.o)->v;
  if (v_isnull(v)) return vm_raise(vm, vm->exc_ValueError, "Cell is empty");
  return v;
}

/* Code object attributes beyond co_name / co_filename / co_firstlineno /
** co_argcount (obj_attr.c), as properties of the code type. */
static Value names_tuple(VM *vm, Str **names, int n) {
  Tuple *t = tuple_new(vm, n);
  if (!t) return v_null();
  for (int i = 0; i < n; i++) t->items[i] = v_obj(names[i]);
  return v_obj(t);
}

static Code *self_code(VM *vm, int argc, Value *argv) {
  if (argc < 1 || argv[0].tag != T_CODE) {
    vm_raise(vm, vm->exc_TypeError, "descriptor requires a 'code' object");
    return NULL;
  }
  return AS_CODE(argv[0]);
}

#define CODE_PROP(fname, expr) \
  static Value fname(VM *vm, int argc, Value *argv, Dict *kw) { \
    Code *c = self_code(vm, argc, argv); \
    if (!c) return v_null(); \
    return expr; \
  }
CODE_PROP(co_varnames, names_tuple(vm, c->varnames, c->nlocals))
CODE_PROP(co_cellvars, names_tuple(vm, c->cellnames, c->ncells))
CODE_PROP(co_freevars, names_tuple(vm, c->freenames, c->nfrees))
CODE_PROP(co_names, names_tuple(vm, c->names, c->nnames))
CODE_PROP(co_nlocals, v_int(c->nlocals))
CODE_PROP(co_stacksize, v_int(c->stacksize))
CODE_PROP(co_consts, v_obj(tuple_from(vm, c->nconsts, c->consts)))
#undef CODE_PROP

/* co_flags with CPython 2's bit values. */
static Value co_flags(VM *vm, int argc, Value *argv, Dict *kw) {
  Code *c = self_code(vm, argc, argv);
  if (!c) return v_null();
  int64_t f = 0;
  if (c->flags & CO_NEWLOCALS) f |= 0x3;
  if (c->flags & CO_VARARGS) f |= 0x4;
  if (c->flags & CO_VARKEYWORDS) f |= 0x8;
  if (c->flags & CO_NESTED) f |= 0x10;
  if (c->flags & CO_GENERATOR) f |= 0x20;
  if (!(c->ncells | c->nfrees)) f |= 0x40;
  if (c->flags & CO_FUTURE_DIVISION) f |= 0x2000;
  if (c->flags & CO_FUTURE_PRINT) f |= 0x10000;
  return v_int(f);
}

/* sys._getframe([depth]): a frame object for a live frame. */
static Value sys_getframe(VM *vm, int argc, Value *argv, Dict *kw) {
  int64_t depth = 0;
  if (argc > 0) {
    if (argv[0].tag != T_INT && argv[0].tag != T_BOOL)
      return vm_raise(vm, vm->exc_TypeError, "an integer is required");
    depth = argv[0].u.i;
  }
  Frame *f = vm->frame;
  for (; f && depth > 0; depth--) f = f->prev;
  if (!f || depth < 0) return vm_raise(vm, vm->exc_ValueError, "call stack is not deep enough");
  return vm_frame_object(vm, f);
}

/* Objects of the interpreter area that other initialisers do not make. */
static void interp_init_extras(VM *vm) {
  CFunc *dh = cfunc_new(vm, "displayhook", displayhook, 1, 1, false);
  if (!dh) return;
  if (dict_find_str(vm->builtins, str_intern_cstr(vm, "__displayhook__")) < 0)
    dict_set_str(vm, vm->builtins, str_intern_cstr(vm, "__displayhook__"), v_obj(dh));
  if (vm->sys_module) {
    Dict *sd = vm->sys_module->dict;
    if (dict_find_str(sd, str_intern_cstr(vm, "displayhook")) < 0)
      dict_set_str(vm, sd, str_intern_cstr(vm, "displayhook"), v_obj(dh));
    if (dict_find_str(sd, str_intern_cstr(vm, "__displayhook__")) < 0)
      dict_set_str(vm, sd, str_intern_cstr(vm, "__displayhook__"), v_obj(dh));
    if (dict_find_str(sd, str_intern_cstr(vm, "_getframe")) < 0)
      vm_add_function(vm, sd, "_getframe", sys_getframe, 0, 1, false);
  }
  if (vm->cls[T_CELL]) vm_add_property(vm, vm->cls[T_CELL], "cell_contents", cell_contents, NULL);
  Class *cc = vm->cls[T_CODE];
  if (cc) {
    vm_add_property(vm, cc, "co_varnames", co_varnames, NULL);
    vm_add_property(vm, cc, "co_cellvars", co_cellvars, NULL);
    vm_add_property(vm, cc, "co_freevars", co_freevars, NULL);
    vm_add_property(vm, cc, "co_names", co_names, NULL);
    vm_add_property(vm, cc, "co_nlocals", co_nlocals, NULL);
    vm_add_property(vm, cc, "co_stacksize", co_stacksize, NULL);
    vm_add_property(vm, cc, "co_consts", co_consts, NULL);
    vm_add_property(vm, cc, "co_flags", co_flags, NULL);
  }
}

static void intern_names(VM *vm) {
#define VM_NAME_INIT(n) if (!vm->s_##n) vm->s_##n = str_intern_cstr(vm, #n);
  VM_NAMES(VM_NAME_INIT)
#undef VM_NAME_INIT
}

VM *vm_new(const VMConfig *cfg) {
  gc_init();
  VM *vm = gc_alloc_root(sizeof(VM));
  if (!vm) return NULL;
  memset(vm, 0, sizeof *vm);
  if (cfg) vm->cfg = *cfg;
  else vm_config_default(&vm->cfg);
  if (vm->cfg.recursion_limit <= 0) vm->cfg.recursion_limit = 1000;
  vm->exc = v_null();
  vm->sys_stdout = vm->sys_stderr = vm->sys_stdin = v_null();
  vm->builtin_range = vm->builtin_xrange = v_null();

  size_t nstack = VALUE_STACK_MIN;
  if ((size_t)vm->cfg.recursion_limit * 64 > nstack)
    nstack = (size_t)vm->cfg.recursion_limit * 64;
  vm->stack = gc_alloc(sizeof(Value) * nstack);
  vm->max_depth = vm->cfg.recursion_limit + 64;
  vm->frames = gc_alloc(sizeof(Frame) * (size_t)vm->max_depth);
  if (!vm->stack || !vm->frames) {
    gc_free(vm);
    return NULL;
  }
  vm->stack_end = vm->stack + nstack;

  obj_init_types(vm);
  intern_names(vm);
  if (!vm->empty_tuple) vm->empty_tuple = tuple_new(vm, 0);
  exc_init(vm);
  gen_init(vm);
  if (!vm->modules) vm->modules = dict_new(vm);
  if (!vm->modules) { gc_free(vm); return NULL; }
  lib_init_builtins(vm);
  if (!vm->builtin_module) {
    vm->builtin_module = vm_add_module(vm, "__builtin__");
    if (!vm->builtin_module) { gc_free(vm); return NULL; }
  }
  if (!vm->builtins) vm->builtins = vm->builtin_module->dict;
  /* The exception classes are builtins too (if the builtins area did not add them). */
#define VM_EXC_ADD(name, base) \
  if (dict_find_str(vm->builtins, str_intern_cstr(vm, #name)) < 0) \
    dict_set_str(vm, vm->builtins, str_intern_cstr(vm, #name), v_obj(vm->exc_##name));
  VM_EXCEPTIONS(VM_EXC_ADD)
#undef VM_EXC_ADD
  vm->builtin_range = dict_get_str(vm, vm->builtins, vm->s_range);
  vm->builtin_xrange = dict_get_str(vm, vm->builtins, vm->s_xrange);
  lib_init_modules(vm);
  interp_init_extras(vm);
  vm_import_init(vm);
  vm_fin_init(vm);

  Module *m = module_new(vm, vm->s___main__);
  if (!m) { gc_free(vm); return NULL; }
  dict_set_str(vm, m->dict, vm->s___builtins__, v_obj(vm->builtin_module));
  dict_set_str(vm, vm->modules, vm->s___main__, v_obj(m));
  vm->main_module = m;
  vm_exc_clear(vm);
  return vm;
}

void vm_free(VM *vm) {
  if (!vm) return;
  /* As CPython at exit: a pending `print x,` still ends its line. */
  Value se = vm->exc;
  vm->exc = v_null();
  lib_flush_line(vm);
  vm->exc = se;
  vm_flush(vm);
  vm_fin_free(vm);
  jit_free(vm);   /* JIT: jit-summary log, compiled code */
  vm->stack = vm->stack_end = NULL;
  vm->frames = NULL;
  vm->frame_chunks = NULL;
  gc_free(vm);
}

/* ---- compiling and running ------------------------------------------------------ */

Code *vm_compile(VM *vm, const char *src, size_t len, const char *filename,
                 CompileMode mode, int inherit_flags) {
  if (!filename) filename = "<string>";
  ParseMode pm = mode == COMPILE_EVAL ? PARSE_EVAL
               : mode == COMPILE_SINGLE ? PARSE_SINGLE
               : (inherit_flags & VM_COMPILE_STRING) ? PARSE_EXEC : PARSE_FILE;
  Arena *a = arena_new();
  SyntaxErr err;
  memset(&err, 0, sizeof err);
  AstModule *m = parse_source(a, src, len, filename, pm,
                              (inherit_flags & CO_FUTURE_PRINT) != 0, &err);
  if (!m) {
    arena_free(a);
    vm_raise_syntax_ex(vm, &err, filename, mode == COMPILE_FILE);
    return NULL;
  }
  if (inherit_flags & CO_FUTURE_DIVISION) m->future_division = true;
  if (inherit_flags & CO_FUTURE_PRINT) m->future_print_function = true;
  memset(&err, 0, sizeof err);
  Code *code = compile_module(vm, m, filename, mode, &err);
  arena_free(a);
  if (!code) {
    if (!v_isnull(vm->exc)) return NULL;
    if (!err.text[0] && err.line > 0 && pm == PARSE_FILE) {
      /* Like CPython's PyErr_ProgramText: the line from the file, stripped. */
      const char *p = src, *end = src + len;
      for (int l = 1; l < err.line && p < end; p++)
        if (*p == '\n') l++;
      while (p < end && (*p == ' ' || *p == '\t' || *p == '\014')) p++;
      size_t n = 0;
      while (p + n < end && p[n] != '\n' && n + 1 < sizeof err.text) n++;
      memcpy(err.text, p, n);
      err.text[n] = '\0';
    }
    vm_raise_syntax_ex(vm, &err, filename, mode == COMPILE_FILE);
    return NULL;
  }
  vm_code_prepare(vm, code);
  return code;
}

Value vm_exec_code(VM *vm, Code *code, Dict *globals, Dict *locals) {
  if (!globals) globals = vm->main_module->dict;
  if (!locals) locals = globals;
  if (dict_find_str(globals, vm->s___builtins__) < 0 &&
      !dict_set_str(vm, globals, vm->s___builtins__, v_obj(vm->builtin_module)))
    return v_null();
  Frame *f = vm_push_frame(vm, code, NULL, globals, locals);
  if (!f) return v_null();
  return vm_run_frame(vm, f);
}
