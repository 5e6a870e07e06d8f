/* builtins_io.c: the builtins that read and write the program's standard
 * streams (print, input) and the writers under them: stdout through the
 * embedder's write_out or sys.stdout as the program left it, stderr with
 * lone surrogates escaped, stdin a line at a time. The table that binds
 * print and input in `builtins` is in builtins_mod.c. */
#include "runtime/builtins_mod.h"

#include <stdio.h>
#include <string.h>

#include "runtime/bytes.h"
#include "runtime/heap.h"
#include "runtime/itertools.h"
#include "runtime/module.h"
#include "runtime/str.h"
#include "runtime/sys_stdin.h"
#include "runtime/type.h"
#include "runtime/utf8.h"

void rt__write_out(rt_state *rt, const char *data, size_t len)
{
    if (rt->cfg.write_out)
        rt->cfg.write_out(rt->cfg.write_ctx, data, len);
    else
        fwrite(data, 1, len, stdout);
}

bool rt__has_surrogate(const char *p, size_t n)
{
    const char *end = p + n;
    for (const char *q = memchr(p, 0xED, n); q; q = memchr(q, 0xED, (size_t)(end - q))) {
        q++;
        if (q < end && (unsigned char)*q >= 0xA0) /* ED A0..BF: U+D800..U+DFFF */
            return true;
    }
    return false;
}

static void write_err_raw(rt_state *rt, const char *data, size_t len)
{
    if (rt->cfg.write_err)
        rt->cfg.write_err(rt->cfg.err_ctx, data, len);
    else
        fwrite(data, 1, len, stderr);
}

void rt__write_err(rt_state *rt, const char *data, size_t len)
{
    if (!rt__has_surrogate(data, len)) {
        write_err_raw(rt, data, len);
        return;
    }
    /* CPython's stderr writes with backslashreplace: a lone surrogate as \udxxx */
    rt_strbuf sb;
    rt_heap_strbuf_init(rt, &sb);
    size_t i = 0;
    while (i < len) {
        unsigned char c = (unsigned char)data[i];
        if (c == 0xED && i + 2 < len && (unsigned char)data[i + 1] >= 0xA0) {
            size_t at = i;
            uint32_t cp = rt_utf8_decode(data, len, &at);
            char esc[8];
            snprintf(esc, sizeof esc, "\\u%04x", (unsigned)cp);
            rt_strbuf_append_cstr(&sb, esc);
            i = at;
        } else {
            rt_strbuf_append_char(&sb, (char)c);
            i++;
        }
    }
    if (!sb.failed)
        write_err_raw(rt, sb.data, sb.len);
    rt_strbuf_dispose(&sb);
}

int rt__write_out_text(rt_state *rt, const char *data, size_t len)
{
    if (!rt__has_surrogate(data, len)) {
        rt__write_out(rt, data, len);
        return 0;
    }
    /* CPython's stdout here writes utf-8 with surrogateescape: a surrogate that
     * escapes a byte (U+DC80..U+DCFF) is that byte, any other is an error and
     * nothing of this text is written */
    rt_value text = rt_str_new(rt, data, len);
    rt_value how = text ? rt_str_intern(rt, "surrogateescape", 15) : RT_NULL;
    rt_value enc = how ? rt_str_intern(rt, "utf-8", 5) : RT_NULL;
    rt_value b = enc ? rt_str_encode(rt, text, enc, how) : RT_NULL;
    rt_decref(rt, enc);
    rt_decref(rt, how);
    rt_decref(rt, text);
    if (!b)
        return -1;
    rt__write_out(rt, rt_bytes_data(b), (size_t)rt_bytes_len(b));
    rt_decref(rt, b);
    return 0;
}

/* sys.stdout as the program left it (borrowed), RT_NONE when it is None, or
 * RT_NULL with RuntimeError when it is gone (CPython's "lost sys.stdout"). */
static rt_value current_stdout(rt_state *rt)
{
    rt_value sys = rt_dict_get_cstr(rt, rt->modules, "sys");
    rt_value out = sys && rt_is_module(sys)
                       ? rt_dict_get_cstr(rt, rt_module_of(sys)->dict, "stdout")
                       : RT_NULL;
    if (!out)
        return rt_raise(rt, RT_EXC_RuntimeError, "lost sys.stdout");
    return out;
}

int rt__stdout_write(rt_state *rt, rt_value s)
{
    rt_value out = current_stdout(rt);
    if (!out)
        return -1;
    if (out == RT_NONE)
        return 0;
    rt_value name = rt_str_intern(rt, "write", 5);
    rt_value w = name ? rt_getattr(rt, out, name) : RT_NULL;
    rt_decref(rt, name);
    if (!w)
        return -1;
    rt_value r = rt_call(rt, w, &s, 1, RT_NULL);
    rt_decref(rt, w);
    rt_decref(rt, r);
    return r ? 0 : -1;
}

