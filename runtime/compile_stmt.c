/* compile_stmt.c: the compiler's statements: loops and try/finally with
 * their frame blocks (unwinding for return/break/continue), def and class,
 * with, annotated assignments, imports, and comprehension bodies. */
#include "runtime/compile_unit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/ast.h"
#include "runtime/nest.h"
#include "runtime/parse.h"
#include "runtime/scope.h"

#include "runtime/bigint.h"
#include "runtime/code.h"
#include "runtime/dict.h"
#include "runtime/exc.h"
#include "runtime/lex.h"
#include "runtime/num.h"
#include "runtime/opcodes.h"
#include "runtime/ops.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

/* ---- control flow ---------------------------------------------------------------- */

static void call_exit_none(cunit *u, bool async);

static fblock *push_fb(cunit *u, enum fb_kind kind, int start, int end)
{
    if (u->nfb >= MAX_FBLOCKS) {
        rt__c_syntax_error(u, u->line, 0, "too many statically nested blocks");
        return NULL;
    }
    fblock *f = &u->fb[u->nfb++];
    memset(f, 0, sizeof *f);
    f->kind = kind;
    f->start = start;
    f->end = end;
    return f;
}

/* Emits SETUP_BLOCK to handler, tracking the deepest runtime block nesting. */
static void setup_block(cunit *u, int handler)
{
    rt__c_setup_block(u, handler);
}

void rt__c_setup_block(cunit *u, int handler)
{
    int depth = 1;
    for (int i = 0; i < u->nfb; i++)
        if (u->fb[i].kind == FB_TRY_EXCEPT || u->fb[i].kind == FB_FINALLY_TRY ||
            u->fb[i].kind == FB_HANDLER || u->fb[i].kind == FB_FINALLY_END ||
            u->fb[i].kind == FB_WITH) /* a with body has its block too */
            depth++;
        else if (u->fb[i].kind == FB_STAR_HANDLER) /* the statement's block and the clause's */
            depth += 2;
    if (depth > u->maxblocks)
        u->maxblocks = depth;
    rt__c_emit_jump(u, RT_OP_SETUP_BLOCK, handler);
}

static void clear_handler_name(cunit *u, const rt_ast_excepthandler *h)
{
    if (!h || !h->name.s)
        return;
    rt__c_load_none(u);
    rt__c_name_op(u, h->name, h->res, RT_CTX_STORE);
    rt__c_name_op(u, h->name, h->res, RT_CTX_DEL);
}

/* Drops the n stack items just under the returned value on top. */
static void drop_under_value(cunit *u, int n)
{
    for (int i = 0; i < n; i++) {
        rt__c_emit(u, RT_OP_ROT_TWO, 0);
        rt__c_emit(u, RT_OP_POP_TOP, 0);
    }
}

/* Emits the exit code of fblock f for a break/continue (is_return false) or
 * a return (the value is on top of the stack and stays there). A return
 * leaves a block's stack items under the value (the frame's end drops them)
 * unless tidy: then an outer block reaches below the value (a with's exit
 * function), so they are popped, and a handler's exception is popped too. */
static void unwind(cunit *u, const fblock *f, bool is_return, bool tidy)
{
    switch (f->kind) {
    case FB_WHILE: break;
    case FB_FOR:
        if (!is_return)
            for (int i = 0; i < f->npop; i++)
                rt__c_emit(u, RT_OP_POP_TOP, 0);
        else if (tidy)
            drop_under_value(u, f->npop); /* the iterator (or the items and their counter) */
        break;
    case FB_TRY_EXCEPT: rt__c_emit(u, RT_OP_POP_BLOCK, 0); break;
    case FB_FINALLY_TRY: {
        rt__c_emit(u, RT_OP_POP_BLOCK, 0);
        /* run the finally body with this block (and those inside it) gone */
        fblock saved[MAX_FBLOCKS];
        int nsaved = u->nfb;
        memcpy(saved, u->fb, sizeof(fblock) * (size_t)u->nfb);
        const rt_ast_stmt_list *final = f->final; /* f's slot is reused below */
        u->nfb = (int)(f - u->fb);
        if (is_return)
            push_fb(u, FB_POP_VALUE, -1, -1);
        rt__c_stmts(u, final);
        memcpy(u->fb, saved, sizeof(fblock) * (size_t)nsaved);
        u->nfb = nsaved;
        break;
    }
    case FB_POP_VALUE:
        if (!is_return)
            rt__c_emit(u, RT_OP_POP_TOP, 0);
        else if (tidy)
            drop_under_value(u, 1); /* the value an earlier return left */
        break;
    case FB_FINALLY_END:
    case FB_HANDLER:
        rt__c_emit(u, RT_OP_POP_BLOCK, 0);
        if (!is_return) {
            rt__c_emit(u, RT_OP_POP_TOP, 0);
            rt__c_emit(u, RT_OP_POP_EXCEPT, 0);
        } else if (tidy) {
            rt__c_emit(u, RT_OP_ROT_THREE, 0); /* [prev, exc, value] -> [value, prev, exc] */
            rt__c_emit(u, RT_OP_POP_TOP, 0);
            rt__c_emit(u, RT_OP_POP_EXCEPT, 0);
        }
        if (f->kind == FB_HANDLER)
            clear_handler_name(u, f->h); /* a return leaves no `as` name behind either */
        break;
    case FB_STAR_HANDLER: break; /* refused before: star_exit_error */
    case FB_WITH:
        rt__c_emit(u, RT_OP_POP_BLOCK, 0);
        if (is_return)
            rt__c_emit(u, RT_OP_ROT_TWO, 0); /* [value, exit] */
        call_exit_none(u, f->is_async);
        break;
    }
}

/* True (and the SyntaxError reported at pos) when leaving fblocks above
 * index `down_to` would leave an except* clause's body. */
