/* mod_traceback.c: `_traceback`, what stdlib/traceback.py and
 * stdlib/warnings.py need from the runtime: an exception's traceback as
 * CPython's text (the runtime's own report, exc.c) or as entries, and the
 * frames of the running program (who called warnings.warn, the stack
 * traceback.extract_stack shows). */
#include <string.h>

#include "runtime/builtin.h"
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

#define TB_ARGS rt_state *rt, rt_value self, const rt_value *args, size_t nargs, rt_value kwnames

/* The text of line `line` of file `filename` with its indentation and line
 * end stripped, or None when the runtime has no source for it (a file it did
 * not load, "<string>"). Lines come from the module sources the runtime kept,
 * the main script's too. */
static rt_value source_line(rt_state *rt, rt_value filename, int line, bool strip)
{
    const char *name = rt_str_data(filename);
    size_t len = 0;
    const char *text = name[0] == '<' ? NULL : rt__source_text(rt, name, &len);
    /* the main script's text is not among the loaded modules'; it is used
     * for its own name only (state.c keeps the name after the text): a file
     * the runtime never loaded has no line, as CPython's linecache finds none */
    if (!text && name[0] != '<' && rt->source &&
        strcmp(name, rt->source + rt->source_len + 1) == 0) {
        text = rt->source;
        len = rt->source_len;
    }
    if (!text || line < 1)
        return RT_NONE;
    const char *p = text, *end = text + len;
    for (int k = 1; k < line && p < end; k++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        p = nl ? nl + 1 : end;
    }
    if (p >= end)
        return RT_NONE;
    const char *e = memchr(p, '\n', (size_t)(end - p));
    if (!e)
        e = end;
    if (!strip) /* the whole line, its end included (a last line without one gets it) */
        return rt_str_printf(rt, "%.*s\n", (int)(e - p), p);
    while (p < e && (*p == ' ' || *p == '\t' || *p == '\f'))
        p++;
    while (e > p && (e[-1] == '\r' || e[-1] == ' ' || e[-1] == '\t'))
        e--;
    return rt_str_new(rt, p, (size_t)(e - p));
}

/* (filename, lineno, name, line) for one place in the code. */
static rt_value entry_tuple(rt_state *rt, rt_code *code, int line)
{
    rt_value text = source_line(rt, code->filename, line, true);
    if (!text)
        return RT_NULL;
    rt_value no = rt_int_from_i64(rt, line);
    rt_value t = no ? rt_tuple_pack(rt, 4, code->filename, no, code->name, text) : RT_NULL;
    rt_decref(rt, no);
    rt_decref(rt, text);
    return t;
}

static rt_value check_exc(rt_state *rt, const char *qual, const rt_value *args, size_t nargs,
                          rt_value kwnames)
{
    if (rt_args_one(rt, qual, nargs, kwnames) < 0)
        return RT_NULL;
    if (!rt_is_exc(args[0]))
        return rt_raise(rt, RT_EXC_TypeError, "%s() argument must be an exception, not %s", qual,
                        rt_type_name(args[0]));
    return args[0];
}

/* format(exc): the text the runtime prints for exc uncaught: its chain
 * (causes and contexts), each traceback with source lines and carets, and
 * the last line. */
static rt_value tb_format(TB_ARGS)
{
    (void)self;
    rt_value e = check_exc(rt, "format", args, nargs, kwnames);
    if (!e)
        return RT_NULL;
    rt_strbuf sb;
    rt_heap_strbuf_init(rt, &sb);
    int r = rt_exc_format_traceback(rt, e, rt->source, rt->source_len, &sb);
    rt_value s = r < 0 || sb.failed ? RT_NULL : rt_str_from_strbuf(rt, &sb);
    rt_strbuf_dispose(&sb);
    if (!s && !rt->exc)
        rt_raise(rt, RT_EXC_MemoryError, "%s", "");
    return s;
}

/* entries(exc): exc's own traceback as a list of (filename, lineno, name,
 * line) tuples, most recent call last; line is None without a source. */
static rt_value tb_entries(TB_ARGS)
{
    (void)self;
    rt_value ev = check_exc(rt, "entries", args, nargs, kwnames);
    if (!ev)
        return RT_NULL;
    rt_exc *e = rt_exc_of(ev);
    rt_value list = rt_list_new(rt, 0);
    for (uint32_t k = e->ntb; list && k-- > 0;) {
        rt_value t = entry_tuple(rt, e->tb[k].code, e->tb[k].line);
        if (!t || rt_list_append(rt, list, t) < 0) {
            rt_decref(rt, t);
            rt_decref(rt, list);
            return RT_NULL;
        }
        rt_decref(rt, t);
    }
    return list;
}

/* The line a frame is at: its last instruction started (ip is the next). */
static int frame_line(const rt_frame *f)
{
    uint32_t i = (uint32_t)(f->ip - f->code->insns);
    return rt_code_line(f->code, i ? i - 1 : 0);
}

