/* gen.c: generator objects: creation from a frame, resuming from C (send,
 * throw, close, next), `yield from` delegation for throw and close, the
 * finalizer that closes an unfinished generator, attributes and the memory
 * slots. The VM's side (RETURN_GENERATOR, YIELD_VALUE, SEND, FOR_ITER over a
 * generator) is in vm.c. */
#include "runtime/gen.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "runtime/builtin.h"
#include "runtime/builtins_mod.h"
#include "runtime/class.h"
#include "runtime/dict.h"
#include "runtime/exc.h"
#include "runtime/finalize.h"
#include "runtime/func.h"
#include "runtime/gc.h"
#include "runtime/heap.h"
#include "runtime/objid.h"
#include "runtime/ops.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/vm.h"

/* ---- creation, entering and leaving ------------------------------------------------ */

rt_value rt__gen_new(rt_state *rt, rt_frame *f)
{
    size_t nbytes = RT_GEN_FRAME_OFFSET + f->size;
    rt_gen *g = (rt_gen *)rt_obj_alloc(rt, RT_T_GENERATOR, nbytes);
    if (!g)
        return RT_NULL;
    g->state = RT_GEN_CREATED;
    g->nbytes = (uint32_t)nbytes;
    rt_code *c = f->code;
    g->is_coro = (c->flags & RT_CO_COROUTINE) != 0;
    g->agen = (c->flags & RT_CO_ASYNC_GENERATOR) ? RT_AGEN : 0;
    g->pad = 0;
    g->name = c->name;
    g->qualname = c->qualname;
    if (rt_is_func(f->func)) {
        /* f.__qualname__ = ... changes the generator's name too, as in CPython */
        rt_value d = rt_func_dict(rt_func_of(f->func));
        rt_value q = d ? rt_dict_get_cstr(rt, d, "__qualname__") : RT_NULL;
        if (q && rt_is_str(q))
            g->qualname = q;
        rt_exc_clear(rt);
    }
    rt_incref(g->name);
    rt_incref(g->qualname);
    rt_frame *gf = rt_gen_frame(g);
    rt__frame_move(rt, f, gf);
    gf->flags = RT_FRAME_GEN;
    gf->is_entry = 0;
    return rt_from_obj(g);
}

/* The ValueError of resuming g from inside itself, naming its kind as
 * CPython does ("coroutine already executing"). */
static void raise_running(rt_state *rt, const rt_gen *g)
{
    rt_raise(rt, RT_EXC_ValueError, "%s already executing",
             g->agen      ? "async generator"
             : g->is_coro ? "coroutine"
                          : "generator");
}

int rt__gen_enter_refused(rt_state *rt, rt_gen *g, rt_value value)
{
    if (g->state == RT_GEN_RUNNING)
        raise_running(rt, g);
    else if (g->state == RT_GEN_CREATED && value != RT_NONE)
        rt_raise(rt, RT_EXC_TypeError, "can't send non-None value to a just-started %s",
                 g->agen      ? "async generator"
                 : g->is_coro ? "coroutine"
                              : "generator");
    else
        rt_raise(rt, RT_EXC_RecursionError, "maximum recursion depth exceeded");
    return -1;
}

void rt__gen_finish(rt_state *rt, rt_frame *f)
{
    rt_gen *g = rt_gen_of_frame(f);
    g->state = RT_GEN_FINISHED;
    f->flags = RT_FRAME_GEN;
    rt__frame_clear(rt, f);
}

rt_value rt__gen_yieldfrom(rt_gen *g)
{
    if (g->state != RT_GEN_SUSPENDED)
        return RT_NULL;
    rt_frame *f = rt_gen_frame(g);
    uint32_t w = f->ip[-1];
    if (RT_INSN_OP(w) != RT_OP_YIELD_VALUE || RT_INSN_ARG(w) != 1 || f->sp <= f->stack)
        return RT_NULL;
    return f->sp[-1];
}

/* ---- resuming from C ------------------------------------------------------------- */

