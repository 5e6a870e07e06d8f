/* methods_str.c: the methods of str objects (split, join, strip, find,
 * replace, case mapping, padding, ...). Indices are code points; the text is
 * UTF-8, so positions are converted at the edges. */
#include <string.h>

#include "runtime/builtin.h"
#include "runtime/bytes.h"
#include "runtime/class.h"
#include "runtime/dict.h"
#include "runtime/heap.h"
#include "runtime/list.h"
#include "runtime/num.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/strbuf.h"
#include "runtime/textops.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/unicase.h"
#include "runtime/uniprint.h"
#include "runtime/utf8.h"

#define CHECK_ONE(qual)                                                                            \
    do {                                                                                           \
        if (rt_args_one(rt, qual, nargs, kwnames) < 0)                                             \
            return RT_NULL;                                                                        \
    } while (0)
#define CHECK_NONE(qual)                                                                           \
    do {                                                                                           \
        (void)args;                                                                                \
        if (rt_args_none(rt, qual, nargs, kwnames) < 0)                                            \
            return RT_NULL;                                                                        \
    } while (0)

/* Code points in p[0..n). */
static int64_t count_chars(const char *p, size_t n)
{
    int64_t c = 0;
    for (size_t i = 0; i < n; i++)
        c += ((unsigned char)p[i] & 0xC0) != 0x80;
    return c;
}

static uint32_t decode(const char *p, size_t *pos)
{
    return rt_str_decode(p, pos);
}

static rt_value new_str(rt_state *rt, const char *p, size_t n)
{
    return rt_str_new(rt, p, n);
}

static rt_value self_ref(rt_value s)
{
    rt_incref(s);
    return s;
}

/* The buffer's text as a str; disposes of the buffer. */
static rt_value finish(rt_state *rt, rt_strbuf *sb)
{
    rt_value r = sb->failed ? rt_heap_strbuf_error(rt) : new_str(rt, rt_strbuf_cstr(sb), sb->len);
    rt_strbuf_dispose(sb);
    return r;
}

/* A piece as a str (textops.h's rt_text_make). */
static rt_value make_str(rt_state *rt, rt_value like, const char *p, size_t n)
{
    (void)like;
    return rt_str_new(rt, p, n);
}

/* self as a text of code points, cut into str values. */
static rt_text text_of(rt_value self)
{
    return (rt_text){rt_str_data(self), rt_str_len(self), true, make_str, RT_NULL};
}

/* An item of str.join's iterable: the bytes of a str, or of the str an
 * instance of a str subclass holds (its __str__ is not consulted). */
static bool str_view(rt_value item, const char **p, size_t *n)
{
    item = rt__native_unwrap(item);
    if (!rt_is_str(item))
        return false;
    *p = rt_str_data(item);
    *n = rt_str_len(item);
    return true;
}

/* ---- join / split ----------------------------------------------------------- */

static rt_value str_join(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                         rt_value kwnames)
{
    CHECK_ONE("str.join");
    rt_text t = text_of(self);
    return rt_text_join(rt, &t, args[0], str_view, "str instance");
}

/* Parses (sep=None, maxsplit=-1) for split/rsplit. */
static int split_args(rt_state *rt, const char *fname, const rt_value *args, size_t nargs,
                      rt_value kwnames, rt_value *sep, int64_t *maxsplit)
{
    static const char *const names[] = {"sep", "maxsplit", NULL};
    rt_value a[2];
    if (rt_args_parse(rt, fname, args, nargs, kwnames, 2, names, a) < 0)
        return -1;
    *sep = a[0] == RT_NULL ? RT_NONE : rt__native_unwrap(a[0]);
    *maxsplit = -1;
    if (a[1] != RT_NULL && rt_arg_index(rt, a[1], maxsplit) < 0)
        return -1;
    if (*sep != RT_NONE && !rt_is_str(*sep)) {
        rt_raise(rt, RT_EXC_TypeError, "must be str or None, not %s", rt_type_name(*sep));
        return -1;
    }
    if (*sep != RT_NONE && rt_str_len(*sep) == 0) {
        rt_raise(rt, RT_EXC_ValueError, "empty separator");
        return -1;
    }
    if (*maxsplit < 0)
        *maxsplit = INT64_MAX;
    return 0;
}

static int push(rt_state *rt, rt_value list, const char *p, size_t n)
{
    rt_value s = new_str(rt, p, n);
    if (s == RT_NULL)
        return -1;
    return rt_list_append_steal(rt, list, s);
}

