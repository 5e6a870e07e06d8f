/* call.c: a Python-level call without C recursion: binding arguments to a
 * new frame's parameters (positional, keyword, defaults, *args, **kwargs,
 * keyword-only) with CPython's error messages, and the recursion limit.
 * The dispatch loop (vm.c) pushes the frame and goes on in the same loop. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/code.h"
#include "runtime/dict.h"
#include "runtime/exc.h"
#include "runtime/frame.h"
#include "runtime/func.h"
#include "runtime/ops.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/vm.h"

/* ---- argument binding -------------------------------------------------------------- */

/* The name argument errors give: the function's __qualname__, which code
 * may have reassigned (functools.wraps, dataclasses do), else its code's. */
static const char *qualname_of(rt_state *rt, rt_func *fn)
{
    rt_value d = rt_func_dict(fn);
    rt_value q = d ? rt_dict_get(rt, d, rt->ids[RT_ID_qualname]) : RT_NULL;
    if (q && rt_is_str(q))
        return rt_str_data(q);
    return rt_str_data(fn->code->qualname);
}

static void missing_args(rt_state *rt, rt_func *fn, rt_value *locals, int from, int to,
                         const char *kind)
{
    rt_code *c = fn->code;
    int missing[64], n = 0;
    for (int j = from; j < to && n < 64; j++)
        if (!locals[j])
            missing[n++] = j;
    char buf[512];
    size_t len = 0;
    buf[0] = 0;
    for (int k = 0; k < n; k++) {
        const char *sep = k == 0 ? "" : (n == 2 ? " and " : (k == n - 1 ? ", and " : ", "));
        int w = snprintf(buf + len, sizeof buf - len, "%s'%s'", sep,
                         rt_str_data(c->varnames[missing[k]]));
        if (w < 0 || (size_t)w >= sizeof buf - len)
            break;
        len += (size_t)w;
    }
    rt_raise(rt, RT_EXC_TypeError, "%s() missing %d required %s argument%s: %s",
             qualname_of(rt, fn), n, kind, n == 1 ? "" : "s", buf);
}

static void too_many_positional(rt_state *rt, rt_func *fn, size_t given, rt_value *locals)
{
    rt_code *c = fn->code;
    int argc = c->argcount;
    rt_value defaults = rt_func_defaults(fn);
    int ndef = defaults ? (int)rt_tuple_len(defaults) : 0;
    int kwgiven = 0;
    for (int j = argc; j < argc + c->kwonlyargcount; j++)
        if (locals[j])
            kwgiven++;
    char takes[64];
    if (ndef)
        snprintf(takes, sizeof takes, "from %d to %d positional arguments", argc - ndef, argc);
    else
        snprintf(takes, sizeof takes, "%d positional argument%s", argc, argc == 1 ? "" : "s");
    if (kwgiven)
        rt_raise(rt, RT_EXC_TypeError,
                 "%s() takes %s but %zu positional argument%s (and %d keyword-only argument%s) "
                 "were given",
                 qualname_of(rt, fn), takes, given, given == 1 ? "" : "s", kwgiven,
                 kwgiven == 1 ? "" : "s");
    else
        rt_raise(rt, RT_EXC_TypeError, "%s() takes %s but %zu %s given", qualname_of(rt, fn), takes,
                 given, given == 1 ? "was" : "were");
}

/* The parameter slot in [from, n) named `name`, or -1. */
static int find_param(rt_code *c, rt_value name, int from, int n)
{
    for (int j = from; j < n; j++)
        if (c->varnames[j] == name)
            return j;
    for (int j = from; j < n; j++)
        if (rt_str_eq(c->varnames[j], name))
            return j;
    return -1;
}

/* The keyword arguments of a call, from either of the two forms a caller
 * has them in: names (a tuple of strs) with their values, or a dict (a call
 * through **kwargs: bound straight from the dict, no tuple of names built). */
typedef struct kw_args {
    rt_value names;       /* tuple, or RT_NULL */
    const rt_value *vals; /* values of `names` */
    rt_value dict;        /* dict with str keys, or RT_NULL */
    int64_t pos;          /* rt_dict_next's position in `dict` */
    size_t i;             /* next index in `names` */
} kw_args;

