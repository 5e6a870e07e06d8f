/* router.c: the route table and the matcher that picks a handler, or answers 404/405. */
#include "api/router.h"

#include <string.h>

#include "api/app.h"
#include "api/assets.h"
#include "api/auth.h"
#include "api/events.h"
#include "api/guard.h"
#include "api/health.h"
#include "api/json.h"
#include "api/metrics.h"
#include "api/openapi.h"
#include "api/problem.h"
#include "api/v1.h"

#define MUT API_ROUTE_MUTATING
#define PUB API_ROUTE_PUBLIC
#define WRK API_ROUTE_WORKER
#define WL "/api/v1/workloads/{name}"
#define NONE NULL /* takes no query parameter */
#define ANY "*"
#define EMPTY api_json_body_none /* takes no body, or {} */

/* Every route the daemon serves, documented in docs/api.md and api/openapi.json.
 * Add yours here; keep the assets fallback last. */
const api_route_t api_routes[] = {
    {API_GET, "/healthz", api_health_get, PUB, NONE, NULL},
    {API_GET, "/metrics", api_metrics_get, 0, NONE, NULL},
    {API_GET, "/api/v1/status", api_v1_status_get, 0, NONE, NULL},
    {API_GET, "/api/v1/openapi.json", api_openapi_get, 0, NONE, NULL},
    {API_GET, "/api/v1/events", api_events_get, API_ROUTE_QUERY_TOKEN, "workload", NULL},
    {API_GET, "/api/v1/workloads", api_v1_workloads_list, 0, NONE, NULL},
    {API_POST, "/api/v1/workloads", api_v1_workloads_create, MUT, NONE, api_v1_upload_check},
    {API_GET, WL, api_v1_workload_get, 0, NONE, NULL},
    {API_DELETE, WL, api_v1_workload_delete, MUT, NONE, NULL},
    {API_POST, WL "/pause", api_v1_workload_pause, MUT | WRK, NONE, EMPTY},
    {API_POST, WL "/resume", api_v1_workload_resume, MUT | WRK, NONE, EMPTY},
    {API_POST, WL "/restart", api_v1_workload_restart, MUT | WRK, NONE, EMPTY},
    {API_GET, WL "/closures", api_v1_closures_list, WRK, "sort limit site retained max_age", NULL},
    {API_GET, WL "/closures/{id}", api_v1_closure_get, WRK, NONE, NULL},
    {API_GET, WL "/sites", api_v1_sites_get, WRK, "sort window max_age", NULL},
    {API_GET, WL "/objects/{id}/path", api_v1_object_path_get, WRK, NONE, NULL},
    {API_GET, WL "/dominators", api_v1_dominators_get, WRK, "depth limit min_permille", NULL},
    {API_GET, WL "/heap", api_v1_heap_get, WRK, "limit", NULL},
    {API_GET, WL "/heap.heapsnapshot", api_v1_heapsnapshot_get, WRK, NONE, NULL},
    {API_POST, WL "/snapshots", api_v1_snapshots_create, MUT | WRK, NONE, EMPTY},
    {API_GET, WL "/snapshots", api_v1_snapshots_list, WRK, NONE, NULL},
    {API_GET, WL "/snapshots/{id}", api_v1_snapshot_get, WRK, NONE, NULL},
    {API_DELETE, WL "/snapshots/{id}", api_v1_snapshot_delete, MUT | WRK, NONE, NULL},
    {API_GET, WL "/snapshots/{a}/diff", api_v1_snapshot_diff, WRK, "against limit", NULL},
    {API_GET, WL "/snapshots/{a}/diff/{b}", api_v1_snapshot_diff, WRK, "limit", NULL},
    {API_GET, WL "/gc", api_v1_gc_get, WRK, NONE, NULL},
    {API_POST, WL "/gc", api_v1_gc_collect, MUT | WRK, NONE, api_v1_collect_check},
    {API_GET, WL "/gc/events", api_v1_gc_events_get, WRK, "since", NULL},
    {API_GET, WL "/output", api_v1_output_get, WRK, "since", NULL},
    {API_GET, WL "/series", api_v1_series_get, WRK, NONE, NULL},
    {API_GET, "/", api_assets_get, PUB, ANY, NULL},
    {API_GET, "/{file...}", api_assets_get, API_ROUTE_FALLBACK | PUB, ANY, NULL},
};
const size_t api_route_count = sizeof api_routes / sizeof api_routes[0];

/* Runs the handler here, or, for a route that needs the workload's heap,
 * finds the workload (404 here) and leaves the handler to its worker. */
static void run(const api_route_t *r, api_request_t *req, api_response_t *res)
{
    if (!(r->flags & API_ROUTE_WORKER)) {
        r->handler(req, res);
        return;
    }
    req->target = api_v1_workload_of(req, res);
    if (req->target)
        res->defer = r->handler;
}

