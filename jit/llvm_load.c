/*
** llvm_load.c: finding libLLVM at run time.
**
** rpyvm does not link libLLVM: starting the VM must not pay for mapping and
** relocating ~120 MB of shared library, and a program that never gets hot
** never needs it. The first llvm_compile() of the process calls llvm_api(),
** which (once, under pthread_once) dlopen()s libLLVM 19, resolves every
** LLVM-C function listed in LLVM_FUNCS (llvm.h) into an immutable table, and
** initialises the native target (target info, target, MC layer, asm
** printer). That table and its handle are the backend's only process-wide
** state, like Boehm's initialisation; every VM then builds its own LLJIT
** (llvm_orc.c) with it.
**
** Library search order: libLLVM.so.19.1, libLLVM-19.so, libLLVM.so.1 (the
** dynamic linker's default paths), then the same names in the directory
** `llvm-config-19 --libdir` printed at build time (RPY_LLVM_LIBDIR). A
** library whose LLVMGetVersion() is not 19.x is rejected (libLLVM.so.1 may
** be another release).
**
** llvm_preload() lets the driver start that load on a background thread
** (e.g. when it begins recording the first trace) so that the ~15 ms of
** dlopen overlap with interpretation; the first compile then waits for it.
**
** The header types come from the llvm-c headers; the table's field types are
** `__typeof__` of the real prototypes, so a mismatch is a compile error, yet
** no object refers to an LLVM symbol at link time.
*/
#define RPY_LLVM_INTERNAL 1
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include "llvm.h"

#ifndef RPY_LLVM_LIBDIR
#define RPY_LLVM_LIBDIR ""
#endif

#define RPY_LLVM_MAJOR 19

/* Native target initialisers, resolved by name (LLVMInitializeNativeTarget
** is a static inline function in Target.h that would bind them at link time). */
#if defined(__x86_64__) || defined(__i386__)
#define LLVM_ARCH "X86"
#elif defined(__aarch64__)
#define LLVM_ARCH "AArch64"
#elif defined(__riscv)
#define LLVM_ARCH "RISCV"
#elif defined(__powerpc64__)
#define LLVM_ARCH "PowerPC"
#elif defined(__s390x__)
#define LLVM_ARCH "SystemZ"
#else
#define LLVM_ARCH ""
#endif

static const char *const llvm_fn_names[] = {
#define LLVM_FN_NAME(n) "LLVM" #n,
  LLVM_FUNCS(LLVM_FN_NAME)
#undef LLVM_FN_NAME
};

/* Process-wide, written only inside pthread_once, read-only afterwards. */
static pthread_once_t llvm_once = PTHREAD_ONCE_INIT;
static LLVMApi llvm_table;
static const LLVMApi *llvm_table_ok;
static const char *llvm_load_err;
static char llvm_load_errbuf[512];
static int llvm_failed;          /* atomic: set once when the load failed */
static int llvm_preloading;      /* atomic: llvm_preload started its thread */

static void *try_open(const char *name) {
  if (!name || !*name) return NULL;
  return dlopen(name, RTLD_LAZY | RTLD_LOCAL);
}

static void *open_libllvm(void) {
  static const char *const names[] = {"libLLVM.so.19.1", "libLLVM-19.so", "libLLVM.so.1"};
  const char *libdir = RPY_LLVM_LIBDIR;
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
    void *h = try_open(names[i]);
    if (h) {
      /* Reject another release behind a generic soname. */
      void (*ver)(unsigned *, unsigned *, unsigned *) =
        (void (*)(unsigned *, unsigned *, unsigned *))dlsym(h, "LLVMGetVersion");
      unsigned maj = 0, min = 0, pat = 0;
      if (ver) ver(&maj, &min, &pat);
      if (ver && maj == RPY_LLVM_MAJOR) return h;
      dlclose(h);
    }
  }
  if (libdir[0]) {
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
      char path[1024];
      snprintf(path, sizeof path, "%s/%s", libdir, names[i]);
      void *h = try_open(path);
      if (h) return h;
    }
  }
  return NULL;
}

