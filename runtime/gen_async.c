/* gen_async.c: asynchronous generators, `await` and `async for`: the
 * awaitables an async generator's asend(), athrow() and aclose() return
 * (RT_T_AGEN_AWAIT), its methods, what the VM's await (GET_YIELD_FROM_ITER 1),
 * GET_AITER and GET_ANEXT call, the builtins aiter() and anext(), and
 * sys.set_asyncgen_hooks.
 *
 * An async generator is a generator object (gen.h) flagged RT_AGEN: its
 * frame runs as any generator's, and the two kinds of suspension tell
 * themselves apart by the instruction they stop at. A `yield` in its body
 * (YIELD_VALUE 0) produces a value for the `async for`; an `await` in its
 * body passes through a SEND loop (YIELD_VALUE 1), whose value goes up to
 * whatever drives the coroutine (asyncio's task). The awaitable of one step
 * resumes the generator and turns the first kind into StopIteration(value)
 * (the await's result), passes the second kind up as its own yield, and
 * turns the generator's end into StopAsyncIteration (CPython's design,
 * with the instruction standing in for its wrapped values).
 *
 * A coroutine's __await__() is the same kind of object (coroutine_wrapper),
 * stepping the coroutine.
 *
 * Ownership: an awaitable owns its generator and its value (the value to
 * send, the athrow() arguments, or anext()'s default with the inner
 * awaitable). */
#include <inttypes.h>
#include <string.h>

#include "runtime/builtin.h"
#include "runtime/builtins_mod.h"
#include "runtime/class.h"
#include "runtime/code.h"
#include "runtime/exc.h"
#include "runtime/gen.h"
#include "runtime/heap.h"
#include "runtime/iter.h"
#include "runtime/itertools.h"
#include "runtime/objid.h"
#include "runtime/opcodes.h"
#include "runtime/ops.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"

enum aw_kind {
    AW_ASEND,  /* __anext__() / asend(v): value is what the first send() sends */
    AW_ATHROW, /* athrow(...): value is the arguments tuple */
    AW_ACLOSE, /* aclose(): GeneratorExit, the end awaited as StopIteration */
    AW_ANEXT,  /* anext(it, default): gen is the inner awaitable, value the default */
    AW_CORO,   /* coro.__await__(): gen is the coroutine, whose steps it takes */
};
enum aw_state { AW_INIT, AW_ITER, AW_CLOSED };

typedef struct rt_agen_await {
    rt_obj hdr;
    uint8_t kind;  /* aw_kind */
    uint8_t state; /* aw_state */
    uint8_t pad[6];
    rt_value gen;   /* the async generator (AW_ANEXT: the inner awaitable) */
    rt_value value; /* see aw_kind */
} rt_agen_await;

static rt_agen_await *aw_of(rt_value v)
{
    return (rt_agen_await *)rt_as_obj(v);
}

static rt_value aw_new(rt_state *rt, enum aw_kind kind, rt_value gen, rt_value value)
{
    rt_agen_await *a = (rt_agen_await *)rt_obj_alloc(rt, RT_T_AGEN_AWAIT, sizeof(rt_agen_await));
    if (!a)
        return RT_NULL;
    a->kind = (uint8_t)kind;
    a->state = AW_INIT;
    memset(a->pad, 0, sizeof a->pad);
    rt_incref(gen);
    rt_incref(value);
    a->gen = gen;
    a->value = value;
    return rt_from_obj(a);
}

/* ---- one step ---------------------------------------------------------------------- */

/* Raises kind() without arguments (StopIteration, StopAsyncIteration);
 * returns RT_NULL. */
static rt_value raise_bare(rt_state *rt, rt_exc_kind kind)
{
    rt_value empty = rt_tuple_new(rt, 0);
    rt_value e = empty ? rt_exc_new(rt, rt->exc_types[kind], empty) : RT_NULL;
    rt_decref(rt, empty);
    if (e)
        rt_raise_obj(rt, e);
    return RT_NULL;
}

