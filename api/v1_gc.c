/* v1_gc.c: the collector of a workload: totals per generation, the event log, collect now. */
#include <string.h>

#include "api/json.h"
#include "api/problem.h"
#include "api/v1.h"
#include "runtime/rt_inspect.h"

#define EVENTS_MAX 1024

cJSON *api_v1_gc_event_json(const rt_gc_event *ev)
{
    cJSON *o = cJSON_CreateObject();
    api_json_add_u64(o, "seq", ev->seq);
    cJSON_AddNumberToObject(o, "time", ev->time_unix);
    cJSON_AddNumberToObject(o, "generation", ev->generation);
    api_json_add_u64(o, "examined", ev->examined);
    api_json_add_u64(o, "collected", ev->collected);
    api_json_add_u64(o, "uncollectable", ev->uncollectable);
    cJSON_AddNumberToObject(o, "pause_seconds", (double)ev->pause_ns / 1e9);
    cJSON_AddNumberToObject(o, "pause_cpu_seconds", (double)ev->pause_cpu_ns / 1e9);
    api_json_add_u64(o, "heap_bytes_before", ev->heap_bytes_before);
    api_json_add_u64(o, "heap_bytes_after", ev->heap_bytes_after);
    cJSON_AddBoolToObject(o, "manual", ev->manual);
    return o;
}

static cJSON *gc_json(d_workload_t *w)
{
    rt_inspect_gc g;
    rt_inspect_totals t;
    memset(&g, 0, sizeof g);
    memset(&t, 0, sizeof t);
    if (w->rt) {
        rt_inspect_gc_get(w->rt, &g);
        rt_inspect_totals_get(w->rt, &t);
    }
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "workload", w->name);
    cJSON_AddBoolToObject(o, "enabled", g.enabled);
    cJSON *thr = cJSON_AddArrayToObject(o, "thresholds");
    cJSON *cnt = cJSON_AddArrayToObject(o, "counts");
    cJSON *gens = cJSON_AddArrayToObject(o, "generations");
    for (int i = 0; i < RT_GC_GENERATIONS; i++) {
        const rt_inspect_gen *gen = &g.gen[i];
        cJSON_AddItemToArray(thr, cJSON_CreateNumber(gen->threshold));
        cJSON_AddItemToArray(cnt, cJSON_CreateNumber(gen->count));
        cJSON *go = cJSON_CreateObject();
        cJSON_AddNumberToObject(go, "generation", i);
        cJSON_AddNumberToObject(go, "threshold", gen->threshold);
        cJSON_AddNumberToObject(go, "count", gen->count);
        api_json_add_u64(go, "collections", gen->collections);
        api_json_add_u64(go, "collected", gen->collected);
        api_json_add_u64(go, "uncollectable", gen->uncollectable);
        cJSON_AddNumberToObject(go, "pause_seconds_total", (double)gen->pause_ns_total / 1e9);
        cJSON_AddNumberToObject(go, "pause_seconds_max", (double)gen->pause_ns_max / 1e9);
        cJSON_AddNumberToObject(go, "pause_cpu_seconds_total",
                                (double)gen->pause_cpu_ns_total / 1e9);
        cJSON_AddItemToArray(gens, go);
    }
    api_json_add_u64(o, "frozen", g.frozen);
    api_json_add_u64(o, "events_total", g.events_total);
    cJSON *freed = cJSON_AddObjectToObject(o, "freed");
    api_json_add_u64(freed, "refcount_objects", t.refcount_freed_objects_total);
    api_json_add_u64(freed, "refcount_bytes", t.refcount_freed_bytes_total);
    api_json_add_u64(freed, "collector_objects", t.gc_freed_objects_total);
    api_json_add_u64(freed, "collector_bytes", t.gc_freed_bytes_total);
    cJSON *h = cJSON_AddObjectToObject(o, "pause_histogram");
    api_json_add_u64(h, "count", w->pauses.count);
    cJSON_AddNumberToObject(h, "sum_seconds", (double)w->pauses.sum_ns / 1e9);
    cJSON_AddNumberToObject(h, "cpu_sum_seconds", (double)w->pauses.cpu_sum_ns / 1e9);
    cJSON *b = cJSON_AddArrayToObject(h, "buckets");
    for (size_t i = 0; i < D_PAUSE_BUCKETS; i++) {
        cJSON *bo = cJSON_CreateObject();
        cJSON_AddNumberToObject(bo, "le", d_pause_bucket_bounds[i]);
        api_json_add_u64(bo, "count", w->pauses.buckets[i]);
        cJSON_AddItemToArray(b, bo);
    }
    return o;
}

