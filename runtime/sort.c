/* sort.c: a stable merge sort over values with Python's list.sort semantics
 * (key called once per item, `<` only, reverse keeping stability, errors
 * propagated with every reference preserved). */
#include "runtime/sort.h"

#include <stdlib.h>
#include <string.h>

#include "runtime/heap.h"
#include "runtime/ops.h"
#include "runtime/str.h"

typedef struct pair {
    rt_value key; /* the value compared: the item itself, or key(item) (owned) */
    rt_value val; /* the item (borrowed from the caller's array) */
} pair;

typedef enum cmp_mode { MODE_GENERIC, MODE_SMALLINT, MODE_STR } cmp_mode;

typedef struct sorter {
    rt_state *rt;
    cmp_mode mode;
} sorter;

/* The sort's functions are always inlined into one merge_sort per mode
 * (the mode a constant there), so the int and str compares are inline in
 * the loops instead of a call and a switch per comparison. */
#define SORT_INLINE static inline __attribute__((always_inline))

/* key(a) < key(b): 1/0, -1 on error. */
SORT_INLINE int lt(sorter *s, cmp_mode mode, rt_value a, rt_value b)
{
    switch (mode) {
    case MODE_SMALLINT: return rt_smallint_get(a) < rt_smallint_get(b);
    case MODE_STR: {
        /* UTF-8 bytes compare as code points do; short strings (words,
         * keys) byte by byte inline, where memcmp's call and setup would
         * cost more than the few bytes before the first difference */
        const rt_str_obj *sa = rt_str_obj_of(a), *sb = rt_str_obj_of(b);
        size_t la = sa->nbytes, lb = sb->nbytes, m = la < lb ? la : lb;
        const unsigned char *pa = (const unsigned char *)sa->data;
        const unsigned char *pb = (const unsigned char *)sb->data;
        if (m <= 16) {
            for (size_t i = 0; i < m; i++)
                if (pa[i] != pb[i])
                    return pa[i] < pb[i];
            return la < lb;
        }
        int c = memcmp(pa, pb, m);
        return c < 0 || (c == 0 && la < lb);
    }
    default: return rt_compare_bool(s->rt, RT_CMP_LT, a, b);
    }
}

/* Binary insertion sort of a[0..n); a stays a permutation on error. */
SORT_INLINE int insertion_sort(sorter *s, cmp_mode mode, pair *a, size_t n)
{
    for (size_t i = 1; i < n; i++) {
        pair x = a[i];
        size_t lo = 0, hi = i;
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            int c = lt(s, mode, x.key, a[mid].key);
            if (c < 0)
                return -1;
            if (c)
                hi = mid;
            else
                lo = mid + 1;
        }
        memmove(a + lo + 1, a + lo, (i - lo) * sizeof *a);
        a[lo] = x;
    }
    return 0;
}

/* Merges the sorted runs a[0..mid) and a[mid..n) using tmp (>= mid pairs).
 * On error the unmerged rest of the left run is put back, so a stays a
 * permutation (k + left remaining == j at every step). */
SORT_INLINE int merge(sorter *s, cmp_mode mode, pair *a, size_t mid, size_t n, pair *tmp)
{
    int c = lt(s, mode, a[mid].key, a[mid - 1].key);
    if (c <= 0)
        return c; /* already in order (or an error before anything moved) */
    memcpy(tmp, a, mid * sizeof *a);
    size_t i = 0, j = mid, k = 0;
    while (i < mid && j < n) {
        c = lt(s, mode, a[j].key, tmp[i].key);
        if (c < 0) {
            memcpy(a + k, tmp + i, (mid - i) * sizeof *a);
            return -1;
        }
        if (c)
            a[k++] = a[j++];
        else
            a[k++] = tmp[i++];
    }
    memcpy(a + k, tmp + i, (mid - i) * sizeof *a);
    return 0;
}

enum { RUN = 24 };

SORT_INLINE int merge_sort_in(sorter *s, cmp_mode mode, pair *a, size_t n)
{
    for (size_t lo = 0; lo < n; lo += RUN)
        if (insertion_sort(s, mode, a + lo, n - lo < RUN ? n - lo : RUN) < 0)
            return -1;
    if (n <= RUN)
        return 0;
    pair *tmp = rt_heap_alloc(s->rt, NULL, n * sizeof *tmp); /* the left run can exceed n/2 */
    if (!tmp)
        return -1;
    int rc = 0;
    for (size_t width = RUN; width < n && rc == 0; width *= 2) {
        for (size_t lo = 0; lo + width < n; lo += 2 * width) {
            size_t hi = lo + 2 * width < n ? lo + 2 * width : n;
            if (merge(s, mode, a + lo, width, hi - lo, tmp) < 0) {
                rc = -1;
                break;
            }
        }
    }
    rt_heap_free(s->rt, NULL, tmp, n * sizeof *tmp);
    return rc;
}

static int merge_sort(sorter *s, pair *a, size_t n)
{
    switch (s->mode) {
    case MODE_SMALLINT: return merge_sort_in(s, MODE_SMALLINT, a, n);
    case MODE_STR: return merge_sort_in(s, MODE_STR, a, n);
    default: return merge_sort_in(s, MODE_GENERIC, a, n);
    }
}

static void reverse_pairs(pair *a, size_t n)
{
    for (size_t i = 0, j = n; i + 1 < j; i++, j--) {
        pair t = a[i];
        a[i] = a[j - 1];
        a[j - 1] = t;
    }
}

static cmp_mode detect_mode(const pair *a, size_t n)
{
    bool ints = true, strs = true;
    for (size_t i = 0; i < n && (ints || strs); i++) {
        rt_value k = a[i].key;
        if (!rt_is_smallint(k))
            ints = false;
        if (!rt_is_obj(k) || rt_as_obj(k)->type != RT_T_STR)
            strs = false;
    }
    return ints ? MODE_SMALLINT : strs ? MODE_STR : MODE_GENERIC;
}

int rt_sort_values(rt_state *rt, rt_value *items, size_t n, rt_value key, bool reverse)
{
    if (n < 2 && (key == RT_NULL || key == RT_NONE))
        return 0;
    size_t abytes = (n ? n : 1) * sizeof(pair);
    pair *a = rt_heap_alloc(rt, NULL, abytes); /* charged: a list's sort is the workload's */
    if (!a)
        return -1;
    bool keyed = key != RT_NULL && key != RT_NONE;
    for (size_t i = 0; i < n; i++) {
        a[i].val = items[i];
        if (!keyed) {
            a[i].key = items[i];
            continue;
        }
        a[i].key = rt_call(rt, key, &items[i], 1, RT_NULL);
        if (a[i].key == RT_NULL) {
            for (size_t j = 0; j < i; j++)
                rt_decref(rt, a[j].key);
            rt_heap_free(rt, NULL, a, abytes);
            return -1;
        }
    }
    sorter s = {rt, detect_mode(a, n)};
    if (reverse)
        reverse_pairs(a, n);
    int rc = merge_sort(&s, a, n);
    if (reverse)
        reverse_pairs(a, n);
    for (size_t i = 0; i < n; i++) {
        items[i] = a[i].val;
        if (keyed)
            rt_decref(rt, a[i].key);
    }
    rt_heap_free(rt, NULL, a, abytes);
    return rc;
}
