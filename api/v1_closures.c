/* v1_closures.c: live closures of a workload (definition site, captured variables, env and
 * retained bytes, hints, why alive) and their grouping by definition site with growth rates and
 * leak suspects, as JSON. The runtime answers the queries (rt_inspect_closure_query,
 * rt_inspect_sites: ranking, filtering and every measure); this file maps its records to
 * JSON and picks the heap analysis (docs/api.md, "Heap analysis"): listings not sorted by
 * retained bytes never build one; the others build one only when the last is older than the
 * worker's limit or the request's max_age. */
#include <stdlib.h>
#include <string.h>

#include "api/json.h"
#include "api/problem.h"
#include "api/v1.h"
#include "host/host.h"
#include "host/util.h"
#include "host/worker.h"
#include "runtime/rt_inspect.h"

#define LIMIT_DEFAULT 100
#define LIMIT_MAX 10000

/* A site filter "FILE:LINE" split in place. */
typedef struct site_filter {
    char file[256];
    int line;
    bool on;
} site_filter_t;

static int parse_site(const char *s, site_filter_t *f)
{
    f->on = false;
    if (!s)
        return 0;
    const char *colon = strrchr(s, ':');
    uint64_t line;
    if (!colon || colon == s || (size_t)(colon - s) >= sizeof f->file ||
        api_parse_u64(colon + 1, &line) != 0 || line == 0 || line > 10000000)
        return -1;
    memcpy(f->file, s, (size_t)(colon - s));
    f->file[colon - s] = '\0';
    f->line = (int)line;
    f->on = true;
    return 0;
}

/* The closure's JSON from its record; with its graph part also retained_bytes and hints;
 * with detail also per-variable retained bytes, hints and values, deep bytes and the
 * why-alive path (g: the graph the record's part belongs to). */
static cJSON *closure_json(const rt_inspect_closure *c, const rt_graph *g, bool detail)
{
    const rt_graph_closure *gc = c->graph;
    cJSON *o = cJSON_CreateObject();
    char site[300];
    snprintf(site, sizeof site, "%s:%d", c->filename ? c->filename : "?", c->line);
    api_json_add_u64(o, "id", c->id);
    api_json_add_str(o, "name", c->name);
    api_json_add_str(o, "qualname", c->qualname);
    cJSON_AddStringToObject(o, "site", site);
    api_json_add_str(o, "file", c->filename);
    cJSON_AddNumberToObject(o, "line", c->line);
    cJSON_AddNumberToObject(o, "site_id", c->site);
    api_json_add_u64(o, "age_seq", c->age_seq);
    api_json_add_u64(o, "function_bytes", c->function_bytes);
    api_json_add_u64(o, "env_bytes", c->env_bytes);
    api_json_add_u64(o, "env_shallow_bytes", c->env_shallow_bytes);
    if (gc) {
        api_json_add_u64(o, "retained_bytes", gc->retained_bytes);
        cJSON_AddItemToObject(o, "hints", api_v1_hints_json(gc->hints));
    } else {
        cJSON_AddNullToObject(o, "retained_bytes");
        cJSON_AddItemToObject(o, "hints", cJSON_CreateArray());
    }
    if (detail && gc) {
        const rt_graph_node *n = rt_graph_node_at(g, gc->node);
        api_json_add_u64(o, "deep_bytes", rt_graph_deep_size(g, gc->node));
        cJSON_AddBoolToObject(o, "garbage", (n->flags & RT_GRAPH_N_GARBAGE) != 0);
        cJSON_AddItemToObject(o, "path", api_v1_path_json(g, gc->node));
    }
    cJSON *vars = cJSON_AddArrayToObject(o, "free_vars");
    for (size_t i = 0; i < c->nvars; i++) {
        const rt_inspect_var *v = &c->vars[i];
        const rt_graph_var *gv = gc ? &gc->vars[i] : NULL; /* the same cell (rt_inspect.h) */
        cJSON *vo = cJSON_CreateObject();
        api_json_add_str(vo, "name", v->name);
        api_json_add_str(vo, "type", v->type_name);
        api_json_add_str(vo, "repr", v->repr);
        api_json_add_u64(vo, "shallow_bytes", v->shallow_bytes);
        api_json_add_u64(vo, "cell_bytes", v->cell_bytes);
        api_json_add_u64(vo, "cell_id", v->cell_id);
        cJSON_AddNumberToObject(vo, "shared_with", v->shared_with);
        cJSON_AddBoolToObject(vo, "empty", v->empty);
        if (detail && gv) {
            api_json_add_u64(vo, "retained_bytes", gv->retained_bytes);
            cJSON_AddItemToObject(vo, "hints", api_v1_hints_json(gv->hints));
            if (gv->value != RT_GRAPH_NONE)
                cJSON_AddItemToObject(vo, "value", api_v1_node_json(g, gv->value));
            else
                cJSON_AddNullToObject(vo, "value");
        } else if (detail) {
            cJSON_AddNullToObject(vo, "retained_bytes");
            cJSON_AddItemToObject(vo, "hints", cJSON_CreateArray());
            cJSON_AddNullToObject(vo, "value");
        }
        cJSON_AddItemToArray(vars, vo);
    }
    return o;
}

