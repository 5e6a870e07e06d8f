/* inspect.c: implements rt_inspect.h (heap and collector totals, the event
 * ring, live closures with their captured variables, the histograms) and the
 * registry of live functions behind the closure listing. Reads the heap
 * without changing it: short reprs are written into C buffers, never
 * allocated as objects. */
#include "runtime/inspect.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/bigint.h"
#include "runtime/cell.h"
#include "runtime/code.h"
#include "runtime/dict.h"
#include "runtime/func.h"
#include "runtime/gc.h"
#include "runtime/gclog.h"
#include "runtime/graph.h"
#include "runtime/heap.h"
#include "runtime/list.h"
#include "runtime/numfmt.h"
#include "runtime/rt_inspect.h"
#include "runtime/set.h"
#include "runtime/site.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"

/* ---- the registry: a dense array of live closures ---------------------------
 * slots[0..used) hold every live closure (a function with cells). Each
 * closure knows its own index and its registration number `seq` (age), so a
 * birth appends and a death moves the last entry into the dead one's place:
 * both O(1), no hashing (this runs on every closure's birth and death).
 * Iteration is O(live closures), in an order that depends only on the
 * sequence of births and deaths.
 *
 * A slot is one pointer: bytes per closure is a headline figure, and the
 * registry is outside the heap but in the RSS. Index and number live in the
 * function (func.h): packed into its `ext` word while it has no extra
 * record and they fit (index < 2^31, number < 2^32), else in its extra
 * record, which a closure born past those bounds gets at birth. */

#define PACK_INDEX_LIMIT ((size_t)1 << 31)
#define PACK_SEQ_LIMIT ((uint64_t)1 << 32)

struct rt_inspect_reg {
    rt_obj **slots;
    size_t cap;  /* capacity of slots */
    size_t used; /* live closures */
    uint64_t functions;
    uint64_t seq;
};

static size_t hash_ptr(const void *p)
{
    uint64_t x = (uint64_t)(uintptr_t)p;
    x ^= x >> 33;
    x *= UINT64_C(0xff51afd7ed558ccd);
    x ^= x >> 33;
    return (size_t)x;
}

static struct rt_inspect_reg *reg_get(rt_state *rt, bool create)
{
    if (!rt->gc)
        return NULL;
    if (!rt->gc->reg && create)
        rt->gc->reg = calloc(1, sizeof(struct rt_inspect_reg));
    return rt->gc->reg;
}

/* Records that registered closure f now sits at index i (smaller than its
 * old one when it moves, so a packed index still fits). */
static void set_index(rt_obj *f, size_t i)
{
    rt_func *fn = (rt_func *)f;
    rt_func_extra *x = rt_func_extra_of(fn);
    if (x)
        x->reg_index = i;
    else
        fn->ext = (fn->ext & ~(uintptr_t)UINT32_MAX) | ((uintptr_t)i << 1) | 1u;
}

/* Forgets f's registration. */
static void set_unregistered(rt_obj *f)
{
    rt_func *fn = (rt_func *)f;
    rt_func_extra *x = rt_func_extra_of(fn);
    if (x) {
        x->reg_index = SIZE_MAX;
        x->reg_seq = 0;
    } else {
        fn->ext = 0;
    }
}

/* f's index in slots, or SIZE_MAX when f is not registered. */
static size_t index_of(const rt_obj *f)
{
    const rt_func *fn = (const rt_func *)f;
    const rt_func_extra *x = rt_func_extra_of(fn);
    if (x)
        return x->reg_index;
    return fn->ext ? (size_t)((fn->ext & UINT32_MAX) >> 1) : SIZE_MAX;
}

/* f's registration number (0 when it is not registered). */
static uint64_t seq_of(const rt_obj *f)
{
    const rt_func *fn = (const rt_func *)f;
    const rt_func_extra *x = rt_func_extra_of(fn);
    return x ? x->reg_seq : (uint64_t)(fn->ext >> 32);
}

void rt__inspect_function_born(rt_state *rt, rt_obj *f)
{
    struct rt_inspect_reg *r = reg_get(rt, true);
    if (!r)
        return;
    r->functions++;
    rt_func *fn = (rt_func *)f;
    if (!fn->code->nfreevars)
        return;
    if (r->used == r->cap) {
        size_t cap = r->cap ? r->cap * 2 : 64;
        rt_obj **n = realloc(r->slots, cap * sizeof *n);
        if (!n)
            return;
        r->slots = n;
        r->cap = cap;
    }
    uint64_t seq = r->seq + 1;
    size_t i = r->used;
    rt_func_extra *x = rt_func_extra_of(fn);
    if (!x && (i >= PACK_INDEX_LIMIT || seq >= PACK_SEQ_LIMIT) &&
        !(x = rt__func_extra_reserve(rt, fn)))
        return; /* not even the host had 40 bytes: unlisted, as when the array cannot grow */
    if (x) {
        x->reg_index = i;
        x->reg_seq = seq;
    } else {
        fn->ext = ((uintptr_t)seq << 32) | ((uintptr_t)i << 1) | 1u;
    }
    r->slots[i] = f;
    r->seq = seq;
    r->used++;
}