/* Runs g's frame (already entered) as the entry frame of a nested loop. */
static int run(rt_state *rt, rt_gen *g, rt_value *out)
{
    rt_value res = RT_NULL;
    rt_status st = rt__vm_resume(rt, rt_gen_frame(g), &res);
    if (st != RT_DONE) {
        *out = RT_NULL;
        return -1;
    }
    *out = res;
    return g->state == RT_GEN_FINISHED ? 0 : 1;
}

int rt_gen_send(rt_state *rt, rt_value gv, rt_value value, rt_value *out)
{
    rt_gen *g = rt_gen_of(gv);
    if (g->state == RT_GEN_FINISHED) {
        if (g->is_coro) { /* a generator ends again; a coroutine is never resumed twice */
            *out = RT_NULL;
            rt_raise(rt, RT_EXC_RuntimeError, "cannot reuse already awaited coroutine");
            return -1;
        }
        *out = RT_NONE;
        return 0;
    }
    if (rt__vm_nest_check(rt) < 0 || rt__gen_enter(rt, g, value) < 0) {
        *out = RT_NULL;
        return -1;
    }
    return run(rt, g, out);
}

int rt_gen_next(rt_state *rt, rt_value gv, rt_value *out)
{
    int r = rt_gen_send(rt, gv, RT_NONE, out);
    if (r == 0) {
        rt_decref(rt, *out);
        *out = RT_NULL;
    }
    return r;
}

int rt_gen_drain(rt_state *rt, rt_value gv, rt_iter_sink sink, void *ctx)
{
    rt_gen *g = rt_gen_of(gv);
    if (g->state == RT_GEN_FINISHED)
        return 0;
    if (rt__vm_nest_check(rt) < 0 || rt__gen_enter(rt, g, RT_NONE) < 0)
        return -1;
    /* the sink is read at each yield of g's frame (vm.c, YIELD_VALUE); a
     * drain the sink's code starts (of another generator, or of g itself)
     * installs its own and gives this one back when it returns */
    rt_iter_sink outer_sink = rt->drain_sink;
    void *outer_ctx = rt->drain_ctx;
    rt->drain_sink = sink;
    rt->drain_ctx = ctx;
    rt_gen_frame(g)->is_entry = RT_GEN_ENTRY_DRAIN;
    rt->c_depth++;
    rt_value res = RT_NULL;
    rt_status st = rt__vm_run(rt, NULL, &res);
    rt->c_depth--;
    rt->drain_sink = outer_sink;
    rt->drain_ctx = outer_ctx;
    if (st != RT_DONE)
        return -1;
    rt_decref(rt, res); /* the return value; NULL when the sink stopped */
    return 0;
}

int rt_iter_drain(rt_state *rt, rt_value it, rt_iter_sink sink, void *ctx)
{
    if (rt_is_gen(it))
        return rt_gen_drain(rt, it, sink, ctx);
    rt_value v;
    int st;
    while ((st = rt_iternext(rt, it, &v)) == 1) {
        int r = sink(rt, ctx, v);
        if (r != 0)
            return r < 0 ? -1 : 0;
    }
    return st;
}

/* The value of the StopIteration being raised (new reference), clearing it;
 * RT_NULL (and the exception kept) when another exception is set. */
static rt_value fetch_stop_value(rt_state *rt)
{
    if (!rt_exc_matches(rt, RT_EXC_StopIteration))
        return RT_NULL;
    rt_value e = rt_exc_fetch(rt);
    rt_value args = rt_exc_of(e)->args;
    rt_value v = rt_tuple_len(args) ? rt_tuple_get(args, 0) : RT_NONE;
    rt_incref(v);
    rt_decref(rt, e);
    return v;
}

/* Calls the method `name` of delegate yf with args; RT_NULL with
 * AttributeError cleared and *missing set when it has none. */
