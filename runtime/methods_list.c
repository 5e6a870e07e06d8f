/* methods_list.c: the methods of list objects (append, pop, sort, ...). */
#include <stdlib.h>

#include "runtime/builtin.h"
#include "runtime/list.h"
#include "runtime/sort.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

#define CHECK_ONE(qual)                                                                            \
    do {                                                                                           \
        if (rt_args_one(rt, qual, nargs, kwnames) < 0)                                             \
            return RT_NULL;                                                                        \
    } while (0)
#define CHECK_NONE(qual)                                                                           \
    do {                                                                                           \
        if (rt_args_none(rt, qual, nargs, kwnames) < 0)                                            \
            return RT_NULL;                                                                        \
    } while (0)

static rt_value list_append(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                            rt_value kwnames)
{
    CHECK_ONE("list.append");
    if (rt_list_append(rt, self, args[0]) < 0)
        return RT_NULL;
    return RT_NONE;
}

static rt_value list_extend(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                            rt_value kwnames)
{
    CHECK_ONE("list.extend");
    if (rt_list_extend(rt, self, args[0]) < 0)
        return RT_NULL;
    return RT_NONE;
}

static rt_value list_pop(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                         rt_value kwnames)
{
    if (rt_args_range(rt, "pop", nargs, kwnames, 0, 1) < 0)
        return RT_NULL;
    int64_t i = -1;
    if (nargs == 1 && rt_arg_index(rt, args[0], &i) < 0)
        return RT_NULL;
    return rt_list_pop(rt, self, i);
}

static rt_value list_insert(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                            rt_value kwnames)
{
    if (rt_args_range(rt, "insert", nargs, kwnames, 2, 2) < 0)
        return RT_NULL;
    int64_t i;
    if (rt_arg_index(rt, args[0], &i) < 0)
        return RT_NULL;
    if (rt_list_insert(rt, self, i, args[1]) < 0)
        return RT_NULL;
    return RT_NONE;
}

/* Index of the first item == x in [start, end), -2 when absent, -1 on error. */
static int64_t find_item(rt_state *rt, rt_value l, rt_value x, int64_t start, int64_t end)
{
    for (int64_t i = start; i < end && i < rt_list_len(l); i++) {
        rt_value item = rt_list_get(l, i);
        rt_incref(item); /* == may run code that mutates the list */
        int eq = rt_eq(rt, item, x);
        rt_decref(rt, item);
        if (eq < 0)
            return -1;
        if (eq)
            return i;
    }
    return -2;
}

static rt_value list_remove(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                            rt_value kwnames)
{
    CHECK_ONE("list.remove");
    int64_t i = find_item(rt, self, args[0], 0, rt_list_len(self));
    if (i == -1)
        return RT_NULL;
    if (i == -2)
        return rt_raise(rt, RT_EXC_ValueError, "list.remove(x): x not in list");
    rt_value v = rt_list_pop(rt, self, i);
    if (v == RT_NULL)
        return RT_NULL;
    rt_decref(rt, v);
    return RT_NONE;
}

static rt_value list_index(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                           rt_value kwnames)
{
    if (rt_args_range(rt, "index", nargs, kwnames, 1, 3) < 0)
        return RT_NULL;
    int64_t start = 0, end = INT64_MAX;
    if (nargs > 1 && rt_arg_bound(rt, args[1], false, &start) < 0)
        return RT_NULL;
    if (nargs > 2 && rt_arg_bound(rt, args[2], false, &end) < 0)
        return RT_NULL;
    rt_adjust_bounds(rt_list_len(self), &start, &end);
    int64_t i = find_item(rt, self, args[0], start, end);
    if (i == -1)
        return RT_NULL;
    if (i == -2) {
        rt_value r = rt_repr(rt, args[0]);
        if (r == RT_NULL)
            return RT_NULL;
        rt_raise(rt, RT_EXC_ValueError, "%s is not in list", rt_str_data(r));
        rt_decref(rt, r);
        return RT_NULL;
    }
    return rt_int_from_i64(rt, i);
}

static rt_value list_count(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                           rt_value kwnames)
{
    CHECK_ONE("list.count");
    int64_t n = 0;
    for (int64_t i = 0; i < rt_list_len(self); i++) {
        rt_value item = rt_list_get(self, i);
        rt_incref(item);
        int eq = rt_eq(rt, item, args[0]);
        rt_decref(rt, item);
        if (eq < 0)
            return RT_NULL;
        n += eq;
    }
    return rt_int_from_i64(rt, n);
}

