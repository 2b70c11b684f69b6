/*
** lib_ospath.c: the rest of the os module beyond lib_os.c: os.stat's result
** type (posix.stat_result, a struct sequence), os.walk (a lazy generator-like
** iterator, top-down or bottom-up), makedirs / removedirs / renames, more
** process and descriptor functions, and the os.path functions commonprefix,
** splitdrive, relpath, expandvars, samefile, ismount, getatime/getctime,
** written after CPython 2.7's posixmodule.c, os.py and posixpath.py.
*/
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/times.h>
#include <sys/types.h>
#include <sys/utsname.h>
#include <signal.h>
#include <stdio.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "lib.h"
#include "../vm/types.h"
#include "../gc/gc.h"

#define EXC_PENDING(vm) (!v_isnull((vm)->exc))

static Value oserr(VM *vm, const char *path) {
  return lib_raise_errno(vm, vm->exc_OSError, errno, path);
}

static Value mkstr(VM *vm, const char *s, size_t n) {
  Str *r = str_new(vm, s, n);
  return r ? v_obj(r) : v_null();
}

static Value cstr(VM *vm, const char *s) { return mkstr(vm, s, strlen(s)); }

static const char *path_arg(VM *vm, Value v) {
  if (v.tag != T_STR) {
    vm_raise(vm, vm->exc_TypeError, "coercing to Unicode: need string or buffer, %s found",
             vm_type_name(vm, v));
    return NULL;
  }
  return AS_STR(v)->data;
}

static Value tuple2(VM *vm, Value a, Value b) {
  if (v_isnull(a) || v_isnull(b)) return v_null();
  Tuple *t = tuple_from(vm, 2, (Value[]){a, b});
  return t ? v_obj(t) : v_null();
}

/* posixpath.join(a, b) of two C strings into a malloc'd string. */
static char *join2(const char *a, const char *b) {
  size_t la = strlen(a), lb = strlen(b);
  char *r = malloc(la + lb + 2);
  if (!r) return NULL;
  if (b[0] == '/') { memcpy(r, b, lb + 1); return r; }
  memcpy(r, a, la);
  size_t k = la;
  if (la > 0 && a[la - 1] != '/') r[k++] = '/';
  memcpy(r + k, b, lb + 1);
  return r;
}

/* posixpath.split: head (trailing slashes stripped unless all slashes) and
** tail, as lengths into p. */
static void split_c(const char *p, size_t *headlen, size_t *tailstart) {
  size_t n = strlen(p);
  const char *sl = strrchr(p, '/');
  size_t i = sl ? (size_t)(sl - p) + 1 : 0;
  size_t hl = i;
  bool all_slash = true;
  for (size_t k = 0; k < hl; k++)
    if (p[k] != '/') { all_slash = false; break; }
  if (hl > 0 && !all_slash)
    while (hl > 0 && p[hl - 1] == '/') hl--;
  *headlen = hl;
  *tailstart = i;
  (void)n;
}

/* ---- os.stat results --------------------------------------------------------------- */

static const char *const stat_fields[16] = {
  "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", NULL, NULL, NULL,
  "st_atime", "st_mtime", "st_ctime", "st_blksize", "st_blocks", "st_rdev"
};

static double ts_float(struct timespec ts) {
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

Value lib_stat_result(VM *vm, const struct stat *st) {
  Class *c = lib_structseq_lookup(vm, "os", "stat_result");
  if (!c) return vm_raise(vm, vm->exc_SystemError, "os.stat_result missing");
  Value items[16] = {
    v_int(st->st_mode), v_int((int64_t)st->st_ino), v_int((int64_t)st->st_dev),
    v_int((int64_t)st->st_nlink), v_int(st->st_uid), v_int(st->st_gid), v_int(st->st_size),
    v_int(st->st_atim.tv_sec), v_int(st->st_mtim.tv_sec), v_int(st->st_ctim.tv_sec),
    v_float(ts_float(st->st_atim)), v_float(ts_float(st->st_mtim)),
    v_float(ts_float(st->st_ctim)), v_int(st->st_blksize), v_int(st->st_blocks),
    v_int((int64_t)st->st_rdev)
  };
  return lib_structseq_new(vm, c, items);
}

static Value os_fstat(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "fstat", argc, 1, 1)) return v_null();
  int64_t fd;
  if (!lib_to_int(vm, argv[0], &fd)) return v_null();
  struct stat st;
  lib_flush_files(vm);
  if (fstat((int)fd, &st) < 0) return oserr(vm, NULL);
  return lib_stat_result(vm, &st);
}

static Value os_stat_float_times(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "stat_float_times", argc, 0, 1)) return v_null();
  return argc ? v_none() : v_bool(true);
}

/* ---- os.walk ---------------------------------------------------------------------------- */

/* Walk state: Iter.seq is a tuple (stack list, onerror); Iter.pos bit 0:
** top-down, bit 1: followlinks, bit 2: bottom-up results computed.
** Top-down, the stack holds paths to visit and (path, dirnames) tuples
** whose subfolders are pushed when the consumer resumes (so changes to
** dirnames prune the walk, as in CPython). Bottom-up, the whole walk is
** computed on the first next() and the stack holds the result tuples. */
static bool walk_error(VM *vm, Value onerror) {
  if (v_isnone(onerror) || v_isnull(onerror)) { vm_exc_clear(vm); return true; }
  Value e = vm->exc;
  vm_exc_clear(vm);
  return !v_isnull(vm_call1(vm, onerror, e));
}

