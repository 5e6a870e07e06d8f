/* query.c: handlers run on a workload's worker, with copied requests,
 * timeouts and 503 answers (query.h). */
#include "api/query.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "api/problem.h"
#include "host/host.h"

#define CHECK_PERIOD_MS 100

typedef struct kv {
    api_lookup_kind_t kind;
    char *name;
    char *value;
} kv_t;

struct api_query {
    d_query_t q;       /* first: the host's query */
    api_request_t req; /* path and body point to the copies below */
    char *path;        /* owned */
    char *body;        /* owned (NULL: none) */
    kv_t *values;      /* headers and query arguments, owned */
    size_t nvalues, cap;
    api_handler_fn handler;
    api_response_t res; /* the handler's, on the worker */
    api_queries_t *hub;
    api_query_answer_fn answer;
    void *answer_ctx;     /* NULL once answered or abandoned */
    uint64_t deadline_ns; /* d_now_ns() + API_QUERY_TIMEOUT_MS */
    api_query_t *next, *prev;
};

struct api_queries {
    uv_timer_t timer;
    d_host_t *host;
    api_query_t *head; /* outstanding */
    uint64_t outstanding, total, timeouts;
    int closing;
    int timer_open;
    void (*on_closed)(void *arg);
    void *on_closed_arg;
};

/* Headers match without regard to case (as HTTP and MHD do), query arguments exactly. */
static const char *lookup(void *src, api_lookup_kind_t kind, const char *name)
{
    const api_query_t *q = src;
    for (size_t i = 0; i < q->nvalues; i++) {
        const kv_t *v = &q->values[i];
        if (v->kind != kind)
            continue;
        if (kind == API_LOOKUP_HEADER ? strcasecmp(v->name, name) == 0 : strcmp(v->name, name) == 0)
            return v->value;
    }
    return NULL;
}

/* api_query_each_fn over the copied query arguments. */
static int query_each(void *src, int (*each)(void *ctx, const char *name), void *ctx)
{
    const api_query_t *q = src;
    for (size_t i = 0; i < q->nvalues; i++)
        if (q->values[i].kind == API_LOOKUP_QUERY && each(ctx, q->values[i].name))
            return 1;
    return 0;
}

static void query_free(api_query_t *q)
{
    for (size_t i = 0; i < q->nvalues; i++) {
        free(q->values[i].name);
        free(q->values[i].value);
    }
    free(q->values);
    free(q->path);
    free(q->body);
    api_response_dispose(&q->res);
    free(q);
}

/* On the worker: the handler, on a request that is all ours. A large final answer leaves
 * the worker's malloc arena here (api_response_map_body says why); if that fails it goes
 * as is. */
static void run(d_query_t *dq)
{
    api_query_t *q = (api_query_t *)dq;
    q->res.again = false;
    q->handler(&q->req, &q->res);
    dq->again = q->res.again; /* a heap analysis in steps: the worker calls again */
    if (!dq->again && q->res.owned && q->res.body_len >= API_MAPPED_BODY_MIN)
        api_response_map_body(&q->res);
}

static void maybe_free_hub(api_queries_t *hub)
{
    if (!hub->closing || hub->timer_open || hub->head)
        return;
    void (*cb)(void *) = hub->on_closed;
    void *arg = hub->on_closed_arg;
    free(hub);
    if (cb)
        cb(arg);
}

static void unlink_query(api_query_t *q)
{
    api_queries_t *hub = q->hub;
    if (q->prev)
        q->prev->next = q->next;
    else
        hub->head = q->next;
    if (q->next)
        q->next->prev = q->prev;
    hub->outstanding--;
}

/* Answers the server once: with res, or with a 503 when res is NULL. */
static void give(api_query_t *q, api_response_t *res, const char *why)
{
    if (!q->answer_ctx)
        return;
    void *ctx = q->answer_ctx;
    q->answer_ctx = NULL;
    if (res) {
        q->answer(ctx, res);
        return;
    }
    api_response_t busy;
    api_response_init(&busy);
    api_problem(&busy, 503, NULL, NULL, "%s; retry in %d s", why, API_QUERY_RETRY_AFTER_S);
    char retry[16];
    snprintf(retry, sizeof retry, "%d", API_QUERY_RETRY_AFTER_S);
    api_response_add_header(&busy, "Retry-After", retry);
    q->answer(ctx, &busy);
    api_response_dispose(&busy);
}

