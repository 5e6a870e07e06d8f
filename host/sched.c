/* sched.c: round-robin slices over runnable workloads on a uv_idle_t. */
#include "host/sched.h"

#include <string.h>

static bool any_runnable(const d_sched_t *s)
{
    for (const d_workload_t *w = s->head; w; w = w->sched_next)
        if (d_workload_runnable(w))
            return true;
    return false;
}

static void on_wake(uv_timer_t *t)
{
    d_sched_wake(t->data);
}

/* With no workload runnable, wakes the scheduler when the first sleeping one
 * (time.sleep) may run again; nothing to do when none sleeps. */
static void arm_wake(d_sched_t *s)
{
    uint64_t first = 0;
    for (const d_workload_t *w = s->head; w; w = w->sched_next)
        if (w->state == D_WL_RUNNING && w->phase != D_PHASE_IDLE && w->sleep_until_ns &&
            (!first || w->sleep_until_ns < first))
            first = w->sleep_until_ns;
    if (!first || s->closing)
        return;
    uint64_t now = d_now_ns();
    uint64_t ms = first > now ? (first - now + 999999) / 1000000 : 0;
    uv_timer_start(&s->wake, on_wake, ms, 0);
}

/* One round: a slice for each runnable workload, starting after the one that
 * ran last, until everyone had a turn or the round's time is used. */
static void on_idle(uv_idle_t *h)
{
    d_sched_t *s = h->data;
    uint64_t start = uv_hrtime();
    d_workload_t *w = s->cursor ? s->cursor : s->head;
    for (size_t n = 0; n < s->count && w; n++) {
        if (d_workload_runnable(w)) {
            rt_budget b = {.instructions = D_SCHED_SLICE_INSTRUCTIONS, .max_ns = D_SCHED_SLICE_NS};
            d_workload_run_slice(w, &b);
            if (s->between)
                s->between(s->between_ctx);
        }
        w = w->sched_next ? w->sched_next : s->head;
        if (uv_hrtime() - start > D_SCHED_ROUND_NS)
            break;
    }
    s->cursor = w;
    if (!any_runnable(s)) {
        uv_idle_stop(&s->idle);
        arm_wake(s);
    }
}

/* After each loop iteration (timers may have queued ticks): wake if needed. */
static void on_check(uv_check_t *h)
{
    d_sched_wake(h->data);
}

int d_sched_init(d_sched_t *s, uv_loop_t *loop)
{
    memset(s, 0, sizeof *s);
    int rc = uv_idle_init(loop, &s->idle);
    if (rc < 0)
        return rc;
    rc = uv_check_init(loop, &s->check);
    if (rc < 0)
        return rc;
    rc = uv_timer_init(loop, &s->wake);
    if (rc < 0)
        return rc;
    s->wake.data = s;
    uv_unref((uv_handle_t *)&s->wake);
    s->idle.data = s;
    s->check.data = s;
    uv_check_start(&s->check, on_check);
    uv_unref((uv_handle_t *)&s->check); /* the check alone must not keep the loop alive */
    return 0;
}

void d_sched_add(d_sched_t *s, d_workload_t *w)
{
    w->sched_next = NULL;
    d_workload_t **p = &s->head;
    while (*p)
        p = &(*p)->sched_next;
    *p = w;
    s->count++;
    d_sched_wake(s);
}

void d_sched_remove(d_sched_t *s, d_workload_t *w)
{
    for (d_workload_t **p = &s->head; *p; p = &(*p)->sched_next) {
        if (*p == w) {
            *p = w->sched_next;
            s->count--;
            break;
        }
    }
    if (s->cursor == w)
        s->cursor = w->sched_next;
    w->sched_next = NULL;
}

d_workload_t *d_sched_find(const d_sched_t *s, const char *name)
{
    for (d_workload_t *w = s->head; w; w = w->sched_next)
        if (strcmp(w->name, name) == 0)
            return w;
    return NULL;
}

void d_sched_wake(d_sched_t *s)
{
    if (s->closing || uv_is_active((uv_handle_t *)&s->idle))
        return;
    if (any_runnable(s))
        uv_idle_start(&s->idle, on_idle);
    else
        arm_wake(s);
}

static void on_handle_closed(uv_handle_t *h)
{
    d_sched_t *s = h->data;
    if (++s->closing == 4 && s->on_closed)
        s->on_closed(s);
}

void d_sched_close(d_sched_t *s, void (*on_closed)(d_sched_t *s))
{
    s->closing = 1;
    s->on_closed = on_closed;
    uv_idle_stop(&s->idle);
    uv_check_stop(&s->check);
    uv_close((uv_handle_t *)&s->idle, on_handle_closed);
    uv_close((uv_handle_t *)&s->check, on_handle_closed);
    uv_timer_stop(&s->wake);
    uv_close((uv_handle_t *)&s->wake, on_handle_closed);
}
