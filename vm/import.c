/*
** import.c: modules and the import statement, with Python 2's semantics.
**
** A name is looked up in sys.modules first (builtin C modules are registered
** there at start-up by vm_add_module), then as a user module `name.py` or
** package `name/__init__.py` along sys.path (or the package's __path__),
** then among the modules written in the language and embedded in the binary
** (build/stdlib/lib_embedded.c). `import a.b.c` imports each level and binds
** each submodule as an attribute of its parent; inside a package, a plain
** `import x` first tries the sibling `pkg.x` (Python 2's implicit relative
** import). A module is in sys.modules before its body runs, so circular
** imports see the partly initialised module; a body that fails is removed.
*/
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "vm.h"
#include "types.h"
#include "../gc/gc.h"

/* The table tools/embed.sh generates from the stdlib/lib modules. */
typedef struct { const char *name; const char *src; size_t len; } EmbeddedModule;
extern const EmbeddedModule lib_embedded_modules[];

/* ---- module objects --------------------------------------------------------- */

Module *module_new(VM *vm, Str *name) {
  Module *m = gc_alloc(sizeof(Module));
  if (!m) {
    vm_raise(vm, vm->exc_MemoryError, NULL);
    return NULL;
  }
  m->h.kind = T_MODULE;
  m->h.cls = vm->cls[T_MODULE];
  m->name = name;
  m->dict = dict_new(vm);
  if (!m->dict) return NULL;
  if (!dict_set_str(vm, m->dict, vm->s___name__, v_obj(name)) ||
      !dict_set_str(vm, m->dict, vm->s___doc__, v_none()) ||
      !dict_set_str(vm, m->dict, vm->s___package__, v_none()))
    return NULL;
  return m;
}

static Value modules_get(VM *vm, Str *name) {
  if (!vm->modules) return v_null();
  return dict_get_str(vm, vm->modules, str_intern(vm, name));
}

static bool modules_set(VM *vm, Str *name, Value m) {
  return dict_set_str(vm, vm->modules, str_intern(vm, name), m);
}

static void modules_del(VM *vm, Str *name) {
  Value se = vm->exc;
  Traceback *st = vm->exc_tb;
  vm->exc = v_null();
  dict_del(vm, vm->modules, v_obj(str_intern(vm, name)));
  vm->exc = se;
  vm->exc_tb = st;
}

Module *vm_add_module(VM *vm, const char *name) {
  if (!vm->modules) {
    vm->modules = dict_new(vm);
    if (!vm->modules) return NULL;
  }
  Module *parent = NULL, *m = NULL;
  size_t len = strlen(name);
  for (size_t i = 0; i <= len; i++) {
    if (name[i] != '.' && name[i] != '\0') continue;
    Str *full = str_intern(vm, str_new(vm, name, i));
    Value v = modules_get(vm, full);
    if (v.tag == T_MODULE) {
      m = AS_MODULE(v);
    } else {
      m = module_new(vm, full);
      if (!m || !modules_set(vm, full, v_obj(m))) return NULL;
    }
    if (parent) {
      const char *last = strrchr(full->data, '.');
      Str *part = str_intern_cstr(vm, last ? last + 1 : full->data);
      if (dict_find_str(parent->dict, vm->s___path__) < 0) {
        List *p = list_new(vm, 0);
        if (p) dict_set_str(vm, parent->dict, vm->s___path__, v_obj(p));
      }
      dict_set_str(vm, parent->dict, part, v_obj(m));
    }
    parent = m;
  }
  return m;
}

/* ---- finding and loading ------------------------------------------------------ */

static char *read_whole_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  size_t cap = 1 << 14, n = 0;
  char *buf = malloc(cap);
  while (buf) {
    n += fread(buf + n, 1, cap - n, f);
    if (n < cap) break;
    cap *= 2;
    char *nb = realloc(buf, cap);
    if (!nb) { free(buf); buf = NULL; }
    else buf = nb;
  }
  fclose(f);
  if (buf) *len = n;
  return buf;
}

