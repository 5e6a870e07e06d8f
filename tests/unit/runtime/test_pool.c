/* test_pool.c: the size-class pages: blocks never overlap and keep their
 * contents, frees are reused, and empty pages go back to the system. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "runtime/pool.h"
#include "tests/harness.h"

/* Resident bytes of this process (Linux /proc), 0 when unknown. */
static uint64_t resident_bytes(void)
{
    FILE *f = fopen("/proc/self/statm", "r");
    unsigned long size = 0, res = 0;
    if (!f)
        return 0;
    if (fscanf(f, "%lu %lu", &size, &res) != 2)
        res = 0;
    fclose(f);
    return (uint64_t)res * (uint64_t)sysconf(_SC_PAGESIZE);
}

/* A cheap deterministic generator (xorshift), so failures reproduce. */
static uint64_t next_rand(uint64_t *s)
{
    *s ^= *s << 13;
    *s ^= *s >> 7;
    *s ^= *s << 17;
    return *s;
}

TEST(every_class_keeps_contents)
{
    rt_pool p;
    rt__pool_init(&p);
    enum { N = 20000 };
    static unsigned char *blocks[N];
    static size_t sizes[N];
    uint64_t seed = 0x9e3779b97f4a7c15u;
    int bad_align = 0, bad_fill = 0;
    for (int i = 0; i < N; i++) {
        sizes[i] = 1 + next_rand(&seed) % RT_POOL_MAX;
        blocks[i] = rt__pool_alloc(&p, sizes[i]);
        if (!blocks[i] || ((uintptr_t)blocks[i] & 7u))
            bad_align++;
        else
            memset(blocks[i], (int)(i & 0xff), sizes[i]);
    }
    /* free every third block, reallocate them with new sizes */
    for (int i = 0; i < N; i += 3)
        rt__pool_free(&p, blocks[i], sizes[i]);
    for (int i = 0; i < N; i += 3) {
        sizes[i] = 1 + next_rand(&seed) % RT_POOL_MAX;
        blocks[i] = rt__pool_alloc(&p, sizes[i]);
        memset(blocks[i], (int)(i & 0xff), sizes[i]);
    }
    for (int i = 0; i < N; i++)
        for (size_t k = 0; k < sizes[i]; k++)
            if (blocks[i][k] != (unsigned char)(i & 0xff)) {
                bad_fill++;
                break;
            }
    CHECK_EQ_INT(bad_align, 0);
    CHECK_EQ_INT(bad_fill, 0); /* an overlap would overwrite another block's pattern */
    for (int i = 0; i < N; i++)
        rt__pool_free(&p, blocks[i], sizes[i]);
    /* everything freed: at most one page per class and the cache stay mapped */
    CHECK(p.mapped <= RT_POOL_CLASSES + RT_POOL_KEEP);
    rt__pool_dispose(&p);
    CHECK_EQ_INT(p.mapped, 0);
}

TEST(frees_are_reused_first)
{
    rt_pool p;
    rt__pool_init(&p);
    void *a = rt__pool_alloc(&p, 64);
    void *b = rt__pool_alloc(&p, 64);
    CHECK(a != b);
    CHECK(a && rt__pool_page_of(a) == rt__pool_page_of(b));
    rt__pool_free(&p, a, 64);
    CHECK(rt__pool_alloc(&p, 64) == a);
    /* sizes round up to the 8-byte class: 57..64 share a class */
    rt__pool_free(&p, a, 64);
    CHECK(rt__pool_alloc(&p, 57) == a);
    rt__pool_free(&p, a, 57);
    rt__pool_free(&p, b, 64);
    /* the class's only page stays mapped for the next allocation */
    CHECK_EQ_INT(p.mapped, 1);
    rt__pool_dispose(&p);
}

TEST(memory_returns_after_a_large_heap)
{
    rt_pool p;
    rt__pool_init(&p);
    enum { N = 1000000 }; /* 1e6 blocks of 48 bytes: about 48 MB */
    void **v = malloc(N * sizeof *v);
    CHECK(v != NULL);
    if (!v)
        return;
    uint64_t rss0 = resident_bytes();
    for (int i = 0; i < N; i++) {
        v[i] = rt__pool_alloc(&p, 48);
        memset(v[i], 1, 48);
    }
    uint64_t mapped_peak = rt__pool_mapped_bytes(&p);
    uint64_t rss1 = resident_bytes();
    CHECK(mapped_peak >= (uint64_t)N * 48);
    CHECK(mapped_peak < (uint64_t)N * 48 * 11 / 10); /* under 10% page overhead */
    for (int i = 0; i < N; i++)
        rt__pool_free(&p, v[i], 48);
    uint64_t rss2 = resident_bytes();
    CHECK(rt__pool_mapped_bytes(&p) <= (1 + RT_POOL_KEEP) * RT_POOL_PAGE);
    CHECK(p.unmaps > 0);
    if (rss0 && rss1 > rss0 + (uint64_t)N * 40) /* the OS agrees: resident memory went back */
        CHECK(rss2 < rss0 + (rss1 - rss0) / 4);
    free(v);
    rt__pool_dispose(&p);
}

TEST(churn_keeps_one_page)
{
    rt_pool p;
    rt__pool_init(&p);
    for (int i = 0; i < 100000; i++) {
        void *a = rt__pool_alloc(&p, 32);
        void *b = rt__pool_alloc(&p, 16);
        rt__pool_free(&p, a, 32);
        rt__pool_free(&p, b, 16);
    }
    CHECK_EQ_INT(p.mapped, 2);
    CHECK_EQ_INT(p.maps, 1);
    CHECK_EQ_INT(p.unmaps, 0);
    rt__pool_dispose(&p);
}

RUN_TESTS(CASE(every_class_keeps_contents), CASE(frees_are_reused_first),
          CASE(memory_returns_after_a_large_heap), CASE(churn_keeps_one_page))
