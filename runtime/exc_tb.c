/* exc_tb.c: an exception's traceback as Python objects: __traceback__,
 * with_traceback() and sys.exc_info()[2]. The runtime records a traceback
 * as entries inside the exception (exc.h: code, line, columns), which is
 * all a raise pays; the traceback and frame objects (stdlib/_tbtypes.py)
 * are built from them only when a program reads them, and a traceback
 * object given back (raise e.with_traceback(tb)) is turned into entries
 * again, columns included, so the printed report keeps its carets. The
 * same frame objects describe the running frames (sys._getframe()): a
 * snapshot of each, its locals included, taken when asked. */
#include <string.h>

#include "runtime/code.h"
#include "runtime/dict.h"
#include "runtime/exc.h"
#include "runtime/exec.h"
#include "runtime/frame.h"
#include "runtime/heap.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/num.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"

/* _tbtypes.<name> (a new reference). */
static rt_value tbtypes_attr(rt_state *rt, const char *name)
{
    return rt_import_attr(rt, "_tbtypes", name);
}

/* Calls _tbtypes.<name>(entries) and returns its new reference (RT_NULL with an exception
 * set). Takes entries, a list, or RT_NULL when building it failed (then fails too). */
static rt_value tbtypes_call(rt_state *rt, const char *name, rt_value entries)
{
    if (!entries)
        return RT_NULL;
    rt_value fn = tbtypes_attr(rt, name);
    rt_value r = fn ? rt_call(rt, fn, &entries, 1, RT_NULL) : RT_NULL;
    rt_decref(rt, fn);
    rt_decref(rt, entries);
    return r;
}

/* The f_locals dict entry t of e keeps, a new reference; RT_NONE when it
 * keeps none, RT_NULL with the error. An entry that keeps the frame's
 * variables (slots) makes the dict at the first read and keeps it, so every
 * read gives the same dict, brought up to date from the variables as
 * CPython's f_locals is (a closure may have changed a cell since). */
static rt_value entry_locals(rt_state *rt, rt_tb_entry *t)
{
    if (!t->slots && t->locals != RT_NONE) {
        rt_value d = t->locals ? t->locals : RT_NONE;
        rt_incref(d);
        return d;
    }
    if (!rt_is_obj(t->locals)) {
        rt_value d = rt_dict_new(rt);
        if (!d)
            return RT_NULL;
        t->locals = d;
    }
    rt_value d = t->locals;
    const rt_code *c = t->code;
    if (t->slots && rt__code_locals_fill(rt, d, c, t->slots, t->slots + c->nlocals) < 0)
        return RT_NULL;
    rt_incref(d);
    return d;
}

rt_value rt__exc_traceback_get(rt_state *rt, rt_value ev)
{
    rt_exc *e = rt_exc_of(ev);
    if (!e->ntb)
        return RT_NONE;
    rt_value entries = rt_list_new(rt, 0);
    for (uint32_t k = e->ntb; entries && k-- > 0;) { /* outermost first */
        rt_value line = rt_int_from_i64(rt, e->tb[k].line);
        rt_value cols = line ? rt_int_from_i64(rt, e->tb[k].cols) : RT_NULL;
        /* the frame's locals: kept when the exception left it; the frame
         * that caught it (the outermost entry) is still running when its
         * handler reads the traceback, and shows its locals now */
        rt_tb_entry *entry = &e->tb[k];
        rt_frame *f = rt->frame;
        rt_value locals;
        if (entry->locals || entry->slots)
            locals = line && cols ? entry_locals(rt, entry) : RT_NULL;
        else if (k == e->ntb - 1 && f && f->code == entry->code &&
                 (f->code->flags & RT_CO_OPTIMIZED)) {
            locals = rt_frame_locals(rt, f);
            f->flags |= RT_FRAME_SEEN;
        } else
            locals = RT_NONE;
        rt_value t = cols && locals
                         ? rt_tuple_pack(rt, 4, rt_from_obj(e->tb[k].code), line, cols, locals)
                         : RT_NULL;
        rt_decref(rt, line);
        rt_decref(rt, cols);
        rt_decref(rt, locals);
        if (!t || rt_list_append(rt, entries, t) < 0) {
            rt_decref(rt, t);
            rt_decref(rt, entries);
            return RT_NULL;
        }
        rt_decref(rt, t);
    }
    return tbtypes_call(rt, "build", entries);
}

/* The line frame f is at: its last instruction started (ip is the next). */
static int frame_line(const rt_frame *f)
{
    uint32_t i = (uint32_t)(f->ip - f->code->insns);
    return rt_code_line(f->code, i ? i - 1 : 0);
}

/* (code, line, globals, locals) of running frame f, a new tuple. */
static rt_value frame_entry(rt_state *rt, rt_frame *f)
{
    f->flags |= RT_FRAME_SEEN;
    rt_value line = rt_int_from_i64(rt, frame_line(f));
    rt_value locals = line ? rt_frame_locals(rt, f) : RT_NULL;
    rt_value g = f->globals ? f->globals : rt->globals;
    rt_value t = locals ? rt_tuple_pack(rt, 4, rt_from_obj(f->code), line, g, locals) : RT_NULL;
    rt_decref(rt, line);
    rt_decref(rt, locals);
    return t;
}

rt_value rt__frame_snapshot(rt_state *rt, int64_t depth)
{
    rt_frame *f = rt->frame;
    while (f && depth-- > 0)
        f = f->back;
    if (!f)
        return rt_raise(rt, RT_EXC_ValueError, "call stack is not deep enough");
    return rt__frame_object(rt, f);
}

