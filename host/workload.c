/* workload.c: one workload: runtime creation, the state machine, tick
 * scheduling, the output ring and its published view. See workload.h. */
#include "host/workload.h"

#include <errno.h>
#include <malloc.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "host/sched.h"
#include "host/util.h"

/* Frees a runtime and hands the memory it held back to the system: glibc keeps freed memory
 * otherwise, and RSS would stay up after a workload is deleted or restarted. */
static void free_runtime(rt_state *rt)
{
    rt_state_free(rt);
#if defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__) && !defined(__SANITIZE_THREAD__)
    malloc_trim(0); /* not under ASan/TSan: their allocators are not glibc's (trimming crashes) */
#endif
}

const char *d_workload_origin_name(d_workload_origin_t o)
{
    switch (o) {
    case D_ORIGIN_FILE: return "file";
    case D_ORIGIN_DIR: return "dir";
    case D_ORIGIN_UPLOAD: return "upload";
    }
    return "unknown";
}

bool d_workload_name_valid(const char *name)
{
    size_t n = strlen(name);
    if (n == 0 || n > D_WORKLOAD_NAME_MAX || name[0] == '.' || name[0] == '-')
        return false;
    for (size_t i = 0; i < n; i++) {
        char ch = name[i];
        bool ok = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
                  (ch >= '0' && ch <= '9') || ch == '_' || ch == '.' || ch == '-';
        if (!ok)
            return false;
    }
    return true;
}

const char *d_workload_state_name(d_workload_state_t s)
{
    switch (s) {
    case D_WL_RUNNING: return "running";
    case D_WL_PAUSED: return "paused";
    case D_WL_FINISHED: return "finished";
    case D_WL_FAILED: return "failed";
    }
    return "unknown";
}

static void set_state(d_workload_t *w, d_workload_state_t s)
{
    d_workload_state_t old = w->state;
    if (old == s)
        return;
    w->state = s;
    if (w->on_event)
        w->on_event(w->event_ctx, w, old);
}

/* ---- output ring ----------------------------------------------------------- */

/* The ring's memory is the workload's (workload.h): charged to its runtime's heap limit. */
static int output_charge(d_workload_t *w, size_t bytes)
{
    if (w->rt && rt_mem_charge(w->rt, bytes) != 0)
        return -1;
    w->output_charged += bytes;
    return 0;
}

static void output_uncharge(d_workload_t *w, size_t bytes)
{
    if (w->rt)
        rt_mem_uncharge(w->rt, bytes);
    w->output_charged -= bytes;
}

static void drop_oldest_line(d_workload_t *w)
{
    d_output_line_t *l = &w->lines[w->line_head];
    output_uncharge(w, strlen(l->text) + 1);
    free(l->text);
    l->text = NULL;
    w->line_head = (w->line_head + 1) % D_OUTPUT_MAX_LINES;
    w->line_count--;
}

/* Bytes the ring leaves free under the heap limit after a line: it evicts in whole lines, so
 * without a margin the room left for the runtime's next statement depended on the heap's
 * layout, and a workload printing near its limit could die of MemoryError by a few bytes. */
#define OUTPUT_HEADROOM 4096u

/* Charges bytes (keeping OUTPUT_HEADROOM free when it can), dropping the oldest lines while
 * the heap limit refuses. Returns 0, or -1 when even an empty ring leaves no room. */
static int output_make_room(d_workload_t *w, size_t bytes)
{
    while (output_charge(w, bytes + OUTPUT_HEADROOM) != 0) {
        if (w->line_count == 0)
            return output_charge(w, bytes); /* no margin possible: the line alone, if it fits */
        drop_oldest_line(w);
    }
    output_uncharge(w, OUTPUT_HEADROOM);
    return 0;
}

static void push_line(d_workload_t *w, const char *text, size_t len)
{
    if (len > D_OUTPUT_MAX_LINE)
        len = D_OUTPUT_MAX_LINE;
    uint64_t seq = w->next_seq++; /* a lost line leaves its gap */
    if (w->line_count == D_OUTPUT_MAX_LINES)
        drop_oldest_line(w);
    if (output_make_room(w, len + 1) != 0)
        return; /* no room under the heap limit: the line is lost, the workload goes on */
    char *copy = d_strndup(text, len);
    if (!copy) {
        output_uncharge(w, len + 1);
        return; /* out of host memory: the same */
    }
    size_t slot = (w->line_head + w->line_count) % D_OUTPUT_MAX_LINES;
    w->line_count++;
    w->lines[slot].seq = seq;
    w->lines[slot].time = d_now_unix();
    w->lines[slot].text = copy;
}

