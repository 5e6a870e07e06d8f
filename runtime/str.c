/* str.c: str objects (immutable UTF-8, length in code points, ASCII flag,
 * cached hash) and the interning table. */
#include "runtime/str.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/format.h"
#include "runtime/heap.h"
#include "runtime/search.h"
#include "runtime/state.h"
#include "runtime/utf8.h"

/* ---- object ------------------------------------------------------------------ */

static size_t str_size(const rt_obj *o)
{
    return sizeof(rt_str_obj) + ((const rt_str_obj *)o)->nbytes + 1;
}

static void intern_remove(rt_state *rt, rt_value s);

static void str_dealloc(rt_state *rt, rt_obj *o)
{
    if (o->flags & RT_STR_F_INTERNED)
        intern_remove(rt, rt_from_obj(o));
    rt_obj_free(rt, o, str_size(o));
}

const rt_typeinfo rt__str_typeinfo = {"str", false, str_size, NULL, NULL, str_dealloc};

rt_value rt_str_new_uninit(rt_state *rt, size_t nbytes)
{
    if (nbytes >= UINT32_MAX)
        return rt_raise(rt, RT_EXC_MemoryError, "%s", "");
    rt_str_obj *s = (rt_str_obj *)rt_obj_alloc(rt, RT_T_STR, sizeof(rt_str_obj) + nbytes + 1);
    if (!s)
        return RT_NULL;
    s->nbytes = (uint32_t)nbytes;
    s->hash = -1;
    return rt_from_obj(s);
}

void rt_str_finish(rt_value v)
{
    rt_str_obj *s = rt_str_obj_of(v);
    const unsigned char *p = (const unsigned char *)s->data;
    uint32_t n = 0, i = 0;
    /* ASCII (the common case) is decided a word at a time; only other text
     * counts its characters byte by byte */
    uint64_t high = 0;
    for (; i + 8 <= s->nbytes; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        high |= w;
    }
    for (; i < s->nbytes; i++)
        high |= p[i];
    bool ascii = (high & UINT64_C(0x8080808080808080)) == 0;
    if (ascii)
        n = s->nbytes;
    else
        for (i = 0; i < s->nbytes; i++)
            if ((p[i] & 0xC0) != 0x80)
                n++;
    s->data[s->nbytes] = 0;
    s->nchars = n;
    if (ascii)
        s->hdr.flags |= RT_STR_F_ASCII;
    else
        s->hdr.flags &= (uint8_t)~RT_STR_F_ASCII;
}

rt_value rt_str_new(rt_state *rt, const char *utf8, size_t len)
{
    rt_value s = rt_str_new_uninit(rt, len);
    if (!s)
        return RT_NULL;
    if (len)
        memcpy(rt_str_obj_of(s)->data, utf8, len);
    rt_str_finish(s);
    return s;
}

rt_value rt_str_from_cstr(rt_state *rt, const char *s)
{
    return rt_str_new(rt, s, strlen(s));
}

rt_value rt_str_from_strbuf(rt_state *rt, const rt_strbuf *sb)
{
    return rt_str_new(rt, sb->data ? sb->data : "", sb->len);
}

rt_value rt_str_take_strbuf(rt_state *rt, rt_strbuf *sb)
{
    rt_value r = RT_NULL;
    if (sb->failed)
        rt_raise(rt, RT_EXC_MemoryError, "%s", "");
    else
        r = rt_str_from_strbuf(rt, sb);
    rt_strbuf_dispose(sb);
    return r;
}

rt_value rt_str_printf(rt_state *rt, const char *fmt, ...)
{
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0)
        n = 0;
    if ((size_t)n < sizeof small)
        return rt_str_new(rt, small, (size_t)n);
    rt_value s = rt_str_new_uninit(rt, (size_t)n);
    if (!s)
        return RT_NULL;
    va_start(ap, fmt);
    vsnprintf(rt_str_obj_of(s)->data, (size_t)n + 1, fmt, ap);
    va_end(ap);
    rt_str_finish(s);
    return s;
}

const char *rt_str_data(rt_value s)
{
    return rt_str_obj_of(s)->data;
}
size_t rt_str_len(rt_value s)
{
    return rt_str_obj_of(s)->nbytes;
}

/* ---- hashing and comparison ----------------------------------------------------- */

int64_t rt__hash_bytes(const char *p, size_t n)
{
    uint64_t h = UINT64_C(14695981039346656037);
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)p[i];
        h *= UINT64_C(1099511628211);
    }
    h ^= h >> 29;
    int64_t r = (int64_t)h;
    return r == -1 ? -2 : r;
}

