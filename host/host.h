/* host.h: d_host_t, the workloads as the loop thread sees them: the
 * registry (by name, insertion order), the worker threads that run them
 * (worker.h), the watchdog that interrupts a slice that overstays, adding
 * and removing workloads (with persistence of uploads), and the sources
 * (sources.c: files, the workloads directory and its reload, stored
 * uploads). It knows no HTTP: what happens is reported to one listener, on
 * the loop thread.
 *
 * The loop thread never runs workload code and never walks a heap: it
 * reads each workload's published view (d_workload_view), and anything
 * else goes to the workload's worker as a command or a query (worker.h).
 *
 * Ownership: the host owns every workload in its registry; pointers it
 * hands out are borrowed and valid until the workload is removed
 * (d_host_remove) or the host closes. A removed workload's memory is freed
 * on the loop thread once its worker has let go of it. Lifecycle (libuv's):
 * d_host_init -> d_host_start -> ... -> d_host_close(cb), where cb runs
 * once every worker has ended and every workload is freed. */
#ifndef CLOSURED_HOST_HOST_H
#define CLOSURED_HOST_HOST_H

#include <stdbool.h>
#include <stddef.h>
#include <uv.h>

#include "daemon/log.h"
#include "host/mailbox.h"
#include "host/marks.h"
#include "host/store.h"
#include "host/worker.h"
#include "host/workload.h"

#define D_HOST_SAMPLE_MS 1000
#define D_HOST_SLOW_GC_NS 10000000u /* collections taking more CPU time are logged (10 ms) */
/* The inspector wakes every D_HOST_INSPECT_TICK_MS and analyses at most one
 * workload: the one whose last per-site sample is oldest, once it is at
 * least D_HOST_INSPECT_PERIOD_MS old (or D_HOST_INSPECT_COST_FACTOR times
 * what its last analysis cost, for big heaps), so the graph work stays a
 * small share of the worker. */
#define D_HOST_INSPECT_TICK_MS 250
#define D_HOST_INSPECT_PERIOD_MS 2000
#define D_HOST_INSPECT_COST_FACTOR 20
/* An answer that asks for retained sizes reuses the last heap analysis while it is younger
 * than D_HOST_ANALYSIS_MIN_AGE_MS or D_HOST_INSPECT_COST_FACTOR times its build's time,
 * whichever is longer: answers spend at most about a twentieth of the worker on analyses. */
#define D_HOST_ANALYSIS_MIN_AGE_MS 250
/* A heap analysis (the graph of a large heap) runs in steps of this long, between the
 * worker's rounds of slices: about one slice (sched.h), so the other workloads of the worker
 * keep their turn while it runs (worker.h). */
#define D_HOST_ANALYSIS_STEP_NS 2000000u
#define D_HOST_MAX_WORKERS 64
#define D_HOST_DEFAULT_SLICE_TIMEOUT_MS 1000

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

typedef struct d_host_options {
    int workers;           /* 0 = one per CPU */
    int slice_timeout_ms;  /* 0 = D_HOST_DEFAULT_SLICE_TIMEOUT_MS */
    const char *state_dir; /* NULL: uploads are not persisted */
} d_host_options_t;

/* Messages the loop thread takes from workers (d_msg_t.kind). */
enum d_host_msg_kind {
    D_HOST_MSG_STATE,   /* d_host_note_t: w changed state */
    D_HOST_MSG_GC,      /* d_host_note_t: w recorded a collection */
    D_HOST_MSG_CLOSED,  /* d_host_note_t: w's worker let go of it */
    D_HOST_MSG_ANSWER,  /* a d_query_t coming back */
    D_HOST_MSG_STOPPED, /* d_host_note_t: the worker's loop ended */
};

typedef struct d_host_note {
    d_msg_t msg;
    d_workload_t *w;
    d_worker_t *worker;
    int old_state, new_state;
    rt_gc_event ev;
} d_host_note_t;

