/* marks.h: heap marks of a workload (live objects and bytes by allocation
 * site and by type at one instant), their comparison (tracemalloc's
 * compare_to), and the per-workload store that keeps the newest
 * D_SNAPSHOTS_MAX marks and the object-id map of the .heapsnapshot export.
 *
 * Ownership: a d_snapshot_t owns its rows and their strings; the store owns
 * its snapshots and frees the oldest when a new one would exceed the limit.
 * Diff rows borrow their strings from the two snapshots compared. The host
 * owns the store (one per daemon) and forgets a workload's set when the
 * workload is removed. Nothing here touches HTTP. */
#ifndef CLOSURED_HOST_MARKS_H
#define CLOSURED_HOST_MARKS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "runtime/rt.h"

#define D_SNAPSHOTS_MAX 16 /* marks kept per workload; the oldest goes first */

/* One bucket of a mark: an allocation site ("FILE:LINE") or a type name. */
typedef struct d_snap_row {
    char *key;      /* "leaky_handlers.py:9" or "list"; owned */
    char *file;     /* sites only, else NULL; owned */
    int line;       /* sites only */
    uint64_t count; /* live objects */
    uint64_t bytes; /* their bytes */
} d_snap_row_t;

typedef struct d_snapshot {
    uint64_t id;       /* 1, 2, ... per workload (0 until stored) */
    double time;       /* unix seconds */
    uint64_t restarts; /* the workload's restart count when taken */
    uint64_t heap_bytes;
    uint64_t heap_objects;
    d_snap_row_t *sites; /* sorted by key */
    size_t nsites;
    d_snap_row_t *types; /* sorted by key */
    size_t ntypes;
} d_snapshot_t;

/* A new mark of rt's heap now (O(types + sites)), id 0, or NULL when out of
 * memory. Free it with d_snapshot_free unless a store took it. */
d_snapshot_t *d_snapshot_take(rt_state *rt, double now, uint64_t restarts);
void d_snapshot_free(d_snapshot_t *s);

/* One row of a comparison of marks a (older) and b (newer). */
typedef enum d_diff_kind {
    D_DIFF_CHANGED, /* in both, count or bytes differ */
    D_DIFF_SAME,    /* in both, nothing differs */
    D_DIFF_NEW,     /* only in b */
    D_DIFF_FREED,   /* only in a */
} d_diff_kind_t;

typedef struct d_diff_row {
    const d_snap_row_t *a; /* NULL when new */
    const d_snap_row_t *b; /* NULL when freed */
    int64_t count_delta;   /* b - a */
    int64_t bytes_delta;
    d_diff_kind_t kind;
} d_diff_row_t;

/* Compares two row lists (each sorted by key, as in a snapshot): every key of
 * either, sorted by |bytes delta| (largest first), then |count delta|, then
 * key. Returns 0 with *out malloc'ed (caller frees) and *n rows, or -1 when
 * out of memory. */
int d_snapshot_diff(const d_snap_row_t *a, size_t na, const d_snap_row_t *b, size_t nb,
                    d_diff_row_t **out, size_t *n);

/* "changed", "same", "new", "freed". */
const char *d_diff_kind_name(d_diff_kind_t k);

/* ---- the store -------------------------------------------------------------------- */

typedef struct d_snapshot_set {
    char *workload;                       /* owned */
    d_snapshot_t *marks[D_SNAPSHOTS_MAX]; /* oldest first */
    size_t count;
    uint64_t next_id;
    struct d_snapshot_set *next;
} d_snapshot_set_t;

typedef struct d_snapshots {
    d_snapshot_set_t *head;
} d_snapshots_t;

void d_snapshots_init(d_snapshots_t *st);
/* Frees every set and snapshot. */
void d_snapshots_dispose(d_snapshots_t *st);

/* The set of a workload, created on first use when create (NULL when out of
 * memory, or when absent and !create). Borrowed until forgotten. */
d_snapshot_set_t *d_snapshots_of(d_snapshots_t *st, const char *workload, bool create);

/* Frees the set of a workload (it was removed). */
void d_snapshots_forget(d_snapshots_t *st, const char *workload);

/* Stores s (taken over), giving it the next id. When the set is full the
 * oldest mark is freed first; *evicted (may be NULL) gets its id or 0. */
void d_snapshot_set_add(d_snapshot_set_t *set, d_snapshot_t *s, uint64_t *evicted);

/* The stored mark with this id, or NULL. Borrowed. */
const d_snapshot_t *d_snapshot_set_find(const d_snapshot_set_t *set, uint64_t id);

#endif
