/* http.h: api_request_t / api_response_t, the HTTP exchange as handlers see it, independent of MHD.
 */
#ifndef CLOSURED_API_HTTP_H
#define CLOSURED_API_HTTP_H

#include <cjson/cJSON.h>
#include <stdbool.h>
#include <stddef.h>

/* Methods as bits, so a route can allow several and 405 can list them. */
typedef enum api_method {
    API_GET = 1 << 0,
    API_HEAD = 1 << 1,
    API_POST = 1 << 2,
    API_PUT = 1 << 3,
    API_DELETE = 1 << 4,
    API_PATCH = 1 << 5,
    API_OPTIONS = 1 << 6,
    API_OTHER = 1 << 7,
} api_method_t;

#define API_MAX_PARAMS 4
#define API_PARAM_MAX 256 /* longest path parameter value, NUL included */
#define API_MAX_HEADERS 8

/* Where header and query values come from (MHD in the server, a table in tests). */
typedef enum api_lookup_kind { API_LOOKUP_HEADER, API_LOOKUP_QUERY } api_lookup_kind_t;
typedef const char *(*api_lookup_fn)(void *src, api_lookup_kind_t kind, const char *name);
/* Calls each(ctx, name) for every query parameter until it returns nonzero;
 * returns that value, or 0 when every call returned 0. */
typedef int (*api_query_each_fn)(void *src, int (*each)(void *ctx, const char *name), void *ctx);

typedef struct api_param {
    char name[32]; /* from the pattern, without braces */
    char value[API_PARAM_MAX];
} api_param_t;

/* One request. Everything is borrowed for the duration of the handler call. */
typedef struct api_request {
    api_method_t method;
    const char *path;    /* decoded path, no query string */
    const char *version; /* "HTTP/1.1"; NULL when unknown (unit tests) */
    const char *body;    /* NUL-terminated; NULL when there is none */
    size_t body_len;
    unsigned route_flags; /* flags of the matched route (router.h) */
    api_param_t params[API_MAX_PARAMS];
    size_t param_count;
    void *app;            /* the embedding program's state (the daemon) */
    void *target;         /* the workload of a route run on its worker (router.h), else NULL */
    api_lookup_fn lookup; /* may be NULL: no headers, no query */
    api_query_each_fn query_each; /* may be NULL: no query */
    void *lookup_src;
} api_request_t;

/* A response body produced over time (Server-Sent Events). The producer
 * embeds it in its own struct and fills read/release; the server fills
 * wake/wake_ctx when it takes the stream over.
 *   read     copies up to max pending bytes into buf; returns the count, 0
 *            when nothing is pending now (the server parks the connection
 *            until api_stream_wake), or -1 to end the stream.
 *   release  the server is done with the stream (completed, client gone,
 *            or the server stops): the producer frees it. Called once.
 * Streams live on the loop: every call comes from it. */
typedef struct api_stream api_stream_t;
struct api_stream {
    long (*read)(api_stream_t *s, char *buf, size_t max);
    void (*release)(api_stream_t *s);
    void (*wake)(api_stream_t *s); /* set by the server */
    void *wake_ctx;                /* the server's */
    int parked;                    /* the server waits for api_stream_wake */
};

/* Producer side: there is new data (or the end); resumes a parked connection. */
void api_stream_wake(api_stream_t *s);

/* A text shared by the answers that send it, without a copy per answer: the /metrics
 * answer, whose view-drawn part stays the same until a worker publishes. Reference-counted
 * without atomics: it is made, referenced and dropped on the loop thread only (the server
 * frees an answer there). Its maker may rewrite it while it holds the only reference (no
 * answer is sending it), growing it with api_shared_reserve; it is read-only otherwise.
 * data[len] is not kept a NUL. */
typedef struct api_shared {
    size_t refs;
    size_t len, cap;
    char data[];
} api_shared_t;

/* A new text with room for cap bytes, holding a copy of data[0, len) (len <= cap), with one
 * reference; NULL when out of memory. */
api_shared_t *api_shared_new(const char *data, size_t len, size_t cap);
/* Makes room for cap bytes in *s, which must have one reference (moved when it grows).
 * 0, or -1 when out of memory (*s unchanged). */
int api_shared_reserve(api_shared_t **s, size_t cap);
/* Takes one more reference; returns s. */
api_shared_t *api_shared_ref(api_shared_t *s);
/* Drops one reference (NULL is allowed); the last one frees it. */
void api_shared_unref(api_shared_t *s);

typedef struct api_header {
    char name[48];
    char value[208];
} api_header_t;