static bool star_exit_error(cunit *u, int down_to, const rt_ast_pos *pos)
{
    for (int j = u->nfb - 1; j > down_to; j--)
        if (u->fb[j].kind == FB_STAR_HANDLER) {
            rt__c_syntax_error_span(
                u, pos, "'break', 'continue' and 'return' cannot appear in an except* block");
            return true;
        }
    return false;
}

static void break_continue(cunit *u, const rt_ast_stmt *s, bool is_break)
{
    int i = u->nfb - 1;
    while (i >= 0 && u->fb[i].kind != FB_WHILE && u->fb[i].kind != FB_FOR)
        i--;
    if (i < 0) {
        rt__c_syntax_error(u, s->pos.line, s->pos.col,
                           is_break ? "'break' outside loop" : "'continue' not properly in loop");
        return;
    }
    if (star_exit_error(u, i, &s->pos))
        return;
    for (int j = u->nfb - 1; j > i; j--)
        unwind(u, &u->fb[j], false, true);
    if (is_break) {
        unwind(u, &u->fb[i], false, true);
        rt__c_emit_jump(u, RT_OP_JUMP, u->fb[i].end);
    } else {
        rt__c_emit_jump(u, RT_OP_JUMP, u->fb[i].start);
    }
}

static void return_stmt(cunit *u, const rt_ast_stmt *s)
{
    if (u->scope->kind == RT_SCOPE_MODULE || u->scope->kind == RT_SCOPE_CLASS) {
        rt__c_syntax_error(u, s->pos.line, s->pos.col, "'return' outside function");
        return;
    }
    if (u->scope->is_asyncgen && s->u.return_.value) {
        rt__c_syntax_error_span(u, &s->pos, "'return' with value in async generator");
        return;
    }
    /* CPython reports a returned value's position */
    if (star_exit_error(u, -1, s->u.return_.value ? &s->u.return_.value->pos : &s->pos))
        return;
    if (s->u.return_.value)
        rt__c_expr(u, s->u.return_.value);
    else
        rt__c_load_none(u);
    /* a block inside a with must leave the stack under the value as it found it */
    int first_with = 0;
    while (first_with < u->nfb && u->fb[first_with].kind != FB_WITH)
        first_with++;
    for (int j = u->nfb - 1; j >= 0; j--)
        unwind(u, &u->fb[j], true, j > first_with);
    rt__c_emit(u, RT_OP_RETURN_VALUE, 0);
}

static void while_stmt(cunit *u, const rt_ast_stmt *s)
{
    int top = rt__c_new_label(u), orelse = rt__c_new_label(u), end = rt__c_new_label(u);
    rt__c_bind_label(u, top);
    rt__c_jump_if(u, s->u.while_.test, false, orelse);
    if (!push_fb(u, FB_WHILE, top, end))
        return;
    rt__c_stmts(u, &s->u.while_.body);
    u->nfb--;
    u->line = s->pos.line;
    rt__c_emit_jump(u, RT_OP_JUMP, top);
    rt__c_bind_label(u, orelse);
    rt__c_stmts(u, &s->u.while_.orelse);
    rt__c_bind_label(u, end);
}

/* `async for`: the iterator from __aiter__ stays on the stack; each step
 * awaits its __anext__() inside a block whose handler (END_ASYNC_FOR) ends
 * the loop on StopAsyncIteration and re-raises anything else. */
static void async_for_stmt(cunit *u, const rt_ast_stmt *s)
{
    int top = rt__c_new_label(u), orelse = rt__c_new_label(u), end = rt__c_new_label(u);
    rt__c_expr(u, s->u.for_.iter);
    u->line = s->pos.line;
    rt__c_emit(u, RT_OP_GET_AITER, 0);
    rt__c_bind_label(u, top);
    setup_block(u, orelse);
    rt__c_emit(u, RT_OP_GET_ANEXT, 0);
    rt__c_send_loop(u);
    rt__c_emit(u, RT_OP_POP_BLOCK, 0);
    rt__c_store_target(u, s->u.for_.target);
    fblock *fb = push_fb(u, FB_FOR, top, end);
    if (!fb)
        return;
    fb->npop = 1; /* the iterator */
    rt__c_stmts(u, &s->u.for_.body);
    u->nfb--;
    u->line = s->pos.line;
    rt__c_emit_jump(u, RT_OP_JUMP, top);
    rt__c_bind_label(u, orelse);
    rt__c_emit(u, RT_OP_END_ASYNC_FOR, 0);
    rt__c_stmts(u, &s->u.for_.orelse);
    rt__c_bind_label(u, end);
}

/* The most items a loop over a display keeps on the stack (the counter
 * holds the index in 8 bits). */
#define STACK_LOOP_MAX 16

/* The items of `for x in (a, b, c)` or `[a, b, c]` when the loop can take
 * them from the stack (no starred item, 1..STACK_LOOP_MAX of them): no
 * tuple or list and no iterator is made, as none of them can be reached
 * from the program; 0 otherwise. */
static int stack_loop_items(const rt_ast_expr *it)
{
    if (it->kind != RT_EXPR_TUPLE && it->kind != RT_EXPR_LIST)
        return 0;
    int n = it->u.seq.elts.n;
    if (n < 1 || n > STACK_LOOP_MAX)
        return 0;
    for (int i = 0; i < n; i++)
        if (it->u.seq.elts.v[i]->kind == RT_EXPR_STARRED)
            return 0;
    return n;
}

/* `for`. Over a display of n items (stack_loop_items) the items stay on
 * the stack in order under a counter (GET_STACK_ITER, FOR_STACK): they are
 * released, last first as the display's tuple would release them, when
 * the loop ends (before its else clause), at a break, or with the frame at
 * a return, as the tuple's iterator would be. */
