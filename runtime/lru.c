/* lru.c: functools' cache wrapper (functools._lru_cache_wrapper, RT_T_LRU):
 * a callable holding the user function and its cached results, as CPython's
 * C wrapper, so a cached call costs one native call and one lookup rather
 * than a Python frame.
 *
 * Keys are CPython's _make_key: the args tuple, then a marker and the
 * keyword items, then the types when typed; a lone int or str argument is
 * its own key, so hits and misses count as CPython's. A call looks its key
 * up by its lanes (the values that tuple would hold, read from the
 * arguments in place), and only a miss builds the key object, which the
 * entry keeps: a hit allocates nothing.
 *
 * Storage: the entries are slots of one array (rt_lru_node), found through
 * an open-addressed index of slot numbers probed by the lanes' hash. A
 * bounded cache links its slots in use order, oldest first: a hit moves its
 * slot last, a miss past maxsize reuses the oldest slot for the new entry.
 *
 * Ownership: the wrapper owns the function, its attribute dict, the
 * CacheInfo class, the keyword marker, the slots (their keys and results)
 * and the index. */
#include "runtime/lru.h"

#include <inttypes.h>
#include <string.h>

#include "runtime/builtin.h"
#include "runtime/class.h"
#include "runtime/code.h"
#include "runtime/dict.h"
#include "runtime/frame.h"
#include "runtime/func.h"
#include "runtime/gc.h"
#include "runtime/heap.h"
#include "runtime/module.h"
#include "runtime/num.h"
#include "runtime/objid.h"
#include "runtime/ops.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/vm.h"

/* ---- the object ---------------------------------------------------------------------- */

enum { IX_EMPTY = -1, IX_DELETED = -2 };

/* The most slots a cache has: the index stores slot numbers in 32 bits (half
 * the bytes to clear and to probe of 64-bit ones). */
#define SLOTS_MAX ((int64_t)INT32_MAX)

static size_t index_bytes(const rt_lru *w)
{
    return w->index ? ((size_t)1 << w->log2) * sizeof(int32_t) : 0;
}

static size_t lru_size(const rt_obj *o)
{
    const rt_lru *w = (const rt_lru *)o;
    return sizeof(rt_gc_link) + sizeof(rt_lru) + (size_t)w->ncap * sizeof(rt_lru_node) +
           index_bytes(w);
}

static void lru_traverse(rt_obj *o, rt_visit_fn visit, void *arg)
{
    rt_lru *w = (rt_lru *)o;
    rt_value f[] = {w->func, w->dict, w->info_type, w->kwd_mark};
    for (size_t i = 0; i < sizeof f / sizeof f[0]; i++)
        if (rt_is_obj(f[i]))
            visit(rt_as_obj(f[i]), arg);
    for (int64_t i = 0; i < w->nused; i++) {
        const rt_lru_node *n = &w->nodes[i];
        if (rt_is_obj(n->key))
            visit(rt_as_obj(n->key), arg);
        if (rt_is_obj(n->key2))
            visit(rt_as_obj(n->key2), arg);
        if (rt_is_obj(n->result))
            visit(rt_as_obj(n->result), arg);
    }
}

/* Empties the cache. The buffers are detached before any reference is
 * dropped: a finalizer that calls the wrapper finds it empty, never
 * half-released. */
static void entries_release(rt_state *rt, rt_lru *w)
{
    rt_lru_node *nodes = w->nodes;
    int64_t used = w->nused, cap = w->ncap;
    int32_t *index = w->index;
    size_t ibytes = index_bytes(w);
    w->nodes = NULL;
    w->ncap = w->nused = w->count = 0;
    w->index = NULL;
    w->log2 = w->filled = 0;
    w->oldest = w->newest = w->free_slot = -1;
    w->epoch++;
    if (index)
        rt_heap_free(rt, &w->hdr, index, ibytes);
    for (int64_t i = 0; i < used; i++) {
        rt_decref(rt, nodes[i].key);
        rt_decref(rt, nodes[i].key2);
        rt_decref(rt, nodes[i].result);
    }
    if (nodes)
        rt_heap_free(rt, &w->hdr, nodes, (size_t)cap * sizeof *nodes);
}

static void lru_clear(rt_state *rt, rt_obj *o)
{
    rt_lru *w = (rt_lru *)o;
    rt_value *f[] = {&w->func, &w->dict, &w->info_type, &w->kwd_mark};
    w->frame_ok = 0;
    for (size_t i = 0; i < sizeof f / sizeof f[0]; i++) {
        rt_value x = *f[i];
        *f[i] = RT_NULL;
        rt_decref(rt, x);
    }
    entries_release(rt, w);
}

