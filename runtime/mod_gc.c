/* mod_gc.c: the `gc` module's surface over gc.h with CPython's behaviour
 * (collect, enable/disable, counts and thresholds, get_stats, is_tracked,
 * get_referents/get_referrers/get_objects, freeze, callbacks), and the
 * running of gc.callbacks around every collection. */
#include <stdlib.h>
#include <string.h>

#include "runtime/builtin.h"
#include "runtime/dict.h"
#include "runtime/finalize.h"
#include "runtime/gc.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/ops.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/typecache.h"
#include "runtime/weakref.h"

/* ---- collect / enable / disable --------------------------------------------- */

static rt_value gc_collect(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                           rt_value kwnames)
{
    (void)self;
    static const char *const names[] = {"generation", NULL};
    rt_value a[1] = {RT_NULL};
    if (nargs > 1) /* Argument Clinic's wording, not "positional argument" */
        return rt_raise(rt, RT_EXC_TypeError, "collect() takes at most 1 argument (%zu given)",
                        nargs);
    if (rt_args_parse(rt, "collect", args, nargs, kwnames, 1, names, a) < 0)
        return RT_NULL;
    int64_t gen = RT_GC_GENERATIONS - 1;
    if (a[0] && rt_arg_index(rt, a[0], &gen) < 0)
        return RT_NULL;
    if (gen < 0 || gen >= RT_GC_GENERATIONS)
        return rt_raise(rt, RT_EXC_ValueError, "invalid generation");
    int64_t n = rt_gc_collect(rt, (int)gen, true, NULL);
    rt__finalizers_run_pending(rt);
    rt__weakref_run_pending(rt); /* as CPython, callbacks have run when collect() returns */
    return rt_int_from_i64(rt, n < 0 ? 0 : n); /* already collecting: 0, as CPython */
}

static rt_value gc_enable(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                          rt_value kwnames)
{
    (void)self;
    (void)args;
    if (rt_args_none(rt, "gc.enable", nargs, kwnames) < 0)
        return RT_NULL;
    rt->gc->enabled = true;
    return RT_NONE;
}

static rt_value gc_disable(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                           rt_value kwnames)
{
    (void)self;
    (void)args;
    if (rt_args_none(rt, "gc.disable", nargs, kwnames) < 0)
        return RT_NULL;
    rt->gc->enabled = false;
    return RT_NONE;
}

static rt_value gc_isenabled(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                             rt_value kwnames)
{
    (void)self;
    (void)args;
    if (rt_args_none(rt, "gc.isenabled", nargs, kwnames) < 0)
        return RT_NULL;
    return rt_bool(rt->gc->enabled);
}

/* ---- counts, thresholds, stats ------------------------------------------------------ */

static rt_value triple(rt_state *rt, uint64_t a, uint64_t b, uint64_t c)
{
    return rt_tuple_pack(rt, 3, rt_smallint((int64_t)a), rt_smallint((int64_t)b),
                         rt_smallint((int64_t)c));
}

static rt_value gc_get_count(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                             rt_value kwnames)
{
    (void)self;
    (void)args;
    if (rt_args_none(rt, "gc.get_count", nargs, kwnames) < 0)
        return RT_NULL;
    const rt_gc_gen *g = rt->gc->gens;
    return triple(rt, g[0].count, g[1].count, g[2].count);
}

static rt_value gc_get_threshold(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                                 rt_value kwnames)
{
    (void)self;
    (void)args;
    if (rt_args_none(rt, "gc.get_threshold", nargs, kwnames) < 0)
        return RT_NULL;
    const rt_gc_gen *g = rt->gc->gens;
    return triple(rt, g[0].threshold, g[1].threshold, g[2].threshold);
}

static rt_value gc_set_threshold(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                                 rt_value kwnames)
{
    (void)self;
    if (rt_args_tuple(rt, "set_threshold", nargs, kwnames, 1, RT_GC_GENERATIONS) < 0)
        return RT_NULL;
    int64_t t[RT_GC_GENERATIONS];
    for (size_t i = 0; i < nargs; i++)
        if (rt_arg_index(rt, args[i], &t[i]) < 0)
            return RT_NULL;
    for (size_t i = 0; i < nargs; i++)
        rt->gc->gens[i].threshold = t[i] < 0 ? 0 : (uint64_t)t[i];
    return RT_NONE;
}

static rt_value gc_get_stats(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                             rt_value kwnames)
{
    (void)self;
    (void)args;
    if (rt_args_none(rt, "gc.get_stats", nargs, kwnames) < 0)
        return RT_NULL;
    rt_value list = rt_list_new(rt, RT_GC_GENERATIONS);
    if (!list)
        return RT_NULL;
    for (int i = 0; i < RT_GC_GENERATIONS; i++) {
        const rt_gclog_gen *s = &rt->gc->log.gen[i];
        rt_value d = rt_dict_new(rt);
        if (!d)
            goto fail;
        if (rt_dict_set_cstr(rt, d, "collections", rt_smallint((int64_t)s->collections)) ||
            rt_dict_set_cstr(rt, d, "collected", rt_smallint((int64_t)s->collected)) ||
            rt_dict_set_cstr(rt, d, "uncollectable", rt_smallint((int64_t)s->uncollectable))) {
            rt_decref(rt, d);
            goto fail;
        }
        if (rt_list_append_steal(rt, list, d) < 0)
            goto fail;
    }
    return list;
fail:
    rt_decref(rt, list);
    return RT_NULL;
}

