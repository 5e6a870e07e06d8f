/* gc.h: the cycle collector: generation tracking of containers and the
 * collection itself (CPython 3.11's gc_refs method), its statistics and the
 * hooks the heap, the VM and the gc module call.
 *
 * Invariants: each generation's list is a circular doubly linked list of
 * rt_gc_link with a sentinel `head`; an object is in at most one list, and it
 * is in one exactly when RT_F_TRACKED is set on it; its generation is stored
 * in the header flags (RT_F_GEN_MASK; 3 = the permanent generation of
 * gc.freeze()). Outside a collection, `prev` is a real pointer (the collector
 * reuses it for gc_refs during a collection only). The stamp is exact
 * outside a collection; a collection of generations 0..N leaves younger
 * stamps on its young list until move_unreachable restamps the survivors
 * (an object is in the young list exactly when its stamp is at most N).
 *
 * A collection lets go of (untracks) the surviving tuples that hold nothing
 * it follows, as CPython's untrack_tuples (gc.c); rt_tuple_refill tracks
 * such a tuple again when an iterator refills it with a container.
 *
 * When collections run: allocation never collects. rt__gc_track sets
 * rt->gc_pending when generation 0 passes its threshold; the VM calls
 * rt__gc_maybe_collect at the next safe point: a backward jump or a call
 * (no half-built object exists there, every reference is counted; straight
 * code between two safe points is short, so the wait is too). gc.collect() and
 * rt_inspect_collect call rt_gc_collect directly; a builtin is a safe point
 * too. Frames are not objects: what they reference counts as an external
 * reference (CPython's rule), so the collector needs no roots.
 *
 * During a collection no object is freed before the delete phase; there,
 * every unreachable object is held (one extra reference) while all of them
 * are cleared, then released one by one, so the collector never walks freed
 * memory. Frees in the delete phase count as the collector's; those made
 * inside an rt__dealloc as reference counting's (rt__gc_rc_freed_objects below). */
#ifndef CLOSURED_RUNTIME_GC_H
#define CLOSURED_RUNTIME_GC_H

#include <assert.h>

#include "runtime/gclog.h"
#include "runtime/object.h"
#include "runtime/state.h"

#ifndef RT_GC_GENERATIONS
#define RT_GC_GENERATIONS 3
/* Fills d (the gc module's namespace dict, borrowed) with the gc functions
 * and the lists `callbacks` and `garbage` (mod_gc.c). module.c calls it
 * when it creates the gc module. 0, or -1 with MemoryError set. */
int rt__mod_gc_fill(rt_state *rt, rt_value d);

#endif
#define RT_GC_PERMANENT 3 /* generation number stored in the flags of frozen objects */

typedef struct rt_gc_gen {
    rt_gc_link head;    /* sentinel of the circular list */
    uint64_t count;     /* gen 0: allocations - deallocations of tracked objects (any
                           generation) since the last collection;
                           gen 1/2: collections of the younger generation since this one ran */
    uint64_t threshold; /* 700, 10, 10 as CPython */
} rt_gc_gen;

/* The phase flag: what the collector is doing now. */
typedef enum rt_gc_phase {
    RT_GC_IDLE = 0,
    RT_GC_SUBTRACT_REFS,    /* gc_refs := refcnt - references from inside the young list */
    RT_GC_MOVE_UNREACHABLE, /* gc_refs == 0 and not reachable from gc_refs > 0 -> unreachable */
    RT_GC_FINALIZE,         /* hold every unreachable object (+1) */
    RT_GC_CLOSE_GENERATORS, /* close unreachable suspended generators: runs Python code */
    RT_GC_FINALIZERS,       /* __del__ of unreachable instances (finalize.h): runs Python code */
    RT_GC_DELETE,           /* clear all, then release the holds: frees count as the collector's */
    RT_GC_CALLBACKS         /* gc.callbacks running ("start"/"stop"); no nested collection */
} rt_gc_phase;

struct rt_inspect_reg;

struct rt_gc_state {
    rt_gc_gen gens[RT_GC_GENERATIONS];
    bool enabled;         /* gc.enable()/gc.disable() */
    bool collecting;      /* a collection (or its callbacks) is running: no nested collection */
    uint8_t phase;        /* rt_gc_phase */
    rt_gc_link permanent; /* gc.freeze(): never examined */
    uint64_t frozen;      /* objects in `permanent` */
    uint64_t long_lived_total;   /* survivors of the last full collection */
    uint64_t long_lived_pending; /* objects promoted to gen 2 since then */
    rt_gclog log;                /* events, totals, freed split (gclog.h) */
    struct rt_inspect_reg *reg;  /* live functions and closures (inspect.c) */
    bool full_requested; /* rt__gc_request_full: collect everything at the next safe point */
    /* instances whose count dropped to zero, waiting for their __del__
     * (finalize.h), chained by their links' `next`; del_closing: the state
     * is being freed, no finalizer runs */
    rt_gc_link *del_head, *del_tail;
    bool del_closing;
    /* the collection's clock (gc.c): the next generation-0 collection reads the thread CPU
     * clock; reads of it by collections so far (each a system call) */
    bool gen0_clocked;
    uint64_t cpu_clock_reads;
};
typedef struct rt_gc_state rt_gc_state;