static bool is_file(const char *path) {
  struct stat st;
  return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static bool is_dir(const char *path) {
  struct stat st;
  return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* Run source as the body of module `fullname` (already created). */
static Value exec_module_source(VM *vm, Module *m, const char *src, size_t len,
                                const char *filename) {
  Code *code = vm_compile(vm, src, len, filename, COMPILE_FILE, 0);
  if (!code) return v_null();
  if (dict_find_str(m->dict, vm->s___builtins__) < 0 &&
      !dict_set_str(vm, m->dict, vm->s___builtins__, v_obj(vm->builtin_module)))
    return v_null();
  return vm_exec_code(vm, code, m->dict, m->dict);
}

/* Load a module from source: registered in sys.modules before its body runs,
** removed again if the body fails. Returns what sys.modules then holds. */
static Value load_source(VM *vm, Str *fullname, const char *src, size_t len,
                         const char *filename, bool file_attr, const char *pkgdir) {
  Module *m = module_new(vm, fullname);
  if (!m) return v_null();
  if (file_attr &&
      !dict_set_str(vm, m->dict, vm->s___file__, v_obj(str_from_cstr(vm, filename))))
    return v_null();
  if (pkgdir) {
    Value d = v_obj(str_from_cstr(vm, pkgdir));
    List *p = list_from(vm, 1, &d);
    if (!p || !dict_set_str(vm, m->dict, vm->s___path__, v_obj(p))) return v_null();
  }
  if (!modules_set(vm, fullname, v_obj(m))) return v_null();
  Value r = exec_module_source(vm, m, src, len, filename);
  if (v_isnull(r)) {
    modules_del(vm, fullname);
    return v_null();
  }
  Value v = modules_get(vm, fullname);
  return v_isnull(v) ? v_obj(m) : v;
}

/* The search path: sys.path as currently bound, then cfg.path. */
static Value search_path(VM *vm) {
  if (vm->sys_module) {
    Value p = dict_get_str(vm, vm->sys_module->dict, str_intern_cstr(vm, "path"));
    if (p.tag == T_LIST) return p;
  }
  if (vm->sys_path) return v_obj(vm->sys_path);
  return v_null();
}

static Value try_dir(VM *vm, const char *dir, Str *fullname, const char *part, bool *found) {
  size_t dl = strlen(dir), pl = strlen(part);
  char *base = malloc(dl + pl + 16);
  if (!base) return vm_raise(vm, vm->exc_MemoryError, NULL);
  if (dl) sprintf(base, "%s/%s", dir, part);
  else strcpy(base, part);
  size_t bl = strlen(base);
  char *path = malloc(bl + 16);
  if (!path) { free(base); return vm_raise(vm, vm->exc_MemoryError, NULL); }
  Value r = v_null();
  *found = false;
  sprintf(path, "%s/__init__.py", base);
  bool pkg = is_dir(base) && is_file(path);
  if (!pkg) sprintf(path, "%s.py", base);
  if (pkg || is_file(path)) {
    size_t len = 0;
    char *src = read_whole_file(path, &len);
    *found = true;
    if (!src) {
      int e = errno;
      r = vm_raise(vm, vm->exc_ImportError, "%s: %s", path, strerror(e));
    } else {
      r = load_source(vm, fullname, src, len, path, true, pkg ? base : NULL);
      free(src);
    }
  }
  free(path);
  free(base);
  return r;
}

/* Import one level: fullname (e.g. "a.b") is child `part` of parent (NULL for
** a top-level name). T_NULL with no exception pending when not found. */
static Value import_one(VM *vm, Module *parent, Str *fullname, const char *part) {
  Value v = modules_get(vm, fullname);
  if (!v_isnull(v)) return v_isnone(v) ? v_null() : v;
  Value path;
  if (parent) {
    path = dict_get_str(vm, parent->dict, vm->s___path__);
    if (path.tag != T_LIST) return v_null();
  } else {
    path = search_path(vm);
  }
  Value r = v_null();
  bool found = false;
  if (path.tag == T_LIST) {
    List *l = AS_LIST(path);
    for (int64_t i = 0; i < l->len && !found; i++) {
      Value d = l->items[i];
      if (d.tag != T_STR) continue;
      r = try_dir(vm, AS_STR(d)->data, fullname, part, &found);
    }
  }
  if (!found && !parent && vm->cfg.path) {
    for (const char **p = vm->cfg.path; *p && !found; p++)
      r = try_dir(vm, *p, fullname, part, &found);
  }
  if (!found && !parent) {
    for (const EmbeddedModule *e = lib_embedded_modules; e->name; e++) {
      if (strcmp(e->name, part) != 0) continue;
      char fname[300];
      snprintf(fname, sizeof fname, "stdlib/lib/%s.py", e->name);
      found = true;
      r = load_source(vm, fullname, e->src, e->len, fname, false, NULL);
      break;
    }
  }
  if (!found) return v_null();
  if (v_isnull(r)) return r;
  if (parent && r.tag == T_MODULE) {
    Str *p = str_intern_cstr(vm, part);
    if (!dict_set_str(vm, parent->dict, p, r)) return v_null();
  }
  return r;
}

static Str *concat3(VM *vm, Str *a, const char *sep, const char *b, size_t blen) {
  size_t al = a ? (size_t)a->len : 0, sl = a ? strlen(sep) : 0;
  Str *s = str_alloc(vm, al + sl + blen);
  if (!s) return NULL;
  if (a) memcpy(s->data, a->data, al);
  memcpy(s->data + al, sep, sl);
  memcpy(s->data + al + sl, b, blen);
  return str_intern(vm, s);
}

/* The package a relative import starts from, NULL if none; level -1 is
** Python 2's implicit relative import (no error when there is no package). */
static Module *import_parent(VM *vm, Dict *globals, int level) {
  if (!globals || level == 0) return NULL;
  Str *pkg = NULL;
  Value pv = dict_get_str(vm, globals, vm->s___package__);
  if (pv.tag == T_STR && AS_STR(pv)->len > 0) {
    pkg = AS_STR(pv);
  } else {
    Value nv = dict_get_str(vm, globals, vm->s___name__);
    if (nv.tag != T_STR) return NULL;
    if (dict_find_str(globals, vm->s___path__) >= 0) {
      pkg = AS_STR(nv);
    } else {
      const char *dot = strrchr(AS_STR(nv)->data, '.');
      if (!dot) {
        if (level > 0) vm_raise(vm, vm->exc_ValueError, "Attempted relative import in non-package");
        return NULL;
      }
      pkg = str_new(vm, AS_STR(nv)->data, (size_t)(dot - AS_STR(nv)->data));
    }
    /* CPython 2 records what it computed. */
    if (pkg) dict_set_str(vm, globals, vm->s___package__, v_obj(pkg));
  }
  if (!pkg) return NULL;
  size_t len = (size_t)pkg->len;
  for (int i = 1; i < level; i++) {
    const char *p = pkg->data + len;
    while (p > pkg->data && *p != '.') p--;
    if (p == pkg->data) {
      vm_raise(vm, vm->exc_ValueError, "Attempted relative import beyond toplevel package");
      return NULL;
    }
    len = (size_t)(p - pkg->data);
  }
  Str *name = str_new(vm, pkg->data, len);
  Value m = modules_get(vm, name);
  if (m.tag != T_MODULE) {
    if (level > 0)
      vm_raise(vm, vm->exc_SystemError,
               "Parent module '%S' not loaded, cannot perform relative import", name);
    return NULL;
  }
  return AS_MODULE(m);
}

static Value no_module(VM *vm, const char *rest) {
  return vm_raise(vm, vm->exc_ImportError, "No module named %s", rest);
}

/* from package import names: import submodules named in fromlist. */
static bool ensure_fromlist(VM *vm, Module *m, Value fromlist, int depth) {
  if (dict_find_str(m->dict, vm->s___path__) < 0) return true;
  Value it = vm_iter(vm, fromlist);
  if (v_isnull(it)) return false;
  for (;;) {
    Value item = vm_next(vm, it);
    if (v_isnull(item)) return v_isnull(vm->exc);
    if (item.tag != T_STR) {
      vm_raise(vm, vm->exc_TypeError, "Item in ``from list'' not a string");
      return false;
    }
    Str *s = AS_STR(item);
    if (strcmp(s->data, "*") == 0) {
      if (depth > 0) continue;
      Value all = dict_get_str(vm, m->dict, vm->s___all__);
      if (!v_isnull(all) && !ensure_fromlist(vm, m, all, depth + 1)) return false;
      continue;
    }
    if (dict_find_str(m->dict, str_intern(vm, s)) >= 0) continue;
    Str *full = concat3(vm, m->name, ".", s->data, (size_t)s->len);
    if (!full) return false;
    Value sub = import_one(vm, m, full, s->data);
    if (v_isnull(sub) && !v_isnull(vm->exc)) return false;
  }
}

Value vm_import(VM *vm, Str *name, Value fromlist, int level, Dict *globals) {
  Module *parent = import_parent(vm, globals, level);
  if (!parent && !v_isnull(vm->exc)) return v_null();
  const char *s = name->data;
  size_t n = (size_t)name->len;
  if (n == 0) {
    /* from . import x */
    if (!parent) return vm_raise(vm, vm->exc_ValueError, "Empty module name");
    if (!v_isnull(fromlist) && !v_isnone(fromlist) &&
        !ensure_fromlist(vm, parent, fromlist, 0))
      return v_null();
    return v_obj(parent);
  }
  /* the head */
  const char *dot = memchr(s, '.', n);
  size_t hl = dot ? (size_t)(dot - s) : n;
  char part[256];
  if (hl >= sizeof part) return no_module(vm, s);
  memcpy(part, s, hl);
  part[hl] = '\0';
  Value head = v_null();
  Str *full = NULL;
  if (parent) {
    full = concat3(vm, parent->name, ".", part, hl);
    if (!full) return v_null();
    head = import_one(vm, parent, full, part);
    if (v_isnull(head) && !v_isnull(vm->exc)) return v_null();
    if (v_isnull(head) && level > 0) return no_module(vm, s);
  }
  if (v_isnull(head)) {
    full = concat3(vm, NULL, "", part, hl);
    if (!full) return v_null();
    head = import_one(vm, NULL, full, part);
    if (v_isnull(head)) return v_isnull(vm->exc) ? no_module(vm, s) : v_null();
  }
  /* the tail */
  Value cur = head;
  size_t pos = hl;
  while (pos < n) {
    const char *start = s + pos + 1;
    const char *end = memchr(start, '.', n - (size_t)(start - s));
    size_t pl = end ? (size_t)(end - start) : n - (size_t)(start - s);
    if (pl == 0 || pl >= sizeof part) return no_module(vm, start);
    memcpy(part, start, pl);
    part[pl] = '\0';
    if (cur.tag != T_MODULE) return no_module(vm, start);
    full = concat3(vm, full, ".", part, pl);
    if (!full) return v_null();
    Value next = import_one(vm, AS_MODULE(cur), full, part);
    if (v_isnull(next)) return v_isnull(vm->exc) ? no_module(vm, start) : v_null();
    cur = next;
    pos = (size_t)(start - s) + pl;
  }
  bool want_leaf = false;
  if (!v_isnull(fromlist) && !v_isnone(fromlist)) {
    int t = vm_truthy(vm, fromlist);
    if (t < 0) return v_null();
    want_leaf = t > 0;
  }
  if (!want_leaf) return head;
  if (cur.tag == T_MODULE && !ensure_fromlist(vm, AS_MODULE(cur), fromlist, 0)) return v_null();
  return cur;
}

/* ---- import * ------------------------------------------------------------------ */

bool vm_import_star(VM *vm, Value m, Dict *dest) {
  Value all = vm_getattr_opt(vm, m, vm->s___all__);
  if (v_isnull(all) && !v_isnull(vm->exc)) return false;
  if (!v_isnull(all)) {
    Value it = vm_iter(vm, all);
    if (v_isnull(it)) return false;
    for (;;) {
      Value name = vm_next(vm, it);
      if (v_isnull(name)) return v_isnull(vm->exc);
      if (name.tag != T_STR) {
        vm_raise(vm, vm->exc_TypeError, "attribute name must be string, not '%s'",
                 vm_type_name(vm, name));
        return false;
      }
      Value v = vm_getattr(vm, m, AS_STR(name));
      if (v_isnull(v)) return false;
      if (!dict_set_str(vm, dest, str_intern(vm, AS_STR(name)), v)) return false;
    }
  }
  Dict *src = NULL;
  if (m.tag == T_MODULE) {
    src = AS_MODULE(m)->dict;
  } else {
    Value d = vm_getattr(vm, m, vm->s___dict__);
    if (v_isnull(d)) return false;
    if (d.tag != T_DICT) return true;
    src = AS_DICT(d);
  }
  Value k, v;
  for (int64_t p = 0; dict_next(src, &p, &k, &v); ) {
    if (k.tag != T_STR || AS_STR(k)->data[0] == '_') continue;
    if (!dict_set(vm, dest, k, v)) return false;
  }
  return true;
}

/* ---- reload -------------------------------------------------------------------- */

/* reload(module): run the module's source again in the same module object
** (found through its __file__, or among the embedded modules). */
static Value bi_reload(VM *vm, int argc, Value *argv, Dict *kw) {
  Value mv = argv[0];
  if (mv.tag != T_MODULE)
    return vm_raise(vm, vm->exc_TypeError, "reload() argument must be module");
  Module *m = AS_MODULE(mv);
  Value name = dict_get_str(vm, m->dict, vm->s___name__);
  if (name.tag != T_STR) return vm_raise(vm, vm->exc_SystemError, "nameless module");
  if (!v_same(modules_get(vm, AS_STR(name)), mv))
    return vm_raise(vm, vm->exc_ImportError, "reload(): module %S not in sys.modules",
                    AS_STR(name));
  Value file = dict_get_str(vm, m->dict, vm->s___file__);
  if (file.tag == T_STR) {
    char *path = strdup(AS_STR(file)->data);
    if (!path) return vm_raise(vm, vm->exc_MemoryError, NULL);
    size_t pl = strlen(path);
    if (pl > 4 && (strcmp(path + pl - 4, ".pyc") == 0 || strcmp(path + pl - 4, ".pyo") == 0))
      path[pl - 1] = '\0';
    size_t len = 0;
    char *src = read_whole_file(path, &len);
    if (!src) {
      Value r = vm_raise(vm, vm->exc_ImportError, "No module named %S", AS_STR(name));
      free(path);
      return r;
    }
    Value r = exec_module_source(vm, m, src, len, path);
    free(src);
    free(path);
    return v_isnull(r) ? r : mv;
  }
  const char *last = strrchr(AS_STR(name)->data, '.');
  last = last ? last + 1 : AS_STR(name)->data;
  for (const EmbeddedModule *e = lib_embedded_modules; e->name; e++) {
    if (strcmp(e->name, last) != 0) continue;
    char fname[300];
    snprintf(fname, sizeof fname, "stdlib/lib/%s.py", e->name);
    Value r = exec_module_source(vm, m, e->src, e->len, fname);
    return v_isnull(r) ? r : mv;
  }
  return mv;   /* a builtin (C) module: nothing to re-run */
}

void vm_import_init(VM *vm) {
  Str *n = str_intern_cstr(vm, "reload");
  if (vm->builtins && dict_find_str(vm->builtins, n) < 0)
    vm_add_function(vm, vm->builtins, "reload", bi_reload, 1, 1, false);
}
