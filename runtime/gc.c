/* gc.c: the cycle collector: the generations and tracking of containers,
 * the collection itself as named phases behind one driver (CPython 3.11's
 * gc_refs method: update_refs -> subtract_refs -> move_unreachable ->
 * finalize -> close generators -> finalizers (__del__) -> delete), when it runs, and the trashcan
 * that keeps freeing deep chains off the C stack. */
#include "runtime/gc.h"

#include <assert.h>
#include <stdlib.h>

#include "runtime/cell.h"
#include "runtime/finalize.h"
#include "runtime/func.h"
#include "runtime/gen.h"
#include "runtime/inspect.h"
#include "runtime/state.h"
#include "runtime/tuple.h"
#include "runtime/weakref.h"

static const uint64_t default_thresholds[RT_GC_GENERATIONS] = {700, 10, 10};

int rt__gc_init(rt_state *rt)
{
    rt_gc_state *g = calloc(1, sizeof *g);
    if (!g)
        return -1;
    for (int i = 0; i < RT_GC_GENERATIONS; i++) {
        g->gens[i].head.next = &g->gens[i].head;
        g->gens[i].head.prev = (uintptr_t)&g->gens[i].head;
        g->gens[i].threshold = default_thresholds[i];
    }
    g->permanent.next = &g->permanent;
    g->permanent.prev = (uintptr_t)&g->permanent;
    g->enabled = true;
    rt->gc = g;
    return 0;
}

void rt__gc_dispose(rt_state *rt)
{
    if (!rt->gc)
        return;
    rt__inspect_dispose(rt);
    free(rt->gc);
    rt->gc = NULL;
}

static void set_gen(rt_obj *o, int gen)
{
    o->flags = (uint8_t)((o->flags & ~RT_F_GEN_MASK) | ((unsigned)gen << RT_F_GEN_SHIFT));
}

size_t rt_gc_gen_size(const rt_state *rt, int gen)
{
    if (!rt->gc || gen < 0 || gen >= RT_GC_GENERATIONS)
        return 0;
    const rt_gc_link *head = &rt->gc->gens[gen].head;
    size_t n = 0;
    for (const rt_gc_link *l = head->next; l != head; l = l->next)
        n++;
    return n;
}

/* ===========================================================================
 * The collection.
 *
 * The young list: generations 0..N merged into generation N's list.
 * During a collection, the `prev` word of an object in the young list holds
 *   bits 2..63  gc_refs
 *   bit 1       COLLECTING: the object is in the young list (visits test it)
 *   bit 0       NO_YOUNG: update_and_subtract traversed it and it references
 *               nothing in the young list, so move_unreachable need not
 *               traverse it again (cleared whenever prev is rewritten)
 * (CPython's encoding; link addresses are at least 8-aligned so bits 0-2 of a
 * real pointer are 0). move_unreachable tags `next` words of the tentatively
 * unreachable list with bit 0 (UNREACHABLE) and gives them real `prev`
 * pointers (COLLECTING kept). Every tag is gone when move_unreachable and
 * finalize have run: both lists are ordinary lists again.
 * ======================================================================== */

#define PREV_COLLECTING ((uintptr_t)2)
#define PREV_NO_YOUNG ((uintptr_t)1)
#define PREV_FLAGS ((uintptr_t)3)
#define PREV_SHIFT 2
#define NEXT_UNREACHABLE ((uintptr_t)1)

static inline uintptr_t next_word(const rt_gc_link *l)
{
    return (uintptr_t)l->next;
}
static inline void set_next_word(rt_gc_link *l, uintptr_t w)
{
    l->next = (rt_gc_link *)w;
}
static inline rt_gc_link *next_of(const rt_gc_link *l)
{
    return (rt_gc_link *)(next_word(l) & ~NEXT_UNREACHABLE);
}
static inline size_t refs_get(const rt_gc_link *l)
{
    return (size_t)(l->prev >> PREV_SHIFT);
}
static inline void refs_set(rt_gc_link *l, size_t refs)
{
    l->prev = ((uintptr_t)refs << PREV_SHIFT) | (l->prev & PREV_FLAGS);
}
/* A real prev pointer, keeping the flag bits (CPython's _PyGCHead_SET_PREV). */
static inline void set_prev_keep(rt_gc_link *l, rt_gc_link *p)
{
    l->prev = (uintptr_t)p | (l->prev & PREV_FLAGS);
}
static inline bool is_collecting(const rt_gc_link *l)
{
    return (l->prev & PREV_COLLECTING) != 0;
}

/* ---- plain list operations (untagged lists only) ----------------------------- */

static void list_init(rt_gc_link *head)
{
    head->next = head;
    head->prev = (uintptr_t)head;
}

static bool list_is_empty(const rt_gc_link *head)
{
    return head->next == head;
}

static void list_append(rt_gc_link *l, rt_gc_link *head)
{
    rt_gc_link *last = (rt_gc_link *)head->prev;
    last->next = l;
    l->prev = (uintptr_t)last;
    l->next = head;
    head->prev = (uintptr_t)l;
}

static void list_remove(rt_gc_link *l)
{
    rt_gc_link *prev = (rt_gc_link *)l->prev;
    prev->next = l->next;
    l->next->prev = (uintptr_t)prev;
}

