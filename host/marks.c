/* marks.c: heap marks by site and by type, their comparison and the per-workload store. */
#include "host/marks.h"

#include <stdlib.h>
#include <string.h>

#include "host/util.h"
#include "runtime/rt_inspect.h"

/* ---- taking a mark ------------------------------------------------------------------- */

typedef struct rows {
    d_snap_row_t *v;
    size_t count, cap;
    bool oom;
} rows_t;

static int add_row(void *ctx, const rt_inspect_bucket *b)
{
    rows_t *r = ctx;
    if (r->count == r->cap) {
        size_t cap = r->cap ? r->cap * 2 : 32;
        d_snap_row_t *grown = realloc(r->v, cap * sizeof *grown);
        if (!grown) {
            r->oom = true;
            return 1;
        }
        r->v = grown;
        r->cap = cap;
    }
    d_snap_row_t *row = &r->v[r->count];
    row->key = d_strdup(b->label ? b->label : "?");
    row->file = d_strdup(b->filename);
    row->line = b->line;
    row->count = b->objects;
    row->bytes = b->bytes;
    if (!row->key || (b->filename && !row->file)) {
        free(row->key);
        free(row->file);
        r->oom = true;
        return 1;
    }
    r->count++;
    return 0;
}

static int by_key(const void *a, const void *b)
{
    return strcmp(((const d_snap_row_t *)a)->key, ((const d_snap_row_t *)b)->key);
}

static void free_rows(d_snap_row_t *v, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        free(v[i].key);
        free(v[i].file);
    }
    free(v);
}

/* Sorts by key and merges duplicate keys (two sites may render alike). */
static void normalise(rows_t *r)
{
    if (r->count < 2)
        return;
    qsort(r->v, r->count, sizeof *r->v, by_key);
    size_t out = 0;
    for (size_t i = 1; i < r->count; i++) {
        if (strcmp(r->v[i].key, r->v[out].key) == 0) {
            r->v[out].count += r->v[i].count;
            r->v[out].bytes += r->v[i].bytes;
            free(r->v[i].key);
            free(r->v[i].file);
        } else {
            r->v[++out] = r->v[i];
        }
    }
    r->count = out + 1;
}

d_snapshot_t *d_snapshot_take(rt_state *rt, double now, uint64_t restarts)
{
    d_snapshot_t *s = calloc(1, sizeof *s);
    if (!s)
        return NULL;
    s->time = now;
    s->restarts = restarts;
    rows_t sites = {0}, types = {0};
    if (rt) {
        rt_inspect_totals t;
        rt_inspect_totals_get(rt, &t);
        s->heap_bytes = t.heap_bytes;
        s->heap_objects = t.heap_objects;
        rt_inspect_by_site(rt, add_row, &sites);
        rt_inspect_by_type(rt, add_row, &types);
    }
    if (sites.oom || types.oom) {
        free_rows(sites.v, sites.count);
        free_rows(types.v, types.count);
        free(s);
        return NULL;
    }
    normalise(&sites);
    normalise(&types);
    s->sites = sites.v;
    s->nsites = sites.count;
    s->types = types.v;
    s->ntypes = types.count;
    return s;
}

void d_snapshot_free(d_snapshot_t *s)
{
    if (!s)
        return;
    free_rows(s->sites, s->nsites);
    free_rows(s->types, s->ntypes);
    free(s);
}

/* ---- comparing two marks ---------------------------------------------------------------- */

static uint64_t mag(int64_t v)
{
    return v < 0 ? (uint64_t)(-(v + 1)) + 1 : (uint64_t)v;
}

static int by_delta(const void *pa, const void *pb)
{
    const d_diff_row_t *x = pa, *y = pb;
    uint64_t bx = mag(x->bytes_delta), by = mag(y->bytes_delta);
    if (bx != by)
        return bx > by ? -1 : 1;
    uint64_t cx = mag(x->count_delta), cy = mag(y->count_delta);
    if (cx != cy)
        return cx > cy ? -1 : 1;
    const char *kx = x->b ? x->b->key : x->a->key, *ky = y->b ? y->b->key : y->a->key;
    return strcmp(kx, ky);
}