static rt_value call_method(rt_state *rt, rt_value yf, const char *name, const rt_value *args,
                            size_t nargs, bool *missing)
{
    *missing = false;
    rt_value n = rt_str_intern(rt, name, strlen(name));
    if (!n)
        return RT_NULL;
    rt_value m = rt_getattr(rt, yf, n);
    rt_decref(rt, n);
    if (!m) {
        if (rt_exc_matches(rt, RT_EXC_AttributeError)) {
            rt_exc_clear(rt);
            *missing = true;
        }
        return RT_NULL;
    }
    rt_value r = rt_call(rt, m, args, nargs, RT_NULL);
    rt_decref(rt, m);
    return r;
}

int rt__gen_delegate_send(rt_state *rt, rt_value recv, rt_value v, rt_value *out)
{
    *out = RT_NULL;
    if (rt_is_gen(recv))
        return rt_gen_send(rt, recv, v, out);
    if (v == RT_NONE && rt_type_of(recv) == RT_T_ITER) {
        int r = rt_iternext(rt, recv, out);
        if (r == 0)
            *out = RT_NONE;
        return r;
    }
    /* any other iterator: its __next__ (or send) method, so that the value
     * of the StopIteration it raises becomes the value of `yield from` */
    bool missing;
    const char *name = v == RT_NONE ? "__next__" : "send";
    rt_value res =
        call_method(rt, recv, name, v == RT_NONE ? NULL : &v, v == RT_NONE ? 0 : 1, &missing);
    if (res) {
        *out = res;
        return 1;
    }
    if (missing) {
        rt_raise(rt, RT_EXC_AttributeError, "'%s' object has no attribute '%s'", rt_type_name(recv),
                 name);
        return -1;
    }
    if ((*out = fetch_stop_value(rt)) != RT_NULL)
        return 0;
    return -1;
}

/* Replaces the StopIteration (stop) or StopAsyncIteration being raised by
 * RuntimeError("<what> raised ..."), the original as its cause. */
static void stop_to_runtime_error(rt_state *rt, const char *what, bool stop)
{
    rt_value si = rt_exc_fetch(rt);
    rt_raise(rt, RT_EXC_RuntimeError, "%s raised %s", what,
             stop ? "StopIteration" : "StopAsyncIteration");
    rt_value e = rt->exc;
    if (!rt_is_exc(e) || e == rt->memory_error) {
        rt_decref(rt, si);
        return;
    }
    rt_exc *x = rt_exc_of(e);
    rt_value old_context = x->context, old_cause = x->cause;
    rt_incref(si);
    x->context = si;
    x->cause = si;
    x->suppress_context = true;
    rt_decref(rt, old_context);
    rt_decref(rt, old_cause);
}

void rt__gen_check_stop(rt_state *rt, rt_gen *g)
{
    bool stop = rt_exc_matches(rt, RT_EXC_StopIteration);
    if (!stop && !(g->agen && rt_exc_matches(rt, RT_EXC_StopAsyncIteration)))
        return;
    stop_to_runtime_error(rt,
                          g->agen      ? "async generator"
                          : g->is_coro ? "coroutine"
                                       : "generator",
                          stop);
}

/* The exception being raised leaves generator expression code gc run in
 * place in a frame of code caller. Raised by the expression's own code, it
 * has the caller's traceback entry for the failing instruction last: that
 * entry becomes gc's (same line and columns), keeping its f_locals as a
 * generator's frame would (.0 = it, its locals from hidden[1..], its free
 * variables' cells; all borrowed), and a StopIteration becomes the
 * RuntimeError of PEP 479. Raised by SUM_ADD (sum()'s own error, as from
 * CPython's sum, outside the generator), it has no entry of the caller's
 * and is left as it is. */
