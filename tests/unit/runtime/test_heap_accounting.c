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
    /* the (site, type) pairs the table keeps are what both histograms sum:
     * each type's column and each site's row, and the all-types pass */
    rt_heap_counts all[RT_T_COUNT];
    rt_heap_by_types(rt, all);
    for (unsigned i = 0; i < RT_T_COUNT; i++) {
        rt_heap_counts c = rt_heap_by_type(rt, (rt_type_id)i), col = {0, 0};
        for (uint32_t s = 0; s < rt_site_count(rt); s++) {
            rt_heap_counts p = rt_heap_by_site_type(rt, (uint16_t)s, (rt_type_id)i);
            col.bytes += p.bytes;
            col.objects += p.objects;
        }
        if (c.bytes != all[i].bytes || c.objects != all[i].objects || c.bytes != col.bytes ||
            c.objects != col.objects) {
            fprintf(stderr,
                    "  type %u: %llu/%llu by type, %llu/%llu in one pass, %llu/%llu by pairs\n", i,
                    (unsigned long long)c.objects, (unsigned long long)c.bytes,
                    (unsigned long long)all[i].objects, (unsigned long long)all[i].bytes,
                    (unsigned long long)col.objects, (unsigned long long)col.bytes);
            ok = 0;
        }
    }
    for (uint32_t s = 0; s < rt_site_count(rt); s++) {
        rt_heap_counts c = rt_heap_by_site(rt, (uint16_t)s), row = {0, 0};
        for (unsigned i = 0; i < RT_T_COUNT; i++) {
            rt_heap_counts p = rt_heap_by_site_type(rt, (uint16_t)s, (rt_type_id)i);
            row.bytes += p.bytes;
            row.objects += p.objects;
        }
        if (c.bytes != row.bytes || c.objects != row.objects) {
            fprintf(stderr, "  site %u: %llu/%llu by site, %llu/%llu by pairs\n", (unsigned)s,
                    (unsigned long long)c.objects, (unsigned long long)c.bytes,
                    (unsigned long long)row.objects, (unsigned long long)row.bytes);
            ok = 0;
        }
    }
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

/* The (site, type) pairs one by one: a program of 300 lines, each making
 * objects of known types that stay alive, so the table grows past its
 * first 64 rows (twice) while they live; each line's pairs hold exactly
 * what it made, a dict's resizes stay on the dict's own line, deaths by
 * reference counting and by a collection empty exactly their pairs, and
 * nothing is charged to a type a line never made. */