/* True when g is suspended at a `yield` of its body (not inside an await). */
static bool at_value_yield(rt_gen *g)
{
    if (g->state != RT_GEN_SUSPENDED)
        return false;
    uint32_t w = rt_gen_frame(g)->ip[-1];
    return RT_INSN_OP(w) == RT_OP_YIELD_VALUE && RT_INSN_ARG(w) == 0;
}

/* The awaitable's result from rt_gen_send/rt_gen_throw's (r, v) on g: a
 * value an await inside g passes up (new reference), or RT_NULL with
 * StopIteration(yielded value), StopAsyncIteration (g ended) or g's error
 * (CPython's async_gen_unwrap_value). */
static rt_value unwrap(rt_state *rt, rt_gen *g, int r, rt_value v)
{
    if (r > 0 && !at_value_yield(g))
        return v;
    g->agen &= (uint8_t)~RT_AGEN_RUNNING;
    if (r > 0)
        return rt__gen_raise_stop(rt, v);
    if (r == 0) {
        rt_decref(rt, v);
        raise_bare(rt, RT_EXC_StopAsyncIteration);
    }
    if (rt_exc_matches(rt, RT_EXC_StopAsyncIteration) || rt_exc_matches(rt, RT_EXC_GeneratorExit))
        g->agen |= RT_AGEN_CLOSED;
    return RT_NULL;
}

/* aclose()'s end: GeneratorExit or StopAsyncIteration from the generator
 * means it closed, which the await sees as StopIteration (None). */
static rt_value close_done(rt_state *rt, rt_agen_await *a)
{
    rt_gen *g = rt_gen_of(a->gen);
    g->agen &= (uint8_t)~RT_AGEN_RUNNING;
    a->state = AW_CLOSED;
    if (rt_exc_matches(rt, RT_EXC_StopAsyncIteration) || rt_exc_matches(rt, RT_EXC_GeneratorExit)) {
        rt_exc_clear(rt);
        raise_bare(rt, RT_EXC_StopIteration);
    }
    return RT_NULL;
}

/* aclose()'s step result (r, v): a value an await passes up, or the end. */
static rt_value close_result(rt_state *rt, rt_agen_await *a, int r, rt_value v)
{
    rt_gen *g = rt_gen_of(a->gen);
    if (r > 0 && !at_value_yield(g))
        return v;
    if (r > 0) {
        rt_decref(rt, v);
        g->agen &= (uint8_t)~RT_AGEN_RUNNING;
        a->state = AW_CLOSED;
        return rt_raise(rt, RT_EXC_RuntimeError, "async generator ignored GeneratorExit");
    }
    if (r == 0) {
        rt_decref(rt, v);
        g->agen &= (uint8_t)~RT_AGEN_RUNNING;
        a->state = AW_CLOSED;
        return raise_bare(rt, RT_EXC_StopIteration);
    }
    return close_done(rt, a);
}

static rt_value reused(rt_state *rt, const rt_agen_await *a)
{
    return rt_raise(rt, RT_EXC_RuntimeError,
                    a->kind == AW_ASEND ? "cannot reuse already awaited __anext__()/asend()"
                                        : "cannot reuse already awaited aclose()/athrow()");
}

/* anext(it, default)'s step: the inner awaitable's, its StopAsyncIteration
 * turned into StopIteration(default). */
static rt_value anext_step(rt_state *rt, rt_agen_await *a, rt_value arg, rt_value exc)
{
    rt_value out;
    int r;
    if (exc) {
        bool missing = false;
        rt_value n = rt_str_intern(rt, "throw", 5);
        rt_value m = n ? rt_getattr(rt, a->gen, n) : RT_NULL;
        rt_decref(rt, n);
        if (!m) {
            missing = rt_exc_matches(rt, RT_EXC_AttributeError);
            if (missing)
                rt_exc_clear(rt);
        }
        if (missing) {
            rt__exc_restore(rt, exc);
            exc = RT_NULL;
            out = RT_NULL;
            r = -1;
        } else if (m) {
            out = rt_call(rt, m, &exc, 1, RT_NULL);
            rt_decref(rt, m);
            rt_decref(rt, exc);
            r = out ? 1 : -1;
        } else {
            rt_decref(rt, exc);
            out = RT_NULL;
            r = -1;
        }
        if (r < 0 && rt_exc_matches(rt, RT_EXC_StopIteration))
            return RT_NULL;
    } else {
        r = rt__gen_delegate_send(rt, a->gen, arg, &out);
        if (r == 0)
            return rt__gen_raise_stop(rt, out);
    }
    if (r > 0)
        return out;
    if (rt_exc_matches(rt, RT_EXC_StopAsyncIteration)) {
        rt_exc_clear(rt);
        rt_incref(a->value);
        a->state = AW_CLOSED;
        return rt__gen_raise_stop(rt, a->value);
    }
    return RT_NULL;
}