static bool is_dir(const char *p) {
  struct stat st;
  return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

static bool is_link(const char *p) {
  struct stat st;
  return lstat(p, &st) == 0 && S_ISLNK(st.st_mode);
}

/* listdir(path) split into (dirs, nondirs); false with an exception pending
** (OSError from listdir included). */
static bool walk_list(VM *vm, Str *path, List **dirs, List **nondirs) {
  DIR *d = opendir(path->data);
  if (!d) { oserr(vm, path->data); return false; }
  *dirs = list_new(vm, 0);
  *nondirs = list_new(vm, 0);
  if (!*dirs || !*nondirs) { closedir(d); return false; }
  struct dirent *e;
  bool ok = true;
  while (ok && (e = readdir(d))) {
    if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
    char *full = join2(path->data, e->d_name);
    if (!full) { vm_raise(vm, vm->exc_MemoryError, ""); ok = false; break; }
    bool dir = is_dir(full);
    free(full);
    Value name = cstr(vm, e->d_name);
    ok = !v_isnull(name) && list_append(vm, dir ? *dirs : *nondirs, name);
  }
  closedir(d);
  return ok;
}

static Value walk_triple(VM *vm, Str *path, List *dirs, List *nondirs) {
  Tuple *t = tuple_from(vm, 3, (Value[]){v_obj(path), v_obj(dirs), v_obj(nondirs)});
  return t ? v_obj(t) : v_null();
}

/* Push the subfolders of path named in dirs (in reverse, so the first is
** visited first), skipping symlinks unless followlinks. */
static bool walk_push_children(VM *vm, List *stack, Str *path, Value dirs, bool follow) {
  Value l = vm_to_list(vm, dirs);
  if (v_isnull(l)) return false;
  List *dl = AS_LIST(l);
  for (int64_t i = dl->len - 1; i >= 0; i--) {
    Value name = dl->items[i];
    if (name.tag != T_STR) continue;
    char *full = join2(path->data, AS_STR(name)->data);
    if (!full) { vm_raise(vm, vm->exc_MemoryError, ""); return false; }
    bool skip = !follow && is_link(full);
    Value fv = skip ? v_none() : cstr(vm, full);
    free(full);
    if (!skip && (v_isnull(fv) || !list_append(vm, stack, fv))) return false;
  }
  return true;
}

static bool walk_bottomup(VM *vm, Str *path, bool follow, Value onerror, List *out) {
  if (!vm_c_stack_check(vm)) return false;
  List *dirs, *nondirs;
  if (!walk_list(vm, path, &dirs, &nondirs)) return walk_error(vm, onerror);
  for (int64_t i = 0; i < dirs->len; i++) {
    char *full = join2(path->data, AS_STR(dirs->items[i])->data);
    if (!full) { vm_raise(vm, vm->exc_MemoryError, ""); return false; }
    bool go = follow || !is_link(full);
    Value fv = go ? cstr(vm, full) : v_none();
    free(full);
    if (go && (v_isnull(fv) || !walk_bottomup(vm, AS_STR(fv), follow, onerror, out)))
      return false;
  }
  Value t = walk_triple(vm, path, dirs, nondirs);
  return !v_isnull(t) && list_append(vm, out, t);
}

static Value walk_next(VM *vm, int argc, Value *argv, Dict *kw) {
  Iter *it = (Iter *)argv[0].u.o;
  Tuple *state = AS_TUPLE(it->seq);
  List *stack = AS_LIST(state->items[0]);
  Value onerror = state->items[1];
  bool topdown = (it->pos & 1) != 0, follow = (it->pos & 2) != 0;
  if (!topdown) {
    if (!(it->pos & 4)) {
      it->pos |= 4;
      Value root = stack->items[0];
      stack->len = 0;
      List *out = list_new(vm, 0);
      if (!out || !walk_bottomup(vm, AS_STR(root), follow, onerror, out)) return v_null();
      for (int64_t i = out->len - 1; i >= 0; i--)
        if (!list_append(vm, stack, out->items[i])) return v_null();
    }
    if (stack->len == 0) return v_null();
    return stack->items[--stack->len];
  }
  while (stack->len > 0) {
    Value top = stack->items[--stack->len];
    if (top.tag == T_TUPLE) {   /* (path, dirnames) just yielded */
      if (!walk_push_children(vm, stack, AS_STR(AS_TUPLE(top)->items[0]),
                              AS_TUPLE(top)->items[1], follow))
        return v_null();
      continue;
    }
    List *dirs, *nondirs;
    if (!walk_list(vm, AS_STR(top), &dirs, &nondirs)) {
      if (!walk_error(vm, onerror)) return v_null();
      continue;
    }
    Value pending = tuple2(vm, top, v_obj(dirs));
    if (v_isnull(pending) || !list_append(vm, stack, pending)) return v_null();
    return walk_triple(vm, AS_STR(top), dirs, nondirs);
  }
  return v_null();
}

/* walk(top, topdown=True, onerror=None, followlinks=False) */
static Value os_walk(VM *vm, int argc, Value *argv, Dict *kw) {
  static const char *const kws[] = {"top", "topdown", "onerror", "followlinks", NULL};
  static const char *const names[] = {"top", "topdown", "onerror", "followlinks"};
  if (!lib_kw_check(vm, kw, kws)) return v_null();
  if (argc > 4)
    return vm_raise(vm, vm->exc_TypeError, "walk() takes at most 4 arguments (%d given)", argc);
  Value a[4];
  for (int i = 0; i < 4; i++)
    if (!lib_arg(vm, argc, argv, kw, i, names[i], "walk", &a[i])) return v_null();
  if (v_isnull(a[0]))
    return vm_raise(vm, vm->exc_TypeError, "walk() takes at least 1 argument (0 given)");
  if (!path_arg(vm, a[0])) return v_null();
  int topdown = v_isnull(a[1]) ? 1 : vm_truthy(vm, a[1]);
  int follow = v_isnull(a[3]) ? 0 : vm_truthy(vm, a[3]);
  if (topdown < 0 || follow < 0) return v_null();
  List *stack = list_from(vm, 1, &a[0]);
  if (!stack) return v_null();
  Tuple *state = tuple_from(vm, 2, (Value[]){v_obj(stack), v_isnull(a[2]) ? v_none() : a[2]});
  if (!state) return v_null();
  Value it = iter_custom_new(vm, v_obj(state), walk_next);
  if (v_isnull(it)) return it;
  ((Iter *)it.u.o)->pos = (topdown ? 1 : 0) | (follow ? 2 : 0);
  return it;
}

/* ---- makedirs, removedirs, renames ---------------------------------------------------- */

/* The errno attribute of the pending exception (0 if none). */
static int64_t exc_errno(VM *vm) {
  Value e = vm->exc;
  if (v_isnull(e)) return 0;
  vm->exc = v_null();
  Value n = vm_getattr_opt(vm, e, vm->s_errno);
  vm_exc_clear(vm);
  vm->exc = e;
  return n.tag == T_INT ? n.u.i : 0;
}

/* os.makedirs as os.py: create the missing parents first (tolerating ones
** that appear meanwhile), then name itself. */
static bool makedirs_c(VM *vm, const char *name, int64_t mode) {
  size_t hl, ts;
  split_c(name, &hl, &ts);
  char *head = strndup(name, hl), *tail = strdup(name + ts);
  if (head && tail && !tail[0]) {
    size_t hl2, ts2;
    split_c(head, &hl2, &ts2);
    char *nh = strndup(head, hl2), *nt = strdup(head + ts2);
    free(head);
    free(tail);
    head = nh;
    tail = nt;
  }
  if (!head || !tail) {
    free(head);
    free(tail);
    vm_raise(vm, vm->exc_MemoryError, "");
    return false;
  }
  bool ok = true, done = false;
  struct stat st;
  if (head[0] && tail[0] && stat(head, &st) != 0) {
    if (!makedirs_c(vm, head, mode)) {
      if (vm_exc_matches(vm, vm->exc_OSError) && exc_errno(vm) == EEXIST) vm_exc_clear(vm);
      else ok = false;
    }
    if (ok && strcmp(tail, ".") == 0) done = true;
  }
  free(head);
  free(tail);
  if (!ok) return false;
  if (done) return true;
  if (mkdir(name, (mode_t)mode) < 0) { oserr(vm, name); return false; }
  return true;
}

static Value os_makedirs(VM *vm, int argc, Value *argv, Dict *kw) {
  static const char *const kws[] = {"name", "mode", NULL};
  if (!lib_kw_check(vm, kw, kws)) return v_null();
  if (argc > 2)
    return vm_raise(vm, vm->exc_TypeError, "makedirs() takes at most 2 arguments (%d given)",
                    argc);
  Value name, mode;
  if (!lib_arg(vm, argc, argv, kw, 0, "name", "makedirs", &name) ||
      !lib_arg(vm, argc, argv, kw, 1, "mode", "makedirs", &mode))
    return v_null();
  if (v_isnull(name))
    return vm_raise(vm, vm->exc_TypeError, "makedirs() takes at least 1 argument (0 given)");
  const char *p = path_arg(vm, name);
  int64_t m = 0777;
  if (!p || (!v_isnull(mode) && !lib_to_int(vm, mode, &m))) return v_null();
  return makedirs_c(vm, p, m) ? v_none() : v_null();
}

/* removedirs(name): rmdir(name), then its parents while they are empty. */
static Value os_removedirs(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "removedirs", argc, 1, 1)) return v_null();
  const char *p = path_arg(vm, argv[0]);
  if (!p) return v_null();
  if (rmdir(p) < 0) return oserr(vm, p);
  char *cur = strdup(p);
  if (!cur) return vm_raise(vm, vm->exc_MemoryError, "");
  size_t hl, ts;
  split_c(cur, &hl, &ts);
  if (!cur[ts]) { cur[hl] = '\0'; split_c(cur, &hl, &ts); }
  while (hl > 0 && cur[ts]) {
    cur[hl] = '\0';
    if (rmdir(cur) < 0) break;
    split_c(cur, &hl, &ts);
  }
  free(cur);
  return v_none();
}

