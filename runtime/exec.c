/* exec.c: running source and code objects from a program: the builtins
 * exec, eval and compile, and the namespaces they work in, globals() and
 * locals(), with CPython's rules for the dicts they take and return:
 *   - globals() is the module's dict itself (or exec's globals dict);
 *   - locals() at module level is that same dict; in a function it is the
 *     frame's one locals dict, refreshed from the bound locals, cells and
 *     free variables at each call, so writing to it changes no variable;
 *   - exec(src) / eval(src) without dicts run in the caller's globals and
 *     locals() (so an eval in a function sees its free variables);
 *   - exec(src, g) uses g for both; exec(src, g, l) reads names from l, then
 *     g, then the builtins, and stores them in l; '__builtins__' is added to
 *     g when missing, as CPython does.
 * Code run this way is module-level code: its frame carries the dicts
 * (frame.h); a function it defines in a globals dict other than the
 * module's keeps that dict (func.h), so calling it later still resolves its
 * names there. */
#include <string.h>

#include "runtime/builtin.h"
#include "runtime/bytes.h"
#include "runtime/cell.h"
#include "runtime/class.h"
#include "runtime/code.h"
#include "runtime/compile.h"
#include "runtime/dict.h"
#include "runtime/exc.h"
#include "runtime/exec.h"
#include "runtime/frame.h"
#include "runtime/module.h"
#include "runtime/num.h"
#include "runtime/ops.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/strbuf.h"
#include "runtime/type.h"
#include "runtime/vm.h"

/* ---- namespaces ------------------------------------------------------------------- */

/* The globals dict of the running code (borrowed). */
static rt_value current_globals(rt_state *rt)
{
    rt_frame *f = rt->frame;
    return f && f->globals ? f->globals : rt->globals;
}

rt_value rt_locals_snapshot(rt_state *rt)
{
    return rt_frame_locals(rt, rt->frame);
}

rt_value rt_frame_locals(rt_state *rt, struct rt_frame *f)
{
    if (!f || !(f->code->flags & RT_CO_OPTIMIZED)) {
        rt_value d = f && f->ns ? f->ns : f && f->globals ? f->globals : rt->globals;
        rt_incref(d);
        return d;
    }
    if (!f->locals_dict && !(f->locals_dict = rt_dict_new(rt)))
        return RT_NULL;
    if (rt__code_locals_fill(rt, f->locals_dict, f->code, f->locals, f->cells) < 0)
        return RT_NULL;
    rt_incref(f->locals_dict);
    return f->locals_dict;
}

int rt__code_locals_fill(rt_state *rt, rt_value d, const rt_code *c, const rt_value *locals,
                         const rt_value *cells)
{
    uint32_t ncells = (uint32_t)c->ncellvars + c->nfreevars;
    for (uint32_t k = 0; k < c->nlocals + ncells; k++) {
        rt_value name, v;
        if (k < c->nlocals) {
            name = c->varnames[k];
            v = locals[k];
            if (rt_str_len(name) > 0 && rt_str_data(name)[0] == '<')
                continue; /* a generator expression's slot (compile_genexpr.c) */
        } else {
            uint32_t j = k - c->nlocals;
            rt_value cell = cells[j];
            name = j < c->ncellvars ? c->cellvars[j] : c->freevars[j - c->ncellvars];
            v = cell ? rt_cell_get(cell) : RT_NULL;
        }
        if (v) {
            if (rt_dict_set(rt, d, name, v) < 0)
                return -1;
            continue;
        }
        /* unbound now (deleted, or not yet assigned): not in the dict */
        rt_value old;
        int r = rt_dict_pop(rt, d, name, &old);
        if (r < 0)
            return -1;
        if (r > 0)
            rt_decref(rt, old);
    }
    return 0;
}

/* ---- compiling ------------------------------------------------------------------- */

/* Raises SyntaxError(msg) made as a program makes it (its msg attribute
 * set, no location). Returns RT_NULL. */
static rt_value raise_syntax(rt_state *rt, const char *msg)
{
    rt_value cls = rt_dict_get_cstr(rt, rt->builtins, "SyntaxError");
    rt_value m = rt_str_new(rt, msg, strlen(msg));
    rt_value e = cls && m ? rt_call(rt, cls, &m, 1, RT_NULL) : RT_NULL;
    rt_decref(rt, m);
    if (e)
        rt__exc_restore(rt, e);
    return RT_NULL;
}