static void genexpr_leave(rt_state *rt, rt_code *caller, rt_code *gc, rt_value it,
                          const rt_value *hidden, const rt_value *cells)
{
    rt_value ev = rt->exc;
    rt_exc *e = rt_is_exc(ev) ? rt_exc_of(ev) : NULL;
    if (!e || !e->ntb || e->tb[e->ntb - 1].code != caller || e->tb[e->ntb - 1].slots ||
        e->tb[e->ntb - 1].locals)
        return;
    rt_tb_entry *t = &e->tb[e->ntb - 1];
    rt_incref(rt_from_obj(gc));
    t->code = gc;
    rt_decref(rt, rt_from_obj(caller));
    uint32_t n = rt__exc_tb_nslots(gc);
    rt_value *slots = ev == rt->memory_error || rt_exc_matches(rt, RT_EXC_MemoryError) ||
                              rt_exc_matches(rt, RT_EXC_RecursionError) || e->ntb >= 4096
                          ? NULL
                          : rt_heap_alloc(rt, &e->hdr, n * sizeof(rt_value));
    if (slots) {
        /* .0, the expression's locals, its free variables: its f_locals */
        for (uint32_t i = 0; i < n; i++) {
            rt_value v = i == 0 ? it : i < gc->nlocals ? hidden[i] : cells[i - gc->nlocals];
            rt_incref(v);
            slots[i] = v;
        }
        t->slots = slots;
        e->nslots += n;
    }
    if (rt_exc_matches(rt, RT_EXC_StopIteration))
        stop_to_runtime_error(rt, "generator", true);
}

/* Closes the delegate of a `yield from` (CPython's gen_close_iter). 0 or -1. */
static int close_iter(rt_state *rt, rt_value yf)
{
    if (rt_is_gen(yf))
        return rt_gen_close(rt, yf);
    bool missing;
    rt_value r = call_method(rt, yf, "close", NULL, 0, &missing);
    if (!r)
        return missing ? 0 : -1;
    rt_decref(rt, r);
    return 0;
}

/* The delegate of g finished with `value` (stolen) while g was resumed by
 * throw(): leave the SEND loop as SEND would (pop the delegate, continue at
 * the loop's exit) and resume g with the value. */
static int finish_yield_from(rt_state *rt, rt_value gv, rt_value value, rt_value *out)
{
    rt_gen *g = rt_gen_of(gv);
    rt_frame *f = rt_gen_frame(g);
    /* f->ip: the JUMP back to SEND; SEND's argument is the loop's exit */
    uint32_t send_at = RT_INSN_ARG(*f->ip);
    f->ip = f->code->insns + RT_INSN_ARG(f->code->insns[send_at]);
    rt_value recv = *--f->sp;
    rt_decref(rt, recv);
    int r = rt_gen_send(rt, gv, value, out);
    rt_decref(rt, value);
    return r;
}

int rt_gen_throw(rt_state *rt, rt_value gv, rt_value exc, rt_value *out)
{
    rt_gen *g = rt_gen_of(gv);
    *out = RT_NULL;
    rt_value yf = rt__gen_yieldfrom(g);
    if (yf) {
        rt_incref(yf);
        bool is_exit = rt_exc_match_spec(rt, exc, rt->exc_types[RT_EXC_GeneratorExit]) == 1;
        g->state = RT_GEN_RUNNING;
        int r;
        rt_value v = RT_NULL;
        if (is_exit) {
            r = close_iter(rt, yf);
            g->state = RT_GEN_SUSPENDED;
            rt_decref(rt, yf);
            if (r < 0) { /* throw the delegate's error in instead */
                rt_decref(rt, exc);
                exc = rt_exc_fetch(rt);
            }
        } else if (rt_is_gen(yf)) {
            r = rt_gen_throw(rt, yf, exc, &v);
            g->state = RT_GEN_SUSPENDED;
            rt_decref(rt, yf);
            if (r == 1) {
                *out = v;
                return 1;
            }
            if (r == 0)
                return finish_yield_from(rt, gv, v, out);
            exc = rt_exc_fetch(rt);
        } else {
            bool missing;
            v = call_method(rt, yf, "throw", &exc, 1, &missing);
            g->state = RT_GEN_SUSPENDED;
            rt_decref(rt, yf);
            if (v) {
                rt_decref(rt, exc);
                *out = v;
                return 1;
            }
            if (!missing) {
                rt_decref(rt, exc);
                rt_value ret = fetch_stop_value(rt);
                if (ret)
                    return finish_yield_from(rt, gv, ret, out);
                exc = rt_exc_fetch(rt);
            }
        }
    }
    if (g->state == RT_GEN_FINISHED) {
        if (g->is_coro) {
            rt_decref(rt, exc);
            rt_raise(rt, RT_EXC_RuntimeError, "cannot reuse already awaited coroutine");
            return -1;
        }
        rt__exc_restore(rt, exc);
        return -1;
    }
    if (rt__vm_nest_check(rt) < 0 || rt__gen_enter(rt, g, RT_NONE) < 0) {
        rt_decref(rt, exc);
        return -1;
    }
    rt__exc_restore(rt, exc);
    rt_gen_frame(g)->flags |= RT_FRAME_THROW;
    return run(rt, g, out);
}