int d_snapshot_diff(const d_snap_row_t *a, size_t na, const d_snap_row_t *b, size_t nb,
                    d_diff_row_t **out, size_t *n)
{
    d_diff_row_t *v = malloc((na + nb + 1) * sizeof *v);
    if (!v)
        return -1;
    size_t i = 0, j = 0, k = 0;
    while (i < na || j < nb) {
        int c = i == na ? 1 : j == nb ? -1 : strcmp(a[i].key, b[j].key);
        d_diff_row_t *r = &v[k++];
        r->a = c <= 0 ? &a[i] : NULL;
        r->b = c >= 0 ? &b[j] : NULL;
        uint64_t ca = r->a ? r->a->count : 0, cb = r->b ? r->b->count : 0;
        uint64_t ba = r->a ? r->a->bytes : 0, bb = r->b ? r->b->bytes : 0;
        r->count_delta = (int64_t)cb - (int64_t)ca;
        r->bytes_delta = (int64_t)bb - (int64_t)ba;
        r->kind = !r->a                                ? D_DIFF_NEW
                  : !r->b                              ? D_DIFF_FREED
                  : (r->count_delta || r->bytes_delta) ? D_DIFF_CHANGED
                                                       : D_DIFF_SAME;
        if (c <= 0)
            i++;
        if (c >= 0)
            j++;
    }
    if (k > 1)
        qsort(v, k, sizeof *v, by_delta);
    *out = v;
    *n = k;
    return 0;
}

const char *d_diff_kind_name(d_diff_kind_t k)
{
    switch (k) {
    case D_DIFF_CHANGED: return "changed";
    case D_DIFF_SAME: return "same";
    case D_DIFF_NEW: return "new";
    case D_DIFF_FREED: return "freed";
    }
    return "?";
}

/* ---- the store -------------------------------------------------------------------------- */

static void set_free(d_snapshot_set_t *set)
{
    for (size_t i = 0; i < set->count; i++)
        d_snapshot_free(set->marks[i]);
    free(set->workload);
    free(set);
}

void d_snapshots_init(d_snapshots_t *st)
{
    st->head = NULL;
}

void d_snapshots_dispose(d_snapshots_t *st)
{
    while (st->head) {
        d_snapshot_set_t *next = st->head->next;
        set_free(st->head);
        st->head = next;
    }
}

d_snapshot_set_t *d_snapshots_of(d_snapshots_t *st, const char *workload, bool create)
{
    for (d_snapshot_set_t *s = st->head; s; s = s->next)
        if (strcmp(s->workload, workload) == 0)
            return s;
    if (!create)
        return NULL;
    d_snapshot_set_t *s = calloc(1, sizeof *s);
    if (!s)
        return NULL;
    if (!(s->workload = d_strdup(workload))) {
        free(s);
        return NULL;
    }
    s->next = st->head;
    st->head = s;
    return s;
}

void d_snapshots_forget(d_snapshots_t *st, const char *workload)
{
    for (d_snapshot_set_t **p = &st->head; *p; p = &(*p)->next) {
        if (strcmp((*p)->workload, workload) == 0) {
            d_snapshot_set_t *gone = *p;
            *p = gone->next;
            set_free(gone);
            return;
        }
    }
}

void d_snapshot_set_add(d_snapshot_set_t *set, d_snapshot_t *s, uint64_t *evicted)
{
    if (evicted)
        *evicted = 0;
    if (set->count == D_SNAPSHOTS_MAX) {
        if (evicted)
            *evicted = set->marks[0]->id;
        d_snapshot_free(set->marks[0]);
        memmove(set->marks, set->marks + 1, (D_SNAPSHOTS_MAX - 1) * sizeof *set->marks);
        set->count--;
    }
    s->id = ++set->next_id;
    set->marks[set->count++] = s;
}

const d_snapshot_t *d_snapshot_set_find(const d_snapshot_set_t *set, uint64_t id)
{
    for (size_t i = 0; i < set->count; i++)
        if (set->marks[i]->id == id)
            return set->marks[i];
    return NULL;
}