/* Source text given as bytes or a bytearray, as a str (new reference):
 * UTF-8 after an optional BOM; undecodable bytes are CPython's SyntaxError
 * "(unicode error) ..." (its position counts from the start of the text,
 * where CPython's counts from the token). RT_NULL with the error set. */
static rt_value source_from_bytes(rt_state *rt, rt_value src)
{
    const char *p = "";
    size_t n = 0;
    if (!rt_bytes_view(src, &p, &n))
        return rt_raise(rt, RT_EXC_TypeError, "source must be bytes-like");
    if (n >= 3 && memcmp(p, "\xef\xbb\xbf", 3) == 0) {
        p += 3;
        n -= 3;
    }
    rt_value s = rt_bytes_decode(rt, p, n, RT_NULL, RT_NULL);
    if (s || !rt_exc_matches(rt, RT_EXC_UnicodeDecodeError))
        return s;
    rt_value e = rt_exc_fetch(rt);
    rt_value m = rt_str(rt, e);
    rt_decref(rt, e);
    if (!m)
        return RT_NULL;
    rt_strbuf sb;
    rt_strbuf_init(&sb);
    rt_strbuf_append_cstr(&sb, "(unicode error) ");
    rt_strbuf_append(&sb, rt_str_data(m), rt_str_len(m));
    rt_decref(rt, m);
    if (sb.failed)
        rt_raise(rt, RT_EXC_MemoryError, "out of memory");
    else
        raise_syntax(rt, rt_strbuf_cstr(&sb));
    rt_strbuf_dispose(&sb);
    return RT_NULL;
}

/* The code object of exec/eval's first argument (new reference): a code
 * object as it is, a str (or bytes, as UTF-8) compiled as `mode` with
 * filename "<string>". */
static rt_value code_of(rt_state *rt, rt_value src, rt_compile_mode mode, const char *who)
{
    if (rt_is_obj(src) && rt_as_obj(src)->type == RT_T_CODE) {
        rt_incref(src);
        return src;
    }
    rt_value text;
    if (rt_is_str(src)) {
        rt_incref(src);
        text = src;
    } else if (rt_is_byteslike(src)) {
        text = source_from_bytes(rt, src);
        if (!text)
            return RT_NULL;
    } else {
        return rt_raise(rt, RT_EXC_TypeError, "%s() arg 1 must be a string, bytes or code object",
                        who);
    }
    const char *s = rt_str_data(text);
    size_t n = rt_str_len(text);
    rt_value r = RT_NULL;
    if (memchr(s, 0, n)) {
        raise_syntax(rt, "source code string cannot contain null bytes");
    } else {
        /* eval() ignores the indentation of an expression, as CPython does */
        if (mode == RT_COMPILE_EVAL)
            while (n && (*s == ' ' || *s == '\t')) {
                s++;
                n--;
            }
        r = rt_compile_text(rt, "<string>", s, n, mode);
    }
    rt_decref(rt, text);
    return r;
}

/* Runs code at module level with the given dicts (borrowed); new reference. */
static rt_value run_code(rt_state *rt, rt_value code, rt_value globals, rt_value ns)
{
    rt_code *c = rt_code_of(code);
    if (c->nfreevars)
        return rt_raise(rt, RT_EXC_TypeError,
                        "code object passed to exec() may not contain free variables");
    if (rt__vm_nest_check(rt) < 0)
        return RT_NULL;
    if (rt->depth >= rt->recursion_limit)
        return rt_raise(rt, RT_EXC_RecursionError, "maximum recursion depth exceeded");
    rt_frame *f = rt__frame_push(rt, c, RT_NULL);
    if (!f)
        return RT_NULL;
    rt->depth++;
    f->globals = globals == rt->globals ? RT_NULL : globals;
    f->ns = ns == globals ? RT_NULL : ns;
    rt_incref(f->ns);
    if ((c->ncellvars || c->nfreevars) && rt__frame_init_cells(rt, f) < 0) {
        rt__frame_pop(rt, f);
        rt->depth--;
        return RT_NULL;
    }
    rt_value res = RT_NULL;
    rt_status st = rt__vm_resume(rt, f, &res);
    return st == RT_DONE ? res : RT_NULL;
}

/* True when v may be exec's or eval's locals: CPython's mapping check, any
 * object with __getitem__ (a list passes, and fails at its first name).
 * False with an exception set only on MemoryError. */
static bool is_mapping(rt_state *rt, rt_value v)
{
    rt_value name = rt_str_from_cstr(rt, "__getitem__");
    if (!name)
        return false;
    rt_value m = rt_getattr(rt, v, name);
    rt_decref(rt, name);
    if (m) {
        rt_decref(rt, m);
        return true;
    }
    if (rt_exc_matches(rt, RT_EXC_AttributeError))
        rt_exc_clear(rt);
    return false;
}

