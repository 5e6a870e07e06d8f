/* compile_expr.c: the compiler's expressions and assignment targets:
 * operators, comparisons and conditional jumps, displays, calls, function and
 * lambda creation (defaults, annotations, closures), f-strings and constants. */
#include "runtime/compile_unit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/ast.h"
#include "runtime/nest.h"
#include "runtime/parse.h"
#include "runtime/scope.h"

#include "runtime/bigint.h"
#include "runtime/bytes.h"
#include "runtime/code.h"
#include "runtime/complex.h"
#include "runtime/dict.h"
#include "runtime/exc.h"
#include "runtime/lex.h"
#include "runtime/num.h"
#include "runtime/opcodes.h"
#include "runtime/ops.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

rt_binop_kind rt__c_binop_kind(rt_ast_binop op)
{
    switch (op) {
    case RT_BINOP_ADD: return RT_OP_ADD;
    case RT_BINOP_SUB: return RT_OP_SUB;
    case RT_BINOP_MULT: return RT_OP_MUL;
    case RT_BINOP_DIV: return RT_OP_TRUEDIV;
    case RT_BINOP_MOD: return RT_OP_MOD;
    case RT_BINOP_POW: return RT_OP_POW;
    case RT_BINOP_LSHIFT: return RT_OP_LSHIFT;
    case RT_BINOP_RSHIFT: return RT_OP_RSHIFT;
    case RT_BINOP_BITOR: return RT_OP_OR;
    case RT_BINOP_BITXOR: return RT_OP_XOR;
    case RT_BINOP_BITAND: return RT_OP_AND;
    case RT_BINOP_FLOORDIV: return RT_OP_FLOORDIV;
    default: return RT_OP_COUNT; /* @: no type supports it */
    }
}

static void compare_op(cunit *u, rt_ast_cmpop op)
{
    switch (op) {
    case RT_ASTCMP_EQ: rt__c_emit(u, RT_OP_COMPARE_OP, RT_CMP_EQ); break;
    case RT_ASTCMP_NOTEQ: rt__c_emit(u, RT_OP_COMPARE_OP, RT_CMP_NE); break;
    case RT_ASTCMP_LT: rt__c_emit(u, RT_OP_COMPARE_OP, RT_CMP_LT); break;
    case RT_ASTCMP_LTE: rt__c_emit(u, RT_OP_COMPARE_OP, RT_CMP_LE); break;
    case RT_ASTCMP_GT: rt__c_emit(u, RT_OP_COMPARE_OP, RT_CMP_GT); break;
    case RT_ASTCMP_GTE: rt__c_emit(u, RT_OP_COMPARE_OP, RT_CMP_GE); break;
    case RT_ASTCMP_IS: rt__c_emit(u, RT_OP_IS_OP, 0); break;
    case RT_ASTCMP_ISNOT: rt__c_emit(u, RT_OP_IS_OP, 1); break;
    case RT_ASTCMP_IN: rt__c_emit(u, RT_OP_CONTAINS_OP, 0); break;
    case RT_ASTCMP_NOTIN: rt__c_emit(u, RT_OP_CONTAINS_OP, 1); break;
    default: break;
    }
}

static void compare(cunit *u, const rt_ast_expr *e)
{
    rt__c_check_compare(u, e);
    int n = e->u.compare.comparators.n;
    rt__c_expr(u, e->u.compare.left);
    if (n == 1) {
        rt__c_expr(u, e->u.compare.comparators.v[0]);
        compare_op(u, e->u.compare.ops[0]);
        return;
    }
    int cleanup = rt__c_new_label(u), end = rt__c_new_label(u);
    for (int i = 0; i < n - 1; i++) {
        rt__c_expr(u, e->u.compare.comparators.v[i]);
        rt__c_emit(u, RT_OP_DUP_TOP, 0);
        rt__c_emit(u, RT_OP_ROT_THREE, 0);
        compare_op(u, e->u.compare.ops[i]);
        rt__c_emit_jump(u, RT_OP_JUMP_IF_FALSE_OR_POP, cleanup);
    }
    rt__c_expr(u, e->u.compare.comparators.v[n - 1]);
    compare_op(u, e->u.compare.ops[n - 1]);
    rt__c_emit_jump(u, RT_OP_JUMP, end);
    rt__c_bind_label(u, cleanup);
    rt__c_emit(u, RT_OP_ROT_TWO, 0);
    rt__c_emit(u, RT_OP_POP_TOP, 0);
    rt__c_bind_label(u, end);
}

