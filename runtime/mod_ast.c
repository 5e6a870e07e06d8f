/* mod_ast.c: `_ast`, the native half of the ast module: parse(source,
 * filename, mode) runs closured's parser and hands the tree to Python as
 * nested tuples, which stdlib/ast.py turns into node objects.
 *
 * Each node is a tuple (class_name, position, field...) with its fields in
 * the order of CPython 3.11's ast classes (`_fields`); position is
 * (lineno, col_offset, end_lineno, end_col_offset) for the node kinds that
 * have them (statements, expressions, patterns, arg, keyword, alias,
 * except handlers), else None. Operators and expression contexts are
 * tuples of their class name alone, with None. Lists of nodes are lists;
 * identifiers are str; absent optional fields are None. Nothing else in the
 * tree is a tuple (a Constant's value never is), so the builder tells nodes
 * apart by type alone.
 *
 * The scope pass does not run: as CPython's, ast.parse accepts code that
 * compiles to a SyntaxError later (`nonlocal x` at module level). Columns
 * are UTF-8 byte offsets, as CPython's. */
#include <stdarg.h>
#include <string.h>

#include "runtime/ast.h"
#include "runtime/bigint.h"
#include "runtime/builtin.h"
#include "runtime/bytes.h"
#include "runtime/compile.h"
#include "runtime/complex.h"
#include "runtime/dict.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/parse.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"

static rt_value pos_tuple(rt_state *rt, const rt_ast_pos *p)
{
    if (!p)
        return (rt_incref(RT_NONE), RT_NONE);
    rt_value t = rt_tuple_new(rt, 4);
    if (!t)
        return RT_NULL;
    int v[4] = {p->line, p->col - 1, p->end_line, p->end_col - 1};
    for (int i = 0; i < 4; i++) {
        rt_value n = rt_int_from_i64(rt, v[i]);
        if (!n) {
            rt_decref(rt, t);
            return RT_NULL;
        }
        rt_tuple_set_steal(t, i, n);
    }
    return t;
}

/* The node tuple (name, position, fields...): takes the n field values
 * (new references, RT_NULL for one that failed, which fails the node). */
static rt_value mk(rt_state *rt, const char *name, const rt_ast_pos *pos, int n, ...)
{
    va_list ap;
    va_start(ap, n);
    rt_value t = rt_tuple_new(rt, 2 + n);
    rt_value nm = t ? rt_str_intern(rt, name, strlen(name)) : RT_NULL;
    rt_value ps = nm ? pos_tuple(rt, pos) : RT_NULL;
    bool ok = t && nm && ps;
    if (ok) {
        rt_tuple_set_steal(t, 0, nm);
        rt_tuple_set_steal(t, 1, ps);
    } else {
        rt_decref(rt, nm);
        rt_decref(rt, ps);
    }
    for (int i = 0; i < n; i++) {
        rt_value v = va_arg(ap, rt_value);
        if (!v)
            ok = false;
        if (ok)
            rt_tuple_set_steal(t, 2 + i, v);
        else
            rt_decref(rt, v);
    }
    va_end(ap);
    if (!ok) {
        rt_decref(rt, t); /* the slots not yet set are RT_NULL, skipped */
        return RT_NULL;
    }
    return t;
}

static rt_value none(void)
{
    return RT_NONE;
}

static rt_value ident(rt_state *rt, rt_ast_str s)
{
    return s.s ? rt_str_new(rt, s.s, s.len) : none();
}

static rt_value int_of(rt_state *rt, int64_t v)
{
    return rt_int_from_i64(rt, v);
}

static const char *const binop_names[] = {"Add",    "Sub",    "Mult",    "MatMult", "Div",
                                          "Mod",    "Pow",    "LShift",  "RShift",  "BitOr",
                                          "BitXor", "BitAnd", "FloorDiv"};
static const char *const unary_names[] = {"Invert", "Not", "UAdd", "USub"};
static const char *const bool_names[] = {"And", "Or"};
static const char *const cmp_names[] = {"Eq",  "NotEq", "Lt",    "LtE", "Gt",
                                        "GtE", "Is",    "IsNot", "In",  "NotIn"};
static const char *const ctx_names[] = {"Load", "Store", "Del"};

static rt_value leaf(rt_state *rt, const char *name)
{
    return mk(rt, name, NULL, 0);
}