static rt_value do_split(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                         rt_value kwnames, const char *name, bool reverse)
{
    rt_value sep;
    int64_t maxsplit;
    if (split_args(rt, name, args, nargs, kwnames, &sep, &maxsplit) < 0)
        return RT_NULL;
    rt_text t = text_of(self);
    if (sep == RT_NONE)
        return rt_text_split(rt, &t, NULL, 0, maxsplit, reverse);
    return rt_text_split(rt, &t, rt_str_data(sep), rt_str_len(sep), maxsplit, reverse);
}

RT_METHOD_VARIANT(str_split, do_split, "split", false)
RT_METHOD_VARIANT(str_rsplit, do_split, "rsplit", true)

static rt_value str_splitlines(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                               rt_value kwnames)
{
    static const char *const names[] = {"keepends", NULL};
    rt_value a[1];
    if (rt_args_parse(rt, "splitlines", args, nargs, kwnames, 1, names, a) < 0)
        return RT_NULL;
    int keep = 0;
    if (a[0] != RT_NULL && (keep = rt_truthy(rt, a[0])) < 0)
        return RT_NULL;
    const char *p = rt_str_data(self);
    size_t n = rt_str_len(self);
    rt_value list = rt_list_new(rt, 0);
    if (list == RT_NULL)
        return RT_NULL;
    size_t start = 0, i = 0;
    while (i < n) {
        size_t j = i;
        uint32_t cp = decode(p, &j);
        if (!rt_uc_islinebreak(cp)) {
            i = j;
            continue;
        }
        if (cp == '\r' && j < n && p[j] == '\n')
            j++;
        if (push(rt, list, p + start, (keep ? j : i) - start) < 0) {
            rt_decref(rt, list);
            return RT_NULL;
        }
        start = i = j;
    }
    if (start < n && push(rt, list, p + start, n - start) < 0) {
        rt_decref(rt, list);
        return RT_NULL;
    }
    return list;
}

/* ---- strip ---------------------------------------------------------------------- */

static rt_value do_strip(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                         rt_value kwnames, const char *name, bool left, bool right)
{
    if (rt_args_range(rt, name, nargs, kwnames, 0, 1) < 0)
        return RT_NULL;
    rt_value chars = nargs ? rt__native_unwrap(args[0]) : RT_NONE;
    if (chars != RT_NONE && !rt_is_str(chars))
        return rt_raise(rt, RT_EXC_TypeError, "%s arg must be None or str", name);
    rt_text t = text_of(self);
    size_t start, end;
    if (chars == RT_NONE)
        rt_text_strip(&t, NULL, 0, left, right, &start, &end);
    else
        rt_text_strip(&t, rt_str_data(chars), rt_str_len(chars), left, right, &start, &end);
    if (start == 0 && end == t.n)
        return self_ref(self);
    return new_str(rt, t.p + start, end - start);
}

RT_METHOD_VARIANT(str_strip, do_strip, "strip", true, true)
RT_METHOD_VARIANT(str_lstrip, do_strip, "lstrip", true, false)
RT_METHOD_VARIANT(str_rstrip, do_strip, "rstrip", false, true)

/* ---- case mapping ------------------------------------------------------------------ */

typedef enum case_op { C_UPPER, C_LOWER, C_FOLD, C_SWAP, C_TITLE, C_CAPITALIZE } case_op;

/* The lowercase of U+03A3 at p[at..end) of p[0..n): final sigma (U+03C2)
 * when a cased letter precedes it and none follows, case-ignorable
 * characters (apostrophes, combining marks) skipped both ways. */
static uint32_t sigma_lower(const char *p, size_t n, size_t at, size_t end)
{
    bool final = false;
    for (size_t j = at; j > 0;) {
        size_t k = j - 1;
        while (k > 0 && ((unsigned char)p[k] & 0xC0) == 0x80)
            k--;
        size_t i = k;
        uint32_t c = decode(p, &i);
        if (!rt_uc_iscaseignorable(c)) {
            final = rt_uc_iscased(c);
            break;
        }
        j = k;
    }
    for (size_t j = end; final && j < n;) {
        uint32_t c = decode(p, &j);
        if (!rt_uc_iscaseignorable(c)) {
            final = !rt_uc_iscased(c);
            break;
        }
    }
    return final ? 0x3C2 : 0x3C3;
}

/* Appends the full mapping `which` of cp (at p[at..end)) to sb; a capital
 * sigma's lowercase follows the final sigma rule. */
static void put_mapped(rt_strbuf *sb, uint32_t cp, rt_uc_case which, const char *p, size_t n,
                       size_t at, size_t end)
{
    if (which == RT_UC_LOWER && cp == 0x3A3) {
        rt_strbuf_append_utf8(sb, sigma_lower(p, n, at, end));
        return;
    }
    uint32_t out[3];
    size_t k = rt_uc_full(cp, which, out);
    for (size_t j = 0; j < k; j++)
        rt_strbuf_append_utf8(sb, out[j]);
}