/* A coroutine_wrapper's step: the coroutine's result as an iterator's
 * (1: the value; 0: StopIteration(return value)). */
static rt_value coro_step(rt_state *rt, int r, rt_value v)
{
    if (r > 0)
        return v;
    if (r == 0)
        return rt__gen_raise_stop(rt, v);
    return RT_NULL;
}

/* send(arg): the next step (arg None for __next__). */
static rt_value aw_send(rt_state *rt, rt_agen_await *a, rt_value arg)
{
    if (a->kind == AW_ANEXT)
        return anext_step(rt, a, arg, RT_NULL);
    if (a->kind == AW_CORO) {
        rt_value v;
        if (rt_gen_of(a->gen)->state == RT_GEN_FINISHED)
            return rt_raise(rt, RT_EXC_RuntimeError, "cannot reuse already awaited coroutine");
        int r = rt_gen_send(rt, a->gen, arg, &v);
        return coro_step(rt, r, v);
    }
    if (a->state == AW_CLOSED)
        return reused(rt, a);
    rt_gen *g = rt_gen_of(a->gen);
    rt_value v;
    int r;
    if (a->kind == AW_ASEND) {
        if (a->state == AW_INIT) {
            if (g->agen & RT_AGEN_RUNNING)
                return rt_raise(rt, RT_EXC_RuntimeError,
                                "anext(): asynchronous generator is already running");
            if (arg == RT_NONE)
                arg = a->value;
            a->state = AW_ITER;
        }
        g->agen |= RT_AGEN_RUNNING;
        r = rt_gen_send(rt, a->gen, arg, &v);
        rt_value res = unwrap(rt, g, r, v);
        if (!res)
            a->state = AW_CLOSED;
        return res;
    }
    /* athrow and aclose */
    if (g->state == RT_GEN_FINISHED) {
        a->state = AW_CLOSED;
        return raise_bare(rt, RT_EXC_StopIteration);
    }
    if (a->state == AW_ITER) {
        r = rt_gen_send(rt, a->gen, arg, &v);
        if (a->kind == AW_ATHROW)
            return unwrap(rt, g, r, v);
        return close_result(rt, a, r, v);
    }
    bool closing = a->kind == AW_ACLOSE;
    if (g->agen & RT_AGEN_RUNNING) {
        a->state = AW_CLOSED;
        return rt_raise(rt, RT_EXC_RuntimeError, "%s(): asynchronous generator is already running",
                        closing ? "aclose" : "athrow");
    }
    if (g->agen & RT_AGEN_CLOSED) {
        a->state = AW_CLOSED;
        return raise_bare(rt, RT_EXC_StopAsyncIteration);
    }
    if (arg != RT_NONE)
        return rt_raise(rt, RT_EXC_RuntimeError,
                        "can't send non-None value to a just-started coroutine");
    a->state = AW_ITER;
    g->agen |= RT_AGEN_RUNNING;
    rt_value exc;
    if (closing) {
        g->agen |= RT_AGEN_CLOSED;
        rt_value empty = rt_tuple_new(rt, 0);
        exc = empty ? rt_exc_new(rt, rt->exc_types[RT_EXC_GeneratorExit], empty) : RT_NULL;
        rt_decref(rt, empty);
    } else {
        exc = rt__gen_throw_arg(rt, rt_tuple_items(a->value), (size_t)rt_tuple_len(a->value));
    }
    if (!exc) {
        g->agen &= (uint8_t)~RT_AGEN_RUNNING;
        return RT_NULL;
    }
    r = rt_gen_throw(rt, a->gen, exc, &v);
    if (closing)
        return close_result(rt, a, r, v);
    rt_value res = unwrap(rt, g, r, v);
    if (!res)
        a->state = AW_CLOSED;
    return res;
}

