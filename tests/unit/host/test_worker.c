/* test_worker.c: the queue between threads and what travels on it: the
 * mailbox keeps each sender's order across threads, the published view's
 * triple buffer never hands the reader a torn view, and the host runs a
 * query on the workload's worker (and cancels one that has not started),
 * then closes clean. */
#include <stdlib.h>
#include <string.h>
#include <uv.h>

#include "host/host.h"
#include "tests/harness.h"

/* ---- the mailbox ----------------------------------------------------------------- */

#define SENDERS 4
#define PER_SENDER 2000

typedef struct tmsg {
    d_msg_t msg;
    int sender, seq;
} tmsg_t;

typedef struct sink {
    d_mailbox_t mb;
    int next[SENDERS]; /* the next seq expected from each sender */
    int received;
    int out_of_order;
} sink_t;

static void on_tmsg(d_mailbox_t *mb, d_msg_t *m)
{
    sink_t *s = mb->data;
    tmsg_t *t = (tmsg_t *)m;
    if (t->seq != s->next[t->sender])
        s->out_of_order++;
    s->next[t->sender] = t->seq + 1;
    if (++s->received == SENDERS * PER_SENDER)
        d_mailbox_close(mb, NULL);
    free(t);
}

static void sender(void *arg)
{
    sink_t *s = ((void **)arg)[0];
    int id = (int)(intptr_t)((void **)arg)[1];
    for (int i = 0; i < PER_SENDER; i++) {
        tmsg_t *t = calloc(1, sizeof *t);
        t->sender = id;
        t->seq = i;
        if (d_mailbox_post(&s->mb, &t->msg) != 0)
            free(t);
    }
}

TEST(mailbox_keeps_order_across_threads)
{
    uv_loop_t loop;
    uv_loop_init(&loop);
    sink_t s;
    memset(&s, 0, sizeof s);
    CHECK_EQ_INT(d_mailbox_init(&s.mb, &loop, on_tmsg, &s), 0);
    uv_thread_t th[SENDERS];
    void *args[SENDERS][2];
    for (int i = 0; i < SENDERS; i++) {
        args[i][0] = &s;
        args[i][1] = (void *)(intptr_t)i;
        uv_thread_create(&th[i], sender, args[i]);
    }
    uv_run(&loop, UV_RUN_DEFAULT); /* ends when the last message closed the mailbox */
    for (int i = 0; i < SENDERS; i++)
        uv_thread_join(&th[i]);
    CHECK_EQ_INT(s.received, SENDERS * PER_SENDER);
    CHECK_EQ_INT(s.out_of_order, 0);
    tmsg_t late;
    CHECK_EQ_INT(d_mailbox_post(&s.mb, &late.msg), -1); /* closed: refused */
    d_mailbox_dispose(&s.mb);
    CHECK_EQ_INT(uv_loop_close(&loop), 0);
}

/* ---- the triple buffer ------------------------------------------------------------ */

#define VIEWS 20000

static void writer(void *arg)
{
    d_pub_t *p = arg;
    for (uint64_t i = 1; i <= VIEWS; i++) {
        d_view_t *v = d_pub_write_begin(p);
        v->ticks_total = i;
        v->slices_total = i * 3;
        v->totals.heap_bytes = i * 7;
        snprintf(v->error_message, sizeof v->error_message, "view %llu", (unsigned long long)i);
        d_pub_write_end(p);
    }
}

TEST(published_views_are_whole_and_monotonic)
{
    d_pub_t *p = malloc(sizeof *p);
    d_pub_init(p);
    uv_thread_t th;
    uv_thread_create(&th, writer, p);
    uint64_t last = 0;
    int torn = 0, backwards = 0;
    char want[64];
    for (;;) {
        const d_view_t *v = d_pub_read(p);
        uint64_t i = v->ticks_total;
        if (i < last)
            backwards++;
        if (i) {
            snprintf(want, sizeof want, "view %llu", (unsigned long long)i);
            if (v->slices_total != i * 3 || v->totals.heap_bytes != i * 7 ||
                strcmp(v->error_message, want) != 0)
                torn++;
        }
        last = i;
        if (i == VIEWS)
            break;
    }
    uv_thread_join(&th);
    CHECK_EQ_INT(torn, 0);
    CHECK_EQ_INT(backwards, 0);
    free(p);
}

/* ---- queries through the host -------------------------------------------------------- */

typedef struct probe {
    d_query_t q;
    int ran_on_loop_thread;
    uint64_t heap_bytes;
    int done;
    int state;
    uv_thread_t loop_thread;
} probe_t;

