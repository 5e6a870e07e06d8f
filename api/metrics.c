/* metrics.c: the metric families (const table) and their collectors, incl. process_* from /proc. */
#include "api/metrics.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include "api/events.h"
#include "api/numtext.h"
#include "api/problem.h"
#include "api/server.h"
#include "runtime/rt_inspect.h"

/* One workload's values, read once per scrape. */
typedef struct snap {
    d_workload_t *w;
    const d_view_t *v; /* the published view: everything a scrape reads */
} snap_t;

typedef struct api_scrape {
    api_app_t *app;
    snap_t *snaps;
    size_t count;
} scrape_t;

enum field {
    F_NONE,
    F_HEAP_BYTES,
    F_HEAP_OBJECTS,
    F_HEAP_LIMIT,
    F_ALLOCATED,
    F_CLOSURES,
    F_ENV,
    F_ENV_SHALLOW,
    F_RETAINED,
    F_REFCOUNT_FREED,
    F_INSTRUCTIONS,
    F_TICKS,
    F_ERRORS,
    F_GC_COLLECTIONS,
    F_GC_COLLECTED,
    F_GC_UNCOLLECTABLE,
};

static uint64_t value_of(const snap_t *s, int field, int gen)
{
    switch (field) {
    case F_HEAP_BYTES: return s->v->totals.heap_bytes;
    case F_HEAP_OBJECTS: return s->v->totals.heap_objects;
    case F_HEAP_LIMIT: return s->w->heap_limit_bytes;
    case F_ALLOCATED: return s->v->counters.allocated_bytes;
    case F_CLOSURES: return s->v->totals.closures;
    case F_ENV: return s->v->last.env_bytes;
    case F_ENV_SHALLOW: return s->v->last.env_shallow_bytes;
    case F_RETAINED: return s->v->analysed_retained_bytes;
    case F_REFCOUNT_FREED: return s->v->counters.refcount_freed_objects;
    case F_INSTRUCTIONS: return s->v->counters.instructions;
    case F_TICKS: return s->v->ticks_total;
    case F_ERRORS: return s->v->errors_total;
    case F_GC_COLLECTIONS: return s->v->counters.gc_collections[gen];
    case F_GC_COLLECTED: return s->v->counters.gc_collected[gen];
    case F_GC_UNCOLLECTABLE: return s->v->counters.gc_uncollectable[gen];
    }
    return 0;
}

/* ---- collectors ------------------------------------------------------------------ */

static const api_proc_sample_t *proc_sample(api_app_t *app);

static void per_workload(api_prom_t *p, const api_metric_t *m, const scrape_t *s)
{
    for (size_t i = 0; i < s->count; i++) {
        api_prom_label_t l[] = {{"workload", s->snaps[i].w->name}};
        api_prom_sample_u64(p, m->name, NULL, l, 1, value_of(&s->snaps[i], m->field, 0));
        if (m->type == API_PROM_COUNTER)
            api_prom_created(p, m->name, l, 1, s->snaps[i].w->created);
    }
}

static void per_generation(api_prom_t *p, const api_metric_t *m, const scrape_t *s)
{
    static const char *gens[] = {"0", "1", "2"};
    for (size_t i = 0; i < s->count; i++) {
        for (int g = 0; g < RT_GC_GENERATIONS && g < 3; g++) {
            api_prom_label_t l[] = {{"workload", s->snaps[i].w->name}, {"generation", gens[g]}};
            api_prom_sample_u64(p, m->name, NULL, l, 2, value_of(&s->snaps[i], m->field, g));
            api_prom_created(p, m->name, l, 2, s->snaps[i].w->created);
        }
    }
}

/* The inspector's newest per-site sample (at most D_SITE_TRACKED sites, the
 * biggest by retained bytes): field F_CLOSURES or F_RETAINED of each site. */
