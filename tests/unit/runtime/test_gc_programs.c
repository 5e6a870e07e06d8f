/* test_gc_programs.c: the collector, the accounting and the limits seen
 * from Python programs: closure cycles freed only by the collector, the heap
 * back to its baseline, MemoryError / RecursionError caught with the runtime
 * going on, the instruction budget, and a stress run whose collector totals
 * match what the program created. */
#include <stdlib.h>
#include <string.h>

#include "runtime/dict.h"
#include "runtime/gc.h"
#include "runtime/heap.h"
#include "runtime/module.h"
#include "runtime/rt.h"
#include "runtime/rt_inspect.h"
#include "runtime/site.h"
#include "runtime/state.h"
#include "runtime/tuple.h"
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
    return run_source(rt, "t.py", src);
}

static rt_status call(rt_state *rt, const char *name)
{
    return run_global(rt, name);
}

static void totals(rt_state *rt, rt_inspect_totals *t)
{
    rt_inspect_totals_get(rt, t);
}

static uint64_t collected_total(rt_state *rt)
{
    rt_inspect_gc g;
    rt_inspect_gc_get(rt, &g);
    return g.gen[0].collected + g.gen[1].collected + g.gen[2].collected;
}

TEST(test_closure_cycles_freed_only_by_collector)
{
    rt_state *rt = start(0);
    const char *src = "import gc\n"
                      "gc.disable()\n"
                      "def self_capture():\n"
                      "    def f():\n"
                      "        return f\n"
                      "    return f\n"
                      "def mutual():\n"
                      "    def g():\n"
                      "        return h\n"
                      "    def h():\n"
                      "        return g\n"
                      "    return g\n"
                      "def in_list():\n"
                      "    items = []\n"
                      "    def k():\n"
                      "        return items\n"
                      "    items.append(k)\n"
                      "    return k\n"
                      "def work(n):\n"
                      "    for i in range(n):\n"
                      "        self_capture()\n"
                      "        mutual()\n"
                      "        in_list()\n"
                      "work(1)\n"
                      "gc.collect()\n";
    CHECK_EQ_INT(run(rt, src), RT_DONE);
    rt_inspect_totals t0, t1;
    totals(rt, &t0);
    uint64_t c0 = collected_total(rt);
    CHECK_EQ_INT(run(rt, "work(100)\n"), RT_DONE);
    totals(rt, &t1);
    CHECK_EQ_INT(t1.closures - t0.closures, 400); /* all alive: refcounting cannot free them */
    uint64_t live_before = t1.heap_bytes;
    CHECK_EQ_INT(rt_gc_collect(rt, 2, true, NULL), 100 * (2 + 4 + 3));
    rt_inspect_totals t2;
    totals(rt, &t2);
    CHECK_EQ_INT(t2.closures, t0.closures);
    CHECK_EQ_INT(collected_total(rt) - c0, 900);
    CHECK_EQ_INT(t2.gc_freed_objects_total - t1.gc_freed_objects_total, 900);
    CHECK(t2.gc_freed_bytes_total - t1.gc_freed_bytes_total == live_before - t2.heap_bytes);
    rt_state_free(rt);
}

/* Cycles through suspended generator frames are freed by the collector
 * alone; one suspended in a try block is closed first (its finally runs),
 * and one whose finally makes it reachable again survives. */
TEST(test_generator_cycles_collected)
{
    rt_state *rt = start(0);
    const char *src = "import gc\n"
                      "gc.disable()\n"
                      "log = [None] * 50\n"
                      "keep = []\n"
                      "def selfref():\n"
                      "    me = yield\n"
                      "    yield me\n"
                      "def guarded(tag):\n"
                      "    box = [None]\n"
                      "    try:\n"
                      "        box[0] = yield box\n"
                      "    finally:\n"
                      "        log[tag] = tag\n"
                      "def resurrect():\n"
                      "    me = yield\n"
                      "    try:\n"
                      "        yield me\n"
                      "    finally:\n"
                      "        keep.append(me)\n"
                      "def work(n):\n"
                      "    for i in range(n):\n"
                      "        g = selfref()\n"
                      "        next(g)\n"
                      "        g.send(g)\n"
                      "        h = guarded(i)\n"
                      "        b = next(h)\n"
                      "        b.append(h)\n"
                      "gc.collect()\n";
    CHECK_EQ_INT(run(rt, src), RT_DONE);
    rt_inspect_totals t0, t1, t2;
    totals(rt, &t0);
    CHECK_EQ_INT(run(rt, "work(50)\n"), RT_DONE);
    totals(rt, &t1);
    CHECK(t1.heap_bytes > t0.heap_bytes); /* refcounting freed none of them */
    CHECK(rt_gc_collect(rt, 2, true, NULL) >= 100);
    totals(rt, &t2);
    CHECK_EQ_INT(t2.heap_bytes, t0.heap_bytes);
    out.len = 0;
    CHECK_EQ_INT(run(rt, "print(len(log), log == list(range(50)))\n"), RT_DONE);
    CHECK_EQ_STR(out.data, "50 True\n");
    /* a finally that stores the generator somewhere keeps the cycle alive */
    CHECK_EQ_INT(run(rt, "r = resurrect()\nnext(r)\nr.send(r)\ndel r\n"), RT_DONE);
    rt_gc_collect(rt, 2, true, NULL);
    out.len = 0;
    CHECK_EQ_INT(run(rt, "print(len(keep), keep[0].gi_suspended)\n"), RT_DONE);
    CHECK_EQ_STR(out.data, "1 False\n");
    rt_state_free(rt);
}

