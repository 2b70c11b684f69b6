/*
** lib_file.c: file objects (open(), file(), sys.stdin/stdout/stderr) and the
** print statement's support: Python 2's softspace protocol, `print >>f`
** to any object with a write method, and Py_FlushLine at exit.
**
** sys.stdout writes go through vm_write_out (C stdio stdout, or the
** embedder's sink), sys.stderr through vm_write_err; other files use C stdio.
** Files a program forgets to close are flushed before the next open() (there
** is no refcounting to close them as CPython would) and by exit().
*/
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lib.h"
#include "../vm/types.h"
#include "../gc/gc.h"

#define EXC_PENDING(vm) (!v_isnull((vm)->exc))

/* ---- creation ---------------------------------------------------------------- */

static File *file_alloc(VM *vm, FILE *fp, FileKind kind, const char *name, const char *mode) {
  File *f = gc_alloc(sizeof(File));
  if (!f) { vm_raise(vm, vm->exc_MemoryError, ""); return NULL; }
  f->h.kind = T_FILE;
  f->h.cls = vm->cls[T_FILE];
  f->fp = fp;
  f->fkind = kind;
  f->name = str_from_cstr(vm, name);
  f->mode = str_from_cstr(vm, mode);
  f->readable = strchr(mode, 'r') || strchr(mode, '+') || strchr(mode, 'U');
  f->writable = strchr(mode, 'w') || strchr(mode, 'a') || strchr(mode, '+');
  return f;
}

Value lib_file_from_stream(VM *vm, FILE *fp, FileKind kind, const char *name, const char *mode) {
  File *f = file_alloc(vm, fp, kind, name, mode);
  return f ? v_obj(f) : v_null();
}

/* Flush files opened by the program (and forget closed ones), so data a
** program wrote without closing is visible to a later open(). */
void lib_flush_files(VM *vm) {
  List *l = vm->open_files;
  if (!l) return;
  int64_t j = 0;
  for (int64_t i = 0; i < l->len; i++) {
    File *f = AS_FILE(l->items[i]);
    if (f->closed || !f->fp) continue;
    if (f->writable) fflush(f->fp);
    l->items[j++] = l->items[i];
  }
  for (int64_t i = j; i < l->len; i++) l->items[i] = v_none();
  l->len = j;
}

Value lib_file_open(VM *vm, const char *name, const char *mode) {
  if (!mode[0]) return vm_raise(vm, vm->exc_ValueError, "empty mode string");
  char m[8];
  size_t k = 0;
  /* _PyFile_SanitizeMode: 'U' is dropped, then the mode must start with
  ** r/w/a ('U' alone means 'r'; 'U' with w/a is an error). */
  const char *u = strchr(mode, 'U');
  char first = mode[0] == 'U' ? mode[1] : mode[0];
  if (u) {
    if (first == 'w' || first == 'a')
      return vm_raise(vm, vm->exc_ValueError,
                      "universal newline mode can only be used with modes starting with 'r'");
    m[k++] = 'r';
  } else if (first == 'r' || first == 'w' || first == 'a') {
    m[k++] = first;
  } else {
    return vm_raise(vm, vm->exc_ValueError,
                    "mode string must begin with one of 'r', 'w', 'a' or 'U', not '%s'", mode);
  }
  if (strchr(mode, '+')) m[k++] = '+';
  m[k] = '\0';
  lib_flush_files(vm);
  FILE *fp = fopen(name, m);
  if (!fp) return lib_raise_errno(vm, vm->exc_IOError, errno, name);
  struct stat st;
  if (fstat(fileno(fp), &st) == 0 && S_ISDIR(st.st_mode)) {
    fclose(fp);
    return lib_raise_errno(vm, vm->exc_IOError, EISDIR, name);
  }
  File *f = file_alloc(vm, fp, FILE_REAL, name, mode);
  if (!f) { fclose(fp); return v_null(); }
  if (!vm->open_files) vm->open_files = list_new(vm, 0);
  if (vm->open_files) list_append(vm, vm->open_files, v_obj(f));
  return v_obj(f);
}

/* ---- checks --------------------------------------------------------------------- */

static File *self_file(VM *vm, Value v) {
  if (v.tag != T_FILE) {
    vm_raise(vm, vm->exc_TypeError, "descriptor requires a 'file' object but received a '%s'",
             vm_type_name(vm, v));
    return NULL;
  }
  return AS_FILE(v);
}