int64_t rt__str_hash_compute(rt_value v)
{
    rt_str_obj *s = rt_str_obj_of(v);
    s->hash = rt__hash_bytes(s->data, s->nbytes);
    return s->hash;
}

bool rt_str_eq(rt_value a, rt_value b)
{
    if (a == b)
        return true;
    rt_str_obj *x = rt_str_obj_of(a), *y = rt_str_obj_of(b);
    if (x->nbytes != y->nbytes)
        return false;
    if ((x->hdr.flags & y->hdr.flags & RT_STR_F_INTERNED))
        return false;
    if (x->hash != -1 && y->hash != -1 && x->hash != y->hash)
        return false;
    return memcmp(x->data, y->data, x->nbytes) == 0;
}

bool rt_str_eq_cstr(rt_value s, const char *c)
{
    size_t n = strlen(c);
    return rt_str_len(s) == n && memcmp(rt_str_data(s), c, n) == 0;
}

int rt_str_cmp(rt_value a, rt_value b)
{
    rt_str_obj *x = rt_str_obj_of(a), *y = rt_str_obj_of(b);
    size_t n = x->nbytes < y->nbytes ? x->nbytes : y->nbytes;
    int c = memcmp(x->data, y->data, n);
    if (c)
        return c;
    return x->nbytes < y->nbytes ? -1 : x->nbytes > y->nbytes ? 1 : 0;
}

/* ---- interning: open addressing, linear probes, borrowed entries ------------------- */

int rt__str_init(rt_state *rt)
{
    rt->interned_cap = 256;
    rt->interned_count = 0;
    rt->interned = calloc(rt->interned_cap, sizeof *rt->interned);
    return rt->interned ? 0 : -1;
}

void rt__str_dispose(rt_state *rt)
{
    /* strings still alive lose their interned flag so freeing them later
     * does not touch the table */
    for (size_t i = 0; i < rt->interned_cap && rt->interned; i++)
        if (rt->interned[i])
            rt_as_obj(rt->interned[i])->flags &= (uint8_t)~RT_STR_F_INTERNED;
    free(rt->interned);
    rt->interned = NULL;
    rt->interned_cap = rt->interned_count = 0;
}

static bool intern_grow(rt_state *rt)
{
    size_t cap = rt->interned_cap * 2;
    rt_value *t = calloc(cap, sizeof *t);
    if (!t)
        return false;
    for (size_t i = 0; i < rt->interned_cap; i++) {
        rt_value s = rt->interned[i];
        if (!s)
            continue;
        size_t j = (size_t)rt_str_hash(s) & (cap - 1);
        while (t[j])
            j = (j + 1) & (cap - 1);
        t[j] = s;
    }
    free(rt->interned);
    rt->interned = t;
    rt->interned_cap = cap;
    return true;
}

/* The interned str with these bytes, borrowed, or RT_NULL; *slot is where
 * it would go. */
static rt_value intern_find(rt_state *rt, const char *p, size_t n, int64_t h, size_t *slot)
{
    size_t mask = rt->interned_cap - 1, i = (size_t)h & mask;
    for (; rt->interned[i]; i = (i + 1) & mask) {
        rt_value s = rt->interned[i];
        if (rt_str_obj_of(s)->hash == h && rt_str_len(s) == n && memcmp(rt_str_data(s), p, n) == 0)
            return s;
    }
    *slot = i;
    return RT_NULL;
}

static void intern_remove(rt_state *rt, rt_value s)
{
    if (!rt->interned)
        return;
    size_t mask = rt->interned_cap - 1, i = (size_t)rt_str_hash(s) & mask;
    while (rt->interned[i] && rt->interned[i] != s)
        i = (i + 1) & mask;
    if (!rt->interned[i])
        return;
    rt->interned[i] = RT_NULL;
    rt->interned_count--;
    /* backward-shift deletion keeps every probe chain unbroken */
    size_t j = i;
    for (;;) {
        j = (j + 1) & mask;
        rt_value e = rt->interned[j];
        if (!e)
            break;
        size_t home = (size_t)rt_str_hash(e) & mask;
        bool between = i <= j ? (i < home && home <= j) : (i < home || home <= j);
        if (!between) {
            rt->interned[i] = e;
            rt->interned[j] = RT_NULL;
            i = j;
        }
    }
}

/* Adds s (not yet interned) to the table; false when out of memory (s then
 * simply stays uninterned). */
