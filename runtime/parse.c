/* parse.c: tokens -> AST by recursive descent (statements) and precedence
 * climbing (binary operators), with CPython 3.11's SyntaxError messages for
 * the common mistakes. */
#include "runtime/parse.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/lex.h"
#include "runtime/nest.h"
#include "runtime/parse_int.h"

typedef rt__parser parser;

/* ---- errors ------------------------------------------------------------- */

void *rt__parse_error_at(rt__parser *p, const char *type, int line, int col, int end_line,
                         int end_col, const char *fmt, ...)
{
    if (p->failed)
        return NULL;
    p->failed = 1;
    char msg[200];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    rt__syntax_error_set(p->err, type, p->filename, p->src, p->srclen, line, col, end_line, end_col,
                         "%s%s", p->err_prefix ? p->err_prefix : "", msg);
    return NULL;
}

void *rt__parse_oom(rt__parser *p)
{
    if (p->failed)
        return NULL;
    p->failed = 1;
    memset(p->err, 0, sizeof *p->err);
    snprintf(p->err->type, sizeof p->err->type, "MemoryError");
    snprintf(p->err->msg, sizeof p->err->msg, "out of memory");
    return NULL;
}

/* The tokenizer's error, if the token stream ended in one. */
void *rt__p_lex_error(parser *p)
{
    if (p->failed)
        return NULL;
    p->failed = 1;
    *p->err = p->lexvec->err;
    if (p->err_prefix) {
        char tmp[sizeof p->err->msg];
        snprintf(tmp, sizeof tmp, "%s%s", p->err_prefix, p->lexvec->err.msg);
        memcpy(p->err->msg, tmp, sizeof tmp);
    }
    return NULL;
}

/* Generic "invalid syntax" at token t; a tokenizer error anywhere later in
 * the file wins, as in CPython. Brackets left open at the end of the source
 * are no tokenizer error there: CPython reports them only when its parser
 * read up to the end, which it does from t when t starts an expression or
 * is an '=' or ':=' (its error rules parse the expression and look past it):
 * "[1 2" and "(a, b = 1" end unclosed, "f(:" is invalid syntax at the ':'. */
static void *invalid_at(parser *p, const rt_token *t)
{
    if (p->lexvec->failed &&
        (!p->lexvec->unclosed_at_eof || rt__p_starts_expression(t->kind) ||
         t->kind == RT_TOK_EQUAL || t->kind == RT_TOK_COLONEQUAL || t == &p->t[p->n - 1]))
        return rt__p_lex_error(p);
    if (t->kind == RT_TOK_INDENT)
        return rt__parse_error_at(p, "IndentationError", t->line, (int)t->len > 0 ? (int)t->len : 1,
                                  t->line, -1, "unexpected indent");
    if (t->kind == RT_TOK_DEDENT)
        return rt__parse_error_at(p, "IndentationError", t->line, t->col, t->line, -1,
                                  "unexpected unindent");
    if (t->kind == RT_TOK_ERRORTOKEN && (unsigned char)t->start[0] >= 0x80) {
        unsigned long cp = 0;
        const unsigned char *s = (const unsigned char *)t->start;
        int extra = s[0] >= 0xF0 ? 3 : s[0] >= 0xE0 ? 2 : 1;
        cp = s[0] & (0x3F >> extra);
        for (int k = 1; k <= extra; k++)
            cp = (cp << 6) | (s[k] & 0x3F);
        return rt__parse_error_at(p, "SyntaxError", t->line, t->col, t->line, t->col,
                                  "invalid character '%.*s' (U+%04lX)", extra + 1, t->start, cp);
    }
    int ec = t->end_col, el = t->end_line;
    if (t->kind == RT_TOK_NEWLINE || t->kind == RT_TOK_ENDMARKER) {
        ec = t->col;
        el = t->line;
    }
    return rt__parse_error_at(p, "SyntaxError", t->line, t->col, el, ec, "invalid syntax");
}

void *rt__p_invalid(parser *p)
{
    if (kind(p) == RT_TOK_ERRORTOKEN && p->i == p->n - 1 && p->lexvec->failed)
        return rt__p_lex_error(p);
    return invalid_at(p, cur(p));
}

void *rt__p_expect(parser *p, rt_tok_kind k)
{
    if (kind(p) == k) {
        advance(p);
        return (void *)1;
    }
    if (kind(p) == RT_TOK_ERRORTOKEN && p->lexvec->failed)
        return rt__p_lex_error(p);
    if (k == RT_TOK_COLON && !p->lexvec->failed) {
        const rt_token *t = prev(p);
        return rt__parse_error_at(p, "SyntaxError", t->end_line, t->end_col, t->end_line,
                                  t->end_col, "expected ':'");
    }
    return rt__p_invalid(p);
}

/* ---- node construction -------------------------------------------------- */

void rt__p_pos_from(rt_ast_pos *pos, const rt_token *t)
{
    pos->line = t->line;
    pos->col = t->col;
    pos->end_line = t->end_line;
    pos->end_col = t->end_col;
}

rt_ast_expr *rt__expr_new(rt__parser *p, rt_ast_expr_kind k, const rt_token *start)
{
    rt_ast_expr *e = rt_ast_alloc(p->a, sizeof *e);
    if (!e)
        return rt__parse_oom(p);
    e->kind = k;
    rt__p_pos_from(&e->pos, start);
    return e;
}

/* Closes e's position at the last consumed token. */
rt_ast_expr *rt__p_finish(parser *p, rt_ast_expr *e)
{
    if (e) {
        const rt_token *t = prev(p);
        e->pos.end_line = t->end_line;
        e->pos.end_col = t->end_col;
    }
    return e;
}

static rt_ast_expr *expr_at(parser *p, rt_ast_expr_kind k, const rt_ast_expr *start)
{
    rt_ast_expr *e = rt_ast_alloc(p->a, sizeof *e);
    if (!e)
        return rt__parse_oom(p);
    e->kind = k;
    e->pos = start->pos;
    return e;
}

rt_ast_stmt *rt__p_stmt_new(parser *p, rt_ast_stmt_kind k, const rt_token *start)
{
    rt_ast_stmt *s = rt_ast_alloc(p->a, sizeof *s);
    if (!s)
        return rt__parse_oom(p);
    s->kind = k;
    rt__p_pos_from(&s->pos, start);
    return s;
}

rt_ast_stmt *rt__p_finish_stmt(parser *p, rt_ast_stmt *s)
{
    if (s) {
        const rt_token *t = prev(p);
        s->pos.end_line = t->end_line;
        s->pos.end_col = t->end_col;
    }
    return s;
}

rt_ast_str rt__p_tok_str(parser *p, const rt_token *t)
{
    rt_ast_str s = {rt_ast_strdup(p->a, t->start, t->len), t->len};
    if (!s.s)
        rt__parse_oom(p);
    return s;
}

