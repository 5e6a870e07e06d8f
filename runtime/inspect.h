/* inspect.h: runtime-internal side of the inspection API: the registry of
 * live function objects that makes rt_inspect_closures O(live closures), and the
 * measures of a closure every answer shares.
 *
 * func.c calls rt__inspect_function_born once a function is fully built and
 * rt__inspect_function_died first thing in its dealloc. The registry holds
 * borrowed pointers only: it never keeps a function alive. */
#ifndef CLOSURED_RUNTIME_INSPECT_H
#define CLOSURED_RUNTIME_INSPECT_H

#include "runtime/object.h"

/* Counts f (an RT_T_FUNCTION, borrowed) and, when it has cells, registers it
 * as a live closure. Out of host memory it is counted but not listed. */
void rt__inspect_function_born(rt_state *rt, rt_obj *f);
/* Forgets f (no-op for a function never registered). */
void rt__inspect_function_died(rt_state *rt, rt_obj *f);
/* Advances the registration number by n (tests: closures numbered past
 * what the function's own word packs). */
void rt__inspect_seq_skip(rt_state *rt, uint64_t n);
/* Frees the registry (rt__gc_dispose calls it). */
void rt__inspect_dispose(rt_state *rt);

/* Live function objects / closures (functions with at least one cell). */
uint64_t rt__inspect_functions(const rt_state *rt);
uint64_t rt__inspect_closures(const rt_state *rt);

/* The measures of closures (DESIGN.md), defined here once for every answer (listings,
 * totals, the graph's closures and sites). One cell slot: the shallow size of its contents
 * (what env bytes add up) and of the cell itself; both 0 for a slot the collector cleared. */
void rt__cell_measure(rt_value cell, uint64_t *contents, uint64_t *cell_bytes);
/* Closure fo (a function): env bytes and env shallow bytes (cells plus contents). */
void rt__closure_env(const rt_obj *fo, uint64_t *env, uint64_t *env_shallow);

/* How many other live closures hold a cell: a map cell -> holders over every live closure,
 * defined here once (listings and the graph's shared_with). */
typedef struct rt__share_slot {
    const rt_obj *cell;
    uint32_t n;
} rt__share_slot;
typedef struct rt__share_map {
    rt__share_slot *slots;
    size_t cap; /* 0: unknown (out of memory): every count reads 0 */
} rt__share_map;
void rt__share_map_build(rt_state *rt, rt__share_map *m);
/* Live closures other than one holding `cell` (0 when m is NULL or unknown). */
uint32_t rt__shared_with(rt__share_map *m, rt_value cell);
void rt__share_map_dispose(rt__share_map *m);

#endif
