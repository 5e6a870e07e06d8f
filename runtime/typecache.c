/* typecache.c: filling and retiring the entries of the attribute lookup
 * cache on types (the rules are in typecache.h). */
#include "runtime/typecache.h"

#include "runtime/str.h"

rt_tcache_entry *rt__tcache_slot(rt_state *rt, rt_value t, rt_value name, rt_value after,
                                 uint16_t kind)
{
    if (!rt_is_str(name))
        return NULL;
    rt_type_obj *to = rt_type_obj_of(t);
    if (!to->version)
        to->version = ++rt->tcache.next_version;
    rt_tcache_entry *e = &rt->tcache.e[rt__tcache_index(to->version, name, after, kind)];
    rt_incref(name);
    rt_value old = e->name;
    e->type = to;
    e->version = to->version;
    e->epoch = rt->tcache.epoch;
    e->name = name;
    e->after = after;
    e->kind = kind;
    e->value = RT_NULL;
    e->def = NULL;
    e->hooks = 0;
    e->hint = -1;
    e->kix = -1;
    e->kn = UINT32_MAX;
    rt_decref(rt, old); /* a str: freeing it runs no code */
    return e;
}

void rt__type_modified(rt_state *rt, rt_value t)
{
    rt_type_obj *to = rt_type_obj_of(t);
    to->version = 0;
    if (to->tflags & RT_TF_HASSUB)
        rt->tcache.epoch++;
}

void rt__tcache_dispose(rt_state *rt)
{
    for (size_t i = 0; i < RT_TCACHE_SIZE; i++) {
        rt_value n = rt->tcache.e[i].name;
        rt->tcache.e[i].name = RT_NULL;
        rt->tcache.e[i].version = 0;
        rt_decref(rt, n);
    }
}
