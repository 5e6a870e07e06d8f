/* bytes.h: bytes objects: immutable byte strings with a cached hash, and
 * the sequence operations Python defines on them (repr, comparison,
 * concatenation, repetition, items, slices, membership, construction);
 * bytearray objects, their mutable twin (bytearray.c). The methods that
 * read are shared (methods_bytes.c: a bytearray's give bytearrays), the
 * codecs (str.encode, bytes.decode) are in codec.c.
 *
 * "bytes-like" below means a bytes or a bytearray; rt_bytes_view also
 * takes a C-contiguous memoryview (memoryview.h).
 *
 * Returns new references unless said otherwise; on failure RT_NULL with
 * MemoryError (or the exception named) set. */
#ifndef CLOSURED_RUNTIME_BYTES_H
#define CLOSURED_RUNTIME_BYTES_H

#include "runtime/object.h"
#include "runtime/ops.h"
#include "runtime/strbuf.h"

typedef struct rt_bytes_obj {
    rt_obj hdr;
    uint32_t len; /* bytes held, excluding the NUL kept after them */
    uint32_t pad; /* keeps hash 8-aligned */
    int64_t hash; /* -1 until computed */
    char data[];  /* len + 1 (NUL) */
} rt_bytes_obj;

static inline rt_bytes_obj *rt_bytes_obj_of(rt_value b)
{
    return (rt_bytes_obj *)rt_as_obj(b);
}
static inline bool rt_is_bytes(rt_value v)
{
    return rt_is_obj(v) && rt_as_obj(v)->type == RT_T_BYTES;
}
/* Borrowed view of the bytes (NUL-terminated) and their count. */
static inline const char *rt_bytes_data(rt_value b)
{
    return rt_bytes_obj_of(b)->data;
}
static inline int64_t rt_bytes_len(rt_value b)
{
    return rt_bytes_obj_of(b)->len;
}

typedef struct rt_bytearray_obj {
    rt_obj hdr;
    uint32_t len;     /* bytes in use */
    uint32_t cap;     /* bytes allocated: the owned buffer the heap charges to this object */
    char *data;       /* NULL while cap is 0 */
    uint32_t exports; /* live memoryviews of it: while any, its length may not change */
} rt_bytearray_obj;

static inline rt_bytearray_obj *rt_bytearray_obj_of(rt_value b)
{
    return (rt_bytearray_obj *)rt_as_obj(b);
}
static inline bool rt_is_bytearray(rt_value v)
{
    return rt_is_obj(v) && rt_as_obj(v)->type == RT_T_BYTEARRAY;
}
static inline const char *rt_bytearray_data(rt_value b)
{
    return rt_bytearray_obj_of(b)->data ? rt_bytearray_obj_of(b)->data : "";
}
static inline int64_t rt_bytearray_len(rt_value b)
{
    return rt_bytearray_obj_of(b)->len;
}
static inline bool rt_is_byteslike(rt_value v)
{
    return rt_is_bytes(v) || rt_is_bytearray(v);
}
/* The bytes of a bytes-like v (borrowed: valid until v changes or dies). */
static inline const char *rt_byteslike_data(rt_value v)
{
    return rt_is_bytes(v) ? rt_bytes_data(v) : rt_bytearray_data(v);
}
static inline int64_t rt_byteslike_len(rt_value v)
{
    return rt_is_bytes(v) ? rt_bytes_len(v) : rt_bytearray_len(v);
}
bool rt__mview_span(rt_value v, const char **p, size_t *n);
/* The byte string a bytes-like argument or a C-contiguous, unreleased
 * memoryview stands for (borrowed, as above); false (nothing set) for any
 * other value. */
static inline bool rt_bytes_view(rt_value v, const char **p, size_t *n)
{
    if (!rt_is_byteslike(v))
        return rt_is_obj(v) && rt_as_obj(v)->type == RT_T_MEMORYVIEW && rt__mview_span(v, p, n);
    *p = rt_byteslike_data(v);
    *n = (size_t)rt_byteslike_len(v);
    return true;
}

/* A new bytes holding a copy of p[0..n). */
rt_value rt_bytes_new(rt_state *rt, const void *p, size_t n);
/* A new bytes of n bytes to be written through rt_bytes_obj_of(b)->data
 * before anyone else sees it (the NUL is already there). */
rt_value rt_bytes_new_uninit(rt_state *rt, size_t n);
/* A new bytes with the buffer's contents (the buffer is unchanged). */
rt_value rt_bytes_from_strbuf(rt_state *rt, const rt_strbuf *sb);
/* The buffer's contents as new bytes, the buffer disposed either way: a
 * buffer that failed to grow is MemoryError (RT_NULL). */
rt_value rt_bytes_take_strbuf(rt_state *rt, rt_strbuf *sb);

/* hash(b) (cached; equal bytes hash equal). */
int64_t rt_bytes_hash(rt_value b);
/* Equality and order of two bytes (memcmp order, then length). */
bool rt_bytes_eq(rt_value a, rt_value b);
int rt_bytes_cmp(rt_value a, rt_value b);

