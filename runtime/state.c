/* state.c: one runtime instance: creation and teardown in dependency order,
 * loading a script, running it in slices, calling tick(), and the last
 * error (rt.h). */
#include "runtime/state.h"

#include "runtime/bigint.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/builtins_mod.h"
#include "runtime/class.h"
#include "runtime/code.h"
#include "runtime/compile.h"
#include "runtime/dict.h"
#include "runtime/exc.h"
#include "runtime/excepthook.h"
#include "runtime/fiber.h"
#include "runtime/finalize.h"
#include "runtime/func.h"
#include "runtime/gc.h"
#include "runtime/gen.h"
#include "runtime/graph.h"
#include "runtime/heap.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/nest.h"
#include "runtime/num.h"
#include "runtime/site.h"
#include "runtime/str.h"
#include "runtime/strbuf.h"
#include "runtime/sys_stdin.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/typecache.h"
#include "runtime/utf8.h"
#include "runtime/vm.h"
#include "runtime/weakref.h"

/* sys.argv from the configuration's copy of the command line (when given). */
static int set_argv(rt_state *rt)
{
    int argc = rt->cfg.argc;
    const char *const *argv = rt->cfg.argv;
    rt->cfg.argc = 0; /* the caller's strings are not ours to keep */
    rt->cfg.argv = NULL;
    if (argc <= 0 || !argv)
        return 0;
    rt_value sys = rt_dict_get_cstr(rt, rt->modules, "sys");
    rt_value list = sys ? rt_dict_get_cstr(rt, rt_module_of(sys)->dict, "argv") : RT_NULL;
    if (!list || !rt_is_list(list))
        return -1;
    for (int i = 0; i < argc; i++) {
        /* the OS's bytes: invalid UTF-8 is escaped as CPython does (utf8.h) */
        char *clean = rt_utf8_surrogateescape(argv[i], strlen(argv[i]));
        rt_value a = clean ? rt_str_from_cstr(rt, clean) : RT_NULL;
        free(clean);
        if (!a || rt_list_append(rt, list, a) < 0) {
            rt_decref(rt, a);
            return -1;
        }
        rt_decref(rt, a);
    }
    return 0;
}

/* Copies cfg.env and cfg.cwd into the state (host_env, host_cwd) and clears
 * the caller's pointers, as set_argv does. 0 or -1 (out of memory). */
static int copy_host(rt_state *rt)
{
    const char *const *env = rt->cfg.env;
    const char *cwd = rt->cfg.cwd;
    rt->cfg.env = NULL;
    rt->cfg.cwd = NULL;
    if (cwd && !(rt->host_cwd = strdup(cwd)))
        return -1;
    if (!env)
        return 0;
    size_t n = 0;
    while (env[n])
        n++;
    rt->host_env = calloc(n + 1, sizeof *rt->host_env);
    if (!rt->host_env)
        return -1;
    for (size_t i = 0; i < n; i++)
        if (!(rt->host_env[i] = strdup(env[i])))
            return -1;
    return 0;
}

static void free_host(rt_state *rt)
{
    for (char **e = rt->host_env; e && *e; e++)
        free(*e);
    free(rt->host_env);
    free(rt->host_cwd);
}

