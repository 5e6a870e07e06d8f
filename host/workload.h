/* workload.h: the workload host: one runtime on the loop, its lifecycle
 * state, its tick timer and its captured output.
 *
 * A workload is a script. Its top level runs once (in slices, by the
 * scheduler in sched.h); if it defines tick(), the host calls it every
 * tick_ms. States:
 *   running   top level in progress, or waiting for / running a tick
 *   paused    no slices and no ticks until resumed
 *   finished  the top level is done and there is no tick()
 *   failed    an uncaught exception (the traceback is kept)
 *
 * Invariant: a running, paused or finished workload has a runtime (rt !=
 * NULL); only a failed one may have none (its restart could not create
 * one). phase is D_PHASE_IDLE unless the state is running or paused.
 *
 * Ownership: a d_workload_t owns its runtime, its copies of name/source,
 * its output lines and its traceback. It lives on the loop (libuv's
 * lifecycle): d_workload_new -> d_workload_start -> ... -> d_workload_close,
 * freed in the close callback of its timer. The host knows no HTTP. */
#ifndef CLOSURED_HOST_WORKLOAD_H
#define CLOSURED_HOST_WORKLOAD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <uv.h>

#include "host/samples.h"
#include "host/util.h"
#include "runtime/rt.h"
#include "runtime/rt_inspect.h"

#define D_WORKLOAD_DEFAULT_TICK_MS 100
#define D_WORKLOAD_DEFAULT_HEAP_LIMIT (64u * 1024u * 1024u)
#define D_OUTPUT_MAX_LINES 1000
#define D_OUTPUT_MAX_LINE 4096
#define D_WORKLOAD_NAME_MAX 64

/* Upper bounds (seconds) of the collection-pause histogram's buckets. */
#define D_PAUSE_BUCKETS 12
extern const double d_pause_bucket_bounds[D_PAUSE_BUCKETS];

/* Where a workload came from. */
typedef enum d_workload_origin {
    D_ORIGIN_FILE,   /* --workload FILE or the config file's "workloads" */
    D_ORIGIN_DIR,    /* --workloads DIR (reloaded on SIGHUP) */
    D_ORIGIN_UPLOAD, /* POST /api/v1/workloads (persisted by the store) */
} d_workload_origin_t;

typedef enum d_workload_state {
    D_WL_RUNNING,
    D_WL_PAUSED,
    D_WL_FINISHED,
    D_WL_FAILED,
} d_workload_state_t;

/* What the scheduler should do with a workload next. */
typedef enum d_workload_phase {
    D_PHASE_IDLE,     /* nothing pending: waiting for the next tick (or done) */
    D_PHASE_TOPLEVEL, /* the top level is loaded and not finished */
    D_PHASE_TICK,     /* a tick() call is in progress */
} d_workload_phase_t;

/* One captured line of print() output. */
typedef struct d_output_line {
    uint64_t seq; /* 1, 2, ... over the workload's life (restarts keep counting) */
    double time;  /* unix seconds when the line ended */
    char *text;   /* without the newline; owned */
} d_output_line_t;

typedef struct d_workload d_workload_t;

/* Called on every state change (and on failure, with the traceback set). */
typedef void (*d_workload_event_fn)(void *ctx, d_workload_t *w, d_workload_state_t old_state);
/* Called once per recorded collection, in order, soon after it happened
 * (after the slice or the API call that ran it). ev is borrowed. */
typedef void (*d_workload_gc_fn)(void *ctx, d_workload_t *w, const rt_gc_event *ev);

/* Counters that survive restarts: the totals of the runtimes thrown away,
 * plus (in d_workload_counters) the current runtime's. */
typedef struct d_workload_counters {
    uint64_t allocated_bytes;
    uint64_t allocated_objects;
    uint64_t refcount_freed_objects;
    uint64_t gc_freed_objects;
    uint64_t instructions;
    uint64_t gc_collections[RT_GC_GENERATIONS];
    uint64_t gc_collected[RT_GC_GENERATIONS];
    uint64_t gc_uncollectable[RT_GC_GENERATIONS];
} d_workload_counters_t;

/* The collection-pause histogram (cumulative buckets, as Prometheus wants). */
typedef struct d_pause_hist {
    uint64_t buckets[D_PAUSE_BUCKETS]; /* pauses <= bound (wall clock) */
    uint64_t count;
    uint64_t sum_ns;     /* wall clock (monotonic) */
    uint64_t cpu_sum_ns; /* the same pauses in the collecting thread's CPU time */
} d_pause_hist_t;

typedef struct d_workload_options {
    const char *name;
    const char *filename; /* shown in tracebacks and sites; e.g. "leak.py" */
    const char *source;
    size_t source_len;
    int tick_ms;             /* 0 = default */
    size_t heap_limit_bytes; /* 0 = default */
    d_workload_origin_t origin;
    const char *path; /* FILE / DIR origins: the file it was read from */
} d_workload_options_t;

