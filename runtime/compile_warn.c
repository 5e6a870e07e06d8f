/* compile_warn.c: the SyntaxWarnings CPython 3.11's compiler gives for code
 * that compiles but cannot be meant: `is` with a literal, calling or
 * subscripting a literal that cannot be called or subscripted ("perhaps
 * you missed a comma?"), an index of the wrong type into a literal, and an
 * assert of a non-empty tuple. They go through warnings.warn_explicit, so
 * the warnings filters apply: an "error" filter makes the warning a
 * SyntaxError at the same place, as in CPython.
 *
 * "Literal" is what CPython's constant folding leaves as a Constant: a
 * constant, a sign or ~ applied to a number, an operator between
 * literals, and a tuple display of literals (closured's tree keeps those
 * unfolded, so they are recognised here). */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "runtime/compile_unit.h"
#include "runtime/dict.h"
#include "runtime/exc.h"
#include "runtime/str.h"

/* True when e is a literal in the sense above. */
static bool is_literal(const rt_ast_expr *e)
{
    switch (e->kind) {
    case RT_EXPR_CONSTANT: return true;
    case RT_EXPR_UNARYOP:
        return e->u.unaryop.op != RT_UNARY_NOT && e->u.unaryop.operand->kind == RT_EXPR_CONSTANT;
    case RT_EXPR_BINOP: return is_literal(e->u.binop.left) && is_literal(e->u.binop.right);
    case RT_EXPR_TUPLE:
        for (int i = 0; i < e->u.seq.elts.n; i++)
            if (!is_literal(e->u.seq.elts.v[i]))
                return false;
        return true;
    default: return false;
    }
}

/* CPython's check_is_arg: not a literal, or None/True/False/Ellipsis (for
 * which `is` is right). */
static bool is_arg_ok(const rt_ast_expr *e)
{
    if (!is_literal(e))
        return true;
    if (e->kind != RT_EXPR_CONSTANT)
        return false;
    rt_ast_const_kind k = e->u.constant.kind;
    return k == RT_CONST_NONE || k == RT_CONST_TRUE || k == RT_CONST_FALSE ||
           k == RT_CONST_ELLIPSIS;
}

/* The type name of a constant's value. */
static const char *const_type(const rt_ast_expr *e)
{
    switch (e->u.constant.kind) {
    case RT_CONST_NONE: return "NoneType";
    case RT_CONST_TRUE:
    case RT_CONST_FALSE: return "bool";
    case RT_CONST_ELLIPSIS: return "ellipsis";
    case RT_CONST_INT:
    case RT_CONST_BIGINT: return "int";
    case RT_CONST_FLOAT: return "float";
    case RT_CONST_IMAG: return "complex";
    case RT_CONST_STR: return "str";
    case RT_CONST_BYTES: return "bytes";
    }
    return NULL;
}

/* CPython's infer_type: the type e's value surely has, or NULL. */
static const char *infer_type(const rt_ast_expr *e)
{
    switch (e->kind) {
    case RT_EXPR_TUPLE: return "tuple";
    case RT_EXPR_LIST:
    case RT_EXPR_LISTCOMP: return "list";
    case RT_EXPR_DICT:
    case RT_EXPR_DICTCOMP: return "dict";
    case RT_EXPR_SET:
    case RT_EXPR_SETCOMP: return "set";
    case RT_EXPR_GENERATOREXP: return "generator";
    case RT_EXPR_LAMBDA: return "function";
    case RT_EXPR_JOINEDSTR:
    case RT_EXPR_FORMATTEDVALUE: return "str";
    case RT_EXPR_SLICE: return "slice";
    case RT_EXPR_CONSTANT: return const_type(e);
    default: return NULL;
    }
}

/* Issues the warning for the code at pos: 0, or -1 when the compilation
 * fails (an "error" filter: the SyntaxError at pos; another error: the
 * exception stays set). */
