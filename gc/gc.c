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

static void gc_fin_notify(void);

static void gc_init_once(void) {
  GC_INIT();
  GC_allow_register_threads();
  GC_set_warn_proc(GC_ignore_warn_proc);
  /* Finalizers only queue objects (gc_finq_*); Boehm calls the notifier
  ** after a collection found some, outside its lock, in the allocating
  ** thread. */
  GC_set_finalize_on_demand(1);
  GC_set_finalizer_notifier(gc_fin_notify);
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

/* ---- finalization ------------------------------------------------------- */

/* One per registered object (the finalizer's client data, which Boehm keeps
** alive): obj is filled only when the object is found unreachable, so the
** node does not keep it alive before. */
typedef struct FinNode {
  GCFinQueue *q;
  void *obj;
  struct FinNode *next;
} FinNode;

struct GCFinQueue {
  pthread_mutex_t lock;   /* finalizers run in any thread */
  int *pending;           /* NULL once closed */
  FinNode *head, *tail;
};

static void gc_fin_notify(void) { GC_invoke_finalizers(); }

/* The Boehm finalizer: queue the object (no allocation under the lock). */
static void gc_fin_queue(void *obj, void *cd) {
  FinNode *n = cd;
  GCFinQueue *q = n->q;
  pthread_mutex_lock(&q->lock);
  if (q->pending) {
    n->obj = obj;
    n->next = NULL;
    if (q->tail) q->tail->next = n; else q->head = n;
    q->tail = n;
    __atomic_store_n(q->pending, 1, __ATOMIC_RELAXED);
  }
  pthread_mutex_unlock(&q->lock);
}

GCFinQueue *gc_finq_new(int *pending) {
  GCFinQueue *q = GC_MALLOC(sizeof(GCFinQueue));
  if (!q) return NULL;
  pthread_mutex_init(&q->lock, NULL);
  q->pending = pending;
  return q;
}

void gc_finq_close(GCFinQueue *q) {
  pthread_mutex_lock(&q->lock);
  q->pending = NULL;
  q->head = q->tail = NULL;
  pthread_mutex_unlock(&q->lock);
}

int gc_register_finalizer(GCFinQueue *q, void *obj) {
  FinNode *n = GC_MALLOC(sizeof(FinNode));
  if (!n) return -1;
  n->q = q;
  GC_register_finalizer_no_order(obj, gc_fin_queue, n, NULL, NULL);
  return 0;
}

void *gc_finq_pop(GCFinQueue *q) {
  void *obj = NULL;
  pthread_mutex_lock(&q->lock);
  FinNode *n = q->head;
  if (n) {
    q->head = n->next;
    if (!q->head) q->tail = NULL;
    obj = n->obj;
    n->obj = NULL;
  }
  pthread_mutex_unlock(&q->lock);
  return obj;
}

void gc_invoke_finalizers(void) {
  if (GC_should_invoke_finalizers()) GC_invoke_finalizers();
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
