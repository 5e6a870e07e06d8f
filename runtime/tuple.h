/* tuple.h: tuple objects: a fixed-length array of owned values inline. */
#ifndef CLOSURED_RUNTIME_TUPLE_H
#define CLOSURED_RUNTIME_TUPLE_H

#include "runtime/object.h"

typedef struct rt_tuple_obj {
    rt_obj hdr;
    int64_t len;
    rt_value items[]; /* owned; RT_NULL only while being filled */
} rt_tuple_obj;

/* Set on a tuple the state has remembered (state.h: tuple_hash_key,
 * tuple_eq_a and tuple_eq_b, dict_hit_key; hash.c, dict.c): only such a
 * tuple has memos to forget when it dies or is filled again, so the other
 * deaths test one bit instead of comparing four pointers. Never cleared. */
#define RT_TUPLE_F_REMEMBERED RT_F_USER1

static inline rt_tuple_obj *rt_tuple_obj_of(rt_value t)
{
    return (rt_tuple_obj *)rt_as_obj(t);
}
static inline bool rt_is_tuple(rt_value v)
{
    return rt_is_obj(v) && rt_as_obj(v)->type == RT_T_TUPLE;
}
/* Marks tuple t as remembered by the state (RT_TUPLE_F_REMEMBERED). */
static inline void rt__tuple_mark_remembered(rt_value t)
{
    rt_as_obj(t)->flags |= RT_TUPLE_F_REMEMBERED;
}
static inline int64_t rt_tuple_len(rt_value t)
{
    return rt_tuple_obj_of(t)->len;
}
/* Borrowed item i (0 <= i < len, unchecked). */
static inline rt_value rt_tuple_get(rt_value t, int64_t i)
{
    return rt_tuple_obj_of(t)->items[i];
}
static inline rt_value *rt_tuple_items(rt_value t)
{
    return rt_tuple_obj_of(t)->items;
}

/* A new tuple of n RT_NULL slots to be filled with rt_tuple_set_steal
 * before it is used (traverse skips RT_NULL). For n == 0 a new reference
 * to the state's one empty tuple (`() is ()`, `tuple([]) is ()` as in
 * CPython): a tuple of length 0 is never written to. */
rt_value rt_tuple_new(rt_state *rt, int64_t n);

/* Makes the state's empty tuple (state.h: empty_tuple), untracked as
 * CPython's (no cycle passes through it); state.c calls it after the
 * collector's init. 0, or -1 when out of memory. */
int rt__tuple_init(rt_state *rt);
/* Drops the state's reference to it (before the types go). */
void rt__tuple_dispose(rt_state *rt);
/* Stores v in slot i, stealing the reference (the slot must be RT_NULL). */
static inline void rt_tuple_set_steal(rt_value t, int64_t i, rt_value v)
{
    rt_tuple_obj_of(t)->items[i] = v;
}
/* A new tuple holding items[0..n) (borrowed, incref'd). */
rt_value rt_tuple_from(rt_state *rt, const rt_value *items, int64_t n);
/* A new tuple holding items[0..n), whose references it takes (moved in,
 * none counted); RT_NULL with MemoryError, the references then still the
 * caller's. */
rt_value rt__tuple_take(rt_state *rt, const rt_value *items, int64_t n);
/* rt_tuple_new whose n items are left unset, not RT_NULL: the caller stores
 * every one of them next, before anything can see the tuple (BUILD_TUPLE). */
rt_value rt__tuple_new_unset(rt_state *rt, int64_t n);
/* A new tuple of n values (borrowed). */
rt_value rt_tuple_pack(rt_state *rt, int64_t n, ...);
/* t[start:stop:step] for normalised indices with slicelength n. */
rt_value rt_tuple_slice(rt_state *rt, rt_value t, int64_t start, int64_t step, int64_t n);
/* A new tuple with the items of any iterable. */
rt_value rt_tuple_from_iter(rt_state *rt, rt_value iterable);

/* ---- result tuples handed out again -----------------------------------------
 * CPython's trick for iterators that make an n-tuple per item (enumerate,
 * zip, the combinatorics): the iterator keeps its last result, and when the
 * consumer dropped it (`for i, x in enumerate(s)` unpacks and lets go) the
 * next item refills that same tuple instead of allocating one. */

/* The tuple to fill for the next item, a new reference: *keep itself when
 * *keep (owned by the iterator) is an n-tuple whose only reference is the
 * iterator's, its memos in the state forgotten as its items are about to
 * change; else a new n-tuple of RT_NULL slots, which *keep then holds
 * instead. RT_NULL on MemoryError. Fill every slot with rt_tuple_refill. */
rt_value rt_tuple_recycle(rt_state *rt, rt_value *keep, int64_t n);
/* rt_tuple_refill's rare half: tracks t again when v is a container. */
void rt__tuple_retrack(rt_state *rt, rt_value t, rt_value v);
/* Stores v (stolen) in slot i of a tuple from rt_tuple_recycle, then drops
 * the item it replaces (RT_NULL in a new tuple). A tuple the collector let
 * go of while it held no container is tracked again when v is one. */
static inline void rt_tuple_refill(rt_state *rt, rt_value t, int64_t i, rt_value v)
{
    rt_value old = rt_tuple_items(t)[i];
    rt_tuple_items(t)[i] = v;
    if (__builtin_expect(!(rt_as_obj(t)->flags & RT_F_TRACKED), 0))
        rt__tuple_retrack(rt, t, v);
    rt_decref(rt, old);
}

extern const rt_typeinfo rt__tuple_typeinfo;

#endif
