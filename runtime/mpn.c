/* mpn.c: natural-number arithmetic on 64-bit limb arrays (add, subtract,
 * schoolbook and Karatsuba multiplication, Knuth division, shifts). */
#include "runtime/mpn.h"

#include <stdbool.h>
#include <string.h>

/* Below this many limbs in the shorter operand, schoolbook multiplication
 * beats Karatsuba's extra additions (measured on factorials of 10**4..10**5). */
#define KARATSUBA_CUTOFF 32

size_t rt_mpn_norm(const rt_limb *a, size_t n)
{
    while (n > 0 && a[n - 1] == 0)
        n--;
    return n;
}

int rt_mpn_cmp(const rt_limb *a, size_t na, const rt_limb *b, size_t nb)
{
    if (na != nb)
        return na < nb ? -1 : 1;
    while (na-- > 0)
        if (a[na] != b[na])
            return a[na] < b[na] ? -1 : 1;
    return 0;
}

size_t rt_mpn_add(rt_limb *r, const rt_limb *a, size_t na, const rt_limb *b, size_t nb)
{
    if (na < nb) {
        const rt_limb *t = a;
        a = b;
        b = t;
        size_t tn = na;
        na = nb;
        nb = tn;
    }
    rt_dlimb c = 0;
    size_t i = 0;
    for (; i < nb; i++) {
        c += (rt_dlimb)a[i] + b[i];
        r[i] = (rt_limb)c;
        c >>= RT_LIMB_BITS;
    }
    for (; i < na; i++) {
        c += a[i];
        r[i] = (rt_limb)c;
        c >>= RT_LIMB_BITS;
    }
    r[na] = (rt_limb)c;
    return rt_mpn_norm(r, na + 1);
}

size_t rt_mpn_sub(rt_limb *r, const rt_limb *a, size_t na, const rt_limb *b, size_t nb)
{
    rt_limb borrow = 0;
    size_t i = 0;
    for (; i < nb; i++) {
        rt_dlimb s = (rt_dlimb)b[i] + borrow;
        borrow = a[i] < s;
        r[i] = (rt_limb)((rt_dlimb)a[i] - s);
    }
    for (; i < na; i++) {
        rt_limb ai = a[i];
        r[i] = ai - borrow;
        borrow = ai < borrow;
    }
    return rt_mpn_norm(r, na);
}

/* dst[0..dn) += src[0..sn), sn <= dn; the sum fits in dn limbs. */
static void add_into(rt_limb *dst, size_t dn, const rt_limb *src, size_t sn)
{
    rt_dlimb c = 0;
    size_t i = 0;
    for (; i < sn; i++) {
        c += (rt_dlimb)dst[i] + src[i];
        dst[i] = (rt_limb)c;
        c >>= RT_LIMB_BITS;
    }
    for (; c && i < dn; i++) {
        c += dst[i];
        dst[i] = (rt_limb)c;
        c >>= RT_LIMB_BITS;
    }
}

/* dst[0..dn) -= src[0..sn), sn <= dn; the difference is not negative. */
static void sub_from(rt_limb *dst, size_t dn, const rt_limb *src, size_t sn)
{
    rt_limb borrow = 0;
    size_t i = 0;
    for (; i < sn; i++) {
        rt_dlimb s = (rt_dlimb)src[i] + borrow;
        borrow = dst[i] < s;
        dst[i] = (rt_limb)((rt_dlimb)dst[i] - s);
    }
    for (; borrow && i < dn; i++) {
        borrow = dst[i] == 0;
        dst[i]--;
    }
}

static void mul_school(rt_limb *r, const rt_limb *a, size_t na, const rt_limb *b, size_t nb)
{
    memset(r, 0, na * sizeof *r);
    for (size_t j = 0; j < nb; j++) {
        rt_dlimb c = 0, bj = b[j];
        if (bj)
            for (size_t i = 0; i < na; i++) {
                c += (rt_dlimb)a[i] * bj + r[i + j];
                r[i + j] = (rt_limb)c;
                c >>= RT_LIMB_BITS;
            }
        r[j + na] = (rt_limb)c;
    }
}

/* r[0..na+nb) = a * b. tmp holds 8 * (na + nb) limbs: by induction over the
 * three cases below, each level uses at most that much with its callee. */
