/* mod_types.c: the `_types` module, what stdlib/types.py needs from the
 * runtime: marking a generator function's code as an iterable coroutine
 * (types.coroutine), so that `await` takes its generators (gen.c refuses
 * other generators, as CPython does); and the name the library's stand-ins
 * for CPython's C types give in errors (set_c_name). */
#include "runtime/builtin.h"
#include "runtime/code.h"
#include "runtime/dict.h"
#include "runtime/func.h"
#include "runtime/module.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/type.h"

/* mark_iterable_coroutine(func): sets RT_CO_ITERABLE_COROUTINE on the code
 * of func, a generator function; returns None. TypeError for anything else.
 * The code object is changed in place (CPython replaces func.__code__ with
 * a flagged copy): every function made from that code becomes one. */
static rt_value mark_iterable_coroutine(rt_state *rt, rt_value self, const rt_value *args,
                                        size_t nargs, rt_value kwnames)
{
    (void)self;
    if (rt_args_one(rt, "mark_iterable_coroutine", nargs, kwnames) < 0)
        return RT_NULL;
    if (!rt_is_func(args[0]) || !(rt_func_of(args[0])->code->flags & RT_CO_GENERATOR))
        return rt_raise(rt, RT_EXC_TypeError, "a generator function is required, not %s",
                        rt_type_name(args[0]));
    rt_func_of(args[0])->code->flags |= RT_CO_ITERABLE_COROUTINE;
    return RT_NONE;
}

/* set_c_name(cls, name): the name errors give cls's own instances
 * ("unsupported operand type(s) for +: 'datetime.date' and 'int'"), for a
 * library class that CPython implements as a C type named with its module;
 * returns None. cls's __name__, __qualname__ and repr do not change. */
static rt_value set_c_name(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                           rt_value kwnames)
{
    (void)self;
    if (rt_args_range(rt, "set_c_name", nargs, kwnames, 2, 2) < 0)
        return RT_NULL;
    if (rt_type_of(args[0]) != RT_T_TYPE || !rt_is_str(args[1]))
        return rt_raise(rt, RT_EXC_TypeError, "set_c_name() takes a class and a str");
    rt_type_obj *to = rt_type_obj_of(args[0]);
    rt_incref(args[1]);
    rt_value old = to->tpname;
    to->tpname = args[1];
    rt_decref(rt, old);
    return RT_NONE;
}

static const rt_builtin_def types_functions[] = {
    {"mark_iterable_coroutine", mark_iterable_coroutine},
    {"set_c_name", set_c_name},
    {NULL, NULL},
};

int rt__mod_types_fill(rt_state *rt, rt_value d)
{
    return rt__module_add_funcs(rt, d, types_functions);
}