/* Jumps to label when the truth of e equals cond; falls through otherwise. */
void rt__c_jump_if(cunit *u, const rt_ast_expr *e, bool cond, int label)
{
    if (e->kind == RT_EXPR_UNARYOP && e->u.unaryop.op == RT_UNARY_NOT) {
        rt__c_jump_if(u, e->u.unaryop.operand, !cond, label);
        return;
    }
    if (e->kind == RT_EXPR_BOOLOP) {
        bool is_or = e->u.boolop.op == RT_BOOL_OR;
        int n = e->u.boolop.values.n;
        if (is_or == cond) {
            /* (a or b) true -> jump if any true; (a and b) false -> jump if any false */
            for (int i = 0; i < n; i++)
                rt__c_jump_if(u, e->u.boolop.values.v[i], cond, label);
        } else {
            int skip = rt__c_new_label(u);
            for (int i = 0; i < n - 1; i++)
                rt__c_jump_if(u, e->u.boolop.values.v[i], !cond, skip);
            rt__c_jump_if(u, e->u.boolop.values.v[n - 1], cond, label);
            rt__c_bind_label(u, skip);
        }
        return;
    }
    if (e->kind == RT_EXPR_CONSTANT && (e->u.constant.kind == RT_CONST_TRUE ||
                                        (e->u.constant.kind == RT_CONST_INT && e->u.constant.i))) {
        if (cond)
            rt__c_emit_jump(u, RT_OP_JUMP, label);
        return;
    }
    rt__c_expr(u, e);
    rt__c_emit_jump(u, cond ? RT_OP_POP_JUMP_IF_TRUE : RT_OP_POP_JUMP_IF_FALSE, label);
}

static bool has_starred(const rt_ast_expr_list *l)
{
    for (int i = 0; i < l->n; i++)
        if (l->v[i]->kind == RT_EXPR_STARRED)
            return true;
    return false;
}

/* Builds a list, tuple or set from elements that may contain *x. */
/* Displays, calls and f-strings with more parts than this are built
 * incrementally, as CPython's STACK_USE_GUIDELINE: the value stack of a
 * frame stays small however long the display is (and fits the code
 * object's 16-bit stack size). */
#define STACK_USE_GUIDELINE 30

void rt__c_sequence(cunit *u, const rt_ast_expr_list *elts, rt_opcode build)
{
    if (!has_starred(elts) && elts->n <= STACK_USE_GUIDELINE) {
        for (int i = 0; i < elts->n; i++)
            rt__c_expr(u, elts->v[i]);
        rt__c_emit(u, build, (uint32_t)elts->n);
        return;
    }
    bool set = build == RT_OP_BUILD_SET;
    rt__c_emit(u, set ? RT_OP_BUILD_SET : RT_OP_BUILD_LIST, 0);
    for (int i = 0; i < elts->n; i++) {
        const rt_ast_expr *x = elts->v[i];
        if (x->kind == RT_EXPR_STARRED) {
            rt__c_expr(u, x->u.starred.value);
            rt__c_emit(u, set ? RT_OP_SET_UPDATE : RT_OP_LIST_EXTEND, 1);
        } else {
            rt__c_expr(u, x);
            rt__c_emit(u, set ? RT_OP_SET_ADD : RT_OP_LIST_APPEND, 1);
        }
    }
    if (build == RT_OP_BUILD_TUPLE)
        rt__c_emit(u, RT_OP_LIST_TO_TUPLE, 0);
}

static void dict_display(cunit *u, const rt_ast_expr *e)
{
    int n = e->u.dict.keys.n;
    bool spread = false;
    for (int i = 0; i < n; i++)
        if (!e->u.dict.keys.v[i])
            spread = true;
    if (!spread && n <= STACK_USE_GUIDELINE) {
        for (int i = 0; i < n; i++) {
            rt__c_expr(u, e->u.dict.keys.v[i]);
            rt__c_expr(u, e->u.dict.values.v[i]);
        }
        rt__c_emit(u, RT_OP_BUILD_MAP, (uint32_t)n);
        return;
    }
    rt__c_emit(u, RT_OP_BUILD_MAP, 0);
    for (int i = 0; i < n; i++) {
        if (e->u.dict.keys.v[i]) {
            rt__c_expr(u, e->u.dict.keys.v[i]);
            rt__c_expr(u, e->u.dict.values.v[i]);
            rt__c_emit(u, RT_OP_MAP_ADD, 1);
        } else {
            rt__c_expr(u, e->u.dict.values.v[i]);
            rt__c_emit(u, RT_OP_DICT_UPDATE, 1);
        }
    }
}

/* Pushes the cells a child scope's closure needs (ast.h's recipe). */
static int push_closure(cunit *u, const rt_ast_scope *child)
{
    for (int i = 0; i < child->nfreevars; i++) {
        rt_ast_name_res r = child->closure[i];
        uint32_t slot = (uint32_t)(r.kind == RT_NAME_CELL ? r.slot : u->scope->ncellvars + r.slot);
        rt__c_emit(u, RT_OP_LOAD_CLOSURE, slot);
    }
    return child->nfreevars;
}

