/* parse_match.c: the match statement (PEP 634): `match` and `case` are soft
 * keywords, so a statement starting with the name `match` is a match
 * statement only when its line ends in ':' and an indented block of `case`
 * clauses follows; patterns have a grammar of their own (CPython 3.11's
 * `patterns` rules) and become rt_ast_pattern trees (ast.h). */
#include <stdbool.h>
#include <string.h>

#include "runtime/parse_int.h"

static bool tok_is(const rt_token *t, const char *word)
{
    size_t n = strlen(word);
    return t->kind == RT_TOK_NAME && t->len == n && memcmp(t->start, word, n) == 0;
}

bool rt__p_at_match(const rt__parser *p)
{
    if (!tok_is(cur(p), "match") || !rt__p_starts_expression(peek_kind(p, 1)))
        return false;
    /* the logical line ends at the first NEWLINE (newlines inside brackets
     * are no tokens) */
    size_t j = p->i + 1;
    while (j < p->n && p->t[j].kind != RT_TOK_NEWLINE && p->t[j].kind != RT_TOK_ENDMARKER)
        j++;
    /* `match x:` then the case block; also its broken forms, so that they
     * get CPython's errors: no ':' ("expected ':'"), no indentation */
    if (j + 1 >= p->n)
        return false;
    if (p->t[j - 1].kind == RT_TOK_COLON && tok_is(&p->t[j + 1], "case"))
        return true;
    return j + 2 < p->n && p->t[j + 1].kind == RT_TOK_INDENT && tok_is(&p->t[j + 2], "case");
}

/* ---- pattern nodes ---------------------------------------------------------- */

static rt_ast_pattern *pat_new(rt__parser *p, rt_ast_pattern_kind k, const rt_token *start)
{
    rt_ast_pattern *pt = rt_ast_alloc(p->a, sizeof *pt);
    if (!pt)
        return rt__parse_oom(p);
    memset(pt, 0, sizeof *pt);
    pt->kind = k;
    rt__p_pos_from(&pt->pos, start);
    return pt;
}

static rt_ast_pattern *pat_finish(rt__parser *p, rt_ast_pattern *pt)
{
    if (pt) {
        const rt_token *t = prev(p);
        pt->pos.end_line = t->end_line;
        pt->pos.end_col = t->end_col;
    }
    return pt;
}

/* A growable array of pattern pointers in the arena. */
typedef struct plist {
    rt_ast_pattern **v;
    int n, cap;
} plist;

static int plist_push(rt__parser *p, plist *l, rt_ast_pattern *pt)
{
    if (rt__p_grow(p, (void **)&l->v, &l->cap, l->n, sizeof *l->v) < 0)
        return -1;
    l->v[l->n++] = pt;
    return 0;
}

/* The Name expression (ctx Store) a capture binds. */
static rt_ast_expr *capture_name(rt__parser *p, const rt_token *t)
{
    rt_ast_expr *e = rt__expr_new(p, RT_EXPR_NAME, t);
    if (!e)
        return NULL;
    e->u.name.id = rt__p_tok_str(p, t);
    e->u.name.ctx = RT_CTX_STORE;
    e->u.name.res.slot = -1;
    e->pos.end_line = t->end_line;
    e->pos.end_col = t->end_col;
    return e;
}

/* name_or_attr: NAME ('.' NAME)*, as a Load expression. */
static rt_ast_expr *name_or_attr(rt__parser *p)
{
    const rt_token *t = cur(p);
    rt_ast_expr *e = rt__expr_new(p, RT_EXPR_NAME, t);
    if (!e)
        return NULL;
    e->u.name.id = rt__p_tok_str(p, t);
    e->u.name.ctx = RT_CTX_LOAD;
    e->u.name.res.slot = -1;
    advance(p);
    rt__p_finish(p, e);
    while (kind(p) == RT_TOK_DOT) {
        advance(p);
        if (kind(p) != RT_TOK_NAME)
            return rt__p_invalid(p);
        rt_ast_expr *a = rt__expr_new(p, RT_EXPR_ATTRIBUTE, t);
        if (!a)
            return NULL;
        a->pos = e->pos;
        a->u.attribute.value = e;
        a->u.attribute.attr = rt__p_tok_str(p, cur(p));
        a->u.attribute.ctx = RT_CTX_LOAD;
        advance(p);
        e = rt__p_finish(p, a);
    }
    return e;
}

