/* bytearray.c: bytearray objects (a mutable byte string with its buffer
 * charged to the heap as the object's own): construction, repr, items and
 * slices read and written, in-place concatenation and repetition, and the
 * methods that mutate (append, extend, insert, pop, remove, clear, reverse,
 * copy). The methods that only read are bytes' own (methods_bytes.c),
 * which give a bytearray back for a bytearray. */
#include <string.h>

#include "runtime/builtin.h"
#include "runtime/bytes.h"
#include "runtime/heap.h"
#include "runtime/num.h"
#include "runtime/slice.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/type.h"

/* ---- object ------------------------------------------------------------------ */

static size_t bytearray_size(const rt_obj *o)
{
    return sizeof(rt_bytearray_obj) + ((const rt_bytearray_obj *)o)->cap;
}

static void bytearray_dealloc(rt_state *rt, rt_obj *o)
{
    rt_bytearray_obj *b = (rt_bytearray_obj *)o;
    if (b->cap)
        rt_heap_free(rt, o, b->data, b->cap);
    rt_obj_free(rt, o, sizeof(rt_bytearray_obj));
}

const rt_typeinfo rt__bytearray_typeinfo = {"bytearray", false, bytearray_size,
                                            NULL,        NULL,  bytearray_dealloc};

/* Makes room for n bytes (growing by half again as lists do): 0, or -1
 * with MemoryError. */
static int reserve(rt_state *rt, rt_bytearray_obj *b, size_t n)
{
    if (n <= b->cap)
        return 0;
    if (n >= UINT32_MAX) {
        rt_raise(rt, RT_EXC_MemoryError, "%s", "");
        return -1;
    }
    size_t cap = b->cap + b->cap / 2;
    if (cap < n)
        cap = n;
    if (cap < 16)
        cap = 16;
    if (cap >= UINT32_MAX)
        cap = n;
    char *d = b->cap ? rt_heap_resize(rt, &b->hdr, b->data, b->cap, cap)
                     : rt_heap_alloc(rt, &b->hdr, cap);
    if (!d)
        return -1;
    b->data = d;
    b->cap = (uint32_t)cap;
    return 0;
}

int rt_bytearray_resizable(rt_state *rt, rt_value self, size_t n)
{
    const rt_bytearray_obj *b = rt_bytearray_obj_of(self);
    if (b->exports == 0 || n == b->len)
        return 0;
    rt_raise(rt, RT_EXC_BufferError, "Existing exports of data: object cannot be re-sized");
    return -1;
}

rt_value rt_bytearray_new(rt_state *rt, const void *p, size_t n)
{
    rt_bytearray_obj *b =
        (rt_bytearray_obj *)rt_obj_alloc(rt, RT_T_BYTEARRAY, sizeof(rt_bytearray_obj));
    if (!b)
        return RT_NULL;
    if (n && reserve(rt, b, n) < 0) {
        rt_decref(rt, rt_from_obj(b));
        return RT_NULL;
    }
    if (n)
        memcpy(b->data, p, n);
    b->len = (uint32_t)n;
    return rt_from_obj(b);
}

rt_value rt_bytearray_construct(rt_state *rt, const rt_value *args, size_t nargs, rt_value kwnames)
{
    /* the same rules as bytes() (with bytearray's wording), then a mutable copy */
    rt_value b = rt__bytes_construct_for(rt, args, nargs, kwnames, true);
    if (!b)
        return RT_NULL;
    rt_value r = rt_bytearray_new(rt, rt_bytes_data(b), (size_t)rt_bytes_len(b));
    rt_decref(rt, b);
    return r;
}

int rt_bytearray_extend(rt_state *rt, rt_value self, const char *p, size_t n)
{
    rt_bytearray_obj *b = rt_bytearray_obj_of(self);
    /* p inside b (b += b) moves with the buffer when it grows */
    uintptr_t at = (uintptr_t)p - (uintptr_t)b->data;
    bool inside = n && b->data && (uintptr_t)p >= (uintptr_t)b->data && at < b->cap;
    if (rt_bytearray_resizable(rt, self, (size_t)b->len + n) < 0 ||
        reserve(rt, b, (size_t)b->len + n) < 0)
        return -1;
    if (inside)
        p = b->data + at;
    if (n)
        memmove(b->data + b->len, p, n);
    b->len += (uint32_t)n;
    return 0;
}

