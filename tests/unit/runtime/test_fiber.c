/* test_fiber.c: a budgeted rt_run yields at its slice's end at any depth:
 * Python code run from C (sorted's and list.sort's key, map, filter, min and
 * max, a __lt__, __hash__ or __eq__ written in Python, a generator driven by
 * a builtin) suspends with its C callers and resumes at the next rt_run,
 * with the same output as an unsliced run; a runtime freed while suspended
 * unwinds its nested run (its `finally` runs, nothing leaks); gc.callbacks
 * suspend too (before and after the collection proper), while a
 * generator's `finally` run by the collector does not. Loops written in C
 * that run no Python code (sum over a range, `in` over itertools.count())
 * end their slices and honour the interrupt flag too, and so does a __del__
 * that never returns; a runtime freed with finalizers resurrecting or
 * queued runs none of them. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "runtime/rt.h"
#include "runtime/rt_inspect.h"
#include "tests/harness.h"

typedef struct sink {
    atomic_int flag;
    char out[8192];
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

static rt_state *load(sink *s, const char *src)
{
    memset(s, 0, sizeof *s);
    atomic_init(&s->flag, RT_INTERRUPT_NONE);
    rt_config cfg = {0};
    cfg.write_out = on_write;
    cfg.write_ctx = s;
    cfg.interrupt = &s->flag;
    rt_state *rt = rt_state_new(&cfg);
    CHECK(rt != NULL);
    if (rt && rt_load(rt, "t.py", src, strlen(src)) != RT_OK) {
        CHECK(!"source loads");
        rt_state_free(rt);
        return NULL;
    }
    return rt;
}

static uint64_t instructions(rt_state *rt)
{
    rt_inspect_totals t;
    rt_inspect_totals_get(rt, &t);
    return t.instructions_total;
}

/* Workloads trapped in a nested run that never returns. */
static const char *const traps[] = {
    "def f(x):\n    while True:\n        pass\nsorted([3, 1, 2], key=f)\n",
    "def f(x):\n    while True:\n        pass\n[3, 1, 2].sort(key=f)\n",
    "def g(x):\n    while True:\n        x += 1\nlist(map(g, [1, 2]))\n",
    "def p(x):\n    while True:\n        x += 1\nlist(filter(p, [1, 2]))\n",
    "def k(x):\n    while True:\n        x += 1\nmin([1, 2], key=k)\n",
    "def k(x):\n    while True:\n        x += 1\nmax([1, 2], key=k)\n",
    "class K:\n    def __lt__(self, o):\n        while True:\n            pass\nsorted([K(), "
    "K()])\n",
    "class H:\n    def __hash__(self):\n        while True:\n            pass\n{H(): 1}\n",
    "class E:\n    def __hash__(self):\n        return 1\n    def __eq__(self, o):\n"
    "        while True:\n            pass\n{E(): 1, E(): 2}\n",
    "def gen():\n    while True:\n        pass\n    yield 1\nsum(gen())\n",
    /* consumers that run a generator in one loop for all its items (rt_gen_drain) */
    "def gen():\n    while True:\n        yield 0\nsum(gen())\n",
    "def gen():\n    while True:\n        yield 0\nany(x for x in gen())\n",
    "def gen():\n    while True:\n        yield 'a'\n''.join(gen())\n",
    "def gen():\n    while True:\n        yield 1\nmin(gen(), key=lambda v: -v)\n",
    "def f(x):\n    while True:\n        pass\nsorted([1, 2], key=lambda y: sorted([y, 0], "
    "key=f))\n",
    /* a finalizer run when reference counting frees its object (the
     * KeyboardInterrupt inside it is ignored, as CPython ignores any
     * exception of a finalizer; the flag stays set and stops the loop after) */
    "class D:\n    def __del__(self):\n        while True:\n            pass\nD()\nwhile True:\n"
    "    pass\n",
};

/* Every slice of a trapped workload ends at its budget: rt_run returns
 * RT_YIELD having run about `budget` instructions (one loop body more at
 * most), and the interrupt flag still ends it with KeyboardInterrupt. */