void rt__inspect_function_died(rt_state *rt, rt_obj *f)
{
    struct rt_inspect_reg *r = reg_get(rt, false);
    if (!r)
        return;
    if (r->functions)
        r->functions--;
    if (!((rt_func *)f)->code->nfreevars)
        return;
    size_t i = index_of(f);
    if (i >= r->used || r->slots[i] != f)
        return;
    set_unregistered(f);
    r->used--;
    if (i != r->used) {
        r->slots[i] = r->slots[r->used];
        set_index(r->slots[i], i);
    }
}

void rt__inspect_seq_skip(rt_state *rt, uint64_t n)
{
    struct rt_inspect_reg *r = reg_get(rt, true);
    if (r)
        r->seq += n;
}

void rt__inspect_dispose(rt_state *rt)
{
    struct rt_inspect_reg *r = reg_get(rt, false);
    if (!r)
        return;
    free(r->slots);
    free(r);
    rt->gc->reg = NULL;
}

uint64_t rt__inspect_functions(const rt_state *rt)
{
    return rt->gc && rt->gc->reg ? rt->gc->reg->functions : 0;
}

uint64_t rt__inspect_closures(const rt_state *rt)
{
    return rt->gc && rt->gc->reg ? rt->gc->reg->used : 0;
}

/* ---- totals ------------------------------------------------------------------ */

void rt_inspect_totals_get(rt_state *rt, rt_inspect_totals *out)
{
    const rt_heap *h = &rt->heap;
    memset(out, 0, sizeof *out);
    out->heap_bytes = h->live_bytes - h->other_bytes;
    out->other_bytes = h->other_bytes;
    uint64_t live_objects = rt_heap_live_objects(rt);
    out->heap_objects = live_objects;
    out->heap_peak_bytes = h->peak_bytes;
    out->heap_limit_bytes = h->limit;
    out->allocated_bytes_total = h->live_bytes + h->freed_bytes; /* heap.h: derived */
    out->allocated_objects_total = live_objects + h->freed_objects;
    out->freed_bytes_total = h->freed_bytes;
    out->freed_objects_total = h->freed_objects;
    if (rt->gc) {
        const rt_gclog *log = &rt->gc->log;
        out->refcount_freed_objects_total = rt__gc_rc_freed_objects(rt);
        out->refcount_freed_bytes_total = rt__gc_rc_freed_bytes(rt);
        out->gc_freed_objects_total = log->gc_freed_objects;
        out->gc_freed_bytes_total = log->gc_freed_bytes;
    }
    out->closures = rt__inspect_closures(rt);
    out->functions = rt__inspect_functions(rt);
    out->instructions_total = rt->instructions;
}

/* ---- the collector ----------------------------------------------------------- */

void rt_inspect_gc_get(rt_state *rt, rt_inspect_gc *out)
{
    memset(out, 0, sizeof *out);
    const rt_gc_state *g = rt->gc;
    if (!g)
        return;
    out->enabled = g->enabled;
    for (int i = 0; i < RT_GC_GENERATIONS; i++) {
        const rt_gclog_gen *s = &g->log.gen[i];
        out->gen[i].threshold = (uint32_t)g->gens[i].threshold;
        out->gen[i].count = (uint32_t)g->gens[i].count;
        out->gen[i].collections = s->collections;
        out->gen[i].collected = s->collected;
        out->gen[i].uncollectable = s->uncollectable;
        out->gen[i].pause_ns_total = s->pause_ns_total;
        out->gen[i].pause_ns_max = s->pause_ns_max;
        out->gen[i].pause_cpu_ns_total = s->pause_cpu_ns_total;
    }
    out->frozen = g->frozen;
    out->events_total = g->log.seq;
}

size_t rt_inspect_gc_events(rt_state *rt, uint64_t since, rt_gc_event *out, size_t max)
{
    if (!rt->gc)
        return 0;
    return rt__gclog_since(&rt->gc->log, since, out, max);
}

int rt_inspect_collect(rt_state *rt, int generation, rt_gc_event *ev)
{
    rt__graph_settle(rt); /* a build in steps holds the link words a collection moves */
    rt_gc_event tmp;
    rt_value saved = rt->exc;
    rt->exc = RT_NULL;
    int64_t n = rt_gc_collect(rt, generation, true, ev ? ev : &tmp);
    rt_decref(rt, rt->exc);
    rt->exc = saved;
    return n < 0 ? -1 : 0;
}

/* ---- short reprs into a C buffer ---------------------------------------------- */

typedef struct sbuf {
    char *p;
    size_t len, cap; /* cap includes room for "..." and the NUL */
    bool cut;
} sbuf;