/* The frame `depth` calls above the Python code that called the builtin
 * (0: that code's own frame), or NULL past the outermost. */
static rt_frame *frame_at(rt_state *rt, int64_t depth)
{
    rt_frame *f = rt->frame;
    while (f && depth-- > 0)
        f = f->back;
    return f;
}

static int depth_arg(rt_state *rt, const char *qual, const rt_value *args, size_t nargs,
                     rt_value kwnames, int64_t *depth)
{
    if (rt_args_one(rt, qual, nargs, kwnames) < 0)
        return -1;
    if (!rt_is_int(args[0]) || !rt_int_as_i64(args[0], depth))
        return rt_raise(rt, RT_EXC_TypeError, "%s() wants an int depth", qual), -1;
    return 0;
}

/* caller(depth): (filename, lineno, function name, module globals) of the
 * frame depth calls above the caller's, or None past the outermost frame. */
static rt_value tb_caller(TB_ARGS)
{
    (void)self;
    int64_t depth;
    if (depth_arg(rt, "caller", args, nargs, kwnames, &depth) < 0)
        return RT_NULL;
    rt_frame *f = depth < 0 ? NULL : frame_at(rt, depth);
    if (!f)
        return RT_NONE;
    rt_value g = f->globals ? f->globals : rt->globals;
    rt_value no = rt_int_from_i64(rt, frame_line(f));
    rt_value t = no ? rt_tuple_pack(rt, 4, f->code->filename, no, f->code->name, g) : RT_NULL;
    rt_decref(rt, no);
    return t;
}

/* stack(depth): the entries (as entries()) of the frames from the outermost
 * to the one depth calls above the caller's, most recent last. */
static rt_value tb_stack(TB_ARGS)
{
    (void)self;
    int64_t depth;
    if (depth_arg(rt, "stack", args, nargs, kwnames, &depth) < 0)
        return RT_NULL;
    rt_value list = rt_list_new(rt, 0);
    for (rt_frame *f = frame_at(rt, depth < 0 ? 0 : depth); list && f; f = f->back) {
        rt_value t = entry_tuple(rt, f->code, frame_line(f));
        if (!t || rt_list_append(rt, list, t) < 0) {
            rt_decref(rt, t);
            rt_decref(rt, list);
            return RT_NULL;
        }
        rt_decref(rt, t);
    }
    if (list)
        rt_list_reverse(list);
    return list;
}

/* source_line(filename, lineno[, raw]): that line of a file the runtime
 * loaded, stripped (what warnings prints under a warning), or with raw true as
 * it is, indentation and line end included (inspect.stack()'s code_context);
 * None without a source. */
static rt_value tb_source_line(TB_ARGS)
{
    (void)self;
    if (rt_args_range(rt, "source_line", nargs, kwnames, 2, 3) < 0)
        return RT_NULL;
    int64_t line;
    if (!rt_is_str(args[0]) || !rt_is_int(args[1]) || !rt_int_as_i64(args[1], &line))
        return RT_NONE;
    bool raw = nargs == 3 && args[2] == RT_TRUE;
    return source_line(rt, args[0], line > INT32_MAX || line < 0 ? 0 : (int)line, !raw);
}

/* frame_live(code, locals): (line, locals) of the running frame a frame
 * object describes, its locals refreshed, or None once it has ended. A
 * function's frame is the one whose locals dict is `locals` (one per call,
 * kept alive by the frame object, so no later frame has it); module or
 * class code is the innermost running frame of `code` with that namespace. */
static rt_value tb_frame_live(TB_ARGS)
{
    (void)self;
    if (rt_args_range(rt, "frame_live", nargs, kwnames, 2, 2) < 0)
        return RT_NULL;
    rt_value code = args[0], locs = args[1];
    for (rt_frame *f = rt->frame; f; f = f->back) {
        bool fn = (f->code->flags & RT_CO_OPTIMIZED) != 0;
        bool match = fn ? f->locals_dict == locs
                        : rt_from_obj(f->code) == code && (f->ns        ? f->ns
                                                           : f->globals ? f->globals
                                                                        : rt->globals) == locs;
        if (!match)
            continue;
        rt_value d = rt_frame_locals(rt, f);
        f->flags |= RT_FRAME_SEEN;
        rt_value no = d ? rt_int_from_i64(rt, frame_line(f)) : RT_NULL;
        rt_value t = no ? rt_tuple_pack(rt, 2, no, d) : RT_NULL;
        rt_decref(rt, no);
        rt_decref(rt, d);
        return t;
    }
    return RT_NONE;
}

static const rt_builtin_def tb_funcs[] = {
    {"source_line", tb_source_line},
    {"format", tb_format},
    {"entries", tb_entries},
    {"caller", tb_caller},
    {"stack", tb_stack},
    {"frame_live", tb_frame_live},
    {NULL, NULL},
};

int rt__mod_traceback_fill(rt_state *rt, rt_value d)
{
    return rt__module_add_funcs(rt, d, tb_funcs);
}
