/* vm_call.c: calls from C into Python: rt_call's dispatch by the callable's
 * type (a Python function runs in a nested dispatch loop, a builtin is its C
 * function, a class makes an instance, a bound method puts its receiver
 * first), rt__call_function, and the nested loops' depth limit
 * (rt__vm_nest_check, rt__vm_resume). The dispatch loop itself is vm.c. */
#include "runtime/vm.h"

#include <stdlib.h>
#include <string.h>

#include "runtime/builtin.h"
#include "runtime/builtins_mod.h"
#include "runtime/class.h"
#include "runtime/exc.h"
#include "runtime/frame.h"
#include "runtime/func.h"
#include "runtime/iter.h"
#include "runtime/list.h"
#include "runtime/lru.h"
#include "runtime/nest.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/weakref.h"

/* Nested loops (rt_call from C) deeper than this raise RecursionError: they
 * use the C stack. */
#define RT_MAX_C_DEPTH 400

rt_value rt__call_function(rt_state *rt, rt_value func, const rt_value *args, size_t nargs,
                           rt_value kwnames)
{
    if (rt->c_depth >= RT_MAX_C_DEPTH)
        return rt_raise(rt, RT_EXC_RecursionError, "maximum recursion depth exceeded");
    rt_frame *f = rt__vm_push_call(rt, func, args, nargs, kwnames);
    if (!f)
        return RT_NULL;
    f->is_entry = 1;
    rt->c_depth++;
    rt_value res = RT_NULL;
    rt_status st = rt__vm_run(rt, NULL, &res);
    rt->c_depth--;
    return st == RT_DONE ? res : RT_NULL;
}

rt_value rt_call(rt_state *rt, rt_value callable, const rt_value *args, size_t nargs,
                 rt_value kwnames)
{
    /* builtins calling builtins (iter(it.__next__, None) over another, a
     * partial of a partial) use the C stack without a nested loop to
     * count: the stack budget (nest.h) ends such a chain */
    if (__builtin_expect(rt__stack_exhausted(rt->stack_base), 0))
        return rt_raise(rt, RT_EXC_RecursionError, "maximum recursion depth exceeded");
    if (rt_is_obj(callable)) {
        switch (rt_as_obj(callable)->type) {
        case RT_T_FUNCTION: return rt__call_function(rt, callable, args, nargs, kwnames);
        case RT_T_BUILTIN:
            if (!(rt_as_obj(callable)->flags & RT_BUILTIN_F_UNBOUND)) {
                /* a builtin function (sorted, len, a bound d.get): its C
                 * function at once, as rt_builtin_call calls it */
                const rt_builtin *b = rt_builtin_of(callable);
                return b->def->fn(rt, b->self, args, nargs, kwnames);
            }
            return rt_builtin_call(rt, callable, args, nargs, kwnames);
        case RT_T_TYPE:
            if (nargs == 1 && kwnames == RT_NULL) {
                /* tuple(x), list(x), str(x): what rt__type_call makes of
                 * them, without its dispatch and argument checks */
                if (callable == rt->type_objs[RT_T_TUPLE])
                    return rt_tuple_from_iter(rt, args[0]);
                if (callable == rt->type_objs[RT_T_LIST])
                    return rt_list_from_iter(rt, args[0]);
                if (callable == rt->type_objs[RT_T_STR])
                    return rt_str(rt, args[0]);
            }
            if (rt_type_obj_of(callable)->inst_type == RT_T_ITER) /* enumerate(x), zip(a, b) */
                return rt__iter_type_call(rt, callable, args, nargs, kwnames);
            if (rt_type_is_heap(callable))
                return rt__class_call(rt, callable, args, nargs, kwnames);
            if (rt_is_exc_class(callable))
                return rt__exc_call(rt, callable, args, nargs, kwnames);
            return rt__type_call(rt, callable, args, nargs, kwnames);
        case RT_T_METHOD: {
            /* the receiver goes first */
            rt_descr *m = rt_descr_of(callable);
            size_t nkw = rt_kw_count(kwnames);
            rt_value small[16];
            rt_value *all = small;
            if (nargs + nkw + 1 > 16 && !(all = malloc((nargs + nkw + 1) * sizeof(rt_value))))
                return rt_raise(rt, RT_EXC_MemoryError, "out of memory");
            all[0] = m->b;
            if (nargs + nkw)
                memcpy(all + 1, args, (nargs + nkw) * sizeof(rt_value));
            rt_incref(callable); /* the call may drop the last other reference */
            rt_value r = rt_call(rt, m->a, all, nargs + 1, kwnames);
            rt_decref(rt, callable);
            if (all != small)
                free(all);
            return r;
        }
        case RT_T_STATICMETHOD: return rt_call(rt, rt_descr_of(callable)->a, args, nargs, kwnames);
        case RT_T_INSTANCE:
        case RT_T_EXC: /* an exception class may define __call__ (webob's responses) */
            return rt__inst_call(rt, callable, args, nargs, kwnames);
        case RT_T_WEAKREF: return rt__weakref_call(rt, callable, args, nargs, kwnames);
        case RT_T_LRU: return rt__lru_call(rt, callable, args, nargs, kwnames);
        default: break;
        }
    }
    return rt_raise(rt, RT_EXC_TypeError, "'%s' object is not callable", rt_type_name(callable));
}

int rt__vm_nest_check(rt_state *rt)
{
    if (rt->c_depth >= RT_MAX_C_DEPTH) {
        rt_raise(rt, RT_EXC_RecursionError, "maximum recursion depth exceeded");
        return -1;
    }
    return 0;
}

rt_status rt__vm_resume(rt_state *rt, rt_frame *f, rt_value *result)
{
    f->is_entry = 1;
    rt->c_depth++;
    rt_status st = rt__vm_run(rt, NULL, result);
    rt->c_depth--;
    return st;
}