/* ---- the heap analysis an answer uses ---- */

/* {time, age_seconds, build_seconds, build_steps, current}, or null without one. */
static cJSON *analysis_json(const rt_graph *g, const rt_inspect_analysis *a)
{
    if (!g)
        return cJSON_CreateNull();
    cJSON *o = cJSON_CreateObject();
    cJSON_AddNumberToObject(o, "time", a->time_unix);
    cJSON_AddNumberToObject(o, "age_seconds", (double)a->age_ns / 1e9);
    cJSON_AddNumberToObject(o, "build_seconds", (double)a->build_ns / 1e9);
    cJSON_AddNumberToObject(o, "build_steps", a->build_steps);
    cJSON_AddBoolToObject(o, "current", a->current);
    return o;
}

/* Parses ?max_age= (seconds, decimal: 0 asks for the heap as it is now) into *ns. Returns 1
 * when given, 0 when absent, -1 after answering 400. */
static int parse_max_age(const api_request_t *req, api_response_t *res, uint64_t *ns)
{
    const char *s = api_request_query(req, "max_age");
    if (!s)
        return 0;
    char *end;
    double v = strtod(s, &end);
    if (end == s || *end || !(v >= 0 && v <= 86400)) {
        api_problem(res, 400, NULL, NULL,
                    "max_age (seconds an analysis may be old) must be a number from 0 to 86400 "
                    "(got \"%s\")",
                    s);
        return -1;
    }
    *ns = (uint64_t)(v * 1e9);
    return 1;
}

/* The graph an answer uses: with build, one at most max_age_ns old (a new one when the last
 * is older, built in steps of D_HOST_ANALYSIS_STEP_NS so that the worker's other workloads
 * keep their turn); without, the last one whatever its age (NULL when none yet). NULL with
 * *failed set: a 500 in res when a build ran out of memory, or res->again while the build
 * goes on (the handler returns at once and runs again after the worker's next round). */
static const rt_graph *analysis_of(d_workload_t *w, bool build, uint64_t max_age_ns,
                                   rt_inspect_analysis *info, api_response_t *res, bool *failed)
{
    *failed = false;
    if (!w->rt)
        return NULL;
    if (!build)
        return rt_inspect_graph_cached(w->rt, info);
    int pending = 0;
    const rt_graph *g =
        rt_inspect_graph_step(w->rt, max_age_ns, D_HOST_ANALYSIS_STEP_NS, info, &pending);
    if (pending) {
        *failed = true;
        res->again = true;
        return NULL;
    }
    if (!g) {
        *failed = true;
        api_problem(res, 500, NULL, NULL, "out of memory while analysing the heap");
    }
    return g;
}

/* ---- the list ---- */

typedef struct list_ctx {
    const rt_graph *g;
    cJSON *arr;
    size_t count;
} list_ctx_t;

static int add_record(void *p, const rt_inspect_closure *c)
{
    list_ctx_t *l = p;
    cJSON_AddItemToArray(l->arr, closure_json(c, l->g, false));
    l->count++;
    return 0;
}

/* A listing under way (api_response_t.step): its ranking in steps, the analysis it uses,
 * the records so far, and the site filter the scan borrows. */
