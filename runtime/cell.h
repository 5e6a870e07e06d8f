/* cell.h: cell objects (RT_T_CELL): the shared storage of one captured
 * variable. The frame that owns the variable creates the cell on entry;
 * every closure capturing it holds the same cell, so rebinding (nonlocal,
 * late binding of loop variables) is seen by all of them.
 *
 * Ownership: a cell owns its contents; RT_NULL means empty (unbound). 32
 * bytes with its gc link. */
#ifndef CLOSURED_RUNTIME_CELL_H
#define CLOSURED_RUNTIME_CELL_H

#include "runtime/gc.h"
#include "runtime/object.h"

typedef struct rt_cell {
    rt_obj hdr;
    rt_value value; /* owned; RT_NULL when empty */
} rt_cell;

static inline rt_cell *rt_cell_of(rt_value v)
{
    return (rt_cell *)rt_as_obj(v);
}

/* A new cell holding v (stolen; RT_NULL for empty). On failure v is released
 * and RT_NULL returned with MemoryError set. */
rt_value rt_cell_new(rt_state *rt, rt_value v);

/* The contents, borrowed (RT_NULL when empty). */
static inline rt_value rt_cell_get(rt_value c)
{
    return rt_cell_of(c)->value;
}
/* True when v may take part in a reference cycle (a container). */
static inline bool rt__cell_may_cycle(rt_value v)
{
    return rt_is_obj(v) && rt_typeinfos[rt_as_obj(v)->type]->is_container;
}

/* Replaces the contents with v (stolen), releasing the old contents. A cell
 * is tracked by the collector from the first time it holds a container (as
 * CPython tracks dicts): one holding only ints, strs or None is no cycle. */
static inline void rt_cell_set_steal(rt_state *rt, rt_value c, rt_value v)
{
    rt_cell *cell = rt_cell_of(c);
    rt_value old = cell->value;
    cell->value = v;
    if (!(cell->hdr.flags & RT_F_TRACKED) && rt__cell_may_cycle(v))
        rt__gc_track(rt, &cell->hdr);
    rt_decref(rt, old);
}

/* Hooks for ops.c (ops.h): rt__cell_getattr, rt__cell_repr. */

extern const rt_typeinfo rt__cell_typeinfo;

#endif
