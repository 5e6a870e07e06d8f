/* probe.c: bench-only runner that executes one script on the runtime (as
 * `closured run` does) and reports what only the runtime can see: the live
 * heap at the end (objects still reachable from globals) and every recorded
 * collection with its pause, drained from the event ring between slices so
 * that none is lost. Built by bench/run.py against librt.a; not part of the
 * product.
 *
 * usage: probe FILE.py REPORT.json
 *        probe graph FILE.py REPORT.json [BUILDS]
 * The `graph` mode runs the script, then builds the heap graph BUILDS times
 * (default 1; the first is cold, later ones reuse freed memory) and reports
 *   {"status": 0, "heap_objects": N, "nodes": N, "edges": N, "closures": N,
 *    "graph_memory_bytes": N, "build_cpu_ns": [N, ...], "build_wall_ns": [N, ...],
 *    "rss_before_kb": N, "rss_peak_kb": N}
 * (build CPU time from CLOCK_PROCESS_CPUTIME_ID; peak RSS from getrusage).
 * Otherwise the script's output goes to stdout; the report is one JSON object:
 *   {"status": 0, "heap_bytes": N, "heap_objects": N, "heap_peak_bytes": N,
 *    "closures": N, "functions": N, "instructions": N, "lost_events": N,
 *    "gens": [{"collections": N, "pause_ns_total": N, "pause_ns_max": N}, ...],
 *    "events": [[generation, pause_ns, examined, collected, manual], ...]} */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "runtime/rt.h"
#include "runtime/rt_inspect.h"

#define SLICE_INSTRUCTIONS 20000

typedef struct events {
    rt_gc_event *items;
    size_t count, cap;
    uint64_t last_seq, lost;
} events_t;

/* Reads the whole file; returns a malloc'd buffer (caller frees) or NULL. */
static char *read_all(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (n < cap)
            break;
        char *bigger = realloc(buf, cap * 2);
        if (!bigger) {
            free(buf);
            buf = NULL;
            break;
        }
        buf = bigger;
        cap *= 2;
    }
    fclose(f);
    *len = n;
    return buf;
}

/* Appends the events recorded since the last drain; counts any the ring
 * overwrote before we saw them. Returns 0, or -1 when out of memory. */
static int drain(rt_state *rt, events_t *ev)
{
    rt_inspect_gc g;
    rt_inspect_gc_get(rt, &g);
    if (g.events_total == ev->last_seq)
        return 0;
    uint64_t pending = g.events_total - ev->last_seq;
    if (pending > RT_GC_EVENT_RING) {
        ev->lost += pending - RT_GC_EVENT_RING;
        pending = RT_GC_EVENT_RING;
    }
    if (ev->count + pending > ev->cap) {
        size_t cap = ev->cap ? ev->cap : 1024;
        while (cap < ev->count + pending)
            cap *= 2;
        rt_gc_event *items = realloc(ev->items, cap * sizeof *items);
        if (!items)
            return -1;
        ev->items = items;
        ev->cap = cap;
    }
    size_t got = rt_inspect_gc_events(rt, ev->last_seq, ev->items + ev->count, (size_t)pending);
    ev->count += got;
    if (got)
        ev->last_seq = ev->items[ev->count - 1].seq;
    return 0;
}

static void write_report(FILE *out, rt_state *rt, int status, const events_t *ev)
{
    rt_inspect_totals t;
    rt_inspect_gc g;
    rt_inspect_totals_get(rt, &t);
    rt_inspect_gc_get(rt, &g);
    fprintf(out,
            "{\"status\": %d, \"heap_bytes\": %llu, \"heap_objects\": %llu, "
            "\"heap_peak_bytes\": %llu, \"closures\": %llu, \"functions\": %llu, "
            "\"instructions\": %llu, \"lost_events\": %llu, \"gens\": [",
            status, (unsigned long long)t.heap_bytes, (unsigned long long)t.heap_objects,
            (unsigned long long)t.heap_peak_bytes, (unsigned long long)t.closures,
            (unsigned long long)t.functions, (unsigned long long)t.instructions_total,
            (unsigned long long)ev->lost);
    for (int i = 0; i < RT_GC_GENERATIONS; i++)
        fprintf(out, "%s{\"collections\": %llu, \"pause_ns_total\": %llu, \"pause_ns_max\": %llu}",
                i ? ", " : "", (unsigned long long)g.gen[i].collections,
                (unsigned long long)g.gen[i].pause_ns_total,
                (unsigned long long)g.gen[i].pause_ns_max);
    fputs("], \"events\": [", out);
    for (size_t i = 0; i < ev->count; i++) {
        const rt_gc_event *e = &ev->items[i];
        fprintf(out, "%s[%d, %llu, %llu, %llu, %d]", i ? ", " : "", e->generation,
                (unsigned long long)e->pause_ns, (unsigned long long)e->examined,
                (unsigned long long)e->collected, e->manual ? 1 : 0);
    }
    fputs("]}\n", out);
}

