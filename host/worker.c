/* worker.c: a worker thread: its loop, its mailbox of commands and queries,
 * its scheduler, the sampler and the publisher of its workloads (worker.h). */
#include "host/worker.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "host/host.h"

/* ---- reports to the loop thread --------------------------------------------------- */

static void on_workload_event(void *ctx, d_workload_t *w, d_workload_state_t old)
{
    d_worker_t *wk = ctx;
    d_workload_publish(w); /* the view is at least as new as the note */
    d__host_notify(wk->host, D_HOST_MSG_STATE, w, wk, (int)old, (int)w->state, NULL);
}

static void on_workload_gc(void *ctx, d_workload_t *w, const rt_gc_event *ev)
{
    d_worker_t *wk = ctx;
    d__host_notify(wk->host, D_HOST_MSG_GC, w, wk, 0, 0, ev);
}

static void on_workload_closed(d_workload_t *w, void *ctx)
{
    d_worker_t *wk = ctx;
    d__host_notify(wk->host, D_HOST_MSG_CLOSED, w, wk, 0, 0, NULL);
}

/* ---- sampling and publishing -------------------------------------------------------- */

void d_worker_sample(d_workload_t *w)
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
}

static void on_sampler(uv_timer_t *t)
{
    d_worker_t *wk = t->data;
    for (d_workload_t *w = wk->sched.head; w; w = w->sched_next) {
        d_worker_sample(w);
        d_workload_publish(w);
    }
}

static void on_publisher(uv_timer_t *t)
{
    d_worker_t *wk = t->data;
    for (d_workload_t *w = wk->sched.head; w; w = w->sched_next)
        d_workload_publish(w);
}

void d_worker_changed(d_workload_t *w)
{
    d_sched_wake(&w->worker->sched);
    d_workload_publish(w);
}

d_snapshots_t *d_worker_marks(d_workload_t *w)
{
    return &w->worker->marks;
}

/* ---- commands -------------------------------------------------------------------------- */

static void take(d_worker_t *wk, d_workload_t *w)
{
    w->on_event = on_workload_event;
    w->on_gc = on_workload_gc;
    w->event_ctx = wk;
    d_workload_start(w, &wk->loop);
    d_sched_add(&wk->sched, w);
    d_workload_publish(w);
}

static void let_go(d_worker_t *wk, d_workload_t *w)
{
    d_sched_remove(&wk->sched, w);
    d_snapshots_forget(&wk->marks, w->name);
    w->on_event = NULL;
    w->on_gc = NULL;
    w->on_closed = on_workload_closed;
    w->closed_ctx = wk;
    d_workload_close(w);
}

static void post_answer(d_worker_t *wk, d_query_t *q)
{
    q->msg.kind = D_HOST_MSG_ANSWER;
    if (d_mailbox_post(&wk->host->inbox, &q->msg) != 0)
        abort(); /* the host's mailbox outlives every worker (host.c): cannot happen */
}

static void steps_begin(d_worker_t *wk, d_workload_t *w, d_query_t *q);

static void answer(d_worker_t *wk, d_query_t *q)
{
    int queued = D_QUERY_QUEUED;
    if (atomic_compare_exchange_strong(&q->state, &queued, D_QUERY_RUNNING)) {
        q->again = false;
        q->run(q);
        if (q->again && q->w) {
            steps_begin(wk, q->w, q); /* answered when its steps end */
            return;
        }
        if (q->w)
            d_workload_publish(q->w);
        atomic_store(&q->state, D_QUERY_DONE);
    }
    post_answer(wk, q);
}

static void on_handle_closed(uv_handle_t *h)
{
    d_worker_t *wk = h->data;
    wk->handles_open--;
}

static void on_sched_closed(d_sched_t *s)
{
    d_worker_t *wk = s->data;
    wk->handles_open--;
}

static void on_inbox_closed(d_mailbox_t *mb)
{
    d_worker_t *wk = mb->data;
    wk->handles_open--;
}

static void stop(d_worker_t *wk)
{
    if (wk->stopping)
        return;
    wk->stopping = 1;
    while (wk->sched.head)
        let_go(wk, wk->sched.head);
    d_sched_close(&wk->sched, on_sched_closed);
    uv_close((uv_handle_t *)&wk->stepper, on_handle_closed);
    uv_close((uv_handle_t *)&wk->publisher, on_handle_closed);
    uv_close((uv_handle_t *)&wk->sampler, on_handle_closed);
    uv_close((uv_handle_t *)&wk->inspector, on_handle_closed);
    d_mailbox_close(&wk->inbox, on_inbox_closed);
}