static void lru_dealloc(rt_state *rt, rt_obj *o)
{
    lru_clear(rt, o);
    rt_obj_free(rt, o, sizeof(rt_lru));
}

const rt_typeinfo rt__lru_typeinfo = {
    "functools._lru_cache_wrapper", true, lru_size, lru_traverse, lru_clear, lru_dealloc};

/* ---- keys --------------------------------------------------------------------------------- */

/* A call's key as lanes: the values CPython's key tuple would hold, in its
 * order (positional arguments; the marker, each keyword's name and value;
 * with typed, each argument's type), borrowed. lone: the key is the lone
 * int or str argument itself, not a tuple. */
typedef struct key_lanes {
    const rt_value *v;
    int64_t n;
    bool lone;
    rt_value *heap; /* owned when the lanes did not fit local */
    rt_value local[16];
} key_lanes;

static int lanes_of_call(rt_state *rt, const rt_lru *w, const rt_value *args, size_t nargs,
                         rt_value kwnames, key_lanes *k)
{
    size_t nkw = rt_kw_count(kwnames);
    k->heap = NULL;
    k->lone = false;
    if (nkw == 0 && !w->typed) { /* the arguments are the lanes */
        k->v = args;
        k->n = (int64_t)nargs;
        if (nargs == 1) {
            rt_type_id t = rt_type_of(args[0]);
            k->lone = t == RT_T_INT || t == RT_T_STR;
        }
        return 0;
    }
    size_t n = nargs + (nkw ? 1 + 2 * nkw : 0) + (w->typed ? nargs + nkw : 0);
    rt_value *out = k->local;
    if (n > sizeof k->local / sizeof k->local[0]) {
        out = k->heap = rt_heap_alloc(rt, NULL, n * sizeof *out);
        if (!out)
            return -1;
    }
    size_t j = 0;
    for (size_t i = 0; i < nargs; i++)
        out[j++] = args[i];
    if (nkw) {
        out[j++] = w->kwd_mark;
        for (size_t i = 0; i < nkw; i++) {
            out[j++] = rt_tuple_items(kwnames)[i];
            out[j++] = args[nargs + i];
        }
    }
    if (w->typed)
        for (size_t i = 0; i < nargs + nkw; i++)
            out[j++] = rt_type_obj_get(rt, args[i]);
    k->v = out;
    k->n = (int64_t)n;
    return 0;
}

static void lanes_free(rt_state *rt, key_lanes *k)
{
    if (k->heap)
        rt_heap_free(rt, NULL, k->heap, (size_t)k->n * sizeof *k->heap);
    k->heap = NULL;
}

/* One lane's hash folded into a key's (lanes_hash, plain_hash). */
static inline __attribute__((always_inline)) uint64_t lanes_mix(uint64_t acc, int64_t h)
{
    acc = (acc ^ (uint64_t)h) * UINT64_C(0x9E3779B97F4A7C15);
    return acc ^ (acc >> 29);
}

/* The hash the index probes by: a lone key's own, else a mix of the lanes'
 * (equal keys have equal lanes, so equal hashes). 0, or -1 with TypeError
 * for an unhashable lane, found in CPython's order. */
static inline __attribute__((always_inline)) int lanes_hash(rt_state *rt, const key_lanes *k,
                                                            int64_t *out)
{
    if (k->lone) {
        rt_value v = k->v[0];
        if (rt_is_smallint(v)) {
            *out = rt_int_hash(rt_smallint_get(v));
            return 0;
        }
        if (rt_is_str(v)) {
            *out = rt_str_hash(v);
            return 0;
        }
        return rt_hash(rt, v, out);
    }
    uint64_t acc = UINT64_C(0x27D4EB2F165667C5);
    for (int64_t i = 0; i < k->n; i++) {
        rt_value v = k->v[i];
        int64_t h;
        if (rt_is_smallint(v))
            h = rt_int_hash(rt_smallint_get(v));
        else if (rt_hash(rt, v, &h) != 0)
            return -1;
        acc = lanes_mix(acc, h);
    }
    *out = (int64_t)(acc + (uint64_t)k->n);
    return 0;
}

/* stored == probe for one lane, as a tuple compares its items: identity,
 * then ==. 1, 0, or -1 with an exception. */
