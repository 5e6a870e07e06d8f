/* test_graph.c: the heap graph (graph.c, graph_dom.c, graph_closures.c):
 * dominators against the naive definition on random abstract graphs and on
 * random heaps made by Python programs, node totals against the heap's own
 * accounting, hand-built cases (shared cell, cycle through a closure,
 * diamond, late binding, large capture, frames), the leaking example's
 * retained bytes and why-alive path, the cache and its age, the ranked closure
 * query and the sites over it, and a million-object heap (its build time is
 * printed, never asserted). */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "runtime/gc.h"
#include "runtime/graph.h"
#include "runtime/rt.h"
#include "runtime/rt_inspect.h"
#include "runtime/state.h"
#include "tests/harness.h"

/* ---- helpers ----------------------------------------------------------------- */

static void quiet(void *ctx, const char *s, size_t n)
{
    (void)ctx;
    (void)s;
    (void)n;
}

static rt_state *run_src(const char *src)
{
    rt_config cfg = {0};
    cfg.write_out = quiet;
    rt_state *rt = rt_state_new(&cfg);
    if (!rt)
        return NULL;
    if (rt_load(rt, "t.py", src, strlen(src)) != RT_OK) {
        const rt_error *e = rt_error_get(rt);
        fprintf(stderr, "load: %s\n", e ? e->message : "?");
        rt_state_free(rt);
        return NULL;
    }
    rt_status st = rt_run(rt, NULL);
    if (st != RT_DONE) {
        const rt_error *e = rt_error_get(rt);
        fprintf(stderr, "run: %d %s\n", st, e ? e->traceback : "?");
    }
    return rt;
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

static const rt_graph_edge *edge_named(const rt_graph *g, uint32_t node, const char *name)
{
    uint32_t ne;
    const rt_graph_edge *e = rt_graph_edges(g, node, &ne);
    for (uint32_t k = 0; k < ne; k++)
        if (e[k].kind != RT_GRAPH_EDGE_ELEMENT && e[k].kind != RT_GRAPH_EDGE_HIDDEN &&
            strcmp(rt_graph_string(g, e[k].name_or_index), name) == 0)
            return &e[k];
    return NULL;
}

static void check_totals(const rt_graph *g)
{
    rt_graph_totals t;
    rt_graph_totals_get(g, &t);
    CHECK_EQ_INT(t.objects, t.heap_objects);
    CHECK_EQ_INT(t.self_bytes, t.heap_bytes);
}

/* Naive retained sizes: for each node v, the self sizes of the nodes that
 * the root no longer reaches (by strong edges) when v is removed. */
static uint64_t naive_retained(const rt_graph *g, uint32_t v, uint8_t *seen, uint32_t *queue)
{
    uint32_t n = rt_graph_node_count(g);
    memset(seen, 0, n);
    uint32_t head = 0, tail = 0;
    if (v != 0) {
        queue[tail++] = 0;
        seen[0] = 1;
    }
    seen[v] = 2;
    while (head < tail) {
        uint32_t u = queue[head++];
        uint32_t ne;
        const rt_graph_edge *e = rt_graph_edges(g, u, &ne);
        for (uint32_t k = 0; k < ne; k++) {
            if (e[k].kind == RT_GRAPH_EDGE_WEAK || seen[e[k].to])
                continue;
            seen[e[k].to] = 1;
            queue[tail++] = e[k].to;
        }
    }
    uint64_t total = 0;
    for (uint32_t u = 0; u < n; u++)
        if (!seen[u] || seen[u] == 2)
            total += rt_graph_node_at(g, u)->self_size;
    return total;
}

/* Every node's retained size against the naive definition; returns the
 * number of mismatches. */
static int check_retained_naive(const rt_graph *g)
{
    uint32_t n = rt_graph_node_count(g);
    uint8_t *seen = malloc(n);
    uint32_t *queue = malloc(n * sizeof *queue);
    int bad = 0;
    for (uint32_t v = 0; v < n; v++) {
        uint64_t want = naive_retained(g, v, seen, queue);
        if (want != rt_graph_node_at(g, v)->retained_size) {
            if (bad < 5)
                fprintf(stderr, "node %u (%s %s): retained %" PRIu64 ", naive %" PRIu64 "\n", v,
                        rt_graph_string(g, rt_graph_node_at(g, v)->type_name),
                        rt_graph_string(g, rt_graph_node_at(g, v)->name),
                        rt_graph_node_at(g, v)->retained_size, want);
            bad++;
        }
    }
    free(seen);
    free(queue);
    return bad;
}

/* Every object's traverse children are among its graph edges' targets, and
 * every path ends where it should. */
static void visit_count(rt_obj *child, void *arg)
{
    void **a = arg;
    const rt_graph *g = a[0];
    uint32_t from = (uint32_t)(uintptr_t)a[1];
    int *missing = a[2];
    uint32_t to = rt_graph_find(g, rt__objid(g->rt, child));
    uint32_t ne;
    const rt_graph_edge *e = rt_graph_edges(g, from, &ne);
    for (uint32_t k = 0; k < ne; k++)
        if (e[k].to == to && e[k].kind != RT_GRAPH_EDGE_WEAK)
            return;
    (*missing)++;
}

static void check_structure(const rt_graph *g)
{
    int missing = 0;
    uint32_t n = rt_graph_node_count(g);
    for (uint32_t v = 0; v < n; v++) {
        const rt_graph_node *nd = rt_graph_node_at(g, v);
        if (nd->flags & RT_GRAPH_N_SYNTHETIC)
            continue;
        rt_obj *o = rt__objid_object(g->rt, nd->id);
        const rt_typeinfo *ti = rt_typeinfos[o->type];
        if (ti->traverse) {
            void *a[3] = {(void *)g, (void *)(uintptr_t)v, &missing};
            ti->traverse(o, visit_count, a);
        }
    }
    CHECK_EQ_INT(missing, 0);
    /* paths: root first, each edge leads from the previous step */
    rt_graph_step steps[256];
    for (uint32_t v = 0; v < n; v += 7) {
        size_t len = rt_graph_path(g, v, steps, 256);
        CHECK(len >= 1);
        if (len > 256)
            continue;
        CHECK_EQ_INT(steps[0].node, 0);
        CHECK_EQ_INT(steps[len - 1].node, v);
        CHECK_EQ_INT(len - 1, rt_graph_node_at(g, v)->distance);
        for (size_t k = 1; k < len; k++) {
            const rt_graph_node *p = rt_graph_node_at(g, steps[k - 1].node);
            CHECK(steps[k].edge >= p->first_edge && steps[k].edge < p->first_edge + p->edge_count);
            CHECK_EQ_INT(rt_graph_edge_at(g, steps[k].edge)->to, steps[k].node);
        }
    }
}

/* ---- dominators on random abstract graphs -------------------------------------- */

static uint32_t rnd_state = 12345;
static uint32_t rnd(void)
{
    rnd_state = rnd_state * 1103515245u + 12345u;
    return rnd_state >> 8;
}

/* Does d dominate w (every path from 0 to w passes d)? */
static bool naive_dominates(uint32_t n, const uint32_t *first, const uint32_t *succ, uint32_t d,
                            uint32_t w, uint8_t *seen, uint32_t *queue)
{
    if (d == w || d == 0)
        return true;
    memset(seen, 0, n);
    uint32_t head = 0, tail = 0;
    queue[tail++] = 0;
    seen[0] = 1;
    seen[d] = 1;
    while (head < tail) {
        uint32_t u = queue[head++];
        if (u == w)
            return false;
        for (uint32_t e = first[u]; e < first[u + 1]; e++)
            if (!seen[succ[e]]) {
                seen[succ[e]] = 1;
                queue[tail++] = succ[e];
            }
    }
    return true;
}

TEST(dominators_random_graphs)
{
    for (int round = 0; round < 300; round++) {
        uint32_t n = 2 + rnd() % 40;
        uint32_t m = rnd() % (n * 3 + 1);
        uint32_t *first = calloc(n + 1, sizeof *first);
        uint32_t *succ = malloc((m + 1) * sizeof *succ);
        uint32_t *src = malloc((m + 1) * sizeof *src);
        uint32_t *dst = malloc((m + 1) * sizeof *dst);
        for (uint32_t e = 0; e < m; e++) {
            src[e] = rnd() % n;
            dst[e] = rnd() % n;
            /* bias toward reachability: a chain of forward edges */
            if (rnd() % 2)
                dst[e] = (src[e] + 1 + rnd() % 3) % n;
            first[src[e] + 1]++;
        }
        for (uint32_t v = 0; v < n; v++)
            first[v + 1] += first[v];
        uint32_t *pos = malloc((n + 1) * sizeof *pos);
        memcpy(pos, first, (n + 1) * sizeof *pos);
        for (uint32_t e = 0; e < m; e++)
            succ[pos[src[e]]++] = dst[e];
        uint32_t *idom = malloc(n * sizeof *idom);
        uint32_t *order = malloc(n * sizeof *order);
        int64_t count = rt__graph_dominators(n, first, succ, idom, order, NULL);
        CHECK(count >= 1);
        uint8_t *seen = malloc(n);
        uint32_t *queue = malloc(n * sizeof *queue);
        /* reachability */
        uint8_t *reach = calloc(n, 1);
        uint32_t head = 0, tail = 0;
        queue[tail++] = 0;
        reach[0] = 1;
        while (head < tail) {
            uint32_t u = queue[head++];
            for (uint32_t e = first[u]; e < first[u + 1]; e++)
                if (!reach[succ[e]]) {
                    reach[succ[e]] = 1;
                    queue[tail++] = succ[e];
                }
        }
        CHECK_EQ_INT(count, tail);
        for (uint32_t w = 1; w < n; w++) {
            if (!reach[w]) {
                CHECK_EQ_INT(idom[w], UINT32_MAX);
                continue;
            }
            uint32_t d = idom[w];
            CHECK(d < n && d != w);
            if (d >= n)
                continue;
            /* d dominates w, and every strict dominator of w dominates d */
            CHECK(naive_dominates(n, first, succ, d, w, seen, queue));
            for (uint32_t x = 0; x < n; x++)
                if (x != w && reach[x] && naive_dominates(n, first, succ, x, w, seen, queue))
                    CHECK(naive_dominates(n, first, succ, x, d, seen, queue));
        }
        free(first);
        free(succ);
        free(src);
        free(dst);
        free(pos);
        free(idom);
        free(order);
        free(seen);
        free(queue);
        free(reach);
    }
}

/* ---- random heaps from Python programs ---------------------------------------------- */

static void random_program(char *buf, size_t cap, uint32_t seed)
{
    rnd_state = seed;
    size_t len = 0;
    len += (size_t)snprintf(buf + len, cap - len,
                            "import gc\n"
                            "def mk(x):\n"
                            "    def f():\n"
                            "        return x\n"
                            "    return f\n"
                            "def mk2(a, b):\n"
                            "    def g():\n"
                            "        return a, b\n"
                            "    def h():\n"
                            "        return b\n"
                            "    return g, h\n"
                            "o = [[] for _ in range(8)]\n");
    int nstmts = 10 + (int)(rnd() % 30);
    for (int i = 0; i < nstmts && len + 200 < cap; i++) {
        int a = (int)(rnd() % 8), b = (int)(rnd() % 8), c = (int)(rnd() % 8);
        switch (rnd() % 9) {
        case 0: len += (size_t)snprintf(buf + len, cap - len, "o[%d].append(o[%d])\n", a, b); break;
        case 1:
            len += (size_t)snprintf(buf + len, cap - len, "o[%d].append(mk(o[%d]))\n", a, b);
            break;
        case 2:
            len += (size_t)snprintf(buf + len, cap - len, "o[%d].extend(mk2(o[%d], o[%d]))\n", a, b,
                                    c);
            break;
        case 3:
            len += (size_t)snprintf(buf + len, cap - len, "o[%d].append({'k%d': o[%d], %d: 1.5})\n",
                                    a, b, c, i);
            break;
        case 4: len += (size_t)snprintf(buf + len, cap - len, "o[%d] = [o[%d]]\n", a, b); break;
        case 5:
            len += (size_t)snprintf(buf + len, cap - len, "o[%d].append((o[%d], 'x' * %d))\n", a, b,
                                    i + 1);
            break;
        case 6: len += (size_t)snprintf(buf + len, cap - len, "o[%d] = []\n", a); break;
        case 7:
            len +=
                (size_t)snprintf(buf + len, cap - len, "o[%d].append([%d.25] * %d)\n", a, i, i % 5);
            break;
        default:
            len += (size_t)snprintf(buf + len, cap - len,
                                    "o[%d].append(o[%d][-1:] if o[%d] else 0)\n", a, b, b);
            break;
        }
    }
    /* sometimes leave garbage cycles behind for (unreachable) */
    if (rnd() % 2)
        len += (size_t)snprintf(buf + len, cap - len,
                                "gc.disable()\nz = [1.5]\nz.append(mk(z))\ndel z\n");
}

/* The build borrows each object's mark bit and each container's gc link
 * `prev` word while it walks: all put back, the collector's lists intact. */
static void check_restored(rt_state *rt, const rt_graph *g)
{
    int bad = 0;
    for (uint32_t i = 0; i < rt_graph_node_count(g); i++) {
        const rt_graph_node *n = rt_graph_node_at(g, i);
        if (!(n->flags & RT_GRAPH_N_SYNTHETIC) && (rt__objid_object(rt, n->id)->flags & RT_F_MARK))
            bad++;
    }
    if (rt->gc) {
        for (int gen = 0; gen <= RT_GC_GENERATIONS; gen++) {
            rt_gc_link *head =
                gen < RT_GC_GENERATIONS ? &rt->gc->gens[gen].head : &rt->gc->permanent;
            for (rt_gc_link *l = head->next; l != head; l = l->next)
                if ((rt_gc_link *)l->next->prev != l)
                    bad++;
            if ((rt_gc_link *)head->next->prev != head)
                bad++;
        }
    }
    CHECK_EQ_INT(bad, 0);
}

TEST(random_heaps_against_naive)
{
    char src[8192];
    int bad_total = 0;
    for (uint32_t seed = 1; seed <= 25; seed++) {
        random_program(src, sizeof src, seed * 7919u);
        rt_state *rt = run_src(src);
        CHECK(rt != NULL);
        if (!rt)
            continue;
        rt_graph *g = rt_graph_build(rt);
        CHECK(g != NULL);
        if (g) {
            check_totals(g);
            check_structure(g);
            check_restored(rt, g);
            int bad = check_retained_naive(g);
            if (bad)
                fprintf(stderr, "seed %u: %d mismatches\n", seed, bad);
            bad_total += bad;
            rt_graph_free(g);
        }
        rt_state_free(rt);
    }
    CHECK_EQ_INT(bad_total, 0);
}

/* ---- hand-built cases ------------------------------------------------------------------ */

TEST(shared_cell)
{
    rt_state *rt = run_src("def counter():\n"
                           "    n = [0] * 50\n"
                           "    def get():\n"
                           "        return n\n"
                           "    def inc():\n"
                           "        n.append(1)\n"
                           "    return get, inc\n"
                           "get, inc = counter()\n");
    rt_graph *g = rt_graph_build(rt);
    check_totals(g);
    CHECK_EQ_INT(check_retained_naive(g), 0);
    const rt_graph_closure *c1 =
        rt_graph_closure_find(g, rt_graph_node_at(g, global_node(g, "get"))->id);
    const rt_graph_closure *c2 =
        rt_graph_closure_find(g, rt_graph_node_at(g, global_node(g, "inc"))->id);
    CHECK(c1 && c2);
    if (c1 && c2) {
        CHECK_EQ_INT(c1->nvars, 1);
        CHECK_EQ_INT(c1->vars[0].shared_with, 1);
        CHECK_EQ_INT(c2->vars[0].shared_with, 1);
        CHECK_EQ_INT(c1->vars[0].retained_bytes, 0);
        CHECK_EQ_INT(c2->vars[0].retained_bytes, 0);
        CHECK_EQ_INT(c1->vars[0].cell, c2->vars[0].cell);
        const rt_graph_edge *e = edge_named(g, c1->node, "n");
        CHECK(e && e->kind == RT_GRAPH_EDGE_CONTEXT && e->to == c1->vars[0].cell);
        e = edge_named(g, c1->node, "__globals__");
        CHECK(e && e->kind == RT_GRAPH_EDGE_WEAK);
        e = edge_named(g, c1->vars[0].cell, "cell_contents");
        CHECK(e && e->kind == RT_GRAPH_EDGE_INTERNAL && e->to == c1->vars[0].value);
        /* the cell is dominated by neither closure: by the globals dict */
        const rt_graph_node *cell = rt_graph_node_at(g, c1->vars[0].cell);
        CHECK(cell->dominator != c1->node && cell->dominator != c2->node);
        CHECK_EQ_INT(c1->hints & RT_GRAPH_HINT_LATE_BINDING, 0); /* different codes */
        CHECK(c1->retained_bytes == rt_graph_node_at(g, c1->node)->self_size);
    }
    rt_graph_free(g);
    rt_state_free(rt);
}

/* A memoryview is a node of its own size with an "obj" edge to the
 * bytearray it views; the bytearray, seen only through views, is dominated
 * by the list holding them, not by either view. */
TEST(memoryview_edges)
{
    rt_state *rt = run_src("buf = bytearray(5000)\n"
                           "whole = memoryview(buf)\n"
                           "views = [whole, whole[10:20]]\n"
                           "del buf, whole\n");
    rt_graph *g = rt_graph_build(rt);
    check_totals(g);
    CHECK_EQ_INT(check_retained_naive(g), 0);
    uint32_t list = global_node(g, "views");
    CHECK(list != RT_GRAPH_NONE);
    if (list != RT_GRAPH_NONE) {
        uint32_t ne;
        const rt_graph_edge *e = rt_graph_edges(g, list, &ne);
        CHECK_EQ_INT(ne, 2);
        if (ne == 2) {
            const rt_graph_edge *o1 = edge_named(g, e[0].to, "obj");
            const rt_graph_edge *o2 = edge_named(g, e[1].to, "obj");
            CHECK(o1 && o2 && o1->to == o2->to && o1->kind == RT_GRAPH_EDGE_INTERNAL);
            CHECK_EQ_INT(rt_graph_node_at(g, e[0].to)->self_size, 192);
            if (o1) {
                const rt_graph_node *ba = rt_graph_node_at(g, o1->to);
                CHECK(ba->self_size >= 5000);
                CHECK_EQ_INT(ba->dominator, list);
                CHECK(rt_graph_node_at(g, list)->retained_size >= ba->self_size + 2 * 192);
            }
        }
    }
    rt_graph_free(g);
    rt_state_free(rt);
}

TEST(cycle_through_closure)
{
    rt_state *rt = run_src("import gc\n"
                           "def outer():\n"
                           "    data = [2.5] * 30\n"
                           "    def f():\n"
                           "        return f, data\n"
                           "    return f\n"
                           "live = outer()\n"
                           "gc.disable()\n"
                           "dead = outer()\n"
                           "del dead\n");
    rt_graph *g = rt_graph_build(rt);
    check_totals(g);
    check_structure(g);
    CHECK_EQ_INT(check_retained_naive(g), 0);
    uint32_t live = global_node(g, "live");
    const rt_graph_closure *c = rt_graph_closure_find(g, rt_graph_node_at(g, live)->id);
    CHECK(c != NULL);
    if (c) {
        CHECK(c->hints & RT_GRAPH_HINT_SELF_CYCLE);
        /* f's cell for itself and data's cell are both retained by f */
        uint64_t sum = rt_graph_node_at(g, c->node)->self_size;
        for (uint32_t k = 0; k < c->nvars; k++) {
            CHECK(c->vars[k].retained_bytes > 0);
            sum += c->vars[k].retained_bytes;
        }
        CHECK_EQ_INT(c->retained_bytes, sum);
    }
    /* the dead one awaits the collector under (unreachable) */
    rt_graph_totals t;
    rt_graph_totals_get(g, &t);
    CHECK(t.garbage_objects >= 4);
    uint32_t ngarbage_closures = 0;
    for (uint32_t i = 0; i < rt_graph_closure_count(g); i++) {
        const rt_graph_closure *x = rt_graph_closure_at(g, i);
        if (rt_graph_node_at(g, x->node)->flags & RT_GRAPH_N_GARBAGE) {
            ngarbage_closures++;
            char buf[256];
            rt_graph_render_path(g, x->node, buf, sizeof buf);
            CHECK(strstr(buf, "(unreachable)") == buf);
        }
    }
    CHECK_EQ_INT(ngarbage_closures, 1);
    rt_graph_free(g);
    rt_state_free(rt);
}

/* A suspended generator is the node that keeps its frame's locals and cells
 * alive: edges by variable name, its code's site, and why-alive paths that
 * run through it; a dead generator cycle awaits the collector. */
TEST(generator_frames)
{
    rt_state *rt = run_src("import gc\n"
                           "def outer():\n"
                           "    data = [1.5] * 40\n"
                           "    def gen():\n"
                           "        local = {'k': data}\n"
                           "        yield local\n"
                           "        yield data\n"
                           "    return gen\n"
                           "g = outer()()\n"
                           "first = next(g)\n"
                           "del first\n"
                           "gc.disable()\n"
                           "def selfref():\n"
                           "    me = yield\n"
                           "    yield me\n"
                           "dead = selfref()\n"
                           "next(dead)\n"
                           "dead.send(dead)\n"
                           "del dead\n");
    CHECK(rt != NULL);
    if (!rt)
        return;
    rt_graph *g = rt_graph_build(rt);
    check_totals(g);
    check_structure(g);
    CHECK_EQ_INT(check_retained_naive(g), 0);
    uint32_t gn = global_node(g, "g");
    CHECK(gn != RT_GRAPH_NONE);
    const rt_graph_node *n = rt_graph_node_at(g, gn);
    CHECK(strcmp(rt_graph_string(g, n->type_name), "generator") == 0);
    CHECK(strstr(rt_graph_string(g, n->name), "outer.<locals>.gen") != NULL);
    CHECK(n->site != 0);
    const rt_graph_edge *local = edge_named(g, gn, "local");
    const rt_graph_edge *data = edge_named(g, gn, "data");
    CHECK(local != NULL);
    CHECK(data != NULL); /* the free variable's cell */
    if (local) {
        char buf[256];
        rt_graph_render_path(g, local->to, buf, sizeof buf);
        CHECK(strstr(buf, "globals['g']") != NULL);
        CHECK(strstr(buf, "local") != NULL);
    }
    /* the generator retains its frame's dict (nothing else holds it) */
    CHECK(n->retained_size > n->self_size);
    rt_graph_totals t;
    rt_graph_totals_get(g, &t);
    CHECK(t.garbage_objects >= 1); /* the self-referencing generator */
    rt_graph_free(g);
    CHECK(rt_gc_collect(rt, 2, true, NULL) >= 1);
    rt_state_free(rt);
}

TEST(diamond)
{
    rt_state *rt = run_src("d = [1.5, 2.5]\n"
                           "b = [d]\n"
                           "c = [d]\n"
                           "a = [b, c]\n"
                           "del b, c, d\n");
    rt_graph *g = rt_graph_build(rt);
    check_totals(g);
    CHECK_EQ_INT(check_retained_naive(g), 0);
    uint32_t a = global_node(g, "a");
    uint32_t ne;
    const rt_graph_edge *e = rt_graph_edges(g, a, &ne);
    CHECK_EQ_INT(ne, 2);
    uint32_t b = e[0].to, c = e[1].to;
    uint32_t d = rt_graph_edges(g, b, &ne)[0].to;
    CHECK_EQ_INT(rt_graph_node_at(g, d)->dominator, a);
    CHECK_EQ_INT(rt_graph_node_at(g, b)->dominator, a);
    CHECK_EQ_INT(rt_graph_node_at(g, b)->retained_size, rt_graph_node_at(g, b)->self_size);
    uint64_t want = rt_graph_node_at(g, a)->self_size + rt_graph_node_at(g, b)->self_size +
                    rt_graph_node_at(g, c)->self_size + rt_graph_node_at(g, d)->self_size +
                    rt_graph_node_at(g, d)->retained_size - rt_graph_node_at(g, d)->self_size;
    CHECK_EQ_INT(rt_graph_node_at(g, a)->retained_size, want);
    CHECK_EQ_INT(rt_graph_deep_size(g, a), want);
    char buf[256];
    rt_graph_render_path(g, d, buf, sizeof buf);
    CHECK_EQ_STR(
        buf, "globals['a'] \xe2\x86\x92 list[0] \xe2\x86\x92 list[0] \xe2\x86\x92 list (2 items)");
    rt_graph_free(g);
    rt_state_free(rt);
}

TEST(hints_late_binding_and_large_capture)
{
    rt_state *rt = run_src("fs = [lambda: i for i in range(3)]\n"
                           "def loop():\n"
                           "    out = []\n"
                           "    for j in range(4):\n"
                           "        out.append(lambda: j)\n"
                           "    return out\n"
                           "gs = loop()\n"
                           "def fixed():\n"
                           "    out = []\n"
                           "    for j in range(4):\n"
                           "        out.append(lambda j=j: j)\n"
                           "    return out\n"
                           "hs = fixed()\n"
                           "def big():\n"
                           "    xs = list(range(500))\n"
                           "    ys = list(range(500))\n"
                           "    def peek(k):\n"
                           "        return len(xs) + xs[k + 1] + ys[0] + sum(ys)\n"
                           "    return peek\n"
                           "p = big()\n");
    rt_graph *g = rt_graph_build(rt);
    check_totals(g);
    uint32_t late = 0, large = 0;
    for (uint32_t i = 0; i < rt_graph_closure_count(g); i++) {
        const rt_graph_closure *c = rt_graph_closure_at(g, i);
        if (c->hints & RT_GRAPH_HINT_LATE_BINDING)
            late++;
        for (uint32_t k = 0; k < c->nvars; k++)
            if (c->vars[k].hints & RT_GRAPH_HINT_LARGE_CAPTURE) {
                large++;
                CHECK_EQ_STR(rt_graph_string(g, c->vars[k].name), "xs");
            }
    }
    CHECK_EQ_INT(late, 7);  /* 3 from the comprehension, 4 from the loop */
    CHECK_EQ_INT(large, 1); /* xs (only len and x[...]), not ys (sum(ys)) */
    uint32_t sites_late = 0;
    for (uint32_t i = 0; i < rt_graph_site_count(g); i++)
        if (rt_graph_site_at(g, i)->hints & RT_GRAPH_HINT_LATE_BINDING)
            sites_late++;
    CHECK_EQ_INT(sites_late, 2);
    CHECK_EQ_STR(rt_graph_hint_name(RT_GRAPH_HINT_SELF_CYCLE), "self_cycle");
    rt_graph_free(g);
    rt_state_free(rt);
}

/* The variable named `name` of the closure bound to global `global`. */
static const rt_graph_var *var_of(const rt_graph *g, const char *global, const char *name)
{
    uint32_t node = global_node(g, global);
    if (node == RT_GRAPH_NONE)
        return NULL;
    const rt_graph_closure *c = rt_graph_closure_find(g, rt_graph_node_at(g, node)->id);
    for (uint32_t k = 0; c && k < c->nvars; k++)
        if (strcmp(rt_graph_string(g, c->vars[k].name), name) == 0)
            return &c->vars[k];
    return NULL;
}

static const rt_graph_site *site_of_line(const rt_graph *g, int line)
{
    for (uint32_t i = 0; i < rt_graph_site_count(g); i++)
        if (rt_graph_site_at(g, i)->line == line)
            return rt_graph_site_at(g, i);
    return NULL;
}

/* self_cycle: a closure that keeps itself alive through its capture, by a
 * path of any length (here cell -> dict -> list -> dict -> closure), and the
 * site's top variable is that capture, not the biggest one. */
TEST(hint_self_cycle_any_path)
{
    rt_state *rt = run_src("def make():\n"
                           "    big = 'x' * 5000\n"
                           "    state = {'handlers': [{'fn': None}]}\n"
                           "    def handler():\n"
                           "        return len(big), state\n"
                           "    state['handlers'][0]['fn'] = handler\n"
                           "    return handler\n"
                           "h = make()\n"
                           "def plain():\n"
                           "    data = [[1.5], {'k': [2.5]}]\n"
                           "    def use():\n"
                           "        return data\n"
                           "    return use\n"
                           "p = plain()\n"
                           "def deep():\n"
                           "    box = [None]\n"
                           "    cur = box\n"
                           "    for i in range(50):\n"
                           "        nxt = [None]\n"
                           "        cur[0] = nxt\n"
                           "        cur = nxt\n"
                           "    def f():\n"
                           "        return box\n"
                           "    cur[0] = f\n"
                           "    return f\n"
                           "d = deep()\n");
    rt_graph *g = rt_graph_build(rt);
    const rt_graph_var *state = var_of(g, "h", "state"), *big = var_of(g, "h", "big");
    CHECK(state && big);
    if (state && big) {
        CHECK(state->hints & RT_GRAPH_HINT_SELF_CYCLE);
        CHECK_EQ_INT(big->hints & RT_GRAPH_HINT_SELF_CYCLE, 0);
    }
    const rt_graph_site *s = site_of_line(g, 4);
    CHECK(s != NULL);
    if (s) {
        CHECK(s->hints & RT_GRAPH_HINT_SELF_CYCLE);
        CHECK_EQ_STR(rt_graph_string(g, s->top_var), "state");
    }
    const rt_graph_var *data = var_of(g, "p", "data");
    CHECK(data && (data->hints & RT_GRAPH_HINT_SELF_CYCLE) == 0);
    const rt_graph_var *box = var_of(g, "d", "box"); /* 51 lists deep */
    CHECK(box && (box->hints & RT_GRAPH_HINT_SELF_CYCLE));
    rt_graph_free(g);
    rt_state_free(rt);
}

/* late_binding: the loop variable reaches the closures through functions in
 * between (any depth of nesting); a variable rebound outside a loop is not. */
TEST(hint_late_binding_through_nesting)
{
    rt_state *rt = run_src("def outer():\n"
                           "    fs = []\n"
                           "    for i in range(3):\n"
                           "        def mid():\n"
                           "            def inner():\n"
                           "                return lambda: i\n"
                           "            return inner()\n"
                           "        fs.append(mid())\n"
                           "    return fs\n"
                           "late = outer()\n"
                           "def once():\n"
                           "    x = 1\n"
                           "    def mk():\n"
                           "        return lambda: x\n"
                           "    return [mk(), mk()]\n"
                           "fine = once()\n");
    rt_graph *g = rt_graph_build(rt);
    uint32_t late = 0, lambdas = 0;
    for (uint32_t i = 0; i < rt_graph_closure_count(g); i++) {
        const rt_graph_closure *c = rt_graph_closure_at(g, i);
        const rt_graph_node *n = rt_graph_node_at(g, c->node);
        if (n->line == 6) {
            lambdas++;
            late += (c->hints & RT_GRAPH_HINT_LATE_BINDING) != 0;
        }
        if (n->line == 14)
            CHECK_EQ_INT(c->hints & RT_GRAPH_HINT_LATE_BINDING, 0);
    }
    CHECK_EQ_INT(lambdas, 3);
    CHECK_EQ_INT(late, 3);
    rt_graph_free(g);
    rt_state_free(rt);
}

/* large_capture: a large capture used only by len() or x[...], also when it
 * is passed on to nested functions that use it so; any other use in any of
 * them clears it. */
TEST(hint_large_capture_through_nesting)
{
    rt_state *rt = run_src("def make():\n"
                           "    xs = list(range(500))\n"
                           "    ys = list(range(500))\n"
                           "    def outer_fn(k):\n"
                           "        def inner_fn():\n"
                           "            return len(xs) + xs[k], ys[0]\n"
                           "        def other():\n"
                           "            return sum(ys)\n"
                           "        return inner_fn() + (len(ys),) + (other(),)\n"
                           "    return outer_fn\n"
                           "f = make()\n");
    rt_graph *g = rt_graph_build(rt);
    const rt_graph_var *xs = var_of(g, "f", "xs"), *ys = var_of(g, "f", "ys");
    CHECK(xs && ys);
    if (xs && ys) {
        CHECK(xs->hints & RT_GRAPH_HINT_LARGE_CAPTURE);
        CHECK_EQ_INT(ys->hints & RT_GRAPH_HINT_LARGE_CAPTURE, 0);
    }
    rt_graph_free(g);
    rt_state_free(rt);
}

TEST(frames_are_roots)
{
    rt_config cfg = {0};
    cfg.write_out = quiet;
    rt_state *rt = rt_state_new(&cfg);
    const char *src = "def work():\n"
                      "    buf = [0.5] * 64\n"
                      "    n = 0\n"
                      "    while True:\n"
                      "        n += 1\n"
                      "work()\n";
    CHECK(rt_load(rt, "w.py", src, strlen(src)) == RT_OK);
    rt_budget budget = {2000, 0};
    CHECK(rt_run(rt, &budget) == RT_YIELD);
    rt_graph *g = rt_inspect_graph(rt);
    CHECK(g != NULL);
    check_totals(g);
    CHECK_EQ_INT(check_retained_naive(g), 0);
    /* the cache: same graph while nothing runs */
    CHECK(rt_inspect_graph(rt) == g);
    bool found = false;
    for (uint32_t v = 0; v < rt_graph_node_count(g); v++) {
        const rt_graph_node *n = rt_graph_node_at(g, v);
        if (strcmp(rt_graph_string(g, n->name), "list (64 items)") != 0)
            continue;
        char buf[256];
        rt_graph_render_path(g, v, buf, sizeof buf);
        CHECK_EQ_STR(
            buf, "frame of work (w.py:5) \xe2\x86\x92 local 'buf' \xe2\x86\x92 list (64 items)");
        found = true;
    }
    CHECK(found);
    CHECK(rt_run(rt, &budget) == RT_YIELD);
    rt_graph *g2 = rt_inspect_graph(rt);
    CHECK(g2 != NULL); /* rebuilt: the VM ran (g is freed) */
    rt_state_free(rt);
}

/* A running closure reads its free variables through its function's cells
 * (frame.h): its frame still shows each one as an edge by name, the path
 * to what the cell holds runs through the frame, and a full collection
 * while the frame runs frees nothing and leaves the cells working. */
TEST(closure_frame_reads_function_cells)
{
    rt_config cfg = {0};
    cfg.write_out = quiet;
    rt_state *rt = rt_state_new(&cfg);
    const char *src = "def make():\n"
                      "    buf = [0.5] * 64\n"
                      "    def work():\n"
                      "        n = 0\n"
                      "        while True:\n"
                      "            n += len(buf)\n"
                      "    return work\n"
                      "make()()\n";
    CHECK(rt_load(rt, "w.py", src, strlen(src)) == RT_OK);
    rt_budget budget = {2000, 0};
    CHECK(rt_run(rt, &budget) == RT_YIELD);
    rt_graph *g = rt_inspect_graph(rt);
    CHECK(g != NULL);
    if (!g) {
        rt_state_free(rt);
        return;
    }
    check_totals(g);
    check_structure(g);
    CHECK_EQ_INT(check_retained_naive(g), 0);
    bool found = false;
    for (uint32_t v = 0; v < rt_graph_node_count(g); v++) {
        const rt_graph_node *n = rt_graph_node_at(g, v);
        if (strcmp(rt_graph_string(g, n->name), "list (64 items)") != 0)
            continue;
        char buf[256];
        rt_graph_render_path(g, v, buf, sizeof buf);
        CHECK(strncmp(buf, "frame of make.<locals>.work (w.py:6)", 36) == 0);
        CHECK(strstr(buf, "'buf'") != NULL);
        found = true;
    }
    CHECK(found);
    CHECK_EQ_INT(rt_gc_collect(rt, 2, true, NULL), 0);
    CHECK(rt_run(rt, &budget) == RT_YIELD); /* still reading buf's cell */
    rt_state_free(rt);
}

/* A run suspended inside a dunder or attribute hook that the loop runs
 * from C (a nested loop on the fiber): the caller's frame stands in the
 * middle of an instruction, and its saved stack top (f->sp) must cover
 * exactly what its stack still holds. Before each expression, a builtin
 * method call left its stack top saved three slots up, over a 77-item list
 * freed right after: a stale f->sp counted that freed list in the graph
 * (its totals then exceed the heap's) or read its freed memory. */
TEST(frames_suspended_in_dunders)
{
    static const char *const exprs[] = {
        "s + k",  "s == k",     "s.missing", "1 if s else 2", "-s",
        "{s: 1}", "k in s",     "s[k]",      "f'{s}'",        "iter(s) if not k else 1",
        "s < k",  "s(k) and s", "{s}",       "s.prop",        "(s, k)[0] + k",
    };
    for (size_t i = 0; i < sizeof exprs / sizeof exprs[0]; i++) {
        char src[2048];
        snprintf(src, sizeof src,
                 "def spin():\n"
                 "    n = 0\n"
                 "    while True:\n"
                 "        n += 1\n"
                 "class Spin(dict):\n"
                 "    def __add__(self, o): return spin()\n"
                 "    def __eq__(self, o): return spin()\n"
                 "    def __lt__(self, o): return spin()\n"
                 "    def __getattr__(self, name): return spin()\n"
                 "    def __bool__(self): return spin()\n"
                 "    def __neg__(self): return spin()\n"
                 "    def __hash__(self): return spin()\n"
                 "    def __contains__(self, o): return spin()\n"
                 "    def __missing__(self, k): return spin()\n"
                 "    def __format__(self, spec): return spin()\n"
                 "    def __iter__(self): return spin()\n"
                 "    def __call__(self, k): return spin()\n"
                 "    @property\n"
                 "    def prop(self): return spin()\n"
                 "def work():\n"
                 "    s = Spin()\n"
                 "    k = [].count([0] * 77)\n"
                 "    return %s\n"
                 "work()\n",
                 exprs[i]);
        rt_config cfg = {0};
        cfg.write_out = quiet;
        rt_state *rt = rt_state_new(&cfg);
        CHECK(rt_load(rt, "w.py", src, strlen(src)) == RT_OK);
        rt_budget budget = {3000, 0};
        CHECK(rt_run(rt, &budget) == RT_YIELD);
        rt_graph *g = rt_inspect_graph(rt);
        CHECK(g != NULL);
        if (g) {
            check_totals(g);
            check_structure(g);
            bool stale = false, spinning = false;
            for (uint32_t v = 0; v < rt_graph_node_count(g); v++) {
                const rt_graph_node *n = rt_graph_node_at(g, v);
                const char *name = rt_graph_string(g, n->name);
                stale |= strcmp(name, "list (77 items)") == 0;
                spinning |= strcmp(rt_graph_string(g, n->type_name), "frame") == 0 &&
                            strcmp(name, "spin") == 0;
            }
            if (stale || !spinning)
                fprintf(stderr, "frames_suspended_in_dunders: %s\n", exprs[i]);
            CHECK(!stale);
            CHECK(spinning); /* suspended inside the hook, not before it */
        }
        rt_state_free(rt);
    }
}

/* ---- the leaking example -------------------------------------------------------------- */

static char *read_example(const char *name)
{
    char path[1024];
    const char *me = __FILE__;
    const char *cut = strstr(me, "tests/unit/runtime/");
    snprintf(path, sizeof path, "%.*sexamples/%s", cut ? (int)(cut - me) : 0, me, name);
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    char *buf = malloc(1 << 16);
    size_t n = fread(buf, 1, (1 << 16) - 1, f);
    buf[n] = 0;
    fclose(f);
    return buf;
}

TEST(leaky_handlers)
{
    char *src = read_example("leaky_handlers.py");
    CHECK(src != NULL);
    if (!src)
        return;
    rt_state *rt = run_src(src);
    free(src);
    rt_graph *g = rt_graph_build(rt);
    check_totals(g);
    check_structure(g);
    CHECK_EQ_INT(rt_graph_closure_count(g), 10);
    for (uint32_t i = 0; i < rt_graph_closure_count(g); i++) {
        const rt_graph_closure *c = rt_graph_closure_at(g, i);
        CHECK_EQ_INT(c->nvars, 1);
        uint64_t buffer = rt_graph_node_at(g, c->vars[0].value)->self_size; /* the list's bytes */
        CHECK(c->retained_bytes >= buffer);
        CHECK(c->retained_bytes * 100 <= buffer * 103); /* within 3% */
        CHECK(c->hints & RT_GRAPH_HINT_LARGE_CAPTURE);
        char buf[512];
        rt_graph_render_path(g, c->node, buf, sizeof buf);
        CHECK(strstr(buf, "globals['handlers'] \xe2\x86\x92 list[") == buf);
        CHECK(strstr(buf, "handle (closure, ") != NULL);
        rt_graph_render_path(g, c->vars[0].value, buf, sizeof buf);
        CHECK(strstr(buf, "captured 'buffer' \xe2\x86\x92 list (1000 items)") != NULL);
    }
    CHECK(rt_graph_site_count(g) >= 1);
    const rt_graph_site *s = rt_graph_site_at(g, 0);
    CHECK_EQ_INT(s->closures, 10);
    CHECK_EQ_STR(rt_graph_string(g, s->top_var), "buffer");
    CHECK(s->hints & RT_GRAPH_HINT_LARGE_CAPTURE);
    /* ids agree with the closure listing */
    const rt_graph_closure *c0 = rt_graph_closure_at(g, 0);
    CHECK(rt_graph_find(g, c0->id) == c0->node);
    rt_graph_free(g);
    rt_state_free(rt);
}

/* Why-alive paths run through instances, their __dict__ and bound methods:
 * a handler registry holding bound methods keeps their instances (and what
 * the instances hold) alive. */
TEST(paths_through_instances)
{
    rt_state *rt = run_src("class Widget:\n"
                           "    def __init__(self, n):\n"
                           "        self.buffer = list(range(n))\n"
                           "    def handle(self):\n"
                           "        return len(self.buffer)\n"
                           "registry = {}\n"
                           "for i in range(3):\n"
                           "    w = Widget(500)\n"
                           "    registry[i] = w.handle\n"
                           "del w\n");
    CHECK(rt != NULL);
    if (!rt)
        return;
    rt_graph *g = rt_graph_build(rt);
    check_totals(g);
    check_structure(g);
    uint32_t reg = global_node(g, "registry");
    CHECK(reg != RT_GRAPH_NONE);
    /* registry -> bound method -> __self__ (instance) -> __dict__ -> buffer */
    uint32_t ne;
    const rt_graph_edge *e = rt_graph_edges(g, reg, &ne);
    int found = 0, inline_attrs = 0;
    for (uint32_t k = 0; k < ne; k++) {
        uint32_t m = e[k].to;
        if (strcmp(rt_graph_string(g, rt_graph_node_at(g, m)->type_name), "method"))
            continue;
        const rt_graph_edge *self = edge_named(g, m, "__self__");
        CHECK(self != NULL);
        if (!self)
            continue;
        const rt_graph_node *inst = rt_graph_node_at(g, self->to);
        CHECK_EQ_STR(rt_graph_string(g, inst->type_name), "Widget");
        CHECK(edge_named(g, self->to, "__class__") != NULL);
        /* the attribute inline in the instance, or in its __dict__ (the
         * first Widget: its class learned the name from it) */
        const rt_graph_edge *d = edge_named(g, self->to, "__dict__");
        const rt_graph_edge *buf = edge_named(g, d ? d->to : self->to, "buffer");
        CHECK(buf != NULL);
        if (!buf)
            continue;
        inline_attrs += d == NULL;
        char path[512];
        rt_graph_render_path(g, buf->to, path, sizeof path);
        CHECK(strstr(path, "globals['registry']") == path);
        CHECK(strstr(path, "__self__") != NULL);
        CHECK((strstr(path, "__dict__") != NULL) == (d != NULL));
        /* the instance's retained size covers its buffer */
        CHECK(inst->retained_size >= rt_graph_node_at(g, buf->to)->self_size);
        found++;
    }
    CHECK_EQ_INT(found, 3);
    CHECK_EQ_INT(inline_attrs, 2);
    rt_graph_free(g);
    rt_state_free(rt);
}

/* ---- a million objects (untimed: the figure is printed) ------------------------------- */

#if defined(__SANITIZE_ADDRESS__)
#define BIG_N 200000
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define BIG_N 200000
#endif
#endif
#ifndef BIG_N
#define BIG_N 1000000
#endif

TEST(million_objects)
{
    char src[512];
    snprintf(src, sizeof src,
             "def mk(x):\n"
             "    def f():\n"
             "        return x\n"
             "    return f\n"
             "floats = [i + 0.5 for i in range(%d)]\n"
             "fs = [mk([i + 0.25]) for i in range(%d)]\n",
             BIG_N * 6 / 10, BIG_N / 10);
    rt_state *rt = run_src(src);
    struct timespec t0, t1, c0, c1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &c0);
    rt_graph *g = rt_graph_build(rt);
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &c1);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    CHECK(g != NULL);
    if (g) {
        check_totals(g);
        rt_graph_totals t;
        rt_graph_totals_get(g, &t);
        double ms = (double)(t1.tv_sec - t0.tv_sec) * 1e3 + (double)(t1.tv_nsec - t0.tv_nsec) / 1e6;
        double cpu =
            (double)(c1.tv_sec - c0.tv_sec) * 1e3 + (double)(c1.tv_nsec - c0.tv_nsec) / 1e6;
        printf("graph of %" PRIu64 " objects, %u edges: built in %.1f ms (%.1f ms CPU), %.1f MB\n",
               t.objects, t.edges, ms, cpu, (double)t.memory_bytes / 1e6);
        CHECK(t.objects >= (uint64_t)BIG_N);
        CHECK_EQ_INT(rt_graph_closure_count(g), BIG_N / 10);
        const rt_graph_closure *c = rt_graph_closure_at(g, 0);
        /* function + cell + list + float */
        CHECK(c->retained_bytes > rt_graph_node_at(g, c->node)->self_size);
        rt_graph_free(g);
    }
    rt_state_free(rt);
}