typedef struct list_step {
    rt_closure_scan *scan; /* NULL: no heap (nothing to list) */
    site_filter_t site;
    rt_inspect_analysis info;
    list_ctx_t l;
} list_step_t;

static void list_step_free(void *p)
{
    list_step_t *st = p;
    if (!st)
        return;
    rt_closure_scan_free(st->scan);
    cJSON_Delete(st->l.arr);
    free(st);
}

static list_step_t *list_step_new(d_workload_t *w, rt_closure_query *q, const site_filter_t *site,
                                  size_t limit, const rt_graph *g, const rt_inspect_analysis *info)
{
    list_step_t *st = calloc(1, sizeof *st);
    if (!st)
        return NULL;
    st->site = *site;
    if (g)
        st->info = *info;
    st->l.g = g;
    st->l.arr = cJSON_CreateArray();
    q->site_file = st->site.on ? st->site.file : NULL;
    q->site_line = st->site.line;
    q->limit = limit;
    q->graph = g;
    if (w->rt)
        st->scan = rt_closure_scan_new(w->rt, q);
    if (!st->l.arr || (w->rt && !st->scan)) {
        list_step_free(st);
        return NULL;
    }
    return st;
}

void api_v1_closures_list(const api_request_t *req, api_response_t *res)
{
    d_workload_t *w = api_v1_workload_of(req, res);
    if (!w)
        return;
    const char *sort = api_request_query(req, "sort");
    const char *limit_s = api_request_query(req, "limit");
    const char *site_s = api_request_query(req, "site");
    const char *retained_s = api_request_query(req, "retained");
    rt_closure_query q;
    memset(&q, 0, sizeof q);
    if (!sort || strcmp(sort, "env_bytes") == 0) {
        q.sort = RT_CLOSURE_SORT_ENV_BYTES;
        sort = "env_bytes";
    } else if (strcmp(sort, "env_shallow_bytes") == 0) {
        q.sort = RT_CLOSURE_SORT_ENV_SHALLOW_BYTES;
    } else if (strcmp(sort, "age") == 0) {
        q.sort = RT_CLOSURE_SORT_AGE;
    } else if (strcmp(sort, "retained_bytes") == 0) {
        q.sort = RT_CLOSURE_SORT_RETAINED_BYTES;
    } else {
        api_problem(res, 400, NULL, NULL,
                    "sort must be env_bytes, env_shallow_bytes, retained_bytes or age (got "
                    "\"%s\")",
                    sort);
        return;
    }
    bool retained = true;
    if (retained_s && strcmp(retained_s, "false") == 0)
        retained = false;
    else if (retained_s && strcmp(retained_s, "true") != 0) {
        api_problem(res, 400, NULL, NULL, "retained must be true or false (got \"%s\")",
                    retained_s);
        return;
    }
    if (q.sort == RT_CLOSURE_SORT_RETAINED_BYTES)
        retained = true;
    uint64_t limit = LIMIT_DEFAULT;
    if (limit_s && (api_parse_u64(limit_s, &limit) != 0 || limit < 1 || limit > LIMIT_MAX)) {
        api_problem(res, 400, NULL, NULL, "limit must be an integer from 1 to %d (got \"%s\")",
                    LIMIT_MAX, limit_s);
        return;
    }
    site_filter_t site;
    if (parse_site(site_s, &site) != 0) {
        api_problem(res, 400, NULL, NULL,
                    "site must be FILE:LINE, e.g. leaky_handlers.py:8 "
                    "(got \"%s\")",
                    site_s);
        return;
    }
    uint64_t max_age = 0;
    int given = parse_max_age(req, res, &max_age);
    if (given < 0)
        return;
    list_step_t *st = res->step;
    if (!st) {
        /* Ranked by retained bytes, or given max_age: an analysis that recent; else the last
         * one (a listing by env bytes never builds the graph). */
        bool build = retained && (q.sort == RT_CLOSURE_SORT_RETAINED_BYTES || given);
        if (build && !given)
            max_age = d_worker_analysis_max_age_ns(w);
        rt_inspect_analysis info;
        bool failed;
        const rt_graph *g = retained ? analysis_of(w, build, max_age, &info, res, &failed) : NULL;
        if (retained && failed)
            return;
        st = list_step_new(w, &q, &site, (size_t)limit, g, &info);
        if (!st) {
            api_problem(res, 500, NULL, NULL, "out of memory");
            return;
        }
        res->step = st;
        res->step_free = list_step_free;
    }
    /* ranked in steps over a million closures: the worker's other workloads keep their turn */
    size_t total = 0;
    int rc = st->scan ? rt_closure_scan_step(w->rt, st->scan, d_now_ns() + D_HOST_ANALYSIS_STEP_NS,
                                             add_record, &st->l, &total)
                      : 1;
    if (rc == 0) {
        res->again = true;
        return;
    }
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "workload", w->name);
    cJSON_AddStringToObject(o, "sort", sort);
    cJSON_AddBoolToObject(o, "retained", st->l.g != NULL);
    cJSON_AddItemToObject(o, "heap_analysis", analysis_json(st->l.g, &st->info));
    api_json_add_u64(o, "limit", limit);
    if (site.on)
        cJSON_AddStringToObject(o, "site", site_s);
    api_json_add_u64(o, "total", total);
    cJSON_AddItemToObject(o, "closures", st->l.arr);
    st->l.arr = NULL;
    api_json_add_u64(o, "count", st->l.count);
    list_step_free(st);
    res->step = NULL;
    res->step_free = NULL;
    if (rc < 0) {
        cJSON_Delete(o);
        api_problem(res, 500, NULL, NULL, "out of memory");
        return;
    }
    api_response_set_json(res, 200, o);
}

