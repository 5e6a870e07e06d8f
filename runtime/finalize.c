/* finalize.c: __del__ (PEP 442 finalizers) of instances of user classes:
 * once per object, run at the safe point after reference counting dropped
 * it to zero, by the collector for unreachable cycles before anything is
 * cleared, and for what is still alive when `closured run` ends; an
 * exception in one is printed as CPython's "Exception ignored in: ...". */
#include "runtime/finalize.h"

#include <stdlib.h>

#include "runtime/builtins_mod.h"
#include "runtime/class.h"
#include "runtime/dict.h"
#include "runtime/exc.h"
#include "runtime/fiber.h"
#include "runtime/frame.h"
#include "runtime/gc.h"
#include "runtime/gen.h"
#include "runtime/heap.h"
#include "runtime/nest.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/strbuf.h"
#include "runtime/type.h"
#include "runtime/vm.h"
#include "runtime/weakref.h"

/* The __del__ of instance o's class (borrowed), or RT_NULL. Raises
 * nothing (the current exception is kept): the class's type cache answers. */
static rt_value lookup_del(rt_state *rt, rt_obj *o)
{
    if (!rt->ids[RT_ID_del])
        return RT_NULL;
    rt_value saved = rt->exc;
    rt->exc = RT_NULL;
    rt_value cls = o->type == RT_T_EXC ? ((rt_exc *)o)->cls : ((rt_inst *)o)->cls;
    rt_value m = rt_type_lookup(rt, cls, rt->ids[RT_ID_del]);
    if (rt->exc)
        rt_exc_clear(rt);
    rt->exc = saved;
    return m;
}

/* lookup_del for an object whose finalizer has not run yet; RT_NULL for
 * any other object. */
static rt_value del_of(rt_state *rt, rt_obj *o)
{
    if ((o->type != RT_T_INSTANCE && o->type != RT_T_EXC) || (o->flags & RT_INST_F_DEL_DONE))
        return RT_NULL;
    return lookup_del(rt, o);
}

bool rt__finalizer_defer(rt_state *rt, rt_obj *o)
{
    rt_gc_state *g = rt->gc;
    if (!g || g->del_closing || !del_of(rt, o))
        return false;
    o->flags |= RT_INST_F_DEL_DONE;
    o->refcnt = 1; /* the queue's */
    if (o->flags & RT_F_TRACKED)
        rt__gc_untrack(rt, o);
    rt_gc_link *l = rt_gc_link_of(o);
    l->next = NULL;
    l->prev = 0;
    if (g->del_tail)
        g->del_tail->next = l;
    else
        g->del_head = l;
    g->del_tail = l;
    rt->gc_pending = true; /* the VM's next safe point runs the queue */
    return true;
}

/* CPython's PyErr_WriteUnraisable for an exception out of a finalizer:
 * "Exception ignored in: <function C.__del__ at 0x...>" and the traceback
 * of that exception alone (no chain), on stderr; the source lines only
 * while the program runs (at exit CPython can no longer read them).
 * A program's own sys.unraisablehook gets the exception instead while it
 * runs (excepthook.c). Clears the exception. */
void rt__report_unraisable(rt_state *rt, rt_value del, bool exiting)
{
    rt_value e = rt_exc_fetch(rt);
    if (e && rt_is_exc(e) && !exiting && rt->frame && rt->frame->ip && rt_exc_of(e)->ntb == 0) {
        /* raised by C code with no frame of its own (a generator ignoring
         * GeneratorExit): CPython shows where the running frame stands */
        rt_frame *f = rt->frame;
        uint32_t i = (uint32_t)(f->ip - f->code->insns), at = i ? i - 1 : 0;
        rt__exc_add_tb(rt, e, f->code, rt_code_line(f->code, at),
                       at < f->code->ninsns ? f->code->cols[at] : 0);
    }
    if (exiting || !rt__unraisablehook_run(rt, e, del))
        rt__unraisable_write(rt, e, NULL, del, exiting);
    rt_decref(rt, e);
}