#define MANY_LINES 300
TEST(pairs_exact_across_many_sites)
{
    rt_state *rt = start(0);
    size_t cap = 64 * MANY_LINES + 512, len = 0;
    char *src = malloc(cap);
    CHECK(src != NULL);
    /* line 1: no automatic collection (the cycles die when collect()
     * says); line 2: the dict; lines 3 .. MANY_LINES+2: one entry each, a
     * tuple of a float and a one-float list (the float(k) temporaries die),
     * or a list in a cycle */
    len += (size_t)snprintf(src + len, cap - len,
                            "import gc, sys; gc.disable()\n"
                            "d = {}\n");
    for (int k = 0; k < MANY_LINES; k++) {
        if (k % 3 == 2) /* a list in a cycle with itself, holding a float */
            len += (size_t)snprintf(src + len, cap - len,
                                    "c = [float(%d) + 1.0]; c.append(c); d[%d] = 0\n", k, k);
        else
            len += (size_t)snprintf(src + len, cap - len,
                                    "d[%d] = (float(%d) + 0.5, [float(%d) * 2.0])\n", k, k, k);
    }
    len += (size_t)snprintf(
        src + len, cap - len,
        "del c\n"
        "def drop_even():\n"
        "    for k in range(0, %d, 2):\n"
        "        d[k] = 0\n"
        "def sizes():\n"
        "    print(sys.getsizeof(d), sys.getsizeof(d[1]), sys.getsizeof(d[1][0]),\n"
        "          sys.getsizeof(d[1][1]))\n"
        "def collect():\n"
        "    gc.collect()\n",
        MANY_LINES);
    CHECK(len < cap);
    CHECK_EQ_INT(run(rt, src), RT_DONE);
    CHECK(books_balance(rt));
    out.len = 0;
    CHECK_EQ_INT(call(rt, "sizes"), RT_DONE);
    unsigned long dict_b = 0, tup_b = 0, flt_b = 0, lst_b = 0;
    CHECK_EQ_INT(sscanf(out.data, "%lu %lu %lu %lu", &dict_b, &tup_b, &flt_b, &lst_b), 4);
    uint16_t dline = rt_site_intern(rt, "acct.py", 2);
    /* the dict grew through many resizes, each charged to its own line */
    CHECK_EQ_INT(rt_heap_by_site_type(rt, dline, RT_T_DICT).objects, 1);
    CHECK_EQ_INT(rt_heap_by_site_type(rt, dline, RT_T_DICT).bytes, dict_b);
    CHECK_EQ_INT(rt_heap_by_site(rt, dline).bytes, dict_b);
    for (int pass = 0; pass < 3; pass++) {
        for (int k = 0; k < MANY_LINES; k++) {
            uint16_t line = rt_site_intern(rt, "acct.py", k + 3);
            rt_heap_counts t = rt_heap_by_site_type(rt, line, RT_T_TUPLE);
            rt_heap_counts f = rt_heap_by_site_type(rt, line, RT_T_FLOAT);
            rt_heap_counts l = rt_heap_by_site_type(rt, line, RT_T_LIST);
            rt_heap_counts all = rt_heap_by_site(rt, line);
            /* pass 0: all alive; pass 1: the even lines' entries dropped
             * (refcounting); pass 2: after a collection, the cycles too */
            bool cyc = k % 3 == 2;
            bool live = pass == 0 || (pass == 1 && (cyc || k % 2 == 1)) ||
                        (pass == 2 && !cyc && k % 2 == 1);
            uint64_t nt = live && !cyc ? 1 : 0, nf = live ? (cyc ? 1 : 2) : 0, nl = live ? 1 : 0;
            if (t.objects != nt || f.objects != nf || l.objects != nl ||
                all.objects != nt + nf + nl || f.bytes != nf * flt_b || t.bytes != nt * tup_b ||
                (!cyc && l.bytes != nl * lst_b) || all.bytes != t.bytes + f.bytes + l.bytes) {
                fprintf(stderr, "  pass %d line %d: tuples %llu floats %llu lists %llu all %llu\n",
                        pass, k + 3, (unsigned long long)t.objects, (unsigned long long)f.objects,
                        (unsigned long long)l.objects, (unsigned long long)all.objects);
                CHECK(0);
            }
        }
        if (pass == 0)
            CHECK_EQ_INT(call(rt, "drop_even"), RT_DONE);
        if (pass == 1)
            CHECK_EQ_INT(call(rt, "collect"), RT_DONE);
        CHECK(books_balance(rt));
    }
    free(src);
    rt_state_free(rt);
}

/* Moves between pairs: a frozenset made by the set algebra (built as a set,
 * then retyped) is counted under frozenset on its line and no set is left
 * there; a set updated in place with &= takes its result's table, and its
 * line's set bytes stay what its size slot says while the result's line
 * keeps nothing; a function is charged to the line that defines it. */
