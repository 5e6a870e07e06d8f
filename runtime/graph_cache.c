/* graph_cache.c: a state's cached heap graph: charged to the workload's
 * heap limit, reused while the heap's stamp is unchanged or it is young
 * enough, and rebuilt either in one go or in steps on a fiber of its own
 * (rt_inspect_graph_step) that pauses at the build's pace points. The build
 * itself is graph.c's. */
#include <stdlib.h>
#include <string.h>

#include "runtime/fiber.h"
#include "runtime/frame.h"
#include "runtime/gc.h"
#include "runtime/gclog.h"
#include "runtime/graph.h"
#include "runtime/heap.h"
#include "runtime/site.h"
#include "runtime/state.h"

/* The cached graph is charged to the workload's heap limit (rt_mem_charge):
 * an estimate before the build (so a graph that cannot fit is refused before
 * its arrays are allocated), then the built graph's own bytes while it is
 * cached. */
typedef struct graph_cache {
    rt_graph *g;
    size_t charged; /* bytes of g charged to the heap */
    uint64_t stamp[9];
    uint64_t built_ns; /* rt__clock_ns() when g was built */
    double built_unix;
    /* a build in steps (rt_inspect_graph_step): while `building`, the
     * build's frames wait on `fiber` and the heap must not change */
    rt_fiber *fiber;
    rt_graph_pacer pacer;
    bool building;
    size_t est;      /* the estimate charged while it builds */
    rt_graph *built; /* what the build returned */
} graph_cache;

static void cache_drop(rt_state *rt, graph_cache *c)
{
    rt_graph_free(c->g);
    c->g = NULL;
    rt_mem_uncharge(rt, c->charged);
    c->charged = 0;
}

static void stamp_of(rt_state *rt, uint64_t *s)
{
    s[0] = rt_heap_live_objects(rt) + rt->heap.freed_objects; /* allocated (heap.h) */
    s[1] = rt->heap.freed_objects;
    s[2] = rt->heap.live_bytes + rt->heap.freed_bytes;
    s[3] = rt->heap.freed_bytes;
    s[4] = rt->instructions;
    s[5] = rt->globals_ver;
    s[6] = (uint64_t)(uintptr_t)rt->frame;
    s[7] = rt->frame
               ? (uint64_t)(uintptr_t)rt->frame->ip ^ ((uint64_t)(uintptr_t)rt->frame->sp << 1)
               : 0;
    s[8] = rt->gc ? rt->gc->log.seq : 0;
}

static bool cache_current(rt_state *rt, const graph_cache *c)
{
    uint64_t s[9];
    stamp_of(rt, s);
    return c->g && memcmp(c->stamp, s, sizeof s) == 0;
}

static void describe_cache(rt_state *rt, const graph_cache *c, rt_inspect_analysis *info)
{
    if (!info)
        return;
    uint64_t now = rt__clock_ns();
    info->time_unix = c->built_unix;
    info->age_ns = now > c->built_ns ? now - c->built_ns : 0;
    info->build_ns = c->g->totals.build_ns;
    info->build_steps = c->g->totals.build_steps;
    info->current = cache_current(rt, c);
}

static graph_cache *cache_of(rt_state *rt)
{
    if (!rt->graph_cache)
        rt->graph_cache = calloc(1, sizeof(graph_cache));
    return rt->graph_cache;
}

/* Drops the cached graph and charges the estimate of a new one: false when
 * it would pass the workload's heap limit (nothing to build then). */
static bool rebuild_begin(rt_state *rt, graph_cache *c)
{
    cache_drop(rt, c);
    c->est = rt__graph_estimate(rt);
    if (rt_mem_charge(rt, c->est) < 0) {
        c->est = 0;
        stamp_of(rt, c->stamp);
        return false;
    }
    return true;
}

/* Caches what a build returned (charged at its own size). Returns it, or NULL. */
static rt_graph *rebuild_end(rt_state *rt, graph_cache *c, rt_graph *g)
{
    rt_mem_uncharge(rt, c->est);
    c->est = 0;
    if (g && rt_mem_charge(rt, rt__graph_bytes(g)) < 0) {
        rt_graph_free(g);
        g = NULL;
    }
    if (g) {
        c->g = g;
        c->charged = rt__graph_bytes(g);
        c->built_ns = rt__clock_ns();
        c->built_unix = rt__clock_unix();
    }
    /* after the charges, which move the heap totals the stamp reads */
    stamp_of(rt, c->stamp);
    return c->g;
}

