/* test_graph_steps.c: the heap graph built in bounded steps
 * (rt_inspect_graph_step): each call returns after about its step's time,
 * the build takes many calls, and the graph it ends with is the one a build
 * in one go makes of the same heap (nodes, edges, closures, dominators,
 * retained bytes); a pending build is ended in one go before the heap may
 * change (rt_run, a collection, rt_state_free) and by the other inspection
 * calls. The ranked closure query in steps (rt_closure_scan) gives the
 * records of the query in one go, and starts again when the heap changed
 * between two of its steps. */
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

/* One build in steps of step_ns to its end: the graph, and the calls it took, the
 * longest call's and all calls' CPU time. */
static const rt_graph *build_in_steps(rt_state *rt, uint64_t step_ns, rt_inspect_analysis *info,
                                      int *calls, uint64_t *longest, uint64_t *total)
{
    int pending = 0;
    const rt_graph *g = NULL;
    *calls = 0;
    *longest = *total = 0;
    do {
        uint64_t t0 = cpu_ns();
        g = rt_inspect_graph_step(rt, 0, step_ns, info, &pending);
        uint64_t took = cpu_ns() - t0;
        if (took > *longest)
            *longest = took;
        *total += took;
        ++*calls;
    } while (pending && *calls < 100000);
    return g;
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
    uint64_t longest = 0, total = 0;
    rt_inspect_analysis info;
    const rt_graph *g = build_in_steps(stepped, step_ns, &info, &calls, &longest, &total);
    CHECK(g != NULL);
    CHECK(calls >= 5);
    /* a step ends at the first pace point past its time (1024 nodes' work
     * at most), but for the few parts between pace points (the first step
     * sets the build up, a sort): no call does the bulk of the work. CPU
     * times, compared with each other (an absolute bound failed under
     * AddressSanitizer on a loaded machine). A thread's CPU clock can still
     * charge one call with what the machine did around it (time the
     * hypervisor took from the virtual CPU, cache refills after the thread
     * was moved): up to two more builds of the same heap, and the best of
     * them must hold. Unpaced work that does the bulk fails every build. */
    int spread = longest < total / 3;
    for (int again = 0; !spread && again < 2; again++) {
        rt_state *rt = load();
        if (!rt)
            break;
        int c = 0;
        uint64_t l = 0, t = 0;
        CHECK(build_in_steps(rt, step_ns, NULL, &c, &l, &t) != NULL);
        spread = l < t / 3;
        if (!spread)
            fprintf(stderr, "build %d: longest step %llu of %llu ns CPU in %d calls\n", again + 2,
                    (unsigned long long)l, (unsigned long long)t, c);
        rt_state_free(rt);
    }
    CHECK(spread);
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

/* The ids, env bytes and shared_with counts of a query's records, and their graph parts. */
typedef struct records {
    uint64_t id[64], env[64], shared[64], retained[64];
    size_t n;
} records;

static int keep_record(void *ctx, const rt_inspect_closure *c)
{
    records *r = ctx;
    if (r->n < 64) {
        r->id[r->n] = c->id;
        r->env[r->n] = c->env_bytes;
        r->shared[r->n] = c->nvars ? c->vars[0].shared_with : 0;
        r->retained[r->n] = c->graph ? c->graph->retained_bytes : 0;
        r->n++;
    }
    return 0;
}

/* The scan to its end in steps whose deadline has passed (each ends at its first look at
 * the clock); *steps counts them. */
static int scan_all(rt_state *rt, const rt_closure_query *q, records *r, size_t *total, int *steps)
{
    memset(r, 0, sizeof *r);
    rt_closure_scan *s = rt_closure_scan_new(rt, q);
    CHECK(s != NULL);
    if (!s)
        return -1;
    int rc;
    *steps = 0;
    do {
        rc = rt_closure_scan_step(rt, s, 1, keep_record, r, total);
        ++*steps;
    } while (rc == 0 && *steps < 100000);
    rt_closure_scan_free(s);
    return rc;
}

TEST(closure_scan_in_steps_gives_the_query)
{
    rt_state *rt = load();
    if (!rt)
        return;
    const rt_graph *g = rt_inspect_graph(rt);
    CHECK(g != NULL);
    rt_closure_sort sorts[] = {RT_CLOSURE_SORT_ENV_BYTES, RT_CLOSURE_SORT_RETAINED_BYTES,
                               RT_CLOSURE_SORT_AGE};
    for (size_t k = 0; k < sizeof sorts / sizeof sorts[0]; k++) {
        rt_closure_query q = {sorts[k], NULL, 0, 64, g};
        records whole, stepped;
        memset(&whole, 0, sizeof whole);
        size_t total_whole = 0, total = 0;
        int steps = 0;
        CHECK_EQ_INT(rt_inspect_closure_query(rt, &q, keep_record, &whole, &total_whole), 0);
        CHECK_EQ_INT(scan_all(rt, &q, &stepped, &total, &steps), 1);
        CHECK_EQ_INT((int)total_whole, 12000); /* get and put of 6000 pairs */
        CHECK_EQ_INT((int)total, (int)total_whole);
        /* 12000 closures ranked, then counted for shared_with: a step per 1024 at most */
        CHECK(steps >= 20);
        CHECK_EQ_INT((int)stepped.n, 64);
        CHECK(memcmp(&whole, &stepped, sizeof whole) == 0);
        CHECK(stepped.shared[0] == 1); /* get and put share `data` */
    }
    rt_state_free(rt);
}

/* A heap that changes between two steps: the scan starts again and answers the heap as
 * it is at its end. */
TEST(closure_scan_starts_again_after_a_change)
{
    rt_state *rt = load();
    if (!rt)
        return;
    rt_closure_query q = {RT_CLOSURE_SORT_ENV_BYTES, NULL, 0, 10, NULL};
    rt_closure_scan *s = rt_closure_scan_new(rt, &q);
    CHECK(s != NULL);
    if (!s) {
        rt_state_free(rt);
        return;
    }
    records r;
    memset(&r, 0, sizeof r);
    size_t total = 99;
    CHECK_EQ_INT(rt_closure_scan_step(rt, s, 1, keep_record, &r, &total), 0);
    CHECK_EQ_INT(rt_call_global(rt, "drop"), RT_OK);
    CHECK_EQ_INT(rt_run(rt, NULL), RT_DONE);
    int rc, steps = 0;
    do
        rc = rt_closure_scan_step(rt, s, 1, keep_record, &r, &total);
    while (rc == 0 && ++steps < 100000);
    CHECK_EQ_INT(rc, 1);
    records now;
    memset(&now, 0, sizeof now);
    size_t total_now = 0;
    CHECK_EQ_INT(rt_inspect_closure_query(rt, &q, keep_record, &now, &total_now), 0);
    CHECK_EQ_INT((int)total, (int)total_now);
    CHECK(total_now < 12000);
    CHECK_EQ_INT((int)r.n, (int)now.n);
    CHECK(memcmp(r.id, now.id, sizeof r.id) == 0);
    rt_closure_scan_free(s);
    rt_state_free(rt);
}

RUN_TESTS(CASE(steps_build_the_same_graph), CASE(pending_build_ends_before_the_heap_changes),
          CASE(closure_scan_in_steps_gives_the_query),
          CASE(closure_scan_starts_again_after_a_change))