void rt__unraisable_write(rt_state *rt, rt_value e, const char *msg, rt_value where, bool exiting)
{
    rt_value saved = rt->exc;
    rt->exc = RT_NULL;
    rt_strbuf sb;
    rt_strbuf_init(&sb);
    rt_strbuf_append_cstr(&sb, msg ? msg : "Exception ignored in");
    if (where && where != RT_NONE) {
        rt_value r = rt_repr(rt, where);
        if (!r)
            rt_exc_clear(rt);
        rt_strbuf_append_cstr(&sb, ": ");
        rt_strbuf_append_cstr(&sb, r ? rt_str_data(r) : "<object repr() failed>");
        rt_decref(rt, r);
    } else {
        rt_strbuf_append_char(&sb, ':');
    }
    rt_strbuf_append_char(&sb, '\n');
    if (e && rt_is_exc(e)) {
        rt_exc *x = rt_exc_of(e);
        rt_value cause = x->cause, context = x->context;
        x->cause = x->context = RT_NULL;
        if (exiting)
            rt_exc_format_traceback_lines_only(rt, e, &sb);
        else
            rt_exc_format_traceback(rt, e, rt->source, rt->source_len, &sb);
        x->cause = cause;
        x->context = context;
    }
    if (!sb.failed)
        rt__write_err(rt, sb.data, sb.len);
    rt_strbuf_dispose(&sb);
    if (rt->exc)
        rt_exc_clear(rt);
    rt->exc = saved;
}

/* Calls o's __del__ (o alive, its done flag set), the current exception
 * kept as it was. */
static void call_del(rt_state *rt, rt_obj *o, rt_value del, bool exiting)
{
    rt_value saved = rt->exc;
    rt->exc = RT_NULL;
    rt_incref(del);
    rt_value r = rt__call_special(rt, del, rt_from_obj(o), NULL, 0);
    if (r)
        rt_decref(rt, r);
    else if (rt->exc)
        rt__report_unraisable(rt, del, exiting);
    rt_decref(rt, del);
    rt->exc = saved;
}

void rt__finalizers_run_pending(rt_state *rt)
{
    rt_gc_state *g = rt->gc;
    while (g && g->del_head) {
        rt_gc_link *l = g->del_head;
        g->del_head = l->next;
        if (!g->del_head)
            g->del_tail = NULL;
        rt_obj *o = rt_obj_of_link(l);
        l->next = NULL;
        rt__gc_track(rt, o); /* a live container again while its __del__ runs */
        rt_value del = lookup_del(rt, o);
        if (del)
            call_del(rt, o, del, false);
        rt_decref(rt, rt_from_obj(o)); /* freed now unless __del__ kept it */
    }
}

bool rt__finalizers_run_cyclic(rt_state *rt, rt_gc_link *unreachable)
{
    if (rt->gc->del_closing) /* the state's final collections: no Python code runs */
        return false;
    bool any = false;
    for (rt_gc_link *l = unreachable->next; l != unreachable && !any; l = l->next)
        any = del_of(rt, rt_obj_of_link(l)) != RT_NULL;
    if (!any)
        return false;
    /* CPython calls the weak-reference callbacks of the garbage (queued by
     * the weak-reference phase) before any finalizer */
    rt__weakref_run_pending(rt);
    for (rt_gc_link *l = unreachable->next; l != unreachable; l = l->next) {
        rt_obj *o = rt_obj_of_link(l);
        rt_value del = del_of(rt, o);
        if (del) {
            o->flags |= RT_INST_F_DEL_DONE;
            call_del(rt, o, del, false);
            any = true;
        }
    }
    return any;
}

typedef struct gathered {
    rt_state *rt;
    rt_obj **objs;
    size_t n, cap;
    bool failed;
} gathered;

/* A generator suspended inside a try block, closed at exit like an object
 * with a __del__ (CPython's finalizer of a generator). */
static bool gen_to_close(const rt_obj *o)
{
    return o->type == RT_T_GENERATOR && rt__gen_needs_close(o);
}