static void probe_run(d_query_t *q)
{
    probe_t *p = (probe_t *)q;
    uv_thread_t self = uv_thread_self();
    p->ran_on_loop_thread = uv_thread_equal(&self, &p->loop_thread);
    rt_inspect_totals t;
    rt_inspect_totals_get(q->w->rt, &t);
    p->heap_bytes = t.heap_bytes;
}

static void probe_done(d_query_t *q)
{
    probe_t *p = (probe_t *)q;
    p->done = 1;
    p->state = atomic_load(&q->state);
}

static int closed;
static void on_host_closed(d_host_t *h)
{
    (void)h;
    closed = 1;
}

TEST(host_runs_queries_on_the_worker)
{
    uv_loop_t loop;
    uv_loop_init(&loop);
    d_log_t log;
    d_log_init(&log, NULL, D_LOG_ERROR);
    d_host_t h;
    d_host_options_t opt = {.workers = 2, .slice_timeout_ms = 1000, .state_dir = NULL};
    CHECK_EQ_INT(d_host_init(&h, &loop, &log, &opt, NULL), 0);
    d_host_start(&h);
    CHECK_EQ_INT(h.nworkers, 2);
    const char *src = "data = [[i] * 10 for i in range(1000)]\n";
    d_workload_options_t wo = {
        .name = "q", .source = src, .source_len = strlen(src), .origin = D_ORIGIN_FILE};
    d_workload_t *w = NULL;
    CHECK_EQ_INT(d_host_add(&h, &wo, true, &w, NULL, NULL), D_HOST_ADD_OK);
    CHECK(w != NULL && d_host_find(&h, "q") == w);
    wo.name = "r";
    d_workload_t *w2 = NULL;
    CHECK_EQ_INT(d_host_add(&h, &wo, true, &w2, NULL, NULL), D_HOST_ADD_OK);
    CHECK(w->worker != w2->worker); /* spread over the workers */
    CHECK_EQ_INT(d_host_add(&h, &wo, true, NULL, NULL, NULL), D_HOST_ADD_EXISTS);

    /* Wait for the top level to finish, as the published view tells. */
    for (int i = 0; i < 500 && d_workload_view(w)->state != D_WL_FINISHED; i++)
        uv_run(&loop, UV_RUN_NOWAIT), uv_sleep(5);
    CHECK_EQ_INT(d_workload_view(w)->state, D_WL_FINISHED);

    probe_t p;
    memset(&p, 0, sizeof p);
    p.q.w = w;
    p.q.run = probe_run;
    p.q.done = probe_done;
    p.loop_thread = uv_thread_self();
    CHECK_EQ_INT(d_host_query(&h, &p.q), 0);
    for (int i = 0; i < 500 && !p.done; i++)
        uv_run(&loop, UV_RUN_NOWAIT), uv_sleep(2);
    CHECK(p.done);
    CHECK_EQ_INT(p.state, D_QUERY_DONE);
    CHECK_EQ_INT(p.ran_on_loop_thread, 0);
    CHECK(p.heap_bytes > 100000);
    CHECK_EQ_INT(p.heap_bytes, d_workload_view(w)->totals.heap_bytes);

    /* A query cancelled before its worker takes it comes back without running. */
    probe_t c;
    memset(&c, 0, sizeof c);
    c.q.w = w2;
    c.q.run = probe_run;
    c.q.done = probe_done;
    CHECK_EQ_INT(d_host_query(&h, &c.q), 0);
    int cancelled = d_query_cancel(&c.q);
    for (int i = 0; i < 500 && !c.done; i++)
        uv_run(&loop, UV_RUN_NOWAIT), uv_sleep(2);
    CHECK(c.done);
    if (cancelled)
        CHECK_EQ_INT(c.state, D_QUERY_CANCELLED);
    else
        CHECK_EQ_INT(c.state, D_QUERY_DONE);
    CHECK_EQ_INT(d_query_cancel(&c.q), 0); /* too late now */

    CHECK_EQ_INT(d_host_remove(&h, w2), 0);
    CHECK(d_host_find(&h, "r") == NULL);
    CHECK_EQ_INT(d_host_count(&h), 1);
    d_host_close(&h, on_host_closed);
    uv_run(&loop, UV_RUN_DEFAULT);
    CHECK(closed);
    CHECK_EQ_INT(uv_loop_close(&loop), 0);
}

RUN_TESTS(CASE(mailbox_keeps_order_across_threads), CASE(published_views_are_whole_and_monotonic),
          CASE(host_runs_queries_on_the_worker))