/* Grows the unfinished line's buffer to hold size bytes, charged. Returns 0 or -1. */
static int partial_reserve(d_workload_t *w, size_t size)
{
    if (size <= w->partial_size)
        return 0;
    size_t more = size - w->partial_size;
    if (output_make_room(w, more) != 0)
        return -1;
    char *p = realloc(w->partial, size);
    if (!p) {
        output_uncharge(w, more);
        return -1;
    }
    w->partial = p;
    w->partial_size = size;
    return 0;
}

/* rt_config.write_out: split the runtime's output into lines. Output after output_free (a
 * run unwinding its finally blocks while the runtime is freed at close) is dropped: the ring
 * is gone and nobody can read it any more. */
static void capture_output(void *ctx, const char *data, size_t len)
{
    d_workload_t *w = ctx;
    if (!w->lines || w->output_closed)
        return;
    while (len > 0) {
        const char *nl = memchr(data, '\n', len);
        size_t chunk = nl ? (size_t)(nl - data) : len;
        if (w->partial_len + chunk > D_OUTPUT_MAX_LINE)
            chunk = w->partial_len < D_OUTPUT_MAX_LINE ? D_OUTPUT_MAX_LINE - w->partial_len : 0;
        if (chunk > 0 && partial_reserve(w, w->partial_len + chunk + 1) == 0) {
            memcpy(w->partial + w->partial_len, data, chunk);
            w->partial_len += chunk;
            w->partial[w->partial_len] = '\0';
        }
        if (!nl)
            return;
        push_line(w, w->partial ? w->partial : "", w->partial_len);
        w->partial_len = 0;
        size_t used = (size_t)(nl - data) + 1;
        data += used;
        len -= used;
    }
}

/* Frees the ring's texts and the unfinished line, uncharged. */
static void output_free(d_workload_t *w)
{
    if (w->lines) {
        while (w->line_count > 0)
            drop_oldest_line(w);
        free(w->lines);
        w->lines = NULL;
    }
    if (w->partial_size)
        output_uncharge(w, w->partial_size);
    free(w->partial);
    w->partial = NULL;
    w->partial_len = w->partial_size = 0;
}

/* Before a runtime is freed: its charge for the ring is undone (the ring stays). */
static void output_detach(d_workload_t *w)
{
    if (w->rt)
        rt_mem_uncharge(w->rt, w->output_charged);
}

/* A new runtime takes the ring's charge over, dropping the oldest lines (then the
 * unfinished one) while its limit refuses. */
static void output_attach(d_workload_t *w)
{
    rt_state *rt = w->rt;
    w->rt = NULL; /* the drops below uncharge nothing: rt holds none of the charge yet */
    while (w->output_charged > 0 && rt_mem_charge(rt, w->output_charged) != 0) {
        if (w->line_count > 0) {
            drop_oldest_line(w);
            continue;
        }
        output_uncharge(w, w->partial_size);
        free(w->partial);
        w->partial = NULL;
        w->partial_len = w->partial_size = 0;
    }
    w->rt = rt;
}

const d_output_line_t *d_workload_line(const d_workload_t *w, size_t i)
{
    return &w->lines[(w->line_head + i) % D_OUTPUT_MAX_LINES];
}

/* ---- errors ------------------------------------------------------------------ */

static void clear_error(d_workload_t *w)
{
    w->error_seq++;
    free(w->error_type);
    free(w->error_message);
    free(w->traceback);
    free(w->error_file);
    w->error_type = w->error_message = w->traceback = w->error_file = NULL;
    w->error_line = w->error_column = 0;
}

