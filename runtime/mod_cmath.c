/* mod_cmath.c: the native `cmath` module: sqrt, exp, log, log10, the
 * trigonometric and hyperbolic functions and their inverses, phase,
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
            st = rt__float_result(rt, v, r, &z->re);
            rt_decref(rt, r);
            return st;
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

/* ---- hyperbolic and trigonometric functions ------------------------------------
 * CPython's formulas for finite arguments (so results agree bit for bit),
 * CPython's special values for infinities and NaNs, and its errors: a domain error
 * where an infinite imaginary part meets a real part that is not NaN (a
 * finite one, for tanh), a range error where a finite argument overflows.
 * The trigonometric functions go through the hyperbolic ones at i*z. */

#define CM_LOG_LARGE_DOUBLE 708.3964185322641 /* log(DBL_MAX / 4) */
#define CM_SQRT_LARGE_DOUBLE 6.703903964971298e+153
#define CM_SQRT_DBL_MIN 1.4916681462400413e-154

/* Results for arguments with an infinite or NaN part, indexed by the class
 * of each part (special_class): CPython's values, which follow C99's Annex G
 * with their own choices of zero signs. The pairs of finite parts, and those
 * the callers' errno rules make a domain error, hold NaNs (unused). */
static const cpx sinh_special[7][7] = {
    {{NAN, NAN},
     {INFINITY, -INFINITY},
     {-INFINITY, -0.0},
     {-INFINITY, 0.0},
     {INFINITY, INFINITY},
     {NAN, NAN},
     {INFINITY, NAN}},
    {{NAN, NAN}, {NAN, NAN}, {NAN, NAN}, {NAN, NAN}, {NAN, NAN}, {NAN, NAN}, {NAN, NAN}},
    {{NAN, NAN}, {NAN, NAN}, {NAN, NAN}, {NAN, NAN}, {NAN, NAN}, {NAN, NAN}, {0.0, NAN}},
    {{NAN, NAN}, {NAN, NAN}, {NAN, NAN}, {NAN, NAN}, {NAN, NAN}, {NAN, NAN}, {0.0, NAN}},
    {{NAN, NAN}, {NAN, NAN}, {NAN, NAN}, {NAN, NAN}, {NAN, NAN}, {NAN, NAN}, {NAN, NAN}},
    {{NAN, NAN},
     {-INFINITY, -INFINITY},
     {INFINITY, -0.0},
     {INFINITY, 0.0},
     {-INFINITY, INFINITY},
     {NAN, NAN},
     {INFINITY, NAN}},
    {{NAN, NAN}, {NAN, NAN}, {NAN, -0.0}, {NAN, 0.0}, {NAN, NAN}, {NAN, NAN}, {NAN, NAN}},
};
static const cpx cosh_special[7][7] = {
    {{NAN, NAN},
     {-INFINITY, INFINITY},
     {INFINITY, 0.0},
     {INFINITY, -0.0},
     {-INFINITY, -INFINITY},
     {NAN, NAN},
     {INFINITY, NAN}},
    {{NAN, NAN}, {NAN, NAN}, {NAN, NAN}, {NAN, NAN}, {NAN, NAN}, {NAN, NAN}, {NAN, NAN}},
    {{NAN, NAN}, {NAN, NAN}, {NAN, NAN}, {NAN, NAN}, {NAN, NAN}, {NAN, NAN}, {NAN, 0.0}},
    {{NAN, NAN}, {NAN, NAN}, {NAN, NAN}, {NAN, NAN}, {NAN, NAN}, {NAN, NAN}, {NAN, 0.0}},
    {{NAN, NAN}, {NAN, NAN}, {NAN, NAN}, {NAN, NAN}, {NAN, NAN}, {NAN, NAN}, {NAN, NAN}},
    {{NAN, NAN},
     {-INFINITY, -INFINITY},
     {INFINITY, -0.0},
     {INFINITY, 0.0},
     {-INFINITY, INFINITY},
     {NAN, NAN},
     {INFINITY, NAN}},
    {{NAN, NAN}, {NAN, NAN}, {NAN, 0.0}, {NAN, 0.0}, {NAN, NAN}, {NAN, NAN}, {NAN, NAN}},
};
static const cpx tanh_special[7][7] = {
    {{-1.0, 0.0}, {-1.0, 0.0}, {-1.0, -0.0}, {-1.0, 0.0}, {-1.0, -0.0}, {-1.0, 0.0}, {-1.0, 0.0}},
    {{NAN, NAN}, {NAN, NAN}, {NAN, NAN}, {NAN, NAN}, {NAN, NAN}, {NAN, NAN}, {NAN, NAN}},
    {{NAN, NAN}, {NAN, NAN}, {NAN, NAN}, {NAN, NAN}, {NAN, NAN}, {NAN, NAN}, {NAN, NAN}},
    {{NAN, NAN}, {NAN, NAN}, {NAN, NAN}, {NAN, NAN}, {NAN, NAN}, {NAN, NAN}, {NAN, NAN}},
    {{NAN, NAN}, {NAN, NAN}, {NAN, NAN}, {NAN, NAN}, {NAN, NAN}, {NAN, NAN}, {NAN, NAN}},
    {{1.0, 0.0}, {1.0, 0.0}, {1.0, -0.0}, {1.0, 0.0}, {1.0, -0.0}, {1.0, 0.0}, {1.0, 0.0}},
    {{NAN, NAN}, {NAN, NAN}, {NAN, -0.0}, {NAN, 0.0}, {NAN, NAN}, {NAN, NAN}, {NAN, NAN}},
};
static const cpx asinh_special[7][7] = {
    {{-INFINITY, -(CM_PI / 4)},
     {-INFINITY, -0.0},
     {-INFINITY, -0.0},
     {-INFINITY, 0.0},
     {-INFINITY, 0.0},
     {-INFINITY, CM_PI / 4},
     {-INFINITY, NAN}},
    {{-INFINITY, -(CM_PI / 2)},
     {NAN, NAN},
     {NAN, NAN},
     {NAN, NAN},
     {NAN, NAN},
     {-INFINITY, CM_PI / 2},
     {NAN, NAN}},
    {{-INFINITY, -(CM_PI / 2)},
     {NAN, NAN},
     {NAN, NAN},
     {NAN, NAN},
     {NAN, NAN},
     {-INFINITY, CM_PI / 2},
     {NAN, NAN}},
    {{INFINITY, -(CM_PI / 2)},
     {NAN, NAN},
     {NAN, NAN},
     {NAN, NAN},
     {NAN, NAN},
     {INFINITY, CM_PI / 2},
     {NAN, NAN}},
    {{INFINITY, -(CM_PI / 2)},
     {NAN, NAN},
     {NAN, NAN},
     {NAN, NAN},
     {NAN, NAN},
     {INFINITY, CM_PI / 2},
     {NAN, NAN}},
    {{INFINITY, -(CM_PI / 4)},
     {INFINITY, -0.0},
     {INFINITY, -0.0},
     {INFINITY, 0.0},
     {INFINITY, 0.0},
     {INFINITY, CM_PI / 4},
     {INFINITY, NAN}},
    {{INFINITY, NAN}, {NAN, NAN}, {NAN, -0.0}, {NAN, 0.0}, {NAN, NAN}, {INFINITY, NAN}, {NAN, NAN}},
};
static const cpx acos_special[7][7] = {
    {{3 * CM_PI / 4, INFINITY},
     {CM_PI, INFINITY},
     {CM_PI, INFINITY},
     {CM_PI, -INFINITY},
     {CM_PI, -INFINITY},
     {3 * CM_PI / 4, -INFINITY},
     {NAN, INFINITY}},
    {{CM_PI / 2, INFINITY},
     {NAN, NAN},
     {NAN, NAN},
     {NAN, NAN},
     {NAN, NAN},
     {CM_PI / 2, -INFINITY},
     {NAN, NAN}},
    {{CM_PI / 2, INFINITY},
     {NAN, NAN},
     {NAN, NAN},
     {NAN, NAN},
     {NAN, NAN},
     {CM_PI / 2, -INFINITY},
     {CM_PI / 2, NAN}},
    {{CM_PI / 2, INFINITY},
     {NAN, NAN},
     {NAN, NAN},
     {NAN, NAN},
     {NAN, NAN},
     {CM_PI / 2, -INFINITY},
     {CM_PI / 2, NAN}},
    {{CM_PI / 2, INFINITY},
     {NAN, NAN},
     {NAN, NAN},
     {NAN, NAN},
     {NAN, NAN},
     {CM_PI / 2, -INFINITY},
     {NAN, NAN}},
    {{CM_PI / 4, INFINITY},
     {0.0, INFINITY},
     {0.0, INFINITY},
     {0.0, -INFINITY},
     {0.0, -INFINITY},
     {CM_PI / 4, -INFINITY},
     {NAN, INFINITY}},
    {{NAN, INFINITY}, {NAN, NAN}, {NAN, NAN}, {NAN, NAN}, {NAN, NAN}, {NAN, -INFINITY}, {NAN, NAN}},
};
static const cpx acosh_special[7][7] = {
    {{INFINITY, -(3 * CM_PI / 4)},
     {INFINITY, -CM_PI},
     {INFINITY, -CM_PI},
     {INFINITY, CM_PI},
     {INFINITY, CM_PI},
     {INFINITY, 3 * CM_PI / 4},
     {INFINITY, NAN}},
    {{INFINITY, -(CM_PI / 2)},
     {NAN, NAN},
     {NAN, NAN},
     {NAN, NAN},
     {NAN, NAN},
     {INFINITY, CM_PI / 2},
     {NAN, NAN}},
    {{INFINITY, -(CM_PI / 2)},
     {NAN, NAN},
     {NAN, NAN},
     {NAN, NAN},
     {NAN, NAN},
     {INFINITY, CM_PI / 2},
     {NAN, NAN}},
    {{INFINITY, -(CM_PI / 2)},
     {NAN, NAN},
     {NAN, NAN},
     {NAN, NAN},
     {NAN, NAN},
     {INFINITY, CM_PI / 2},
     {NAN, NAN}},
    {{INFINITY, -(CM_PI / 2)},
     {NAN, NAN},
     {NAN, NAN},
     {NAN, NAN},
     {NAN, NAN},
     {INFINITY, CM_PI / 2},
     {NAN, NAN}},
    {{INFINITY, -(CM_PI / 4)},
     {INFINITY, -0.0},
     {INFINITY, -0.0},
     {INFINITY, 0.0},
     {INFINITY, 0.0},
     {INFINITY, CM_PI / 4},
     {INFINITY, NAN}},
    {{INFINITY, NAN}, {NAN, NAN}, {NAN, NAN}, {NAN, NAN}, {NAN, NAN}, {INFINITY, NAN}, {NAN, NAN}},
};
static const cpx atanh_special[7][7] = {
    {{-0.0, -(CM_PI / 2)},
     {-0.0, -(CM_PI / 2)},
     {-0.0, -(CM_PI / 2)},
     {-0.0, CM_PI / 2},
     {-0.0, CM_PI / 2},
     {-0.0, CM_PI / 2},
     {-0.0, NAN}},
    {{-0.0, -(CM_PI / 2)},
     {NAN, NAN},
     {NAN, NAN},
     {NAN, NAN},
     {NAN, NAN},
     {-0.0, CM_PI / 2},
     {NAN, NAN}},
    {{-0.0, -(CM_PI / 2)},
     {NAN, NAN},
     {NAN, NAN},
     {NAN, NAN},
     {NAN, NAN},
     {-0.0, CM_PI / 2},
     {-0.0, NAN}},
    {{0.0, -(CM_PI / 2)},
     {NAN, NAN},
     {NAN, NAN},
     {NAN, NAN},
     {NAN, NAN},
     {0.0, CM_PI / 2},
     {0.0, NAN}},
    {{0.0, -(CM_PI / 2)},
     {NAN, NAN},
     {NAN, NAN},
     {NAN, NAN},
     {NAN, NAN},
     {0.0, CM_PI / 2},
     {NAN, NAN}},
    {{0.0, -(CM_PI / 2)},
     {0.0, -(CM_PI / 2)},
     {0.0, -(CM_PI / 2)},
     {0.0, CM_PI / 2},
     {0.0, CM_PI / 2},
     {0.0, CM_PI / 2},
     {0.0, NAN}},
    {{0.0, -(CM_PI / 2)},
     {NAN, NAN},
     {NAN, NAN},
     {NAN, NAN},
     {NAN, NAN},
     {0.0, CM_PI / 2},
     {NAN, NAN}},
};

