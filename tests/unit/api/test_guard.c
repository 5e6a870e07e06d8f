/* test_guard.c: Host matching (DNS rebinding), Origin and content-type rules of api/guard.c. */
#include <string.h>

#include "api/guard.h"
#include "api/http.h"
#include "tests/harness.h"

static const char *hdr_host, *hdr_origin, *hdr_ctype;

static const char *fake_lookup(void *src, api_lookup_kind_t kind, const char *name)
{
    (void)src;
    if (kind != API_LOOKUP_HEADER)
        return NULL;
    if (strcmp(name, "Host") == 0)
        return hdr_host;
    if (strcmp(name, "Origin") == 0)
        return hdr_origin;
    if (strcmp(name, "Content-Type") == 0)
        return hdr_ctype;
    return NULL;
}

static char *extra_hosts[] = {"closured.internal"};
static char *extra_origins[] = {"https://ops.example/"};
static const api_guard_t guard = {"myhost", 8321, extra_hosts, 1, extra_origins, 1};

static unsigned run(const char *version, const char *host, const char *origin)
{
    api_request_t req;
    memset(&req, 0, sizeof req);
    req.version = version;
    req.lookup = fake_lookup;
    hdr_host = host;
    hdr_origin = origin;
    api_response_t res;
    api_response_init(&res);
    unsigned status = api_guard_request(&guard, &req, &res) ? 200 : res.status;
    api_response_dispose(&res);
    return status;
}

TEST(hosts)
{
    const char *good[] = {"localhost:8321",    "LocalHost:8321",     "127.0.0.1:8321",
                          "[::1]:8321",        "10.1.2.3:8321",      "myhost:8321",
                          "closured.internal", "closured.internal:9"};
    for (size_t i = 0; i < sizeof good / sizeof good[0]; i++)
        CHECK(api_guard_host_allowed(&guard, good[i]));
    const char *bad[] = {"attacker.example:8321",
                         "localhost",
                         "localhost:8322",
                         "localhost:8321x",
                         "localhost:",
                         "[::1]",
                         "[::1",
                         "[::1]x",
                         ":8321",
                         "127.0.0.1.attacker.example:8321",
                         "localhost.:8321",
                         ""};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        CHECK(!api_guard_host_allowed(&guard, bad[i]));
    char *any[] = {"*"};
    api_guard_t open = {"myhost", 8321, any, 1, NULL, 0};
    CHECK(api_guard_host_allowed(&open, "attacker.example"));
}

TEST(requests)
{
    CHECK_EQ_INT(run("HTTP/1.1", "localhost:8321", NULL), 200);
    CHECK_EQ_INT(run("HTTP/1.1", NULL, NULL), 400);
    CHECK_EQ_INT(run("HTTP/1.0", NULL, NULL), 200);
    CHECK_EQ_INT(run("HTTP/1.1", "evil.example:8321", NULL), 421);
    CHECK_EQ_INT(run("HTTP/1.1", "localhost:8321", "http://localhost:8321"), 200);
    CHECK_EQ_INT(run("HTTP/1.1", "localhost:8321", "https://localhost:8321/"), 200);
    CHECK_EQ_INT(run("HTTP/1.1", "localhost:8321", "https://ops.example"), 200);
    CHECK_EQ_INT(run("HTTP/1.1", "localhost:8321", "http://127.0.0.1:8321"), 403);
    CHECK_EQ_INT(run("HTTP/1.1", "localhost:8321", "http://localhost:8321.evil"), 403);
    CHECK_EQ_INT(run("HTTP/1.1", "localhost:8321", "null"), 403);
    CHECK_EQ_INT(run("HTTP/1.0", NULL, "http://localhost:8321"), 403);
}

static unsigned mutation(const char *ctype)
{
    api_request_t req;
    memset(&req, 0, sizeof req);
    req.lookup = fake_lookup;
    hdr_ctype = ctype;
    api_response_t res;
    api_response_init(&res);
    unsigned status = api_guard_mutation(&req, &res) ? 200 : res.status;
    api_response_dispose(&res);
    return status;
}

TEST(content_type)
{
    CHECK_EQ_INT(mutation("application/json"), 200);
    CHECK_EQ_INT(mutation("Application/JSON; charset=utf-8"), 200);
    CHECK_EQ_INT(mutation(" application/json ;charset=utf-8"), 200);
    CHECK_EQ_INT(mutation(NULL), 415);
    CHECK_EQ_INT(mutation("text/plain"), 415);
    CHECK_EQ_INT(mutation("application/x-www-form-urlencoded"), 415);
    CHECK_EQ_INT(mutation("multipart/form-data; boundary=x"), 415);
    CHECK_EQ_INT(mutation("application/jsonp"), 415);
    CHECK_EQ_INT(mutation("application/json-seq"), 415);
    CHECK_EQ_INT(mutation("text/plain; a=application/json"), 415);
}
RUN_TESTS(CASE(hosts), CASE(requests), CASE(content_type))
