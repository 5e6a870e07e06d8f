/* frame.c: frames on the VM stack: push/pop, cell creation on entry, and
 * the root walk the inspector uses. */
#include "runtime/frame.h"

#include <stdlib.h>
#include <string.h>

#include "runtime/cell.h"
#include "runtime/exc.h"
#include "runtime/exec.h"
#include "runtime/func.h"
#include "runtime/gen.h"
#include "runtime/heap.h"
#include "runtime/ops.h"
#include "runtime/state.h"

/* Chunks grow from CHUNK_MIN to CHUNK_BYTES, doubling: a small program under
 * a small heap limit needs only a small charged stack. */
#define CHUNK_MIN (16u * 1024u)
#define CHUNK_BYTES (256u * 1024u)

/* Chunks are linked through `prev`; a chunk emptied by a pop is kept as the
 * spare (rt->vmstack's `spare` is the chunk after the current one), so a
 * call at a chunk boundary does not malloc every time. */
typedef struct chunk_hdr {
    rt_vmchunk *next; /* the spare after this one */
} chunk_hdr;

/* Chunks are charged to the heap limit (owner NULL): deep recursion under a
 * raised recursion limit ends in MemoryError, not in the host's memory. */
static size_t chunk_bytes(const rt_vmchunk *c)
{
    return (size_t)(c->end - (const char *)c);
}

static void chunk_free(rt_state *rt, rt_vmchunk *c)
{
    rt_heap_free(rt, NULL, c, chunk_bytes(c));
}

static char *chunk_base(rt_vmchunk *c);

/* A new chunk for a frame of `need` bytes, twice the size of the one before
 * it; NULL with MemoryError set. */
static rt_vmchunk *chunk_new(rt_state *rt, size_t need, rt_vmchunk *prev)
{
    size_t size = prev ? (size_t)(prev->end - chunk_base(prev)) * 2 : CHUNK_MIN;
    if (size > CHUNK_BYTES)
        size = CHUNK_BYTES;
    if (size < need)
        size = need;
    rt_vmchunk *c = rt_heap_alloc(rt, NULL, sizeof(rt_vmchunk) + sizeof(chunk_hdr) + size);
    if (!c)
        return NULL;
    c->prev = prev;
    c->top = c->data + sizeof(chunk_hdr);
    c->end = c->top + size;
    ((chunk_hdr *)c->data)->next = NULL;
    return c;
}

static rt_vmchunk **spare_of(rt_vmchunk *c)
{
    return &((chunk_hdr *)c->data)->next;
}
static char *chunk_base(rt_vmchunk *c)
{
    _Static_assert(sizeof(chunk_hdr) == sizeof(rt_vmchunk *), "rt__vmchunk_base (frame.h)");
    return rt__vmchunk_base(c);
}

rt_frame *rt__frame_push(rt_state *rt, rt_code *code, rt_value func)
{
    size_t nslots = (size_t)code->nlocals + code->ncellvars + code->nfreevars;
    size_t bytes = rt__frame_size(code);
    rt_vmchunk *ch = rt->vmstack;
    if (!ch || (size_t)(ch->end - ch->top) < bytes) {
        rt_vmchunk *next = ch ? *spare_of(ch) : NULL;
        if (next && (size_t)(next->end - chunk_base(next)) >= bytes) {
            next->top = chunk_base(next);
        } else {
            if (next) {
                /* too small: drop the spare (and whatever it kept) */
                rt_vmchunk *n = next;
                while (n) {
                    rt_vmchunk *nn = *spare_of(n);
                    chunk_free(rt, n);
                    n = nn;
                }
                *spare_of(ch) = NULL;
            }
            next = chunk_new(rt, bytes, ch);
            if (!next)
                return NULL;
            if (ch)
                *spare_of(ch) = next;
        }
        rt->vmstack = ch = next;
    }
    rt_frame *f = (rt_frame *)ch->top;
    ch->top += bytes;
    f->back = rt->frame;
    f->code = code;
    rt_incref(rt_from_obj(code));
    f->func = func;
    rt_incref(func);
    f->ip = code->insns;
    f->cells = f->locals + code->nlocals;
    f->stack = f->locals + nslots;
    f->sp = f->stack;
    f->blocks = (rt_block *)(f->stack + code->stacksize);
    f->handled = RT_NULL;
    f->globals = rt_is_obj(func) && (rt_as_obj(func)->flags & RT_FUNC_F_GLOBALS)
                     ? rt_func_globals(rt_func_of(func))
                     : RT_NULL;
    f->ns = RT_NULL;
    f->locals_dict = RT_NULL;
    f->nblocks = 0;
    f->is_entry = 0;
    f->flags = 0;
    f->size = (uint32_t)bytes;
    memset(f->locals, 0, nslots * sizeof(rt_value));
    rt->frame = f;
    return f;
}