static void per_site(api_prom_t *p, const api_metric_t *m, const scrape_t *s)
{
    for (size_t i = 0; i < s->count; i++) {
        const d_view_t *v = s->snaps[i].v;
        const d_site_sample_t *a = v->analysed ? &v->sites : NULL;
        for (uint32_t k = 0; a && k < a->nsites; k++) {
            api_prom_label_t l[] = {{"workload", s->snaps[i].w->name}, {"site", v->site_labels[k]}};
            const d_site_point_t *pt = &a->sites[k];
            api_prom_sample_u64(p, m->name, NULL, l, 2,
                                m->field == F_CLOSURES ? pt->closures : pt->retained_bytes);
        }
    }
}

static void build_info(api_prom_t *p, const api_metric_t *m, const scrape_t *s)
{
    (void)s;
    api_prom_label_t l[] = {{"version", rt_version()}};
    api_prom_sample_u64(p, m->name, NULL, l, 1, 1);
}

static void workloads_by_state(api_prom_t *p, const api_metric_t *m, const scrape_t *s)
{
    uint64_t n[4] = {0, 0, 0, 0};
    for (size_t i = 0; i < s->count; i++)
        n[s->snaps[i].v->state & 3]++;
    for (int st = D_WL_RUNNING; st <= D_WL_FAILED; st++) {
        api_prom_label_t l[] = {{"state", d_workload_state_name((d_workload_state_t)st)}};
        api_prom_sample_u64(p, m->name, NULL, l, 1, n[st]);
    }
}

/* The histogram's `le` labels: d_pause_bucket_bounds written as the float
 * writer writes them, once and for all (test_metrics checks they agree). */
const char *const api_metrics_pause_le[D_PAUSE_BUCKETS] = {
    "0.0001", "0.00025", "0.0005", "0.001", "0.0025", "0.005",
    "0.01",   "0.025",   "0.05",   "0.1",   "0.25",   "1",
};

static void gc_pauses(api_prom_t *p, const api_metric_t *m, const scrape_t *s)
{
    static const char *gens[] = {"0", "1", "2"};
    for (size_t i = 0; i < s->count; i++) {
        const char *name = s->snaps[i].w->name;
        for (int g = 0; g < RT_GC_GENERATIONS && g < 3; g++) {
            const d_pause_hist_t *h = &s->snaps[i].v->pauses_by_gen[g];
            for (size_t b = 0; b < D_PAUSE_BUCKETS; b++) {
                api_prom_label_t l[] = {
                    {"workload", name}, {"generation", gens[g]}, {"le", api_metrics_pause_le[b]}};
                api_prom_sample_u64(p, m->name, "_bucket", l, 3, h->buckets[b]);
            }
            api_prom_label_t inf[] = {{"workload", name}, {"generation", gens[g]}, {"le", "+Inf"}};
            api_prom_sample_u64(p, m->name, "_bucket", inf, 3, h->count);
            api_prom_label_t l[] = {{"workload", name}, {"generation", gens[g]}};
            api_prom_sample(p, m->name, "_sum", l, 2, (double)h->sum_ns / 1e9);
            api_prom_sample_u64(p, m->name, "_count", l, 2, h->count);
            api_prom_created(p, m->name, l, 2, s->snaps[i].w->created);
        }
    }
}

static void gc_pause_cpu(api_prom_t *p, const api_metric_t *m, const scrape_t *s)
{
    static const char *gens[] = {"0", "1", "2"};
    for (size_t i = 0; i < s->count; i++) {
        for (int g = 0; g < RT_GC_GENERATIONS && g < 3; g++) {
            const d_pause_hist_t *h = &s->snaps[i].v->pauses_by_gen[g];
            api_prom_label_t l[] = {{"workload", s->snaps[i].w->name}, {"generation", gens[g]}};
            api_prom_sample(p, m->name, NULL, l, 2, (double)h->cpu_sum_ns / 1e9);
            api_prom_created(p, m->name, l, 2, s->snaps[i].w->created);
        }
    }
}