static File *open_file(VM *vm, Value v) {
  File *f = self_file(vm, v);
  if (f && f->closed) {
    vm_raise(vm, vm->exc_ValueError, "I/O operation on closed file");
    return NULL;
  }
  return f;
}

static File *readable_file(VM *vm, Value v) {
  File *f = open_file(vm, v);
  if (!f) return NULL;
  if (!f->readable || f->fkind == FILE_STDOUT || f->fkind == FILE_STDERR) {
    vm_raise(vm, vm->exc_IOError, "File not open for reading");
    return NULL;
  }
  if (f->last_write && f->fp) { fseek(f->fp, 0, SEEK_CUR); f->last_write = false; }
  return f;
}

static bool file_write_raw(VM *vm, File *f, const char *s, size_t n) {
  if (f->closed) { vm_raise(vm, vm->exc_ValueError, "I/O operation on closed file"); return false; }
  switch (f->fkind) {
  case FILE_STDOUT: vm_write_out(vm, s, n); return true;
  case FILE_STDERR: vm_write_err(vm, s, n); return true;
  default: break;
  }
  if (!f->writable || !f->fp) {
    vm_raise(vm, vm->exc_IOError, "File not open for writing");
    return false;
  }
  if (!f->last_write) { fseek(f->fp, 0, SEEK_CUR); f->last_write = true; }
  if (n && fwrite(s, 1, n, f->fp) != n) {
    lib_raise_errno(vm, vm->exc_IOError, errno, NULL);
    return false;
  }
  return true;
}

bool lib_file_write(VM *vm, Value file, Str *s) {
  if (file.tag == T_FILE) return file_write_raw(vm, AS_FILE(file), s->data, (size_t)s->len);
  Value a = v_obj(s);
  return !v_isnull(vm_call_method(vm, file, vm->s_write, 1, &a));
}

/* ---- reading --------------------------------------------------------------------- */

/* One line (with its newline), at most limit bytes if limit >= 0. */
static Value read_line(VM *vm, File *f, int64_t limit) {
  SBuf b;
  sbuf_init(&b);
  int c;
  while (limit < 0 || (int64_t)b.len < limit) {
    c = getc(f->fp);
    if (c == EOF) break;
    sbuf_putc(&b, (char)c);
    if (c == '\n') break;
  }
  if (ferror(f->fp)) {
    int e = errno;
    clearerr(f->fp);
    sbuf_free(&b);
    return lib_raise_errno(vm, vm->exc_IOError, e, NULL);
  }
  Str *s = sbuf_finish(vm, &b);
  return s ? v_obj(s) : v_null();
}

static Value f_read(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "read", argc - 1, 0, 1)) return v_null();
  File *f = readable_file(vm, argv[0]);
  if (!f) return v_null();
  int64_t n = -1;
  if (argc > 1 && !lib_to_int(vm, argv[1], &n)) return v_null();
  SBuf b;
  sbuf_init(&b);
  char buf[65536];
  while (n < 0 || (int64_t)b.len < n) {
    size_t want = sizeof buf;
    if (n >= 0 && (uint64_t)(n - (int64_t)b.len) < want) want = (size_t)(n - (int64_t)b.len);
    size_t got = fread(buf, 1, want, f->fp);
    sbuf_put(&b, buf, got);
    if (got < want) break;
  }
  if (ferror(f->fp)) {
    int e = errno;
    clearerr(f->fp);
    sbuf_free(&b);
    return lib_raise_errno(vm, vm->exc_IOError, e, NULL);
  }
  clearerr(f->fp);  /* a later read may see new data (a tty, a growing file) */
  Str *s = sbuf_finish(vm, &b);
  return s ? v_obj(s) : v_null();
}

static Value f_readline(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "readline", argc - 1, 0, 1)) return v_null();
  File *f = readable_file(vm, argv[0]);
  if (!f) return v_null();
  int64_t n = -1;
  if (argc > 1 && !lib_to_int(vm, argv[1], &n)) return v_null();
  if (n == 0) return v_obj(str_new(vm, "", 0));
  Value r = read_line(vm, f, n);
  clearerr(f->fp);
  return r;
}

static Value f_readlines(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "readlines", argc - 1, 0, 1)) return v_null();
  File *f = readable_file(vm, argv[0]);
  if (!f) return v_null();
  List *l = list_new(vm, 0);
  if (!l) return v_null();
  for (;;) {
    Value line = read_line(vm, f, -1);
    if (v_isnull(line)) return line;
    if (AS_STR(line)->len == 0) break;
    if (!list_append(vm, l, line)) return v_null();
  }
  clearerr(f->fp);
  return v_obj(l);
}

