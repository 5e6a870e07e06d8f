/* http.c: method names, status reasons and the request/response helpers of http.h. */
#define _DEFAULT_SOURCE /* MAP_ANONYMOUS */
#include "api/http.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "api/json.h"

static const struct {
    api_method_t bit;
    const char *name;
} methods[] = {
    {API_GET, "GET"},       {API_HEAD, "HEAD"},   {API_POST, "POST"},       {API_PUT, "PUT"},
    {API_DELETE, "DELETE"}, {API_PATCH, "PATCH"}, {API_OPTIONS, "OPTIONS"},
};

api_method_t api_method_parse(const char *name)
{
    for (size_t i = 0; i < sizeof methods / sizeof methods[0]; i++)
        if (strcmp(name, methods[i].name) == 0)
            return methods[i].bit;
    return API_OTHER;
}

void api_method_list(unsigned bits, char *buf, size_t len)
{
    size_t used = 0;
    if (len == 0)
        return;
    buf[0] = '\0';
    for (size_t i = 0; i < sizeof methods / sizeof methods[0]; i++) {
        if (!(bits & methods[i].bit))
            continue;
        int n = snprintf(buf + used, len - used, "%s%s", used ? ", " : "", methods[i].name);
        if (n < 0 || (size_t)n >= len - used)
            return;
        used += (size_t)n;
    }
}

const char *api_status_reason(unsigned status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 204: return "No Content";
    case 304: return "Not Modified";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 409: return "Conflict";
    case 413: return "Content Too Large";
    case 415: return "Unsupported Media Type";
    case 421: return "Misdirected Request";
    case 422: return "Unprocessable Content";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default: return "Unknown";
    }
}

const char *api_request_header(const api_request_t *req, const char *name)
{
    return req->lookup ? req->lookup(req->lookup_src, API_LOOKUP_HEADER, name) : NULL;
}

const char *api_request_query(const api_request_t *req, const char *name)
{
    return req->lookup ? req->lookup(req->lookup_src, API_LOOKUP_QUERY, name) : NULL;
}

int api_request_query_each(const api_request_t *req, int (*each)(void *ctx, const char *name),
                           void *ctx)
{
    return req->query_each ? req->query_each(req->lookup_src, each, ctx) : 0;
}

const char *api_request_param(const api_request_t *req, const char *name)
{
    for (size_t i = 0; i < req->param_count; i++)
        if (strcmp(req->params[i].name, name) == 0)
            return req->params[i].value;
    return NULL;
}

void api_request_init(api_request_t *req)
{
    req->method = (api_method_t)0; /* none yet */
    req->path = NULL;
    req->version = NULL;
    req->body = NULL;
    req->body_len = 0;
    req->route_flags = 0;
    req->param_count = 0;
    req->app = NULL;
    req->target = NULL;
    req->lookup = NULL;
    req->query_each = NULL;
    req->lookup_src = NULL;
}

void api_response_init(api_response_t *res)
{
    /* Field by field: the 2 KB of header slots past header_count are never read, and this
     * runs twice per request (set up, disposed of). */
    res->status = 500;
    res->content_type = "text/plain; charset=utf-8";
    res->body = "";
    res->body_len = 0;
    res->owned = NULL;
    res->shared = NULL;
    res->mapped = NULL;
    res->header_count = 0;
    res->stream = NULL;
    res->defer = NULL;
    res->again = false;
    res->step = NULL;
    res->step_free = NULL;
}

void api_stream_wake(api_stream_t *s)
{
    if (s->parked && s->wake)
        s->wake(s);
}

void api_response_set_stream(api_response_t *res, unsigned status, const char *content_type,
                             api_stream_t *s)
{
    api_response_set_static(res, status, content_type, NULL, 0);
    res->stream = s;
}

api_shared_t *api_shared_new(const char *data, size_t len, size_t cap)
{
    api_shared_t *s = malloc(sizeof *s + (cap > len ? cap : len));
    if (!s)
        return NULL;
    s->refs = 1;
    s->len = len;
    s->cap = cap > len ? cap : len;
    if (len)
        memcpy(s->data, data, len);
    return s;
}