/* throw(...) into the step being awaited. */
static rt_value aw_throw(rt_state *rt, rt_agen_await *a, rt_value exc)
{
    if (a->kind == AW_ANEXT)
        return anext_step(rt, a, RT_NONE, exc);
    if (a->kind == AW_CORO) {
        rt_value v;
        int r = rt_gen_throw(rt, a->gen, exc, &v);
        return coro_step(rt, r, v);
    }
    if (a->state == AW_CLOSED) {
        rt_decref(rt, exc);
        return reused(rt, a);
    }
    rt_gen *g = rt_gen_of(a->gen);
    rt_value v;
    int r = rt_gen_throw(rt, a->gen, exc, &v);
    if (a->kind == AW_ACLOSE) {
        if (r > 0 && at_value_yield(g)) {
            rt_decref(rt, v);
            g->agen &= (uint8_t)~RT_AGEN_RUNNING;
            a->state = AW_CLOSED;
            return rt_raise(rt, RT_EXC_RuntimeError, "async generator ignored GeneratorExit");
        }
        if (r > 0)
            return v;
        if (r == 0) {
            rt_decref(rt, v);
            return raise_bare(rt, RT_EXC_StopIteration);
        }
        if (rt_exc_matches(rt, RT_EXC_StopAsyncIteration) ||
            rt_exc_matches(rt, RT_EXC_GeneratorExit)) {
            rt_exc_clear(rt);
            raise_bare(rt, RT_EXC_StopIteration);
        }
        return RT_NULL;
    }
    rt_value res = unwrap(rt, g, r, v);
    if (!res && a->kind == AW_ASEND)
        a->state = AW_CLOSED;
    return res;
}

/* ---- the awaitable's methods ------------------------------------------------------- */

static rt_value aw_send_m(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                          rt_value kwnames)
{
    if (rt_args_one(rt, "send", nargs, kwnames) < 0)
        return RT_NULL;
    return aw_send(rt, aw_of(self), args[0]);
}

static rt_value aw_next_m(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                          rt_value kwnames)
{
    (void)args;
    if (rt_args_none(rt, "__next__", nargs, kwnames) < 0)
        return RT_NULL;
    return aw_send(rt, aw_of(self), RT_NONE);
}

static rt_value aw_throw_m(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                           rt_value kwnames)
{
    if (rt_args_tuple(rt, "throw", nargs, kwnames, 1, 3) < 0)
        return RT_NULL;
    rt_value exc = rt__gen_throw_arg(rt, args, nargs);
    return exc ? aw_throw(rt, aw_of(self), exc) : RT_NULL;
}

static rt_value aw_close_m(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                           rt_value kwnames)
{
    (void)args;
    if (rt_args_none(rt, "close", nargs, kwnames) < 0)
        return RT_NULL;
    if (aw_of(self)->kind == AW_CORO)
        return rt_gen_close(rt, aw_of(self)->gen) < 0 ? RT_NULL : RT_NONE;
    aw_of(self)->state = AW_CLOSED;
    return RT_NONE;
}

static rt_value aw_self_m(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                          rt_value kwnames)
{
    (void)args;
    if (rt_args_none(rt, "__await__", nargs, kwnames) < 0)
        return RT_NULL;
    rt_incref(self);
    return self;
}

static const rt_builtin_def aw_methods[] = {
    {"send", aw_send_m},
    {"throw", aw_throw_m},
    {"close", aw_close_m},
    {"__next__", aw_next_m},
    {"__iter__", aw_self_m},
    {"__await__", aw_self_m},
    {NULL, NULL},
};

