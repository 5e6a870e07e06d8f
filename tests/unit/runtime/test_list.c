/* test_list.c: list objects: append/insert/pop, slices (get, set, del),
 * repetition, concatenation, repr (recursive), comparisons. */
#include "runtime/list.h"
#include "runtime/slice.h"
#include "runtime/tuple.h"
#include "tests/unit/runtime/objtest.h"

static rt_value range_list(rt_state *rt, int n)
{
    rt_value l = rt_list_new(rt, 0);
    for (int i = 0; i < n; i++)
        rt_list_append(rt, l, I(i));
    return l;
}

TEST(basics)
{
    STATE_BEGIN;
    rt_value l = range_list(rt, 5);
    CHECK(repr_is(rt, l, "[0, 1, 2, 3, 4]"));
    rt_list_insert(rt, l, 0, I(-1));
    rt_list_insert(rt, l, 100, I(9));
    rt_list_insert(rt, l, -1, I(8));
    CHECK(repr_is(rt, l, "[-1, 0, 1, 2, 3, 4, 8, 9]"));
    rt_value v = rt_list_pop(rt, l, -1);
    CHECK(v == I(9));
    v = rt_list_pop(rt, l, 0);
    CHECK(v == I(-1));
    CHECK(!rt_list_pop(rt, l, 10));
    CHECK(raised(rt, RT_EXC_IndexError, "pop index out of range"));
    CHECK(!rt_getitem(rt, l, I(6)));
    CHECK(raised(rt, RT_EXC_IndexError, "list index out of range"));
    CHECK(rt_setitem(rt, l, I(-7), I(0)) == -1);
    CHECK(raised(rt, RT_EXC_IndexError, "list assignment index out of range"));
    rt_value s = S(rt, "x");
    CHECK(!rt_getitem(rt, l, s));
    CHECK(raised(rt, RT_EXC_TypeError, "list indices must be integers or slices, not str"));
    rt_decref(rt, s);
    CHECK(rt_getitem(rt, l, I(-1)) == I(8));
    rt_value e = rt_list_new(rt, 0);
    CHECK(!rt_list_pop(rt, e, -1));
    CHECK(raised(rt, RT_EXC_IndexError, "pop from empty list"));
    CHECK(repr_is(rt, e, "[]"));
    rt_decref(rt, e);
    rt_decref(rt, l);
    STATE_END;
}

TEST(slices)
{
    STATE_BEGIN;
    rt_value l = range_list(rt, 10);
    rt_value sl = rt_slice_new(rt, I(2), I(8), I(3));
    rt_value r = rt_getitem(rt, l, sl);
    CHECK(repr_is(rt, r, "[2, 5]"));
    rt_decref(rt, r);
    rt_value t = rt_tuple_pack(rt, 2, S(rt, "a"), RT_NONE);
    rt_decref(rt, rt_tuple_get(t, 0)); /* pack increfs: drop the S() ref */
    CHECK(rt_setitem(rt, l, sl, t) == 0);
    CHECK(repr_is(rt, l, "[0, 1, 'a', 3, 4, None, 6, 7, 8, 9]"));
    rt_value one = rt_list_new(rt, 0);
    CHECK(rt_setitem(rt, l, sl, one) == -1);
    CHECK(raised(rt, RT_EXC_ValueError,
                 "attempt to assign sequence of size 0 to extended slice of size 2"));
    rt_decref(rt, sl);
    sl = rt_slice_new(rt, I(1), I(9), RT_NONE);
    CHECK(rt_setitem(rt, l, sl, one) == 0);
    CHECK(repr_is(rt, l, "[0, 9]"));
    rt_decref(rt, sl);
    sl = rt_slice_new(rt, I(1), I(1), RT_NONE);
    CHECK(rt_setitem(rt, l, sl, t) == 0);
    CHECK(repr_is(rt, l, "[0, 'a', None, 9]"));
    CHECK(rt_setitem(rt, l, sl, I(5)) == -1);
    CHECK(raised(rt, RT_EXC_TypeError, "can only assign an iterable"));
    rt_decref(rt, sl);
    sl = rt_slice_new(rt, RT_NONE, RT_NONE, I(2));
    CHECK(rt_delitem(rt, l, sl) == 0);
    CHECK(repr_is(rt, l, "['a', 9]"));
    rt_decref(rt, sl);
    sl = rt_slice_new(rt, RT_NONE, RT_NONE, I(0));
    CHECK(!rt_getitem(rt, l, sl));
    CHECK(raised(rt, RT_EXC_ValueError, "slice step cannot be zero"));
    CHECK(repr_is(rt, sl, "slice(None, None, 0)"));
    rt_decref(rt, sl);
    /* self-assignment a[:] = a */
    sl = rt_slice_new(rt, RT_NONE, RT_NONE, RT_NONE);
    CHECK(rt_setitem(rt, l, sl, l) == 0);
    CHECK(repr_is(rt, l, "['a', 9]"));
    CHECK(rt_delitem(rt, l, sl) == 0);
    CHECK(repr_is(rt, l, "[]"));
    rt_decref(rt, sl);
    rt_decref(rt, one);
    rt_decref(rt, t);
    rt_decref(rt, l);
    STATE_END;
}

