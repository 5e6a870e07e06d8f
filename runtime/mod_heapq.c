/* mod_heapq.c: the `_heapq` module: heappush, heappop, heapify, heapreplace
 * and heappushpop on a list, in C because their sift loops are where a
 * priority queue spends its time (stdlib/heapq.py takes them from here and
 * keeps merge, nlargest and nsmallest in Python).
 *
 * Items are compared with `<` only (rt_compare_bool), which may run Python
 * code that changes the list: each compared item is held while it is
 * compared, and a change of the list's size is the RuntimeError CPython's
 * heapq raises. Sifting swaps items in place, so no reference count moves. */
#include "runtime/builtin.h"
#include "runtime/dict.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/state.h"
#include "runtime/type.h"

/* Argument Clinic's wording: "argument" alone for one-argument functions,
 * "None" rather than its type's name. */
static int check_list(rt_state *rt, const char *fname, rt_value heap, bool only_arg)
{
    if (rt_is_list(heap))
        return 0;
    rt_raise(rt, RT_EXC_TypeError, "%s() argument%s must be list, not %s", fname,
             only_arg ? "" : " 1", heap == RT_NONE ? "None" : rt_type_name(heap));
    return -1;
}

/* a < b with both held meanwhile: 1/0, -1 on error (also when the list
 * changed size under the comparison). */
static int less(rt_state *rt, rt_value heap, int64_t size, rt_value a, rt_value b)
{
    rt_incref(a);
    rt_incref(b);
    int r = rt_compare_bool(rt, RT_CMP_LT, a, b);
    rt_decref(rt, a);
    rt_decref(rt, b);
    if (r >= 0 && rt_list_len(heap) != size) {
        rt_raise(rt, RT_EXC_RuntimeError, "list changed size during iteration");
        return -1;
    }
    return r;
}

static void swap(rt_value heap, int64_t i, int64_t j)
{
    rt_value *items = rt_list_items(heap);
    rt_value t = items[i];
    items[i] = items[j];
    items[j] = t;
}

/* Moves the item at pos up towards startpos while it is less than its parent. */
static int siftdown(rt_state *rt, rt_value heap, int64_t startpos, int64_t pos)
{
    int64_t size = rt_list_len(heap);
    while (pos > startpos) {
        int64_t parentpos = (pos - 1) >> 1;
        int r = less(rt, heap, size, rt_list_items(heap)[pos], rt_list_items(heap)[parentpos]);
        if (r < 0)
            return -1;
        if (!r)
            break;
        swap(heap, pos, parentpos);
        pos = parentpos;
    }
    return 0;
}

/* Moves the smaller child up until pos is a leaf, then sifts the item back
 * down: the fewest comparisons (CPython's order, so results tie alike). */
static int siftup(rt_state *rt, rt_value heap, int64_t pos)
{
    int64_t endpos = rt_list_len(heap), startpos = pos, limit = endpos >> 1;
    while (pos < limit) {
        int64_t childpos = 2 * pos + 1;
        if (childpos + 1 < endpos) {
            int r = less(rt, heap, endpos, rt_list_items(heap)[childpos],
                         rt_list_items(heap)[childpos + 1]);
            if (r < 0)
                return -1;
            childpos += r ^ 1;
        }
        swap(heap, pos, childpos);
        pos = childpos;
    }
    return siftdown(rt, heap, startpos, pos);
}

static rt_value heappush(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                         rt_value kwnames)
{
    (void)self;
    if (rt_args_range(rt, "heappush", nargs, kwnames, 2, 2) < 0 ||
        check_list(rt, "heappush", args[0], false) < 0 || rt_list_append(rt, args[0], args[1]) < 0)
        return RT_NULL;
    return siftdown(rt, args[0], 0, rt_list_len(args[0]) - 1) < 0 ? RT_NULL : RT_NONE;
}

