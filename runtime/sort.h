/* sort.h: the stable sort behind list.sort() and sorted(). */
#ifndef CLOSURED_RUNTIME_SORT_H
#define CLOSURED_RUNTIME_SORT_H

#include <stdbool.h>

#include "runtime/object.h"

/* Sorts items[0..n) in place with Python's semantics: stable, ordered by `<`
 * only, `key` (RT_NULL or None for none) called exactly once per item before
 * any comparison, and `reverse` keeping equal items in their original order.
 * Returns 0, or -1 with the exception set (a key call or a comparison
 * failed: "'<' not supported between instances of 'str' and 'int'"). On
 * failure items still holds every original reference exactly once (a key
 * failure leaves it unchanged, a comparison failure in some permutation), as
 * CPython does. The references in items are neither taken nor released. */
int rt_sort_values(rt_state *rt, rt_value *items, size_t n, rt_value key, bool reverse);

/* Sorts list l in place (list.sort, sorted; implemented in methods_list.c).
 * While it runs the list looks empty, as in CPython, so a key function that
 * mutates it is caught: ValueError "list modified during sort". 0 or -1. */
int rt_list_sort(rt_state *rt, rt_value l, rt_value key, bool reverse);

#endif
