/* server.c: libmicrohttpd on the libuv loop: MHD's epoll fd on a uv_poll_t, its timeout on a
 * uv_timer_t. */
#include "api/server.h"

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <microhttpd.h>
#include <netdb.h>
#include <netinet/in.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "api/app.h"
#include "api/problem.h"
#include "api/query.h"
#include "api/router.h"

#define STR_(x) #x
#define STR(x) STR_(x)
#define KEEPALIVE_HINT "timeout=" STR(API_SERVER_KEEPALIVE_S)

/* The MHD response of a shared text (api_shared_t: /metrics' answers), kept for the next
 * answer of the same text: see answer_kept. */
typedef struct kept_response {
    struct MHD_Response *r; /* NULL: none */
    const char *data;       /* the bytes it sends: [data, data + len) */
    size_t len;
    const char *content_type; /* compared by address: the answers' types are constants */
    unsigned status;
    int64_t date; /* the second its Date header names */
} kept_response_t;

#define API_SERVER_KEPT_RESPONSES 2 /* /metrics' two formats */

/* Life cycle: serving -> draining (listen socket closed, waiting for in-flight
 * requests or the deadline) -> closing (uv handles closing, MHD stopped) -> freed
 * when the last handle's close callback runs. */
struct api_server {
    uv_loop_t *loop;
    struct MHD_Daemon *mhd;
    uv_poll_t poll;      /* MHD's epoll fd */
    uv_timer_t timer;    /* MHD's next timeout */
    uv_timer_t deadline; /* drain deadline */
    int port;
    void *app;
    const d_log_t *log;
    size_t in_flight; /* requests announced to the handler and not completed */
    unsigned max_connections;
    int at_limit; /* MHD had max_connections open after the last run */
    int draining;
    int closing;
    int handles_open;
    void (*on_closed)(void *arg);
    void *on_closed_arg;
    char no_body;                /* its address marks a request that has no body buffer */
    struct stream_conn *streams; /* streamed responses not yet released */
    struct pending *pending;     /* requests waiting for a worker's answer (query.h) */
    uint64_t requests[API_SERVER_STATUS_MAX - API_SERVER_STATUS_MIN + 1]; /* by status */
    uint16_t answered[API_SERVER_STATUS_MAX - API_SERVER_STATUS_MIN + 1]; /* statuses with a
                                                                        count, increasing */
    size_t nanswered;
    uint64_t request_seq; /* requests answered: the access log's request ids */
    struct kept_response kept[API_SERVER_KEPT_RESPONSES]; /* see answer_kept */
};

/* A streamed response on its connection (api_stream_t's server side). */
typedef struct stream_conn {
    api_server_t *server;
    struct MHD_Connection *conn;
    api_stream_t *stream;
    struct stream_conn *next, *prev;
} stream_conn_t;

/* A request whose handler runs on a worker: its connection is suspended
 * until the answer comes back (or the server stops). */
typedef struct pending {
    api_server_t *server;
    struct MHD_Connection *conn;
    api_query_t *query; /* NULL once answered or abandoned */
    api_response_t res; /* the answer, once ready */
    int ready;
    uint64_t t0; /* uv_hrtime() when the request was complete (for the access log) */
    struct pending *next, *prev;
} pending_t;

/* Per-request state beyond the announcement: the body being received (for
 * requests that have one) and a pending worker answer. */
typedef struct body {
    char *data;
    size_t len, cap;
    int too_large;
    pending_t *pending;
} body_t;

static int fail(char *err, size_t errlen, const char *what, const char *host, int port, int e)
{
    snprintf(err, errlen, "%s %s:%d: %s", what, host, port, e ? strerror(e) : "failed");
    return -1;
}

