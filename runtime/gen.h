/* gen.h: generator objects (RT_T_GENERATOR): a suspended frame kept off the
 * VM stack, resumed by linking it back as rt->frame.
 *
 * Life of a generator (CPython 3.11's design): calling a generator function
 * pushes an ordinary frame, binds the arguments and creates the cells; its
 * first instruction, RETURN_GENERATOR, moves that frame into a new generator
 * object and returns the generator. Every resume pushes the sent value on
 * the frame's stack (the first one is popped by the POP_TOP that follows
 * RETURN_GENERATOR; later ones are the value of the `yield` expression) and
 * links the frame as rt->frame. YIELD_VALUE unlinks it again; RETURN_VALUE
 * or an exception leaving it finishes the generator, which releases
 * everything the frame holds.
 *
 * Who resumes: the VM itself for `for` loops (FOR_ITER) and `yield from`
 * (SEND), without recursing on the C stack; C callers (next(), list(g),
 * sum(g), g.send/throw/close) through rt_gen_send, which runs a nested VM
 * loop with the generator's frame as its entry frame.
 *
 * Ownership: a generator owns its frame and, through it, the frame's code,
 * function, locals, cells, value stack and handled exception. It is a
 * container: the collector and the inspector see those references as the
 * generator's edges, so a suspended generator keeps its captured cells
 * alive and cycles through its frame are collected. A generator collected
 * (or freed) while suspended inside a try block is closed first, as in
 * CPython: GeneratorExit is raised at the `yield`, so `finally` runs. */
#ifndef CLOSURED_RUNTIME_GEN_H
#define CLOSURED_RUNTIME_GEN_H

#include "runtime/frame.h"
#include "runtime/object.h"
#include "runtime/ops.h"

typedef enum rt_gen_state {
    RT_GEN_CREATED,   /* not started: the frame waits at its first instruction */
    RT_GEN_SUSPENDED, /* stopped at a yield */
    RT_GEN_RUNNING,   /* its frame is linked into the frame chain */
    RT_GEN_FINISHED   /* returned or raised: the frame is empty */
} rt_gen_state;

/* rt_gen.agen: an asynchronous generator's bits (0 for the others) */
enum {
    RT_AGEN = 1u << 0,           /* made by an async def that yields (RT_CO_ASYNC_GENERATOR) */
    RT_AGEN_RUNNING = 1u << 1,   /* an asend/athrow awaitable is driving it (ag_running) */
    RT_AGEN_CLOSED = 1u << 2,    /* it ended with StopAsyncIteration or GeneratorExit */
    RT_AGEN_HOOKED = 1u << 3,    /* first iterated: sys.set_asyncgen_hooks' firstiter ran */
    RT_AGEN_FINALIZER = 1u << 4, /* a finalizer hook was set then: freeing it calls that */
};

typedef struct rt_gen {
    rt_obj hdr;
    uint8_t state;   /* rt_gen_state */
    uint8_t is_coro; /* made by an `async def` (RT_CO_COROUTINE): a coroutine */
    uint8_t agen;    /* RT_AGEN_* bits */
    uint8_t pad;
    uint32_t nbytes; /* the object's block: this header + the frame */
    rt_value name;   /* __name__ and __qualname__ (strs, owned): the function's at creation */
    rt_value qualname;
    /* the frame follows at RT_GEN_FRAME_OFFSET (rt_frame ends in a flexible array) */
} rt_gen;

#define RT_GEN_FRAME_OFFSET ((sizeof(rt_gen) + 15u) & ~(size_t)15u)

