/* weakref.h: weak references (RT_T_WEAKREF, Python's weakref.ref): an
 * object that points at another without keeping it alive, cleared when that
 * object is freed, by reference counting or by the cycle collector.
 *
 * Ownership: a weak reference owns its callback, never its referent. The
 * referents' lists of weak references live in a per-state table keyed by the
 * referent's address (the object header has no room for a list pointer); an
 * object that has any carries RT_F_WEAKREFD, so rt__dealloc looks the table
 * up only for those. When a referent dies, every weak reference to it is
 * cleared at once; their callbacks are queued (each queued reference holds
 * itself alive) and run at the next safe point (rt__weakref_run_pending,
 * from the collector's safe-point hook and gc.collect()), never inside a
 * dealloc, so no Python code runs while an object is half freed.
 *
 * The collector clears weak references to unreachable objects before any
 * finalizer runs (CPython's handle_weakrefs); a callback runs only when its
 * weak reference is itself reachable. The heap graph shows the referent edge
 * as RT_GRAPH_EDGE_WEAK, which dominators and retained sizes ignore. */
#ifndef CLOSURED_RUNTIME_WEAKREF_H
#define CLOSURED_RUNTIME_WEAKREF_H

#include "runtime/object.h"

typedef struct rt_weakref {
    rt_obj hdr;
    rt_obj *referent;               /* not owned; NULL once the referent is gone */
    rt_value callback;              /* owned, or RT_NULL */
    int64_t hash;                   /* hash(referent) once computed (kept after death), else -1 */
    struct rt_weakref *prev, *next; /* the referent's list (or the pending queue: next) */
} rt_weakref;

static inline rt_weakref *rt_weakref_of(rt_value v)
{
    return (rt_weakref *)rt_as_obj(v);
}

/* weakref.ref(obj[, callback]): a new reference to obj (borrowed), or the
 * existing callback-less one when callback is RT_NULL or None (as CPython
 * shares it). TypeError "cannot create weak reference to 'int' object" for
 * values that cannot be referred to weakly. New reference. */
rt_value rt_weakref_new(rt_state *rt, rt_value obj, rt_value callback);
/* The referent (borrowed), or RT_NULL once it is gone. */
rt_value rt_weakref_get(rt_value wr);

/* Clears every weak reference to o, which is being freed (rt__dealloc) or is
 * unreachable garbage (the collector): referents set to NULL, callbacks
 * queued, except those of weak references that carry RT_F_MARK (the
 * collector marks the unreachable set: a weak reference that is garbage
 * itself never calls back). Allocates nothing. */
void rt__weakref_clear_referent(rt_state *rt, rt_obj *o);
/* Runs the queued callbacks, each with its weak reference, keeping the
 * current exception as it was; a callback's exception is dropped (CPython
 * reports it as unraisable). Python code runs: call only at a safe point. */
void rt__weakref_run_pending(rt_state *rt);
/* The state is being freed: pending callbacks are dropped and no new one
 * is queued (state.c calls it before it frees the user's objects). */
void rt__weakref_shutdown(rt_state *rt);
/* Frees the table (state.c, after every object is freed). */
void rt__weakref_dispose(rt_state *rt);

/* obj's oldest weak reference (borrowed), or RT_NULL: what __weakref__ reads. */
rt_value rt__weakref_first(rt_state *rt, rt_value obj);

/* The VM's call, repr, attribute, hash and equality of weak references. */
rt_value rt__weakref_call(rt_state *rt, rt_value wr, const rt_value *args, size_t nargs,
                          rt_value kwnames);
rt_value rt__weakref_repr(rt_state *rt, rt_value wr);
rt_value rt__weakref_getattr(rt_state *rt, rt_value wr, rt_value name);
int rt__weakref_hash(rt_state *rt, rt_value wr, int64_t *out);
/* a == b for two weak references: their referents' equality while both are
 * alive, identity otherwise. 1/0, -1 on error. */
int rt__weakref_eq(rt_state *rt, rt_value a, rt_value b);
/* weakref.ref(...) called as a type. */
rt_value rt__weakref_construct(rt_state *rt, const rt_value *args, size_t nargs, rt_value kwnames);

extern const rt_typeinfo rt__weakref_typeinfo;

#endif