int rt__frame_init_cells(rt_state *rt, rt_frame *f)
{
    rt_code *c = f->code;
    for (uint32_t i = 0; i < c->ncellvars; i++) {
        rt_value v = RT_NULL;
        int32_t a = c->cell2arg[i];
        if (a >= 0) {
            v = f->locals[a];
            f->locals[a] = RT_NULL;
        }
        rt_value cell =
            i < 16 && ((c->box_cells >> i) & 1u) ? rt__cell_new_boxed(rt, v) : rt_cell_new(rt, v);
        if (!cell)
            return -1;
        f->cells[i] = cell;
    }
    if (c->nfreevars) {
        rt_func *fn = rt_func_of(f->func);
        if (!c->ncellvars && !(fn->hdr.flags & RT_FUNC_F_CLEARED)) {
            f->cells = fn->cells; /* borrowed (frame.h); the own slots stay unset */
            return 0;
        }
        for (uint32_t i = 0; i < c->nfreevars; i++) {
            rt_value cell = fn->cells[i];
            if (!cell) { /* a function cleared by the collector */
                cell = rt_cell_new(rt, RT_NULL);
                if (!cell)
                    return -1;
            } else {
                rt_incref(cell);
            }
            f->cells[c->ncellvars + i] = cell;
        }
    }
    return 0;
}

void rt__frame_cell_box(rt_state *rt, rt_frame *f, uint32_t i)
{
    rt_code *c = f->code;
    if (i < c->ncellvars && i < 16 && f->cells == f->locals + c->nlocals)
        c->box_cells = (uint16_t)(c->box_cells | (1u << i));
    rt__cell_box_new(rt, rt_cell_of(f->cells[i]));
}

void rt__frame_clear(rt_state *rt, rt_frame *f)
{
    rt_code *c = f->code;
    rt_value *own = f->locals + c->nlocals;
    size_t nslots = (size_t)(rt__frame_owned_end(f) - f->locals);
    while (f->sp > f->stack) {
        rt_value v = *--f->sp;
        rt_decref(rt, v);
    }
    for (size_t i = 0; i < nslots; i++) {
        rt_value v = f->locals[i];
        f->locals[i] = RT_NULL;
        rt_decref(rt, v);
    }
    if (f->cells != own) { /* borrowed from the function, which is released below */
        f->cells = own;
        for (uint32_t i = 0; i < c->ncellvars + c->nfreevars; i++)
            own[i] = RT_NULL;
    }
    rt_value h = f->handled, fn = f->func, ld = f->locals_dict, ns = f->ns;
    f->handled = RT_NULL;
    f->func = RT_NULL;
    f->locals_dict = RT_NULL;
    f->ns = RT_NULL;
    f->globals = RT_NULL;
    f->nblocks = 0;
    rt_decref(rt, h);
    rt_decref(rt, fn);
    rt_decref(rt, ld);
    rt_decref(rt, ns);
}