/* ---- objects and references ---------------------------------------------------------- */

static rt_value gc_is_tracked(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                              rt_value kwnames)
{
    (void)self;
    if (rt_args_one(rt, "gc.is_tracked", nargs, kwnames) < 0)
        return RT_NULL;
    rt_value v = args[0];
    /* every cell answers True, as in CPython 3.11, which tracks every cell:
     * here a cell that has held only leaves has no link and stays off the
     * collector's lists (it cannot be on a cycle; cell.h), so
     * gc.get_objects() does not list it */
    return rt_bool(rt_is_obj(v) &&
                   ((rt_as_obj(v)->flags & RT_F_TRACKED) || rt_as_obj(v)->type == RT_T_CELL));
}

typedef struct collect_ctx {
    rt_state *rt;
    rt_value result; /* the list being filled */
    const rt_value *objs;
    size_t nobjs;
    bool found;
    int failed; /* an append raised MemoryError */
} collect_ctx;

static void append_child(rt_obj *child, void *arg)
{
    collect_ctx *c = arg;
    if (!c->failed && rt_list_append(c->rt, c->result, rt_from_obj(child)) < 0)
        c->failed = 1;
}

static rt_value gc_get_referents(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                                 rt_value kwnames)
{
    (void)self;
    if (rt_args_no_kw(rt, "get_referents", kwnames) < 0)
        return RT_NULL;
    rt_value result = rt_list_new(rt, 0);
    if (!result)
        return RT_NULL;
    collect_ctx c = {rt, result, NULL, 0, false, 0};
    for (size_t i = 0; i < nargs && !c.failed; i++) {
        if (!rt_is_obj(args[i]))
            continue;
        rt_obj *o = rt_as_obj(args[i]);
        const rt_typeinfo *ti = rt_typeinfos[o->type];
        if (ti->is_container && ti->traverse) /* CPython: only gc objects have referents */
            ti->traverse(o, append_child, &c);
        if (o->type == RT_T_TYPE) {
            /* a class's namespace dict is handed out writable: stop caching its lookups */
            rt_type_obj_of(args[i])->tflags |= RT_TF_DICTOUT;
            rt__type_modified(rt, args[i]);
            rt->tcache.epoch++;
        }
    }
    if (c.failed) {
        rt_decref(rt, result);
        return RT_NULL;
    }
    return result;
}

static void match_child(rt_obj *child, void *arg)
{
    collect_ctx *c = arg;
    for (size_t i = 0; i < c->nobjs; i++)
        if (rt_from_obj(child) == c->objs[i])
            c->found = true;
}

static void referrer_of(rt_obj *o, void *arg)
{
    collect_ctx *c = arg;
    if (c->failed || rt_from_obj(o) == c->result)
        return;
    c->found = false;
    const rt_typeinfo *ti = rt_typeinfos[o->type];
    if (ti->traverse)
        ti->traverse(o, match_child, c);
    if (c->found && rt_list_append(c->rt, c->result, rt_from_obj(o)) < 0)
        c->failed = 1;
}

static rt_value gc_get_referrers(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                                 rt_value kwnames)
{
    (void)self;
    if (rt_args_no_kw(rt, "get_referrers", kwnames) < 0)
        return RT_NULL;
    rt_value result = rt_list_new(rt, 0);
    if (!result)
        return RT_NULL;
    collect_ctx c = {rt, result, args, nargs, false, 0};
    rt__gc_each_tracked(rt, referrer_of, &c);
    if (c.failed) {
        rt_decref(rt, result);
        return RT_NULL;
    }
    return result;
}

static void append_obj(rt_obj *o, void *arg)
{
    collect_ctx *c = arg;
    if (!c->failed && rt_from_obj(o) != c->result &&
        rt_list_append(c->rt, c->result, rt_from_obj(o)) < 0)
        c->failed = 1;
}

static rt_value gc_get_objects(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                               rt_value kwnames)
{
    (void)self;
    static const char *const names[] = {"generation", NULL};
    rt_value a[1] = {RT_NULL};
    if (nargs > 1) /* Argument Clinic's wording, not "positional argument" */
        return rt_raise(rt, RT_EXC_TypeError, "get_objects() takes at most 1 argument (%zu given)",
                        nargs);
    if (rt_args_parse(rt, "get_objects", args, nargs, kwnames, 1, names, a) < 0)
        return RT_NULL;
    int64_t gen = -1;
    if (a[0] && a[0] != RT_NONE) {
        if (rt_arg_index(rt, a[0], &gen) < 0)
            return RT_NULL;
        if (gen >= RT_GC_GENERATIONS)
            return rt_raise(rt, RT_EXC_ValueError,
                            "generation parameter must be less than the "
                            "number of available generations (%d)",
                            RT_GC_GENERATIONS);
        if (gen < 0)
            return rt_raise(rt, RT_EXC_ValueError, "generation parameter cannot be negative");
    }
    rt_value result = rt_list_new(rt, 0);
    if (!result)
        return RT_NULL;
    collect_ctx c = {rt, result, NULL, 0, false, 0};
    if (gen < 0) {
        rt__gc_each_tracked(rt, append_obj, &c);
    } else {
        rt_gc_link *head = &rt->gc->gens[gen].head;
        for (rt_gc_link *l = head->next; l != head && !c.failed; l = l->next)
            append_obj(rt_obj_of_link(l), &c);
    }
    if (c.failed) {
        rt_decref(rt, result);
        return RT_NULL;
    }
    return result;
}

