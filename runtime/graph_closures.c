/* graph_closures.c: the closures of a heap graph: per captured variable the
 * bytes retained through its cell and how many closures share it; capture
 * hints (late binding, self cycles through any path, large captures used
 * only by len() or subscripts, through any depth of nested functions); and
 * closures grouped by their definition site. Runs inside rt_graph_build,
 * while the heap is unchanged. */
#include <stdlib.h>
#include <string.h>

#include "runtime/cell.h"
#include "runtime/code.h"
#include "runtime/dict.h"
#include "runtime/func.h"
#include "runtime/graph.h"
#include "runtime/heap.h"
#include "runtime/inspect.h"
#include "runtime/list.h"
#include "runtime/set.h"
#include "runtime/site.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

#define LARGE_ITEMS 100
#define LARGE_BYTES 4096
#define NEST_LIMIT 16 /* nested functions followed when a capture is passed on */

const char *rt_graph_hint_name(unsigned hint)
{
    switch (hint) {
    case RT_GRAPH_HINT_LATE_BINDING: return "late_binding";
    case RT_GRAPH_HINT_SELF_CYCLE: return "self_cycle";
    case RT_GRAPH_HINT_LARGE_CAPTURE: return "large_capture";
    default: return NULL;
    }
}

static rt_obj *obj_of(const rt_graph *g, uint32_t node)
{
    return rt__objid_object(g->rt, g->nodes[node].id);
}

/* ---- self cycles ---------------------------------------------------------- */

/* Strongly connected components over the strong edges (weak ones keep
 * nothing alive), by Tarjan's algorithm without recursion: scc[v] is v's
 * component. A captured value reaches its closure, by a path of any length,
 * exactly when both are in one component (the closure reaches the value
 * through its cell). O(nodes + edges) time; 24 bytes a node. Returns the
 * array (free() it), or NULL when the host is out of memory. */
typedef struct scc_frame {
    uint32_t node;
    uint32_t next; /* the next edge of node to look at */
} scc_frame;

static uint32_t *strong_components(const rt_graph *g)
{
    uint32_t n = g->nnodes;
    uint32_t *scc = rt__graph_alloc((size_t)(n ? n : 1) * sizeof *scc, false);
    uint32_t *index = rt__graph_alloc((size_t)(n ? n : 1) * sizeof *index, true);
    uint32_t *low = rt__graph_alloc((size_t)(n ? n : 1) * sizeof *low, false);
    uint32_t *stack = rt__graph_alloc((size_t)(n ? n : 1) * sizeof *stack, false);
    scc_frame *calls = rt__graph_alloc((size_t)(n ? n : 1) * sizeof *calls, false);
    if (!scc || !index || !low || !stack || !calls) {
        free(scc);
        scc = NULL;
        goto out;
    }
    for (uint32_t v = 0; v < n; v++)
        scc[v] = RT_GRAPH_NONE; /* NONE and index != 0: on the stack */
    uint32_t counter = 0, nscc = 0, sp = 0;
    for (uint32_t root = 0; root < n; root++) {
        if (index[root])
            continue;
        uint32_t csp = 0;
        index[root] = low[root] = ++counter;
        stack[sp++] = root;
        calls[csp++] = (scc_frame){root, g->nodes[root].first_edge};
        while (csp) {
            rt__graph_pace(g->pacer);
            scc_frame *fr = &calls[csp - 1];
            uint32_t v = fr->node;
            const rt_graph_node *nv = &g->nodes[v];
            if (fr->next < nv->first_edge + nv->edge_count) {
                const rt_graph_edge *e = &g->edges[fr->next++];
                if (e->kind == RT_GRAPH_EDGE_WEAK)
                    continue;
                uint32_t w = e->to;
                if (!index[w]) {
                    index[w] = low[w] = ++counter;
                    stack[sp++] = w;
                    calls[csp++] = (scc_frame){w, g->nodes[w].first_edge};
                } else if (scc[w] == RT_GRAPH_NONE && index[w] < low[v]) {
                    low[v] = index[w];
                }
                continue;
            }
            if (low[v] == index[v]) {
                uint32_t w;
                do {
                    w = stack[--sp];
                    scc[w] = nscc;
                } while (w != v);
                nscc++;
            }
            csp--;
            if (csp && low[v] < low[calls[csp - 1].node])
                low[calls[csp - 1].node] = low[v];
        }
    }
out:
    free(index);
    free(low);
    free(stack);
    free(calls);
    return scc;
}