/* Binds and listens on host:port; returns the socket or -1 with err set. */
static int bind_listen(const char *host, int port, int *bound_port, char *err, size_t errlen)
{
    char portstr[8];
    struct addrinfo hints, *res = NULL;
    memset(&hints, 0, sizeof hints);
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
    snprintf(portstr, sizeof portstr, "%d", port);
    int gai = getaddrinfo(host, portstr, &hints, &res);
    if (gai != 0) {
        snprintf(err, errlen, "cannot resolve listen address %s: %s", host, gai_strerror(gai));
        return -1;
    }
    int fd = -1, e = 0;
    for (struct addrinfo *ai = res; ai; ai = ai->ai_next) {
        fd = socket(ai->ai_family, ai->ai_socktype, ai->ai_protocol);
        if (fd < 0) {
            e = errno;
            continue;
        }
        int one = 1;
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        if (fcntl(fd, F_SETFD, FD_CLOEXEC) == 0 &&
            fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) == 0 &&
            bind(fd, ai->ai_addr, ai->ai_addrlen) == 0 && listen(fd, 511) == 0)
            break;
        e = errno;
        close(fd);
        fd = -1;
    }
    freeaddrinfo(res);
    if (fd < 0)
        return fail(err, errlen, "cannot listen on", host, port, e);

    struct sockaddr_storage ss;
    socklen_t sl = sizeof ss;
    if (getsockname(fd, (struct sockaddr *)&ss, &sl) != 0) {
        e = errno;
        close(fd);
        return fail(err, errlen, "cannot read the bound port of", host, port, e);
    }
    if (ss.ss_family == AF_INET6)
        *bound_port = ntohs(((struct sockaddr_in6 *)&ss)->sin6_port);
    else
        *bound_port = ntohs(((struct sockaddr_in *)&ss)->sin_port);
    return fd;
}

static const char *lookup(void *src, api_lookup_kind_t kind, const char *name)
{
    return MHD_lookup_connection_value(
        src, kind == API_LOOKUP_HEADER ? MHD_HEADER_KIND : MHD_GET_ARGUMENT_KIND, name);
}

typedef struct query_each_ctx {
    int (*each)(void *ctx, const char *name);
    void *ctx;
    int result;
} query_each_ctx_t;

static enum MHD_Result query_one(void *cls, enum MHD_ValueKind kind, const char *key,
                                 const char *value)
{
    (void)kind;
    (void)value;
    query_each_ctx_t *q = cls;
    q->result = q->each(q->ctx, key);
    return q->result ? MHD_NO : MHD_YES;
}

static int query_each(void *src, int (*each)(void *ctx, const char *name), void *ctx)
{
    query_each_ctx_t q = {each, ctx, 0};
    MHD_get_connection_values(src, MHD_GET_ARGUMENT_KIND, query_one, &q);
    return q.result;
}

static void on_timer(uv_timer_t *t);

/* api_stream_t.wake: resume the parked connection and let MHD run soon. */
static void stream_wake(api_stream_t *st)
{
    stream_conn_t *sc = st->wake_ctx;
    if (!st->parked)
        return;
    st->parked = 0;
    MHD_resume_connection(sc->conn);
    if (!sc->server->closing)
        uv_timer_start(&sc->server->timer, on_timer, 0, 0);
}

/* MHD's content reader: pull from the stream; park the connection while it
 * has nothing (suspending from the reader is allowed by MHD). */
static ssize_t stream_read(void *cls, uint64_t pos, char *buf, size_t max)
{
    (void)pos;
    stream_conn_t *sc = cls;
    long n = sc->stream->read(sc->stream, buf, max);
    if (n < 0)
        return MHD_CONTENT_READER_END_OF_STREAM;
    if (n == 0) {
        sc->stream->parked = 1;
        MHD_suspend_connection(sc->conn);
    }
    return (ssize_t)n;
}

static void stream_free(void *cls)
{
    stream_conn_t *sc = cls;
    if (sc->prev)
        sc->prev->next = sc->next;
    else
        sc->server->streams = sc->next;
    if (sc->next)
        sc->next->prev = sc->prev;
    sc->stream->wake = NULL;
    sc->stream->release(sc->stream);
    free(sc);
}

static struct MHD_Response *stream_response(api_server_t *s, struct MHD_Connection *conn,
                                            api_response_t *res)
{
    stream_conn_t *sc = calloc(1, sizeof *sc);
    if (!sc)
        return NULL;
    struct MHD_Response *r = MHD_create_response_from_callback(MHD_SIZE_UNKNOWN, 16 * 1024,
                                                               stream_read, sc, stream_free);
    if (!r) {
        free(sc);
        return NULL;
    }
    /* A stream is quiet between events (a keep-alive comment every API_EVENTS_KEEPALIVE_MS):
     * it gets the stream timeout instead of the request one. */
    MHD_set_connection_option(conn, MHD_CONNECTION_OPTION_TIMEOUT,
                              (unsigned)API_SERVER_STREAM_TIMEOUT_S);
    sc->server = s;
    sc->conn = conn;
    sc->stream = res->stream;
    res->stream = NULL; /* ours now: released through stream_free */
    sc->stream->wake = stream_wake;
    sc->stream->wake_ctx = sc;
    sc->next = s->streams;
    if (s->streams)
        s->streams->prev = sc;
    s->streams = sc;
    return r;
}

