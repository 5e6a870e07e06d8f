/* rt_inspect.h: the runtime's public read-only inspection API: heap totals,
 * the collector's totals and event ring, live closures with their captured
 * variables, the heap histogram by type and by site, and "collect now".
 *
 * The API layer reads a runtime only through this header and rt.h. Every
 * call is made from the loop between VM slices, so the answers are a
 * consistent view. Nothing here changes the heap except rt_inspect_collect.
 *
 * Cost contract: rt_inspect_totals and rt_inspect_gc are O(1) (safe on every
 * scrape); rt_inspect_closures and its variants are O(live closures); the histogram is
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
    uint64_t heap_bytes;   /* live bytes of objects (their sizes add up to this) */
    uint64_t other_bytes;  /* also charged to the limit, no object's: the frame stack,
                              buffers being built, the cached graph, host memory charged
                              with rt_mem_charge. heap_bytes + other_bytes <= the limit */
    uint64_t heap_objects; /* live objects */
    uint64_t heap_peak_bytes;
    uint64_t heap_limit_bytes; /* 0 = none */
    uint64_t allocated_bytes_total;
    uint64_t allocated_objects_total;
    uint64_t freed_bytes_total;
    uint64_t freed_objects_total;
    uint64_t refcount_freed_objects_total; /* freed when their count reached zero */
    uint64_t refcount_freed_bytes_total;
    uint64_t gc_freed_objects_total; /* freed by the cycle collector */
    uint64_t gc_freed_bytes_total;
    uint64_t closures;           /* live function objects that have at least one cell */
    uint64_t functions;          /* live function objects */
    uint64_t instructions_total; /* VM instructions executed */
} rt_inspect_totals;

void rt_inspect_totals_get(rt_state *rt, rt_inspect_totals *out);

/* ---- the collector (O(1)) ---------------------------------------------------- */

#ifndef RT_GC_GENERATIONS
#define RT_GC_GENERATIONS 3
#endif

typedef struct rt_inspect_gen {
    uint32_t threshold;
    uint32_t count; /* gen 0: allocations minus deallocations since the last
                       collection; gen 1/2: collections of the younger gen */
    uint64_t collections;
    uint64_t collected;
    uint64_t uncollectable;
    uint64_t pause_ns_total; /* wall clock (monotonic), see rt_gc_event */
    uint64_t pause_ns_max;
    uint64_t pause_cpu_ns_total; /* the collecting thread's CPU time */
} rt_inspect_gen;

typedef struct rt_inspect_gc {
    bool enabled;
    rt_inspect_gen gen[RT_GC_GENERATIONS];
    uint64_t frozen;       /* objects in the permanent generation */
    uint64_t events_total; /* sequence number of the newest event (0 = none yet) */
} rt_inspect_gc;

void rt_inspect_gc_get(rt_state *rt, rt_inspect_gc *out);

/* One recorded collection. */
typedef struct rt_gc_event {
    uint64_t seq;     /* 1, 2, ... never reused */
    double time_unix; /* wall-clock seconds when it ended */
    int generation;
    uint64_t examined;  /* objects in the collected generations */
    uint64_t collected; /* unreachable objects found (gc.collect's return value) */
    uint64_t uncollectable;
    /* The pause twice: pause_ns is wall-clock time (monotonic clock), what
     * the program waited, including time the thread was not on a CPU;
     * pause_cpu_ns is the CPU time the collecting thread spent, the
     * collector's own cost: its thread CPU clock, except the part of a quick
     * generation-0 collection before any Python code ran, counted at its
     * wall-clock length, at most 100 µs (gc.c: the collection's clock). On a
     * busy machine the first can be many times the second. */
    uint64_t pause_ns;
    uint64_t pause_cpu_ns;
    uint64_t heap_bytes_before;
    uint64_t heap_bytes_after;
    bool manual; /* gc.collect() or rt_inspect_collect, not a threshold */
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
    const char *name;       /* the free variable's name */
    const char *type_name;  /* type of the cell's contents; "<empty>" when empty */
    const char *repr;       /* short repr (at most ~80 bytes, "..." when cut) */
    uint64_t shallow_bytes; /* sys.getsizeof of the contents (0 when empty) */
    uint64_t cell_bytes;    /* the cell object itself */
    uint64_t cell_id;       /* the cell's object id */
    uint32_t shared_with;   /* other live closures holding the same cell (0 when
                               unshared or when the host is out of memory) */
    bool empty;
} rt_inspect_var;

