/* auth.h: the bearer-token check: mutating routes need the token when one is
 * configured; reads need it too with --token-required-for-reads. */
#ifndef CLOSURED_API_AUTH_H
#define CLOSURED_API_AUTH_H

#include "api/http.h"

/* Whether req (its route flags set) may proceed. Returns 1, or 0 after
 * answering 401 with WWW-Authenticate in res. Routes flagged public
 * (/healthz, the dashboard's files) never need the token; reads flagged
 * API_ROUTE_QUERY_TOKEN (the event stream) also accept it as ?token=. */
int api_auth_check(const api_request_t *req, api_response_t *res);

/* Compares a presented token with the expected one in constant time (for
 * equal lengths). Returns 1 when they match. */
int api_auth_token_equal(const char *presented, size_t len, const char *expected);

#endif
