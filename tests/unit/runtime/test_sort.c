/* test_sort.c: the stable sort behind list.sort and sorted (sort.c). */
#include <string.h>

#include "runtime/heap.h"
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

/* Two long ascending runs, interleaved: their merge needs more merge space
 * than the sorter keeps on the C stack. Refusing that space fails the sort
 * with MemoryError and leaves every item in the list once; the same sort
 * succeeds once memory is there. */
TEST(merge_space_refused_keeps_items)
{
    rt_state *rt = lib_state();
    enum { N = 3000 };
    rt_value l = rt_list_new(rt, 0);
    for (int i = 0; i < N; i++)
        rt_list_append(rt, l, I(i < N / 2 ? 2 * i : 2 * (i - N / 2) + 1));
    rt__heap_fail_after(rt, 2); /* the pairs array passes, the merge space fails */
    CHECK_EQ_INT(rt_list_sort(rt, l, RT_NULL, false), -1);
    rt__heap_fail_after(rt, 0);
    CHECK(strncmp(lib_exc(rt), "MemoryError", 11) == 0);
    CHECK_EQ_INT(rt_list_len(l), N);
    static char seen[N];
    memset(seen, 0, sizeof seen);
    int ok = 1;
    for (int i = 0; i < N; i++) {
        int64_t v = rt_smallint_get(rt_list_get(l, i));
        ok &= v >= 0 && v < N && !seen[v];
        if (v >= 0 && v < N)
            seen[v] = 1;
    }
    CHECK(ok);
    CHECK_EQ_INT(rt_list_sort(rt, l, RT_NULL, false), 0);
    for (int i = 0; i < N; i++)
        ok &= rt_smallint_get(rt_list_get(l, i)) == i;
    CHECK(ok);
    rt_decref(rt, l);
    lib_done(rt);
}

/* Stability through galloping merges: the items are the indexes 0..N-1,
 * the key a list's __getitem__ giving each its group; in every input shape
 * the result is ordered by group and, within a group, by index. */
TEST(equal_keys_keep_their_order_in_every_shape)
{
    rt_state *rt = lib_state();
    enum { N = 2500 };
    for (int shape = 0; shape < 4; shape++) {
        rt_value groups = rt_list_new(rt, 0), l = rt_list_new(rt, 0);
        for (int i = 0; i < N; i++) {
            int64_t g = shape == 0   ? (i * 7919) % 13
                        : shape == 1 ? i / 40
                        : shape == 2 ? (N - i) / 3
                                     : (i % 300) / 7;
            rt_list_append(rt, groups, I(g));
            rt_list_append(rt, l, I(i));
        }
        rt_value key = rt_getattr(rt, groups, S("__getitem__")); /* S: released by lib_done */
        CHECK(key != RT_NULL);
        CHECK_EQ_INT(rt_list_sort(rt, l, key, shape == 3), 0);
        int ok = 1;
        for (int i = 1; i < N; i++) {
            int64_t p = rt_smallint_get(rt_list_get(l, i - 1)),
                    q = rt_smallint_get(rt_list_get(l, i));
            int64_t gp = rt_smallint_get(rt_list_get(groups, p)),
                    gq = rt_smallint_get(rt_list_get(groups, q));
            ok &= shape == 3 ? (gp > gq || (gp == gq && p < q)) : (gp < gq || (gp == gq && p < q));
        }
        CHECK(ok);
        rt_decref(rt, key);
        rt_decref(rt, groups);
        rt_decref(rt, l);
    }
    lib_done(rt);
}

RUN_TESTS(CASE(sorts_small_and_large_int_lists), CASE(merge_space_refused_keeps_items),
          CASE(equal_keys_keep_their_order_in_every_shape),
          CASE(key_is_stable_and_reverse_keeps_order_of_equals),
          CASE(comparison_error_propagates_and_keeps_items), CASE(mixed_numbers_sort_by_value))
