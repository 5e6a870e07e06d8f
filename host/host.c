/* host.c: the registry of workloads on the loop thread, the workers they
 * are pinned to, what the workers report, the watchdog, shutdown. The
 * inspector is in inspector.c, files, directories and stored uploads in
 * sources.c. */
#include "host/host.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/* A log line's structured field naming the workload (JSON logs carry it as a member). */
#define WORKLOAD_FIELD(name) ((const d_log_field_t[]){{"workload", (name)}})

/* ---- what workers report ------------------------------------------------------------ */

static void log_state(d_host_t *h, d_workload_t *w, int old, int now)
{
    const d_view_t *v = d_workload_view(w);
    const char *from = d_workload_state_name((d_workload_state_t)old);
    if (now == D_WL_FAILED && v->error_type[0]) {
        if (v->error_line > 0)
            d_log_fields(h->log, D_LOG_ERROR, WORKLOAD_FIELD(w->name), 1,
                         "workload %s: %s -> failed: %s: %s (%s line %d)", w->name, from,
                         v->error_type, v->error_message,
                         v->error_file[0] ? v->error_file : w->filename, v->error_line);
        else
            d_log_fields(h->log, D_LOG_ERROR, WORKLOAD_FIELD(w->name), 1,
                         "workload %s: %s -> failed: %s: %s", w->name, from, v->error_type,
                         v->error_message);
    } else {
        d_log_fields(h->log, D_LOG_INFO, WORKLOAD_FIELD(w->name), 1, "workload %s: %s -> %s",
                     w->name, from, d_workload_state_name((d_workload_state_t)now));
    }
}

static void maybe_done(d_host_t *h);

/* A deleted workload's last words: what its exit work (atexit functions, finalizers) wrote
 * in the slice the deletion gave it, one log line each, since the workload and its output
 * are gone from the API by then. */
static void log_exit_output(d_host_t *h, d_workload_t *w)
{
    for (size_t i = 0; i < w->line_count; i++) {
        const d_output_line_t *l = d_workload_line(w, i);
        if (l->seq >= w->exit_seq)
            d_log_fields(h->log, D_LOG_INFO, WORKLOAD_FIELD(w->name), 1,
                         "workload %s: output at removal: %s", w->name, l->text);
    }
}

static void on_note(d_mailbox_t *mb, d_msg_t *m)
{
    d_host_t *h = mb->data;
    if (m->kind == D_HOST_MSG_ANSWER) {
        d_query_t *q = (d_query_t *)m;
        q->done(q);
        return;
    }
    d_host_note_t *n = (d_host_note_t *)m;
    d_workload_t *w = n->w;
    switch (m->kind) {
    case D_HOST_MSG_STATE:
        if (w->removed)
            break;
        log_state(h, w, n->old_state, n->new_state);
        if (h->listener.on_workload)
            h->listener.on_workload(h->listener.ctx, w, D_HOST_STATE,
                                    (d_workload_state_t)n->old_state);
        break;
    case D_HOST_MSG_GC:
        if (w->removed)
            break;
        /* CPU time: a wall-clock pause on a busy machine is mostly the scheduler's. */
        if (n->ev.pause_cpu_ns > D_HOST_SLOW_GC_NS)
            d_log_fields(h->log, D_LOG_WARN, WORKLOAD_FIELD(w->name), 1,
                         "workload %s: generation %d collection paused %.1f ms wall clock, %.1f "
                         "ms CPU (%llu examined, %llu collected)",
                         w->name, n->ev.generation, (double)n->ev.pause_ns / 1e6,
                         (double)n->ev.pause_cpu_ns / 1e6, (unsigned long long)n->ev.examined,
                         (unsigned long long)n->ev.collected);
        if (h->listener.on_gc)
            h->listener.on_gc(h->listener.ctx, w, &n->ev);
        break;
    case D_HOST_MSG_CLOSED:
        w->worker->pinned--;
        if (w->removed)
            log_exit_output(h, w);
        if (w->removed && w->exit_cut)
            d_log_fields(h->log, D_LOG_WARN, WORKLOAD_FIELD(w->name), 1,
                         "workload %s: its exit work was cut off at its budget (%u instructions "
                         "or %.0f ms of CPU time)",
                         w->name, D_WORKLOAD_EXIT_INSTRUCTIONS,
                         (double)D_WORKLOAD_EXIT_CPU_NS / 1e6);
        d_workload_free(w);
        h->closing_workloads--;
        maybe_done(h);
        break;
    case D_HOST_MSG_STOPPED:
        d_worker_join(n->worker);
        if (n->old_state != 0)
            d_log_error(h->log, "worker %d: its loop did not close clean", n->worker->index);
        h->workers_running--;
        maybe_done(h);
        break;
    default: break;
    }
    free(n);
}

