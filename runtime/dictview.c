/* dictview.c: the attributes of dict views (d.keys(), d.values(), d.items(),
 * RT_T_ITER objects of a *_VIEW kind, iter.h) beyond iteration, len and
 * `in`: `mapping`, isdisjoint, reversed(), and the set operators of the keys
 * and items views as methods (__and__, __rsub__, ...), which compute what the
 * operators do (ops.c's view_setop). Also the attribute lookup of every
 * builtin iterator, which views extend. */
#include <string.h>

#include "runtime/builtin.h"
#include "runtime/dict.h"
#include "runtime/iter.h"
#include "runtime/list.h"
#include "runtime/mappingproxy.h"
#include "runtime/ops.h"
#include "runtime/set.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"

/* A keys or items view: set-like (a values view is not). */
static bool set_like(rt_value v)
{
    return rt_is_iter(v) && rt_iter_is_view(v) && rt_iter_obj_of(v)->kind != RT_ITER_VALUES_VIEW;
}

/* view.isdisjoint(other): no item of one is in the other. As CPython, the
 * smaller side is walked when the other is a set or a set-like view (whose
 * `in` is cheap); any other iterable is walked and each item looked up in
 * the view (so an unhashable item is a TypeError for a keys view). */
static rt_value view_isdisjoint(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                                rt_value kwnames)
{
    const char *qual = rt_iter_obj_of(self)->kind == RT_ITER_KEYS_VIEW ? "dict_keys.isdisjoint"
                                                                       : "dict_items.isdisjoint";
    if (rt_args_one(rt, qual, nargs, kwnames) < 0)
        return RT_NULL;
    rt_value other = args[0];
    int64_t n_self, n_other;
    if (rt_len(rt, self, &n_self) < 0)
        return RT_NULL;
    if (other == self)
        return n_self == 0 ? RT_TRUE : RT_FALSE;
    rt_value walk = other, probe = self;
    if (rt_is_anyset(other) || set_like(other)) {
        if (rt_len(rt, other, &n_other) < 0)
            return RT_NULL;
        if (n_other > n_self) {
            walk = self;
            probe = other;
        }
    }
    rt_value it = rt_getiter(rt, walk);
    if (!it)
        return RT_NULL;
    rt_value item, result = RT_TRUE;
    int got;
    while ((got = rt_iternext(rt, it, &item)) > 0) {
        int in = rt_contains(rt, probe, item);
        rt_decref(rt, item);
        if (in != 0) {
            result = in < 0 ? RT_NULL : RT_FALSE;
            break;
        }
    }
    rt_decref(rt, it);
    return got < 0 ? RT_NULL : result;
}

/* reversed(view): a snapshot of the keys, values or items, walked from the end
 * (a dict_reversekeyiterator and its siblings). */
rt_value rt__view_reversed(rt_state *rt, rt_value view)
{
    rt_iter_obj *v = rt_iter_obj_of(view);
    rt_value d = v->src;
    rt_value snap = rt_list_new(rt, rt_dict_len(d));
    if (!snap)
        return RT_NULL;
    rt_iter_kind kind = v->kind == RT_ITER_KEYS_VIEW     ? RT_ITER_DICT_REV_KEYS
                        : v->kind == RT_ITER_VALUES_VIEW ? RT_ITER_DICT_REV_VALUES
                                                         : RT_ITER_DICT_REV_ITEMS;
    int64_t pos = 0;
    rt_value k, x;
    while (rt_dict_next(d, &pos, &k, &x)) {
        rt_value item = kind == RT_ITER_DICT_REV_KEYS     ? (rt_incref(k), k)
                        : kind == RT_ITER_DICT_REV_VALUES ? (rt_incref(x), x)
                                                          : rt_tuple_pack(rt, 2, k, x);
        int r = item ? rt_list_append(rt, snap, item) : -1;
        rt_decref(rt, item);
        if (r < 0) {
            rt_decref(rt, snap);
            return RT_NULL;
        }
    }
    rt_value it = rt_iter_reversed(rt, snap);
    rt_decref(rt, snap);
    if (it)
        rt_iter_obj_of(it)->kind = (uint8_t)kind;
    return it;
}

static rt_value view_reversed(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                              rt_value kwnames)
{
    (void)args;
    if (rt_args_none(rt, "__reversed__", nargs, kwnames) < 0)
        return RT_NULL;
    return rt__view_reversed(rt, self);
}