static inline rt_gen *rt_gen_of(rt_value v)
{
    return (rt_gen *)rt_as_obj(v);
}
static inline bool rt_is_gen(rt_value v)
{
    return rt_is_obj(v) && rt_as_obj(v)->type == RT_T_GENERATOR;
}
static inline bool rt_is_coro(rt_value v)
{
    return rt_is_gen(v) && rt_gen_of(v)->is_coro;
}
static inline bool rt_is_agen(rt_value v)
{
    return rt_is_gen(v) && rt_gen_of(v)->agen;
}
static inline rt_frame *rt_gen_frame(rt_gen *g)
{
    return (rt_frame *)((char *)g + RT_GEN_FRAME_OFFSET);
}
static inline rt_gen *rt_gen_of_frame(rt_frame *f)
{
    return (rt_gen *)((char *)f - RT_GEN_FRAME_OFFSET);
}

/* RETURN_GENERATOR: a new generator that takes over the innermost frame f
 * (on the VM stack; popped by this call). RT_NULL with MemoryError (f is
 * then left in place for the error path). */
rt_value rt__gen_new(rt_state *rt, rt_frame *f);

/* rt__gen_enter's refusals: raises the error for the state that refused
 * (running, a value sent to a just-started generator, the recursion limit)
 * and returns -1. */
int rt__gen_enter_refused(rt_state *rt, rt_gen *g, rt_value value);

/* Prepares g's frame to run: checks its state ("generator already
 * executing", sending non-None to a just-started generator) and the
 * recursion limit, pushes `value` (borrowed) on its stack, links it as
 * rt->frame above the current frame and marks g running. 0, or -1 with an
 * exception set. The VM calls this for FOR_ITER and SEND (every resume of a
 * generator loop passes here, hence inline); rt_gen_send for C callers. */
static inline int rt__gen_enter(rt_state *rt, rt_gen *g, rt_value value)
{
    if (__builtin_expect(g->state == RT_GEN_RUNNING ||
                             (g->state == RT_GEN_CREATED && value != RT_NONE) ||
                             rt->depth >= rt->recursion_limit,
                         0))
        return rt__gen_enter_refused(rt, g, value);
    rt_frame *f = rt_gen_frame(g);
    rt_incref(value);
    *f->sp++ = value;
    f->back = rt->frame;
    f->is_entry = 0;
    rt->frame = f;
    rt->depth++;
    g->state = RT_GEN_RUNNING;
    return 0;
}

/* YIELD_VALUE: unlinks g's frame (the innermost) and marks g suspended. */
static inline void rt__gen_suspend(rt_state *rt, rt_gen *g)
{
    rt_frame *f = rt_gen_frame(g);
    rt->frame = f->back;
    f->back = NULL;
    rt->depth--;
    g->state = RT_GEN_SUSPENDED;
}

/* Finishes the generator whose frame is f (already unlinked): releases what
 * the frame holds and marks it finished. Called by rt__frame_pop. */
void rt__gen_finish(rt_state *rt, rt_frame *f);

/* The iterator a suspended generator delegates to with `yield from`
 * (borrowed), or RT_NULL. */
rt_value rt__gen_yieldfrom(rt_gen *g);

/* SEND on a delegate that is not a running generator: next(recv) when v is
 * None (recv.__next__() for an iterator that is not a builtin one, so the
 * value of its StopIteration is kept), else recv.send(v); a finished
 * generator returns None. 1 with *out
 * the yielded value, 0 with *out the delegate's return value (StopIteration's
 * value), -1 with an exception set. */
int rt__gen_delegate_send(rt_state *rt, rt_value recv, rt_value v, rt_value *out);

/* An exception leaving generator g (PEP 479): a StopIteration (and in an
 * asynchronous generator a StopAsyncIteration) becomes "RuntimeError:
 * generator raised StopIteration" (coroutine, async generator) caused by
 * it; any other exception is left as it is. */
void rt__gen_check_stop(rt_state *rt, rt_gen *g);
/* CLEAR_FAST: *slot = RT_NULL, its value released (out of the dispatch
 * loop, which stays smaller). */
