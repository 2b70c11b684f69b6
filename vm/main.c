/*
** main.c: the `rpyvm` command. Parses the command line the way CPython 2.7
** and PyPy do (`-c cmd`, `--jit ...`, a script and its arguments), runs the
** program in a fresh VM and turns an uncaught exception or SystemExit into
** the exit status.
*/
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "vm/vm.h"
#include "frontend/compile.h"
#include "stdlib/lib.h"

#define RPYVM_VERSION "0.1.0"

static const char *progname = "rpyvm";

static void usage(FILE *f) {
  fprintf(f,
    "usage: %s [option] ... [-c cmd | file | -] [arg] ...\n"
    "Options:\n"
    "  -c cmd         program passed in as string (terminates option list)\n"
    "  -h, --help     print this help message and exit\n"
    "  -V, --version  print the version number and exit\n"
    "  --jit OPTIONS  JIT parameters, as in PyPy: off, default, help, or\n"
    "                 name=value[,name=value...] (see --jit help)\n"
    "  --dis          print the bytecode of the program instead of running it\n"
    "  file           program read from script file\n"
    "  -              program read from stdin\n"
    "  arg ...        arguments passed to program in sys.argv[1:]\n", progname);
}

static int usage_error(const char *fmt, const char *what) {
  fprintf(stderr, fmt, what);
  fprintf(stderr, "usage: %s [option] ... [-c cmd | file | -] [arg] ...\n"
                  "Try `%s -h' for more information.\n", progname, progname);
  return 2;
}

/* Read a whole file (or stdin for "-"); NULL with errno set on failure. */
static char *read_file(const char *path, size_t *len) {
  FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
  if (!f) return NULL;
  size_t cap = 1 << 16, n = 0;
  char *buf = malloc(cap);
  for (;;) {
    if (!buf) { errno = ENOMEM; break; }
    n += fread(buf + n, 1, cap - n, f);
    if (n < cap) break;
    cap *= 2;
    char *nb = realloc(buf, cap);
    if (!nb) { free(buf); buf = NULL; errno = ENOMEM; break; }
    buf = nb;
  }
  int err = ferror(f) ? errno : 0;
  if (f != stdin) fclose(f);
  if (err && buf) { free(buf); buf = NULL; errno = err; }
  if (buf) *len = n;
  return buf;
}

/* Exit status for a pending exception: SystemExit's code, else print the
** traceback and return 1, as CPython does. */
static int handle_exception(VM *vm) {
  Value exc = vm->exc;
  Traceback *tb = vm->exc_tb;
  if (vm_exc_matches(vm, vm->exc_SystemExit)) {
    vm_exc_clear(vm);
    Value code = vm_getattr_opt(vm, exc, vm->s_code);
    vm_exc_clear(vm);
    if (v_isnull(code) || v_isnone(code)) return 0;
    if (v_isint(code) || v_isbool(code)) return (int)(code.u.i & 0xff);
    Str *s = vm_str(vm, code);
    vm_flush(vm);
    if (s) {
      vm_write_err(vm, s->data, (size_t)s->len);
      vm_write_err(vm, "\n", 1);
    }
    vm_exc_clear(vm);
    return 1;
  }
  vm_exc_clear(vm);
  vm_flush(vm);
  vm_print_exception(vm, exc, tb);
  return 1;
}

int main(int argc, char **argv) {
  VMConfig cfg;
  vm_config_default(&cfg);
  const char *command = NULL, *script = NULL;
  bool dis = false;
  int i = 1;
  for (; i < argc; i++) {
    const char *a = argv[i];
    if (strcmp(a, "-c") == 0) {
      if (i + 1 >= argc) return usage_error("Argument expected for the %s option\n", "-c");
      command = argv[++i];
      break;
    } else if (strncmp(a, "-c", 2) == 0 && a[2] != '\0' && a[1] == 'c') {
      command = a + 2;
      break;
    } else if (strcmp(a, "--jit") == 0 || strncmp(a, "--jit=", 6) == 0) {
      const char *spec = a[5] == '=' ? a + 6 : (i + 1 < argc ? argv[++i] : NULL);
      if (!spec) return usage_error("Argument expected for the %s option\n", "--jit");
      if (strcmp(spec, "help") == 0) { jit_params_help(stdout); return 0; }
      char err[256];
      if (jit_params_parse(&cfg.jit, spec, err, sizeof err) < 0) {
        fprintf(stderr, "%s: --jit: %s\n", progname, err);
        return 2;
      }
    } else if (strcmp(a, "--dis") == 0) {
      dis = true;
    } else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
      usage(stdout);
      return 0;
    } else if (strcmp(a, "-V") == 0 || strcmp(a, "--version") == 0) {
      printf("rpyvm %s (Python 2.7.18 compatible)\n", RPYVM_VERSION);
      return 0;
    } else if (strcmp(a, "--") == 0) {
      i++;
      break;
    } else if (a[0] == '-' && a[1] != '\0') {
      return usage_error("Unknown option: %s\n", a);
    } else {
      break;
    }
  }
  if (command) {
    i++;  /* past the command: the rest is sys.argv[1:] */
  } else {
    script = i < argc ? argv[i] : "-";
    if (i < argc) i++;
  }

  size_t len = 0;
  char *src;
  const char *filename;
  if (command) {
    src = strdup(command);
    len = strlen(command);
    filename = "<string>";
  } else {
    src = read_file(script, &len);
    if (!src) {
      int e = errno;
      fprintf(stderr, "%s: can't open file '%s': [Errno %d] %s\n", progname, script, e,
              strerror(e));
      return 2;
    }
    filename = strcmp(script, "-") == 0 ? "<stdin>" : script;
  }

  VM *vm = vm_new(&cfg);
  if (!vm) {
    fprintf(stderr, "%s: cannot create the VM (out of memory)\n", progname);
    return 1;
  }
  /* sys.argv: [script or '-c', args...]; sys.path[0]: the script's folder. */
  int nargs = argc - i + 1;
  char **args = malloc(sizeof(char *) * (size_t)(nargs + 1));
  args[0] = (char *)(command ? "-c" : script);
  for (int k = 1; k < nargs; k++) args[k] = argv[i + k - 1];
  args[nargs] = NULL;
  lib_set_argv(vm, nargs, args);
  free(args);
  if (command || strcmp(script, "-") == 0) {
    lib_set_path(vm, "");
  } else {
    char *dir = strdup(script);
    char *slash = strrchr(dir, '/');
    if (slash) *slash = '\0'; else dir[0] = '\0';
    lib_set_path(vm, dir);
    free(dir);
  }

  int status = 0;
  Code *code = vm_compile(vm, src, len, filename, COMPILE_FILE, 0);
  free(src);
  if (!code) {
    status = handle_exception(vm);
  } else if (dis) {
    dis_code(vm, code, stdout);
  } else {
    Dict *globals = vm->main_module->dict;
    if (!command) dict_set_str(vm, globals, vm->s___file__, v_obj(str_from_cstr(vm, script)));
    Value r = vm_exec_code(vm, code, globals, globals);
    if (v_isnull(r)) status = handle_exception(vm);
  }
  vm_flush(vm);
  vm_free(vm);
  fflush(stdout);
  return status;
}
