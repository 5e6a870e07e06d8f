/* test_weakref.c: weak references: cleared when the referent is freed by
 * reference counting and by the cycle collector (before anything of the
 * garbage is cleared), callbacks queued and run at the next safe point but
 * never for a weak reference that is garbage itself, the referent table
 * under many insertions and deletions, and the heap graph showing the
 * referent edge as weak (a closure referenced only weakly is gone). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/dict.h"
#include "runtime/gc.h"
#include "runtime/graph.h"
#include "runtime/heap.h"
#include "runtime/rt.h"
#include "runtime/rt_inspect.h"
#include "runtime/state.h"
#include "runtime/weakref.h"
#include "tests/harness.h"
#include "tests/unit/runtime/run_harness.h"

static out_buf out;

static rt_state *start(void)
{
    rt_config cfg = out_config(&out);
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

static rt_value global(rt_state *rt, const char *name)
{
    return rt_dict_get_cstr(rt, rt->globals, name);
}

TEST(cleared_by_refcount)
{
    rt_state *rt = start();
    CHECK_EQ_INT(run(rt, "import _weakref\n"
                         "def make():\n"
                         "    x = [1, 2, 3]\n"
                         "    def inner():\n"
                         "        return x\n"
                         "    return inner\n"
                         "f = make()\n"
                         "def cb(w):\n"
                         "    print('gone', w() is None)\n"
                         "r = _weakref.ref(f, cb)\n"
                         "plain = _weakref.ref(f)\n"
                         "print(r() is f, plain() is f, _weakref.getweakrefcount(f))\n"
                         "del f\n"
                         "print('after', r(), plain())\n"),
                 RT_DONE);
    CHECK_EQ_STR(out.data, "True True 2\ngone True\nafter None None\n");
    rt_value r = global(rt, "r");
    CHECK(r && rt_type_of(r) == RT_T_WEAKREF && rt_weakref_get(r) == RT_NULL);
    rt_state_free(rt);
}

TEST(cleared_by_collector_before_clear)
{
    rt_state *rt = start();
    /* a closure that refers to itself: only the collector frees it; the
     * callback must see the reference already dead, and nothing of the
     * garbage is reachable through it */
    CHECK_EQ_INT(run(rt, "import gc, _weakref\n"
                         "gc.disable()\n"
                         "def make():\n"
                         "    data = ['payload'] * 20\n"
                         "    def me():\n"
                         "        return me, data\n"
                         "    return me\n"
                         "f = make()\n"
                         "seen = []\n"
                         "r = _weakref.ref(f, lambda w: seen.append(w()))\n"
                         "del f\n"
                         "def alive():\n"
                         "    print(r() is not None, seen)\n"),
                 RT_DONE);
    rt_value r = global(rt, "r");
    CHECK(r && rt_weakref_get(r) != RT_NULL); /* the cycle keeps it */
    CHECK_EQ_INT(call(rt, "alive"), RT_DONE);
    uint64_t before = rt->heap.live_bytes;
    CHECK(rt_gc_collect(rt, 2, true, NULL) > 0);
    CHECK(rt_weakref_get(r) == RT_NULL); /* cleared by the collector */
    CHECK(rt->heap.live_bytes < before);
    CHECK(rt->gc_pending); /* the callback waits for a safe point */
    CHECK_EQ_INT(call(rt, "alive"), RT_DONE);
    CHECK_EQ_STR(out.data, "True []\nFalse [None]\n");
    rt_state_free(rt);
}

TEST(garbage_weakref_never_calls_back)
{
    rt_state *rt = start();
    CHECK_EQ_INT(run(rt, "import gc, _weakref\n"
                         "gc.disable()\n"
                         "calls = []\n"
                         "class Node:\n"
                         "    pass\n"
                         "a = Node(); b = Node()\n"
                         "a.other = b; b.other = a\n"
                         "a.ref = _weakref.ref(b, lambda w: calls.append('inner'))\n"
                         "outer = _weakref.ref(a, lambda w: calls.append('outer'))\n"
                         "del a, b\n"
                         "n = gc.collect()\n"
                         "print(calls, outer())\n"),
                 RT_DONE);
    CHECK_EQ_STR(out.data, "['outer'] None\n");
    rt_state_free(rt);
}

TEST(table_many_referents)
{
    rt_state *rt = start();
    /* thousands of referents, removed in an order unlike insertion's, so the
     * table grows and its deletion shifts probe runs */
    CHECK_EQ_INT(run(rt,
                     "import _weakref\n"
                     "def mk(i):\n"
                     "    return lambda: i\n"
                     "fs = [mk(i) for i in range(3000)]\n"
                     "rs = [_weakref.ref(f) for f in fs]\n"
                     "extra = [_weakref.ref(f, print) for f in fs[::3]]\n"
                     "ok = all(r() is f for r, f in zip(rs, fs))\n"
                     "ok = ok and all(_weakref.getweakrefcount(fs[i]) == (2 if i % 3 == 0 else "
                     "1) for i in range(3000))\n"
                     "extra = None\n"
                     "for i in range(0, 3000, 2):\n"
                     "    fs[i] = None\n"
                     "ok = ok and all((r() is None) == (i % 2 == 0) for i, r in enumerate(rs))\n"
                     "ok = ok and all(_weakref.getweakrefcount(fs[i]) == 1 for i in range(1, "
                     "3000, 2))\n"
                     "fs.reverse()\n"
                     "while fs:\n"
                     "    fs.pop()\n"
                     "ok = ok and all(r() is None for r in rs)\n"
                     "print(ok)\n"
                     "del rs, fs, extra, ok, mk\n"),
                 RT_DONE);
    /* no callback ran: the references with callbacks died before their referents */
    CHECK_EQ_STR(out.data, "True\n");
    rt_gc_collect(rt, 2, true, NULL);
    CHECK_EQ_INT(rt_heap_by_type(rt, RT_T_WEAKREF).objects, 0);
    CHECK_EQ_INT(rt_heap_by_type(rt, RT_T_FUNCTION).objects < 10, 1);
    rt_state_free(rt);
}