/* The operator methods: self OP other, or other OP self for the reflected ones. */
static rt_value view_op(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                        rt_value kwnames, const char *name, rt_binop_kind op, bool reflected)
{
    if (rt_args_one(rt, name, nargs, kwnames) < 0)
        return RT_NULL;
    return reflected ? rt_binop(rt, op, args[0], self) : rt_binop(rt, op, self, args[0]);
}
RT_METHOD_VARIANT(view_and, view_op, "__and__", RT_OP_AND, false)
RT_METHOD_VARIANT(view_rand, view_op, "__rand__", RT_OP_AND, true)
RT_METHOD_VARIANT(view_or, view_op, "__or__", RT_OP_OR, false)
RT_METHOD_VARIANT(view_ror, view_op, "__ror__", RT_OP_OR, true)
RT_METHOD_VARIANT(view_sub, view_op, "__sub__", RT_OP_SUB, false)
RT_METHOD_VARIANT(view_rsub, view_op, "__rsub__", RT_OP_SUB, true)
RT_METHOD_VARIANT(view_xor, view_op, "__xor__", RT_OP_XOR, false)
RT_METHOD_VARIANT(view_rxor, view_op, "__rxor__", RT_OP_XOR, true)

static rt_value view_len(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                         rt_value kwnames)
{
    (void)args;
    if (rt_args_none(rt, "__len__", nargs, kwnames) < 0)
        return RT_NULL;
    return rt_int_from_i64(rt, rt_dict_len(rt_iter_obj_of(self)->src));
}

static rt_value view_contains(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                              rt_value kwnames)
{
    if (rt_args_one(rt, "__contains__", nargs, kwnames) < 0)
        return RT_NULL;
    int r = rt_contains(rt, self, args[0]);
    return r < 0 ? RT_NULL : rt_bool(r);
}

/* Every view's methods, then the set-like views' own. */
static const rt_builtin_def view_methods[] = {
    {"__reversed__", view_reversed},
    {"__len__", view_len},
    {NULL, NULL},
};
static const rt_builtin_def set_view_methods[] = {
    {"isdisjoint", view_isdisjoint},
    {"__and__", view_and},
    {"__rand__", view_rand},
    {"__or__", view_or},
    {"__ror__", view_ror},
    {"__sub__", view_sub},
    {"__rsub__", view_rsub},
    {"__xor__", view_xor},
    {"__rxor__", view_rxor},
    {"__contains__", view_contains},
    {NULL, NULL},
};

int rt__view_names(rt_state *rt, rt_value t, rt_value set)
{
    int kind = -1;
    for (int k = RT_ITER_KEYS_VIEW; k < RT_ITER_KIND_COUNT; k++)
        if (rt->iter_types[k] == t)
            kind = k;
    if (kind < 0) {
        /* an iterator type: the names of its C tables, and its hint */
        for (int k = 0; k < RT_ITER_KEYS_VIEW; k++)
            if (rt->iter_types[k] == t && rt_iter_kind_has_hint((rt_iter_kind)k))
                return rt_dict_set_cstr(rt, set, "__length_hint__", RT_NONE) < 0 ? -1 : 0;
        return 0;
    }
    if (rt_dict_set_cstr(rt, set, "__iter__", RT_NONE) < 0)
        return -1;
    const rt_builtin_def *lists[2] = {view_methods,
                                      kind != RT_ITER_VALUES_VIEW ? set_view_methods : NULL};
    for (int l = 0; l < 2 && lists[l]; l++)
        for (const rt_builtin_def *d = lists[l]; d->name; d++)
            if (rt_dict_set_cstr(rt, set, d->name, RT_NONE) < 0)
                return -1;
    return rt_dict_set_cstr(rt, set, "mapping", RT_NONE) < 0 ? -1 : 1;
}

static const rt_builtin_def *find(const rt_builtin_def *defs, rt_value name)
{
    for (size_t i = 0; defs[i].name; i++)
        if (rt_str_eq_cstr(name, defs[i].name))
            return &defs[i];
    return NULL;
}

rt_value rt__iter_getattr(rt_state *rt, rt_value v, rt_value name)
{
    if (rt_iter_is_view(v)) {
        if (rt_str_eq_cstr(name, "mapping"))
            return rt_mproxy_new(rt, rt_iter_obj_of(v)->src);
        const rt_builtin_def *def = find(view_methods, name);
        if (!def && set_like(v))
            def = find(set_view_methods, name);
        if (def)
            return rt_builtin_new(rt, def, v);
    }
    /* what any builtin object has (ops.c's rt_getattr) */
    if (rt_str_eq_cstr(name, "__class__")) {
        rt_value c = rt_type_obj_get(rt, v);
        rt_incref(c);
        return c;
    }
    if (rt_iter_kind_has_hint((rt_iter_kind)rt_iter_obj_of(v)->kind) &&
        rt_str_eq_cstr(name, "__length_hint__"))
        return rt_builtin_new(rt, &rt__iter_length_hint_def, v);
    const rt_builtin_def *def = rt_method_find(rt, RT_T_ITER, name);
    if (def)
        return rt_builtin_new(rt, def, v);
    if (rt->exc)
        return RT_NULL;
    return rt_raise(rt, RT_EXC_AttributeError, "'%s' object has no attribute '%s'", rt_type_name(v),
                    rt_str_data(name));
}