/* Instances in cycles (directly, through their __dict__, through a bound
 * method stored on the instance: the classic callback leak, and through a
 * class's own methods) are freed by the collector only, and every byte
 * comes back. */
TEST(test_instance_cycles_freed_only_by_collector)
{
    rt_state *rt = start(0);
    const char *src = "import gc\n"
                      "gc.disable()\n"
                      "class Node:\n"
                      "    def __init__(self):\n"
                      "        self.peer = None\n"
                      "    def ping(self):\n"
                      "        return self\n"
                      "class Slotted:\n"
                      "    __slots__ = ('other',)\n"
                      "def work(n):\n"
                      "    for i in range(n):\n"
                      "        a, b = Node(), Node()\n"
                      "        a.peer, b.peer = b, a\n" /* instance <-> instance */
                      "        c = Node()\n"
                      "        c.cb = c.ping\n" /* instance -> dict -> bound method -> instance */
                      "        s = Slotted()\n"
                      "        s.other = s\n" /* through a slot */
                      "        def make():\n"
                      "            class Local:\n"
                      "                def m(self):\n"
                      "                    return __class__\n"
                      "            return Local()\n"
                      "        make()\n" /* class <-> dict <-> function <-> __class__ cell */
                      "work(1)\n"
                      "gc.collect()\n";
    CHECK_EQ_INT(run(rt, src), RT_DONE);
    rt_inspect_totals t0, t1, t2;
    totals(rt, &t0);
    CHECK_EQ_INT(run(rt, "work(50)\n"), RT_DONE);
    totals(rt, &t1);
    CHECK(t1.heap_objects > t0.heap_objects + 50 * 6); /* refcounting freed none of them */
    uint64_t freed = (uint64_t)rt_gc_collect(rt, 2, true, NULL);
    CHECK(freed >= 50 * 6);
    totals(rt, &t2);
    CHECK_EQ_INT(t2.heap_objects, t0.heap_objects);
    CHECK_EQ_INT(t2.heap_bytes, t0.heap_bytes);
    rt_state_free(rt);
}

/* sys.getsizeof of an instance is its block (header, inline value count
 * and room, class, dict pointer, slot values, inline values) plus the
 * collector's link, as the accounting counts it. */
TEST(test_getsizeof_instances)
{
    rt_state *rt = start(0);
    const char *src = "import sys\n"
                      "class A:\n"
                      "    def m(self):\n"
                      "        pass\n"
                      "class S:\n"
                      "    __slots__ = ('x', 'y', 'z')\n"
                      "print(sys.getsizeof(A()), sys.getsizeof(S()), sys.getsizeof(A().m))\n";
    CHECK_EQ_INT(run(rt, src), RT_DONE);
    CHECK_EQ_STR(out.data, "48 72 64\n");
    rt_state_free(rt);
}

TEST(test_heap_back_to_baseline)
{
    rt_state *rt = start(0);
    const char *src = "import gc\n"
                      "def build():\n"
                      "    big = [[i, str(i), (i, i * 2.5)] for i in range(20000)]\n"
                      "    d = {str(i): [i] * 3 for i in range(5000)}\n"
                      "    s = set(range(3000))\n"
                      "    fns = []\n"
                      "    for i in range(2000):\n"
                      "        def f(x, i=i):\n"
                      "            return x + i + len(big)\n"
                      "        fns.append(f)\n"
                      "    cyc = []\n"
                      "    cyc.append(cyc)\n"
                      "    node = {'self': None}\n"
                      "    node['self'] = node\n"
                      "    return len(big) + len(d) + len(s) + len(fns)\n"
                      "def work():\n"
                      "    build()\n"
                      "    gc.collect()\n"
                      "work()\n";
    CHECK_EQ_INT(run(rt, src), RT_DONE);
    rt_inspect_totals t0, t1;
    totals(rt, &t0);
    CHECK_EQ_INT(call(rt, "work"), RT_DONE);
    totals(rt, &t1);
    CHECK_EQ_INT(t1.heap_bytes, t0.heap_bytes);
    CHECK_EQ_INT(t1.heap_objects, t0.heap_objects);
    CHECK(t1.heap_peak_bytes > t0.heap_bytes + 1000000);
    rt_state_free(rt);
}

