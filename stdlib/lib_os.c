/*
** lib_os.c: the os module (file descriptors with os.open/read/write/close,
** O_* flags, files and folders, environ, getpid, urandom, ...) and os.path
** (join, exists, split, splitext, abspath, normpath, ...), written in C
** after CPython 2.7's posixmodule.c and posixpath.py.
**
** os.write goes straight to write(2): it bypasses sys.stdout's buffer, as in
** CPython, so interleaving with print depends on when stdout is flushed.
*/
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pwd.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "lib.h"
#include "../vm/types.h"
#include "../gc/gc.h"

extern char **environ;

#define EXC_PENDING(vm) (!v_isnull((vm)->exc))

static Value os_error(VM *vm, const char *path) {
  return lib_raise_errno(vm, vm->exc_OSError, errno, path);
}

static bool arg_fd(VM *vm, Value v, int *out) {
  int64_t i;
  if (!lib_to_int(vm, v, &i)) return false;
  *out = (int)i;
  return true;
}

static const char *arg_path(VM *vm, const char *fname, int n, Value v) {
  if (v.tag != T_STR) {
    vm_raise(vm, vm->exc_TypeError, "coercing to Unicode: need string or buffer, %s found",
             vm_type_name(vm, v));
    return NULL;
  }
  (void)fname; (void)n;
  return AS_STR(v)->data;
}

static Value mkstr(VM *vm, const char *s, size_t n) {
  Str *r = str_new(vm, s, n);
  return r ? v_obj(r) : v_null();
}

static Value cstr(VM *vm, const char *s) { return mkstr(vm, s, strlen(s)); }

/* ---- file descriptors --------------------------------------------------------------- */

static Value os_write(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "write", argc, 2, 2)) return v_null();
  int fd;
  if (!arg_fd(vm, argv[0], &fd)) return v_null();
  if (argv[1].tag != T_STR)
    return vm_raise(vm, vm->exc_TypeError, "write() argument 2 must be string or buffer, not %s",
                    vm_type_name(vm, argv[1]));
  Str *s = AS_STR(argv[1]);
  ssize_t n;
  do n = write(fd, s->data, (size_t)s->len); while (n < 0 && errno == EINTR);
  if (n < 0) return os_error(vm, NULL);
  return v_int(n);
}

static Value os_read(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "read", argc, 2, 2)) return v_null();
  int fd;
  int64_t size;
  if (!arg_fd(vm, argv[0], &fd) || !lib_to_int(vm, argv[1], &size)) return v_null();
  if (size < 0) { errno = EINVAL; return os_error(vm, NULL); }
  Str *s = str_alloc(vm, (size_t)size);
  if (!s) return v_null();
  ssize_t n;
  do n = read(fd, s->data, (size_t)size); while (n < 0 && errno == EINTR);
  if (n < 0) return os_error(vm, NULL);
  if (n == size) return v_obj(s);
  return mkstr(vm, s->data, (size_t)n);
}

static Value os_open(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "open", argc, 2, 3)) return v_null();
  const char *path = arg_path(vm, "open", 1, argv[0]);
  if (!path) return v_null();
  int64_t flags, mode = 0777;
  if (!lib_to_int(vm, argv[1], &flags)) return v_null();
  if (argc > 2 && !lib_to_int(vm, argv[2], &mode)) return v_null();
  lib_flush_files(vm);
  int fd = open(path, (int)flags, (mode_t)mode);
  if (fd < 0) return os_error(vm, path);
  return v_int(fd);
}

static Value os_close(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "close", argc, 1, 1)) return v_null();
  int fd;
  if (!arg_fd(vm, argv[0], &fd)) return v_null();
  if (close(fd) < 0) return os_error(vm, NULL);
  return v_none();
}

static Value os_isatty(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "isatty", argc, 1, 1)) return v_null();
  int fd;
  if (!arg_fd(vm, argv[0], &fd)) return v_null();
  return v_bool(isatty(fd));
}

