/* getset.c: getset_descriptor, the computed attributes a class's __dict__
 * names: an instance's __dict__ and __weakref__ (added by a class statement
 * when no base has them yet, as CPython's type() does) and the data
 * attributes of builtin types (function.__code__ and the like), so that code
 * reading them from the class (vars(cls), cls.__dict__['__dict__'],
 * types.FunctionType.__code__, types.GetSetDescriptorType) finds what
 * CPython's classes hold. The instance attribute paths (instance.c) keep
 * answering __dict__ themselves; these objects answer when asked directly. */
#include <string.h>

#include "runtime/builtin.h"
#include "runtime/class.h"
#include "runtime/dict.h"
#include "runtime/exc.h"
#include "runtime/iter.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/weakref.h"

#define ID(x) (rt->ids[RT_ID_##x])

static rt_value own(rt_value v)
{
    rt_incref(v);
    return v;
}

rt_value rt__getset_new(rt_state *rt, rt_value name, rt_value cls, int kind)
{
    return rt_descr_new(rt, RT_T_GETSET, name, cls, rt_smallint(kind), RT_NULL);
}

static int kind_of(rt_value d)
{
    return (int)rt_smallint_get(rt_descr_of(d)->c);
}

/* 0 when obj is an instance of d's class, else -1 with CPython's TypeError. */
static int check_owner(rt_state *rt, rt_value d, rt_value obj)
{
    rt_descr *g = rt_descr_of(d);
    if (rt_isinstance(rt, obj, g->b))
        return 0;
    rt_raise(rt, RT_EXC_TypeError,
             "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", rt_str_data(g->a),
             rt_type_obj_name(g->b), rt_type_name(obj));
    return -1;
}

rt_value rt__getset_get(rt_state *rt, rt_value d, rt_value obj)
{
    if (check_owner(rt, d, obj) < 0)
        return RT_NULL;
    switch (kind_of(d)) {
    case RT_GETSET_DICT: {
        /* the instance's own dict, made on first use, whatever its class overrides */
        rt_value *dictp = rt__dict_slot(obj);
        if (!dictp)
            return rt_raise(rt, RT_EXC_AttributeError, "'%s' object has no attribute '__dict__'",
                            rt_type_name(obj));
        return rt__generic_getattr_descr(rt, obj, ID(dict), dictp, false, RT_NULL);
    }
    case RT_GETSET_WEAKREF: {
        rt_value w = rt__weakref_first(rt, obj);
        return own(w ? w : RT_NONE);
    }
    default: return rt_getattr(rt, obj, rt_descr_of(d)->a);
    }
}

int rt__getset_set(rt_state *rt, rt_value d, rt_value obj, rt_value v)
{
    if (check_owner(rt, d, obj) < 0)
        return -1;
    rt_descr *g = rt_descr_of(d);
    switch (kind_of(d)) {
    case RT_GETSET_DICT:
        if (!v) {
            rt_raise(rt, RT_EXC_TypeError, "cannot delete __dict__");
            return -1;
        }
        return rt__generic_setattr(rt, obj, ID(dict), v, rt__dict_slot(obj));
    case RT_GETSET_WEAKREF:
        rt_raise(rt, RT_EXC_AttributeError, "attribute '%s' of '%s' objects is not writable",
                 rt_str_data(g->a), rt_type_obj_name(g->b));
        return -1;
    default: return rt_setattr(rt, obj, g->a, v);
    }
}

/* ---- the descriptor's own methods and attributes -------------------------------- */

static rt_value gs_get(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                       rt_value kwnames)
{
    if (rt_args_range(rt, "__get__", nargs, kwnames, 1, 2) < 0)
        return RT_NULL;
    if (args[0] == RT_NONE) {
        if (nargs < 2 || args[1] == RT_NONE)
            return rt_raise(rt, RT_EXC_TypeError, "__get__(None, None) is invalid");
        return own(self);
    }
    return rt__getset_get(rt, self, args[0]);
}

static rt_value gs_set(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                       rt_value kwnames)
{
    if (rt_args_range(rt, "__set__", nargs, kwnames, 2, 2) < 0)
        return RT_NULL;
    return rt__getset_set(rt, self, args[0], args[1]) < 0 ? RT_NULL : RT_NONE;
}

static rt_value gs_delete(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                          rt_value kwnames)
{
    if (rt_args_one(rt, "__delete__", nargs, kwnames) < 0)
        return RT_NULL;
    return rt__getset_set(rt, self, args[0], RT_NULL) < 0 ? RT_NULL : RT_NONE;
}

static const rt_builtin_def gs_methods[] = {
    {"__get__", gs_get}, {"__set__", gs_set}, {"__delete__", gs_delete}, {NULL, NULL}};

rt_value rt__getset_getattr(rt_state *rt, rt_value d, rt_value name)
{
    rt_descr *g = rt_descr_of(d);
    const char *s = rt_str_data(name);
    if (!strcmp(s, "__name__"))
        return own(g->a);
    if (!strcmp(s, "__qualname__"))
        return rt_str_printf(rt, "%s.%s", rt_type_obj_name(g->b), rt_str_data(g->a));
    if (!strcmp(s, "__objclass__"))
        return own(g->b);
    if (!strcmp(s, "__class__"))
        return own(rt->type_objs[RT_T_GETSET]);
    if (!strcmp(s, "__doc__")) {
        switch (kind_of(d)) {
        case RT_GETSET_DICT: return rt_str_from_cstr(rt, "dictionary for instance variables");
        case RT_GETSET_WEAKREF:
            return rt_str_from_cstr(rt, "list of weak references to the object");
        default: return own(RT_NONE);
        }
    }
    for (int i = 0; gs_methods[i].name; i++)
        if (!strcmp(s, gs_methods[i].name))
            return rt_builtin_new(rt, &gs_methods[i], d);
    return rt_raise(rt, RT_EXC_AttributeError, "'getset_descriptor' object has no attribute '%s'",
                    s);
}