static Value os_renames(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "renames", argc, 2, 2)) return v_null();
  const char *a = path_arg(vm, argv[0]);
  const char *b = a ? path_arg(vm, argv[1]) : NULL;
  if (!b) return v_null();
  size_t hl, ts;
  split_c(b, &hl, &ts);
  if (hl > 0 && b[ts]) {
    char *head = strndup(b, hl);
    if (!head) return vm_raise(vm, vm->exc_MemoryError, "");
    struct stat st;
    bool ok = stat(head, &st) == 0 || makedirs_c(vm, head, 0777);
    free(head);
    if (!ok) return v_null();
  }
  lib_flush_files(vm);
  if (rename(a, b) < 0) return oserr(vm, NULL);
  split_c(a, &hl, &ts);
  if (hl > 0 && a[ts]) {
    char *head = strndup(a, hl);
    if (!head) return vm_raise(vm, vm->exc_MemoryError, "");
    Value hv = cstr(vm, head);
    free(head);
    if (v_isnull(hv)) return hv;
    if (v_isnull(os_removedirs(vm, 1, &hv, NULL))) vm_exc_clear(vm);
  }
  return v_none();
}

/* ---- more of os ------------------------------------------------------------------------- */

static Value os_int0(VM *vm, int argc, const char *name, int64_t v) {
  if (!lib_nargs(vm, 'N', name, argc, 0, 0)) return v_null();
  return v_int(v);
}

static Value os_getuid(VM *vm, int argc, Value *argv, Dict *kw) {
  return os_int0(vm, argc, "getuid", getuid());
}
static Value os_geteuid(VM *vm, int argc, Value *argv, Dict *kw) {
  return os_int0(vm, argc, "geteuid", geteuid());
}
static Value os_getgid(VM *vm, int argc, Value *argv, Dict *kw) {
  return os_int0(vm, argc, "getgid", getgid());
}
static Value os_getegid(VM *vm, int argc, Value *argv, Dict *kw) {
  return os_int0(vm, argc, "getegid", getegid());
}
static Value os_getpgrp(VM *vm, int argc, Value *argv, Dict *kw) {
  return os_int0(vm, argc, "getpgrp", getpgrp());
}

static Value os_umask(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "umask", argc, 1, 1)) return v_null();
  int64_t m;
  if (!lib_to_int(vm, argv[0], &m)) return v_null();
  return v_int(umask((mode_t)m));
}

static Value os_chmod(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "chmod", argc, 2, 2)) return v_null();
  const char *p = path_arg(vm, argv[0]);
  int64_t m;
  if (!p || !lib_to_int(vm, argv[1], &m)) return v_null();
  if (chmod(p, (mode_t)m) < 0) return oserr(vm, p);
  return v_none();
}

static Value os_utime(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "utime", argc, 2, 2)) return v_null();
  const char *p = path_arg(vm, argv[0]);
  if (!p) return v_null();
  struct timespec ts[2];
  if (v_isnone(argv[1])) {
    ts[0].tv_nsec = ts[1].tv_nsec = UTIME_NOW;
    ts[0].tv_sec = ts[1].tv_sec = 0;
  } else {
    if (argv[1].tag != T_TUPLE || AS_TUPLE(argv[1])->len != 2)
      return vm_raise(vm, vm->exc_TypeError, "utime() arg 2 must be a tuple (atime, mtime)");
    for (int i = 0; i < 2; i++) {
      double d;
      if (!lib_to_double(vm, AS_TUPLE(argv[1])->items[i], &d)) return v_null();
      ts[i].tv_sec = (time_t)d;
      ts[i].tv_nsec = (long)((d - (double)ts[i].tv_sec) * 1e9);
      if (ts[i].tv_nsec < 0) { ts[i].tv_nsec += 1000000000L; ts[i].tv_sec--; }
    }
  }
  lib_flush_files(vm);
  if (utimensat(AT_FDCWD, p, ts, 0) < 0) return oserr(vm, p);
  return v_none();
}

static Value os_symlink(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "symlink", argc, 2, 2)) return v_null();
  const char *a = path_arg(vm, argv[0]);
  const char *b = a ? path_arg(vm, argv[1]) : NULL;
  if (!b) return v_null();
  if (symlink(a, b) < 0) return oserr(vm, NULL);
  return v_none();
}

static Value os_link(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "link", argc, 2, 2)) return v_null();
  const char *a = path_arg(vm, argv[0]);
  const char *b = a ? path_arg(vm, argv[1]) : NULL;
  if (!b) return v_null();
  if (link(a, b) < 0) return oserr(vm, NULL);
  return v_none();
}

