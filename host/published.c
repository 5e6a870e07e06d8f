/* published.c: the triple buffer of workload views (published.h). */
#include "host/published.h"

#include <string.h>

#define D_PUB_FRESH 4u

const double d_pause_bucket_bounds[D_PAUSE_BUCKETS] = {
    0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1.0,
};

void d_pub_init(d_pub_t *p)
{
    memset(p->buf, 0, sizeof p->buf);
    /* Buffer 0 is the reader's, 1 the writer's, 2 the one in between. */
    p->reading = 0;
    p->writing = 1;
    atomic_init(&p->latest, 2u);
}

d_view_t *d_pub_write_begin(d_pub_t *p)
{
    return &p->buf[p->writing];
}

void d_pub_write_end(d_pub_t *p)
{
    /* Release: the view's bytes are visible before its index. */
    unsigned old =
        atomic_exchange_explicit(&p->latest, p->writing | D_PUB_FRESH, memory_order_acq_rel);
    p->writing = old & 3u;
}

const d_view_t *d_pub_read(d_pub_t *p)
{
    if (atomic_load_explicit(&p->latest, memory_order_acquire) & D_PUB_FRESH) {
        unsigned old = atomic_exchange_explicit(&p->latest, p->reading, memory_order_acq_rel);
        p->reading = old & 3u;
    }
    return &p->buf[p->reading];
}

void d_view_copy_str(char *dst, size_t cap, const char *s, bool keep_end)
{
    if (!s) {
        dst[0] = '\0';
        return;
    }
    size_t n = strlen(s);
    if (n >= cap) {
        if (keep_end)
            s += n - (cap - 1);
        n = cap - 1;
    }
    memcpy(dst, s, n);
    dst[n] = '\0';
}
