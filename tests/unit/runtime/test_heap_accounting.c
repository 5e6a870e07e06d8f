/* test_heap_accounting.c: the allocation path's accounting seen from Python
 * programs, where objects take the fast path (a frame, a known instruction
 * site): the counts by type and by site stay exact through churn and add up
 * to the totals, the per-type counts of lists and dicts equal a walk of the
 * collector's lists, the peak is never below the live bytes and follows
 * new highs only, and the limit and the stress switch still stop the fast
 * path. */
#include <stdlib.h>
#include <string.h>

#include "runtime/gc.h"
#include "runtime/heap.h"
#include "runtime/rt.h"
#include "runtime/site.h"
#include "runtime/state.h"
#include "tests/harness.h"
#include "tests/unit/runtime/run_harness.h"

static out_buf out;

static rt_state *start(size_t heap_limit)
{
    rt_config cfg = out_config(&out);
    cfg.heap_limit_bytes = heap_limit;
    return rt_state_new(&cfg);
}

static rt_status run(rt_state *rt, const char *src)
{
    return run_source(rt, "acct.py", src);
}

static rt_status call(rt_state *rt, const char *name)
{
    return run_global(rt, name);
}

typedef struct walk_counts {
    uint64_t lists, dicts;
    uint64_t list_bytes, dict_bytes; /* their size slots: header, link and owned buffer */
} walk_counts;

static void count_tracked(rt_obj *o, void *arg)
{
    walk_counts *w = arg;
    w->lists += o->type == RT_T_LIST;
    w->dicts += o->type == RT_T_DICT;
    if (o->type == RT_T_LIST)
        w->list_bytes += rt_typeinfos[RT_T_LIST]->size(o);
    if (o->type == RT_T_DICT)
        w->dict_bytes += rt_typeinfos[RT_T_DICT]->size(o);
}

/* The histograms against the totals and against the collector's lists:
 * objects by type and by site both add up to the live objects, bytes by
 * type and by site to the live bytes that are some object's, and every
 * live list and dict (tracked from birth to death) is counted once, its
 * bytes (its buffer's included: the small-buffer fast path charges them)
 * exactly what its size slot says. */
static int books_balance(rt_state *rt)
{
    rt_heap_totals t;
    rt_heap_totals_get(rt, &t);
    uint64_t type_objects = 0, type_bytes = 0, site_objects = 0, site_bytes = 0;
    for (unsigned i = 0; i < RT_T_COUNT; i++) {
        rt_heap_counts c = rt_heap_by_type(rt, (rt_type_id)i);
        type_objects += c.objects;
        type_bytes += c.bytes;
    }
    for (uint32_t s = 0; s < rt_site_count(rt); s++) {
        rt_heap_counts c = rt_heap_by_site(rt, (uint16_t)s);
        site_objects += c.objects;
        site_bytes += c.bytes;
    }
    walk_counts w = {0, 0, 0, 0};
    rt__gc_each_tracked(rt, count_tracked, &w);
    int ok = 1;
#define BALANCE(a, b)                                                                              \
    if ((uint64_t)(a) != (uint64_t)(b)) {                                                          \
        fprintf(stderr, "  %s = %llu but %s = %llu\n", #a, (unsigned long long)(a), #b,            \
                (unsigned long long)(b));                                                          \
        ok = 0;                                                                                    \
    }
    BALANCE(type_objects, t.live_objects);
    BALANCE(site_objects, t.live_objects);
    BALANCE(type_bytes, t.live_bytes - t.other_bytes);
    BALANCE(site_bytes, t.live_bytes - t.other_bytes);
    BALANCE(t.allocated_objects - t.freed_objects, t.live_objects);
    BALANCE(w.lists, rt_heap_by_type(rt, RT_T_LIST).objects);
    BALANCE(w.dicts, rt_heap_by_type(rt, RT_T_DICT).objects);
    BALANCE(w.list_bytes, rt_heap_by_type(rt, RT_T_LIST).bytes);
    BALANCE(w.dict_bytes, rt_heap_by_type(rt, RT_T_DICT).bytes);
#undef BALANCE
    if (t.peak_bytes < t.live_bytes) {
        fprintf(stderr, "  peak %llu below live %llu\n", (unsigned long long)t.peak_bytes,
                (unsigned long long)t.live_bytes);
        ok = 0;
    }
    return ok;
}