int rt_gen_close(rt_state *rt, rt_value gv)
{
    rt_gen *g = rt_gen_of(gv);
    if (g->state == RT_GEN_RUNNING) {
        raise_running(rt, g);
        return -1;
    }
    if (g->state != RT_GEN_SUSPENDED) {
        if (g->state == RT_GEN_CREATED)
            rt__gen_finish(rt, rt_gen_frame(g));
        return 0;
    }
    rt_value empty = rt_tuple_new(rt, 0);
    if (!empty)
        return -1;
    rt_value exc = rt_exc_new(rt, rt->exc_types[RT_EXC_GeneratorExit], empty);
    rt_decref(rt, empty);
    if (!exc)
        return -1;
    rt_value v;
    int r = rt_gen_throw(rt, gv, exc, &v);
    if (r == 1) {
        rt_decref(rt, v);
        rt_raise(rt, RT_EXC_RuntimeError, "%s ignored GeneratorExit",
                 g->agen      ? "async generator"
                 : g->is_coro ? "coroutine"
                              : "generator");
        return -1;
    }
    if (r == 0) {
        rt_decref(rt, v);
        return 0;
    }
    if (rt_exc_matches(rt, RT_EXC_StopIteration) || rt_exc_matches(rt, RT_EXC_GeneratorExit)) {
        rt_exc_clear(rt);
        return 0;
    }
    return -1;
}

/* ---- methods ----------------------------------------------------------------------- */

rt_value rt__gen_raise_stop(rt_state *rt, rt_value value)
{
    rt_value args = value == RT_NONE ? rt_tuple_new(rt, 0) : rt_tuple_from(rt, &value, 1);
    rt_decref(rt, value);
    if (!args)
        return RT_NULL;
    rt_value e = rt_exc_new(rt, rt->exc_types[RT_EXC_StopIteration], args);
    rt_decref(rt, args);
    if (e)
        rt_raise_obj(rt, e);
    return RT_NULL;
}

/* 1/0/-1 of rt_gen_send & co. as a method's result: the yielded value, or
 * StopIteration(return value). */
static rt_value method_result(rt_state *rt, int r, rt_value v)
{
    if (r > 0)
        return v;
    if (r == 0)
        return rt__gen_raise_stop(rt, v);
    return RT_NULL;
}

static rt_value gen_send_m(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                           rt_value kwnames)
{
    if (rt_args_one(rt, "generator.send", nargs, kwnames) < 0)
        return RT_NULL;
    rt_value v;
    int r = rt_gen_send(rt, self, args[0], &v);
    return method_result(rt, r, v);
}

rt_value rt__gen_throw_arg(rt_state *rt, const rt_value *args, size_t nargs)
{
    rt_value typ = args[0], val = nargs > 1 ? args[1] : RT_NONE;
    if (nargs > 2 && args[2] != RT_NONE && !rt__is_traceback(rt, args[2]))
        return rt_raise(rt, RT_EXC_TypeError, "throw() third argument must be a traceback object");
    if (rt_is_exc(typ)) {
        if (val != RT_NONE)
            return rt_raise(rt, RT_EXC_TypeError,
                            "instance exception may not have a separate value");
        rt_incref(typ);
        return typ;
    }
    if (rt_is_exc_class(typ)) {
        if (rt_is_exc(val) && rt_exc_match_spec(rt, val, typ) == 1) {
            rt_incref(val);
            return val;
        }
        rt_value a = val == RT_NONE     ? rt_tuple_new(rt, 0)
                     : rt_is_tuple(val) ? (rt_incref(val), val)
                                        : rt_tuple_from(rt, &val, 1);
        if (!a)
            return RT_NULL;
        rt_value exc = rt__exc_call(rt, typ, rt_tuple_items(a), (size_t)rt_tuple_len(a), RT_NULL);
        rt_decref(rt, a);
        return exc;
    }
    return rt_raise(rt, RT_EXC_TypeError,
                    "exceptions must be classes or instances deriving from BaseException, "
                    "not %s",
                    rt_type_name(typ));
}

