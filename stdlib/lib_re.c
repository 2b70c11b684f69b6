/*
** lib_re.c: the re module of Python 2.7 on PCRE2 (8-bit, byte strings, as
** Python 2's str patterns). compile / match / search / sub / subn / split /
** findall / finditer / escape / purge, pattern objects (SRE_Pattern) and
** match objects (SRE_Match), the flags, and re.error.
**
** Python's regex syntax is translated to PCRE2's where they differ: global
** inline flags (?iLmsux) anywhere apply to the whole pattern, \Z is \z, \v is
** VT, unknown letter escapes are the letter, {,n} is {0,n}, '[' inside a class
** is literal (no POSIX classes). The scanning loops of findall, finditer,
** sub and split reproduce CPython 2.7's _sre handling of empty matches, and
** replacement templates are parsed as sre_parse.parse_template does
** (\1, \g<name>, \g<0>, octal and character escapes). PCRE2's memory comes
** from the GC heap (a general context), so compiled patterns are collected.
*/
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <ctype.h>
#include <string.h>

#include "lib.h"
#include "lib_std.h"
#include "../vm/types.h"
#include "../gc/gc.h"

/* Python's flag values. */
#define F_TEMPLATE   1
#define F_IGNORECASE 2
#define F_LOCALE     4
#define F_MULTILINE  8
#define F_DOTALL     16
#define F_UNICODE    32
#define F_VERBOSE    64
#define F_DEBUG      128

typedef struct RePattern {
  Instance inst;
  pcre2_code *code;
  pcre2_match_data *md;
  pcre2_match_context *mctx;
  Str *pattern;
  int64_t flags;
  int64_t groups;
  Dict *groupindex;
  Tuple *names;          /* group number -> name str or None */
} RePattern;

typedef struct ReMatch {
  Instance inst;
  RePattern *re;
  Str *string;
  int64_t pos, endpos;
  int64_t n;             /* groups + 1 */
  int64_t *ov;           /* 2n offsets, -1 when the group did not match */
  int64_t lastindex;     /* -1: None */
} ReMatch;

static Value pattern_ctor(VM *vm, int argc, Value *argv, Dict *kw);
static Value match_ctor(VM *vm, int argc, Value *argv, Dict *kw);

/* ---- module state (classes and the error class live in the module dict) ---------------- */

static Dict *re_dict(VM *vm) {
  Value m = dict_get_str(vm, vm->modules, str_intern_cstr(vm, "re"));
  return m.tag == T_MODULE ? AS_MODULE(m)->dict : NULL;
}

static Class *re_class(VM *vm, const char *name) {
  Dict *d = re_dict(vm);
  Value c = d ? dict_get_str(vm, d, str_intern_cstr(vm, name)) : v_null();
  return c.tag == T_CLASS ? AS_CLASS(c) : vm->exc_Exception;
}

static Value re_error(VM *vm, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  Value r = vm_raisev(vm, re_class(vm, "error"), fmt, ap);
  va_end(ap);
  return r;
}

/* ---- PCRE2 memory in the GC heap --------------------------------------------------------- */

static void *re_malloc(PCRE2_SIZE n, void *ud) { (void)ud; return gc_alloc(n ? n : 1); }
static void re_free(void *p, void *ud) { (void)p; (void)ud; }

/* ---- pattern translation --------------------------------------------------------------- */

static bool is_flag_letter(char c) { return c && strchr("iLmsux", c) != NULL; }

static int64_t flag_of(char c) {
  switch (c) {
  case 'i': return F_IGNORECASE;
  case 'L': return F_LOCALE;
  case 'm': return F_MULTILINE;
  case 's': return F_DOTALL;
  case 'u': return F_UNICODE;
  case 'x': return F_VERBOSE;
  default: return 0;
  }
}

/* Letters with a meaning after a backslash in Python 2.7 patterns. */
static bool py_escape_letter(char c) { return c && strchr("AbBdDsSwWZafnrtvx", c) != NULL; }

/* The global inline flags of a pattern (first pass, so that verbose mode is
** known before the translation). */
static int64_t scan_inline_flags(const char *p, int64_t n) {
  int64_t flags = 0;
  bool in_class = false;
  for (int64_t i = 0; i < n; i++) {
    char c = p[i];
    if (c == '\\') { i++; continue; }
    if (in_class) { if (c == ']') in_class = false; continue; }
    if (c == '[') {
      in_class = true;
      if (i + 1 < n && p[i + 1] == '^') i++;
      if (i + 1 < n && p[i + 1] == ']') i++;
      continue;
    }
    if (c == '(' && i + 2 < n && p[i + 1] == '?' && is_flag_letter(p[i + 2])) {
      int64_t j = i + 2;
      int64_t f = 0;
      while (j < n && is_flag_letter(p[j])) f |= flag_of(p[j++]);
      if (j < n && p[j] == ')') flags |= f;
    }
  }
  return flags;
}

static bool name_ok(const char *s, int64_t n) {
  if (n == 0 || !(isalpha((unsigned char)s[0]) || s[0] == '_')) return false;
  for (int64_t i = 1; i < n; i++)
    if (!(isalnum((unsigned char)s[i]) || s[i] == '_')) return false;
  return true;
}