/* Growable arrays in the arena (abandoned blocks are freed with it). */
int rt__p_grow(parser *p, void **arr, int *cap, int n, size_t elsize)
{
    if (n < *cap)
        return 0;
    int nc = *cap ? *cap * 2 : 4;
    void *nv = rt_ast_alloc(p->a, (size_t)nc * elsize);
    if (!nv) {
        rt__parse_oom(p);
        return -1;
    }
    if (n)
        memcpy(nv, *arr, (size_t)n * elsize);
    *arr = nv;
    *cap = nc;
    return 0;
}

int rt__p_epush(parser *p, elist *l, rt_ast_expr *e)
{
    if (rt__p_grow(p, (void **)&l->l.v, &l->cap, l->l.n, sizeof *l->l.v) < 0)
        return -1;
    l->l.v[l->l.n++] = e;
    return 0;
}

int rt__p_spush(parser *p, slist *l, rt_ast_stmt *s)
{
    if (rt__p_grow(p, (void **)&l->l.v, &l->cap, l->l.n, sizeof *l->l.v) < 0)
        return -1;
    l->l.v[l->l.n++] = s;
    return 0;
}

/* ---- expressions -------------------------------------------------------- */

static rt_ast_expr *disjunction(parser *p);
static rt_ast_expr *named_or_star(parser *p);
static rt_ast_expr *star_expression(parser *p);

/* CPython 3.11 reports its parser's stack overflow as a bare MemoryError,
 * with no position: the same here, from the count or the C stack. */
int rt__p_enter(parser *p)
{
    if (++p->depth > RT_PARSE_MAX_DEPTH || rt__stack_exhausted(p->stack_base)) {
        if (!p->failed) {
            p->failed = 1;
            memset(p->err, 0, sizeof *p->err);
            snprintf(p->err->type, sizeof p->err->type, "MemoryError");
        }
        return -1;
    }
    return 0;
}

int rt__p_enter2(parser *p)
{
    if (rt__p_enter(p) < 0)
        return -1;
    return rt__p_enter(p);
}

static rt_ast_expr *number(parser *p)
{
    const rt_token *t = cur(p);
    rt_ast_expr *e = rt__expr_new(p, RT_EXPR_CONSTANT, t);
    if (!e)
        return NULL;
    char buf[128];
    char *digits = t->len < sizeof buf ? buf : rt_ast_alloc(p->a, t->len + 1);
    if (!digits)
        return rt__parse_oom(p);
    size_t n = 0;
    int is_float = 0, is_imag = 0, base = 10;
    size_t k = 0;
    if (t->len > 1 && t->start[0] == '0' && strchr("xXoObB", t->start[1])) {
        char c = (char)(t->start[1] | 0x20);
        base = c == 'x' ? 16 : c == 'o' ? 8 : 2;
        k = 2;
    }
    for (; k < t->len; k++) {
        char c = t->start[k];
        if (c == '_')
            continue;
        if (base == 10 && (c == '.' || c == 'e' || c == 'E'))
            is_float = 1;
        if (c == 'j' || c == 'J') {
            is_imag = 1; /* the lexer put it last */
            continue;
        }
        digits[n++] = c;
    }
    digits[n] = 0;
    advance(p);
    if (is_imag) {
        e->u.constant.kind = RT_CONST_IMAG;
        e->u.constant.f = strtod(digits, NULL);
        return e;
    }
    if (is_float) {
        e->u.constant.kind = RT_CONST_FLOAT;
        e->u.constant.f = strtod(digits, NULL);
        return e;
    }
    uint64_t v = 0;
    int big = 0;
    for (size_t i = 0; i < n; i++) {
        int d = digits[i] <= '9' ? digits[i] - '0' : (digits[i] | 0x20) - 'a' + 10;
        if (v > (UINT64_MAX - (uint64_t)d) / (uint64_t)base) {
            big = 1;
            break;
        }
        v = v * (uint64_t)base + (uint64_t)d;
    }
    if (big || v > (uint64_t)INT64_MAX) {
        size_t skip = 0;
        while (skip + 1 < n && digits[skip] == '0')
            skip++;
        e->u.constant.kind = RT_CONST_BIGINT;
        e->u.constant.s.s = rt_ast_strdup(p->a, digits + skip, n - skip);
        e->u.constant.s.len = n - skip;
        e->u.constant.base = base;
        if (!e->u.constant.s.s)
            return rt__parse_oom(p);
    } else {
        e->u.constant.kind = RT_CONST_INT;
        e->u.constant.i = (int64_t)v;
    }
    return e;
}

/* True at the `for` or `async for` that starts a comprehension's clause. */
static bool comp_for_starts(parser *p)
{
    return kind(p) == RT_TOK_KW_FOR ||
           (kind(p) == RT_TOK_KW_ASYNC && peek_kind(p, 1) == RT_TOK_KW_FOR);
}

/* for/if clauses after the element of a comprehension. */
static rt_ast_expr *comprehension(parser *p, rt_ast_expr_kind k, const rt_token *start,
                                  rt_ast_expr *elt, rt_ast_expr *value)
{
    rt_ast_expr *e = rt__expr_new(p, k, start);
    if (!e)
        return NULL;
    e->u.comp.elt = elt;
    e->u.comp.value = value;
    int cap = 0, n = 0;
    rt_ast_comprehension *gens = NULL;
    while (comp_for_starts(p)) {
        int is_async = accept(p, RT_TOK_KW_ASYNC);
        advance(p);
        if (rt__p_grow(p, (void **)&gens, &cap, n, sizeof *gens) < 0)
            return NULL;
        rt_ast_comprehension *g = &gens[n++];
        g->is_async = is_async;
        /* targets: star_targets, parsed at bitwise_or level so `in` stops them */
        const rt_token *ts = cur(p);
        elist tl = {{NULL, 0}, 0};
        for (;;) {
            rt_ast_expr *t;
            if (kind(p) == RT_TOK_STAR) {
                const rt_token *st = cur(p);
                advance(p);
                t = rt__expr_new(p, RT_EXPR_STARRED, st);
                if (!t || !(t->u.starred.value = rt__p_bitwise_or(p)))
                    return NULL;
                rt__p_finish(p, t);
            } else if (!(t = rt__p_bitwise_or(p))) {
                return NULL;
            }
            if (rt__p_epush(p, &tl, t) < 0)
                return NULL;
            if (kind(p) != RT_TOK_COMMA)
                break;
            advance(p);
            if (kind(p) == RT_TOK_KW_IN)
                break;
        }
        if (tl.l.n == 1 && prev(p)->kind != RT_TOK_COMMA) {
            g->target = tl.l.v[0];
        } else {
            g->target = rt__expr_new(p, RT_EXPR_TUPLE, ts);
            if (!g->target)
                return NULL;
            g->target->u.seq.elts = tl.l;
            rt__p_finish(p, g->target);
        }
        if (rt__p_set_context(p, g->target, RT_CTX_STORE, 0) < 0)
            return NULL;
        if (!rt__p_expect(p, RT_TOK_KW_IN))
            return NULL;
        if (!(g->iter = disjunction(p)))
            return NULL;
        elist ifs = {{NULL, 0}, 0};
        while (kind(p) == RT_TOK_KW_IF) {
            advance(p);
            rt_ast_expr *c = disjunction(p);
            if (!c || rt__p_epush(p, &ifs, c) < 0)
                return NULL;
        }
        g->ifs = ifs.l;
    }
    e->u.comp.generators = gens;
    e->u.comp.ngenerators = n;
    return e;
}

