/* v1_dominators.c: GET .../dominators: the top of the heap's dominator tree (roots, the
 * containers under them, closures, their cells and what they capture), pruned to the biggest
 * retainers, for the dashboard's icicle of retained bytes. */
#include <stdlib.h>
#include <string.h>

#include "api/json.h"
#include "api/problem.h"
#include "api/v1.h"
#include "host/host.h"
#include "host/util.h"

#define DEPTH_DEFAULT 8
#define DEPTH_MAX 24
#define LIMIT_DEFAULT 12
#define LIMIT_MAX 200
#define NODES_MAX 5000 /* an answer never lists more nodes; the rest count as others */

/* The dominator tree as child lists: children of node i are kids[first[i] .. first[i+1]). */
typedef struct tree {
    const rt_graph *g;
    uint32_t *first; /* node count + 1 */
    uint32_t *kids;  /* node count */
    uint64_t min_bytes;
    unsigned depth, limit;
    size_t nodes; /* in the answer */
} tree_t;

/* The child lists are built in steps (api_response_t.step): three passes over the nodes,
 * each resumable at any node, the clock read every CLOCK_EVERY nodes. */
#define CLOCK_EVERY 4096

typedef struct dom_step {
    tree_t t;
    uint32_t *fill;
    int pass;   /* 0: count, 1: prefix sums, 2: fill, 3: built */
    uint32_t i; /* the node the pass goes on at */
} dom_step_t;

static void dom_step_free(void *p)
{
    dom_step_t *st = p;
    if (!st)
        return;
    free(st->t.first);
    free(st->t.kids);
    free(st->fill);
    free(st);
}

static dom_step_t *dom_step_new(const rt_graph *g)
{
    dom_step_t *st = calloc(1, sizeof *st);
    if (!st)
        return NULL;
    uint32_t n = rt_graph_node_count(g);
    st->t.g = g;
    st->t.first = calloc((size_t)n + 1, sizeof *st->t.first);
    st->t.kids = malloc((n ? n : 1) * sizeof *st->t.kids);
    st->fill = malloc(((size_t)n + 1) * sizeof *st->fill);
    st->i = 1;
    if (!st->t.first || !st->t.kids || !st->fill) {
        dom_step_free(st);
        return NULL;
    }
    return st;
}

/* Goes on with the counting sort of nodes by immediate dominator (the root, node 0, has
 * none) until deadline_ns; true when the child lists are built. */
static bool tree_build_step(dom_step_t *st, uint64_t deadline_ns)
{
    tree_t *t = &st->t;
    const rt_graph *g = t->g;
    uint32_t n = rt_graph_node_count(g), seen = 0;
    for (; st->pass < 3; st->pass++, st->i = st->pass == 1 ? 0 : 1) {
        for (; st->i < n; st->i++) {
            uint32_t i = st->i;
            if (st->pass == 0)
                t->first[rt_graph_node_at(g, i)->dominator + 1]++;
            else if (st->pass == 1)
                t->first[i + 1] += t->first[i];
            else
                t->kids[st->fill[rt_graph_node_at(g, i)->dominator]++] = i;
            if (++seen == CLOCK_EVERY) {
                seen = 0;
                if (d_now_ns() >= deadline_ns) {
                    st->i++;
                    return false;
                }
            }
        }
        if (st->pass == 1)
            memcpy(st->fill, t->first, ((size_t)n + 1) * sizeof *st->fill);
    }
    return true;
}

/* A child to rank: its retained size copied beside it. */
typedef struct kid {
    uint64_t bytes;
    uint32_t node;
} kid_t;

/* Biggest first; equal sizes by node. */
static int kid_cmp(const kid_t *x, const kid_t *y)
{
    if (x->bytes != y->bytes)
        return x->bytes > y->bytes ? -1 : 1;
    return (x->node > y->node) - (x->node < y->node);
}

static int by_retained(const void *a, const void *b)
{
    return kid_cmp(a, b);
}

/* Moves heap[i] down the heap of n whose root ranks last. */
static void kid_sift_down(kid_t *heap, uint32_t n, uint32_t i)
{
    for (;;) {
        uint32_t l = 2 * i + 1, r = l + 1, last = i;
        if (l < n && kid_cmp(&heap[l], &heap[last]) > 0)
            last = l;
        if (r < n && kid_cmp(&heap[r], &heap[last]) > 0)
            last = r;
        if (last == i)
            return;
        kid_t tmp = heap[i];
        heap[i] = heap[last];
        heap[last] = tmp;
        i = last;
    }
}

/* The (at most) `keep` biggest of node i's `count` children, biggest first, into out;
 * returns how many. The others' count and bytes are added to *other_*. O(count log keep):
 * a node with a million children is not sorted whole. */
