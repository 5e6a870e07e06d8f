/* instattr.c: the VM's fast paths for attributes of instances of user
 * classes (LOAD_ATTR, STORE_ATTR, LOAD_METHOD, and LOAD_METHOD on super()).
 * The name is resolved on the class through the lookup cache (typecache.h),
 * whose entry also says whether the class has attribute hooks, and the
 * instance dict is read and written through the entry's hint (dict.h).
 * Whatever these paths do not handle goes to the generic algorithm
 * (instance.c), so the results are the same by construction. */
#include "runtime/instattr.h"

#include "runtime/class.h"
#include "runtime/dict.h"
#include "runtime/func.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/type.h"
#include "runtime/typecache.h"

/* The cache's entry for name on cls: the hit inline, a miss filled by class.c. */
static inline rt_tcache_entry *entry_of(rt_state *rt, rt_value cls, rt_value name)
{
    rt_tcache_entry *e = rt__tcache_probe(rt, cls, name, RT_NULL, RT_TC_DICTS);
    return e ? e : rt__type_lookup_entry(rt, cls, name);
}

static rt_value *dict_slot(rt_inst *in)
{
    return (rt_type_obj_of(in->cls)->tflags & RT_TF_NODICT) ? NULL : &in->dict;
}

rt_value rt__inst_load_attr(rt_state *rt, rt_value obj, rt_value name, rt_value *getter)
{
    rt_inst *in = rt_inst_of(obj);
    rt_tcache_entry *e = entry_of(rt, in->cls, name);
    if (!e || (e->hooks & RT_TC_HOOK_GETATTRIBUTE))
        return rt->exc ? RT_NULL : rt__inst_getattr(rt, obj, name);
    rt_value d = e->value;
    rt_value *dictp = dict_slot(in);
    if (d) {
        rt_type_id k = rt_type_of(d);
        if (k == RT_T_PROPERTY && rt_is_func(rt_descr_of(d)->a)) {
            *getter = rt_descr_of(d)->a;
            return RT_NULL;
        }
        if (k != RT_T_FUNCTION) /* descriptors, data or not, and plain class attributes */
            return rt__generic_getattr_descr(rt, obj, name, dictp, true, d);
    }
    if (dictp && *dictp) {
        rt_value v = rt__dict_get_hinted(rt, *dictp, name, &e->hint);
        if (v) {
            rt_incref(v);
            return v;
        }
        if (rt->exc)
            return RT_NULL;
    }
    if (d)
        return rt_method_new(rt, d, obj);
    return rt__generic_getattr_descr(rt, obj, name, dictp, true, RT_NULL);
}

int rt__inst_store_attr(rt_state *rt, rt_value obj, rt_value name, rt_value v, rt_value *setter)
{
    rt_inst *in = rt_inst_of(obj);
    rt_tcache_entry *e = entry_of(rt, in->cls, name);
    if (!e || (e->hooks & (RT_TC_HOOK_SETATTR | RT_TC_NAME_SPECIAL)))
        return rt->exc ? -1 : rt_setattr(rt, obj, name, v);
    rt_value d = e->value;
    rt_value *dictp = dict_slot(in);
    if (d) {
        rt_type_id k = rt_type_of(d);
        if (k == RT_T_PROPERTY && rt_is_func(rt_descr_of(d)->b)) {
            *setter = rt_descr_of(d)->b;
            return 0;
        }
        if (k == RT_T_PROPERTY || k == RT_T_MEMBER || k == RT_T_INSTANCE)
            return rt__generic_setattr(rt, obj, name, v, dictp); /* (maybe) a data descriptor */
    }
    if (!dictp)
        return rt__generic_setattr(rt, obj, name, v, dictp);
    if (!*dictp && !(*dictp = rt_dict_new(rt)))
        return -1;
    return rt__dict_set_hinted(rt, *dictp, name, v, &e->hint);
}

rt_value rt__inst_find_method(rt_state *rt, rt_value obj, rt_value name)
{
    rt_inst *in = rt_inst_of(obj);
    rt_tcache_entry *e = entry_of(rt, in->cls, name);
    if (!e || (e->hooks & RT_TC_HOOK_GETATTRIBUTE) || !e->value || !rt_is_func(e->value))
        return RT_NULL;
    rt_value fn = e->value;
    rt_value *dictp = dict_slot(in);
    if (dictp && *dictp && rt__dict_get_hinted(rt, *dictp, name, &e->hint))
        return RT_NULL; /* the instance's own attribute shadows the method */
    return rt->exc ? RT_NULL : fn;
}