/* Evaluates defaults / kw-only defaults of args; returns MAKE_FUNCTION flags. */
uint32_t rt__c_push_defaults(cunit *u, const rt_ast_arguments *a)
{
    uint32_t flags = 0;
    if (!a)
        return 0;
    if (a->defaults.n) {
        for (int i = 0; i < a->defaults.n; i++)
            rt__c_expr(u, a->defaults.v[i]);
        rt__c_emit(u, RT_OP_BUILD_TUPLE, (uint32_t)a->defaults.n);
        flags |= 1;
    }
    int nkw = 0;
    for (int i = 0; i < a->nkwonly; i++) {
        if (a->kw_defaults && a->kw_defaults[i]) {
            rt__c_load_const(u, rt__c_str_of(u, a->kwonly[i].name));
            rt__c_expr(u, a->kw_defaults[i]);
            nkw++;
        }
    }
    if (nkw) {
        rt__c_emit(u, RT_OP_BUILD_MAP, (uint32_t)nkw);
        flags |= 2;
    }
    return flags;
}

void rt__c_make_function(cunit *u, rt_ast_scope *sc, uint32_t flags, rt_value code)
{
    int ncells = push_closure(u, sc);
    rt__c_load_const(u, code);
    rt__c_emit(u, RT_OP_MAKE_FUNCTION, flags | ((uint32_t)ncells << 3));
}

/* True when the module begins (after its docstring) with `from __future__
 * import annotations`: annotations are then kept as their source text, not
 * evaluated (PEP 563). */
bool rt__c_future_annotations(const rt_ast_module *m)
{
    for (int i = 0; i < m->body.n; i++) {
        const rt_ast_stmt *s = m->body.v[i];
        if (i == 0 && s->kind == RT_STMT_EXPR && s->u.expr.value->kind == RT_EXPR_CONSTANT &&
            s->u.expr.value->u.constant.kind == RT_CONST_STR)
            continue;
        if (s->kind != RT_STMT_IMPORTFROM || s->u.importfrom.level != 0 ||
            !s->u.importfrom.module.s || s->u.importfrom.module.len != 10 ||
            memcmp(s->u.importfrom.module.s, "__future__", 10) != 0)
            return false;
        for (int k = 0; k < s->u.importfrom.nnames; k++)
            if (s->u.importfrom.names[k].name.len == 11 &&
                !memcmp(s->u.importfrom.names[k].name.s, "annotations", 11))
                return true;
    }
    return false;
}

/* The byte offset of 1-based (line, col) in src, or src.len. */
static size_t source_offset(rt_ast_str src, int line, int col)
{
    size_t i = 0;
    for (int l = 1; l < line && i < src.len; i++)
        if (src.s[i] == '\n')
            l++;
    i += (size_t)(col > 0 ? col - 1 : 0);
    return i < src.len ? i : src.len;
}

/* Pushes an annotation: its value, or under `from __future__ import
 * annotations` its source text. */
void rt__c_annotation(cunit *u, const rt_ast_expr *e)
{
    if (!rt__c_future_annotations(u->mod)) {
        rt__c_expr(u, e);
        return;
    }
    if (e->kind == RT_EXPR_CONSTANT && e->u.constant.kind == RT_CONST_STR) {
        /* a string annotation reads as its repr, as CPython's unparse writes it */
        rt_value v = rt_str_intern(u->rt, e->u.constant.s.s, e->u.constant.s.len);
        rt_value r = v ? rt_repr(u->rt, v) : RT_NULL;
        rt_decref(u->rt, v);
        if (!r) {
            *u->failed = true;
            return;
        }
        rt_ast_str text = {rt_str_data(r), rt_str_len(r)};
        rt__c_load_const(u, rt__c_str_of(u, text));
        rt_decref(u->rt, r);
        return;
    }
    rt_ast_str src = u->mod->source;
    size_t a = source_offset(src, e->pos.line, e->pos.col);
    size_t b = source_offset(src, e->pos.end_line, e->pos.end_col);
    rt_ast_str text = {src.s + a, b > a ? b - a : 0};
    rt__c_load_const(u, rt__c_str_of(u, text));
}

/* Pushes the parameter and return annotations of a def as a dict (MAKE_FUNCTION
 * flag 4); returns 4, or 0 when there are none. */