/* The class of a part, the index into those tables: -inf, negative, -0.0,
 * +0.0, positive, +inf, NaN. */
static int special_class(double d)
{
    if (isnan(d))
        return 6;
    if (isinf(d))
        return d > 0 ? 5 : 0;
    if (d == 0.0)
        return signbit(d) ? 2 : 3;
    return d < 0 ? 1 : 4;
}

static cpx special(const cpx table[7][7], cpx z)
{
    return table[special_class(z.re)][special_class(z.im)];
}

/* i*z and its inverse: sin(z) = -i*sinh(i*z), cos(z) = cosh(i*z), ... */
static cpx times_i(cpx z)
{
    return (cpx){-z.im, z.re};
}

static cpx times_minus_i(cpx z)
{
    return (cpx){z.im, -z.re};
}

static cpx c_cosh(cpx z, int *err)
{
    if (!finite(z)) {
        cpx r;
        if (isinf(z.re) && isfinite(z.im) && z.im != 0.0)
            r = (cpx){copysign(INFINITY, cos(z.im)),
                      z.re > 0 ? copysign(INFINITY, sin(z.im)) : -copysign(INFINITY, sin(z.im))};
        else
            r = special(cosh_special, z);
        *err = isinf(z.im) && !isnan(z.re) ? EDOM : 0;
        return r;
    }
    cpx r;
    if (fabs(z.re) > CM_LOG_LARGE_DOUBLE) { /* cosh(x) overflows but cosh(z) may not */
        double x1 = z.re - copysign(1.0, z.re);
        r = (cpx){cos(z.im) * cosh(x1) * CM_E, sin(z.im) * sinh(x1) * CM_E};
    } else {
        r = (cpx){cos(z.im) * cosh(z.re), sin(z.im) * sinh(z.re)};
    }
    *err = isinf(r.re) || isinf(r.im) ? ERANGE : 0;
    return r;
}

