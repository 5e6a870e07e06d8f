/* memoryview.h: memoryview objects (RT_T_MEMORYVIEW), views of the bytes
 * of a bytes or a bytearray that share its memory: items read and written
 * through a format ('B', 'b', 'c', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q',
 * 'n', 'N', 'P', 'f', 'd', '?'), slices that are views again, cast() to
 * another format or shape, release() and the context manager.
 *
 * A view over a bytearray counts as one export of it until the view is
 * released or freed; a bytearray with exports refuses to change its length
 * (BufferError), so the bytes a view points into never move.
 *
 * The protocol (len, [], []=, ==, hash, repr, iter) is reached through
 * ops.c; attributes and methods through rt__mview_getattr and the method
 * table. Returns new references; RT_NULL/-1 with CPython's exceptions. */
#ifndef CLOSURED_RUNTIME_MEMORYVIEW_H
#define CLOSURED_RUNTIME_MEMORYVIEW_H

#include "runtime/builtin.h"
#include "runtime/object.h"

/* The most dimensions a view has (CPython allows 64; a cast to more than
 * this is refused with NotImplementedError). */
#define RT_MVIEW_MAXDIM 8

typedef struct rt_mview_obj {
    rt_obj hdr;
    uint8_t ndim;     /* 0..RT_MVIEW_MAXDIM */
    uint8_t itemsize; /* bytes per item of fmt */
    uint8_t readonly; /* 1 over bytes, or after toreadonly() */
    uint8_t released; /* release() was called: every use but ==, repr and release() fails */
    char fmt;         /* the item format character */
    rt_value obj;     /* the exporter (bytes or bytearray), owned; RT_NULL once released */
    rt_value owner;   /* what .obj answers when the memory is another object's (an
                         array.array, through __buffer__): owned, or RT_NULL for obj */
    int64_t offset;   /* byte offset of the first item in the exporter's bytes */
    int64_t hash;     /* -1 until computed */
    int64_t shape[RT_MVIEW_MAXDIM];
    int64_t strides[RT_MVIEW_MAXDIM]; /* bytes between items of each dimension (may be < 0) */
} rt_mview_obj;

static inline rt_mview_obj *rt_mview_of(rt_value v)
{
    return (rt_mview_obj *)rt_as_obj(v);
}
static inline bool rt_is_mview(rt_value v)
{
    return rt_is_obj(v) && rt_as_obj(v)->type == RT_T_MEMORYVIEW;
}

/* memoryview(object): a view of a bytes, a bytearray or another view, or of
 * the memory of an object whose class has __buffer__(flags) (array.array:
 * the view that returns, whose .obj is the object). */
rt_value rt__mview_construct(rt_state *rt, const rt_value *args, size_t nargs, rt_value kwnames);
/* The view's bytes in C order as a new bytes. */
rt_value rt_mview_tobytes(rt_state *rt, rt_value v);
/* v[key], v[key] = val (val RT_NULL: del v[key], refused). */
rt_value rt__mview_getitem(rt_state *rt, rt_value v, rt_value key);
int rt__mview_setitem(rt_state *rt, rt_value v, rt_value key, rt_value val);
/* len(v) (1 for a 0-dim view): 0, or -1 when released. */
int rt__mview_len(rt_state *rt, rt_value v, int64_t *out);
/* a == b where one of them is a view: 1, 0, or -1 with an exception. */
int rt__mview_eq(rt_state *rt, rt_value a, rt_value b);
/* hash(v): only of read-only views of format 'B', 'b' or 'c' (the hash of
 * their bytes); 0 or -1 with ValueError. */
int rt__mview_hash(rt_state *rt, rt_value v, int64_t *out);
/* iter(v): ValueError when released, TypeError/NotImplementedError unless 1-D. */
rt_value rt__mview_iter(rt_state *rt, rt_value v);
/* "<memory at 0x...>" / "<released memory at 0x...>". */
rt_value rt__mview_repr(rt_state *rt, rt_value v);
/* The data attributes (format, shape, obj and the others), then the methods. */
rt_value rt__mview_getattr(rt_state *rt, rt_value v, rt_value name);
int rt__mview_setattr(rt_state *rt, rt_value v, rt_value name, rt_value value);
/* Fills *p and *n with the bytes of a C-contiguous, unreleased view (borrowed,
 * valid while the view lives); false otherwise (nothing raised). */
bool rt__mview_span(rt_value v, const char **p, size_t *n);

extern const rt_typeinfo rt__mview_typeinfo;
extern const rt_builtin_def rt__mview_methods[];

#endif