typedef struct records {
    rt_inspect_closure c[32];
    uint64_t shared0[32];
    bool graph0_matches[32];
    size_t n;
} records;

static int keep_record(void *ctx, const rt_inspect_closure *c)
{
    records *r = ctx;
    if (r->n < 32) {
        r->c[r->n] = *c;
        r->shared0[r->n] = c->nvars ? c->vars[0].shared_with : 0;
        r->graph0_matches[r->n] = !c->graph || (c->graph->nvars == c->nvars &&
                                                c->graph->vars[0].shared_with == r->shared0[r->n]);
        r->c[r->n].vars = NULL; /* borrowed only during the call */
        r->n++;
    }
    return 0;
}

static records query(rt_state *rt, rt_closure_sort sort, size_t limit, const char *file, int line,
                     const rt_graph *g, size_t *total)
{
    records r;
    memset(&r, 0, sizeof r);
    rt_closure_query q = {sort, file, line, limit, g};
    CHECK_EQ_INT(rt_inspect_closure_query(rt, &q, keep_record, &r, total), 0);
    return r;
}

typedef struct site_sum {
    uint64_t closures, env_bytes;
    int sites;
} site_sum;

static int sum_site(void *ctx, const rt_inspect_site *s)
{
    site_sum *t = ctx;
    t->sites++;
    t->closures += s->closures;
    t->env_bytes += s->env_bytes;
    return 0;
}