struct rt_graph_closure;
struct rt_graph_site;

typedef struct rt_inspect_closure {
    uint64_t id;          /* stable object id while it lives */
    const char *name;     /* __name__ */
    const char *qualname; /* __qualname__ */
    const char *filename; /* definition site */
    int line;
    uint16_t site;              /* definition site id */
    uint64_t age_seq;           /* allocation order: bigger = younger */
    uint64_t function_bytes;    /* the function object itself */
    uint64_t env_bytes;         /* seed's measure: sum of shallow sizes of cells' contents */
    uint64_t env_shallow_bytes; /* cells + their contents' shallow sizes */
    size_t nvars;
    const rt_inspect_var *vars;
    /* This closure in the graph the query was given (rt_closure_query.graph), or NULL: no
     * graph, or the closure was born after the graph was built. graph->vars[i] describes
     * vars[i] (the same cells, in the same order). */
    const struct rt_graph_closure *graph;
} rt_inspect_closure;

/* Calls fn once per live closure (a function with at least one cell), with every detail
 * (reprs, shared_with), in registry order, without graph parts. fn returns 0 to go on,
 * nonzero to stop. */
typedef int (*rt_inspect_closure_fn)(void *ctx, const rt_inspect_closure *c);
void rt_inspect_closures(rt_state *rt, rt_inspect_closure_fn fn, void *ctx);

/* The one ranked closure query: the live closures defined at a site (or all), in the order
 * of a sort key, the first `limit` of them as records with every detail and, given a graph,
 * their graph parts. Measures are computed in one place: env bytes and env shallow bytes by
 * the registry (DESIGN.md), shared_with over every live closure, retained bytes from the
 * graph (0 in the ranking for a closure the graph lacks). */
typedef enum rt_closure_sort {
    RT_CLOSURE_SORT_ENV_BYTES,         /* biggest first */
    RT_CLOSURE_SORT_ENV_SHALLOW_BYTES, /* biggest first */
    RT_CLOSURE_SORT_RETAINED_BYTES,    /* biggest first (needs the graph) */
    RT_CLOSURE_SORT_AGE,               /* oldest first */
} rt_closure_sort;

typedef struct rt_closure_query {
    rt_closure_sort sort;  /* ties: by id */
    const char *site_file; /* with site_line: only closures defined there; NULL: all */
    int site_line;
    size_t limit;                 /* records wanted (the top of the order) */
    const struct rt_graph *graph; /* NULL: no graph parts, no retained bytes */
} rt_closure_query;

/* Calls fn for each of the first q->limit matching closures in order (stops when fn returns
 * nonzero) and sets *total (may be NULL) to how many matched. Returns 0, or -1 when the host
 * is out of memory (fn may have run for some). O(live closures x cells + limit x log
 * limit); reprs are formatted for the records only. */
int rt_inspect_closure_query(rt_state *rt, const rt_closure_query *q, rt_inspect_closure_fn fn,
                             void *ctx, size_t *total);

/* The same query in bounded steps, so that an embedder running other work on the thread
 * keeps its turn over a million closures: rt_closure_scan_step goes on until deadline_ns
 * (CLOCK_MONOTONIC; 0: to the end) and returns 0 while there is more, 1 when it has called
 * fn for the records (in order, possibly over several steps) and set *total, -1 when the
 * host is out of memory. Run no code on rt between steps: a scan that finds the heap
 * changed starts again from the top, or returns -1 when it has given records already. The scan
 * copies q (site_file and graph are borrowed until it is freed). */
typedef struct rt_closure_scan rt_closure_scan;
rt_closure_scan *rt_closure_scan_new(rt_state *rt, const rt_closure_query *q);
int rt_closure_scan_step(rt_state *rt, rt_closure_scan *s, uint64_t deadline_ns,
                         rt_inspect_closure_fn fn, void *ctx, size_t *total);
void rt_closure_scan_free(rt_closure_scan *s);

/* The closure with this id as a record (with its graph part from graph, which may be NULL),
 * via fn; returns 0, or -1 when no live closure has it. */
int rt_inspect_closure_get(rt_state *rt, uint64_t id, const struct rt_graph *graph,
                           rt_inspect_closure_fn fn, void *ctx);

/* Live closures grouped by definition site: the one grouping (the graph's sites are these
 * sites, seen in the graph). */