/* Translate; false with a Python error message in err on the group-name
** errors sre_parse reports (PCRE's wording differs). */
static bool translate(const char *p, int64_t n, int64_t flags, SBuf *out, char *err, size_t errn) {
  bool verbose = (flags & F_VERBOSE) != 0;
  bool in_class = false;
  int64_t class_start = 0;
  SBuf names;   /* defined group names, NUL-separated, each followed by its number */
  sbuf_init(&names);
  int group = 0;
  for (int64_t i = 0; i < n; i++) {
    char c = p[i];
    if (!in_class && c == '(' && (i + 1 >= n || p[i + 1] != '?')) group++;
    if (!in_class && c == '(' && i + 2 < n && p[i + 1] == '?' && p[i + 2] == 'P') {
      if (i + 3 >= n || (p[i + 3] != '<' && p[i + 3] != '=')) {
        snprintf(err, errn, "unknown specifier: ?P%.*s", i + 3 < n ? 1 : 0, p + i + 3);
        sbuf_free(&names);
        return false;
      }
      char term = p[i + 3] == '<' ? '>' : ')';
      int64_t j = i + 4;
      while (j < n && p[j] != term) j++;
      const char *nm = p + i + 4;
      int64_t nl = j - (i + 4);
      if (j >= n) {
        snprintf(err, errn, "unterminated name");
        sbuf_free(&names);
        return false;
      }
      if (!name_ok(nm, nl)) {
        snprintf(err, errn, "bad character in group name '%.*s'", (int)nl, nm);
        sbuf_free(&names);
        return false;
      }
      int prev = 0;
      for (size_t k = 0; k < names.len; k += strlen(names.p + k) + 1 + sizeof(int))
        if ((int64_t)strlen(names.p + k) == nl && memcmp(names.p + k, nm, (size_t)nl) == 0)
          memcpy(&prev, names.p + k + nl + 1, sizeof(int));
      if (term == '>') {
        group++;
        if (prev) {
          snprintf(err, errn, "redefinition of group name '%.*s' as group %d; was group %d",
                   (int)nl, nm, group, prev);
          sbuf_free(&names);
          return false;
        }
        sbuf_put(&names, nm, (size_t)nl);
        sbuf_putc(&names, '\0');
        sbuf_put(&names, (const char *)&group, sizeof(int));
      } else {
        bool found = prev != 0;
        if (!found) {
          snprintf(err, errn, "unknown group name: '%.*s'", (int)nl, nm);
          sbuf_free(&names);
          return false;
        }
      }
    }
    if (c == '\\') {
      if (i + 1 >= n) { sbuf_putc(out, c); continue; }
      char d = p[++i];
      if (isalpha((unsigned char)d) && !py_escape_letter(d)) {
        sbuf_putc(out, d);                     /* unknown letter escape: the letter */
      } else if (d == 'Z' && !in_class) {
        sbuf_puts(out, "\\z");
      } else if (d == 'v') {
        sbuf_puts(out, "\\x0b");
      } else if (d == 'b' && in_class) {
        sbuf_puts(out, "\\x08");
      } else {
        sbuf_putc(out, '\\');
        sbuf_putc(out, d);
      }
      continue;
    }
    if (in_class) {
      if (c == ']' && i > class_start) in_class = false;
      if (c == '[') { sbuf_puts(out, "\\["); continue; }
      sbuf_putc(out, c);
      continue;
    }
    if (verbose && c == '#') {
      while (i < n && p[i] != '\n') sbuf_putc(out, p[i++]);
      if (i < n) sbuf_putc(out, '\n');
      continue;
    }
    if (c == '[') {
      sbuf_putc(out, c);
      in_class = true;
      if (i + 1 < n && p[i + 1] == '^') sbuf_putc(out, p[++i]);
      class_start = i + 1;      /* a ']' right here is a literal */
      if (i + 1 < n && p[i + 1] == ']') { sbuf_puts(out, "\\]"); i++; class_start = i + 1; }
      continue;
    }
    if (c == '(' && i + 2 < n && p[i + 1] == '?' && is_flag_letter(p[i + 2])) {
      int64_t j = i + 2;
      while (j < n && is_flag_letter(p[j])) j++;
      if (j < n && p[j] == ')') { i = j; continue; }   /* global flags: dropped */
    }
    /* Python has no possessive quantifiers: a*+ is "multiple repeat". */
    if (c == '+' && i > 0 && strchr("*+?", p[i - 1]) && (i < 2 || p[i - 2] != '\\') &&
        !(p[i - 1] == '?' && i >= 2 && p[i - 2] == '(')) {
      snprintf(err, errn, "multiple repeat");
      sbuf_free(&names);
      return false;
    }
    if (c == '{' && i + 1 < n && p[i + 1] == ',') {
      int64_t j = i + 2;
      while (j < n && isdigit((unsigned char)p[j])) j++;
      if (j < n && p[j] == '}' && j > i + 2) { sbuf_puts(out, "{0"); continue; }
    }
    sbuf_putc(out, c);
  }
  sbuf_free(&names);
  return true;
}

/* ---- compile ------------------------------------------------------------------------ */

static const char *error_message(int code, char *buf, size_t n) {
  switch (code) {
  case PCRE2_ERROR_MISSING_CLOSING_PARENTHESIS:
  case PCRE2_ERROR_UNMATCHED_CLOSING_PARENTHESIS:
    return "unbalanced parenthesis";
  case PCRE2_ERROR_QUANTIFIER_INVALID: return "nothing to repeat";
  case PCRE2_ERROR_MISSING_SQUARE_BRACKET: return "unexpected end of regular expression";
  case PCRE2_ERROR_CLASS_RANGE_ORDER: return "bad character range";
  case PCRE2_ERROR_END_BACKSLASH: return "bogus escape (end of line)";
  case PCRE2_ERROR_LOOKBEHIND_NOT_FIXED_LENGTH: return "look-behind requires fixed-width pattern";
  case PCRE2_ERROR_QUANTIFIER_OUT_OF_ORDER: return "bad repeat interval";
  case PCRE2_ERROR_MISSING_COMMENT_CLOSING: return "unexpected end of pattern";
  default: break;
  }
  pcre2_get_error_message(code, (PCRE2_UCHAR *)buf, n);
  return buf;
}

static Value compile_pattern(VM *vm, Str *src, int64_t flags) {
  int64_t all = flags | scan_inline_flags(src->data, src->len);
  SBuf t;
  sbuf_init(&t);
  char terr[200];
  if (!translate(src->data, src->len, all, &t, terr, sizeof terr)) {
    sbuf_free(&t);
    return re_error(vm, "%s", terr);
  }
  if (t.oom) { sbuf_free(&t); return vm_raise(vm, vm->exc_MemoryError, ""); }
  uint32_t opts = 0;
  if (all & F_IGNORECASE) opts |= PCRE2_CASELESS;
  if (all & F_MULTILINE) opts |= PCRE2_MULTILINE | PCRE2_ALT_CIRCUMFLEX;
  if (all & F_DOTALL) opts |= PCRE2_DOTALL;
  if (all & F_VERBOSE) opts |= PCRE2_EXTENDED;
  pcre2_general_context *g = pcre2_general_context_create(re_malloc, re_free, NULL);
  pcre2_compile_context *cc = g ? pcre2_compile_context_create(g) : NULL;
  if (!cc) { sbuf_free(&t); return vm_raise(vm, vm->exc_MemoryError, ""); }
  int err = 0;
  PCRE2_SIZE erroff = 0;
  pcre2_code *code = pcre2_compile((PCRE2_SPTR)(t.p ? t.p : ""), t.len, opts, &err, &erroff, cc);
  bool multiple = err == PCRE2_ERROR_QUANTIFIER_INVALID && erroff >= 1 && erroff <= t.len &&
                  strchr("*+?}", t.p[erroff - 1]) != NULL;
  sbuf_free(&t);
  if (!code) {
    char buf[256];
    if (multiple) return re_error(vm, "multiple repeat");
    if (err == PCRE2_ERROR_BAD_SUBPATTERN_REFERENCE) {
      /* \N for a missing group: Python's "bogus escape: '\\N'" */
      const char *b = strchr(src->data, '\\');
      while (b && !isdigit((unsigned char)b[1])) b = strchr(b + 1, '\\');
      if (b) {
        int k = 1;
        while (isdigit((unsigned char)b[k]) && k < 3) k++;
        return re_error(vm, "bogus escape: '\\\\%.*s'", k - 1, b + 1);
      }
    }
    return re_error(vm, "%s", error_message(err, buf, sizeof buf));
  }
  Class *cls = re_class(vm, "SRE_Pattern");
  RePattern *p = std_alloc(vm, cls, sizeof(RePattern));
  if (!p) return v_null();
  p->code = code;
  p->md = pcre2_match_data_create_from_pattern(code, g);
  p->mctx = pcre2_match_context_create(g);
  if (!p->md || !p->mctx) return vm_raise(vm, vm->exc_MemoryError, "");
  p->pattern = src;
  p->flags = all;
  uint32_t cap = 0, namecount = 0, entrysize = 0;
  PCRE2_SPTR table = NULL;
  pcre2_pattern_info(code, PCRE2_INFO_CAPTURECOUNT, &cap);
  pcre2_pattern_info(code, PCRE2_INFO_NAMECOUNT, &namecount);
  pcre2_pattern_info(code, PCRE2_INFO_NAMEENTRYSIZE, &entrysize);
  pcre2_pattern_info(code, PCRE2_INFO_NAMETABLE, &table);
  p->groups = cap;
  p->groupindex = dict_new(vm);
  p->names = tuple_new(vm, (int64_t)cap + 1);
  if (!p->groupindex || !p->names) return v_null();
  for (uint32_t i = 0; i < namecount; i++) {
    PCRE2_SPTR e = table + (size_t)i * entrysize;
    int num = (e[0] << 8) | e[1];
    Str *name = str_from_cstr(vm, (const char *)(e + 2));
    if (!name || !dict_set(vm, p->groupindex, v_obj(name), v_int(num))) return v_null();
    if (num >= 0 && num <= (int)cap) p->names->items[num] = v_obj(name);
  }
  return v_obj(p);
}

