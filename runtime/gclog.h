/* gclog.h: the collector's record keeping: a bounded ring of per-collection
 * events, per-generation totals that never wrap, and the split of freed
 * objects and bytes between reference counting and the cycle collector.
 *
 * Invariants: `seq` is the number of events ever recorded; the ring holds
 * events seq-RT_GC_EVENT_RING+1 .. seq (those that exist), event n at slot
 * (n-1) % RT_GC_EVENT_RING. Totals are uint64_t and only ever increase.
 * gc_freed_* counts what the collector's delete phase freed (differences of
 * the heap's freed counters); reference counting's share is derived from
 * them (gc.h: rt__gc_rc_freed_objects), so that together they are every
 * object (and the bytes of every block) freed through rt__dealloc or the
 * delete phase. */
#ifndef CLOSURED_RUNTIME_GCLOG_H
#define CLOSURED_RUNTIME_GCLOG_H

#include <stdint.h>

#include "runtime/rt_inspect.h"

typedef struct rt_gclog_gen {
    uint64_t collections;
    uint64_t collected; /* unreachable objects found */
    uint64_t uncollectable;
    uint64_t examined;
    uint64_t pause_ns_total;
    uint64_t pause_ns_max;
    uint64_t pause_cpu_ns_total;
} rt_gclog_gen;

typedef struct rt_gclog {
    rt_gc_event ring[RT_GC_EVENT_RING];
    uint64_t seq; /* newest event's seq; 0 = none */
    rt_gclog_gen gen[RT_GC_GENERATIONS];
    uint64_t gc_freed_objects, gc_freed_bytes; /* freed by the collector's delete phase */
} rt_gclog;

/* Monotonic clock in nanoseconds (pauses). */
uint64_t rt__clock_ns(void);
/* The calling thread's CPU time in nanoseconds (CLOCK_THREAD_CPUTIME_ID). */
uint64_t rt__thread_cpu_ns(void);
/* Wall clock in seconds since the epoch (event timestamps). */
double rt__clock_unix(void);

/* Records ev (copied): assigns ev->seq and ev->time_unix, adds it to the
 * ring and to its generation's totals. Returns the assigned seq. */
uint64_t rt__gclog_record(rt_gclog *log, rt_gc_event *ev);

/* Copies up to max events with seq > since, oldest first; returns how many. */
size_t rt__gclog_since(const rt_gclog *log, uint64_t since, rt_gc_event *out, size_t max);

#endif
