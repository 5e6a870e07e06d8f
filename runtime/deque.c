/* deque.c: collections.deque: the block list, its methods, its protocol
 * (index, compare, repr, concatenation) and its iterators. */
#include "runtime/deque.h"

#include <string.h>

#include "runtime/builtin.h"
#include "runtime/class.h"
#include "runtime/dict.h"
#include "runtime/heap.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/num.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/type.h"

/* An empty deque's indices: the middle of its block, so that appends at
 * either end fill it before a new block is needed. */
#define CENTER ((RT_DEQUE_BLOCK - 1) / 2)

/* ---- the object ------------------------------------------------------------------- */

static size_t deque_size(const rt_obj *o)
{
    const rt_deque_obj *d = (const rt_deque_obj *)o;
    return sizeof(rt_gc_link) + sizeof(rt_deque_obj) + (size_t)d->nblocks * sizeof(rt_deque_block);
}

static void deque_traverse(rt_obj *o, rt_visit_fn visit, void *arg)
{
    rt_deque_obj *d = (rt_deque_obj *)o;
    if (!d->left)
        return;
    rt_deque_block *b = d->left;
    int64_t pos = d->lefti;
    for (int64_t i = 0; i < d->len; i++, pos++) {
        if (pos == RT_DEQUE_BLOCK) {
            b = b->next;
            pos = 0;
        }
        if (rt_is_obj(b->items[pos]))
            visit(rt_as_obj(b->items[pos]), arg);
    }
}

static rt_deque_block *block_new(rt_state *rt, rt_deque_obj *d)
{
    rt_deque_block *b = rt_heap_alloc(rt, &d->hdr, sizeof(rt_deque_block));
    if (b) {
        b->prev = b->next = NULL;
        d->nblocks++;
    }
    return b;
}

static void block_free(rt_state *rt, rt_deque_obj *d, rt_deque_block *b)
{
    rt_heap_free(rt, &d->hdr, b, sizeof(rt_deque_block));
    d->nblocks--;
}

/* Pops the last item (len > 0): the caller owns it. Never allocates. */
static rt_value pop_right(rt_state *rt, rt_deque_obj *d)
{
    rt_value x = d->right->items[d->righti--];
    d->len--;
    d->state++;
    if (d->len == 0) {
        d->lefti = CENTER + 1;
        d->righti = CENTER;
    } else if (d->righti < 0) {
        rt_deque_block *b = d->right;
        d->right = b->prev;
        d->right->next = NULL;
        d->righti = RT_DEQUE_BLOCK - 1;
        block_free(rt, d, b);
    }
    return x;
}

/* Pops the first item (len > 0): the caller owns it. Never allocates. */
static rt_value pop_left(rt_state *rt, rt_deque_obj *d)
{
    rt_value x = d->left->items[d->lefti++];
    d->len--;
    d->state++;
    if (d->len == 0) {
        d->lefti = CENTER + 1;
        d->righti = CENTER;
    } else if (d->lefti == RT_DEQUE_BLOCK) {
        rt_deque_block *b = d->left;
        d->left = b->next;
        d->left->prev = NULL;
        d->lefti = 0;
        block_free(rt, d, b);
    }
    return x;
}

/* Appends x (stolen) at the right end: 0, or -1 with MemoryError (x then
 * released). No maxlen trim. */
static int push_right(rt_state *rt, rt_deque_obj *d, rt_value x)
{
    if (d->righti == RT_DEQUE_BLOCK - 1) {
        rt_deque_block *b = block_new(rt, d);
        if (!b) {
            rt_decref(rt, x);
            return -1;
        }
        b->prev = d->right;
        d->right->next = b;
        d->right = b;
        d->righti = -1;
    }
    d->right->items[++d->righti] = x;
    d->len++;
    d->state++;
    return 0;
}

static int push_left(rt_state *rt, rt_deque_obj *d, rt_value x)
{
    if (d->lefti == 0) {
        rt_deque_block *b = block_new(rt, d);
        if (!b) {
            rt_decref(rt, x);
            return -1;
        }
        b->next = d->left;
        d->left->prev = b;
        d->left = b;
        d->lefti = RT_DEQUE_BLOCK;
    }
    d->left->items[--d->lefti] = x;
    d->len++;
    d->state++;
    return 0;
}

