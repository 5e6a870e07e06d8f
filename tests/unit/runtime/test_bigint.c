/* test_bigint.c: big ints against simple references: limb arithmetic
 * (Karatsuba and Knuth division) against schoolbook and the division
 * identity, signed arithmetic against __int128, text round trips, correctly
 * rounded conversions to double, CPython's hashes and the size limits. */
#include <math.h>
#include <stdlib.h>

#include "runtime/bigint.h"
#include "runtime/heap.h"
#include "runtime/num.h"
#include "tests/unit/runtime/objtest.h"

static uint64_t rng_state = UINT64_C(0x9E3779B97F4A7C15);

static uint64_t rnd(void)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return rng_state;
}

/* Random limbs, sometimes with runs of zeros or all-ones (carry paths). */
static void rnd_limbs(rt_limb *d, size_t n)
{
    unsigned kind = (unsigned)(rnd() % 4);
    for (size_t i = 0; i < n; i++)
        d[i] = kind == 0 ? RT_LIMB_MAX : kind == 1 && rnd() % 3 == 0 ? 0 : (rt_limb)rnd();
    if (n)
        d[n - 1] |= (rt_limb)1 << (rnd() % RT_LIMB_BITS);
}

static void school_ref(rt_limb *r, const rt_limb *a, size_t na, const rt_limb *b, size_t nb)
{
    memset(r, 0, (na + nb) * sizeof *r);
    for (size_t i = 0; i < na; i++) {
        rt_dlimb c = 0;
        for (size_t j = 0; j < nb; j++) {
            c += (rt_dlimb)a[i] * b[j] + r[i + j];
            r[i + j] = (rt_limb)c;
            c >>= RT_LIMB_BITS;
        }
        r[i + nb] = (rt_limb)c;
    }
}

TEST(mpn_mul_matches_schoolbook)
{
    static const size_t sizes[] = {1, 2, 3, 39, 40, 41, 64, 79, 80, 81, 130, 257};
    enum { NS = sizeof sizes / sizeof sizes[0] };
    for (size_t i = 0; i < NS; i++)
        for (size_t j = 0; j < NS; j++) {
            size_t na = sizes[i], nb = sizes[j];
            rt_limb *a = malloc(na * sizeof(rt_limb)), *b = malloc(nb * sizeof(rt_limb)),
                    *r = malloc((na + nb) * sizeof(rt_limb)),
                    *want = malloc((na + nb) * sizeof(rt_limb));
            size_t ns = rt_mpn_mul_scratch(na, nb);
            rt_limb *tmp = malloc((ns ? ns : 1) * sizeof(rt_limb));
            rnd_limbs(a, na);
            rnd_limbs(b, nb);
            size_t n = rt_mpn_mul(r, a, na, b, nb, tmp);
            school_ref(want, a, na, b, nb);
            CHECK(n == rt_mpn_norm(want, na + nb));
            CHECK(memcmp(r, want, n * sizeof(rt_limb)) == 0);
            free(a);
            free(b);
            free(r);
            free(want);
            free(tmp);
        }
}

TEST(mpn_divrem_identity)
{
    for (int iter = 0; iter < 400; iter++) {
        size_t nb = 2 + (size_t)(rnd() % 40), na = nb + (size_t)(rnd() % 60);
        rt_limb *a = malloc(na * sizeof(rt_limb)), *b = malloc(nb * sizeof(rt_limb)),
                *q = malloc((na - nb + 1) * sizeof(rt_limb)), *r = malloc(nb * sizeof(rt_limb)),
                *tmp = malloc((na + nb + 1) * sizeof(rt_limb)),
                *back = malloc((na + 2) * sizeof(rt_limb));
        rnd_limbs(a, na);
        rnd_limbs(b, nb);
        if (iter % 5 == 0) /* a top limb equal to b's: the qhat correction path */
            a[na - 1] = b[nb - 1];
        size_t rn = rt_mpn_divrem(q, r, a, na, b, nb, tmp, NULL);
        size_t qn = rt_mpn_norm(q, na - nb + 1);
        CHECK(rt_mpn_cmp(r, rn, b, nb) < 0);
        /* q * b + r == a */
        size_t ns = rt_mpn_mul_scratch(qn, nb);
        rt_limb *mt = malloc((ns ? ns : 1) * sizeof(rt_limb));
        memset(back, 0, (na + 2) * sizeof(rt_limb));
        size_t bn = qn ? rt_mpn_mul(back, q, qn, b, nb, mt) : 0;
        bn = rt_mpn_add(back, back, bn, r, rn);
        CHECK(rt_mpn_cmp(back, bn, a, na) == 0);
        free(mt);
        free(a);
        free(b);
        free(q);
        free(r);
        free(tmp);
        free(back);
    }
}

