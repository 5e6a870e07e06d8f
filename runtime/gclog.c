/* gclog.c: the ring of collection events and the collector's totals. */
#include "runtime/gclog.h"

#include <time.h>

uint64_t rt__clock_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

uint64_t rt__thread_cpu_ns(void)
{
    struct timespec ts;
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) != 0)
        return 0;
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

double rt__clock_unix(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

uint64_t rt__gclog_record(rt_gclog *log, rt_gc_event *ev)
{
    ev->seq = ++log->seq;
    ev->time_unix = rt__clock_unix();
    log->ring[(ev->seq - 1) % RT_GC_EVENT_RING] = *ev;
    if (ev->generation >= 0 && ev->generation < RT_GC_GENERATIONS) {
        rt_gclog_gen *g = &log->gen[ev->generation];
        g->collections++;
        g->collected += ev->collected;
        g->uncollectable += ev->uncollectable;
        g->examined += ev->examined;
        g->pause_ns_total += ev->pause_ns;
        g->pause_cpu_ns_total += ev->pause_cpu_ns;
        if (ev->pause_ns > g->pause_ns_max)
            g->pause_ns_max = ev->pause_ns;
    }
    return ev->seq;
}

size_t rt__gclog_since(const rt_gclog *log, uint64_t since, rt_gc_event *out, size_t max)
{
    uint64_t first = log->seq > RT_GC_EVENT_RING ? log->seq - RT_GC_EVENT_RING + 1 : 1;
    if (since + 1 > first)
        first = since + 1;
    size_t n = 0;
    for (uint64_t s = first; s <= log->seq && n < max; s++)
        out[n++] = log->ring[(s - 1) % RT_GC_EVENT_RING];
    return n;
}
