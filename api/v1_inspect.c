/* v1_inspect.c: the heap graph's views: why-alive paths of objects, heap marks (snapshots) and
 * their diffs, and the .heapsnapshot export for Chrome DevTools. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "api/app.h"
#include "api/heapsnapshot.h"
#include "api/json.h"
#include "api/problem.h"
#include "api/v1.h"
#include "host/host.h"
#include "host/marks.h"
#include "host/util.h"

#define PATH_STEPS_MAX 64 /* longer paths keep their first steps and say so */
#define PATH_TEXT_MAX 4096
#define DIFF_LIMIT_DEFAULT 50
#define DIFF_LIMIT_MAX 10000

static const char *const node_kinds[] = {"hidden",  "array",  "string", "object", "code",
                                         "closure", "regexp", "number", "native", "synthetic"};
static const char *const edge_kinds[] = {"context", "element",  "property", "internal",
                                         "hidden",  "shortcut", "weak"};

/* ---- shared shapes ---------------------------------------------------------------- */

cJSON *api_v1_hints_json(unsigned hints)
{
    cJSON *a = cJSON_CreateArray();
    for (unsigned bit = 0; bit < 8 * sizeof hints; bit++) {
        const char *name = (hints >> bit) & 1u ? rt_graph_hint_name(1u << bit) : NULL;
        if (name)
            cJSON_AddItemToArray(a, cJSON_CreateString(name));
    }
    return a;
}

cJSON *api_v1_node_json(const rt_graph *g, uint32_t i)
{
    const rt_graph_node *n = rt_graph_node_at(g, i);
    cJSON *o = cJSON_CreateObject();
    bool synthetic = n->flags & RT_GRAPH_N_SYNTHETIC;
    if (synthetic)
        cJSON_AddNullToObject(o, "id");
    else
        api_json_add_u64(o, "id", n->id);
    cJSON_AddStringToObject(o, "type", rt_graph_string(g, n->type_name));
    cJSON_AddStringToObject(o, "kind",
                            n->kind < sizeof node_kinds / sizeof *node_kinds ? node_kinds[n->kind]
                                                                             : "hidden");
    cJSON_AddStringToObject(o, "name", rt_graph_string(g, n->name));
    if (n->filename && n->line > 0) {
        char site[300];
        snprintf(site, sizeof site, "%s:%d", rt_graph_string(g, n->filename), (int)n->line);
        cJSON_AddStringToObject(o, "site", site);
    } else {
        cJSON_AddNullToObject(o, "site");
    }
    api_json_add_u64(o, "self_size", n->self_size);
    api_json_add_u64(o, "retained_size", n->retained_size);
    cJSON_AddBoolToObject(o, "synthetic", synthetic);
    cJSON_AddBoolToObject(o, "garbage", (n->flags & RT_GRAPH_N_GARBAGE) != 0);
    return o;
}

static cJSON *edge_json(const rt_graph *g, const rt_graph_edge *e)
{
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "kind",
                            e->kind < sizeof edge_kinds / sizeof *edge_kinds ? edge_kinds[e->kind]
                                                                             : "internal");
    if (e->kind == RT_GRAPH_EDGE_ELEMENT || e->kind == RT_GRAPH_EDGE_HIDDEN)
        api_json_add_u64(o, "index", e->name_or_index);
    else
        cJSON_AddStringToObject(o, "name", rt_graph_string(g, e->name_or_index));
    return o;
}

cJSON *api_v1_path_json(const rt_graph *g, uint32_t node)
{
    rt_graph_step steps[PATH_STEPS_MAX];
    size_t len = rt_graph_path(g, node, steps, PATH_STEPS_MAX);
    char text[PATH_TEXT_MAX];
    rt_graph_render_path(g, node, text, sizeof text);
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "text", text);
    api_json_add_u64(o, "length", len);
    cJSON_AddBoolToObject(o, "truncated", len > PATH_STEPS_MAX);
    cJSON *arr = cJSON_AddArrayToObject(o, "steps");
    for (size_t i = 0; i < len && i < PATH_STEPS_MAX; i++) {
        cJSON *st = cJSON_CreateObject();
        if (steps[i].edge == RT_GRAPH_NONE)
            cJSON_AddNullToObject(st, "edge");
        else
            cJSON_AddItemToObject(st, "edge", edge_json(g, rt_graph_edge_at(g, steps[i].edge)));
        cJSON_AddItemToObject(st, "node", api_v1_node_json(g, steps[i].node));
        cJSON_AddItemToArray(arr, st);
    }
    return o;
}

