/* exc.c: exception instances and classes, raising, matching, and the text
 * of CPython-format tracebacks. */
#include "runtime/exc.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/builtin.h"
#include "runtime/bytes.h"
#include "runtime/class.h"
#include "runtime/dict.h"
#include "runtime/exec.h"
#include "runtime/frame.h"
#include "runtime/heap.h"
#include "runtime/module.h"
#include "runtime/num.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/utf8.h"

/* ---- classes ------------------------------------------------------------------- */

int rt__exc_init(rt_state *rt)
{
#define RT_X_EXC(name, base)                                                                       \
    {                                                                                              \
        rt_value b = RT_EXC_##name == RT_EXC_##base ? RT_NULL : rt->exc_types[RT_EXC_##base];      \
        rt->exc_types[RT_EXC_##name] = rt_type_new_exc_class(rt, #name, b, RT_EXC_##name);         \
        if (!rt->exc_types[RT_EXC_##name])                                                         \
            return -1;                                                                             \
    }
    RT_EXC_LIST(RT_X_EXC)
#undef RT_X_EXC
    rt_value args = rt_tuple_new(rt, 0);
    if (!args)
        return -1;
    rt->memory_error = rt_exc_new(rt, rt->exc_types[RT_EXC_MemoryError], args);
    rt_decref(rt, args);
    return rt->memory_error ? rt__exc_group_init(rt) : -1;
}

void rt__exc_dispose(rt_state *rt)
{
    rt_value e = rt->exc;
    rt->exc = RT_NULL;
    rt_decref(rt, e);
    e = rt->memory_error;
    rt->memory_error = RT_NULL;
    rt_decref(rt, e);
    for (int i = RT_EXC_COUNT - 1; i >= 0; i--) {
        rt_value t = rt->exc_types[i];
        rt->exc_types[i] = RT_NULL;
        rt_decref(rt, t);
    }
}

bool rt_is_exc_class(rt_value v)
{
    return rt_is_obj(v) && rt_as_obj(v)->type == RT_T_TYPE &&
           rt_type_obj_of(v)->inst_type == RT_T_EXC;
}

int rt_exc_class_kind(rt_value cls)
{
    return rt_is_exc_class(cls) ? rt_type_obj_of(cls)->exc_kind : -1;
}

rt_value rt__exc_class(rt_value e)
{
    return rt_exc_of(e)->cls;
}

/* ---- instances ---------------------------------------------------------------- */

rt_value rt_exc_new(rt_state *rt, rt_value cls, rt_value args)
{
    rt_exc *e = (rt_exc *)rt_obj_alloc(rt, RT_T_EXC, sizeof(rt_exc));
    if (!e)
        return RT_NULL;
    rt_incref(cls);
    rt_incref(args);
    e->cls = cls;
    e->args = args;
    e->cause = RT_NULL;
    e->context = RT_NULL;
    e->suppress_context = false;
    e->dict = RT_NULL;
    e->group = RT_NULL;
    e->tb = NULL;
    e->ntb = e->tbcap = 0;
    return rt_from_obj(e);
}

rt_value rt_raise_stop_iteration(rt_state *rt)
{
    rt_value empty = rt_tuple_new(rt, 0);
    rt_value e = empty ? rt_exc_new(rt, rt->exc_types[RT_EXC_StopIteration], empty) : RT_NULL;
    rt_decref(rt, empty);
    if (e)
        rt_raise_obj(rt, e);
    return RT_NULL;
}

/* UnicodeEncodeError(encoding, object, start, end, reason) and
 * UnicodeDecodeError(...) take exactly those five, typed as CPython's: 0, or
 * -1 with TypeError. */
/* SyntaxError(msg, detail): detail is (filename, lineno, offset, text[,
 * end_lineno, end_offset]), a sequence of 4 or 6 items (CPython's
 * TypeError otherwise); other argument counts are taken as they are. */
static int syntax_args_check(rt_state *rt, rt_value cls, const rt_value *args, size_t nargs)
{
    if (nargs != 2 || !rt_type_is_subtype(cls, rt->exc_types[RT_EXC_SyntaxError]))
        return 0;
    rt_value t = rt_tuple_from_iter(rt, args[1]);
    if (!t)
        return -1;
    int64_t n = rt_tuple_len(t);
    rt_decref(rt, t);
    if (n == 4 || n == 6)
        return 0;
    if (n == 5)
        rt_raise(rt, RT_EXC_TypeError, "end_offset must be provided when end_lineno is provided");
    else
        rt_raise(rt, RT_EXC_TypeError, "function takes at %s %d arguments (%lld given)",
                 n < 4 ? "least" : "most", n < 4 ? 4 : 6, (long long)n);
    return -1;
}

static int unicode_args_check(rt_state *rt, rt_value cls, const rt_value *args, size_t nargs)
{
    bool dec = rt_type_is_subtype(cls, rt->exc_types[RT_EXC_UnicodeDecodeError]);
    if (!dec && !rt_type_is_subtype(cls, rt->exc_types[RT_EXC_UnicodeEncodeError]))
        return 0;
    if (nargs != 5) {
        rt_raise(rt, RT_EXC_TypeError, "function takes exactly 5 arguments (%zu given)", nargs);
        return -1;
    }
    for (size_t i = 0; i < 5; i++) {
        bool ok = i == 2 || i == 3 ? rt_is_int(args[i])
                  : i == 1 && dec  ? rt_is_byteslike(args[i])
                                   : rt_is_str(args[i]);
        if (!ok && (i == 2 || i == 3)) {
            rt_raise(rt, RT_EXC_TypeError, "'%s' object cannot be interpreted as an integer",
                     rt_type_name(args[i]));
            return -1;
        }
        if (!ok && i == 1 && dec) {
            rt_raise(rt, RT_EXC_TypeError, "a bytes-like object is required, not '%s'",
                     rt_type_name(args[i]));
            return -1;
        }
        if (!ok) {
            rt_raise(rt, RT_EXC_TypeError, "argument %zu must be str, not %s", i + 1,
                     args[i] == RT_NONE ? "None" : rt_type_name(args[i]));
            return -1;
        }
    }
    return 0;
}

/* The OSError subclass CPython's OSError(errno, strerror, ...) makes for
 * errno (borrowed): FileNotFoundError for ENOENT, ...; OSError itself for an
 * errno without one or other arguments. */
static rt_value os_error_class(rt_state *rt, const rt_value *args, size_t nargs)
{
    static const struct {
        int errnum;
        const char *name;
    } map[] = {
        {EAGAIN, "BlockingIOError"},
        {EALREADY, "BlockingIOError"},
        {EWOULDBLOCK, "BlockingIOError"},
        {EINPROGRESS, "BlockingIOError"},
        {ECHILD, "ChildProcessError"},
        {EPIPE, "BrokenPipeError"},
        {ESHUTDOWN, "BrokenPipeError"},
        {ECONNABORTED, "ConnectionAbortedError"},
        {ECONNREFUSED, "ConnectionRefusedError"},
        {ECONNRESET, "ConnectionResetError"},
        {EEXIST, "FileExistsError"},
        {ENOENT, "FileNotFoundError"},
        {EISDIR, "IsADirectoryError"},
        {ENOTDIR, "NotADirectoryError"},
        {EINTR, "InterruptedError"},
        {EACCES, "PermissionError"},
        {EPERM, "PermissionError"},
        {ESRCH, "ProcessLookupError"},
        {ETIMEDOUT, "TimeoutError"},
    };
    rt_value os = rt->exc_types[RT_EXC_OSError];
    int64_t n;
    if (nargs < 2 || nargs > 5 || !rt_is_int(args[0]) || !rt_int_as_i64(args[0], &n))
        return os;
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
        if (map[i].errnum == n) {
            rt_value sub = rt_dict_get_cstr(rt, rt->builtins, map[i].name);
            return sub && rt_is_exc_class(sub) ? sub : os;
        }
    return os;
}

/* ImportError's attributes: msg (the one argument, else None), and name
 * and path (None unless given by keyword, which exc_call_kw sets after). */
static rt_value import_error_attrs(rt_state *rt, rt_value e, const rt_value *args, size_t nargs)
{
    rt_exc *x = e ? rt_exc_of(e) : NULL;
    if (x && !x->dict && !(x->dict = rt_dict_new(rt))) {
        rt_decref(rt, e);
        return RT_NULL;
    }
    if (x && (rt_dict_set_cstr(rt, x->dict, "msg", nargs == 1 ? args[0] : RT_NONE) < 0 ||
              rt_dict_set_cstr(rt, x->dict, "name", RT_NONE) < 0 ||
              rt_dict_set_cstr(rt, x->dict, "path", RT_NONE) < 0)) {
        rt_decref(rt, e);
        return RT_NULL;
    }
    return e;
}

static bool is_import_error(rt_state *rt, rt_value cls)
{
    return rt->exc_import_error && rt_type_is_subtype(cls, rt->exc_import_error);
}

/* NameError(..., name=), AttributeError(..., name=, obj=) and
 * ImportError(..., name=, path=): the keywords become attributes; any other
 * class takes no keyword arguments. */
static rt_value exc_call_kw(rt_state *rt, rt_value cls, const rt_value *args, size_t nargs,
                            rt_value kwnames)
{
    bool attr = rt_type_is_subtype(cls, rt->exc_types[RT_EXC_AttributeError]);
    bool name_only = rt_type_is_subtype(cls, rt->exc_types[RT_EXC_NameError]);
    bool imp = is_import_error(rt, cls);
    const char *cname = rt_type_obj_name(cls);
    if (!attr && !name_only && !imp)
        return rt_raise(rt, RT_EXC_TypeError, "%s() takes no keyword arguments", cname);
    size_t nkw = rt_kw_count(kwnames);
    for (size_t i = 0; i < nkw; i++) {
        rt_value k = rt_tuple_items(kwnames)[i];
        if (!rt_str_eq_cstr(k, "name") && !(attr && rt_str_eq_cstr(k, "obj")) &&
            !(imp && rt_str_eq_cstr(k, "path")))
            return rt_raise(rt, RT_EXC_TypeError, "'%s' is an invalid keyword argument for %s()",
                            rt_str_data(k), cname);
    }
    rt_value e = rt__exc_from_args(rt, cls, args, nargs);
    if (imp)
        e = import_error_attrs(rt, e, args, nargs);
    rt_exc *x = e ? rt_exc_of(e) : NULL;
    if (x && !x->dict && !(x->dict = rt_dict_new(rt))) {
        rt_decref(rt, e);
        return RT_NULL;
    }
    for (size_t i = 0; x && i < nkw; i++)
        if (rt_dict_set(rt, x->dict, rt_tuple_items(kwnames)[i], args[nargs + i]) < 0) {
            rt_decref(rt, e);
            return RT_NULL;
        }
    return e;
}

rt_value rt__exc_call(rt_state *rt, rt_value cls, const rt_value *args, size_t nargs,
                      rt_value kwnames)
{
    if (rt_kw_count(kwnames))
        return exc_call_kw(rt, cls, args, nargs, kwnames);
    if (rt_type_is_subtype(cls, rt->exc_types[RT_EXC_BaseExceptionGroup]))
        return rt__exc_group_new(rt, cls, args, nargs);
    if (unicode_args_check(rt, cls, args, nargs) < 0)
        return RT_NULL;
    if (cls == rt->exc_types[RT_EXC_OSError])
        cls = os_error_class(rt, args, nargs);
    rt_value e = rt__exc_from_args(rt, cls, args, nargs);
    return is_import_error(rt, cls) ? import_error_attrs(rt, e, args, nargs) : e;
}

rt_value rt__exc_from_args(rt_state *rt, rt_value cls, const rt_value *args, size_t nargs)
{
    if (syntax_args_check(rt, cls, args, nargs) < 0)
        return RT_NULL;
    /* OSError(errno, strerror, filename[, winerror[, filename2]]) keeps
     * (errno, strerror) as its args and the file names as attributes */
    bool os_files = nargs >= 3 && nargs <= 5 && args[2] != RT_NONE &&
                    rt_type_is_subtype(cls, rt->exc_types[RT_EXC_OSError]);
    rt_value t = rt_tuple_from(rt, args, os_files ? 2 : (int64_t)nargs);
    rt_value e = t ? rt_exc_new(rt, cls, t) : RT_NULL;
    rt_decref(rt, t);
    if (e && os_files) {
        rt_exc *x = rt_exc_of(e);
        if (!(x->dict = rt_dict_new(rt)) ||
            rt_dict_set_cstr(rt, x->dict, "filename", args[2]) < 0 ||
            rt_dict_set_cstr(rt, x->dict, "filename2", nargs == 5 ? args[4] : RT_NONE) < 0) {
            rt_decref(rt, e);
            return RT_NULL;
        }
    }
    return e;
}

/* The exception being handled by the innermost frame handling one
 * (borrowed), or RT_NULL. */
static rt_value handled_exc(rt_state *rt)
{
    for (rt_frame *f = rt->frame; f; f = f->back)
        if (f->handled)
            return f->handled;
    return RT_NULL;
}

/* Implicit chaining, as CPython's _PyErr_SetObject: e.__context__ becomes
 * the exception being handled, unless that is e itself; a chain that would
 * loop back to e is cut where it does. */
static void set_context(rt_state *rt, rt_value e)
{
    rt_value h = handled_exc(rt);
    if (!h || h == e || !rt_is_exc(e) || !rt_is_exc(h))
        return;
    /* Floyd: a chain that already loops must not hang the walk */
    rt_value o = h, slow = h;
    bool step = false;
    for (;;) {
        rt_value c = rt_exc_of(o)->context;
        if (!c)
            break;
        if (c == e) {
            rt_exc_of(o)->context = RT_NULL;
            rt_decref(rt, c);
            break;
        }
        o = c;
        if (o == slow)
            break;
        if (step)
            slow = rt_exc_of(slow)->context;
        step = !step;
    }
    rt_incref(h);
    rt_value old = rt_exc_of(e)->context;
    rt_exc_of(e)->context = h;
    rt_decref(rt, old);
}

static void set_current(rt_state *rt, rt_value e)
{
    if (e)
        set_context(rt, e);
    rt_value old = rt->exc;
    rt->exc = e;
    rt_decref(rt, old);
}

void rt__exc_restore(rt_state *rt, rt_value e)
{
    rt_value old = rt->exc;
    rt->exc = e;
    rt_decref(rt, old);
}

void rt_raise_obj(rt_state *rt, rt_value exc)
{
    set_current(rt, exc);
}

/* The state's preallocated MemoryError, ready to raise (a new reference).
 * When nothing else holds it, its traceback from an earlier raise is dropped
 * so the new traceback does not pile onto the old one. */
static rt_value reuse_memory_error(rt_state *rt)
{
    rt_value e = rt->memory_error;
    rt_exc *x = rt_exc_of(e);
    if (x->hdr.refcnt == 1) {
        for (uint32_t i = 0; i < x->ntb; i++) {
            rt__exc_tb_locals_drop(rt, x, &x->tb[i]);
            rt_decref(rt, rt_from_obj(x->tb[i].code));
        }
        x->ntb = 0;
        rt_value c = x->context;
        x->context = RT_NULL;
        rt_decref(rt, c);
    }
    rt_incref(e);
    return e;
}

rt_value rt_raise_value(rt_state *rt, rt_exc_kind kind, rt_value arg)
{
    rt_value t = rt_tuple_pack(rt, 1, arg);
    rt_value e = t ? rt_exc_new(rt, rt->exc_types[kind], t) : RT_NULL;
    rt_decref(rt, t);
    if (!e)
        e = reuse_memory_error(rt);
    set_current(rt, e);
    return RT_NULL;
}

rt_value rt_raise_unicode(rt_state *rt, rt_exc_kind kind, const char *encoding, rt_value object,
                          int64_t start, int64_t end, const char *reason)
{
    rt_value parts[4] = {rt_str_from_cstr(rt, encoding), rt_int_from_i64(rt, start),
                         rt_int_from_i64(rt, end), rt_str_from_cstr(rt, reason)};
    rt_value t = parts[0] && parts[1] && parts[2] && parts[3]
                     ? rt_tuple_pack(rt, 5, parts[0], object, parts[1], parts[2], parts[3])
                     : RT_NULL;
    for (int i = 0; i < 4; i++)
        rt_decref(rt, parts[i]);
    rt_value e = t ? rt_exc_new(rt, rt->exc_types[kind], t) : RT_NULL;
    rt_decref(rt, t);
    if (!e)
        e = reuse_memory_error(rt);
    set_current(rt, e);
    return RT_NULL;
}

rt_value rt_raise(rt_state *rt, rt_exc_kind kind, const char *fmt, ...)
{
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    char *buf = small;
    if (n >= (int)sizeof small) {
        buf = malloc((size_t)n + 1);
        if (buf) {
            va_start(ap, fmt);
            vsnprintf(buf, (size_t)n + 1, fmt, ap);
            va_end(ap);
        } else {
            buf = small;
            n = (int)sizeof small - 1;
        }
    }
    rt_value msg = n >= 0 ? rt_str_new(rt, buf, (size_t)n) : RT_NULL;
    if (buf != small)
        free(buf);
    if (!msg) {
        set_current(rt, reuse_memory_error(rt));
        return RT_NULL;
    }
    rt_raise_value(rt, kind, msg);
    rt_decref(rt, msg);
    return RT_NULL;
}

bool rt_exc_matches(rt_state *rt, rt_exc_kind kind)
{
    if (!rt->exc)
        return false;
    return rt_type_is_subtype(rt_exc_of(rt->exc)->cls, rt->exc_types[kind]);
}

void rt_exc_clear(rt_state *rt)
{
    rt__exc_restore(rt, RT_NULL);
}

rt_value rt_exc_fetch(rt_state *rt)
{
    rt_value e = rt->exc;
    rt->exc = RT_NULL;
    return e;
}

void rt__exc_set_cause(rt_state *rt, rt_value cause)
{
    if (!cause || !rt->exc || !rt_is_exc(rt->exc) || !rt_is_exc(cause)) {
        rt_decref(rt, cause);
        return;
    }
    rt_exc *x = rt_exc_of(rt->exc);
    rt_value old_cause = x->cause, old_context = x->context;
    rt_incref(cause);
    x->cause = cause;
    x->context = cause;
    rt_decref(rt, old_cause);
    rt_decref(rt, old_context);
}

int rt_exc_match_spec(rt_state *rt, rt_value e, rt_value spec)
{
    rt_value cls = rt_exc_of(e)->cls;
    if (rt_is_exc_class(spec))
        return rt_type_is_subtype(cls, spec);
    if (rt_is_tuple(spec)) {
        /* as CPython's except clause: a flat tuple of exception classes */
        int64_t n = rt_tuple_len(spec);
        int r = 0;
        for (int64_t i = 0; i < n; i++) {
            rt_value c = rt_tuple_get(spec, i);
            if (!rt_is_exc_class(c)) {
                r = -1;
                break;
            }
            r = r || rt_type_is_subtype(cls, c);
        }
        if (r >= 0)
            return r;
    }
    rt_raise(rt, RT_EXC_TypeError,
             "catching classes that do not inherit from BaseException is not allowed");
    return -1;
}

void rt__exc_add_tb(rt_state *rt, rt_value ev, rt_code *code, int line, uint32_t cols)
{
    rt_exc *e = rt_exc_of(ev);
    if (e->ntb == e->tbcap) {
        uint32_t ncap = e->tbcap ? e->tbcap * 2 : 4;
        if (ncap > 4096) {
            /* a deep recursion: keep the innermost entries and the newest */
            e->tb[e->ntb - 1].line = line;
            e->tb[e->ntb - 1].cols = cols;
            rt__exc_tb_locals_drop(rt, e, &e->tb[e->ntb - 1]);
            return;
        }
        /* a MemoryError's traceback is recorded at the limit: the reserve */
        void *p = rt__heap_resize_reserve(rt, &e->hdr, e->tb, e->tbcap * sizeof(rt_tb_entry),
                                          ncap * sizeof(rt_tb_entry));
        if (!p)
            return;
        e->tb = p;
        e->tbcap = ncap;
    }
    rt_incref(rt_from_obj(code));
    e->tb[e->ntb].code = code;
    e->tb[e->ntb].line = line;
    e->tb[e->ntb].cols = cols;
    e->tb[e->ntb].locals = RT_NULL;
    e->tb[e->ntb].slots = NULL;
    e->ntb++;
}

void rt__exc_tb_locals_drop(rt_state *rt, rt_exc *e, rt_tb_entry *t)
{
    rt_value d = t->locals;
    rt_value *slots = t->slots;
    t->locals = RT_NULL;
    t->slots = NULL;
    if (slots) {
        uint32_t n = rt__exc_tb_nslots(t->code);
        e->nslots -= n;
        for (uint32_t i = 0; i < n; i++)
            rt_decref(rt, slots[i]);
        rt_heap_free(rt, &e->hdr, slots, n * sizeof(rt_value));
    }
    rt_decref(rt, d);
}

void rt__exc_keep_locals(rt_state *rt, struct rt_frame *f)
{
    rt_value ev = rt->exc;
    rt_code *c = f->code;
    if (!ev || !rt_is_exc(ev) || ev == rt->memory_error || !(c->flags & RT_CO_OPTIMIZED))
        return;
    rt_exc *e = rt_exc_of(ev);
    if (!e->ntb || e->ntb >= 4096)
        return;
    rt_tb_entry *t = &e->tb[e->ntb - 1];
    if (t->code != c || t->locals || t->slots)
        return;
    /* the heap ran out, or a recursion did: what unwinds is deep, and a copy
     * per frame would cost what the limit was there to stop */
    if (rt_exc_matches(rt, RT_EXC_MemoryError) || rt_exc_matches(rt, RT_EXC_RecursionError))
        return;
    rt->exc = RT_NULL;
    if (f->locals_dict) {
        /* the frame's locals() dict is its f_locals: the same object stays */
        rt_value d = rt_frame_locals(rt, f);
        if (!d)
            rt_exc_clear(rt);
        t->locals = d;
    } else if (rt__exc_tb_nslots(c) == 0) {
        t->locals = RT_NONE; /* an empty f_locals, made when read */
    } else {
        uint32_t nlocals = c->nlocals, n = rt__exc_tb_nslots(c);
        rt_value *slots = rt_heap_alloc(rt, &e->hdr, n * sizeof(rt_value));
        if (slots) {
            for (uint32_t i = 0; i < nlocals; i++) {
                slots[i] = f->locals[i];
                rt_incref(slots[i]);
            }
            for (uint32_t i = nlocals; i < n; i++) {
                slots[i] = f->cells[i - nlocals];
                rt_incref(slots[i]);
            }
            t->slots = slots;
            e->nslots += n;
        } else {
            rt_exc_clear(rt);
        }
    }
    rt->exc = ev;
}

/* ---- attributes and text --------------------------------------------------- */

static rt_value syntax_detail(rt_state *rt, const rt_exc *e);

/* OSError(errno, strerror[, filename[, winerror[, filename2]]]): field i of
 * errno, strerror, filename, filename2 (borrowed; None when the arguments do
 * not have that shape), or RT_NULL when e is not an OSError. */
static rt_value os_field(rt_state *rt, const rt_exc *e, int i)
{
    if (!rt_type_is_subtype(e->cls, rt->exc_types[RT_EXC_OSError]))
        return RT_NULL;
    if (i >= 2 && e->dict) { /* the file names construction kept apart */
        rt_value v = rt_dict_get_cstr(rt, e->dict, i == 2 ? "filename" : "filename2");
        if (v)
            return v;
    }
    int64_t n = rt_tuple_len(e->args);
    static const int64_t at[] = {0, 1, 2, 4};
    if (n < 2 || n > 5 || at[i] >= n)
        return RT_NONE;
    return rt_tuple_get(e->args, at[i]);
}

/* RT_EXC_UnicodeDecodeError or RT_EXC_UnicodeEncodeError when e is one made
 * with its five arguments (rt_raise_unicode), else -1. */
static int unicode_kind(rt_state *rt, const rt_exc *e)
{
    if (!rt_is_tuple(e->args) || rt_tuple_len(e->args) != 5)
        return -1;
    if (rt_type_is_subtype(e->cls, rt->exc_types[RT_EXC_UnicodeDecodeError]))
        return RT_EXC_UnicodeDecodeError;
    if (rt_type_is_subtype(e->cls, rt->exc_types[RT_EXC_UnicodeEncodeError]))
        return RT_EXC_UnicodeEncodeError;
    return -1;
}

/* Sets attribute `key` of the current exception to v (borrowed) in its
 * dict unless it has one already; any failure is dropped, the exception
 * kept as it is. */
static void exc_field_default(rt_state *rt, const char *key, rt_value v)
{
    rt_value ev = rt->exc;
    rt_exc *e = rt_exc_of(ev);
    if (e->dict && rt_dict_get_cstr(rt, e->dict, key))
        return;
    rt->exc = RT_NULL;
    if ((!e->dict && !(e->dict = rt_dict_new(rt))) || rt_dict_set_cstr(rt, e->dict, key, v) < 0)
        rt_exc_clear(rt);
    rt->exc = ev;
}

void rt__exc_attr_context(rt_state *rt, rt_value obj, rt_value name)
{
    if (!rt->exc || !rt_is_exc(rt->exc) ||
        !rt_type_is_subtype(rt_exc_of(rt->exc)->cls, rt->exc_types[RT_EXC_AttributeError]))
        return;
    if (rt_exc_of(rt->exc)->dict && rt_dict_get_cstr(rt, rt_exc_of(rt->exc)->dict, "name"))
        return;
    exc_field_default(rt, "obj", obj);
    exc_field_default(rt, "name", name);
}

void rt__exc_name_context(rt_state *rt, rt_value name)
{
    if (rt->exc && rt_is_exc(rt->exc) &&
        rt_type_is_subtype(rt_exc_of(rt->exc)->cls, rt->exc_types[RT_EXC_NameError]))
        exc_field_default(rt, "name", name);
}

rt_value rt__exc_getattr(rt_state *rt, rt_value ev, rt_value name)
{
    rt_exc *e = rt_exc_of(ev);
    const char *s = rt_str_data(name);
    if (!strcmp(s, "args")) {
        rt_incref(e->args);
        return e->args;
    }
    if (!strcmp(s, "code") && rt_type_is_subtype(e->cls, rt->exc_types[RT_EXC_SystemExit])) {
        /* SystemExit.code: the one argument, None without one, else args */
        int64_t n = rt_tuple_len(e->args);
        rt_value code = n == 1 ? rt_tuple_get(e->args, 0) : n == 0 ? RT_NONE : e->args;
        rt_incref(code);
        return code;
    }
    if (!strcmp(s, "__class__")) {
        rt_incref(e->cls);
        return e->cls;
    }
    if (!strcmp(s, "__cause__")) {
        if (!e->cause)
            return RT_NONE;
        rt_incref(e->cause);
        return e->cause;
    }
    if (!strcmp(s, "__context__")) {
        if (!e->context)
            return RT_NONE;
        rt_incref(e->context);
        return e->context;
    }
    if (!strcmp(s, "__traceback__"))
        return rt__exc_traceback_get(rt, ev);
    if (e->group && (!strcmp(s, "message") || !strcmp(s, "exceptions"))) {
        rt_value v = rt_tuple_get(e->group, s[0] == 'm' ? 0 : 1);
        rt_incref(v);
        return v;
    }
    if (!strcmp(s, "__suppress_context__"))
        return e->suppress_context ? RT_TRUE : RT_FALSE;
    rt_value detail = syntax_detail(rt, e);
    if (detail) {
        static const char *const fields[] = {"filename", "lineno",     "offset",
                                             "text",     "end_lineno", "end_offset"};
        if (!strcmp(s, "msg")) {
            rt_value v = rt_tuple_get(e->args, 0);
            rt_incref(v);
            return v;
        }
        for (int i = 0; i < 6; i++)
            if (!strcmp(s, fields[i])) {
                rt_value v = i < rt_tuple_len(detail) ? rt_tuple_get(detail, i) : RT_NONE;
                rt_incref(v);
                return v;
            }
    }
    static const char *const uni_names[] = {"encoding", "object", "start", "end", "reason"};
    for (int i = 0; i < 5; i++)
        if (!strcmp(s, uni_names[i]) && unicode_kind(rt, e) >= 0) {
            rt_value v = rt_tuple_get(e->args, i);
            rt_incref(v);
            return v;
        }
    static const char *const os_names[] = {"errno", "strerror", "filename", "filename2"};
    for (int i = 0; i < 4; i++)
        if (!strcmp(s, os_names[i])) {
            rt_value v = os_field(rt, e, i);
            if (v) {
                rt_incref(v);
                return v;
            }
        }
    if ((!strcmp(s, "name") &&
         (rt_type_is_subtype(e->cls, rt->exc_types[RT_EXC_NameError]) ||
          rt_type_is_subtype(e->cls, rt->exc_types[RT_EXC_AttributeError]))) ||
        (!strcmp(s, "obj") && rt_type_is_subtype(e->cls, rt->exc_types[RT_EXC_AttributeError]))) {
        /* set by the raise or the constructor's keyword, else None */
        rt_value v = e->dict ? rt_dict_get_cstr(rt, e->dict, s) : RT_NULL;
        v = v ? v : RT_NONE;
        rt_incref(v);
        return v;
    }
    if (rt_type_is_subtype(e->cls, rt->exc_types[RT_EXC_SyntaxError]) && !detail) {
        /* SyntaxError("msg") made by a program: msg is its first argument,
         * the location fields None, until assigned */
        static const char *const plain[] = {
            "msg",  "filename",   "lineno",     "offset",
            "text", "end_lineno", "end_offset", "print_file_and_line"};
        for (int i = 0; i < 8; i++)
            if (!strcmp(s, plain[i])) {
                rt_value v = e->dict ? rt_dict_get_cstr(rt, e->dict, s) : RT_NULL;
                if (!v)
                    v = i == 0 && rt_tuple_len(e->args) ? rt_tuple_get(e->args, 0) : RT_NONE;
                rt_incref(v);
                return v;
            }
    }
    if (!strcmp(s, "value") &&
        rt_exc_match_spec(rt, ev, rt->exc_types[RT_EXC_StopIteration]) == 1) {
        rt_value v = rt_tuple_len(e->args) ? rt_tuple_get(e->args, 0) : RT_NONE;
        rt_incref(v);
        return v;
    }
    return rt__generic_getattr(rt, ev, name, &e->dict, true);
}

/* The builtin exception class an exception class derives from (its layout). */
static rt_value exc_builtin_base(rt_value cls)
{
    if (!rt_type_is_heap(cls))
        return cls;
    rt_value mro = rt_type_obj_of(cls)->mro;
    for (int64_t i = 0; mro && i < rt_tuple_len(mro); i++)
        if (!rt_type_is_heap(rt_tuple_get(mro, i)))
            return rt_tuple_get(mro, i);
    return RT_NULL;
}

/* exc.__class__ = C: between classes defined in Python over the same builtin
 * exception with the same slots, as CPython allows (h11 turns its local protocol
 * errors into remote ones so). 0, or -1 with CPython's TypeError. */
static int exc_class_set(rt_state *rt, rt_value ev, rt_value v)
{
    rt_exc *e = rt_exc_of(ev);
    if (rt_type_of(v) != RT_T_TYPE) {
        rt_raise(rt, RT_EXC_TypeError, "__class__ must be set to a class, not '%s' object",
                 rt_type_name(v));
        return -1;
    }
    if (!rt_type_is_heap(v) || !rt_type_is_heap(e->cls)) {
        rt_raise(rt, RT_EXC_TypeError,
                 "__class__ assignment only supported for mutable types or ModuleType "
                 "subclasses");
        return -1;
    }
    if (rt_type_obj_of(v)->inst_type != RT_T_EXC ||
        exc_builtin_base(v) != exc_builtin_base(e->cls) ||
        rt_type_obj_of(v)->nslots != rt_type_obj_of(e->cls)->nslots) {
        rt_raise(rt, RT_EXC_TypeError, "__class__ assignment: '%s' object layout differs from '%s'",
                 rt_type_obj_name(v), rt_type_obj_name(e->cls));
        return -1;
    }
    rt_setref(rt, &e->cls, v);
    return 0;
}

int rt__exc_setattr(rt_state *rt, rt_value ev, rt_value name, rt_value v)
{
    rt_exc *e = rt_exc_of(ev);
    const char *s = rt_str_data(name);
    if (!strcmp(s, "args")) {
        if (!v) {
            rt_raise(rt, RT_EXC_TypeError, "args may not be deleted");
            return -1;
        }
        rt_value t = rt_tuple_from_iter(rt, v);
        if (!t)
            return -1;
        rt_value old = e->args;
        e->args = t;
        rt_decref(rt, old);
        return 0;
    }
    if (!strcmp(s, "__cause__") || !strcmp(s, "__context__")) {
        if (v && v != RT_NONE && !rt_is_exc(v)) {
            rt_raise(rt, RT_EXC_TypeError, "exception %s must be None or derive from BaseException",
                     s[2] == 'c' && s[3] == 'a' ? "cause" : "context");
            return -1;
        }
        rt_value *slot = s[3] == 'a' ? &e->cause : &e->context;
        rt_value nv = v == RT_NONE ? RT_NULL : v;
        rt_setref(rt, slot, nv);
        if (slot == &e->cause)
            e->suppress_context = true;
        return 0;
    }
    if (!strcmp(s, "__traceback__")) {
        if (!v) {
            rt_raise(rt, RT_EXC_TypeError, "__traceback__ may not be deleted");
            return -1;
        }
        return rt__exc_traceback_set(rt, ev, v);
    }
    if (!strcmp(s, "__suppress_context__")) { /* a bool member, as CPython's */
        if (!v || !rt_is_bool(v)) {
            rt_raise(rt, RT_EXC_TypeError,
                     v ? "attribute value type must be bool"
                       : "can't delete numeric/char attribute");
            return -1;
        }
        e->suppress_context = v == RT_TRUE;
        return 0;
    }
    if (v && !strcmp(s, "__class__"))
        return exc_class_set(rt, ev, v);
    if (rt__is_user_obj(ev)) {
        rt_value hook = rt_type_lookup(rt, e->cls, rt->ids[v ? RT_ID_setattr : RT_ID_delattr]);
        if (hook) {
            rt_value a[2] = {name, v};
            rt_value r = rt__call_special(rt, hook, ev, a, v ? 2 : 1);
            rt_decref(rt, r);
            return r ? 0 : -1;
        }
    }
    return rt__generic_setattr(rt, ev, name, v, &e->dict);
}

rt_value rt__exc_repr(rt_state *rt, rt_value ev)
{
    rt_exc *e = rt_exc_of(ev);
    const char *cname = rt_type_obj_name(e->cls);
    int64_t n = rt_tuple_len(e->args);
    rt_value inner;
    if (n == 1)
        inner = rt_repr(rt, rt_tuple_get(e->args, 0));
    else
        inner = rt_repr(rt, e->args);
    if (!inner)
        return RT_NULL;
    rt_value r;
    if (n == 1)
        r = rt_str_printf(rt, "%s(%s)", cname, rt_str_data(inner));
    else if (n == 0)
        r = rt_str_printf(rt, "%s()", cname);
    else
        r = rt_str_printf(rt, "%s%s", cname, rt_str_data(inner));
    rt_decref(rt, inner);
    return r;
}

static rt_value syntax_detail(rt_state *rt, const rt_exc *e)
{
    if (!rt_type_is_subtype(e->cls, rt->exc_types[RT_EXC_SyntaxError]) ||
        rt_tuple_len(e->args) != 2)
        return RT_NULL;
    rt_value d = rt_tuple_get(e->args, 1);
    return rt_is_tuple(d) && rt_tuple_len(d) >= 4 && rt_tuple_len(d) <= 6 ? d : RT_NULL;
}

rt_value rt__exc_syntax_detail(rt_state *rt, rt_value ev)
{
    return syntax_detail(rt, rt_exc_of(ev));
}

/* "invalid syntax (<string>, line 1)", CPython's str() of a SyntaxError */
static rt_value syntax_str(rt_state *rt, rt_value msg, rt_value d)
{
    rt_value m = rt_str(rt, msg);
    if (!m)
        return RT_NULL;
    rt_value file = rt_tuple_get(d, 0), line = rt_tuple_get(d, 1);
    rt_value r;
    if (rt_is_str(file) && rt_is_smallint(line))
        r = rt_str_printf(rt, "%s (%s, line %lld)", rt_str_data(m), rt_str_data(file),
                          (long long)rt_smallint_get(line));
    else if (rt_is_smallint(line))
        r = rt_str_printf(rt, "%s (line %lld)", rt_str_data(m), (long long)rt_smallint_get(line));
    else {
        rt_incref(m);
        r = m;
    }
    rt_decref(rt, m);
    return r;
}

/* str() of an OSError made with (errno, strerror[, filename, ...]). */
static rt_value os_str(rt_state *rt, const rt_exc *e)
{
    rt_value parts[4] = {RT_NULL, RT_NULL, RT_NULL, RT_NULL}, r = RT_NULL;
    rt_value file = os_field(rt, e, 2), file2 = os_field(rt, e, 3);
    if (!(parts[0] = rt_str(rt, os_field(rt, e, 0))) ||
        !(parts[1] = rt_str(rt, os_field(rt, e, 1))))
        goto done;
    if (file != RT_NONE && !(parts[2] = rt_repr(rt, file)))
        goto done;
    if (file != RT_NONE && file2 != RT_NONE && !(parts[3] = rt_repr(rt, file2)))
        goto done;
    if (parts[3])
        r = rt_str_printf(rt, "[Errno %s] %s: %s -> %s", rt_str_data(parts[0]),
                          rt_str_data(parts[1]), rt_str_data(parts[2]), rt_str_data(parts[3]));
    else if (parts[2])
        r = rt_str_printf(rt, "[Errno %s] %s: %s", rt_str_data(parts[0]), rt_str_data(parts[1]),
                          rt_str_data(parts[2]));
    else
        r = rt_str_printf(rt, "[Errno %s] %s", rt_str_data(parts[0]), rt_str_data(parts[1]));
done:
    for (int i = 0; i < 4; i++)
        rt_decref(rt, parts[i]);
    return r;
}

/* str() of a UnicodeDecodeError or UnicodeEncodeError: CPython's sentences,
 * naming the one bad byte or character, or the range. */
static rt_value unicode_str(rt_state *rt, const rt_exc *e, int kind)
{
    rt_value enc = rt_tuple_get(e->args, 0), obj = rt_tuple_get(e->args, 1);
    rt_value reason = rt_tuple_get(e->args, 4);
    int64_t start, end;
    if (!rt_is_str(enc) || !rt_is_str(reason) || !rt_int_as_i64(rt_tuple_get(e->args, 2), &start) ||
        !rt_int_as_i64(rt_tuple_get(e->args, 3), &end))
        return rt_str(rt, e->args);
    const char *en = rt_str_data(enc), *why = rt_str_data(reason);
    if (kind == RT_EXC_UnicodeDecodeError) {
        int64_t len = rt_is_byteslike(obj) ? rt_byteslike_len(obj) : 0;
        if (end == start + 1 && start >= 0 && start < len)
            return rt_str_printf(rt, "'%s' codec can't decode byte 0x%02x in position %lld: %s", en,
                                 (unsigned char)rt_byteslike_data(obj)[start], (long long)start,
                                 why);
        return rt_str_printf(rt, "'%s' codec can't decode bytes in position %lld-%lld: %s", en,
                             (long long)start, (long long)end - 1, why);
    }
    if (end == start + 1 && rt_is_str(obj) && start >= 0 && start < rt_str_nchars(obj)) {
        const char *p = rt_str_data(obj);
        size_t n = rt_str_len(obj), pos = 0;
        uint32_t cp = 0;
        for (int64_t k = 0; k <= start; k++)
            cp = rt_utf8_decode(p, n, &pos);
        char ch[12];
        if (cp < 0x100)
            snprintf(ch, sizeof ch, "\\x%02x", (unsigned)cp);
        else if (cp < 0x10000)
            snprintf(ch, sizeof ch, "\\u%04x", (unsigned)cp);
        else
            snprintf(ch, sizeof ch, "\\U%08x", (unsigned)cp);
        return rt_str_printf(rt, "'%s' codec can't encode character '%s' in position %lld: %s", en,
                             ch, (long long)start, why);
    }
    return rt_str_printf(rt, "'%s' codec can't encode characters in position %lld-%lld: %s", en,
                         (long long)start, (long long)end - 1, why);
}

rt_value rt__exc_str(rt_state *rt, rt_value ev)
{
    rt_exc *e = rt_exc_of(ev);
    int64_t n = rt_tuple_len(e->args);
    int ukind = unicode_kind(rt, e);
    if (ukind >= 0)
        return unicode_str(rt, e, ukind);
    rt_value detail = syntax_detail(rt, e);
    if (detail)
        return syntax_str(rt, rt_tuple_get(e->args, 0), detail);
    if (e->group) { /* "msg (2 sub-exceptions)" */
        rt_value m = rt_str(rt, rt_tuple_get(e->group, 0));
        int64_t k = rt_tuple_len(rt_tuple_get(e->group, 1));
        rt_value r = m ? rt_str_printf(rt, "%s (%lld sub-exception%s)", rt_str_data(m),
                                       (long long)k, k == 1 ? "" : "s")
                       : RT_NULL;
        rt_decref(rt, m);
        return r;
    }
    if (os_field(rt, e, 0) && n >= 2 && n <= 5) /* "[Errno 2] No such file: 'f'" */
        return os_str(rt, e);
    if (n == 0)
        return rt_str_new(rt, "", 0);
    if (n == 1) {
        rt_value a = rt_tuple_get(e->args, 0);
        if (rt_exc_class_kind(e->cls) == RT_EXC_KeyError ||
            rt_type_is_subtype(e->cls, rt->exc_types[RT_EXC_KeyError]))
            return rt_repr(rt, a);
        return rt_str(rt, a);
    }
    return rt_str(rt, e->args);
}

/* ---- the other builtin exception classes --------------------------------------------
 * Classes the runtime itself never raises but programs name (the warning
 * categories, the OSError family, ...): builtins only. A base is a class of
 * RT_EXC_LIST or an earlier line; an alias line names the class it is. */

static const struct {
    const char *name, *base;
    bool alias; /* name is base itself (IOError is OSError) */
} extra_exc[] = {
    {"Warning", "Exception", false},
    {"UserWarning", "Warning", false},
    {"DeprecationWarning", "Warning", false},
    {"PendingDeprecationWarning", "Warning", false},
    {"SyntaxWarning", "Warning", false},
    {"RuntimeWarning", "Warning", false},
    {"FutureWarning", "Warning", false},
    {"ImportWarning", "Warning", false},
    {"UnicodeWarning", "Warning", false},
    {"BytesWarning", "Warning", false},
    {"ResourceWarning", "Warning", false},
    {"EncodingWarning", "Warning", false},
    {"FloatingPointError", "ArithmeticError", false},
    {"ReferenceError", "Exception", false},
    {"SystemError", "Exception", false},
    {"IndentationError", "SyntaxError", false},
    {"TabError", "IndentationError", false},
    {"UnicodeTranslateError", "UnicodeError", false},
    {"EnvironmentError", "OSError", true},
    {"IOError", "OSError", true},
    {"BlockingIOError", "OSError", false},
    {"ChildProcessError", "OSError", false},
    {"ConnectionError", "OSError", false},
    {"BrokenPipeError", "ConnectionError", false},
    {"ConnectionAbortedError", "ConnectionError", false},
    {"ConnectionRefusedError", "ConnectionError", false},
    {"ConnectionResetError", "ConnectionError", false},
    {"FileExistsError", "OSError", false},
    {"FileNotFoundError", "OSError", false},
    {"InterruptedError", "OSError", false},
    {"IsADirectoryError", "OSError", false},
    {"NotADirectoryError", "OSError", false},
    {"PermissionError", "OSError", false},
    {"ProcessLookupError", "OSError", false},
    {"TimeoutError", "OSError", false},
};

int rt__exc_extra_init(rt_state *rt)
{
    for (size_t i = 0; i < sizeof extra_exc / sizeof extra_exc[0]; i++) {
        rt_value base = rt_dict_get_cstr(rt, rt->builtins, extra_exc[i].base);
        if (!base) {
            if (!rt->exc) /* a table error: a base named before it is made */
                rt_raise(rt, RT_EXC_RuntimeError, "no builtin %s", extra_exc[i].base);
            return -1;
        }
        if (extra_exc[i].alias) {
            if (rt_dict_set_cstr(rt, rt->builtins, extra_exc[i].name, base) < 0)
                return -1;
            continue;
        }
        rt_value cls = rt_type_new_exc_class(rt, extra_exc[i].name, base, -1);
        if (!cls)
            return -1;
        rt_type_obj_of(cls)->tflags |= RT_TF_EXCBUILT;
        int r = rt_dict_set_cstr(rt, rt->builtins, extra_exc[i].name, cls);
        rt_decref(rt, cls);
        if (r < 0)
            return -1;
    }
    return 0;
}

/* ---- slots --------------------------------------------------------------------- */

static size_t exc_size(const rt_obj *o)
{
    const rt_exc *e = (const rt_exc *)o;
    return sizeof(rt_gc_link) + sizeof(rt_exc) + e->tbcap * sizeof(rt_tb_entry) +
           e->nslots * sizeof(rt_value);
}

static void exc_traverse(rt_obj *o, rt_visit_fn visit, void *arg)
{
    rt_exc *e = (rt_exc *)o;
    if (rt_is_obj(e->cls))
        visit(rt_as_obj(e->cls), arg);
    if (rt_is_obj(e->args))
        visit(rt_as_obj(e->args), arg);
    if (rt_is_obj(e->cause))
        visit(rt_as_obj(e->cause), arg);
    if (rt_is_obj(e->context))
        visit(rt_as_obj(e->context), arg);
    if (rt_is_obj(e->dict))
        visit(rt_as_obj(e->dict), arg);
    if (rt_is_obj(e->group))
        visit(rt_as_obj(e->group), arg);
    for (uint32_t i = 0; i < e->ntb; i++) {
        const rt_tb_entry *t = &e->tb[i];
        visit(&t->code->hdr, arg);
        if (rt_is_obj(t->locals))
            visit(rt_as_obj(t->locals), arg);
        if (t->slots)
            for (uint32_t k = 0, n = rt__exc_tb_nslots(t->code); k < n; k++)
                if (rt_is_obj(t->slots[k]))
                    visit(rt_as_obj(t->slots[k]), arg);
    }
}

static void exc_clear(rt_state *rt, rt_obj *o)
{
    rt_exc *e = (rt_exc *)o;
    rt_value a = e->args, c = e->cause, x = e->context, d = e->dict, g = e->group;
    e->cause = RT_NULL;
    e->context = RT_NULL;
    e->dict = RT_NULL;
    e->group = RT_NULL;
    rt_decref(rt, d);
    rt_decref(rt, g);
    /* args stays a valid tuple: the collector may still print the exception */
    (void)a;
    rt_decref(rt, c);
    rt_decref(rt, x);
    uint32_t n = e->ntb;
    e->ntb = 0;
    for (uint32_t i = 0; i < n; i++) {
        rt__exc_tb_locals_drop(rt, e, &e->tb[i]);
        rt_decref(rt, rt_from_obj(e->tb[i].code));
    }
}

static void exc_dealloc(rt_state *rt, rt_obj *o)
{
    rt_exc *e = (rt_exc *)o;
    exc_clear(rt, o);
    if (e->tb)
        rt_heap_free(rt, o, e->tb, e->tbcap * sizeof(rt_tb_entry));
    rt_value cls = e->cls, args = e->args;
    rt_obj_free(rt, o, sizeof(rt_exc));
    rt_decref(rt, args);
    rt_decref(rt, cls);
}

const rt_typeinfo rt__exc_typeinfo = {"BaseException", true,      exc_size,
                                      exc_traverse,    exc_clear, exc_dealloc};

/* ---- warnings from the runtime ----------------------------------------------------- */

rt_value rt__warnings_call(rt_state *rt, const char *fn, const rt_value *args, size_t nargs)
{
    rt_value f = rt_import_attr(rt, "warnings", fn);
    rt_value r = f ? rt_call(rt, f, args, nargs, RT_NULL) : RT_NULL;
    rt_decref(rt, f);
    return r;
}

int rt__warn(rt_state *rt, const char *category, const char *text)
{
    rt_value cls = rt_dict_get_cstr(rt, rt->builtins, category);
    if (!cls) {
        if (!rt->exc)
            rt_raise(rt, RT_EXC_RuntimeError, "no warning category %s", category);
        return -1;
    }
    rt_value msg = rt_str_new(rt, text, strlen(text));
    if (!msg)
        return -1;
    rt_value args[2] = {msg, cls};
    rt_value r = rt__warnings_call(rt, "warn", args, 2);
    rt_decref(rt, msg);
    if (!r)
        return -1;
    rt_decref(rt, r);
    return 0;
}