/* A literal usable as a pattern or a mapping key: a signed number, strings
 * (no f-strings), None, True, False. NULL (error reported) otherwise. */
/* NUMBER or -NUMBER. */
static rt_ast_expr *signed_number(rt__parser *p)
{
    const rt_token *t = cur(p);
    if (kind(p) != RT_TOK_MINUS)
        return rt__p_number(p);
    advance(p);
    if (kind(p) != RT_TOK_NUMBER)
        return rt__p_invalid(p);
    rt_ast_expr *operand = rt__p_number(p);
    rt_ast_expr *e = operand ? rt__expr_new(p, RT_EXPR_UNARYOP, t) : NULL;
    if (!e)
        return NULL;
    e->u.unaryop.op = RT_UNARY_USUB;
    e->u.unaryop.operand = operand;
    return rt__p_finish(p, e);
}

static bool is_imaginary(const rt_ast_expr *e)
{
    if (e->kind == RT_EXPR_UNARYOP)
        e = e->u.unaryop.operand;
    return e->kind == RT_EXPR_CONSTANT && e->u.constant.kind == RT_CONST_IMAG;
}

/* A literal usable as a pattern or a mapping key: a signed number, a
 * complex literal (-1 + 2j), strings (no f-strings), None, True, False.
 * NULL (error reported) otherwise. */
static rt_ast_expr *literal(rt__parser *p)
{
    const rt_token *t = cur(p);
    if (kind(p) == RT_TOK_MINUS || kind(p) == RT_TOK_NUMBER) {
        rt_ast_expr *left = signed_number(p);
        if (!left || (kind(p) != RT_TOK_PLUS && kind(p) != RT_TOK_MINUS) ||
            peek_kind(p, 1) != RT_TOK_NUMBER)
            return left;
        rt_ast_binop op = kind(p) == RT_TOK_PLUS ? RT_BINOP_ADD : RT_BINOP_SUB;
        advance(p);
        const rt_token *im = cur(p);
        rt_ast_expr *right = rt__p_number(p);
        if (!right)
            return NULL;
        if (is_imaginary(left))
            return rt__parse_error_at(p, "SyntaxError", left->pos.line, left->pos.col,
                                      left->pos.end_line, left->pos.end_col,
                                      "real number required in complex literal");
        if (!is_imaginary(right))
            return rt__parse_error_at(p, "SyntaxError", im->line, im->col, im->end_line,
                                      im->end_col, "imaginary number required in complex literal");
        rt_ast_expr *e = rt__expr_new(p, RT_EXPR_BINOP, t);
        if (!e)
            return NULL;
        e->u.binop.left = left;
        e->u.binop.op = op;
        e->u.binop.right = right;
        return rt__p_finish(p, e);
    }
    if (kind(p) == RT_TOK_STRING) {
        rt_ast_expr *e = rt__parse_strings(p);
        if (e && e->kind != RT_EXPR_CONSTANT)
            return rt__parse_error_at(p, "SyntaxError", e->pos.line, e->pos.col, e->pos.end_line,
                                      e->pos.end_col,
                                      "patterns may only match literals and attribute lookups");
        return e;
    }
    rt_ast_const_kind k;
    switch (kind(p)) {
    case RT_TOK_KW_NONE: k = RT_CONST_NONE; break;
    case RT_TOK_KW_TRUE: k = RT_CONST_TRUE; break;
    case RT_TOK_KW_FALSE: k = RT_CONST_FALSE; break;
    default: return rt__p_invalid(p);
    }
    rt_ast_expr *e = rt__expr_new(p, RT_EXPR_CONSTANT, t);
    if (!e)
        return NULL;
    e->u.constant.kind = k;
    advance(p);
    return rt__p_finish(p, e);
}

/* ---- patterns ------------------------------------------------------------------- */

static rt_ast_pattern *as_pattern(rt__parser *p);

/* maybe_star_pattern: '*' (NAME | '_') | pattern */
static rt_ast_pattern *maybe_star(rt__parser *p)
{
    const rt_token *t = cur(p);
    if (kind(p) != RT_TOK_STAR)
        return as_pattern(p);
    advance(p);
    if (kind(p) != RT_TOK_NAME)
        return rt__p_invalid(p);
    rt_ast_pattern *pt = pat_new(p, RT_PAT_STAR, t);
    if (!pt)
        return NULL;
    if (!tok_is(cur(p), "_") && !(pt->u.as.name = capture_name(p, cur(p))))
        return NULL;
    advance(p);
    return pat_finish(p, pt);
}