/* Churn over many lines and types (tuples, lists, dicts, floats, strs,
 * bound methods, iterators, closures), some kept and most dropped, with
 * the books checked after every round. */
TEST(counts_exact_after_churn)
{
    rt_state *rt = start(0);
    const char *src = "keep = []\n"
                      "def churn(n=300):\n"
                      "    for i in range(n):\n"
                      "        t = (i, str(i), [i] * (i % 7), {'k': i, i: t if i else 0})\n"
                      "        f = float(i) * 1.5\n"
                      "        m = keep.append\n"
                      "        it = iter(t)\n"
                      "        g = (lambda x: lambda: x + i)(f)\n"
                      "        if i % 5 == 0:\n"
                      "            keep.append((t, g, next(it)))\n"
                      "def drop_some():\n"
                      "    del keep[::2]\n"
                      "def drop_all():\n"
                      "    keep.clear()\n";
    CHECK_EQ_INT(run(rt, src), RT_DONE);
    CHECK(books_balance(rt));
    uint16_t line4 = rt_site_intern(rt, "acct.py", 4);
    rt_heap_counts l4_before = rt_heap_by_site(rt, line4);
    rt_heap_counts lists_before = rt_heap_by_type(rt, RT_T_LIST);
    for (int round = 0; round < 3; round++) {
        CHECK_EQ_INT(call(rt, "churn"), RT_DONE);
        CHECK(books_balance(rt));
        CHECK_EQ_INT(call(rt, "drop_some"), RT_DONE);
        CHECK(books_balance(rt));
    }
    CHECK_EQ_INT(call(rt, "drop_all"), RT_DONE);
    CHECK(books_balance(rt));
    /* what line 4 made is all gone again, and so are its lists */
    CHECK_EQ_INT(rt_heap_by_site(rt, line4).objects, l4_before.objects);
    CHECK_EQ_INT(rt_heap_by_site(rt, line4).bytes, l4_before.bytes);
    CHECK_EQ_INT(rt_heap_by_type(rt, RT_T_LIST).objects, lists_before.objects);
    rt_state_free(rt);
}

/* The peak moves only at new highs, and exactly: churn below an earlier
 * high leaves it alone (the fast path's bound), a larger heap raises it to
 * at least that heap, and it is never below the live bytes. */
TEST(peak_follows_new_highs_only)
{
    rt_state *rt = start(0);
    const char *src = "keep = None\n"
                      "def grow(n):\n"
                      "    global keep\n"
                      "    keep = [(i, [i]) for i in range(n)]\n"
                      "def drop():\n"
                      "    global keep\n"
                      "    keep = None\n"
                      "def g1(): grow(4000)\n"
                      "def g2(): grow(1000)\n"
                      "def g3(): grow(16000)\n";
    CHECK_EQ_INT(run(rt, src), RT_DONE);
    rt_heap_totals t;
    CHECK_EQ_INT(call(rt, "g1"), RT_DONE);
    rt_heap_totals_get(rt, &t);
    uint64_t live1 = t.live_bytes, peak1 = t.peak_bytes;
    CHECK(peak1 >= live1);
    CHECK_EQ_INT(call(rt, "drop"), RT_DONE);
    CHECK_EQ_INT(call(rt, "g2"), RT_DONE); /* a quarter of the heap, churned under the peak */
    CHECK_EQ_INT(call(rt, "drop"), RT_DONE);
    CHECK_EQ_INT(call(rt, "g2"), RT_DONE);
    rt_heap_totals_get(rt, &t);
    CHECK_EQ_INT(t.peak_bytes, peak1);
    CHECK(t.live_bytes < live1);
    CHECK(books_balance(rt));
    CHECK_EQ_INT(call(rt, "g3"), RT_DONE); /* four times the first heap */
    rt_heap_totals_get(rt, &t);
    CHECK(t.peak_bytes >= t.live_bytes);
    CHECK(t.live_bytes > peak1);
    CHECK(books_balance(rt));
    rt_state_free(rt);
}

/* The stress switch and the limit stop allocations that would otherwise
 * take the fast path: a program warmed up (every instruction's site known,
 * its sizes' pages current) still gets its MemoryError, catches it and goes
 * on, and the books balance afterwards. */
