/* deque.h: collections.deque (RT_T_DEQUE), a double-ended queue of blocks
 * of RT_DEQUE_BLOCK values linked both ways, as CPython's: appends and pops
 * at either end are O(1) and never move items; indexing walks blocks from
 * the nearer end.
 *
 * Invariants: a deque always holds at least one block (left == right when
 * it fits one); its items are left->items[lefti..] through
 * right->items[..righti]; an empty deque has righti == lefti - 1. `state`
 * changes on every change of the item sequence's shape (append, pop,
 * insert, rotate, clear, ...; not on d[i] = x), which is how an iterator
 * notices a mutation. maxlen < 0 means unbounded.
 *
 * Ownership: the deque owns a reference to each item and owns its blocks
 * (heap buffers charged to it); functions borrow their arguments. */
#ifndef CLOSURED_RUNTIME_DEQUE_H
#define CLOSURED_RUNTIME_DEQUE_H

#include "runtime/iter.h"
#include "runtime/object.h"
#include "runtime/ops.h"

#define RT_DEQUE_BLOCK 64

typedef struct rt_deque_block {
    struct rt_deque_block *prev, *next;
    rt_value items[RT_DEQUE_BLOCK];
} rt_deque_block;

typedef struct rt_deque_obj {
    rt_obj hdr;
    rt_deque_block *left, *right;
    int64_t lefti, righti; /* slots of the first and last item in left and right */
    int64_t len;
    int64_t maxlen; /* -1: unbounded */
    int64_t nblocks;
    uint32_t state;
} rt_deque_obj;

static inline rt_deque_obj *rt_deque_obj_of(rt_value v)
{
    return (rt_deque_obj *)rt_as_obj(v);
}
static inline bool rt_is_deque(rt_value v)
{
    return rt_is_obj(v) && rt_as_obj(v)->type == RT_T_DEQUE;
}

/* deque(iterable=(), maxlen=None) with CPython's argument errors; the
 * init form empties deque d and refills it (deque.__init__). */
rt_value rt__deque_construct(rt_state *rt, const rt_value *args, size_t nargs, rt_value kwnames);
int rt__deque_init(rt_state *rt, rt_value d, const rt_value *args, size_t nargs, rt_value kwnames);
/* d.append(x): 0, or -1 with MemoryError. */
int rt_deque_append(rt_state *rt, rt_value d, rt_value x);
/* The item at index i (0 <= i < len), borrowed. */
rt_value rt_deque_at(rt_value d, int64_t i);

/* The protocol of ops.c: each as the generic function it serves
 * (rt_getitem, rt_setitem with val RT_NULL for del, rt_contains, rt_repr,
 * rt_getattr; compare: 1/0, -1 on error, for two deques). */
rt_value rt__deque_getitem(rt_state *rt, rt_value d, rt_value key);
int rt__deque_setitem(rt_state *rt, rt_value d, rt_value key, rt_value val);
int rt__deque_contains(rt_state *rt, rt_value d, rt_value x);
rt_value rt__deque_repr(rt_state *rt, rt_value d);
/* The repr of a deque subclass instance whose base value is d: "name([...])". */
rt_value rt__deque_repr_as(rt_state *rt, rt_value d, const char *name);
rt_value rt__deque_getattr(rt_state *rt, rt_value d, rt_value name);
int rt__deque_setattr(rt_state *rt, rt_value d, rt_value name, rt_value value);
int rt__deque_compare(rt_state *rt, rt_cmp_kind op, rt_value a, rt_value b);
/* d + other (a deque), d * n, d += iterable, d *= n. */
rt_value rt__deque_concat(rt_state *rt, rt_value d, rt_value other);
rt_value rt__deque_repeat(rt_state *rt, rt_value d, int64_t n);
int rt__deque_extend(rt_state *rt, rt_value d, rt_value iterable);
int rt__deque_inplace_repeat(rt_state *rt, rt_value d, int64_t n);

/* The iterators (iter.c's DEQUE and DEQUE_REV kinds): set up it over d,
 * and next with rt_iternext's contract ("deque mutated during iteration"
 * when d's state moved since). */
void rt__deque_iter_init(rt_iter_obj *it, rt_value d, bool reverse);
int rt__deque_iter_next(rt_state *rt, rt_iter_obj *it, rt_value *out);

extern const rt_typeinfo rt__deque_typeinfo;

#endif
