/* lru.c: functools' cache wrapper (functools._lru_cache_wrapper, RT_T_LRU):
 * a callable holding the user function and a dict of results, as CPython's
 * C wrapper, so a cached call costs one native call and one dict lookup
 * rather than a Python frame. stdlib/functools.py builds it through the
 * native `_functools` module and update_wrapper fills its __dict__.
 *
 * Recency: the dict's order is the use order. A hit on a bounded cache
 * moves its key last (pop, then insert); a miss past maxsize evicts the
 * first key. Keys are CPython's _make_key: the args tuple, then a marker
 * and the keyword items, then the types when typed; a lone int or str
 * argument is its own key, so hits and misses count as CPython's.
 *
 * Ownership: the wrapper owns the function, the cache dict, its attribute
 * dict, the CacheInfo class and the keyword marker. */
#include "runtime/lru.h"

#include <inttypes.h>

#include "runtime/builtin.h"
#include "runtime/class.h"
#include "runtime/dict.h"
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
    (void)o;
    return sizeof(rt_gc_link) + sizeof(rt_lru);
}

static void lru_traverse(rt_obj *o, rt_visit_fn visit, void *arg)
{
    rt_lru *w = (rt_lru *)o;
    rt_value f[] = {w->func, w->cache, w->dict, w->info_type, w->kwd_mark};
    for (size_t i = 0; i < sizeof f / sizeof f[0]; i++)
        if (rt_is_obj(f[i]))
            visit(rt_as_obj(f[i]), arg);
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
}

static void lru_dealloc(rt_state *rt, rt_obj *o)
{
    lru_clear(rt, o);
    rt_obj_free(rt, o, sizeof(rt_lru));
}

const rt_typeinfo rt__lru_typeinfo = {
    "functools._lru_cache_wrapper", true, lru_size, lru_traverse, lru_clear, lru_dealloc};

/* ---- calls ------------------------------------------------------------------------------ */

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
    return key;
}

/* Drops the least recently used entry (the dict's first), searching from
 * where the last search ended: hits move their entries to the end, so the
 * front of the table fills with deleted entries between resizes. */
static int evict_oldest(rt_state *rt, rt_lru *w)
{
    const void *table = rt_dict_obj_of(w->cache)->table;
    if (table != w->evict_table || w->evict_pos > rt_dict_obj_of(w->cache)->nentries) {
        w->evict_table = table;
        w->evict_pos = 0;
    }
    rt_value k;
    if (!rt_dict_next(w->cache, &w->evict_pos, &k, NULL))
        return 0;
    rt_incref(k);
    int st = rt_dict_del(rt, w->cache, k);
    rt_decref(rt, k);
    return st;
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
    int found =
        w->maxsize > 0 ? rt_dict_pop(rt, w->cache, key, &r) : rt_dict_lookup(rt, w->cache, key, &r);
    if (found < 0) {
        rt_decref(rt, key);
        return RT_NULL;
    }
    if (found) {
        w->hits++;
        if (w->maxsize > 0) { /* back in, last: the most recently used */
            if (rt_dict_set(rt, w->cache, key, r) < 0) {
                rt_decref(rt, key);
                rt_decref(rt, r);
                return RT_NULL;
            }
        } else {
            rt_incref(r);
        }
        rt_decref(rt, key);
        return r;
    }
    w->misses++;
    rt_incref(wv); /* the call may drop the last other reference to the wrapper */
    r = rt_call(rt, w->func, args, nargs, kwnames);
    if (r && w->cache) {
        int st = 0;
        rt_value dummy;
        /* a recursive call may have cached the same key meanwhile: keep that one */
        int present = rt_dict_lookup(rt, w->cache, key, &dummy);
        if (present < 0)
            st = -1;
        else if (!present) {
            if (w->maxsize > 0 && rt_dict_len(w->cache) >= w->maxsize)
                st = evict_oldest(rt, w);
            if (st == 0)
                st = rt_dict_set(rt, w->cache, key, r);
        }
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
    w->evict_pos = 0;
    w->evict_table = NULL;
    if (w->cache)
        rt_dict_clear(rt, w->cache);
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
