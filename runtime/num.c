/* num.c: int and float arithmetic, comparison and hashing with CPython's
 * semantics: immediates take the fast paths here, anything that leaves 63
 * bits goes to bigint.c. */
#include "runtime/num.h"

#include <math.h>
#include <stdio.h>

#include "runtime/complex.h"
#include "runtime/heap.h"
#include "runtime/heap_fast.h"
#include "runtime/numfmt.h"
#include "runtime/str.h"

/* ---- objects ----------------------------------------------------------------- */

static size_t float_size(const rt_obj *o)
{
    (void)o;
    return sizeof(rt_float_obj);
}
static void float_dealloc(rt_state *rt, rt_obj *o)
{
    rt__obj_free_inline(rt, o, RT_T_FLOAT, sizeof(rt_float_obj));
}
const rt_typeinfo rt__float_typeinfo = {"float", false, float_size, NULL, NULL, float_dealloc};

rt_value rt_int_from_i64(rt_state *rt, int64_t n)
{
    if (n >= RT_SMALLINT_MIN && n <= RT_SMALLINT_MAX)
        return rt_smallint(n);
    rt_value m = rt_bigint_from_u64(rt, n < 0 ? 0 - (uint64_t)n : (uint64_t)n);
    if (!m || n > 0)
        return m;
    rt_value r = rt_bigint_neg(rt, m);
    rt_decref(rt, m);
    return r;
}

bool rt_int_as_i64(rt_value v, int64_t *out)
{
    if (!rt_is_intlike(v))
        return false;
    if (rt_is_bigint(v))
        return rt_bigint_to_i64(v, out);
    *out = rt_int_get(v);
    return true;
}

int64_t rt__int_get_saturated(rt_value v)
{
    int64_t n;
    if (rt_bigint_to_i64(v, &n))
        return n;
    return rt_bigint_sign(v) < 0 ? INT64_MIN : INT64_MAX;
}

rt_value rt_float_new(rt_state *rt, double d)
{
    rt_float_obj *o = (rt_float_obj *)rt__obj_alloc_unzeroed(rt, RT_T_FLOAT, sizeof(rt_float_obj));
    if (!o)
        return RT_NULL;
    o->value = d; /* the one field after the header */
    return rt_from_obj(o);
}

bool rt_number_as_double(rt_value v, double *out)
{
    if (rt_is_bigint(v)) {
        rt_bigint_to_double(v, out); /* +-inf when too large */
        return true;
    }
    if (rt_is_intlike(v)) {
        *out = (double)rt_int_get(v);
        return true;
    }
    if (rt_is_float(v)) {
        *out = rt_float_get(v);
        return true;
    }
    return false;
}

rt_value rt_int_overflow(rt_state *rt)
{
    return rt_raise(rt, RT_EXC_OverflowError, "Python int too large to convert to C ssize_t");
}

/* ---- arithmetic ------------------------------------------------------------------ */

/* a >> b with Python's floor semantics (b in 0..63), without relying on the
 * implementation-defined right shift of negative values. */
static int64_t shift_right(int64_t a, int64_t b)
{
    return a >= 0 ? a >> b : ~(~a >> b);
}

/* a OP b for ints that fit int64; anything that leaves int64 (or needs
 * exact rounding past 2**53) is redone by bigint.c on the original values. */