rt_graph *api_v1_graph_of(d_workload_t *w, api_response_t *res)
{
    if (!w->rt) {
        api_problem(res, 409, NULL, NULL,
                    "workload \"%s\" has no heap (its source did not compile); fix the source "
                    "and upload it again",
                    w->name);
        return NULL;
    }
    int pending = 0;
    rt_graph *g = rt_inspect_graph_step(w->rt, 0, D_HOST_ANALYSIS_STEP_NS, NULL, &pending);
    if (pending) {
        res->again = true; /* built in steps: the worker runs us again */
        return NULL;
    }
    if (!g)
        api_problem(res, 500, NULL, NULL, "out of memory while analysing the heap");
    return g;
}

/* ---- GET .../objects/{id}/path ------------------------------------------------------ */

void api_v1_object_path_get(const api_request_t *req, api_response_t *res)
{
    d_workload_t *w = api_v1_workload_of(req, res);
    if (!w)
        return;
    const char *id_s = api_request_param(req, "id");
    uint64_t id;
    if (api_parse_u64(id_s, &id) != 0) {
        api_problem(res, 400, NULL, NULL,
                    "an object id is a decimal integer, as in a closure's id or a free "
                    "variable's cell_id (got \"%s\")",
                    id_s);
        return;
    }
    rt_graph *g = api_v1_graph_of(w, res);
    if (!g)
        return;
    uint32_t node = rt_graph_find(g, id);
    if (node == RT_GRAPH_NONE || (rt_graph_node_at(g, node)->flags & RT_GRAPH_N_SYNTHETIC)) {
        api_problem(res, 404, NULL, NULL,
                    "no live object with id %s in workload \"%s\" (it may have been freed)", id_s,
                    w->name);
        return;
    }
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "workload", w->name);
    cJSON_AddItemToObject(o, "object", api_v1_node_json(g, node));
    cJSON_AddItemToObject(o, "path", api_v1_path_json(g, node));
    api_response_set_json(res, 200, o);
}

/* ---- snapshots (heap marks) -------------------------------------------------------------- */

/* The marks of req's workload: its worker's store (these routes run there). */
static d_snapshots_t *store_of(const api_request_t *req)
{
    return d_worker_marks(req->target);
}

static cJSON *mark_summary(const d_snapshot_t *s)
{
    cJSON *o = cJSON_CreateObject();
    api_json_add_u64(o, "id", s->id);
    cJSON_AddNumberToObject(o, "time", s->time);
    api_json_add_u64(o, "restarts", s->restarts);
    api_json_add_u64(o, "heap_bytes", s->heap_bytes);
    api_json_add_u64(o, "heap_objects", s->heap_objects);
    api_json_add_u64(o, "sites", s->nsites);
    api_json_add_u64(o, "types", s->ntypes);
    return o;
}

static cJSON *rows_json(const d_snap_row_t *v, size_t n, bool sites)
{
    cJSON *a = cJSON_CreateArray();
    for (size_t i = 0; i < n; i++) {
        cJSON *o = cJSON_CreateObject();
        if (sites) {
            cJSON_AddStringToObject(o, "site", v[i].key);
            api_json_add_str(o, "file", v[i].file);
            cJSON_AddNumberToObject(o, "line", v[i].line);
        } else {
            cJSON_AddStringToObject(o, "type", v[i].key);
        }
        api_json_add_u64(o, "count", v[i].count);
        api_json_add_u64(o, "bytes", v[i].bytes);
        cJSON_AddItemToArray(a, o);
    }
    return a;
}

void api_v1_snapshots_create(const api_request_t *req, api_response_t *res)
{
    d_workload_t *w = api_v1_workload_of(req, res);
    if (!w)
        return;
    d_snapshot_set_t *set = d_snapshots_of(store_of(req), w->name, true);
    d_snapshot_t *s = set ? d_snapshot_take(w->rt, d_now_unix(), w->restarts) : NULL;
    if (!s) {
        api_problem(res, 500, NULL, NULL, "out of memory while taking the snapshot");
        return;
    }
    uint64_t evicted = 0;
    d_snapshot_set_add(set, s, &evicted);
    cJSON *o = mark_summary(s);
    cJSON_AddStringToObject(o, "workload", w->name);
    if (evicted)
        api_json_add_u64(o, "evicted", evicted);
    else
        cJSON_AddNullToObject(o, "evicted");
    char location[256];
    snprintf(location, sizeof location, "/api/v1/workloads/%s/snapshots/%llu", w->name,
             (unsigned long long)s->id);
    api_response_set_json(res, 201, o);
    api_response_add_header(res, "Location", location);
}

void api_v1_snapshots_list(const api_request_t *req, api_response_t *res)
{
    d_workload_t *w = api_v1_workload_of(req, res);
    if (!w)
        return;
    const d_snapshot_set_t *set = d_snapshots_of(store_of(req), w->name, false);
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "workload", w->name);
    cJSON_AddNumberToObject(o, "max", D_SNAPSHOTS_MAX);
    cJSON *arr = cJSON_AddArrayToObject(o, "snapshots");
    size_t n = set ? set->count : 0;
    for (size_t i = 0; i < n; i++)
        cJSON_AddItemToArray(arr, mark_summary(set->marks[i]));
    api_json_add_u64(o, "count", n);
    api_response_set_json(res, 200, o);
}

