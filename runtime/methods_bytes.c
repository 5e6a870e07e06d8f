/* methods_bytes.c: the methods of bytes objects (decode, hex, fromhex, join,
 * split, strip, find, replace, ASCII case mapping and tests, padding, ...),
 * with CPython's argument errors. Bytes are indexed by byte. */
#include <string.h>

#include "runtime/builtin.h"
#include "runtime/bytes.h"
#include "runtime/heap.h"
#include "runtime/list.h"
#include "runtime/num.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/strbuf.h"
#include "runtime/textops.h"
#include "runtime/tuple.h"
#include "runtime/type.h"

#define DATA(v) rt_byteslike_data(v)
#define LEN(v) ((size_t)rt_byteslike_len(v))

static bool is_space(unsigned char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}
static bool is_lower(unsigned char c)
{
    return c >= 'a' && c <= 'z';
}
static bool is_upper(unsigned char c)
{
    return c >= 'A' && c <= 'Z';
}
static bool is_alpha(unsigned char c)
{
    return is_lower(c) || is_upper(c);
}
static bool is_digit(unsigned char c)
{
    return c >= '0' && c <= '9';
}

/* p/n of a bytes argument; TypeError "a bytes-like object is required, not 'str'". */
static int arg_bytes(rt_state *rt, rt_value v, const char **p, size_t *n)
{
    if (rt_bytes_view(v, p, n))
        return 0;
    rt_raise(rt, RT_EXC_TypeError, "a bytes-like object is required, not '%s'", rt_type_name(v));
    return -1;
}

/* The buffer's bytes as a value of self's type (bytes or bytearray). */
static rt_value finish(rt_state *rt, rt_value self, rt_strbuf *sb)
{
    rt_value r = RT_NULL;
    if (sb->failed)
        rt_raise(rt, RT_EXC_MemoryError, "%s", "");
    else
        r = rt_bytes_like_new(rt, self, sb->data ? sb->data : "", sb->len);
    rt_strbuf_dispose(sb);
    return r;
}

/* self unchanged: itself for a bytes, a copy for a bytearray. */
static rt_value same(rt_state *rt, rt_value self)
{
    if (rt_is_bytearray(self))
        return rt_bytearray_new(rt, DATA(self), LEN(self));
    rt_incref(self);
    return self;
}

/* A new value of self's type holding p[0..n) (a rt_text_make, textops.h). */
static rt_value like(rt_state *rt, rt_value self, const char *p, size_t n)
{
    return rt_bytes_like_new(rt, self, p, n);
}

/* r (a new bytes, stolen) as self's type. */
static rt_value as_like(rt_state *rt, rt_value self, rt_value r)
{
    if (!r || !rt_is_bytearray(self))
        return r;
    rt_value a = rt_bytearray_new(rt, rt_bytes_data(r), (size_t)rt_bytes_len(r));
    rt_decref(rt, r);
    return a;
}

/* self as a text of bytes, cut into values of its type (by `like`). */
static rt_text text_of(rt_value self)
{
    return (rt_text){DATA(self), LEN(self), false, like, self};
}

/* ---- decode / hex / fromhex ----------------------------------------------------- */

static rt_value bytes_decode(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                             rt_value kwnames)
{
    static const char *const names[] = {"encoding", "errors", NULL};
    rt_value a[2];
    if (rt_args_parse(rt, "decode", args, nargs, kwnames, 2, names, a) < 0)
        return RT_NULL;
    for (int k = 0; k < 2; k++)
        if (a[k] && !rt_is_str(a[k]))
            return rt_raise(rt, RT_EXC_TypeError, "decode() argument '%s' must be str, not %s",
                            names[k], rt_type_name(a[k]));
    return rt_bytes_decode(rt, DATA(self), LEN(self), a[0], a[1]);
}

