/* rt_inspect.h: the runtime's public read-only inspection API: heap totals,
 * the collector's totals and event ring, live closures with their captured
 * variables, the heap histogram by type and by site, and "collect now".
 *
 * The API layer reads a runtime only through this header and rt.h. Every
 * call is made from the loop between VM slices, so the answers are a
 * consistent view. Nothing here changes the heap except rt_inspect_collect.
 *
 * Cost contract: rt_inspect_totals and rt_inspect_gc are O(1) (safe on every
 * scrape); rt_inspect_closures is O(live closures); the histogram is
 * O(types + sites). Strings handed to callbacks are borrowed and valid only
 * during the callback. */
#ifndef CLOSURED_RUNTIME_RT_INSPECT_H
#define CLOSURED_RUNTIME_RT_INSPECT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "runtime/rt.h"

/* ---- heap totals (O(1)) ------------------------------------------------------ */

typedef struct rt_inspect_totals {
    uint64_t heap_bytes;           /* live bytes */
    uint64_t heap_objects;         /* live objects */
    uint64_t heap_peak_bytes;
    uint64_t heap_limit_bytes;     /* 0 = none */
    uint64_t allocated_bytes_total;
    uint64_t allocated_objects_total;
    uint64_t freed_bytes_total;
    uint64_t freed_objects_total;
    uint64_t refcount_freed_objects_total; /* freed when their count reached zero */
    uint64_t refcount_freed_bytes_total;
    uint64_t gc_freed_objects_total;       /* freed by the cycle collector */
    uint64_t gc_freed_bytes_total;
    uint64_t closures;             /* live function objects that have at least one cell */
    uint64_t functions;            /* live function objects */
    uint64_t instructions_total;   /* VM instructions executed */
} rt_inspect_totals;

void rt_inspect_totals_get(rt_state *rt, rt_inspect_totals *out);

/* ---- the collector (O(1)) ---------------------------------------------------- */

#ifndef RT_GC_GENERATIONS
#define RT_GC_GENERATIONS 3
#endif

typedef struct rt_inspect_gen {
    uint32_t threshold;
    uint32_t count;             /* gen 0: allocations minus deallocations since the last
                                   collection; gen 1/2: collections of the younger gen */
    uint64_t collections;
    uint64_t collected;
    uint64_t uncollectable;
    uint64_t pause_ns_total;
    uint64_t pause_ns_max;
} rt_inspect_gen;

typedef struct rt_inspect_gc {
    bool enabled;
    rt_inspect_gen gen[RT_GC_GENERATIONS];
    uint64_t frozen;            /* objects in the permanent generation */
    uint64_t events_total;      /* sequence number of the newest event (0 = none yet) */
} rt_inspect_gc;

void rt_inspect_gc_get(rt_state *rt, rt_inspect_gc *out);

/* One recorded collection. */
typedef struct rt_gc_event {
    uint64_t seq;               /* 1, 2, ... never reused */
    double time_unix;           /* wall-clock seconds when it ended */
    int generation;
    uint64_t examined;          /* objects in the collected generations */
    uint64_t collected;         /* unreachable objects found (gc.collect's return value) */
    uint64_t uncollectable;
    uint64_t pause_ns;          /* monotonic clock */
    uint64_t heap_bytes_before;
    uint64_t heap_bytes_after;
    bool manual;                /* gc.collect() or rt_inspect_collect, not a threshold */
} rt_gc_event;

/* Copies up to `max` recorded events with seq > since, oldest first, into out.
 * Returns how many were copied. The ring keeps the last RT_GC_EVENT_RING. */
#define RT_GC_EVENT_RING 1024
size_t rt_inspect_gc_events(rt_state *rt, uint64_t since, rt_gc_event *out, size_t max);

/* Collects `generation` (0..2) now, as gc.collect(generation) would, and fills
 * *ev with the record. Returns 0, or -1 for a bad generation or when code is
 * mid-instruction (never the case from the loop). */
int rt_inspect_collect(rt_state *rt, int generation, rt_gc_event *ev);

/* ---- closures (O(live closures)) --------------------------------------------- */

/* One captured variable (a cell of the closure). */
typedef struct rt_inspect_var {
    const char *name;           /* the free variable's name */
    const char *type_name;      /* type of the cell's contents; "<empty>" when empty */
    const char *repr;           /* short repr (at most ~80 bytes, "..." when cut) */
    uint64_t shallow_bytes;     /* sys.getsizeof of the contents (0 when empty) */
    uint64_t cell_bytes;        /* the cell object itself */
    uint64_t cell_id;           /* the cell's object id */
    uint32_t shared_with;       /* other live closures holding the same cell (0 when
                                   unshared or when the host is out of memory) */
    bool empty;
} rt_inspect_var;

typedef struct rt_inspect_closure {
    uint64_t id;                /* stable object id while it lives */
    const char *name;           /* __name__ */
    const char *qualname;       /* __qualname__ */
    const char *filename;       /* definition site */
    int line;
    uint16_t site;              /* definition site id */
    uint64_t age_seq;           /* allocation order: bigger = younger */
    uint64_t function_bytes;    /* the function object itself */
    uint64_t env_bytes;         /* seed's measure: sum of shallow sizes of cells' contents */
    uint64_t env_shallow_bytes; /* cells + their contents' shallow sizes */
    size_t nvars;
    const rt_inspect_var *vars;
} rt_inspect_closure;

/* Calls fn once per live closure (a function with at least one cell). fn
 * returns 0 to go on, nonzero to stop. */
typedef int (*rt_inspect_closure_fn)(void *ctx, const rt_inspect_closure *c);
void rt_inspect_closures(rt_state *rt, rt_inspect_closure_fn fn, void *ctx);

/* The closure with this id, via fn; returns 0, or -1 when no live closure has it. */
int rt_inspect_closure_get(rt_state *rt, uint64_t id, rt_inspect_closure_fn fn, void *ctx);

/* Totals over every live closure: count, env bytes, env shallow bytes. O(live
 * closures); the daemon samples it once a second for the metrics. */
/* (The struct is used by its tag, `struct rt_inspect_env_totals`, or as
 * rt_inspect_env_totals_t: a typedef named like the function would clash.) */
typedef struct rt_inspect_env_totals {
    uint64_t closures;
    uint64_t env_bytes;
    uint64_t env_shallow_bytes;
} rt_inspect_env_totals_t;
void rt_inspect_env_totals(rt_state *rt, struct rt_inspect_env_totals *out);

/* ---- histogram (O(types + sites)) --------------------------------------------- */

typedef struct rt_inspect_bucket {
    const char *label;          /* type name, or "FILE:LINE" for a site */
    const char *filename;       /* sites only */
    int line;                   /* sites only */
    uint64_t bytes;
    uint64_t objects;
} rt_inspect_bucket;

/* Calls fn for every type with live objects. */
typedef int (*rt_inspect_bucket_fn)(void *ctx, const rt_inspect_bucket *b);
void rt_inspect_by_type(rt_state *rt, rt_inspect_bucket_fn fn, void *ctx);
/* Calls fn for every allocation site with live objects. */
void rt_inspect_by_site(rt_state *rt, rt_inspect_bucket_fn fn, void *ctx);

#endif