struct d_workload {
    char *name;
    char *filename;
    char *source;
    size_t source_len;
    int tick_ms;
    size_t heap_limit_bytes;
    d_workload_origin_t origin;
    char *path; /* FILE / DIR origins; owned */

    d_workload_state_t state;
    d_workload_phase_t phase;
    bool has_tick;     /* defines tick(): from the source until the top level ran, then the fact */
    bool syntax_error; /* the source did not compile (error fields say where) */
    rt_state *rt;
    char *error_type;    /* failed: "ZeroDivisionError"; owned */
    char *error_message; /* failed: the message; owned */
    char *traceback;     /* failed: the full text; owned */
    int error_line;
    int error_column;

    double created; /* unix seconds */
    double started; /* unix seconds of the last (re)start */
    uint64_t ticks_total;
    uint64_t errors_total;
    uint64_t restarts;
    uint64_t slices_total;
    uint64_t run_ns_total; /* time spent in rt_run */

    /* what the collector did (drained from the runtime's event ring) */
    uint64_t gc_seen_seq;    /* newest event already drained, this runtime */
    uint64_t gc_lost_events; /* events the ring dropped before they were drained */
    d_pause_hist_t pauses;   /* every collection */
    d_pause_hist_t pauses_by_gen[RT_GC_GENERATIONS]; /* the same, split by generation */
    uint64_t pause_max_recent_ns; /* longest pause since the host's last sample (it resets it) */
    d_workload_counters_t base;   /* totals of runtimes thrown away by restarts */

    /* per-second samples (the host fills them) */
    d_series_t series;

    /* output ring: the last D_OUTPUT_MAX_LINES lines */
    d_output_line_t *lines; /* ring storage */
    size_t line_head;       /* index of the oldest line */
    size_t line_count;
    uint64_t next_seq;
    char *partial; /* a line not yet ended by "\n" */
    size_t partial_len;

    uv_timer_t tick_timer;
    bool tick_due; /* a tick fired while the previous one was still running */
    d_workload_event_fn on_event;
    d_workload_gc_fn on_gc;
    void *event_ctx; /* for on_event and on_gc */
    void (*on_closed)(d_workload_t *w, void *ctx);
    void *closed_ctx;
    d_workload_t *next; /* the host's list (sched.h) */
};

/* A new workload (state running, top level loaded and pending) on loop, or
 * NULL with errno-style *err (-ENOMEM). A syntax error is not a failure to
 * create: the workload is created in state failed with the error fields set,
 * so the caller can answer 400 and discard it (d_workload_close). */
d_workload_t *d_workload_new(uv_loop_t *loop, const d_workload_options_t *opt, int *err);

/* Starts the tick timer. */
void d_workload_start(d_workload_t *w);

/* true when the source compiled. */
bool d_workload_compiled(const d_workload_t *w);

/* Runs one slice of pending code within budget; returns true while more is
 * pending (the scheduler calls again later). */
bool d_workload_run_slice(d_workload_t *w, const rt_budget *budget);

/* true when the scheduler has something to run for w. */
bool d_workload_runnable(const d_workload_t *w);

/* pause / resume: only from running / paused; return 0 or -1 (wrong state). */
int d_workload_pause(d_workload_t *w);
int d_workload_resume(d_workload_t *w);

/* Throws the runtime away and starts the same source from scratch (output and
 * counters kept). Returns 0 or a negative errno. */
int d_workload_restart(d_workload_t *w);

/* Stops the timer and frees everything in the close callback, which then
 * calls w->on_closed. */
void d_workload_close(d_workload_t *w);

/* Collects `generation` now (as gc.collect would) and fills *ev. Returns 0,
 * or -1 for a bad generation. The event is also drained (on_gc, histogram). */
int d_workload_collect(d_workload_t *w, int generation, rt_gc_event *ev);

/* Replaces the source (then d_workload_restart runs it). Returns 0 or -ENOMEM. */
int d_workload_set_source(d_workload_t *w, const char *source, size_t len);

/* Base counters plus the current runtime's: monotonic over restarts. O(1). */
void d_workload_counters(d_workload_t *w, d_workload_counters_t *out);

/* true for a usable workload name: 1..D_WORKLOAD_NAME_MAX characters from
 * [A-Za-z0-9_.-], not starting with '.' or '-'. */
bool d_workload_name_valid(const char *name);

/* "file", "dir", "upload". */
const char *d_workload_origin_name(d_workload_origin_t o);

/* The state's name: "running", "paused", "finished", "failed". */
const char *d_workload_state_name(d_workload_state_t s);

/* The i-th retained output line, oldest first (i < line_count). Borrowed. */
const d_output_line_t *d_workload_line(const d_workload_t *w, size_t i);

#endif
