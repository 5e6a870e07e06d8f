/* test_gc.c: the cycle collector on hand-built objects: cycles through
 * lists, tuples, dicts and closures (function + cell) freed only by the
 * collector, survivors promoted, frozen objects skipped, thresholds, the
 * event ring, the refcount/collector split and the heap back to baseline. */
#include <stdlib.h>
#include <string.h>

#include "runtime/cell.h"
#include "runtime/code.h"
#include "runtime/dict.h"
#include "runtime/func.h"
#include "runtime/gc.h"
#include "runtime/heap.h"
#include "runtime/inspect.h"
#include "runtime/list.h"
#include "runtime/rt_inspect.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "tests/harness.h"

static rt_state *rt;

static void setup(void)
{
    rt = rt_state_new(NULL);
    /* start from a clean slate: no earlier garbage, nothing young */
    rt_gc_collect(rt, 2, true, NULL);
}

static void teardown(void)
{
    rt_state_free(rt);
    rt = NULL;
}

static uint64_t live(void)
{
    return rt->heap.live_bytes;
}
static uint64_t rc_freed(void)
{
    return rt__gc_rc_freed_objects(rt);
}
static uint64_t gc_freed(void)
{
    return rt->gc->log.gc_freed_objects;
}

/* A code object for a closure with nfree free variables named a, b, ... */
static rt_value make_code(const char *name, int nfree)
{
    rt_code_shape shape = {0};
    shape.nfreevars = (uint16_t)nfree;
    shape.firstline = shape.lastline = 7;
    rt_value c = rt_code_new(rt, &shape);
    rt_code *code = rt_code_of(c);
    code->name = rt_str_intern(rt, name, strlen(name));
    code->qualname = rt_str_intern(rt, name, strlen(name));
    code->filename = rt_str_intern(rt, "t.py", 4);
    for (int i = 0; i < nfree; i++) {
        char v[2] = {(char)('a' + i), 0};
        code->freevars[i] = rt_str_intern(rt, v, 1);
    }
    return c;
}

/* A function of code (borrowed) whose cells are the given cells (borrowed). */
static rt_value make_func(rt_value code, rt_value *cells, int n)
{
    rt_value own[8];
    for (int i = 0; i < n; i++) {
        rt_incref(cells[i]);
        own[i] = cells[i];
    }
    return rt_func_new(rt, code, RT_NULL, RT_NULL, own);
}

TEST(test_self_cycle_list)
{
    setup();
    uint64_t base = live(), rc0 = rc_freed(), gc0 = gc_freed();
    rt_value l = rt_list_new(rt, 0);
    rt_list_append(rt, l, l);
    rt_decref(rt, l);
    CHECK(live() > base); /* refcounting cannot free it */
    CHECK_EQ_INT(rt_gc_collect(rt, 0, true, NULL), 1);
    CHECK_EQ_INT(live(), base);
    CHECK_EQ_INT(gc_freed() - gc0, 1);
    CHECK_EQ_INT(rc_freed() - rc0, 0);
    teardown();
}

TEST(test_acyclic_freed_by_refcount)
{
    setup();
    uint64_t base = live(), rc0 = rc_freed(), gc0 = gc_freed();
    rt_value l = rt_list_new(rt, 0);
    rt_value t = rt_tuple_pack(rt, 2, rt_smallint(1), l);
    rt_list_append_steal(rt, l, rt_str_from_cstr(rt, "not interned, freed too"));
    rt_decref(rt, l);
    rt_decref(rt, t);
    CHECK_EQ_INT(live(), base);
    CHECK_EQ_INT(rc_freed() - rc0, 3);
    CHECK_EQ_INT(gc_freed() - gc0, 0);
    CHECK_EQ_INT(rt_gc_collect(rt, 2, true, NULL), 0);
    teardown();
}

/* The split's bytes: a list's buffer replaced as it grows is freed outside
 * any dealloc (neither reference counting's nor the collector's); the list's
 * death then counts its header and its last buffer, and reference counting's
 * share plus the collector's plus the outside frees is every free. */
static uint64_t rc_freed_bytes(void)
{
    return rt__gc_rc_freed_bytes(rt);
}
TEST(test_split_outside_frees)
{
    setup();
    uint64_t base = live(), rcb0 = rc_freed_bytes(), gcb0 = rt->gc->log.gc_freed_bytes;
    uint64_t out0 = rt->heap.outside_freed_bytes, freed0 = rt->heap.freed_bytes;
    rt_value l = rt_list_new(rt, 0);
    for (int i = 0; i < 100; i++) /* regrows its buffer several times */
        CHECK_EQ_INT(rt_list_append(rt, l, rt_smallint(i)), 0);
    uint64_t out1 = rt->heap.outside_freed_bytes;
    CHECK(out1 > out0);                   /* the old buffers */
    CHECK_EQ_INT(rc_freed_bytes(), rcb0); /* nothing died yet */
    uint64_t size = rt_value_sizeof(l);
    rt_decref(rt, l);
    CHECK_EQ_INT(live(), base);
    CHECK_EQ_INT(rc_freed_bytes() - rcb0, size); /* the header, its link and its buffer */
    CHECK_EQ_INT(rt->heap.outside_freed_bytes, out1);
    CHECK_EQ_INT(rt->gc->log.gc_freed_bytes, gcb0);
    CHECK_EQ_INT(rt->heap.freed_bytes - freed0, (rc_freed_bytes() - rcb0) + (out1 - out0));
    CHECK_EQ_INT(rt->heap.dealloc_depth, 0);
    teardown();
}