static void keep_error(d_workload_t *w)
{
    clear_error(w);
    const rt_error *e = w->rt ? rt_error_get(w->rt) : NULL;
    if (!e) {
        w->error_type = d_strdup("RuntimeError");
        w->error_message = d_strdup("the runtime reported an error without details");
        return;
    }
    w->error_type = d_strdup(e->type_name);
    w->error_message = d_strdup(e->message);
    w->traceback = d_strdup(e->traceback);
    w->error_file = e->filename && e->filename[0] ? d_strdup(e->filename) : NULL;
    w->error_line = e->line;
    w->error_column = e->column;
}

static void fail(d_workload_t *w)
{
    keep_error(w);
    w->errors_total++;
    w->phase = D_PHASE_IDLE;
    set_state(w, D_WL_FAILED);
}

/* The program has ended (failed: with an uncaught exception): its exit work
 * is next, in slices (D_PHASE_EXIT), as python3 runs atexit functions and
 * finalizers before it exits. False when there is none to do. */
static bool begin_exit(d_workload_t *w, bool failed)
{
    if (w->exit_done || !w->rt || !rt_exit_pending(w->rt)) {
        w->exit_done = true;
        return false;
    }
    w->phase = D_PHASE_EXIT;
    w->exit_failed = failed;
    return true;
}

/* A restart or a deletion ends the program: its exit work runs now, on this
 * thread, if no program code is pending (a top level or tick in progress is
 * dropped with the runtime, as before), in slices of the scheduler's length
 * until it ends or has used D_WORKLOAD_EXIT_INSTRUCTIONS instructions or
 * D_WORKLOAD_EXIT_CPU_NS of this thread's CPU time; what is left then is
 * dropped with the runtime (unwound under the stop request) and exit_cut says
 * so. The stop request that let the workload go (host.c) was for the slice it
 * interrupted: left set, it would end the exit work at its first safe point
 * (every 4,096 instructions), so it is cleared first. The runtime's own
 * budget ends a slice only where the code may suspend; exit work run inside a
 * collection (a generator's finally, a __del__) runs unbudgeted there, as any
 * such nested run does (vm.h). */
static void exit_now(d_workload_t *w)
{
    if (!w->rt || w->exit_done || (w->phase != D_PHASE_IDLE && w->phase != D_PHASE_EXIT) ||
        w->syntax_error)
        return;
    w->exit_done = true;
    int stop = RT_INTERRUPT_STOP;
    atomic_compare_exchange_strong(&w->interrupt, &stop, RT_INTERRUPT_NONE);
    rt_inspect_totals t;
    rt_inspect_totals_get(w->rt, &t);
    uint64_t ins0 = t.instructions_total, cpu0 = d_thread_cpu_ns();
    uint64_t slept = 0;
    rt_budget b = {.instructions = D_SCHED_SLICE_INSTRUCTIONS, .max_ns = D_SCHED_SLICE_NS};
    while (rt_run_exit(w->rt, &b) == RT_YIELD) {
        rt_inspect_totals_get(w->rt, &t);
        uint64_t until = rt_sleep_deadline(w->rt), now = d_now_ns();
        uint64_t nap = until > now ? until - now : 0;
        if (t.instructions_total - ins0 >= D_WORKLOAD_EXIT_INSTRUCTIONS ||
            d_thread_cpu_ns() - cpu0 >= D_WORKLOAD_EXIT_CPU_NS ||
            slept + nap > D_WORKLOAD_EXIT_SLEEP_NS) {
            w->exit_cut = true;
            break;
        }
        if (nap) { /* time.sleep in the exit work: a short one is waited for here */
            struct timespec ts = {(time_t)(nap / 1000000000u), (long)(nap % 1000000000u)};
            while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {
            }
            slept += nap;
        }
    }
}

/* ---- the collector's events and counters ------------------------------------------ */

static void observe_pause(d_pause_hist_t *h, uint64_t pause_ns, uint64_t cpu_ns)
{
    h->cpu_sum_ns += cpu_ns;
    double s = (double)pause_ns / 1e9;
    for (size_t i = 0; i < D_PAUSE_BUCKETS; i++)
        if (s <= d_pause_bucket_bounds[i])
            h->buckets[i]++;
    h->count++;
    h->sum_ns += pause_ns;
}

/* Hands every collection recorded since the last drain to the histogram and
 * on_gc. O(new events). */