static rt_value bytes_hex(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                          rt_value kwnames)
{
    static const char *const names[] = {"sep", "bytes_per_sep", NULL};
    static const char digits[] = "0123456789abcdef";
    rt_value a[2];
    if (rt_args_parse(rt, "hex", args, nargs, kwnames, 2, names, a) < 0)
        return RT_NULL;
    const char *sep = NULL;
    size_t seplen = 0;
    int64_t per = 1;
    if (a[0]) {
        if (rt_is_str(a[0])) {
            sep = rt_str_data(a[0]);
            seplen = rt_str_len(a[0]);
        } else if (!rt_bytes_view(a[0], &sep, &seplen)) {
            int64_t ignored;
            if (rt_len(rt, a[0], &ignored) < 0) /* CPython asks for len() first */
                return RT_NULL;
            return rt_raise(rt, RT_EXC_TypeError, "sep must be str or bytes.");
        }
        if (rt_is_str(a[0]) ? rt_str_nchars(a[0]) != 1 : seplen != 1)
            return rt_raise(rt, RT_EXC_ValueError, "sep must be length 1.");
        if (rt_is_str(a[0]) && !rt_str_is_ascii(a[0]))
            return rt_raise(rt, RT_EXC_ValueError, "sep must be ASCII.");
    }
    if (a[1] && rt_arg_index(rt, a[1], &per) < 0)
        return RT_NULL;
    size_t n = LEN(self);
    uint64_t group = per < 0 ? 0 - (uint64_t)per : (uint64_t)per;
    if (group == 0 || group >= n) { /* no separator falls inside */
        sep = NULL;
        group = 1;
    }
    rt_strbuf sb;
    rt_heap_strbuf_init(rt, &sb);
    for (size_t i = 0; i < n; i++) {
        /* positive bytes_per_sep counts groups from the right, negative from the left */
        if (sep && i > 0 && (per > 0 ? (n - i) % group == 0 : i % group == 0))
            rt_strbuf_append(&sb, sep, seplen);
        unsigned char c = (unsigned char)DATA(self)[i];
        char h[2] = {digits[c >> 4], digits[c & 15]};
        rt_strbuf_append(&sb, h, 2);
    }
    return rt_str_take_strbuf(rt, &sb);
}

static rt_value fromhex(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                        rt_value kwnames);

