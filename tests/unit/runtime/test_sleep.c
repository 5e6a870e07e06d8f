/* test_sleep.c: time.sleep under a budget suspends instead of blocking: the
 * slice ends at once with RT_YIELD and rt_sleep_deadline says when to run
 * again (the daemon's worker never waits); a sleep inside a nested run (a
 * sort key) ends the slice there too; without a budget (`closured run`)
 * time.sleep really sleeps. */
#include <string.h>
#include <time.h>

#include "runtime/rt.h"
#include "tests/harness.h"

typedef struct sink {
    char out[1024];
    size_t len;
} sink;

static void on_write(void *ctx, const char *data, size_t len)
{
    sink *s = ctx;
    if (s->len + len < sizeof s->out) {
        memcpy(s->out + s->len, data, len);
        s->len += len;
        s->out[s->len] = '\0';
    }
}

static uint64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static rt_state *load(sink *s, const char *src)
{
    memset(s, 0, sizeof *s);
    rt_config cfg = {0};
    cfg.write_out = on_write;
    cfg.write_ctx = s;
    rt_state *rt = rt_state_new(&cfg);
    CHECK(rt != NULL);
    if (rt)
        CHECK_EQ_INT(rt_load(rt, "t.py", src, strlen(src)), RT_OK);
    return rt;
}

TEST(budgeted_sleep_yields)
{
    sink s;
    rt_state *rt = load(&s, "import time\n"
                            "print('before')\n"
                            "time.sleep(30)\n"
                            "print('after')\n");
    if (!rt)
        return;
    rt_budget b = {.instructions = 1000000, .max_ns = 0};
    uint64_t t0 = now_ns();
    CHECK_EQ_INT(rt_run(rt, &b), RT_YIELD);
    uint64_t t1 = now_ns();
    CHECK(t1 - t0 < UINT64_C(5000000000)); /* 30 s were not spent here */
    CHECK_EQ_STR(s.out, "before\n");
    uint64_t until = rt_sleep_deadline(rt);
    CHECK(until >= t0 + UINT64_C(29000000000) && until <= t1 + UINT64_C(31000000000));
    CHECK_EQ_INT(rt_sleep_deadline(rt), 0); /* read once */
    CHECK_EQ_INT(rt_run(rt, &b), RT_DONE);  /* the embedder decides when: here, at once */
    CHECK_EQ_STR(s.out, "before\nafter\n");
    rt_state_free(rt);
}

/* A sleep inside a nested run (a key function called by sorted) ends the
 * slice there: the run suspends with sorted() and resumes after it. */
TEST(nested_sleep_ends_the_slice)
{
    sink s;
    rt_state *rt = load(&s, "import time\n"
                            "def key(x):\n"
                            "    time.sleep(20)\n"
                            "    return -x\n"
                            "print(sorted([1, 2, 3], key=key))\n"
                            "print('next')\n");
    if (!rt)
        return;
    rt_budget b = {.instructions = 1000000, .max_ns = 0};
    uint64_t t0 = now_ns();
    for (int i = 0; i < 3; i++) {
        CHECK_EQ_INT(rt_run(rt, &b), RT_YIELD);
        CHECK(rt_sleep_deadline(rt) >= t0 + UINT64_C(19000000000));
        CHECK_EQ_STR(s.out, ""); /* inside sorted() */
    }
    CHECK(now_ns() - t0 < UINT64_C(5000000000));
    CHECK_EQ_INT(rt_run(rt, &b), RT_DONE);
    CHECK_EQ_STR(s.out, "[3, 2, 1]\nnext\n");
    rt_state_free(rt);
}

TEST(unbudgeted_sleep_sleeps)
{
    sink s;
    rt_state *rt = load(&s, "import time\n"
                            "time.sleep(0.05)\n"
                            "print('done')\n");
    if (!rt)
        return;
    uint64_t t0 = now_ns();
    CHECK_EQ_INT(rt_run(rt, NULL), RT_DONE);
    CHECK(now_ns() - t0 >= UINT64_C(50000000));
    CHECK_EQ_INT(rt_sleep_deadline(rt), 0);
    CHECK_EQ_STR(s.out, "done\n");
    rt_state_free(rt);
}

RUN_TESTS(CASE(budgeted_sleep_yields), CASE(nested_sleep_ends_the_slice),
          CASE(unbudgeted_sleep_sleeps))