static Value os_readlink(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "readlink", argc, 1, 1)) return v_null();
  const char *p = path_arg(vm, argv[0]);
  if (!p) return v_null();
  char buf[PATH_MAX];
  ssize_t n = readlink(p, buf, sizeof buf);
  if (n < 0) return oserr(vm, p);
  return mkstr(vm, buf, (size_t)n);
}

static Value os_uname(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'N', "uname", argc, 0, 0)) return v_null();
  struct utsname u;
  if (uname(&u) < 0) return oserr(vm, NULL);
  Value f[5] = {cstr(vm, u.sysname), cstr(vm, u.nodename), cstr(vm, u.release),
                cstr(vm, u.version), cstr(vm, u.machine)};
  for (int i = 0; i < 5; i++) if (v_isnull(f[i])) return v_null();
  Tuple *t = tuple_from(vm, 5, f);
  return t ? v_obj(t) : v_null();
}

static Value os_times(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'N', "times", argc, 0, 0)) return v_null();
  struct tms t;
  clock_t c = times(&t);
  double tick = (double)sysconf(_SC_CLK_TCK);
  Tuple *r = tuple_from(vm, 5, (Value[]){
    v_float((double)t.tms_utime / tick), v_float((double)t.tms_stime / tick),
    v_float((double)t.tms_cutime / tick), v_float((double)t.tms_cstime / tick),
    v_float((double)c / tick)});
  return r ? v_obj(r) : v_null();
}

static Value os_kill(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "kill", argc, 2, 2)) return v_null();
  int64_t pid, sig;
  if (!lib_to_int(vm, argv[0], &pid) || !lib_to_int(vm, argv[1], &sig)) return v_null();
  vm_flush(vm);
  if (kill((pid_t)pid, (int)sig) < 0) return oserr(vm, NULL);
  return v_none();
}

static Value os_dup(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "dup", argc, 1, 1)) return v_null();
  int64_t fd;
  if (!lib_to_int(vm, argv[0], &fd)) return v_null();
  int r = dup((int)fd);
  if (r < 0) return oserr(vm, NULL);
  return v_int(r);
}

static Value os_dup2(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "dup2", argc, 2, 2)) return v_null();
  int64_t a, b;
  if (!lib_to_int(vm, argv[0], &a) || !lib_to_int(vm, argv[1], &b)) return v_null();
  vm_flush(vm);
  if (dup2((int)a, (int)b) < 0) return oserr(vm, NULL);
  return v_none();
}

static Value os_pipe(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'N', "pipe", argc, 0, 0)) return v_null();
  int fds[2];
  if (pipe(fds) < 0) return oserr(vm, NULL);
  return tuple2(vm, v_int(fds[0]), v_int(fds[1]));
}

static Value os_ftruncate(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "ftruncate", argc, 2, 2)) return v_null();
  int64_t fd, len;
  if (!lib_to_int(vm, argv[0], &fd) || !lib_to_int(vm, argv[1], &len)) return v_null();
  if (ftruncate((int)fd, (off_t)len) < 0) return oserr(vm, NULL);
  return v_none();
}

static Value os_fsync(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'O', "fsync", argc, 1, 1)) return v_null();
  int64_t fd;
  if (argv[0].tag == T_FILE) {
    lib_flush_files(vm);
    fd = AS_FILE(argv[0])->fp ? fileno(AS_FILE(argv[0])->fp) : -1;
  } else if (!lib_to_int(vm, argv[0], &fd)) {
    return v_null();
  }
  if (fsync((int)fd) < 0) return oserr(vm, NULL);
  return v_none();
}

/* fdopen(fd, mode='r', bufsize=-1) */
static Value os_fdopen(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "fdopen", argc, 1, 3)) return v_null();
  int64_t fd;
  if (!lib_to_int(vm, argv[0], &fd)) return v_null();
  const char *mode = "r";
  if (argc > 1) {
    if (argv[1].tag != T_STR)
      return vm_raise(vm, vm->exc_TypeError, "fdopen() argument 2 must be string, not %s",
                      vm_type_name(vm, argv[1]));
    mode = AS_STR(argv[1])->data;
  }
  FILE *fp = fdopen((int)fd, mode);
  if (!fp) return oserr(vm, NULL);
  char name[32];
  snprintf(name, sizeof name, "<fdopen>");
  return lib_file_from_stream(vm, fp, FILE_REAL, name, mode);
}

/* popen(command, mode='r', bufsize=-1): a file object closed with pclose. */
static Value os_popen(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "popen", argc, 1, 3)) return v_null();
  if (argv[0].tag != T_STR)
    return vm_raise(vm, vm->exc_TypeError, "popen() argument 1 must be string, not %s",
                    vm_type_name(vm, argv[0]));
  const char *mode = "r";
  if (argc > 1) {
    if (argv[1].tag != T_STR)
      return vm_raise(vm, vm->exc_TypeError, "popen() argument 2 must be string, not %s",
                      vm_type_name(vm, argv[1]));
    mode = AS_STR(argv[1])->data;
  }
  if ((mode[0] != 'r' && mode[0] != 'w') || (mode[1] && mode[1] != 'b'))
    return vm_raise(vm, vm->exc_ValueError, "popen() arg 2 must be 'r' or 'w'");
  char m[2] = {mode[0], 0};
  lib_flush_files(vm);
  vm_flush(vm);
  FILE *fp = popen(AS_STR(argv[0])->data, m);
  if (!fp) return oserr(vm, NULL);
  return lib_file_from_stream(vm, fp, FILE_PIPE, AS_STR(argv[0])->data, mode);
}

static Value os_fork(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'N', "fork", argc, 0, 0)) return v_null();
  lib_flush_files(vm);
  vm_flush(vm);
  pid_t p = fork();
  if (p < 0) return oserr(vm, NULL);
  return v_int(p);
}

static Value os_waitpid(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "waitpid", argc, 2, 2)) return v_null();
  int64_t pid, opt;
  if (!lib_to_int(vm, argv[0], &pid) || !lib_to_int(vm, argv[1], &opt)) return v_null();
  int st = 0;
  pid_t r;
  do r = waitpid((pid_t)pid, &st, (int)opt); while (r < 0 && errno == EINTR);
  if (r < 0) return oserr(vm, NULL);
  return tuple2(vm, v_int(r), v_int(st));
}

static Value os_wait(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'N', "wait", argc, 0, 0)) return v_null();
  int st = 0;
  pid_t r;
  do r = wait(&st); while (r < 0 && errno == EINTR);
  if (r < 0) return oserr(vm, NULL);
  return tuple2(vm, v_int(r), v_int(st));
}

/* The W* status macros. */
static bool status_arg(VM *vm, int argc, Value *argv, const char *name, int *st) {
  int64_t v;
  if (!lib_nargs(vm, 'P', name, argc, 1, 1) || !lib_to_int(vm, argv[0], &v)) return false;
  *st = (int)v;
  return true;
}
#define WFN(cname, pyname, expr, mk) \
  static Value cname(VM *vm, int argc, Value *argv, Dict *kw) { \
    int st; \
    if (!status_arg(vm, argc, argv, pyname, &st)) return v_null(); \
    return mk(expr); \
  }
