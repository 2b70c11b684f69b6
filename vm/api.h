/*
** api.h: shared internals of the embedding API implementation (api.c,
** api_value.c). Not installed: the public API is include/rpyvm.h.
**
** An rpy_vm * is the VM * itself. The API's own state (the last error, the
** handle table, the host's userdata) lives in a Host struct in GC memory
** that vm->host points at, so Boehm sees everything in it through the
** uncollectable VM.
**
** Every entry point brackets its work with api_enter / api_leave: the first
** makes sure the calling thread is registered with Boehm and remembers the
** frame state, the second turns a pending exception into the VM's last error
** (clearing vm->exc, restoring the frame state), so the VM is always usable
** when control returns to the host.
*/
#ifndef RPY_API_H
#define RPY_API_H

#include <string.h>
#include "rpyvm.h"
#include "vm.h"

#define HOST_MAGIC 0x72707976u    /* "rpyv" */
#define HANDLE_CHUNK 256

struct rpy_handle {
  Value v;
  struct rpy_handle *next_free;
  VM *owner;                      /* NULL while free */
};

typedef struct Host {
  uint32_t magic;
  int depth;                      /* API entries in progress (nested through C functions) */
  /* the last error */
  rpy_status err_status;          /* RPY_OK: none */
  Value err_exc;                  /* the exception instance */
  Traceback *err_tb;
  Str *err_text, *err_msg;        /* formatted on demand */
  uint64_t err_seq;               /* bumped whenever an error is recorded */
  void *userdata;
  Dict *sources;                  /* chunk name -> source, for traceback lines */
  /* handles: chunks of HANDLE_CHUNK slots that never move */
  struct rpy_handle **chunks;
  int nchunks, capchunks;
  struct rpy_handle *free_list;
  size_t nhandles;
} Host;

/* A registered C function: the CFunc's bound `self`, so the trampoline
** knows which host function to run. Kind T_NATIVE. */
typedef struct HostFn {
  Obj h;
  rpy_cfunction fn;
  Str *name;
} HostFn;

typedef struct ApiFrame {
  VM *vm;
  Host *h;
  Frame *frame;
  int depth, c_depth;
  Value saved_exc;                /* an exception in flight when the host was called */
  Traceback *saved_tb;
} ApiFrame;

_Static_assert(sizeof(rpy_value) == sizeof(Value), "rpy_value must mirror Value");
_Static_assert(offsetof(rpy_value, rpy_u_) == offsetof(Value, u), "rpy_value layout");

static inline Value api_in(rpy_value v) { Value r; memcpy(&r, &v, sizeof r); return r; }
static inline rpy_value api_out(Value v) { rpy_value r; memcpy(&r, &v, sizeof r); return r; }
static inline VM *api_vm(rpy_vm *vm) { return (VM *)(void *)vm; }

/* The VM of an rpy_vm handed in by the host, NULL if it is not one. */
VM *api_check_vm(rpy_vm *vm);
/* Enter / leave an entry point. api_leave returns st when it is RPY_OK and
** nothing is pending; otherwise it records the pending exception as the
** last error with status st (adjusted: MemoryError gives RPY_ERR_MEMORY,
** KeyboardInterrupt RPY_ERR_INTERRUPTED). */
Host *api_enter(VM *vm, ApiFrame *af);
rpy_status api_leave(ApiFrame *af, rpy_status st);
/* Raise SystemError(message) for a misuse of the API and return RPY_ERR_API
** (api_leave keeps that status). */
rpy_status api_misuse(VM *vm, const char *fmt, ...);
/* A valid value from the host (right tag, object of that kind). */
bool api_valid(Value v);
/* Check a value argument: RPY_OK or a misuse error naming fn. */
rpy_status api_check_value(VM *vm, const char *fn, const char *what, Value v);
/* Store the exception into the last error (vm->exc cleared). */
void api_set_error(VM *vm, Host *h, rpy_status st, Value exc, Traceback *tb);

#define API_ENTER(rvm, fname)                                  \
  VM *vm = api_check_vm(rvm);                                  \
  if (!vm) return RPY_ERR_API;                                 \
  ApiFrame af_;                                                \
  Host *host = api_enter(vm, &af_);                            \
  (void)host;                                                  \
  const char *api_fn_ = fname;                                 \
  (void)api_fn_
#define API_RETURN(st) return api_leave(&af_, (st))
/* Fail with a misuse error unless cond holds. */
#define API_REQUIRE(cond, ...) \
  do { if (!(cond)) API_RETURN(api_misuse(vm, __VA_ARGS__)); } while (0)
/* Fail unless v is a valid value. */
#define API_VALUE(v, what) \
  do { rpy_status s_ = api_check_value(vm, api_fn_, what, (v)); if (s_) API_RETURN(s_); } while (0)

#endif
