/* mod_types.c: the `_types` module, what stdlib/types.py needs from the
 * runtime: marking a generator function's code as an iterable coroutine
 * (types.coroutine), so that `await` takes its generators (gen.c refuses
 * other generators, as CPython does). */
#include "runtime/builtin.h"
#include "runtime/code.h"
#include "runtime/dict.h"
#include "runtime/func.h"
#include "runtime/module.h"
#include "runtime/state.h"
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

static const rt_builtin_def types_functions[] = {
    {"mark_iterable_coroutine", mark_iterable_coroutine},
    {NULL, NULL},
};

int rt__mod_types_fill(rt_state *rt, rt_value d)
{
    return rt__module_add_funcs(rt, d, types_functions);
}
