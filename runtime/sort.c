/* sort.c: list.sort()'s algorithm over values: an adaptive, stable merge
 * sort of natural runs (timsort, with powersort's merge order, as CPython
 * 3.11 sorts), making the same comparisons in the same order as CPython, so
 * a program that counts or prints its comparisons sees what python3 shows.
 *
 * The plan, as the algorithm is described for CPython's list (listsort.txt):
 * - the array is cut left to right into runs: the longest ascending prefix
 *   (a[i] <= a[i+1]) or strictly descending one (turned around in place);
 *   a run shorter than `minrun` (32..64, chosen so that n / minrun is a
 *   power of two or just under one) is grown to minrun items by binary
 *   insertion;
 * - each run found gets a "power": the depth, in a balanced binary tree over
 *   the whole array, of the boundary between it and the run before; runs on
 *   the stack whose boundary is deeper than the new one are merged first,
 *   and what is left merged right to left at the end;
 * - a merge first skips the items already in place at both ends (by
 *   galloping), then copies the shorter run aside and merges from that
 *   side; when one run keeps winning `min_gallop` times in a row it
 *   switches to galloping (exponential then binary search) and back, with
 *   min_gallop adapting to how well galloping paid.
 * The exact order of comparisons (which pair, which operand on the left) is
 * part of the contract: every comparison is `<`, x < y asked as lt(x, y). */
#include "runtime/sort.h"

#include <stddef.h>
#include <string.h>

#include "runtime/class.h"
#include "runtime/heap.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/type.h"

typedef struct pair {
    rt_value key; /* the value compared: the item itself, or key(item) (owned) */
    rt_value val; /* the item (borrowed from the caller's array) */
} pair;

/* SMALLINT and STR: every key of that type, compared inline. SAME_CLASS:
 * every key an instance of one user class, whose own __lt__ is asked first
 * (as CPython's sort asks the type's slot when all keys share a type), and
 * only when it answers NotImplemented the whole comparison (the reflected
 * __gt__, or the error). */
typedef enum cmp_mode { MODE_SMALLINT, MODE_STR, MODE_SAME_CLASS, MODE_GENERIC } cmp_mode;

/* Galloping starts after this many wins in a row, to begin with. */
enum { GALLOP_START = 7 };
/* Merge space kept in the sorter itself: merges of short runs (every sort
 * of up to 2 * STACK_TMP items) allocate nothing. */
enum { STACK_TMP = 128 };
/* Runs pending on the stack: powers strictly increase along it and a power
 * is at most the number of bits of n, so 64 + 1 runs cannot be exceeded. */
enum { MAX_RUNS = 66 };

typedef struct run {
    ptrdiff_t base, len;
    int power; /* depth of the boundary between this run and the next */
} run;

typedef struct sorter {
    rt_state *rt;
    pair *a;       /* the array being sorted */
    ptrdiff_t n;   /* its length */
    pair *tmp;     /* merge space: stack_tmp or a heap buffer */
    ptrdiff_t cap; /* pairs tmp holds */
    ptrdiff_t min_gallop;
    int nruns;
    run runs[MAX_RUNS];
    pair stack_tmp[STACK_TMP];
} sorter;

/* The sort's functions are always inlined into one sort per mode (the mode
 * a constant there), so the int and str compares are inline in the loops
 * instead of a call and a switch per comparison. */
#define SORT_INLINE static inline __attribute__((always_inline))

/* x < y: 1/0, -1 on error. */
SORT_INLINE int lt(sorter *s, cmp_mode mode, rt_value x, rt_value y)
{
    switch (mode) {
    case MODE_SMALLINT: return rt_smallint_get(x) < rt_smallint_get(y);
    case MODE_STR: {
        /* UTF-8 bytes compare as code points do; short strings (words,
         * keys) byte by byte inline, where memcmp's call and setup would
         * cost more than the few bytes before the first difference */
        const rt_str_obj *sx = rt_str_obj_of(x), *sy = rt_str_obj_of(y);
        size_t lx = sx->nbytes, ly = sy->nbytes, m = lx < ly ? lx : ly;
        const unsigned char *px = (const unsigned char *)sx->data;
        const unsigned char *py = (const unsigned char *)sy->data;
        if (m <= 16) {
            for (size_t i = 0; i < m; i++)
                if (px[i] != py[i])
                    return px[i] < py[i];
            return lx < ly;
        }
        int c = memcmp(px, py, m);
        return c < 0 || (c == 0 && lx < ly);
    }
    case MODE_SAME_CLASS: {
        rt_value r = rt__inst_compare_own(s->rt, RT_CMP_LT, x, y);
        if (r == RT_NULL)
            return -1;
        if (r == s->rt->notimpl) {
            rt_decref(s->rt, r);
            return rt_compare_bool(s->rt, RT_CMP_LT, x, y);
        }
        int t = r == RT_TRUE ? 1 : r == RT_FALSE ? 0 : rt_truthy(s->rt, r);
        rt_decref(s->rt, r);
        return t;
    }
    default: return rt_compare_bool(s->rt, RT_CMP_LT, x, y);
    }
}

