/* compile.c: the compiler's entry points: compiles an analysed AST scope by
 * scope into code objects (code.h) and turns compile-time errors into
 * SyntaxError exceptions. The walkers live beside it (compile_unit.h):
 * compile_unit.c emits and assembles, compile_expr.c compiles expressions,
 * compile_stmt.c statements.
 *
 * Errors: allocation failures set a sticky `failed` flag (the exception is
 * already set on the state) and the emitters become no-ops, so the walkers
 * need no error plumbing; the few compile-time SyntaxErrors fill the caller's
 * rt_syntax_error the same way. */
#include "runtime/compile.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/ast.h"
#include "runtime/nest.h"
#include "runtime/parse.h"
#include "runtime/scope.h"

#include "runtime/bigint.h"
#include "runtime/code.h"
#include "runtime/compile_unit.h"
#include "runtime/dict.h"
#include "runtime/exc.h"
#include "runtime/lex.h"
#include "runtime/num.h"
#include "runtime/opcodes.h"
#include "runtime/ops.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

static rt_value compile_scope_in(rt_state *rt, const rt_ast_module *mod, rt_syntax_error *err,
                                 bool *failed, rt_ast_scope *sc, const rt_ast_stmt_list *body,
                                 const rt_ast_expr *lambda_body, const rt_ast_expr *comp,
                                 bool interactive)
{
    cunit *u = calloc(1, sizeof *u);
    if (!u) {
        *failed = true;
        return rt_raise(rt, RT_EXC_MemoryError, "out of memory");
    }
    u->rt = rt;
    u->err = err;
    u->mod = mod;
    u->scope = sc;
    u->failed = failed;
    u->interactive = interactive;
    u->line = sc->kind == RT_SCOPE_MODULE ? 1 : sc->pos.line;
    u->lastline = u->line;
    if (sc->is_generator) {
        /* the call returns a generator holding this frame; the first resume
         * pushes None, which the POP_TOP drops (gen.h) */
        rt__c_emit(u, RT_OP_RETURN_GENERATOR, 0);
        rt__c_emit(u, RT_OP_POP_TOP, 0);
    }
    if (body && sc->kind == RT_SCOPE_CLASS) {
        rt__c_class_body(u, body);
    } else if (body) {
        const rt_ast_expr *doc = sc->kind == RT_SCOPE_FUNCTION ? rt__c_docstring_of(body) : NULL;
        if (doc) {
            /* consts[0] is the docstring (the function's __doc__) */
            rt__c_add_const(u, rt__c_const_value(u, doc));
            u->has_doc = true;
        }
        if (sc->kind == RT_SCOPE_MODULE && rt__c_has_annotations(body))
            rt__c_emit(u, RT_OP_SETUP_ANNOTATIONS, 0);
        const rt_ast_expr *mdoc =
            sc->kind == RT_SCOPE_MODULE && !interactive ? rt__c_docstring_of(body) : NULL;
        if (mdoc) {
            /* a module's docstring is its __doc__ */
            rt_ast_str dn = {"__doc__", 7};
            rt_ast_stmt_list rest = *body;
            rt__c_expr(u, mdoc);
            rt__c_name_op(u, dn, (rt_ast_name_res){RT_NAME_GLOBAL_EXPLICIT, -1}, RT_CTX_STORE);
            rest.v++;
            rest.n--;
            rt__c_stmts(u, &rest);
        } else {
            rt__c_stmts(u, body);
        }
    } else if (lambda_body) {
        rt__c_expr(u, lambda_body);
        rt__c_emit(u, RT_OP_RETURN_VALUE, 0);
    } else if (comp) {
        rt__c_comp_body(u, comp);
    }
    rt_value code = *failed ? RT_NULL : rt__c_assemble(u);
    rt__c_unit_dispose(u);
    free(u);
    return code;
}

rt_value rt__c_compile_scope(cunit *parent, rt_ast_scope *sc, const rt_ast_stmt_list *body,
                             const rt_ast_expr *lambda_body, const rt_ast_expr *comp)
{
    if (*parent->failed)
        return RT_NULL;
    return compile_scope_in(parent->rt, parent->mod, parent->err, parent->failed, sc, body,
                            lambda_body, comp, false);
}

