/* textops.c: the algorithms str and bytes methods share (textops.h). */
#include "runtime/textops.h"

#include <string.h>

#include "runtime/exc.h"
#include "runtime/gen.h"
#include "runtime/heap.h"
#include "runtime/iter.h"
#include "runtime/list.h"
#include "runtime/search.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/unicase.h"

/* ---- reading unit by unit ---------------------------------------------------------------- */

/* The unit that starts at p[i] (i < n): where it ends; *space: whether it is whitespace.
 * ASCII first, inline: the common case of both types. */
static inline size_t unit_next(const rt_text *t, size_t i, bool *space)
{
    unsigned char c = (unsigned char)t->p[i];
    if (c < 0x80 || !t->utf8) {
        /* str's ASCII whitespace adds the separators \x1c-\x1f to bytes' */
        *space = c == ' ' || (c >= '\t' && c <= '\r') || (t->utf8 && c >= 0x1c && c <= 0x1f);
        return i + 1;
    }
    *space = rt_uc_isspace(rt_str_decode(t->p, &i));
    return i;
}

/* The unit that ends at p[i] (i > 0): where it starts; *space likewise. */
static inline size_t unit_prev(const rt_text *t, size_t i, bool *space)
{
    size_t s = i - 1;
    if (t->utf8)
        while (s > 0 && ((unsigned char)t->p[s] & 0xC0) == 0x80)
            s--;
    unit_next(t, s, space);
    return s;
}

/* ---- split ----------------------------------------------------------------------------- */

static int push(rt_state *rt, const rt_text *t, rt_value list, size_t from, size_t to)
{
    rt_value v = t->make(rt, t->like, t->p + from, to - from);
    return v ? rt_list_append_steal(rt, list, v) : -1;
}

/* The pieces between occurrences of sep, in the order they are cut. */
static int split_sep(rt_state *rt, const rt_text *t, rt_value list, const char *sep, size_t sn,
                     int64_t maxsplit, bool reverse)
{
    int64_t at;
    if (!reverse) {
        size_t i = 0;
        for (; maxsplit > 0 && (at = rt_search_first(t->p + i, t->n - i, sep, sn)) >= 0;
             maxsplit--) {
            if (push(rt, t, list, i, i + (size_t)at) < 0)
                return -1;
            i += (size_t)at + sn;
        }
        return push(rt, t, list, i, t->n);
    }
    size_t e = t->n;
    for (; maxsplit > 0 && (at = rt_search_last(t->p, e, sep, sn)) >= 0; maxsplit--) {
        if (push(rt, t, list, (size_t)at + sn, e) < 0)
            return -1;
        e = (size_t)at;
    }
    return push(rt, t, list, 0, e);
}

/* The runs of non-whitespace, in the order they are cut. */
static int split_space(rt_state *rt, const rt_text *t, rt_value list, int64_t maxsplit,
                       bool reverse)
{
    size_t n = t->n, at;
    bool space;
    if (!reverse) {
        size_t i = 0;
        for (;;) {
            while (i < n && (at = unit_next(t, i, &space), space))
                i = at;
            if (i >= n)
                return 0;
            if (maxsplit-- == 0)
                return push(rt, t, list, i, n);
            size_t start = i;
            while (i < n && (at = unit_next(t, i, &space), !space))
                i = at;
            if (push(rt, t, list, start, i) < 0)
                return -1;
        }
    }
    size_t e = n;
    for (;;) {
        while (e > 0 && (at = unit_prev(t, e, &space), space))
            e = at;
        if (e == 0)
            return 0;
        if (maxsplit-- == 0)
            return push(rt, t, list, 0, e);
        size_t end = e;
        while (e > 0 && (at = unit_prev(t, e, &space), !space))
            e = at;
        if (push(rt, t, list, e, end) < 0)
            return -1;
    }
}