/* The items of a sequence pattern up to `close` (not consumed). */
static rt_ast_pattern *sequence_items(rt__parser *p, const rt_token *start, rt_tok_kind close,
                                      rt_ast_pattern *first)
{
    plist l = {NULL, 0, 0};
    if (first && plist_push(p, &l, first) < 0)
        return NULL;
    while (kind(p) != close) {
        if (l.n && (!rt__p_expect(p, RT_TOK_COMMA) || kind(p) == close))
            break; /* a trailing comma, or the error the expect reported */
        rt_ast_pattern *x = maybe_star(p);
        if (!x || plist_push(p, &l, x) < 0)
            return NULL;
    }
    if (p->failed)
        return NULL;
    rt_ast_pattern *pt = pat_new(p, RT_PAT_SEQUENCE, start);
    if (!pt)
        return NULL;
    pt->u.seq.v = l.v;
    pt->u.seq.n = l.n;
    return pt;
}

static rt_ast_pattern *mapping_pattern(rt__parser *p)
{
    const rt_token *open = cur(p);
    advance(p);
    rt_ast_pattern *pt = pat_new(p, RT_PAT_MAPPING, open);
    if (!pt)
        return NULL;
    int cap = 0, vcap = 0;
    while (kind(p) != RT_TOK_RBRACE) {
        if (kind(p) == RT_TOK_DOUBLESTAR) {
            advance(p);
            if (kind(p) != RT_TOK_NAME || tok_is(cur(p), "_"))
                return rt__p_invalid(p);
            if (!(pt->u.mapping.rest = capture_name(p, cur(p))))
                return NULL;
            advance(p);
            accept(p, RT_TOK_COMMA);
            break;
        }
        rt_ast_expr *key = kind(p) == RT_TOK_NAME ? name_or_attr(p) : literal(p);
        if (!key)
            return NULL;
        if (key->kind == RT_EXPR_NAME)
            return rt__p_invalid(p); /* a capture cannot be a key */
        if (!rt__p_expect(p, RT_TOK_COLON))
            return NULL;
        rt_ast_pattern *value = as_pattern(p);
        if (!value ||
            rt__p_grow(p, (void **)&pt->u.mapping.keys, &cap, pt->u.mapping.n,
                       sizeof *pt->u.mapping.keys) < 0 ||
            rt__p_grow(p, (void **)&pt->u.mapping.values, &vcap, pt->u.mapping.n,
                       sizeof *pt->u.mapping.values) < 0)
            return NULL;
        pt->u.mapping.keys[pt->u.mapping.n] = key;
        pt->u.mapping.values[pt->u.mapping.n++] = value;
        if (!accept(p, RT_TOK_COMMA))
            break;
    }
    if (!rt__p_expect(p, RT_TOK_RBRACE))
        return NULL;
    return pat_finish(p, pt);
}

static rt_ast_pattern *class_pattern(rt__parser *p, const rt_token *start, rt_ast_expr *cls)
{
    advance(p); /* '(' */
    rt_ast_pattern *pt = pat_new(p, RT_PAT_CLASS, start);
    if (!pt)
        return NULL;
    pt->u.cls.cls = cls;
    plist args = {NULL, 0, 0}, kwds = {NULL, 0, 0};
    int acap = 0;
    while (kind(p) != RT_TOK_RPAR) {
        if (kind(p) == RT_TOK_NAME && peek_kind(p, 1) == RT_TOK_EQUAL) {
            const rt_token *t = cur(p);
            advance(p);
            advance(p);
            rt_ast_pattern *x = as_pattern(p);
            if (!x || plist_push(p, &kwds, x) < 0 ||
                rt__p_grow(p, (void **)&pt->u.cls.kwd_attrs, &acap, kwds.n - 1,
                           sizeof *pt->u.cls.kwd_attrs) < 0)
                return NULL;
            pt->u.cls.kwd_attrs[kwds.n - 1] = rt__p_tok_str(p, t);
        } else {
            rt_ast_pattern *x = as_pattern(p);
            if (!x)
                return NULL;
            if (kwds.n)
                return rt__parse_error_at(p, "SyntaxError", x->pos.line, x->pos.col,
                                          x->pos.end_line, x->pos.end_col,
                                          "positional patterns follow keyword patterns");
            if (plist_push(p, &args, x) < 0)
                return NULL;
        }
        if (!accept(p, RT_TOK_COMMA))
            break;
    }
    if (!rt__p_expect(p, RT_TOK_RPAR))
        return NULL;
    pt->u.cls.args = args.v;
    pt->u.cls.nargs = args.n;
    pt->u.cls.kwd_patterns = kwds.v;
    pt->u.cls.nkwd = kwds.n;
    return pat_finish(p, pt);
}