static void drain_gc(d_workload_t *w)
{
    if (!w->rt)
        return;
    rt_gc_event evs[64];
    for (;;) {
        size_t n = rt_inspect_gc_events(w->rt, w->gc_seen_seq, evs, sizeof evs / sizeof evs[0]);
        if (n == 0)
            return;
        for (size_t i = 0; i < n; i++) {
            if (evs[i].seq > w->gc_seen_seq + 1)
                w->gc_lost_events += evs[i].seq - w->gc_seen_seq - 1;
            w->gc_seen_seq = evs[i].seq;
            observe_pause(&w->pauses, evs[i].pause_ns, evs[i].pause_cpu_ns);
            if (evs[i].generation >= 0 && evs[i].generation < RT_GC_GENERATIONS)
                observe_pause(&w->pauses_by_gen[evs[i].generation], evs[i].pause_ns,
                              evs[i].pause_cpu_ns);
            if (evs[i].pause_ns > w->pause_max_recent_ns)
                w->pause_max_recent_ns = evs[i].pause_ns;
            if (w->on_gc)
                w->on_gc(w->event_ctx, w, &evs[i]);
        }
    }
}

static void current_counters(d_workload_t *w, d_workload_counters_t *c)
{
    memset(c, 0, sizeof *c);
    if (!w->rt)
        return;
    rt_inspect_totals t;
    rt_inspect_gc g;
    rt_inspect_totals_get(w->rt, &t);
    rt_inspect_gc_get(w->rt, &g);
    c->allocated_bytes = t.allocated_bytes_total;
    c->allocated_objects = t.allocated_objects_total;
    c->refcount_freed_objects = t.refcount_freed_objects_total;
    c->gc_freed_objects = t.gc_freed_objects_total;
    c->instructions = t.instructions_total;
    for (int i = 0; i < RT_GC_GENERATIONS; i++) {
        c->gc_collections[i] = g.gen[i].collections;
        c->gc_collected[i] = g.gen[i].collected;
        c->gc_uncollectable[i] = g.gen[i].uncollectable;
    }
}

static void add_counters(d_workload_counters_t *a, const d_workload_counters_t *b)
{
    a->allocated_bytes += b->allocated_bytes;
    a->allocated_objects += b->allocated_objects;
    a->refcount_freed_objects += b->refcount_freed_objects;
    a->gc_freed_objects += b->gc_freed_objects;
    a->instructions += b->instructions;
    for (int i = 0; i < RT_GC_GENERATIONS; i++) {
        a->gc_collections[i] += b->gc_collections[i];
        a->gc_collected[i] += b->gc_collected[i];
        a->gc_uncollectable[i] += b->gc_uncollectable[i];
    }
}

void d_workload_counters(d_workload_t *w, d_workload_counters_t *out)
{
    current_counters(w, out);
    add_counters(out, &w->base);
}

int d_workload_collect(d_workload_t *w, int generation, rt_gc_event *ev)
{
    if (!w->rt || generation < 0 || generation >= RT_GC_GENERATIONS)
        return -1;
    drain_gc(w); /* keep events in order: anything older goes first */
    if (rt_inspect_collect(w->rt, generation, ev) != 0)
        return -1;
    drain_gc(w);
    return 0;
}

/* Frees the runtime, keeping its counters in the base. */
static void drop_runtime(d_workload_t *w)
{
    if (!w->rt)
        return;
    drain_gc(w);
    d_workload_counters_t c;
    current_counters(w, &c);
    add_counters(&w->base, &c);
    output_detach(w);
    free_runtime(w->rt);
    w->rt = NULL;
    w->gc_seen_seq = 0;
}

/* ---- the runtime -------------------------------------------------------------- */

/* Creates the runtime and loads the source. Returns 0, -ENOMEM, or 1 when the
 * source has a syntax error (then the workload is failed). */