static void for_stmt(cunit *u, const rt_ast_stmt *s)
{
    if (s->u.for_.is_async) {
        async_for_stmt(u, s);
        return;
    }
    int top = rt__c_new_label(u), orelse = rt__c_new_label(u), end = rt__c_new_label(u);
    int nitems = stack_loop_items(s->u.for_.iter);
    if (nitems) {
        for (int i = 0; i < nitems; i++)
            rt__c_expr(u, s->u.for_.iter->u.seq.elts.v[i]);
        rt__c_emit(u, RT_OP_GET_STACK_ITER, (uint32_t)nitems);
    } else {
        rt__c_expr(u, s->u.for_.iter);
        rt__c_emit(u, RT_OP_GET_ITER, 0);
    }
    rt__c_bind_label(u, top);
    rt__c_emit_jump(u, nitems ? RT_OP_FOR_STACK : RT_OP_FOR_ITER, orelse);
    rt__c_store_target(u, s->u.for_.target);
    fblock *fb = push_fb(u, FB_FOR, top, end);
    if (!fb)
        return;
    fb->npop = nitems ? nitems + 1 : 1;
    rt__c_stmts(u, &s->u.for_.body);
    u->nfb--;
    u->line = s->pos.line;
    rt__c_emit_jump(u, RT_OP_JUMP, top);
    rt__c_bind_label(u, orelse);
    for (int i = 0; i < nitems; i++)
        rt__c_emit(u, RT_OP_POP_TOP, 0);
    rt__c_stmts(u, &s->u.for_.orelse);
    rt__c_bind_label(u, end);
}

static void try_except(cunit *u, const rt_ast_stmt *s)
{
    int handler = rt__c_new_label(u), cleanup = rt__c_new_label(u), end = rt__c_new_label(u);
    setup_block(u, handler);
    if (!push_fb(u, FB_TRY_EXCEPT, -1, -1))
        return;
    rt__c_stmts(u, &s->u.try_.body);
    u->nfb--;
    rt__c_emit(u, RT_OP_POP_BLOCK, 0);
    rt__c_stmts(u, &s->u.try_.orelse);
    rt__c_emit_jump(u, RT_OP_JUMP, end);

    rt__c_bind_label(u, handler); /* [exc] */
    u->line = s->u.try_.nhandlers ? s->u.try_.handlers[0].pos.line : s->pos.line;
    rt__c_emit(u, RT_OP_PUSH_EXC_INFO, 0); /* [prev, exc] */
    setup_block(u, cleanup);
    for (int i = 0; i < s->u.try_.nhandlers; i++) {
        const rt_ast_excepthandler *h = &s->u.try_.handlers[i];
        int next = rt__c_new_label(u);
        u->line = h->pos.line;
        if (h->type) {
            rt__c_expr(u, h->type);
            rt__c_emit(u, RT_OP_CHECK_EXC_MATCH, 0);
            rt__c_emit_jump(u, RT_OP_POP_JUMP_IF_FALSE, next);
        }
        if (h->name.s) {
            rt__c_emit(u, RT_OP_DUP_TOP, 0);
            rt__c_name_op(u, h->name, h->res, RT_CTX_STORE);
        }
        fblock *f = push_fb(u, FB_HANDLER, -1, -1);
        if (!f)
            return;
        f->h = h;
        rt__c_stmts(u, &h->body);
        u->nfb--;
        rt__c_emit(u, RT_OP_POP_BLOCK, 0);
        rt__c_emit(u, RT_OP_POP_TOP, 0);
        rt__c_emit(u, RT_OP_POP_EXCEPT, 0);
        clear_handler_name(u, h);
        rt__c_emit_jump(u, RT_OP_JUMP, end);
        rt__c_bind_label(u, next);
    }
    /* nothing matched: restore the handled exception and re-raise */
    rt__c_emit(u, RT_OP_POP_BLOCK, 0);
    rt__c_emit(u, RT_OP_ROT_TWO, 0);
    rt__c_emit(u, RT_OP_POP_EXCEPT, 0);
    rt__c_emit(u, RT_OP_RERAISE, 0);

    rt__c_bind_label(u, cleanup); /* [prev, exc, new] */
    rt__c_emit(u, RT_OP_CLEANUP_RERAISE, 0);
    rt__c_bind_label(u, end);
}

/* try/except* (CPython 3.11's layout). While the clauses run the stack
 * holds [prev, orig, raised, rest]: each clause takes its part of rest
 * (CHECK_EG_MATCH, which makes it the handled exception), what its body
 * raises is appended to raised, and PREP_RERAISE_STAR combines raised with
 * the rest no clause matched into the exception to re-raise, if any. */