/* The str methods that map case, with CPython's full mappings: upper,
 * lower (final sigma), casefold, swapcase, title (titlecase after an
 * uncased character, lowercase after a cased one) and capitalize
 * (titlecase, then lowercase). */
static rt_value map_case(rt_state *rt, rt_value self, case_op op)
{
    const char *p = rt_str_data(self);
    size_t n = rt_str_len(self);
    if (rt_str_is_ascii(self) && (op == C_UPPER || op == C_LOWER || op == C_FOLD)) {
        rt_value r = rt_str_new_uninit(rt, n);
        if (r == RT_NULL)
            return RT_NULL;
        char *d = rt_str_obj_of(r)->data;
        for (size_t i = 0; i < n; i++) {
            char c = p[i];
            if (op == C_UPPER && c >= 'a' && c <= 'z')
                c = (char)(c - 32);
            else if (op != C_UPPER && c >= 'A' && c <= 'Z')
                c = (char)(c + 32);
            d[i] = c;
        }
        rt_str_finish(r);
        return r;
    }
    rt_strbuf sb;
    rt_heap_strbuf_init(rt, &sb);
    rt_strbuf_reserve(&sb, n);
    size_t i = 0;
    bool prev_cased = false;
    while (i < n) {
        size_t at = i;
        uint32_t cp = decode(p, &i);
        rt_uc_case which = RT_UC_LOWER;
        switch (op) {
        case C_UPPER: which = RT_UC_UPPER; break;
        case C_LOWER: which = RT_UC_LOWER; break;
        case C_FOLD: which = RT_UC_FOLD; break;
        case C_SWAP:
            if (!rt_uc_isupper(cp) && !rt_uc_islower(cp)) {
                rt_strbuf_append_utf8(&sb, cp);
                continue;
            }
            which = rt_uc_isupper(cp) ? RT_UC_LOWER : RT_UC_UPPER;
            break;
        case C_TITLE:
            which = prev_cased ? RT_UC_LOWER : RT_UC_TITLE;
            prev_cased = rt_uc_iscased(cp);
            break;
        case C_CAPITALIZE: which = at == 0 ? RT_UC_TITLE : RT_UC_LOWER; break;
        }
        put_mapped(&sb, cp, which, p, n, at, i);
    }
    return finish(rt, &sb);
}

#define CASE_METHOD(fn, qual, op)                                                                  \
    static rt_value fn(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,            \
                       rt_value kwnames)                                                           \
    {                                                                                              \
        CHECK_NONE(qual);                                                                          \
        return map_case(rt, self, op);                                                             \
    }
CASE_METHOD(str_upper, "str.upper", C_UPPER)
CASE_METHOD(str_lower, "str.lower", C_LOWER)
CASE_METHOD(str_casefold, "str.casefold", C_FOLD)
CASE_METHOD(str_swapcase, "str.swapcase", C_SWAP)
CASE_METHOD(str_title, "str.title", C_TITLE)
CASE_METHOD(str_capitalize, "str.capitalize", C_CAPITALIZE)

/* ---- predicates ------------------------------------------------------------------- */

typedef enum pred_op { P_DIGIT, P_DECIMAL, P_NUMERIC, P_ALPHA, P_ALNUM, P_SPACE } pred_op;

static rt_value all_chars(rt_value self, pred_op op)
{
    const char *p = rt_str_data(self);
    size_t n = rt_str_len(self), i = 0;
    if (n == 0)
        return RT_FALSE;
    while (i < n) {
        uint32_t cp = decode(p, &i);
        bool ok;
        switch (op) {
        case P_DIGIT: ok = rt_uc_isdigit(cp); break;
        case P_DECIMAL: ok = rt_uc_isdecimal(cp); break;
        case P_NUMERIC: ok = rt_uc_isnumeric(cp); break;
        case P_ALPHA: ok = rt_uc_isalpha(cp); break;
        case P_ALNUM: ok = rt_uc_isalpha(cp) || rt_uc_isnumeric(cp); break;
        default: ok = rt_uc_isspace(cp); break;
        }
        if (!ok)
            return RT_FALSE;
    }
    return RT_TRUE;
}

#define PRED_METHOD(fn, qual, op)                                                                  \
    static rt_value fn(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,            \
                       rt_value kwnames)                                                           \
    {                                                                                              \
        CHECK_NONE(qual);                                                                          \
        return all_chars(self, op);                                                                \
    }
PRED_METHOD(str_isdigit, "str.isdigit", P_DIGIT)
PRED_METHOD(str_isdecimal, "str.isdecimal", P_DECIMAL)
PRED_METHOD(str_isnumeric, "str.isnumeric", P_NUMERIC)
PRED_METHOD(str_isalpha, "str.isalpha", P_ALPHA)
PRED_METHOD(str_isalnum, "str.isalnum", P_ALNUM)
PRED_METHOD(str_isspace, "str.isspace", P_SPACE)

