/* bytes.c: bytes objects (immutable byte strings, cached hash) and their
 * sequence operations and constructor. */
#include "runtime/bytes.h"

#include <string.h>

#include "runtime/builtin.h"
#include "runtime/class.h"
#include "runtime/heap.h"
#include "runtime/list.h"
#include "runtime/memoryview.h"
#include "runtime/num.h"
#include "runtime/search.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"

/* ---- object ------------------------------------------------------------------ */

static size_t bytes_size(const rt_obj *o)
{
    return sizeof(rt_bytes_obj) + ((const rt_bytes_obj *)o)->len + 1;
}

static void bytes_dealloc(rt_state *rt, rt_obj *o)
{
    rt_obj_free(rt, o, bytes_size(o));
}

const rt_typeinfo rt__bytes_typeinfo = {"bytes", false, bytes_size, NULL, NULL, bytes_dealloc};

rt_value rt_bytes_new_uninit(rt_state *rt, size_t n)
{
    if (n >= UINT32_MAX)
        return rt_raise(rt, RT_EXC_MemoryError, "%s", "");
    rt_bytes_obj *b = (rt_bytes_obj *)rt_obj_alloc(rt, RT_T_BYTES, sizeof(rt_bytes_obj) + n + 1);
    if (!b)
        return RT_NULL;
    b->len = (uint32_t)n;
    b->hash = -1;
    return rt_from_obj(b);
}

rt_value rt_bytes_new(rt_state *rt, const void *p, size_t n)
{
    rt_value b = rt_bytes_new_uninit(rt, n);
    if (b && n)
        memcpy(rt_bytes_obj_of(b)->data, p, n);
    return b;
}

rt_value rt_bytes_from_strbuf(rt_state *rt, const rt_strbuf *sb)
{
    if (sb->failed)
        return rt_raise(rt, RT_EXC_MemoryError, "%s", "");
    return rt_bytes_new(rt, sb->data, sb->len);
}

rt_value rt_bytes_take_strbuf(rt_state *rt, rt_strbuf *sb)
{
    rt_value r = rt_bytes_from_strbuf(rt, sb);
    rt_strbuf_dispose(sb);
    return r;
}

rt_value rt_bytes_like_new(rt_state *rt, rt_value like, const void *p, size_t n)
{
    return rt_is_bytearray(like) ? rt_bytearray_new(rt, p, n) : rt_bytes_new(rt, p, n);
}

/* ---- hashing and comparison ------------------------------------------------------- */

int64_t rt_bytes_hash(rt_value v)
{
    rt_bytes_obj *b = rt_bytes_obj_of(v);
    if (b->hash == -1)
        b->hash = rt__hash_bytes(b->data, b->len);
    return b->hash;
}

bool rt_bytes_eq(rt_value a, rt_value b)
{
    rt_bytes_obj *x = rt_bytes_obj_of(a), *y = rt_bytes_obj_of(b);
    if (a == b)
        return true;
    if (x->len != y->len)
        return false;
    if (x->hash != -1 && y->hash != -1 && x->hash != y->hash)
        return false;
    return memcmp(x->data, y->data, x->len) == 0;
}

int rt_bytes_cmp(rt_value a, rt_value b)
{
    rt_bytes_obj *x = rt_bytes_obj_of(a), *y = rt_bytes_obj_of(b);
    size_t n = x->len < y->len ? x->len : y->len;
    int c = memcmp(x->data, y->data, n);
    if (c)
        return c;
    return x->len < y->len ? -1 : x->len > y->len ? 1 : 0;
}

/* ---- sequence operations ------------------------------------------------------------ */

rt_value rt_bytes_concat(rt_state *rt, rt_value a, rt_value b)
{
    size_t na = (size_t)rt_bytes_len(a), nb = (size_t)rt_bytes_len(b);
    if (nb == 0) {
        rt_incref(a);
        return a;
    }
    if (na == 0) {
        rt_incref(b);
        return b;
    }
    rt_value r = rt_bytes_new_uninit(rt, na + nb);
    if (!r)
        return RT_NULL;
    memcpy(rt_bytes_obj_of(r)->data, rt_bytes_data(a), na);
    memcpy(rt_bytes_obj_of(r)->data + na, rt_bytes_data(b), nb);
    return r;
}

rt_value rt_bytes_repeat(rt_state *rt, rt_value b, int64_t n)
{
    size_t len = (size_t)rt_bytes_len(b);
    if (n == 1) {
        rt_incref(b);
        return b;
    }
    if (n <= 0 || len == 0)
        return rt_bytes_new(rt, "", 0);
    /* CPython: OverflowError past its size type, MemoryError past memory */
    if ((uint64_t)n > (uint64_t)INT64_MAX / len)
        return rt_raise(rt, RT_EXC_OverflowError, "repeated bytes are too long");
    if ((uint64_t)n > (uint64_t)UINT32_MAX / len)
        return rt_raise(rt, RT_EXC_MemoryError, "%s", "");
    rt_value r = rt_bytes_new_uninit(rt, len * (size_t)n);
    if (!r)
        return RT_NULL;
    char *d = rt_bytes_obj_of(r)->data;
    for (int64_t i = 0; i < n; i++)
        memcpy(d + (size_t)i * len, rt_bytes_data(b), len);
    return r;
}

