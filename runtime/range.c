/* range.c: range objects (immutable start/stop/step with the length): the
 * int64 fast path, and big ranges whose bounds are ints of any size. */
#include "runtime/range.h"

#include <string.h>

#include "runtime/bigint.h"
#include "runtime/builtin.h"
#include "runtime/heap.h"
#include "runtime/num.h"
#include "runtime/ops.h"
#include "runtime/slice.h"
#include "runtime/str.h"
#include "runtime/type.h"

enum { B_START, B_STOP, B_STEP, B_LEN, B_COUNT };

static size_t range_size(const rt_obj *o)
{
    return sizeof(rt_range_obj) + (o->flags & RT_RANGE_F_BIG ? B_COUNT * sizeof(rt_value) : 0);
}

static void range_dealloc(rt_state *rt, rt_obj *o)
{
    if (o->flags & RT_RANGE_F_BIG)
        for (int i = 0; i < B_COUNT; i++)
            rt_decref(rt, ((rt_range_obj *)o)->big[i]);
    rt_obj_free(rt, o, range_size(o));
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
        rt_int_overflow(rt);
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

/* ---- arithmetic on ints of any size ------------------------------------------------ */

/* a OP b, where a NULL operand (an earlier failure) gives NULL. */
static rt_value op(rt_state *rt, rt_binop_kind k, rt_value a, rt_value b)
{
    return a && b ? rt_binop(rt, k, a, b) : RT_NULL;
}

static int sign(rt_value v)
{
    return rt_bigint_sign(v);
}

static int cmp(rt_value a, rt_value b)
{
    return rt_bigint_cmp(a, b);
}

static void drop(rt_state *rt, rt_value *v, int n)
{
    for (int i = 0; i < n; i++) {
        rt_decref(rt, v[i]);
        v[i] = RT_NULL;
    }
}

/* The length of range(start, stop, step) for step != 0, a new int. */
static rt_value big_len(rt_state *rt, rt_value start, rt_value stop, rt_value step)
{
    bool up = sign(step) > 0;
    if (up ? cmp(start, stop) >= 0 : cmp(start, stop) <= 0)
        return rt_smallint(0);
    /* (hi - lo - 1) // |step| + 1 */
    rt_value d = up ? op(rt, RT_OP_SUB, stop, start) : op(rt, RT_OP_SUB, start, stop);
    rt_value d1 = op(rt, RT_OP_SUB, d, rt_smallint(1));
    rt_value a = up ? step : rt_bigint_neg(rt, step);
    rt_value q = op(rt, RT_OP_FLOORDIV, d1, a);
    rt_value n = op(rt, RT_OP_ADD, q, rt_smallint(1));
    rt_decref(rt, d);
    rt_decref(rt, d1);
    if (!up)
        rt_decref(rt, a);
    rt_decref(rt, q);
    return n;
}

rt_value rt_range_from_ints(rt_state *rt, rt_value start, rt_value stop, rt_value step)
{
    int64_t a, b, c;
    if (rt_int_as_i64(start, &a) && rt_int_as_i64(stop, &b) && rt_int_as_i64(step, &c))
        return rt_range_new(rt, a, b, c);
    if (sign(step) == 0)
        return rt_raise(rt, RT_EXC_ValueError, "range() arg 3 must not be zero");
    rt_value n = big_len(rt, start, stop, step);
    if (!n)
        return RT_NULL;
    rt_range_obj *r = (rt_range_obj *)rt_obj_alloc(
        rt, RT_T_RANGE, sizeof(rt_range_obj) + B_COUNT * sizeof(rt_value));
    if (!r) {
        rt_decref(rt, n);
        return RT_NULL;
    }
    r->hdr.flags |= RT_RANGE_F_BIG;
    rt_value vals[B_COUNT] = {start, stop, step, n};
    for (int i = 0; i < B_COUNT; i++) {
        /* bools become ints: range(True, 10**20).start is 1 */
        r->big[i] = rt_is_bool(vals[i]) ? rt_smallint(vals[i] == RT_TRUE) : vals[i];
        if (i < B_LEN)
            rt_incref(r->big[i]);
    }
    int64_t small;
    r->len = rt_int_as_i64(n, &small) ? (uint64_t)small : UINT64_MAX;
    return rt_from_obj(r);
}

int rt_range_values(rt_state *rt, rt_value rv, rt_value out[4])
{
    rt_range_obj *r = rt_range_obj_of(rv);
    if (rt_range_is_big(rv)) {
        for (int i = 0; i < B_COUNT; i++) {
            out[i] = r->big[i];
            rt_incref(out[i]);
        }
        return 0;
    }
    out[B_START] = rt_int_from_i64(rt, r->start);
    out[B_STOP] = rt_int_from_i64(rt, r->stop);
    out[B_STEP] = rt_int_from_i64(rt, r->step);
    out[B_LEN] = rt_bigint_from_u64(rt, r->len);
    for (int i = 0; i < B_COUNT; i++)
        if (!out[i]) {
            drop(rt, out, B_COUNT);
            return -1;
        }
    return 0;
}

/* start + i * step as a new int. */
static rt_value item_value(rt_state *rt, const rt_value v[4], rt_value i)
{
    rt_value m = op(rt, RT_OP_MUL, i, v[B_STEP]);
    rt_value r = op(rt, RT_OP_ADD, v[B_START], m);
    rt_decref(rt, m);
    return r;
}

/* ---- items ------------------------------------------------------------------------ */

rt_value rt_range_getitem(rt_state *rt, rt_value rv, rt_value iv)
{
    rt_range_obj *r = rt_range_obj_of(rv);
    int64_t i;
    if (!rt_range_is_big(rv) && rt_int_as_i64(iv, &i)) {
        uint64_t k = (uint64_t)i;
        if (i < 0)
            k = r->len - (0 - (uint64_t)i); /* wraps past len when -i > len: caught below */
        if ((i < 0 && 0 - (uint64_t)i > r->len) || k >= r->len)
            return rt_raise(rt, RT_EXC_IndexError, "range object index out of range");
        return rt_int_from_i64(rt, item_at(r, k));
    }
    rt_value v[B_COUNT];
    if (rt_range_values(rt, rv, v) < 0)
        return RT_NULL;
    rt_value idx = sign(iv) < 0 ? op(rt, RT_OP_ADD, iv, v[B_LEN]) : (rt_incref(iv), iv);
    rt_value res = RT_NULL;
    if (idx) {
        if (sign(idx) < 0 || cmp(idx, v[B_LEN]) >= 0)
            rt_raise(rt, RT_EXC_IndexError, "range object index out of range");
        else
            res = item_value(rt, v, idx);
    }
    rt_decref(rt, idx);
    drop(rt, v, B_COUNT);
    return res;
}

/* A slice bound clamped as CPython's _PySlice_GetLongIndices: v (None or an
 * int, borrowed) counted from the end when negative, then kept within
 * [lower, upper]; dflt when None. A new int. */
static rt_value clamp_bound(rt_state *rt, rt_value v, rt_value len, rt_value lower, rt_value upper,
                            rt_value dflt)
{
    if (v == RT_NONE) {
        rt_incref(dflt);
        return dflt;
    }
    rt_value x = sign(v) < 0 ? op(rt, RT_OP_ADD, v, len) : (rt_incref(v), v);
    if (!x)
        return RT_NULL;
    if (sign(v) < 0 && cmp(x, lower) < 0) {
        rt_decref(rt, x);
        rt_incref(lower);
        return lower;
    }
    if (sign(v) >= 0 && cmp(x, upper) > 0) {
        rt_decref(rt, x);
        rt_incref(upper);
        return upper;
    }
    return x;
}

rt_value rt_range_slice(rt_state *rt, rt_value rv, rt_value slice)
{
    rt_slice_obj *s = rt_slice_obj_of(slice);
    rt_value fields[3] = {s->start, s->stop, s->step};
    for (int i = 0; i < 3; i++)
        if (fields[i] != RT_NONE && !rt_is_intlike(fields[i]))
            return rt_raise(rt, RT_EXC_TypeError,
                            "slice indices must be integers or None or have an __index__ method");
    rt_value step = s->step == RT_NONE ? rt_smallint(1) : s->step;
    if (rt_is_bool(step))
        step = rt_smallint(step == RT_TRUE);
    if (sign(step) == 0)
        return rt_raise(rt, RT_EXC_ValueError, "slice step cannot be zero");
    rt_value v[B_COUNT];
    if (rt_range_values(rt, rv, v) < 0)
        return RT_NULL;
    bool neg = sign(step) < 0;
    rt_value lower = neg ? rt_smallint(-1) : rt_smallint(0);
    rt_value upper = op(rt, RT_OP_ADD, v[B_LEN], lower);
    rt_value start = RT_NULL, stop = RT_NULL, res = RT_NULL;
    if (upper) {
        start = clamp_bound(rt, rt_is_bool(s->start) ? rt_smallint(s->start == RT_TRUE) : s->start,
                            v[B_LEN], lower, upper, neg ? upper : lower);
        stop =
            start ? clamp_bound(rt, rt_is_bool(s->stop) ? rt_smallint(s->stop == RT_TRUE) : s->stop,
                                v[B_LEN], lower, upper, neg ? lower : upper)
                  : RT_NULL;
    }
    if (start && stop) {
        rt_value a = item_value(rt, v, start), b = item_value(rt, v, stop);
        rt_value c = op(rt, RT_OP_MUL, v[B_STEP], step);
        if (a && b && c)
            res = rt_range_from_ints(rt, a, b, c);
        rt_decref(rt, a);
        rt_decref(rt, b);
        rt_decref(rt, c);
    }
    rt_decref(rt, upper);
    rt_decref(rt, start);
    rt_decref(rt, stop);
    drop(rt, v, B_COUNT);
    return res;
}

/* 1 when int x is one of r's items, 0 when not, -1 on error. */
static int contains_int(rt_state *rt, rt_value rv, rt_value x)
{
    rt_range_obj *r = rt_range_obj_of(rv);
    int64_t xi;
    if (!rt_range_is_big(rv)) {
        if (!rt_int_as_i64(x, &xi))
            return 0; /* a big int lies outside every int64 range */
        if (r->step > 0 ? (xi < r->start || xi >= r->stop) : (xi > r->start || xi <= r->stop))
            return 0;
        /* distances in unsigned arithmetic: x - start may exceed int64 */
        uint64_t dist =
            r->step > 0 ? (uint64_t)xi - (uint64_t)r->start : (uint64_t)r->start - (uint64_t)xi;
        uint64_t stride = r->step > 0 ? (uint64_t)r->step : 0 - (uint64_t)r->step; /* never 0 */
        return dist % stride == 0;
    }
    if (rt_is_bool(x))
        x = rt_smallint(x == RT_TRUE);
    const rt_value *b = r->big;
    bool up = sign(b[B_STEP]) > 0;
    if (up ? (cmp(x, b[B_START]) < 0 || cmp(x, b[B_STOP]) >= 0)
           : (cmp(x, b[B_START]) > 0 || cmp(x, b[B_STOP]) <= 0))
        return 0;
    rt_value d = op(rt, RT_OP_SUB, x, b[B_START]);
    rt_value m = op(rt, RT_OP_MOD, d, b[B_STEP]);
    rt_decref(rt, d);
    if (!m)
        return -1;
    int in = sign(m) == 0;
    rt_decref(rt, m);
    return in;
}

int rt_range_contains(rt_state *rt, rt_value rv, rt_value v)
{
    rt_range_obj *r = rt_range_obj_of(rv);
    if (rt_is_intlike(v))
        return contains_int(rt, rv, v);
    rt_value it = rt_getiter(rt, rv);
    if (!it)
        return -1;
    (void)r;
    rt_value item;
    int st, found = 0;
    while (!found && (st = rt_iternext(rt, it, &item)) == 1) {
        found = rt_eq(rt, item, v);
        rt_decref(rt, item);
    }
    rt_decref(rt, it);
    return found < 0 || st < 0 ? -1 : found;
}

rt_value rt_range_reversed(rt_state *rt, rt_value rv)
{
    /* range(last, start - step, -step) */
    rt_value v[B_COUNT];
    if (rt_range_values(rt, rv, v) < 0)
        return RT_NULL;
    rt_value lastidx = op(rt, RT_OP_SUB, v[B_LEN], rt_smallint(1));
    rt_value last =
        sign(v[B_LEN]) ? item_value(rt, v, lastidx) : (rt_incref(v[B_START]), v[B_START]);
    rt_value stop = op(rt, RT_OP_SUB, v[B_START], v[B_STEP]);
    rt_value step = rt_bigint_neg(rt, v[B_STEP]);
    rt_value r = RT_NULL;
    if (lastidx && last && stop && step) {
        /* an empty range reverses to an empty one */
        if (!sign(v[B_LEN]))
            r = rt_range_from_ints(rt, v[B_START], v[B_START], rt_smallint(1));
        else
            r = rt_range_from_ints(rt, last, stop, step);
    }
    rt_decref(rt, lastidx);
    rt_decref(rt, last);
    rt_decref(rt, stop);
    rt_decref(rt, step);
    drop(rt, v, B_COUNT);
    return r;
}

/* ---- text, equality, attributes ---------------------------------------------------- */

rt_value rt_range_repr(rt_state *rt, rt_value rv)
{
    rt_range_obj *r = rt_range_obj_of(rv);
    if (!rt_range_is_big(rv)) {
        if (r->step == 1)
            return rt_str_printf(rt, "range(%lld, %lld)", (long long)r->start, (long long)r->stop);
        return rt_str_printf(rt, "range(%lld, %lld, %lld)", (long long)r->start, (long long)r->stop,
                             (long long)r->step);
    }
    rt_value parts[3] = {RT_NULL, RT_NULL, RT_NULL};
    bool unit = r->big[B_STEP] == rt_smallint(1);
    rt_value res = RT_NULL;
    int n = unit ? 2 : 3, i;
    for (i = 0; i < n; i++)
        if (!(parts[i] = rt_repr(rt, r->big[i])))
            break;
    if (i == n)
        res = unit
                  ? rt_str_printf(rt, "range(%s, %s)", rt_str_data(parts[0]), rt_str_data(parts[1]))
                  : rt_str_printf(rt, "range(%s, %s, %s)", rt_str_data(parts[0]),
                                  rt_str_data(parts[1]), rt_str_data(parts[2]));
    drop(rt, parts, 3);
    return res;
}

int rt_range_eq(rt_state *rt, rt_value a, rt_value b)
{
    if (!rt_range_is_big(a) && !rt_range_is_big(b)) {
        rt_range_obj *x = rt_range_obj_of(a), *y = rt_range_obj_of(b);
        if (x->len != y->len)
            return 0;
        if (x->len == 0)
            return 1;
        if (x->start != y->start)
            return 0;
        return x->len == 1 || x->step == y->step;
    }
    rt_value x[B_COUNT], y[B_COUNT];
    if (rt_range_values(rt, a, x) < 0)
        return -1;
    if (rt_range_values(rt, b, y) < 0) {
        drop(rt, x, B_COUNT);
        return -1;
    }
    int eq =
        cmp(x[B_LEN], y[B_LEN]) == 0 &&
        (sign(x[B_LEN]) == 0 || (cmp(x[B_START], y[B_START]) == 0 &&
                                 (x[B_LEN] == rt_smallint(1) || cmp(x[B_STEP], y[B_STEP]) == 0)));
    drop(rt, x, B_COUNT);
    drop(rt, y, B_COUNT);
    return eq;
}

static rt_value range_count(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                            rt_value kwnames)
{
    if (rt_args_one(rt, "count", nargs, kwnames) < 0)
        return RT_NULL;
    if (rt_is_intlike(args[0])) {
        int in = contains_int(rt, self, args[0]);
        return in < 0 ? RT_NULL : rt_smallint(in);
    }
    rt_value it = rt_getiter(rt, self), item;
    if (!it)
        return RT_NULL;
    int64_t n = 0;
    int st;
    while ((st = rt_iternext(rt, it, &item)) == 1) {
        int eq = rt_eq(rt, item, args[0]);
        rt_decref(rt, item);
        if (eq < 0) {
            st = -1;
            break;
        }
        n += eq;
    }
    rt_decref(rt, it);
    return st < 0 ? RT_NULL : rt_int_from_i64(rt, n);
}

/* ValueError "5 is not in range". */
static rt_value not_in_range(rt_state *rt, rt_value x)
{
    rt_value r = rt_repr(rt, x);
    if (!r)
        return RT_NULL;
    rt_raise(rt, RT_EXC_ValueError, "%s is not in range", rt_str_data(r));
    rt_decref(rt, r);
    return RT_NULL;
}

static rt_value range_index(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                            rt_value kwnames)
{
    if (rt_args_one(rt, "index", nargs, kwnames) < 0)
        return RT_NULL;
    rt_value x = args[0];
    if (rt_is_intlike(x)) {
        int in = contains_int(rt, self, x);
        if (in <= 0)
            return in < 0 ? RT_NULL : not_in_range(rt, x);
        rt_value v[B_COUNT];
        if (rt_range_values(rt, self, v) < 0)
            return RT_NULL;
        rt_value d = op(rt, RT_OP_SUB, rt_is_bool(x) ? rt_smallint(x == RT_TRUE) : x, v[B_START]);
        rt_value q = op(rt, RT_OP_FLOORDIV, d, v[B_STEP]);
        rt_decref(rt, d);
        drop(rt, v, B_COUNT);
        return q;
    }
    rt_value it = rt_getiter(rt, self), item;
    if (!it)
        return RT_NULL;
    int64_t i = 0;
    int st;
    while ((st = rt_iternext(rt, it, &item)) == 1) {
        int eq = rt_eq(rt, item, x);
        rt_decref(rt, item);
        if (eq) {
            rt_decref(rt, it);
            return eq < 0 ? RT_NULL : rt_int_from_i64(rt, i);
        }
        i++;
    }
    rt_decref(rt, it);
    return st < 0 ? RT_NULL
                  : rt_raise(rt, RT_EXC_ValueError, "sequence.index(x): x not in sequence");
}

static const rt_builtin_def range_methods[] = {
    {"count", range_count},
    {"index", range_index},
};

rt_value rt_range_getattr(rt_state *rt, rt_value rv, rt_value name)
{
    static const char *const fields[] = {"start", "stop", "step"};
    for (int i = 0; i < 3; i++)
        if (rt_str_eq_cstr(name, fields[i])) {
            rt_range_obj *r = rt_range_obj_of(rv);
            if (rt_range_is_big(rv)) {
                rt_incref(r->big[i]);
                return r->big[i];
            }
            return rt_int_from_i64(rt, i == 0 ? r->start : i == 1 ? r->stop : r->step);
        }
    for (size_t i = 0; i < sizeof range_methods / sizeof range_methods[0]; i++)
        if (rt_str_eq_cstr(name, range_methods[i].name))
            return rt_builtin_new(rt, &range_methods[i], rv);
    if (rt_str_eq_cstr(name, "__class__")) {
        rt_value c = rt_type_obj_get(rt, rv);
        rt_incref(c);
        return c;
    }
    return rt_raise(rt, RT_EXC_AttributeError, "'range' object has no attribute '%s'",
                    rt_str_data(name));
}
