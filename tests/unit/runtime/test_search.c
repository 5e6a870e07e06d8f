/* test_search.c: the two-way substring search (search.c) against a naive
 * search, on random strings over small alphabets (where periodic needles
 * and near-misses are common) and on the shapes that make naive search
 * quadratic. Correctness only: speed is bench/'s business. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/search.h"
#include "tests/harness.h"

static int64_t naive_first(const char *h, size_t n, const char *x, size_t m)
{
    for (size_t i = 0; i + m <= n; i++)
        if (memcmp(h + i, x, m) == 0)
            return (int64_t)i;
    return -1;
}

static int64_t naive_last(const char *h, size_t n, const char *x, size_t m)
{
    for (size_t i = n - m + 1; m <= n && i-- > 0;)
        if (memcmp(h + i, x, m) == 0)
            return (int64_t)i;
    return -1;
}

/* A deterministic generator (xorshift), so a failure reproduces. */
static uint64_t rng = 88172645463325252ULL;
static uint64_t next_rand(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
}

static void fill(char *s, size_t n, int alphabet)
{
    for (size_t i = 0; i < n; i++)
        s[i] = (char)("ab\xc3\xa9\0z"[next_rand() % (uint64_t)alphabet]);
}

TEST(random_inputs_agree_with_naive_search)
{
    char h[200], x[40];
    int bad = 0;
    for (int round = 0; round < 200000 && bad < 5; round++) {
        int alphabet = 1 + (int)(next_rand() % 5);
        size_t n = next_rand() % sizeof h, m = next_rand() % 12;
        if (round % 7 == 0)
            m = next_rand() % sizeof x;
        fill(h, n, alphabet);
        if (m <= n && next_rand() % 2) {
            /* plant the needle, often overlapping a near copy */
            size_t at = n == m ? 0 : next_rand() % (n - m + 1);
            memcpy(x, h + at, m);
            if (m && next_rand() % 3 == 0)
                x[next_rand() % m] ^= 1;
        } else {
            fill(x, m, alphabet);
        }
        int64_t f = rt_search_first(h, n, x, m), nf = m ? naive_first(h, n, x, m) : 0;
        int64_t l = rt_search_last(h, n, x, m), nl = m ? naive_last(h, n, x, m) : (int64_t)n;
        if (f != nf || l != nl) {
            bad++;
            fprintf(stderr, "round %d: n=%zu m=%zu first %lld/%lld last %lld/%lld\n", round, n, m,
                    (long long)f, (long long)nf, (long long)l, (long long)nl);
        }
    }
    CHECK_EQ_INT(bad, 0);
}

TEST(periodic_needles_and_edges)
{
    static char h[4096], x[1024];
    memset(h, 'a', sizeof h);
    memset(x, 'a', sizeof x);
    CHECK_EQ_INT(rt_search_first(h, sizeof h, x, sizeof x), 0);
    CHECK_EQ_INT(rt_search_last(h, sizeof h, x, sizeof x), (int64_t)(sizeof h - sizeof x));
    x[sizeof x - 1] = 'b'; /* "aaa...ab" in "aaa...a": the naive worst case */
    CHECK_EQ_INT(rt_search_first(h, sizeof h, x, sizeof x), -1);
    CHECK_EQ_INT(rt_search_last(h, sizeof h, x, sizeof x), -1);
    h[sizeof h - 1] = 'b';
    CHECK_EQ_INT(rt_search_first(h, sizeof h, x, sizeof x), (int64_t)(sizeof h - sizeof x));
    x[sizeof x - 1] = 'a';
    x[0] = 'b'; /* "baaa...a" */
    CHECK_EQ_INT(rt_search_last(h, sizeof h, x, sizeof x), -1);
    CHECK_EQ_INT(rt_search_first("abc", 3, "", 0), 0);
    CHECK_EQ_INT(rt_search_last("abc", 3, "", 0), 3);
    CHECK_EQ_INT(rt_search_first("ab", 2, "abc", 3), -1);
    CHECK_EQ_INT(rt_search_first("abcabd", 6, "abd", 3), 3);
    CHECK_EQ_INT(rt_search_last("abdabd", 6, "abd", 3), 3);
    CHECK_EQ_INT(rt_search_first("xabababc", 8, "ababc", 5), 3);
    CHECK_EQ_INT(rt_search_last("abababab", 8, "abab", 4), 4);
}

RUN_TESTS(CASE(random_inputs_agree_with_naive_search), CASE(periodic_needles_and_edges))
