/* cell.c: cell objects: construction, cell_contents, repr and the memory
 * slots. */
#include "runtime/cell.h"

#include <inttypes.h>
#include <string.h>

#include "runtime/heap.h"
#include "runtime/heap_fast.h"
#include "runtime/objid.h"
#include "runtime/ops.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/type.h"

void rt__cell_box_new(rt_state *rt, rt_cell *c)
{
    rt_gc_box *b = rt__heap_alloc_reserve(rt, &c->hdr, sizeof *b);
    if (!b)
        return;
    memset(b, 0, sizeof *b);
    b->tag.type = RT_T_CELL;
    b->owner = &c->hdr;
    b->value = c->value;
    c->value = (rt_value)(uintptr_t)b;
    c->hdr.flags |= RT_F_BOXED;
    rt__gc_track(rt, &c->hdr);
}

rt_value rt__cell_new_boxed(rt_state *rt, rt_value v)
{
    rt_cell *c = (rt_cell *)rt_obj_alloc(rt, RT_T_CELL, sizeof(rt_cell) + sizeof(rt_gc_box));
    if (!c) {
        rt_decref(rt, v);
        return RT_NULL;
    }
    rt_gc_box *b = (rt_gc_box *)(c + 1); /* zeroed with the block */
    b->tag.type = RT_T_CELL;
    b->owner = &c->hdr;
    b->value = v;
    c->value = (rt_value)(uintptr_t)b;
    c->hdr.flags |= RT_F_BOXED | RT_CELL_F_INLINE_BOX;
    rt__gc_track(rt, &c->hdr);
    return rt_from_obj(c);
}

rt_value rt_cell_new(rt_state *rt, rt_value v)
{
    if (rt__cell_may_cycle(v))
        return rt__cell_new_boxed(rt, v);
    rt_cell *c = (rt_cell *)rt__obj_alloc_inline(rt, RT_T_CELL, sizeof(rt_cell));
    if (!c) {
        rt_decref(rt, v);
        return RT_NULL;
    }
    c->value = v;
    return rt_from_obj(c);
}

rt_value rt__cell_getattr(rt_state *rt, rt_value c, rt_value name)
{
    const char *s = rt_str_data(name);
    if (!strcmp(s, "cell_contents")) {
        rt_value v = rt_cell_get(c);
        if (!v)
            return rt_raise(rt, RT_EXC_ValueError, "Cell is empty");
        rt_incref(v);
        return v;
    }
    return rt_raise(rt, RT_EXC_AttributeError, "'cell' object has no attribute '%s'", s);
}

int rt__cell_setattr(rt_state *rt, rt_value c, rt_value name, rt_value v)
{
    if (rt_str_eq_cstr(name, "cell_contents")) {
        rt_incref(v);
        rt_cell_set_steal(rt, c, v);
        return 0;
    }
    rt_raise(rt, RT_EXC_AttributeError, "'cell' object has no attribute '%s'", rt_str_data(name));
    return -1;
}

rt_value rt__cell_repr(rt_state *rt, rt_value c)
{
    rt_value v = rt_cell_get(c);
    if (!v)
        return rt_str_printf(rt, "<cell at 0x%" PRIx64 ": empty>", rt__objid_of_value(rt, c));
    return rt_str_printf(rt, "<cell at 0x%" PRIx64 ": %s object at 0x%" PRIx64 ">",
                         rt__objid_of_value(rt, c), rt_type_name(v), rt__objid_of_value(rt, v));
}

static size_t cell_size(const rt_obj *o)
{
    return sizeof(rt_cell) + ((o->flags & RT_F_BOXED) ? sizeof(rt_gc_box) : 0);
}

static void cell_traverse(rt_obj *o, rt_visit_fn visit, void *arg)
{
    rt_value v = *rt__cell_slot((rt_cell *)o);
    if (rt_is_obj(v))
        visit(rt_as_obj(v), arg);
}

static void cell_clear(rt_state *rt, rt_obj *o)
{
    rt_value *slot = rt__cell_slot((rt_cell *)o);
    rt_value v = *slot;
    *slot = RT_NULL;
    rt_decref(rt, v);
}

/* The box goes after the cell's block, untracked first (rt_obj_free does
 * that through it), so the collector never sees a half-freed cell; a box
 * born with its cell goes with the cell's block. */
static void cell_dealloc(rt_state *rt, rt_obj *o)
{
    cell_clear(rt, o);
    if (!(o->flags & RT_F_BOXED)) {
        rt__obj_free_inline(rt, o, RT_T_CELL, sizeof(rt_cell));
        return;
    }
    if (o->flags & RT_CELL_F_INLINE_BOX) {
        rt_obj_free(rt, o, sizeof(rt_cell) + sizeof(rt_gc_box));
        return;
    }
    rt_gc_box *b = rt__cell_box((rt_cell *)o);
    rt_obj owner = *o; /* type and site, for the box's uncharge */
    rt__obj_free_inline(rt, o, RT_T_CELL, sizeof(rt_cell));
    rt_heap_free(rt, &owner, b, sizeof *b);
}

const rt_typeinfo rt__cell_typeinfo = {"cell",        true,       cell_size,
                                       cell_traverse, cell_clear, cell_dealloc};