static void mul_rec(rt_limb *r, const rt_limb *a, size_t na, const rt_limb *b, size_t nb,
                    rt_limb *tmp)
{
    if (na < nb) {
        const rt_limb *t = a;
        a = b;
        b = t;
        size_t tn = na;
        na = nb;
        nb = tn;
    }
    if (nb == 0) {
        memset(r, 0, na * sizeof *r);
        return;
    }
    if (nb < KARATSUBA_CUTOFF) {
        mul_school(r, a, na, b, nb);
        return;
    }
    if (na >= 2 * nb) { /* unbalanced: slices of a, each times b */
        memset(r, 0, (na + nb) * sizeof *r);
        for (size_t off = 0; off < na; off += nb) {
            size_t cn = na - off < nb ? na - off : nb;
            mul_rec(tmp, a + off, cn, b, nb, tmp + cn + nb);
            add_into(r + off, na + nb - off, tmp, cn + nb);
        }
        return;
    }
    size_t h = (na + 1) / 2;
    if (nb <= h) { /* b has no high half: a0*b + (a1*b << h) */
        mul_rec(r, a, h, b, nb, tmp);
        memset(r + h + nb, 0, (na - h) * sizeof *r);
        mul_rec(tmp, a + h, na - h, b, nb, tmp + (na - h + nb));
        add_into(r + h, na + nb - h, tmp, na - h + nb);
        return;
    }
    /* Karatsuba: z0 = a0*b0, z2 = a1*b1, z1 = (a0+a1)(b0+b1) - z0 - z2 */
    mul_rec(r, a, h, b, h, tmp);
    mul_rec(r + 2 * h, a + h, na - h, b + h, nb - h, tmp);
    rt_limb *sa = tmp, *sb = tmp + h + 1, *z1 = tmp + 2 * (h + 1);
    memcpy(sa, a, h * sizeof *sa);
    sa[h] = 0;
    add_into(sa, h + 1, a + h, na - h);
    memcpy(sb, b, h * sizeof *sb);
    sb[h] = 0;
    add_into(sb, h + 1, b + h, nb - h);
    mul_rec(z1, sa, h + 1, sb, h + 1, z1 + 2 * (h + 1));
    sub_from(z1, 2 * (h + 1), r, 2 * h);
    sub_from(z1, 2 * (h + 1), r + 2 * h, na + nb - 2 * h);
    size_t zn = rt_mpn_norm(z1, 2 * (h + 1));
    add_into(r + h, na + nb - h, z1, zn);
}

size_t rt_mpn_mul_scratch(size_t na, size_t nb)
{
    size_t lo = na < nb ? na : nb;
    return lo < KARATSUBA_CUTOFF ? 0 : 8 * (na + nb);
}

size_t rt_mpn_mul(rt_limb *r, const rt_limb *a, size_t na, const rt_limb *b, size_t nb,
                  rt_limb *tmp)
{
    mul_rec(r, a, na, b, nb, tmp);
    return rt_mpn_norm(r, na + nb);
}

rt_limb rt_mpn_divrem_1(rt_limb *q, const rt_limb *a, size_t n, rt_limb d)
{
    rt_limb rem = 0;
    while (n-- > 0)
        q[n] = rt_limb_div2(rem, a[n], d, &rem);
    return rem;
}

rt_limb rt_mpn_mod_1(const rt_limb *a, size_t n, rt_limb d)
{
    rt_limb rem = 0;
    while (n-- > 0)
        rt_limb_div2(rem, a[n], d, &rem);
    return rem;
}

rt_limb rt_mpn_mul_1_add(rt_limb *a, size_t n, rt_limb m, rt_limb add)
{
    rt_dlimb c = add;
    for (size_t i = 0; i < n; i++) {
        c += (rt_dlimb)a[i] * m;
        a[i] = (rt_limb)c;
        c >>= RT_LIMB_BITS;
    }
    return (rt_limb)c;
}

rt_limb rt_mpn_lshift(rt_limb *r, const rt_limb *a, size_t n, unsigned s)
{
    if (s == 0) {
        memmove(r, a, n * sizeof *r);
        return 0;
    }
    rt_limb out = 0;
    for (size_t i = n; i-- > 0;) {
        rt_limb ai = a[i];
        if (i == n - 1)
            out = ai >> (RT_LIMB_BITS - s);
        r[i] = (rt_limb)(ai << s) | (i ? a[i - 1] >> (RT_LIMB_BITS - s) : 0);
    }
    return out;
}

