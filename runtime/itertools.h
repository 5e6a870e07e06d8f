/* itertools.h: the iterator objects of itertools (RT_T_ITERTOOL): chain,
 * islice, the combinatoric generators, groupby and its groups, accumulate,
 * pairwise, starmap, the predicate filters, compress, cycle, count, repeat
 * and zip_longest, each a kind
 * of one struct as CPython's separate types are; iter(callable, sentinel)
 * is one more kind. stdlib/itertools.py checks
 * the arguments and builds them through the native `_itertools` module.
 *
 * Ownership: an itertool owns every value in v[] (RT_NULL when empty) and
 * its index buffer; v[]'s meaning is per kind (itertools.c's table). An
 * exhausted itertool drops its sources at once, as CPython's do. */
#ifndef CLOSURED_RUNTIME_ITERTOOLS_H
#define CLOSURED_RUNTIME_ITERTOOLS_H

#include "runtime/builtin.h"
#include "runtime/object.h"

/* X(ID, python type name) */
#define RT_ITERTOOL_KINDS(X)                                                                       \
    X(CHAIN, "itertools.chain")                                                                    \
    X(ISLICE, "itertools.islice")                                                                  \
    X(PERMUTATIONS, "itertools.permutations")                                                      \
    X(COMBINATIONS, "itertools.combinations")                                                      \
    X(CWR, "itertools.combinations_with_replacement")                                              \
    X(PRODUCT, "itertools.product")                                                                \
    X(GROUPBY, "itertools.groupby")                                                                \
    X(GROUPER, "itertools._grouper")                                                               \
    X(ACCUMULATE, "itertools.accumulate")                                                          \
    X(PAIRWISE, "itertools.pairwise")                                                              \
    X(STARMAP, "itertools.starmap")                                                                \
    X(TAKEWHILE, "itertools.takewhile")                                                            \
    X(DROPWHILE, "itertools.dropwhile")                                                            \
    X(FILTERFALSE, "itertools.filterfalse")                                                        \
    X(COMPRESS, "itertools.compress")                                                              \
    X(CYCLE, "itertools.cycle")                                                                    \
    X(COUNT, "itertools.count")                                                                    \
    X(REPEAT, "itertools.repeat")                                                                  \
    X(ZIP_LONGEST, "itertools.zip_longest")                                                        \
    X(TEE, "itertools._tee")                                                                       \
    X(TEEDATA, "itertools._tee_dataobject")                                                        \
    X(CALLITER, "callable_iterator")

typedef enum rt_itertool_kind {
#define RT_X_ITERTOOL(id, name) RT_ITERTOOL_##id,
    RT_ITERTOOL_KINDS(RT_X_ITERTOOL)
#undef RT_X_ITERTOOL
        RT_ITERTOOL_KIND_COUNT
} rt_itertool_kind;

#define RT_ITERTOOL_NVALS 5

typedef struct rt_itertool {
    rt_obj hdr;
    uint8_t kind;  /* rt_itertool_kind */
    uint8_t done;  /* exhausted: next() is StopIteration from now on */
    uint8_t first; /* the first result is still to come (combinatorics, dropwhile, cycle) */
    uint8_t pad;
    uint32_t nidx;                 /* entries of idx */
    rt_value v[RT_ITERTOOL_NVALS]; /* owned, per kind */
    int64_t n, r, cnt, next, stop; /* per kind */
    int64_t *idx;                  /* owned: the combinatorics' indices (and cycles) */
} rt_itertool;

static inline rt_itertool *rt_itertool_of(rt_value v)
{
    return (rt_itertool *)rt_as_obj(v);
}
static inline bool rt_is_itertool(rt_value v)
{
    return rt_is_obj(v) && rt_as_obj(v)->type == RT_T_ITERTOOL;
}

/* The Python type name of an itertool ("itertools.chain"). */
const char *rt_itertool_name(rt_value it);
/* next(it) with rt_iternext's contract. */
int rt_itertool_next(rt_state *rt, rt_value it, rt_value *out);
/* iter(callable, sentinel): calls callable until it returns sentinel
 * (== sentinel) or raises StopIteration. Both borrowed. */
rt_value rt_calliter_new(rt_state *rt, rt_value callable, rt_value sentinel);
/* "<itertools.chain object at 0x...>" */
rt_value rt__itertool_repr(rt_state *rt, rt_value it);

/* A new itertool of kind holding a and b (borrowed; RT_NULL allowed) in
 * v0 and v1, with room for nidx indices; NULL with an exception. */
rt_itertool *rt__itertool_make(rt_state *rt, rt_itertool_kind kind, rt_value a, rt_value b,
                               size_t nidx);
/* itertools_tee.c: next() of a tee's iterator (rt_iternext's contract); a
 * copy of one (standing where it stands); before a block of a tee's chain drops what it holds:
 * frees the blocks after it that only it holds, without recursing; the module functions tee and
 * _tee_new. */
int rt__tee_next(rt_state *rt, rt_itertool *t, rt_value *out);
rt_value rt__tee_copy(rt_state *rt, rt_value self);
/* getattr of any itertool: a tee's iterator has __copy__ (the other kinds
 * not: tee() copies only what has it); then the kinds' methods. */
rt_value rt__tee_getattr(rt_state *rt, rt_value v, rt_value name);
void rt__teedata_unchain(rt_state *rt, rt_itertool *b);
extern const rt_builtin_def rt__tee_funcs[];

/* Drops the kinds' classes (rt->itertool_types): with the modules, before
 * the final collection. */
void rt__itertool_types_dispose(rt_state *rt);

extern const rt_typeinfo rt__itertool_typeinfo;

#endif