rt_value rt_text_split(rt_state *rt, const rt_text *t, const char *sep, size_t sn, int64_t maxsplit,
                       bool reverse)
{
    rt_value list = rt_list_new(rt, 0);
    if (!list)
        return RT_NULL;
    int st = sep ? split_sep(rt, t, list, sep, sn, maxsplit, reverse)
                 : split_space(rt, t, list, maxsplit, reverse);
    if (st != 0) {
        rt_decref(rt, list);
        return RT_NULL;
    }
    if (reverse)
        rt_list_reverse(list);
    return list;
}

/* ---- strip ----------------------------------------------------------------------------- */

/* Whether the unit u[0..un) is one of chars' (whitespace when chars is NULL). A one-byte
 * unit is found by memchr: in UTF-8 an ASCII byte stands only for itself. A longer one (a
 * str's code point) by search: UTF-8 matches only at code-point boundaries. */
static bool strippable(const char *u, size_t un, bool space, const char *chars, size_t cn)
{
    if (!chars)
        return space;
    if (un == 1)
        return memchr(chars, u[0], cn) != NULL;
    return rt_search_first(chars, cn, u, un) >= 0;
}

void rt_text_strip(const rt_text *t, const char *chars, size_t cn, bool left, bool right, size_t *b,
                   size_t *e)
{
    const char *p = t->p;
    size_t i = 0, end = t->n, at;
    bool space;
    if (left)
        while (i < end) {
            at = unit_next(t, i, &space);
            if (!strippable(p + i, at - i, space, chars, cn))
                break;
            i = at;
        }
    if (right)
        while (end > i) {
            at = unit_prev(t, end, &space);
            if (!strippable(p + at, end - at, space, chars, cn))
                break;
            end = at;
        }
    *b = i;
    *e = end;
}

/* ---- find, count, replace --------------------------------------------------------------- */

int64_t rt_text_find(const char *p, size_t from, size_t to, const char *needle, size_t m,
                     bool reverse)
{
    if (from > to)
        return -1;
    int64_t at = reverse ? rt_search_last(p + from, to - from, needle, m)
                         : rt_search_first(p + from, to - from, needle, m);
    return at < 0 ? -1 : at + (int64_t)from;
}

int64_t rt_text_count(const char *p, size_t n, const char *needle, size_t m)
{
    int64_t count = 0, at;
    size_t i = 0;
    while ((at = rt_search_first(p + i, n - i, needle, m)) >= 0) {
        count++;
        i += (size_t)at + m;
    }
    return count;
}

int64_t rt_text_replace(rt_strbuf *sb, const rt_text *t, const char *old, size_t on,
                        const char *new_, size_t nn, int64_t count)
{
    const char *p = t->p;
    size_t n = t->n, i = 0;
    int64_t done = 0;
    if (on == 0) {
        bool space;
        while (done < count) {
            rt_strbuf_append(sb, new_, nn);
            done++;
            if (i >= n)
                break;
            size_t j = unit_next(t, i, &space);
            rt_strbuf_append(sb, p + i, j - i);
            i = j;
        }
    } else {
        int64_t at;
        while (done < count && (at = rt_search_first(p + i, n - i, old, on)) >= 0) {
            rt_strbuf_append(sb, p + i, (size_t)at);
            rt_strbuf_append(sb, new_, nn);
            i += (size_t)at + on;
            done++;
        }
    }
    rt_strbuf_append(sb, p + i, n - i);
    return done;
}

/* ---- join, partition ------------------------------------------------------------------- */

/* str.join/bytes.join's consumer: appends each item's text after the separator. */
typedef struct join_state {
    const rt_text *t;
    bool (*view)(rt_value item, const char **p, size_t *n);
    const char *expected;
    rt_strbuf sb;
    int64_t i; /* items joined so far */
} join_state;

static int join_sink(rt_state *rt, void *ctx, rt_value item)
{
    join_state *s = ctx;
    const char *p;
    size_t n;
    if (!s->view(item, &p, &n)) {
        rt_raise(rt, RT_EXC_TypeError, "sequence item %lld: expected %s, %s found", (long long)s->i,
                 s->expected, rt_type_name(item));
        rt_decref(rt, item);
        return -1;
    }
    if (s->i > 0)
        rt_strbuf_append(&s->sb, s->t->p, s->t->n);
    rt_strbuf_append(&s->sb, p, n);
    rt_decref(rt, item);
    s->i++;
    if (s->sb.failed) { /* over the heap limit: stop the iterable now, not at its end */
        rt_heap_strbuf_error(rt);
        return -1;
    }
    return 0;
}