static Value os_lseek(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "lseek", argc, 3, 3)) return v_null();
  int fd;
  int64_t pos, how;
  if (!arg_fd(vm, argv[0], &fd) || !lib_to_int(vm, argv[1], &pos) ||
      !lib_to_int(vm, argv[2], &how))
    return v_null();
  off_t r = lseek(fd, (off_t)pos, (int)how);
  if (r < 0) return os_error(vm, NULL);
  return v_int(r);
}

/* ---- processes and environment -------------------------------------------------------- */

static Value os_getpid(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'N', "getpid", argc, 0, 0)) return v_null();
  return v_int(getpid());
}

static Value os_getppid(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'N', "getppid", argc, 0, 0)) return v_null();
  return v_int(getppid());
}

static Value os_getcwd(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'N', "getcwd", argc, 0, 0)) return v_null();
  char buf[PATH_MAX];
  if (!getcwd(buf, sizeof buf)) return os_error(vm, NULL);
  return cstr(vm, buf);
}

static Value os_chdir(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "chdir", argc, 1, 1)) return v_null();
  const char *p = arg_path(vm, "chdir", 1, argv[0]);
  if (!p) return v_null();
  if (chdir(p) < 0) return os_error(vm, p);
  return v_none();
}

static Value os_getenv(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "getenv", argc, 1, 2)) return v_null();
  Value def = argc > 1 ? argv[1] : v_none();
  Value env = v_null();
  Value os = dict_get_str(vm, vm->modules, str_intern_cstr(vm, "os"));
  if (os.tag == T_MODULE) env = dict_get_str(vm, AS_MODULE(os)->dict, str_intern_cstr(vm, "environ"));
  if (env.tag == T_DICT) {
    Value r = dict_get(vm, AS_DICT(env), argv[0]);
    if (EXC_PENDING(vm)) return v_null();
    return v_isnull(r) ? def : r;
  }
  if (argv[0].tag != T_STR) return def;
  const char *s = getenv(AS_STR(argv[0])->data);
  return s ? cstr(vm, s) : def;
}

static Value os_putenv(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "putenv", argc, 2, 2)) return v_null();
  if (argv[0].tag != T_STR || argv[1].tag != T_STR)
    return vm_raise(vm, vm->exc_TypeError, "putenv() argument must be string");
  if (setenv(AS_STR(argv[0])->data, AS_STR(argv[1])->data, 1) < 0) return os_error(vm, NULL);
  return v_none();
}

static Value os_strerror(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "strerror", argc, 1, 1)) return v_null();
  int64_t code;
  if (!lib_to_int(vm, argv[0], &code)) return v_null();
  return cstr(vm, strerror((int)code));
}

static Value os_urandom(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "urandom", argc, 1, 1)) return v_null();
  int64_t n;
  if (!lib_to_int(vm, argv[0], &n)) return v_null();
  if (n < 0) return vm_raise(vm, vm->exc_ValueError, "negative argument not allowed");
  Str *s = str_alloc(vm, (size_t)n);
  if (!s) return v_null();
  int fd = open("/dev/urandom", O_RDONLY);
  if (fd < 0) return os_error(vm, NULL);
  int64_t got = 0;
  while (got < n) {
    ssize_t r = read(fd, s->data + got, (size_t)(n - got));
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) { close(fd); return os_error(vm, NULL); }
    got += r;
  }
  close(fd);
  return v_obj(s);
}

static Value os_system(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "system", argc, 1, 1)) return v_null();
  if (argv[0].tag != T_STR)
    return vm_raise(vm, vm->exc_TypeError, "system() argument 1 must be string, not %s",
                    vm_type_name(vm, argv[0]));
  lib_flush_files(vm);
  int r = system(AS_STR(argv[0])->data);
  return v_int(r);
}

static Value os__exit(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "_exit", argc, 1, 1)) return v_null();
  int64_t code;
  if (!lib_to_int(vm, argv[0], &code)) return v_null();
  _exit((int)code);
}

