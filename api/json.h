/* json.h: cJSON helpers for the v1 handlers: strict number parsing, request
 * bodies with problem answers, and adding 64-bit counters.
 *
 * Ownership: cJSON trees returned here are new (the caller deletes them);
 * trees passed to api_response_set_json are consumed there. */
#ifndef CLOSURED_API_JSON_H
#define CLOSURED_API_JSON_H

#include <cjson/cJSON.h>
#include <stdbool.h>
#include <stdint.h>

#include "api/http.h"

/* Parses a whole decimal unsigned integer (no sign, no spaces). Returns 0 or -1. */
int api_parse_u64(const char *s, uint64_t *out);

/* Parses the request body as a JSON object. Returns the new tree, or NULL
 * after answering 400 in res (malformed, or not an object). An empty body is
 * an empty object when empty_ok, else a 400. */
cJSON *api_json_body(const api_request_t *req, api_response_t *res, bool empty_ok);

/* Adds a non-negative integer (exact up to 2^53). Returns the item or NULL. */
cJSON *api_json_add_u64(cJSON *obj, const char *key, uint64_t v);

/* Adds a string, or null when s is NULL. */
cJSON *api_json_add_str(cJSON *obj, const char *key, const char *s);

/* true when item is a number with an integral value in [min, max]. */
bool api_json_is_int(const cJSON *item, double min, double max);

#endif