static RePattern *as_pattern(VM *vm, Value v, const char *meth) {
  if (!std_is(v, pattern_ctor)) {
    std_bad_self(vm, meth, "_sre.SRE_Pattern", v);
    return NULL;
  }
  return (RePattern *)v.u.o;
}

/* re.compile's cache: module dict "_cache", (pattern, flags) -> compiled. */
static Value get_compiled(VM *vm, Value pattern, int64_t flags) {
  if (std_is(pattern, pattern_ctor)) {
    if (flags)
      return vm_raise(vm, vm->exc_ValueError, "Cannot process flags argument with a compiled pattern");
    return pattern;
  }
  if (pattern.tag != T_STR)
    return vm_raise(vm, vm->exc_TypeError, "first argument must be string or compiled pattern");
  Dict *md = re_dict(vm);
  Dict *cache = NULL;
  Value key = v_null();
  if (md) {
    Value c = dict_get_str(vm, md, str_intern_cstr(vm, "_cache"));
    if (c.tag == T_DICT) {
      cache = AS_DICT(c);
      Value kv[2] = { pattern, v_int(flags) };
      Tuple *kt = tuple_from(vm, 2, kv);
      if (!kt) return v_null();
      key = v_obj(kt);
      Value hit = dict_get(vm, cache, key);
      if (!v_isnull(hit)) return hit;
      if (!v_isnull(vm->exc)) return v_null();
    }
  }
  Value p = compile_pattern(vm, AS_STR(pattern), flags);
  if (v_isnull(p)) return p;
  if (cache) {
    if (cache->used >= 100) dict_clear(vm, cache);
    if (!dict_set(vm, cache, key, p)) return v_null();
  }
  return p;
}

/* ---- matching --------------------------------------------------------------------------- */

/* One match attempt: 1 matched (offsets in p->md), 0 no match, -1 raised. */
static int run(VM *vm, RePattern *p, Str *s, int64_t start, int64_t end, bool anchored) {
  if (start > end) return 0;
  int rc = pcre2_match(p->code, (PCRE2_SPTR)s->data, (PCRE2_SIZE)end, (PCRE2_SIZE)start,
                       anchored ? PCRE2_ANCHORED : 0, p->md, p->mctx);
  if (rc >= 0) return 1;
  if (rc == PCRE2_ERROR_NOMATCH || rc == PCRE2_ERROR_PARTIAL) return 0;
  char buf[128];
  pcre2_get_error_message(rc, (PCRE2_UCHAR *)buf, sizeof buf);
  if (rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT || rc == PCRE2_ERROR_HEAPLIMIT)
    vm_raise(vm, vm->exc_RuntimeError, "maximum recursion limit exceeded");
  else
    re_error(vm, "%s", buf);
  return -1;
}

static Value new_match(VM *vm, RePattern *p, Str *s, int64_t pos, int64_t endpos) {
  ReMatch *m = std_alloc(vm, re_class(vm, "SRE_Match"), sizeof(ReMatch));
  if (!m) return v_null();
  m->re = p;
  m->string = s;
  m->pos = pos;
  m->endpos = endpos;
  m->n = p->groups + 1;
  m->ov = gc_alloc_atomic(sizeof(int64_t) * 2 * (size_t)m->n);
  if (!m->ov) return vm_raise(vm, vm->exc_MemoryError, "");
  PCRE2_SIZE *ov = pcre2_get_ovector_pointer(p->md);
  uint32_t cnt = pcre2_get_ovector_count(p->md);
  m->lastindex = -1;
  int64_t best_end = -1;
  for (int64_t i = 0; i < m->n; i++) {
    if ((uint32_t)i < cnt && ov[2 * i] != PCRE2_UNSET) {
      m->ov[2 * i] = (int64_t)ov[2 * i];
      m->ov[2 * i + 1] = (int64_t)ov[2 * i + 1];
      /* lastindex: the group that closed last (greatest end; the outer
      ** group of nested ones ending together). */
      if (i > 0 && m->ov[2 * i + 1] > best_end) {
        best_end = m->ov[2 * i + 1];
        m->lastindex = i;
      }
    } else {
      m->ov[2 * i] = m->ov[2 * i + 1] = -1;
    }
  }
  return v_obj(m);
}

static bool str_arg(VM *vm, Value v, Str **out) {
  if (v.tag != T_STR) {
    vm_raise(vm, vm->exc_TypeError, "expected string or buffer");
    return false;
  }
  *out = AS_STR(v);
  return true;
}

static void clamp(int64_t len, int64_t *pos, int64_t *endpos) {
  if (*pos < 0) *pos = 0;
  if (*pos > len) *pos = len;
  if (*endpos < 0) *endpos = 0;
  if (*endpos > len) *endpos = len;
}

/* Arguments (after self) of the pattern and match methods, bound as CPython
** 2.7's PyArg_ParseTupleAndKeywords does: parameters names[0..n) with
** n = strlen(kinds), the first nreq required; kinds[i] 'n' checks an integer
** as the argument is taken, so conversion errors come in parameter order and
** before unknown keywords. compat (names[n], or NULL) is the old keyword name of
** the string parameter that match / search / findall / split still take
** (_sre's fix_string_param); their count message says "positional". */
static bool getargs(VM *vm, int argc, Value *argv, Dict *kw, const char *fname,
                    const char *const *names, const char *kinds, int nreq, Value *out) {
  int n = (int)strlen(kinds);
  const char *compat = names[n];
  int given = argc + (kw ? (int)kw->used : 0);
  if (given > n) {
    vm_raise(vm, vm->exc_TypeError, "%s() takes at most %d %sargument%s (%d given)", fname, n,
             compat ? "positional " : "", n == 1 ? "" : "s", given);
    return false;
  }
  for (int i = 0; i < n; i++) {
    Value k = lib_kwarg(vm, kw, names[i]);
    if (i < argc && !v_isnull(k)) {
      vm_raise(vm, vm->exc_TypeError, "Argument given by name ('%s') and position (%d)", names[i],
               i + 1);
      return false;
    }
    out[i] = i < argc ? argv[i] : k;
    if (v_isnull(out[i]) && i < nreq) {
      vm_raise(vm, vm->exc_TypeError, "Required argument '%s' (pos %d) not found", names[i], i + 1);
      return false;
    }
    int64_t dummy;
    if (kinds[i] == 'n' && !v_isnull(out[i]) && !lib_to_int(vm, out[i], &dummy)) return false;
  }
  if (!lib_kw_check(vm, kw, names)) return false;
  if (compat) {
    Value c = lib_kwarg(vm, kw, compat);
    if (!v_isnull(c) && !v_isnull(out[0])) {
      vm_raise(vm, vm->exc_TypeError, "Argument given by name ('%s') and position (1)", compat);
      return false;
    }
    if (!v_isnull(c)) out[0] = c;
    if (v_isnull(out[0])) {
      vm_raise(vm, vm->exc_TypeError, "Required argument 'string' (pos 1) not found");
      return false;
    }
  }
  return true;
}

/* string, pos, endpos arguments (after self) of match/search/findall; compat
** is the old keyword of string ("pattern" or "source"). */
static bool string_pos_args(VM *vm, int argc, Value *argv, Dict *kw, const char *fname,
                            const char *compat, Str **s, int64_t *pos, int64_t *endpos) {
  const char *const names[] = {"string", "pos", "endpos", compat, NULL};
  Value a[3];
  if (!getargs(vm, argc, argv, kw, fname, names, "Onn", 0, a) || !str_arg(vm, a[0], s))
    return false;
  *pos = 0;
  *endpos = (*s)->len;
  if (!v_isnull(a[1]) && !lib_to_int(vm, a[1], pos)) return false;
  if (!v_isnull(a[2]) && !lib_to_int(vm, a[2], endpos)) return false;
  clamp((*s)->len, pos, endpos);
  return true;
}

