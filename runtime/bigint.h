/* bigint.h: ints of any size. A value outside the 63-bit immediate range is a
 * heap rt_int_obj holding a sign and a magnitude of 64-bit limbs (mpn.h).
 *
 * Invariant: a heap int never holds a value that fits an immediate, so
 * "is an immediate" and "fits 63 bits" are the same test, and equal values
 * have equal representations. Every function taking an int accepts any
 * int-like value (immediate, heap int, bool as 0/1). Functions returning
 * rt_value return a new reference or RT_NULL with an exception set
 * (MemoryError when a result would pass the heap limit or RT_INT_MAX_LIMBS,
 * checked before the work starts). */
#ifndef CLOSURED_RUNTIME_BIGINT_H
#define CLOSURED_RUNTIME_BIGINT_H

#include <stdbool.h>

#include "runtime/mpn.h"
#include "runtime/object.h"
#include "runtime/ops.h"
#include "runtime/strbuf.h"

typedef struct rt_int_obj {
    rt_obj hdr;
    int32_t size; /* limbs in use; negative for a negative value */
    uint32_t cap; /* limbs allocated (what the heap charged) */
    rt_limb limbs[];
} rt_int_obj;

/* The largest int closured builds: 2**31 bits (256 MiB). An operation whose
 * result could be larger fails with MemoryError before doing any work, so
 * one expression cannot keep a worker busy for hours. */
#define RT_INT_MAX_LIMBS ((size_t)1 << 25)

/* CPython's default limit on decimal digits in int <-> str conversion. */
#define RT_INT_MAX_STR_DIGITS 4300

static inline bool rt_is_bigint(rt_value v)
{
    return rt_is_obj(v) && rt_as_obj(v)->type == RT_T_INT;
}

/* a OP b for ints (every rt_binop_kind; TRUEDIV gives a correctly rounded
 * float). Errors as CPython: ZeroDivisionError, "negative shift count",
 * OverflowError "integer division result too large for a float". */
rt_value rt_bigint_binop(rt_state *rt, rt_binop_kind op, rt_value a, rt_value b);
/* -a, +a, ~a, abs(a). */
rt_value rt_bigint_neg(rt_state *rt, rt_value a);
rt_value rt_bigint_invert(rt_state *rt, rt_value a);
rt_value rt_bigint_abs(rt_state *rt, rt_value a);
/* divmod(a, b) as a new 2-tuple. */
rt_value rt_bigint_divmod(rt_state *rt, rt_value a, rt_value b);
/* a // b and a % b into *q and *r (new references; either may be NULL when
 * not wanted): 0, or -1 with the exception set. */
int rt_bigint_divmod2(rt_state *rt, rt_value a, rt_value b, rt_value *q, rt_value *r);
/* pow(b, e, m) with CPython's rules (negative e: modular inverse). */
rt_value rt_bigint_powmod(rt_state *rt, rt_value b, rt_value e, rt_value m);

/* -1, 0, 1: a compared with b (both ints). */
int rt_bigint_cmp(rt_value a, rt_value b);
/* -1, 0, 1: int a compared with a non-NaN double exactly. */
int rt_bigint_cmp_double(rt_value a, double f);
/* Sign of a: -1, 0, 1. */
int rt_bigint_sign(rt_value a);
/* hash(a) as CPython (modulus 2**61 - 1, -1 -> -2). */
int64_t rt_bigint_hash(rt_value a);

/* a as int64: true when it fits (then *out is set). */
bool rt_bigint_to_i64(rt_value a, int64_t *out);
/* a as a correctly rounded double; false when it is too large (|a| rounds
 * to 2**1024 or more). */
bool rt_bigint_to_double(rt_value a, double *out);
/* float(a): a new float, or OverflowError "int too large to convert to float". */
rt_value rt_bigint_to_float(rt_state *rt, rt_value a);
/* The int with the value of d, which is finite and integral. */
rt_value rt_bigint_from_double(rt_state *rt, double d);
/* The int with the value of an unsigned 64-bit n. */
rt_value rt_bigint_from_u64(rt_state *rt, uint64_t n);

/* True when a is odd. */
bool rt_bigint_is_odd(rt_value a);
/* int.bit_length() and int.bit_count() as C numbers. */
uint64_t rt_bigint_bit_length(rt_value a);
uint64_t rt_bigint_bit_count(rt_value a);
/* The magnitude's limbs (borrowed view, valid while a lives; *buf is scratch
 * for immediates) and its sign. */
const rt_limb *rt_bigint_limbs(rt_value a, rt_limb buf[2], size_t *n, bool *neg);
/* A new int from a magnitude of n limbs (copied) and a sign. */
rt_value rt_bigint_from_limbs(rt_state *rt, const rt_limb *d, size_t n, bool neg);

/* ---- text (bigint_text.c) ---- */

/* Appends the digits of |a| in base 2..36 (lowercase) to out, without sign
 * or prefix. For bases that are not powers of two, ValueError "Exceeds the
 * limit (4300 digits) for integer string conversion; ..." past the limit.
 * 0, or -1 with the exception set. */
int rt_bigint_digits(rt_state *rt, rt_value a, int base, rt_strbuf *out);
/* str(a) / repr(a) as a new str. */
rt_value rt_bigint_to_str(rt_state *rt, rt_value a);
/* The sign, prefix (NULL for none, e.g. "0x") and digits of a in base 2..36
 * as a new str (hex(), oct(), bin()); rt_bigint_digits's errors. */
rt_value rt_bigint_to_base_str(rt_state *rt, rt_value a, int base, const char *prefix);
/* The int of the digits s[0..len) in base 2..36 (no sign, no underscores,
 * validated by the caller); ValueError past the digit limit for bases that
 * are not powers of two. */
rt_value rt_bigint_from_digits(rt_state *rt, const char *s, size_t len, int base, bool neg);
/* format(a, spec) for an int that does not fit int64 (ops.c's path). */
rt_value rt_bigint_format(rt_state *rt, rt_value a, const char *spec, size_t len,
                          const char *type_name);

extern const rt_typeinfo rt__int_typeinfo;

#endif