typedef struct rt_inspect_site {
    uint16_t site;        /* site id (as rt_inspect_closure.site) */
    const char *filename; /* the definition site */
    int line;
    const char *qualname; /* of the site's first closure found */
    uint64_t closures, env_bytes, env_shallow_bytes;
    const struct rt_graph_site *graph; /* the site in the graph given, or NULL */
} rt_inspect_site;

/* Calls fn for every site with live closures (stops when fn returns nonzero), in no
 * particular order. Returns 0, or -1 when the host is out of memory. O(live closures x
 * cells + sites). */
typedef int (*rt_inspect_site_fn)(void *ctx, const rt_inspect_site *s);
int rt_inspect_sites(rt_state *rt, const struct rt_graph *graph, rt_inspect_site_fn fn, void *ctx);

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
    const char *label;    /* type name, or "FILE:LINE" for a site */
    const char *filename; /* sites only */
    int line;             /* sites only */
    uint64_t bytes;
    uint64_t objects;
} rt_inspect_bucket;

/* Calls fn for every type with live objects. */
typedef int (*rt_inspect_bucket_fn)(void *ctx, const rt_inspect_bucket *b);
void rt_inspect_by_type(rt_state *rt, rt_inspect_bucket_fn fn, void *ctx);
/* Calls fn for every allocation site with live objects. */
void rt_inspect_by_site(rt_state *rt, rt_inspect_bucket_fn fn, void *ctx);

/* ---- heap graph: retained sizes, dominators, why-alive paths (graph.c) -------
 *
 * rt_graph_build takes a snapshot of the whole heap as a graph. Nodes are
 * every live heap object plus synthetic roots; edges are the references,
 * labelled as a Python programmer reads them. The graph copies every string
 * it hands out and points at no live object, so it may be kept while the VM
 * runs (it then describes the heap as it was at build time).
 *
 * Node 0 is the root. Its children (edges of kind ELEMENT, index 0, 1, ...):
 *   the module globals  the real globals dict (name "(globals)"); its edges
 *                       are PROPERTY edges named by the global's name
 *   "(frames)"          synthetic; one synthetic child per live frame,
 *                       innermost first: locals and cell variables by name
 *                       (PROPERTY), the value stack (HIDDEN, by slot), the
 *                       code and function (INTERNAL)
 *   the builtins dict   (name "(builtins)"), PROPERTY edges by name
 *   the modules dict    (name "(modules)"), PROPERTY edges by module name
 *   "(runtime)"         synthetic; what the state itself holds: the builtin
 *                       types, exception classes, the loaded code, the
 *                       current exception (INTERNAL edges), and a synthetic
 *                       "(attribute cache)" child whose edges lead to the
 *                       attribute names only the lookup cache keeps alive
 *   "(unreachable)"     synthetic; objects alive but reachable from no root
 *                       (garbage cycles awaiting the collector). Its edges
 *                       (INTERNAL, "garbage") lead to the first object found
 *                       of each such structure.
 * Every live object appears exactly once, so the self sizes of the object
 * nodes add up to the heap's live bytes (rt_inspect_totals.heap_bytes), and
 * their count to heap_objects (rt_graph_totals says so after each build).
 *
 * Edge labels (kind, name or index):
 *   dict value          PROPERTY  the key: a str key as itself ("handlers"),
 *                                 another key as its repr ("17", "(1, 2)")
 *   dict key object     HIDDEN    index of the entry
 *   list/tuple item     ELEMENT   index
 *   set member          ELEMENT   position in the table walk
 *   function -> cell    CONTEXT   the free variable ("buffer")
 *   cell -> contents    INTERNAL  "cell_contents"
 *   function            INTERNAL  "__code__", "__defaults__", "__kwdefaults__", "__dict__"
 *   function            WEAK      "__globals__" (this runtime keeps one module
 *                                 namespace per state, not one per function:
 *                                 the edge is informative only, and dominators,
 *                                 distances and deep sizes ignore weak edges)
 *   code object         INTERNAL  "co_consts[i]", "co_names", "co_filename", ...
 *   others              INTERNAL  the attribute name (e.g. "__self__", "args")
 * The kinds are V8's heap snapshot edge types in V8's order, and the node
 * kinds V8's node types, so a .heapsnapshot writer can copy them as numbers.
 *
 * Ids: an object node's id is its object id, the same number as
 * rt_inspect_closure.id and rt_inspect_var.cell_id (stable while the object
 * lives, so stable across snapshots). Synthetic nodes have small ids
 * (1, 3, 5, ...; never an object's).
 *
 * Strings: every name is an index into the graph's string table
 * (rt_graph_string). Index 0 is "" (V8's dummy string), so the table can be
 * written out as a heap snapshot's `strings` as it is.
 *
 * Cost: rt_graph_build is O(objects + references) time and memory (about
 * 100 bytes per object); see the bench for the figure. Call it between VM
 * slices only. Everything else below is O(1) or O(answer) unless it says
 * otherwise.
 */