static void steps_run(d_worker_t *wk);

static void handle(d_worker_t *wk, d_msg_t *m)
{
    if (m->kind == D_WORKER_QUERY) {
        answer(wk, (d_query_t *)m);
        return;
    }
    if (m == &wk->stop_msg) {
        while (wk->stepping || wk->inspected) /* the rest of the steps: stopping is bounded */
            steps_run(wk);
        stop(wk);
        return;
    }
    d_worker_cmd_t *c = (d_worker_cmd_t *)m;
    switch (m->kind) {
    case D_WORKER_ADD:
        if (wk->stopping) {
            c->w->on_closed = on_workload_closed;
            c->w->closed_ctx = wk;
            d_workload_close(c->w);
        } else {
            take(wk, c->w);
        }
        break;
    case D_WORKER_REMOVE:
        if (!wk->stopping)
            let_go(wk, c->w);
        break;
    case D_WORKER_RESTART:
        if (c->source) {
            d_workload_set_run_source(c->w, c->source, c->source_len);
            c->source = NULL;
        }
        if (!wk->stopping) {
            d_workload_restart(c->w);
            d_worker_changed(c->w);
        }
        break;
    default: break;
    }
    free(c->source);
    free(c);
}

/* Whether m must wait for steps under way: a query for a heap they hold, or any other
 * message (add, remove, restart) while any goes on. The stop never waits. */
static bool must_wait(const d_worker_t *wk, d_msg_t *m)
{
    if (m == &wk->stop_msg)
        return false;
    if (m->kind == D_WORKER_QUERY) {
        const d_query_t *q = (const d_query_t *)m;
        return q->w && q->w->analysing;
    }
    return wk->stepping || wk->inspected;
}

static void on_message(d_mailbox_t *mb, d_msg_t *m)
{
    d_worker_t *wk = mb->data;
    if (!must_wait(wk, m)) {
        handle(wk, m);
        return;
    }
    m->next = NULL;
    if (wk->held_tail)
        wk->held_tail->next = m;
    else
        wk->held = m;
    wk->held_tail = m;
}

/* Handles, in order, the held messages that need not wait any more (one may begin steps
 * that make the next ones wait again). */
static void held_drain(d_worker_t *wk)
{
    d_msg_t *m = wk->held, *keep = NULL, *keep_tail = NULL;
    wk->held = wk->held_tail = NULL;
    while (m) {
        d_msg_t *next = m->next;
        if (must_wait(wk, m)) {
            m->next = NULL;
            if (keep_tail)
                keep_tail->next = m;
            else
                keep = m;
            keep_tail = m;
        } else {
            handle(wk, m);
        }
        m = next;
    }
    /* what handle() held meanwhile came after these */
    if (keep) {
        keep_tail->next = wk->held;
        if (!wk->held)
            wk->held_tail = keep_tail;
        wk->held = keep;
    }
}

/* ---- answers in steps ------------------------------------------------------------------ */

static void on_step(uv_idle_t *h)
{
    steps_run(h->data);
}

/* q (or, q NULL, the inspector) goes on in steps on w's heap. */
static void steps_begin(d_worker_t *wk, d_workload_t *w, d_query_t *q)
{
    d_workload_analysis_begin(w);
    if (q) {
        q->step_next = NULL;
        d_query_t **pp = &wk->stepping;
        while (*pp)
            pp = &(*pp)->step_next;
        *pp = q;
    } else {
        wk->inspected = w;
    }
    uv_idle_start(&wk->stepper, on_step);
}

void d_worker_analysis_hold(d_workload_t *w)
{
    steps_begin(w->worker, w, NULL);
}

static void steps_end(d_workload_t *w)
{
    d_workload_analysis_end(w);
    d_worker_changed(w);
}

/* One step of each answer under way (the queries' handlers, the inspector); those that end
 * answer, their workloads run again, and the messages that waited for them are handled. */
static void steps_run(d_worker_t *wk)
{
    d_query_t **pp = &wk->stepping;
    while (*pp) {
        d_query_t *q = *pp;
        q->again = false;
        q->run(q);
        if (q->again) {
            pp = &q->step_next;
            continue;
        }
        *pp = q->step_next;
        steps_end(q->w);
        d_workload_publish(q->w);
        atomic_store(&q->state, D_QUERY_DONE);
        post_answer(wk, q);
    }
    d_workload_t *w = wk->inspected;
    if (w && d_worker_inspect(w) != 1) {
        wk->inspected = NULL;
        steps_end(w);
    }
    if (!wk->stepping && !wk->inspected)
        uv_idle_stop(&wk->stepper);
    held_drain(wk);
}

