/* finalize.h: __del__ finalizers (PEP 442) of instances of user classes.
 *
 * Each object's __del__ runs at most once (RT_INST_F_DEL_DONE). When
 * reference counting drops an instance whose class has __del__ to zero,
 * rt__dealloc hands it here instead of freeing it: it is queued alive (the
 * queue holds one reference, chained through its collector link) and its
 * __del__ runs at the VM's next safe point, the collector's hook, before
 * any weak-reference callback (CPython calls __del__ before it clears weak
 * references); then the queue's reference goes and the object is freed
 * unless __del__ stored it somewhere (resurrection). The collector runs the
 * finalizers of unreachable instances after clearing weak references and
 * before clearing anything, and frees the set only if it is still
 * unreachable afterwards (gc.c). No finalizer runs once the state is being
 * freed (a workload's deletion): rt__finalizers_shutdown drops the queue. */
#ifndef CLOSURED_RUNTIME_FINALIZE_H
#define CLOSURED_RUNTIME_FINALIZE_H

#include <stdbool.h>

#include "runtime/object.h"

/* Header flag of an instance (or an exception of a user class) whose __del__
 * has run or is queued. */
#define RT_INST_F_DEL_DONE RT_F_USER2

/* From rt__dealloc, o's count having dropped to zero: true when o is an
 * instance with a __del__ still to run, now queued (count 1, untracked);
 * false when it is to be freed. Allocates nothing. */
bool rt__finalizer_defer(rt_state *rt, rt_obj *o);
/* Runs the queued finalizers in the order their objects died (Python code
 * runs: call only at a safe point). An exception from one is printed as
 * CPython's "Exception ignored in: ..."; rt->exc is kept as it was. */
void rt__finalizers_run_pending(rt_state *rt);
/* The collector's finalize phase: calls __del__ of every instance of the
 * unreachable list that has one still to run (each held alive by the
 * collector), after the queued weak-reference callbacks as CPython. True
 * when any ran (the caller then checks resurrection). */
bool rt__finalizers_run_cyclic(rt_state *rt, rt_gc_link *unreachable);
/* The state is being freed: queued objects are freed without their
 * finalizer and no new one is queued. */
void rt__finalizers_shutdown(rt_state *rt);

/* Reports the pending exception as CPython's unraisable hook does:
 * "Exception ignored in: <repr of where>" and its traceback on stderr (the
 * source lines only while not exiting), then clears it. For exceptions out
 * of __del__, weakref callbacks and a generator's close() when it is freed,
 * which have no caller to raise into. */
void rt__report_unraisable(rt_state *rt, rt_value where, bool exiting);
/* The default unraisable report of exception e (borrowed: an exception
 * instance, or anything else for none) on stderr: `msg` (NULL: "Exception
 * ignored in"), ": " and the repr of `where` when it is neither RT_NULL nor
 * None, then e's traceback without its chain (the source lines only while
 * not exiting). Raises nothing; rt->exc is kept as it was. */
void rt__unraisable_write(rt_state *rt, rt_value e, const char *msg, rt_value where, bool exiting);
/* sys.unraisablehook (excepthook.c): when the program has set its own hook,
 * calls it with a sys.UnraisableHookArgs of e (borrowed) and `where`, and
 * returns 1 (a hook that raises is reported as CPython's "Exception ignored
 * in sys.unraisablehook: ..."); 0 when sys was never imported or the hook is
 * the default, for the caller's own report. Runs Python code; rt->exc is
 * kept as it was. */
int rt__unraisablehook_run(rt_state *rt, rt_value e, rt_value where);

#endif