static Value f_next(VM *vm, int argc, Value *argv, Dict *kw) {
  File *f = readable_file(vm, argv[0]);
  if (!f) return v_null();
  Value line = read_line(vm, f, -1);
  if (v_isnull(line)) return line;
  if (AS_STR(line)->len == 0) {
    clearerr(f->fp);
    return lib_raise_args(vm, vm->exc_StopIteration, 0, NULL);
  }
  return line;
}

/* The iterator `for line in f` uses: Iter.seq is the file. */
static Value file_iter_next(VM *vm, int argc, Value *argv, Dict *kw) {
  Iter *it = (Iter *)argv[0].u.o;
  File *f = readable_file(vm, it->seq);
  if (!f) return v_null();
  Value line = read_line(vm, f, -1);
  if (v_isnull(line)) return line;
  if (AS_STR(line)->len == 0) { clearerr(f->fp); return v_null(); }
  return line;
}

static Value f_iter(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!open_file(vm, argv[0])) return v_null();
  return iter_custom_new(vm, argv[0], file_iter_next);
}

/* ---- writing ------------------------------------------------------------------------ */

static Value f_write(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "write", argc - 1, 1, 1)) return v_null();
  File *f = open_file(vm, argv[0]);
  if (!f) return v_null();
  if (argv[1].tag != T_STR)
    return vm_raise(vm, vm->exc_TypeError, "expected a string or other character buffer object");
  f->softspace = 0;
  Str *s = AS_STR(argv[1]);
  if (!file_write_raw(vm, f, s->data, (size_t)s->len)) return v_null();
  return v_none();
}

static Value f_writelines(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'O', "writelines", argc - 1, 1, 1)) return v_null();
  File *f = open_file(vm, argv[0]);
  if (!f) return v_null();
  Value it = vm_iter(vm, argv[1]);
  if (v_isnull(it)) {
    if (vm_exc_matches(vm, vm->exc_TypeError)) {
      vm_exc_clear(vm);
      vm_raise(vm, vm->exc_TypeError, "writelines() requires an iterable argument");
    }
    return v_null();
  }
  f->softspace = 0;
  for (;;) {
    Value x = vm_next(vm, it);
    if (v_isnull(x)) break;
    if (x.tag != T_STR)
      return vm_raise(vm, vm->exc_TypeError, "writelines() argument must be a sequence of strings");
    if (!file_write_raw(vm, f, AS_STR(x)->data, (size_t)AS_STR(x)->len)) return v_null();
  }
  return EXC_PENDING(vm) ? v_null() : v_none();
}

static Value f_flush(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'N', "flush", argc - 1, 0, 0)) return v_null();
  File *f = open_file(vm, argv[0]);
  if (!f) return v_null();
  if (f->fkind == FILE_STDOUT) vm_flush(vm);
  else if (f->fp && f->writable && fflush(f->fp) != 0)
    return lib_raise_errno(vm, vm->exc_IOError, errno, NULL);
  return v_none();
}

static Value f_close(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'N', "close", argc - 1, 0, 0)) return v_null();
  File *f = self_file(vm, argv[0]);
  if (!f) return v_null();
  if (f->closed) return v_none();
  f->closed = true;
  if (f->fkind == FILE_STDOUT) { vm_flush(vm); return v_none(); }
  if (f->fkind == FILE_PIPE && f->fp) {
    FILE *fp = f->fp;
    f->fp = NULL;
    int st = pclose(fp);
    if (st < 0) return lib_raise_errno(vm, vm->exc_IOError, errno, NULL);
    return st == 0 ? v_none() : v_int(st);
  }
  if (f->fkind != FILE_REAL || !f->fp) return v_none();
  FILE *fp = f->fp;
  f->fp = NULL;
  if (fclose(fp) != 0) return lib_raise_errno(vm, vm->exc_IOError, errno, NULL);
  return v_none();
}

static Value f_enter(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!open_file(vm, argv[0])) return v_null();
  return argv[0];
}

static Value f_exit(VM *vm, int argc, Value *argv, Dict *kw) {
  Value r = f_close(vm, 1, argv, NULL);
  return v_isnull(r) ? r : v_none();
}

