/*
** gc.c: Boehm GC glue. Initialised once per process (the only process-wide
** state rpyvm has, and Boehm's own); everything else hangs off a VM.
*/
#define GC_THREADS 1
#include <gc/gc.h>  /* Boehm; ours is "gc.h" (project headers use -iquote) */
#include <pthread.h>
#include <string.h>
#include "gc.h"

static pthread_once_t gc_once = PTHREAD_ONCE_INIT;
static pthread_key_t gc_thread_key;   /* set once in gc_init_once, then read-only */

/* Thread-exit destructor of threads gc_thread_attach registered. */
static void gc_thread_exit(void *p) {
  (void)p;
  GC_unregister_my_thread();
}

static void gc_init_once(void) {
  GC_INIT();
  GC_allow_register_threads();
  GC_set_warn_proc(GC_ignore_warn_proc);
  pthread_key_create(&gc_thread_key, gc_thread_exit);
}

void gc_init(void) { pthread_once(&gc_once, gc_init_once); }

/* Initialise Boehm when the program (or librpyvm.so) is loaded, so that
** GC_INIT runs on the main thread even when the first VM is created on
** another one (Boehm takes the initialising thread for the main thread). */
__attribute__((constructor)) static void gc_init_at_load(void) { gc_init(); }

void *gc_alloc(size_t size) { return GC_MALLOC(size); }

void *gc_alloc_atomic(size_t size) { return GC_MALLOC_ATOMIC(size); }

void *gc_alloc_atomic_zero(size_t size) {
  void *p = GC_MALLOC_ATOMIC(size);
  if (p) memset(p, 0, size);
  return p;
}

void *gc_realloc(void *p, size_t size) { return GC_REALLOC(p, size); }

void *gc_alloc_root(size_t size) { return GC_MALLOC_UNCOLLECTABLE(size); }

void gc_free(void *p) { GC_FREE(p); }

void gc_collect(void) { GC_gcollect(); }

size_t gc_heap_size(void) { return GC_get_heap_size(); }

size_t gc_bytes_allocated(void) { return GC_get_total_bytes(); }

int gc_register_thread(void) {
  struct GC_stack_base sb;
  if (GC_get_stack_base(&sb) != GC_SUCCESS) return -1;
  int r = GC_register_my_thread(&sb);
  return (r == GC_SUCCESS || r == GC_DUPLICATE) ? 0 : -1;
}

/* ---- embedding area ------------------------------------------------------ */

/* Per thread: 0 not checked yet, 1 registered by us (unregistered by the
** key's destructor when the thread exits), 2 registered by someone else. */
static _Thread_local int gc_thread_state;

int gc_thread_attach(void) {
  if (gc_thread_state) return 0;
  gc_init();
  struct GC_stack_base sb;
  if (GC_get_stack_base(&sb) != GC_SUCCESS) return -1;
  int r = GC_register_my_thread(&sb);
  if (r == GC_SUCCESS) {
    gc_thread_state = 1;
    pthread_setspecific(gc_thread_key, (void *)1);
  } else if (r == GC_DUPLICATE) {
    gc_thread_state = 2;
  } else {
    return -1;
  }
  return 0;
}

int gc_unregister_thread(void) {
  int r = GC_unregister_my_thread();
  return r == GC_SUCCESS ? 0 : -1;
}