static rt_value gen_throw_m(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                            rt_value kwnames)
{
    if (rt_args_tuple(rt, "throw", nargs, kwnames, 1, 3) < 0)
        return RT_NULL;
    rt_value exc = rt__gen_throw_arg(rt, args, nargs);
    if (!exc)
        return RT_NULL;
    rt_value v;
    int r = rt_gen_throw(rt, self, exc, &v);
    return method_result(rt, r, v);
}

static rt_value gen_close_m(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                            rt_value kwnames)
{
    (void)args;
    if (rt_args_none(rt, "generator.close", nargs, kwnames) < 0)
        return RT_NULL;
    return rt_gen_close(rt, self) < 0 ? RT_NULL : RT_NONE;
}

static rt_value gen_next_m(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                           rt_value kwnames)
{
    (void)args;
    if (rt_args_none(rt, "generator.__next__", nargs, kwnames) < 0)
        return RT_NULL;
    rt_value v;
    int r = rt_gen_send(rt, self, RT_NONE, &v);
    return method_result(rt, r, v);
}

static rt_value gen_iter_m(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                           rt_value kwnames)
{
    (void)args;
    if (rt_args_none(rt, "generator.__iter__", nargs, kwnames) < 0)
        return RT_NULL;
    rt_incref(self);
    return self;
}

const rt_builtin_def rt__gen_methods[] = {
    {"send", gen_send_m},     {"throw", gen_throw_m},   {"close", gen_close_m},
    {"__next__", gen_next_m}, {"__iter__", gen_iter_m}, {NULL, NULL},
};

/* ---- attributes and repr ---------------------------------------------------------- */

static rt_value coro_await_m(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                             rt_value kwnames)
{
    (void)args;
    if (rt_args_none(rt, "__await__", nargs, kwnames) < 0)
        return RT_NULL;
    return rt__coro_await(rt, self);
}

static const rt_builtin_def coro_await_def = {"__await__", coro_await_m};

