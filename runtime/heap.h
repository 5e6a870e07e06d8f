/* heap.h: the allocation chokepoint's extra API (object.h declares the
 * allocation functions themselves): allocation sites, limits, totals and the
 * size of any value.
 *
 * Accounting invariant: for every live object, the bytes charged to its type
 * and its site equal what its typeinfo `size` slot reports (block + 16-byte gc
 * link for the types with an inline link + owned buffers, a cell's box
 * among them). Owned buffers are charged to their
 * owner's type and site, so resizing a list moves only its own counters. */
#ifndef CLOSURED_RUNTIME_HEAP_H
#define CLOSURED_RUNTIME_HEAP_H

#include "runtime/object.h"
#include "runtime/state.h"
#include "runtime/strbuf.h"

/* Initialises rt->heap (limit from rt->cfg.heap_limit_bytes). Called by
 * state.c first, before any allocation. Returns 0, or -1 when the host is
 * out of memory. */
int rt__heap_init(rt_state *rt);
/* Frees the heap's own tables (by_site_type). Called by state.c last. */
void rt__heap_dispose(rt_state *rt);

/* Charges allocations to `site` instead of the executing instruction's site
 * until it is called again with 0. Returns the previous override so callers
 * can nest: `uint16_t old = rt_heap_set_site(rt, s); ...; rt_heap_set_site(rt, old);` */
uint16_t rt_heap_set_site(rt_state *rt, uint16_t site);

/* The site of the executing instruction (site.h id), 0 when idle.
 * Implemented by the VM (vm.c); the heap calls it for every allocation that
 * has no override, so it must be cheap and must not allocate. */
uint16_t rt__current_site(rt_state *rt);

/* Re-charges o (and its owned buffers, via its size slot) from its current
 * site to `site` and stores the new site in its header; for objects whose
 * site is decided after allocation (a function's definition site). Never
 * write o->site directly: the accounting would no longer balance. */
void rt_heap_move_site(rt_state *rt, rt_obj *o, uint16_t site);

/* rt_heap_alloc/resize/free with owner NULL: scratch buffers of the runtime
 * itself (temporary arrays): in the totals (other_bytes), under no type or site. */

/* rt_heap_resize for what raising an exception needs (a traceback entry):
 * it may use the reserve past the limit and never raises, so the exception
 * in flight stays the one reported. NULL when the host is out of memory. */
void *rt__heap_resize_reserve(rt_state *rt, const rt_obj *owner, void *p, size_t old, size_t size);
/* A new buffer of `size` bytes owned by `owner` (not NULL), from the
 * reserve as rt__heap_resize_reserve's (past the limit, never raising),
 * not zeroed: a cell's box (cell.c), which every cell that first holds a
 * container gets, so it is a size-class pop and the charge, nothing more.
 * NULL when the host is out of memory. */
void *rt__heap_alloc_reserve(rt_state *rt, const rt_obj *owner, size_t size);

/* Initialises sb with an allocator that charges the heap (owner NULL, as
 * scratch buffers): for every buffer that holds what a workload builds
 * (str methods, formatting, joins, print). Growing past the limit fails
 * before allocating: MemoryError is set and sb->failed. */
void rt_heap_strbuf_init(rt_state *rt, rt_strbuf *sb);

/* For a buffer (or a format into one) that failed: RT_NULL with MemoryError
 * set. The heap has raised it already, bare as CPython's, unless the size
 * overflowed before it asked the heap: then a fresh one is raised. */
rt_value rt_heap_strbuf_error(rt_state *rt);

/* Changes the heap limit (0 = none). Allocations already made stay. */
void rt_heap_set_limit(rt_state *rt, size_t limit);
/* The stress switch (tests): the n-th allocation from now fails with
 * MemoryError, as over the limit; 0 turns it off. */
void rt__heap_fail_after(rt_state *rt, uint64_t n);

/* sys.getsizeof's rule: 8 (one word) for an immediate (small int, bool,
 * None, RT_NULL), the type's `size` slot for a heap object. */
size_t rt_value_sizeof(rt_value v);

/* A snapshot of the heap totals (inspection, /metrics). */
typedef struct rt_heap_totals {
    uint64_t live_bytes, live_objects, peak_bytes;
    uint64_t other_bytes; /* of live_bytes, what is no object's (state.h) */
    uint64_t allocated_bytes, freed_bytes, allocated_objects, freed_objects;
    size_t limit;
} rt_heap_totals;
void rt_heap_totals_get(const rt_state *rt, rt_heap_totals *out);
/* The live objects. With the accounting they are counted once, in the
 * (site, type) pairs, and this sums the table (time proportional to the
 * sites that have allocated: for views and samples, not per allocation). */
uint64_t rt_heap_live_objects(const rt_state *rt);
/* The counts by type, by site and by both are kept as one table of
 * (site, type) pairs (state.h: by_site_type); the readers below sum it, in
 * time proportional to the sites that have allocated. */
/* Live bytes/objects of one type (zeros for an id out of range). */
rt_heap_counts rt_heap_by_type(const rt_state *rt, rt_type_id type);
/* The live bytes/objects of every type at once (out[t] for type t), in one
 * pass over the table: what a histogram by type reads. */
void rt_heap_by_types(const rt_state *rt, rt_heap_counts out[RT_T_COUNT]);
/* Makes o (whose size slot works for both types) an object of type `to`,
 * moving its bytes and its count to that type's histogram (a set made
 * with the set algebra becomes a frozenset). */
void rt__heap_retype(rt_state *rt, rt_obj *o, rt_type_id to);
/* Live bytes/objects charged to one site (zeros for an unknown site). */
rt_heap_counts rt_heap_by_site(const rt_state *rt, uint16_t site);
/* Live bytes/objects of one type charged to one site (zeros for an unknown
 * site or type). */
rt_heap_counts rt_heap_by_site_type(const rt_state *rt, uint16_t site, rt_type_id type);
/* Moves the charge of `bytes` of owned buffers from `from`'s (site, type)
 * to `to`'s, for two objects that swap their buffers (a set's in-place
 * update takes its result's table). */
void rt__heap_bytes_move(rt_state *rt, const rt_obj *from, const rt_obj *to, uint64_t bytes);

#endif