/* Removes every item, releasing each after the deque is consistent again
 * (a release may run Python code that looks at the deque). */
static void deque_clear(rt_state *rt, rt_obj *o)
{
    rt_deque_obj *d = (rt_deque_obj *)o;
    while (d->left && d->len > 0)
        rt_decref(rt, pop_right(rt, d));
}

static void deque_dealloc(rt_state *rt, rt_obj *o)
{
    rt_deque_obj *d = (rt_deque_obj *)o;
    deque_clear(rt, o);
    if (d->left)
        block_free(rt, d, d->left);
    rt_obj_free(rt, o, sizeof(rt_deque_obj));
}

const rt_typeinfo rt__deque_typeinfo = {"collections.deque", true,        deque_size,
                                        deque_traverse,      deque_clear, deque_dealloc};

/* A new empty deque (maxlen < 0: unbounded). */
static rt_value deque_new(rt_state *rt, int64_t maxlen)
{
    rt_deque_obj *d = (rt_deque_obj *)rt_obj_alloc(rt, RT_T_DEQUE, sizeof(rt_deque_obj));
    if (!d)
        return RT_NULL;
    d->maxlen = maxlen;
    d->lefti = CENTER + 1;
    d->righti = CENTER;
    rt_deque_block *b = block_new(rt, d);
    if (!b) {
        rt_decref(rt, rt_from_obj(d));
        return RT_NULL;
    }
    d->left = d->right = b;
    return rt_from_obj(d);
}

/* The slot of item i (0 <= i < len), walking from the nearer end. */
static rt_value *slot_at(rt_deque_obj *d, int64_t i)
{
    rt_deque_block *b;
    int64_t pos;
    if (i < d->len / 2) {
        b = d->left;
        pos = d->lefti + i;
        while (pos >= RT_DEQUE_BLOCK) {
            b = b->next;
            pos -= RT_DEQUE_BLOCK;
        }
    } else {
        b = d->right;
        pos = d->righti - (d->len - 1 - i);
        while (pos < 0) {
            b = b->prev;
            pos += RT_DEQUE_BLOCK;
        }
    }
    return &b->items[pos];
}

rt_value rt_deque_at(rt_value d, int64_t i)
{
    return *slot_at(rt_deque_obj_of(d), i);
}

/* ---- the operations the methods share ----------------------------------------------- */

int rt_deque_append(rt_state *rt, rt_value dv, rt_value x)
{
    rt_deque_obj *d = rt_deque_obj_of(dv);
    rt_incref(x);
    if (push_right(rt, d, x) < 0)
        return -1;
    if (d->maxlen >= 0 && d->len > d->maxlen)
        rt_decref(rt, pop_left(rt, d));
    return 0;
}

static int append_left(rt_state *rt, rt_deque_obj *d, rt_value x)
{
    rt_incref(x);
    if (push_left(rt, d, x) < 0)
        return -1;
    if (d->maxlen >= 0 && d->len > d->maxlen)
        rt_decref(rt, pop_right(rt, d));
    return 0;
}

/* Moves n items from the right end to the left (n < 0: the other way),
 * |n| < len. On MemoryError the rotation stops part way, every item kept. */
static int rotate(rt_state *rt, rt_deque_obj *d, int64_t n)
{
    for (; n > 0; n--)
        if (push_left(rt, d, pop_right(rt, d)) < 0)
            return -1;
    for (; n < 0; n++)
        if (push_right(rt, d, pop_left(rt, d)) < 0)
            return -1;
    return 0;
}

/* rotate(n) as the method does it: n reduced modulo len, the shorter way. */
static int rotate_by(rt_state *rt, rt_deque_obj *d, int64_t n)
{
    int64_t len = d->len;
    if (len <= 1)
        return 0;
    int64_t half = len >> 1;
    if (n > half || n < -half) {
        n %= len;
        if (n > half)
            n -= len;
        else if (n < -half)
            n += len;
    }
    return rotate(rt, d, n);
}

