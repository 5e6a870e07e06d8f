/* samples.h: a per-workload ring of per-second samples (the last 10 minutes)
 * for the dashboard's charts, the event stream and the O(1) metrics, and a
 * slower ring of per-site samples (every few seconds) for growth rates and
 * leak suspects.
 *
 * Ownership: a d_series_t is caller-owned storage (embedded in the
 * workload); it holds no pointers and needs no dispose. Samples are copied
 * in and handed out as borrowed pointers valid until the next push. */
#ifndef CLOSURED_HOST_SAMPLES_H
#define CLOSURED_HOST_SAMPLES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define D_SERIES_CAPACITY 600 /* 10 minutes at one sample per second */
#define D_SERIES_GENERATIONS 3

/* One sample: gauges at the sampling instant, and what happened since the
 * previous sample (collections, the longest pause). */
typedef struct d_sample {
    double time; /* unix seconds */
    uint64_t heap_bytes;
    uint64_t heap_objects;
    uint64_t closures;                                /* live closures */
    uint64_t env_bytes;                               /* sum over live closures (seed's measure) */
    uint64_t env_shallow_bytes;                       /* cells + their contents' shallow sizes */
    uint64_t collections_total[D_SERIES_GENERATIONS]; /* cumulative */
    uint64_t collections[D_SERIES_GENERATIONS];       /* in this interval */
    uint64_t max_pause_ns; /* longest collection pause in this interval */
    uint64_t instructions_total;
    uint64_t ticks_total;
} d_sample_t;

/* ---- per-site samples (closures by definition site) ---------------------------
 * Taken by the host's inspector every few seconds (D_HOST_INSPECT_PERIOD_MS
 * or more for big heaps): at most D_SITE_TRACKED sites per sample (the
 * biggest by retained bytes, then by live closures). Site ids are the
 * runtime's and mean nothing across restarts, so every sample carries the
 * workload's restart count. */
#define D_SITE_SAMPLES 64
#define D_SITE_TRACKED 32

typedef struct d_site_point {
    uint32_t site;           /* definition site id (runtime's) */
    uint32_t closures;       /* live closures defined there */
    uint64_t env_bytes;      /* their env bytes (seed's measure) */
    uint64_t retained_bytes; /* bytes their closures retain (dominator tree) */
} d_site_point_t;

typedef struct d_site_sample {
    double time;                     /* unix seconds */
    uint64_t restarts;               /* the workload's restart count when taken */
    uint64_t closures;               /* every live closure */
    uint64_t closure_retained_bytes; /* retained by all closures (no double counting) */
    uint64_t analysis_ns;            /* what the graph build and the walk cost */
    uint32_t nsites;
    d_site_point_t sites[D_SITE_TRACKED];
} d_site_sample_t;

#define D_SITE_LABEL_MAX 96 /* "FILE:LINE", truncated */

typedef struct d_site_series {
    d_site_sample_t ring[D_SITE_SAMPLES];
    size_t head;
    size_t count;
    /* "FILE:LINE" of the newest sample's sites, by index (the /metrics site
     * label; ids mean nothing outside the runtime), written with each push. */
    char labels[D_SITE_TRACKED][D_SITE_LABEL_MAX];
} d_site_series_t;

typedef struct d_series {
    d_sample_t ring[D_SERIES_CAPACITY];
    size_t head; /* index of the oldest sample */
    size_t count;
    d_site_series_t sites; /* the slower per-site ring */
} d_series_t;

/* Empties the ring. */
void d_series_init(d_series_t *s);

/* Appends a copy of *sample, dropping the oldest when full. */
void d_series_push(d_series_t *s, const d_sample_t *sample);

/* The i-th retained sample, oldest first (i < count), or NULL. Borrowed. */
const d_sample_t *d_series_at(const d_series_t *s, size_t i);

/* The newest sample, or NULL when empty. Borrowed. */
const d_sample_t *d_series_last(const d_series_t *s);

/* Per-site ring: append (dropping the oldest when full), the i-th oldest,
 * the newest. Pointers are borrowed until the next push. */
void d_site_series_push(d_site_series_t *s, const d_site_sample_t *sample);
const d_site_sample_t *d_site_series_at(const d_site_series_t *s, size_t i);
const d_site_sample_t *d_site_series_last(const d_site_series_t *s);

/* The point of `site` in a sample, or NULL when it was not tracked. */
const d_site_point_t *d_site_sample_find(const d_site_sample_t *s, uint32_t site);

/* How one site grew over the newest samples of one runtime. */
#define D_SITE_WINDOW_DEFAULT 8 /* samples a growth rate and a suspect look at */
#define D_SITE_SUSPECT_MIN 3    /* samples a suspect needs at least */

typedef struct d_site_growth {
    uint32_t samples;       /* samples used: newest first, same runtime, site tracked */
    double seconds;         /* from the oldest used sample to the newest */
    int64_t closures_delta; /* newest minus oldest used */
    int64_t env_bytes_delta;
    int64_t retained_bytes_delta;
    uint32_t rises, falls;      /* intervals where the site grew / shrank */
    double closures_per_minute; /* deltas over seconds, per minute (0 under 2 samples) */
    double retained_bytes_per_minute;
    double env_bytes_per_minute;
    double live_since; /* oldest sample of a run of samples, ending with the
                          newest, where the site had live closures (0 = none) */
    bool suspect;      /* grew (closures or retained bytes) over at least
                          D_SITE_SUSPECT_MIN samples, rising at least twice as
                          often as falling and in at least half the intervals */
} d_site_growth_t;

/* Fills *out for `site` over at most `window` of the newest samples whose
 * restart count is `restarts`. Returns 0, or -1 (zeroed *out) when the
 * newest such sample does not track the site. O(window + samples). */
int d_site_growth(const d_site_series_t *s, uint64_t restarts, uint32_t site, size_t window,
                  d_site_growth_t *out);

#endif