TEST(test_getsizeof_matches_accounting)
{
    rt_state *rt = start(0);
    const char *src = "import sys\n"
                      "x = [1, 2, 3]\n"
                      "def f():\n"
                      "    return x\n"
                      "print(sys.getsizeof(x) > 0, sys.getsizeof(f) > 0, sys.getsizeof(1))\n";
    CHECK_EQ_INT(run(rt, src), RT_DONE);
    CHECK_EQ_STR(out.data, "True True 8\n");
    rt_inspect_totals t0, t1;
    totals(rt, &t0);
    /* a list of 1000 ints: its size slot is exactly what the heap charged */
    CHECK_EQ_INT(run(rt, "y = list(range(1000))\nprint(sys.getsizeof(y))\n"), RT_DONE);
    totals(rt, &t1);
    long reported = atol(strchr(out.data, '\n') + 1);
    CHECK(reported > 8000);
    CHECK(t1.heap_bytes - t0.heap_bytes >= (uint64_t)reported);
    /* a suspended generator: its size is its frame's, exactly what the heap
     * charges to the generator type; more locals make a bigger one */
    out.len = 0;
    CHECK_EQ_INT(
        run(rt, "def gen(a, b):\n"
                "    c = a + b\n"
                "    yield c\n"
                "g = gen(1, 2)\n"
                "next(g)\n"
                "def wide(a, b, c, d, e, f, g, h):\n"
                "    yield a\n"
                "print(sys.getsizeof(g), sys.getsizeof(wide(*range(8))) - sys.getsizeof(g))\n"),
        RT_DONE);
    long gsize = atol(out.data);
    CHECK(gsize > 0);
    CHECK_EQ_INT((uint64_t)gsize, rt_heap_by_type(rt, RT_T_GENERATOR).bytes);
    CHECK(atol(strchr(out.data, ' ') + 1) > 0);
    rt_state_free(rt);
}

TEST(test_memory_error_caught_and_runtime_goes_on)
{
    rt_state *rt = start(4u << 20); /* 4 MiB */
    const char *src = "import gc\n"
                      "caught = 0\n"
                      "try:\n"
                      "    x = [0] * 10000000\n"
                      "except MemoryError:\n"
                      "    caught += 1\n"
                      "def grow():\n"
                      "    acc = []\n"
                      "    while True:\n"
                      "        acc.append([1, 2, 3])\n"
                      "try:\n"
                      "    grow()\n"
                      "except MemoryError:\n"
                      "    caught += 1\n"
                      "def make(n):\n"
                      "    def f():\n"
                      "        return n\n"
                      "    return f\n"
                      "total = sum(make(i)() for i in range(10000))\n"
                      "gc.collect()\n"
                      "print(caught, total)\n";
    CHECK_EQ_INT(run(rt, src), RT_DONE);
    CHECK_EQ_STR(out.data, "2 49995000\n");
    rt_inspect_totals t;
    totals(rt, &t);
    CHECK(t.heap_bytes < (4u << 20));
    CHECK(t.heap_peak_bytes <= (4u << 20) + 4096);
    /* the state is still usable after an uncaught MemoryError too */
    CHECK_EQ_INT(run(rt, "z = [0] * 10000000\n"), RT_ERR_RUNTIME);
    CHECK_EQ_STR(rt_error_get(rt)->type_name, "MemoryError");
    out.len = 0;
    CHECK_EQ_INT(run(rt, "print(len([1] * 1000))\n"), RT_DONE);
    CHECK_EQ_STR(out.data, "1000\n");
    rt_state_free(rt);
}

TEST(test_recursion_error_caught_and_runtime_goes_on)
{
    rt_state *rt = start(0);
    const char *src = "import sys\n"
                      "def down(n):\n"
                      "    return down(n + 1)\n"
                      "def outer():\n"
                      "    def inner(n):\n"
                      "        return inner(n + 1)\n"
                      "    return inner(0)\n"
                      "caught = 0\n"
                      "for fn in (lambda: down(0), outer):\n"
                      "    try:\n"
                      "        fn()\n"
                      "    except RecursionError:\n"
                      "        caught += 1\n"
                      "sys.setrecursionlimit(50)\n"
                      "try:\n"
                      "    down(0)\n"
                      "except RecursionError as e:\n"
                      "    caught += 1\n"
                      "print(caught, sys.getrecursionlimit())\n";
    CHECK_EQ_INT(run(rt, src), RT_DONE);
    CHECK_EQ_STR(out.data, "3 50\n");
    rt_inspect_totals t;
    totals(rt, &t);
    CHECK_EQ_INT(run(rt, "down(0)\n"), RT_ERR_RUNTIME);
    CHECK_EQ_STR(rt_error_get(rt)->type_name, "RecursionError");
    rt_inspect_totals t2;
    totals(rt, &t2);
    CHECK_EQ_INT(t2.heap_bytes - t.heap_bytes < 4096, 1); /* frames and their values released */
    rt_state_free(rt);
}

