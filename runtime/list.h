/* list.h: list objects: a growable array of owned values in an owned buffer
 * (charged to the list's type and site). Indices passed here are already
 * normalised (0 <= i < len) unless the comment says Python index. */
#ifndef CLOSURED_RUNTIME_LIST_H
#define CLOSURED_RUNTIME_LIST_H

#include "runtime/object.h"

typedef struct rt_list_obj {
    rt_obj hdr;
    int64_t len;
    int64_t cap;
    rt_value *items; /* cap slots, heap buffer; NULL when cap == 0 */
} rt_list_obj;

static inline rt_list_obj *rt_list_obj_of(rt_value l)
{
    return (rt_list_obj *)rt_as_obj(l);
}
static inline bool rt_is_list(rt_value v)
{
    return rt_is_obj(v) && rt_as_obj(v)->type == RT_T_LIST;
}
static inline int64_t rt_list_len(rt_value l)
{
    return rt_list_obj_of(l)->len;
}
/* Borrowed item i (unchecked). Note: the array may move on any mutation. */
static inline rt_value rt_list_get(rt_value l, int64_t i)
{
    return rt_list_obj_of(l)->items[i];
}
static inline rt_value *rt_list_items(rt_value l)
{
    return rt_list_obj_of(l)->items;
}

/* A new empty list with room for cap items. */
rt_value rt_list_new(rt_state *rt, int64_t cap);
/* A new list holding items[0..n) (borrowed, incref'd). */
rt_value rt_list_from(rt_state *rt, const rt_value *items, int64_t n);
/* A new list with the items of any iterable (list(x)). */
rt_value rt_list_from_iter(rt_state *rt, rt_value iterable);

/* Ensures room for `extra` more items. 0 or -1 (MemoryError). */
int rt_list_reserve(rt_state *rt, rt_value l, int64_t extra);
/* Appends v (borrowed). 0 or -1 (MemoryError). */
int rt_list_append(rt_state *rt, rt_value l, rt_value v);
/* Appends v, stealing the reference even on failure. */
int rt_list_append_steal(rt_state *rt, rt_value l, rt_value v);
/* Inserts v (borrowed) before Python index i (clamped as list.insert). */
int rt_list_insert(rt_state *rt, rt_value l, int64_t i, rt_value v);
/* Removes and returns item at Python index i (new reference); IndexError
 * "pop from empty list" / "pop index out of range". */
rt_value rt_list_pop(rt_state *rt, rt_value l, int64_t i);
/* Replaces item i (normalised) with v (borrowed). */
void rt_list_set(rt_state *rt, rt_value l, int64_t i, rt_value v);
/* Appends every item of iterable (list.extend / +=); handles l.extend(l). */
int rt_list_extend(rt_state *rt, rt_value l, rt_value iterable);
/* Removes every item. */
void rt_list_clear(rt_state *rt, rt_value l);
/* Reverses in place. */
void rt_list_reverse(rt_value l);

/* l[start:stop:step] (normalised, slicelength n) as a new list. */
rt_value rt_list_slice(rt_state *rt, rt_value l, int64_t start, int64_t step, int64_t n);
/* l[slice] = iterable (extended slices need equal lengths: ValueError
 * "attempt to assign sequence of size X to extended slice of size Y"). */
int rt_list_set_slice(rt_state *rt, rt_value l, rt_value slice, rt_value iterable);
/* del l[slice]. */
int rt_list_del_slice(rt_state *rt, rt_value l, rt_value slice);
/* l * n as a new list; l *= n in place. */
rt_value rt_list_repeat(rt_state *rt, rt_value l, int64_t n);
int rt_list_inplace_repeat(rt_state *rt, rt_value l, int64_t n);
/* a + b for two lists. */
rt_value rt_list_concat(rt_state *rt, rt_value a, rt_value b);

extern const rt_typeinfo rt__list_typeinfo;

#endif
