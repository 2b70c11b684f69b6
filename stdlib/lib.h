/*
** lib.h: the builtins area. The __builtin__ module (lib_builtins.c,
** lib_ctors.c), the C modules sys, os, os.path, math, time and rpython.*
** (lib_sys.c, lib_os.c, lib_math.c, lib_time.c, lib_jit.c), file objects and
** the print statement (lib_file.c).
**
** Conventions as in vm.h: a function that can raise returns T_NULL / NULL /
** false with the exception pending in vm->exc.
*/
#ifndef RPY_LIB_H
#define RPY_LIB_H

#include "../vm/vm.h"

/* ---- the print statement (lib_file.c) ------------------------------------ */
/* `print v,` to file (T_NULL or None: sys.stdout as currently bound in the
** sys module) with Python 2's softspace rules; any object with a `write`
** method works as the file. */
bool lib_print_item(VM *vm, Value file, Value v);
/* The newline of a print statement: writes "\n" and clears softspace. */
bool lib_print_newline(VM *vm, Value file);
/* Py_FlushLine: if sys.stdout's softspace is set, write "\n" and clear it.
** CPython does this when the program ends and before it prints a traceback,
** so `print 'x',` as the last statement still ends its line. */
void lib_flush_line(VM *vm);
/* PyFile_SoftSpace: set f's softspace flag to newval, return the old one (any
** file-like object; errors are swallowed). */
int lib_softspace_swap(VM *vm, Value f, int newval);

/* ---- sys (lib_sys.c) ------------------------------------------------------ */
void lib_set_argv(VM *vm, int argc, char **argv);       /* sys.argv */
void lib_set_path(VM *vm, const char *script_dir);      /* sys.path[0] */

/* ---- struct sequences (lib_sys.c) ------------------------------------------- */
/* A CPython structseq type (time.struct_time, posix.stat_result,
** sys.version_info): a tuple subclass `module.name` of nvisible items with
** read-only attributes fields[i] (NULL: an unnamed field); fields past
** nvisible are attributes only. At most 16 fields. */
Class *lib_structseq_class(VM *vm, const char *name, const char *module,
                           const char *const *fields, int nfields, int nvisible);
/* An instance from n_fields items. */
Value lib_structseq_new(VM *vm, Class *cls, const Value *items);
/* The class `name` stored in module `module` (NULL if absent). */
Class *lib_structseq_lookup(VM *vm, const char *module, const char *name);

/* ---- file objects (lib_file.c) -------------------------------------------- */
typedef enum { FILE_REAL, FILE_STDIN, FILE_STDOUT, FILE_STDERR,
               FILE_PIPE /* os.popen: closed with pclose */ } FileKind;

/* A file object: kind T_FILE, class vm->cls[T_FILE]. sys.stdout writes go
** through vm_write_out, sys.stderr through vm_write_err; the others use C
** stdio (fp is malloc memory, never a GC pointer). */
typedef struct File {
  Obj h;
  FILE *fp;             /* NULL once closed (FILE_STDOUT/ERR: unused) */
  FileKind fkind;
  Str *name;            /* "<stdout>", or the path */
  Str *mode;            /* "r", "wb", ... */
  bool closed, readable, writable;
  bool last_write;      /* last operation was a write (fseek needed before a read) */
  int softspace;        /* print statement state */
} File;

#define AS_FILE(v) ((File *)(v).u.o)

/* Open a file as open(name, mode) does; IOError "[Errno 2] No such file or
** directory: 'x'" (errno, strerror, filename attributes) on failure. */
Value lib_file_open(VM *vm, const char *name, const char *mode);
/* Wrap a C stream (not closed when the file object is collected). */
Value lib_file_from_stream(VM *vm, FILE *fp, FileKind kind, const char *name,
                           const char *mode);
/* Flush the files open() returned that are still open (no refcounting closes
** them as in CPython): called before anything that reads files by name. */
void lib_flush_files(VM *vm);
/* Write s to any file-like object (File fast path, else f.write(s)). */
bool lib_file_write(VM *vm, Value file, Str *s);