static Value f_tell(VM *vm, int argc, Value *argv, Dict *kw) {
  File *f = open_file(vm, argv[0]);
  if (!f) return v_null();
  if (!f->fp) return lib_raise_errno(vm, vm->exc_IOError, ESPIPE, NULL);
  long pos = ftell(f->fp);
  if (pos < 0) return lib_raise_errno(vm, vm->exc_IOError, errno, NULL);
  return v_int(pos);
}

static Value f_seek(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "seek", argc - 1, 1, 2)) return v_null();
  File *f = open_file(vm, argv[0]);
  if (!f) return v_null();
  int64_t off, whence = 0;
  Value o = argv[1];
  if (o.tag != T_INT && o.tag != T_BOOL && o.tag != T_LONG && o.tag != T_FLOAT &&
      o.tag != T_INSTANCE)
    return vm_raise(vm, vm->exc_TypeError, "'%s' object cannot be interpreted as an index",
                    vm_type_name(vm, o));
  if (o.tag == T_FLOAT) o = v_int((int64_t)o.u.f);
  if (!lib_to_int(vm, o, &off)) return v_null();
  if (argc > 2 && !lib_to_int(vm, argv[2], &whence)) return v_null();
  if (!f->fp) return lib_raise_errno(vm, vm->exc_IOError, ESPIPE, NULL);
  if (fseek(f->fp, (long)off, (int)whence) != 0)
    return lib_raise_errno(vm, vm->exc_IOError, errno, NULL);
  f->last_write = false;
  return v_none();
}

/* truncate([size]): size defaults to the current position, which is kept. */
static Value f_truncate(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "truncate", argc - 1, 0, 1)) return v_null();
  File *f = open_file(vm, argv[0]);
  if (!f) return v_null();
  if (!f->fp || f->fkind != FILE_REAL) return lib_raise_errno(vm, vm->exc_IOError, EINVAL, NULL);
  if (!f->writable) return vm_raise(vm, vm->exc_IOError, "File not open for writing");
  if (fflush(f->fp) != 0) return lib_raise_errno(vm, vm->exc_IOError, errno, NULL);
  long pos = ftell(f->fp);
  if (pos < 0) return lib_raise_errno(vm, vm->exc_IOError, errno, NULL);
  int64_t size = pos;
  if (argc > 1 && !v_isnone(argv[1]) && !lib_to_int(vm, argv[1], &size)) return v_null();
  if (size < 0) return lib_raise_errno(vm, vm->exc_IOError, EINVAL, NULL);
  if (ftruncate(fileno(f->fp), (off_t)size) != 0)
    return lib_raise_errno(vm, vm->exc_IOError, errno, NULL);
  if (fseek(f->fp, pos, SEEK_SET) != 0) return lib_raise_errno(vm, vm->exc_IOError, errno, NULL);
  f->last_write = false;
  return v_none();
}

static Value f_xreadlines(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!open_file(vm, argv[0])) return v_null();
  return argv[0];
}

/* readinto(b): read into a writable buffer object (bytearray) through its
** __setitem__ with a slice; returns the number of bytes read. */
static Value f_readinto(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "readinto", argc - 1, 1, 1)) return v_null();
  File *f = readable_file(vm, argv[0]);
  if (!f) return v_null();
  int64_t n;
  if (!vm_len(vm, argv[1], &n)) return v_null();
  Str *s = str_alloc(vm, (size_t)n);
  if (!s) return v_null();
  size_t got = fread(s->data, 1, (size_t)n, f->fp);
  if (ferror(f->fp)) {
    int e = errno;
    clearerr(f->fp);
    return lib_raise_errno(vm, vm->exc_IOError, e, NULL);
  }
  clearerr(f->fp);
  Str *part = str_new(vm, s->data, got);
  Value sl = slice_new(vm, v_int(0), v_int((int64_t)got), v_none());
  if (!part || v_isnull(sl) || !vm_setitem(vm, argv[1], sl, v_obj(part))) return v_null();
  return v_int((int64_t)got);
}

static Value f_fileno(VM *vm, int argc, Value *argv, Dict *kw) {
  File *f = open_file(vm, argv[0]);
  if (!f) return v_null();
  switch (f->fkind) {
  case FILE_STDIN: return v_int(0);
  case FILE_STDOUT: return v_int(1);
  case FILE_STDERR: return v_int(2);
  default: return v_int(fileno(f->fp));
  }
}