static rt_value compile_module(rt_state *rt, const rt_ast_module *m, rt_syntax_error *err)
{
    bool failed = false;
    err->msg[0] = 0;
    rt_value code = compile_scope_in(rt, m, err, &failed, m->scope, &m->body, NULL, NULL, false);
    if (failed) {
        rt_decref(rt, code);
        return RT_NULL;
    }
    return code;
}

/* Raises e as a SyntaxError exception: args (msg, (filename, lineno,
 * offset, text, end_lineno, end_offset)), as CPython's. */
static void raise_syntax(rt_state *rt, const rt_syntax_error *e)
{
    /* CPython's text keeps the line's newline (one is added at the end) */
    rt_value text = RT_NONE;
    if (e->text[0]) {
        size_t tl = strlen(e->text);
        text = rt_str_printf(rt, "%s%s", e->text, e->text[tl - 1] == '\n' ? "" : "\n");
    }
    rt_value filename = rt_str_from_cstr(rt, e->filename);
    rt_value msg = rt_str_from_cstr(rt, e->msg);
    rt_value detail = RT_NULL, args = RT_NULL;
    if (text && filename && msg) {
        rt_value items[6] = {filename,
                             rt_smallint(e->line),
                             rt_smallint(e->col),
                             text,
                             rt_smallint(e->end_line ? e->end_line : e->line),
                             rt_smallint(e->end_col ? e->end_col : e->col)};
        detail = rt_tuple_from(rt, items, 6);
    }
    if (detail) {
        rt_value items[2] = {msg, detail};
        args = rt_tuple_from(rt, items, 2);
    }
    rt_decref(rt, text);
    rt_decref(rt, filename);
    rt_decref(rt, msg);
    rt_decref(rt, detail);
    if (!args)
        return;
    /* IndentationError and TabError are builtin subclasses of SyntaxError
     * without an exception kind of their own: their classes by name */
    rt_value cls = rt->exc_types[RT_EXC_SyntaxError];
    if (strcmp(e->type, "SyntaxError") != 0) {
        rt_value c = rt_dict_get_cstr(rt, rt->builtins, e->type);
        if (c && rt_type_of(c) == RT_T_TYPE)
            cls = c;
    }
    rt_value exc = rt_exc_new(rt, cls, args);
    rt_decref(rt, args);
    if (exc)
        rt_raise_obj(rt, exc);
}

/* Raises a failed compile's error: the depth limits' MemoryError (the
 * parser's, bare) and RecursionError as themselves (nest.h), as CPython's
 * exec() does; anything else as a SyntaxError. */
static void raise_compile_error(rt_state *rt, const rt_syntax_error *e)
{
    if (!strcmp(e->type, "MemoryError"))
        rt_raise(rt, RT_EXC_MemoryError, "%s", e->msg);
    else if (!strcmp(e->type, "RecursionError"))
        rt_raise(rt, RT_EXC_RecursionError, "%s", e->msg);
    else
        raise_syntax(rt, e);
}

/* A statement with a block (what the interactive grammar ends with a blank line). */
static bool is_compound(const rt_ast_stmt *s)
{
    switch (s->kind) {
    case RT_STMT_FUNCTIONDEF:
    case RT_STMT_CLASSDEF:
    case RT_STMT_IF:
    case RT_STMT_FOR:
    case RT_STMT_WHILE:
    case RT_STMT_TRY:
    case RT_STMT_WITH:
    case RT_STMT_MATCH: return true;
    default: return false;
    }
}

