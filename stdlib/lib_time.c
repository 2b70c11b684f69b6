/*
** lib_time.c: the time module: time(), clock() (process CPU time, as Python 2
** on Linux), sleep(), gmtime/localtime (struct_time: a 9-tuple with the
** tm_* attributes), mktime, strftime, asctime, ctime, and the timezone data.
*/
#include <errno.h>
#include <math.h>
#include <string.h>
#include <sys/select.h>
#include <time.h>

#include "lib.h"
#include "../vm/types.h"
#include "../gc/gc.h"

static const char *const tm_fields[9] = {
  "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday",
  "tm_isdst"
};

static Class *struct_time_class(VM *vm) {
  Value t = dict_get_str(vm, vm->modules, str_intern_cstr(vm, "time"));
  if (t.tag != T_MODULE) return NULL;
  Value c = dict_get_str(vm, AS_MODULE(t)->dict, str_intern_cstr(vm, "struct_time"));
  return c.tag == T_CLASS ? AS_CLASS(c) : NULL;
}

static Value make_struct_time(VM *vm, const struct tm *tm) {
  Tuple *t = tuple_new(vm, 9);
  if (!t) return v_null();
  int64_t v[9] = {tm->tm_year + 1900, tm->tm_mon + 1, tm->tm_mday, tm->tm_hour, tm->tm_min,
                  tm->tm_sec, (tm->tm_wday + 6) % 7, tm->tm_yday + 1, tm->tm_isdst};
  for (int i = 0; i < 9; i++) t->items[i] = v_int(v[i]);
  Class *c = struct_time_class(vm);
  if (c) t->h.cls = c;
  return v_obj(t);
}

/* A struct_time or 9-sequence into a struct tm (as CPython's gettmarg). */
static bool get_tm(VM *vm, Value v, struct tm *tm) {
  Value t = v.tag == T_TUPLE ? v : vm_to_tuple(vm, v);
  if (v_isnull(t)) return false;
  Tuple *tu = AS_TUPLE(t);
  if (tu->len != 9) {
    vm_raise(vm, vm->exc_TypeError, "argument must be sequence of length 9, not %lld",
             (long long)tu->len);
    return false;
  }
  int64_t x[9];
  for (int i = 0; i < 9; i++)
    if (!lib_to_int(vm, tu->items[i], &x[i])) return false;
  memset(tm, 0, sizeof *tm);
  tm->tm_year = (int)(x[0] - 1900);
  tm->tm_mon = (int)(x[1] - 1);
  tm->tm_mday = (int)x[2];
  tm->tm_hour = (int)x[3];
  tm->tm_min = (int)x[4];
  tm->tm_sec = (int)x[5];
  tm->tm_wday = (int)((x[6] + 1) % 7);
  tm->tm_yday = (int)(x[7] - 1);
  tm->tm_isdst = (int)x[8];
  return true;
}

/* The seconds argument of gmtime/localtime/ctime: None or absent = now. */
static bool get_secs(VM *vm, int argc, Value *argv, time_t *out) {
  if (argc == 0 || v_isnone(argv[0])) { *out = time(NULL); return true; }
  double d;
  if (!lib_to_double(vm, argv[0], &d)) return false;
  if (!isfinite(d) || d > 9.2e18 || d < -9.2e18) {
    vm_raise(vm, vm->exc_ValueError, "timestamp out of range for platform time_t");
    return false;
  }
  *out = (time_t)d;
  return true;
}

static Value t_time(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'N', "time", argc, 0, 0)) return v_null();
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  return v_float((double)ts.tv_sec + (double)ts.tv_nsec * 1e-9);
}

static Value t_clock(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'N', "clock", argc, 0, 0)) return v_null();
  return v_float((double)clock() / (double)CLOCKS_PER_SEC);
}

static Value t_sleep(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "sleep", argc, 1, 1)) return v_null();
  double secs;
  if (!lib_to_double(vm, argv[0], &secs)) return v_null();
  if (secs < 0 || isnan(secs)) return lib_raise_errno(vm, vm->exc_IOError, EINVAL, NULL);
  vm_flush(vm);
  struct timespec ts;
  ts.tv_sec = (time_t)secs;
  ts.tv_nsec = (long)((secs - (double)ts.tv_sec) * 1e9);
  while (nanosleep(&ts, &ts) < 0 && errno == EINTR) {}
  return v_none();
}

static Value t_gmtime(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'U', "gmtime", argc, 0, 1)) return v_null();
  time_t t;
  if (!get_secs(vm, argc, argv, &t)) return v_null();
  struct tm tm;
  if (!gmtime_r(&t, &tm)) return lib_raise_errno(vm, vm->exc_ValueError, errno, NULL);
  return make_struct_time(vm, &tm);
}

static Value t_localtime(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'U', "localtime", argc, 0, 1)) return v_null();
  time_t t;
  if (!get_secs(vm, argc, argv, &t)) return v_null();
  struct tm tm;
  if (!localtime_r(&t, &tm)) return lib_raise_errno(vm, vm->exc_ValueError, errno, NULL);
  return make_struct_time(vm, &tm);
}