static rt_value expr(rt_state *rt, const rt_ast_expr *e);
static rt_value fstring_parts(rt_state *rt, const rt_ast_expr *js);
static rt_value formatted(rt_state *rt, const rt_ast_expr *e, const rt_ast_pos *p);
static rt_value constant_value(rt_state *rt, const rt_ast_expr *e);
static rt_value stmts(rt_state *rt, const rt_ast_stmt_list *l);
static rt_value pattern(rt_state *rt, const rt_ast_pattern *p);

static rt_value opt_expr(rt_state *rt, const rt_ast_expr *e)
{
    return e ? expr(rt, e) : none();
}

/* A list of n converted items; item(i) gives a new reference or RT_NULL. */
#define LIST_OF(rt, n, item_expr)                                                                  \
    do {                                                                                           \
        rt_value l_ = rt_list_new(rt, 0);                                                          \
        for (int i = 0; l_ && i < (n); i++) {                                                      \
            rt_value it_ = (item_expr);                                                            \
            if (!it_ || rt_list_append_steal(rt, l_, it_) < 0) {                                   \
                rt_decref(rt, l_);                                                                 \
                l_ = RT_NULL;                                                                      \
            }                                                                                      \
        }                                                                                          \
        return l_;                                                                                 \
    } while (0)

static rt_value exprs(rt_state *rt, const rt_ast_expr_list *l)
{
    LIST_OF(rt, l->n, opt_expr(rt, l->v[i]));
}

static rt_value stmt(rt_state *rt, const rt_ast_stmt *s);

static rt_value stmts(rt_state *rt, const rt_ast_stmt_list *l)
{
    LIST_OF(rt, l->n, stmt(rt, l->v[i]));
}

static rt_value constant_value(rt_state *rt, const rt_ast_expr *e)
{
    switch (e->u.constant.kind) {
    case RT_CONST_NONE: return none();
    case RT_CONST_TRUE: return RT_TRUE;
    case RT_CONST_FALSE: return RT_FALSE;
    case RT_CONST_ELLIPSIS: return (rt_incref(rt->ellipsis), rt->ellipsis);
    case RT_CONST_INT: return rt_int_from_i64(rt, e->u.constant.i);
    case RT_CONST_BIGINT:
        return rt_bigint_from_digits(rt, e->u.constant.s.s, e->u.constant.s.len, e->u.constant.base,
                                     false);
    case RT_CONST_FLOAT: return rt_float_new(rt, e->u.constant.f);
    case RT_CONST_IMAG: return rt_complex_new(rt, 0.0, e->u.constant.f);
    case RT_CONST_STR: return rt_str_new(rt, e->u.constant.s.s, e->u.constant.s.len);
    case RT_CONST_BYTES: return rt_bytes_new(rt, e->u.constant.s.s, e->u.constant.s.len);
    }
    return none();
}

static rt_value arg(rt_state *rt, const rt_ast_arg *a)
{
    rt_ast_pos p = a->pos; /* an annotated parameter ends with its annotation */
    if (a->annotation) {
        p.end_line = a->annotation->pos.end_line;
        p.end_col = a->annotation->pos.end_col;
    }
    return mk(rt, "arg", &p, 3, ident(rt, a->name), opt_expr(rt, a->annotation), none());
}

static rt_value args_range(rt_state *rt, const rt_ast_arg *v, int from, int to)
{
    LIST_OF(rt, to - from, arg(rt, &v[from + i]));
}

static rt_value kw_defaults(rt_state *rt, const rt_ast_arguments *a)
{
    LIST_OF(rt, a->nkwonly, opt_expr(rt, a->kw_defaults ? a->kw_defaults[i] : NULL));
}

static rt_value arguments(rt_state *rt, const rt_ast_arguments *a)
{
    if (!a)
        return mk(rt, "arguments", NULL, 7, rt_list_new(rt, 0), rt_list_new(rt, 0), none(),
                  rt_list_new(rt, 0), rt_list_new(rt, 0), none(), rt_list_new(rt, 0));
    return mk(rt, "arguments", NULL, 7, args_range(rt, a->args, 0, a->nposonly),
              args_range(rt, a->args, a->nposonly, a->nargs),
              a->vararg ? arg(rt, a->vararg) : none(), args_range(rt, a->kwonly, 0, a->nkwonly),
              kw_defaults(rt, a), a->kwarg ? arg(rt, a->kwarg) : none(), exprs(rt, &a->defaults));
}