rt_value rt__gen_getattr(rt_state *rt, rt_value gv, rt_value name)
{
    rt_gen *g = rt_gen_of(gv);
    const char *s = rt_str_data(name);
    rt_value v = RT_NULL;
    if (!strcmp(s, "__class__")) { /* generator, coroutine or async_generator */
        v = rt_type_obj_get(rt, gv);
        rt_incref(v);
        return v;
    }
    if (g->agen) {
        /* an async generator's attributes are ag_*; it is no iterator */
        rt_value m = rt__agen_method(rt, gv, name);
        if (m || rt->exc)
            return m;
        if (!strcmp(s, "ag_running"))
            return rt_bool((g->agen & RT_AGEN_RUNNING) != 0);
        else if (!strcmp(s, "ag_code"))
            s = "gi_code";
        else if (!strcmp(s, "ag_frame"))
            s = "gi_frame";
        else if (!strcmp(s, "ag_await"))
            s = "gi_yieldfrom";
        else if (strcmp(s, "__name__") && strcmp(s, "__qualname__"))
            return rt_raise(rt, RT_EXC_AttributeError,
                            "'async_generator' object has no attribute '%s'", s);
    }
    if (g->is_coro) {
        /* a coroutine's attributes are cr_*, and it is no iterator */
        if (!strcmp(s, "cr_running"))
            s = "gi_running";
        else if (!strcmp(s, "cr_suspended"))
            s = "gi_suspended";
        else if (!strcmp(s, "cr_code"))
            s = "gi_code";
        else if (!strcmp(s, "cr_frame"))
            s = "gi_frame";
        else if (!strcmp(s, "cr_await"))
            s = "gi_yieldfrom";
        else if (!strcmp(s, "__await__"))
            return rt_builtin_new(rt, &coro_await_def, gv);
        else if (!strncmp(s, "gi_", 3) || !strcmp(s, "__next__") || !strcmp(s, "__iter__"))
            return rt_raise(rt, RT_EXC_AttributeError, "'coroutine' object has no attribute '%s'",
                            s);
    }
    if (!strcmp(s, "__name__"))
        v = g->name;
    else if (!strcmp(s, "__qualname__"))
        v = g->qualname;
    else if (!strcmp(s, "gi_running"))
        return rt_bool(g->state == RT_GEN_RUNNING);
    else if (!strcmp(s, "gi_suspended"))
        return rt_bool(g->state == RT_GEN_SUSPENDED);
    else if (!strcmp(s, "gi_code"))
        v = rt_from_obj(rt_gen_frame(g)->code);
    else if (!strcmp(s, "gi_frame")) /* a snapshot of the frame, None once finished */
        return g->state == RT_GEN_FINISHED ? RT_NONE : rt__frame_object(rt, rt_gen_frame(g));
    else if (!strcmp(s, "gi_yieldfrom")) {
        v = rt__gen_yieldfrom(g);
        if (!v)
            return RT_NONE;
    } else {
        const rt_builtin_def *def = rt_method_find(rt, RT_T_GENERATOR, name);
        if (def)
            return rt_builtin_new(rt, def, gv);
        return rt_raise(rt, RT_EXC_AttributeError, "'%s' object has no attribute '%s'",
                        g->is_coro ? "coroutine" : "generator", s);
    }
    rt_incref(v);
    return v;
}

rt_value rt__gen_repr(rt_state *rt, rt_value gv)
{
    return rt_str_printf(rt, "<%s object %s at 0x%" PRIx64 ">",
                         rt_gen_of(gv)->agen      ? "async_generator"
                         : rt_gen_of(gv)->is_coro ? "coroutine"
                                                  : "generator",
                         rt_str_data(rt_gen_of(gv)->qualname), rt__objid_of_value(rt, gv));
}

/* ---- memory slots ------------------------------------------------------------------ */

static size_t gen_size(const rt_obj *o)
{
    return ((const rt_gen *)o)->nbytes + sizeof(rt_gc_link);
}

static void gen_traverse(rt_obj *o, rt_visit_fn visit, void *arg)
{
    rt_gen *g = (rt_gen *)o;
    if (rt_is_obj(g->name))
        visit(rt_as_obj(g->name), arg);
    if (rt_is_obj(g->qualname))
        visit(rt_as_obj(g->qualname), arg);
    /* A running generator's frame is inside an instruction whenever a
     * collection can start (from an allocation or a finalizer): f->sp is
     * exact only around the loop's calls out, and slots above the live stack
     * may hold values already released. Its stack counts as an external
     * reference, as the stack of any frame on the C stack does; its locals,
     * cells, code and function are always exact. */
    rt__frame_traverse(rt_gen_frame(g), g->state != RT_GEN_RUNNING, visit, arg);
}

static void gen_clear(rt_state *rt, rt_obj *o)
{
    rt_gen *g = (rt_gen *)o;
    if (g->state != RT_GEN_RUNNING && g->state != RT_GEN_FINISHED)
        rt__gen_finish(rt, rt_gen_frame(g));
}

bool rt__gen_needs_close(const rt_obj *o)
{
    const rt_gen *g = (const rt_gen *)o;
    return g->state == RT_GEN_SUSPENDED && rt_gen_frame((rt_gen *)(uintptr_t)g)->nblocks > 0;
}