/* Appends every object of `from` to `to` (from becomes empty) in O(1). The
 * objects keep their generation stamps: the caller restamps them, or they
 * are in a collection whose young list tells generations apart by the stamp
 * being at most the collected generation (subtract_refs). */
static void list_splice(rt_gc_link *from, rt_gc_link *to)
{
    if (list_is_empty(from))
        return;
    rt_gc_link *tail = (rt_gc_link *)to->prev;
    tail->next = from->next;
    from->next->prev = (uintptr_t)tail;
    rt_gc_link *last = (rt_gc_link *)from->prev;
    last->next = to;
    to->prev = (uintptr_t)last;
    list_init(from);
}

/* list_splice with every object stamped `gen` on the way (freeze and
 * unfreeze; a collection stamps its survivors in move_unreachable). */
static void list_merge(rt_gc_link *from, rt_gc_link *to, int gen)
{
    for (rt_gc_link *l = from->next; l != from; l = l->next)
        set_gen(rt_obj_of_link(l), gen);
    list_splice(from, to);
}

static size_t list_size(const rt_gc_link *head)
{
    size_t n = 0;
    for (const rt_gc_link *l = head->next; l != head; l = l->next)
        n++;
    return n;
}

static void traverse(rt_obj *o, rt_visit_fn visit, void *arg)
{
    const rt_typeinfo *ti = rt_typeinfos[o->type];
    if (ti->traverse)
        ti->traverse(o, visit, arg);
}

/* traverse for the collection's own walks: a function's references are read
 * inline (rt__func_each_ref), so the compiler calls (or inlines) `visit`
 * directly for the kind a closure-making program's young list is mostly made
 * of; every other kind goes through its type's slot. */
static inline void traverse_young(rt_obj *o, rt_visit_fn visit, void *arg)
{
    if (o->type == RT_T_FUNCTION) {
        rt__func_each_ref((const rt_func *)o, visit, arg);
    } else if (o->type == RT_T_CELL) {
        /* a tracked cell is boxed: its one reference is the box's contents */
        rt_value v = rt__cell_box((const rt_cell *)o)->value;
        if (rt_is_obj(v))
            visit(rt_as_obj(v), arg);
    } else {
        traverse(o, visit, arg);
    }
}

/* ---- the debug-only validator ------------------------------------------------
 * What each list must look like between phases (CPython's validate_list):
 *   V_PLAIN    real prev/next pointers, no flag bits, every object tracked
 *              with generation `gen` (-1: any).
 *   V_YOUNG    as V_PLAIN, with every generation at most `gen` (the young
 *              list of a collection of generations 0..gen).
 *   V_REFS     after update_refs/subtract_refs: COLLECTING set on every
 *              object, gc_refs <= refcnt.
 */
enum { V_PLAIN, V_YOUNG, V_REFS };

#ifndef NDEBUG
static void validate_list(const rt_gc_link *head, int mode, int gen)
{
    const rt_gc_link *prev = head;
    for (const rt_gc_link *l = head->next; l != head; prev = l, l = l->next) {
        const rt_obj *o = rt_obj_of_link((rt_gc_link *)l);
        assert((next_word(l) & NEXT_UNREACHABLE) == 0);
        assert(o->flags & RT_F_TRACKED);
        assert(rt_typeinfos[o->type]->is_container);
        assert(o->refcnt > 0);
        if (mode != V_REFS) {
            assert((rt_gc_link *)l->prev == prev);
            assert(gen < 0 || rt__gc_gen_of(o) == gen ||
                   (mode == V_YOUNG && rt__gc_gen_of(o) < gen));
        } else {
            assert(is_collecting(l));
            assert(refs_get(l) <= o->refcnt);
        }
    }
    if (mode != V_REFS)
        assert((const rt_gc_link *)head->prev == prev);
}
#define VALIDATE(head, mode, gen) validate_list((head), (mode), (gen))
#else
#define VALIDATE(head, mode, gen) ((void)0)
#endif

/* ---- phases 1 and 2: update_refs and subtract_refs ------------------------------
 * A collection runs both in one walk of the young list (update_and_subtract);
 * the two-walk form is kept for a set that is not a whole range of
 * generations (is_resurrected). */

/* gc_refs := refcnt, and COLLECTING set (outside a collection `prev` is an
 * aligned pointer, so COLLECTING is clear on every object not yet reached). */
static inline void refs_init(rt_gc_link *l, const rt_obj *o)
{
    l->prev = ((uintptr_t)o->refcnt << PREV_SHIFT) | PREV_COLLECTING;
}

static inline void refs_decrement(rt_gc_link *l)
{
    size_t refs = refs_get(l);
    assert(refs > 0); /* more references than the count says: a refcount bug */
    if (refs > 0)
        refs_set(l, refs - 1);
}

/* Post: every object of young has COLLECTING and gc_refs = refcnt. */
static size_t update_refs(rt_gc_link *young)
{
    size_t n = 0;
    for (rt_gc_link *l = young->next; l != young; l = l->next, n++)
        refs_init(l, rt_obj_of_link(l));
    return n;
}

