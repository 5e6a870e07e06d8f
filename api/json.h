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
 * after answering 400 in res (not UTF-8, a NUL byte raw or as \u0000,
 * malformed, or not an object). An empty body is an empty object when
 * empty_ok, else a 400. Every string of the tree is valid UTF-8 without NUL. */
cJSON *api_json_body(const api_request_t *req, api_response_t *res, bool empty_ok);

/* The body check (router.h) of a route that takes no fields: no body, or a JSON object
 * without members ({}, spaces allowed). Returns 0, or -1 after answering 400 in res. */
int api_json_body_none(const api_request_t *req, api_response_t *res);

/* Checks a JSON text before it is parsed: well-formed UTF-8, no NUL byte, and no \u0000
 * escape (C strings would silently end there: a name or a source cut short). Returns 0, or
 * -1 with what is wrong in why (size whylen). */
int api_json_text_check(const char *text, size_t len, char *why, size_t whylen);

/* Renders json compactly (not consumed) as valid UTF-8: any ill-formed sequence in a string
 * (a file name from disk, say) becomes U+FFFD, so answers never echo invalid bytes. Returns
 * a malloc'ed NUL-terminated text, or NULL when out of memory. */
char *api_json_print(const cJSON *json);

/* Replaces every ill-formed UTF-8 sequence of [text, text+*len) by U+FFFD. Returns text
 * itself when it is valid, else a new malloc'ed NUL-terminated copy (text is freed) with
 * *len updated; NULL when out of memory (text is freed). */
char *api_utf8_scrub(char *text, size_t *len);

/* Adds a non-negative integer (exact up to 2^52: cJSON rounds larger ones to 15 digits).
 * Returns the item or NULL. */
cJSON *api_json_add_u64(cJSON *obj, const char *key, uint64_t v);

/* Adds a string, or null when s is NULL. */
cJSON *api_json_add_str(cJSON *obj, const char *key, const char *s);

/* true when item is a number with an integral value in [min, max]. */
bool api_json_is_int(const cJSON *item, double min, double max);

#endif
