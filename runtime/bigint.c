/* bigint.c: ints beyond the 63-bit immediates: the heap object, arithmetic
 * with Python's floor semantics, two's-complement bit operations, exact
 * comparison with floats, CPython's hash and correctly rounded conversions. */
#include "runtime/bigint.h"

#include <math.h>
#include <string.h>

#include "runtime/heap.h"
#include "runtime/num.h"
#include "runtime/state.h"
#include "runtime/tuple.h"
#include "runtime/vm.h"

/* ---- the object ---------------------------------------------------------------- */

static size_t int_size(const rt_obj *o)
{
    return sizeof(rt_int_obj) + ((const rt_int_obj *)o)->cap * sizeof(rt_limb);
}
static void int_dealloc(rt_state *rt, rt_obj *o)
{
    rt_obj_free(rt, o, int_size(o));
}
const rt_typeinfo rt__int_typeinfo = {"int", false, int_size, NULL, NULL, int_dealloc};

/* A view of any int-like value as sign + magnitude, without allocating. */
typedef struct bview {
    const rt_limb *d;
    size_t n;
    bool neg;
    rt_limb buf[2];
} bview;

static inline __attribute__((always_inline)) void view_init(bview *w, rt_value v)
{
    if (rt_is_bigint(v)) {
        const rt_int_obj *o = (const rt_int_obj *)rt_as_obj(v);
        w->neg = o->size < 0;
        w->n = (size_t)(o->size < 0 ? -(int64_t)o->size : o->size);
        w->d = o->limbs;
        return;
    }
    int64_t x = rt_is_smallint(v) ? rt_smallint_get(v) : v == RT_TRUE ? 1 : 0;
    uint64_t m = x < 0 ? 0 - (uint64_t)x : (uint64_t)x;
    w->neg = x < 0;
    w->buf[0] = m;
    w->buf[1] = 0;
    w->n = m != 0;
    w->d = w->buf;
}

/* A new heap int with room for cap limbs (zeroed), or NULL with MemoryError
 * when cap passes RT_INT_MAX_LIMBS or the heap limit. */
static rt_int_obj *int_alloc(rt_state *rt, size_t cap)
{
    if (cap > RT_INT_MAX_LIMBS) {
        rt_raise(rt, RT_EXC_MemoryError, "%s", "");
        return NULL;
    }
    if (cap == 0)
        cap = 1;
    rt_int_obj *o =
        (rt_int_obj *)rt_obj_alloc(rt, RT_T_INT, sizeof(rt_int_obj) + cap * sizeof(rt_limb));
    if (o)
        o->cap = (uint32_t)cap;
    return o;
}

/* Ends a computation into o: its first n limbs hold the magnitude. Returns
 * the value, an immediate (o freed) when it fits 63 bits. Steals o. */
static rt_value int_finish(rt_state *rt, rt_int_obj *o, size_t n, bool neg)
{
    n = rt_mpn_norm(o->limbs, n);
    if (n <= 1) {
        uint64_t m = n == 0 ? 0 : o->limbs[0];
        if (m <= (uint64_t)RT_SMALLINT_MAX || (neg && m == (uint64_t)RT_SMALLINT_MAX + 1)) {
            rt_obj_free(rt, &o->hdr, int_size(&o->hdr));
            return rt_smallint(neg ? (int64_t)(0 - m) : (int64_t)m);
        }
    }
    o->size = (int32_t)(neg ? -(int64_t)n : (int64_t)n);
    return rt_from_obj(o);
}

rt_value rt_bigint_from_limbs(rt_state *rt, const rt_limb *d, size_t n, bool neg)
{
    n = rt_mpn_norm(d, n);
    rt_int_obj *o = int_alloc(rt, n);
    if (!o)
        return RT_NULL;
    memcpy(o->limbs, d, n * sizeof *d);
    return int_finish(rt, o, n, neg);
}

static rt_value from_view(rt_state *rt, const bview *w, bool neg)
{
    return rt_bigint_from_limbs(rt, w->d, w->n, neg && w->n > 0);
}

rt_value rt_bigint_from_u64(rt_state *rt, uint64_t n)
{
    rt_limb d[1] = {n};
    return rt_bigint_from_limbs(rt, d, 1, false);
}

const rt_limb *rt_bigint_limbs(rt_value a, rt_limb buf[2], size_t *n, bool *neg)
{
    bview w;
    view_init(&w, a);
    *n = w.n;
    *neg = w.neg;
    if (w.d == w.buf) {
        buf[0] = w.buf[0];
        buf[1] = w.buf[1];
        return buf;
    }
    return w.d;
}