/* ---- one closure ---- */

typedef struct one_ctx {
    const rt_graph *g;
    cJSON *out;
} one_ctx_t;

static int render_one(void *p, const rt_inspect_closure *c)
{
    one_ctx_t *one = p;
    one->out = closure_json(c, one->g, true);
    return 1;
}

void api_v1_closure_get(const api_request_t *req, api_response_t *res)
{
    d_workload_t *w = api_v1_workload_of(req, res);
    if (!w)
        return;
    const char *id_s = api_request_param(req, "id");
    uint64_t id;
    if (api_parse_u64(id_s, &id) != 0) {
        api_problem(res, 400, NULL, NULL, "a closure id is a decimal integer (got \"%s\")", id_s);
        return;
    }
    /* one closure's retained bytes, path and values: an analysis within the worker's limit */
    rt_inspect_analysis info;
    bool failed;
    one_ctx_t one = {NULL, NULL};
    one.g = analysis_of(w, true, d_worker_analysis_max_age_ns(w), &info, res, &failed);
    if (failed)
        return;
    int found = w->rt ? rt_inspect_closure_get(w->rt, id, one.g, render_one, &one) : -1;
    if (found == 0 && one.out && !cJSON_HasObjectItem(one.out, "path") && !info.current) {
        /* born after the analysis: the detail needs one that knows it */
        cJSON_Delete(one.out);
        one.out = NULL;
        one.g = analysis_of(w, true, 0, &info, res, &failed);
        if (failed)
            return;
        found = rt_inspect_closure_get(w->rt, id, one.g, render_one, &one);
    }
    if (found != 0 || !one.out) {
        cJSON_Delete(one.out);
        api_problem(res, 404, NULL, NULL,
                    "no live closure with id %s in workload \"%s\" (it may have been freed)", id_s,
                    w->name);
        return;
    }
    cJSON *o = one.out;
    cJSON_AddStringToObject(o, "workload", w->name);
    cJSON_AddItemToObject(o, "heap_analysis", analysis_json(one.g, &info));
    api_response_set_json(res, 200, o);
}

/* ---- grouped by definition site, with growth and leak suspects ---- */

#define WINDOW_MAX D_SITE_SAMPLES

typedef enum site_sort { SITE_ENV, SITE_RETAINED, SITE_CLOSURES, SITE_GROWTH } site_sort_t;

typedef struct site_group {
    char *file; /* owned copies of the record's strings */
    char *qualname;
    int line;
    unsigned site;
    uint64_t closures, env_bytes, env_shallow_bytes;
    const rt_graph_site *gs; /* the graph's record, NULL without a graph */
    d_site_growth_t growth;
    bool has_growth;
    uint64_t survived; /* collections since the site has had live closures (see docs) */
    bool has_survived;
    double key; /* the chosen sort's value */
} site_group_t;

