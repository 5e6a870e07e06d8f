/* json.c: strict number parsing, JSON request bodies and counter formatting for the v1 handlers. */
#include "api/json.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>

#include "api/problem.h"

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

cJSON *api_json_body(const api_request_t *req, api_response_t *res, bool empty_ok)
{
    if (!req->body || req->body_len == 0) {
        if (empty_ok)
            return cJSON_CreateObject();
        api_problem(res, 400, NULL, NULL, "the request needs a JSON object body");
        return NULL;
    }
    const char *end = NULL;
    cJSON *root = cJSON_ParseWithLengthOpts(req->body, req->body_len, &end, 0);
    if (!root) {
        size_t at = end && end >= req->body ? (size_t)(end - req->body) : 0;
        api_problem(res, 400, NULL, NULL, "the body is not valid JSON (error near byte %zu)", at);
        return NULL;
    }
    if (!cJSON_IsObject(root)) {
        cJSON_Delete(root);
        api_problem(res, 400, NULL, NULL, "the body must be a JSON object");
        return NULL;
    }
    return root;
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
