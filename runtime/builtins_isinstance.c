/* builtins_isinstance.c: isinstance() and issubclass() as CPython decides
 * them: the exact class first, then a metaclass __instancecheck__ /
 * __subclasscheck__, a __class__ the object claims, and objects that act as
 * classes through a tuple __bases__ (abstract classes). */
#include "runtime/builtins_mod.h"

#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/builtin.h"
#include "runtime/class.h"
#include "runtime/complex.h"
#include "runtime/dict.h"
#include "runtime/exc.h"
#include "runtime/exec.h"
#include "runtime/frame.h"
#include "runtime/gen.h"
#include "runtime/heap.h"
#include "runtime/iter.h"
#include "runtime/itertools.h"
#include "runtime/list.h"
#include "runtime/lru.h"
#include "runtime/module.h"
#include "runtime/num.h"
#include "runtime/objid.h"
#include "runtime/sort.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/strbuf.h"
#include "runtime/sys_stdin.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/utf8.h"
#include "runtime/vm.h"

#define CHECK_RANGE(name, lo, hi)                                                                  \
    do {                                                                                           \
        (void)self;                                                                                \
        if (rt_args_range(rt, name, nargs, kwnames, lo, hi) < 0)                                   \
            return RT_NULL;                                                                        \
    } while (0)

/* An object of a class with the check's method (__instancecheck__ or
 * __subclasscheck__: types.UnionType, typing's aliases): the truth of
 * spec.<check>(x), or -2 when its class has no such method. */
static int object_check(rt_state *rt, rt_value spec, rt_value x, rt_id check)
{
    rt_value m = rt__special(rt, spec, check);
    if (!m || m == RT_NONE)
        return -2;
    rt_value r = rt__call_special(rt, m, spec, &x, 1);
    if (!r)
        return -1;
    int t = rt_truthy(rt, r);
    rt_decref(rt, r);
    return t;
}

/* x.__class__ when it differs from type(x) (a class defining __class__, as a property
 * or a plain attribute, or its own __getattribute__): a new reference; RT_NULL with no
 * exception when it is type(x) or x has none, RT_NULL with an exception on an error other
 * than AttributeError. */
static rt_value claimed_class(rt_state *rt, rt_value x)
{
    if (rt_type_of(x) != RT_T_INSTANCE)
        return RT_NULL;
    rt_value t = rt_inst_of(x)->cls;
    if (!rt_type_lookup(rt, t, rt->ids[RT_ID_class]) &&
        !rt_type_lookup(rt, t, rt->ids[RT_ID_getattribute]))
        return RT_NULL;
    rt_value c = rt_getattr(rt, x, rt->ids[RT_ID_class]);
    if (!c && rt_exc_matches(rt, RT_EXC_AttributeError))
        rt_exc_clear(rt);
    if (c && c == t) {
        rt_decref(rt, c);
        c = RT_NULL;
    }
    return c;
}

bool rt__class_attr_plain(rt_state *rt, rt_value cls)
{
    return !rt_type_lookup(rt, cls, rt->ids[RT_ID_class]) &&
           !rt_type_lookup(rt, cls, rt->ids[RT_ID_getattribute]);
}

/* x.__bases__ when it is a tuple (a new reference), else RT_NULL; RT_NULL with an
 * exception on an error other than AttributeError. */
static rt_value abstract_bases(rt_state *rt, rt_value x)
{
    rt_value b = rt_getattr(rt, x, rt->ids[RT_ID_bases]);
    if (!b) {
        if (rt_exc_matches(rt, RT_EXC_AttributeError))
            rt_exc_clear(rt);
        return RT_NULL;
    }
    if (!rt_is_tuple(b)) {
        rt_decref(rt, b);
        return RT_NULL;
    }
    return b;
}

/* Whether cls is reached from derived through __bases__ attributes (objects that act
 * as classes without being types): 1/0, -1 on error. */
static int abstract_subclass(rt_state *rt, rt_value derived, rt_value cls)
{
    if (derived == cls)
        return 1;
    rt_value bases = abstract_bases(rt, derived);
    if (!bases)
        return rt->exc ? -1 : 0;
    if (rt__nest_enter(rt, " in __subclasscheck__") < 0) {
        rt_decref(rt, bases);
        return -1;
    }
    int r = 0;
    for (int64_t i = 0; i < rt_tuple_len(bases) && r == 0; i++)
        r = abstract_subclass(rt, rt_tuple_get(bases, i), cls);
    rt__nest_leave(rt);
    rt_decref(rt, bases);
    return r;
}

/* Whether x acts as a class: a type, or an object with a tuple __bases__. 1/0, -1. */
static int acts_as_class(rt_state *rt, rt_value x)
{
    if (rt_type_of(x) == RT_T_TYPE)
        return 1;
    rt_value b = abstract_bases(rt, x);
    if (!b)
        return rt->exc ? -1 : 0;
    rt_decref(rt, b);
    return 1;
}

