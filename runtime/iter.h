/* iter.h: the one iterator object (RT_T_ITER) with a kind per source: list,
 * tuple, str, range, dict keys/values/items, set, enumerate, zip, reversed,
 * map, filter, any object with __getitem__ (SEQ: items 0, 1, ... up to its
 * IndexError); and dict views (d.keys() etc.), which are RT_T_ITER objects
 * of a *_VIEW kind: iterable (a fresh iterator each time), not iterators.
 * Each kind has its own type object (rt->iter_types, named as below), so
 * type() and isinstance see CPython's types; enumerate, zip, map, filter and
 * reversed are those types in builtins, and a class may derive from them. */
#ifndef CLOSURED_RUNTIME_ITER_H
#define CLOSURED_RUNTIME_ITER_H

#include "runtime/object.h"
#include "runtime/ops.h"

/* X(ID, python type name) */
#define RT_ITER_KINDS(X)                                                                           \
    X(LIST, "list_iterator")                                                                       \
    X(LIST_REV, "list_reverseiterator")                                                            \
    X(TUPLE, "tuple_iterator")                                                                     \
    X(STR, "str_ascii_iterator")                                                                   \
    X(RANGE, "range_iterator")                                                                     \
    X(DICT_KEYS, "dict_keyiterator")                                                               \
    X(DICT_VALUES, "dict_valueiterator")                                                           \
    X(DICT_ITEMS, "dict_itemiterator")                                                             \
    X(DICT_REV_KEYS, "dict_reversekeyiterator")                                                    \
    X(DICT_REV_VALUES, "dict_reversevalueiterator")                                                \
    X(DICT_REV_ITEMS, "dict_reverseitemiterator")                                                  \
    X(SET, "set_iterator")                                                                         \
    X(ENUMERATE, "enumerate")                                                                      \
    X(ZIP, "zip")                                                                                  \
    X(REVERSED, "reversed")                                                                        \
    X(MAP, "map")                                                                                  \
    X(FILTER, "filter")                                                                            \
    X(DEQUE, "_collections._deque_iterator")                                                       \
    X(DEQUE_REV, "_collections._deque_reverse_iterator")                                           \
    X(BYTES, "bytes_iterator")                                                                     \
    X(BYTEARRAY, "bytearray_iterator")                                                             \
    X(RANGE_BIG, "longrange_iterator")                                                             \
    X(SEQ, "iterator")                                                                             \
    X(KEYS_VIEW, "dict_keys")                                                                      \
    X(VALUES_VIEW, "dict_values")                                                                  \
    X(ITEMS_VIEW, "dict_items")

typedef enum rt_iter_kind {
#define RT_X_ITER(id, name) RT_ITER_##id,
    RT_ITER_KINDS(RT_X_ITER)
#undef RT_X_ITER
        RT_ITER_KIND_COUNT
} rt_iter_kind;

typedef struct rt_iter_obj {
    rt_obj hdr;
    uint8_t kind;   /* rt_iter_kind */
    uint8_t strict; /* zip(strict=True) */
    uint8_t big;    /* enumerate: the count is the int in fn, not pos (past int64) */
    uint8_t pad;
    uint32_t version; /* dict/set: the source's version when the iterator was made */
    rt_value src;     /* owned: the sequence / dict / set / iterator / tuple of iterators */
    rt_value fn;      /* owned: map/filter callable (None for filter(None, ...)); enumerate/zip:
                         the last result tuple (rt_tuple_recycle), or enumerate's next count
                         when big is set; RT_NULL otherwise */
    int64_t pos;      /* next index (LIST, TUPLE, STR byte offset, DICT/SET position, DEQUE slot),
                         enumerate counter, range current value */
    int64_t left;     /* RANGE, DEQUE: items left; REVERSED/LIST_REV: next index from the end;
                         DICT_*: the dict's size when it was made */
    int64_t step;     /* RANGE: step; DEQUE: the current block (deque.c); DICT_*: items it
                         may still yield (more means the keys changed) */
} rt_iter_obj;