/* ---- files and folders --------------------------------------------------------------------- */

static Value os_listdir(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "listdir", argc, 1, 1)) return v_null();
  const char *p = arg_path(vm, "listdir", 1, argv[0]);
  if (!p) return v_null();
  DIR *d = opendir(p);
  if (!d) return os_error(vm, p);
  List *l = list_new(vm, 0);
  if (!l) { closedir(d); return v_null(); }
  struct dirent *e;
  while ((e = readdir(d))) {
    if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
    if (!list_append(vm, l, cstr(vm, e->d_name))) { closedir(d); return v_null(); }
  }
  closedir(d);
  return v_obj(l);
}

static Value path_op(VM *vm, int argc, Value *argv, const char *name, int (*op)(const char *)) {
  if (!lib_nargs(vm, 'P', name, argc, 1, 1)) return v_null();
  const char *p = arg_path(vm, name, 1, argv[0]);
  if (!p) return v_null();
  if (op(p) < 0) return os_error(vm, p);
  return v_none();
}

static Value os_remove(VM *vm, int argc, Value *argv, Dict *kw) {
  return path_op(vm, argc, argv, "remove", unlink);
}

static Value os_unlink(VM *vm, int argc, Value *argv, Dict *kw) {
  return path_op(vm, argc, argv, "unlink", unlink);
}

static Value os_rmdir(VM *vm, int argc, Value *argv, Dict *kw) {
  return path_op(vm, argc, argv, "rmdir", rmdir);
}

static Value os_mkdir(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "mkdir", argc, 1, 2)) return v_null();
  const char *p = arg_path(vm, "mkdir", 1, argv[0]);
  if (!p) return v_null();
  int64_t mode = 0777;
  if (argc > 1 && !lib_to_int(vm, argv[1], &mode)) return v_null();
  if (mkdir(p, (mode_t)mode) < 0) return os_error(vm, p);
  return v_none();
}

static Value os_rename(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "rename", argc, 2, 2)) return v_null();
  const char *a = arg_path(vm, "rename", 1, argv[0]);
  const char *b = a ? arg_path(vm, "rename", 2, argv[1]) : NULL;
  if (!b) return v_null();
  lib_flush_files(vm);
  if (rename(a, b) < 0) return os_error(vm, NULL);
  return v_none();
}

static Value os_access(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "access", argc, 2, 2)) return v_null();
  const char *p = arg_path(vm, "access", 1, argv[0]);
  int64_t mode;
  if (!p || !lib_to_int(vm, argv[1], &mode)) return v_null();
  return v_bool(access(p, (int)mode) == 0);
}

/* os.stat: a posix.stat_result-like object with the st_* attributes. */
static Value os_stat_common(VM *vm, int argc, Value *argv, const char *name, bool lnk) {
  if (!lib_nargs(vm, 'P', name, argc, 1, 1)) return v_null();
  const char *p = arg_path(vm, name, 1, argv[0]);
  if (!p) return v_null();
  struct stat st;
  lib_flush_files(vm);
  if ((lnk ? lstat(p, &st) : stat(p, &st)) < 0) return os_error(vm, p);
  return lib_stat_result(vm, &st);
}

static Value os_stat(VM *vm, int argc, Value *argv, Dict *kw) {
  return os_stat_common(vm, argc, argv, "stat", false);
}

static Value os_lstat(VM *vm, int argc, Value *argv, Dict *kw) {
  return os_stat_common(vm, argc, argv, "lstat", true);
}

/* ---- os.path ---------------------------------------------------------------------------------- */

static bool str_arg(VM *vm, Value v, const char *fname, Str **out) {
  if (v.tag != T_STR) {
    vm_raise(vm, vm->exc_AttributeError, "'%s' object has no attribute 'rfind'",
             vm_type_name(vm, v));
    return false;
  }
  *out = AS_STR(v);
  return true;
}

