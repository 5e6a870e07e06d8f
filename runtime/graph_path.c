/* graph_path.c: why an object is alive. The shortest chain of references
 * from a root to a node (read off the parent links the graph's breadth-first
 * build left), and its rendering as a Python programmer reads it:
 * `globals['handlers'] → list[17] → make_handler.<locals>.handle (closure, …)`. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/graph.h"

size_t rt_graph_path(const rt_graph *g, uint32_t i, rt_graph_step *out, size_t max)
{
    if (i >= g->nnodes)
        return 0;
    size_t len = (size_t)g->nodes[i].distance + 1;
    /* walk the parent links back, writing from the end */
    uint32_t n = i;
    for (size_t k = len; k-- > 0;) {
        if (k < max) {
            out[k].node = n;
            out[k].edge = k ? g->parent_edge[n] : RT_GRAPH_NONE;
        }
        if (k)
            n = g->parent[n];
    }
    return len;
}

typedef struct tbuf {
    char *p;
    size_t cap, len;
} tbuf;

static void tput(tbuf *t, const char *s)
{
    size_t n = strlen(s);
    if (t->cap && t->len < t->cap - 1) {
        size_t room = t->cap - 1 - t->len;
        size_t k = n < room ? n : rt__graph_utf8_cut(s, n, room);
        memcpy(t->p + t->len, s, k);
        t->p[t->len + k] = 0;
        if (k < n)
            t->cap = t->len + k + 1; /* full: write nothing more */
    }
    t->len += n;
}

static void tprintf(tbuf *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void tprintf(tbuf *t, const char *fmt, ...)
{
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    tput(t, buf);
}

static bool type_is(const rt_graph *g, const rt_graph_node *n, const char *t)
{
    return strcmp(g->strs[n->type_name], t) == 0;
}

/* A node's label in a rendered path: `brief` when a subscript follows. */
static void put_node(const rt_graph *g, uint32_t i, bool brief, tbuf *t)
{
    const rt_graph_node *n = &g->nodes[i];
    const char *file = n->filename ? g->strs[n->filename] : NULL;
    if (i == g->globals_node) {
        tput(t, "globals");
    } else if (i == g->builtins_node) {
        tput(t, "builtins");
    } else if (i == g->modules_node) {
        tput(t, "sys.modules");
    } else if (n->flags & RT_GRAPH_N_SYNTHETIC) {
        if (type_is(g, n, "frame"))
            tprintf(t, "frame of %s (%s:%d)", g->strs[n->name], file ? file : "?", n->line);
        else
            tput(t, g->strs[n->name]);
    } else if (n->kind == RT_GRAPH_CLOSURE && type_is(g, n, "function")) {
        tprintf(t, "%s (%s, %s:%d)", g->strs[n->name],
                (n->flags & RT_GRAPH_N_CLOSURE) ? "closure" : "function", file ? file : "?",
                n->line);
    } else if (brief) {
        tput(t, g->strs[n->type_name]);
    } else if (n->kind == RT_GRAPH_STRING) {
        tprintf(t, "str '%s'", g->strs[n->name]);
    } else if (n->kind == RT_GRAPH_NUMBER) {
        tprintf(t, "%s %s", g->strs[n->type_name], g->strs[n->name]);
    } else {
        tput(t, g->strs[n->name]);
    }
}

/* Whether edge e (out of node `from`) is written glued to its source
 * ("list[17]", "globals['x']") rather than after an arrow. */
static bool glued(const rt_graph *g, uint32_t from, const rt_graph_edge *e)
{
    const rt_graph_node *n = &g->nodes[from];
    if (n->flags & RT_GRAPH_N_SYNTHETIC)
        return false;
    if (e->kind == RT_GRAPH_EDGE_ELEMENT)
        return !type_is(g, n, "set");
    return e->kind == RT_GRAPH_EDGE_PROPERTY;
}

static void put_edge(const rt_graph *g, uint32_t from, const rt_graph_edge *e, tbuf *t)
{
    const rt_graph_node *n = &g->nodes[from];
    const char *name = g->strs[e->name_or_index < g->nstrs ? e->name_or_index : 0];
    switch (e->kind) {
    case RT_GRAPH_EDGE_ELEMENT:
        if (type_is(g, n, "set"))
            tput(t, "member");
        else if (n->flags & RT_GRAPH_N_SYNTHETIC)
            tput(t, "");
        else
            tprintf(t, "[%u]", e->name_or_index);
        break;
    case RT_GRAPH_EDGE_PROPERTY:
        if (n->flags & RT_GRAPH_N_SYNTHETIC)
            tprintf(t, "local '%s'", name);
        else if (e->flags & RT_GRAPH_E_KEY_REPR)
            tprintf(t, "[%s]", name);
        else
            tprintf(t, "['%s']", name);
        break;
    case RT_GRAPH_EDGE_CONTEXT: tprintf(t, "captured '%s'", name); break;
    case RT_GRAPH_EDGE_HIDDEN:
        if (n->flags & RT_GRAPH_N_SYNTHETIC)
            tprintf(t, "stack[%u]", e->name_or_index);
        else
            tprintf(t, "key #%u", e->name_or_index);
        break;
    default: tput(t, name); break;
    }
}

size_t rt_graph_render_path(const rt_graph *g, uint32_t i, char *buf, size_t cap)
{
    tbuf t = {buf, cap, 0};
    if (cap)
        buf[0] = 0;
    if (i >= g->nnodes)
        return 0;
    size_t len = rt_graph_path(g, i, NULL, 0);
    rt_graph_step *s = malloc(len * sizeof *s);
    if (!s)
        return 0;
    rt_graph_path(g, i, s, len);
    if (len == 1)
        tput(&t, "(root)");
    bool need_arrow = false;
    for (size_t k = 1; k < len; k++) {
        uint32_t node = s[k].node;
        const rt_graph_edge *next = k + 1 < len ? &g->edges[s[k + 1].edge] : NULL;
        /* a group of the root that is synthetic and only leads on: the
         * frames group prints nothing (its child says "frame of ...") */
        if (k == 1 && next && (g->nodes[node].flags & RT_GRAPH_N_SYNTHETIC) &&
            strcmp(g->strs[g->nodes[node].name], "(frames)") == 0)
            continue;
        /* a cell reached as a captured variable and left by cell_contents:
         * folded into "captured 'x'" */
        const rt_graph_edge *in = &g->edges[s[k].edge];
        if (in->kind == RT_GRAPH_EDGE_CONTEXT && next && next->kind == RT_GRAPH_EDGE_INTERNAL &&
            g->nodes[node].kind == RT_GRAPH_HIDDEN && type_is(g, &g->nodes[node], "cell"))
            continue;
        if (need_arrow)
            tput(&t, " \xe2\x86\x92 ");
        if (in->kind == RT_GRAPH_EDGE_CONTEXT && !next) {
            tput(&t, "cell");
        } else {
            put_node(g, node, next && glued(g, node, next), &t);
        }
        need_arrow = true;
        if (next) {
            if (glued(g, node, next)) {
                put_edge(g, node, next, &t);
            } else if (!((g->nodes[node].flags & RT_GRAPH_N_SYNTHETIC) &&
                         next->kind == RT_GRAPH_EDGE_ELEMENT)) {
                tput(&t, " \xe2\x86\x92 ");
                put_edge(g, node, next, &t);
            }
        }
    }
    free(s);
    return t.len;
}