/* ---- large captures used only through len() or x[...] ------------------------ */

static bool is_large(const rt_graph *g, uint32_t value)
{
    if (value == RT_GRAPH_NONE)
        return false;
    rt_obj *o = obj_of(g, value);
    rt_value v = rt_from_obj(o);
    int64_t items;
    switch ((rt_type_id)o->type) {
    case RT_T_LIST: items = rt_list_len(v); break;
    case RT_T_TUPLE: items = rt_tuple_len(v); break;
    case RT_T_DICT: items = rt_dict_len(v); break;
    case RT_T_SET: items = rt_set_len(v); break;
    default: return false;
    }
    return items > LARGE_ITEMS || g->nodes[value].self_size > LARGE_BYTES;
}

static bool is_simple_load(rt_opcode op)
{
    return op == RT_OP_LOAD_CONST || op == RT_OP_LOAD_FAST || op == RT_OP_LOAD_DEREF ||
           op == RT_OP_LOAD_GLOBAL;
}

/* The name of cell slot `slot` of code c (cellvars, then freevars). */
static rt_value slot_name(const rt_code *c, uint32_t slot)
{
    if (slot < c->ncellvars)
        return c->cellvars[slot];
    slot -= c->ncellvars;
    return slot < c->nfreevars ? c->freevars[slot] : RT_NULL;
}

static bool only_len_or_subscript(const rt_code *c, uint32_t slot, int nest);

/* A capture passed on to nested functions (LOAD_CLOSURE of `slot`): true
 * when every code among c's constants that takes it as a free variable uses
 * it only through len() or x[...] too, however deep the nesting. */
static bool nested_uses_only_len_or_subscript(const rt_code *c, uint32_t slot, int nest)
{
    rt_value name = slot_name(c, slot);
    if (!name || nest >= NEST_LIMIT)
        return false;
    bool any = false;
    for (uint32_t i = 0; i < c->nconsts; i++) {
        rt_value k = c->consts[i];
        if (!rt_is_obj(k) || rt_as_obj(k)->type != RT_T_CODE)
            continue;
        const rt_code *inner = rt_code_of(k);
        for (uint32_t f = 0; f < inner->nfreevars; f++) {
            if (!rt_str_eq(inner->freevars[f], name))
                continue;
            if (!only_len_or_subscript(inner, inner->ncellvars + f, nest + 1))
                return false;
            any = true;
        }
    }
    return any;
}

/* True when every LOAD_DEREF of cell slot `slot` in code c, and in every
 * nested function it is passed on to, feeds only len(x) (PUSH_NULL
 * LOAD_GLOBAL len LOAD_DEREF CALL 1) or a subscript x[<simple expression>]
 * (loads, unary/binary operations, slices). */
static bool only_len_or_subscript(const rt_code *c, uint32_t slot, int nest)
{
    bool any = false;
    bool passed_on = false;
    for (uint32_t i = 0; i < c->ninsns; i++) {
        uint32_t w = c->insns[i];
        rt_opcode op = RT_INSN_BASE(w);
        if (op == RT_OP_LOAD_CLOSURE && RT_INSN_ARG(w) == slot) {
            passed_on = true; /* judged by the nested functions' own use, below */
            continue;
        }
        if (op != RT_OP_LOAD_DEREF || RT_INSN_ARG(w) != slot)
            continue;
        any = true;
        /* len(x) */
        if (i >= 2 && i + 1 < c->ninsns && RT_INSN_BASE(c->insns[i - 1]) == RT_OP_LOAD_GLOBAL &&
            RT_INSN_BASE(c->insns[i + 1]) == RT_OP_CALL && RT_INSN_ARG(c->insns[i + 1]) == 1) {
            uint32_t slotg = RT_INSN_ARG(c->insns[i - 1]);
            if (slotg < c->ngcache && c->gcache[slotg].name < c->nnames &&
                rt_str_eq_cstr(c->names[c->gcache[slotg].name], "len"))
                continue;
        }
        /* x[...]: simulate the index expression until BINARY_SUBSCR */
        int depth = 0; /* values above x */
        bool ok = false;
        for (uint32_t j = i + 1; j < c->ninsns && j < i + 32; j++) {
            uint32_t wj = c->insns[j];
            rt_opcode oj = RT_INSN_BASE(wj);
            if (is_simple_load(oj)) {
                depth++;
            } else if (oj == RT_OP_PUSH_NULL) {
                depth++;
            } else if (oj == RT_OP_BINARY_OP || oj == RT_OP_COMPARE_OP) {
                if (depth < 2)
                    break;
                depth--;
            } else if (oj == RT_OP_UNARY_OP) {
                if (depth < 1)
                    break;
            } else if (oj == RT_OP_BUILD_SLICE) {
                uint32_t k = RT_INSN_ARG(wj);
                if ((uint32_t)depth < k)
                    break;
                depth -= (int)k - 1;
            } else if (oj == RT_OP_BINARY_SUBSCR) {
                ok = depth == 1;
                break;
            } else {
                break;
            }
        }
        if (!ok)
            return false;
    }
    if (passed_on) {
        if (!nested_uses_only_len_or_subscript(c, slot, nest))
            return false;
        any = true;
    }
    return any;
}