/* Scratch limbs charged to the heap (owner NULL); NULL with MemoryError. */
static rt_limb *scratch_alloc(rt_state *rt, size_t n)
{
    if (n > 4 * RT_INT_MAX_LIMBS) {
        rt_raise(rt, RT_EXC_MemoryError, "%s", "");
        return NULL;
    }
    return rt_heap_alloc(rt, NULL, (n ? n : 1) * sizeof(rt_limb));
}
static void scratch_free(rt_state *rt, rt_limb *p, size_t n)
{
    rt_heap_free(rt, NULL, p, (n ? n : 1) * sizeof(rt_limb));
}

/* ---- conversions ---------------------------------------------------------------- */

bool rt_bigint_to_i64(rt_value a, int64_t *out)
{
    bview w;
    view_init(&w, a);
    if (w.n > 1)
        return false;
    uint64_t m = w.n == 0 ? 0 : w.d[0];
    if (w.neg) {
        if (m > (uint64_t)INT64_MAX + 1)
            return false;
        *out = (int64_t)(0 - m);
    } else {
        if (m > (uint64_t)INT64_MAX)
            return false;
        *out = (int64_t)m;
    }
    return true;
}

int rt_bigint_sign(rt_value a)
{
    bview w;
    view_init(&w, a);
    return w.n == 0 ? 0 : w.neg ? -1 : 1;
}

uint64_t rt_bigint_bit_length(rt_value a)
{
    bview w;
    view_init(&w, a);
    return rt_mpn_bits(w.d, w.n);
}

uint64_t rt_bigint_bit_count(rt_value a)
{
    bview w;
    view_init(&w, a);
    uint64_t c = 0;
    for (size_t i = 0; i < w.n; i++)
        c += (uint64_t)__builtin_popcountll(w.d[i]);
    return c;
}

/* The top 64 bits of |w| with a sticky bit for anything below, and the
 * exponent e such that |w| ~= top * 2**e (e >= 0 only when bits > 64). */
static uint64_t top_bits(const bview *w, uint64_t bits, int64_t *e)
{
    if (bits <= 64) {
        *e = 0;
        return w->n == 0 ? 0 : w->d[0];
    }
    uint64_t shift = bits - 64;
    size_t li = (size_t)(shift / RT_LIMB_BITS);
    unsigned bi = (unsigned)(shift % RT_LIMB_BITS);
    /* the 128 bits from limb li upward hold the top 64 after shifting by bi */
    rt_dlimb acc = w->d[li];
    if (li + 1 < w->n)
        acc |= (rt_dlimb)w->d[li + 1] << RT_LIMB_BITS;
    uint64_t top = (uint64_t)(acc >> bi);
    bool sticky = (acc & (((rt_dlimb)1 << bi) - 1)) != 0;
    for (size_t k = 0; !sticky && k < li; k++)
        sticky = w->d[k] != 0;
    *e = (int64_t)shift;
    return top | (sticky ? 1 : 0);
}

bool rt_bigint_to_double(rt_value a, double *out)
{
    bview w;
    view_init(&w, a);
    uint64_t bits = rt_mpn_bits(w.d, w.n);
    if (bits > 1024) {
        *out = w.neg ? -HUGE_VAL : HUGE_VAL;
        return false;
    }
    int64_t e;
    uint64_t top = top_bits(&w, bits, &e);
    /* top has 64 significant bits with a sticky bit far below the rounding
     * position, so the conversion rounds once and correctly */
    double d = ldexp((double)top, (int)e);
    if (isinf(d)) {
        *out = w.neg ? -HUGE_VAL : HUGE_VAL;
        return false;
    }
    *out = w.neg ? -d : d;
    return true;
}

rt_value rt_bigint_to_float(rt_state *rt, rt_value a)
{
    double d;
    if (!rt_bigint_to_double(a, &d))
        return rt_raise(rt, RT_EXC_OverflowError, "int too large to convert to float");
    return rt_float_new(rt, d);
}

rt_value rt_bigint_from_double(rt_state *rt, double d)
{
    if (d > -9223372036854775808.0 && d < 9223372036854775808.0)
        return rt_int_from_i64(rt, (int64_t)d);
    int e;
    double m = frexp(fabs(d), &e);          /* |d| = m * 2**e, 0.5 <= m < 1 */
    uint64_t mant = (uint64_t)ldexp(m, 53); /* exact: 53 bits */
    size_t shift = (size_t)(e - 53);
    size_t li = shift / RT_LIMB_BITS, n = li + 2;
    rt_int_obj *o = int_alloc(rt, n);
    if (!o)
        return RT_NULL;
    unsigned bi = (unsigned)(shift % RT_LIMB_BITS);
    rt_dlimb v = (rt_dlimb)mant << bi;
    o->limbs[li] = (rt_limb)v;
    o->limbs[li + 1] = (rt_limb)(v >> RT_LIMB_BITS);
    return int_finish(rt, o, n, d < 0);
}

/* ---- comparison and hashing -------------------------------------------------------- */