rt_state *rt_state_new(const rt_config *cfg)
{
    rt_state *rt = calloc(1, sizeof *rt);
    if (!rt)
        return NULL;
    if (cfg)
        rt->cfg = *cfg;
    if (!rt->cfg.interrupt)
        rt->cfg.interrupt = &rt->interrupt_own;
    if (copy_host(rt) < 0)
        goto fail;
    rt->recursion_limit = rt->cfg.recursion_limit > 0 ? rt->cfg.recursion_limit : 1000;
    rt->c_steps = RT_C_STRIDE; /* vm.h: a full stride before the first C safe point */
    rt->int_max_str_digits = RT_INT_MAX_STR_DIGITS;
    rt__objid_init(rt);
    if (rt__heap_init(rt) < 0 || rt__sites_init(rt) < 0 || rt__gc_init(rt) < 0 ||
        rt__tuple_init(rt) < 0 || rt__str_init(rt) < 0 || rt__ids_init(rt) < 0 ||
        rt__types_init(rt) < 0 || rt__exc_init(rt) < 0 || rt__builtins_init(rt) < 0 ||
        rt__exc_extra_init(rt) < 0)
        goto fail;
    rt->globals = rt_dict_new(rt);
    if (!rt->globals)
        goto fail;
    rt_value main_name = rt_str_from_cstr(rt, "__main__");
    if (!main_name)
        goto fail;
    int r = rt_dict_set_cstr(rt, rt->globals, "__name__", main_name);
    rt_decref(rt, main_name);
    if (r < 0 || rt__modules_init(rt) < 0 || set_argv(rt) < 0)
        goto fail;
    return rt;
fail:
    rt_state_free(rt);
    return NULL;
}

static void clear_error(rt_state *rt)
{
    free(rt->error_text);
    rt->error_text = NULL;
    memset(&rt->error, 0, sizeof rt->error);
}

void rt_state_free(rt_state *rt)
{
    if (!rt)
        return;
    rt->finalizing = true;
    rt__graph_cache_dispose(rt); /* first: a build in steps holds the heap's link words */
    rt__fiber_dispose(rt);       /* then a suspended run unwinds on a whole runtime */
    rt__vm_dispose(rt);
    rt__stdin_dispose(rt);
    rt__finalizers_shutdown(rt);
    rt__weakref_shutdown(rt);
    rt_exc_clear(rt);
    rt_value v = rt->main_code;
    rt->main_code = RT_NULL;
    rt_decref(rt, v);
    rt__agen_hooks_dispose(rt);
    /* module namespaces first: they hold the user's objects */
    if (rt->globals)
        rt_dict_clear(rt, rt->globals);
    rt__modules_dispose(rt);
    v = rt->globals;
    rt->globals = RT_NULL;
    rt_decref(rt, v);
    if (rt->gc)
        rt__gc_collect_final(rt);
    rt__builtins_dispose(rt);
    rt__exc_dispose(rt);
    rt__tuple_dispose(rt);
    rt__types_dispose(rt);
    if (rt->gc)
        rt__gc_collect_final(rt);
    rt__tcache_dispose(rt);
    rt__ids_dispose(rt);
    rt__str_dispose(rt);
    rt__weakref_dispose(rt);
    rt__gc_dispose(rt);
    rt__sites_dispose(rt);
    rt__heap_dispose(rt);
    clear_error(rt);
    free_host(rt);
    free(rt->source);
    free(rt);
}

void rt__error_set_syntax(rt_state *rt, const char *type, const char *msg, const char *filename,
                          int line, int col, int end_line, int end_col, const char *text)
{
    clear_error(rt);
    rt_strbuf sb;
    rt_strbuf_init(&sb);
    /* layout: type \0 msg \0 filename \0 the text CPython prints */
    rt_strbuf_append_cstr(&sb, type);
    rt_strbuf_append_char(&sb, 0);
    size_t msg_at = sb.len;
    rt_strbuf_append_cstr(&sb, msg);
    rt_strbuf_append_char(&sb, 0);
    size_t file_at = sb.len;
    rt_strbuf_append_cstr(&sb, filename);
    rt_strbuf_append_char(&sb, 0);
    size_t tb_at = sb.len;
    /* CPython marks an IndentationError (and TabError) with one caret, whatever its range */
    bool one_caret = strcmp(type, "IndentationError") == 0 || strcmp(type, "TabError") == 0;
    rt__syntax_site_append(&sb, filename, line, col, end_line, one_caret ? 0 : end_col, text);
    rt_strbuf_append_cstr(&sb, type);
    if (msg[0]) { /* CPython prints a bare "MemoryError" for its parser's */
        rt_strbuf_append(&sb, ": ", 2);
        rt_strbuf_append_cstr(&sb, msg);
    }
    rt_strbuf_append_char(&sb, '\n');
    if (sb.failed) {
        rt_strbuf_dispose(&sb);
        return;
    }
    rt->error_text = rt_strbuf_steal(&sb, NULL, NULL);
    rt->error.type_name = rt->error_text;
    rt->error.message = rt->error_text + msg_at;
    rt->error.filename = rt->error_text + file_at;
    rt->error.traceback = rt->error_text + tb_at;
    rt->error.line = line;
    rt->error.column = col;
}

