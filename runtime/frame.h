/* frame.h: activation records of Python-level calls and the VM-owned stack
 * they live on. A frame is NOT a heap object: it is carved from a chunk of
 * the VM stack (CPython 3.11's data stack), so a call allocates nothing.
 *
 * Layout of one frame in its chunk:
 *   rt_frame | localsplus[nlocals] | cells[ncellvars + nfreevars] |
 *   stack[stacksize] | blocks[maxblocks]
 *
 * Free variables: a frame whose code has free variables and no cell
 * variables (the common closure: `multiplier`, `increment`) reads them
 * through its function's own cells: `cells` points at the function's cell
 * array, borrowed (the frame owns the function, and the function owns its
 * cells), and the frame's cell slots are unused: a call copies and counts
 * nothing for them. Every other frame owns its cells in its slots (cell
 * variables are the frame's own; a function with both kinds copies its free
 * cells after them, so that one index reaches either). A function the
 * collector cleared (RT_FUNC_F_CLEARED: its cells are RT_NULL) is never
 * borrowed from: its frames make fresh empty cells, as before.
 * rt__frame_owned_end says which slots a frame owns; only those are
 * released, cleared and traversed.
 *
 * Ownership: a frame owns a reference to its code and function, to every
 * local, every cell in its own slots (not borrowed ones, above), every stack value, to `handled`,
 * `ns` and `locals_dict`
 * (`globals` is borrowed, see below). The frames are roots for
 * the inspector (rt__frames_traverse); the cycle collector needs no roots
 * (CPython's rule: references from frames are external references), so
 * frames are not gc-tracked. `sp` and `ip` are exact whenever the VM is not
 * inside an instruction: at a yield, at a safe point, and around every call
 * out of the loop that can run Python code (calls, dunders, attribute
 * access, hashing, iteration: vm.c's SAVE_SP), which is when a nested run
 * may suspend with this frame mid-instruction and the embedder read its
 * stack (graph.c). One release inside an instruction runs Python code at
 * once: a suspended generator's last reference closes it (gen.c), and its
 * finally blocks then see the caller's `sp` as last saved. The collector
 * never reads a running frame's stack (gen.c's traverse skips a running
 * generator's), so it does not depend on `sp` there. */
#ifndef CLOSURED_RUNTIME_FRAME_H
#define CLOSURED_RUNTIME_FRAME_H

#include "runtime/cell.h"
#include "runtime/code.h"
#include "runtime/func.h"
#include "runtime/object.h"
#include "runtime/state.h"

/* One active try block: where to go on an exception, and the stack depth
 * (values above localsplus + nlocals + ncells) to unwind to first. */
typedef struct rt_block {
    uint32_t handler;
    uint32_t level;
} rt_block;

typedef struct rt_frame {
    struct rt_frame *back; /* the caller, NULL for the outermost */
    rt_code *code;         /* owned */
    rt_value func;         /* owned; RT_NULL for module code */
    const uint32_t *ip;    /* the next instruction */
    rt_value *sp;          /* one past the top of the value stack */
    rt_value *stack;       /* bottom of the value stack */
    rt_value *cells;       /* cellvars then freevars (cell objects) */
    rt_block *blocks;
    rt_value handled; /* the exception being handled (bare `raise`), owned or RT_NULL */
    /* Module-level code run by exec()/eval() (exec.c): the globals dict its
     * names resolve in (RT_NULL: rt->globals; borrowed: exec() holds it while
     * the frame runs, and a function with its own globals, func.h, holds
     * them for its frames), and the separate locals mapping names are stored
     * in and read from first (RT_NULL: none; owned). */
    rt_value globals;
    rt_value ns;
    /* locals() of a function frame (exec.c): one dict per frame, refreshed
     * by every locals() call, as CPython 3.11's f_locals. Owned or RT_NULL. */
    rt_value locals_dict;
    uint16_t nblocks;
    uint8_t is_entry;  /* returning from it leaves the current vm loop */
    uint8_t flags;     /* RT_FRAME_* */
    uint32_t size;     /* bytes of this frame in its chunk */
    rt_value locals[]; /* nlocals, then the cells, then the stack */
} rt_frame;

/* rt_frame.flags. A generator's frame (RT_FRAME_GEN) lives inside its
 * generator object (gen.h), not on the VM stack: resuming links it as
 * rt->frame, a yield unlinks it, and returning or raising out of it finishes
 * the generator. RT_FRAME_THROW: the frame is being resumed by gen.throw();
 * the loop starts by raising rt->exc in it. RT_FRAME_INIT: the frame runs
 * __init__ for a class call; the new instance waits on the caller's stack,
 * and the return value must be None (it is dropped). RT_FRAME_CLASS: a class
 * body; `ns` is the class namespace. */
#define RT_FRAME_GEN 1u
#define RT_FRAME_THROW 2u
#define RT_FRAME_INIT 4u
#define RT_FRAME_CLASS 8u
/* RT_FRAME_ITERNEXT: __next__ run for a FOR_ITER; StopIteration leaving it
 * ends the caller's loop. RT_FRAME_DISCARD: __setitem__ run for a
 * STORE_SUBSCR; its return value is dropped. */
