/* host.c: the workload set: add/remove with persistence, the per-second
 * sampler, events from workloads, shutdown. The inspector is in
 * inspector.c, files, directories and stored uploads in sources.c. */
#include "host/host.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A log line's structured field naming the workload (JSON logs carry it as a member). */
#define WORKLOAD_FIELD(name) ((const d_log_field_t[]){{"workload", (name)}})

/* ---- events from workloads ------------------------------------------------------ */

static void on_workload_event(void *ctx, d_workload_t *w, d_workload_state_t old)
{
    d_host_t *h = ctx;
    if (w->state == D_WL_FAILED && w->error_type) {
        if (w->error_line > 0)
            d_log_fields(h->log, D_LOG_ERROR, WORKLOAD_FIELD(w->name), 1,
                         "workload %s: %s -> failed: %s: %s (%s line %d)", w->name,
                         d_workload_state_name(old), w->error_type,
                         w->error_message ? w->error_message : "", w->filename, w->error_line);
        else
            d_log_fields(h->log, D_LOG_ERROR, WORKLOAD_FIELD(w->name), 1,
                         "workload %s: %s -> failed: %s: %s", w->name, d_workload_state_name(old),
                         w->error_type, w->error_message ? w->error_message : "");
    } else {
        d_log_fields(h->log, D_LOG_INFO, WORKLOAD_FIELD(w->name), 1, "workload %s: %s -> %s",
                     w->name, d_workload_state_name(old), d_workload_state_name(w->state));
    }
    if (w->state == D_WL_RUNNING)
        d_sched_wake(&h->sched);
    if (h->listener.on_workload)
        h->listener.on_workload(h->listener.ctx, w, D_HOST_STATE, old);
}

static void on_workload_gc(void *ctx, d_workload_t *w, const rt_gc_event *ev)
{
    d_host_t *h = ctx;
    if (ev->pause_ns > D_HOST_SLOW_GC_NS)
        d_log_fields(h->log, D_LOG_WARN, WORKLOAD_FIELD(w->name), 1,
                     "workload %s: generation %d collection paused %.1f ms wall clock, %.1f ms "
                     "CPU (%llu examined, %llu collected)",
                     w->name, ev->generation, (double)ev->pause_ns / 1e6,
                     (double)ev->pause_cpu_ns / 1e6, (unsigned long long)ev->examined,
                     (unsigned long long)ev->collected);
    if (h->listener.on_gc)
        h->listener.on_gc(h->listener.ctx, w, ev);
}

/* ---- sampling ---------------------------------------------------------------------- */

static void sample_one(d_host_t *h, d_workload_t *w)
{
    if (!w->rt)
        return;
    d_sample_t s;
    memset(&s, 0, sizeof s);
    rt_inspect_totals t;
    rt_inspect_env_totals_t env; /* O(live closures), once a second */
    d_workload_counters_t c;
    rt_inspect_totals_get(w->rt, &t);
    rt_inspect_env_totals(w->rt, &env);
    d_workload_counters(w, &c);
    const d_sample_t *prev = d_series_last(&w->series);
    s.time = d_now_unix();
    s.heap_bytes = t.heap_bytes;
    s.heap_objects = t.heap_objects;
    s.closures = env.closures;
    s.env_bytes = env.env_bytes;
    s.env_shallow_bytes = env.env_shallow_bytes;
    for (int g = 0; g < D_SERIES_GENERATIONS && g < RT_GC_GENERATIONS; g++) {
        s.collections_total[g] = c.gc_collections[g];
        uint64_t before = prev ? prev->collections_total[g] : 0;
        s.collections[g] = c.gc_collections[g] >= before ? c.gc_collections[g] - before : 0;
    }
    s.max_pause_ns = w->pause_max_recent_ns;
    w->pause_max_recent_ns = 0;
    s.instructions_total = c.instructions;
    s.ticks_total = w->ticks_total;
    d_series_push(&w->series, &s);
    if (h->listener.on_sample)
        h->listener.on_sample(h->listener.ctx, w, d_series_last(&w->series));
}

void d_host_sample(d_host_t *h)
{
    for (d_workload_t *w = h->sched.head; w; w = w->next)
        sample_one(h, w);
}

static void on_sample_timer(uv_timer_t *t)
{
    d_host_sample(t->data);
}

/* ---- adding and removing ----------------------------------------------------------- */

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
    if (d_sched_find(&h->sched, opt->name))
        return D_HOST_ADD_EXISTS;
    int err = 0;
    d_workload_t *w = d_workload_new(h->loop, opt, &err);
    if (!w)
        return D_HOST_ADD_NO_MEMORY;
    if (!d_workload_compiled(w) && reject_syntax) {
        if (syntax)
            *syntax = w;
        else
            d_workload_close(w);
        return D_HOST_ADD_SYNTAX;
    }
    if (persist && opt->origin == D_ORIGIN_UPLOAD) {
        d_store_record_t rec = {
            .name = w->name,
            .source = w->source,
            .source_len = w->source_len,
            .tick_ms = opt->tick_ms,
            .heap_limit_bytes = opt->heap_limit_bytes,
        };
        int rc = d_store_save(&h->store, &rec);
        if (rc != 0) {
            if (save_err)
                *save_err = rc;
            d_log_fields(h->log, D_LOG_ERROR, WORKLOAD_FIELD(w->name), 1,
                         "workload %s: cannot persist the upload in %s: %s", w->name, h->store.dir,
                         strerror(-rc));
            d_workload_close(w);
            return D_HOST_ADD_NOT_SAVED;
        }
    }
    w->on_event = on_workload_event;
    w->on_gc = on_workload_gc;
    w->event_ctx = h;
    d_workload_start(w);
    d_sched_add(&h->sched, w);
    if (w->state == D_WL_FAILED)
        d_log_fields(h->log, D_LOG_ERROR, WORKLOAD_FIELD(w->name), 1,
                     "workload %s (%s, %s): %s: %s (line %d, column %d)", w->name,
                     d_workload_origin_name(w->origin), w->filename,
                     w->error_type ? w->error_type : "error",
                     w->error_message ? w->error_message : "", w->error_line, w->error_column);
    else
        d_log_fields(h->log, D_LOG_INFO, WORKLOAD_FIELD(w->name), 1,
                     "workload %s (%s, %s): started, tick every %d ms, heap limit %zu bytes",
                     w->name, d_workload_origin_name(w->origin), w->filename, w->tick_ms,
                     w->heap_limit_bytes);
    if (h->listener.on_workload)
        h->listener.on_workload(h->listener.ctx, w, D_HOST_ADDED, w->state);
    if (out)
        *out = w;
    return D_HOST_ADD_OK;
}