static Value do_match(VM *vm, RePattern *p, Str *s, int64_t pos, int64_t endpos, bool anchored) {
  int r = run(vm, p, s, pos, endpos, anchored);
  if (r < 0) return v_null();
  if (r == 0) return v_none();
  return new_match(vm, p, s, pos, endpos);
}

static Value p_match(VM *vm, int argc, Value *argv, Dict *kw) {
  RePattern *p = as_pattern(vm, argv[0], "match");
  Str *s;
  int64_t pos, endpos;
  if (!p || !string_pos_args(vm, argc - 1, argv + 1, kw, "match", "pattern", &s, &pos, &endpos)) return v_null();
  return do_match(vm, p, s, pos, endpos, true);
}

static Value p_search(VM *vm, int argc, Value *argv, Dict *kw) {
  RePattern *p = as_pattern(vm, argv[0], "search");
  Str *s;
  int64_t pos, endpos;
  if (!p || !string_pos_args(vm, argc - 1, argv + 1, kw, "search", "pattern", &s, &pos, &endpos)) return v_null();
  return do_match(vm, p, s, pos, endpos, false);
}

static Value slice_or(VM *vm, Str *s, int64_t a, int64_t b, Value dflt) {
  if (a < 0) return dflt;
  Str *r = str_new(vm, s->data + a, (size_t)(b - a));
  return r ? v_obj(r) : v_null();
}

static Value do_findall(VM *vm, RePattern *p, Str *s, int64_t pos, int64_t endpos) {
  List *out = list_new(vm, 0);
  if (!out) return v_null();
  int64_t start = pos;
  Value empty = v_obj(vm->empty_str);
  while (start <= endpos) {
    int r = run(vm, p, s, start, endpos, false);
    if (r < 0) return v_null();
    if (r == 0) break;
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(p->md);
    int64_t b = (int64_t)ov[0], e = (int64_t)ov[1];
    Value item;
    if (p->groups == 0) {
      item = slice_or(vm, s, b, e, empty);
    } else if (p->groups == 1) {
      item = ov[2] == PCRE2_UNSET ? empty : slice_or(vm, s, (int64_t)ov[2], (int64_t)ov[3], empty);
    } else {
      Tuple *t = tuple_new(vm, p->groups);
      if (!t) return v_null();
      for (int64_t g = 1; g <= p->groups; g++)
        t->items[g - 1] = ov[2 * g] == PCRE2_UNSET ? empty :
                          slice_or(vm, s, (int64_t)ov[2 * g], (int64_t)ov[2 * g + 1], empty);
      item = v_obj(t);
    }
    if (v_isnull(item) || !list_append(vm, out, item)) return v_null();
    start = e == b ? e + 1 : e;
  }
  return v_obj(out);
}

static Value p_findall(VM *vm, int argc, Value *argv, Dict *kw) {
  RePattern *p = as_pattern(vm, argv[0], "findall");
  Str *s;
  int64_t pos, endpos;
  if (!p || !string_pos_args(vm, argc - 1, argv + 1, kw, "findall", "source", &s, &pos, &endpos)) return v_null();
  return do_findall(vm, p, s, pos, endpos);
}

/* finditer: an iterator whose state (Iter.seq) is a Tuple (pattern, string)
** and pos / stop hold the next start and endpos. */
static Value finditer_next(VM *vm, int argc, Value *argv, Dict *kw) {
  Iter *it = (Iter *)argv[0].u.o;
  if (v_isnull(it->seq)) return v_null();
  Tuple *st = AS_TUPLE(it->seq);
  RePattern *p = (RePattern *)st->items[0].u.o;
  Str *s = AS_STR(st->items[1]);
  int64_t start = it->pos, endpos = it->stop;
  int r = start <= endpos ? run(vm, p, s, start, endpos, false) : 0;
  if (r < 0) return v_null();
  if (r == 0) { it->seq = v_null(); return v_null(); }
  Value m = new_match(vm, p, s, it->step, endpos);
  PCRE2_SIZE *ov = pcre2_get_ovector_pointer(p->md);
  int64_t b = (int64_t)ov[0], e = (int64_t)ov[1];
  it->pos = e == b ? e + 1 : e;
  return m;
}

static Value do_finditer(VM *vm, RePattern *p, Str *s, int64_t pos, int64_t endpos) {
  Value items[2] = { v_obj(p), v_obj(s) };
  Tuple *st = tuple_from(vm, 2, items);
  if (!st) return v_null();
  Value it = iter_custom_new(vm, v_obj(st), finditer_next);
  if (v_isnull(it)) return it;
  Iter *i = (Iter *)it.u.o;
  i->pos = pos;
  i->stop = endpos;
  i->step = pos;     /* the match objects' pos */
  it.u.o->cls = vm->cls_iter[IT_CALLABLE] ? vm->cls_iter[IT_CALLABLE] : it.u.o->cls;
  return it;
}

static Value p_finditer(VM *vm, int argc, Value *argv, Dict *kw) {
  RePattern *p = as_pattern(vm, argv[0], "finditer");
  if (!p || !lib_nokw(vm, "finditer", kw)) return v_null();
  if (argc - 1 < 1)
    return vm_raise(vm, vm->exc_TypeError, "scanner() takes at least 1 argument (%d given)", argc - 1);
  if (argc - 1 > 3)
    return vm_raise(vm, vm->exc_TypeError, "scanner() takes at most 3 arguments (%d given)", argc - 1);
  Str *s;
  int64_t pos, endpos;
  if (!string_pos_args(vm, argc - 1, argv + 1, NULL, "scanner", NULL, &s, &pos, &endpos))
    return v_null();
  return do_finditer(vm, p, s, pos, endpos);
}

static Value do_split(VM *vm, RePattern *p, Str *s, int64_t maxsplit) {
  List *out = list_new(vm, 0);
  if (!out) return v_null();
  int64_t n = 0, last = 0, start = 0, end = s->len;
  while (!maxsplit || n < maxsplit) {
    int r = start <= end ? run(vm, p, s, start, end, false) : 0;
    if (r < 0) return v_null();
    if (r == 0) break;
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(p->md);
    int64_t b = (int64_t)ov[0], e = (int64_t)ov[1];
    if (b == e) {
      if (last == end) break;
      start = e + 1;
      continue;
    }
    Value seg = slice_or(vm, s, last, b, v_none());
    if (v_isnull(seg) || !list_append(vm, out, seg)) return v_null();
    for (int64_t g = 1; g <= p->groups; g++) {
      Value gv = ov[2 * g] == PCRE2_UNSET ? v_none() :
                 slice_or(vm, s, (int64_t)ov[2 * g], (int64_t)ov[2 * g + 1], v_none());
      if (v_isnull(gv) || !list_append(vm, out, gv)) return v_null();
    }
    n++;
    last = start = e;
  }
  Value tail = slice_or(vm, s, last, end, v_none());
  if (v_isnull(tail) || !list_append(vm, out, tail)) return v_null();
  return v_obj(out);
}