static void put(sbuf *b, const char *s, size_t n)
{
    if (b->cut)
        return;
    size_t room = b->cap - 4 - b->len;
    if (n > room) {
        /* do not split a UTF-8 sequence */
        while (room > 0 && ((unsigned char)s[room] & 0xC0) == 0x80)
            room--;
        memcpy(b->p + b->len, s, room);
        b->len += room;
        memcpy(b->p + b->len, "...", 3);
        b->len += 3;
        b->cut = true;
    } else {
        memcpy(b->p + b->len, s, n);
        b->len += n;
    }
    b->p[b->len] = 0;
}

static void puts_(sbuf *b, const char *s)
{
    put(b, s, strlen(s));
}

static void put_str_repr(sbuf *b, rt_value s)
{
    const char *d = rt_str_data(s);
    bool dq = strchr(d, '\'') && !strchr(d, '"');
    char q = dq ? '"' : '\'';
    put(b, &q, 1);
    for (const char *c = d; *c && !b->cut; c++) {
        char esc[8];
        switch (*c) {
        case '\n': puts_(b, "\\n"); break;
        case '\t': puts_(b, "\\t"); break;
        case '\r': puts_(b, "\\r"); break;
        case '\\': puts_(b, "\\\\"); break;
        default:
            if (*c == q) {
                esc[0] = '\\';
                esc[1] = q;
                put(b, esc, 2);
            } else if ((unsigned char)*c < 0x20 || *c == 0x7f) {
                snprintf(esc, sizeof esc, "\\x%02x", (unsigned char)*c);
                puts_(b, esc);
            } else {
                put(b, c, 1);
            }
        }
    }
    put(b, &q, 1);
}

static void put_repr(sbuf *b, rt_value v, int depth);

static void put_items(sbuf *b, const rt_value *items, int64_t n, int depth)
{
    for (int64_t i = 0; i < n && !b->cut; i++) {
        if (i)
            puts_(b, ", ");
        put_repr(b, items[i], depth + 1);
    }
}

static void put_repr(sbuf *b, rt_value v, int depth)
{
    char tmp[64];
    rt_type_id t = rt_type_of(v);
    switch (t) {
    case RT_T_NONE: puts_(b, "None"); return;
    case RT_T_BOOL: puts_(b, v == RT_TRUE ? "True" : "False"); return;
    case RT_T_INT: {
        int64_t n = 0;
        if (rt_int_as_i64(v, &n)) /* a bigger int is named by its size: no allocation here */
            snprintf(tmp, sizeof tmp, "%" PRId64, n);
        else
            snprintf(tmp, sizeof tmp, "<int of %" PRIu64 " bits>", rt_bigint_bit_length(v));
        puts_(b, tmp);
        return;
    }
    case RT_T_FLOAT: {
        double d = 0;
        rt_number_as_double(v, &d);
        rt_float_repr(d, tmp, sizeof tmp);
        puts_(b, tmp);
        return;
    }
    case RT_T_STR: put_str_repr(b, v); return;
    default: break;
    }
    if (depth >= 2 && (t == RT_T_LIST || t == RT_T_TUPLE || t == RT_T_DICT || t == RT_T_SET)) {
        puts_(b, t == RT_T_LIST ? "[...]" : t == RT_T_TUPLE ? "(...)" : "{...}");
        return;
    }
    switch (t) {
    case RT_T_LIST:
        puts_(b, "[");
        put_items(b, rt_list_items(v), rt_list_len(v), depth);
        puts_(b, "]");
        return;
    case RT_T_TUPLE:
        puts_(b, "(");
        put_items(b, rt_tuple_items(v), rt_tuple_len(v), depth);
        puts_(b, rt_tuple_len(v) == 1 ? ",)" : ")");
        return;
    case RT_T_DICT: {
        puts_(b, "{");
        int64_t pos = 0, i = 0;
        rt_value k, val;
        while (!b->cut && rt_dict_next(v, &pos, &k, &val)) {
            if (i++)
                puts_(b, ", ");
            put_repr(b, k, depth + 1);
            puts_(b, ": ");
            put_repr(b, val, depth + 1);
        }
        puts_(b, "}");
        return;
    }
    case RT_T_SET: {
        if (rt_set_len(v) == 0) {
            puts_(b, "set()");
            return;
        }
        puts_(b, "{");
        int64_t pos = 0, i = 0;
        rt_value k;
        while (!b->cut && rt_set_next(v, &pos, &k)) {
            if (i++)
                puts_(b, ", ");
            put_repr(b, k, depth + 1);
        }
        puts_(b, "}");
        return;
    }
    case RT_T_FUNCTION:
        puts_(b, "<function ");
        puts_(b, rt_str_data(rt_func_of(v)->code->qualname));
        puts_(b, ">");
        return;
    case RT_T_CELL: puts_(b, "<cell>"); return;
    default:
        snprintf(tmp, sizeof tmp, "<%s object>", rt_type_name(v));
        puts_(b, tmp);
        return;
    }
}

/* ---- the measures of a closure: the one definition --------------------------------- */