/* ---- late binding -------------------------------------------------------------- */

/* True when code `outer` stores cell variable `name` inside a loop: a
 * STORE_DEREF of its cell slot at an instruction a backward jump returns over. */
static bool stored_in_loop(const rt_code *outer, rt_value name)
{
    uint32_t slot = UINT32_MAX;
    for (uint32_t k = 0; k < outer->ncellvars; k++)
        if (outer->cellvars[k] == name || rt_str_eq(outer->cellvars[k], name))
            slot = k;
    if (slot == UINT32_MAX)
        return false;
    for (uint32_t i = 0; i < outer->ninsns; i++) {
        uint32_t w = outer->insns[i];
        if (RT_INSN_BASE(w) != RT_OP_STORE_DEREF || RT_INSN_ARG(w) != slot)
            continue;
        for (uint32_t q = i + 1; q < outer->ninsns; q++) {
            uint32_t wq = outer->insns[q];
            if ((rt_opcode_flags(RT_INSN_OP(wq)) & RT_OPF_JUMP) && RT_INSN_ARG(wq) <= i &&
                RT_INSN_BASE(wq) != RT_OP_SETUP_BLOCK)
                return true;
        }
    }
    return false;
}

static bool owns_cell(const rt_code *c, rt_value name)
{
    for (uint32_t k = 0; k < c->ncellvars; k++)
        if (c->cellvars[k] == name || rt_str_eq(c->cellvars[k], name))
            return true;
    return false;
}

static bool takes_free(const rt_code *c, rt_value name)
{
    for (uint32_t k = 0; k < c->nfreevars; k++)
        if (c->freevars[k] == name || rt_str_eq(c->freevars[k], name))
            return true;
    return false;
}

typedef struct share_key {
    uint32_t cell;
    uint32_t code; /* node of the closure's code */
    uint32_t var;  /* index into g->vars */
} share_key;

static int cmp_share(const void *a, const void *b)
{
    const share_key *x = a, *y = b;
    if (x->cell != y->cell)
        return x->cell < y->cell ? -1 : 1;
    if (x->code != y->code)
        return x->code < y->code ? -1 : 1;
    return (x->var > y->var) - (x->var < y->var);
}

