/* workload.h: one workload: a runtime, its lifecycle state, its tick timer
 * and its captured output.
 *
 * A workload is a script. Its top level runs once (in slices, by the
 * scheduler in sched.h); if it defines tick(), the worker calls it every
 * tick_ms. States:
 *   running   top level in progress, or waiting for / running a tick, or the
 *             program has ended and its exit work runs (atexit functions,
 *             the __del__ of what is alive: D_PHASE_EXIT, in slices too)
 *   paused    no slices and no ticks until resumed
 *   finished  the top level is done and there is no tick()
 *   failed    an uncaught exception (the traceback is kept)
 * A workload with tick() never ends by itself: its exit work runs when it is
 * restarted or deleted, within D_WORKLOAD_EXIT_* (its output then goes to the
 * ring first).
 *
 * Invariant: a running, paused or finished workload has a runtime (rt !=
 * NULL); only a failed one may have none (its restart could not create
 * one). phase is D_PHASE_IDLE unless the state is running or paused.
 *
 * Threads: a workload is created on the loop thread (d_workload_new
 * compiles its source), then handed to one worker (worker.h), which alone
 * touches its runtime and every field marked [worker] from then on. Fields
 * marked [loop] are the loop thread's; [fixed] fields never change after
 * d_workload_new; [any] fields are atomics. The loop thread reads what the
 * worker knows through the published view (d_workload_view).
 *
 * Ownership: a d_workload_t owns its runtime, its copies of name/source,
 * its output lines and its traceback. Lifecycle: d_workload_new (loop) ->
 * d_workload_start (worker) -> ... -> d_workload_close (worker: stops the
 * timer, frees the runtime, then calls on_closed) -> d_workload_free (loop:
 * the rest). The host knows no HTTP. */
#ifndef CLOSURED_HOST_WORKLOAD_H
#define CLOSURED_HOST_WORKLOAD_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <uv.h>

#include "host/files.h"
#include "host/published.h"
#include "host/samples.h"
#include "host/util.h"
#include "runtime/rt.h"
#include "runtime/rt_inspect.h"

#define D_WORKLOAD_DEFAULT_TICK_MS 100
#define D_WORKLOAD_DEFAULT_HEAP_LIMIT (64u * 1024u * 1024u)
#define D_OUTPUT_MAX_LINES 1000
#define D_OUTPUT_MAX_LINE 4096
#define D_WORKLOAD_NAME_MAX 64

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

/* What a restarted or deleted workload's exit work may use at most (workload.c's
 * exit_now): instructions, and CPU time of its worker thread. Past either it is cut off and
 * dropped with the runtime, so a runaway atexit function holds its worker that long only. */
#define D_WORKLOAD_EXIT_INSTRUCTIONS 2000000u
#define D_WORKLOAD_EXIT_CPU_NS 500000000u
/* ... and the time.sleep it may wait for, in all (wall-clock time: the worker waits). */
#define D_WORKLOAD_EXIT_SLEEP_NS 200000000u

