/* test_numtext.c: integers and doubles as text without printf: every double
 * reads back as itself with as few digits as printf can manage, and the
 * layout follows %g. */
#include <float.h>
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "api/numtext.h"
#include "tests/harness.h"

static uint64_t next_rand(uint64_t *s)
{
    *s ^= *s << 13;
    *s ^= *s >> 7;
    *s ^= *s << 17;
    return *s;
}

/* The fewest significant digits printf needs for v to read back. */
static int printf_shortest(double v)
{
    char buf[64];
    for (int p = 1; p <= 17; p++) {
        snprintf(buf, sizeof buf, "%.*e", p - 1, v);
        if (strtod(buf, NULL) == v)
            return p;
    }
    return 99;
}

static int significant_digits(const char *s)
{
    int n = 0, started = 0, zeros = 0;
    for (; *s && *s != 'e'; s++) {
        if (*s < '0' || *s > '9')
            continue;
        if (*s == '0' && !started)
            continue;
        started = 1;
        if (*s == '0')
            zeros++;
        else {
            n += zeros + 1;
            zeros = 0;
        }
    }
    return n ? n : 1;
}

/* Checks one double: round trip, shortest, and (normal values printf
 * writes with %.15g) the same bytes as printf. Returns 0 when all hold. */
static int check_one(double v, int *mismatches)
{
    char out[API_NUM_MAX + 1];
    size_t n = api_num_double(out, v);
    out[n] = '\0';
    if (strtod(out, NULL) != v) {
        fprintf(stderr, "round trip: %.17g -> %s\n", v, out);
        return 1;
    }
    int want = printf_shortest(v);
    if (significant_digits(out) > want) {
        fprintf(stderr, "not shortest: %.17g -> %s (printf needs %d)\n", v, out, want);
        return 1;
    }
    char ref[64];
    snprintf(ref, sizeof ref, "%.15g", v);
    /* (subnormals have fewer digits than 15 to their name: shorter there) */
    if (fabs(v) >= DBL_MIN && strtod(ref, NULL) == v && strcmp(ref, out) != 0) {
        fprintf(stderr, "layout: %s where printf writes %s\n", out, ref);
        (*mismatches)++;
    }
    return 0;
}

TEST(random_doubles_round_trip_shortest)
{
    uint64_t seed = 0x243f6a8885a308d3u;
    int bad = 0, mismatches = 0;
    for (int i = 0; i < 40000 && bad < 10; i++) {
        uint64_t bits = next_rand(&seed);
        double v;
        memcpy(&v, &bits, sizeof v);
        if (isnan(v) || isinf(v))
            continue;
        bad += check_one(v, &mismatches);
    }
    CHECK_EQ_INT(bad, 0);
    CHECK_EQ_INT(mismatches, 0);
}

TEST(metric_like_values)
{
    /* counters, timestamps, seconds, bucket bounds: the fast path's values */
    uint64_t seed = 0x13198a2e03707344u;
    int bad = 0, mismatches = 0;
    for (int i = 0; i < 40000 && bad < 10; i++) {
        uint64_t r = next_rand(&seed);
        double v;
        switch (i % 4) {
        case 0: v = (double)(r % 10000000000u) / 1e3; break; /* unix seconds with ms */
        case 1: v = (double)(r % 1000000) / 1e9; break;      /* ns sums in seconds */
        case 2: v = (double)(r >> 11); break;                /* integers up to 2^53 */
        default: v = (double)(r % 100000) * pow(10, (int)(r % 40) - 20); break;
        }
        bad += check_one(v, &mismatches);
        bad += check_one(-v, &mismatches);
    }
    CHECK_EQ_INT(bad, 0);
    CHECK_EQ_INT(mismatches, 0);
}

TEST(edges)
{
    static const double cases[] = {5e-324,
                                   2.2250738585072014e-308,
                                   2.2250738585072009e-308,
                                   1.7976931348623157e308,
                                   0.1,
                                   0.3,
                                   0.30000000000000004,
                                   1.0 / 3.0,
                                   1e15,
                                   1e16,
                                   1e17,
                                   1e22,
                                   1e23,
                                   9007199254740993.0,
                                   123456789012345680.0,
                                   0.0001,
                                   0.00001,
                                   0.005,
                                   2.5e-05,
                                   1,
                                   1e21,
                                   5e-324 * 3};
    int bad = 0, mismatches = 0;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        bad += check_one(cases[i], &mismatches);
    CHECK_EQ_INT(bad, 0);
    CHECK_EQ_INT(mismatches, 0);
    char out[API_NUM_MAX + 1];
    out[api_num_double(out, 0.0)] = '\0';
    CHECK_EQ_STR(out, "0");
    out[api_num_double(out, -0.0)] = '\0';
    CHECK_EQ_STR(out, "-0");
    out[api_num_double(out, NAN)] = '\0';
    CHECK_EQ_STR(out, "NaN");
    out[api_num_double(out, -INFINITY)] = '\0';
    CHECK_EQ_STR(out, "-Inf");
    out[api_num_double(out, 1e-4)] = '\0';
    CHECK_EQ_STR(out, "0.0001");
    out[api_num_double(out, 1e-5)] = '\0';
    CHECK_EQ_STR(out, "1e-05");
    out[api_num_double(out, 1e100)] = '\0';
    CHECK_EQ_STR(out, "1e+100");
    out[api_num_double(out, 0.30000000000000004)] = '\0';
    CHECK_EQ_STR(out, "0.30000000000000004");
}

TEST(integers)
{
    char out[API_NUM_MAX + 1];
    out[api_num_u64(out, 0)] = '\0';
    CHECK_EQ_STR(out, "0");
    out[api_num_u64(out, UINT64_MAX)] = '\0';
    CHECK_EQ_STR(out, "18446744073709551615");
    uint64_t seed = 7;
    int bad = 0;
    for (int i = 0; i < 100000; i++) {
        uint64_t v = next_rand(&seed) >> (i % 64);
        char ref[32];
        snprintf(ref, sizeof ref, "%" PRIu64, v);
        out[api_num_u64(out, v)] = '\0';
        bad += strcmp(out, ref) != 0;
    }
    CHECK_EQ_INT(bad, 0);
}

RUN_TESTS(CASE(random_doubles_round_trip_shortest), CASE(metric_like_values), CASE(edges),
          CASE(integers))
