/* v1_status.c: GET /api/v1/status: version, uptime, pid and totals over every workload. */
#include <unistd.h>

#include "api/app.h"
#include "api/events.h"
#include "api/json.h"
#include "api/server.h"
#include "api/v1.h"
#include "host/host.h"
#include "runtime/rt_inspect.h"

void api_v1_status_get(const api_request_t *req, api_response_t *res)
{
    api_app_t *app = api_app_of(req);
    cJSON *o = cJSON_CreateObject();
    double now = d_now_unix();
    cJSON_AddStringToObject(o, "version", rt_version());
    cJSON_AddNumberToObject(o, "pid", (double)getpid());
    cJSON_AddNumberToObject(o, "started", app->started_unix);
    cJSON_AddNumberToObject(o, "uptime_seconds", now - app->started_unix);
    cJSON_AddNumberToObject(o, "time", now);

    uint64_t by_state[4] = {0, 0, 0, 0};
    uint64_t heap = 0, objects = 0, closures = 0, env = 0, env_shallow = 0, instr = 0;
    uint64_t collections = 0, ticks = 0, errors = 0;
    for (d_workload_t *w = d_host_first(app->host); w; w = w->next) {
        const d_view_t *v = d_workload_view(w);
        by_state[v->state & 3]++;
        heap += v->totals.heap_bytes;
        objects += v->totals.heap_objects;
        closures += v->totals.closures;
        env += v->last.env_bytes;
        env_shallow += v->last.env_shallow_bytes;
        instr += v->counters.instructions;
        for (int g = 0; g < RT_GC_GENERATIONS; g++)
            collections += v->counters.gc_collections[g];
        ticks += v->ticks_total;
        errors += v->errors_total;
    }
    cJSON *wl = cJSON_AddObjectToObject(o, "workloads");
    api_json_add_u64(wl, "total", d_host_count(app->host));
    for (int s = D_WL_RUNNING; s <= D_WL_FAILED; s++)
        api_json_add_u64(wl, d_workload_state_name((d_workload_state_t)s), by_state[s]);
    cJSON *t = cJSON_AddObjectToObject(o, "totals");
    api_json_add_u64(t, "heap_bytes", heap);
    api_json_add_u64(t, "heap_objects", objects);
    api_json_add_u64(t, "closures", closures);
    api_json_add_u64(t, "env_bytes", env);
    api_json_add_u64(t, "env_shallow_bytes", env_shallow);
    api_json_add_u64(t, "instructions_total", instr);
    api_json_add_u64(t, "gc_collections_total", collections);
    api_json_add_u64(t, "ticks_total", ticks);
    api_json_add_u64(t, "errors_total", errors);
    cJSON *ev = cJSON_AddObjectToObject(o, "events");
    api_json_add_u64(ev, "clients", api_events_clients(app->events));
    api_json_add_u64(ev, "clients_total", api_events_clients_total(app->events));
    uint64_t requests = 0;
    for (unsigned code = API_SERVER_STATUS_MIN; code <= API_SERVER_STATUS_MAX; code++)
        requests += api_server_requests(app->server, code);
    cJSON *http = cJSON_AddObjectToObject(o, "http");
    api_json_add_u64(http, "requests_total", requests);
    cJSON_AddBoolToObject(http, "token_required", app->token != NULL);
    cJSON_AddBoolToObject(http, "token_required_for_reads", app->token && app->token_for_reads);
    api_response_set_json(res, 200, o);
}