rt_value rt_bytearray_repr(rt_state *rt, rt_value self)
{
    rt_strbuf sb;
    rt_heap_strbuf_init(rt, &sb);
    rt_strbuf_append_cstr(&sb, "bytearray(");
    rt_value r = RT_NULL;
    if (rt_bytes_repr_append(&sb, rt_bytearray_data(self), (size_t)rt_bytearray_len(self), true) ==
            0 &&
        rt_strbuf_append_char(&sb, ')') == 0)
        r = rt_str_from_strbuf(rt, &sb);
    else
        rt_raise(rt, RT_EXC_MemoryError, "%s", "");
    rt_strbuf_dispose(&sb);
    return r;
}

/* ---- items --------------------------------------------------------------------- */

/* The byte value of int-like v: 0, or -1 with CPython's errors. */
static int byte_of(rt_state *rt, rt_value v, unsigned char *out)
{
    int64_t x;
    v = rt_int_unwrap(v);
    if (!rt_is_intlike(v)) {
        rt_raise(rt, RT_EXC_TypeError, "'%s' object cannot be interpreted as an integer",
                 rt_type_name(v));
        return -1;
    }
    if (!rt_int_as_i64(v, &x) || x < 0 || x > 255) {
        rt_raise(rt, RT_EXC_ValueError, "byte must be in range(0, 256)");
        return -1;
    }
    *out = (unsigned char)x;
    return 0;
}

/* Replaces b[start:start+old] with p[0..n) (p may point into b). */
static int splice(rt_state *rt, rt_value self, size_t start, size_t old, const char *p, size_t n)
{
    rt_bytearray_obj *b = rt_bytearray_obj_of(self);
    size_t len = b->len;
    if (rt_bytearray_resizable(rt, self, len - old + n) < 0 ||
        (n > old && reserve(rt, b, len - old + n) < 0))
        return -1;
    memmove(b->data + start + n, b->data + start + old, len - start - old);
    if (n)
        memmove(b->data + start, p, n);
    b->len = (uint32_t)(len - old + n);
    return 0;
}

int rt_bytearray_setitem(rt_state *rt, rt_value self, rt_value key, rt_value val)
{
    int64_t len = rt_bytearray_len(self);
    if (rt_is_intlike(key)) {
        int64_t i = rt_int_get(key);
        unsigned char c;
        if (i < 0)
            i += len;
        if (i < 0 || i >= len) {
            rt_raise(rt, RT_EXC_IndexError, "bytearray index out of range");
            return -1;
        }
        if (byte_of(rt, val, &c) < 0)
            return -1;
        rt_bytearray_obj_of(self)->data[i] = (char)c;
        return 0;
    }
    if (!rt_is_slice(key)) {
        rt_raise(rt, RT_EXC_TypeError, "bytearray indices must be integers or slices, not %s",
                 rt_type_name(key));
        return -1;
    }
    int64_t start, step, n;
    if (rt_slice_indices(rt, key, len, &start, &step, &n) != 0)
        return -1;
    /* the new bytes: a bytes-like value, or an iterable of ints (not a str, not an int) */
    rt_value src;
    if (rt_is_intlike(val) || rt_is_str(val)) {
        rt_raise(rt, RT_EXC_TypeError,
                 "can assign only bytes, buffers, or iterables of ints in "
                 "range(0, 256)");
        return -1;
    }
    const char *p;
    size_t m;
    if (rt_bytes_view(val, &p, &m)) {
        src = rt_bytes_new(rt, p, m); /* a copy: val may be self */
    } else {
        src = rt_bytes_construct(rt, &val, 1, RT_NULL);
    }
    if (!src)
        return -1;
    /* the iterable may have resized self: the slice is placed in self as it is now */
    if (rt_bytearray_len(self) != len &&
        rt_slice_indices(rt, key, rt_bytearray_len(self), &start, &step, &n) != 0) {
        rt_decref(rt, src);
        return -1;
    }
    p = rt_bytes_data(src);
    m = (size_t)rt_bytes_len(src);
    int rc = 0;
    if (step == 1) {
        rc = splice(rt, self, (size_t)start, (size_t)n, p, m);
    } else if ((int64_t)m != n) {
        rt_raise(rt, RT_EXC_ValueError,
                 "attempt to assign bytes of size %zu to extended slice of size %lld", m,
                 (long long)n);
        rc = -1;
    } else {
        char *d = rt_bytearray_obj_of(self)->data;
        for (int64_t i = 0; i < n; i++)
            d[start + i * step] = p[i];
    }
    rt_decref(rt, src);
    return rc;
}