/* What the scheduler should do with a workload next. */
typedef enum d_workload_phase {
    D_PHASE_IDLE,     /* nothing pending: waiting for the next tick (or done) */
    D_PHASE_TOPLEVEL, /* the top level is loaded and not finished */
    D_PHASE_TICK,     /* a tick() call is in progress */
    D_PHASE_EXIT,     /* the program ended: rt_run_exit's work is in progress */
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

typedef struct d_workload_options {
    const char *name;
    const char *filename; /* shown in tracebacks and sites; e.g. "leak.py" */
    const char *source;
    size_t source_len;
    int tick_ms;             /* 0 = default */
    size_t heap_limit_bytes; /* 0 = default */
    d_workload_origin_t origin;
    const char *path; /* FILE / DIR origins: the file it was read from */
    /* The files `import` may read, by relative name, the main one among them
     * (NULL or empty: none; the script imports only the standard library).
     * Copied. */
    const d_files_t *files;
} d_workload_options_t;

struct d_worker;

struct d_workload {
    char *name;     /* [fixed] */
    char *filename; /* [fixed] */
    char *source;   /* [loop] what the API shows and a reload compares */
    size_t source_len;
    char *run_source; /* [worker] what the next (re)start runs */
    size_t run_source_len;
    int tick_ms;             /* [fixed] */
    size_t heap_limit_bytes; /* [fixed] */
    d_workload_origin_t origin;
    char *path;      /* [fixed] FILE / DIR origins; owned */
    d_files_t files; /* [fixed] what import reads (files.h); the runtime reads it on the worker */
    double created;  /* [fixed] unix seconds */

    /* [any] The runtime's interrupt flag (rt.h): the watchdog sets it to
     * RT_INTERRUPT_TIMEOUT when a slice overstays, removal and shutdown to
     * RT_INTERRUPT_STOP. */
    atomic_int interrupt;
    /* [any] d_now_ns() when the running slice began; 0 between slices. */
    _Atomic uint64_t slice_started_ns;
    /* [any] The CPU time of the runtime's automatic collections so far (rt.h,
     * gc_cpu_ns): the watchdog does not count them against a slice. */
    _Atomic uint64_t gc_cpu_ns;
    d_pub_t pub; /* [worker writes, loop reads] the published view */

    /* [loop] */
    struct d_worker *worker; /* the one it is pinned to: set before the handover, then fixed */
    d_workload_t *next;      /* the host's registry, insertion order */
    double stats_sent;       /* sample time of the last `stats` event sent */
    bool removed;            /* unregistered; waiting for the worker to let go */
    /* The watchdog's look at the running slice: the start it saw (slice_started_ns), its
     * worker's CPU time then and the workload's gc_cpu_ns then. */
    uint64_t watched_start;
    uint64_t watched_cpu_ns;
    uint64_t watched_gc_ns;

    /* [worker] everything below */
    d_workload_state_t state;
    d_workload_phase_t phase;
    bool has_tick;      /* defines tick(): from the source until the top level ran, then the fact */
    bool exit_failed;   /* D_PHASE_EXIT after an uncaught exception: failed once it is over */
    bool exit_done;     /* the exit work has run (or had nothing to run) */
    bool exit_cut;      /* closed: its exit work was cut off at D_WORKLOAD_EXIT_* */
    uint64_t exit_seq;  /* closed: the seq of the first line its exit work wrote at the close; the
                           lines from there stay in the ring (uncharged) until d_workload_free,
                           for the loop to log when the workload was deleted */
    bool output_closed; /* closed: output is no longer captured (the runtime being freed may
                           still print, unwinding its frames) */
    bool syntax_error;  /* the source did not compile (error fields say where) */
    rt_state *rt;
    char *error_type;    /* failed: "ZeroDivisionError"; owned */
    char *error_message; /* failed: the message; owned */
    char *traceback;     /* failed: the full text; owned */
    char *error_file; /* failed: the file error_line is in ("main.py", "pkg/util.py"); owned; may be
                         NULL */
    int error_line;
    int error_column;
    uint64_t error_seq; /* bumped whenever the error fields change */

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
    uint64_t pause_max_recent_ns; /* longest pause since the last sample (the sampler resets it) */
    d_workload_counters_t base;   /* totals of runtimes thrown away by restarts */

    /* per-second samples (the worker's sampler) and per-site samples (its inspector) */
    d_series_t series;

    /* output ring: the last D_OUTPUT_MAX_LINES lines, as many of them as the heap limit
     * leaves room for. Invariant: output_charged (the texts' bytes, NUL included, plus
     * partial_size) is charged to rt (rt_mem_charge) whenever rt is set; a line that cannot
     * be charged even after the oldest are dropped is lost, and its seq is skipped (clients
     * reading ?since= see the gap). */
    d_output_line_t *lines; /* ring storage */
    size_t line_head;       /* index of the oldest line */
    size_t line_count;
    uint64_t next_seq;
    char *partial; /* a line not yet ended by "\n" */
    size_t partial_len;
    size_t partial_size;   /* bytes allocated for partial */
    size_t output_charged; /* bytes of the ring charged to rt */

    uv_timer_t tick_timer;
    bool timer_live;         /* tick_timer initialised (d_workload_start ran) */
    bool tick_due;           /* a tick fired while the previous one was still running */
    uint64_t sleep_until_ns; /* time.sleep: not runnable before this d_now_ns() (0: awake) */
    bool analysing; /* a heap analysis in steps holds the heap (worker.h): no slice, no tick */
    d_workload_event_fn on_event;
    d_workload_gc_fn on_gc;
    void *event_ctx; /* for on_event and on_gc */
    void (*on_closed)(d_workload_t *w, void *ctx);
    void *closed_ctx;
    d_workload_t *sched_next; /* the worker's scheduler list (sched.h) */
};

/* A new workload (state running, top level loaded and pending), or NULL
 * with errno-style *err (-ENOMEM). Any thread; it touches no loop. A syntax
 * error is not a failure to create: the workload is created in state failed
 * with the error fields set, so the caller can answer 400 and discard it
 * (d_workload_free). The first view is published before it returns. */
d_workload_t *d_workload_new(const d_workload_options_t *opt, int *err);

/* Starts the tick timer on loop (the worker's). */
void d_workload_start(d_workload_t *w, uv_loop_t *loop);

/* true when the source compiled. */
bool d_workload_compiled(const d_workload_t *w);

/* Runs one slice of pending code within budget; returns true while more is
 * pending (the scheduler calls again later). */
bool d_workload_run_slice(d_workload_t *w, const rt_budget *budget);

/* true when the scheduler has something to run for w. */
bool d_workload_runnable(const d_workload_t *w);

/* A heap analysis in steps (rt_inspect_graph_step) starts or ends on w: while
 * it runs, w gets no slice and its ticks wait (the heap must not change);
 * at the end a tick that came due meanwhile runs. Worker thread. */
void d_workload_analysis_begin(d_workload_t *w);
void d_workload_analysis_end(d_workload_t *w);

/* pause / resume: only from running / paused; return 0 or -1 (wrong state). */
int d_workload_pause(d_workload_t *w);
int d_workload_resume(d_workload_t *w);

/* Throws the runtime away and starts the same source from scratch (output and
 * counters kept). Returns 0 or a negative errno. */
int d_workload_restart(d_workload_t *w);

/* Stops the timer; its close callback frees the runtime and the output,
 * then calls w->on_closed (the worker's last touch). Without a started
 * timer, does that at once. */
void d_workload_close(d_workload_t *w);

/* Frees what is left after d_workload_close (or a workload never started). */
void d_workload_free(d_workload_t *w);

/* Fills w's view from its fields and publishes it. The worker (or the
 * creating thread before the handover). O(1). */
void d_workload_publish(d_workload_t *w);

/* Fills *v with w's facts now (the worker's own, up-to-date view). */
void d_workload_view_fill(d_workload_t *w, d_view_t *v);

/* The newest view published (loop thread only; borrowed until its next call). */
const d_view_t *d_workload_view(d_workload_t *w);

/* Collects `generation` now (as gc.collect would) and fills *ev. Returns 0,
 * or -1 for a bad generation. The event is also drained (on_gc, histogram). */
int d_workload_collect(d_workload_t *w, int generation, rt_gc_event *ev);

/* Replaces the source the next restart runs (taking over the malloc'ed
 * source). The worker. */
void d_workload_set_run_source(d_workload_t *w, char *source, size_t len);

/* Base counters plus the current runtime's: monotonic over restarts. O(1). */
void d_workload_counters(d_workload_t *w, d_workload_counters_t *out);

/* true for a usable workload name: 1..D_WORKLOAD_NAME_MAX characters from
 * [A-Za-z0-9_.-], not starting with '.' or '-'. */
bool d_workload_name_valid(const char *name);

/* "file", "dir", "upload". */
const char *d_workload_origin_name(d_workload_origin_t o);

/* The state's name: "running", "paused", "finished", "failed". */
const char *d_workload_state_name(d_workload_state_t s);

/* The i-th retained output line, oldest first (i < line_count). Borrowed. After the close,
 * the lines with seq >= exit_seq are what the exit work wrote then. */
const d_output_line_t *d_workload_line(const d_workload_t *w, size_t i);

#endif