void rt__cell_measure(rt_value cell, uint64_t *contents, uint64_t *cell_bytes)
{
    *contents = *cell_bytes = 0;
    if (!rt_is_obj(cell) || rt_as_obj(cell)->type != RT_T_CELL)
        return; /* cleared by the collector: nothing captured any more */
    *cell_bytes = rt_value_sizeof(cell);
    rt_value x = rt_cell_get(cell);
    if (x)
        *contents = rt_value_sizeof(x);
}

void rt__closure_env(const rt_obj *fo, uint64_t *env, uint64_t *env_shallow)
{
    const rt_func *f = (const rt_func *)fo;
    *env = *env_shallow = 0;
    for (uint32_t k = 0; k < f->code->nfreevars; k++) {
        uint64_t contents, cell_bytes;
        rt__cell_measure(f->cells[k], &contents, &cell_bytes);
        *env += contents;
        *env_shallow += contents + cell_bytes;
    }
}

/* ---- cells shared between closures: the one count ------------------------------------
 * A map cell -> number of live closures holding it: over every live closure's cells
 * (rt__share_map_build), or over the cells of chosen closures only, still counting every
 * live closure that holds one (share_map_build_for): the same counts. */

static rt__share_slot *share_slot(rt__share_map *m, const rt_obj *cell)
{
    size_t mask = m->cap - 1;
    size_t i = hash_ptr(cell) & mask;
    while (m->slots[i].cell && m->slots[i].cell != cell)
        i = (i + 1) & mask;
    return &m->slots[i];
}

static bool share_map_alloc(rt__share_map *m, size_t ncells)
{
    size_t cap = 16;
    while (cap < ncells * 2)
        cap *= 2;
    m->slots = calloc(cap, sizeof *m->slots);
    m->cap = m->slots ? cap : 0;
    return m->slots != NULL;
}

/* Counts, for each cell already keyed in m (all when `all`), the live closures holding it. */
static void share_map_count(const struct rt_inspect_reg *r, rt__share_map *m, bool all)
{
    for (size_t i = 0; i < r->used; i++) {
        rt_func *f = (rt_func *)r->slots[i];
        for (uint32_t k = 0; k < f->code->nfreevars; k++) {
            if (!rt_is_obj(f->cells[k]))
                continue;
            rt__share_slot *c = share_slot(m, rt_as_obj(f->cells[k]));
            if (all)
                c->cell = rt_as_obj(f->cells[k]);
            if (c->cell)
                c->n++;
        }
    }
}

void rt__share_map_build(rt_state *rt, rt__share_map *m)
{
    m->slots = NULL;
    m->cap = 0;
    struct rt_inspect_reg *r = reg_get(rt, false);
    if (!r)
        return;
    size_t ncells = 0;
    for (size_t i = 0; i < r->used; i++)
        ncells += ((rt_func *)r->slots[i])->code->nfreevars;
    if (share_map_alloc(m, ncells))
        share_map_count(r, m, true);
}

static void share_map_build_for(const struct rt_inspect_reg *r, const size_t *chosen, size_t n,
                                rt__share_map *m)
{
    size_t ncells = 0;
    m->slots = NULL;
    m->cap = 0;
    for (size_t i = 0; i < n; i++)
        ncells += ((rt_func *)r->slots[chosen[i]])->code->nfreevars;
    if (!share_map_alloc(m, ncells))
        return;
    for (size_t i = 0; i < n; i++) {
        rt_func *f = (rt_func *)r->slots[chosen[i]];
        for (uint32_t k = 0; k < f->code->nfreevars; k++)
            if (rt_is_obj(f->cells[k]))
                share_slot(m, rt_as_obj(f->cells[k]))->cell = rt_as_obj(f->cells[k]);
    }
    share_map_count(r, m, false);
}

uint32_t rt__shared_with(rt__share_map *m, rt_value cell)
{
    if (!m || !m->cap || !rt_is_obj(cell))
        return 0;
    rt__share_slot *c = share_slot(m, rt_as_obj(cell));
    return c->n > 1 ? c->n - 1 : 0;
}

void rt__share_map_dispose(rt__share_map *m)
{
    free(m->slots);
    m->slots = NULL;
    m->cap = 0;
}

/* ---- the record builder -------------------------------------------------------------- */

#define REPR_CAP 96 /* at most ~80 bytes of repr + "..." + NUL */

/* The graph's record of closure fo, or NULL: no graph, or none with its id and site (an id
 * the graph knows may belong to a closure freed since, its address reused). */
static const rt_graph_closure *graph_part(rt_state *rt, const rt_graph *g, rt_obj *fo)
{
    if (!g)
        return NULL;
    const rt_graph_closure *gc = rt_graph_closure_find(g, rt__objid(rt, fo));
    if (!gc || rt_graph_node_at(g, gc->node)->site != fo->site ||
        gc->nvars != ((rt_func *)fo)->code->nfreevars)
        return NULL;
    return gc;
}

/* Fills c (and vars/reprs, sized for f's cells) for function f: the record every query
 * hands out. With reprs NULL no repr is formatted (every var's repr is ""); with share NULL
 * every shared_with is 0. */
