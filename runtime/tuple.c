/* tuple.c: tuple objects: fixed-length arrays of owned values. */
#include "runtime/tuple.h"

#include <stdarg.h>

#include "runtime/gc.h"
#include "runtime/gen.h"
#include "runtime/heap.h"
#include "runtime/heap_fast.h"
#include "runtime/list.h"
#include "runtime/ops.h"

static size_t tuple_size(const rt_obj *o)
{
    return sizeof(rt_gc_link) + sizeof(rt_tuple_obj) +
           (size_t)((const rt_tuple_obj *)o)->len * sizeof(rt_value);
}

static void tuple_traverse(rt_obj *o, rt_visit_fn visit, void *arg)
{
    rt_tuple_obj *t = (rt_tuple_obj *)o;
    for (int64_t i = 0; i < t->len; i++)
        if (rt_is_obj(t->items[i]))
            visit(rt_as_obj(t->items[i]), arg);
}

/* The state remembers the hash of one tuple, one pair of equal tuples and
 * one tuple key's lookup (hash.c, dict.c): a tuple that dies or changes its
 * items is forgotten. */
static inline void forget_memos(rt_state *rt, rt_value self)
{
    if (__builtin_expect(!(rt_as_obj(self)->flags & RT_TUPLE_F_REMEMBERED), 1))
        return; /* never remembered: nothing names it */
    if (rt->tuple_hash_key == self)
        rt->tuple_hash_key = RT_NULL;
    if (rt->tuple_eq_a == self || rt->tuple_eq_b == self)
        rt->tuple_eq_a = rt->tuple_eq_b = RT_NULL;
    if (rt->dict_hit_key == self)
        rt->dict_hit_key = RT_NULL;
}

/* The clear slot's body, inline in the dealloc too (every tuple's death
 * passes there: no call for it). */
static inline __attribute__((always_inline)) void tuple_clear_items(rt_state *rt, rt_obj *o)
{
    rt_tuple_obj *t = (rt_tuple_obj *)o;
    /* its address may hold another tuple next */
    forget_memos(rt, rt_from_obj(o));
    for (int64_t i = t->len - 1; i >= 0; i--) { /* last first, as CPython */
        rt_value v = t->items[i];
        t->items[i] = RT_NULL;
        rt_decref(rt, v);
    }
}

static void tuple_clear(rt_state *rt, rt_obj *o)
{
    tuple_clear_items(rt, o);
}

static void tuple_dealloc(rt_state *rt, rt_obj *o)
{
    int64_t len = ((rt_tuple_obj *)o)->len;
    tuple_clear_items(rt, o);
    rt__obj_free_inline(rt, o, RT_T_TUPLE, sizeof(rt_tuple_obj) + (size_t)len * sizeof(rt_value));
}

const rt_typeinfo rt__tuple_typeinfo = {"tuple",        true,        tuple_size,
                                        tuple_traverse, tuple_clear, tuple_dealloc};

int rt__tuple_init(rt_state *rt)
{
    rt->empty_tuple = RT_NULL;
    rt_value t = rt_tuple_new(rt, 0);
    if (!t)
        return -1;
    rt__gc_untrack(rt, rt_as_obj(t));
    rt->empty_tuple = t;
    return 0;
}

void rt__tuple_dispose(rt_state *rt)
{
    rt_value t = rt->empty_tuple;
    rt->empty_tuple = RT_NULL;
    rt_decref(rt, t);
}

/* rt_tuple_new's body, inline in rt_tuple_from too (a call's *args tuple,
 * a dict item's pair: one call less per tuple). `zero` false: the caller
 * writes every item at once (rt_tuple_from, rt__tuple_take), so the block
 * is not zeroed first (rt__obj_alloc_unzeroed). */
static inline __attribute__((always_inline)) rt_value tuple_new_inline(rt_state *rt, int64_t n,
                                                                       bool zero)
{
    if (n == 0 && rt->empty_tuple) {
        rt_incref(rt->empty_tuple);
        return rt->empty_tuple;
    }
    if (n < 0 || (uint64_t)n > (SIZE_MAX / 2) / sizeof(rt_value))
        return rt_raise(rt, RT_EXC_MemoryError, "%s", "");
    size_t size = sizeof(rt_tuple_obj) + (size_t)n * sizeof(rt_value);
    rt_tuple_obj *t = (rt_tuple_obj *)(zero ? rt__obj_alloc_inline(rt, RT_T_TUPLE, size)
                                            : rt__obj_alloc_unzeroed(rt, RT_T_TUPLE, size));
    if (!t)
        return RT_NULL;
    t->len = n;
    return rt_from_obj(t);
}

rt_value rt_tuple_new(rt_state *rt, int64_t n)
{
    return tuple_new_inline(rt, n, true);
}