static cpx c_sinh(cpx z, int *err)
{
    if (!finite(z)) {
        cpx r;
        if (isinf(z.re) && isfinite(z.im) && z.im != 0.0)
            r = (cpx){z.re > 0 ? copysign(INFINITY, cos(z.im)) : -copysign(INFINITY, cos(z.im)),
                      copysign(INFINITY, sin(z.im))};
        else
            r = special(sinh_special, z);
        *err = isinf(z.im) && !isnan(z.re) ? EDOM : 0;
        return r;
    }
    cpx r;
    if (fabs(z.re) > CM_LOG_LARGE_DOUBLE) {
        double x1 = z.re - copysign(1.0, z.re);
        r = (cpx){cos(z.im) * sinh(x1) * CM_E, sin(z.im) * cosh(x1) * CM_E};
    } else {
        r = (cpx){cos(z.im) * sinh(z.re), sin(z.im) * cosh(z.re)};
    }
    *err = isinf(r.re) || isinf(r.im) ? ERANGE : 0;
    return r;
}

static cpx c_tanh(cpx z, int *err)
{
    *err = 0;
    if (!finite(z)) {
        cpx r;
        if (isinf(z.re) && isfinite(z.im) && z.im != 0.0)
            r = (cpx){z.re > 0 ? 1.0 : -1.0, copysign(0.0, 2.0 * sin(z.im) * cos(z.im))};
        else
            r = special(tanh_special, z);
        if (isinf(z.im) && isfinite(z.re))
            *err = EDOM;
        return r;
    }
    if (fabs(z.re) > CM_LOG_LARGE_DOUBLE)
        return (cpx){copysign(1.0, z.re), 4.0 * sin(z.im) * cos(z.im) * exp(-2.0 * fabs(z.re))};
    double tx = tanh(z.re), ty = tan(z.im), cx = 1.0 / cosh(z.re);
    double txty = tx * ty, denom = 1.0 + txty * txty;
    return (cpx){tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx};
}

