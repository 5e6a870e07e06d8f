/* test_ops.c: the protocol on numbers and mixed types: floor division and
 * modulo with negatives, overflow, division by zero, int/float comparison,
 * hashing as CPython, truth, repr of numbers, error wording. */
#include <math.h>

#include "runtime/num.h"
#include "runtime/range.h"
#include "runtime/tuple.h"
#include "tests/unit/runtime/objtest.h"

static int64_t iv(rt_value v)
{
    return rt_int_get(v);
}

/* a OP b on small ints gives the int `want`. */
static int int_is(rt_state *rt, rt_binop_kind op, int64_t a, int64_t b, int64_t want)
{
    rt_value x = rt_int_from_i64(rt, a), y = rt_int_from_i64(rt, b);
    rt_value r = rt_binop(rt, op, x, y);
    int ok = r && rt_is_int(r) && iv(r) == want;
    if (!ok)
        fprintf(stderr, "  %lld op%d %lld: got %lld\n", (long long)a, (int)op, (long long)b,
                r ? (long long)iv(r) : -999LL);
    if (!r)
        rt_exc_clear(rt);
    rt_decref(rt, x);
    rt_decref(rt, y);
    rt_decref(rt, r);
    return ok;
}

static int fl_repr(rt_state *rt, rt_binop_kind op, double a, double b, const char *want)
{
    rt_value x = rt_float_new(rt, a), y = rt_float_new(rt, b);
    rt_value r = rt_binop(rt, op, x, y);
    int ok = r && repr_is(rt, r, want);
    if (!r)
        rt_exc_clear(rt);
    rt_decref(rt, x);
    rt_decref(rt, y);
    rt_decref(rt, r);
    return ok;
}

TEST(int_arith)
{
    STATE_BEGIN;
    CHECK(int_is(rt, RT_OP_FLOORDIV, 7, -2, -4));
    CHECK(int_is(rt, RT_OP_FLOORDIV, -7, 2, -4));
    CHECK(int_is(rt, RT_OP_MOD, -7, 3, 2));
    CHECK(int_is(rt, RT_OP_MOD, 7, -3, -2));
    CHECK(int_is(rt, RT_OP_POW, 2, 62, INT64_C(4611686018427387904)));
    CHECK(int_is(rt, RT_OP_LSHIFT, 1, 62, INT64_C(1) << 62));
    CHECK(int_is(rt, RT_OP_RSHIFT, -9, 1, -5));
    CHECK(int_is(rt, RT_OP_AND, 12, 10, 8));
    CHECK(int_is(rt, RT_OP_OR, 12, 10, 14));
    CHECK(int_is(rt, RT_OP_XOR, 12, 10, 6));
    CHECK(int_is(rt, RT_OP_ADD, RT_SMALLINT_MAX, 1, RT_SMALLINT_MAX + 1));
    CHECK(int_is(rt, RT_OP_SUB, INT64_MIN + 1, 1, INT64_MIN));
    rt_value big = rt_int_from_i64(rt, INT64_MAX);
    CHECK(rt_is_obj(big));
    CHECK(repr_is(rt, big, "9223372036854775807"));
    /* results past int64 grow into big ints */
    rt_value g = rt_binop(rt, RT_OP_ADD, big, I(1));
    CHECK(repr_is(rt, g, "9223372036854775808"));
    rt_decref(rt, g);
    g = rt_binop(rt, RT_OP_MUL, big, I(2));
    CHECK(repr_is(rt, g, "18446744073709551614"));
    rt_decref(rt, g);
    g = rt_binop(rt, RT_OP_POW, I(2), I(64));
    CHECK(repr_is(rt, g, "18446744073709551616"));
    rt_decref(rt, g);
    g = rt_binop(rt, RT_OP_LSHIFT, I(-1), I(64));
    CHECK(repr_is(rt, g, "-18446744073709551616"));
    rt_decref(rt, g);
    rt_decref(rt, big);
    CHECK(!rt_binop(rt, RT_OP_FLOORDIV, I(1), I(0)));
    CHECK(raised(rt, RT_EXC_ZeroDivisionError, "integer division or modulo by zero"));
    CHECK(!rt_binop(rt, RT_OP_MOD, I(1), I(0)));
    CHECK(raised(rt, RT_EXC_ZeroDivisionError, "integer modulo by zero"));
    CHECK(!rt_binop(rt, RT_OP_TRUEDIV, I(1), I(0)));
    CHECK(raised(rt, RT_EXC_ZeroDivisionError, "division by zero"));
    CHECK(!rt_binop(rt, RT_OP_POW, I(0), I(-1)));
    CHECK(raised(rt, RT_EXC_ZeroDivisionError, "0.0 cannot be raised to a negative power"));
    CHECK(!rt_binop(rt, RT_OP_RSHIFT, I(1), I(-1)));
    CHECK(raised(rt, RT_EXC_ValueError, "negative shift count"));
    rt_value r = rt_binop(rt, RT_OP_POW, I(2), I(-1));
    CHECK(repr_is(rt, r, "0.5"));
    rt_decref(rt, r);
    r = rt_binop(rt, RT_OP_TRUEDIV, I(7), I(2));
    CHECK(repr_is(rt, r, "3.5"));
    rt_decref(rt, r);
    r = rt_unop(rt, RT_UOP_NEG, RT_TRUE);
    CHECK(r == I(-1));
    r = rt_unop(rt, RT_UOP_INVERT, RT_TRUE);
    CHECK(r == I(-2));
    r = rt_unop(rt, RT_UOP_POS, RT_TRUE);
    CHECK(r == I(1));
    CHECK(rt_binop(rt, RT_OP_AND, RT_TRUE, RT_TRUE) == RT_TRUE);
    CHECK(rt_binop(rt, RT_OP_XOR, RT_TRUE, RT_TRUE) == RT_FALSE);
    CHECK(rt_binop(rt, RT_OP_OR, RT_TRUE, I(0)) == I(1));
    CHECK(rt_binop(rt, RT_OP_ADD, RT_TRUE, RT_TRUE) == I(2));
    STATE_END;
}