TEST(test_cycle_with_leaves)
{
    setup();
    uint64_t base = live(), gc0 = gc_freed();
    rt_value a = rt_list_new(rt, 0), b = rt_dict_new(rt);
    rt_value s = rt_str_from_cstr(rt, "a leaf string the cycle owns");
    rt_value t = rt_tuple_pack(rt, 2, a, s); /* tuple -> list, str */
    rt_list_append(rt, a, b);                /* list -> dict */
    rt_dict_set_cstr(rt, b, "back", t);      /* dict -> tuple: a 3-cycle */
    rt_decref(rt, a);
    rt_decref(rt, b);
    rt_decref(rt, t);
    rt_decref(rt, s);
    CHECK_EQ_INT(rt_gc_collect(rt, 2, true, NULL), 3); /* containers only */
    CHECK_EQ_INT(live(), base);
    CHECK(gc_freed() - gc0 >= 4); /* the str dies in the delete phase too */
    teardown();
}

TEST(test_reachable_survives_and_is_promoted)
{
    setup();
    rt_value holder = rt_list_new(rt, 0);
    rt_value a = rt_list_new(rt, 0), b = rt_list_new(rt, 0);
    rt_list_append(rt, a, b);
    rt_list_append(rt, b, a);
    rt_list_append(rt, holder, a); /* the cycle is reachable from holder */
    rt_decref(rt, a);
    rt_decref(rt, b);
    CHECK_EQ_INT(rt_gc_collect(rt, 0, true, NULL), 0);
    CHECK_EQ_INT((rt_as_obj(a)->flags & RT_F_GEN_MASK) >> RT_F_GEN_SHIFT, 1);
    CHECK_EQ_INT((rt_as_obj(holder)->flags & RT_F_GEN_MASK) >> RT_F_GEN_SHIFT, 1);
    CHECK_EQ_INT(rt_gc_gen_size(rt, 0), 0);
    CHECK_EQ_INT(rt_gc_collect(rt, 1, true, NULL), 0);
    CHECK_EQ_INT((rt_as_obj(b)->flags & RT_F_GEN_MASK) >> RT_F_GEN_SHIFT, 2);
    uint64_t base = live();
    (void)base;
    rt_list_clear(rt, holder); /* now garbage, but in generation 2 */
    CHECK_EQ_INT(rt_gc_collect(rt, 0, true, NULL), 0);
    CHECK_EQ_INT(rt_gc_collect(rt, 1, true, NULL), 0);
    CHECK_EQ_INT(rt_gc_collect(rt, 2, true, NULL), 2);
    rt_decref(rt, holder);
    teardown();
}

TEST(test_young_cycle_kept_by_old_object)
{
    setup();
    rt_value old = rt_list_new(rt, 0);
    rt_gc_collect(rt, 1, true, NULL); /* old is in generation 2 now */
    rt_value a = rt_list_new(rt, 0);
    rt_list_append(rt, a, a);
    rt_list_append(rt, old, a);
    rt_decref(rt, a);
    CHECK_EQ_INT(rt_gc_collect(rt, 0, true, NULL), 0); /* the reference from old counts */
    rt_list_clear(rt, old);
    CHECK_EQ_INT(rt_gc_collect(rt, 2, true, NULL), 1);
    rt_decref(rt, old);
    teardown();
}

TEST(test_closure_cycles)
{
    setup();
    uint64_t base = live(), rc0 = rc_freed(), gc0 = gc_freed();
    rt_value code1 = make_code("f", 1), code2 = make_code("g", 2);
    uint64_t base_code = live();
    rt_inspect_totals tot;

    /* 1. a closure that captures itself: def f(): return f */
    rt_value c = rt_cell_new(rt, RT_NULL);
    rt_value f = make_func(code1, &c, 1);
    rt_cell_set_steal(rt, c, f); /* the cell owns f; we give up our reference */
    rt_decref(rt, c);

    /* 2. two closures capturing each other */
    rt_value cg = rt_cell_new(rt, RT_NULL), ch = rt_cell_new(rt, RT_NULL);
    rt_value cells_g[2] = {ch, cg};
    rt_value g = make_func(code2, cells_g, 2);
    rt_value h = make_func(code1, &cg, 1);
    rt_cell_set_steal(rt, cg, g); /* h captures g */
    rt_cell_set_steal(rt, ch, h); /* g captures h */
    rt_decref(rt, cg);
    rt_decref(rt, ch);

    /* 3. a closure in a list it captures */
    rt_value l = rt_list_new(rt, 0);
    rt_value cl = rt_cell_new(rt, l);
    rt_value k = make_func(code1, &cl, 1);
    rt_list_append_steal(rt, l, k);
    rt_decref(rt, cl);

    rt_inspect_totals_get(rt, &tot);
    CHECK_EQ_INT(tot.closures, 4);
    CHECK_EQ_INT(tot.functions, 4);
    struct rt_inspect_env_totals env;
    rt_inspect_env_totals(rt, &env);
    CHECK_EQ_INT(env.closures, 4);
    /* every cell holds a function or the list: all five are boxed */
    CHECK(env.env_shallow_bytes == env.env_bytes + 5 * (sizeof(rt_cell) + sizeof(rt_gc_box)));

    uint64_t before = live();
    CHECK(before > base_code);
    /* refcounting alone freed nothing of them */
    CHECK_EQ_INT(rc_freed() - rc0, 0);
    int64_t n = rt_gc_collect(rt, 2, true, NULL);
    CHECK_EQ_INT(n, 2 + 4 + 3); /* f+cell, g+h+2 cells, k+cell+list */
    CHECK_EQ_INT(live(), base_code);
    CHECK_EQ_INT(gc_freed() - gc0, 9);
    CHECK_EQ_INT(rc_freed() - rc0, 0);
    rt_inspect_totals_get(rt, &tot);
    CHECK_EQ_INT(tot.closures, 0);
    CHECK_EQ_INT(tot.functions, 0);
    CHECK_EQ_INT(tot.gc_freed_objects_total, gc_freed());

    rt_decref(rt, code1);
    rt_decref(rt, code2);
    CHECK_EQ_INT(live(), base);
    teardown();
}

