/* mod_math.c: the `math` module: CPython's functions on floats and ints
 * with its special cases and error messages ("math domain error",
 * "math range error"), exact integer functions on big ints (factorial,
 * comb, perm, gcd, lcm, isqrt) and Shewchuk's exact fsum. */
#include <float.h>
#include <math.h>
#include <string.h>

#include "runtime/builtin.h"
#include "runtime/class.h"
#include "runtime/dict.h"
#include "runtime/heap.h"
#include "runtime/module.h"
#include "runtime/num.h"
#include "runtime/state.h"
#include "runtime/tuple.h"
#include "runtime/type.h"

/* C11 has no MATH_PI: the constants to more digits than a double holds. */
#define MATH_PI 3.141592653589793238462643383279502884
#define MATH_E 2.718281828459045235360287471352662498

#define MATH_ARGS rt_state *rt, rt_value self, const rt_value *args, size_t nargs, rt_value kwnames

static rt_value domain_error(rt_state *rt)
{
    return rt_raise(rt, RT_EXC_ValueError, "math domain error");
}
static rt_value range_error(rt_state *rt)
{
    return rt_raise(rt, RT_EXC_OverflowError, "math range error");
}

/* v as a double, as PyFloat_AsDouble: floats, ints (OverflowError "int too
 * large to convert to float"), objects with __float__; else TypeError
 * "must be real number, not T". 0 or -1. */
static int as_double(rt_state *rt, rt_value v, double *out)
{
    rt_value nb = rt__native_base(v);
    if (nb && rt_is_float(nb))
        v = nb; /* a float subclass's instance is its float, whatever its __float__ */
    if (rt_is_float(v)) {
        *out = rt_float_get(v);
        return 0;
    }
    if (rt_is_intlike(v)) {
        if (rt_is_bigint(v) && !rt_bigint_to_double(v, out)) {
            rt_raise(rt, RT_EXC_OverflowError, "int too large to convert to float");
            return -1;
        }
        if (!rt_is_bigint(v))
            *out = (double)rt_int_get(v);
        return 0;
    }
    if (rt__is_user_obj(v)) {
        rt_value m = rt__special(rt, v, RT_ID_float);
        if (m && m != RT_NONE) {
            rt_value r = rt__call_special(rt, m, v, NULL, 0);
            if (!r)
                return -1;
            int st = rt__float_result(rt, v, r, out);
            rt_decref(rt, r);
            return st;
        }
        if (nb && rt_is_intlike(nb)) /* an int subclass's instance without __float__ */
            return as_double(rt, nb, out);
    }
    rt_raise(rt, RT_EXC_TypeError, "must be real number, not %s", rt_type_name(v));
    return -1;
}

/* v as an int (borrowed), or -1 with TypeError "'T' object cannot be
 * interpreted as an integer". */
static int as_int(rt_state *rt, rt_value v)
{
    if (rt_is_intlike(v))
        return 0;
    rt_raise(rt, RT_EXC_TypeError, "'%s' object cannot be interpreted as an integer",
             rt_type_name(v));
    return -1;
}

static rt_value ret_int(rt_state *rt, rt_value v)
{
    return rt_bigint_binop(rt, RT_OP_ADD, v, rt_smallint(0)); /* bool -> int */
}

/* ---- one-argument float functions -------------------------------------------------- */

/* CPython's math_1: r = fn(x); a NaN from a non-NaN is a domain error, an
 * infinity from a finite x a range error (can_overflow) or a domain error. */
static rt_value math_1(rt_state *rt, const char *qual, const rt_value *args, size_t nargs,
                       rt_value kwnames, double (*fn)(double), bool can_overflow)
{
    double x;
    if (rt_args_one(rt, qual, nargs, kwnames) < 0 || as_double(rt, args[0], &x) < 0)
        return RT_NULL;
    double r = fn(x);
    if (isnan(r) && !isnan(x))
        return domain_error(rt);
    if (isinf(r) && isfinite(x))
        return can_overflow ? range_error(rt) : domain_error(rt);
    return rt_float_new(rt, r);
}

static double m_atanh(double x)
{
    return fabs(x) >= 1.0 ? NAN : atanh(x); /* atanh(+-1) is a pole: a domain error */
}
static double m_fabs(double x)
{
    return fabs(x);
}
/* gamma and lgamma: poles at 0 and the negative integers are domain errors. */
static double m_gamma(double x)
{
    if (isfinite(x) && x <= 0 && floor(x) == x)
        return NAN;
    if (isinf(x) && x < 0)
        return NAN;
    return tgamma(x);
}
static double m_lgamma(double x)
{
    if (isfinite(x) && x <= 0 && floor(x) == x)
        return NAN;
    return lgamma(x);
}
static double m_degrees(double x)
{
    return x * (180.0 / MATH_PI);
}
static double m_radians(double x)
{
    return x * (MATH_PI / 180.0);
}