TEST(test_instruction_budget)
{
    rt_state *rt = start(0);
    const char *src = "n = 0\nwhile True:\n    n += 1\n";
    CHECK_EQ_INT(rt_load(rt, "t.py", src, strlen(src)), RT_OK);
    rt_budget b = {10000, 0};
    uint64_t before = rt->instructions;
    for (int i = 0; i < 50; i++)
        CHECK_EQ_INT(rt_run(rt, &b), RT_YIELD);
    uint64_t used = rt->instructions - before;
    CHECK(used >= 50 * 10000);
    CHECK(used <= 50 * (10000 + 100));
    rt_state_free(rt);
}

/* A program whose generators are suspended and resumed by for loops and
 * yield from runs in slices of a few instructions: a slice may end while a
 * generator's frame is linked, and the next slice goes on from there. The
 * output is the one an unbudgeted run prints. */
TEST(test_generators_across_slices)
{
    const char *src = "def leaves(n):\n"
                      "    if n == 0:\n"
                      "        yield 1\n"
                      "        return 5\n"
                      "    a = yield from leaves(n - 1)\n"
                      "    b = yield from leaves(n - 1)\n"
                      "    return a + b\n"
                      "def total():\n"
                      "    t = 0\n"
                      "    for x in leaves(6):\n"
                      "        t += x\n"
                      "    r = yield from leaves(3)\n"
                      "    yield t\n"
                      "    return r\n"
                      "got = []\n"
                      "for x in total():\n"
                      "    got.append(x)\n"
                      "s = 0\n"
                      "for x in (x * x for x in range(300)):\n"
                      "    s += x\n"
                      "print(got, s)\n";
    rt_state *rt = start(0);
    CHECK_EQ_INT(rt_load(rt, "t.py", src, strlen(src)), RT_OK);
    rt_budget b = {7, 0};
    rt_status st;
    int slices = 0;
    while ((st = rt_run(rt, &b)) == RT_YIELD)
        slices++;
    CHECK_EQ_INT(st, RT_DONE);
    CHECK(slices > 50);
    CHECK_EQ_STR(out.data, "[1, 1, 1, 1, 1, 1, 1, 1, 64] 8955050\n");
    rt_state_free(rt);
}

TEST(test_stress_million_closures_ten_thousand_cycles)
{
    rt_state *rt = start(0);
    const char *src = "import gc\n"
                      "def mk(i):\n"
                      "    def f():\n"
                      "        return i\n"
                      "    return f\n"
                      "def cyc():\n"
                      "    def g():\n"
                      "        return g\n"
                      "    return g\n"
                      "gc.collect()\n"
                      "def work():\n"
                      "    s = 0\n"
                      "    for i in range(1000000):\n"
                      "        s += mk(i)()\n"
                      "    for i in range(10000):\n"
                      "        cyc()\n"
                      "    gc.collect()\n"
                      "    return s\n";
    CHECK_EQ_INT(run(rt, src), RT_DONE);
    rt_inspect_totals t0, t1;
    totals(rt, &t0);
    uint64_t c0 = collected_total(rt);
    CHECK_EQ_INT(call(rt, "work"), RT_DONE);
    totals(rt, &t1);
    /* every cycle is one function and its cell, found by the collector */
    CHECK_EQ_INT(collected_total(rt) - c0, 20000);
    CHECK_EQ_INT(t1.gc_freed_objects_total - t0.gc_freed_objects_total, 20000);
    /* a million functions and their cells by refcounting, at least */
    CHECK(t1.refcount_freed_objects_total - t0.refcount_freed_objects_total >= 2000000);
    CHECK_EQ_INT(t1.closures, t0.closures);
    /* nothing leaked: the only growth is work's module attribute cache
     * (module.h), made by its first gc.collect */
    CHECK_EQ_INT(t1.heap_bytes, t0.heap_bytes + RT_MSITES * sizeof(rt_msite));
    rt_inspect_gc g;
    rt_inspect_gc_get(rt, &g);
    CHECK(g.gen[0].collections > 10); /* thresholds triggered collections on the way */
    rt_state_free(rt);
}

typedef struct seen {
    int n;
    int line;
    char qualname[64];
    char file[32];
    char vars[256];
    uint64_t env, env_shallow;
    uint32_t shared;
} seen;

static int on_closure(void *ctx, const rt_inspect_closure *c)
{
    seen *s = ctx;
    if (strcmp(c->qualname, "counter.<locals>.inc") != 0)
        return 0;
    s->n++;
    s->line = c->line;
    snprintf(s->qualname, sizeof s->qualname, "%s", c->qualname);
    snprintf(s->file, sizeof s->file, "%s", c->filename);
    s->vars[0] = 0;
    for (size_t i = 0; i < c->nvars; i++) {
        size_t len = strlen(s->vars);
        snprintf(s->vars + len, sizeof s->vars - len, "%s%s:%s=%s", i ? " " : "", c->vars[i].name,
                 c->vars[i].type_name, c->vars[i].repr);
        s->shared += c->vars[i].shared_with;
    }
    s->env = c->env_bytes;
    s->env_shallow = c->env_shallow_bytes;
    return 0;
}

static int count_bucket(void *ctx, const rt_inspect_bucket *b)
{
    int *n = ctx;
    if (b->objects > 0 && b->bytes > 0)
        (*n)++;
    return 0;
}

