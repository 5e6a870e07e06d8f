/* test_router.c: route matching, 404/405 with Allow, problem+json bodies, assets and ETags. */
#include <string.h>

#include "api/assets.h"
#include "api/http.h"
#include "api/json.h"
#include "api/problem.h"
#include "api/router.h"
#include "tests/harness.h"

static const char *inm_value;

static const char *fake_lookup(void *src, api_lookup_kind_t kind, const char *name)
{
    (void)src;
    if (kind == API_LOOKUP_HEADER && strcmp(name, "If-None-Match") == 0)
        return inm_value;
    return NULL;
}

/* The query parameter names of the next dispatch (NULL-terminated). */
static const char *const *query_names;

static int fake_query_each(void *src, int (*each)(void *ctx, const char *name), void *ctx)
{
    (void)src;
    for (const char *const *n = query_names; n && *n; n++) {
        int r = each(ctx, *n);
        if (r)
            return r;
    }
    return 0;
}

static void dispatch(api_method_t method, const char *path, api_response_t *res)
{
    api_request_t req;
    memset(&req, 0, sizeof req);
    req.method = method;
    req.path = path;
    req.lookup = fake_lookup;
    req.query_each = fake_query_each;
    api_response_init(res);
    api_router_dispatch(&req, res);
}

static const char *header(const api_response_t *res, const char *name)
{
    for (size_t i = 0; i < res->header_count; i++)
        if (strcmp(res->headers[i].name, name) == 0)
            return res->headers[i].value;
    return NULL;
}

TEST(match_params)
{
    api_request_t req;
    memset(&req, 0, sizeof req);
    CHECK(
        api_route_match("/api/v1/workloads/{id}/closures", "/api/v1/workloads/w1/closures", &req));
    CHECK_EQ_STR(api_request_param(&req, "id"), "w1");
    CHECK(!api_route_match("/api/v1/workloads/{id}", "/api/v1/workloads/", &req));
    CHECK(!api_route_match("/api/v1/workloads/{id}", "/api/v1/workloads/a/b", &req));
    CHECK(api_route_match("/{file...}", "/img/logo.svg", &req));
    CHECK_EQ_STR(api_request_param(&req, "file"), "img/logo.svg");
    CHECK(!api_route_match("/healthz", "/healthz/", &req));
}

TEST(healthz)
{
    api_response_t res;
    dispatch(API_GET, "/healthz", &res);
    CHECK_EQ_INT(res.status, 200);
    CHECK_EQ_STR(res.content_type, "application/json");
    CHECK(res.body_len == 15 && memcmp(res.body, "{\"status\":\"ok\"}", 15) == 0);
    api_response_dispose(&res);
    dispatch(API_HEAD, "/healthz", &res);
    CHECK_EQ_INT(res.status, 200);
    api_response_dispose(&res);
}

TEST(not_found_is_problem)
{
    api_response_t res;
    dispatch(API_GET, "/api/v1/nope", &res);
    CHECK_EQ_INT(res.status, 404);
    CHECK_EQ_STR(res.content_type, "application/problem+json");
    CHECK(strstr(res.body, "\"status\":404") != NULL);
    CHECK(strstr(res.body, "\"title\":\"Not Found\"") != NULL);
    CHECK(strstr(res.body, "\"detail\":") != NULL);
    api_response_dispose(&res);
    dispatch(API_POST, "/unknown", &res);
    CHECK_EQ_INT(res.status, 404);
    api_response_dispose(&res);
}

TEST(wrong_method_is_405_with_allow)
{
    api_response_t res;
    dispatch(API_DELETE, "/healthz", &res);
    CHECK_EQ_INT(res.status, 405);
    CHECK_EQ_STR(header(&res, "Allow"), "GET, HEAD");
    CHECK_EQ_STR(res.content_type, "application/problem+json");
    api_response_dispose(&res);
}

