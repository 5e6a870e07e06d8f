/* func.h: function objects (RT_T_FUNCTION): a code object plus what a `def`
 * or `lambda` evaluated at run time: a FIXED INLINE array of cells (the
 * closure) and, behind one pointer allocated on first use, the parts most
 * functions never have: defaults, keyword-only defaults, an attribute dict.
 *
 * Layout is the headline figure "bytes per closure": 8 header + 8 code +
 * 8 extra + 8 per cell (+16 gc link), so a function with one cell is 48
 * bytes and with its cell (cell.h: 16 bytes while it holds no container)
 * 64. A function with defaults, keyword defaults or attributes owns a
 * 40-byte rt_func_extra besides, counted in its size. The number of cells is code->nfreevars;
 * globals are the state's module namespace (one module per state), so neither is stored.
 *
 * A function defined by code that exec() runs in a globals dict of its own
 * (exec.c) carries that dict in one more slot after the cells, flagged
 * RT_FUNC_F_GLOBALS; calling it runs its frames in that dict. Every other
 * function resolves its globals in the module and pays nothing for this.
 *
 * Ownership: a function owns its code, its extra record (and through it the
 * defaults, kwdefaults and dict), globals (when flagged) and every cell.
 * Functions are charged to their definition site (the MAKE_FUNCTION
 * instruction's line), their extra record with them. */
#ifndef CLOSURED_RUNTIME_FUNC_H
#define CLOSURED_RUNTIME_FUNC_H

#include "runtime/code.h"
#include "runtime/object.h"

/* The rarely set parts of a function (not an object: a heap buffer the
 * function owns and its size counts). */
typedef struct rt_func_extra {
    rt_value defaults;   /* tuple or RT_NULL, owned */
    rt_value kwdefaults; /* dict or RT_NULL, owned */
    rt_value dict;       /* the attribute dict (f.cache = {}) or RT_NULL, owned */
    size_t reg_index;    /* the closure registry's index (inspect.c), or SIZE_MAX */
    uint64_t reg_seq;    /* the closure's registration number, 0 when unregistered */
} rt_func_extra;

typedef struct rt_func {
    rt_obj hdr;
    rt_code *code; /* owned */
    /* 0: no extra record and not a registered closure; odd: no extra record,
     * bits 1-31 are the closure registry's index and bits 32-63 the
     * closure's registration number (inspect.c), so a closure's
     * registration costs no word of its own; else an owned rt_func_extra *,
     * which then holds both. Read it through rt_func_extra_of and the
     * accessors below. */
    uintptr_t ext;
    rt_value cells[]; /* code->nfreevars cells, owned */
} rt_func;

#define RT_FUNC_F_GLOBALS RT_F_USER1 /* cells[nfreevars] is the function's own globals dict */
/* The collector cleared it (its cells are RT_NULL): a frame of it makes
 * fresh empty cells instead of reading the function's (frame.h). */
#define RT_FUNC_F_CLEARED RT_F_USER2

static inline rt_func *rt_func_of(rt_value v)
{
    return (rt_func *)rt_as_obj(v);
}
/* f's own globals dict (borrowed), or RT_NULL: the module's. */
static inline rt_value rt_func_globals(const rt_func *f)
{
    return (f->hdr.flags & RT_FUNC_F_GLOBALS) ? f->cells[f->code->nfreevars] : RT_NULL;
}
/* f's extra record, or NULL when it has none. */
static inline rt_func_extra *rt_func_extra_of(const rt_func *f)
{
    return (f->ext & 1u) ? NULL : (rt_func_extra *)f->ext;
}
/* Calls visit on each object f references (its traverse slot): the code, the
 * extra record's defaults, kwdefaults and dict, the cells and the own globals
 * dict. Inline so that the collector's walks (gc.c), which see more functions
 * than any other kind in a closure-making program, call their own visit
 * directly instead of through two function pointers. */
static inline void rt__func_each_ref(const rt_func *f, rt_visit_fn visit, void *arg)
{
    visit(&f->code->hdr, arg);
    const rt_func_extra *x = rt_func_extra_of(f);
    if (x) {
        if (rt_is_obj(x->defaults))
            visit(rt_as_obj(x->defaults), arg);
        if (rt_is_obj(x->kwdefaults))
            visit(rt_as_obj(x->kwdefaults), arg);
        if (rt_is_obj(x->dict))
            visit(rt_as_obj(x->dict), arg);
    }
    /* the cells, then the own globals slot when flagged: read once (visit may
     * be opaque to the compiler, which would reload them every turn) */
    uint32_t n = f->code->nfreevars + ((f->hdr.flags & RT_FUNC_F_GLOBALS) != 0);
    const rt_value *cells = f->cells;
    for (uint32_t i = 0; i < n; i++)
        if (rt_is_obj(cells[i]))
            visit(rt_as_obj(cells[i]), arg);
}
/* f's attribute dict (borrowed), or RT_NULL when it has none. */
static inline rt_value rt_func_dict(const rt_func *f)
{
    const rt_func_extra *x = rt_func_extra_of(f);
    return x ? x->dict : RT_NULL;
}
/* f's defaults tuple (borrowed), or RT_NULL. */
static inline rt_value rt_func_defaults(const rt_func *f)
{
    const rt_func_extra *x = rt_func_extra_of(f);
    return x ? x->defaults : RT_NULL;
}
/* f's keyword-only defaults dict (borrowed), or RT_NULL. */
static inline rt_value rt_func_kwdefaults(const rt_func *f)
{
    const rt_func_extra *x = rt_func_extra_of(f);
    return x ? x->kwdefaults : RT_NULL;
}
static inline bool rt_is_func(rt_value v)
{
    return rt_is_obj(v) && rt_as_obj(v)->type == RT_T_FUNCTION;
}

/* types.FunctionType(code, globals, name=None, argdefs=None, closure=None): a
 * new function for a code object, with CPython's checks and messages (RxPY
 * copies functions so). A new reference, or RT_NULL with TypeError/ValueError. */
rt_value rt__func_construct(rt_state *rt, const rt_value *args, size_t nargs, rt_value kwnames);

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

/* f's extra record, allocated (empty) from the heap's reserve when f has
 * none, never raising: for the closure registry, which must not fail a
 * function's birth. NULL when the host is out of memory. */
rt_func_extra *rt__func_extra_reserve(rt_state *rt, rt_func *f);

/* f.name = v (v borrowed): stored in the function's attribute dict (created
 * on first use). 0, or -1 with an exception set. */
int rt_func_setattr(rt_state *rt, rt_value f, rt_value name, rt_value v);

/* Hooks for ops.c (ops.h): rt__func_getattr, rt__func_repr. */

extern const rt_typeinfo rt__function_typeinfo;

#endif
