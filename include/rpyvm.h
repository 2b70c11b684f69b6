/*
** rpyvm.h: the public embedding API of rpyvm, the whole of it.
**
** A C program embeds rpyvm the way it embeds Lua or Wren: it creates a VM,
** runs code in it, calls script functions with C values, exposes C functions
** to scripts, and gets errors back as values. The `rpyvm` command itself is
** written on this header only.
**
**   rpy_config cfg;
**   rpy_config_init(&cfg);                     (defaults first...)
**   cfg.recursion_limit = 500;                 (...then change fields)
**   rpy_vm *vm = rpy_vm_new(&cfg);
**   if (rpy_exec_string(vm, "def twice(s): return s * 2", "init") != RPY_OK)
**     fprintf(stderr, "%s", rpy_error_text(vm));
**   rpy_value f, arg = rpy_str(vm, "ab", 2), res;
**   rpy_get_global(vm, "twice", &f);
**   if (rpy_call(vm, f, 1, &arg, &res) == RPY_OK) { ...rpy_to_str(vm, res, &s, &n)... }
**   rpy_vm_free(vm);
**
** Rules every function follows:
**  - Every entry point is a protected boundary. A script error, a bad
**    argument or a misuse of the API returns a status (never exit(), never
**    abort()) and leaves the VM usable. The error is kept as the VM's "last
**    error": rpy_error_text() shows it as CPython would print it.
**  - A function that fails sets the last error; one that succeeds leaves it
**    unchanged (rpy_error_clear() forgets it).
**  - No global mutable state: several VMs may live in one process, and each
**    may be used by one thread at a time (different VMs concurrently from
**    different threads, JIT included). A thread is registered with the
**    garbage collector the first time it calls into rpyvm and unregistered
**    when it exits. Load the shared library from the main thread (the
**    garbage collector initialises itself when the library is loaded).
**  - Values belong to the VM that made them; do not pass a string or a list
**    of one VM to another (None, booleans, ints and floats are fine).
**
** Memory (read this once): rpyvm uses a conservative garbage collector that
** scans thread stacks, registers and the static data of the program, but not
** memory from malloc()/new. An rpy_value held in a local variable, an
** argument or a global keeps its object alive for as long as it is there,
** across any number of API calls. An rpy_value stored only in malloc()ed
** memory (a host struct, a C++ container) does NOT: turn it into a handle
** (rpy_handle_new) and keep the handle instead.
**
** Strings are byte strings (Python 2 `str`): they may contain NUL bytes;
** rpy_to_str gives the length and the bytes are always followed by a NUL.
*/
#ifndef RPYVM_H
#define RPYVM_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define RPYVM_VERSION_MAJOR 0
#define RPYVM_VERSION_MINOR 1
#define RPYVM_VERSION_PATCH 0
#define RPYVM_VERSION "0.1.0"

#if defined(__GNUC__) || defined(__clang__)
#define RPY_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define RPY_PRINTF(f, a)
#endif

/* ==== types ============================================================== */

/* A virtual machine: its own modules, globals, builtins and JIT. Opaque. */
typedef struct rpy_vm rpy_vm;

/* What every entry point returns. */
typedef enum {
  RPY_OK = 0,
  RPY_ERR_SYNTAX,       /* the source did not compile (SyntaxError, IndentationError) */
  RPY_ERR_RUNTIME,      /* an exception was raised (SystemExit included) */
  RPY_ERR_MEMORY,       /* out of memory (MemoryError) */
  RPY_ERR_INTERRUPTED,  /* KeyboardInterrupt */
  RPY_ERR_IO,           /* a file could not be read (rpy_exec_file...) */
  RPY_ERR_API           /* misuse of the API: NULL pointer, invalid value, bad name... */
} rpy_status;

/* A value: a small struct passed by value. None, booleans, ints and floats
** are held inside it; anything else (str, list, dict, functions, instances,
** ...) is a reference to a garbage-collected object (see "Memory" above).
** The fields are private: use the functions below. A zeroed rpy_value is
** not a valid value (it is what functions store in *out on failure). */
typedef struct rpy_value {
  uint32_t rpy_tag_;
  uint32_t rpy_aux_;
  union { int64_t i; double f; void *p; } rpy_u_;
} rpy_value;