int rt_bytearray_delitem(rt_state *rt, rt_value self, rt_value key)
{
    int64_t len = rt_bytearray_len(self);
    if (rt_is_intlike(key)) {
        int64_t i = rt_int_get(key);
        if (i < 0)
            i += len;
        if (i < 0 || i >= len) {
            rt_raise(rt, RT_EXC_IndexError, "bytearray index out of range");
            return -1;
        }
        return splice(rt, self, (size_t)i, 1, NULL, 0);
    }
    if (!rt_is_slice(key)) {
        rt_raise(rt, RT_EXC_TypeError, "bytearray indices must be integers or slices, not %s",
                 rt_type_name(key));
        return -1;
    }
    int64_t start, step, n;
    if (rt_slice_indices(rt, key, len, &start, &step, &n) != 0)
        return -1;
    if (step < 0) { /* the same bytes walked forwards */
        start += (n - 1) * step;
        step = -step;
    }
    if (step == 1)
        return splice(rt, self, (size_t)start, (size_t)n, NULL, 0);
    if (rt_bytearray_resizable(rt, self, (size_t)(len - n)) < 0)
        return -1;
    char *d = rt_bytearray_obj_of(self)->data;
    int64_t w = start;
    for (int64_t r = start; r < len; r++)
        if (r < start || (r - start) % step != 0 || (r - start) / step >= n)
            d[w++] = d[r];
    rt_bytearray_obj_of(self)->len = (uint32_t)w;
    return 0;
}

int rt_bytearray_inplace_repeat(rt_state *rt, rt_value self, int64_t n)
{
    rt_bytearray_obj *b = rt_bytearray_obj_of(self);
    size_t len = b->len;
    if (n <= 0 || len == 0) {
        if (rt_bytearray_resizable(rt, self, 0) < 0)
            return -1;
        b->len = 0;
        return 0;
    }
    if ((uint64_t)n > (uint64_t)UINT32_MAX / len) {
        rt_raise(rt, RT_EXC_MemoryError, "%s", "");
        return -1;
    }
    if (rt_bytearray_resizable(rt, self, len * (size_t)n) < 0 ||
        reserve(rt, b, len * (size_t)n) < 0)
        return -1;
    for (int64_t i = 1; i < n; i++)
        memcpy(b->data + (size_t)i * len, b->data, len);
    b->len = (uint32_t)(len * (size_t)n);
    return 0;
}

/* ---- the methods that mutate -------------------------------------------------------- */

static rt_value ba_append(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                          rt_value kwnames)
{
    unsigned char c;
    if (rt_args_one(rt, "bytearray.append", nargs, kwnames) < 0 || byte_of(rt, args[0], &c) < 0)
        return RT_NULL;
    char ch = (char)c;
    return rt_bytearray_extend(rt, self, &ch, 1) < 0 ? RT_NULL : RT_NONE;
}

static rt_value ba_extend(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                          rt_value kwnames)
{
    if (rt_args_one(rt, "bytearray.extend", nargs, kwnames) < 0)
        return RT_NULL;
    const char *p;
    size_t n;
    if (rt_bytes_view(args[0], &p, &n)) {
        rt_value copy = rt_bytes_new(rt, p, n); /* args[0] may be self */
        int rc = copy ? rt_bytearray_extend(rt, self, rt_bytes_data(copy), n) : -1;
        rt_decref(rt, copy);
        return rc < 0 ? RT_NULL : RT_NONE;
    }
    if (rt_is_str(args[0])) { /* iterated: its characters are no ints */
        if (rt_str_len(args[0]) == 0)
            return RT_NONE;
        return rt_raise(rt, RT_EXC_TypeError, "'str' object cannot be interpreted as an integer");
    }
    if (rt_is_intlike(args[0]) || rt_type_of(args[0]) == RT_T_FLOAT || args[0] == RT_NONE)
        return rt_raise(rt, RT_EXC_TypeError, "can't extend bytearray with %s",
                        rt_type_name(args[0]));
    rt_value b = rt__bytes_construct_for(rt, args, 1, RT_NULL, true);
    if (!b)
        return RT_NULL;
    int rc = rt_bytearray_extend(rt, self, rt_bytes_data(b), (size_t)rt_bytes_len(b));
    rt_decref(rt, b);
    return rc < 0 ? RT_NULL : RT_NONE;
}