static Value p_split(VM *vm, int argc, Value *argv, Dict *kw) {
  RePattern *p = as_pattern(vm, argv[0], "split");
  if (!p) return v_null();
  static const char *const names[] = {"string", "maxsplit", "source", NULL};
  Value a[2];
  if (!getargs(vm, argc - 1, argv + 1, kw, "split", names, "On", 0, a)) return v_null();
  Str *s;
  int64_t maxsplit = 0;
  if (!str_arg(vm, a[0], &s)) return v_null();
  if (!v_isnull(a[1]) && !lib_to_int(vm, a[1], &maxsplit)) return v_null();
  return do_split(vm, p, s, maxsplit);
}

/* ---- replacement templates --------------------------------------------------------------- */

/* A parsed template: a list whose items are strs (literals) and ints (group
** numbers). */
static Value parse_template(VM *vm, RePattern *p, Str *t) {
  List *out = list_new(vm, 0);
  if (!out) return v_null();
  SBuf lit;
  sbuf_init(&lit);
  const char *s = t->data;
  int64_t n = t->len;
#define FLUSH() do { if (lit.len) { Str *ls_ = str_new(vm, lit.p, lit.len); lit.len = 0; \
    if (!ls_ || !list_append(vm, out, v_obj(ls_))) goto fail; } } while (0)
  for (int64_t i = 0; i < n; i++) {
    char c = s[i];
    if (c != '\\') { sbuf_putc(&lit, c); continue; }
    if (i + 1 >= n) { re_error(vm, "bogus escape (end of line)"); goto fail; }
    char d = s[++i];
    if (d == 'g') {
      if (i + 1 >= n || s[i + 1] != '<') { re_error(vm, "missing group name"); goto fail; }
      int64_t j = i + 2;
      while (j < n && s[j] != '>') j++;
      if (j >= n) { re_error(vm, "unterminated group name"); goto fail; }
      const char *name = s + i + 2;
      int64_t nl = j - (i + 2);
      if (nl == 0) { re_error(vm, "missing group name"); goto fail; }
      int64_t idx = -1;
      bool digits = true;
      for (int64_t k = 0; k < nl; k++) digits = digits && isdigit((unsigned char)name[k]);
      if (digits) {
        idx = 0;
        for (int64_t k = 0; k < nl; k++) idx = idx * 10 + (name[k] - '0');
      } else {
        bool ok = isalpha((unsigned char)name[0]) || name[0] == '_';
        for (int64_t k = 1; k < nl; k++)
          ok = ok && (isalnum((unsigned char)name[k]) || name[k] == '_');
        if (!ok) { re_error(vm, "bad character in group name"); goto fail; }
        Str *ns = str_new(vm, name, (size_t)nl);
        Value iv = ns ? dict_get(vm, p->groupindex, v_obj(ns)) : v_null();
        if (v_isnull(iv)) {
          if (v_isnull(vm->exc))
            vm_raise(vm, vm->exc_IndexError, "unknown group name: '%.*s'", (int)nl, name);
          goto fail;
        }
        idx = iv.u.i;
      }
      FLUSH();
      if (!list_append(vm, out, v_int(idx))) goto fail;
      i = j;
    } else if (d == '0') {
      int v = 0, k = 0;
      while (k < 2 && i + 1 < n && s[i + 1] >= '0' && s[i + 1] <= '7') { v = v * 8 + (s[++i] - '0'); k++; }
      sbuf_putc(&lit, (char)(v & 0xff));
    } else if (isdigit((unsigned char)d)) {
      bool octal = false;
      int64_t idx = d - '0';
      if (i + 1 < n && isdigit((unsigned char)s[i + 1])) {
        char d2 = s[++i];
        if (d <= '7' && d2 <= '7' && i + 1 < n && s[i + 1] >= '0' && s[i + 1] <= '7') {
          int v = (d - '0') * 64 + (d2 - '0') * 8 + (s[++i] - '0');
          sbuf_putc(&lit, (char)(v & 0xff));
          octal = true;
        } else {
          idx = idx * 10 + (d2 - '0');
        }
      }
      if (!octal) {
        FLUSH();
        if (!list_append(vm, out, v_int(idx))) goto fail;
      }
    } else {
      switch (d) {
      case 'a': sbuf_putc(&lit, '\a'); break;
      case 'b': sbuf_putc(&lit, '\b'); break;
      case 'f': sbuf_putc(&lit, '\f'); break;
      case 'n': sbuf_putc(&lit, '\n'); break;
      case 'r': sbuf_putc(&lit, '\r'); break;
      case 't': sbuf_putc(&lit, '\t'); break;
      case 'v': sbuf_putc(&lit, '\v'); break;
      case '\\': sbuf_putc(&lit, '\\'); break;
      default: sbuf_putc(&lit, '\\'); sbuf_putc(&lit, d); break;
      }
    }
  }
  FLUSH();
#undef FLUSH
  sbuf_free(&lit);
  return v_obj(out);
fail:
  sbuf_free(&lit);
  return v_null();
}

/* Expand a parsed template for match m into b. */
static bool expand_into(VM *vm, ReMatch *m, List *tpl, SBuf *b) {
  for (int64_t i = 0; i < tpl->len; i++) {
    Value x = tpl->items[i];
    if (x.tag == T_STR) { sbuf_putstr(b, AS_STR(x)); continue; }
    int64_t g = x.u.i;
    if (g < 0 || g >= m->n) { re_error(vm, "invalid group reference"); return false; }
    if (m->ov[2 * g] < 0) { re_error(vm, "unmatched group"); return false; }
    sbuf_put(b, m->string->data + m->ov[2 * g], (size_t)(m->ov[2 * g + 1] - m->ov[2 * g]));
  }
  return true;
}

static Value do_sub(VM *vm, RePattern *p, Value repl, Str *s, int64_t count, bool want_n) {
  bool callable_repl = repl.tag != T_STR;
  List *tpl = NULL;
  Str *literal = NULL;
  if (!callable_repl) {
    Str *rs = AS_STR(repl);
    if (!memchr(rs->data, '\\', (size_t)rs->len)) {
      literal = rs;
    } else {
      Value t = parse_template(vm, p, rs);
      if (v_isnull(t)) return t;
      tpl = AS_LIST(t);
      if (tpl->len == 1 && tpl->items[0].tag == T_STR) literal = AS_STR(tpl->items[0]);
      else if (tpl->len == 0) literal = vm->empty_str;
    }
  }
  SBuf b;
  sbuf_init(&b);
  int64_t n = 0, i = 0, start = 0, end = s->len;
  while (!count || n < count) {
    int r = start <= end ? run(vm, p, s, start, end, false) : 0;
    if (r < 0) goto fail;
    if (r == 0) break;
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(p->md);
    int64_t mb = (int64_t)ov[0], me = (int64_t)ov[1];
    if (i < mb) {
      sbuf_put(&b, s->data + i, (size_t)(mb - i));
    } else if (i == mb && i == me && n > 0) {
      start = me == mb ? me + 1 : me;
      continue;
    }
    if (literal) {
      sbuf_putstr(&b, literal);
    } else {
      Value mv = new_match(vm, p, s, 0, end);
      if (v_isnull(mv)) goto fail;
      if (callable_repl) {
        Value rv = vm_call1(vm, repl, mv);
        if (v_isnull(rv)) goto fail;
        if (rv.tag == T_STR) sbuf_putstr(&b, AS_STR(rv));
        else if (!v_isnone(rv)) {
          vm_raise(vm, vm->exc_TypeError, "expected string or buffer");
          goto fail;
        }
      } else if (!expand_into(vm, (ReMatch *)mv.u.o, tpl, &b)) {
        goto fail;
      }
    }
    i = me;
    n++;
    start = me == mb ? me + 1 : me;
  }
  if (i < end) sbuf_put(&b, s->data + i, (size_t)(end - i));
  Str *res = sbuf_finish(vm, &b);
  if (!res) return v_null();
  if (!want_n) return v_obj(res);
  Value pair[2] = { v_obj(res), v_int(n) };
  Tuple *t = tuple_from(vm, 2, pair);
  return t ? v_obj(t) : v_null();
fail:
  sbuf_free(&b);
  return v_null();
}

