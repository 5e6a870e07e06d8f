/* published.h: what a workload's worker publishes for the loop thread to
 * read without waiting: d_view_t, every fact /metrics, /api/v1/status, the
 * workload JSON and the event stream's `stats` need, and d_pub_t, the triple
 * buffer that carries it from the one writer (the worker) to the one reader
 * (the loop thread).
 *
 * The worker fills a view at the end of each slice, after each command and
 * at least every D_PUB_PERIOD_MS, then publishes it; the loop thread takes
 * the newest complete view whenever it wants one. Neither side ever waits
 * for the other: the writer always has a buffer of its own to fill (the one
 * the reader holds is never written), and each side swaps buffers with one
 * atomic exchange. A view is a plain value: no pointers, strings truncated
 * to fixed arrays.
 *
 * Ownership: d_pub_t is storage embedded in the workload; it needs no
 * dispose. d_pub_write_begin/end are the worker's only; d_pub_read is the
 * loop thread's only. */
#ifndef CLOSURED_HOST_PUBLISHED_H
#define CLOSURED_HOST_PUBLISHED_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>

#include "host/samples.h"
#include "runtime/rt_inspect.h"

#define D_PUB_PERIOD_MS 100
#define D_VIEW_ERROR_TYPE 64
#define D_VIEW_ERROR_FILE 208 /* a relative file name (files.h) and its NUL */
#define D_VIEW_ERROR_MESSAGE 1024
#define D_VIEW_TRACEBACK 8192 /* longer tracebacks keep their end (the innermost frames) */

/* Upper bounds (seconds) of the collection-pause histogram's buckets. */
#define D_PAUSE_BUCKETS 12
extern const double d_pause_bucket_bounds[D_PAUSE_BUCKETS];

/* The collection-pause histogram (cumulative buckets, as Prometheus wants). */
typedef struct d_pause_hist {
    uint64_t buckets[D_PAUSE_BUCKETS]; /* pauses <= bound (wall clock) */
    uint64_t count;
    uint64_t sum_ns;     /* wall clock (monotonic) */
    uint64_t cpu_sum_ns; /* the same pauses in the collecting thread's CPU time */
} d_pause_hist_t;

/* Counters that survive restarts: the totals of the runtimes thrown away,
 * plus (in d_workload_counters) the current runtime's. */
typedef struct d_workload_counters {
    uint64_t allocated_bytes;
    uint64_t allocated_objects;
    uint64_t refcount_freed_objects;
    uint64_t gc_freed_objects;
    uint64_t instructions;
    uint64_t gc_collections[RT_GC_GENERATIONS];
    uint64_t gc_collected[RT_GC_GENERATIONS];
    uint64_t gc_uncollectable[RT_GC_GENERATIONS];
} d_workload_counters_t;

/* One workload as its worker last saw it. */
typedef struct d_view {
    double published; /* unix seconds when the worker filled it */
    int state;        /* d_workload_state_t */
    bool has_tick;
    bool has_runtime;
    bool syntax_error;
    double started; /* unix seconds of the last (re)start */
    uint64_t ticks_total, errors_total, restarts, slices_total, run_ns_total;
    rt_inspect_totals totals; /* zeros without a runtime */
    rt_inspect_gc gc;
    d_workload_counters_t counters; /* monotonic over restarts */
    d_pause_hist_t pauses;
    d_pause_hist_t pauses_by_gen[RT_GC_GENERATIONS];
    uint64_t gc_lost_events;
    d_sample_t last; /* the newest per-second sample (time 0: none yet) */
    bool analysed;   /* the inspector has a per-site sample of this runtime */
    uint64_t analysed_retained_bytes;
    d_site_sample_t sites;                              /* that sample (when analysed) */
    char site_labels[D_SITE_TRACKED][D_SITE_LABEL_MAX]; /* "FILE:LINE" of sites.sites[i] */
    uint64_t output_lines, output_last_seq;
    uint64_t error_seq; /* changes whenever the error fields do */
    int error_line, error_column;
    char error_type[D_VIEW_ERROR_TYPE];
    char error_file[D_VIEW_ERROR_FILE]; /* "" when unknown */
    char error_message[D_VIEW_ERROR_MESSAGE];
    char traceback[D_VIEW_TRACEBACK];
} d_view_t;

typedef struct d_pub {
    d_view_t buf[3];
    atomic_uint latest; /* index of the newest published buffer, | D_PUB_FRESH when unread */
    unsigned writing;   /* the worker's buffer */
    unsigned reading;   /* the loop thread's buffer */
} d_pub_t;

/* Empty views (state 0), nothing published yet. */
void d_pub_init(d_pub_t *p);

/* The writer's buffer: fill it completely (it may hold any older view),
 * then d_pub_write_end publishes it. */
d_view_t *d_pub_write_begin(d_pub_t *p);
void d_pub_write_end(d_pub_t *p);

/* The newest published view. Borrowed until the reader's next call. */
const d_view_t *d_pub_read(d_pub_t *p);

/* Copies s into a fixed array of cap bytes, NUL-terminated; when it does
 * not fit, keeps its start (keep_end false) or its end (true). s may be NULL. */
void d_view_copy_str(char *dst, size_t cap, const char *s, bool keep_end);

#endif
