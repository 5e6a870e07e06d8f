/* mod_cmath.c: the native `cmath` module: sqrt, exp, log, log10, phase,
 * polar, rect, isclose, isfinite/isinf/isnan and the constants, computed
 * with CPython's algorithms for finite values (scaled square root, log
 * through log1p near the unit circle) so results match it bit for bit, and
 * with C99's special values for infinities and NaNs. */
#include <complex.h>
#include <errno.h>
#include <float.h>
#include <math.h>

#include "runtime/builtin.h"
#include "runtime/class.h"
#include "runtime/complex.h"
#include "runtime/dict.h"
#include "runtime/module.h"
#include "runtime/num.h"
#include "runtime/tuple.h"
#include "runtime/type.h"

#define CM_PI 3.141592653589793238462643383279502884
#define CM_E 2.718281828459045235360287471352662498
#define CM_LN2 0.6931471805599453094
#define CM_LN10 2.302585092994045684
#define CM_LARGE_DOUBLE (DBL_MAX / 4.0)
#define CM_SCALE_UP (2 * (DBL_MANT_DIG / 2) + 1)
#define CM_SCALE_DOWN (-(CM_SCALE_UP + 1) / 2)

typedef struct cpx {
    double re, im;
} cpx;

#define CMATH_ARGS rt_state *rt, rt_value self, const rt_value *args, size_t nargs, rt_value kwnames

/* v as a complex: a complex, int, bool, float, or an object with
 * __complex__ or __float__; -1 with CPython's TypeError otherwise. */
static int as_complex(rt_state *rt, rt_value v, cpx *z)
{
    int st = rt__complex_parts(rt, v, &z->re, &z->im);
    if (st <= 0)
        return st;
    if (rt__is_user_obj(v)) {
        rt_value m = rt__special(rt, v, RT_ID_float);
        if (m && m != RT_NONE) {
            rt_value r = rt__call_special(rt, m, v, NULL, 0);
            if (!r)
                return -1;
            int ok = rt_is_float(r);
            if (ok)
                z->re = rt_float_get(r);
            else
                rt_raise(rt, RT_EXC_TypeError, "%s.__float__ returned non-float (type %s)",
                         rt_type_name(v), rt_type_name(r));
            rt_decref(rt, r);
            return ok ? 0 : -1;
        }
    }
    rt_raise(rt, RT_EXC_TypeError, "must be real number, not %s", rt_type_name(v));
    return -1;
}

static int one_complex(rt_state *rt, const char *name, const rt_value *args, size_t nargs,
                       rt_value kwnames, cpx *z)
{
    if (rt_args_one(rt, name, nargs, kwnames) < 0)
        return -1;
    return as_complex(rt, args[0], z);
}

static bool finite(cpx z)
{
    return isfinite(z.re) && isfinite(z.im);
}

/* C11 lays a double complex out as two doubles (real, imaginary): built
 * from its parts so that infinities and NaNs stay as they are. */
static double complex to_c99(cpx z)
{
    union {
        double parts[2];
        double complex c;
    } u = {{z.re, z.im}};
    return u.c;
}

static cpx from_c99(double complex c)
{
    return (cpx){creal(c), cimag(c)};
}

/* The result, or CPython's error for errno-like `err`: EDOM is
 * ValueError "math domain error", ERANGE OverflowError "math range error". */
static rt_value result(rt_state *rt, cpx r, int err)
{
    if (err == EDOM)
        return rt_raise(rt, RT_EXC_ValueError, "math domain error");
    if (err == ERANGE)
        return rt_raise(rt, RT_EXC_OverflowError, "math range error");
    return rt_complex_new(rt, r.re, r.im);
}

/* ---- the functions ------------------------------------------------------------ */