/* r = x mod m (m normalized, mn limbs; x xn limbs) into r (mn limbs):
 * the reference reduction for mpn_powmod_matches_reference. */
static size_t ref_mod(rt_limb *r, const rt_limb *x, size_t xn, const rt_limb *m, size_t mn)
{
    xn = rt_mpn_norm(x, xn);
    if (rt_mpn_cmp(x, xn, m, mn) < 0) {
        memcpy(r, x, xn * sizeof *r);
        return xn;
    }
    if (mn == 1) {
        r[0] = rt_mpn_mod_1(x, xn, m[0]);
        return r[0] != 0;
    }
    rt_limb *q = malloc((xn - mn + 1) * sizeof *q), *tmp = malloc((xn + mn + 1) * sizeof *tmp);
    size_t rn = rt_mpn_divrem(q, r, x, xn, m, mn, tmp, NULL);
    free(q);
    free(tmp);
    return rn;
}

TEST(mpn_powmod_matches_reference)
{
    /* moduli of 1..40 limbs, odd (Montgomery) and even, against right-to-left
     * square and multiply with plain products and divisions */
    for (int iter = 0; iter < 300; iter++) {
        size_t mn = 1 + (size_t)(rnd() % 40), en = 1 + (size_t)(rnd() % 3);
        rt_limb *m = malloc(mn * sizeof *m), *b = malloc(mn * sizeof *b),
                *e = malloc(en * sizeof *e);
        rnd_limbs(m, mn);
        if (iter % 2)
            m[0] |= 1;
        else
            m[0] &= ~(rt_limb)1;
        mn = rt_mpn_norm(m, mn);
        if (mn == 0)
            continue;
        rnd_limbs(b, mn);
        rnd_limbs(e, en);
        rt_limb *bm = malloc(mn * sizeof *bm);
        size_t bn = ref_mod(bm, b, mn, m, mn);
        size_t ns = rt_mpn_powmod_scratch(mn, e, en);
        rt_limb *got = malloc(mn * sizeof *got), *tmp = malloc(ns * sizeof *tmp);
        size_t gn = rt_mpn_powmod(got, bm, bn, e, en, m, mn, tmp, NULL);
        /* reference */
        rt_limb *acc = calloc(mn, sizeof *acc), *sq = calloc(mn, sizeof *sq),
                *prod = calloc(2 * mn, sizeof *prod), *mt = calloc(8 * 2 * mn + 1, sizeof *mt);
        size_t an = ref_mod(acc, (rt_limb[]){1}, 1, m, mn), sn = bn;
        memcpy(sq, bm, bn * sizeof *sq);
        uint64_t bits = rt_mpn_bits(e, en);
        for (uint64_t i = 0; i < bits; i++) {
            if ((e[i / RT_LIMB_BITS] >> (i % RT_LIMB_BITS)) & 1) {
                size_t pn = an && sn ? rt_mpn_mul(prod, acc, an, sq, sn, mt) : 0;
                an = ref_mod(acc, prod, pn, m, mn);
            }
            size_t pn = sn ? rt_mpn_mul(prod, sq, sn, sq, sn, mt) : 0;
            sn = ref_mod(sq, prod, pn, m, mn);
        }
        CHECK(gn == an && memcmp(got, acc, an * sizeof *acc) == 0);
        free(m);
        free(b);
        free(e);
        free(bm);
        free(got);
        free(tmp);
        free(acc);
        free(sq);
        free(prod);
        free(mt);
    }
}

/* Decimal text of an __int128. */
static void i128_str(__int128 v, char *buf)
{
    char tmp[48];
    int n = 0;
    unsigned __int128 m = v < 0 ? -(unsigned __int128)v : (unsigned __int128)v;
    do {
        tmp[n++] = (char)('0' + (int)(m % 10));
        m /= 10;
    } while (m);
    int k = 0;
    if (v < 0)
        buf[k++] = '-';
    while (n)
        buf[k++] = tmp[--n];
    buf[k] = 0;
}

static rt_value from_i128(rt_state *rt, __int128 v)
{
    char buf[48];
    i128_str(v, buf);
    bool neg = buf[0] == '-';
    return rt_bigint_from_digits(rt, buf + neg, strlen(buf + neg), 10, neg);
}

static __int128 floor_div(__int128 a, __int128 b)
{
    __int128 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        q--;
    return q;
}