rt_limb rt_mpn_rshift(rt_limb *r, const rt_limb *a, size_t n, unsigned s)
{
    if (s == 0) {
        memmove(r, a, n * sizeof *r);
        return 0;
    }
    rt_limb out = n ? (rt_limb)(a[0] << (RT_LIMB_BITS - s)) : 0;
    for (size_t i = 0; i < n; i++)
        r[i] = (a[i] >> s) | (i + 1 < n ? (rt_limb)(a[i + 1] << (RT_LIMB_BITS - s)) : 0);
    return out;
}

/* Whether *stop (NULL: never) asks a long computation to end. */
static bool stopped(const atomic_int *stop)
{
    return stop && atomic_load_explicit(stop, memory_order_relaxed) != 0;
}

size_t rt_mpn_divrem(rt_limb *q, rt_limb *r, const rt_limb *a, size_t na, const rt_limb *b,
                     size_t nb, rt_limb *tmp, const atomic_int *stop)
{
    unsigned s = (unsigned)__builtin_clzll(b[nb - 1]);
    rt_limb *v = tmp, *u = tmp + nb;
    rt_mpn_lshift(v, b, nb, s);
    u[na] = rt_mpn_lshift(u, a, na, s);
    rt_limb vtop = v[nb - 1], vsec = v[nb - 2];
    for (size_t j = na - nb + 1; j-- > 0;) {
        if (j % 64 == 0 && stopped(stop)) /* each step costs nb limb products */
            return RT_MPN_STOPPED;
        /* qhat estimates u[j+nb..] / v from the top two limbs of u and the
         * top limb of v; the test against vsec makes it exact or one too
         * large (Knuth's step D3) */
        rt_limb ut = u[j + nb], u1 = u[j + nb - 1], qhat, rhat;
        bool big_rhat = false;
        if (ut >= vtop) { /* ut == vtop: the quotient digit saturates */
            qhat = RT_LIMB_MAX;
            rhat = u1 + vtop;
            big_rhat = rhat < u1; /* rhat = u1 + vtop passed 2**64 */
        } else {
            qhat = rt_limb_div2(ut, u1, vtop, &rhat);
        }
        while (!big_rhat &&
               (rt_dlimb)qhat * vsec > (((rt_dlimb)rhat << RT_LIMB_BITS) | u[j + nb - 2])) {
            qhat--;
            rt_limb r2 = rhat + vtop;
            big_rhat = r2 < rhat;
            rhat = r2;
        }
        /* u[j..j+nb] -= qhat * v */
        rt_dlimb carry = 0;
        rt_limb borrow = 0;
        for (size_t i = 0; i < nb; i++) {
            rt_dlimb p = (rt_dlimb)qhat * v[i] + carry;
            carry = p >> RT_LIMB_BITS;
            rt_dlimb sub = (rt_dlimb)(rt_limb)p + borrow;
            rt_limb ui = u[i + j];
            borrow = ui < sub;
            u[i + j] = (rt_limb)((rt_dlimb)ui - sub);
        }
        rt_dlimb sub = carry + borrow;
        rt_limb top = u[j + nb];
        u[j + nb] = (rt_limb)((rt_dlimb)top - sub);
        if ((rt_dlimb)top < sub) { /* qhat was one too large: add v back */
            qhat--;
            rt_dlimb c = 0;
            for (size_t i = 0; i < nb; i++) {
                c += (rt_dlimb)u[i + j] + v[i];
                u[i + j] = (rt_limb)c;
                c >>= RT_LIMB_BITS;
            }
            u[j + nb] += (rt_limb)c;
        }
        q[j] = qhat;
    }
    rt_mpn_rshift(r, u, nb, s);
    return rt_mpn_norm(r, nb);
}

uint64_t rt_mpn_bits(const rt_limb *a, size_t n)
{
    n = rt_mpn_norm(a, n);
    if (n == 0)
        return 0;
    return (uint64_t)(n - 1) * RT_LIMB_BITS + (uint64_t)(RT_LIMB_BITS - __builtin_clzll(a[n - 1]));
}
