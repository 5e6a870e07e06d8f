/* inspect.h: runtime-internal side of the inspection API: the registry of
 * live function objects that makes rt_inspect_closures O(live closures).
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
/* Frees the registry (rt__gc_dispose calls it). */
void rt__inspect_dispose(rt_state *rt);

/* Live function objects / closures (functions with at least one cell). */
uint64_t rt__inspect_functions(const rt_state *rt);
uint64_t rt__inspect_closures(const rt_state *rt);

#endif