void rt__gen_finalize(rt_state *rt, rt_obj *o)
{
    rt_value saved = rt->exc;
    rt->exc = RT_NULL;
    /* an async generator first iterated under asyncio: the loop's finalizer
     * hook schedules its aclose() instead. An error from closing is CPython's
     * "Exception ignored in: <generator object ...>" on stderr (without
     * source lines once the modules are being finalized) */
    if (!rt__agen_call_finalizer(rt, o) && rt_gen_close(rt, rt_from_obj(o)) < 0)
        rt__report_unraisable(rt, rt_from_obj(o), rt->finalizing);
    rt->exc = saved;
}

/* A coroutine freed before it ever ran: CPython's "RuntimeWarning:
 * coroutine 'f' was never awaited", through warnings (its filters apply;
 * the warning names the code running when the coroutine was freed). With
 * no frame running (the program has ended and its namespace is being
 * freed) CPython's warning says "sys:1" and the line is written directly.
 * An error from the warning (an "error" filter) is dropped, as CPython
 * only reports it as ignored. */
static void warn_unawaited(rt_state *rt, rt_obj *o)
{
    rt_gen *g = (rt_gen *)o;
    rt_value saved = rt->exc;
    rt->exc = RT_NULL;
    if (!rt->frame) {
        char line[300];
        int n = snprintf(line, sizeof line,
                         "sys:1: RuntimeWarning: coroutine '%.200s' was never awaited\n",
                         rt_str_data(g->qualname));
        rt__write_err(rt, line, (size_t)n < sizeof line ? (size_t)n : sizeof line - 1);
    } else {
        rt_value gv = rt_from_obj(o);
        rt_decref(rt, rt__warnings_call(rt, "_warn_unawaited_coroutine", &gv, 1));
    }
    rt_exc_clear(rt);
    rt->exc = saved;
}

static void gen_dealloc(rt_state *rt, rt_obj *o)
{
    rt_gen *g = (rt_gen *)o;
    if (g->is_coro && g->state == RT_GEN_CREATED) {
        o->refcnt = 1; /* the warning holds the coroutine (as its source) meanwhile */
        warn_unawaited(rt, o);
        rt__gen_finish(rt, rt_gen_frame(g)); /* warned once: now a finished coroutine */
        if (--o->refcnt != 0) {              /* kept by a catch_warnings record */
            rt__gc_track(rt, o);
            return;
        }
    }
    if (rt__gen_needs_close(o)) {
        /* closing runs Python code: hold the generator meanwhile */
        o->refcnt = 1;
        rt__gen_finalize(rt, o);
        if (--o->refcnt != 0) { /* resurrected by its finally block */
            rt__gc_track(rt, o);
            return;
        }
    }
    rt_frame *f = rt_gen_frame(g);
    if (g->state != RT_GEN_FINISHED)
        rt__frame_clear(rt, f);
    rt_code *c = f->code;
    rt_decref(rt, g->name);
    rt_decref(rt, g->qualname);
    rt_obj_free(rt, o, g->nbytes);
    rt_decref(rt, rt_from_obj(c));
}

const rt_typeinfo rt__gen_typeinfo = {"generator",  true,      gen_size,
                                      gen_traverse, gen_clear, gen_dealloc};

rt_value *rt__genexpr_raise(rt_state *rt, rt_code *caller, rt_value *hidden, rt_value *sp,
                            bool *reraise)
{
    rt_value gcv = *--sp;
    rt_code *gc = rt_code_of(gcv);
    rt_value *cells = sp - gc->nfreevars;
    rt__exc_restore(rt, cells[-1]);
    genexpr_leave(rt, caller, gc, cells[-2], hidden, cells);
    *reraise = false;                            /* the caller's own entry, at the call */
    for (uint32_t k = 0; k < gc->nlocals; k++) { /* the hidden slots */
        rt_value old = hidden[k];
        hidden[k] = RT_NULL;
        rt_decref(rt, old);
    }
    while (sp > cells)
        rt_decref(rt, *--sp);
    rt_decref(rt, gcv);
    return sp - 1; /* the exception's slot: it moved to rt->exc */
}

void rt__slot_clear(rt_state *rt, rt_value *slot)
{
    rt_value old = *slot;
    *slot = RT_NULL;
    rt_decref(rt, old);
}
