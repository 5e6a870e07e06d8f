/* graph.c: the heap graph snapshot: discovers every live object from the
 * roots (and the collector's lists for garbage awaiting collection), labels
 * each reference as a Python programmer reads it, and answers lookups. The
 * cached graph of a state (built in steps) is in graph_cache.c, why-alive
 * paths in graph_path.c. */
#define _DEFAULT_SOURCE /* madvise(MADV_HUGEPAGE), where the host has it */
#include "runtime/graph.h"

#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>

#include "runtime/bigint.h"
#include "runtime/builtin.h"
#include "runtime/cell.h"
#include "runtime/class.h"
#include "runtime/code.h"
#include "runtime/deque.h"
#include "runtime/dict.h"
#include "runtime/exc.h"
#include "runtime/fiber.h"
#include "runtime/frame.h"
#include "runtime/func.h"
#include "runtime/gc.h"
#include "runtime/gclog.h"
#include "runtime/gen.h"
#include "runtime/heap.h"
#include "runtime/iter.h"
#include "runtime/itertools.h"
#include "runtime/list.h"
#include "runtime/lru.h"
#include "runtime/memoryview.h"
#include "runtime/module.h"
#include "runtime/numfmt.h"
#include "runtime/set.h"
#include "runtime/shkeys.h"
#include "runtime/site.h"
#include "runtime/slice.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/weakref.h"

/* ---- big arrays -------------------------------------------------------------------
 * A million-object graph touches a few hundred MB of fresh memory; on a VM a
 * page fault per 4 KiB page costs as much as the walk itself. Asking for
 * transparent huge pages (where the kernel offers them on request) makes that
 * one fault per 2 MiB. */

#define HUGE_MIN (4u << 20)
#define HUGE_PAGE ((uintptr_t)2 << 20)

static void huge_hint(void *p, size_t n)
{
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    if (!p || n < HUGE_MIN)
        return;
    uintptr_t lo = ((uintptr_t)p + HUGE_PAGE - 1) & ~(HUGE_PAGE - 1);
    uintptr_t hi = ((uintptr_t)p + n) & ~(HUGE_PAGE - 1);
    if (hi > lo)
        (void)madvise((void *)lo, hi - lo, MADV_HUGEPAGE);
#else
    (void)p;
    (void)n;
#endif
}

void *rt__graph_alloc(size_t n, bool zero)
{
    void *p = zero ? calloc(n ? n : 1, 1) : malloc(n ? n : 1);
    huge_hint(p, n);
    return p;
}

/* ---- hashing ------------------------------------------------------------------ */

static uint64_t mix64(uint64_t x)
{
    x ^= x >> 33;
    x *= UINT64_C(0xff51afd7ed558ccd);
    x ^= x >> 33;
    x *= UINT64_C(0xc4ceb9fe1a85ec53);
    x ^= x >> 33;
    return x;
}