/* print() to a file object other than sys.stdout/sys.stderr: file.write is
 * called once per argument, separator and end, as CPython's print does. */
/* file.write(piece), looking write up for each piece as CPython's print
 * does (a write that removes itself is missed on the next piece): 0 or -1. */
static int write_piece(rt_state *rt, rt_value file, rt_value piece)
{
    rt_value name = rt_str_intern(rt, "write", 5);
    rt_value w = name ? rt_getattr(rt, file, name) : RT_NULL;
    rt_decref(rt, name);
    rt_value r = w ? rt_call(rt, w, &piece, 1, RT_NULL) : RT_NULL;
    rt_decref(rt, w);
    if (!r)
        return -1;
    rt_decref(rt, r);
    return 0;
}

/* print to a file of the program's own: the separator, then str() of the
 * next argument, each written as it comes, so what precedes a failing
 * str() or write is written. 0 or -1. */
static int print_pieces(rt_state *rt, rt_value file, const rt_value *args, size_t nargs,
                        const char *sep, size_t seplen, const char *end, size_t endlen)
{
    for (size_t i = 0; i <= nargs; i++) {
        if (i > 0 || i == nargs) {
            rt_value p = i < nargs ? rt_str_new(rt, sep, seplen) : rt_str_new(rt, end, endlen);
            int rc = p ? write_piece(rt, file, p) : -1;
            rt_decref(rt, p);
            if (rc < 0)
                return -1;
        }
        if (i < nargs) {
            rt_value v = rt_str(rt, args[i]);
            int rc = v ? write_piece(rt, file, v) : -1;
            rt_decref(rt, v);
            if (rc < 0)
                return -1;
        }
    }
    return 0;
}

/* ---- print, repr, len, hash, format ------------------------------------------- */

/* One piece of a print() line to the real sys.stdout or sys.stderr, gathered
 * in sb. A piece holding a lone surrogate is written on its own, after what
 * came before it, as CPython's write of each piece encodes it (so a piece
 * stdout cannot encode fails alone, the earlier ones written): 0 or -1. */
static int add_piece(rt_state *rt, rt_strbuf *sb, const char *p, size_t n, bool to_err)
{
    if (to_err || !rt__has_surrogate(p, n)) {
        rt_strbuf_append(sb, p, n); /* a failed append shows in sb->failed */
        return 0;
    }
    if (sb->failed)
        return 0;
    if (sb->len) {
        rt__write_out(rt, rt_strbuf_cstr(sb), sb->len);
        rt_strbuf_truncate(sb, 0);
    }
    return rt__write_out_text(rt, p, n);
}

rt_value rt__bi_print(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                      rt_value kwnames)
{
    (void)self;
    static const char *const names[] = {"sep", "end", "file", "flush", NULL};
    rt_value kw[4];
    size_t nkw = rt_kw_count(kwnames);
    if (rt_args_parse(rt, "print", args + nargs, 0, kwnames, 0, names, kw) < 0)
        return RT_NULL;
    (void)nkw;
    const char *sep = " ", *end = "\n";
    size_t seplen = 1, endlen = 1;
    if (kw[0] != RT_NULL && kw[0] != RT_NONE) {
        if (!rt_is_str(kw[0]))
            return rt_raise(rt, RT_EXC_TypeError, "sep must be None or a string, not %s",
                            rt_type_name(kw[0]));
        sep = rt_str_data(kw[0]);
        seplen = rt_str_len(kw[0]);
    }
    if (kw[1] != RT_NULL && kw[1] != RT_NONE) {
        if (!rt_is_str(kw[1]))
            return rt_raise(rt, RT_EXC_TypeError, "end must be None or a string, not %s",
                            rt_type_name(kw[1]));
        end = rt_str_data(kw[1]);
        endlen = rt_str_len(kw[1]);
    }
    rt_value file = kw[2] != RT_NULL && kw[2] != RT_NONE ? kw[2] : current_stdout(rt);
    if (!file)
        return RT_NULL;
    if (file == RT_NONE)
        return RT_NONE; /* sys.stdout = None: print writes nothing, as CPython's */
    rt_value name = rt_str_intern(rt, "write", 5);
    rt_value w = name ? rt_getattr(rt, file, name) : RT_NULL;
    rt_decref(rt, name);
    int rc = w ? 0 : -1;
    if (w && rt_type_of(w) == RT_T_BUILTIN && rt_builtin_of(w)->def == &rt__stream_write_def) {
        /* sys.stdout or sys.stderr: the whole line at once; when a str()
         * fails, what came before it (its separator too) is written */
        rt_strbuf sb;
        rt_heap_strbuf_init(rt, &sb);
        bool to_err = rt_builtin_of(w)->self == rt_smallint(2);
        for (size_t i = 0; i <= nargs && rc == 0; i++) {
            if (i > 0 && i < nargs)
                rc = add_piece(rt, &sb, sep, seplen, to_err);
            rt_value s = i < nargs && rc == 0 ? rt_str(rt, args[i]) : RT_NULL;
            if (i < nargs && !s)
                rc = -1;
            else if (s)
                rc = add_piece(rt, &sb, rt_str_data(s), rt_str_len(s), to_err);
            rt_decref(rt, s);
        }
        if (rc == 0)
            rc = add_piece(rt, &sb, end, endlen, to_err);
        if (sb.failed) {
            if (rc == 0)
                rt_heap_strbuf_error(rt);
            rc = -1;
        } else if (sb.len == 0) {
            /* all written piece by piece */
        } else if (to_err) {
            rt__write_err(rt, rt_strbuf_cstr(&sb), sb.len);
        } else {
            rt__write_out(rt, rt_strbuf_cstr(&sb), sb.len);
        }
        rt_strbuf_dispose(&sb);
    } else if (w) {
        rc = print_pieces(rt, file, args, nargs, sep, seplen, end, endlen);
    }
    rt_decref(rt, w);
    if (rc == 0 && kw[3] != RT_NULL) { /* flush=True: file.flush() */
        int want = rt_truthy(rt, kw[3]);
        rt_value fname = want > 0 ? rt_str_intern(rt, "flush", 5) : RT_NULL;
        rt_value fl = fname ? rt_getattr(rt, file, fname) : RT_NULL;
        rt_decref(rt, fname);
        rt_value r = fl ? rt_call(rt, fl, NULL, 0, RT_NULL) : RT_NULL;
        if (want < 0 || (want > 0 && !r))
            rc = -1;
        rt_decref(rt, r);
        rt_decref(rt, fl);
    }
    return rc < 0 ? RT_NULL : RT_NONE;
}