TEST(test_inspect_closures_of_a_program)
{
    rt_state *rt = start(0);
    const char *src = "def counter(label):\n"
                      "    n = 0\n"
                      "    log = [label]\n"
                      "    def inc():\n"
                      "        nonlocal n\n"
                      "        n += 1\n"
                      "        log.append(n)\n"
                      "        return n\n"
                      "    def peek():\n"
                      "        return n\n"
                      "    return inc, peek\n"
                      "a, pa = counter('clicks')\n"
                      "a()\n";
    CHECK_EQ_INT(run(rt, src), RT_DONE);
    seen s = {0};
    rt_inspect_closures(rt, on_closure, &s);
    CHECK_EQ_INT(s.n, 1);
    CHECK_EQ_INT(s.line, 4);
    CHECK_EQ_STR(s.file, "t.py");
    CHECK_EQ_STR(s.vars, "log:list=['clicks', 1] n:int=1");
    CHECK_EQ_INT(s.shared, 1); /* n's cell is shared with peek */
    /* env bytes: the list's shallow size + one word for the small int */
    CHECK(s.env > 8);
    /* the cells: n's holds an int (16 bytes), log's a list (boxed: 16 + 40) */
    CHECK_EQ_INT(s.env_shallow, s.env + 16 + 56);
    rt_inspect_totals t;
    rt_inspect_totals_get(rt, &t);
    CHECK_EQ_INT(t.closures, 2);
    int types = 0, sites = 0;
    rt_inspect_by_type(rt, count_bucket, &types);
    rt_inspect_by_site(rt, count_bucket, &sites);
    CHECK(types >= 5);
    CHECK(sites >= 3);
    rt_state_free(rt);
}

TEST(test_inspect_collect_between_slices)
{
    rt_state *rt = start(0);
    const char *src = "import gc\n"
                      "seen = []\n"
                      "def cb(phase, info):\n"
                      "    seen.append((phase, info['generation'], info['collected']))\n"
                      "gc.callbacks.append(cb)\n"
                      "def cyc():\n"
                      "    def g():\n"
                      "        return g\n"
                      "    return g\n"
                      "i = 0\n"
                      "while True:\n"
                      "    cyc()\n"
                      "    i += 1\n";
    CHECK_EQ_INT(rt_load(rt, "t.py", src, strlen(src)), RT_OK);
    rt_budget b = {2000, 0};
    CHECK_EQ_INT(rt_run(rt, &b), RT_YIELD);
    rt_gc_event ev;
    CHECK_EQ_INT(rt_inspect_collect(rt, 2, &ev), 0);
    CHECK(ev.manual);
    CHECK_EQ_INT(ev.generation, 2);
    CHECK(ev.collected >= 2);
    CHECK(ev.heap_bytes_after < ev.heap_bytes_before);
    CHECK_EQ_INT(rt_inspect_collect(rt, 3, &ev), -1);
    CHECK_EQ_INT(rt_run(rt, &b), RT_YIELD); /* the program goes on */
    rt_state_free(rt);
}

TEST(test_deep_chains_free_without_recursion)
{
    rt_state *rt = start(0);
    const char *src =
        "import gc\n"
        "def mk(prev):\n"
        "    def f():\n"
        "        return prev\n"
        "    return f\n"
        "def chains():\n"
        "    x = None\n"
        "    for i in range(300000):\n"
        "        x = [x]\n"
        "    x = None\n"
        "    for i in range(100000):\n"
        "        x = mk(x)\n"
        "    x = None\n"
        "    first = [None]\n"
        "    y = first\n"
        "    for i in range(100000):\n"
        "        y = [y]\n"
        "    first[0] = y\n" /* a cycle through a deep chain: the collector frees it */
        "    first = y = None\n"
        "    return gc.collect()\n"
        "gc.disable()\n"
        "print(chains())\n";
    CHECK_EQ_INT(run(rt, src), RT_DONE);
    CHECK_EQ_STR(out.data, "100001\n");
    rt_inspect_totals t;
    rt_inspect_totals_get(rt, &t);
    CHECK(t.refcount_freed_objects_total >= 500000);
    CHECK(t.gc_freed_objects_total >= 100000);
    CHECK_EQ_INT(rt->heap.trash == NULL, 1);
    CHECK_EQ_INT(rt->heap.dealloc_depth, 0);
    rt_state_free(rt);
}

TEST(test_memory_error_requests_a_full_collection)
{
    rt_state *rt = start(2u << 20); /* 2 MiB */
    const char *src = "import gc\n"
                      "gc.set_threshold(1000000)\n" /* no collection by threshold */
                      "def garbage():\n"
                      "    def f():\n"
                      "        return f\n"
                      "    return f\n"
                      "def fill():\n"
                      "    n = 0\n"
                      "    while True:\n"
                      "        garbage()\n"
                      "        n += 1\n"
                      "failures = 0\n"
                      "try:\n"
                      "    fill()\n"
                      "except MemoryError:\n"
                      "    failures += 1\n"
                      "big = [0] * 10000\n" /* room again: the cycles were collected */
                      "print(failures, len(big), gc.get_stats()[2]['collected'] > 1000)\n";
    CHECK_EQ_INT(run(rt, src), RT_DONE);
    CHECK_EQ_STR(out.data, "1 10000 True\n");
    rt_state_free(rt);
}