struct seen {
    int n;
    uint64_t env;
    char repr[128];
    char name[16];
};

static int on_closure(void *ctx, const rt_inspect_closure *c)
{
    struct seen *s = ctx;
    s->n++;
    s->env += c->env_bytes;
    if (c->nvars > 0) {
        snprintf(s->repr, sizeof s->repr, "%s", c->vars[0].repr);
        snprintf(s->name, sizeof s->name, "%s", c->vars[0].name);
    }
    return 0;
}

TEST(test_inspect_closure_listing)
{
    setup();
    rt_value code1 = make_code("mul", 1), code0 = make_code("plain", 0);
    rt_value l = rt_list_new(rt, 0);
    rt_list_append_steal(rt, l, rt_str_from_cstr(rt, "it's"));
    rt_list_append(rt, l, rt_smallint(3));
    rt_value cell = rt_cell_new(rt, l); /* steals l */
    rt_value f = make_func(code1, &cell, 1);
    rt_value p = make_func(code0, NULL, 0);
    struct seen s = {0};
    rt_inspect_closures(rt, on_closure, &s);
    CHECK_EQ_INT(s.n, 1);
    CHECK_EQ_STR(s.name, "a");
    CHECK_EQ_STR(s.repr, "[\"it's\", 3]");
    CHECK_EQ_INT(s.env, rt_value_sizeof(l));
    struct seen s2 = {0};
    CHECK_EQ_INT(rt_inspect_closure_get(rt, rt__objid(rt, rt_as_obj(f)), NULL, on_closure, &s2), 0);
    CHECK_EQ_INT(s2.n, 1);
    CHECK_EQ_INT(rt_inspect_closure_get(rt, rt__objid(rt, rt_as_obj(p)), NULL, on_closure, &s2),
                 -1);
    rt_inspect_totals tot;
    rt_inspect_totals_get(rt, &tot);
    CHECK_EQ_INT(tot.closures, 1);
    CHECK_EQ_INT(tot.functions, 2);
    rt_decref(rt, f);
    rt_decref(rt, p);
    rt_decref(rt, cell);
    rt_inspect_totals_get(rt, &tot);
    CHECK_EQ_INT(tot.closures, 0);
    CHECK_EQ_INT(tot.functions, 0);
    rt_decref(rt, code1);
    rt_decref(rt, code0);
    teardown();
}

TEST(test_threshold_sets_pending_and_collects_gen0)
{
    setup();
    rt_value keep = rt_list_new(rt, 0);
    rt->gc_pending = false;
    for (int i = 0; i < 700 && !rt->gc_pending; i++) {
        rt_value x = rt_list_new(rt, 0);
        rt_list_append_steal(rt, keep, x);
    }
    CHECK(rt->gc_pending);
#ifdef RT_STRESS_GC
    teardown();
    return; /* the stress switch collects at every allocation: no thresholds to see */
#endif
    rt__gc_maybe_collect(rt);
    CHECK(!rt->gc_pending);
    rt_inspect_gc g;
    rt_inspect_gc_get(rt, &g);
    CHECK_EQ_INT(g.gen[0].collections, 1);
    CHECK_EQ_INT(g.gen[0].count, 0);
    CHECK_EQ_INT(g.gen[1].count, 1);
    CHECK_EQ_INT(g.gen[0].threshold, 700);
    rt_gc_event ev;
    CHECK_EQ_INT(rt_inspect_gc_events(rt, 1, &ev, 1), 1); /* setup's was seq 1 */
    CHECK(!ev.manual);
    CHECK_EQ_INT(ev.generation, 0);
    CHECK(ev.examined >= 701);
    /* disabled: nothing is pending */
    rt->gc->enabled = false;
    for (int i = 0; i < 800; i++)
        rt_list_append_steal(rt, keep, rt_list_new(rt, 0));
    CHECK(!rt->gc_pending);
    rt->gc->enabled = true;
    rt_decref(rt, keep);
    teardown();
}

TEST(test_freeze)
{
    setup();
    rt_value a = rt_list_new(rt, 0);
    rt_list_append(rt, a, a);
    rt_decref(rt, a);
    rt_gc_freeze(rt);
    CHECK(rt->gc->frozen >= 1);
    CHECK_EQ_INT(rt_gc_gen_size(rt, 0), 0);
    CHECK_EQ_INT(rt_gc_collect(rt, 2, true, NULL), 0);
    rt_gc_unfreeze(rt);
    CHECK_EQ_INT(rt->gc->frozen, 0);
    CHECK_EQ_INT(rt_gc_collect(rt, 2, true, NULL), 1);
    teardown();
}