/* The next line input() reads, a new str ("" at the end): from standard
 * input (sys_stdin.c) while sys.stdin is the one closured made (or not made
 * yet: it is made on first use), else from the stream the program put there,
 * through its readline() (io.StringIO in a test harness), as CPython does
 * for a stdin that is no terminal. RT_NULL with an exception. */
static rt_value stdin_line(rt_state *rt)
{
    rt_value sys = rt_dict_get_cstr(rt, rt->modules, "sys");
    rt_value d = sys && rt_is_module(sys) ? rt_module_of(sys)->dict : RT_NULL;
    rt_value in = d ? rt_dict_get_cstr(rt, d, "stdin") : RT_NULL;
    rt_value own = d ? rt_dict_get_cstr(rt, d, "__stdin__") : RT_NULL;
    if ((!in && !own) || (in && in == own))
        return rt__stdin_readline(rt, -1);
    if (!in || in == RT_NONE)
        return rt_raise(rt, RT_EXC_RuntimeError, "input(): lost sys.stdin");
    rt_incref(in);
    rt_value name = rt_str_intern(rt, "readline", 8);
    rt_value meth = name ? rt_getattr(rt, in, name) : RT_NULL;
    rt_decref(rt, name);
    rt_decref(rt, in);
    rt_value line = meth ? rt_call(rt, meth, NULL, 0, RT_NULL) : RT_NULL;
    rt_decref(rt, meth);
    if (line && !rt_is_str(line)) {
        rt_decref(rt, line);
        return rt_raise(rt, RT_EXC_TypeError, "object.readline() returned non-string");
    }
    return line;
}

/* input([prompt]): the prompt to sys.stdout, then the next line of sys.stdin
 * (stdin_line) without its newline; EOFError at the end of the input or when
 * the program has none (a daemon workload). */
rt_value rt__bi_input(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                      rt_value kwnames)
{
    (void)self;
    if (rt_args_range(rt, "input", nargs, kwnames, 0, 1) < 0)
        return RT_NULL;
    if (nargs == 1) {
        rt_value out = current_stdout(rt);
        if (!out)
            return RT_NULL;
        rt_value prompt = rt_str(rt, args[0]);
        if (!prompt)
            return RT_NULL;
        rt_value name = rt_str_intern(rt, "write", 5);
        rt_value w = name && out != RT_NONE ? rt_getattr(rt, out, name) : RT_NULL;
        rt_decref(rt, name);
        rt_value r = w ? rt_call(rt, w, &prompt, 1, RT_NULL) : RT_NONE;
        rt_decref(rt, w);
        rt_decref(rt, prompt);
        if (!r || (out != RT_NONE && !w))
            return RT_NULL;
        rt_decref(rt, r);
    }
    rt_value line = stdin_line(rt);
    if (!line)
        return RT_NULL;
    size_t n = rt_str_len(line);
    if (n == 0) {
        rt_decref(rt, line);
        return rt_raise(rt, RT_EXC_EOFError, "EOF when reading a line");
    }
    if (rt_str_data(line)[n - 1] != '\n')
        return line;
    rt_value v = rt_str_new(rt, rt_str_data(line), n - 1);
    rt_decref(rt, line);
    return v;
}