/* isinstance without a metaclass hook: type(v)'s subclasses, then the class v claims
 * through __class__; for a cls that is not a type, its __bases__. 1/0, -1 on error. */
static int plain_isinstance(rt_state *rt, rt_value v, rt_value cls)
{
    if (rt_type_of(cls) == RT_T_TYPE) {
        if (rt_isinstance(rt, v, cls))
            return 1;
        rt_value c = claimed_class(rt, v);
        if (!c)
            return rt->exc ? -1 : 0;
        int r = rt_type_of(c) == RT_T_TYPE && rt_type_is_subtype(c, cls);
        rt_decref(rt, c);
        return r;
    }
    int k = acts_as_class(rt, cls);
    if (k <= 0) {
        if (k == 0)
            rt_raise(rt, RT_EXC_TypeError,
                     "isinstance() arg 2 must be a type, a tuple of types, or a union");
        return -1;
    }
    rt_value c = rt_getattr(rt, v, rt->ids[RT_ID_class]);
    if (!c) {
        if (!rt_exc_matches(rt, RT_EXC_AttributeError))
            return -1;
        rt_exc_clear(rt);
        return 0;
    }
    int r = abstract_subclass(rt, c, cls);
    rt_decref(rt, c);
    return r;
}

/* isinstance with a type, a (nested) tuple of types or an object with
 * __instancecheck__ (int | str): 1/0, -1 on error. As CPython's: an object of exactly
 * the class is an instance without asking; otherwise a metaclass's __instancecheck__
 * decides (its answer's truth), and without one the plain check does. */
static int isinstance_spec(rt_state *rt, rt_value v, rt_value spec)
{
    if (rt_type_of(spec) == RT_T_TYPE) {
        if (rt_type_obj_get(rt, v) == spec)
            return 1;
        if (rt_type_obj_of(spec)->meta) {
            int r = rt__meta_check(rt, spec, v, false);
            if (r != -2)
                return r;
        }
        return plain_isinstance(rt, v, spec);
    }
    if (rt_is_tuple(spec)) {
        if (rt__nest_enter(rt, " in __instancecheck__") < 0)
            return -1;
        int r = 0;
        for (int64_t i = 0; i < rt_tuple_len(spec) && r == 0; i++)
            r = isinstance_spec(rt, v, rt_tuple_get(spec, i));
        rt__nest_leave(rt);
        return r;
    }
    int r = rt__is_user_obj(spec) ? object_check(rt, spec, v, RT_ID_instancecheck) : -2;
    if (r != -2)
        return r;
    return plain_isinstance(rt, v, spec);
}

rt_value rt__bi_isinstance(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                           rt_value kwnames)
{
    CHECK_RANGE("isinstance", 2, 2);
    int r = isinstance_spec(rt, args[0], args[1]);
    return r < 0 ? RT_NULL : rt_bool(r);
}

/* issubclass without a metaclass hook: between types, the MRO; otherwise both must act
 * as classes and __bases__ decides. 1/0, -1 on error. */
static int plain_subclass(rt_state *rt, rt_value c, rt_value spec)
{
    if (rt_type_of(c) == RT_T_TYPE && rt_type_of(spec) == RT_T_TYPE)
        return rt_type_is_subtype(c, spec);
    int k = acts_as_class(rt, c);
    if (k <= 0) {
        if (k == 0)
            rt_raise(rt, RT_EXC_TypeError, "issubclass() arg 1 must be a class");
        return -1;
    }
    k = acts_as_class(rt, spec);
    if (k <= 0) {
        if (k == 0)
            rt_raise(rt, RT_EXC_TypeError,
                     "issubclass() arg 2 must be a class, a tuple of classes, or a union");
        return -1;
    }
    return abstract_subclass(rt, c, spec);
}

/* issubclass with a class, a (nested) tuple of classes or an object with
 * __subclasscheck__. */
static int subclass_spec(rt_state *rt, rt_value c, rt_value spec)
{
    if (rt_type_of(spec) == RT_T_TYPE) {
        if (rt_type_obj_of(spec)->meta) {
            int r = rt__meta_check(rt, spec, c, true);
            if (r != -2)
                return r;
        }
        return plain_subclass(rt, c, spec);
    }
    if (rt_is_tuple(spec)) {
        if (rt__nest_enter(rt, " in __subclasscheck__") < 0)
            return -1;
        int r = 0;
        for (int64_t i = 0; i < rt_tuple_len(spec) && r == 0; i++)
            r = subclass_spec(rt, c, rt_tuple_get(spec, i));
        rt__nest_leave(rt);
        return r;
    }
    int r = rt__is_user_obj(spec) ? object_check(rt, spec, c, RT_ID_subclasscheck) : -2;
    if (r != -2)
        return r;
    return plain_subclass(rt, c, spec);
}

rt_value rt__bi_issubclass(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                           rt_value kwnames)
{
    CHECK_RANGE("issubclass", 2, 2);
    int r = subclass_spec(rt, args[0], args[1]);
    return r < 0 ? RT_NULL : rt_bool(r);
}