static int boot(d_workload_t *w)
{
    rt_config cfg = {
        .heap_limit_bytes = w->heap_limit_bytes,
        .recursion_limit = 0,
        .write_out = capture_output,
        .write_ctx = w,
        .write_err = capture_output, /* sys.stderr goes to the same output; input() is EOF */
        .err_ctx = w,
        .interrupt = &w->interrupt,
        .gc_cpu_ns = &w->gc_cpu_ns,
    };
    if (w->files.count) {
        /* import reads the workload's own files, and nothing else of the host */
        cfg.read_source = d_files_read_source;
        cfg.source_ctx = &w->files;
    }
    d_id_key(cfg.id_key);
    w->rt = rt_state_new(&cfg);
    if (!w->rt)
        return -ENOMEM;
    output_attach(w);
    rt_status st = rt_load(w->rt, w->filename, w->run_source, w->run_source_len);
    if (st != RT_OK) {
        w->syntax_error = (st == RT_ERR_SYNTAX);
        fail(w);
        return 1;
    }
    w->phase = D_PHASE_TOPLEVEL;
    /* the source's promise until the top level has run (then the fact) */
    w->has_tick = rt_top_level_assigns(w->rt, "tick") != 0;
    w->started = d_now_unix();
    return 0;
}

static void on_tick(uv_timer_t *t)
{
    d_workload_t *w = t->data;
    if (w->state != D_WL_RUNNING || !w->has_tick || !w->rt)
        return;
    if (w->phase != D_PHASE_IDLE || w->analysing) {
        w->tick_due = true; /* the previous tick (or the top level) is still running */
        return;
    }
    if (rt_call_global(w->rt, "tick") != RT_OK) {
        fail(w);
        return;
    }
    w->phase = D_PHASE_TICK;
}

d_workload_t *d_workload_new(const d_workload_options_t *opt, int *err)
{
    d_workload_t *w = calloc(1, sizeof *w);
    if (!w) {
        *err = -ENOMEM;
        return NULL;
    }
    atomic_init(&w->interrupt, RT_INTERRUPT_NONE);
    atomic_init(&w->slice_started_ns, 0);
    atomic_init(&w->gc_cpu_ns, 0);
    d_pub_init(&w->pub);
    w->lines = calloc(D_OUTPUT_MAX_LINES, sizeof *w->lines);
    w->name = d_strdup(opt->name);
    w->filename = d_strdup(opt->filename ? opt->filename : opt->name);
    w->source = d_strndup(opt->source, opt->source_len);
    w->source_len = opt->source_len;
    w->run_source = d_strndup(opt->source, opt->source_len);
    w->run_source_len = opt->source_len;
    w->tick_ms = opt->tick_ms > 0 ? opt->tick_ms : D_WORKLOAD_DEFAULT_TICK_MS;
    w->heap_limit_bytes =
        opt->heap_limit_bytes ? opt->heap_limit_bytes : D_WORKLOAD_DEFAULT_HEAP_LIMIT;
    w->origin = opt->origin;
    w->path = opt->path ? d_strdup(opt->path) : NULL;
    int files_err = opt->files ? d_files_copy(&w->files, opt->files) : 0;
    d_series_init(&w->series);
    w->next_seq = 1;
    w->created = d_now_unix();
    w->state = D_WL_RUNNING;
    if (!w->lines || !w->name || !w->filename || !w->source || !w->run_source || files_err) {
        *err = -ENOMEM;
        d_workload_close(w);
        d_workload_free(w);
        return NULL;
    }
    int rc = boot(w);
    if (rc < 0) {
        *err = rc;
        d_workload_close(w);
        d_workload_free(w);
        return NULL;
    }
    d_workload_publish(w);
    *err = 0;
    return w;
}

bool d_workload_compiled(const d_workload_t *w)
{
    return !w->syntax_error;
}

void d_workload_start(d_workload_t *w, uv_loop_t *loop)
{
    uv_timer_init(loop, &w->tick_timer);
    w->tick_timer.data = w;
    w->timer_live = true;
    uv_timer_start(&w->tick_timer, on_tick, (uint64_t)w->tick_ms, (uint64_t)w->tick_ms);
}

bool d_workload_runnable(const d_workload_t *w)
{
    return w->state == D_WL_RUNNING && w->phase != D_PHASE_IDLE && !w->analysing &&
           (!w->sleep_until_ns || d_now_ns() >= w->sleep_until_ns);
}

void d_workload_analysis_begin(d_workload_t *w)
{
    w->analysing = true;
}