static rt_value int_binop(rt_state *rt, rt_binop_kind op, rt_value av, rt_value bv)
{
    int64_t a = rt_int_get(av), b = rt_int_get(bv), r;
    int st;
    switch (op) {
    case RT_OP_ADD:
        if (__builtin_add_overflow(a, b, &r))
            break;
        return rt_int_from_i64(rt, r);
    case RT_OP_SUB:
        if (__builtin_sub_overflow(a, b, &r))
            break;
        return rt_int_from_i64(rt, r);
    case RT_OP_MUL:
        if (__builtin_mul_overflow(a, b, &r))
            break;
        return rt_int_from_i64(rt, r);
    case RT_OP_TRUEDIV:
        if (b == 0)
            return rt_raise(rt, RT_EXC_ZeroDivisionError, "division by zero");
        if (a > (INT64_C(1) << 53) || a < -(INT64_C(1) << 53) || b > (INT64_C(1) << 53) ||
            b < -(INT64_C(1) << 53))
            break; /* not exact as doubles: bigint.c rounds once */
        return rt_float_new(rt, (double)a / (double)b);
    case RT_OP_FLOORDIV:
    case RT_OP_MOD:
        st = op == RT_OP_FLOORDIV ? rt_int_floordiv(a, b, &r) : rt_int_mod(a, b, &r);
        if (st == RT_NUM_ZERO_DIV)
            return rt_raise(rt, RT_EXC_ZeroDivisionError,
                            op == RT_OP_MOD ? "integer modulo by zero"
                                            : "integer division or modulo by zero");
        if (st != RT_NUM_OK)
            break;
        return rt_int_from_i64(rt, r);
    case RT_OP_POW:
        if (b < 0) {
            if (a == 0)
                return rt_raise(rt, RT_EXC_ZeroDivisionError,
                                "0.0 cannot be raised to a negative power");
            return rt_float_new(rt, pow((double)a, (double)b));
        }
        st = rt_int_pow(a, b, &r);
        if (st != RT_NUM_OK)
            break;
        return rt_int_from_i64(rt, r);
    case RT_OP_LSHIFT:
        if (b < 0)
            return rt_raise(rt, RT_EXC_ValueError, "negative shift count");
        if (a == 0)
            return rt_smallint(0);
        if (b >= 63)
            break;
        r = (int64_t)((uint64_t)a << b);
        if (shift_right(r, b) != a) /* bits were lost: the result needs more than 64 */
            break;
        return rt_int_from_i64(rt, r);
    case RT_OP_RSHIFT:
        if (b < 0)
            return rt_raise(rt, RT_EXC_ValueError, "negative shift count");
        if (b >= 64)
            return rt_smallint(a < 0 ? -1 : 0);
        return rt_int_from_i64(rt, shift_right(a, b));
    case RT_OP_AND: return rt_int_from_i64(rt, a & b);
    case RT_OP_OR: return rt_int_from_i64(rt, a | b);
    case RT_OP_XOR: return rt_int_from_i64(rt, a ^ b);
    default: return RT_NULL;
    }
    return rt_bigint_binop(rt, op, av, bv);
}

static rt_value float_binop(rt_state *rt, rt_binop_kind op, double a, double b)
{
    double r;
    switch (op) {
    case RT_OP_ADD: return rt_float_new(rt, a + b);
    case RT_OP_SUB: return rt_float_new(rt, a - b);
    case RT_OP_MUL: return rt_float_new(rt, a * b);
    case RT_OP_TRUEDIV:
        if (b == 0.0)
            return rt_raise(rt, RT_EXC_ZeroDivisionError, "float division by zero");
        return rt_float_new(rt, a / b);
    case RT_OP_FLOORDIV:
        if (rt_float_floordiv(a, b, &r) != RT_NUM_OK)
            return rt_raise(rt, RT_EXC_ZeroDivisionError, "float floor division by zero");
        return rt_float_new(rt, r);
    case RT_OP_MOD:
        if (rt_float_mod(a, b, &r) != RT_NUM_OK)
            return rt_raise(rt, RT_EXC_ZeroDivisionError, "float modulo");
        return rt_float_new(rt, r);
    case RT_OP_POW:
        if (a == 0.0 && b < 0.0)
            return rt_raise(rt, RT_EXC_ZeroDivisionError,
                            "0.0 cannot be raised to a negative power");
        if (a < 0.0 && b != floor(b) && isfinite(b)) {
            /* a negative number to a fractional power is complex, as in CPython */
            rt_value ca = rt_complex_new(rt, a, 0.0);
            rt_value cb = ca ? rt_complex_new(rt, b, 0.0) : RT_NULL;
            rt_value z = cb ? rt__complex_binop(rt, RT_OP_POW, ca, cb) : RT_NULL;
            rt_decref(rt, ca);
            rt_decref(rt, cb);
            return z;
        }
        r = pow(a, b);
        if (isinf(r) && isfinite(a) && isfinite(b))
            return rt_raise(rt, RT_EXC_OverflowError, "(34, 'Numerical result out of range')");
        return rt_float_new(rt, r);
    default: return RT_NULL;
    }
}