d_host_add_result_t d_host_add(d_host_t *h, const d_workload_options_t *opt, bool reject_syntax,
                               d_workload_t **out, d_workload_t **syntax, int *save_err)
{
    return d__host_add(h, opt, reject_syntax, true, out, syntax, save_err);
}

int d_host_remove(d_host_t *h, d_workload_t *w)
{
    if (h->listener.on_workload)
        h->listener.on_workload(h->listener.ctx, w, D_HOST_REMOVED, w->state);
    d_sched_remove(&h->sched, w);
    int rc = 0;
    if (w->origin == D_ORIGIN_UPLOAD) {
        rc = d_store_delete(&h->store, w->name);
        if (rc != 0)
            d_log_fields(h->log, D_LOG_ERROR, WORKLOAD_FIELD(w->name), 1,
                         "workload %s: cannot delete its stored upload: %s", w->name,
                         strerror(-rc));
    }
    d_log_fields(h->log, D_LOG_INFO, WORKLOAD_FIELD(w->name), 1, "workload %s: removed", w->name);
    d_snapshots_forget(&h->snapshots, w->name);
    w->on_event = NULL;
    w->on_gc = NULL;
    d_workload_close(w);
    return rc;
}

int d_host_restart(d_host_t *h, d_workload_t *w)
{
    int rc = d_workload_restart(w);
    d_sched_wake(&h->sched);
    return rc < 0 ? -1 : 0;
}

int d_host_pause(d_host_t *h, d_workload_t *w)
{
    (void)h;
    return d_workload_pause(w);
}

int d_host_resume(d_host_t *h, d_workload_t *w)
{
    int rc = d_workload_resume(w);
    d_sched_wake(&h->sched);
    return rc;
}

d_workload_t *d_host_find(const d_host_t *h, const char *name)
{
    return d_sched_find(&h->sched, name);
}

d_workload_t *d_host_first(const d_host_t *h)
{
    return h->sched.head;
}

size_t d_host_count(const d_host_t *h)
{
    return h->sched.count;
}

/* ---- life cycle ----------------------------------------------------------------------- */

int d_host_init(d_host_t *h, uv_loop_t *loop, const d_log_t *log, const char *state_dir,
                const d_host_listener_t *listener)
{
    memset(h, 0, sizeof *h);
    h->loop = loop;
    h->log = log;
    if (listener)
        h->listener = *listener;
    int rc = d_store_init(&h->store, state_dir, log);
    if (rc != 0)
        return rc;
    rc = d_sched_init(&h->sched, loop);
    if (rc != 0) {
        d_store_dispose(&h->store);
        return rc;
    }
    uv_timer_init(loop, &h->sampler);
    h->sampler.data = h;
    uv_timer_init(loop, &h->inspector);
    h->inspector.data = h;
    d_snapshots_init(&h->snapshots);
    h->handles_open = 3; /* the sampler, the inspector and the scheduler */
    return 0;
}

void d_host_start(d_host_t *h)
{
    d__host_load_stored(h);
    uv_timer_start(&h->sampler, on_sample_timer, D_HOST_SAMPLE_MS, D_HOST_SAMPLE_MS);
    uv_timer_start(&h->inspector, d__host_on_inspect_timer, D_HOST_INSPECT_TICK_MS,
                   D_HOST_INSPECT_TICK_MS);
}

static void maybe_done(d_host_t *h)
{
    if (h->handles_open > 0 || h->closing_workloads > 0)
        return;
    d_store_dispose(&h->store);
    d_snapshots_dispose(&h->snapshots);
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

static void on_sched_closed(d_sched_t *s)
{
    d_host_t *h = (d_host_t *)((char *)s - offsetof(d_host_t, sched));
    h->handles_open--;
    maybe_done(h);
}

static void on_workload_closed(d_workload_t *w, void *ctx)
{
    (void)w;
    d_host_t *h = ctx;
    h->closing_workloads--;
    maybe_done(h);
}

void d_host_close(d_host_t *h, void (*on_closed)(d_host_t *h))
{
    if (h->closing)
        return;
    h->closing = true;
    h->on_closed = on_closed;
    uv_timer_stop(&h->sampler);
    uv_close((uv_handle_t *)&h->sampler, on_part_closed);
    uv_timer_stop(&h->inspector);
    uv_close((uv_handle_t *)&h->inspector, on_part_closed);
    while (h->sched.head) {
        d_workload_t *w = h->sched.head;
        d_sched_remove(&h->sched, w);
        w->on_event = NULL;
        w->on_gc = NULL;
        w->on_closed = on_workload_closed;
        w->closed_ctx = h;
        h->closing_workloads++;
        d_workload_close(w);
    }
    d_sched_close(&h->sched, on_sched_closed);
}