int api_shared_reserve(api_shared_t **s, size_t cap)
{
    if ((*s)->cap >= cap)
        return 0;
    api_shared_t *grown = realloc(*s, sizeof **s + cap);
    if (!grown)
        return -1;
    grown->cap = cap;
    *s = grown;
    return 0;
}

api_shared_t *api_shared_ref(api_shared_t *s)
{
    s->refs++;
    return s;
}

void api_shared_unref(api_shared_t *s)
{
    if (s && --s->refs == 0)
        free(s);
}

/* A mapping starts with its length; the body follows at MAPPED_AT (aligned). */
#define MAPPED_AT 64

int api_response_map_body(api_response_t *res)
{
    if (!res->owned)
        return -1;
    size_t len = MAPPED_AT + res->body_len;
    void *m = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (m == MAP_FAILED)
        return -1;
    memcpy(m, &len, sizeof len);
    memcpy((char *)m + MAPPED_AT, res->owned, res->body_len);
    free(res->owned); /* into its own thread's arena */
    res->owned = NULL;
    res->mapped = m;
    res->body = (const char *)m + MAPPED_AT;
    return 0;
}

void api_mapped_free(void *mapped)
{
    size_t len;
    if (!mapped)
        return;
    memcpy(&len, mapped, sizeof len);
    munmap(mapped, len);
}

void api_response_dispose(api_response_t *res)
{
    if (res->stream)
        res->stream->release(res->stream);
    if (res->step_free)
        res->step_free(res->step);
    free(res->owned);
    api_shared_unref(res->shared);
    api_mapped_free(res->mapped);
    api_response_init(res);
}

void api_response_set_static(api_response_t *res, unsigned status, const char *content_type,
                             const void *data, size_t len)
{
    free(res->owned);
    res->owned = NULL;
    api_shared_unref(res->shared);
    res->shared = NULL;
    api_mapped_free(res->mapped);
    res->mapped = NULL;
    res->status = status;
    res->content_type = content_type;
    res->body = data ? data : "";
    res->body_len = data ? len : 0;
}

void api_response_set_owned(api_response_t *res, unsigned status, const char *content_type,
                            char *body, size_t len)
{
    free(res->owned);
    api_shared_unref(res->shared);
    res->shared = NULL;
    api_mapped_free(res->mapped);
    res->mapped = NULL;
    res->owned = body;
    res->status = status;
    res->content_type = content_type;
    res->body = body;
    res->body_len = len;
}

void api_response_set_shared(api_response_t *res, unsigned status, const char *content_type,
                             api_shared_t *text)
{
    api_response_set_static(res, status, content_type, text->data, text->len);
    res->shared = text;
}

int api_response_set_json_as(api_response_t *res, unsigned status, const char *content_type,
                             cJSON *json)
{
    char *text = json ? api_json_print(json) : NULL;
    cJSON_Delete(json);
    if (!text) {
        static const char oom[] = "{\"type\":\"about:blank\",\"title\":\"Internal Server Error\","
                                  "\"status\":500,\"detail\":\"out of memory\"}";
        api_response_set_static(res, 500, "application/problem+json", oom, sizeof oom - 1);
        return -1;
    }
    api_response_set_owned(res, status, content_type, text, strlen(text));
    return 0;
}

int api_response_set_json(api_response_t *res, unsigned status, cJSON *json)
{
    return api_response_set_json_as(res, status, "application/json", json);
}

int api_response_add_header(api_response_t *res, const char *name, const char *value)
{
    if (res->header_count >= API_MAX_HEADERS)
        return -1;
    api_header_t *h = &res->headers[res->header_count];
    if (strlen(name) >= sizeof h->name || strlen(value) >= sizeof h->value)
        return -1;
    strcpy(h->name, name);
    strcpy(h->value, value);
    res->header_count++;
    return 0;
}
