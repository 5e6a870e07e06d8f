/* test_gc_clock.c: the collector's clock (gc.c): which collections read the thread CPU
 * clock (a system call), what a quick generation-0 collection reports as its CPU time,
 * and that Python code run inside a collection is timed on the CPU clock. */
#include <stdlib.h>
#include <string.h>

#include "runtime/gc.h"
#include "runtime/rt.h"
#include "runtime/rt_inspect.h"
#include "runtime/state.h"
#include "tests/harness.h"

#define QUICK_NS 100000u /* gc.c's GC_QUICK_NS */

static rt_state *start(void)
{
    rt_config cfg = {0};
    return rt_state_new(&cfg);
}

/* Loads and runs src to the end. */
static rt_status run(rt_state *rt, const char *src)
{
    rt_status st = rt_load(rt, "t.py", src, strlen(src));
    if (st != RT_OK)
        return st;
    do
        st = rt_run(rt, NULL);
    while (st == RT_YIELD);
    if (st != RT_DONE && getenv("TEST_VERBOSE")) {
        const rt_error *e = rt_error_get(rt);
        fprintf(stderr, "%s\n", e && e->traceback ? e->traceback : "(no error)");
    }
    return st;
}

/* A quick generation-0 collection reads no CPU clock; its CPU time is its pause, at most
 * QUICK_NS. One of generation 1 or 2 reads it twice. */
TEST(test_quick_generation0_reads_no_cpu_clock)
{
    rt_state *rt = start();
    CHECK_EQ_INT(run(rt, "import gc\ngc.disable()\n"
                         "def make():\n"
                         "    def f():\n"
                         "        return f\n"
                         "    return f\n"
                         "for i in range(50):\n"
                         "    make()\n"),
                 RT_DONE);
    rt_gc_state *g = rt->gc;
    g->gen0_clocked = false;
    uint64_t reads = g->cpu_clock_reads;
    rt_gc_event ev;
    CHECK(rt_gc_collect(rt, 0, true, &ev) >= 100); /* 50 functions and their cells */
    CHECK_EQ_INT(g->cpu_clock_reads, reads);
    CHECK_EQ_INT(ev.pause_cpu_ns, ev.pause_ns < QUICK_NS ? ev.pause_ns : QUICK_NS);
    CHECK(ev.pause_ns > 0);

    reads = g->cpu_clock_reads;
    CHECK(rt_gc_collect(rt, 1, true, &ev) >= 0);
    CHECK_EQ_INT(g->cpu_clock_reads, reads + 2);
    reads = g->cpu_clock_reads;
    CHECK(rt_gc_collect(rt, 2, true, &ev) >= 0);
    CHECK_EQ_INT(g->cpu_clock_reads, reads + 2);
    rt_state_free(rt);
}

/* Thousands of automatic collections of a closure-making loop: far fewer CPU clock reads
 * than two per collection (what every collection read before). */
TEST(test_automatic_collections_mostly_unclocked)
{
    rt_state *rt = start();
    /* a threshold of 200: young generations small enough to stay quick in every build */
    CHECK_EQ_INT(run(rt, "import gc\ngc.set_threshold(200)\n"
                         "def make():\n"
                         "    def f():\n"
                         "        return f\n"
                         "    return f\n"
                         "for i in range(100000):\n"
                         "    make()\n"),
                 RT_DONE);
    rt_inspect_gc gc;
    rt_inspect_gc_get(rt, &gc);
    uint64_t collections = gc.gen[0].collections + gc.gen[1].collections + gc.gen[2].collections;
    uint64_t older = gc.gen[1].collections + gc.gen[2].collections;
    CHECK(gc.gen[0].collections > 100);
    /* generations 1 and 2 always read it; generation 0 only after a slow one */
    CHECK(rt->gc->cpu_clock_reads >= 2 * older);
    CHECK(rt->gc->cpu_clock_reads < collections);
    if (getenv("TEST_VERBOSE"))
        fprintf(stderr, "collections %llu (older %llu), CPU clock reads %llu\n",
                (unsigned long long)collections, (unsigned long long)older,
                (unsigned long long)rt->gc->cpu_clock_reads);
    rt_state_free(rt);
}

/* A generator's finally that the collector runs (Python code inside a generation-0
 * collection) is timed on the CPU clock: its CPU time is far above the quick cap. */
TEST(test_python_code_in_a_collection_is_clocked)
{
    rt_state *rt = start();
    CHECK_EQ_INT(run(rt, "import gc\ngc.disable()\n"
                         "done = []\n"
                         "def g():\n"
                         "    try:\n"
                         "        yield 1\n"
                         "    finally:\n"
                         "        n = 0\n"
                         "        for i in range(300000):\n"
                         "            n += i\n"
                         "        done.append(n)\n"
                         "it = g()\n"
                         "next(it)\n"
                         "a = [it]\n"
                         "a.append(a)\n"
                         "del it, a\n"),
                 RT_DONE);
    rt_gc_state *g = rt->gc;
    g->gen0_clocked = false;
    uint64_t reads = g->cpu_clock_reads;
    rt_gc_event ev;
    CHECK(rt_gc_collect(rt, 0, true, &ev) >= 2);
    CHECK_EQ_INT(g->cpu_clock_reads, reads + 2); /* from the finally on */
    CHECK(ev.pause_cpu_ns > 10 * QUICK_NS);      /* 300,000 iterations: milliseconds */
    CHECK(g->gen0_clocked);                      /* so the next one is clocked */
    CHECK_EQ_INT(run(rt, "assert done == [44999850000]\n"), RT_DONE); /* the finally ran */
    rt_state_free(rt);
}

/* A slow generation-0 collection (a large young generation) makes the next one clocked;
 * a clocked one that is quick makes the one after unclocked again. */
TEST(test_slow_generation0_clocks_the_next)
{
    rt_state *rt = start();
    CHECK_EQ_INT(run(rt, "import gc\ngc.disable()\n"
                         "keep = [[i] for i in range(200000)]\n"),
                 RT_DONE);
    rt_gc_state *g = rt->gc;
    g->gen0_clocked = false;
    rt_gc_event ev;
    CHECK(rt_gc_collect(rt, 0, true, &ev) == 0);
    CHECK(ev.examined >= 200000);
    CHECK(ev.pause_ns >= QUICK_NS); /* 200,000 lists walked twice */
    CHECK_EQ_INT(ev.pause_cpu_ns, QUICK_NS);
    CHECK(g->gen0_clocked);
    /* the survivors on to generation 2: a debug build's checks of generation 1's list
     * (gc.c: VALIDATE) would make the next generation-0 collection slow too */
    CHECK(rt_gc_collect(rt, 2, true, NULL) == 0);
    CHECK(g->gen0_clocked); /* only generation-0 collections move it */
    uint64_t reads = g->cpu_clock_reads;
    CHECK(rt_gc_collect(rt, 0, true, &ev) == 0); /* an empty young generation */
    CHECK_EQ_INT(g->cpu_clock_reads, reads + 2);
    CHECK(ev.pause_cpu_ns < QUICK_NS);
    CHECK(!g->gen0_clocked);
    rt_state_free(rt);
}

RUN_TESTS(CASE(test_quick_generation0_reads_no_cpu_clock),
          CASE(test_automatic_collections_mostly_unclocked),
          CASE(test_python_code_in_a_collection_is_clocked),
          CASE(test_slow_generation0_clocks_the_next))