/* ---- errors shared by the builtins area --------------------------------------- */
/* Raise cls(errno, strerror(errno)[, filename]) the way CPython does for
** OSError / IOError: "[Errno 2] No such file or directory: 'x'". T_NULL. */
Value lib_raise_errno(VM *vm, Class *cls, int err, const char *filename);
/* Raise an instance of cls built from argv (SystemExit(code), ...). T_NULL. */
Value lib_raise_args(VM *vm, Class *cls, int argc, Value *argv);
/* Arity checks with CPython's wording. style:
**   'O' "len() takes exactly one argument (2 given)"   (METH_O)
**   'N' "globals() takes no arguments (1 given)"       (METH_NOARGS)
**   'U' "range expected at least 1 arguments, got 0"   (PyArg_UnpackTuple)
**   'P' "chr() takes exactly 1 argument (0 given)"     (PyArg_ParseTuple)
** false with TypeError pending when argc is out of [min, max] (max -1: any). */
bool lib_nargs(VM *vm, char style, const char *name, int argc, int min, int max);
/* `name() takes no keyword arguments` unless kw is NULL or empty. */
bool lib_nokw(VM *vm, const char *name, Dict *kw);
/* Keyword `name` of kw (T_NULL if absent or kw is NULL). kw is never modified. */
Value lib_kwarg(VM *vm, Dict *kw, const char *name);
/* TypeError "'x' is an invalid keyword argument for this function" when kw
** holds a key not in allowed (NULL-terminated). */
bool lib_kw_check(VM *vm, Dict *kw, const char *const *allowed);
/* Argument number i (0-based) given by position or as keyword `name`: *out is
** T_NULL when absent; false + TypeError when given both ways. */
bool lib_arg(VM *vm, int argc, Value *argv, Dict *kw, int i, const char *name,
             const char *fname, Value *out);
/* Arguments bound as CPython's PyArg_ParseTupleAndKeywords with only "O"
** units: parameters names (NULL-terminated), the first nreq required;
** out[i] T_NULL when absent. Errors in CPython's order: too many, given by
** name and position, a required one missing, an unknown keyword. */
bool lib_parse_args(VM *vm, int argc, Value *argv, Dict *kw, const char *fname,
                    const char *const *names, int nreq, Value *out);
/* A C int64 from an int/bool Value; TypeError "an integer is required". */
bool lib_to_int(VM *vm, Value v, int64_t *out);
/* A C double from an int/bool/float (or __float__); TypeError "a float is required". */
bool lib_to_double(VM *vm, Value v, double *out);

/* A class for instances of kind T_INSTANCE that behaves like a user class
** (instances take attributes; repr <class 'module.Name'>), base NULL = object. */
Class *lib_class(VM *vm, const char *name, Class *base, const char *module);

/* ---- more of os (lib_ospath.c) --------------------------------------------------- */
struct stat;
/* An os.stat_result (posix.stat_result struct sequence) for st. */
Value lib_stat_result(VM *vm, const struct stat *st);
/* Adds walk, makedirs, fstat, ... to os and commonprefix, relpath, ... to
** os.path (path may be NULL); called by lib_init_os. */
void lib_init_os_more(VM *vm, Module *os, Module *path);

/* ---- module initialisation (lib_sys.c calls these) ----------------------------- */
void lib_init_file(VM *vm);     /* file class methods, sys.std* objects */
void lib_init_os(VM *vm);       /* os, os.path */
void lib_init_math(VM *vm);     /* math */
void lib_init_time(VM *vm);     /* time */
void lib_init_jit(VM *vm);      /* rpython, rpython.rlib, rpython.rlib.jit, rpython.jit... */
void lib_init_ctors(VM *vm);    /* builtin type constructors (lib_ctors.c) */
void lib_init_bytes(VM *vm);    /* bytearray, buffer, memoryview, coerce (lib_bytes.c) */
/* The bytes of a str, bytearray, buffer or memoryview (lib_bytes.c); false,
** without an exception, for anything else. Valid until the object changes. */
bool lib_bytes_of(Value v, const char **p, int64_t *n);
/* The bytes of a bytearray or of a memoryview of one, to write in place;
** false, without an exception, for anything else (read-only buffers). */
bool lib_bytes_writable(Value v, char **p, int64_t *n);

/* ---- rpython.rlib.jit (lib_jit.c) ------------------------------------------- */
/* driver.jit_merge_point(**live): the interpreter's behaviour (nothing: the
** JIT hooks its own entry here). driver is the JitDriver instance. */
Value lib_jit_merge_point(VM *vm, Value driver, Dict *live);
/* Flags set in Func.attrs by the decorators, so the JIT can read them. */
#define LIB_JIT_FLAGS(_) \
  _(elidable) _(dont_look_inside) _(unroll_safe) _(look_inside) _(loop_invariant) \
  _(elidable_promote) _(oopspec) _(not_rpython) _(jit_callback)
/* True if f (a Func) carries the decorator flag `_<name>_` (e.g. "_elidable_"). */
bool lib_jit_has_flag(VM *vm, Value f, const char *flag);

#endif
