/* test_set.c: set objects: CPython's iteration order for ints and tuples,
 * the set algebra, discard/pop, repr, comparisons. */
#include "runtime/list.h"
#include "runtime/num.h"
#include "runtime/set.h"
#include "runtime/tuple.h"
#include "tests/unit/runtime/objtest.h"

static rt_value set_of(rt_state *rt, int n, const int *xs)
{
    rt_value s = rt_set_new(rt);
    for (int i = 0; i < n; i++)
        rt_set_add(rt, s, I(xs[i]));
    return s;
}

TEST(order_like_cpython)
{
    STATE_BEGIN;
    static const int a[] = {3, 1, 2}, b[] = {10, 2, 33, 8}, c[] = {5, 3, 100, 7, -1};
    rt_value s = set_of(rt, 3, a);
    CHECK(repr_is(rt, s, "{1, 2, 3}"));
    rt_decref(rt, s);
    s = set_of(rt, 4, b);
    CHECK(repr_is(rt, s, "{8, 33, 10, 2}"));
    rt_decref(rt, s);
    s = set_of(rt, 5, c);
    CHECK(repr_is(rt, s, "{3, 100, 5, 7, -1}"));
    rt_decref(rt, s);
    s = rt_set_new(rt);
    CHECK(repr_is(rt, s, "set()"));
    rt_value t1 = rt_tuple_pack(rt, 2, I(1), I(2)), t2 = rt_tuple_pack(rt, 2, I(3), I(4));
    rt_set_add(rt, s, t1);
    rt_set_add(rt, s, t2);
    CHECK(repr_is(rt, s, "{(1, 2), (3, 4)}"));
    rt_decref(rt, t1);
    rt_decref(rt, t2);
    rt_decref(rt, s);
    /* s = set(range(20)); s -= set(range(5, 18)) */
    rt_value x = rt_set_new(rt), y = rt_set_new(rt);
    for (int i = 0; i < 20; i++)
        rt_set_add(rt, x, I(i));
    for (int i = 5; i < 18; i++)
        rt_set_add(rt, y, I(i));
    rt_value r = rt_inplace_op(rt, RT_OP_SUB, x, y);
    CHECK(r == x);
    rt_decref(rt, r);
    CHECK(repr_is(rt, x, "{0, 1, 2, 3, 4, 18, 19}"));
    rt_decref(rt, x);
    rt_decref(rt, y);
    STATE_END;
}

TEST(algebra)
{
    STATE_BEGIN;
    static const int a[] = {1, 2, 3}, b[] = {3, 4}, c[] = {2}, d[] = {2, 3, 9}, e[] = {9, 1},
                     f[] = {3, 17};
    rt_value A = set_of(rt, 3, a), B = set_of(rt, 2, b), C = set_of(rt, 1, c), D = set_of(rt, 3, d),
             E = set_of(rt, 2, e), F = set_of(rt, 2, f);
    rt_value r = rt_binop(rt, RT_OP_XOR, A, B);
    CHECK(repr_is(rt, r, "{1, 2, 4}"));
    rt_decref(rt, r);
    r = rt_binop(rt, RT_OP_SUB, A, C);
    CHECK(repr_is(rt, r, "{1, 3}"));
    rt_decref(rt, r);
    r = rt_binop(rt, RT_OP_AND, A, D);
    CHECK(repr_is(rt, r, "{2, 3}"));
    rt_decref(rt, r);
    r = rt_binop(rt, RT_OP_OR, E, F);
    CHECK(repr_is(rt, r, "{9, 3, 1, 17}"));
    rt_decref(rt, r);
    CHECK_EQ_INT(rt_compare_bool(rt, RT_CMP_LT, C, A), 1);
    CHECK_EQ_INT(rt_compare_bool(rt, RT_CMP_LE, A, A), 1);
    CHECK_EQ_INT(rt_compare_bool(rt, RT_CMP_LT, A, A), 0);
    CHECK_EQ_INT(rt_compare_bool(rt, RT_CMP_EQ, A, A), 1);
    rt_value l = rt_list_new(rt, 0);
    CHECK(!rt_binop(rt, RT_OP_OR, A, l));
    CHECK(raised(rt, RT_EXC_TypeError, "unsupported operand type(s) for |: 'set' and 'list'"));
    CHECK_EQ_INT(rt_set_add(rt, A, l), -1);
    CHECK(raised(rt, RT_EXC_TypeError, "unhashable type: 'list'"));
    rt_decref(rt, l);
    CHECK_EQ_INT(rt_set_discard(rt, A, I(2)), 1);
    CHECK_EQ_INT(rt_set_discard(rt, A, I(2)), 0);
    CHECK_EQ_INT(rt_set_contains(rt, A, I(3)), 1);
    rt_value f3 = rt_float_new(rt, 3.0);
    CHECK_EQ_INT(rt_set_contains(rt, A, f3), 1);
    rt_decref(rt, f3);
    rt_value p = rt_set_pop(rt, A);
    CHECK(p == I(1));
    p = rt_set_pop(rt, A);
    CHECK(p == I(3));
    CHECK(!rt_set_pop(rt, A));
    CHECK(raised(rt, RT_EXC_KeyError, "'pop from an empty set'"));
    rt_value all[] = {A, B, C, D, E, F};
    for (int i = 0; i < 6; i++)
        rt_decref(rt, all[i]);
    STATE_END;
}

TEST(many)
{
    STATE_BEGIN;
    rt_value s = rt_set_new(rt);
    for (int i = 0; i < 10000; i++)
        rt_set_add(rt, s, I(i * 7));
    CHECK_EQ_INT(rt_set_len(s), 10000);
    for (int i = 0; i < 10000; i += 3)
        CHECK_EQ_INT(rt_set_discard(rt, s, I(i * 7)), 1);
    int ok = 1;
    for (int i = 0; i < 10000; i++)
        if (rt_set_contains(rt, s, I(i * 7)) != (i % 3 != 0))
            ok = 0;
    CHECK(ok);
    rt_value c = rt_set_copy(rt, s);
    CHECK_EQ_INT(rt_eq(rt, c, s), 1);
    rt_set_clear(rt, c);
    CHECK_EQ_INT(rt_set_len(c), 0);
    rt_decref(rt, c);
    rt_decref(rt, s);
    STATE_END;
}

RUN_TESTS(CASE(order_like_cpython), CASE(algebra), CASE(many))