static uint32_t biggest_kids(const tree_t *t, uint32_t from, uint32_t count, uint32_t keep,
                             kid_t *out, uint64_t *other_bytes, uint64_t *other_count)
{
    uint32_t n = 0;
    for (uint32_t k = 0; k < count; k++) {
        kid_t c = {rt_graph_node_at(t->g, t->kids[from + k])->retained_size, t->kids[from + k]};
        if (n < keep) {
            out[n] = c; /* heapified below once full */
            if (++n == keep)
                for (uint32_t j = keep / 2; j-- > 0;)
                    kid_sift_down(out, n, j);
            continue;
        }
        kid_t out_of = c;
        if (kid_cmp(&c, &out[0]) < 0) {
            out_of = out[0];
            out[0] = c;
            kid_sift_down(out, n, 0);
        }
        *other_bytes += out_of.bytes;
        ++*other_count;
    }
    qsort(out, n, sizeof *out, by_retained);
    return n;
}

/* Node i with its biggest dominated children down to t->depth levels. */
static cJSON *node_json(tree_t *t, uint32_t i, unsigned level)
{
    const rt_graph_node *n = rt_graph_node_at(t->g, i);
    cJSON *o = api_v1_node_json(t->g, i);
    if (!o)
        return NULL;
    t->nodes++;
    cJSON_AddBoolToObject(o, "closure", (n->flags & RT_GRAPH_N_CLOSURE) != 0);
    uint32_t from = t->first[i], count = t->first[i + 1] - from;
    cJSON *kids = cJSON_AddArrayToObject(o, "children");
    uint64_t other_bytes = 0, other_count = 0;
    if (count && level < t->depth) {
        uint32_t keep = count < t->limit ? count : t->limit;
        kid_t *order = malloc(keep * sizeof *order);
        if (!order) {
            cJSON_Delete(o);
            return NULL;
        }
        keep = biggest_kids(t, from, count, keep, order, &other_bytes, &other_count);
        for (uint32_t k = 0; k < keep; k++) {
            const rt_graph_node *c = rt_graph_node_at(t->g, order[k].node);
            if (c->retained_size >= t->min_bytes && c->retained_size > 0 && t->nodes < NODES_MAX) {
                cJSON *child = node_json(t, order[k].node, level + 1);
                if (!child) {
                    free(order);
                    cJSON_Delete(o);
                    return NULL;
                }
                cJSON_AddItemToArray(kids, child);
            } else {
                other_bytes += c->retained_size;
                other_count++;
            }
        }
        free(order);
    } else {
        for (uint32_t k = 0; k < count; k++) {
            other_bytes += rt_graph_node_at(t->g, t->kids[from + k])->retained_size;
            other_count++;
        }
    }
    cJSON *others = cJSON_AddObjectToObject(o, "others");
    api_json_add_u64(others, "count", other_count);
    api_json_add_u64(others, "retained_size", other_bytes);
    return o;
}

/* ?name=VALUE as an integer in [min, max], or def when absent. Returns 0, or -1 after a 400. */
static int query_uint(const api_request_t *req, api_response_t *res, const char *name, uint64_t min,
                      uint64_t max, uint64_t def, uint64_t *out)
{
    const char *s = api_request_query(req, name);
    *out = def;
    if (s && (api_parse_u64(s, out) != 0 || *out < min || *out > max)) {
        api_problem(res, 400, NULL, NULL, "%s must be an integer from %llu to %llu (got \"%s\")",
                    name, (unsigned long long)min, (unsigned long long)max, s);
        return -1;
    }
    return 0;
}

void api_v1_dominators_get(const api_request_t *req, api_response_t *res)
{
    d_workload_t *w = api_v1_workload_of(req, res);
    if (!w)
        return;
    uint64_t depth, limit, permille;
    if (query_uint(req, res, "depth", 1, DEPTH_MAX, DEPTH_DEFAULT, &depth) != 0 ||
        query_uint(req, res, "limit", 1, LIMIT_MAX, LIMIT_DEFAULT, &limit) != 0 ||
        query_uint(req, res, "min_permille", 0, 1000, 2, &permille) != 0)
        return;
    dom_step_t *st = res->step;
    if (!st) {
        rt_graph *g = api_v1_graph_of(w, res);
        if (!g)
            return;
        st = dom_step_new(g);
        if (!st) {
            api_problem(res, 500, NULL, NULL, "out of memory while building the dominator tree");
            return;
        }
        res->step = st;
        res->step_free = dom_step_free;
    }
    /* over a million nodes in steps: the worker's other workloads keep their turn */
    if (!tree_build_step(st, d_now_ns() + D_HOST_ANALYSIS_STEP_NS)) {
        res->again = true;
        return;
    }
    tree_t t = st->t;
    const rt_graph *g = t.g;
    t.depth = (unsigned)depth;
    t.limit = (unsigned)limit;
    const rt_graph_node *root = rt_graph_node_at(g, 0);
    t.min_bytes = root->retained_size * permille / 1000;
    cJSON *tree = node_json(&t, 0, 0);
    dom_step_free(st);
    res->step = NULL;
    res->step_free = NULL;
    if (!tree) {
        api_problem(res, 500, NULL, NULL, "out of memory while building the dominator tree");
        return;
    }
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "workload", w->name);
    api_json_add_u64(o, "total_bytes", root->retained_size);
    api_json_add_u64(o, "depth", depth);
    api_json_add_u64(o, "limit", limit);
    api_json_add_u64(o, "min_bytes", t.min_bytes);
    api_json_add_u64(o, "nodes", t.nodes);
    cJSON_AddItemToObject(o, "tree", tree);
    api_response_set_json(res, 200, o);
}
