/* samples.c: the fixed-size rings of per-second workload samples and per-site samples. */
#include "host/samples.h"

#include <string.h>

void d_series_init(d_series_t *s)
{
    s->head = 0;
    s->count = 0;
    s->sites.head = 0;
    s->sites.count = 0;
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

void d_site_series_push(d_site_series_t *s, const d_site_sample_t *sample)
{
    size_t slot;
    if (s->count == D_SITE_SAMPLES) {
        slot = s->head;
        s->head = (s->head + 1) % D_SITE_SAMPLES;
    } else {
        slot = (s->head + s->count) % D_SITE_SAMPLES;
        s->count++;
    }
    memcpy(&s->ring[slot], sample, sizeof *sample);
}

const d_site_sample_t *d_site_series_at(const d_site_series_t *s, size_t i)
{
    if (i >= s->count)
        return NULL;
    return &s->ring[(s->head + i) % D_SITE_SAMPLES];
}

const d_site_sample_t *d_site_series_last(const d_site_series_t *s)
{
    return s->count ? d_site_series_at(s, s->count - 1) : NULL;
}

const d_site_point_t *d_site_sample_find(const d_site_sample_t *s, uint32_t site)
{
    for (uint32_t i = 0; i < s->nsites && i < D_SITE_TRACKED; i++)
        if (s->sites[i].site == site)
            return &s->sites[i];
    return NULL;
}

int d_site_growth(const d_site_series_t *s, uint64_t restarts, uint32_t site, size_t window,
                  d_site_growth_t *out)
{
    memset(out, 0, sizeof *out);
    const d_site_sample_t *newest = d_site_series_last(s);
    const d_site_point_t *last =
        newest && newest->restarts == restarts ? d_site_sample_find(newest, site) : NULL;
    if (!last)
        return -1;
    const d_site_point_t *prev = last, *first = last;
    const d_site_sample_t *first_sample = newest;
    out->samples = 1;
    /* Walk back through the window: deltas between neighbours. */
    for (size_t i = s->count - 1; i-- > 0 && out->samples < window;) {
        const d_site_sample_t *smp = d_site_series_at(s, i);
        const d_site_point_t *p = smp->restarts == restarts ? d_site_sample_find(smp, site) : NULL;
        if (!p)
            break;
        /* prev is the newer of the two */
        bool up = prev->closures > p->closures || prev->retained_bytes > p->retained_bytes;
        bool down =
            !up && (prev->closures < p->closures || prev->retained_bytes < p->retained_bytes);
        out->rises += up;
        out->falls += down;
        prev = first = p;
        first_sample = smp;
        out->samples++;
    }
    out->seconds = newest->time - first_sample->time;
    out->closures_delta = (int64_t)last->closures - (int64_t)first->closures;
    out->env_bytes_delta = (int64_t)last->env_bytes - (int64_t)first->env_bytes;
    out->retained_bytes_delta = (int64_t)last->retained_bytes - (int64_t)first->retained_bytes;
    if (out->samples >= 2 && out->seconds > 0) {
        double per_min = 60.0 / out->seconds;
        out->closures_per_minute = (double)out->closures_delta * per_min;
        out->retained_bytes_per_minute = (double)out->retained_bytes_delta * per_min;
        out->env_bytes_per_minute = (double)out->env_bytes_delta * per_min;
    }
    uint32_t intervals = out->samples - 1;
    out->suspect = out->samples >= D_SITE_SUSPECT_MIN &&
                   (out->closures_delta > 0 || out->retained_bytes_delta > 0) &&
                   out->rises >= 2 * out->falls && 2 * out->rises >= intervals;
    /* How long the site has had live closures without a gap. */
    for (size_t i = s->count; i-- > 0;) {
        const d_site_sample_t *smp = d_site_series_at(s, i);
        const d_site_point_t *p = smp->restarts == restarts ? d_site_sample_find(smp, site) : NULL;
        if (!p || p->closures == 0)
            break;
        out->live_since = smp->time;
    }
    return 0;
}
