/* test_interrupt.c: the interrupt flag (rt.h, rt_config.interrupt) stops
 * code at any depth: plain loops, and Python run from C by sorted's key, map
 * and min's key, in an unbudgeted run (which never yields). The flag is set from the output
 * callback, so it rises while the loop runs, as the daemon's watchdog does. */
#include <stdlib.h>
#include <string.h>

#include "runtime/rt.h"
#include "tests/harness.h"

typedef struct probe {
    atomic_int flag;
    int writes;   /* print() calls seen */
    int raise_at; /* set the flag at this write */
    int value;    /* the RT_INTERRUPT_* value to set */
    char out[4096];
    size_t len;
} probe;

static void on_write(void *ctx, const char *data, size_t len)
{
    probe *p = ctx;
    if (++p->writes == p->raise_at)
        atomic_store(&p->flag, p->value);
    if (p->len + len < sizeof p->out) {
        memcpy(p->out + p->len, data, len);
        p->len += len;
        p->out[p->len] = '\0';
    }
}

static rt_state *new_state(probe *p, int raise_at, int value)
{
    memset(p, 0, sizeof *p);
    atomic_init(&p->flag, RT_INTERRUPT_NONE);
    p->raise_at = raise_at;
    p->value = value;
    rt_config cfg = {0};
    cfg.write_out = on_write;
    cfg.write_ctx = p;
    cfg.interrupt = &p->flag;
    return rt_state_new(&cfg);
}

/* Runs src with no budget (as a nested run would: nothing yields). */
static rt_status run_src(rt_state *rt, const char *src)
{
    rt_status st = rt_load(rt, "t.py", src, strlen(src));
    if (st != RT_OK)
        return st;
    return rt_run(rt, NULL);
}

static void check_interrupted(const char *src, int value, const char *message)
{
    probe p;
    rt_state *rt = new_state(&p, 50, value);
    CHECK_EQ_INT(run_src(rt, src), RT_ERR_RUNTIME);
    const rt_error *e = rt_error_get(rt);
    CHECK(e != NULL);
    if (e) {
        CHECK_EQ_STR(e->type_name, "KeyboardInterrupt");
        CHECK_EQ_STR(e->message, message);
    }
    CHECK(p.writes >= 50);
    rt_state_free(rt);
}

TEST(plain_loop)
{
    check_interrupted("while True:\n"
                      "    print('.')\n",
                      RT_INTERRUPT_TIMEOUT, "the slice ran longer than the time limit");
}

TEST(sorted_key_never_returns)
{
    check_interrupted("def f(x):\n"
                      "    while True:\n"
                      "        print('.')\n"
                      "sorted([3, 1, 2], key=f)\n",
                      RT_INTERRUPT_TIMEOUT, "the slice ran longer than the time limit");
}

TEST(map_and_min_key)
{
    check_interrupted("def f(x):\n"
                      "    while True:\n"
                      "        print('.')\n"
                      "list(map(f, [1, 2]))\n",
                      RT_INTERRUPT_STOP, "the workload is being stopped");
    check_interrupted("def f(x):\n"
                      "    while True:\n"
                      "        print('.')\n"
                      "min([1, 2], key=lambda x: sorted([x], key=f))\n",
                      RT_INTERRUPT_STOP, "the workload is being stopped");
}

/* A handler that catches the interrupt cannot keep the loop going: the
 * flag stays set, so the next backward jump raises again. */
TEST(cannot_be_swallowed)
{
    probe p;
    rt_state *rt = new_state(&p, 20, RT_INTERRUPT_TIMEOUT);
    CHECK_EQ_INT(run_src(rt, "def f(x):\n"
                             "    while True:\n"
                             "        try:\n"
                             "            while True:\n"
                             "                print('.')\n"
                             "        except BaseException as e:\n"
                             "            print('caught', type(e).__name__)\n"
                             "sorted([1, 2], key=f)\n"),
                 RT_ERR_RUNTIME);
    CHECK(strstr(p.out, "caught KeyboardInterrupt\n") != NULL);
    const rt_error *e = rt_error_get(rt);
    CHECK(e && strcmp(e->type_name, "KeyboardInterrupt") == 0);
    /* Cleared, the state runs code again. */
    atomic_store(&p.flag, RT_INTERRUPT_NONE);
    p.len = 0;
    CHECK_EQ_INT(run_src(rt, "print(sorted([3, 1, 2], key=lambda x: -x))\n"), RT_DONE);
    CHECK_EQ_STR(p.out, "[3, 2, 1]\n");
    rt_state_free(rt);
}

/* Without a flag from the embedder nothing is ever interrupted. */
TEST(no_flag_no_interrupt)
{
    rt_config cfg = {0};
    probe p;
    memset(&p, 0, sizeof p);
    cfg.write_out = on_write;
    cfg.write_ctx = &p;
    rt_state *rt = rt_state_new(&cfg);
    CHECK_EQ_INT(run_src(rt, "n = 0\n"
                             "while n < 100000:\n"
                             "    n += 1\n"
                             "print(n)\n"),
                 RT_DONE);
    CHECK_EQ_STR(p.out, "100000\n");
    rt_state_free(rt);
}

RUN_TESTS(CASE(plain_loop), CASE(sorted_key_never_returns), CASE(map_and_min_key),
          CASE(cannot_be_swallowed), CASE(no_flag_no_interrupt))
