/* search.h: substring search in linear time: the two-way algorithm of
 * Crochemore and Perrin (1991). For str.find/rfind/index/count/replace/
 * split/partition and `in`: a needle of 5,000,000 'a's in a haystack of
 * 'a's is found in time proportional to their lengths, never their product.
 * Bytes in, byte offsets out; knows nothing of objects. */
#ifndef CLOSURED_RUNTIME_SEARCH_H
#define CLOSURED_RUNTIME_SEARCH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Offset of the first occurrence of needle[0..m) in hay[0..n), or -1.
 * O(n + m) time, O(1) space; m == 0 gives 0. */
int64_t rt_search_first(const char *hay, size_t n, const char *needle, size_t m);

/* Offset of the last occurrence of needle[0..m) in hay[0..n), or -1 (the
 * same algorithm over both strings read backwards); m == 0 gives n. */
int64_t rt_search_last(const char *hay, size_t n, const char *needle, size_t m);

#endif