/* X(name, C function, can_overflow) */
#define MATH_1_LIST(X)                                                                             \
    X(sqrt, sqrt, false)                                                                           \
    X(exp, exp, true)                                                                              \
    X(exp2, exp2, true)                                                                            \
    X(expm1, expm1, true)                                                                          \
    X(sin, sin, false)                                                                             \
    X(cos, cos, false)                                                                             \
    X(tan, tan, false)                                                                             \
    X(asin, asin, false)                                                                           \
    X(acos, acos, false)                                                                           \
    X(atan, atan, false)                                                                           \
    X(sinh, sinh, true)                                                                            \
    X(cosh, cosh, true)                                                                            \
    X(tanh, tanh, false)                                                                           \
    X(asinh, asinh, false)                                                                         \
    X(acosh, acosh, false)                                                                         \
    X(atanh, m_atanh, false)                                                                       \
    X(erf, erf, false)                                                                             \
    X(erfc, erfc, false)                                                                           \
    X(gamma, m_gamma, true)                                                                        \
    X(lgamma, m_lgamma, true)                                                                      \
    X(fabs, m_fabs, false)                                                                         \
    X(cbrt, cbrt, false)                                                                           \
    X(degrees, m_degrees, false)                                                                   \
    X(radians, m_radians, false)

#define MATH_1_DEFINE(name, fn, ovf)                                                               \
    static rt_value m1_##name(MATH_ARGS)                                                           \
    {                                                                                              \
        (void)self;                                                                                \
        return math_1(rt, "math." #name, args, nargs, kwnames, fn, ovf);                           \
    }
MATH_1_LIST(MATH_1_DEFINE)
#undef MATH_1_DEFINE

/* ---- predicates ---------------------------------------------------------------------- */

static rt_value pred(rt_state *rt, const char *qual, const rt_value *args, size_t nargs,
                     rt_value kwnames, int which)
{
    double x;
    if (rt_args_one(rt, qual, nargs, kwnames) < 0 || as_double(rt, args[0], &x) < 0)
        return RT_NULL;
    return rt_bool(which == 0 ? isfinite(x) : which == 1 ? isinf(x) : isnan(x));
}
static rt_value m_isfinite(MATH_ARGS)
{
    (void)self;
    return pred(rt, "math.isfinite", args, nargs, kwnames, 0);
}
static rt_value m_isinf(MATH_ARGS)
{
    (void)self;
    return pred(rt, "math.isinf", args, nargs, kwnames, 1);
}
static rt_value m_isnan(MATH_ARGS)
{
    (void)self;
    return pred(rt, "math.isnan", args, nargs, kwnames, 2);
}

/* ---- rounding to ints ------------------------------------------------------------- */

static rt_value float_to_int(rt_state *rt, double d)
{
    if (isinf(d))
        return rt_raise(rt, RT_EXC_OverflowError, "cannot convert float infinity to integer");
    if (isnan(d))
        return rt_raise(rt, RT_EXC_ValueError, "cannot convert float NaN to integer");
    return rt_bigint_from_double(rt, d);
}

/* math.floor, ceil and trunc: an object's own __floor__/__ceil__/__trunc__
 * (id) first (a float is rounded without asking), then the int or the
 * float value. */
static rt_value rounding(rt_state *rt, const char *qual, const rt_value *args, size_t nargs,
                         rt_value kwnames, double (*fn)(double), rt_id id)
{
    if (rt_args_one(rt, qual, nargs, kwnames) < 0)
        return RT_NULL;
    if (!rt_is_float(args[0])) {
        rt_value m = rt__special(rt, args[0], id);
        if (m)
            return rt__call_special(rt, m, args[0], NULL, 0);
        if (rt->exc)
            return RT_NULL;
    }
    if (rt_is_intlike(args[0]))
        return ret_int(rt, args[0]);
    double x;
    if (as_double(rt, args[0], &x) < 0)
        return RT_NULL;
    return float_to_int(rt, fn(x));
}
static rt_value m_floor(MATH_ARGS)
{
    (void)self;
    return rounding(rt, "math.floor", args, nargs, kwnames, floor, RT_ID_floor);
}
static rt_value m_ceil(MATH_ARGS)
{
    (void)self;
    return rounding(rt, "math.ceil", args, nargs, kwnames, ceil, RT_ID_ceil);
}
static rt_value m_trunc(MATH_ARGS)
{
    (void)self;
    if (rt_args_one(rt, "math.trunc", nargs, kwnames) < 0)
        return RT_NULL;
    if (!rt_is_number(args[0]) && !rt__special(rt, args[0], RT_ID_trunc)) {
        if (rt->exc)
            return RT_NULL;
        return rt_raise(rt, RT_EXC_TypeError, "type %s doesn't define __trunc__ method",
                        rt_type_name(args[0]));
    }
    return rounding(rt, "math.trunc", args, nargs, kwnames, trunc, RT_ID_trunc);
}

/* ---- two-argument float functions --------------------------------------------------- */

static int two_doubles(rt_state *rt, const char *name, const rt_value *args, size_t nargs,
                       rt_value kwnames, double *x, double *y)
{
    if (rt_args_range(rt, name, nargs, kwnames, 2, 2) < 0 || as_double(rt, args[0], x) < 0 ||
        as_double(rt, args[1], y) < 0)
        return -1;
    return 0;
}

static rt_value m_pow(MATH_ARGS)
{
    (void)self;
    double x, y, r;
    if (two_doubles(rt, "pow", args, nargs, kwnames, &x, &y) < 0)
        return RT_NULL;
    if (!isfinite(x) || !isfinite(y)) { /* CPython's table of special values */
        if (isnan(x))
            r = y == 0.0 ? 1.0 : x;
        else if (isnan(y))
            r = x == 1.0 ? 1.0 : y;
        else if (isinf(x)) {
            bool odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
            r = y > 0 ? (odd_y ? x : fabs(x)) : y == 0 ? 1.0 : (odd_y ? copysign(0.0, x) : 0.0);
        } else if (fabs(x) == 1.0)
            r = 1.0;
        else if (y > 0 && fabs(x) > 1.0)
            r = y;
        else if (y < 0 && fabs(x) < 1.0)
            r = -y;
        else
            r = 0.0;
        return rt_float_new(rt, r);
    }
    r = pow(x, y);
    if (!isfinite(r)) {
        if (isnan(r) || x == 0.0)
            return domain_error(rt);
        return range_error(rt);
    }
    return rt_float_new(rt, r);
}

static rt_value m_atan2(MATH_ARGS)
{
    (void)self;
    double y, x;
    if (two_doubles(rt, "atan2", args, nargs, kwnames, &y, &x) < 0)
        return RT_NULL;
    return rt_float_new(rt, atan2(y, x));
}

static rt_value m_copysign(MATH_ARGS)
{
    (void)self;
    double x, y;
    if (two_doubles(rt, "copysign", args, nargs, kwnames, &x, &y) < 0)
        return RT_NULL;
    return rt_float_new(rt, copysign(x, y));
}

static rt_value m_fmod(MATH_ARGS)
{
    (void)self;
    double x, y;
    if (two_doubles(rt, "fmod", args, nargs, kwnames, &x, &y) < 0)
        return RT_NULL;
    if (isinf(y) && isfinite(x))
        return rt_float_new(rt, x);
    double r = fmod(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y))
        return domain_error(rt);
    return rt_float_new(rt, r);
}

