/* num.h: int and float objects and their arithmetic with Python semantics.
 *
 * ints: immediates in 63 bits, heap big ints (bigint.h) beyond, without a
 * size limit but the heap's. bool counts as int 0/1 everywhere here. Every
 * function returns a new reference or RT_NULL with an exception set, unless
 * its comment says else. */
#ifndef CLOSURED_RUNTIME_NUM_H
#define CLOSURED_RUNTIME_NUM_H

#include "runtime/bigint.h"
#include "runtime/object.h"
#include "runtime/ops.h"

typedef struct rt_float_obj {
    rt_obj hdr;
    double value;
} rt_float_obj;

/* True for an int (immediate or boxed), false for bool and everything else. */
static inline bool rt_is_int(rt_value v)
{
    return rt_is_smallint(v) || (rt_is_obj(v) && rt_as_obj(v)->type == RT_T_INT);
}
static inline bool rt_is_float(rt_value v)
{
    return rt_is_obj(v) && rt_as_obj(v)->type == RT_T_FLOAT;
}
/* int or bool. */
static inline bool rt_is_intlike(rt_value v)
{
    return rt_is_int(v) || rt_is_bool(v);
}
/* A big int's value clamped to [INT64_MIN, INT64_MAX] (num.c). */
int64_t rt__int_get_saturated(rt_value v);
/* The value of an int or bool (the caller checked rt_is_intlike). A big int
 * outside int64 saturates: callers that must tell use rt_int_as_i64. */
static inline int64_t rt_int_get(rt_value v)
{
    if (rt_is_smallint(v))
        return rt_smallint_get(v);
    if (v == RT_TRUE)
        return 1;
    if (v == RT_FALSE)
        return 0;
    return rt__int_get_saturated(v);
}
static inline double rt_float_get(rt_value v)
{
    return ((rt_float_obj *)rt_as_obj(v))->value;
}

/* Raises OverflowError "Python int too large to convert to C ssize_t"
 * (what CPython says where a C index cannot hold an int); returns RT_NULL. */
rt_value rt_int_overflow(rt_state *rt);

/* Binary arithmetic on numbers (int, bool, float). Returns RT_NULL WITHOUT an
 * exception when either operand is not a number or the operation is not
 * defined for them (the caller then raises the TypeError), RT_NULL with an
 * exception for ZeroDivisionError/OverflowError. */
rt_value rt_num_binop(rt_state *rt, rt_binop_kind op, rt_value a, rt_value b);
/* -a, +a, ~a on numbers (~ ints only). RT_NULL without exception: not a number. */
rt_value rt_num_unop(rt_state *rt, rt_unop_kind op, rt_value a);
/* Compares two numbers exactly (int vs float included, NaN unordered).
 * Returns the bool result; the caller checked both are numbers. */
bool rt_num_compare(rt_cmp_kind op, rt_value a, rt_value b);
/* True when v is an int, bool or float. */
static inline bool rt_is_number(rt_value v)
{
    return rt_is_smallint(v) || rt_is_bool(v) ||
           (rt_is_obj(v) && (rt_as_obj(v)->type == RT_T_INT || rt_as_obj(v)->type == RT_T_FLOAT));
}

/* CPython's hashes: hash(n) for an int (-1 -> -2; modulus 2**61-1) and
 * hash(x) for a float (integral floats hash as the int; inf 314159,
 * nan 0 here since NaN hashing by identity is not observable in the subset). */
int64_t rt__int_hash_mod(int64_t n);
static inline int64_t rt_int_hash(int64_t n)
{
    /* |n| < 2**60 is its own residue: only -1 changes (dict keys, tuple lanes) */
    if ((uint64_t)n + (UINT64_C(1) << 60) < (UINT64_C(1) << 61))
        return n == -1 ? -2 : n;
    return rt__int_hash_mod(n);
}
int64_t rt_float_hash(double d);

/* repr(d) of a float as CPython ("1.0", "0.1", "1e+16", "inf", "nan") as a
 * new str (uses numfmt.h's rt_float_repr). */
rt_value rt_float_to_str(rt_state *rt, double d);
/* repr(n) of an int as a new str. */
rt_value rt_int_to_str(rt_state *rt, int64_t n);
/* repr(v) of any int (immediate or big) as a new str. */
rt_value rt_int_repr(rt_state *rt, rt_value v);
/* hash(v) of any int or bool. */
int64_t rt_int_hash_value(rt_value v);
/* The int/float helpers on plain C types (floor div/mod, pow, round, parse)
 * are numfmt.h's. */

extern const rt_typeinfo rt__float_typeinfo;

#endif
