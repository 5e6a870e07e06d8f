/* events.c: the SSE hub: per-client queues of formatted events fed by the host, keep-alives. */
#include "api/events.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "api/app.h"
#include "api/buf.h"
#include "api/json.h"
#include "api/problem.h"
#include "api/v1.h"
#include "host/host.h"

typedef struct client {
    api_stream_t stream; /* first: the server sees this */
    api_events_t *hub;   /* NULL once the hub is gone */
    api_buf_t queue;     /* formatted bytes not yet sent */
    char *workload;      /* filter; NULL: every workload */
    bool ended;
    struct client *next, *prev;
} client_t;

struct api_events {
    uv_timer_t keepalive;
    d_host_t *host;
    client_t *clients;
    size_t count;
    uint64_t total;
    bool stopping;
    void (*on_closed)(void *arg);
    void *on_closed_arg;
};

/* ---- clients -------------------------------------------------------------------- */

static long client_read(api_stream_t *s, char *buf, size_t max)
{
    client_t *c = (client_t *)s;
    if (c->queue.len == 0)
        return c->ended ? -1 : 0;
    size_t n = c->queue.len < max ? c->queue.len : max;
    memcpy(buf, c->queue.data, n);
    api_buf_consume(&c->queue, n);
    return (long)n;
}

static void unlink_client(client_t *c)
{
    api_events_t *ev = c->hub;
    if (!ev)
        return;
    if (c->prev)
        c->prev->next = c->next;
    else
        ev->clients = c->next;
    if (c->next)
        c->next->prev = c->prev;
    ev->count--;
    c->hub = NULL;
}

static void client_release(api_stream_t *s)
{
    client_t *c = (client_t *)s;
    unlink_client(c);
    api_buf_dispose(&c->queue);
    free(c->workload);
    free(c);
}

static void end_client(client_t *c)
{
    c->ended = true;
    api_stream_wake(&c->stream);
}

/* Appends bytes to one client's queue and wakes it; ends a client that fell too far behind. */
static void push(client_t *c, const char *data, size_t len)
{
    if (c->ended)
        return;
    if (c->queue.len + len > API_EVENTS_MAX_QUEUE || api_buf_append(&c->queue, data, len) != 0) {
        end_client(c);
        return;
    }
    api_stream_wake(&c->stream);
}

static bool wants(const client_t *c, const char *workload)
{
    return !c->ended && (!c->workload || !workload || strcmp(c->workload, workload) == 0);
}

static bool anyone_wants(const api_events_t *ev, const char *workload)
{
    for (const client_t *c = ev->clients; c; c = c->next)
        if (wants(c, workload))
            return true;
    return false;
}

/* Formats "event: NAME\ndata: JSON\n\n" (consumes data) and pushes it to every matching client. */
static void publish(api_events_t *ev, const char *name, const char *workload, cJSON *data)
{
    char *json = data ? api_json_print(data) : NULL;
    cJSON_Delete(data);
    if (!json)
        return;
    api_buf_t frame;
    api_buf_init(&frame);
    api_buf_printf(&frame, "event: %s\ndata: %s\n\n", name, json);
    free(json);
    if (!frame.failed) {
        for (client_t *c = ev->clients, *next; c; c = next) {
            next = c->next;
            if (wants(c, workload))
                push(c, frame.data, frame.len);
        }
    }
    api_buf_dispose(&frame);
}

/* ---- publishers ------------------------------------------------------------------ */

static const char *change_name(d_host_change_t change)
{
    switch (change) {
    case D_HOST_ADDED: return "added";
    case D_HOST_STATE: return "state";
    case D_HOST_REMOVED: return "removed";
    }
    return "unknown";
}

static cJSON *workload_event(d_workload_t *w, const char *change, const char *old_state)
{
    const d_view_t *v = d_workload_view(w);
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "workload", w->name);
    cJSON_AddStringToObject(o, "change", change);
    cJSON_AddStringToObject(o, "state", d_workload_state_name((d_workload_state_t)v->state));
    api_json_add_str(o, "old_state", old_state);
    cJSON_AddNumberToObject(o, "time", d_now_unix());
    if (v->state == D_WL_FAILED && v->error_type[0]) {
        cJSON *e = cJSON_AddObjectToObject(o, "error");
        api_json_add_str(e, "type", v->error_type);
        api_json_add_str(e, "message", v->error_message);
        api_json_add_str(e, "file", v->error_file[0] ? v->error_file : NULL);
        cJSON_AddNumberToObject(e, "line", v->error_line);
    }
    return o;
}

void api_events_workload(api_events_t *ev, d_workload_t *w, d_host_change_t change,
                         d_workload_state_t old_state)
{
    if (!ev || !anyone_wants(ev, w->name))
        return;
    const char *old = change == D_HOST_STATE ? d_workload_state_name(old_state) : NULL;
    publish(ev, "workload", w->name, workload_event(w, change_name(change), old));
}

