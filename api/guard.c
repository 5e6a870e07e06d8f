/* guard.c: Host, Origin and content-type checks against DNS rebinding and cross-site requests. */
#include "api/guard.h"

#include <arpa/inet.h>
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "api/problem.h"

/* Case-insensitive equality of [s, s+n) and the C string t. */
static int span_eq(const char *s, size_t n, const char *t)
{
    return strlen(t) == n && strncasecmp(s, t, n) == 0;
}

/* An IP literal: dotted IPv4, or an IPv6 address (without brackets). A Host holding one
 * cannot be a rebound DNS name: the page that sent it was loaded from that address. */
static int ip_literal(const char *s, size_t n)
{
    char buf[64];
    unsigned char addr[16];
    if (n == 0 || n >= sizeof buf)
        return 0;
    memcpy(buf, s, n);
    buf[n] = '\0';
    return inet_pton(AF_INET, buf, addr) == 1 || inet_pton(AF_INET6, buf, addr) == 1;
}

int api_guard_host_allowed(const api_guard_t *g, const char *host)
{
    for (size_t i = 0; i < g->allow_host_count; i++)
        if (strcmp(g->allow_hosts[i], "*") == 0)
            return 1;
    /* Split "name[:port]" / "[v6][:port]". */
    const char *name = host, *port = NULL;
    size_t name_len;
    if (host[0] == '[') {
        const char *close = strchr(host, ']');
        if (!close)
            return 0;
        name = host + 1;
        name_len = (size_t)(close - name);
        if (close[1] == ':')
            port = close + 2;
        else if (close[1] != '\0')
            return 0;
    } else {
        const char *colon = strchr(host, ':');
        name_len = colon ? (size_t)(colon - host) : strlen(host);
        if (colon)
            port = colon + 1;
    }
    if (name_len == 0)
        return 0;
    for (size_t i = 0; i < g->allow_host_count; i++)
        if (span_eq(name, name_len, g->allow_hosts[i]))
            return 1;
    long p = 80;
    if (port) {
        char *end;
        if (!isdigit((unsigned char)*port))
            return 0;
        p = strtol(port, &end, 10);
        if (*end != '\0')
            return 0;
    }
    if (p != g->port)
        return 0;
    return span_eq(name, name_len, "localhost") || ip_literal(name, name_len) ||
           (g->listen_host && span_eq(name, name_len, g->listen_host));
}

/* An Origin allowed for a request whose Host is host. */
static int origin_allowed(const api_guard_t *g, const char *origin, const char *host)
{
    size_t n = strlen(origin);
    while (n > 0 && origin[n - 1] == '/')
        n--;
    for (size_t i = 0; i < g->allow_origin_count; i++) {
        const char *a = g->allow_origins[i];
        size_t an = strlen(a);
        while (an > 0 && a[an - 1] == '/')
            an--;
        if ((an == 1 && a[0] == '*') || (an == n && strncasecmp(a, origin, n) == 0))
            return 1;
    }
    if (!host)
        return 0;
    for (int tls = 0; tls < 2; tls++) {
        const char *scheme = tls ? "https://" : "http://";
        size_t sl = strlen(scheme);
        if (n == sl + strlen(host) && strncasecmp(origin, scheme, sl) == 0 &&
            strncasecmp(origin + sl, host, n - sl) == 0)
            return 1;
    }
    return 0;
}

int api_guard_request(const api_guard_t *g, const api_request_t *req, api_response_t *res)
{
    const char *host = api_request_header(req, "Host");
    if (!host && req->version && strcmp(req->version, "HTTP/1.0") != 0) {
        api_problem(res, 400, NULL, NULL, "an HTTP/1.1 request needs a Host header");
        return 0;
    }
    if (!g)
        return 1;
    if (host && !api_guard_host_allowed(g, host)) {
        api_problem(res, 421, NULL, NULL,
                    "this daemon does not serve the host \"%.100s\"; use the address it listens "
                    "on, localhost, or allow the name with --allow-host",
                    host);
        return 0;
    }
    const char *origin = api_request_header(req, "Origin");
    if (origin && !origin_allowed(g, origin, host)) {
        api_problem(res, 403, NULL, NULL,
                    "requests from the origin \"%.100s\" are refused (cross-site); allow it with "
                    "--allow-origin",
                    origin);
        return 0;
    }
    return 1;
}

/* 1 when the media type of a Content-Type value is application/json. */
static int is_json(const char *ct)
{
    static const char want[] = "application/json";
    while (*ct == ' ' || *ct == '\t')
        ct++;
    if (strncasecmp(ct, want, sizeof want - 1) != 0)
        return 0;
    ct += sizeof want - 1;
    while (*ct == ' ' || *ct == '\t')
        ct++;
    return *ct == '\0' || *ct == ';';
}

int api_guard_mutation(const api_request_t *req, api_response_t *res)
{
    const char *ct = api_request_header(req, "Content-Type");
    if (ct && is_json(ct))
        return 1;
    api_problem(res, 415, NULL, NULL,
                "this request changes state and must be sent with \"Content-Type: "
                "application/json\" (got %s%.80s%s); a web page cannot send that across sites",
                ct ? "\"" : "", ct ? ct : "none", ct ? "\"" : "");
    return 0;
}