/* A method named `name` of defs bound to self, or RT_NULL (no exception). */
static rt_value find_method(rt_state *rt, const rt_builtin_def *defs, rt_value self, rt_value name)
{
    const char *s = rt_str_data(name);
    for (; defs->name; defs++)
        if (!strcmp(defs->name, s))
            return rt_builtin_new(rt, defs, self);
    return RT_NULL;
}

const char *rt__agen_await_name(rt_value aw)
{
    switch (aw_of(aw)->kind) {
    case AW_ASEND: return "async_generator_asend";
    case AW_ANEXT: return "anext_awaitable";
    case AW_CORO: return "coroutine_wrapper";
    default: return "async_generator_athrow";
    }
}

rt_value rt__agen_await_send(rt_state *rt, rt_value aw, rt_value v)
{
    return aw_send(rt, aw_of(aw), v);
}

int rt__agen_await_next(rt_state *rt, rt_value aw, rt_value *out)
{
    *out = aw_send(rt, aw_of(aw), RT_NONE);
    if (*out)
        return 1;
    if (!rt_exc_matches(rt, RT_EXC_StopIteration))
        return -1;
    rt_exc_clear(rt);
    return 0;
}

rt_value rt__coro_await(rt_state *rt, rt_value coro)
{
    return aw_new(rt, AW_CORO, coro, RT_NONE);
}

rt_value rt__agen_await_type(rt_state *rt, rt_value aw)
{
    switch (aw_of(aw)->kind) {
    case AW_ASEND: return rt->type_objs[RT_T_AGEN_AWAIT];
    case AW_ANEXT: return rt->anext_type;
    case AW_CORO: return rt->coro_wrapper_type;
    default: return rt->athrow_type;
    }
}

rt_value rt__agen_await_getattr(rt_state *rt, rt_value aw, rt_value name)
{
    rt_value m = find_method(rt, aw_methods, aw, name);
    if (m || rt->exc)
        return m;
    if (rt_str_eq_cstr(name, "__class__")) {
        rt_value c = rt_type_obj_get(rt, aw);
        rt_incref(c);
        return c;
    }
    return rt_raise(rt, RT_EXC_AttributeError, "'%s' object has no attribute '%s'",
                    rt__agen_await_name(aw), rt_str_data(name));
}

rt_value rt__agen_await_repr(rt_state *rt, rt_value aw)
{
    return rt_str_printf(rt, "<%s object at 0x%" PRIx64 ">", rt__agen_await_name(aw),
                         rt__objid_of_value(rt, aw));
}

static size_t aw_size(const rt_obj *o)
{
    (void)o;
    return sizeof(rt_gc_link) + sizeof(rt_agen_await);
}

static void aw_traverse(rt_obj *o, rt_visit_fn visit, void *arg)
{
    rt_agen_await *a = (rt_agen_await *)o;
    if (rt_is_obj(a->gen))
        visit(rt_as_obj(a->gen), arg);
    if (rt_is_obj(a->value))
        visit(rt_as_obj(a->value), arg);
}

static void aw_clear(rt_state *rt, rt_obj *o)
{
    rt_agen_await *a = (rt_agen_await *)o;
    rt_value g = a->gen, v = a->value;
    a->gen = a->value = RT_NONE;
    rt_decref(rt, g);
    rt_decref(rt, v);
}

static void aw_dealloc(rt_state *rt, rt_obj *o)
{
    aw_clear(rt, o);
    rt_obj_free(rt, o, sizeof(rt_agen_await));
}

const rt_typeinfo rt__agen_await_typeinfo = {
    "async_generator_asend", true, aw_size, aw_traverse, aw_clear, aw_dealloc};

/* ---- the async generator's methods ------------------------------------------------- */

/* The first asend/athrow/aclose/__anext__ of g calls the firstiter hook
 * and remembers whether a finalizer hook is set (CPython's
 * async_gen_init_hooks). 0, or -1 with the hook's error. */
