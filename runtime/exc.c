/* exc.c: exception instances and classes, raising, matching, and the text
 * of CPython-format tracebacks. */
#include "runtime/exc.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/builtin.h"
#include "runtime/class.h"
#include "runtime/dict.h"
#include "runtime/frame.h"
#include "runtime/heap.h"
#include "runtime/module.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"

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
    return rt->memory_error ? 0 : -1;
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

rt_value rt__exc_call(rt_state *rt, rt_value cls, const rt_value *args, size_t nargs,
                      rt_value kwnames)
{
    if (rt_kw_count(kwnames))
        return rt_raise(rt, RT_EXC_TypeError, "%s() takes no keyword arguments",
                        rt_type_obj_name(cls));
    rt_value t = rt_tuple_from(rt, args, (int64_t)nargs);
    if (!t)
        return RT_NULL;
    rt_value e = rt_exc_new(rt, cls, t);
    rt_decref(rt, t);
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
        for (uint32_t i = 0; i < x->ntb; i++)
            rt_decref(rt, rt_from_obj(x->tb[i].code));
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
    e->ntb++;
}

/* ---- attributes and text --------------------------------------------------- */

static rt_value syntax_detail(rt_state *rt, const rt_exc *e);

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
    if (!strcmp(s, "__traceback__") || !strcmp(s, "__notes__"))
        return RT_NONE;
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
                rt_value v = rt_tuple_get(detail, i);
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
    if (!strcmp(s, "__suppress_context__")) {
        int t = v ? rt_truthy(rt, v) : 0;
        if (t < 0)
            return -1;
        e->suppress_context = t;
        return 0;
    }
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

void rt__syntax_site_append(rt_strbuf *sb, const char *filename, int line, int col, int end_line,
                            int end_col, const char *text)
{
    if (line > 0) {
        char head[512];
        snprintf(head, sizeof head, "  File \"%s\", line %d\n", filename, line);
        rt_strbuf_append_cstr(sb, head);
    }
    if (text && text[0]) {
        const char *t = text;
        int skipped = 0;
        while (*t == ' ' || *t == '\t' || *t == '\f') {
            t++;
            skipped++;
        }
        size_t tl = strlen(t);
        while (tl && (t[tl - 1] == ' ' || t[tl - 1] == '\r' || t[tl - 1] == '\n'))
            tl--;
        rt_strbuf_append(sb, "    ", 4);
        rt_strbuf_append(sb, t, tl);
        rt_strbuf_append_char(sb, '\n');
        if (col > 0) {
            int c = col - 1 - skipped;
            if (c < 0)
                c = 0;
            int width = 1;
            if (end_line == line && end_col > col)
                width = end_col - col;
            rt_strbuf_append(sb, "    ", 4);
            for (int i = 0; i < c; i++)
                rt_strbuf_append_char(sb, ' ');
            for (int i = 0; i < width; i++)
                rt_strbuf_append_char(sb, '^');
            rt_strbuf_append_char(sb, '\n');
        }
    }
}

