/* vm.h: the resumable dispatch loop. Python-level calls push a frame and
 * continue in the same C loop; the loop returns when its budget runs out
 * (RT_YIELD, the frames stay on the VM stack for the next rt__vm_run), when
 * the entry frame returns, or when an exception leaves the entry frame.
 *
 * Budgets: the instruction countdown is charged and checked at backward
 * jumps (by the jump's length) and calls (1), so a slice may overrun by one
 * loop body, and rt->instructions counts executed loop bodies and calls
 * (straight-line code between them is charged by its length when a loop
 * closes). The clock is read every RT_CHUNK (4096) charged instructions.
 *
 * Nested loops (rt_call from C: a builtin calling back into Python, such as
 * map, filter, sorted's key, a dunder written in Python, a generator driven
 * from C): a budgeted rt_run executes on the runtime's fiber (fiber.h), and a
 * nested loop there charges the same slice; when the slice is over it
 * suspends the fiber with its C callers, and the next rt_run resumes it. A
 * nested loop that cannot suspend (off the fiber: an unbudgeted run, a
 * collection started by the embedder; or during a collection or a dealloc)
 * runs to completion with no budget. What stops those is the interrupt flag
 * (rt.h): checked at the same safe points as the budget, at every depth, it
 * raises KeyboardInterrupt, which unwinds the nested run and its C caller
 * like any exception. docs/dev/nested-runs.md lists every caller. */
#ifndef CLOSURED_RUNTIME_VM_H
#define CLOSURED_RUNTIME_VM_H

#include "runtime/frame.h"
#include "runtime/object.h"
#include "runtime/rt.h"

/* Runs from rt->frame until the entry frame returns or the budget (NULL or
 * zeros: none) is spent. RT_DONE with *result set to the return value (a new
 * reference; may be NULL), RT_YIELD, or RT_ERR_RUNTIME with rt->exc set and
 * the frames unwound. */
rt_status rt__vm_run(rt_state *rt, const rt_budget *budget, rt_value *result);

/* Installs the slice a budgeted run (or a resumed fiber) runs under:
 * budget NULL or zeros for none. */
void rt__vm_slice_start(rt_state *rt, const rt_budget *budget);

/* Sets up a frame for calling Python function func with the vectorcall
 * arguments (borrowed): binds positionals, keywords, defaults, *args and
 * **kwargs exactly as CPython (its TypeError wording) and creates cells.
 * Returns the new frame (rt->frame), or NULL with an exception set. */
rt_frame *rt__vm_push_call(rt_state *rt, rt_value func, const rt_value *args, size_t nargs,
                           rt_value kwnames);
/* True when code is a forwarder's, `def wrapper(*args, **kwargs)`: no named
 * parameter, and neither of the two captured by a closure (no cell
 * variables: the frame's cells need no argument). */
static inline bool rt__code_is_forwarder(const rt_code *c)
{
    return (c->flags & (RT_CO_VARARGS | RT_CO_VARKEYWORDS)) ==
               (RT_CO_VARARGS | RT_CO_VARKEYWORDS) &&
           (c->argcount | c->kwonlyargcount | c->ncellvars) == 0;
}
/* The frame of a call of func, a forwarder (rt__code_is_forwarder), from
 * the dispatch loop: MOVES the caller's references to func and to
 * args[0..nargs) into it (all stolen, as rt__frame_push_exact does), the
 * positionals into the *args tuple and the last len(kwnames) values (their
 * names: kwnames, a tuple of distinct strs, borrowed) into the **kwargs
 * dict. The caller checked the recursion limit. The frame, or NULL with an
 * exception set, every stolen reference then released. */
rt_frame *rt__vm_push_forwarder(rt_state *rt, rt_value func, rt_value *args, uint32_t nargs,
                                rt_value kwnames);
/* rt__vm_push_call for a call through **kwargs: the keyword arguments are
 * the entries of kwargs (a dict with str keys, borrowed), bound without
 * building a tuple of their names. */
rt_frame *rt__vm_push_call_dict(rt_state *rt, rt_value func, const rt_value *args, size_t nargs,
                                rt_value kwargs);

/* rt_call for a Python function (func is one): a nested loop runs its
 * frame. For C callers whose callable is known to be a function (the
 * lru_cache wrapper's miss), so that rt_call's dispatch on the callable's
 * type, an indirect jump shared by every caller, is not taken twice per
 * call (the wrapper's, then the function's) and mispredicted each time. */
rt_value rt__call_function(rt_state *rt, rt_value func, const rt_value *args, size_t nargs,
                           rt_value kwnames);

/* Runs frame f, already linked as rt->frame (a generator's frame resumed
 * from C), as the entry frame of a nested loop without a budget; the
 * caller checked rt__vm_nest_check first. Same results as rt__vm_run. */
rt_status rt__vm_resume(rt_state *rt, rt_frame *f, rt_value *result);

/* 0, or -1 with RecursionError when C callers nest VM loops too deeply. */
int rt__vm_nest_check(rt_state *rt);

/* The safe point of loops written in C that run no Python code and may run
 * for long: sum(range(10**18)), `x in itertools.count()`, max over a
 * million-item zip. Such a loop calls rt__vm_c_step once per item (rt_iternext
 * does it for every C consumer of an iterator). Every RT_C_STRIDE steps it
 * charges RT_C_STRIDE instructions to the running slice (not to
 * rt->instructions, which counts the VM's own), raises KeyboardInterrupt when
 * the interrupt flag is set (-1), and when the slice is over and the code may
 * suspend (fiber.h) suspends the fiber, as a nested VM loop does at its safe
 * points. The caller must tolerate both, as it does around any call into
 * Python: hold references to what it uses, and unwind on -1. */
#define RT_C_STRIDE 1024
int rt__vm_c_point(rt_state *rt);
#define rt__vm_c_step(rt) (--(rt)->c_steps > 0 ? 0 : rt__vm_c_point(rt))

/* For long C work that cannot suspend (the steps of a big-int power): -1
 * with KeyboardInterrupt when the interrupt flag is set, else 0. */
int rt__vm_c_check(rt_state *rt);
/* Raises the KeyboardInterrupt the interrupt flag asks for (its message says
 * whether the slice overran the time limit or the workload is being stopped). */
void rt__vm_raise_interrupt(rt_state *rt);

/* Releases VM-owned state (the frame stack must be empty). */
void rt__vm_dispose(rt_state *rt);

#endif
