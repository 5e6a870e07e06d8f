/* mpn_pow.c: modular exponentiation on limbs (pow(b, e, m)): sliding
 * windows over the exponent, Montgomery multiplication for odd moduli of two
 * limbs or more (no division per step), a product and a Knuth division
 * otherwise. Every buffer is the caller's scratch. */
#include "runtime/mpn.h"

#include <stdbool.h>
#include <string.h>

/* The multiplication pow's steps use, with its scratch. */
typedef struct modctx {
    const rt_limb *m; /* the modulus, normalized, mn limbs */
    size_t mn;
    bool mont;     /* Montgomery form: every value is mn limbs, x * 2**(64 mn) mod m */
    rt_limb minv;  /* Montgomery: -1/m mod 2**64 */
    rt_limb *prod; /* 2 * mn limbs: a product before reduction */
    rt_limb *quot; /* mn + 1 limbs: a quotient nobody reads */
    rt_limb *div;  /* 3 * mn + 1 limbs: rt_mpn_divrem's scratch */
    rt_limb *mul;  /* rt_mpn_mul_scratch(mn, mn) limbs */
} modctx;

/* r = x * y / 2**(64 mn) mod m (Montgomery's product, operand scanning):
 * x, y and r are mn limbs below m; r may alias x or y. */
static void mont_mul(const modctx *c, rt_limb *r, const rt_limb *x, const rt_limb *y)
{
    size_t n = c->mn;
    const rt_limb *m = c->m;
    rt_limb *t = c->prod; /* n + 2 limbs */
    memset(t, 0, (n + 2) * sizeof *t);
    for (size_t i = 0; i < n; i++) {
        /* t += x[i] * y */
        rt_dlimb carry = 0;
        rt_limb xi = x[i];
        for (size_t j = 0; j < n; j++) {
            carry += (rt_dlimb)xi * y[j] + t[j];
            t[j] = (rt_limb)carry;
            carry >>= RT_LIMB_BITS;
        }
        rt_dlimb s = (rt_dlimb)t[n] + (rt_limb)carry;
        t[n] = (rt_limb)s;
        t[n + 1] = (rt_limb)(s >> RT_LIMB_BITS);
        /* t = (t + u * m) / 2**64, u chosen so the low limb cancels */
        rt_limb u = t[0] * c->minv;
        carry = ((rt_dlimb)u * m[0] + t[0]) >> RT_LIMB_BITS;
        for (size_t j = 1; j < n; j++) {
            carry += (rt_dlimb)u * m[j] + t[j];
            t[j - 1] = (rt_limb)carry;
            carry >>= RT_LIMB_BITS;
        }
        s = (rt_dlimb)t[n] + (rt_limb)carry;
        t[n - 1] = (rt_limb)s;
        t[n] = t[n + 1] + (rt_limb)(s >> RT_LIMB_BITS);
    }
    /* t < 2m: one subtraction at most */
    bool ge = t[n] != 0;
    if (!ge) {
        size_t k = n;
        while (k-- > 0 && t[k] == m[k])
            ;
        ge = k == (size_t)-1 || t[k] > m[k];
    }
    if (ge) {
        rt_limb borrow = 0;
        for (size_t j = 0; j < n; j++) {
            rt_dlimb sub = (rt_dlimb)m[j] + borrow;
            borrow = t[j] < sub;
            t[j] = (rt_limb)((rt_dlimb)t[j] - sub);
        }
    }
    memcpy(r, t, n * sizeof *r);
}

/* mont_mul for two-limb moduli (up to 128 bits, the common case of
 * primality tests), the same steps unrolled. */
static void mont_mul2(const modctx *c, rt_limb *r, const rt_limb *x, const rt_limb *y)
{
    const rt_limb m0 = c->m[0], m1 = c->m[1], y0 = y[0], y1 = y[1];
    rt_limb t0 = 0, t1 = 0, t2 = 0, t3;
    for (int i = 0; i < 2; i++) {
        rt_limb xi = x[i];
        rt_dlimb p = (rt_dlimb)xi * y0 + t0;
        t0 = (rt_limb)p;
        p = (rt_dlimb)xi * y1 + t1 + (rt_limb)(p >> RT_LIMB_BITS);
        t1 = (rt_limb)p;
        p = (rt_dlimb)t2 + (rt_limb)(p >> RT_LIMB_BITS);
        t2 = (rt_limb)p;
        t3 = (rt_limb)(p >> RT_LIMB_BITS);
        rt_limb u = t0 * c->minv;
        p = (rt_dlimb)u * m0 + t0;
        p = (rt_dlimb)u * m1 + t1 + (rt_limb)(p >> RT_LIMB_BITS);
        t0 = (rt_limb)p;
        p = (rt_dlimb)t2 + (rt_limb)(p >> RT_LIMB_BITS);
        t1 = (rt_limb)p;
        t2 = t3 + (rt_limb)(p >> RT_LIMB_BITS);
    }
    if (t2 || t1 > m1 || (t1 == m1 && t0 >= m0)) { /* below 2m: one subtraction */
        rt_limb b = t0 < m0;
        t0 -= m0;
        t1 = t1 - m1 - b;
    }
    r[0] = t0;
    r[1] = t1;
}

/* r = x * 2**(64 mn) mod m for normalized x < m (xn limbs): Montgomery form,
 * mn limbs. */
static void mont_enter(const modctx *c, rt_limb *r, const rt_limb *x, size_t xn)
{
    size_t n = c->mn;
    memset(r, 0, n * sizeof *r);
    if (xn == 0)
        return;
    rt_limb *a = c->prod; /* x shifted up by n limbs */
    memset(a, 0, n * sizeof *a);
    memcpy(a + n, x, xn * sizeof *a);
    rt_mpn_divrem(c->quot, r, a, n + xn, c->m, n, c->div, NULL);
}