/* The kind of a value, as far as C needs to know it. */
typedef enum {
  RPY_TYPE_INVALID = 0, /* not a value (zeroed, or the *out of a failed call) */
  RPY_TYPE_NONE,
  RPY_TYPE_BOOL,
  RPY_TYPE_INT,         /* int (and long) */
  RPY_TYPE_FLOAT,
  RPY_TYPE_STR,
  RPY_TYPE_TUPLE,
  RPY_TYPE_LIST,
  RPY_TYPE_DICT,
  RPY_TYPE_FUNCTION,    /* a script function, C function, or bound method */
  RPY_TYPE_CLASS,
  RPY_TYPE_MODULE,
  RPY_TYPE_OBJECT       /* anything else (instances, sets, files, ...) */
} rpy_type;

/* A handle: a reference to a value the host keeps across calls anywhere it
** likes (malloc memory included). It keeps its value alive until freed with
** rpy_handle_free or until the VM is freed. Opaque. */
typedef struct rpy_handle rpy_handle;

/* Output sink: called with bytes the VM writes (no NUL terminator). */
typedef void (*rpy_write_fn)(void *userdata, const char *bytes, size_t len);

/* ==== configuration ====================================================== */

/* VM configuration. Call rpy_config_init() first, then change fields; the
** VM copies everything it needs in rpy_vm_new (nothing is referenced
** afterwards, except the callbacks and their userdata). */
typedef struct rpy_config {
  /* Output of sys.stdout / print, and of sys.stderr (tracebacks printed by
  ** rpy_error_print go there too). NULL: the process's stdout (buffered as
  ** CPython buffers it) / stderr. */
  rpy_write_fn out;
  void *out_userdata;
  rpy_write_fn err;
  void *err_userdata;

  /* Module search path: NULL-terminated array of directories, put at the
  ** front of sys.path in this order (like PYTHONPATH). NULL: none. sys.path
  ** is empty otherwise; imports still find the builtin and embedded modules. */
  const char *const *path;

  /* sys.argv (argc strings). argc 0 / argv NULL: sys.argv == ['']. */
  int argc;
  const char *const *argv;

  /* Maximum depth of script calls (sys.getrecursionlimit()); 0: 1000. */
  int recursion_limit;

  /* JIT parameters in PyPy's --jit syntax: "off", "default",
  ** "threshold=200,function_threshold=300,trace_eagerness=50", ...
  ** (rpy_jit_help lists them). "" means the defaults. Set it with
  ** rpy_config_set_jit / rpy_config_set_jit_param (which check it and
  ** append), or write the string yourself. */
  char jit[512];

  /* Anything the host wants; rpy_userdata(vm) returns it. */
  void *userdata;

  /* Why the last rpy_config_set_jit* call failed ("" if it did not). */
  char error[256];
} rpy_config;

/* Defaults: stdout/stderr, no extra path, sys.argv [''], recursion limit
** 1000, JIT on with PyPy's default parameters. */
void rpy_config_init(rpy_config *cfg);

/* Append JIT parameters in --jit syntax to cfg->jit after checking them.
** RPY_ERR_API (cfg->jit unchanged, cfg->error says why) on an unknown name
** or bad value: "no JIT parameter named 'x' (try --jit help)". */
rpy_status rpy_config_set_jit(rpy_config *cfg, const char *spec);
/* The same for one parameter: rpy_config_set_jit_param(&cfg, "threshold", 100). */
rpy_status rpy_config_set_jit_param(rpy_config *cfg, const char *name, int64_t value);

/* ==== VMs ================================================================ */

/* A new VM (cfg NULL: the defaults). NULL if out of memory, if cfg->jit is
** invalid (rpy_config_set_jit checks it) or if argc / argv are inconsistent
** (argc < 0, or a NULL among the first argc strings). */
rpy_vm *rpy_vm_new(const rpy_config *cfg);
/* Flush the VM's output (a pending `print x,` ends its line, as CPython does
** at exit) and free it with everything in it, handles included. NULL is
** ignored. Must not be called from inside a C function the VM is running. */
void rpy_vm_free(rpy_vm *vm);

/* The userdata of the configuration, and a way to change it. */
void *rpy_userdata(rpy_vm *vm);
void rpy_set_userdata(rpy_vm *vm, void *userdata);

/* Flush buffered output of sys.stdout (when it goes to the process stdout). */
void rpy_flush(rpy_vm *vm);

/* Run a full garbage collection (all VMs share one collector). */
void rpy_gc_collect(rpy_vm *vm);

