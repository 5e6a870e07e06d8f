/* http.c: the client's requests and event streams over libcurl (keep-alive, bearer token,
 * JSON bodies). */
#include "cli/http.h"

#include "cli/curl_load.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define STREAM_LINE_MAX (1u << 20) /* an SSE line longer than this ends the stream */

/* A growing NUL-terminated byte buffer. */
typedef struct grow {
    char *data;
    size_t len, cap;
    int oom;
} grow_t;

static int grow_append(grow_t *g, const char *p, size_t n)
{
    if (g->len + n + 1 > g->cap) {
        size_t cap = g->cap ? g->cap * 2 : 4096;
        while (cap < g->len + n + 1)
            cap *= 2;
        char *d = realloc(g->data, cap);
        if (!d) {
            g->oom = 1;
            return -1;
        }
        g->data = d;
        g->cap = cap;
    }
    memcpy(g->data + g->len, p, n);
    g->len += n;
    g->data[g->len] = '\0';
    return 0;
}

static size_t on_body(char *p, size_t size, size_t n, void *ctx)
{
    return grow_append(ctx, p, size * n) == 0 ? size * n : 0;
}

int cli_http_init(cli_http_t *h, const char *base)
{
    memset(h, 0, sizeof *h);
    h->timeout = 30;
    h->cu = cli_curl_load(h->err, sizeof h->err);
    if (!h->cu || h->cu->global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
        h->cu = NULL;
        return -1;
    }
    size_t n = strlen(base);
    while (n && base[n - 1] == '/')
        n--;
    h->base = malloc(n + 1);
    h->curl = h->cu->easy_init();
    if (!h->base || !h->curl) {
        cli_http_dispose(h);
        return -1;
    }
    memcpy(h->base, base, n);
    h->base[n] = '\0';
    return 0;
}

void cli_http_dispose(cli_http_t *h)
{
    if (!h->cu)
        return;
    if (h->curl)
        h->cu->easy_cleanup(h->curl);
    free(h->base);
    free(h->token);
    h->curl = NULL;
    h->base = h->token = NULL;
    h->cu->global_cleanup();
}

int cli_http_set_token(cli_http_t *h, const char *token)
{
    free(h->token);
    h->token = strdup(token);
    return h->token ? 0 : -1;
}

void cli_reply_dispose(cli_reply_t *r)
{
    free(r->body);
    r->body = NULL;
    r->len = 0;
}

int cli_http_escape(const char *s, char *out, size_t n)
{
    static const char hex[] = "0123456789ABCDEF";
    size_t o = 0;
    for (const unsigned char *c = (const unsigned char *)s; *c; c++) {
        int plain = (*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') ||
                    (*c >= '0' && *c <= '9') || *c == '-' || *c == '_' || *c == '.' || *c == '~';
        if (o + (plain ? 1 : 3) >= n)
            return -1;
        if (plain) {
            out[o++] = (char)*c;
        } else {
            out[o++] = '%';
            out[o++] = hex[*c >> 4];
            out[o++] = hex[*c & 15];
        }
    }
    out[o] = '\0';
    return 0;
}

/* Sets URL, method, headers and body on the easy handle. *hdrs is for the caller to free. */
static int prepare(cli_http_t *h, const char *method, const char *path, const char *body,
                   size_t body_len, struct curl_slist **hdrs)
{
    CURL *c = h->curl;
    h->cu->easy_reset(c);
    size_t len = strlen(h->base) + strlen(path) + 1;
    char *url = malloc(len);
    if (!url)
        return -1;
    snprintf(url, len, "%s%s", h->base, path);
    CURLcode rc = h->cu->easy_setopt(c, CURLOPT_URL, url);
    free(url); /* libcurl copies strings */
    if (rc != CURLE_OK) {
        snprintf(h->err, sizeof h->err, "bad URL %s%s", h->base, path);
        return -1;
    }
    h->cu->easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
    h->cu->easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    h->cu->easy_setopt(c, CURLOPT_CONNECTTIMEOUT, 10L);
    h->cu->easy_setopt(c, CURLOPT_USERAGENT, "closured-cli");
    h->cu->easy_setopt(c, CURLOPT_ERRORBUFFER, h->err);
    h->err[0] = '\0';
    struct curl_slist *l = h->cu->slist_append(NULL, "Accept: application/json");
    if (h->token) {
        char auth[512];
        snprintf(auth, sizeof auth, "Authorization: Bearer %s", h->token);
        l = h->cu->slist_append(l, auth);
    }
    if (body) {
        l = h->cu->slist_append(l, "Content-Type: application/json");
        h->cu->easy_setopt(c, CURLOPT_POSTFIELDS, body);
        h->cu->easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)body_len);
    } else if (strcmp(method, "GET") != 0) {
        /* An empty mutation (POST or DELETE) still says JSON: the daemon refuses a mutation
         * with any other content type, or none. */
        l = h->cu->slist_append(l, "Content-Type: application/json");
        h->cu->easy_setopt(c, CURLOPT_POSTFIELDS, "");
        h->cu->easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)0);
    }
    if (strcmp(method, "GET") != 0 && strcmp(method, "POST") != 0)
        h->cu->easy_setopt(c, CURLOPT_CUSTOMREQUEST, method);
    h->cu->easy_setopt(c, CURLOPT_HTTPHEADER, l);
    *hdrs = l;
    return 0;
}