WFN(os_wifexited, "WIFEXITED", WIFEXITED(st) != 0, v_bool)
WFN(os_wexitstatus, "WEXITSTATUS", WEXITSTATUS(st), v_int)
WFN(os_wifsignaled, "WIFSIGNALED", WIFSIGNALED(st) != 0, v_bool)
WFN(os_wtermsig, "WTERMSIG", WTERMSIG(st), v_int)
WFN(os_wifstopped, "WIFSTOPPED", WIFSTOPPED(st) != 0, v_bool)
WFN(os_wstopsig, "WSTOPSIG", WSTOPSIG(st), v_int)
WFN(os_wcoredump, "WCOREDUMP", WCOREDUMP(st) != 0, v_bool)
WFN(os_wifcontinued, "WIFCONTINUED", WIFCONTINUED(st) != 0, v_bool)

/* execv(path, args) / execvp(file, args): args a list or tuple of strs. */
static Value do_exec(VM *vm, int argc, Value *argv, const char *name, bool search) {
  if (!lib_nargs(vm, 'P', name, argc, 2, 2)) return v_null();
  const char *p = path_arg(vm, argv[0]);
  if (!p) return v_null();
  if (argv[1].tag != T_LIST && argv[1].tag != T_TUPLE)
    return vm_raise(vm, vm->exc_TypeError, "%s() arg 2 must be a tuple or list", name);
  int64_t n = argv[1].tag == T_LIST ? AS_LIST(argv[1])->len : AS_TUPLE(argv[1])->len;
  Value *items = argv[1].tag == T_LIST ? AS_LIST(argv[1])->items : AS_TUPLE(argv[1])->items;
  if (n < 1) return vm_raise(vm, vm->exc_ValueError, "%s() arg 2 must not be empty", name);
  char **args = gc_alloc(sizeof(char *) * (size_t)(n + 1));
  if (!args) return vm_raise(vm, vm->exc_MemoryError, "");
  for (int64_t i = 0; i < n; i++) {
    if (items[i].tag != T_STR)
      return vm_raise(vm, vm->exc_TypeError, "%s() arg 2 must contain only strings", name);
    args[i] = AS_STR(items[i])->data;
  }
  lib_flush_files(vm);
  vm_flush(vm);
  if (search) execvp(p, args);
  else execv(p, args);
  return oserr(vm, NULL);
}

static Value os_execv(VM *vm, int argc, Value *argv, Dict *kw) {
  return do_exec(vm, argc, argv, "execv", false);
}

static Value os_execvp(VM *vm, int argc, Value *argv, Dict *kw) {
  return do_exec(vm, argc, argv, "execvp", true);
}

static Value os_unsetenv(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "unsetenv", argc, 1, 1)) return v_null();
  if (argv[0].tag != T_STR)
    return vm_raise(vm, vm->exc_TypeError, "unsetenv() argument 1 must be string, not %s",
                    vm_type_name(vm, argv[0]));
  unsetenv(AS_STR(argv[0])->data);
  return v_none();
}

static Value os_getlogin(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'N', "getlogin", argc, 0, 0)) return v_null();
  const char *s = getlogin();
  if (!s) return oserr(vm, NULL);
  return cstr(vm, s);
}

static Value os_getcwdu(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'N', "getcwdu", argc, 0, 0)) return v_null();
  char buf[PATH_MAX];
  if (!getcwd(buf, sizeof buf)) return oserr(vm, NULL);
  return cstr(vm, buf);
}

static Value os_abort(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'N', "abort", argc, 0, 0)) return v_null();
  vm_flush(vm);
  abort();
}

static Value os_closerange(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "closerange", argc, 2, 2)) return v_null();
  int64_t a, b;
  if (!lib_to_int(vm, argv[0], &a) || !lib_to_int(vm, argv[1], &b)) return v_null();
  for (int64_t i = a; i < b; i++) close((int)i);
  return v_none();
}

static Value os_mkfifo(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "mkfifo", argc, 1, 2)) return v_null();
  const char *p = path_arg(vm, argv[0]);
  int64_t m = 0666;
  if (!p || (argc > 1 && !lib_to_int(vm, argv[1], &m))) return v_null();
  if (mkfifo(p, (mode_t)m) < 0) return oserr(vm, NULL);
  return v_none();
}

static Value os_chown(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "chown", argc, 3, 3)) return v_null();
  const char *p = path_arg(vm, argv[0]);
  int64_t u, g;
  if (!p || !lib_to_int(vm, argv[1], &u) || !lib_to_int(vm, argv[2], &g)) return v_null();
  if (chown(p, (uid_t)u, (gid_t)g) < 0) return oserr(vm, p);
  return v_none();
}

static Value os_getloadavg(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'N', "getloadavg", argc, 0, 0)) return v_null();
  double l[3];
  if (getloadavg(l, 3) != 3) return vm_raise(vm, vm->exc_OSError, "Load averages are unobtainable");
  Tuple *t = tuple_from(vm, 3, (Value[]){v_float(l[0]), v_float(l[1]), v_float(l[2])});
  return t ? v_obj(t) : v_null();
}

static Value os_nice(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "nice", argc, 1, 1)) return v_null();
  int64_t inc;
  if (!lib_to_int(vm, argv[0], &inc)) return v_null();
  errno = 0;
  int r = nice((int)inc);
  if (r == -1 && errno) return oserr(vm, NULL);
  return v_int(r);
}

static Value os_getsid(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "getsid", argc, 1, 1)) return v_null();
  int64_t pid;
  if (!lib_to_int(vm, argv[0], &pid)) return v_null();
  pid_t r = getsid((pid_t)pid);
  if (r < 0) return oserr(vm, NULL);
  return v_int(r);
}

static Value os_setsid(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'N', "setsid", argc, 0, 0)) return v_null();
  if (setsid() < 0) return oserr(vm, NULL);
  return v_none();
}

static Value os_getgroups(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'N', "getgroups", argc, 0, 0)) return v_null();
  gid_t g[256];
  int n = getgroups(256, g);
  if (n < 0) return oserr(vm, NULL);
  List *l = list_new(vm, n);
  if (!l) return v_null();
  for (int i = 0; i < n; i++) l->items[i] = v_int(g[i]);
  return v_obj(l);
}

/* ---- the errno module ---------------------------------------------------------------------- */