static void describe(rt_state *rt, rt_obj *fo, uint64_t seq, rt__share_map *share,
                     const rt_graph *g, rt_inspect_closure *c, rt_inspect_var *vars,
                     char (*reprs)[REPR_CAP])
{
    rt_func *f = (rt_func *)fo;
    rt_code *code = f->code;
    memset(c, 0, sizeof *c);
    c->id = rt__objid(rt, fo);
    c->name = rt_str_data(code->name);
    c->qualname = rt_str_data(code->qualname);
    const rt_site *site = rt_site_get(rt, fo->site);
    c->site = fo->site;
    c->filename = site && fo->site ? site->filename : rt_str_data(code->filename);
    c->line = site && fo->site ? site->line : code->firstline;
    c->age_seq = seq;
    c->function_bytes = rt_typeinfos[fo->type]->size(fo);
    c->nvars = code->nfreevars;
    c->vars = vars;
    c->graph = graph_part(rt, g, fo);
    for (size_t i = 0; i < c->nvars; i++) {
        rt_inspect_var *v = &vars[i];
        rt_value cell = f->cells[i];
        memset(v, 0, sizeof *v);
        v->name = rt_str_data(code->freevars[i]);
        if (reprs)
            reprs[i][0] = 0;
        v->repr = reprs ? reprs[i] : "";
        rt__cell_measure(cell, &v->shallow_bytes, &v->cell_bytes);
        c->env_bytes += v->shallow_bytes;
        c->env_shallow_bytes += v->shallow_bytes + v->cell_bytes;
        rt_value x = RT_NULL;
        if (v->cell_bytes) {
            v->cell_id = rt__objid(rt, rt_as_obj(cell));
            v->shared_with = rt__shared_with(share, cell);
            x = rt_cell_get(cell);
        }
        if (!x) {
            v->empty = true;
            v->type_name = "<empty>";
            continue;
        }
        v->type_name = rt_type_name(x);
        if (reprs) {
            sbuf b = {reprs[i], 0, REPR_CAP, false};
            put_repr(&b, x, 0);
        }
    }
}

/* Calls fn with the record of one closure; 0 = go on, nonzero from fn, -1 out of memory. */
static int emit(rt_state *rt, rt_obj *fo, uint64_t seq, rt__share_map *share, const rt_graph *g,
                rt_inspect_closure_fn fn, void *ctx)
{
    size_t n = ((rt_func *)fo)->code->nfreevars;
    rt_inspect_var vars_small[8];
    char reprs_small[8][REPR_CAP];
    rt_inspect_var *vars = vars_small;
    char(*reprs)[REPR_CAP] = reprs_small;
    if (n > 8) {
        vars = malloc(n * sizeof *vars);
        reprs = malloc(n * sizeof *reprs);
        if (!vars || !reprs) {
            free(vars);
            free(reprs);
            return -1;
        }
    }
    rt_inspect_closure c;
    describe(rt, fo, seq, share, g, &c, vars, reprs);
    int r = fn(ctx, &c);
    if (n > 8) {
        free(vars);
        free(reprs);
    }
    return r;
}

void rt_inspect_closures(rt_state *rt, rt_inspect_closure_fn fn, void *ctx)
{
    struct rt_inspect_reg *r = reg_get(rt, false);
    if (!r)
        return;
    rt__share_map share;
    rt__share_map_build(rt, &share);
    for (size_t i = 0; i < r->used; i++) {
        if (emit(rt, r->slots[i], seq_of(r->slots[i]), &share, NULL, fn, ctx))
            break;
    }
    rt__share_map_dispose(&share);
}

/* Emits the registry slots chosen[0..n) in that order, with shared_with for their cells. */
static int emit_chosen(rt_state *rt, const struct rt_inspect_reg *r, const size_t *chosen, size_t n,
                       const rt_graph *g, rt_inspect_closure_fn fn, void *ctx)
{
    if (!n)
        return 0;
    rt__share_map share;
    share_map_build_for(r, chosen, n, &share);
    int rc = share.cap ? 0 : -1;
    for (size_t i = 0; i < n && rc == 0; i++) {
        int e = emit(rt, r->slots[chosen[i]], seq_of(r->slots[chosen[i]]), &share, g, fn, ctx);
        if (e)
            rc = e < 0 ? -1 : 0;
    }
    rt__share_map_dispose(&share);
    return rc;
}

int rt_inspect_closure_get(rt_state *rt, uint64_t id, const rt_graph *graph,
                           rt_inspect_closure_fn fn, void *ctx)
{
    struct rt_inspect_reg *r = reg_get(rt, false);
    /* the id comes from a client and may name no object: compare, never dereference */
    for (size_t i = 0; r && i < r->used; i++)
        if (rt__objid(rt, r->slots[i]) == id)
            return emit_chosen(rt, r, &i, 1, graph, fn, ctx) < 0 ? -1 : 0;
    return -1;
}

/* ---- the ranked query ---------------------------------------------------------------------
 * Pass 1 keeps the best `limit` (key, id, registry slot) in a bounded heap whose root is the
 * worst kept, computing only the sort key; pass 2 sorts them and builds their records. The
 * registry does not change in between (nothing here allocates an object). */

