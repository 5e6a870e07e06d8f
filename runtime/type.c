/* type.c: the typeinfo slot table, the builtin type objects of a state,
 * exception classes' representation, isinstance and type names. */
#include "runtime/type.h"

#include <string.h>

#include "runtime/builtin.h"
#include "runtime/dict.h"
#include "runtime/gen.h"
#include "runtime/heap.h"
#include "runtime/iter.h"
#include "runtime/list.h"
#include "runtime/num.h"
#include "runtime/range.h"
#include "runtime/set.h"
#include "runtime/slice.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

/* ---- slot records of the immediates and of builtins ------------------------ */

static size_t word_size(const rt_obj *o)
{
    (void)o;
    return sizeof(rt_value);
}

static void no_dealloc(rt_state *rt, rt_obj *o)
{
    (void)rt;
    (void)o;
}

static const rt_typeinfo none_typeinfo = {"NoneType", false, word_size, NULL, NULL, no_dealloc};
static const rt_typeinfo bool_typeinfo = {"bool", false, word_size, NULL, NULL, no_dealloc};
static const rt_typeinfo builtin_typeinfo = {
    "builtin_function_or_method", true, rt__builtin_size, rt__builtin_traverse, rt__builtin_clear,
    rt__builtin_dealloc};

const rt_typeinfo *const rt_typeinfos[RT_T_COUNT] = {
    [RT_T_NONE] = &none_typeinfo,         [RT_T_BOOL] = &bool_typeinfo,
    [RT_T_INT] = &rt__int_typeinfo,       [RT_T_FLOAT] = &rt__float_typeinfo,
    [RT_T_STR] = &rt__str_typeinfo,       [RT_T_TUPLE] = &rt__tuple_typeinfo,
    [RT_T_LIST] = &rt__list_typeinfo,     [RT_T_DICT] = &rt__dict_typeinfo,
    [RT_T_SET] = &rt__set_typeinfo,       [RT_T_RANGE] = &rt__range_typeinfo,
    [RT_T_ITER] = &rt__iter_typeinfo,     [RT_T_FUNCTION] = &rt__function_typeinfo,
    [RT_T_BUILTIN] = &builtin_typeinfo,   [RT_T_CELL] = &rt__cell_typeinfo,
    [RT_T_CODE] = &rt__code_typeinfo,     [RT_T_FRAME] = &rt__frame_typeinfo,
    [RT_T_EXC] = &rt__exc_typeinfo,       [RT_T_TYPE] = &rt__type_typeinfo,
    [RT_T_MODULE] = &rt__module_typeinfo, [RT_T_SLICE] = &rt__slice_typeinfo,
    [RT_T_GENERATOR] = &rt__gen_typeinfo,
};

/* ---- type objects ------------------------------------------------------------ */

static size_t type_size(const rt_obj *o)
{
    (void)o;
    return sizeof(rt_type_obj);
}

static void type_traverse(rt_obj *o, rt_visit_fn visit, void *arg)
{
    rt_type_obj *t = (rt_type_obj *)o;
    if (rt_is_obj(t->name))
        visit(rt_as_obj(t->name), arg);
    if (rt_is_obj(t->base))
        visit(rt_as_obj(t->base), arg);
    if (rt_is_obj(t->dict))
        visit(rt_as_obj(t->dict), arg);
}

static void type_clear(rt_state *rt, rt_obj *o)
{
    rt_type_obj *t = (rt_type_obj *)o;
    rt_value d = t->dict, b = t->base;
    t->dict = RT_NULL;
    t->base = RT_NULL;
    rt_decref(rt, d);
    rt_decref(rt, b);
}

static void type_dealloc(rt_state *rt, rt_obj *o)
{
    rt_type_obj *t = (rt_type_obj *)o;
    type_clear(rt, o);
    rt_decref(rt, t->name);
    rt_obj_free(rt, o, sizeof(rt_type_obj));
}

const rt_typeinfo rt__type_typeinfo = {"type",        false,      type_size,
                                       type_traverse, type_clear, type_dealloc};

