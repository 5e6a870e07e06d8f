/* v1_dominators.c: GET .../dominators: the top of the heap's dominator tree (roots, the
 * containers under them, closures, their cells and what they capture), pruned to the biggest
 * retainers, for the dashboard's icicle of retained bytes. */
#include <stdlib.h>
#include <string.h>

#include "api/json.h"
#include "api/problem.h"
#include "api/v1.h"

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

static int tree_build(tree_t *t, const rt_graph *g)
{
    uint32_t n = rt_graph_node_count(g);
    t->g = g;
    t->first = calloc((size_t)n + 1, sizeof *t->first);
    t->kids = malloc((n ? n : 1) * sizeof *t->kids);
    uint32_t *fill = calloc((size_t)n + 1, sizeof *fill);
    if (!t->first || !t->kids || !fill) {
        free(fill);
        return -1;
    }
    /* Counting sort of nodes by immediate dominator (the root, node 0, has none). */
    for (uint32_t i = 1; i < n; i++)
        t->first[rt_graph_node_at(g, i)->dominator + 1]++;
    for (uint32_t i = 0; i < n; i++)
        t->first[i + 1] += t->first[i];
    memcpy(fill, t->first, ((size_t)n + 1) * sizeof *fill);
    for (uint32_t i = 1; i < n; i++)
        t->kids[fill[rt_graph_node_at(g, i)->dominator]++] = i;
    free(fill);
    return 0;
}

static void tree_dispose(tree_t *t)
{
    free(t->first);
    free(t->kids);
}

/* A child to sort: its retained size copied beside it (qsort passes no context). */
typedef struct kid {
    uint64_t bytes;
    uint32_t node;
} kid_t;

static int by_retained(const void *a, const void *b)
{
    const kid_t *x = a, *y = b;
    return (x->bytes < y->bytes) - (x->bytes > y->bytes);
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
        kid_t *order = malloc(count * sizeof *order);
        if (!order) {
            cJSON_Delete(o);
            return NULL;
        }
        for (uint32_t k = 0; k < count; k++) {
            order[k].node = t->kids[from + k];
            order[k].bytes = rt_graph_node_at(t->g, order[k].node)->retained_size;
        }
        qsort(order, count, sizeof *order, by_retained);
        for (uint32_t k = 0; k < count; k++) {
            const rt_graph_node *c = rt_graph_node_at(t->g, order[k].node);
            if (k < t->limit && c->retained_size >= t->min_bytes && c->retained_size > 0 &&
                t->nodes < NODES_MAX) {
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
    rt_graph *g = api_v1_graph_of(w, res);
    if (!g)
        return;
    tree_t t = {.depth = (unsigned)depth, .limit = (unsigned)limit};
    if (tree_build(&t, g) != 0) {
        tree_dispose(&t);
        api_problem(res, 500, NULL, NULL, "out of memory while building the dominator tree");
        return;
    }
    const rt_graph_node *root = rt_graph_node_at(g, 0);
    t.min_bytes = root->retained_size * permille / 1000;
    cJSON *tree = node_json(&t, 0, 0);
    tree_dispose(&t);
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