#define ERRNO_TABLE(ERR) \
  ERR(EPERM, 1) \
  ERR(ENOENT, 1) \
  ERR(ESRCH, 1) \
  ERR(EINTR, 1) \
  ERR(EIO, 1) \
  ERR(ENXIO, 1) \
  ERR(E2BIG, 1) \
  ERR(ENOEXEC, 1) \
  ERR(EBADF, 1) \
  ERR(ECHILD, 1) \
  ERR(EAGAIN, 1) \
  ERR(EWOULDBLOCK, 0) \
  ERR(ENOMEM, 1) \
  ERR(EACCES, 1) \
  ERR(EFAULT, 1) \
  ERR(ENOTBLK, 1) \
  ERR(EBUSY, 1) \
  ERR(EEXIST, 1) \
  ERR(EXDEV, 1) \
  ERR(ENODEV, 1) \
  ERR(ENOTDIR, 1) \
  ERR(EISDIR, 1) \
  ERR(EINVAL, 1) \
  ERR(ENFILE, 1) \
  ERR(EMFILE, 1) \
  ERR(ENOTTY, 1) \
  ERR(ETXTBSY, 1) \
  ERR(EFBIG, 1) \
  ERR(ENOSPC, 1) \
  ERR(ESPIPE, 1) \
  ERR(EROFS, 1) \
  ERR(EMLINK, 1) \
  ERR(EPIPE, 1) \
  ERR(EDOM, 1) \
  ERR(ERANGE, 1) \
  ERR(EDEADLK, 0) \
  ERR(EDEADLOCK, 1) \
  ERR(ENAMETOOLONG, 1) \
  ERR(ENOLCK, 1) \
  ERR(ENOSYS, 1) \
  ERR(ENOTEMPTY, 1) \
  ERR(ELOOP, 1) \
  ERR(ENOMSG, 1) \
  ERR(EIDRM, 1) \
  ERR(ECHRNG, 1) \
  ERR(EL2NSYNC, 1) \
  ERR(EL3HLT, 1) \
  ERR(EL3RST, 1) \
  ERR(ELNRNG, 1) \
  ERR(EUNATCH, 1) \
  ERR(ENOCSI, 1) \
  ERR(EL2HLT, 1) \
  ERR(EBADE, 1) \
  ERR(EBADR, 1) \
  ERR(EXFULL, 1) \
  ERR(ENOANO, 1) \
  ERR(EBADRQC, 1) \
  ERR(EBADSLT, 1) \
  ERR(EBFONT, 1) \
  ERR(ENOSTR, 1) \
  ERR(ENODATA, 1) \
  ERR(ETIME, 1) \
  ERR(ENOSR, 1) \
  ERR(ENONET, 1) \
  ERR(ENOPKG, 1) \
  ERR(EREMOTE, 1) \
  ERR(ENOLINK, 1) \
  ERR(EADV, 1) \
  ERR(ESRMNT, 1) \
  ERR(ECOMM, 1) \
  ERR(EPROTO, 1) \
  ERR(EMULTIHOP, 1) \
  ERR(EDOTDOT, 1) \
  ERR(EBADMSG, 1) \
  ERR(EOVERFLOW, 1) \
  ERR(ENOTUNIQ, 1) \
  ERR(EBADFD, 1) \
  ERR(EREMCHG, 1) \
  ERR(ELIBACC, 1) \
  ERR(ELIBBAD, 1) \
  ERR(ELIBSCN, 1) \
  ERR(ELIBMAX, 1) \
  ERR(ELIBEXEC, 1) \
  ERR(EILSEQ, 1) \
  ERR(ERESTART, 1) \
  ERR(ESTRPIPE, 1) \
  ERR(EUSERS, 1) \
  ERR(ENOTSOCK, 1) \
  ERR(EDESTADDRREQ, 1) \
  ERR(EMSGSIZE, 1) \
  ERR(EPROTOTYPE, 1) \
  ERR(ENOPROTOOPT, 1) \
  ERR(EPROTONOSUPPORT, 1) \
  ERR(ESOCKTNOSUPPORT, 1) \
  ERR(ENOTSUP, 1) \
  ERR(EOPNOTSUPP, 0) \
  ERR(EPFNOSUPPORT, 1) \
  ERR(EAFNOSUPPORT, 1) \
  ERR(EADDRINUSE, 1) \
  ERR(EADDRNOTAVAIL, 1) \
  ERR(ENETDOWN, 1) \
  ERR(ENETUNREACH, 1) \
  ERR(ENETRESET, 1) \
  ERR(ECONNABORTED, 1) \
  ERR(ECONNRESET, 1) \
  ERR(ENOBUFS, 1) \
  ERR(EISCONN, 1) \
  ERR(ENOTCONN, 1) \
  ERR(ESHUTDOWN, 1) \
  ERR(ETOOMANYREFS, 1) \
  ERR(ETIMEDOUT, 1) \
  ERR(ECONNREFUSED, 1) \
  ERR(EHOSTDOWN, 1) \
  ERR(EHOSTUNREACH, 1) \
  ERR(EALREADY, 1) \
  ERR(EINPROGRESS, 1) \
  ERR(ESTALE, 1) \
  ERR(EUCLEAN, 1) \
  ERR(ENOTNAM, 1) \
  ERR(ENAVAIL, 1) \
  ERR(EISNAM, 1) \
  ERR(EREMOTEIO, 1) \
  ERR(EDQUOT, 1)


