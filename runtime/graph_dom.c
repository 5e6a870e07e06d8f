/* graph_dom.c: dominators of the heap graph (Lengauer-Tarjan, iterative, with
 * path compression), retained sizes from the dominator tree, and deep sizes
 * (what one node reaches). Weak edges are no references here. */
#include <stdlib.h>
#include <string.h>

#include "runtime/graph.h"

/* Path compression of `ancestor`, iteratively (the recursion is as deep as
 * the DFS tree: a million-long chain of closures must not overflow the C
 * stack). Arrays are indexed by DFS number; 0 = none. */
static void compress(uint32_t v, uint32_t *ancestor, uint32_t *label, const uint32_t *semi,
                     uint32_t *stack)
{
    uint32_t top = 0;
    uint32_t u = v;
    while (ancestor[ancestor[u]] != 0) {
        stack[top++] = u;
        u = ancestor[u];
    }
    while (top > 0) {
        uint32_t x = stack[--top];
        uint32_t a = ancestor[x];
        if (semi[label[a]] < semi[label[x]])
            label[x] = label[a];
        ancestor[x] = ancestor[a];
    }
}

static uint32_t eval(uint32_t v, uint32_t *ancestor, uint32_t *label, const uint32_t *semi,
                     uint32_t *stack)
{
    if (ancestor[v] == 0)
        return v;
    compress(v, ancestor, label, semi, stack);
    return label[v];
}

int64_t rt__graph_dominators(uint32_t n, const uint32_t *first, const uint32_t *succ,
                             uint32_t *idom, uint32_t *order, rt_graph_pacer *pacer)
{
    if (n == 0)
        return 0;
    /* DFS numbers are 1-based; index 0 is the "none" sentinel */
    size_t m = first[n];
    uint32_t *dfnum = rt__graph_alloc((n) * sizeof *dfnum, true);
    uint32_t *vertex = rt__graph_alloc(((size_t)n + 1) * sizeof *vertex, false);
    uint32_t *parent = rt__graph_alloc(((size_t)n + 1) * sizeof *parent, false);
    uint32_t *semi = rt__graph_alloc(((size_t)n + 1) * sizeof *semi, false);
    uint32_t *dom = rt__graph_alloc(((size_t)n + 1) * sizeof *dom, false);
    uint32_t *ancestor = rt__graph_alloc(((size_t)n + 1) * sizeof *ancestor, true);
    uint32_t *label = rt__graph_alloc(((size_t)n + 1) * sizeof *label, false);
    uint32_t *bhead = rt__graph_alloc(((size_t)n + 1) * sizeof *bhead, true);
    uint32_t *bnext = rt__graph_alloc(((size_t)n + 1) * sizeof *bnext, false);
    uint32_t *stack = rt__graph_alloc(((size_t)n + 1) * sizeof *stack, false);
    uint32_t *pos = rt__graph_alloc(((size_t)n + 1) * sizeof *pos, false);
    uint32_t *pfirst = rt__graph_alloc(((size_t)n + 2) * sizeof *pfirst, true);
    uint32_t *preds = rt__graph_alloc((m ? m : 1) * sizeof *preds, false);
    int64_t result = -1;
    if (!dfnum || !vertex || !parent || !semi || !dom || !ancestor || !label || !bhead || !bnext ||
        !stack || !pos || !pfirst || !preds)
        goto out;

    /* iterative DFS from 0: preorder numbers, DFS tree parents */
    uint32_t count = 0, sp = 0;
    dfnum[0] = ++count;
    vertex[count] = 0;
    parent[count] = 0;
    stack[sp] = 0;
    pos[sp++] = first[0];
    while (sp > 0) {
        rt__graph_pace(pacer);
        uint32_t v = stack[sp - 1];
        if (pos[sp - 1] == first[v + 1]) {
            sp--;
            continue;
        }
        uint32_t w = succ[pos[sp - 1]++];
        if (dfnum[w])
            continue;
        dfnum[w] = ++count;
        vertex[count] = w;
        parent[count] = dfnum[v];
        stack[sp] = w;
        pos[sp++] = first[w];
    }

    /* predecessors (by DFS number, reachable sources only), CSR */
    for (uint32_t v = 0; v < n; v++) {
        rt__graph_pace(pacer);
        if (!dfnum[v])
            continue;
        for (uint32_t e = first[v]; e < first[v + 1]; e++)
            pfirst[dfnum[succ[e]] + 1]++;
    }
    for (uint32_t i = 1; i <= n + 1 && i <= count + 1; i++)
        pfirst[i] += pfirst[i - 1];
    memcpy(pos, pfirst, ((size_t)count + 1) * sizeof *pos);
    for (uint32_t v = 0; v < n; v++) {
        rt__graph_pace(pacer);
        if (!dfnum[v])
            continue;
        for (uint32_t e = first[v]; e < first[v + 1]; e++) {
            uint32_t w = dfnum[succ[e]];
            if (w)
                preds[pos[w]++] = dfnum[v];
        }
    }

    for (uint32_t i = 1; i <= count; i++) {
        semi[i] = i;
        label[i] = i;
        dom[i] = 0;
    }
    semi[0] = 0;
    label[0] = 0;
    for (uint32_t i = count; i >= 2; i--) {
        rt__graph_pace(pacer);
        uint32_t w = i;
        for (uint32_t k = pfirst[w]; k < pfirst[w + 1]; k++) {
            uint32_t u = eval(preds[k], ancestor, label, semi, stack);
            if (semi[u] < semi[w])
                semi[w] = semi[u];
        }
        /* add w to the bucket of its semidominator */
        bnext[w] = bhead[semi[w]];
        bhead[semi[w]] = w;
        uint32_t p = parent[w];
        ancestor[w] = p; /* link */
        for (uint32_t v = bhead[p]; v; v = bnext[v]) {
            uint32_t u = eval(v, ancestor, label, semi, stack);
            dom[v] = semi[u] < semi[v] ? u : p;
        }
        bhead[p] = 0;
    }
    for (uint32_t i = 2; i <= count; i++)
        if (dom[i] != semi[i])
            dom[i] = dom[dom[i]];
    dom[1] = 1;

    for (uint32_t v = 0; v < n; v++)
        idom[v] = dfnum[v] ? vertex[dom[dfnum[v]]] : UINT32_MAX;
    idom[0] = 0;
    if (order)
        for (uint32_t i = 1; i <= count; i++)
            order[i - 1] = vertex[i];
    result = count;
out:
    free(dfnum);
    free(vertex);
    free(parent);
    free(semi);
    free(dom);
    free(ancestor);
    free(label);
    free(bhead);
    free(bnext);
    free(stack);
    free(pos);
    free(pfirst);
    free(preds);
    return result;
}

