/* parse_params.c: the parameter lists of def and lambda (positional-only,
 * defaults, *args, keyword-only, **kwargs, annotations), with CPython 3.11's
 * SyntaxErrors for their misuse. Internal to the parser (parse_int.h). */
#include <stdlib.h>
#include <string.h>

#include "runtime/parse_int.h"

typedef rt__parser parser;

/* ---- parameters --------------------------------------------------------- */

static int add_param(parser *p, rt_ast_arg *arg, const rt_token *t)
{
    arg->name = rt__p_tok_str(p, t);
    if (!arg->name.s)
        return -1;
    rt__p_pos_from(&arg->pos, t);
    arg->res.slot = -1;
    /* def f(a, a) parses; the symbol table (scope.c) refuses it */
    return 0;
}

/* Parameter list up to (not including) close: ')' for def, ':' for lambda. */
rt_ast_arguments *rt__p_parameters(parser *p, rt_tok_kind close, int is_lambda)
{
    rt_ast_arguments *a = rt_ast_alloc(p->a, sizeof *a);
    if (!a)
        return rt__parse_oom(p);
    int acap = 0, kcap = 0, dcap = 0, kdcap = 0, seen_star = 0, seen_default = 0;
    while (kind(p) != close) {
        const rt_token *t = cur(p);
        if (kind(p) == RT_TOK_DOUBLESTAR) {
            advance(p);
            if (kind(p) != RT_TOK_NAME)
                return rt__p_invalid(p);
            a->kwarg = rt_ast_alloc(p->a, sizeof *a->kwarg);
            if (!a->kwarg)
                return rt__parse_oom(p);
            if (add_param(p, a->kwarg, cur(p)) < 0)
                return NULL;
            advance(p);
            if (close == RT_TOK_RPAR && accept(p, RT_TOK_COLON) &&
                !(a->kwarg->annotation = rt__p_expression(p)))
                return NULL;
            if (kind(p) == RT_TOK_EQUAL)
                return rt__parse_error_at(p, "SyntaxError", cur(p)->line, cur(p)->col, cur(p)->line,
                                          cur(p)->end_col,
                                          "var-keyword argument cannot have default value");
            accept(p, RT_TOK_COMMA);
            rt_tok_kind k = kind(p);
            if (k == RT_TOK_NAME || k == RT_TOK_STAR || k == RT_TOK_DOUBLESTAR || k == RT_TOK_SLASH)
                return rt__parse_error_at(p, "SyntaxError", cur(p)->line, cur(p)->col,
                                          cur(p)->end_line, cur(p)->end_col,
                                          "arguments cannot follow var-keyword argument");
            if (k != close)
                return rt__p_invalid(p);
            break;
        }
        if (kind(p) == RT_TOK_STAR) {
            if (seen_star && peek_kind(p, 1) != RT_TOK_NAME && peek_kind(p, 1) != RT_TOK_COMMA)
                return rt__p_invalid(p);
            if (seen_star)
                return rt__parse_error_at(p, "SyntaxError", t->line, t->col, t->end_line,
                                          t->end_col, "* argument may appear only once");
            seen_star = 1;
            advance(p);
            if (kind(p) == RT_TOK_NAME) {
                a->vararg = rt_ast_alloc(p->a, sizeof *a->vararg);
                if (!a->vararg)
                    return rt__parse_oom(p);
                if (add_param(p, a->vararg, cur(p)) < 0)
                    return NULL;
                advance(p);
                if (close == RT_TOK_RPAR && accept(p, RT_TOK_COLON) &&
                    !(a->vararg->annotation = rt__p_expression(p)))
                    return NULL;
                if (kind(p) == RT_TOK_EQUAL)
                    return rt__parse_error_at(p, "SyntaxError", cur(p)->line, cur(p)->col,
                                              cur(p)->line, cur(p)->end_col,
                                              "var-positional argument cannot have default "
                                              "value");
            } else if (kind(p) == close ||
                       (kind(p) == RT_TOK_COMMA &&
                        (peek_kind(p, 1) == close || peek_kind(p, 1) == RT_TOK_DOUBLESTAR))) {
                /* at the '*' of a def; at the token after it (and its comma) in a
                 * lambda, as CPython's grammar reports them */
                const rt_token *at = !is_lambda ? t : kind(p) == RT_TOK_COMMA ? cur(p) + 1 : cur(p);
                return rt__parse_error_at(p, "SyntaxError", at->line, at->col, at->end_line,
                                          at->end_col, "named arguments must follow bare *");
            } else if (kind(p) != RT_TOK_COMMA) {
                return rt__p_invalid(p);
            }
            if (!accept(p, RT_TOK_COMMA))
                break;
            continue;
        }
        if (kind(p) == RT_TOK_SLASH) {
            const char *why = seen_star     ? "/ must be ahead of *"
                              : a->nposonly ? "/ may appear only once"
                              : !a->nargs   ? "at least one argument must precede /"
                                            : NULL;
            if (!a->nargs && !seen_star && peek_kind(p, 1) != RT_TOK_COMMA)
                return rt__p_invalid(p); /* `(/)`: no message of its own in CPython */
            if (why)
                return rt__parse_error_at(p, "SyntaxError", t->line, t->col, t->end_line,
                                          t->end_col, "%s", why);
            a->nposonly = a->nargs;
            advance(p);
            if (!accept(p, RT_TOK_COMMA))
                break;
            continue;
        }
        if (kind(p) != RT_TOK_NAME)
            return rt__p_invalid(p);
        rt_ast_arg *arg;
        if (seen_star) {
            if (rt__p_grow(p, (void **)&a->kwonly, &kcap, a->nkwonly, sizeof *a->kwonly) < 0 ||
                rt__p_grow(p, (void **)&a->kw_defaults, &kdcap, a->nkwonly,
                           sizeof *a->kw_defaults) < 0)
                return NULL;
            arg = &a->kwonly[a->nkwonly++];
            a->kw_defaults[a->nkwonly - 1] = NULL;
        } else {
            if (rt__p_grow(p, (void **)&a->args, &acap, a->nargs, sizeof *a->args) < 0)
                return NULL;
            arg = &a->args[a->nargs++];
        }
        if (add_param(p, arg, t) < 0)
            return NULL;
        advance(p);
        if (close == RT_TOK_RPAR && accept(p, RT_TOK_COLON) &&
            !(arg->annotation = rt__p_expression(p)))
            return NULL;
        if (accept(p, RT_TOK_EQUAL)) {
            rt_ast_expr *d = rt__p_expression(p);
            if (!d)
                return NULL;
            if (seen_star) {
                a->kw_defaults[a->nkwonly - 1] = d;
            } else {
                elist dl = {a->defaults, dcap};
                if (rt__p_epush(p, &dl, d) < 0)
                    return NULL;
                a->defaults = dl.l;
                dcap = dl.cap;
                seen_default = 1;
            }
        } else if (!seen_star && seen_default) {
            return rt__parse_error_at(p, "SyntaxError", t->line, t->col, t->end_line, t->end_col,
                                      "non-default argument follows default argument");
        }
        if (!accept(p, RT_TOK_COMMA))
            break;
    }
    if (kind(p) != close)
        return rt__p_invalid(p);
    return a;
}