/* At the end of a display's element, when the next token is neither ',' nor
 * the closing bracket: CPython's invalid_expression reports an expression
 * directly followed by another ("[1 2]", "{a 1}") as "Perhaps you forgot a
 * comma?" over both; anything else is what expecting `close` reports. */
static void *display_end(parser *p, const rt_ast_expr *last, rt_tok_kind close)
{
    const rt_token *t = cur(p);
    if (p->lexvec->failed || last->kind == RT_EXPR_STARRED ||
        !(t->kind == RT_TOK_NAME || t->kind == RT_TOK_NUMBER || t->kind == RT_TOK_STRING))
        return rt__p_expect(p, close);
    /* the expression right before t: the innermost tail of a conditional or a lambda */
    while (last->kind == RT_EXPR_IFEXP || last->kind == RT_EXPR_LAMBDA)
        last = last->kind == RT_EXPR_IFEXP ? last->u.ifexp.orelse : last->u.lambda.body;
    rt_ast_str id = last->kind == RT_EXPR_NAME ? last->u.name.id : (rt_ast_str){"", 0};
    if ((id.len == 5 && memcmp(id.s, "print", 5) == 0) ||
        (id.len == 4 && memcmp(id.s, "exec", 4) == 0))
        return rt__parse_error_at(p, "SyntaxError", last->pos.line, last->pos.col, t->end_line,
                                  t->end_col,
                                  "Missing parentheses in call to '%.*s'. Did you mean %.*s(...)?",
                                  (int)id.len, id.s, (int)id.len, id.s);
    return rt__parse_error_at(p, "SyntaxError", last->pos.line, last->pos.col, t->end_line,
                              t->end_col, "invalid syntax. Perhaps you forgot a comma?");
}

/* ( ... ): group, tuple or generator expression. */
static rt_ast_expr *paren(parser *p)
{
    const rt_token *open = cur(p);
    advance(p);
    if (accept(p, RT_TOK_RPAR)) {
        rt_ast_expr *e = rt__expr_new(p, RT_EXPR_TUPLE, open);
        return rt__p_finish(p, e);
    }
    if (kind(p) == RT_TOK_KW_YIELD) {
        rt_ast_expr *y = rt__p_yield_expr(p);
        if (!y || !rt__p_expect(p, RT_TOK_RPAR))
            return NULL;
        return y;
    }
    rt_ast_expr *first = named_or_star(p);
    if (!first)
        return NULL;
    if (comp_for_starts(p)) {
        if (first->kind == RT_EXPR_STARRED)
            return rt__p_invalid(p);
        rt_ast_expr *g = comprehension(p, RT_EXPR_GENERATOREXP, open, first, NULL);
        if (!g || !rt__p_expect(p, RT_TOK_RPAR))
            return NULL;
        return rt__p_finish(p, g);
    }
    if (accept(p, RT_TOK_RPAR)) {
        if (first->kind == RT_EXPR_STARRED) {
            return rt__parse_error_at(p, "SyntaxError", first->pos.line, first->pos.col,
                                      first->pos.end_line, first->pos.end_col,
                                      "cannot use starred expression here");
        }
        return first; /* a group keeps the inner position, as in CPython */
    }
    if (kind(p) != RT_TOK_COMMA) {
        const rt_token *t = cur(p);
        if (t->kind == RT_TOK_NAME || t->kind == RT_TOK_NUMBER || t->kind == RT_TOK_STRING)
            /* `(1 2)`; CPython's hint for `(*a b)` covers `a b` */
            return display_end(p, first->kind == RT_EXPR_STARRED ? first->u.starred.value : first,
                               RT_TOK_RPAR);
        return rt__p_invalid(p);
    }
    rt_ast_expr *tup = rt__expr_new(p, RT_EXPR_TUPLE, open);
    elist l = {{NULL, 0}, 0};
    if (!tup || rt__p_epush(p, &l, first) < 0)
        return NULL;
    while (accept(p, RT_TOK_COMMA)) {
        if (kind(p) == RT_TOK_RPAR)
            break;
        rt_ast_expr *x = named_or_star(p);
        if (!x || rt__p_epush(p, &l, x) < 0)
            return NULL;
    }
    if (kind(p) != RT_TOK_RPAR && !display_end(p, l.l.v[l.l.n - 1], RT_TOK_RPAR))
        return NULL;
    if (!rt__p_expect(p, RT_TOK_RPAR))
        return NULL;
    tup->u.seq.elts = l.l;
    return rt__p_finish(p, tup);
}

static rt_ast_expr *list_display(parser *p)
{
    const rt_token *open = cur(p);
    advance(p);
    rt_ast_expr *lst = rt__expr_new(p, RT_EXPR_LIST, open);
    if (!lst)
        return NULL;
    if (accept(p, RT_TOK_RSQB))
        return rt__p_finish(p, lst);
    rt_ast_expr *first = named_or_star(p);
    if (!first)
        return NULL;
    if (comp_for_starts(p)) {
        if (first->kind == RT_EXPR_STARRED)
            return rt__p_invalid(p);
        rt_ast_expr *c = comprehension(p, RT_EXPR_LISTCOMP, open, first, NULL);
        if (!c || !rt__p_expect(p, RT_TOK_RSQB))
            return NULL;
        return rt__p_finish(p, c);
    }
    elist l = {{NULL, 0}, 0};
    if (rt__p_epush(p, &l, first) < 0)
        return NULL;
    while (accept(p, RT_TOK_COMMA)) {
        if (kind(p) == RT_TOK_RSQB)
            break;
        rt_ast_expr *x = named_or_star(p);
        if (!x || rt__p_epush(p, &l, x) < 0)
            return NULL;
    }
    if (kind(p) != RT_TOK_RSQB && !display_end(p, l.l.v[l.l.n - 1], RT_TOK_RSQB))
        return NULL;
    if (!rt__p_expect(p, RT_TOK_RSQB))
        return NULL;
    lst->u.seq.elts = l.l;
    return rt__p_finish(p, lst);
}

/* After a dictionary key, at its ':': the value, or CPython's errors for a
 * missing one ("{a: }") and a starred one ("{a: *b}"). */
static rt_ast_expr *dict_value(parser *p)
{
    const rt_token *colon = cur(p);
    if (!rt__p_expect(p, RT_TOK_COLON))
        return NULL;
    if ((kind(p) == RT_TOK_RBRACE || kind(p) == RT_TOK_COMMA) && !p->lexvec->failed)
        return rt__parse_error_at(p, "SyntaxError", colon->line, colon->col, colon->end_line,
                                  colon->end_col,
                                  "expression expected after dictionary key and ':'");
    if (kind(p) == RT_TOK_STAR && !p->lexvec->failed) {
        const rt_token *star = cur(p);
        advance(p);
        const rt_ast_expr *operand = rt__p_bitwise_or(p);
        if (!operand)
            return NULL;
        return rt__parse_error_at(p, "SyntaxError", star->line, star->col, operand->pos.end_line,
                                  operand->pos.end_col,
                                  "cannot use a starred expression in a dictionary value");
    }
    return rt__p_expression(p);
}

