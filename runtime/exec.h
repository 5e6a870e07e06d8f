/* exec.h: exec(), eval(), compile(), globals() and locals() (exec.c). */
#ifndef CLOSURED_RUNTIME_EXEC_H
#define CLOSURED_RUNTIME_EXEC_H

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

/* Binds exec, eval, compile, globals and locals in the builtins dict d.
 * 0, or -1 with MemoryError set. */
int rt__exec_builtins_add(rt_state *rt, rt_value d);

#endif
