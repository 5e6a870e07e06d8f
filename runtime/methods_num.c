/* methods_num.c: the methods of int (bool shares them) and float. */
#include <math.h>

#include "runtime/builtin.h"
#include "runtime/bytes.h"
#include "runtime/num.h"
#include "runtime/tuple.h"

static rt_value int_bit_length(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                               rt_value kwnames)
{
    (void)args;
    if (rt_args_none(rt, "int.bit_length", nargs, kwnames) < 0)
        return RT_NULL;
    return rt_int_from_i64(rt, (int64_t)rt_bigint_bit_length(self));
}

static rt_value int_bit_count(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                              rt_value kwnames)
{
    (void)args;
    if (rt_args_none(rt, "int.bit_count", nargs, kwnames) < 0)
        return RT_NULL;
    return rt_int_from_i64(rt, (int64_t)rt_bigint_bit_count(self));
}

/* conjugate() and __index__ and __int__: the int itself (a bool becomes 0/1). */
static rt_value int_self(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                         rt_value kwnames)
{
    (void)args;
    if (rt_args_none(rt, "int.conjugate", nargs, kwnames) < 0)
        return RT_NULL;
    return rt_bigint_binop(rt, RT_OP_ADD, self, rt_smallint(0));
}

static rt_value int_as_integer_ratio(rt_state *rt, rt_value self, const rt_value *args,
                                     size_t nargs, rt_value kwnames)
{
    (void)args;
    if (rt_args_none(rt, "int.as_integer_ratio", nargs, kwnames) < 0)
        return RT_NULL;
    rt_value n = rt_bigint_binop(rt, RT_OP_ADD, self, rt_smallint(0));
    if (!n)
        return RT_NULL;
    rt_value t = rt_tuple_pack(rt, 2, n, rt_smallint(1));
    rt_decref(rt, n);
    return t;
}

const rt_builtin_def rt__int_methods[] = {
    {"bit_length", int_bit_length},
    {"bit_count", int_bit_count},
    {"conjugate", int_self},
    {"as_integer_ratio", int_as_integer_ratio},
    {"to_bytes", rt__int_to_bytes},
    {"from_bytes", rt__int_from_bytes},
    {NULL, NULL},
};

static rt_value float_is_integer(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                                 rt_value kwnames)
{
    (void)args;
    if (rt_args_none(rt, "float.is_integer", nargs, kwnames) < 0)
        return RT_NULL;
    double d = rt_float_get(self);
    return rt_bool(isfinite(d) && floor(d) == d);
}

static rt_value float_conjugate(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                                rt_value kwnames)
{
    (void)args;
    if (rt_args_none(rt, "float.conjugate", nargs, kwnames) < 0)
        return RT_NULL;
    rt_incref(self);
    return self;
}

/* float.as_integer_ratio(): the exact fraction, lowest terms, positive
 * denominator (a power of two). */
static rt_value float_as_integer_ratio(rt_state *rt, rt_value self, const rt_value *args,
                                       size_t nargs, rt_value kwnames)
{
    (void)args;
    if (rt_args_none(rt, "float.as_integer_ratio", nargs, kwnames) < 0)
        return RT_NULL;
    double d = rt_float_get(self);
    if (isinf(d))
        return rt_raise(rt, RT_EXC_OverflowError, "cannot convert Infinity to integer ratio");
    if (isnan(d))
        return rt_raise(rt, RT_EXC_ValueError, "cannot convert NaN to integer ratio");
    int e;
    double m = frexp(d, &e);
    for (int i = 0; i < 300 && m != floor(m); i++) {
        m *= 2.0;
        e--;
    }
    rt_value num = rt_bigint_from_double(rt, m);
    rt_value den = rt_smallint(1);
    if (num && e > 0) {
        rt_value t = rt_bigint_binop(rt, RT_OP_LSHIFT, num, rt_smallint(e));
        rt_decref(rt, num);
        num = t;
    } else if (num && e < 0) {
        den = rt_bigint_binop(rt, RT_OP_LSHIFT, rt_smallint(1), rt_smallint(-e));
    }
    if (!num || !den) {
        rt_decref(rt, num);
        rt_decref(rt, den);
        return RT_NULL;
    }
    rt_value t = rt_tuple_pack(rt, 2, num, den);
    rt_decref(rt, num);
    rt_decref(rt, den);
    return t;
}

const rt_builtin_def rt__float_methods[] = {
    {"is_integer", float_is_integer},
    {"conjugate", float_conjugate},
    {"as_integer_ratio", float_as_integer_ratio},
    {NULL, NULL},
};
