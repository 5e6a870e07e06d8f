/* range.c: range objects (immutable start/stop/step with the length). */
#include "runtime/range.h"

#include "runtime/heap.h"
#include "runtime/num.h"
#include "runtime/ops.h"
#include "runtime/slice.h"
#include "runtime/str.h"

static size_t range_size(const rt_obj *o)
{
    (void)o;
    return sizeof(rt_range_obj);
}

static void range_dealloc(rt_state *rt, rt_obj *o)
{
    rt_obj_free(rt, o, sizeof(rt_range_obj));
}

const rt_typeinfo rt__range_typeinfo = {"range", false, range_size, NULL, NULL, range_dealloc};

static int64_t range_len(int64_t start, int64_t stop, int64_t step)
{
    /* computed in unsigned arithmetic: stop - start may exceed int64 */
    if (step > 0 && start < stop)
        return (int64_t)(((uint64_t)stop - (uint64_t)start - 1) / (uint64_t)step + 1);
    if (step < 0 && start > stop)
        return (int64_t)(((uint64_t)start - (uint64_t)stop - 1) / (0 - (uint64_t)step) + 1);
    return 0;
}

rt_value rt_range_new(rt_state *rt, int64_t start, int64_t stop, int64_t step)
{
    if (step == 0)
        return rt_raise(rt, RT_EXC_ValueError, "range() arg 3 must not be zero");
    rt_range_obj *r = (rt_range_obj *)rt_obj_alloc(rt, RT_T_RANGE, sizeof(rt_range_obj));
    if (!r)
        return RT_NULL;
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->len = range_len(start, stop, step);
    return rt_from_obj(r);
}

rt_value rt_range_getitem(rt_state *rt, rt_value rv, int64_t i)
{
    rt_range_obj *r = rt_range_obj_of(rv);
    if (i < 0)
        i += r->len;
    if (i < 0 || i >= r->len)
        return rt_raise(rt, RT_EXC_IndexError, "range object index out of range");
    return rt_int_from_i64(rt, r->start + i * r->step);
}

rt_value rt_range_slice(rt_state *rt, rt_value rv, rt_value slice)
{
    rt_range_obj *r = rt_range_obj_of(rv);
    int64_t start, step, n;
    if (rt_slice_indices(rt, slice, r->len, &start, &step, &n) != 0)
        return RT_NULL;
    int64_t nstart = r->start + start * r->step, nstep = r->step * step;
    return rt_range_new(rt, nstart, nstart + n * nstep, nstep);
}

int rt_range_contains(rt_state *rt, rt_value rv, rt_value v)
{
    rt_range_obj *r = rt_range_obj_of(rv);
    if (rt_is_intlike(v)) {
        int64_t x = rt_int_get(v);
        if (r->step > 0 ? (x < r->start || x >= r->stop) : (x > r->start || x <= r->stop))
            return 0;
        return ((x - r->start) % r->step) == 0;
    }
    for (int64_t i = 0; i < r->len; i++) {
        rt_value item = rt_int_from_i64(rt, r->start + i * r->step);
        if (!item)
            return -1;
        int eq = rt_eq(rt, item, v);
        rt_decref(rt, item);
        if (eq)
            return eq;
    }
    return 0;
}

rt_value rt_range_repr(rt_state *rt, rt_value rv)
{
    rt_range_obj *r = rt_range_obj_of(rv);
    if (r->step == 1)
        return rt_str_printf(rt, "range(%lld, %lld)", (long long)r->start, (long long)r->stop);
    return rt_str_printf(rt, "range(%lld, %lld, %lld)", (long long)r->start, (long long)r->stop,
                         (long long)r->step);
}

bool rt_range_eq(rt_value a, rt_value b)
{
    rt_range_obj *x = rt_range_obj_of(a), *y = rt_range_obj_of(b);
    if (x->len != y->len)
        return false;
    if (x->len == 0)
        return true;
    if (x->start != y->start)
        return false;
    return x->len == 1 || x->step == y->step;
}