static rt_value type_new(rt_state *rt, const char *name, int inst_type, int exc_kind, rt_value base)
{
    rt_value nm = rt_str_intern(rt, name, strlen(name));
    if (!nm)
        return RT_NULL;
    rt_type_obj *t = (rt_type_obj *)rt_obj_alloc(rt, RT_T_TYPE, sizeof(rt_type_obj));
    if (!t) {
        rt_decref(rt, nm);
        return RT_NULL;
    }
    t->inst_type = (int8_t)inst_type;
    t->exc_kind = (int8_t)exc_kind;
    t->name = nm;
    rt_incref(base);
    t->base = base;
    return rt_from_obj(t);
}

int rt__types_init(rt_state *rt)
{
    for (int id = 0; id < RT_T_COUNT; id++) {
        rt_value t = type_new(rt, rt_typeinfos[id]->name, id, -1, RT_NULL);
        if (!t)
            return -1;
        rt->type_objs[id] = t;
    }
    /* bool is a subclass of int */
    rt_value i = rt->type_objs[RT_T_INT];
    rt_incref(i);
    rt_type_obj_of(rt->type_objs[RT_T_BOOL])->base = i;
    return 0;
}

void rt__types_dispose(rt_state *rt)
{
    for (int id = RT_T_COUNT - 1; id >= 0; id--) {
        rt_value t = rt->type_objs[id];
        rt->type_objs[id] = RT_NULL;
        rt_decref(rt, t);
    }
}

rt_value rt_type_new_exc_class(rt_state *rt, const char *name, rt_value base, int kind)
{
    return type_new(rt, name, RT_T_EXC, kind, base);
}

rt_value rt_type_obj_get(rt_state *rt, rt_value v)
{
    rt_type_id id = rt_type_of(v);
    if (id == RT_T_EXC)
        return rt__exc_class(v);
    return rt->type_objs[id];
}

const char *rt_type_obj_name(rt_value t)
{
    return rt_str_data(rt_type_obj_of(t)->name);
}

const char *rt_type_name(rt_value v)
{
    rt_type_id id = rt_type_of(v);
    switch (id) {
    case RT_T_ITER: return rt_iter_kind_name((rt_iter_kind)rt_iter_obj_of(v)->kind);
    case RT_T_EXC: {
        rt_value cls = rt__exc_class(v);
        return cls ? rt_type_obj_name(cls) : "BaseException";
    }
    default: return rt_typeinfos[id]->name;
    }
}

bool rt_type_is_subtype(rt_value t, rt_value base)
{
    for (; t; t = rt_type_obj_of(t)->base)
        if (t == base)
            return true;
    return false;
}

bool rt_isinstance(rt_state *rt, rt_value v, rt_value t)
{
    rt_value vt = rt_type_obj_get(rt, v);
    return vt && rt_type_is_subtype(vt, t);
}

/* ---- the ops.h hooks --------------------------------------------------------- */

rt_value rt__type_getattr(rt_state *rt, rt_value t, rt_value name)
{
    rt_type_obj *to = rt_type_obj_of(t);
    if (rt_str_eq_cstr(name, "__name__") || rt_str_eq_cstr(name, "__qualname__")) {
        rt_incref(to->name);
        return to->name;
    }
    if (rt_str_eq_cstr(name, "__module__")) {
        bool user = to->inst_type == RT_T_EXC && to->exc_kind < 0;
        return rt_str_from_cstr(rt, user ? "__main__" : "builtins");
    }
    if (rt_str_eq_cstr(name, "__base__")) {
        rt_value b = to->base ? to->base : RT_NONE;
        rt_incref(b);
        return b;
    }
    for (rt_value c = t; c; c = rt_type_obj_of(c)->base) {
        rt_type_obj *co = rt_type_obj_of(c);
        if (co->dict) {
            rt_value v = rt_dict_get(rt, co->dict, name);
            if (v) {
                rt_incref(v);
                return v;
            }
        }
    }
    /* unbound methods: str.lower, list.append, dict.fromkeys */
    const rt_builtin_def *def = rt_method_find(rt, (rt_type_id)to->inst_type, name);
    if (def)
        return rt_builtin_unbound_new(rt, def, t);
    return rt_raise(rt, RT_EXC_AttributeError, "type object '%s' has no attribute '%s'",
                    rt_str_data(to->name), rt_str_data(name));
}

rt_value rt__type_repr(rt_state *rt, rt_value t)
{
    rt_type_obj *to = rt_type_obj_of(t);
    bool user = to->inst_type == RT_T_EXC && to->exc_kind < 0;
    return rt_str_printf(rt, "<class '%s%s'>", user ? "__main__." : "", rt_str_data(to->name));
}