static rt_value m_remainder(MATH_ARGS)
{
    (void)self;
    double x, y;
    if (two_doubles(rt, "remainder", args, nargs, kwnames, &x, &y) < 0)
        return RT_NULL;
    if (isnan(x))
        return rt_float_new(rt, x);
    if (isnan(y))
        return rt_float_new(rt, y);
    if (isinf(x) || y == 0.0)
        return domain_error(rt);
    if (isinf(y))
        return rt_float_new(rt, x);
    return rt_float_new(rt, remainder(x, y));
}

static rt_value m_nextafter(MATH_ARGS)
{
    (void)self;
    double x, y;
    if (two_doubles(rt, "nextafter", args, nargs, kwnames, &x, &y) < 0)
        return RT_NULL;
    return rt_float_new(rt, nextafter(x, y));
}

static rt_value m_ulp(MATH_ARGS)
{
    (void)self;
    double x;
    if (rt_args_one(rt, "math.ulp", nargs, kwnames) < 0 || as_double(rt, args[0], &x) < 0)
        return RT_NULL;
    if (isnan(x))
        return rt_float_new(rt, x);
    x = fabs(x);
    if (isinf(x))
        return rt_float_new(rt, x);
    double x2 = nextafter(x, INFINITY);
    if (isinf(x2))
        return rt_float_new(rt, x - nextafter(x, -INFINITY));
    return rt_float_new(rt, x2 - x);
}

static rt_value m_ldexp(MATH_ARGS)
{
    (void)self;
    double x;
    if (rt_args_range(rt, "ldexp", nargs, kwnames, 2, 2) < 0 || as_double(rt, args[0], &x) < 0)
        return RT_NULL;
    if (!rt_is_intlike(args[1]))
        return rt_raise(rt, RT_EXC_TypeError, "Expected an int as second argument to ldexp.");
    int64_t e = rt_int_get(args[1]); /* saturates: the result is 0 or overflows anyway */
    double r;
    if (x == 0.0 || !isfinite(x))
        r = x;
    else if (e > 100000)
        return range_error(rt);
    else if (e < -100000)
        r = copysign(0.0, x);
    else
        r = ldexp(x, (int)e);
    if (isinf(r))
        return range_error(rt);
    return rt_float_new(rt, r);
}

static rt_value m_frexp(MATH_ARGS)
{
    (void)self;
    double x;
    if (rt_args_one(rt, "math.frexp", nargs, kwnames) < 0 || as_double(rt, args[0], &x) < 0)
        return RT_NULL;
    int e = 0;
    double m = (isnan(x) || isinf(x) || x == 0.0) ? x : frexp(x, &e);
    rt_value mv = rt_float_new(rt, m);
    if (!mv)
        return RT_NULL;
    rt_value t = rt_tuple_pack(rt, 2, mv, rt_smallint(e));
    rt_decref(rt, mv);
    return t;
}

