/*
** gc.h: the only interface to Boehm GC. Everything the VM allocates goes
** through here: scanned memory for objects that hold pointers, atomic memory
** for pointer-free data (string bytes, instruction arrays, line tables).
*/
#ifndef RPY_GC_H
#define RPY_GC_H

#include <stddef.h>
#include <stdint.h>

void gc_init(void);                     /* idempotent, thread-safe */
void *gc_alloc(size_t size);            /* zeroed, scanned; NULL on out of memory */
void *gc_alloc_atomic(size_t size);     /* NOT scanned, NOT zeroed */
void *gc_alloc_atomic_zero(size_t size);/* NOT scanned, zeroed */
void *gc_realloc(void *p, size_t size); /* keeps the kind (scanned/atomic) of p */
void *gc_alloc_root(size_t size);       /* uncollectable and scanned (VM struct, handles) */
void gc_free(void *p);                  /* explicit free (roots; optional otherwise) */
void gc_collect(void);
size_t gc_heap_size(void);
size_t gc_bytes_allocated(void);        /* total since start */
/* Thread registration for threads that run a VM (embedding). */
int gc_register_thread(void);
int gc_unregister_thread(void);

/* ---- finalization ------------------------------------------------------ */
/* Unordered (Java-style) finalization on Boehm. A finalizer never runs code
** of its own: when a registered object is found unreachable, it is appended
** to the queue it was registered with (GC memory, so the object stays alive
** until its owner pops it) and *pending is set to 1. Objects become ready at
** a collection; they are moved into their queues in whichever thread
** allocates next (or calls gc_invoke_finalizers), so a queue is shared with
** other threads and locked. Each VM owns one queue and runs what it pops. */
typedef struct GCFinQueue GCFinQueue;
/* A queue (GC memory: keep it reachable); pending outlives it or is
** detached by gc_finq_close. NULL on out of memory. */
GCFinQueue *gc_finq_new(int *pending);
/* The owner goes away: objects found unreachable later are dropped. */
void gc_finq_close(GCFinQueue *q);
/* Finalize obj (the start of a gc_alloc block) once, through q. 0, or -1
** on out of memory. */
int gc_register_finalizer(GCFinQueue *q, void *obj);
/* The next queued object, NULL if none. */
void *gc_finq_pop(GCFinQueue *q);
/* Move the objects the last collections found unreachable into their
** queues now (gc_collect does not). */
void gc_invoke_finalizers(void);

/* ---- embedding area ---------------------------------------------------- */
/* Make sure the calling thread is registered with Boehm (cheap after the
** first call in a thread). A thread this registers is unregistered
** automatically when it exits. 0, or -1 if registration failed. */
int gc_thread_attach(void);

#endif
