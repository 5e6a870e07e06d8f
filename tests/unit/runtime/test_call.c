/* test_call.c: the calls bound without the general binder (call.c): a
 * forwarder's *args tuple and **kwargs dict made from the caller's stack,
 * and f(*args, **kwargs) bound by name into a function of positional
 * parameters. What they allocate and where it is charged is what the
 * general binder's calls get, and an allocation failing anywhere in them
 * ends in a MemoryError the program catches, with nothing left charged. */
#include <stdio.h>
#include <string.h>

#include "runtime/heap.h"
#include "runtime/rt.h"
#include "runtime/site.h"
#include "tests/harness.h"
#include "tests/unit/runtime/run_harness.h"

static out_buf out;

static rt_state *start(void)
{
    rt_config cfg = out_config(&out);
    return rt_state_new(&cfg);
}

static uint64_t at(rt_state *rt, int line, rt_type_id type)
{
    return rt_heap_by_site_type(rt, rt_site_intern(rt, "call.py", line), type).objects;
}

/* A forwarder's tuple and dict, kept alive, are charged to the same line of
 * the callee as those of a function the general binder binds (one with a
 * keyword-only parameter besides, given), one of each per call, and a call bound
 * by name allocates nothing of its own. */
TEST(forwarder_births_charged_as_the_binder_charges)
{
    rt_state *rt = start();
    const char *src = "keep = []\n"                                     /* 1 */
                      "def fwd(*args, **kwargs):\n"                     /* 2 */
                      "    return args, kwargs\n"                       /* 3 */
                      "def gen(*args, k, **kwargs):\n"                  /* 4 */
                      "    return args, kwargs\n"                       /* 5 */
                      "def three(a, b, c=0):\n"                         /* 6 */
                      "    return a\n"                                  /* 7 */
                      "def go(n):\n"                                    /* 8 */
                      "    for i in range(n):\n"                        /* 9 */
                      "        keep.append(fwd(i, i, a=i, b=i))\n"      /* 10 */
                      "        keep.append(gen(i, i, a=i, b=i, k=i))\n" /* 11 */
                      "        keep.append(fwd())\n"                    /* 12 */
                      "        keep.append(gen(k=0))\n"                 /* 13 */
                      "t = (1,)\n"                                      /* 14 */
                      "d = {'b': 2, 'c': 3}\n"                          /* 15 */
                      "def by_name(n):\n"                               /* 16 */
                      "    for i in range(n):\n"                        /* 17 */
                      "        three(*t, **d)\n"                        /* 18 */
                      "go(100)\n"                                       /* 19 */
                      "def few():\n"                                    /* 20 */
                      "    by_name(10)\n"                               /* 21 */
                      "def many():\n"                                   /* 22 */
                      "    by_name(1000)\n";                            /* 23 */
    CHECK_EQ_INT(run_source(rt, "call.py", src), RT_DONE);
    for (int k = 0; k < 2; k++) {
        rt_type_id type = k ? RT_T_DICT : RT_T_TUPLE;
        uint64_t f2 = at(rt, 2, type), f3 = at(rt, 3, type);
        uint64_t g4 = at(rt, 4, type), g5 = at(rt, 5, type);
        if (f2 != g4 || f3 != g5)
            fprintf(stderr, "  %s: forwarder %llu + %llu, binder %llu + %llu\n",
                    k ? "dicts" : "tuples", (unsigned long long)f2, (unsigned long long)f3,
                    (unsigned long long)g4, (unsigned long long)g5);
        CHECK_EQ_INT(f2, g4);
        CHECK_EQ_INT(f3, g5);
    }
    /* fwd's tuples: 100 args tuples (fwd() shares the empty one) and 200
     * results; its dicts: 200; gen's the same */
    CHECK_EQ_INT(at(rt, 2, RT_T_TUPLE) + at(rt, 3, RT_T_TUPLE), 300);
    CHECK_EQ_INT(at(rt, 2, RT_T_DICT) + at(rt, 3, RT_T_DICT), 200);

    /* by name: no object is born in the call (the frame is on the VM
     * stack, the loop's ints are small): 1000 calls allocate what 10 do
     * (the range and its iterator) */
    rt_heap_totals t0, t1, t2;
    CHECK_EQ_INT(run_global(rt, "few"), RT_DONE);
    rt_heap_totals_get(rt, &t0);
    CHECK_EQ_INT(run_global(rt, "few"), RT_DONE);
    rt_heap_totals_get(rt, &t1);
    CHECK_EQ_INT(run_global(rt, "many"), RT_DONE);
    rt_heap_totals_get(rt, &t2);
    CHECK_EQ_INT(t2.allocated_objects - t1.allocated_objects,
                 t1.allocated_objects - t0.allocated_objects);
    rt_state_free(rt);
}

/* The stress switch fails the n-th allocation from now, for every n from
 * the first to past the last of an expression of forwarder calls (with one
 * keyword, with more than a first table holds, with none) and a call bound
 * by name: each run prints "oom" or "made", the ooms come first and then
 * only "made", and every run leaves the live objects and bytes as they
 * were. */
TEST(every_allocation_may_fail)
{
    rt_state *rt = start();
    const char *src =
        "def fwd(*args, **kwargs):\n"
        "    return args, kwargs\n"
        "def three(a, b, c=3):\n"
        "    return a + b + c\n"
        "def attempt():\n"
        "    try:\n"
        "        r = (fwd(1, k=1), fwd(1, 2, k1=1, k2=2, k3=3, k4=4, k5=5, k6=6, k7=7), fwd(),\n"
        "             three(*(1,), **{'b': 2}), fwd(*r0, **d0))\n"
        "        print('made' if r[3] == 6 and r[1][1]['k7'] == 7 else 'wrong')\n"
        "    except MemoryError:\n"
        "        print('oom')\n"
        "r0 = (5, 6)\n"
        "d0 = {'z': 0}\n";
    CHECK_EQ_INT(run_source(rt, "call.py", src), RT_DONE);
    CHECK_EQ_INT(run_global(rt, "attempt"), RT_DONE);
    CHECK_EQ_STR(out.data, "made\n");
    rt_heap_totals base, t;
    rt_heap_totals_get(rt, &base);
    int ooms = 0, mades = 0;
    for (uint64_t n = 1; n <= 60; n++) {
        out.len = 0;
        out.data[0] = 0;
        rt__heap_fail_after(rt, n);
        CHECK_EQ_INT(run_global(rt, "attempt"), RT_DONE);
        rt__heap_fail_after(rt, 0);
        if (!strcmp(out.data, "oom\n")) {
            CHECK_EQ_INT(mades, 0); /* no failure once every allocation passed */
            ooms++;
        } else {
            CHECK_EQ_STR(out.data, "made\n");
            mades++;
        }
        rt_heap_totals_get(rt, &t);
        CHECK_EQ_INT(t.live_objects, base.live_objects);
        CHECK_EQ_INT(t.live_bytes, base.live_bytes);
    }
    /* 18 allocations at least: each of the five calls' results, three
     * tuples, four dicts and their two tables, the argument dict, r */
    CHECK(ooms >= 18);
    CHECK(mades > 0);
    rt_state_free(rt);
}

RUN_TESTS(CASE(forwarder_births_charged_as_the_binder_charges), CASE(every_allocation_may_fail))