/* { ... }: dict, set, or their comprehensions. */
static rt_ast_expr *brace_display(parser *p)
{
    const rt_token *open = cur(p);
    advance(p);
    if (accept(p, RT_TOK_RBRACE))
        return rt__p_finish(p, rt__expr_new(p, RT_EXPR_DICT, open));
    elist keys = {{NULL, 0}, 0}, vals = {{NULL, 0}, 0};
    int is_dict;
    rt_ast_expr *k = NULL, *v;
    if (kind(p) == RT_TOK_DOUBLESTAR) {
        advance(p);
        is_dict = 1;
        if (!(v = rt__p_bitwise_or(p)))
            return NULL;
    } else {
        bool parenthesized = kind(p) == RT_TOK_LPAR;
        if (!(k = named_or_star(p)))
            return NULL;
        is_dict = kind(p) == RT_TOK_COLON;
        if (is_dict) {
            /* a key is an expression: `{y := 1: 2}` needs parentheses */
            if (k->kind == RT_EXPR_STARRED || (k->kind == RT_EXPR_NAMEDEXPR && !parenthesized))
                return rt__p_invalid(p);
            if (!(v = dict_value(p)))
                return NULL;
            if (comp_for_starts(p)) {
                rt_ast_expr *c = comprehension(p, RT_EXPR_DICTCOMP, open, k, v);
                if (!c || !rt__p_expect(p, RT_TOK_RBRACE))
                    return NULL;
                return rt__p_finish(p, c);
            }
        } else {
            v = k;
            if (comp_for_starts(p)) {
                if (k->kind == RT_EXPR_STARRED)
                    return rt__p_invalid(p);
                rt_ast_expr *c = comprehension(p, RT_EXPR_SETCOMP, open, k, NULL);
                if (!c || !rt__p_expect(p, RT_TOK_RBRACE))
                    return NULL;
                return rt__p_finish(p, c);
            }
        }
    }
    if ((is_dict && rt__p_epush(p, &keys, k) < 0) || rt__p_epush(p, &vals, v) < 0)
        return NULL;
    while (accept(p, RT_TOK_COMMA)) {
        if (kind(p) == RT_TOK_RBRACE)
            break;
        if (is_dict) {
            if (accept(p, RT_TOK_DOUBLESTAR)) {
                k = NULL;
                if (!(v = rt__p_bitwise_or(p)))
                    return NULL;
            } else {
                if (!(k = rt__p_expression(p)))
                    return NULL;
                if (kind(p) != RT_TOK_COLON && !p->lexvec->failed)
                    /* CPython's invalid_kvpair: at the key's last character */
                    return rt__parse_error_at(p, "SyntaxError", k->pos.end_line, k->pos.end_col - 1,
                                              k->pos.end_line, -1,
                                              "':' expected after dictionary key");
                if (!(v = dict_value(p)))
                    return NULL;
            }
            if (rt__p_epush(p, &keys, k) < 0 || rt__p_epush(p, &vals, v) < 0)
                return NULL;
        } else {
            if (!(v = named_or_star(p)) || rt__p_epush(p, &vals, v) < 0)
                return NULL;
        }
    }
    /* after a `**mapping` entry CPython has no comma hint */
    if (kind(p) != RT_TOK_RBRACE && !(is_dict && keys.l.v[keys.l.n - 1] == NULL) &&
        !display_end(p, vals.l.v[vals.l.n - 1], RT_TOK_RBRACE))
        return NULL;
    if (!rt__p_expect(p, RT_TOK_RBRACE))
        return NULL;
    rt_ast_expr *e = rt__expr_new(p, is_dict ? RT_EXPR_DICT : RT_EXPR_SET, open);
    if (!e)
        return NULL;
    if (is_dict) {
        e->u.dict.keys = keys.l;
        e->u.dict.values = vals.l;
    } else {
        e->u.set.elts = vals.l;
    }
    return rt__p_finish(p, e);
}

static rt_ast_expr *atom(parser *p)
{
    const rt_token *t = cur(p);
    rt_ast_expr *e;
    switch (t->kind) {
    case RT_TOK_NAME:
        e = rt__expr_new(p, RT_EXPR_NAME, t);
        if (!e)
            return NULL;
        e->u.name.id = rt__p_tok_str(p, t);
        e->u.name.res.slot = -1;
        advance(p);
        return e->u.name.id.s ? e : NULL;
    case RT_TOK_NUMBER: return number(p);
    case RT_TOK_STRING: return rt__parse_strings(p);
    case RT_TOK_KW_TRUE:
    case RT_TOK_KW_FALSE:
    case RT_TOK_KW_NONE:
    case RT_TOK_ELLIPSIS:
        e = rt__expr_new(p, RT_EXPR_CONSTANT, t);
        if (!e)
            return NULL;
        e->u.constant.kind = t->kind == RT_TOK_KW_TRUE    ? RT_CONST_TRUE
                             : t->kind == RT_TOK_KW_FALSE ? RT_CONST_FALSE
                             : t->kind == RT_TOK_KW_NONE  ? RT_CONST_NONE
                                                          : RT_CONST_ELLIPSIS;
        advance(p);
        return e;
    case RT_TOK_LPAR: return paren(p);
    case RT_TOK_LSQB: return list_display(p);
    case RT_TOK_LBRACE: return brace_display(p);
    default: return rt__p_invalid(p);
    }
}

