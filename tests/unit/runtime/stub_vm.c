/* stub_vm.c: test-only stand-ins for the VM side (vm.c, module.c, state.c)
 * that the object-core unit tests need until those files land. Every
 * definition is weak, so the real one wins as soon as it is in the library.
 * Also the tests' state helper: a state with only the object core's
 * sections (heap, sites, gc, interned strings, types, exceptions). */
#include <stdlib.h>

#include "runtime/exc.h"
#include "runtime/gc.h"
#include "runtime/heap.h"
#include "runtime/site.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/type.h"
#include "tests/unit/runtime/stub_vm.h"

#define WEAK __attribute__((weak))

WEAK uint16_t rt__current_site(rt_state *rt)
{
    (void)rt;
    return 0;
}

WEAK rt_value rt_call(rt_state *rt, rt_value callable, const rt_value *args, size_t nargs,
                      rt_value kwnames)
{
    (void)callable;
    (void)args;
    (void)nargs;
    (void)kwnames;
    return rt_raise(rt, RT_EXC_NotImplementedError, "rt_call stub");
}

static size_t module_size(const rt_obj *o)
{
    (void)o;
    return 64;
}
static void module_dealloc(rt_state *rt, rt_obj *o) { rt_obj_free(rt, o, 64); }
WEAK const rt_typeinfo rt__module_typeinfo = {"module", true, module_size, NULL, NULL,
                                              module_dealloc};
WEAK rt_value rt__module_repr(rt_state *rt, rt_value m)
{
    (void)m;
    return rt_str_from_cstr(rt, "<module>");
}
WEAK rt_value rt__module_getattr(rt_state *rt, rt_value m, rt_value name)
{
    (void)m;
    return rt_raise(rt, RT_EXC_AttributeError, "module has no attribute '%s'", rt_str_data(name));
}

rt_state *stub_state_new(size_t heap_limit)
{
    rt_state *rt = calloc(1, sizeof *rt);
    if (!rt)
        return NULL;
    rt->cfg.heap_limit_bytes = heap_limit;
    rt->recursion_limit = 1000;
    if (rt__heap_init(rt) || rt__sites_init(rt) || rt__gc_init(rt) || rt__str_init(rt) ||
        rt__types_init(rt) || rt__exc_init(rt)) {
        free(rt);
        return NULL;
    }
    return rt;
}

uint64_t stub_state_free(rt_state *rt)
{
    rt__exc_dispose(rt);
    rt__types_dispose(rt);
    uint64_t live = rt->heap.live_bytes + rt->heap.live_objects;
    rt__str_dispose(rt);
    rt__gc_dispose(rt);
    rt__sites_dispose(rt);
    rt__heap_dispose(rt);
    free(rt->repr_stack);
    free(rt);
    return live;
}
