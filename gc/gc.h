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

/* ---- embedding area ---------------------------------------------------- */
/* Make sure the calling thread is registered with Boehm (cheap after the
** first call in a thread). A thread this registers is unregistered
** automatically when it exits. 0, or -1 if registration failed. */
int gc_thread_attach(void);

#endif
