/* events.h: the Server-Sent Events hub behind GET /api/v1/events: one
 * `stats` event per second per workload, one `gc` event per recorded
 * collection, `workload` events on changes, and a keep-alive comment.
 *
 * Each client is an api_stream_t the server parks while the client's queue
 * is empty; publishing appends to every matching queue and wakes it. A
 * client whose queue passes API_EVENTS_MAX_QUEUE (a reader too slow) is
 * ended. Clients that go away are released by the server (stream release)
 * and unlinked here.
 *
 * Ownership: the daemon owns the hub: api_events_new -> api_events_stop
 * (ends every stream, refuses new ones) -> api_events_close(cb) once the
 * server has released its streams; freed in the timer's close callback. */
#ifndef CLOSURED_API_EVENTS_H
#define CLOSURED_API_EVENTS_H

#include <stddef.h>
#include <stdint.h>
#include <uv.h>

#include "api/http.h"
#include "host/host.h"

#define API_EVENTS_KEEPALIVE_MS 10000
#define API_EVENTS_MAX_QUEUE (1u << 20)

typedef struct api_events api_events_t;

/* A new hub on loop (its keep-alive timer started), or NULL when out of memory. */
api_events_t *api_events_new(uv_loop_t *loop, d_host_t *host);

/* Ends every stream (their last bytes are still sent) and refuses new clients. */
void api_events_stop(api_events_t *ev);

/* Closes the timer and frees the hub, then calls cb(arg) (may be NULL). */
void api_events_close(api_events_t *ev, void (*cb)(void *arg), void *arg);

/* Connected clients now, and since start. */
size_t api_events_clients(const api_events_t *ev);
uint64_t api_events_clients_total(const api_events_t *ev);

/* Publishers (the daemon forwards the host's listener calls). Each formats
 * the event only when some client wants it. */
void api_events_workload(api_events_t *ev, d_workload_t *w, d_host_change_t change,
                         d_workload_state_t old_state);
void api_events_gc(api_events_t *ev, d_workload_t *w, const rt_gc_event *gc);
void api_events_stats(api_events_t *ev, d_workload_t *w, const d_sample_t *s);

/* GET /api/v1/events[?workload=NAME]: text/event-stream. */
void api_events_get(const api_request_t *req, api_response_t *res);

#endif
