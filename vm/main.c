/*
** main.c: the `rpyvm` command. Parses the command line the way CPython 2.7
** and PyPy do (`-c cmd`, `--jit ...`, a script and its arguments), runs the
** program in a fresh VM and turns an uncaught exception or SystemExit into
** the exit status.
**
** It is an ordinary embedding host: it uses the public API (rpyvm.h) and
** nothing else of the VM.
*/
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rpyvm.h"

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

static void print_jit_help(void) {
  size_t n = rpy_jit_help(NULL, 0);
  char *text = malloc(n + 1);
  if (!text) return;
  rpy_jit_help(text, n + 1);
  fputs(text, stdout);
  free(text);
}

/* Exit status for the VM's last error: SystemExit's code, else print the
** traceback and return 1, as CPython does. */
static int exit_status(rpy_vm *vm) {
  int status = 0;
  if (rpy_error_exit_status(vm, &status)) return status;
  rpy_error_print(vm);
  return 1;
}

int main(int argc, char **argv) {
  rpy_config cfg;
  rpy_config_init(&cfg);
  const char *command = NULL, *script = NULL;
  int dis = 0;
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
      if (strcmp(spec, "help") == 0) { print_jit_help(); return 0; }
      if (rpy_config_set_jit(&cfg, spec) != RPY_OK) {
        fprintf(stderr, "%s: --jit: %s\n", progname, cfg.error);
        return 2;
      }
    } else if (strcmp(a, "--dis") == 0) {
      dis = 1;
    } else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
      usage(stdout);
      return 0;
    } else if (strcmp(a, "-V") == 0 || strcmp(a, "--version") == 0) {
      printf("rpyvm %s (Python 2.7.18 compatible)\n", rpy_version());
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

  /* sys.argv: [script or '-c', args...]; sys.path[0]: the script's folder. */
  int nargs = argc - i + 1;
  const char **args = malloc(sizeof(char *) * (size_t)(nargs + 1));
  char *dir = strdup(command || strcmp(script, "-") == 0 ? "" : script);
  if (!src || !args || !dir) {
    fprintf(stderr, "%s: out of memory\n", progname);
    return 1;
  }
  args[0] = command ? "-c" : script;
  for (int k = 1; k < nargs; k++) args[k] = argv[i + k - 1];
  args[nargs] = NULL;
  char *slash = strrchr(dir, '/');
  if (slash) *slash = '\0'; else dir[0] = '\0';
  const char *path[2] = {dir, NULL};
  cfg.argc = nargs;
  cfg.argv = args;
  cfg.path = path;

  rpy_vm *vm = rpy_vm_new(&cfg);
  free(args);
  free(dir);
  if (!vm) {
    fprintf(stderr, "%s: cannot create the VM (out of memory)\n", progname);
    free(src);
    return 1;
  }

  int status = 0;
  rpy_status st;
  if (dis) {
    st = rpy_disassemble(vm, src, len, filename);
  } else {
    st = RPY_OK;
    if (!command) st = rpy_set_global(vm, "__file__", rpy_cstr(vm, script));
    if (st == RPY_OK) st = rpy_exec_buffer(vm, src, len, filename);
  }
  free(src);
  if (st != RPY_OK) status = exit_status(vm);
  rpy_vm_free(vm);
  fflush(stdout);
  return status;
}