void d_workload_analysis_end(d_workload_t *w)
{
    w->analysing = false;
    if (w->tick_due && w->phase == D_PHASE_IDLE && w->timer_live) {
        w->tick_due = false;
        on_tick(&w->tick_timer);
    }
}

bool d_workload_run_slice(d_workload_t *w, const rt_budget *budget)
{
    if (!d_workload_runnable(w))
        return false;
    uint64_t a = d_now_ns();
    atomic_store_explicit(&w->slice_started_ns, a, memory_order_relaxed);
    bool exiting = w->phase == D_PHASE_EXIT;
    rt_status st = exiting ? rt_run_exit(w->rt, budget) : rt_run(w->rt, budget);
    atomic_store_explicit(&w->slice_started_ns, 0, memory_order_relaxed);
    /* A timeout interrupt is for the slice that overstayed: it is over. A
     * stop stays until the workload is closed. */
    int timeout = RT_INTERRUPT_TIMEOUT;
    atomic_compare_exchange_strong(&w->interrupt, &timeout, RT_INTERRUPT_NONE);
    w->slices_total++;
    drain_gc(w);
    w->run_ns_total += d_now_ns() - a;
    switch (st) {
    case RT_YIELD:
        w->sleep_until_ns = rt_sleep_deadline(w->rt); /* 0 unless time.sleep ended the slice */
        return true;
    case RT_DONE:
        if (exiting) {
            w->exit_done = true;
            w->phase = D_PHASE_IDLE;
            set_state(w, w->exit_failed ? D_WL_FAILED : D_WL_FINISHED);
            return false;
        }
        if (w->phase == D_PHASE_TOPLEVEL) {
            w->has_tick = rt_has_global_function(w->rt, "tick") != 0;
            w->phase = D_PHASE_IDLE;
            if (!w->has_tick && begin_exit(w, false))
                return d_workload_runnable(w);
            if (!w->has_tick)
                set_state(w, D_WL_FINISHED);
        } else {
            w->ticks_total++;
            w->phase = D_PHASE_IDLE;
        }
        if (w->tick_due && w->state == D_WL_RUNNING && w->has_tick) {
            w->tick_due = false;
            on_tick(&w->tick_timer);
        }
        return d_workload_runnable(w);
    default:
        if (!exiting) {
            /* an uncaught exception ended the program (its top level or a
             * tick): the traceback is kept now, the workload fails once its
             * exit work is over */
            keep_error(w);
            w->errors_total++;
            if (begin_exit(w, true))
                return d_workload_runnable(w);
            w->phase = D_PHASE_IDLE;
            set_state(w, D_WL_FAILED);
            return false;
        }
        fail(w);
        return false;
    }
}

int d_workload_pause(d_workload_t *w)
{
    if (w->state != D_WL_RUNNING)
        return -1;
    set_state(w, D_WL_PAUSED);
    return 0;
}

int d_workload_resume(d_workload_t *w)
{
    if (w->state != D_WL_PAUSED)
        return -1;
    set_state(w, D_WL_RUNNING);
    return 0;
}

void d_workload_set_run_source(d_workload_t *w, char *source, size_t len)
{
    free(w->run_source);
    w->run_source = source;
    w->run_source_len = len;
}

int d_workload_restart(d_workload_t *w)
{
    exit_now(w);
    drop_runtime(w);
    clear_error(w);
    w->phase = D_PHASE_IDLE;
    w->tick_due = false;
    w->syntax_error = false;
    w->exit_done = false;
    w->exit_failed = false;
    w->exit_cut = false;
    w->restarts++;
    set_state(w, D_WL_RUNNING);
    int rc = boot(w);
    if (rc < 0) {
        /* No runtime: the workload must not stay running (its timer would
         * tick a NULL runtime). It fails, and a later restart may succeed. */
        w->error_type = d_strdup("MemoryError");
        w->error_message = d_strdup("the host is out of memory: no runtime could be created");
        w->errors_total++;
        set_state(w, D_WL_FAILED);
        return rc;
    }
    return 0;
}

/* Frees what only the worker touches, then lets the owner know. The ring outlives the
 * runtime (uncharged) so that the loop can log what the exit work wrote when the workload was
 * deleted (exit_seq): nobody can ask for it over the API any more. */