rt_value rt__frame_object(rt_state *rt, rt_frame *f)
{
    rt_value entries = rt_list_new(rt, 0);
    for (; entries && f; f = f->back) { /* innermost first */
        rt_value t = frame_entry(rt, f);
        if (!t || rt_list_append(rt, entries, t) < 0) {
            rt_decref(rt, t);
            rt_decref(rt, entries);
            return RT_NULL;
        }
        rt_decref(rt, t);
    }
    return tbtypes_call(rt, "snapshot", entries);
}

static int not_a_traceback(rt_state *rt)
{
    rt_raise(rt, RT_EXC_TypeError, "__traceback__ must be a traceback or None");
    return -1;
}

/* o.<name> (a new reference), RT_NULL with the exception set. */
static rt_value attr_of(rt_state *rt, rt_value o, const char *name)
{
    rt_value s = rt_str_intern(rt, name, strlen(name));
    rt_value v = s ? rt_getattr(rt, o, s) : RT_NULL;
    rt_decref(rt, s);
    return v;
}

/* One traceback object's entry: its frame's code, its line and columns. */
static int entry_of(rt_state *rt, rt_value tb, rt_tb_entry *out)
{
    out->locals = RT_NULL;
    out->slots = NULL;
    rt_value f = attr_of(rt, tb, "tb_frame");
    rt_value code = f ? attr_of(rt, f, "f_code") : RT_NULL;
    rt_value line = code ? attr_of(rt, tb, "tb_lineno") : RT_NULL;
    rt_value cols = line ? attr_of(rt, tb, "_cols") : RT_NULL;
    int64_t n = 0, c = 0;
    int rc = 0;
    if (!cols || rt_type_of(code) != RT_T_CODE || !rt_int_as_i64(line, &n) ||
        !rt_int_as_i64(cols, &c) || n < 0 || n > INT32_MAX || c < 0 || c > UINT32_MAX) {
        rt_exc_clear(rt);
        rc = not_a_traceback(rt);
    } else {
        out->code = rt_code_of(code);
        out->line = (int32_t)n;
        out->cols = (uint32_t)c;
        /* a function frame's locals go with it (with_traceback keeps them) */
        rt_value locs = (out->code->flags & RT_CO_OPTIMIZED) ? attr_of(rt, f, "f_locals") : RT_NULL;
        if (locs && rt_is_dict(locs))
            out->locals = locs;
        else
            rt_decref(rt, locs);
        rt_exc_clear(rt);
    }
    rt_decref(rt, f);
    rt_decref(rt, line);
    rt_decref(rt, cols);
    if (rc < 0)
        rt_decref(rt, code);
    return rc; /* out->code owns the reference attr_of gave */
}

bool rt__is_traceback(rt_state *rt, rt_value v)
{
    rt_value cls = rt_type_obj_get(rt, v);
    return rt_type_of(v) == RT_T_INSTANCE && strcmp(rt_type_obj_name(cls), "traceback") == 0;
}

int rt__exc_traceback_set(rt_state *rt, rt_value ev, rt_value tb)
{
    if (tb != RT_NONE && !rt__is_traceback(rt, tb))
        return not_a_traceback(rt);
    /* the chain's entries, outermost first, then stored innermost first */
    rt_tb_entry *got = NULL;
    uint32_t n = 0, cap = 0;
    int rc = 0;
    rt_value t = tb;
    rt_incref(t);
    while (t != RT_NONE) {
        if (!rt__is_traceback(rt, t) || n >= 4096) { /* 4096: a loop, or past what a raise keeps */
            rc = not_a_traceback(rt);
            break;
        }
        if (n == cap) {
            uint32_t ncap = cap ? cap * 2 : 8;
            rt_tb_entry *p = rt_heap_resize(rt, NULL, got, cap * sizeof *got, ncap * sizeof *got);
            if (!p) {
                rc = -1;
                break;
            }
            got = p;
            cap = ncap;
        }
        if (entry_of(rt, t, &got[n]) < 0) {
            rc = -1;
            break;
        }
        n++;
        rt_value next = attr_of(rt, t, "tb_next");
        if (!next) {
            rc = -1;
            break;
        }
        rt_decref(rt, t);
        t = next;
    }
    rt_decref(rt, t);
    rt_exc *e = rt_exc_of(ev);
    if (rc == 0 && n > e->tbcap) {
        rt_tb_entry *p = rt_heap_resize(rt, &e->hdr, e->tb, e->tbcap * sizeof(rt_tb_entry),
                                        n * sizeof(rt_tb_entry));
        if (p) {
            e->tb = p;
            e->tbcap = n;
        } else {
            rc = -1;
        }
    }
    if (rc == 0) {
        /* got's entries hold references of their own */
        for (uint32_t k = 0; k < e->ntb; k++) {
            rt__exc_tb_locals_drop(rt, e, &e->tb[k]);
            rt_decref(rt, rt_from_obj(e->tb[k].code));
        }
        for (uint32_t k = 0; k < n; k++)
            e->tb[k] = got[n - 1 - k];
        e->ntb = n;
    } else {
        for (uint32_t k = 0; k < n; k++) {
            rt_decref(rt, rt_from_obj(got[k].code));
            rt_decref(rt, got[k].locals);
        }
    }
    rt_heap_free(rt, NULL, got, cap * sizeof *got);
    return rc;
}
