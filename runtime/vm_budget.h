/* vm_budget.h: the slice budget as the dispatch loop (vm.c) charges it: the
 * loop's view of its slice, the chunk it counts down between checkpoints,
 * and the interrupt flag read at its safe points. The exported side (a
 * slice's start, the safe points of loops written in C, the interrupt's
 * KeyboardInterrupt) is declared in vm.h; vm_budget.c has both. Internal to
 * the VM.
 *
 * What stays inline is what the loop's fast paths read (the chunk size, the
 * flag); the calls below are made once per chunk (RT_CHUNK instructions),
 * at a yield and when a frame leaves the loop. */
#ifndef CLOSURED_RUNTIME_VM_BUDGET_H
#define CLOSURED_RUNTIME_VM_BUDGET_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>

#include "runtime/state.h"

/* Instructions between checkpoints (budget, clock, pending collection). */
#define RT_CHUNK 4096

/* A loop's view of the slice: the budget it charges (rt->slice, shared by the
 * outermost loop of a budgeted run and the nested loops on the fiber; or its
 * own unlimited one) and its current chunk. */
typedef struct rt_slice_view {
    int64_t *remaining; /* instructions left (INT64_MAX: unlimited) */
    uint64_t *deadline; /* 0: none */
    int64_t own_remaining;
    uint64_t own_deadline;
    int64_t chunk; /* the size of the current chunk */
} rt_slice_view;

/* The next chunk: RT_CHUNK, or what is left of the slice (at least 1: a
 * nested loop entered after the slice ran out stops at its first safe point). */
static inline int64_t rt__vm_chunk_size(int64_t remaining)
{
    return remaining < RT_CHUNK ? (remaining > 0 ? remaining : 1) : RT_CHUNK;
}

/* Whether the embedder asked to stop the running code (rt.h, rt_config.interrupt).
 * A relaxed load: the flag orders nothing else, and the next safe point sees it. */
static inline bool rt__vm_interrupted(rt_state *rt)
{
    return atomic_load_explicit(rt->cfg.interrupt, memory_order_relaxed) != RT_INTERRUPT_NONE;
}

/* Accounts a finished chunk (*tick: what is left of it); returns true when
 * the slice is over. Starts the next chunk either way. */
bool rt__vm_checkpoint(rt_state *rt, rt_slice_view *s, int64_t *tick);
/* A nested loop whose slice is over: suspends the fiber until the next
 * rt_run, then starts a chunk of the new slice. */
void rt__vm_suspend_nested(rt_state *rt, rt_slice_view *s, int64_t *tick);
/* Adds the instructions of the unfinished chunk to rt->instructions and
 * charges them to the slice (an outer loop goes on with what is left). */
void rt__vm_account(rt_state *rt, const rt_slice_view *s, int64_t tick);

#endif