/* The stored mark named by path parameter `param`, or NULL after answering 400/404. */
static const d_snapshot_t *mark_of(const api_request_t *req, api_response_t *res,
                                   const d_workload_t *w, const char *param)
{
    const char *id_s = api_request_param(req, param);
    uint64_t id;
    if (!id_s || api_parse_u64(id_s, &id) != 0) {
        api_problem(res, 400, NULL, NULL, "a snapshot id is a decimal integer (got \"%s\")",
                    id_s ? id_s : "");
        return NULL;
    }
    const d_snapshot_set_t *set = d_snapshots_of(store_of(req), w->name, false);
    const d_snapshot_t *s = set ? d_snapshot_set_find(set, id) : NULL;
    if (!s)
        api_problem(res, 404, NULL, NULL,
                    "no snapshot %s of workload \"%s\" (GET .../snapshots lists them; the "
                    "newest %d are kept)",
                    id_s, w->name, D_SNAPSHOTS_MAX);
    return s;
}

void api_v1_snapshot_get(const api_request_t *req, api_response_t *res)
{
    d_workload_t *w = api_v1_workload_of(req, res);
    if (!w)
        return;
    const d_snapshot_t *s = mark_of(req, res, w, "id");
    if (!s)
        return;
    cJSON *o = mark_summary(s);
    cJSON_AddStringToObject(o, "workload", w->name);
    cJSON_AddItemToObject(o, "by_site", rows_json(s->sites, s->nsites, true));
    cJSON_AddItemToObject(o, "by_type", rows_json(s->types, s->ntypes, false));
    api_response_set_json(res, 200, o);
}

void api_v1_snapshot_delete(const api_request_t *req, api_response_t *res)
{
    d_workload_t *w = api_v1_workload_of(req, res);
    if (!w)
        return;
    const d_snapshot_t *s = mark_of(req, res, w, "id");
    if (!s)
        return;
    d_snapshot_set_t *set = d_snapshots_of(store_of(req), w->name, false);
    for (size_t i = 0; i < set->count; i++) {
        if (set->marks[i] == s) {
            d_snapshot_free(set->marks[i]);
            memmove(set->marks + i, set->marks + i + 1, (set->count - i - 1) * sizeof *set->marks);
            set->count--;
            break;
        }
    }
    api_response_set_static(res, 204, NULL, NULL, 0);
}

static cJSON *diff_json(const d_snap_row_t *a, size_t na, const d_snap_row_t *b, size_t nb,
                        bool sites, size_t limit, bool *oom, uint64_t *total)
{
    d_diff_row_t *rows = NULL;
    size_t n = 0;
    cJSON *arr = cJSON_CreateArray();
    if (d_snapshot_diff(a, na, b, nb, &rows, &n) != 0) {
        *oom = true;
        return arr;
    }
    *total = n;
    for (size_t i = 0; i < n && i < limit; i++) {
        const d_diff_row_t *r = &rows[i];
        const d_snap_row_t *any = r->b ? r->b : r->a;
        cJSON *o = cJSON_CreateObject();
        if (sites) {
            cJSON_AddStringToObject(o, "site", any->key);
            api_json_add_str(o, "file", any->file);
            cJSON_AddNumberToObject(o, "line", any->line);
        } else {
            cJSON_AddStringToObject(o, "type", any->key);
        }
        cJSON_AddStringToObject(o, "status", d_diff_kind_name(r->kind));
        api_json_add_u64(o, "count_a", r->a ? r->a->count : 0);
        api_json_add_u64(o, "count_b", r->b ? r->b->count : 0);
        cJSON_AddNumberToObject(o, "count_delta", (double)r->count_delta);
        api_json_add_u64(o, "bytes_a", r->a ? r->a->bytes : 0);
        api_json_add_u64(o, "bytes_b", r->b ? r->b->bytes : 0);
        cJSON_AddNumberToObject(o, "bytes_delta", (double)r->bytes_delta);
        cJSON_AddItemToArray(arr, o);
    }
    free(rows);
    return arr;
}