/* Post: gc_refs of each young object = references from outside the young
 * list (> 0: directly reachable from outside). */
static void visit_decref(rt_obj *child, void *arg)
{
    (void)arg;
    if (!(child->flags & RT_F_TRACKED))
        return;
    rt_gc_link *l = rt_gc_link_of(child);
    if (!is_collecting(l))
        return; /* another generation: its references stay external */
    refs_decrement(l);
}

static void subtract_refs(rt_gc_link *young)
{
    for (rt_gc_link *l = young->next; l != young; l = l->next)
        traverse(rt_obj_of_link(l), visit_decref, NULL);
}

/* The one-walk form for the young list of a collection of generations
 * 0..*arg: a tracked object is in young exactly when its generation stamp
 * is at most the collected generation (gather_young put every such object
 * there and nothing allocates before move_unreachable), so a reference
 * into young is recognised by the stamp, and the referent's gc_refs is set
 * from its count when the walk or a reference first reaches it. This saves
 * a whole walk of the young list, which on a program that keeps many
 * closures alive is a large part of every collection's memory traffic.
 * Post: as update_refs then subtract_refs. Returns the number of objects. */
typedef struct young_walk {
    int generation;
    size_t zeros;      /* objects whose gc_refs reached 0 (none: all directly reachable) */
    size_t young_refs; /* references into young seen so far */
} young_walk;

static inline __attribute__((always_inline)) void visit_decref_young(rt_obj *child, void *arg)
{
    young_walk *w = arg;
    if (!(child->flags & RT_F_TRACKED) || rt__gc_gen_of(child) > w->generation)
        return; /* untracked, older or frozen: its references stay external */
    rt_gc_link *l = rt_gc_link_of(child);
    if (!is_collecting(l))
        refs_init(l, child);
    w->young_refs++;
    w->zeros += refs_get(l) == 1;
    refs_decrement(l);
}

/* *all_external: true when no object's gc_refs reached 0, so every one is
 * referenced from outside the young list (move_unreachable then has
 * nothing to find: see all_reachable). */
static size_t update_and_subtract(rt_gc_link *young, int generation, bool *all_external)
{
    young_walk w = {generation, 0, 0};
    size_t n = 0;
    for (rt_gc_link *l = young->next; l != young; l = l->next, n++) {
        rt_obj *o = rt_obj_of_link(l);
        if (!is_collecting(l))
            refs_init(l, o);
        size_t seen = w.young_refs;
        traverse_young(o, visit_decref_young, &w);
        if (w.young_refs == seen)
            l->prev |= PREV_NO_YOUNG; /* refs_set and refs_decrement keep it */
    }
    *all_external = w.zeros == 0;
    return n;
}

/* ---- survivors the collector lets go of ----------------------------------------
 * A surviving tuple that holds nothing the collector follows (no container
 * but tuples it already let go of) cannot be on a cycle: it is untracked
 * (CPython 3.11's untrack_tuples, so gc.is_tracked answers as CPython's does
 * after a collection), and later collections never examine it. A tuple is
 * not changed after it is built and shown to Python code, except the result
 * tuples iterators fill again, which rt_tuple_refill tracks again when they
 * get a container (tuple.h). */
static bool tuple_untrackable(rt_obj *o)
{
    rt_value t = rt_from_obj(o);
    const rt_value *items = rt_tuple_items(t);
    for (int64_t i = 0, n = rt_tuple_len(t); i < n; i++) {
        rt_value v = items[i];
        if (!rt_is_obj(v))
            continue;
        const rt_obj *c = rt_as_obj(v);
        if (rt_type_is_container(c->type) && (c->type != RT_T_TUPLE || (c->flags & RT_F_TRACKED)))
            return false;
    }
    return true;
}

/* Unlinks survivor l (object o) whose predecessor in young is prev: o is
 * untracked (its link cleared, as rt__gc_untrack leaves it; the count of
 * generation 0 is not changed: nothing died). */
static void untrack_survivor(rt_gc_link *prev, rt_gc_link *l, rt_obj *o)
{
    prev->next = l->next;
    l->next = NULL;
    l->prev = 0;
    o->flags = (uint8_t)(o->flags & ~(RT_F_TRACKED | RT_F_GEN_MASK));
}

/* ---- phase 3: move_unreachable --------------------------------------------------
 * Post: young holds every object reachable from one with gc_refs > 0 (real
 * prev pointers, COLLECTING cleared, stamped with the generation they
 * survive into); unreachable holds the rest (next words
 * tagged UNREACHABLE, real prev pointers, COLLECTING still set; see
 * finalize). Exactly CPython's algorithm: an object first
 * seen with gc_refs 0 is moved out tentatively and moved back when a later
 * reachable object turns out to reference it. */