static void shared_unref(void *cls)
{
    api_shared_unref(cls);
}

static void mapped_free(void *cls)
{
    api_mapped_free(cls);
}

/* Room for http_date's text: 29 bytes and the NUL, and what the compiler must assume the
 * fields' %d conversions could take. */
#define HTTP_DATE_MAX 96

/* RFC 9110's IMF-fixdate of unix time t ("Sun, 06 Nov 1994 08:49:37 GMT"), in the C locale
 * whatever the process's. */
static void http_date(int64_t t, char out[HTTP_DATE_MAX])
{
    static const char days[][4] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char months[][4] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                     "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    time_t tt = (time_t)t;
    struct tm tm;
    if (!gmtime_r(&tt, &tm) || tm.tm_wday < 0 || tm.tm_wday > 6 || tm.tm_mon < 0 ||
        tm.tm_mon > 11) {
        snprintf(out, HTTP_DATE_MAX, "Thu, 01 Jan 1970 00:00:00 GMT");
        return;
    }
    snprintf(out, HTTP_DATE_MAX, "%s, %02d %s %04d %02d:%02d:%02d GMT", days[tm.tm_wday],
             tm.tm_mday, months[tm.tm_mon], tm.tm_year + 1900, tm.tm_hour, tm.tm_min, tm.tm_sec);
}

/* *req_cls of a request answered from a kept response: the text it sends, tagged in bit 0
 * (malloc'ed, so bit 0 is free); the request holds that reference until it completes. */
static void *held_tag(api_shared_t *text)
{
    return (void *)((uintptr_t)text | 1u);
}

static api_shared_t *held_of(const api_server_t *s, void *req_cls)
{
    if (req_cls == &s->no_body || !((uintptr_t)req_cls & 1u))
        return NULL;
    return (api_shared_t *)((uintptr_t)req_cls & ~(uintptr_t)1u);
}

static void kept_drop(kept_response_t *k)
{
    if (k->r)
        MHD_destroy_response(k->r); /* MHD keeps it while a connection still sends it */
    memset(k, 0, sizeof *k);
}

/* Answers a shared text (no added headers) with the MHD response made for the same bytes,
 * status and type within the same second, else a new one kept in its place: a scrape
 * then makes no response object, no header copies and no Date of its own. MHD sends the
 * kept response's bytes from the text, which api_metrics may rewrite in place when no
 * answer holds a reference to it (its refs are 1): so the request holds the text's
 * reference until it completes (held_tag, on_completed), not the response. The bytes are
 * the current answer's because the response is reused only for a text at the same
 * address and length, and written over only while no request holds it. */
static enum MHD_Result answer_kept(api_server_t *s, struct MHD_Connection *conn,
                                   api_response_t *res, void **req_cls)
{
    int64_t now = (int64_t)time(NULL);
    kept_response_t *k = &s->kept[0];
    for (size_t i = 0; i < API_SERVER_KEPT_RESPONSES; i++) {
        if (s->kept[i].content_type == res->content_type) {
            k = &s->kept[i];
            break;
        }
        if (!s->kept[i].r)
            k = &s->kept[i];
    }
    if (!k->r || k->data != res->shared->data || k->len != res->body_len ||
        k->content_type != res->content_type || k->status != res->status || k->date != now) {
        kept_drop(k);
        struct MHD_Response *r = MHD_create_response_from_buffer(
            res->body_len, (void *)res->shared->data, MHD_RESPMEM_PERSISTENT);
        if (!r)
            return MHD_NO;
        char date[HTTP_DATE_MAX];
        http_date(now, date);
        /* With a Date of the answer's own, MHD writes none (so no gmtime per answer). */
        if (MHD_add_response_header(r, "Keep-Alive", KEEPALIVE_HINT) != MHD_YES ||
            MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_TYPE, res->content_type) !=
                MHD_YES ||
            MHD_add_response_header(r, MHD_HTTP_HEADER_DATE, date) != MHD_YES) {
            MHD_destroy_response(r);
            return MHD_NO;
        }
        *k = (kept_response_t){r,  res->shared->data, res->body_len, res->content_type, res->status,
                               now};
    }
    enum MHD_Result ok = MHD_queue_response(conn, res->status, k->r);
    if (ok == MHD_YES) {
        *req_cls = held_tag(res->shared);
        res->shared = NULL; /* the request's now */
    }
    return ok;
}

