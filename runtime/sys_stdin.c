/* sys_stdin.c: sys.stdin and input(): the program's standard input, read a
 * line at a time from the embedder (rt_config.read_line) into a buffer of
 * text not yet consumed, so that readline(), read(), iteration and input()
 * can be mixed as on CPython's sys.stdin. A program without input (a daemon
 * workload: no read_line) is at its end from the start. */
#include "runtime/sys_stdin.h"

#include <stdlib.h>
#include <string.h>

#include "runtime/builtin.h"
#include "runtime/bytes.h"
#include "runtime/class.h"
#include "runtime/dict.h"
#include "runtime/exc.h"
#include "runtime/heap.h"
#include "runtime/list.h"
#include "runtime/ops.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/utf8.h"

/* Appends the embedder's next line to the buffer: 1, or 0 at the end of the
 * input, -1 (MemoryError) when the buffer cannot grow. */
static int fill(rt_state *rt)
{
    if (rt->stdin_eof || !rt->cfg.read_line) {
        rt->stdin_eof = true;
        return 0;
    }
    size_t n = 0;
    char *line = rt->cfg.read_line(rt->cfg.line_ctx, &n);
    if (!line) {
        rt->stdin_eof = true;
        return 0;
    }
    rt_strbuf *b = &rt->stdin_buf;
    if (!rt->stdin_ready) {
        rt_heap_strbuf_init(rt, b);
        rt->stdin_ready = true;
    }
    if (rt->stdin_pos) { /* drop what was consumed before growing */
        memmove(b->data, b->data + rt->stdin_pos, b->len - rt->stdin_pos);
        rt_strbuf_truncate(b, b->len - rt->stdin_pos);
        rt->stdin_pos = 0;
    }
    int st = rt_strbuf_append(b, line, n);
    free(line);
    if (st != 0) {
        rt_heap_strbuf_error(rt);
        return -1;
    }
    return 1;
}

static size_t pending(const rt_state *rt)
{
    return rt->stdin_ready ? rt->stdin_buf.len - rt->stdin_pos : 0;
}

/* The pending text (never NULL: "" before anything was read). */
static const char *pending_data(const rt_state *rt)
{
    return rt->stdin_ready && rt->stdin_buf.data ? rt->stdin_buf.data + rt->stdin_pos : "";
}

/* The end (a byte count) of the first `chars` characters (bytes when
 * binary) of the pending text, or the whole of it when shorter; chars < 0:
 * the whole. */
static size_t chars_end(const rt_state *rt, size_t avail, int64_t chars, bool binary)
{
    if (chars < 0)
        return avail;
    if (binary)
        return (uint64_t)chars < avail ? (size_t)chars : avail;
    const char *p = pending_data(rt);
    size_t i = 0;
    for (int64_t k = 0; k < chars && i < avail; k++)
        i = rt_utf8_next(p, avail, i);
    return i;
}

/* The number of characters in the first `avail` pending bytes, counted up
 * to max at most. */
static int64_t chars_in(const rt_state *rt, size_t avail, int64_t max, bool binary)
{
    if (binary)
        return (int64_t)avail;
    const char *p = pending_data(rt);
    size_t i = 0;
    int64_t k = 0;
    while (i < avail && k < max) {
        i = rt_utf8_next(p, avail, i);
        k++;
    }
    return k;
}

/* Consumes n bytes of the pending text as a new bytes (binary) or str;
 * ValueError when a str's bytes are not UTF-8. */
static rt_value take(rt_state *rt, size_t n, bool binary)
{
    const char *p = pending_data(rt);
    if (binary) {
        rt_value b = rt_bytes_new(rt, p, n);
        if (b)
            rt->stdin_pos += n;
        return b;
    }
    size_t bad = 0;
    if (!rt_utf8_valid(p, n, &bad)) {
        rt->stdin_pos += n;
        return rt_raise(rt, RT_EXC_ValueError, "input is not UTF-8 (byte %zu of the line)", bad);
    }
    rt_value s = rt_str_new(rt, p, n);
    if (s)
        rt->stdin_pos += n;
    return s;
}

/* The next line with its newline (empty at the end), at most limit
 * characters (bytes when binary) when limit >= 0. */