static cpx c_sqrt(cpx z)
{
    if (!finite(z))
        return from_c99(csqrt(to_c99(z)));
    if (z.re == 0.0 && z.im == 0.0)
        return (cpx){0.0, z.im};
    double ax = fabs(z.re), ay = fabs(z.im), s;
    if (ax < DBL_MIN && ay < DBL_MIN) {
        /* hypot(ax, ay) would be subnormal: scale up first */
        ax = ldexp(ax, CM_SCALE_UP);
        s = ldexp(sqrt(ax + hypot(ax, ldexp(ay, CM_SCALE_UP))), CM_SCALE_DOWN);
    } else {
        ax /= 8.0;
        s = 2.0 * sqrt(ax + hypot(ax, ay / 8.0));
    }
    double d = ay / (2.0 * s);
    if (z.re >= 0.0)
        return (cpx){s, copysign(d, z.im)};
    return (cpx){d, copysign(s, z.im)};
}

static cpx c_log(cpx z, int *err)
{
    if (!finite(z))
        return from_c99(clog(to_c99(z)));
    double ax = fabs(z.re), ay = fabs(z.im), re;
    if (ax > CM_LARGE_DOUBLE || ay > CM_LARGE_DOUBLE) {
        re = log(hypot(ax / 2.0, ay / 2.0)) + CM_LN2;
    } else if (ax < DBL_MIN && ay < DBL_MIN) {
        if (ax > 0.0 || ay > 0.0) {
            re = log(hypot(ldexp(ax, DBL_MANT_DIG), ldexp(ay, DBL_MANT_DIG))) -
                 DBL_MANT_DIG * CM_LN2;
        } else {
            re = -INFINITY;
            *err = EDOM;
        }
    } else {
        double h = hypot(ax, ay);
        if (0.71 <= h && h <= 1.73) {
            double am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
            re = log1p((am - 1) * (am + 1) + an * an) / 2.0;
        } else {
            re = log(h);
        }
    }
    return (cpx){re, atan2(z.im, z.re)};
}