TEST(ops_and_repr)
{
    STATE_BEGIN;
    rt_value a = range_list(rt, 2), b = range_list(rt, 3);
    rt_value c = rt_binop(rt, RT_OP_ADD, a, b);
    CHECK(repr_is(rt, c, "[0, 1, 0, 1, 2]"));
    rt_decref(rt, c);
    c = rt_binop(rt, RT_OP_MUL, a, I(2));
    CHECK(repr_is(rt, c, "[0, 1, 0, 1]"));
    rt_decref(rt, c);
    CHECK_EQ_INT(rt_compare_bool(rt, RT_CMP_LT, a, b), 1);
    CHECK_EQ_INT(rt_compare_bool(rt, RT_CMP_EQ, a, b), 0);
    rt_value t = rt_tuple_new(rt, 0);
    CHECK(!rt_binop(rt, RT_OP_ADD, a, t));
    CHECK(raised(rt, RT_EXC_TypeError, "can only concatenate list (not \"tuple\") to list"));
    CHECK_EQ_INT(rt_compare_bool(rt, RT_CMP_LT, a, t), -1);
    CHECK(
        raised(rt, RT_EXC_TypeError, "'<' not supported between instances of 'list' and 'tuple'"));
    rt_decref(rt, t);
    rt_value r = rt_inplace_op(rt, RT_OP_ADD, a, a);
    CHECK(r == a);
    rt_decref(rt, r);
    CHECK(repr_is(rt, a, "[0, 1, 0, 1]"));
    /* recursive: a.append(a) */
    rt_list_append(rt, a, a);
    CHECK(repr_is(rt, a, "[0, 1, 0, 1, [...]]"));
    rt_value tp = rt_tuple_pack(rt, 1, a);
    CHECK(repr_is(rt, tp, "([0, 1, 0, 1, [...]],)"));
    rt_decref(rt, tp);
    rt_list_clear(rt, a); /* breaks the cycle */
    rt_decref(rt, a);
    rt_decref(rt, b);
    STATE_END;
}

TEST(deep_nesting)
{
    STATE_BEGIN;
    rt_value outer = rt_list_new(rt, 0), cur = outer;
    for (int i = 0; i < 5000; i++) {
        rt_value n = rt_list_new(rt, 0);
        rt_list_append_steal(rt, cur, n);
        cur = n;
    }
    rt_value r = rt_repr(rt, outer);
    CHECK(!r);
    CHECK(raised(rt, RT_EXC_RecursionError,
                 "maximum recursion depth exceeded while getting the repr of an object"));
    CHECK_EQ_INT(rt->obj_depth, 0);
    rt_value other = rt_list_new(rt, 0);
    CHECK_EQ_INT(rt_eq(rt, outer, other), 0);
    CHECK(rt_eq(rt, outer, outer) == 1);
    rt_decref(rt, other);
    /* a shallow one prints */
    rt_value small = rt_list_new(rt, 0), s2 = rt_list_new(rt, 0);
    rt_list_append_steal(rt, small, s2);
    CHECK(repr_is(rt, small, "[[]]"));
    rt_decref(rt, small);
    /* freeing 5000 nested lists recurses in dealloc; it must not crash */
    rt_decref(rt, outer);
    STATE_END;
}

RUN_TESTS(CASE(basics), CASE(slices), CASE(ops_and_repr), CASE(deep_nesting))