void rt__slot_clear(rt_state *rt, rt_value *slot);
/* GENEXPR_RAISE (compile_genexpr.c): the value stack ends [it, exc,
 * cells..., code] where code is a generator expression run in place in a
 * frame of code caller, its locals in the hidden slots. exc is raised again
 * as leaving the generator's frame: when the expression's code raised it,
 * the traceback entry the caller's code got there becomes the generator
 * expression's, keeping its f_locals (.0 = it, its variables, its free
 * names' cells) as CPython's traceback keeps the frame, and a StopIteration
 * becomes the RuntimeError of PEP 479; SUM_ADD's errors (sum()'s own) are
 * left as they are. The hidden slots are cleared; returns the stack's new
 * top ([it] left) and sets *reraise false: the caller records its entry at
 * the call. */
rt_value *rt__genexpr_raise(rt_state *rt, rt_code *caller, rt_value *hidden, rt_value *sp,
                            bool *reraise);

/* Raises StopIteration(value) (value stolen; no arguments for None) and
 * returns RT_NULL. */
rt_value rt__gen_raise_stop(rt_state *rt, rt_value value);

/* The exception throw(typ[, val[, tb]]) throws in (a new reference), from
 * the method's arguments, or RT_NULL with CPython's TypeError. */
rt_value rt__gen_throw_arg(rt_state *rt, const rt_value *args, size_t nargs);

/* Resumes g from C with `value` (borrowed) sent in. Returns 1 with *out the
 * yielded value (new reference), 0 with *out the return value (new
 * reference) when g finished, -1 with an exception set. */
int rt_gen_send(rt_state *rt, rt_value g, rt_value value, rt_value *out);

/* next(g) for C callers (rt_iternext's contract): 1 with *out, 0 exhausted
 * (the return value dropped), -1 with an exception set. */
int rt_gen_next(rt_state *rt, rt_value g, rt_value *out);

/* A consumer of an iterator's items (list(), sum(), min(), any(), ...):
 * called once per item with the item (stolen); returns 0 for the next
 * item, 1 to stop early, -1 with an exception set. It may run Python code
 * (a key function, __hash__, __eq__); the iterator is then between two
 * items, as it is between two next() calls. */
typedef int (*rt_iter_sink)(rt_state *rt, void *ctx, rt_value item);

/* rt_frame.is_entry of a generator's frame that rt_gen_drain runs: the
 * entry frame of its loop (any non-zero value is), whose yields go to
 * rt->drain_sink instead of leaving the loop. Every resume resets it
 * (rt__gen_enter), so a generator a drain left suspended is resumed as
 * any other. Other loops pay nothing for it: the value is read only at a
 * yield of an entry frame, where the loop would end anyway. */
#define RT_GEN_ENTRY_DRAIN 2

/* Runs generator g to its end (or until sink stops), passing each yielded
 * value to sink. One nested VM loop serves all the items: a yield of g's
 * frame calls the sink inside that loop, with g suspended as next() would
 * leave it, then resumes g in the same loop (no loop entry and exit per
 * item, which is what rt_gen_next costs). 0 when g finished (its return
 * value dropped), was closed by the sink's code, or the sink returned 1;
 * -1 with an exception set (raised in g: g is finished; raised by the
 * sink: g stays suspended). Refuses as next() does ("generator already
 * executing"). */
int rt_gen_drain(rt_state *rt, rt_value g, rt_iter_sink sink, void *ctx);

/* Every item of iterator it (rt_getiter's result) to sink: rt_gen_drain for
 * a generator, else rt_iternext's loop. Same results as rt_gen_drain. */
int rt_iter_drain(rt_state *rt, rt_value it, rt_iter_sink sink, void *ctx);

/* g.throw(exc) with exc an exception instance (stolen). Same results as
 * rt_gen_send. */
int rt_gen_throw(rt_state *rt, rt_value g, rt_value exc, rt_value *out);

/* g.close(): GeneratorExit at the yield. 0, or -1 with an exception set
 * ("generator ignored GeneratorExit" when it yields again). */
int rt_gen_close(rt_state *rt, rt_value g);

/* True when freeing o (a generator) must close it first: suspended inside
 * a try block, so GeneratorExit can run a finally or an except. */