rt_value rt_bytes_getitem(rt_state *rt, rt_value b, int64_t i)
{
    int64_t n = rt_byteslike_len(b);
    if (i < 0)
        i += n;
    if (i < 0 || i >= n)
        return rt_raise(rt, RT_EXC_IndexError, "%s",
                        rt_is_bytearray(b) ? "bytearray index out of range" : "index out of range");
    return rt_smallint((unsigned char)rt_byteslike_data(b)[i]);
}

rt_value rt_bytes_slice(rt_state *rt, rt_value b, int64_t start, int64_t step, int64_t n)
{
    if (step == 1)
        return rt_bytes_like_new(rt, b, rt_byteslike_data(b) + start, (size_t)n);
    rt_value r = rt_bytes_new_uninit(rt, (size_t)n);
    if (!r)
        return RT_NULL;
    const char *s = rt_byteslike_data(b);
    char *d = rt_bytes_obj_of(r)->data;
    for (int64_t i = 0; i < n; i++)
        d[i] = s[start + i * step];
    if (rt_is_bytearray(b)) {
        rt_value a = rt_bytearray_new(rt, d, (size_t)n);
        rt_decref(rt, r);
        return a;
    }
    return r;
}

int rt_bytes_contains(rt_state *rt, rt_value b, rt_value x)
{
    const char *p;
    size_t n;
    if (rt_is_intlike(x)) {
        int64_t v;
        if (!rt_int_as_i64(x, &v) || v < 0 || v > 255) {
            rt_raise(rt, RT_EXC_ValueError, "byte must be in range(0, 256)");
            return -1;
        }
        return memchr(rt_byteslike_data(b), (int)v, (size_t)rt_byteslike_len(b)) != NULL;
    }
    if (!rt_bytes_view(x, &p, &n)) {
        rt_raise(rt, RT_EXC_TypeError, "a bytes-like object is required, not '%s'",
                 rt_type_name(x));
        return -1;
    }
    return rt_search_first(rt_byteslike_data(b), (size_t)rt_byteslike_len(b), p, n) >= 0;
}

/* ---- repr ---------------------------------------------------------------------------- */

int rt_bytes_repr_append(rt_strbuf *sb, const char *p, size_t n, bool bytearray)
{
    static const char hex[] = "0123456789abcdef";
    char quote = '\'';
    if (memchr(p, '\'', n) && !memchr(p, '"', n))
        quote = '"';
    rt_strbuf_append_char(sb, 'b');
    rt_strbuf_append_char(sb, quote);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        char esc[4] = {'\\', 0, 0, 0};
        size_t k = 2;
        if (c == (unsigned char)quote || c == '\\' || (bytearray && c == '\''))
            esc[1] = (char)c;
        else if (c == '\t')
            esc[1] = 't';
        else if (c == '\n')
            esc[1] = 'n';
        else if (c == '\r')
            esc[1] = 'r';
        else if (c < 0x20 || c >= 0x7f) {
            esc[1] = 'x';
            esc[2] = hex[c >> 4];
            esc[3] = hex[c & 15];
            k = 4;
        } else {
            rt_strbuf_append_char(sb, (char)c);
            continue;
        }
        rt_strbuf_append(sb, esc, k);
    }
    rt_strbuf_append_char(sb, quote);
    return sb->failed ? -1 : 0;
}

rt_value rt_bytes_repr(rt_state *rt, rt_value b)
{
    rt_strbuf sb;
    rt_heap_strbuf_init(rt, &sb);
    rt_value r = RT_NULL;
    if (rt_bytes_repr_append(&sb, rt_bytes_data(b), (size_t)rt_bytes_len(b), false) == 0)
        r = rt_str_from_strbuf(rt, &sb);
    else
        rt_raise(rt, RT_EXC_MemoryError, "%s", "");
    rt_strbuf_dispose(&sb);
    return r;
}

/* ---- construction -------------------------------------------------------------------- */

/* Appends the byte value of int-like v to sb: 0, or -1 with CPython's errors. */
static int put_byte(rt_state *rt, rt_strbuf *sb, rt_value v, bool bytearray)
{
    int64_t x;
    v = rt_int_unwrap(v);
    if (!rt_is_intlike(v)) {
        rt_raise(rt, RT_EXC_TypeError, "'%s' object cannot be interpreted as an integer",
                 rt_type_name(v));
        return -1;
    }
    if (!rt_int_as_i64(v, &x) || x < 0 || x > 255) {
        rt_raise(rt, RT_EXC_ValueError, "%s must be in range(0, 256)",
                 bytearray ? "byte" : "bytes");
        return -1;
    }
    if (rt_strbuf_append_char(sb, (char)x) != 0) {
        rt_raise(rt, RT_EXC_MemoryError, "%s", "");
        return -1;
    }
    return 0;
}