static int warn(cunit *u, const rt_ast_pos *pos, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static int warn(cunit *u, const rt_ast_pos *pos, const char *fmt, ...)
{
    if (*u->failed)
        return -1;
    char text[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(text, sizeof text, fmt, ap);
    va_end(ap);
    rt_state *rt = u->rt;
    rt_value saved = rt->exc;
    rt->exc = RT_NULL;
    rt_value msg = rt_str_new(rt, text, strlen(text));
    const char *fname = u->mod->filename ? u->mod->filename : "<unknown>";
    rt_value file = msg ? rt_str_new(rt, fname, strlen(fname)) : RT_NULL;
    rt_value cat = file ? rt_dict_get_cstr(rt, rt->builtins, "SyntaxWarning") : RT_NULL;
    rt_value r = RT_NULL;
    if (cat) {
        rt_value args[4] = {msg, cat, file, rt_smallint(pos->line)};
        r = rt__warnings_call(rt, "warn_explicit", args, 4);
    }
    rt_decref(rt, msg);
    rt_decref(rt, file);
    if (r) {
        rt_decref(rt, r);
        rt->exc = saved;
        return 0;
    }
    if (rt_exc_matches(rt, RT_EXC_SyntaxError) || !rt->exc ||
        rt_exc_match_spec(rt, rt->exc, rt_dict_get_cstr(rt, rt->builtins, "SyntaxWarning")) == 1) {
        rt_exc_clear(rt);
        rt->exc = saved;
        rt__c_syntax_error_span(u, pos, text);
        return -1;
    }
    rt_decref(rt, saved);
    *u->failed = true;
    return -1;
}

void rt__c_check_compare(cunit *u, const rt_ast_expr *e)
{
    const rt_ast_expr *left = e->u.compare.left;
    for (int i = 0; i < e->u.compare.comparators.n; i++) {
        rt_ast_cmpop op = e->u.compare.ops[i];
        const rt_ast_expr *right = e->u.compare.comparators.v[i];
        if ((op == RT_ASTCMP_IS || op == RT_ASTCMP_ISNOT) &&
            (!is_arg_ok(left) || !is_arg_ok(right))) {
            warn(u, &e->pos,
                 op == RT_ASTCMP_IS ? "\"is\" with a literal. Did you mean \"==\"?"
                                    : "\"is not\" with a literal. Did you mean \"!=\"?");
            return;
        }
        left = right;
    }
}

void rt__c_check_call(cunit *u, const rt_ast_expr *e)
{
    const rt_ast_expr *f = e->u.call.func;
    switch (f->kind) {
    case RT_EXPR_CONSTANT:
    case RT_EXPR_TUPLE:
    case RT_EXPR_LIST:
    case RT_EXPR_LISTCOMP:
    case RT_EXPR_DICT:
    case RT_EXPR_DICTCOMP:
    case RT_EXPR_SET:
    case RT_EXPR_SETCOMP:
    case RT_EXPR_GENERATOREXP:
    case RT_EXPR_JOINEDSTR:
    case RT_EXPR_FORMATTEDVALUE:
        warn(u, &e->pos, "'%s' object is not callable; perhaps you missed a comma?", infer_type(f));
        break;
    default: break;
    }
}

void rt__c_check_subscript(cunit *u, const rt_ast_expr *e)
{
    const rt_ast_expr *v = e->u.subscript.value, *s = e->u.subscript.slice;
    /* CPython's check_subscripter: a value that cannot be subscripted */
    switch (v->kind) {
    case RT_EXPR_CONSTANT: {
        rt_ast_const_kind k = v->u.constant.kind;
        if (k == RT_CONST_STR || k == RT_CONST_BYTES || k == RT_CONST_TRUE || k == RT_CONST_FALSE)
            break;
        /* None, ..., numbers */
        warn(u, &e->pos, "'%s' object is not subscriptable; perhaps you missed a comma?",
             infer_type(v));
        return;
    }
    case RT_EXPR_SET:
    case RT_EXPR_SETCOMP:
    case RT_EXPR_GENERATOREXP:
    case RT_EXPR_LAMBDA:
        warn(u, &e->pos, "'%s' object is not subscriptable; perhaps you missed a comma?",
             infer_type(v));
        return;
    default: break;
    }
    /* check_index: a sequence literal indexed by something no int or slice */
    const char *it = infer_type(s);
    if (!it || !strcmp(it, "int") || !strcmp(it, "bool") || !strcmp(it, "slice"))
        return;
    switch (v->kind) {
    case RT_EXPR_CONSTANT:
        if (v->u.constant.kind != RT_CONST_STR && v->u.constant.kind != RT_CONST_BYTES)
            return;
        /* fall through */
    case RT_EXPR_TUPLE:
    case RT_EXPR_LIST:
    case RT_EXPR_LISTCOMP:
    case RT_EXPR_JOINEDSTR:
    case RT_EXPR_FORMATTEDVALUE:
        warn(u, &e->pos,
             "%s indices must be integers or slices, not %s; perhaps you missed a comma?",
             infer_type(v), it);
        return;
    default: return;
    }
}

void rt__c_check_assert(cunit *u, const rt_ast_stmt *s)
{
    const rt_ast_expr *t = s->u.assert_.test;
    if (t->kind == RT_EXPR_TUPLE && t->u.seq.elts.n > 0)
        warn(u, &s->pos, "assertion is always true, perhaps remove parentheses?");
}