static int view_cmp(const bview *a, const bview *b)
{
    if (a->neg != b->neg)
        return a->neg ? -1 : 1;
    int c = rt_mpn_cmp(a->d, a->n, b->d, b->n);
    return a->neg ? -c : c;
}

int rt_bigint_cmp(rt_value a, rt_value b)
{
    bview x, y;
    view_init(&x, a);
    view_init(&y, b);
    return view_cmp(&x, &y);
}

int rt_bigint_cmp_double(rt_value a, double f)
{
    if (isinf(f))
        return f > 0 ? -1 : 1;
    bview w;
    view_init(&w, a);
    int sa = w.n == 0 ? 0 : w.neg ? -1 : 1;
    int sf = f > 0 ? 1 : f < 0 ? -1 : 0;
    if (sa != sf)
        return sa < sf ? -1 : 1;
    if (sa == 0)
        return 0;
    /* same sign: compare magnitudes, then flip for negatives */
    int e;
    double m = frexp(fabs(f), &e); /* |f| in [2**(e-1), 2**e) */
    uint64_t bits = rt_mpn_bits(w.d, w.n);
    int c;
    if ((int64_t)bits != e) {
        c = (int64_t)bits < e ? -1 : 1;
    } else if (bits <= 53) {
        double x = (double)w.d[0];
        c = x < fabs(f) ? -1 : x > fabs(f) ? 1 : 0;
    } else {
        /* |f| = mant * 2**(e-53) with a 53-bit integer mant: an integer */
        uint64_t mant = (uint64_t)ldexp(m, 53);
        int64_t sh;
        uint64_t top = top_bits(&w, bits, &sh); /* 64 bits + sticky */
        if (bits < 64)
            top <<= 64 - bits; /* left-align: the top bit at bit 63 */
        /* compare |a| >> (bits-53) with mant; the lower 11 bits + sticky decide ties */
        uint64_t hi = top >> 11, lo = top & 0x7ff;
        c = hi < mant ? -1 : hi > mant ? 1 : lo ? 1 : 0;
    }
    return sa < 0 ? -c : c;
}

#define HASH_BITS 61
#define HASH_MODULUS ((UINT64_C(1) << HASH_BITS) - 1)

int64_t rt_bigint_hash(rt_value a)
{
    bview w;
    view_init(&w, a);
    uint64_t x = 0;
    for (size_t i = w.n; i-- > 0;) {
        /* each half limb: x * 2**32 mod (2**61 - 1) is a 61-bit rotation */
        for (int half = 1; half >= 0; half--) {
            x = ((x << 32) & HASH_MODULUS) | (x >> (HASH_BITS - 32));
            x += (w.d[i] >> (32 * half)) & 0xffffffffu;
            if (x >= HASH_MODULUS)
                x -= HASH_MODULUS;
        }
    }
    int64_t h = (int64_t)x;
    if (w.neg)
        h = -h;
    return h == -1 ? -2 : h;
}

/* ---- add, subtract, multiply, divide ---------------------------------------------- */

/* a + (negate_b ? -b : b) */
static rt_value view_add(rt_state *rt, const bview *a, const bview *b, bool negate_b)
{
    bool bneg = negate_b ? !b->neg : b->neg;
    size_t n = (a->n > b->n ? a->n : b->n) + 1;
    rt_int_obj *o = int_alloc(rt, n);
    if (!o)
        return RT_NULL;
    if (a->neg == bneg)
        return int_finish(rt, o, rt_mpn_add(o->limbs, a->d, a->n, b->d, b->n), a->neg);
    int c = rt_mpn_cmp(a->d, a->n, b->d, b->n);
    if (c >= 0)
        return int_finish(rt, o, rt_mpn_sub(o->limbs, a->d, a->n, b->d, b->n), a->neg);
    return int_finish(rt, o, rt_mpn_sub(o->limbs, b->d, b->n, a->d, a->n), bneg);
}

/* |a| * |b| into a new object (sign neg); RT_NULL with MemoryError. */
static rt_value view_mul(rt_state *rt, const bview *a, const bview *b, bool neg)
{
    if (a->n == 0 || b->n == 0)
        return rt_smallint(0);
    rt_int_obj *o = int_alloc(rt, a->n + b->n);
    if (!o)
        return RT_NULL;
    size_t ns = rt_mpn_mul_scratch(a->n, b->n);
    rt_limb *tmp = NULL;
    if (ns && !(tmp = scratch_alloc(rt, ns))) {
        rt_obj_free(rt, &o->hdr, int_size(&o->hdr));
        return RT_NULL;
    }
    size_t n = rt_mpn_mul(o->limbs, a->d, a->n, b->d, b->n, tmp);
    if (tmp)
        scratch_free(rt, tmp, ns);
    return int_finish(rt, o, n, neg);
}