static rt_value keyword(rt_state *rt, const rt_ast_keyword *k)
{
    return mk(rt, "keyword", &k->pos, 2, ident(rt, k->arg), expr(rt, k->value));
}

static rt_value keywords(rt_state *rt, const rt_ast_keyword *v, int n)
{
    LIST_OF(rt, n, keyword(rt, &v[i]));
}

static rt_value comprehension(rt_state *rt, const rt_ast_comprehension *c)
{
    return mk(rt, "comprehension", NULL, 4, expr(rt, c->target), expr(rt, c->iter),
              exprs(rt, &c->ifs), int_of(rt, c->is_async));
}

static rt_value generators(rt_state *rt, const rt_ast_expr *e)
{
    LIST_OF(rt, e->u.comp.ngenerators, comprehension(rt, &e->u.comp.generators[i]));
}

static rt_value cmp_ops(rt_state *rt, const rt_ast_expr *e)
{
    LIST_OF(rt, e->u.compare.comparators.n, leaf(rt, cmp_names[e->u.compare.ops[i]]));
}

static rt_value formatted(rt_state *rt, const rt_ast_expr *e, const rt_ast_pos *p)
{
    return mk(rt, "FormattedValue", p, 3, expr(rt, e->u.formattedvalue.value),
              int_of(rt, e->u.formattedvalue.conversion),
              opt_expr(rt, e->u.formattedvalue.format_spec));
}

/* The parts of an f-string: as in CPython 3.11, each text part and each
 * {...} part (FormattedValue) has the position of the whole f-string. */
static rt_value fstring_parts(rt_state *rt, const rt_ast_expr *js)
{
    const rt_ast_expr_list *l = &js->u.joinedstr.values;
    LIST_OF(rt, l->n,
            l->v[i]->kind == RT_EXPR_FORMATTEDVALUE ? formatted(rt, l->v[i], &js->pos)
            : l->v[i]->kind == RT_EXPR_CONSTANT
                ? mk(rt, "Constant", &js->pos, 2, constant_value(rt, l->v[i]), none())
                : expr(rt, l->v[i]));
}

