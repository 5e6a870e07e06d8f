/* test_marks.c: heap-mark diffs (tracemalloc's compare_to order), the mark store's limit,
 * and per-site growth and leak suspects from the site sample ring. */
#include <stdlib.h>
#include <string.h>

#include "host/marks.h"
#include "host/samples.h"
#include "tests/harness.h"

static d_series_t series; /* too big for the stack */

TEST(diff_orders_by_bytes_delta)
{
    d_snap_row_t a[] = {
        {"a.py:1", "a.py", 1, 10, 100}, {"a.py:2", "a.py", 2, 5, 50}, {"a.py:3", "a.py", 3, 1, 8}};
    d_snap_row_t b[] = {{"a.py:1", "a.py", 1, 10, 100},
                        {"a.py:2", "a.py", 2, 50, 500},
                        {"a.py:4", "a.py", 4, 2, 700}};
    d_diff_row_t *rows = NULL;
    size_t n = 0;
    CHECK_EQ_INT(d_snapshot_diff(a, 3, b, 3, &rows, &n), 0);
    CHECK_EQ_INT(n, 4);
    CHECK_EQ_STR(rows[0].b->key, "a.py:4");
    CHECK_EQ_INT(rows[0].kind, D_DIFF_NEW);
    CHECK_EQ_INT(rows[0].bytes_delta, 700);
    CHECK_EQ_STR(rows[1].b->key, "a.py:2");
    CHECK_EQ_INT(rows[1].count_delta, 45);
    CHECK_EQ_INT(rows[2].kind, D_DIFF_FREED);
    CHECK_EQ_INT(rows[2].bytes_delta, -8);
    CHECK_EQ_INT(rows[3].kind, D_DIFF_SAME);
    CHECK_EQ_STR(d_diff_kind_name(rows[2].kind), "freed");
    free(rows);
}

TEST(store_keeps_newest_marks)
{
    d_snapshots_t st;
    d_snapshots_init(&st);
    d_snapshot_set_t *set = d_snapshots_of(&st, "w", true);
    CHECK(set != NULL && d_snapshots_of(&st, "w", false) == set);
    CHECK(d_snapshots_of(&st, "other", false) == NULL);
    uint64_t evicted = 99;
    for (int i = 0; i < D_SNAPSHOTS_MAX + 2; i++)
        d_snapshot_set_add(set, d_snapshot_take(NULL, i, 0), &evicted);
    CHECK_EQ_INT(set->count, D_SNAPSHOTS_MAX);
    CHECK_EQ_INT(evicted, 2);
    CHECK(d_snapshot_set_find(set, 2) == NULL);
    CHECK(d_snapshot_set_find(set, 3) != NULL);
    CHECK_EQ_INT(set->marks[set->count - 1]->id, D_SNAPSHOTS_MAX + 2);
    d_snapshots_forget(&st, "w");
    CHECK(d_snapshots_of(&st, "w", false) == NULL);
    d_snapshots_dispose(&st);
}

static void push(double t, uint64_t restarts, uint32_t site, uint32_t closures, uint64_t retained)
{
    d_site_sample_t s;
    memset(&s, 0, sizeof s);
    s.time = t;
    s.restarts = restarts;
    s.nsites = 2;
    s.sites[0] = (d_site_point_t){site, closures, closures * 10u, retained};
    s.sites[1] = (d_site_point_t){99, 4, 40, 400}; /* steady */
    d_site_series_push(&series.sites, &s);
}

TEST(growth_and_suspects)
{
    d_series_init(&series);
    d_site_growth_t g;
    CHECK_EQ_INT(d_site_growth(&series.sites, 0, 7, 8, &g), -1);
    push(0, 0, 7, 1, 100);
    push(2, 0, 7, 3, 300);
    CHECK_EQ_INT(d_site_growth(&series.sites, 0, 7, 8, &g), 0);
    CHECK(!g.suspect); /* two samples are not enough */
    push(4, 0, 7, 5, 500);
    push(6, 0, 7, 7, 700);
    CHECK_EQ_INT(d_site_growth(&series.sites, 0, 7, 8, &g), 0);
    CHECK(g.suspect);
    CHECK_EQ_INT(g.samples, 4);
    CHECK_EQ_INT(g.closures_delta, 6);
    CHECK_EQ_INT((int)g.closures_per_minute, 60);
    CHECK_EQ_INT((int)g.retained_bytes_per_minute, 6000);
    CHECK_EQ_INT((int)g.live_since, 0);
    CHECK_EQ_INT(d_site_growth(&series.sites, 0, 7, 2, &g), 0);
    CHECK_EQ_INT(g.samples, 2); /* the window */
    CHECK_EQ_INT(d_site_growth(&series.sites, 0, 99, 8, &g), 0);
    CHECK(!g.suspect);                                           /* steady */
    CHECK_EQ_INT(d_site_growth(&series.sites, 1, 7, 8, &g), -1); /* another runtime */
    push(8, 1, 7, 1, 100);
    CHECK_EQ_INT(d_site_growth(&series.sites, 1, 7, 8, &g), 0);
    CHECK_EQ_INT(g.samples, 1); /* samples of the old runtime do not count */
    for (int i = 0; i < D_SITE_SAMPLES + 3; i++)
        push(10 + i, 1, 7, 1, 100);
    CHECK_EQ_INT(series.sites.count, D_SITE_SAMPLES);
    CHECK(d_site_series_last(&series.sites)->time == 10 + D_SITE_SAMPLES + 2);
}

RUN_TESTS(CASE(diff_orders_by_bytes_delta), CASE(store_keeps_newest_marks),
          CASE(growth_and_suspects))