/* isupper/islower: at least one cased character and none of the other case. */
static rt_value cased(rt_value self, bool want_upper)
{
    const char *p = rt_str_data(self);
    size_t n = rt_str_len(self), i = 0;
    bool any = false;
    while (i < n) {
        uint32_t cp = decode(p, &i);
        bool up = rt_uc_isupper(cp), lo = rt_uc_islower(cp);
        if (want_upper ? lo : up) /* a titlecase letter is neither, and fails both */
            return RT_FALSE;
        if (rt_uc_istitle(cp))
            return RT_FALSE;
        any |= want_upper ? up : lo;
    }
    return rt_bool(any);
}

static rt_value str_isupper(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                            rt_value kwnames)
{
    CHECK_NONE("str.isupper");
    return cased(self, true);
}

static rt_value str_islower(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                            rt_value kwnames)
{
    CHECK_NONE("str.islower");
    return cased(self, false);
}

/* str.istitle(): uppercase letters only at the start of a cased run,
 * lowercase ones only inside one, and some cased letter. */
static rt_value str_istitle(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                            rt_value kwnames)
{
    CHECK_NONE("str.istitle");
    const char *p = rt_str_data(self);
    size_t n = rt_str_len(self), i = 0;
    bool cased_any = false, prev_cased = false;
    while (i < n) {
        uint32_t cp = decode(p, &i);
        if (rt_uc_isupper(cp) || rt_uc_istitle(cp)) {
            if (prev_cased)
                return RT_FALSE;
            prev_cased = cased_any = true;
        } else if (rt_uc_islower(cp)) {
            if (!prev_cased)
                return RT_FALSE;
            prev_cased = cased_any = true;
        } else {
            prev_cased = false;
        }
    }
    return rt_bool(cased_any);
}

/* isascii: every byte of the UTF-8 text below 0x80 (True for ''). */
static rt_value str_isascii(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                            rt_value kwnames)
{
    CHECK_NONE("str.isascii");
    const unsigned char *p = (const unsigned char *)rt_str_data(self);
    for (size_t i = 0, n = rt_str_len(self); i < n; i++)
        if (p[i] >= 0x80)
            return RT_FALSE;
    return RT_TRUE;
}

/* str.isprintable(): every character is one repr() shows as itself. */
static rt_value str_isprintable(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                                rt_value kwnames)
{
    CHECK_NONE("str.isprintable");
    const char *p = rt_str_data(self);
    size_t n = rt_str_len(self), i = 0;
    while (i < n)
        if (!rt__unicode_isprintable(decode(p, &i)))
            return RT_FALSE;
    return RT_TRUE;
}

static rt_value str_format_map(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                               rt_value kwnames)
{
    if (rt_args_one(rt, "str.format_map", nargs, kwnames) < 0)
        return RT_NULL;
    return rt_str_format_map(rt, self, args[0]);
}

static rt_value str_isidentifier(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                                 rt_value kwnames)
{
    CHECK_NONE("str.isidentifier");
    const char *p = rt_str_data(self);
    size_t n = rt_str_len(self), i = 0;
    if (n == 0)
        return RT_FALSE;
    bool first = true;
    while (i < n) {
        uint32_t cp = decode(p, &i);
        bool ok = first ? rt_uc_isidstart(cp) : rt_uc_isidcontinue(cp);
        if (!ok)
            return RT_FALSE;
        first = false;
    }
    return RT_TRUE;
}

/* ---- searching ---------------------------------------------------------------------- */

/* Parses (sub[, start[, end]]) of find/index/count/rfind/rindex into byte
 * bounds. Returns 1 with the range set, 0 when the range is empty past the
 * end (nothing can match), -1 on error. *cstart receives the char start. */
static int search_args(rt_state *rt, const char *name, rt_value self, const rt_value *args,
                       size_t nargs, rt_value kwnames, rt_value *sub, size_t *bs, size_t *be,
                       int64_t *cstart, int64_t *cend)
{
    if (rt_args_tuple(rt, name, nargs, kwnames, 1, 3) < 0)
        return -1;
    *sub = rt__native_unwrap(args[0]);
    if (!rt_is_str(*sub)) {
        rt_raise(rt, RT_EXC_TypeError, "must be str, not %s", rt_type_name(args[0]));
        return -1;
    }
    int64_t len = rt_str_nchars(self), start = 0, end = INT64_MAX;
    if (nargs > 1 && rt_arg_bound(rt, args[1], true, &start) < 0)
        return -1;
    if (nargs > 2 && rt_arg_bound(rt, args[2], true, &end) < 0)
        return -1;
    rt_adjust_bounds(len, &start, &end);
    *cstart = start;
    *cend = end;
    if (start > len || start > end)
        return 0;
    *bs = rt_str_offset(self, start);
    *be = rt_str_offset(self, end);
    return 1;
}