uint32_t rt__c_push_annotations(cunit *u, const rt_ast_arguments *a, const rt_ast_expr *returns)
{
    int n = 0;
    const rt_ast_arg *lists[4] = {a ? a->args : NULL, a ? a->vararg : NULL, a ? a->kwonly : NULL,
                                  a ? a->kwarg : NULL};
    int counts[4] = {a ? a->nargs : 0, a && a->vararg ? 1 : 0, a ? a->nkwonly : 0,
                     a && a->kwarg ? 1 : 0};
    for (int l = 0; l < 4; l++)
        for (int i = 0; i < counts[l]; i++)
            if (lists[l][i].annotation) {
                rt__c_load_const(u, rt__c_str_of(u, lists[l][i].name));
                rt__c_annotation(u, lists[l][i].annotation);
                n++;
            }
    if (returns) {
        rt_ast_str r = {"return", 6};
        rt__c_load_const(u, rt__c_str_of(u, r));
        rt__c_annotation(u, returns);
        n++;
    }
    if (!n)
        return 0;
    rt__c_emit(u, RT_OP_BUILD_MAP, (uint32_t)n);
    return 4;
}

void rt__c_comprehension(cunit *u, const rt_ast_expr *e)
{
    rt_ast_scope *sc = e->u.comp.scope;
    rt_value code = rt__c_compile_scope(u, sc, NULL, NULL, e);
    if (!code) {
        *u->failed = true;
        return;
    }
    rt__c_emit(u, RT_OP_PUSH_NULL, 0);
    rt__c_make_function(u, sc, 0, code);
    rt__c_expr(u, e->u.comp.generators[0].iter);
    rt__c_emit(u, e->u.comp.generators[0].is_async ? RT_OP_GET_AITER : RT_OP_GET_ITER, 0);
    rt__c_emit(u, RT_OP_CALL, 1); /* a generator expression's call returns the generator */
    if (sc->is_coroutine)
        rt__c_delegate(u, true); /* a comprehension that awaits is a coroutine: awaited */
}

/* `yield from x`: CPython 3.11's SEND loop. The delegate stays on the stack
 * while the loop runs; gen.c finds it there (YIELD_VALUE's argument 1) to
 * forward throw() and close(), and the JUMP right after the YIELD_VALUE back
 * to SEND is how it finds the loop's exit. */
void rt__c_delegate(cunit *u, bool await)
{
    /* argument 1: `await x`, which delegates to x.__await__() */
    rt__c_emit(u, RT_OP_GET_YIELD_FROM_ITER, await ? 1 : 0);
    rt__c_send_loop(u);
}

void rt__c_send_loop(cunit *u)
{
    rt__c_load_none(u);
    int top = rt__c_new_label(u), exit = rt__c_new_label(u);
    rt__c_bind_label(u, top);
    rt__c_emit_jump(u, RT_OP_SEND, exit);
    rt__c_emit(u, RT_OP_YIELD_VALUE, 1);
    rt__c_emit_jump(u, RT_OP_JUMP, top);
    rt__c_bind_label(u, exit);
}

static void yield_from(cunit *u, const rt_ast_expr *e)
{
    rt__c_expr(u, e->u.yield.value);
    u->line = e->pos.line;
    rt__c_delegate(u, e->u.yield.is_await != 0);
}

