/* graph.h: runtime-internal side of the heap graph (rt_inspect.h declares the
 * public API): the graph's representation shared by graph.c (building,
 * strings, paths), graph_dom.c (dominators, retained and deep sizes) and
 * graph_closures.c (closures, capture hints, sites), and the cache hook.
 *
 * A graph owns every array below (malloc'd host memory, never heap objects)
 * and refers to no live object; ids are addresses only as numbers. */
#ifndef CLOSURED_RUNTIME_GRAPH_H
#define CLOSURED_RUNTIME_GRAPH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "runtime/object.h"
#include "runtime/rt_inspect.h"

struct rt_graph_strchunk;
struct rt_graph_slot;
struct rt_fiber;

/* A build in steps (rt_inspect_graph_step): the build runs on a fiber of its
 * own and, at a pace point past its step's deadline, leaves the fiber; the
 * next step re-enters it. The heap must not change in between (the caller
 * runs no code and no collection on the state until the build ends). */
typedef struct rt_graph_pacer {
    struct rt_fiber *fiber;
    uint64_t deadline;  /* CLOCK_MONOTONIC ns; 0: finish without pausing */
    uint32_t count;     /* pace points since the clock was last read */
    uint64_t paused_ns; /* time spent off the fiber: not the build's */
    uint32_t pauses;    /* times it left the fiber */
} rt_graph_pacer;

/* Reads the clock and leaves the fiber when the step's time is spent. */
void rt__graph_pace_check(rt_graph_pacer *p);
/* Builds the graph, pausing at the pace points when pacer is non-NULL
 * (graph_cache.c's builds in steps); rt_graph_build is it with NULL. */
rt_graph *rt__graph_build_paced(rt_state *rt, rt_graph_pacer *pacer);
/* What a build of rt's heap as it is will allocate, before it allocates it
 * (charged to the heap limit first), and the bytes a built graph holds. */
size_t rt__graph_estimate(const rt_state *rt);
size_t rt__graph_bytes(const rt_graph *g);

/* A pace point: called once per node (or closure) by every loop of a build;
 * reads the clock every 1024 calls. NULL: a build in one go. */
static inline void rt__graph_pace(rt_graph_pacer *p)
{
    if (p && ++p->count >= 1024)
        rt__graph_pace_check(p);
}

struct rt_graph {
    const struct rt_state *rt; /* the runtime it was built from (object ids: objid.h) */
    rt_graph_pacer *pacer;     /* while a build in steps runs (NULL otherwise) */
    rt_graph_node *nodes;
    uint32_t nnodes, capnodes;
    rt_graph_edge *edges;
    uint32_t nedges, capedges;
    uint32_t *parent;      /* BFS tree: the node that discovered node i (root: NONE) */
    uint32_t *parent_edge; /* ... and the edge it did so by */

    /* the string table: strs[i] points into the chunks; deduplicated */
    const char **strs;
    uint32_t *slens;
    uint32_t nstrs, capstrs;
    uint32_t *shash; /* open addressing: string index + 1, 0 = empty */
    size_t shash_cap;
    struct rt_graph_strchunk *chunks;

    /* id -> node index: open addressing on ids (id 0 = empty), filled once
     * at the end of the build (the walk itself finds nodes through the
     * objects: see graph.c) */
    struct rt_graph_slot *map;
    size_t map_cap;

    rt_graph_closure *closures; /* in node order */
    uint32_t nclosures;
    rt_graph_var *vars;
    uint32_t nvars;
    rt_graph_site *sites;
    uint32_t nsites;

    uint32_t globals_node; /* node of the globals group, for rendering */
    uint32_t builtins_node, modules_node;
    rt_graph_totals totals;
};

/* malloc (calloc when zero) of n bytes, hinted for huge pages when big: the
 * graph's large arrays. Freed with free(); NULL when out of memory. */
void *rt__graph_alloc(size_t n, bool zero);

/* Interns a string of n bytes into g's table; its index, or RT_GRAPH_NONE
 * when the host is out of memory. */
uint32_t rt__graph_intern(rt_graph *g, const char *s, size_t n);
/* s cut to at most max of its n bytes on a UTF-8 boundary: the bytes kept. */
size_t rt__graph_utf8_cut(const char *s, size_t n, size_t max);

/* Node index of an id already in the map, or RT_GRAPH_NONE. */
uint32_t rt__graph_lookup(const rt_graph *g, uint64_t id);

/* Immediate dominators of a graph given as successor lists in CSR form
 * (succ[first[v] .. first[v+1]) for v < n), root 0, by Lengauer-Tarjan
 * (iterative, path compression). Fills idom[v] (the root's is 0; nodes the
 * root does not reach get RT_GRAPH_NONE) and, when order is not NULL, the
 * reachable nodes in DFS preorder (returns their count). Returns the count,
 * or -1 when the host is out of memory. O(n + m) memory, O(m log n) time. */
int64_t rt__graph_dominators(uint32_t n, const uint32_t *first, const uint32_t *succ,
                             uint32_t *idom, uint32_t *order, rt_graph_pacer *pacer);

/* graph_dom.c: fills every node's dominator and retained_size from g's
 * strong edges. 0, or -1 when the host is out of memory. */
int rt__graph_compute_dominators(rt_graph *g);

/* graph_closures.c: fills g->closures, g->vars (one per cell of each
 * function node flagged RT_GRAPH_N_CLOSURE), the hints and g->sites. Needs
 * the live heap (the same one g was built from, unchanged) for the code
 * objects. 0, or -1 when the host is out of memory. */
int rt__graph_compute_closures(rt_graph *g, rt_state *rt);

/* Ends a build in steps that is under way, in one go: before anything may
 * change the heap or read the cache (rt_run, a collection, the other
 * inspection calls do it themselves). */
void rt__graph_settle(rt_state *rt);

/* Frees rt's cached graph (rt_state_free calls it). */
void rt__graph_cache_dispose(rt_state *rt);

#endif