TEST(nested_runs_yield_at_the_budget)
{
    const uint64_t budget = 1000;
    for (size_t i = 0; i < sizeof traps / sizeof traps[0]; i++) {
        sink s;
        rt_state *rt = load(&s, traps[i]);
        if (!rt)
            continue;
        rt_budget b = {.instructions = budget};
        for (int slice = 0; slice < 40; slice++) {
            uint64_t before = instructions(rt);
            rt_status st = rt_run(rt, &b);
            uint64_t used = instructions(rt) - before;
            if (st != RT_YIELD || used < budget / 2 || used > budget + 64) {
                CHECK_EQ_INT(st, RT_YIELD);
                CHECK(used >= budget / 2 && used <= budget + 64);
                break;
            }
        }
        atomic_store(&s.flag, RT_INTERRUPT_STOP);
        CHECK_EQ_INT(rt_run(rt, &b), RT_ERR_RUNTIME);
        const rt_error *e = rt_error_get(rt);
        CHECK(e && strcmp(e->type_name, "KeyboardInterrupt") == 0);
        rt_state_free(rt);
    }
}

/* Workloads trapped in a loop written in C that calls no Python code. */
static const char *const c_traps[] = {
    "print(sum(range(10 ** 18)))\n",
    "import itertools\nprint(5 in itertools.count(10))\n",
    "import itertools\nprint(max(zip(itertools.count(), itertools.repeat(1))))\n",
    "import collections, itertools\ncollections.deque(itertools.count(), maxlen=0)\n",
    "import functools, operator\nfunctools.reduce(operator.add, range(10 ** 18))\n",
    "import itertools\nprint(sum(itertools.count()))\n",
    "import itertools\nprint(sum(itertools.repeat(2.5)))\n",
    "import itertools\nprint(list(itertools.zip_longest(itertools.count(), 'ab')))\n",
    "import itertools\nprint(sum(itertools.accumulate(itertools.repeat(1))))\n",
    "import itertools\nprint(any(itertools.islice(itertools.cycle([0]), None)))\n",
};

/* A C loop charges the slice every RT_C_STRIDE items: each rt_run returns
 * RT_YIELD, the interrupt flag ends the run with KeyboardInterrupt, and a
 * runtime freed while such a loop is suspended unwinds it (no leak). */
TEST(c_loops_yield_at_the_budget)
{
    for (size_t i = 0; i < sizeof c_traps / sizeof c_traps[0]; i++) {
        for (int stop_by_flag = 0; stop_by_flag < 2; stop_by_flag++) {
            sink s;
            rt_state *rt = load(&s, c_traps[i]);
            if (!rt)
                continue;
            rt_budget b = {.instructions = 1000};
            for (int slice = 0; slice < 20; slice++) {
                rt_status st = rt_run(rt, &b);
                if (st != RT_YIELD) {
                    CHECK_EQ_INT(st, RT_YIELD);
                    break;
                }
            }
            CHECK_EQ_INT((int)s.len, 0);
            if (stop_by_flag) {
                atomic_store(&s.flag, RT_INTERRUPT_STOP);
                CHECK_EQ_INT(rt_run(rt, &b), RT_ERR_RUNTIME);
                const rt_error *e = rt_error_get(rt);
                CHECK(e && strcmp(e->type_name, "KeyboardInterrupt") == 0);
            }
            rt_state_free(rt);
        }
    }
}

/* The watchdog's part: sets the timeout flag after a nap, and again every
 * nap until the run ended (done), since a timeout that lands during a
 * collection is forgiven (gc.c) and a loaded machine may collect then. */
typedef struct raiser {
    atomic_int *flag;
    atomic_int done;
    pthread_t thread;
} raiser;

static void *raise_flag_later(void *arg)
{
    raiser *r = arg;
    struct timespec nap = {0, 50 * 1000 * 1000};
    do {
        nanosleep(&nap, NULL);
        atomic_store(r->flag, RT_INTERRUPT_TIMEOUT);
    } while (!atomic_load(&r->done));
    return NULL;
}