static void running_error(rt_state *rt)
{
    rt__error_set_syntax(rt, "RuntimeError", "code is still running", "", 0, 0, 0, 0, NULL);
}

/* The status python3 exits with for an uncaught SystemExit: its code (the
 * one argument, None without one) is None -> 0, an int -> that int (as the
 * OS truncates it), anything else -> -1 (status 1, its str() to stderr). */
static int system_exit_status(const rt_exc *x)
{
    int64_t n = rt_tuple_len(x->args);
    rt_value code = n == 1 ? rt_tuple_get(x->args, 0) : n == 0 ? RT_NONE : x->args;
    if (code == RT_NONE)
        return 0;
    if (rt_is_intlike(code))
        return (int)(rt_int_get(code) & 0xff);
    return -1;
}

/* Fills rt->error from the current exception and clears it; its traceback
 * text is `before` (may be NULL) followed, when `report`, by the exception's
 * report (a program's sys.excepthook replaced that: excepthook.h). */
static void set_runtime_error_as(rt_state *rt, const rt_strbuf *before, bool report)
{
    clear_error(rt);
    rt_value e = rt_exc_fetch(rt);
    if (!e || !rt_is_exc(e)) {
        rt_decref(rt, e);
        return;
    }
    rt_strbuf sb;
    rt_strbuf_init(&sb);
    rt_exc *x = rt_exc_of(e);
    int is_exit = 0, exit_status = 0;
    if (rt_type_is_subtype(x->cls, rt->exc_types[RT_EXC_SystemExit])) {
        is_exit = 1;
        exit_status = system_exit_status(x);
    }
    int exit_print = exit_status < 0;
    if (exit_print)
        exit_status = 1;
    rt_strbuf_append_cstr(&sb, rt_type_obj_name(x->cls));
    rt_strbuf_append_char(&sb, 0);
    size_t msg_at = sb.len;
    /* A SyntaxError raised by import or compile() points into its own
     * source: its message, file, line and column come from its detail (as
     * the traceback's last lines show them), not from the innermost frame. */
    rt_value detail = rt__exc_syntax_detail(rt, e);
    rt_value s = detail ? rt_str(rt, rt_tuple_get(x->args, 0)) : rt__exc_str(rt, e);
    if (s) {
        rt_strbuf_append(&sb, rt_str_data(s), rt_str_len(s));
        rt_decref(rt, s);
    } else {
        rt_exc_clear(rt);
    }
    rt_strbuf_append_char(&sb, 0);
    size_t file_at = sb.len;
    int line = 0, column = 0;
    if (detail && rt_is_str(rt_tuple_get(detail, 0)) && rt_is_smallint(rt_tuple_get(detail, 1))) {
        rt_strbuf_append_cstr(&sb, rt_str_data(rt_tuple_get(detail, 0)));
        line = (int)rt_smallint_get(rt_tuple_get(detail, 1));
        rt_value off = rt_tuple_get(detail, 2);
        column = rt_is_smallint(off) ? (int)rt_smallint_get(off) : 0;
    } else if (x->ntb) {
        rt_strbuf_append_cstr(&sb, rt_str_data(x->tb[0].code->filename));
        line = x->tb[0].line;
    }
    rt_strbuf_append_char(&sb, 0);
    size_t tb_at = sb.len;
    if (before && before->len)
        rt_strbuf_append(&sb, before->data, before->len);
    if (report)
        rt_exc_format_uncaught(rt, e, rt->source, rt->source_len, &sb);
    rt_decref(rt, e);
    if (sb.failed) {
        rt_strbuf_dispose(&sb);
        return;
    }
    rt->error_text = rt_strbuf_steal(&sb, NULL, NULL);
    rt->error.type_name = rt->error_text;
    rt->error.message = rt->error_text + msg_at;
    rt->error.filename = rt->error_text + file_at;
    rt->error.traceback = rt->error_text + tb_at;
    rt->error.line = line;
    rt->error.column = column;
    rt->error.is_exit = is_exit;
    rt->error.exit_status = exit_status;
    rt->error.exit_print = exit_print;
}