static rt_value expr(rt_state *rt, const rt_ast_expr *e)
{
    if (rt->exc) /* a sibling field failed: build nothing more */
        return RT_NULL;
    const rt_ast_pos *p = &e->pos;
    switch (e->kind) {
    case RT_EXPR_BOOLOP:
        return mk(rt, "BoolOp", p, 2, leaf(rt, bool_names[e->u.boolop.op]),
                  exprs(rt, &e->u.boolop.values));
    case RT_EXPR_BINOP:
        return mk(rt, "BinOp", p, 3, expr(rt, e->u.binop.left),
                  leaf(rt, binop_names[e->u.binop.op]), expr(rt, e->u.binop.right));
    case RT_EXPR_UNARYOP:
        return mk(rt, "UnaryOp", p, 2, leaf(rt, unary_names[e->u.unaryop.op]),
                  expr(rt, e->u.unaryop.operand));
    case RT_EXPR_LAMBDA:
        return mk(rt, "Lambda", p, 2, arguments(rt, e->u.lambda.args), expr(rt, e->u.lambda.body));
    case RT_EXPR_IFEXP:
        return mk(rt, "IfExp", p, 3, expr(rt, e->u.ifexp.test), expr(rt, e->u.ifexp.body),
                  expr(rt, e->u.ifexp.orelse));
    case RT_EXPR_DICT:
        return mk(rt, "Dict", p, 2, exprs(rt, &e->u.dict.keys), exprs(rt, &e->u.dict.values));
    case RT_EXPR_SET: return mk(rt, "Set", p, 1, exprs(rt, &e->u.set.elts));
    case RT_EXPR_LISTCOMP:
        return mk(rt, "ListComp", p, 2, expr(rt, e->u.comp.elt), generators(rt, e));
    case RT_EXPR_SETCOMP:
        return mk(rt, "SetComp", p, 2, expr(rt, e->u.comp.elt), generators(rt, e));
    case RT_EXPR_GENERATOREXP:
        return mk(rt, "GeneratorExp", p, 2, expr(rt, e->u.comp.elt), generators(rt, e));
    case RT_EXPR_DICTCOMP:
        return mk(rt, "DictComp", p, 3, expr(rt, e->u.comp.elt), expr(rt, e->u.comp.value),
                  generators(rt, e));
    case RT_EXPR_COMPARE:
        return mk(rt, "Compare", p, 3, expr(rt, e->u.compare.left), cmp_ops(rt, e),
                  exprs(rt, &e->u.compare.comparators));
    case RT_EXPR_CALL:
        return mk(rt, "Call", p, 3, expr(rt, e->u.call.func), exprs(rt, &e->u.call.args),
                  keywords(rt, e->u.call.keywords, e->u.call.nkeywords));
    case RT_EXPR_FORMATTEDVALUE: return formatted(rt, e, p);
    case RT_EXPR_JOINEDSTR: return mk(rt, "JoinedStr", p, 1, fstring_parts(rt, e));
    case RT_EXPR_CONSTANT: return mk(rt, "Constant", p, 2, constant_value(rt, e), none());
    case RT_EXPR_ATTRIBUTE:
        return mk(rt, "Attribute", p, 3, expr(rt, e->u.attribute.value),
                  ident(rt, e->u.attribute.attr), leaf(rt, ctx_names[e->u.attribute.ctx]));
    case RT_EXPR_SUBSCRIPT:
        return mk(rt, "Subscript", p, 3, expr(rt, e->u.subscript.value),
                  expr(rt, e->u.subscript.slice), leaf(rt, ctx_names[e->u.subscript.ctx]));
    case RT_EXPR_STARRED:
        return mk(rt, "Starred", p, 2, expr(rt, e->u.starred.value),
                  leaf(rt, ctx_names[e->u.starred.ctx]));
    case RT_EXPR_NAME:
        return mk(rt, "Name", p, 2, ident(rt, e->u.name.id), leaf(rt, ctx_names[e->u.name.ctx]));
    case RT_EXPR_LIST:
        return mk(rt, "List", p, 2, exprs(rt, &e->u.seq.elts), leaf(rt, ctx_names[e->u.seq.ctx]));
    case RT_EXPR_TUPLE:
        return mk(rt, "Tuple", p, 2, exprs(rt, &e->u.seq.elts), leaf(rt, ctx_names[e->u.seq.ctx]));
    case RT_EXPR_SLICE:
        return mk(rt, "Slice", p, 3, opt_expr(rt, e->u.slice.lower), opt_expr(rt, e->u.slice.upper),
                  opt_expr(rt, e->u.slice.step));
    case RT_EXPR_YIELD: return mk(rt, "Yield", p, 1, opt_expr(rt, e->u.yield.value));
    case RT_EXPR_YIELDFROM:
        return mk(rt, e->u.yield.is_await ? "Await" : "YieldFrom", p, 1,
                  expr(rt, e->u.yield.value));
    case RT_EXPR_NAMEDEXPR:
        return mk(rt, "NamedExpr", p, 2, expr(rt, e->u.namedexpr.target),
                  expr(rt, e->u.namedexpr.value));
    default: break;
    }
    return rt_raise(rt, RT_EXC_RuntimeError, "ast: unknown expression kind %d", (int)e->kind);
}

static bool list_end(const rt_ast_stmt_list *l, int *line, int *col);

static rt_value alias(rt_state *rt, const rt_ast_alias *a)
{
    return mk(rt, "alias", &a->pos, 2, ident(rt, a->name), ident(rt, a->asname));
}

static rt_value aliases(rt_state *rt, const rt_ast_alias *v, int n)
{
    LIST_OF(rt, n, alias(rt, &v[i]));
}

static rt_value names(rt_state *rt, const rt_ast_str *v, int n)
{
    LIST_OF(rt, n, ident(rt, v[i]));
}

static rt_value handler(rt_state *rt, const rt_ast_excepthandler *h)
{
    rt_ast_pos p = h->pos;
    list_end(&h->body, &p.end_line, &p.end_col);
    return mk(rt, "ExceptHandler", &p, 3, opt_expr(rt, h->type), ident(rt, h->name),
              stmts(rt, &h->body));
}

static rt_value handlers(rt_state *rt, const rt_ast_stmt *s)
{
    LIST_OF(rt, s->u.try_.nhandlers, handler(rt, &s->u.try_.handlers[i]));
}

static rt_value withitem(rt_state *rt, const rt_ast_withitem *w)
{
    return mk(rt, "withitem", NULL, 2, expr(rt, w->context_expr), opt_expr(rt, w->optional_vars));
}

static rt_value withitems(rt_state *rt, const rt_ast_stmt *s)
{
    LIST_OF(rt, s->u.with.nitems, withitem(rt, &s->u.with.items[i]));
}