static int lane_eq(rt_state *rt, rt_value stored, rt_value probe)
{
    if (stored == probe)
        return 1;
    if (rt_is_smallint(stored) && rt_is_smallint(probe))
        return 0;
    if (rt_is_str(stored) && rt_is_str(probe))
        return rt_str_eq(stored, probe);
    return rt_eq(rt, stored, probe);
}

/* Whether node n's key is the key of lanes k: 1, 0, -1 with an exception.
 * A lone key never equals a tuple key (an int or str never equals a
 * tuple), so neither compares the other's items; a two-lane key is a
 * 2-tuple's items. The caller holds references to the key's parts. */
static int key_matches(rt_state *rt, const rt_lru_node *n, const key_lanes *k)
{
    rt_value key = n->key;
    if (n->key2) {
        if (k->lone || k->n != 2)
            return 0;
        int r = lane_eq(rt, key, k->v[0]);
        return r == 1 ? lane_eq(rt, n->key2, k->v[1]) : r;
    }
    if (k->lone)
        return rt_is_tuple(key) ? 0 : lane_eq(rt, key, k->v[0]);
    if (!rt_is_tuple(key) || rt_tuple_len(key) != k->n)
        return 0;
    const rt_value *items = rt_tuple_items(key);
    for (int64_t i = 0; i < k->n; i++) {
        int r = lane_eq(rt, items[i], k->v[i]);
        if (r != 1)
            return r;
    }
    return 1;
}

/* A key tuple holding no container cannot be part of a cycle: it leaves the
 * collector's lists (CPython untracks such tuples at its first collection),
 * so a cache of many entries costs the collector nothing. */
static void untrack_if_atomic(rt_state *rt, rt_value key)
{
    const rt_value *items = rt_tuple_items(key);
    for (int64_t i = 0, n = rt_tuple_len(key); i < n; i++)
        if (rt_is_obj(items[i]) && rt_typeinfos[rt_as_obj(items[i])->type]->is_container)
            return;
    rt__gc_untrack(rt, rt_as_obj(key));
}

/* The key object CPython's _make_key builds from these lanes: a new
 * reference (RT_NULL with MemoryError). `atomic`: the lanes are known to
 * hold no container. For a key of any shape but two lanes (those the node
 * keeps without a tuple). */
static inline __attribute__((always_inline)) rt_value key_of_lanes(rt_state *rt, const key_lanes *k,
                                                                   bool atomic)
{
    if (k->lone) {
        rt_incref(k->v[0]);
        return k->v[0];
    }
    rt_value key = rt_tuple_from(rt, k->v, k->n);
    if (key && atomic)
        rt__gc_untrack(rt, rt_as_obj(key));
    else if (key)
        untrack_if_atomic(rt, key);
    return key;
}

/* ---- the index ------------------------------------------------------------------------- */

/* The slot of the entry whose key is k's (hash `hash`), -1 when there is
 * none, -2 with an exception set. On -1, *free (when asked for) is the first
 * index position of the probe chain that holds no slot (EMPTY or DELETED):
 * where the key would be entered. A comparison that ran Python code which
 * changed the cache starts the probe again, as CPython's dict lookup. */
