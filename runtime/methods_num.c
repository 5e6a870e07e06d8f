/* methods_num.c: the methods of int (bool shares them) and float. */
#include <ctype.h>
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "runtime/builtin.h"
#include "runtime/bytes.h"
#include "runtime/num.h"
#include "runtime/str.h"
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

/* float.hex(): '0x1.8000000000000p+0': one hex digit before the point (0
 * for subnormals), thirteen after, and the binary exponent. */
static rt_value float_hex(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                          rt_value kwnames)
{
    (void)args;
    if (rt_args_none(rt, "float.hex", nargs, kwnames) < 0)
        return RT_NULL;
    double x = rt_float_get(self);
    if (isnan(x) || isinf(x))
        return rt_float_to_str(rt, x);
    if (x == 0.0)
        return rt_str_from_cstr(rt, signbit(x) ? "-0x0.0p+0" : "0x0.0p+0");
    static const char digits[] = "0123456789abcdef";
    int e;
    double m = frexp(fabs(x), &e);
    int shift = 1 - (DBL_MIN_EXP - e > 0 ? DBL_MIN_EXP - e : 0);
    m = ldexp(m, shift);
    e -= shift;
    char buf[64];
    size_t n = 0;
    if (x < 0)
        buf[n++] = '-';
    buf[n++] = '0';
    buf[n++] = 'x';
    buf[n++] = digits[(int)m];
    m -= (int)m;
    buf[n++] = '.';
    for (int i = 0; i < (DBL_MANT_DIG - 1) / 4; i++) {
        m *= 16.0;
        buf[n++] = digits[(int)m];
        m -= (int)m;
    }
    snprintf(buf + n, sizeof buf - n, "p%c%d", e < 0 ? '-' : '+', e < 0 ? -e : e);
    return rt_str_from_cstr(rt, buf);
}

/* float.fromhex(s): a class method (self is the type). The grammar is
 * checked here; the conversion, correctly rounded, is strtod's. */
static rt_value float_fromhex(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                              rt_value kwnames)
{
    (void)self;
    if (rt_args_one(rt, "float.fromhex", nargs, kwnames) < 0)
        return RT_NULL;
    if (!rt_is_str(args[0]))
        return rt_raise(rt, RT_EXC_TypeError, "bad argument type for built-in operation");
    const char *s = rt_str_data(args[0]);
    size_t n = rt_str_len(args[0]), i = 0;
    while (n && isspace((unsigned char)s[n - 1]))
        n--;
    while (i < n && isspace((unsigned char)s[i]))
        i++;
    bool neg = i < n && s[i] == '-';
    if (i < n && (s[i] == '-' || s[i] == '+'))
        i++;
    static const char *const words[] = {"infinity", "inf", "nan"};
    for (int w = 0; w < 3; w++)
        if (n - i == strlen(words[w]) && strncasecmp(s + i, words[w], n - i) == 0) {
            double v = w == 2 ? NAN : INFINITY;
            return rt_float_new(rt, neg ? -v : v);
        }
    if (n - i >= 2 && s[i] == '0' && (s[i + 1] | 0x20) == 'x')
        i += 2;
    char buf[512];
    size_t k = 0, ndig = 0;
    bool dot = false, ok = true;
    buf[k++] = '0';
    buf[k++] = 'x';
    for (; i < n && ok; i++) {
        char c = s[i];
        if (isxdigit((unsigned char)c)) {
            ndig++;
        } else if (c == '.' && !dot) {
            dot = true;
        } else if ((c | 0x20) == 'p' && ndig) {
            break;
        } else {
            ok = false;
            break;
        }
        if (k < sizeof buf - 16)
            buf[k++] = c;
        else
            ok = false; /* more digits than any double needs: refused, not truncated */
    }
    if (ok && i < n) { /* the exponent: p, a sign, decimal digits */
        buf[k++] = 'p';
        i++;
        size_t start = i;
        if (i < n && (s[i] == '+' || s[i] == '-'))
            buf[k++] = s[i++];
        size_t exp_digits = 0;
        for (; i < n && isdigit((unsigned char)s[i]) && k < sizeof buf - 2; i++, exp_digits++)
            buf[k++] = s[i];
        ok = exp_digits > 0 && i == n && i - start < 20;
    }
    if (!ok || !ndig)
        return rt_raise(rt, RT_EXC_ValueError, "invalid hexadecimal floating-point string");
    buf[k] = 0;
    errno = 0;
    double v = strtod(buf, NULL);
    if (isinf(v))
        return rt_raise(rt, RT_EXC_OverflowError,
                        "hexadecimal value too large to represent as a float");
    return rt_float_new(rt, neg ? -v : v);
}

const rt_builtin_def rt__float_methods[] = {
    {"hex", float_hex},
    {"fromhex", float_fromhex},
    {"is_integer", float_is_integer},
    {"conjugate", float_conjugate},
    {"as_integer_ratio", float_as_integer_ratio},
    {NULL, NULL},
};