/* r = x * y mod m. Montgomery: operands and result are mn limbs (the length
 * returned is mn). Otherwise x, y < m are normalized (lengths xn, yn) and the
 * normalized length of r is returned. r has mn limbs and may alias x or y. */
static size_t mod_mul(const modctx *c, rt_limb *r, const rt_limb *x, size_t xn, const rt_limb *y,
                      size_t yn)
{
    if (c->mont) {
        if (c->mn == 2)
            mont_mul2(c, r, x, y);
        else
            mont_mul(c, r, x, y);
        return c->mn;
    }
    if (xn == 0 || yn == 0)
        return 0;
    if (c->mn == 1) { /* one limb: the product's high half is below m */
        rt_dlimb p = (rt_dlimb)x[0] * y[0];
        rt_limb rem;
        rt_limb_div2((rt_limb)(p >> RT_LIMB_BITS), (rt_limb)p, c->m[0], &rem);
        r[0] = rem;
        return rem != 0;
    }
    size_t pn = rt_mpn_mul(c->prod, x, xn, y, yn, c->mul);
    if (rt_mpn_cmp(c->prod, pn, c->m, c->mn) < 0) {
        memcpy(r, c->prod, pn * sizeof *r);
        return pn;
    }
    return rt_mpn_divrem(c->quot, r, c->prod, pn, c->m, c->mn, c->div, NULL);
}

/* The window size for an exponent of `bits` bits. */
static unsigned window_bits(uint64_t bits)
{
    return bits > 640 ? 5 : bits > 160 ? 4 : bits > 24 ? 3 : 1;
}

size_t rt_mpn_powmod_scratch(size_t mn, const rt_limb *e, size_t en)
{
    size_t nodd = (size_t)1 << (window_bits(rt_mpn_bits(e, en)) - 1);
    /* prod, quot, div, mul, table */
    return 2 * mn + (mn + 1) + (3 * mn + 1) + rt_mpn_mul_scratch(mn, mn) + nodd * mn;
}

size_t rt_mpn_powmod(rt_limb *r, const rt_limb *b, size_t bn, const rt_limb *e, size_t en,
                     const rt_limb *m, size_t mn, rt_limb *tmp, const atomic_int *stop)
{
    uint64_t bits = rt_mpn_bits(e, en);
    if (bits == 0) { /* 1 mod m */
        r[0] = 1;
        return mn == 1 && m[0] == 1 ? 0 : 1;
    }
    unsigned win = window_bits(bits);
    size_t nodd = (size_t)1 << (win - 1), nmul = rt_mpn_mul_scratch(mn, mn);
    modctx c = {m,   mn,           mn >= 2 && (m[0] & 1), 0,
                tmp, tmp + 2 * mn, tmp + 3 * mn + 1,      tmp + 6 * mn + 2};
    rt_limb *table = c.mul + nmul;
    size_t tn[(size_t)1 << 4];
    if (c.mont) {
        rt_limb inv = m[0]; /* right to 3 bits; each step doubles them */
        for (int k = 0; k < 5; k++)
            inv *= 2 - m[0] * inv;
        c.minv = (rt_limb)0 - inv;
        mont_enter(&c, table, b, bn);
        tn[0] = mn;
    } else {
        memcpy(table, b, bn * sizeof *b);
        tn[0] = bn;
    }
    /* table[k] = b ** (2k + 1); r holds b**2 while the table fills */
    if (nodd > 1) {
        size_t sqn = mod_mul(&c, r, table, tn[0], table, tn[0]);
        for (size_t k = 1; k < nodd; k++)
            tn[k] = mod_mul(&c, table + k * mn, table + (k - 1) * mn, tn[k - 1], r, sqn);
    }
    /* left to right: squarings, and one product for each window e[i..j]
     * (at most win bits, ending in a 1) */
    size_t rn = 0;
    bool started = false;
#define EBIT(i) ((e[(i) / RT_LIMB_BITS] >> ((i) % RT_LIMB_BITS)) & 1)
    for (int64_t i = (int64_t)bits - 1; i >= 0;) {
        if (stop && atomic_load_explicit(stop, memory_order_relaxed) != 0)
            return RT_MPN_STOPPED; /* polled once per window or squaring */
        if (!EBIT((uint64_t)i)) {
            rn = mod_mul(&c, r, r, rn, r, rn); /* started: the top bit is a 1 */
            i--;
            continue;
        }
        int64_t j = i - (int64_t)win + 1 > 0 ? i - (int64_t)win + 1 : 0;
        while (!EBIT((uint64_t)j))
            j++;
        unsigned val = 0;
        for (int64_t k = i; k >= j; k--) {
            val = (val << 1) | (unsigned)EBIT((uint64_t)k);
            if (started)
                rn = mod_mul(&c, r, r, rn, r, rn);
        }
        const rt_limb *t = table + (val >> 1) * mn;
        if (started) {
            rn = mod_mul(&c, r, r, rn, t, tn[val >> 1]);
        } else {
            memcpy(r, t, tn[val >> 1] * sizeof *r);
            rn = tn[val >> 1];
            started = true;
        }
        i = j - 1;
    }
#undef EBIT
    if (c.mont) { /* out of Montgomery form: one product with 1 */
        rt_limb *one = c.quot;
        memset(one, 0, mn * sizeof *one);
        one[0] = 1;
        mont_mul(&c, r, r, one);
        rn = mn;
    }
    return rt_mpn_norm(r, rn);
}