/* exec/eval: the namespaces from the arguments (borrowed; *owned_ns is a new
 * reference to release, a locals() snapshot). */
static int namespaces(rt_state *rt, const char *who, rt_value g, rt_value l, rt_value *globals,
                      rt_value *ns, rt_value *owned_ns)
{
    *owned_ns = RT_NULL;
    if (g == RT_NONE)
        g = RT_NULL;
    if (l == RT_NONE)
        l = RT_NULL;
    if (strcmp(who, "exec") && l && !rt_is_dict(l) && !is_mapping(rt, l)) {
        /* eval checks its locals first, with a shorter message */
        if (!rt->exc)
            rt_raise(rt, RT_EXC_TypeError, "locals must be a mapping");
        return -1;
    }
    rt_value gdict = g;
    if (g && !rt_is_dict(g)) {
        /* a dict subclass's instance: its dict holds the globals, and it is
         * the default locals, read and written through its own methods */
        rt_value base = rt__native_base(g);
        if (base && rt_is_dict(base))
            gdict = base;
    }
    if (g && !rt_is_dict(gdict)) {
        if (!strcmp(who, "exec"))
            rt_raise(rt, RT_EXC_TypeError, "exec() globals must be a dict, not %s",
                     rt_type_name(g));
        else
            rt_raise(rt, RT_EXC_TypeError,
                     is_mapping(rt, g) ? "globals must be a real dict; try eval(expr, {}, mapping)"
                                       : "globals must be a dict");
        return -1;
    }
    if (l && !rt_is_dict(l) && !is_mapping(rt, l)) {
        if (rt->exc)
            return -1;
        rt_raise(rt, RT_EXC_TypeError, "locals must be a mapping or None, not %s", rt_type_name(l));
        return -1;
    }
    if (!g) {
        g = current_globals(rt);
        if (!l) {
            *owned_ns = rt_locals_snapshot(rt);
            if (!*owned_ns)
                return -1;
            l = *owned_ns;
        }
    } else {
        if (!l)
            l = g;
        g = gdict; /* a dict subclass's instance: its dict */
    }
    if (g != rt->globals) {
        int has = rt_dict_get_cstr(rt, g, "__builtins__") != RT_NULL;
        if (!has && rt_dict_set_cstr(rt, g, "__builtins__", rt->builtins) < 0) {
            rt_decref(rt, *owned_ns);
            return -1;
        }
    }
    *globals = g;
    *ns = l;
    return 0;
}

static rt_value exec_or_eval(rt_state *rt, const char *who, rt_compile_mode mode,
                             const rt_value *args, size_t nargs, rt_value kwnames)
{
    static const char *const names[] = {"", "globals", "locals", NULL};
    rt_value a[3];
    if (rt_args_parse(rt, who, args, nargs, kwnames, 3, names, a) < 0)
        return RT_NULL;
    if (!a[0]) {
        return rt_raise(rt, RT_EXC_TypeError, "%s expected at least 1 argument, got 0", who);
    }
    rt_value globals, ns, owned;
    if (namespaces(rt, who, a[1] ? a[1] : RT_NONE, a[2] ? a[2] : RT_NONE, &globals, &ns, &owned) <
        0)
        return RT_NULL;
    rt_value code = code_of(rt, a[0], mode, who);
    rt_value r = RT_NULL;
    if (code) {
        r = run_code(rt, code, globals, ns);
        rt_decref(rt, code);
    }
    rt_decref(rt, owned);
    if (r && mode == RT_COMPILE_EXEC) {
        rt_decref(rt, r);
        r = RT_NONE;
    }
    return r;
}

/* ---- the builtins ------------------------------------------------------------------ */

static rt_value bi_exec(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                        rt_value kwnames)
{
    (void)self;
    return exec_or_eval(rt, "exec", RT_COMPILE_EXEC, args, nargs, kwnames);
}

static rt_value bi_eval(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                        rt_value kwnames)
{
    (void)self;
    return exec_or_eval(rt, "eval", RT_COMPILE_EVAL, args, nargs, kwnames);
}

/* compile(..., flags=ast.PyCF_ONLY_AST): the syntax tree ast.parse makes (a the
 * checked source, filename and mode). */