static void init_errno(VM *vm, Module *os) {
  Module *m = vm_add_module(vm, "errno");
  if (!m) return;
  Dict *codes = dict_new(vm);
  if (!codes) return;
#define ERR(name, canon) \
  dict_set_str(vm, m->dict, str_intern_cstr(vm, #name), v_int(name)); \
  if (canon) dict_set(vm, codes, v_int(name), v_obj(str_intern_cstr(vm, #name)));
  ERRNO_TABLE(ERR)
#undef ERR
  dict_set_str(vm, m->dict, str_intern_cstr(vm, "errorcode"), v_obj(codes));
  dict_set_str(vm, os->dict, str_intern_cstr(vm, "errno"), v_obj(m));
}

/* ---- os.path ------------------------------------------------------------------------------ */

static Value p_commonprefix(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "commonprefix", argc, 1, 1)) return v_null();
  Value l = vm_to_list(vm, argv[0]);
  if (v_isnull(l)) return l;
  List *m = AS_LIST(l);
  if (m->len == 0) return v_obj(vm->empty_str);
  Value lo = m->items[0], hi = m->items[0];
  for (int64_t i = 1; i < m->len; i++) {
    int c;
    if (vm_cmp(vm, m->items[i], lo, &c) < 0) return v_null();
    if (c < 0) lo = m->items[i];
    if (vm_cmp(vm, m->items[i], hi, &c) < 0) return v_null();
    if (c > 0) hi = m->items[i];
  }
  int64_t n;
  if (!vm_len(vm, lo, &n)) return v_null();
  for (int64_t i = 0; i < n; i++) {
    Value a = vm_getitem(vm, lo, v_int(i));
    if (v_isnull(a)) return a;
    Value b = vm_getitem(vm, hi, v_int(i));
    if (v_isnull(b)) return b;
    int eq = vm_equal(vm, a, b);
    if (eq < 0) return v_null();
    if (!eq) {
      Value sl = slice_new(vm, v_none(), v_int(i), v_none());
      return v_isnull(sl) ? sl : vm_getitem(vm, lo, sl);
    }
  }
  return lo;
}

static Value p_splitdrive(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "splitdrive", argc, 1, 1)) return v_null();
  if (argv[0].tag != T_STR)
    return vm_raise(vm, vm->exc_TypeError, "'%s' object has no attribute '__getitem__'",
                    vm_type_name(vm, argv[0]));
  return tuple2(vm, v_obj(vm->empty_str), argv[0]);
}

static char *abspath_dup(const char *p) {
  char cwd[PATH_MAX];
  char *j;
  if (p[0] == '/') {
    j = strdup(p);
  } else {
    if (!getcwd(cwd, sizeof cwd)) return NULL;
    j = join2(cwd, p);
  }
  return j;
}

/* Split an absolute path into its non-empty, normalised components. */
static int split_comps(char *path, char **comps, int max) {
  int n = 0;
  char *save = NULL;   /* strtok_r: strtok's hidden state is shared by all threads */
  for (char *tok = strtok_r(path, "/", &save); tok; tok = strtok_r(NULL, "/", &save)) {
    if (strcmp(tok, ".") == 0) continue;
    if (strcmp(tok, "..") == 0) { if (n > 0) n--; continue; }
    if (n < max) comps[n++] = tok;
  }
  return n;
}

/* relpath(path, start='.') */
static Value p_relpath(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "relpath", argc, 1, 2)) return v_null();
  const char *p = path_arg(vm, argv[0]);
  const char *st = argc > 1 ? path_arg(vm, argv[1]) : ".";
  if (!p || !st) return v_null();
  if (!*p) return vm_raise(vm, vm->exc_ValueError, "no path specified");
  char *ap = abspath_dup(p), *as = abspath_dup(st);
  if (!ap || !as) { free(ap); free(as); return oserr(vm, NULL); }
  size_t maxc = strlen(ap) + strlen(as) + 2;
  char **pc = malloc(sizeof(char *) * maxc), **sc = malloc(sizeof(char *) * maxc);
  if (!pc || !sc) {
    free(ap); free(as); free(pc); free(sc);
    return vm_raise(vm, vm->exc_MemoryError, "");
  }
  int np = split_comps(ap, pc, (int)maxc), ns = split_comps(as, sc, (int)maxc);
  int i = 0;
  while (i < np && i < ns && strcmp(pc[i], sc[i]) == 0) i++;
  SBuf b;
  sbuf_init(&b);
  for (int k = i; k < ns; k++) {
    if (b.len) sbuf_putc(&b, '/');
    sbuf_puts(&b, "..");
  }
  for (int k = i; k < np; k++) {
    if (b.len) sbuf_putc(&b, '/');
    sbuf_puts(&b, pc[k]);
  }
  if (b.len == 0) sbuf_putc(&b, '.');
  free(ap); free(as); free(pc); free(sc);
  Str *r = sbuf_finish(vm, &b);
  return r ? v_obj(r) : v_null();
}

static Dict *environ_dict(VM *vm) {
  Value os = dict_get_str(vm, vm->modules, str_intern_cstr(vm, "os"));
  if (os.tag != T_MODULE) return NULL;
  Value env = dict_get_str(vm, AS_MODULE(os)->dict, str_intern_cstr(vm, "environ"));
  return env.tag == T_DICT ? AS_DICT(env) : NULL;
}

static bool is_word(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

/* expandvars(path): $name and ${name} replaced by os.environ values;
** unknown names are left alone. */
static Value p_expandvars(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "expandvars", argc, 1, 1)) return v_null();
  if (argv[0].tag != T_STR)
    return vm_raise(vm, vm->exc_TypeError, "argument of type '%s' is not iterable",
                    vm_type_name(vm, argv[0]));
  Str *s = AS_STR(argv[0]);
  if (!memchr(s->data, '$', (size_t)s->len)) return argv[0];
  Dict *env = environ_dict(vm);
  SBuf b;
  sbuf_init(&b);
  int64_t i = 0;
  while (i < s->len) {
    char c = s->data[i];
    if (c != '$') { sbuf_putc(&b, c); i++; continue; }
    int64_t ns = -1, ne = -1, end = -1;
    if (i + 1 < s->len && s->data[i + 1] == '{') {
      const char *close = memchr(s->data + i + 2, '}', (size_t)(s->len - i - 2));
      if (close) { ns = i + 2; ne = close - s->data; end = ne + 1; }
    } else {
      int64_t k = i + 1;
      while (k < s->len && is_word(s->data[k])) k++;
      if (k > i + 1) { ns = i + 1; ne = k; end = k; }
    }
    if (end < 0) { sbuf_putc(&b, c); i++; continue; }
    Value val = v_null();
    if (env) {
      Value name = mkstr(vm, s->data + ns, (size_t)(ne - ns));
      if (v_isnull(name)) { sbuf_free(&b); return name; }
      val = dict_get(vm, env, name);
      if (EXC_PENDING(vm)) { sbuf_free(&b); return v_null(); }
    }
    if (val.tag == T_STR) sbuf_putstr(&b, AS_STR(val));
    else sbuf_put(&b, s->data + i, (size_t)(end - i));
    i = end;
  }
  Str *r = sbuf_finish(vm, &b);
  return r ? v_obj(r) : v_null();
}

static bool stat_arg(VM *vm, Value v, struct stat *st, bool lnk) {
  const char *p = path_arg(vm, v);
  if (!p) return false;
  lib_flush_files(vm);
  if ((lnk ? lstat(p, st) : stat(p, st)) < 0) { oserr(vm, p); return false; }
  return true;
}

static Value p_samefile(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "samefile", argc, 2, 2)) return v_null();
  struct stat a, b;
  if (!stat_arg(vm, argv[0], &a, false) || !stat_arg(vm, argv[1], &b, false)) return v_null();
  return v_bool(a.st_dev == b.st_dev && a.st_ino == b.st_ino);
}

static Value p_samestat(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "samestat", argc, 2, 2)) return v_null();
  Value a[2];
  for (int i = 0; i < 2; i++) {
    Value ino = vm_getattr(vm, argv[i], str_intern_cstr(vm, "st_ino"));
    if (v_isnull(ino)) return ino;
    Value dev = vm_getattr(vm, argv[i], str_intern_cstr(vm, "st_dev"));
    if (v_isnull(dev)) return dev;
    a[i] = tuple2(vm, ino, dev);
    if (v_isnull(a[i])) return a[i];
  }
  int eq = vm_equal(vm, a[0], a[1]);
  return eq < 0 ? v_null() : v_bool(eq);
}