static void http_requests(api_prom_t *p, const api_metric_t *m, const scrape_t *s)
{
    const uint16_t *statuses;
    size_t n;
    const uint64_t *counts = api_server_request_counts(s->app->server, &statuses, &n);
    const api_proc_sample_t *pc = proc_sample(s->app);
    for (size_t i = 0; counts && i < n; i++) {
        char code[API_NUM_MAX + 1];
        code[api_num_u64(code, statuses[i])] = '\0';
        api_prom_label_t l[] = {{"code", code}};
        api_prom_sample_u64(p, m->name, NULL, l, 1, counts[statuses[i] - API_SERVER_STATUS_MIN]);
        if (pc->ok)
            api_prom_created(p, m->name, l, 1, pc->start_time);
    }
}

static void sse_clients(api_prom_t *p, const api_metric_t *m, const scrape_t *s)
{
    api_prom_sample_u64(p, m->name, NULL, NULL, 0, api_events_clients(s->app->events));
}

/* ---- process_* from /proc ------------------------------------------------------------ */

typedef api_proc_sample_t proc_stat_t;

static void read_proc_stat(proc_stat_t *ps)
{
    memset(ps, 0, sizeof *ps);
    char buf[1024];
    FILE *f = fopen("/proc/self/stat", "r");
    if (!f)
        return;
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[n] = '\0';
    char *p = strrchr(buf, ')');
    if (!p)
        return;
    /* Fields after the command: 3 state, ... 14 utime, 15 stime, 22 starttime, 23 vsize, 24 rss. */
    unsigned long long v[25] = {0};
    int field = 3;
    char *save = NULL;
    for (char *tok = strtok_r(p + 2, " ", &save); tok && field <= 24;
         tok = strtok_r(NULL, " ", &save), field++)
        v[field] = strtoull(tok, NULL, 10);
    if (field <= 24)
        return;
    double tck = (double)sysconf(_SC_CLK_TCK);
    long page = sysconf(_SC_PAGESIZE);
    ps->cpu_seconds = (double)(v[14] + v[15]) / tck;
    ps->vsize = v[23];
    ps->rss_bytes = v[24] * (uint64_t)page;
    double btime = 0;
    f = fopen("/proc/stat", "r");
    if (f) {
        char line[256];
        while (fgets(line, sizeof line, f))
            if (strncmp(line, "btime ", 6) == 0)
                btime = strtod(line + 6, NULL);
        fclose(f);
    }
    ps->start_time = btime + (double)v[22] / tck;
    ps->ok = 1;
}

static uint64_t open_fds(void)
{
    DIR *d = opendir("/proc/self/fd");
    if (!d)
        return 0;
    uint64_t n = 0;
    const struct dirent *e;
    while ((e = readdir(d)) != NULL)
        if (e->d_name[0] != '.')
            n++;
    closedir(d);
    return n > 0 ? n - 1 : 0; /* the directory's own descriptor */
}

/* The app's /proc sample, refreshed when it is a second old. */
static const api_proc_sample_t *proc_sample(api_app_t *app)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    int64_t now = (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
    api_proc_sample_t *pc = &app->proc;
    if (!pc->at_ms || now - pc->at_ms >= 1000) {
        read_proc_stat(pc);
        pc->fds = open_fds();
        struct rlimit rl;
        pc->max_fds = getrlimit(RLIMIT_NOFILE, &rl) == 0 ? (uint64_t)rl.rlim_cur : 0;
        pc->at_ms = now ? now : 1;
    }
    return pc;
}

enum proc_field { P_CPU, P_RSS, P_VSIZE, P_FDS, P_MAX_FDS, P_START };

