/* class_object.c: the builtin methods of `object` (construction, attribute
 * access, repr/str, comparisons, hashing, format, dir, pickling support) and
 * BaseException's __init__, which every user class inherits. class.c finds
 * them through rt__object_methods and rt__exc_init_def (class.h). */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/builtin.h"
#include "runtime/builtins_mod.h"
#include "runtime/cell.h"
#include "runtime/class.h"
#include "runtime/code.h"
#include "runtime/dict.h"
#include "runtime/exc.h"
#include "runtime/frame.h"
#include "runtime/func.h"
#include "runtime/heap.h"
#include "runtime/list.h"
#include "runtime/mappingproxy.h"
#include "runtime/module.h"
#include "runtime/num.h"
#include "runtime/objid.h"
#include "runtime/sort.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/strbuf.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/typecache.h"

static rt_value own(rt_value v)
{
    rt_incref(v);
    return v;
}

#define ID(x) (rt->ids[RT_ID_##x])

static rt_value dict_find(rt_state *rt, rt_value d, rt_value name)
{
    /* class dicts are keyed by interned str: the get never fails */
    return d ? rt_dict_get(rt, d, name) : RT_NULL;
}

/* TypeError "Can't instantiate abstract class C with abstract methods a, b"
 * (the sorted names of its __abstractmethods__); RT_NULL. */
static rt_value abstract_error(rt_state *rt, rt_value cls)
{
    rt_value am = dict_find(rt, rt_type_obj_of(cls)->dict, rt->ids[RT_ID_abstractmethods]);
    rt_value l = am ? rt_list_from_iter(rt, am) : rt_list_new(rt, 0);
    if (!l || rt_list_sort(rt, l, RT_NULL, false) < 0) {
        rt_decref(rt, l);
        return RT_NULL;
    }
    rt_strbuf sb;
    rt_heap_strbuf_init(rt, &sb);
    for (int64_t i = 0; i < rt_list_len(l); i++) {
        rt_value nm = rt_list_items(l)[i];
        if (i)
            rt_strbuf_append(&sb, ", ", 2);
        if (rt_is_str(nm))
            rt_strbuf_append(&sb, rt_str_data(nm), rt_str_len(nm));
    }
    if (!sb.failed)
        rt_raise(rt, RT_EXC_TypeError,
                 "Can't instantiate abstract class %s with abstract method%s %s",
                 rt_type_obj_name(cls), rt_list_len(l) == 1 ? "" : "s", sb.data ? sb.data : "");
    else
        rt_raise(rt, RT_EXC_MemoryError, "out of memory");
    rt_strbuf_dispose(&sb);
    rt_decref(rt, l);
    return RT_NULL;
}

/* ---- builtin methods of object and BaseException ----------------------------------- */

static rt_value obj_init(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                         rt_value kwnames);

/* True when cls's `name` (__init__ or __new__) is object's own method fn:
 * none of cls's classes defines it, or one sets it to object's. */
static bool is_objects(rt_state *rt, rt_value cls, rt_value name, rt_cfunc fn)
{
    const rt_builtin_def *def = NULL;
    rt_value v = rt__mro_find(rt, cls, RT_NULL, name, &def);
    if (!v)
        return !def || def->fn == fn;
    if (rt_type_of(v) == RT_T_STATICMETHOD)
        v = rt_descr_of(v)->a;
    return rt_type_of(v) == RT_T_BUILTIN && rt_builtin_of(v)->def->fn == fn;
}

/* object.__init__(self, ...) and object.__new__(cls, ...) refuse arguments
 * as CPython's do: object.__init__ takes them when the class overrides
 * __new__ and not __init__, object.__new__ when it overrides __init__ and
 * not __new__; each names object when the class overrides the method that
 * was called, the class otherwise. */
static rt_value obj_init(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                         rt_value kwnames)
{
    (void)args;
    if (nargs > 0 || rt_kw_count(kwnames)) {
        rt_value cls = rt_type_obj_get(rt, self);
        if (!is_objects(rt, cls, ID(init), obj_init))
            return rt_raise(rt, RT_EXC_TypeError,
                            "object.__init__() takes exactly one argument (the instance to "
                            "initialize)");
        if (is_objects(rt, cls, ID(new), rt__object_new))
            return rt_raise(rt, RT_EXC_TypeError,
                            "%s.__init__() takes exactly one argument (the instance to "
                            "initialize)",
                            rt_type_obj_name(cls));
    }
    return RT_NONE;
}