static rt_value list_reverse(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                             rt_value kwnames)
{
    (void)args;
    CHECK_NONE("list.reverse");
    rt_list_reverse(self);
    return RT_NONE;
}

static rt_value list_copy(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                          rt_value kwnames)
{
    (void)args;
    CHECK_NONE("list.copy");
    return rt_list_from(rt, rt_list_items(self), rt_list_len(self));
}

static rt_value list_clear(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                           rt_value kwnames)
{
    (void)args;
    CHECK_NONE("list.clear");
    rt_list_clear(rt, self);
    return RT_NONE;
}

int rt_list_sort(rt_state *rt, rt_value l, rt_value key, bool reverse)
{
    rt_list_obj *lo = rt_list_obj_of(l);
    rt_value *items = lo->items;
    int64_t len = lo->len, cap = lo->cap;
    lo->items = NULL;
    lo->len = lo->cap = 0;
    int rc = rt_sort_values(rt, items, (size_t)len, key, reverse);
    if (lo->items != NULL || lo->len != 0) {
        /* the key function changed the list: drop what it added */
        rt_value *added = lo->items;
        int64_t nadded = lo->len, addcap = lo->cap;
        lo->items = NULL;
        lo->len = lo->cap = 0;
        for (int64_t i = 0; i < nadded; i++)
            rt_decref(rt, added[i]);
        if (added)
            rt_heap_free(rt, &lo->hdr, added, (size_t)addcap * sizeof(rt_value));
        if (rc == 0) {
            rt_raise(rt, RT_EXC_ValueError, "list modified during sort");
            rc = -1;
        }
    }
    lo->items = items;
    lo->len = len;
    lo->cap = cap;
    return rc;
}

static rt_value list_sort(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                          rt_value kwnames)
{
    static const char *const names[] = {"key", "reverse", NULL};
    rt_value a[2];
    if (rt_args_parse(rt, "sort", args, nargs, kwnames, 0, names, a) < 0)
        return RT_NULL;
    int64_t reverse = 0;
    if (a[1] != RT_NULL && rt_arg_index(rt, a[1], &reverse) < 0)
        return RT_NULL;
    if (rt_list_sort(rt, self, a[0], reverse != 0) < 0)
        return RT_NULL;
    return RT_NONE;
}

/* ---- tuple.count / tuple.index (the same search over a fixed array) ---- */

/* Index of the first item == x in items[start, end), -2 absent, -1 error. */
static int64_t find_in(rt_state *rt, const rt_value *items, int64_t start, int64_t end, rt_value x)
{
    for (int64_t i = start; i < end; i++) {
        int eq = rt_eq(rt, items[i], x);
        if (eq != 0)
            return eq < 0 ? -1 : i;
    }
    return -2;
}

static rt_value tuple_count(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                            rt_value kwnames)
{
    CHECK_ONE("tuple.count");
    int64_t n = 0;
    for (int64_t i = 0; i < rt_tuple_len(self); i++) {
        int eq = rt_eq(rt, rt_tuple_get(self, i), args[0]);
        if (eq < 0)
            return RT_NULL;
        n += eq;
    }
    return rt_int_from_i64(rt, n);
}

static rt_value tuple_index(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                            rt_value kwnames)
{
    if (rt_args_range(rt, "index", nargs, kwnames, 1, 3) < 0)
        return RT_NULL;
    int64_t start = 0, end = INT64_MAX;
    if (nargs > 1 && rt_arg_bound(rt, args[1], false, &start) < 0)
        return RT_NULL;
    if (nargs > 2 && rt_arg_bound(rt, args[2], false, &end) < 0)
        return RT_NULL;
    rt_adjust_bounds(rt_tuple_len(self), &start, &end);
    int64_t i = find_in(rt, rt_tuple_items(self), start, end, args[0]);
    if (i == -1)
        return RT_NULL;
    if (i == -2)
        return rt_raise(rt, RT_EXC_ValueError, "tuple.index(x): x not in tuple");
    return rt_int_from_i64(rt, i);
}

const rt_builtin_def rt__tuple_methods[] = {
    {"count", tuple_count},
    {"index", tuple_index},
    {NULL, NULL},
};

const rt_builtin_def rt__list_methods[] = {
    {"append", list_append}, {"pop", list_pop},       {"extend", list_extend},
    {"insert", list_insert}, {"remove", list_remove}, {"index", list_index},
    {"count", list_count},   {"sort", list_sort},     {"reverse", list_reverse},
    {"copy", list_copy},     {"clear", list_clear},   {NULL, NULL},
};