typedef struct ranked {
    uint64_t key;
    uint64_t id;
    size_t slot;
} ranked;

/* <0 when a comes before b in the answer. */
static int rank_cmp(const ranked *a, const ranked *b, bool ascending)
{
    if (a->key != b->key)
        return (a->key < b->key) == ascending ? -1 : 1;
    return a->id < b->id ? -1 : a->id > b->id;
}

static int rank_cmp_desc(const void *a, const void *b)
{
    return rank_cmp(a, b, false);
}

static int rank_cmp_asc(const void *a, const void *b)
{
    return rank_cmp(a, b, true);
}

/* Moves keys[i] down the heap whose root sorts last. */
static void sift_down(ranked *keys, size_t n, size_t i, bool asc)
{
    for (;;) {
        size_t l = 2 * i + 1, rr = l + 1, worst = i;
        if (l < n && rank_cmp(&keys[l], &keys[worst], asc) > 0)
            worst = l;
        if (rr < n && rank_cmp(&keys[rr], &keys[worst], asc) > 0)
            worst = rr;
        if (worst == i)
            return;
        ranked t = keys[i];
        keys[i] = keys[worst];
        keys[worst] = t;
        i = worst;
    }
}

static void sift_up(ranked *keys, size_t i, bool asc)
{
    while (i > 0) {
        size_t parent = (i - 1) / 2;
        if (rank_cmp(&keys[i], &keys[parent], asc) <= 0)
            return;
        ranked t = keys[i];
        keys[i] = keys[parent];
        keys[parent] = t;
        i = parent;
    }
}

static bool at_site(rt_state *rt, const rt_obj *fo, const rt_closure_query *q)
{
    if (!q->site_file)
        return true;
    const rt_func *f = (const rt_func *)fo;
    const rt_site *site = rt_site_get(rt, fo->site);
    const char *file = site && fo->site ? site->filename : rt_str_data(f->code->filename);
    int line = site && fo->site ? site->line : f->code->firstline;
    return line == q->site_line && file && strcmp(file, q->site_file) == 0;
}

static uint64_t sort_key(rt_state *rt, rt_obj *fo, uint64_t seq, const rt_closure_query *q)
{
    uint64_t env, shallow;
    switch (q->sort) {
    case RT_CLOSURE_SORT_AGE: return seq;
    case RT_CLOSURE_SORT_RETAINED_BYTES: {
        const rt_graph_closure *gc = graph_part(rt, q->graph, fo);
        return gc ? gc->retained_bytes : 0;
    }
    case RT_CLOSURE_SORT_ENV_SHALLOW_BYTES: rt__closure_env(fo, &env, &shallow); return shallow;
    case RT_CLOSURE_SORT_ENV_BYTES: break;
    }
    rt__closure_env(fo, &env, &shallow);
    return env;
}

/* The query in steps. Phases: RANK (pass 1, over the registry), COUNT (the chosen closures'
 * cells counted over every live closure: shared_with), EMIT (pass 2, record by record).
 * Between two steps the heap must not change; should it anyway (code ran, something was
 * allocated or freed) the scan starts again from the top, so it never reads a freed slot. */
enum { SCAN_RANK, SCAN_COUNT, SCAN_EMIT, SCAN_DONE };

/* Registry entries handled between two looks at the clock. */
#define SCAN_CLOCK_EVERY 1024

struct rt_closure_scan {
    rt_closure_query q; /* copied (site_file and graph borrowed) */
    int phase;
    size_t cursor;     /* registry slot (RANK, COUNT) or record (EMIT) it goes on at */
    ranked *keys;      /* the best kept so far: a heap whose root sorts last (RANK) */
    size_t *chosen;    /* their slots in order (COUNT, EMIT) */
    size_t cap, count; /* room for min(limit, live closures) keys; kept */
    size_t matched;
    rt__share_map share;
    uint64_t stamp[3]; /* the heap's counters when the scan (re)started */
};

static void scan_stamp(rt_state *rt, uint64_t *s)
{
    s[0] = rt_heap_live_objects(rt) + rt->heap.freed_objects;
    s[1] = rt->heap.freed_objects;
    s[2] = rt->instructions;
}

static void scan_restart(rt_state *rt, rt_closure_scan *s)
{
    s->phase = SCAN_RANK;
    s->cursor = 0;
    s->count = 0;
    s->matched = 0;
    rt__share_map_dispose(&s->share);
    scan_stamp(rt, s->stamp);
}

rt_closure_scan *rt_closure_scan_new(rt_state *rt, const rt_closure_query *q)
{
    rt_closure_scan *s = calloc(1, sizeof *s);
    if (!s)
        return NULL;
    s->q = *q;
    struct rt_inspect_reg *r = reg_get(rt, false);
    size_t used = r ? r->used : 0;
    s->cap = q->limit < used ? q->limit : used;
    s->keys = malloc((s->cap ? s->cap : 1) * sizeof *s->keys);
    s->chosen = malloc((s->cap ? s->cap : 1) * sizeof *s->chosen);
    if (!s->keys || !s->chosen) {
        rt_closure_scan_free(s);
        return NULL;
    }
    scan_restart(rt, s);
    return s;
}