bool rt__gen_needs_close(const rt_obj *o);
/* Closes generator o before it is freed (its dealloc, or the collector's
 * finalize phase); the current exception is kept, an error from close() is
 * dropped. */
void rt__gen_finalize(rt_state *rt, rt_obj *o);

/* Attributes (gi_running, gi_frame, gi_code, gi_yieldfrom, __name__,
 * __qualname__) and repr ("<generator object f.<locals>.g at 0x...>"). */
rt_value rt__gen_getattr(rt_state *rt, rt_value g, rt_value name);
rt_value rt__gen_repr(rt_state *rt, rt_value g);

/* The generator's methods (send, throw, close), for builtin.c's tables. */
extern const rt_builtin_def rt__gen_methods[];

extern const rt_typeinfo rt__gen_typeinfo;

/* What `await v` delegates to, a new reference: a coroutine or generator
 * itself, else the iterator v.__await__() returns. NULL with CPython's
 * TypeError for anything else. */
rt_value rt__gen_awaitable(rt_state *rt, rt_value v);

/* ---- asynchronous generators (gen_async.c) ------------------------------------------- */

/* async for's GET_AITER: v.__aiter__() (an async generator is its own),
 * checked to have __anext__; RT_NULL with CPython's TypeError. */
rt_value rt__agen_aiter(rt_state *rt, rt_value v);
/* GET_ANEXT: what one step of async for awaits, the iterator's
 * __anext__() made awaitable (an async generator's asend(None)); a new
 * reference, or RT_NULL with CPython's TypeError. */
rt_value rt__agen_anext(rt_state *rt, rt_value it);
/* An async generator's methods (asend, athrow, aclose, __aiter__,
 * __anext__) bound to g, or RT_NULL without an exception for another name. */
rt_value rt__agen_method(rt_state *rt, rt_value g, rt_value name);
/* Frees an unfinished async generator o through the finalizer hook it was
 * first iterated under (asyncio schedules its aclose()): true when the hook
 * was called (it may have resurrected o), false when there is none. */
bool rt__agen_call_finalizer(rt_state *rt, rt_obj *o);
/* sys.set_asyncgen_hooks / sys.get_asyncgen_hooks, and dropping the hooks
 * when the state is freed. */
rt_value rt__sys_set_asyncgen_hooks(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                                    rt_value kwnames);
rt_value rt__sys_get_asyncgen_hooks(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                                    rt_value kwnames);
void rt__agen_hooks_dispose(rt_state *rt);
/* builtins aiter(x) and anext(it[, default]). */
rt_value rt__builtin_aiter(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                           rt_value kwnames);
rt_value rt__builtin_anext(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                           rt_value kwnames);

/* The awaitables asend(), athrow() and aclose() return (RT_T_AGEN_AWAIT). */
extern const rt_typeinfo rt__agen_await_typeinfo;
rt_value rt__agen_await_getattr(rt_state *rt, rt_value aw, rt_value name);
rt_value rt__agen_await_repr(rt_state *rt, rt_value aw);
const char *rt__agen_await_name(rt_value aw);
/* aw.send(v): the step's value (a new reference), or RT_NULL with the
 * exception (StopIteration(result) at its end). */
rt_value rt__agen_await_send(rt_state *rt, rt_value aw, rt_value v);
/* next() of an awaitable (rt_iternext's contract): 1 with *out, 0 when
 * it raised StopIteration (its value dropped), -1 with an exception. */
int rt__agen_await_next(rt_state *rt, rt_value aw, rt_value *out);
/* coro.__await__(): a coroutine_wrapper stepping coroutine coro (a new
 * reference), or RT_NULL with MemoryError. */
rt_value rt__coro_await(rt_state *rt, rt_value coro);
/* type(aw) (borrowed): asend's, athrow's (aclose too), anext's or coroutine_wrapper. */
rt_value rt__agen_await_type(rt_state *rt, rt_value aw);

#endif