/* |a| divmod |b| (b != 0) into new values *q and *r (either may be NULL
 * when not wanted: nothing is allocated for it). 0, or -1 with MemoryError. */
static int mag_divmod(rt_state *rt, const bview *a, const bview *b, rt_value *q, rt_value *r)
{
    if (rt_mpn_cmp(a->d, a->n, b->d, b->n) < 0) {
        if (q)
            *q = rt_smallint(0);
        if (r && !(*r = from_view(rt, a, false)))
            return -1;
        return 0;
    }
    size_t qn = a->n - b->n + 1;
    if (b->n == 1) { /* one limb: a divq per limb, no remainder object to build */
        rt_limb rem;
        if (q) {
            rt_int_obj *qo = int_alloc(rt, qn);
            if (!qo)
                return -1;
            rem = rt_mpn_divrem_1(qo->limbs, a->d, a->n, b->d[0]);
            *q = int_finish(rt, qo, qn, false);
        } else {
            rem = rt_mpn_mod_1(a->d, a->n, b->d[0]);
        }
        if (r && !(*r = rt_bigint_from_limbs(rt, &rem, 1, false))) {
            if (q)
                rt_decref(rt, *q);
            return -1;
        }
        return 0;
    }
    /* scratch: divrem's working space, then q and r where no object wants them */
    size_t ns = a->n + b->n + 1 + (q ? 0 : qn) + (r ? 0 : b->n);
    rt_limb *tmp = scratch_alloc(rt, ns);
    rt_int_obj *qo = tmp && q ? int_alloc(rt, qn) : NULL;
    rt_int_obj *ro = tmp && (qo || !q) && r ? int_alloc(rt, b->n) : NULL;
    if (!tmp || (q && !qo) || (r && !ro)) {
        if (qo)
            rt_obj_free(rt, &qo->hdr, int_size(&qo->hdr));
        if (tmp)
            scratch_free(rt, tmp, ns);
        return -1;
    }
    rt_limb *qd = qo ? qo->limbs : tmp + a->n + b->n + 1;
    rt_limb *rd = ro ? ro->limbs : tmp + a->n + b->n + 1 + (q ? 0 : qn);
    size_t rn = rt_mpn_divrem(qd, rd, a->d, a->n, b->d, b->n, tmp, rt->cfg.interrupt);
    scratch_free(rt, tmp, ns);
    if (rn == RT_MPN_STOPPED) {
        if (qo)
            rt_obj_free(rt, &qo->hdr, int_size(&qo->hdr));
        if (ro)
            rt_obj_free(rt, &ro->hdr, int_size(&ro->hdr));
        rt__vm_raise_interrupt(rt);
        return -1;
    }
    if (q)
        *q = int_finish(rt, qo, qn, false);
    if (r)
        *r = int_finish(rt, ro, rn, false);
    return 0;
}

/* Python's floor division and modulo of a by b into *q and *r (either NULL). */
static int floor_divmod(rt_state *rt, rt_value a, rt_value b, rt_value *q, rt_value *r)
{
    bview x, y;
    view_init(&x, a);
    view_init(&y, b);
    if (y.n == 0) {
        rt_raise(rt, RT_EXC_ZeroDivisionError,
                 q && !r   ? "integer division or modulo by zero"
                 : r && !q ? "integer modulo by zero"
                           : "integer division or modulo by zero");
        return -1;
    }
    rt_value qm = RT_NULL, rm = RT_NULL;
    if (mag_divmod(rt, &x, &y, &qm, &rm) < 0)
        return -1;
    bool rzero = rm == rt_smallint(0);
    if (x.neg != y.neg && !rzero) {
        /* q = -(qm + 1), r = |b| - rm, with the sign of b */
        bview qv, rv, one, by = y;
        if (by.d == y.buf)
            by.d = by.buf;
        by.neg = false;
        view_init(&qv, qm);
        view_init(&one, rt_smallint(1));
        rt_value q2 = view_add(rt, &qv, &one, false);
        view_init(&rv, rm);
        rt_value r2 = q2 ? view_add(rt, &by, &rv, true) : RT_NULL;
        if (r2 && y.neg) {
            rt_value t = rt_bigint_neg(rt, r2);
            rt_decref(rt, r2);
            r2 = t;
        }
        rt_decref(rt, qm);
        rt_decref(rt, rm);
        if (!r2) {
            rt_decref(rt, q2);
            return -1;
        }
        qm = q2;
        rm = r2;
        rt_value qn = rt_bigint_neg(rt, qm);
        rt_decref(rt, qm);
        if (!qn) {
            rt_decref(rt, rm);
            return -1;
        }
        qm = qn;
    } else {
        if (x.neg != y.neg) { /* remainder zero: q = -qm */
            rt_value qn = rt_bigint_neg(rt, qm);
            rt_decref(rt, qm);
            if (!qn) {
                rt_decref(rt, rm);
                return -1;
            }
            qm = qn;
        }
        if (y.neg && !rzero) { /* both negative: r takes b's sign */
            rt_value rn = rt_bigint_neg(rt, rm);
            rt_decref(rt, rm);
            if (!rn) {
                rt_decref(rt, qm);
                return -1;
            }
            rm = rn;
        }
    }
    if (q)
        *q = qm;
    else
        rt_decref(rt, qm);
    if (r)
        *r = rm;
    else
        rt_decref(rt, rm);
    return 0;
}