TEST(test_event_ring)
{
    setup();
    uint64_t first;
    rt_inspect_gc g;
    rt_inspect_gc_get(rt, &g);
    first = g.events_total;
    for (int i = 0; i < RT_GC_EVENT_RING + 10; i++)
        rt_gc_collect(rt, 0, true, NULL);
    rt_inspect_gc_get(rt, &g);
    CHECK_EQ_INT(g.events_total, first + RT_GC_EVENT_RING + 10);
    CHECK_EQ_INT(g.gen[0].collections, RT_GC_EVENT_RING + 10);
    rt_gc_event *evs = calloc(RT_GC_EVENT_RING + 20, sizeof *evs);
    size_t n = rt_inspect_gc_events(rt, 0, evs, RT_GC_EVENT_RING + 20);
    CHECK_EQ_INT(n, RT_GC_EVENT_RING);
    CHECK_EQ_INT(evs[0].seq, g.events_total - RT_GC_EVENT_RING + 1);
    CHECK_EQ_INT(evs[n - 1].seq, g.events_total);
    CHECK(evs[n - 1].manual);
    CHECK(evs[n - 1].time_unix > 1e9);
    n = rt_inspect_gc_events(rt, g.events_total - 3, evs, 10);
    CHECK_EQ_INT(n, 3);
    free(evs);
    teardown();
}

TEST(test_stress_cycles_and_short_lived)
{
    setup();
    uint64_t base = live(), gc0 = gc_freed(), rc0 = rc_freed();
    rt_value code1 = make_code("f", 1);
    uint64_t base_code = live();
    /* 100k short-lived closures (function + cell): all freed by refcounting */
    for (int i = 0; i < 100000; i++) {
        rt_value c = rt_cell_new(rt, rt_smallint(i));
        rt_value f = make_func(code1, &c, 1);
        rt_decref(rt, c);
        rt_decref(rt, f);
        if (rt->gc_pending)
            rt__gc_maybe_collect(rt);
    }
    CHECK_EQ_INT(rc_freed() - rc0, 200000);
    CHECK_EQ_INT(live(), base_code);
    /* 10k self-capturing closures: all freed by the collector as it runs */
    rt_inspect_gc g0, g1;
    rt_inspect_gc_get(rt, &g0);
    for (int i = 0; i < 10000; i++) {
        rt_value c = rt_cell_new(rt, RT_NULL);
        rt_value f = make_func(code1, &c, 1);
        rt_cell_set_steal(rt, c, f);
        rt_decref(rt, c);
        if (rt->gc_pending)
            rt__gc_maybe_collect(rt);
    }
    rt_gc_collect(rt, 2, true, NULL);
    rt_inspect_gc_get(rt, &g1);
    uint64_t collected = 0;
    for (int i = 0; i < 3; i++)
        collected += g1.gen[i].collected - g0.gen[i].collected;
    CHECK_EQ_INT(collected, 20000);
    CHECK_EQ_INT(gc_freed() - gc0, 20000);
    CHECK_EQ_INT(live(), base_code);
    rt_decref(rt, code1);
    CHECK_EQ_INT(live(), base);
    teardown();
}

static int gen_of(rt_value v)
{
    return (rt_as_obj(v)->flags & RT_F_GEN_MASK) >> RT_F_GEN_SHIFT;
}

TEST(test_cell_boxed_on_first_container)
{
    setup();
    uint64_t base = live();
    rt_value c = rt_cell_new(rt, rt_smallint(7));
    rt_obj *co = rt_as_obj(c);
    /* a cell of leaves: 16 bytes, no link, unknown to the collector */
    CHECK_EQ_INT(rt_value_sizeof(c), 16);
    CHECK_EQ_INT(live() - base, 16);
    CHECK(!(co->flags & (RT_F_TRACKED | RT_F_BOXED)));
    rt_value leaf = rt_str_from_cstr(rt, "a leaf");
    uint64_t leaf_bytes = rt_value_sizeof(leaf);
    rt_cell_set_steal(rt, c, leaf);
    CHECK(!(co->flags & RT_F_BOXED));
    rt_value l = rt_list_new(rt, 0);
    uint64_t list_bytes = rt_value_sizeof(l);
    rt_incref(l);
    rt_cell_set_steal(rt, c, l); /* the first container: boxed and tracked */
    CHECK(co->flags & RT_F_BOXED);
    CHECK(co->flags & RT_F_TRACKED);
    CHECK_EQ_INT(gen_of(c), 0);
    CHECK(rt_cell_get(c) == l);
    CHECK_EQ_INT(rt_value_sizeof(c), 16 + sizeof(rt_gc_box));
    CHECK(rt_gc_link_of(co)->next != NULL);
    CHECK(rt_obj_of_link(rt_gc_link_of(co)) == co); /* the box's link answers with the cell */
    /* the str is gone; the box is charged to the cell */
    CHECK(leaf_bytes > 0);
    CHECK_EQ_INT(live() - base, 16 + sizeof(rt_gc_box) + list_bytes);
    /* survivors are stamped on the cell, never on the box */
    CHECK_EQ_INT(rt_gc_collect(rt, 0, true, NULL), 0);
    CHECK_EQ_INT(gen_of(c), 1);
    /* boxed for good: a leaf again lives in the box */
    rt_cell_set_steal(rt, c, rt_smallint(9));
    CHECK(co->flags & RT_F_BOXED);
    CHECK(rt_cell_get(c) == rt_smallint(9));
    CHECK_EQ_INT(rt_as_obj(l)->refcnt, 1);
    rt_decref(rt, l);
    rt_decref(rt, c);
    CHECK_EQ_INT(live(), base);
    teardown();
}