static inline rt_iter_obj *rt_iter_obj_of(rt_value it)
{
    return (rt_iter_obj *)rt_as_obj(it);
}
static inline bool rt_is_iter(rt_value v)
{
    return rt_is_obj(v) && rt_as_obj(v)->type == RT_T_ITER;
}
static inline bool rt_iter_is_view(rt_value v)
{
    return rt_iter_obj_of(v)->kind >= RT_ITER_KEYS_VIEW;
}

/* The Python type name of an iterator kind ("list_iterator"). */
const char *rt_iter_kind_name(rt_iter_kind kind);

/* iter(v) for the builtin iterables (list, tuple, str, range, dict, set,
 * dict views; an iterator returns itself). TypeError "'int' object is not
 * iterable". Same as rt_getiter for those types. */
rt_value rt_iter_new(rt_state *rt, rt_value iterable);
/* iter(x) for an object with __getitem__ and no __iter__: x[0], x[1], ...
 * until x[i] raises IndexError or StopIteration (CPython's sequence
 * iterator). x is borrowed. A new reference, or RT_NULL (MemoryError). */
rt_value rt_iter_seq_new(rt_state *rt, rt_value x);
/* enumerate(iterable, start): start an int (borrowed; any size, a bool
 * counts as its value). A new reference, or RT_NULL with the error of
 * iter(iterable). */
rt_value rt_iter_enumerate(rt_state *rt, rt_value iterable, rt_value start);
/* zip(*iterables): iterables borrowed (each made an iterator). */
rt_value rt_iter_zip(rt_state *rt, const rt_value *iterables, size_t n, bool strict);
/* map(fn, *iterables). */
rt_value rt_iter_map(rt_state *rt, rt_value fn, const rt_value *iterables, size_t n);
/* filter(fn_or_None, iterable). */
rt_value rt_iter_filter(rt_state *rt, rt_value fn, rt_value iterable);
/* True when iterators of kind have CPython's __length_hint__ (the sequence,
 * range, dict, set and reversed iterators; not enumerate, zip, map, filter
 * or the dict views). */
bool rt_iter_kind_has_hint(rt_iter_kind kind);
/* it.__length_hint__() for an iterator whose kind has one: the items left as
 * an int (0 once exhausted or once its dict or set changed size),
 * NotImplemented for a sequence iterator over an object without __len__; a
 * new reference, or RT_NULL with the error of the source's len(). */
rt_value rt_iter_length_hint(rt_state *rt, rt_value it);
/* The method object's definition (the receiver checked when called). */
extern const rt_builtin_def rt__iter_length_hint_def;
/* The iterator type t's method `name` that its C tables do not hold
 * (__length_hint__ for the kinds with one), or NULL. */
const rt_builtin_def *rt__iter_type_method(rt_state *rt, rt_value t, rt_value name);
/* reversed(seq) for list, tuple, str, range, dict. TypeError
 * "'int' object is not reversible". */
rt_value rt_iter_reversed(rt_state *rt, rt_value seq);
/* A dict view (d.keys(), d.values(), d.items()): kind is one of *_VIEW. */
rt_value rt_dict_view_new(rt_state *rt, rt_value d, rt_iter_kind kind);

/* next(it) for an RT_T_ITER (same contract as rt_iternext). */
int rt_iter_next(rt_state *rt, rt_value it, rt_value *out);
/* repr of views: "dict_keys(['a', 'b'])"; of iterators:
 * "<list_iterator object at 0x...>". */
rt_value rt_iter_repr(rt_state *rt, rt_value it);

/* dictview.c: getattr of any builtin iterator (a view's mapping, isdisjoint,
 * operator methods, then the methods every iterator has), and reversed() of a
 * view (a snapshot walked backwards). Both return a new reference, or RT_NULL
 * with an exception set. */
rt_value rt__iter_getattr(rt_state *rt, rt_value v, rt_value name);
rt_value rt__view_reversed(rt_state *rt, rt_value view);
/* When t is the type of a dict view, puts the names of its methods and
 * attributes into the dict set (for dir()) and returns 1; 0 for another
 * type (an iterator type with a hint has __length_hint__ put in); -1 with
 * MemoryError. */
int rt__view_names(rt_state *rt, rt_value t, rt_value set);

extern const rt_typeinfo rt__iter_typeinfo;

#endif