/* Captures [start, start+len) as parameter `name` (name ends at '}' or "...}"). */
static int capture(api_request_t *req, const char *name, size_t name_len, const char *start,
                   size_t len)
{
    if (req->param_count >= API_MAX_PARAMS || len >= API_PARAM_MAX)
        return 0;
    api_param_t *p = &req->params[req->param_count++];
    if (name_len >= sizeof p->name)
        name_len = sizeof p->name - 1;
    memcpy(p->name, name, name_len);
    p->name[name_len] = '\0';
    memcpy(p->value, start, len);
    p->value[len] = '\0';
    return 1;
}

int api_route_match(const char *pattern, const char *path, api_request_t *req)
{
    const char *pp = pattern, *sp = path;
    req->param_count = 0;
    while (*pp && *sp) {
        if (*pp == '{') {
            const char *close = strchr(pp, '}');
            if (!close)
                return 0;
            const char *name = pp + 1;
            size_t name_len = (size_t)(close - name);
            int rest = name_len > 3 && memcmp(close - 3, "...", 3) == 0;
            size_t len = rest ? strlen(sp) : strcspn(sp, "/");
            if (len == 0 || !capture(req, name, rest ? name_len - 3 : name_len, sp, len))
                return 0;
            sp += len;
            pp = close + 1;
            continue;
        }
        if (*pp != *sp)
            return 0;
        pp++;
        sp++;
    }
    return *pp == '\0' && *sp == '\0';
}

/* The first query parameter name that `accepted` (space-separated) lacks. */
typedef struct query_check {
    const char *accepted;
    int token_ok;
    const char *unknown;
} query_check_t;

static int check_one(void *ctx, const char *name)
{
    query_check_t *q = ctx;
    if (q->token_ok && strcmp(name, "token") == 0)
        return 0;
    size_t n = strlen(name);
    for (const char *a = q->accepted; a && *a;) {
        size_t len = strcspn(a, " ");
        if (len == n && memcmp(a, name, n) == 0)
            return 0;
        a += len + (a[len] == ' ');
    }
    q->unknown = name;
    return 1;
}

/* Runs the route's handler once the request passes its checks, in the order
 * a client fixes them: the token, the query parameters, a mutation's content
 * type, then the body. */
static void run_route(const api_route_t *r, api_request_t *req, api_response_t *res)
{
    req->route_flags = r->flags;
    if (!api_auth_check(req, res))
        return;
    if (!r->query || strcmp(r->query, "*") != 0) {
        query_check_t q = {r->query, (r->flags & API_ROUTE_QUERY_TOKEN) != 0, NULL};
        if (api_request_query_each(req, check_one, &q)) {
            if (r->query || q.token_ok)
                api_problem(res, 400, NULL, NULL,
                            "unknown query parameter \"%.64s\"; %s takes: %s%s", q.unknown,
                            req->path, r->query ? r->query : "", q.token_ok ? " token" : "");
            else
                api_problem(res, 400, NULL, NULL,
                            "unknown query parameter \"%.64s\"; %s takes none", q.unknown,
                            req->path);
            return;
        }
    }
    if ((r->flags & API_ROUTE_MUTATING) && !api_guard_mutation(req, res))
        return;
    if (r->body && r->body(req, res) != 0)
        return;
    run(r, req, res);
}

void api_router_dispatch(api_request_t *req, api_response_t *res)
{
    const api_app_t *app = api_app_of(req);
    if (!api_guard_request(app ? &app->guard : NULL, req, res))
        return;
    unsigned want = req->method == API_HEAD ? API_GET : (unsigned)req->method;
    unsigned allowed = 0;
    const api_route_t *fallback = NULL;

    for (size_t i = 0; i < api_route_count; i++) {
        const api_route_t *r = &api_routes[i];
        if (r->flags & API_ROUTE_FALLBACK) {
            if (!fallback && (r->methods & want) && api_route_match(r->pattern, req->path, req))
                fallback = r;
            continue;
        }
        if (!api_route_match(r->pattern, req->path, req))
            continue;
        if (r->methods & want) {
            run_route(r, req, res);
            return;
        }
        allowed |= r->methods;
    }

    if (allowed) {
        char allow[96];
        if (allowed & API_GET)
            allowed |= API_HEAD;
        api_method_list(allowed, allow, sizeof allow);
        api_problem(res, 405, NULL, NULL, "%s does not accept this method; use %s", req->path,
                    allow);
        api_response_add_header(res, "Allow", allow);
        return;
    }
    if (fallback) {
        /* Re-match: the loop may have overwritten the captured parameters. */
        api_route_match(fallback->pattern, req->path, req);
        run_route(fallback, req, res);
        return;
    }
    api_problem(res, 404, NULL, NULL, "no resource at %s; the API lives under /api/v1", req->path);
}