rt_value rt_compile_text(rt_state *rt, const char *filename, const char *src, size_t len,
                         rt_compile_mode mode)
{
    rt_parse_result *pr = rt_parse(src, len, filename);
    if (!pr)
        return rt_raise(rt, RT_EXC_MemoryError, "out of memory");
    rt_value code = RT_NULL;
    const rt_ast_stmt_list *body = pr->ok ? &pr->module->body : NULL;
    if (body && mode == RT_COMPILE_EVAL && (body->n != 1 || body->v[0]->kind != RT_STMT_EXPR)) {
        /* eval takes one expression: CPython's parser stops at the first
         * token that cannot continue it */
        const rt_ast_stmt *st = body->n ? body->v[0] : NULL;
        int line = st ? st->pos.line : 1, col = st ? st->pos.col : 1;
        const rt_ast_expr *target = !st                             ? NULL
                                    : st->kind == RT_STMT_ASSIGN    ? st->u.assign.targets.v[0]
                                    : st->kind == RT_STMT_AUGASSIGN ? st->u.augassign.target
                                                                    : NULL;
        if (st && st->kind == RT_STMT_EXPR && body->n > 1) {
            line = body->v[1]->pos.line;
            col = body->v[1]->pos.col;
        } else if (target) {
            /* at the assignment's operator, after the target (ASCII columns) */
            line = target->pos.end_line;
            col = target->pos.end_col;
            size_t i = 0;
            for (int l = 1; l < line && i < len; i++)
                if (src[i] == '\n')
                    l++;
            i += (size_t)col - 1;
            while (i < len && src[i] == ' ') {
                i++;
                col++;
            }
        }
        rt__syntax_error_set(&pr->err, "SyntaxError", filename, src, len, line, col, 0, 0, "%s",
                             "invalid syntax");
        pr->ok = 0;
    }
    /* 'single' takes one interactive statement: a compound statement, or simple
     * statements on one line separated by ';' */
    int next_line = 1;
    while (body && mode == RT_COMPILE_SINGLE && next_line < body->n &&
           !is_compound(body->v[next_line - 1]) &&
           body->v[next_line]->pos.line == body->v[next_line - 1]->pos.end_line)
        next_line++;
    if (body && mode == RT_COMPILE_SINGLE && next_line < body->n &&
        is_compound(body->v[next_line - 1])) {
        /* CPython's interactive grammar wants a blank line after a compound statement */
        const rt_ast_stmt *st = body->v[next_line];
        rt__syntax_error_set(&pr->err, "SyntaxError", filename, src, len, st->pos.line, st->pos.col,
                             0, 0, "%s", "invalid syntax");
        pr->ok = 0;
    } else if (body && mode == RT_COMPILE_SINGLE && next_line < body->n) {
        const rt_ast_stmt *st = body->v[next_line - 1];
        rt__syntax_error_set(&pr->err, "SyntaxError", filename, src, len, st->pos.line,
                             st->pos.end_col, 0, 0, "%s",
                             "multiple statements found while compiling a single statement");
        pr->ok = 0;
    }
    if (!pr->ok || rt_scope_analyze(pr->module, &pr->err) != 0) {
        raise_compile_error(rt, &pr->err);
        rt_parse_free(pr);
        return RT_NULL;
    }
    rt_syntax_error err;
    memset(&err, 0, sizeof err);
    bool failed = false;
    if (mode == RT_COMPILE_EVAL)
        code = compile_scope_in(rt, pr->module, &err, &failed, pr->module->scope, NULL,
                                body->v[0]->u.expr.value, NULL, false);
    else
        code = compile_scope_in(rt, pr->module, &err, &failed, pr->module->scope, body, NULL, NULL,
                                mode == RT_COMPILE_SINGLE);
    if (failed) {
        rt_decref(rt, code);
        code = RT_NULL;
    }
    rt_parse_free(pr);
    if (!code && err.msg[0]) {
        rt_exc_clear(rt);
        raise_compile_error(rt, &err);
    }
    return code;
}

static void report(rt_state *rt, const rt_syntax_error *e)
{
    rt__error_set_syntax(rt, e->type, e->msg, e->filename, e->line, e->col, e->end_line, e->end_col,
                         e->text);
}

rt_value rt_compile_source(rt_state *rt, const char *filename, const char *src, size_t len)
{
    rt_parse_result *pr = rt_parse(src, len, filename);
    if (!pr)
        return rt_raise(rt, RT_EXC_MemoryError, "out of memory");
    if (!pr->ok || rt_scope_analyze(pr->module, &pr->err) != 0) {
        report(rt, &pr->err);
        rt_parse_free(pr);
        return RT_NULL;
    }
    rt_syntax_error err;
    memset(&err, 0, sizeof err);
    rt_value code = compile_module(rt, pr->module, &err);
    rt_parse_free(pr);
    if (!code && err.msg[0]) {
        rt_exc_clear(rt);
        report(rt, &err);
    }
    return code;
}
