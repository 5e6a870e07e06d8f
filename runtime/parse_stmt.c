/* parse_stmt.c: tokens -> AST for statements (blocks, compound and simple
 * statements) and the parser's entry point; expressions are in parse.c. */
#include "runtime/parse.h"

#include <stdlib.h>
#include <string.h>

#include "runtime/lex.h"
#include "runtime/nest.h"
#include "runtime/parse_int.h"
#include "runtime/utf8.h"

typedef rt__parser parser;

/* ---- statements --------------------------------------------------------- */

static rt_ast_stmt *statement(parser *p, slist *out);
static int simple_stmts(parser *p, slist *out);

/* block after ':' of a compound statement; what names it for the
 * "expected an indented block after ..." message. */
static int block(parser *p, rt_ast_stmt_list *out, const char *what, int line)
{
    slist l = {{NULL, 0}, 0};
    if (kind(p) != RT_TOK_NEWLINE) {
        if (simple_stmts(p, &l) < 0)
            return -1;
        *out = l.l;
        return 0;
    }
    advance(p);
    if (kind(p) != RT_TOK_INDENT) {
        if (kind(p) == RT_TOK_ERRORTOKEN && p->lexvec->failed) {
            rt__p_lex_error(p);
            return -1;
        }
        const rt_token *t = cur(p);
        char msg[96];
        snprintf(msg, sizeof msg, "expected an indented block after %s on line %d", what, line);
        rt__parse_error_at(p, "IndentationError", t->line, t->col, t->end_line, t->end_col, "%s",
                           msg);
        return -1;
    }
    advance(p);
    if (rt__p_enter(p) < 0)
        return -1;
    while (kind(p) != RT_TOK_DEDENT && kind(p) != RT_TOK_ENDMARKER) {
        if (!statement(p, &l)) {
            p->depth--;
            return -1;
        }
    }
    p->depth--;
    if (kind(p) == RT_TOK_DEDENT)
        advance(p);
    *out = l.l;
    return 0;
}

/* The condition of an if, elif or while and its ':'. A '=' after it is
 * CPython's invalid_named_expression: `if x = 1:` "Maybe you meant '==' or
 * ':=' instead of '='?", `if f() = 1:` "cannot assign to function call here". */