void rt_closure_scan_free(rt_closure_scan *s)
{
    if (!s)
        return;
    rt__share_map_dispose(&s->share);
    free(s->keys);
    free(s->chosen);
    free(s);
}

/* Counts one entry handled; true when the step's time is spent. */
static bool scan_spent(uint32_t *n, uint64_t deadline_ns)
{
    if (++*n < SCAN_CLOCK_EVERY)
        return false;
    *n = 0;
    return deadline_ns && rt__clock_ns() >= deadline_ns;
}

/* Pass 1 from s->cursor; true when the registry is done. */
static bool scan_rank(rt_state *rt, rt_closure_scan *s, const struct rt_inspect_reg *r,
                      uint64_t deadline_ns)
{
    bool asc = s->q.sort == RT_CLOSURE_SORT_AGE;
    uint32_t n = 0;
    while (s->cursor < r->used) {
        size_t i = s->cursor++;
        rt_obj *fo = r->slots[i];
        if (at_site(rt, fo, &s->q)) {
            s->matched++;
            ranked k = {sort_key(rt, fo, seq_of(fo), &s->q), rt__objid(rt, fo), i};
            if (s->count < s->cap) {
                s->keys[s->count] = k;
                sift_up(s->keys, s->count++, asc);
            } else if (s->cap && rank_cmp(&k, &s->keys[0], asc) < 0) {
                s->keys[0] = k;
                sift_down(s->keys, s->count, 0, asc);
            }
        }
        if (scan_spent(&n, deadline_ns))
            return s->cursor == r->used;
    }
    return true;
}

/* The chosen closures' cells keyed in s->share; counting starts at slot 0. */
static int scan_choose(const struct rt_inspect_reg *r, rt_closure_scan *s)
{
    bool asc = s->q.sort == RT_CLOSURE_SORT_AGE;
    qsort(s->keys, s->count, sizeof *s->keys, asc ? rank_cmp_asc : rank_cmp_desc);
    size_t ncells = 0;
    for (size_t i = 0; i < s->count; i++) {
        s->chosen[i] = s->keys[i].slot;
        ncells += ((rt_func *)r->slots[s->chosen[i]])->code->nfreevars;
    }
    if (!s->count)
        return 0;
    if (!share_map_alloc(&s->share, ncells))
        return -1;
    for (size_t i = 0; i < s->count; i++) {
        rt_func *f = (rt_func *)r->slots[s->chosen[i]];
        for (uint32_t k = 0; k < f->code->nfreevars; k++)
            if (rt_is_obj(f->cells[k]))
                share_slot(&s->share, rt_as_obj(f->cells[k]))->cell = rt_as_obj(f->cells[k]);
    }
    return 0;
}

/* share_map_count's loop from s->cursor (keyed cells only); true when done. */
static bool scan_count(rt_closure_scan *s, const struct rt_inspect_reg *r, uint64_t deadline_ns)
{
    uint32_t n = 0;
    while (s->cursor < r->used) {
        rt_func *f = (rt_func *)r->slots[s->cursor++];
        for (uint32_t k = 0; k < f->code->nfreevars; k++) {
            if (!rt_is_obj(f->cells[k]))
                continue;
            rt__share_slot *c = share_slot(&s->share, rt_as_obj(f->cells[k]));
            if (c->cell)
                c->n++;
        }
        if (scan_spent(&n, deadline_ns))
            return s->cursor == r->used;
    }
    return true;
}

int rt_closure_scan_step(rt_state *rt, rt_closure_scan *s, uint64_t deadline_ns,
                         rt_inspect_closure_fn fn, void *ctx, size_t *total)
{
    uint64_t now[3];
    scan_stamp(rt, now);
    if (memcmp(now, s->stamp, sizeof now) != 0 && s->phase != SCAN_DONE) {
        if (s->phase == SCAN_EMIT)
            return -1;       /* records of the heap before were given already */
        scan_restart(rt, s); /* the heap changed since the last step */
    }
    struct rt_inspect_reg *r = reg_get(rt, false);
    if (!r || !s->q.limit)
        s->phase = SCAN_DONE;
    if (s->phase == SCAN_RANK) {
        if (s->cap > r->used)
            s->cap = r->used; /* fewer live closures than when the scan began */
        if (!scan_rank(rt, s, r, deadline_ns))
            return 0;
        if (scan_choose(r, s) < 0)
            return -1;
        s->phase = s->count ? SCAN_COUNT : SCAN_DONE;
        s->cursor = 0;
        if (deadline_ns && rt__clock_ns() >= deadline_ns)
            return 0;
    }
    if (s->phase == SCAN_COUNT) {
        if (!scan_count(s, r, deadline_ns))
            return 0;
        s->phase = SCAN_EMIT;
        s->cursor = 0;
    }
    if (s->phase == SCAN_EMIT) {
        uint32_t n = 0;
        while (s->cursor < s->count) {
            rt_obj *fo = r->slots[s->chosen[s->cursor++]];
            int e = emit(rt, fo, seq_of(fo), &s->share, s->q.graph, fn, ctx);
            if (e < 0)
                return -1;
            if (e > 0)
                break; /* fn asked to stop */
            /* records cost more than ranking: a look at the clock every 64 */
            if ((++n & 63) == 0 && deadline_ns && rt__clock_ns() >= deadline_ns &&
                s->cursor < s->count)
                return 0;
        }
        s->phase = SCAN_DONE;
    }
    if (total)
        *total = s->matched;
    return 1;
}