static int hexdigit(unsigned char c)
{
    if (is_digit(c))
        return c - '0';
    c = (unsigned char)(c | 0x20);
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* bytes.fromhex(string): a class method; self is ignored. */
static rt_value bytes_fromhex(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                              rt_value kwnames)
{
    /* bound to the type (or an instance): bytearray's gives a bytearray */
    if (self == rt->type_objs[RT_T_BYTEARRAY])
        self = rt_bytearray_new(rt, "", 0);
    else
        rt_incref(self);
    if (!self)
        return RT_NULL;
    rt_value r = fromhex(rt, self, args, nargs, kwnames);
    rt_decref(rt, self);
    return r;
}

static rt_value fromhex(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                        rt_value kwnames)
{
    if (rt_args_one(rt, "fromhex", nargs, kwnames) < 0)
        return RT_NULL;
    if (!rt_is_str(args[0]))
        return rt_raise(rt, RT_EXC_TypeError, "fromhex() argument must be str, not %s",
                        rt_type_name(args[0]));
    const unsigned char *p = (const unsigned char *)rt_str_data(args[0]);
    size_t n = rt_str_len(args[0]), i = 0;
    rt_strbuf sb;
    rt_heap_strbuf_init(rt, &sb);
    while (i < n) {
        if (is_space(p[i])) {
            i++;
            continue;
        }
        int hi = hexdigit(p[i]), lo = i + 1 < n ? hexdigit(p[i + 1]) : -1;
        if (hi < 0 || lo < 0) {
            size_t at = hi < 0 ? i : i + 1;
            rt_strbuf_dispose(&sb);
            /* the position counts characters, and everything before it is ASCII */
            return rt_raise(rt, RT_EXC_ValueError,
                            "non-hexadecimal number found in fromhex() arg at position %zu", at);
        }
        rt_strbuf_append_char(&sb, (char)(hi * 16 + lo));
        i += 2;
    }
    return finish(rt, self, &sb);
}

/* ---- join / split ----------------------------------------------------------------- */

static rt_value bytes_join(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                           rt_value kwnames)
{
    if (rt_args_one(rt, "join", nargs, kwnames) < 0)
        return RT_NULL;
    rt_text t = text_of(self);
    return rt_text_join(rt, &t, args[0], rt_bytes_view, "a bytes-like object");
}

/* (sep=None, maxsplit=-1) of split/rsplit: *sep NULL for whitespace. */
static int split_args(rt_state *rt, const char *fname, const rt_value *args, size_t nargs,
                      rt_value kwnames, const char **sep, size_t *seplen, int64_t *maxsplit)
{
    static const char *const names[] = {"sep", "maxsplit", NULL};
    rt_value a[2];
    if (nargs > 2) {
        rt_raise(rt, RT_EXC_TypeError, "%s() takes at most 2 arguments (%zu given)", fname, nargs);
        return -1;
    }
    if (rt_args_parse(rt, fname, args, nargs, kwnames, 2, names, a) < 0)
        return -1;
    *sep = NULL;
    *maxsplit = -1;
    if (a[1] && rt_arg_index(rt, a[1], maxsplit) < 0)
        return -1;
    if (a[0] && a[0] != RT_NONE) {
        if (arg_bytes(rt, a[0], sep, seplen) < 0)
            return -1;
        if (*seplen == 0) {
            rt_raise(rt, RT_EXC_ValueError, "empty separator");
            return -1;
        }
    }
    if (*maxsplit < 0)
        *maxsplit = INT64_MAX;
    return 0;
}

static rt_value do_split(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                         rt_value kwnames, const char *fname, bool reverse)
{
    const char *sep;
    size_t sn = 0;
    int64_t maxsplit;
    if (split_args(rt, fname, args, nargs, kwnames, &sep, &sn, &maxsplit) < 0)
        return RT_NULL;
    rt_text t = text_of(self);
    return rt_text_split(rt, &t, sep, sn, maxsplit, reverse);
}

RT_METHOD_VARIANT(bytes_split, do_split, "split", false)
RT_METHOD_VARIANT(bytes_rsplit, do_split, "rsplit", true)

static rt_value bytes_splitlines(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                                 rt_value kwnames)
{
    static const char *const names[] = {"keepends", NULL};
    rt_value a[1];
    if (rt_args_parse(rt, "splitlines", args, nargs, kwnames, 1, names, a) < 0)
        return RT_NULL;
    int keep = 0;
    if (a[0] && (keep = rt_truthy(rt, a[0])) < 0)
        return RT_NULL;
    rt_value list = rt_list_new(rt, 0);
    if (!list)
        return RT_NULL;
    const char *p = DATA(self);
    size_t n = LEN(self), i = 0;
    while (i < n) {
        size_t j = i;
        while (j < n && p[j] != '\n' && p[j] != '\r')
            j++;
        size_t eol = j;
        if (j < n)
            j += (p[j] == '\r' && j + 1 < n && p[j + 1] == '\n') ? 2 : 1;
        rt_value line = like(rt, self, p + i, (keep ? j : eol) - i);
        if (!line || rt_list_append_steal(rt, list, line) < 0) {
            rt_decref(rt, list);
            return RT_NULL;
        }
        i = j;
    }
    return list;
}

/* ---- strip ------------------------------------------------------------------------ */

static rt_value do_strip(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                         rt_value kwnames, const char *name, bool left, bool right)
{
    if (rt_args_range(rt, name, nargs, kwnames, 0, 1) < 0)
        return RT_NULL;
    const char *chars = NULL;
    size_t cn = 0, b, e;
    if (nargs && args[0] != RT_NONE && arg_bytes(rt, args[0], &chars, &cn) < 0)
        return RT_NULL;
    rt_text t = text_of(self);
    rt_text_strip(&t, chars, cn, left, right, &b, &e);
    if (b == 0 && e == LEN(self))
        return same(rt, self);
    return like(rt, self, DATA(self) + b, e - b);
}

RT_METHOD_VARIANT(bytes_strip, do_strip, "strip", true, true)
RT_METHOD_VARIANT(bytes_lstrip, do_strip, "lstrip", true, false)
RT_METHOD_VARIANT(bytes_rstrip, do_strip, "rstrip", false, true)

/* ---- searching --------------------------------------------------------------------- */

/* (sub[, start[, end]]) of find/index/count: sub is bytes or an int byte.
 * Returns 1 with the needle and [*s, *e) set, 0 when the range is empty,
 * -1 on error. */
static int search_args(rt_state *rt, const char *name, rt_value self, const rt_value *args,
                       size_t nargs, rt_value kwnames, const char **sub, size_t *sn, char *one,
                       int64_t *s, int64_t *e)
{
    if (rt_args_tuple(rt, name, nargs, kwnames, 1, 3) < 0)
        return -1;
    if (rt_is_intlike(args[0])) {
        int64_t v;
        if (!rt_int_as_i64(args[0], &v) || v < 0 || v > 255) {
            rt_raise(rt, RT_EXC_ValueError, "byte must be in range(0, 256)");
            return -1;
        }
        *one = (char)v;
        *sub = one;
        *sn = 1;
    } else if (!rt_bytes_view(args[0], sub, sn)) {
        rt_raise(rt, RT_EXC_TypeError, "argument should be integer or bytes-like object, not '%s'",
                 rt_type_name(args[0]));
        return -1;
    }
    int64_t len = (int64_t)LEN(self);
    *s = 0;
    *e = INT64_MAX;
    if (nargs > 1 && rt_arg_bound(rt, args[1], true, s) < 0)
        return -1;
    if (nargs > 2 && rt_arg_bound(rt, args[2], true, e) < 0)
        return -1;
    rt_adjust_bounds(len, s, e);
    return *s > len || *s > *e ? 0 : 1;
}

static rt_value do_find(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                        rt_value kwnames, const char *name, bool reverse, bool raise)
{
    const char *sub;
    size_t sn;
    char one;
    int64_t s, e, at = -1;
    int ok = search_args(rt, name, self, args, nargs, kwnames, &sub, &sn, &one, &s, &e);
    if (ok < 0)
        return RT_NULL;
    if (ok)
        at = rt_text_find(DATA(self), (size_t)s, (size_t)e, sub, sn, reverse);
    if (at < 0 && raise)
        return rt_raise(rt, RT_EXC_ValueError, "subsection not found");
    return rt_int_from_i64(rt, at);
}

RT_METHOD_VARIANT(bytes_find, do_find, "find", false, false)
RT_METHOD_VARIANT(bytes_rfind, do_find, "rfind", true, false)
RT_METHOD_VARIANT(bytes_index, do_find, "index", false, true)
RT_METHOD_VARIANT(bytes_rindex, do_find, "rindex", true, true)

static rt_value bytes_count(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                            rt_value kwnames)
{
    const char *sub;
    size_t sn;
    char one;
    int64_t s, e;
    int ok = search_args(rt, "count", self, args, nargs, kwnames, &sub, &sn, &one, &s, &e);
    if (ok <= 0)
        return ok < 0 ? RT_NULL : rt_int_from_i64(rt, 0);
    if (sn == 0)
        return rt_int_from_i64(rt, e - s + 1);
    return rt_int_from_i64(rt, rt_text_count(DATA(self) + s, (size_t)(e - s), sub, sn));
}

/* startswith/endswith with a bytes or a tuple of bytes. */
static rt_value do_affix(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                         rt_value kwnames, const char *name, bool end_side)
{
    if (rt_args_tuple(rt, name, nargs, kwnames, 1, 3) < 0)
        return RT_NULL;
    int64_t len = (int64_t)LEN(self), start = 0, end = INT64_MAX;
    if (nargs > 1 && rt_arg_bound(rt, args[1], true, &start) < 0)
        return RT_NULL;
    if (nargs > 2 && rt_arg_bound(rt, args[2], true, &end) < 0)
        return RT_NULL;
    rt_value what = args[0];
    bool is_tuple = rt_is_tuple(what);
    if (!is_tuple && !rt_is_bytes(what))
        return rt_raise(rt, RT_EXC_TypeError,
                        "%s first arg must be bytes or a tuple of bytes, not %s", name,
                        rt_type_name(what));
    rt_adjust_bounds(len, &start, &end);
    int64_t n = is_tuple ? rt_tuple_len(what) : 1;
    for (int64_t k = 0; k < n; k++) {
        rt_value sub = is_tuple ? rt_tuple_get(what, k) : what;
        const char *sp;
        size_t sl;
        if (arg_bytes(rt, sub, &sp, &sl) < 0)
            return RT_NULL;
        if (start > len || end - start < (int64_t)sl)
            continue;
        int64_t at = end_side ? end - (int64_t)sl : start;
        if (memcmp(DATA(self) + at, sp, sl) == 0)
            return RT_TRUE;
    }
    return RT_FALSE;
}

RT_METHOD_VARIANT(bytes_startswith, do_affix, "startswith", false)
RT_METHOD_VARIANT(bytes_endswith, do_affix, "endswith", true)

/* ---- replace / partition / affixes ---------------------------------------------- */

static rt_value bytes_replace(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                              rt_value kwnames)
{
    if (rt_args_range(rt, "replace", nargs, kwnames, 2, 3) < 0)
        return RT_NULL;
    const char *op, *np;
    size_t on, nn;
    int64_t count = -1;
    if (arg_bytes(rt, args[0], &op, &on) < 0 || arg_bytes(rt, args[1], &np, &nn) < 0)
        return RT_NULL;
    if (nargs > 2 && rt_arg_index(rt, args[2], &count) < 0)
        return RT_NULL;
    if (count < 0)
        count = INT64_MAX;
    rt_text t = text_of(self);
    rt_strbuf sb;
    rt_heap_strbuf_init(rt, &sb);
    rt_text_replace(&sb, &t, op, on, np, nn, count);
    return finish(rt, self, &sb);
}

static rt_value do_partition(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                             rt_value kwnames, const char *name, bool reverse)
{
    if (rt_args_one(rt, name, nargs, kwnames) < 0)
        return RT_NULL;
    const char *sp;
    size_t sn;
    if (arg_bytes(rt, args[0], &sp, &sn) < 0)
        return RT_NULL;
    if (sn == 0)
        return rt_raise(rt, RT_EXC_ValueError, "empty separator");
    rt_text t = text_of(self);
    /* a bytearray's parts are all new (they are mutable) */
    return rt_text_partition(rt, &t, sp, sn, reverse, rt_is_bytearray(self) ? RT_NULL : self,
                             RT_NULL);
}

RT_METHOD_VARIANT(bytes_partition, do_partition, "partition", false)
RT_METHOD_VARIANT(bytes_rpartition, do_partition, "rpartition", true)

static rt_value do_remove_affix(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                                rt_value kwnames, const char *name, bool suffix)
{
    if (rt_args_one(rt, name, nargs, kwnames) < 0)
        return RT_NULL;
    const char *ap;
    size_t an, n = LEN(self);
    if (arg_bytes(rt, args[0], &ap, &an) < 0)
        return RT_NULL;
    if (!rt_text_has_affix(DATA(self), n, ap, an, suffix))
        return same(rt, self);
    return like(rt, self, DATA(self) + (suffix ? 0 : an), n - an);
}

RT_METHOD_VARIANT(bytes_removeprefix, do_remove_affix, "removeprefix", false)
RT_METHOD_VARIANT(bytes_removesuffix, do_remove_affix, "removesuffix", true)

/* ---- case mapping and tests ---------------------------------------------------- */

typedef enum { C_UPPER, C_LOWER, C_SWAP, C_CAPITALIZE, C_TITLE } case_op;

static rt_value map_case(rt_state *rt, rt_value self, const char *name, size_t nargs,
                         rt_value kwnames, case_op op)
{
    if (rt_args_none(rt, name, nargs, kwnames) < 0)
        return RT_NULL;
    size_t n = LEN(self);
    rt_value r = rt_bytes_new_uninit(rt, n);
    if (!r)
        return RT_NULL;
    const unsigned char *p = (const unsigned char *)DATA(self);
    char *d = rt_bytes_obj_of(r)->data;
    bool prev_cased = false;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = p[i];
        bool up;
        switch (op) {
        case C_UPPER: up = true; break;
        case C_LOWER: up = false; break;
        case C_SWAP: up = is_lower(c); break;
        case C_CAPITALIZE: up = i == 0; break;
        default: up = !prev_cased; break;
        }
        prev_cased = is_alpha(c);
        if (up && is_lower(c))
            c = (unsigned char)(c - 32);
        else if (!up && is_upper(c))
            c = (unsigned char)(c + 32);
        d[i] = (char)c;
    }
    return as_like(rt, self, r);
}