static enum MHD_Result queue(api_server_t *s, struct MHD_Connection *conn, api_response_t *res,
                             void **req_cls)
{
    struct MHD_Response *r;
    if (res->shared && res->header_count == 0 && res->content_type && req_cls &&
        *req_cls == &s->no_body)
        return answer_kept(s, conn, res, req_cls);
    if (res->stream) {
        r = stream_response(s, conn, res);
    } else if (res->shared) {
        /* A buffer response (not an iovec one): MHD sends its header and body with one
         * sendmsg only for those. */
        r = MHD_create_response_from_buffer_with_free_callback_cls(res->body_len, res->shared->data,
                                                                   shared_unref, res->shared);
        if (r)
            res->shared = NULL; /* MHD drops the reference now */
    } else if (res->mapped) {
        r = MHD_create_response_from_buffer_with_free_callback_cls(
            res->body_len, (char *)res->mapped + (res->body - (const char *)res->mapped),
            mapped_free, res->mapped);
        if (r)
            res->mapped = NULL; /* MHD unmaps it now */
    } else if (res->owned) {
        r = MHD_create_response_from_buffer(res->body_len, res->owned, MHD_RESPMEM_MUST_FREE);
        if (r)
            res->owned = NULL; /* MHD frees it now */
    } else {
        r = MHD_create_response_from_buffer(res->body_len, (void *)res->body,
                                            MHD_RESPMEM_PERSISTENT);
    }
    if (!r)
        return MHD_NO;
    /* Tells clients that pool connections (Node's fetch, say) how long this one stays open,
     * so they retire it before the daemon does instead of racing its close. */
    MHD_add_response_header(r, "Keep-Alive", KEEPALIVE_HINT);
    if (res->content_type) /* none for an answer without a body (204) */
        MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_TYPE, res->content_type);
    for (size_t i = 0; i < res->header_count; i++)
        MHD_add_response_header(r, res->headers[i].name, res->headers[i].value);
    enum MHD_Result ok = MHD_queue_response(conn, res->status, r);
    MHD_destroy_response(r);
    return ok;
}