/* Call arguments from '(' to ')' (also a class's bases and keywords). */
rt_ast_expr *rt__p_call_args(parser *p, rt_ast_expr *func)
{
    rt_ast_expr *call = expr_at(p, RT_EXPR_CALL, func);
    if (!call)
        return NULL;
    call->u.call.func = func;
    const rt_token *open = cur(p);
    advance(p);
    elist args = {{NULL, 0}, 0};
    int kcap = 0, nk = 0, seen_kwunpack = 0;
    const char *late = NULL; /* a positional argument after a keyword one */
    rt_ast_keyword *kws = NULL;
    while (kind(p) != RT_TOK_RPAR) {
        const rt_token *t = cur(p);
        if (kind(p) == RT_TOK_DOUBLESTAR) {
            advance(p);
            rt_ast_expr *v = rt__p_expression(p);
            if (!v || rt__p_grow(p, (void **)&kws, &kcap, nk, sizeof *kws) < 0)
                return NULL;
            kws[nk].value = v;
            rt__p_pos_from(&kws[nk].pos, t);
            kws[nk].pos.end_line = v->pos.end_line;
            kws[nk].pos.end_col = v->pos.end_col;
            nk++;
            seen_kwunpack = 1;
        } else if (kind(p) == RT_TOK_STAR) {
            advance(p);
            rt_ast_expr *s = rt__expr_new(p, RT_EXPR_STARRED, t);
            if (!s || !(s->u.starred.value = rt__p_expression(p)))
                return NULL;
            rt__p_finish(p, s);
            if (seen_kwunpack)
                return rt__parse_error_at(p, "SyntaxError", t->line, t->col, t->end_line,
                                          t->end_col,
                                          "iterable argument unpacking follows keyword "
                                          "argument unpacking");
            if (rt__p_epush(p, &args, s) < 0)
                return NULL;
        } else if (kind(p) == RT_TOK_NAME && peek_kind(p, 1) == RT_TOK_EQUAL) {
            advance(p);
            advance(p);
            rt_ast_expr *v = rt__p_expression(p);
            if (!v || rt__p_grow(p, (void **)&kws, &kcap, nk, sizeof *kws) < 0)
                return NULL;
            kws[nk].arg = rt__p_tok_str(p, t);
            kws[nk].value = v;
            rt__p_pos_from(&kws[nk].pos, t);
            kws[nk].pos.end_line = v->pos.end_line;
            kws[nk].pos.end_col = v->pos.end_col;
            for (int i = 0; i < nk; i++)
                if (kws[i].arg.s && kws[i].arg.len == t->len &&
                    memcmp(kws[i].arg.s, t->start, t->len) == 0)
                    return rt__parse_error_at(p, "SyntaxError", t->line, t->col, v->pos.end_line,
                                              v->pos.end_col, "keyword argument repeated: %.*s",
                                              (int)t->len, t->start);
            nk++;
        } else {
            rt_ast_expr *a = rt__p_named_expression(p);
            if (!a)
                return NULL;
            if (comp_for_starts(p)) {
                rt_ast_expr *g = comprehension(p, RT_EXPR_GENERATOREXP, t, a, NULL);
                if (!g)
                    return NULL;
                rt__p_finish(p, g);
                if (args.l.n || nk || kind(p) != RT_TOK_RPAR) {
                    return rt__parse_error_at(p, "SyntaxError", g->pos.line, g->pos.col,
                                              g->pos.end_line, g->pos.end_col,
                                              "Generator expression must be parenthesized");
                }
                g->pos.line = open->line; /* f(x for x in y): CPython spans the parens */
                g->pos.col = open->col;
                a = g;
            }
            if (nk && !late) /* reported after the rest of the arguments, as CPython does */
                late = seen_kwunpack ? "positional argument follows keyword argument unpacking"
                                     : "positional argument follows keyword argument";
            if (!late && rt__p_epush(p, &args, a) < 0)
                return NULL;
        }
        if (!accept(p, RT_TOK_COMMA))
            break;
    }
    if (late) /* at the token after the arguments (the one that ended them) */
        return rt__parse_error_at(p, "SyntaxError", cur(p)->line, cur(p)->col, cur(p)->end_line,
                                  cur(p)->end_col, "%s", late);
    if (kind(p) != RT_TOK_RPAR) {
        const rt_token *t = cur(p);
        if (!p->lexvec->failed && args.l.n &&
            (t->kind == RT_TOK_NAME || t->kind == RT_TOK_NUMBER || t->kind == RT_TOK_STRING)) {
            rt_ast_expr *last = args.l.v[args.l.n - 1];
            return rt__parse_error_at(p, "SyntaxError", last->pos.line, last->pos.col, t->end_line,
                                      t->end_col, "invalid syntax. Perhaps you forgot a comma?");
        }
        return rt__p_expect(p, RT_TOK_RPAR);
    }
    advance(p);
    if (args.l.n == 1 && args.l.v[0]->kind == RT_EXPR_GENERATOREXP && nk == 0)
        args.l.v[0]->pos.end_col = prev(p)->end_col, args.l.v[0]->pos.end_line = prev(p)->end_line;
    call->u.call.args = args.l;
    call->u.call.keywords = kws;
    call->u.call.nkeywords = nk;
    return rt__p_finish(p, call);
}

/* One slice item: expr, or [lo]:[hi][:[step]]. */
static rt_ast_expr *slice_item(parser *p)
{
    const rt_token *t = cur(p);
    rt_ast_expr *lo = NULL;
    if (kind(p) != RT_TOK_COLON) {
        if (kind(p) == RT_TOK_STAR) {
            advance(p);
            rt_ast_expr *s = rt__expr_new(p, RT_EXPR_STARRED, t);
            if (!s || !(s->u.starred.value = rt__p_bitwise_or(p)))
                return NULL;
            return rt__p_finish(p, s);
        }
        if (!(lo = rt__p_named_expression(p)))
            return NULL;
        if (kind(p) != RT_TOK_COLON || lo->kind == RT_EXPR_NAMEDEXPR)
            return lo;
    }
    rt_ast_expr *s = rt__expr_new(p, RT_EXPR_SLICE, t);
    if (!s)
        return NULL;
    s->u.slice.lower = lo;
    advance(p); /* ':' */
    if (kind(p) != RT_TOK_COLON && kind(p) != RT_TOK_RSQB && kind(p) != RT_TOK_COMMA &&
        !(s->u.slice.upper = rt__p_expression(p)))
        return NULL;
    if (accept(p, RT_TOK_COLON)) {
        if (kind(p) != RT_TOK_RSQB && kind(p) != RT_TOK_COMMA &&
            !(s->u.slice.step = rt__p_expression(p)))
            return NULL;
    }
    return rt__p_finish(p, s);
}

static rt_ast_expr *subscript(parser *p, rt_ast_expr *value)
{
    rt_ast_expr *e = expr_at(p, RT_EXPR_SUBSCRIPT, value);
    if (!e)
        return NULL;
    e->u.subscript.value = value;
    advance(p); /* '[' */
    const rt_token *st = cur(p);
    rt_ast_expr *first = slice_item(p);
    if (!first)
        return NULL;
    if (kind(p) == RT_TOK_COMMA) {
        elist l = {{NULL, 0}, 0};
        if (rt__p_epush(p, &l, first) < 0)
            return NULL;
        while (accept(p, RT_TOK_COMMA)) {
            if (kind(p) == RT_TOK_RSQB)
                break;
            rt_ast_expr *x = slice_item(p);
            if (!x || rt__p_epush(p, &l, x) < 0)
                return NULL;
        }
        rt_ast_expr *tup = rt__expr_new(p, RT_EXPR_TUPLE, st);
        if (!tup)
            return NULL;
        tup->u.seq.elts = l.l;
        rt__p_finish(p, tup);
        first = tup;
    }
    if (!rt__p_expect(p, RT_TOK_RSQB))
        return NULL;
    e->u.subscript.slice = first;
    return rt__p_finish(p, e);
}