#define CASE_METHOD(fn, name, op)                                                                  \
    static rt_value fn(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,            \
                       rt_value kwnames)                                                           \
    {                                                                                              \
        (void)args;                                                                                \
        return map_case(rt, self, name, nargs, kwnames, op);                                       \
    }
CASE_METHOD(bytes_upper, "bytes.upper", C_UPPER)
CASE_METHOD(bytes_lower, "bytes.lower", C_LOWER)
CASE_METHOD(bytes_swapcase, "bytes.swapcase", C_SWAP)
CASE_METHOD(bytes_capitalize, "bytes.capitalize", C_CAPITALIZE)
CASE_METHOD(bytes_title, "bytes.title", C_TITLE)

typedef enum { T_DIGIT, T_ALPHA, T_ALNUM, T_SPACE, T_ASCII, T_UPPER, T_LOWER } test_op;

static rt_value test_all(rt_state *rt, rt_value self, const char *name, size_t nargs,
                         rt_value kwnames, test_op op)
{
    if (rt_args_none(rt, name, nargs, kwnames) < 0)
        return RT_NULL;
    const unsigned char *p = (const unsigned char *)DATA(self);
    size_t n = LEN(self);
    if (op == T_UPPER || op == T_LOWER) {
        /* at least one cased byte, none of the other case */
        bool cased = false;
        for (size_t i = 0; i < n; i++) {
            if (op == T_UPPER ? is_lower(p[i]) : is_upper(p[i]))
                return RT_FALSE;
            cased |= op == T_UPPER ? is_upper(p[i]) : is_lower(p[i]);
        }
        return rt_bool(cased);
    }
    if (n == 0)
        return op == T_ASCII ? RT_TRUE : RT_FALSE;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = p[i];
        bool ok = op == T_DIGIT   ? is_digit(c)
                  : op == T_ALPHA ? is_alpha(c)
                  : op == T_ALNUM ? is_alpha(c) || is_digit(c)
                  : op == T_SPACE ? is_space(c)
                                  : c < 0x80;
        if (!ok)
            return RT_FALSE;
    }
    return RT_TRUE;
}