static Value p_sameopenfile(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "sameopenfile", argc, 2, 2)) return v_null();
  struct stat st[2];
  for (int i = 0; i < 2; i++) {
    int64_t fd;
    if (!lib_to_int(vm, argv[i], &fd)) return v_null();
    if (fstat((int)fd, &st[i]) < 0) return oserr(vm, NULL);
  }
  return v_bool(st[0].st_dev == st[1].st_dev && st[0].st_ino == st[1].st_ino);
}

static Value p_ismount(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "ismount", argc, 1, 1)) return v_null();
  const char *p = path_arg(vm, argv[0]);
  if (!p) return v_null();
  struct stat a, b;
  if (lstat(p, &a) < 0 || S_ISLNK(a.st_mode)) return v_bool(false);
  char *parent = join2(p, "..");
  if (!parent) return vm_raise(vm, vm->exc_MemoryError, "");
  int r = lstat(parent, &b);
  free(parent);
  if (r < 0) return v_bool(false);
  return v_bool(a.st_dev != b.st_dev || a.st_ino == b.st_ino);
}

static Value p_getatime(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "getatime", argc, 1, 1)) return v_null();
  struct stat st;
  if (!stat_arg(vm, argv[0], &st, false)) return v_null();
  return v_float(ts_float(st.st_atim));
}

static Value p_getctime(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "getctime", argc, 1, 1)) return v_null();
  struct stat st;
  if (!stat_arg(vm, argv[0], &st, false)) return v_null();
  return v_float(ts_float(st.st_ctim));
}

static Value p_normcase(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "normcase", argc, 1, 1)) return v_null();
  return argv[0];
}

/* ---- registration ---------------------------------------------------------------------------- */

typedef struct { const char *name; CFn fn; } OsFn;

static const OsFn more_os_fns[] = {
  {"fstat", os_fstat}, {"stat_float_times", os_stat_float_times}, {"walk", os_walk},
  {"makedirs", os_makedirs}, {"removedirs", os_removedirs}, {"renames", os_renames},
  {"getuid", os_getuid}, {"geteuid", os_geteuid}, {"getgid", os_getgid},
  {"getegid", os_getegid}, {"getpgrp", os_getpgrp}, {"umask", os_umask},
  {"chmod", os_chmod}, {"utime", os_utime}, {"symlink", os_symlink}, {"link", os_link},
  {"readlink", os_readlink}, {"uname", os_uname}, {"times", os_times}, {"kill", os_kill},
  {"dup", os_dup}, {"dup2", os_dup2}, {"pipe", os_pipe}, {"ftruncate", os_ftruncate},
  {"fsync", os_fsync}, {"fdopen", os_fdopen}, {"popen", os_popen}, {"fork", os_fork},
  {"wait", os_wait}, {"waitpid", os_waitpid}, {"WIFEXITED", os_wifexited},
  {"WEXITSTATUS", os_wexitstatus}, {"WIFSIGNALED", os_wifsignaled},
  {"WTERMSIG", os_wtermsig}, {"WIFSTOPPED", os_wifstopped}, {"WSTOPSIG", os_wstopsig},
  {"WCOREDUMP", os_wcoredump}, {"WIFCONTINUED", os_wifcontinued}, {"execv", os_execv},
  {"execvp", os_execvp}, {"unsetenv", os_unsetenv}, {"getlogin", os_getlogin},
  {"getcwdu", os_getcwdu}, {"abort", os_abort}, {"closerange", os_closerange},
  {"mkfifo", os_mkfifo}, {"chown", os_chown}, {"getloadavg", os_getloadavg},
  {"nice", os_nice}, {"getsid", os_getsid}, {"setsid", os_setsid},
  {"getgroups", os_getgroups},
  {NULL, NULL}
};

static const OsFn more_path_fns[] = {
  {"commonprefix", p_commonprefix}, {"splitdrive", p_splitdrive}, {"relpath", p_relpath},
  {"expandvars", p_expandvars}, {"samefile", p_samefile}, {"ismount", p_ismount},
  {"getatime", p_getatime}, {"getctime", p_getctime}, {"normcase", p_normcase},
  {"samestat", p_samestat}, {"sameopenfile", p_sameopenfile},
  {NULL, NULL}
};

void lib_init_os_more(VM *vm, Module *os, Module *path) {
  for (const OsFn *f = more_os_fns; f->name; f++)
    if (dict_find_str(os->dict, str_intern_cstr(vm, f->name)) < 0)
      vm_add_function(vm, os->dict, f->name, f->fn, 0, -1, f->fn == os_walk ||
                      f->fn == os_makedirs);
  if (path)
    for (const OsFn *f = more_path_fns; f->name; f++)
      if (dict_find_str(path->dict, str_intern_cstr(vm, f->name)) < 0)
        vm_add_function(vm, path->dict, f->name, f->fn, 0, -1, false);
  static const struct { const char *n; int64_t v; } consts[] = {
    {"WNOHANG", WNOHANG}, {"WUNTRACED", WUNTRACED}, {"WCONTINUED", WCONTINUED},
    {"O_DIRECTORY", O_DIRECTORY}, {"O_NOFOLLOW", O_NOFOLLOW}, {"O_ASYNC", O_ASYNC},
    {"O_NOATIME", O_NOATIME}, {"O_RSYNC", O_RSYNC}, {"EX_USAGE", 64}, {"EX_DATAERR", 65},
    {"EX_NOINPUT", 66}, {"EX_NOUSER", 67}, {"EX_NOHOST", 68}, {"EX_UNAVAILABLE", 69},
    {"EX_SOFTWARE", 70}, {"EX_OSERR", 71}, {"EX_OSFILE", 72}, {"EX_CANTCREAT", 73},
    {"EX_IOERR", 74}, {"EX_TEMPFAIL", 75}, {"EX_PROTOCOL", 76}, {"EX_NOPERM", 77},
    {"EX_CONFIG", 78}, {"P_WAIT", 0}, {"P_NOWAIT", 1}, {"P_NOWAITO", 1},
    {"TMP_MAX", TMP_MAX}, {"NGROUPS_MAX", NGROUPS_MAX},
  };
  for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++)
    if (dict_find_str(os->dict, str_intern_cstr(vm, consts[i].n)) < 0)
      dict_set_str(vm, os->dict, str_intern_cstr(vm, consts[i].n), v_int(consts[i].v));
  init_errno(vm, os);
  Class *sr = lib_structseq_class(vm, "stat_result", "posix", stat_fields, 16, 10);
  if (sr) dict_set_str(vm, os->dict, str_intern_cstr(vm, "stat_result"), v_obj(sr));
  vm_exc_clear(vm);
}