typedef struct d_host {
    uv_loop_t *loop;
    const d_log_t *log;
    d_workload_t *head; /* the registry, insertion order */
    size_t count;
    d_store_t store;     /* persisted uploads */
    d_mailbox_t inbox;   /* from the workers */
    d_worker_t *workers; /* nworkers of them */
    int nworkers;
    uv_timer_t watchdog; /* interrupts slices that overstay */
    uv_timer_t stats;    /* every D_HOST_SAMPLE_MS: `stats` for the listener */
    uint64_t slice_timeout_ns;
    d_host_listener_t listener;
    size_t closing_workloads; /* removed, not yet let go of by their worker */
    int workers_running;
    int handles_open;
    bool closing;
    void (*on_closed)(struct d_host *h);
} d_host_t;

/* Initialises on loop and starts the workers. Returns 0, or a negative
 * errno (state_dir unusable, no thread) with nothing to close. */
int d_host_init(d_host_t *h, uv_loop_t *loop, const d_log_t *log, const d_host_options_t *opt,
                const d_host_listener_t *listener);

/* Starts the timers and loads the persisted uploads. */
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

/* Creates a workload (compiling its source here), pins it to the least
 * loaded worker and hands it over. With reject_syntax, a source that does
 * not compile is refused (D_HOST_ADD_SYNTAX) and *syntax receives the failed
 * workload (not added: the caller reads its view, then calls
 * d_workload_free); without it, the workload joins in state failed. Uploads
 * are persisted before they join. *out (may be NULL) gets the new workload. */
d_host_add_result_t d_host_add(d_host_t *h, const d_workload_options_t *opt, bool reject_syntax,
                               d_workload_t **out, d_workload_t **syntax, int *save_err);

/* Unregisters w, interrupts whatever it runs, forgets its stored upload and
 * tells its worker to close it. Works in every state: a workload stuck in a
 * nested run is stopped by its interrupt flag. Returns 0, or a negative
 * errno when the stored file could not be deleted (w is removed anyway). */
int d_host_remove(d_host_t *h, d_workload_t *w);

/* Posts a restart of w; with source (copied), the new source runs. Returns 0
 * or -1 (out of memory, closing). */
int d_host_restart(d_host_t *h, d_workload_t *w, const char *source, size_t len);

/* Pause, resume and restart, on w's worker (queries call them): they change
 * w and wake its scheduler. Return 0 or -1 (wrong state). */
int d_host_pause(d_workload_t *w);
int d_host_resume(d_workload_t *w);
int d_host_restart_now(d_workload_t *w);

/* Posts a query to w's worker (worker.h). Returns 0, or -1 when the host is
 * closing (done will not be called). */
int d_host_query(d_host_t *h, d_query_t *q);

/* The workload with this name, or NULL. */
d_workload_t *d_host_find(const d_host_t *h, const char *name);

/* First workload (insertion order; then w->next), and how many. */
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

/* Interrupts the workloads in the middle of a slice now (RT_INTERRUPT_STOP),
 * so that their workers are free to answer what is in flight while the
 * daemon stops. */
void d_host_interrupt_running(d_host_t *h);

/* Interrupts every workload, stops the workers, frees every workload, then
 * calls on_closed(h). Idempotent. */
void d_host_close(d_host_t *h, void (*on_closed)(d_host_t *h));

/* ---- between host.c, worker.c and sources.c -------------------------------------- */

/* d_host_add, and persist=false for workloads that come from a file or the
 * store (they are not saved again). */
d_host_add_result_t d__host_add(d_host_t *h, const d_workload_options_t *opt, bool reject_syntax,
                                bool persist, d_workload_t **out, d_workload_t **syntax,
                                int *save_err);
/* Adds the uploads stored in the state directory (sources.c). */
void d__host_load_stored(d_host_t *h);
/* Posts a note to the host's mailbox (worker threads). Out of memory: dropped. */
void d__host_notify(d_host_t *h, int kind, d_workload_t *w, d_worker_t *wk, int old_state,
                    int new_state, const rt_gc_event *ev);

#endif
