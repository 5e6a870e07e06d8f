/* worker.h: d_worker_t, a thread with its own libuv loop that owns a set of
 * workloads: it runs their slices and ticks (sched.h), samples and
 * publishes them, analyses their heaps (inspector.c), keeps their heap
 * marks, and runs the queries posted to it between two slices. It is the
 * only thread that touches its workloads' runtimes.
 *
 * The loop thread talks to a worker through its mailbox (commands below)
 * and hears back through the host's mailbox (host.h): state changes,
 * collections, closed workloads, answered queries, the worker's end.
 *
 * Queries: a d_query_t names a workload and a function to run on its
 * worker; the worker runs it between slices (after at most one slice)
 * unless it was cancelled first, then posts it back, and the loop thread
 * calls done. Cancellation is a race the states below settle: the loop
 * thread may cancel only a query still queued.
 *
 * Lifecycle: d_worker_start (thread and loop up) -> commands ->
 * d_worker_stop (its workloads closed, the loop ends, the host hears
 * D_HOST_MSG_STOPPED) -> d_worker_join (loop thread). */
#ifndef CLOSURED_HOST_WORKER_H
#define CLOSURED_HOST_WORKER_H

#include <stdatomic.h>
#include <stdint.h>
#include <time.h>
#include <uv.h>

#include "host/mailbox.h"
#include "host/marks.h"
#include "host/sched.h"
#include "host/workload.h"

struct d_host;

typedef enum d_query_state {
    D_QUERY_QUEUED,
    D_QUERY_RUNNING,
    D_QUERY_DONE,
    D_QUERY_CANCELLED, /* cancelled while queued: run was never called */
} d_query_state_t;

typedef struct d_query d_query_t;
struct d_query {
    d_msg_t msg;               /* first: the query travels as a message both ways */
    d_workload_t *w;           /* borrowed; alive until done (removal waits for it) */
    void (*run)(d_query_t *q); /* on the worker, between slices */
    bool again;           /* set by run: call me again after the worker's next round (an analysis in
                             steps holds q->w's heap meanwhile; worker.c) */
    d_query_t *step_next; /* [worker] in the worker's list of queries going on in steps */
    void (*done)(d_query_t *q); /* on the loop thread, exactly once */
    atomic_int state;           /* d_query_state_t */
    uint64_t posted_ns;         /* d_now_ns() when posted */
};

/* Messages a worker takes (d_msg_t.kind). */
enum d_worker_msg_kind {
    D_WORKER_ADD,     /* take over w: start its timer, schedule it */
    D_WORKER_REMOVE,  /* close w; the host hears D_HOST_MSG_CLOSED */
    D_WORKER_RESTART, /* restart w (with a new source when one is given) */
    D_WORKER_QUERY,   /* a d_query_t */
    D_WORKER_STOP,    /* close every workload and end the thread */
};

typedef struct d_worker_cmd {
    d_msg_t msg;
    d_workload_t *w;
    char *source; /* D_WORKER_RESTART: the new source (owned) or NULL */
    size_t source_len;
} d_worker_cmd_t;

typedef struct d_worker {
    struct d_host *host; /* borrowed: where it reports */
    int index;
    uv_thread_t thread;
    clockid_t cpu_clock; /* the thread's CPU-time clock (the watchdog reads it) */
    int has_cpu_clock;   /* cpu_clock is valid */
    uv_loop_t loop;
    d_mailbox_t inbox;
    d_sched_t sched;      /* the workloads pinned here */
    uv_timer_t publisher; /* every D_PUB_PERIOD_MS: publishes every view */
    uv_timer_t sampler;   /* every D_HOST_SAMPLE_MS: per-second samples */
    uv_timer_t inspector; /* every D_HOST_INSPECT_TICK_MS (inspector.c) */
    /* Answers going on in steps (a heap analysis, a long ranking or text): the queries
     * that asked to run again, in order, and the inspector's analysis of `inspected`
     * (one at a time). Each holds its workload's heap: that workload gets no slice and
     * the queries for it wait in `held` (in order) until the steps end; queries for the
     * worker's other workloads run at once. The stepper idles the loop's turns into
     * steps. Other messages (add, remove, restart) wait in `held` while any step goes
     * on. */
    d_query_t *stepping;
    d_workload_t *inspected;
    uv_idle_t stepper;
    d_msg_t *held, *held_tail;
    d_snapshots_t marks; /* heap marks of its workloads, by name */
    d_msg_t stop_msg;    /* D_WORKER_STOP, ready so that stopping cannot fail */
    size_t pinned;       /* [loop] workloads assigned here (the host balances) */
    int handles_open;
    int stopping;
    int started;
} d_worker_t;

/* Starts the worker's thread and loop. Returns 0 or a negative uv error. */
int d_worker_start(d_worker_t *wk, struct d_host *host, int index);

/* Posts a command (malloc'ed here). Returns 0, or -1 when the worker is
 * stopping or out of memory. Loop thread. */
int d_worker_post(d_worker_t *wk, int kind, d_workload_t *w, char *source, size_t source_len);

/* Posts q to the worker of q->w (state QUEUED). Returns 0, or -1 when the
 * worker no longer takes queries (then done will not be called). */
int d_worker_query(d_worker_t *wk, d_query_t *q);

/* Cancels q if it has not started. Returns 1 when cancelled (done is still
 * called once it comes back), 0 when it runs or ran. */
int d_query_cancel(d_query_t *q);

/* Asks the worker to close its workloads and end. Loop thread. */
void d_worker_stop(d_worker_t *wk);

/* Waits for the thread (after D_HOST_MSG_STOPPED) and closes its loop. */
void d_worker_join(d_worker_t *wk);

/* The worker of the calling thread's workloads: wakes its scheduler after
 * a command made w runnable, and publishes w. Worker thread. */
void d_worker_changed(d_workload_t *w);

/* The heap marks store of w's worker. Worker thread. */
d_snapshots_t *d_worker_marks(d_workload_t *w);

/* Per-second sample of w (env totals walk the closures: O(live closures)). */
void d_worker_sample(d_workload_t *w);

/* The inspector's timer callback (inspector.c). */
void d__worker_on_inspect_timer(uv_timer_t *t);

/* Analyses w's heap graph (rt_inspect_graph_step, cached) and appends a
 * per-site sample to w->series.sites. Returns 0, 1 when the analysis goes on
 * in steps (call again after the worker's next round: d_worker_analysis_hold),
 * or -1 when w has no runtime or the worker is out of memory (inspector.c). */
int d_worker_inspect(d_workload_t *w);

/* The inspector's analysis of w goes on in steps: w's worker holds w's heap
 * until d_worker_inspect returns something else (worker.c). */
void d_worker_analysis_hold(d_workload_t *w);

/* How old a heap analysis of w may be when an answer asks for retained sizes without saying
 * (docs/api.md, "Heap analysis"): D_HOST_ANALYSIS_MIN_AGE_MS or D_HOST_INSPECT_COST_FACTOR
 * times the last build's time, whichever is longer (host.h). On w's worker. */
uint64_t d_worker_analysis_max_age_ns(d_workload_t *w);

#endif