static int raiser_start(raiser *r, atomic_int *flag)
{
    r->flag = flag;
    atomic_init(&r->done, 0);
    return pthread_create(&r->thread, NULL, raise_flag_later, r);
}

static void raiser_stop(raiser *r)
{
    atomic_store(&r->done, 1);
    pthread_join(r->thread, NULL);
}

/* Unbudgeted (nothing yields): the flag set by another thread, as the
 * daemon's watchdog sets it, still ends a C loop. */
TEST(c_loops_honour_the_interrupt_unbudgeted)
{
    sink s;
    rt_state *rt = load(&s, c_traps[0]);
    if (!rt)
        return;
    raiser r;
    CHECK_EQ_INT(raiser_start(&r, &s.flag), 0);
    CHECK_EQ_INT(rt_run(rt, NULL), RT_ERR_RUNTIME);
    raiser_stop(&r);
    const rt_error *e = rt_error_get(rt);
    CHECK(e && strcmp(e->type_name, "KeyboardInterrupt") == 0);
    CHECK(e && strstr(e->message, "time limit") != NULL);
    rt_state_free(rt);
}

/* Big-int work that runs for long inside one instruction (a modular power
 * with an odd and an even modulus, a quadratic division, a power by
 * squarings): it cannot suspend, but the flag set by another thread ends it. */
TEST(big_int_work_honours_the_interrupt)
{
    static const char *const slow[] = {
        "x = pow(3, 2 ** 100000, 10 ** 3000 + 1)\n",
        "x = pow(3, 2 ** 100000, 10 ** 3000)\n",
        "x = (1 << 4000000) // ((1 << 2000000) + 1)\n",
        "x = 3 ** (10 ** 7)\n",
    };
    for (size_t i = 0; i < sizeof slow / sizeof slow[0]; i++) {
        sink s;
        rt_state *rt = load(&s, slow[i]);
        if (!rt)
            continue;
        raiser r;
        CHECK_EQ_INT(raiser_start(&r, &s.flag), 0);
        CHECK_EQ_INT(rt_run(rt, NULL), RT_ERR_RUNTIME);
        raiser_stop(&r);
        const rt_error *e = rt_error_get(rt);
        CHECK(e && strcmp(e->type_name, "KeyboardInterrupt") == 0);
        rt_state_free(rt);
    }
}

/* The callbacks' work, interleaved with suspensions every few instructions,
 * prints what an unsliced run prints. */
static const char program[] =
    "import functools\n"
    "def slow(x):\n"
    "    n = 0\n"
    "    for i in range(x % 7 + 3):\n"
    "        n += i\n"
    "    return (n, -x)\n"
    "class K:\n"
    "    def __init__(self, v):\n"
    "        self.v = v\n"
    "    def __lt__(self, o):\n"
    "        for _ in range(3):\n"
    "            pass\n"
    "        return self.v < o.v\n"
    "    def __hash__(self):\n"
    "        return self.v % 3\n"
    "    def __eq__(self, o):\n"
    "        return self.v == o.v\n"
    "def gen(n):\n"
    "    for i in range(n):\n"
    "        yield slow(i)[0]\n"
    "print(sorted(range(20), key=slow))\n"
    "xs = list(range(15, 0, -1))\n"
    "xs.sort(key=lambda v: slow(v)[1])\n"
    "print(xs)\n"
    "print(list(map(slow, range(6))), list(filter(lambda v: slow(v)[0] % 2, range(9))))\n"
    "print(min(range(12), key=slow), max(range(12), key=slow))\n"
    "print([k.v for k in sorted(K(v) for v in (5, 3, 9, 1, 7))])\n"
    "d = {K(v): v for v in range(10)}\n"
    "print(d[K(4)], len(d), K(11) in d)\n"
    "print(sum(gen(10)), functools.reduce(lambda a, b: a + slow(b)[0], range(8), 0))\n"
    "print(list(gen(7)), tuple(gen(5)), '-'.join(str(v) for v in gen(6)))\n"
    "print(any(v > 20 for v in gen(12)), all(v < 100 for v in gen(9)), max(gen(8)),\n"
    "      min(gen(8), key=lambda v: -v), sorted(gen(6), reverse=True))\n";

