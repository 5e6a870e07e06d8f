/* lru.c: functools' cache wrapper (functools._lru_cache_wrapper, RT_T_LRU):
 * a callable holding the user function and a dict of results, as CPython's
 * C wrapper, so a cached call costs one native call and one dict lookup
 * rather than a Python frame. stdlib/functools.py builds it through the
 * native `_functools` module and update_wrapper fills its __dict__.
 *
 * Recency: a bounded cache keeps its entries in a doubly linked list of
 * slots (rt_lru_node), oldest first, and its dict maps each key to its
 * slot; a hit moves the slot last without touching the dict, a miss past
 * maxsize evicts the first slot and reuses it. An unbounded cache is a
 * plain key -> result dict. Keys are CPython's _make_key: the args tuple, then a marker
 * and the keyword items, then the types when typed; a lone int or str
 * argument is its own key, so hits and misses count as CPython's.
 *
 * Ownership: the wrapper owns the function, the cache dict, its attribute
 * dict, the CacheInfo class, the keyword marker and the slots (their keys
 * and results). */
#include "runtime/lru.h"

#include <inttypes.h>

#include "runtime/builtin.h"
#include "runtime/class.h"
#include "runtime/dict.h"
#include "runtime/gc.h"
#include "runtime/module.h"
#include "runtime/num.h"
#include "runtime/objid.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"

/* ---- the object ---------------------------------------------------------------------- */

static size_t lru_size(const rt_obj *o)
{
    const rt_lru *w = (const rt_lru *)o;
    return sizeof(rt_gc_link) + sizeof(rt_lru) + (size_t)w->ncap * sizeof(rt_lru_node);
}

static void lru_traverse(rt_obj *o, rt_visit_fn visit, void *arg)
{
    rt_lru *w = (rt_lru *)o;
    rt_value f[] = {w->func, w->cache, w->dict, w->info_type, w->kwd_mark};
    for (size_t i = 0; i < sizeof f / sizeof f[0]; i++)
        if (rt_is_obj(f[i]))
            visit(rt_as_obj(f[i]), arg);
    for (int64_t i = 0; i < w->nused; i++) {
        const rt_lru_node *n = &w->nodes[i];
        if (rt_is_obj(n->key))
            visit(rt_as_obj(n->key), arg);
        if (rt_is_obj(n->result))
            visit(rt_as_obj(n->result), arg);
    }
}

/* Empties the slots (the dict is the caller's business). The buffer is
 * detached before any reference is dropped: a finalizer that calls the
 * wrapper finds the slots empty, never half-released. */
static void nodes_release(rt_state *rt, rt_lru *w)
{
    rt_lru_node *nodes = w->nodes;
    int64_t used = w->nused, cap = w->ncap;
    w->nodes = NULL;
    w->ncap = w->nused = 0;
    w->oldest = w->newest = w->free_slot = -1;
    for (int64_t i = 0; i < used; i++) {
        rt_decref(rt, nodes[i].key);
        rt_decref(rt, nodes[i].result);
    }
    if (nodes)
        rt_heap_free(rt, &w->hdr, nodes, (size_t)cap * sizeof *nodes);
}

static void lru_clear(rt_state *rt, rt_obj *o)
{
    rt_lru *w = (rt_lru *)o;
    rt_value *f[] = {&w->func, &w->cache, &w->dict, &w->info_type, &w->kwd_mark};
    for (size_t i = 0; i < sizeof f / sizeof f[0]; i++) {
        rt_value x = *f[i];
        *f[i] = RT_NULL;
        rt_decref(rt, x);
    }
    w->clears++;
    nodes_release(rt, w);
}

static void lru_dealloc(rt_state *rt, rt_obj *o)
{
    lru_clear(rt, o);
    rt_obj_free(rt, o, sizeof(rt_lru));
}

const rt_typeinfo rt__lru_typeinfo = {
    "functools._lru_cache_wrapper", true, lru_size, lru_traverse, lru_clear, lru_dealloc};

/* ---- calls ------------------------------------------------------------------------------ */

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