static rt_ast_expr *primary(parser *p)
{
    rt_ast_expr *e = atom(p);
    while (e) {
        if (kind(p) == RT_TOK_DOT) {
            advance(p);
            if (kind(p) != RT_TOK_NAME)
                return rt__p_invalid(p);
            rt_ast_expr *a = expr_at(p, RT_EXPR_ATTRIBUTE, e);
            if (!a)
                return NULL;
            a->u.attribute.value = e;
            a->u.attribute.attr = rt__p_tok_str(p, cur(p));
            advance(p);
            e = rt__p_finish(p, a);
        } else if (kind(p) == RT_TOK_LPAR) {
            e = rt__p_call_args(p, e);
        } else if (kind(p) == RT_TOK_LSQB) {
            e = subscript(p, e);
        } else {
            break;
        }
    }
    return e;
}

static rt_ast_expr *factor(parser *p);

/* power: primary ['**' factor] (right-assoc; binds tighter than a unary
 * minus on its left: -2**2 == -(2**2)). */
static rt_ast_expr *power(parser *p)
{
    rt_ast_expr *base;
    if (kind(p) == RT_TOK_KW_AWAIT) {
        /* await_primary: 'await' primary; where it may stand the scope
         * pass reports */
        const rt_token *t = cur(p);
        advance(p);
        rt_ast_expr *aw = rt__expr_new(p, RT_EXPR_YIELDFROM, t);
        if (!aw || !(aw->u.yield.value = primary(p)))
            return NULL;
        aw->u.yield.is_await = 1;
        base = rt__p_finish(p, aw);
    } else {
        base = primary(p);
    }
    if (!base || kind(p) != RT_TOK_DOUBLESTAR)
        return base;
    advance(p);
    if (rt__p_enter2(p) < 0)
        return NULL;
    rt_ast_expr *ex = factor(p);
    p->depth -= 2;
    if (!ex)
        return NULL;
    rt_ast_expr *e = expr_at(p, RT_EXPR_BINOP, base);
    if (!e)
        return NULL;
    e->u.binop.left = base;
    e->u.binop.op = RT_BINOP_POW;
    e->u.binop.right = ex;
    return rt__p_finish(p, e);
}

static rt_ast_expr *factor(parser *p)
{
    rt_ast_unaryop op;
    switch (kind(p)) {
    case RT_TOK_MINUS: op = RT_UNARY_USUB; break;
    case RT_TOK_PLUS: op = RT_UNARY_UADD; break;
    case RT_TOK_TILDE: op = RT_UNARY_INVERT; break;
    default: return power(p);
    }
    if (rt__p_enter(p) < 0)
        return NULL;
    const rt_token *t = cur(p);
    advance(p);
    rt_ast_expr *operand = factor(p);
    p->depth--;
    if (!operand)
        return NULL;
    rt_ast_expr *e = rt__expr_new(p, RT_EXPR_UNARYOP, t);
    if (!e)
        return NULL;
    e->u.unaryop.op = op;
    e->u.unaryop.operand = operand;
    return rt__p_finish(p, e);
}

/* Binary operator precedence (higher binds tighter); 0: not a binary op. */
static int binop_prec(rt_tok_kind k, rt_ast_binop *op)
{
    switch (k) {
    case RT_TOK_VBAR: *op = RT_BINOP_BITOR; return 1;
    case RT_TOK_CIRCUMFLEX: *op = RT_BINOP_BITXOR; return 2;
    case RT_TOK_AMPER: *op = RT_BINOP_BITAND; return 3;
    case RT_TOK_LEFTSHIFT: *op = RT_BINOP_LSHIFT; return 4;
    case RT_TOK_RIGHTSHIFT: *op = RT_BINOP_RSHIFT; return 4;
    case RT_TOK_PLUS: *op = RT_BINOP_ADD; return 5;
    case RT_TOK_MINUS: *op = RT_BINOP_SUB; return 5;
    case RT_TOK_STAR: *op = RT_BINOP_MULT; return 6;
    case RT_TOK_SLASH: *op = RT_BINOP_DIV; return 6;
    case RT_TOK_DOUBLESLASH: *op = RT_BINOP_FLOORDIV; return 6;
    case RT_TOK_PERCENT: *op = RT_BINOP_MOD; return 6;
    case RT_TOK_AT: *op = RT_BINOP_MATMULT; return 6;
    default: return 0;
    }
}

/* Precedence climbing over the left-associative binary operators. */
static rt_ast_expr *binary(parser *p, int min_prec)
{
    if (rt__p_enter(p) < 0)
        return NULL;
    rt_ast_expr *left = factor(p);
    while (left) {
        rt_ast_binop op;
        int prec = binop_prec(kind(p), &op);
        if (prec == 0 || prec < min_prec)
            break;
        advance(p);
        rt_ast_expr *right = binary(p, prec + 1);
        if (!right) {
            left = NULL;
            break;
        }
        rt_ast_expr *e = expr_at(p, RT_EXPR_BINOP, left);
        if (!e) {
            left = NULL;
            break;
        }
        e->u.binop.left = left;
        e->u.binop.op = op;
        e->u.binop.right = right;
        left = rt__p_finish(p, e);
    }
    p->depth--;
    return left;
}

rt_ast_expr *rt__p_bitwise_or(parser *p)
{
    return binary(p, 1);
}

static int cmp_op(parser *p, rt_ast_cmpop *op)
{
    switch (kind(p)) {
    case RT_TOK_EQEQUAL: *op = RT_ASTCMP_EQ; break;
    case RT_TOK_NOTEQUAL: *op = RT_ASTCMP_NOTEQ; break;
    case RT_TOK_LESS: *op = RT_ASTCMP_LT; break;
    case RT_TOK_LESSEQUAL: *op = RT_ASTCMP_LTE; break;
    case RT_TOK_GREATER: *op = RT_ASTCMP_GT; break;
    case RT_TOK_GREATEREQUAL: *op = RT_ASTCMP_GTE; break;
    case RT_TOK_KW_IN: *op = RT_ASTCMP_IN; break;
    case RT_TOK_KW_NOT:
        if (peek_kind(p, 1) != RT_TOK_KW_IN)
            return 0;
        advance(p);
        *op = RT_ASTCMP_NOTIN;
        break;
    case RT_TOK_KW_IS:
        if (peek_kind(p, 1) == RT_TOK_KW_NOT) {
            advance(p);
            *op = RT_ASTCMP_ISNOT;
        } else {
            *op = RT_ASTCMP_IS;
        }
        break;
    default: return 0;
    }
    advance(p);
    return 1;
}

static rt_ast_expr *comparison(parser *p)
{
    rt_ast_expr *left = rt__p_bitwise_or(p);
    if (!left)
        return NULL;
    rt_ast_cmpop op;
    if (!cmp_op(p, &op))
        return left;
    rt_ast_expr *e = expr_at(p, RT_EXPR_COMPARE, left);
    if (!e)
        return NULL;
    e->u.compare.left = left;
    elist comps = {{NULL, 0}, 0};
    int ocap = 0;
    rt_ast_cmpop *ops = NULL;
    do {
        rt_ast_expr *r = rt__p_bitwise_or(p);
        if (!r || rt__p_epush(p, &comps, r) < 0 ||
            rt__p_grow(p, (void **)&ops, &ocap, comps.l.n - 1, sizeof *ops) < 0)
            return NULL;
        ops[comps.l.n - 1] = op;
    } while (cmp_op(p, &op));
    e->u.compare.ops = ops;
    e->u.compare.comparators = comps.l;
    return rt__p_finish(p, e);
}