rt_value rt_text_join(rt_state *rt, const rt_text *t, rt_value iterable,
                      bool (*view)(rt_value item, const char **p, size_t *n), const char *expected)
{
    rt_value it = rt_getiter(rt, iterable);
    if (!it) {
        if (rt_exc_matches(rt, RT_EXC_TypeError)) {
            rt_exc_clear(rt);
            rt_raise(rt, RT_EXC_TypeError, "can only join an iterable");
        }
        return RT_NULL;
    }
    join_state js = {.t = t, .view = view, .expected = expected};
    rt_strbuf *sb = &js.sb;
    rt_heap_strbuf_init(rt, sb);
    int rc = rt_iter_drain(rt, it, join_sink, &js);
    rt_decref(rt, it);
    rt_value r = RT_NULL;
    if (rc == 0)
        r = sb->failed ? rt_heap_strbuf_error(rt)
                       : t->make(rt, t->like, rt_strbuf_cstr(sb), sb->len);
    rt_strbuf_dispose(sb);
    return r;
}

static rt_value ref_or_make(rt_state *rt, const rt_text *t, rt_value v, const char *p, size_t n)
{
    if (v) {
        rt_incref(v);
        return v;
    }
    return t->make(rt, t->like, p, n);
}

rt_value rt_text_partition(rt_state *rt, const rt_text *t, const char *sep, size_t sn, bool reverse,
                           rt_value whole, rt_value sep_value)
{
    const char *p = t->p;
    size_t n = t->n;
    int64_t at = reverse ? rt_search_last(p, n, sep, sn) : rt_search_first(p, n, sep, sn);
    rt_value parts[3];
    if (at < 0) {
        rt_value empty = t->make(rt, t->like, "", 0);
        rt_value other = whole ? ref_or_make(rt, t, empty, "", 0) : t->make(rt, t->like, "", 0);
        rt_value all = ref_or_make(rt, t, whole, p, n);
        parts[0] = reverse ? empty : all;
        parts[1] = reverse ? other : empty;
        parts[2] = reverse ? all : other;
    } else {
        parts[0] = t->make(rt, t->like, p, (size_t)at);
        parts[1] = ref_or_make(rt, t, sep_value, sep, sn);
        parts[2] = t->make(rt, t->like, p + at + sn, n - (size_t)at - sn);
    }
    rt_value r = parts[0] && parts[1] && parts[2] ? rt_tuple_from(rt, parts, 3) : RT_NULL;
    for (int k = 0; k < 3; k++)
        rt_decref(rt, parts[k]);
    return r;
}

/* ---- padding --------------------------------------------------------------------------- */

int64_t rt_text_pad_left(int64_t width, int64_t len, char how)
{
    int64_t marg = width - len;
    if (how == '<')
        return 0;
    if (how == '>')
        return marg;
    return marg / 2 + (marg & width & 1);
}

void rt_text_pad(rt_strbuf *sb, const char *p, size_t n, const char *fill, size_t fn, size_t left,
                 size_t right)
{
    rt_strbuf_append_repeat(sb, fill, fn, left);
    rt_strbuf_append(sb, p, n);
    rt_strbuf_append_repeat(sb, fill, fn, right);
}

void rt_text_zfill(rt_strbuf *sb, const char *p, size_t n, size_t zeros)
{
    size_t sign = n > 0 && (p[0] == '+' || p[0] == '-');
    rt_strbuf_append(sb, p, sign);
    rt_strbuf_append_repeat(sb, "0", 1, zeros);
    rt_strbuf_append(sb, p + sign, n - sign);
}

bool rt_text_has_affix(const char *p, size_t n, const char *affix, size_t an, bool suffix)
{
    return an > 0 && an <= n && memcmp(suffix ? p + n - an : p, affix, an) == 0;
}
