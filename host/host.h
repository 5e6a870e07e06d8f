/* host.h: d_host_t, the set of workloads: adding and removing them (with
 * persistence of uploads), the slice scheduler, the per-second sampler
 * (series, env totals for the metrics), the inspector (inspector.c: the
 * heap graph of one workload at a time, every few seconds: per-site samples
 * and retained bytes), the heap marks, and the sources (sources.c: files,
 * the workloads directory and its reload, stored uploads). It knows no
 * HTTP: what happens is reported to one listener.
 *
 * Ownership: the host owns every workload in its scheduler list and closes
 * them in d_host_close; pointers it hands out are borrowed and valid until
 * the workload is removed (d_host_remove) or the host closes. Lifecycle
 * (libuv's): d_host_init -> d_host_start -> ... -> d_host_close(cb), where
 * cb runs once every handle and workload is closed. */
#ifndef CLOSURED_HOST_HOST_H
#define CLOSURED_HOST_HOST_H

#include <stdbool.h>
#include <stddef.h>
#include <uv.h>

#include "daemon/log.h"
#include "host/marks.h"
#include "host/sched.h"
#include "host/store.h"
#include "host/workload.h"

#define D_HOST_SAMPLE_MS 1000
#define D_HOST_SLOW_GC_NS 10000000u /* collections pausing longer are logged (10 ms) */
/* The inspector wakes every D_HOST_INSPECT_TICK_MS and analyses at most one
 * workload: the one whose last per-site sample is oldest, once it is at
 * least D_HOST_INSPECT_PERIOD_MS old (or D_HOST_INSPECT_COST_FACTOR times
 * what its last analysis cost, for big heaps), so the graph work stays a
 * small share of the loop. */
#define D_HOST_INSPECT_TICK_MS 250
#define D_HOST_INSPECT_PERIOD_MS 2000
#define D_HOST_INSPECT_COST_FACTOR 20

/* What the host reports. Every pointer is borrowed for the call. */
typedef enum d_host_change {
    D_HOST_ADDED,   /* a workload joined (state is its first state) */
    D_HOST_STATE,   /* state changed from old_state */
    D_HOST_REMOVED, /* about to be closed; still readable during the call */
} d_host_change_t;

typedef struct d_host_listener {
    void (*on_workload)(void *ctx, d_workload_t *w, d_host_change_t change,
                        d_workload_state_t old_state);
    void (*on_gc)(void *ctx, d_workload_t *w, const rt_gc_event *ev);
    void (*on_sample)(void *ctx, d_workload_t *w, const d_sample_t *s);
    void *ctx;
} d_host_listener_t;

typedef struct d_host {
    uv_loop_t *loop;
    const d_log_t *log;
    d_sched_t sched;         /* the workloads, in insertion order */
    d_store_t store;         /* persisted uploads */
    uv_timer_t sampler;      /* every D_HOST_SAMPLE_MS */
    uv_timer_t inspector;    /* every D_HOST_INSPECT_TICK_MS */
    d_snapshots_t snapshots; /* heap marks and export ids, per workload name */
    d_host_listener_t listener;
    size_t closing_workloads;
    int handles_open;
    bool closing;
    void (*on_closed)(struct d_host *h);
} d_host_t;

/* Initialises on loop with persistence in state_dir (NULL: none). Returns 0,
 * or a negative errno (state_dir unusable) with nothing to close. */
int d_host_init(d_host_t *h, uv_loop_t *loop, const d_log_t *log, const char *state_dir,
                const d_host_listener_t *listener);

/* Starts sampling and loads the persisted uploads. */
void d_host_start(d_host_t *h);

/* Why d_host_add refused. */
typedef enum d_host_add_result {
    D_HOST_ADD_OK = 0,
    D_HOST_ADD_BAD_NAME = -1, /* not d_workload_name_valid */
    D_HOST_ADD_EXISTS = -2,   /* a workload has this name */
    D_HOST_ADD_SYNTAX = -3,   /* reject_syntax and the source did not compile */
    D_HOST_ADD_NO_MEMORY = -4,
    D_HOST_ADD_NOT_SAVED = -5, /* an upload could not be persisted (errno in *save_err) */
    D_HOST_ADD_CLOSING = -6,
} d_host_add_result_t;

/* Creates, starts and schedules a workload. With reject_syntax, a source that
 * does not compile is refused (D_HOST_ADD_SYNTAX) and *syntax receives the
 * failed workload (not added: the caller reads its error fields, then calls
 * d_workload_close); without it, the workload joins in state failed. Uploads
 * are persisted before they join. *out (may be NULL) gets the new workload. */
d_host_add_result_t d_host_add(d_host_t *h, const d_workload_options_t *opt, bool reject_syntax,
                               d_workload_t **out, d_workload_t **syntax, int *save_err);

/* Unschedules, forgets (deletes the stored upload) and closes w. Returns 0,
 * or a negative errno when the stored file could not be deleted (w is
 * removed anyway). */
int d_host_remove(d_host_t *h, d_workload_t *w);

/* Restart, pause, resume with the scheduler woken. Return 0 or -1 (wrong state). */
int d_host_restart(d_host_t *h, d_workload_t *w);
int d_host_pause(d_host_t *h, d_workload_t *w);
int d_host_resume(d_host_t *h, d_workload_t *w);

/* The workload with this name, or NULL. */
d_workload_t *d_host_find(const d_host_t *h, const char *name);

/* First workload, and the next (insertion order). */
d_workload_t *d_host_first(const d_host_t *h);
size_t d_host_count(const d_host_t *h);

/* Adds a workload from a file (origin FILE or DIR); the name is the file
 * stem. Problems are logged. Returns 0 or -1. */
int d_host_add_file(d_host_t *h, const char *path, d_workload_origin_t origin);

/* Adds every *.py in dir (name order). Returns how many joined, or -1 when
 * dir cannot be read. */
int d_host_add_dir(d_host_t *h, const char *dir);

/* SIGHUP: re-reads dir: new files join, changed files restart with their new
 * source, workloads whose file is gone (origin DIR) are removed. Logs one
 * summary line. Returns 0 or -1 (dir unreadable: nothing changes). */
int d_host_reload_dir(d_host_t *h, const char *dir);

/* Takes a sample of every workload now (the timer does it every second). */
void d_host_sample(d_host_t *h);

/* Analyses w's heap graph now (rt_inspect_graph, cached) and appends a
 * per-site sample to w->series.sites. Returns 0, or -1 when w has no
 * runtime or the host is out of memory. The inspector timer calls it. */
int d_host_inspect(d_host_t *h, d_workload_t *w);

/* Stops sampling and scheduling, closes every workload, then calls
 * on_closed(h). Idempotent. */
void d_host_close(d_host_t *h, void (*on_closed)(d_host_t *h));

/* ---- between host.c, inspector.c and sources.c ------------------------------------ */

/* d_host_add, and persist=false for workloads that come from a file or the
 * store (they are not saved again). */
d_host_add_result_t d__host_add(d_host_t *h, const d_workload_options_t *opt, bool reject_syntax,
                                bool persist, d_workload_t **out, d_workload_t **syntax,
                                int *save_err);
/* The inspector timer's callback (inspector.c). */
void d__host_on_inspect_timer(uv_timer_t *t);
/* Adds the uploads stored in the state directory (sources.c). */
void d__host_load_stored(d_host_t *h);

#endif