TEST(test_cycle_through_cell_boxed_late)
{
    setup();
    uint64_t base = live(), gc0 = gc_freed();
    rt_value code1 = make_code("again", 1);
    uint64_t base_code = live();
    /* def outer(): def again(): again  (the cell starts empty, unboxed) */
    rt_value cell = rt_cell_new(rt, RT_NULL);
    rt_value f = make_func(code1, &cell, 1);
    CHECK(!(rt_as_obj(cell)->flags & RT_F_BOXED));
    rt_cell_set_steal(rt, cell, f); /* the cell owns f now: a cycle */
    CHECK(rt_as_obj(cell)->flags & RT_F_BOXED);
    /* a frame still holds the cell: its reference is external, nothing is garbage */
    CHECK_EQ_INT(rt_gc_collect(rt, 0, true, NULL), 0);
    CHECK(rt_cell_get(cell) == f);
    CHECK_EQ_INT(rt_as_obj(f)->refcnt, 1);
    rt_decref(rt, cell); /* the frame returns */
    CHECK(live() > base_code);
    CHECK_EQ_INT(rt_gc_collect(rt, 0, true, NULL), 0); /* both in generation 1 now */
    CHECK_EQ_INT(rt_gc_collect(rt, 1, true, NULL), 2); /* the function and its cell */
    CHECK_EQ_INT(live(), base_code);
    CHECK_EQ_INT(gc_freed() - gc0, 2);
    rt_decref(rt, code1);
    CHECK_EQ_INT(live(), base);
    teardown();
}

TEST(test_cell_born_boxed_is_one_block)
{
    setup();
    uint64_t base = live(), gc0 = gc_freed();
    rt_value code1 = make_code("again", 1);
    uint64_t base_code = live();
    uint64_t allocs = rt_heap_live_objects(rt);
    /* a cell made ready for a container: cell and box in one 56-byte block,
     * tracked, even while it holds a leaf */
    rt_value cell = rt__cell_new_boxed(rt, rt_smallint(3));
    rt_obj *co = rt_as_obj(cell);
    CHECK((co->flags & (RT_F_BOXED | RT_CELL_F_INLINE_BOX)) == (RT_F_BOXED | RT_CELL_F_INLINE_BOX));
    CHECK(co->flags & RT_F_TRACKED);
    CHECK_EQ_INT(live() - base_code, sizeof(rt_cell) + sizeof(rt_gc_box));
    CHECK_EQ_INT(rt_heap_live_objects(rt) - allocs, 1);
    CHECK_EQ_INT(rt_value_sizeof(cell), sizeof(rt_cell) + sizeof(rt_gc_box));
    CHECK(rt_cell_get(cell) == rt_smallint(3));
    /* the function it will hold closes a cycle only the collector frees */
    rt_value f = make_func(code1, &cell, 1);
    rt_cell_set_steal(rt, cell, f);
    CHECK(rt_cell_get(cell) == f);
    rt_decref(rt, cell);
    CHECK_EQ_INT(rt_gc_collect(rt, 2, true, NULL), 2);
    CHECK_EQ_INT(gc_freed() - gc0, 2);
    CHECK_EQ_INT(live(), base_code);
    /* rt_cell_new of a container is born boxed the same way; freed by its count */
    rt_value l = rt_list_new(rt, 0);
    uint64_t before = live();
    rt_value c2 = rt_cell_new(rt, l);
    CHECK(rt_as_obj(c2)->flags & RT_CELL_F_INLINE_BOX);
    CHECK_EQ_INT(live() - before, sizeof(rt_cell) + sizeof(rt_gc_box));
    rt_decref(rt, c2);
    CHECK_EQ_INT(live(), base_code);
    rt_decref(rt, code1);
    CHECK_EQ_INT(live(), base);
    teardown();
}

TEST(test_chain_of_boxed_cells_frees_iteratively)
{
    setup();
    uint64_t base = live();
    rt_value code1 = make_code("link", 1);
    rt_value prev = RT_NONE;
    /* each closure captures the one before: func -> cell -> func ... 200,000 deep */
    for (int i = 0; i < 200000; i++) {
        rt_value cell = rt_cell_new(rt, prev); /* steals prev */
        prev = make_func(code1, &cell, 1);
        rt_decref(rt, cell);
    }
    CHECK(rt_as_obj(rt_func_of(prev)->cells[0])->flags & RT_F_BOXED);
    rt_decref(rt, prev); /* the trashcan queues boxed cells and functions: no deep recursion */
    rt_decref(rt, code1);
    CHECK_EQ_INT(live(), base);
    teardown();
}

struct ages {
    int n;
    uint64_t id[4], age[4];
};

static int on_age(void *ctx, const rt_inspect_closure *c)
{
    struct ages *a = ctx;
    if (a->n < 4) {
        a->id[a->n] = c->id;
        a->age[a->n] = c->age_seq;
    }
    a->n++;
    return 0;
}

/* The age of closure f in the listing, 0 when it is not listed. */
static uint64_t age_of(rt_value f)
{
    struct ages a = {0};
    rt_inspect_closures(rt, on_age, &a);
    for (int i = 0; i < a.n && i < 4; i++)
        if (a.id[i] == rt__objid(rt, rt_as_obj(f)))
            return a.age[i];
    return 0;
}