int rt_bigint_divmod2(rt_state *rt, rt_value a, rt_value b, rt_value *q, rt_value *r)
{
    return floor_divmod(rt, a, b, q, r);
}

rt_value rt_bigint_divmod(rt_state *rt, rt_value a, rt_value b)
{
    rt_value q, r;
    if (floor_divmod(rt, a, b, &q, &r) < 0)
        return RT_NULL;
    rt_value t = rt_tuple_pack(rt, 2, q, r);
    rt_decref(rt, q);
    rt_decref(rt, r);
    return t;
}

static rt_value lshift(rt_state *rt, const bview *a, uint64_t n);

/* a / b as a correctly rounded double (CPython's long_true_divide). */
static rt_value true_divide(rt_state *rt, rt_value a, rt_value b)
{
    bview x, y;
    view_init(&x, a);
    view_init(&y, b);
    if (y.n == 0)
        return rt_raise(rt, RT_EXC_ZeroDivisionError, "division by zero");
    bool neg = x.neg != y.neg;
    if (x.n == 0)
        return rt_float_new(rt, neg ? -0.0 : 0.0);
    int64_t ba = (int64_t)rt_mpn_bits(x.d, x.n), bb = (int64_t)rt_mpn_bits(y.d, y.n);
    if (ba <= 53 && bb <= 53) { /* both exact as doubles: one rounding */
        double da = (double)x.d[0];
        double db = (double)y.d[0];
        return rt_float_new(rt, neg ? -(da / db) : da / db);
    }
    int64_t diff = ba - bb; /* a/b in [2**(diff-1), 2**(diff+1)) */
    if (diff > 1025)
        return rt_raise(rt, RT_EXC_OverflowError, "integer division result too large for a float");
    if (diff < -1076)
        return rt_float_new(rt, neg ? -0.0 : 0.0);
    /* q = floor(|a| / (|b| * 2**s)) with at least 55 bits, or, for
     * subnormal results, 3 bits below 2**-1074 */
    int64_t s = diff - 57 > -1077 ? diff - 57 : -1077;
    bview ax = x, ay = y;
    ax.neg = ay.neg = false;
    if (ax.d == x.buf)
        ax.d = ax.buf;
    if (ay.d == y.buf)
        ay.d = ay.buf;
    rt_value num, den;
    if (s >= 0) {
        num = from_view(rt, &ax, false);
        den = num ? lshift(rt, &ay, (uint64_t)s) : RT_NULL;
    } else {
        num = lshift(rt, &ax, (uint64_t)-s);
        den = num ? from_view(rt, &ay, false) : RT_NULL;
    }
    if (!den) {
        rt_decref(rt, num);
        return RT_NULL;
    }
    rt_value q, r;
    int rc = floor_divmod(rt, num, den, &q, &r);
    rt_decref(rt, num);
    rt_decref(rt, den);
    if (rc < 0)
        return RT_NULL;
    bool sticky = r != rt_smallint(0);
    rt_decref(rt, r);
    int64_t qi;
    bool fits = rt_bigint_to_i64(q, &qi);
    rt_decref(rt, q);
    if (!fits) /* cannot happen: q < 2**58 by the choice of s */
        return rt_raise(rt, RT_EXC_OverflowError, "integer division result too large for a float");
    uint64_t qm = (uint64_t)qi;
    int64_t qb = 64 - __builtin_clzll(qm);
    int64_t msb = qb - 1 + s;
    int64_t lsb = msb - 52 > -1074 ? msb - 52 : -1074;
    int64_t drop = lsb - s; /* >= 3 by construction */
    uint64_t kept = qm >> drop, rest = qm & ((UINT64_C(1) << drop) - 1);
    uint64_t half = UINT64_C(1) << (drop - 1);
    if (rest > half || (rest == half && (sticky || (kept & 1))))
        kept++;
    double d = ldexp((double)kept, (int)lsb);
    if (isinf(d))
        return rt_raise(rt, RT_EXC_OverflowError, "integer division result too large for a float");
    return rt_float_new(rt, neg ? -d : d);
}

/* ---- shifts and bit operations -------------------------------------------------------- */