/* "0.1.0" */
const char *rpy_version(void);

/* ==== running code ======================================================= */

/* Compile and run source text (NUL-terminated) in the VM's __main__ module.
** chunk_name is the file name tracebacks and syntax errors show (NULL:
** "<string>"); the VM keeps the source of each chunk name so tracebacks
** show its lines (except for names like "<string>", as in CPython).
** RPY_ERR_SYNTAX if it does not compile, RPY_ERR_RUNTIME (or _MEMORY,
** _INTERRUPTED) if it raised. */
rpy_status rpy_exec_string(rpy_vm *vm, const char *source, const char *chunk_name);
/* The same for len bytes of source that need not be NUL-terminated. */
rpy_status rpy_exec_buffer(rpy_vm *vm, const char *source, size_t len, const char *chunk_name);
/* Run a script file in __main__ (as `rpyvm path` does: __file__ is set to
** path). RPY_ERR_IO (IOError "[Errno 2] No such file or directory: 'x'")
** if it cannot be read. */
rpy_status rpy_exec_file(rpy_vm *vm, const char *path);
/* Evaluate one expression in __main__ and store its value in *result. */
rpy_status rpy_eval(rpy_vm *vm, const char *expression, rpy_value *result);

/* Compile source and write its bytecode listing (what `rpyvm --dis` shows)
** to the VM's output instead of running it. */
rpy_status rpy_disassemble(rpy_vm *vm, const char *source, size_t len, const char *chunk_name);
rpy_status rpy_disassemble_file(rpy_vm *vm, const char *path);

/* ==== globals, modules, attributes ======================================= */

/* A global of __main__ (falling back to the builtins, as a script's name
** lookup does). RPY_ERR_RUNTIME with NameError "name 'x' is not defined" if
** absent. */
rpy_status rpy_get_global(rpy_vm *vm, const char *name, rpy_value *out);
rpy_status rpy_set_global(rpy_vm *vm, const char *name, rpy_value value);
/* `import name` (dotted names allowed): *out is the module itself (for
** "a.b", module b). */
rpy_status rpy_import(rpy_vm *vm, const char *name, rpy_value *out);
/* obj.name, obj.name = value. */
rpy_status rpy_get_attr(rpy_vm *vm, rpy_value obj, const char *name, rpy_value *out);
rpy_status rpy_set_attr(rpy_vm *vm, rpy_value obj, const char *name, rpy_value value);

/* ==== calls ============================================================== */

/* callable(*argv). result may be NULL when the value is not wanted. */
rpy_status rpy_call(rpy_vm *vm, rpy_value callable, int argc, const rpy_value *argv,
                    rpy_value *result);
/* callable(*argv, **kwargs): kwargs a dict of str keys (or a zeroed value /
** None for none). */
rpy_status rpy_call_kw(rpy_vm *vm, rpy_value callable, int argc, const rpy_value *argv,
                       rpy_value kwargs, rpy_value *result);
/* obj.name(*argv). */
rpy_status rpy_call_method(rpy_vm *vm, rpy_value obj, const char *name, int argc,
                           const rpy_value *argv, rpy_value *result);

/* ==== values ============================================================= */

/* Constructors. None, booleans, ints and floats never fail. rpy_str copies
** len bytes (on failure it returns an invalid value, which any function it
** is then passed to rejects, and sets the last error). */
rpy_value rpy_none(void);
rpy_value rpy_bool(int b);
rpy_value rpy_int(rpy_vm *vm, int64_t i);
rpy_value rpy_float(double d);
rpy_value rpy_str(rpy_vm *vm, const char *bytes, size_t len);
rpy_value rpy_cstr(rpy_vm *vm, const char *s);   /* rpy_str(vm, s, strlen(s)) */

/* Inspection. rpy_type_name is Python's type(v).__name__ ("int", "Point"). */
rpy_type rpy_type_of(rpy_value v);
const char *rpy_type_name(rpy_vm *vm, rpy_value v);
int rpy_is_none(rpy_value v);
int rpy_is_callable(rpy_vm *vm, rpy_value v);
/* a is b */
int rpy_is(rpy_value a, rpy_value b);

