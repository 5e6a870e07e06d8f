/* v1_closures.c: live closures of a workload (definition site, captured variables, env and
 * retained bytes, hints, why alive) and their grouping by definition site with growth rates and
 * leak suspects. O(live closures) per request (the list formats reprs only for the closures it
 * returns), plus one heap analysis (runtime/rt_inspect.h's cached graph) when the heap changed
 * since the last one. */
#include <stdlib.h>
#include <string.h>

#include "api/json.h"
#include "api/problem.h"
#include "api/v1.h"
#include "runtime/rt_inspect.h"

#define LIMIT_DEFAULT 100
#define LIMIT_MAX 10000

typedef enum sort_key { SORT_ENV, SORT_ENV_SHALLOW, SORT_AGE, SORT_RETAINED } sort_key_t;

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

static bool site_matches(const site_filter_t *f, const rt_inspect_closure *c)
{
    return !f->on || (c->line == f->line && c->filename && strcmp(c->filename, f->file) == 0);
}

/* The closure's JSON; with gc (its graph record, may be NULL) also
 * retained_bytes and hints; with detail also per-variable retained bytes and
 * hints, deep bytes and the why-alive path. */
static cJSON *closure_json(const rt_inspect_closure *c, const rt_graph *g,
                           const rt_graph_closure *gc, bool detail)
{
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
        cJSON *vo = cJSON_CreateObject();
        api_json_add_str(vo, "name", v->name);
        api_json_add_str(vo, "type", v->type_name);
        api_json_add_str(vo, "repr", v->repr);
        api_json_add_u64(vo, "shallow_bytes", v->shallow_bytes);
        api_json_add_u64(vo, "cell_bytes", v->cell_bytes);
        api_json_add_u64(vo, "cell_id", v->cell_id);
        cJSON_AddNumberToObject(vo, "shared_with", v->shared_with);
        cJSON_AddBoolToObject(vo, "empty", v->empty);
        const rt_graph_var *gv = NULL;
        for (uint32_t j = 0; gc && j < gc->nvars && !gv; j++)
            if (strcmp(rt_graph_string(g, gc->vars[j].name), v->name ? v->name : "") == 0)
                gv = &gc->vars[j];
        if (detail && gv) {
            /* the graph's view: shared_with counts every live closure holding the cell */
            cJSON_ReplaceItemInObject(vo, "shared_with", cJSON_CreateNumber(gv->shared_with));
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

/* ---- the list: pass 1 keeps the top `limit` compact keys (no repr formatted), pass 2
 * renders only the chosen closures ---- */

typedef struct ckey {
    uint64_t id;
    uint64_t key;
    size_t rank;
} ckey_t;

typedef struct rank_ctx {
    ckey_t *keys; /* pass 1: a heap of the best `cap` so far, the worst at the root */
    size_t count, cap;
    size_t total; /* closures matching the filter */
    sort_key_t sort;
    const site_filter_t *site;
    const rt_graph *g; /* NULL: no retained bytes */
    cJSON **slots;     /* pass 2: rendered closures by rank */
    size_t chosen;
} rank_ctx_t;

/* Bigger bytes first; for age, the oldest (smallest age_seq) first; ties by id. */
static int by_key_desc(const void *a, const void *b)
{
    const ckey_t *x = a, *y = b;
    if (x->key != y->key)
        return x->key > y->key ? -1 : 1;
    return x->id < y->id ? -1 : x->id > y->id;
}

static int by_key_asc(const void *a, const void *b)
{
    const ckey_t *x = a, *y = b;
    if (x->key != y->key)
        return x->key < y->key ? -1 : 1;
    return x->id < y->id ? -1 : x->id > y->id;
}

static int by_id(const void *a, const void *b)
{
    const ckey_t *x = a, *y = b;
    return x->id < y->id ? -1 : x->id > y->id;
}

/* Moves keys[i] down the heap whose root is the key that sorts last. */
static void sift_down(ckey_t *keys, size_t n, size_t i, int (*cmp)(const void *, const void *))
{
    for (;;) {
        size_t l = 2 * i + 1, r = l + 1, worst = i;
        if (l < n && cmp(&keys[l], &keys[worst]) > 0)
            worst = l;
        if (r < n && cmp(&keys[r], &keys[worst]) > 0)
            worst = r;
        if (worst == i)
            return;
        ckey_t t = keys[i];
        keys[i] = keys[worst];
        keys[worst] = t;
        i = worst;
    }
}

static void sift_up(ckey_t *keys, size_t i, int (*cmp)(const void *, const void *))
{
    while (i > 0) {
        size_t parent = (i - 1) / 2;
        if (cmp(&keys[i], &keys[parent]) <= 0)
            return;
        ckey_t t = keys[i];
        keys[i] = keys[parent];
        keys[parent] = t;
        i = parent;
    }
}

static int collect_key(void *p, const rt_inspect_closure *c)
{
    rank_ctx_t *r = p;
    if (!site_matches(r->site, c))
        return 0;
    r->total++;
    const rt_graph_closure *gc =
        r->g && r->sort == SORT_RETAINED ? rt_graph_closure_find(r->g, c->id) : NULL;
    uint64_t k = r->sort == SORT_ENV           ? c->env_bytes
                 : r->sort == SORT_ENV_SHALLOW ? c->env_shallow_bytes
                 : r->sort == SORT_RETAINED    ? (gc ? gc->retained_bytes : 0)
                                               : c->age_seq;
    ckey_t key = {c->id, k, 0};
    int (*cmp)(const void *, const void *) = r->sort == SORT_AGE ? by_key_asc : by_key_desc;
    if (r->count < r->cap) {
        r->keys[r->count] = key;
        sift_up(r->keys, r->count++, cmp);
    } else if (cmp(&key, &r->keys[0]) < 0) {
        r->keys[0] = key;
        sift_down(r->keys, r->count, 0, cmp);
    }
    return 0;
}

static int render_chosen(void *p, const rt_inspect_closure *c)
{
    rank_ctx_t *r = p;
    ckey_t probe = {c->id, 0, 0};
    const ckey_t *hit = bsearch(&probe, r->keys, r->chosen, sizeof *r->keys, by_id);
    if (hit && !r->slots[hit->rank])
        r->slots[hit->rank] =
            closure_json(c, r->g, r->g ? rt_graph_closure_find(r->g, c->id) : NULL, false);
    return 0;
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
    rank_ctx_t r;
    memset(&r, 0, sizeof r);
    if (!sort || strcmp(sort, "env_bytes") == 0) {
        r.sort = SORT_ENV;
        sort = "env_bytes";
    } else if (strcmp(sort, "env_shallow_bytes") == 0) {
        r.sort = SORT_ENV_SHALLOW;
    } else if (strcmp(sort, "age") == 0) {
        r.sort = SORT_AGE;
    } else if (strcmp(sort, "retained_bytes") == 0) {
        r.sort = SORT_RETAINED;
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
    if (r.sort == SORT_RETAINED)
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
    r.site = &site;
    if (w->rt && retained) {
        r.g = rt_inspect_graph(w->rt); /* first: the closure walk must see the same heap */
        if (!r.g) {
            api_problem(res, 500, NULL, NULL, "out of memory while analysing the heap");
            return;
        }
    }
    r.cap = (size_t)limit;
    r.keys = malloc(r.cap * sizeof *r.keys);
    if (!r.keys) {
        api_problem(res, 500, NULL, NULL, "out of memory");
        return;
    }
    if (w->rt)
        rt_inspect_closures_brief(w->rt, collect_key, &r);
    if (r.count)
        qsort(r.keys, r.count, sizeof *r.keys, r.sort == SORT_AGE ? by_key_asc : by_key_desc);
    r.chosen = r.count;
    for (size_t i = 0; i < r.chosen; i++)
        r.keys[i].rank = i;
    if (r.chosen)
        qsort(r.keys, r.chosen, sizeof *r.keys, by_id);
    r.slots = calloc(r.chosen ? r.chosen : 1, sizeof *r.slots);
    uint64_t *ids = r.chosen ? malloc(r.chosen * sizeof *ids) : NULL;
    for (size_t i = 0; ids && i < r.chosen; i++)
        ids[i] = r.keys[i].id;
    if (ids && r.slots && w->rt)
        rt_inspect_closures_of(w->rt, ids, r.chosen, render_chosen, &r, NULL);
    free(ids);

    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "workload", w->name);
    cJSON_AddStringToObject(o, "sort", sort);
    cJSON_AddBoolToObject(o, "retained", r.g != NULL);
    api_json_add_u64(o, "limit", limit);
    if (site.on)
        cJSON_AddStringToObject(o, "site", site_s);
    api_json_add_u64(o, "total", r.total);
    cJSON *arr = cJSON_AddArrayToObject(o, "closures");
    size_t shown = 0;
    for (size_t i = 0; r.slots && i < r.chosen; i++) {
        if (r.slots[i]) {
            cJSON_AddItemToArray(arr, r.slots[i]);
            shown++;
        }
    }
    api_json_add_u64(o, "count", shown);
    free(r.slots);
    free(r.keys);
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
    one->out = closure_json(c, one->g, one->g ? rt_graph_closure_find(one->g, c->id) : NULL, true);
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
    one_ctx_t one = {NULL, NULL};
    if (w->rt && !(one.g = rt_inspect_graph(w->rt))) {
        api_problem(res, 500, NULL, NULL, "out of memory while analysing the heap");
        return;
    }
    if (!w->rt || rt_inspect_closure_get(w->rt, id, render_one, &one) != 0 || !one.out) {
        cJSON_Delete(one.out);
        api_problem(res, 404, NULL, NULL,
                    "no live closure with id %s in workload \"%s\" (it may have been freed)", id_s,
                    w->name);
        return;
    }
    cJSON *o = one.out;
    cJSON_AddStringToObject(o, "workload", w->name);
    api_response_set_json(res, 200, o);
}

/* ---- grouped by definition site, with growth and leak suspects ---- */

#define WINDOW_MAX D_SITE_SAMPLES

typedef enum site_sort { SITE_ENV, SITE_RETAINED, SITE_CLOSURES, SITE_GROWTH } site_sort_t;

typedef struct site_group {
    char *file;
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
    uint32_t *index; /* site id -> 1 + position in groups; 0 = none yet */
    site_group_t *groups;
    size_t count, cap;
    bool oom;
} group_ctx_t;

static int group_one(void *p, const rt_inspect_closure *c)
{
    group_ctx_t *g = p;
    uint32_t at = g->index[c->site];
    if (!at) {
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
        site_group_t *s = &g->groups[g->count];
        memset(s, 0, sizeof *s);
        const char *f = c->filename ? c->filename : "?";
        if ((s->file = malloc(strlen(f) + 1)) != NULL)
            strcpy(s->file, f);
        s->line = c->line;
        s->site = c->site;
        at = (uint32_t)++g->count;
        g->index[c->site] = at;
    }
    site_group_t *s = &g->groups[at - 1];
    s->closures++;
    s->env_bytes += c->env_bytes;
    s->env_shallow_bytes += c->env_shallow_bytes;
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
    api_json_add_str(so, "qualname", s->gs ? rt_graph_string(g, s->gs->qualname) : NULL);
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
    const rt_graph *graph = NULL;
    if (w->rt && !(graph = rt_inspect_graph(w->rt))) {
        api_problem(res, 500, NULL, NULL, "out of memory while analysing the heap");
        return;
    }
    group_ctx_t g;
    memset(&g, 0, sizeof g);
    g.index = calloc(65536, sizeof *g.index);
    if (!g.index) {
        api_problem(res, 500, NULL, NULL, "out of memory");
        return;
    }
    if (w->rt)
        rt_inspect_closures_brief(w->rt, group_one, &g); /* needs no var details */
    size_t nsuspects = 0;
    for (size_t i = 0; i < g.count; i++) {
        site_group_t *s = &g.groups[i];
        for (uint32_t j = 0; graph && j < rt_graph_site_count(graph) && !s->gs; j++)
            if (rt_graph_site_at(graph, j)->site == s->site)
                s->gs = rt_graph_site_at(graph, j);
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
    for (size_t i = 0; i < g.count; i++)
        free(g.groups[i].file);
    free(g.groups);
    free(g.index);
    if (g.oom) {
        cJSON_Delete(o);
        api_problem(res, 500, NULL, NULL, "out of memory");
        return;
    }
    api_response_set_json(res, 200, o);
}