static rt_ast_pattern *closed_pattern(rt__parser *p)
{
    const rt_token *t = cur(p);
    switch (kind(p)) {
    case RT_TOK_NAME: {
        if (peek_kind(p, 1) != RT_TOK_DOT && peek_kind(p, 1) != RT_TOK_LPAR) {
            /* a capture, or the wildcard `_` */
            rt_ast_pattern *pt = pat_new(p, RT_PAT_AS, t);
            if (!pt || (!tok_is(t, "_") && !(pt->u.as.name = capture_name(p, t))))
                return NULL;
            advance(p);
            return pat_finish(p, pt);
        }
        rt_ast_expr *e = name_or_attr(p);
        if (!e)
            return NULL;
        if (kind(p) == RT_TOK_LPAR)
            return class_pattern(p, t, e);
        rt_ast_pattern *pt = pat_new(p, RT_PAT_VALUE, t);
        if (!pt)
            return NULL;
        pt->u.value = e;
        return pat_finish(p, pt);
    }
    case RT_TOK_LSQB: {
        advance(p);
        rt_ast_pattern *pt = sequence_items(p, t, RT_TOK_RSQB, NULL);
        if (!pt || !rt__p_expect(p, RT_TOK_RSQB))
            return NULL;
        return pat_finish(p, pt);
    }
    case RT_TOK_LPAR: {
        advance(p);
        if (accept(p, RT_TOK_RPAR)) /* () */
            return pat_finish(p, pat_new(p, RT_PAT_SEQUENCE, t));
        rt_ast_pattern *first = maybe_star(p);
        if (!first)
            return NULL;
        if (first->kind != RT_PAT_STAR && accept(p, RT_TOK_RPAR))
            return first; /* a group: (p) is p */
        rt_ast_pattern *pt = sequence_items(p, t, RT_TOK_RPAR, first);
        if (!pt || !rt__p_expect(p, RT_TOK_RPAR))
            return NULL;
        return pat_finish(p, pt);
    }
    case RT_TOK_LBRACE: return mapping_pattern(p);
    default: {
        rt_ast_expr *e = literal(p);
        if (!e)
            return NULL;
        bool singleton = e->kind == RT_EXPR_CONSTANT && (e->u.constant.kind == RT_CONST_NONE ||
                                                         e->u.constant.kind == RT_CONST_TRUE ||
                                                         e->u.constant.kind == RT_CONST_FALSE);
        rt_ast_pattern *pt = pat_new(p, singleton ? RT_PAT_SINGLETON : RT_PAT_VALUE, t);
        if (!pt)
            return NULL;
        pt->u.value = e;
        return pat_finish(p, pt);
    }
    }
}

/* or_pattern: closed_pattern ('|' closed_pattern)* */
static rt_ast_pattern *or_pattern(rt__parser *p)
{
    const rt_token *t = cur(p);
    rt_ast_pattern *first = closed_pattern(p);
    if (!first || kind(p) != RT_TOK_VBAR)
        return first;
    plist l = {NULL, 0, 0};
    if (plist_push(p, &l, first) < 0)
        return NULL;
    while (accept(p, RT_TOK_VBAR)) {
        rt_ast_pattern *x = closed_pattern(p);
        if (!x || plist_push(p, &l, x) < 0)
            return NULL;
    }
    rt_ast_pattern *pt = pat_new(p, RT_PAT_OR, t);
    if (!pt)
        return NULL;
    pt->u.seq.v = l.v;
    pt->u.seq.n = l.n;
    return pat_finish(p, pt);
}