static void visit_reachable(rt_obj *child, void *arg)
{
    rt_gc_link *reachable = arg;
    if (!(child->flags & RT_F_TRACKED))
        return;
    rt_gc_link *l = rt_gc_link_of(child);
    if (!is_collecting(l))
        return; /* another generation, or already known reachable */
    if (next_word(l) & NEXT_UNREACHABLE) {
        /* tentatively unreachable, but reachable after all: back to young,
         * where move_unreachable will get to it again */
        rt_gc_link *prev = (rt_gc_link *)(l->prev & ~PREV_FLAGS);
        rt_gc_link *next = next_of(l);
        set_next_word(prev, next_word(l)); /* keeps the UNREACHABLE tag */
        set_prev_keep(next, prev);
        rt_gc_link *last = (rt_gc_link *)(reachable->prev & ~PREV_FLAGS);
        /* append to young: young's head prev is a real pointer, its objects'
         * next words are untagged */
        last->next = l;
        l->next = reachable;
        reachable->prev = (uintptr_t)l;
        l->prev = PREV_COLLECTING;
        refs_set(l, 1);
    } else if (refs_get(l) == 0) {
        /* still ahead in young: mark it reachable */
        refs_set(l, 1);
    }
}

static size_t move_unreachable(rt_gc_link *young, rt_gc_link *unreachable, int survivor_gen)
{
    size_t untracked = 0;
    rt_gc_link *prev = young;
    rt_gc_link *l = young->next;
    while (l != young) {
        if (refs_get(l)) {
            rt_obj *o = rt_obj_of_link(l);
            /* an object that references nothing young has nothing to mark
             * (a closure whose cells hold numbers: most of a kept batch) */
            if (!(l->prev & PREV_NO_YOUNG))
                traverse_young(o, visit_reachable, young);
            if (o->type == RT_T_TUPLE && tuple_untrackable(o)) {
                untrack_survivor(prev, l, o);
                untracked++;
                l = prev->next;
                continue;
            }
            set_gen(o, survivor_gen);  /* here, where the header is at hand: promote splices */
            l->prev = (uintptr_t)prev; /* real pointer, COLLECTING cleared */
            prev = l;
        } else {
            prev->next = l->next;
            rt_gc_link *last = (rt_gc_link *)(unreachable->prev & ~PREV_FLAGS);
            set_next_word(last, (uintptr_t)l | NEXT_UNREACHABLE);
            set_prev_keep(l, last);
            set_next_word(l, (uintptr_t)unreachable | NEXT_UNREACHABLE);
            unreachable->prev = (uintptr_t)l;
        }
        l = prev->next;
    }
    young->prev = (uintptr_t)prev;
    set_next_word(unreachable, next_word(unreachable) & ~NEXT_UNREACHABLE);
    return untracked;
}

/* move_unreachable when every young object has gc_refs > 0 (references
 * from outside): all are reachable, so no object needs traversing again;
 * the walk restores the prev pointers and stamps the survivors. This is the
 * common generation-0 collection of a program that keeps what it makes
 * (a list of closures being filled: the list is older, each closure is
 * referenced from it).
 * Post: as move_unreachable's, with nothing unreachable. */
static size_t all_reachable(rt_gc_link *young, int survivor_gen)
{
    size_t untracked = 0;
    rt_gc_link *prev = young;
    for (rt_gc_link *l = young->next; l != young; l = prev->next) {
        rt_obj *o = rt_obj_of_link(l);
        if (o->type == RT_T_TUPLE && tuple_untrackable(o)) {
            untrack_survivor(prev, l, o);
            untracked++;
            continue;
        }
        set_gen(o, survivor_gen);
        l->prev = (uintptr_t)prev;
        prev = l;
    }
    young->prev = (uintptr_t)prev;
    return untracked;
}

/* ---- phase 4: finalize ------------------------------------------------------------
 * One walk of the unreachable set does what the phases after
 * move_unreachable need from each object: the list's tags go (it becomes a
 * plain list), every object is held (one extra reference, so that no clear
 * in the delete phase can free an object still on the list), and the walk
 * notes whether any object has weak references or is a generator, so that
 * the phases for those (handle_weakrefs, close_generators) walk the set
 * only when they have something to do. Returns the count.
 * Post: unreachable is a plain list (no tags, COLLECTING cleared); every
 * object of it has refcnt >= 2. */
typedef struct unreachable_kinds {
    bool weakrefd;   /* some object has weak references */
    bool generators; /* some object is a generator */
    bool instances;  /* some object is an instance (it may have __del__) */
} unreachable_kinds;

static size_t finalize(rt_gc_link *unreachable, unreachable_kinds *kinds)
{
    size_t n = 0;
    uint8_t flags = 0;
    uint64_t types = 0; /* a bit per type id seen */
    for (rt_gc_link *l = unreachable->next; l != unreachable; l = next_of(l), n++) {
        set_next_word(l, next_word(l) & ~NEXT_UNREACHABLE);
        l->prev &= ~PREV_FLAGS;
        rt_obj *o = rt_obj_of_link(l);
        o->refcnt++;
        flags |= o->flags;
        types |= (uint64_t)1 << o->type;
    }
    kinds->weakrefd = (flags & RT_F_WEAKREFD) != 0;
    kinds->generators = (types >> RT_T_GENERATOR) & 1;
    /* __del__ to run */
    kinds->instances = (types & (((uint64_t)1 << RT_T_INSTANCE) | ((uint64_t)1 << RT_T_EXC))) != 0;
    return n;
}

/* ---- promotion of survivors ---------------------------------------------------- */

