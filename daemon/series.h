/* series.h: a per-workload ring of per-second samples (the last 10 minutes)
 * for the dashboard's charts, the event stream and the O(1) metrics.
 *
 * Ownership: a d_series_t is caller-owned storage (embedded in the
 * workload); it holds no pointers and needs no dispose. Samples are copied
 * in and handed out as borrowed pointers valid until the next push. */
#ifndef CLOSURED_DAEMON_SERIES_H
#define CLOSURED_DAEMON_SERIES_H

#include <stddef.h>
#include <stdint.h>

#define D_SERIES_CAPACITY 600 /* 10 minutes at one sample per second */
#define D_SERIES_GENERATIONS 3

/* One sample: gauges at the sampling instant, and what happened since the
 * previous sample (collections, the longest pause). */
typedef struct d_sample {
    double time;                /* unix seconds */
    uint64_t heap_bytes;
    uint64_t heap_objects;
    uint64_t closures;          /* live closures */
    uint64_t env_bytes;         /* sum over live closures (seed's measure) */
    uint64_t env_shallow_bytes; /* cells + their contents' shallow sizes */
    uint64_t collections_total[D_SERIES_GENERATIONS]; /* cumulative */
    uint64_t collections[D_SERIES_GENERATIONS];       /* in this interval */
    uint64_t max_pause_ns;      /* longest collection pause in this interval */
    uint64_t instructions_total;
    uint64_t ticks_total;
} d_sample_t;

typedef struct d_series {
    d_sample_t ring[D_SERIES_CAPACITY];
    size_t head;  /* index of the oldest sample */
    size_t count;
} d_series_t;

/* Empties the ring. */
void d_series_init(d_series_t *s);

/* Appends a copy of *sample, dropping the oldest when full. */
void d_series_push(d_series_t *s, const d_sample_t *sample);

/* The i-th retained sample, oldest first (i < count), or NULL. Borrowed. */
const d_sample_t *d_series_at(const d_series_t *s, size_t i);

/* The newest sample, or NULL when empty. Borrowed. */
const d_sample_t *d_series_last(const d_series_t *s);

#endif