void rt__c_call(cunit *u, const rt_ast_expr *e)
{
    rt__c_check_call(u, e);
    if (rt__c_sum_genexpr(u, e))
        return;
    const rt_ast_expr *fn = e->u.call.func;
    const rt_ast_expr_list *args = &e->u.call.args;
    int nkw = e->u.call.nkeywords;
    bool spread = has_starred(args);
    for (int i = 0; i < nkw; i++)
        if (!e->u.call.keywords[i].arg.s)
            spread = true;

    if (spread || args->n + nkw > STACK_USE_GUIDELINE) {
        rt__c_emit(u, RT_OP_PUSH_NULL, 0);
        rt__c_expr(u, fn);
        if (args->n == 1 && args->v[0]->kind == RT_EXPR_STARRED)
            rt__c_expr(u,
                       args->v[0]->u.starred.value); /* f(*x): CALL_FUNCTION_EX makes the tuple */
        else
            rt__c_sequence(u, args, RT_OP_BUILD_TUPLE);
        if (nkw == 1 && !e->u.call.keywords[0].arg.s) {
            /* f(..., **x): CALL_FUNCTION_EX checks x (and copies it when it
             * must: CPython's DICT_MERGE rules) */
            rt__c_expr(u, e->u.call.keywords[0].value);
        } else if (nkw) {
            rt__c_emit(u, RT_OP_BUILD_MAP, 0);
            for (int i = 0; i < nkw; i++) {
                const rt_ast_keyword *k = &e->u.call.keywords[i];
                if (k->arg.s) {
                    rt__c_load_const(u, rt__c_str_of(u, k->arg));
                    rt__c_expr(u, k->value);
                    rt__c_emit(u, RT_OP_BUILD_MAP, 1);
                } else {
                    rt__c_expr(u, k->value);
                }
                rt__c_emit(u, RT_OP_DICT_MERGE, 1);
            }
        }
        int saved = u->line;
        rt_ast_pos saved_pos = u->pos;
        u->line = e->pos.line;
        u->pos = e->pos;
        rt__c_emit(u, RT_OP_CALL_FUNCTION_EX, nkw ? 1 : 0);
        u->line = saved;
        u->pos = saved_pos;
        return;
    }

    if (fn->kind == RT_EXPR_ATTRIBUTE) {
        rt__c_expr(u, fn->u.attribute.value);
        rt_ast_pos saved_pos = u->pos;
        u->pos = fn->pos; /* an AttributeError underlines obj.name */
        rt__c_emit(u, RT_OP_LOAD_METHOD, rt__c_add_mangled(u, fn->u.attribute.attr));
        u->pos = saved_pos;
    } else {
        rt__c_emit(u, RT_OP_PUSH_NULL, 0);
        rt__c_expr(u, fn);
    }
    for (int i = 0; i < args->n; i++)
        rt__c_expr(u, args->v[i]);
    for (int i = 0; i < nkw; i++)
        rt__c_expr(u, e->u.call.keywords[i].value);
    if (nkw) {
        rt_value t = rt_tuple_new(u->rt, nkw);
        if (!t) {
            *u->failed = true;
            return;
        }
        for (int i = 0; i < nkw; i++) {
            rt_value s = rt__c_str_of(u, e->u.call.keywords[i].arg);
            if (!s) {
                *u->failed = true;
                rt_decref(u->rt, t);
                return;
            }
            rt_tuple_set_steal(t, i, s);
        }
        rt__c_emit(u, RT_OP_KW_NAMES, rt__c_add_const(u, t));
    }
    int saved = u->line;
    rt_ast_pos saved_pos = u->pos;
    u->line = e->pos.line;
    u->pos = e->pos;
    rt__c_emit(u, RT_OP_CALL, (uint32_t)(args->n + nkw));
    u->line = saved;
    u->pos = saved_pos;
}

rt_value rt__c_const_value(cunit *u, const rt_ast_expr *e)
{
    rt_state *rt = u->rt;
    switch (e->u.constant.kind) {
    case RT_CONST_NONE: return RT_NONE;
    case RT_CONST_TRUE: return RT_TRUE;
    case RT_CONST_FALSE: return RT_FALSE;
    case RT_CONST_ELLIPSIS: rt_incref(rt->ellipsis); return rt->ellipsis;
    case RT_CONST_INT: return rt_int_from_i64(rt, e->u.constant.i);
    case RT_CONST_FLOAT: return rt_float_new(rt, e->u.constant.f);
    case RT_CONST_IMAG: return rt_complex_new(rt, 0.0, e->u.constant.f);
    case RT_CONST_STR: return rt_str_intern(rt, e->u.constant.s.s, e->u.constant.s.len);
    case RT_CONST_BYTES: return rt_bytes_new(rt, e->u.constant.s.s, e->u.constant.s.len);
    case RT_CONST_BIGINT: {
        rt_value v = rt_bigint_from_digits(rt, e->u.constant.s.s, e->u.constant.s.len,
                                           e->u.constant.base, false);
        if (!v && rt_exc_matches(rt, RT_EXC_ValueError)) {
            /* CPython reports an over-long literal as a SyntaxError */
            char msg[320];
            rt_exc_clear(rt);
            snprintf(msg, sizeof msg,
                     "Exceeds the limit (%lld digits) for integer string conversion: value has %zu "
                     "digits; use sys.set_int_max_str_digits() to increase the limit - Consider "
                     "hexadecimal for huge integer literals to avoid decimal conversion limits.",
                     (long long)rt->int_max_str_digits, e->u.constant.s.len);
            rt__c_syntax_error(u, e->pos.line, e->pos.col, msg);
        }
        return v;
    }
    default:
        rt__c_syntax_error(u, e->pos.line, e->pos.col, "this literal is not supported by closured");
        return RT_NULL;
    }
}