TEST(limit_and_stress_switch_stop_the_fast_path)
{
    rt_state *rt = start(0);
    const char *src = "def make(n):\n"
                      "    return [(i,) for i in range(n)]\n"
                      "def warm():\n"
                      "    for _ in range(20):\n"
                      "        make(50)\n"
                      "def try_make():\n"
                      "    try:\n"
                      "        make(2000)\n"
                      "        print('made')\n"
                      "    except MemoryError:\n"
                      "        print('oom')\n";
    CHECK_EQ_INT(run(rt, src), RT_DONE);
    CHECK_EQ_INT(call(rt, "warm"), RT_DONE);
    rt__heap_fail_after(rt, 30);
    CHECK_EQ_INT(call(rt, "try_make"), RT_DONE);
    CHECK_EQ_STR(out.data, "oom\n");
    CHECK(books_balance(rt));
    out.len = 0;
    CHECK_EQ_INT(call(rt, "try_make"), RT_DONE); /* the switch went off when it fired */
    CHECK_EQ_STR(out.data, "made\n");
    rt_heap_totals t;
    rt_heap_totals_get(rt, &t);
    rt_heap_set_limit(rt, t.live_bytes + 8192); /* under the peak the last run reached */
    out.len = 0;
    CHECK_EQ_INT(call(rt, "try_make"), RT_DONE);
    CHECK_EQ_STR(out.data, "oom\n");
    rt_heap_totals_get(rt, &t);
    CHECK(t.live_bytes <= t.limit);
    rt_heap_set_limit(rt, 0);
    out.len = 0;
    CHECK_EQ_INT(call(rt, "try_make"), RT_DONE);
    CHECK_EQ_STR(out.data, "made\n");
    CHECK(books_balance(rt));
    rt_state_free(rt);
}

/* Past the peak (where a growing program's births go: heap.c's slow path
 * takes them inline) the limit still stops them: a heap limited above its
 * peak grows to the limit, gets its MemoryError and goes on; the peak
 * follows every new high exactly and never passes the limit. */
TEST(limit_past_the_peak)
{
    rt_state *rt = start(0);
    const char *src = "keep = []\n"
                      "def grow(n):\n"
                      "    try:\n"
                      "        for i in range(n):\n"
                      "            keep.append((i, [i], {i: i}))\n"
                      "        print('made')\n"
                      "    except MemoryError:\n"
                      "        m = len(keep)\n"
                      "        keep.clear()\n"
                      "        print('oom', m < n)\n"
                      "def drop():\n"
                      "    keep.clear()\n"
                      "def g(): grow(200)\n"
                      "def big(): grow(100000)\n";
    CHECK_EQ_INT(run(rt, src), RT_DONE);
    CHECK_EQ_INT(call(rt, "g"), RT_DONE);
    CHECK_EQ_INT(call(rt, "drop"), RT_DONE);
    rt_heap_totals t;
    rt_heap_totals_get(rt, &t);
    uint64_t peak0 = t.peak_bytes;
    rt_heap_set_limit(rt, peak0 + 256 * 1024); /* above the peak: growth passes it first */
    out.len = 0;
    CHECK_EQ_INT(call(rt, "big"), RT_DONE);
    CHECK_EQ_STR(out.data, "oom True\n");
    rt_heap_totals_get(rt, &t);
    CHECK(t.live_bytes <= t.limit);
    CHECK(t.peak_bytes > peak0 + 128 * 1024); /* it grew past the old peak... */
    /* ...and the limit held (the MemoryError itself is built from a reserve past it) */
    CHECK(t.peak_bytes <= t.limit + 16 * 1024);
    CHECK(t.peak_bytes >= t.live_bytes);
    CHECK(books_balance(rt));
    uint64_t peak1 = t.peak_bytes;
    CHECK_EQ_INT(call(rt, "drop"), RT_DONE);
    rt_heap_set_limit(rt, 0);
    out.len = 0;
    CHECK_EQ_INT(call(rt, "big"), RT_DONE);
    CHECK_EQ_STR(out.data, "made\n");
    rt_heap_totals_get(rt, &t);
    CHECK(t.peak_bytes >= t.live_bytes);
    CHECK(t.peak_bytes > peak1);
    CHECK(books_balance(rt));
    rt_state_free(rt);
}

/* A site override charges every allocation to it, from a program too (the
 * fast path steps aside while one is set). */