/* Deletes item i (0 <= i < len) by rotating it to the front. */
static int del_at(rt_state *rt, rt_deque_obj *d, int64_t i)
{
    if (rotate(rt, d, -i) < 0)
        return -1;
    rt_value x = pop_left(rt, d);
    int st = rotate(rt, d, i);
    rt_decref(rt, x);
    return st;
}

/* Calls fn(x) for each item of iterable with the deque's own items copied
 * first (d.extend(d)); maxlen 0 only consumes the iterator. */
static int extend_with(rt_state *rt, rt_deque_obj *d, rt_value iterable,
                       int (*add)(rt_state *, rt_deque_obj *, rt_value))
{
    rt_value src = iterable;
    if (src == rt_from_obj(d) && !(src = rt_list_from_iter(rt, iterable)))
        return -1;
    else if (src == iterable)
        rt_incref(src);
    rt_value it = rt_getiter(rt, src);
    rt_decref(rt, src);
    if (!it)
        return -1;
    rt_value x;
    int st;
    while ((st = rt_iternext(rt, it, &x)) > 0) {
        st = d->maxlen == 0 ? 0 : add(rt, d, x);
        rt_decref(rt, x);
        if (st < 0)
            break;
    }
    rt_decref(rt, it);
    return st < 0 ? -1 : 0;
}

static int add_right(rt_state *rt, rt_deque_obj *d, rt_value x)
{
    return rt_deque_append(rt, rt_from_obj(d), x);
}

int rt__deque_extend(rt_state *rt, rt_value d, rt_value iterable)
{
    return extend_with(rt, rt_deque_obj_of(d), iterable, add_right);
}

/* A list of d's items (a snapshot for repr, comparison, repetition). */
static rt_value to_list(rt_state *rt, rt_deque_obj *d)
{
    rt_value l = rt_list_new(rt, d->len);
    if (!l)
        return RT_NULL;
    for (int64_t i = 0; i < d->len; i++) {
        rt_value x = *slot_at(d, i);
        if (rt_list_append(rt, l, x) < 0) {
            rt_decref(rt, l);
            return RT_NULL;
        }
    }
    return l;
}

/* A new deque of d's maxlen holding d's items. */
static rt_value copy_of(rt_state *rt, rt_deque_obj *d)
{
    rt_value c = deque_new(rt, d->maxlen);
    if (c && rt__deque_extend(rt, c, rt_from_obj(d)) < 0) {
        rt_decref(rt, c);
        return RT_NULL;
    }
    return c;
}

/* The first index in [start, stop) whose item equals x, -1 when none, -2
 * on error (a comparison's, or "deque mutated during iteration": a
 * RuntimeError, an IndexError for remove() as in CPython). */
static int64_t find_as(rt_state *rt, rt_deque_obj *d, rt_value x, int64_t start, int64_t stop,
                       rt_exc_kind mutated_exc)
{
    uint32_t state = d->state;
    for (int64_t i = start; i < stop && i < d->len; i++) {
        rt_value y = *slot_at(d, i);
        rt_incref(y);
        int eq = rt_eq(rt, y, x);
        rt_decref(rt, y);
        if (eq < 0)
            return -2;
        if (d->state != state) {
            rt_raise(rt, mutated_exc, "deque mutated during iteration");
            return -2;
        }
        if (eq)
            return i;
    }
    return -1;
}

static int64_t find(rt_state *rt, rt_deque_obj *d, rt_value x, int64_t start, int64_t stop)
{
    return find_as(rt, d, x, start, stop, RT_EXC_RuntimeError);
}

static rt_value not_in_deque(rt_state *rt, rt_value x)
{
    rt_value r = rt_repr(rt, x);
    if (!r)
        return RT_NULL;
    rt_raise(rt, RT_EXC_ValueError, "%s is not in deque", rt_str_data(r));
    rt_decref(rt, r);
    return RT_NULL;
}

/* ---- methods ------------------------------------------------------------------------- */