/* One access-log line for an answered request; the id goes out as X-Request-Id too. */
static void access_log(api_server_t *s, struct MHD_Connection *conn, const char *method,
                       const char *url, api_response_t *res, uint64_t t0)
{
    char id[24], remote[INET6_ADDRSTRLEN + 8] = "-";
    snprintf(id, sizeof id, "%" PRIu64, s->request_seq);
    api_response_add_header(res, "X-Request-Id", id);
    const union MHD_ConnectionInfo *ci =
        MHD_get_connection_info(conn, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
    if (ci && ci->client_addr) {
        const struct sockaddr *sa = ci->client_addr;
        if (sa->sa_family == AF_INET)
            inet_ntop(AF_INET, &((const struct sockaddr_in *)(const void *)sa)->sin_addr, remote,
                      sizeof remote);
        else if (sa->sa_family == AF_INET6)
            inet_ntop(AF_INET6, &((const struct sockaddr_in6 *)(const void *)sa)->sin6_addr, remote,
                      sizeof remote);
    }
    d_log_access_t a = {
        .method = method,
        .path = url,
        .remote = remote,
        .user_agent = MHD_lookup_connection_value(conn, MHD_HEADER_KIND, "User-Agent"),
        .status = res->status,
        .bytes = res->stream ? 0 : res->body_len,
        .seconds = (double)(uv_hrtime() - t0) / 1e9,
        .request_id = s->request_seq,
    };
    d_log_access(s->log, &a);
}

/* Counts, and logs (debug level, access log), one answered request. */
static void count(api_server_t *s, struct MHD_Connection *conn, const char *method, const char *url,
                  api_response_t *res, uint64_t t0)
{
    if (d_log_enabled(s->log, D_LOG_DEBUG))
        d_log_debug(s->log, "%s %s %u", method, url, res->status);
    s->request_seq++;
    if (d_log_access_enabled(s->log))
        access_log(s, conn, method, url, res, t0);
    if (res->status < API_SERVER_STATUS_MIN || res->status > API_SERVER_STATUS_MAX)
        return;
    if (s->requests[res->status - API_SERVER_STATUS_MIN]++ == 0) {
        size_t i = s->nanswered++;
        for (; i > 0 && s->answered[i - 1] > res->status; i--)
            s->answered[i] = s->answered[i - 1];
        s->answered[i] = (uint16_t)res->status;
    }
}

/* The body framing a request announces, checked before any of the body is read: a
 * Content-Length over API_SERVER_DRAIN_MAX gets 413 at once (instead of reading gigabytes
 * first), a transfer coding other than chunked 400 (MHD would wait for a body it cannot
 * delimit). Returns 1, or 0 with the problem in res. A body between API_SERVER_MAX_BODY and
 * API_SERVER_DRAIN_MAX is read and dropped, then answered 413: a client that sends its whole
 * body before reading would otherwise meet a reset connection instead of the answer. */
static int framing_ok(struct MHD_Connection *conn, api_response_t *res)
{
    const char *cl = MHD_lookup_connection_value(conn, MHD_HEADER_KIND, "Content-Length");
    const char *te = MHD_lookup_connection_value(conn, MHD_HEADER_KIND, "Transfer-Encoding");
    if (te && strcasecmp(te, "chunked") != 0) {
        api_problem(res, 400, NULL, NULL,
                    "Transfer-Encoding \"%.60s\" is not supported; send the body as is, with "
                    "Content-Length or chunked",
                    te);
        return 0;
    }
    if (cl) {
        char *end;
        errno = 0;
        unsigned long long n = strtoull(cl, &end, 10);
        if (errno == ERANGE || (*end == '\0' && n > API_SERVER_DRAIN_MAX)) {
            api_problem(res, 413, NULL, NULL,
                        "the request body (Content-Length %.30s) exceeds %u bytes", cl,
                        API_SERVER_MAX_BODY);
            return 0;
        }
    }
    return 1;
}

/* ---- answers from workers ----------------------------------------------------------- */

static void pending_unlink(pending_t *p)
{
    if (p->prev)
        p->prev->next = p->next;
    else
        p->server->pending = p->next;
    if (p->next)
        p->next->prev = p->prev;
}

/* query.h's answer callback: keep the response, resume the connection;
 * MHD calls on_access again, which queues it. */
static void on_answer(void *ctx, api_response_t *res)
{
    pending_t *p = ctx;
    p->res = *res;
    res->owned = NULL; /* moved */
    res->shared = NULL;
    res->mapped = NULL;
    res->stream = NULL;
    p->query = NULL;
    p->ready = 1;
    MHD_resume_connection(p->conn);
    if (!p->server->closing)
        uv_timer_start(&p->server->timer, on_timer, 0, 0);
}

static enum MHD_Result collect_value(void *cls, enum MHD_ValueKind kind, const char *key,
                                     const char *value)
{
    api_query_add_value(cls, kind == MHD_HEADER_KIND ? API_LOOKUP_HEADER : API_LOOKUP_QUERY, key,
                        value);
    return MHD_YES;
}

/* Hands req to the worker of req->target (the router set res->defer) and
 * suspends the connection. Returns 0, or -1 when it cannot: res is then a
 * 503 problem to send now. */
static int defer(api_server_t *s, struct MHD_Connection *conn, void **req_cls,
                 const api_request_t *req, api_response_t *res, uint64_t t0)
{
    body_t *b = *req_cls == &s->no_body ? NULL : *req_cls;
    pending_t *p = calloc(1, sizeof *p);
    api_query_t *q = api_query_new(req, res->defer);
    if (!b && p && q && (b = calloc(1, sizeof *b)) != NULL)
        *req_cls = b;
    if (!b || !p || !q) {
        free(p);
        if (q)
            api_query_discard(q);
        api_problem(res, 500, NULL, NULL, "out of memory");
        return -1;
    }
    MHD_get_connection_values(conn, MHD_HEADER_KIND, collect_value, q);
    MHD_get_connection_values(conn, MHD_GET_ARGUMENT_KIND, collect_value, q);
    p->server = s;
    p->conn = conn;
    p->query = q;
    p->t0 = t0;
    api_response_init(&p->res);
    api_app_t *app = s->app;
    if (api_query_post(app ? app->queries : NULL, q, on_answer, p) != 0) {
        free(p);
        api_problem(res, 503, NULL, NULL, "the daemon is stopping");
        return -1;
    }
    p->next = s->pending;
    if (s->pending)
        s->pending->prev = p;
    s->pending = p;
    b->pending = p;
    MHD_suspend_connection(conn);
    return 0;
}

/* Sends a worker's answer (on_access called again after on_answer). */
static enum MHD_Result send_answer(api_server_t *s, struct MHD_Connection *conn, body_t *b,
                                   const char *method, const char *url)
{
    pending_t *p = b->pending;
    b->pending = NULL;
    pending_unlink(p);
    count(s, conn, method, url, &p->res, p->t0);
    enum MHD_Result ok = queue(s, conn, &p->res, NULL);
    api_response_dispose(&p->res);
    free(p);
    return ok;
}

/* MHD's access handler. Call 1 announces the request (we only mark it: a
 * response queued now would make MHD close the connection after it); calls
 * with data receive the body; the last call (no data) answers. */
static enum MHD_Result on_access(void *cls, struct MHD_Connection *conn, const char *url,
                                 const char *method, const char *version, const char *upload_data,
                                 size_t *upload_data_size, void **req_cls)
{
    api_server_t *s = cls;
    if (*req_cls == NULL) {
        *req_cls = &s->no_body;
        s->in_flight++;
        api_response_t early;
        api_response_init(&early);
        if (!framing_ok(conn, &early)) {
            /* Answered before the body is read; MHD closes the connection after it. */
            count(s, conn, method, url, &early, uv_hrtime());
            enum MHD_Result ok = queue(s, conn, &early, NULL);
            api_response_dispose(&early);
            return ok;
        }
        return MHD_YES;
    }
    if (*upload_data_size > 0) {
        body_t *b = *req_cls == &s->no_body ? NULL : *req_cls;
        if (!b) {
            if (!(b = calloc(1, sizeof *b)))
                return MHD_NO;
            *req_cls = b;
        }
        size_t n = *upload_data_size;
        *upload_data_size = 0;
        if (b->too_large || n > API_SERVER_MAX_BODY - b->len) {
            b->too_large = 1;
            return MHD_YES;
        }
        if (b->len + n + 1 > b->cap) {
            size_t cap = b->cap ? b->cap : 4096;
            while (cap < b->len + n + 1)
                cap *= 2;
            char *grown = realloc(b->data, cap);
            if (!grown)
                return MHD_NO;
            b->data = grown;
            b->cap = cap;
        }
        memcpy(b->data + b->len, upload_data, n);
        b->len += n;
        b->data[b->len] = '\0';
        return MHD_YES;
    }

    /* Only the access log reads t0 (set up at start, never toggled): no clock read otherwise. */
    uint64_t t0 = d_log_access_enabled(s->log) ? uv_hrtime() : 0;
    body_t *pb = *req_cls == &s->no_body ? NULL : *req_cls;
    if (pb && pb->pending)
        return pb->pending->ready ? send_answer(s, conn, pb, method, url) : MHD_YES;
    const body_t *b = pb;
    api_request_t req;
    api_response_t res;
    api_request_init(&req);
    api_response_init(&res);
    req.method = api_method_parse(method);
    req.path = url;
    req.version = version;
    req.app = s->app;
    req.lookup = lookup;
    req.query_each = query_each;
    req.lookup_src = conn;
    if (b) {
        req.body = b->data;
        req.body_len = b->len;
    }
    if (b && b->too_large)
        api_problem(&res, 413, NULL, NULL, "the request body exceeds %u bytes",
                    API_SERVER_MAX_BODY);
    else
        api_router_dispatch(&req, &res);
    if (res.defer && defer(s, conn, req_cls, &req, &res, t0) == 0)
        return MHD_YES; /* answered later (on_answer, send_answer) */
    count(s, conn, method, url, &res, t0);
    enum MHD_Result ok = queue(s, conn, &res, req_cls);
    api_response_dispose(&res);
    return ok;
}

/* Two inactivity timeouts (MHD has one per connection, which we switch): a new connection
 * and a request in progress get API_SERVER_IDLE_TIMEOUT_S, so a stalled request line,
 * header or body is closed within about a second; a connection kept alive after an answer
 * gets API_SERVER_KEEPALIVE_S, so a client that reuses it a few seconds later (a pooled
 * connection) does not meet it closing under its request. MHD reports the start of the next
 * request once its request line is in (here, as its URI logger): the short timeout again.
 * The bound this leaves: a request line left unfinished on a reused connection waits for
 * the keep-alive timeout instead (MHD reports no earlier byte). */
static void *on_request_line(void *cls, const char *uri, struct MHD_Connection *conn)
{
    (void)cls;
    (void)uri;
    MHD_set_connection_option(conn, MHD_CONNECTION_OPTION_TIMEOUT,
                              (unsigned)API_SERVER_IDLE_TIMEOUT_S);
    return NULL; /* the request's context: on_access fills it */
}

static void on_completed(void *cls, struct MHD_Connection *conn, void **req_cls,
                         enum MHD_RequestTerminationCode toe)
{
    api_server_t *s = cls;
    if (toe == MHD_REQUEST_TERMINATED_COMPLETED_OK)
        MHD_set_connection_option(conn, MHD_CONNECTION_OPTION_TIMEOUT,
                                  (unsigned)API_SERVER_KEEPALIVE_S);
    if (*req_cls == NULL)
        return;
    api_shared_t *held = held_of(s, *req_cls);
    if (held) {
        api_shared_unref(held); /* MHD sends no more of it */
    } else if (*req_cls != &s->no_body) {
        body_t *b = *req_cls;
        if (b->pending) {
            pending_t *p = b->pending;
            if (p->query)
                api_query_abandon(p->query);
            pending_unlink(p);
            api_response_dispose(&p->res);
            free(p);
        }
        free(b->data);
        free(b);
    }
    *req_cls = NULL;
    s->in_flight--;
}

/* libmicrohttpd's messages that only say the peer went away (a closed tab,
 * a client's timeout): not a fault of anyone's, so debug, not warn. */
static const char *const peer_gone[] = {
    "Failed to send",      /* "... the chunked response body", "... data in request" */
    "Connection reset",    /* by peer */
    "Broken pipe",         /* writing to a socket the client closed */
    "Socket disconnected", /* while reading */
    "has been disconnected", "no longer available", /* the socket, for sending */
};

static void on_mhd_log(void *cls, const char *fmt, va_list ap)
    __attribute__((format(printf, 2, 0)));

static void on_mhd_log(void *cls, const char *fmt, va_list ap)
{
    api_server_t *s = cls;
    char line[512];
    vsnprintf(line, sizeof line, fmt, ap);
    line[strcspn(line, "\n")] = '\0';
    for (size_t i = 0; i < sizeof peer_gone / sizeof peer_gone[0]; i++) {
        if (strstr(line, peer_gone[i])) {
            d_log_debug(s->log, "http: %s", line);
            return;
        }
    }
    d_log_warn(s->log, "http: %s", line);
}

static void on_handle_closed(uv_handle_t *h)
{
    api_server_t *s = h->data;
    if (--s->handles_open > 0)
        return;
    void (*cb)(void *) = s->on_closed;
    void *arg = s->on_closed_arg;
    free(s);
    if (cb)
        cb(arg);
}

/* Ends the drain: closes the handles (which unregisters the epoll fd from
 * the loop before MHD closes it), then stops MHD, dropping idle connections. */
static void finish(api_server_t *s)
{
    if (s->closing)
        return;
    s->closing = 1;
    /* MHD must not stop with suspended connections: resume them so it closes them. */
    for (stream_conn_t *sc = s->streams; sc; sc = sc->next) {
        if (sc->stream->parked) {
            sc->stream->parked = 0;
            MHD_resume_connection(sc->conn);
        }
    }
    for (pending_t *p = s->pending; p; p = p->next) {
        if (p->ready)
            continue;
        api_query_abandon(p->query);
        p->query = NULL;
        p->ready = 1;
        MHD_resume_connection(p->conn);
    }
    uv_close((uv_handle_t *)&s->poll, on_handle_closed);
    uv_close((uv_handle_t *)&s->timer, on_handle_closed);
    uv_close((uv_handle_t *)&s->deadline, on_handle_closed);
    if (s->in_flight)
        d_log_warn(s->log, "http: %zu request(s) still in flight at the deadline", s->in_flight);
    MHD_stop_daemon(s->mhd);
    s->mhd = NULL;
    for (size_t i = 0; i < API_SERVER_KEPT_RESPONSES; i++)
        kept_drop(&s->kept[i]);
}

/* Runs MHD once (after every poll event and timeout), then either ends the
 * drain or re-arms MHD's timeout, which MHD may have changed. */
static void run_mhd(api_server_t *s)
{
    if (s->closing)
        return;
    MHD_run(s->mhd);
    if (s->draining && s->in_flight == 0) {
        finish(s);
        return;
    }
    /* At the connection limit MHD takes the listen socket out of its epoll set, and puts it
     * back only at the start of a run: when connections closed during a run that began at
     * the limit, nothing would wake the loop for the clients waiting in the backlog. */
    const union MHD_DaemonInfo *info =
        MHD_get_daemon_info(s->mhd, MHD_DAEMON_INFO_CURRENT_CONNECTIONS);
    unsigned open = info ? info->num_connections : 0;
    int rerun = s->at_limit && open < s->max_connections;
    s->at_limit = open >= s->max_connections;
    MHD_UNSIGNED_LONG_LONG ms;
    if (rerun)
        uv_timer_start(&s->timer, on_timer, 0, 0);
    else if (MHD_get_timeout(s->mhd, &ms) == MHD_YES)
        uv_timer_start(&s->timer, on_timer, (uint64_t)ms, 0);
    else
        uv_timer_stop(&s->timer);
}

static void on_timer(uv_timer_t *t)
{
    run_mhd(t->data);
}

static void on_poll(uv_poll_t *p, int status, int events)
{
    (void)status;
    (void)events;
    run_mhd(p->data);
}

static void on_deadline(uv_timer_t *t)
{
    finish(t->data);
}

int api_server_new(uv_loop_t *loop, const char *host, int port, unsigned max_connections, void *app,
                   const d_log_t *log, api_server_t **out, char *err, size_t errlen)
{
    api_server_t *s = calloc(1, sizeof *s);
    if (!s) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    s->loop = loop;
    s->app = app;
    s->log = log;
    s->max_connections = max_connections;

    int fd = bind_listen(host, port, &s->port, err, errlen);
    if (fd < 0) {
        free(s);
        return -1;
    }
    /* The inactivity timeout is what answers (by closing) a request that stops half-way: a
     * hanging request line, headers that never end, a truncated chunked body. Suspended
     * connections (event streams waiting for data) are exempt; kept-alive connections
     * between requests get the longer one (on_request_line). */
    s->mhd = MHD_start_daemon(
        MHD_USE_EPOLL | MHD_USE_ERROR_LOG | MHD_ALLOW_SUSPEND_RESUME, 0, NULL, NULL, on_access, s,
        MHD_OPTION_EXTERNAL_LOGGER, on_mhd_log, s, MHD_OPTION_LISTEN_SOCKET, (MHD_socket)fd,
        MHD_OPTION_NOTIFY_COMPLETED, on_completed, s, MHD_OPTION_URI_LOG_CALLBACK, on_request_line,
        s, MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)API_SERVER_IDLE_TIMEOUT_S,
        MHD_OPTION_CONNECTION_LIMIT, max_connections, MHD_OPTION_CONNECTION_MEMORY_LIMIT,
        (size_t)API_SERVER_CONN_MEMORY, MHD_OPTION_END);
    if (!s->mhd) {
        close(fd);
        free(s);
        snprintf(err, errlen, "cannot start the HTTP server on %s:%d", host, port);
        return -1;
    }
    const union MHD_DaemonInfo *info = MHD_get_daemon_info(s->mhd, MHD_DAEMON_INFO_EPOLL_FD);
    int rc = info ? uv_poll_init(loop, &s->poll, info->epoll_fd) : UV_EINVAL;
    if (rc != 0) {
        MHD_stop_daemon(s->mhd);
        free(s);
        snprintf(err, errlen, "cannot watch the HTTP server: %s", uv_strerror(rc));
        return -1;
    }
    /* Timers cannot fail to initialise on a live loop. */
    uv_timer_init(loop, &s->timer);
    uv_timer_init(loop, &s->deadline);
    s->poll.data = s->timer.data = s->deadline.data = s;
    s->handles_open = 3;
    uv_poll_start(&s->poll, UV_READABLE, on_poll);
    run_mhd(s);
    *out = s;
    return 0;
}