static uint32_t hash_bytes(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

/* ---- the string table ---------------------------------------------------------- */

struct rt_graph_strchunk {
    struct rt_graph_strchunk *next;
    size_t used, cap;
    char data[];
};

static char *str_alloc(rt_graph *g, size_t n)
{
    struct rt_graph_strchunk *c = g->chunks;
    if (!c || c->cap - c->used < n) {
        size_t cap = n > 65536 ? n : 65536;
        c = malloc(sizeof *c + cap);
        if (!c)
            return NULL;
        c->next = g->chunks;
        c->used = 0;
        c->cap = cap;
        g->chunks = c;
        g->totals.memory_bytes += sizeof *c + cap;
    }
    char *p = c->data + c->used;
    c->used += n;
    return p;
}

static bool shash_grow(rt_graph *g)
{
    size_t cap = g->shash_cap ? g->shash_cap * 2 : 1024;
    uint32_t *n = calloc(cap, sizeof *n);
    if (!n)
        return false;
    for (uint32_t i = 0; i < g->nstrs; i++) {
        size_t j = hash_bytes(g->strs[i], g->slens[i]) & (cap - 1);
        while (n[j])
            j = (j + 1) & (cap - 1);
        n[j] = i + 1;
    }
    free(g->shash);
    g->shash = n;
    g->shash_cap = cap;
    return true;
}

uint32_t rt__graph_intern(rt_graph *g, const char *s, size_t n)
{
    if ((g->nstrs + 1) * 2 > g->shash_cap && !shash_grow(g))
        return RT_GRAPH_NONE;
    size_t mask = g->shash_cap - 1;
    size_t j = hash_bytes(s, n) & mask;
    for (; g->shash[j]; j = (j + 1) & mask) {
        uint32_t k = g->shash[j] - 1;
        if (g->slens[k] == n && memcmp(g->strs[k], s, n) == 0)
            return k;
    }
    if (g->nstrs == g->capstrs) {
        uint32_t cap = g->capstrs ? g->capstrs * 2 : 1024;
        const char **ns = realloc((void *)g->strs, cap * sizeof *ns);
        if (!ns)
            return RT_GRAPH_NONE;
        g->strs = ns;
        uint32_t *nl = realloc(g->slens, cap * sizeof *nl);
        if (!nl)
            return RT_GRAPH_NONE;
        g->slens = nl;
        g->capstrs = cap;
    }
    char *p = str_alloc(g, n + 1);
    if (!p)
        return RT_GRAPH_NONE;
    memcpy(p, s, n);
    p[n] = 0;
    g->strs[g->nstrs] = p;
    g->slens[g->nstrs] = (uint32_t)n;
    g->shash[j] = g->nstrs + 1;
    return g->nstrs++;
}

static uint32_t intern_c(rt_graph *g, const char *s)
{
    return rt__graph_intern(g, s, strlen(s));
}

/* ---- the id map ------------------------------------------------------------------
 * Built once, after the walk, from the finished node array: inserting in node
 * order with the slots prefetched a few nodes ahead keeps many cache misses in
 * flight instead of one at a time. One 16-byte slot holds both the id and the
 * node, so a probe touches one line. */

struct rt_graph_slot {
    uint64_t id; /* 0 = empty */
    uint32_t node;
    uint32_t pad;
};

#define MAP_AHEAD 16

static size_t map_home(uint64_t id, size_t cap)
{
    /* range reduction by multiplication: cap need not be a power of two */
    return (size_t)(((mix64(id) >> 32) * (uint64_t)cap) >> 32);
}

/* Fills g->map from g->nodes; false when out of memory. */
static bool map_build(rt_graph *g)
{
    size_t cap = (size_t)g->nnodes + g->nnodes / 2 + 16;
    struct rt_graph_slot *m = rt__graph_alloc(cap * sizeof *m, true);
    if (!m)
        return false;
    free(g->map);
    g->map = m;
    g->map_cap = cap;
    for (uint32_t i = 0; i < g->nnodes; i++) {
        rt__graph_pace(g->pacer);
        if (i + MAP_AHEAD < g->nnodes)
            __builtin_prefetch(&m[map_home(g->nodes[i + MAP_AHEAD].id, cap)], 1);
        uint64_t id = g->nodes[i].id;
        size_t j = map_home(id, cap);
        while (m[j].id && m[j].id != id)
            j = j + 1 == cap ? 0 : j + 1;
        m[j].id = id;
        m[j].node = i;
    }
    return true;
}

uint32_t rt__graph_lookup(const rt_graph *g, uint64_t id)
{
    if (!g->map_cap || !id)
        return RT_GRAPH_NONE;
    size_t j = map_home(id, g->map_cap);
    for (; g->map[j].id; j = j + 1 == g->map_cap ? 0 : j + 1)
        if (g->map[j].id == id)
            return g->map[j].node;
    return RT_GRAPH_NONE;
}

/* ---- building ------------------------------------------------------------------------ */

/* Synthetic groups in the root's edge order. */
enum { G_GLOBALS, G_FRAMES, G_BUILTINS, G_MODULES, G_RUNTIME, G_UNREACHABLE, G_COUNT };

/* Finding an object's node during the walk costs no hash probe: the object
 * carries it. RT_F_MARK says the object has a node; a container keeps the
 * node index in its gc link's `prev` word (CPython's collector reuses the
 * same word for gc_refs), the original saved in saved_prev and put back by
 * unclaim() before the build returns, on every path. The build runs between
 * VM slices, never during a collection, so nothing reads the link meanwhile.
 * A leaf (no link) reached again is resolved after the walk, through the id
 * map: its edges are listed as fixups. */
typedef struct fixup {
    uint32_t edge;
    rt_obj *o;
} fixup;

static const bool container_type[RT_T_COUNT] = {
#define RT_X_CONT(id, name, cont) cont,
    RT_TYPE_LIST(RT_X_CONT)
#undef RT_X_CONT
};

typedef struct builder {
    rt_graph *g;
    rt_state *rt;
    void **objs;           /* per node: the rt_obj, or the rt_frame of a frame node, or NULL */
    uintptr_t *saved_prev; /* per container node: its link's `prev` before the walk */
    fixup *fixups;         /* edges to leaves seen before, resolved after the walk */
    uint32_t nfixups, capfixups;
    uint32_t capobjs;
    uint32_t cur;        /* the node whose edges are being emitted */
    uint32_t tcache;     /* the (attribute cache) node under (runtime), or RT_GRAPH_NONE */
    uint64_t next_synth; /* next synthetic id: 1, 3, 5, ... */
    bool oom;
    uint32_t group[G_COUNT];
    uint32_t type_str[RT_T_COUNT]; /* interned type names (0 = not yet) */
    uint32_t *site_file;           /* per site id: filename string, RT_GRAPH_NONE = not yet */
    uint32_t nsites;
    /* the (unreachable) group's edges, gathered while draining */
    rt_graph_edge *garbage;
    uint32_t ngarbage, capgarbage;
    /* frequently used edge names */
    uint32_t s_cell_contents, s_code, s_defaults, s_kwdefaults, s_dict, s_globals, s_self, s_source,
        s_function, s_consts, s_names, s_varnames, s_cellvars, s_freevars, s_filename, s_name,
        s_qualname, s_class, s_args, s_cause, s_context, s_traceback, s_base, s_start, s_stop,
        s_step, s_handled, s_garbage;
} builder;

static bool grow_nodes(builder *b)
{
    rt_graph *g = b->g;
    if (g->nnodes < g->capnodes)
        return true;
    uint32_t cap = g->capnodes ? g->capnodes * 2 : 1024;
    rt_graph_node *n = realloc(g->nodes, cap * sizeof *n);
    if (!n)
        return false;
    g->nodes = n;
    uint32_t *p = realloc(g->parent, cap * sizeof *p);
    if (!p)
        return false;
    g->parent = p;
    p = realloc(g->parent_edge, cap * sizeof *p);
    if (!p)
        return false;
    g->parent_edge = p;
    void **o = realloc(b->objs, cap * sizeof *o);
    if (!o)
        return false;
    b->objs = o;
    uintptr_t *sp = realloc(b->saved_prev, cap * sizeof *sp);
    if (!sp)
        return false;
    b->saved_prev = sp;
    g->capnodes = cap;
    return true;
}

static bool grow_edges(rt_graph *g)
{
    if (g->nedges < g->capedges)
        return true;
    uint32_t cap = g->capedges ? g->capedges * 2 : 4096;
    rt_graph_edge *n = realloc(g->edges, cap * sizeof *n);
    if (!n)
        return false;
    g->edges = n;
    g->capedges = cap;
    return true;
}

/* A new node with the given id; its index, or NONE out of memory. `is_obj`:
 * obj is a heap object, which gets marked as having this node. */
static uint32_t add_node(builder *b, uint64_t id, void *obj, uint32_t from, uint32_t via_edge,
                         bool is_obj)
{
    rt_graph *g = b->g;
    if (!grow_nodes(b)) {
        b->oom = true;
        return RT_GRAPH_NONE;
    }
    uint32_t i = g->nnodes++;
    rt_graph_node *n = &g->nodes[i];
    memset(n, 0, sizeof *n);
    n->id = id;
    n->dominator = 0;
    n->distance = from == RT_GRAPH_NONE ? 0 : g->nodes[from].distance + 1;
    if (from != RT_GRAPH_NONE && (g->nodes[from].flags & RT_GRAPH_N_GARBAGE))
        n->flags |= RT_GRAPH_N_GARBAGE;
    g->parent[i] = from;
    g->parent_edge[i] = via_edge;
    b->objs[i] = obj;
    if (is_obj) {
        rt_obj *o = obj;
        o->flags |= RT_F_MARK;
        if (container_type[o->type]) {
            rt_gc_link *l = rt_gc_link_of(o);
            b->saved_prev[i] = l->prev;
            l->prev = i;
        }
    }
    return i;
}

/* Puts back every link word and mark bit the walk changed. */
static void unclaim(builder *b)
{
    rt_graph *g = b->g;
    uint32_t n = g->nnodes;
    for (uint32_t i = 0; i < n; i++) {
        rt__graph_pace(g->pacer);
        if (i + 8 < n && !(g->nodes[i + 8].flags & RT_GRAPH_N_SYNTHETIC))
            __builtin_prefetch((char *)b->objs[i + 8] - sizeof(rt_gc_link), 1);
        if (g->nodes[i].flags & RT_GRAPH_N_SYNTHETIC)
            continue;
        rt_obj *o = b->objs[i];
        o->flags &= (uint8_t)~RT_F_MARK;
        if (container_type[o->type])
            rt_gc_link_of(o)->prev = b->saved_prev[i];
    }
}

static uint32_t add_synthetic(builder *b, const char *type, const char *name, void *frame,
                              uint32_t from)
{
    uint32_t i = add_node(b, b->next_synth, frame, from, RT_GRAPH_NONE, false);
    b->next_synth += 2;
    if (i == RT_GRAPH_NONE)
        return i;
    rt_graph_node *n = &b->g->nodes[i];
    n->kind = RT_GRAPH_SYNTHETIC;
    n->flags |= RT_GRAPH_N_SYNTHETIC;
    n->type_name = intern_c(b->g, type);
    n->name = intern_c(b->g, name);
    return i;
}

/* Cuts s to at most max bytes on a UTF-8 boundary; the byte count kept. */
size_t rt__graph_utf8_cut(const char *s, size_t n, size_t max)
{
    if (n <= max)
        return n;
    while (max > 0 && ((unsigned char)s[max] & 0xC0) == 0x80)
        max--;
    return max;
}

/* "list (1000 items)" into buf (>= 64 bytes) without printf: this runs for
 * every container of the heap. */
static size_t count_name(char *buf, const char *type, int64_t k)
{
    size_t n = strlen(type);
    memcpy(buf, type, n);
    buf[n++] = ' ';
    buf[n++] = '(';
    char digits[24];
    size_t nd = 0;
    uint64_t u = k < 0 ? 0 : (uint64_t)k;
    do {
        digits[nd++] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    while (nd)
        buf[n++] = digits[--nd];
    const char *tail = k == 1 ? " item)" : " items)";
    size_t nt = strlen(tail);
    memcpy(buf + n, tail, nt);
    return n + nt;
}

/* Fills the type, name, kind, size and site of the node of object o. */
static void describe(builder *b, uint32_t i, rt_obj *o)
{
    rt_graph *g = b->g;
    rt_graph_node *n = &g->nodes[i];
    rt_value v = rt_from_obj(o);
    rt_type_id t = (rt_type_id)o->type;
    char buf[128];
    const char *name = NULL;
    size_t len = 0;
    n->self_size = rt_typeinfos[t]->size(o);
    n->site = o->site;
    if (t == RT_T_ITER || t == RT_T_EXC || t == RT_T_INSTANCE) {
        n->type_name = intern_c(g, rt_type_name(v));
    } else {
        if (!b->type_str[t])
            b->type_str[t] = intern_c(g, rt_typeinfos[t]->name);
        n->type_name = b->type_str[t];
    }
    switch (t) {
    case RT_T_STR:
        n->kind = RT_GRAPH_STRING;
        name = rt_str_data(v);
        len = rt__graph_utf8_cut(name, rt_str_obj_of(v)->nbytes, 60);
        break;
    case RT_T_INT: {
        int64_t x = 0;
        n->kind = RT_GRAPH_NUMBER;
        if (rt_int_as_i64(v, &x))
            len = (size_t)snprintf(buf, sizeof buf, "%" PRId64, x);
        else /* a bigger int is named by its size: no allocation here */
            len = (size_t)snprintf(buf, sizeof buf, "<int of %" PRIu64 " bits>",
                                   rt_bigint_bit_length(v));
        name = buf;
        break;
    }
    case RT_T_FLOAT:
        /* named by type, not by value: the shortest repr costs a strtod
         * round trip per float, a third of a million-float build */
        n->kind = RT_GRAPH_NUMBER;
        name = "float";
        len = 5;
        break;
    case RT_T_LIST:
    case RT_T_TUPLE:
    case RT_T_SET:
    case RT_T_DICT: {
        int64_t k = t == RT_T_LIST    ? rt_list_len(v)
                    : t == RT_T_TUPLE ? rt_tuple_len(v)
                    : t == RT_T_SET   ? rt_set_len(v)
                                      : rt_dict_len(v);
        n->kind = t == RT_T_DICT ? RT_GRAPH_OBJECT : RT_GRAPH_ARRAY;
        len = count_name(buf, rt_typeinfos[t]->name, k);
        name = buf;
        break;
    }
    case RT_T_FUNCTION:
        n->kind = RT_GRAPH_CLOSURE;
        name = rt_str_data(rt_func_of(v)->code->qualname);
        len = strlen(name);
        if (rt_func_of(v)->code->nfreevars)
            n->flags |= RT_GRAPH_N_CLOSURE;
        break;
    case RT_T_GENERATOR:
        /* a generator's node is its suspended frame: edges to its locals
         * and cells by name, charged to its code's definition site */
        n->kind = RT_GRAPH_OBJECT;
        len = (size_t)snprintf(buf, sizeof buf, "<generator %.100s>",
                               rt_str_data(rt_gen_of(v)->qualname));
        name = buf;
        break;
    case RT_T_BUILTIN:
        n->kind = RT_GRAPH_CLOSURE;
        name = rt_builtin_of(v)->def && rt_builtin_of(v)->def->name ? rt_builtin_of(v)->def->name
                                                                    : "builtin";
        len = strlen(name);
        break;
    case RT_T_CODE:
        n->kind = RT_GRAPH_CODE;
        name = rt_str_data(((rt_code *)o)->qualname);
        len = strlen(name);
        break;
    case RT_T_CELL:
        n->kind = RT_GRAPH_HIDDEN;
        name = "cell";
        len = 4;
        break;
    case RT_T_TYPE:
        n->kind = RT_GRAPH_OBJECT;
        len = (size_t)snprintf(buf, sizeof buf, "<class '%.80s'>",
                               rt_str_data(rt_type_obj_of(v)->qualname ? rt_type_obj_of(v)->qualname
                                                                       : rt_type_obj_of(v)->name));
        name = buf;
        break;
    case RT_T_MODULE:
        n->kind = RT_GRAPH_OBJECT;
        len = (size_t)snprintf(buf, sizeof buf, "<module '%.80s'>",
                               rt_str_data(rt_module_of(v)->name));
        name = buf;
        break;
    case RT_T_ITER:
        n->kind = RT_GRAPH_HIDDEN;
        name = rt_type_name(v);
        len = strlen(name);
        break;
    default:
        n->kind = RT_GRAPH_OBJECT;
        name = rt_type_name(v);
        len = strlen(name);
        break;
    }
    n->name = rt__graph_intern(g, name, len);
    /* the site's file (cached per site id) */
    if (o->site && o->site < b->nsites) {
        if (b->site_file[o->site] == RT_GRAPH_NONE) {
            const rt_site *s = rt_site_get(b->rt, o->site);
            b->site_file[o->site] = s && s->filename ? intern_c(g, s->filename) : 0;
        }
        n->filename = b->site_file[o->site];
        const rt_site *s = rt_site_get(b->rt, o->site);
        n->line = s ? s->line : 0;
    }
    if (n->name == RT_GRAPH_NONE || n->type_name == RT_GRAPH_NONE)
        b->oom = true;
}

/* Appends an edge from b->cur to node `to`. */
static void push_edge(builder *b, uint32_t to, uint8_t kind, uint32_t name_or_index)
{
    rt_graph *g = b->g;
    if (to == RT_GRAPH_NONE || name_or_index == RT_GRAPH_NONE || !grow_edges(g)) {
        b->oom = true;
        return;
    }
    rt_graph_edge *e = &g->edges[g->nedges++];
    e->to = to;
    e->name_or_index = name_or_index;
    e->kind = kind;
    e->flags = 0;
}

/* An edge from b->cur to object o, discovering o when new. */
static void edge_obj(builder *b, rt_obj *o, uint8_t kind, uint32_t name_or_index)
{
    rt_graph *g = b->g;
    if (!(o->flags & RT_F_MARK)) {
        if (kind == RT_GRAPH_EDGE_WEAK)
            return; /* weak edges never discover */
        uint32_t to = add_node(b, rt__objid(b->rt, o), o, b->cur, g->nedges, true);
        if (to == RT_GRAPH_NONE)
            return;
        describe(b, to, o);
        push_edge(b, to, kind, name_or_index);
    } else if (container_type[o->type]) {
        push_edge(b, (uint32_t)rt_gc_link_of(o)->prev, kind, name_or_index);
    } else {
        uint32_t before = g->nedges;
        push_edge(b, 0, kind, name_or_index); /* `to` filled by resolve_fixups */
        if (g->nedges == before)
            return;
        if (b->nfixups == b->capfixups) {
            uint32_t cap = b->capfixups ? b->capfixups * 2 : 1024;
            fixup *n = realloc(b->fixups, cap * sizeof *n);
            if (!n) {
                b->oom = true;
                return;
            }
            b->fixups = n;
            b->capfixups = cap;
        }
        b->fixups[b->nfixups++] = (fixup){before, o};
    }
}

static void edge_val(builder *b, rt_value v, uint8_t kind, uint32_t name_or_index)
{
    if (rt_is_obj(v))
        edge_obj(b, rt_as_obj(v), kind, name_or_index);
}

/* A short repr of a non-str dict key into buf. */
static size_t key_repr(rt_value k, char *buf, size_t cap)
{
    switch (rt_type_of(k)) {
    case RT_T_NONE: return (size_t)snprintf(buf, cap, "None");
    case RT_T_BOOL: return (size_t)snprintf(buf, cap, "%s", k == RT_TRUE ? "True" : "False");
    case RT_T_INT: {
        int64_t x = 0;
        if (!rt_int_as_i64(k, &x))
            return (size_t)snprintf(buf, cap, "<int of %" PRIu64 " bits>", rt_bigint_bit_length(k));
        return (size_t)snprintf(buf, cap, "%" PRId64, x);
    }
    case RT_T_FLOAT: {
        double d = 0;
        rt_number_as_double(k, &d);
        return rt_float_repr(d, buf, cap);
    }
    default: return (size_t)snprintf(buf, cap, "<%s>", rt_type_name(k));
    }
}

static void edges_dict(builder *b, rt_value d)
{
    int64_t pos = 0;
    uint32_t j = 0;
    rt_value k, v;
    while (rt_dict_next(d, &pos, &k, &v)) {
        if (rt_is_obj(v)) {
            uint32_t name;
            bool is_repr = !rt_is_str(k);
            if (!is_repr) {
                const char *s = rt_str_data(k);
                name =
                    rt__graph_intern(b->g, s, rt__graph_utf8_cut(s, rt_str_obj_of(k)->nbytes, 200));
            } else {
                char buf[64];
                size_t n = key_repr(k, buf, sizeof buf);
                name = rt__graph_intern(b->g, buf, n < sizeof buf ? n : sizeof buf - 1);
            }
            uint32_t before = b->g->nedges;
            edge_obj(b, rt_as_obj(v), RT_GRAPH_EDGE_PROPERTY, name);
            if (is_repr && b->g->nedges > before)
                b->g->edges[before].flags |= RT_GRAPH_E_KEY_REPR;
        }
        if (rt_is_obj(k))
            edge_obj(b, rt_as_obj(k), RT_GRAPH_EDGE_HIDDEN, j);
        j++;
    }
}

static void edges_array(builder *b, const rt_value *items, int64_t n, uint32_t name)
{
    for (int64_t i = 0; i < n; i++)
        if (rt_is_obj(items[i]))
            edge_obj(b, rt_as_obj(items[i]),
                     name == RT_GRAPH_NONE ? RT_GRAPH_EDGE_ELEMENT : RT_GRAPH_EDGE_INTERNAL,
                     name == RT_GRAPH_NONE ? (uint32_t)i : name);
}

static void edges_frame(builder *b, rt_frame *f);

/* The labelled references of object o (its traverse slot's children, plus
 * what code objects own without a traverse slot). */
static void edges_object(builder *b, rt_obj *o)
{
    rt_value v = rt_from_obj(o);
    switch ((rt_type_id)o->type) {
    case RT_T_TUPLE: edges_array(b, rt_tuple_items(v), rt_tuple_len(v), RT_GRAPH_NONE); break;
    case RT_T_LIST: edges_array(b, rt_list_items(v), rt_list_len(v), RT_GRAPH_NONE); break;
    case RT_T_LRU: {
        rt_lru *w = rt_lru_of(v);
        edge_val(b, w->func, RT_GRAPH_EDGE_INTERNAL, intern_c(b->g, "__wrapped__"));
        edge_val(b, w->dict, RT_GRAPH_EDGE_INTERNAL, b->s_dict);
        edge_val(b, w->info_type, RT_GRAPH_EDGE_INTERNAL, intern_c(b->g, "CacheInfo"));
        edge_val(b, w->kwd_mark, RT_GRAPH_EDGE_INTERNAL, intern_c(b->g, "kwd_mark"));
        /* the entries live in its slots */
        uint32_t s_key = intern_c(b->g, "cached key"), s_result = intern_c(b->g, "cached result");
        for (int64_t i = 0; i < w->nused; i++) {
            edge_val(b, w->nodes[i].key, RT_GRAPH_EDGE_INTERNAL, s_key);
            edge_val(b, w->nodes[i].key2, RT_GRAPH_EDGE_INTERNAL, s_key); /* a two-lane key's */
            edge_val(b, w->nodes[i].result, RT_GRAPH_EDGE_INTERNAL, s_result);
        }
        break;
    }
    case RT_T_ITERTOOL:
        for (int i = 0; i < RT_ITERTOOL_NVALS; i++)
            edge_val(b, rt_itertool_of(v)->v[i], RT_GRAPH_EDGE_INTERNAL, b->s_args);
        break;
    case RT_T_DEQUE:
        for (int64_t i = 0; i < rt_deque_obj_of(v)->len; i++) {
            rt_value x = rt_deque_at(v, i);
            if (rt_is_obj(x))
                edge_obj(b, rt_as_obj(x), RT_GRAPH_EDGE_ELEMENT, (uint32_t)i);
        }
        break;
    case RT_T_DICT: edges_dict(b, v); break;
    case RT_T_SET:
    case RT_T_FROZENSET: {
        int64_t pos = 0;
        uint32_t j = 0;
        rt_value k;
        while (rt_set_next(v, &pos, &k))
            if (rt_is_obj(k))
                edge_obj(b, rt_as_obj(k), RT_GRAPH_EDGE_ELEMENT, j++);
        break;
    }
    case RT_T_ITER: {
        rt_iter_obj *it = rt_iter_obj_of(v);
        edge_val(b, it->src, RT_GRAPH_EDGE_INTERNAL, b->s_source);
        edge_val(b, it->fn, RT_GRAPH_EDGE_INTERNAL, b->s_function);
        break;
    }
    case RT_T_GENERATOR:
        edge_val(b, rt_gen_of(v)->name, RT_GRAPH_EDGE_INTERNAL, b->s_name);
        edge_val(b, rt_gen_of(v)->qualname, RT_GRAPH_EDGE_INTERNAL, b->s_qualname);
        edges_frame(b, rt_gen_frame(rt_gen_of(v)));
        break;
    case RT_T_FUNCTION: {
        rt_func *f = rt_func_of(v);
        edge_obj(b, &f->code->hdr, RT_GRAPH_EDGE_INTERNAL, b->s_code);
        edge_val(b, rt_func_defaults(f), RT_GRAPH_EDGE_INTERNAL, b->s_defaults);
        edge_val(b, rt_func_kwdefaults(f), RT_GRAPH_EDGE_INTERNAL, b->s_kwdefaults);
        edge_val(b, rt_func_dict(f), RT_GRAPH_EDGE_INTERNAL, b->s_dict);
        for (uint32_t i = 0; i < f->code->nfreevars; i++) {
            rt_value fv = f->code->freevars[i];
            edge_val(b, f->cells[i], RT_GRAPH_EDGE_CONTEXT,
                     rt__graph_intern(b->g, rt_str_data(fv), rt_str_obj_of(fv)->nbytes));
        }
        /* its module's namespace (an imported module's, or the script's) */
        edge_val(b, rt_func_globals(f) ? rt_func_globals(f) : b->rt->globals, RT_GRAPH_EDGE_WEAK,
                 b->s_globals);
        break;
    }
    case RT_T_BUILTIN:
        edge_val(b, rt_builtin_of(v)->self, RT_GRAPH_EDGE_INTERNAL, b->s_self);
        break;
    case RT_T_CELL: edge_val(b, rt_cell_get(v), RT_GRAPH_EDGE_INTERNAL, b->s_cell_contents); break;
    case RT_T_CODE: {
        rt_code *c = (rt_code *)o;
        if (c->insns) {
            edges_array(b, c->consts, c->nconsts, b->s_consts);
            edges_array(b, c->names, c->nnames, b->s_names);
            edges_array(b, c->varnames, c->nlocals, b->s_varnames);
            edges_array(b, c->cellvars, c->ncellvars, b->s_cellvars);
            edges_array(b, c->freevars, c->nfreevars, b->s_freevars);
        }
        edge_val(b, c->filename, RT_GRAPH_EDGE_INTERNAL, b->s_filename);
        edge_val(b, c->name, RT_GRAPH_EDGE_INTERNAL, b->s_name);
        edge_val(b, c->qualname, RT_GRAPH_EDGE_INTERNAL, b->s_qualname);
        break;
    }
    case RT_T_EXC: {
        rt_exc *e = rt_exc_of(v);
        edge_val(b, e->cls, RT_GRAPH_EDGE_INTERNAL, b->s_class);
        edge_val(b, e->args, RT_GRAPH_EDGE_INTERNAL, b->s_args);
        edge_val(b, e->cause, RT_GRAPH_EDGE_INTERNAL, b->s_cause);
        edge_val(b, e->context, RT_GRAPH_EDGE_INTERNAL, b->s_context);
        edge_val(b, e->dict, RT_GRAPH_EDGE_INTERNAL, b->s_dict);
        for (uint32_t i = 0; i < e->ntb; i++) {
            edge_obj(b, &e->tb[i].code->hdr, RT_GRAPH_EDGE_INTERNAL, b->s_traceback);
            edge_val(b, e->tb[i].locals, RT_GRAPH_EDGE_INTERNAL, b->s_traceback);
            if (e->tb[i].slots)
                edges_array(b, e->tb[i].slots, rt__exc_tb_nslots(e->tb[i].code), b->s_traceback);
        }
        break;
    }
    case RT_T_TYPE: {
        rt_type_obj *t = rt_type_obj_of(v);
        edge_val(b, t->name, RT_GRAPH_EDGE_INTERNAL, b->s_name);
        edge_val(b, t->base, RT_GRAPH_EDGE_INTERNAL, b->s_base);
        edge_val(b, t->dict, RT_GRAPH_EDGE_INTERNAL, b->s_dict);
        edge_val(b, t->qualname, RT_GRAPH_EDGE_INTERNAL, b->s_qualname);
        edge_val(b, t->bases, RT_GRAPH_EDGE_INTERNAL, intern_c(b->g, "__bases__"));
        edge_val(b, t->mro, RT_GRAPH_EDGE_INTERNAL, intern_c(b->g, "__mro__"));
        edge_val(b, t->slots, RT_GRAPH_EDGE_INTERNAL, intern_c(b->g, "__slots__"));
        edge_val(b, t->meta, RT_GRAPH_EDGE_INTERNAL, b->s_class);
        for (uint32_t k = 0; t->keys && k < t->keys->n; k++) /* its instances' attribute names */
            edge_obj(b, rt_as_obj(t->keys->names[k]), RT_GRAPH_EDGE_HIDDEN, k);
        break;
    }
    case RT_T_INSTANCE: {
        /* an instance holds its class and its attributes: inline, by name,
         * or through its __dict__ */
        rt_inst *in = rt_inst_of(v);
        const rt_type_obj *t = rt_type_obj_of(in->cls);
        edge_val(b, in->cls, RT_GRAPH_EDGE_INTERNAL, b->s_class);
        edge_val(b, in->dict, RT_GRAPH_EDGE_PROPERTY, b->s_dict);
        for (uint32_t k = 0; k < t->nslots; k++)
            if (rt_is_obj(in->slots[k]))
                edge_obj(b, rt_as_obj(in->slots[k]), RT_GRAPH_EDGE_ELEMENT, k);
        const rt_value *vals = rt__inst_values(in, t->nslots);
        for (uint32_t k = 0; k < in->vcount; k++)
            if (rt_is_obj(vals[k])) {
                const char *s = rt_str_data(t->keys->names[k]);
                size_t n = rt_str_obj_of(t->keys->names[k])->nbytes;
                edge_obj(b, rt_as_obj(vals[k]), RT_GRAPH_EDGE_PROPERTY,
                         rt__graph_intern(b->g, s, rt__graph_utf8_cut(s, n, 200)));
            }
        break;
    }
    case RT_T_WEAKREF: {
        /* the referent, through an edge that owns nothing: discovered here
         * when nothing else led to it yet, but never a dominator's path */
        rt_weakref *w = rt_weakref_of(v);
        edge_val(b, w->callback, RT_GRAPH_EDGE_INTERNAL, intern_c(b->g, "__callback__"));
        if (w->referent) {
            uint32_t before = b->g->nedges;
            edge_obj(b, w->referent, RT_GRAPH_EDGE_INTERNAL, intern_c(b->g, "__referent__"));
            if (b->g->nedges > before)
                b->g->edges[before].kind = RT_GRAPH_EDGE_WEAK;
        }
        break;
    }
    case RT_T_MEMBER:
    case RT_T_GETSET:
        edge_val(b, rt_descr_of(v)->a, RT_GRAPH_EDGE_INTERNAL, b->s_name);
        edge_val(b, rt_descr_of(v)->b, RT_GRAPH_EDGE_INTERNAL, intern_c(b->g, "__objclass__"));
        break;
    case RT_T_METHOD:
        /* a bound method holds its function and its instance */
        edge_val(b, rt_descr_of(v)->a, RT_GRAPH_EDGE_INTERNAL, intern_c(b->g, "__func__"));
        edge_val(b, rt_descr_of(v)->b, RT_GRAPH_EDGE_PROPERTY, intern_c(b->g, "__self__"));
        break;
    case RT_T_STATICMETHOD:
    case RT_T_CLASSMETHOD:
        edge_val(b, rt_descr_of(v)->a, RT_GRAPH_EDGE_INTERNAL, intern_c(b->g, "__func__"));
        break;
    case RT_T_PROPERTY: {
        static const char *const names[5] = {"fget", "fset", "fdel", "__doc__", "name"};
        rt_descr *d = rt_descr_of(v);
        rt_value f[5] = {d->a, d->b, d->c, d->d, d->e};
        for (int i = 0; i < 5; i++)
            edge_val(b, f[i], RT_GRAPH_EDGE_INTERNAL, intern_c(b->g, names[i]));
        break;
    }
    case RT_T_SUPER: {
        static const char *const names[3] = {"__thisclass__", "__self__", "__self_class__"};
        rt_descr *d = rt_descr_of(v);
        rt_value f[3] = {d->a, d->b, d->c};
        for (int i = 0; i < 3; i++)
            edge_val(b, f[i], RT_GRAPH_EDGE_INTERNAL, intern_c(b->g, names[i]));
        break;
    }
    case RT_T_MODULE:
        edge_val(b, rt_module_of(v)->name, RT_GRAPH_EDGE_INTERNAL, b->s_name);
        edge_val(b, rt_module_of(v)->dict, RT_GRAPH_EDGE_INTERNAL, b->s_dict);
        break;
    case RT_T_SLICE: {
        rt_slice_obj *s = rt_slice_obj_of(v);
        edge_val(b, s->start, RT_GRAPH_EDGE_INTERNAL, b->s_start);
        edge_val(b, s->stop, RT_GRAPH_EDGE_INTERNAL, b->s_stop);
        edge_val(b, s->step, RT_GRAPH_EDGE_INTERNAL, b->s_step);
        break;
    }
    case RT_T_MEMORYVIEW: { /* the bytes or bytearray it views, and the object whose memory
                               that is (an array.array: what .obj answers) */
        const rt_mview_obj *m = rt_mview_of(v);
        if (m->owner)
            edge_val(b, m->owner, RT_GRAPH_EDGE_INTERNAL, intern_c(b->g, "obj"));
        edge_val(b, m->obj, RT_GRAPH_EDGE_INTERNAL, intern_c(b->g, m->owner ? "buffer" : "obj"));
        break;
    }
    default: break; /* leaves: int, float, str, range */
    }
}

static void edges_frame(builder *b, rt_frame *f)
{
    rt_code *c = f->code;
    for (uint32_t i = 0; i < c->nlocals; i++) {
        rt_value nm = c->varnames[i];
        if (rt_is_obj(f->locals[i]))
            edge_val(b, f->locals[i], RT_GRAPH_EDGE_PROPERTY,
                     rt__graph_intern(b->g, rt_str_data(nm), rt_str_obj_of(nm)->nbytes));
    }
    uint32_t ncells = (uint32_t)c->ncellvars + c->nfreevars;
    for (uint32_t k = 0; k < ncells; k++) {
        rt_value cell = f->cells[k];
        rt_value nm = k < c->ncellvars ? c->cellvars[k] : c->freevars[k - c->ncellvars];
        if (rt_is_obj(cell))
            edge_val(b, cell, RT_GRAPH_EDGE_PROPERTY,
                     rt__graph_intern(b->g, rt_str_data(nm), rt_str_obj_of(nm)->nbytes));
    }
    for (rt_value *p = f->stack; p < f->sp; p++)
        edge_val(b, *p, RT_GRAPH_EDGE_HIDDEN, (uint32_t)(p - f->stack));
    edge_obj(b, &c->hdr, RT_GRAPH_EDGE_INTERNAL, b->s_code);
    edge_val(b, f->func, RT_GRAPH_EDGE_INTERNAL, b->s_function);
    edge_val(b, f->handled, RT_GRAPH_EDGE_INTERNAL, b->s_handled);
    edge_val(b, f->ns, RT_GRAPH_EDGE_INTERNAL, b->s_dict);
}

static void edges_runtime(builder *b)
{
    rt_state *rt = b->rt;
    uint32_t s_types = intern_c(b->g, "builtin type"), s_exc = intern_c(b->g, "exception class");
    for (int i = 0; i < RT_T_COUNT; i++)
        edge_val(b, rt->type_objs[i], RT_GRAPH_EDGE_INTERNAL, s_types);
    for (int i = 0; i < RT_EXC_COUNT; i++)
        edge_val(b, rt->exc_types[i], RT_GRAPH_EDGE_INTERNAL, s_exc);
    uint32_t s_ids = intern_c(b->g, "interned name");
    for (int i = 0; i < RT_ID_COUNT; i++)
        edge_val(b, rt->ids[i], RT_GRAPH_EDGE_INTERNAL, s_ids);
    edge_val(b, rt->notimpl, RT_GRAPH_EDGE_INTERNAL, intern_c(b->g, "NotImplemented"));
    edge_val(b, rt->ellipsis, RT_GRAPH_EDGE_INTERNAL, intern_c(b->g, "Ellipsis"));
    edge_val(b, rt->exc_import_error, RT_GRAPH_EDGE_INTERNAL, s_exc);
    edge_val(b, rt->exc_module_not_found, RT_GRAPH_EDGE_INTERNAL, s_exc);
    edge_val(b, rt->exc, RT_GRAPH_EDGE_INTERNAL, intern_c(b->g, "current exception"));
    edge_val(b, rt->memory_error, RT_GRAPH_EDGE_INTERNAL, intern_c(b->g, "MemoryError instance"));
    edge_val(b, rt->main_code, RT_GRAPH_EDGE_INTERNAL, intern_c(b->g, "main code"));
    if (rt->lib_method_names) {
        uint32_t s = intern_c(b->g, "method name");
        for (size_t i = 0; i < rt->lib_method_count; i++)
            edge_val(b, rt->lib_method_names[i], RT_GRAPH_EDGE_INTERNAL, s);
    }
    /* the attribute cache (typecache.h) owns the names of its entries; its
     * node's edges come after the walk (tcache_finish) */
    uint32_t here = b->cur;
    b->tcache = add_synthetic(b, "(group)", "(attribute cache)", NULL, here);
    if (b->tcache != RT_GRAPH_NONE) {
        b->g->parent_edge[b->tcache] = b->g->nedges;
        push_edge(b, b->tcache, RT_GRAPH_EDGE_INTERNAL, intern_c(b->g, "attribute cache"));
    }
}

/* Emits the edges of node i (b->cur = i). */
static void process(builder *b, uint32_t i)
{
    rt_graph *g = b->g;
    b->cur = i;
    g->nodes[i].first_edge = g->nedges;
    if (i == 0) {
        for (uint32_t k = 0; k < G_COUNT; k++)
            push_edge(b, b->group[k], RT_GRAPH_EDGE_ELEMENT, k);
    } else if (i == b->group[G_FRAMES]) {
        for (rt_frame *f = b->rt->frame; f; f = f->back) {
            uint32_t n = add_synthetic(b, "frame", rt_str_data(f->code->qualname), f, i);
            if (n == RT_GRAPH_NONE)
                break;
            g->parent_edge[n] = g->nedges;
            g->nodes[n].filename = intern_c(g, rt_str_data(f->code->filename));
            /* ip is the next instruction: the innermost frame stands
             * before it; a caller is inside the call just before it */
            uint32_t at = (uint32_t)(f->ip - f->code->insns);
            if (f != b->rt->frame && at > 0)
                at--;
            g->nodes[n].line = rt_code_line(f->code, at);
            push_edge(b, n, RT_GRAPH_EDGE_ELEMENT, g->nedges - g->nodes[i].first_edge);
        }
    } else if (i == b->group[G_RUNTIME]) {
        edges_runtime(b);
    } else if (i == b->group[G_UNREACHABLE]) {
        /* filled at the end (finish_garbage) */
    } else if (g->nodes[i].flags & RT_GRAPH_N_SYNTHETIC) {
        if (b->objs[i])
            edges_frame(b, b->objs[i]);
    } else {
        edges_object(b, b->objs[i]);
    }
    g->nodes[i].edge_count = g->nedges - g->nodes[i].first_edge;
}

/* A group node for a root dict (the dict's own node, renamed), or a
 * synthetic placeholder when the state has none. */
static uint32_t group_dict(builder *b, rt_value d, const char *name)
{
    if (!rt_is_obj(d) || (rt_as_obj(d)->flags & RT_F_MARK))
        return add_synthetic(b, "(group)", name, NULL, 0);
    uint32_t i = add_node(b, rt__objid(b->rt, rt_as_obj(d)), rt_as_obj(d), 0, RT_GRAPH_NONE, true);
    if (i == RT_GRAPH_NONE)
        return i;
    describe(b, i, rt_as_obj(d));
    b->g->nodes[i].name = intern_c(b->g, name);
    return i;
}

typedef struct garbage_walk {
    builder *b;
    uint32_t *next; /* next node to process */
} garbage_walk;

static void drain(builder *b, uint32_t *next)
{
    while (*next < b->g->nnodes && !b->oom) {
        rt__graph_pace(b->g->pacer);
        uint32_t i = (*next)++;
        process(b, i);
    }
}

/* The (attribute cache) node's edges, once the walk from the root is done:
 * to each name only the cache keeps alive (a name reached from elsewhere
 * keeps its place there, so that the walk's paths and distances do not
 * depend on what the cache happens to hold). Every live object thus has a
 * node, and the graph's totals agree with the heap's. */
static void tcache_finish(builder *b, uint32_t *next)
{
    rt_graph *g = b->g;
    uint32_t n = b->tcache;
    if (n == RT_GRAPH_NONE || b->oom)
        return;
    b->cur = n;
    g->nodes[n].first_edge = g->nedges;
    uint32_t s = intern_c(g, "name");
    const rt_tcache *c = &b->rt->tcache;
    for (size_t k = 0; k < RT_TCACHE_SIZE && !b->oom; k++) {
        rt_value nm = c->e[k].name;
        if (rt_is_obj(nm) && !(rt_as_obj(nm)->flags & RT_F_MARK))
            edge_val(b, nm, RT_GRAPH_EDGE_INTERNAL, s);
    }
    g->nodes[n].edge_count = g->nedges - g->nodes[n].first_edge;
    drain(b, next);
}

/* Adds every tracked container not reached from the roots (and what it
 * reaches) under (unreachable). */
static void gather_garbage_list(builder *b, rt_gc_link *head, uint32_t *next)
{
    rt_graph *g = b->g;
    uint32_t grp = b->group[G_UNREACHABLE];
    for (rt_gc_link *l = head->next; l != head && !b->oom; l = l->next) {
        rt__graph_pace(g->pacer);
        rt_obj *o = rt_obj_of_link(l);
        if (o->flags & RT_F_MARK)
            continue;
        if (b->ngarbage == b->capgarbage) {
            uint32_t cap = b->capgarbage ? b->capgarbage * 2 : 64;
            rt_graph_edge *n = realloc(b->garbage, cap * sizeof *n);
            if (!n) {
                b->oom = true;
                return;
            }
            b->garbage = n;
            b->capgarbage = cap;
        }
        uint32_t i = add_node(b, rt__objid(b->rt, o), o, grp, RT_GRAPH_NONE, true);
        if (i == RT_GRAPH_NONE)
            return;
        describe(b, i, o);
        g->parent_edge[i] = RT_GRAPH_NONE - 1 - b->ngarbage; /* fixed in finish_garbage */
        rt_graph_edge *e = &b->garbage[b->ngarbage++];
        e->to = i;
        e->name_or_index = b->s_garbage;
        e->kind = RT_GRAPH_EDGE_INTERNAL;
        e->flags = 0;
        drain(b, next);
    }
}

static void finish_garbage(builder *b)
{
    rt_graph *g = b->g;
    uint32_t grp = b->group[G_UNREACHABLE];
    g->nodes[grp].first_edge = g->nedges;
    for (uint32_t k = 0; k < b->ngarbage && !b->oom; k++) {
        if (!grow_edges(g)) {
            b->oom = true;
            return;
        }
        g->parent_edge[b->garbage[k].to] = g->nedges;
        g->edges[g->nedges++] = b->garbage[k];
    }
    g->nodes[grp].edge_count = g->nedges - g->nodes[grp].first_edge;
}

/* Sizes the arrays for the heap's object count up front: growing them by
 * doubling costs copies and page faults that dominate a large build. */
static bool presize(builder *b)
{
    rt_graph *g = b->g;
    uint64_t want = rt_heap_live_objects(b->rt) + 64;
    for (rt_frame *f = b->rt->frame; f; f = f->back)
        want++;
    if (want > UINT32_MAX / 4)
        return false;
    g->capnodes = (uint32_t)want;
    g->nodes = rt__graph_alloc(want * sizeof *g->nodes, false);
    g->parent = rt__graph_alloc(want * sizeof *g->parent, false);
    g->parent_edge = rt__graph_alloc(want * sizeof *g->parent_edge, false);
    b->objs = rt__graph_alloc(want * sizeof *b->objs, false);
    b->saved_prev = rt__graph_alloc(want * sizeof *b->saved_prev, false);
    g->capedges = (uint32_t)(want + want / 2);
    g->edges = rt__graph_alloc(g->capedges * sizeof *g->edges, false);
    return g->nodes && g->parent && g->parent_edge && b->objs && b->saved_prev && g->edges;
}

/* Fills the `to` of the edges to leaves reached more than once. */
static void resolve_fixups(builder *b)
{
    rt_graph *g = b->g;
    for (uint32_t k = 0; k < b->nfixups; k++) {
        rt__graph_pace(g->pacer);
        if (k + MAP_AHEAD < b->nfixups)
            __builtin_prefetch(
                &g->map[map_home(rt__objid(b->rt, b->fixups[k + MAP_AHEAD].o), g->map_cap)]);
        g->edges[b->fixups[k].edge].to = rt__graph_lookup(g, rt__objid(b->rt, b->fixups[k].o));
    }
}

static void builder_free(builder *b)
{
    free(b->objs);
    free(b->saved_prev);
    free(b->fixups);
    free(b->site_file);
    free(b->garbage);
}

static void init_names(builder *b)
{
    rt_graph *g = b->g;
    b->s_cell_contents = intern_c(g, "cell_contents");
    b->s_code = intern_c(g, "__code__");
    b->s_defaults = intern_c(g, "__defaults__");
    b->s_kwdefaults = intern_c(g, "__kwdefaults__");
    b->s_dict = intern_c(g, "__dict__");
    b->s_globals = intern_c(g, "__globals__");
    b->s_self = intern_c(g, "__self__");
    b->s_source = intern_c(g, "source");
    b->s_function = intern_c(g, "function");
    b->s_consts = intern_c(g, "co_consts");
    b->s_names = intern_c(g, "co_names");
    b->s_varnames = intern_c(g, "co_varnames");
    b->s_cellvars = intern_c(g, "co_cellvars");
    b->s_freevars = intern_c(g, "co_freevars");
    b->s_filename = intern_c(g, "co_filename");
    b->s_name = intern_c(g, "__name__");
    b->s_qualname = intern_c(g, "__qualname__");
    b->s_class = intern_c(g, "__class__");
    b->s_args = intern_c(g, "args");
    b->s_cause = intern_c(g, "__cause__");
    b->s_context = intern_c(g, "__context__");
    b->s_traceback = intern_c(g, "__traceback__");
    b->s_base = intern_c(g, "__base__");
    b->s_start = intern_c(g, "start");
    b->s_stop = intern_c(g, "stop");
    b->s_step = intern_c(g, "step");
    b->s_handled = intern_c(g, "handled exception");
    b->s_garbage = intern_c(g, "garbage");
}

static void totals_fill(rt_graph *g, rt_state *rt, uint64_t t0)
{
    rt_graph_totals *t = &g->totals;
    t->nodes = g->nnodes;
    t->edges = g->nedges;
    t->strings = g->nstrs;
    for (uint32_t i = 0; i < g->nnodes; i++) {
        rt__graph_pace(g->pacer);
        const rt_graph_node *n = &g->nodes[i];
        if (n->flags & RT_GRAPH_N_SYNTHETIC)
            continue;
        t->objects++;
        t->self_bytes += n->self_size;
        if (n->flags & RT_GRAPH_N_GARBAGE) {
            t->garbage_objects++;
            t->garbage_bytes += n->self_size;
        }
    }
    t->heap_objects = rt_heap_live_objects(rt);
    t->heap_bytes = rt->heap.live_bytes - rt->heap.other_bytes;
    t->closures = g->nclosures;
    t->memory_bytes += (uint64_t)g->capnodes * (sizeof(rt_graph_node) + 8) +
                       (uint64_t)g->capedges * sizeof(rt_graph_edge) + (uint64_t)g->capstrs * 12 +
                       g->shash_cap * 4 + g->map_cap * sizeof(struct rt_graph_slot) +
                       (uint64_t)g->nclosures * sizeof(rt_graph_closure) +
                       (uint64_t)g->nvars * sizeof(rt_graph_var) +
                       (uint64_t)g->nsites * sizeof(rt_graph_site);
    t->build_ns = rt__clock_ns() - t0 - (g->pacer ? g->pacer->paused_ns : 0);
    t->build_steps = g->pacer ? g->pacer->pauses + 1 : 1;
}

/* The build: in one go (pacer NULL), or in steps on the pacer's fiber. */
rt_graph *rt__graph_build_paced(rt_state *rt, rt_graph_pacer *pacer)
{
    uint64_t t0 = rt__clock_ns();
    rt_graph *g = calloc(1, sizeof *g);
    if (!g)
        return NULL;
    g->pacer = pacer;
    builder b;
    memset(&b, 0, sizeof b);
    b.g = g;
    b.rt = rt;
    g->rt = rt;
    b.next_synth = 1;
    b.tcache = RT_GRAPH_NONE;
    b.nsites = rt_site_count(rt);
    b.site_file = malloc((b.nsites ? b.nsites : 1) * sizeof *b.site_file);
    if (!b.site_file || intern_c(g, "") != 0 || !presize(&b))
        goto fail;
    for (uint32_t s = 0; s < b.nsites; s++)
        b.site_file[s] = RT_GRAPH_NONE;
    init_names(&b);

    /* the root and its groups: indices 0 .. G_COUNT */
    add_synthetic(&b, "(root)", "(root)", NULL, RT_GRAPH_NONE);
    b.group[G_GLOBALS] = group_dict(&b, rt->globals, "(globals)");
    b.group[G_FRAMES] = add_synthetic(&b, "(group)", "(frames)", NULL, 0);
    b.group[G_BUILTINS] = group_dict(&b, rt->builtins, "(builtins)");
    b.group[G_MODULES] = group_dict(&b, rt->modules, "(modules)");
    b.group[G_RUNTIME] = add_synthetic(&b, "(group)", "(runtime)", NULL, 0);
    b.group[G_UNREACHABLE] = add_synthetic(&b, "(group)", "(unreachable)", NULL, 0);
    if (b.oom)
        goto fail;
    g->nodes[b.group[G_UNREACHABLE]].flags |= RT_GRAPH_N_GARBAGE; /* inherited below it */
    for (uint32_t k = 0; k < G_COUNT; k++)
        g->parent_edge[b.group[k]] = k; /* the root's edges come first */
    g->globals_node = b.group[G_GLOBALS];
    g->builtins_node = b.group[G_BUILTINS];
    g->modules_node = b.group[G_MODULES];

    /* breadth first from the root; nodes are processed in index order, so
     * each node's edges are contiguous and distances are BFS distances */
    uint32_t next = 0;
    drain(&b, &next);
    tcache_finish(&b, &next);
    /* then whatever is alive but unreachable: tracked containers not seen */
    if (rt->gc && !b.oom) {
        for (int gen = RT_GC_GENERATIONS - 1; gen >= 0; gen--)
            gather_garbage_list(&b, &rt->gc->gens[gen].head, &next);
        gather_garbage_list(&b, &rt->gc->permanent, &next);
    }
    finish_garbage(&b);
    unclaim(&b);
    if (b.oom || !map_build(g))
        goto fail;
    resolve_fixups(&b);
    if (rt__graph_compute_dominators(g) < 0 || rt__graph_compute_closures(g, rt) < 0)
        goto fail;
    builder_free(&b);
    totals_fill(g, rt, t0);
    g->pacer = NULL;
    return g;
fail:
    unclaim(&b); /* again when done already: it only rewrites the saved words */
    builder_free(&b);
    rt_graph_free(g);
    return NULL;
}

rt_graph *rt_graph_build(rt_state *rt)
{
    return rt__graph_build_paced(rt, NULL);
}

void rt__graph_pace_check(rt_graph_pacer *p)
{
    p->count = 0;
    uint64_t now = rt__clock_ns();
    if (p->deadline && now >= p->deadline) {
        rt__fiber_leave(p->fiber);
        p->pauses++;
        p->paused_ns += rt__clock_ns() - now;
    }
}

void rt_graph_free(rt_graph *g)
{
    if (!g)
        return;
    free(g->nodes);
    free(g->edges);
    free(g->parent);
    free(g->parent_edge);
    free((void *)g->strs);
    free(g->slens);
    free(g->shash);
    while (g->chunks) {
        struct rt_graph_strchunk *n = g->chunks->next;
        free(g->chunks);
        g->chunks = n;
    }
    free(g->map);
    free(g->closures);
    free(g->vars);
    free(g->sites);
    free(g);
}

/* What a build allocates for the heap as it is (presize's arrays, the
 * strings and the index), before it allocates it. */
size_t rt__graph_estimate(const rt_state *rt)
{
    uint64_t n = rt_heap_live_objects(rt) + 64 + 2 * (uint64_t)rt_site_count(rt);
    uint64_t per = sizeof(rt_graph_node) + 4 * sizeof(uint32_t) + 2 * sizeof(void *) +
                   3 * sizeof(rt_graph_edge) / 2 + 2 * sizeof(struct rt_graph_slot);
    uint64_t bytes = n * per;
    return bytes > SIZE_MAX ? SIZE_MAX : (size_t)bytes;
}

/* The bytes g holds: its arrays at their capacities and its string chunks. */
size_t rt__graph_bytes(const rt_graph *g)
{
    size_t b = sizeof *g + (size_t)g->capnodes * (sizeof *g->nodes + 2 * sizeof(uint32_t)) +
               (size_t)g->capedges * sizeof *g->edges +
               (size_t)g->capstrs * (sizeof *g->strs + sizeof *g->slens) +
               g->shash_cap * sizeof *g->shash + g->map_cap * sizeof *g->map +
               (size_t)g->nclosures * (sizeof *g->closures + sizeof *g->sites) +
               (size_t)g->nvars * sizeof *g->vars;
    for (const struct rt_graph_strchunk *c = g->chunks; c; c = c->next)
        b += sizeof *c + c->cap;
    return b;
}

/* ---- accessors ---------------------------------------------------------------------- */

uint32_t rt_graph_node_count(const rt_graph *g)
{
    return g->nnodes;
}

const rt_graph_node *rt_graph_node_at(const rt_graph *g, uint32_t i)
{
    return i < g->nnodes ? &g->nodes[i] : NULL;
}

uint32_t rt_graph_edge_count(const rt_graph *g)
{
    return g->nedges;
}

const rt_graph_edge *rt_graph_edges(const rt_graph *g, uint32_t i, uint32_t *count)
{
    if (i >= g->nnodes) {
        *count = 0;
        return NULL;
    }
    *count = g->nodes[i].edge_count;
    return g->edges + g->nodes[i].first_edge;
}

const rt_graph_edge *rt_graph_edge_at(const rt_graph *g, uint32_t e)
{
    return e < g->nedges ? &g->edges[e] : NULL;
}

uint32_t rt_graph_string_count(const rt_graph *g)
{
    return g->nstrs;
}

const char *rt_graph_string(const rt_graph *g, uint32_t s)
{
    return s < g->nstrs ? g->strs[s] : "";
}

uint32_t rt_graph_find(const rt_graph *g, uint64_t id)
{
    return rt__graph_lookup(g, id);
}

void rt_graph_totals_get(const rt_graph *g, rt_graph_totals *out)
{
    *out = g->totals;
}
