/* set.h: set objects: CPython's open-addressing hash set (linear probes then
 * perturbation, same resize rule), so iteration order of ints matches
 * CPython's. Keys are owned by the set. */
#ifndef CLOSURED_RUNTIME_SET_H
#define CLOSURED_RUNTIME_SET_H

#include "runtime/object.h"

/* The key of a deleted entry (a special that is no value), hash -1. */
#define RT_SET_DUMMY ((rt_value)0x1A)

typedef struct rt_set_entry {
    rt_value key; /* RT_NULL: unused; RT_SET_DUMMY: deleted */
    int64_t hash;
} rt_set_entry;

typedef struct rt_set_obj {
    rt_obj hdr;
    int64_t fill;        /* active + dummy entries */
    int64_t used;        /* active entries = len(s) */
    int64_t mask;        /* table size - 1 */
    uint32_t version;    /* bumped on every change */
    uint32_t finger;     /* pop() search finger */
    rt_set_entry *table; /* heap buffer, mask + 1 entries (never NULL for a live set) */
} rt_set_obj;

static inline rt_set_obj *rt_set_obj_of(rt_value s)
{
    return (rt_set_obj *)rt_as_obj(s);
}
static inline bool rt_is_set(rt_value v)
{
    return rt_is_obj(v) && rt_as_obj(v)->type == RT_T_SET;
}
/* frozenset: the same object, immutable once made (its type id says so). */
static inline bool rt_is_frozenset(rt_value v)
{
    return rt_is_obj(v) && rt_as_obj(v)->type == RT_T_FROZENSET;
}
static inline bool rt_is_anyset(rt_value v)
{
    return rt_is_set(v) || rt_is_frozenset(v);
}
static inline int64_t rt_set_len(rt_value s)
{
    return rt_set_obj_of(s)->used;
}

/* A new empty set (table of 8). */
rt_value rt_set_new(rt_state *rt);
/* A new set with the items of iterable (set(x)). */
rt_value rt_set_from_iter(rt_state *rt, rt_value iterable);
/* s.add(key): 0, or -1 (TypeError unhashable, MemoryError). */
int rt_set_add(rt_state *rt, rt_value s, rt_value key);
/* key in s: 1/0, -1 on error. */
int rt_set_contains(rt_state *rt, rt_value s, rt_value key);
/* s.discard(key): 1 removed, 0 absent, -1 on error. */
int rt_set_discard(rt_state *rt, rt_value s, rt_value key);
/* rt_set_contains / rt_set_discard for `in`, remove() and discard(): a set
 * key is taken as the frozenset of its items (CPython's rule). */
int rt_set_contains_key(rt_state *rt, rt_value s, rt_value key);
int rt_set_discard_key(rt_state *rt, rt_value s, rt_value key);
/* s.pop(): new reference, or RT_NULL with KeyError "pop from an empty set". */
rt_value rt_set_pop(rt_state *rt, rt_value s);
void rt_set_clear(rt_state *rt, rt_value s);
rt_value rt_set_copy(rt_state *rt, rt_value s);
/* s |= iterable (set.update). */
int rt_set_update(rt_state *rt, rt_value s, rt_value iterable);

/* The set algebra as CPython computes it (same insertion order, so the same
 * iteration order). a is a set; b any iterable for the methods, a set for
 * the operators (the caller checks). */
rt_value rt_set_union(rt_state *rt, rt_value a, rt_value b);
rt_value rt_set_intersection(rt_state *rt, rt_value a, rt_value b);
rt_value rt_set_difference(rt_state *rt, rt_value a, rt_value b);
rt_value rt_set_symmetric_difference(rt_state *rt, rt_value a, rt_value b);
int rt_set_intersection_update(rt_state *rt, rt_value a, rt_value b);
int rt_set_difference_update(rt_state *rt, rt_value a, rt_value b);
int rt_set_symmetric_difference_update(rt_state *rt, rt_value a, rt_value b);
/* a <= b (issubset) for two sets: 1/0, -1 on error. */
int rt_set_issubset(rt_state *rt, rt_value a, rt_value b);
/* a == b for two sets. */
int rt_set_equal(rt_state *rt, rt_value a, rt_value b);

/* Iteration in table order: start with *pos = 0; true with *key borrowed
 * while keys remain. */
bool rt_set_next(rt_value s, int64_t *pos, rt_value *key);

/* s (a new set, stolen) as a frozenset: the same object retyped. */
rt_value rt_set_freeze(rt_state *rt, rt_value s);
/* frozenset(iterable): iterable itself when it is a frozenset. */
rt_value rt_frozenset_from_iter(rt_state *rt, rt_value iterable);
/* hash(frozenset) as CPython computes it from the items' hashes. */
int64_t rt_frozenset_hash(rt_value s);

extern const rt_typeinfo rt__set_typeinfo;
extern const rt_typeinfo rt__frozenset_typeinfo;

#endif