static rt_value ast_only(rt_state *rt, const rt_value *a)
{
    rt_value name = rt_str_from_cstr(rt, "ast");
    rt_value mod = name ? rt_import_name(rt, name, RT_NONE, 0, RT_NULL) : RT_NULL;
    rt_decref(rt, name);
    name = mod ? rt_str_from_cstr(rt, "parse") : RT_NULL;
    rt_value parse = name ? rt_getattr(rt, mod, name) : RT_NULL;
    rt_decref(rt, name);
    rt_decref(rt, mod);
    rt_value r = parse ? rt_call(rt, parse, a, 3, RT_NULL) : RT_NULL;
    rt_decref(rt, parse);
    return r;
}

static rt_value bi_compile(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                           rt_value kwnames)
{
    (void)self;
    static const char *const names[] = {"source",       "filename", "mode", "flags",
                                        "dont_inherit", "optimize", NULL};
    rt_value a[6];
    if (rt_args_parse(rt, "compile", args, nargs, kwnames, 6, names, a) < 0)
        return RT_NULL;
    for (int i = 0; i < 3; i++)
        if (!a[i])
            return rt_raise(rt, RT_EXC_TypeError,
                            "compile() missing required argument '%s' (pos %d)", names[i], i + 1);
    if (!rt_is_str(a[1]))
        return rt_raise(rt, RT_EXC_TypeError,
                        "compile(): filename must be str, bytes or os.PathLike, not %s",
                        rt_type_name(a[1]));
    if (!rt_is_str(a[2]))
        return rt_raise(rt, RT_EXC_TypeError, "compile() argument 'mode' must be str, not %s",
                        rt_type_name(a[2]));
    const char *m = rt_str_data(a[2]);
    rt_compile_mode mode;
    if (!strcmp(m, "exec"))
        mode = RT_COMPILE_EXEC;
    else if (!strcmp(m, "eval"))
        mode = RT_COMPILE_EVAL;
    else if (!strcmp(m, "single"))
        mode = RT_COMPILE_SINGLE;
    else
        return rt_raise(rt, RT_EXC_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
    if (a[3] && rt_is_intlike(a[3]) && (rt_int_get(a[3]) & 0x400))
        return ast_only(rt, a);
    rt_value text = a[0];
    if (rt_is_str(text)) {
        rt_incref(text);
    } else if (rt_is_byteslike(text)) {
        if (!(text = source_from_bytes(rt, text)))
            return RT_NULL;
    } else {
        /* an ast tree: its source text (_ast_source.py), or the tree itself when only
         * a tree is asked for (ast.PyCF_ONLY_AST) */
        rt_value fn = rt_import_attr(rt, "_ast_source", "source");
        rt_value fa[2] = {text, a[2]};
        text = fn ? rt_call(rt, fn, fa, 2, RT_NULL) : RT_NULL;
        rt_decref(rt, fn);
        if (!text)
            return RT_NULL;
        int64_t flags = 0;
        if (a[3] && rt_is_int(a[3]) && rt_int_as_i64(a[3], &flags) && (flags & 1024)) {
            rt_decref(rt, text);
            rt_incref(a[0]);
            return a[0];
        }
        if (!rt_is_str(text)) {
            rt_decref(rt, text);
            return rt_raise(rt, RT_EXC_TypeError, "compile(): the tree's source is no str");
        }
    }
    const char *s = rt_str_data(text);
    size_t n = rt_str_len(text);
    rt_value r = RT_NULL;
    if (memchr(s, 0, n))
        raise_syntax(rt, "source code string cannot contain null bytes");
    else
        r = rt_compile_text(rt, rt_str_data(a[1]), s, n, mode);
    rt_decref(rt, text);
    return r;
}

static rt_value bi_globals(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                           rt_value kwnames)
{
    (void)self;
    (void)args;
    if (rt_args_none(rt, "globals", nargs, kwnames) < 0)
        return RT_NULL;
    rt_value g = current_globals(rt);
    rt_incref(g);
    return g;
}

static rt_value bi_locals(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                          rt_value kwnames)
{
    (void)self;
    (void)args;
    if (rt_args_none(rt, "locals", nargs, kwnames) < 0)
        return RT_NULL;
    return rt_locals_snapshot(rt);
}

static const rt_builtin_def exec_defs[] = {
    {"exec", bi_exec},       {"eval", bi_eval},     {"compile", bi_compile},
    {"globals", bi_globals}, {"locals", bi_locals}, {NULL, NULL},
};

int rt__exec_builtins_add(rt_state *rt, rt_value d)
{
    return rt__module_add_funcs(rt, d, exec_defs);
}
