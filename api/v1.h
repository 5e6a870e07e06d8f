/* v1.h: the /api/v1 handlers (v1_*.c) and the JSON shapes they share with
 * the event stream. Handlers read workloads through host/host.h and the
 * runtime only through runtime/rt_inspect.h. Handlers of routes flagged
 * API_ROUTE_WORKER (router.c) run on the workload's worker and may read its
 * runtime and [worker] fields; every other handler runs on the loop thread
 * and reads workloads through their published view only. Every JSON builder returns a
 * new cJSON tree (the caller owns it). Fields are documented in docs/api.md. */
#ifndef CLOSURED_API_V1_H
#define CLOSURED_API_V1_H

#include <cjson/cJSON.h>

#include "api/http.h"
#include "host/host.h"
#include "runtime/rt_inspect.h"

/* The workload named by the {name} path parameter, or NULL after answering
 * 404. In a handler run on the workload's worker (router.h,
 * API_ROUTE_WORKER), the workload the router found. */
d_workload_t *api_v1_workload_of(const api_request_t *req, api_response_t *res);

/* Shapes. A workload from a view: on the loop thread d_workload_view(w), on
 * its worker a view it filled (d_workload_view_fill); detail adds the
 * source (the loop thread's copy: loop thread only). */
cJSON *api_v1_workload_json(const d_workload_t *w, const d_view_t *v, bool detail);
cJSON *api_v1_gc_event_json(const rt_gc_event *ev);

/* Request bodies, parsed and validated apart from their handlers (the fuzz target calls
 * them too). An upload body {name, source or files + main?, tick_ms?, heap_limit_bytes?}:
 * returns the parsed tree, which owns the strings opt points to (the caller deletes it, and
 * disposes fs, which holds an upload's files), or NULL after answering 4xx in res (fs is
 * then empty). */
cJSON *api_v1_upload_parse(const api_request_t *req, api_response_t *res, d_workload_options_t *opt,
                           d_files_t *fs);
/* A collect body {generation?} (empty: the oldest generation): returns 0 with *generation
 * set, or -1 after answering 400 in res. */
int api_v1_collect_parse(const api_request_t *req, api_response_t *res, int *generation);
/* The two as the routes' body checks (router.h): 0, or -1 after answering 400. */
int api_v1_upload_check(const api_request_t *req, api_response_t *res);
int api_v1_collect_check(const api_request_t *req, api_response_t *res);
cJSON *api_v1_sample_json(const d_sample_t *s);

/* v1_status.c */
void api_v1_status_get(const api_request_t *req, api_response_t *res);

/* v1_workloads.c */
void api_v1_workloads_list(const api_request_t *req, api_response_t *res);
void api_v1_workloads_create(const api_request_t *req, api_response_t *res);
void api_v1_workload_get(const api_request_t *req, api_response_t *res);
void api_v1_workload_delete(const api_request_t *req, api_response_t *res);
void api_v1_workload_pause(const api_request_t *req, api_response_t *res);
void api_v1_workload_resume(const api_request_t *req, api_response_t *res);
void api_v1_workload_restart(const api_request_t *req, api_response_t *res);

/* v1_closures.c */
void api_v1_closures_list(const api_request_t *req, api_response_t *res);
void api_v1_closure_get(const api_request_t *req, api_response_t *res);
void api_v1_sites_get(const api_request_t *req, api_response_t *res);

/* v1_heap.c */
void api_v1_heap_get(const api_request_t *req, api_response_t *res);

/* v1_inspect.c: the heap graph's views (why-alive paths, snapshots, the
 * .heapsnapshot export) and the JSON shapes v1_closures.c shares. */
cJSON *api_v1_hints_json(unsigned hints);
cJSON *api_v1_node_json(const rt_graph *g, uint32_t node);
/* {text, length, steps: [{edge, node}]}: the shortest path from the root. */
cJSON *api_v1_path_json(const rt_graph *g, uint32_t node);
/* The workload's heap graph (cached by the runtime), or NULL after answering
 * 500 (out of memory) or 409 (no runtime). */
rt_graph *api_v1_graph_of(d_workload_t *w, api_response_t *res);
void api_v1_object_path_get(const api_request_t *req, api_response_t *res);
void api_v1_dominators_get(const api_request_t *req, api_response_t *res);
void api_v1_snapshots_create(const api_request_t *req, api_response_t *res);
void api_v1_snapshots_list(const api_request_t *req, api_response_t *res);
void api_v1_snapshot_get(const api_request_t *req, api_response_t *res);
void api_v1_snapshot_delete(const api_request_t *req, api_response_t *res);
void api_v1_snapshot_diff(const api_request_t *req, api_response_t *res);
void api_v1_heapsnapshot_get(const api_request_t *req, api_response_t *res);

/* v1_gc.c */
void api_v1_gc_get(const api_request_t *req, api_response_t *res);
void api_v1_gc_events_get(const api_request_t *req, api_response_t *res);
void api_v1_gc_collect(const api_request_t *req, api_response_t *res);

/* v1_output.c: captured output and the per-second series */
void api_v1_output_get(const api_request_t *req, api_response_t *res);
void api_v1_series_get(const api_request_t *req, api_response_t *res);

#endif