rt_value rt__getset_repr(rt_state *rt, rt_value d)
{
    rt_descr *g = rt_descr_of(d);
    return rt_str_printf(rt, "<attribute '%s' of '%s' objects>", rt_str_data(g->a),
                         rt_type_obj_name(g->b));
}

/* ---- where they are made ----------------------------------------------------------- */

static bool tuple_has(rt_value t, rt_value name)
{
    for (int64_t i = 0; i < rt_tuple_len(t); i++)
        if (rt_str_eq(rt_tuple_items(t)[i], name))
            return true;
    return false;
}

int rt__class_add_getsets(rt_state *rt, rt_value cls, rt_value dict, rt_value mro, rt_value slots)
{
    bool want_dict = !slots || tuple_has(slots, ID(dict));
    bool want_weak = !slots || tuple_has(slots, ID(weakref));
    for (int64_t i = 0; i < rt_tuple_len(mro); i++) {
        rt_value c = rt_tuple_items(mro)[i];
        if (c == cls)
            continue;
        rt_type_obj *co = rt_type_obj_of(c);
        if (co->tflags & RT_TF_HEAP) {
            /* a base that has the entry (its own statement added it) gave it already */
            if (co->dict && rt_dict_get(rt, co->dict, ID(dict)))
                want_dict = false;
            if (co->dict && rt_dict_get(rt, co->dict, ID(weakref)))
                want_weak = false;
            continue;
        }
        switch (co->inst_type) {
        case RT_T_EXC: want_dict = false; break; /* BaseException has a __dict__ */
        case RT_T_MODULE:
        case RT_T_TYPE: want_dict = want_weak = false; break;
        case RT_T_INT:
        case RT_T_BOOL:
        case RT_T_TUPLE:
        case RT_T_BYTES: want_weak = false; break; /* CPython's variable-sized objects */
        default: break;
        }
    }
    rt_value names[2] = {ID(dict), ID(weakref)};
    bool want[2] = {want_dict, want_weak};
    for (int k = 0; k < 2; k++) {
        if (!want[k] || rt_dict_get(rt, dict, names[k]))
            continue;
        rt_value g = rt__getset_new(rt, names[k], cls, k == 0 ? RT_GETSET_DICT : RT_GETSET_WEAKREF);
        if (!g || rt_dict_set(rt, dict, names[k], g) < 0) {
            rt_decref(rt, g);
            return -1;
        }
        rt_decref(rt, g);
    }
    return 0;
}

const char *const *rt__builtin_getset_names(rt_type_id type)
{
    static const char *const function_names[] = {
        "__code__",    "__defaults__",    "__kwdefaults__", "__globals__",
        "__closure__", "__annotations__", "__builtins__",   NULL};
    return type == RT_T_FUNCTION ? function_names : NULL;
}

/* What a builtin type's __dict__ shows: its namespace's entries, then its own
 * methods and special methods (found through the type, as cls.name finds
 * them) and its instances' data attributes as getset descriptors. A copy:
 * builtin types do not change. New reference, or RT_NULL. */
rt_value rt__builtin_type_dict(rt_state *rt, rt_value t)
{
    rt_type_obj *to = rt_type_obj_of(t);
    rt_value d = to->dict ? rt_dict_copy(rt, to->dict) : rt_dict_new(rt);
    rt_value names = d ? rt_dict_new(rt) : RT_NULL;
    /* (the dict views share the iterators' type id: their own names, as dir() lists them) */
    int view = names && to->inst_type == RT_T_ITER ? rt__view_names(rt, t, names) : 0;
    if (!names || view < 0 || (!view && rt__method_names(rt, (rt_type_id)to->inst_type, names) < 0))
        goto fail;
    int64_t pos = 0;
    rt_value k, v;
    while (rt_dict_next(names, &pos, &k, &v)) {
        if (rt_dict_get(rt, d, k))
            continue;
        rt_value a = rt__type_getattr(rt, t, k);
        if (!a) {
            if (!rt_exc_matches(rt, RT_EXC_AttributeError))
                goto fail;
            rt_exc_clear(rt); /* a name the type's instances answer, not the type */
            continue;
        }
        int r = rt_dict_set(rt, d, k, a);
        rt_decref(rt, a);
        if (r < 0)
            goto fail;
    }
    /* the function's attributes the type itself answers otherwise (its own name, ...) */
    static const char *const function_more[] = {"__name__", "__qualname__", "__dict__",
                                                "__doc__",  "__module__",   NULL};
    const char *const *lists[2] = {rt__builtin_getset_names((rt_type_id)to->inst_type),
                                   to->inst_type == RT_T_FUNCTION ? function_more : NULL};
    for (int l = 0; l < 2; l++)
        for (size_t i = 0; lists[l] && lists[l][i]; i++) {
            const char *const *gs = lists[l];
            rt_value nm = rt_str_from_cstr(rt, gs[i]);
            rt_value g = nm ? rt__getset_new(rt, nm, t, RT_GETSET_BUILTIN) : RT_NULL;
            int r = g ? rt_dict_set(rt, d, nm, g) : -1;
            rt_decref(rt, g);
            rt_decref(rt, nm);
            if (r < 0)
                goto fail;
        }
    rt_decref(rt, names);
    return d;
fail:
    rt_decref(rt, names);
    rt_decref(rt, d);
    return RT_NULL;
}