/* A random value of up to `bits` bits (signed), often near a power of two. */
static __int128 rnd_i128(int bits)
{
    unsigned __int128 m = ((unsigned __int128)rnd() << 64) | rnd();
    int b = 1 + (int)(rnd() % (uint64_t)bits);
    m &= ((unsigned __int128)1 << b) - 1;
    if (rnd() % 4 == 0)
        m = ((unsigned __int128)1 << (b - 1)) + (rnd() % 3) - 1;
    __int128 v = (__int128)m;
    return rnd() & 1 ? -v : v;
}

TEST(signed_ops_match_int128)
{
    STATE_BEGIN;
    char want[48];
    for (int iter = 0; iter < 3000; iter++) {
        __int128 a = rnd_i128(62 + (int)(rnd() % 2) * 30), b = rnd_i128(62);
        rt_value x = from_i128(rt, a), y = from_i128(rt, b);
        CHECK(x && y);
        static const rt_binop_kind ops[] = {RT_OP_ADD,    RT_OP_SUB,   RT_OP_MUL, RT_OP_FLOORDIV,
                                            RT_OP_MOD,    RT_OP_AND,   RT_OP_OR,  RT_OP_XOR,
                                            RT_OP_RSHIFT, RT_OP_LSHIFT};
        for (size_t k = 0; k < sizeof ops / sizeof ops[0]; k++) {
            rt_binop_kind op = ops[k];
            __int128 r;
            rt_value yy = y;
            int64_t sh = (int64_t)(rnd() % 31);
            switch (op) {
            case RT_OP_ADD: r = a + b; break;
            case RT_OP_SUB: r = a - b; break;
            case RT_OP_MUL:
                r = (a > ((__int128)1 << 64) || a < -((__int128)1 << 64)) ? 0 : a * b;
                break;
            case RT_OP_FLOORDIV: r = b ? floor_div(a, b) : 0; break;
            case RT_OP_MOD: r = b ? a - floor_div(a, b) * b : 0; break;
            case RT_OP_AND: r = a & b; break;
            case RT_OP_OR: r = a | b; break;
            case RT_OP_XOR: r = a ^ b; break;
            case RT_OP_RSHIFT:
                r = a >> sh;
                yy = rt_smallint(sh);
                break; /* arithmetic shift */
            default:
                r = a * ((__int128)1 << sh);
                yy = rt_smallint(sh);
                break;
            }
            if ((op == RT_OP_FLOORDIV || op == RT_OP_MOD) && b == 0)
                continue;
            if (op == RT_OP_MUL && r == 0 && a != 0 && b != 0)
                continue; /* outside the reference's range */
            rt_value got = rt_bigint_binop(rt, op, x, yy);
            i128_str(r, want);
            if (!got || !repr_is(rt, got, want)) {
                CHECK(!"signed op mismatch");
                fprintf(stderr, "  op %d\n", (int)op);
            }
            rt_decref(rt, got);
        }
        rt_decref(rt, x);
        rt_decref(rt, y);
    }
    STATE_END;
}

TEST(text_round_trips)
{
    STATE_BEGIN;
    for (int iter = 0; iter < 200; iter++) {
        /* up to 9,600 bits: every base's digits stay under the default limit */
        size_t n = 1 + (size_t)(rnd() % (9600 / RT_LIMB_BITS));
        rt_limb *d = malloc(n * sizeof(rt_limb));
        rnd_limbs(d, n);
        bool neg = rnd() & 1;
        rt_value x = rt_bigint_from_limbs(rt, d, n, neg);
        free(d);
        for (int base = 2; base <= 36; base += (base == 10 ? 6 : 4)) {
            rt_strbuf sb;
            rt_heap_strbuf_init(rt, &sb);
            int rc = rt_bigint_digits(rt, x, base, &sb);
            if (rc < 0) { /* only decimal values past the limit may refuse */
                CHECK(base != 2 && base != 16);
                rt_exc_clear(rt);
                rt_strbuf_dispose(&sb);
                continue;
            }
            rt_value back = rt_bigint_from_digits(rt, sb.data, sb.len, base, neg);
            CHECK(back && rt_bigint_cmp(back, x) == 0);
            if (!back)
                rt_exc_clear(rt);
            rt_decref(rt, back);
            rt_strbuf_dispose(&sb);
        }
        rt_decref(rt, x);
    }
    STATE_END;
}