static void joined_str(cunit *u, const rt_ast_expr *e)
{
    int n = e->u.joinedstr.values.n;
    if (n == 0) {
        rt__c_load_const(u, rt_str_intern(u->rt, "", 0));
        return;
    }
    if (n <= STACK_USE_GUIDELINE) {
        for (int i = 0; i < n; i++)
            rt__c_expr(u, e->u.joinedstr.values.v[i]);
        if (n > 1 || e->u.joinedstr.values.v[0]->kind != RT_EXPR_FORMATTEDVALUE)
            rt__c_emit(u, RT_OP_BUILD_STRING, (uint32_t)n);
        return;
    }
    /* a long f-string: ''.join([parts]), each part a str already */
    rt__c_load_const(u, rt_str_intern(u->rt, "", 0));
    rt_ast_str join = {"join", 4};
    rt__c_emit(u, RT_OP_LOAD_METHOD, rt__c_add_name(u, join));
    rt__c_emit(u, RT_OP_BUILD_LIST, 0);
    for (int i = 0; i < n; i++) {
        rt__c_expr(u, e->u.joinedstr.values.v[i]);
        rt__c_emit(u, RT_OP_LIST_APPEND, 1);
    }
    rt__c_emit(u, RT_OP_CALL, 1);
}

void rt__c_expr(cunit *u, const rt_ast_expr *e)
{
    if (*u->failed || rt__c_stack_exhausted(u))
        return;
    int saved_line = u->line;
    rt_ast_pos saved_pos = u->pos;
    u->line = e->pos.line;
    u->pos = e->pos;
    switch (e->kind) {
    case RT_EXPR_BOOLOP: {
        int end = rt__c_new_label(u);
        int n = e->u.boolop.values.n;
        rt_opcode j =
            e->u.boolop.op == RT_BOOL_AND ? RT_OP_JUMP_IF_FALSE_OR_POP : RT_OP_JUMP_IF_TRUE_OR_POP;
        for (int i = 0; i < n - 1; i++) {
            rt__c_expr(u, e->u.boolop.values.v[i]);
            rt__c_emit_jump(u, j, end);
        }
        rt__c_expr(u, e->u.boolop.values.v[n - 1]);
        rt__c_bind_label(u, end);
        break;
    }
    case RT_EXPR_BINOP: {
        rt_value c = rt__c_fold(u, e);
        if (c) {
            rt__c_load_const(u, c);
            break;
        }
        rt__c_expr(u, e->u.binop.left);
        rt__c_expr(u, e->u.binop.right);
        u->line = e->pos.line;
        u->pos = e->pos;
        rt__c_emit(u, RT_OP_BINARY_OP, (uint32_t)rt__c_binop_kind(e->u.binop.op));
        break;
    }
    case RT_EXPR_UNARYOP: {
        rt_value c = rt__c_fold(u, e);
        if (c) {
            rt__c_load_const(u, c);
            break;
        }
        rt__c_expr(u, e->u.unaryop.operand);
        static const rt_unop_kind map[] = {
            [RT_UNARY_INVERT] = RT_UOP_INVERT,
            [RT_UNARY_NOT] = RT_UOP_NOT,
            [RT_UNARY_UADD] = RT_UOP_POS,
            [RT_UNARY_USUB] = RT_UOP_NEG,
        };
        rt__c_emit(u, RT_OP_UNARY_OP, (uint32_t)map[e->u.unaryop.op]);
        break;
    }
    case RT_EXPR_LAMBDA: {
        rt_ast_scope *sc = e->u.lambda.scope;
        uint32_t flags = rt__c_push_defaults(u, e->u.lambda.args);
        rt_value code = rt__c_compile_scope(u, sc, NULL, e->u.lambda.body, NULL);
        if (!code) {
            *u->failed = true;
            break;
        }
        rt__c_make_function(u, sc, flags, code);
        break;
    }
    case RT_EXPR_IFEXP: {
        int orelse = rt__c_new_label(u), end = rt__c_new_label(u);
        rt__c_jump_if(u, e->u.ifexp.test, false, orelse);
        rt__c_expr(u, e->u.ifexp.body);
        rt__c_emit_jump(u, RT_OP_JUMP, end);
        rt__c_bind_label(u, orelse);
        rt__c_expr(u, e->u.ifexp.orelse);
        rt__c_bind_label(u, end);
        break;
    }
    case RT_EXPR_DICT: dict_display(u, e); break;
    case RT_EXPR_SET: rt__c_sequence(u, &e->u.set.elts, RT_OP_BUILD_SET); break;
    case RT_EXPR_LISTCOMP:
    case RT_EXPR_SETCOMP:
    case RT_EXPR_DICTCOMP:
    case RT_EXPR_GENERATOREXP: rt__c_comprehension(u, e); break;
    case RT_EXPR_COMPARE: compare(u, e); break;
    case RT_EXPR_CALL: rt__c_call(u, e); break;
    case RT_EXPR_FORMATTEDVALUE: {
        rt__c_expr(u, e->u.formattedvalue.value);
        uint32_t flags = 0;
        switch (e->u.formattedvalue.conversion) {
        case 's': flags = 1; break;
        case 'r': flags = 2; break;
        case 'a': flags = 3; break;
        default: break;
        }
        if (e->u.formattedvalue.format_spec) {
            rt__c_expr(u, e->u.formattedvalue.format_spec);
            flags |= 4;
        }
        rt__c_emit(u, RT_OP_FORMAT_VALUE, flags);
        break;
    }
    case RT_EXPR_JOINEDSTR: joined_str(u, e); break;
    case RT_EXPR_CONSTANT: {
        rt_value v = rt__c_const_value(u, e);
        if (v)
            rt__c_load_const(u, v);
        else
            *u->failed = true;
        break;
    }
    case RT_EXPR_ATTRIBUTE:
        rt__c_expr(u, e->u.attribute.value);
        u->line = e->pos.line;
        u->pos = e->pos;
        rt__c_emit(u, RT_OP_LOAD_ATTR, rt__c_add_mangled(u, e->u.attribute.attr));
        break;
    case RT_EXPR_SUBSCRIPT:
        rt__c_check_subscript(u, e);
        rt__c_expr(u, e->u.subscript.value);
        rt__c_expr(u, e->u.subscript.slice);
        u->line = e->pos.line;
        u->pos = e->pos;
        rt__c_emit(u, RT_OP_BINARY_SUBSCR, 0);
        break;
    case RT_EXPR_STARRED:
        rt__c_syntax_error(u, e->pos.line, e->pos.col, "can't use starred expression here");
        break;
    case RT_EXPR_YIELD:
        if (e->u.yield.value)
            rt__c_expr(u, e->u.yield.value);
        else
            rt__c_load_none(u);
        u->line = e->pos.line;
        u->pos = e->pos;
        rt__c_emit(u, RT_OP_YIELD_VALUE, 0);
        break;
    case RT_EXPR_YIELDFROM: yield_from(u, e); break;
    case RT_EXPR_NAME: rt__c_name_op(u, e->u.name.id, e->u.name.res, RT_CTX_LOAD); break;
    case RT_EXPR_LIST: rt__c_sequence(u, &e->u.seq.elts, RT_OP_BUILD_LIST); break;
    case RT_EXPR_TUPLE: rt__c_sequence(u, &e->u.seq.elts, RT_OP_BUILD_TUPLE); break;
    case RT_EXPR_NAMEDEXPR: /* `target := value`: the value stays as the result */
        rt__c_expr(u, e->u.namedexpr.value);
        rt__c_emit(u, RT_OP_DUP_TOP, 0);
        rt__c_name_op(u, e->u.namedexpr.target->u.name.id, e->u.namedexpr.target->u.name.res,
                      RT_CTX_STORE);
        break;
    case RT_EXPR_SLICE: {
        const rt_ast_expr *parts[3] = {e->u.slice.lower, e->u.slice.upper, e->u.slice.step};
        int n = parts[2] ? 3 : 2;
        for (int i = 0; i < n; i++) {
            if (parts[i])
                rt__c_expr(u, parts[i]);
            else
                rt__c_load_none(u);
        }
        rt__c_emit(u, RT_OP_BUILD_SLICE, (uint32_t)n);
        break;
    }
    default: rt__c_syntax_error(u, e->pos.line, e->pos.col, "unsupported expression"); break;
    }
    u->line = saved_line;
    u->pos = saved_pos;
}