/* ---- freeze ------------------------------------------------------------------------------ */

static rt_value gc_freeze(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                          rt_value kwnames)
{
    (void)self;
    (void)args;
    if (rt_args_none(rt, "gc.freeze", nargs, kwnames) < 0)
        return RT_NULL;
    rt_gc_freeze(rt);
    return RT_NONE;
}

static rt_value gc_unfreeze(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                            rt_value kwnames)
{
    (void)self;
    (void)args;
    if (rt_args_none(rt, "gc.unfreeze", nargs, kwnames) < 0)
        return RT_NULL;
    rt_gc_unfreeze(rt);
    return RT_NONE;
}

static rt_value gc_get_freeze_count(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                                    rt_value kwnames)
{
    (void)self;
    (void)args;
    if (rt_args_none(rt, "gc.get_freeze_count", nargs, kwnames) < 0)
        return RT_NULL;
    return rt_int_from_i64(rt, (int64_t)rt->gc->frozen);
}

static const rt_builtin_def gc_functions[] = {
    {"collect", gc_collect},
    {"enable", gc_enable},
    {"disable", gc_disable},
    {"isenabled", gc_isenabled},
    {"get_count", gc_get_count},
    {"get_threshold", gc_get_threshold},
    {"set_threshold", gc_set_threshold},
    {"get_stats", gc_get_stats},
    {"is_tracked", gc_is_tracked},
    {"get_referents", gc_get_referents},
    {"get_referrers", gc_get_referrers},
    {"get_objects", gc_get_objects},
    {"freeze", gc_freeze},
    {"unfreeze", gc_unfreeze},
    {"get_freeze_count", gc_get_freeze_count},
    {NULL, NULL},
};

int rt__mod_gc_fill(rt_state *rt, rt_value d)
{
    if (rt__module_add_funcs(rt, d, gc_functions) < 0)
        return -1;
    static const char *const lists[] = {"callbacks", "garbage"};
    for (size_t i = 0; i < 2; i++) {
        rt_value l = rt_list_new(rt, 0);
        if (!l)
            return -1;
        int r = rt_dict_set_cstr(rt, d, lists[i], l);
        rt_decref(rt, l);
        if (r < 0)
            return -1;
    }
    return 0;
}

/* ---- callbacks ------------------------------------------------------------------------------ */

/* gc.callbacks (borrowed), or RT_NULL when the module or the list is gone. */
static rt_value callbacks_list(rt_state *rt)
{
    if (!rt_is_dict(rt->modules))
        return RT_NULL;
    rt_value m = rt_dict_get_cstr(rt, rt->modules, "gc");
    if (!rt_is_obj(m) || rt_as_obj(m)->type != RT_T_MODULE)
        return RT_NULL;
    rt_value d = rt_module_of(m)->dict;
    if (!rt_is_dict(d))
        return RT_NULL;
    rt_value l = rt_dict_get_cstr(rt, d, "callbacks");
    return rt_is_list(l) ? l : RT_NULL;
}

void rt__gc_run_callbacks(rt_state *rt, const char *phase, int generation, int64_t collected,
                          int64_t uncollectable)
{
    rt_value cbs = callbacks_list(rt);
    if (!cbs || rt_list_len(cbs) == 0)
        return;
    rt_value saved = rt->exc;
    rt->exc = RT_NULL;
    rt_incref(cbs);
    rt_value args[2] = {rt_str_from_cstr(rt, phase), rt_dict_new(rt)};
    if (args[0] && args[1] &&
        !rt_dict_set_cstr(rt, args[1], "generation", rt_smallint(generation)) &&
        !rt_dict_set_cstr(rt, args[1], "collected", rt_smallint(collected)) &&
        !rt_dict_set_cstr(rt, args[1], "uncollectable", rt_smallint(uncollectable))) {
        /* the list may change while it runs: re-read its length every time */
        for (int64_t i = 0; i < rt_list_len(cbs); i++) {
            rt_value cb = rt_list_get(cbs, i);
            rt_incref(cb);
            rt_value r = rt_call(rt, cb, args, 2, RT_NULL);
            rt_decref(rt, cb);
            if (r)
                rt_decref(rt, r);
            else
                rt_exc_clear(rt); /* CPython reports it as unraisable and goes on */
        }
    }
    rt_exc_clear(rt);
    rt_decref(rt, args[0]);
    rt_decref(rt, args[1]);
    rt_decref(rt, cbs);
    rt->exc = saved;
}
