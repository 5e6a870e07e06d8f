/* slice.h: slice objects (the key of a[i:j:k]) and index normalisation as
 * CPython's PySlice_Unpack / PySlice_AdjustIndices. */
#ifndef CLOSURED_RUNTIME_SLICE_H
#define CLOSURED_RUNTIME_SLICE_H

#include "runtime/object.h"

typedef struct rt_slice_obj {
    rt_obj hdr;
    rt_value start, stop, step; /* owned; None when omitted */
} rt_slice_obj;

static inline rt_slice_obj *rt_slice_obj_of(rt_value s)
{
    return (rt_slice_obj *)rt_as_obj(s);
}
static inline bool rt_is_slice(rt_value v)
{
    return rt_is_obj(v) && rt_as_obj(v)->type == RT_T_SLICE;
}

/* slice attributes: start, stop, step (as given), indices(length), __class__.
 * A new reference, or RT_NULL with AttributeError set. */
rt_value rt_slice_getattr(rt_state *rt, rt_value s, rt_value name);
/* A new slice(start, stop, step) (borrowed; RT_NULL counts as None). */
rt_value rt_slice_new(rt_state *rt, rt_value start, rt_value stop, rt_value step);
/* Reads the slice's fields as integers (None -> defaults, clamped to the
 * int64 range as CPython's PY_SSIZE_T bounds). 0, or -1 with ValueError
 * "slice step cannot be zero" / TypeError "slice indices must be integers
 * or None or have an __index__ method". */
int rt_slice_unpack(rt_state *rt, rt_value slice, int64_t *start, int64_t *stop, int64_t *step);
/* Clamps start/stop to a sequence of length len and returns the number of
 * items the slice selects (PySlice_AdjustIndices). */
int64_t rt_slice_adjust(int64_t len, int64_t *start, int64_t *stop, int64_t step);
/* unpack + adjust: 0 with *start, *step, *n (slicelength) set, or -1. */
int rt_slice_indices(rt_state *rt, rt_value slice, int64_t len, int64_t *start, int64_t *step,
                     int64_t *n);

/* repr: "slice(1, None, None)". */
rt_value rt_slice_repr(rt_state *rt, rt_value s);

extern const rt_typeinfo rt__slice_typeinfo;

#endif
