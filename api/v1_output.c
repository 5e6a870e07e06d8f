/* v1_output.c: a workload's recorded streams: captured print() lines and per-second samples. */
#include <string.h>

#include "api/json.h"
#include "api/problem.h"
#include "api/v1.h"

#define LINES_MAX D_OUTPUT_MAX_LINES

void api_v1_output_get(const api_request_t *req, api_response_t *res)
{
    d_workload_t *w = api_v1_workload_of(req, res);
    if (!w)
        return;
    const char *since_s = api_request_query(req, "since");
    uint64_t since = 0;
    if (since_s && api_parse_u64(since_s, &since) != 0) {
        api_problem(res, 400, NULL, NULL,
                    "since must be a non-negative integer line sequence number (got \"%s\")",
                    since_s);
        return;
    }
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "workload", w->name);
    api_json_add_u64(o, "since", since);
    api_json_add_u64(o, "first_seq", w->line_count ? d_workload_line(w, 0)->seq : w->next_seq);
    api_json_add_u64(o, "last_seq", w->next_seq - 1);
    cJSON *arr = cJSON_AddArrayToObject(o, "lines");
    size_t n = 0;
    for (size_t i = 0; i < w->line_count && n < LINES_MAX; i++) {
        const d_output_line_t *l = d_workload_line(w, i);
        if (l->seq <= since)
            continue;
        cJSON *lo = cJSON_CreateObject();
        api_json_add_u64(lo, "seq", l->seq);
        cJSON_AddNumberToObject(lo, "time", l->time);
        cJSON_AddStringToObject(lo, "text", l->text);
        cJSON_AddItemToArray(arr, lo);
        n++;
    }
    api_json_add_u64(o, "count", n);
    api_response_set_json(res, 200, o);
}

cJSON *api_v1_sample_json(const d_sample_t *s)
{
    cJSON *o = cJSON_CreateObject();
    cJSON_AddNumberToObject(o, "time", s->time);
    api_json_add_u64(o, "heap_bytes", s->heap_bytes);
    api_json_add_u64(o, "heap_objects", s->heap_objects);
    api_json_add_u64(o, "closures", s->closures);
    api_json_add_u64(o, "env_bytes", s->env_bytes);
    api_json_add_u64(o, "env_shallow_bytes", s->env_shallow_bytes);
    cJSON *c = cJSON_AddArrayToObject(o, "collections");
    cJSON *ct = cJSON_AddArrayToObject(o, "collections_total");
    for (int g = 0; g < D_SERIES_GENERATIONS; g++) {
        cJSON_AddItemToArray(c, cJSON_CreateNumber((double)s->collections[g]));
        cJSON_AddItemToArray(ct, cJSON_CreateNumber((double)s->collections_total[g]));
    }
    cJSON_AddNumberToObject(o, "max_pause_seconds", (double)s->max_pause_ns / 1e9);
    api_json_add_u64(o, "instructions_total", s->instructions_total);
    api_json_add_u64(o, "ticks_total", s->ticks_total);
    return o;
}

void api_v1_series_get(const api_request_t *req, api_response_t *res)
{
    d_workload_t *w = api_v1_workload_of(req, res);
    if (!w)
        return;
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "workload", w->name);
    cJSON_AddNumberToObject(o, "interval_seconds", 1);
    cJSON_AddNumberToObject(o, "capacity", D_SERIES_CAPACITY);
    cJSON *arr = cJSON_AddArrayToObject(o, "samples");
    for (size_t i = 0; i < w->series.count; i++)
        cJSON_AddItemToArray(arr, api_v1_sample_json(d_series_at(&w->series, i)));
    api_json_add_u64(o, "count", w->series.count);
    api_response_set_json(res, 200, o);
}
