/* methods_dict.c: the methods of dict objects (get, items, update, ...),
 * and dict(...)'s argument handling, shared with d.update(...). */
#include "runtime/builtin.h"
#include "runtime/class.h"
#include "runtime/dict.h"
#include "runtime/gen.h"
#include "runtime/iter.h"
#include "runtime/mappingproxy.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/vm_support.h"

#define CHECK_NONE(qual)                                                                           \
    do {                                                                                           \
        (void)args;                                                                                \
        if (rt_args_none(rt, qual, nargs, kwnames) < 0)                                            \
            return RT_NULL;                                                                        \
    } while (0)

static rt_value ret(rt_value v)
{
    rt_incref(v);
    return v;
}

static rt_value dict_get(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                         rt_value kwnames)
{
    if (rt_args_range(rt, "get", nargs, kwnames, 1, 2) < 0)
        return RT_NULL;
    rt_value v;
    int rc = rt_dict_lookup(rt, self, args[0], &v);
    if (rc < 0)
        return RT_NULL;
    if (rc)
        return ret(v);
    return ret(nargs > 1 ? args[1] : RT_NONE);
}

static rt_value dict_setdefault(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                                rt_value kwnames)
{
    if (rt_args_range(rt, "setdefault", nargs, kwnames, 1, 2) < 0)
        return RT_NULL;
    rt_value v;
    int rc = rt_dict_lookup(rt, self, args[0], &v);
    if (rc < 0)
        return RT_NULL;
    if (rc)
        return ret(v);
    v = nargs > 1 ? args[1] : RT_NONE;
    if (rt_dict_set(rt, self, args[0], v) < 0)
        return RT_NULL;
    return ret(v);
}

static rt_value dict_pop(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                         rt_value kwnames)
{
    if (rt_args_range(rt, "pop", nargs, kwnames, 1, 2) < 0)
        return RT_NULL;
    rt_value v;
    int rc = rt_dict_pop(rt, self, args[0], &v);
    if (rc < 0)
        return RT_NULL;
    if (rc)
        return v;
    if (nargs > 1)
        return ret(args[1]);
    return rt_raise_value(rt, RT_EXC_KeyError, args[0]);
}

static rt_value dict_popitem(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                             rt_value kwnames)
{
    CHECK_NONE("dict.popitem");
    rt_value k, v;
    if (rt_dict_popitem(rt, self, &k, &v) < 0)
        return RT_NULL;
    rt_value t = rt_tuple_new(rt, 2);
    if (t == RT_NULL) {
        rt_decref(rt, k);
        rt_decref(rt, v);
        return RT_NULL;
    }
    rt_tuple_set_steal(t, 0, k);
    rt_tuple_set_steal(t, 1, v);
    return t;
}

static rt_value dict_keys(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                          rt_value kwnames)
{
    CHECK_NONE("dict.keys");
    return rt_dict_view_new(rt, self, RT_ITER_KEYS_VIEW);
}

static rt_value dict_values(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                            rt_value kwnames)
{
    CHECK_NONE("dict.values");
    return rt_dict_view_new(rt, self, RT_ITER_VALUES_VIEW);
}

static rt_value dict_items(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                           rt_value kwnames)
{
    CHECK_NONE("dict.items");
    return rt_dict_view_new(rt, self, RT_ITER_ITEMS_VIEW);
}

static rt_value dict_copy(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                          rt_value kwnames)
{
    CHECK_NONE("dict.copy");
    return rt_dict_copy(rt, self);
}

static rt_value dict_clear(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                           rt_value kwnames)
{
    CHECK_NONE("dict.clear");
    rt_dict_clear(rt, self);
    return RT_NONE;
}

/* merge_pairs' consumer: adds one (key, value) pair (stolen) to d, with
 * CPython's wording for bad elements; n counts the elements so far. */
typedef struct pairs_state {
    rt_value d;
    int64_t n;
} pairs_state;

static int pair_sink(rt_state *rt, void *ctx, rt_value item)
{
    pairs_state *ps = ctx;
    rt_value seq = RT_NULL;
    rt_value base = rt__native_unwrap(item); /* a tuple subclass (a namedtuple): its tuple */
    if (rt_is_tuple(base)) {
        seq = base;
        rt_incref(seq);
    } else if (base != item || rt__is_user_obj(item)) {
        seq = rt_tuple_from_iter(rt, base);
    } else {
        rt_type_id ty = rt_type_of(item);
        if (ty == RT_T_LIST || ty == RT_T_STR || ty == RT_T_DICT || ty == RT_T_SET ||
            ty == RT_T_FROZENSET || ty == RT_T_RANGE || ty == RT_T_ITER || ty == RT_T_BYTES ||
            ty == RT_T_BYTEARRAY)
            seq = rt_tuple_from_iter(rt, item);
        else
            rt_raise(rt, RT_EXC_TypeError,
                     "cannot convert dictionary update sequence element #%lld to a "
                     "sequence",
                     (long long)ps->n);
    }
    rt_decref(rt, item);
    if (seq == RT_NULL)
        return -1;
    if (rt_tuple_len(seq) != 2) {
        rt_raise(rt, RT_EXC_ValueError,
                 "dictionary update sequence element #%lld has length %lld; 2 is required",
                 (long long)ps->n, (long long)rt_tuple_len(seq));
        rt_decref(rt, seq);
        return -1;
    }
    int src = rt_dict_set(rt, ps->d, rt_tuple_get(seq, 0), rt_tuple_get(seq, 1));
    rt_decref(rt, seq);
    if (src < 0)
        return -1;
    ps->n++;
    return 0;
}