/* The ranked query: sort orders, the site filter, limit and total; no graph is built for it;
 * a cached analysis is reused while recent enough (and says it is no longer current), and
 * a closure born after it has no graph part until a new one. */
TEST(closure_query_and_analysis_age)
{
    rt_state *rt = run_src("def make(n):\n"
                           "    data = [0] * n\n"
                           "    def f():\n"
                           "        return data\n"
                           "    return f\n"
                           "fs = [make(10 * i) for i in range(1, 21)]\n"
                           "k = 5\n"
                           "g = lambda: k\n"
                           "def grow():\n"
                           "    fs.append(make(5000))\n");
    CHECK(rt != NULL);
    size_t total = 0;
    records r = query(rt, RT_CLOSURE_SORT_ENV_BYTES, 5, NULL, 0, NULL, &total);
    CHECK_EQ_INT(total, 20); /* the lambda captures a global: no cell, no closure */
    CHECK_EQ_INT(r.n, 5);
    for (size_t i = 0; i < r.n; i++) {
        CHECK(r.c[i].graph == NULL);
        CHECK(i == 0 || r.c[i - 1].env_bytes >= r.c[i].env_bytes);
    }
    records all = query(rt, RT_CLOSURE_SORT_ENV_BYTES, 100, NULL, 0, NULL, NULL);
    CHECK_EQ_INT(all.n, 20);
    CHECK(r.c[0].env_bytes == all.c[0].env_bytes && r.c[4].id == all.c[4].id);
    records old = query(rt, RT_CLOSURE_SORT_AGE, 3, "t.py", 3, NULL, &total);
    CHECK_EQ_INT(total, 20);
    CHECK(old.n == 3 && old.c[0].age_seq < old.c[1].age_seq && old.c[1].age_seq < old.c[2].age_seq);
    query(rt, RT_CLOSURE_SORT_AGE, 3, "t.py", 4, NULL, &total);
    CHECK_EQ_INT(total, 0);
    CHECK(rt_inspect_graph_cached(rt, NULL) == NULL); /* no query built a graph */

    site_sum t = {0, 0, 0};
    CHECK_EQ_INT(rt_inspect_sites(rt, NULL, sum_site, &t), 0);
    uint64_t env = 0;
    for (size_t i = 0; i < all.n; i++)
        env += all.c[i].env_bytes;
    CHECK(t.sites == 1 && t.closures == 20 && t.env_bytes == env);

    rt_inspect_analysis a;
    rt_graph *g1 = rt_inspect_graph_recent(rt, UINT64_MAX, &a);
    CHECK(g1 != NULL && a.current && a.build_ns > 0 && a.time_unix > 0);
    records ret = query(rt, RT_CLOSURE_SORT_RETAINED_BYTES, 3, NULL, 0, g1, NULL);
    CHECK_EQ_INT(ret.n, 3);
    for (size_t i = 0; i < ret.n; i++) {
        CHECK(ret.c[i].graph != NULL && ret.graph0_matches[i]);
        CHECK(i == 0 || ret.c[i - 1].graph->retained_bytes >= ret.c[i].graph->retained_bytes);
    }

    CHECK_EQ_INT(rt_call_global(rt, "grow"), RT_OK);
    CHECK_EQ_INT(rt_run(rt, NULL), RT_DONE);
    CHECK(rt_inspect_graph_recent(rt, UINT64_MAX, &a) == g1); /* recent enough: reused */
    CHECK(!a.current);
    records top = query(rt, RT_CLOSURE_SORT_ENV_BYTES, 1, NULL, 0, g1, &total);
    CHECK_EQ_INT(total, 21);
    CHECK(top.n == 1 && top.c[0].graph == NULL); /* born after the analysis */
    rt_graph *g2 = rt_inspect_graph_recent(rt, 0, &a);
    CHECK(g2 != NULL && a.current);
    CHECK(rt_inspect_graph_cached(rt, NULL) == g2);
    top = query(rt, RT_CLOSURE_SORT_ENV_BYTES, 1, NULL, 0, g2, NULL);
    CHECK(top.n == 1 && top.c[0].graph != NULL && top.graph0_matches[0]);
    t = (site_sum){0, 0, 0};
    CHECK_EQ_INT(rt_inspect_sites(rt, g2, sum_site, &t), 0);
    CHECK(t.sites == 1 && t.closures == 21);
    rt_state_free(rt);
}