/* CPython's _make_key over the vectorcall arguments: a new reference. */
static rt_value make_key(rt_state *rt, rt_lru *w, const rt_value *args, size_t nargs,
                         rt_value kwnames)
{
    size_t nkw = rt_kw_count(kwnames);
    if (nkw == 0 && !w->typed && nargs == 1) {
        rt_type_id t = rt_type_of(args[0]);
        if (t == RT_T_INT || t == RT_T_STR) {
            rt_incref(args[0]);
            return args[0];
        }
    }
    int64_t n = (int64_t)nargs + (nkw ? 1 + 2 * (int64_t)nkw : 0);
    if (w->typed)
        n += (int64_t)(nargs + nkw);
    rt_value key = rt_tuple_new(rt, n);
    if (!key)
        return RT_NULL;
    int64_t k = 0;
    for (size_t i = 0; i < nargs; i++) {
        rt_incref(args[i]);
        rt_tuple_set_steal(key, k++, args[i]);
    }
    if (nkw) {
        rt_incref(w->kwd_mark);
        rt_tuple_set_steal(key, k++, w->kwd_mark);
        for (size_t i = 0; i < nkw; i++) {
            rt_value name = rt_tuple_items(kwnames)[i], v = args[nargs + i];
            rt_incref(name);
            rt_tuple_set_steal(key, k++, name);
            rt_incref(v);
            rt_tuple_set_steal(key, k++, v);
        }
    }
    if (w->typed)
        for (size_t i = 0; i < nargs + nkw; i++) {
            rt_value t = rt_type_obj_get(rt, args[i]);
            rt_incref(t);
            rt_tuple_set_steal(key, k++, t);
        }
    untrack_if_atomic(rt, key);
    return key;
}

/* ---- the recency list of a bounded cache ------------------------------------------------ */

static void node_unlink(rt_lru *w, int64_t i)
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

static void node_append(rt_lru *w, int64_t i)
{
    rt_lru_node *n = &w->nodes[i];
    n->prev = w->newest;
    n->next = -1;
    if (w->newest >= 0)
        w->nodes[w->newest].next = i;
    else
        w->oldest = i;
    w->newest = i;
}

/* The slot a dict value names, or -1 when it names none in use (the cache
 * was cleared while a call that stored it was running). */
static int64_t node_index(const rt_lru *w, rt_value v)
{
    if (!rt_is_smallint(v))
        return -1;
    int64_t i = rt_smallint_get(v);
    return i >= 0 && i < w->nused && w->nodes[i].key ? i : -1;
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
        int64_t cap = w->ncap ? 2 * w->ncap : 8;
        if (w->maxsize > 0 && cap > w->maxsize + 1)
            cap = w->maxsize + 1 > w->ncap ? w->maxsize + 1 : w->ncap + 1;
        rt_lru_node *n = rt_heap_resize(rt, &w->hdr, w->nodes, (size_t)w->ncap * sizeof *n,
                                        (size_t)cap * sizeof *n);
        if (!n)
            return -1;
        w->nodes = n;
        w->ncap = cap;
    }
    int64_t i = w->nused++;
    w->nodes[i] = (rt_lru_node){RT_NULL, RT_NULL, -1, -1};
    return i;
}

/* Puts slot i (unlinked) back on the free list, dropping its references. */
static void node_give_back(rt_state *rt, rt_lru *w, int64_t i)
{
    rt_value k = w->nodes[i].key, r = w->nodes[i].result;
    w->nodes[i] = (rt_lru_node){RT_NULL, RT_NULL, -1, w->free_slot};
    w->free_slot = i;
    rt_decref(rt, k);
    rt_decref(rt, r);
}

/* Drops the least recently used entry. The slot leaves the list before the
 * dict is touched, so a key's __eq__ calling the wrapper sees a consistent
 * cache. 0, or -1 with an exception. */
static int evict_oldest(rt_state *rt, rt_lru *w)
{
    int64_t i = w->oldest;
    if (i < 0)
        return 0;
    node_unlink(w, i);
    rt_value k = w->nodes[i].key;
    rt_incref(k);
    node_give_back(rt, w, i);
    rt_value old;
    int st = rt_dict_pop(rt, w->cache, k, &old);
    rt_decref(rt, k);
    if (st > 0)
        rt_decref(rt, old);
    return st < 0 ? -1 : 0;
}