static int init_hooks(rt_state *rt, rt_value gv)
{
    rt_gen *g = rt_gen_of(gv);
    if (g->agen & RT_AGEN_HOOKED)
        return 0;
    g->agen |= RT_AGEN_HOOKED;
    if (rt->agen_finalizer)
        g->agen |= RT_AGEN_FINALIZER;
    if (!rt->agen_firstiter)
        return 0;
    rt_value hook = rt->agen_firstiter;
    rt_incref(hook);
    rt_value r = rt_call(rt, hook, &gv, 1, RT_NULL);
    rt_decref(rt, hook);
    if (!r)
        return -1;
    rt_decref(rt, r);
    return 0;
}

static rt_value agen_aiter_m(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                             rt_value kwnames)
{
    (void)args;
    if (rt_args_none(rt, "__aiter__", nargs, kwnames) < 0)
        return RT_NULL;
    rt_incref(self);
    return self;
}

static rt_value agen_anext_m(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                             rt_value kwnames)
{
    (void)args;
    if (rt_args_none(rt, "__anext__", nargs, kwnames) < 0 || init_hooks(rt, self) < 0)
        return RT_NULL;
    return aw_new(rt, AW_ASEND, self, RT_NONE);
}

static rt_value agen_asend_m(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                             rt_value kwnames)
{
    if (rt_args_one(rt, "asend", nargs, kwnames) < 0 || init_hooks(rt, self) < 0)
        return RT_NULL;
    return aw_new(rt, AW_ASEND, self, args[0]);
}

static rt_value agen_athrow_m(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                              rt_value kwnames)
{
    if (rt_args_tuple(rt, "athrow", nargs, kwnames, 1, 3) < 0 || init_hooks(rt, self) < 0)
        return RT_NULL;
    rt_value t = rt_tuple_from(rt, args, nargs);
    if (!t)
        return RT_NULL;
    rt_value aw = aw_new(rt, AW_ATHROW, self, t);
    rt_decref(rt, t);
    return aw;
}

static rt_value agen_aclose_m(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                              rt_value kwnames)
{
    (void)args;
    if (rt_args_none(rt, "aclose", nargs, kwnames) < 0 || init_hooks(rt, self) < 0)
        return RT_NULL;
    return aw_new(rt, AW_ACLOSE, self, RT_NONE);
}

static const rt_builtin_def agen_methods[] = {
    {"__aiter__", agen_aiter_m}, {"__anext__", agen_anext_m}, {"asend", agen_asend_m},
    {"athrow", agen_athrow_m},   {"aclose", agen_aclose_m},   {NULL, NULL},
};

rt_value rt__agen_method(rt_state *rt, rt_value g, rt_value name)
{
    return find_method(rt, agen_methods, g, name);
}

bool rt__agen_call_finalizer(rt_state *rt, rt_obj *o)
{
    rt_gen *g = (rt_gen *)o;
    if (!(g->agen & RT_AGEN_FINALIZER) || (g->agen & RT_AGEN_CLOSED) || !rt->agen_finalizer)
        return false;
    rt_value gv = rt_from_obj(o);
    rt_value hook = rt->agen_finalizer;
    rt_incref(hook);
    rt_value r = rt_call(rt, hook, &gv, 1, RT_NULL);
    rt_decref(rt, hook);
    if (r)
        rt_decref(rt, r);
    else
        rt_exc_clear(rt);
    return true;
}

/* ---- await ------------------------------------------------------------------------- */