TEST(test_registry_numbers_packed_and_wide)
{
    setup();
    uint64_t base = live();
    rt_value code1 = make_code("f", 1);
    rt_value cell = rt_cell_new(rt, rt_smallint(1));
    rt_value a = make_func(code1, &cell, 1), b = make_func(code1, &cell, 1);
    uint64_t age_a = age_of(a), age_b = age_of(b);
    CHECK(age_a > 0 && age_b == age_a + 1);
    CHECK(rt_func_extra_of(rt_func_of(a)) == NULL); /* packed in the function's own word */
    CHECK_EQ_INT(rt_value_sizeof(a), 48);
    /* an extra record attached later takes the index and the number along */
    rt_value defs = rt_tuple_pack(rt, 1, rt_smallint(5));
    rt_value name = rt_str_from_cstr(rt, "__defaults__");
    CHECK_EQ_INT(rt_func_setattr(rt, a, name, defs), 0);
    CHECK(rt_func_extra_of(rt_func_of(a)) != NULL);
    CHECK_EQ_INT(age_of(a), age_a);
    /* numbers past 32 bits: the closure is born with an extra record holding them */
    rt__inspect_seq_skip(rt, UINT64_C(1) << 32);
    rt_value w = make_func(code1, &cell, 1);
    CHECK(rt_func_extra_of(rt_func_of(w)) != NULL);
    CHECK_EQ_INT(rt_value_sizeof(w), 48 + sizeof(rt_func_extra));
    CHECK(age_of(w) == age_b + 1 + (UINT64_C(1) << 32));
    /* a death moves the last slot: each keeps its number and stays findable */
    rt_decref(rt, a);
    CHECK_EQ_INT(age_of(b), age_b);
    CHECK(age_of(w) == age_b + 1 + (UINT64_C(1) << 32));
    rt_decref(rt, b);
    CHECK(age_of(w) == age_b + 1 + (UINT64_C(1) << 32));
    rt_inspect_totals tot;
    rt_inspect_totals_get(rt, &tot);
    CHECK_EQ_INT(tot.closures, 1);
    rt_decref(rt, w);
    rt_decref(rt, defs);
    rt_decref(rt, name);
    rt_decref(rt, cell);
    rt_decref(rt, code1);
    CHECK_EQ_INT(live(), base);
    teardown();
}

/* A collection of generations 0..1 tells its young objects from older ones
 * by their generation stamps (one walk for gc_refs): a cycle spanning
 * generations 0 and 1 is found, a generation-0 object kept only by a
 * generation-2 one survives, and every survivor ends stamped 2. */
TEST(test_collection_spanning_young_generations)
{
    setup();
    rt_value old = rt_list_new(rt, 0);
    rt_gc_collect(rt, 1, true, NULL); /* old: generation 2 */
    CHECK_EQ_INT(gen_of(old), 2);
    rt_value a = rt_list_new(rt, 0), kept1 = rt_list_new(rt, 0);
    rt_gc_collect(rt, 0, true, NULL); /* a, kept1: generation 1 */
    CHECK_EQ_INT(gen_of(a), 1);
    rt_value b = rt_list_new(rt, 0), kept0 = rt_list_new(rt, 0); /* generation 0 */
    CHECK_EQ_INT(gen_of(b), 0);
    rt_list_append(rt, a, b); /* the cycle a <-> b spans generations 1 and 0 */
    rt_list_append(rt, b, a);
    rt_list_append(rt, old, kept0); /* old (gen 2) -> kept0 (gen 0) -> kept1 (gen 1) */
    rt_list_append(rt, kept0, kept1);
    rt_decref(rt, a);
    rt_decref(rt, b);
    rt_decref(rt, kept0);
    rt_decref(rt, kept1);
    uint64_t gc0 = gc_freed();
    CHECK_EQ_INT(rt_gc_collect(rt, 1, true, NULL), 2);
    CHECK_EQ_INT(gc_freed() - gc0, 2);
    CHECK_EQ_INT(gen_of(kept0), 2);
    CHECK_EQ_INT(gen_of(kept1), 2);
    CHECK_EQ_INT(gen_of(old), 2);
    CHECK_EQ_INT(rt_gc_gen_size(rt, 0), 0);
    CHECK_EQ_INT(rt_gc_gen_size(rt, 1), 0);
    /* a frozen object is never young, whatever the collection */
    rt_value frozen = rt_list_new(rt, 0);
    rt_list_append(rt, frozen, frozen);
    rt_decref(rt, frozen);
    rt_gc_freeze(rt);
    CHECK_EQ_INT(rt_gc_collect(rt, 2, true, NULL), 0);
    rt_gc_unfreeze(rt);
    CHECK_EQ_INT(rt_gc_collect(rt, 2, true, NULL), 1);
    rt_decref(rt, old);
    teardown();
}

/* Generation 0's count is allocations minus deaths of tracked objects of
 * any generation (CPython's): old objects dying make room for young ones,
 * so a program that replaces a batch of long-lived objects does not
 * collect more often than one that keeps them. */
TEST(test_gen0_count_includes_old_deaths)
{
    setup();
    rt_value keep = rt_list_new(rt, 0);
    for (int i = 0; i < 500; i++)
        rt_list_append_steal(rt, keep, rt_list_new(rt, 0));
    rt_gc_collect(rt, 1, true, NULL); /* all 501 in generation 2; counts reset */
    CHECK_EQ_INT(rt->gc->gens[0].count, 0);
    rt->gc_pending = false;
    rt_value young = rt_list_new(rt, 0);
    for (int i = 0; i < 599; i++)
        rt_list_append_steal(rt, young, rt_list_new(rt, 0));
    CHECK_EQ_INT(rt->gc->gens[0].count, 600);
    rt_list_clear(rt, keep); /* 500 deaths in generation 2 */
    CHECK_EQ_INT(rt->gc->gens[0].count, 100);
    for (int i = 0; i < 600; i++)
        rt_list_append_steal(rt, young, rt_list_new(rt, 0));
    CHECK_EQ_INT(rt->gc->gens[0].count, 700);
    CHECK(!rt->gc_pending); /* 700 is not past the threshold */
    rt_list_append_steal(rt, young, rt_list_new(rt, 0));
#ifndef RT_STRESS_GC
    CHECK(rt->gc_pending);
#endif
    /* deaths never take the count below zero */
    rt_gc_collect(rt, 0, true, NULL);
    rt_decref(rt, young);
    CHECK_EQ_INT(rt->gc->gens[0].count, 0);
    rt_decref(rt, keep);
    teardown();
}

