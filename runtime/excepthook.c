/* excepthook.c: sys's exception hooks. sys.excepthook, the report of an
 * exception nothing caught: the default hook (sys.__excepthook__) writes
 * CPython's traceback to stderr, and a program's own hook replaces that
 * report when its top level (or a call the embedder made) ends with an
 * uncaught exception. sys.unraisablehook, the report of an exception with
 * no caller to raise into (out of __del__, a weakref callback, a generator
 * closed when freed): a program's own hook gets a sys.UnraisableHookArgs in
 * place of the "Exception ignored in: ..." report. */
#include "runtime/excepthook.h"

#include <stdatomic.h>

#include "runtime/builtin.h"
#include "runtime/builtins_mod.h"
#include "runtime/class.h"
#include "runtime/dict.h"
#include "runtime/exc.h"
#include "runtime/finalize.h"
#include "runtime/heap.h"
#include "runtime/module.h"
#include "runtime/ops.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/structseq.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/vm.h"

/* excepthook(type, value, traceback): value's report on stderr, as the
 * runtime prints an uncaught exception; a traceback given for a value
 * that has none becomes its own first (as CPython's PyErr_Display). */
static rt_value excepthook_default(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                                   rt_value kwnames)
{
    (void)self;
    if (rt_args_range(rt, "excepthook", nargs, kwnames, 3, 3) < 0)
        return RT_NULL;
    rt_value value = args[1];
    rt_strbuf sb;
    rt_heap_strbuf_init(rt, &sb);
    if (!rt_is_exc(value)) {
        /* CPython: "TypeError: print_exception(): Exception expected for value, int found" */
        rt_strbuf_dispose(&sb);
        return rt_raise(rt, RT_EXC_TypeError,
                        "print_exception(): Exception expected for value, %s found",
                        rt_type_name(value));
    }
    if (rt__is_traceback(rt, args[2]) && rt_exc_of(value)->ntb == 0 &&
        rt__exc_traceback_set(rt, value, args[2]) < 0) {
        rt_strbuf_dispose(&sb);
        return RT_NULL;
    }
    if (rt_exc_format_uncaught(rt, value, rt->source, rt->source_len, &sb) < 0 || sb.failed) {
        rt_strbuf_dispose(&sb);
        return rt->exc ? RT_NULL : rt_raise(rt, RT_EXC_MemoryError, "%s", "");
    }
    rt__write_err(rt, sb.data, sb.len);
    rt_strbuf_dispose(&sb);
    rt_incref(RT_NONE);
    return RT_NONE;
}

static const rt_builtin_def excepthook_def = {"excepthook", excepthook_default};

/* The fields of sys.UnraisableHookArgs, in CPython's order. */
static const char *const unraisable_fields[] = {"exc_type", "exc_value", "exc_traceback", "err_msg",
                                                "object"};

/* One field of an UnraisableHookArgs-like value: a new reference, or
 * RT_NULL with the exception set. */
static rt_value unraisable_field(rt_state *rt, rt_value args, const char *name)
{
    rt_value n = rt_str_from_cstr(rt, name);
    if (!n)
        return RT_NULL;
    rt_value v = rt_getattr(rt, args, n);
    rt_decref(rt, n);
    return v;
}

/* unraisablehook(unraisable): the default report ("Exception ignored in:
 * <repr of object>", or err_msg in its place, and the traceback) of an
 * UnraisableHookArgs, as the runtime writes it itself. */
static rt_value unraisablehook_default(rt_state *rt, rt_value self, const rt_value *args,
                                       size_t nargs, rt_value kwnames)
{
    (void)self;
    if (rt_args_range(rt, "unraisablehook", nargs, kwnames, 1, 1) < 0)
        return RT_NULL;
    rt_value tuple = rt__native_base(args[0]); /* sys.UnraisableHookArgs: a named tuple */
    if (!tuple || !rt_is_tuple(tuple) || rt_tuple_len(tuple) != 5)
        return rt_raise(rt, RT_EXC_TypeError,
                        "sys.unraisablehook argument type must be UnraisableHookArgs");
    rt_value value = unraisable_field(rt, args[0], "exc_value");
    rt_value msg = value ? unraisable_field(rt, args[0], "err_msg") : RT_NULL;
    rt_value obj = msg ? unraisable_field(rt, args[0], "object") : RT_NULL;
    if (obj) {
        if (msg != RT_NONE && !rt_is_str(msg))
            rt_raise(rt, RT_EXC_TypeError, "err_msg must be None or str, not %s",
                     rt_type_name(msg));
        else
            rt__unraisable_write(rt, value, msg == RT_NONE ? NULL : rt_str_data(msg), obj, false);
    }
    rt_decref(rt, value);
    rt_decref(rt, msg);
    rt_decref(rt, obj);
    if (rt->exc)
        return RT_NULL;
    rt_incref(RT_NONE);
    return RT_NONE;
}