static inline __attribute__((always_inline)) int64_t
lookup_at(rt_state *rt, rt_lru *w, const key_lanes *k, int64_t hash, int64_t *free)
{
restart:
    if (free)
        *free = -1;
    if (!w->index)
        return -1;
    uint64_t mask = ((uint64_t)1 << w->log2) - 1, perturb = (uint64_t)hash;
    uint64_t i = (uint64_t)hash & mask;
    for (;;) {
        int32_t ix = w->index[i];
        if (ix < 0 && free && *free < 0)
            *free = (int64_t)i;
        if (ix == IX_EMPTY)
            return -1;
        if (ix >= 0 && w->nodes[ix].hash == hash) {
            const rt_lru_node *n = &w->nodes[ix];
            rt_value key = n->key, key2 = n->key2;
            if (k->lone ? key == k->v[0] : key2 && key == k->v[0] && key2 == k->v[1] && k->n == 2)
                return ix; /* the same objects: equal as a tuple's items are */
            uint64_t epoch = w->epoch;
            rt_incref(key);
            rt_incref(key2);
            int r = key_matches(rt, n, k);
            rt_decref(rt, key);
            rt_decref(rt, key2);
            if (r < 0)
                return -2;
            if (w->epoch != epoch)
                goto restart;
            if (r)
                return ix;
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
}

static __attribute__((noinline)) int64_t lookup(rt_state *rt, rt_lru *w, const key_lanes *k,
                                                int64_t hash)
{
    return lookup_at(rt, w, k, hash, NULL);
}

/* ---- keys of small ints and strs (the frame calls) ------------------------------------- */

/* lanes_hash for lanes that are all small ints or strs (a lone one its own
 * key), without a call: false when one is of another kind. */
/* A lane's hash when it is a small int or a str; false otherwise. */
static inline __attribute__((always_inline)) bool plain_lane_hash(rt_value v, int64_t *h)
{
    if (rt_is_smallint(v))
        *h = rt_int_hash(rt_smallint_get(v));
    else if (rt_is_str(v))
        *h = rt_str_hash(v);
    else
        return false;
    return true;
}

static inline __attribute__((always_inline)) bool plain_hash(const rt_value *v, size_t n,
                                                             int64_t *out)
{
    if (n == 1)
        return plain_lane_hash(v[0], out);
    int64_t h0, h1;
    if (n == 2) { /* the common key, unrolled */
        if (!plain_lane_hash(v[0], &h0) || !plain_lane_hash(v[1], &h1))
            return false;
        *out = (int64_t)(lanes_mix(lanes_mix(UINT64_C(0x27D4EB2F165667C5), h0), h1) + 2);
        return true;
    }
    uint64_t acc = UINT64_C(0x27D4EB2F165667C5);
    for (size_t i = 0; i < n; i++) {
        if (!plain_lane_hash(v[i], &h0))
            return false;
        acc = lanes_mix(acc, h0);
    }
    *out = (int64_t)(acc + (uint64_t)n);
    return true;
}

/* stored == probe for a probe lane that is a small int or a str, when that
 * runs no Python code: 1 or 0; -1 when the stored lane is of another kind
 * (True, a float, an object with __eq__: the general lookup decides). Equal
 * small ints are the same value. */
static inline int lane_eq_plain(rt_value stored, rt_value probe)
{
    if (stored == probe || rt_is_smallint(stored))
        return stored == probe;
    if (rt_is_str(stored))
        return rt_is_str(probe) && rt_str_eq(stored, probe);
    return -1;
}

/* lookup_at for the key of lanes v[0..n), small ints or strs (lone when n
 * is 1), without running Python code: the slot, -1 when absent (*free as
 * lookup_at's, when asked for), -3 when a stored key of the same hash
 * needs the general lookup's comparison. */
static inline __attribute__((always_inline)) int64_t
lookup_plain(const rt_lru *w, const rt_value *v, size_t n, int64_t hash, int64_t *free)
{
    if (free)
        *free = -1;
    if (!w->index)
        return -1;
    uint64_t mask = ((uint64_t)1 << w->log2) - 1, perturb = (uint64_t)hash;
    uint64_t i = (uint64_t)hash & mask;
    for (;;) {
        int32_t ix = w->index[i];
        if (ix < 0 && free && *free < 0)
            *free = (int64_t)i;
        if (ix == IX_EMPTY)
            return -1;
        if (ix >= 0 && w->nodes[ix].hash == hash) {
            const rt_lru_node *nd = &w->nodes[ix];
            int r;
            if (n == 2) {
                r = nd->key2 ? lane_eq_plain(nd->key, v[0]) : 0;
                if (r == 1)
                    r = lane_eq_plain(nd->key2, v[1]);
            } else if (n == 1) {
                r = nd->key2 || rt_is_tuple(nd->key) ? 0 : lane_eq_plain(nd->key, v[0]);
            } else if (nd->key2 || !rt_is_tuple(nd->key) || rt_tuple_len(nd->key) != (int64_t)n) {
                r = 0;
            } else {
                r = 1;
                for (size_t j = 0; j < n && r == 1; j++)
                    r = lane_eq_plain(rt_tuple_items(nd->key)[j], v[j]);
            }
            if (r == 1)
                return ix;
            if (r < 0)
                return -3;
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* Enters slot s (its hash set) in the index, which has room. */
static void index_put(rt_lru *w, int64_t s)
{
    uint64_t mask = ((uint64_t)1 << w->log2) - 1, perturb = (uint64_t)w->nodes[s].hash;
    uint64_t i = perturb & mask;
    while (w->index[i] >= 0) {
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
    if (w->index[i] == IX_EMPTY)
        w->filled++;
    w->index[i] = (int32_t)s;
}

/* index_put, at position `at` when it is known (the first free position of
 * s's probe chain, found by lookup_at since the last rebuild), else probed. */
static inline void index_put_at(rt_lru *w, int64_t s, int64_t at)
{
    if (at < 0) {
        index_put(w, s);
        return;
    }
    if (w->index[at] == IX_EMPTY)
        w->filled++;
    w->index[at] = (int32_t)s;
}

/* Takes slot s out of the index (a tombstone keeps the probe chains whole). */
static void index_remove(rt_lru *w, int64_t s)
{
    uint64_t mask = ((uint64_t)1 << w->log2) - 1, perturb = (uint64_t)w->nodes[s].hash;
    uint64_t i = perturb & mask;
    while (w->index[i] != s) {
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
    w->index[i] = IX_DELETED;
}

/* Room in the index for one more entry: at most two thirds of it used, tombstones
 * included; a rebuild sizes it to a third and drops them. 0, or -1 with MemoryError. */
static __attribute__((noinline)) int index_rebuild(rt_state *rt, rt_lru *w);

static inline __attribute__((always_inline)) int index_reserve(rt_state *rt, rt_lru *w)
{
    if (w->index && (w->filled + 1) * 3 <= ((int64_t)1 << w->log2) * 2)
        return 0;
    return index_rebuild(rt, w);
}

static int index_rebuild(rt_state *rt, rt_lru *w)
{
    int64_t log2 = 3;
    while (((int64_t)1 << log2) < (w->count + 1) * 3)
        log2++;
    size_t bytes = ((size_t)1 << log2) * sizeof(int32_t);
    int32_t *ix = rt_heap_alloc(rt, &w->hdr, bytes);
    if (!ix)
        return -1;
    memset(ix, 0xff, bytes); /* IX_EMPTY everywhere */
    if (w->index)
        rt_heap_free(rt, &w->hdr, w->index, index_bytes(w));
    w->index = ix;
    w->log2 = log2;
    w->filled = 0;
    for (int64_t s = 0; s < w->nused; s++)
        if (w->nodes[s].key)
            index_put(w, s);
    return 0;
}

/* ---- the slots and the recency list ----------------------------------------------------- */

static inline void node_unlink(rt_lru *w, int64_t i)
{
    rt_lru_node *n = &w->nodes[i];
    if (n->prev >= 0)
        w->nodes[n->prev].next = n->next;
    else
        w->oldest = n->next;
    if (n->next >= 0)
        w->nodes[n->next].prev = n->prev;
    else
        w->newest = n->prev;
    n->prev = n->next = -1;
}

static inline void node_append(rt_lru *w, int64_t i)
{
    rt_lru_node *n = &w->nodes[i];
    n->prev = (int32_t)w->newest;
    n->next = -1;
    if (w->newest >= 0)
        w->nodes[w->newest].next = (int32_t)i;
    else
        w->oldest = i;
    w->newest = i;
}

/* A free slot (unlinked, key and result RT_NULL), or -1 with MemoryError. */
static int64_t node_take(rt_state *rt, rt_lru *w)
{
    if (w->free_slot >= 0) {
        int64_t i = w->free_slot;
        w->free_slot = w->nodes[i].next;
        return i;
    }
    if (w->nused == w->ncap) {
        if (w->ncap >= SLOTS_MAX) { /* the index holds 32-bit slot numbers */
            rt_raise(rt, RT_EXC_MemoryError, "%s", "");
            return -1;
        }
        int64_t cap = w->ncap ? 2 * w->ncap : 8;
        if (w->maxsize > 0 && cap - 1 > w->maxsize)
            cap = w->maxsize + 1 > w->ncap ? w->maxsize + 1 : w->ncap + 1;
        if (cap > SLOTS_MAX)
            cap = SLOTS_MAX;
        rt_lru_node *n = rt_heap_resize(rt, &w->hdr, w->nodes, (size_t)w->ncap * sizeof *n,
                                        (size_t)cap * sizeof *n);
        if (!n)
            return -1;
        w->nodes = n;
        w->ncap = cap;
    }
    int64_t i = w->nused++;
    w->nodes[i] = (rt_lru_node){RT_NULL, RT_NULL, RT_NULL, 0, -1, -1};
    return i;
}

/* Records the key of lanes k (borrowed, with their hash) -> r (borrowed)
 * after a miss's call, with CPython's rules for a key the call itself
 * cached meanwhile (a recursion reaching the same arguments): an unbounded
 * cache takes the newer result, a bounded one keeps its entry. A two-lane
 * key is kept as its lanes, any other as the key object made here
 * (`atomic`: no lane is a container). A full bounded cache gives its
 * oldest slot to the new entry, dropping the old key and result only once
 * the slot is relinked (their finalizers see a consistent cache).
 * `unchanged`: no entry came or went during the call, so the key is
 * absent. `plain`: the lanes are small ints or strs (lookup_plain first).
 * 0, or -1 with an exception. */
static inline __attribute__((always_inline)) int store(rt_state *rt, rt_lru *w, const key_lanes *k,
                                                       bool atomic, int64_t hash, rt_value r,
                                                       bool unchanged, bool plain)
{
    int64_t at = -1;   /* where the key goes in the index, found by the lookup */
    bool room = false; /* the index has room for it (reserved before the lookup) */
    if (!unchanged) {
        if (index_reserve(rt, w) < 0) /* before the probe: its free position stays valid */
            return -1;
        uint64_t epoch = w->epoch;
        int64_t i = plain ? lookup_plain(w, k->v, (size_t)k->n, hash, &at) : -3;
        if (i == -3)
            i = lookup_at(rt, w, k, hash, &at);
        if (i == -2)
            return -1;
        room = w->epoch == epoch; /* else a comparison changed the cache: reserve, probe again */
        if (!room)
            at = -1;
        if (i >= 0) {
            if (w->maxsize < 0) {
                rt_incref(r);
                rt_value old = w->nodes[i].result;
                w->nodes[i].result = r;
                rt_decref(rt, old);
            }
            return 0;
        }
        if (!w->func) /* cleared by a comparison */
            return 0;
    }
    rt_value key, key2 = RT_NULL;
    if (!k->lone && k->n == 2) {
        key = k->v[0];
        key2 = k->v[1];
        rt_incref(key);
        rt_incref(key2);
    } else {
        key = key_of_lanes(rt, k, atomic);
        if (!key)
            return -1;
    }
    if (!room && index_reserve(rt, w) < 0) {
        rt_decref(rt, key);
        rt_decref(rt, key2);
        return -1;
    }
    rt_incref(r);
    if (w->maxsize > 0 && w->count >= w->maxsize && w->oldest >= 0) {
        int64_t s = w->oldest;
        node_unlink(w, s);
        index_remove(w, s);
        rt_lru_node *n = &w->nodes[s];
        rt_value old_key = n->key, old_key2 = n->key2, old_result = n->result;
        n->key = key;
        n->key2 = key2;
        n->result = r;
        n->hash = hash;
        index_put_at(w, s, at);
        node_append(w, s);
        w->epoch++;
        rt_decref(rt, old_key);
        rt_decref(rt, old_key2);
        rt_decref(rt, old_result);
        return 0;
    }
    int64_t s = node_take(rt, w);
    if (s < 0) {
        rt_decref(rt, key);
        rt_decref(rt, key2);
        rt_decref(rt, r);
        return -1;
    }
    rt_lru_node *n = &w->nodes[s];
    n->key = key;
    n->key2 = key2;
    n->result = r;
    n->hash = hash;
    index_put_at(w, s, at);
    if (w->maxsize > 0)
        node_append(w, s);
    w->count++;
    w->epoch++;
    return 0;
}

/* ---- calls ------------------------------------------------------------------------------ */

/* A call's lookup by its lanes k: the cached result on a hit (new
 * reference, the hit counted and, bounded, the entry made the newest);
 * RT_NULL on a miss (counted; *hash the lanes' hash) or with an exception
 * (rt->exc set). */
static inline __attribute__((always_inline)) rt_value probe_lanes(rt_state *rt, rt_lru *w,
                                                                  const key_lanes *k, int64_t *hash)
{
    if (lanes_hash(rt, k, hash) < 0)
        return RT_NULL;
    int64_t i = lookup(rt, w, k, *hash);
    if (i >= 0) {
        if (w->maxsize > 0) { /* the most recently used from now on */
            node_unlink(w, i);
            node_append(w, i);
        }
        w->hits++;
        rt_value r = w->nodes[i].result;
        rt_incref(r);
        return r;
    }
    if (i == -1)
        w->misses++;
    return RT_NULL;
}

rt_value rt__lru_call(rt_state *rt, rt_value wv, const rt_value *args, size_t nargs,
                      rt_value kwnames)
{
    rt_lru *w = rt_lru_of(wv);
    if (!w->func) /* cleared by the collector */
        return rt_raise(rt, RT_EXC_RuntimeError, "the cached function is gone");
    if (w->maxsize == 0) {
        w->misses++;
        return rt_call(rt, w->func, args, nargs, kwnames);
    }
    int64_t hash;
    key_lanes k; /* borrowed from args and kwnames, the caller's until the return */
    if (lanes_of_call(rt, w, args, nargs, kwnames, &k) < 0)
        return RT_NULL;
    rt_value r = probe_lanes(rt, w, &k, &hash);
    if (r || rt->exc) {
        lanes_free(rt, &k);
        return r;
    }
    rt_incref(wv); /* the call may drop the last other reference to the wrapper */
    uint64_t epoch = w->epoch;
    r = rt_is_func(w->func) ? rt__call_function(rt, w->func, args, nargs, kwnames)
                            : rt_call(rt, w->func, args, nargs, kwnames);
    if (r && w->func && store(rt, w, &k, false, hash, r, w->epoch == epoch, false) < 0) {
        rt_decref(rt, r);
        r = RT_NULL;
    }
    lanes_free(rt, &k);
    rt_decref(rt, wv);
    return r;
}

/* A frame call's lanes: its arguments, small ints or strs (a lone one is
 * its own key). */
static inline void lanes_of_args(const rt_value *args, size_t nargs, key_lanes *k)
{
    k->heap = NULL;
    k->v = args;
    k->n = (int64_t)nargs;
    k->lone = nargs == 1;
}

int rt__lru_frame_enter(rt_state *rt, rt_value *call, size_t nargs, rt_value *out)
{
    rt_lru *w = rt_lru_of(call[1]);
    const rt_value *args = call + 2;
    if (!w->frame_ok)
        return 2;
    const rt_code *c = rt_func_of(w->func)->code; /* (its __code__ may have been replaced) */
    int64_t hash;
    if (c->fast_argc != nargs ||
        (c->flags & (RT_CO_GENERATOR | RT_CO_COROUTINE | RT_CO_ASYNC_GENERATOR)) ||
        !plain_hash(args, nargs, &hash)) /* hashes and equality with no Python code */
        return 2;
    int64_t i = lookup_plain(w, args, nargs, hash, NULL);
    if (__builtin_expect(i == -3, 0)) /* a stored key's == may run Python code */
        return 2;
    if (i >= 0) {
        if (w->maxsize > 0) { /* the most recently used from now on */
            node_unlink(w, i);
            node_append(w, i);
        }
        w->hits++;
        rt_value r = w->nodes[i].result;
        rt_incref(r);
        *out = r;
        return 1;
    }
    w->misses++;
    call[0] = rt_smallint((int64_t)(w->epoch & (uint64_t)RT_SMALLINT_MAX));
    rt_value fn = w->func; /* (nothing ran since the checks above) */
    rt_incref(fn);
    for (size_t k = 0; k < nargs; k++) /* the frame's own; the stack's stay for the store */
        rt_incref(args[k]);
    rt_frame *nf = rt__frame_push_exact(rt, fn, call + 2, (uint32_t)nargs);
    if (!nf)
        return -1;
    nf->flags |= RT_FRAME_LRU;
    return 0;
}

int rt__lru_frame_store(rt_state *rt, rt_value *call, size_t nargs, rt_value r)
{
    rt_value wv = call[1];
    rt_lru *w = rt_lru_of(wv);
    const rt_value *args = call + 2;
    int rc = 0;
    if (w->func) { /* (else cleared by the collector meanwhile: nothing to keep it in) */
        key_lanes k;
        lanes_of_args(args, nargs, &k);
        int64_t h = 0;
        (void)plain_hash(args, nargs, &h); /* (small ints and strs, as at the enter) */
        uint64_t epoch = (uint64_t)rt_smallint_get(call[0]);
        rc = store(rt, w, &k, true, h, r, (w->epoch & (uint64_t)RT_SMALLINT_MAX) == epoch, true);
    }
    for (size_t i = nargs; i-- > 0;)
        rt_decref(rt, args[i]);
    rt_decref(rt, wv);
    return rc;
}

/* ---- methods and attributes ---------------------------------------------------------- */

static rt_value m_cache_info(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                             rt_value kwnames)
{
    (void)args;
    if (rt_args_none(rt, "cache_info", nargs, kwnames) < 0)
        return RT_NULL;
    rt_lru *w = rt_lru_of(self);
    rt_value a[4];
    a[0] = rt_int_from_i64(rt, w->hits);
    a[1] = rt_int_from_i64(rt, w->misses);
    a[2] = w->maxsize < 0 ? RT_NONE : rt_int_from_i64(rt, w->maxsize);
    a[3] = rt_int_from_i64(rt, w->count);
    rt_value r = RT_NULL;
    if (a[0] && a[1] && a[2] && a[3])
        r = rt_call(rt, w->info_type, a, 4, RT_NULL);
    for (int i = 0; i < 4; i++)
        rt_decref(rt, a[i]);
    return r;
}

static rt_value m_cache_clear(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                              rt_value kwnames)
{
    (void)args;
    if (rt_args_none(rt, "cache_clear", nargs, kwnames) < 0)
        return RT_NULL;
    rt_lru *w = rt_lru_of(self);
    w->hits = w->misses = 0;
    entries_release(rt, w);
    return RT_NONE;
}

const rt_builtin_def rt__lru_methods[] = {
    {"cache_info", m_cache_info},
    {"cache_clear", m_cache_clear},
    {NULL, NULL},
};

rt_value rt__lru_getattr(rt_state *rt, rt_value wv, rt_value name)
{
    rt_lru *w = rt_lru_of(wv);
    if (rt_str_eq_cstr(name, "__dict__")) {
        rt_incref(w->dict);
        return w->dict;
    }
    if (rt_str_eq_cstr(name, "__class__")) {
        rt_value c = rt_type_obj_get(rt, wv);
        rt_incref(c);
        return c;
    }
    rt_value v = w->dict ? rt_dict_get(rt, w->dict, name) : RT_NULL;
    if (v) {
        rt_incref(v);
        return v;
    }
    if (rt->exc)
        return RT_NULL;
    const rt_builtin_def *def = rt_method_find(rt, RT_T_LRU, name);
    if (def)
        return rt_builtin_new(rt, def, wv);
    return rt_raise(rt, RT_EXC_AttributeError,
                    "'functools._lru_cache_wrapper' object has no attribute '%s'",
                    rt_str_data(name));
}

int rt__lru_setattr(rt_state *rt, rt_value wv, rt_value name, rt_value value)
{
    rt_lru *w = rt_lru_of(wv);
    if (rt_str_eq_cstr(name, "__dict__")) {
        rt_raise(rt, RT_EXC_AttributeError,
                 "'functools._lru_cache_wrapper' object attribute '%s' is read-only",
                 rt_str_data(name));
        return -1;
    }
    if (value)
        return rt_dict_set(rt, w->dict, name, value);
    if (rt_dict_del(rt, w->dict, name) < 0) {
        rt_exc_clear(rt);
        rt_raise(rt, RT_EXC_AttributeError, "%s", rt_str_data(name));
        return -1;
    }
    return 0;
}

rt_value rt__lru_repr(rt_state *rt, rt_value wv)
{
    return rt_str_printf(rt, "<functools._lru_cache_wrapper object at 0x%" PRIx64 ">",
                         rt__objid_of_value(rt, wv));
}

/* ---- the `_functools` module ------------------------------------------------------------ */

/* _lru_cache_wrapper(user_function, maxsize, typed, CacheInfo, kwd_mark):
 * maxsize an int (negative: 0) or None, as functools.lru_cache checked. */
static rt_value f_wrapper(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                          rt_value kwnames)
{
    (void)self;
    if (rt_args_range(rt, "_lru_cache_wrapper", nargs, kwnames, 5, 5) < 0)
        return RT_NULL;
    int64_t maxsize = -1;
    if (args[1] != RT_NONE) {
        if (!rt_is_intlike(args[1]))
            return rt_raise(rt, RT_EXC_TypeError, "maxsize should be integer or None");
        if (!rt_int_as_i64(args[1], &maxsize))
            maxsize = INT64_MAX;
        if (maxsize < 0)
            maxsize = 0;
    }
    int typed = rt_truthy(rt, args[2]);
    if (typed < 0)
        return RT_NULL;
    rt_lru *w = (rt_lru *)rt_obj_alloc(rt, RT_T_LRU, sizeof(rt_lru));
    if (!w)
        return RT_NULL;
    w->maxsize = maxsize;
    w->typed = (uint8_t)typed;
    w->oldest = w->newest = w->free_slot = -1;
    rt_incref(args[0]);
    w->func = args[0];
    w->frame_ok = maxsize != 0 && !typed && rt_is_func(args[0]);
    rt_incref(args[3]);
    w->info_type = args[3];
    rt_incref(args[4]);
    w->kwd_mark = args[4];
    w->dict = rt_dict_new(rt);
    if (!w->dict) {
        rt_decref(rt, rt_from_obj(w));
        return RT_NULL;
    }
    return rt_from_obj(w);
}

static const rt_builtin_def functools_funcs[] = {
    {"_lru_cache_wrapper", f_wrapper},
    {NULL, NULL},
};

int rt__mod_functools_fill(rt_state *rt, rt_value dict)
{
    return rt__module_add_funcs(rt, dict, functools_funcs);
}