static int mark_late_binding(rt_graph *g, const uint32_t *code_of_var)
{
    share_key *keys = malloc((g->nvars ? g->nvars : 1) * sizeof *keys);
    uint32_t *outer_of = rt__graph_alloc((size_t)g->nnodes * sizeof *outer_of, false);
    if (!keys || !outer_of) {
        free(keys);
        free(outer_of);
        return -1;
    }
    /* outer_of: code node -> the code node holding it among its constants */
    for (uint32_t v = 0; v < g->nnodes; v++)
        outer_of[v] = RT_GRAPH_NONE;
    for (uint32_t v = 0; v < g->nnodes; v++) {
        rt__graph_pace(g->pacer);
        const rt_graph_node *n = &g->nodes[v];
        if (n->kind != RT_GRAPH_CODE)
            continue;
        for (uint32_t e = n->first_edge; e < n->first_edge + n->edge_count; e++)
            if (g->nodes[g->edges[e].to].kind == RT_GRAPH_CODE)
                outer_of[g->edges[e].to] = v;
    }
    uint32_t nk = 0;
    for (uint32_t i = 0; i < g->nvars; i++)
        if (g->vars[i].cell != RT_GRAPH_NONE)
            keys[nk++] = (share_key){g->vars[i].cell, code_of_var[i], i};
    qsort(keys, nk, sizeof *keys, cmp_share);
    for (uint32_t a = 0; a < nk;) {
        rt__graph_pace(g->pacer);
        uint32_t b = a + 1;
        while (b < nk && keys[b].cell == keys[a].cell && keys[b].code == keys[a].code)
            b++;
        if (b - a >= 2) {
            /* several closures of one code share this cell: late binding
             * when the defining code rebinds the variable in a loop */
            uint32_t oc = keys[a].code == RT_GRAPH_NONE ? RT_GRAPH_NONE : outer_of[keys[a].code];
            rt_graph_var *v0 = &g->vars[keys[a].var];
            const char *nm = rt_graph_string(g, v0->name);
            /* the defining code is gone (a comprehension or a module that
             * finished): one activation made several closures of one code
             * over one cell, which only a loop does */
            bool loop = oc == RT_GRAPH_NONE;
            rt_value name = RT_NULL;
            if (oc != RT_GRAPH_NONE) {
                const rt_code *inner = (const rt_code *)obj_of(g, keys[a].code);
                for (uint32_t k = 0; k < inner->nfreevars; k++)
                    if (rt_str_eq_cstr(inner->freevars[k], nm))
                        name = inner->freevars[k];
            }
            /* up the nesting to the code that owns the cell: functions in
             * between only pass the variable on (a free variable of theirs
             * too), however many there are */
            for (int up = 0; name && oc != RT_GRAPH_NONE && up < NEST_LIMIT; up++) {
                const rt_code *outer = (const rt_code *)obj_of(g, oc);
                if (owns_cell(outer, name)) {
                    loop = stored_in_loop(outer, name);
                    break;
                }
                if (!takes_free(outer, name))
                    break;
                oc = outer_of[oc];
                loop = oc == RT_GRAPH_NONE; /* the owner is gone: a loop made them */
            }
            if (loop)
                for (uint32_t k = a; k < b; k++)
                    g->vars[keys[k].var].hints |= RT_GRAPH_HINT_LATE_BINDING;
        }
        a = b;
    }
    free(keys);
    free(outer_of);
    return 0;
}

/* ---- sites ------------------------------------------------------------------------ */

static int cmp_site_retained(const void *a, const void *b)
{
    const rt_graph_site *x = a, *y = b;
    if (x->retained_bytes != y->retained_bytes)
        return x->retained_bytes > y->retained_bytes ? -1 : 1;
    return (x->site > y->site) - (x->site < y->site);
}

typedef struct var_total {
    uint32_t name;
    uint64_t bytes;
    bool cycle; /* some closure's capture by this name closes a cycle back to it */
} var_total;