TEST(assets_and_etag)
{
    api_response_t res;
    inm_value = NULL;
    dispatch(API_GET, "/", &res);
    CHECK_EQ_INT(res.status, 200);
    CHECK(strncmp(res.content_type, "text/html", 9) == 0);
    const char *etag = header(&res, "ETag");
    CHECK(etag != NULL && etag[0] == '"');
    const api_asset_t *a = api_asset_find("/index.html");
    CHECK(a != NULL && res.body == (const char *)a->data);
    api_response_dispose(&res);

    inm_value = a ? a->etag : NULL;
    dispatch(API_GET, "/index.html", &res);
    CHECK_EQ_INT(res.status, 304);
    CHECK_EQ_INT(res.body_len, 0);
    api_response_dispose(&res);
    inm_value = NULL;

    dispatch(API_GET, "/nope.js", &res);
    CHECK_EQ_INT(res.status, 404);
    api_response_dispose(&res);
}

/* Every POST route validates its body before its handler runs (the request fuzz target
 * reaches each route through this column). */
TEST(every_post_route_checks_its_body)
{
    for (size_t i = 0; i < api_route_count; i++)
        if (api_routes[i].methods & API_POST)
            CHECK(api_routes[i].body != NULL);
}

static int body_none(const char *body, api_response_t *res)
{
    api_request_t req;
    memset(&req, 0, sizeof req);
    req.method = API_POST;
    req.path = "/api/v1/workloads/w/pause";
    req.body = body;
    req.body_len = body ? strlen(body) : 0;
    api_response_init(res);
    return api_json_body_none(&req, res);
}

TEST(route_without_fields_takes_no_body_or_empty_object)
{
    api_response_t res;
    CHECK_EQ_INT(body_none(NULL, &res), 0);
    api_response_dispose(&res);
    CHECK_EQ_INT(body_none(" {} ", &res), 0);
    api_response_dispose(&res);
    CHECK_EQ_INT(body_none("{\"force\": true}", &res), -1);
    CHECK_EQ_INT(res.status, 400);
    CHECK(strstr(res.body, "unknown field \\\"force\\\"") != NULL);
    api_response_dispose(&res);
    CHECK_EQ_INT(body_none("[]", &res), -1);
    CHECK_EQ_INT(res.status, 400);
    api_response_dispose(&res);
}

TEST(problem_fields)
{
    api_response_t res;
    api_response_init(&res);
    CHECK_EQ_INT(api_problem(&res, 422, "urn:closured:syntax", "Syntax error", "line %d", 3), 0);
    CHECK_EQ_INT(res.status, 422);
    CHECK(strstr(res.body, "\"type\":\"urn:closured:syntax\"") != NULL);
    CHECK(strstr(res.body, "\"detail\":\"line 3\"") != NULL);
    api_response_dispose(&res);
}

/* A query parameter the route does not take is a 400 that names it, before
 * the handler runs; the ones it takes pass; the dashboard's files take any. */
TEST(unknown_query_parameter_is_400)
{
    api_response_t res;
    static const char *const bogus[] = {"verbose", NULL};
    query_names = bogus;
    dispatch(API_GET, "/healthz", &res);
    CHECK_EQ_INT(res.status, 400);
    CHECK(res.body && strstr(res.body, "unknown query parameter \\\"verbose\\\"") != NULL);
    CHECK(res.body && strstr(res.body, "takes none") != NULL);
    CHECK_EQ_STR(res.content_type, "application/problem+json");
    api_response_dispose(&res);

    static const char *const mixed[] = {"sort", "limt", NULL};
    query_names = mixed;
    dispatch(API_GET, "/api/v1/workloads/w/closures", &res);
    CHECK_EQ_INT(res.status, 400);
    CHECK(res.body && strstr(res.body, "\\\"limt\\\"") != NULL);
    CHECK(res.body && strstr(res.body, "sort limit site retained") != NULL);
    api_response_dispose(&res);

    static const char *const any[] = {"v", "cache", NULL};
    query_names = any;
    dispatch(API_GET, "/index.html", &res);
    CHECK_EQ_INT(res.status, 200);
    api_response_dispose(&res);

    static const char *const ok[] = {NULL};
    query_names = ok;
    dispatch(API_GET, "/healthz", &res);
    CHECK_EQ_INT(res.status, 200);
    api_response_dispose(&res);
    query_names = NULL;
}

RUN_TESTS(CASE(match_params), CASE(every_post_route_checks_its_body),
          CASE(route_without_fields_takes_no_body_or_empty_object), CASE(healthz),
          CASE(not_found_is_problem), CASE(wrong_method_is_405_with_allow), CASE(assets_and_etag),
          CASE(problem_fields), CASE(unknown_query_parameter_is_400))
