/* guard.h: the checks that keep web pages from driving the daemon: Host (DNS rebinding),
 * Origin (cross-site requests) and the JSON content type of mutations (HTML forms).
 *
 * Loopback is not a boundary: any page the user's browser opens can send requests to
 * 127.0.0.1. A cross-site HTML form can POST text/plain, x-www-form-urlencoded or
 * multipart/form-data without a CORS preflight, but never application/json; a rebound DNS
 * name reaches the daemon with the attacker's name in Host; a cross-site fetch carries its
 * page's Origin. The router runs these checks once per request (router.c). */
#ifndef CLOSURED_API_GUARD_H
#define CLOSURED_API_GUARD_H

#include <stddef.h>

#include "api/http.h"

/* What the checks compare against. Borrowed from the daemon's configuration; outlives the
 * server. listen_host is the --listen host as given; port the bound port. An entry "*" in
 * allow_hosts or allow_origins turns that check off. */
typedef struct api_guard {
    const char *listen_host;
    int port;
    char *const *allow_hosts; /* extra Host names (any port), e.g. behind a reverse proxy */
    size_t allow_host_count;
    char *const *allow_origins; /* extra origins, "scheme://host[:port]" */
    size_t allow_origin_count;
} api_guard_t;

/* Checks Host and Origin of any request. Host must be the listen host, localhost or an IP
 * literal with the listen port, or a name from allow_hosts (any port); an HTTP/1.1 request
 * must have one. Origin, when sent, must be http(s)://HOST of this request or an entry of
 * allow_origins. Returns 1, or 0 after making res a 400 (no Host), 421 (foreign Host) or
 * 403 (foreign Origin) problem. g NULL (unit tests) checks only that HTTP/1.1 has a Host. */
int api_guard_request(const api_guard_t *g, const api_request_t *req, api_response_t *res);

/* Checks a request to a mutating route: Content-Type must be application/json (parameters
 * such as charset allowed). Returns 1, or 0 after making res a 415 problem. */
int api_guard_mutation(const api_request_t *req, api_response_t *res);

/* 1 when host (a Host header value) names this daemon under g's rules, else 0. */
int api_guard_host_allowed(const api_guard_t *g, const char *host);

#endif