/* Checked conversions: RPY_ERR_RUNTIME with a TypeError as the last error
** when v has the wrong type (in a C function, return that status to raise
** it in the script). rpy_to_int accepts int and bool (and objects with
** __int__); rpy_to_float int, bool and float; rpy_to_str only str: *bytes
** points into the string (NUL-terminated, valid as long as the value is
** alive); len may be NULL. rpy_to_bool gives the truth value of anything. */
rpy_status rpy_to_int(rpy_vm *vm, rpy_value v, int64_t *out);
rpy_status rpy_to_float(rpy_vm *vm, rpy_value v, double *out);
rpy_status rpy_to_str(rpy_vm *vm, rpy_value v, const char **bytes, size_t *len);
rpy_status rpy_to_bool(rpy_vm *vm, rpy_value v, int *out);

/* str(v) and repr(v), as str values. */
rpy_status rpy_str_of(rpy_vm *vm, rpy_value v, rpy_value *out);
rpy_status rpy_repr(rpy_vm *vm, rpy_value v, rpy_value *out);
/* a == b as a script compares: *out 1 or 0. */
rpy_status rpy_equal(rpy_vm *vm, rpy_value a, rpy_value b, int *out);

/* ==== containers ========================================================= */

/* New list / tuple of n items (items NULL: n Nones), new empty dict. */
rpy_status rpy_list_new(rpy_vm *vm, int64_t n, const rpy_value *items, rpy_value *out);
rpy_status rpy_tuple_new(rpy_vm *vm, int64_t n, const rpy_value *items, rpy_value *out);
rpy_status rpy_dict_new(rpy_vm *vm, rpy_value *out);
/* list.append(item) */
rpy_status rpy_list_append(rpy_vm *vm, rpy_value list, rpy_value item);
/* len(v) for anything that has one. */
rpy_status rpy_len(rpy_vm *vm, rpy_value v, int64_t *out);
/* container[key], container[key] = value, del container[key]: lists, tuples,
** strings, dicts and objects with __getitem__... (KeyError, IndexError as
** scripts see them). */
rpy_status rpy_get_item(rpy_vm *vm, rpy_value container, rpy_value key, rpy_value *out);
rpy_status rpy_set_item(rpy_vm *vm, rpy_value container, rpy_value key, rpy_value value);
rpy_status rpy_del_item(rpy_vm *vm, rpy_value container, rpy_value key);
/* seq[i] with a C index (negative counts from the end). */
rpy_status rpy_get_index(rpy_vm *vm, rpy_value seq, int64_t i, rpy_value *out);
/* d[key] with a C string key. */
rpy_status rpy_dict_get(rpy_vm *vm, rpy_value dict, const char *key, rpy_value *out);
rpy_status rpy_dict_set(rpy_vm *vm, rpy_value dict, const char *key, rpy_value value);
/* Iterate a dict in insertion order:
**   size_t pos = 0; rpy_value k, v;
**   while (rpy_dict_next(vm, d, &pos, &k, &v)) ...
** Returns 1 with the next entry, 0 at the end (or if d is not a dict: then
** the last error says so). Do not add or remove keys while iterating. */
int rpy_dict_next(rpy_vm *vm, rpy_value dict, size_t *pos, rpy_value *key, rpy_value *value);

/* ==== C functions ======================================================== */

/* A C function scripts can call. argv holds argc arguments (valid during the
** call); store the return value in *result (left alone: None) and return
** RPY_OK, or return the status of a failed API call (rpy_to_int, rpy_call,
** ...) or of rpy_raise to raise that error in the script. Keyword arguments
** are refused with TypeError before the function runs. The function may call
** any API function on vm (rpy_call, rpy_exec_string, ...). */
typedef rpy_status (*rpy_cfunction)(rpy_vm *vm, int argc, const rpy_value *argv,
                                    rpy_value *result);

/* Make fn callable from scripts as `name`. module NULL: a builtin visible to
** every module; else a function of that module (created if needed, dotted
** names allowed), which scripts `import`. Registering a name again replaces it. */
rpy_status rpy_register_function(rpy_vm *vm, const char *module, const char *name,
                                 rpy_cfunction fn);

/* A module's functions as a table ending with {NULL, NULL}. */
typedef struct rpy_function_def {
  const char *name;
  rpy_cfunction fn;
} rpy_function_def;
rpy_status rpy_register_module(rpy_vm *vm, const char *module, const rpy_function_def *defs);
/* Put a value (a constant, a class, a dict...) into a module (NULL: builtins). */
rpy_status rpy_register_value(rpy_vm *vm, const char *module, const char *name,
                              rpy_value value);