static void process(api_prom_t *p, const api_metric_t *m, const scrape_t *s)
{
    const api_proc_sample_t *pc = proc_sample(s->app);
    switch (m->field) {
    case P_FDS: api_prom_sample_u64(p, m->name, NULL, NULL, 0, pc->fds); return;
    case P_MAX_FDS:
        if (pc->max_fds)
            api_prom_sample_u64(p, m->name, NULL, NULL, 0, pc->max_fds);
        return;
    default: break;
    }
    const proc_stat_t *ps = pc;
    if (!ps->ok)
        return;
    if (m->field == P_CPU) {
        api_prom_sample(p, m->name, NULL, NULL, 0, ps->cpu_seconds);
        api_prom_created(p, m->name, NULL, 0, ps->start_time);
    } else if (m->field == P_RSS)
        api_prom_sample_u64(p, m->name, NULL, NULL, 0, ps->rss_bytes);
    else if (m->field == P_VSIZE)
        api_prom_sample_u64(p, m->name, NULL, NULL, 0, ps->vsize);
    else if (m->field == P_START)
        api_prom_sample(p, m->name, NULL, NULL, 0, ps->start_time);
}

/* ---- the registry --------------------------------------------------------------------- */

#define C API_PROM_COUNTER
#define G API_PROM_GAUGE
#define H API_PROM_HISTOGRAM
#define I API_PROM_INFO

const api_metric_t api_metrics[] = {
    {"closured_build_info", I, "Build information: the version of closured (always 1).", F_NONE,
     build_info},
    {"closured_workloads", G, "Workloads by state (running, paused, finished, failed).", F_NONE,
     workloads_by_state},
    {"closured_heap_bytes", G, "Live bytes in the workload's heap.", F_HEAP_BYTES, per_workload},
    {"closured_heap_objects", G, "Live objects in the workload's heap.", F_HEAP_OBJECTS,
     per_workload},
    {"closured_heap_limit_bytes", G,
     "The workload's heap limit; allocation over it raises "
     "MemoryError.",
     F_HEAP_LIMIT, per_workload},
    {"closured_allocated_bytes_total", C, "Bytes allocated by the workload since it was added.",
     F_ALLOCATED, per_workload},
    {"closured_closures", G, "Live closures (functions with at least one cell) in the workload.",
     F_CLOSURES, per_workload},
    {"closured_closure_env_bytes", G,
     "Sum over live closures of the shallow sizes of their "
     "cells' contents, sampled every second.",
     F_ENV, per_workload},
    {"closured_closure_env_shallow_bytes", G,
     "Sum over live closures of their cells plus the "
     "cells' contents' shallow sizes, sampled every second.",
     F_ENV_SHALLOW, per_workload},
    {"closured_closure_retained_bytes", G,
     "Bytes the workload's live closures retain together "
     "(freed if they all were), from the heap graph's dominator tree, refreshed in the "
     "background every few seconds.",
     F_RETAINED, per_workload},
    {"closured_site_closures", G,
     "Live closures by definition site (FILE:LINE), for the biggest sites by retained "
     "bytes, from the inspector's newest sample.",
     F_CLOSURES, per_site},
    {"closured_site_retained_bytes", G,
     "Bytes the closures defined at a site retain, for the biggest sites, from the "
     "inspector's newest sample.",
     F_RETAINED, per_site},
    {"closured_gc_collections_total", C, "Cycle collections run, by generation.", F_GC_COLLECTIONS,
     per_generation},
    {"closured_gc_collected_objects_total", C,
     "Unreachable objects found by the cycle collector, "
     "by generation.",
     F_GC_COLLECTED, per_generation},
    {"closured_gc_uncollectable_objects_total", C,
     "Unreachable objects the cycle collector could "
     "not free, by generation.",
     F_GC_UNCOLLECTABLE, per_generation},
    {"closured_gc_pause_seconds", H,
     "Pause of each cycle collection, by generation, in wall-clock time (monotonic clock): what "
     "the program waited, including time the thread was not on a CPU.",
     F_NONE, gc_pauses},
    {"closured_gc_pause_cpu_seconds_total", C,
     "CPU time the collecting thread spent in cycle collections, by generation: the "
     "collector's own cost (its thread CPU clock; a quick generation-0 collection that runs no "
     "Python code counts its wall-clock time, at most 100 microseconds).",
     F_NONE, gc_pause_cpu},
    {"closured_refcount_freed_objects_total", C,
     "Objects freed when their reference count "
     "reached zero.",
     F_REFCOUNT_FREED, per_workload},
    {"closured_vm_instructions_total", C, "VM instructions executed by the workload.",
     F_INSTRUCTIONS, per_workload},
    {"closured_workload_ticks_total", C, "Completed tick() calls.", F_TICKS, per_workload},
    {"closured_workload_errors_total", C, "Uncaught exceptions (each one fails the workload).",
     F_ERRORS, per_workload},
    {"closured_http_requests_total", C, "HTTP requests answered, by status code.", F_NONE,
     http_requests},
    {"closured_sse_clients", G, "Clients connected to the event stream.", F_NONE, sse_clients},
    {"process_cpu_seconds_total", C, "Total user and system CPU time spent in seconds.", P_CPU,
     process},
    {"process_resident_memory_bytes", G, "Resident memory size in bytes.", P_RSS, process},
    {"process_virtual_memory_bytes", G, "Virtual memory size in bytes.", P_VSIZE, process},
    {"process_open_fds", G, "Number of open file descriptors.", P_FDS, process},
    {"process_max_fds", G, "Maximum number of open file descriptors.", P_MAX_FDS, process},
    {"process_start_time_seconds", G, "Start time of the process since unix epoch in seconds.",
     P_START, process},
};
const size_t api_metric_count = sizeof api_metrics / sizeof api_metrics[0];

