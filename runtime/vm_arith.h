/* vm_arith.h: the dispatch loop's inline number fast paths: small-int
 * arithmetic and compares on tagged words, and float arithmetic and
 * compares on unboxed doubles. Each gives its answer or says the slow path must run; none
 * allocates or raises. Private to vm.c, included once before the loop. */
#ifndef CLOSURED_RUNTIME_VM_ARITH_H
#define CLOSURED_RUNTIME_VM_ARITH_H

#include <math.h>
#include <stdbool.h>
#include <stdint.h>

#include "runtime/num.h"
#include "runtime/object.h"
#include "runtime/ops.h"

/* Inline small-int arithmetic; RT_NULL when the slow path must run. A small
 * int n is the word 2n + 1 (object.h), so sums, differences, products and
 * bitwise operations are computed on the tagged words themselves, and the
 * machine's signed overflow is exactly a result outside the small-int
 * range: 2x+1 + 2y = 2(x+y)+1, 2x+1 - 2y = 2(x-y)+1, x * 2y = 2xy (tag
 * added after), (2x+1) & (2y+1) = 2(x&y)+1, likewise for | and ^. */
static inline rt_value smallint_binop(uint32_t op, rt_value a, rt_value b)
{
    /* one switch on the operator (a second one for the dividing operators
     * cost `mix` 3% of its instructions) */
    int64_t ta = (int64_t)a, tb = (int64_t)(b ^ 1u), r, x, y;
    switch (op & ~RT_BINOP_INPLACE) {
    case RT_OP_ADD:
        if (__builtin_add_overflow(ta, tb, &r))
            return RT_NULL;
        return (rt_value)r;
    case RT_OP_SUB:
        if (__builtin_sub_overflow(ta, tb, &r))
            return RT_NULL;
        return (rt_value)r;
    case RT_OP_MUL:
        if (__builtin_mul_overflow(rt_smallint_get(a), tb, &r))
            return RT_NULL;
        return (rt_value)r | 1u;
    case RT_OP_AND: return a & b;
    case RT_OP_OR: return a | b;
    case RT_OP_XOR: return (a ^ b) | 1u;
    case RT_OP_FLOORDIV:
        x = rt_smallint_get(a), y = rt_smallint_get(b);
        if (y == 0 || (y == -1 && x == RT_SMALLINT_MIN))
            return RT_NULL; /* ZeroDivisionError; RT_SMALLINT_MIN // -1 is a big int */
        r = x / y;
        if ((x % y != 0) && ((x < 0) != (y < 0)))
            r--;
        return rt_smallint(r);
    case RT_OP_MOD:
        x = rt_smallint_get(a), y = rt_smallint_get(b);
        if (y == 0)
            return RT_NULL;
        r = x % y;
        if (r != 0 && ((r < 0) != (y < 0)))
            r += y;
        return rt_smallint(r); /* |r| < |y|: always small */
    default: return RT_NULL;
    }
}

static inline bool smallint_compare(uint32_t op, rt_value a, rt_value b)
{
    int64_t x = (int64_t)a, y = (int64_t)b;
    switch (op) {
    case RT_CMP_LT: return x < y;
    case RT_CMP_LE: return x <= y;
    case RT_CMP_EQ: return x == y;
    case RT_CMP_NE: return x != y;
    case RT_CMP_GT: return x > y;
    default: return x >= y;
    }
}

/* The float forms of BINARY_OP and COMPARE_OP: a float operand (the exact
 * type: a subclass's instance is RT_T_INSTANCE and takes the generic path
 * with its overrides) and a float or a small int. A small int converts as
 * CPython's int-to-float conversion does (round to nearest even). */
static inline bool float_operand(rt_value v, double *d)
{
    if (rt_is_smallint(v)) {
        *d = (double)rt_smallint_get(v);
        return true;
    }
    if (rt_is_obj(v) && rt_as_obj(v)->type == RT_T_FLOAT) {
        *d = rt_float_get(v);
        return true;
    }
    return false;
}

/* x op y for the operators whose float result needs no error check (true
 * division by a nonzero: the zero raises ZeroDivisionError on the generic
 * path); false for the others (//, %, ** and the rest go generic). */
static inline bool float_arith(uint32_t op, double x, double y, double *r)
{
    switch (op & ~RT_BINOP_INPLACE) {
    case RT_OP_ADD: *r = x + y; return true;
    case RT_OP_SUB: *r = x - y; return true;
    case RT_OP_MUL: *r = x * y; return true;
    case RT_OP_TRUEDIV:
        if (y == 0.0)
            return false;
        *r = x / y;
        return true;
    default: return false;
    }
}

/* A float the value stack holds the only reference to: a temporary whose
 * box can take the result instead of a new one. */
static inline bool float_reusable(rt_value v)
{
    return rt_is_obj(v) && rt_as_obj(v)->type == RT_T_FLOAT && rt_as_obj(v)->refcnt == 1;
}

static inline bool float_compare(uint32_t op, double x, double y)
{
    /* IEEE comparisons are Python's: NaN is unequal to everything and
     * unordered, -0.0 == 0.0 */
    switch (op) {
    case RT_CMP_LT: return x < y;
    case RT_CMP_LE: return x <= y;
    case RT_CMP_EQ: return x == y;
    case RT_CMP_NE: return x != y;
    case RT_CMP_GT: return x > y;
    default: return x >= y;
    }
}

/* a op b decided without the generic protocol: 1 or 0, or -1 when it must
 * run. Two floats, a float and a small int that converts exactly (|n| <=
 * 2**53: CPython compares a larger int with a float exactly, not through a
 * rounded conversion), or two strs (exact types: subclasses may override). */
static inline int fast_compare(uint32_t op, rt_value a, rt_value b)
{
    if (!rt_is_obj(a) && !rt_is_obj(b))
        return -1;
    unsigned ta = rt_is_obj(a) ? rt_as_obj(a)->type : RT_T_COUNT;
    unsigned tb = rt_is_obj(b) ? rt_as_obj(b)->type : RT_T_COUNT;
    if (ta == RT_T_STR && tb == RT_T_STR) {
        if (op == RT_CMP_EQ || op == RT_CMP_NE)
            return rt_str_eq(a, b) == (op == RT_CMP_EQ);
        int c = rt_str_cmp(a, b);
        return float_compare(op, (double)c, 0.0);
    }
    if (ta != RT_T_FLOAT && tb != RT_T_FLOAT)
        return -1;
    const int64_t exact = INT64_C(1) << 53;
    double x, y;
    if (!float_operand(a, &x) || !float_operand(b, &y))
        return -1;
    if ((rt_is_smallint(a) && (rt_smallint_get(a) > exact || rt_smallint_get(a) < -exact)) ||
        (rt_is_smallint(b) && (rt_smallint_get(b) > exact || rt_smallint_get(b) < -exact)))
        return -1;
    return float_compare(op, x, y);
}

#endif
