/* v1_closures.c: live closures of a workload (definition site, captured variables, env bytes)
 * and their grouping by definition site. O(live closures) per request. */
#include <stdlib.h>
#include <string.h>

#include "api/json.h"
#include "api/problem.h"
#include "api/v1.h"
#include "runtime/rt_inspect.h"

#define LIMIT_DEFAULT 100
#define LIMIT_MAX 10000

typedef enum sort_key { SORT_ENV, SORT_ENV_SHALLOW, SORT_AGE } sort_key_t;

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

static cJSON *closure_json(const rt_inspect_closure *c)
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
        cJSON_AddItemToArray(vars, vo);
    }
    return o;
}

/* ---- the list: pass 1 ranks compact keys, pass 2 renders the chosen ones ---- */

typedef struct ckey {
    uint64_t id;
    uint64_t key;
    size_t rank;
} ckey_t;

typedef struct rank_ctx {
    ckey_t *keys;
    size_t count, cap;
    sort_key_t sort;
    const site_filter_t *site;
    bool oom;
    cJSON **slots; /* pass 2: rendered closures by rank */
    size_t chosen;
} rank_ctx_t;

static int collect_key(void *p, const rt_inspect_closure *c)
{
    rank_ctx_t *r = p;
    if (!site_matches(r->site, c))
        return 0;
    if (r->count == r->cap) {
        size_t cap = r->cap ? r->cap * 2 : 256;
        ckey_t *grown = realloc(r->keys, cap * sizeof *grown);
        if (!grown) {
            r->oom = true;
            return 1;
        }
        r->keys = grown;
        r->cap = cap;
    }
    uint64_t k = r->sort == SORT_ENV ? c->env_bytes
                 : r->sort == SORT_ENV_SHALLOW ? c->env_shallow_bytes
                                               : c->age_seq;
    r->keys[r->count++] = (ckey_t){c->id, k, 0};
    return 0;
}

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

static int render_chosen(void *p, const rt_inspect_closure *c)
{
    rank_ctx_t *r = p;
    ckey_t probe = {c->id, 0, 0};
    const ckey_t *hit = bsearch(&probe, r->keys, r->chosen, sizeof *r->keys, by_id);
    if (hit && !r->slots[hit->rank])
        r->slots[hit->rank] = closure_json(c);
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
    rank_ctx_t r;
    memset(&r, 0, sizeof r);
    if (!sort || strcmp(sort, "env_bytes") == 0) {
        r.sort = SORT_ENV;
        sort = "env_bytes";
    } else if (strcmp(sort, "env_shallow_bytes") == 0) {
        r.sort = SORT_ENV_SHALLOW;
    } else if (strcmp(sort, "age") == 0) {
        r.sort = SORT_AGE;
    } else {
        api_problem(res, 400, NULL, NULL,
                    "sort must be env_bytes, env_shallow_bytes or age (got \"%s\")", sort);
        return;
    }
    uint64_t limit = LIMIT_DEFAULT;
    if (limit_s && (api_parse_u64(limit_s, &limit) != 0 || limit < 1 || limit > LIMIT_MAX)) {
        api_problem(res, 400, NULL, NULL, "limit must be an integer from 1 to %d (got \"%s\")",
                    LIMIT_MAX, limit_s);
        return;
    }
    site_filter_t site;
    if (parse_site(site_s, &site) != 0) {
        api_problem(res, 400, NULL, NULL, "site must be FILE:LINE, e.g. leaky_handlers.py:8 "
                    "(got \"%s\")", site_s);
        return;
    }
    r.site = &site;
    if (w->rt)
        rt_inspect_closures(w->rt, collect_key, &r);
    if (r.oom) {
        free(r.keys);
        api_problem(res, 500, NULL, NULL, "out of memory");
        return;
    }
    if (r.count)
        qsort(r.keys, r.count, sizeof *r.keys, r.sort == SORT_AGE ? by_key_asc : by_key_desc);
    r.chosen = r.count < limit ? r.count : (size_t)limit;
    for (size_t i = 0; i < r.chosen; i++)
        r.keys[i].rank = i;
    if (r.chosen)
        qsort(r.keys, r.chosen, sizeof *r.keys, by_id);
    r.slots = calloc(r.chosen ? r.chosen : 1, sizeof *r.slots);
    if (r.chosen && r.slots && w->rt)
        rt_inspect_closures(w->rt, render_chosen, &r);

    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "workload", w->name);
    cJSON_AddStringToObject(o, "sort", sort);
    api_json_add_u64(o, "limit", limit);
    if (site.on)
        cJSON_AddStringToObject(o, "site", site_s);
    api_json_add_u64(o, "total", r.count);
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

static int render_one(void *p, const rt_inspect_closure *c)
{
    *(cJSON **)p = closure_json(c);
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
    cJSON *o = NULL;
    if (!w->rt || rt_inspect_closure_get(w->rt, id, render_one, &o) != 0 || !o) {
        cJSON_Delete(o);
        api_problem(res, 404, NULL, NULL,
                    "no live closure with id %s in workload \"%s\" (it may have been freed)",
                    id_s, w->name);
        return;
    }
    cJSON_AddStringToObject(o, "workload", w->name);
    api_response_set_json(res, 200, o);
}

/* ---- grouped by definition site ---- */

typedef struct site_group {
    char *file;
    int line;
    unsigned site;
    uint64_t closures, env_bytes, env_shallow_bytes;
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

static int by_env_desc(const void *a, const void *b)
{
    const site_group_t *x = a, *y = b;
    if (x->env_bytes != y->env_bytes)
        return x->env_bytes > y->env_bytes ? -1 : 1;
    if (x->closures != y->closures)
        return x->closures > y->closures ? -1 : 1;
    return (int)x->site - (int)y->site;
}

void api_v1_sites_get(const api_request_t *req, api_response_t *res)
{
    d_workload_t *w = api_v1_workload_of(req, res);
    if (!w)
        return;
    group_ctx_t g;
    memset(&g, 0, sizeof g);
    g.index = calloc(65536, sizeof *g.index);
    if (!g.index) {
        api_problem(res, 500, NULL, NULL, "out of memory");
        return;
    }
    if (w->rt)
        rt_inspect_closures(w->rt, group_one, &g);
    if (g.count)
        qsort(g.groups, g.count, sizeof *g.groups, by_env_desc);
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "workload", w->name);
    cJSON *arr = cJSON_AddArrayToObject(o, "sites");
    uint64_t total = 0;
    for (size_t i = 0; i < g.count; i++) {
        site_group_t *s = &g.groups[i];
        char label[300];
        snprintf(label, sizeof label, "%s:%d", s->file ? s->file : "?", s->line);
        cJSON *so = cJSON_CreateObject();
        cJSON_AddStringToObject(so, "site", label);
        api_json_add_str(so, "file", s->file);
        cJSON_AddNumberToObject(so, "line", s->line);
        cJSON_AddNumberToObject(so, "site_id", s->site);
        api_json_add_u64(so, "closures", s->closures);
        api_json_add_u64(so, "env_bytes", s->env_bytes);
        api_json_add_u64(so, "env_shallow_bytes", s->env_shallow_bytes);
        cJSON_AddItemToArray(arr, so);
        total += s->closures;
        free(s->file);
    }
    api_json_add_u64(o, "closures", total);
    free(g.groups);
    free(g.index);
    if (g.oom) {
        cJSON_Delete(o);
        api_problem(res, 500, NULL, NULL, "out of memory");
        return;
    }
    api_response_set_json(res, 200, o);
}
