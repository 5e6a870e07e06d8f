/* metrics.h: the registry of metric families (one const table: name, type,
 * help, collector) read by the Prometheus writer for GET /metrics.
 *
 * A scrape is O(workloads): per workload it reads the runtime's O(1) totals
 * and collector counters, the host's per-second sample (env bytes) and the
 * pause histogram the host keeps; it never walks a heap. */
#ifndef CLOSURED_API_METRICS_H
#define CLOSURED_API_METRICS_H

#include <stddef.h>

#include "api/app.h"
#include "api/http.h"
#include "api/prom.h"

struct api_scrape;

/* Frees app's cached /metrics text (the daemon calls it when it stops). */
void api_metrics_cache_free(api_app_t *app);

typedef struct api_metric {
    const char *name;
    api_prom_type_t type;
    const char *help;
    int field; /* per-workload families: which value (metrics.c) */
    void (*collect)(api_prom_t *p, const struct api_metric *m, const struct api_scrape *s);
} api_metric_t;

/* Every family, in exposition order. */
extern const api_metric_t api_metrics[];
extern const size_t api_metric_count;
/* The `le` label of each closured_gc_pause_seconds bucket, preformatted:
 * d_pause_bucket_bounds[i] as api_num_double writes it. */
extern const char *const api_metrics_pause_le[];

/* A scrape of app in `format`: the whole answer, as a new reference to the text the app
 * keeps for the next scrape (api_metrics_cache_free), or NULL when out of memory. The
 * families drawn from the published views are written once per change of the views, the
 * process and event-stream families once per /proc sample (a second), the request counts
 * at every scrape; the answer is rewritten in place when no earlier answer is still being
 * sent from it. */
api_shared_t *api_metrics_scrape(api_app_t *app, api_prom_format_t format);

/* GET /metrics: text/plain; version=0.0.4, or OpenMetrics when the Accept header prefers
 * it; the answer is sent from the app's shared text (http.h), not copied. */
void api_metrics_get(const api_request_t *req, api_response_t *res);

#endif
