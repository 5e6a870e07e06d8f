/* fiber.h: a runtime's own C stack, on which every budgeted rt_run executes,
 * so that a nested run of workload code from C (sorted's key, map, min/max,
 * a __lt__ or __hash__ written in Python, a generator driven by a builtin)
 * can end the slice like the outermost loop: at the slice's end the nested
 * loop suspends the fiber, rt_run returns RT_YIELD, and the C callers' frames
 * wait on the fiber's stack until the next rt_run resumes them.
 *
 * States: no fiber (allocated by the first budgeted rt_run); idle (no run on
 * it); busy (a run is on it: executing while `on`, else suspended). While
 * suspended, the embedder may do anything it does between slices (inspect,
 * collect, publish): the runtime is at a safe point of a nested loop. Code
 * run then from the embedder's own stack (a collection's callbacks) cannot
 * suspend and keeps the unbudgeted rules (vm.h). Internal to runtime/. */
#ifndef CLOSURED_RUNTIME_FIBER_H
#define CLOSURED_RUNTIME_FIBER_H

#include <stdbool.h>

#include "runtime/rt.h"

typedef struct rt_fiber rt_fiber;

/* ---- fibers: a stack of the runtime's own, for work that may pause ----------
 * Used for budgeted runs (below) and for heap analyses in steps (graph.c). */

/* A new fiber (its stack reserved), or NULL when out of memory. */
rt_fiber *rt__fiber_new(rt_state *rt);
/* Frees fb, which must not be busy (NULL: nothing). */
void rt__fiber_free(rt_fiber *fb);
/* Runs body(arg) on fb (not busy) until it returns or leaves the fiber
 * (rt__fiber_leave); fb is busy until body returns. */
void rt__fiber_start(rt_fiber *fb, void (*body)(void *arg), void *arg);
/* Re-enters a busy fiber that left; returns when it leaves or ends again. */
void rt__fiber_continue(rt_fiber *fb);
/* Whether a body is on fb (executing or left); whether it executes now. */
bool rt__fiber_busy(const rt_fiber *fb);
bool rt__fiber_on(const rt_fiber *fb);
/* From the body on fb: switches back to whoever entered it. */
void rt__fiber_leave(rt_fiber *fb);

/* ---- the run fiber ------------------------------------------------------------ */

/* What a fiber runs: the pending code of rt under budget. */
typedef rt_status (*rt_fiber_body)(rt_state *rt, const rt_budget *budget);

/* Runs body(rt, budget) on rt's fiber (allocated on first use). Returns 0
 * with *status set to what body returned, or to RT_YIELD when a nested loop
 * suspended the run (rt__fiber_suspended is then true); -1 when no fiber
 * could be allocated (nothing ran: the caller runs body on its own stack). */
int rt__fiber_run(rt_state *rt, rt_fiber_body body, const rt_budget *budget, rt_status *status);

/* True while a run on rt's fiber is suspended: rt_run must resume it. */
bool rt__fiber_suspended(const rt_state *rt);

/* Resumes the suspended run with a new slice (budget: NULL or zeros for
 * none). Returns what rt__fiber_run's body returned, or RT_YIELD when it
 * suspended again. */
rt_status rt__fiber_resume(rt_state *rt, const rt_budget *budget);

/* True when the code running now may suspend: it runs on rt's fiber, and no
 * collection is under way or a deallocation in progress (a generator's
 * finally run by the collector or by its last decref: the collector's lists
 * and a dying object must not be left half handled while the embedder
 * inspects the heap; those nested runs rely on the interrupt). gc.callbacks
 * may suspend: they run before the collection starts ("start") and after it
 * has ended ("stop"), with the lists whole; the collection stays flagged as
 * running meanwhile, so no other one starts. */
bool rt__fiber_can_suspend(const rt_state *rt);

/* From a nested loop for which rt__fiber_can_suspend held: switches back to
 * the embedder's stack (rt_run returns RT_YIELD) and returns when the next
 * rt_run resumes the run, with that slice's budget installed in rt->slice. */
void rt__fiber_suspend(rt_state *rt);

/* Before rt_state_free tears anything down: unwinds a suspended run by
 * resuming it under the interrupt flag's RT_INTERRUPT_STOP (every safe point
 * raises KeyboardInterrupt, so the C callers return through their error
 * paths and free what they hold), restores the flag, and frees the stack. */
void rt__fiber_dispose(rt_state *rt);

#endif