/* find/rfind/index/rindex. */
static rt_value do_find(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                        rt_value kwnames, const char *name, bool reverse, bool raise)
{
    rt_value sub;
    size_t bs = 0, be = 0;
    int64_t cs, ce;
    int ok = search_args(rt, name, self, args, nargs, kwnames, &sub, &bs, &be, &cs, &ce);
    if (ok < 0)
        return RT_NULL;
    int64_t at = -1;
    if (ok) {
        const char *p = rt_str_data(self);
        int64_t b = rt_text_find(p, bs, be, rt_str_data(sub), rt_str_len(sub), reverse);
        if (b >= 0)
            at = cs +
                 (rt_str_is_ascii(self) ? b - (int64_t)bs : count_chars(p + bs, (size_t)b - bs));
    }
    if (at < 0 && raise)
        return rt_raise(rt, RT_EXC_ValueError, "substring not found");
    return rt_int_from_i64(rt, at);
}

RT_METHOD_VARIANT(str_find, do_find, "find", false, false)
RT_METHOD_VARIANT(str_rfind, do_find, "rfind", true, false)
RT_METHOD_VARIANT(str_index, do_find, "index", false, true)
RT_METHOD_VARIANT(str_rindex, do_find, "rindex", true, true)

static rt_value str_count(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                          rt_value kwnames)
{
    rt_value sub;
    size_t bs = 0, be = 0;
    int64_t cs, ce;
    int ok = search_args(rt, "count", self, args, nargs, kwnames, &sub, &bs, &be, &cs, &ce);
    if (ok <= 0)
        return ok < 0 ? RT_NULL : rt_int_from_i64(rt, 0);
    size_t sn = rt_str_len(sub);
    if (sn == 0)
        return rt_int_from_i64(rt, ce - cs + 1);
    return rt_int_from_i64(rt,
                           rt_text_count(rt_str_data(self) + bs, be - bs, rt_str_data(sub), sn));
}

/* startswith/endswith with a str or a tuple of str. */
static rt_value do_affix(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                         rt_value kwnames, const char *name, bool end_side)
{
    if (rt_args_tuple(rt, name, nargs, kwnames, 1, 3) < 0)
        return RT_NULL;
    int64_t len = rt_str_nchars(self), start = 0, end = INT64_MAX;
    if (nargs > 1 && rt_arg_bound(rt, args[1], true, &start) < 0)
        return RT_NULL;
    if (nargs > 2 && rt_arg_bound(rt, args[2], true, &end) < 0)
        return RT_NULL;
    rt_value what = rt__native_unwrap(args[0]);
    bool is_tuple = rt_is_tuple(what);
    if (!is_tuple && !rt_is_str(what))
        return rt_raise(rt, RT_EXC_TypeError, "%s first arg must be str or a tuple of str, not %s",
                        name, rt_type_name(what));
    rt_adjust_bounds(len, &start, &end);
    int64_t n = is_tuple ? rt_tuple_len(what) : 1;
    for (int64_t k = 0; k < n; k++) {
        rt_value sub = rt__native_unwrap(is_tuple ? rt_tuple_get(what, k) : what);
        if (!rt_is_str(sub))
            return rt_raise(rt, RT_EXC_TypeError, "tuple for %s must only contain str, not %s",
                            name, rt_type_name(sub));
        if (start > len)
            continue;
        int64_t sl = rt_str_nchars(sub);
        if (end - start < sl)
            continue;
        int64_t at = end_side ? end - sl : start;
        size_t b = rt_str_offset(self, at);
        if (b <= rt_str_len(self) && rt_str_len(sub) <= rt_str_len(self) - b &&
            memcmp(rt_str_data(self) + b, rt_str_data(sub), rt_str_len(sub)) == 0)
            return RT_TRUE;
    }
    return RT_FALSE;
}

RT_METHOD_VARIANT(str_startswith, do_affix, "startswith", false)
RT_METHOD_VARIANT(str_endswith, do_affix, "endswith", true)

/* ---- replace / partition ------------------------------------------------------------ */