static cpx c_quot(cpx a, cpx b, int *err)
{
    double abs_re = fabs(b.re), abs_im = fabs(b.im);
    if (abs_re >= abs_im) {
        if (abs_re == 0.0) {
            *err = EDOM;
            return (cpx){0.0, 0.0};
        }
        double ratio = b.im / b.re, denom = b.re + b.im * ratio;
        return (cpx){(a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom};
    }
    if (abs_im >= abs_re) {
        double ratio = b.re / b.im, denom = b.re * ratio + b.im;
        return (cpx){(a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom};
    }
    return (cpx){NAN, NAN};
}

static rt_value cm_sqrt(CMATH_ARGS)
{
    (void)self;
    cpx z;
    if (one_complex(rt, "cmath.sqrt", args, nargs, kwnames, &z) < 0)
        return RT_NULL;
    return result(rt, c_sqrt(z), 0);
}

static rt_value cm_exp(CMATH_ARGS)
{
    (void)self;
    cpx z, r;
    if (one_complex(rt, "cmath.exp", args, nargs, kwnames, &z) < 0)
        return RT_NULL;
    if (!finite(z)) {
        /* an infinite imaginary part is a domain error unless the real
         * part is NaN or -inf (the result is then 0 or NaN) */
        if (isinf(z.im) && (isfinite(z.re) || (isinf(z.re) && z.re > 0)))
            return result(rt, z, EDOM);
        return result(rt, from_c99(cexp(to_c99(z))), 0);
    }
    if (z.re > log(CM_LARGE_DOUBLE)) {
        double l = exp(z.re - 1.0);
        r.re = l * cos(z.im) * CM_E;
        r.im = l * sin(z.im) * CM_E;
    } else {
        double l = exp(z.re);
        r.re = l * cos(z.im);
        r.im = l * sin(z.im);
    }
    return result(rt, r, isinf(r.re) || isinf(r.im) ? ERANGE : 0);
}

static rt_value cm_log(CMATH_ARGS)
{
    (void)self;
    if (rt_args_no_kw(rt, "cmath.log", kwnames) < 0 ||
        rt_args_range(rt, "log", nargs, kwnames, 1, 2) < 0)
        return RT_NULL;
    rt_value a[2] = {args[0], nargs > 1 ? args[1] : RT_NULL};
    cpx z, b;
    int err = 0;
    if (as_complex(rt, a[0], &z) < 0)
        return RT_NULL;
    z = c_log(z, &err);
    if (a[1]) {
        if (as_complex(rt, a[1], &b) < 0)
            return RT_NULL;
        err = 0; /* as CPython's: the base's logarithm resets errno */
        b = c_log(b, &err);
        z = c_quot(z, b, &err);
    }
    return result(rt, z, err);
}

static rt_value cm_log10(CMATH_ARGS)
{
    (void)self;
    cpx z;
    int err = 0;
    if (one_complex(rt, "cmath.log10", args, nargs, kwnames, &z) < 0)
        return RT_NULL;
    z = c_log(z, &err);
    return result(rt, (cpx){z.re / CM_LN10, z.im / CM_LN10}, err);
}

static rt_value cm_phase(CMATH_ARGS)
{
    (void)self;
    cpx z;
    if (one_complex(rt, "cmath.phase", args, nargs, kwnames, &z) < 0)
        return RT_NULL;
    return rt_float_new(rt, atan2(z.im, z.re));
}

/* abs() of a complex as CPython's _Py_c_abs: infinities win over NaNs. */
static double c_abs(cpx z)
{
    if (isinf(z.re) || isinf(z.im))
        return INFINITY;
    if (isnan(z.re) || isnan(z.im))
        return NAN;
    return hypot(z.re, z.im);
}

static rt_value cm_polar(CMATH_ARGS)
{
    (void)self;
    cpx z;
    if (one_complex(rt, "cmath.polar", args, nargs, kwnames, &z) < 0)
        return RT_NULL;
    double r = c_abs(z);
    if (isinf(r) && finite(z))
        return rt_raise(rt, RT_EXC_OverflowError, "math range error");
    rt_value a = rt_float_new(rt, r);
    rt_value p = a ? rt_float_new(rt, atan2(z.im, z.re)) : RT_NULL;
    rt_value t = p ? rt_tuple_pack(rt, 2, a, p) : RT_NULL;
    rt_decref(rt, a);
    rt_decref(rt, p);
    return t;
}

static int as_real(rt_state *rt, rt_value v, double *out)
{
    cpx z;
    if (rt_is_complex(v)) {
        rt_raise(rt, RT_EXC_TypeError, "must be real number, not complex");
        return -1;
    }
    if (as_complex(rt, v, &z) < 0)
        return -1;
    *out = z.re;
    return 0;
}

static rt_value cm_rect(CMATH_ARGS)
{
    (void)self;
    double r, phi;
    if (rt_args_range(rt, "rect", nargs, kwnames, 2, 2) < 0 || as_real(rt, args[0], &r) < 0 ||
        as_real(rt, args[1], &phi) < 0)
        return RT_NULL;
    if (isfinite(r) && isfinite(phi)) {
        if (phi == 0.0)
            return rt_complex_new(rt, r, r * phi);
        return rt_complex_new(rt, r * cos(phi), r * sin(phi));
    }
    if (r != 0.0 && !isnan(r) && isinf(phi))
        return result(rt, (cpx){0, 0}, EDOM);
    if (isinf(r) && isfinite(phi) && phi != 0.0) {
        double s = r > 0 ? 1.0 : -1.0;
        return rt_complex_new(rt, s * copysign(INFINITY, cos(phi)),
                              s * copysign(INFINITY, sin(phi)));
    }
    if (isinf(r) && phi == 0.0)
        return rt_complex_new(rt, r, phi * (r > 0 ? 1.0 : -1.0));
    if (r == 0.0)
        return rt_complex_new(rt, 0.0, 0.0);
    return rt_complex_new(rt, NAN, phi == 0.0 ? phi : NAN);
}

static rt_value cm_isclose(CMATH_ARGS)
{
    (void)self;
    static const char *const names[] = {"a", "b", "rel_tol", "abs_tol", NULL};
    rt_value a[4];
    if (rt_args_parse(rt, "isclose", args, nargs, kwnames, 2, names, a) < 0)
        return RT_NULL;
    if (!a[0] || !a[1])
        return rt_raise(rt, RT_EXC_TypeError, "isclose() missing required argument '%s' (pos %d)",
                        a[0] ? "b" : "a", a[0] ? 2 : 1);
    cpx x, y;
    double rel = 1e-09, abs_tol = 0.0;
    if (as_complex(rt, a[0], &x) < 0 || as_complex(rt, a[1], &y) < 0 ||
        (a[2] && as_real(rt, a[2], &rel) < 0) || (a[3] && as_real(rt, a[3], &abs_tol) < 0))
        return RT_NULL;
    if (rel < 0.0 || abs_tol < 0.0)
        return rt_raise(rt, RT_EXC_ValueError, "tolerances must be non-negative");
    if (x.re == y.re && x.im == y.im)
        return RT_TRUE;
    if (isinf(x.re) || isinf(x.im) || isinf(y.re) || isinf(y.im))
        return RT_FALSE;
    double diff = c_abs((cpx){x.re - y.re, x.im - y.im});
    return rt_bool(diff <= rel * c_abs(y) || diff <= rel * c_abs(x) || diff <= abs_tol);
}

static rt_value cm_isfinite(CMATH_ARGS)
{
    (void)self;
    cpx z;
    if (one_complex(rt, "cmath.isfinite", args, nargs, kwnames, &z) < 0)
        return RT_NULL;
    return rt_bool(finite(z));
}

static rt_value cm_isinf(CMATH_ARGS)
{
    (void)self;
    cpx z;
    if (one_complex(rt, "cmath.isinf", args, nargs, kwnames, &z) < 0)
        return RT_NULL;
    return rt_bool(isinf(z.re) || isinf(z.im));
}

static rt_value cm_isnan(CMATH_ARGS)
{
    (void)self;
    cpx z;
    if (one_complex(rt, "cmath.isnan", args, nargs, kwnames, &z) < 0)
        return RT_NULL;
    return rt_bool(isnan(z.re) || isnan(z.im));
}

static const rt_builtin_def cmath_funcs[] = {
    {"sqrt", cm_sqrt},         {"exp", cm_exp},     {"log", cm_log},     {"log10", cm_log10},
    {"phase", cm_phase},       {"polar", cm_polar}, {"rect", cm_rect},   {"isclose", cm_isclose},
    {"isfinite", cm_isfinite}, {"isinf", cm_isinf}, {"isnan", cm_isnan}, {NULL, NULL},
};

int rt__mod_cmath_fill(rt_state *rt, rt_value d)
{
    static const struct {
        const char *name;
        double re, im;
        bool complex_value;
    } consts[] = {
        {"pi", CM_PI, 0, false},     {"e", CM_E, 0, false},  {"tau", 2 * CM_PI, 0, false},
        {"inf", INFINITY, 0, false}, {"nan", NAN, 0, false}, {"infj", 0, INFINITY, true},
        {"nanj", 0, NAN, true},
    };
    if (rt__module_add_funcs(rt, d, cmath_funcs) < 0)
        return -1;
    for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++) {
        rt_value v = consts[i].complex_value ? rt_complex_new(rt, consts[i].re, consts[i].im)
                                             : rt_float_new(rt, consts[i].re);
        int r = v ? rt_dict_set_cstr(rt, d, consts[i].name, v) : -1;
        rt_decref(rt, v);
        if (r < 0)
            return -1;
    }
    return 0;
}