/* Adds the (key, value) pairs of iterable to d. 0 or -1. */
static int merge_pairs(rt_state *rt, rt_value d, rt_value iterable)
{
    rt_value it = rt_getiter(rt, iterable);
    if (it == RT_NULL)
        return -1;
    pairs_state ps = {d, 0};
    int rc = rt_iter_drain(rt, it, pair_sink, &ps);
    rt_decref(rt, it);
    return rc < 0 ? -1 : 0;
}

/* Adds the items of a user mapping (an object with keys(): ChainMap,
 * UserDict-like classes) to d, as CPython does before falling back to
 * pairs. 0 or -1. */
static int merge_keys(rt_state *rt, rt_value d, rt_value src)
{
    rt_value name = rt_str_intern(rt, "keys", 4);
    if (!name)
        return -1;
    int has = rt_hasattr(rt, src, name);
    if (has <= 0) {
        rt_decref(rt, name);
        return has < 0 ? -1 : merge_pairs(rt, d, src);
    }
    rt_value keys = rt_getattr(rt, src, name);
    rt_decref(rt, name);
    rt_value ks = keys ? rt_call(rt, keys, NULL, 0, RT_NULL) : RT_NULL;
    rt_decref(rt, keys);
    rt_value it = ks ? rt_getiter(rt, ks) : RT_NULL;
    rt_decref(rt, ks);
    if (!it)
        return -1;
    rt_value k;
    int rc;
    while ((rc = rt_iternext(rt, it, &k)) == 1) {
        rt_value v = rt_getitem(rt, src, k);
        int st = v ? rt_dict_set(rt, d, k, v) : -1;
        rt_decref(rt, v);
        rt_decref(rt, k);
        if (st < 0) {
            rc = -1;
            break;
        }
    }
    rt_decref(rt, it);
    return rc < 0 ? -1 : 0;
}

int rt__dict_update_args(rt_state *rt, rt_value d, const char *fname, const rt_value *args,
                         size_t nargs, rt_value kwnames)
{
    if (nargs > 1) {
        rt_raise(rt, RT_EXC_TypeError, "%s expected at most 1 argument, got %zu", fname, nargs);
        return -1;
    }
    if (nargs == 1) {
        rt_value src = rt__native_unwrap(args[0]); /* a dict subclass: its dict */
        if (src != args[0] && rt_is_dict(src) && rt__dict_iterates_own_way(rt, args[0]))
            src = args[0]; /* ... unless it iterates its own way: its keys() */
        if (rt->exc)
            return -1;
        if (rt_type_of(src) == RT_T_MAPPINGPROXY)
            src = rt_mproxy_of(src)->mapping;
        int rc = rt_is_dict(src)        ? rt_dict_merge(rt, d, src)
                 : rt__is_user_obj(src) ? merge_keys(rt, d, src)
                                        : merge_pairs(rt, d, src);
        if (rc < 0)
            return -1;
    }
    size_t nkw = rt_kw_count(kwnames);
    for (size_t k = 0; k < nkw; k++)
        if (rt_dict_set(rt, d, rt_tuple_get(kwnames, (int64_t)k), args[nargs + k]) < 0)
            return -1;
    return 0;
}

static rt_value dict_update(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                            rt_value kwnames)
{
    return rt__dict_update_args(rt, self, "update", args, nargs, kwnames) < 0 ? RT_NULL : RT_NONE;
}

/* dict.fromkeys(iterable, value=None): a class method. self is the class it
 * was reached through (or an instance of it): a dict subclass gets an
 * instance of itself, made by calling it and filled through its own
 * __setitem__, as CPython's. */
static rt_value dict_fromkeys(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                              rt_value kwnames)
{
    if (rt_args_range(rt, "fromkeys", nargs, kwnames, 1, 2) < 0)
        return RT_NULL;
    rt_value cls = RT_NULL;
    if (self != RT_NULL && rt_type_of(self) == RT_T_TYPE && rt_type_is_heap(self))
        cls = self;
    else if (self != RT_NULL && rt_is_inst(self))
        cls = rt_inst_of(self)->cls;
    rt_value d = cls != RT_NULL ? rt_call(rt, cls, NULL, 0, RT_NULL) : rt_dict_new(rt);
    if (d == RT_NULL)
        return RT_NULL;
    rt_value it = rt_getiter(rt, args[0]);
    if (it == RT_NULL) {
        rt_decref(rt, d);
        return RT_NULL;
    }
    rt_value v = nargs > 1 ? args[1] : RT_NONE, key;
    int rc;
    while ((rc = rt_iternext(rt, it, &key)) == 1) {
        rc = cls != RT_NULL ? rt_setitem(rt, d, key, v) : rt_dict_set(rt, d, key, v);
        rt_decref(rt, key);
        if (rc < 0)
            break;
    }
    rt_decref(rt, it);
    if (rc < 0) {
        rt_decref(rt, d);
        return RT_NULL;
    }
    return d;
}

const rt_builtin_def rt__dict_methods[] = {
    {"get", dict_get},         {"items", dict_items},       {"keys", dict_keys},
    {"values", dict_values},   {"pop", dict_pop},           {"setdefault", dict_setdefault},
    {"update", dict_update},   {"copy", dict_copy},         {"clear", dict_clear},
    {"popitem", dict_popitem}, {"fromkeys", dict_fromkeys}, {NULL, NULL},
};