/* ---- the scrape ------------------------------------------------------------------------ */

/* The families fall in three runs by how long their text holds: those before
 * FIRST_PER_SCRAPE are drawn from the workloads' published views only (and constants);
 * FIRST_PER_SCRAPE changes at every scrape (requests answered, this one included); those
 * from FIRST_PER_SECOND on change with the once-a-second /proc sample and the number of
 * event-stream clients. */
#define FIRST_PER_SCRAPE "closured_http_requests_total"
#define FIRST_PER_SECOND "closured_sse_clients"

/* The text of the last scrape, per format, kept for the next: see struct api_metrics_cache.
 * Owned by the app; the loop thread's alone, as everything a scrape touches. */
typedef struct cache_key {
    const d_workload_t *w;
    const d_view_t *v;
    double published;
} cache_key_t;

/* Room kept after the view-drawn families for the rest (a few hundred bytes per status
 * code answered and per process line): they rarely need to grow the text. */
#define TAIL_ROOM 4096

/* One format's kept text. */
typedef struct kept {
    /* The answer to the last scrape: the view-drawn families ([0, views_len)), then the
     * rest. A scrape while no worker published and no workload came or went rewrites only
     * the rest, in place when no answer is still sending the text (the usual case: an
     * answer fits the socket buffer and is done within the run of MHD that queued it),
     * else in a copy of the view-drawn part. NULL: not written for these views yet. */
    api_shared_t *text;
    size_t views_len;
    /* Every family's HELP/TYPE (and UNIT) lines, written once: family i's are
     * heads.data[head_at[i], head_at[i + 1]). head_at NULL: not yet. */
    api_buf_t heads;
    size_t *head_at;
    /* The families from FIRST_PER_SECOND on, for the /proc sample taken at proc_at_ms and
     * sse event-stream clients (proc_at_ms 0: none). */
    api_buf_t per_second;
    int64_t proc_at_ms;
    size_t sse;
} kept_t;

struct api_metrics_cache {
    cache_key_t *keys; /* the views the texts were written from */
    size_t nkeys, cap;
    size_t per_scrape, per_second; /* the indexes of FIRST_PER_SCRAPE and FIRST_PER_SECOND */
    kept_t kept[2];                /* by api_prom_format_t */
    api_prom_t tail;               /* scratch for what follows the view-drawn families */
};

void api_metrics_cache_free(api_app_t *app)
{
    struct api_metrics_cache *c = app->metrics_cache;
    if (!c)
        return;
    free(c->keys);
    for (int f = 0; f < 2; f++) {
        api_shared_unref(c->kept[f].text);
        api_buf_dispose(&c->kept[f].heads);
        free(c->kept[f].head_at);
        api_buf_dispose(&c->kept[f].per_second);
    }
    api_prom_dispose(&c->tail);
    free(c);
    app->metrics_cache = NULL;
}

