/* list.c: list objects: a growable array of owned values in a buffer charged
 * to the list. */
#include "runtime/list.h"
#include "runtime/range.h"

#include <string.h>

#include "runtime/class.h"
#include "runtime/dict.h"
#include "runtime/exc.h"
#include "runtime/gen.h"
#include "runtime/heap.h"
#include "runtime/heap_fast.h"
#include "runtime/iter.h"
#include "runtime/num.h"
#include "runtime/ops.h"
#include "runtime/slice.h"
#include "runtime/tuple.h"
#include "runtime/type.h"

static size_t list_size(const rt_obj *o)
{
    return sizeof(rt_gc_link) + sizeof(rt_list_obj) +
           (size_t)((const rt_list_obj *)o)->cap * sizeof(rt_value);
}

static void list_traverse(rt_obj *o, rt_visit_fn visit, void *arg)
{
    rt_list_obj *l = (rt_list_obj *)o;
    for (int64_t i = 0; i < l->len; i++)
        if (rt_is_obj(l->items[i]))
            visit(rt_as_obj(l->items[i]), arg);
}

/* True when v[0..n) are all immediates: every heap object (and RT_NULL)
 * has its three low bits clear (object.h). Branch-free, and vectorized for
 * the fixed-size blocks list_clear passes. */
static inline bool all_immediate(const rt_value *v, int64_t n)
{
    uint64_t all = 1;
    for (int64_t i = 0; i < n; i++)
        all &= v[i] | v[i] >> 1 | v[i] >> 2;
    return all & 1;
}

/* Releases every item and the buffer (the list becomes empty, cap 0). Blocks
 * of immediates ([0] * n) are skipped without a decref per item. The clear
 * slot's body, inline in the dealloc too (no call per death). */
static inline __attribute__((always_inline)) void list_clear_body(rt_state *rt, rt_obj *o)
{
    rt_list_obj *l = (rt_list_obj *)o;
    rt_value *items = l->items;
    int64_t n = l->len, cap = l->cap;
    l->items = NULL;
    l->len = l->cap = 0;
    /* last item first, as CPython (the order __del__ methods observe) */
    int64_t i = n;
    for (; i >= 64; i -= 64) {
        if (all_immediate(items + i - 64, 64))
            continue;
        for (int64_t j = i - 1; j >= i - 64; j--)
            rt_decref(rt, items[j]);
    }
    while (i > 0)
        rt_decref(rt, items[--i]);
    rt__heap_free_inline(rt, o, items, (size_t)cap * sizeof(rt_value));
}

static void list_clear(rt_state *rt, rt_obj *o)
{
    list_clear_body(rt, o);
}

static void list_dealloc(rt_state *rt, rt_obj *o)
{
    list_clear_body(rt, o);
    rt__obj_free_inline(rt, o, RT_T_LIST, sizeof(rt_list_obj));
}

const rt_typeinfo rt__list_typeinfo = {"list",        true,       list_size,
                                       list_traverse, list_clear, list_dealloc};

/* Sets the capacity to exactly cap (>= len). */
static int set_cap(rt_state *rt, rt_list_obj *l, int64_t cap)
{
    if (cap == l->cap)
        return 0;
    if (cap == 0) {
        rt_heap_free(rt, &l->hdr, l->items, (size_t)l->cap * sizeof(rt_value));
        l->items = NULL;
        l->cap = 0;
        return 0;
    }
    if ((uint64_t)cap > (SIZE_MAX / 4) / sizeof(rt_value)) {
        rt_raise(rt, RT_EXC_MemoryError, "%s", "");
        return -1;
    }
    if (!l->items) { /* a first buffer (a new list's): the small-block fast path */
        rt_value *n = rt__heap_alloc_inline(rt, &l->hdr, (size_t)cap * sizeof(rt_value));
        if (!n)
            return -1;
        l->items = n;
        l->cap = cap;
        return 0;
    }
    rt_value *n = rt_heap_resize(rt, &l->hdr, l->items, (size_t)l->cap * sizeof(rt_value),
                                 (size_t)cap * sizeof(rt_value));
    if (!n)
        return -1;
    l->items = n;
    l->cap = cap;
    return 0;
}

