/* core_state.c: the object-core tests' fixture: a state with only the
 * object core's sections (heap, sites, gc, interned strings, types,
 * exceptions), no compiler or VM, so a test sees exactly what it allocated
 * and can check that freeing returns the heap to zero. */
#include <stdlib.h>

#include "runtime/bigint.h"
#include "runtime/exc.h"
#include "runtime/gc.h"
#include "runtime/heap.h"
#include "runtime/site.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/vm.h"
#include "tests/unit/runtime/core_state.h"

rt_state *core_state_new(size_t heap_limit)
{
    rt_state *rt = calloc(1, sizeof *rt);
    if (!rt)
        return NULL;
    rt->cfg.heap_limit_bytes = heap_limit;
    rt->recursion_limit = 1000;
    rt->int_max_str_digits = RT_INT_MAX_STR_DIGITS;
    rt->cfg.interrupt = &rt->interrupt_own; /* as rt_state_new: C loops read it (vm.h) */
    rt->c_steps = RT_C_STRIDE;
    if (rt__heap_init(rt) || rt__sites_init(rt) || rt__gc_init(rt) || rt__tuple_init(rt) ||
        rt__str_init(rt) || rt__types_init(rt) || rt__exc_init(rt)) {
        free(rt);
        return NULL;
    }
    return rt;
}

uint64_t core_state_free(rt_state *rt)
{
    rt__exc_dispose(rt);
    rt__tuple_dispose(rt);
    rt__types_dispose(rt);
    uint64_t live = rt->heap.live_bytes + rt_heap_live_objects(rt);
    rt__str_dispose(rt);
    rt__gc_dispose(rt);
    rt__sites_dispose(rt);
    rt__heap_dispose(rt);
    free(rt->repr_stack);
    free(rt);
    return live;
}
