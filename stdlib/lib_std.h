/*
** lib_std.h: the standard-library area. str.format / format() / __format__
** (vm/obj_strformat.c); the C modules _random (lib_random.c), re on PCRE2
** (lib_re.c), operator and _functools (lib_operator.c, which also holds the
** shared std_* helpers, lib_init_stdlib and os.path additions), itertools
** (lib_itertools.c), _collections (deque, defaultdict) and _heapq
** (lib_collections.c), struct (lib_struct.c); and the modules written in the language under
** stdlib/lib/ (random, string, collections, _abcoll, functools, heapq,
** bisect, copy, keyword, types), embedded by tools/embed.sh.
**
** Conventions as in vm.h: a function that can raise returns T_NULL / NULL /
** false with the exception pending in vm->exc.
*/
#ifndef RPY_LIB_STD_H
#define RPY_LIB_STD_H

#include "../vm/vm.h"

/* Called once from lib_init_modules: registers everything below. */
void lib_init_stdlib(VM *vm);

/* ---- str.format / format() (vm/obj_strformat.c) ------------------------------ */
/* format(v, spec) with CPython 2.7's mini-language; spec NULL means "". */
Str *vm_format_value(VM *vm, Value v, Str *spec);
/* fmt.format(*argv, **kw). */
Str *vm_str_format(VM *vm, Str *fmt, int argc, Value *argv, Dict *kw);
void lib_init_strformat(VM *vm);   /* str.format, __format__ methods, format() */

/* ---- modules ------------------------------------------------------------------- */
void lib_init_random(VM *vm);      /* _random (lib_random.c) */
void lib_init_operator(VM *vm);    /* operator (lib_operator.c) */
void lib_init_itertools(VM *vm);   /* itertools (lib_itertools.c) */
void lib_init_collections(VM *vm); /* _collections (deque, defaultdict), _heapq (lib_collections.c) */
void lib_init_functools(VM *vm);   /* _functools: partial, reduce (lib_operator.c) */
void lib_init_re(VM *vm);          /* re, on PCRE2 (lib_re.c) */
void lib_init_struct(VM *vm);      /* struct (lib_struct.c) */

/* Obj.flags of the dicts collections.defaultdict makes (lib_collections.c):
** they carry a default_factory after the Dict (and its OBJ_ATTRS slot). */
#define STD_DEFDICT_OBJ 0x20000000u

/* ---- helpers shared by the stdlib C files (lib_operator.c) ---------------------- */
/* A builtin class for instances of kind T_INSTANCE whose objects are larger
** C structs (Instance first): ctor allocates them. module is the __module__. */
Class *std_class(VM *vm, const char *name, const char *module, CFn ctor);
/* The ctor that makes instances of cls (first ctor along the MRO). */
CFn std_ctor_of(Class *cls);
/* v is an instance made by ctor (a C object of that kind, or of a subclass). */
bool std_is(Value v, CFn ctor);
/* Allocate a C object of size bytes (>= sizeof(Instance)) of class cls. */
void *std_alloc(VM *vm, Class *cls, size_t size);
/* Set name in module dict / class dict. */
void std_set(VM *vm, Dict *d, const char *name, Value v);
/* TypeError "descriptor 'append' requires a 'collections.deque' object but received a 'int'". */
Value std_bad_self(VM *vm, const char *meth, const char *tname, Value got);

#endif