int api_server_port(const api_server_t *s)
{
    return s->port;
}

const uint64_t *api_server_request_counts(const api_server_t *s, const uint16_t **statuses,
                                          size_t *n)
{
    *statuses = s ? s->answered : NULL;
    *n = s ? s->nanswered : 0;
    return s ? s->requests : NULL;
}

uint64_t api_server_requests(const api_server_t *s, unsigned status)
{
    if (!s || status < API_SERVER_STATUS_MIN || status > API_SERVER_STATUS_MAX)
        return 0;
    return s->requests[status - API_SERVER_STATUS_MIN];
}

void api_server_close(api_server_t *s, void (*on_closed)(void *arg), void *arg)
{
    if (s->draining)
        return;
    s->draining = 1;
    s->on_closed = on_closed;
    s->on_closed_arg = arg;
    MHD_socket lfd = MHD_quiesce_daemon(s->mhd);
    if (lfd != MHD_INVALID_SOCKET)
        close(lfd);
    else
        d_log_warn(s->log, "http: could not stop accepting; closing now");
    if (s->in_flight == 0 || lfd == MHD_INVALID_SOCKET) {
        finish(s);
        return;
    }
    d_log_info(s->log, "http: finishing %zu request(s) in flight", s->in_flight);
    uv_timer_start(&s->deadline, on_deadline, API_SERVER_DRAIN_MS, 0);
}