TEST(float_arith)
{
    STATE_BEGIN;
    CHECK(fl_repr(rt, RT_OP_FLOORDIV, 7.5, -2, "-4.0"));
    CHECK(fl_repr(rt, RT_OP_MOD, -7.5, 2, "0.5"));
    CHECK(fl_repr(rt, RT_OP_ADD, 0.1, 0.2, "0.30000000000000004"));
    CHECK(fl_repr(rt, RT_OP_MUL, 1e8, 1e8, "1e+16"));
    CHECK(fl_repr(rt, RT_OP_SUB, 0.0, 0.0, "0.0"));
    CHECK(fl_repr(rt, RT_OP_POW, 2.0, 0.5, "1.4142135623730951"));
    rt_value z = rt_float_new(rt, 0.0), one = rt_float_new(rt, 1.0);
    CHECK(!rt_binop(rt, RT_OP_TRUEDIV, one, z));
    CHECK(raised(rt, RT_EXC_ZeroDivisionError, "float division by zero"));
    CHECK(!rt_binop(rt, RT_OP_MOD, one, z));
    CHECK(raised(rt, RT_EXC_ZeroDivisionError, "float modulo"));
    CHECK(!rt_binop(rt, RT_OP_TRUEDIV, I(1), z));
    CHECK(raised(rt, RT_EXC_ZeroDivisionError, "float division by zero"));
    CHECK(!rt_binop(rt, RT_OP_POW, z, I(-1)));
    CHECK(raised(rt, RT_EXC_ZeroDivisionError, "0.0 cannot be raised to a negative power"));
    CHECK(!rt_binop(rt, RT_OP_OR, I(1), one));
    CHECK(raised(rt, RT_EXC_TypeError, "unsupported operand type(s) for |: 'int' and 'float'"));
    CHECK(!rt_unop(rt, RT_UOP_INVERT, one));
    CHECK(raised(rt, RT_EXC_TypeError, "bad operand type for unary ~: 'float'"));
    rt_value neg = rt_unop(rt, RT_UOP_NEG, z);
    CHECK(repr_is(rt, neg, "-0.0"));
    rt_decref(rt, neg);
    rt_decref(rt, z);
    rt_decref(rt, one);
    STATE_END;
}

