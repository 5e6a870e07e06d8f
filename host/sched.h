/* sched.h: the slice scheduler of one worker: runs every runnable workload
 * in turn, one bounded slice each, and returns to the worker's loop between
 * rounds so its timers and its mailbox are served while workloads compute.
 *
 * It holds the worker's list of workloads. An infinite loop in a workload
 * costs its slice, never the other workloads' turns: each slice is bounded
 * by instructions and by time, at any depth of nested runs from C (the
 * runtime suspends them, runtime/fiber.h; what cannot suspend is stopped by
 * the interrupt flag, see worker.h), and a round never runs longer than
 * D_SCHED_ROUND_NS before the loop polls again. Between two slices the
 * scheduler calls between(between_ctx), so that queries waiting for the
 * worker start after at most one slice.
 *
 * Lifecycle: d_sched_init -> d_sched_add/remove... -> d_sched_close(cb). The
 * scheduler does not own the workloads' lifetimes: d_sched_remove unlinks,
 * the caller closes. */
#ifndef CLOSURED_HOST_SCHED_H
#define CLOSURED_HOST_SCHED_H

#include <uv.h>

#include "host/workload.h"

#define D_SCHED_SLICE_INSTRUCTIONS 200000u
#define D_SCHED_SLICE_NS 2000000u  /* 2 ms */
#define D_SCHED_ROUND_NS 10000000u /* 10 ms: the longest the loop waits for a round */

typedef struct d_sched {
    uv_idle_t idle;     /* active while some workload is runnable */
    uv_check_t check;   /* re-arms the idle handle after every loop iteration */
    uv_timer_t wake;    /* when only sleeping workloads are left: fires at the earliest deadline */
    d_workload_t *head; /* every workload, in insertion order */
    size_t count;
    d_workload_t *cursor; /* where the next round starts (fairness) */
    int closing;
    void (*on_closed)(struct d_sched *s);
    void (*between)(void *ctx); /* after each slice (may be NULL) */
    void *between_ctx;
    void *data; /* the owner's */
} d_sched_t;

/* Initialises on loop. Returns 0 or a negative uv error. */
int d_sched_init(d_sched_t *s, uv_loop_t *loop);

/* Appends w (borrowed; stays the caller's to close) and wakes the scheduler. */
void d_sched_add(d_sched_t *s, d_workload_t *w);

/* Unlinks w. */
void d_sched_remove(d_sched_t *s, d_workload_t *w);

/* The workload with this name, or NULL. */
d_workload_t *d_sched_find(const d_sched_t *s, const char *name);

/* Call after anything that may have made a workload runnable (tick, resume,
 * restart). Cheap when nothing is runnable. */
void d_sched_wake(d_sched_t *s);

/* Stops and closes the handles; on_closed(s) runs once all are closed. */
void d_sched_close(d_sched_t *s, void (*on_closed)(d_sched_t *s));

#endif