static Value f_isatty(VM *vm, int argc, Value *argv, Dict *kw) {
  Value fd = f_fileno(vm, argc, argv, kw);
  if (v_isnull(fd)) return fd;
  return v_bool(isatty((int)fd.u.i));
}

static Value f_repr(VM *vm, int argc, Value *argv, Dict *kw) {
  File *f = self_file(vm, argv[0]);
  if (!f) return v_null();
  Value name = v_obj(f->name);
  Str *s = str_printf(vm, "<%s file %R, mode '%S' at %p>", f->closed ? "closed" : "open",
                      &name, f->mode, (void *)f);
  return s ? v_obj(s) : v_null();
}

static Value file_ctor(VM *vm, int argc, Value *argv, Dict *kw) {
  argc--; argv++;
  static const char *const kws[] = {"name", "mode", "buffering", NULL};
  if (!lib_nargs(vm, 'P', "file", argc, 0, 3) || !lib_kw_check(vm, kw, kws)) return v_null();
  Value name, mode;
  if (!lib_arg(vm, argc, argv, kw, 0, "name", "file", &name) ||
      !lib_arg(vm, argc, argv, kw, 1, "mode", "file", &mode))
    return v_null();
  if (v_isnull(name))
    return vm_raise(vm, vm->exc_TypeError, "Required argument 'name' (pos 1) not found");
  if (name.tag != T_STR)
    return vm_raise(vm, vm->exc_TypeError, "coercing to Unicode: need string or buffer, %s found",
                    vm_type_name(vm, name));
  if (!v_isnull(mode) && mode.tag != T_STR)
    return vm_raise(vm, vm->exc_TypeError, "file() argument 2 must be string, not %s",
                    vm_type_name(vm, mode));
  return lib_file_open(vm, AS_STR(name)->data, v_isnull(mode) ? "r" : AS_STR(mode)->data);
}

/* ---- data attributes ---------------------------------------------------------------------- */

static Value a_softspace(VM *vm, int argc, Value *argv, Dict *kw) {
  File *f = self_file(vm, argv[0]);
  if (!f) return v_null();
  if (argc == 2) {
    int64_t i;
    if (!lib_to_int(vm, argv[1], &i)) return v_null();
    f->softspace = i != 0;
    return v_none();
  }
  return v_int(f->softspace);
}

static Value a_name(VM *vm, int argc, Value *argv, Dict *kw) {
  File *f = self_file(vm, argv[0]);
  return f ? v_obj(f->name) : v_null();
}

static Value a_mode(VM *vm, int argc, Value *argv, Dict *kw) {
  File *f = self_file(vm, argv[0]);
  return f ? v_obj(f->mode) : v_null();
}

static Value a_closed(VM *vm, int argc, Value *argv, Dict *kw) {
  File *f = self_file(vm, argv[0]);
  return f ? v_bool(f->closed) : v_null();
}

static Value a_none(VM *vm, int argc, Value *argv, Dict *kw) {
  return self_file(vm, argv[0]) ? v_none() : v_null();
}

static Value a_encoding(VM *vm, int argc, Value *argv, Dict *kw) {
  return v_none();
}

/* ---- the print statement --------------------------------------------------------------------- */

static Value current_stdout(VM *vm) {
  Value out = v_null();
  if (vm->sys_module) out = dict_get_str(vm, vm->sys_module->dict, str_intern_cstr(vm, "stdout"));
  else out = vm->sys_stdout;
  if (v_isnull(out) || v_isnone(out)) {
    vm_raise(vm, vm->exc_RuntimeError, "lost sys.stdout");
    return v_null();
  }
  return out;
}

/* PyFile_SoftSpace: set the flag to newval and return the old one. */
int lib_softspace_swap(VM *vm, Value f, int newval) {
  if (f.tag == T_FILE) {
    int old = AS_FILE(f)->softspace;
    AS_FILE(f)->softspace = newval;
    return old;
  }
  int old = 0;
  Value v = vm_getattr_opt(vm, f, vm->s_softspace);
  if (v.tag == T_INT || v.tag == T_BOOL) old = v.u.i != 0;
  vm_exc_clear(vm);
  if (!vm_setattr(vm, f, vm->s_softspace, v_int(newval))) vm_exc_clear(vm);
  return old;
}

static bool write_cstr(VM *vm, Value f, const char *s, size_t n) {
  if (f.tag == T_FILE) return file_write_raw(vm, AS_FILE(f), s, n);
  Str *str = str_new(vm, s, n);
  return str && lib_file_write(vm, f, str);
}