TEST(pairs_follow_retype_swap_and_move)
{
    rt_state *rt = start(0);
    const char *src = "import sys\n"
                      "s = set(range(40))\n"
                      "fz = frozenset(range(5)) | frozenset(range(3, 9))\n"
                      "s &= set(range(2, 20))\n"
                      "def f():\n"
                      "    return lambda: 0\n"
                      "g = f()\n"
                      "print(sys.getsizeof(s), sys.getsizeof(fz))\n";
    CHECK_EQ_INT(run(rt, src), RT_DONE);
    unsigned long set_b = 0, fz_b = 0;
    CHECK_EQ_INT(sscanf(out.data, "%lu %lu", &set_b, &fz_b), 2);
    uint16_t l2 = rt_site_intern(rt, "acct.py", 2), l3 = rt_site_intern(rt, "acct.py", 3),
             l4 = rt_site_intern(rt, "acct.py", 4), l6 = rt_site_intern(rt, "acct.py", 6),
             l7 = rt_site_intern(rt, "acct.py", 7);
    CHECK_EQ_INT(rt_heap_by_site_type(rt, l3, RT_T_FROZENSET).objects, 1);
    CHECK_EQ_INT(rt_heap_by_site_type(rt, l3, RT_T_FROZENSET).bytes, fz_b);
    CHECK_EQ_INT(rt_heap_by_site_type(rt, l3, RT_T_SET).objects, 0);
    CHECK_EQ_INT(rt_heap_by_site_type(rt, l3, RT_T_SET).bytes, 0);
    CHECK_EQ_INT(rt_heap_by_site_type(rt, l2, RT_T_SET).objects, 1);
    CHECK_EQ_INT(rt_heap_by_site_type(rt, l2, RT_T_SET).bytes, set_b);
    CHECK_EQ_INT(rt_heap_by_site_type(rt, l4, RT_T_SET).objects, 0);
    CHECK_EQ_INT(rt_heap_by_site_type(rt, l4, RT_T_SET).bytes, 0);
    /* the lambda is defined on line 6 and made when line 7 calls f */
    CHECK_EQ_INT(rt_heap_by_site_type(rt, l6, RT_T_FUNCTION).objects, 1);
    CHECK_EQ_INT(rt_heap_by_site_type(rt, l7, RT_T_FUNCTION).objects, 0);
    CHECK(books_balance(rt));
    rt_state_free(rt);
}

/* Every way a frame is made charges its births to the line executing in it
 * (the table of sites of the frame's code, read from the frame's ip): a
 * call of exactly its positional parameters (the inline push), a call with
 * a keyword argument (the general push), a generator's frame after its move
 * into the generator and after each resume, frames deep enough to need new
 * chunks of the VM stack, a class body and code run by exec(). Each line's
 * lists are counted exactly, and the calling lines hold none. */
TEST(sites_follow_every_kind_of_frame)
{
    rt_state *rt = start(0);
    const char *src = "keep = []\n"                                    /* 1 */
                      "def plain(n):\n"                                /* 2 */
                      "    keep.append([n])\n"                         /* 3 */
                      "def kw(n, *, k=1):\n"                           /* 4 */
                      "    keep.append([n, k])\n"                      /* 5 */
                      "def gen(n):\n"                                  /* 6 */
                      "    for i in range(n):\n"                       /* 7 */
                      "        yield i\n"                              /* 8 */
                      "        keep.append([i])\n"                     /* 9 */
                      "def deep(n, a=0, b=0, c=0, d=0):\n"             /* 10 */
                      "    if n:\n"                                    /* 11 */
                      "        deep(n - 1)\n"                          /* 12 */
                      "    keep.append([n])\n"                         /* 13 */
                      "class C:\n"                                     /* 14 */
                      "    keep.append([0])\n"                         /* 15 */
                      "plain(1); plain(2)\n"                           /* 16 */
                      "kw(1, k=2)\n"                                   /* 17 */
                      "for _ in gen(3): pass\n"                        /* 18 */
                      "deep(900)\n"                                    /* 19 */
                      "exec('keep.append([1])\\nkeep.append([2])')\n"; /* 20 */
    CHECK_EQ_INT(run(rt, src), RT_DONE);
    static const struct {
        int line;
        uint64_t lists;
    } want[] = {{3, 2},  {5, 1},  {9, 3},  {13, 901}, {15, 1},
                {16, 0}, {17, 0}, {18, 0}, {19, 0},   {20, 0}};
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
        uint16_t line = rt_site_intern(rt, "acct.py", want[i].line);
        rt_heap_counts l = rt_heap_by_site_type(rt, line, RT_T_LIST);
        if (l.objects != want[i].lists)
            fprintf(stderr, "  line %d: %llu lists, want %llu\n", want[i].line,
                    (unsigned long long)l.objects, (unsigned long long)want[i].lists);
        CHECK_EQ_INT(l.objects, want[i].lists);
    }
    CHECK_EQ_INT(rt_heap_by_site_type(rt, rt_site_intern(rt, "<string>", 1), RT_T_LIST).objects, 1);
    CHECK_EQ_INT(rt_heap_by_site_type(rt, rt_site_intern(rt, "<string>", 2), RT_T_LIST).objects, 1);
    CHECK(books_balance(rt));
    rt_state_free(rt);
}