static bool intern_add(rt_state *rt, rt_value s, size_t slot)
{
    if ((rt->interned_count + 1) * 2 > rt->interned_cap) {
        if (!intern_grow(rt))
            return false;
        size_t mask = rt->interned_cap - 1;
        slot = (size_t)rt_str_hash(s) & mask;
        while (rt->interned[slot])
            slot = (slot + 1) & mask;
    }
    rt->interned[slot] = s;
    rt->interned_count++;
    rt_as_obj(s)->flags |= RT_STR_F_INTERNED;
    return true;
}

rt_value rt_str_intern(rt_state *rt, const char *utf8, size_t len)
{
    if (!rt->interned)
        return rt_str_new(rt, utf8, len);
    int64_t h = rt__hash_bytes(utf8, len);
    size_t slot = 0;
    rt_value s = intern_find(rt, utf8, len, h, &slot);
    if (s) {
        rt_incref(s);
        return s;
    }
    s = rt_str_new(rt, utf8, len);
    if (!s)
        return RT_NULL;
    rt_str_obj_of(s)->hash = h;
    intern_add(rt, s, slot);
    return s;
}

rt_value rt_str_intern_value(rt_state *rt, rt_value s)
{
    if ((rt_as_obj(s)->flags & RT_STR_F_INTERNED) || !rt->interned) {
        rt_incref(s);
        return s;
    }
    size_t slot = 0;
    rt_value found = intern_find(rt, rt_str_data(s), rt_str_len(s), rt_str_hash(s), &slot);
    if (found) {
        rt_incref(found);
        return found;
    }
    intern_add(rt, s, slot);
    rt_incref(s);
    return s;
}

/* ---- operations ------------------------------------------------------------------ */

rt_value rt_str_concat(rt_state *rt, rt_value a, rt_value b)
{
    size_t na = rt_str_len(a), nb = rt_str_len(b);
    if (nb == 0 || na == 0) {
        rt_value r = nb == 0 ? a : b;
        rt_incref(r);
        return r;
    }
    rt_value s = rt_str_new_uninit(rt, na + nb);
    if (!s)
        return RT_NULL;
    rt_str_obj *o = rt_str_obj_of(s);
    memcpy(o->data, rt_str_data(a), na);
    memcpy(o->data + na, rt_str_data(b), nb);
    o->nchars = rt_str_obj_of(a)->nchars + rt_str_obj_of(b)->nchars;
    if (rt_str_is_ascii(a) && rt_str_is_ascii(b))
        o->hdr.flags |= RT_STR_F_ASCII;
    return s;
}

rt_value rt_str_repeat(rt_state *rt, rt_value v, int64_t n)
{
    size_t len = rt_str_len(v);
    if (n <= 0 || len == 0)
        return rt_str_new(rt, "", 0);
    if (n == 1) {
        rt_incref(v);
        return v;
    }
    /* CPython: OverflowError past its size type, MemoryError past memory */
    if ((uint64_t)n > (uint64_t)INT64_MAX / len)
        return rt_raise(rt, RT_EXC_OverflowError, "repeated string is too long");
    if ((uint64_t)n > (UINT32_MAX - 1) / len)
        return rt_raise(rt, RT_EXC_MemoryError, "%s", "");
    rt_value s = rt_str_new_uninit(rt, len * (size_t)n);
    if (!s)
        return RT_NULL;
    rt_str_obj *o = rt_str_obj_of(s);
    for (int64_t i = 0; i < n; i++)
        memcpy(o->data + (size_t)i * len, rt_str_data(v), len);
    o->nchars = (uint32_t)(rt_str_obj_of(v)->nchars * (uint64_t)n);
    if (rt_str_is_ascii(v))
        o->hdr.flags |= RT_STR_F_ASCII;
    return s;
}

int64_t rt_str_find_bytes(rt_value s, rt_value sub, size_t from)
{
    size_t n = rt_str_len(s);
    if (from > n)
        return -1;
    int64_t at =
        rt_search_first(rt_str_data(s) + from, n - from, rt_str_data(sub), rt_str_len(sub));
    return at < 0 ? -1 : at + (int64_t)from;
}

bool rt_str_contains(rt_value s, rt_value sub)
{
    return rt_str_find_bytes(s, sub, 0) >= 0;
}

size_t rt_str_offset(rt_value v, int64_t i)
{
    if (rt_str_is_ascii(v))
        return (size_t)i;
    const unsigned char *p = (const unsigned char *)rt_str_data(v);
    size_t n = rt_str_len(v), off = 0;
    for (int64_t k = 0; k < i && off < n; k++) {
        off++;
        while (off < n && (p[off] & 0xC0) == 0x80)
            off++;
    }
    return off;
}