/* Records key -> r in a bounded cache, evicting the oldest entry when it is
 * full. 0, or -1 with an exception. */
static int bounded_store(rt_state *rt, rt_lru *w, rt_value key, rt_value r)
{
    if (rt_dict_len(w->cache) >= w->maxsize && evict_oldest(rt, w) < 0)
        return -1;
    if (!w->cache)
        return 0;
    int64_t i = node_take(rt, w);
    if (i < 0)
        return -1;
    rt_incref(key);
    rt_incref(r);
    w->nodes[i].key = key;
    w->nodes[i].result = r;
    uint64_t clears = w->clears;
    if (rt_dict_set(rt, w->cache, key, rt_smallint(i)) < 0) {
        if (w->clears == clears)
            node_give_back(rt, w, i);
        return -1;
    }
    if (w->clears != clears) { /* cleared meanwhile: the slot is gone */
        if (!w->cache)
            return 0;
        rt_value old;
        int st = rt_dict_pop(rt, w->cache, key, &old);
        if (st > 0)
            rt_decref(rt, old);
        return st < 0 ? -1 : 0;
    }
    node_append(w, i);
    return 0;
}

rt_value rt__lru_call(rt_state *rt, rt_value wv, const rt_value *args, size_t nargs,
                      rt_value kwnames)
{
    rt_lru *w = rt_lru_of(wv);
    if (!w->func || !w->cache) /* cleared by the collector */
        return rt_raise(rt, RT_EXC_RuntimeError, "the cached function is gone");
    if (w->maxsize == 0) {
        w->misses++;
        return rt_call(rt, w->func, args, nargs, kwnames);
    }
    rt_value key = make_key(rt, w, args, nargs, kwnames);
    if (!key)
        return RT_NULL;
    rt_value r;
    int found = rt_dict_lookup(rt, w->cache, key, &r);
    if (found < 0) {
        rt_decref(rt, key);
        return RT_NULL;
    }
    if (found && w->maxsize > 0) {
        int64_t i = node_index(w, r);
        found = i >= 0;
        if (found) { /* the most recently used from now on */
            node_unlink(w, i);
            node_append(w, i);
            r = w->nodes[i].result;
        }
    }
    if (found) {
        w->hits++;
        rt_incref(r);
        rt_decref(rt, key);
        return r;
    }
    w->misses++;
    rt_incref(wv); /* the call may drop the last other reference to the wrapper */
    rt_value cache = w->cache;
    uint32_t version = rt_dict_obj_of(cache)->version;
    r = rt_call(rt, w->func, args, nargs, kwnames);
    if (r && w->cache) {
        int st = 0;
        rt_value dummy;
        /* a recursive call may have cached the same key meanwhile: keep that
         * one (a cache dict that saw no insert since cannot hold it) */
        int present = w->cache == cache && rt_dict_obj_of(cache)->version == version
                          ? 0
                          : rt_dict_lookup(rt, w->cache, key, &dummy);
        if (present < 0)
            st = -1;
        else if (!present)
            st = w->maxsize > 0 ? bounded_store(rt, w, key, r) : rt_dict_set(rt, w->cache, key, r);
        if (st < 0) {
            rt_decref(rt, r);
            r = RT_NULL;
        }
    }
    rt_decref(rt, key);
    rt_decref(rt, wv);
    return r;
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
    a[3] = rt_int_from_i64(rt, w->cache ? rt_dict_len(w->cache) : 0);
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
    w->clears++;
    if (w->cache)
        rt_dict_clear(rt, w->cache);
    nodes_release(rt, w);
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
    rt_incref(args[3]);
    w->info_type = args[3];
    rt_incref(args[4]);
    w->kwd_mark = args[4];
    w->cache = rt_dict_new(rt);
    w->dict = w->cache ? rt_dict_new(rt) : RT_NULL;
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