typedef struct rt_graph rt_graph;

#define RT_GRAPH_NONE UINT32_MAX /* "no node / no edge" */

/* V8's node types, same order (node_types of a .heapsnapshot). */
typedef enum rt_graph_node_kind {
    RT_GRAPH_HIDDEN = 0,    /* cells, iterators, code's internals */
    RT_GRAPH_ARRAY = 1,     /* list, tuple, set */
    RT_GRAPH_STRING = 2,    /* str */
    RT_GRAPH_OBJECT = 3,    /* dict, module, type, exception, range, slice */
    RT_GRAPH_CODE = 4,      /* code objects */
    RT_GRAPH_CLOSURE = 5,   /* functions and builtins */
    RT_GRAPH_REGEXP = 6,    /* (unused) */
    RT_GRAPH_NUMBER = 7,    /* boxed int, float */
    RT_GRAPH_NATIVE = 8,    /* (unused) */
    RT_GRAPH_SYNTHETIC = 9, /* the root, (frames), a frame, (runtime), (unreachable) */
} rt_graph_node_kind;

/* V8's edge types, same order (edge_types of a .heapsnapshot). */
typedef enum rt_graph_edge_kind {
    RT_GRAPH_EDGE_CONTEXT = 0,  /* name: a captured variable */
    RT_GRAPH_EDGE_ELEMENT = 1,  /* index */
    RT_GRAPH_EDGE_PROPERTY = 2, /* name: a key, global or local name */
    RT_GRAPH_EDGE_INTERNAL = 3, /* name: an internal slot ("cell_contents") */
    RT_GRAPH_EDGE_HIDDEN = 4,   /* index: value-stack slot, dict key entry */
    RT_GRAPH_EDGE_SHORTCUT = 5, /* (unused) */
    RT_GRAPH_EDGE_WEAK = 6,     /* name; not a reference that keeps anything alive */
} rt_graph_edge_kind;

/* node flags */
#define RT_GRAPH_N_SYNTHETIC 1u /* not a heap object: self_size 0, id small */
#define RT_GRAPH_N_GARBAGE 2u   /* reachable only through (unreachable) */
#define RT_GRAPH_N_CLOSURE 4u   /* a function with at least one cell (has an rt_graph_closure) */

typedef struct rt_graph_node {
    uint64_t id;            /* object id (see above); synthetic: 1, 3, 5, ... */
    uint64_t self_size;     /* the type's size slot: the bytes the heap counts for it */
    uint64_t retained_size; /* bytes freed if it were freed: self sizes of its dominator subtree */
    uint32_t type_name;     /* string: "list", "function", "cell", "frame", "(root)" ... */
    uint32_t name;          /* string: qualname for functions, "list (1000 items)",
                               a str's text (cut at ~60 bytes), a number's repr ... */
    uint32_t filename;      /* string: allocation (definition) site's file, 0 = none */
    int32_t line;           /* the site's line, 0 = none */
    uint32_t first_edge;    /* its edges are edges[first_edge .. first_edge + edge_count) */
    uint32_t edge_count;
    uint32_t dominator; /* immediate dominator (node index); the root's is 0 */
    uint32_t distance;  /* strong edges from the root on a shortest path */
    uint16_t site;      /* allocation site id (rt_inspect_by_site); 0 for synthetic */
    uint8_t kind;       /* rt_graph_node_kind */
    uint8_t flags;      /* RT_GRAPH_N_* */
} rt_graph_node;

typedef struct rt_graph_edge {
    uint32_t to;            /* target node index */
    uint32_t name_or_index; /* string index for CONTEXT/PROPERTY/INTERNAL/WEAK,
                               the index for ELEMENT/HIDDEN */
    uint8_t kind;           /* rt_graph_edge_kind */
    uint8_t flags;          /* RT_GRAPH_E_* */
} rt_graph_edge;

/* edge flags */
#define RT_GRAPH_E_KEY_REPR 1u /* PROPERTY: the name is the repr of a non-str key ("17") */

/* Builds the graph of rt's heap now (between slices). Returns a new graph
 * the caller frees with rt_graph_free, or NULL when the host is out of
 * memory. Never changes the heap and allocates no object. */
