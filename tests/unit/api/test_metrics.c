/* test_metrics.c: the metric registry: valid unique names, base-unit suffixes, counters end in
 * _total; the preformatted histogram bounds. */
#include <string.h>

#include "api/metrics.h"
#include "api/numtext.h"
#include "host/workload.h"
#include "tests/harness.h"

static int ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

TEST(registry)
{
    CHECK(api_metric_count >= 24);
    for (size_t i = 0; i < api_metric_count; i++) {
        const api_metric_t *m = &api_metrics[i];
        CHECK(api_prom_name_valid(m->name));
        CHECK(m->help && m->help[0]);
        CHECK(m->collect != NULL);
        if (m->type == API_PROM_COUNTER)
            CHECK(ends_with(m->name, "_total"));
        else
            CHECK(!ends_with(m->name, "_total"));
        for (size_t j = 0; j < i; j++)
            CHECK(strcmp(m->name, api_metrics[j].name) != 0);
    }
}

/* The preformatted `le` labels say what the float writer would. */
TEST(pause_buckets_preformatted)
{
    for (size_t i = 0; i < D_PAUSE_BUCKETS; i++) {
        char le[API_NUM_MAX + 1];
        le[api_num_double(le, d_pause_bucket_bounds[i])] = '\0';
        CHECK_EQ_STR(api_metrics_pause_le[i], le);
    }
}

RUN_TESTS(CASE(registry), CASE(pause_buckets_preformatted))