static rt_ast_expr *inversion(parser *p)
{
    if (kind(p) != RT_TOK_KW_NOT)
        return comparison(p);
    if (rt__p_enter(p) < 0)
        return NULL;
    const rt_token *t = cur(p);
    advance(p);
    rt_ast_expr *operand = inversion(p);
    p->depth--;
    if (!operand)
        return NULL;
    rt_ast_expr *e = rt__expr_new(p, RT_EXPR_UNARYOP, t);
    if (!e)
        return NULL;
    e->u.unaryop.op = RT_UNARY_NOT;
    e->u.unaryop.operand = operand;
    return rt__p_finish(p, e);
}

static rt_ast_expr *boolop(parser *p, rt_tok_kind tk, rt_ast_boolop op,
                           rt_ast_expr *(*sub)(parser *))
{
    rt_ast_expr *first = sub(p);
    if (!first || kind(p) != tk)
        return first;
    elist l = {{NULL, 0}, 0};
    if (rt__p_epush(p, &l, first) < 0)
        return NULL;
    while (accept(p, tk)) {
        rt_ast_expr *x = sub(p);
        if (!x || rt__p_epush(p, &l, x) < 0)
            return NULL;
    }
    rt_ast_expr *e = expr_at(p, RT_EXPR_BOOLOP, first);
    if (!e)
        return NULL;
    e->u.boolop.op = op;
    e->u.boolop.values = l.l;
    return rt__p_finish(p, e);
}

static rt_ast_expr *conjunction(parser *p)
{
    return boolop(p, RT_TOK_KW_AND, RT_BOOL_AND, inversion);
}

static rt_ast_expr *disjunction(parser *p)
{
    return boolop(p, RT_TOK_KW_OR, RT_BOOL_OR, conjunction);
}

static rt_ast_expr *lambdef(parser *p)
{
    const rt_token *t = cur(p);
    advance(p);
    if (rt__p_enter2(p) < 0)
        return NULL;
    rt_ast_expr *e = rt__expr_new(p, RT_EXPR_LAMBDA, t);
    if (!e || !(e->u.lambda.args = rt__p_parameters(p, RT_TOK_COLON, 1)))
        return NULL;
    if (!rt__p_expect(p, RT_TOK_COLON))
        return NULL;
    e->u.lambda.body = rt__p_expression(p);
    p->depth -= 2;
    if (!e->u.lambda.body)
        return NULL;
    return rt__p_finish(p, e);
}

/* yield_expr: 'yield' 'from' expression | 'yield' [star_expressions].
 * Where it may stand (a statement, the right of an assignment, inside
 * parentheses) is the callers' business; where it may not (outside a
 * function, in a comprehension) the scope pass reports. */
rt_ast_expr *rt__p_yield_expr(parser *p)
{
    const rt_token *t = cur(p);
    advance(p);
    if (accept(p, RT_TOK_KW_FROM)) {
        rt_ast_expr *e = rt__expr_new(p, RT_EXPR_YIELDFROM, t);
        if (!e || !(e->u.yield.value = rt__p_expression(p)))
            return NULL;
        return rt__p_finish(p, e);
    }
    rt_ast_expr *e = rt__expr_new(p, RT_EXPR_YIELD, t);
    if (!e)
        return NULL;
    if (rt__p_starts_expression(kind(p)) && !(e->u.yield.value = rt__p_star_expressions(p)))
        return NULL;
    return rt__p_finish(p, e);
}

rt_ast_expr *rt__p_expression(parser *p)
{
    if (kind(p) == RT_TOK_KW_LAMBDA)
        return lambdef(p);
    if (rt__p_enter(p) < 0)
        return NULL;
    rt_ast_expr *body = disjunction(p);
    if (body && kind(p) == RT_TOK_KW_IF) {
        advance(p);
        rt_ast_expr *test = disjunction(p);
        if (!test) {
            body = NULL;
        } else if (kind(p) != RT_TOK_KW_ELSE) {
            if (p->lexvec->failed)
                body = rt__p_invalid(p);
            else
                body = rt__parse_error_at(p, "SyntaxError", body->pos.line, body->pos.col,
                                          test->pos.end_line, test->pos.end_col,
                                          "expected 'else' after 'if' expression");
        } else {
            advance(p);
            rt_ast_expr *orelse = rt__p_expression(p);
            rt_ast_expr *e = orelse ? expr_at(p, RT_EXPR_IFEXP, body) : NULL;
            if (e) {
                e->u.ifexp.test = test;
                e->u.ifexp.body = body;
                e->u.ifexp.orelse = orelse;
                rt__p_finish(p, e);
            }
            body = e;
        }
    }
    p->depth--;
    return body;
}

rt_ast_expr *rt__p_named_expression(parser *p)
{
    if (kind(p) == RT_TOK_NAME && peek_kind(p, 1) == RT_TOK_COLONEQUAL) {
        const rt_token *t = cur(p);
        rt_ast_expr *target = rt__expr_new(p, RT_EXPR_NAME, t);
        if (!target)
            return NULL;
        target->u.name.id = rt__p_tok_str(p, t);
        target->u.name.ctx = RT_CTX_STORE;
        target->u.name.res.slot = -1;
        advance(p);
        rt__p_finish(p, target);
        advance(p); /* ':=' */
        rt_ast_expr *value = rt__p_expression(p);
        rt_ast_expr *e = value ? expr_at(p, RT_EXPR_NAMEDEXPR, target) : NULL;
        if (!e)
            return NULL;
        e->u.namedexpr.target = target;
        e->u.namedexpr.value = value;
        return rt__p_finish(p, e);
    }
    rt_ast_expr *e = rt__p_expression(p);
    if (e && kind(p) == RT_TOK_COLONEQUAL && !p->lexvec->failed)
        return rt__parse_error_at(p, "SyntaxError", e->pos.line, e->pos.col, e->pos.end_line,
                                  e->pos.end_col, "cannot use assignment expressions with %s",
                                  rt__p_expr_name(e));
    return e;
}

/* '*' bitwise_or, or else the element `rest` parses. */
static rt_ast_expr *starred_or(parser *p, rt_ast_expr *(*rest)(parser *))
{
    if (kind(p) == RT_TOK_STAR) {
        const rt_token *t = cur(p);
        advance(p);
        rt_ast_expr *s = rt__expr_new(p, RT_EXPR_STARRED, t);
        if (!s || !(s->u.starred.value = rt__p_bitwise_or(p)))
            return NULL;
        return rt__p_finish(p, s);
    }
    return rest(p);
}

/* An element of a display or parenthesized tuple: '*' bitwise_or | named_expression. */
static rt_ast_expr *named_or_star(parser *p)
{
    return starred_or(p, rt__p_named_expression);
}

/* An element of star_expressions (statement level: no walrus): '*' bitwise_or | expression. */
static rt_ast_expr *star_expression(parser *p)
{
    return starred_or(p, rt__p_expression);
}