typedef struct group_ctx {
    site_group_t *groups;
    size_t count, cap;
    bool oom;
} group_ctx_t;

static char *copy_str(const char *s)
{
    char *c = malloc(strlen(s) + 1);
    if (c)
        strcpy(c, s);
    return c;
}

/* rt_inspect_sites' callback: keeps the record (the runtime grouped it). */
static int keep_site(void *p, const rt_inspect_site *rs)
{
    group_ctx_t *g = p;
    if (g->count == g->cap) {
        size_t cap = g->cap ? g->cap * 2 : 32;
        site_group_t *grown = realloc(g->groups, cap * sizeof *grown);
        if (!grown) {
            g->oom = true;
            return 1;
        }
        g->groups = grown;
        g->cap = cap;
    }
    site_group_t *s = &g->groups[g->count++];
    memset(s, 0, sizeof *s);
    s->file = copy_str(rs->filename ? rs->filename : "?");
    s->qualname = rs->qualname ? copy_str(rs->qualname) : NULL;
    s->line = rs->line;
    s->site = rs->site;
    s->closures = rs->closures;
    s->env_bytes = rs->env_bytes;
    s->env_shallow_bytes = rs->env_shallow_bytes;
    s->gs = rs->graph;
    return 0;
}

static double key_of(const site_group_t *s, site_sort_t sort)
{
    switch (sort) {
    case SITE_RETAINED: return s->gs ? (double)s->gs->retained_bytes : 0;
    case SITE_CLOSURES: return (double)s->closures;
    case SITE_GROWTH: return s->has_growth ? s->growth.retained_bytes_per_minute : 0;
    case SITE_ENV: break;
    }
    return (double)s->env_bytes;
}

static int by_sort(const void *a, const void *b)
{
    const site_group_t *x = a, *y = b;
    if (x->key != y->key)
        return x->key > y->key ? -1 : 1;
    if (x->env_bytes != y->env_bytes)
        return x->env_bytes > y->env_bytes ? -1 : 1;
    if (x->closures != y->closures)
        return x->closures > y->closures ? -1 : 1;
    return (int)x->site - (int)y->site;
}

/* Suspects: fastest retained growth first, then fastest count growth. */
static int by_suspicion(const void *a, const void *b)
{
    const site_group_t *x = *(const site_group_t *const *)a, *y = *(const site_group_t *const *)b;
    if (x->growth.retained_bytes_per_minute != y->growth.retained_bytes_per_minute)
        return x->growth.retained_bytes_per_minute > y->growth.retained_bytes_per_minute ? -1 : 1;
    if (x->growth.closures_per_minute != y->growth.closures_per_minute)
        return x->growth.closures_per_minute > y->growth.closures_per_minute ? -1 : 1;
    return (int)x->site - (int)y->site;
}

/* Collections of every generation since `since` (unix seconds), from the
 * per-second samples; false when the samples do not reach back that far. */
static bool collections_since(d_workload_t *w, double since, uint64_t *out)
{
    d_workload_counters_t c;
    d_workload_counters(w, &c);
    uint64_t now = 0;
    for (int g = 0; g < RT_GC_GENERATIONS; g++)
        now += c.gc_collections[g];
    for (size_t i = 0; i < w->series.count; i++) {
        const d_sample_t *s = d_series_at(&w->series, i);
        if (s->time + 0.5 < since)
            continue;
        uint64_t then = 0;
        for (int g = 0; g < D_SERIES_GENERATIONS; g++)
            then += s->collections_total[g];
        *out = now >= then ? now - then : 0;
        return true;
    }
    return false;
}