rt_value rt__object_new(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                        rt_value kwnames)
{
    (void)self;
    if (nargs < 1)
        return rt_raise(rt, RT_EXC_TypeError, "object.__new__(): not enough arguments");
    if (rt_type_of(args[0]) != RT_T_TYPE)
        return rt_raise(rt, RT_EXC_TypeError, "object.__new__(X): X is not a type object (%s)",
                        rt_type_name(args[0]));
    rt_value cls = args[0];
    if (rt_type_obj_of(cls)->inst_type == RT_T_EXC &&
        rt_type_is_subtype(cls, rt->exc_types[RT_EXC_BaseExceptionGroup]))
        return rt__exc_group_new(rt, cls, args + 1, nargs - 1);
    if (rt_type_obj_of(cls)->inst_type == RT_T_EXC)
        return rt__exc_from_args(rt, cls, args + 1, nargs - 1);
    rt_type_obj *co = rt_type_obj_of(cls);
    if ((nargs > 1 || rt_kw_count(kwnames)) && co->inst_type == RT_T_INSTANCE) {
        if (!is_objects(rt, cls, ID(new), rt__object_new))
            return rt_raise(rt, RT_EXC_TypeError,
                            "object.__new__() takes exactly one argument (the type to "
                            "instantiate)");
        if (is_objects(rt, cls, ID(init), obj_init))
            return rt_raise(rt, RT_EXC_TypeError, "%s() takes no arguments", rt_type_obj_name(cls));
    }
    if (co->tflags & RT_TF_ABSTRACT)
        return abstract_error(rt, cls);
    if (co->inst_type != RT_T_INSTANCE || co->native) {
        /* CPython names the first class up the bases without a Python __new__ */
        rt_value sb = cls;
        while (rt_type_is_heap(sb) && rt_type_obj_of(sb)->base &&
               dict_find(rt, rt_type_obj_of(sb)->dict, ID(new)))
            sb = rt_type_obj_of(sb)->base;
        return rt_raise(rt, RT_EXC_TypeError, "object.__new__(%s) is not safe, use %s.__new__()",
                        rt_type_obj_name(cls), rt_type_obj_name(sb));
    }
    return rt_inst_new(rt, cls);
}

static rt_value obj_setattr(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                            rt_value kwnames)
{
    if (rt_args_range(rt, "__setattr__", nargs, kwnames, 2, 2) < 0)
        return RT_NULL;
    if (!rt_is_str(args[0]))
        return rt_raise(rt, RT_EXC_TypeError, "attribute name must be string, not '%s'",
                        rt_type_name(args[0]));
    rt_value *dp = rt__dict_slot(self);
    /* an instance with __slots__ only: its slot descriptors, never the class's own
     * __setattr__ (object.__setattr__ is how that one stores) */
    if (!dp && !rt_is_inst(self))
        return rt_setattr(rt, self, args[0], args[1]) < 0 ? RT_NULL : RT_NONE;
    return rt__generic_setattr(rt, self, args[0], args[1], dp) < 0 ? RT_NULL : RT_NONE;
}

static rt_value obj_delattr(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                            rt_value kwnames)
{
    if (rt_args_range(rt, "__delattr__", nargs, kwnames, 1, 1) < 0)
        return RT_NULL;
    rt_value *dp = rt__dict_slot(self);
    if (!dp && !rt_is_inst(self))
        return rt_raise(rt, RT_EXC_AttributeError, "'%s' object has no attribute '%s'",
                        rt_type_name(self), rt_str_data(args[0]));
    return rt__generic_setattr(rt, self, args[0], RT_NULL, dp) < 0 ? RT_NULL : RT_NONE;
}

static rt_value obj_getattribute(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                                 rt_value kwnames)
{
    if (rt_args_range(rt, "__getattribute__", nargs, kwnames, 1, 1) < 0)
        return RT_NULL;
    if (!rt_is_str(args[0]))
        return rt_raise(rt, RT_EXC_TypeError, "attribute name must be string, not '%s'",
                        rt_type_name(args[0]));
    rt_value *dp = rt__dict_slot(self);
    /* (an instance of a class with __slots__ only has no dict: still the generic
     * lookup, never the class's own __getattribute__ again) */
    if (!dp && !rt_is_inst(self))
        return rt_getattr(rt, self, args[0]);
    return rt__generic_getattr(rt, self, args[0], dp, false);
}

