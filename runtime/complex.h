/* complex.h: the complex number type (a leaf object holding two doubles)
 * and its arithmetic, comparison, hash, text and constructor with CPython
 * 3.11's results and messages. Every function returns a new reference or
 * RT_NULL with an exception set unless its comment says else. */
#ifndef CLOSURED_RUNTIME_COMPLEX_H
#define CLOSURED_RUNTIME_COMPLEX_H

#include "runtime/object.h"
#include "runtime/ops.h"

typedef struct rt_complex_obj {
    rt_obj hdr;
    double re;
    double im;
} rt_complex_obj;

static inline bool rt_is_complex(rt_value v)
{
    return rt_is_obj(v) && rt_as_obj(v)->type == RT_T_COMPLEX;
}
static inline rt_complex_obj *rt_complex_of(rt_value v)
{
    return (rt_complex_obj *)rt_as_obj(v);
}

extern const rt_typeinfo rt__complex_typeinfo;

rt_value rt_complex_new(rt_state *rt, double re, double im);

/* a OP b where a or b is a complex and the other an int, bool, float or
 * complex. RT_NULL WITHOUT an exception when the operation is not defined
 * for them (the caller raises its TypeError); with one for
 * ZeroDivisionError, OverflowError or ValueError. */
rt_value rt__complex_binop(rt_state *rt, rt_binop_kind op, rt_value a, rt_value b);
/* -a, +a of a complex; RT_NULL without an exception for ~. */
rt_value rt__complex_unop(rt_state *rt, rt_unop_kind op, rt_value a);
/* a == b where one side is a complex: 1 or 0 (0 for a non-number). */
int rt__complex_eq(rt_value a, rt_value b);
/* hash(v) as CPython (hash(re) + 1000003 * hash(im), -1 -> -2). */
int64_t rt__complex_hash(rt_value v);
/* abs(v): hypot of the parts; OverflowError "absolute value too large". */
rt_value rt__complex_abs(rt_state *rt, rt_value v);
rt_value rt__complex_repr(rt_state *rt, rt_value v);
/* format(v, spec): CPython's complex __format__ (its alignment and zero
 * padding errors included). */
rt_value rt__complex_format(rt_state *rt, rt_value v, const char *spec, size_t len);
/* .real, .imag, .conjugate(), .__class__ */
rt_value rt__complex_getattr(rt_state *rt, rt_value v, rt_value name);
/* Every attribute is read-only: real and imag "readonly attribute", any
 * other name has none. Returns -1 with AttributeError. */
int rt__complex_setattr(rt_state *rt, rt_value v, rt_value name, rt_value value);
/* complex(real=0, imag=0): numbers, complexes or one string. */
rt_value rt__complex_call(rt_state *rt, const rt_value *args, size_t nargs, rt_value kwnames);
/* v (an int, bool, float or complex) as two doubles: 0, or -1 with
 * OverflowError for an int too large for a float; 1 (no exception) when v
 * is not a number. */
int rt__complex_parts(rt_state *rt, rt_value v, double *re, double *im);

#endif