#define TEST_METHOD(fn, name, op)                                                                  \
    static rt_value fn(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,            \
                       rt_value kwnames)                                                           \
    {                                                                                              \
        (void)args;                                                                                \
        return test_all(rt, self, name, nargs, kwnames, op);                                       \
    }
TEST_METHOD(bytes_isdigit, "bytes.isdigit", T_DIGIT)
TEST_METHOD(bytes_isalpha, "bytes.isalpha", T_ALPHA)
TEST_METHOD(bytes_isalnum, "bytes.isalnum", T_ALNUM)
TEST_METHOD(bytes_isspace, "bytes.isspace", T_SPACE)
TEST_METHOD(bytes_isascii, "bytes.isascii", T_ASCII)
TEST_METHOD(bytes_isupper, "bytes.isupper", T_UPPER)
TEST_METHOD(bytes_islower, "bytes.islower", T_LOWER)

/* bytes.istitle(): uppercase letters only at the start of a cased run,
 * lowercase ones only inside one, and some cased letter. */
static rt_value bytes_istitle(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                              rt_value kwnames)
{
    (void)args;
    if (rt_args_none(rt, "bytes.istitle", nargs, kwnames) < 0)
        return RT_NULL;
    const unsigned char *p = (const unsigned char *)DATA(self);
    bool cased = false, prev = false;
    for (size_t i = 0, n = LEN(self); i < n; i++) {
        if (is_upper(p[i]) ? prev : is_lower(p[i]) && !prev)
            return RT_FALSE;
        prev = is_upper(p[i]) || is_lower(p[i]);
        cased |= prev;
    }
    return rt_bool(cased);
}