static rt_value obj_repr(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                         rt_value kwnames)
{
    (void)args;
    if (rt_args_none(rt, "__repr__", nargs, kwnames) < 0)
        return RT_NULL;
    if (rt_is_exc(self))
        return rt__exc_repr(rt, self);
    rt_value t = rt_type_obj_get(rt, self);
    rt_type_obj *to = rt_type_obj_of(t);
    rt_value mod = to->dict ? dict_find(rt, to->dict, ID(module)) : RT_NULL;
    rt_value qn = to->qualname ? to->qualname : to->name;
    if (mod && rt_is_str(mod) && strcmp(rt_str_data(mod), "builtins"))
        return rt_str_printf(rt, "<%s.%s object at 0x%" PRIx64 ">", rt_str_data(mod),
                             rt_str_data(qn), rt__objid_of_value(rt, self));
    return rt_str_printf(rt, "<%s object at 0x%" PRIx64 ">", rt_str_data(qn),
                         rt__objid_of_value(rt, self));
}

static rt_value obj_str(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                        rt_value kwnames)
{
    (void)args;
    if (rt_args_none(rt, "__str__", nargs, kwnames) < 0)
        return RT_NULL;
    if (rt_is_exc(self))
        return rt__exc_str(rt, self);
    return rt_repr(rt, self);
}

static rt_value obj_eq(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                       rt_value kwnames)
{
    if (rt_args_range(rt, "__eq__", nargs, kwnames, 1, 1) < 0)
        return RT_NULL;
    return self == args[0] ? RT_TRUE : own(rt->notimpl);
}

static rt_value obj_ne(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                       rt_value kwnames)
{
    if (rt_args_range(rt, "__ne__", nargs, kwnames, 1, 1) < 0)
        return RT_NULL;
    rt_value eq = rt_type_lookup(rt, rt_type_obj_get(rt, self), ID(eq));
    if (!eq)
        return self == args[0] ? RT_FALSE : own(rt->notimpl);
    rt_value r = rt__call_special(rt, eq, self, args, 1);
    if (!r || r == rt->notimpl)
        return r;
    int t = rt_truthy(rt, r);
    rt_decref(rt, r);
    return t < 0 ? RT_NULL : rt_bool(!t);
}

static rt_value obj_hash(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                         rt_value kwnames)
{
    (void)args;
    if (rt_args_none(rt, "__hash__", nargs, kwnames) < 0)
        return RT_NULL;
    int64_t h = (int64_t)(rt__objid(rt, rt_as_obj(self)) >> 1); /* as instance.c's default */
    return rt_int_from_i64(rt, h);
}

static rt_value obj_init_subclass(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                                  rt_value kwnames)
{
    (void)args;
    (void)nargs;
    if (rt_kw_count(kwnames)) /* CPython names the class being made */
        return rt_raise(rt, RT_EXC_TypeError, "%s.__init_subclass__() takes no keyword arguments",
                        rt_type_of(self) == RT_T_TYPE ? rt_type_obj_name(self) : "object");
    return RT_NONE;
}

static rt_value obj_format(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                           rt_value kwnames)
{
    if (rt_args_range(rt, "__format__", nargs, kwnames, 1, 1) < 0)
        return RT_NULL;
    if (!rt_is_str(args[0]))
        return rt_raise(rt, RT_EXC_TypeError, "__format__() argument must be str, not %s",
                        rt_type_name(args[0]));
    if (rt_str_len(args[0]))
        return rt_raise(rt, RT_EXC_TypeError, "unsupported format string passed to %s.__format__",
                        rt_type_name(self));
    return rt_str(rt, self);
}

static rt_value exc_init(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                         rt_value kwnames)
{
    if (!rt_is_exc(self))
        return rt_raise(rt, RT_EXC_TypeError,
                        "descriptor '__init__' requires a 'BaseException' "
                        "object");
    if (rt_kw_count(kwnames))
        return rt_raise(rt, RT_EXC_TypeError, "%s() takes no keyword arguments",
                        rt_type_name(self));
    rt_value t = rt_tuple_from(rt, args, (int64_t)nargs);
    if (!t)
        return RT_NULL;
    rt_value old = rt_exc_of(self)->args;
    rt_exc_of(self)->args = t;
    rt_decref(rt, old);
    return RT_NONE;
}