static rt_value m_modf(MATH_ARGS)
{
    (void)self;
    double x, ip, fp;
    if (rt_args_one(rt, "math.modf", nargs, kwnames) < 0 || as_double(rt, args[0], &x) < 0)
        return RT_NULL;
    if (isinf(x)) {
        ip = x;
        fp = copysign(0.0, x);
    } else {
        fp = modf(x, &ip);
    }
    rt_value a = rt_float_new(rt, fp);
    rt_value b = a ? rt_float_new(rt, ip) : RT_NULL;
    rt_value t = b ? rt_tuple_pack(rt, 2, a, b) : RT_NULL;
    rt_decref(rt, a);
    rt_decref(rt, b);
    return t;
}

/* ---- logarithms (ints too large for a double included) -------------------------------- */

/* fn(x) for x > 0 with CPython's loghelper: a huge int is x = m * 2**e,
 * fn(m) + fn(2) * e. Domain errors for x <= 0. */
static int loghelper(rt_state *rt, rt_value v, double (*fn)(double), double *out)
{
    if (rt_is_intlike(v)) {
        if (rt_bigint_sign(v) <= 0) {
            domain_error(rt);
            return -1;
        }
        double d;
        if (!rt_is_bigint(v) || rt_bigint_to_double(v, &d)) {
            d = rt_is_bigint(v) ? d : (double)rt_int_get(v);
            *out = fn(d);
            return 0;
        }
        /* too large for a double: keep the top 64 bits, correctly rounded */
        uint64_t bits = rt_bigint_bit_length(v);
        rt_value top = rt_bigint_binop(rt, RT_OP_RSHIFT, v, rt_smallint((int64_t)bits - 64));
        if (!top)
            return -1;
        rt_limb buf[2];
        size_t n;
        bool neg;
        const rt_limb *d2 = rt_bigint_limbs(top, buf, &n, &neg);
        uint64_t u = n ? d2[0] : 0; /* 64 bits: one limb */
        rt_decref(rt, top);
        double m = ldexp((double)u, -64); /* in [0.5, 1], rounded once */
        int64_t e = (int64_t)bits;
        *out = fn(m) + fn(2.0) * (double)e;
        return 0;
    }
    double x;
    if (as_double(rt, v, &x) < 0)
        return -1;
    if (isnan(x) || (isinf(x) && x > 0)) {
        *out = x;
        return 0;
    }
    if (!(x > 0)) {
        domain_error(rt);
        return -1;
    }
    *out = fn(x);
    return 0;
}

static rt_value m_log(MATH_ARGS)
{
    (void)self;
    if (rt_args_no_kw(rt, "math.log", kwnames) < 0)
        return RT_NULL;
    if (nargs < 1 || nargs > 2)
        return rt_raise(rt, RT_EXC_TypeError, "math.log requires 1 to 2 arguments");
    double num, den;
    if (loghelper(rt, args[0], log, &num) < 0)
        return RT_NULL;
    if (nargs == 1)
        return rt_float_new(rt, num);
    if (loghelper(rt, args[1], log, &den) < 0)
        return RT_NULL;
    if (den == 0.0)
        return rt_raise(rt, RT_EXC_ZeroDivisionError, "float division by zero");
    return rt_float_new(rt, num / den);
}

static rt_value log_one(rt_state *rt, const char *qual, const rt_value *args, size_t nargs,
                        rt_value kwnames, double (*fn)(double))
{
    double r;
    if (rt_args_one(rt, qual, nargs, kwnames) < 0 || loghelper(rt, args[0], fn, &r) < 0)
        return RT_NULL;
    return rt_float_new(rt, r);
}
static rt_value m_log2(MATH_ARGS)
{
    (void)self;
    return log_one(rt, "math.log2", args, nargs, kwnames, log2);
}
static rt_value m_log10(MATH_ARGS)
{
    (void)self;
    return log_one(rt, "math.log10", args, nargs, kwnames, log10);
}
static rt_value m_log1p(MATH_ARGS)
{
    (void)self;
    double x;
    if (rt_args_one(rt, "math.log1p", nargs, kwnames) < 0 || as_double(rt, args[0], &x) < 0)
        return RT_NULL;
    if (x <= -1.0)
        return domain_error(rt);
    return rt_float_new(rt, log1p(x));
}

/* ---- sums, products, norms ------------------------------------------------------------- */

/* fsum: Shewchuk's exact partial sums, rounded once (CPython's algorithm,
 * with its handling of infinities, NaNs and intermediate overflow). */