/* A name only the attribute lookup cache keeps alive (made at run time, looked
 * up, then dropped) has a node under (runtime)'s (attribute cache), so the
 * graph's totals still agree with the heap's. */
TEST(attribute_cache_names)
{
    rt_state *rt = run_src("class A:\n"
                           "    pass\n"
                           "a = A()\n"
                           "name = 'attr_' + str(12345)\n"
                           "found = getattr(a, name, None)\n"
                           "del name\n");
    rt_graph *g = rt_graph_build(rt);
    check_totals(g);
    check_structure(g);
    uint32_t cache = RT_GRAPH_NONE, n = rt_graph_node_count(g);
    for (uint32_t i = 0; i < n; i++)
        if (strcmp(rt_graph_string(g, rt_graph_node_at(g, i)->name), "(attribute cache)") == 0)
            cache = i;
    CHECK(cache != RT_GRAPH_NONE);
    bool named = false;
    if (cache != RT_GRAPH_NONE) {
        uint32_t ne;
        const rt_graph_edge *e = rt_graph_edges(g, cache, &ne);
        for (uint32_t k = 0; k < ne; k++) {
            const rt_graph_node *to = rt_graph_node_at(g, e[k].to);
            named |= strcmp(rt_graph_string(g, to->name), "'attr_12345'") == 0 ||
                     strstr(rt_graph_string(g, to->name), "attr_12345") != NULL;
            CHECK_EQ_INT(to->dominator, cache);
        }
    }
    CHECK(named);
    rt_graph_free(g);
    rt_state_free(rt);
}

RUN_TESTS(CASE(closure_query_and_analysis_age), CASE(dominators_random_graphs),
          CASE(random_heaps_against_naive), CASE(shared_cell), CASE(memoryview_edges),
          CASE(cycle_through_closure), CASE(generator_frames), CASE(diamond),
          CASE(hints_late_binding_and_large_capture), CASE(hint_self_cycle_any_path),
          CASE(hint_late_binding_through_nesting), CASE(hint_large_capture_through_nesting),
          CASE(frames_are_roots), CASE(closure_frame_reads_function_cells),
          CASE(frames_suspended_in_dunders), CASE(leaky_handlers), CASE(million_objects),
          CASE(paths_through_instances), CASE(attribute_cache_names))