/* Moves the `survivors` objects in young into `old` (the next generation),
 * or keeps them in generation 2 after a full collection (CPython's
 * long-lived bookkeeping, which rations full collections). */
static void promote(rt_gc_state *g, int generation, rt_gc_link *young, rt_gc_link *old,
                    size_t survivors)
{
    if (young != old) {
        if (generation == RT_GC_GENERATIONS - 2)
            g->long_lived_pending += survivors;
        list_splice(young, old); /* move_unreachable stamped them */
    } else {
        g->long_lived_pending = 0;
        g->long_lived_total = survivors;
    }
}

/* ---- phase 4a: weak references ----------------------------------------------------
 * Every weak reference to an unreachable object is cleared before any
 * finalizer runs or anything is cleared (CPython's handle_weakrefs), so no
 * Python code can reach garbage through one. The unreachable set is marked
 * (RT_F_MARK, the graph walks' scratch bit: no walk runs during a
 * collection) so that a weak reference that is garbage itself never calls
 * back; the others' callbacks are queued and run after the collection.
 * Runs only when finalize saw an object with weak references (the
 * holds it took free nothing, so their order does not matter).
 * Post: no object of unreachable has RT_F_WEAKREFD; no mark is left. */
static void handle_weakrefs(rt_state *rt, rt_gc_link *unreachable)
{
    for (rt_gc_link *l = unreachable->next; l != unreachable; l = l->next)
        rt_obj_of_link(l)->flags |= RT_F_MARK;
    for (rt_gc_link *l = unreachable->next; l != unreachable; l = l->next)
        if (rt_obj_of_link(l)->flags & RT_F_WEAKREFD)
            rt__weakref_clear_referent(rt, rt_obj_of_link(l));
    for (rt_gc_link *l = unreachable->next; l != unreachable; l = l->next)
        rt_obj_of_link(l)->flags &= (uint8_t)~RT_F_MARK;
}

/* ---- phase 4b: close generators ---------------------------------------------------
 * The one finalizer of the subset: an unreachable generator suspended inside
 * a try block is closed (GeneratorExit at its yield, so `finally` runs)
 * before anything is cleared, as CPython runs finalizers first (PEP 442).
 * This runs Python code: the holds keep every unreachable object alive, new
 * objects go to generation 0, and a nested collection cannot start (the
 * collector is busy). Returns true when any generator was closed.
 * Post: no generator on unreachable needs closing. */
static bool close_generators(rt_state *rt, rt_gc_link *unreachable)
{
    bool any = false;
    for (rt_gc_link *l = unreachable->next; l != unreachable; l = l->next) {
        rt_obj *o = rt_obj_of_link(l);
        if (o->type == RT_T_GENERATOR && rt__gen_needs_close(o)) {
            rt__gen_finalize(rt, o);
            any = true;
        }
    }
    return any;
}

/* After finalizers ran: true when something outside the unreachable set
 * references it now (a `finally` stored an object somewhere). The refs are
 * recomputed as in phases 1-2 (the hold counts one), then the prev pointers
 * are restored.
 * Post: unreachable is a plain list again. */
static bool is_resurrected(rt_gc_link *unreachable)
{
    update_refs(unreachable);
    subtract_refs(unreachable);
    bool any = false;
    rt_gc_link *prev = unreachable;
    for (rt_gc_link *l = unreachable->next; l != unreachable; prev = l, l = l->next) {
        if (refs_get(l) > 1)
            any = true;
        l->prev = (uintptr_t)prev;
    }
    unreachable->prev = (uintptr_t)prev;
    return any;
}

/* A resurrected set survives whole: into `old`, holds released, nothing
 * cleared (conservative; CPython keeps only what is reachable again).
 * Post: unreachable is empty. */
static void keep_all(rt_state *rt, rt_gc_link *unreachable, rt_gc_link *old, int old_gen)
{
    while (!list_is_empty(unreachable)) {
        rt_gc_link *l = unreachable->next;
        rt_obj *o = rt_obj_of_link(l);
        list_remove(l);
        list_append(l, old);
        set_gen(o, old_gen);
        rt_decref(rt, rt_from_obj(o));
    }
}

/* ---- phase 5: delete ----------------------------------------------------------------
 * Clears every unreachable object (breaking the cycles; the holds keep all of
 * them alive meanwhile), then releases the holds one object at a time. An
 * object whose hold is its last reference (the common case) is untracked
 * and freed; any other (something still references it: a clear that left a
 * reference, or an object a finalizer stored) goes to `old` first and
 * survives there as an ordinary object when its count stays above 0.
 * Post: unreachable is empty. */