static Value sub_common(VM *vm, int argc, Value *argv, Dict *kw, bool want_n) {
  const char *name = want_n ? "subn" : "sub";
  RePattern *p = as_pattern(vm, argv[0], name);
  if (!p) return v_null();
  static const char *const names[] = {"repl", "string", "count", NULL, NULL};
  Value a[3];
  if (!getargs(vm, argc - 1, argv + 1, kw, name, names, "OOn", 2, a)) return v_null();
  Str *s;
  int64_t count = 0;
  if (!str_arg(vm, a[1], &s)) return v_null();
  if (!v_isnull(a[2]) && !lib_to_int(vm, a[2], &count)) return v_null();
  return do_sub(vm, p, a[0], s, count, want_n);
}

static Value p_sub(VM *vm, int argc, Value *argv, Dict *kw) { return sub_common(vm, argc, argv, kw, false); }
static Value p_subn(VM *vm, int argc, Value *argv, Dict *kw) { return sub_common(vm, argc, argv, kw, true); }

/* ---- pattern attributes --------------------------------------------------------------------- */

static Value p_pattern(VM *vm, int argc, Value *argv, Dict *kw) {
  RePattern *p = as_pattern(vm, argv[0], "pattern");
  return p ? v_obj(p->pattern) : v_null();
}
static Value p_flags(VM *vm, int argc, Value *argv, Dict *kw) {
  RePattern *p = as_pattern(vm, argv[0], "flags");
  return p ? v_int(p->flags) : v_null();
}
static Value p_groups(VM *vm, int argc, Value *argv, Dict *kw) {
  RePattern *p = as_pattern(vm, argv[0], "groups");
  return p ? v_int(p->groups) : v_null();
}
static Value p_groupindex(VM *vm, int argc, Value *argv, Dict *kw) {
  RePattern *p = as_pattern(vm, argv[0], "groupindex");
  if (!p) return v_null();
  Dict *d = dict_copy(vm, p->groupindex);
  return d ? v_obj(d) : v_null();
}

/* ---- match objects --------------------------------------------------------------------------- */

static ReMatch *as_match(VM *vm, Value v, const char *meth) {
  if (!std_is(v, match_ctor)) {
    std_bad_self(vm, meth, "_sre.SRE_Match", v);
    return NULL;
  }
  return (ReMatch *)v.u.o;
}

/* A group designator (int or name) -> index; -1 raised. */
static int64_t group_index(VM *vm, ReMatch *m, Value g) {
  if (g.tag == T_INT || g.tag == T_BOOL) {
    if (g.u.i >= 0 && g.u.i < m->n) return g.u.i;
  } else if (g.tag == T_STR) {
    Value iv = dict_get(vm, m->re->groupindex, g);
    if (!v_isnull(iv)) return iv.u.i;
    if (!v_isnull(vm->exc)) return -1;
  }
  vm_raise(vm, vm->exc_IndexError, "no such group");
  return -1;
}

static Value group_value(VM *vm, ReMatch *m, int64_t i, Value dflt) {
  if (m->ov[2 * i] < 0) return dflt;
  return slice_or(vm, m->string, m->ov[2 * i], m->ov[2 * i + 1], dflt);
}

static Value m_group(VM *vm, int argc, Value *argv, Dict *kw) {
  ReMatch *m = as_match(vm, argv[0], "group");
  if (!m) return v_null();
  if (argc == 1) return group_value(vm, m, 0, v_none());
  if (argc == 2) {
    int64_t i = group_index(vm, m, argv[1]);
    return i < 0 ? v_null() : group_value(vm, m, i, v_none());
  }
  Tuple *t = tuple_new(vm, argc - 1);
  if (!t) return v_null();
  for (int k = 1; k < argc; k++) {
    int64_t i = group_index(vm, m, argv[k]);
    if (i < 0) return v_null();
    t->items[k - 1] = group_value(vm, m, i, v_none());
  }
  return v_obj(t);
}

static Value m_getitem(VM *vm, int argc, Value *argv, Dict *kw) {
  ReMatch *m = as_match(vm, argv[0], "__getitem__");
  if (!m || !lib_nargs(vm, 'O', "__getitem__", argc - 1, 1, 1)) return v_null();
  int64_t i = group_index(vm, m, argv[1]);
  return i < 0 ? v_null() : group_value(vm, m, i, v_none());
}

/* The default=None argument of groups and groupdict. */
static bool default_arg(VM *vm, int argc, Value *argv, Dict *kw, const char *name, Value *dflt) {
  static const char *const names[] = {"default", NULL, NULL};
  if (!getargs(vm, argc - 1, argv + 1, kw, name, names, "O", 0, dflt)) return false;
  if (v_isnull(*dflt)) *dflt = v_none();
  return true;
}

static Value m_groups(VM *vm, int argc, Value *argv, Dict *kw) {
  ReMatch *m = as_match(vm, argv[0], "groups");
  Value dflt;
  if (!m || !default_arg(vm, argc, argv, kw, "groups", &dflt)) return v_null();
  Tuple *t = tuple_new(vm, m->n - 1);
  if (!t) return v_null();
  for (int64_t i = 1; i < m->n; i++) t->items[i - 1] = group_value(vm, m, i, dflt);
  return v_obj(t);
}

static Value m_groupdict(VM *vm, int argc, Value *argv, Dict *kw) {
  ReMatch *m = as_match(vm, argv[0], "groupdict");
  Value dflt;
  if (!m || !default_arg(vm, argc, argv, kw, "groupdict", &dflt)) return v_null();
  Dict *d = dict_new(vm);
  if (!d) return v_null();
  Value k, v;
  for (int64_t pos = 0; dict_next(m->re->groupindex, &pos, &k, &v);)
    if (!dict_set(vm, d, k, group_value(vm, m, v.u.i, dflt))) return v_null();
  return v_obj(d);
}

static bool group_arg(VM *vm, ReMatch *m, int argc, Value *argv, const char *name, int64_t *out) {
  if (!lib_nargs(vm, 'U', name, argc - 1, 0, 1)) return false;
  *out = argc > 1 ? group_index(vm, m, argv[1]) : 0;
  return *out >= 0;
}

static Value m_start(VM *vm, int argc, Value *argv, Dict *kw) {
  ReMatch *m = as_match(vm, argv[0], "start");
  int64_t g;
  if (!m || !group_arg(vm, m, argc, argv, "start", &g)) return v_null();
  return v_int(m->ov[2 * g]);
}
static Value m_end(VM *vm, int argc, Value *argv, Dict *kw) {
  ReMatch *m = as_match(vm, argv[0], "end");
  int64_t g;
  if (!m || !group_arg(vm, m, argc, argv, "end", &g)) return v_null();
  return v_int(m->ov[2 * g + 1]);
}
static Value span_of(VM *vm, ReMatch *m, int64_t g) {
  Value pair[2] = { v_int(m->ov[2 * g]), v_int(m->ov[2 * g + 1]) };
  Tuple *t = tuple_from(vm, 2, pair);
  return t ? v_obj(t) : v_null();
}
static Value m_span(VM *vm, int argc, Value *argv, Dict *kw) {
  ReMatch *m = as_match(vm, argv[0], "span");
  int64_t g;
  if (!m || !group_arg(vm, m, argc, argv, "span", &g)) return v_null();
  return span_of(vm, m, g);
}