TEST(compare)
{
    STATE_BEGIN;
    rt_value f = rt_float_new(rt, 9007199254740992.0); /* 2**53 */
    rt_value i = rt_int_from_i64(rt, (INT64_C(1) << 53) + 1);
    CHECK_EQ_INT(rt_compare_bool(rt, RT_CMP_EQ, i, f), 0);
    CHECK_EQ_INT(rt_compare_bool(rt, RT_CMP_GT, i, f), 1);
    CHECK_EQ_INT(rt_compare_bool(rt, RT_CMP_LT, f, i), 1);
    rt_value one = rt_float_new(rt, 1.0), nan = rt_float_new(rt, NAN);
    CHECK_EQ_INT(rt_compare_bool(rt, RT_CMP_EQ, I(1), one), 1);
    CHECK_EQ_INT(rt_compare_bool(rt, RT_CMP_EQ, RT_TRUE, one), 1);
    CHECK_EQ_INT(rt_compare_bool(rt, RT_CMP_EQ, nan, nan), 0);
    CHECK_EQ_INT(rt_compare_bool(rt, RT_CMP_NE, nan, nan), 1);
    CHECK_EQ_INT(rt_eq(rt, nan, nan), 1); /* identity, as containers */
    CHECK_EQ_INT(rt_compare_bool(rt, RT_CMP_LT, I(-3), I(2)), 1);
    CHECK_EQ_INT(rt_compare_bool(rt, RT_CMP_LT, RT_NONE, RT_NONE), -1);
    CHECK(raised(rt, RT_EXC_TypeError,
                 "'<' not supported between instances of 'NoneType' and 'NoneType'"));
    CHECK_EQ_INT(rt_compare_bool(rt, RT_CMP_EQ, RT_NONE, I(0)), 0);
    rt_value big = rt_int_from_i64(rt, INT64_MAX);
    rt_value bf = rt_float_new(rt, 9223372036854775808.0);
    CHECK_EQ_INT(rt_compare_bool(rt, RT_CMP_LT, big, bf), 1);
    rt_value t1 = rt_tuple_pack(rt, 2, I(1), one), t2 = rt_tuple_pack(rt, 2, I(1), I(2));
    CHECK_EQ_INT(rt_compare_bool(rt, RT_CMP_LT, t1, t2), 1);
    rt_value all[] = {f, i, one, nan, big, bf, t1, t2};
    for (int k = 0; k < 8; k++)
        rt_decref(rt, all[k]);
    STATE_END;
}

static int64_t H(rt_state *rt, rt_value v)
{
    int64_t h = 0;
    CHECK(rt_hash(rt, v, &h) == 0);
    return h;
}

TEST(hashing)
{
    STATE_BEGIN;
    CHECK_EQ_INT(H(rt, I(-1)), -2);
    CHECK_EQ_INT(H(rt, I(5)), 5);
    CHECK_EQ_INT(H(rt, RT_TRUE), 1);
    rt_value m = rt_int_from_i64(rt, (INT64_C(1) << 61) - 1);
    CHECK_EQ_INT(H(rt, m), 0);
    rt_decref(rt, m);
    m = rt_int_from_i64(rt, -(INT64_C(1) << 62));
    CHECK_EQ_INT(H(rt, m), -2);
    rt_decref(rt, m);
    rt_value f = rt_float_new(rt, 1.0);
    CHECK_EQ_INT(H(rt, f), 1);
    rt_decref(rt, f);
    f = rt_float_new(rt, 1.5);
    CHECK_EQ_INT(H(rt, f), INT64_C(1152921504606846977));
    rt_decref(rt, f);
    rt_value t = rt_tuple_pack(rt, 2, I(1), I(2));
    CHECK_EQ_INT(H(rt, t), INT64_C(-3550055125485641917));
    rt_decref(rt, t);
    t = rt_tuple_new(rt, 0);
    CHECK_EQ_INT(H(rt, t), INT64_C(5740354900026072187));
    rt_decref(rt, t);
    STATE_END;
}