/* The index of family `name` in the table (api_metric_count if it is not there). */
static size_t family_index(const char *name)
{
    size_t i = 0;
    while (i < api_metric_count && strcmp(api_metrics[i].name, name) != 0)
        i++;
    return i;
}

/* The cache, keyed to the views of s: its answers dropped when they are not those they
 * were written from. Answers still being sent keep their reference to their text. */
static struct api_metrics_cache *cache_for(api_app_t *app, const scrape_t *s)
{
    struct api_metrics_cache *c = app->metrics_cache;
    if (!c) {
        if (!(c = app->metrics_cache = calloc(1, sizeof *c)))
            return NULL;
        api_prom_init(&c->tail);
        c->per_scrape = family_index(FIRST_PER_SCRAPE);
        c->per_second = family_index(FIRST_PER_SECOND);
        for (int f = 0; f < 2; f++) {
            api_buf_init(&c->kept[f].heads);
            api_buf_init(&c->kept[f].per_second);
        }
    }
    bool same = c->nkeys == s->count;
    for (size_t i = 0; same && i < s->count; i++)
        same = c->keys[i].w == s->snaps[i].w && c->keys[i].v == s->snaps[i].v &&
               c->keys[i].published == s->snaps[i].v->published;
    if (same)
        return c;
    for (int f = 0; f < 2; f++) {
        api_shared_unref(c->kept[f].text);
        c->kept[f].text = NULL;
    }
    if (s->count > c->cap) {
        cache_key_t *k = realloc(c->keys, s->count * sizeof *k);
        if (!k) {
            c->nkeys = 0;
            return NULL;
        }
        c->keys = k;
        c->cap = s->count;
    }
    for (size_t i = 0; i < s->count; i++)
        c->keys[i] = (cache_key_t){s->snaps[i].w, s->snaps[i].v, s->snaps[i].v->published};
    c->nkeys = s->count;
    return c;
}

/* Writes families [from, to): their HELP/TYPE lines from heads when given (see kept_t),
 * then their samples. */
static void write_families(api_prom_t *p, const scrape_t *s, size_t from, size_t to,
                           const kept_t *heads)
{
    for (size_t i = from; i < to; i++) {
        const api_metric_t *m = &api_metrics[i];
        if (heads)
            api_buf_append(&p->buf, heads->heads.data + heads->head_at[i],
                           heads->head_at[i + 1] - heads->head_at[i]);
        else
            api_prom_family(p, m->name, m->type, m->help);
        m->collect(p, m, s);
    }
}

/* Empties the scratch writer (and forgets an earlier failure to grow it). */
static void scratch_reset(api_prom_t *p)
{
    if (p->buf.failed) {
        api_prom_format_t f = p->format;
        api_prom_dispose(p);
        api_prom_init(p);
        p->format = f;
    }
    api_buf_consume(&p->buf, p->buf.len);
}

/* k's family headers in `format`, written now if they were not. 0, or -1 (out of memory). */
static int heads_ready(kept_t *k, api_prom_format_t format)
{
    if (k->head_at)
        return 0;
    size_t *at = malloc((api_metric_count + 1) * sizeof *at);
    if (!at)
        return -1;
    api_prom_t p = {k->heads, format};
    for (size_t i = 0; i < api_metric_count; i++) {
        at[i] = p.buf.len;
        api_prom_family(&p, api_metrics[i].name, api_metrics[i].type, api_metrics[i].help);
    }
    at[api_metric_count] = p.buf.len;
    k->heads = p.buf;
    if (k->heads.failed) {
        api_buf_dispose(&k->heads);
        api_buf_init(&k->heads);
        free(at);
        return -1;
    }
    k->head_at = at;
    return 0;
}

/* The families from FIRST_PER_SECOND on (at `second` in the table), kept in k while the
 * /proc sample and the number of event-stream clients stay the same. */