static rt_value m_fsum(MATH_ARGS)
{
    (void)self;
    if (rt_args_one(rt, "math.fsum", nargs, kwnames) < 0)
        return RT_NULL;
    rt_value it = rt_getiter(rt, args[0]);
    if (!it)
        return RT_NULL;
    size_t cap = 32, n = 0;
    double *p = rt_heap_alloc(rt, NULL, cap * sizeof *p);
    double special_sum = 0.0, inf_sum = 0.0;
    rt_value result = RT_NULL, item;
    int rc;
    if (!p)
        goto done;
    while ((rc = rt_iternext(rt, it, &item)) == 1) {
        double x;
        int bad = as_double(rt, item, &x);
        rt_decref(rt, item);
        if (bad < 0)
            goto done;
        double xsave = x;
        size_t i = 0;
        for (size_t j = 0; j < n; j++) {
            double y = p[j];
            if (fabs(x) < fabs(y)) {
                double t = x;
                x = y;
                y = t;
            }
            double hi = x + y, yr = hi - x, lo = y - yr;
            if (lo != 0.0)
                p[i++] = lo;
            x = hi;
        }
        n = i;
        if (x != 0.0) {
            if (!isfinite(x)) {
                if (isfinite(xsave)) {
                    rt_raise(rt, RT_EXC_OverflowError, "intermediate overflow in fsum");
                    goto done;
                }
                if (isinf(xsave))
                    inf_sum += xsave;
                special_sum += xsave;
                n = 0;
            } else {
                if (n == cap) {
                    double *np = rt_heap_resize(rt, NULL, p, cap * sizeof *p, 2 * cap * sizeof *p);
                    if (!np)
                        goto done;
                    p = np;
                    cap *= 2;
                }
                p[n++] = x;
            }
        }
    }
    if (rc < 0)
        goto done;
    if (special_sum != 0.0) {
        if (isnan(inf_sum))
            rt_raise(rt, RT_EXC_ValueError, "-inf + inf in fsum");
        else
            result = rt_float_new(rt, special_sum);
        goto done;
    }
    double hi = 0.0;
    if (n > 0) {
        double lo = 0.0;
        hi = p[--n];
        while (n > 0) {
            double x = hi, y = p[--n];
            hi = x + y;
            double yr = hi - x;
            lo = y - yr;
            if (lo != 0.0)
                break;
        }
        /* round half-even across the remaining partials */
        if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
            double y = lo * 2.0, x = hi + y, yr = x - hi;
            if (y == yr)
                hi = x;
        }
    }
    result = rt_float_new(rt, hi);
done:
    if (p)
        rt_heap_free(rt, NULL, p, cap * sizeof *p);
    rt_decref(rt, it);
    return result;
}

static rt_value m_prod(MATH_ARGS)
{
    (void)self;
    static const char *const names[] = {"", "start", NULL};
    rt_value a[2];
    if (nargs != 1)
        return rt_raise(rt, RT_EXC_TypeError,
                        "prod() takes exactly 1 positional argument (%zu given)", nargs);
    if (rt_args_parse(rt, "prod", args, nargs, kwnames, 1, names, a) < 0)
        return RT_NULL;
    rt_value acc = a[1] ? a[1] : rt_smallint(1);
    rt_incref(acc);
    rt_value it = rt_getiter(rt, a[0]);
    if (!it) {
        rt_decref(rt, acc);
        return RT_NULL;
    }
    rt_value item;
    int rc;
    while ((rc = rt_iternext(rt, it, &item)) == 1) {
        rt_value r = rt_binop(rt, RT_OP_MUL, acc, item);
        rt_decref(rt, item);
        rt_decref(rt, acc);
        acc = r;
        if (!r)
            break;
    }
    rt_decref(rt, it);
    if (rc < 0 || !acc) {
        rt_decref(rt, acc);
        return RT_NULL;
    }
    return acc;
}

/* sqrt(sum(x*x)) of n finite coordinates, scaled by the largest so no
 * square overflows, with a compensated sum. */
static double vector_norm(const double *v, size_t n, double max, bool found_nan)
{
    if (isinf(max))
        return max;
    if (found_nan)
        return NAN;
    if (max == 0.0 || n <= 1)
        return max;
    double sum = 0.0, comp = 0.0;
    for (size_t i = 0; i < n; i++) {
        double x = v[i] / max, y = x * x - comp, t = sum + y;
        comp = (t - sum) - y;
        sum = t;
    }
    return max * sqrt(sum);
}

static rt_value m_hypot(MATH_ARGS)
{
    (void)self;
    if (rt_args_no_kw(rt, "hypot", kwnames) < 0)
        return RT_NULL;
    if (nargs == 2) {
        double x, y;
        if (as_double(rt, args[0], &x) < 0 || as_double(rt, args[1], &y) < 0)
            return RT_NULL;
        return rt_float_new(rt, hypot(x, y));
    }
    double *v = rt_heap_alloc(rt, NULL, (nargs ? nargs : 1) * sizeof *v);
    if (!v)
        return RT_NULL;
    double max = 0.0;
    bool nan = false;
    for (size_t i = 0; i < nargs; i++) {
        if (as_double(rt, args[i], &v[i]) < 0) {
            rt_heap_free(rt, NULL, v, (nargs ? nargs : 1) * sizeof *v);
            return RT_NULL;
        }
        v[i] = fabs(v[i]);
        nan |= isnan(v[i]);
        if (v[i] > max)
            max = v[i];
    }
    double r = vector_norm(v, nargs, max, nan);
    rt_heap_free(rt, NULL, v, (nargs ? nargs : 1) * sizeof *v);
    return rt_float_new(rt, r);
}