static void finish(cli_http_t *h, cli_reply_t *r, grow_t *g)
{
    h->cu->easy_getinfo(h->curl, CURLINFO_RESPONSE_CODE, &r->status);
    const char *ct = NULL;
    h->cu->easy_getinfo(h->curl, CURLINFO_CONTENT_TYPE, &ct);
    snprintf(r->content_type, sizeof r->content_type, "%s", ct ? ct : "");
    r->body = g->data ? g->data : strdup("");
    r->len = g->len;
}

int cli_http_request(cli_http_t *h, const char *method, const char *path, const char *body,
                     size_t body_len, cli_reply_t *r)
{
    memset(r, 0, sizeof *r);
    struct curl_slist *hdrs = NULL;
    if (prepare(h, method, path, body, body_len, &hdrs) != 0)
        return -1;
    grow_t g = {0};
    h->cu->easy_setopt(h->curl, CURLOPT_WRITEFUNCTION, on_body);
    h->cu->easy_setopt(h->curl, CURLOPT_WRITEDATA, &g);
    h->cu->easy_setopt(h->curl, CURLOPT_TIMEOUT, h->timeout);
    CURLcode rc = h->cu->easy_perform(h->curl);
    h->cu->slist_free_all(hdrs);
    if (rc != CURLE_OK || g.oom) {
        if (!h->err[0] || g.oom)
            snprintf(h->err, sizeof h->err, "%s",
                     g.oom ? "out of memory" : h->cu->easy_strerror(rc));
        free(g.data);
        return -1;
    }
    finish(h, r, &g);
    return r->body ? 0 : -1;
}

/* ---- streams ------------------------------------------------------------------------- */

typedef struct stream {
    cli_http_t *h;
    cli_line_fn on_line;
    cli_idle_fn idle;
    void *ctx;
    grow_t line;  /* the line being read */
    grow_t error; /* the body of a refused stream */
    long status;
    int stopped;
} stream_t;

static size_t on_stream(char *p, size_t size, size_t n, void *ctx)
{
    stream_t *s = ctx;
    size_t total = size * n;
    if (!s->status)
        s->h->cu->easy_getinfo(s->h->curl, CURLINFO_RESPONSE_CODE, &s->status);
    if (s->status >= 300)
        return grow_append(&s->error, p, total) == 0 ? total : 0;
    for (size_t i = 0; i < total; i++) {
        if (p[i] != '\n') {
            if (s->line.len >= STREAM_LINE_MAX || grow_append(&s->line, &p[i], 1) != 0)
                return 0;
            continue;
        }
        size_t len = s->line.len;
        if (len && s->line.data[len - 1] == '\r')
            len--;
        if (s->on_line(s->ctx, s->line.data ? s->line.data : "", len) != 0) {
            s->stopped = 1;
            return 0;
        }
        s->line.len = 0;
    }
    return total;
}

int cli_http_stream(cli_http_t *h, const char *path, cli_line_fn on_line, cli_idle_fn idle,
                    void *ctx, cli_reply_t *r)
{
    memset(r, 0, sizeof *r);
    struct curl_slist *hdrs = NULL;
    if (prepare(h, "GET", path, NULL, 0, &hdrs) != 0)
        return -1;
    hdrs = h->cu->slist_append(hdrs, "Accept: text/event-stream");
    h->cu->easy_setopt(h->curl, CURLOPT_HTTPHEADER, hdrs);
    stream_t s = {.h = h, .on_line = on_line, .idle = idle, .ctx = ctx};
    h->cu->easy_setopt(h->curl, CURLOPT_WRITEFUNCTION, on_stream);
    h->cu->easy_setopt(h->curl, CURLOPT_WRITEDATA, &s);
    CURLM *m = h->cu->multi_init();
    if (!m || h->cu->multi_add_handle(m, h->curl) != CURLM_OK) {
        if (m)
            h->cu->multi_cleanup(m);
        h->cu->slist_free_all(hdrs);
        snprintf(h->err, sizeof h->err, "cannot start the stream");
        return -1;
    }
    int running = 1, rc = 0;
    CURLcode result = CURLE_OK;
    while (running && !s.stopped) {
        if (h->cu->multi_perform(m, &running) != CURLM_OK)
            break;
        if (!running)
            break;
        h->cu->multi_poll(m, NULL, 0, 100, NULL);
        if (idle && idle(ctx) != 0)
            s.stopped = 1;
    }
    int left;
    for (CURLMsg *msg; (msg = h->cu->multi_info_read(m, &left)) != NULL;)
        if (msg->msg == CURLMSG_DONE)
            result = msg->data.result;
    h->cu->multi_remove_handle(m, h->curl);
    h->cu->multi_cleanup(m);
    h->cu->slist_free_all(hdrs);
    free(s.line.data);
    if (s.status >= 300) {
        grow_t g = s.error;
        finish(h, r, &g);
        rc = (int)s.status;
    } else if (!s.stopped && result != CURLE_OK) {
        if (!h->err[0])
            snprintf(h->err, sizeof h->err, "%s", h->cu->easy_strerror(result));
        free(s.error.data);
        rc = -1;
    } else {
        free(s.error.data);
    }
    return rc;
}