static rt_value readline_as(rt_state *rt, int64_t limit, bool binary)
{
    const char *nl;
    while (!(pending(rt) && (nl = memchr(pending_data(rt), '\n', pending(rt))))) {
        int st = fill(rt);
        if (st < 0)
            return RT_NULL;
        if (st == 0)
            break;
    }
    size_t avail = pending(rt);
    nl = avail ? memchr(pending_data(rt), '\n', avail) : NULL;
    size_t end = nl ? (size_t)(nl - pending_data(rt)) + 1 : avail;
    return take(rt, chars_end(rt, end, limit, binary), binary);
}

rt_value rt__stdin_readline(rt_state *rt, int64_t limit)
{
    return readline_as(rt, limit, false);
}

/* read(size): size characters or bytes (fewer at the end), or all that is
 * left when size < 0. */
static rt_value read_as(rt_state *rt, int64_t size, bool binary)
{
    for (;;) {
        if (size >= 0 && chars_in(rt, pending(rt), size, binary) >= size)
            break;
        int st = fill(rt);
        if (st < 0)
            return RT_NULL;
        if (st == 0)
            break;
    }
    return take(rt, chars_end(rt, pending(rt), size, binary), binary);
}

/* The methods are bound to 0 (sys.stdin, text) or 1 (sys.stdin.buffer, bytes). */
static bool is_binary(rt_value self)
{
    return self == rt_smallint(1);
}

/* The optional size argument of read/readline: None or absent is -1. */
static int size_arg(rt_state *rt, const char *qual, const rt_value *args, size_t nargs,
                    rt_value kwnames, int64_t *out)
{
    *out = -1;
    if (rt_args_range(rt, qual, nargs, kwnames, 0, 1) < 0)
        return -1;
    if (nargs == 1 && args[0] != RT_NONE)
        return rt_arg_index(rt, args[0], out);
    return 0;
}

static rt_value stdin_readline(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                               rt_value kwnames)
{
    int64_t limit;
    if (size_arg(rt, "readline", args, nargs, kwnames, &limit) < 0)
        return RT_NULL;
    return readline_as(rt, limit, is_binary(self));
}

static rt_value stdin_read(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                           rt_value kwnames)
{
    int64_t size;
    if (size_arg(rt, "read", args, nargs, kwnames, &size) < 0)
        return RT_NULL;
    return read_as(rt, size, is_binary(self));
}

static rt_value stdin_readlines(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                                rt_value kwnames)
{
    int64_t hint;
    if (size_arg(rt, "readlines", args, nargs, kwnames, &hint) < 0)
        return RT_NULL;
    rt_value lines = rt_list_new(rt, 0);
    int64_t total = 0;
    while (lines) {
        rt_value line = readline_as(rt, -1, is_binary(self));
        if (!line) {
            rt_decref(rt, lines);
            return RT_NULL;
        }
        int64_t n = is_binary(self) ? rt_bytes_len(line) : (int64_t)rt_str_nchars(line);
        if (n == 0) {
            rt_decref(rt, line);
            break;
        }
        total += n;
        if (rt_list_append_steal(rt, lines, line) < 0) {
            rt_decref(rt, lines);
            return RT_NULL;
        }
        if (hint > 0 && total >= hint)
            break;
    }
    return lines;
}

/* __iter__ and __next__ live in the class (the protocol looks there) and get
 * the stream as their first argument; the class's own binding (0 or 1) says
 * which stream it is. */
static rt_value stdin_iter(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                           rt_value kwnames)
{
    (void)self;
    if (rt_args_range(rt, "__iter__", nargs, kwnames, 1, 1) < 0)
        return RT_NULL;
    rt_incref(args[0]);
    return args[0];
}

static rt_value stdin_next(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                           rt_value kwnames)
{
    (void)args;
    if (rt_args_range(rt, "__next__", nargs, kwnames, 1, 1) < 0)
        return RT_NULL;
    bool binary = is_binary(self);
    rt_value line = readline_as(rt, -1, binary);
    if (line && (binary ? rt_bytes_len(line) : (int64_t)rt_str_len(line)) == 0) {
        rt_decref(rt, line);
        return rt_raise_stop_iteration(rt);
    }
    return line;
}

static rt_value stdin_false(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                            rt_value kwnames)
{
    (void)self;
    (void)args;
    if (rt_args_range(rt, "isatty", nargs, kwnames, 0, 0) < 0)
        return RT_NULL;
    return RT_FALSE;
}