void api_v1_gc_get(const api_request_t *req, api_response_t *res)
{
    d_workload_t *w = api_v1_workload_of(req, res);
    if (w)
        api_response_set_json(res, 200, gc_json(w));
}

void api_v1_gc_events_get(const api_request_t *req, api_response_t *res)
{
    d_workload_t *w = api_v1_workload_of(req, res);
    if (!w)
        return;
    const char *since_s = api_request_query(req, "since");
    uint64_t since = 0;
    if (since_s && api_parse_u64(since_s, &since) != 0) {
        api_problem(res, 400, NULL, NULL,
                    "since must be a non-negative integer event sequence number (got \"%s\")",
                    since_s);
        return;
    }
    static rt_gc_event evs[EVENTS_MAX]; /* the loop is the only caller; too big for the stack */
    size_t n = w->rt ? rt_inspect_gc_events(w->rt, since, evs, EVENTS_MAX) : 0;
    rt_inspect_gc g;
    memset(&g, 0, sizeof g);
    if (w->rt)
        rt_inspect_gc_get(w->rt, &g);
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "workload", w->name);
    api_json_add_u64(o, "since", since);
    api_json_add_u64(o, "last_seq", g.events_total);
    /* The ring keeps the newest RT_GC_EVENT_RING events: those after `since`
     * that it no longer holds are said to be dropped, never silently
     * skipped. first_seq is the first event of this answer (last_seq + 1
     * when there is none). */
    uint64_t first = n ? evs[0].seq : g.events_total + 1;
    api_json_add_u64(o, "first_seq", first);
    api_json_add_u64(o, "dropped", first > since + 1 ? first - since - 1 : 0);
    cJSON *arr = cJSON_AddArrayToObject(o, "events");
    for (size_t i = 0; i < n; i++)
        cJSON_AddItemToArray(arr, api_v1_gc_event_json(&evs[i]));
    api_json_add_u64(o, "count", n);
    api_response_set_json(res, 200, o);
}

int api_v1_collect_parse(const api_request_t *req, api_response_t *res, int *generation)
{
    cJSON *body = api_json_body(req, res, true);
    if (!body)
        return -1;
    *generation = RT_GC_GENERATIONS - 1;
    const cJSON *item;
    cJSON_ArrayForEach(item, body)
    {
        if (strcmp(item->string, "generation") != 0) {
            api_problem(res, 400, NULL, NULL, "unknown field \"%s\"; the body is {generation?}",
                        item->string);
            cJSON_Delete(body);
            return -1;
        }
    }
    const cJSON *gen = cJSON_GetObjectItemCaseSensitive(body, "generation");
    if (gen) {
        if (!api_json_is_int(gen, 0, RT_GC_GENERATIONS - 1)) {
            api_problem(res, 400, NULL, NULL, "\"generation\" must be an integer from 0 to %d",
                        RT_GC_GENERATIONS - 1);
            cJSON_Delete(body);
            return -1;
        }
        *generation = (int)gen->valuedouble;
    }
    cJSON_Delete(body);
    return 0;
}

int api_v1_collect_check(const api_request_t *req, api_response_t *res)
{
    int generation;
    return api_v1_collect_parse(req, res, &generation);
}

void api_v1_gc_collect(const api_request_t *req, api_response_t *res)
{
    d_workload_t *w = api_v1_workload_of(req, res);
    if (!w)
        return;
    int generation;
    if (api_v1_collect_parse(req, res, &generation) != 0)
        return;
    rt_gc_event ev;
    memset(&ev, 0, sizeof ev);
    if (d_workload_collect(w, generation, &ev) != 0) {
        api_problem(res, 409, NULL, NULL, "workload \"%s\" cannot collect now", w->name);
        return;
    }
    cJSON *o = api_v1_gc_event_json(&ev);
    cJSON_AddStringToObject(o, "workload", w->name);
    cJSON_AddItemToObject(o, "gc", gc_json(w));
    api_response_set_json(res, 200, o);
}
