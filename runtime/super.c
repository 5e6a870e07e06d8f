/* super.c: super(): the zero-argument form's class and receiver read from
 * the running frame's __class__ cell and first argument, attribute lookup
 * on super objects (the MRO after the given class, descriptors bound to the
 * receiver), and the method lookup the VM's super call sites use without
 * making a super object. */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "runtime/builtin.h"
#include "runtime/cell.h"
#include "runtime/class.h"
#include "runtime/code.h"
#include "runtime/exc.h"
#include "runtime/frame.h"
#include "runtime/func.h"
#include "runtime/heap.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"

#define ID(x) (rt->ids[RT_ID_##x])

static rt_value own(rt_value v)
{
    rt_incref(v);
    return v;
}

/* ---- super ------------------------------------------------------------------------------- */

void rt__super_slots(rt_state *rt, const rt_code *c, int32_t *self_cell, int32_t *class_cell)
{
    *self_cell = *class_cell = -1;
    for (uint32_t i = 0; i < c->ncellvars; i++)
        if (c->cell2arg[i] == 0)
            *self_cell = (int32_t)i;
    for (uint32_t i = 0; i < c->nfreevars; i++)
        if (c->freevars[i] == ID(class) || rt_str_eq(c->freevars[i], ID(class)))
            *class_cell = (int32_t)(c->ncellvars + i);
}

/* The class and the receiver of a zero-argument super() in the running
 * frame: its __class__ cell and its first argument. NULL, or the message of
 * the RuntimeError CPython raises; *type is set on error only when the
 * __class__ cell holds no type (the message then names its type). */
static const char *super_frame_args(rt_state *rt, rt_value *type, rt_value *obj)
{
    *type = *obj = RT_NULL;
    rt_frame *f = rt->frame;
    if (!f || !f->func)
        return "super(): no arguments";
    rt_code *c = f->code;
    if (c->argcount == 0 && !(c->flags & RT_CO_VARARGS))
        return "super(): no arguments";
    int32_t self_cell, class_cell;
    rt__super_slots(rt, c, &self_cell, &class_cell);
    rt_value o = self_cell < 0 ? f->locals[0] : rt_cell_get(f->cells[self_cell]);
    if (!o)
        return "super(): arg[0] deleted";
    if (class_cell < 0)
        return "super(): __class__ cell not found";
    rt_value t = rt_cell_get(f->cells[class_cell]);
    if (!t)
        return "super(): empty __class__ cell";
    *obj = o;
    if (rt_type_of(t) != RT_T_TYPE) {
        *type = t;
        return "super(): __class__ is not a type";
    }
    *type = t;
    return NULL;
}

/* True for the names rt__super_getattr answers before the MRO (__class__,
 * __self__, __thisclass__, __self_class__): the lengths and a byte tell the rest (__init__)
 * apart without a compare. */
static bool super_own_name(rt_state *rt, rt_value name)
{
    const char *s = rt_str_data(name);
    switch (rt_str_len(name)) {
    case 9: return rt_str_eq(name, ID(class));
    case 8: return s[2] == 's' && rt_str_eq_cstr(name, "__self__");
    case 13: return s[2] == 't' && rt_str_eq_cstr(name, "__thisclass__");
    case 14: return s[2] == 's' && rt_str_eq_cstr(name, "__self_class__");
    default: return false;
    }
}
bool rt__super_zero_method(rt_state *rt, rt_value name, rt_value *fn, rt_value *self)
{
    rt_value type, obj;
    if (super_frame_args(rt, &type, &obj) || rt_type_of(obj) == RT_T_TYPE ||
        !rt_isinstance(rt, obj, type) || rt->exc)
        return false;
    if (super_own_name(rt, name))
        return false;
    const rt_builtin_def *def;
    rt_value v = rt__mro_find(rt, rt_type_obj_get(rt, obj), type, name, &def);
    if (!v || !rt_is_func(v))
        return false;
    *fn = v;
    *self = obj;
    return true;
}

rt_value rt__builtin_super(rt_state *rt, const rt_value *args, size_t nargs)
{
    rt_value type, obj;
    if (nargs > 2)
        return rt_raise(rt, RT_EXC_TypeError, "super() expected at most 2 arguments, got %zu",
                        nargs);
    if (nargs == 0) {
        const char *why = super_frame_args(rt, &type, &obj);
        if (why && type)
            return rt_raise(rt, RT_EXC_RuntimeError, "super(): __class__ is not a type (%s)",
                            rt_type_name(type));
        if (why)
            return rt_raise(rt, RT_EXC_RuntimeError, "%s", why);
    } else {
        type = args[0];
        if (rt_type_of(type) != RT_T_TYPE)
            return rt_raise(rt, RT_EXC_TypeError, "super() argument 1 must be a type, not %s",
                            rt_type_name(type));
        obj = nargs == 2 ? args[1] : RT_NULL;
        if (!obj)
            return rt_descr_new(rt, RT_T_SUPER, type, RT_NULL, RT_NULL, RT_NULL);
    }
    rt_value ot;
    if (rt_type_of(obj) == RT_T_TYPE && rt_type_is_subtype(obj, type))
        ot = obj;
    else if (rt_isinstance(rt, obj, type))
        ot = rt_type_obj_get(rt, obj);
    else
        return rt_raise(rt, RT_EXC_TypeError,
                        "super(type, obj): obj must be an instance or subtype of type");
    return rt_descr_new(rt, RT_T_SUPER, type, obj, ot, RT_NULL);
}

rt_value rt__super_getattr(rt_state *rt, rt_value s, rt_value name)
{
    rt_descr *d = rt_descr_of(s);
    if (rt_str_eq(name, ID(class)))
        return own(rt->type_objs[RT_T_SUPER]);
    if (rt_str_eq_cstr(name, "__thisclass__"))
        return own(d->a);
    if (rt_str_eq_cstr(name, "__self__"))
        return own(d->b ? d->b : RT_NONE);
    if (rt_str_eq_cstr(name, "__self_class__"))
        return own(d->c ? d->c : RT_NONE);
    if (d->b) {
        const rt_builtin_def *def;
        rt_value v = rt__mro_find(rt, d->c, d->a, name, &def);
        if (v) {
            bool on_class = d->b == d->c;
            if (rt_type_of(v) == RT_T_FUNCTION && on_class)
                return own(v);
            return rt__descr_get(rt, v, on_class ? RT_NULL : d->b, d->c);
        }
        if (def) {
            if (rt_str_eq(name, ID(new)))
                return rt_builtin_new(rt, def, RT_NULL);
            return rt_builtin_new(rt, def, rt__builtin_receiver(d->b, def));
        }
    }
    return rt_raise(rt, RT_EXC_AttributeError, "'super' object has no attribute '%s'",
                    rt_str_data(name));
}

rt_value rt__super_find_method(rt_state *rt, rt_value s, rt_value name)
{
    rt_descr *d = rt_descr_of(s);
    if (!d->b || d->b == d->c || rt_type_of(d->c) != RT_T_TYPE)
        return RT_NULL;
    if (super_own_name(rt, name))
        return RT_NULL;
    const rt_builtin_def *def;
    rt_value v = rt__mro_find(rt, d->c, d->a, name, &def);
    return v && rt_is_func(v) ? v : RT_NULL;
}