/* The next keyword argument (borrowed); false after the last. */
static bool kw_next(kw_args *kw, rt_value *name, rt_value *v)
{
    if (kw->dict)
        return rt_dict_next(kw->dict, &kw->pos, name, v);
    if (!kw->names || kw->i >= (size_t)rt_tuple_len(kw->names))
        return false;
    *name = rt_tuple_get(kw->names, (int64_t)kw->i);
    *v = kw->vals[kw->i++];
    return true;
}

/* The TypeError for keyword arguments naming positional-only parameters of
 * a function without **kwargs: every such name, in parameter order. */
static void posonly_as_keyword(rt_state *rt, rt_func *fn, const kw_args *kw)
{
    rt_code *c = fn->code;
    char buf[512];
    size_t len = 0;
    buf[0] = 0;
    for (int j = 0; j < c->posonlyargcount; j++) {
        kw_args scan = *kw;
        rt_value name, v;
        bool given = false;
        while (!given && kw_next(&scan, &name, &v))
            given = rt_str_eq(name, c->varnames[j]);
        if (!given)
            continue;
        int w = snprintf(buf + len, sizeof buf - len, "%s%s", len ? ", " : "",
                         rt_str_data(c->varnames[j]));
        if (w < 0 || (size_t)w >= sizeof buf - len)
            break;
        len += (size_t)w;
    }
    rt_raise(rt, RT_EXC_TypeError,
             "%s() got some positional-only arguments passed as keyword arguments: '%s'",
             qualname_of(rt, fn), buf);
}

/* bind_args for a forwarder, `def wrapper(*args, **kwargs)`: no named
 * parameter, so every positional goes into the tuple and every keyword into
 * the dict (as the general path puts them), and none of its checks can
 * fail: no parameter to find by name, to give twice or to leave missing. */
static int bind_forwarder(rt_state *rt, rt_frame *f, const rt_value *args, size_t nargs,
                          kw_args *kw)
{
    rt_value *locals = f->locals;
    rt_value t = rt_tuple_from(rt, args, (int64_t)nargs);
    if (!t)
        return -1;
    locals[0] = t;
    rt_value kwdict = rt_dict_new(rt);
    if (!kwdict)
        return -1;
    locals[1] = kwdict;
    rt_value name, v;
    while (kw_next(kw, &name, &v))
        if (rt_dict_set(rt, kwdict, name, v) < 0)
            return -1;
    return 0;
}

