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

static uint64_t range_len(int64_t start, int64_t stop, int64_t step)
{
    /* computed in unsigned arithmetic: stop - start may exceed int64 */
    if (step > 0 && start < stop)
        return ((uint64_t)stop - (uint64_t)start - 1) / (uint64_t)step + 1;
    if (step < 0 && start > stop)
        return ((uint64_t)start - (uint64_t)stop - 1) / (0 - (uint64_t)step) + 1;
    return 0;
}

/* start + i * step for an index i < len: the item fits in int64 (it lies
 * between start and stop), so the unsigned wrap-around gives it exactly. */
static int64_t item_at(const rt_range_obj *r, uint64_t i)
{
    return (int64_t)((uint64_t)r->start + i * (uint64_t)r->step);
}

int rt_range_len(rt_state *rt, rt_value rv, int64_t *out)
{
    uint64_t n = rt_range_obj_of(rv)->len;
    if (n > (uint64_t)INT64_MAX) {
        rt_raise(rt, RT_EXC_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    *out = (int64_t)n;
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
    uint64_t k = (uint64_t)i;
    if (i < 0)
        k = r->len - (0 - (uint64_t)i); /* wraps past len when -i > len: caught below */
    if ((i < 0 && 0 - (uint64_t)i > r->len) || k >= r->len)
        return rt_raise(rt, RT_EXC_IndexError, "range object index out of range");
    return rt_int_from_i64(rt, item_at(r, k));
}

rt_value rt_range_slice(rt_state *rt, rt_value rv, rt_value slice)
{
    rt_range_obj *r = rt_range_obj_of(rv);
    int64_t len, start, step, n;
    if (rt_range_len(rt, rv, &len) != 0 || rt_slice_indices(rt, slice, len, &start, &step, &n) != 0)
        return RT_NULL;
    int64_t nstart = n ? item_at(r, (uint64_t)start) : r->start, nstep, span, nstop;
    if (__builtin_mul_overflow(r->step, step, &nstep) || __builtin_mul_overflow(n, nstep, &span) ||
        __builtin_add_overflow(nstart, span, &nstop))
        return rt_raise(rt, RT_EXC_OverflowError, "integer result out of 64-bit range");
    return rt_range_new(rt, nstart, nstop, nstep);
}

int rt_range_contains(rt_state *rt, rt_value rv, rt_value v)
{
    rt_range_obj *r = rt_range_obj_of(rv);
    if (rt_is_intlike(v)) {
        int64_t x;
        if (!rt_int_as_i64(v, &x))
            return 0; /* a big int lies outside every int64 range */
        if (r->step > 0 ? (x < r->start || x >= r->stop) : (x > r->start || x <= r->stop))
            return 0;
        /* distances in unsigned arithmetic: x - start may exceed int64 */
        uint64_t dist =
            r->step > 0 ? (uint64_t)x - (uint64_t)r->start : (uint64_t)r->start - (uint64_t)x;
        uint64_t stride = r->step > 0 ? (uint64_t)r->step : 0 - (uint64_t)r->step; /* never 0 */
        return dist % stride == 0;
    }
    for (uint64_t i = 0; i < r->len; i++) {
        rt_value item = rt_int_from_i64(rt, item_at(r, i));
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