#define SELF rt_deque_obj *d = rt_deque_obj_of(self)

static int extend_right(rt_state *rt, rt_deque_obj *d, rt_value iterable)
{
    return extend_with(rt, d, iterable, add_right);
}

static int extend_left(rt_state *rt, rt_deque_obj *d, rt_value iterable)
{
    return extend_with(rt, d, iterable, append_left);
}

/* append/appendleft/extend/extendleft: add(d, x) for the one argument x. */
static rt_value do_add(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                       rt_value kwnames, const char *qual,
                       int (*add)(rt_state *, rt_deque_obj *, rt_value))
{
    if (rt_args_one(rt, qual, nargs, kwnames) < 0 || add(rt, rt_deque_obj_of(self), args[0]) < 0)
        return RT_NULL;
    return RT_NONE;
}

RT_METHOD_VARIANT(m_append, do_add, "deque.append", add_right)
RT_METHOD_VARIANT(m_appendleft, do_add, "deque.appendleft", append_left)
RT_METHOD_VARIANT(m_extend, do_add, "deque.extend", extend_right)
RT_METHOD_VARIANT(m_extendleft, do_add, "deque.extendleft", extend_left)

/* pop/popleft. */
static rt_value do_pop(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                       rt_value kwnames, const char *qual, bool left)
{
    SELF;
    (void)args;
    if (rt_args_none(rt, qual, nargs, kwnames) < 0)
        return RT_NULL;
    if (d->len == 0)
        return rt_raise(rt, RT_EXC_IndexError, "pop from an empty deque");
    return left ? pop_left(rt, d) : pop_right(rt, d);
}

RT_METHOD_VARIANT(m_pop, do_pop, "deque.pop", false)
RT_METHOD_VARIANT(m_popleft, do_pop, "deque.popleft", true)

static rt_value m_clear(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                        rt_value kwnames)
{
    (void)args;
    if (rt_args_none(rt, "deque.clear", nargs, kwnames) < 0)
        return RT_NULL;
    deque_clear(rt, rt_as_obj(self));
    return RT_NONE;
}

static rt_value m_copy(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                       rt_value kwnames)
{
    SELF;
    (void)args;
    if (rt_args_none(rt, "deque.copy", nargs, kwnames) < 0)
        return RT_NULL;
    return copy_of(rt, d);
}

static rt_value m_count(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                        rt_value kwnames)
{
    SELF;
    if (rt_args_one(rt, "deque.count", nargs, kwnames) < 0)
        return RT_NULL;
    int64_t n = 0, at = 0, i;
    while ((i = find(rt, d, args[0], at, d->len)) >= 0) {
        n++;
        at = i + 1;
    }
    return i == -2 ? RT_NULL : rt_int_from_i64(rt, n);
}

static rt_value m_index(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                        rt_value kwnames)
{
    SELF;
    if (rt_args_tuple(rt, "index", nargs, kwnames, 1, 3) < 0)
        return RT_NULL;
    int64_t start = 0, stop = d->len;
    if ((nargs > 1 && rt_arg_bound(rt, args[1], false, &start) < 0) ||
        (nargs > 2 && rt_arg_bound(rt, args[2], false, &stop) < 0))
        return RT_NULL;
    rt_adjust_bounds(d->len, &start, &stop);
    int64_t i = find(rt, d, args[0], start, stop);
    if (i == -2)
        return RT_NULL;
    return i < 0 ? not_in_deque(rt, args[0]) : rt_int_from_i64(rt, i);
}

static rt_value m_insert(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                         rt_value kwnames)
{
    SELF;
    int64_t i;
    if (rt_args_range(rt, "insert", nargs, kwnames, 2, 2) < 0 || rt_arg_index(rt, args[0], &i) < 0)
        return RT_NULL;
    int64_t n = d->len;
    if (d->maxlen == n)
        return rt_raise(rt, RT_EXC_IndexError, "deque already at its maximum size");
    int st;
    if (i >= n)
        st = rt_deque_append(rt, self, args[1]);
    else if (i <= -n || i == 0)
        st = append_left(rt, d, args[1]);
    else {
        st = rotate(rt, d, -i);
        if (st == 0)
            st = i < 0 ? rt_deque_append(rt, self, args[1]) : append_left(rt, d, args[1]);
        if (st == 0)
            st = rotate(rt, d, i);
    }
    return st < 0 ? RT_NULL : RT_NONE;
}