/* Binds the arguments (borrowed) into f's locals; 0 or -1 with TypeError. */
static int bind_args(rt_state *rt, rt_frame *f, rt_func *fn, const rt_value *args, size_t nargs,
                     kw_args *kw)
{
    rt_code *c = fn->code;
    if ((c->flags & (RT_CO_VARARGS | RT_CO_VARKEYWORDS)) == (RT_CO_VARARGS | RT_CO_VARKEYWORDS) &&
        c->argcount == 0 && c->kwonlyargcount == 0)
        return bind_forwarder(rt, f, args, nargs, kw);
    rt_value *locals = f->locals;
    int argc = c->argcount;
    int nnamed = argc + c->kwonlyargcount;
    size_t npos = nargs < (size_t)argc ? nargs : (size_t)argc;
    for (size_t i = 0; i < npos; i++) {
        rt_incref(args[i]);
        locals[i] = args[i];
    }
    int slot = nnamed;
    if (c->flags & RT_CO_VARARGS) {
        rt_value t = rt_tuple_from(rt, args + npos, (int64_t)(nargs - npos));
        if (!t)
            return -1;
        locals[slot++] = t;
    }
    rt_value kwdict = RT_NULL;
    if (c->flags & RT_CO_VARKEYWORDS) {
        kwdict = rt_dict_new(rt);
        if (!kwdict)
            return -1;
        locals[slot] = kwdict;
    }
    rt_value name, v;
    kw_args all = *kw;
    while (kw_next(kw, &name, &v)) {
        /* a positional-only parameter's name is an ordinary keyword: it goes
         * into **kwargs, or it is an error */
        int j = find_param(c, name, c->posonlyargcount, nnamed);
        if (j < 0) {
            if (!kwdict) {
                if (find_param(c, name, 0, c->posonlyargcount) >= 0)
                    posonly_as_keyword(rt, fn, &all);
                else
                    rt_raise(rt, RT_EXC_TypeError, "%s() got an unexpected keyword argument '%s'",
                             qualname_of(rt, fn), rt_str_data(name));
                return -1;
            }
            if (rt_dict_set(rt, kwdict, name, v) < 0)
                return -1;
            continue;
        }
        if (locals[j]) {
            rt_raise(rt, RT_EXC_TypeError, "%s() got multiple values for argument '%s'",
                     qualname_of(rt, fn), rt_str_data(name));
            return -1;
        }
        rt_incref(v);
        locals[j] = v;
    }
    if (nargs > (size_t)argc && !(c->flags & RT_CO_VARARGS)) {
        too_many_positional(rt, fn, nargs, locals);
        return -1;
    }
    if (npos < (size_t)argc) {
        rt_value defaults = rt_func_defaults(fn);
        int ndef = defaults ? (int)rt_tuple_len(defaults) : 0;
        int first_def = argc - ndef;
        bool missing = false;
        for (int j = (int)npos; j < argc; j++) {
            if (locals[j])
                continue;
            if (j >= first_def) {
                rt_value d = rt_tuple_get(defaults, j - first_def);
                rt_incref(d);
                locals[j] = d;
            } else {
                missing = true;
            }
        }
        if (missing) {
            missing_args(rt, fn, locals, 0, argc, "positional");
            return -1;
        }
    }
    if (c->kwonlyargcount) {
        bool missing = false;
        for (int j = argc; j < nnamed; j++) {
            if (locals[j])
                continue;
            rt_value kwd = rt_func_kwdefaults(fn);
            rt_value d = kwd ? rt_dict_get(rt, kwd, c->varnames[j]) : RT_NULL;
            if (d) {
                rt_incref(d);
                locals[j] = d;
            } else {
                missing = true;
            }
        }
        if (missing) {
            missing_args(rt, fn, locals, argc, nnamed, "keyword-only");
            return -1;
        }
    }
    return 0;
}

static bool recursion_check(rt_state *rt)
{
    if (rt->depth >= rt->recursion_limit) {
        rt_raise(rt, RT_EXC_RecursionError, "maximum recursion depth exceeded");
        return false;
    }
    return true;
}

/* rt__vm_push_call with the keyword arguments in kw. */
static rt_frame *push_call(rt_state *rt, rt_value func, const rt_value *args, size_t nargs,
                           kw_args *kw)
{
    if (!recursion_check(rt))
        return NULL;
    rt_func *fn = rt_func_of(func);
    rt_frame *f = rt__frame_push(rt, fn->code, func);
    if (!f)
        return NULL;
    rt->depth++;
    if (bind_args(rt, f, fn, args, nargs, kw) < 0 ||
        ((fn->code->ncellvars || fn->code->nfreevars) && rt__frame_init_cells(rt, f) < 0)) {
        rt__frame_pop(rt, f);
        rt->depth--;
        return NULL;
    }
    return f;
}

/* True when func's parameters are exactly nargs positional ones and the
 * call may go deeper: the frame is then pushed by rt__frame_push_exact. */
static inline bool exact_call(rt_state *rt, rt_value func, size_t nargs)
{
    return nargs == rt_func_of(func)->code->fast_argc && rt->depth < rt->recursion_limit;
}
/* rt__frame_push_exact for borrowed arguments (it moves references in: these
 * are the frame's own). */
static rt_frame *push_exact_borrowed(rt_state *rt, rt_value func, const rt_value *args,
                                     size_t nargs)
{
    rt_incref(func);
    for (size_t i = 0; i < nargs; i++)
        rt_incref(args[i]);
    return rt__frame_push_exact(rt, func, (rt_value *)(uintptr_t)args, (uint32_t)nargs);
}
rt_frame *rt__vm_push_call(rt_state *rt, rt_value func, const rt_value *args, size_t nargs,
                           rt_value kwnames)
{
    if (kwnames == RT_NULL && exact_call(rt, func, nargs))
        return push_exact_borrowed(rt, func, args, nargs); /* a property's getter or setter */
    kw_args kw = {kwnames, args + nargs, RT_NULL, 0, 0};
    return push_call(rt, func, args, nargs, &kw);
}

