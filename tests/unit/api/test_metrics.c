/* test_metrics.c: the metric registry: valid unique names, base-unit suffixes, counters end in
 * _total; the preformatted histogram bounds; the answer text kept between scrapes. */
#include <stdlib.h>
#include <string.h>

#include "api/metrics.h"
#include "api/numtext.h"
#include "host/host.h"
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

static int has(const api_shared_t *t, const char *what)
{
    size_t n = strlen(what);
    for (size_t i = 0; i + n <= t->len; i++)
        if (memcmp(t->data + i, what, n) == 0)
            return 1;
    return 0;
}

/* The app keeps the text of its last answer and rewrites it for the next scrape only when no
 * answer holds it any more: an answer being sent keeps the text it was given. */
TEST(kept_answer)
{
    d_host_t host;
    memset(&host, 0, sizeof host); /* no workload, no worker: what a scrape reads */
    api_app_t app;
    memset(&app, 0, sizeof app);
    app.host = &host;

    api_shared_t *a = api_metrics_scrape(&app, API_PROM_TEXT);
    CHECK(a != NULL);
    CHECK(a->len > 0 && memcmp(a->data, "# HELP closured_build_info ", 26) == 0);
    CHECK(has(a, "\nprocess_start_time_seconds "));
    CHECK(!has(a, "# EOF"));
    size_t len = a->len;
    char *copy = malloc(len);
    CHECK(copy != NULL);
    memcpy(copy, a->data, len);

    /* a is still held (being sent): the next answer is another text, and a is unchanged */
    api_shared_t *b = api_metrics_scrape(&app, API_PROM_TEXT);
    CHECK(b != NULL && b != a);
    CHECK(a->len == len && memcmp(a->data, copy, len) == 0);
    CHECK(b->len == len && memcmp(b->data, copy, len) == 0);
    api_shared_unref(a);

    /* b sent: the next answer rewrites it in place */
    api_shared_unref(b);
    api_shared_t *c = api_metrics_scrape(&app, API_PROM_TEXT);
    CHECK(c == b);
    CHECK(c->len == len && memcmp(c->data, copy, len) == 0);

    /* the other format has its own text */
    api_shared_t *om = api_metrics_scrape(&app, API_PROM_OPENMETRICS);
    CHECK(om != NULL && om != c);
    CHECK(om->len > 6 && memcmp(om->data + om->len - 6, "# EOF\n", 6) == 0);
    CHECK(has(om, "# UNIT process_resident_memory_bytes bytes\n"));
    CHECK(c->len == len && memcmp(c->data, copy, len) == 0);

    api_shared_unref(c);
    api_shared_unref(om);
    free(copy);
    api_metrics_cache_free(&app);
    CHECK(app.metrics_cache == NULL);
}

RUN_TESTS(CASE(registry), CASE(pause_buckets_preformatted), CASE(kept_answer))