typedef struct idset {
    uint64_t ids[512];
    size_t n;
} idset;

static int collect_id(void *ctx, const rt_inspect_closure *c)
{
    idset *s = ctx;
    if (s->n < 512)
        s->ids[s->n] = c->id;
    s->n++;
    return 0;
}

static int count_one(void *ctx, const rt_inspect_closure *c)
{
    (void)c;
    ++*(int *)ctx;
    return 0;
}

/* The registry's O(1) births and deaths (a dense array, each closure holding
 * its own index) with closures that get attribute dicts, die in any order,
 * and are cleared by the collector. */
TEST(test_registry_births_deaths_and_attribute_dicts)
{
    rt_state *rt = start(0);
    const char *src =
        "import gc\n"
        "def mk(i):\n"
        "    def f():\n"
        "        return i\n"
        "    return f\n"
        "fs = [mk(i) for i in range(300)]\n"
        "for i in range(0, 300, 3):\n"
        "    fs[i].tag = i\n"
        "for i in range(0, 300, 7):\n"
        "    fs[i].self = fs[i]\n" /* a cycle through the attribute dict */
        "for i in range(299, -1, -2):\n"
        "    fs[i] = None\n"
        "for i in range(0, 300, 4):\n"
        "    fs[i] = None\n"
        "gc.collect()\n"
        "live = [f for f in fs if f is not None]\n"
        "print(len(live), sum(f() for f in live), sum(f.tag for f in live if f() % 3 == 0))\n";
    CHECK_EQ_INT(run(rt, src), RT_DONE);
    /* even i not divisible by 4: 2, 6, 10, ... 298 -> 75 closures */
    CHECK_EQ_STR(out.data, "75 11250 3750\n");
    rt_inspect_totals t;
    rt_inspect_totals_get(rt, &t);
    CHECK_EQ_INT(t.closures, 75);
    idset s = {{0}, 0};
    rt_inspect_closures(rt, collect_id, &s);
    CHECK_EQ_INT(s.n, 75);
    for (size_t i = 0; i < s.n; i++) {
        int n = 0;
        CHECK_EQ_INT(rt_inspect_closure_get(rt, s.ids[i], NULL, count_one, &n), 0);
        CHECK_EQ_INT(n, 1);
        for (size_t j = 0; j < i; j++)
            CHECK(s.ids[j] != s.ids[i]);
    }
    int n = 0;
    CHECK_EQ_INT(rt_inspect_closure_get(rt, 8, NULL, count_one, &n), -1);
    CHECK_EQ_INT(rt_inspect_closure_get(rt, 1, NULL, count_one, &n), -1);
    CHECK_EQ_INT(n, 0);
    /* the listing's order depends only on the program, not on addresses */
    idset again = {{0}, 0};
    rt_inspect_closures(rt, collect_id, &again);
    CHECK_EQ_INT(memcmp(s.ids, again.ids, sizeof s.ids), 0);
    out.len = 0;
    CHECK_EQ_INT(run(rt, "live = None\nfs = None\ngc.collect()\n"), RT_DONE);
    rt_inspect_totals_get(rt, &t);
    CHECK_EQ_INT(t.closures, 0);
    rt_state_free(rt);
}

/* The allocation fast path (a running frame: the site from the per-instruction
 * memo or the code's table by line) charges exactly what the slow path does:
 * objects and bytes by site and by type, and the totals (allocated = live +
 * freed), back to their baseline when the program drops what it made. */