static void set_runtime_error(rt_state *rt)
{
    set_runtime_error_as(rt, NULL, true);
}

static rt_status load(rt_state *rt, const char *filename, const char *src, size_t len);

rt_status rt_load(rt_state *rt, const char *filename, const char *src, size_t len)
{
    rt->stack_base = RT_STACK_HERE();
    clear_error(rt);
    if (rt->frame) {
        running_error(rt);
        return RT_ERR_RUNTIME;
    }
    /* a file name is the host's bytes: the runtime's strings are UTF-8 */
    char *fname = rt_utf8_sanitize(filename, strlen(filename));
    if (!fname)
        return RT_ERR_MEMORY;
    rt_status st = load(rt, fname, src, len);
    free(fname);
    return st;
}

static rt_status load(rt_state *rt, const char *filename, const char *src, size_t len)
{
    /* the source first: a SyntaxWarning the compiler prints shows its line.
     * The file's name follows the text's terminating 0, so a line asked for
     * by name (mod_traceback.c) comes from this text only for this file. */
    free(rt->source);
    size_t flen = strlen(filename);
    rt->source = malloc(len + 1 + flen + 1);
    if (rt->source) {
        memcpy(rt->source, src, len);
        rt->source[len] = 0;
        memcpy(rt->source + len + 1, filename, flen + 1);
        rt->source_len = len;
    } else {
        rt->source_len = 0;
    }
    rt_value code = rt_compile_source(rt, filename, src, len);
    if (!code) {
        if (rt->exc) {
            /* MemoryError, or an internal compiler error: report it as the
             * load's error so the host can show it */
            set_runtime_error(rt);
        }
        return RT_ERR_SYNTAX;
    }
    rt_value old = rt->main_code;
    rt->main_code = code;
    rt_decref(rt, old);
    /* sys.argv defaults to [filename] */
    rt_value sys = rt_dict_get_cstr(rt, rt->modules, "sys");
    rt_value argv = sys ? rt_dict_get_cstr(rt, rt_module_of(sys)->dict, "argv") : RT_NULL;
    if (argv && rt_is_list(argv) && rt_list_len(argv) == 0) {
        rt_value fn = rt_str_from_cstr(rt, filename);
        if (fn) {
            rt_list_append(rt, argv, fn);
            rt_decref(rt, fn);
        }
    }
    if (rt__import_main(rt, filename, src, len) < 0) {
        set_runtime_error(rt);
        return RT_ERR_MEMORY;
    }
    rt_exc_clear(rt);
    rt->pending = 1;
    return RT_OK;
}

uint64_t rt_sleep_deadline(rt_state *rt)
{
    uint64_t t = rt->sleep_until_ns;
    rt->sleep_until_ns = 0;
    return t;
}