/* A capture target of a pattern (a Name node in closured's tree) as the
 * identifier CPython's pattern classes hold, or None. */
static rt_value capture(rt_state *rt, const rt_ast_expr *name)
{
    return name && name->kind == RT_EXPR_NAME ? ident(rt, name->u.name.id) : none();
}

static rt_value patterns(rt_state *rt, rt_ast_pattern *const *v, int n)
{
    LIST_OF(rt, n, pattern(rt, v[i]));
}

static rt_value mapping_keys(rt_state *rt, const rt_ast_pattern *p)
{
    LIST_OF(rt, p->u.mapping.n, expr(rt, p->u.mapping.keys[i]));
}

static rt_value pattern(rt_state *rt, const rt_ast_pattern *p)
{
    if (rt->exc)
        return RT_NULL;
    const rt_ast_pos *ps = &p->pos;
    switch (p->kind) {
    case RT_PAT_VALUE: return mk(rt, "MatchValue", ps, 1, expr(rt, p->u.value));
    case RT_PAT_SINGLETON: return mk(rt, "MatchSingleton", ps, 1, constant_value(rt, p->u.value));
    case RT_PAT_SEQUENCE:
        return mk(rt, "MatchSequence", ps, 1, patterns(rt, p->u.seq.v, p->u.seq.n));
    case RT_PAT_MAPPING:
        return mk(rt, "MatchMapping", ps, 3, mapping_keys(rt, p),
                  patterns(rt, p->u.mapping.values, p->u.mapping.n),
                  capture(rt, p->u.mapping.rest));
    case RT_PAT_CLASS:
        return mk(rt, "MatchClass", ps, 4, expr(rt, p->u.cls.cls),
                  patterns(rt, p->u.cls.args, p->u.cls.nargs),
                  names(rt, p->u.cls.kwd_attrs, p->u.cls.nkwd),
                  patterns(rt, p->u.cls.kwd_patterns, p->u.cls.nkwd));
    case RT_PAT_STAR: return mk(rt, "MatchStar", ps, 1, capture(rt, p->u.as.name));
    case RT_PAT_AS:
        return mk(rt, "MatchAs", ps, 2, p->u.as.pattern ? pattern(rt, p->u.as.pattern) : none(),
                  capture(rt, p->u.as.name));
    case RT_PAT_OR: return mk(rt, "MatchOr", ps, 1, patterns(rt, p->u.seq.v, p->u.seq.n));
    }
    return rt_raise(rt, RT_EXC_RuntimeError, "ast: unknown pattern kind %d", (int)p->kind);
}

static rt_value match_case(rt_state *rt, const rt_ast_match_case *c)
{
    return mk(rt, "match_case", NULL, 3, pattern(rt, c->pattern), opt_expr(rt, c->guard),
              stmts(rt, &c->body));
}

static rt_value match_cases(rt_state *rt, const rt_ast_stmt *s)
{
    LIST_OF(rt, s->u.match.ncases, match_case(rt, &s->u.match.cases[i]));
}

/* Where statement s ends as CPython counts it: a compound statement at the
 * end of the last statement of its last block (closured's parser records
 * the start of the next line). */
static void stmt_end(const rt_ast_stmt *s, int *line, int *col);

static bool list_end(const rt_ast_stmt_list *l, int *line, int *col)
{
    if (l->n == 0)
        return false;
    stmt_end(l->v[l->n - 1], line, col);
    return true;
}

static void stmt_end(const rt_ast_stmt *s, int *line, int *col)
{
    *line = s->pos.end_line;
    *col = s->pos.end_col;
    switch (s->kind) {
    case RT_STMT_FUNCTIONDEF: list_end(&s->u.functiondef.body, line, col); break;
    case RT_STMT_CLASSDEF: list_end(&s->u.classdef.body, line, col); break;
    case RT_STMT_WITH: list_end(&s->u.with.body, line, col); break;
    case RT_STMT_FOR:
        if (!list_end(&s->u.for_.orelse, line, col))
            list_end(&s->u.for_.body, line, col);
        break;
    case RT_STMT_WHILE:
        if (!list_end(&s->u.while_.orelse, line, col))
            list_end(&s->u.while_.body, line, col);
        break;
    case RT_STMT_IF:
        if (!list_end(&s->u.if_.orelse, line, col))
            list_end(&s->u.if_.body, line, col);
        break;
    case RT_STMT_TRY:
        if (!list_end(&s->u.try_.finalbody, line, col) && !list_end(&s->u.try_.orelse, line, col) &&
            !(s->u.try_.nhandlers &&
              list_end(&s->u.try_.handlers[s->u.try_.nhandlers - 1].body, line, col)))
            list_end(&s->u.try_.body, line, col);
        break;
    case RT_STMT_MATCH:
        if (s->u.match.ncases)
            list_end(&s->u.match.cases[s->u.match.ncases - 1].body, line, col);
        break;
    default: break;
    }
}