TEST(test_site_and_type_counts_exact_from_a_program)
{
    rt_state *rt = start(0);
    const char *src = "keep_a = []\n"
                      "keep_b = []\n"
                      "def fill(n=1000):\n"
                      "    for i in range(n):\n"
                      "        keep_a.append((i, -i))\n"
                      "        keep_b.append([i]); t = (i,)\n"
                      "def drop():\n"
                      "    keep_a.clear()\n"
                      "    keep_b.clear()\n";
    CHECK_EQ_INT(run(rt, src), RT_DONE);
    rt_value t2 = rt_tuple_new(rt, 2);
    size_t tuple2 = rt_value_sizeof(t2);
    rt_decref(rt, t2);
    uint16_t line5 = rt_site_intern(rt, "t.py", 5), line6 = rt_site_intern(rt, "t.py", 6);
    uint16_t line1 = rt_site_intern(rt, "t.py", 1), line2 = rt_site_intern(rt, "t.py", 2);
    uint64_t keeps0 = rt_heap_by_site(rt, line1).bytes + rt_heap_by_site(rt, line2).bytes;
    rt_heap_counts tup0 = rt_heap_by_type(rt, RT_T_TUPLE), lst0 = rt_heap_by_type(rt, RT_T_LIST);
    rt_heap_totals h0;
    rt_heap_totals_get(rt, &h0);
    CHECK_EQ_INT(h0.allocated_objects - h0.freed_objects, h0.live_objects);
    CHECK_EQ_INT(h0.allocated_bytes - h0.freed_bytes, h0.live_bytes);

    CHECK_EQ_INT(call(rt, "fill"), RT_DONE);
    rt_heap_counts a = rt_heap_by_site(rt, line5), b = rt_heap_by_site(rt, line6);
    CHECK_EQ_INT(a.objects, 1000);
    CHECK_EQ_INT(a.bytes, 1000 * tuple2);
    /* line 6 keeps 1000 one-item lists; its last one-item tuple `t` is freed
     * when fill returns */
    CHECK_EQ_INT(b.objects, 1000);
    CHECK_EQ_INT(rt_heap_by_type(rt, RT_T_TUPLE).objects - tup0.objects, 1000);
    CHECK_EQ_INT(rt_heap_by_type(rt, RT_T_TUPLE).bytes - tup0.bytes, 1000 * tuple2);
    CHECK_EQ_INT(rt_heap_by_type(rt, RT_T_LIST).objects - lst0.objects, 1000);
    /* the lists' bytes: line 6's and what keep_a and keep_b grew by (their
     * item arrays, charged to their own sites) */
    uint64_t keeps1 = rt_heap_by_site(rt, line1).bytes + rt_heap_by_site(rt, line2).bytes;
    CHECK(keeps1 > keeps0);
    CHECK_EQ_INT(rt_heap_by_type(rt, RT_T_LIST).bytes - lst0.bytes, b.bytes + keeps1 - keeps0);
    rt_heap_totals h1;
    rt_heap_totals_get(rt, &h1);
    CHECK_EQ_INT(h1.allocated_objects - h1.freed_objects, h1.live_objects);
    CHECK_EQ_INT(h1.allocated_bytes - h1.freed_bytes, h1.live_bytes);
    CHECK(h1.allocated_objects >= h0.allocated_objects + 3000); /* the freed `t`s too */
    CHECK(h1.peak_bytes >= h1.live_bytes);

    CHECK_EQ_INT(call(rt, "drop"), RT_DONE);
    CHECK_EQ_INT(rt_heap_by_site(rt, line5).objects, 0);
    CHECK_EQ_INT(rt_heap_by_site(rt, line5).bytes, 0);
    CHECK_EQ_INT(rt_heap_by_site(rt, line6).objects, 0);
    CHECK_EQ_INT(rt_heap_by_site(rt, line6).bytes, 0);
    CHECK_EQ_INT(rt_heap_by_type(rt, RT_T_TUPLE).objects, tup0.objects);
    CHECK_EQ_INT(rt_heap_by_type(rt, RT_T_LIST).objects, lst0.objects);
    rt_state_free(rt);
}

/* The split of frees between reference counting and the collector is
 * taken from the heap's freed counters (gc.h): every object freed is
 * counted once, on one side, even when a collection runs inside a dealloc
 * (here the `finally` of a generator closed by its dealloc). */
TEST(test_freed_split_counts_each_free_once)
{
    rt_state *rt = start(0);
    const char *src = "import gc\n"
                      "gc.disable()\n"
                      "def fin():\n"
                      "    try:\n"
                      "        yield 1\n"
                      "    finally:\n"
                      "        print(gc.collect())\n"
                      "def work():\n"
                      "    a = []\n"
                      "    a.append(a)\n"
                      "    b = [(i, str(i)) for i in range(100)]\n"
                      "    del a\n"
                      "    del b\n"
                      "    it = fin()\n"
                      "    next(it)\n"
                      "    del it\n"
                      "    return 0\n";
    CHECK_EQ_INT(run(rt, src), RT_DONE);
    rt_inspect_totals t0, t1;
    totals(rt, &t0);
    CHECK_EQ_INT(call(rt, "work"), RT_DONE);
    totals(rt, &t1);
    CHECK_EQ_STR(out.data, "1\n"); /* the self-referencing list, freed from inside the dealloc */
    uint64_t rc = t1.refcount_freed_objects_total - t0.refcount_freed_objects_total;
    uint64_t gc = t1.gc_freed_objects_total - t0.gc_freed_objects_total;
    CHECK_EQ_INT(gc, 1);
    CHECK(rc >= 201); /* the tuples, their strs, the list, the generator */
    CHECK_EQ_INT(rc + gc, t1.freed_objects_total - t0.freed_objects_total);
    uint64_t rc_bytes = t1.refcount_freed_bytes_total - t0.refcount_freed_bytes_total;
    uint64_t gc_bytes = t1.gc_freed_bytes_total - t0.gc_freed_bytes_total;
    CHECK(gc_bytes > 0);
    CHECK(rc_bytes + gc_bytes <= t1.freed_bytes_total - t0.freed_bytes_total);
    CHECK(rc_bytes >= 201 * 16);
    rt_state_free(rt);
}