static void delete_garbage(rt_state *rt, rt_gc_link *unreachable, rt_gc_link *old, int old_gen)
{
    /* one level of the trashcan for the whole phase, the clears included:
     * what is freed here is inside a dealloc for heap.c (not an outside
     * free: the collector counts its frees as a whole, gc.h), and the
     * queue, if any, drains at the end */
    rt->heap.dealloc_depth++;
    for (rt_gc_link *l = unreachable->next; l != unreachable; l = l->next) {
        rt_obj *o = rt_obj_of_link(l);
        const rt_typeinfo *ti = rt_typeinfos[o->type];
        o->flags |= RT_F_FINALIZED;
        if (ti->clear)
            ti->clear(rt, o);
    }
    /* (the clears above ran at depth 1 already: see the caller) */
    rt_heap *h = &rt->heap;
    rt_gc_gen *gen0 = &rt->gc->gens[0];
    while (!list_is_empty(unreachable)) {
        rt_gc_link *l = unreachable->next;
        rt_obj *o = rt_obj_of_link(l);
        if (o->refcnt == 1) {
            /* rt__gc_untrack for the list's first object, which is in no
             * permanent generation: its dealloc then has no list to leave */
            unreachable->next = l->next;
            l->next->prev = (uintptr_t)unreachable;
            l->next = NULL;
            l->prev = 0;
            o->flags &= (uint8_t) ~(RT_F_FINALIZED | RT_F_TRACKED | RT_F_GEN_MASK);
            if (gen0->count > 0)
                gen0->count--;
        } else {
            o->flags &= (uint8_t)~RT_F_FINALIZED;
            list_remove(l);
            list_append(l, old);
            set_gen(o, old_gen);
        }
        rt_decref(rt, rt_from_obj(o));
    }
    if (--h->dealloc_depth == 0 && h->trash)
        rt__gc_trash_drain(rt);
}

/* ---- the driver ------------------------------------------------------------------------ */

/* Merges generations 0..generation-1 into `generation` and resets the counts
 * as CPython does; returns the young list. */
static rt_gc_link *gather_young(rt_gc_state *g, int generation)
{
    if (generation + 1 < RT_GC_GENERATIONS)
        g->gens[generation + 1].count++;
    for (int i = 0; i <= generation; i++)
        g->gens[i].count = 0;
    rt_gc_link *young = &g->gens[generation].head;
    for (int i = 0; i < generation; i++)
        list_splice(&g->gens[i].head, young); /* stamps <= generation tell young apart */
    return young;
}

/* An automatic collection is the runtime's work, not the script's (rt.h,
 * rt_config.gc_cpu_ns): its CPU time is added to the total the watchdog
 * subtracts, and a timeout interrupt that arrived while it ran is cleared.
 * A manual one (gc.collect()) is the script's: neither, else a script
 * collecting in a loop where it cannot suspend would never be stopped. */
static void forgive_timeout(rt_state *rt, int before, const rt_gc_event *ev)
{
    if (ev->manual)
        return;
    if (rt->cfg.gc_cpu_ns)
        atomic_fetch_add_explicit(rt->cfg.gc_cpu_ns, ev->pause_cpu_ns, memory_order_relaxed);
    int timeout = RT_INTERRUPT_TIMEOUT;
    if (before == RT_INTERRUPT_NONE)
        atomic_compare_exchange_strong(rt->cfg.interrupt, &timeout, RT_INTERRUPT_NONE);
}

/* ---- the collection's clock ---------------------------------------------------------
 * Every pause is read on the monotonic clock, which the vDSO answers without a system
 * call. Its CPU time (rt_gc_event.pause_cpu_ns: the watchdog's forgiveness, the CPU
 * totals the API and /metrics report) is read on the thread's CPU clock, which has no
 * vDSO path: a system call of about 180 ns, and a point where the kernel may switch to a
 * waiting thread; a closure-making loop runs thousands of generation-0 collections of some
 * 20 µs each (`cycles`: 2,344 of its 2,564). So the CPU clock is read around the
 * collections where the work is large or unbounded, and a quick collection's CPU time is
 * its pause:
 * - collections of generations 1 and 2, and a generation-0 collection after one that
 *   was not quick (rt_gc_state.gen0_clocked), read it at their start and end: exact;
 * - the other generation-0 collections start without it, and read it from the moment
 *   they run Python code (a generator's finally, a __del__), so that code is exact;
 * - the time before that (all of a collection that runs no Python code) counts as CPU
 *   time at its monotonic length, at most GC_QUICK_NS: exact unless the thread was off its
 *   CPU meanwhile, and never more than GC_QUICK_NS over. A generation-0 collection whose
 *   unclocked part reached GC_QUICK_NS makes the next one clocked, and a clocked one
 *   whose CPU time is under it makes the next one unclocked again. */
#define GC_QUICK_NS 100000u

typedef struct gc_clock {
    uint64_t t0;       /* monotonic, at the start */
    uint64_t quick_ns; /* the unclocked part's length, once the CPU clock started */
    uint64_t cpu0;     /* the thread CPU clock when it started (cpu) */
    bool cpu;          /* the CPU clock is counting */
} gc_clock;

static uint64_t clock_cpu(rt_gc_state *g)
{
    g->cpu_clock_reads++;
    return rt__thread_cpu_ns();
}

static void clock_start(rt_gc_state *g, gc_clock *c, bool cpu)
{
    c->t0 = rt__clock_ns();
    c->quick_ns = 0;
    c->cpu = cpu;
    c->cpu0 = cpu ? clock_cpu(g) : 0;
}

/* Before Python code runs inside the collection: from here on its CPU time is read. */
static void clock_exact(rt_gc_state *g, gc_clock *c)
{
    if (c->cpu)
        return;
    c->quick_ns = rt__clock_ns() - c->t0;
    c->cpu0 = clock_cpu(g);
    c->cpu = true;
}