static rt_value stdin_true(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                           rt_value kwnames)
{
    (void)self;
    (void)args;
    if (rt_args_range(rt, "readable", nargs, kwnames, 0, 0) < 0)
        return RT_NULL;
    return RT_TRUE;
}

static const rt_builtin_def stdin_methods[] = {
    {"readline", stdin_readline}, {"read", stdin_read},     {"readlines", stdin_readlines},
    {"isatty", stdin_false},      {"readable", stdin_true},
};
static const rt_builtin_def stdin_iter_def = {"__iter__", stdin_iter};
static const rt_builtin_def stdin_next_def = {"__next__", stdin_next};

/* Sets key to a new value v (stolen) in dict d. */
static int set_steal(rt_state *rt, rt_value d, const char *key, rt_value v)
{
    if (!v)
        return -1;
    int r = rt_dict_set_cstr(rt, d, key, v);
    rt_decref(rt, v);
    return r;
}

/* Sets the attribute key of o to a new value v (stolen). */
static int setattr_steal(rt_state *rt, rt_value o, const char *key, rt_value v)
{
    rt_value k = v ? rt_str_from_cstr(rt, key) : RT_NULL;
    int r = k ? rt_setattr(rt, o, k, v) : -1;
    rt_decref(rt, k);
    rt_decref(rt, v);
    return r;
}

/* A new stream object: sys.stdin (text, class _io.TextIOWrapper) or its
 * buffer (bytes, class _io.BufferedReader). */
static rt_value make_stream(rt_state *rt, bool binary)
{
    rt_value bound = rt_smallint(binary ? 1 : 0);
    rt_value ns = rt_dict_new(rt);
    if (!ns || set_steal(rt, ns, "__module__", rt_str_from_cstr(rt, "_io")) < 0 ||
        set_steal(rt, ns, "__iter__", rt_builtin_new(rt, &stdin_iter_def, bound)) < 0 ||
        set_steal(rt, ns, "__next__", rt_builtin_new(rt, &stdin_next_def, bound)) < 0) {
        rt_decref(rt, ns);
        return RT_NULL;
    }
    rt_value name = rt_str_from_cstr(rt, binary ? "BufferedReader" : "TextIOWrapper");
    rt_value bases = name ? rt_tuple_new(rt, 0) : RT_NULL;
    rt_value cls = bases ? rt_class_new(rt, name, bases, ns) : RT_NULL;
    rt_decref(rt, name);
    rt_decref(rt, bases);
    rt_decref(rt, ns);
    rt_value o = cls ? rt_inst_new(rt, cls) : RT_NULL;
    rt_decref(rt, cls);
    if (!o)
        return RT_NULL;
    int r = 0;
    for (size_t i = 0; i < sizeof stdin_methods / sizeof stdin_methods[0] && r == 0; i++)
        r = setattr_steal(rt, o, stdin_methods[i].name,
                          rt_builtin_new(rt, &stdin_methods[i], bound));
    if (r == 0)
        r = setattr_steal(rt, o, "name", rt_str_from_cstr(rt, "<stdin>"));
    if (r == 0)
        r = setattr_steal(rt, o, "mode", rt_str_from_cstr(rt, binary ? "rb" : "r"));
    if (r == 0 && !binary)
        r = setattr_steal(rt, o, "encoding", rt_str_from_cstr(rt, "utf-8"));
    if (r == 0 && !binary)
        r = setattr_steal(rt, o, "buffer", make_stream(rt, true));
    if (r < 0) {
        rt_decref(rt, o);
        return RT_NULL;
    }
    return o;
}

int rt__stdin_add(rt_state *rt, rt_value sys_dict)
{
    rt_value o = make_stream(rt, false);
    if (!o)
        return -1;
    int r = rt_dict_set_cstr(rt, sys_dict, "stdin", o);
    if (r == 0)
        r = rt_dict_set_cstr(rt, sys_dict, "__stdin__", o);
    rt_decref(rt, o);
    return r;
}

void rt__stdin_dispose(rt_state *rt)
{
    if (rt->stdin_ready)
        rt_strbuf_dispose(&rt->stdin_buf);
    rt->stdin_ready = false;
    rt->stdin_pos = 0;
}
