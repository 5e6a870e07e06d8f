/* query.h: requests answered on a workload's worker. A route flagged
 * API_ROUTE_WORKER (router.h) needs the workload's heap, so its handler
 * runs on the worker that owns the workload, between two slices; the
 * connection is suspended meanwhile (server.c) and resumed with the answer.
 *
 * An api_query_t carries its own copy of the request (path, body, path
 * parameters, headers and query arguments), so the worker never touches
 * libmicrohttpd's memory and the server may drop the connection at any
 * time. A query that has not started within API_QUERY_TIMEOUT_MS is
 * cancelled and answered 503 with Retry-After (docs/api.md); one that has
 * started always runs to its end (handlers are bounded), and its answer is
 * dropped if the client is gone.
 *
 * Ownership: the hub (api_queries_t, the daemon's) owns the outstanding
 * queries; the server owns its connection and gets the response through
 * the answer callback, once, unless it abandoned the query first. Every
 * function runs on the loop thread except the handler. */
#ifndef CLOSURED_API_QUERY_H
#define CLOSURED_API_QUERY_H

#include <stdint.h>
#include <uv.h>

#include "api/http.h"
#include "api/router.h"

#define API_QUERY_TIMEOUT_MS 5000
#define API_QUERY_RETRY_AFTER_S 1

struct d_host;
typedef struct api_queries api_queries_t;
typedef struct api_query api_query_t;

/* The server's side: res is the answer (moved: the callee takes the body). */
typedef void (*api_query_answer_fn)(void *ctx, api_response_t *res);

/* A new hub on loop posting to host (its timeout timer started), or NULL. */
api_queries_t *api_queries_new(uv_loop_t *loop, struct d_host *host);

/* Cancels what has not started (answered 503) and closes the timer; the
 * hub is freed once every outstanding query has come back, then cb(arg). */
void api_queries_close(api_queries_t *hub, void (*cb)(void *arg), void *arg);

/* Queries outstanding now, started since start, timed out since start. */
uint64_t api_queries_outstanding(const api_queries_t *hub);
uint64_t api_queries_total(const api_queries_t *hub);
uint64_t api_queries_timeouts(const api_queries_t *hub);

/* A query running handler for req (copied: path, body, params, target) on
 * the worker of req->target, or NULL when out of memory. Add the headers
 * and query arguments with api_query_add_value, then api_query_post. */
api_query_t *api_query_new(const api_request_t *req, api_handler_fn handler);

/* Copies one header or query argument. Returns 0 or -1 (out of memory). */
int api_query_add_value(api_query_t *q, api_lookup_kind_t kind, const char *name,
                        const char *value);

/* Posts q; answer(ctx, res) is called once on the loop thread. Returns 0,
 * or -1 (q freed) when the hub or the host is closing: answer 503 then. */
int api_query_post(api_queries_t *hub, api_query_t *q, api_query_answer_fn answer, void *ctx);

/* Frees a query that was never posted. */
void api_query_discard(api_query_t *q);

/* The server no longer wants the answer (the connection is going away). */
void api_query_abandon(api_query_t *q);

#endif