static const rt_builtin_def unraisablehook_def = {"unraisablehook", unraisablehook_default};

int rt__excepthook_fill(rt_state *rt, rt_value sys)
{
    rt_value hook = rt_builtin_new(rt, &excepthook_def, RT_NULL);
    if (!hook)
        return -1;
    int r = rt_dict_set_cstr(rt, sys, "excepthook", hook);
    if (r == 0)
        r = rt_dict_set_cstr(rt, sys, "__excepthook__", hook);
    rt_decref(rt, hook);
    if (r < 0 || !(hook = rt_builtin_new(rt, &unraisablehook_def, RT_NULL)))
        return -1;
    r = rt_dict_set_cstr(rt, sys, "unraisablehook", hook);
    if (r == 0)
        r = rt_dict_set_cstr(rt, sys, "__unraisablehook__", hook);
    rt_decref(rt, hook);
    return r;
}

int rt__unraisablehook_run(rt_state *rt, rt_value e, rt_value where)
{
    rt_value sys = rt->modules ? rt_dict_get_cstr(rt, rt->modules, "sys") : RT_NULL;
    if (!sys || !rt_is_module(sys))
        return 0;
    rt_value d = rt_module_of(sys)->dict;
    rt_value hook = rt_dict_get_cstr(rt, d, "unraisablehook");
    if (!hook || hook == rt_dict_get_cstr(rt, d, "__unraisablehook__"))
        return 0;
    rt_value saved = rt->exc;
    rt->exc = RT_NULL;
    bool is_exc = e && rt_is_exc(e);
    rt_value values[5] = {is_exc ? rt_exc_of(e)->cls : RT_NONE, e ? e : RT_NONE, RT_NULL, RT_NONE,
                          where ? where : RT_NONE};
    rt_incref(values[0]);
    rt_incref(values[1]);
    values[2] = is_exc ? rt__exc_traceback_get(rt, e) : (rt_incref(RT_NONE), RT_NONE);
    rt_incref(values[3]);
    rt_incref(values[4]);
    rt_value args =
        rt__structseq_new(rt, "sys", "UnraisableHookArgs", unraisable_fields, 5, values);
    rt_incref(hook);
    rt_value r = args ? rt_call(rt, hook, &args, 1, RT_NULL) : RT_NULL;
    rt_decref(rt, args);
    if (r) {
        rt_decref(rt, r);
    } else {
        rt_value err = rt_exc_fetch(rt);
        rt__unraisable_write(rt, err, "Exception ignored in sys.unraisablehook", hook, false);
        rt_decref(rt, err);
    }
    rt_decref(rt, hook);
    rt->exc = saved;
    return 1;
}

/* Appends the report of the current exception (taken) to sb. */
static void report_current(rt_state *rt, rt_strbuf *sb)
{
    rt_value e = rt_exc_fetch(rt);
    if (e && rt_is_exc(e))
        rt_exc_format_uncaught(rt, e, rt->source, rt->source_len, sb);
    rt_decref(rt, e);
    rt_exc_clear(rt);
}

int rt__excepthook_run(rt_state *rt, rt_strbuf *report)
{
    rt_value e = rt->exc;
    if (!e || !rt_is_exc(e) ||
        rt_type_is_subtype(rt_exc_of(e)->cls, rt->exc_types[RT_EXC_SystemExit]) ||
        atomic_load_explicit(rt->cfg.interrupt, memory_order_relaxed) != RT_INTERRUPT_NONE)
        return 0;
    /* a program that never imported sys has set no hook */
    rt_value sys = rt->modules ? rt_dict_get_cstr(rt, rt->modules, "sys") : RT_NULL;
    if (!sys || !rt_is_module(sys))
        return 0;
    rt_value d = rt_module_of(sys)->dict;
    rt_value hook = rt_dict_get_cstr(rt, d, "excepthook");
    rt_value dflt = rt_dict_get_cstr(rt, d, "__excepthook__");
    if (hook && hook == dflt)
        return 0;
    if (!hook) {
        rt_strbuf_append_cstr(report, "sys.excepthook is missing\n");
        return 2;
    }
    rt_value exc = rt_exc_fetch(rt);
    rt_value tb = rt__exc_traceback_get(rt, exc);
    rt_value r = RT_NULL;
    if (tb) {
        rt_value args[3] = {rt_exc_of(exc)->cls, exc, tb};
        rt_incref(hook);
        r = rt_call(rt, hook, args, 3, RT_NULL);
        rt_decref(rt, hook);
        rt_decref(rt, tb);
    }
    if (r) {
        rt_decref(rt, r);
        rt__exc_restore(rt, exc);
        return 1;
    }
    rt_strbuf_append_cstr(report, "Error in sys.excepthook:\n");
    report_current(rt, report);
    rt_strbuf_append_cstr(report, "\nOriginal exception was:\n");
    rt__exc_restore(rt, exc);
    return 2;
}
