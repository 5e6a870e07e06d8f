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

#include "runtime/cell.h"
#include "runtime/code.h"
#include "runtime/dict.h"
#include "runtime/func.h"
#include "runtime/gc.h"
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
 * slots[0..used) hold every live closure (a function with cells) and its
 * registration number `seq` (age). Each closure knows its own index, so a
 * birth appends and a death moves the last entry into the dead one's place:
 * both O(1), no hashing (this runs on every closure's birth and death).
 * Iteration is O(live closures), in an order that depends only on the
 * sequence of births and deaths.
 *
 * Where the index lives: in the function's `ext` word as an odd number
 * while it has no extra record, in the record (reg_index) once it has one
 * (func.h): a closure's registration costs no word of its own. */

typedef struct reg_slot {
    rt_obj *f;
    uint64_t seq;
} reg_slot;

struct rt_inspect_reg {
    reg_slot *slots;
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

/* Records that closure f sits at index i (SIZE_MAX: it is not registered). */
static void set_index(rt_obj *f, size_t i)
{
    rt_func *fn = (rt_func *)f;
    rt_func_extra *x = rt_func_extra_of(fn);
    if (x)
        x->reg_index = i;
    else
        fn->ext = i == SIZE_MAX ? 0 : ((uintptr_t)i << 1) | 1u;
}

/* f's index in slots, or SIZE_MAX when f is not registered. */
static size_t index_of(const rt_obj *f)
{
    const rt_func *fn = (const rt_func *)f;
    const rt_func_extra *x = rt_func_extra_of(fn);
    if (x)
        return x->reg_index;
    return fn->ext ? (size_t)(fn->ext >> 1) : SIZE_MAX;
}

void rt__inspect_function_born(rt_state *rt, rt_obj *f)
{
    struct rt_inspect_reg *r = reg_get(rt, true);
    if (!r)
        return;
    r->functions++;
    if (!((rt_func *)f)->code->nfreevars)
        return;
    if (r->used == r->cap) {
        size_t cap = r->cap ? r->cap * 2 : 64;
        reg_slot *n = realloc(r->slots, cap * sizeof *n);
        if (!n)
            return;
        r->slots = n;
        r->cap = cap;
    }
    r->slots[r->used].f = f;
    r->slots[r->used].seq = ++r->seq;
    set_index(f, r->used);
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
    if (i >= r->used || r->slots[i].f != f)
        return;
    set_index(f, SIZE_MAX);
    r->used--;
    if (i != r->used) {
        r->slots[i] = r->slots[r->used];
        set_index(r->slots[i].f, i);
    }
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
    out->heap_objects = h->live_objects;
    out->heap_peak_bytes = h->peak_bytes;
    out->heap_limit_bytes = h->limit;
    out->allocated_bytes_total = h->allocated_bytes;
    out->allocated_objects_total = h->allocated_objects;
    out->freed_bytes_total = h->freed_bytes;
    out->freed_objects_total = h->freed_objects;
    if (rt->gc) {
        const rt_gclog *log = &rt->gc->log;
        out->refcount_freed_objects_total = log->rc_freed_objects;
        out->refcount_freed_bytes_total = log->rc_freed_bytes;
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
        rt_int_as_i64(v, &n);
        snprintf(tmp, sizeof tmp, "%" PRId64, n);
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

/* ---- closures -------------------------------------------------------------------- */

#define REPR_CAP 96 /* at most ~80 bytes of repr + "..." + NUL */

/* Fills c (and vars/reprs, sized for f's cells) for function f. With reprs
 * NULL no repr is formatted: every var's repr is "". */
static void describe(rt_state *rt, rt_obj *fo, uint64_t seq, rt_inspect_closure *c,
                     rt_inspect_var *vars, char (*reprs)[REPR_CAP])
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
    for (size_t i = 0; i < c->nvars; i++) {
        rt_inspect_var *v = &vars[i];
        rt_value cell = f->cells[i];
        memset(v, 0, sizeof *v);
        v->name = rt_str_data(code->freevars[i]);
        if (reprs)
            reprs[i][0] = 0;
        v->repr = reprs ? reprs[i] : "";
        if (!rt_is_obj(cell) || rt_as_obj(cell)->type != RT_T_CELL) {
            /* cleared by the collector: nothing captured any more */
            v->empty = true;
            v->type_name = "<empty>";
            continue;
        }
        v->cell_bytes = rt_value_sizeof(cell);
        v->cell_id = rt__objid(rt, rt_as_obj(cell));
        rt_value x = rt_cell_get(cell);
        c->env_shallow_bytes += v->cell_bytes;
        if (!x) {
            v->empty = true;
            v->type_name = "<empty>";
            continue;
        }
        v->type_name = rt_type_name(x);
        v->shallow_bytes = rt_value_sizeof(x);
        c->env_bytes += v->shallow_bytes;
        c->env_shallow_bytes += v->shallow_bytes;
        if (reprs) {
            sbuf b = {reprs[i], 0, REPR_CAP, false};
            put_repr(&b, x, 0);
        }
    }
}

/* ---- cells shared between closures ----------------------------------------------
 * A temporary map cell -> number of live closures holding it, built in one
 * pass over the registry (O(live closures x cells)), so each variable can
 * say how many other closures share its cell. */

typedef struct cell_count {
    const rt_obj *cell;
    uint32_t n;
} cell_count;

typedef struct share_map {
    cell_count *slots;
    size_t cap; /* 0: unknown (out of memory) */
} share_map;

static cell_count *share_slot(share_map *m, const rt_obj *cell)
{
    size_t mask = m->cap - 1;
    size_t i = hash_ptr(cell) & mask;
    while (m->slots[i].cell && m->slots[i].cell != cell)
        i = (i + 1) & mask;
    return &m->slots[i];
}

static void share_map_build(const struct rt_inspect_reg *r, share_map *m)
{
    size_t ncells = 0;
    m->slots = NULL;
    m->cap = 0;
    for (size_t i = 0; i < r->used; i++)
        ncells += ((rt_func *)r->slots[i].f)->code->nfreevars;
    size_t cap = 16;
    while (cap < ncells * 2)
        cap *= 2;
    m->slots = calloc(cap, sizeof *m->slots);
    if (!m->slots)
        return;
    m->cap = cap;
    for (size_t i = 0; i < r->used; i++) {
        rt_func *f = (rt_func *)r->slots[i].f;
        for (uint32_t k = 0; k < f->code->nfreevars; k++) {
            if (!rt_is_obj(f->cells[k]))
                continue;
            cell_count *c = share_slot(m, rt_as_obj(f->cells[k]));
            c->cell = rt_as_obj(f->cells[k]);
            c->n++;
        }
    }
}

static uint32_t shared_with(share_map *m, rt_value cell)
{
    if (!m || !m->cap || !rt_is_obj(cell))
        return 0;
    cell_count *c = share_slot(m, rt_as_obj(cell));
    return c->n > 1 ? c->n - 1 : 0;
}

/* Calls fn for one closure; 0 = go on, nonzero from fn, -1 out of memory. */
static int emit(rt_state *rt, rt_obj *fo, uint64_t seq, share_map *share, rt_inspect_closure_fn fn,
                void *ctx)
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
    describe(rt, fo, seq, &c, vars, reprs);
    for (size_t i = 0; i < n; i++)
        vars[i].shared_with = shared_with(share, ((rt_func *)fo)->cells[i]);
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
    share_map share;
    share_map_build(r, &share);
    for (size_t i = 0; i < r->used; i++) {
        if (emit(rt, r->slots[i].f, r->slots[i].seq, &share, fn, ctx))
            break;
    }
    free(share.slots);
}

void rt_inspect_closures_brief(rt_state *rt, rt_inspect_closure_fn fn, void *ctx)
{
    struct rt_inspect_reg *r = reg_get(rt, false);
    if (!r)
        return;
    rt_inspect_var vars_small[8];
    for (size_t i = 0; i < r->used; i++) {
        rt_obj *fo = r->slots[i].f;
        size_t n = ((rt_func *)fo)->code->nfreevars;
        rt_inspect_var *vars = n > 8 ? malloc(n * sizeof *vars) : vars_small;
        if (!vars)
            break;
        rt_inspect_closure c;
        describe(rt, fo, r->slots[i].seq, &c, vars, NULL);
        int stop = fn(ctx, &c);
        if (vars != vars_small)
            free(vars);
        if (stop)
            break;
    }
}

static int by_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

/* The sharing counts of the chosen closures' cells only: a map keyed by
 * those cells, then one pass over the registry counting every live closure
 * that holds one of them (the same counts share_map_build gives them). */
static void share_map_build_for(const struct rt_inspect_reg *r, const size_t *chosen, size_t n,
                                share_map *m)
{
    size_t ncells = 0;
    m->slots = NULL;
    m->cap = 0;
    for (size_t i = 0; i < n; i++)
        ncells += ((rt_func *)r->slots[chosen[i]].f)->code->nfreevars;
    size_t cap = 16;
    while (cap < ncells * 2)
        cap *= 2;
    m->slots = calloc(cap, sizeof *m->slots);
    if (!m->slots)
        return;
    m->cap = cap;
    for (size_t i = 0; i < n; i++) {
        rt_func *f = (rt_func *)r->slots[chosen[i]].f;
        for (uint32_t k = 0; k < f->code->nfreevars; k++)
            if (rt_is_obj(f->cells[k]))
                share_slot(m, rt_as_obj(f->cells[k]))->cell = rt_as_obj(f->cells[k]);
    }
    for (size_t i = 0; i < r->used; i++) {
        rt_func *f = (rt_func *)r->slots[i].f;
        for (uint32_t k = 0; k < f->code->nfreevars; k++) {
            if (!rt_is_obj(f->cells[k]))
                continue;
            cell_count *c = share_slot(m, rt_as_obj(f->cells[k]));
            if (c->cell)
                c->n++;
        }
    }
}

int rt_inspect_closures_of(rt_state *rt, const uint64_t *ids, size_t n, rt_inspect_closure_fn fn,
                           void *ctx, size_t *found)
{
    if (found)
        *found = 0;
    struct rt_inspect_reg *r = reg_get(rt, false);
    if (!r || !n)
        return 0;
    /* ids come from a client and may name no object: compare, never dereference */
    uint64_t *sorted = malloc(n * sizeof *sorted);
    size_t *chosen = malloc((n < r->used ? n : r->used) * sizeof *chosen + 1);
    if (!sorted || !chosen) {
        free(sorted);
        free(chosen);
        return -1;
    }
    memcpy(sorted, ids, n * sizeof *sorted);
    qsort(sorted, n, sizeof *sorted, by_u64);
    size_t nchosen = 0;
    for (size_t i = 0; i < r->used; i++) {
        uint64_t id = rt__objid(rt, r->slots[i].f);
        if (bsearch(&id, sorted, n, sizeof *sorted, by_u64))
            chosen[nchosen++] = i; /* registry order; at most min(n, used) (ids are unique) */
        if (nchosen == n)
            break;
    }
    free(sorted);
    if (found)
        *found = nchosen;
    share_map share;
    if (nchosen)
        share_map_build_for(r, chosen, nchosen, &share);
    int rc = 0;
    for (size_t i = 0; i < nchosen; i++) {
        int e = emit(rt, r->slots[chosen[i]].f, r->slots[chosen[i]].seq, &share, fn, ctx);
        if (e) {
            rc = e < 0 ? -1 : 0;
            break;
        }
    }
    if (nchosen)
        free(share.slots);
    free(chosen);
    return rc;
}

int rt_inspect_closure_get(rt_state *rt, uint64_t id, rt_inspect_closure_fn fn, void *ctx)
{
    size_t found = 0;
    if (rt_inspect_closures_of(rt, &id, 1, fn, ctx, &found) != 0 && !found)
        return -1;
    return found ? 0 : -1;
}

void rt_inspect_env_totals(rt_state *rt, struct rt_inspect_env_totals *out)
{
    memset(out, 0, sizeof *out);
    struct rt_inspect_reg *r = reg_get(rt, false);
    if (!r)
        return;
    for (size_t i = 0; i < r->used; i++) {
        rt_func *f = (rt_func *)r->slots[i].f;
        out->closures++;
        for (uint32_t k = 0; k < f->code->nfreevars; k++) {
            rt_value cell = f->cells[k];
            if (!rt_is_obj(cell))
                continue;
            rt_value x = rt_cell_get(cell);
            uint64_t xs = x ? rt_value_sizeof(x) : 0;
            out->env_bytes += xs;
            out->env_shallow_bytes += xs + rt_value_sizeof(cell);
        }
    }
}

/* ---- histograms --------------------------------------------------------------------- */

void rt_inspect_by_type(rt_state *rt, rt_inspect_bucket_fn fn, void *ctx)
{
    for (int t = 0; t < RT_T_COUNT; t++) {
        rt_heap_counts c = rt_heap_by_type(rt, (rt_type_id)t);
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