/* The pause and its CPU time into ev; returns whether the unclocked part (if any) or the
 * CPU time reached GC_QUICK_NS (the next generation-0 collection is then clocked). */
static bool clock_stop(rt_gc_state *g, gc_clock *c, rt_gc_event *ev)
{
    uint64_t t1 = rt__clock_ns();
    ev->pause_ns = t1 - c->t0;
    uint64_t quick = c->cpu ? c->quick_ns : ev->pause_ns;
    bool slow = quick >= GC_QUICK_NS;
    ev->pause_cpu_ns = slow ? GC_QUICK_NS : quick;
    if (c->cpu) {
        uint64_t cpu1 = clock_cpu(g);
        uint64_t cpu = cpu1 >= c->cpu0 ? cpu1 - c->cpu0 : 0;
        ev->pause_cpu_ns += cpu;
        slow = slow || cpu >= GC_QUICK_NS;
    }
    return slow;
}

/* One collection of generations 0..generation; the table of contents. */
static size_t collect_main(rt_state *rt, int generation, rt_gc_event *ev)
{
    rt_gc_state *g = rt->gc;
    rt_gc_link unreachable;
    list_init(&unreachable);
    int timeout_before = atomic_load_explicit(rt->cfg.interrupt, memory_order_relaxed);
    gc_clock clock;
    clock_start(g, &clock, generation > 0 || g->gen0_clocked);
    ev->heap_bytes_before = rt->heap.live_bytes;

    rt_gc_link *young = gather_young(g, generation);
    int old_gen = generation + 1 < RT_GC_GENERATIONS ? generation + 1 : generation;
    rt_gc_link *old = &g->gens[old_gen].head;
    VALIDATE(young, V_YOUNG, generation);

    g->phase = RT_GC_SUBTRACT_REFS; /* update_refs and subtract_refs in one walk */
    bool all_external;
    ev->examined = update_and_subtract(young, generation, &all_external);
    VALIDATE(young, V_REFS, -1);

    g->phase = RT_GC_MOVE_UNREACHABLE;
    size_t untracked = all_external ? all_reachable(young, old_gen)
                                    : move_unreachable(young, &unreachable, old_gen);
    VALIDATE(young, V_PLAIN, old_gen);

    g->phase = RT_GC_FINALIZE;
    unreachable_kinds kinds;
    size_t found = finalize(&unreachable, &kinds);
    VALIDATE(&unreachable, V_YOUNG, generation);
    if (kinds.weakrefd)
        handle_weakrefs(rt, &unreachable);
    promote(g, generation, young, old, ev->examined - found - untracked);
    VALIDATE(old, V_PLAIN, old_gen);

    if (kinds.generators || kinds.instances)
        clock_exact(g, &clock); /* Python code may run: a generator's finally, a __del__ */
    g->phase = RT_GC_CLOSE_GENERATORS;
    bool ran = kinds.generators && close_generators(rt, &unreachable);
    g->phase = RT_GC_FINALIZERS;
    ran = (kinds.instances && rt__finalizers_run_cyclic(rt, &unreachable)) || ran;
    if (ran && is_resurrected(&unreachable)) {
        keep_all(rt, &unreachable, old, old_gen);
        found = 0;
    }
    VALIDATE(&unreachable, V_PLAIN, -1);

    g->phase = RT_GC_DELETE;
    uint64_t freed_objects = rt->heap.freed_objects, freed_bytes = rt->heap.freed_bytes;
    delete_garbage(rt, &unreachable, old, old_gen);
    uint64_t gc_objects = rt->heap.freed_objects - freed_objects;
    uint64_t gc_bytes = rt->heap.freed_bytes - freed_bytes;
    g->log.gc_freed_objects += gc_objects;
    g->log.gc_freed_bytes += gc_bytes;
    VALIDATE(old, V_PLAIN, old_gen);

    g->phase = RT_GC_IDLE;
    ev->generation = generation;
    ev->collected = found;
    ev->uncollectable = 0; /* no legacy finalizers in the subset: gc.garbage stays empty */
    ev->heap_bytes_after = rt->heap.live_bytes;
    bool slow = clock_stop(g, &clock, ev);
    if (generation == 0)
        g->gen0_clocked = slow;
    rt__gclog_record(&g->log, ev);
    forgive_timeout(rt, timeout_before, ev);
    return found;
}

/* collect_main with gc.callbacks around it (CPython's gc_collect_with_callback). */
static int64_t collect_with_callbacks(rt_state *rt, int generation, bool manual, bool callbacks,
                                      rt_gc_event *out)
{
    rt_gc_state *g = rt->gc;
    rt_gc_event ev = {0};
    ev.manual = manual;
    g->collecting = true;
    if (callbacks) {
        g->phase = RT_GC_CALLBACKS;
        rt__gc_run_callbacks(rt, "start", generation, 0, 0);
    }
    size_t found = collect_main(rt, generation, &ev);
    if (callbacks) {
        g->phase = RT_GC_CALLBACKS;
        rt__gc_run_callbacks(rt, "stop", generation, (int64_t)found, 0);
        g->phase = RT_GC_IDLE;
    }
    g->collecting = false;
    if (out)
        *out = ev;
    return (int64_t)found;
}