int rt__graph_compute_dominators(rt_graph *g)
{
    uint32_t n = g->nnodes;
    uint32_t *first = rt__graph_alloc(((size_t)n + 1) * sizeof *first, false);
    uint32_t *succ = rt__graph_alloc((g->nedges ? g->nedges : 1) * sizeof *succ, false);
    uint32_t *idom = rt__graph_alloc((n ? n : 1) * sizeof *idom, false);
    uint32_t *order = rt__graph_alloc((n ? n : 1) * sizeof *order, false);
    int r = -1;
    if (!first || !succ || !idom || !order)
        goto out;
    succ[0] = 0; /* (gcc -O1 cannot see the fill below) */
    uint32_t m = 0;
    for (uint32_t v = 0; v < n; v++) {
        rt__graph_pace(g->pacer);
        first[v] = m;
        const rt_graph_node *nd = &g->nodes[v];
        for (uint32_t e = nd->first_edge; e < nd->first_edge + nd->edge_count; e++)
            if (g->edges[e].kind != RT_GRAPH_EDGE_WEAK)
                succ[m++] = g->edges[e].to;
    }
    first[n] = m;
    int64_t count = rt__graph_dominators(n, first, succ, idom, order, g->pacer);
    if (count < 0)
        goto out;
    for (uint32_t v = 0; v < n; v++) {
        rt__graph_pace(g->pacer);
        g->nodes[v].dominator = idom[v] == UINT32_MAX ? 0 : idom[v];
        g->nodes[v].retained_size = g->nodes[v].self_size;
    }
    /* the dominator of a node precedes it in DFS preorder: summing in
     * reverse preorder gives each node its dominator subtree */
    for (int64_t k = count - 1; k > 0; k--) {
        rt__graph_pace(g->pacer);
        uint32_t v = order[k];
        g->nodes[idom[v]].retained_size += g->nodes[v].retained_size;
    }
    r = 0;
out:
    free(first);
    free(succ);
    free(idom);
    free(order);
    return r;
}

uint64_t rt_graph_deep_size(const rt_graph *g, uint32_t i)
{
    if (i >= g->nnodes)
        return 0;
    uint8_t *seen = calloc((g->nnodes + 7) / 8, 1);
    uint32_t *queue = malloc((size_t)g->nnodes * sizeof *queue);
    uint64_t total = 0;
    if (!seen || !queue)
        goto out;
    uint32_t head = 0, tail = 0;
    queue[tail++] = i;
    seen[i / 8] |= (uint8_t)(1u << (i % 8));
    while (head < tail) {
        uint32_t v = queue[head++];
        const rt_graph_node *n = &g->nodes[v];
        total += n->self_size;
        for (uint32_t e = n->first_edge; e < n->first_edge + n->edge_count; e++) {
            const rt_graph_edge *ed = &g->edges[e];
            if (ed->kind == RT_GRAPH_EDGE_WEAK || (seen[ed->to / 8] & (1u << (ed->to % 8))))
                continue;
            seen[ed->to / 8] |= (uint8_t)(1u << (ed->to % 8));
            queue[tail++] = ed->to;
        }
    }
out:
    free(seen);
    free(queue);
    return total;
}