TEST(override_charges_the_override)
{
    rt_state *rt = start(0);
    const char *src = "def make():\n"
                      "    return [(i,) for i in range(100)]\n"
                      "keep = make()\n"
                      "def keep_made():\n"
                      "    global keep2\n"
                      "    keep2 = make()\n";
    CHECK_EQ_INT(run(rt, src), RT_DONE);
    uint16_t s = rt_site_intern(rt, "override.py", 7);
    uint16_t old = rt_heap_set_site(rt, s);
    CHECK_EQ_INT(call(rt, "make"), RT_DONE); /* its result is dropped when it returns */
    rt_heap_set_site(rt, old);
    /* the list and its 100 tuples were charged to the override, then freed */
    CHECK_EQ_INT(rt_heap_by_site(rt, s).objects, 0);
    CHECK_EQ_INT(rt_heap_by_site(rt, s).bytes, 0);
    old = rt_heap_set_site(rt, s);
    CHECK_EQ_INT(call(rt, "keep_made"), RT_DONE);
    rt_heap_set_site(rt, old);
    CHECK(rt_heap_by_site(rt, s).objects >= 101);
    CHECK(books_balance(rt));
    rt_state_free(rt);
}

/* Owned buffers on their fast path (dict tables, list storage): kept,
 * grown, cleared and dropped, the bytes by type stay what the size slots
 * say; under the stress switch and under a limit the buffer's allocation
 * fails with MemoryError (the object's own may have passed), the program
 * catches it, and nothing is left charged. */
TEST(buffers_exact_and_limited)
{
    rt_state *rt = start(0);
    const char *src = "keep = []\n"
                      "def churn(n=400):\n"
                      "    for i in range(n):\n"
                      "        d = {'k': i}\n"
                      "        l = [i, i, i]\n"
                      "        if i % 3 == 0:\n"
                      "            d.update({j: j for j in range(i % 11)})\n"
                      "            l.extend(range(i % 13))\n"
                      "            keep.append((d, l))\n"
                      "        elif i % 3 == 1:\n"
                      "            keep.append(d)\n"
                      "            l.clear()\n"
                      "            keep.append(l)\n"
                      "def drop():\n"
                      "    del keep[::2]\n"
                      "def try_churn():\n"
                      "    try:\n"
                      "        churn(3000)\n"
                      "        print('made')\n"
                      "    except MemoryError:\n"
                      "        print('oom')\n"
                      "def clear():\n"
                      "    keep.clear()\n";
    CHECK_EQ_INT(run(rt, src), RT_DONE);
    for (int round = 0; round < 3; round++) {
        CHECK_EQ_INT(call(rt, "churn"), RT_DONE);
        CHECK(books_balance(rt));
        CHECK_EQ_INT(call(rt, "drop"), RT_DONE);
        CHECK(books_balance(rt));
    }
    CHECK_EQ_INT(call(rt, "clear"), RT_DONE);
    rt_heap_totals base;
    rt_heap_totals_get(rt, &base);
    /* every allocation counts down the switch, buffers too: somewhere in
     * the churn one fails, whichever it is */
    out.len = 0;
    rt__heap_fail_after(rt, 1500);
    CHECK_EQ_INT(call(rt, "try_churn"), RT_DONE);
    CHECK_EQ_STR(out.data, "oom\n");
    CHECK(books_balance(rt));
    CHECK_EQ_INT(call(rt, "clear"), RT_DONE);
    rt_heap_totals t;
    rt_heap_totals_get(rt, &t);
    CHECK_EQ_INT(t.live_objects, base.live_objects);
    rt_heap_set_limit(rt, t.live_bytes + 16384);
    out.len = 0;
    CHECK_EQ_INT(call(rt, "try_churn"), RT_DONE);
    CHECK_EQ_STR(out.data, "oom\n");
    rt_heap_totals_get(rt, &t);
    CHECK(t.live_bytes <= t.limit);
    CHECK(books_balance(rt));
    rt_heap_set_limit(rt, 0);
    CHECK_EQ_INT(call(rt, "clear"), RT_DONE);
    rt_heap_totals_get(rt, &t);
    CHECK_EQ_INT(t.live_objects, base.live_objects);
    CHECK_EQ_INT(t.live_bytes, base.live_bytes);
    CHECK(books_balance(rt));
    rt_state_free(rt);
}

RUN_TESTS(CASE(counts_exact_after_churn), CASE(peak_follows_new_highs_only),
          CASE(limit_past_the_peak), CASE(limit_and_stress_switch_stop_the_fast_path),
          CASE(override_charges_the_override), CASE(buffers_exact_and_limited))