static rt_value str_replace(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                            rt_value kwnames)
{
    if (rt_args_range(rt, "replace", nargs, kwnames, 2, 3) < 0)
        return RT_NULL;
    rt_value from = rt__native_unwrap(args[0]), to = rt__native_unwrap(args[1]);
    for (int k = 0; k < 2; k++)
        if (!rt_is_str(k ? to : from))
            return rt_raise(rt, RT_EXC_TypeError, "replace() argument %d must be str, not %s",
                            k + 1, rt_type_name(args[k]));
    int64_t count = -1;
    if (nargs > 2 && rt_arg_index(rt, args[2], &count) < 0)
        return RT_NULL;
    if (count < 0)
        count = INT64_MAX;
    const char *op = rt_str_data(from), *np = rt_str_data(to);
    size_t on = rt_str_len(from), nn = rt_str_len(to);
    rt_text t = text_of(self);
    rt_strbuf sb;
    rt_heap_strbuf_init(rt, &sb);
    if (rt_text_replace(&sb, &t, op, on, np, nn, count) == 0 && on > 0) {
        rt_strbuf_dispose(&sb);
        return self_ref(self);
    }
    return finish(rt, &sb);
}

static rt_value do_partition(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                             rt_value kwnames, const char *qual, bool reverse)
{
    CHECK_ONE(qual);
    rt_value sep = rt__native_unwrap(args[0]);
    if (!rt_is_str(sep))
        return rt_raise(rt, RT_EXC_TypeError, "must be str, not %s", rt_type_name(sep));
    if (rt_str_len(sep) == 0)
        return rt_raise(rt, RT_EXC_ValueError, "empty separator");
    rt_text t = text_of(self);
    return rt_text_partition(rt, &t, rt_str_data(sep), rt_str_len(sep), reverse, self, args[0]);
}

RT_METHOD_VARIANT(str_partition, do_partition, "str.partition", false)
RT_METHOD_VARIANT(str_rpartition, do_partition, "str.rpartition", true)

static rt_value do_remove_affix(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                                rt_value kwnames, const char *qual, bool suffix)
{
    CHECK_ONE(qual);
    rt_value a = rt__native_unwrap(args[0]);
    if (!rt_is_str(a))
        return rt_raise(rt, RT_EXC_TypeError, "%s() argument must be str, not %s",
                        suffix ? "removesuffix" : "removeprefix", rt_type_name(a));
    size_t n = rt_str_len(self), an = rt_str_len(a);
    const char *p = rt_str_data(self);
    if (!rt_text_has_affix(p, n, rt_str_data(a), an, suffix))
        return self_ref(self);
    return new_str(rt, suffix ? p : p + an, n - an);
}

RT_METHOD_VARIANT(str_removeprefix, do_remove_affix, "str.removeprefix", false)
RT_METHOD_VARIANT(str_removesuffix, do_remove_affix, "str.removesuffix", true)

/* ---- encode --------------------------------------------------------------------------- */

static rt_value str_encode(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                           rt_value kwnames)
{
    static const char *const names[] = {"encoding", "errors", NULL};
    rt_value a[2];
    if (rt_args_parse(rt, "encode", args, nargs, kwnames, 2, names, a) < 0)
        return RT_NULL;
    for (int k = 0; k < 2; k++) {
        if (a[k])
            a[k] = rt__native_unwrap(a[k]);
        if (a[k] && !rt_is_str(a[k]))
            return rt_raise(rt, RT_EXC_TypeError, "encode() argument '%s' must be str, not %s",
                            names[k], rt_type_name(a[k]));
    }
    return rt_str_encode(rt, self, a[0], a[1]);
}

/* ---- padding ------------------------------------------------------------------------- */

/* center/ljust/rjust(width[, fillchar]). */
static rt_value do_pad(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                       rt_value kwnames, const char *name, char how)
{
    if (rt_args_range(rt, name, nargs, kwnames, 1, 2) < 0)
        return RT_NULL;
    int64_t width;
    if (rt_arg_index(rt, args[0], &width) < 0)
        return RT_NULL;
    const char *fill = " ";
    size_t fn = 1;
    if (nargs > 1) {
        rt_value f = rt__native_unwrap(args[1]);
        if (!rt_is_str(f))
            return rt_raise(rt, RT_EXC_TypeError,
                            "%s() argument 2 must be a unicode character, not %s", name,
                            rt_type_name(args[1]));
        if (rt_str_nchars(f) != 1)
            return rt_raise(rt, RT_EXC_TypeError,
                            "The fill character must be exactly one character long");
        fill = rt_str_data(f);
        fn = rt_str_len(f);
    }
    int64_t len = rt_str_nchars(self);
    if (width <= len)
        return self_ref(self);
    int64_t left = rt_text_pad_left(width, len, how);
    rt_strbuf sb;
    rt_heap_strbuf_init(rt, &sb);
    rt_text_pad(&sb, rt_str_data(self), rt_str_len(self), fill, fn, (size_t)left,
                (size_t)(width - len - left));
    return finish(rt, &sb);
}