#define RT_FRAME_ITERNEXT 16u
#define RT_FRAME_DISCARD 32u
/* RT_FRAME_SEEN: a frame object describes this frame (sys._getframe, a
 * traceback read in its handler): its locals dict is refreshed when it ends. */
#define RT_FRAME_SEEN 64u
/* RT_FRAME_LRU: a cache wrapper's miss run as a frame of the calling loop
 * (vm.c's CALL): the caller's stack holds the cache's change count, the
 * wrapper and the arguments (as many as the frame's code takes: the key's
 * lanes) where the result goes, and the return stores the result under
 * that key. */
#define RT_FRAME_LRU 128u

/* A chunk of the VM stack (malloc'd runtime-internal memory, not objects). */
typedef struct rt_vmchunk {
    struct rt_vmchunk *prev;
    char *top, *end;
    char data[];
} rt_vmchunk;

/* Where the first frame of chunk c starts: after the link to the spare
 * chunk that follows it (frame.c). */
static inline char *rt__vmchunk_base(rt_vmchunk *c)
{
    return c->data + sizeof(rt_vmchunk *);
}

/* Bytes of a frame for c in its chunk (16-aligned). */
static inline size_t rt__frame_bytes(const rt_code *c)
{
    size_t nslots = (size_t)c->nlocals + c->ncellvars + c->nfreevars;
    size_t bytes = sizeof(rt_frame) + (nslots + c->stacksize) * sizeof(rt_value) +
                   (size_t)c->maxblocks * sizeof(rt_block);
    return (bytes + 15) & ~(size_t)15;
}

/* rt__frame_bytes, remembered in the code object after the first call. */
static inline size_t rt__frame_size(rt_code *c)
{
    if (__builtin_expect(c->frame_units != 0, 1))
        return (size_t)c->frame_units << 4;
    size_t bytes = rt__frame_bytes(c);
    if ((bytes >> 4) <= UINT16_MAX)
        c->frame_units = (uint16_t)(bytes >> 4);
    return bytes;
}

/* One past the last slot f owns: its locals, then its own cells, unless it
 * reads its free variables through its function's cells (see the top). */
static inline rt_value *rt__frame_owned_end(const rt_frame *f)
{
    const rt_code *c = f->code;
    rt_value *own = (rt_value *)f->locals + c->nlocals;
    return f->cells == own ? own + c->ncellvars + c->nfreevars : own;
}

/* Pushes a frame for code (borrowed; the frame takes its own reference) and
 * func (borrowed, may be RT_NULL) on the VM stack, with every local unset,
 * no cells yet and an empty value stack; links it as rt->frame. Returns
 * NULL with MemoryError set when out of memory. */
rt_frame *rt__frame_push(rt_state *rt, rt_code *code, rt_value func);

/* Creates the frame's cells: cellvars (fresh; a cell parameter takes its
 * argument's value) and freevars (the function's cells: borrowed through
 * `cells` when there are no cellvars, see the top). 0 or -1 with
 * MemoryError. */
int rt__frame_init_cells(rt_state *rt, rt_frame *f);

/* rt_cell_set_steal for STORE_DEREF: cell slot i of the innermost frame f
 * takes v (stolen). A cell variable's first container boxes its cell and
 * marks the variable in its code's box_cells, so that later frames make
 * that cell born boxed (rt__frame_init_cells). */
void rt__frame_cell_box(rt_state *rt, rt_frame *f, uint32_t i);
static inline void rt__frame_store_deref(rt_state *rt, rt_frame *f, uint32_t i, rt_value v)
{
    rt_cell *cell = rt_cell_of(f->cells[i]);
    if (__builtin_expect(!(cell->hdr.flags & RT_F_BOXED) && rt__cell_may_cycle(v), 0))
        rt__frame_cell_box(rt, f, i);
    rt_value *slot = rt__cell_slot(cell);
    rt_value old = *slot;
    *slot = v;
    rt_decref(rt, old);
}

/* Releases everything the innermost frame f owns and pops it (rt->frame =
 * f->back). A generator's frame is unlinked and its generator finished. */
void rt__frame_pop(rt_state *rt, rt_frame *f);

/* Moves the innermost frame f (on the VM stack) into dst, caller-owned
 * storage of f->size bytes: the references move with it, dst is unlinked
 * (dst->back = NULL) and f is popped from the VM stack without releasing
 * anything. For generators: their frame lives in the generator object. */
void rt__frame_move(rt_state *rt, rt_frame *f, rt_frame *dst);

/* Releases every value f holds (locals, cells, stack, handled exception,
 * function) and leaves it empty; f keeps its code. For a finished
 * generator's frame. */
void rt__frame_clear(rt_state *rt, rt_frame *f);

/* Visits every heap object frame f references (as rt__frames_traverse does
 * for one frame); its value stack only when with_stack (a frame that is
 * running may be mid-instruction, where f->sp is stale). */
void rt__frame_traverse(rt_frame *f, bool with_stack, rt_visit_fn visit, void *arg);