/* On the loop thread, once the worker handed q back (run or cancelled). */
static void done(d_query_t *dq)
{
    api_query_t *q = (api_query_t *)dq;
    api_queries_t *hub = q->hub;
    unlink_query(q);
    if (atomic_load(&q->q.state) == D_QUERY_DONE)
        give(q, &q->res, NULL);
    else
        give(q, NULL, "the workload's worker did not take the request in time");
    query_free(q);
    maybe_free_hub(hub);
}

static void on_timer(uv_timer_t *t)
{
    api_queries_t *hub = t->data;
    uint64_t now = d_now_ns();
    for (api_query_t *q = hub->head; q; q = q->next) {
        if (!q->answer_ctx || now < q->deadline_ns || !d_query_cancel(&q->q))
            continue;
        hub->timeouts++;
        give(q, NULL,
             "the workload's worker is busy and did not start this request within the time "
             "limit");
    }
}

api_queries_t *api_queries_new(uv_loop_t *loop, struct d_host *host)
{
    api_queries_t *hub = calloc(1, sizeof *hub);
    if (!hub)
        return NULL;
    hub->host = host;
    uv_timer_init(loop, &hub->timer);
    hub->timer.data = hub;
    hub->timer_open = 1;
    uv_timer_start(&hub->timer, on_timer, CHECK_PERIOD_MS, CHECK_PERIOD_MS);
    return hub;
}

static void on_timer_closed(uv_handle_t *h)
{
    api_queries_t *hub = h->data;
    hub->timer_open = 0;
    maybe_free_hub(hub);
}

void api_queries_close(api_queries_t *hub, void (*cb)(void *arg), void *arg)
{
    if (hub->closing)
        return;
    hub->closing = 1;
    hub->on_closed = cb;
    hub->on_closed_arg = arg;
    for (api_query_t *q = hub->head; q; q = q->next)
        if (d_query_cancel(&q->q))
            give(q, NULL, "the daemon is stopping");
    uv_timer_stop(&hub->timer);
    uv_close((uv_handle_t *)&hub->timer, on_timer_closed);
}

uint64_t api_queries_outstanding(const api_queries_t *hub)
{
    return hub ? hub->outstanding : 0;
}

uint64_t api_queries_total(const api_queries_t *hub)
{
    return hub ? hub->total : 0;
}

uint64_t api_queries_timeouts(const api_queries_t *hub)
{
    return hub ? hub->timeouts : 0;
}

api_query_t *api_query_new(const api_request_t *req, api_handler_fn handler)
{
    api_query_t *q = calloc(1, sizeof *q);
    if (!q)
        return NULL;
    api_response_init(&q->res);
    q->req = *req;
    q->path = d_strdup(req->path);
    q->body = req->body ? d_strndup(req->body, req->body_len) : NULL;
    if (!q->path || (req->body && !q->body)) {
        query_free(q);
        return NULL;
    }
    q->req.path = q->path;
    q->req.body = q->body;
    q->req.lookup = lookup;
    q->req.query_each = query_each;
    q->req.lookup_src = q;
    q->handler = handler;
    q->q.w = req->target;
    q->q.run = run;
    q->q.done = done;
    return q;
}

int api_query_add_value(api_query_t *q, api_lookup_kind_t kind, const char *name, const char *value)
{
    if (q->nvalues == q->cap) {
        size_t cap = q->cap ? q->cap * 2 : 16;
        kv_t *grown = realloc(q->values, cap * sizeof *grown);
        if (!grown)
            return -1;
        q->values = grown;
        q->cap = cap;
    }
    kv_t *v = &q->values[q->nvalues];
    v->kind = kind;
    v->name = d_strdup(name);
    v->value = d_strdup(value ? value : "");
    if (!v->name || !v->value) {
        free(v->name);
        free(v->value);
        return -1;
    }
    q->nvalues++;
    return 0;
}

int api_query_post(api_queries_t *hub, api_query_t *q, api_query_answer_fn answer, void *ctx)
{
    if (!hub || hub->closing) {
        query_free(q);
        return -1;
    }
    q->hub = hub;
    q->answer = answer;
    q->answer_ctx = ctx;
    q->deadline_ns = d_now_ns() + (uint64_t)API_QUERY_TIMEOUT_MS * 1000000u;
    if (d_host_query(hub->host, &q->q) != 0) {
        query_free(q);
        return -1;
    }
    q->next = hub->head;
    if (hub->head)
        hub->head->prev = q;
    hub->head = q;
    hub->outstanding++;
    hub->total++;
    return 0;
}

void api_query_discard(api_query_t *q)
{
    query_free(q);
}

void api_query_abandon(api_query_t *q)
{
    q->answer_ctx = NULL;
    d_query_cancel(&q->q);
}
