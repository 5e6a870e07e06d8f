/* methods_set.c: the methods of set objects (add, union, issubset, ...). */
#include "runtime/builtin.h"
#include "runtime/set.h"

#define CHECK_ONE(qual)                                                                            \
    do {                                                                                           \
        if (rt_args_one(rt, qual, nargs, kwnames) < 0)                                             \
            return RT_NULL;                                                                        \
    } while (0)
#define CHECK_NONE(qual)                                                                           \
    do {                                                                                           \
        (void)args;                                                                                \
        if (rt_args_none(rt, qual, nargs, kwnames) < 0)                                            \
            return RT_NULL;                                                                        \
    } while (0)
#define CHECK_NO_KW(qual)                                                                          \
    do {                                                                                           \
        if (rt_args_no_kw(rt, qual, kwnames) < 0)                                                  \
            return RT_NULL;                                                                        \
    } while (0)

static rt_value set_add(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                        rt_value kwnames)
{
    CHECK_ONE("set.add");
    return rt_set_add(rt, self, args[0]) < 0 ? RT_NULL : RT_NONE;
}

static rt_value set_discard(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                            rt_value kwnames)
{
    CHECK_ONE("set.discard");
    return rt_set_discard_key(rt, self, args[0]) < 0 ? RT_NULL : RT_NONE;
}

static rt_value set_remove(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                           rt_value kwnames)
{
    CHECK_ONE("set.remove");
    int rc = rt_set_discard_key(rt, self, args[0]);
    if (rc < 0)
        return RT_NULL;
    if (rc == 0)
        return rt_raise_value(rt, RT_EXC_KeyError, args[0]);
    return RT_NONE;
}

static rt_value set_pop(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                        rt_value kwnames)
{
    CHECK_NONE("set.pop");
    return rt_set_pop(rt, self);
}

static rt_value set_clear(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                          rt_value kwnames)
{
    CHECK_NONE("set.clear");
    rt_set_clear(rt, self);
    return RT_NONE;
}

static rt_value set_copy(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                         rt_value kwnames)
{
    CHECK_NONE("set.copy");
    return rt_set_copy(rt, self);
}

typedef rt_value (*set_binop)(rt_state *rt, rt_value a, rt_value b);

/* Applies op left to right over self and every argument: a new set. */
static rt_value fold(rt_state *rt, rt_value self, const rt_value *args, size_t nargs, set_binop op)
{
    rt_value acc = rt_set_copy(rt, self);
    for (size_t i = 0; i < nargs && acc != RT_NULL; i++) {
        rt_value next = op(rt, acc, args[i]);
        rt_decref(rt, acc);
        acc = next;
    }
    return acc;
}

static rt_value set_union(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                          rt_value kwnames)
{
    CHECK_NO_KW("set.union");
    rt_value acc = rt_set_copy(rt, self);
    for (size_t i = 0; i < nargs && acc != RT_NULL; i++) {
        if (rt_set_update(rt, acc, args[i]) < 0) {
            rt_decref(rt, acc);
            return RT_NULL;
        }
    }
    return acc;
}

static rt_value set_intersection(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                                 rt_value kwnames)
{
    CHECK_NO_KW("set.intersection");
    return fold(rt, self, args, nargs, rt_set_intersection);
}

static rt_value set_difference(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                               rt_value kwnames)
{
    CHECK_NO_KW("set.difference");
    return fold(rt, self, args, nargs, rt_set_difference);
}

static rt_value set_symmetric_difference(rt_state *rt, rt_value self, const rt_value *args,
                                         size_t nargs, rt_value kwnames)
{
    CHECK_ONE("set.symmetric_difference");
    return rt_set_symmetric_difference(rt, self, args[0]);
}

static rt_value set_update(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                           rt_value kwnames)
{
    CHECK_NO_KW("set.update");
    for (size_t i = 0; i < nargs; i++)
        if (rt_set_update(rt, self, args[i]) < 0)
            return RT_NULL;
    return RT_NONE;
}

static rt_value set_intersection_update(rt_state *rt, rt_value self, const rt_value *args,
                                        size_t nargs, rt_value kwnames)
{
    CHECK_NO_KW("set.intersection_update");
    for (size_t i = 0; i < nargs; i++)
        if (rt_set_intersection_update(rt, self, args[i]) < 0)
            return RT_NULL;
    return RT_NONE;
}