static int64_t rfind_char(Str *s, char c) {
  for (int64_t i = s->len - 1; i >= 0; i--)
    if (s->data[i] == c) return i;
  return -1;
}

static Value p_join(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "join", argc, 1, -1)) return v_null();
  Str *a;
  if (argv[0].tag != T_STR)
    return vm_raise(vm, vm->exc_AttributeError, "'%s' object has no attribute 'endswith'",
                    vm_type_name(vm, argv[0]));
  a = AS_STR(argv[0]);
  SBuf b;
  sbuf_init(&b);
  sbuf_putstr(&b, a);
  for (int i = 1; i < argc; i++) {
    if (argv[i].tag != T_STR) {
      sbuf_free(&b);
      return vm_raise(vm, vm->exc_AttributeError, "'%s' object has no attribute 'startswith'",
                      vm_type_name(vm, argv[i]));
    }
    Str *p = AS_STR(argv[i]);
    if (p->len > 0 && p->data[0] == '/') {
      b.len = 0;
      sbuf_putstr(&b, p);
    } else if (b.len == 0 || b.p[b.len - 1] == '/') {
      sbuf_putstr(&b, p);
    } else {
      sbuf_putc(&b, '/');
      sbuf_putstr(&b, p);
    }
  }
  Str *r = sbuf_finish(vm, &b);
  return r ? v_obj(r) : v_null();
}

/* split(p) -> (head, tail) as posixpath.split. */
static bool split_path(VM *vm, Str *p, Value *head, Value *tail) {
  int64_t i = rfind_char(p, '/') + 1;
  int64_t hl = i;
  bool all_slash = true;
  for (int64_t k = 0; k < hl; k++)
    if (p->data[k] != '/') { all_slash = false; break; }
  if (hl > 0 && !all_slash)
    while (hl > 0 && p->data[hl - 1] == '/') hl--;
  *head = mkstr(vm, p->data, (size_t)hl);
  *tail = mkstr(vm, p->data + i, (size_t)(p->len - i));
  return !v_isnull(*head) && !v_isnull(*tail);
}

static Value p_split(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "split", argc, 1, 1)) return v_null();
  Str *p;
  if (!str_arg(vm, argv[0], "split", &p)) return v_null();
  Value h, t;
  if (!split_path(vm, p, &h, &t)) return v_null();
  Tuple *r = tuple_from(vm, 2, (Value[]){h, t});
  return r ? v_obj(r) : v_null();
}

static Value p_basename(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "basename", argc, 1, 1)) return v_null();
  Str *p;
  if (!str_arg(vm, argv[0], "basename", &p)) return v_null();
  int64_t i = rfind_char(p, '/') + 1;
  return mkstr(vm, p->data + i, (size_t)(p->len - i));
}

static Value p_dirname(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "dirname", argc, 1, 1)) return v_null();
  Str *p;
  if (!str_arg(vm, argv[0], "dirname", &p)) return v_null();
  Value h, t;
  if (!split_path(vm, p, &h, &t)) return v_null();
  return h;
}

static Value p_splitext(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "splitext", argc, 1, 1)) return v_null();
  Str *p;
  if (!str_arg(vm, argv[0], "splitext", &p)) return v_null();
  int64_t sep = rfind_char(p, '/'), dot = rfind_char(p, '.');
  int64_t cut = p->len;
  if (dot > sep) {
    for (int64_t k = sep + 1; k < dot; k++)
      if (p->data[k] != '.') { cut = dot; break; }
  }
  Value a = mkstr(vm, p->data, (size_t)cut), b = mkstr(vm, p->data + cut, (size_t)(p->len - cut));
  if (v_isnull(a) || v_isnull(b)) return v_null();
  Tuple *r = tuple_from(vm, 2, (Value[]){a, b});
  return r ? v_obj(r) : v_null();
}