rt_value rt__gen_awaitable(rt_state *rt, rt_value v)
{
    if (rt_type_of(v) == RT_T_AGEN_AWAIT) { /* asend(), athrow(), aclose(): their own */
        rt_incref(v);
        return v;
    }
    if (rt_is_gen(v) && (rt_gen_of(v)->is_coro ||
                         (rt_gen_frame(rt_gen_of(v))->code->flags & RT_CO_ITERABLE_COROUTINE))) {
        /* a coroutine, or a generator of a function types.coroutine marked */
        rt_incref(v);
        return v;
    }
    rt_value m = rt_type_of(v) == RT_T_INSTANCE ? rt__special(rt, v, RT_ID_await) : RT_NULL;
    if (!m || m == RT_NONE) {
        if (!rt->exc)
            rt_raise(rt, RT_EXC_TypeError, "object %s can't be used in 'await' expression",
                     rt_type_name(v));
        return RT_NULL;
    }
    rt_value it = rt__call_special(rt, m, v, NULL, 0);
    if (!it)
        return RT_NULL;
    if (rt_is_gen(it) && rt_gen_of(it)->is_coro) {
        rt_decref(rt, it);
        return rt_raise(rt, RT_EXC_TypeError, "__await__() returned a coroutine");
    }
    bool iterator = rt_is_gen(it) || rt_type_of(it) == RT_T_AGEN_AWAIT ||
                    (rt_is_iter(it) && !rt_iter_is_view(it)) || rt_is_itertool(it) ||
                    (rt_type_of(it) == RT_T_INSTANCE && rt__special(rt, it, RT_ID_next));
    if (!iterator) {
        rt_value r = rt_raise(rt, RT_EXC_TypeError,
                              "__await__() returned non-iterator of type '%s'", rt_type_name(it));
        rt_decref(rt, it);
        return r;
    }
    return it;
}

/* ---- async for --------------------------------------------------------------------- */

/* True when v has an __anext__ (an async generator, or an instance whose
 * class defines one). */
static bool has_anext(rt_state *rt, rt_value v)
{
    return rt_is_agen(v) || rt__special(rt, v, RT_ID_anext) != RT_NULL;
}

/* v.__aiter__() with `what` naming the caller in the errors; RT_NULL when
 * v has none (no exception set unless looking it up raised). */
static rt_value call_aiter(rt_state *rt, rt_value v)
{
    if (rt_is_agen(v)) {
        rt_incref(v);
        return v;
    }
    rt_value m = rt__special(rt, v, RT_ID_aiter);
    if (!m || m == RT_NONE)
        return RT_NULL;
    return rt__call_special(rt, m, v, NULL, 0);
}

rt_value rt__agen_aiter(rt_state *rt, rt_value v)
{
    rt_value it = call_aiter(rt, v);
    if (!it) {
        if (!rt->exc)
            rt_raise(rt, RT_EXC_TypeError,
                     "'async for' requires an object with __aiter__ method, got %s",
                     rt_type_name(v));
        return RT_NULL;
    }
    if (!has_anext(rt, it)) {
        rt_raise(rt, RT_EXC_TypeError,
                 "'async for' received an object from __aiter__ that does not implement "
                 "__anext__: %s",
                 rt_type_name(it));
        rt_decref(rt, it);
        return RT_NULL;
    }
    return it;
}

/* it.__anext__() (new reference), or RT_NULL: with an exception, or none
 * when it has no __anext__. */
static rt_value call_anext(rt_state *rt, rt_value it)
{
    if (rt_is_agen(it)) {
        if (init_hooks(rt, it) < 0)
            return RT_NULL;
        return aw_new(rt, AW_ASEND, it, RT_NONE);
    }
    rt_value m = rt__special(rt, it, RT_ID_anext);
    if (!m || m == RT_NONE)
        return RT_NULL;
    return rt__call_special(rt, m, it, NULL, 0);
}

rt_value rt__agen_anext(rt_state *rt, rt_value it)
{
    rt_value next = call_anext(rt, it);
    if (!next) {
        if (!rt->exc)
            rt_raise(rt, RT_EXC_TypeError,
                     "'async for' requires an iterator with __anext__ method, got %s",
                     rt_type_name(it));
        return RT_NULL;
    }
    rt_value aw = rt__gen_awaitable(rt, next);
    if (!aw && rt_exc_matches(rt, RT_EXC_TypeError)) {
        /* CPython names the object, the awaitable's own error as the cause */
        rt_value cause = rt_exc_fetch(rt);
        rt_raise(rt, RT_EXC_TypeError, "'async for' received an invalid object from __anext__: %s",
                 rt_type_name(next));
        if (rt_is_exc(rt->exc) && rt->exc != rt->memory_error) {
            rt_exc *x = rt_exc_of(rt->exc);
            rt_value oc = x->cause, ox = x->context;
            rt_incref(cause);
            x->cause = cause;
            x->context = cause;
            x->suppress_context = true;
            rt_decref(rt, oc);
            rt_decref(rt, ox);
        } else {
            rt_decref(rt, cause);
        }
        rt_decref(rt, next);
        return RT_NULL;
    }
    rt_decref(rt, next);
    return aw;
}