void d__host_notify(d_host_t *h, int kind, d_workload_t *w, d_worker_t *wk, int old_state,
                    int new_state, const rt_gc_event *ev)
{
    d_host_note_t *n = calloc(1, sizeof *n);
    if (!n)
        return; /* out of memory: an event is lost, the workload goes on */
    n->msg.kind = kind;
    n->w = w;
    n->worker = wk;
    n->old_state = old_state;
    n->new_state = new_state;
    if (ev)
        n->ev = *ev;
    if (d_mailbox_post(&h->inbox, &n->msg) != 0)
        free(n);
}

/* `stats` for the listener: each workload's newest per-second sample, once. */
static void on_stats_timer(uv_timer_t *t)
{
    d_host_t *h = t->data;
    for (d_workload_t *w = h->head; w; w = w->next) {
        const d_view_t *v = d_workload_view(w);
        if (v->last.time > w->stats_sent) {
            w->stats_sent = v->last.time;
            if (h->listener.on_sample)
                h->listener.on_sample(h->listener.ctx, w, &v->last);
        }
    }
}

/* The worker thread's CPU time in ns (the wall clock where its CPU clock cannot be read). */
static uint64_t worker_cpu_ns(const d_worker_t *wk)
{
    struct timespec ts;
    if (!wk || !wk->has_cpu_clock || clock_gettime(wk->cpu_clock, &ts) != 0)
        return d_now_ns();
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* The watchdog: a slice that used more than the limit of its worker's CPU time is in
 * code that cannot suspend (a nested run inside a collection, e.g. a gc callback;
 * sorted's key and other nested runs end at the slice's budget): its runtime gets
 * RT_INTERRUPT_TIMEOUT, so the workload fails with KeyboardInterrupt and its worker goes
 * on with the others. CPU time, not wall-clock time: on a loaded machine a worker may wait
 * seconds for a CPU in the middle of a slice (an import compiling a module) without doing
 * any more work. The CPU count starts when the watchdog first sees the slice (so a slice
 * may run up to one period more), less the CPU time of the automatic collections inside
 * it (the runtime's work, not the slice's; subtracted rather than restarting the count,
 * so that a loop that allocates, hence collects, cannot stay under the limit forever).
 * O(workloads) per period. */
static void on_watchdog(uv_timer_t *t)
{
    d_host_t *h = t->data;
    for (d_workload_t *w = h->head; w; w = w->next) {
        uint64_t began = atomic_load_explicit(&w->slice_started_ns, memory_order_relaxed);
        if (began == 0) {
            w->watched_start = 0;
            continue;
        }
        uint64_t gc = atomic_load_explicit(&w->gc_cpu_ns, memory_order_relaxed);
        uint64_t cpu = worker_cpu_ns(w->worker);
        if (began != w->watched_start) {
            w->watched_start = began;
            w->watched_cpu_ns = cpu;
            w->watched_gc_ns = gc;
            continue;
        }
        if (cpu < w->watched_cpu_ns)
            continue;
        uint64_t used = cpu - w->watched_cpu_ns, gc_used = gc - w->watched_gc_ns;
        used = used > gc_used ? used - gc_used : 0;
        if (used <= h->slice_timeout_ns)
            continue;
        int none = RT_INTERRUPT_NONE;
        if (atomic_compare_exchange_strong(&w->interrupt, &none, RT_INTERRUPT_TIMEOUT))
            d_log_fields(h->log, D_LOG_WARN, WORKLOAD_FIELD(w->name), 1,
                         "workload %s: a slice ran %.1f s of CPU time (limit %.1f s); interrupted",
                         w->name, (double)used / 1e9, (double)h->slice_timeout_ns / 1e9);
    }
}

/* ---- adding and removing ------------------------------------------------------------ */

static d_worker_t *least_loaded(d_host_t *h)
{
    d_worker_t *best = &h->workers[0];
    for (int i = 1; i < h->nworkers; i++)
        if (h->workers[i].pinned < best->pinned)
            best = &h->workers[i];
    return best;
}

d_host_add_result_t d__host_add(d_host_t *h, const d_workload_options_t *opt, bool reject_syntax,
                                bool persist, d_workload_t **out, d_workload_t **syntax,
                                int *save_err)
{
    if (out)
        *out = NULL;
    if (syntax)
        *syntax = NULL;
    if (h->closing)
        return D_HOST_ADD_CLOSING;
    if (!d_workload_name_valid(opt->name))
        return D_HOST_ADD_BAD_NAME;
    if (d_host_find(h, opt->name))
        return D_HOST_ADD_EXISTS;
    int err = 0;
    d_workload_t *w = d_workload_new(opt, &err);
    if (!w)
        return D_HOST_ADD_NO_MEMORY;
    if (!d_workload_compiled(w) && reject_syntax) {
        if (syntax)
            *syntax = w;
        else
            d_workload_free(w);
        return D_HOST_ADD_SYNTAX;
    }
    if (persist && opt->origin == D_ORIGIN_UPLOAD) {
        d_store_record_t rec = {
            .name = w->name,
            .source = w->source,
            .source_len = w->source_len,
            .tick_ms = opt->tick_ms,
            .heap_limit_bytes = opt->heap_limit_bytes,
            .files = &w->files,
            .main = w->files.count ? w->filename : NULL,
        };
        int rc = d_store_save(&h->store, &rec);
        if (rc != 0) {
            if (save_err)
                *save_err = rc;
            d_log_fields(h->log, D_LOG_ERROR, WORKLOAD_FIELD(w->name), 1,
                         "workload %s: cannot persist the upload in %s: %s", w->name, h->store.dir,
                         strerror(-rc));
            d_workload_free(w);
            return D_HOST_ADD_NOT_SAVED;
        }
    }
    d_worker_t *wk = least_loaded(h);
    w->worker = wk;
    /* Read before the handover: from then on these fields are the worker's. */
    const d_view_t *v = d_workload_view(w);
    if (v->state == D_WL_FAILED)
        d_log_fields(h->log, D_LOG_ERROR, WORKLOAD_FIELD(w->name), 1,
                     "workload %s (%s, %s): %s: %s (%s line %d, column %d)", w->name,
                     d_workload_origin_name(w->origin), w->filename,
                     v->error_type[0] ? v->error_type : "error", v->error_message,
                     v->error_file[0] ? v->error_file : w->filename, v->error_line,
                     v->error_column);
    else
        d_log_fields(h->log, D_LOG_INFO, WORKLOAD_FIELD(w->name), 1,
                     "workload %s (%s, %s): started on worker %d, tick every %d ms, heap limit %zu "
                     "bytes",
                     w->name, d_workload_origin_name(w->origin), w->filename, wk->index, w->tick_ms,
                     w->heap_limit_bytes);
    if (d_worker_post(wk, D_WORKER_ADD, w, NULL, 0) != 0) {
        d_workload_free(w);
        return D_HOST_ADD_NO_MEMORY;
    }
    wk->pinned++;
    w->next = NULL;
    d_workload_t **p = &h->head;
    while (*p)
        p = &(*p)->next;
    *p = w;
    h->count++;
    if (h->listener.on_workload)
        h->listener.on_workload(h->listener.ctx, w, D_HOST_ADDED, (d_workload_state_t)v->state);
    if (out)
        *out = w;
    return D_HOST_ADD_OK;
}

d_host_add_result_t d_host_add(d_host_t *h, const d_workload_options_t *opt, bool reject_syntax,
                               d_workload_t **out, d_workload_t **syntax, int *save_err)
{
    return d__host_add(h, opt, reject_syntax, true, out, syntax, save_err);
}

static void unlink_workload(d_host_t *h, d_workload_t *w)
{
    for (d_workload_t **p = &h->head; *p; p = &(*p)->next) {
        if (*p == w) {
            *p = w->next;
            h->count--;
            break;
        }
    }
    w->next = NULL;
}

/* Takes w out of the registry and has its worker close it; the memory goes
 * when the worker reports D_HOST_MSG_CLOSED. */
static void let_go(d_host_t *h, d_workload_t *w)
{
    unlink_workload(h, w);
    w->removed = true;
    atomic_store(&w->interrupt, RT_INTERRUPT_STOP);
    h->closing_workloads++;
    if (d_worker_post(w->worker, D_WORKER_REMOVE, w, NULL, 0) != 0)
        d_log_fields(h->log, D_LOG_ERROR, WORKLOAD_FIELD(w->name), 1,
                     "workload %s: cannot reach its worker (out of memory)", w->name);
}

int d_host_remove(d_host_t *h, d_workload_t *w)
{
    if (h->listener.on_workload)
        h->listener.on_workload(h->listener.ctx, w, D_HOST_REMOVED,
                                (d_workload_state_t)d_workload_view(w)->state);
    int rc = 0;
    if (w->origin == D_ORIGIN_UPLOAD) {
        rc = d_store_delete(&h->store, w->name);
        if (rc != 0)
            d_log_fields(h->log, D_LOG_ERROR, WORKLOAD_FIELD(w->name), 1,
                         "workload %s: cannot delete its stored upload: %s", w->name,
                         strerror(-rc));
    }
    d_log_fields(h->log, D_LOG_INFO, WORKLOAD_FIELD(w->name), 1, "workload %s: removed", w->name);
    let_go(h, w);
    return rc;
}

int d_host_restart(d_host_t *h, d_workload_t *w, const char *source, size_t len)
{
    if (h->closing)
        return -1;
    char *run = NULL;
    if (source) {
        char *shown = d_strndup(source, len);
        run = d_strndup(source, len);
        if (!shown || !run) {
            free(shown);
            free(run);
            return -1;
        }
        free(w->source);
        w->source = shown;
        w->source_len = len;
    }
    if (d_worker_post(w->worker, D_WORKER_RESTART, w, run, len) != 0) {
        free(run);
        return -1;
    }
    return 0;
}

int d_host_restart_now(d_workload_t *w)
{
    int rc = d_workload_restart(w);
    d_worker_changed(w);
    return rc < 0 ? -1 : 0;
}

int d_host_pause(d_workload_t *w)
{
    int rc = d_workload_pause(w);
    d_worker_changed(w);
    return rc;
}

int d_host_resume(d_workload_t *w)
{
    int rc = d_workload_resume(w);
    d_worker_changed(w);
    return rc;
}

int d_host_query(d_host_t *h, d_query_t *q)
{
    if (h->closing || !q->w || q->w->removed)
        return -1;
    return d_worker_query(q->w->worker, q);
}

d_workload_t *d_host_find(const d_host_t *h, const char *name)
{
    for (d_workload_t *w = h->head; w; w = w->next)
        if (strcmp(w->name, name) == 0)
            return w;
    return NULL;
}

d_workload_t *d_host_first(const d_host_t *h)
{
    return h->head;
}

size_t d_host_count(const d_host_t *h)
{
    return h->count;
}

/* ---- life cycle ----------------------------------------------------------------------- */

static int default_workers(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    if (n < 1)
        return 1;
    return n > D_HOST_MAX_WORKERS ? D_HOST_MAX_WORKERS : (int)n;
}

int d_host_init(d_host_t *h, uv_loop_t *loop, const d_log_t *log, const d_host_options_t *opt,
                const d_host_listener_t *listener)
{
    memset(h, 0, sizeof *h);
    h->loop = loop;
    h->log = log;
    if (listener)
        h->listener = *listener;
    int n = opt && opt->workers > 0 ? opt->workers : default_workers();
    if (n > D_HOST_MAX_WORKERS)
        n = D_HOST_MAX_WORKERS;
    int timeout_ms =
        opt && opt->slice_timeout_ms > 0 ? opt->slice_timeout_ms : D_HOST_DEFAULT_SLICE_TIMEOUT_MS;
    h->slice_timeout_ns = (uint64_t)timeout_ms * 1000000u;
    int rc = d_store_init(&h->store, opt ? opt->state_dir : NULL, log);
    if (rc != 0)
        return rc;
    h->workers = calloc((size_t)n, sizeof *h->workers);
    if (!h->workers || (rc = d_mailbox_init(&h->inbox, loop, on_note, h)) != 0) {
        free(h->workers);
        d_store_dispose(&h->store);
        return h->workers ? rc : -ENOMEM;
    }
    for (int i = 0; i < n; i++) {
        rc = d_worker_start(&h->workers[i], h, i);
        if (rc != 0)
            break;
        h->nworkers++;
        h->workers_running++;
    }
    if (rc != 0 && h->nworkers == 0) {
        d_mailbox_close(&h->inbox, d_mailbox_dispose);
        free(h->workers);
        d_store_dispose(&h->store);
        return rc;
    }
    if (rc != 0)
        d_log_warn(log, "only %d of %d worker threads started: %s", h->nworkers, n,
                   uv_strerror(rc));
    uv_timer_init(loop, &h->watchdog);
    uv_timer_init(loop, &h->stats);
    h->watchdog.data = h->stats.data = h;
    h->handles_open = 3; /* the watchdog, the stats timer, the mailbox */
    return 0;
}

void d_host_start(d_host_t *h)
{
    d__host_load_stored(h);
    uint64_t period = h->slice_timeout_ns / 4000000u;
    if (period > 100)
        period = 100;
    if (period < 10)
        period = 10;
    uv_timer_start(&h->watchdog, on_watchdog, period, period);
    /* Four times a second: a worker's new per-second sample goes out within 250 ms. */
    uv_timer_start(&h->stats, on_stats_timer, D_HOST_SAMPLE_MS / 4, D_HOST_SAMPLE_MS / 4);
    d_log_info(h->log, "%d worker thread(s), slices interrupted after %.1f s", h->nworkers,
               (double)h->slice_timeout_ns / 1e9);
}

static void on_inbox_closed(d_mailbox_t *mb)
{
    d_host_t *h = mb->data;
    d_mailbox_dispose(mb);
    h->handles_open--;
    maybe_done(h);
}

static void maybe_done(d_host_t *h)
{
    if (!h->closing)
        return;
    if (h->workers_running == 0 && h->closing_workloads == 0 && h->handles_open == 1) {
        /* Every worker has ended: nothing can post any more. */
        d_mailbox_close(&h->inbox, on_inbox_closed);
        return;
    }
    if (h->handles_open > 0 || h->workers_running > 0 || h->closing_workloads > 0)
        return;
    d_store_dispose(&h->store);
    free(h->workers);
    h->workers = NULL;
    if (h->on_closed) {
        void (*cb)(d_host_t *) = h->on_closed;
        h->on_closed = NULL;
        cb(h);
    }
}

static void on_part_closed(uv_handle_t *handle)
{
    d_host_t *h = handle->data;
    h->handles_open--;
    maybe_done(h);
}

void d_host_interrupt_running(d_host_t *h)
{
    for (d_workload_t *w = h->head; w; w = w->next)
        if (atomic_load_explicit(&w->slice_started_ns, memory_order_relaxed) != 0)
            atomic_store(&w->interrupt, RT_INTERRUPT_STOP);
}

void d_host_close(d_host_t *h, void (*on_closed)(d_host_t *h))
{
    if (h->closing)
        return;
    h->closing = true;
    h->on_closed = on_closed;
    uv_timer_stop(&h->watchdog);
    uv_close((uv_handle_t *)&h->watchdog, on_part_closed);
    uv_timer_stop(&h->stats);
    uv_close((uv_handle_t *)&h->stats, on_part_closed);
    /* Interrupt everything first, so that a workload stuck in a nested run
     * lets its worker go at once, then have each worker close its own. */
    for (d_workload_t *w = h->head; w; w = w->next)
        atomic_store(&w->interrupt, RT_INTERRUPT_STOP);
    while (h->head) {
        d_workload_t *w = h->head;
        unlink_workload(h, w);
        w->removed = true;
        h->closing_workloads++;
    }
    for (int i = 0; i < h->nworkers; i++)
        d_worker_stop(&h->workers[i]);
}
