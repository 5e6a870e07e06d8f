/* search.c: the two-way string matching algorithm (Crochemore-Perrin).
 *
 * The needle x = u v is cut at a critical factorization (found from the two
 * maximal suffixes of x, for the byte order and its reverse). A window is
 * checked by matching v left to right, then u right to left: a mismatch in
 * v shifts by the matched length, a full match or a mismatch in u shifts by
 * the period. When x is periodic (u is a suffix of its first period), the
 * prefix already known to match is remembered so no byte is compared twice.
 * Each text byte is compared a bounded number of times: linear in n + m.
 *
 * Both directions share the code through a reader: `rev` reads a string
 * from its end (index i is byte len - 1 - i), so the last occurrence is the
 * first one in the reversed strings.
 *
 * The first occurrence is the C library's memmem (glibc's is linear too, a
 * two-way for long needles, and it runs at full speed under the sanitizers'
 * and the fuzzer's instrumentation, where a loop of our own costs a hundred
 * times more per byte: a search over two million characters took seconds in
 * the fuzz harness). The last occurrence first asks memcmp and memmem
 * whether there is one at the end or at all, and runs our reversed two-way
 * only over the part after the first occurrence. */
#define _GNU_SOURCE /* memmem, memrchr */
#include "runtime/search.h"

#include <string.h>

typedef struct reader {
    const unsigned char *p;
    size_t len;
    bool rev;
} reader;

static inline unsigned char at(const reader *r, size_t i)
{
    return r->rev ? r->p[r->len - 1 - i] : r->p[i];
}

/* The start (-1 based: returns the index before it, possibly -1) of the
 * maximal suffix of x for the byte order (`greater` false) or its reverse,
 * and that suffix's period in *period. */
static int64_t max_suffix(const reader *x, bool greater, size_t *period)
{
    int64_t ms = -1;
    size_t j = 0, k = 1, p = 1, m = x->len;
    while (j + k < m) {
        unsigned char a = at(x, j + k), b = at(x, (size_t)(ms + (int64_t)k));
        if (greater ? a > b : a < b) {
            j += k;
            k = 1;
            p = (size_t)((int64_t)j - ms);
        } else if (a == b) {
            if (k != p) {
                k++;
            } else {
                j += p;
                k = 1;
            }
        } else {
            ms = (int64_t)j;
            j = (size_t)ms + 1;
            k = p = 1;
        }
    }
    *period = p;
    return ms;
}

/* True when x[0..len) equals x[off..off + len). */
static bool same_prefix(const reader *x, size_t off, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (at(x, i) != at(x, off + i))
            return false;
    return true;
}

/* The first occurrence of x in y, both read through their readers. */
static int64_t two_way(const reader *y, const reader *x)
{
    size_t m = x->len, n = y->len;
    size_t p1, p2;
    int64_t i1 = max_suffix(x, false, &p1), i2 = max_suffix(x, true, &p2);
    int64_t ell = i1 > i2 ? i1 : i2;
    size_t per = i1 > i2 ? p1 : p2;
    size_t j = 0;
    if (per < m && same_prefix(x, per, (size_t)(ell + 1))) {
        /* periodic needle: remember how much of the window's prefix matches */
        int64_t memory = -1;
        while (j <= n - m) {
            int64_t i = (ell > memory ? ell : memory) + 1;
            while ((size_t)i < m && at(x, (size_t)i) == at(y, (size_t)i + j))
                i++;
            if ((size_t)i >= m) {
                i = ell;
                while (i > memory && at(x, (size_t)i) == at(y, (size_t)i + j))
                    i--;
                if (i <= memory)
                    return (int64_t)j;
                j += per;
                memory = (int64_t)(m - per) - 1;
            } else {
                j += (size_t)(i - ell);
                memory = -1;
            }
        }
        return -1;
    }
    size_t ul = (size_t)(ell + 1), vl = m - ul;
    per = (ul > vl ? ul : vl) + 1;
    while (j <= n - m) {
        int64_t i = ell + 1;
        while ((size_t)i < m && at(x, (size_t)i) == at(y, (size_t)i + j))
            i++;
        if ((size_t)i >= m) {
            i = ell;
            while (i >= 0 && at(x, (size_t)i) == at(y, (size_t)i + j))
                i--;
            if (i < 0)
                return (int64_t)j;
            j += per;
        } else {
            j += (size_t)(i - ell);
        }
    }
    return -1;
}

int64_t rt_search_first(const char *hay, size_t n, const char *needle, size_t m)
{
    if (m == 0)
        return 0;
    if (m > n)
        return -1;
    if (m == 1) {
        const char *q = memchr(hay, needle[0], n);
        return q ? q - hay : -1;
    }
    const char *q = memmem(hay, n, needle, m);
    return q ? q - hay : -1;
}

int64_t rt_search_last(const char *hay, size_t n, const char *needle, size_t m)
{
    if (m == 0)
        return (int64_t)n;
    if (m > n)
        return -1;
    if (m == 1) {
        const char *q = memrchr(hay, needle[0], n);
        return q ? q - hay : -1;
    }
    if (memcmp(hay + n - m, needle, m) == 0)
        return (int64_t)(n - m);
    const char *first = memmem(hay, n, needle, m);
    if (!first)
        return -1;
    /* the last occurrence starts at or after the first one */
    size_t off = (size_t)(first - hay), len = n - off;
    reader y = {(const unsigned char *)first, len, true},
           x = {(const unsigned char *)needle, m, true};
    int64_t r = two_way(&y, &x);
    return r < 0 ? -1 : (int64_t)(off + len - m) - r;
}
