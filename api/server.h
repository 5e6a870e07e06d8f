/* server.h: the HTTP server: libmicrohttpd in external-loop mode on a libuv loop. */
#ifndef CLOSURED_API_SERVER_H
#define CLOSURED_API_SERVER_H

#include <stddef.h>
#include <stdint.h>
#include <uv.h>

#include "daemon/log.h"

typedef struct api_server api_server_t;

#define API_SERVER_MAX_BODY (1u << 20)   /* larger request bodies get 413 */
#define API_SERVER_DRAIN_MAX (16u << 20) /* a larger Content-Length gets 413 before the body */
#define API_SERVER_DRAIN_MS 1500         /* in-flight answers get this long at stop */
#define API_SERVER_IDLE_TIMEOUT_S 1      /* a request silent this long (seconds) is closed */
#define API_SERVER_KEEPALIVE_S 10        /* a kept-alive connection waits this long for the next */
#define API_SERVER_STREAM_TIMEOUT_S 60   /* the same for a streamed response (event stream) */
#define API_SERVER_CONN_MEMORY (16u << 10) /* MHD's per-connection pool (see server.c) */
#define API_SERVER_STATUS_MIN 100
#define API_SERVER_STATUS_MAX 599

/* Binds host:port (port 0: any free port), starts serving on loop and stores
 * the server in *out. At most max_connections are open at once (more are
 * refused at accept). Requests are routed through api/router.h with req->app
 * = app. log and app are borrowed and must outlive the server.
 * Returns 0, or -1 after writing what to fix into err (nothing to close then). */
int api_server_new(uv_loop_t *loop, const char *host, int port, unsigned max_connections, void *app,
                   const d_log_t *log, api_server_t **out, char *err, size_t errlen);

/* The port actually bound. */
int api_server_port(const api_server_t *s);

/* The answers sent by status code: counts[status - API_SERVER_STATUS_MIN] for
 * every status of the range, or NULL without a server. *statuses gets the codes answered
 * at least once, in increasing order, and *n their number (a scrape writes only those). */
const uint64_t *api_server_request_counts(const api_server_t *s, const uint16_t **statuses,
                                          size_t *n);

/* Requests answered with this status since start (0 for s NULL). */
uint64_t api_server_requests(const api_server_t *s, unsigned status);

/* Graceful stop: stops accepting now, lets in-flight requests finish (at most
 * API_SERVER_DRAIN_MS), closes connections and every uv handle, frees the
 * server, then calls on_closed(arg). Calling it again does nothing. */
void api_server_close(api_server_t *s, void (*on_closed)(void *arg), void *arg);

#endif