/* log(hypot(x, y)) + log 2 for arguments too large to square, halved first */
static double log_hypot_large(cpx z)
{
    return log(hypot(z.re / 2.0, z.im / 2.0)) + CM_LN2 * 2.0;
}

static cpx c_asinh(cpx z)
{
    if (!finite(z))
        return special(asinh_special, z);
    if (fabs(z.re) > CM_LARGE_DOUBLE || fabs(z.im) > CM_LARGE_DOUBLE) {
        double re =
            z.im >= 0.0 ? copysign(log_hypot_large(z), z.re) : -copysign(log_hypot_large(z), -z.re);
        return (cpx){re, atan2(z.im, fabs(z.re))};
    }
    cpx s1 = c_sqrt((cpx){1.0 + z.im, -z.re}), s2 = c_sqrt((cpx){1.0 - z.im, z.re});
    return (cpx){asinh(s1.re * s2.im - s2.re * s1.im), atan2(z.im, s1.re * s2.re - s1.im * s2.im)};
}

static cpx c_acos(cpx z)
{
    if (!finite(z))
        return special(acos_special, z);
    if (fabs(z.re) > CM_LARGE_DOUBLE || fabs(z.im) > CM_LARGE_DOUBLE) {
        double im =
            z.re < 0 ? -copysign(log_hypot_large(z), z.im) : copysign(log_hypot_large(z), -z.im);
        return (cpx){atan2(fabs(z.im), z.re), im};
    }
    cpx s1 = c_sqrt((cpx){1.0 - z.re, -z.im}), s2 = c_sqrt((cpx){1.0 + z.re, z.im});
    return (cpx){2.0 * atan2(s1.re, s2.re), asinh(s2.re * s1.im - s2.im * s1.re)};
}