/* as_pattern: or_pattern ['as' NAME] */
static rt_ast_pattern *as_pattern(rt__parser *p)
{
    const rt_token *t = cur(p);
    if (rt__p_enter(p) < 0)
        return NULL;
    rt_ast_pattern *inner = or_pattern(p);
    p->depth--;
    if (!inner || kind(p) != RT_TOK_KW_AS)
        return inner;
    advance(p);
    const rt_token *nt = cur(p);
    if (tok_is(nt, "_"))
        return rt__parse_error_at(p, "SyntaxError", nt->line, nt->col, nt->end_line, nt->end_col,
                                  "cannot use '_' as a target");
    if (nt->kind != RT_TOK_NAME)
        return rt__parse_error_at(p, "SyntaxError", nt->line, nt->col, nt->end_line, nt->end_col,
                                  "invalid pattern target");
    rt_ast_pattern *pt = pat_new(p, RT_PAT_AS, t);
    if (!pt || !(pt->u.as.name = capture_name(p, nt)))
        return NULL;
    pt->u.as.pattern = inner;
    advance(p);
    return pat_finish(p, pt);
}

/* patterns: open_sequence_pattern | pattern (a top-level `case a, *b:` is a sequence) */
static rt_ast_pattern *case_patterns(rt__parser *p)
{
    const rt_token *t = cur(p);
    rt_ast_pattern *first = maybe_star(p);
    if (!first || (kind(p) != RT_TOK_COMMA && first->kind != RT_PAT_STAR))
        return first;
    plist l = {NULL, 0, 0};
    if (plist_push(p, &l, first) < 0)
        return NULL;
    while (accept(p, RT_TOK_COMMA)) {
        if (kind(p) == RT_TOK_COLON || kind(p) == RT_TOK_KW_IF)
            break;
        rt_ast_pattern *x = maybe_star(p);
        if (!x || plist_push(p, &l, x) < 0)
            return NULL;
    }
    rt_ast_pattern *pt = pat_new(p, RT_PAT_SEQUENCE, t);
    if (!pt)
        return NULL;
    pt->u.seq.v = l.v;
    pt->u.seq.n = l.n;
    return pat_finish(p, pt);
}

/* ---- the statement -------------------------------------------------------------- */

rt_ast_stmt *rt__p_match_stmt(rt__parser *p)
{
    const rt_token *t = cur(p);
    advance(p); /* match */
    rt_ast_stmt *s = rt__p_stmt_new(p, RT_STMT_MATCH, t);
    if (!s)
        return NULL;
    /* subject: star_named_expression ',' star_named_expressions? | named_expression */
    const rt_token *st = cur(p);
    elist l = {{NULL, 0}, 0};
    bool tuple = false;
    rt_ast_expr *x;
    do {
        if (!(x = rt__p_star_named_expression(p)) || rt__p_epush(p, &l, x) < 0)
            return NULL;
        tuple = tuple || kind(p) == RT_TOK_COMMA;
    } while (accept(p, RT_TOK_COMMA) && kind(p) != RT_TOK_COLON);
    rt_ast_expr *subject = x;
    if (tuple || x->kind == RT_EXPR_STARRED) {
        if (!tuple)
            return rt__p_invalid(p); /* `match *a:` */
        if (!(subject = rt__expr_new(p, RT_EXPR_TUPLE, st)))
            return NULL;
        subject->pos = l.l.v[0]->pos;
        subject->u.seq.elts = l.l;
        rt__p_finish(p, subject);
    }
    if (!rt__p_expect(p, RT_TOK_COLON) || !rt__p_expect(p, RT_TOK_NEWLINE))
        return NULL;
    if (kind(p) != RT_TOK_INDENT) {
        const rt_token *bt = cur(p);
        return rt__parse_error_at(
            p, "IndentationError", bt->line, bt->col, bt->end_line, bt->end_col,
            "expected an indented block after 'match' statement on line %d", t->line);
    }
    advance(p);
    int cap = 0;
    while (tok_is(cur(p), "case")) {
        const rt_token *ct = cur(p);
        advance(p);
        if (rt__p_grow(p, (void **)&s->u.match.cases, &cap, s->u.match.ncases,
                       sizeof *s->u.match.cases) < 0)
            return NULL;
        rt_ast_match_case *c = &s->u.match.cases[s->u.match.ncases];
        memset(c, 0, sizeof *c);
        if (!(c->pattern = case_patterns(p)))
            return NULL;
        if (accept(p, RT_TOK_KW_IF) && !(c->guard = rt__p_named_expression(p)))
            return NULL;
        if (!rt__p_expect(p, RT_TOK_COLON) ||
            rt__p_block(p, &c->body, "'case' statement", ct->line) < 0)
            return NULL;
        s->u.match.ncases++;
    }
    if (kind(p) != RT_TOK_DEDENT)
        return rt__p_invalid(p);
    advance(p);
    s->u.match.subject = subject;
    return rt__p_finish_stmt(p, s);
}