uint32_t rt_str_decode(const char *s, size_t *pos)
{
    /* s is NUL-terminated, and NUL is not a continuation byte: the end of
     * the sequence is found without knowing the length */
    size_t end = *pos + 1;
    while (rt_utf8_is_cont((unsigned char)s[end]))
        end++;
    return rt_utf8_decode(s, end, pos);
}

rt_value rt_str_from_codepoint(rt_state *rt, uint32_t cp)
{
    char buf[4];
    size_t n = rt_utf8_encode(cp, buf);
    if (n == 1)
        return rt_str_intern(rt, buf, n);
    return rt_str_new(rt, buf, n);
}

rt_value rt_str_getitem(rt_state *rt, rt_value s, int64_t i)
{
    int64_t n = rt_str_nchars(s);
    if (i < 0)
        i += n;
    if (i < 0 || i >= n)
        return rt_raise(rt, RT_EXC_IndexError, "string index out of range");
    size_t off = rt_str_offset(s, i), n_bytes = rt_str_len(s);
    const char *p = rt_str_data(s);
    if (off >= n_bytes) /* only for bytes that are not UTF-8 (utf8.h) */
        return rt_str_new(rt, "", 0);
    if ((unsigned char)p[off] < 0x80)
        return rt_str_intern(rt, p + off, 1);
    return rt_str_new(rt, p + off, rt_utf8_next(p, n_bytes, off) - off);
}

rt_value rt_str_slice(rt_state *rt, rt_value s, int64_t start, int64_t step, int64_t n)
{
    const char *p = rt_str_data(s);
    if (n <= 0)
        return rt_str_new(rt, "", 0);
    if (step == 1) {
        if (start == 0 && n == rt_str_nchars(s)) {
            rt_incref(s);
            return s;
        }
        size_t a = rt_str_offset(s, start), b = (size_t)(start + n), nb = rt_str_len(s);
        if (!rt_str_is_ascii(s)) {
            b = a;
            for (int64_t k = 0; k < n && b < nb; k++)
                b = rt_utf8_next(p, nb, b);
        }
        return rt_str_new(rt, p + a, b - a);
    }
    if (rt_str_is_ascii(s)) {
        rt_value r = rt_str_new_uninit(rt, (size_t)n);
        if (!r)
            return RT_NULL;
        rt_str_obj *o = rt_str_obj_of(r);
        for (int64_t k = 0; k < n; k++)
            o->data[k] = p[start + k * step];
        o->nchars = (uint32_t)n;
        o->hdr.flags |= RT_STR_F_ASCII;
        return r;
    }
    /* general case: offsets of every code point, then gather */
    int64_t nc = rt_str_nchars(s);
    size_t nb = rt_str_len(s);
    size_t *offs = rt_heap_alloc(rt, NULL, (size_t)(nc + 1) * sizeof *offs);
    if (!offs)
        return RT_NULL;
    size_t off = rt_str_offset(s, 0);
    for (int64_t k = 0; k <= nc; k++) {
        offs[k] = off;
        if (k < nc && off < nb)
            off = rt_utf8_next(p, nb, off);
    }
    size_t total = 0;
    for (int64_t k = 0; k < n; k++) {
        int64_t i = start + k * step;
        total += offs[i + 1] - offs[i];
    }
    rt_value r = rt_str_new_uninit(rt, total);
    if (r) {
        char *d = rt_str_obj_of(r)->data;
        for (int64_t k = 0; k < n; k++) {
            int64_t i = start + k * step;
            memcpy(d, p + offs[i], offs[i + 1] - offs[i]);
            d += offs[i + 1] - offs[i];
        }
        rt_str_finish(r);
    }
    rt_heap_free(rt, NULL, offs, (size_t)(nc + 1) * sizeof *offs);
    return r;
}

rt_value rt_str_repr(rt_state *rt, rt_value s)
{
    rt_strbuf sb;
    rt_heap_strbuf_init(rt, &sb);
    if (rt_repr_str(rt_str_data(s), rt_str_len(s), &sb) != 0) {
        rt_strbuf_dispose(&sb);
        return rt_raise(rt, RT_EXC_MemoryError, "%s", "");
    }
    rt_value r = rt_str_from_strbuf(rt, &sb);
    rt_strbuf_dispose(&sb);
    return r;
}