rt_graph *rt_graph_build(rt_state *rt);
void rt_graph_free(rt_graph *g);

uint32_t rt_graph_node_count(const rt_graph *g);
/* Node i (i < node count), borrowed from g. */
const rt_graph_node *rt_graph_node_at(const rt_graph *g, uint32_t i);
uint32_t rt_graph_edge_count(const rt_graph *g);
/* The edges of node i (*count of them), borrowed from g. */
const rt_graph_edge *rt_graph_edges(const rt_graph *g, uint32_t i, uint32_t *count);
/* Edge e of the whole array (e < edge count). */
const rt_graph_edge *rt_graph_edge_at(const rt_graph *g, uint32_t e);
uint32_t rt_graph_string_count(const rt_graph *g);
/* String s (NUL-terminated UTF-8, borrowed from g); "" for an index out of range. */
const char *rt_graph_string(const rt_graph *g, uint32_t s);
/* The node whose id is `id`, or RT_GRAPH_NONE. O(1). */
uint32_t rt_graph_find(const rt_graph *g, uint64_t id);

/* Deep size: self sizes of everything node i reaches by strong edges,
 * itself included. O(what it reaches) per call (not precomputed: no linear
 * algorithm exists for all nodes at once); 0 for an index out of range. */
uint64_t rt_graph_deep_size(const rt_graph *g, uint32_t i);

typedef struct rt_graph_totals {
    uint32_t nodes, edges, strings;
    uint64_t objects;      /* object nodes (= heap live objects at build) */
    uint64_t self_bytes;   /* sum of object nodes' self sizes (= heap live bytes) */
    uint64_t heap_objects; /* the heap's own counters at build time, for checking */
    uint64_t heap_bytes;
    uint64_t garbage_objects; /* object nodes flagged RT_GRAPH_N_GARBAGE */
    uint64_t garbage_bytes;
    uint64_t closures;
    uint64_t build_ns;     /* how long rt_graph_build took (its own work, pauses excluded) */
    uint32_t build_steps;  /* steps it ran in (rt_inspect_graph_step); 1: in one go */
    uint64_t memory_bytes; /* host memory the graph holds */
} rt_graph_totals;
void rt_graph_totals_get(const rt_graph *g, rt_graph_totals *out);

/* ---- why alive ---- */

/* One step of a path: the node, and the edge (index into the edge array)
 * that leads to it from the previous step's node (RT_GRAPH_NONE on the first
 * step, the root). */
typedef struct rt_graph_step {
    uint32_t node;
    uint32_t edge;
} rt_graph_step;

/* A shortest path from the root (node 0) to node i by strong edges, from the
 * breadth-first search made at build. Copies up to max steps (root first)
 * into out and returns the path's full length in steps (so a caller may
 * retry with a bigger buffer); 0 for an index out of range. */
size_t rt_graph_path(const rt_graph *g, uint32_t i, rt_graph_step *out, size_t max);

/* The path to node i as one line of text, e.g.
 *   globals['handlers'] → list[17] → handle (closure, handlers.py:11) →
 *   captured 'buffer' → list (1000 items)
 * (a cell reached by CONTEXT is folded into "captured 'x'"). Writes at most
 * cap bytes including the NUL (cut on a UTF-8 boundary) and returns the full
 * length, like snprintf. */
size_t rt_graph_render_path(const rt_graph *g, uint32_t i, char *buf, size_t cap);

/* ---- closures and their captures ---- */

/* capture hints (bit set) */
#define RT_GRAPH_HINT_LATE_BINDING                                                                 \
    1u /* a loop variable shared late-bound by closures of one loop */
#define RT_GRAPH_HINT_SELF_CYCLE                                                                   \
    2u /* captures itself (within 2 steps): only the collector frees it */
#define RT_GRAPH_HINT_LARGE_CAPTURE                                                                \
    4u /* keeps a large container (>100 items or >4 KiB) of which                                  \
          its code uses only len(x) or x[...] */
#define RT_GRAPH_HINT_COUNT 3
/* "late_binding", "self_cycle", "large_capture" for one bit; NULL otherwise. */
const char *rt_graph_hint_name(unsigned hint);

typedef struct rt_graph_var {
    uint32_t name;           /* string: the free variable */
    uint32_t cell;           /* node of the cell; RT_GRAPH_NONE when cleared */
    uint32_t value;          /* node of the contents; RT_GRAPH_NONE when empty or an immediate */
    uint32_t shared_with;    /* other live closures (any code) holding the same cell */
    uint64_t retained_bytes; /* retained through this cell: the cell's retained size when
                                this closure dominates it, else 0 (shared cells: see shared_with) */
    uint32_t hints;          /* RT_GRAPH_HINT_* about this variable */
} rt_graph_var;