static Value m_expand(VM *vm, int argc, Value *argv, Dict *kw) {
  ReMatch *m = as_match(vm, argv[0], "expand");
  if (!m || !lib_nargs(vm, 'O', "expand", argc - 1, 1, 1)) return v_null();
  Str *t;
  if (!str_arg(vm, argv[1], &t)) return v_null();
  Value tpl = parse_template(vm, m->re, t);
  if (v_isnull(tpl)) return tpl;
  SBuf b;
  sbuf_init(&b);
  if (!expand_into(vm, m, AS_LIST(tpl), &b)) { sbuf_free(&b); return v_null(); }
  Str *r = sbuf_finish(vm, &b);
  return r ? v_obj(r) : v_null();
}

static Value m_string(VM *vm, int argc, Value *argv, Dict *kw) {
  ReMatch *m = as_match(vm, argv[0], "string");
  return m ? v_obj(m->string) : v_null();
}
static Value m_re(VM *vm, int argc, Value *argv, Dict *kw) {
  ReMatch *m = as_match(vm, argv[0], "re");
  return m ? v_obj(m->re) : v_null();
}
static Value m_pos(VM *vm, int argc, Value *argv, Dict *kw) {
  ReMatch *m = as_match(vm, argv[0], "pos");
  return m ? v_int(m->pos) : v_null();
}
static Value m_endpos(VM *vm, int argc, Value *argv, Dict *kw) {
  ReMatch *m = as_match(vm, argv[0], "endpos");
  return m ? v_int(m->endpos) : v_null();
}
static Value m_lastindex(VM *vm, int argc, Value *argv, Dict *kw) {
  ReMatch *m = as_match(vm, argv[0], "lastindex");
  if (!m) return v_null();
  return m->lastindex < 0 ? v_none() : v_int(m->lastindex);
}
static Value m_lastgroup(VM *vm, int argc, Value *argv, Dict *kw) {
  ReMatch *m = as_match(vm, argv[0], "lastgroup");
  if (!m) return v_null();
  if (m->lastindex < 0) return v_none();
  Value n = m->re->names->items[m->lastindex];
  return n.tag == T_STR ? n : v_none();
}
static Value m_regs(VM *vm, int argc, Value *argv, Dict *kw) {
  ReMatch *m = as_match(vm, argv[0], "regs");
  if (!m) return v_null();
  Tuple *t = tuple_new(vm, m->n);
  if (!t) return v_null();
  for (int64_t g = 0; g < m->n; g++) {
    t->items[g] = span_of(vm, m, g);
    if (v_isnull(t->items[g])) return v_null();
  }
  return v_obj(t);
}

/* ---- module functions ------------------------------------------------------------------------ */

/* The module functions are Python functions in CPython's re.py: their
** arguments are bound as ceval binds def fname(names...) whose parameters
** from nreq on have defaults, with its messages. out[i] is T_NULL for an
** omitted defaulted parameter; *flags is the "flags" parameter (0 if none). */
static bool mod_args(VM *vm, int argc, Value *argv, Dict *kw, const char *fname,
                     const char *const *names, int nreq, Value *out, int64_t *flags) {
  int n = 0, nkw = kw ? (int)kw->used : 0;
  while (names[n]) n++;
  if (n == 0 && argc + nkw > 0) {
    vm_raise(vm, vm->exc_TypeError, "%s() takes no arguments (%d given)", fname, argc + nkw);
    return false;
  }
  if (argc > n) {
    vm_raise(vm, vm->exc_TypeError, "%s() takes %s %d argument%s (%d given)", fname,
             nreq < n ? "at most" : "exactly", n, n == 1 ? "" : "s", argc + nkw);
    return false;
  }
  for (int i = 0; i < n; i++) out[i] = i < argc ? argv[i] : v_null();
  Value k, v;
  for (int64_t pos = 0; kw && dict_next(kw, &pos, &k, &v);) {
    if (k.tag != T_STR) {
      vm_raise(vm, vm->exc_TypeError, "%s() keywords must be strings", fname);
      return false;
    }
    int j = 0;
    while (j < n && strcmp(names[j], AS_STR(k)->data) != 0) j++;
    if (j == n || !v_isnull(out[j])) {
      vm_raise(vm, vm->exc_TypeError, j == n ? "%s() got an unexpected keyword argument '%s'"
                                             : "%s() got multiple values for keyword argument '%s'",
               fname, AS_STR(k)->data);
      return false;
    }
    out[j] = v;
  }
  for (int i = 0; i < nreq; i++) {
    if (!v_isnull(out[i])) continue;
    int given = 0;
    for (int j = 0; j < n; j++) given += !v_isnull(out[j]);
    vm_raise(vm, vm->exc_TypeError, "%s() takes %s %d argument%s (%d given)", fname,
             nreq < n ? "at least" : "exactly", nreq, nreq == 1 ? "" : "s", given);
    return false;
  }
  *flags = 0;
  for (int i = 0; i < n; i++)
    if (strcmp(names[i], "flags") == 0 && !v_isnull(out[i]) && !lib_to_int(vm, out[i], flags))
      return false;
  return true;
}

static RePattern *mod_pattern(VM *vm, Value pat, int64_t flags) {
  Value p = get_compiled(vm, pat, flags);
  return v_isnull(p) ? NULL : (RePattern *)p.u.o;
}

static Value re_compile(VM *vm, int argc, Value *argv, Dict *kw) {
  static const char *const names[] = {"pattern", "flags", NULL};
  Value a[2];
  int64_t flags;
  if (!mod_args(vm, argc, argv, kw, "compile", names, 1, a, &flags)) return v_null();
  return get_compiled(vm, a[0], flags);
}

/* (pattern, string, flags) of re.match / search / findall / finditer. */
static bool mod_pattern_string(VM *vm, int argc, Value *argv, Dict *kw, const char *fname,
                               RePattern **p, Str **s) {
  static const char *const names[] = {"pattern", "string", "flags", NULL};
  Value a[3];
  int64_t flags;
  if (!mod_args(vm, argc, argv, kw, fname, names, 2, a, &flags)) return false;
  *p = mod_pattern(vm, a[0], flags);
  return *p && str_arg(vm, a[1], s);
}

static Value re_match_search(VM *vm, int argc, Value *argv, Dict *kw, bool anchored) {
  RePattern *p;
  Str *s;
  if (!mod_pattern_string(vm, argc, argv, kw, anchored ? "match" : "search", &p, &s)) return v_null();
  return do_match(vm, p, s, 0, s->len, anchored);
}
static Value re_match(VM *vm, int argc, Value *argv, Dict *kw) {
  return re_match_search(vm, argc, argv, kw, true);
}
static Value re_search(VM *vm, int argc, Value *argv, Dict *kw) {
  return re_match_search(vm, argc, argv, kw, false);
}

static Value re_findall_it(VM *vm, int argc, Value *argv, Dict *kw, bool iter) {
  RePattern *p;
  Str *s;
  if (!mod_pattern_string(vm, argc, argv, kw, iter ? "finditer" : "findall", &p, &s)) return v_null();
  return iter ? do_finditer(vm, p, s, 0, s->len) : do_findall(vm, p, s, 0, s->len);
}
static Value re_findall(VM *vm, int argc, Value *argv, Dict *kw) {
  return re_findall_it(vm, argc, argv, kw, false);
}
static Value re_finditer(VM *vm, int argc, Value *argv, Dict *kw) {
  return re_findall_it(vm, argc, argv, kw, true);
}