/* ---- assignment targets ------------------------------------------------------- */

static void unpack(cunit *u, const rt_ast_expr *t)
{
    const rt_ast_expr_list *elts = &t->u.seq.elts;
    int star = -1;
    for (int i = 0; i < elts->n; i++) {
        if (elts->v[i]->kind == RT_EXPR_STARRED) {
            if (star >= 0) {
                rt__c_syntax_error(u, t->pos.line, t->pos.col,
                                   "multiple starred expressions in assignment");
                return;
            }
            star = i;
        }
    }
    if (star < 0) {
        rt__c_emit(u, RT_OP_UNPACK_SEQUENCE, (uint32_t)elts->n);
    } else {
        uint32_t after = (uint32_t)(elts->n - star - 1);
        rt__c_emit(u, RT_OP_UNPACK_EX, (uint32_t)star | (after << 8));
    }
    for (int i = 0; i < elts->n; i++) {
        const rt_ast_expr *x = elts->v[i];
        rt__c_store_target(u, x->kind == RT_EXPR_STARRED ? x->u.starred.value : x);
    }
}

/* Stores TOS into target t (consuming it). */
void rt__c_store_target(cunit *u, const rt_ast_expr *t)
{
    int saved = u->line;
    rt_ast_pos saved_pos = u->pos;
    u->line = t->pos.line;
    u->pos = t->pos;
    switch (t->kind) {
    case RT_EXPR_NAME: rt__c_name_op(u, t->u.name.id, t->u.name.res, RT_CTX_STORE); break;
    case RT_EXPR_ATTRIBUTE:
        rt__c_expr(u, t->u.attribute.value);
        rt__c_emit(u, RT_OP_STORE_ATTR, rt__c_add_mangled(u, t->u.attribute.attr));
        break;
    case RT_EXPR_SUBSCRIPT:
        rt__c_expr(u, t->u.subscript.value);
        rt__c_expr(u, t->u.subscript.slice);
        rt__c_emit(u, RT_OP_STORE_SUBSCR, 0);
        break;
    case RT_EXPR_TUPLE:
    case RT_EXPR_LIST: unpack(u, t); break;
    case RT_EXPR_STARRED:
        rt__c_syntax_error(u, t->pos.line, t->pos.col,
                           "starred assignment target must be in a list or tuple");
        break;
    default: rt__c_syntax_error(u, t->pos.line, t->pos.col, "cannot assign to expression"); break;
    }
    u->line = saved;
    u->pos = saved_pos;
}