rt_value rt_num_binop(rt_state *rt, rt_binop_kind op, rt_value a, rt_value b)
{
    if (rt_is_intlike(a) && rt_is_intlike(b)) {
        if (rt_is_bool(a) && rt_is_bool(b) &&
            (op == RT_OP_AND || op == RT_OP_OR || op == RT_OP_XOR)) {
            bool x = a == RT_TRUE, y = b == RT_TRUE;
            return rt_bool(op == RT_OP_AND ? (x && y) : op == RT_OP_OR ? (x || y) : (x != y));
        }
        if (rt_is_bigint(a) || rt_is_bigint(b))
            return rt_bigint_binop(rt, op, a, b);
        return int_binop(rt, op, a, b);
    }
    double x, y;
    if (!rt_number_as_double(a, &x) || !rt_number_as_double(b, &y))
        return RT_NULL;
    if ((rt_is_bigint(a) && isinf(x)) || (rt_is_bigint(b) && isinf(y)))
        return rt_raise(rt, RT_EXC_OverflowError, "int too large to convert to float");
    return float_binop(rt, op, x, y);
}

rt_value rt_num_unop(rt_state *rt, rt_unop_kind op, rt_value a)
{
    if (rt_is_bigint(a)) {
        switch (op) {
        case RT_UOP_NEG: return rt_bigint_neg(rt, a);
        case RT_UOP_POS: rt_incref(a); return a;
        case RT_UOP_INVERT: return rt_bigint_invert(rt, a);
        default: return RT_NULL;
        }
    }
    if (rt_is_intlike(a)) {
        int64_t n = rt_int_get(a);
        switch (op) {
        case RT_UOP_NEG: return rt_int_from_i64(rt, -n);
        case RT_UOP_POS:
            if (rt_is_bool(a))
                return rt_smallint(n);
            rt_incref(a);
            return a;
        case RT_UOP_INVERT: return rt_int_from_i64(rt, ~n);
        default: return RT_NULL;
        }
    }
    if (rt_is_float(a)) {
        if (op == RT_UOP_NEG)
            return rt_float_new(rt, -rt_float_get(a));
        if (op == RT_UOP_POS) {
            rt_incref(a);
            return a;
        }
    }
    return RT_NULL;
}

/* -1, 0, 1 comparing int i with finite-or-infinite, non-NaN float f exactly. */
static int cmp_int_float(int64_t i, double f)
{
    if (isinf(f))
        return f > 0 ? -1 : 1;
    if (i >= -(INT64_C(1) << 53) && i <= (INT64_C(1) << 53)) {
        double d = (double)i;
        return d < f ? -1 : d > f ? 1 : 0;
    }
    if (f >= 9223372036854775808.0)
        return -1;
    if (f < -9223372036854775808.0)
        return 1;
    double t = trunc(f);
    int64_t ti = (int64_t)t;
    if (i != ti)
        return i < ti ? -1 : 1;
    double frac = f - t;
    return frac > 0 ? -1 : frac < 0 ? 1 : 0;
}

static bool cmp_result(rt_cmp_kind op, int c)
{
    switch (op) {
    case RT_CMP_LT: return c < 0;
    case RT_CMP_LE: return c <= 0;
    case RT_CMP_EQ: return c == 0;
    case RT_CMP_NE: return c != 0;
    case RT_CMP_GT: return c > 0;
    default: return c >= 0;
    }
}

