/* test_dict.c: dict objects: set/get/del, insertion order across resizes and
 * deletions, KeyError, unhashable keys, equality, repr, views, iteration. */
#include "runtime/dict.h"
#include "runtime/iter.h"
#include "runtime/list.h"
#include "runtime/num.h"
#include "runtime/tuple.h"
#include "tests/unit/runtime/objtest.h"

TEST(basics)
{
    STATE_BEGIN;
    rt_value d = rt_dict_new(rt);
    CHECK(repr_is(rt, d, "{}"));
    rt_value a = S(rt, "a"), b = rt_str_intern(rt, "b", 1);
    CHECK(rt_dict_set(rt, d, a, I(1)) == 0);
    CHECK(rt_dict_set(rt, d, b, I(2)) == 0);
    CHECK(rt_dict_set(rt, d, I(3), a) == 0);
    CHECK(repr_is(rt, d, "{'a': 1, 'b': 2, 3: 'a'}"));
    CHECK(rt_dict_get(rt, d, b) == I(2));
    CHECK(rt_dict_get_cstr(rt, d, "a") == I(1));
    rt_value f = rt_float_new(rt, 3.0);
    CHECK(rt_dict_get(rt, d, f) == a); /* 3.0 == 3 and hash(3.0) == hash(3) */
    CHECK(rt_dict_get(rt, d, RT_TRUE) == RT_NULL);
    CHECK(rt_dict_set(rt, d, RT_TRUE, I(7)) == 0);
    CHECK(rt_dict_get(rt, d, I(1)) == I(7));
    rt_decref(rt, f);
    CHECK(rt_dict_set(rt, d, a, I(10)) == 0);
    CHECK(repr_is(rt, d, "{'a': 10, 'b': 2, 3: 'a', True: 7}"));
    CHECK(rt_dict_del(rt, d, b) == 0);
    CHECK(rt_dict_del(rt, d, b) == -1);
    CHECK(raised(rt, RT_EXC_KeyError, "'b'"));
    CHECK(!rt_getitem(rt, d, I(99)));
    CHECK(raised(rt, RT_EXC_KeyError, "99"));
    rt_value l = rt_list_new(rt, 0);
    CHECK(rt_dict_set(rt, d, l, I(1)) == -1);
    CHECK(raised(rt, RT_EXC_TypeError, "unhashable type: 'list'"));
    CHECK(!rt_getitem(rt, d, l));
    CHECK(raised(rt, RT_EXC_TypeError, "unhashable type: 'list'"));
    rt_decref(rt, l);
    CHECK(rt_dict_set(rt, d, b, I(2)) == 0);
    CHECK(repr_is(rt, d, "{'a': 10, 3: 'a', True: 7, 'b': 2}"));
    int64_t n;
    CHECK(rt_len(rt, d, &n) == 0 && n == 4);
    rt_value k, v;
    CHECK(rt_dict_popitem(rt, d, &k, &v) == 0);
    CHECK(k == b && v == I(2));
    rt_decref(rt, k);
    rt_decref(rt, a);
    rt_decref(rt, b);
    rt_decref(rt, d);
    STATE_END;
}

TEST(many_and_order)
{
    STATE_BEGIN;
    rt_value d = rt_dict_new(rt);
    for (int i = 0; i < 5000; i++) {
        rt_value k = rt_str_printf(rt, "k%d", i);
        CHECK(rt_dict_set(rt, d, k, I(i)) == 0);
        rt_decref(rt, k);
    }
    for (int i = 0; i < 5000; i += 2) {
        rt_value k = rt_str_printf(rt, "k%d", i);
        CHECK(rt_dict_del(rt, d, k) == 0);
        rt_decref(rt, k);
    }
    CHECK_EQ_INT(rt_dict_len(d), 2500);
    int64_t pos = 0, expect = 1;
    rt_value k, v;
    bool ordered = true;
    while (rt_dict_next(d, &pos, &k, &v)) {
        if (v != I(expect))
            ordered = false;
        expect += 2;
    }
    CHECK(ordered);
    for (int i = 0; i < 5000; i++) {
        rt_value key = rt_str_printf(rt, "k%d", i);
        rt_value got = rt_dict_get(rt, d, key);
        CHECK(i % 2 ? got == I(i) : got == RT_NULL);
        rt_decref(rt, key);
    }
    rt_value c = rt_dict_copy(rt, d);
    CHECK_EQ_INT(rt_eq(rt, c, d), 1);
    rt_value key = S(rt, "k1");
    rt_dict_set(rt, c, key, I(0));
    CHECK_EQ_INT(rt_eq(rt, c, d), 0);
    rt_decref(rt, key);
    rt_decref(rt, c);
    rt_dict_clear(rt, d);
    CHECK_EQ_INT(rt_dict_len(d), 0);
    rt_decref(rt, d);
    STATE_END;
}

TEST(views_and_iter)
{
    STATE_BEGIN;
    rt_value d = rt_dict_new(rt), a = S(rt, "a");
    rt_dict_set(rt, d, a, I(1));
    rt_value kv = rt_dict_view_new(rt, d, RT_ITER_KEYS_VIEW);
    rt_value iv = rt_dict_view_new(rt, d, RT_ITER_ITEMS_VIEW);
    rt_value vv = rt_dict_view_new(rt, d, RT_ITER_VALUES_VIEW);
    CHECK(repr_is(rt, kv, "dict_keys(['a'])"));
    CHECK(repr_is(rt, iv, "dict_items([('a', 1)])"));
    CHECK(repr_is(rt, vv, "dict_values([1])"));
    CHECK_EQ_INT(rt_contains(rt, kv, a), 1);
    CHECK_EQ_INT(rt_contains(rt, vv, I(1)), 1);
    rt_value it = rt_getiter(rt, d), k;
    rt_dict_set(rt, d, I(5), I(5));
    CHECK(rt_iternext(rt, it, &k) == -1);
    CHECK(raised(rt, RT_EXC_RuntimeError, "dictionary changed size during iteration"));
    rt_decref(rt, it);
    rt_value l = rt_list_from_iter(rt, iv);
    CHECK(repr_is(rt, l, "[('a', 1), (5, 5)]"));
    rt_decref(rt, l);
    /* recursive dict */
    rt_dict_set(rt, d, a, d);
    CHECK(repr_is(rt, d, "{'a': {...}, 5: 5}"));
    rt_dict_clear(rt, d);
    rt_decref(rt, kv);
    rt_decref(rt, iv);
    rt_decref(rt, vv);
    rt_decref(rt, a);
    rt_decref(rt, d);
    STATE_END;
}

RUN_TESTS(CASE(basics), CASE(many_and_order), CASE(views_and_iter))