void rt__c_delete_target(cunit *u, const rt_ast_expr *t)
{
    rt_ast_pos saved_pos = u->pos;
    int saved_line = u->line;
    u->pos = t->pos;
    u->line = t->pos.line;
    switch (t->kind) {
    case RT_EXPR_NAME: rt__c_name_op(u, t->u.name.id, t->u.name.res, RT_CTX_DEL); break;
    case RT_EXPR_ATTRIBUTE:
        rt__c_expr(u, t->u.attribute.value);
        rt__c_emit(u, RT_OP_DELETE_ATTR, rt__c_add_mangled(u, t->u.attribute.attr));
        break;
    case RT_EXPR_SUBSCRIPT:
        rt__c_expr(u, t->u.subscript.value);
        rt__c_expr(u, t->u.subscript.slice);
        rt__c_emit(u, RT_OP_DELETE_SUBSCR, 0);
        break;
    case RT_EXPR_TUPLE:
    case RT_EXPR_LIST:
        for (int i = 0; i < t->u.seq.elts.n; i++)
            rt__c_delete_target(u, t->u.seq.elts.v[i]);
        break;
    default: rt__c_syntax_error(u, t->pos.line, t->pos.col, "cannot delete expression"); break;
    }
    u->pos = saved_pos;
    u->line = saved_line;
}

void rt__c_aug_assign(cunit *u, const rt_ast_stmt *s)
{
    const rt_ast_expr *t = s->u.augassign.target;
    uint32_t op = (uint32_t)rt__c_binop_kind(s->u.augassign.op) | RT_BINOP_INPLACE;
    /* the target's loads and stores carry its position, the operation the
     * statement's (what a traceback underlines, as CPython) */
    switch (t->kind) {
    case RT_EXPR_NAME:
        u->pos = t->pos;
        rt__c_name_op(u, t->u.name.id, t->u.name.res, RT_CTX_LOAD);
        rt__c_expr(u, s->u.augassign.value);
        u->pos = s->pos;
        rt__c_emit(u, RT_OP_BINARY_OP, op);
        u->pos = t->pos;
        rt__c_name_op(u, t->u.name.id, t->u.name.res, RT_CTX_STORE);
        break;
    case RT_EXPR_ATTRIBUTE: {
        uint32_t ni = rt__c_add_mangled(u, t->u.attribute.attr);
        rt__c_expr(u, t->u.attribute.value);
        u->pos = t->pos;
        rt__c_emit(u, RT_OP_DUP_TOP, 0);
        rt__c_emit(u, RT_OP_LOAD_ATTR, ni);
        rt__c_expr(u, s->u.augassign.value);
        u->pos = s->pos;
        rt__c_emit(u, RT_OP_BINARY_OP, op);
        u->pos = t->pos;
        rt__c_emit(u, RT_OP_ROT_TWO, 0);
        rt__c_emit(u, RT_OP_STORE_ATTR, ni);
        break;
    }
    case RT_EXPR_SUBSCRIPT:
        rt__c_expr(u, t->u.subscript.value);
        rt__c_expr(u, t->u.subscript.slice);
        u->pos = t->pos;
        rt__c_emit(u, RT_OP_DUP_TOP_TWO, 0);
        rt__c_emit(u, RT_OP_BINARY_SUBSCR, 0);
        rt__c_expr(u, s->u.augassign.value);
        u->pos = s->pos;
        rt__c_emit(u, RT_OP_BINARY_OP, op);
        u->pos = t->pos;
        rt__c_emit(u, RT_OP_ROT_THREE, 0);
        rt__c_emit(u, RT_OP_STORE_SUBSCR, 0);
        break;
    default:
        rt__c_syntax_error(u, t->pos.line, t->pos.col,
                           "'expression' is an illegal expression for augmented assignment");
        break;
    }
}
