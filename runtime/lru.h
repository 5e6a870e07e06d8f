/* lru.h: functools._lru_cache_wrapper (RT_T_LRU), the callable that
 * functools.lru_cache and functools.cache return (lru.c). */
#ifndef CLOSURED_RUNTIME_LRU_H
#define CLOSURED_RUNTIME_LRU_H

#include "runtime/object.h"

typedef struct rt_lru {
    rt_obj hdr;
    uint8_t typed;
    uint8_t pad[7];
    int64_t maxsize; /* -1: unbounded (maxsize=None) */
    int64_t hits, misses;
    /* Where the search for the oldest entry starts: every entry of the
     * cache's table before it is deleted. Valid while the table is
     * evict_table (a resize compacts the entries into a new one). */
    int64_t evict_pos;
    const void *evict_table;
    rt_value func;      /* owned: the user function */
    rt_value cache;     /* owned: key -> result, oldest use first */
    rt_value dict;      /* owned: the attributes (__wrapped__, __name__, ... from update_wrapper) */
    rt_value info_type; /* owned: functools' CacheInfo class */
    rt_value kwd_mark;  /* owned: the marker between positional and keyword parts of a key */
} rt_lru;

static inline rt_lru *rt_lru_of(rt_value v)
{
    return (rt_lru *)rt_as_obj(v);
}

/* Calling the wrapper (rt_call's contract). */
rt_value rt__lru_call(rt_state *rt, rt_value w, const rt_value *args, size_t nargs,
                      rt_value kwnames);
/* The attribute protocol (rt_getattr, rt_setattr with RT_NULL for del,
 * rt_repr): the __dict__ update_wrapper filled, then cache_info and
 * cache_clear (an attribute of the same name shadows them, as in CPython). */
rt_value rt__lru_getattr(rt_state *rt, rt_value w, rt_value name);
int rt__lru_setattr(rt_state *rt, rt_value w, rt_value name, rt_value value);
rt_value rt__lru_repr(rt_state *rt, rt_value w);

extern const rt_typeinfo rt__lru_typeinfo;

#endif