static void write_per_second(api_prom_t *p, kept_t *k, const scrape_t *s, size_t second)
{
    const api_proc_sample_t *pc = proc_sample(s->app);
    size_t sse = api_events_clients(s->app->events);
    if (k->proc_at_ms != pc->at_ms || k->sse != sse) {
        api_prom_t w = {k->per_second, p->format};
        api_buf_consume(&w.buf, w.buf.len);
        write_families(&w, s, second, api_metric_count, k);
        k->per_second = w.buf;
        k->proc_at_ms = w.buf.failed ? 0 : pc->at_ms;
        k->sse = sse;
        if (w.buf.failed) {
            api_buf_dispose(&k->per_second);
            api_buf_init(&k->per_second);
            p->buf.failed = true;
            return;
        }
    }
    api_buf_append(&p->buf, k->per_second.data, k->per_second.len);
}

/* The scrape's answer from the cache: its text with the view-drawn families written once
 * for these views, the rest written now. A new reference, or NULL when out of memory. */
static api_shared_t *cached_scrape(struct api_metrics_cache *c, api_prom_format_t format,
                                   const scrape_t *s, size_t split, size_t second)
{
    kept_t *k = &c->kept[format == API_PROM_OPENMETRICS];
    api_prom_t *tail = &c->tail;
    tail->format = format;
    if (heads_ready(k, format) != 0)
        return NULL;
    if (!k->text) {
        scratch_reset(tail);
        write_families(tail, s, 0, split, k);
        if (tail->buf.failed)
            return NULL;
        k->text = api_shared_new(tail->buf.data, tail->buf.len, tail->buf.len + TAIL_ROOM);
        if (!k->text)
            return NULL;
        k->views_len = tail->buf.len;
    } else if (k->text->refs > 1) {
        /* an answer is still sending it: leave that one alone, continue in a copy */
        api_shared_t *copy = api_shared_new(k->text->data, k->views_len, k->text->cap);
        if (!copy)
            return NULL;
        api_shared_unref(k->text);
        k->text = copy;
    }
    scratch_reset(tail);
    write_families(tail, s, split, second, k);
    write_per_second(tail, k, s, second);
    api_prom_finish(tail);
    size_t views = k->views_len;
    if (tail->buf.failed || api_shared_reserve(&k->text, views + tail->buf.len) != 0)
        return NULL;
    memcpy(k->text->data + views, tail->buf.data, tail->buf.len);
    k->text->len = views + tail->buf.len;
    return api_shared_ref(k->text);
}

api_shared_t *api_metrics_scrape(api_app_t *app, api_prom_format_t format)
{
    scrape_t s = {app, NULL, 0};
    size_t n = d_host_count(app->host);
    snap_t few[16]; /* most daemons run a few workloads: no allocation per scrape */
    s.snaps = n <= sizeof few / sizeof few[0] ? few : calloc(n, sizeof *s.snaps);
    if (!s.snaps)
        return NULL;
    for (d_workload_t *w = d_host_first(app->host); w && s.count < n; w = w->next) {
        snap_t *sn = &s.snaps[s.count++];
        sn->w = w;
        sn->v = d_workload_view(w); /* never waits for the worker */
    }
    struct api_metrics_cache *c = cache_for(app, &s);
    api_shared_t *text = c ? cached_scrape(c, format, &s, c->per_scrape, c->per_second) : NULL;
    if (s.snaps != few)
        free(s.snaps);
    return text;
}

void api_metrics_get(const api_request_t *req, api_response_t *res)
{
    api_prom_format_t format = api_prom_negotiate(api_request_header(req, "Accept"));
    api_app_t *app = api_app_of(req);
    api_shared_t *text = app ? api_metrics_scrape(app, format) : NULL;
    if (!text) {
        api_problem(res, 500, NULL, NULL, "out of memory while writing the metrics");
        return;
    }
    api_response_set_shared(res, 200, api_prom_content_type(format), text);
}