/* Frees the VM stack chunks (the frame stack must be empty). */
void rt__vmstack_dispose(rt_state *rt);

/* Visits every heap object the live frames reference (locals, cells, stack,
 * code, function, handled exception). Valid while the VM is not
 * mid-instruction. */
void rt__frames_traverse(rt_state *rt, rt_visit_fn visit, void *arg);

/* Slots for rt_typeinfos[RT_T_FRAME]. No RT_T_FRAME object is ever
 * allocated (frames live on the VM stack); the record exists so the table is
 * complete. */
extern const rt_typeinfo rt__frame_typeinfo;

/* ---- the call fast path (inline: vm.c's CALL) ------------------------------ */

/* Pushes a frame for func (a Python function whose parameters are exactly
 * nargs positional ones), MOVING the caller's reference to func and to
 * args[0..nargs) into it (all stolen), so no count changes; clears only the
 * slots the arguments do not fill, and reads the free variables through
 * the function's cells (or copies them in after its cell variables).
 * Returns the frame, linked as rt->frame; NULL with an exception set, every
 * stolen reference then released. The caller checked the recursion limit;
 * this counts the new depth. */
static inline __attribute__((always_inline)) rt_frame *
rt__frame_push_exact(rt_state *rt, rt_value func, rt_value *args, uint32_t nargs)
{
    rt_func *fn = rt_func_of(func);
    rt_code *code = fn->code;
    size_t bytes = rt__frame_size(code);
    rt_vmchunk *ch = rt->vmstack;
    rt_frame *f;
    if (__builtin_expect(ch && (size_t)(ch->end - ch->top) >= bytes, 1)) {
        f = (rt_frame *)ch->top;
        ch->top += bytes;
        f->back = rt->frame;
        f->code = code;
        code->hdr.refcnt++; /* an object: rt_incref without its test (always inlined) */
        f->func = func;
        f->ip = code->insns;
        uint32_t nlocals = code->nlocals, nfree = code->nfreevars;
        rt_value *cells = f->locals + nlocals;
        rt_value *stack = cells + code->ncellvars + nfree;
        f->cells = cells;
        f->stack = stack;
        f->sp = stack;
        f->blocks = (rt_block *)(stack + code->stacksize);
        f->handled = RT_NULL;
        f->globals = (fn->hdr.flags & RT_FUNC_F_GLOBALS) ? rt_func_globals(fn) : RT_NULL;
        f->ns = RT_NULL;
        f->locals_dict = RT_NULL;
        f->nblocks = 0;
        f->is_entry = 0;
        f->flags = 0;
        f->size = (uint32_t)bytes;
        rt_value *dst = f->locals, *end = dst + nargs;
        const rt_value *src = args;
        while (dst < end)
            *dst++ = *src++;
        for (end = cells + code->ncellvars; dst < end;)
            *dst++ = RT_NULL;
        rt->frame = f;
        rt->depth++;
        if (__builtin_expect(!code->ncellvars && !(fn->hdr.flags & RT_FUNC_F_CLEARED), 1)) {
            f->cells = fn->cells; /* borrowed: nothing to copy or count */
            return f;
        }
        /* cell variables (or a function cleared by the collector, whose empty
         * cells rt__frame_init_cells replaces): the frame's own cell slots */
        for (uint32_t i = 0; i < nfree; i++)
            cells[code->ncellvars + i] = RT_NULL;
    } else {
        f = rt__frame_push(rt, code, func);
        if (!f) {
            rt_decref(rt, func);
            for (uint32_t i = 0; i < nargs; i++)
                rt_decref(rt, args[i]);
            return NULL;
        }
        rt_decref(rt, func); /* the frame took its own reference */
        for (uint32_t i = 0; i < nargs; i++)
            f->locals[i] = args[i];
        rt->depth++;
        if (!code->ncellvars && !code->nfreevars)
            return f;
    }
    if (rt__frame_init_cells(rt, f) < 0) {
        rt__frame_pop(rt, f);
        rt->depth--;
        return NULL;
    }
    return f;
}

/* rt__frame_pop for the return of a frame on the VM stack (not a
 * generator's, vm.c's RETURN_VALUE): the same contract, with the common case
 * (no handled exception, namespace or locals dict) inline. */
static inline __attribute__((always_inline)) void rt__frame_return(rt_state *rt, rt_frame *f)
{
    rt_vmchunk *ch = rt->vmstack;
    if (__builtin_expect((f->flags & RT_FRAME_GEN) || (f->handled | f->locals_dict | f->ns) ||
                             (char *)f == rt__vmchunk_base(ch),
                         0)) {
        rt__frame_pop(rt, f);
        return;
    }
    rt->frame = f->back;
    rt_code *c = f->code;
    for (rt_value *p = f->sp; p > f->stack;)
        rt_decref(rt, *--p);
    for (rt_value *p = f->locals, *end = rt__frame_owned_end(f); p < end; p++)
        rt_decref(rt, *p);
    rt_decref(rt, f->func);
    ch->top = (char *)f;
    rt_decref(rt, rt_from_obj(c));
}

#endif