/* Makes room for newlen items with CPython's over-allocation rule. */
static int grow_to(rt_state *rt, rt_list_obj *l, int64_t newlen)
{
    if (newlen <= l->cap)
        return 0;
    int64_t cap = (newlen + (newlen >> 3) + 6) & ~(int64_t)3;
    if (newlen - l->len > cap - newlen)
        cap = (newlen + 3) & ~(int64_t)3;
    return set_cap(rt, l, cap);
}

rt_value rt_list_new(rt_state *rt, int64_t cap)
{
    rt_list_obj *l = (rt_list_obj *)rt__obj_alloc_inline(rt, RT_T_LIST, sizeof(rt_list_obj));
    if (!l)
        return RT_NULL;
    if (cap > 0 && set_cap(rt, l, cap) != 0) {
        rt_decref(rt, rt_from_obj(l));
        return RT_NULL;
    }
    return rt_from_obj(l);
}

rt_value rt_list_from(rt_state *rt, const rt_value *items, int64_t n)
{
    rt_value r = rt_list_new(rt, n);
    if (!r)
        return RT_NULL;
    rt_list_obj *l = rt_list_obj_of(r);
    for (int64_t i = 0; i < n; i++) {
        rt_incref(items[i]);
        l->items[i] = items[i];
    }
    l->len = n;
    return r;
}

rt_value rt_list_from_iter(rt_state *rt, rt_value iterable)
{
    rt_value r = rt_list_new(rt, 0);
    if (!r)
        return RT_NULL;
    if (rt_list_extend(rt, r, iterable) != 0) {
        rt_decref(rt, r);
        return RT_NULL;
    }
    return r;
}

int rt_list_reserve(rt_state *rt, rt_value lv, int64_t extra)
{
    rt_list_obj *l = rt_list_obj_of(lv);
    if (l->len + extra <= l->cap)
        return 0;
    return set_cap(rt, l, l->len + extra);
}

int rt_list_append(rt_state *rt, rt_value lv, rt_value v)
{
    rt_list_obj *l = rt_list_obj_of(lv);
    if (l->len == l->cap && grow_to(rt, l, l->len + 1) != 0)
        return -1;
    rt_incref(v);
    l->items[l->len++] = v;
    return 0;
}

int rt_list_append_steal(rt_state *rt, rt_value lv, rt_value v)
{
    rt_list_obj *l = rt_list_obj_of(lv);
    if (l->len == l->cap && grow_to(rt, l, l->len + 1) != 0) {
        rt_decref(rt, v);
        return -1;
    }
    l->items[l->len++] = v;
    return 0;
}

int rt_list_insert(rt_state *rt, rt_value lv, int64_t i, rt_value v)
{
    rt_list_obj *l = rt_list_obj_of(lv);
    if (i < 0) {
        i += l->len;
        if (i < 0)
            i = 0;
    }
    if (i > l->len)
        i = l->len;
    if (grow_to(rt, l, l->len + 1) != 0)
        return -1;
    memmove(l->items + i + 1, l->items + i, (size_t)(l->len - i) * sizeof(rt_value));
    rt_incref(v);
    l->items[i] = v;
    l->len++;
    return 0;
}

/* Shrinks the buffer when it is less than half used (CPython's rule). */
static void maybe_shrink(rt_state *rt, rt_list_obj *l)
{
    if (l->cap >= 16 && l->len < l->cap / 2) {
        int64_t cap = (l->len + (l->len >> 3) + 6) & ~(int64_t)3;
        if (cap < l->cap)
            set_cap(rt, l, cap); /* shrinking never grows the heap; failure keeps it */
    }
}