/* posixpath.normpath into a malloc'd string. */
static char *normpath_c(const char *path) {
  size_t n = strlen(path);
  if (n == 0) return strdup(".");
  int initial = path[0] == '/';
  if (initial && n >= 2 && path[1] == '/' && !(n >= 3 && path[2] == '/')) initial = 2;
  char *work = strdup(path);
  char **comps = malloc(sizeof(char *) * (n + 1));
  char *out = malloc(n + 3);
  if (!work || !comps || !out) { free(work); free(comps); free(out); return NULL; }
  size_t nc = 0;
  for (char *tok = work, *next; tok; tok = next) {
    next = strchr(tok, '/');
    if (next) *next++ = '\0';
    if (tok[0] == '\0' || strcmp(tok, ".") == 0) continue;
    if (strcmp(tok, "..") != 0 || (!initial && nc == 0) ||
        (nc > 0 && strcmp(comps[nc - 1], "..") == 0))
      comps[nc++] = tok;
    else if (nc > 0)
      nc--;
  }
  size_t k = 0;
  for (int i = 0; i < initial; i++) out[k++] = '/';
  for (size_t i = 0; i < nc; i++) {
    if (i) out[k++] = '/';
    size_t l = strlen(comps[i]);
    memcpy(out + k, comps[i], l);
    k += l;
  }
  if (k == 0) out[k++] = '.';
  out[k] = '\0';
  free(work);
  free(comps);
  return out;
}

static Value p_normpath(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "normpath", argc, 1, 1)) return v_null();
  Str *p;
  if (!str_arg(vm, argv[0], "normpath", &p)) return v_null();
  char *r = normpath_c(p->data);
  if (!r) return vm_raise(vm, vm->exc_MemoryError, "");
  Value v = cstr(vm, r);
  free(r);
  return v;
}

static char *abspath_c(const char *p) {
  if (p[0] == '/') return normpath_c(p);
  char cwd[PATH_MAX];
  if (!getcwd(cwd, sizeof cwd)) return NULL;
  size_t a = strlen(cwd), b = strlen(p);
  char *j = malloc(a + b + 2);
  if (!j) return NULL;
  memcpy(j, cwd, a);
  size_t k = a;
  if (b) {
    if (a == 0 || cwd[a - 1] != '/') j[k++] = '/';
    memcpy(j + k, p, b);
    k += b;
  }
  j[k] = '\0';
  char *r = normpath_c(j);
  free(j);
  return r;
}

static Value p_abspath(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "abspath", argc, 1, 1)) return v_null();
  Str *p;
  if (!str_arg(vm, argv[0], "abspath", &p)) return v_null();
  char *r = abspath_c(p->data);
  if (!r) return os_error(vm, NULL);
  Value v = cstr(vm, r);
  free(r);
  return v;
}

static Value p_realpath(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "realpath", argc, 1, 1)) return v_null();
  Str *p;
  if (!str_arg(vm, argv[0], "realpath", &p)) return v_null();
  char buf[PATH_MAX];
  if (realpath(p->data, buf)) return cstr(vm, buf);
  return p_abspath(vm, argc, argv, kw);
}

static Value p_isabs(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "isabs", argc, 1, 1)) return v_null();
  Str *p;
  if (!str_arg(vm, argv[0], "isabs", &p)) return v_null();
  return v_bool(p->len > 0 && p->data[0] == '/');
}

static int stat_of(Value v, struct stat *st, bool lnk) {
  if (v.tag != T_STR) return -1;
  return lnk ? lstat(AS_STR(v)->data, st) : stat(AS_STR(v)->data, st);
}

static Value p_exists(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "exists", argc, 1, 1)) return v_null();
  struct stat st;
  return v_bool(stat_of(argv[0], &st, false) == 0);
}

static Value p_lexists(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "lexists", argc, 1, 1)) return v_null();
  struct stat st;
  return v_bool(stat_of(argv[0], &st, true) == 0);
}

static Value p_isfile(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "isfile", argc, 1, 1)) return v_null();
  struct stat st;
  return v_bool(stat_of(argv[0], &st, false) == 0 && S_ISREG(st.st_mode));
}