rt_frame *rt__vm_push_forwarder(rt_state *rt, rt_value func, rt_value *args, uint32_t nargs,
                                rt_value kwnames)
{
    uint32_t nkw = kwnames ? (uint32_t)rt_tuple_len(kwnames) : 0;
    uint32_t npos = nargs - nkw;
    uint32_t owned = nargs; /* the arguments not yet moved into the frame */
    /* the frame first, so that the tuple and the dict are born at its first
     * line, as the general binder's are; it takes func's reference */
    rt_frame *f = rt__frame_push_exact(rt, func, NULL, 0);
    if (!f)
        goto release;
    rt_value t = rt__tuple_take(rt, args, npos);
    if (!t)
        goto pop;
    f->locals[0] = t;
    owned = 0; /* the values move into the dict, even when it fails */
    rt_value d = rt__dict_from_names(rt, nkw ? rt_tuple_items(kwnames) : NULL, args + npos, nkw);
    if (!d)
        goto pop;
    f->locals[1] = d;
    return f;
pop:
    rt__frame_pop(rt, f);
    rt->depth--;
release:
    for (uint32_t i = 0; i < owned; i++)
        rt_decref(rt, args[i]);
    return NULL;
}

/* The most parameters bind_by_name binds (its slots are on the C stack). */
#define BY_NAME_MAX 16

/* bind_args's work for a function whose parameters are its code's
 * fast_argc positional ones, called with nargs (fewer) positionals and the
 * entries of kwargs (a dict with str keys): the parameters' values
 * (borrowed) into slots, defaults included, and true; false when any
 * keyword names no parameter after the positionals or one already given,
 * or a parameter is left without a value: the general binder then raises
 * CPython's error. Reads and changes nothing else. */
static bool bind_by_name(rt_func *fn, const rt_value *args, size_t nargs, rt_value kwargs,
                         rt_value *slots)
{
    rt_code *c = fn->code;
    int argc = c->fast_argc;
    /* one loop (two became a memcpy and a memset call for a few words) */
    for (int j = 0; j < argc; j++)
        slots[j] = (size_t)j < nargs ? args[j] : RT_NULL;
    const rt_dict_obj *d = rt_dict_obj_of(kwargs);
    const rt_dict_entry *e = rt__dict_entries(d);
    int from = (int)nargs > c->posonlyargcount ? (int)nargs : c->posonlyargcount;
    for (int64_t k = 0; k < d->nentries; k++) {
        if (!e[k].key)
            continue;
        int j = find_param(c, e[k].key, from, argc);
        if (j < 0 || slots[j])
            return false;
        slots[j] = e[k].value;
    }
    rt_value defaults = rt_func_defaults(fn);
    int ndef = defaults ? (int)rt_tuple_len(defaults) : 0;
    for (int j = (int)nargs; j < argc; j++) {
        if (slots[j])
            continue;
        if (j < argc - ndef)
            return false;
        slots[j] = rt_tuple_get(defaults, j - (argc - ndef));
    }
    return true;
}

rt_frame *rt__vm_push_call_dict(rt_state *rt, rt_value func, const rt_value *args, size_t nargs,
                                rt_value kwargs)
{
    if ((kwargs == RT_NULL || rt_dict_len(kwargs) == 0) && exact_call(rt, func, nargs))
        return push_exact_borrowed(rt, func, args, nargs); /* f(*args) and f(*args, **{}) */
    rt_code *c = rt_func_of(func)->code;
    if (kwargs && nargs < c->fast_argc && c->fast_argc <= BY_NAME_MAX &&
        rt->depth < rt->recursion_limit) {
        /* f(*args, **kwargs) into `def f(a, b, c=1)`: the arguments by name
         * into an exact call's slots */
        rt_value slots[BY_NAME_MAX];
        if (bind_by_name(rt_func_of(func), args, nargs, kwargs, slots))
            return push_exact_borrowed(rt, func, slots, c->fast_argc);
    }
    kw_args kw = {RT_NULL, NULL, kwargs, 0, 0};
    return push_call(rt, func, args, nargs, &kw);
}