void rt__frame_pop(rt_state *rt, rt_frame *f)
{
    if ((f->flags & RT_FRAME_SEEN) && f->locals_dict && rt_as_obj(f->locals_dict)->refcnt > 1 &&
        (f->code->flags & RT_CO_OPTIMIZED)) {
        /* a frame object outlives the frame: it shows the locals the frame
         * ended with, as CPython's does */
        rt_value saved = rt->exc;
        rt->exc = RT_NULL;
        rt_value d = rt_frame_locals(rt, f);
        if (d)
            rt_decref(rt, d);
        else
            rt_exc_clear(rt);
        rt->exc = saved;
    }
    rt->frame = f->back;
    if (f->flags & RT_FRAME_GEN) {
        f->back = NULL;
        rt__gen_finish(rt, f);
        return;
    }
    rt_code *c = f->code;
    for (rt_value *p = f->sp; p > f->stack;)
        rt_decref(rt, *--p);
    for (rt_value *p = f->locals, *end = rt__frame_owned_end(f); p < end; p++)
        rt_decref(rt, *p);
    rt_decref(rt, f->handled);
    rt_decref(rt, f->locals_dict);
    rt_decref(rt, f->ns);
    rt_decref(rt, f->func);
    rt_vmchunk *ch = rt->vmstack;
    ch->top = (char *)f;
    if (ch->top == chunk_base(ch) && ch->prev)
        rt->vmstack = ch->prev;
    rt_decref(rt, rt_from_obj(c));
}

void rt__frame_move(rt_state *rt, rt_frame *f, rt_frame *dst)
{
    rt_code *c = f->code;
    size_t nslots = (size_t)c->nlocals + c->ncellvars + c->nfreevars;
    memcpy(dst, f, f->size);
    dst->back = NULL;
    if (f->cells == f->locals + c->nlocals) /* else borrowed from the function: unchanged */
        dst->cells = dst->locals + c->nlocals;
    dst->stack = dst->locals + nslots;
    dst->sp = dst->stack + (f->sp - f->stack);
    dst->blocks = (rt_block *)(dst->stack + c->stacksize);
    rt->frame = f->back;
    rt_vmchunk *ch = rt->vmstack;
    ch->top = (char *)f;
    if (ch->top == chunk_base(ch) && ch->prev)
        rt->vmstack = ch->prev;
}

void rt__vmstack_dispose(rt_state *rt)
{
    rt_vmchunk *ch = rt->vmstack;
    if (!ch)
        return;
    while (ch->prev)
        ch = ch->prev;
    while (ch) {
        rt_vmchunk *n = *spare_of(ch);
        chunk_free(rt, ch);
        ch = n;
    }
    rt->vmstack = NULL;
}

void rt__frame_traverse(rt_frame *f, bool with_stack, rt_visit_fn visit, void *arg)
{
    rt_code *c = f->code;
    size_t nslots =
        (size_t)(rt__frame_owned_end(f) - f->locals); /* borrowed cells: the function's */
    visit(&c->hdr, arg);
    if (rt_is_obj(f->func))
        visit(rt_as_obj(f->func), arg);
    if (rt_is_obj(f->handled))
        visit(rt_as_obj(f->handled), arg);
    if (rt_is_obj(f->locals_dict))
        visit(rt_as_obj(f->locals_dict), arg);
    if (rt_is_obj(f->ns))
        visit(rt_as_obj(f->ns), arg);
    for (size_t i = 0; i < nslots; i++)
        if (rt_is_obj(f->locals[i]))
            visit(rt_as_obj(f->locals[i]), arg);
    if (!with_stack)
        return;
    for (rt_value *p = f->stack; p < f->sp; p++)
        if (rt_is_obj(*p))
            visit(rt_as_obj(*p), arg);
}

void rt__frames_traverse(rt_state *rt, rt_visit_fn visit, void *arg)
{
    for (rt_frame *f = rt->frame; f; f = f->back)
        rt__frame_traverse(f, true, visit, arg);
}

static size_t frame_size(const rt_obj *o)
{
    (void)o;
    return sizeof(rt_frame);
}

static void frame_dealloc(rt_state *rt, rt_obj *o)
{
    (void)rt;
    (void)o;
}

const rt_typeinfo rt__frame_typeinfo = {"frame", true, frame_size, NULL, NULL, frame_dealloc};