/* ---- translation and tabs --------------------------------------------------------- */

/* bytes.maketrans(from, to): the 256-byte table mapping each byte of from
 * to the byte at the same place in to (a class method: self is the type). */
static rt_value bytes_maketrans(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                                rt_value kwnames)
{
    (void)self;
    const char *f, *t;
    size_t fn, tn;
    if (rt_args_range(rt, "maketrans", nargs, kwnames, 2, 2) < 0 ||
        arg_bytes(rt, args[0], &f, &fn) < 0 || arg_bytes(rt, args[1], &t, &tn) < 0)
        return RT_NULL;
    if (fn != tn)
        return rt_raise(rt, RT_EXC_ValueError, "maketrans arguments must have same length");
    char table[256];
    for (int i = 0; i < 256; i++)
        table[i] = (char)i;
    for (size_t i = 0; i < fn; i++)
        table[(unsigned char)f[i]] = t[i];
    return rt_bytes_new(rt, table, sizeof table);
}

/* bytes.translate(table, /, delete=b''): each byte mapped through table
 * (None: kept), the bytes of delete dropped. */
static rt_value bytes_translate(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                                rt_value kwnames)
{
    static const char *const names[] = {"", "delete", NULL};
    rt_value a[2];
    if (rt_args_parse(rt, "translate", args, nargs, kwnames, 2, names, a) < 0)
        return RT_NULL;
    if (!a[0])
        return rt_raise(rt, RT_EXC_TypeError,
                        "translate() takes at least 1 positional argument (0 given)");
    const char *table = NULL, *del = "";
    size_t tn = 0, dn = 0;
    if (a[0] != RT_NONE && arg_bytes(rt, a[0], &table, &tn) < 0)
        return RT_NULL;
    if (table && tn != 256)
        return rt_raise(rt, RT_EXC_ValueError, "translation table must be 256 characters long");
    if (a[1] && arg_bytes(rt, a[1], &del, &dn) < 0)
        return RT_NULL;
    bool drop[256] = {false};
    for (size_t i = 0; i < dn; i++)
        drop[(unsigned char)del[i]] = true;
    const unsigned char *p = (const unsigned char *)DATA(self);
    rt_strbuf sb;
    rt_heap_strbuf_init(rt, &sb);
    for (size_t i = 0, n = LEN(self); i < n; i++)
        if (!drop[p[i]])
            rt_strbuf_append_char(&sb, table ? table[p[i]] : (char)p[i]);
    return finish(rt, self, &sb);
}

