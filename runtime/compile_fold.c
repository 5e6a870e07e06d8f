/* compile_fold.c: constant folding of number expressions at compile time: a
 * sign or ~ applied to a number and an arithmetic operator between numbers
 * (literals, or expressions folded the same way) become one constant, as
 * CPython 3.11's AST optimizer makes them.
 *
 * The result is the one the operator gives at run time, so folding changes
 * no program's output; what it must not do is raise at compile time or build
 * a huge constant. An operation that raises (0 ** -1, 1 / 0, 2.0 ** 2000,
 * 1 << -1) is left for run time, where it raises with its traceback. Ints
 * are held to CPython's limits (128 bits, measured as CPython measures
 * them): a product whose operands' bit lengths add up past 128, a shift
 * past 128 bits, and a power whose base's bit length exceeds 128 divided by
 * the exponent are not folded (so 2 ** 64 folds but 2 ** 89 and 10 ** 38 do
 * not, exactly where python3's `dis` shows the same). `not`, strs, bytes and
 * tuples are not folded here. */
#include "runtime/bigint.h"
#include "runtime/compile_unit.h"
#include "runtime/num.h"
#include "runtime/ops.h"
#include "runtime/state.h"

/* CPython's limit on a folded int, in bits. */
#define FOLD_MAX_INT_BITS 128

/* The bit length of an int or bool's magnitude. */
static uint64_t int_bits(rt_value v)
{
    if (rt_is_bool(v))
        return v == RT_TRUE ? 1 : 0;
    if (rt_is_smallint(v)) {
        int64_t n = rt_smallint_get(v);
        uint64_t m = n < 0 ? (uint64_t)0 - (uint64_t)n : (uint64_t)n;
        return m ? 64 - (uint64_t)__builtin_clzll(m) : 0;
    }
    return rt_bigint_bit_length(v);
}

/* The sign of an int or bool: -1, 0 or 1. */
static int int_sign(rt_value v)
{
    int64_t n = rt_int_get(v); /* a big int saturates: its sign is kept */
    return n < 0 ? -1 : n > 0;
}

/* An int operand's value as a count of bits (CPython's PyLong_AsSize_t):
 * false for a negative one or one past 64 bits. */
static bool int_count(rt_value v, uint64_t *out)
{
    if (int_sign(v) < 0 || int_bits(v) > 63)
        return false;
    *out = (uint64_t)rt_int_get(v);
    return true;
}

/* True when CPython's optimizer would try a op b (both numbers): its
 * size checks for *, ** and << on ints. */
static bool within_limits(rt_binop_kind op, rt_value a, rt_value b)
{
    if (!rt_is_intlike(a) || !rt_is_intlike(b) || int_sign(a) == 0)
        return true;
    uint64_t abits = int_bits(a), n;
    switch (op) {
    case RT_OP_MUL: return int_sign(b) == 0 || abits + int_bits(b) <= FOLD_MAX_INT_BITS;
    case RT_OP_POW:
        if (int_sign(b) <= 0)
            return true; /* x ** 0, x ** -n: a float or 1, or it raises */
        return int_count(b, &n) && abits <= FOLD_MAX_INT_BITS / n;
    case RT_OP_LSHIFT:
        if (int_sign(b) == 0)
            return true;
        return int_count(b, &n) && n <= FOLD_MAX_INT_BITS && abits <= FOLD_MAX_INT_BITS - n;
    default: return true;
    }
}

/* The value of a number literal (bools count: True + 1 folds to 2). */
static rt_value literal(cunit *u, const rt_ast_expr *e)
{
    switch (e->u.constant.kind) {
    case RT_CONST_TRUE:
    case RT_CONST_FALSE:
    case RT_CONST_INT:
    case RT_CONST_BIGINT:
    case RT_CONST_FLOAT:
    case RT_CONST_IMAG: return rt__c_const_value(u, e);
    default: return RT_NULL;
    }
}

/* Runs op on the compiler's state; an exception it raises is dropped (the
 * expression is then compiled as written and raises at run time). */
static rt_value attempt(cunit *u, rt_value r)
{
    if (!r && u->rt->exc)
        rt_exc_clear(u->rt);
    return r;
}

rt_value rt__c_fold(cunit *u, const rt_ast_expr *e)
{
    if (*u->failed || u->rt->exc)
        return RT_NULL;
    switch (e->kind) {
    case RT_EXPR_CONSTANT: {
        if (e->u.constant.kind == RT_CONST_BIGINT && e->u.constant.s.len > 40)
            return RT_NULL; /* a long literal: compiled (and checked) as written */
        return attempt(u, literal(u, e));
    }
    case RT_EXPR_UNARYOP: {
        rt_unop_kind k;
        switch (e->u.unaryop.op) {
        case RT_UNARY_USUB: k = RT_UOP_NEG; break;
        case RT_UNARY_UADD: k = RT_UOP_POS; break;
        case RT_UNARY_INVERT: k = RT_UOP_INVERT; break;
        default: return RT_NULL;
        }
        rt_value a = rt__c_fold(u, e->u.unaryop.operand);
        if (!a)
            return RT_NULL;
        rt_value r = attempt(u, rt_unop(u->rt, k, a));
        rt_decref(u->rt, a);
        return r;
    }
    case RT_EXPR_BINOP: {
        rt_binop_kind k = rt__c_binop_kind(e->u.binop.op);
        if (k == RT_OP_COUNT) /* @: no number has it */
            return RT_NULL;
        rt_value a = rt__c_fold(u, e->u.binop.left);
        if (!a)
            return RT_NULL;
        rt_value b = rt__c_fold(u, e->u.binop.right);
        rt_value r = RT_NULL;
        if (b && within_limits(k, a, b))
            r = attempt(u, rt_binop(u->rt, k, a, b));
        rt_decref(u->rt, a);
        if (b)
            rt_decref(u->rt, b);
        return r;
    }
    default: return RT_NULL;
    }
}