/* The pending code under budget: on the fiber for a budgeted run. */
static rt_status run_pending(rt_state *rt, const rt_budget *budget)
{
    if (!rt->frame) {
        if (!rt->pending || !rt->main_code)
            return RT_DONE;
        rt_frame *f = rt__frame_push(rt, rt_code_of(rt->main_code), RT_NULL);
        if (!f)
            return RT_ERR_MEMORY;
        f->is_entry = 1;
        rt->depth++;
        rt_value code = rt->main_code;
        rt->main_code = RT_NULL; /* the frame holds it now */
        rt_decref(rt, code);
    }
    rt_value res = RT_NULL;
    rt->run_budgeted = budget && (budget->instructions || budget->max_ns);
    rt_status st = rt__vm_run(rt, budget, &res);
    rt->run_budgeted = false;
    if (st == RT_YIELD)
        return st;
    rt->pending = 0;
    rt_decref(rt, res);
    if (st == RT_ERR_RUNTIME) {
        /* the program's sys.excepthook reports it instead, if it set one */
        rt_strbuf before;
        rt_strbuf_init(&before);
        int hook = rt__excepthook_run(rt, &before);
        set_runtime_error_as(rt, &before, hook != 1);
        rt_strbuf_dispose(&before);
        return RT_ERR_RUNTIME;
    }
    return RT_DONE;
}

/* A budgeted run executes on the runtime's fiber, so that a nested run of
 * Python code from C can end the slice too (fiber.h); a run that a nested
 * loop suspended is resumed, whatever the budget. */
rt_status rt_run(rt_state *rt, const rt_budget *budget)
{
    rt__graph_settle(rt); /* a heap analysis in steps ends before the heap changes */
    if (rt__fiber_suspended(rt))
        return rt__fiber_resume(rt, budget);
    rt->stack_base = RT_STACK_HERE();
    rt_status st;
    if (budget && (budget->instructions || budget->max_ns) &&
        rt__fiber_run(rt, run_pending, budget, &st) == 0)
        return st;
    return run_pending(rt, budget);
}

static rt_value global_callable(rt_state *rt, const char *name)
{
    rt_value v = rt->globals ? rt_dict_get_cstr(rt, rt->globals, name) : RT_NULL;
    if (!v)
        rt_exc_clear(rt);
    return v;
}

int rt_has_global_function(rt_state *rt, const char *name)
{
    rt_value v = global_callable(rt, name);
    if (!v)
        return 0;
    rt_type_id t = rt_type_of(v);
    return t == RT_T_FUNCTION || t == RT_T_BUILTIN;
}

int rt_top_level_assigns(rt_state *rt, const char *name)
{
    if (!rt->main_code)
        return 0;
    const rt_code *c = rt_code_of(rt->main_code);
    for (uint32_t i = 0; i < c->ninsns; i++) {
        if (RT_INSN_BASE(c->insns[i]) != RT_OP_STORE_GLOBAL)
            continue;
        uint32_t k = RT_INSN_ARG(c->insns[i]);
        if (k < c->nnames && strcmp(rt_str_data(c->names[k]), name) == 0)
            return 1;
    }
    return 0;
}

rt_status rt_call_global(rt_state *rt, const char *name)
{
    rt->stack_base = RT_STACK_HERE();
    clear_error(rt);
    if (rt->frame || rt->pending) {
        running_error(rt);
        return RT_ERR_RUNTIME;
    }
    rt_value v = global_callable(rt, name);
    if (!v || !rt_is_func(v)) {
        rt_raise(rt, RT_EXC_NameError, "name '%s' is not defined", name);
        set_runtime_error(rt);
        return RT_ERR_RUNTIME;
    }
    rt_frame *f = rt__vm_push_call(rt, v, NULL, 0, RT_NULL);
    if (!f) {
        set_runtime_error(rt);
        return RT_ERR_RUNTIME;
    }
    f->is_entry = 1;
    rt->pending = 1;
    return RT_OK;
}

const rt_error *rt_error_get(const rt_state *rt)
{
    return rt->error.type_name ? &rt->error : NULL;
}