/* Builds a new graph into the cache (dropping the old one). Returns it, or NULL. */
static rt_graph *cache_rebuild(rt_state *rt)
{
    graph_cache *c = cache_of(rt);
    if (!c || !rebuild_begin(rt, c))
        return NULL;
    return rebuild_end(rt, c, rt_graph_build(rt));
}

static void build_body(void *arg)
{
    rt_state *rt = arg;
    graph_cache *c = rt->graph_cache;
    c->built = rt__graph_build_paced(rt, &c->pacer);
}

/* Runs the build in steps for step_ns more (0: to its end). True when it
 * ended (its graph cached, or NULL cached out of memory). */
static bool step(rt_state *rt, graph_cache *c, uint64_t step_ns)
{
    c->pacer.deadline = step_ns ? rt__clock_ns() + step_ns : 0;
    c->pacer.count = 0;
    rt__fiber_continue(c->fiber);
    if (rt__fiber_busy(c->fiber))
        return false;
    c->building = false;
    rebuild_end(rt, c, c->built);
    c->built = NULL;
    return true;
}

void rt__graph_settle(rt_state *rt)
{
    graph_cache *c = rt->graph_cache;
    if (c && c->building)
        step(rt, c, 0);
}

rt_graph *rt_inspect_graph_step(rt_state *rt, uint64_t max_age_ns, uint64_t step_ns,
                                rt_inspect_analysis *info, int *pending)
{
    *pending = 0;
    graph_cache *c = cache_of(rt);
    if (!c)
        return NULL;
    if (!c->building) {
        if (c->g && (cache_current(rt, c) || rt__clock_ns() - c->built_ns <= max_age_ns)) {
            describe_cache(rt, c, info);
            return c->g;
        }
        if (!c->fiber && !(c->fiber = rt__fiber_new(rt)))
            return rt_inspect_graph_recent(rt, max_age_ns, info); /* in one go */
        if (!rebuild_begin(rt, c))
            return NULL;
        c->building = true;
        c->pacer.fiber = c->fiber;
        c->pacer.paused_ns = 0;
        c->pacer.pauses = 0;
        c->pacer.deadline = rt__clock_ns() + step_ns;
        c->pacer.count = 0;
        rt__fiber_start(c->fiber, build_body, rt);
        if (rt__fiber_busy(c->fiber)) {
            *pending = 1;
            return NULL;
        }
        c->building = false;
        rebuild_end(rt, c, c->built);
        c->built = NULL;
    } else if (!step(rt, c, step_ns)) {
        *pending = 1;
        return NULL;
    }
    if (c->g)
        describe_cache(rt, c, info);
    return c->g;
}

rt_graph *rt_inspect_graph(rt_state *rt)
{
    rt__graph_settle(rt);
    graph_cache *c = rt->graph_cache;
    if (c && cache_current(rt, c))
        return c->g;
    return cache_rebuild(rt);
}

rt_graph *rt_inspect_graph_cached(rt_state *rt, rt_inspect_analysis *info)
{
    rt__graph_settle(rt);
    graph_cache *c = rt->graph_cache;
    if (!c || !c->g)
        return NULL;
    describe_cache(rt, c, info);
    return c->g;
}

rt_graph *rt_inspect_graph_recent(rt_state *rt, uint64_t max_age_ns, rt_inspect_analysis *info)
{
    rt__graph_settle(rt);
    graph_cache *c = rt->graph_cache;
    if (!c || !c->g || (!cache_current(rt, c) && rt__clock_ns() - c->built_ns > max_age_ns))
        if (!cache_rebuild(rt))
            return NULL;
    c = rt->graph_cache;
    describe_cache(rt, c, info);
    return c->g;
}

void rt__graph_cache_dispose(rt_state *rt)
{
    rt__graph_settle(rt);
    graph_cache *c = rt->graph_cache;
    if (!c)
        return;
    rt__fiber_free(c->fiber);
    cache_drop(rt, c);
    free(c);
    rt->graph_cache = NULL;
}
