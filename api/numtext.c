/* numtext.c: integers and doubles as text without printf (numtext.h):
 * shortest round-trip digits by an exact-division fast path, else by
 * exact big-integer digit generation (Steele & White / Burger & Dybvig's
 * free-format algorithm). */
#include "api/numtext.h"

#include <math.h>
#include <string.h>

size_t api_num_u64(char *out, uint64_t v)
{
    char tmp[20];
    size_t n = 0;
    do {
        tmp[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    for (size_t i = 0; i < n; i++)
        out[i] = tmp[n - 1 - i];
    return n;
}

/* ---- the fast path ---------------------------------------------------------------------
 * 10^j is exact in a double for j <= 22, and IEEE division is correctly
 * rounded: so when an integer n < 2^53 satisfies (double)n / 10^j == v, the
 * decimal n x 10^-j reads back (strtod, correctly rounded too) as v. Trying
 * j upward from the first that gives v x 10^j >= 1 finds the fewest digits
 * for every value with at most ~15 significant digits in that range: the
 * counters, timestamps and bucket bounds a scrape writes. */

static const double pow10_exact[23] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                       1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                       1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
#define TWO53 9007199254740992.0

/* Digits of n without trailing zeros; returns their count and writes the
 * count with them to *ndig_total. */
static int digits_of(uint64_t n, char digits[17], int *ndig_total)
{
    char tmp[20];
    int len = (int)api_num_u64(tmp, n);
    *ndig_total = len;
    while (len > 1 && tmp[len - 1] == '0')
        len--;
    memcpy(digits, tmp, (size_t)len);
    return len;
}

static int shortest_fast(double v, char digits[17], int *exp10)
{
    int j = 0;
    while (j <= 22 && v * pow10_exact[j] < 1)
        j++;
    for (; j <= 22; j++) {
        double scaled = v * pow10_exact[j];
        if (scaled >= TWO53)
            return 0;
        double n = nearbyint(scaled);
        /* the exact v x 10^j is within one of `scaled`: n or a neighbour */
        const double cand[3] = {n, n - 1, n + 1};
        for (int c = 0; c < 3; c++) {
            if (cand[c] < 1 || cand[c] / pow10_exact[j] != v)
                continue;
            int total;
            int len = digits_of((uint64_t)cand[c], digits, &total);
            *exp10 = total - 1 - j;
            return len;
        }
    }
    return 0;
}

/* ---- the exact path: big integers --------------------------------------------------------
 * Unsigned integers of up to 40 32-bit words, least significant first: the
 * largest value the algorithm forms is below 2^1110 (a subnormal scaled by
 * 10^324, or 2^1024 times ten). */

#define BIG_WORDS 40
typedef struct big {
    uint32_t w[BIG_WORDS];
    int n; /* words in use; w[n-1] != 0 unless n == 0 */
} big_t;

static void big_set(big_t *b, uint64_t v)
{
    b->n = 0;
    while (v) {
        b->w[b->n++] = (uint32_t)v;
        v >>= 32;
    }
}

static void big_shl(big_t *b, int bits)
{
    int words = bits / 32, r = bits % 32;
    if (b->n == 0)
        return;
    uint32_t carry = 0;
    if (r) {
        for (int i = 0; i < b->n; i++) {
            uint32_t w = b->w[i];
            b->w[i] = (w << r) | carry;
            carry = w >> (32 - r);
        }
        if (carry)
            b->w[b->n++] = carry;
    }
    if (words) {
        memmove(b->w + words, b->w, (size_t)b->n * sizeof b->w[0]);
        memset(b->w, 0, (size_t)words * sizeof b->w[0]);
        b->n += words;
    }
}

static void big_mul_small(big_t *b, uint32_t m)
{
    uint64_t carry = 0;
    for (int i = 0; i < b->n; i++) {
        uint64_t t = (uint64_t)b->w[i] * m + carry;
        b->w[i] = (uint32_t)t;
        carry = t >> 32;
    }
    if (carry)
        b->w[b->n++] = (uint32_t)carry;
}

static void big_mul_pow10(big_t *b, int k)
{
    for (; k >= 9; k -= 9)
        big_mul_small(b, 1000000000u);
    static const uint32_t small[9] = {1,      10,      100,      1000,     10000,
                                      100000, 1000000, 10000000, 100000000};
    if (k)
        big_mul_small(b, small[k]);
}

static int big_cmp(const big_t *a, const big_t *b)
{
    if (a->n != b->n)
        return a->n < b->n ? -1 : 1;
    for (int i = a->n - 1; i >= 0; i--)
        if (a->w[i] != b->w[i])
            return a->w[i] < b->w[i] ? -1 : 1;
    return 0;
}

static void big_add(big_t *out, const big_t *a, const big_t *b)
{
    const big_t *lo = a->n < b->n ? a : b, *hi = a->n < b->n ? b : a;
    uint64_t carry = 0;
    int i = 0;
    for (; i < hi->n; i++) {
        uint64_t t = (uint64_t)hi->w[i] + (i < lo->n ? lo->w[i] : 0) + carry;
        out->w[i] = (uint32_t)t;
        carry = t >> 32;
    }
    out->n = hi->n;
    if (carry)
        out->w[out->n++] = (uint32_t)carry;
}

/* a -= b; requires a >= b. */
static void big_sub(big_t *a, const big_t *b)
{
    int64_t borrow = 0;
    for (int i = 0; i < a->n; i++) {
        int64_t t = (int64_t)a->w[i] - (i < b->n ? b->w[i] : 0) - borrow;
        borrow = t < 0;
        a->w[i] = (uint32_t)(t + (borrow ? ((int64_t)1 << 32) : 0));
    }
    while (a->n && a->w[a->n - 1] == 0)
        a->n--;
}

/* v = r / s; the neighbours' midpoints are (r - m_minus) / s and
 * (r + m_plus) / s. Generates digits until the number read so far lies
 * strictly inside the rounding interval (or on its edge when the mantissa
 * is even: round-half-even reads an edge back as v). */
static int shortest_exact(double v, char digits[17], int *exp10)
{
    uint64_t bits;
    memcpy(&bits, &v, sizeof bits);
    int biased = (int)((bits >> 52) & 0x7ff);
    uint64_t f = bits & ((UINT64_C(1) << 52) - 1);
    int e;
    if (biased == 0)
        e = -1074;
    else {
        f |= UINT64_C(1) << 52;
        e = biased - 1075;
    }
    int even = (f & 1) == 0;
    int lower_closer = f == (UINT64_C(1) << 52) && biased > 1; /* the gap below is half */
    big_t r, s, mp, mm, t;
    big_set(&r, f);
    if (e >= 0) {
        big_shl(&r, e + 1 + lower_closer);
        big_set(&s, 2u << lower_closer);
        big_set(&mp, 1);
        big_shl(&mp, e + lower_closer);
        big_set(&mm, 1);
        big_shl(&mm, e);
    } else {
        big_shl(&r, 1 + lower_closer);
        big_set(&s, 1);
        big_shl(&s, 1 - e + lower_closer);
        big_set(&mp, 1u << lower_closer);
        big_set(&mm, 1);
    }
    int k = (int)ceil(log10(v) - 1e-10); /* v < 10^k, give or take one */
    if (k >= 0)
        big_mul_pow10(&s, k);
    else {
        big_mul_pow10(&r, -k);
        big_mul_pow10(&mp, -k);
        big_mul_pow10(&mm, -k);
    }
    /* the estimate was low: the interval reaches 10^k */
    for (;;) {
        big_add(&t, &r, &mp);
        if (!(even ? big_cmp(&t, &s) >= 0 : big_cmp(&t, &s) > 0))
            break;
        big_mul_small(&s, 10);
        k++;
    }
    int n = 0;
    for (;;) {
        big_mul_small(&r, 10);
        big_mul_small(&mp, 10);
        big_mul_small(&mm, 10);
        int d = 0;
        while (big_cmp(&r, &s) >= 0) {
            big_sub(&r, &s);
            d++;
        }
        int c_low = big_cmp(&r, &mm);
        big_add(&t, &r, &mp);
        int c_high = big_cmp(&t, &s);
        int low = even ? c_low <= 0 : c_low < 0;
        int high = even ? c_high >= 0 : c_high > 0;
        if (!low && !high) {
            if (n || d) /* a leading zero means k was one too high: drop it */
                digits[n++] = (char)('0' + d);
            else
                k--;
            continue;
        }
        if (low && high) { /* both ends qualify: the nearer one (2r vs s) */
            big_t twice = r;
            big_shl(&twice, 1);
            int c = big_cmp(&twice, &s);
            if (c > 0 || (c == 0 && (d & 1)))
                d++;
        } else if (high)
            d++;
        digits[n++] = (char)('0' + d);
        break;
    }
    *exp10 = k - 1;
    return n;
}

int api_num_shortest(double v, char digits[17], int *exp10)
{
    int n = shortest_fast(v, digits, exp10);
    return n ? n : shortest_exact(v, digits, exp10);
}

size_t api_num_double(char *out, double v)
{
    if (isnan(v)) {
        memcpy(out, "NaN", 3);
        return 3;
    }
    if (isinf(v)) {
        memcpy(out, v > 0 ? "+Inf" : "-Inf", 4);
        return 4;
    }
    size_t o = 0;
    if (signbit(v)) {
        out[o++] = '-';
        v = -v;
    }
    if (v == 0) {
        out[o++] = '0';
        return o;
    }
    char d[17];
    int x;
    int n = api_num_shortest(v, d, &x);
    int precision = n > 15 ? n : 15;
    if (x >= -4 && x < precision) {
        if (x >= 0) {
            for (int i = 0; i <= x; i++)
                out[o++] = i < n ? d[i] : '0';
            if (n > x + 1) {
                out[o++] = '.';
                for (int i = x + 1; i < n; i++)
                    out[o++] = d[i];
            }
        } else {
            out[o++] = '0';
            out[o++] = '.';
            for (int i = 0; i < -x - 1; i++)
                out[o++] = '0';
            for (int i = 0; i < n; i++)
                out[o++] = d[i];
        }
        return o;
    }
    out[o++] = d[0];
    if (n > 1) {
        out[o++] = '.';
        for (int i = 1; i < n; i++)
            out[o++] = d[i];
    }
    out[o++] = 'e';
    out[o++] = x < 0 ? '-' : '+';
    unsigned ax = (unsigned)(x < 0 ? -x : x);
    if (ax < 10)
        out[o++] = '0';
    o += api_num_u64(out + o, ax);
    return o;
}