rt_value rt_list_pop(rt_state *rt, rt_value lv, int64_t i)
{
    rt_list_obj *l = rt_list_obj_of(lv);
    if (l->len == 0)
        return rt_raise(rt, RT_EXC_IndexError, "pop from empty list");
    if (i < 0)
        i += l->len;
    if (i < 0 || i >= l->len)
        return rt_raise(rt, RT_EXC_IndexError, "pop index out of range");
    rt_value v = l->items[i];
    memmove(l->items + i, l->items + i + 1, (size_t)(l->len - i - 1) * sizeof(rt_value));
    l->len--;
    maybe_shrink(rt, l);
    return v;
}

void rt_list_set(rt_state *rt, rt_value lv, int64_t i, rt_value v)
{
    rt_setref(rt, &rt_list_obj_of(lv)->items[i], v);
}

/* rt_list_extend from a dict view (d.keys(), d.values(), d.items()): the
 * dict's entries read directly, without an iterator object. Nothing here
 * runs Python code, so the dict cannot change during the walk; the list
 * grows item by item as through an iterator (the same capacities). */
static int extend_from_view(rt_state *rt, rt_value lv, rt_value view)
{
    const rt_iter_obj *v = rt_iter_obj_of(view);
    rt_value d = v->src;
    int64_t pos = 0;
    rt_value key, val;
    while (rt_dict_next(d, &pos, &key, &val)) {
        rt_value item;
        if (v->kind == RT_ITER_KEYS_VIEW) {
            rt_incref(key);
            item = key;
        } else if (v->kind == RT_ITER_VALUES_VIEW) {
            rt_incref(val);
            item = val;
        } else {
            rt_value pair[2] = {key, val};
            if (!(item = rt_tuple_from(rt, pair, 2)))
                return -1;
        }
        if (rt_list_append_steal(rt, lv, item) != 0)
            return -1;
    }
    return 0;
}

/* rt_gen_drain's sink for rt_list_extend: ctx is the list. */
static int append_sink(rt_state *rt, void *ctx, rt_value v)
{
    return rt_list_append_steal(rt, (rt_value)(uintptr_t)ctx, v) != 0 ? -1 : 0;
}

/* CPython sizes list(x) and l.extend(x) before iterating, from len(x) or
 * x.__length_hint__(): an object of a class statement whose hint answers
 * wrong fails there (a negative or non-int hint, one past 64 bits, one the
 * heap cannot hold), and a right one saves the growing. A TypeError from
 * either is a hint not given. Builtin iterables are not asked. 0 or -1. */
static int presize_from_hint(rt_state *rt, rt_value lv, rt_value iterable)
{
    if (!rt__is_user_obj(iterable)) /* a native object (even one typed as a stdlib class) */
        return 0;
    rt_value t = rt_type_obj_get(rt, iterable);
    int64_t n = -1;
    if (rt__special(rt, iterable, RT_ID_len)) {
        if (rt_len(rt, iterable, &n) != 0) {
            if (!rt_exc_matches(rt, RT_EXC_TypeError))
                return -1;
            rt_exc_clear(rt);
            n = -1;
        }
    }
    if (n < 0) {
        rt_value m = rt_type_lookup_cstr(rt, t, "__length_hint__");
        if (!m)
            return rt->exc ? -1 : 0;
        rt_value r = rt__call_special(rt, m, iterable, NULL, 0);
        if (!r) {
            if (!rt_exc_matches(rt, RT_EXC_TypeError))
                return -1;
            rt_exc_clear(rt);
            return 0;
        }
        if (r == rt_notimpl(rt)) {
            rt_decref(rt, r);
            return 0;
        }
        if (!rt_is_intlike(r)) {
            rt_raise(rt, RT_EXC_TypeError, "__length_hint__ must be an integer, not %s",
                     rt_type_name(r));
            rt_decref(rt, r);
            return -1;
        }
        bool fits = rt_int_as_i64(r, &n);
        rt_decref(rt, r);
        if (!fits) {
            rt_int_overflow(rt);
            return -1;
        }
        if (n < 0) {
            rt_raise(rt, RT_EXC_ValueError, "__length_hint__() should return >= 0");
            return -1;
        }
    }
    rt_list_obj *l = rt_list_obj_of(lv);
    if (n > (INT64_MAX >> 4) - l->len) {
        rt_raise(rt, RT_EXC_MemoryError, "%s", "");
        return -1;
    }
    return grow_to(rt, l, l->len + n);
}