static void try_star_except(cunit *u, const rt_ast_stmt *s)
{
    int handler = rt__c_new_label(u), cleanup = rt__c_new_label(u), end = rt__c_new_label(u);
    int none = rt__c_new_label(u);
    setup_block(u, handler);
    if (!push_fb(u, FB_TRY_EXCEPT, -1, -1))
        return;
    rt__c_stmts(u, &s->u.try_.body);
    u->nfb--;
    rt__c_emit(u, RT_OP_POP_BLOCK, 0);
    rt__c_stmts(u, &s->u.try_.orelse);
    rt__c_emit_jump(u, RT_OP_JUMP, end);

    rt__c_bind_label(u, handler); /* [exc] */
    u->line = s->u.try_.handlers[0].pos.line;
    rt__c_emit(u, RT_OP_PUSH_EXC_INFO, 0); /* [prev, orig] */
    setup_block(u, cleanup);
    rt__c_emit(u, RT_OP_DUP_TOP, 0);
    rt__c_emit(u, RT_OP_BUILD_LIST, 0);
    rt__c_emit(u, RT_OP_ROT_TWO, 0); /* [prev, orig, raised, rest] */
    for (int i = 0; i < s->u.try_.nhandlers; i++) {
        const rt_ast_excepthandler *h = &s->u.try_.handlers[i];
        int next = rt__c_new_label(u), failed = rt__c_new_label(u);
        u->line = h->pos.line;
        rt__c_expr(u, h->type);
        rt__c_emit_jump(u, RT_OP_CHECK_EG_MATCH, next); /* [.., rest, match] */
        if (h->name.s)
            rt__c_name_op(u, h->name, h->res, RT_CTX_STORE);
        else
            rt__c_emit(u, RT_OP_POP_TOP, 0);
        fblock *f = push_fb(u, FB_STAR_HANDLER, -1, -1);
        if (!f)
            return;
        f->h = h;
        setup_block(u, failed);
        rt__c_stmts(u, &h->body);
        u->nfb--;
        rt__c_emit(u, RT_OP_POP_BLOCK, 0);
        clear_handler_name(u, h);
        rt__c_emit_jump(u, RT_OP_JUMP, next);
        rt__c_bind_label(u, failed); /* [prev, orig, raised, rest, new] */
        rt__c_emit(u, RT_OP_LIST_APPEND, 2);
        clear_handler_name(u, h);
        rt__c_bind_label(u, next);
    }
    rt__c_emit(u, RT_OP_LIST_APPEND, 1); /* [prev, orig, raised + [rest]] */
    rt__c_emit_jump(u, RT_OP_PREP_RERAISE_STAR, none);
    rt__c_emit(u, RT_OP_POP_BLOCK, 0); /* [prev, exc] */
    rt__c_emit(u, RT_OP_ROT_TWO, 0);
    rt__c_emit(u, RT_OP_POP_EXCEPT, 0);
    rt__c_emit(u, RT_OP_RERAISE, 0);
    rt__c_bind_label(u, none); /* [prev] */
    rt__c_emit(u, RT_OP_POP_BLOCK, 0);
    rt__c_emit(u, RT_OP_POP_EXCEPT, 0);
    rt__c_emit_jump(u, RT_OP_JUMP, end);

    rt__c_bind_label(u, cleanup); /* [prev, orig, new] */
    rt__c_emit(u, RT_OP_CLEANUP_RERAISE, 0);
    rt__c_bind_label(u, end);
}

static void try_stmt(cunit *u, const rt_ast_stmt *s)
{
    if (!s->u.try_.finalbody.n) {
        if (s->u.try_.star)
            try_star_except(u, s);
        else
            try_except(u, s);
        return;
    }
    int handler = rt__c_new_label(u), end = rt__c_new_label(u);
    setup_block(u, handler);
    fblock *f = push_fb(u, FB_FINALLY_TRY, -1, -1);
    if (!f)
        return;
    f->final = &s->u.try_.finalbody;
    if (s->u.try_.nhandlers && s->u.try_.star)
        try_star_except(u, s);
    else if (s->u.try_.nhandlers)
        try_except(u, s);
    else
        rt__c_stmts(u, &s->u.try_.body);
    u->nfb--;
    rt__c_emit(u, RT_OP_POP_BLOCK, 0);
    rt__c_stmts(u, &s->u.try_.finalbody);
    rt__c_emit_jump(u, RT_OP_JUMP, end);

    /* during propagation the finally body runs with exc as the handled
     * exception (what it raises chains to exc), then re-raises exc */
    int cleanup = rt__c_new_label(u);
    rt__c_bind_label(u, handler);          /* [exc] */
    rt__c_emit(u, RT_OP_PUSH_EXC_INFO, 0); /* [prev, exc] */
    setup_block(u, cleanup);
    if (!push_fb(u, FB_FINALLY_END, -1, -1))
        return;
    rt__c_stmts(u, &s->u.try_.finalbody);
    u->nfb--;
    rt__c_emit(u, RT_OP_POP_BLOCK, 0);
    rt__c_emit(u, RT_OP_ROT_TWO, 0);
    rt__c_emit(u, RT_OP_POP_EXCEPT, 0);
    rt__c_emit(u, RT_OP_RERAISE, 0);

    rt__c_bind_label(u, cleanup); /* [prev, exc, new] */
    rt__c_emit(u, RT_OP_CLEANUP_RERAISE, 0);
    rt__c_bind_label(u, end);
}

static void function_def(cunit *u, const rt_ast_stmt *s)
{
    rt_ast_scope *sc = s->u.functiondef.scope;
    const rt_ast_expr_list *decos = &s->u.functiondef.decorators;
    for (int i = 0; i < decos->n; i++) {
        rt__c_emit(u, RT_OP_PUSH_NULL, 0);
        rt__c_expr(u, decos->v[i]);
    }
    u->line = s->pos.line;
    uint32_t flags = rt__c_push_defaults(u, s->u.functiondef.args);
    flags |= rt__c_push_annotations(u, s->u.functiondef.args, s->u.functiondef.returns);
    rt_value code = rt__c_compile_scope(u, sc, &s->u.functiondef.body, NULL, NULL);
    if (!code) {
        *u->failed = true;
        return;
    }
    u->line = s->pos.line;
    rt__c_make_function(u, sc, flags, code);
    for (int i = decos->n - 1; i >= 0; i--) {
        /* a decorator's call is at its line (CPython) */
        u->line = decos->v[i]->pos.line;
        u->pos = decos->v[i]->pos;
        rt__c_emit(u, RT_OP_CALL, 1);
    }
    u->line = s->pos.line;
    u->pos = s->pos;
    rt__c_name_op(u, s->u.functiondef.name, s->u.functiondef.res, RT_CTX_STORE);
}