int64_t rt_gc_collect(rt_state *rt, int generation, bool manual, rt_gc_event *ev)
{
    rt_gc_state *g = rt->gc;
    if (!g || g->collecting || generation < 0 || generation >= RT_GC_GENERATIONS)
        return -1;
    return collect_with_callbacks(rt, generation, manual, true, ev);
}

/* An automatic collection at a safe point; the current exception (if any)
 * is kept as it was. */
static void collect_automatic(rt_state *rt, int generation)
{
    rt_value saved = rt->exc;
    rt->exc = RT_NULL;
    collect_with_callbacks(rt, generation, false, true, NULL);
    rt_decref(rt, rt->exc);
    rt->exc = saved;
    rt__finalizers_run_pending(rt);
    rt__weakref_run_pending(rt);
}

void rt__gc_maybe_collect(rt_state *rt)
{
    rt_gc_state *g = rt->gc;
    rt->gc_pending = false;
    if (!g || g->collecting)
        return;
    rt__finalizers_run_pending(rt); /* __del__ of instances whose count reached zero */
    rt__weakref_run_pending(rt);    /* callbacks of weak references whose referents died */
    if (!g->enabled)
        return;
    if (g->full_requested) {
        g->full_requested = false;
        collect_automatic(rt, RT_GC_GENERATIONS - 1);
        return;
    }
    /* the oldest generation over its threshold, as CPython's collect_generations;
     * a full collection only once 25% of the long-lived objects are new */
    for (int i = RT_GC_GENERATIONS - 1; i >= 0; i--) {
        bool due = g->gens[i].threshold && g->gens[i].count > g->gens[i].threshold;
#ifdef RT_STRESS_GC
        due = due || i == 0;
#endif
        if (due) {
            if (i == RT_GC_GENERATIONS - 1 && g->long_lived_pending < g->long_lived_total / 4)
                continue;
            collect_automatic(rt, i);
            return;
        }
    }
}

void rt__gc_request_full(rt_state *rt)
{
    rt_gc_state *g = rt->gc;
    if (!g || !g->enabled)
        return;
    g->full_requested = true;
    rt->gc_pending = true;
}

void rt__gc_collect_final(rt_state *rt)
{
    rt_gc_state *g = rt->gc;
    if (!g || g->collecting)
        return;
    rt_gc_unfreeze(rt);
    /* clearing can only shrink the heap, but an object a clear left alive may
     * be freed on a second pass; stop when a pass finds nothing */
    for (int pass = 0; pass < 4; pass++)
        if (collect_with_callbacks(rt, RT_GC_GENERATIONS - 1, true, false, NULL) <= 0)
            break;
}

/* ---- the trashcan ------------------------------------------------------------------------ */

bool rt__gc_trash_defer_deep(rt_state *rt, rt_obj *o)
{
    rt_heap *h = &rt->heap;
    if (!rt_obj_has_link(o)) /* no link to queue it by: freed now, one level deeper */
        return false;
    if (o->flags & RT_F_TRACKED)
        rt__gc_untrack(rt, o);
    rt_gc_link *l = rt_gc_link_of(o);
    l->next = h->trash;
    l->prev = 0;
    h->trash = l;
    return true;
}

void rt__gc_trash_drain(rt_state *rt)
{
    rt_heap *h = &rt->heap;
    h->dealloc_depth = 1; /* draining: nested frees queue again past the limit */
    while (h->trash) {
        rt_gc_link *l = h->trash;
        h->trash = l->next;
        l->next = NULL;
        rt_obj *o = rt_obj_of_link(l);
        rt_typeinfos[o->type]->dealloc(rt, o);
    }
    h->dealloc_depth = 0;
}

/* ---- gc.freeze ------------------------------------------------------------------------- */

void rt_gc_freeze(rt_state *rt)
{
    rt_gc_state *g = rt->gc;
    if (!g || g->collecting)
        return;
    for (int i = 0; i < RT_GC_GENERATIONS; i++) {
        g->frozen += list_size(&g->gens[i].head);
        list_merge(&g->gens[i].head, &g->permanent, RT_GC_PERMANENT);
    }
    g->gens[0].count = 0; /* as CPython: the older counts stay */
}

void rt_gc_unfreeze(rt_state *rt)
{
    rt_gc_state *g = rt->gc;
    if (!g || g->collecting)
        return;
    list_merge(&g->permanent, &g->gens[RT_GC_GENERATIONS - 1].head, RT_GC_GENERATIONS - 1);
    g->frozen = 0;
}

void rt__gc_each_tracked(rt_state *rt, void (*visit)(rt_obj *o, void *arg), void *arg)
{
    rt_gc_state *g = rt->gc;
    if (!g)
        return;
    for (int i = RT_GC_GENERATIONS - 1; i >= 0; i--) {
        rt_gc_link *head = &g->gens[i].head;
        for (rt_gc_link *l = head->next; l != head; l = l->next)
            visit(rt_obj_of_link(l), arg);
    }
}