TEST(misc_protocol)
{
    STATE_BEGIN;
    int64_t n;
    CHECK(rt_len(rt, I(5), &n) == -1);
    CHECK(raised(rt, RT_EXC_TypeError, "object of type 'int' has no len()"));
    CHECK(!rt_getiter(rt, I(5)));
    CHECK(raised(rt, RT_EXC_TypeError, "'int' object is not iterable"));
    CHECK(!rt_getitem(rt, I(5), I(0)));
    CHECK(raised(rt, RT_EXC_TypeError, "'int' object is not subscriptable"));
    CHECK(rt_contains(rt, I(5), I(0)) == -1);
    CHECK(raised(rt, RT_EXC_TypeError, "argument of type 'int' is not iterable"));
    rt_value s = S(rt, "x");
    CHECK(!rt_binop(rt, RT_OP_ADD, I(1), s));
    CHECK(raised(rt, RT_EXC_TypeError, "unsupported operand type(s) for +: 'int' and 'str'"));
    CHECK(!rt_inplace_op(rt, RT_OP_ADD, I(1), s));
    CHECK(raised(rt, RT_EXC_TypeError, "unsupported operand type(s) for +=: 'int' and 'str'"));
    CHECK(!rt_binop(rt, RT_OP_POW, I(2), s));
    CHECK(raised(rt, RT_EXC_TypeError,
                 "unsupported operand type(s) for ** or pow(): 'int' and 'str'"));
    CHECK(!rt_unop(rt, RT_UOP_NEG, s));
    CHECK(raised(rt, RT_EXC_TypeError, "bad operand type for unary -: 'str'"));
    rt_value r = rt_range_new(rt, 0, 10, 3);
    CHECK(repr_is(rt, r, "range(0, 10, 3)"));
    CHECK(rt_len(rt, r, &n) == 0 && n == 4);
    CHECK(rt_getitem(rt, r, I(-1)) == I(9));
    CHECK_EQ_INT(rt_contains(rt, r, I(6)), 1);
    CHECK_EQ_INT(rt_contains(rt, r, I(7)), 0);
    rt_decref(rt, r);
    CHECK_EQ_INT(rt_truthy(rt, I(0)), 0);
    CHECK_EQ_INT(rt_truthy(rt, s), 1);
    CHECK_EQ_INT(rt_truthy(rt, RT_NONE), 0);
    CHECK(rt_unop(rt, RT_UOP_NOT, I(0)) == RT_TRUE);
    rt_value spec = S(rt, ">5");
    rt_value fm = rt_format(rt, I(42), spec);
    CHECK(fm && rt_str_eq_cstr(fm, "   42"));
    rt_decref(rt, fm);
    rt_decref(rt, spec);
    CHECK(repr_is(rt, rt->type_objs[RT_T_INT], "<class 'int'>"));
    CHECK(rt_isinstance(rt, RT_TRUE, rt->type_objs[RT_T_INT]));
    CHECK(!rt_isinstance(rt, I(1), rt->type_objs[RT_T_BOOL]));
    rt_value name = rt_str_intern(rt, "x", 1);
    CHECK(!rt_getattr(rt, I(1), name));
    CHECK(raised(rt, RT_EXC_AttributeError, "'int' object has no attribute 'x'"));
    CHECK_EQ_INT(rt_hasattr(rt, I(1), name), 0);
    CHECK(rt->exc == RT_NULL);
    rt_decref(rt, name);
    rt_decref(rt, s);
    STATE_END;
}

RUN_TESTS(CASE(int_arith), CASE(float_arith), CASE(compare), CASE(hashing), CASE(misc_protocol))