static Value p_isdir(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "isdir", argc, 1, 1)) return v_null();
  struct stat st;
  return v_bool(stat_of(argv[0], &st, false) == 0 && S_ISDIR(st.st_mode));
}

static Value p_islink(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "islink", argc, 1, 1)) return v_null();
  struct stat st;
  return v_bool(stat_of(argv[0], &st, true) == 0 && S_ISLNK(st.st_mode));
}

static Value p_getsize(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "getsize", argc, 1, 1)) return v_null();
  const char *p = arg_path(vm, "getsize", 1, argv[0]);
  if (!p) return v_null();
  struct stat st;
  lib_flush_files(vm);
  if (stat(p, &st) < 0) return os_error(vm, p);
  return v_int(st.st_size);
}

static Value p_getmtime(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "getmtime", argc, 1, 1)) return v_null();
  const char *p = arg_path(vm, "getmtime", 1, argv[0]);
  if (!p) return v_null();
  struct stat st;
  if (stat(p, &st) < 0) return os_error(vm, p);
  return v_float((double)st.st_mtim.tv_sec + st.st_mtim.tv_nsec * 1e-9);
}

static Value p_expanduser(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "expanduser", argc, 1, 1)) return v_null();
  Str *p;
  if (!str_arg(vm, argv[0], "expanduser", &p)) return v_null();
  if (p->len == 0 || p->data[0] != '~') return argv[0];
  /* posixpath.expanduser: ~ is $HOME (or the password entry), ~user that
  ** user's home; unknown users leave the path alone. */
  const char *slash = memchr(p->data, '/', (size_t)p->len);
  int64_t i = slash ? slash - p->data : p->len;
  const char *home = NULL;
  if (i == 1) {
    home = getenv("HOME");
    if (!home) {
      struct passwd *pw = getpwuid(getuid());
      home = pw ? pw->pw_dir : NULL;
    }
  } else {
    char name[256];
    if (i - 1 >= (int64_t)sizeof name) return argv[0];
    memcpy(name, p->data + 1, (size_t)(i - 1));
    name[i - 1] = '\0';
    struct passwd *pw = getpwnam(name);
    home = pw ? pw->pw_dir : NULL;
  }
  if (!home) return argv[0];
  size_t hl = strlen(home);
  while (hl > 0 && home[hl - 1] == '/') hl--;
  size_t rest = (size_t)(p->len - i);
  if (hl == 0 && rest == 0) return mkstr(vm, "/", 1);
  Str *r = str_alloc(vm, hl + rest);
  if (!r) return v_null();
  memcpy(r->data, home, hl);
  memcpy(r->data + hl, p->data + i, rest);
  return v_obj(r);
}

/* ---- initialisation ------------------------------------------------------------------------------ */

typedef struct { const char *name; CFn fn; } FnDef;

static const FnDef os_fns[] = {
  {"write", os_write}, {"read", os_read}, {"open", os_open}, {"close", os_close},
  {"isatty", os_isatty}, {"lseek", os_lseek},
  {"getpid", os_getpid}, {"getppid", os_getppid}, {"getcwd", os_getcwd}, {"chdir", os_chdir},
  {"getenv", os_getenv}, {"putenv", os_putenv}, {"strerror", os_strerror},
  {"urandom", os_urandom}, {"system", os_system}, {"_exit", os__exit},
  {"listdir", os_listdir}, {"remove", os_remove}, {"unlink", os_unlink}, {"rmdir", os_rmdir},
  {"mkdir", os_mkdir}, {"rename", os_rename}, {"access", os_access},
  {"stat", os_stat}, {"lstat", os_lstat},
  {NULL, NULL}
};

