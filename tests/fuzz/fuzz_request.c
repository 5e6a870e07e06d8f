/* fuzz_request.c: libFuzzer harness: the request body of every POST route.
 *
 * Each input is one body. It goes through the body check (router.h) of every route that
 * has one, which is every POST route (test_router checks that none lacks it), so a route
 * added later is fuzzed without a change here. The upload body also goes through
 * api_v1_upload_parse itself, to check what it hands to the host.
 *
 * Properties checked besides the sanitizers:
 *  - a check accepts (0, the response untouched) or refuses (-1) with a 400 (413 for an
 *    upload past the limits of host/files.h) application/problem+json whose text is valid
 *    UTF-8 JSON: an object with that status, a title and a non-empty detail;
 *  - the same body gets the same verdict twice (no state leaks from one call to the next);
 *  - an accepted upload names a valid workload, and its source is valid UTF-8 without NUL
 *    (the runtime's strings depend on it). */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "api/http.h"
#include "api/json.h"
#include "api/router.h"
#include "api/v1.h"
#include "host/workload.h"
#include "runtime/rt.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define CHECK(cond)                                                                                \
    do {                                                                                           \
        if (!(cond))                                                                               \
            abort();                                                                               \
    } while (0)

/* The first method bit of a route's set (what a client sends to reach it). */
static api_method_t method_of(unsigned methods)
{
    return (api_method_t)(methods & -methods);
}

/* A refusal as the checks promise it: 400 or 413, problem+json, a well-formed object. */
static void check_problem(const api_response_t *res)
{
    CHECK(res->status == 400 || res->status == 413);
    CHECK(res->content_type && strcmp(res->content_type, "application/problem+json") == 0);
    const char *text = res->owned ? res->owned : res->body;
    CHECK(text && res->body_len > 0);
    CHECK(rt_utf8_valid(text, res->body_len, NULL));
    cJSON *p = cJSON_ParseWithLength(text, res->body_len);
    CHECK(cJSON_IsObject(p));
    const cJSON *status = cJSON_GetObjectItemCaseSensitive(p, "status");
    const cJSON *title = cJSON_GetObjectItemCaseSensitive(p, "title");
    const cJSON *detail = cJSON_GetObjectItemCaseSensitive(p, "detail");
    CHECK(cJSON_IsNumber(status) && status->valuedouble == res->status);
    CHECK(cJSON_IsString(title) && title->valuestring[0]);
    CHECK(cJSON_IsString(detail) && detail->valuestring[0]);
    cJSON_Delete(p);
}

/* Runs one route's body check on req; returns its verdict after checking the response. */
static int run_check(const api_route_t *r, api_request_t *req)
{
    api_response_t res;
    api_response_init(&res);
    api_response_t untouched = res;
    req->method = method_of(r->methods);
    req->path = r->pattern;
    int rc = r->body(req, &res);
    CHECK(rc == 0 || rc == -1);
    if (rc == 0)
        CHECK(res.status == untouched.status && res.body == untouched.body && !res.owned &&
              !res.stream && res.header_count == 0);
    else
        check_problem(&res);
    api_response_dispose(&res);
    return rc;
}

/* What an accepted upload hands to the host. */
static void check_upload(const api_request_t *req)
{
    api_response_t res;
    api_response_init(&res);
    d_workload_options_t opt;
    d_files_t fs;
    cJSON *body = api_v1_upload_parse(req, &res, &opt, &fs);
    if (body) {
        CHECK(d_workload_name_valid(opt.name));
        CHECK(opt.source && strlen(opt.source) == opt.source_len);
        CHECK(rt_utf8_valid(opt.source, opt.source_len, NULL));
        /* every file of an upload of several: a usable name, usable text, the main among them */
        for (size_t i = 0; i < fs.count; i++) {
            CHECK(d_files_name_check(fs.items[i].name) == NULL);
            CHECK(d_files_text_check(fs.items[i].text, fs.items[i].len) == NULL);
        }
        CHECK(!opt.files || d_files_find(&fs, opt.filename) != NULL);
        d_files_dispose(&fs);
        cJSON_Delete(body);
    }
    api_response_dispose(&res);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* The server hands handlers a NUL-terminated copy of the body (server.c). */
    char *text = malloc(size + 1);
    if (!text)
        return 0;
    memcpy(text, data, size);
    text[size] = '\0';
    api_request_t req;
    memset(&req, 0, sizeof req);
    req.body = size ? text : NULL;
    req.body_len = size;

    for (size_t i = 0; i < api_route_count; i++) {
        const api_route_t *r = &api_routes[i];
        if (!r->body)
            continue;
        int first = run_check(r, &req);
        CHECK(run_check(r, &req) == first);
    }
    check_upload(&req);
    free(text);
    return 0;
}