static rt_value syntax_detail(rt_state *rt, const rt_exc *e)
{
    if (!rt_type_is_subtype(e->cls, rt->exc_types[RT_EXC_SyntaxError]) ||
        rt_tuple_len(e->args) != 2)
        return RT_NULL;
    rt_value d = rt_tuple_get(e->args, 1);
    return rt_is_tuple(d) && rt_tuple_len(d) == 6 ? d : RT_NULL;
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

rt_value rt__exc_str(rt_state *rt, rt_value ev)
{
    rt_exc *e = rt_exc_of(ev);
    int64_t n = rt_tuple_len(e->args);
    rt_value detail = syntax_detail(rt, e);
    if (detail)
        return syntax_str(rt, rt_tuple_get(e->args, 0), detail);
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

int rt_exc_format_last_line(rt_state *rt, rt_value ev, rt_strbuf *sb)
{
    rt_exc *e = rt_exc_of(ev);
    rt_type_obj *to = rt_type_obj_of(e->cls);
    if (to->tflags & RT_TF_HEAP) {
        /* CPython prints module.qualname, the module left out for __main__ */
        rt_value mod = to->dict ? rt_dict_get(rt, to->dict, rt->ids[RT_ID_module]) : RT_NULL;
        if (mod && rt_is_str(mod) && strcmp(rt_str_data(mod), "__main__") &&
            strcmp(rt_str_data(mod), "builtins")) {
            rt_strbuf_append_cstr(sb, rt_str_data(mod));
            rt_strbuf_append_char(sb, '.');
        }
        if (rt_strbuf_append_cstr(sb, rt_str_data(to->qualname ? to->qualname : to->name)) < 0)
            return -1;
    } else if (rt_strbuf_append_cstr(sb, rt_type_obj_name(e->cls)) < 0) {
        return -1;
    }
    rt_value saved = rt->exc;
    rt->exc = RT_NULL;
    /* a SyntaxError's last line is its msg alone: the site is printed above */
    rt_value s = syntax_detail(rt, e) ? rt_str(rt, rt_tuple_get(e->args, 0)) : rt_str(rt, ev);
    if (!s) {
        rt_exc_clear(rt);
        rt->exc = saved;
        return rt_strbuf_append_cstr(sb, ": <exception str() failed>");
    }
    rt->exc = saved;
    int r = 0;
    if (rt_str_len(s))
        r = rt_strbuf_append(sb, ": ", 2) | rt_strbuf_append(sb, rt_str_data(s), rt_str_len(s));
    rt_decref(rt, s);
    return r < 0 ? -1 : 0;
}

/* Appends "    <line stripped>\n" for line `line` of src, when it exists. */
static void source_line(rt_strbuf *sb, const char *src, size_t len, int line, uint32_t cols)
{
    if (!src || line <= 0)
        return;
    int ln = 1;
    size_t i = 0;
    while (i < len && ln < line) {
        if (src[i] == '\n')
            ln++;
        i++;
    }
    if (ln != line || i >= len)
        return;
    size_t j = i;
    while (j < len && src[j] != '\n')
        j++;
    while (i < j && (src[i] == ' ' || src[i] == '\t'))
        i++;
    while (j > i && (src[j - 1] == ' ' || src[j - 1] == '\t' || src[j - 1] == '\r'))
        j--;
    if (j == i)
        return;
    rt_strbuf_append(sb, "    ", 4);
    rt_strbuf_append(sb, src + i, j - i);
    rt_strbuf_append_char(sb, '\n');
    size_t start = i, end = j;
    while (start > 0 && src[start - 1] != '\n')
        start--;
    while (end < len && src[end] != '\n')
        end++;
    rt__tb_carets(sb, src + start, end - start, cols);
}

static void repeated(rt_strbuf *sb, int count)
{
    if (count <= 3)
        return;
    char line[96];
    snprintf(line, sizeof line, "  [Previous line repeated %d more time%s]\n", count - 3,
             count - 3 == 1 ? "" : "s");
    rt_strbuf_append_cstr(sb, line);
}

/* An open-addressing set of the exceptions met in a chain (pointers, 0 =
 * empty): CPython prints each exception of a looping chain once. */
typedef struct exc_set {
    rt_value *slot;
    size_t cap, n; /* cap: a power of two, more than twice n; 0 before the first add */
} exc_set;

static bool exc_set_has(const exc_set *s, rt_value e)
{
    if (!s->cap)
        return false;
    for (size_t h = ((size_t)e >> 4) & (s->cap - 1); s->slot[h]; h = (h + 1) & (s->cap - 1))
        if (s->slot[h] == e)
            return true;
    return false;
}

/* Adds e (not yet in s): 0, or -1 when the host is out of memory. */
static int exc_set_add(exc_set *s, rt_value e)
{
    if (2 * (s->n + 1) >= s->cap) {
        size_t ncap = s->cap ? s->cap * 2 : 64;
        rt_value *ns = calloc(ncap, sizeof *ns);
        if (!ns)
            return -1;
        for (size_t i = 0; i < s->cap; i++) {
            if (!s->slot[i])
                continue;
            size_t h = ((size_t)s->slot[i] >> 4) & (ncap - 1);
            while (ns[h])
                h = (h + 1) & (ncap - 1);
            ns[h] = s->slot[i];
        }
        free(s->slot);
        s->slot = ns;
        s->cap = ncap;
    }
    size_t h = ((size_t)e >> 4) & (s->cap - 1);
    while (s->slot[h])
        h = (h + 1) & (s->cap - 1);
    s->slot[h] = e;
    s->n++;
    return 0;
}

/* The exception the chain continues with after e (not yet in `seen`): its
 * __cause__, else its __context__ unless suppressed; RT_NULL at the end. */
static rt_value chain_next(const rt_exc *e, const exc_set *seen)
{
    if (e->cause && rt_is_exc(e->cause) && !exc_set_has(seen, e->cause))
        return e->cause;
    if (e->context && !e->suppress_context && rt_is_exc(e->context) &&
        !exc_set_has(seen, e->context))
        return e->context;
    return RT_NULL;
}

static int format_one(rt_state *rt, rt_value ev, const char *source, size_t source_len,
                      rt_strbuf *sb);

/* The chain is collected first and printed oldest first, without recursion:
 * a loop can chain any number of exceptions (`raise X from previous`). Its
 * scratch arrays are the host's (libc), not the heap's: the report must be
 * written even when the heap limit has been reached. */
int rt_exc_format_traceback(rt_state *rt, rt_value ev, const char *source, size_t source_len,
                            rt_strbuf *sb)
{
    exc_set seen = {NULL, 0, 0};
    rt_value *chain = NULL;
    size_t n = 0, cap = 0;
    int rc = 0;
    for (rt_value e = ev; e; e = chain_next(rt_exc_of(e), &seen)) {
        if (n == cap) {
            size_t ncap = cap ? cap * 2 : 16;
            rt_value *nc = realloc(chain, ncap * sizeof *nc);
            if (!nc) {
                rc = -1;
                break;
            }
            chain = nc;
            cap = ncap;
        }
        if (exc_set_add(&seen, e) < 0) {
            rc = -1;
            break;
        }
        chain[n++] = e;
    }
    for (size_t k = n; rc == 0 && k-- > 0;) {
        if (format_one(rt, chain[k], source, source_len, sb) < 0)
            rc = -1;
        if (k > 0 && rt_exc_of(chain[k - 1])->cause == chain[k])
            rt_strbuf_append_cstr(sb, "\nThe above exception was the direct cause of the "
                                      "following exception:\n\n");
        else if (k > 0)
            rt_strbuf_append_cstr(sb, "\nDuring handling of the above exception, another "
                                      "exception occurred:\n\n");
    }
    free(chain);
    free(seen.slot);
    return rc;
}

/* One exception of a chain: its traceback and its last line. */
static int format_one(rt_state *rt, rt_value ev, const char *source, size_t source_len,
                      rt_strbuf *sb)
{
    rt_exc *e = rt_exc_of(ev);
    if (e->ntb) {
        rt_strbuf_append_cstr(sb, "Traceback (most recent call last):\n");
        /* CPython collapses more than 3 identical consecutive entries */
        const rt_tb_entry *last = NULL;
        int count = 0;
        for (uint32_t k = e->ntb; k-- > 0;) {
            rt_tb_entry *t = &e->tb[k];
            if (last && last->code == t->code && last->line == t->line && last->cols == t->cols) {
                count++;
            } else {
                repeated(sb, count);
                last = t;
                count = 1;
            }
            if (count > 3)
                continue;
            char head[1024];
            snprintf(head, sizeof head, "  File \"%s\", line %d, in %s\n",
                     rt_str_data(t->code->filename), (int)t->line, rt_str_data(t->code->name));
            rt_strbuf_append_cstr(sb, head);
            /* "<string>" (exec) and the like name no file: no line, as CPython */
            if (rt_str_data(t->code->filename)[0] != '<') {
                /* the line from its own file when it is one the runtime loaded */
                size_t flen = 0;
                const char *ftext = rt__source_text(rt, rt_str_data(t->code->filename), &flen);
                if (ftext)
                    source_line(sb, ftext, flen, t->line, t->cols);
                else
                    source_line(sb, source, source_len, t->line, t->cols);
            }
        }
        repeated(sb, count);
    }
    rt_value detail = syntax_detail(rt, e);
    if (detail) {
        rt_value file = rt_tuple_get(detail, 0), text = rt_tuple_get(detail, 3);
        rt_value vals[4] = {rt_tuple_get(detail, 1), rt_tuple_get(detail, 2),
                            rt_tuple_get(detail, 4), rt_tuple_get(detail, 5)};
        int n[4] = {0, 0, 0, 0};
        for (int i = 0; i < 4; i++)
            n[i] = rt_is_smallint(vals[i]) ? (int)rt_smallint_get(vals[i]) : 0;
        rt__syntax_site_append(sb, rt_is_str(file) ? rt_str_data(file) : "<unknown>", n[0], n[1],
                               n[2], n[3], rt_is_str(text) ? rt_str_data(text) : NULL);
    }
    rt_exc_format_last_line(rt, ev, sb);
    return rt_strbuf_append_char(sb, '\n');
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
    {"BufferError", "Exception", false},
    {"FloatingPointError", "ArithmeticError", false},
    {"ReferenceError", "Exception", false},
    {"StopAsyncIteration", "Exception", false},
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
    return sizeof(rt_gc_link) + sizeof(rt_exc) + e->tbcap * sizeof(rt_tb_entry);
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
    for (uint32_t i = 0; i < e->ntb; i++)
        visit(&e->tb[i].code->hdr, arg);
}

static void exc_clear(rt_state *rt, rt_obj *o)
{
    rt_exc *e = (rt_exc *)o;
    rt_value a = e->args, c = e->cause, x = e->context, d = e->dict;
    e->cause = RT_NULL;
    e->context = RT_NULL;
    e->dict = RT_NULL;
    rt_decref(rt, d);
    /* args stays a valid tuple: the collector may still print the exception */
    (void)a;
    rt_decref(rt, c);
    rt_decref(rt, x);
    for (uint32_t i = 0; i < e->ntb; i++)
        rt_decref(rt, rt_from_obj(e->tb[i].code));
    e->ntb = 0;
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