static void close_runtime_side(d_workload_t *w)
{
    w->exit_seq = w->next_seq;
    exit_now(w);
    if (w->lines && w->partial_len > 0) { /* an unfinished last line is a line */
        push_line(w, w->partial, w->partial_len);
        w->partial_len = 0;
    }
    w->output_closed = true;
    output_detach(w);
    if (w->rt) {
        drain_gc(w);
        free_runtime(w->rt);
        w->rt = NULL;
    }
    if (w->on_closed)
        w->on_closed(w, w->closed_ctx);
}

static void on_timer_closed(uv_handle_t *h)
{
    close_runtime_side(h->data);
}

void d_workload_close(d_workload_t *w)
{
    if (!w->timer_live) {
        close_runtime_side(w);
        return;
    }
    w->timer_live = false;
    uv_timer_stop(&w->tick_timer);
    uv_close((uv_handle_t *)&w->tick_timer, on_timer_closed);
}

void d_workload_free(d_workload_t *w)
{
    output_free(w);
    if (w->rt)
        free_runtime(w->rt);
    free(w->path);
    d_files_dispose(&w->files);
    clear_error(w);
    free(w->name);
    free(w->filename);
    free(w->source);
    free(w->run_source);
    free(w);
}

/* ---- the published view ---------------------------------------------------------- */

/* Fills v; the error strings only when v's are older than w's (always
 * when all is set). */
static void fill_view(d_workload_t *w, d_view_t *v, bool all)
{
    v->published = d_now_unix();
    v->state = (int)w->state;
    v->has_tick = w->has_tick;
    v->has_runtime = w->rt != NULL;
    v->syntax_error = w->syntax_error;
    v->started = w->started;
    v->ticks_total = w->ticks_total;
    v->errors_total = w->errors_total;
    v->restarts = w->restarts;
    v->slices_total = w->slices_total;
    v->run_ns_total = w->run_ns_total;
    memset(&v->totals, 0, sizeof v->totals);
    memset(&v->gc, 0, sizeof v->gc);
    if (w->rt) {
        rt_inspect_totals_get(w->rt, &v->totals);
        rt_inspect_gc_get(w->rt, &v->gc);
    }
    d_workload_counters(w, &v->counters);
    v->pauses = w->pauses;
    memcpy(v->pauses_by_gen, w->pauses_by_gen, sizeof v->pauses_by_gen);
    v->gc_lost_events = w->gc_lost_events;
    const d_sample_t *last = d_series_last(&w->series);
    if (last)
        v->last = *last;
    else
        memset(&v->last, 0, sizeof v->last);
    const d_site_sample_t *a = d_site_series_last(&w->series.sites);
    v->analysed = a && a->restarts == w->restarts;
    v->analysed_retained_bytes = v->analysed ? a->closure_retained_bytes : 0;
    if (v->analysed && (all || v->sites.time != a->time)) {
        v->sites = *a;
        memcpy(v->site_labels, w->series.sites.labels, a->nsites * sizeof v->site_labels[0]);
    }
    v->output_lines = w->line_count;
    v->output_last_seq = w->next_seq - 1;
    if (all || v->error_seq != w->error_seq || w->error_seq == 0) {
        /* Strings are copied only when they changed since this buffer had them. */
        v->error_seq = w->error_seq;
        v->error_line = w->error_line;
        v->error_column = w->error_column;
        d_view_copy_str(v->error_type, sizeof v->error_type, w->error_type, false);
        d_view_copy_str(v->error_file, sizeof v->error_file, w->error_file, false);
        d_view_copy_str(v->error_message, sizeof v->error_message, w->error_message, false);
        d_view_copy_str(v->traceback, sizeof v->traceback, w->traceback, true);
    }
}

void d_workload_publish(d_workload_t *w)
{
    fill_view(w, d_pub_write_begin(&w->pub), false);
    d_pub_write_end(&w->pub);
}

void d_workload_view_fill(d_workload_t *w, d_view_t *v)
{
    fill_view(w, v, true);
}

const d_view_t *d_workload_view(d_workload_t *w)
{
    return d_pub_read(&w->pub);
}