int rt_inspect_closure_query(rt_state *rt, const rt_closure_query *q, rt_inspect_closure_fn fn,
                             void *ctx, size_t *total)
{
    if (total)
        *total = 0;
    rt_closure_scan *s = rt_closure_scan_new(rt, q);
    if (!s)
        return -1;
    int rc = rt_closure_scan_step(rt, s, 0, fn, ctx, total);
    rt_closure_scan_free(s);
    return rc < 0 ? -1 : 0;
}

/* ---- grouped by definition site ---------------------------------------------------------- */

int rt_inspect_sites(rt_state *rt, const rt_graph *graph, rt_inspect_site_fn fn, void *ctx)
{
    struct rt_inspect_reg *r = reg_get(rt, false);
    if (!r || !r->used)
        return 0;
    /* site id -> 1 + position in groups (0: none yet) */
    uint32_t *index = calloc((size_t)UINT16_MAX + 1, sizeof *index);
    rt_inspect_site *groups = calloc(r->used, sizeof *groups);
    if (!index || !groups) {
        free(index);
        free(groups);
        return -1;
    }
    size_t n = 0;
    for (size_t i = 0; i < r->used; i++) {
        rt_obj *fo = r->slots[i];
        rt_func *f = (rt_func *)fo;
        rt_inspect_site *s;
        if (index[fo->site]) {
            s = &groups[index[fo->site] - 1];
        } else {
            s = &groups[n++];
            index[fo->site] = (uint32_t)n;
            const rt_site *site = rt_site_get(rt, fo->site);
            s->site = fo->site;
            s->filename = site && fo->site ? site->filename : rt_str_data(f->code->filename);
            s->line = site && fo->site ? site->line : f->code->firstline;
            s->qualname = rt_str_data(f->code->qualname);
        }
        uint64_t env, shallow;
        rt__closure_env(fo, &env, &shallow);
        s->closures++;
        s->env_bytes += env;
        s->env_shallow_bytes += shallow;
    }
    for (uint32_t j = 0; graph && j < rt_graph_site_count(graph); j++) {
        const rt_graph_site *gs = rt_graph_site_at(graph, j);
        if (index[gs->site])
            groups[index[gs->site] - 1].graph = gs;
    }
    for (size_t i = 0; i < n; i++)
        if (fn(ctx, &groups[i]))
            break;
    free(index);
    free(groups);
    return 0;
}

void rt_inspect_env_totals(rt_state *rt, struct rt_inspect_env_totals *out)
{
    memset(out, 0, sizeof *out);
    struct rt_inspect_reg *r = reg_get(rt, false);
    if (!r)
        return;
    for (size_t i = 0; i < r->used; i++) {
        uint64_t env, shallow;
        rt__closure_env(r->slots[i], &env, &shallow);
        out->closures++;
        out->env_bytes += env;
        out->env_shallow_bytes += shallow;
    }
}

/* ---- histograms --------------------------------------------------------------------- */

void rt_inspect_by_type(rt_state *rt, rt_inspect_bucket_fn fn, void *ctx)
{
    rt_heap_counts types[RT_T_COUNT];
    rt_heap_by_types(rt, types);
    for (int t = 0; t < RT_T_COUNT; t++) {
        rt_heap_counts c = types[t];
        if (!c.objects)
            continue;
        rt_inspect_bucket b = {rt_typeinfos[t]->name, NULL, 0, c.bytes, c.objects};
        if (fn(ctx, &b))
            return;
    }
}

void rt_inspect_by_site(rt_state *rt, rt_inspect_bucket_fn fn, void *ctx)
{
    uint32_t n = rt_site_count(rt);
    for (uint32_t id = 0; id < n && id <= UINT16_MAX; id++) {
        rt_heap_counts c = rt_heap_by_site(rt, (uint16_t)id);
        if (!c.objects)
            continue;
        const rt_site *s = rt_site_get(rt, (uint16_t)id);
        char label[512];
        const char *file = s && s->filename ? s->filename : "<runtime>";
        int line = s ? s->line : 0;
        snprintf(label, sizeof label, "%s:%d", file, line);
        rt_inspect_bucket b = {label, file, line, c.bytes, c.objects};
        if (fn(ctx, &b))
            return;
    }
}