static void class_def(cunit *u, const rt_ast_stmt *s)
{
    rt_ast_scope *sc = s->u.classdef.scope;
    const rt_ast_expr_list *decos = &s->u.classdef.decorators;
    for (int i = 0; i < decos->n; i++) {
        rt__c_emit(u, RT_OP_PUSH_NULL, 0);
        rt__c_expr(u, decos->v[i]);
    }
    u->line = s->pos.line;
    int nkw = s->u.classdef.nkeywords;
    bool spread = false; /* a **mapping among the keywords */
    for (int i = 0; i < nkw; i++)
        spread |= !s->u.classdef.keywords[i].arg.s;
    rt__c_load_const(u, rt__c_str_of(u, s->u.classdef.name));
    rt__c_sequence(u, &s->u.classdef.bases, RT_OP_BUILD_TUPLE);
    /* keywords reach the metaclass and __init_subclass__, as one dict */
    if (nkw)
        rt__c_emit(u, RT_OP_BUILD_MAP, 0);
    for (int i = 0; i < nkw; i++) {
        const rt_ast_keyword *k = &s->u.classdef.keywords[i];
        if (k->arg.s) {
            rt__c_load_const(u, rt__c_str_of(u, k->arg));
            rt__c_expr(u, k->value);
            rt__c_emit(u, RT_OP_BUILD_MAP, 1);
        } else {
            rt__c_expr(u, k->value);
        }
        /* DICT_MERGE: a repeated or non-str keyword is a TypeError */
        rt__c_emit(u, spread ? RT_OP_DICT_MERGE : RT_OP_DICT_UPDATE, 1);
    }
    rt_value code = rt__c_compile_scope(u, sc, &s->u.classdef.body, NULL, NULL);
    if (!code) {
        *u->failed = true;
        return;
    }
    u->line = s->pos.line;
    rt__c_make_function(u, sc, 0, code);
    rt__c_emit(u, RT_OP_CALL_CLASS_BODY, nkw ? 1 : 0);
    rt__c_emit(u, RT_OP_BUILD_CLASS, nkw ? 1 : 0);
    for (int i = decos->n - 1; i >= 0; i--) {
        /* a decorator's call is at its line (CPython) */
        u->line = decos->v[i]->pos.line;
        u->pos = decos->v[i]->pos;
        rt__c_emit(u, RT_OP_CALL, 1);
    }
    u->line = s->pos.line;
    u->pos = s->pos;
    rt__c_name_op(u, s->u.classdef.name, s->u.classdef.res, RT_CTX_STORE);
}

/* Calls the bound __exit__ (or __aexit__, awaited) on top of the stack with
 * three Nones and drops it and the result. */
static void call_exit_none(cunit *u, bool async)
{
    rt__c_emit(u, RT_OP_PUSH_NULL, 0);
    rt__c_emit(u, RT_OP_ROT_TWO, 0);
    rt__c_load_none(u);
    rt__c_load_none(u);
    rt__c_load_none(u);
    rt__c_emit(u, RT_OP_CALL, 3);
    if (async)
        rt__c_delegate(u, true);
    rt__c_emit(u, RT_OP_POP_TOP, 0);
}

static void with_items(cunit *u, const rt_ast_stmt *s, int item)
{
    const rt_ast_withitem *it = &s->u.with.items[item];
    int handler = rt__c_new_label(u), cleanup = rt__c_new_label(u), suppress = rt__c_new_label(u),
        end = rt__c_new_label(u);
    u->line = s->pos.line;
    rt__c_expr(u, it->context_expr);
    u->line = s->pos.line;
    bool async = s->u.with.is_async != 0;
    /* argument 1: async with, __aenter__ and __aexit__ (each result awaited) */
    rt__c_emit(u, RT_OP_BEFORE_WITH, async ? 1 : 0); /* [exit, NULL, enter] */
    rt__c_emit(u, RT_OP_CALL, 0);                    /* [exit, value] */
    if (async)
        rt__c_delegate(u, true);
    if (it->optional_vars)
        rt__c_store_target(u, it->optional_vars);
    else
        rt__c_emit(u, RT_OP_POP_TOP, 0);
    setup_block(u, handler);
    fblock *fb = push_fb(u, FB_WITH, -1, -1);
    if (!fb)
        return;
    fb->is_async = async;
    if (item + 1 < s->u.with.nitems)
        with_items(u, s, item + 1);
    else
        rt__c_stmts(u, &s->u.with.body);
    u->nfb--;
    rt__c_emit(u, RT_OP_POP_BLOCK, 0);
    u->line = s->pos.line;
    call_exit_none(u, async);
    rt__c_emit_jump(u, RT_OP_JUMP, end);

    rt__c_bind_label(u, handler);          /* [exit, exc] */
    rt__c_emit(u, RT_OP_PUSH_EXC_INFO, 0); /* [exit, prev, exc] */
    setup_block(u, cleanup);
    rt__c_emit(u, RT_OP_WITH_EXCEPT_START, 0); /* [exit, prev, exc, NULL, exit, type, exc, None] */
    rt__c_emit(u, RT_OP_CALL, 3);              /* [exit, prev, exc, suppress?] */
    if (async)
        rt__c_delegate(u, true);
    rt__c_emit_jump(u, RT_OP_POP_JUMP_IF_TRUE, suppress);
    rt__c_emit(u, RT_OP_POP_BLOCK, 0);
    rt__c_emit(u, RT_OP_ROT_TWO, 0);
    rt__c_emit(u, RT_OP_POP_EXCEPT, 0);
    rt__c_emit(u, RT_OP_RERAISE, 0);
    rt__c_bind_label(u, suppress); /* [exit, prev, exc] */
    rt__c_emit(u, RT_OP_POP_BLOCK, 0);
    rt__c_emit(u, RT_OP_POP_TOP, 0);
    rt__c_emit(u, RT_OP_POP_EXCEPT, 0);
    rt__c_emit(u, RT_OP_POP_TOP, 0);
    rt__c_emit_jump(u, RT_OP_JUMP, end);
    rt__c_bind_label(u, cleanup); /* [exit, prev, exc, new] */
    rt__c_emit(u, RT_OP_CLEANUP_RERAISE, 0);
    rt__c_bind_label(u, end);
}

