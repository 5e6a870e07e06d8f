/* slice.c: slice objects and index normalisation (PySlice_Unpack and
 * PySlice_AdjustIndices). */
#include "runtime/slice.h"

#include "runtime/builtin.h"
#include "runtime/class.h"
#include "runtime/heap.h"
#include "runtime/num.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"

static size_t slice_size(const rt_obj *o)
{
    (void)o;
    return sizeof(rt_slice_obj);
}

static void slice_traverse(rt_obj *o, rt_visit_fn visit, void *arg)
{
    rt_slice_obj *s = (rt_slice_obj *)o;
    rt_value f[3] = {s->start, s->stop, s->step};
    for (int i = 0; i < 3; i++)
        if (rt_is_obj(f[i]))
            visit(rt_as_obj(f[i]), arg);
}

static void slice_dealloc(rt_state *rt, rt_obj *o)
{
    rt_slice_obj *s = (rt_slice_obj *)o;
    rt_decref(rt, s->start);
    rt_decref(rt, s->stop);
    rt_decref(rt, s->step);
    rt_obj_free(rt, o, sizeof(rt_slice_obj));
}

const rt_typeinfo rt__slice_typeinfo = {"slice",        false, slice_size,
                                        slice_traverse, NULL,  slice_dealloc};

rt_value rt_slice_new(rt_state *rt, rt_value start, rt_value stop, rt_value step)
{
    rt_slice_obj *s = (rt_slice_obj *)rt_obj_alloc(rt, RT_T_SLICE, sizeof(rt_slice_obj));
    if (!s)
        return RT_NULL;
    s->start = start ? start : RT_NONE;
    s->stop = stop ? stop : RT_NONE;
    s->step = step ? step : RT_NONE;
    rt_incref(s->start);
    rt_incref(s->stop);
    rt_incref(s->step);
    return rt_from_obj(s);
}

static int index_of(rt_state *rt, rt_value v, int64_t *out)
{
    if (!rt_is_intlike(v) && rt__is_user_obj(v)) {
        /* an int subclass's value, or what a class's __index__ returns */
        rt_value b = rt__native_base(v);
        if (b && rt_is_intlike(b))
            v = b;
        else if (rt__special(rt, v, RT_ID_index))
            return rt_arg_index(rt, v, out);
    }
    if (!rt_is_intlike(v)) {
        rt_raise(rt, RT_EXC_TypeError,
                 "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    *out = rt_int_get(v);
    return 0;
}

int rt_slice_unpack(rt_state *rt, rt_value slice, int64_t *start, int64_t *stop, int64_t *step)
{
    rt_slice_obj *s = rt_slice_obj_of(slice);
    if (s->step == RT_NONE) {
        *step = 1;
    } else {
        if (index_of(rt, s->step, step) != 0)
            return -1;
        if (*step == 0) {
            rt_raise(rt, RT_EXC_ValueError, "slice step cannot be zero");
            return -1;
        }
        if (*step < -INT64_MAX)
            *step = -INT64_MAX;
    }
    if (s->start == RT_NONE)
        *start = *step < 0 ? INT64_MAX : 0;
    else if (index_of(rt, s->start, start) != 0)
        return -1;
    if (s->stop == RT_NONE)
        *stop = *step < 0 ? INT64_MIN : INT64_MAX;
    else if (index_of(rt, s->stop, stop) != 0)
        return -1;
    return 0;
}

int64_t rt_slice_adjust(int64_t len, int64_t *start, int64_t *stop, int64_t step)
{
    if (*start < 0) {
        *start += len;
        if (*start < 0)
            *start = step < 0 ? -1 : 0;
    } else if (*start >= len) {
        *start = step < 0 ? len - 1 : len;
    }
    if (*stop < 0) {
        *stop += len;
        if (*stop < 0)
            *stop = step < 0 ? -1 : 0;
    } else if (*stop >= len) {
        *stop = step < 0 ? len - 1 : len;
    }
    if (step < 0) {
        if (*stop < *start)
            return (*start - *stop - 1) / (-step) + 1;
    } else if (*start < *stop) {
        return (*stop - *start - 1) / step + 1;
    }
    return 0;
}

int rt_slice_indices(rt_state *rt, rt_value slice, int64_t len, int64_t *start, int64_t *step,
                     int64_t *n)
{
    int64_t stop;
    if (rt_slice_unpack(rt, slice, start, &stop, step) != 0)
        return -1;
    *n = rt_slice_adjust(len, start, &stop, *step);
    return 0;
}

rt_value rt_slice_repr(rt_state *rt, rt_value sv)
{
    rt_slice_obj *s = rt_slice_obj_of(sv);
    rt_value parts[3] = {RT_NULL, RT_NULL, RT_NULL};
    rt_value f[3] = {s->start, s->stop, s->step};
    rt_value r = RT_NULL;
    for (int i = 0; i < 3; i++)
        if (!(parts[i] = rt_repr(rt, f[i])))
            goto done;
    r = rt_str_printf(rt, "slice(%s, %s, %s)", rt_str_data(parts[0]), rt_str_data(parts[1]),
                      rt_str_data(parts[2]));
done:
    for (int i = 0; i < 3; i++)
        rt_decref(rt, parts[i]);
    return r;
}

/* slice.indices(length): the (start, stop, step) a sequence of that length
 * would use, as range() arguments. */
static rt_value slice_indices_method(rt_state *rt, rt_value self, const rt_value *args,
                                     size_t nargs, rt_value kwnames)
{
    int64_t len, start, stop, step;
    if (rt_args_one(rt, "slice.indices", nargs, kwnames) < 0 || rt_arg_index(rt, args[0], &len) < 0)
        return RT_NULL;
    if (len < 0)
        return rt_raise(rt, RT_EXC_ValueError, "length should not be negative");
    if (rt_slice_unpack(rt, self, &start, &stop, &step) < 0)
        return RT_NULL;
    rt_slice_adjust(len, &start, &stop, step);
    rt_value t = rt_tuple_new(rt, 3);
    if (!t)
        return RT_NULL;
    int64_t f[3] = {start, stop, step};
    for (int i = 0; i < 3; i++) {
        rt_value v = rt_int_from_i64(rt, f[i]);
        if (!v) {
            rt_decref(rt, t);
            return RT_NULL;
        }
        rt_tuple_items(t)[i] = v;
    }
    return t;
}

static const rt_builtin_def slice_indices_def = {"indices", slice_indices_method};

rt_value rt_slice_getattr(rt_state *rt, rt_value sv, rt_value name)
{
    rt_slice_obj *s = rt_slice_obj_of(sv);
    rt_value field = rt_str_eq_cstr(name, "start")       ? s->start
                     : rt_str_eq_cstr(name, "stop")      ? s->stop
                     : rt_str_eq_cstr(name, "step")      ? s->step
                     : rt_str_eq_cstr(name, "__class__") ? rt_type_obj_get(rt, sv)
                                                         : RT_NULL;
    if (field) {
        rt_incref(field);
        return field;
    }
    if (rt_str_eq_cstr(name, "indices"))
        return rt_builtin_new(rt, &slice_indices_def, sv);
    return rt_raise(rt, RT_EXC_AttributeError, "'slice' object has no attribute '%s'",
                    rt_str_data(name));
}