static rt_value m_dist(MATH_ARGS)
{
    (void)self;
    if (rt_args_range(rt, "dist", nargs, kwnames, 2, 2) < 0)
        return RT_NULL;
    rt_value tp = rt_call(rt, rt->type_objs[RT_T_TUPLE], args, 1, RT_NULL);
    rt_value tq = tp ? rt_call(rt, rt->type_objs[RT_T_TUPLE], args + 1, 1, RT_NULL) : RT_NULL;
    rt_value result = RT_NULL;
    double *v = NULL;
    size_t np = 0, nq = 0;
    if (!tq)
        goto done;
    const rt_value *p = rt_tuple_items(tp), *q = rt_tuple_items(tq);
    np = (size_t)rt_tuple_len(tp);
    nq = (size_t)rt_tuple_len(tq);
    if (np != nq) {
        rt_raise(rt, RT_EXC_ValueError, "both points must have the same number of dimensions");
        goto done;
    }
    v = rt_heap_alloc(rt, NULL, (np ? np : 1) * sizeof *v);
    if (!v)
        goto done;
    double max = 0.0;
    bool nan = false;
    for (size_t i = 0; i < np; i++) {
        double a, b;
        if (as_double(rt, p[i], &a) < 0 || as_double(rt, q[i], &b) < 0)
            goto done;
        v[i] = fabs(a - b);
        nan |= isnan(v[i]);
        if (v[i] > max)
            max = v[i];
    }
    result = rt_float_new(rt, vector_norm(v, np, max, nan));
done:
    if (v)
        rt_heap_free(rt, NULL, v, (np ? np : 1) * sizeof *v);
    rt_decref(rt, tp);
    rt_decref(rt, tq);
    return result;
}

static rt_value m_isclose(MATH_ARGS)
{
    (void)self;
    static const char *const names[] = {"a", "b", "rel_tol", "abs_tol", NULL};
    rt_value a[4];
    if (rt_args_parse(rt, "isclose", args, nargs, kwnames, 2, names, a) < 0)
        return RT_NULL;
    if (!a[0] || !a[1])
        return rt_raise(rt, RT_EXC_TypeError, "isclose() missing required argument '%s' (pos %d)",
                        a[0] ? "b" : "a", a[0] ? 2 : 1);
    double x, y, rel = 1e-09, abs_tol = 0.0;
    if (as_double(rt, a[0], &x) < 0 || as_double(rt, a[1], &y) < 0 ||
        (a[2] && as_double(rt, a[2], &rel) < 0) || (a[3] && as_double(rt, a[3], &abs_tol) < 0))
        return RT_NULL;
    if (rel < 0.0 || abs_tol < 0.0)
        return rt_raise(rt, RT_EXC_ValueError, "tolerances must be non-negative");
    if (x == y)
        return RT_TRUE;
    if (isinf(x) || isinf(y))
        return RT_FALSE;
    double diff = fabs(y - x);
    return rt_bool((diff <= fabs(rel * y)) || (diff <= fabs(rel * x)) || (diff <= abs_tol));
}

/* ---- integer functions ------------------------------------------------------------------- */

/* The product lo * (lo+1) * ... * hi by halves, so the big multiplications
 * are balanced (Karatsuba does the rest). */
static rt_value range_product(rt_state *rt, uint64_t lo, uint64_t hi)
{
    if (hi - lo < 8) {
        rt_value acc = rt_bigint_from_u64(rt, lo);
        for (uint64_t k = lo + 1; acc && k <= hi; k++) {
            rt_value kv = rt_bigint_from_u64(rt, k);
            rt_value r = kv ? rt_bigint_binop(rt, RT_OP_MUL, acc, kv) : RT_NULL;
            rt_decref(rt, kv);
            rt_decref(rt, acc);
            acc = r;
        }
        return acc;
    }
    uint64_t mid = lo + (hi - lo) / 2;
    rt_value a = range_product(rt, lo, mid);
    rt_value b = a ? range_product(rt, mid + 1, hi) : RT_NULL;
    rt_value r = b ? rt_bigint_binop(rt, RT_OP_MUL, a, b) : RT_NULL;
    rt_decref(rt, a);
    rt_decref(rt, b);
    return r;
}

static rt_value m_factorial(MATH_ARGS)
{
    (void)self;
    if (rt_args_one(rt, "math.factorial", nargs, kwnames) < 0 || as_int(rt, args[0]) < 0)
        return RT_NULL;
    int64_t n;
    if (!rt_int_as_i64(args[0], &n)) {
        if (rt_bigint_sign(args[0]) < 0)
            return rt_raise(rt, RT_EXC_ValueError, "factorial() not defined for negative values");
        return rt_raise(rt, RT_EXC_OverflowError,
                        "factorial() argument should not exceed 9223372036854775807");
    }
    if (n < 0)
        return rt_raise(rt, RT_EXC_ValueError, "factorial() not defined for negative values");
    if (n > 20000000) /* log2(n!) > 2**31 bits: past RT_INT_MAX_LIMBS */
        return rt_raise(rt, RT_EXC_MemoryError, "%s", "");
    if (n < 2)
        return rt_smallint(1);
    return range_product(rt, 2, (uint64_t)n);
}