int rt_list_extend(rt_state *rt, rt_value lv, rt_value iterable)
{
    rt_list_obj *l = rt_list_obj_of(lv);
    if (rt_is_list(iterable) || rt_is_tuple(iterable)) {
        int64_t n = rt_is_list(iterable) ? rt_list_len(iterable) : rt_tuple_len(iterable);
        if (grow_to(rt, l, l->len + n) != 0)
            return -1;
        /* re-read the source after growing: l.extend(l) */
        const rt_value *src =
            rt_is_list(iterable) ? rt_list_items(iterable) : rt_tuple_items(iterable);
        for (int64_t i = 0; i < n; i++) {
            rt_incref(src[i]);
            l->items[l->len + i] = src[i];
        }
        l->len += n;
        return 0;
    }
    if (rt_is_iter(iterable) && rt_iter_is_view(iterable))
        return extend_from_view(rt, lv, iterable);
    if (rt_is_range(iterable)) {
        /* CPython sizes the list from len() first: list(range(10**20)) is
         * its OverflowError and list(range(10**15)) a MemoryError, at once,
         * rather than a list that grows until the heap gives out */
        int64_t n;
        if (rt_range_len(rt, iterable, &n) != 0)
            return -1;
        if (n > (INT64_MAX >> 4) - l->len) {
            rt_raise(rt, RT_EXC_MemoryError, "%s", "");
            return -1;
        }
        if (grow_to(rt, l, l->len + n) != 0)
            return -1;
    } else if (rt_is_obj(iterable) && presize_from_hint(rt, lv, iterable) != 0) {
        return -1;
    }
    rt_value it = rt_getiter(rt, iterable);
    if (!it)
        return -1;
    int st;
    if (rt_is_gen(it)) { /* list(x for x in xs), sorted(genexp): one VM loop for all */
        st = rt_gen_drain(rt, it, append_sink, (void *)(uintptr_t)lv);
    } else {
        rt_value v;
        while ((st = rt_iternext(rt, it, &v)) == 1) {
            if (rt_list_append_steal(rt, lv, v) != 0) {
                st = -1;
                break;
            }
        }
    }
    rt_decref(rt, it);
    return st < 0 ? -1 : 0;
}

void rt_list_clear(rt_state *rt, rt_value lv)
{
    list_clear(rt, rt_as_obj(lv));
}

void rt_list_reverse(rt_value lv)
{
    rt_list_obj *l = rt_list_obj_of(lv);
    for (int64_t i = 0, j = l->len - 1; i < j; i++, j--) {
        rt_value t = l->items[i];
        l->items[i] = l->items[j];
        l->items[j] = t;
    }
}

rt_value rt_list_slice(rt_state *rt, rt_value lv, int64_t start, int64_t step, int64_t n)
{
    if (n < 0)
        n = 0;
    rt_value r = rt_list_new(rt, n);
    if (!r)
        return RT_NULL;
    rt_list_obj *d = rt_list_obj_of(r);
    const rt_value *src = rt_list_items(lv);
    for (int64_t k = 0; k < n; k++) {
        rt_value v = src[start + k * step];
        rt_incref(v);
        d->items[k] = v;
    }
    d->len = n;
    return r;
}