/* One response. `body` is either borrowed static data (owned, shared and mapped NULL), the
 * malloc'ed buffer `owned`, freed by api_response_dispose unless the server took it over,
 * the text of `shared`, of which the response owns one reference, dropped the same way, or
 * inside the mapping `mapped` (api_response_map_body), unmapped the same way. content_type points
 * to a string literal, or is NULL for an answer without a body (204 No Content carries no
 * Content-Type). */
typedef struct api_response {
    unsigned status;
    const char *content_type;
    const char *body;
    size_t body_len;
    char *owned;
    api_shared_t *shared;
    void *mapped;
    api_header_t headers[API_MAX_HEADERS];
    size_t header_count;
    api_stream_t *stream; /* when set, the body is streamed (status and headers apply);
                             released by api_response_dispose unless the server took it */
    /* Set by the router for a route that runs on req->target's worker: the
     * server suspends the connection and runs this handler there (query.h). */
    void (*defer)(const struct api_request *req, struct api_response *res);
    /* Set by a handler running on a worker (query.h) that has left res as it
     * found it but for `step`: run me again after the worker's next round (a
     * heap analysis or a long answer in steps is under way; the workload's
     * heap does not change meanwhile). */
    bool again;
    /* What such a handler keeps from one run to the next (its own; NULL at
     * the first run): freed by step_free when the response is disposed of. */
    void *step;
    void (*step_free)(void *step);
} api_response_t;

/* Parses an HTTP method name; unknown names are API_OTHER. */
api_method_t api_method_parse(const char *name);

/* Writes "GET, HEAD, POST" for a set of method bits into buf. */
void api_method_list(unsigned methods, char *buf, size_t len);

/* The reason phrase of a status ("Not Found"), or "Unknown". */
const char *api_status_reason(unsigned status);

/* A header / query value, or NULL. Borrowed until the handler returns. */
const char *api_request_header(const api_request_t *req, const char *name);
const char *api_request_query(const api_request_t *req, const char *name);
/* Calls each(ctx, name) for every query parameter name, stopping at the
 * first nonzero return, which it returns (0: all seen, or no query). */
int api_request_query_each(const api_request_t *req, int (*each)(void *ctx, const char *name),
                           void *ctx);

/* A path parameter captured by the route ("id" for /w/{id}), or NULL. */
const char *api_request_param(const api_request_t *req, const char *name);

/* An empty 500 response without body. */
void api_response_init(api_response_t *res);
/* An empty request: no method, path, body, parameters, app or lookups. The parameter
 * slots past param_count (1 KB) are left as they are: nothing reads them. */
void api_request_init(api_request_t *req);

/* Frees the owned body or drops the shared one. The response is empty afterwards. */
void api_response_dispose(api_response_t *res);

/* Sets a borrowed body (static storage). Replaces any earlier body. */
void api_response_set_static(api_response_t *res, unsigned status, const char *content_type,
                             const void *data, size_t len);

/* Takes ownership of a malloc'ed body. Replaces any earlier body. */
void api_response_set_owned(api_response_t *res, unsigned status, const char *content_type,
                            char *body, size_t len);

/* Takes over one reference to text: the body is its data[0, len). Replaces any earlier body. */
void api_response_set_shared(api_response_t *res, unsigned status, const char *content_type,
                             api_shared_t *text);
/* A worker's answer body at least this long moves into a mapping of its own
 * (api_response_map_body) before the loop thread gets it. */
#define API_MAPPED_BODY_MIN (64u << 10)

/* Moves an owned body into an anonymous mapping of its own, released with munmap. A body
 * from a worker's malloc arena would otherwise be freed by the loop thread into that arena,
 * and glibc's free of a chunk of 64 KB or more first consolidates every small chunk freed
 * there (the cJSON nodes of a closures listing): milliseconds of the loop thread, every
 * request it serves waiting. Returns 0, or -1 when mapping fails (the body stays owned). */
int api_response_map_body(api_response_t *res);
/* The mapping's release, for a server that took `mapped` over. */
void api_mapped_free(void *mapped);
/* Renders json (deleted here, whatever happens) as application/json.
 * Returns 0, or -1 when out of memory (then the response is a 500 problem). */
int api_response_set_json(api_response_t *res, unsigned status, cJSON *json);

/* Same with an explicit content type (application/problem+json). */
int api_response_set_json_as(api_response_t *res, unsigned status, const char *content_type,
                             cJSON *json);

/* Makes res a streamed response (takes s over: released by dispose unless the
 * server takes it). */
void api_response_set_stream(api_response_t *res, unsigned status, const char *content_type,
                             api_stream_t *s);

/* Adds a header. Returns 0, or -1 if the table is full or a field too long. */
int api_response_add_header(api_response_t *res, const char *name, const char *value);

#endif