/* A function the collector cleared (its cells gone: a clear that left it
 * referenced) is still callable: its frames make fresh empty cells instead
 * of reading the function's (frame.h), on the exact-arguments call path
 * and on the general one. */
TEST(test_cleared_function_gets_fresh_cells)
{
    rt_state *rt = start(0);
    const char *src = "def outer():\n"
                      "    x = 1\n"
                      "    def f(a):\n"
                      "        return x + a\n"
                      "    return f\n"
                      "f = outer()\n"
                      "def probe():\n"
                      "    for call in (lambda: f(0), lambda: f(a=1), lambda: f(*[2])):\n"
                      "        try:\n"
                      "            print(call())\n"
                      "        except NameError as e:\n"
                      "            print('NameError:', e)\n"
                      "probe()\n";
    CHECK_EQ_INT(run(rt, src), RT_DONE);
    CHECK_EQ_STR(out.data, "1\n2\n3\n");
    rt_value f = rt_dict_get_cstr(rt, rt->globals, "f");
    CHECK(rt_is_obj(f) && rt_as_obj(f)->type == RT_T_FUNCTION);
    if (rt_is_obj(f) && rt_as_obj(f)->type == RT_T_FUNCTION) {
        rt_typeinfos[RT_T_FUNCTION]->clear(rt, rt_as_obj(f));
        out.len = 0;
        out.data[0] = 0;
        CHECK_EQ_INT(call(rt, "probe"), RT_DONE);
        CHECK_EQ_STR(out.data, "NameError: cannot access free variable 'x' where it is not "
                               "associated with a value in enclosing scope\n"
                               "NameError: cannot access free variable 'x' where it is not "
                               "associated with a value in enclosing scope\n"
                               "NameError: cannot access free variable 'x' where it is not "
                               "associated with a value in enclosing scope\n");
    }
    rt_state_free(rt);
}

/* A site is resolved once per instruction and kept in the instruction's
 * code object (code.h: isites): code compiled again and again (exec of two
 * sources in turn, each new code object likely where the last one was
 * freed) charges every object to its own line, never to a site an earlier
 * code object at that address resolved. */
TEST(test_sites_of_code_compiled_in_turn)
{
    rt_state *rt = start(0);
    const char *src = "keep = []\n"
                      "def run():\n"
                      "    for i in range(60):\n"
                      "        if i % 2:\n"
                      "            exec('keep.append([i])', {'i': i, 'keep': keep})\n"
                      "        else:\n"
                      "            exec('\\n\\nkeep.append((i, i))', {'i': i, 'keep': keep})\n";
    CHECK_EQ_INT(run(rt, src), RT_DONE);
    uint16_t line1 = rt_site_intern(rt, "<string>", 1), line3 = rt_site_intern(rt, "<string>", 3);
    rt_heap_counts a0 = rt_heap_by_site(rt, line1), b0 = rt_heap_by_site(rt, line3);
    rt_heap_counts tup0 = rt_heap_by_type(rt, RT_T_TUPLE), lst0 = rt_heap_by_type(rt, RT_T_LIST);
    CHECK_EQ_INT(call(rt, "run"), RT_DONE);
    rt_heap_counts a = rt_heap_by_site(rt, line1), b = rt_heap_by_site(rt, line3);
    CHECK_EQ_INT(a.objects - a0.objects, 30); /* the one-item lists */
    CHECK_EQ_INT(b.objects - b0.objects, 30); /* the pairs */
    CHECK_EQ_INT(rt_heap_by_type(rt, RT_T_TUPLE).objects - tup0.objects, 30);
    CHECK_EQ_INT(rt_heap_by_type(rt, RT_T_LIST).objects - lst0.objects, 30);
    rt_value t2 = rt_tuple_new(rt, 2);
    CHECK_EQ_INT(b.bytes - b0.bytes, 30 * rt_value_sizeof(t2));
    rt_decref(rt, t2);
    rt_state_free(rt);
}

RUN_TESTS(CASE(test_sites_of_code_compiled_in_turn), CASE(test_freed_split_counts_each_free_once),
          CASE(test_cleared_function_gets_fresh_cells),
          CASE(test_closure_cycles_freed_only_by_collector), CASE(test_generator_cycles_collected),
          CASE(test_heap_back_to_baseline), CASE(test_getsizeof_matches_accounting),
          CASE(test_memory_error_caught_and_runtime_goes_on),
          CASE(test_recursion_error_caught_and_runtime_goes_on), CASE(test_instruction_budget),
          CASE(test_generators_across_slices),
          CASE(test_stress_million_closures_ten_thousand_cycles),
          CASE(test_inspect_closures_of_a_program), CASE(test_inspect_collect_between_slices),
          CASE(test_deep_chains_free_without_recursion),
          CASE(test_memory_error_requests_a_full_collection),
          CASE(test_registry_births_deaths_and_attribute_dicts),
          CASE(test_instance_cycles_freed_only_by_collector), CASE(test_getsizeof_instances),
          CASE(test_site_and_type_counts_exact_from_a_program))
