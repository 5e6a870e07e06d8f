/* instattr.c: the VM's fast paths for attributes of instances of user
 * classes (LOAD_ATTR, STORE_ATTR, LOAD_METHOD, and LOAD_METHOD on super()).
 * The name is resolved on the class through the lookup cache (typecache.h),
 * whose entry also says whether the class has attribute hooks and where the
 * name sits in the class's shared keys (shkeys.h): an instance's inline
 * values are read and written at that index (class.h, rt_inst), an
 * instance dict through the entry's hint (dict.h). Whatever these paths do
 * not handle goes to the generic algorithm (instance.c), so the results are
 * the same by construction. */
#include "runtime/instattr.h"

#include "runtime/class.h"
#include "runtime/dict.h"
#include "runtime/func.h"
#include "runtime/shkeys.h"
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

/* name's index in t's shared keys, or -1. A found index holds for ever
 * (the keys only grow, and the entry is t's alone); an absence holds while
 * the keys have as many names as when it was seen. */
static inline int32_t key_index(rt_tcache_entry *e, const rt_type_obj *t, rt_value name)
{
    if (e->kix >= 0)
        return e->kix;
    uint32_t n = t->keys ? t->keys->n : 0;
    if (e->kn == n)
        return -1;
    e->kix = rt__shkeys_find(t->keys, name);
    e->kn = n;
    return e->kix;
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
    if (dictp && !in->dict) {
        const rt_type_obj *t = rt_type_obj_of(in->cls);
        int32_t ix = key_index(e, t, name);
        if (ix >= 0 && (uint32_t)ix < in->vcount) {
            rt_value v = rt__inst_values(in, t->nslots)[ix];
            rt_incref(v);
            return v;
        }
    } else if (dictp) {
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
    if (!in->dict) {
        const rt_type_obj *t = rt_type_obj_of(in->cls);
        int32_t ix = key_index(e, t, name);
        rt_value *vals = rt__inst_values(in, t->nslots);
        if (ix >= 0 && (uint32_t)ix < in->vcount) {
            rt_incref(v);
            rt_value old = vals[ix];
            vals[ix] = v;
            rt_decref(rt, old);
            return 0;
        }
        if (ix >= 0 && (uint32_t)ix == in->vcount && (uint32_t)ix < in->vcap) {
            rt_incref(v);
            vals[ix] = v;
            in->vcount++;
            return 0;
        }
        return rt__inst_value_set(rt, obj, name, v, &e->kix);
    }
    int64_t before = rt_dict_len(in->dict);
    if (rt__dict_set_hinted(rt, in->dict, name, v, &e->hint) < 0)
        return -1;
    return rt_dict_len(in->dict) > before ? rt__inst_keys_note(rt, obj, name, before) : 0;
}

rt_value rt__inst_find_method(rt_state *rt, rt_value obj, rt_value name)
{
    rt_inst *in = rt_inst_of(obj);
    rt_tcache_entry *e = entry_of(rt, in->cls, name);
    if (!e || (e->hooks & RT_TC_HOOK_GETATTRIBUTE) || !e->value || !rt_is_func(e->value))
        return RT_NULL;
    rt_value fn = e->value;
    rt_value *dictp = dict_slot(in);
    if (dictp && !in->dict) {
        int32_t ix = in->vcount ? key_index(e, rt_type_obj_of(in->cls), name) : -1;
        if (ix >= 0 && (uint32_t)ix < in->vcount)
            return RT_NULL; /* the instance's own attribute shadows the method */
    } else if (dictp && rt__dict_get_hinted(rt, *dictp, name, &e->hint)) {
        return RT_NULL;
    }
    return rt->exc ? RT_NULL : fn;
}