typedef struct rt_graph_closure {
    uint32_t node;           /* the function's node */
    uint64_t id;             /* = rt_inspect_closure.id */
    uint64_t retained_bytes; /* = the node's retained_size */
    uint64_t env_bytes;      /* DESIGN.md's env bytes (shallow sizes of the contents) */
    uint32_t hints;          /* union of the vars' hints and the closure's own */
    uint32_t nvars;
    const rt_graph_var *vars;
} rt_graph_closure;

uint32_t rt_graph_closure_count(const rt_graph *g);
const rt_graph_closure *rt_graph_closure_at(const rt_graph *g, uint32_t i);
/* The closure with object id `id`, or NULL. O(1). */
const rt_graph_closure *rt_graph_closure_find(const rt_graph *g, uint64_t id);

/* Closures grouped by definition site (the function's site). */
typedef struct rt_graph_site {
    uint16_t site;     /* site id (as rt_inspect_closure.site) */
    uint32_t filename; /* string */
    int32_t line;
    uint32_t qualname;       /* string: the qualname of its (first) code */
    uint32_t closures;       /* live closures defined here (garbage included) */
    uint64_t env_bytes;      /* sum of their env bytes */
    uint64_t retained_bytes; /* sum of their retained bytes, each closure counted
                                only when no other closure of the site dominates it */
    uint32_t hints;          /* union of the closures' hints */
    uint32_t top_var;        /* string: the captured variable retaining the most bytes, 0 = none */
    uint64_t top_var_bytes;  /* its retained bytes summed over the site's closures */
} rt_graph_site;

uint32_t rt_graph_site_count(const rt_graph *g);
/* Sites in descending order of retained_bytes. */
const rt_graph_site *rt_graph_site_at(const rt_graph *g, uint32_t i);

/* ---- the cached graph ---- */

/* The graph of rt's heap, rebuilt only when the heap may have changed since
 * the last build (allocation/free counters, instructions executed, the
 * global version, the frame stack, the collector's event count differ).
 * Borrowed: owned by rt, valid until the next rt_inspect_graph call on rt
 * or rt_state_free. The graph's memory is charged to rt's heap limit while
 * it is cached (rt_mem_charge). NULL when the host is out of memory or when
 * the graph would not fit under the heap limit (checked before it is
 * built). */
rt_graph *rt_inspect_graph(rt_state *rt);

/* How old the cached graph is. */
typedef struct rt_inspect_analysis {
    double time_unix;     /* wall-clock seconds when the build ended */
    uint64_t age_ns;      /* since then (monotonic clock) */
    uint64_t build_ns;    /* how long the build took */
    uint32_t build_steps; /* steps the build ran in (1: in one go) */
    bool current;         /* the heap has not changed since (by the same test as above) */
} rt_inspect_analysis;

/* The cached graph without building one: NULL when there is none (never built, dropped, or
 * refused). Fills *info (may be NULL) when it returns a graph. The graph may describe the
 * heap as it was up to info->age_ns ago. Borrowed, as rt_inspect_graph's. */
rt_graph *rt_inspect_graph_cached(rt_state *rt, rt_inspect_analysis *info);

/* The cached graph when it is current or at most max_age_ns old, else a new one
 * (rt_inspect_graph). Fills *info (may be NULL) when it returns a graph. */
rt_graph *rt_inspect_graph_recent(rt_state *rt, uint64_t max_age_ns, rt_inspect_analysis *info);

/* rt_inspect_graph_recent in bounded steps, so that an embedder running
 * other work on the same thread keeps its turn during a long build: builds
 * for about step_ns at a time (on a stack of rt's own) and returns NULL with
 * *pending 1 while the build is under way; call again to go on. Until it
 * returns with *pending 0 the heap must not change: run no code on rt and
 * collect nothing (rt_run and the other inspection calls end a pending build
 * in one go first; rt_state_free too). The answer is the heap as it was when
 * the build started. NULL with *pending 0: out of memory or over the heap
 * limit, as rt_inspect_graph. */
rt_graph *rt_inspect_graph_step(rt_state *rt, uint64_t max_age_ns, uint64_t step_ns,
                                rt_inspect_analysis *info, int *pending);

#endif