/* Full collections are rationed as CPython's: generation 2 over its
 * threshold is collected only once the objects promoted into it since the
 * last full collection are at least a quarter of those that survived it;
 * until then the automatic collection is generation 1's. */
TEST(test_full_collections_rationed)
{
    setup();
#ifdef RT_STRESS_GC
    teardown();
    return;
#endif
    rt_value keep = rt_list_new(rt, 0);
    for (int i = 0; i < 4000; i++)
        rt_list_append_steal(rt, keep, rt_list_new(rt, 0));
    rt_gc_collect(rt, 2, true, NULL);
    uint64_t total = rt->gc->long_lived_total; /* keep's 4001 and the state's own objects */
    CHECK(total >= 4001);
    CHECK_EQ_INT(rt->gc->long_lived_pending, 0);
    rt_inspect_gc before, after;
    rt_inspect_gc_get(rt, &before);
    rt->gc->gens[2].count = rt->gc->gens[2].threshold + 1; /* generation 2 is due */
    rt->gc->gens[0].count = rt->gc->gens[0].threshold + 1;
    rt__gc_maybe_collect(rt);
    rt_inspect_gc_get(rt, &after);
    CHECK_EQ_INT(after.gen[2].collections, before.gen[2].collections); /* rationed */
    CHECK_EQ_INT(after.gen[0].collections, before.gen[0].collections + 1);
    /* a quarter of the long-lived total promoted into generation 2 lifts the ration */
    rt_value more = rt_list_new(rt, 0);
    for (uint64_t i = 0; i < total / 4; i++)
        rt_list_append_steal(rt, more, rt_list_new(rt, 0));
    rt_gc_collect(rt, 1, true, NULL);
    CHECK_EQ_INT(rt->gc->long_lived_pending, total / 4 + 1);
    rt->gc->gens[2].count = rt->gc->gens[2].threshold + 1;
    rt->gc->gens[0].count = rt->gc->gens[0].threshold + 1;
    rt_inspect_gc_get(rt, &before);
    rt__gc_maybe_collect(rt);
    rt_inspect_gc_get(rt, &after);
    CHECK_EQ_INT(after.gen[2].collections, before.gen[2].collections + 1);
    CHECK_EQ_INT(rt->gc->long_lived_pending, 0);
    CHECK_EQ_INT(rt->gc->long_lived_total, total + total / 4 + 1);
    rt_decref(rt, more);
    rt_decref(rt, keep);
    teardown();
}

/* A young generation whose every object is referenced from outside it
 * (closures collected into an older list) is promoted without a second
 * traversal (all_reachable); one young-only reference anywhere takes the
 * full path again, and both leave the same lists and stamps. */
TEST(test_young_all_referenced_from_outside)
{
    setup();
    rt_value old = rt_list_new(rt, 0);
    rt_gc_collect(rt, 1, true, NULL); /* old: generation 2 */
    for (int i = 0; i < 50; i++)
        rt_list_append_steal(rt, old, rt_list_new(rt, 0));
    CHECK_EQ_INT(rt_gc_gen_size(rt, 0), 50);
    CHECK_EQ_INT(rt_gc_collect(rt, 0, true, NULL), 0);
    CHECK_EQ_INT(rt_gc_gen_size(rt, 0), 0);
    CHECK_EQ_INT(rt_gc_gen_size(rt, 1), 50);
    CHECK_EQ_INT(gen_of(rt_list_get(old, 0)), 1);
    CHECK_EQ_INT(gen_of(rt_list_get(old, 49)), 1);
    /* young objects referenced from outside, and a young cycle beside them */
    for (int i = 0; i < 10; i++)
        rt_list_append_steal(rt, old, rt_list_new(rt, 0));
    rt_value a = rt_list_new(rt, 0), b = rt_list_new(rt, 0);
    rt_list_append(rt, a, b);
    rt_list_append(rt, b, a);
    rt_decref(rt, a);
    rt_decref(rt, b);
    CHECK_EQ_INT(rt_gc_collect(rt, 0, true, NULL), 2);
    CHECK_EQ_INT(rt_gc_gen_size(rt, 1), 60);
    CHECK_EQ_INT(gen_of(rt_list_get(old, 59)), 1);
    rt_decref(rt, old);
    teardown();
}

/* move_unreachable skips the second traversal of an object that references
 * nothing in the young list (a closure whose cell holds a number); what such
 * an object's neighbours reach still survives: a closure whose boxed cell
 * holds a young list, a list first seen with gc_refs 0 and moved back when
 * its holder is reached later, and what that list holds; a young cycle
 * beside them is still found. */