/* Allocates rt->gc with empty generations, thresholds 700/10/10, enabled.
 * Returns 0, or -1 when the host is out of memory. Called by state.c after
 * rt__heap_init. */
int rt__gc_init(rt_state *rt);
/* Frees rt->gc (objects still tracked are not touched). */
void rt__gc_dispose(rt_state *rt);

/* Links container o (which has a link: inline, or a cell's box, cell.h)
 * into generation 0 (no-op when already tracked) and sets
 * rt->gc_pending when gen 0 passes its threshold and the collector is enabled.
 * Inline (below): every container's birth passes here. */
static inline void rt__gc_track(rt_state *rt, rt_obj *o);
/* Unlinks o from its generation (no-op when not tracked). Inline (below). */
static inline void rt__gc_untrack(rt_state *rt, rt_obj *o);

/* Number of objects currently in generation gen (walks the list). */
size_t rt_gc_gen_size(const rt_state *rt, int gen);

/* ---- collection ------------------------------------------------------------ */

/* Collects generations 0..generation now (CPython's gc_collect_main with the
 * callbacks around it): survivors move one generation up, unreachable cycles
 * are cleared and freed. Returns the number of unreachable objects found
 * (gc.collect's value), or -1 when a collection is already running or the
 * generation is not 0..2 (no exception set). `manual` marks gc.collect() and
 * rt_inspect_collect in the event log; ev (may be NULL) receives the record. */
int64_t rt_gc_collect(rt_state *rt, int generation, bool manual, rt_gc_event *ev);

/* The VM's safe-point hook, called when rt->gc_pending is set: clears it
 * and runs the collection CPython's thresholds call for (none when disabled).
 * Preserves rt->exc. */
void rt__gc_maybe_collect(rt_state *rt);

/* Asks for a full collection at the next safe point (when the collector is
 * enabled): the heap calls it when an allocation fails the heap limit, so a
 * script that catches the MemoryError and retries finds the garbage cycles
 * gone. Never collects by itself (allocation must not). */
void rt__gc_request_full(rt_state *rt);

/* The final collection of rt_state_free: collects everything (frozen objects
 * included) with no callbacks, so every cycle is freed. */
void rt__gc_collect_final(rt_state *rt);

/* The trashcan (CPython's): rt__dealloc calls rt__gc_trash_defer first; when
 * deallocations are nested RT_GC_TRASH_DEPTH deep (a long chain of lists or
 * of closures each capturing the previous one) a container is queued instead
 * (untracked, its gc link reused as the queue link) and returns true. Else it
 * counts one level and returns false, and rt__dealloc calls
 * rt__gc_trash_leave after the type's dealloc: leaving the outermost level
 * frees the queue iteratively. So freeing never overflows the C stack, and
 * the queue is always empty at a safe point. The depth and the queue live in
 * the heap (state.h: dealloc_depth, trash): one counter in the state, no
 * pointer to follow, on every death.
 *
 * The depth also splits the frees between reference counting and the
 * collector (gclog.h) without any work per death: the collector counts its
 * delete phase's frees as a whole (the heap's freed counters before and
 * after, at depth 1 or more throughout), heap.c counts the frees made at
 * depth 0 (outside any dealloc: a buffer replaced as a list grows, a
 * strbuf's), and reference counting's are the rest (rt__gc_rc_freed_objects): every
 * object and block freed inside an rt__dealloc outside the delete phase,
 * the object, its buffers, everything its death released and the queue. A
 * collection run from inside a dealloc (a generator's `finally` reaching a
 * safe point) counts its own frees as the collector's, so no free is
 * counted twice, and freeing costs no size-slot call. */
#define RT_GC_TRASH_DEPTH 256
static inline bool rt__gc_trash_defer(rt_state *rt, rt_obj *o);
static inline void rt__gc_trash_leave(rt_state *rt);
/* Their out-of-line parts: past the depth limit (true: o was queued; false:
 * o has no link to queue it by and is freed now, one level deeper), and
 * draining the queue. */
bool rt__gc_trash_defer_deep(rt_state *rt, rt_obj *o);
void rt__gc_trash_drain(rt_state *rt);

/* Reference counting's frees since the state began (gclog.h's split): every
 * free but the collector's and those outside any dealloc. */
