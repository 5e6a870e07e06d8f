/* app.h: api_app_t, what the HTTP layer serves: the workload host, the event
 * stream, the auth settings and the request counters. The daemon owns it
 * and hands it to the server as req->app; handlers reach everything through
 * it (no global state).
 *
 * Ownership: every pointer is borrowed from the daemon and outlives the
 * server. token is NULL when no --token-file is configured. */
#ifndef CLOSURED_API_APP_H
#define CLOSURED_API_APP_H

#include <stdbool.h>
#include <stdint.h>

#include "api/guard.h"
#include "api/http.h"

struct api_events;
struct api_queries;
struct api_server;
struct d_host;

/* The process facts behind the process_* metrics, sampled from /proc at
 * most once a second (metrics.c): reading /proc on every scrape was most of
 * what /metrics cost. */
typedef struct api_proc_sample {
    double cpu_seconds, start_time;
    uint64_t vsize, rss_bytes, fds;
    uint64_t max_fds; /* RLIMIT_NOFILE's soft limit; 0: unknown */
    int ok;
    int64_t at_ms; /* CLOCK_MONOTONIC of the sample; 0 = none yet */
} api_proc_sample_t;

typedef struct api_app {
    struct d_host *host;
    struct api_events *events;
    struct api_queries *queries; /* handlers run on workers (query.h) */
    struct api_server *server;
    const char *token;      /* bearer token for mutating routes; NULL: open */
    bool token_for_reads;   /* the token is needed for reads too */
    api_guard_t guard;      /* Host / Origin rules (guard.h); port set once bound */
    double started_unix;    /* process start (wall clock) */
    api_proc_sample_t proc; /* metrics.c's once-a-second /proc sample */
    /* metrics.c's text of the families drawn from the published views, kept while
     * no view changes (NULL until the first scrape; api_metrics_cache_free) */
    struct api_metrics_cache *metrics_cache;
} api_app_t;

/* The app of a request (NULL in unit tests that set none). */
static inline api_app_t *api_app_of(const api_request_t *req)
{
    return (api_app_t *)req->app;
}

#endif