TEST(test_unreachable_walk_skips_leaf_referrers)
{
    setup();
    uint64_t base = live();
    rt_value code1 = make_code("m", 1);
    rt_value holder = rt_list_new(rt, 0); /* young; this test's reference is external */
    for (int i = 0; i < 20; i++) {
        rt_value c = rt_cell_new(rt, rt_smallint(i));
        rt_list_append_steal(rt, holder, make_func(code1, &c, 1));
        rt_decref(rt, c);
    }
    /* x (older than its holder y) holds z, born last: x and z have gc_refs 0 */
    rt_value x = rt_list_new(rt, 0), y = rt_list_new(rt, 0), z = rt_list_new(rt, 0);
    rt_list_append_steal(rt, y, x);
    rt_list_append_steal(rt, x, z);
    rt_list_append_steal(rt, holder, y);
    /* a closure whose cell is boxed and holds a young list */
    rt_value cell = rt_cell_new(rt, rt_smallint(1));
    rt_value m = rt_list_new(rt, 0);
    rt_list_append_steal(rt, m, rt_str_from_cstr(rt, "kept through a boxed cell"));
    rt_cell_set_steal(rt, cell, m);
    rt_list_append_steal(rt, holder, make_func(code1, &cell, 1));
    rt_decref(rt, cell);
    /* a young cycle beside them */
    rt_value a = rt_list_new(rt, 0), b = rt_list_new(rt, 0);
    rt_list_append(rt, a, b);
    rt_list_append(rt, b, a);
    rt_decref(rt, a);
    rt_decref(rt, b);
    size_t young = rt_gc_gen_size(rt, 0);
    CHECK_EQ_INT(rt_gc_collect(rt, 0, true, NULL), 2);
    CHECK_EQ_INT(rt_gc_gen_size(rt, 0), 0);
    CHECK_EQ_INT(rt_gc_gen_size(rt, 1), young - 2);
    for (int i = 0; i < 20; i++) {
        rt_value f = rt_list_get(holder, i);
        CHECK_EQ_INT(gen_of(f), 1);
        CHECK(rt_cell_get(rt_func_of(f)->cells[0]) == rt_smallint(i));
    }
    CHECK_EQ_INT(gen_of(x), 1);
    CHECK_EQ_INT(gen_of(z), 1);
    CHECK(rt_list_get(x, 0) == z);
    CHECK_EQ_INT(rt_as_obj(z)->refcnt, 1);
    CHECK_EQ_INT(gen_of(m), 1);
    CHECK_EQ_INT(rt_list_len(m), 1);
    /* the same set collected again as generation 1, and then dropped */
    CHECK_EQ_INT(rt_gc_collect(rt, 1, true, NULL), 0);
    CHECK_EQ_INT(gen_of(z), 2);
    rt_decref(rt, holder);
    rt_decref(rt, code1);
    CHECK_EQ_INT(live(), base);
    teardown();
}

/* A surviving tuple that holds nothing the collector follows is let go of
 * (untracked, as CPython's untrack_tuples): at once when it holds only
 * leaves, one collection later when it holds such a tuple (still tracked
 * when it was looked at); one holding a list stays, and so does the list;
 * the survivors counted for the full collections' rationing leave the
 * untracked ones out. */
TEST(test_atomic_tuples_untracked_by_collection)
{
    setup();
    uint64_t base = live();
    rt_value s = rt_str_from_cstr(rt, "a leaf");
    rt_value leaves = rt_tuple_pack(rt, 2, rt_smallint(1), s);
    rt_decref(rt, s);
    rt_value inner = rt_tuple_pack(rt, 1, rt_smallint(2));
    rt_value outer = rt_tuple_pack(rt, 1, inner);
    rt_decref(rt, inner);
    rt_value l = rt_list_new(rt, 0);
    rt_value holds_list = rt_tuple_pack(rt, 2, rt_smallint(3), l);
    CHECK(rt_as_obj(leaves)->flags & RT_F_TRACKED);
    CHECK_EQ_INT(rt_gc_gen_size(rt, 0), 5);
    CHECK_EQ_INT(rt_gc_collect(rt, 0, true, NULL), 0);
    CHECK(!(rt_as_obj(leaves)->flags & RT_F_TRACKED));
    CHECK(!(rt_as_obj(inner)->flags & RT_F_TRACKED));
    CHECK(rt_as_obj(outer)->flags & RT_F_TRACKED); /* inner was tracked when it was looked at */
    CHECK(rt_as_obj(holds_list)->flags & RT_F_TRACKED);
    CHECK(rt_as_obj(l)->flags & RT_F_TRACKED);
    CHECK_EQ_INT(rt_gc_gen_size(rt, 1), 3);
    uint64_t pending = rt->gc->long_lived_pending;
    CHECK_EQ_INT(rt_gc_collect(rt, 1, true, NULL), 0);
    CHECK(!(rt_as_obj(outer)->flags & RT_F_TRACKED));
    CHECK_EQ_INT(rt->gc->long_lived_pending - pending, 2); /* the list and its tuple */
    CHECK_EQ_INT(gen_of(holds_list), 2);
    CHECK(rt_tuple_items(outer)[0] == inner);
    rt_decref(rt, leaves);
    rt_decref(rt, outer);
    rt_decref(rt, holds_list);
    rt_decref(rt, l);
    CHECK_EQ_INT(live(), base);
    teardown();
}

RUN_TESTS(CASE(test_self_cycle_list), CASE(test_acyclic_freed_by_refcount),
          CASE(test_split_outside_frees), CASE(test_cycle_with_leaves),
          CASE(test_reachable_survives_and_is_promoted), CASE(test_young_cycle_kept_by_old_object),
          CASE(test_closure_cycles), CASE(test_inspect_closure_listing),
          CASE(test_threshold_sets_pending_and_collects_gen0), CASE(test_freeze),
          CASE(test_event_ring), CASE(test_stress_cycles_and_short_lived),
          CASE(test_cell_boxed_on_first_container), CASE(test_cycle_through_cell_boxed_late),
          CASE(test_cell_born_boxed_is_one_block),
          CASE(test_chain_of_boxed_cells_frees_iteratively),
          CASE(test_registry_numbers_packed_and_wide),
          CASE(test_collection_spanning_young_generations),
          CASE(test_gen0_count_includes_old_deaths), CASE(test_full_collections_rationed),
          CASE(test_young_all_referenced_from_outside),
          CASE(test_unreachable_walk_skips_leaf_referrers),
          CASE(test_atomic_tuples_untracked_by_collection))