static void (*init_fn(void *h, const char *what))(void) {
  char name[128];
  snprintf(name, sizeof name, "LLVMInitialize%s%s", LLVM_ARCH, what);
  return (void (*)(void))dlsym(h, name);
}

static void load_once(void) {
  LLVMApi *L = &llvm_table;
  void *h = open_libllvm();
  if (!h) {
    const char *e = dlerror();
    snprintf(llvm_load_errbuf, sizeof llvm_load_errbuf,
             "cannot load libLLVM %d (libLLVM.so.19.1, libLLVM-19.so, libLLVM.so.1%s%s)%s%s",
             RPY_LLVM_MAJOR, RPY_LLVM_LIBDIR[0] ? ", " : "", RPY_LLVM_LIBDIR,
             e ? ": " : "", e ? e : "");
    llvm_load_err = llvm_load_errbuf;
    return;
  }
  void **slot = (void **)L;   /* the table is LLVM_FUNCS pointers, in order */
  for (size_t i = 0; i < sizeof llvm_fn_names / sizeof llvm_fn_names[0]; i++) {
    void *p = dlsym(h, llvm_fn_names[i]);
    if (!p) {
      snprintf(llvm_load_errbuf, sizeof llvm_load_errbuf,
               "libLLVM lacks %s", llvm_fn_names[i]);
      llvm_load_err = llvm_load_errbuf;
      dlclose(h);
      return;
    }
    memcpy(&slot[i], &p, sizeof p);
  }
  L->handle = h;
  L->GetVersion(&L->major, &L->minor, &L->patch);
  if (L->major != RPY_LLVM_MAJOR) {
    snprintf(llvm_load_errbuf, sizeof llvm_load_errbuf,
             "libLLVM is version %u.%u, rpyvm needs %d", L->major, L->minor, RPY_LLVM_MAJOR);
    llvm_load_err = llvm_load_errbuf;
    return;
  }
  /* LLVMInitializeNativeTarget + LLVMInitializeNativeAsmPrinter. */
  static const char *const parts[] = {"TargetInfo", "Target", "TargetMC", "AsmPrinter"};
  for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++) {
    void (*f)(void) = init_fn(h, parts[i]);
    if (!f) {
      snprintf(llvm_load_errbuf, sizeof llvm_load_errbuf,
               "libLLVM has no native target (LLVMInitialize%s%s)", LLVM_ARCH, parts[i]);
      llvm_load_err = llvm_load_errbuf;
      return;
    }
    f();
  }
  llvm_table_ok = L;
}

const LLVMApi *llvm_api(const char **err) {
  pthread_once(&llvm_once, load_once);
  if (!llvm_table_ok) __atomic_store_n(&llvm_failed, 1, __ATOMIC_RELEASE);
  if (!llvm_table_ok && err) *err = llvm_load_err ? llvm_load_err : "libLLVM not loaded";
  return llvm_table_ok;
}

static void *preload_main(void *arg) {
  (void)arg;
  const char *err = NULL;
  llvm_api(&err);
  return NULL;
}

void llvm_preload(void) {
  if (__atomic_exchange_n(&llvm_preloading, 1, __ATOMIC_ACQ_REL)) return;
  /* A plain (non-GC) thread: it never touches the GC heap. If it cannot be
  ** started, the first compile loads LLVM itself. */
  pthread_attr_t attr;
  pthread_t th;
  if (pthread_attr_init(&attr) != 0) return;
  pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
  (void)pthread_create(&th, &attr, preload_main, NULL);
  pthread_attr_destroy(&attr);
}

bool llvm_load_failed(void) {
  /* Never triggers the load: only reports a load that already failed. */
  return __atomic_load_n(&llvm_failed, __ATOMIC_ACQUIRE) != 0;
}

/* The table's layout must be exactly the LLVM_FUNCS pointers then the rest. */
_Static_assert(offsetof(LLVMApi, handle) ==
               sizeof(llvm_fn_names) / sizeof(llvm_fn_names[0]) * sizeof(void *),
               "LLVMApi must start with the LLVM_FUNCS pointers");