static void reverse_pairs(pair *a, ptrdiff_t n)
{
    for (ptrdiff_t i = 0, j = n - 1; i < j; i++, j--) {
        pair t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}

/* minrun for n items: n's six leading bits, plus one when any bit below
 * them is set (n itself below 64). */
static ptrdiff_t minrun_for(ptrdiff_t n)
{
    ptrdiff_t below = 0;
    for (; n >= 64; n >>= 1)
        below |= n & 1;
    return n + below;
}

/* The power of the boundary between the runs [s1, s1+n1) and [s1+n1,
 * s1+n1+n2) of an n-item array: the position of the first binary digit
 * where the fractions mid1/n and mid2/n (the runs' midpoints) differ. The
 * midpoints are kept doubled (x, y) so they stay integers; doubling a
 * fraction below 1 brings its next digit to the units place. */
static int boundary_power(ptrdiff_t s1, ptrdiff_t n1, ptrdiff_t n2, ptrdiff_t n)
{
    size_t x = 2 * (size_t)s1 + (size_t)n1, y = x + (size_t)n1 + (size_t)n2;
    size_t whole = 2 * (size_t)n; /* x / whole, y / whole are the fractions */
    for (int digit = 1;; digit++) {
        x *= 2;
        y *= 2;
        bool dx = x >= whole, dy = y >= whole;
        if (dx != dy)
            return digit;
        if (dx) {
            x -= whole;
            y -= whole;
        }
    }
}

/* The length of the run starting at a[0] (of n >= 1 items): ascending
 * (each item not below the one before) or strictly descending, *down set
 * for the latter. -1 on error. */
SORT_INLINE ptrdiff_t run_length(sorter *s, cmp_mode mode, const pair *a, ptrdiff_t n, bool *down)
{
    *down = false;
    if (n == 1)
        return 1;
    int c = lt(s, mode, a[1].key, a[0].key);
    if (c < 0)
        return -1;
    ptrdiff_t len = 2;
    *down = c != 0;
    for (; len < n; len++) {
        c = lt(s, mode, a[len].key, a[len - 1].key);
        if (c < 0)
            return -1;
        if ((c != 0) != *down)
            break; /* a rise ends a falling run, a fall a rising one */
    }
    return len;
}

/* Binary insertion of a[sorted..n) into the sorted a[0..sorted); each item
 * goes after the items equal to it (stability). On error a is a
 * permutation: the item being placed has not moved yet. */
SORT_INLINE int insert_sorted(sorter *s, cmp_mode mode, pair *a, ptrdiff_t n, ptrdiff_t sorted)
{
    for (ptrdiff_t i = sorted < 1 ? 1 : sorted; i < n; i++) {
        pair item = a[i];
        ptrdiff_t lo = 0, hi = i; /* item >= a[..lo), item < a[hi..i) */
        do {
            ptrdiff_t mid = lo + ((hi - lo) >> 1);
            int c = lt(s, mode, item.key, a[mid].key);
            if (c < 0)
                return -1;
            if (c)
                hi = mid;
            else
                lo = mid + 1;
        } while (lo < hi);
        memmove(a + lo + 1, a + lo, (size_t)(i - lo) * sizeof *a);
        a[lo] = item;
    }
    return 0;
}

/* Where key belongs in the sorted a[0..n) before any item equal to it: the
 * k with a[k-1] < key <= a[k] (k in 0..n). The search starts at a[hint]
 * and widens by offsets 1, 3, 7, 15, ... toward the side key lies on,
 * then bisects the last gap. -1 on error. */
SORT_INLINE ptrdiff_t gallop_left(sorter *s, cmp_mode mode, rt_value key, const pair *a,
                                  ptrdiff_t n, ptrdiff_t hint)
{
    ptrdiff_t lo, hi; /* the answer is in [lo, hi] */
    ptrdiff_t near = 0, far = 1;
    int c = lt(s, mode, a[hint].key, key);
    if (c < 0)
        return -1;
    if (c) { /* a[hint] < key: to the right */
        ptrdiff_t limit = n - hint;
        while (far < limit) {
            c = lt(s, mode, a[hint + far].key, key);
            if (c < 0)
                return -1;
            if (!c)
                break;
            near = far;
            far = 2 * far + 1;
        }
        if (far > limit)
            far = limit;
        lo = hint + near + 1;
        hi = hint + far;
    } else { /* key <= a[hint]: to the left */
        ptrdiff_t limit = hint + 1;
        while (far < limit) {
            c = lt(s, mode, a[hint - far].key, key);
            if (c < 0)
                return -1;
            if (c)
                break;
            near = far;
            far = 2 * far + 1;
        }
        if (far > limit)
            far = limit;
        lo = hint - far + 1;
        hi = hint - near;
    }
    while (lo < hi) {
        ptrdiff_t mid = lo + ((hi - lo) >> 1);
        c = lt(s, mode, a[mid].key, key);
        if (c < 0)
            return -1;
        if (c)
            lo = mid + 1;
        else
            hi = mid;
    }
    return hi;
}

/* As gallop_left, but after any item equal to key: a[k-1] <= key < a[k]. */
SORT_INLINE ptrdiff_t gallop_right(sorter *s, cmp_mode mode, rt_value key, const pair *a,
                                   ptrdiff_t n, ptrdiff_t hint)
{
    ptrdiff_t lo, hi;
    ptrdiff_t near = 0, far = 1;
    int c = lt(s, mode, key, a[hint].key);
    if (c < 0)
        return -1;
    if (c) { /* key < a[hint]: to the left */
        ptrdiff_t limit = hint + 1;
        while (far < limit) {
            c = lt(s, mode, key, a[hint - far].key);
            if (c < 0)
                return -1;
            if (!c)
                break;
            near = far;
            far = 2 * far + 1;
        }
        if (far > limit)
            far = limit;
        lo = hint - far + 1;
        hi = hint - near;
    } else { /* a[hint] <= key: to the right */
        ptrdiff_t limit = n - hint;
        while (far < limit) {
            c = lt(s, mode, key, a[hint + far].key);
            if (c < 0)
                return -1;
            if (c)
                break;
            near = far;
            far = 2 * far + 1;
        }
        if (far > limit)
            far = limit;
        lo = hint + near + 1;
        hi = hint + far;
    }
    while (lo < hi) {
        ptrdiff_t mid = lo + ((hi - lo) >> 1);
        c = lt(s, mode, key, a[mid].key);
        if (c < 0)
            return -1;
        if (c)
            hi = mid;
        else
            lo = mid + 1;
    }
    return hi;
}

/* Makes tmp hold at least `need` pairs (its contents are not kept). */
static int tmp_reserve(sorter *s, ptrdiff_t need)
{
    if (need <= s->cap)
        return 0;
    if (s->tmp != s->stack_tmp)
        rt_heap_free(s->rt, NULL, s->tmp, (size_t)s->cap * sizeof(pair));
    s->tmp = s->stack_tmp;
    s->cap = STACK_TMP;
    pair *p = rt_heap_alloc(s->rt, NULL, (size_t)need * sizeof(pair)); /* the workload's */
    if (!p)
        return -1;
    s->tmp = p;
    s->cap = need;
    return 0;
}

/* Merges the adjacent runs A = a[0..na) and B = a[na..na+nb), na <= nb,
 * B's first item known to precede all of A and A's last to follow all of
 * B. A goes to tmp and the merge fills a from the left. On error (or at the
 * end) what is left of A is copied into the gap, which is exactly its size,
 * so a stays a permutation. */
SORT_INLINE int merge_low(sorter *s, cmp_mode mode, pair *a, ptrdiff_t na, ptrdiff_t nb)
{
    if (tmp_reserve(s, na) < 0)
        return -1;
    pair *t = s->tmp;
    memcpy(t, a, (size_t)na * sizeof *a);
    pair *b = a + na, *out = a; /* next of B, next free slot */
    int rc = 0;
    *out++ = *b++; /* B's first item was found to precede all of A */
    if (--nb == 0)
        goto rest;
    if (na == 1)
        goto last_a;
    ptrdiff_t mg = s->min_gallop;
    for (;;) {
        ptrdiff_t awins = 0, bwins = 0;
        /* one item at a time until one side wins mg times running */
        for (;;) {
            int c = lt(s, mode, b->key, t->key);
            if (c < 0)
                goto fail;
            if (c) {
                *out++ = *b++;
                awins = 0;
                if (--nb == 0)
                    goto rest;
                if (++bwins >= mg)
                    break;
            } else {
                *out++ = *t++;
                bwins = 0;
                if (--na == 1)
                    goto last_a;
                if (++awins >= mg)
                    break;
            }
        }
        /* galloping: whole stretches of each side at once, for as long as
         * the stretches stay long; every round of it lowers the threshold */
        mg++;
        do {
            mg -= mg > 1;
            s->min_gallop = mg;
            ptrdiff_t k = gallop_right(s, mode, b->key, t, na, 0);
            if (k < 0)
                goto fail;
            awins = k;
            if (k) {
                memcpy(out, t, (size_t)k * sizeof *a);
                out += k;
                t += k;
                na -= k;
                if (na == 1)
                    goto last_a;
                if (na == 0)
                    goto rest; /* only when `<` is inconsistent */
            }
            *out++ = *b++;
            if (--nb == 0)
                goto rest;
            k = gallop_left(s, mode, t->key, b, nb, 0);
            if (k < 0)
                goto fail;
            bwins = k;
            if (k) {
                memmove(out, b, (size_t)k * sizeof *a);
                out += k;
                b += k;
                nb -= k;
                if (nb == 0)
                    goto rest;
            }
            *out++ = *t++;
            if (--na == 1)
                goto last_a;
        } while (awins >= GALLOP_START || bwins >= GALLOP_START);
        mg++; /* leaving the gallop costs: it did not pay this time */
        s->min_gallop = mg;
    }
fail:
    rc = -1;
rest:
    memcpy(out, t, (size_t)na * sizeof *a);
    return rc;
last_a:
    /* A's one item left is known to follow all that remains of B */
    memmove(out, b, (size_t)nb * sizeof *a);
    out[nb] = *t;
    return 0;
}

/* The mirror of merge_low for na > nb: B goes to tmp and the merge fills a
 * from the right; A's last item is known to follow every item of B, and
 * B's first item to precede all that remains of A at the end. */
SORT_INLINE int merge_high(sorter *s, cmp_mode mode, pair *a, ptrdiff_t na, ptrdiff_t nb)
{
    if (tmp_reserve(s, nb) < 0)
        return -1;
    pair *t0 = s->tmp;
    memcpy(t0, a + na, (size_t)nb * sizeof *a);
    pair *pa = a + na - 1, *pt = t0 + nb - 1, *out = a + na + nb - 1; /* last of each */
    int rc = 0;
    *out-- = *pa--;
    if (--na == 0)
        goto rest;
    if (nb == 1)
        goto first_b;
    ptrdiff_t mg = s->min_gallop;
    for (;;) {
        ptrdiff_t awins = 0, bwins = 0;
        for (;;) {
            int c = lt(s, mode, pt->key, pa->key);
            if (c < 0)
                goto fail;
            if (c) {
                *out-- = *pa--;
                bwins = 0;
                if (--na == 0)
                    goto rest;
                if (++awins >= mg)
                    break;
            } else {
                *out-- = *pt--;
                awins = 0;
                if (--nb == 1)
                    goto first_b;
                if (++bwins >= mg)
                    break;
            }
        }
        mg++;
        do {
            mg -= mg > 1;
            s->min_gallop = mg;
            ptrdiff_t k = gallop_right(s, mode, pt->key, a, na, na - 1);
            if (k < 0)
                goto fail;
            k = na - k; /* A's items after B's current one */
            awins = k;
            if (k) {
                out -= k;
                pa -= k;
                memmove(out + 1, pa + 1, (size_t)k * sizeof *a);
                na -= k;
                if (na == 0)
                    goto rest;
            }
            *out-- = *pt--;
            if (--nb == 1)
                goto first_b;
            k = gallop_left(s, mode, pa->key, t0, nb, nb - 1);
            if (k < 0)
                goto fail;
            k = nb - k; /* B's items not before A's current one */
            bwins = k;
            if (k) {
                out -= k;
                pt -= k;
                memcpy(out + 1, pt + 1, (size_t)k * sizeof *a);
                nb -= k;
                if (nb == 1)
                    goto first_b;
                if (nb == 0)
                    goto rest; /* only when `<` is inconsistent */
            }
            *out-- = *pa--;
            if (--na == 0)
                goto rest;
        } while (awins >= GALLOP_START || bwins >= GALLOP_START);
        mg++;
        s->min_gallop = mg;
    }
fail:
    rc = -1;
rest:
    memcpy(out - (nb - 1), t0, (size_t)nb * sizeof *a);
    return rc;
first_b:
    out -= na;
    pa -= na;
    memmove(out + 1, pa + 1, (size_t)na * sizeof *a);
    *out = *t0;
    return 0;
}

/* Merges runs i and i+1 of the stack into one. */
SORT_INLINE int merge_runs(sorter *s, cmp_mode mode, int i)
{
    pair *a = s->a + s->runs[i].base;
    ptrdiff_t na = s->runs[i].len, nb = s->runs[i + 1].len;
    s->runs[i].len = na + nb;
    if (i == s->nruns - 3)
        s->runs[i + 1] = s->runs[i + 2];
    s->nruns--;
    /* A's items not after B's first are in place already */
    ptrdiff_t k = gallop_right(s, mode, a[na].key, a, na, 0);
    if (k < 0)
        return -1;
    a += k;
    na -= k;
    if (na == 0)
        return 0;
    /* and so are B's items not before A's last */
    nb = gallop_left(s, mode, a[na - 1].key, a + na, nb, nb - 1);
    if (nb <= 0)
        return (int)nb;
    return na <= nb ? merge_low(s, mode, a, na, nb) : merge_high(s, mode, a, na, nb);
}

SORT_INLINE int timsort(sorter *s, cmp_mode mode)
{
    pair *a = s->a;
    ptrdiff_t n = s->n, minrun = minrun_for(n);
    for (ptrdiff_t lo = 0; lo < n;) {
        bool down;
        ptrdiff_t len = run_length(s, mode, a + lo, n - lo, &down);
        if (len < 0)
            return -1;
        if (down)
            reverse_pairs(a + lo, len);
        if (len < minrun) {
            ptrdiff_t grown = n - lo < minrun ? n - lo : minrun;
            if (insert_sorted(s, mode, a + lo, grown, len) < 0)
                return -1;
            len = grown;
        }
        if (s->nruns > 0) {
            run *top = &s->runs[s->nruns - 1];
            int power = boundary_power(top->base, top->len, len, n);
            while (s->nruns > 1 && s->runs[s->nruns - 2].power > power)
                if (merge_runs(s, mode, s->nruns - 2) < 0)
                    return -1;
            s->runs[s->nruns - 1].power = power;
        }
        s->runs[s->nruns++] = (run){lo, len, 0};
        lo += len;
    }
    while (s->nruns > 1) {
        int i = s->nruns - 2;
        if (i > 0 && s->runs[i - 1].len < s->runs[i + 1].len)
            i--;
        if (merge_runs(s, mode, i) < 0)
            return -1;
    }
    return 0;
}

/* Sorts a[0..n), n >= 2, in the compare mode its keys allow. */
static int sort_pairs(rt_state *rt, pair *a, ptrdiff_t n, cmp_mode mode)
{
    sorter s;
    s.rt = rt;
    s.a = a;
    s.n = n;
    s.tmp = s.stack_tmp;
    s.cap = STACK_TMP;
    s.min_gallop = GALLOP_START;
    s.nruns = 0;
    int rc;
    switch (mode) {
    case MODE_SMALLINT: rc = timsort(&s, MODE_SMALLINT); break;
    case MODE_STR: rc = timsort(&s, MODE_STR); break;
    case MODE_SAME_CLASS: rc = timsort(&s, MODE_SAME_CLASS); break;
    default: rc = timsort(&s, MODE_GENERIC); break;
    }
    if (s.tmp != s.stack_tmp)
        rt_heap_free(rt, NULL, s.tmp, (size_t)s.cap * sizeof(pair));
    return rc;
}

static cmp_mode detect_mode(rt_state *rt, const pair *a, size_t n)
{
    bool ints = true, strs = true;
    for (size_t i = 0; i < n && (ints || strs); i++) {
        rt_value k = a[i].key;
        if (!rt_is_smallint(k))
            ints = false;
        if (!rt_is_obj(k) || rt_as_obj(k)->type != RT_T_STR)
            strs = false;
    }
    if (ints || strs)
        return ints ? MODE_SMALLINT : MODE_STR;
    if (!rt__is_user_obj(a[0].key))
        return MODE_GENERIC;
    rt_value cls = rt_type_obj_get(rt, a[0].key);
    for (size_t i = 1; i < n; i++)
        if (!rt__is_user_obj(a[i].key) || rt_type_obj_get(rt, a[i].key) != cls)
            return MODE_GENERIC;
    return MODE_SAME_CLASS;
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
    int rc = 0;
    if (n >= 2) {
        if (reverse)
            reverse_pairs(a, (ptrdiff_t)n);
        rc = sort_pairs(rt, a, (ptrdiff_t)n, detect_mode(rt, a, n));
        if (reverse)
            reverse_pairs(a, (ptrdiff_t)n);
    }
    for (size_t i = 0; i < n; i++) {
        items[i] = a[i].val;
        if (keyed)
            rt_decref(rt, a[i].key);
    }
    rt_heap_free(rt, NULL, a, abytes);
    return rc;
}