/* For C functions: TypeError "name() takes exactly 2 arguments (1 given)"
** (or "at least" / "at most") unless min <= argc <= max (max -1: no limit). */
rpy_status rpy_check_args(rpy_vm *vm, const char *name, int argc, int min, int max);

/* ==== errors ============================================================= */

/* Raise exc_type(message) with a printf-formatted message: exc_type names a
** builtin exception ("ValueError", "KeyError", ...; NULL: "RuntimeError") or,
** dotted, a class of a module ("mymod.MyError"). Returns RPY_ERR_RUNTIME (a C
** function returns that to raise it in the script; elsewhere it becomes the
** last error). RPY_ERR_API if exc_type is not an exception class. */
rpy_status rpy_raise(rpy_vm *vm, const char *exc_type, const char *fmt, ...) RPY_PRINTF(3, 4);
rpy_status rpy_raisev(rpy_vm *vm, const char *exc_type, const char *fmt, va_list ap);
/* Raise an exception instance or class (a value caught earlier, a class
** made by a script). */
rpy_status rpy_raise_value(rpy_vm *vm, rpy_value exception);

/* The last error as CPython prints an uncaught exception: "Traceback (most
** recent call last):", one `File "name", line N, in f` line per frame
** (followed by that source line when the file or chunk is known), then
** "KeyError: 'x'" (syntax errors: file, line, source text and caret). ""
** when there is none. Valid until the next error or rpy_error_clear. */
const char *rpy_error_text(rpy_vm *vm);
/* Its status (RPY_OK when there is none), its exception class name
** ("KeyError"; NULL when none), its message (str() of the exception). */
rpy_status rpy_error_status(rpy_vm *vm);
const char *rpy_error_type(rpy_vm *vm);
const char *rpy_error_message(rpy_vm *vm);
/* 1 if the last error is an instance of the builtin exception class named
** exc_type (subclasses included): rpy_error_matches(vm, "LookupError"). */
int rpy_error_matches(rpy_vm *vm, const char *exc_type);
/* The exception object itself. */
rpy_status rpy_error_value(rpy_vm *vm, rpy_value *out);
/* If the last error is SystemExit: store the exit status CPython would use
** (sys.exit() / None: 0, an int: that int, anything else: its str() is
** written to the VM's error output and the status is 1), forget the error,
** return 1. Otherwise return 0. */
int rpy_error_exit_status(rpy_vm *vm, int *status);
/* Print the last error to the VM's error output as CPython prints an
** uncaught exception (pending output is flushed first), then forget it. */
void rpy_error_print(rpy_vm *vm);
/* Forget the last error. */
void rpy_error_clear(rpy_vm *vm);

/* ==== handles ============================================================ */

/* A handle on v (NULL + last error if out of memory or v is invalid). */
rpy_handle *rpy_handle_new(rpy_vm *vm, rpy_value v);
/* The value of a live handle (an invalid value + RPY_ERR_API last error for
** a freed or foreign handle). */
rpy_value rpy_handle_get(rpy_vm *vm, const rpy_handle *h);
/* Let the value go. NULL is ignored; freeing twice is detected (RPY_ERR_API
** last error) as long as the slot was not reused. */
void rpy_handle_free(rpy_vm *vm, rpy_handle *h);
/* Live handles of the VM (for leak checks). */
size_t rpy_handle_count(rpy_vm *vm);

/* ==== JIT ================================================================ */

/* Per VM, the parameters of PyPy's --jit (see rpy_jit_help). rpy_jit_set
** takes the --jit syntax ("threshold=100,trace_eagerness=5", "off",
** "default"); rpy_jit_set_param one parameter; rpy_jit_off turns the JIT
** off ("default" turns it back on with default parameters). Unknown names
** and bad values are RPY_ERR_API. */
rpy_status rpy_jit_set(rpy_vm *vm, const char *spec);
rpy_status rpy_jit_set_param(rpy_vm *vm, const char *name, int64_t value);
rpy_status rpy_jit_get_param(rpy_vm *vm, const char *name, int64_t *value);
rpy_status rpy_jit_off(rpy_vm *vm);
int rpy_jit_enabled(rpy_vm *vm);
/* The `--jit help` text into buf (NUL-terminated, truncated to size);
** returns its full length (call with size 0 to measure). */
size_t rpy_jit_help(char *buf, size_t size);

#ifdef __cplusplus
}
#endif

#endif