bool rt_num_compare(rt_cmp_kind op, rt_value a, rt_value b)
{
    bool ai = rt_is_intlike(a), bi = rt_is_intlike(b);
    int c;
    if (ai && bi && (rt_is_bigint(a) || rt_is_bigint(b))) {
        c = rt_bigint_cmp(a, b);
    } else if (ai && bi) {
        int64_t x = rt_int_get(a), y = rt_int_get(b);
        c = x < y ? -1 : x > y ? 1 : 0;
    } else if (!ai && !bi) {
        double x = rt_float_get(a), y = rt_float_get(b);
        if (isnan(x) || isnan(y))
            return op == RT_CMP_NE;
        c = x < y ? -1 : x > y ? 1 : 0;
    } else if (ai) {
        double f = rt_float_get(b);
        if (isnan(f))
            return op == RT_CMP_NE;
        c = rt_is_bigint(a) ? rt_bigint_cmp_double(a, f) : cmp_int_float(rt_int_get(a), f);
    } else {
        double f = rt_float_get(a);
        if (isnan(f))
            return op == RT_CMP_NE;
        c = rt_is_bigint(b) ? -rt_bigint_cmp_double(b, f) : -cmp_int_float(rt_int_get(b), f);
    }
    return cmp_result(op, c);
}

/* ---- hashing (CPython's numeric hash, modulus 2**61 - 1) ---------------------- */

#define HASH_BITS 61
#define HASH_MODULUS ((UINT64_C(1) << HASH_BITS) - 1)
#define HASH_INF 314159

int64_t rt__int_hash_mod(int64_t n)
{
    uint64_t mag = n < 0 ? (uint64_t)0 - (uint64_t)n : (uint64_t)n;
    int64_t h = (int64_t)(mag % HASH_MODULUS);
    if (n < 0)
        h = -h;
    return h == -1 ? -2 : h;
}

int64_t rt_int_hash_value(rt_value v)
{
    if (rt_is_bigint(v))
        return rt_bigint_hash(v);
    return rt_int_hash(rt_int_get(v));
}

int64_t rt_float_hash(double v)
{
    if (!isfinite(v)) {
        if (isinf(v))
            return v > 0 ? HASH_INF : -HASH_INF;
        return 0;
    }
    int e;
    double m = frexp(v, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & HASH_MODULUS) | x >> (HASH_BITS - 28);
        m *= 268435456.0;
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= HASH_MODULUS)
            x -= HASH_MODULUS;
    }
    e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
    x = ((x << e) & HASH_MODULUS) | x >> (HASH_BITS - e);
    x = x * (uint64_t)(int64_t)sign;
    if (x == (uint64_t)-1)
        x = (uint64_t)-2;
    return (int64_t)x;
}

/* ---- text ---------------------------------------------------------------------- */

rt_value rt_float_to_str(rt_state *rt, double d)
{
    char buf[RT_FLOAT_REPR_MAX + 8];
    size_t n = rt_float_repr(d, buf, sizeof buf);
    return rt_str_new(rt, buf, n);
}

rt_value rt_int_to_str(rt_state *rt, int64_t n)
{
    /* digits written backwards from the end of buf (snprintf's format
     * parsing was most of str(i)'s cost) */
    char buf[24];
    char *p = buf + sizeof buf;
    uint64_t u = n < 0 ? 0 - (uint64_t)n : (uint64_t)n;
    do {
        *--p = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (n < 0)
        *--p = '-';
    return rt_str_new(rt, p, (size_t)(buf + sizeof buf - p));
}

rt_value rt_int_repr(rt_state *rt, rt_value v)
{
    if (rt_is_bigint(v))
        return rt_bigint_to_str(rt, v);
    return rt_int_to_str(rt, rt_int_get(v));
}
