/* series.c: the fixed-size ring of per-second workload samples. */
#include "daemon/series.h"

#include <string.h>

void d_series_init(d_series_t *s)
{
    s->head = 0;
    s->count = 0;
}

void d_series_push(d_series_t *s, const d_sample_t *sample)
{
    size_t slot;
    if (s->count == D_SERIES_CAPACITY) {
        slot = s->head;
        s->head = (s->head + 1) % D_SERIES_CAPACITY;
    } else {
        slot = (s->head + s->count) % D_SERIES_CAPACITY;
        s->count++;
    }
    memcpy(&s->ring[slot], sample, sizeof *sample);
}

const d_sample_t *d_series_at(const d_series_t *s, size_t i)
{
    if (i >= s->count)
        return NULL;
    return &s->ring[(s->head + i) % D_SERIES_CAPACITY];
}

const d_sample_t *d_series_last(const d_series_t *s)
{
    return s->count ? d_series_at(s, s->count - 1) : NULL;
}
