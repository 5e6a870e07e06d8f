/* probe.c: bench-only runner that executes one script on the runtime (as
 * `closured run` does) and reports what only the runtime can see: the live
 * heap at the end (objects still reachable from globals) and every recorded
 * collection with its pause, drained from the event ring between slices so
 * that none is lost. Built by bench/run.py against librt.a; not part of the
 * product.
 *
 * usage: probe FILE.py REPORT.json
 * The script's output goes to stdout; the report is one JSON object:
 *   {"status": 0, "heap_bytes": N, "heap_objects": N, "heap_peak_bytes": N,
 *    "closures": N, "functions": N, "instructions": N, "lost_events": N,
 *    "gens": [{"collections": N, "pause_ns_total": N, "pause_ns_max": N}, ...],
 *    "events": [[generation, pause_ns, examined, collected, manual], ...]} */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: %s FILE.py REPORT.json\n", argv[0]);
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
        write_report(out, rt, status, &ev);
        fclose(out);
    } else {
        status = 2;
    }
    free(ev.items);
    rt_state_free(rt);
    return status;
}