RT_METHOD_VARIANT(str_center, do_pad, "center", '^')
RT_METHOD_VARIANT(str_ljust, do_pad, "ljust", '<')
RT_METHOD_VARIANT(str_rjust, do_pad, "rjust", '>')

static rt_value str_zfill(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                          rt_value kwnames)
{
    CHECK_ONE("str.zfill");
    int64_t width;
    if (rt_arg_index(rt, args[0], &width) < 0)
        return RT_NULL;
    int64_t len = rt_str_nchars(self);
    if (width <= len)
        return self_ref(self);
    rt_strbuf sb;
    rt_heap_strbuf_init(rt, &sb);
    rt_text_zfill(&sb, rt_str_data(self), rt_str_len(self), (size_t)(width - len));
    return finish(rt, &sb);
}

/* str.expandtabs(tabsize=8): each tab becomes the spaces up to the next
 * multiple of tabsize, counting code points from the last line break. */
static rt_value str_expandtabs(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                               rt_value kwnames)
{
    static const char *const names[] = {"tabsize", NULL};
    rt_value a[1];
    if (rt_args_parse(rt, "expandtabs", args, nargs, kwnames, 1, names, a) < 0)
        return RT_NULL;
    int64_t tabsize = 8;
    if (a[0] && rt_arg_c_int(rt, a[0], &tabsize) < 0)
        return RT_NULL;
    const char *p = rt_str_data(self);
    size_t n = rt_str_len(self);
    if (!memchr(p, '\t', n))
        return self_ref(self);
    rt_strbuf sb;
    rt_heap_strbuf_init(rt, &sb);
    int64_t col = 0;
    size_t run = 0; /* start of the bytes not yet copied */
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        if (c == '\t') {
            rt_strbuf_append(&sb, p + run, i - run);
            run = i + 1;
            if (tabsize > 0) {
                int64_t fill = tabsize - col % tabsize;
                rt_strbuf_append_repeat(&sb, " ", 1, (size_t)fill);
                col += fill;
            }
        } else if (c == '\n' || c == '\r') {
            col = 0;
        } else if ((c & 0xC0) != 0x80) {
            col++; /* a code point starts here */
        }
    }
    rt_strbuf_append(&sb, p + run, n - run);
    return finish(rt, &sb);
}

/* str.translate(table): each code point c becomes table[c] (a str, a code
 * point, or None to drop it); a lookup that raises LookupError keeps c. */
static rt_value str_translate(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                              rt_value kwnames)
{
    CHECK_ONE("str.translate");
    rt_value table = args[0];
    const char *p = rt_str_data(self);
    size_t n = rt_str_len(self), i = 0;
    rt_strbuf sb;
    rt_heap_strbuf_init(rt, &sb);
    while (i < n) {
        size_t at = i;
        uint32_t cp = rt_utf8_decode(p, n, &i);
        rt_value r = rt_getitem(rt, table, rt_smallint((int64_t)cp));
        if (!r) {
            if (!rt_exc_matches(rt, RT_EXC_LookupError))
                goto fail;
            rt_exc_clear(rt);
            rt_strbuf_append(&sb, p + at, i - at);
            continue;
        }
        if (rt_is_str(rt__native_unwrap(r))) {
            rt_strbuf_append(&sb, rt_str_data(rt__native_unwrap(r)),
                             rt_str_len(rt__native_unwrap(r)));
        } else if (rt_is_intlike(r)) {
            int64_t v;
            if (!rt_int_as_i64(r, &v) || v < 0 || v > 0x10FFFF) {
                rt_decref(rt, r);
                rt_raise(rt, RT_EXC_ValueError, "character mapping must be in range(0x110000)");
                goto fail;
            }
            char enc[4];
            rt_strbuf_append(&sb, enc, rt_utf8_encode((uint32_t)v, enc));
        } else if (r != RT_NONE) {
            rt_raise(rt, RT_EXC_TypeError, "character mapping must return integer, None or str");
            rt_decref(rt, r);
            goto fail;
        }
        rt_decref(rt, r);
    }
    {
        rt_value out =
            sb.failed ? rt_heap_strbuf_error(rt) : new_str(rt, rt_strbuf_cstr(&sb), sb.len);
        rt_strbuf_dispose(&sb);
        return out;
    }
fail:
    rt_strbuf_dispose(&sb);
    return RT_NULL;
}