bool lib_print_item(VM *vm, Value file, Value v) {
  if (v_isnull(file) || v_isnone(file)) {
    file = current_stdout(vm);
    if (v_isnull(file)) return false;
  }
  if (file.tag == T_FILE && AS_FILE(file)->closed) {
    vm_raise(vm, vm->exc_ValueError, "I/O operation on closed file");
    return false;
  }
  if (lib_softspace_swap(vm, file, 0) && !write_cstr(vm, file, " ", 1)) return false;
  Str *s = v.tag == T_STR ? AS_STR(v) : vm_str(vm, v);
  if (!s || !lib_file_write(vm, file, s)) return false;
  if (v.tag == T_STR) {
    unsigned char last = s->len ? (unsigned char)s->data[s->len - 1] : 0;
    if (s->len == 0 || !isspace(last) || last == ' ') lib_softspace_swap(vm, file, 1);
  } else {
    lib_softspace_swap(vm, file, 1);
  }
  return true;
}

bool lib_print_newline(VM *vm, Value file) {
  if (v_isnull(file) || v_isnone(file)) {
    file = current_stdout(vm);
    if (v_isnull(file)) return false;
  }
  if (!write_cstr(vm, file, "\n", 1)) return false;
  lib_softspace_swap(vm, file, 0);
  return true;
}

void lib_flush_line(VM *vm) {
  Value saved = vm->exc;
  Traceback *saved_tb = vm->exc_tb;
  vm->exc = v_null();
  Value out = current_stdout(vm);
  if (!v_isnull(out) && lib_softspace_swap(vm, out, 0)) write_cstr(vm, out, "\n", 1);
  vm->exc = saved;
  vm->exc_tb = saved_tb;
}

/* ---- initialisation ------------------------------------------------------------------------------ */

void lib_init_file(VM *vm) {
  Class *c = vm->cls[T_FILE];
  if (!c) c = vm->cls[T_FILE] = class_new_builtin(vm, "file", NULL, T_FILE, 0);
  if (!c) return;
  c->ctor = file_ctor;
  vm_add_method(vm, c, "read", f_read, 0, 1, false);
  vm_add_method(vm, c, "readline", f_readline, 0, 1, false);
  vm_add_method(vm, c, "readlines", f_readlines, 0, 1, false);
  vm_add_method(vm, c, "next", f_next, 0, 0, false);
  vm_add_method(vm, c, "__iter__", f_iter, 0, 0, false);
  vm_add_method(vm, c, "write", f_write, 1, 1, false);
  vm_add_method(vm, c, "writelines", f_writelines, 1, 1, false);
  vm_add_method(vm, c, "flush", f_flush, 0, 0, false);
  vm_add_method(vm, c, "close", f_close, 0, 0, false);
  vm_add_method(vm, c, "__enter__", f_enter, 0, 0, false);
  vm_add_method(vm, c, "__exit__", f_exit, 0, -1, false);
  vm_add_method(vm, c, "tell", f_tell, 0, 0, false);
  vm_add_method(vm, c, "seek", f_seek, 1, 2, false);
  vm_add_method(vm, c, "fileno", f_fileno, 0, 0, false);
  vm_add_method(vm, c, "truncate", f_truncate, 0, 1, false);
  vm_add_method(vm, c, "xreadlines", f_xreadlines, 0, 0, false);
  vm_add_method(vm, c, "readinto", f_readinto, 1, 1, false);
  vm_add_method(vm, c, "isatty", f_isatty, 0, 0, false);
  vm_add_method(vm, c, "__repr__", f_repr, 0, 0, false);
  vm_add_property(vm, c, "softspace", a_softspace, a_softspace);
  vm_add_property(vm, c, "name", a_name, NULL);
  vm_add_property(vm, c, "mode", a_mode, NULL);
  vm_add_property(vm, c, "closed", a_closed, NULL);
  vm_add_property(vm, c, "encoding", a_encoding, NULL);
  vm_add_property(vm, c, "newlines", a_none, NULL);
  vm_add_property(vm, c, "errors", a_none, NULL);

  vm->sys_stdin = lib_file_from_stream(vm, stdin, FILE_STDIN, "<stdin>", "r");
  vm->sys_stdout = lib_file_from_stream(vm, stdout, FILE_STDOUT, "<stdout>", "w");
  vm->sys_stderr = lib_file_from_stream(vm, stderr, FILE_STDERR, "<stderr>", "w");
}
