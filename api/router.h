/* router.h: the const route table (method, path pattern, handler, flags) and dispatch with 404/405.
 */
#ifndef CLOSURED_API_ROUTER_H
#define CLOSURED_API_ROUTER_H

#include "api/http.h"

/* A handler fills res from req. It must leave res a complete response (use
 * api_problem for errors); res is disposed by the caller. */
typedef void (*api_handler_fn)(const api_request_t *req, api_response_t *res);

/* A route's body check: validates the request body before the handler runs (and before a
 * worker is asked), so a bad body gets its 400 from the loop thread at once. Returns 0, or
 * -1 after answering 400 (413 for an upload past host/files.h's limits) in res. It needs no
 * server, workload or daemon: the request fuzz
 * target (tests/fuzz/fuzz_request.c) runs every route's check on arbitrary bytes. */
typedef int (*api_body_fn)(const api_request_t *req, api_response_t *res);

enum api_route_flags {
    API_ROUTE_MUTATING = 1u << 0, /* changes state: needs Content-Type: application/json, and
                                     the bearer token when one is set */
    API_ROUTE_FALLBACK = 1u << 1, /* tried only when no other pattern matches the path; never 405 */
    API_ROUTE_PUBLIC = 1u << 2,   /* never needs the token (liveness, the dashboard's files) */
    API_ROUTE_QUERY_TOKEN = 1u << 3, /* a read that also takes the token as ?token= (EventSource
                                        cannot send headers) */
    API_ROUTE_WORKER = 1u << 4,      /* needs the workload's heap: the {name} workload is found
                                        here (404 otherwise), the handler runs on its worker
                                        (query.h) */
};

/* Patterns: literal segments, "{name}" captures one segment, and a final
 * "{name...}" captures the rest of the path (at least one character).
 * A route for GET also answers HEAD. `query` lists the query parameters the
 * handler reads, space-separated ("sort limit"); NULL: none; "*": any (the
 * dashboard's files). Any other parameter is a 400 naming it, as unknown
 * body fields are (`token` is implied by API_ROUTE_QUERY_TOKEN). `body` checks the request
 * body; every POST route has one (api_json_body_none for those that take no fields); NULL
 * for the others, whose bodies are not read. */
typedef struct api_route {
    unsigned methods;
    const char *pattern;
    api_handler_fn handler;
    unsigned flags;
    const char *query;
    api_body_fn body;
} api_route_t;

/* The route table, in match order, and its length. */
extern const api_route_t api_routes[];
extern const size_t api_route_count;

/* Matches a path against one pattern, filling req->params. Returns 1 or 0. */
int api_route_match(const char *pattern, const char *path, api_request_t *req);

/* Routes req (method, path set; params filled here) through the table and
 * runs the handler, or answers 400/421/403 (Host or Origin refused; guard.h),
 * 404 (no pattern matches the path), 405 with an Allow header (the path
 * matches, the method does not), 401 (the route needs the bearer token;
 * auth.h), 400 (a query parameter the route does not take), 415 (a mutation without
 * Content-Type: application/json) or 400 (the route's body check refused the body). */
void api_router_dispatch(api_request_t *req, api_response_t *res);

#endif