static rt_ast_expr *condition(parser *p)
{
    rt_ast_expr *e = rt__p_named_expression(p);
    if (!e)
        return NULL;
    if (kind(p) == RT_TOK_EQUAL && !p->lexvec->failed) {
        if (e->kind == RT_EXPR_NAME) {
            advance(p);
            const rt_ast_expr *b = rt__p_bitwise_or(p);
            if (!b)
                return NULL;
            if (kind(p) != RT_TOK_EQUAL && kind(p) != RT_TOK_COLONEQUAL)
                return rt__parse_error_at(
                    p, "SyntaxError", e->pos.line, e->pos.col, b->pos.end_line, b->pos.end_col,
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            return rt__p_invalid(p);
        }
        bool literal = e->kind == RT_EXPR_CONSTANT && (e->u.constant.kind == RT_CONST_TRUE ||
                                                       e->u.constant.kind == RT_CONST_FALSE ||
                                                       e->u.constant.kind == RT_CONST_NONE);
        if (e->kind != RT_EXPR_LIST && e->kind != RT_EXPR_TUPLE &&
            e->kind != RT_EXPR_GENERATOREXP && !literal)
            return rt__parse_error_at(
                p, "SyntaxError", e->pos.line, e->pos.col, e->pos.end_line, e->pos.end_col,
                "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                rt__p_expr_name(e));
    }
    return rt__p_expect(p, RT_TOK_COLON) ? e : NULL;
}

static rt_ast_stmt *if_stmt(parser *p, const char *what)
{
    const rt_token *t = cur(p);
    advance(p);
    rt_ast_stmt *s = rt__p_stmt_new(p, RT_STMT_IF, t);
    if (!s || !(s->u.if_.test = condition(p)))
        return NULL;
    if (block(p, &s->u.if_.body, what, t->line) < 0)
        return NULL;
    if (kind(p) == RT_TOK_KW_ELIF) {
        if (rt__p_enter(p) < 0)
            return NULL;
        rt_ast_stmt *e = if_stmt(p, "'elif' statement");
        p->depth--;
        if (!e)
            return NULL;
        rt_ast_stmt **v = rt_ast_alloc(p->a, sizeof *v);
        if (!v)
            return rt__parse_oom(p);
        v[0] = e;
        s->u.if_.orelse.v = v;
        s->u.if_.orelse.n = 1;
    } else if (kind(p) == RT_TOK_KW_ELSE) {
        const rt_token *et = cur(p);
        advance(p);
        if (!rt__p_expect(p, RT_TOK_COLON) ||
            block(p, &s->u.if_.orelse, "'else' statement", et->line) < 0)
            return NULL;
    }
    return rt__p_finish_stmt(p, s);
}

static int else_clause(parser *p, rt_ast_stmt_list *out)
{
    if (kind(p) != RT_TOK_KW_ELSE)
        return 0;
    const rt_token *et = cur(p);
    advance(p);
    if (!rt__p_expect(p, RT_TOK_COLON))
        return -1;
    return block(p, out, "'else' statement", et->line);
}

static rt_ast_stmt *while_stmt(parser *p)
{
    const rt_token *t = cur(p);
    advance(p);
    rt_ast_stmt *s = rt__p_stmt_new(p, RT_STMT_WHILE, t);
    if (!s || !(s->u.while_.test = condition(p)))
        return NULL;
    int r = block(p, &s->u.while_.body, "'while' statement", t->line);
    if (r < 0 || else_clause(p, &s->u.while_.orelse) < 0)
        return NULL;
    return rt__p_finish_stmt(p, s);
}

/* star_targets for `for`: bitwise_or-level items so `in` ends them. */
static rt_ast_expr *for_targets(parser *p)
{
    const rt_token *t = cur(p);
    elist l = {{NULL, 0}, 0};
    int trailing = 0;
    for (;;) {
        rt_ast_expr *x;
        if (kind(p) == RT_TOK_STAR) {
            const rt_token *st = cur(p);
            advance(p);
            x = rt__expr_new(p, RT_EXPR_STARRED, st);
            if (!x || !(x->u.starred.value = rt__p_bitwise_or(p)))
                return NULL;
            rt__p_finish(p, x);
        } else if (!(x = rt__p_bitwise_or(p))) {
            return NULL;
        }
        if (rt__p_epush(p, &l, x) < 0)
            return NULL;
        trailing = 0;
        if (!accept(p, RT_TOK_COMMA))
            break;
        trailing = 1;
        if (kind(p) == RT_TOK_KW_IN)
            break;
    }
    rt_ast_expr *target;
    if (l.l.n == 1 && !trailing) {
        target = l.l.v[0];
    } else {
        target = rt__expr_new(p, RT_EXPR_TUPLE, t);
        if (!target)
            return NULL;
        target->u.seq.elts = l.l;
        rt__p_finish(p, target);
    }
    if (rt__p_set_context(p, target, RT_CTX_STORE, 0) < 0)
        return NULL;
    return target;
}

static rt_ast_stmt *for_stmt(parser *p)
{
    const rt_token *t = cur(p);
    advance(p);
    rt_ast_stmt *s = rt__p_stmt_new(p, RT_STMT_FOR, t);
    if (!s || !(s->u.for_.target = for_targets(p)))
        return NULL;
    if (!rt__p_expect(p, RT_TOK_KW_IN) || !(s->u.for_.iter = rt__p_star_expressions(p)) ||
        !rt__p_expect(p, RT_TOK_COLON))
        return NULL;
    int r = block(p, &s->u.for_.body, "'for' statement", t->line);
    if (r < 0 || else_clause(p, &s->u.for_.orelse) < 0)
        return NULL;
    return rt__p_finish_stmt(p, s);
}

static rt_ast_stmt *try_stmt(parser *p)
{
    const rt_token *t = cur(p);
    advance(p);
    rt_ast_stmt *s = rt__p_stmt_new(p, RT_STMT_TRY, t);
    if (!s || !rt__p_expect(p, RT_TOK_COLON) ||
        block(p, &s->u.try_.body, "'try' statement", t->line) < 0)
        return NULL;
    int hcap = 0, saw_bare = 0;
    while (kind(p) == RT_TOK_KW_EXCEPT) {
        const rt_token *et = cur(p);
        if (saw_bare)
            return rt__parse_error_at(p, "SyntaxError", et->line, et->col, et->end_line,
                                      et->end_col, "default 'except:' must be last");
        advance(p);
        bool star = kind(p) == RT_TOK_STAR;
        if (s->u.try_.nhandlers && star != s->u.try_.star)
            return rt__parse_error_at(p, "SyntaxError", et->line, et->col, et->end_line,
                                      star ? cur(p)->end_col : et->end_col,
                                      "cannot have both 'except' and 'except*' on the same "
                                      "'try'");
        s->u.try_.star = star;
        if (star) {
            advance(p);
            if (kind(p) == RT_TOK_COLON)
                return rt__parse_error_at(p, "SyntaxError", cur(p)->line, cur(p)->col,
                                          cur(p)->end_line, cur(p)->end_col,
                                          "expected one or more exception types");
        }
        if (rt__p_grow(p, (void **)&s->u.try_.handlers, &hcap, s->u.try_.nhandlers,
                       sizeof *s->u.try_.handlers) < 0)
            return NULL;
        rt_ast_excepthandler *h = &s->u.try_.handlers[s->u.try_.nhandlers++];
        rt__p_pos_from(&h->pos, et);
        h->res.slot = -1;
        if (kind(p) == RT_TOK_COLON) {
            saw_bare = 1;
        } else {
            if (!(h->type = rt__p_expression(p)))
                return NULL;
            if (kind(p) == RT_TOK_COMMA) {
                /* except A, B [as n]: (without parens), reported from A to its end */
                if (peek_kind(p, 1) == RT_TOK_COLON)
                    return rt__p_invalid(p);
                while (accept(p, RT_TOK_COMMA) && kind(p) != RT_TOK_COLON)
                    if (!rt__p_expression(p))
                        return NULL;
                if (accept(p, RT_TOK_KW_AS) && kind(p) == RT_TOK_NAME)
                    advance(p);
                return rt__parse_error_at(p, "SyntaxError", h->type->pos.line, h->type->pos.col,
                                          prev(p)->end_line, prev(p)->end_col,
                                          "multiple exception types must be parenthesized");
            }
            if (accept(p, RT_TOK_KW_AS)) {
                if (kind(p) != RT_TOK_NAME)
                    return rt__p_invalid(p);
                h->name = rt__p_tok_str(p, cur(p));
                advance(p);
            }
        }
        if (!rt__p_expect(p, RT_TOK_COLON) ||
            block(p, &h->body, "'except' statement", et->line) < 0)
            return NULL;
        h->pos.end_line = prev(p)->end_line;
        h->pos.end_col = prev(p)->end_col;
    }
    if (s->u.try_.nhandlers && else_clause(p, &s->u.try_.orelse) < 0)
        return NULL;
    if (kind(p) == RT_TOK_KW_FINALLY) {
        const rt_token *ft = cur(p);
        advance(p);
        if (!rt__p_expect(p, RT_TOK_COLON) ||
            block(p, &s->u.try_.finalbody, "'finally' statement", ft->line) < 0)
            return NULL;
    }
    if (!s->u.try_.nhandlers && !s->u.try_.finalbody.n) {
        const rt_token *at = cur(p);
        if (at->kind == RT_TOK_ENDMARKER || at->kind == RT_TOK_DEDENT) {
            size_t k = p->i;
            while (k > 0 && p->t[k].kind != RT_TOK_NEWLINE)
                k--;
            at = &p->t[k];
        }
        if (at->kind == RT_TOK_ERRORTOKEN && p->lexvec->failed)
            return rt__p_lex_error(p);
        return rt__parse_error_at(p, "SyntaxError", at->line, at->col, at->end_line,
                                  at->kind == RT_TOK_NEWLINE ? -1 : at->end_col,
                                  "expected 'except' or 'finally' block");
    }
    return rt__p_finish_stmt(p, s);
}

static rt_ast_stmt *funcdef(parser *p, rt_ast_expr_list decorators)
{
    const rt_token *t = cur(p);
    advance(p);
    if (kind(p) != RT_TOK_NAME)
        return rt__p_invalid(p);
    rt_ast_stmt *s = rt__p_stmt_new(p, RT_STMT_FUNCTIONDEF, t);
    if (!s)
        return NULL;
    s->u.functiondef.name = rt__p_tok_str(p, cur(p));
    s->u.functiondef.decorators = decorators;
    s->u.functiondef.res.slot = -1;
    advance(p);
    if (!rt__p_expect(p, RT_TOK_LPAR) ||
        !(s->u.functiondef.args = rt__p_parameters(p, RT_TOK_RPAR, 0)) ||
        !rt__p_expect(p, RT_TOK_RPAR))
        return NULL;
    if (accept(p, RT_TOK_RARROW) && !(s->u.functiondef.returns = rt__p_expression(p)))
        return NULL;
    if (!rt__p_expect(p, RT_TOK_COLON))
        return NULL;
    int r = block(p, &s->u.functiondef.body, "function definition", t->line);
    if (r < 0)
        return NULL;
    return rt__p_finish_stmt(p, s);
}

static rt_ast_stmt *classdef(parser *p, rt_ast_expr_list decorators)
{
    const rt_token *t = cur(p);
    advance(p);
    if (kind(p) != RT_TOK_NAME)
        return rt__p_invalid(p);
    rt_ast_stmt *s = rt__p_stmt_new(p, RT_STMT_CLASSDEF, t);
    if (!s)
        return NULL;
    s->u.classdef.name = rt__p_tok_str(p, cur(p));
    s->u.classdef.decorators = decorators;
    s->u.classdef.res.slot = -1;
    advance(p);
    if (kind(p) != RT_TOK_LPAR && kind(p) != RT_TOK_COLON)
        return rt__p_invalid(p);
    if (kind(p) == RT_TOK_LPAR) {
        /* the bases and keywords are call arguments (*bases and **mapping too) */
        rt_ast_expr *name = rt__expr_new(p, RT_EXPR_NAME, prev(p));
        const rt_token *open = cur(p);
        rt_ast_expr *call = name ? rt__p_call_args(p, name) : NULL;
        if (!call)
            return NULL;
        const rt_ast_expr_list *args = &call->u.call.args;
        if (args->n == 1 && args->v[0]->kind == RT_EXPR_GENERATOREXP &&
            args->v[0]->pos.line == open->line && args->v[0]->pos.col == open->col)
            return rt__parse_error_at(p, "SyntaxError", open->line, open->col + 1, open->line,
                                      open->col + 1, "invalid syntax");
        s->u.classdef.bases = *args;
        s->u.classdef.keywords = call->u.call.keywords;
        s->u.classdef.nkeywords = call->u.call.nkeywords;
    }
    if (!rt__p_expect(p, RT_TOK_COLON))
        return NULL;
    int r = block(p, &s->u.classdef.body, "class definition", t->line);
    if (r < 0)
        return NULL;
    return rt__p_finish_stmt(p, s);
}

static rt_ast_stmt *with_stmt(parser *p)
{
    const rt_token *t = cur(p);
    advance(p);
    rt_ast_stmt *s = rt__p_stmt_new(p, RT_STMT_WITH, t);
    if (!s)
        return NULL;
    int cap = 0;
    for (;;) {
        if (rt__p_grow(p, (void **)&s->u.with.items, &cap, s->u.with.nitems,
                       sizeof *s->u.with.items) < 0)
            return NULL;
        rt_ast_withitem *it = &s->u.with.items[s->u.with.nitems++];
        if (!(it->context_expr = rt__p_expression(p)))
            return NULL;
        if (accept(p, RT_TOK_KW_AS)) {
            rt_ast_expr *target = rt__p_bitwise_or(p);
            if (!target || rt__p_set_context(p, target, RT_CTX_STORE, 0) < 0)
                return NULL;
            it->optional_vars = target;
        }
        if (!accept(p, RT_TOK_COMMA))
            break;
    }
    if (!rt__p_expect(p, RT_TOK_COLON))
        return NULL;
    if (block(p, &s->u.with.body, "'with' statement", t->line) < 0)
        return NULL;
    return rt__p_finish_stmt(p, s);
}

/* `async def`: a function whose calls make coroutines, `async with` and
 * `async for` (their position is the `async` token's, as in CPython). */
static rt_ast_stmt *async_stmt(parser *p, rt_ast_expr_list decorators)
{
    const rt_token *a = cur(p);
    if (peek_kind(p, 1) == RT_TOK_KW_DEF) {
        advance(p);
        rt_ast_stmt *s = funcdef(p, decorators);
        if (s) {
            s->u.functiondef.is_async = 1;
            s->pos.line = a->line;
            s->pos.col = a->col;
        }
        return s;
    }
    if (peek_kind(p, 1) == RT_TOK_KW_WITH && !decorators.n) {
        advance(p);
        rt_ast_stmt *s = with_stmt(p);
        if (s) {
            s->u.with.is_async = 1;
            s->pos.line = a->line;
            s->pos.col = a->col;
        }
        return s;
    }
    if (peek_kind(p, 1) == RT_TOK_KW_FOR && !decorators.n) {
        advance(p);
        rt_ast_stmt *s = for_stmt(p);
        if (s) {
            s->u.for_.is_async = 1;
            s->pos.line = a->line;
            s->pos.col = a->col;
        }
        return s;
    }
    return rt__p_invalid(p);
}

static rt_ast_stmt *decorated(parser *p)
{
    elist decs = {{NULL, 0}, 0};
    while (kind(p) == RT_TOK_AT) {
        advance(p);
        rt_ast_expr *d = rt__p_named_expression(p);
        if (!d || rt__p_epush(p, &decs, d) < 0)
            return NULL;
        if (!rt__p_expect(p, RT_TOK_NEWLINE))
            return NULL;
    }
    if (kind(p) == RT_TOK_KW_CLASS)
        return classdef(p, decs.l);
    if (kind(p) == RT_TOK_KW_ASYNC)
        return async_stmt(p, decs.l);
    if (kind(p) != RT_TOK_KW_DEF)
        return rt__p_invalid(p);
    return funcdef(p, decs.l);
}

static rt_ast_str dotted_name(parser *p)
{
    rt_ast_str r = {NULL, 0};
    const rt_token *t = cur(p);
    if (kind(p) != RT_TOK_NAME) {
        rt__p_invalid(p);
        return r;
    }
    const char *start = t->start;
    const char *end = t->start + t->len;
    advance(p);
    while (kind(p) == RT_TOK_DOT && peek_kind(p, 1) == RT_TOK_NAME) {
        advance(p);
        end = cur(p)->start + cur(p)->len;
        advance(p);
    }
    if (kind(p) == RT_TOK_DOT) {
        advance(p);
        rt__p_invalid(p);
        return r;
    }
    /* rebuild without inner whitespace */
    char *buf = rt_ast_alloc(p->a, (size_t)(end - start) + 1);
    if (!buf) {
        rt__parse_oom(p);
        return r;
    }
    size_t n = 0;
    for (const char *c = start; c < end; c++)
        if (*c != ' ' && *c != '\t' && *c != '\\' && *c != '\n' && *c != '\r')
            buf[n++] = *c;
    buf[n] = 0;
    r.s = buf;
    r.len = n;
    return r;
}

/* Parses `name [as name], ...`; dotted names for `import`, plain ones for
 * `from m import`. In parentheses (`parens`) a trailing comma before the `)`
 * is allowed, as in CPython's grammar. */
static int alias_list(parser *p, rt_ast_alias **out, int *nout, int dotted, int parens)
{
    int cap = 0;
    for (;;) {
        if (rt__p_grow(p, (void **)out, &cap, *nout, sizeof **out) < 0)
            return -1;
        rt_ast_alias *al = &(*out)[(*nout)++];
        rt__p_pos_from(&al->pos, cur(p));
        al->res.slot = -1;
        if (dotted) {
            al->name = dotted_name(p);
        } else if (kind(p) == RT_TOK_NAME) {
            al->name = rt__p_tok_str(p, cur(p));
            advance(p);
        } else {
            rt__p_invalid(p);
        }
        if (!al->name.s)
            return -1;
        if (accept(p, RT_TOK_KW_AS)) {
            if (kind(p) != RT_TOK_NAME) {
                rt__p_invalid(p);
                return -1;
            }
            al->asname = rt__p_tok_str(p, cur(p));
            advance(p);
        }
        al->pos.end_line = prev(p)->end_line;
        al->pos.end_col = prev(p)->end_col;
        if (!accept(p, RT_TOK_COMMA) || (parens && kind(p) == RT_TOK_RPAR))
            return 0;
        if (!dotted && !parens && kind(p) == RT_TOK_NEWLINE) {
            const rt_token *c = cur(p);
            rt__parse_error_at(p, "SyntaxError", c->line, c->col, c->end_line, c->end_col,
                               "trailing comma not allowed without surrounding parentheses");
            return -1;
        }
    }
}

static rt_ast_stmt *import_stmt(parser *p)
{
    const rt_token *t = cur(p);
    advance(p);
    rt_ast_stmt *s = rt__p_stmt_new(p, RT_STMT_IMPORT, t);
    if (!s || alias_list(p, &s->u.import.names, &s->u.import.nnames, 1, 0) < 0)
        return NULL;
    return rt__p_finish_stmt(p, s);
}

static rt_ast_stmt *from_stmt(parser *p)
{
    const rt_token *t = cur(p);
    advance(p);
    rt_ast_stmt *s = rt__p_stmt_new(p, RT_STMT_IMPORTFROM, t);
    if (!s)
        return NULL;
    int level = 0;
    while (kind(p) == RT_TOK_DOT || kind(p) == RT_TOK_ELLIPSIS) {
        level += kind(p) == RT_TOK_DOT ? 1 : 3;
        advance(p);
    }
    s->u.importfrom.level = level;
    if (level == 0 || kind(p) != RT_TOK_KW_IMPORT) {
        s->u.importfrom.module = dotted_name(p);
        if (!s->u.importfrom.module.s)
            return NULL;
    }
    if (!rt__p_expect(p, RT_TOK_KW_IMPORT))
        return NULL;
    if (kind(p) == RT_TOK_STAR) {
        /* `from m import *`: one alias named "*" (the compiler's IMPORT_STAR) */
        rt_ast_alias *al = rt_ast_alloc(p->a, sizeof *al);
        if (!al) {
            rt__parse_oom(p);
            return NULL;
        }
        memset(al, 0, sizeof *al);
        al->name.s = "*";
        al->name.len = 1;
        al->pos.line = cur(p)->line;
        al->pos.col = cur(p)->col;
        al->pos.end_line = cur(p)->end_line;
        al->pos.end_col = cur(p)->end_col;
        advance(p);
        s->u.importfrom.names = al;
        s->u.importfrom.nnames = 1;
        return rt__p_finish_stmt(p, s);
    }
    int paren = accept(p, RT_TOK_LPAR);
    if (alias_list(p, &s->u.importfrom.names, &s->u.importfrom.nnames, 0, paren) < 0)
        return NULL;
    if (paren && !rt__p_expect(p, RT_TOK_RPAR))
        return NULL;
    return rt__p_finish_stmt(p, s);
}

static rt_ast_stmt *name_list_stmt(parser *p, rt_ast_stmt_kind k)
{
    const rt_token *t = cur(p);
    advance(p);
    rt_ast_stmt *s = rt__p_stmt_new(p, k, t);
    if (!s)
        return NULL;
    int cap = 0;
    for (;;) {
        if (kind(p) != RT_TOK_NAME)
            return rt__p_invalid(p);
        if (rt__p_grow(p, (void **)&s->u.global.names, &cap, s->u.global.nnames,
                       sizeof *s->u.global.names) < 0)
            return NULL;
        s->u.global.names[s->u.global.nnames++] = rt__p_tok_str(p, cur(p));
        advance(p);
        if (!accept(p, RT_TOK_COMMA))
            break;
    }
    return rt__p_finish_stmt(p, s);
}

static rt_ast_binop augop(rt_tok_kind k, int *ok)
{
    *ok = 1;
    switch (k) {
    case RT_TOK_PLUSEQUAL: return RT_BINOP_ADD;
    case RT_TOK_MINEQUAL: return RT_BINOP_SUB;
    case RT_TOK_STAREQUAL: return RT_BINOP_MULT;
    case RT_TOK_SLASHEQUAL: return RT_BINOP_DIV;
    case RT_TOK_DOUBLESLASHEQUAL: return RT_BINOP_FLOORDIV;
    case RT_TOK_PERCENTEQUAL: return RT_BINOP_MOD;
    case RT_TOK_DOUBLESTAREQUAL: return RT_BINOP_POW;
    case RT_TOK_AMPEREQUAL: return RT_BINOP_BITAND;
    case RT_TOK_VBAREQUAL: return RT_BINOP_BITOR;
    case RT_TOK_CIRCUMFLEXEQUAL: return RT_BINOP_BITXOR;
    case RT_TOK_LEFTSHIFTEQUAL: return RT_BINOP_LSHIFT;
    case RT_TOK_RIGHTSHIFTEQUAL: return RT_BINOP_RSHIFT;
    case RT_TOK_ATEQUAL: return RT_BINOP_MATMULT;
    default: *ok = 0; return RT_BINOP_ADD;
    }
}

/* Expression statement, assignment or augmented assignment. */
static rt_ast_stmt *expr_stmt(parser *p)
{
    const rt_token *t = cur(p);
    rt_ast_expr *first =
        kind(p) == RT_TOK_KW_YIELD ? rt__p_yield_expr(p) : rt__p_star_expressions(p);
    if (!first)
        return NULL;
    int ok;
    rt_ast_binop op = augop(kind(p), &ok);
    if (ok) {
        if (first->kind != RT_EXPR_NAME && first->kind != RT_EXPR_ATTRIBUTE &&
            first->kind != RT_EXPR_SUBSCRIPT)
            return rt__parse_error_at(p, "SyntaxError", first->pos.line, first->pos.col,
                                      first->pos.end_line, first->pos.end_col,
                                      "'%s' is an illegal expression for augmented assignment",
                                      rt__p_expr_name(first));
        advance(p);
        rt_ast_stmt *s = rt__p_stmt_new(p, RT_STMT_AUGASSIGN, t);
        if (!s || rt__p_set_context(p, first, RT_CTX_STORE, 0) < 0)
            return NULL;
        s->u.augassign.target = first;
        s->u.augassign.op = op;
        if (!(s->u.augassign.value =
                  kind(p) == RT_TOK_KW_YIELD ? rt__p_yield_expr(p) : rt__p_star_expressions(p)))
            return NULL;
        return rt__p_finish_stmt(p, s);
    }
    if (kind(p) == RT_TOK_COLON) {
        /* an annotated assignment: target: annotation [= value] */
        if (first->kind != RT_EXPR_NAME && first->kind != RT_EXPR_ATTRIBUTE &&
            first->kind != RT_EXPR_SUBSCRIPT) {
            const char *what = first->kind == RT_EXPR_TUPLE ? "tuple" : rt__p_expr_name(first);
            return rt__parse_error_at(p, "SyntaxError", first->pos.line, first->pos.col,
                                      first->pos.end_line, first->pos.end_col,
                                      first->kind == RT_EXPR_TUPLE || first->kind == RT_EXPR_LIST
                                          ? "only single target (not %s) can be annotated"
                                          : "illegal target for annotation",
                                      first->kind == RT_EXPR_LIST ? "list" : what);
        }
        advance(p);
        rt_ast_stmt *s = rt__p_stmt_new(p, RT_STMT_ANNASSIGN, t);
        if (!s || rt__p_set_context(p, first, RT_CTX_STORE, 0) < 0)
            return NULL;
        s->u.annassign.target = first;
        s->u.annassign.simple = first->kind == RT_EXPR_NAME && t->kind != RT_TOK_LPAR;
        if (!(s->u.annassign.annotation = rt__p_expression(p)))
            return NULL;
        if (accept(p, RT_TOK_EQUAL) &&
            !(s->u.annassign.value =
                  kind(p) == RT_TOK_KW_YIELD ? rt__p_yield_expr(p) : rt__p_star_expressions(p)))
            return NULL;
        return rt__p_finish_stmt(p, s);
    }
    if (kind(p) != RT_TOK_EQUAL) {
        rt_ast_stmt *s = rt__p_stmt_new(p, RT_STMT_EXPR, t);
        if (!s)
            return NULL;
        s->u.expr.value = first; /* *a alone: the compiler's error, as CPython's */
        return rt__p_finish_stmt(p, s);
    }
    elist targets = {{NULL, 0}, 0};
    rt_ast_expr *value = first;
    int count = 0;
    while (accept(p, RT_TOK_EQUAL)) {
        if (rt__p_epush(p, &targets, value) < 0)
            return NULL;
        count++;
        if (!(value = kind(p) == RT_TOK_KW_YIELD ? rt__p_yield_expr(p) : rt__p_star_expressions(p)))
            return NULL;
    }
    for (int i = 0; i < targets.l.n; i++) {
        rt_ast_expr *x = targets.l.v[i];
        if (rt__p_set_context(p, x, RT_CTX_STORE, count == 1 && x->kind != RT_EXPR_LIST ? 1 : 0) <
            0)
            return NULL;
    }
    /* *a = 1, x = *a, a return or break outside its place and the like
     * parse (ast.parse accepts them); the compiler refuses them, as CPython's */
    rt_ast_stmt *s = rt__p_stmt_new(p, RT_STMT_ASSIGN, t);
    if (!s)
        return NULL;
    s->u.assign.targets = targets.l;
    s->u.assign.value = value;
    return rt__p_finish_stmt(p, s);
}

static rt_ast_stmt *simple_stmt(parser *p)
{
    const rt_token *t = cur(p);
    rt_ast_stmt *s;
    switch (t->kind) {
    case RT_TOK_KW_PASS:
    case RT_TOK_KW_BREAK:
    case RT_TOK_KW_CONTINUE:
        s = rt__p_stmt_new(p,
                           t->kind == RT_TOK_KW_PASS    ? RT_STMT_PASS
                           : t->kind == RT_TOK_KW_BREAK ? RT_STMT_BREAK
                                                        : RT_STMT_CONTINUE,
                           t);
        advance(p);
        return s;
    case RT_TOK_KW_RETURN:
        advance(p);
        s = rt__p_stmt_new(p, RT_STMT_RETURN, t);
        if (!s)
            return NULL;
        if (rt__p_starts_expression(kind(p)) && !(s->u.return_.value = rt__p_star_expressions(p)))
            return NULL;
        rt__p_finish_stmt(p, s);
        return s;
    case RT_TOK_KW_RAISE:
        advance(p);
        s = rt__p_stmt_new(p, RT_STMT_RAISE, t);
        if (!s)
            return NULL;
        if (rt__p_starts_expression(kind(p))) {
            if (!(s->u.raise.exc = rt__p_expression(p)))
                return NULL;
            if (accept(p, RT_TOK_KW_FROM) && !(s->u.raise.cause = rt__p_expression(p)))
                return NULL;
        }
        return rt__p_finish_stmt(p, s);
    case RT_TOK_KW_GLOBAL: return name_list_stmt(p, RT_STMT_GLOBAL);
    case RT_TOK_KW_NONLOCAL: return name_list_stmt(p, RT_STMT_NONLOCAL);
    case RT_TOK_KW_DEL: {
        advance(p);
        s = rt__p_stmt_new(p, RT_STMT_DELETE, t);
        if (!s)
            return NULL;
        elist l = {{NULL, 0}, 0};
        for (;;) {
            rt_ast_expr *x = rt__p_bitwise_or(p);
            if (!x || rt__p_set_context(p, x, RT_CTX_DEL, 0) < 0 || rt__p_epush(p, &l, x) < 0)
                return NULL;
            if (!accept(p, RT_TOK_COMMA) || !rt__p_starts_expression(kind(p)))
                break;
        }
        s->u.delete_.targets = l.l;
        return rt__p_finish_stmt(p, s);
    }
    case RT_TOK_KW_ASSERT:
        advance(p);
        s = rt__p_stmt_new(p, RT_STMT_ASSERT, t);
        if (!s || !(s->u.assert_.test = rt__p_expression(p)))
            return NULL;
        if (accept(p, RT_TOK_COMMA) && !(s->u.assert_.msg = rt__p_expression(p)))
            return NULL;
        return rt__p_finish_stmt(p, s);
    case RT_TOK_KW_IMPORT: return import_stmt(p);
    case RT_TOK_KW_FROM: return from_stmt(p);
    default: break;
    }
    if (!rt__p_starts_expression(t->kind) && t->kind != RT_TOK_KW_YIELD)
        return rt__p_invalid(p);
    return expr_stmt(p);
}

static int simple_stmts(parser *p, slist *out)
{
    for (;;) {
        rt_ast_stmt *s = simple_stmt(p);
        if (!s || rt__p_spush(p, out, s) < 0)
            return -1;
        if (!accept(p, RT_TOK_SEMI))
            break;
        if (kind(p) == RT_TOK_NEWLINE)
            break;
    }
    if (kind(p) != RT_TOK_NEWLINE) {
        const rt_token *t = cur(p);
        const rt_ast_stmt *last = out->l.v[out->l.n - 1];
        if (!p->lexvec->failed && last->kind == RT_STMT_EXPR &&
            last->u.expr.value->kind == RT_EXPR_NAME && t->kind == RT_TOK_STRING &&
            last->u.expr.value->u.name.id.len == 5 &&
            memcmp(last->u.expr.value->u.name.id.s, "print", 5) == 0) {
            rt__parse_error_at(p, "SyntaxError", last->pos.line, last->pos.col, t->end_line,
                               t->end_col,
                               "Missing parentheses in call to 'print'. Did you mean print(...)?");
            return -1;
        }
        rt__p_invalid(p);
        return -1;
    }
    advance(p);
    return 0;
}

int rt__p_block(rt__parser *p, rt_ast_stmt_list *out, const char *what, int line)
{
    return block(p, out, what, line);
}

static rt_ast_stmt *statement(parser *p, slist *out)
{
    rt_ast_stmt *s;
    if (rt__p_at_match(p)) {
        if (rt__p_enter(p) < 0)
            return NULL;
        s = rt__p_match_stmt(p);
        p->depth--;
        if (!s || rt__p_spush(p, out, s) < 0)
            return NULL;
        return s;
    }
    switch (kind(p)) {
    case RT_TOK_KW_IF: s = if_stmt(p, "'if' statement"); break;
    case RT_TOK_KW_WHILE: s = while_stmt(p); break;
    case RT_TOK_KW_FOR: s = for_stmt(p); break;
    case RT_TOK_KW_TRY: s = try_stmt(p); break;
    case RT_TOK_KW_DEF: s = funcdef(p, (rt_ast_expr_list){NULL, 0}); break;
    case RT_TOK_KW_CLASS: s = classdef(p, (rt_ast_expr_list){NULL, 0}); break;
    case RT_TOK_KW_WITH: s = with_stmt(p); break;
    case RT_TOK_KW_ASYNC: s = async_stmt(p, (rt_ast_expr_list){NULL, 0}); break;
    case RT_TOK_AT: s = decorated(p); break;
    default:
        if (simple_stmts(p, out) < 0)
            return NULL;
        return out->l.v[out->l.n - 1];
    }
    if (!s || rt__p_spush(p, out, s) < 0)
        return NULL;
    return s;
}

/* ---- entry -------------------------------------------------------------- */

/* True (and r->err set) when src is not UTF-8: CPython's error for a file
 * without an encoding declaration, naming the first bad byte and its line
 * (and no source line: it cannot be shown). */
static bool source_not_utf8(rt_parse_result *r, const char *src, size_t len, const char *filename)
{
    size_t bad = rt_utf8_check(src, len, false);
    if (bad == len)
        return false;
    int line = 1;
    for (size_t i = 0; i < bad; i++)
        line += src[i] == '\n';
    memset(&r->err, 0, sizeof r->err);
    snprintf(r->err.type, sizeof r->err.type, "SyntaxError");
    snprintf(r->err.msg, sizeof r->err.msg,
             "Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no encoding "
             "declared; see https://peps.python.org/pep-0263/ for details",
             (unsigned char)src[bad], filename, line);
    return true;
}

rt_parse_result *rt_parse(const char *src, size_t len, const char *filename)
{
    rt_parse_result *r = calloc(1, sizeof *r);
    if (!r)
        return NULL;
    if (!filename)
        filename = "<string>";
    r->arena = rt_ast_arena_new();
    if (!r->arena) {
        rt_parse_free(r);
        return NULL;
    }
    if (source_not_utf8(r, src, len, filename))
        return r;
    rt_token_vec tv;
    memset(&tv, 0, sizeof tv);
    if (rt_lex(src, len, filename, NULL, &tv) < 0) {
        rt_parse_free(r);
        return NULL;
    }
    rt_ast_module *m = rt_ast_alloc(r->arena, sizeof *m);
    if (!m) {
        rt_token_vec_dispose(&tv);
        rt_parse_free(r);
        return NULL;
    }
    m->arena = r->arena;
    m->filename = rt_ast_strdup(r->arena, filename, strlen(filename));
    m->source.s = rt_ast_strdup(r->arena, src, len);
    m->source.len = len;
    if (!m->filename || !m->source.s) {
        rt_token_vec_dispose(&tv);
        rt_parse_free(r);
        return NULL;
    }
    parser p;
    memset(&p, 0, sizeof p);
    p.t = tv.v;
    p.n = tv.n;
    p.lexvec = &tv;
    p.a = r->arena;
    p.src = m->source.s;
    p.srclen = len;
    p.filename = m->filename;
    p.err = &r->err;
    p.stack_base = RT_STACK_HERE();
    slist body = {{NULL, 0}, 0};
    while (!p.failed && kind(&p) != RT_TOK_ENDMARKER) {
        if (kind(&p) == RT_TOK_ERRORTOKEN && p.i == p.n - 1 && tv.failed) {
            rt__p_lex_error(&p);
            break;
        }
        if (!statement(&p, &body))
            break;
    }
    /* the host out of memory (rt__parse_oom) is not a result; the parser's
     * own stack overflow (a bare MemoryError, as CPython's) is */
    int oom = p.failed && strcmp(r->err.type, "MemoryError") == 0 && r->err.msg[0];
    rt_token_vec_dispose(&tv);
    if (oom) {
        rt_parse_free(r);
        return NULL;
    }
    if (!p.failed) {
        m->body = body.l;
        r->module = m;
        r->ok = 1;
    }
    return r;
}

void rt_parse_free(rt_parse_result *r)
{
    if (!r)
        return;
    rt_ast_arena_free(r->arena);
    free(r);
}
