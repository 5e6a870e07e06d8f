/* test_samples.c: the per-second sample ring keeps the newest D_SERIES_CAPACITY samples in order.
 */
#include "host/samples.h"
#include "tests/harness.h"

static d_series_t ring; /* too big for the stack */

TEST(keeps_newest)
{
    d_series_init(&ring);
    CHECK(d_series_last(&ring) == NULL);
    CHECK(d_series_at(&ring, 0) == NULL);
    for (int i = 1; i <= D_SERIES_CAPACITY + 10; i++) {
        d_sample_t s = {.time = i, .heap_bytes = (uint64_t)i};
        d_series_push(&ring, &s);
    }
    CHECK_EQ_INT(ring.count, D_SERIES_CAPACITY);
    CHECK_EQ_INT(d_series_at(&ring, 0)->heap_bytes, 11);
    CHECK_EQ_INT(d_series_last(&ring)->heap_bytes, D_SERIES_CAPACITY + 10);
    CHECK(d_series_at(&ring, D_SERIES_CAPACITY) == NULL);
    for (size_t i = 1; i < ring.count; i++)
        CHECK(d_series_at(&ring, i)->time > d_series_at(&ring, i - 1)->time);
}

RUN_TESTS(CASE(keeps_newest))
