/* http.h: the terminal client's HTTP exchange with a daemon (libcurl): one request with a
 * JSON or empty body, and an event stream read line by line.
 *
 * Ownership: a cli_http_t is caller-owned storage (cli_http_init/cli_http_dispose); it owns
 * its curl handle, its copy of the base URL and the token. A cli_reply_t owns its body
 * (cli_reply_dispose). Every request sends `Host` (libcurl, from the URL), the bearer token
 * when one is set, and `Content-Type: application/json` on a request with a body, as the
 * daemon wants from mutations. */
#ifndef CLOSURED_CLI_HTTP_H
#define CLOSURED_CLI_HTTP_H

#include <stddef.h>

typedef struct cli_http {
    const struct cli_curl *cu; /* libcurl's functions (curl_load.h) */
    void *curl;                /* CURL *, reused across requests (keep-alive) */
    char *base;                /* "http://127.0.0.1:8321", no trailing slash */
    char *token;               /* NULL when none */
    long timeout;              /* seconds for a whole request (not for streams) */
    char err[256];             /* why the last transfer failed (transport errors) */
} cli_http_t;

typedef struct cli_reply {
    long status;            /* HTTP status; 0 when the transfer failed (see err) */
    char content_type[128]; /* "" when absent */
    char *body;             /* NUL-terminated; "" when empty; owned */
    size_t len;
} cli_reply_t;

/* Sets up a client for the daemon at base (copied). Returns 0, or -1 when curl cannot start
 * (h->err says why when libcurl could not be loaded). */
int cli_http_init(cli_http_t *h, const char *base);
void cli_http_dispose(cli_http_t *h);

/* Takes a copy of the token (first line of a token file, trimmed). */
int cli_http_set_token(cli_http_t *h, const char *token);

/* method + base + path (path starts with "/", query string included). body may be NULL;
 * when set it is sent as application/json. Returns 0 with *r filled (any HTTP status), or
 * -1 for a transport failure (h->err says what: connection refused, timeout, bad URL). */
int cli_http_request(cli_http_t *h, const char *method, const char *path, const char *body,
                     size_t body_len, cli_reply_t *r);

/* Called with each complete line of a stream (without "\n"); returns 0 to go on, 1 to stop
 * the stream cleanly. */
typedef int (*cli_line_fn)(void *ctx, const char *line, size_t len);

/* Called about ten times a second while a stream is open (even without data); returns 0 to
 * go on, 1 to stop. NULL for none. */
typedef int (*cli_idle_fn)(void *ctx);

/* GET path as a stream (Server-Sent Events): on_line for each line until the server ends
 * it, a callback stops it, or the transfer fails. Returns 0 when the stream ended or was
 * stopped, the HTTP status (>= 300) when the server refused it (*r holds the problem), or -1
 * for a transport failure (h->err). */
int cli_http_stream(cli_http_t *h, const char *path, cli_line_fn on_line, cli_idle_fn idle,
                    void *ctx, cli_reply_t *r);

void cli_reply_dispose(cli_reply_t *r);

/* Percent-encodes s for a path segment or a query value into out (size n). Returns 0, or -1
 * when it does not fit. */
int cli_http_escape(const char *s, char *out, size_t n);

#endif