static uint64_t clock_of(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static long peak_rss_kb(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss;
}

/* The `graph` mode's report: builds the graph `builds` times. */
static int graph_report(FILE *out, rt_state *rt, int builds)
{
    uint64_t cpu[16], wall[16];
    long rss_before = peak_rss_kb();
    rt_graph_totals t = {0};
    if (builds < 1 || builds > 16)
        builds = 1;
    for (int i = 0; i < builds; i++) {
        uint64_t c0 = clock_of(CLOCK_PROCESS_CPUTIME_ID), w0 = clock_of(CLOCK_MONOTONIC);
        rt_graph *g = rt_graph_build(rt);
        cpu[i] = clock_of(CLOCK_PROCESS_CPUTIME_ID) - c0;
        wall[i] = clock_of(CLOCK_MONOTONIC) - w0;
        if (!g)
            return 1;
        rt_graph_totals_get(g, &t);
        rt_graph_free(g);
    }
    fprintf(out,
            "{\"status\": 0, \"heap_objects\": %llu, \"nodes\": %u, \"edges\": %u, "
            "\"closures\": %llu, \"graph_memory_bytes\": %llu, \"build_cpu_ns\": [",
            (unsigned long long)t.heap_objects, t.nodes, t.edges, (unsigned long long)t.closures,
            (unsigned long long)t.memory_bytes);
    for (int i = 0; i < builds; i++)
        fprintf(out, "%s%llu", i ? ", " : "", (unsigned long long)cpu[i]);
    fputs("], \"build_wall_ns\": [", out);
    for (int i = 0; i < builds; i++)
        fprintf(out, "%s%llu", i ? ", " : "", (unsigned long long)wall[i]);
    fprintf(out, "], \"rss_before_kb\": %ld, \"rss_peak_kb\": %ld}\n", rss_before, peak_rss_kb());
    return 0;
}

int main(int argc, char **argv)
{
    bool graph = argc >= 4 && strcmp(argv[1], "graph") == 0;
    int builds = graph && argc == 5 ? atoi(argv[4]) : 1;
    if (graph) {
        argv++;
        argc = 3;
    }
    if (argc != 3) {
        fprintf(stderr, "usage: %s [graph] FILE.py REPORT.json [BUILDS]\n", argv[0]);
        return 2;
    }
    size_t len = 0;
    char *src = read_all(argv[1], &len);
    if (!src) {
        fprintf(stderr, "probe: can't read %s\n", argv[1]);
        return 2;
    }
    rt_state *rt = rt_state_new(NULL);
    if (!rt) {
        free(src);
        return 2;
    }
    events_t ev = {0};
    int status = 0;
    rt_status st = rt_load(rt, argv[1], src, len);
    free(src);
    rt_budget budget = {SLICE_INSTRUCTIONS, 0};
    if (st == RT_OK) {
        do {
            st = rt_run(rt, &budget);
            if (drain(rt, &ev) < 0) {
                st = RT_ERR_MEMORY;
                break;
            }
        } while (st == RT_YIELD);
    }
    if (st != RT_OK && st != RT_DONE) {
        const rt_error *e = rt_error_get(rt);
        fprintf(stderr, "probe: %s: %s\n", e && e->type_name ? e->type_name : "error",
                e && e->message ? e->message : "");
        status = 1;
    }
    fflush(stdout);
    FILE *out = fopen(argv[2], "w");
    if (out) {
        if (graph && status == 0)
            status = graph_report(out, rt, builds);
        else
            write_report(out, rt, status, &ev);
        fclose(out);
    } else {
        status = 2;
    }
    free(ev.items);
    rt_state_free(rt);
    return status;
}
