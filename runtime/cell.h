/* cell.h: cell objects (RT_T_CELL): the shared storage of one captured
 * variable. The frame that owns the variable creates the cell on entry;
 * every closure capturing it holds the same cell, so rebinding (nonlocal,
 * late binding of loop variables) is seen by all of them.
 *
 * Layout (the headline "bytes per closure" counts it): 16 bytes, header and
 * value, with no collector link, while the cell has only ever held leaves
 * (ints, floats, strs, None: no cycle passes through such a cell, so the
 * collector need not know it). The first time it holds a container it is
 * boxed for good (CPython tracks a dict from its first container the same
 * way): a 40-byte rt_gc_box (object.h) owned by the cell carries its
 * collector link and its contents, the cell's value word points to it, and
 * the cell is tracked in generation 0. A boxed cell costs 56 bytes. A cell
 * known to hold a container from its birth (rt_cell_new of a container, or
 * a cell variable its code has boxed before: rt__frame_init_cells) is born
 * boxed, its box in the same 56-byte block right after it
 * (RT_CELL_F_INLINE_BOX): one allocation and one free instead of two. Read
 * and write the contents only through rt_cell_get / rt_cell_set_steal.
 *
 * Ownership: a cell owns its contents (in its box when boxed) and its box;
 * RT_NULL means empty (unbound). */
#ifndef CLOSURED_RUNTIME_CELL_H
#define CLOSURED_RUNTIME_CELL_H

#include "runtime/gc.h"
#include "runtime/object.h"

typedef struct rt_cell {
    rt_obj hdr;
    rt_value value; /* owned; RT_NULL when empty; the rt_gc_box * when RT_F_BOXED */
} rt_cell;

/* rt_obj.flags of a boxed cell whose box follows it in its own block. */
#define RT_CELL_F_INLINE_BOX RT_F_USER2

static inline rt_cell *rt_cell_of(rt_value v)
{
    return (rt_cell *)rt_as_obj(v);
}
static inline rt_gc_box *rt__cell_box(const rt_cell *c)
{
    return (rt_gc_box *)(uintptr_t)c->value;
}
/* The slot that holds the contents: the box's when boxed. */
static inline rt_value *rt__cell_slot(rt_cell *c)
{
    return (c->hdr.flags & RT_F_BOXED) ? &rt__cell_box(c)->value : &c->value;
}

/* A new cell holding v (stolen; RT_NULL for empty). On failure v is released
 * and RT_NULL returned with MemoryError set. */
rt_value rt_cell_new(rt_state *rt, rt_value v);

/* rt_cell_new for a cell expected to hold a container: born boxed, its box
 * in the same block, tracked (see the top), whatever v is. */
rt_value rt__cell_new_boxed(rt_state *rt, rt_value v);

/* The contents, borrowed (RT_NULL when empty). */
static inline rt_value rt_cell_get(rt_value c)
{
    return *rt__cell_slot(rt_cell_of(c));
}
/* True when v may take part in a reference cycle (a container). */
static inline bool rt__cell_may_cycle(rt_value v)
{
    return rt_is_obj(v) && rt_type_is_container(rt_as_obj(v)->type);
}

/* Boxes cell c and tracks it (see the top). The box is allocated from the
 * heap's reserve, so it never raises; when even the host has no memory the
 * cell stays unboxed (a cycle through it would then only be freed with the
 * state). */
void rt__cell_box_new(rt_state *rt, rt_cell *c);

/* Replaces the contents with v (stolen), releasing the old contents; boxes
 * the cell when v is its first container. */
static inline void rt_cell_set_steal(rt_state *rt, rt_value c, rt_value v)
{
    rt_cell *cell = rt_cell_of(c);
    if (!(cell->hdr.flags & RT_F_BOXED) && rt__cell_may_cycle(v))
        rt__cell_box_new(rt, cell);
    rt_value *slot = rt__cell_slot(cell);
    rt_value old = *slot;
    *slot = v;
    rt_decref(rt, old);
}

/* Hooks for ops.c (ops.h): rt__cell_getattr, rt__cell_repr. */

extern const rt_typeinfo rt__cell_typeinfo;

#endif
