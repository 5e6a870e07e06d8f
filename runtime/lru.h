/* lru.h: functools._lru_cache_wrapper (RT_T_LRU), the callable that
 * functools.lru_cache and functools.cache return (lru.c). */
#ifndef CLOSURED_RUNTIME_LRU_H
#define CLOSURED_RUNTIME_LRU_H

#include "runtime/object.h"

/* One cached entry. A key of two lanes (CPython's key would be a 2-tuple:
 * two positional arguments, or one with typed=True) keeps them in key and
 * key2, no tuple made; any other key is its object in key (a tuple, or a
 * lone int or str argument) and key2 is RT_NULL. A free slot has key
 * RT_NULL and next links the free list. */
typedef struct rt_lru_node {
    rt_value key;       /* owned: the key object, or a two-lane key's first lane */
    rt_value key2;      /* owned: a two-lane key's second lane; RT_NULL otherwise */
    rt_value result;    /* owned */
    int64_t hash;       /* of the key's lanes (lru.c), what the index probes by */
    int32_t prev, next; /* bounded caches: the recency list's slot indexes, -1 at either end */
} rt_lru_node;

typedef struct rt_lru {
    rt_obj hdr;
    uint8_t typed;
    /* the function is a Python function and the cache stores (maxsize not 0)
     * untyped: CALL may run a miss as a frame (rt__lru_frame_enter) */
    uint8_t frame_ok;
    uint8_t pad[6];
    int64_t maxsize; /* -1: unbounded (maxsize=None) */
    int64_t hits, misses;
    rt_value func;      /* owned: the user function */
    rt_value dict;      /* owned: the attributes (__wrapped__, __name__, ... from update_wrapper) */
    rt_value info_type; /* owned: functools' CacheInfo class */
    rt_value kwd_mark;  /* owned: the marker between positional and keyword parts of a key */
    /* The entries live in nodes (a heap buffer charged to the wrapper), found
     * through an open-addressed index of slot numbers, so that a call looks its
     * arguments up without building the key tuple CPython's dict lookup needs.
     * A bounded cache links its entries in use order (oldest first), as
     * CPython's C wrapper does: a hit relinks one node. */
    rt_lru_node *nodes;
    int64_t ncap, nused;    /* slots allocated; slots ever handed out */
    int64_t count;          /* entries in the cache (currsize) */
    int64_t oldest, newest; /* list ends, -1 when empty */
    int64_t free_slot;      /* free list head, -1 when empty */
    int32_t *index;         /* 1 << log2 entries: a slot number, EMPTY or DELETED */
    int64_t log2, filled;   /* index size; index entries not EMPTY */
    /* bumped by every change of the entries (and cache_clear): a lookup whose
     * key comparison ran Python code starts again when it moved */
    uint64_t epoch;
} rt_lru;

static inline rt_lru *rt_lru_of(rt_value v)
{
    return (rt_lru *)rt_as_obj(v);
}

/* Calling the wrapper (rt_call's contract). */
rt_value rt__lru_call(rt_state *rt, rt_value w, const rt_value *args, size_t nargs,
                      rt_value kwnames);
/* CALL's cached call (vm_calls.h), for a wrapper called with positional
 * arguments alone, all small ints or strs (their hashes and comparisons run
 * no Python code), whose function is a plain Python function taking exactly
 * them: its miss runs as a frame of the calling loop rather than a nested
 * one. call points at the call's stack slots: [NULL, wrapper, args...].
 * rt__lru_frame_enter: 2 when the call does not qualify (nothing done:
 * rt__lru_call then); 1 on a hit, *out the result (new reference); 0 on a
 * miss (counted): the function's frame pushed (rt->frame, flagged
 * RT_FRAME_LRU, its arguments references of its own), the NULL slot
 * holding the cache's change count (its low 62 bits, a small int), the
 * wrapper and the arguments (the key's lanes) left in place for the
 * return; -1 with an exception (nothing pushed). The caller checked the
 * recursion limit. rt__lru_frame_store (RETURN_VALUE): the frame's result r
 * (borrowed) stored under the key of the arguments the enter left in
 * call[2..2 + nargs), with rt__lru_call's rules for an entry the call made
 * itself (the count in call[0] skips the second lookup when no entry came
 * or went meanwhile); the call's slots are released (they are the
 * caller's no more). 0, or -1 with an exception. */
int rt__lru_frame_enter(rt_state *rt, rt_value *call, size_t nargs, rt_value *out);
int rt__lru_frame_store(rt_state *rt, rt_value *call, size_t nargs, rt_value r);

/* The attribute protocol (rt_getattr, rt_setattr with RT_NULL for del,
 * rt_repr): the __dict__ update_wrapper filled, then cache_info and
 * cache_clear (an attribute of the same name shadows them, as in CPython). */
rt_value rt__lru_getattr(rt_state *rt, rt_value w, rt_value name);
int rt__lru_setattr(rt_state *rt, rt_value w, rt_value name, rt_value value);
rt_value rt__lru_repr(rt_state *rt, rt_value w);

extern const rt_typeinfo rt__lru_typeinfo;

#endif
