/* mappingproxy.c: mappingproxy, a read-only view of a dict: what a class's
 * __dict__ gives out (and types.MappingProxyType makes). Reads go to the
 * dict; item assignment is refused, so a class's namespace changes only
 * through setattr on the class, which keeps the attribute cache right
 * (typecache.h). */
#include "runtime/mappingproxy.h"

#include "runtime/builtin.h"
#include "runtime/class.h"
#include "runtime/dict.h"
#include "runtime/exc.h"
#include "runtime/heap.h"
#include "runtime/ops.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/type.h"
#include <string.h>

static size_t mproxy_size(const rt_obj *o)
{
    (void)o;
    return sizeof(rt_gc_link) + sizeof(rt_mproxy);
}

static void mproxy_traverse(rt_obj *o, rt_visit_fn visit, void *arg)
{
    rt_mproxy *p = (rt_mproxy *)o;
    if (rt_is_obj(p->mapping))
        visit(rt_as_obj(p->mapping), arg);
}

static void mproxy_clear(rt_state *rt, rt_obj *o)
{
    rt_mproxy *p = (rt_mproxy *)o;
    rt_value m = p->mapping;
    p->mapping = RT_NULL;
    rt_decref(rt, m);
}

static void mproxy_dealloc(rt_state *rt, rt_obj *o)
{
    mproxy_clear(rt, o);
    rt_obj_free(rt, o, sizeof(rt_mproxy));
}

const rt_typeinfo rt__mproxy_typeinfo = {"mappingproxy",  true,         mproxy_size,
                                         mproxy_traverse, mproxy_clear, mproxy_dealloc};

rt_value rt_mproxy_new(rt_state *rt, rt_value dict)
{
    rt_mproxy *p = (rt_mproxy *)rt_obj_alloc(rt, RT_T_MAPPINGPROXY, sizeof(rt_mproxy));
    if (!p)
        return RT_NULL;
    rt_incref(dict);
    p->mapping = dict;
    return rt_from_obj(p);
}

rt_value rt__mproxy_construct(rt_state *rt, const rt_value *args, size_t nargs, rt_value kwnames)
{
    static const char *const names[] = {"mapping", NULL};
    rt_value a[1];
    if (rt_args_parse(rt, "mappingproxy", args, nargs, kwnames, 1, names, a) < 0)
        return RT_NULL;
    if (!a[0])
        return rt_raise(rt, RT_EXC_TypeError,
                        "mappingproxy() missing required argument 'mapping' (pos 1)");
    if (rt_type_of(a[0]) == RT_T_MAPPINGPROXY)
        return rt_mproxy_new(rt, rt_mproxy_of(a[0])->mapping);
    rt_value d = rt__native_unwrap(a[0]); /* OrderedDict, a dict subclass: its dict */
    if (!rt_is_dict(d))
        return rt_raise(rt, RT_EXC_TypeError, "mappingproxy() argument must be a mapping, not %s",
                        rt_type_name(a[0]));
    return rt_mproxy_new(rt, d);
}

rt_value rt__mproxy_repr(rt_state *rt, rt_value v)
{
    rt_value r = rt_repr(rt, rt_mproxy_of(v)->mapping);
    if (!r)
        return RT_NULL;
    rt_value s = rt_str_printf(rt, "mappingproxy(%s)", rt_str_data(r));
    rt_decref(rt, r);
    return s;
}

/* ---- methods: the dict's read-only ones, on the dict -------------------------------- */

static rt_value forward(rt_state *rt, rt_value self, const char *name, const rt_value *args,
                        size_t nargs, rt_value kwnames)
{
    for (const rt_builtin_def *d = rt__dict_methods; d->name; d++)
        if (strcmp(d->name, name) == 0)
            return d->fn(rt, rt_mproxy_of(self)->mapping, args, nargs, kwnames);
    return rt_raise(rt, RT_EXC_AttributeError, "'mappingproxy' object has no attribute '%s'", name);
}

static rt_value mproxy_getitem(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                               rt_value kwnames)
{
    if (rt_args_range(rt, "__getitem__", nargs, kwnames, 1, 1) < 0)
        return RT_NULL;
    return rt_getitem(rt, rt_mproxy_of(self)->mapping, args[0]);
}

#define FORWARD(fn, name)                                                                          \
    static rt_value fn(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,            \
                       rt_value kwnames)                                                           \
    {                                                                                              \
        return forward(rt, self, name, args, nargs, kwnames);                                      \
    }
FORWARD(mproxy_get, "get")
FORWARD(mproxy_keys, "keys")
FORWARD(mproxy_values, "values")
FORWARD(mproxy_items, "items")
FORWARD(mproxy_copy, "copy")
#undef FORWARD

const rt_builtin_def rt__mproxy_methods[] = {
    {"get", mproxy_get},
    {"keys", mproxy_keys},
    {"values", mproxy_values},
    {"items", mproxy_items},
    {"copy", mproxy_copy},
    {"__getitem__", mproxy_getitem},
    {NULL, NULL},
};