void api_events_gc(api_events_t *ev, d_workload_t *w, const rt_gc_event *gc)
{
    if (!ev || !anyone_wants(ev, w->name))
        return;
    cJSON *o = api_v1_gc_event_json(gc);
    cJSON_AddStringToObject(o, "workload", w->name);
    publish(ev, "gc", w->name, o);
}

void api_events_stats(api_events_t *ev, d_workload_t *w, const d_sample_t *s)
{
    if (!ev || !anyone_wants(ev, w->name))
        return;
    cJSON *o = api_v1_sample_json(s);
    cJSON_AddStringToObject(o, "workload", w->name);
    cJSON_AddStringToObject(o, "state",
                            d_workload_state_name((d_workload_state_t)d_workload_view(w)->state));
    publish(ev, "stats", w->name, o);
}

/* ---- the hub ----------------------------------------------------------------------- */

static void on_keepalive(uv_timer_t *t)
{
    api_events_t *ev = t->data;
    static const char ka[] = ": keep-alive\n\n";
    for (client_t *c = ev->clients, *next; c; c = next) {
        next = c->next;
        push(c, ka, sizeof ka - 1);
    }
}

api_events_t *api_events_new(uv_loop_t *loop, d_host_t *host)
{
    api_events_t *ev = calloc(1, sizeof *ev);
    if (!ev)
        return NULL;
    ev->host = host;
    uv_timer_init(loop, &ev->keepalive);
    ev->keepalive.data = ev;
    uv_timer_start(&ev->keepalive, on_keepalive, API_EVENTS_KEEPALIVE_MS, API_EVENTS_KEEPALIVE_MS);
    return ev;
}

void api_events_stop(api_events_t *ev)
{
    ev->stopping = true;
    uv_timer_stop(&ev->keepalive);
    for (client_t *c = ev->clients, *next; c; c = next) {
        next = c->next;
        end_client(c);
    }
}

static void on_timer_closed(uv_handle_t *h)
{
    api_events_t *ev = h->data;
    void (*cb)(void *) = ev->on_closed;
    void *arg = ev->on_closed_arg;
    free(ev);
    if (cb)
        cb(arg);
}

void api_events_close(api_events_t *ev, void (*cb)(void *arg), void *arg)
{
    api_events_stop(ev);
    while (ev->clients)
        unlink_client(ev->clients); /* the server still holds them: orphan, freed at release */
    ev->on_closed = cb;
    ev->on_closed_arg = arg;
    uv_close((uv_handle_t *)&ev->keepalive, on_timer_closed);
}

size_t api_events_clients(const api_events_t *ev)
{
    return ev ? ev->count : 0;
}

uint64_t api_events_clients_total(const api_events_t *ev)
{
    return ev ? ev->total : 0;
}

void api_events_get(const api_request_t *req, api_response_t *res)
{
    api_app_t *app = api_app_of(req);
    api_events_t *ev = app ? app->events : NULL;
    if (!ev || ev->stopping) {
        api_problem(res, 503, NULL, NULL, "the daemon is stopping; the event stream is closed");
        return;
    }
    const char *filter = api_request_query(req, "workload");
    if (filter && !d_host_find(ev->host, filter)) {
        api_problem(res, 404, NULL, NULL, "no workload named \"%s\" (GET /api/v1/workloads)",
                    filter);
        return;
    }
    client_t *c = calloc(1, sizeof *c);
    if (!c) {
        api_problem(res, 500, NULL, NULL, "out of memory");
        return;
    }
    c->stream.read = client_read;
    c->stream.release = client_release;
    api_buf_init(&c->queue);
    if (filter) {
        size_t n = strlen(filter) + 1;
        if ((c->workload = malloc(n)) != NULL)
            memcpy(c->workload, filter, n);
    }
    c->hub = ev;
    c->next = ev->clients;
    if (ev->clients)
        ev->clients->prev = c;
    ev->clients = c;
    ev->count++;
    ev->total++;

    /* A greeting comment, the reconnect delay, and the current workloads. */
    static const char hello[] = ": closured event stream\nretry: 2000\n\n";
    push(c, hello, sizeof hello - 1);
    for (d_workload_t *w = d_host_first(ev->host); w; w = w->next) {
        if (!wants(c, w->name))
            continue;
        cJSON *o = workload_event(w, "present", NULL);
        char *json = api_json_print(o);
        cJSON_Delete(o);
        if (json) {
            api_buf_printf(&c->queue, "event: workload\ndata: %s\n\n", json);
            free(json);
        }
    }
    api_response_set_stream(res, 200, "text/event-stream", &c->stream);
    api_response_add_header(res, "Cache-Control", "no-cache");
    api_response_add_header(res, "X-Accel-Buffering", "no");
}