static void add_site_fields(cJSON *so, const site_group_t *s, const rt_graph *g)
{
    char label[300];
    snprintf(label, sizeof label, "%s:%d", s->file ? s->file : "?", s->line);
    cJSON_AddStringToObject(so, "site", label);
    api_json_add_str(so, "file", s->file);
    cJSON_AddNumberToObject(so, "line", s->line);
    cJSON_AddNumberToObject(so, "site_id", s->site);
    api_json_add_str(so, "qualname", s->qualname);
    api_json_add_u64(so, "closures", s->closures);
    api_json_add_u64(so, "env_bytes", s->env_bytes);
    api_json_add_u64(so, "env_shallow_bytes", s->env_shallow_bytes);
    if (s->gs) {
        api_json_add_u64(so, "retained_bytes", s->gs->retained_bytes);
        cJSON_AddItemToObject(so, "hints", api_v1_hints_json(s->gs->hints));
    } else {
        cJSON_AddNullToObject(so, "retained_bytes");
        cJSON_AddItemToObject(so, "hints", cJSON_CreateArray());
    }
    if (s->gs && s->gs->top_var) {
        cJSON *tv = cJSON_AddObjectToObject(so, "top_var");
        cJSON_AddStringToObject(tv, "name", rt_graph_string(g, s->gs->top_var));
        api_json_add_u64(tv, "retained_bytes", s->gs->top_var_bytes);
    } else {
        cJSON_AddNullToObject(so, "top_var");
    }
}

static cJSON *growth_json(const d_site_growth_t *gr)
{
    cJSON *o = cJSON_CreateObject();
    api_json_add_u64(o, "samples", gr->samples);
    cJSON_AddNumberToObject(o, "seconds", gr->seconds);
    cJSON_AddNumberToObject(o, "closures_delta", (double)gr->closures_delta);
    cJSON_AddNumberToObject(o, "retained_bytes_delta", (double)gr->retained_bytes_delta);
    cJSON_AddNumberToObject(o, "env_bytes_delta", (double)gr->env_bytes_delta);
    cJSON_AddNumberToObject(o, "closures_per_minute", gr->closures_per_minute);
    cJSON_AddNumberToObject(o, "retained_bytes_per_minute", gr->retained_bytes_per_minute);
    cJSON_AddNumberToObject(o, "env_bytes_per_minute", gr->env_bytes_per_minute);
    api_json_add_u64(o, "rises", gr->rises);
    api_json_add_u64(o, "falls", gr->falls);
    return o;
}

