/* test_prom.c: the Prometheus text writer (escaping, floats, families) and the bearer-token
 * compare. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "api/auth.h"
#include "api/prom.h"
#include "tests/harness.h"

static char *take(api_prom_t *p)
{
    size_t len;
    return api_buf_take(&p->buf, &len);
}

TEST(family_and_samples)
{
    api_prom_t p;
    api_prom_init(&p);
    api_prom_family(&p, "x_total", API_PROM_COUNTER, "a \\ b\nc");
    api_prom_label_t l[] = {{"workload", "a\"b\\c\nd"}, {"generation", "0"}};
    api_prom_sample_u64(&p, "x_total", NULL, l, 2, 18446744073709551615ull);
    api_prom_sample(&p, "x_total", "_sum", NULL, 0, 0.25);
    char *text = take(&p);
    CHECK_EQ_STR(text,
                 "# HELP x_total a \\\\ b\\nc\n# TYPE x_total counter\n"
                 "x_total{workload=\"a\\\"b\\\\c\\nd\",generation=\"0\"} 18446744073709551615\n"
                 "x_total_sum 0.25\n");
    free(text);
}

TEST(floats)
{
    char b[40];
    api_prom_format_double(0.1, b, sizeof b);
    CHECK_EQ_STR(b, "0.1");
    api_prom_format_double(1.0 / 3.0, b, sizeof b);
    CHECK(strtod(b, NULL) == 1.0 / 3.0);
    api_prom_format_double(INFINITY, b, sizeof b);
    CHECK_EQ_STR(b, "+Inf");
    api_prom_format_double(-INFINITY, b, sizeof b);
    CHECK_EQ_STR(b, "-Inf");
    api_prom_format_double(NAN, b, sizeof b);
    CHECK_EQ_STR(b, "NaN");
    api_prom_format_double(1e-4, b, sizeof b);
    CHECK_EQ_STR(b, "0.0001");
}

TEST(names)
{
    CHECK(api_prom_name_valid("closured_heap_bytes"));
    CHECK(api_prom_name_valid("a:b_c"));
    CHECK(!api_prom_name_valid("9x"));
    CHECK(!api_prom_name_valid("a-b"));
    CHECK(!api_prom_name_valid(""));
    CHECK_EQ_STR(api_prom_type_name(API_PROM_HISTOGRAM), "histogram");
}

TEST(token_compare)
{
    CHECK(api_auth_token_equal("abc", 3, "abc"));
    CHECK(!api_auth_token_equal("abd", 3, "abc"));
    CHECK(!api_auth_token_equal("ab", 2, "abc"));
    CHECK(!api_auth_token_equal("abcd", 4, "abc"));
    CHECK(!api_auth_token_equal("", 0, ""));
}

RUN_TESTS(CASE(family_and_samples), CASE(floats), CASE(names), CASE(token_compare))