/* a << n (n >= 0). */
static rt_value lshift(rt_state *rt, const bview *a, uint64_t n)
{
    if (a->n == 0)
        return rt_smallint(0);
    uint64_t bits = rt_mpn_bits(a->d, a->n) + n;
    if (bits / RT_LIMB_BITS + 1 > RT_INT_MAX_LIMBS)
        return rt_raise(rt, RT_EXC_MemoryError, "%s", "");
    size_t ls = (size_t)(n / RT_LIMB_BITS);
    unsigned bs = (unsigned)(n % RT_LIMB_BITS);
    size_t cap = (size_t)((bits + RT_LIMB_BITS - 1) / RT_LIMB_BITS); /* exact: no spare limb */
    rt_int_obj *o = int_alloc(rt, cap);
    if (!o)
        return RT_NULL;
    rt_limb out = rt_mpn_lshift(o->limbs + ls, a->d, a->n, bs);
    if (a->n + ls < cap)
        o->limbs[a->n + ls] = out; /* else out is 0: the top limb had room */
    return int_finish(rt, o, cap, a->neg);
}

/* a >> n (n >= 0), flooring: a negative a rounds toward -inf. */
static rt_value rshift(rt_state *rt, const bview *a, uint64_t n)
{
    uint64_t bits = rt_mpn_bits(a->d, a->n);
    if (n >= bits)
        return rt_smallint(a->neg && a->n ? -1 : 0);
    size_t ls = (size_t)(n / RT_LIMB_BITS);
    unsigned bs = (unsigned)(n % RT_LIMB_BITS);
    size_t len = a->n - ls;
    rt_int_obj *o = int_alloc(rt, len + 1); /* + 1: the floor's carry */
    if (!o)
        return RT_NULL;
    rt_limb out = rt_mpn_rshift(o->limbs, a->d + ls, len, bs);
    if (a->neg) { /* floor for negatives: -((|a| >> n) + 1) when bits were lost */
        bool lost = out != 0;
        for (size_t i = 0; !lost && i < ls; i++)
            lost = a->d[i] != 0;
        for (size_t i = 0; lost && i <= len; i++)
            lost = ++o->limbs[i] == 0; /* carry on */
    }
    return int_finish(rt, o, len + 1, a->neg);
}

/* Limb i of w in two's complement (infinitely sign-extended), for i
 * going up from 0 with *carry starting at 1: a negative magnitude is
 * inverted and incremented as it streams by. */
static inline rt_limb twos_limb(const bview *w, size_t i, rt_limb *carry)
{
    rt_limb m = i < w->n ? w->d[i] : 0;
    if (!w->neg)
        return m;
    rt_limb t = ~m + *carry;
    *carry &= t == 0;
    return t;
}

/* a & b, a | b, a ^ b with Python's infinite two's complement semantics,
 * computed limb by limb straight into the result. */
static rt_value bitop(rt_state *rt, rt_binop_kind op, const bview *a, const bview *b)
{
    size_t n = (a->n > b->n ? a->n : b->n) + 1;
    /* the result's sign bit, from the operands' signs */
    bool neg = op == RT_OP_AND  ? a->neg && b->neg
               : op == RT_OP_OR ? a->neg || b->neg
                                : a->neg != b->neg;
    if (op == RT_OP_AND && !neg) /* a non-negative operand bounds the result */
        n = !a->neg && !b->neg ? (a->n < b->n ? a->n : b->n) : !a->neg ? a->n : b->n;
    rt_int_obj *o = int_alloc(rt, n);
    if (!o)
        return RT_NULL;
    rt_limb ca = 1, cb = 1, cr = 1;
    for (size_t i = 0; i < n; i++) {
        rt_limb x = twos_limb(a, i, &ca), y = twos_limb(b, i, &cb);
        rt_limb r = op == RT_OP_AND ? x & y : op == RT_OP_OR ? x | y : x ^ y;
        if (neg) { /* back to a magnitude: ~r + 1, streamed */
            r = ~r + cr;
            cr &= r == 0;
        }
        o->limbs[i] = r;
    }
    return int_finish(rt, o, n, neg);
}

/* ---- power --------------------------------------------------------------------------- */