/* ---- the thread ------------------------------------------------------------------------ */

static void between_slices(void *ctx)
{
    d_worker_t *wk = ctx;
    d_mailbox_drain(&wk->inbox);
}

static void thread_main(void *arg)
{
    d_worker_t *wk = arg;
    uv_run(&wk->loop, UV_RUN_DEFAULT);
    d_snapshots_dispose(&wk->marks);
    /* Every handle is closed (stop); the loop closes clean. */
    int rc = uv_loop_close(&wk->loop);
    d__host_notify(wk->host, D_HOST_MSG_STOPPED, NULL, wk, rc, 0, NULL);
}

int d_worker_start(d_worker_t *wk, struct d_host *host, int index)
{
    memset(wk, 0, sizeof *wk);
    wk->host = host;
    wk->index = index;
    int rc = uv_loop_init(&wk->loop);
    if (rc != 0)
        return rc;
    rc = d_mailbox_init(&wk->inbox, &wk->loop, on_message, wk);
    if (rc == 0) {
        rc = d_sched_init(&wk->sched, &wk->loop);
        if (rc != 0) {
            d_mailbox_close(&wk->inbox, NULL);
            uv_run(&wk->loop, UV_RUN_DEFAULT);
            d_mailbox_dispose(&wk->inbox);
        }
    }
    if (rc != 0) {
        uv_loop_close(&wk->loop);
        return rc;
    }
    wk->sched.data = wk;
    wk->sched.between = between_slices;
    wk->sched.between_ctx = wk;
    d_snapshots_init(&wk->marks);
    uv_timer_init(&wk->loop, &wk->publisher);
    uv_timer_init(&wk->loop, &wk->sampler);
    uv_timer_init(&wk->loop, &wk->inspector);
    uv_idle_init(&wk->loop, &wk->stepper);
    wk->publisher.data = wk->sampler.data = wk->inspector.data = wk;
    wk->stepper.data = wk;
    uv_timer_start(&wk->publisher, on_publisher, D_PUB_PERIOD_MS, D_PUB_PERIOD_MS);
    uv_timer_start(&wk->sampler, on_sampler, D_HOST_SAMPLE_MS, D_HOST_SAMPLE_MS);
    uv_timer_start(&wk->inspector, d__worker_on_inspect_timer, D_HOST_INSPECT_TICK_MS,
                   D_HOST_INSPECT_TICK_MS);
    wk->handles_open = 6; /* three timers, the stepper, the scheduler, the mailbox */
    rc = uv_thread_create(&wk->thread, thread_main, wk);
    /* uv_thread_t is the pthread_t: its CPU clock is readable from the loop thread while
     * the thread lives (the watchdog reads it only while a slice runs). */
    if (rc == 0)
        wk->has_cpu_clock = pthread_getcpuclockid(wk->thread, &wk->cpu_clock) == 0;
    if (rc != 0) {
        stop(wk);
        uv_run(&wk->loop, UV_RUN_DEFAULT);
        d_mailbox_dispose(&wk->inbox);
        d_snapshots_dispose(&wk->marks);
        uv_loop_close(&wk->loop);
        return rc;
    }
    wk->started = 1;
    return 0;
}

int d_worker_post(d_worker_t *wk, int kind, d_workload_t *w, char *source, size_t source_len)
{
    d_worker_cmd_t *c = calloc(1, sizeof *c);
    if (!c)
        return -1;
    c->msg.kind = kind;
    c->w = w;
    c->source = source;
    c->source_len = source_len;
    if (d_mailbox_post(&wk->inbox, &c->msg) != 0) {
        free(c);
        return -1;
    }
    return 0;
}

int d_worker_query(d_worker_t *wk, d_query_t *q)
{
    q->msg.kind = D_WORKER_QUERY;
    atomic_init(&q->state, D_QUERY_QUEUED);
    q->posted_ns = d_now_ns();
    return d_mailbox_post(&wk->inbox, &q->msg);
}

int d_query_cancel(d_query_t *q)
{
    int queued = D_QUERY_QUEUED;
    return atomic_compare_exchange_strong(&q->state, &queued, D_QUERY_CANCELLED);
}

void d_worker_stop(d_worker_t *wk)
{
    wk->stop_msg.kind = D_WORKER_STOP;
    d_mailbox_post(&wk->inbox, &wk->stop_msg); /* refused: it is stopping already */
}

void d_worker_join(d_worker_t *wk)
{
    if (wk->started) {
        uv_thread_join(&wk->thread);
        d_mailbox_dispose(&wk->inbox);
    }
    wk->started = 0;
}