static void gather_one(rt_obj *o, void *arg)
{
    gathered *g = arg;
    if (g->failed || (!gen_to_close(o) && !del_of(g->rt, o)))
        return;
    if (g->n == g->cap) {
        size_t cap = g->cap ? g->cap * 2 : 64;
        rt_obj **p = realloc(g->objs, cap * sizeof *p);
        if (!p) {
            g->failed = true;
            return;
        }
        g->objs = p;
        g->cap = cap;
    }
    o->refcnt++;
    g->objs[g->n++] = o;
}

void rt_run_exit_finalizers(rt_state *rt)
{
    rt_gc_state *g = rt->gc;
    if (!g || g->collecting || !rt_exit_pending(rt))
        return;
    rt_value saved = rt->exc;
    rt->exc = RT_NULL;
    /* atexit's functions first: CPython runs them before it finalizes
     * anything (the module's own finalizer then finds none left) */
    rt_value mod = rt->modules ? rt_dict_get_cstr(rt, rt->modules, "atexit") : RT_NULL;
    rt_value name = mod ? rt_str_intern(rt, "_run_exitfuncs", 14) : RT_NULL;
    rt_value fn = name ? rt_getattr(rt, mod, name) : RT_NULL;
    rt_decref(rt, name);
    rt_value r = fn ? rt_call(rt, fn, NULL, 0, RT_NULL) : RT_NULL;
    rt_decref(rt, fn);
    rt_decref(rt, r);
    rt_exc_clear(rt);
    rt__finalizers_run_pending(rt);
    rt_gc_collect(rt, RT_GC_GENERATIONS - 1, false, NULL);
    rt__finalizers_run_pending(rt);
    /* what is still alive, oldest generation first, with every global
     * still bound (CPython finalizes a module's garbage before clearing it):
     * the __del__ of instances, the close() of suspended generators */
    rt->finalizing = true;
    gathered got = {rt, NULL, 0, 0, false};
    rt__gc_each_tracked(rt, gather_one, &got);
    for (size_t i = 0; i < got.n; i++) {
        rt_obj *o = got.objs[i];
        rt_value del = del_of(rt, o);
        if (gen_to_close(o)) {
            rt__gen_finalize(rt, o);
        } else if (del) {
            o->flags |= RT_INST_F_DEL_DONE;
            call_del(rt, o, del, true);
        }
        rt_decref(rt, rt_from_obj(o));
        rt__finalizers_run_pending(rt);
    }
    free(got.objs);
    rt__finalizers_run_pending(rt);
    rt_decref(rt, rt->exc);
    rt->exc = saved;
}

/* The fiber's body for rt_run_exit: the budget charged by the nested
 * loops the finalizers run in. */
static rt_status exit_body(rt_state *rt, const rt_budget *budget)
{
    rt__vm_slice_start(rt, budget);
    rt_run_exit_finalizers(rt);
    return RT_DONE;
}

rt_status rt_run_exit(rt_state *rt, const rt_budget *budget)
{
    if (rt__fiber_suspended(rt))
        return rt__fiber_resume(rt, budget);
    if (!rt_exit_pending(rt) || rt->frame)
        return RT_DONE;
    rt->stack_base = RT_STACK_HERE();
    rt_status st;
    if (budget && (budget->instructions || budget->max_ns) &&
        rt__fiber_run(rt, exit_body, budget, &st) == 0)
        return st;
    rt_run_exit_finalizers(rt);
    return RT_DONE;
}

int rt_exit_pending(const rt_state *rt)
{
    /* a class with a __del__ (atexit's functions run from one) or a
     * generator alive, which may need closing */
    return rt->gc && (rt->del_seen || rt_heap_by_type(rt, RT_T_GENERATOR).objects > 0);
}

void rt__finalizers_shutdown(rt_state *rt)
{
    rt_gc_state *g = rt->gc;
    if (!g)
        return;
    g->del_closing = true;
    while (g->del_head) {
        rt_gc_link *l = g->del_head;
        g->del_head = l->next;
        if (!g->del_head)
            g->del_tail = NULL;
        rt_obj *o = rt_obj_of_link(l);
        l->next = NULL;
        rt__gc_track(rt, o);
        rt_decref(rt, rt_from_obj(o));
    }
}