static inline uint64_t rt__gc_rc_freed_objects(const rt_state *rt)
{
    const rt_heap *h = &rt->heap;
    return h->freed_objects - h->outside_freed_objects -
           (rt->gc ? rt->gc->log.gc_freed_objects : 0);
}
static inline uint64_t rt__gc_rc_freed_bytes(const rt_state *rt)
{
    const rt_heap *h = &rt->heap;
    return h->freed_bytes - h->outside_freed_bytes - (rt->gc ? rt->gc->log.gc_freed_bytes : 0);
}

/* gc.freeze(): moves every tracked object into the permanent generation;
 * gc.unfreeze(): back into the oldest generation. */
void rt_gc_freeze(rt_state *rt);
void rt_gc_unfreeze(rt_state *rt);

/* Calls visit(o, arg) for every tracked object of generations 0..2 (not the
 * permanent one), oldest generation first. visit must not free or track
 * objects. Used by gc.get_referrers and the inspector. */
void rt__gc_each_tracked(rt_state *rt, void (*visit)(rt_obj *o, void *arg), void *arg);

/* Runs the gc.callbacks list (mod_gc.c) with phase "start" or "stop" and an
 * info dict {generation, collected, uncollectable}. Exceptions raised by a
 * callback are discarded (CPython prints them as unraisable); rt->exc is
 * preserved. */
void rt__gc_run_callbacks(rt_state *rt, const char *phase, int generation, int64_t collected,
                          int64_t uncollectable);

/* Fills d (the gc module's namespace dict, borrowed) with the gc functions
 * and the lists `callbacks` and `garbage` (mod_gc.c). module.c calls it
 * when it creates the gc module. 0, or -1 with MemoryError set. */
int rt__mod_gc_fill(rt_state *rt, rt_value d);

/* ---- inline bodies: every object's birth and death passes here ------------ */

/* The generation of tracked object o (its header flags). */
static inline int rt__gc_gen_of(const rt_obj *o)
{
    return (o->flags & RT_F_GEN_MASK) >> RT_F_GEN_SHIFT;
}

static inline void rt__gc_track(rt_state *rt, rt_obj *o)
{
    rt_gc_state *g = rt->gc;
    if (!g || (o->flags & RT_F_TRACKED))
        return;
    /* allocation inside the walking phases would be a bug: nothing allocates there */
    assert(g->phase == RT_GC_IDLE || g->phase == RT_GC_DELETE || g->phase == RT_GC_CALLBACKS ||
           g->phase == RT_GC_CLOSE_GENERATORS || g->phase == RT_GC_FINALIZERS);
    rt_gc_link *l = rt_gc_link_of(o), *head = &g->gens[0].head;
    rt_gc_link *last = (rt_gc_link *)head->prev;
    l->next = head;
    l->prev = (uintptr_t)last;
    last->next = l;
    head->prev = (uintptr_t)l;
    o->flags = (uint8_t)((o->flags & ~RT_F_GEN_MASK) | RT_F_TRACKED);
    /* the count first: it is below the threshold at all but one birth in 700 */
    if (__builtin_expect(++g->gens[0].count > g->gens[0].threshold, 0) && g->gens[0].threshold &&
        g->enabled)
        rt->gc_pending = true;
#ifdef RT_STRESS_GC
    /* stress switch (test builds): a collection at the safe point after every
     * container allocation */
    if (g->enabled)
        rt->gc_pending = true;
#endif
}

static inline void rt__gc_untrack(rt_state *rt, rt_obj *o)
{
    rt_gc_state *g = rt->gc;
    if (!(o->flags & RT_F_TRACKED))
        return;
    rt_gc_link *l = rt_gc_link_of(o);
    rt_gc_link *prev = (rt_gc_link *)l->prev;
    prev->next = l->next;
    l->next->prev = (uintptr_t)prev;
    l->next = NULL;
    l->prev = 0;
    int gen = rt__gc_gen_of(o);
    o->flags = (uint8_t)(o->flags & ~(RT_F_TRACKED | RT_F_GEN_MASK));
    if (!g)
        return;
    /* CPython's count: allocations minus deallocations of tracked objects of
     * any generation (an old object dying makes room as well as a young one) */
    if (__builtin_expect(gen != RT_GC_PERMANENT, 1)) {
        if (g->gens[0].count > 0)
            g->gens[0].count--;
    } else if (g->frozen > 0) {
        g->frozen--;
    }
}

static inline bool rt__gc_trash_defer(rt_state *rt, rt_obj *o)
{
    rt_heap *h = &rt->heap;
    if (__builtin_expect(h->dealloc_depth >= RT_GC_TRASH_DEPTH, 0) &&
        rt__gc_trash_defer_deep(rt, o))
        return true;
    h->dealloc_depth++;
    return false;
}

static inline void rt__gc_trash_leave(rt_state *rt)
{
    rt_heap *h = &rt->heap;
    if (--h->dealloc_depth == 0 && __builtin_expect(h->trash != NULL, 0))
        rt__gc_trash_drain(rt);
}

#endif