void api_v1_sites_get(const api_request_t *req, api_response_t *res)
{
    d_workload_t *w = api_v1_workload_of(req, res);
    if (!w)
        return;
    const char *sort = api_request_query(req, "sort");
    const char *window_s = api_request_query(req, "window");
    site_sort_t key;
    if (!sort || strcmp(sort, "env_bytes") == 0) {
        key = SITE_ENV;
        sort = "env_bytes";
    } else if (strcmp(sort, "retained_bytes") == 0) {
        key = SITE_RETAINED;
    } else if (strcmp(sort, "closures") == 0) {
        key = SITE_CLOSURES;
    } else if (strcmp(sort, "growth") == 0) {
        key = SITE_GROWTH;
    } else {
        api_problem(res, 400, NULL, NULL,
                    "sort must be env_bytes, retained_bytes, closures or growth (got \"%s\")",
                    sort);
        return;
    }
    uint64_t window = D_SITE_WINDOW_DEFAULT;
    if (window_s && (api_parse_u64(window_s, &window) != 0 || window < 2 || window > WINDOW_MAX)) {
        api_problem(res, 400, NULL, NULL,
                    "window (samples a growth rate looks at) must be an integer from 2 to %d "
                    "(got \"%s\")",
                    WINDOW_MAX, window_s);
        return;
    }
    uint64_t max_age = 0;
    int given = parse_max_age(req, res, &max_age);
    if (given < 0)
        return;
    /* ranked by retained bytes, or given max_age: an analysis that recent; else the last */
    bool build = key == SITE_RETAINED || given;
    if (build && !given)
        max_age = d_worker_analysis_max_age_ns(w);
    rt_inspect_analysis info;
    bool failed;
    const rt_graph *graph = analysis_of(w, build, max_age, &info, res, &failed);
    if (failed)
        return;
    group_ctx_t g;
    memset(&g, 0, sizeof g);
    if (w->rt && rt_inspect_sites(w->rt, graph, keep_site, &g) != 0)
        g.oom = true;
    size_t nsuspects = 0;
    for (size_t i = 0; i < g.count; i++) {
        site_group_t *s = &g.groups[i];
        s->has_growth =
            d_site_growth(&w->series.sites, w->restarts, s->site, (size_t)window, &s->growth) == 0;
        if (s->has_growth && s->growth.live_since > 0)
            s->has_survived = collections_since(w, s->growth.live_since, &s->survived);
        nsuspects += s->has_growth && s->growth.suspect;
        s->key = key_of(s, key);
    }
    if (g.count)
        qsort(g.groups, g.count, sizeof *g.groups, by_sort);

    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "workload", w->name);
    cJSON_AddStringToObject(o, "sort", sort);
    cJSON_AddItemToObject(o, "heap_analysis", analysis_json(graph, &info));
    /* what the growth rates stand on */
    cJSON *an = cJSON_AddObjectToObject(o, "analysis");
    size_t samples = 0;
    for (size_t i = 0; i < w->series.sites.count; i++)
        samples += d_site_series_at(&w->series.sites, i)->restarts == w->restarts;
    const d_site_sample_t *last = d_site_series_last(&w->series.sites);
    cJSON_AddNumberToObject(an, "interval_seconds", D_HOST_INSPECT_PERIOD_MS / 1000.0);
    api_json_add_u64(an, "window", window);
    api_json_add_u64(an, "samples", samples);
    if (last && last->restarts == w->restarts) {
        cJSON_AddNumberToObject(an, "last_time", last->time);
        cJSON_AddNumberToObject(an, "last_seconds", (double)last->analysis_ns / 1e9);
        api_json_add_u64(an, "closure_retained_bytes", last->closure_retained_bytes);
    } else {
        cJSON_AddNullToObject(an, "last_time");
        cJSON_AddNullToObject(an, "last_seconds");
        cJSON_AddNullToObject(an, "closure_retained_bytes");
    }

    site_group_t **sus = calloc(nsuspects ? nsuspects : 1, sizeof *sus);
    size_t ns = 0;
    cJSON *arr = cJSON_AddArrayToObject(o, "sites");
    uint64_t total = 0;
    for (size_t i = 0; i < g.count; i++) {
        site_group_t *s = &g.groups[i];
        cJSON *so = cJSON_CreateObject();
        add_site_fields(so, s, graph);
        if (s->has_growth)
            cJSON_AddItemToObject(so, "growth", growth_json(&s->growth));
        else
            cJSON_AddNullToObject(so, "growth");
        if (s->has_survived) {
            api_json_add_u64(so, "collections_survived", s->survived);
            cJSON_AddNumberToObject(so, "live_seconds", d_now_unix() - s->growth.live_since);
        } else {
            cJSON_AddNullToObject(so, "collections_survived");
            cJSON_AddNullToObject(so, "live_seconds");
        }
        cJSON_AddBoolToObject(so, "suspect", s->has_growth && s->growth.suspect);
        cJSON_AddItemToArray(arr, so);
        total += s->closures;
        if (sus && s->has_growth && s->growth.suspect)
            sus[ns++] = s;
    }
    if (ns > 1)
        qsort(sus, ns, sizeof *sus, by_suspicion);
    cJSON *sarr = cJSON_AddArrayToObject(o, "suspects");
    for (size_t i = 0; i < ns; i++) {
        const site_group_t *s = sus[i];
        cJSON *so = cJSON_CreateObject();
        api_json_add_u64(so, "rank", i + 1);
        add_site_fields(so, s, graph);
        cJSON_AddItemToObject(so, "growth", growth_json(&s->growth));
        cJSON_AddNumberToObject(so, "closures_per_minute", s->growth.closures_per_minute);
        cJSON_AddNumberToObject(so, "retained_bytes_per_minute",
                                s->growth.retained_bytes_per_minute);
        cJSON *bv = cJSON_Duplicate(cJSON_GetObjectItemCaseSensitive(so, "top_var"), 1);
        cJSON_AddItemToObject(so, "biggest_var", bv ? bv : cJSON_CreateNull());
        cJSON_AddItemToArray(sarr, so);
    }
    free(sus);
    api_json_add_u64(o, "closures", total);
    for (size_t i = 0; i < g.count; i++) {
        free(g.groups[i].file);
        free(g.groups[i].qualname);
    }
    free(g.groups);
    if (g.oom) {
        cJSON_Delete(o);
        api_problem(res, 500, NULL, NULL, "out of memory");
        return;
    }
    api_response_set_json(res, 200, o);
}