/* a + b; b * n (n <= 0 gives b''). */
rt_value rt_bytes_concat(rt_state *rt, rt_value a, rt_value b);
rt_value rt_bytes_repeat(rt_state *rt, rt_value b, int64_t n);
/* A new value of like's type (bytes or bytearray) holding p[0..n). */
rt_value rt_bytes_like_new(rt_state *rt, rt_value like, const void *p, size_t n);
/* b[i] as an int for a bytes-like b, Python's negative indices; IndexError
 * "index out of range" ("bytearray index out of range"). */
rt_value rt_bytes_getitem(rt_state *rt, rt_value b, int64_t i);
/* b[start:stop:step] for normalised indices (slice.h) and slicelength n,
 * of b's type. */
rt_value rt_bytes_slice(rt_state *rt, rt_value b, int64_t start, int64_t step, int64_t n);
/* `x in b` for a bytes-like b and an int (a byte value) or a bytes-like
 * (a substring): 1/0, or -1 with CPython's TypeError/ValueError. */
int rt_bytes_contains(rt_state *rt, rt_value b, rt_value x);

/* repr(b) as CPython: b'...' or b"..." with \t \n \r \\ \xhh escapes. */
rt_value rt_bytes_repr(rt_state *rt, rt_value b);
/* Appends repr(p[0..n)) to sb; 0, or -1 when the buffer failed. A
 * bytearray's repr escapes every single quote (CPython's quirk). */
int rt_bytes_repr_append(rt_strbuf *sb, const char *p, size_t n, bool bytearray);

/* bytes(source, encoding, errors) as CPython's constructor: args are the
 * call's arguments (keywords source/encoding/errors allowed). */
rt_value rt_bytes_construct(rt_state *rt, const rt_value *args, size_t nargs, rt_value kwnames);
/* The same with bytearray's wording in the errors (still a new bytes). */
rt_value rt__bytes_construct_for(rt_state *rt, const rt_value *args, size_t nargs, rt_value kwnames,
                                 bool bytearray);

/* ---- bytearray (bytearray.c) -------------------------------------------------- */

/* A new bytearray holding a copy of p[0..n). */
rt_value rt_bytearray_new(rt_state *rt, const void *p, size_t n);
/* bytearray(source, encoding, errors) as CPython's constructor. */
rt_value rt_bytearray_construct(rt_state *rt, const rt_value *args, size_t nargs, rt_value kwnames);
/* repr: "bytearray(b'...')". */
rt_value rt_bytearray_repr(rt_state *rt, rt_value b);
/* 0 when bytearray b may change its length from its current one to n;
 * -1 with BufferError while memoryviews export it. */
int rt_bytearray_resizable(rt_state *rt, rt_value b, size_t n);
/* Appends p[0..n) (which may lie inside b) to bytearray b: 0 or -1. */
int rt_bytearray_extend(rt_state *rt, rt_value b, const char *p, size_t n);
/* b *= n in place: 0 or -1. */
int rt_bytearray_inplace_repeat(rt_state *rt, rt_value b, int64_t n);
/* b[key] = val and del b[key] for an int or slice key: 0, or -1 with
 * CPython's IndexError/TypeError/ValueError. */
int rt_bytearray_setitem(rt_state *rt, rt_value b, rt_value key, rt_value val);
int rt_bytearray_delitem(rt_state *rt, rt_value b, rt_value key);
extern const rt_builtin_def rt__bytearray_methods[];

/* ---- codecs (codec.c) ------------------------------------------------------
 * encoding/errors are str values or RT_NULL (utf-8, strict). The codecs
 * known are utf-8, ascii, latin-1, utf-16 and utf-32 (with a byte order mark,
 * -le and -be) under their usual spellings (LookupError "unknown encoding: x"
 * for others); the error handlers strict, ignore, replace, backslashreplace,
 * xmlcharrefreplace, surrogateescape and, for utf-16/32, surrogatepass
 * (LookupError "unknown error handler name 'x'" when one is needed). Errors raise
 * UnicodeEncodeError/UnicodeDecodeError worded as CPython. */
rt_value rt_str_encode(rt_state *rt, rt_value s, rt_value encoding, rt_value errors);
rt_value rt_bytes_decode(rt_state *rt, const char *p, size_t n, rt_value encoding, rt_value errors);

/* int.to_bytes(length=1, byteorder='big', *, signed=False) and the class
 * method int.from_bytes(bytes, byteorder='big', *, signed=False)
 * (int_bytes.c), builtin-method signatures for the int method table. */
rt_value rt__int_to_bytes(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                          rt_value kwnames);
rt_value rt__int_from_bytes(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                            rt_value kwnames);

extern const rt_typeinfo rt__bytes_typeinfo;
extern const rt_typeinfo rt__bytearray_typeinfo;

#endif