static cpx c_acosh(cpx z)
{
    if (!finite(z))
        return special(acosh_special, z);
    if (fabs(z.re) > CM_LARGE_DOUBLE || fabs(z.im) > CM_LARGE_DOUBLE)
        return (cpx){log_hypot_large(z), atan2(z.im, z.re)};
    cpx s1 = c_sqrt((cpx){z.re - 1.0, z.im}), s2 = c_sqrt((cpx){z.re + 1.0, z.im});
    return (cpx){asinh(s1.re * s2.re + s1.im * s2.im), 2.0 * atan2(s1.im, s2.re)};
}

static cpx c_atanh(cpx z, int *err)
{
    *err = 0;
    if (!finite(z))
        return special(atanh_special, z);
    if (z.re < 0.0) { /* atanh(z) = -atanh(-z) */
        cpx r = c_atanh((cpx){-z.re, -z.im}, err);
        return (cpx){-r.re, -r.im};
    }
    double ay = fabs(z.im);
    if (z.re > CM_SQRT_LARGE_DOUBLE || ay > CM_SQRT_LARGE_DOUBLE) {
        double h = hypot(z.re / 2.0, z.im / 2.0); /* cannot overflow */
        return (cpx){z.re / 4.0 / h / h, -copysign(CM_PI / 2.0, -z.im)};
    }
    if (z.re == 1.0 && ay < CM_SQRT_DBL_MIN) {
        if (ay == 0.0) { /* the pole: C99's inf +/- 0i, CPython's domain error */
            *err = EDOM;
            return (cpx){INFINITY, z.im};
        }
        return (cpx){-log(sqrt(ay) / sqrt(hypot(ay, 2.0))), copysign(atan2(2.0, -ay) / 2.0, z.im)};
    }
    double m = 1.0 - z.re;
    return (cpx){log1p(4.0 * z.re / (m * m + ay * ay)) / 4.0,
                 -atan2(-2.0 * z.im, (1.0 - z.re) * (1.0 + z.re) - ay * ay) / 2.0};
}

