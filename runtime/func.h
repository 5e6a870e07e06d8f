/* func.h: function objects (RT_T_FUNCTION): a code object plus what a `def`
 * or `lambda` evaluated at run time: defaults, keyword-only defaults, an
 * optional attribute dict, and a FIXED INLINE array of cells (the closure).
 *
 * Layout is the headline figure "bytes per closure": 8 header + 32 fields +
 * 8 per cell (+16 gc link), so a function with one cell is 64 bytes and with
 * its cell (cell.h, 32 bytes) 96. The number of cells is code->nfreevars;
 * globals are the state's module namespace (one module per state), so
 * neither is stored.
 *
 * A function defined by code that exec() runs in a globals dict of its own
 * (exec.c) carries that dict in one more slot after the cells, flagged
 * RT_FUNC_F_GLOBALS; calling it runs its frames in that dict. Every other
 * function resolves its globals in the module and pays nothing for this.
 *
 * Ownership: a function owns its code, defaults, kwdefaults, dict, globals
 * (when flagged) and every cell. Functions are charged to their definition site (the MAKE_FUNCTION
 * instruction's line). */
#ifndef CLOSURED_RUNTIME_FUNC_H
#define CLOSURED_RUNTIME_FUNC_H

#include "runtime/code.h"
#include "runtime/object.h"

typedef struct rt_func {
    rt_obj hdr;
    rt_code *code;       /* owned */
    rt_value defaults;   /* tuple or RT_NULL, owned */
    rt_value kwdefaults; /* dict or RT_NULL, owned */
    rt_value dict;       /* the attribute dict (f.cache = {}); until there is one, RT_NULL
                            or, for a live closure, its registry index as a small int
                            (inspect.c): read it with rt_func_dict, set it with
                            rt__inspect_function_dict */
    rt_value cells[];    /* code->nfreevars cells, owned */
} rt_func;

#define RT_FUNC_F_GLOBALS RT_F_USER1 /* cells[nfreevars] is the function's own globals dict */

static inline rt_func *rt_func_of(rt_value v)
{
    return (rt_func *)rt_as_obj(v);
}
/* f's own globals dict (borrowed), or RT_NULL: the module's. */
static inline rt_value rt_func_globals(const rt_func *f)
{
    return (f->hdr.flags & RT_FUNC_F_GLOBALS) ? f->cells[f->code->nfreevars] : RT_NULL;
}
/* f's attribute dict (borrowed), or RT_NULL when it has none. */
static inline rt_value rt_func_dict(const rt_func *f)
{
    return rt_is_obj(f->dict) ? f->dict : RT_NULL;
}
static inline bool rt_is_func(rt_value v)
{
    return rt_is_obj(v) && rt_as_obj(v)->type == RT_T_FUNCTION;
}

/* A new function for code (borrowed) with defaults (tuple or RT_NULL,
 * stolen) and kwdefaults (dict or RT_NULL, stolen); cells[0..nfreevars) are
 * stolen. On failure every stolen reference is released and RT_NULL is
 * returned with MemoryError set. */
rt_value rt_func_new(rt_state *rt, rt_value code, rt_value defaults, rt_value kwdefaults,
                     rt_value *cells);
/* rt_func_new for a function with its own globals dict (borrowed; RT_NULL:
 * the module's, the same as rt_func_new). */
rt_value rt_func_new_in(rt_state *rt, rt_value code, rt_value defaults, rt_value kwdefaults,
                        rt_value *cells, rt_value globals);

/* f.name = v (v borrowed): stored in the function's attribute dict (created
 * on first use). 0, or -1 with an exception set. */
int rt_func_setattr(rt_state *rt, rt_value f, rt_value name, rt_value v);

/* Hooks for ops.c (ops.h): rt__func_getattr, rt__func_repr. */

extern const rt_typeinfo rt__function_typeinfo;

#endif
