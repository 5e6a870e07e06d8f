/* v1_heap.c: GET .../heap: heap totals and the live-object histogram by type and by site. */
#include <stdlib.h>
#include <string.h>

#include "api/json.h"
#include "api/problem.h"
#include "api/v1.h"
#include "runtime/rt_inspect.h"

#define SITES_DEFAULT 100
#define SITES_MAX 10000

typedef struct row {
    char *label;
    char *file;
    int line;
    uint64_t bytes, objects;
} row_t;

typedef struct rows {
    row_t *v;
    size_t count, cap;
    bool oom;
} rows_t;

static char *dup_or_null(const char *s)
{
    if (!s)
        return NULL;
    char *p = malloc(strlen(s) + 1);
    if (p)
        strcpy(p, s);
    return p;
}

static int add_row(void *ctx, const rt_inspect_bucket *b)
{
    rows_t *r = ctx;
    if (r->count == r->cap) {
        size_t cap = r->cap ? r->cap * 2 : 32;
        row_t *grown = realloc(r->v, cap * sizeof *grown);
        if (!grown) {
            r->oom = true;
            return 1;
        }
        r->v = grown;
        r->cap = cap;
    }
    r->v[r->count++] =
        (row_t){dup_or_null(b->label), dup_or_null(b->filename), b->line, b->bytes, b->objects};
    return 0;
}

static int by_bytes_desc(const void *a, const void *b)
{
    const row_t *x = a, *y = b;
    if (x->bytes != y->bytes)
        return x->bytes > y->bytes ? -1 : 1;
    return strcmp(x->label ? x->label : "", y->label ? y->label : "");
}

/* Renders rows (sorted, at most max) into an array and frees them. */
static void render_rows(cJSON *arr, rows_t *r, bool sites, size_t max)
{
    if (r->count)
        qsort(r->v, r->count, sizeof *r->v, by_bytes_desc);
    for (size_t i = 0; i < r->count; i++) {
        row_t *row = &r->v[i];
        if (i < max) {
            cJSON *o = cJSON_CreateObject();
            if (sites) {
                api_json_add_str(o, "site", row->label);
                api_json_add_str(o, "file", row->file);
                cJSON_AddNumberToObject(o, "line", row->line);
            } else {
                api_json_add_str(o, "type", row->label);
            }
            api_json_add_u64(o, "bytes", row->bytes);
            api_json_add_u64(o, "objects", row->objects);
            cJSON_AddItemToArray(arr, o);
        }
        free(row->label);
        free(row->file);
    }
    free(r->v);
}

void api_v1_heap_get(const api_request_t *req, api_response_t *res)
{
    d_workload_t *w = api_v1_workload_of(req, res);
    if (!w)
        return;
    const char *limit_s = api_request_query(req, "limit");
    uint64_t limit = SITES_DEFAULT;
    if (limit_s && (api_parse_u64(limit_s, &limit) != 0 || limit < 1 || limit > SITES_MAX)) {
        api_problem(res, 400, NULL, NULL, "limit must be an integer from 1 to %d (got \"%s\")",
                    SITES_MAX, limit_s);
        return;
    }
    rt_inspect_totals t;
    memset(&t, 0, sizeof t);
    rows_t types, sites;
    memset(&types, 0, sizeof types);
    memset(&sites, 0, sizeof sites);
    if (w->rt) {
        rt_inspect_totals_get(w->rt, &t);
        rt_inspect_by_type(w->rt, add_row, &types);
        rt_inspect_by_site(w->rt, add_row, &sites);
    }
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "workload", w->name);
    cJSON *to = cJSON_AddObjectToObject(o, "totals");
    api_json_add_u64(to, "heap_bytes", t.heap_bytes);
    api_json_add_u64(to, "heap_objects", t.heap_objects);
    api_json_add_u64(to, "heap_peak_bytes", t.heap_peak_bytes);
    api_json_add_u64(to, "heap_limit_bytes", t.heap_limit_bytes);
    api_json_add_u64(to, "allocated_bytes_total", t.allocated_bytes_total);
    api_json_add_u64(to, "allocated_objects_total", t.allocated_objects_total);
    api_json_add_u64(to, "freed_bytes_total", t.freed_bytes_total);
    api_json_add_u64(to, "freed_objects_total", t.freed_objects_total);
    api_json_add_u64(to, "closures", t.closures);
    api_json_add_u64(to, "functions", t.functions);
    api_json_add_u64(o, "sites_total", sites.count);
    render_rows(cJSON_AddArrayToObject(o, "by_type"), &types, false, SIZE_MAX);
    render_rows(cJSON_AddArrayToObject(o, "by_site"), &sites, true, (size_t)limit);
    if (types.oom || sites.oom) {
        cJSON_Delete(o);
        api_problem(res, 500, NULL, NULL, "out of memory");
        return;
    }
    api_response_set_json(res, 200, o);
}