/* bytes.expandtabs(tabsize=8): tabs to spaces up to the next multiple of
 * tabsize columns; a newline or carriage return starts column 0 again. */
static rt_value bytes_expandtabs(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                                 rt_value kwnames)
{
    static const char *const names[] = {"tabsize", NULL};
    rt_value a[1];
    int64_t tab = 8;
    if (rt_args_parse(rt, "expandtabs", args, nargs, kwnames, 1, names, a) < 0 ||
        (a[0] && rt_arg_c_int(rt, a[0], &tab) < 0))
        return RT_NULL;
    const char *p = DATA(self);
    rt_strbuf sb;
    rt_heap_strbuf_init(rt, &sb);
    size_t col = 0;
    for (size_t i = 0, n = LEN(self); i < n && !sb.failed; i++) {
        if (p[i] == '\t') {
            if (tab > 0) {
                size_t k = (size_t)tab - col % (size_t)tab;
                rt_strbuf_append_repeat(&sb, " ", 1, k);
                col += k;
            }
        } else {
            rt_strbuf_append_char(&sb, p[i]);
            col = p[i] == '\n' || p[i] == '\r' ? 0 : col + 1;
        }
    }
    return finish(rt, self, &sb);
}

/* ---- padding ------------------------------------------------------------------------ */