static int build_sites(rt_graph *g, rt_state *rt)
{
    uint32_t nsite_ids = rt_site_count(rt);
    uint32_t *slot = malloc(((size_t)nsite_ids + 1) * sizeof *slot);
    if (!slot)
        return -1;
    for (uint32_t s = 0; s <= nsite_ids; s++)
        slot[s] = RT_GRAPH_NONE;
    g->sites = calloc(g->nclosures ? g->nclosures : 1, sizeof *g->sites);
    if (!g->sites) {
        free(slot);
        return -1;
    }
    /* closure -> its site index */
    uint32_t *site_of = malloc((g->nclosures ? g->nclosures : 1) * sizeof *site_of);
    if (!site_of) {
        free(slot);
        return -1;
    }
    for (uint32_t i = 0; i < g->nclosures; i++) {
        rt__graph_pace(g->pacer);
        const rt_graph_node *n = &g->nodes[g->closures[i].node];
        uint32_t sid = n->site <= nsite_ids ? n->site : 0;
        if (slot[sid] == RT_GRAPH_NONE) {
            rt_graph_site *s = &g->sites[g->nsites];
            s->site = n->site;
            s->filename = n->filename;
            s->line = n->line;
            s->qualname = n->name;
            slot[sid] = g->nsites++;
        }
        site_of[i] = slot[sid];
    }
    /* counts, env and retained bytes; a closure dominated by another closure
     * of its site is inside that one's retained bytes already */
    for (uint32_t i = 0; i < g->nclosures; i++) {
        rt__graph_pace(g->pacer);
        const rt_graph_closure *c = &g->closures[i];
        rt_graph_site *s = &g->sites[site_of[i]];
        s->closures++;
        s->env_bytes += c->env_bytes;
        s->hints |= c->hints;
        bool inside = false;
        uint32_t d = g->nodes[c->node].dominator;
        for (int steps = 0; steps < 64 && d != 0; steps++, d = g->nodes[d].dominator) {
            if ((g->nodes[d].flags & RT_GRAPH_N_CLOSURE) && g->nodes[d].site == s->site) {
                inside = true;
                break;
            }
        }
        if (!inside)
            s->retained_bytes += c->retained_bytes;
    }
    /* the top variable per site: retained bytes summed by variable name */
    for (uint32_t si = 0; si < g->nsites; si++) {
        rt_graph_site *s = &g->sites[si];
        var_total tops[16];
        uint32_t ntops = 0;
        for (uint32_t i = 0; i < g->nclosures; i++) {
            rt__graph_pace(g->pacer);
            if (site_of[i] != si)
                continue;
            const rt_graph_closure *c = &g->closures[i];
            for (uint32_t k = 0; k < c->nvars; k++) {
                uint32_t t = 0;
                while (t < ntops && tops[t].name != c->vars[k].name)
                    t++;
                if (t == ntops) {
                    if (ntops == 16)
                        continue;
                    tops[ntops++] = (var_total){c->vars[k].name, 0, false};
                }
                tops[t].bytes += c->vars[k].retained_bytes;
                tops[t].cycle |= (c->vars[k].hints & RT_GRAPH_HINT_SELF_CYCLE) != 0;
            }
        }
        /* the top variable: at a site whose closures keep themselves alive,
         * the capture that closes the cycle (what to fix); else the one
         * retaining the most */
        bool cycle = false;
        for (uint32_t t = 0; t < ntops; t++)
            cycle |= tops[t].cycle;
        for (uint32_t t = 0; t < ntops; t++) {
            if (tops[t].cycle != cycle)
                continue;
            if (!s->top_var || tops[t].bytes > s->top_var_bytes) {
                s->top_var = tops[t].name;
                s->top_var_bytes = tops[t].bytes;
            }
        }
    }
    qsort(g->sites, g->nsites, sizeof *g->sites, cmp_site_retained);
    free(slot);
    free(site_of);
    return 0;
}

/* Note: build_sites walks the sites once per site (O(sites x closures));
 * sites are few (one per `def` or `lambda` line). */

/* ---- the driver ----------------------------------------------------------------------- */

