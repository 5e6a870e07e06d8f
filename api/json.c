/* json.c: strict number parsing, JSON request bodies and counter formatting for the v1 handlers. */
#include "api/json.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "api/problem.h"
#include "runtime/rt.h"

int api_parse_u64(const char *s, uint64_t *out)
{
    if (!s || *s < '0' || *s > '9')
        return -1;
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || *end != '\0')
        return -1;
    *out = (uint64_t)v;
    return 0;
}

/* The nesting of arrays and objects at byte n of a JSON text (brackets inside strings not
 * counted): how a parse that failed there tells "nested too deep" from a syntax error. */
static size_t json_depth_at(const char *s, size_t n)
{
    size_t depth = 0;
    bool in_str = false;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (in_str) {
            if (c == '\\')
                i++;
            else if (c == '"')
                in_str = false;
        } else if (c == '"') {
            in_str = true;
        } else if (c == '[' || c == '{') {
            depth++;
        } else if ((c == ']' || c == '}') && depth > 0) {
            depth--;
        }
    }
    return depth;
}

cJSON *api_json_body(const api_request_t *req, api_response_t *res, bool empty_ok)
{
    if (!req->body || req->body_len == 0) {
        if (empty_ok)
            return cJSON_CreateObject();
        api_problem(res, 400, NULL, NULL, "the request needs a JSON object body");
        return NULL;
    }
    char why[160];
    if (api_json_text_check(req->body, req->body_len, why, sizeof why) != 0) {
        api_problem(res, 400, NULL, NULL, "%s", why);
        return NULL;
    }
    const char *end = NULL;
    cJSON *root = cJSON_ParseWithLengthOpts(req->body, req->body_len, &end, 0);
    if (!root) {
        size_t at = end && end >= req->body ? (size_t)(end - req->body) : 0;
        if (at <= req->body_len && json_depth_at(req->body, at) >= CJSON_NESTING_LIMIT)
            api_problem(res, 400, NULL, NULL,
                        "the body nests arrays and objects more than %d deep (at byte %zu)",
                        CJSON_NESTING_LIMIT, at);
        else
            api_problem(res, 400, NULL, NULL, "the body is not valid JSON (error near byte %zu)",
                        at);
        return NULL;
    }
    if (!cJSON_IsObject(root)) {
        cJSON_Delete(root);
        api_problem(res, 400, NULL, NULL, "the body must be a JSON object");
        return NULL;
    }
    return root;
}

int api_json_body_none(const api_request_t *req, api_response_t *res)
{
    cJSON *body = api_json_body(req, res, true);
    if (!body)
        return -1;
    const cJSON *first = body->child;
    if (first)
        api_problem(res, 400, NULL, NULL, "unknown field \"%.64s\"; %s takes no body (or {})",
                    first->string, req->path ? req->path : "this route");
    cJSON_Delete(body);
    return first ? -1 : 0;
}

cJSON *api_json_add_u64(cJSON *obj, const char *key, uint64_t v)
{
    return cJSON_AddNumberToObject(obj, key, (double)v);
}

cJSON *api_json_add_str(cJSON *obj, const char *key, const char *s)
{
    return s ? cJSON_AddStringToObject(obj, key, s) : cJSON_AddNullToObject(obj, key);
}

bool api_json_is_int(const cJSON *item, double min, double max)
{
    if (!cJSON_IsNumber(item))
        return false;
    double d = item->valuedouble;
    return isfinite(d) && d == floor(d) && d >= min && d <= max;
}

/* The offset of the first \u0000 escape in [s, s+len), or len. Outside strings a backslash
 * is a syntax error anyway, so escapes are followed through the whole text. */
static size_t escaped_nul(const char *s, size_t len)
{
    for (size_t i = 0; i + 1 < len; i++) {
        if (s[i] != '\\')
            continue;
        if (s[i + 1] == 'u' && len - i >= 6 && memcmp(s + i + 2, "0000", 4) == 0)
            return i;
        i++; /* skip the escaped character (a second backslash, say) */
    }
    return len;
}

int api_json_text_check(const char *text, size_t len, char *why, size_t whylen)
{
    size_t at;
    const char *nul = memchr(text, '\0', len);
    if (nul) {
        snprintf(why, whylen, "the body holds a NUL byte (at byte %zu); JSON text cannot",
                 (size_t)(nul - text));
        return -1;
    }
    if (!rt_utf8_valid(text, len, &at)) {
        snprintf(why, whylen, "the body is not valid UTF-8 (byte %zu); send JSON text as UTF-8",
                 at);
        return -1;
    }
    if ((at = escaped_nul(text, len)) < len) {
        snprintf(why, whylen,
                 "a string holds \\u0000 (at byte %zu); names and sources cannot contain NUL", at);
        return -1;
    }
    return 0;
}

char *api_utf8_scrub(char *text, size_t *len)
{
    size_t at;
    if (rt_utf8_valid(text, *len, &at))
        return text;
    /* Worst case every byte becomes the three bytes of U+FFFD. */
    char *out = malloc(*len * 3 + 1);
    if (!out) {
        free(text);
        return NULL;
    }
    memcpy(out, text, at);
    size_t o = at, i = at;
    while (i < *len) {
        size_t bad;
        if (rt_utf8_valid(text + i, *len - i, &bad)) {
            memcpy(out + o, text + i, *len - i);
            o += *len - i;
            break;
        }
        memcpy(out + o, text + i, bad);
        o += bad;
        memcpy(out + o, "\xEF\xBF\xBD", 3); /* U+FFFD for the one bad byte */
        o += 3;
        i += bad + 1;
    }
    out[o] = '\0';
    free(text);
    *len = o;
    return out;
}

char *api_json_print(const cJSON *json)
{
    char *text = cJSON_PrintUnformatted(json);
    if (!text)
        return NULL;
    size_t len = strlen(text);
    return api_utf8_scrub(text, &len);
}