static uint32_t global_node(const rt_graph *g, const char *name)
{
    uint32_t ne;
    const rt_graph_edge *e = rt_graph_edges(g, g->globals_node, &ne);
    for (uint32_t k = 0; k < ne; k++)
        if (e[k].kind == RT_GRAPH_EDGE_PROPERTY &&
            strcmp(rt_graph_string(g, e[k].name_or_index), name) == 0)
            return e[k].to;
    return RT_GRAPH_NONE;
}

TEST(graph_weak_edge)
{
    rt_state *rt = start();
    CHECK_EQ_INT(run(rt, "import _weakref\n"
                         "def make(n):\n"
                         "    big = [0.5] * n\n"
                         "    def handler():\n"
                         "        return big\n"
                         "    return handler\n"
                         "r = _weakref.ref(make(10))\n" /* referenced only weakly: gone */
                         "h = make(200)\n"
                         "rh = _weakref.ref(h)\n"
                         "print(r(), rh() is h)\n"),
                 RT_DONE);
    CHECK_EQ_STR(out.data, "None True\n");
    rt_graph *g = rt_graph_build(rt);
    CHECK(g != NULL);
    if (g) {
        uint32_t rn = global_node(g, "rh"), hn = global_node(g, "h"), dead = global_node(g, "r");
        CHECK(rn != RT_GRAPH_NONE && hn != RT_GRAPH_NONE && dead != RT_GRAPH_NONE);
        uint32_t ne;
        const rt_graph_edge *e = rt_graph_edges(g, rn, &ne);
        int weak = 0;
        for (uint32_t k = 0; k < ne; k++)
            if (e[k].kind == RT_GRAPH_EDGE_WEAK && e[k].to == hn &&
                strcmp(rt_graph_string(g, e[k].name_or_index), "__referent__") == 0)
                weak++;
        CHECK_EQ_INT(weak, 1);
        /* the dead reference has no referent edge at all */
        e = rt_graph_edges(g, dead, &ne);
        for (uint32_t k = 0; k < ne; k++)
            CHECK(e[k].kind != RT_GRAPH_EDGE_WEAK);
        /* the weak reference retains nothing of the closure */
        CHECK(rt_graph_node_at(g, rn)->retained_size == rt_graph_node_at(g, rn)->self_size);
        CHECK(rt_graph_node_at(g, hn)->dominator != rn);
        CHECK(rt_graph_node_at(g, hn)->retained_size > 200 * 8);
        /* exactly one handler closure is alive: h */
        uint32_t closures = 0;
        for (uint32_t i = 0; i < rt_graph_node_count(g); i++)
            if (rt_graph_node_at(g, i)->kind == RT_GRAPH_CLOSURE &&
                strstr(rt_graph_string(g, rt_graph_node_at(g, i)->name), "handler"))
                closures++;
        CHECK_EQ_INT(closures, 1);
        rt_graph_free(g);
    }
    rt_state_free(rt);
}

TEST(errors_and_reuse)
{
    rt_state *rt = start();
    CHECK_EQ_INT(run(rt, "import _weakref\n"
                         "for v in (1, 'a', [], {}, (1,), None, 2.5):\n"
                         "    try:\n"
                         "        _weakref.ref(v)\n"
                         "    except TypeError as e:\n"
                         "        print(e)\n"
                         "class S:\n"
                         "    __slots__ = ('x',)\n"
                         "class W:\n"
                         "    __slots__ = ('x', '__weakref__')\n"
                         "try:\n"
                         "    _weakref.ref(S())\n"
                         "except TypeError as e:\n"
                         "    print(e)\n"
                         "w = W()\n"
                         "print(_weakref.ref(w) is _weakref.ref(w), _weakref.ref(w)() is w)\n"),
                 RT_DONE);
    CHECK_EQ_STR(out.data, "cannot create weak reference to 'int' object\n"
                           "cannot create weak reference to 'str' object\n"
                           "cannot create weak reference to 'list' object\n"
                           "cannot create weak reference to 'dict' object\n"
                           "cannot create weak reference to 'tuple' object\n"
                           "cannot create weak reference to 'NoneType' object\n"
                           "cannot create weak reference to 'float' object\n"
                           "cannot create weak reference to 'S' object\n"
                           "True True\n");
    rt_state_free(rt);
}

RUN_TESTS(CASE(cleared_by_refcount), CASE(cleared_by_collector_before_clear),
          CASE(garbage_weakref_never_calls_back), CASE(table_many_referents), CASE(graph_weak_edge),
          CASE(errors_and_reuse))