static rt_value do_pad(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                       rt_value kwnames, const char *name, char how)
{
    if (rt_args_range(rt, name, nargs, kwnames, 1, 2) < 0)
        return RT_NULL;
    int64_t width;
    const char *fill = " ";
    size_t fn = 1;
    if (rt_arg_index(rt, args[0], &width) < 0)
        return RT_NULL;
    if (nargs > 1 && (!rt_bytes_view(args[1], &fill, &fn) || fn != 1))
        return rt_raise(rt, RT_EXC_TypeError,
                        "%s() argument 2 must be a byte string of length 1, not %s", name,
                        rt_type_name(args[1]));
    int64_t n = (int64_t)LEN(self);
    if (width <= n)
        return same(rt, self);
    int64_t left = rt_text_pad_left(width, n, how);
    rt_strbuf sb;
    rt_heap_strbuf_init(rt, &sb);
    rt_text_pad(&sb, DATA(self), (size_t)n, fill, 1, (size_t)left, (size_t)(width - n - left));
    return finish(rt, self, &sb);
}

RT_METHOD_VARIANT(bytes_center, do_pad, "center", '^')
RT_METHOD_VARIANT(bytes_ljust, do_pad, "ljust", '<')
RT_METHOD_VARIANT(bytes_rjust, do_pad, "rjust", '>')

static rt_value bytes_zfill(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                            rt_value kwnames)
{
    if (rt_args_one(rt, "zfill", nargs, kwnames) < 0)
        return RT_NULL;
    int64_t width, n = (int64_t)LEN(self);
    if (rt_arg_index(rt, args[0], &width) < 0)
        return RT_NULL;
    if (width <= n)
        return same(rt, self);
    rt_strbuf sb;
    rt_heap_strbuf_init(rt, &sb);
    rt_text_zfill(&sb, DATA(self), (size_t)n, (size_t)(width - n));
    return finish(rt, self, &sb);
}

const rt_builtin_def rt__bytes_methods[] = {
    {"decode", bytes_decode},
    {"hex", bytes_hex},
    {"fromhex", bytes_fromhex},
    {"join", bytes_join},
    {"split", bytes_split},
    {"rsplit", bytes_rsplit},
    {"splitlines", bytes_splitlines},
    {"strip", bytes_strip},
    {"lstrip", bytes_lstrip},
    {"rstrip", bytes_rstrip},
    {"find", bytes_find},
    {"rfind", bytes_rfind},
    {"index", bytes_index},
    {"rindex", bytes_rindex},
    {"count", bytes_count},
    {"startswith", bytes_startswith},
    {"endswith", bytes_endswith},
    {"replace", bytes_replace},
    {"partition", bytes_partition},
    {"rpartition", bytes_rpartition},
    {"removeprefix", bytes_removeprefix},
    {"removesuffix", bytes_removesuffix},
    {"upper", bytes_upper},
    {"lower", bytes_lower},
    {"swapcase", bytes_swapcase},
    {"capitalize", bytes_capitalize},
    {"title", bytes_title},
    {"isdigit", bytes_isdigit},
    {"isalpha", bytes_isalpha},
    {"isalnum", bytes_isalnum},
    {"isspace", bytes_isspace},
    {"isascii", bytes_isascii},
    {"isupper", bytes_isupper},
    {"istitle", bytes_istitle},
    {"maketrans", bytes_maketrans},
    {"translate", bytes_translate},
    {"expandtabs", bytes_expandtabs},
    {"islower", bytes_islower},
    {"center", bytes_center},
    {"ljust", bytes_ljust},
    {"rjust", bytes_rjust},
    {"zfill", bytes_zfill},
    {NULL, NULL},
};