/* base ** e for e >= 0 by squaring; the result's size is checked first. */
static rt_value int_pow(rt_state *rt, rt_value base, rt_value exp)
{
    bview b, e;
    view_init(&b, base);
    view_init(&e, exp);
    uint64_t bbits = rt_mpn_bits(b.d, b.n);
    if (e.n == 0)
        return rt_smallint(1);
    if (bbits <= 1) { /* 0, 1, -1 */
        if (b.n == 0)
            return rt_smallint(0);
        bool odd = e.d[0] & 1;
        return rt_smallint(b.neg && odd ? -1 : 1);
    }
    /* the result has more than (bbits - 1) * e bits: refuse what cannot fit */
    uint64_t max_bits = (uint64_t)RT_INT_MAX_LIMBS * RT_LIMB_BITS;
    if (e.n > 1)
        return rt_raise(rt, RT_EXC_MemoryError, "%s", "");
    uint64_t en = e.d[0];
    if (en > max_bits / (bbits - 1))
        return rt_raise(rt, RT_EXC_MemoryError, "%s", "");
    /* a power of two: one shift */
    if (b.n && (b.d[b.n - 1] & (b.d[b.n - 1] - 1)) == 0) {
        bool pow2 = true;
        for (size_t i = 0; pow2 && i + 1 < b.n; i++)
            pow2 = b.d[i] == 0;
        if (pow2) {
            bview one;
            view_init(&one, rt_smallint(b.neg && (en & 1) ? -1 : 1));
            return lshift(rt, &one, (bbits - 1) * en);
        }
    }
    rt_value result = rt_smallint(1);
    rt_value acc = from_view(rt, &b, false); /* successive squares of |base| */
    bool ok = acc != RT_NULL;
    for (uint64_t k = en; ok;) {
        if (rt__vm_c_check(rt) < 0) { /* a product of big operands can take long */
            ok = false;
            break;
        }
        if (k & 1) {
            bview r, s;
            view_init(&r, result);
            view_init(&s, acc);
            rt_value t = view_mul(rt, &r, &s, false);
            rt_decref(rt, result);
            result = t;
            ok = t != RT_NULL;
        }
        k >>= 1;
        if (!k || !ok)
            break;
        bview s;
        view_init(&s, acc);
        rt_value t = view_mul(rt, &s, &s, false);
        rt_decref(rt, acc);
        acc = t;
        ok = t != RT_NULL;
    }
    rt_decref(rt, acc);
    if (!ok) {
        rt_decref(rt, result);
        return RT_NULL;
    }
    if (b.neg && (en & 1)) {
        rt_value t = rt_bigint_neg(rt, result);
        rt_decref(rt, result);
        return t;
    }
    return result;
}

/* ---- the entry points ---------------------------------------------------------------- */

rt_value rt_bigint_neg(rt_state *rt, rt_value a)
{
    bview w;
    view_init(&w, a);
    return from_view(rt, &w, !w.neg);
}

rt_value rt_bigint_abs(rt_state *rt, rt_value a)
{
    bview w;
    view_init(&w, a);
    return from_view(rt, &w, false);
}

rt_value rt_bigint_invert(rt_state *rt, rt_value a)
{
    /* ~a == -(a + 1): |a| + 1 negated for a >= 0, |a| - 1 for a < 0 */
    bview w;
    view_init(&w, a);
    rt_int_obj *o = int_alloc(rt, w.n + 1);
    if (!o)
        return RT_NULL;
    memcpy(o->limbs, w.d, w.n * sizeof *w.d);
    if (w.neg) {
        for (size_t i = 0; i < w.n && o->limbs[i]-- == 0; i++)
            ; /* borrow on */
    } else {
        for (size_t i = 0; i <= w.n && ++o->limbs[i] == 0; i++)
            ; /* carry on */
    }
    return int_finish(rt, o, w.n + 1, !w.neg);
}

/* The shift count b as uint64 (b >= 0 checked); huge counts saturate. */
static uint64_t shift_count(const bview *b)
{
    if (b->n > 1)
        return UINT64_MAX;
    return b->n ? b->d[0] : 0;
}

rt_value rt_bigint_binop(rt_state *rt, rt_binop_kind op, rt_value a, rt_value b)
{
    bview x, y;
    view_init(&x, a);
    view_init(&y, b);
    rt_value r;
    switch (op) {
    case RT_OP_ADD: return view_add(rt, &x, &y, false);
    case RT_OP_SUB: return view_add(rt, &x, &y, true);
    case RT_OP_MUL: return view_mul(rt, &x, &y, x.neg != y.neg);
    case RT_OP_TRUEDIV: return true_divide(rt, a, b);
    case RT_OP_FLOORDIV: return floor_divmod(rt, a, b, &r, NULL) < 0 ? RT_NULL : r;
    case RT_OP_MOD: return floor_divmod(rt, a, b, NULL, &r) < 0 ? RT_NULL : r;
    case RT_OP_POW:
        if (y.neg) {
            double da, db;
            if (!rt_bigint_to_double(a, &da) || !rt_bigint_to_double(b, &db))
                return rt_raise(rt, RT_EXC_OverflowError, "int too large to convert to float");
            if (da == 0.0)
                return rt_raise(rt, RT_EXC_ZeroDivisionError,
                                "0.0 cannot be raised to a negative power");
            return rt_float_new(rt, pow(da, db));
        }
        return int_pow(rt, a, b);
    case RT_OP_LSHIFT:
    case RT_OP_RSHIFT:
        if (y.neg)
            return rt_raise(rt, RT_EXC_ValueError, "negative shift count");
        if (op == RT_OP_RSHIFT)
            return rshift(rt, &x, shift_count(&y));
        if (x.n == 0)
            return rt_smallint(0);
        if (y.n > 1) /* a result no memory holds: CPython's MemoryError */
            return rt_raise(rt, RT_EXC_MemoryError, "%s", "");
        return lshift(rt, &x, shift_count(&y));
    case RT_OP_AND:
    case RT_OP_OR:
    case RT_OP_XOR: return bitop(rt, op, &x, &y);
    default: return RT_NULL;
    }
}

