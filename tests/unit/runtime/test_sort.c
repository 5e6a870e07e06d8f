/* test_sort.c: the stable sort behind list.sort and sorted (sort.c). */
#include "runtime/list.h"
#include "runtime/sort.h"
#include "tests/harness.h"
#include "tests/unit/runtime/lib_helpers.h"

static rt_value ints(rt_state *rt, const int64_t *v, int n)
{
    rt_value l = rt_list_new(rt, n);
    for (int i = 0; i < n; i++)
        rt_list_append(rt, l, I(v[i]));
    return l;
}

TEST(sorts_small_and_large_int_lists)
{
    rt_state *rt = lib_state();
    int64_t v[] = {5, 3, 9, -1, 3, 0};
    rt_value l = ints(rt, v, 6);
    CHECK_EQ_INT(rt_list_sort(rt, l, RT_NULL, false), 0);
    CHECK_EQ_STR(REPR_B(l), "[-1, 0, 3, 3, 5, 9]");
    CHECK_EQ_INT(rt_list_sort(rt, l, RT_NONE, true), 0);
    CHECK_EQ_STR(REPR(l), "[9, 5, 3, 3, 0, -1]");
    /* large enough to merge several runs */
    rt_value big = rt_list_new(rt, 0);
    for (int i = 0; i < 1000; i++)
        rt_list_append(rt, big, I((i * 7919) % 1009));
    CHECK_EQ_INT(rt_list_sort(rt, big, RT_NULL, false), 0);
    int ok = 1;
    for (int i = 1; i < 1000; i++)
        ok &= rt_smallint_get(rt_list_get(big, i - 1)) <= rt_smallint_get(rt_list_get(big, i));
    CHECK(ok);
    rt_decref(rt, big);
    lib_done(rt);
}

TEST(key_is_stable_and_reverse_keeps_order_of_equals)
{
    rt_state *rt = lib_state();
    rt_value l = rt_list_new(rt, 0);
    const char *words[] = {"bb", "a", "cc", "d", "eee", "ff"};
    for (int i = 0; i < 6; i++) {
        rt_value s = S(words[i]);
        rt_list_append(rt, l, s);
    }
    rt_value len = rt_dict_get_cstr(rt, rt->builtins, "len");
    CHECK_EQ_INT(rt_list_sort(rt, l, len, false), 0);
    CHECK_EQ_STR(REPR_B(l), "['a', 'd', 'bb', 'cc', 'ff', 'eee']");
    CHECK_EQ_INT(rt_list_sort(rt, l, len, true), 0);
    CHECK_EQ_STR(REPR_B(l), "['eee', 'bb', 'cc', 'ff', 'a', 'd']");
    CHECK_EQ_INT(rt_list_sort(rt, l, RT_NULL, false), 0);
    CHECK_EQ_STR(REPR(l), "['a', 'bb', 'cc', 'd', 'eee', 'ff']");
    lib_done(rt);
}

TEST(comparison_error_propagates_and_keeps_items)
{
    rt_state *rt = lib_state();
    rt_value l = rt_list_new(rt, 0);
    rt_value s = S("x");
    rt_list_append(rt, l, I(2));
    rt_list_append(rt, l, s);
    rt_list_append(rt, l, I(1));
    CHECK_EQ_INT(rt_list_sort(rt, l, RT_NULL, false), -1);
    CHECK_EQ_STR(lib_exc(rt), "TypeError: '<' not supported between instances of 'str' and 'int'");
    CHECK_EQ_INT(rt_list_len(l), 3);
    rt_decref(rt, l);
    lib_done(rt);
}

TEST(mixed_numbers_sort_by_value)
{
    rt_state *rt = lib_state();
    rt_value l = rt_list_new(rt, 0);
    rt_value f = rt_float_new(rt, 1.5);
    rt_list_append(rt, l, I(2));
    rt_list_append(rt, l, f);
    rt_list_append(rt, l, RT_TRUE);
    rt_decref(rt, f);
    CHECK_EQ_INT(rt_list_sort(rt, l, RT_NULL, false), 0);
    CHECK_EQ_STR(REPR(l), "[True, 1.5, 2]");
    lib_done(rt);
}

RUN_TESTS(CASE(sorts_small_and_large_int_lists),
          CASE(key_is_stable_and_reverse_keeps_order_of_equals),
          CASE(comparison_error_propagates_and_keeps_items), CASE(mixed_numbers_sort_by_value))