void api_v1_snapshot_diff(const api_request_t *req, api_response_t *res)
{
    d_workload_t *w = api_v1_workload_of(req, res);
    if (!w)
        return;
    const d_snapshot_t *a = mark_of(req, res, w, "a");
    if (!a)
        return;
    const char *b_s = api_request_param(req, "b");
    if (!b_s)
        b_s = api_request_query(req, "against");
    if (!b_s)
        b_s = "now";
    const char *limit_s = api_request_query(req, "limit");
    uint64_t limit = DIFF_LIMIT_DEFAULT;
    if (limit_s && (api_parse_u64(limit_s, &limit) != 0 || limit < 1 || limit > DIFF_LIMIT_MAX)) {
        api_problem(res, 400, NULL, NULL, "limit must be an integer from 1 to %d (got \"%s\")",
                    DIFF_LIMIT_MAX, limit_s);
        return;
    }
    d_snapshot_t *now = NULL;
    const d_snapshot_t *b;
    if (strcmp(b_s, "now") == 0) {
        b = now = d_snapshot_take(w->rt, d_now_unix(), w->restarts);
        if (!now) {
            api_problem(res, 500, NULL, NULL, "out of memory while taking the snapshot");
            return;
        }
    } else {
        uint64_t id;
        const d_snapshot_set_t *set = d_snapshots_of(store_of(req), w->name, false);
        if (api_parse_u64(b_s, &id) != 0) {
            api_problem(res, 400, NULL, NULL,
                        "compare against a snapshot id or \"now\" (got \"%s\")", b_s);
            return;
        }
        if (!(b = set ? d_snapshot_set_find(set, id) : NULL)) {
            api_problem(res, 404, NULL, NULL, "no snapshot %s of workload \"%s\"", b_s, w->name);
            return;
        }
    }
    bool oom = false;
    uint64_t sites_total = 0, types_total = 0;
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "workload", w->name);
    cJSON_AddItemToObject(o, "a", mark_summary(a));
    cJSON *bj = mark_summary(b);
    if (now)
        cJSON_ReplaceItemInObject(bj, "id", cJSON_CreateString("now"));
    cJSON_AddItemToObject(o, "b", bj);
    cJSON_AddNumberToObject(o, "seconds", b->time - a->time);
    cJSON_AddBoolToObject(o, "same_runtime", a->restarts == b->restarts);
    cJSON_AddNumberToObject(o, "heap_bytes_delta", (double)b->heap_bytes - (double)a->heap_bytes);
    cJSON_AddNumberToObject(o, "heap_objects_delta",
                            (double)b->heap_objects - (double)a->heap_objects);
    api_json_add_u64(o, "limit", limit);
    cJSON_AddItemToObject(o, "by_site",
                          diff_json(a->sites, a->nsites, b->sites, b->nsites, true, (size_t)limit,
                                    &oom, &sites_total));
    cJSON_AddItemToObject(o, "by_type",
                          diff_json(a->types, a->ntypes, b->types, b->ntypes, false, (size_t)limit,
                                    &oom, &types_total));
    api_json_add_u64(o, "sites_total", sites_total);
    api_json_add_u64(o, "types_total", types_total);
    d_snapshot_free(now);
    if (oom) {
        cJSON_Delete(o);
        api_problem(res, 500, NULL, NULL, "out of memory while comparing the snapshots");
        return;
    }
    api_response_set_json(res, 200, o);
}

/* ---- GET .../heap.heapsnapshot ------------------------------------------------------------- */

static void writer_free(void *w)
{
    api_heapsnapshot_writer_free(w);
}

/* Written in steps of D_HOST_ANALYSIS_STEP_NS on the worker (after the graph's own steps),
 * so that its other workloads keep their turn: 60 MB of text for a million objects. */
void api_v1_heapsnapshot_get(const api_request_t *req, api_response_t *res)
{
    d_workload_t *w = api_v1_workload_of(req, res);
    if (!w)
        return;
    if (!res->step) {
        rt_graph *g = api_v1_graph_of(w, res);
        if (!g)
            return;
        res->step = api_heapsnapshot_writer_new(g);
        if (!res->step) {
            api_problem(res, 500, NULL, NULL, "out of memory while writing the heap snapshot");
            return;
        }
        res->step_free = writer_free;
    }
    int rc = api_heapsnapshot_writer_step(res->step, d_now_ns() + D_HOST_ANALYSIS_STEP_NS);
    if (rc == 0) {
        res->again = true;
        return;
    }
    size_t len = 0;
    char *text = rc == 1 ? api_heapsnapshot_writer_take(res->step, &len) : NULL;
    api_heapsnapshot_writer_free(res->step);
    res->step = NULL;
    res->step_free = NULL;
    if (!text) {
        api_problem(res, 500, NULL, NULL, "out of memory while writing the heap snapshot");
        return;
    }
    api_response_set_owned(res, 200, "application/json", text, len);
    char disposition[160];
    snprintf(disposition, sizeof disposition, "attachment; filename=\"%s.heapsnapshot\"", w->name);
    api_response_add_header(res, "Content-Disposition", disposition);
    api_response_add_header(res, "Cache-Control", "no-store");
}