/* x: T = v. Module and class level keep T in __annotations__ for a bare
 * name; inside a function the annotation is not evaluated (CPython). */
static void ann_assign(cunit *u, const rt_ast_stmt *s)
{
    const rt_ast_expr *t = s->u.annassign.target;
    if (s->u.annassign.value) {
        rt__c_expr(u, s->u.annassign.value);
        rt__c_store_target(u, t);
    }
    bool in_func = u->scope->kind != RT_SCOPE_MODULE && u->scope->kind != RT_SCOPE_CLASS;
    if (t->kind == RT_EXPR_NAME && s->u.annassign.simple) {
        if (in_func)
            return;
        rt__c_annotation(u, s->u.annassign.annotation);
        rt_ast_str ann = {"__annotations__", 15};
        rt_ast_name_res nr = {
            u->scope->kind == RT_SCOPE_CLASS ? RT_NAME_NAME : RT_NAME_GLOBAL_IMPLICIT, -1};
        rt__c_name_op(u, ann, nr, RT_CTX_LOAD);
        rt__c_load_const(u, rt__c_str_of(u, t->u.name.id));
        rt__c_emit(u, RT_OP_STORE_SUBSCR, 0);
        return;
    }
    if (in_func)
        return;
    /* a complex target: its parts are evaluated, the annotation too */
    if (!s->u.annassign.value) {
        if (t->kind == RT_EXPR_ATTRIBUTE) {
            rt__c_expr(u, t->u.attribute.value);
            rt__c_emit(u, RT_OP_POP_TOP, 0);
        } else if (t->kind == RT_EXPR_SUBSCRIPT) {
            rt__c_expr(u, t->u.subscript.value);
            rt__c_emit(u, RT_OP_POP_TOP, 0);
            rt__c_expr(u, t->u.subscript.slice);
            rt__c_emit(u, RT_OP_POP_TOP, 0);
        }
    }
    if (rt__c_future_annotations(u->mod))
        return; /* not evaluated at all */
    rt__c_expr(u, s->u.annassign.annotation);
    rt__c_emit(u, RT_OP_POP_TOP, 0);
}

/* True when body (not the scopes nested in it) annotates a bare name. */
bool rt__c_has_annotations(const rt_ast_stmt_list *body)
{
    for (int i = 0; i < body->n; i++) {
        const rt_ast_stmt *s = body->v[i];
        switch (s->kind) {
        case RT_STMT_ANNASSIGN:
            if (s->u.annassign.simple)
                return true;
            break;
        case RT_STMT_FOR:
            if (rt__c_has_annotations(&s->u.for_.body) || rt__c_has_annotations(&s->u.for_.orelse))
                return true;
            break;
        case RT_STMT_WHILE:
            if (rt__c_has_annotations(&s->u.while_.body) ||
                rt__c_has_annotations(&s->u.while_.orelse))
                return true;
            break;
        case RT_STMT_IF:
            if (rt__c_has_annotations(&s->u.if_.body) || rt__c_has_annotations(&s->u.if_.orelse))
                return true;
            break;
        case RT_STMT_WITH:
            if (rt__c_has_annotations(&s->u.with.body))
                return true;
            break;
        case RT_STMT_MATCH:
            for (int c = 0; c < s->u.match.ncases; c++)
                if (rt__c_has_annotations(&s->u.match.cases[c].body))
                    return true;
            break;
        case RT_STMT_TRY:
            if (rt__c_has_annotations(&s->u.try_.body) ||
                rt__c_has_annotations(&s->u.try_.orelse) ||
                rt__c_has_annotations(&s->u.try_.finalbody))
                return true;
            for (int h = 0; h < s->u.try_.nhandlers; h++)
                if (rt__c_has_annotations(&s->u.try_.handlers[h].body))
                    return true;
            break;
        default: break;
        }
    }
    return false;
}

const rt_ast_expr *rt__c_docstring_of(const rt_ast_stmt_list *body)
{
    if (!body || !body->n || body->v[0]->kind != RT_STMT_EXPR)
        return NULL;
    const rt_ast_expr *e = body->v[0]->u.expr.value;
    return e->kind == RT_EXPR_CONSTANT && e->u.constant.kind == RT_CONST_STR ? e : NULL;
}

/* A class body's prologue (__module__, __qualname__, __doc__,
 * __annotations__) and epilogue (__classcell__, the namespace returned). */
void rt__c_class_body(cunit *u, const rt_ast_stmt_list *body)
{
    rt_ast_scope *sc = u->scope;
    rt_ast_name_res nr = {RT_NAME_NAME, -1};
    rt_ast_str name = {"__name__", 8}, module = {"__module__", 10}, qual = {"__qualname__", 12},
               doc = {"__doc__", 7}, cell = {"__classcell__", 13};
    rt__c_name_op(u, name, nr, RT_CTX_LOAD);
    rt__c_name_op(u, module, nr, RT_CTX_STORE);
    rt__c_load_const(u, rt__c_str_of(u, sc->qualname));
    rt__c_name_op(u, qual, nr, RT_CTX_STORE);
    const rt_ast_expr *d = rt__c_docstring_of(body);
    rt_ast_stmt_list rest = *body;
    if (d) {
        rt__c_expr(u, d);
        rt__c_name_op(u, doc, nr, RT_CTX_STORE);
        rest.v++;
        rest.n--;
    }
    if (rt__c_has_annotations(body))
        rt__c_emit(u, RT_OP_SETUP_ANNOTATIONS, 0);
    rt__c_stmts(u, &rest);
    int k = -1;
    for (int i = 0; i < sc->ncellvars; i++)
        if (sc->cellvars[i].len == 9 && !memcmp(sc->cellvars[i].s, "__class__", 9))
            k = i;
    if (k >= 0) {
        rt__c_emit(u, RT_OP_LOAD_CLOSURE, (uint32_t)k);
        rt__c_name_op(u, cell, nr, RT_CTX_STORE);
    }
    rt__c_emit(u, RT_OP_LOAD_LOCALS, 0);
    rt__c_emit(u, RT_OP_RETURN_VALUE, 0);
}