int rt_list_set_slice(rt_state *rt, rt_value lv, rt_value slice, rt_value iterable)
{
    rt_list_obj *l = rt_list_obj_of(lv);
    int64_t start, stop, step;
    if (rt_slice_unpack(rt, slice, &start, &stop, &step) != 0)
        return -1;
    int64_t ustart = start, ustop = stop;
    int64_t n = rt_slice_adjust(l->len, &start, &stop, step);
    rt_value seq;
    if (rt_is_list(iterable) || rt_is_tuple(iterable)) {
        int64_t m = rt_is_list(iterable) ? rt_list_len(iterable) : rt_tuple_len(iterable);
        seq = rt_list_from(
            rt, rt_is_list(iterable) ? rt_list_items(iterable) : rt_tuple_items(iterable), m);
    } else {
        rt_value it = rt_getiter(rt, iterable);
        if (!it) {
            if (rt_exc_matches(rt, RT_EXC_TypeError)) {
                rt_exc_clear(rt);
                rt_raise(rt, RT_EXC_TypeError,
                         step == 1 ? "can only assign an iterable"
                                   : "must assign iterable to extended slice");
            }
            return -1;
        }
        seq = rt_list_from_iter(rt, it);
        rt_decref(rt, it);
    }
    if (!seq)
        return -1;
    /* the iterable may have grown or emptied the list: a simple slice is cut
     * to the list as it is now (as CPython's is); an extended one that now
     * reaches past the end is placed anew, and then usually refused by size */
    if (step == 1) {
        if (start > l->len)
            start = l->len;
        if (stop > l->len)
            stop = l->len;
    } else if (n > 0 && (start >= l->len || start + (n - 1) * step >= l->len)) {
        start = ustart;
        stop = ustop;
        n = rt_slice_adjust(l->len, &start, &stop, step);
    }
    int64_t m = rt_list_len(seq);
    rt_value *src = rt_list_items(seq);
    if (step == 1) {
        if (stop < start)
            stop = start;
        int64_t old = stop - start, delta = m - old;
        /* keep the replaced items until the list is consistent again */
        rt_value *gone = NULL;
        if (old > 0) {
            gone = rt_heap_alloc(rt, NULL, (size_t)old * sizeof(rt_value));
            if (!gone) {
                rt_decref(rt, seq);
                return -1;
            }
            memcpy(gone, l->items + start, (size_t)old * sizeof(rt_value));
        }
        if (delta > 0 && grow_to(rt, l, l->len + delta) != 0) {
            rt_heap_free(rt, NULL, gone, (size_t)old * sizeof(rt_value));
            rt_decref(rt, seq);
            return -1;
        }
        if (l->len > stop) /* an empty list may have no item array at all */
            memmove(l->items + stop + delta, l->items + stop,
                    (size_t)(l->len - stop) * sizeof(rt_value));
        for (int64_t k = 0; k < m; k++) {
            rt_incref(src[k]);
            l->items[start + k] = src[k];
        }
        l->len += delta;
        for (int64_t k = 0; k < old; k++)
            rt_decref(rt, gone[k]);
        if (gone)
            rt_heap_free(rt, NULL, gone, (size_t)old * sizeof(rt_value));
        if (delta < 0)
            maybe_shrink(rt, l);
        rt_decref(rt, seq);
        return 0;
    }
    if (m != n) {
        rt_decref(rt, seq);
        rt_raise(rt, RT_EXC_ValueError,
                 "attempt to assign sequence of size %lld to extended slice of size %lld",
                 (long long)m, (long long)n);
        return -1;
    }
    for (int64_t k = 0; k < n; k++) {
        int64_t i = start + k * step;
        rt_value old = l->items[i];
        rt_incref(src[k]);
        l->items[i] = src[k];
        rt_decref(rt, old);
    }
    rt_decref(rt, seq);
    return 0;
}