static rt_value m_remove(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                         rt_value kwnames)
{
    SELF;
    if (rt_args_one(rt, "deque.remove", nargs, kwnames) < 0)
        return RT_NULL;
    int64_t i = find_as(rt, d, args[0], 0, d->len, RT_EXC_IndexError);
    if (i == -2)
        return RT_NULL;
    if (i < 0)
        return not_in_deque(rt, args[0]);
    return del_at(rt, d, i) < 0 ? RT_NULL : RT_NONE;
}

static rt_value m_reverse(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                          rt_value kwnames)
{
    SELF;
    (void)args;
    if (rt_args_none(rt, "deque.reverse", nargs, kwnames) < 0)
        return RT_NULL;
    for (int64_t i = 0, j = d->len - 1; i < j; i++, j--) {
        rt_value *a = slot_at(d, i), *b = slot_at(d, j), t = *a;
        *a = *b;
        *b = t;
    }
    return RT_NONE;
}

static rt_value m_rotate(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                         rt_value kwnames)
{
    SELF;
    int64_t n = 1;
    if (rt_args_range(rt, "deque.rotate", nargs, kwnames, 0, 1) < 0 ||
        (nargs == 1 && rt_arg_index(rt, args[0], &n) < 0))
        return RT_NULL;
    return rotate_by(rt, d, n) < 0 ? RT_NULL : RT_NONE;
}

static rt_value m_len(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                      rt_value kwnames)
{
    SELF;
    (void)args;
    if (rt_args_none(rt, "deque.__len__", nargs, kwnames) < 0)
        return RT_NULL;
    return rt_int_from_i64(rt, d->len);
}

static rt_value m_getitem(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                          rt_value kwnames)
{
    if (rt_args_one(rt, "deque.__getitem__", nargs, kwnames) < 0)
        return RT_NULL;
    return rt__deque_getitem(rt, self, args[0]);
}

static rt_value m_contains(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                           rt_value kwnames)
{
    if (rt_args_one(rt, "deque.__contains__", nargs, kwnames) < 0)
        return RT_NULL;
    int r = rt__deque_contains(rt, self, args[0]);
    return r < 0 ? RT_NULL : rt_bool(r);
}

static rt_value m_iter(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                       rt_value kwnames)
{
    (void)args;
    if (rt_args_none(rt, "deque.__iter__", nargs, kwnames) < 0)
        return RT_NULL;
    return rt_getiter(rt, self);
}

static rt_value m_reversed(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                           rt_value kwnames)
{
    (void)args;
    if (rt_args_none(rt, "deque.__reversed__", nargs, kwnames) < 0)
        return RT_NULL;
    return rt_iter_reversed(rt, self);
}

const rt_builtin_def rt__deque_methods[] = {
    {"append", m_append},
    {"appendleft", m_appendleft},
    {"pop", m_pop},
    {"popleft", m_popleft},
    {"extend", m_extend},
    {"extendleft", m_extendleft},
    {"clear", m_clear},
    {"copy", m_copy},
    {"__copy__", m_copy},
    {"count", m_count},
    {"index", m_index},
    {"insert", m_insert},
    {"remove", m_remove},
    {"reverse", m_reverse},
    {"rotate", m_rotate},
    {"__len__", m_len},
    {"__getitem__", m_getitem},
    {"__contains__", m_contains},
    {"__iter__", m_iter},
    {"__reversed__", m_reversed},
    {NULL, NULL},
};

/* ---- construction ----------------------------------------------------------------------- */