/* gcd(a, b) of two ints: Euclid on the magnitudes. */
static rt_value gcd2(rt_state *rt, rt_value a, rt_value b)
{
    int64_t x, y;
    if (rt_int_as_i64(a, &x) && rt_int_as_i64(b, &y) && x != INT64_MIN && y != INT64_MIN) {
        uint64_t u = (uint64_t)(x < 0 ? -x : x), v = (uint64_t)(y < 0 ? -y : y);
        while (v) {
            uint64_t t = u % v;
            u = v;
            v = t;
        }
        return rt_bigint_from_u64(rt, u);
    }
    rt_value u = rt_bigint_abs(rt, a), v = u ? rt_bigint_abs(rt, b) : RT_NULL;
    if (!v) {
        rt_decref(rt, u);
        return RT_NULL;
    }
    while (rt_bigint_sign(v) != 0) {
        rt_value t = rt_bigint_binop(rt, RT_OP_MOD, u, v);
        rt_decref(rt, u);
        if (!t) {
            rt_decref(rt, v);
            return RT_NULL;
        }
        u = v;
        v = t;
    }
    rt_decref(rt, v);
    return u;
}

static rt_value m_gcd(MATH_ARGS)
{
    (void)self;
    if (rt_args_no_kw(rt, "gcd", kwnames) < 0)
        return RT_NULL;
    rt_value acc = rt_smallint(0);
    for (size_t i = 0; i < nargs; i++) {
        if (as_int(rt, args[i]) < 0) {
            rt_decref(rt, acc);
            return RT_NULL;
        }
        rt_value g = gcd2(rt, acc, args[i]);
        rt_decref(rt, acc);
        if (!g)
            return RT_NULL;
        acc = g;
    }
    return acc;
}

static rt_value m_lcm(MATH_ARGS)
{
    (void)self;
    if (rt_args_no_kw(rt, "lcm", kwnames) < 0)
        return RT_NULL;
    rt_value acc = rt_smallint(1);
    for (size_t i = 0; i < nargs; i++) {
        if (as_int(rt, args[i]) < 0) {
            rt_decref(rt, acc);
            return RT_NULL;
        }
        rt_value b = args[i], r;
        if (rt_bigint_sign(acc) == 0 || rt_bigint_sign(b) == 0) {
            r = rt_smallint(0);
        } else {
            rt_value g = gcd2(rt, acc, b);
            rt_value q = g ? rt_bigint_binop(rt, RT_OP_FLOORDIV, acc, g) : RT_NULL;
            rt_value m = q ? rt_bigint_binop(rt, RT_OP_MUL, q, b) : RT_NULL;
            r = m ? rt_bigint_abs(rt, m) : RT_NULL;
            rt_decref(rt, g);
            rt_decref(rt, q);
            rt_decref(rt, m);
        }
        rt_decref(rt, acc);
        if (!r)
            return RT_NULL;
        acc = r;
    }
    return acc;
}

/* floor(sqrt(n)) for n >= 0: Newton's iteration from above. */
static rt_value isqrt_value(rt_state *rt, rt_value n)
{
    int64_t small;
    if (rt_int_as_i64(n, &small) && small < (INT64_C(1) << 52)) {
        int64_t r = (int64_t)sqrt((double)small);
        while (r * r > small)
            r--;
        while ((r + 1) * (r + 1) <= small)
            r++;
        return rt_smallint(r);
    }
    uint64_t bits = rt_bigint_bit_length(n);
    rt_value x =
        rt_bigint_binop(rt, RT_OP_LSHIFT, rt_smallint(1), rt_smallint((int64_t)((bits + 1) / 2)));
    while (x) {
        rt_value q = rt_bigint_binop(rt, RT_OP_FLOORDIV, n, x);
        rt_value s = q ? rt_bigint_binop(rt, RT_OP_ADD, x, q) : RT_NULL;
        rt_value y = s ? rt_bigint_binop(rt, RT_OP_RSHIFT, s, rt_smallint(1)) : RT_NULL;
        rt_decref(rt, q);
        rt_decref(rt, s);
        if (!y) {
            rt_decref(rt, x);
            return RT_NULL;
        }
        if (rt_bigint_cmp(y, x) >= 0) {
            rt_decref(rt, y);
            return x;
        }
        rt_decref(rt, x);
        x = y;
    }
    return RT_NULL;
}

static rt_value m_isqrt(MATH_ARGS)
{
    (void)self;
    if (rt_args_one(rt, "math.isqrt", nargs, kwnames) < 0 || as_int(rt, args[0]) < 0)
        return RT_NULL;
    if (rt_bigint_sign(args[0]) < 0)
        return rt_raise(rt, RT_EXC_ValueError, "isqrt() argument must be nonnegative");
    return isqrt_value(rt, args[0]);
}

/* n! / (n-k)! (perm) or that divided by k! (comb), for 0 <= k <= n, one
 * factor at a time (each step's division is exact). */