static rt_value set_difference_update(rt_state *rt, rt_value self, const rt_value *args,
                                      size_t nargs, rt_value kwnames)
{
    CHECK_NO_KW("set.difference_update");
    for (size_t i = 0; i < nargs; i++)
        if (rt_set_difference_update(rt, self, args[i]) < 0)
            return RT_NULL;
    return RT_NONE;
}

static rt_value set_symmetric_difference_update(rt_state *rt, rt_value self, const rt_value *args,
                                                size_t nargs, rt_value kwnames)
{
    CHECK_ONE("set.symmetric_difference_update");
    return rt_set_symmetric_difference_update(rt, self, args[0]) < 0 ? RT_NULL : RT_NONE;
}

/* other as a set: itself (a new reference) or a new set of its items. */
static rt_value as_set(rt_state *rt, rt_value other)
{
    if (rt_is_anyset(other)) {
        rt_incref(other);
        return other;
    }
    return rt_set_from_iter(rt, other);
}

static rt_value set_issubset(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                             rt_value kwnames)
{
    CHECK_ONE("set.issubset");
    rt_value other = as_set(rt, args[0]);
    if (other == RT_NULL)
        return RT_NULL;
    int rc = rt_set_issubset(rt, self, other);
    rt_decref(rt, other);
    return rc < 0 ? RT_NULL : rt_bool(rc);
}

static rt_value set_issuperset(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                               rt_value kwnames)
{
    CHECK_ONE("set.issuperset");
    rt_value other = as_set(rt, args[0]);
    if (other == RT_NULL)
        return RT_NULL;
    int rc = rt_set_issubset(rt, other, self);
    rt_decref(rt, other);
    return rc < 0 ? RT_NULL : rt_bool(rc);
}

static rt_value set_isdisjoint(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                               rt_value kwnames)
{
    CHECK_ONE("set.isdisjoint");
    rt_value it = rt_getiter(rt, args[0]);
    if (it == RT_NULL)
        return RT_NULL;
    rt_value item;
    int rc;
    while ((rc = rt_iternext(rt, it, &item)) == 1) {
        int in = rt_set_contains(rt, self, item);
        rt_decref(rt, item);
        if (in != 0) {
            rt_decref(rt, it);
            return in < 0 ? RT_NULL : RT_FALSE;
        }
    }
    rt_decref(rt, it);
    return rc < 0 ? RT_NULL : RT_TRUE;
}

const rt_builtin_def rt__set_methods[] = {
    {"add", set_add},
    {"discard", set_discard},
    {"remove", set_remove},
    {"union", set_union},
    {"intersection", set_intersection},
    {"difference", set_difference},
    {"update", set_update},
    {"pop", set_pop},
    {"clear", set_clear},
    {"copy", set_copy},
    {"issubset", set_issubset},
    {"issuperset", set_issuperset},
    {"isdisjoint", set_isdisjoint},
    {"symmetric_difference", set_symmetric_difference},
    {"intersection_update", set_intersection_update},
    {"difference_update", set_difference_update},
    {"symmetric_difference_update", set_symmetric_difference_update},
    {NULL, NULL},
};

/* ---- frozenset: the methods that do not mutate; new sets come back frozen ---- */

static rt_value frozen_copy(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                            rt_value kwnames)
{
    CHECK_NONE("frozenset.copy");
    rt_incref(self);
    return self;
}

#define FROZEN(fn, base)                                                                           \
    static rt_value fn(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,            \
                       rt_value kwnames)                                                           \
    {                                                                                              \
        return rt_set_freeze(rt, base(rt, self, args, nargs, kwnames));                            \
    }
FROZEN(frozen_union, set_union)
FROZEN(frozen_intersection, set_intersection)
FROZEN(frozen_difference, set_difference)
FROZEN(frozen_symmetric_difference, set_symmetric_difference)
#undef FROZEN

const rt_builtin_def rt__frozenset_methods[] = {
    {"copy", frozen_copy},
    {"union", frozen_union},
    {"intersection", frozen_intersection},
    {"difference", frozen_difference},
    {"symmetric_difference", frozen_symmetric_difference},
    {"issubset", set_issubset},
    {"issuperset", set_issuperset},
    {"isdisjoint", set_isdisjoint},
    {NULL, NULL},
};