int rt__deque_init(rt_state *rt, rt_value dv, const rt_value *args, size_t nargs, rt_value kwnames)
{
    static const char *const names[] = {"iterable", "maxlen", NULL};
    size_t given = nargs + rt_kw_count(kwnames);
    if (given > 2) {
        rt_raise(rt, RT_EXC_TypeError, "deque() takes at most 2 arguments (%zu given)", given);
        return -1;
    }
    rt_value a[2];
    if (rt_args_parse(rt, "deque", args, nargs, kwnames, 2, names, a) < 0)
        return -1;
    int64_t maxlen = -1;
    if (a[1] && a[1] != RT_NONE) {
        if (!rt_is_intlike(a[1])) {
            rt_raise(rt, RT_EXC_TypeError, "an integer is required");
            return -1;
        }
        if (!rt_int_as_i64(a[1], &maxlen)) {
            rt_int_overflow(rt);
            return -1;
        }
        if (maxlen < 0) {
            rt_raise(rt, RT_EXC_ValueError, "maxlen must be non-negative");
            return -1;
        }
    }
    rt_deque_obj *d = rt_deque_obj_of(dv);
    deque_clear(rt, &d->hdr);
    d->maxlen = maxlen;
    return a[0] ? rt__deque_extend(rt, dv, a[0]) : 0;
}

rt_value rt__deque_construct(rt_state *rt, const rt_value *args, size_t nargs, rt_value kwnames)
{
    rt_value d = deque_new(rt, -1);
    if (d && rt__deque_init(rt, d, args, nargs, kwnames) < 0) {
        rt_decref(rt, d);
        return RT_NULL;
    }
    return d;
}

/* ---- the protocol ----------------------------------------------------------------------- */

/* key as an index of d (negative counts from the end): 0, or -1 with
 * CPython's TypeError / IndexError. */
