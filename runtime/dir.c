/* dir.c: dir(): a class's or metaclass's own __dir__, sorted, or the default
 * listing (object.__dir__): an object's own dict keys, its class's attributes
 * along the MRO (a builtin type's from its method tables) and its slots, sorted. */
#include "runtime/class.h"
#include "runtime/dict.h"
#include "runtime/iter.h"
#include "runtime/list.h"
#include "runtime/ops.h"
#include "runtime/sort.h"
#include "runtime/state.h"
#include "runtime/tuple.h"
#include "runtime/type.h"

#define ID(x) (rt->ids[RT_ID_##x])

static int add_keys(rt_state *rt, rt_value set, rt_value d)
{
    if (!d)
        return 0;
    int64_t pos = 0;
    rt_value k, v;
    while (rt_dict_next(d, &pos, &k, &v))
        if (rt_dict_set(rt, set, k, RT_NONE) < 0)
            return -1;
    return 0;
}

static int add_type_names(rt_state *rt, rt_value set, rt_value t)
{
    rt_type_obj *to = rt_type_obj_of(t);
    int64_t n = to->mro ? rt_tuple_len(to->mro) : 0;
    for (int64_t i = -1; i < n; i++) {
        rt_value c = i < 0 ? t : rt_tuple_items(to->mro)[i];
        rt_type_obj *co = rt_type_obj_of(c);
        if (add_keys(rt, set, co->dict) < 0)
            return -1;
        /* a builtin type's methods live in its C tables, not in its dict */
        if (!(co->tflags & RT_TF_HEAP) && c != rt->type_objs[RT_T_INSTANCE]) {
            int view = co->inst_type == RT_T_ITER ? rt__view_names(rt, c, set) : 0;
            if (view < 0 || (!view && rt__method_names(rt, (rt_type_id)co->inst_type, set) < 0))
                return -1;
        }
        if (c == rt->type_objs[RT_T_INSTANCE]) {
            static const char *const extra[] = {
                "__class__",   "__delattr__", "__dir__",           "__doc__",          "__eq__",
                "__format__",  "__ge__",      "__getattribute__",  "__getstate__",     "__gt__",
                "__hash__",    "__init__",    "__init_subclass__", "__le__",           "__lt__",
                "__ne__",      "__new__",     "__reduce__",        "__reduce_ex__",    "__repr__",
                "__setattr__", "__sizeof__",  "__str__",           "__subclasshook__", NULL};
            for (int j = 0; extra[j]; j++)
                if (rt_dict_set_cstr(rt, set, extra[j], RT_NONE) < 0)
                    return -1;
        }
    }
    return 0;
}

rt_value rt__dir(rt_state *rt, rt_value v)
{
    rt_value dm = rt__special(rt, v, RT_ID_dir);
    if (dm) {
        /* a __dir__ of v's class (or metaclass): its result, sorted */
        rt_value r = rt__call_special(rt, dm, v, NULL, 0);
        rt_value l = r ? rt_list_from_iter(rt, r) : RT_NULL;
        rt_decref(rt, r);
        if (l && rt_list_sort(rt, l, RT_NULL, false) < 0) {
            rt_decref(rt, l);
            return RT_NULL;
        }
        return l;
    }
    return rt__dir_default(rt, v);
}

rt_value rt__dir_default(rt_state *rt, rt_value v)
{
    rt_value set = rt_dict_new(rt);
    if (!set)
        return RT_NULL;
    int r = 0;
    if (rt_type_of(v) == RT_T_TYPE) {
        r = add_type_names(rt, set, v);
    } else if (rt_type_of(v) == RT_T_MODULE || rt_type_of(v) == RT_T_FUNCTION) {
        rt_value d = rt_getattr(rt, v, ID(dict));
        r = d ? add_keys(rt, set, d) : -1;
        rt_decref(rt, d);
    } else {
        rt_value *dp = rt__dict_slot(v);
        if (dp && !*dp && rt_is_inst(v) && rt_inst_of(v)->vcount && !rt__inst_dict_get(rt, v))
            r = -1;
        if (dp && r == 0)
            r = add_keys(rt, set, *dp);
        if (r == 0)
            r = add_type_names(rt, set, rt_type_obj_get(rt, v));
        rt_type_obj *to = rt_type_obj_of(rt_type_obj_get(rt, v));
        if (r == 0 && to->slots)
            for (int64_t i = 0; i < rt_tuple_len(to->slots) && r == 0; i++)
                r = rt_dict_set(rt, set, rt_tuple_items(to->slots)[i], RT_NONE);
    }
    rt_value l = r == 0 ? rt_list_new(rt, 0) : RT_NULL;
    if (l) {
        int64_t pos = 0;
        rt_value k, x;
        while (rt_dict_next(set, &pos, &k, &x) && r == 0)
            r = rt_list_append(rt, l, k);
        if (r == 0)
            r = rt_list_sort(rt, l, RT_NULL, false);
        if (r < 0) {
            rt_decref(rt, l);
            l = RT_NULL;
        }
    }
    rt_decref(rt, set);
    return l;
}