static Value t_mktime(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'O', "mktime", argc, 1, 1)) return v_null();
  struct tm tm;
  if (!get_tm(vm, argv[0], &tm)) return v_null();
  tm.tm_wday = -1;
  time_t t = mktime(&tm);
  if (t == (time_t)-1 && tm.tm_wday == -1)
    return vm_raise(vm, vm->exc_OverflowError, "mktime argument out of range");
  return v_float((double)t);
}

static Value t_strftime(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "strftime", argc, 1, 2)) return v_null();
  if (argv[0].tag != T_STR)
    return vm_raise(vm, vm->exc_TypeError, "strftime() argument 1 must be string, not %s",
                    vm_type_name(vm, argv[0]));
  struct tm tm;
  if (argc == 2) {
    if (!get_tm(vm, argv[1], &tm)) return v_null();
  } else {
    time_t now = time(NULL);
    localtime_r(&now, &tm);
  }
  const char *fmt = AS_STR(argv[0])->data;
  if (!fmt[0]) return v_obj(str_new(vm, "", 0));
  for (size_t cap = 256; cap < (1u << 24); cap *= 2) {
    char *buf = gc_alloc_atomic(cap);
    if (!buf) return vm_raise(vm, vm->exc_MemoryError, "");
    size_t n = strftime(buf, cap, fmt, &tm);
    if (n > 0 || cap > 256 * strlen(fmt)) return v_obj(str_new(vm, buf, n));
  }
  return v_obj(str_new(vm, "", 0));
}

static Value fmt_asctime(VM *vm, const struct tm *tm) {
  static const char *const wd[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static const char *const mo[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  int w = tm->tm_wday >= 0 && tm->tm_wday < 7 ? tm->tm_wday : 0;
  int m = tm->tm_mon >= 0 && tm->tm_mon < 12 ? tm->tm_mon : 0;
  Str *s = str_printf(vm, "%s %s %2d %02d:%02d:%02d %d", wd[w], mo[m], tm->tm_mday,
                      tm->tm_hour, tm->tm_min, tm->tm_sec, tm->tm_year + 1900);
  return s ? v_obj(s) : v_null();
}

static Value t_asctime(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'U', "asctime", argc, 0, 1)) return v_null();
  struct tm tm;
  if (argc == 1) {
    if (!get_tm(vm, argv[0], &tm)) return v_null();
  } else {
    time_t now = time(NULL);
    localtime_r(&now, &tm);
  }
  return fmt_asctime(vm, &tm);
}

static Value t_ctime(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'U', "ctime", argc, 0, 1)) return v_null();
  time_t t;
  if (!get_secs(vm, argc, argv, &t)) return v_null();
  struct tm tm;
  if (!localtime_r(&t, &tm)) return vm_raise(vm, vm->exc_ValueError, "unconvertible time");
  return fmt_asctime(vm, &tm);
}

static Value st_field(VM *vm, Value self, int i) {
  if (self.tag != T_TUPLE || AS_TUPLE(self)->len <= i) return v_none();
  return AS_TUPLE(self)->items[i];
}

#define ST_GETTER(i) \
  static Value st_get##i(VM *vm, int argc, Value *argv, Dict *kw) { return st_field(vm, argv[0], i); }
ST_GETTER(0) ST_GETTER(1) ST_GETTER(2) ST_GETTER(3) ST_GETTER(4) ST_GETTER(5)
ST_GETTER(6) ST_GETTER(7) ST_GETTER(8)

static const CFn st_getters[9] = {st_get0, st_get1, st_get2, st_get3, st_get4, st_get5,
                                  st_get6, st_get7, st_get8};

void lib_init_time(VM *vm) {
  Module *m = vm_add_module(vm, "time");
  if (!m) return;
  Dict *d = m->dict;
  static const struct { const char *n; CFn f; } fns[] = {
    {"time", t_time}, {"clock", t_clock}, {"sleep", t_sleep}, {"gmtime", t_gmtime},
    {"localtime", t_localtime}, {"mktime", t_mktime}, {"strftime", t_strftime},
    {"asctime", t_asctime}, {"ctime", t_ctime},
  };
  for (size_t i = 0; i < sizeof fns / sizeof fns[0]; i++)
    vm_add_function(vm, d, fns[i].n, fns[i].f, 0, -1, false);

  Class *st = class_new_builtin(vm, "time.struct_time", vm->cls[T_TUPLE], T_TUPLE, 0);
  if (st) {
    for (int i = 0; i < 9; i++) vm_add_property(vm, st, tm_fields[i], st_getters[i], NULL);
    dict_set_str(vm, d, str_intern_cstr(vm, "struct_time"), v_obj(st));
  }

  tzset();
  dict_set_str(vm, d, str_intern_cstr(vm, "timezone"), v_int(timezone));
  dict_set_str(vm, d, str_intern_cstr(vm, "altzone"), v_int(daylight ? timezone - 3600 : timezone));
  dict_set_str(vm, d, str_intern_cstr(vm, "daylight"), v_int(daylight));
  Tuple *tz = tuple_from(vm, 2, (Value[]){v_obj(str_from_cstr(vm, tzname[0])),
                                          v_obj(str_from_cstr(vm, tzname[1]))});
  if (tz) dict_set_str(vm, d, str_intern_cstr(vm, "tzname"), v_obj(tz));
}