int rt__graph_compute_closures(rt_graph *g, rt_state *rt)
{
    uint32_t nclosures = 0, nvars = 0;
    for (uint32_t v = 0; v < g->nnodes; v++) {
        rt__graph_pace(g->pacer);
        if (!(g->nodes[v].flags & RT_GRAPH_N_CLOSURE))
            continue;
        nclosures++;
        nvars += ((rt_func *)obj_of(g, v))->code->nfreevars;
    }
    g->closures = calloc(nclosures ? nclosures : 1, sizeof *g->closures);
    g->vars = calloc(nvars ? nvars : 1, sizeof *g->vars);
    uint32_t *code_of_var = malloc((nvars ? nvars : 1) * sizeof *code_of_var);
    rt__share_map share; /* shared_with as every listing counts it (inspect.h) */
    rt__share_map_build(rt, &share);
    if (!g->closures || !g->vars || !code_of_var || (nvars && !share.cap)) {
        free(code_of_var);
        rt__share_map_dispose(&share);
        return -1;
    }
    /* pass 1: closures, vars, env bytes and sharing */
    for (uint32_t v = 0; v < g->nnodes; v++) {
        rt__graph_pace(g->pacer);
        if (!(g->nodes[v].flags & RT_GRAPH_N_CLOSURE))
            continue;
        rt_func *f = (rt_func *)obj_of(g, v);
        rt_graph_closure *c = &g->closures[g->nclosures++];
        c->node = v;
        c->id = g->nodes[v].id;
        c->retained_bytes = g->nodes[v].retained_size;
        uint64_t env_shallow;
        rt__closure_env((const rt_obj *)f, &c->env_bytes, &env_shallow);
        c->nvars = f->code->nfreevars;
        c->vars = g->vars + g->nvars;
        uint32_t code_node = rt__graph_lookup(g, rt__objid(g->rt, (const rt_obj *)f->code));
        for (uint32_t k = 0; k < c->nvars; k++) {
            rt_graph_var *var = &g->vars[g->nvars];
            code_of_var[g->nvars++] = code_node;
            rt_value fv = f->code->freevars[k];
            var->name = rt__graph_intern(g, rt_str_data(fv), rt_str_obj_of(fv)->nbytes);
            if (var->name == RT_GRAPH_NONE)
                goto oom;
            var->cell = var->value = RT_GRAPH_NONE;
            rt_value cell = f->cells[k];
            if (!rt_is_obj(cell) || rt_as_obj(cell)->type != RT_T_CELL)
                continue;
            var->cell = rt__graph_lookup(g, rt__objid(g->rt, rt_as_obj(cell)));
            if (var->cell == RT_GRAPH_NONE)
                continue;
            var->shared_with = rt__shared_with(&share, cell);
            rt_value x = rt_cell_get(cell);
            if (rt_is_obj(x))
                var->value = rt__graph_lookup(g, rt__objid(g->rt, rt_as_obj(x)));
            if (g->nodes[var->cell].dominator == v)
                var->retained_bytes = g->nodes[var->cell].retained_size;
        }
    }
    /* pass 2: sharing and the per-variable hints */
    uint32_t *scc = g->nclosures ? strong_components(g) : NULL;
    if (g->nclosures && !scc)
        goto oom;
    for (uint32_t i = 0; i < g->nclosures; i++) {
        rt__graph_pace(g->pacer);
        rt_graph_closure *c = &g->closures[i];
        rt_func *f = (rt_func *)obj_of(g, c->node);
        for (uint32_t k = 0; k < c->nvars; k++) {
            rt_graph_var *var = (rt_graph_var *)&c->vars[k];
            if (var->cell == RT_GRAPH_NONE || var->value == RT_GRAPH_NONE)
                continue;
            if (scc[var->value] == scc[c->node])
                var->hints |= RT_GRAPH_HINT_SELF_CYCLE;
            if (is_large(g, var->value) &&
                only_len_or_subscript(f->code, (uint32_t)f->code->ncellvars + k, 0))
                var->hints |= RT_GRAPH_HINT_LARGE_CAPTURE;
        }
    }
    free(scc);
    if (mark_late_binding(g, code_of_var) < 0)
        goto oom;
    for (uint32_t i = 0; i < g->nclosures; i++) {
        rt__graph_pace(g->pacer);
        rt_graph_closure *c = &g->closures[i];
        for (uint32_t k = 0; k < c->nvars; k++)
            c->hints |= c->vars[k].hints;
    }
    free(code_of_var);
    rt__share_map_dispose(&share);
    return build_sites(g, rt);
oom:
    free(code_of_var);
    rt__share_map_dispose(&share);
    return -1;
}

uint32_t rt_graph_closure_count(const rt_graph *g)
{
    return g->nclosures;
}

const rt_graph_closure *rt_graph_closure_at(const rt_graph *g, uint32_t i)
{
    return i < g->nclosures ? &g->closures[i] : NULL;
}

const rt_graph_closure *rt_graph_closure_find(const rt_graph *g, uint64_t id)
{
    uint32_t node = rt__graph_lookup(g, id);
    if (node == RT_GRAPH_NONE || !(g->nodes[node].flags & RT_GRAPH_N_CLOSURE))
        return NULL;
    /* closures are in node order */
    uint32_t lo = 0, hi = g->nclosures;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (g->closures[mid].node < node)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < g->nclosures && g->closures[lo].node == node ? &g->closures[lo] : NULL;
}

uint32_t rt_graph_site_count(const rt_graph *g)
{
    return g->nsites;
}

const rt_graph_site *rt_graph_site_at(const rt_graph *g, uint32_t i)
{
    return i < g->nsites ? &g->sites[i] : NULL;
}