TEST(sliced_output_matches)
{
    sink whole;
    rt_state *rt = load(&whole, program);
    if (!rt)
        return;
    CHECK_EQ_INT(rt_run(rt, NULL), RT_DONE);
    rt_state_free(rt);
    CHECK(whole.len > 100);
    static const uint64_t budgets[] = {1, 3, 17, 250};
    for (size_t i = 0; i < sizeof budgets / sizeof budgets[0]; i++) {
        sink part;
        rt = load(&part, program);
        if (!rt)
            return;
        rt_budget b = {.instructions = budgets[i]};
        rt_status st;
        int slices = 0;
        while ((st = rt_run(rt, &b)) == RT_YIELD)
            slices++;
        CHECK_EQ_INT(st, RT_DONE);
        CHECK(slices >= 5);
        CHECK_EQ_STR(part.out, whole.out);
        rt_state_free(rt);
    }
}

/* Freed while its nested run is suspended: the run unwinds first (its
 * `finally` runs) and the flag is handed back as it was. */
TEST(free_while_suspended)
{
    sink s;
    rt_state *rt = load(&s, "def f(x):\n"
                            "    try:\n"
                            "        while True:\n"
                            "            pass\n"
                            "    finally:\n"
                            "        print('unwound', x)\n"
                            "data = [[1] * 10 for _ in range(10)]\n"
                            "sorted(data, key=f)\n");
    if (!rt)
        return;
    rt_budget b = {.instructions = 500};
    for (int i = 0; i < 5; i++)
        CHECK_EQ_INT(rt_run(rt, &b), RT_YIELD);
    CHECK_EQ_INT((int)s.len, 0);
    rt_state_free(rt);
    CHECK(strncmp(s.out, "unwound [1, 1", 13) == 0);
    CHECK_EQ_INT(atomic_load(&s.flag), RT_INTERRUPT_NONE);
}

/* time.sleep in a key function ends the slice with its deadline. */
TEST(sleep_in_a_nested_run)
{
    sink s;
    rt_state *rt = load(&s, "import time\n"
                            "print(sorted([2, 1], key=lambda x: time.sleep(0.05) or x))\n");
    if (!rt)
        return;
    rt_budget b = {.instructions = 100000};
    int naps = 0;
    rt_status st;
    while ((st = rt_run(rt, &b)) == RT_YIELD)
        if (rt_sleep_deadline(rt))
            naps++;
    CHECK_EQ_INT(st, RT_DONE);
    CHECK_EQ_INT(naps, 2);
    CHECK_EQ_STR(s.out, "[1, 2]\n");
    rt_state_free(rt);
}

/* A gc callback runs before the collection proper ("start") and after it
 * ("stop"): it suspends at the slice's end like any nested run, the heap
 * can be analysed meanwhile, no other collection starts (a collection asked
 * for meanwhile is refused), and the output is the unsliced one. */