TEST(doubles_round_once)
{
    STATE_BEGIN;
    for (int iter = 0; iter < 5000; iter++) {
        uint64_t u = rnd() >> (rnd() % 64);
        rt_value x = rt_bigint_from_u64(rt, u);
        double d;
        CHECK(rt_bigint_to_double(x, &d));
        CHECK(d == (double)u); /* C's conversion rounds to nearest, ties to even */
        /* scaling by a power of two keeps the rounding */
        int sh = (int)(rnd() % 900);
        rt_value y = rt_bigint_binop(rt, RT_OP_LSHIFT, x, rt_smallint(sh));
        double e;
        CHECK(rt_bigint_to_double(y, &e));
        CHECK(e == ldexp((double)u, sh));
        /* the exact comparison agrees with comparing against the float's int value */
        rt_value back = rt_bigint_from_double(rt, e);
        CHECK(back && rt_bigint_cmp_double(back, e) == 0);
        if (back && rt_bigint_cmp_double(back, e) != 0)
            fprintf(stderr, "  u=%llu sh=%d e=%a\n", (unsigned long long)u, sh, e);
        CHECK(back && rt_bigint_cmp_double(y, e) == rt_bigint_cmp(y, back));
        rt_decref(rt, back);
        rt_decref(rt, x);
        rt_decref(rt, y);
    }
    /* 2**1024 - 2**970 rounds up to 2**1024: too large */
    rt_value big = rt_bigint_binop(rt, RT_OP_LSHIFT, rt_smallint(1), rt_smallint(1024));
    rt_value half = rt_bigint_binop(rt, RT_OP_LSHIFT, rt_smallint(1), rt_smallint(970));
    rt_value edge = rt_bigint_binop(rt, RT_OP_SUB, big, half);
    double d;
    CHECK(!rt_bigint_to_double(edge, &d));
    rt_value below = rt_bigint_binop(rt, RT_OP_SUB, edge, rt_smallint(1));
    CHECK(rt_bigint_to_double(below, &d) && d == 0x1.fffffffffffffp+1023);
    CHECK(!rt_bigint_to_float(rt, big));
    CHECK(raised(rt, RT_EXC_OverflowError, "int too large to convert to float"));
    rt_decref(rt, big);
    rt_decref(rt, half);
    rt_decref(rt, edge);
    rt_decref(rt, below);
    STATE_END;
}

TEST(hashes_as_cpython)
{
    STATE_BEGIN;
    rt_value p64 = rt_bigint_binop(rt, RT_OP_LSHIFT, rt_smallint(1), rt_smallint(64));
    CHECK_EQ_INT(rt_bigint_hash(p64), 8);
    rt_value n64 = rt_bigint_neg(rt, p64);
    CHECK_EQ_INT(rt_bigint_hash(n64), -8);
    rt_value e30 = rt_bigint_binop(rt, RT_OP_POW, rt_smallint(10), rt_smallint(30));
    CHECK_EQ_INT(rt_bigint_hash(e30), INT64_C(465258685558744706));
    rt_value p61 = rt_bigint_binop(rt, RT_OP_LSHIFT, rt_smallint(1), rt_smallint(61));
    rt_value m61 = rt_bigint_binop(rt, RT_OP_SUB, p61, rt_smallint(1));
    CHECK_EQ_INT(rt_bigint_hash(m61), 0);
    rt_decref(rt, m61);
    rt_decref(rt, p61);
    rt_decref(rt, p64);
    rt_decref(rt, n64);
    rt_decref(rt, e30);
    STATE_END;
}

TEST(limits_refuse_before_working)
{
    STATE_BEGIN;
    rt_heap_set_limit(rt, 1 << 20);
    /* 2 ** 10**9 needs 125 MB: MemoryError at allocation, at once */
    CHECK(!rt_bigint_binop(rt, RT_OP_POW, rt_smallint(2), rt_smallint(1000000000)));
    CHECK(raised(rt, RT_EXC_MemoryError, ""));
    /* 3 ** 10**12 could not fit RT_INT_MAX_LIMBS: refused before squaring */
    CHECK(!rt_bigint_binop(rt, RT_OP_POW, rt_smallint(3), rt_smallint(INT64_C(1000000000000))));
    CHECK(raised(rt, RT_EXC_MemoryError, ""));
    rt_heap_set_limit(rt, 0);
    rt_value big = rt_bigint_binop(rt, RT_OP_POW, rt_smallint(10), rt_smallint(5000));
    CHECK(!rt_bigint_to_str(rt, big));
    CHECK(raised(rt, RT_EXC_ValueError,
                 "Exceeds the limit (4300 digits) for integer string conversion; use "
                 "sys.set_int_max_str_digits() to increase the limit"));
    rt_decref(rt, big);
    STATE_END;
}

RUN_TESTS(CASE(mpn_mul_matches_schoolbook), CASE(mpn_divrem_identity),
          CASE(mpn_powmod_matches_reference), CASE(signed_ops_match_int128), CASE(text_round_trips),
          CASE(doubles_round_once), CASE(hashes_as_cpython), CASE(limits_refuse_before_working))