/* `import a.b.c [as n]` as CPython 3.11: IMPORT_NAME with level 0 and no
 * fromlist pushes the top package `a`; with `as`, IMPORT_FROM walks down to
 * a.b.c (each step also finds a submodule that is not yet an attribute). */
static void import_stmt(cunit *u, const rt_ast_stmt *s)
{
    for (int i = 0; i < s->u.import.nnames; i++) {
        const rt_ast_alias *a = &s->u.import.names[i];
        rt_ast_str top = a->name;
        const char *dot = memchr(a->name.s, '.', a->name.len);
        if (dot)
            top.len = (size_t)(dot - a->name.s);
        rt__c_load_const(u, rt_smallint(0));
        rt__c_load_none(u);
        rt__c_emit(u, RT_OP_IMPORT_NAME, rt__c_add_name(u, a->name));
        if (a->asname.s && dot) {
            const char *p = dot + 1, *end = a->name.s + a->name.len;
            while (p < end) {
                const char *q = memchr(p, '.', (size_t)(end - p));
                rt_ast_str part = {p, (size_t)((q ? q : end) - p)};
                rt__c_emit(u, RT_OP_IMPORT_FROM, rt__c_add_name(u, part));
                rt__c_emit(u, RT_OP_ROT_TWO, 0);
                rt__c_emit(u, RT_OP_POP_TOP, 0);
                p = q ? q + 1 : end;
            }
        }
        rt_ast_str bound = a->asname.s ? a->asname : top;
        rt__c_name_op(u, bound, a->res, RT_CTX_STORE);
    }
}

/* `from [.]m import a, b as c` / `from m import *`: IMPORT_NAME with the
 * level and the names as fromlist pushes m itself; IMPORT_FROM per name. */
static void import_from(cunit *u, const rt_ast_stmt *s)
{
    int n = s->u.importfrom.nnames;
    bool star = n == 1 && s->u.importfrom.names[0].name.len == 1 &&
                s->u.importfrom.names[0].name.s[0] == '*';
    if (star && u->scope->kind != RT_SCOPE_MODULE) {
        rt__c_syntax_error(u, s->pos.line, s->pos.col, "import * only allowed at module level");
        return;
    }
    rt__c_load_const(u, rt_smallint(s->u.importfrom.level));
    rt_value names = rt_tuple_new(u->rt, n);
    if (!names) {
        *u->failed = true;
        return;
    }
    for (int i = 0; i < n; i++) {
        rt_value nm = rt__c_str_of(u, s->u.importfrom.names[i].name);
        if (!nm) {
            rt_decref(u->rt, names);
            *u->failed = true;
            return;
        }
        rt_tuple_items(names)[i] = nm;
    }
    rt__c_load_const(u, names);
    rt_ast_str mod = s->u.importfrom.module;
    if (!mod.s)
        mod = (rt_ast_str){"", 0};
    rt__c_emit(u, RT_OP_IMPORT_NAME, rt__c_add_name(u, mod));
    if (star) {
        rt__c_emit(u, RT_OP_IMPORT_STAR, 0);
        return;
    }
    for (int i = 0; i < n; i++) {
        const rt_ast_alias *a = &s->u.importfrom.names[i];
        rt__c_emit(u, RT_OP_IMPORT_FROM, rt__c_add_name(u, a->name));
        rt__c_name_op(u, a->asname.s ? a->asname : a->name, a->res, RT_CTX_STORE);
    }
    rt__c_emit(u, RT_OP_POP_TOP, 0);
}