/* object.__dir__(): the default listing, which a class's own __dir__ extends
 * through super().__dir__(). */
static rt_value obj_dir(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                        rt_value kwnames)
{
    (void)args;
    if (rt_args_none(rt, "__dir__", nargs, kwnames) < 0)
        return RT_NULL;
    return rt__dir_default(rt, self);
}

/* object's rich comparisons other than ==/!=: NotImplemented, so that the
 * reflected operand is tried and then the operator's TypeError. */
static rt_value obj_ordering(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                             rt_value kwnames)
{
    (void)self;
    (void)args;
    if (rt_args_one(rt, "comparison", nargs, kwnames) < 0)
        return RT_NULL;
    return own(rt->notimpl);
}

/* object.__subclasshook__(...): NotImplemented, which leaves the decision to
 * the ordinary subclass check. */
static rt_value obj_subclasshook(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                                 rt_value kwnames)
{
    (void)self;
    (void)args;
    (void)nargs;
    (void)kwnames;
    return own(rt->notimpl);
}

static rt_value obj_sizeof(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                           rt_value kwnames)
{
    (void)args;
    if (rt_args_none(rt, "__sizeof__", nargs, kwnames) < 0)
        return RT_NULL;
    return rt_int_from_i64(rt, (int64_t)rt_value_sizeof(self));
}

/* copyreg.<fn>(self, *args): the defaults of the reduce protocol are written
 * in Python there (stdlib/copyreg.py). */
static rt_value call_copyreg(rt_state *rt, const char *fn, rt_value self, const rt_value *args,
                             size_t nargs)
{
    rt_value f = rt_import_attr(rt, "copyreg", fn);
    rt_value all[2] = {self, nargs ? args[0] : RT_NONE};
    rt_value r = f ? rt_call(rt, f, all, 1 + nargs, RT_NULL) : RT_NULL;
    rt_decref(rt, f);
    return r;
}

static rt_value obj_getstate(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                             rt_value kwnames)
{
    if (rt_args_none(rt, "__getstate__", nargs, kwnames) < 0)
        return RT_NULL;
    return call_copyreg(rt, "_getstate", self, args, 0);
}

/* object.__reduce_ex__(protocol) and __reduce__() (protocol 0). */
static rt_value obj_reduce_ex(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                              rt_value kwnames)
{
    if (rt_args_one(rt, "__reduce_ex__", nargs, kwnames) < 0)
        return RT_NULL;
    if (!rt_is_intlike(args[0]))
        return rt_raise(rt, RT_EXC_TypeError, "'%s' object cannot be interpreted as an integer",
                        rt_type_name(args[0]));
    return call_copyreg(rt, "_object_reduce_ex", self, args, 1);
}

static rt_value obj_reduce(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                           rt_value kwnames)
{
    (void)args;
    if (rt_args_none(rt, "__reduce__", nargs, kwnames) < 0)
        return RT_NULL;
    rt_value zero = rt_smallint(0);
    return call_copyreg(rt, "_object_reduce_ex", self, &zero, 1);
}

const rt_builtin_def rt__object_methods[] = {
    {"__init__", obj_init},
    {"__new__", rt__object_new},
    {"__setattr__", obj_setattr},
    {"__delattr__", obj_delattr},
    {"__getattribute__", obj_getattribute},
    {"__repr__", obj_repr},
    {"__str__", obj_str},
    {"__eq__", obj_eq},
    {"__ne__", obj_ne},
    {"__hash__", obj_hash},
    {"__init_subclass__", obj_init_subclass},
    {"__format__", obj_format},
    {"__dir__", obj_dir},
    {"__lt__", obj_ordering},
    {"__le__", obj_ordering},
    {"__gt__", obj_ordering},
    {"__ge__", obj_ordering},
    {"__subclasshook__", obj_subclasshook},
    {"__sizeof__", obj_sizeof},
    {"__getstate__", obj_getstate},
    {"__reduce_ex__", obj_reduce_ex},
    {"__reduce__", obj_reduce},
    {NULL, NULL},
};

const size_t rt__object_methods_count = sizeof rt__object_methods / sizeof rt__object_methods[0];

const rt_builtin_def rt__exc_init_def = {"__init__", exc_init};
