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

static Value make_struct_time(VM *vm, const struct tm *tm) {
  int64_t v[9] = {tm->tm_year + 1900, tm->tm_mon + 1, tm->tm_mday, tm->tm_hour, tm->tm_min,
                  tm->tm_sec, (tm->tm_wday + 6) % 7, tm->tm_yday + 1, tm->tm_isdst};
  Value items[9];
  for (int i = 0; i < 9; i++) items[i] = v_int(v[i]);
  Class *c = lib_structseq_lookup(vm, "time", "struct_time");
  if (c) return lib_structseq_new(vm, c, items);
  Tuple *t = tuple_from(vm, 9, items);
  return t ? v_obj(t) : v_null();
}

/* A struct_time or 9-sequence into a struct tm (as CPython's gettmarg). */
static bool get_tm(VM *vm, Value v, struct tm *tm) {
  if (v.tag != T_TUPLE && v.tag != T_LIST) {
    vm_raise(vm, vm->exc_TypeError, "argument must be 9-item sequence, not %s",
             vm_type_name(vm, v));
    return false;
  }
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
  if (x[0] < 1900) {   /* gettmarg with accept2dyear */
    Value m = dict_get_str(vm, vm->modules, str_intern_cstr(vm, "time"));
    Value acc = m.tag == T_MODULE
                    ? dict_get_str(vm, AS_MODULE(m)->dict, str_intern_cstr(vm, "accept2dyear"))
                    : v_null();
    if ((acc.tag != T_INT && acc.tag != T_BOOL) || acc.u.i == 0) {
      vm_raise(vm, vm->exc_ValueError, "year >= 1900 required");
      return false;
    }
    if (x[0] >= 69 && x[0] <= 99) x[0] += 1900;
    else if (x[0] >= 0 && x[0] <= 68) x[0] += 2000;
    else {
      vm_raise(vm, vm->exc_ValueError, "year out of range");
      return false;
    }
  }
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

/* strptime(string, format): C strptime for the directives, then the weekday
** and day of the year computed as _strptime does; tm_isdst is -1. */
static Value t_strptime(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'P', "strptime", argc, 1, 2)) return v_null();
  for (int i = 0; i < argc; i++)
    if (argv[i].tag != T_STR)
      return vm_raise(vm, vm->exc_TypeError, "strptime() argument %d must be string, not %s",
                      i + 1, vm_type_name(vm, argv[i]));
  const char *fmt = argc > 1 ? AS_STR(argv[1])->data : "%a %b %d %H:%M:%S %Y";
  struct tm tm;
  memset(&tm, 0, sizeof tm);
  tm.tm_mday = 1;
  tm.tm_wday = -1;
  tm.tm_yday = -1;
  const char *rest = strptime(AS_STR(argv[0])->data, fmt, &tm);
  if (!rest) {
    Value f = argc > 1 ? argv[1] : v_obj(str_from_cstr(vm, fmt));
    return vm_raise(vm, vm->exc_ValueError, "time data %R does not match format %R", &argv[0], &f);
  }
  if (*rest) return vm_raise(vm, vm->exc_ValueError, "unconverted data remains: %s", rest);
  struct tm norm = tm;
  norm.tm_isdst = 0;
  time_t t = timegm(&norm);
  struct tm g;
  if (gmtime_r(&t, &g)) {
    tm.tm_wday = g.tm_wday;
    tm.tm_yday = g.tm_yday;
  }
  tm.tm_isdst = -1;
  return make_struct_time(vm, &tm);
}

static Value t_tzset(VM *vm, int argc, Value *argv, Dict *kw) {
  if (!lib_nargs(vm, 'N', "tzset", argc, 0, 0)) return v_null();
  tzset();
  Value m = dict_get_str(vm, vm->modules, str_intern_cstr(vm, "time"));
  if (m.tag == T_MODULE) {
    Dict *d = AS_MODULE(m)->dict;
    dict_set_str(vm, d, str_intern_cstr(vm, "timezone"), v_int(timezone));
    dict_set_str(vm, d, str_intern_cstr(vm, "altzone"),
                 v_int(daylight ? timezone - 3600 : timezone));
    dict_set_str(vm, d, str_intern_cstr(vm, "daylight"), v_int(daylight));
    Tuple *tz = tuple_from(vm, 2, (Value[]){v_obj(str_from_cstr(vm, tzname[0])),
                                            v_obj(str_from_cstr(vm, tzname[1]))});
    if (tz) dict_set_str(vm, d, str_intern_cstr(vm, "tzname"), v_obj(tz));
  }
  return v_none();
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

void lib_init_time(VM *vm) {
  Module *m = vm_add_module(vm, "time");
  if (!m) return;
  Dict *d = m->dict;
  static const struct { const char *n; CFn f; } fns[] = {
    {"time", t_time}, {"clock", t_clock}, {"sleep", t_sleep}, {"gmtime", t_gmtime},
    {"localtime", t_localtime}, {"mktime", t_mktime}, {"strftime", t_strftime},
    {"asctime", t_asctime}, {"ctime", t_ctime}, {"strptime", t_strptime},
    {"tzset", t_tzset},
  };
  for (size_t i = 0; i < sizeof fns / sizeof fns[0]; i++)
    vm_add_function(vm, d, fns[i].n, fns[i].f, 0, -1, false);

  Class *st = lib_structseq_class(vm, "struct_time", "time", tm_fields, 9, 9);
  if (st) dict_set_str(vm, d, str_intern_cstr(vm, "struct_time"), v_obj(st));

  tzset();
  dict_set_str(vm, d, str_intern_cstr(vm, "timezone"), v_int(timezone));
  dict_set_str(vm, d, str_intern_cstr(vm, "altzone"), v_int(daylight ? timezone - 3600 : timezone));
  dict_set_str(vm, d, str_intern_cstr(vm, "daylight"), v_int(daylight));
  dict_set_str(vm, d, str_intern_cstr(vm, "accept2dyear"), v_int(1));
  Tuple *tz = tuple_from(vm, 2, (Value[]){v_obj(str_from_cstr(vm, tzname[0])),
                                          v_obj(str_from_cstr(vm, tzname[1]))});
  if (tz) dict_set_str(vm, d, str_intern_cstr(vm, "tzname"), v_obj(tz));
}