/* The code point of a one-character str key of a translation table. */
static int table_key(rt_state *rt, rt_value k, rt_value *out)
{
    if (rt_is_str(k)) {
        if (rt_str_nchars(k) != 1) {
            rt_raise(rt, RT_EXC_ValueError, "string keys in translate table must be of length 1");
            return -1;
        }
        size_t pos = 0;
        *out = rt_smallint((int64_t)rt_utf8_decode(rt_str_data(k), rt_str_len(k), &pos));
        return 0;
    }
    if (rt_is_intlike(k)) {
        *out = k;
        return 0;
    }
    rt_raise(rt, RT_EXC_TypeError, "keys in translate table must be strings or integers");
    return -1;
}

/* str.maketrans(x[, y[, z]]): a static method making str.translate's table
 * (self is ignored). */
static rt_value str_maketrans(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                              rt_value kwnames)
{
    (void)self;
    if (rt_args_range(rt, "maketrans", nargs, kwnames, 1, 3) < 0)
        return RT_NULL;
    rt_value d = rt_dict_new(rt);
    if (!d)
        return RT_NULL;
    if (nargs == 1) {
        rt_value src = rt__native_unwrap(args[0]);
        if (!rt_is_dict(src)) {
            rt_decref(rt, d);
            return rt_raise(rt, RT_EXC_TypeError,
                            "if you give only one argument to maketrans it must be a dict");
        }
        int64_t pos = 0;
        rt_value k, v, key;
        while (rt_dict_next(src, &pos, &k, &v))
            if (table_key(rt, k, &key) < 0 || rt_dict_set(rt, d, key, v) < 0) {
                rt_decref(rt, d);
                return RT_NULL;
            }
        return d;
    }
    for (size_t a = 0; a < nargs; a++)
        if (!rt_is_str(args[a])) {
            rt_decref(rt, d);
            return rt_raise(rt, RT_EXC_TypeError, "maketrans() argument %zu must be str, not %s",
                            a + 1, rt_type_name(args[a]));
        }
    if (rt_str_nchars(args[0]) != rt_str_nchars(args[1])) {
        rt_decref(rt, d);
        return rt_raise(rt, RT_EXC_ValueError,
                        "the first two maketrans arguments must have equal length");
    }
    const char *x = rt_str_data(args[0]), *y = rt_str_data(args[1]);
    size_t nx = rt_str_len(args[0]), ny = rt_str_len(args[1]), i = 0, j = 0;
    while (i < nx) {
        uint32_t a = rt_utf8_decode(x, nx, &i), b = rt_utf8_decode(y, ny, &j);
        if (rt_dict_set(rt, d, rt_smallint(a), rt_smallint(b)) < 0) {
            rt_decref(rt, d);
            return RT_NULL;
        }
    }
    if (nargs == 3) {
        const char *z = rt_str_data(args[2]);
        size_t nz = rt_str_len(args[2]);
        i = 0;
        while (i < nz)
            if (rt_dict_set(rt, d, rt_smallint(rt_utf8_decode(z, nz, &i)), RT_NONE) < 0) {
                rt_decref(rt, d);
                return RT_NULL;
            }
    }
    return d;
}

static rt_value str_format_method(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                                  rt_value kwnames)
{
    return rt_str_format(rt, self, args, nargs, kwnames);
}

const rt_builtin_def rt__str_methods[] = {
    {"join", str_join},
    {"split", str_split},
    {"strip", str_strip},
    {"format", str_format_method},
    {"replace", str_replace},
    {"startswith", str_startswith},
    {"endswith", str_endswith},
    {"find", str_find},
    {"upper", str_upper},
    {"lower", str_lower},
    {"lstrip", str_lstrip},
    {"rstrip", str_rstrip},
    {"count", str_count},
    {"isdigit", str_isdigit},
    {"index", str_index},
    {"rfind", str_rfind},
    {"rindex", str_rindex},
    {"rsplit", str_rsplit},
    {"splitlines", str_splitlines},
    {"isalpha", str_isalpha},
    {"isalnum", str_isalnum},
    {"isspace", str_isspace},
    {"isupper", str_isupper},
    {"islower", str_islower},
    {"isdecimal", str_isdecimal},
    {"isnumeric", str_isnumeric},
    {"isidentifier", str_isidentifier},
    {"isascii", str_isascii},
    {"title", str_title},
    {"capitalize", str_capitalize},
    {"swapcase", str_swapcase},
    {"casefold", str_casefold},
    {"center", str_center},
    {"ljust", str_ljust},
    {"rjust", str_rjust},
    {"zfill", str_zfill},
    {"expandtabs", str_expandtabs},
    {"translate", str_translate},
    {"maketrans", str_maketrans},
    {"partition", str_partition},
    {"rpartition", str_rpartition},
    {"removeprefix", str_removeprefix},
    {"removesuffix", str_removesuffix},
    {"encode", str_encode},
    {"istitle", str_istitle},
    {"isprintable", str_isprintable},
    {"format_map", str_format_map},
    {NULL, NULL},
};
