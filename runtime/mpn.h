/* mpn.h: arithmetic on natural numbers stored as little-endian arrays of
 * 64-bit limbs (the magnitudes of big ints); products and two-limb
 * quotients use the compiler's unsigned __int128. No allocation, no signs, no
 * Python: bigint.c builds int semantics on top.
 *
 * Conventions: a number is (pointer, length); a length-0 number is zero; a
 * "normalized" number has a non-zero top limb. Outputs never alias inputs
 * unless the comment says so; the caller sizes every output and scratch
 * buffer with the bound given in the comment. */
#ifndef CLOSURED_RUNTIME_MPN_H
#define CLOSURED_RUNTIME_MPN_H

#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>

typedef uint64_t rt_limb;
__extension__ typedef unsigned __int128 rt_dlimb;
#define RT_LIMB_BITS 64
#define RT_LIMB_MAX UINT64_MAX

/* The length of a[0..n) without its high zero limbs. */
size_t rt_mpn_norm(const rt_limb *a, size_t n);
/* -1, 0, 1 comparing normalized a and b. */
int rt_mpn_cmp(const rt_limb *a, size_t na, const rt_limb *b, size_t nb);
/* r = a + b; r has room for max(na, nb) + 1 limbs (may alias a when na >= nb).
 * Returns the normalized length of r. */
size_t rt_mpn_add(rt_limb *r, const rt_limb *a, size_t na, const rt_limb *b, size_t nb);
/* r = a - b for a >= b; r has room for na limbs (may alias a). Returns the
 * normalized length of r. */
size_t rt_mpn_sub(rt_limb *r, const rt_limb *a, size_t na, const rt_limb *b, size_t nb);
/* The limbs of scratch rt_mpn_mul needs for operands of na and nb limbs. */
size_t rt_mpn_mul_scratch(size_t na, size_t nb);
/* r = a * b; r has room for na + nb limbs and aliases neither; tmp holds
 * rt_mpn_mul_scratch(na, nb) limbs. Schoolbook below a cutoff, Karatsuba
 * above. Returns the normalized length of r. */
size_t rt_mpn_mul(rt_limb *r, const rt_limb *a, size_t na, const rt_limb *b, size_t nb,
                  rt_limb *tmp);
/* The quotient of (hi * 2**64 + lo) by d for hi < d (so it fits a limb);
 * *rem gets the remainder. One divq on x86-64. */
static inline rt_limb rt_limb_div2(rt_limb hi, rt_limb lo, rt_limb d, rt_limb *rem)
{
#if defined(__x86_64__) && !defined(__clang_analyzer__)
    rt_limb q, r;
    __asm__("divq %4" : "=a"(q), "=d"(r) : "a"(lo), "d"(hi), "rm"(d) : "cc");
    *rem = r;
    return q;
#else
    rt_dlimb n = ((rt_dlimb)hi << RT_LIMB_BITS) | lo;
    *rem = (rt_limb)(n % d);
    return (rt_limb)(n / d);
#endif
}

/* q = a / d, returning a % d (d != 0); q has room for n limbs (may alias a). */
rt_limb rt_mpn_divrem_1(rt_limb *q, const rt_limb *a, size_t n, rt_limb d);
/* a % d (d != 0), without a quotient. */
rt_limb rt_mpn_mod_1(const rt_limb *a, size_t n, rt_limb d);
/* a = a * m + add in place over n limbs; returns the carry-out limb. */
rt_limb rt_mpn_mul_1_add(rt_limb *a, size_t n, rt_limb m, rt_limb add);
/* The two functions below run for long on big operands (quadratic
 * division, one squaring per exponent bit): they poll *stop (an interrupt
 * flag, rt.h; NULL: never) between steps and return RT_MPN_STOPPED, with
 * their outputs unspecified, once it is set. */
#define RT_MPN_STOPPED SIZE_MAX

/* q = a / b, r = a % b for normalized a, b with na >= nb >= 2 (Knuth's
 * algorithm D). q has room for na - nb + 1 limbs, r for nb; tmp holds
 * na + nb + 1 limbs. Returns the normalized length of r (q is unnormalized),
 * or RT_MPN_STOPPED. */
size_t rt_mpn_divrem(rt_limb *q, rt_limb *r, const rt_limb *a, size_t na, const rt_limb *b,
                     size_t nb, rt_limb *tmp, const atomic_int *stop);
/* The limbs of scratch rt_mpn_powmod needs for a modulus of mn limbs and the
 * exponent e[0..en). */
size_t rt_mpn_powmod_scratch(size_t mn, const rt_limb *e, size_t en);
/* r = b ** e mod m for normalized b < m (bn limbs), e (en limbs) and m > 0
 * (mn limbs); r has mn limbs and aliases nothing; tmp holds
 * rt_mpn_powmod_scratch(mn, e, en) limbs (mpn_pow.c). Returns the
 * normalized length of r, or RT_MPN_STOPPED. */
size_t rt_mpn_powmod(rt_limb *r, const rt_limb *b, size_t bn, const rt_limb *e, size_t en,
                     const rt_limb *m, size_t mn, rt_limb *tmp, const atomic_int *stop);
/* r = a << s for 0 <= s < 64 over n limbs (may alias a); returns the bits
 * shifted out of the top. */
rt_limb rt_mpn_lshift(rt_limb *r, const rt_limb *a, size_t n, unsigned s);
/* r = a >> s for 0 <= s < 64 over n limbs (may alias a); returns the bits
 * shifted out of the bottom, in the high bits of the result. */
rt_limb rt_mpn_rshift(rt_limb *r, const rt_limb *a, size_t n, unsigned s);
/* The number of significant bits of normalized a (0 for zero). */
uint64_t rt_mpn_bits(const rt_limb *a, size_t n);

#endif