/* ---- builtins aiter() and anext() -------------------------------------------------- */

rt_value rt__builtin_aiter(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                           rt_value kwnames)
{
    (void)self;
    if (rt_args_one(rt, "aiter", nargs, kwnames) < 0)
        return RT_NULL;
    rt_value it = call_aiter(rt, args[0]);
    if (!it) {
        if (!rt->exc)
            rt_raise(rt, RT_EXC_TypeError, "'%s' object is not an async iterable",
                     rt_type_name(args[0]));
        return RT_NULL;
    }
    if (!has_anext(rt, it)) {
        rt_raise(rt, RT_EXC_TypeError, "aiter() returned not an async iterator of type '%s'",
                 rt_type_name(it));
        rt_decref(rt, it);
        return RT_NULL;
    }
    return it;
}

rt_value rt__builtin_anext(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                           rt_value kwnames)
{
    (void)self;
    if (rt_args_range(rt, "anext", nargs, kwnames, 1, 2) < 0)
        return RT_NULL;
    rt_value next = call_anext(rt, args[0]);
    if (!next) {
        if (!rt->exc)
            rt_raise(rt, RT_EXC_TypeError, "'%s' object is not an async iterator",
                     rt_type_name(args[0]));
        return RT_NULL;
    }
    if (nargs == 1)
        return next;
    rt_value aw = rt__gen_awaitable(rt, next);
    rt_decref(rt, next);
    if (!aw)
        return RT_NULL;
    rt_value r = aw_new(rt, AW_ANEXT, aw, args[1]);
    rt_decref(rt, aw);
    return r;
}

/* ---- sys.set_asyncgen_hooks -------------------------------------------------------- */

/* Replaces *slot with v (borrowed; None clears it). */
static void set_hook(rt_state *rt, rt_value *slot, rt_value v)
{
    rt_value old = *slot;
    if (v == RT_NONE) {
        *slot = RT_NULL;
    } else {
        rt_incref(v);
        *slot = v;
    }
    rt_decref(rt, old);
}

rt_value rt__sys_set_asyncgen_hooks(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                                    rt_value kwnames)
{
    (void)self;
    static const char *const names[] = {"firstiter", "finalizer", NULL};
    rt_value a[2];
    if (rt_args_parse(rt, "set_asyncgen_hooks", args, nargs, kwnames, 2, names, a) < 0)
        return RT_NULL;
    if (a[1] && a[1] != RT_NONE && !rt__callable(rt, a[1]))
        return rt_raise(rt, RT_EXC_TypeError, "callable finalizer expected, got %s",
                        rt_type_name(a[1]));
    if (a[0] && a[0] != RT_NONE && !rt__callable(rt, a[0]))
        return rt_raise(rt, RT_EXC_TypeError, "callable firstiter expected, got %s",
                        rt_type_name(a[0]));
    if (a[1])
        set_hook(rt, &rt->agen_finalizer, a[1]);
    if (a[0])
        set_hook(rt, &rt->agen_firstiter, a[0]);
    return RT_NONE;
}

rt_value rt__sys_get_asyncgen_hooks(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                                    rt_value kwnames)
{
    (void)self;
    (void)args;
    if (rt_args_none(rt, "get_asyncgen_hooks", nargs, kwnames) < 0)
        return RT_NULL;
    rt_value first = rt->agen_firstiter ? rt->agen_firstiter : RT_NONE;
    rt_value fin = rt->agen_finalizer ? rt->agen_finalizer : RT_NONE;
    return rt_tuple_pack(rt, 2, first, fin);
}

void rt__agen_hooks_dispose(rt_state *rt)
{
    set_hook(rt, &rt->agen_firstiter, RT_NONE);
    set_hook(rt, &rt->agen_finalizer, RT_NONE);
}
