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

TEST(openmetrics_families)
{
    api_prom_t p;
    api_prom_init(&p);
    p.format = API_PROM_OPENMETRICS;
    api_prom_family(&p, "x_bytes_total", API_PROM_COUNTER, "say \"hi\"");
    api_prom_label_t l[] = {{"workload", "w"}};
    api_prom_sample_u64(&p, "x_bytes_total", NULL, l, 1, 3);
    api_prom_created(&p, "x_bytes_total", l, 1, 1.5);
    api_prom_family(&p, "x_info", API_PROM_INFO, "i");
    api_prom_family(&p, "y_seconds", API_PROM_HISTOGRAM, "h");
    api_prom_created(&p, "y_seconds", NULL, 0, 2);
    api_prom_finish(&p);
    char *text = take(&p);
    CHECK_EQ_STR(text,
                 "# HELP x_bytes say \\\"hi\\\"\n# TYPE x_bytes counter\n# UNIT x_bytes bytes\n"
                 "x_bytes_total{workload=\"w\"} 3\nx_bytes_created{workload=\"w\"} 1.5\n"
                 "# HELP x i\n# TYPE x info\n"
                 "# HELP y_seconds h\n# TYPE y_seconds histogram\n# UNIT y_seconds seconds\n"
                 "y_seconds_created 2\n# EOF\n");
    free(text);

    /* The text format: no UNIT, no _created, no EOF; info is a gauge. */
    api_prom_init(&p);
    api_prom_family(&p, "x_info", API_PROM_INFO, "i");
    api_prom_created(&p, "x_total", NULL, 0, 1);
    api_prom_finish(&p);
    text = take(&p);
    CHECK_EQ_STR(text, "# HELP x_info i\n# TYPE x_info gauge\n");
    free(text);
}

TEST(negotiation)
{
    CHECK(api_prom_negotiate(NULL) == API_PROM_TEXT);
    CHECK(api_prom_negotiate("") == API_PROM_TEXT);
    CHECK(api_prom_negotiate("*/*") == API_PROM_TEXT);
    CHECK(api_prom_negotiate("application/openmetrics-text;version=1.0.0,application/"
                             "openmetrics-text;version=0.0.1;q=0.75,text/plain;version=0.0.4;"
                             "q=0.5,*/*;q=0.1") == API_PROM_OPENMETRICS);
    CHECK(api_prom_negotiate("application/openmetrics-text") == API_PROM_OPENMETRICS);
    CHECK(api_prom_negotiate("application/openmetrics-text; version=0.0.1") == API_PROM_TEXT);
    CHECK(api_prom_negotiate("application/openmetrics-text;q=0") == API_PROM_TEXT);
    CHECK(api_prom_negotiate("text/plain;q=0.9, application/openmetrics-text;q=0.5") ==
          API_PROM_TEXT);
    CHECK(api_prom_negotiate("text/*;q=0.2, application/openmetrics-text;q=0.5") ==
          API_PROM_OPENMETRICS);
    CHECK_EQ_STR(api_prom_content_type(API_PROM_OPENMETRICS),
                 "application/openmetrics-text; version=1.0.0; charset=utf-8");
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

RUN_TESTS(CASE(family_and_samples), CASE(openmetrics_families), CASE(negotiation), CASE(floats),
          CASE(names), CASE(token_compare))
