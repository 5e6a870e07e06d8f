/* range.h: range objects: start, stop, step and the length, immutable.
 *
 * A range whose bounds fit int64 keeps them as C numbers (the fast path
 * every loop takes). One with a bound past int64 (range(10**20, 10**20 + 3))
 * is "big": RT_RANGE_F_BIG is set and big[] holds owned ints start, stop,
 * step and the length; `len` then holds the length saturated to uint64 (so
 * truth tests need no arithmetic) and start/stop/step are unused. */
#ifndef CLOSURED_RUNTIME_RANGE_H
#define CLOSURED_RUNTIME_RANGE_H

#include "runtime/object.h"

typedef struct rt_range_obj {
    rt_obj hdr;
    int64_t start, stop, step;
    uint64_t len;   /* up to 2**64 - 1 (range(-2**63, 2**63 - 1)): more than len() can return */
    rt_value big[]; /* RT_RANGE_F_BIG only: start, stop, step, length (owned ints) */
} rt_range_obj;

#define RT_RANGE_F_BIG RT_F_USER1

static inline bool rt_range_is_big(rt_value r)
{
    return (rt_as_obj(r)->flags & RT_RANGE_F_BIG) != 0;
}

static inline rt_range_obj *rt_range_obj_of(rt_value r)
{
    return (rt_range_obj *)rt_as_obj(r);
}
static inline bool rt_is_range(rt_value v)
{
    return rt_is_obj(v) && rt_as_obj(v)->type == RT_T_RANGE;
}

/* range(start, stop, step): ValueError "range() arg 3 must not be zero". */
rt_value rt_range_new(rt_state *rt, int64_t start, int64_t stop, int64_t step);
/* The same from int values of any size (borrowed): a big range when one
 * does not fit int64. */
rt_value rt_range_from_ints(rt_state *rt, rt_value start, rt_value stop, rt_value step);
/* r's start, stop, step and length as four new int references; 0 or -1. */
int rt_range_values(rt_state *rt, rt_value r, rt_value out[4]);
/* reversed(r) as a new range (the same items backwards). */
rt_value rt_range_reversed(rt_state *rt, rt_value r);
/* r.start / r.stop / r.step and the methods count and index. */
rt_value rt_range_getattr(rt_state *rt, rt_value r, rt_value name);
/* len(r): 0, or -1 with CPython's OverflowError when it exceeds 2**63 - 1. */
int rt_range_len(rt_state *rt, rt_value r, int64_t *out);
/* r[i] for a Python index i (an int of any size): IndexError "range object
 * index out of range". */
rt_value rt_range_getitem(rt_state *rt, rt_value r, rt_value i);
/* r[slice] as a new range. */
rt_value rt_range_slice(rt_state *rt, rt_value r, rt_value slice);
/* v in r: 1/0, -1 on error (non-ints compare by ==). */
int rt_range_contains(rt_state *rt, rt_value r, rt_value v);
/* "range(0, 5)" / "range(0, 10, 2)". */
rt_value rt_range_repr(rt_state *rt, rt_value r);
/* range == range by the sequences they produce: 1/0, -1 on error. */
int rt_range_eq(rt_state *rt, rt_value a, rt_value b);

extern const rt_typeinfo rt__range_typeinfo;

#endif