rt_ast_expr *rt__p_star_named_expression(parser *p)
{
    return named_or_star(p);
}

rt_ast_expr *rt__p_number(parser *p)
{
    return number(p);
}

int rt__p_starts_expression(rt_tok_kind k)
{
    switch (k) {
    case RT_TOK_NAME:
    case RT_TOK_NUMBER:
    case RT_TOK_STRING:
    case RT_TOK_LPAR:
    case RT_TOK_LSQB:
    case RT_TOK_LBRACE:
    case RT_TOK_MINUS:
    case RT_TOK_PLUS:
    case RT_TOK_TILDE:
    case RT_TOK_KW_NOT:
    case RT_TOK_KW_LAMBDA:
    case RT_TOK_KW_AWAIT:
    case RT_TOK_KW_TRUE:
    case RT_TOK_KW_FALSE:
    case RT_TOK_KW_NONE:
    case RT_TOK_ELLIPSIS:
    case RT_TOK_STAR: return 1;
    default: return 0;
    }
}

/* star_expressions: a, *b, c  -> Tuple when there is a comma. */
rt_ast_expr *rt__p_star_expressions(parser *p)
{
    const rt_token *t = cur(p);
    rt_ast_expr *first = star_expression(p);
    if (!first || kind(p) != RT_TOK_COMMA)
        return first;
    elist l = {{NULL, 0}, 0};
    if (rt__p_epush(p, &l, first) < 0)
        return NULL;
    while (accept(p, RT_TOK_COMMA)) {
        if (!rt__p_starts_expression(kind(p)))
            break;
        rt_ast_expr *x = star_expression(p);
        if (!x || rt__p_epush(p, &l, x) < 0)
            return NULL;
    }
    rt_ast_expr *tup = rt__expr_new(p, RT_EXPR_TUPLE, t);
    if (!tup)
        return NULL;
    tup->pos = first->pos;
    tup->u.seq.elts = l.l;
    return rt__p_finish(p, tup);
}

rt_ast_expr *rt__parse_fstring_expr(rt__parser *p)
{
    if (kind(p) == RT_TOK_ERRORTOKEN && p->lexvec->failed)
        return rt__p_lex_error(p);
    rt_ast_expr *e = rt__p_star_expressions(p);
    if (!e)
        return NULL;
    if (kind(p) != RT_TOK_ENDMARKER) {
        const rt_token *t = cur(p);
        if (!p->lexvec->failed &&
            (t->kind == RT_TOK_NAME || t->kind == RT_TOK_NUMBER || t->kind == RT_TOK_STRING))
            return rt__parse_error_at(p, "SyntaxError", e->pos.line, e->pos.col, t->end_line,
                                      t->end_col, "invalid syntax. Perhaps you forgot a comma?");
        return rt__p_invalid(p);
    }
    return e;
}

/* ---- targets ------------------------------------------------------------ */

const char *rt__p_expr_name(const rt_ast_expr *e)
{
    switch (e->kind) {
    case RT_EXPR_CONSTANT:
        switch (e->u.constant.kind) {
        case RT_CONST_TRUE: return "True";
        case RT_CONST_FALSE: return "False";
        case RT_CONST_NONE: return "None";
        case RT_CONST_ELLIPSIS: return "ellipsis";
        default: return "literal";
        }
    case RT_EXPR_CALL: return "function call";
    case RT_EXPR_BOOLOP:
    case RT_EXPR_BINOP:
    case RT_EXPR_UNARYOP: return "expression";
    case RT_EXPR_COMPARE: return "comparison";
    case RT_EXPR_LAMBDA: return "lambda";
    case RT_EXPR_IFEXP: return "conditional expression";
    case RT_EXPR_LISTCOMP: return "list comprehension";
    case RT_EXPR_SETCOMP: return "set comprehension";
    case RT_EXPR_DICTCOMP: return "dict comprehension";
    case RT_EXPR_GENERATOREXP: return "generator expression";
    case RT_EXPR_DICT: return "dict literal";
    case RT_EXPR_SET: return "set display";
    case RT_EXPR_JOINEDSTR:
    case RT_EXPR_FORMATTEDVALUE: return "f-string expression";
    case RT_EXPR_ATTRIBUTE: return "attribute";
    case RT_EXPR_SUBSCRIPT: return "subscript";
    case RT_EXPR_STARRED: return "starred";
    case RT_EXPR_YIELD:
    case RT_EXPR_YIELDFROM: return "yield expression";
    case RT_EXPR_NAME: return "name";
    case RT_EXPR_NAMEDEXPR: return "named expression";
    case RT_EXPR_LIST: return "list";
    case RT_EXPR_TUPLE: return "tuple";
    default: return "expression";
    }
}

/* Marks e as an assignment/deletion target; reports CPython's message if
 * it cannot be one. in_assign: 1 for `x = ...` (adds the '==' hint at the
 * top level), 2 when nested inside a tuple/list of an assignment. */
int rt__p_set_context(parser *p, rt_ast_expr *e, rt_ast_ctx ctx, int in_assign)
{
    switch (e->kind) {
    case RT_EXPR_NAME: e->u.name.ctx = ctx; return 0;
    case RT_EXPR_ATTRIBUTE: e->u.attribute.ctx = ctx; return 0;
    case RT_EXPR_SUBSCRIPT: e->u.subscript.ctx = ctx; return 0;
    case RT_EXPR_STARRED:
        if (ctx == RT_CTX_DEL)
            break;
        e->u.starred.ctx = ctx;
        return rt__p_set_context(p, e->u.starred.value, ctx, in_assign ? 2 : 0);
    case RT_EXPR_LIST:
    case RT_EXPR_TUPLE: {
        /* a, *b, *c = d parses: two starred targets are the compiler's error */
        e->u.seq.ctx = ctx;
        for (int i = 0; i < e->u.seq.elts.n; i++) {
            rt_ast_expr *x = e->u.seq.elts.v[i];
            if (rt__p_set_context(p, x, ctx, in_assign ? 2 : 0) < 0)
                return -1;
        }
        return 0;
    }
    default: break;
    }
    const char *what = rt__p_expr_name(e);
    if (ctx == RT_CTX_DEL)
        rt__parse_error_at(p, "SyntaxError", e->pos.line, e->pos.col, e->pos.end_line,
                           e->pos.end_col, "cannot delete %s", what);
    else if (in_assign && !(e->kind == RT_EXPR_CONSTANT && (e->u.constant.kind == RT_CONST_TRUE ||
                                                            e->u.constant.kind == RT_CONST_FALSE ||
                                                            e->u.constant.kind == RT_CONST_NONE)))
        rt__parse_error_at(p, "SyntaxError", e->pos.line, e->pos.col, e->pos.end_line,
                           e->pos.end_col,
                           "cannot assign to %s here. Maybe you meant '==' instead of '='?", what);
    else
        rt__parse_error_at(p, "SyntaxError", e->pos.line, e->pos.col, e->pos.end_line,
                           e->pos.end_col, "cannot assign to %s", what);
    return -1;
}