static const FnDef path_fns[] = {
  {"join", p_join}, {"split", p_split}, {"basename", p_basename}, {"dirname", p_dirname},
  {"splitext", p_splitext}, {"normpath", p_normpath}, {"abspath", p_abspath},
  {"realpath", p_realpath}, {"isabs", p_isabs}, {"exists", p_exists}, {"lexists", p_lexists},
  {"isfile", p_isfile}, {"isdir", p_isdir}, {"islink", p_islink}, {"getsize", p_getsize},
  {"getmtime", p_getmtime}, {"expanduser", p_expanduser},
  {NULL, NULL}
};

static void set_int(VM *vm, Dict *d, const char *name, int64_t v) {
  dict_set_str(vm, d, str_intern_cstr(vm, name), v_int(v));
}

static void set_s(VM *vm, Dict *d, const char *name, const char *v) {
  dict_set_str(vm, d, str_intern_cstr(vm, name), v_obj(str_from_cstr(vm, v)));
}

void lib_init_os(VM *vm) {
  Module *os = vm_add_module(vm, "os");
  if (!os) return;
  Dict *d = os->dict;
  for (const FnDef *f = os_fns; f->name; f++) vm_add_function(vm, d, f->name, f->fn, 0, -1, false);
  static const struct { const char *n; int64_t v; } consts[] = {
    {"O_RDONLY", O_RDONLY}, {"O_WRONLY", O_WRONLY}, {"O_RDWR", O_RDWR},
    {"O_CREAT", O_CREAT}, {"O_TRUNC", O_TRUNC}, {"O_APPEND", O_APPEND}, {"O_EXCL", O_EXCL},
    {"O_NONBLOCK", O_NONBLOCK}, {"O_NOCTTY", O_NOCTTY}, {"O_SYNC", O_SYNC},
    {"O_NDELAY", O_NDELAY}, {"O_DSYNC", O_DSYNC},
    {"F_OK", F_OK}, {"R_OK", R_OK}, {"W_OK", W_OK}, {"X_OK", X_OK},
    {"SEEK_SET", SEEK_SET}, {"SEEK_CUR", SEEK_CUR}, {"SEEK_END", SEEK_END},
    {"EX_OK", 0},
  };
  for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++)
    set_int(vm, d, consts[i].n, consts[i].v);
  set_s(vm, d, "name", "posix");
  set_s(vm, d, "sep", "/");
  set_s(vm, d, "linesep", "\n");
  set_s(vm, d, "pathsep", ":");
  set_s(vm, d, "curdir", ".");
  set_s(vm, d, "pardir", "..");
  set_s(vm, d, "extsep", ".");
  set_s(vm, d, "devnull", "/dev/null");
  dict_set_str(vm, d, str_intern_cstr(vm, "altsep"), v_none());
  dict_set_str(vm, d, str_intern_cstr(vm, "error"), v_obj(vm->exc_OSError));

  Dict *env = dict_new(vm);
  if (env) {
    for (char **e = environ; e && *e; e++) {
      const char *eq = strchr(*e, '=');
      if (!eq) continue;
      Value k = mkstr(vm, *e, (size_t)(eq - *e)), v = cstr(vm, eq + 1);
      if (!v_isnull(k) && !v_isnull(v) && v_isnull(dict_get(vm, env, k))) dict_set(vm, env, k, v);
    }
    dict_set_str(vm, d, str_intern_cstr(vm, "environ"), v_obj(env));
  }

  Module *path = vm_add_module(vm, "os.path");
  if (path) {
    Dict *pd = path->dict;
    for (const FnDef *f = path_fns; f->name; f++)
      vm_add_function(vm, pd, f->name, f->fn, 0, -1, false);
    set_s(vm, pd, "sep", "/");
    set_s(vm, pd, "curdir", ".");
    set_s(vm, pd, "pardir", "..");
    set_s(vm, pd, "extsep", ".");
    set_s(vm, pd, "pathsep", ":");
    dict_set_str(vm, pd, str_intern_cstr(vm, "altsep"), v_none());
    dict_set_str(vm, d, str_intern_cstr(vm, "path"), v_obj(path));
  }
  lib_init_os_more(vm, os, path);   /* lib_ospath.c */
  vm_exc_clear(vm);
}