/* The live objects are the sum of the pairs' counts (heap.c:
 * rt_heap_live_objects; with the accounting nothing else counts them): known
 * numbers of births move it by exactly that many, across the table's growth
 * past its first rows, deaths by reference counting and by a collection
 * bring it back, and the totals, the allocated count (live + freed) and the
 * histograms agree with it at every step. A debug build also checks the sum
 * against a counter kept at every birth and death. */
TEST(live_objects_are_the_pairs_sum)
{
    rt_state *rt = start(0);
    const char *src = "import gc; gc.disable()\n"
                      "keep = []\n"
                      "def floats():\n"
                      "    keep.append([float(i) + 0.5 for i in range(1000)])\n"
                      "def pairs():\n"
                      "    keep.append([(i, -i) for i in range(500)])\n"
                      "def cycles():\n"
                      "    for i in range(300):\n"
                      "        d = {}\n"
                      "        d['self'] = d\n"
                      "def lines():\n"
                      "    src = ''.join('keep.append([%d])\\n' % i for i in range(200))\n"
                      "    exec(compile(src, 'lines.py', 'exec'))\n"
                      "def clear():\n"
                      "    keep.clear()\n"
                      "    gc.collect()\n";
    CHECK_EQ_INT(run(rt, src), RT_DONE);
    CHECK_EQ_INT(call(rt, "clear"), RT_DONE);
    CHECK(books_balance(rt));
    uint64_t base = rt_heap_live_objects(rt);
    rt_heap_totals t;
    rt_heap_totals_get(rt, &t);
    CHECK_EQ_INT(t.live_objects, base);
    /* a list of 1,000 floats: 1,001 objects */
    CHECK_EQ_INT(call(rt, "floats"), RT_DONE);
    CHECK_EQ_INT(rt_heap_live_objects(rt) - base, 1001);
    /* a list of 500 tuples of two small ints: 501 more */
    CHECK_EQ_INT(call(rt, "pairs"), RT_DONE);
    CHECK_EQ_INT(rt_heap_live_objects(rt) - base, 1502);
    CHECK(books_balance(rt));
    /* 200 lines of a new file, one list kept by each: the table grows by
     * rows while the count stays the sum */
    CHECK_EQ_INT(call(rt, "lines"), RT_DONE);
    CHECK_EQ_INT(rt_heap_by_site_type(rt, rt_site_intern(rt, "lines.py", 200), RT_T_LIST).objects,
                 1);
    CHECK(books_balance(rt));
    rt_heap_totals_get(rt, &t);
    CHECK_EQ_INT(t.live_objects, rt_heap_live_objects(rt));
    CHECK_EQ_INT(t.allocated_objects - t.freed_objects, t.live_objects);
    CHECK(t.live_objects >= base + 1502 + 200);
    /* 300 dicts that hold themselves: garbage that only a collection frees */
    uint64_t before = rt_heap_live_objects(rt);
    CHECK_EQ_INT(call(rt, "cycles"), RT_DONE);
    CHECK_EQ_INT(rt_heap_live_objects(rt) - before, 300);
    CHECK_EQ_INT(call(rt, "clear"), RT_DONE);
    CHECK(books_balance(rt));
    rt_heap_totals_get(rt, &t);
    CHECK_EQ_INT(t.live_objects, rt_heap_live_objects(rt));
    CHECK_EQ_INT(t.allocated_objects - t.freed_objects, t.live_objects);
    /* everything made since is gone again (the exec'd code with it) */
    CHECK_EQ_INT(rt_heap_live_objects(rt), base);
    rt_state_free(rt);
}

RUN_TESTS(CASE(counts_exact_after_churn), CASE(peak_follows_new_highs_only),
          CASE(limit_past_the_peak), CASE(limit_and_stress_switch_stop_the_fast_path),
          CASE(override_charges_the_override), CASE(buffers_exact_and_limited),
          CASE(pairs_exact_across_many_sites), CASE(pairs_follow_retype_swap_and_move),
          CASE(sites_follow_every_kind_of_frame), CASE(live_objects_are_the_pairs_sum))