rt_value rt__tuple_new_unset(rt_state *rt, int64_t n)
{
    return tuple_new_inline(rt, n, false);
}

rt_value rt_tuple_recycle(rt_state *rt, rt_value *keep, int64_t n)
{
    rt_value t = *keep;
    if (t && rt_as_obj(t)->refcnt == 1 && rt_tuple_len(t) == n) {
        forget_memos(rt, t);
        rt_incref(t);
        return t;
    }
    t = rt_tuple_new(rt, n);
    if (t) {
        rt_incref(t);
        rt_value old = *keep;
        *keep = t;
        rt_decref(rt, old);
    }
    return t;
}

void rt__tuple_retrack(rt_state *rt, rt_value t, rt_value v)
{
    if (rt_is_obj(v) && rt_typeinfos[rt_as_obj(v)->type]->is_container)
        rt__gc_track(rt, rt_as_obj(t));
}

rt_value rt_tuple_from(rt_state *rt, const rt_value *items, int64_t n)
{
    rt_value t = tuple_new_inline(rt, n, false);
    if (!t)
        return RT_NULL;
    for (int64_t i = 0; i < n; i++) {
        rt_incref(items[i]);
        rt_tuple_items(t)[i] = items[i];
    }
    return t;
}

rt_value rt__tuple_take(rt_state *rt, const rt_value *items, int64_t n)
{
    rt_value t = tuple_new_inline(rt, n, false);
    if (!t)
        return RT_NULL;
    rt_value *dst = rt_tuple_items(t); /* a loop: a call's few arguments, no memcpy call */
    for (int64_t i = 0; i < n; i++)
        dst[i] = items[i];
    return t;
}

rt_value rt_tuple_pack(rt_state *rt, int64_t n, ...)
{
    rt_value t = rt_tuple_new(rt, n);
    if (!t)
        return RT_NULL;
    va_list ap;
    va_start(ap, n);
    for (int64_t i = 0; i < n; i++) {
        rt_value v = va_arg(ap, rt_value);
        rt_incref(v);
        rt_tuple_items(t)[i] = v;
    }
    va_end(ap);
    return t;
}

rt_value rt_tuple_slice(rt_state *rt, rt_value t, int64_t start, int64_t step, int64_t n)
{
    if (n < 0)
        n = 0;
    if (start == 0 && step == 1 && n == rt_tuple_len(t)) {
        rt_incref(t);
        return t;
    }
    rt_value r = rt_tuple_new(rt, n);
    if (!r)
        return RT_NULL;
    for (int64_t k = 0; k < n; k++) {
        rt_value v = rt_tuple_get(t, start + k * step);
        rt_incref(v);
        rt_tuple_items(r)[k] = v;
    }
    return r;
}

/* tuple()'s consumer: the items so far, in a buffer that grows geometrically. */
typedef struct collect_state {
    rt_value *items;
    int64_t n, cap;
} collect_state;

static int collect_sink(rt_state *rt, void *ctx, rt_value v)
{
    collect_state *s = ctx;
    if (s->n == s->cap) {
        rt_value *g = rt_heap_resize(rt, NULL, s->items, (size_t)s->cap * sizeof(rt_value),
                                     (size_t)s->cap * 2 * sizeof(rt_value));
        if (!g) {
            rt_decref(rt, v);
            return -1;
        }
        s->items = g;
        s->cap *= 2;
    }
    s->items[s->n++] = v;
    return 0;
}

rt_value rt_tuple_from_iter(rt_state *rt, rt_value iterable)
{
    if (rt_is_tuple(iterable)) {
        rt_incref(iterable);
        return iterable;
    }
    if (rt_is_list(iterable)) /* tuple(a_list): its items, no iterator */
        return rt_tuple_from(rt, rt_list_items(iterable), rt_list_len(iterable));
    /* collect into a buffer first (it grows geometrically) */
    rt_value it = rt_getiter(rt, iterable);
    if (!it)
        return RT_NULL;
    collect_state cs = {.n = 0, .cap = 8};
    cs.items = rt_heap_alloc(rt, NULL, (size_t)cs.cap * sizeof(rt_value));
    if (!cs.items) {
        rt_decref(rt, it);
        return RT_NULL;
    }
    rt_value r = RT_NULL;
    int st = rt_iter_drain(rt, it, collect_sink, &cs);
    rt_value *tmp = cs.items;
    int64_t n = cs.n, cap = cs.cap;
    if (st == 0) {
        r = rt_tuple_new(rt, n);
        if (r) {
            for (int64_t i = 0; i < n; i++)
                rt_tuple_items(r)[i] = tmp[i];
            n = 0;
        }
    }
    for (int64_t i = 0; i < n; i++)
        rt_decref(rt, tmp[i]);
    rt_heap_free(rt, NULL, tmp, (size_t)cap * sizeof(rt_value));
    rt_decref(rt, it);
    return r;
}