static rt_value ba_insert(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                          rt_value kwnames)
{
    int64_t i, len = rt_bytearray_len(self);
    unsigned char c;
    if (rt_args_range(rt, "insert", nargs, kwnames, 2, 2) < 0 ||
        rt_arg_index(rt, args[0], &i) < 0 || byte_of(rt, args[1], &c) < 0)
        return RT_NULL;
    if (i < 0) {
        i += len;
        if (i < 0)
            i = 0;
    }
    if (i > len)
        i = len;
    char ch = (char)c;
    return splice(rt, self, (size_t)i, 0, &ch, 1) < 0 ? RT_NULL : RT_NONE;
}

static rt_value ba_pop(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                       rt_value kwnames)
{
    int64_t i = -1, len = rt_bytearray_len(self);
    if (rt_args_range(rt, "pop", nargs, kwnames, 0, 1) < 0 ||
        (nargs && rt_arg_index(rt, args[0], &i) < 0))
        return RT_NULL;
    if (len == 0)
        return rt_raise(rt, RT_EXC_IndexError, "pop from empty bytearray");
    if (i < 0)
        i += len;
    if (i < 0 || i >= len)
        return rt_raise(rt, RT_EXC_IndexError, "pop index out of range");
    unsigned char c = (unsigned char)rt_bytearray_data(self)[i];
    if (splice(rt, self, (size_t)i, 1, NULL, 0) < 0)
        return RT_NULL;
    return rt_smallint(c);
}

static rt_value ba_remove(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                          rt_value kwnames)
{
    unsigned char c;
    if (rt_args_one(rt, "bytearray.remove", nargs, kwnames) < 0 || byte_of(rt, args[0], &c) < 0)
        return RT_NULL;
    const char *d = rt_bytearray_data(self);
    const char *at = memchr(d, c, (size_t)rt_bytearray_len(self));
    if (!at)
        return rt_raise(rt, RT_EXC_ValueError, "value not found in bytearray");
    if (splice(rt, self, (size_t)(at - d), 1, NULL, 0) < 0)
        return RT_NULL;
    return RT_NONE;
}

static rt_value ba_clear(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                         rt_value kwnames)
{
    (void)args;
    if (rt_args_none(rt, "bytearray.clear", nargs, kwnames) < 0)
        return RT_NULL;
    if (rt_bytearray_resizable(rt, self, 0) < 0)
        return RT_NULL;
    rt_bytearray_obj_of(self)->len = 0;
    return RT_NONE;
}

static rt_value ba_reverse(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                           rt_value kwnames)
{
    (void)args;
    if (rt_args_none(rt, "bytearray.reverse", nargs, kwnames) < 0)
        return RT_NULL;
    char *d = rt_bytearray_obj_of(self)->data;
    size_t n = (size_t)rt_bytearray_len(self);
    for (size_t i = 0; i < n / 2; i++) {
        char t = d[i];
        d[i] = d[n - 1 - i];
        d[n - 1 - i] = t;
    }
    return RT_NONE;
}

static rt_value ba_copy(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                        rt_value kwnames)
{
    (void)args;
    if (rt_args_none(rt, "bytearray.copy", nargs, kwnames) < 0)
        return RT_NULL;
    return rt_bytearray_new(rt, rt_bytearray_data(self), (size_t)rt_bytearray_len(self));
}

const rt_builtin_def rt__bytearray_methods[] = {
    {"append", ba_append},   {"extend", ba_extend}, {"insert", ba_insert},
    {"pop", ba_pop},         {"remove", ba_remove}, {"clear", ba_clear},
    {"reverse", ba_reverse}, {"copy", ba_copy},     {NULL, NULL},
};