static rt_value stmt(rt_state *rt, const rt_ast_stmt *s)
{
    if (rt->exc)
        return RT_NULL;
    rt_ast_pos fixed = s->pos;
    stmt_end(s, &fixed.end_line, &fixed.end_col);
    const rt_ast_pos *p = &fixed;
    switch (s->kind) {
    case RT_STMT_FUNCTIONDEF:
        return mk(rt, s->u.functiondef.is_async ? "AsyncFunctionDef" : "FunctionDef", p, 6,
                  ident(rt, s->u.functiondef.name), arguments(rt, s->u.functiondef.args),
                  stmts(rt, &s->u.functiondef.body), exprs(rt, &s->u.functiondef.decorators),
                  opt_expr(rt, s->u.functiondef.returns), none());
    case RT_STMT_CLASSDEF:
        return mk(rt, "ClassDef", p, 5, ident(rt, s->u.classdef.name),
                  exprs(rt, &s->u.classdef.bases),
                  keywords(rt, s->u.classdef.keywords, s->u.classdef.nkeywords),
                  stmts(rt, &s->u.classdef.body), exprs(rt, &s->u.classdef.decorators));
    case RT_STMT_RETURN: return mk(rt, "Return", p, 1, opt_expr(rt, s->u.return_.value));
    case RT_STMT_DELETE: return mk(rt, "Delete", p, 1, exprs(rt, &s->u.delete_.targets));
    case RT_STMT_ASSIGN:
        return mk(rt, "Assign", p, 3, exprs(rt, &s->u.assign.targets), expr(rt, s->u.assign.value),
                  none());
    case RT_STMT_AUGASSIGN:
        return mk(rt, "AugAssign", p, 3, expr(rt, s->u.augassign.target),
                  leaf(rt, binop_names[s->u.augassign.op]), expr(rt, s->u.augassign.value));
    case RT_STMT_ANNASSIGN:
        return mk(rt, "AnnAssign", p, 4, expr(rt, s->u.annassign.target),
                  expr(rt, s->u.annassign.annotation), opt_expr(rt, s->u.annassign.value),
                  int_of(rt, s->u.annassign.simple));
    case RT_STMT_FOR:
        return mk(rt, s->u.for_.is_async ? "AsyncFor" : "For", p, 5, expr(rt, s->u.for_.target),
                  expr(rt, s->u.for_.iter), stmts(rt, &s->u.for_.body),
                  stmts(rt, &s->u.for_.orelse), none());
    case RT_STMT_WHILE:
        return mk(rt, "While", p, 3, expr(rt, s->u.while_.test), stmts(rt, &s->u.while_.body),
                  stmts(rt, &s->u.while_.orelse));
    case RT_STMT_IF:
        return mk(rt, "If", p, 3, expr(rt, s->u.if_.test), stmts(rt, &s->u.if_.body),
                  stmts(rt, &s->u.if_.orelse));
    case RT_STMT_WITH:
        return mk(rt, s->u.with.is_async ? "AsyncWith" : "With", p, 3, withitems(rt, s),
                  stmts(rt, &s->u.with.body), none());
    case RT_STMT_MATCH:
        return mk(rt, "Match", p, 2, expr(rt, s->u.match.subject), match_cases(rt, s));
    case RT_STMT_RAISE:
        return mk(rt, "Raise", p, 2, opt_expr(rt, s->u.raise.exc), opt_expr(rt, s->u.raise.cause));
    case RT_STMT_TRY:
        return mk(rt, s->u.try_.star ? "TryStar" : "Try", p, 4, stmts(rt, &s->u.try_.body),
                  handlers(rt, s), stmts(rt, &s->u.try_.orelse), stmts(rt, &s->u.try_.finalbody));
    case RT_STMT_ASSERT:
        return mk(rt, "Assert", p, 2, expr(rt, s->u.assert_.test), opt_expr(rt, s->u.assert_.msg));
    case RT_STMT_IMPORT:
        return mk(rt, "Import", p, 1, aliases(rt, s->u.import.names, s->u.import.nnames));
    case RT_STMT_IMPORTFROM:
        return mk(rt, "ImportFrom", p, 3, ident(rt, s->u.importfrom.module),
                  aliases(rt, s->u.importfrom.names, s->u.importfrom.nnames),
                  int_of(rt, s->u.importfrom.level));
    case RT_STMT_GLOBAL:
        return mk(rt, "Global", p, 1, names(rt, s->u.global.names, s->u.global.nnames));
    case RT_STMT_NONLOCAL:
        return mk(rt, "Nonlocal", p, 1, names(rt, s->u.global.names, s->u.global.nnames));
    case RT_STMT_EXPR: return mk(rt, "Expr", p, 1, expr(rt, s->u.expr.value));
    case RT_STMT_PASS: return mk(rt, "Pass", p, 0);
    case RT_STMT_BREAK: return mk(rt, "Break", p, 0);
    case RT_STMT_CONTINUE: return mk(rt, "Continue", p, 0);
    default: break;
    }
    return rt_raise(rt, RT_EXC_RuntimeError, "ast: unknown statement kind %d", (int)s->kind);
}

