/* test_http.c: response bodies and their owners: the shared text (refcounted, rewritten only
 * by its sole holder) and the mapped body a worker hands to the loop thread. */
#include <stdlib.h>
#include <string.h>

#include "api/http.h"
#include "tests/harness.h"

TEST(shared_text)
{
    api_shared_t *s = api_shared_new("abc", 3, 16);
    CHECK(s != NULL);
    CHECK(s->refs == 1 && s->len == 3 && s->cap == 16 && memcmp(s->data, "abc", 3) == 0);
    CHECK(api_shared_reserve(&s, 8) == 0 && s->cap == 16); /* room enough: unchanged */
    CHECK(api_shared_reserve(&s, 1 << 20) == 0 && s->cap == 1u << 20);
    CHECK(s->len == 3 && memcmp(s->data, "abc", 3) == 0);
    CHECK(api_shared_ref(s) == s && s->refs == 2);

    /* a response owns one reference and drops it when disposed */
    api_response_t res;
    api_response_init(&res);
    api_response_set_shared(&res, 200, "text/plain", s);
    CHECK(res.body == s->data && res.body_len == 3 && res.status == 200);
    api_response_dispose(&res);
    CHECK(s->refs == 1);
    /* replacing the body drops it too */
    api_response_set_shared(&res, 200, "text/plain", api_shared_ref(s));
    CHECK(s->refs == 2);
    api_response_set_static(&res, 204, NULL, NULL, 0);
    CHECK(s->refs == 1 && res.shared == NULL && res.body_len == 0);
    api_response_dispose(&res);
    api_shared_unref(s);
    api_shared_unref(NULL);
}

TEST(mapped_body)
{
    size_t len = API_MAPPED_BODY_MIN + 12345;
    char *body = malloc(len);
    CHECK(body != NULL);
    for (size_t i = 0; i < len; i++)
        body[i] = (char)('a' + i % 26);
    api_response_t res;
    api_response_init(&res);
    api_response_set_owned(&res, 200, "application/json", body, len);
    CHECK(api_response_map_body(&res) == 0);
    CHECK(res.owned == NULL && res.mapped != NULL && res.body_len == len);
    int same = 1;
    for (size_t i = 0; i < len; i++)
        same &= res.body[i] == (char)('a' + i % 26);
    CHECK(same);
    api_response_dispose(&res);
    CHECK(res.mapped == NULL && res.body_len == 0);

    /* nothing owned: nothing to move */
    api_response_set_static(&res, 200, "text/plain", "x", 1);
    CHECK(api_response_map_body(&res) == -1 && res.mapped == NULL);
    api_response_dispose(&res);
}

RUN_TESTS(CASE(shared_text), CASE(mapped_body))
