/* test_graph_steps.c: the heap graph built in bounded steps
 * (rt_inspect_graph_step): each call returns after about its step's time,
 * the build takes many calls, and the graph it ends with is the one a build
 * in one go makes of the same heap (nodes, edges, closures, dominators,
 * retained bytes); a pending build is ended in one go before the heap may
 * change (rt_run, a collection, rt_state_free) and by the other inspection
 * calls. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "runtime/rt.h"
#include "runtime/rt_inspect.h"
#include "tests/harness.h"

/* The thread's CPU time: what a step costs, whatever else the machine runs. */
static uint64_t cpu_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static void quiet(void *ctx, const char *s, size_t n)
{
    (void)ctx;
    (void)s;
    (void)n;
}

/* A heap of closures sharing cells, lists and dicts, cycles and garbage:
 * every phase of a build has work to do. */
static const char program[] = "import gc\n"
                              "gc.disable()\n"
                              "def make(i):\n"
                              "    data = [i] * (i % 5)\n"
                              "    def get():\n"
                              "        return data\n"
                              "    def put(x):\n"
                              "        data.append(x)\n"
                              "    return get, put\n"
                              "pairs = [make(i) for i in range(6000)]\n"
                              "table = {i: pairs[i][0] for i in range(0, 6000, 3)}\n"
                              "for i in range(500):\n"
                              "    a = []\n"
                              "    a.append(a)\n"
                              "def drop():\n"
                              "    pairs.clear()\n"
                              "    table.clear()\n";

static rt_state *load(void)
{
    rt_config cfg = {0};
    cfg.write_out = quiet;
    cfg.id_key[0] = 7;
    cfg.id_key[1] = 11;
    rt_state *rt = rt_state_new(&cfg);
    CHECK(rt != NULL);
    if (!rt)
        return NULL;
    CHECK_EQ_INT(rt_load(rt, "t.py", program, sizeof program - 1), RT_OK);
    CHECK_EQ_INT(rt_run(rt, NULL), RT_DONE);
    return rt;
}

/* Node, edge and closure counts, and the retained bytes of every node. */
static void check_same(const rt_graph *a, const rt_graph *b)
{
    CHECK_EQ_INT((int)rt_graph_node_count(a), (int)rt_graph_node_count(b));
    CHECK_EQ_INT((int)rt_graph_edge_count(a), (int)rt_graph_edge_count(b));
    CHECK_EQ_INT((int)rt_graph_closure_count(a), (int)rt_graph_closure_count(b));
    CHECK_EQ_INT((int)rt_graph_site_count(a), (int)rt_graph_site_count(b));
    uint32_t n = rt_graph_node_count(a);
    uint32_t differ = 0;
    for (uint32_t i = 0; i < n && i < rt_graph_node_count(b); i++) {
        const rt_graph_node *x = rt_graph_node_at(a, i), *y = rt_graph_node_at(b, i);
        if (x->kind != y->kind || x->dominator != y->dominator ||
            x->retained_size != y->retained_size || x->self_size != y->self_size)
            differ++;
    }
    CHECK_EQ_INT((int)differ, 0);
    rt_graph_totals ta, tb;
    rt_graph_totals_get(a, &ta);
    rt_graph_totals_get(b, &tb);
    CHECK(ta.self_bytes == tb.self_bytes && ta.garbage_objects == tb.garbage_objects);
    CHECK(ta.garbage_objects >= 499); /* the lists that hold themselves, but `a` */
}

TEST(steps_build_the_same_graph)
{
    rt_state *whole = load(), *stepped = load();
    if (!whole || !stepped)
        return;
    const rt_graph *one = rt_inspect_graph(whole);
    CHECK(one != NULL);

    const uint64_t step_ns = 200000; /* 0.2 ms */
    int calls = 0, pending = 0;
    uint64_t longest = 0;
    const rt_graph *g = NULL;
    rt_inspect_analysis info;
    do {
        uint64_t t0 = cpu_ns();
        g = rt_inspect_graph_step(stepped, 0, step_ns, &info, &pending);
        uint64_t took = cpu_ns() - t0;
        if (took > longest)
            longest = took;
        calls++;
    } while (pending && calls < 100000);
    CHECK(g != NULL);
    CHECK(calls >= 5);
    /* a step ends at the first pace point past its time (1024 nodes' work
     * at most); the first one also sets the build up */
    CHECK(longest < 25 * step_ns);
    if (one && g) {
        check_same(one, g);
        CHECK(info.current);
        CHECK(info.build_ns > 0);
        /* the answer counts the steps: every call but the last left the fiber once */
        CHECK_EQ_INT((int)info.build_steps, calls);
        rt_graph_totals t;
        rt_graph_totals_get(one, &t);
        CHECK_EQ_INT((int)t.build_steps, 1);
    }
    /* the graph is cached: the next call answers at once */
    CHECK(rt_inspect_graph_step(stepped, 0, step_ns, NULL, &pending) == g);
    CHECK_EQ_INT(pending, 0);
    rt_state_free(whole);
    rt_state_free(stepped);
}

/* A build left pending ends before the heap changes: rt_run finishes it
 * first (the graph is of the heap before the code ran), a collection too,
 * and freeing the state in the middle leaks nothing. */
TEST(pending_build_ends_before_the_heap_changes)
{
    rt_state *whole = load(), *rt = load();
    if (!whole || !rt)
        return;
    const rt_graph *one = rt_inspect_graph(whole);
    int pending = 0;
    CHECK(rt_inspect_graph_step(rt, 0, 1, NULL, &pending) == NULL);
    CHECK_EQ_INT(pending, 1);
    CHECK_EQ_INT(rt_call_global(rt, "drop"), RT_OK);
    CHECK_EQ_INT(rt_run(rt, NULL), RT_DONE);
    rt_inspect_analysis info;
    const rt_graph *g = rt_inspect_graph_cached(rt, &info);
    CHECK(g != NULL);
    if (one && g) {
        check_same(one, g);
        CHECK(!info.current);
    }
    CHECK(rt_inspect_graph_step(rt, 0, 1, NULL, &pending) == NULL);
    CHECK_EQ_INT(pending, 1);
    rt_gc_event ev;
    CHECK_EQ_INT(rt_inspect_collect(rt, 2, &ev), 0);
    CHECK(ev.collected >= 499); /* the lists that hold themselves */
    CHECK(rt_inspect_graph_step(rt, 0, 1, NULL, &pending) == NULL);
    CHECK_EQ_INT(pending, 1);
    rt_state_free(rt);
    rt_state_free(whole);
}

RUN_TESTS(CASE(steps_build_the_same_graph), CASE(pending_build_ends_before_the_heap_changes))