/* _ast.parse(source, filename, mode): the tree of source (str or bytes) as
 * nested tuples; mode 'exec' (Module), 'eval' (Expression) or 'single'
 * (Interactive). A SyntaxError is the one compile() raises. */
static rt_value ast_parse(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                          rt_value kwnames)
{
    (void)self;
    if (rt_args_range(rt, "parse", nargs, kwnames, 3, 3) < 0)
        return RT_NULL;
    const char *src;
    size_t len;
    if (rt_is_str(args[0])) {
        src = rt_str_data(args[0]);
        len = rt_str_obj_of(args[0])->nbytes;
    } else if (rt_is_bytes(args[0])) {
        src = (const char *)rt_bytes_data(args[0]);
        len = (size_t)rt_bytes_len(args[0]);
    } else {
        return rt_raise(rt, RT_EXC_TypeError, "parse() argument 1 must be str or bytes, not %s",
                        rt_type_name(args[0]));
    }
    if (!rt_is_str(args[1]) || !rt_is_str(args[2]))
        return rt_raise(rt, RT_EXC_TypeError, "parse() filename and mode must be str");
    const char *filename = rt_str_data(args[1]);
    const char *mode = rt_str_data(args[2]);
    rt_compile_mode cm = !strcmp(mode, "exec")     ? RT_COMPILE_EXEC
                         : !strcmp(mode, "eval")   ? RT_COMPILE_EVAL
                         : !strcmp(mode, "single") ? RT_COMPILE_SINGLE
                                                   : (rt_compile_mode)-1;
    if ((int)cm < 0)
        return rt_raise(rt, RT_EXC_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
    rt_parse_result *pr = rt_parse(src, len, filename);
    if (!pr)
        return rt_raise(rt, RT_EXC_MemoryError, "out of memory");
    const rt_ast_stmt_list *body = pr->ok ? &pr->module->body : NULL;
    bool eval_ok = body && body->n == 1 && body->v[0]->kind == RT_STMT_EXPR;
    if (!pr->ok || (cm == RT_COMPILE_EVAL && !eval_ok)) {
        /* compile() reports the same source's error as CPython words it */
        rt_parse_free(pr);
        rt_value code = rt_compile_text(rt, filename, src, len, cm);
        if (code) {
            rt_decref(rt, code);
            return rt_raise(rt, RT_EXC_SyntaxError, "invalid syntax");
        }
        return RT_NULL;
    }
    rt_value tree;
    if (cm == RT_COMPILE_EVAL)
        tree = mk(rt, "Expression", NULL, 1, expr(rt, body->v[0]->u.expr.value));
    else if (cm == RT_COMPILE_SINGLE)
        tree = mk(rt, "Interactive", NULL, 1, stmts(rt, body));
    else
        tree = mk(rt, "Module", NULL, 2, stmts(rt, body), rt_list_new(rt, 0));
    rt_parse_free(pr);
    return tree;
}

static const rt_builtin_def ast_functions[] = {
    {"parse", ast_parse},
    {NULL, NULL},
};

int rt__mod_ast_fill(rt_state *rt, rt_value d)
{
    return rt__module_add_funcs(rt, d, ast_functions);
}