/* One function of one complex argument: its name and its computation (err
 * set to EDOM or ERANGE for an error). */
typedef enum {
    F_SIN,
    F_COS,
    F_TAN,
    F_ASIN,
    F_ACOS,
    F_ATAN,
    F_SINH,
    F_COSH,
    F_TANH,
    F_ASINH,
    F_ACOSH,
    F_ATANH
} trig_fn;

static cpx trig_apply(trig_fn fn, cpx z, int *err)
{
    *err = 0;
    switch (fn) {
    case F_SIN: return times_minus_i(c_sinh(times_i(z), err));
    case F_COS: return c_cosh(times_i(z), err);
    case F_TAN: return times_minus_i(c_tanh(times_i(z), err));
    case F_ASIN: return times_minus_i(c_asinh(times_i(z)));
    case F_ACOS: return c_acos(z);
    case F_ATAN: return times_minus_i(c_atanh(times_i(z), err));
    case F_SINH: return c_sinh(z, err);
    case F_COSH: return c_cosh(z, err);
    case F_TANH: return c_tanh(z, err);
    case F_ASINH: return c_asinh(z);
    case F_ACOSH: return c_acosh(z);
    default: return c_atanh(z, err);
    }
}

static rt_value trig_call(rt_state *rt, trig_fn fn, const char *name, const rt_value *args,
                          size_t nargs, rt_value kwnames)
{
    cpx z;
    int err;
    if (one_complex(rt, name, args, nargs, kwnames, &z) < 0)
        return RT_NULL;
    cpx r = trig_apply(fn, z, &err);
    return result(rt, r, err);
}

#define TRIG_DEF(lower, kind)                                                                      \
    static rt_value cm_##lower(CMATH_ARGS)                                                         \
    {                                                                                              \
        (void)self;                                                                                \
        return trig_call(rt, kind, "cmath." #lower, args, nargs, kwnames);                         \
    }
TRIG_DEF(sin, F_SIN)
TRIG_DEF(cos, F_COS)
TRIG_DEF(tan, F_TAN)
TRIG_DEF(asin, F_ASIN)
TRIG_DEF(acos, F_ACOS)
TRIG_DEF(atan, F_ATAN)
TRIG_DEF(sinh, F_SINH)
TRIG_DEF(cosh, F_COSH)
TRIG_DEF(tanh, F_TANH)
TRIG_DEF(asinh, F_ASINH)
TRIG_DEF(acosh, F_ACOSH)
TRIG_DEF(atanh, F_ATANH)

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
    {"isfinite", cm_isfinite}, {"isinf", cm_isinf}, {"isnan", cm_isnan}, {"sin", cm_sin},
    {"cos", cm_cos},           {"tan", cm_tan},     {"asin", cm_asin},   {"acos", cm_acos},
    {"atan", cm_atan},         {"sinh", cm_sinh},   {"cosh", cm_cosh},   {"tanh", cm_tanh},
    {"asinh", cm_asinh},       {"acosh", cm_acosh}, {"atanh", cm_atanh}, {NULL, NULL},
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
