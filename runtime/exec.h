/* exec.h: exec(), eval(), compile(), globals() and locals() (exec.c). */
#ifndef CLOSURED_RUNTIME_EXEC_H
#define CLOSURED_RUNTIME_EXEC_H

#include "runtime/code.h"
#include "runtime/object.h"

/* locals() of the running code (new reference): the module's (or exec's)
 * namespace dict itself at module level; in a function the frame's locals
 * dict, refreshed with its bound locals, cells and free variables (the same
 * dict on every call, as CPython 3.11: writing to it changes no variable).
 * RT_NULL with MemoryError. */
rt_value rt_locals_snapshot(rt_state *rt);

/* The same for frame f, any running frame (f_locals of sys._getframe()'s
 * frames); f NULL means the module's namespace. */
struct rt_frame;
rt_value rt_frame_locals(rt_state *rt, struct rt_frame *f);

/* Brings dict d up to date with the variables of code c: locals[0..nlocals)
 * by c's varnames, then the cells (ncellvars + nfreevars cell objects, or
 * RT_NULL) by its cell and free variable names, holding what each cell holds
 * now; an unbound variable's name is removed. 0, or -1 with the dict's error. */
int rt__code_locals_fill(rt_state *rt, rt_value d, const rt_code *c, const rt_value *locals,
                         const rt_value *cells);

/* Binds exec, eval, compile, globals and locals in the builtins dict d.
 * 0, or -1 with MemoryError set. */
int rt__exec_builtins_add(rt_state *rt, rt_value d);

#endif