static rt_value heappop(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                        rt_value kwnames)
{
    (void)self;
    if (rt_args_one(rt, "_heapq.heappop", nargs, kwnames) < 0 ||
        check_list(rt, "heappop", args[0], true) < 0)
        return RT_NULL;
    rt_value heap = args[0];
    if (rt_list_len(heap) == 0)
        return rt_raise(rt, RT_EXC_IndexError, "index out of range");
    rt_value last = rt_list_pop(rt, heap, rt_list_len(heap) - 1);
    if (!last || rt_list_len(heap) == 0)
        return last;
    rt_value top = rt_list_items(heap)[0];
    rt_list_items(heap)[0] = last; /* the list's reference to top is now ours */
    if (siftup(rt, heap, 0) < 0) {
        rt_decref(rt, top);
        return RT_NULL;
    }
    return top;
}

static rt_value heapreplace(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                            rt_value kwnames)
{
    (void)self;
    if (rt_args_range(rt, "heapreplace", nargs, kwnames, 2, 2) < 0 ||
        check_list(rt, "heapreplace", args[0], false) < 0)
        return RT_NULL;
    rt_value heap = args[0];
    if (rt_list_len(heap) == 0)
        return rt_raise(rt, RT_EXC_IndexError, "index out of range");
    rt_value top = rt_list_items(heap)[0];
    rt_incref(args[1]);
    rt_list_items(heap)[0] = args[1];
    if (siftup(rt, heap, 0) < 0) {
        rt_decref(rt, top);
        return RT_NULL;
    }
    return top;
}

static rt_value heappushpop(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                            rt_value kwnames)
{
    (void)self;
    if (rt_args_range(rt, "heappushpop", nargs, kwnames, 2, 2) < 0 ||
        check_list(rt, "heappushpop", args[0], false) < 0)
        return RT_NULL;
    rt_value heap = args[0], item = args[1];
    int64_t n = rt_list_len(heap);
    if (n == 0) {
        rt_incref(item);
        return item;
    }
    int r = less(rt, heap, n, rt_list_items(heap)[0], item);
    if (r < 0)
        return RT_NULL;
    if (!r) {
        rt_incref(item);
        return item;
    }
    rt_value top = rt_list_items(heap)[0];
    rt_incref(item);
    rt_list_items(heap)[0] = item;
    if (siftup(rt, heap, 0) < 0) {
        rt_decref(rt, top);
        return RT_NULL;
    }
    return top;
}

static rt_value heapify(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                        rt_value kwnames)
{
    (void)self;
    if (rt_args_one(rt, "_heapq.heapify", nargs, kwnames) < 0 ||
        check_list(rt, "heapify", args[0], true) < 0)
        return RT_NULL;
    int64_t n = rt_list_len(args[0]);
    if (n <= 2500) {
        for (int64_t i = n / 2 - 1; i >= 0; i--)
            if (siftup(rt, args[0], i) < 0)
                return RT_NULL;
        return RT_NONE;
    }
    /* Past 2500 items CPython builds the heap in a cache-minded order, which
     * its comparisons show, and so does closured: the nodes from the parent of
     * the first leaf up to the row holding the first leaf are sifted right to
     * left, then that row's nodes before the first leaf, right to left; a node
     * sifted that is a left child (odd) goes on to sift its parent, whose right
     * child is done by then, and so on up while the node is a left child. */
    int64_t first_leaf = n / 2, row_start = 1;
    while (row_start * 2 <= first_leaf + 1)
        row_start *= 2;
    row_start -= 1; /* the first node of the row holding first_leaf */
    int64_t ranges[2][2] = {{row_start - 1, first_leaf / 2}, {first_leaf - 1, row_start}};
    for (int r = 0; r < 2; r++)
        for (int64_t i = ranges[r][0]; i >= ranges[r][1]; i--)
            for (int64_t j = i;; j >>= 1) {
                if (siftup(rt, args[0], j) < 0)
                    return RT_NULL;
                if (!(j & 1))
                    break;
            }
    return RT_NONE;
}

static const rt_builtin_def heapq_functions[] = {
    {"heappush", heappush},       {"heappop", heappop}, {"heapreplace", heapreplace},
    {"heappushpop", heappushpop}, {"heapify", heapify}, {NULL, NULL},
};

int rt__mod_heapq_fill(rt_state *rt, rt_value d)
{
    return rt__module_add_funcs(rt, d, heapq_functions);
}