/* bytes(iterable of ints). */
static rt_value from_iterable(rt_state *rt, rt_value src, bool bytearray)
{
    rt_strbuf sb;
    rt_heap_strbuf_init(rt, &sb);
    int st = 0;
    if (rt_is_list(src) || rt_is_tuple(src)) {
        bool list = rt_is_list(src);
        for (int64_t i = 0; st == 0 && i < (list ? rt_list_len(src) : rt_tuple_len(src)); i++)
            st = put_byte(rt, &sb, list ? rt_list_get(src, i) : rt_tuple_get(src, i), bytearray);
    } else {
        rt_value it = rt_getiter(rt, src);
        if (!it) {
            rt_strbuf_dispose(&sb);
            if (rt_exc_matches(rt, RT_EXC_TypeError)) {
                rt_exc_clear(rt);
                return rt_raise(rt, RT_EXC_TypeError, "cannot convert '%s' object to %s",
                                rt_type_name(src), bytearray ? "bytearray" : "bytes");
            }
            return RT_NULL;
        }
        rt_value v;
        int got;
        while (st == 0 && (got = rt_iternext(rt, it, &v)) != 0) {
            if (got < 0) {
                st = -1;
                break;
            }
            st = put_byte(rt, &sb, v, bytearray);
            rt_decref(rt, v);
        }
        rt_decref(rt, it);
    }
    rt_value r = st == 0 ? rt_bytes_from_strbuf(rt, &sb) : RT_NULL;
    rt_strbuf_dispose(&sb);
    return r;
}

rt_value rt_bytes_construct(rt_state *rt, const rt_value *args, size_t nargs, rt_value kwnames)
{
    return rt__bytes_construct_for(rt, args, nargs, kwnames, false);
}

rt_value rt__bytes_construct_for(rt_state *rt, const rt_value *args, size_t nargs, rt_value kwnames,
                                 bool bytearray)
{
    static const char *const names[] = {"source", "encoding", "errors", NULL};
    const char *tname = bytearray ? "bytearray" : "bytes";
    rt_value a[3];
    if (rt_args_parse(rt, tname, args, nargs, kwnames, 3, names, a) < 0)
        return RT_NULL;
    rt_value src = a[0], enc = a[1], errs = a[2];
    for (int k = 1; k < 3; k++)
        if (a[k] && !rt_is_str(a[k]))
            return rt_raise(rt, RT_EXC_TypeError, "%s() argument '%s' must be str, not %s", tname,
                            names[k], rt_type_name(a[k]));
    if (!src) {
        if (enc || errs)
            return rt_raise(rt, RT_EXC_TypeError,
                            enc ? "encoding without a string argument"
                                : "errors without a string argument");
        return rt_bytes_new(rt, "", 0);
    }
    if (rt_is_str(src)) {
        if (!enc)
            return rt_raise(rt, RT_EXC_TypeError, "string argument without an encoding");
        return rt_str_encode(rt, src, enc, errs);
    }
    if (enc || errs)
        return rt_raise(rt, RT_EXC_TypeError,
                        enc ? "encoding without a string argument"
                            : "errors without a string argument");
    if (rt_is_bytes(src)) {
        rt_incref(src);
        return src;
    }
    if (!bytearray && rt__is_user_obj(src)) {
        /* bytes(x) of an object defining __bytes__ (a path, a message) */
        const rt_builtin_def *def;
        rt_value name = rt_str_intern(rt, "__bytes__", 9);
        rt_value m =
            name ? rt__mro_find(rt, rt_type_obj_get(rt, src), RT_NULL, name, &def) : RT_NULL;
        rt_decref(rt, name);
        if (m) {
            rt_value r = rt__call_special(rt, m, src, NULL, 0);
            if (r && !rt_is_bytes(r)) {
                rt_raise(rt, RT_EXC_TypeError, "__bytes__ returned non-bytes (type %s)",
                         rt_type_name(r));
                rt_decref(rt, r);
                return RT_NULL;
            }
            return r;
        }
        if (rt->exc)
            return RT_NULL;
    }
    if (rt_is_bytearray(src))
        return rt_bytes_new(rt, rt_bytearray_data(src), (size_t)rt_bytearray_len(src));
    if (rt_is_mview(src))
        return rt_mview_tobytes(rt, src);
    src = rt_int_unwrap(src); /* bytes(n) of an int subclass's instance: n zero bytes */
    if (rt_is_intlike(src)) {
        int64_t n;
        if (!rt_int_as_i64(src, &n))
            return rt_raise(rt, RT_EXC_OverflowError,
                            "cannot fit 'int' into an index-sized integer");
        if (n < 0)
            return rt_raise(rt, RT_EXC_ValueError, "negative count");
        rt_value r = rt_bytes_new_uninit(rt, (size_t)n);
        if (r)
            memset(rt_bytes_obj_of(r)->data, 0, (size_t)n);
        return r;
    }
    if (rt_is_str(src) || rt_type_of(src) == RT_T_FLOAT || src == RT_NONE)
        return rt_raise(rt, RT_EXC_TypeError, "cannot convert '%s' object to %s", rt_type_name(src),
                        tname);
    return from_iterable(rt, src, bytearray);
}