int rt_list_del_slice(rt_state *rt, rt_value lv, rt_value slice)
{
    rt_list_obj *l = rt_list_obj_of(lv);
    int64_t start, stop, step;
    if (rt_slice_unpack(rt, slice, &start, &stop, &step) != 0)
        return -1;
    int64_t n = rt_slice_adjust(l->len, &start, &stop, step);
    if (n <= 0)
        return 0;
    if (step < 0) {
        start = start + step * (n - 1);
        step = -step;
    }
    rt_value *gone = rt_heap_alloc(rt, NULL, (size_t)n * sizeof(rt_value));
    if (!gone)
        return -1;
    int64_t w = start, k = 0;
    for (int64_t r = start; r < l->len; r++) {
        if (k < n && r == start + k * step)
            gone[k++] = l->items[r];
        else
            l->items[w++] = l->items[r];
    }
    l->len = w;
    for (k = 0; k < n; k++)
        rt_decref(rt, gone[k]);
    rt_heap_free(rt, NULL, gone, (size_t)n * sizeof(rt_value));
    maybe_shrink(rt, l);
    return 0;
}

/* Fills dst[0 .. len*n) with n copies of src[0 .. len) (src may be dst's
 * first block), adding n - (src == dst) references to each item: one
 * refcount update per source item, then copies that double the filled part
 * (memcpy is far faster than a store per item). */
static void repeat_into(rt_value *dst, const rt_value *src, int64_t len, int64_t n)
{
    uint32_t add = (uint32_t)(dst == src ? n - 1 : n);
    for (int64_t i = 0; i < len; i++)
        if (rt_is_obj(src[i]))
            rt_as_obj(src[i])->refcnt += add;
    int64_t total = len * n;
    if (dst != src)
        memcpy(dst, src, (size_t)len * sizeof(rt_value));
    for (int64_t done = len; done < total;) {
        int64_t k = done < total - done ? done : total - done;
        memcpy(dst + done, dst, (size_t)k * sizeof(rt_value));
        done += k;
    }
}

rt_value rt_list_repeat(rt_state *rt, rt_value lv, int64_t n)
{
    int64_t len = rt_list_len(lv);
    if (n <= 0 || len == 0)
        return rt_list_new(rt, 0);
    if (n > INT64_MAX / 16 / len)
        return rt_raise(rt, RT_EXC_MemoryError, "%s", "");
    rt_value r = rt_list_new(rt, len * n);
    if (!r)
        return RT_NULL;
    rt_list_obj *d = rt_list_obj_of(r);
    repeat_into(d->items, rt_list_items(lv), len, n);
    d->len = len * n;
    return r;
}

int rt_list_inplace_repeat(rt_state *rt, rt_value lv, int64_t n)
{
    rt_list_obj *l = rt_list_obj_of(lv);
    int64_t len = l->len;
    if (n <= 0 || len == 0) {
        list_clear(rt, &l->hdr);
        return 0;
    }
    if (n > INT64_MAX / 16 / len) {
        rt_raise(rt, RT_EXC_MemoryError, "%s", "");
        return -1;
    }
    if (set_cap(rt, l, len * n > l->cap ? len * n : l->cap) != 0)
        return -1;
    repeat_into(l->items, l->items, len, n);
    l->len = len * n;
    return 0;
}

rt_value rt_list_concat(rt_state *rt, rt_value a, rt_value b)
{
    int64_t na = rt_list_len(a), nb = rt_list_len(b);
    rt_value r = rt_list_new(rt, na + nb);
    if (!r)
        return RT_NULL;
    rt_list_obj *d = rt_list_obj_of(r);
    for (int64_t i = 0; i < na; i++) {
        rt_incref(rt_list_items(a)[i]);
        d->items[i] = rt_list_items(a)[i];
    }
    for (int64_t i = 0; i < nb; i++) {
        rt_incref(rt_list_items(b)[i]);
        d->items[na + i] = rt_list_items(b)[i];
    }
    d->len = na + nb;
    return r;
}