static int index_of(rt_state *rt, rt_deque_obj *d, rt_value key, int64_t *out)
{
    if (!rt_is_intlike(key)) {
        rt_raise(rt, RT_EXC_TypeError, "sequence index must be integer, not '%s'",
                 rt_type_name(key));
        return -1;
    }
    int64_t i;
    if (!rt_int_as_i64(key, &i)) {
        rt_raise(rt, RT_EXC_IndexError, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    if (i < 0)
        i += d->len;
    if (i < 0 || i >= d->len) {
        rt_raise(rt, RT_EXC_IndexError, "deque index out of range");
        return -1;
    }
    *out = i;
    return 0;
}

rt_value rt__deque_getitem(rt_state *rt, rt_value dv, rt_value key)
{
    rt_deque_obj *d = rt_deque_obj_of(dv);
    int64_t i;
    if (index_of(rt, d, key, &i) < 0)
        return RT_NULL;
    rt_value x = *slot_at(d, i);
    rt_incref(x);
    return x;
}

int rt__deque_setitem(rt_state *rt, rt_value dv, rt_value key, rt_value val)
{
    rt_deque_obj *d = rt_deque_obj_of(dv);
    int64_t i;
    if (index_of(rt, d, key, &i) < 0)
        return -1;
    if (!val)
        return del_at(rt, d, i);
    rt_setref(rt, slot_at(d, i), val);
    return 0;
}

int rt__deque_contains(rt_state *rt, rt_value dv, rt_value x)
{
    rt_deque_obj *d = rt_deque_obj_of(dv);
    int64_t i = find(rt, d, x, 0, d->len);
    return i == -2 ? -1 : i >= 0;
}

rt_value rt__deque_repr(rt_state *rt, rt_value dv)
{
    return rt__deque_repr_as(rt, dv, "deque");
}

rt_value rt__deque_repr_as(rt_state *rt, rt_value dv, const char *name)
{
    rt_deque_obj *d = rt_deque_obj_of(dv);
    int in = rt__repr_enter(rt, dv);
    if (in < 0)
        return RT_NULL;
    if (in > 0)
        return rt_str_from_cstr(rt, "[...]");
    rt_value l = to_list(rt, d);
    rt_value inner = l ? rt_repr(rt, l) : RT_NULL;
    rt_decref(rt, l);
    rt__repr_leave(rt);
    if (!inner)
        return RT_NULL;
    rt_value r = d->maxlen >= 0 ? rt_str_printf(rt, "%s(%s, maxlen=%lld)", name, rt_str_data(inner),
                                                (long long)d->maxlen)
                                : rt_str_printf(rt, "%s(%s)", name, rt_str_data(inner));
    rt_decref(rt, inner);
    return r;
}

rt_value rt__deque_getattr(rt_state *rt, rt_value dv, rt_value name)
{
    rt_deque_obj *d = rt_deque_obj_of(dv);
    if (rt_str_eq_cstr(name, "maxlen"))
        return d->maxlen < 0 ? RT_NONE : rt_int_from_i64(rt, d->maxlen);
    if (rt_str_eq_cstr(name, "__class__")) {
        rt_value c = rt_type_obj_get(rt, dv);
        rt_incref(c);
        return c;
    }
    const rt_builtin_def *def = rt_method_find(rt, RT_T_DEQUE, name);
    if (def)
        return rt_builtin_new(rt, def, dv);
    if (rt->exc)
        return RT_NULL;
    return rt_raise(rt, RT_EXC_AttributeError, "'collections.deque' object has no attribute '%s'",
                    rt_str_data(name));
}

int rt__deque_setattr(rt_state *rt, rt_value dv, rt_value name, rt_value value)
{
    (void)dv;
    (void)value;
    if (rt_str_eq_cstr(name, "maxlen"))
        rt_raise(rt, RT_EXC_AttributeError,
                 "attribute 'maxlen' of 'collections.deque' objects is not writable");
    else if (rt_method_find(rt, RT_T_DEQUE, name))
        rt_raise(rt, RT_EXC_AttributeError,
                 "'collections.deque' object attribute '%s' is read-only", rt_str_data(name));
    else
        rt_raise(rt, RT_EXC_AttributeError, "'collections.deque' object has no attribute '%s'",
                 rt_str_data(name));
    return -1;
}

int rt__deque_compare(rt_state *rt, rt_cmp_kind op, rt_value a, rt_value b)
{
    rt_deque_obj *x = rt_deque_obj_of(a), *y = rt_deque_obj_of(b);
    if (op == RT_CMP_EQ || op == RT_CMP_NE) {
        if (a == b)
            return op == RT_CMP_EQ;
        if (x->len != y->len)
            return op == RT_CMP_NE;
    }
    rt_value la = to_list(rt, x);
    rt_value lb = la ? to_list(rt, y) : RT_NULL;
    int r = lb ? rt_compare_bool(rt, op, la, lb) : -1;
    rt_decref(rt, la);
    rt_decref(rt, lb);
    return r;
}

rt_value rt__deque_concat(rt_state *rt, rt_value dv, rt_value other)
{
    if (!rt_is_deque(other))
        return rt_raise(rt, RT_EXC_TypeError, "can only concatenate deque (not \"%s\") to deque",
                        rt_type_name(other));
    rt_value c = copy_of(rt, rt_deque_obj_of(dv));
    if (c && rt__deque_extend(rt, c, other) < 0) {
        rt_decref(rt, c);
        return RT_NULL;
    }
    return c;
}

int rt__deque_inplace_repeat(rt_state *rt, rt_value dv, int64_t n)
{
    rt_deque_obj *d = rt_deque_obj_of(dv);
    if (n <= 0) {
        deque_clear(rt, rt_as_obj(dv));
        return 0;
    }
    if (n == 1 || d->len == 0)
        return 0;
    /* a count of items past 64 bits is refused whatever maxlen would keep, as
     * in CPython; without maxlen every copy stays: refuse at once, before
     * filling the heap item by item, what the heap limit could never hold */
    if (n > INT64_MAX / d->len) {
        rt_raise(rt, RT_EXC_MemoryError, "%s", "");
        return -1;
    }
    if (d->maxlen < 0) {
        rt_heap_totals ht;
        rt_heap_totals_get(rt, &ht);
        uint64_t room = ht.limit ? ht.limit / sizeof(rt_value) : (uint64_t)INT64_MAX / 16;
        if ((uint64_t)n > room / (uint64_t)d->len) {
            rt_raise(rt, RT_EXC_MemoryError, "%s", "");
            return -1;
        }
    }
    rt_value items = to_list(rt, d);
    if (!items)
        return -1;
    /* past maxlen only the last maxlen items survive: skip the copies that would be dropped */
    int64_t len = rt_list_len(items), total = n, st = 0;
    if (d->maxlen >= 0 && len * (n - 1) > d->maxlen)
        total = d->maxlen / len + 2;
    for (int64_t k = 1; k < total && st == 0; k++)
        st = rt__deque_extend(rt, dv, items);
    rt_decref(rt, items);
    return st < 0 ? -1 : 0;
}

rt_value rt__deque_repeat(rt_state *rt, rt_value dv, int64_t n)
{
    rt_value c = copy_of(rt, rt_deque_obj_of(dv));
    if (c && rt__deque_inplace_repeat(rt, c, n) < 0) {
        rt_decref(rt, c);
        return RT_NULL;
    }
    return c;
}

/* ---- iterators ---------------------------------------------------------------------------
 * An iterator keeps its place as (block, slot) in it->step and it->pos and
 * the items left in it->left; the block pointer is only followed while the
 * deque's state equals it->version, i.e. while no block has been freed. */

void rt__deque_iter_init(rt_iter_obj *it, rt_value dv, bool reverse)
{
    rt_deque_obj *d = rt_deque_obj_of(dv);
    it->version = d->state;
    it->left = d->len;
    it->step = (int64_t)(intptr_t)(reverse ? d->right : d->left);
    it->pos = reverse ? d->righti : d->lefti;
}

int rt__deque_iter_next(rt_state *rt, rt_iter_obj *it, rt_value *out)
{
    if (!it->src)
        return 0;
    rt_deque_obj *d = rt_deque_obj_of(it->src);
    if (d->state != it->version) {
        it->left = 0;
        rt_raise(rt, RT_EXC_RuntimeError, "deque mutated during iteration");
        return -1;
    }
    if (it->left == 0) {
        rt_value s = it->src;
        it->src = RT_NULL;
        rt_decref(rt, s);
        return 0;
    }
    rt_deque_block *b = (rt_deque_block *)(intptr_t)it->step;
    bool reverse = it->kind == RT_ITER_DEQUE_REV;
    *out = b->items[it->pos];
    rt_incref(*out);
    it->left--;
    if (reverse && --it->pos < 0 && it->left) {
        it->step = (int64_t)(intptr_t)b->prev;
        it->pos = RT_DEQUE_BLOCK - 1;
    } else if (!reverse && ++it->pos == RT_DEQUE_BLOCK && it->left) {
        it->step = (int64_t)(intptr_t)b->next;
        it->pos = 0;
    }
    return 1;
}

/* ---- the `_collections` module ---------------------------------------------------------- */

/* _mark_ordered(od): marks the dict of an OrderedDict (OrderedDict.__init__
 * calls it), so that its iterators report a change of its keys as
 * OrderedDict's do (iter.c). */
static rt_value coll_mark_ordered(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                                  rt_value kwnames)
{
    (void)self;
    if (rt_args_one(rt, "_mark_ordered", nargs, kwnames) < 0)
        return RT_NULL;
    rt_value d = rt__native_unwrap(args[0]);
    if (!rt_is_dict(d))
        return rt_raise(rt, RT_EXC_TypeError, "_mark_ordered() needs a dict, not %s",
                        rt_type_name(args[0]));
    rt_as_obj(d)->flags |= RT_DICT_F_ORDERED;
    return RT_NONE;
}

static const rt_builtin_def mark_ordered_def = {"_mark_ordered", coll_mark_ordered};

int rt__mod_collections_fill(rt_state *rt, rt_value dict)
{
    if (rt_dict_set_cstr(rt, dict, "deque", rt->type_objs[RT_T_DEQUE]) < 0)
        return -1;
    rt_value f = rt_builtin_new(rt, &mark_ordered_def, RT_NULL);
    int rc = f ? rt_dict_set_cstr(rt, dict, "_mark_ordered", f) : -1;
    rt_decref(rt, f);
    return rc;
}