static void stmt(cunit *u, const rt_ast_stmt *s)
{
    if (*u->failed || rt__c_stack_exhausted(u))
        return;
    u->line = s->pos.line;
    u->pos = s->pos;
    switch (s->kind) {
    case RT_STMT_FUNCTIONDEF: function_def(u, s); break;
    case RT_STMT_CLASSDEF: class_def(u, s); break;
    case RT_STMT_WITH: with_items(u, s, 0); break;
    case RT_STMT_MATCH: rt__c_match_stmt(u, s); break;
    case RT_STMT_ANNASSIGN: ann_assign(u, s); break;
    case RT_STMT_RETURN: return_stmt(u, s); break;
    case RT_STMT_DELETE:
        for (int i = 0; i < s->u.delete_.targets.n; i++)
            rt__c_delete_target(u, s->u.delete_.targets.v[i]);
        break;
    case RT_STMT_ASSIGN: {
        int n = s->u.assign.targets.n;
        rt__c_expr(u, s->u.assign.value);
        for (int i = 0; i < n; i++) {
            if (i < n - 1)
                rt__c_emit(u, RT_OP_DUP_TOP, 0);
            rt__c_store_target(u, s->u.assign.targets.v[i]);
        }
        break;
    }
    case RT_STMT_AUGASSIGN: rt__c_aug_assign(u, s); break;
    case RT_STMT_FOR: for_stmt(u, s); break;
    case RT_STMT_WHILE: while_stmt(u, s); break;
    case RT_STMT_IF: {
        int orelse = rt__c_new_label(u), end = rt__c_new_label(u);
        rt__c_jump_if(u, s->u.if_.test, false, orelse);
        rt__c_stmts(u, &s->u.if_.body);
        if (s->u.if_.orelse.n) {
            rt__c_emit_jump(u, RT_OP_JUMP, end);
            rt__c_bind_label(u, orelse);
            rt__c_stmts(u, &s->u.if_.orelse);
        } else {
            rt__c_bind_label(u, orelse);
        }
        rt__c_bind_label(u, end);
        break;
    }
    case RT_STMT_RAISE:
        if (s->u.raise.exc) {
            rt__c_expr(u, s->u.raise.exc);
            if (s->u.raise.cause) {
                rt__c_expr(u, s->u.raise.cause);
                u->line = s->pos.line;
                rt__c_emit(u, RT_OP_RAISE_VARARGS, 2);
            } else {
                u->line = s->pos.line;
                rt__c_emit(u, RT_OP_RAISE_VARARGS, 1);
            }
        } else {
            rt__c_emit(u, RT_OP_RAISE_VARARGS, 0);
        }
        break;
    case RT_STMT_TRY: try_stmt(u, s); break;
    case RT_STMT_ASSERT: {
        rt__c_check_assert(u, s);
        int ok = rt__c_new_label(u);
        rt__c_jump_if(u, s->u.assert_.test, true, ok);
        u->line = s->pos.line;
        if (s->u.assert_.msg) {
            rt__c_emit(u, RT_OP_PUSH_NULL, 0);
            rt__c_emit(u, RT_OP_LOAD_ASSERTION_ERROR, 0);
            rt__c_expr(u, s->u.assert_.msg);
            u->line = s->pos.line;
            rt__c_emit(u, RT_OP_CALL, 1);
        } else {
            rt__c_emit(u, RT_OP_LOAD_ASSERTION_ERROR, 0);
        }
        /* the AssertionError underlines the test (CPython) */
        u->line = s->u.assert_.test->pos.line;
        u->pos = s->u.assert_.test->pos;
        rt__c_emit(u, RT_OP_RAISE_VARARGS, 1);
        u->line = s->pos.line;
        u->pos = s->pos;
        rt__c_bind_label(u, ok);
        break;
    }
    case RT_STMT_IMPORT: import_stmt(u, s); break;
    case RT_STMT_IMPORTFROM: import_from(u, s); break;
    case RT_STMT_GLOBAL:
    case RT_STMT_NONLOCAL:
    case RT_STMT_PASS: break;
    case RT_STMT_EXPR:
        rt__c_expr(u, s->u.expr.value);
        rt__c_emit(u, u->interactive ? RT_OP_PRINT_EXPR : RT_OP_POP_TOP, 0);
        break;
    case RT_STMT_BREAK: break_continue(u, s, true); break;
    case RT_STMT_CONTINUE: break_continue(u, s, false); break;
    default: rt__c_syntax_error(u, s->pos.line, s->pos.col, "unsupported statement"); break;
    }
}

void rt__c_stmts(cunit *u, const rt_ast_stmt_list *l)
{
    for (int i = 0; i < l->n && !*u->failed; i++)
        stmt(u, l->v[i]);
}

/* The body of a comprehension scope: loops over generators, appends elt. */
void rt__c_comp_body(cunit *u, const rt_ast_expr *e)
{
    int ngen = e->u.comp.ngenerators;
    bool gen = e->kind == RT_EXPR_GENERATOREXP;
    rt_opcode build = e->kind == RT_EXPR_SETCOMP    ? RT_OP_BUILD_SET
                      : e->kind == RT_EXPR_DICTCOMP ? RT_OP_BUILD_MAP
                                                    : RT_OP_BUILD_LIST;
    if (!gen)
        rt__c_emit(u, build, 0);
    int tops[64], ends[64];
    if (ngen > 64) {
        rt__c_syntax_error(u, e->pos.line, e->pos.col, "too many nested comprehension loops");
        return;
    }
    for (int g = 0; g < ngen; g++) {
        const rt_ast_comprehension *c = &e->u.comp.generators[g];
        if (g == 0) {
            rt__c_emit(u, RT_OP_LOAD_FAST, 0); /* .0: the iterator of the first iterable */
        } else {
            rt__c_expr(u, c->iter);
            rt__c_emit(u, c->is_async ? RT_OP_GET_AITER : RT_OP_GET_ITER, 0);
        }
        tops[g] = rt__c_new_label(u);
        ends[g] = rt__c_new_label(u);
        rt__c_bind_label(u, tops[g]);
        if (c->is_async) { /* as async_for_stmt: ends[g] is the END_ASYNC_FOR handler */
            setup_block(u, ends[g]);
            rt__c_emit(u, RT_OP_GET_ANEXT, 0);
            rt__c_send_loop(u);
            rt__c_emit(u, RT_OP_POP_BLOCK, 0);
        } else {
            rt__c_emit_jump(u, RT_OP_FOR_ITER, ends[g]);
        }
        rt__c_store_target(u, c->target);
        for (int k = 0; k < c->ifs.n; k++)
            rt__c_jump_if(u, c->ifs.v[k], false, tops[g]);
    }
    u->line = e->pos.line;
    if (e->kind == RT_EXPR_DICTCOMP) {
        rt__c_expr(u, e->u.comp.elt);
        rt__c_expr(u, e->u.comp.value);
        rt__c_emit(u, RT_OP_MAP_ADD, (uint32_t)ngen + 1);
    } else if (gen) {
        rt__c_expr(u, e->u.comp.elt);
        rt__c_emit(u, RT_OP_YIELD_VALUE, 0);
        rt__c_emit(u, RT_OP_POP_TOP, 0);
    } else {
        rt__c_expr(u, e->u.comp.elt);
        rt__c_emit(u, e->kind == RT_EXPR_SETCOMP ? RT_OP_SET_ADD : RT_OP_LIST_APPEND,
                   (uint32_t)ngen + 1);
    }
    for (int g = ngen - 1; g >= 0; g--) {
        rt__c_emit_jump(u, RT_OP_JUMP, tops[g]);
        rt__c_bind_label(u, ends[g]);
        if (e->u.comp.generators[g].is_async)
            rt__c_emit(u, RT_OP_END_ASYNC_FOR, 0);
    }
    if (gen)
        rt__c_load_none(u);
    rt__c_emit(u, RT_OP_RETURN_VALUE, 0);
}