static rt_value falling(rt_state *rt, rt_value n, rt_value k, bool divide)
{
    int64_t kk;
    if (!rt_int_as_i64(k, &kk) || kk > 100000000)
        return rt_raise(rt, RT_EXC_OverflowError, "min(n - k, k) must not exceed %lld",
                        (long long)INT64_MAX);
    rt_value acc = rt_smallint(1);
    for (int64_t i = 0; acc && i < kk; i++) {
        rt_value f = rt_bigint_binop(rt, RT_OP_SUB, n, rt_smallint(i));
        rt_value m = f ? rt_bigint_binop(rt, RT_OP_MUL, acc, f) : RT_NULL;
        rt_decref(rt, f);
        rt_decref(rt, acc);
        acc = m;
        if (acc && divide) {
            rt_value d = rt_bigint_binop(rt, RT_OP_FLOORDIV, acc, rt_smallint(i + 1));
            rt_decref(rt, acc);
            acc = d;
        }
    }
    return acc;
}

static int check_nk(rt_state *rt, rt_value n, rt_value k)
{
    if (as_int(rt, n) < 0 || as_int(rt, k) < 0)
        return -1;
    if (rt_bigint_sign(n) < 0) {
        rt_raise(rt, RT_EXC_ValueError, "n must be a non-negative integer");
        return -1;
    }
    if (rt_bigint_sign(k) < 0) {
        rt_raise(rt, RT_EXC_ValueError, "k must be a non-negative integer");
        return -1;
    }
    return 0;
}

static rt_value m_comb(MATH_ARGS)
{
    (void)self;
    if (rt_args_range(rt, "comb", nargs, kwnames, 2, 2) < 0 || check_nk(rt, args[0], args[1]) < 0)
        return RT_NULL;
    if (rt_bigint_cmp(args[1], args[0]) > 0)
        return rt_smallint(0);
    rt_value nk = rt_bigint_binop(rt, RT_OP_SUB, args[0], args[1]);
    if (!nk)
        return RT_NULL;
    rt_value k = rt_bigint_cmp(nk, args[1]) < 0 ? nk : args[1]; /* min(k, n - k) */
    rt_value r = falling(rt, args[0], k, true);
    rt_decref(rt, nk);
    return r;
}

static rt_value m_perm(MATH_ARGS)
{
    (void)self;
    if (rt_args_range(rt, "perm", nargs, kwnames, 1, 2) < 0)
        return RT_NULL;
    if (nargs == 1 || args[1] == RT_NONE) {
        if (as_int(rt, args[0]) < 0)
            return RT_NULL;
        if (rt_bigint_sign(args[0]) < 0)
            return rt_raise(rt, RT_EXC_ValueError, "n must be a non-negative integer");
        return m_factorial(rt, self, args, 1, RT_NULL);
    }
    if (check_nk(rt, args[0], args[1]) < 0)
        return RT_NULL;
    if (rt_bigint_cmp(args[1], args[0]) > 0)
        return rt_smallint(0);
    return falling(rt, args[0], args[1], false);
}

/* ---- the module ---------------------------------------------------------------------------- */

static const rt_builtin_def math_funcs[] = {
#define MATH_1_ENTRY(name, fn, ovf) {#name, m1_##name},
    MATH_1_LIST(MATH_1_ENTRY)
#undef MATH_1_ENTRY
        {"isfinite", m_isfinite},
    {"isinf", m_isinf},
    {"isnan", m_isnan},
    {"floor", m_floor},
    {"ceil", m_ceil},
    {"trunc", m_trunc},
    {"pow", m_pow},
    {"atan2", m_atan2},
    {"copysign", m_copysign},
    {"fmod", m_fmod},
    {"remainder", m_remainder},
    {"nextafter", m_nextafter},
    {"ulp", m_ulp},
    {"ldexp", m_ldexp},
    {"frexp", m_frexp},
    {"modf", m_modf},
    {"log", m_log},
    {"log2", m_log2},
    {"log10", m_log10},
    {"log1p", m_log1p},
    {"fsum", m_fsum},
    {"prod", m_prod},
    {"hypot", m_hypot},
    {"dist", m_dist},
    {"isclose", m_isclose},
    {"factorial", m_factorial},
    {"gcd", m_gcd},
    {"lcm", m_lcm},
    {"isqrt", m_isqrt},
    {"comb", m_comb},
    {"perm", m_perm},
    {NULL, NULL},
};

int rt__mod_math_fill(rt_state *rt, rt_value d)
{
    static const struct {
        const char *name;
        double value;
    } consts[] = {
        {"pi", MATH_PI}, {"e", MATH_E}, {"tau", 2 * MATH_PI}, {"inf", INFINITY}, {"nan", NAN}};
    if (rt__module_add_funcs(rt, d, math_funcs) < 0)
        return -1;
    for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++) {
        rt_value v = rt_float_new(rt, consts[i].value);
        int r = v ? rt_dict_set_cstr(rt, d, consts[i].name, v) : -1;
        rt_decref(rt, v);
        if (r < 0)
            return -1;
    }
    return 0;
}