TEST(collection_callbacks_suspend)
{
    sink s;
    rt_state *rt = load(&s, "import gc\n"
                            "def cb(phase, info):\n"
                            "    print(phase)\n"
                            "    for i in range(5000):\n"
                            "        pass\n"
                            "    print('end', phase)\n"
                            "x = [[i] for i in range(100)]\n"
                            "y = []\n"
                            "y.append(y)\n"
                            "del y\n"
                            "gc.callbacks.append(cb)\n"
                            "print(gc.collect() >= 1)\n"
                            "gc.callbacks.clear()\n");
    if (!rt)
        return;
    rt_budget b = {.instructions = 100};
    rt_status st;
    int inside = 0, refused = 0, analysed = 0;
    while ((st = rt_run(rt, &b)) == RT_YIELD) {
        if (strcmp(s.out, "start\n") == 0 || strcmp(s.out, "start\nend start\nstop\n") == 0) {
            inside++;
            rt_gc_event ev;
            if (rt_inspect_collect(rt, 2, &ev) != 0)
                refused++;
            if (rt_inspect_graph(rt) != NULL)
                analysed++;
        }
    }
    CHECK_EQ_INT(st, RT_DONE);
    CHECK_EQ_STR(s.out, "start\nend start\nstop\nend stop\nTrue\n");
    CHECK(inside >= 20); /* 5000 iterations in slices of 100 instructions, twice */
    CHECK_EQ_INT(refused, inside);
    CHECK_EQ_INT(analysed, inside);
    rt_state_free(rt);
}

/* A generator's finally run by the collector (an unreachable suspended
 * generator closed inside the collection) finishes within the rt_run that
 * started it: the collector's lists are never left half moved. */
TEST(collector_finalizers_do_not_suspend)
{
    sink s;
    rt_state *rt = load(&s, "import gc\n"
                            "def g():\n"
                            "    try:\n"
                            "        yield 1\n"
                            "    finally:\n"
                            "        print('finally')\n"
                            "        for i in range(5000):\n"
                            "            pass\n"
                            "        print('end')\n"
                            "it = g()\n"
                            "next(it)\n"
                            "a = [it]\n"
                            "a.append(a)\n"
                            "del it, a\n"
                            "gc.collect()\n"
                            "print('after')\n");
    if (!rt)
        return;
    rt_budget b = {.instructions = 100};
    rt_status st;
    while ((st = rt_run(rt, &b)) == RT_YIELD)
        CHECK(strcmp(s.out, "finally\n") != 0);
    CHECK_EQ_INT(st, RT_DONE);
    CHECK_EQ_STR(s.out, "finally\nend\nafter\n");
    rt_state_free(rt);
}

/* A finalizer that resurrects its object, one still queued, and a cycle
 * whose finalizer never returns, when the runtime is freed (a workload
 * deleted): none runs (the final collections run no Python code; this test
 * would hang otherwise), nothing leaks (the Sanitize build checks), and the
 * output is what ran before. */
TEST(free_with_finalizers_pending)
{
    sink s;
    rt_state *rt = load(&s, "keep = []\n"
                            "class R:\n"
                            "    def __del__(self):\n"
                            "        print('del', self.n)\n"
                            "        keep.append(self)\n"
                            "r = R()\n"
                            "r.n = 1\n"
                            "r.me = r\n"
                            "del r\n"
                            "import gc\n"
                            "gc.collect()\n"
                            "q = R()\n"
                            "q.n = 2\n"
                            "class Loop:\n"
                            "    def __del__(self):\n"
                            "        while True:\n"
                            "            pass\n"
                            "cyc = Loop()\n"
                            "cyc.me = cyc\n"
                            "while True:\n"
                            "    del q\n"
                            "    q = R()\n"
                            "    q.n = 3\n");
    if (!rt)
        return;
    rt_budget b = {.instructions = 300};
    for (int i = 0; i < 5; i++)
        CHECK_EQ_INT(rt_run(rt, &b), RT_YIELD);
    CHECK(strncmp(s.out, "del 1\ndel 2\ndel 3\n", 18) == 0);
    size_t before = s.len;
    rt_state_free(rt);
    CHECK_EQ_INT((int)s.len, (int)before);
}

RUN_TESTS(CASE(nested_runs_yield_at_the_budget), CASE(c_loops_yield_at_the_budget),
          CASE(c_loops_honour_the_interrupt_unbudgeted), CASE(big_int_work_honours_the_interrupt),
          CASE(sliced_output_matches), CASE(free_while_suspended), CASE(sleep_in_a_nested_run),
          CASE(collection_callbacks_suspend), CASE(collector_finalizers_do_not_suspend),
          CASE(free_with_finalizers_pending))