/* ---- modular power ------------------------------------------------------------------- */

/* The inverse of a modulo m (a, m > 0), or RT_NULL with ValueError. */
static rt_value mod_inverse(rt_state *rt, rt_value a, rt_value m)
{
    /* extended Euclid on (a, m), tracking only a's coefficient */
    rt_value r0 = m, r1 = a, s0 = rt_smallint(0), s1 = rt_smallint(1);
    rt_incref(r0);
    rt_incref(r1);
    while (r1 != rt_smallint(0)) {
        rt_value q, r;
        if (floor_divmod(rt, r0, r1, &q, &r) < 0)
            goto fail;
        rt_value qs = rt_bigint_binop(rt, RT_OP_MUL, q, s1);
        rt_decref(rt, q);
        rt_value s2 = qs ? rt_bigint_binop(rt, RT_OP_SUB, s0, qs) : RT_NULL;
        rt_decref(rt, qs);
        if (!s2) {
            rt_decref(rt, r);
            goto fail;
        }
        rt_decref(rt, r0);
        r0 = r1;
        r1 = r;
        rt_decref(rt, s0);
        s0 = s1;
        s1 = s2;
    }
    if (r0 != rt_smallint(1)) {
        rt_raise(rt, RT_EXC_ValueError, "base is not invertible for the given modulus");
        goto fail;
    }
    rt_value inv = rt_bigint_binop(rt, RT_OP_MOD, s0, m);
    rt_decref(rt, r0);
    rt_decref(rt, r1);
    rt_decref(rt, s0);
    rt_decref(rt, s1);
    return inv;
fail:
    rt_decref(rt, r0);
    rt_decref(rt, r1);
    rt_decref(rt, s0);
    rt_decref(rt, s1);
    return RT_NULL;
}

/* b ** e mod m for 0 <= b < m, e >= 0, m > 0 (all ints): a new value. */
static rt_value powmod_limbs(rt_state *rt, rt_value bv, rt_value ev, rt_value mv)
{
    bview b, e, m;
    view_init(&b, bv);
    view_init(&e, ev);
    view_init(&m, mv);
    size_t ns = rt_mpn_powmod_scratch(m.n, e.d, e.n), total = m.n + ns;
    rt_limb *buf = scratch_alloc(rt, total);
    if (!buf)
        return RT_NULL;
    size_t rn = rt_mpn_powmod(buf, b.d, b.n, e.d, e.n, m.d, m.n, buf + m.n, rt->cfg.interrupt);
    if (rn == RT_MPN_STOPPED) {
        scratch_free(rt, buf, total);
        rt__vm_raise_interrupt(rt);
        return RT_NULL;
    }
    rt_value v = rt_bigint_from_limbs(rt, buf, rn, false);
    scratch_free(rt, buf, total);
    return v;
}

rt_value rt_bigint_powmod(rt_state *rt, rt_value base, rt_value exp, rt_value mod)
{
    int ms = rt_bigint_sign(mod);
    if (ms == 0)
        return rt_raise(rt, RT_EXC_ValueError, "pow() 3rd argument cannot be 0");
    rt_value m = rt_bigint_abs(rt, mod);
    if (!m)
        return RT_NULL;
    rt_value b = rt_bigint_binop(rt, RT_OP_MOD, base, m);
    rt_value e = b ? rt_bigint_abs(rt, exp) : RT_NULL;
    rt_value result = RT_NULL;
    if (!e)
        goto done;
    if (rt_bigint_sign(exp) < 0) {
        rt_value inv = mod_inverse(rt, b, m);
        if (!inv)
            goto done;
        rt_decref(rt, b);
        b = inv;
    }
    result = powmod_limbs(rt, b, e, m);
    if (result && ms < 0 && result != rt_smallint(0)) {
        rt_value t = rt_bigint_binop(rt, RT_OP_SUB, result, m);
        rt_decref(rt, result);
        result = t;
    }
done:
    rt_decref(rt, m);
    rt_decref(rt, b);
    rt_decref(rt, e);
    return result;
}

bool rt_bigint_is_odd(rt_value a)
{
    bview w;
    view_init(&w, a);
    return w.n > 0 && (w.d[0] & 1);
}