static Value re_sub_common(VM *vm, int argc, Value *argv, Dict *kw, bool want_n) {
  static const char *const names[] = {"pattern", "repl", "string", "count", "flags", NULL};
  Value a[5];
  int64_t flags, count = 0;
  if (!mod_args(vm, argc, argv, kw, want_n ? "subn" : "sub", names, 3, a, &flags)) return v_null();
  RePattern *p = mod_pattern(vm, a[0], flags);
  Str *s;
  if (!p || !str_arg(vm, a[2], &s)) return v_null();
  if (!v_isnull(a[3]) && !lib_to_int(vm, a[3], &count)) return v_null();
  return do_sub(vm, p, a[1], s, count, want_n);
}
static Value re_sub(VM *vm, int argc, Value *argv, Dict *kw) {
  return re_sub_common(vm, argc, argv, kw, false);
}
static Value re_subn(VM *vm, int argc, Value *argv, Dict *kw) {
  return re_sub_common(vm, argc, argv, kw, true);
}

static Value re_split(VM *vm, int argc, Value *argv, Dict *kw) {
  static const char *const names[] = {"pattern", "string", "maxsplit", "flags", NULL};
  Value a[4];
  int64_t flags, maxsplit = 0;
  if (!mod_args(vm, argc, argv, kw, "split", names, 2, a, &flags)) return v_null();
  RePattern *p = mod_pattern(vm, a[0], flags);
  Str *s;
  if (!p || !str_arg(vm, a[1], &s)) return v_null();
  if (!v_isnull(a[2]) && !lib_to_int(vm, a[2], &maxsplit)) return v_null();
  return do_split(vm, p, s, maxsplit);
}

static Value re_escape(VM *vm, int argc, Value *argv, Dict *kw) {
  static const char *const names[] = {"pattern", NULL};
  Value a[1];
  int64_t flags;
  Str *s;
  if (!mod_args(vm, argc, argv, kw, "escape", names, 1, a, &flags) || !str_arg(vm, a[0], &s))
    return v_null();
  SBuf b;
  sbuf_init(&b);
  for (int64_t i = 0; i < s->len; i++) {
    char c = s->data[i];
    if (isalnum((unsigned char)c) && (unsigned char)c < 128) {
      sbuf_putc(&b, c);
    } else if (c == '\0') {
      sbuf_puts(&b, "\\000");
    } else {
      sbuf_putc(&b, '\\');
      sbuf_putc(&b, c);
    }
  }
  Str *r = sbuf_finish(vm, &b);
  return r ? v_obj(r) : v_null();
}

static Value re_purge(VM *vm, int argc, Value *argv, Dict *kw) {
  static const char *const names[] = {NULL};
  int64_t flags;
  if (!mod_args(vm, argc, argv, kw, "purge", names, 0, NULL, &flags)) return v_null();
  Dict *md = re_dict(vm);
  Value c = md ? dict_get_str(vm, md, str_intern_cstr(vm, "_cache")) : v_null();
  if (c.tag == T_DICT) dict_clear(vm, AS_DICT(c));
  return v_none();
}

static Value re_template(VM *vm, int argc, Value *argv, Dict *kw) {
  static const char *const names[] = {"pattern", "flags", NULL};
  Value a[2];
  int64_t flags;
  if (!mod_args(vm, argc, argv, kw, "template", names, 1, a, &flags)) return v_null();
  return get_compiled(vm, a[0], flags | F_TEMPLATE);
}

/* ---- registration ------------------------------------------------------------------------------- */

static Value pattern_ctor(VM *vm, int argc, Value *argv, Dict *kw) {
  return vm_raise(vm, vm->exc_TypeError, "cannot create '_sre.SRE_Pattern' instances");
}
static Value match_ctor(VM *vm, int argc, Value *argv, Dict *kw) {
  return vm_raise(vm, vm->exc_TypeError, "cannot create '_sre.SRE_Match' instances");
}

typedef struct MDef { const char *name; CFn fn; bool kw; } MDef;

static const MDef pattern_methods[] = {
  {"match", p_match, true}, {"search", p_search, true}, {"findall", p_findall, true},
  {"finditer", p_finditer, true}, {"split", p_split, true}, {"sub", p_sub, true},
  {"subn", p_subn, true}, {NULL, NULL, false}
};
static const MDef pattern_props[] = {
  {"pattern", p_pattern, false}, {"flags", p_flags, false}, {"groups", p_groups, false},
  {"groupindex", p_groupindex, false}, {NULL, NULL, false}
};
static const MDef match_methods[] = {
  {"group", m_group, false}, {"groups", m_groups, true}, {"groupdict", m_groupdict, true},
  {"start", m_start, false}, {"end", m_end, false}, {"span", m_span, false},
  {"expand", m_expand, false}, {"__getitem__", m_getitem, false}, {NULL, NULL, false}
};
static const MDef match_props[] = {
  {"string", m_string, false}, {"re", m_re, false}, {"pos", m_pos, false},
  {"endpos", m_endpos, false}, {"lastindex", m_lastindex, false},
  {"lastgroup", m_lastgroup, false}, {"regs", m_regs, false}, {NULL, NULL, false}
};
static const MDef module_fns[] = {
  {"compile", re_compile, true}, {"match", re_match, true}, {"search", re_search, true},
  {"findall", re_findall, true}, {"finditer", re_finditer, true}, {"sub", re_sub, true},
  {"subn", re_subn, true}, {"split", re_split, true}, {"escape", re_escape, true},
  {"purge", re_purge, true}, {"template", re_template, true}, {NULL, NULL, false}
};

void lib_init_re(VM *vm) {
  Module *m = vm_add_module(vm, "re");
  if (!m) return;
  Dict *d = m->dict;
  Class *pc = std_class(vm, "SRE_Pattern", "_sre", pattern_ctor);
  Class *mc = std_class(vm, "SRE_Match", "_sre", match_ctor);
  if (!pc || !mc) return;
  for (const MDef *f = pattern_methods; f->name; f++) vm_add_method(vm, pc, f->name, f->fn, 0, -1, f->kw);
  for (const MDef *f = pattern_props; f->name; f++) vm_add_property(vm, pc, f->name, f->fn, NULL);
  for (const MDef *f = match_methods; f->name; f++) vm_add_method(vm, mc, f->name, f->fn, 0, -1, f->kw);
  for (const MDef *f = match_props; f->name; f++) vm_add_property(vm, mc, f->name, f->fn, NULL);
  std_set(vm, d, "SRE_Pattern", v_obj(pc));
  std_set(vm, d, "SRE_Match", v_obj(mc));
  for (const MDef *f = module_fns; f->name; f++) vm_add_function(vm, d, f->name, f->fn, 0, -1, f->kw);
  Class *err = lib_class(vm, "error", vm->exc_Exception, "sre_constants");
  if (err) std_set(vm, d, "error", v_obj(err));
  static const struct { const char *name; int64_t v; } flags[] = {
    {"T", F_TEMPLATE}, {"TEMPLATE", F_TEMPLATE}, {"I", F_IGNORECASE}, {"IGNORECASE", F_IGNORECASE},
    {"L", F_LOCALE}, {"LOCALE", F_LOCALE}, {"M", F_MULTILINE}, {"MULTILINE", F_MULTILINE},
    {"S", F_DOTALL}, {"DOTALL", F_DOTALL}, {"U", F_UNICODE}, {"UNICODE", F_UNICODE},
    {"X", F_VERBOSE}, {"VERBOSE", F_VERBOSE}, {"DEBUG", F_DEBUG}, {NULL, 0}
  };
  for (int i = 0; flags[i].name; i++) std_set(vm, d, flags[i].name, v_int(flags[i].v));
  Dict *cache = dict_new(vm);
  if (cache) std_set(vm, d, "_cache", v_obj(cache));
  std_set(vm, d, "_MAXCACHE", v_int(100));
}
